"""English phrasing met in real war reporting that the rules used to get wrong.

Each group is one general cause (a speaker the lexicon lacked, a word taken for a village, ...);
the sentences are written for these tests, with their own places and wording.
"""

import pytest

from tui.core.claims.statements import extract_statements


def _triples(sentence: str) -> set[tuple[str, str, str | None]]:
    return {(s.stance, s.side, s.place) for s in extract_statements(sentence)}


@pytest.mark.parametrize(("sentence", "want"), [
    # Wagner's chief spoke for Moscow's side: his capture claims are Russian claims.
    ('"Soledar has been taken in full," Yevgeny Prigozhin said in an audio message.',
     {("claim", "ru", "Soledar")}),
    ("Wagner chief Prigozhin said his fighters had captured Klishchiivka, but Kyiv rejected the claim.",
     {("claim", "ru", "Klishchiivka"), ("denial", "ua", "Klishchiivka")}),
    # Kyiv's deputy defence minister and army spokespeople, in the spellings wire copy uses.
    ("Hanna Maliar said Ukrainian troops had liberated Urozhaine after days of fighting.",
     {("claim", "ua", "Urozhaine")}),
    ("Deputy Defence Minister Ganna Malyar said Kyiv's forces had retaken the village of Staromaiorske.",
     {("claim", "ua", "Staromaiorske")}),
    ("Cherevatyi said the Russian claim to have taken Ivanivske was false.",
     {("claim", "ru", "Ivanivske"), ("denial", "ua", "Ivanivske")}),
    # Russia's state agencies in English speak for Moscow.
    ("Russian troops have liberated the village of Novomykhailivka, Sputnik reported.",
     {("claim", "ru", "Novomykhailivka")}),
])
def test_speakers_named_in_wire_copy(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A newspaper's name and "the National Police" are not villages of that spelling.
    "Ukrainska Pravda reported the news, citing two officers.",
    "The National Police said the investigation was continuing.",
])
def test_outlets_and_services_are_not_places(sentence):
    assert not any(s.place for s in extract_statements(sentence))


def test_a_strike_told_by_the_police_keeps_only_the_city():
    got = _triples("The National Police said a missile strike on Mykolaiv injured four people.")
    assert got == {("claim", "ua", "Mykolaiv")}


@pytest.mark.parametrize("sentence", [
    # Where the front heads next, and what a capture would bring: no event at that place.
    "Losing the ridge brings Moscow's troops closer to Druzhkivka, a Ukrainian officer said.",
    "Russian units are carving a path towards Orikhiv, according to Ukraine's General Staff.",
    "Analysts said Russian troops were approaching the outskirts of Kostiantynivka.",
    # A goal, a future step and a condition are not results.
    "The next target is the village of Shcherbaky, a Ukrainian brigade spokesman said.",
    "Wagner said its fighters would withdraw from Soledar within a week.",
    "Taking Huliaipole would offer Moscow a road north if they could hold it, the think tank said.",
])
def test_headings_goals_and_conditions_claim_nothing(sentence):
    assert not any(s.place for s in extract_statements(sentence))


def test_the_place_taken_stays_when_the_next_one_is_only_nearer():
    got = _triples("Russia's defence ministry said its troops had captured Zarichne, bringing them closer to Lyman.")
    assert got == {("claim", "ru", "Zarichne")}


@pytest.mark.parametrize(("sentence", "want"), [
    # A regional centre's name after movement into it is the region (CLAIMS_GUIDE, Places).
    ("Analysts said Ukrainian units had pushed 15 kilometres deep into Belgorod within two days.", set()),
    ("Kyiv's incursion into Bryansk ended after a day, the governor said.", set()),
    # ... and in a list of regions, and as a stretch of front with a bearing before it.
    ("The Tavria group, which covers southern regions including Zaporizhzhia, said its units had pulled back from Mala Tokmachka.",
     {("confirmation", "ua", "Mala Tokmachka")}),
    ("Moscow said its troops were improving their positions in the north Kharkiv area.", set()),
    # Movement into a town that is no region's name is still the town.
    ("Russia's defence ministry said its troops had pushed into Kurakhove from the east.",
     {("claim", "ru", "Kurakhove")}),
])
def test_regions_named_like_their_centres(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # On Russian soil Kyiv is the one advancing: independent evidence of its gain confirms it ...
    ("Geolocated footage indicates that Ukrainian forces recently advanced near Korenevo, the think tank said.",
     {("confirmation", "other", "Korenevo")}),
    ("Ukrainian forces captured the town of Rylsk during the raid, Reuters reported.",
     {("confirmation", "other", "Rylsk")}),
    # ... Moscow's own voices saying Kyiv's troops hold a Russian town concede it ...
    ("Pro-Russian Telegram channels say Ukrainian units are in control of Shebekino.",
     {("confirmation", "ru", "Shebekino")}),
    # ... and Kyiv saying its troops still hold one claims it.
    ("Ukraine's General Staff said its forces still control Tetkino.",
     {("claim", "ua", "Tetkino")}),
    # In Ukraine the same words keep their meaning: Kyiv's advance is evidence against Moscow's claim.
    ("Geolocated footage indicates that Ukrainian forces recently advanced near Kupiansk, the think tank said.",
     {("denial", "other", "Kupiansk")}),
])
def test_kyivs_gains_on_russian_soil(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A side confirming its own success claims it (CLAIMS_GUIDE: never a confirmation) ...
    ("Hanna Maliar confirmed that Ukrainian forces had liberated Staromaiorske.",
     {("claim", "ua", "Staromaiorske")}),
    ("Russia's defence ministry confirmed that its forces had captured Novoselivka Druha.",
     {("claim", "ru", "Novoselivka Druha")}),
    # ... while the other side's gain, or its own withdrawal, is still a concession.
    ("Ukraine's General Staff confirmed that Russian troops had entered Tonenke.",
     {("confirmation", "ua", "Tonenke")}),
    ("Ukraine's General Staff confirmed that its units had withdrawn from Tonenke.",
     {("confirmation", "ua", "Tonenke")}),
    # The owner of the lines broken through is not the side that gained.
    ("Kyiv said its marines had broken through Russia's defensive lines and retaken Urozhaine.",
     {("claim", "ua", "Urozhaine")}),
])
def test_own_success_is_a_claim(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("text", "want"), [
    # A quotation of two sentences with its speaker after it is one statement of that speaker.
    ('"A guided bomb hit the centre of Zaporizhzhia. Three people were wounded," Ivan Fedorov wrote on Telegram.',
     {("claim", "ua", "Zaporizhzhia")}),
    # ... and with its speaker before it, introduced by a colon.
    ('A Ukrainian army spokesman told AFP: "That is a lie. Our units are fighting in Kurakhove."',
     {("denial", "ua", "Kurakhove")}),
    # Whoever the quotation names, the speaker is the one named after it.
    ('"Nothing has changed in Toretsk. Moscow is lying again, as it always does," Viktor Trehubov said.',
     {("denial", "ua", "Toretsk")}),
])
def test_quotations_keep_their_speaker(text, want):
    assert _triples(text) == want


def test_a_quotation_does_not_swallow_the_next_sentence():
    from tui.core.claims.sentences import split_sentences
    got = split_sentences('He said: "No. Never." Then the shelling of Nikopol resumed. Later it rained.')
    assert got[-2:] == ["Then the shelling of Nikopol resumed.", "Later it rained."]


@pytest.mark.parametrize(("sentence", "want"), [
    # A capture claim and the defender's answer in one sentence are two statements, whatever
    # joins them: "but" with no comma (headlines), "although", and "fighting continues" as the answer.
    ("Moscow claims to have taken Vuhledar but Kyiv says it still holds part of the town",
     {("claim", "ru", "Vuhledar"), ("denial", "ua", "Vuhledar")}),
    ("Russia's defence ministry said its troops had captured Marinka, although Kyiv disputed this, saying it still maintained positions there.",
     {("claim", "ru", "Marinka"), ("denial", "ua", "Marinka")}),
    ("Pushilin said Russian forces had taken full control of Krasnohorivka, but Ukraine's military said fighting continues.",
     {("claim", "ru", "Krasnohorivka"), ("denial", "ua", "Krasnohorivka")}),
])
def test_a_claim_and_its_answer(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Gains told as ground gained or places freed.
    ("Ukraine's General Staff said its units had gained ground near Verbove.",
     {("claim", "ua", "Verbove")}),
    ("Russian troops freed the villages of Zelene Pole and Makarivka, the Russian Defence Ministry said.",
     {("claim", "ru", "Zelene Pole"), ("claim", "ru", "Makarivka")}),
    ("Russian Forces Free Ostrivske – Defence Ministry", {("claim", "ru", "Ostrivske")}),
    # A pull-back to a second or prepared line is a withdrawal; "Kyiv's military" speaks for Kyiv.
    ("Ukrainian units have fallen back to prepared positions near Kurakhove, Kyiv's military said.",
     {("confirmation", "ua", "Kurakhove")}),
    ("Ukrainian troops have left Selydove as Russian units keep pressing, Kyiv's military said on Monday.",
     {("confirmation", "ua", "Selydove")}),
])
def test_gains_and_pullbacks_in_other_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Ukraine freed 95 prisoners of war in the exchange, the ombudsman said.",
    "Moscow hopes to gain ground near Orikhiv before winter, the analysts said.",
])
def test_freed_people_and_hoped_for_ground_are_no_gains(sentence):
    assert not any(s.place for s in extract_statements(sentence))


