"""Cities deep in Russia that strike and shoot-down reports name (refineries, arsenals, drone plants),
in every case and script; and a ship named after a town is no town.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tui.core.claims.gazetteer import Gazetteer

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("spelling", "city"), [
    ("Кириши", "Kirishi"), ("Киришах", "Kirishi"), ("Кіріші", "Kirishi"), ("Kirishi", "Kirishi"),
    ("Елабуге", "Yelabuga"), ("Єлабугу", "Yelabuga"), ("Alabuga", "Yelabuga"), ("Торопце", "Toropets"),
    ("Орска", "Orsk"), ("Уфа", "Ufa"), ("Novocherkassk", "Novocherkassk"), ("Тольятти", "Tolyatti"),
])
def test_a_struck_russian_city_is_found_in_its_spellings_and_cases(spelling, city):
    found = [m.place.name for m in Gazetteer.load().find(f"Беспилотники атаковали {spelling} ночью")]
    assert found == [city]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Губернатор сообщил, что над Торопцем ночью сбиты четыре беспилотника.", {("claim", "ru", "Toropets")}),
    ("Drones hit an oil refinery in Nizhnekamsk, Tatarstan's leader said.", {("claim", "ru", "Nizhnekamsk")}),
])
def test_strikes_on_cities_deep_in_russia_are_placed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Kyiv said its missiles destroyed the landing ship Novocherkassk at anchor, the air force commander said.",
    "Командование ВМС заявило о поражении корабля «Ивановец» у берегов Крыма.",
])
def test_a_ship_named_after_a_town_is_no_town(sentence):
    assert all(place not in ("Novocherkassk", "Ivanovets") for _, _, place in said(sentence))
