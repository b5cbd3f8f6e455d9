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


@pytest.mark.parametrize(("sentence", "want"), [
    # Weapons only one side fires name the side that shot them down, nobody speaking.
    ("Air defence crews downed three HIMARS rockets and 95 fixed-wing drones overnight.", {("claim", "ru", None)}),
    ("Air defence shot down 52 Shahed drones over the night.", {("claim", "ua", None)}),
])
def test_shooter_from_the_weapons(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Both sides' weapons named: whose count it is stays open.
    "Air defences shot down 12 Shaheds and one ATACMS missile.",
])
def test_shooter_unknown_when_both_sides_fire(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's bulletin counting the enemy's losses "up to" a figure, after the day it covers.
    ("Over the past day, the enemy lost up to 410 servicemen in the area of the South group, it said.",
     {("claim", "ru", None)}),
    ("In the past 24 hours the enemy lost up to 95 soldiers.", {("claim", "ru", None)}),
])
def test_enemy_lost_up_to_after_the_day(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A share of a town taken, quoted or not, is a capture of the town.
    ('The Wagner chief said his fighters had taken "the whole of Artyomovsk".', {("claim", "ru", "Bakhmut")}),
    ("The ministry said its units had taken all of Ugledar.", {("claim", "ru", "Vuhledar")}),
    ("Ukraine's military said Russian troops had taken most of Toretsk.", {("confirmation", "ua", "Toretsk")}),
])
def test_share_of_a_town_taken(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # "take most of" a town's people or time is no capture.
    "It will take most of Kramatorsk's residents a week to leave.",
])
def test_share_taken_that_is_no_capture(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A commander's own units moved back to better lines, quoted or not, no place named: a concession.
    ('Ukraine\'s army chief said his troops had moved to "more advantageous lines" to avoid being cut off.',
     {("confirmation", "ua", None)}),
    ('Ukraine\'s commander said in a statement that units had pulled back "to more favourable lines".',
     {("confirmation", "ua", None)}),
    ("The Ukrainian General Staff said its brigades had relocated to more favourable positions.",
     {("confirmation", "ua", None)}),
])
def test_moved_to_better_lines(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A town a report leaves out is no place of an event.
    "The Ukrainian military did not mention Pishchane in its morning update.",
    "Kyiv's evening summary made no mention of Bohorodychne.",
    "Kyiv's General Staff made no mention of Lyptsi, saying only that nine assaults had been repelled in that area.",
])
def test_place_left_unmentioned(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The event itself named as what could not be verified: a hedge, placed when the town is named.
    ("The capture of the hamlet could not be independently confirmed.", {("hedge", "other", None)}),
    ("The fall of Hryshyne could not be independently verified.", {("hedge", "other", "Hryshyne")}),
    ("Details of the overnight attack could not be independently verified.", {("hedge", "other", None)}),
])
def test_event_not_verified(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An unnamed source of one side speaks for that side.
    ("A Ukrainian security source told the agency that drones had hit the oil terminal in Tuapse.",
     {("claim", "ua", "Tuapse")}),
    ("A Ukrainian source said long-range drones had struck the refinery in Syzran.", {("claim", "ua", "Syzran")}),
    ("A Russian source claimed that Ukrainian units had withdrawn from Zelenyi Hai.", {("claim", "ru", "Zelenyi Hai")}),
])
def test_unnamed_source_of_a_side(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline's passive with "were" left out: the troops named were pushed back, their foe gained.
    ("Russian troops pushed back from Lyptsi, Kyiv says", {("claim", "ua", "Lyptsi")}),
    ("Ukrainian units driven out of Tetkino, Moscow says", {("claim", "ru", "Tetkino")}),
])
def test_headline_passive_pushed_back(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A drone that set a site ablaze struck it.
    ("The oil depot in Tuapse was set ablaze by a Ukrainian drone, local officials said.", {("claim", "ru", "Tuapse")}),
    ("A Ukrainian drone set a fuel tank in Saratov on fire, the regional governor said.", {("claim", "ru", "Saratov")}),
])
def test_set_ablaze_is_a_strike(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Fire set with no weapon named is no strike.
    "Farmers set stubble on fire near Poltava as the harvest ended.",
])
def test_fire_without_a_weapon(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # An unqualified ministry telling of troops encircled speaks for their foe.
    ("The ministry said Ukrainian troops had been encircled near Siversk.", {("claim", "ru", "Siversk")}),
    ("The defence ministry said Russian units were surrounded near Kupiansk.", {("claim", "ua", "Kupiansk")}),
])
def test_ministry_side_from_troops_encircled(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "We have lost X" in a side's own voice concedes the town.
    ('"We have lost Marinka," a Ukrainian commander admitted on television.', {("confirmation", "ua", "Marinka")}),
    ('"We lost Avdiivka because the shells ran out," a Ukrainian officer said.', {("confirmation", "ua", "Avdiivka")}),
])
def test_we_have_lost(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Men lost, not a town.
    '"We have lost many good men," a Ukrainian commander said.',
])
def test_we_have_lost_no_town(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The enemy "managed to enter" part of a town: conceded by the defender.
    ("Ukraine's army said the enemy had managed to enter the northern outskirts of Lyman.", {("confirmation", "ua", "Lyman")}),
    ("Russia's defence ministry said its assault units had managed to reach the centre of Huliaipole.",
     {("claim", "ru", "Huliaipole")}),
])
def test_managed_to_enter_part_of_a_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A capture that dates the present ("a year after ...") is background, not the story's news.
    "A year after Russian troops captured Marinka, nothing is left of the town.",
    "Three months after Ukrainian forces retook Kherson, the city still had no running water.",
    # A condition is no event.
    "The Kremlin said a truce was possible if Kyiv withdrew from Kramatorsk.",
])
def test_background_and_conditions(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A time span inside the news itself leaves the claim standing.
    ("Russian forces captured Marinka after a year of fighting, the ministry said.", {("claim", "ru", "Marinka")}),
])
def test_time_span_in_the_news(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "X's claim ... is premature, ISW said": the possessive claim is a noun; the analyst after it speaks.
    ("The Russian MoD's claim to have seized Kotliarivka is premature, ISW said.",
     {("claim", "ru", "Kotliarivka"), ("hedge", "other", "Kotliarivka")}),
    ("Moscow's claim to have taken Shakhove is premature, the Institute for the Study of War said.",
     {("claim", "ru", "Shakhove"), ("hedge", "other", "Shakhove")}),
])
def test_possessive_claim_is_no_speaker(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A side's army denying "it": the account answered was told before, no place here.
    ("Ukraine's General Staff denied it, calling the report a Russian fake.", {("denial", "ua", None)}),
    ("Russia's defence ministry denied this.", {("denial", "ru", None)}),
])
def test_army_denied_it(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Not an army: what the office denied may be anything.
    "The Kremlin denied it.",
])
def test_denied_it_without_an_army(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize("sentence", [
    # A share of a regional centre's name among regions is the region, not the city.
    "Moscow holds almost all of the Luhansk region, most of Donetsk and parts of the Kherson and Zaporizhzhia regions.",
])
def test_share_of_a_region_among_regions(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A share of a town with no region beside it stays the town.
    ("Russian troops have taken most of Kurakhove, Ukraine's military said.", {("confirmation", "ua", "Kurakhove")}),
])
def test_share_of_a_town(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline's present tense: drone debris "sparks fire" at a site is a strike there.
    ("Drone debris sparks fire at Syzran refinery, local authorities say", {("claim", "ru", "Syzran")}),
])
def test_headline_sparks_fire(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A fire with no weapon behind it is no strike.
    "Heat wave sparks fire in forests near Mykolaiv",
    "Firefighters battled a fire in Kyiv.",
])
def test_fire_with_no_weapon(sentence):
    assert said(sentence) == set()
