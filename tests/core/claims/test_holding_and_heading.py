"""A defender still holding a place despite attempts on it, and a town named only as where an advance heads.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # The attempt is the enemy's; the sentence reports the defender still holding on: a denial.
    ("Ukraine's General Staff said its forces continue to control Hrodivka despite enemy attempts to capture it.",
     {("denial", "ua", "Hrodivka")}),
    ("The General Staff said Ukrainian units still hold Sukhyi Yar despite repeated Russian attempts to take it.",
     {("denial", "ua", "Sukhyi Yar")}),
    # An attempt with nothing said of its result stays no statement.
    ("Fighting has centred on Russian attempts to advance on Hrodivka.", set()),
])
def test_holding_despite_attempts_is_a_denial(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Where the advance heads is no place taken, however far the verb stands from "towards".
    ("Russia's defence ministry said its troops advanced near the village of Yablunivka towards the city of Druzhkivka.",
     {("claim", "ru", "Yablunivka")}),
    ("Moscow said its units had moved past the village of Yablunivka and on towards the town of Druzhkivka.",
     set()),
])
def test_the_town_an_advance_heads_for_is_not_taken(sentence, want):
    assert said(sentence) == want
