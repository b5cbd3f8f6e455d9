"""Plain news English: asides after a place, wire spellings of speakers and villages, captures and
hedges that name no settlement.

Each case is a construction of CLAIMS_GUIDE.md that English news copy used to get wrong.
"""

from datetime import datetime, timezone

import pytest

from tui.core.claims.statements import extract_statements

_PUBLISHED = datetime(2025, 6, 10, tzinfo=timezone.utc).timestamp()


def _triples(sentence: str) -> set[tuple[str, str, str | None, str]]:
    return {(s.stance, s.side, s.place, s.event) for s in extract_statements(sentence, published=_PUBLISHED)}


@pytest.mark.parametrize(("sentence", "want"), [
    # How long the war has gone on near the place is told of the place, not of the capture.
    ("Moscow's defence ministry said its units had seized the village of Torske, towards which they have pushed for months.",
     {("claim", "ru", "Torske", "control")}),
    ("The Russian ministry said its soldiers took Zarichne, just east of Lyman, a rail town from which Kyiv's troops have held the line for weeks.",
     {("claim", "ru", "Zarichne", "control")}),
])
def test_a_durative_aside_after_a_place_leaves_the_claim(sentence, want):
    assert _triples(sentence) == want


def test_a_durative_main_clause_is_still_background():
    assert _triples("Russian forces have been attacking Torske for months, the ministry said.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Russian "-zhskoye" / "-zskoye" is the Ukrainian "-zke" of the oblast named after it.
    ("Russia's defence ministry said its troops had captured the village of Vodolazhskoye in the Kharkiv region.",
     {("claim", "ru", "Vodolazke", "control")}),
    ("The Russian army said it liberated Gruzskoye in the Donetsk region.",
     {("claim", "ru", "Hruzke", "control")}),
])
def test_russian_adjectival_village_spellings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Wire copy spells the president and the commander-in-chief its own way.
    ("President Volodymyr Zelenskiy rejected the Russian claims as fake.", {("denial", "ua", None, "control")}),
    ("Oleksandr Syrskiy denied the reports, calling them propaganda.", {("denial", "ua", None, "control")}),
])
def test_wire_spellings_of_ukrainian_leaders(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A capture whose settlements go unnamed, with a count, adjectives or "regained control of".
    ("Moscow said its forces had captured a small but important village in the Zaporizhzhia region.",
     {("claim", "ru", None, "control")}),
    ("The Russian ministry said its units had regained control of four settlements in the Kursk region.",
     {("claim", "ru", None, "control")}),
    ("Ukraine's army said its brigades had recaptured 3 villages in the south.",
     {("claim", "ua", None, "control")}),
    ("Kyiv says troops retook key village on the southern front",
     {("claim", "ua", None, "control")}),
])
def test_unnamed_captures(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Moscow hopes to capture a small village near the border.",
    "The army lost a small village in 2022, the ministry said.",
])
def test_unnamed_captures_that_are_goals_or_history(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The account as the subject of a passive "not verified": a reporter's hedge.
    ("The statements from both sides could not be independently verified.", {("hedge", "other", None, "control")}),
    ("The battlefield claims of either army have not been independently confirmed.", {("hedge", "other", None, "control")}),
    ("Independent confirmation of these reports was not possible.", {("hedge", "other", None, "control")}),
])
def test_passive_hedges_with_no_place(sentence, want):
    assert _triples(sentence) == want


def test_a_fact_that_cannot_be_verified_is_no_hedge():
    assert _triples("The weather forecast could not be independently verified by the station.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Operations that went on and had a result told in the same breath: the result is claimed.
    ("Moscow's ministry said its units continued assaults, in the course of which they took Torske in the Donetsk region.",
     {("claim", "ru", "Torske", "control")}),
])
def test_operations_with_a_result(sentence, want):
    assert _triples(sentence) == want


def test_operations_without_a_result_stay_activity():
    assert _triples("Russian forces continued offensive operations near Torske in the Donetsk region on Monday.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A capital that only acts beside an unnamed capture does not hide the capture.
    ("Moscow's military said it seized two more villages in the east, even as Kyiv pressed its own raids across the border.",
     {("claim", "ru", None, "control")}),
    # "the town" with no town named: the account of a place named elsewhere, kept without a place.
    ("The Russian ministry said in a short statement that its troops had \"liberated\" the town.",
     {("claim", "ru", None, "control")}),
])
def test_unnamed_captures_beside_a_capital_or_a_pronoun_place(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Wire copy writes Kyiv's air force in lower case; Russia's is named as Russia's.
    ("Russia launched 30 drones at Kharkiv overnight, hitting a warehouse, the air force said.",
     {("claim", "ua", "Kharkiv", "strike")}),
    ("Russian bombers struck Siversk overnight, the Russian air force said.",
     {("claim", "ru", "Siversk", "strike")}),
    # Kyiv's disinformation centre by its initials, and Moscow's backed officials
    ("CCD says Russian claims that Lyman has been captured are false",
     {("claim", "ru", "Lyman", "control"), ("denial", "ua", "Lyman", "control")}),
])
def test_speakers_in_wire_wording(sentence, want):
    assert _triples(sentence) == want


def test_a_moscow_backed_head_speaks_for_russia():
    got = extract_statements("The head of the Moscow-backed administration said on Monday that its fighters had taken Torske.",
                             published=_PUBLISHED)
    assert [(s.stance, s.side, s.place, s.speaker) for s in got] == [("claim", "ru", "Torske", "Russian-installed official")]