@pytest.mark.parametrize(("sentence", "want"), [
    # A sentence set in Russia's Kursk or Belgorod region: a village of a far Ukrainian oblast that
    # shares the spelling is not the place; the Russian village is, when its region is named after it.
    ("Russian bloggers said Russian forces regained positions near Borki, south of Korenevo.", {("claim", "ru", "Borki")}),
    ("Gladkov said a drone hit a barn in Dronovka in the Belgorod region.", {("claim", "ru", "Dronovka")}),
    # ... while a village of a bordering Ukrainian oblast, and a city, stay what they are.
    ("Gladkov said shelling from Kharkiv region hit Shebekino; Ukraine's army said it had struck Vovchansk.",
     {("claim", "ru", "Shebekino"), ("claim", "ua", "Vovchansk")}),
    # A bearing in brackets only says where the village before it lies (the Kursk village, not Poltava's Plekhiv).
    ("Some Russian bloggers claimed Russian forces recaptured Plekhovo (southeast of Sudzha).", {("claim", "ru", "Plekhovo")}),
    # A list that moves on from the Russian region ("in Kursk Oblast and near ...") is back in Ukraine.
    ("Russian forces gained ground in Belgorod Oblast and near Siversk, Kostiantynivka, and Hryshyne.",
     {("confirmation", "other", "Siversk"), ("confirmation", "other", "Kostiantynivka"),
      ("confirmation", "other", "Hryshyne")}),
    ("Moscow's units made gains in the Kursk region and near Novopil, the Russian Defence Ministry said.",
     {("claim", "ru", "Novopil")}),
])
def test_far_namesakes_of_russian_villages(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A road named after the towns it joins is no event at those towns.
    ("A Russian milblogger claimed Russian forces advanced along the Pokrovsk-Dobropillia highway.", set()),
    ("Ukrainian troops advanced north of Plekhovo along the Sudzha-Lgov road, the analysts said.",
     {("confirmation", "other", "Plekhovo")}),
    ("Russian forces struck the Kupiansk-Vuzlovyi railway station, Syniehubov said.",
     {("claim", "ua", "Kupiansk-Vuzlovyi")}),
])
def test_roads_named_after_towns(sentence, want):
    assert _triples(sentence) == want


def test_russian_in_a_russian_village_name_is_no_village():
    # "Russkaya" is the adjective "Russian", not the old name of a village in Mykolaiv oblast.
    places = {s.place for s in extract_statements(
        "Geolocated footage shows Ukrainian forces advanced into northern Russkaya Loknya, the think tank said.")}
    assert "Lymany" not in places


@pytest.mark.parametrize(("sentence", "want"), [
    # How long a town has held out is background, not an event of the day.
    ("Now largely ruined, Vovchansk has withstood a Russian assault since last May.", set()),
    # A unit's area of responsibility names where it serves.
    ("Trehubov, whose area of responsibility includes Kupiansk and Kupiansk-Vuzlovyi, said Russian claims of an encirclement were false.",
     set()),
    # "Kyiv's strongholds" is Kyiv as a side; "Kyiv's Obolon district" is the city.
    ("Gerasimov told Putin Ukrainian units were \u201cencircled\u201d near Siversk, one of Kyiv\u2019s last strongholds in the area.",
     {("claim", "ru", "Siversk")}),
    ("Russian missiles struck Kyiv's Obolon district overnight, Klitschko said.", {("claim", "ua", "Kyiv")}),
])
def test_background_service_areas_and_sides(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Headline present tense: a plural subject "rejects" without the s.
    ("Ukraine's armed forces reject Moscow's statements on Siversk",
     {("denial", "ua", "Siversk"), ("claim", "ru", "Siversk")}),
    # "Geolocation footage" is the same independent evidence as "geolocated footage".
    ("Geolocation footage published on May 3 shows Russian forces advanced in northern Kurakhove.",
     {("confirmation", "other", "Kurakhove")}),
])
def test_reject_and_geolocation_footage(sentence, want):
    assert _triples(sentence) == want


def test_a_refusal_to_come_is_no_denial():
    assert not any(s.place for s in extract_statements("Kyiv will reject any deal that cedes Kramatorsk."))


@pytest.mark.parametrize(("sentence", "want"), [
    # Advancing on, around or toward towns is movement; no place is said to be taken.
    ("Moscow said its troops continued to advance in heavy fighting around Kostiantynivka and Siversk.", set()),
    ("Russian forces are continuing their advance toward Zaporizhzhia, the ministry said.", set()),
    # A village taken in the same breath is still claimed.
    ("Russia's defence ministry said its troops continued to advance toward Lyman and had captured Torske.",
     {("claim", "ru", "Torske")}),
])
def test_continuing_advances(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Gains in other words: steady progress near a town, the fringes of a town breached.
    ("Pushilin said Russian units were making steady progress near Siversk.", {("claim", "ru", "Siversk")}),
    ("Russian troops have breached the northern outskirts of Kurakhove, the Russian Defence Ministry said.",
     {("claim", "ru", "Kurakhove")}),
    # An attack withstood is an attack repelled; a part still held by Kyiv's forces denies the capture.
    ("Syrskyi said his troops had withstood a heavy Russian assault near Yunakivka.", {("claim", "ua", "Yunakivka")}),
    ('"Most of Stepnohirsk continues to be held by Ukrainian units," the Southern Defence Forces said.',
     {("denial", "ua", "Stepnohirsk")}),
    # Losses inflicted: "eliminated up to N troops near X".
    ("Konashenkov said Russian forces had eliminated up to 120 Ukrainian troops near Lyman.",
     {("claim", "ru", "Lyman")}),
])
def test_more_gains_holds_and_losses(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Heading somewhere is not getting there.
    "The ministry's adviser said Russian units were advancing on Kramatorsk from two directions.",
    "Ukraine's General Staff said Russian troops had made no progress near Pokrovsk.",
])
def test_heading_and_no_progress(sentence):
    assert not any(s.place and s.stance == "claim" and s.side == "ru" for s in extract_statements(sentence))


def test_a_surname_spelt_like_a_village_is_a_person():
    got = _triples("Russian troops have liberated Dubove near Kupiansk, Vitaly Kiselev, an aide to the LPR interior minister, told TASS.")
    assert got == {("claim", "ru", "Dubove")}


