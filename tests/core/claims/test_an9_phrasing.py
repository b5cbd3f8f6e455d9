"""Phrasing of analyst assessments, state bulletins in English, Kyiv's officials and headlines.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not (CLAIMS_GUIDE: a tally over regions names no settlement).
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # Air defence "destroyed" or "disabled" a count of drones: a shootdown, the ministry's.
    ("Air defence systems destroyed 31 Ukrainian unmanned aerial vehicles overnight, the ministry said.",
     {("claim", "ru", None)}),
    ("Electronic warfare crews disabled 12 Ukrainian unmanned aerial vehicles over the Sea of Azov, the ministry said.",
     {("claim", "ru", None)}),
    # A country that shoots down, as a headline's subject.
    ("Ukraine downs 45 Russian drones overnight", {("claim", "ua", None)}),
    ("Russia destroys 17 Ukrainian drones overnight", {("claim", "ru", None)}),
    # A pronoun speaks: the regions say whose air defence counted.
    ("It said 14 drones were downed over the Lipetsk region and six over the Tambov region.",
     {("claim", "ru", None)}),
    ("He said 12 drones were shot down over the Chernihiv and Poltava oblasts.", {("claim", "ua", None)}),
])
def test_shootdown_tallies_over_regions(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Regions of both countries, nobody speaking: whose count it is stays open.
    "Nine drones were shot down over the Kursk and Sumy regions overnight.",
    # A sea names no settlement.
    "Ships waited in the Sea of Azov for the storm to pass.",
])
def test_no_shootdown_claim(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The bare participle and the headline without an article: a capture whose settlement goes unnamed.
    ("Russia claims to have taken another settlement in Ukraine", {("claim", "ru", None)}),
    ("Moscow claims its troops took control of village in Ukraine's Kharkiv region", {("claim", "ru", None)}),
    ("Russia takes village in Zaporizhzhia region, ministry says", {("claim", "ru", None)}),
    # A pull-back counted: one's own is a concession, the enemy's a claim; the town only says where.
    ("Ukraine withdraws from three villages near Kurakhove, army says", {("confirmation", "ua", None)}),
    ("Russia says Ukrainian troops withdrew from two villages near Siversk", {("claim", "ru", None)}),
])
def test_unnamed_settlements_taken_or_left(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Residents returned to the captured village, the governor said.",
    "Ukraine did not withdraw from three villages near Kurakhove, army says",
])
def test_no_unnamed_capture(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # "the territory surrounding X" says where troops pulled back from, not that X was encircled.
    ("Ukrainian forces have withdrawn from the territory surrounding Novoselivka.",
     {("confirmation", "other", "Novoselivka")}),
])
def test_surrounding_as_a_place_word(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A party that "does not confirm" the fall of its own town refuses to concede it.
    ("The Tavria grouping does not confirm the capture of Vuhledar by the occupiers, its spokesman said.",
     {("denial", "ua", "Vuhledar")}),
    ("Ukraine's General Staff has not confirmed the loss of Toretsk.", {("denial", "ua", "Toretsk")}),
    # An outsider who cannot confirm it still only hedges.
    ("Reuters could not confirm the capture of Toretsk.", {("hedge", "other", "Toretsk")}),
])
def test_not_confirming_a_capture(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Encirclement and breakthrough idioms of the bulletins.
    ("Russian forces have sealed off a Ukrainian grouping north and west of Lyman, the ministry said.",
     {("claim", "ru", "Lyman")}),
    ("Russian forces have cut off the Ukrainian garrison in Siversk, the ministry said.",
     {("claim", "ru", "Siversk")}),
    ("Russian units have broken through the Ukrainian line of defence near Huliaipole, the ministry said.",
     {("claim", "ru", "Huliaipole")}),
    # With both sides' troops named, an unnamed ministry tells of its own forces, the subject.
    ("Russian troops have trapped Ukrainian units in a pocket near Kostiantynivka, the ministry said.",
     {("claim", "ru", "Kostiantynivka")}),
    ("On Tuesday, Russian assault units pushed Ukrainian troops out of Zarichne, the ministry said.",
     {("claim", "ru", "Zarichne")}),
])
def test_encirclement_and_breakthrough_idioms(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    "Russian troops tried to break through the defences near Kupiansk.",
    # "Ukraine-held" describes the ground, no event; "Kyiv's incursion" is the state acting, not a place.
    "Ukrainian units deployed in the Ukraine-controlled part of the region near Kramatorsk face a hard winter, the staff said.",
    "Moscow's troops kept up pressure in Kursk, weeks into Kyiv's incursion, as maps show the line shifting.",
])
def test_no_event_at_a_place(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A count of one army's losses told by nobody is its foe's tally.
    ("The Russian army also lost 412 armoured vehicles during the operation in the Zaporizhzhia region.",
     {("claim", "ua", None)}),
    ("The Russians lost 2100 people, of whom 900 were killed.", {("claim", "ua", None)}),
    # Kyiv's word for the enemy, written with the Ukrainian apostrophe.
    ("Over the week the occupiersʼ losses amounted to 1,240 people.", {("claim", "ua", None)}),
    # A party's own gain in area, and villages it says it took back.
    ("According to the commander-in-chief, 96 square kilometres have been liberated during the operation, Syrskyi said.",
     {("claim", "ua", None)}),
    ("Ukraine's General Staff said its units had restored control in five settlements.", {("claim", "ua", None)}),
    # "The AFU" is Kyiv's army.
    ("The AFU broke through the Russian defences in Vovchansk.", {("claim", "ua", "Vovchansk")}),
])
def test_placeless_losses_and_gains(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # An outsider's count, or an analyst's tally of ground: not a party's claim.
    "Russia has lost more than 3,000 tanks since 2022, according to Oryx.",
    "Russian forces captured about 380 square kilometres in November, according to an analysis of mapping data.",
])
def test_outsiders_tallies_claim_nothing(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A grouping opening a bulletin's line tells its own kills, also beside a gain with no place.
    ("Battlegroup Vostok improved its positions along the front and eliminated 240 soldiers and two tanks.",
     {("claim", "ru", None)}),
    ("The 59th Assault Brigade destroyed seven Russian armoured vehicles over the past day.", {("claim", "ua", None)}),
    # Whom a commander reports to is no party to the capture.
    ("Gerasimov reported to President Vladimir Putin that Yampil had been captured by Russian troops.",
     {("claim", "ru", "Yampil")}),
])
def test_bulletin_subjects_and_addressees(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # Heading for a town named through "Ukraine's stronghold of": where they go, not what they took.
    "Putin says his troops are moving in the direction of Ukraine's stronghold of Kostiantynivka",
    "The president claimed that Russian forces are making advances in the direction of Ukraine's city of Lyman.",
])
def test_advancing_toward_a_described_town(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A tally a party claims and the reporter cannot verify: both, with no place.
    ("Moscow said it downed 35 drones overnight; this could not be independently verified.",
     {("claim", "ru", None), ("hedge", "other", None)}),
    ("Russia's defence ministry said its forces had taken three villages, which the agency could not verify.",
     {("claim", "ru", None), ("hedge", "other", None)}),
    ("Kyiv has claimed to have retaken about 60 square miles, but the newspaper has yet to verify this.",
     {("claim", "ua", None), ("hedge", "other", None)}),
    # Contesting an account is answering it.
    ("Ukraine contested the claim, saying the town had not been lost.", {("denial", "ua", None)}),
])
def test_hedged_tallies_and_contested_accounts(sentence, want):
    assert said(sentence) == want


def test_a_hedged_tally_nobody_makes_is_nothing():
    assert said("Forty drones were downed overnight, which could not be verified.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # Settlements counted, told by nobody: "liberated" is the side's own media, a plain capture the reporter's.
    ("Russian Forces Liberate Three Settlements in Kharkov Region", {("claim", "ru", None)}),
    ("Russia captures two villages near Ukraine's Zaporizhzhia region", {("confirmation", "other", None)}),
    ("Ukrainian troops recaptured four villages near Lyman.", {("claim", "ua", None)}),
    # One side's losses with no one named: the foe's count.
    ("Ukrainian losses amounted to 1,300 people in a day, it added.", {("claim", "ru", None)}),
])
def test_counted_settlements_and_losses_told_by_nobody(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A running total since the year began is no news of its own.
    "Overall, Russian forces have liberated more than 150 settlements since the beginning of the year.",
    "Russian losses were heavy, analysts said.",
])
def test_no_counted_claim(sentence):
    assert said(sentence) == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # A list the sentence places in a Ukrainian oblast holds no Russian namesake.
    ("The North grouping liberated Hatyshche, Krasnoye and Morokhovets in the Kharkov region, the ministry said.",
     {("claim", "ru", "Hatyshche"), ("claim", "ru", "Morokhovets")}),
    # A Russian village named apart from the Ukrainian oblast stays itself.
    ("Ukrainian drones struck Tetkino near the border with Sumy region, the Kursk governor said.",
     {("claim", "ru", "Tetkino")}),
])
def test_villages_listed_in_a_ukrainian_oblast(sentence, want):
    assert said(sentence) == want


def test_a_surname_after_a_given_name_is_no_town():
    assert said("Correspondent Vladimir Romanov reported the encirclement of Ukrainian units on his map.") == set()


@pytest.mark.parametrize(("sentence", "want"), [
    # The other side answering with "fighting is still going on there" disputes the capture.
    ("Last week Russia claimed to have taken Kurakhove, though Kyiv contends that combat in the area is still ongoing.",
     {("claim", "ru", "Kurakhove"), ("denial", "ua", "Kurakhove")}),
    ("Moscow said it took Toretsk, though Kyiv maintains its troops still hold the northern districts.",
     {("claim", "ru", "Toretsk"), ("denial", "ua", "Toretsk")}),
])
def test_an_answer_that_fighting_goes_on(sentence, want):
    assert said(sentence) == want
