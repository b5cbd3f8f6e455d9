"""Ukrainian- and Russian-language reporting: area adjectives whose noun is shared or left out.

One group per general cause; every sentence is invented, the places are real so the gazetteer
can be checked.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence)}


# Several oblasts' adjectives in the accusative before one «області»/«области» (the plural):
# each names an oblast, none the city spelt alike.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Минулої ночі ворог атакував Донецьку, Дніпропетровську та Сумську області.", set()),
    ("Окупанти обстріляли Донецьку й Луганську області, повідомили в штабі.", set()),
])
def test_oblast_adjectives_before_one_plural_noun_are_oblasts(sentence, want):
    assert {t for t in _triples(sentence) if t[2] is not None} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # one oblast named in full leaves the city named beside it a city
    ("Дрони атакували Херсон і Миколаївську область.", {("claim", "ua", "Kherson", "strike")}),
])
def test_a_single_oblast_keeps_the_city_beside_it(sentence, want):
    assert _triples(sentence) == want


# «на Покровському напрямку ..., 9 на Лиманському і ...»: a second direction with its noun left
# out is a direction, not the village of that adjective's name.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Сили оборони відбили сім атак на Покровському напрямку, 9 на Лиманському і дві на Костянтинівському.",
     {("claim", "ua", None, "control")}),
    ("Захисники зупинили три штурми на Куп'янському напрямку та п'ять на Лиманському.",
     {("claim", "ua", None, "control")}),
])
def test_a_direction_with_its_noun_left_out_is_no_village(sentence, want):
    assert _triples(sentence) == want


# «у Богодухівському районі ..., в Ізюмському – ...»: a second district with its noun left out.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Через обстріли у Богодухівському районі пошкоджено склад, в Ізюмському – зерносховище, у Чугуївському – школу.",
     {("claim", "ua", None, "strike")}),
    ("Росіяни обстріляли будинок у Куп'янському районі, а в Ізюмському – лікарню.",
     {("claim", "ua", None, "strike")}),
])
def test_a_district_with_its_noun_left_out_is_no_village(sentence, want):
    assert _triples(sentence) == want


# A capture told as a process still under way («продолжается взятие под контроль», «триває
# звільнення»): fighting without a result, nobody's claim to the place yet.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Продолжается взятие под контроль поселка Новоселовка, сообщил командир батальона.", set()),
    ("Наши бойцы продолжают взятие под контроль Дачного.", set()),
    ("Триває звільнення Кліщіївки, заявив речник бригади.", set()),
])
def test_a_capture_still_under_way_is_no_claim(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # the process went on and ended in a place taken: a claim
    ("Штурмовики продолжили штурм и взяли под контроль Дачное.", {("claim", "ru", "Dachne", "control")}),
    # fighting by the other side goes on while the named attacks were repelled: still the defender's claim
    ("Захисники відбили дві атаки біля Кліщіївки, а також продовжують штурмові дії під Бахмутом.",
     {("claim", "ua", "Klishchiivka", "control")}),
])
def test_a_capture_under_way_keeps_what_was_gained(sentence, want):
    assert _triples(sentence) == want


# A photo caption closed by its place and date, with no verb of its own and no final stop:
# it shows a scene, nobody claims anything.
@pytest.mark.parametrize(("sentence", "want"), [
    ("Пошкоджений після обстрілу гуртожиток, Краматорськ, Донецька область, 3 березня 2025 року", set()),
    ("Згорілий після атаки дрона автобус, Херсон, 14 квітня 2025", set()),
])
def test_a_caption_closed_by_place_and_date_is_no_claim(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a reported strike dated at its end stays one
    ("Росіяни вдарили по Краматорську 3 березня 2025 року.", {("claim", "ua", "Kramatorsk", "strike")}),
    ("Росіяни вдарили по Краматорську, Донецька область, 3 березня 2025 року",
     {("claim", "ua", "Kramatorsk", "strike")}),
])
def test_a_dated_report_is_no_caption(sentence, want):
    assert _triples(sentence) == want


# «бив із мінометів», «гатили зі ствольної артилерії»: the longer forms of «з» name the weapon
# of a strike just as «з» does; the hromada named with «по» is where it landed.
@pytest.mark.parametrize(("sentence", "want"), [
    ("По Краснопільській громаді ворог бив із мінометів.", {("claim", "ua", "Krasnopillia", "strike")}),
    ("По Великописарівській громаді окупанти гатили зі ствольної артилерії.",
     {("claim", "ua", "Velyka Pysarivka", "strike")}),
])
def test_strikes_told_with_the_longer_forms_of_z(sentence, want):
    assert _triples(sentence) == want