@pytest.mark.parametrize(("sentence", "want"), [
    # A party saying the other side holds (part of) a place concedes it ...
    ("Ukraine's General Staff said part of Stepnohirsk is under the control of Russian forces.",
     {("confirmation", "ua", "Stepnohirsk")}),
    ("Russia's defence ministry said the northern part of Tetkino was under Ukrainian control.",
     {("confirmation", "ru", "Tetkino")}),
    # ... its own side holding it is its claim or its denial, as before.
    ("Russia's defence ministry said Torske is under Russian control.", {("claim", "ru", "Torske")}),
    ("Ukraine's General Staff said Lyman remained under Ukrainian control.", {("denial", "ua", "Lyman")}),
])
def test_who_holds_it_told_by_either_side(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Where an advance or an attack sets out from is not where anything happened ...
    ("Pushilin said Russian units attacking from Bakhmut had captured Ivanivske.", {("claim", "ru", "Ivanivske")}),
    ("Russia's defence ministry said its troops were advancing on Kramatorsk from two directions, from Sloviansk and Druzhkivka.",
     set()),
    # ... but a place the enemy was pushed back from is.
    ("Russia's defence ministry said Russian troops had pushed Ukrainian units back from Torske.",
     {("claim", "ru", "Torske")}),
])
def test_where_an_advance_sets_out_from(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "neither X nor Y is encircled" denies both; "countering Russian claims that X fell" names the claim.
    ("Kyiv's military said neither Kostiantynivka nor Druzhkivka was surrounded.",
     {("denial", "ua", "Kostiantynivka"), ("denial", "ua", "Druzhkivka")}),
    # A side confirming "the liberation" of villages claims them.
    ("The 3rd Assault Brigade confirmed the liberation of the village of Kindrashivka.",
     {("claim", "ua", "Kindrashivka")}),
    # Captions, how long a town has held out, and villages only placed by a town name nothing.
    ("In an aerial view, smoke rises over Kostiantynivka after shelling on May 4, 2025.", set()),
    ("Ukrainian units have been holding off Russian assaults on Chasiv Yar for the past year.", set()),
    ("DeepState shows two villages to the north and west of Lyman under Ukraine's control.", set()),
])
def test_neither_nor_liberation_captions(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "are said to" is the reporter's hedge, like "reportedly"; nobody is named as claiming it.
    ("Russian troops are said to have entered Bohoiavlenka.", {("hedge", "other", "Bohoiavlenka")}),
    # Kyiv's armed forces saying they control most of a contested town deny its capture.
    ("Ukraine's armed forces currently control about 60% of Kupiansk, a military spokesman said.",
     {("denial", "ua", "Kupiansk")}),
])
def test_said_to_and_armed_forces_holding(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A phrase between commas after the subject does not make the rest of the sentence a second voice.
    ("Kyiv's defence ministry, in a statement on Friday, also dismissed Moscow's claimed capture of Yampil and Siversk.",
     {("claim", "ru", "Yampil"), ("claim", "ru", "Siversk"), ("denial", "ua", "Yampil"), ("denial", "ua", "Siversk")}),
    # "has yet to comment on the Russian claim": the claim is Moscow's, the silent side claims nothing.
    ("Kyiv has yet to respond to the Russian claim that Torske had fallen.", {("claim", "ru", "Torske")}),
    # "not correct to talk about seizing X" is a denial.
    ('"It is not correct to speak of the fall of Kurakhove," a Ukrainian army spokesman said.',
     {("denial", "ua", "Kurakhove")}),
])
def test_nested_denials_keep_their_sides(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Forecasts and modal talk: nothing has happened yet.
    "Moscow looks set to take the villages of Bohoiavlenka and Yampil after a hasty Ukrainian pullback.",
    "Observers said the Kremlin may be trying to draw Kyiv's reserves away from Toretsk, where its troops have been pressing.",
    "The regional head warned that defenders might have to leave Kurakhove, fearing a siege like the one of Bakhmut.",
    # An assault that has only begun, geography, and a tally for both sides.
    "Russian units began storming the village of Torske from the east last week, the brigade's spokesman said.",
    "Yampil is located some 20 kilometres north of Siversk and Lyman, which remain under Ukrainian control.",
    "The fighting near the town of Sudzha has caused heavy casualties on both sides.",
])
def test_forecasts_geography_and_tallies_claim_nothing(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Villages the troops are moving "in the direction of" after a liberation are where they head.
    ("Syrskyi said his troops had retaken Andriivka and were pushing on to the south in the direction of "
     "Kurdiumivka, Zaitseve, Odradivka and Ozarianivka.", {("claim", "ua", "Andriivka")}),
    # "south of the besieged town of X" only says where the village lies.
    ("Moscow's ministry reported the capture of Novohrodivka, east of the besieged town of Myrnohrad.",
     {("claim", "ru", "Novohrodivka")}),
])
def test_where_troops_head_and_locating_towns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "it has been reported that" is the reporter's hedge, with nobody named as claiming it.
    ("It has been reported that Ukrainian troops entered Tetkino through a drainage tunnel.",
     {("hedge", "other", "Tetkino")}),
])
def test_reported_that_is_a_hedge(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Ukrainian official saying Russian troops reached a town concedes it.
    ("Russian units have reached the outskirts of Kurakhove, a regional Ukrainian official said on Monday.",
     {("confirmation", "ua", "Kurakhove")}),
    # "a hub in Donetsk" is the region the town lies in, not Donetsk city.
    ("Moscow said it had taken Myrnohrad, a mining hub in Donetsk.", {("claim", "ru", "Myrnohrad")}),
])
def test_ukrainian_official_and_hub_in_region(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # ", and <party> claimed that ...": a second speaker joins the sentence with a claim of its own.
    ("Satellite images show Russian armour parked inside Bohoiavlenka, and Russian war bloggers claimed on Sunday "
     "that the village had been taken.",
     {("confirmation", "other", "Bohoiavlenka"), ("claim", "ru", "Bohoiavlenka")}),
    ("A Ukrainian platoon commander said his unit had pulled out of Torske, and Russian milbloggers claimed that "
     "the last defenders had fled Torske.",
     {("confirmation", "ua", "Torske"), ("claim", "ru", "Torske")}),
])
def test_second_speaker_joined_by_and(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A quoted adverb does not hide that a defender says it holds the town.
    ('Ukraine\'s army said Lyman remained "completely" under its control.', {("denial", "ua", "Lyman")}),
    # A town that only dates another event ("during the retreat from X") is not where a claim is.
    ("A Kyiv spokesman denied reports that hundreds of soldiers were taken prisoner during the withdrawal from Marinka.",
     set()),
])
def test_quoted_adverb_and_during_the_retreat(sentence, want):
    assert _triples(sentence) == want