def test_a_village_near_a_stronghold_locates_no_event_at_the_stronghold():
    got = _triples("Kyiv said its soldiers had retaken a hamlet close to the Russian-held hub of Lyman, in Donetsk Oblast.")
    assert not any(place == "Lyman" for _stance, _side, place, _event in got)


@pytest.mark.parametrize(("sentence", "want"), [
    # An advance toward a place that was beaten back: the repulse there is the speaker's claim.
    ("Kyiv's eastern command said Russian units tried to push towards Lyman but were beaten back.",
     {("claim", "ua", "Lyman", "control")}),
    ("Moscow's ministry said Ukrainian troops attempted an advance toward Torske but were repulsed.",
     {("claim", "ru", "Torske", "control")}),
])
def test_a_foiled_advance_toward_a_place(sentence, want):
    assert _triples(sentence) == want


def test_an_advance_toward_a_place_is_still_no_claim_of_it():
    got = _triples("Russia's ministry said its troops took Torske and were moving toward Lyman, after repelling attacks elsewhere.")
    assert got == {("claim", "ru", "Torske", "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Part of a town taken, and breaking into a town, told by the side that lost it: a concession.
    ("Ukraine's army said Russian troops had taken the southern part of Lyman.", {("confirmation", "ua", "Lyman", "control")}),
    ("Russian assault groups have broken into Siversk, the Ukrainian army admitted.", {("confirmation", "ua", "Siversk", "control")}),
])
def test_part_of_a_town_and_breaking_in(sentence, want):
    assert _triples(sentence) == want


def test_taking_part_is_not_taking_a_part():
    assert _triples("Volunteers from the town took part in the defence of Lyman, the mayor said.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # "the report on X" names the account a party rejects, as "the report about X" does.
    ("Kyiv's army said the Russian report on Zarichne was fake.",
     {("denial", "ua", "Zarichne", "other"), ("claim", "ru", "Zarichne", "other")}),
    # The encirclement idiom of closing a ring around a town.
    ("Russian troops have closed the ring around Myrnohrad, Moscow's defence ministry said.",
     {("claim", "ru", "Myrnohrad", "control")}),
    ("Ukraine's General Staff denied that Russian units had closed the ring around Myrnohrad.",
     {("denial", "ua", "Myrnohrad", "control")}),
])
def test_reports_on_a_place_and_closing_rings(sentence, want):
    assert _triples(sentence) == want


def test_a_ring_road_is_no_encirclement():
    assert _triples("The mayor said the ring road around Myrnohrad had been closed to lorries.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The account named, then called false: the party speaking before it denies, with no place.
    ("Kyiv's army said the latest Russian claims were \"pure fiction\".", {("denial", "ua", None, "control")}),
    ("A Ukrainian brigade described the Russian footage as staged.", {("denial", "ua", None, "control")}),
    ("The Ukrainian commander cast doubt on Moscow's claims.", {("denial", "ua", None, "control")}),
    ("Ukraine's General Staff called the report \"a fabrication\".", {("denial", "ua", None, "control")}),
])
def test_accounts_called_false_with_no_place(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The minister said the budget allegations were false.",
    "Ukraine's army called the claims \"a sign of panic\".",
    "The ministry said its statement was accurate.",
])
def test_accounts_not_called_false(sentence):
    assert _triples(sentence) == set()


def test_an_account_called_false_after_a_claim_answers_its_place():
    got = {(s.stance, s.side, s.place) for s in extract_statements(
        "Moscow's ministry said its units now hold most of Zarichne. Kyiv's army said the claims were untrue.",
        published=_PUBLISHED)}
    assert got == {("claim", "ru", "Zarichne"), ("denial", "ua", "Zarichne")}


@pytest.mark.parametrize("sentence", [
    # More of the ways a reporter says an account could not be checked.
    "There was no independent verification of Moscow's latest claims.",
    "Neither report could be independently confirmed.",
    "It was impossible to verify the battlefield accounts.",
    "Frontline reports from both armies are hard to verify.",
])
def test_more_placeless_hedges(sentence):
    assert _triples(sentence) == {("hedge", "other", None, "control")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Ground lost, told by the unqualified military of the side that lost it: its concession.
    ("Kyiv lost control of Zarichne, the military said on Monday.", {("confirmation", "ua", "Zarichne", "control")}),
    # A withdrawal told as a move to better lines.
    ("Ukraine's army said its units had repositioned to more favourable lines west of Zarichne.",
     {("confirmation", "ua", "Zarichne", "control")}),
])
def test_concessions_in_plain_news(sentence, want):
    assert _triples(sentence) == want


def test_the_general_staff_of_the_russian_army_is_moscows():
    got = _triples("Ukraine's General Staff rejected claims by the head of the General Staff of the Russian army "
                   "that Russian units had taken Lyman.")
    assert got == {("denial", "ua", "Lyman", "control"), ("claim", "ru", "Lyman", "control")}


@pytest.mark.parametrize("sentence", [
    # Men taken prisoner near a place are no capture of the place.
    "Kyiv's brigade said its assault team captured seven Russian soldiers in Zarichne.",
    "Moscow's ministry said its units captured 15 Ukrainian servicemen near Torske.",
])
def test_prisoners_are_not_a_place_taken(sentence):
    assert _triples(sentence) == set()


def test_a_place_taken_with_prisoners_is_still_taken():
    got = _triples("Moscow's ministry said its units captured Torske, taking 15 Ukrainian servicemen prisoner.")
    assert got == {("claim", "ru", "Torske", "control")}
