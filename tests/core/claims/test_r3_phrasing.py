"""Sentences that claim nothing at the settlement they name: a heading, a scene of fighting, a toll of
past strikes (CLAIMS_GUIDE "Not statements"), beside the near misses that do claim something there.

Each case is one sentence read alone, as `warfeed claims extract -` reads it.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # The towns an advance heads for, named as a plural "the towns of", or without an article in a headline.
    ("Kyiv says its units are stopping the Russian advance towards the towns of Kramatorsk and Sloviansk.", set()),
    ("Front Maps Show Russian Advance Toward Vital City of Kostiantynivka", set()),
    ("Russia said its troops took Yampil and were moving toward the villages of Zakitne and Serebrianka.",
     {("claim", "ru", "Yampil")}),
    # reached, the edge is the event's place
    ("Russia's defence ministry said its units advanced toward the town of Siversk and reached its outskirts.",
     {("claim", "ru", "Siversk")}),
])
def test_where_an_advance_heads(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The town as the scene of battles while an advance goes on elsewhere: no result there.
    ("Siversk, on the northern flank, has seen weeks of heavy fighting while Russia continues its advance in the area.", set()),
    ("Chasiv Yar has seen fierce battles this month while Russia presses on across the region.", set()),
    # with an entry told, the town is where the gain was made
    ("Vovchansk has seen heavy fighting as Russian troops pushed into the town, analysts said.",
     {("confirmation", "other", "Vovchansk")}),
])
def test_scene_of_fighting(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The toll of many strikes over the war describes the town, it reports no strike now.
    ("Nearly every district of Sumy has been damaged by repeated drone strikes, residents say.", set()),
    ("Nikopol has been hit by repeated drone strikes from across the river, its mayor said.", set()),
    # waves of one night's strike are today's news
    ("Russian missiles struck Kyiv in repeated attacks overnight, killing five, the mayor said.", {("claim", "ua", "Kyiv")}),
    # a repulse of repeated attacks is still today's claim
    ("Ukrainian troops repelled repeated assaults near Toretsk, the General Staff said.", {("claim", "ua", "Toretsk")}),
])
def test_toll_of_repeated_strikes(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Attempts with no result: to drive the other side out, to seep in by small groups.
    ("Российские подразделения пытаются вытеснить ВСУ из Торецка, сообщили в Генштабе.", set()),
    ("Штурмовые группы противника пытаются проникать в Лиман по двое-трое, сообщили в бригаде.", set()),
    ("Окупанти роблять спроби проникнути в Сіверськ, розповів речник угруповання.", set()),
    # a goal's deadline and a risk foreseen are not events
    ("A Ukrainian officer said Russian commanders were given deadlines to take Kostiantynivka by autumn.", set()),
    ("The shelling near the front is creating risks for Kupiansk, the governor said.", set()),
    ("Russian forces took Yampil, creating a threat to Siversk, the ministry said.", {("claim", "ru", "Yampil")}),
    # a strike told before the risk it brings stands
    ("Russian drones hit a power plant in Kyiv overnight, creating risks for the city's water supply, the mayor said.",
     {("claim", "ua", "Kyiv")}),
    # the attempt told with its end is still the repulse
    ("Российские войска пытались прорваться в Торецк, но были отброшены, заявили в Генштабе ВСУ.", {("claim", "ua", "Toretsk")}),
])
def test_attempts_goals_and_risks(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The war's toll on a city describes it; no strike is reported now.
    ("Kramatorsk, a large city in the east, has been badly hit throughout the war.", set()),
    ("Kherson has been shelled almost every week throughout the war, officials say.", set()),
    # a superlative's yardstick keeps the strike that happened now
    ("Russian missiles hit Zaporizhzhia overnight, the heaviest strike on the city during the war, the governor said.",
     {("claim", "ua", "Zaporizhzhia")}),
])
def test_toll_of_the_war(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # An illustration's caption and a related story's line with its view count are page chrome.
    ("зруйнована школа в Оріхові після удару КАБом, фото ілюстративне", set()),
    ("Air defence active over Rivne overnight, drone shot down 04.03.26, 11:20 • 2314 views", set()),
    # the same news as a plain line stands
    ("Росіяни обстріляли Оріхів, пошкоджено будинок, повідомив голова ОВА.", {("claim", "ua", "Orikhiv")}),
])
def test_captions_and_link_lists(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A town described by its capture at the start of the invasion: background, not news.
    ("Херсон, который Россия оккупировала в начале войны, постоянно обстреливается с левого берега.", set()),
    # the previous strike on a city, told beside today's news
    ("Mykolaiv was last struck on March 3 when a Russian missile hit its port.", set()),
    # a withdrawal being prepared is not yet made
    ("Росія готується вивести війська з Мелітополя, повідомили в розвідці.", set()),
    ("Российские войска готовятся к выводу войск из Каменского, заявили в Генштабе ВСУ.", set()),
    # the liberation told now stands beside the background of the occupation
    ("ЗСУ звільнили Куп'янськ, який росіяни окупували на початку повномасштабного вторгнення, повідомив Генштаб.",
     {("claim", "ua", "Kupiansk")}),
])
def test_background_and_preparations(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Awards for a capture look back on it; the capture is not the day's news.
    ("Путин вручил ордена бойцам, участвовавшим в освобождении Северска.", set()),
    ("Президент вручив нагороди військовим, які звільнили Куп'янськ.", set()),
    ("Putin awarded medals to soldiers who took part in the capture of Avdiivka.", set()),
    # the capture itself stands
    ("Российские войска освободили Северск, сообщили в Минобороны.", {("claim", "ru", "Siversk")}),
])
def test_awards_for_a_capture(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize("sentence", [
    # A link to a related story, with its own headline after the label, is not this story's claim.
    "До теми Росіяни заявили про захоплення Сіверська – у ЗСУ спростували",
    "По теме ВСУ отошли от Покровска — Генштаб",
    "Related: Russia says it captured Yampil",
])
def test_related_story_links(sentence):
    assert said(sentence) == set()