def test_svitlodarsk_prints_in_its_ukrainian_spelling():
    # Wire copy uses either spelling; the tracker keys the town by the Ukrainian one.
    assert _triples("Moscow said its troops had taken Svetlodarsk.") == {("claim", "ru", "Svitlodarsk")}
    assert _triples("Moscow said its troops had taken Svitlodarsk.") == {("claim", "ru", "Svitlodarsk")}


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian village the gazetteer lacks, whose two words each spell some Ukrainian village: no place
    # (the strike is still told, at no settlement the tracker knows).
    ("Gladkov said a drone set fire to a barn in the village of Novaya Ivanivka overnight.", {("claim", "ru", None)}),
    # A possessive before a district is the city and its part, not one unknown name.
    ("Debris damaged a school in Kyiv's Darnytskyi district, Tymur Tkachenko said.", {("claim", "ua", "Kyiv")}),
])
def test_two_names_with_only_a_space_between(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "..., but denied X's reports that ...": a tail without its own subject is the head speaker's denial,
    # and the reports it names are the other side's claim (the head counts only with an event of its own).
    ("The Ukrainian navy spokesman praised the marines near Kherson, but denied Russian claims that Moscow's marines "
     "had entered Hola Prystan.", {("denial", "ua", "Hola Prystan"), ("claim", "ru", "Hola Prystan")}),
    ("Ukraine's army said its troops repelled an assault on Lyman, but rejected Moscow's claim that Torske had fallen.",
     {("claim", "ua", "Lyman"), ("denial", "ua", "Torske"), ("claim", "ru", "Torske")}),
    # "insists" and "contends" report speech like "says".
    ("Moscow said last week it had taken Kurakhove, but Kyiv insists its brigades are still fighting there.",
     {("claim", "ru", "Kurakhove"), ("denial", "ua", "Kurakhove")}),
])
def test_subjectless_denial_after_but(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Ukrainian town's civil-military administration speaks for Kyiv: its account of Russian gains concedes.
    ("Russian troops have occupied a third of Siversk, the head of the town's civil-military administration told "
     "reporters.", {("confirmation", "ua", "Siversk")}),
    # "is now largely occupied by": adverbs between the verb and its agent.
    ("OSINT analysts' maps show that Kurakhove is now largely occupied by Russian units.",
     {("confirmation", "other", "Kurakhove")}),
    # Kyiv's spokespeople deny with "cannot say that X is occupied" and "no threat of encirclement".
    ('"We cannot say that Vovchansk has fallen," a Ukrainian army spokesman told reporters.',
     {("denial", "ua", "Vovchansk")}),
    ("There is no threat of encirclement for our units near Chasiv Yar, a Ukrainian brigade commander said.",
     {("denial", "ua", "Chasiv Yar")}),
])
def test_more_ukrainian_voices_and_denials(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Russian media and Kremlin-friendly bloggers speak for Moscow's side; an unfurled flag is a capture claim.
    ("Russian media reported on Monday that paratroopers had taken Bohoiavlenka.",
     {("claim", "ru", "Bohoiavlenka")}),
    ("Moscow-aligned war bloggers said paratroopers were unfurling a flag in Pishchane.",
     {("claim", "ru", "Pishchane")}),
    # how long the other side held a town before it changed hands is not a concession.
    ("After five months under Ukrainian control, Korenevo is back in Russian hands, Russia's Defence Ministry said.",
     {("claim", "ru", "Korenevo")}),
])
def test_russian_voices_and_an_ended_hold(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Attempts, approaches and conditionals name no result.
    ("Russian infantry try to advance near Kurylivka again, Ukrainian spokesman says", set()),
    ("A Russian general said his troops had entered Novopavlivka and were close to capturing Dachne.",
     {("claim", "ru", "Novopavlivka")}),
    ("Kyiv's artillery keeps hitting units that are trying to gain a foothold in Toretsk, the brigade said.", set()),
    ("Officers fear Druzhkivka is next if Kostiantynivka falls and Russian troops capture the heights around it.", set()),
    # "might have reached": the analyst hedges; streets are not settlements.
    ("Russian troops might have reached Sadova and Vokzalna streets, the think tank said, citing a Ukrainian observer.",
     set()),
    ("Russian forces may have captured Nelipivka, the think tank said.", {("hedge", "other", "Nelipivka")}),
    # An attempt ended by a repulse is one voice: Kyiv's claim of the repelled attack.
    ("Russian troops tried to storm Kupiansk-Vuzlovyi but were repelled, Kyiv says",
     {("claim", "ua", "Kupiansk-Vuzlovyi")}),
])
def test_attempts_and_modal_talk(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A relative clause naming the other side as claimant is its claim, the main clause the speaker's own stand;
    # Task Force East is a Ukrainian command.
    ("Task Force East said its units were holding the western districts of Kostiantynivka, which Russian generals "
     "said had fallen last week.", {("denial", "ua", "Kostiantynivka"), ("claim", "ru", "Kostiantynivka")}),
    ("Kyiv's military said its troops still hold Lyman, a rail town which Moscow claims it captured on Monday.",
     {("denial", "ua", "Lyman"), ("claim", "ru", "Lyman")}),
    # Ground fighting "in Kursk" or "in Belgorod" is the border region's, not the regional centre's;
    # the city named as a city, or a strike on it, stays.
    ("Kyiv's commander said there was no encirclement of his troops in Kursk.", set()),
    ("Russian units said they were pushing Ukrainian troops out of Belgorod.", set()),
    ("A drone struck a warehouse in Belgorod overnight, the governor said.", {("claim", "ru", "Belgorod")}),
])
def test_relative_claims_and_border_regions(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Our troops are in X" from Kyiv's spokesman, with fighting going on: a denial, not a hedge.
    ('"Our soldiers remain in Toretsk," a Ukrainian army spokesman said, adding that street battles continue.',
     {("denial", "ua", "Toretsk")}),
    # "likely captured", with geolocated footage of flags in the town: the footage confirms.
    ("Geolocated footage shows soldiers raising flags in Selydove, which Russian forces have likely seized, ISW said.",
     {("confirmation", "other", "Selydove")}),
    ("ISW said Russian forces likely seized Selydove.", {("confirmation", "other", "Selydove")}),
    ("ISW said Russian forces likely seized Selydove but has not observed footage confirming it.",
     {("hedge", "other", "Selydove")}),
    # ", hours after Kyiv's army said it had pulled out": the other side's concession of the same town.
    ("Moscow claimed Avdiivka on Saturday, hours after Ukraine's army said it had pulled out of the town.",
     {("claim", "ru", "Avdiivka"), ("confirmation", "ua", "Avdiivka")}),
])
def test_defender_inside_footage_and_earlier_pullout(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Photo captions tell a scene in the present tense: no one's claim.
    ("Two rescuers carry a stretcher past a school hit by a missile in Kramatorsk.", set()),
    # Fighting on a town's outskirts is fighting, not a result.
    ("Russian units attacking in the north were locked in fighting on the outskirts of Lyptsi, a Ukrainian officer said.",
     set()),
    # A ship's name spelt like a town, and Kyiv as the side a war is fought against, are not places of an event.
    ("A Ukrainian drone struck the tug 'Saky' in the Black Sea, the navy said.", set()),
    # (the sinking itself is the navy's claim with no settlement named)
    ("Ukraine's navy said it sank a Russian patrol boat that had carried drones for the war against Kiev.", {("claim", "ua", None)}),
    # What a capture "would be" is a forecast.
    ("For Kyiv the loss of Huliaipole would be a painful blow, officers admit.", set()),
])
def test_captions_outskirts_ships_and_forecasts(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's own word that the enemy broke through or that "we lost the village": a concession (hedged when unverified).
    ("Ukraine's 47th Brigade said Russian units broke through near Pokrovsk overnight.", {("confirmation", "ua", "Pokrovsk")}),
    ('"We have lost the village of Krasnohorivka, though this is not yet verified," a Ukrainian spokesman said.',
     {("hedge", "other", "Krasnohorivka"), ("confirmation", "ua", "Krasnohorivka")}),
    # ", which Kyiv disputes": the other side's denial; Zelensky's office speaks for Kyiv.
    ("Russian commanders say their troops have entered Kupiansk, which Kyiv disputes.",
     {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
    ("Andriy Yermak posted a video of soldiers raising the flag in Kupiansk.", {("claim", "ua", "Kupiansk")}),
    ("Moscow's generals boasted of dominance over Toretsk after a week of street fighting.", {("claim", "ru", "Toretsk")}),
])
def test_concessions_disputes_and_presidential_office(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "as Russian troops advanced" says when, not what happened at the town named.
    ("Buses took the last residents out of Myrnohrad on Monday as Russian forces advanced.", set()),
    # The official's own town is the place of the strike they report, unless another place is named.
    ("Two people died when Russian shells hit a market, the mayor of the frontline city of Nikopol said.",
     {("claim", "ua", "Nikopol")}),
    ("The mayor of Kupiansk said Russian shelling damaged a school in Kivsharivka.", {("claim", "ua", "Kivsharivka")}),
])
def test_time_clauses_and_officials_towns(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "Ukraine's army chief said": a title between the party and its verb keeps the party the speaker.
    ("A Kremlin statement followed within hours as Ukraine's army chief said he was pulling troops out of Selydove.",
     {("confirmation", "ua", "Selydove")}),
    # a ministry reporting Ukrainian aircraft destroyed is Moscow's.
    ("Drones set a depot in Berdiansk on fire, and Ukrainian aircraft were destroyed in the raid, the ministry reported.",
     {("claim", "ru", "Berdiansk")}),
])
def test_titles_before_the_verb_and_the_ministry_side(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "the assigned objectives" is no goal; the clearing is the claim.
    ("A Russian commander told TASS his units were clearing Huliaipole of Ukrainian troops, fulfilling the assigned "
     "objectives.", {("claim", "ru", "Huliaipole")}),
    # "north of the city of X" only says where; "X Governor" names the speaker's region.
    ("A glide bomb hit a warehouse in Chuhuiv, some 40 kilometers (25 miles) southeast of the city of Kharkiv, Kharkiv "
     "Governor Oleh Syniehubov said.",
     {("claim", "ua", "Chuhuiv")}),
    # A hedge about who may still be trapped does not hedge the strike.
    ("Rescuers say several residents are probably still trapped after the Russian strike on Druzhkivka, the regional "
     "head said.",
     {("claim", "ua", "Druzhkivka")}),
    # "..., which Moscow claimed to have taken": the relative clause is Moscow's claim.
    ("Ukrainian troops cleared the northern half of Kupiansk, which Moscow claimed to have captured, a Ukrainian "
     "commander said.",
     {("claim", "ua", "Kupiansk"), ("claim", "ru", "Kupiansk")}),
    # A dated comparison ("since the capture of X in May") is history; the news beside it stands.
    ("Moscow said it had taken Chasiv Yar, its biggest gain since the capture of Avdiivka in February.",
     {("claim", "ru", "Chasiv Yar")}),
])
def test_objectives_bearings_hedge_scope_and_dated_asides(sentence, want):
    assert _triples(sentence) == want


def test_a_would_be_aside_keeps_the_claim_it_follows():
    # Only a capture that is the subject of "would be" is a forecast; an aside after the claim is not.
    assert _triples("Moscow said on Tuesday its troops had seized Siversk — a step that would mark a big gain if "
                    "confirmed.") == {("claim", "ru", "Siversk")}


