"""Placeless daily tallies: shootdowns, losses and repulses told by a party, with no settlement named."""
import pytest

from tui.core.claims.pipeline import extract_source


def _triples(text: str) -> set[tuple[str, str, str]]:
    result = extract_source(text.encode())
    return {(s["stance"], s["side"], s["place"] or "-") for s in result["statements"] + result["unplaced"]}


@pytest.mark.parametrize("text, expected", [
    # a headline in Title Case: the side's own air defence is the subject
    ("Russian Air Defences Down 14 Ukrainian Drones Over Three Regions - Defence Ministry", {("claim", "ru", "-")}),
    ("Ukrainian Air Defenses Destroy 27 Russian Drones Overnight", {("claim", "ua", "-")}),
    ("Russian air defences destroy nine drones above the Kaluga region", {("claim", "ru", "-")}),
    # no kill counted: nothing to report
    ("Ukrainian Air Defences Brace For Another Winter", set()),
])
def test_title_case_air_defence_tally(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the craft first, the verb after, over a region: Russian and Ukrainian bulletins
    ("Шесть БПЛА перехватили над Орловской областью.", {("claim", "ru", "-")}),
    ("Дев'ять дронів знищили над Полтавщиною.", {("claim", "ua", "-")}),
    # what air defence managed to do, in the infinitive
    ("Станом на ранок вдалося збити 41 безпілотник.", {("claim", "ua", "-")}),
    # nothing downed, or the craft as the subject of another verb
    ("Не вдалося збити жодного шахеда.", set()),
    ("Три дрона перехватили управление техникой.", set()),
])
def test_cyrillic_shootdown_word_order(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counter-attacks and sorties counted as repelled, no settlement named
    ("Штурмовики группировки отразили шесть контратак противника за минувшие сутки.", {("claim", "ru", "-")}),
    ("Захисники відбили сім контратак ворога.", {("claim", "ua", "-")}),
    ("Войска отразили три вылазки диверсантов.", {("claim", "ru", "-")}),
    # not repelled: no claim
    ("Противник готовит контратаки на этом участке.", set()),
])
def test_counted_counterattacks_repelled(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reporter who cannot verify a tally hedges it
    ("The agency could not independently verify those figures.", {("hedge", "other", "-")}),
    ("These numbers have not been independently confirmed.", {("hedge", "other", "-")}),
    ("Our correspondents were unable to verify the tally.", {("hedge", "other", "-")}),
    # a strike's casualty count is not an account of the war's course
    ("The newspaper could not confirm the death figures.", set()),
])
def test_unverified_tally_is_a_hedge(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an unqualified ministry counting villages taken in the passive speaks for the attacker
    ("The defence ministry said five villages were captured in the Zaporizhzhia region this week.", {("claim", "ru", "-")}),
    ("The ministry said three settlements had been taken over the past week.", {("claim", "ru", "-")}),
    ("The ministry said no settlements were taken.", set()),
])
def test_ministry_counting_villages_taken(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count in the genitive («в двух районах», «над тремя») still marks a placeless tally
    ("Губернатор уточнил, что воздушные цели были сбиты в трех районах области.", {("claim", "ru", "-")}),
    ("Беспилотные аппараты сбиты в двух муниципалитетах области.", {("claim", "ru", "-")}),
    ("В четырех районах области объявлена опасность с воздуха.", set()),
])
def test_genitive_count_marks_a_tally(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capital named as a government is no place of what could not be verified
    ("The broadcaster could not verify Moscow's figures, which are higher than Kyiv's.", {("hedge", "other", "-")}),
    ("Moscow did not respond to the reports, and independent confirmation is not possible at present.", {("hedge", "other", "-")}),
    # a town named: never a placeless hedge; nor a hedge of no named account
    ("The agency could not verify the report of blasts in Kharkiv.", set()),
    ("Independent verification remains difficult, the correspondent said.", set()),
])
def test_hedge_beside_a_capital_as_government(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the Ukrainian air force's own words for a kill
    ("Станом на ранок підтверджено збиття 52 ударних дронів на півночі країни.", {("claim", "ua", "-")}),
    ("Ще 19 безпілотників-імітаторів локаційно втрачено.", {("claim", "ua", "-")}),
    ("Мобільні групи перехопили 16 з 23 шахедів.", {("claim", "ua", "-")}),
    ("Зенітникам вдалося знищити 12 ударних безпілотників.", {("claim", "ua", "-")}),
    # an intercepted call is no shootdown
    ("Розвідка перехопила розмову двох окупантів.", set()),
])
def test_ukrainian_air_force_kill_words(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a running total appended to the day's tally does not make the tally history
    ("Russian air defences shot down 17 drones over the past day, bringing the total since the start of the operation to 71,000.",
     {("claim", "ru", "-")}),
    ("Ukrainian air defences destroyed 44 drones overnight, raising the overall tally since February 2022 to 30,500.",
     {("claim", "ua", "-")}),
    # the total alone is history
    ("Ukrainian air defences have destroyed 30,500 drones since February 2022.", set()),
])
def test_running_total_tail_keeps_the_tally(text, expected):
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # settlements taken, counted but unnamed, told in Russian or Ukrainian: the party's own claim,
    # as "its forces captured two villages" is in English
    ("За минувшие сутки подразделения заняли два населённых пункта, заявили в Минобороны.", {("claim", "ru", "-")}),
    ("Российские войска освободили пять сел на востоке, сообщило военное ведомство.", {("claim", "ru", "-")}),
    ("Сили оборони звільнили три населені пункти на півдні, повідомили в Генштабі.", {("claim", "ua", "-")}),
    # a running total since the year began, an attempt, or a count of shelled villages takes nothing
    ("С начала года войска заняли более 150 населённых пунктов.", set()),
    ("Окупанти намагалися захопити два села на сході.", set()),
])
def test_counted_settlements_in_cyrillic(text, expected):
    assert _triples(text) == expected


def test_counted_settlements_since_an_operation_began_are_a_running_total():
    assert _triples("Від початку наступу на півночі звільнено понад 40 населених пунктів.") == set()
