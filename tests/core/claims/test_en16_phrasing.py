"""English phrasing of analyst, international and wire reporting: words that only look like a
denial ("staged an assault", a centre named for countering disinformation), and datelines in title
case with a date and an agency.

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
    ("Its head, speaking for the Center for Countering Disinformation, confirmed the strike on the refinery in Syzran.",
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
    ("Russian Milbloggers Reject Kremlin's Claims of Control Over Lyman",
     {("claim", "ru", "Lyman"), ("denial", "ru", "Lyman")}),
])
def test_title_case_bloggers(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "under complete/full Russian control": the party's words for a place it says it holds.
    ("Prigozhin said Soledar came under complete Russian control.", {("claim", "ru", "Soledar")}),
    ("Russia's defence ministry said Vuhledar was now under full Russian control.", {("claim", "ru", "Vuhledar")}),
    # the defender's own words for holding are a denial, as before
    ("Kyiv said Kupiansk remained under full Ukrainian control.", {("denial", "ua", "Kupiansk")}),
])
def test_under_complete_control(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's press named in English speaks in its state's voice: a Russian advance it reports is conceded.
    ("Russian troops entered the centre of Toretsk, according to Ukrainian media.", {("confirmation", "ua", "Toretsk")}),
    ("Ukrainian outlets reported that a Russian missile hit a warehouse in Kremenchuk.", {("claim", "ua", "Kremenchuk")}),
    # background from the same press is no statement
    ("Novoselivka had a population of 90 before the war, according to Ukrainian media.", set()),
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
    ("\"On the Kupiansk axis, units of the Russian group of troops repelled three counterattacks,\" it added.",
     {("claim", "ru", None)}),
    # The enemy counted as occupiers or invaders killed is a tally of losses.
    ("Our defenders eliminated 340 occupiers over the past day, the brigade commander said.", {("claim", "ua", None)}),
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
    ("The reports could not be immediately verified.", {("hedge", "other", None)}),
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
    ("Russia launched a large missile and drone attack on the capital Kyiv overnight, the city administration said.",
     {("claim", "ua", "Kyiv")}),
    ("Rockets rained down on Ukraine's capital, Kyiv, after midnight, its mayor said.", {("claim", "ua", "Kyiv")}),
    ("Kyiv was again attacked by drones overnight, the city's military administration said.", {("claim", "ua", "Kyiv")}),
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