@pytest.mark.parametrize(("sentence", "want"), [
    # A distance in miles after the kilometres, and "the <adjective> hub/town of X": the bearing only locates.
    ("Moscow said its forces took Novoselivka, which sits some 12 kilometers (seven miles) away from the embattled "
     "logistics hub of Kostiantynivka.", {("claim", "ru", "Novoselivka")}),
    ("Russian troops took Kurylivka, about 8 kilometers (5 miles) south of the front-line town of Kupiansk, the Russian "
     "Defence Ministry said on its Telegram channel.",
     {("claim", "ru", "Kurylivka")}),
])
def test_longer_bearings_only_locate(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # How often, or a tally over several days, is no strike reported now.
    ("Russian guns have repeatedly shelled Kramatorsk since the summer, the mayor said.", set()),
    ("Russian drones have killed eleven people in Kherson in the past two weeks, the regional police said.", set()),
    ("Russia launched five strikes on Nikopol in the past 24 hours, the governor said.", {("claim", "ua", "Nikopol")}),
    # A ministry that says "troops had captured" villages, with nothing else to tell whose, is Moscow's.
    ("The ministry said units had seized Nelipivka and Ozarianivka in two days of fighting.",
     {("claim", "ru", "Nelipivka"), ("claim", "ru", "Ozarianivka")}),
])
def test_repeated_strikes_tallies_and_the_capturing_ministry(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An attempt that "was unsuccessful" is a repelled attack: the defender's claim.
    ("An assault on Stepnohirsk was unsuccessful, Kyiv's southern command said.",
     {("claim", "ua", "Stepnohirsk")}),
    # "the regions of A, B and C" and "villages in X" name regions, not their centres.
    ("Air raid alerts sounded across the regions of Kharkiv, Sumy and Poltava after the launches, the air force said.", set()),
    ("Nine villages in Kharkiv are now under Russian control, Moscow says.", set()),
    # "X, near the strategic hub of Y": Y only says where X is.
    ("Moscow's ministry reported the capture of Yampil, near the embattled rail hub of Lyman, on Tuesday.",
     {("claim", "ru", "Yampil")}),
])
def test_unsuccessful_attempts_region_lists_and_nearby_hubs(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "X, the regional head said": after a verb the name is the village taken, not a surname with a title.
    ("Russian troops captured Yunakivka, the regional head said.", {("confirmation", "ua", "Yunakivka")}),
    ("Kiselev told TASS that Russian troops took Terny.", {("claim", "ru", "Terny")}),
    # "the Sumy governor" speaks for Kyiv: his word that Russian troops took villages concedes them.
    ("The Sumy governor said Russian troops had captured Novenke and Basivka.",
     {("confirmation", "ua", "Novenke"), ("confirmation", "ua", "Basivka")}),
])
def test_villages_before_a_title_and_named_governors(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Silences and goals: "stopped short of saying", "did not mention control of", "a campaign to gain control of".
    ('A Kremlin aide spoke of "good progress" near Lyman but stopped short of saying the town had been taken.', set()),
    ("Zelensky did not mention control of Toretsk in his nightly video.", set()),
    ("Kostiantynivka matters to Moscow's campaign to gain control of Sloviansk and Kramatorsk.", set()),
    # "villages towards X": a direction of movement, X is not taken.
    ("Kyiv's forces were retaking villages towards Kherson after the Russian pullback from the region.", set()),
    # An order to leave a town is the orderer's concession; the Ukrainian government speaks for Kyiv.
    ("Moscow's defence minister ordered his troops to leave the city of Kherson.", {("confirmation", "ru", "Kherson")}),
    ("The Ukrainian government denied that Russian units had taken Kupiansk.", {("denial", "ua", "Kupiansk")}),
])
def test_silences_directions_ordered_pullouts_and_slogans(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Defenders' denials with an adverb or a passive: "do not fully control", "is not occupied", "not being fully occupied".
    ('"Vuhledar is not occupied by the enemy," the brigade commander said on Ukrainian television.',
     {("denial", "ua", "Vuhledar")}),
    ("Moscow's paratroopers said they had taken Chasiv Yar, but Kyiv's army chief said the town was not being fully "
     "occupied.", {("claim", "ru", "Chasiv Yar"), ("denial", "ua", "Chasiv Yar")}),
    # "Kyiv is refusing to concede defeat in X": the party that opens the sentence denies.
    ("Kyiv is refusing to concede defeat in Toretsk after weeks of street fighting.", {("denial", "ua", "Toretsk")}),
    # "despite what Moscow says": the earlier claim, not an answer to the denial; "his soldiers are still in X"
    # is a defender's stand.
    ("Zelensky said his soldiers are still in Vovchansk, despite what Moscow says.",
     {("denial", "ua", "Vovchansk"), ("claim", "ru", "Vovchansk")}),
    # Moscow's "regrouping" away from towns is its withdrawal from them.
    ("The Russian ministry said its units were being regrouped from the Kupiansk and Balakliia areas.",
     {("confirmation", "ru", "Kupiansk"), ("confirmation", "ru", "Balakliia")}),
    # a trailing "all of which ..." clause is background; the news before it stands.
    ("Kyiv says its troops retook Vysokopillia and Arkhanhelske, all of which Moscow had held since last spring.",
     {("claim", "ua", "Vysokopillia"), ("claim", "ua", "Arkhanhelske")}),
])
def test_defender_denials_regrouping_and_background_relatives(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A defender's pull-back told as a move to new ground is its concession of the places it names.
    ("General Tarnavskyi said his brigades had taken up new positions east of Kalynivka and Zalizne.",
     {("confirmation", "ua", "Kalynivka"), ("confirmation", "ua", "Zalizne")}),
    ("Units holding Toretsk were told to fall back to new lines, the Ukrainian commander said.",
     {("confirmation", "ua", "Toretsk")}),
    ("Kyiv's army chief said Ukrainian troops had moved to the outskirts of Vuhledar after heavy losses.",
     {("confirmation", "ua", "Vuhledar")}),
    ("According to the Ukrainian commander, his units relinquished control of Umanske to save lives.",
     {("confirmation", "ua", "Umanske")}),
    # The attacker reaching a town's outskirts is no concession by anybody.
    ("Russian troops moved to the outskirts of Siversk, a Ukrainian spokesman said.", set()),
])
def test_pullbacks_told_as_a_move(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Where troops head, how far away they still are, and where an attack was aimed: nothing reached.
    "The mayor said Russian columns are now advancing to Druzhkivka from the south.",
    "Kyiv's forces beat back two assaults and are still about 6 kilometres from Svatove.",
    "Moscow said Ukrainian units were concentrating their assaults on the villages of Tetkino and Glushkovo.",
    # What a capture would bring is a forecast.
    "The fall of Kurakhove, on the reservoir, would expose the road to Dnipro, a brigade officer said.",
    # A place described by who holds it, or by an earlier capture told in months, is background.
    "Evacuees were driven to a school in Russian-held Nova Kakhovka and to an area controlled by Moscow near Oleshky.",
    "Lyman, which was occupied by Russia eight months ago and has stayed in its hands since, was quiet on Monday.",
    # A city said to border a country is its region.
    "Air defences destroyed 12 drones over Kursk, which borders Ukraine's Sumy region, the governor said.",
])
def test_headings_distances_forecasts_and_descriptions_claim_nothing(sentence):
    assert not any(s.place for s in extract_statements(sentence))


def test_taking_several_villages_named_in_a_list_is_a_capture_of_each():
    got = _triples("The ministry said its units had taken the villages of Ivanivka and Hryhorivka in the Kharkiv region.")
    assert got == {("claim", "ru", "Ivanivka"), ("claim", "ru", "Hryhorivka")}


