"""Precision: places that only locate another, communities read through their district, harm that did not happen.

Each case is one sentence read alone, as `warfeed claims extract -` reads it: the statements
that count, placed or not.
"""

import pytest

from tests.core.claims.phrasing import said


@pytest.mark.parametrize(("sentence", "want"), [
    # "close to" locates the town named before it, as "near" does.
    ("Russian shelling hit the town of Kostiantynivka close to Druzhkivka, the governor said.",
     {("claim", "ua", "Kostiantynivka")}),
    # A named village "in" a town: the town only says where the village is.
    ("Russia's defence ministry said its forces captured the village of Ivanivka in Toretsk.",
     {("claim", "ru", "Ivanivka")}),
    ("Russia's defence ministry said its forces captured Zalizne village in Toretsk.",
     {("claim", "ru", "Zalizne")}),
    # How far from a town's outskirts the troops stand is no event at that town.
    ("Russian troops are about 5 km from the eastern outskirts of Kramatorsk, having reportedly seized the village of Bylbasivka.",
     {("hedge", "other", "Bylbasivka")}),
    # Two places joined by "and" are both places of the event.
    ("Russian shelling hit Kostiantynivka and Druzhkivka, the governor said.",
     {("claim", "ua", "Kostiantynivka"), ("claim", "ua", "Druzhkivka")}),
])
def test_a_place_that_locates_another(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # The district named after a community says which namesake the community is named after.
    ("У Покровській громаді Синельниківського району через удар дрона поранено жінку, повідомив Лисак.",
     {("claim", "ua", "Pokrovske")}),
    ("Ворог атакував Покровську громаду Синельниківського району, повідомив Лисак.",
     {("claim", "ua", "Pokrovske")}),
    ("У Васильківській громаді Синельниківського району через удар дрона поранено жінку, повідомив Лисак.",
     {("claim", "ua", "Vasylkivka")}),
    # A district's own name («на Нікопольщині») before the list does the same.
    ("На Нікопольщині ворог атакував Нікопольську, Покровську та Марганецьку громади, повідомив Лисак.",
     {("claim", "ua", "Nikopol"), ("claim", "ua", "Pokrov"), ("claim", "ua", "Marhanets")}),
])
def test_community_read_through_its_district(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A tactical group named after a town, in quotes, is a unit, not the town.
    ("На участке тактической группы «Курахово» продолжает сыпаться оборона, а враг имеет успехи в продвижении.", set()),
])
def test_names_that_are_not_the_place(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Only harm that did not happen: no event at all.
    ("Ivan Petrov, regional governor for Kursk, said there had been no casualties.", set()),
    ("Никто из жителей при обстреле не пострадал.", set()),
    ("Ніхто з мешканців унаслідок обстрілу не постраждав.", set()),
    # An attack reported beside it still counts.
    ("Ворог обстріляв Нікополь, ніхто не постраждав, повідомив Лисак.", {("claim", "ua", "Nikopol")}),
    ("Украинский дрон атаковал автомобиль в селе Новая Таволжанка, никто не пострадал, сообщил Гладков.",
     {("claim", "ru", "Novaya Tavolzhanka")}),
])
def test_harm_that_did_not_happen(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A habit of shelling is no strike told; a dated one is.
    ("Kostiantynivka is regularly hit by Russian artillery and occasional glide bombs.", set()),
    ("Ворог постійно обстрілює Нікополь з артилерії.", set()),
    ("Russian artillery hit Kostiantynivka on Monday, the governor said.", {("claim", "ua", "Kostiantynivka")}),
    # A running total since the invasion began is background, a day's count is news.
    ("За даними Генштабу, від початку повномасштабного вторгнення Росія втратила близько 700 000 військових.", set()),
    ("Генштаб: за минулу добу Росія втратила 1200 військових.", {("claim", "ua", None)}),
    # "The village of" opening a sentence locates nothing: the village is the place.
    ("The village of Zarichne remained under its control, Ukraine's eastern command said.",
     {("denial", "ua", "Zarichne")}),
])
def test_background_and_habit(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # «деревня» is a Russian village: never the Ukrainian place a renamed namesake once was.
    ("По словам губернатора, дрон ударил по машине между деревнями Поповка и Большегнеушево.",
     {("claim", "ru", "Bolshegneushevo")}),
    ("Губернатор сообщил, что дрон ВСУ ударил по полю между деревней Обеста и селом Локоть Рыльского района.",
     {("claim", "ru", "Obesta"), ("claim", "ru", "Lokot")}),
    # The first word of a two-word name the gazetteer lacks is not a village of its own.
    ("Российская армия имеет успехи в районе населенных пунктов Шевченко, Бурлацкое и Свободное Поле.",
     {("claim", "ru", "Shevchenko"), ("claim", "ru", "Burlatske")}),
    ("Russian forces captured Vilne Pole, the ministry said.", {("claim", "ru", "Vilne Pole")}),
    # Districts named after their noun and a dash are districts; a village's own noun keeps it a village.
    ("Украинские дроны атаковали три района Курской области — Глушковский, Суджанский и Льговский, сообщил губернатор.",
     {("claim", "ru", None)}),
    ("В Рыльском районе — поселок Пролетарский атакован дроном, сообщил губернатор.", {("claim", "ru", "Proletarskiy")}),
])
def test_names_longer_or_elsewhere(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # A capture that may come is a forecast, in Ukrainian and Russian as in English.
    ("Ворог може захопити Покровськ найближчими тижнями, вважає аналітик.", set()),
    ("Россия может взять Северск в ближайшие недели, считает аналитик.", set()),
    ("ВСУ могут потерять Угледар в течение недели, пишет издание.", set()),
    ("Russian forces might take Siversk this week, the institute said.", set()),
    # The capture told as done is still a claim.
    ("Российские войска взяли Северск, сообщило Минобороны.", {("claim", "ru", "Siversk")}),
])
def test_a_capture_that_may_come(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Russia's own military bloggers contradict their ministry: the denial is theirs, the claim the ministry's.
    ("Russian military bloggers rejected the defence ministry's claim that Kupiansk was captured.",
     {("claim", "ru", "Kupiansk"), ("denial", "ru", "Kupiansk")}),
    ("Pro-Russian bloggers disputed Moscow's claim to have taken Siversk.",
     {("claim", "ru", "Siversk"), ("denial", "ru", "Siversk")}),
    # Kyiv answering Moscow keeps the sides apart.
    ("Ukraine's army rejected the Russian ministry's claim that Kupiansk was captured.",
     {("claim", "ru", "Kupiansk"), ("denial", "ua", "Kupiansk")}),
])
def test_who_denies_and_what(sentence, want):
    assert said(sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # "since" an earlier withdrawal or rout: the background of a story, not its news.
    ("Russia has been shelling Kherson since its troops withdrew across the Dnipro.", set()),
    ("Russian forces captured Ivanivka on Tuesday, the ministry said.", {("claim", "ru", "Ivanivka")}),
])
def test_since_an_earlier_retreat(sentence, want):
    assert said(sentence) == want
