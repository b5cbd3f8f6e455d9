"""Places that are not settlements: an oblast named by its occupied centre's bare name, fronts
named in a list, communities (hromadas) that hold many villages, and page chrome or a headline's
speaker that only look like a place.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # "In" or "across" bare Donetsk and Luhansk in Latin text are the oblasts, which name no settlement.
    ("Police said two people were wounded in Russian shelling in Donetsk over the past day.", set()),
    ("Ukraine's military said Russian troops pressed their offensive across Luhansk on Tuesday.", set()),
    # Called a city, it is the city.
    ("The city of Donetsk came under Ukrainian artillery fire, the Russian-installed mayor said.",
     {("claim", "ru", "Donetsk")}),
    ("Russian-installed officials said Ukrainian shells hit a market in Donetsk City.", {("claim", "ru", "Donetsk")}),
    # A strike on the bare name is the city, as Moscow's officials use it.
    ("The Moscow-installed mayor said Ukrainian rockets struck Luhansk overnight.", {("claim", "ru", "Luhansk")}),
    # The oblast locating a town leaves the town the place.
    ("Moscow's army says it captured Kurakhove, a town in Donetsk.", {("claim", "ru", "Kurakhove")}),
])
def test_occupied_centres_bare_name_is_the_oblast(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Names listed before "fronts" are fronts, not towns.
    ("Kyiv's army said it repelled nine Russian assaults on the Lyman and Kramatorsk fronts overnight.",
     {("claim", "ua", None)}),
    ("On the Zaporizhzhia and Kherson fronts, Ukrainian troops beat back four attacks, the General Staff said.",
     {("claim", "ua", None)}),
])
def test_fronts_listed(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("text", "want"), [
    # A related story's teaser closed by its time and view count is a link, not the story's report.
    ("Rockets hit a warehouse in Sumy, the governor said.\n\n"
     "Enemy drone destroyed over Poltava - RMA11.03.26, 09:12 • 2410 views",
     {("claim", "ua", "Sumy")}),
    ("Росіяни обстріляли Херсон, поранено двох людей.\n\nДрон збили над Вінницею 14:20 • 873 перегляди",
     {("claim", "ua", "Kherson")}),
    # A caption marked as an illustration names a place without reporting on it.
    ("Ворог атакував Нікополь дронами, поранено жінку.\n\nнаслідки російського обстрілу Марганця, фото ілюстративне",
     {("claim", "ua", "Nikopol")}),
    ("Иллюстративное фото: последствия атаки ВСУ на Белгород\n\nДрон атаковал автомобиль в Шебекино, сообщил губернатор.",
     {("claim", "ru", "Shebekino")}),
])
def test_chrome_naming_a_place(text, want):
    assert said(text) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The name after a headline's closing dash is its speaker, even when a village is spelt so.
    ("A drone aimed at an energy site was downed near Uzhhorod – Sadovyi", {("claim", "ua", "Uzhhorod")}),
    ("Russia shelled the outskirts of Kherson overnight - Sadovyi", {("claim", "ua", "Kherson")}),
    # A dash that introduces the village after its noun still names it.
    ("Russian forces captured one more village – Sadovyi.", {("confirmation", "other", "Sadovyi")}),
])
def test_headline_speaker_after_a_dash(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A first name spelt like a village, before the official's surname, is the official.
    ("Вночі ворог атакував дронами об'єкт енергетики на Одещині, повідомив очільник ОВА Олег Петренко.",
     {("claim", "ua", None)}),
    ("Уламки дрона впали на Миколаївщині, розповіла речниця Вікторія Коваль.", {("claim", "ua", None)}),
])
def test_first_names_spelt_like_villages(sentence, want):
    assert said(sentence) == want


def test_of_two_villages_sharing_a_spelling_skeleton_the_one_near_the_front_is_meant():
    # Moscow's spelling of a Sumy border village; the oblast holds another village with the same
    # consonants far from the border, which nobody is fighting over.
    text = "The Russian defence ministry said troops of its Sever grouping had taken Belovody in the Sumy region."
    assert said(text) == {("claim", "ru", "Bilovody")}


def test_a_russian_spelling_two_villages_of_the_oblast_could_be_goes_to_the_one_at_the_front():
    # «Пыльная» fits two Kharkiv villages by its letters; only one of them lies by the border.
    text = "Минобороны России сообщило, что войска заняли населенный пункт Пыльная в Харьковской области."
    assert said(text) == {("claim", "ru", "Pilna")}