@pytest.mark.parametrize(("sentence", "want"), [
    # "X denied the propagandists' reports of ...": the plural possessive names the claimant, who is not the speaker.
    ("Dmytro Lykhovii, a spokesman for the Tavria group, dismissed Russian propagandists’ reports of the seizure of Robotyne.",
     {("claim", "ru", "Robotyne"), ("denial", "ua", "Robotyne")}),
    # An unqualified defence ministry speaking of "Russian control", Moscow's groupings or Moscow's spellings is Moscow's.
    ("According to the Defence Ministry, the villages of Pervomayskoye and Vodyanoye came under Russian control.",
     {("claim", "ru", "Pervomaiske"), ("claim", "ru", "Vodiane")}),
    ("The Defence Ministry said its Vostok forces had taken Velyka Novosilka after weeks of fighting.",
     {("claim", "ru", "Velyka Novosilka")}),
    # The head of a local community speaks for the side that holds the place.
    ("Oleksandr Kovalchuk, the head of the local community, denied that Russian troops had entered Bilopillia.",
     {("denial", "ua", "Bilopillia")}),
])
def test_sides_of_claimants_ministries_and_local_heads(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Towns named only to say where the captured places lie are no places of the claim.
    ("Moscow said its troops had taken the villages of Mala Tokmachka and Levadne in the Zaporizhzhia region near Orikhiv "
     "and the town of Huliaipole.", {("claim", "ru", "Mala Tokmachka"), ("claim", "ru", "Levadne")}),
    ("Russian units have liberated the village of Ivanivske, located close to the embattled town of Bakhmut, TASS said.",
     {("claim", "ru", "Ivanivske")}),
    ("Kyiv's commander said the Russians took Zolote, a village north-east of Hirske, near the Lysychansk- Popasna road.",
     {("confirmation", "ua", "Zolote")}),
    # A region named by its centre with a compass word, or as an adjective before "town of", is the region.
    ("Russian troops enter Svatove in northern Luhansk, a Ukrainian official says.", {("confirmation", "ua", "Svatove")}),
    ("A missile hit a school in the Donetsk town of Kostiantynivka, the regional governor said.",
     {("claim", "ua", "Kostiantynivka")}),
    # An unnamed town placed by a named city.
    ("Kyiv denies Russian capture of a key town near Zaporizhzhia", set()),
    # "advanced near X" stays an advance at X.
    ("Russian forces captured Bohoiavlenka and advanced near Kurakhove, the ministry said.",
     {("claim", "ru", "Bohoiavlenka"), ("claim", "ru", "Kurakhove")}),
])
def test_places_that_only_locate_other_places(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's officials in English name the attacker as occupiers; "occupying army" is who, not a capture.
    ("The occupying army struck Marhanets before dawn.", {("claim", "ua", "Marhanets")}),
    ("At night the occupants attacked Zelenodolsk, Dnipropetrovsk region.", {("claim", "ua", "Zelenodolsk")}),
    ("The Russian army is attacking Sumy with guided bombs, the regional administration said.", {("claim", "ua", "Sumy")}),
    # The harm told by its traces: drones seen falling, victims counted, rubble cleared.
    ("Hostile drones were recorded falling in Pavlohrad.", {("claim", "ua", "Pavlohrad")}),
    ("Two victims are known in Kupiansk as a result of the enemy attack.", {("claim", "ua", "Kupiansk")}),
    ("Emergency workers pulled bodies from the rubble after a Russian strike on a dormitory in Izium, rescuers said.",
     {("claim", "ua", "Izium")}),
    # Debris that keeps falling somewhere is a habit, not one strike; an occupation is still a capture word.
    ("Moldova has complained about drone debris falling on its territory near Reni.", set()),
    ("Russian troops are occupying Kupiansk, Kyiv said.", {("confirmation", "ua", "Kupiansk")}),
])
def test_strikes_in_officials_english(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's proxies speak for Moscow; their "republic" is no city of that name.
    ("Andrei Marochko said the village of Bilohorivka had come under the control of the Luhansk People's Republic.",
     {("claim", "ru", "Bilohorivka")}),
    ("Vitaly Ganchev, the head of the military-civilian administration, said Kyiv's troops had tried to take Kupiansk "
     "but were repulsed.", {("claim", "ru", "Kupiansk")}),
    # An attempt that was beaten back, in the reporter's distancing words, is the defender's repulse.
    ("Gadchev said Ukrainian units tried to encircle Izium, but claimed to have been repulsed.", {("claim", "ru", "Izium")}),
    # Wire spellings of towns the gazetteer knows under another.
    ("Ukrainian troops recaptured Balaklia, Kyiv said.", {("claim", "ua", "Balakliia")}),
])
def test_proxies_repulses_and_wire_spellings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A reporter unable to geolocate a party's footage hedges it; the party named as saying it claims it.
    ("Russian paratroopers said they had raised their flag in Kurakhove, in a video the agency could not geolocate.",
     {("claim", "ru", "Kurakhove"), ("hedge", "other", "Kurakhove")}),
    # A flag installed or a city cut off is a control event; "(Ukrainian) control" in brackets is still control.
    ("Ukrainian soldiers said the national flag was installed over the council building in Kupiansk.",
     {("claim", "ua", "Kupiansk")}),
    ("Russian forces have cut off the besieged port city of Mariupol, the British defence ministry said.",
     {("confirmation", "other", "Mariupol")}),
    ('"Izium, Kharkiv Oblast, is under (Ukrainian) control," soldiers said in a video posted by President Zelensky.',
     {("claim", "ua", "Izium")}),
    # Where the wounded or the evacuated were taken is not where anything happened.
    ("Four wounded were taken to hospital in Kramatorsk after a strike on Sloviansk, the governor said.",
     {("claim", "ua", "Sloviansk")}),
    ("The garrison's wounded were bused to the town of Olenivka in Russian-controlled Donetsk region, officials said.", set()),
])
def test_hedged_footage_flags_and_destinations(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "claims in Russian media about X" names the claimant the speaker answers.
    ("Dmytro Zaporozhets, a Ukrainian brigade spokesman, refuted claims in Russian media about the fall of Toretsk.",
     {("claim", "ru", "Toretsk"), ("denial", "ua", "Toretsk")}),
    # One Russian channel is a milblogger too; soldiers "leaving" a town is its pull-out, civilians leaving is not.
    ("A Russian military channel claimed that Ukrainian troops were leaving Siversk in small groups.",
     {("claim", "ru", "Siversk")}),
    ("Civilians were leaving Kramatorsk by the evening train.", set()),
    # A pull-out announced for later has not happened yet.
    ("Ukrainian units will pull out of Kurakhove in the coming days, the brigade said.", set()),
    # A side confirming its own capture announces it; confirming the other side's capture concedes it.
    ("Moscow confirms capturing Ukraine's eastern town of Toretsk", {("claim", "ru", "Toretsk")}),
    ("Kyiv confirmed that Russian forces captured Toretsk.", {("confirmation", "ua", "Toretsk")}),
])
def test_claimants_in_media_future_pullouts_and_own_confirmations(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Where troops head next is not taken; the town of the official who speaks is not where the strike was.
    ("Ukrainian troops recaptured Kupiansk-Vuzlovyi and are now heading for the city of Svatove.",
     {("claim", "ua", "Kupiansk-Vuzlovyi")}),
    ("Russia's governor in Belgorod said a Ukrainian drone hit a van near the town of Shebekino.",
     {("claim", "ru", "Shebekino")}),
    # "the nearby village of X" is a named village like any other.
    ("Russian troops are pushing toward Huliaipole after taking the nearby village of Dobropillia, a Ukrainian officer said.",
     {("confirmation", "ua", "Dobropillia")}),
])
def test_heading_for_officials_in_a_town_and_nearby_villages(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Mapping groups are independent voices.
    ("Russian forces have made gains near Kreminna, according to the Black Bird Group.",
     {("confirmation", "other", "Kreminna")}),
    # What troops "would soon take" is a forecast; pushing the enemy back from a town is a repulse there.
    ("A former general said on television that Russian troops would soon take Zaporizhzhia.", set()),
    ("Ukrainian units push Russians back from outskirts of Kharkiv city, commander says", {("claim", "ua", "Kharkiv")}),
    # Wire and Moscow spellings the gazetteer now knows.
    ("Ukrainian troops retook the village of Pischane, the General Staff said.", {("claim", "ua", "Pishchane")}),
    ("Russia's defence ministry said its units had taken Belozerskoye.", {("claim", "ru", "Bilozerske")}),
])
def test_monitors_forecasts_pushbacks_and_spellings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Dated by the invasion itself: background, whatever the story's date.
    ("After Russia invaded Ukraine in 2022, Melitopol was among the first towns to fall under its control.", set()),
    # Pushed away from a town, a base that came under a missile attack.
    ('"The invaders have been pushed away from Makariv," the regional governor said.', {("claim", "ua", "Makariv")}),
    ("The governor said an airfield near Saky came under a drone attack overnight.", {("claim", "ru", "Saky")}),
    # Wire spellings of Crimean and Kyiv-region towns.
    ("One missile was downed near Bakhchisarai, a Crimean official said.", {("claim", "ru", "Bakhchysarai")}),
    ("Kyiv said its troops had retaken Butsha.", {("claim", "ua", "Bucha")}),
])
def test_invasion_dated_background_attacks_and_crimean_spellings(sentence, want):
    assert _triples(sentence) == want


def test_a_headline_joined_by_as_holds_two_reports():
    # "X happens as Moscow announces Y": the hedged report and the party's own announcement are apart.
    got = _triples("Ukrainian troops reportedly enter Vysokopillia as Russia announces retreat from Kherson")
    assert got == {("hedge", "other", "Vysokopillia"), ("confirmation", "ru", "Kherson")}


def test_the_capitals_region_is_land_not_a_speaker():
    got = _triples('"Borodianka, Makariv and the entire Kyiv region have been liberated," the deputy minister Maliar said.')
    assert got == {("claim", "ua", "Borodianka"), ("claim", "ua", "Makariv")}


