"""English statements: other romanisations of a settlement's name, and short consonant guesses.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tui.core.claims.gazetteer import Gazetteer, variant_key
from tui.core.claims.pipeline import extract_document


def _placed(text: str) -> set[tuple[str, str, str | None]]:
    return {(s["stance"], s["side"], s["place"]) for s in extract_document(text)["statements"]}


@pytest.mark.parametrize(("a", "b"), [
    ("scherbynivka", "shcherbynivka"),
    ("novoyehorivka", "novoiehorivka"),
    ("mykolayivka", "mykolaivka"),
    ("pervomayskoye", "pervomaiske"),
    ("dobropilya", "dobropillia"),
    ("verkhniokamianske", "verkhnokamianske"),
    ("pivdenny", "pivdennyi"),
])
def test_romanisations_share_a_variant_key(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("zelene", "zhelanne"),  # the vowels stay: two names, not two spellings
    ("andriivka", "andrivka"),
    ("horodok", "gorodok"),  # g/h is Russian against Ukrainian, not a romanisation
])
def test_other_names_keep_other_keys(a, b):
    assert variant_key(a) != variant_key(b)


@pytest.mark.parametrize(("sentence", "want"), [
    # a spelling the gazetteer lacks, where a place stands, is the name it spells another way
    ("Moscow said its troops had taken Scherbynivka.", {("claim", "ru", "Shcherbynivka")}),
    ("Moscow says it seized Dobropilya.", {("claim", "ru", "Dobropillia")}),
    ("Ukraine's General Staff said attacks were repelled near Torske, Novoiegorivka and Hryshyne.",
     {("claim", "ua", "Torske"), ("claim", "ua", "Novoiehorivka"), ("claim", "ua", "Hryshyne")}),
    ("Moscow said its forces took Pishchanoye in the Kharkiv region.", {("claim", "ru", "Pishchane")}),
    # a first name is no village, whatever it spells
    ("The ministry said Serhiy Novoiehorivka was wounded.", set()),
    # three consonants are too few to guess a village by: no Zelene for an unknown name
    ("The Russian ministry said its forces liberated Zhelnoye in the Donetsk region.", set()),
])
def test_variant_spellings_resolve_only_where_a_place_stands(sentence, want):
    assert _placed(sentence) == want


def test_variant_spelling_refuses_names_of_other_places():
    gaz = Gazetteer.load()
    assert gaz.variant_spelling("scherbynivka") == "shcherbynivka"
    assert gaz.variant_spelling("frobnitzka") is None


@pytest.mark.parametrize(("sentence", "want"), [
    # a defender keeping control of a place has not lost it: a denial of the capture, on its own side
    ("The Ukrainian army said it retains control of Torske.", {("denial", "ua", "Torske")}),
    ("Kyiv's commanders said their soldiers kept control over Hryshyne.", {("denial", "ua", "Hryshyne")}),
    ("Russia's defence ministry said its units retain full control of Kreminna.", {("denial", "ru", "Kreminna")}),
    # "our troops" quoted from someone only a pronoun names: Kyiv's words, still holding
    ("\"Our soldiers still control Torske,\" she told reporters.", {("denial", "ua", "Torske")}),
    ("\"Our units continue to hold the defence of Hryshyne,\" he wrote.", {("denial", "ua", "Hryshyne")}),
    # (their own gain stays a claim)
    ("\"Our soldiers liberated Torske,\" she told reporters.", {("claim", "ua", "Torske")}),
])
def test_defender_keeping_control_denies(sentence, want):
    assert _placed(sentence) == want


def _unplaced(text: str) -> set[tuple[str, str]]:
    return {(s["stance"], s["side"]) for s in extract_document(text)["unplaced"]}


@pytest.mark.parametrize(("sentence", "want"), [
    # drones named by their side, downed by nobody named: the other side's air defence reports its kills
    ("Air defences brought down 64 Ukrainian UAVs during the night", {("claim", "ru")}),
    ("Air defence crews destroyed 23 Russian drones before dawn.", {("claim", "ua")}),
    # a count in words, and "eliminated", are a tally too
    ("\"Duty air defence systems intercepted fourteen Ukrainian UAVs,\" the ministry said.", {("claim", "ru")}),
    ("Russian air defence eliminated 52 Ukrainian unmanned aerial vehicles over the Oryol region, the ministry said.",
     {("claim", "ru")}),
    # a headline's country downing drones with no count
    ("Russia says it downs Ukrainian drones over two border regions", {("claim", "ru")}),
    # an agency telling of drones downed is no party's tally
    ("Reuters reported that 12 Ukrainian drones were shot down.", set()),
])
def test_placeless_shootdowns_by_the_drones_side(sentence, want):
    assert _unplaced(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a capture claimed with its village unnamed, in a headline's words
    ("Moscow claims control of one more village in Ukraine's Zaporizhzhia region", {("claim", "ru")}),
    ("Russia Claims Control Over Key Frontline Village", {("claim", "ru")}),
    ("Kyiv's army said its brigades regained control of villages and settlements near the border.", {("claim", "ua")}),
    # an advance in a headline's present tense, told by its side
    ("Ukraine says its troops advance in the Zaporizhzhia region", {("claim", "ua")}),
    # told by nobody, or denied, or only aimed at: no claim
    ("Russian forces advance in Ukraine's Zaporizhzhia region", set()),
    ("Moscow hopes to claim control of more villages before winter.", set()),
])
def test_placeless_captures_and_advances(sentence, want):
    assert _unplaced(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # local officials telling of a strike with no settlement named: the side that was hit, by the attacker named
    ("Three people were injured in a Russian missile strike, according to local officials.", {("claim", "ua")}),
    ("Ukrainian drone strikes damaged four homes, city officials said on Tuesday.", {("claim", "ru")}),
    # a governor named by title, or "governor of the region" after his name, is the region's official
    ("A 70-year-old woman was wounded after a Russian drone attack in the Poltava region, Governor Petro Ivanenko said.",
     {("claim", "ua")}),
    ("Two garages were damaged after a Russian attack in the Poltava region, according to Petro Ivanenko, governor of the region.",
     {("claim", "ua")}),
    # no attacker and no region: whose strike it was is not said
    ("A drone hit a parked car, the head of the regional administration said.", set()),
])
def test_local_officials_placeless_strikes(sentence, want):
    assert _unplaced(sentence) == want


def test_governor_by_title_speaks_for_the_place_hit():
    assert _placed("Russian artillery struck Kupiansk, injuring a man, Governor Petro Ivanenko reported.") == {
        ("claim", "ua", "Kupiansk")}


@pytest.mark.parametrize(("sentence", "want_unplaced", "want_placed"), [
    # a tally of drones by region: a regional centre counted after the first region is that region
    ("It is noted that 14 of them were downed over the Oryol region, 6 over Bryansk and 3 over Kursk.",
     {("claim", "ru")}, set()),
    ("Most were intercepted over border regions, with seven downed in Sumy and two in Chernihiv.",
     {("claim", "ua")}, set()),
    # a city named with no tally by region stays the city
    ("Air defences shot down 4 drones over Bryansk, the city's mayor said.", set(), {("claim", "ru", "Bryansk")}),
])
def test_shootdown_tally_by_region(sentence, want_unplaced, want_placed):
    assert _unplaced(sentence) == want_unplaced
    assert _placed(sentence) == want_placed


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's English bulletin: the enemy's failed try at a place is Kyiv's repulse there
    ("Near Dachne the enemy tried to advance but was unsuccessful.", {("claim", "ua", "Dachne")}),
    ("The enemy tried to storm Torske and Hryshyne, but all its attempts failed.",
     {("claim", "ua", "Torske"), ("claim", "ua", "Hryshyne")}),
    ("Around the village of Dachne the enemy suffered losses and fell back.", {("claim", "ua", "Dachne")}),
    # only trying, with no result, is no statement
    ("The enemy keeps trying to advance near Dachne.", set()),
])
def test_enemy_failed_attempts_are_kyivs_repulse(sentence, want):
    assert _placed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a Russian border village the gazetteer lacks, located by its district's English adjective
    ("The governor said Ukrainian artillery shelled the village of Zabolotnoye, Krasnoyaruzhsky district.",
     {("claim", "ru", "Zabolotnoye")}),
    ("Ukrainian drones hit the village of Gorelovka in the Glushkovsky district, the governor said.",
     {("claim", "ru", "Gorelovka")}),
    # the district's adjective is no village of its own
    ("The governor said a drone struck the village of Mokroye, Valuysky urban district, Belgorod region.",
     {("claim", "ru", "Mokroye")}),
])
def test_russian_border_villages_by_english_district(sentence, want):
    assert _placed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a party silent on the claim is not the one denying it
    ("There was no immediate comment from the Kremlin, and a Ukrainian army spokesman rejected the report.",
     {("denial", "ua")}),
    ("Moscow did not respond to a request for comment, and a Ukrainian official denied the claim.", {("denial", "ua")}),
    # a defender saying it still holds, no settlement named
    ("Kyiv's army said its brigades remain in control of the area.", {("denial", "ua")}),
    ("It said Ukrainian units were holding the defence.", {("denial", "ua")}),
    ("Ukrainian commanders insisted that Kyiv remains in control.", {("denial", "ua")}),
    ("Russia's defence ministry said its units kept control of the bridgehead.", {("denial", "ru")}),
    # trying to hold is no holding; an agency's words are nobody's denial
    ("Ukraine's army said its brigades are struggling to hold their positions.", set()),
    ("Reuters said Ukrainian units were holding the defence.", set()),
])
def test_placeless_denials_by_the_defender(sentence, want):
    assert _unplaced(sentence) == want


def test_troops_said_to_hold_are_not_the_ones_saying_it():
    # the statement that says so is nobody named: no party's denial
    assert _unplaced("Ukrainian brigades continue to hold the town and the roads stay open, the statement said.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # leaving a deal or talks concedes no ground
    ("Kyiv pulled out of the prisoner-exchange talks after Russian troops entered Torske.", {("confirmation", "other", "Torske")}),
    ("Ukrainian forces withdrew from Torske, the General Staff said.", {("confirmation", "ua", "Torske")}),
])
def test_withdrawing_from_a_deal_is_no_retreat(sentence, want):
    assert _placed(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a capture's object in a spelling the gazetteer lacks: the one front-line village of that skeleton
    ("Moscow says its forces seized Zaporozhskoye.", {("claim", "ru", "Zaporizke")}),
    # a known name after the verb keeps its own reading, whatever oblast follows
    ("The ministry said its troops captured Torske and Hryshyne, two villages in the Zaporizhzhia and Donetsk regions.",
     {("claim", "ru", "Torske"), ("claim", "ru", "Hryshyne")}),
])
def test_capture_objects_in_other_spellings(sentence, want):
    assert _placed(sentence) == want
