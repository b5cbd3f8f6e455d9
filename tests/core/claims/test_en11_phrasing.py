"""English statements with a place: whose voice a defender's formula and a state's withdrawal order carry.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tui.core.claims.pipeline import extract_document


def _placed(text: str) -> set[tuple[str, str, str | None]]:
    return {(s["stance"], s["side"], s["place"]) for s in extract_document(text)["statements"]}


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender's formula told by nobody stays Kyiv's even when a second clause adds "not lost".
    ("Siversk remains under the control of Ukrainian forces, and positions have not been lost.",
     {("denial", "ua", "Siversk")}),
    ("It is stressed that Toretsk remains under the full control of Ukraine's Defense Forces, and ground has not been lost.",
     {("denial", "ua", "Toretsk")}),
    ("It is underlined that Lyman stays under the control of the Ukrainian army, and lines have not been lost.",
     {("denial", "ua", "Lyman")}),
    # an analyst named as the voice keeps its own side
    ("Siversk remains under the control of Ukrainian forces, and positions have not been lost, the ISW said.",
     {("denial", "other", "Siversk")}),
])
def test_defender_formula_with_not_lost_is_kyivs(sentence, want):
    assert _placed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A state ordering its own troops out concedes the place in its own name.
    ("Ukraine Orders Troop Withdrawal From Siversk To Save Soldiers", {("confirmation", "ua", "Siversk")}),
    ("Kyiv orders its units to withdraw from Toretsk", {("confirmation", "ua", "Toretsk")}),
    ("Ukraine withdraws troops from Lyman after weeks of assaults", {("confirmation", "ua", "Lyman")}),
    ("Russia orders withdrawal from Kherson", {("confirmation", "ru", "Kherson")}),
    # troops narrated retreating, nobody deciding or speaking, stay the reporter's account
    ("Ukrainian troops withdrew from Siversk.", {("confirmation", "other", "Siversk")}),
])
def test_state_ordering_withdrawal_concedes_in_own_name(sentence, want):
    assert _placed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A denial told by nobody that names Russia's forces "the enemy" or "the occupiers" is Kyiv's.
    ("The claim that the enemy has supposedly encircled Kupiansk is false.", {("denial", "ua", "Kupiansk")}),
    ("Posts spread by some channels saying the enemy has allegedly seized the villages of Siversk and Toretsk are false.",
     {("denial", "ua", "Siversk"), ("denial", "ua", "Toretsk")}),
    ("The story that the occupiers entered Lyman is false.", {("denial", "ua", "Lyman")}),
    # an analyst named as the voice keeps its own side
    ("The claim that the enemy has supposedly encircled Kupiansk is false, the ISW said.", {("denial", "other", "Kupiansk")}),
])
def test_enemy_named_in_an_unvoiced_denial_is_kyivs(sentence, want):
    assert _placed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The towns a gain puts in danger are its next targets, not places taken.
    ("Moscow's defence ministry said its troops had seized Toretsk and Lyman, which put the towns of Siversk and "
     "Kramatorsk in danger of encirclement.", {("claim", "ru", "Toretsk"), ("claim", "ru", "Lyman")}),
    ("Russian forces captured Vuhledar, putting Kurakhove under threat, the ministry said.", {("claim", "ru", "Vuhledar")}),
    ("The ministry said its units had taken Toretsk, which now leaves Kostiantynivka at risk.", {("claim", "ru", "Toretsk")}),
    # with no consequence named, every town listed was taken
    ("Russian forces captured Vuhledar and Kurakhove, the ministry said.",
     {("claim", "ru", "Vuhledar"), ("claim", "ru", "Kurakhove")}),
])
def test_towns_a_gain_puts_at_risk_are_not_taken(sentence, want):
    assert _placed(sentence) == want
