"""Ukrainian and Russian phrasing: communities named beside their district or neighbours.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tui.core.claims.pipeline import extract_document


def _said(text: str) -> set[tuple[str, str, str | None]]:
    got = extract_document(text)
    return {(s["stance"], s["side"], s["place"]) for s in got["statements"] + got["unplaced"]}


@pytest.mark.parametrize(("sentence", "want"), [
    # A community's adjective is its town, and the town is the namesake near the district named after it
    # or near the places named beside it: Pokrovske in the Synelnykove district, Pokrov by Nikopol.
    ("Окупанти вдарили дроном по Покровській громаді Синельниківського району, постраждав чоловік, повідомив Лисак.",
     {("claim", "ua", "Pokrovske")}),
    ("Ворог обстріляв Покровську громаду Нікопольщини з артилерії, повідомив Лисак.",
     {("claim", "ua", "Pokrov")}),
    ("Увечері ворог атакував Нікополь, Покровську та Мирівську громади, повідомив Лисак.",
     {("claim", "ua", "Nikopol"), ("claim", "ua", "Pokrov"), ("claim", "ua", "Myrove")}),
])
def test_community_resolved_near_its_district(sentence, want):
    assert _said(sentence) == want
