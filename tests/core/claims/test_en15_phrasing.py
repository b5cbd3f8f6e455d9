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
    ("The Air Force of the Armed Forces of Ukraine destroyed all 31 drones sent against the south.", {("claim", "ua", None)}),
])
def test_counts_with_quantifiers(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Settlements taken, counted by "some" or "more": a claim with no settlement named.
    ("The Ukrainian military said it had recaptured some villages in the south-east.", {("claim", "ua", None)}),
    ("Moscow said its troops had captured more settlements in the east.", {("claim", "ru", None)}),
    # Ground won told as an amount: the party's claim.
    ("Kyiv's forces won back 22 square kilometres of territory over seven days, the army chief said.",
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
    ("Several more villages liberated near the border, Kyiv says", {("claim", "ua", None)}),
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
    ("Governor Gladkov: drone attack injures four in Belgorod region", {("claim", "ru", None)}),
    ("Governor: Russian drone hits bus in Kupiansk, two injured", {("claim", "ua", "Kupiansk")}),
    # A breakthrough told with no town: the side's claim.
    ("A Russian war blogger wrote that Moscow's units had breached Ukrainian defensive lines in two sectors.", {("claim", "ru", None)}),
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


@pytest.mark.parametrize("sentence", [
    # Counterattacks or a counteroffensive kept up, with no result: activity, not an event.
    "Ukrainian forces continued counterattacks south of Svatove.",
    "Russian troops continued counteroffensive operations near Lyptsi.",
    # A town threatened by an advance is in danger, not taken.
    "Myrnohrad, a mining town threatened by the advance of Russian forces, was evacuated.",
    # A capture told of an unnamed village, then the town the troops head for: the town is not taken.
    "Moscow said it had taken a village, with its troops closing in on the city of Siversk.",
    "Russia reported capturing a hamlet as its forces were closing in on Kurakhove.",
])
def test_activity_threats_and_headings(sentence):
    assert {t for t in said(sentence) if t[2] is not None} == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A result told after the activity still counts.
    ("A Russian milblogger claimed that Ukrainian forces continued counterattacks in Siversk and advanced to its centre.",
     {("confirmation", "ru", "Siversk")}),
    # Heading for a town and then entering it is getting there.
    ("Russian forces advancing on Siversk have entered the town, the ministry said.", {("claim", "ru", "Siversk")}),
])
def test_results_after_activity_and_heading(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The capital named by what it is, as a place of a strike.
    ("Three people were hurt when debris fell on a school in the Ukrainian capital, the mayor said.", {("claim", "ua", "Kyiv")}),
    ("Russian missiles hit an energy site near Ukraine's capital, the grid operator said", {("claim", "ua", "Kyiv")}),
])
def test_capital_described(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # The capital in a teller's title, or as what a region surrounds, is no place of the event.
    "Falling debris damaged a warehouse in the Kyiv region, said the governor of the region that surrounds the Ukrainian capital.",
    # Travel to the capital is no event.
    "The president returned to the Ukrainian capital on Friday.",
])
def test_capital_not_an_event_place(sentence):
    assert "Kyiv" not in {t[2] for t in said(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # A district named in a teller's title is no settlement: the strike he tells of stays unplaced.
    ("Two civilians were wounded in a Ukrainian drone attack on a ferry, said Ivan Petrov, the Russian-installed head of the Kakhovka district.",
     {("claim", "ru", None)}),
    # One craft downed, told by a side's own spokesman: a claim with no count and no place.
    ("A spokesman for Ukraine's air force said Ukrainian units had downed a Russian reconnaissance drone.", {("claim", "ua", None)}),
    ("Russia's defence ministry said its air defences had intercepted a Ukrainian missile.", {("claim", "ru", None)}),
])
def test_district_titles_and_single_shootdowns(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A craft described as downed, with nobody telling of the shootdown, is none.
    "The downed drone was later found in a field.",
])
def test_downed_described(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A quotation that opens by calling what was said untrue is its speaker's denial, no place named.
    ('"These claims are pure fabrication," the General Staff said.', {("denial", "ua", None)}),
    ('"These reports are fake," a Ukrainian military spokesman said.', {("denial", "ua", None)}),
    ('"That is a lie," Peskov told reporters.', {("denial", "ru", None)}),
])
def test_quoted_bare_denials(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Nobody named, a question, or no word of untruth: no denial.
    '"This is completely false."',
    '"Is this report false?" the spokesman asked.',
    '"This is a hard situation," the General Staff said.',
])
def test_no_bare_denial(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A repulse in the passive, told by a side: that side's claim.
    ("All enemy assaults were repelled, the General Staff said.", {("claim", "ua", None)}),
    ("Ukrainian counterattacks were beaten back, the Russian defence ministry said.", {("claim", "ru", None)}),
])
def test_passive_repulse_told(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # ... and with nobody telling it, whose repulse it was is unsaid.
    "The counterattacks were repelled and the enemy fell back to the south.",
])
def test_passive_repulse_untold(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A side's troops named as pulling back, told by a party: the foe's retreat is the teller's claim,
    # its own a concession; "the enemy" is the foe in the teller's words.
    ("Ukrainian units have retreated, the Russian defence ministry said.", {("claim", "ru", None)}),
    ("Russian forces have withdrawn, Ukraine's General Staff said.", {("claim", "ua", None)}),
    ("The enemy retreated after heavy losses, the General Staff said.", {("claim", "ua", None)}),
    ("Ukrainian troops have withdrawn, the brigade said.", {("confirmation", "ua", None)}),
])
def test_named_side_pullbacks(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A pull-back from another war's theatre is none of this war's.
    "Russian forces have withdrawn from most of their bases in Syria, the ministry said.",
])
def test_pullback_elsewhere(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # An attack told as a target and its weapons is a strike claim of the side that tells it.
    ("The Russian ministry said Ukraine had targeted the Kursk region with 14 drones overnight.", {("claim", "ru", None)}),
    ("Russia targeted Kharkiv with four missiles overnight, the governor said.", {("claim", "ua", "Kharkiv")}),
])
def test_targeted_with_weapons(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A tally over several days is no one strike.
    "The ministry said Ukraine had targeted Russia with 650 drones since Monday.",
    # Being a target describes, it tells no attack.
    "Refineries were targeted with drones in the past.",
])
def test_targeted_not_a_strike(sentence):
    assert said(sentence) == set()
