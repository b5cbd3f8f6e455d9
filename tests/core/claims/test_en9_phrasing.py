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
