"""'Cleared': troops clear a town of the enemy; rescuers clear rubble and sappers clear fields of mines,
and neither takes a town.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tui.core.claims.pipeline import extract_document

from tests.core.claims.phrasing import said


def events(sentence: str) -> set[tuple[str, str | None]]:
    got = extract_document(sentence)
    return {(s["event"], s["place"]) for s in got["statements"] + got["unplaced"]}


@pytest.mark.parametrize(("sentence", "want"), [
    ("Rescuers recovered two more bodies while clearing the rubble of an apartment block hit by a Russian "
     "missile in Kramatorsk, the regional governor said.", {("claim", "ua", "Kramatorsk")}),
    ("Municipal crews spent the day clearing the roads of snow in Sumy, the mayor said.", set()),
    ("Deminers cleared the fields of mines around Balakliia, the emergency service said.", set()),
    ("The road into Kupiansk was cleared of landmines over the weekend, police said.", set()),
])
def test_rubble_debris_and_mines_cleared_take_no_town(sentence, want):
    assert {s for s in said(sentence) if s[0] != "hedge"} == want
    assert not any(event == "control" for event, _ in events(sentence))


@pytest.mark.parametrize(("sentence", "want"), [
    ("Russian troops cleared Pishchane of Ukrainian units, the defence ministry said.", {("claim", "ru", "Pishchane")}),
    ("Ukrainian assault units cleared the village of Stepove of Russian soldiers, the brigade said.",
     {("claim", "ua", "Stepove")}),
])
def test_troops_clearing_a_town_of_the_enemy_still_take_it(sentence, want):
    assert said(sentence) == want
