"""English phrasing of tallies and reports that name no settlement: a region's head named by his
surname alone, regional heads the lexicon lacked, shootdown and loss counts with a quantifier in
front ("another 14", "approximately 600"), a service opening its own tally, settlements taken
counted by "some"/"more", and ground won told as an amount of territory.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # A region's head, named by surname, telling of a strike's harm: his side's claim, no town named.
    ("Kalashnyk wrote that falling debris damaged two warehouses.", {("claim", "ua", None)}),
    ("Kozytskyi said a drone hit an energy facility overnight.", {("claim", "ua", None)}),
    ("Slyusar said a drone attack set a fuel tank on fire.", {("claim", "ru", None)}),
    # Moscow's mayor counting drones downed on the approach to the capital.
    ("Sobyanin said air defences shot down four drones.", {("claim", "ru", None)}),
])
def test_regional_heads_named_alone(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # The same surname with no harm told is no strike.
    "Kozytskyi said schools would reopen next week.",
    # A head with a strike's words but no saying: no teller.
    "Kalashnyk visited the damaged warehouses.",
])
def test_regional_heads_without_a_strike(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A count with a quantifier in front is still a count.
    ("According to Gladkov, air defence units destroyed another 14 unmanned aerial vehicles.", {("claim", "ru", None)}),
    ("According to Bogomaz, air defence detected and destroyed 9 unmanned aircraft-type aerial vehicles.", {("claim", "ru", None)}),
    ("The enemy lost approximately 640 soldiers over the past day, the General Staff said.", {("claim", "ua", None)}),
    # A service opening the tally's line tells its own kills.
    ("The Air Force of the Armed Forces of Ukraine destroyed all 27 Shahed drones launched overnight.", {("claim", "ua", None)}),
])
def test_counts_with_quantifiers(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Settlements taken, counted by "some" or "more": a claim with no settlement named.
    ("Kyiv said it had retaken some villages on the river's eastern bank.", {("claim", "ua", None)}),
    ("Moscow said its troops had captured more settlements in the east.", {("claim", "ru", None)}),
    # Ground won told as an amount: the party's claim.
    ("Ukrainian troops took back 9.3 square kilometres of territory last week, the deputy defence minister said.",
     {("claim", "ua", None)}),
    ("Ukraine says its forces regained more ground on the southern front.", {("claim", "ua", None)}),
    ("Russia claims to have seized more territory in the east.", {("claim", "ru", None)}),
])
def test_ground_won_unnamed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # An aim, a generic trend and a description are no gain.
    "Russia aims to seize more territory before winter.",
    "Moscow has seldom claimed any recaptured territory since the incursion began.",
    "Ukraine hopes to retake some villages next month.",
])
def test_ground_not_won(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A side saying "it"/"they" pulled back concedes ground, its place unnamed.
    ("The brigade said it had pulled back to safer lines.", {("confirmation", "ua", None)}),
    ("Ukrainian troops announced they had withdrawn overnight.", {("confirmation", "ua", None)}),
    ("The Ukrainian army says it has withdrawn to the edge of the town.", {("confirmation", "ua", None)}),
    # A long count before "attacks" is still a repulse.
    ("Ukraine's military said it had repelled more than two dozen Russian attacks in the east.", {("claim", "ua", None)}),
    # The event denied itself, not an account of it.
    ("Ukraine's General Staff denied any such Russian advance.", {("denial", "ua", None)}),
    ("The Kremlin denied any reported withdrawal of its troops.", {("denial", "ru", None)}),
    # Settlements taken, told in the passive and counted.
    ("More border villages liberated in the offensive, Ukraine says", {("claim", "ua", None)}),
    ("Three settlements have been retaken, the General Staff said.", {("claim", "ua", None)}),
])
def test_unplaced_pullbacks_repulses_denials(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A diplomat or an offer withdrawn moves no troops.
    "The ministry said it had withdrawn its ambassador.",
    "Kyiv said it had withdrawn the proposal.",
    # A refusal to pull back is no pull-back.
    "They said they would not withdraw.",
])
def test_no_pullback(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's navy speaks for Kyiv, and a ship sunk is a strike that hit.
    ("The Ukrainian navy said it had sunk a Russian supply ship in the Black Sea.", {("claim", "ua", None)}),
    ("Enemy troops were forced to pull back from Krynky, Ukraine's navy said.", {("claim", "ua", "Krynky")}),
    ("Kyiv said its sea drones sank a Russian patrol boat near Sevastopol.", {("claim", "ua", "Sevastopol")}),
])
def test_navy_and_ships(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline's teller named before the colon speaks for what follows.
    ("Governor: Russian shelling injures 3 in Sumy Oblast", {("claim", "ua", None)}),
    ("Governor Bogomaz: Ukrainian drone injures two in Bryansk region", {("claim", "ru", None)}),
    ("Governor: Russian drone hits bus in Kupiansk, two injured", {("claim", "ua", "Kupiansk")}),
    # A breakthrough told with no town: the side's claim.
    ("Russian military bloggers said Moscow's troops had pierced Ukrainian defences in two places.", {("claim", "ru", None)}),
    ("Kyiv said its brigades had breached Russian defensive lines on the southern front.", {("claim", "ua", None)}),
    # One line of the ministry's English tally of drones downed over Russia's regions.
    ("5 – over the territory of Kursk region,", {("claim", "ru", None)}),
    ("2 – over the territory of the Tula region.", {("claim", "ru", None)}),
])
def test_headline_tellers_breakthroughs_tally_lines(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A breakthrough hoped for or failed is none.
    "Russia hopes to break through Ukrainian defences before spring.",
    "Russian forces failed to breach Ukrainian defences, the General Staff said.",
    # A headline with its own verb of saying before the colon is not a teller's label.
    "Russia says: talks must wait",
])
def test_no_breakthrough_no_teller(sentence):
    assert said(sentence) == set()
