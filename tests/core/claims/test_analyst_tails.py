"""Analyst and international phrasing: appositions that carry history, plural officers, troops that 'occupied'."""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None]]:
    return {(s.stance, s.side, s.place) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # The apposition's "for months" or "since October" describes the place, not the claim.
    ("Geolocated video confirms recent gains by Russian forces west of Lyman, an area that has been fought over for months.",
     {("confirmation", "other", "Lyman")}),
    ("The institute assessed marginal advances by Russian forces north of Siversk, a town that has been their target since October.",
     {("confirmation", "other", "Siversk")}),
    # Without the apposition the durative still makes the sentence background.
    ("Russian forces have shelled Lyman almost daily for months.", set()),
    # Several Ukrainian officers speak for their side.
    ("Ukrainian officers say they drove Russian troops out of the western edge of Torske.", {("claim", "ua", "Torske")}),
    # Troops that "occupied" a village took it; an "occupied village" is only a description.
    ("The institute reported that Russian troops occupied Torske, citing geolocated footage.", {("confirmation", "other", "Torske")}),
    ("The occupied village of Torske was shelled overnight, the governor said.", {("claim", "ua", "Torske")}),
])
def test_analyst_and_international_phrasing(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "confirmed advances" is the analyst's adjective, not the troops confirming anything.
    ("Russian forces recently made confirmed advances near Lyman and Siversk.",
     {("confirmation", "other", "Lyman"), ("confirmation", "other", "Siversk")}),
    ("The institute said Russian forces made confirmed gains near Torske.", {("confirmation", "other", "Torske")}),
    # Each side's troops in their own clause: one side's gains are not read as the other's.
    ("Ukrainian forces recently advanced near Torske and Russian forces recently advanced near Siversk.",
     {("denial", "other", "Torske"), ("confirmation", "other", "Siversk")}),
])
def test_analyst_advances_side_by_side(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "appears to have" is the guide's hedge, whoever's troops it is about.
    ("Russian troops appear to have entered the northern edge of Siversk.",
     {("hedge", "other", "Siversk")}),
    # A place held to be needed for a later capture is a goal, not a result.
    ("Moscow treats control of Siversk as vital to any advance on Sloviansk.", set()),
    # Maps drawn from geolocated material are the evidence voice.
    ("Going by geolocation maps, Russian troops have recently advanced into eastern Zvanivka.",
     {("confirmation", "other", "Zvanivka")}),
    # A directional advance names its place; the town it heads for is no result.
    ("A Russian channel claimed that Russian units advanced east of Zvanivka toward Siversk and are pushing toward Yampil.",
     {("claim", "ru", "Zvanivka")}),
])
def test_hedged_advances_goals_and_directional_gains(sentence, want):
    assert _triples(sentence) == want
