"""Ukrainian and Russian phrasing: communities named beside their district or neighbours.

Each case is one sentence read alone, as `warfeed claims extract -` reads it, and asserts the
exact statements (stance, side, place).
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # A community's adjective is its town, and the town is the namesake near the district named after it
    # or near the places named beside it: Pokrovske in the Synelnykove district, Pokrov by Nikopol.
    ("Окупанти вдарили дроном по Покровській громаді Синельниківського району, постраждав чоловік, повідомив Лисак.",
     {("claim", "ua", "Pokrovske")}),
    ("Ворог обстріляв Покровську громаду Нікопольщини з артилерії, повідомив Лисак.",
     {("claim", "ua", "Pokrov")}),
    ("Увечері ворог атакував Нікополь, Покровську та Мирівську громади, повідомив Лисак.",
     {("claim", "ua", "Nikopol"), ("claim", "ua", "Pokrov"), ("claim", "ua", "Myrove")}),
])
def test_community_resolved_near_its_district(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "place"), [
    # Adjectives listed after a district noun and a dash or colon are districts, not villages named alike.
    ("Дроны атаковали два района Курской области — Глушковский и Льговский.", None),
    ("Под обстрелом оказались районы: Суджанский, Льговский.", None),
    # The same word as the name of a settlement stays a place.
    ("Минобороны сообщило, что подразделения взяли под контроль поселок Льговский.", "Lgovskiy"),
])
def test_districts_listed_after_their_noun(sentence, place):
    assert {p for _st, _si, p in said(sentence)} == {place}


@pytest.mark.parametrize(("sentence", "want"), [
    # Told by nobody in Russian, Kyiv's forces in the dative managing a capture: Kyiv's own gain, as Kyiv tells it.
    ("Украинским подразделениям удалось выбить противника и взять под контроль окраины Вовчанска.",
     {("claim", "ua", "Vovchansk")}),
    ("ВСУ после недели боев удалось освободить Лиман.", {("claim", "ua", "Lyman")}),
    # Moscow's forces managing it stay Moscow's claim.
    ("Российским подразделениям удалось взять под контроль окраины Вовчанска.", {("claim", "ru", "Vovchansk")}),
])
def test_kyiv_forces_managed_a_capture_in_russian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A declined ordinary adjective opening a sentence before a lowercase word is that adjective,
    # though a small village is spelt so («Певна»).
    ("Певну кількість будинків у місті ворог зруйнував, заявив Федоров.", set()),
    # The village itself, named after a verb or the word for village, stays a place.
    ("Окупанти вдарили дроном по Певній, повідомив Федоров.", {("claim", "ua", "Pevna")}),
    ("Ворог обстріляв село Певна, повідомив Федоров.", {("claim", "ua", "Pevna")}),
])
def test_ordinary_adjective_opening_a_sentence(sentence, want):
    assert {t for t in said(sentence) if t[2] is not None} == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's troops still retreating, told by nobody in Moscow's words: Moscow's own success.
    ("Украинские войска отступают из-под Купянска.", {("claim", "ru", "Kupiansk")}),
    ("Части ВСУ бегут из Купянска.", {("claim", "ru", "Kupiansk")}),
    # A withdrawal done is what the side that made it announces: its concession.
    ("ВСУ отошли от Купянска на заранее подготовленные рубежи.", {("confirmation", "ua", "Kupiansk")}),
])
def test_retreat_still_going_on_told_in_russian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A Russian border hamlet opening the sentence with its word for a village, before its district.
    ("Село Липки Суземского района попало под обстрел, сообщил губернатор.", {("claim", "ru", "Lipki")}),
    ("Хутор Дубки Краснояружского района атаковали дроны, сообщил губернатор.", {("claim", "ru", "Dubki")}),
])
def test_russian_hamlet_before_its_district(sentence, want):
    assert said(sentence) == want


def test_villages_listed_after_their_oblast_and_a_colon():
    # Moscow's spellings of Kharkiv villages, listed after the count, the oblast and a colon.
    sentence = ("Подразделения группировки «Запад» за неделю освободили три населенных пункта в Харьковской области: "
                "Бугроватка, Лукьянцы и Мороховец.")
    assert said(sentence) == {("claim", "ru", "Buhruvatka"), ("claim", "ru", "Lukiantsi"), ("claim", "ru", "Morokhovets")}


@pytest.mark.parametrize(("sentence", "want"), [
    # Told in Russian, Russian drones striking Kyiv's forces: Moscow's own strike claim.
    ("Российские беспилотники нанесли удары по складу украинских войск в районе Павлограда.",
     {("claim", "ru", "Pavlohrad")}),
    # Russian drones hitting homes, told in Russian: the side that was hit tells it.
    ("Российские беспилотники ударили по жилым домам в Павлограде, пострадали трое.", {("claim", "ua", "Pavlohrad")}),
])
def test_strikes_on_kyivs_forces_told_in_russian(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Kyiv's body calling the enemy's capture "alleged" rejects it.
    ("У ЦПД відреагували на повідомлення про нібито оточення Куп'янська.", {("denial", "ua", "Kupiansk")}),
    ("В ЦПД ответили на сообщения о якобы захвате Купянска.", {("denial", "ua", "Kupiansk")}),
])
def test_kyiv_body_calls_a_capture_alleged(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The flight of Kyiv's troops, told in Moscow's words or by Moscow's man: Moscow's own success.
    ("Бои в Часовом Яре вызвали паническое бегство подразделений ВСУ.", {("claim", "ru", "Chasiv Yar")}),
    ("Пушилин рассказал о бегстве ВСУ из Часова Яра.", {("claim", "ru", "Chasiv Yar")}),
    # Civilians leaving are no retreat of anyone's troops.
    ("Жители уехали из Часова Яра.", set()),
])
def test_troops_flight(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's spelling of a village after the noun of its capture, in the oblast named: «бесс» for Kyiv's «безс».
    ("Минобороны объявило об освобождении Бессаловки в Сумской области.", {("claim", "ru", "Bezsalivka")}),
    ("Минобороны объявило о взятии населенного пункта Бессаловка Сумской области.", {("claim", "ru", "Bezsalivka")}),
])
def test_russian_spelling_after_a_capture_noun(sentence, want):
    assert said(sentence) == want
