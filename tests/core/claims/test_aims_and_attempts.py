"""A place named as an aim, an attempt or a prospect is no event there (CLAIMS_GUIDE.md: goals,
forecasts and conditional talk are not statements), while the rest of the sentence still counts."""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None]]:
    return {(s.stance, s.side, s.place) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # the village taken is a claim; the town it is meant to help encircle is only the aim
    ("The defence ministry in Moscow said its units had taken Vilne Pole as part of a drive to encircle "
     "the nearby town of Huliaipole.",
     {("claim", "ru", "Vilne Pole")}),
    ("Moscow said its troops took Terny in a bid to encircle Lyman.",
     {("claim", "ru", "Terny")}),
    ("Russian forces aim to take Siversk before winter, the army said.",
     set()),
])
def test_the_aim_is_not_the_gain(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Kostiantynivka is a key position, and its capture could potentially open a road to Kramatorsk for Russian troops.",
    "Taking Siversk would eventually give Moscow the heights west of the town.",
    "The general said the Russian troops attempt to block and seize Kupiansk daily.",
    "Russian units keep trying to encircle and capture Myrnohrad, the brigade said.",
])
def test_prospects_and_attempts_claim_nothing(sentence):
    assert _triples(sentence) == set()


def test_an_attempt_that_ended_in_losses_is_still_no_gain():
    assert _triples("Russian troops tried to encircle and capture Kupiansk but lost 40 vehicles, the army said.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # a distance written with its case ending («в 30-ти км») still only says where the villages lie
    ("Сили оборони звільнили села Кочубеївка та Орлове в 30-ти км від Кривого Рогу.",
     {("claim", "ua", "Kochubeivka"), ("claim", "ua", "Orlove")}),
    # districts named by their adjectives in a list are areas, not the villages spelt like them: the
    # shelling of Ukraine's districts is the hit side's placeless strike
    ("Обстрелам подверглись населенные пункты Богодуховского, Изюмского и Купянского районов.", {("claim", "ua", None)}),
    # where the troops came from is not where anything was taken
    ("Штурмовые группы вошли в Гордеевку со стороны сел Коренево и Кульбаки.",
     {("claim", "ru", "Gordeyevka")}),
    # a push still under way toward a town is no result there
    ("После взятия Клинового подразделения смогут продолжить освобождение Константиновки с юга.",
     {("claim", "ru", "Klynove")}),
    # shelling since the war's first days is background, not today's event
    ("Харьков оккупанты обстреливают с первых дней полномасштабного вторжения.", set()),
    ("Ворог обстрілює Херсон з перших днів повномасштабного вторгнення.", set()),
])
def test_cyrillic_locators_origins_and_background(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # operations under way, with no result told
    "In Toretsk, Donetsk region, the Russian forces are actively conducting assault operations on the southern outskirts of "
    "the town and attempting to infiltrate the centre.",
    "Ukrainian defenders are simultaneously conducting a counteroffensive in Kupiansk and its northern outskirts.",
    "Ukrainian troops are carrying out a counteroffensive in Vovchansk, the brigade said.",
    # a town located by a road, settlements around a town: the named town is not where anything was taken
    "Lately Russian troops have seized two villages and reached the edge of a town along a highway to Kostiantynivka, a supply hub.",
    "Moscow has thrown large forces at the villages around Toretsk for months, gaining little.",
    # a photo caption closed by an agency credit
    "Ukrainian soldiers patrol in the recently retaken Lyman in the Donetsk region (AP)",
    # a bare regional capital listed after a region is that region
    "Other drones were downed over the western Bryansk region and Kursk in the south.",
])
def test_operations_locators_captions_and_region_lists_claim_nothing(sentence):
    assert {t for t in _triples(sentence) if t[2] is not None} == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # a relative clause told as the past is background to the sentence's own news
    ("The advance would be another step west for Moscow, which last month took over Kurakhove after long fighting.", set()),
    ("The hamlet lies near the town of Toretsk, which Russia claimed to have captured early this month.", set()),
    # the main clause still stands beside it
    ("Kyiv said its troops retook Robotyne, which Russian forces had seized weeks earlier.",
     {("claim", "ua", "Robotyne")}),
])
def test_relative_clauses_told_as_the_past(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a mayor named by his city telling of a bomb that hit, no other place named: his own city
    ("14:20 — Zaporizhzhia mayor: missile hits a warehouse in the city, two injured", {("claim", "ua", "Zaporizhzhia")}),
    # ... another place named is where it hit
    ("Sumy mayor says a Russian drone hit a school in Okhtyrka.", {("claim", "ua", "Okhtyrka")}),
    # ... and a mayor with no strike speaks only
    ("Odesa Mayor Hennadiy Trukhanov said the city was quiet overnight.", set()),
])
def test_a_mayor_named_by_his_city(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # units that "carry out tasks" somewhere are not set a goal: the withdrawal before it stands
    ("Наші підрозділи вийшли з Урожайного, щоб уникнути оточення, і продовжують виконувати завдання на нових рубежах.",
     {("confirmation", "ua", "Urozhaine")}),
    ("Российские части заняли Тарасовку и продолжают выполнять задачи на соседних участках.",
     {("claim", "ru", "Tarasivka")}),
])
def test_carrying_out_tasks_is_no_goal(sentence, want):
    assert _triples(sentence) == want


def test_a_withdrawal_from_a_town_whose_capture_the_other_side_announced():
    got = _triples("Kyiv said its brigades had left Marinka, whose capture Moscow announced on Monday.")
    assert got == {("confirmation", "ua", "Marinka"), ("claim", "ru", "Marinka")}


@pytest.mark.parametrize("sentence", [
    # What may or is about to happen, and what a loss will bring, are prospects, not events.
    "Given the pace of their push, Kyiv's brigades may retake Vovchansk before the winter.",
    "Moscow's units are about to surround Siversk, the region's installed head told a Russian agency.",
    "'The fall of Pokrovsk will cut the army's supply lines to Rodynske,' the expert said.",
    "The officer warned that in the open steppe Russian troops could advance much faster toward Lozova.",
])
def test_prospects_in_may_about_to_and_will(sentence):
    assert _triples(sentence) == set()