@pytest.mark.parametrize(("sentence", "want"), [
    # "The authorities of X" speak for X's side; their town is no second place of a strike elsewhere.
    ('The authorities of Bucha said on Monday that the town had been "liberated" from Russian troops.',
     {("claim", "ua", "Bucha")}),
    ("The authorities of Mykolaiv said a Russian strike hit a school in Ochakiv.", {("claim", "ua", "Ochakiv")}),
])
def test_town_authorities_speak_for_their_town(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # What troops could or may soon do is a warning, not an event.
    "Russian forces could encircle Pokrovsk within weeks, a Ukrainian officer warned.",
    "Analysts said Moscow's troops may soon surround Kostiantynivka from the north.",
])
def test_encirclements_that_could_come_are_forecasts(sentence):
    assert not any(s.place for s in extract_statements(sentence))


@pytest.mark.parametrize(("sentence", "want"), [
    # Where a place lies between two others is geography, whatever the clauses after it say.
    ("Hrakove is roughly in-between Chuhuiv and Balakliia, a town that has fallen under Russian control.", set()),
    # A denial still stands after a "between" figure of speech.
    ("Siversk is between two fires, the brigade said, denying the town had fallen.", {("denial", "ua", "Siversk")}),
])
def test_between_as_geography(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A rejection in other words than "denied": a headline's present tense, "disputing reports",
    # "nothing to do with the real situation", a quoted "not occupied", a denied "entry into" a town.
    ("Defence Forces refute claims about the capture of Volodymyrivka in Sumy region",
     {("denial", "ua", "Volodymyrivka")}),
    ("Ukrainian officials are disputing reports that Moscow's troops have taken control of Orikhiv.",
     {("denial", "ua", "Orikhiv")}),
    ('"The talk of a \'capture\' of Prymorske has nothing to do with the real situation," the brigade said.',
     {("denial", "ua", "Prymorske")}),
    ("The Ukrainian army denied the invaders' entry into Dobropillia on Tuesday.",
     {("denial", "ua", "Dobropillia")}),
])
def test_rejections_in_other_words(sentence, want):
    assert _triples(sentence) == want


def test_a_treaty_entering_into_force_is_no_entry_into_a_town():
    assert not any(s.place for s in extract_statements(
        "The agreement's entry into force was delayed, officials in Odesa said."))


@pytest.mark.parametrize(("sentence", "want"), [
    # Army spokesmen wire copy names without their title speak for Kyiv.
    ('"Russians did not capture Zarichne, they are losing men there," Fityo said.',
     {("denial", "ua", "Zarichne")}),
    ("Shapoval told reporters that Ukrainian units still hold Novopavlivka.",
     {("denial", "ua", "Novopavlivka")}),
])
def test_army_spokesmen_by_surname(sentence, want):
    assert _triples(sentence) == want


def test_a_capital_and_colon_in_front_is_where_the_story_was_filed():
    # The Kremlin's claim stays Moscow's, whatever city the story was filed from.
    got = _triples("Kyiv: Russian defence minister Andrei Belousov on Monday asserted that his troops had captured Borova.")
    assert got == {("claim", "ru", "Borova")}


@pytest.mark.parametrize(("sentence", "want"), [
    # The attacker named in "the attack of", "shelling by" is not who tells of the harm: the side hit does.
    ("According to her, two people were wounded in Sloviansk due to the attack of the Russian soldiers.",
     {("claim", "ua", "Sloviansk")}),
    ("A pensioner was injured in Bilozerske after shelling by Russian troops.", {("claim", "ua", "Bilozerske")}),
    # An unnamed sayer closing the sentence is not the last party the clause named.
    ("Ukrainian units pulled out of Novoekonomichne to avoid being cut off by advancing Russian troops, military officials said.",
     {("confirmation", "ua", "Novoekonomichne")}),
])
def test_the_attacker_named_in_a_phrase_does_not_speak(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A place after "since" dates the story; what a fall "paves the way" for and where an advance was
    # blocked are next steps; a town "one of the worst-hit" is how it fared: none is an event there.
    ("The loss of the ridge handed Moscow its biggest gain since Vuhledar, the officer said.", set()),
    ("Taking the hill paves the way for Russian troops to push on Druzhkivka and Kramatorsk.", set()),
    ("Kyiv said Russian troops had entered Kurakhove but that its units were halting an advance to Andriivka.",
     {("confirmation", "ua", "Kurakhove")}),
    ("Kherson has been one of the hardest-hit cities since the invasion began.", set()),
    # An opening "In the area of X," in a quotation names the area, not the village taken.
    ('"In the area of Kurakhove, units of the Southern group liberated Dalnie," the ministry said.',
     {("claim", "ru", "Dalnie")}),
])
def test_dates_next_steps_and_areas_are_no_places_of_events(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv telling of the enemy's entry concedes it, whoever "it" is that admits it.
    ("Ukraine's General Staff said some 150 occupants had infiltrated Rodynske overnight.",
     {("confirmation", "ua", "Rodynske")}),
    ("It admitted that small Russian units had entered the outskirts of Kupiansk-Vuzlovyi.",
     {("confirmation", "ua", "Kupiansk-Vuzlovyi")}),
    # A defender quoted holding on denies the capture.
    ('Ukraine\'s army said its brigades were "holding back enemy forces" in Kurakhove.',
     {("denial", "ua", "Kurakhove")}),
    # The enemy tried and failed: no concession.
    ("Ukraine's army said the invaders had tried to enter Siversk but were destroyed.", set()),
])
def test_the_defender_conceding_or_holding_in_its_own_words(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Injuries "sustained" and explosives dropped from a drone are a strike's result.
    ("A 70-year-old man sustained injuries in Nikopol due to explosives dropped by the invaders from a drone.",
     {("claim", "ua", "Nikopol")}),
    # "Quote:" and "Details:" label the line in Ukrainian outlets' English; they are no part of it.
    ("Quote: The enemy attacked the village of Prykolotne with a drone.", {("claim", "ua", "Prykolotne")}),
])
def test_drone_drops_and_labelled_quotes(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "quoted by Reuters": the agency relays the mayor, it does not speak.
    ("Three drones hit homes in Sumy overnight, injuring two, the city's mayor said, quoted by Reuters.",
     {("claim", "ua", "Sumy")}),
    # Admitting that the situation is hard concedes no town.
    ('The brigade admitted the situation in Toretsk was "very difficult" but said its soldiers still hold the town.',
     {("denial", "ua", "Toretsk")}),
])
def test_relays_and_hard_situations(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "As <agency> previously reported," is a relay label in front of the line, not its speaker.
    ("As Ukrinform earlier reported, Ukraine's army rejected claims that Russian troops had taken Pishchane.",
     {("denial", "ua", "Pishchane")}),
    # A spokesman commenting on "the enemy's seizure" of a village concedes it.
    ("Trehubov commented on the enemy's seizure of the village of Novoselydivka.",
     {("confirmation", "ua", "Novoselydivka")}),
    # Assault groups "already in" a town: Moscow's claim of being inside it.
    ("Balitsky reported that Russian assault groups are already in Stepnohirsk.", {("claim", "ru", "Stepnohirsk")}),
    # Villages given a bearing by a town "near the town of" it: the town is no place of the withdrawal.
    ("Kyiv said its units withdrew from the villages of Nevelske and Pervomaiske near the town of Kurakhove.",
     {("confirmation", "ua", "Nevelske"), ("confirmation", "ua", "Pervomaiske")}),
])
def test_relay_labels_comments_and_bearings(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Told by nobody, a town's harm from one side's attack is the other side's report, in either spelling.
    ("A man was injured in Konstantinovka due to the attack of the Russian soldiers.", {("claim", "ua", "Kostiantynivka")}),
    ("Two people were wounded in Gorlovka by Ukrainian drones.", {("claim", "ru", "Horlivka")}),
])
def test_nameless_harm_in_a_split_oblast_follows_the_attacker(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "X said ... after Y said ...": two statements, each party's own, not Y's words reported by X.
    ("Kyiv said its soldiers were still fighting in Toretsk after Moscow said it had driven the defenders out.",
     {("denial", "ua", "Toretsk"), ("claim", "ru", "Toretsk")}),
])
def test_a_second_party_after_the_first_speaks_for_itself(sentence, want):
    assert _triples(sentence) == want


