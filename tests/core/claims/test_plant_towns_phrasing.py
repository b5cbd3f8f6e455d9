"""Russian and Ukrainian phrasing: a refinery, port or power plant named by its town's adjective, and
who tells a tally that names no settlement.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    ("Сили оборони вночі уразили Сизранський НПЗ, повідомили в Генштабі.", {("claim", "ua", "Syzran")}),
    ("Сили оборони атакували Саратовський нафтопереробний завод, повідомив Генштаб ЗСУ.",
     {("claim", "ua", "Saratov")}),
])
def test_a_plant_named_by_its_towns_adjective_is_struck_at_that_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Сили оборони уразили Російський нафтовий термінал, повідомив Генштаб.",  # a country's adjective
    "Кораблі Чорноморського флоту вийшли з порту, повідомили в ВМС.",  # a fleet is no plant of a town
])
def test_an_adjective_of_no_town_names_no_place(sentence):
    assert all(place is None for _, _, place in said(sentence))


@pytest.mark.parametrize("sentence", [
    "Ворог не полишає наміру захопити Лиман і підтягує резерви.",  # an intention, not a capture
    "Протягом доби в решті громад району обстрілів не було.",  # a quiet day, no strike
    "Атак на поселок за сутки не зафиксировано.",
])
def test_an_intention_or_a_quiet_day_claims_nothing(sentence):
    assert said(sentence) == set()


def test_a_first_name_spelled_like_a_village_before_its_surname_is_a_person():
    # (Illia is also a village: "Illya Hordash, told" is a man, and the drone claim names no place)
    assert all(place is None for _, _, place in said(
        "A spokesperson for Ukraine's air force, Illya Hordash, told national television that Ukrainian "
        "forces had downed a Russian drone."))


@pytest.mark.parametrize(("sentence", "want"), [
    # A repulse told by nobody is the repelling side's bulletin, in Russian as in English.
    ("На Лиманском направлении ВСУ отразили 7 атак врага.", {("claim", "ua", None)}),
    ("Подразделения группировки «Запад» отразили четыре атаки ВСУ.", {("claim", "ru", None)}),
    # A grouping's men named by the grouping: «Днепра» is no city of Dnipro.
    ("Бойцы «Днепра» заняли Нестерянку.", {("claim", "ru", "Nesterianka")}),
    # Settlements attacked by Moscow's troops, counted: the tally of the side that was hit.
    ("За сутки войска РФ нанесли удары по 19 населенным пунктам области.", {("claim", "ua", None)}),
])
def test_who_tells_a_placeless_tally_in_russian(sentence, want):
    assert said(sentence) == want
