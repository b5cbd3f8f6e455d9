"""Plain news English: an analyst's or a reporter's hedge with no place ("has not observed
confirmation", "the details of the attacks", "neither side's account of the fighting"); a party
answering an account it calls someone's disinformation, an announcement it rejects, or a quotation
calling the account false with its speaker after; analysts who "also" say; Kyiv's border service as a
speaker; an attempt repelled told by the repelling side; a bulletin's enemy neutralised or its
assault actions stopped; a region's shelling counted by its administration.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # An analyst that has seen nothing to back a report: its hedge, no place named.
    ("The institute has not observed any confirmation of that report.", {("hedge", "other", None)}),
    ("ISW has not yet seen evidence to support the latest claims.", {("hedge", "other", None)}),
    # ... and with a settlement named, the hedge is about it.
    ("ISW has not observed visual confirmation of Russian claims to have seized Dachne.",
     {("claim", "ru", "Dachne"), ("hedge", "other", "Dachne")}),
    # The details of the fighting a reporter cannot check.
    ("The broadcaster was unable to confirm the details of the strikes.", {("hedge", "other", None)}),
    # Neither side's account, of whatever it was about.
    ("Neither side's account of the clashes could be independently confirmed.", {("hedge", "other", None)}),
])
def test_hedges_with_no_place(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # The details of something that is not the war's course: nothing to hedge.
    "The newspaper could not confirm the details of the contract.",
    # Evidence not seen of something that is no account of a battle.
    "The ambassador has not seen the draft of the treaty.",
])
def test_details_that_are_no_account(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # What a party calls the account may name whose lie it is.
    ("Kyiv's southern command described the report as Russian disinformation.", {("denial", "ua", None)}),
    ("The Ukrainian General Staff called the claims enemy propaganda.", {("denial", "ua", None)}),
    # An announcement rejected is an account rejected.
    ("Ukraine's army rejected the announcement, saying its units still held their positions.", {("denial", "ua", None)}),
    # A quotation calling an account of the war false, its speaker named after it.
    ('"The reports of an encirclement are simply untrue," a Ukrainian military spokesman said.', {("denial", "ua", None)}),
    ('"The information about the so-called capture of the town is false," Trehubov said.', {("denial", "ua", None)}),
])
def test_accounts_called_false(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A quoted account that is no event of the war.
    '"The reports of a prisoner deal are false," the Kremlin spokesman said.',
    # A quotation with nobody named after it.
    '"The information about the capture of the town is false."',
])
def test_quoted_accounts_not_denied(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Analysts who "also" say it, as ISW does: an independent finding.
    ("The analysts also said Russian troops had advanced near Yunakivka.", {("confirmation", "other", "Yunakivka")}),
    ("Military analysts further noted that Russian forces had advanced near Pokrovsk.",
     {("confirmation", "other", "Pokrovsk")}),
])
def test_analysts_who_also_say(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's border service speaks for Kyiv.
    ("Border units fought off a Russian assault near Yunakivka, the State Border Guard Service said.",
     {("claim", "ua", "Yunakivka")}),
    ("Demchenko said Ukrainian border guards repelled an attack near Yunakivka.", {("claim", "ua", "Yunakivka")}),
    # An attempt by the other side repelled is the repelling side's claim, not a concession of the advance.
    ("Ukrainian units repelled an attempt by Russian assault groups to advance near Kupiansk, the Ukrainian army said.",
     {("claim", "ua", "Kupiansk")}),
    ("Russian troops thwarted a bid by Ukrainian units to break through near Sudzha, the Russian defence ministry said.",
     {("claim", "ru", "Sudzha")}),
])
def test_attempts_repelled(sentence, want):
    assert said(sentence) == want


def test_advance_told_by_the_foe_still_conceded():
    # (no attempt foiled: the foe's capture told by Kyiv is a concession, as before)
    assert said("Ukraine's General Staff said Russian forces captured Yunakivka.") == {("confirmation", "ua", "Yunakivka")}


@pytest.mark.parametrize(("sentence", "want"), [
    # A bulletin's enemy put out of action, counted, in Kyiv's words.
    ("About 90 occupiers were neutralised on this axis over the day.", {("claim", "ua", None)}),
    ("Ukrainian forces liquidated 40 invaders over the past day.", {("claim", "ua", None)}),
    # Assault actions stopped, counted: the defender's repulse.
    ("On the Lyman axis our defenders stopped 12 assault actions of the aggressor.", {("claim", "ua", None)}),
    ("Russian forces stopped three Ukrainian attacks, the Russian defence ministry said.", {("claim", "ru", None)}),
])
def test_bulletin_counts(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Something stopped that is no attack counted.
    "Ukraine stopped the attacks on the shipping talks, the minister said.",
    # The aggressor named with no event.
    "The aggressor must be held to account, the minister said.",
])
def test_not_bulletin_counts(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A region's shelling counted by its administration: the side that was hit tells it.
    ("Russian troops shelled 21 settlements of Kharkiv region over the day, the administration said.", {("claim", "ua", None)}),
    ("The Russians carried out 64 attacks on 17 settlements of Sumy region overnight, the administration said.",
     {("claim", "ua", None)}),
    # Settlements hit by the enemy's fire, told by the region's head.
    ("More than 20 settlements of the region were hit by enemy fire, Syniehubov said.", {("claim", "ua", None)}),
    # Towns under artillery and mortar fire, in Kyiv's words.
    ("Overnight, Kupiansk and Petropavlivka came under enemy artillery and mortar fire.",
     {("claim", "ua", "Kupiansk"), ("claim", "ua", "Petropavlivka")}),
])
def test_region_shelling_counted(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # "the administration" with no harm told is no teller of a strike.
    "The administration said it would send more air defence systems to Kyiv.",
    "A fire broke out at a warehouse in Kharkiv region, the administration said.",
])
def test_administration_without_a_strike(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Clearing a town, pressing into its centre: the attacker's claim of it.
    ("Moscow says its troops are clearing Myrnohrad", {("claim", "ru", "Myrnohrad")}),
    ("Russian units are pressing into the centre of Siversk, the Russian defence ministry said.", {("claim", "ru", "Siversk")}),
    ("Russian forces have cleared the eastern half of Siversk, Gerasimov said.", {("claim", "ru", "Siversk")}),
    # The defender pushing the attacker back in a place: its own claim.
    ("Ukrainian troops pushed back Russian assault groups in Klishchiivka, the army said.", {("claim", "ua", "Klishchiivka")}),
    ("Ukrainian forces drove the Russian units back near Andriivka, the Ukrainian army said.", {("claim", "ua", "Andriivka")}),
])
def test_clearing_and_pushing_back(sentence, want):
    assert said(sentence) == want


def test_rubble_cleared_is_no_capture():
    # (clearing rubble after a strike is the strike's aftermath, told by the side that was hit)
    assert said("Rescuers are clearing rubble in Kharkiv, the governor said.") == {("claim", "ua", "Kharkiv")}


@pytest.mark.parametrize(("sentence", "want"), [
    # A change of hands named as a noun by nobody: the reporter's narration of it.
    ("The fall of Vuhledar is the latest setback for Kyiv's army in the east.", {("confirmation", "other", "Vuhledar")}),
    ("The loss of Kurakhove is one more in a run of Russian gains this autumn.", {("confirmation", "other", "Kurakhove")}),
    # ... but what the capture would do is no capture told.
    ("The capture of Kurakhove could open the road west for Russian troops.", set()),
    # ... and a capture someone announces keeps its teller.
    ("The capture of Kurakhove was announced by the Russian defence ministry.", {("claim", "ru", "Kurakhove")}),
])
def test_change_of_hands_as_a_noun(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "According to him": the source is a person named before; the party that follows is what was said.
    ("According to him, Ukraine lost up to 900 servicemen in the border area.", {("claim", "ru", None)}),
    ("According to her, Russian forces lost 300 soldiers near Pokrovsk.", {("claim", "ua", "Pokrovsk")}),
])
def test_pronoun_as_the_source(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Footage with the defender still there answers a capture in the footage's own voice.
    ("Geolocated footage published on June 2 shows Ukrainian troops striking Russian armour near Stepnohirsk, "
     "suggesting that the claimed capture has not taken place.", {("denial", "other", "Stepnohirsk")}),
    ("Geolocated footage shows a Ukrainian drone strike on Russian infantry in central Kupiansk, "
     "indicating that Ukrainian forces continue to operate there.", {("denial", "other", "Kupiansk")}),
])
def test_footage_against_a_capture(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A party saying claims or reports are untrue denies them; the claims are not its own.
    ("A Ukrainian brigade commander said claims about Vovchansk were untrue.", {("denial", "ua", "Vovchansk")}),
    ("Russian officials said reports of a breakthrough near Tyotkino were false.", {("denial", "ru", "Tetkino")}),
])
def test_claims_said_untrue(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian border district named after its centre names no settlement of the strike.
    ("Ukrainian drones damaged three houses in the Shebekino district, the governor said.", {("claim", "ru", None)}),
    ("According to the governor, drones also attacked two cars in the Grayvoron and Shebekino districts.",
     {("claim", "ru", None)}),
    # A fire sparked by a drone is a strike that hit.
    ("A Ukrainian drone sparked a fire at a fuel depot in Novoshakhtinsk, the regional governor said.",
     {("claim", "ru", "Novoshakhtinsk")}),
])
def test_border_districts_and_fires(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A strike carried out on a kind of target, no settlement named: the party's own claim.
    ('Russia\'s defence ministry said it had carried out a "group strike" on energy facilities used by the Ukrainian army.',
     {("claim", "ru", None)}),
    ("Kyiv said it had delivered a strike against Russian military airfields overnight.", {("claim", "ua", None)}),
    ("Ukraine's air force commander confirmed that its jets had struck the headquarters.", {("claim", "ua", None)}),
])
def test_strikes_on_kinds_of_target(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The minister said the company had launched a new strike on prices.",
    "Workers started a fire in the yard to keep warm, police said.",
])
def test_not_strikes(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A Ukrainian district named after its town, where people or homes were harmed: no settlement named.
    ("Russian shelling damaged two houses in the Nikopol district, the governor said.", {("claim", "ua", None)}),
    # Attempts stopped near a place: the defender's repulse there, not only an aim.
    ("Our soldiers stopped the enemy's attempts to advance near Novopavlivka.", {("claim", "ua", "Novopavlivka")}),
    ("Ukrainian troops halted Russian attempts to break through near Myrnohrad, the army said.", {("claim", "ua", "Myrnohrad")}),
    # Kyiv's drone forces speak for Kyiv.
    ("The Unmanned Systems Forces said their drones hit a fuel depot in Bryansk.", {("claim", "ua", "Bryansk")}),
    # A mapping group marking villages as occupied, or its map showing gains near one: its own finding.
    ("This week DeepState marked the villages of Dachne and Novoukrainka as occupied.",
     {("confirmation", "other", "Dachne"), ("confirmation", "other", "Novoukrainka")}),
    ("DeepState updated its map to show Russian advances near Kindrashivka.", {("confirmation", "other", "Kindrashivka")}),
])
def test_districts_attempts_and_maps(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Only trying: no result near the place.
    "Russian troops are trying to advance near Novopavlivka.",
    # A Ukrainian district with no harm told names no strike.
    "Evacuations continue in the Kupiansk district, the governor said.",
    # Marking something as anything else is no map of the war.
    "The teacher marked the essays of Dachne pupils as excellent.",
])
def test_no_result(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's embedded war reporters speak for Moscow.
    ("Russian soldiers raised a flag over the school in Gornal, a military correspondent reported.", {("claim", "ru", "Gornal")}),
    # A whole region taken back, no settlement named.
    ("Gerasimov told Putin that the Kursk region had been fully liberated.", {("claim", "ru", None)}),
    ("Moscow said its troops had liberated the entire Kursk region.", {("claim", "ru", None)}),
    # An air defence system destroyed is the party's claim of the enemy's losses.
    ("Russia said it had destroyed a Ukrainian Patriot system near the front.", {("claim", "ru", None)}),
    ("Ukraine said its drones destroyed two Russian S-300 launchers.", {("claim", "ua", None)}),
])
def test_correspondents_regions_and_systems(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A region freed of something else, or one liberated long ago.
    "The Kharkiv region has been freed of snow, the governor said.",
    "Ukraine liberated the Kharkiv region in 2022, the minister recalled.",
    # A system destroyed that is no weapon.
    "The storm destroyed the town's water system.",
])
def test_not_regions_or_systems(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The defender insisting the battle for the town goes on answers the capture.
    ("While Russia says it has captured Chasiv Yar, Ukraine insists the battle for the town is not over.",
     {("claim", "ru", "Chasiv Yar"), ("denial", "ua", "Chasiv Yar")}),
    # Responsibility claimed for a strike on a kind of target: the side's claim of it.
    ("Ukraine has claimed responsibility for a drone attack on a Russian air base.", {("claim", "ua", None)}),
    # Troops trapped, counted, no town named.
    ("Putin claimed that Russian troops had encircled around 8,000 Ukrainian soldiers.", {("claim", "ru", None)}),
    # A party named by its side.
    ("According to the Russian side, Ukraine lost more than 300 soldiers in the area.", {("claim", "ru", None)}),
    # "Not possible to verify" is the reporter's hedge, beside the claim it attributes.
    ("It was not possible to verify Moscow's claim that Siversk had been captured.",
     {("claim", "ru", "Siversk"), ("hedge", "other", "Siversk")}),
])
def test_wire_answers_and_tallies(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # The battle over, or a clause of no account.
    "The battle for the harvest is not over, the farmer said.",
    "It is not possible to confirm when the video was filmed.",
])
def test_not_answers(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The greater part of a town taken.
    ("Russian forces have taken most of Toretsk, the Institute for the Study of War said.", {("confirmation", "other", "Toretsk")}),
    ("Moscow said its troops had seized more than half of Kurakhove.", {("claim", "ru", "Kurakhove")}),
    # Moscow's security service telling of a raiding group put down.
    ("A Ukrainian sabotage group was eliminated in the border area, the FSB said.", {("claim", "ru", None)}),
    ("The FSB said it had destroyed a Ukrainian reconnaissance group near the border.", {("claim", "ru", None)}),
    # A mayor named after his title: the place's own official.
    ("Ukrainian shelling killed a woman in Gorlovka, Mayor Ivan Prikhodko said.", {("claim", "ru", "Horlivka")}),
    # Moscow's bulletin counts the foe's losses "up to" a figure.
    ("The enemy lost up to 210 servicemen and two pickup trucks.", {("claim", "ru", None)}),
])
def test_bulletins_in_english(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # (Kyiv's count with no "up to" stays Kyiv's)
    ("The enemy lost 1,190 servicemen over the past day.", {("claim", "ua", None)}),
    # (a city's mayor the lexicon names keeps his side)
    ("Moscow Mayor Sergei Sobyanin said 12 drones flying towards the capital had been intercepted.", {("claim", "ru", None)}),
])
def test_bulletins_keep_their_sides(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The harvest took most of the summer in Sumy, the farmer said.",
    "The working group was eliminated from the budget, the minister said.",
])
def test_not_bulletins(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Footage answering a capture with a claim noun after the troops it shows: the footage's own denial.
    ("Geolocated footage published on March 4 shows Ukrainian soldiers moving in central Kupiansk, "
     "indicating that Russian claims of seizing the town are false.", {("denial", "other", "Kupiansk")}),
    # A headline's present tense: drones strike a kind of target.
    ("Ukrainian drones strike Russian fuel depot, Kyiv says", {("claim", "ua", None)}),
    ("Ukrainian drones strike refinery in Ryazan, governor says", {("claim", "ru", "Ryazan")}),
])
def test_footage_and_headline_strikes(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Troops that abandoned a town: their own side concedes it, the foe's retreat is the teller's success.
    ("Ukrainian troops abandoned Marinka after months of fighting, the army chief said.", {("confirmation", "ua", "Marinka")}),
    ("Russian forces abandoned Kherson, the Ukrainian army said.", {("claim", "ua", "Kherson")}),
    # A ministry saying a village has come under Russian control is Moscow's.
    ("The ministry said the village of Bohoiavlenka had come under Russian control.", {("claim", "ru", "Bohoiavlenka")}),
])
def test_abandoned_and_come_under(sentence, want):
    assert said(sentence) == want


def test_vehicles_abandoned_are_no_retreat():
    assert said("Russian troops abandoned their vehicles near Avdiivka, the Ukrainian army said.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # "Our troops" with nobody named: Kyiv's bulletin in English, its own kills.
    ("Our troops also destroyed a tank, 12 motorcycles and 40 drones.", {("claim", "ua", None)}),
    ("Our units eliminated 85 servicemen over the day.", {("claim", "ua", None)}),
])
def test_our_troops_in_english(sentence, want):
    assert said(sentence) == want


def test_our_troops_quoted_keep_their_speaker():
    # (a named speaker decides: Moscow's minister speaking of "our troops" is Moscow's)
    assert said('"Our troops destroyed 17 tanks," Russia\'s defence minister said.') == {("claim", "ru", None)}


@pytest.mark.parametrize(("sentence", "want"), [
    # The account as a pronoun, an advance as what was not seen, "wasn't able to": a reporter's or analyst's hedge.
    ("The agency has not been able to independently verify them.", {("hedge", "other", None)}),
    ("However, the institute has not observed visual confirmation of such an advance.", {("hedge", "other", None)}),
    ("The newspaper wasn't able to independently verify the authenticity of the footage.", {("hedge", "other", None)}),
    # An outlet whose name holds a capital's names no place.
    ("Kyiv Post wasn't able to verify the claims.", {("hedge", "other", None)}),
])
def test_more_hedges(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "The company could not confirm that the deal was signed.",
    "We could not confirm them as members of the club.",
])
def test_not_hedges(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Energy sites struck, in the passive, told by a side: its claim with no settlement.
    ("Ukrainian officials said energy facilities were struck overnight.", {("claim", "ua", None)}),
    ("Ukraine's energy ministry said power infrastructure in three regions was damaged in a massive attack.", {("claim", "ua", None)}),
])
def test_energy_sites_struck(sentence, want):
    assert said(sentence) == want


def test_energy_sites_repaired_are_no_strike():
    assert said("The government said energy facilities were being repaired.") == set()


def test_urban_district_names_no_settlement():
    # "X urban district:" heading a governor's line says where the village lies, not a strike on X itself
    assert said("Shebekino urban district: in Novaya Tavolzhanka, a drone attacked a private house; the house caught fire.",
                ) == {("claim", "ru", "Novaya Tavolzhanka")}