def test_a_withdrawal_days_after_the_other_side_claimed_the_town():
    got = _triples("Kyiv confirmed its brigades had pulled out of Selydove, days after Moscow said it had captured it.")
    assert got == {("confirmation", "ua", "Selydove"), ("claim", "ru", "Selydove")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's own word "the loss of X" concedes it.
    ("The loss of Velyka Novosilka hurt morale, a Ukrainian brigade spokesman said.",
     {("confirmation", "ua", "Velyka Novosilka")}),
    # Footage a wire agency verified is independent evidence.
    ("Footage verified by the agency showed Russian soldiers with a flag in Ivanivka.", {("confirmation", "other", "Ivanivka")}),
    # Pressing, seeking or aiming to take a town is a goal, not a result.
    ("Russian units are pressing to capture Kostiantynivka from the south.", set()),
    ("Moscow is seeking to take Huliaipole before spring, analysts said.", set()),
])
def test_losses_verified_footage_and_goals(sentence, want):
    assert _triples(sentence) == want


def test_the_city_of_the_same_name_is_the_regional_centre():
    got = _triples("The governor of the region of Sumy said a Russian missile hit the city of the same name, killing two.")
    assert got == {("claim", "ua", "Sumy")}


def test_a_region_alone_stays_no_city():
    assert not any(s.place for s in extract_statements("The governor of the region of Sumy said drones hit two villages."))


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline's quoted "not occupied" denies; "as Moscow claims capture" claims the same town.
    ("Kyiv insists Kurakhove 'not occupied' as Moscow claims capture",
     {("denial", "ua", "Kurakhove"), ("claim", "ru", "Kurakhove")}),
    ("Ukrainian troops hold on in Siversk as Russia claims capture",
     {("denial", "ua", "Siversk"), ("claim", "ru", "Siversk")}),
])
def test_headline_answer_and_the_claim_it_answers(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # How often a city was hit over weeks is background, not one strike told now.
    "Russia has launched drone attacks on Sumy several times over the past month, officials said.",
    "Russian artillery has targeted Nikopol persistently, the regional governor said.",
])
def test_how_often_a_city_is_hit_is_background(sentence):
    assert not any(s.place for s in extract_statements(sentence))


@pytest.mark.parametrize(("sentence", "want"), [
    # Two towns joined by a hyphen name a stretch of front, not a place of an event.
    ("Ukrainian units reportedly kept up operations in Kurakhove-Dachne after the retreat.", set()),
    # A town whose own name has a hyphen is one place.
    ("Russian forces captured Kupiansk-Vuzlovyi, the ministry said.", {("claim", "ru", "Kupiansk-Vuzlovyi")}),
])
def test_towns_joined_by_a_hyphen(sentence, want):
    assert _triples(sentence) == want


def test_a_mapping_groups_noun_for_a_foothold():
    got = _triples("DeepState reported the creation of a new foothold by Russian troops near Kindrashivka.")
    assert got == {("confirmation", "other", "Kindrashivka")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's appointees in occupied land speak for Russia, whatever their administration is called.
    ("Kyiv's units have been driven out of Stepnohirsk, an official of the Moscow-appointed Zaporizhzhia administration said.",
     {("claim", "ru", "Stepnohirsk")}),
    # A bare "ministry" that counts the Ukrainian army's losses is Moscow's.
    ("The ministry said the Ukrainian army lost 300 soldiers in two days of fighting for Siversk.",
     {("claim", "ru", "Siversk")}),
    ("The ministry said Russian units lost about 200 men near Huliaipole over the day.",
     {("claim", "ua", "Huliaipole")}),
])
def test_appointees_and_loss_counting_ministries(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Nearness, pressure on the capital and a man's first name are no event at a place.
    "Analysts noted the brigade's proximity to Izium after a week of rapid moves.",
    "Washington is keeping up pressure on Kyiv over the peace plan, diplomats said.",
    "Ukrainian officer Stanislav Hrytsenko said the enemy could not be stopped by drones alone.",
    # Between two towns is neither town.
    "The spokesman said a Russian wedge was recorded between Kostiantynivka and Druzhkivka.",
])
def test_nearness_pressure_first_names_and_between(sentence):
    assert _triples(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's regional bulletins in English: fire opened on a community, communities under fire in a list.
    ("Around noon the enemy opened fire with mortars on the territory of the Bilopillia community, the governor said.",
     {("claim", "ua", "Bilopillia")}),
    ("The communities of Krasnopillia, Esman and Khotin came under Russian fire overnight, the regional administration said.",
     {("claim", "ua", "Krasnopillia"), ("claim", "ua", "Esman"), ("claim", "ua", "Khotin")}),
    ("Russian troops fire mortars at Hlukhiv community – regional governor", {("claim", "ua", "Hlukhiv")}),
    # "committed a provocation" is what an attacker did, not a word for a claim's being false.
    ("The enemy again committed a provocation: it opened fire from artillery on Esman, the governor said.",
     {("claim", "ua", "Esman")}),
    # Being ready to open fire is no strike.
    ("Ukrainian gunners are ready to open fire on any column approaching Bilopillia, the brigade said.", set()),
])
def test_fire_opened_on_communities(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An attempt that failed is an attack repelled there, told by the defender.
    ("The enemy tried to storm Zolote but failed, the General Staff said.", {("claim", "ua", "Zolote")}),
    ("Russian attempts to break through near Dovhenke have all failed, Ukraine's eastern command said.",
     {("claim", "ua", "Dovhenke")}),
    # "failed to" says what an attempt did not do, no repulse.
    ("Russian forces tried to capture Zolote in 2022 but failed to break through.", set()),
])
def test_failed_attempts_are_repulses(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A border governor in English: the region named places him, so his strike claim is his state's.
    ("A Ukrainian drone killed two people in the Russian border region of Kursk, the governor said.", {("claim", "ru", None)}),
    ("A drone attack killed one person in southern Russia's Bryansk region, Governor Alexander Bogomaz said.",
     {("claim", "ru", None)}),
    # Fire control over a place is the range of one's guns, not holding it.
    ("Ukrainian units keep fire control over Siversk's approaches, the spokesman said.", set()),
    # "advancing Russian forces" describes the troops; no advance is told.
    ("Lyman has long been a target of slowly advancing Russian forces, the analyst said.", set()),
    # "Kyiv's depleted, overstretched troops": the capital stands for its side, whatever adjectives come between.
    ("Russian units advanced, pushing against Kyiv's depleted, overstretched and outnumbered troops.", set()),
    # "20 km south of the regional capital Donetsk" only says where the place taken lies.
    ("Russia's defence ministry said its forces were now in control of Pobieda, some 20 km south-west of the regional capital Donetsk.",
     {("claim", "ru", "Pobieda")}),
])
def test_governors_fire_control_and_descriptions(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An oblast's name describing a town, and a dam named after a village, are not those places.
    ("Both armies have dug in around the embattled Luhansk town, a local priest told us.", set()),
    ("Geolocated footage shows Russian troops advanced near the Kurakhove dam.", set()),
    # "Prioritising surrounding X" is a choice of aim, not an encirclement.
    ("Commanders are prioritising encircling Kostiantynivka over a push to the river, the analysts wrote.", set()),
    # "The Russian defence department" is Moscow's ministry.
    ("The Russian defence department reported that the Ukrainian army lost 250 men near Siversk.",
     {("claim", "ru", "Siversk")}),
])
def test_region_adjectives_dams_priorities_and_the_defence_department(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's regional tallies in English: "the enemy", "occupation forces" tell whose voice it is.
    ("Over the past day, Russian occupation forces fired 14 times at the border areas of Chernihiv Oblast, "
     "where 40 explosions were recorded.", {("claim", "ua", None)}),
    ('"In the past day the enemy launched 87 shelling attacks, firing 400 shells," the regional administration wrote.',
     {("claim", "ua", None)}),
    ("The enemy attacked the Mykolaiv region with missiles and drones overnight.", {("claim", "ua", None)}),
    # A forecast in the same words claims nothing.
    ("The enemy may launch new strikes on the Mykolaiv region, the air force warned.", set()),
    # "fought off" assaults near a town is a repulse there, like "repelled".
    ("Moscow's defence ministry said its forces fought off four Ukrainian assaults near Robotyne.",
     {("claim", "ru", "Robotyne")}),
])
def test_kyivs_tallies_in_english_and_fought_off(sentence, want):
    assert _triples(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A governor's live report in the present: the city is being hit now.
    ('"The Russian army is shelling the centre of Kherson! Stay in shelters!" the governor wrote.', {("claim", "ua", "Kherson")}),
    ("The Russians are attacking Zaporizhzhia, the regional governor said.", {("claim", "ua", "Zaporizhzhia")}),
    # Ground attacks "toward" or "near" a town are fighting without a result.
    ("Russian forces are attacking toward Pokrovsk, the General Staff said.", set()),
])
def test_live_reports_of_shelling(sentence, want):
    assert _triples(sentence) == want
