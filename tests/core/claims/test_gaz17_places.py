"""The gazetteer's Russian side: villages of Russia's border districts, Russian spellings of
Ukrainian front villages, and namesakes settled by a Russian district or governor in the sentence."""

import pytest

from tests.core.claims.phrasing import said
from tui.core.claims.gazetteer import Gazetteer
from tui.core.claims.places import find_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _placed(gaz: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.place.name, m.place.oblast) for m in find_places(text, gazetteer=gaz) if m.place is not None]


@pytest.mark.parametrize(("sentence", "want"), [
    # border villages a governor names with no district or region beside them
    ("Губернатор сообщил, что дрон атаковал грузовик у села Мешковое.", [("Мешковое", "Meshkovoye", "Belgorod")]),
    ("Беспилотник сбросил взрывчатку на хутор Масычево, пострадал тракторист.", [("Масычево", "Masychevo", "Belgorod")]),
    ("Ночью дроны атаковали Колыхалино, повреждена крыша школы.", [("Колыхалино", "Kolykhalino", "Belgorod")]),
    ("FPV-дрон ударил по машине в Малогнеушево, водитель ранен.", [("Малогнеушево", "Malogneushevo", "Kursk")]),
    ("Дрон ударил по ферме под Хотмыжском, погибли коровы.", [("Хотмыжском", "Khotmyzhsk", "Belgorod")]),
    ("Удар пришёлся по окраине Почаево, без пострадавших.", [("Почаево", "Pochayevo", "Belgorod")]),
    ("A drone struck a farm near Kolotilovka overnight, the regional governor said.",
     [("Kolotilovka", "Kolotilovka", "Belgorod")]),
])
def test_border_villages_are_found(gaz, sentence, want):
    assert _placed(gaz, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Moscow's names for front villages: renamed ones by their old name, two-word ones by their adjective
    ("Минобороны заявило о взятии Желанного Первого.", [("Желанного Первого", "Zhelanne Pershe", "Donetsk")]),
    ("Russian troops took Zhelannoye, the ministry claimed.", [("Zhelannoye", "Zhelanne", "Donetsk")]),
    ("Бои шли за Золотую Ниву и Времевку.",
     [("Золотую Ниву", "Zolota Nyva", "Donetsk"), ("Времевку", "Vremivka", "Donetsk")]),
    ("Штурмовики продвинулись у Сотницкого Казачка.", [("Сотницкого Казачка", "Sotnytskyi Kozachok", "Kharkiv")]),
    # the Sumy border village first; Kursk's namesake when its governor tells of it
    ("Российские блогеры сообщили о боях за Рыжевку.", [("Рыжевку", "Ryzhivka", "Sumy")]),
    ("Хинштейн написал, что дрон ударил по ферме в Рыжевке.", [("Рыжевке", "Ryzhevka", "Kursk")]),
    # a region the village borders does not place it
    ("Блогеры писали о боях за Рыжевку на границе с Курской областью.", [("Рыжевку", "Ryzhivka", "Sumy")]),
])
def test_russian_spellings_of_front_villages(gaz, sentence, want):
    assert _placed(gaz, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # a district of a Russian border region before or after the name: that region's village
    ("В Валуйском округе беспилотники атаковали сёла Борки и Шелаево.",
     [("Борки", "Borki", "Belgorod"), ("Шелаево", "Shelayevo", "Belgorod")]),
    ("Drones hit a barn in Borki, Valuysky district, the governor said.", [("Borki", "Borki", "Belgorod")]),
    # the district called by its Russian noun in English, with no other cue in the text
    ("A drone set a shed on fire in Borki, Valuysky okrug, local officials reported.", [("Borki", "Borki", "Belgorod")]),
    # the region's governor telling it
    ("Обломки беспилотника повредили дом в Николаевке, написал Гладков.", [("Николаевке", "Nikolayevka", "Belgorod")]),
    ("A drone hit a car in Nikolayevka, Gladkov said.", [("Nikolayevka", "Nikolayevka", "Belgorod")]),
])
def test_russian_district_or_governor_picks_the_russian_namesake(gaz, sentence, want):
    assert _placed(gaz, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    # Ukrainian text naming a Ukrainian oblast keeps the Ukrainian village, whoever else is named
    # (guards: these held before the Russian villages came too)
    ("Росіяни вдарили по Миколаївці на Донеччині, повідомив Гладков.", [("Миколаївці", "Mykolaivka", "Donetsk")]),
    ("ВСУ обстреляли Глушковский район из Николаевки Сумской области.", [("Николаевки", "Mykolaivka", "Sumy")]),
    ("Russian forces struck Mykolaivka in Donetsk Oblast, Ukrainian officials said.",
     [("Mykolaivka", "Mykolaivka", "Donetsk")]),
])
def test_ukrainian_oblast_keeps_its_village(gaz, sentence, want):
    assert _placed(gaz, sentence) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("В Валуйском округе под удар попали сёла Борки и Колыхалино, сообщил губернатор.",
     {("claim", "ru", "Borki"), ("claim", "ru", "Kolykhalino")}),
    ("По данным Минобороны РФ, российские войска освободили Желанное Второе.", {("claim", "ru", "Zhelanne Druhe")}),
    ("Губернатор: FPV-дрон атаковал автомобиль в хуторе Масычево, водитель ранен.", {("claim", "ru", "Masychevo")}),
])
def test_statements_carry_the_new_places(sentence, want):
    assert said(sentence) == want
