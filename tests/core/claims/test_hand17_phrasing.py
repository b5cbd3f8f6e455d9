"""Plain news English: verification notes with the adverb first, a ministry's count of the craft its
foe sent, ground conceded as "lost", indirect questions, analysts' estimates and operations named
after a place.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # The adverb before "be": still a reporter who cannot vouch for the account.
    ("That claim could not immediately be verified.", {("hedge", "other", None)}),
    ("The report could not independently be confirmed.", {("hedge", "other", None)}),
    ("The figures could not immediately be confirmed by the agency.", {("hedge", "other", None)}),
])
def test_adverb_before_be_hedges(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Not reaching someone for comment is no verification of anything.
    "The agency could not immediately be reached for comment.",
])
def test_unreachable_is_no_hedge(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # An unqualified ministry counting the enemy's craft downed: the side that shot them down.
    ("In all, 164 Ukrainian drones were destroyed over nine regions overnight, the Defence Ministry said.",
     {("claim", "ru", None)}),
    ("The ministry said 35 Russian drones had been shot down before dawn.", {("claim", "ua", None)}),
    ("The defence ministry said it had intercepted 18 Ukrainian UAVs.", {("claim", "ru", None)}),
])
def test_ministry_side_from_the_downed_craft(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Ground "lost" by one's own side is a concession; by the enemy, the teller's claim.
    ("Ukraine admits losing ground south of Pokrovsk", {("confirmation", "ua", "Pokrovsk")}),
    ("The brigade admitted it had lost positions near Siversk.", {("confirmation", "ua", "Siversk")}),
    ("Ukraine's General Staff said Russian units had lost positions near Stepnohirsk.",
     {("claim", "ua", "Stepnohirsk")}),
    ("Russia's defence ministry said Ukrainian troops lost ground near Kupiansk.", {("claim", "ru", "Kupiansk")}),
])
def test_lost_ground(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # What one is asked about is not what one says.
    "At the summit, Zelenskyy gave a vague answer when asked who controlled Toretsk.",
    "The spokeswoman, asked who now holds Velyka Novosilka, said only that fighting was heavy.",
    # Not losing ground is no concession.
    "The battalion said it had not lost positions near Lyman.",
])
def test_no_statement(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # An independent group's estimate is its own finding, not the side it speaks of.
    ("Black Bird Group analysts estimated that Russian units controlled about 80 per cent of Chasiv Yar.",
     {("confirmation", "other", "Chasiv Yar")}),
    ("DeepState estimated that Russian troops now control most of Toretsk.", {("confirmation", "other", "Toretsk")}),
])
def test_estimates_of_independent_groups(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An operation named after a region names no settlement; the losses stay, unplaced.
    ("Moscow says Ukraine lost 800 soldiers in the Kursk incursion last week.", {("claim", "ru", None)}),
    ("The ministry in Moscow said Kyiv had lost 41,000 troops in the Kursk operation.", {("claim", "ru", None)}),
])
def test_operation_named_after_a_place(sentence, want):
    assert said(sentence) == want
