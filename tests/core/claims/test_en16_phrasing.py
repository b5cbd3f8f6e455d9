"""English phrasing of analyst, international and wire reporting: words that only look like a
denial ("staged an assault", a centre named for countering disinformation), title-case datelines,
Kyiv's side answering a capture claim with the fight still going on, "under complete Russian
control", Kyiv's press and unnamed sources as voices, one side relaying the other's claim, denials
without "that", "could not be immediately verified", background asides dated in the past, and
strikes on the capital or by drones that "attacked" a town.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # "staged" with an operation as its object is carried out, not faked.
    ("Two people died after Russian forces staged a missile attack on Kharkiv, the governor said.",
     {("claim", "ua", "Kharkiv")}),
    ("A woman was hurt after Russian troops staged the latest of many drone attacks on the port of Izmail, the regional head said.",
     {("claim", "ua", "Izmail")}),
    # A thing called staged is still called false.
    ("Kyiv said footage of the capture of Lyman was staged.", {("denial", "ua", "Lyman")}),
])
def test_staged_operations(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A centre's name with "disinformation" in it is a speaker, not a rejection.
    ("The Centre for Countering Disinformation said a drone hit the fuel depot in Bryansk.",
     {("claim", "ua", "Bryansk")}),
    ("Its head, speaking for the Center for Countering Disinformation, said drones had hit the fuel plant in Syzran.",
     {("claim", "ua", "Syzran")}),
    # The same centre calling a capture disinformation still denies it.
    ("The Center for Countering Disinformation said Russian reports of the capture of Siversk were disinformation.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
])
def test_countering_disinformation_is_a_name(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Title-case datelines with a date and an agency: where the story was filed, not a place of the event.
    ("Warsaw/Kharkiv, Ukraine, Mar 4 (EFE).- Russian air defences downed a drone near Belgorod, the governor said.",
     {("claim", "ru", "Belgorod")}),
    ("Odesa, Jan 12 (Reuters) - Russian troops captured Vovchansk, the defence ministry said.",
     {("claim", "ru", "Vovchansk")}),
])
def test_title_case_datelines(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's side saying the fight goes on in a town Moscow says it took: a denial, beside Moscow's claim.
    ("The Ukrainian army said battles were ongoing in Siversk, which Moscow claimed to have seized.",
     {("claim", "ru", "Siversk"), ("denial", "ua", "Siversk")}),
    ("Ukraine's military said fighting continues in Myrnohrad, which Russia says it has captured.",
     {("claim", "ru", "Myrnohrad"), ("denial", "ua", "Myrnohrad")}),
])
def test_fight_goes_on_against_a_capture_claim(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Fighting going on with no claim answered is no statement.
    "The Ukrainian army said battles were ongoing in Siversk.",
])
def test_fight_goes_on_alone(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A headline in title case names Moscow's bloggers as plainly as running text does.
    ("Russian Milbloggers Call Kremlin's Lyman Capture Claims False",
     {("claim", "ru", "Lyman"), ("denial", "ru", "Lyman")}),
])
def test_title_case_bloggers(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "under complete/full Russian control": the party's words for a place it says it holds.
    ("Prigozhin said Soledar was now under total Russian control.", {("claim", "ru", "Soledar")}),
    ("Russia's defence ministry said Vuhledar was now under full Russian control.", {("claim", "ru", "Vuhledar")}),
    # the defender's own words for holding are a denial, as before
    ("Kyiv said Kupiansk remained under full Ukrainian control.", {("denial", "ua", "Kupiansk")}),
])
def test_under_complete_control(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's press named in English speaks in its state's voice: a Russian advance it reports is conceded.
    ("According to Ukrainian media, Russian units pushed into the northern part of Toretsk.", {("confirmation", "ua", "Toretsk")}),
    ("Ukrainian outlets reported that a Russian missile hit a warehouse in Kremenchuk.", {("claim", "ua", "Kremenchuk")}),
    # background from the same press is no statement
    ("Novoselivka, a village of some 90 residents, sits on a river bend, Ukrainian media wrote.", set()),
])
def test_ukrainian_media_in_english(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # One side relaying that the other claims a capture: the claim is the other side's alone.
    ("The Ukrainian General Staff reported that Russia claimed to have captured Siversk.", {("claim", "ru", "Siversk")}),
    ("Ukrainian media reported that Moscow claims it has seized Siversk.", {("claim", "ru", "Siversk")}),
    # A party's own report of the other side's advance is still its concession.
    ("The Ukrainian General Staff reported that Russian troops had captured Siversk.", {("confirmation", "ua", "Siversk")}),
])
def test_relayed_claims(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A bulletin's unnamed grouping in translation speaks for Moscow.
    ("\"Units of the Russian group of troops repelled two assaults near the Oskil river,\" it said.",
     {("claim", "ru", None)}),
    # The enemy counted as occupiers or invaders killed is a tally of losses.
    ("Over the last day our soldiers killed 340 invaders, the brigade commander said.", {("claim", "ua", None)}),
    ("The brigade said its fighters killed 25 invaders near Siversk.", {("claim", "ua", "Siversk")}),
    # Kyiv's unnamed sources speak for Kyiv.
    ("Ukrainian military sources said drones hit a fuel depot in Engels.", {("claim", "ua", "Engels")}),
    ("A Ukrainian intelligence source told reporters that drones struck the refinery in Syzran.", {("claim", "ua", "Syzran")}),
])
def test_unnamed_party_voices(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A denial of a capture with its "that" left out, the place unnamed: one denial with no place.
    ("Kyiv's army chief denied Russian troops had entered the village.", {("denial", "ua", None)}),
    # ... and with the place named, as before.
    ("Kyiv's army chief denied Russian troops had entered Bilohorivka.", {("denial", "ua", "Bilohorivka")}),
    # Not an event of the war: no denial.
    ("The ministry denied Russian forces had used cluster munitions.", set()),
])
def test_denied_without_that(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "could not be immediately verified", in either order: the reporter's hedge.
    ("Those accounts of the fighting could not be immediately verified by the paper.", {("hedge", "other", None)}),
    ("Those figures could not immediately be verified by the agency.", {("hedge", "other", None)}),
    ("Moscow said its troops took Zarichne; the claim could not be immediately verified.",
     {("claim", "ru", "Zarichne"), ("hedge", "other", "Zarichne")}),
])
def test_not_immediately_verified(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An aside between commas dating a place's past is background; the sentence's own event is today's news.
    ("The Moscow-installed governor of Crimea, the peninsula annexed by Russia in 2014, said drones were downed over Dzhankoi.",
     {("claim", "ru", "Dzhankoi")}),
    ("Russian troops, which seized Vuhledar in October 2024, took Bohoiavlenka, the ministry said.",
     {("claim", "ru", "Bohoiavlenka")}),
    # a sentence that is history itself stays history
    ("Russian troops seized Vuhledar in October 2024, the ministry said.", set()),
])
def test_background_asides(sentence, want):
    assert said(sentence, day="2026-05-10") == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The capital as what was hit: named after "the capital", after "Ukraine's capital,", or as a passive subject.
    ("Russia launched a combined missile and drone attack against the capital Kyiv overnight, the city administration said.",
     {("claim", "ua", "Kyiv")}),
    ("Rockets fell on the Ukrainian capital, Kyiv, after midnight, its mayor said.", {("claim", "ua", "Kyiv")}),
    ("Kyiv was hit by a wave of drones before dawn, its military administration said.", {("claim", "ua", "Kyiv")}),
    # "missile and drone attack" is one strike, wherever it lands
    ("Russia launched a massive missile and drone attack on Zhytomyr, the regional governor said.", {("claim", "ua", "Zhytomyr")}),
    # the capital that speaks is still no place
    ("Kyiv said the drone attack on Sumy killed two.", {("claim", "ua", "Sumy")}),
])
def test_capital_as_what_was_hit(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Drones or missiles that "attacked" a town or a plant: a strike there.
    ("Drones attacked Tuapse overnight, the regional governor said.", {("claim", "ru", "Tuapse")}),
    ("Missiles again attacked the Kremenchuk refinery, the regional head said.", {("claim", "ua", "Kremenchuk")}),
])
def test_drones_attacked_a_place(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Drones sent against troops near a town: fighting, not a strike on the town.
    "Russian drones attacked Ukrainian positions near Siversk.",
    "Ukrainian drones attacked Russian columns outside Kupiansk.",
])
def test_drones_attacked_troops(sentence):
    assert said(sentence) == set()
