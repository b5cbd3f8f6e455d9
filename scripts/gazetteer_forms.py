"""Declined forms for the gazetteer, generated with pymorphy3's Ukrainian and Russian dictionaries.

Used by build_gazetteer.py (`--forms-only` redoes just this step on the shipped file). At run
time the gazetteer only looks the generated forms up in a dict, so pymorphy3 is never loaded
by the app or its parse workers.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tui.core.claims.gazetteer import fold  # noqa: E402
from tui.core.claims.translit import ru_to_latin, uk_to_latin  # noqa: E402


def ru_to_latin_ye(latin: str) -> str:
    """'Tabaevka' -> 'Tabayevka': the press writes ye after a vowel."""
    return re.sub(r"(?<=[aeiouy])e", "ye", latin)

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
CASES_ALL = frozenset((*CASES, "loc2", "gen2"))
_UK_ONLY = frozenset("іїєґ")
_RU_ONLY = frozenset("ыэъё")
_CYRILLIC_WORD = re.compile(r"^[а-яёіїєґй]+$")
"""Ukrainian and Russian letters only: GeoNames also holds Bashkir or Kazakh spellings ("Һорливка")."""
MIN_FORM = 4
"""Shorter forms are too often ordinary words ("сум", "яру")."""

# Regions as the press names them: area -> (Ukrainian adjective, Russian adjective, nouns).
# The adjectives go with "область"/"region"; the nouns (Харківщина) stand alone.
REGIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Cherkasy": ("Черкаська", "Черкасская", ("Черкащина",)),
    "Chernihiv": ("Чернігівська", "Черниговская", ("Чернігівщина", "Черниговщина")),
    "Chernivtsi": ("Чернівецька", "Черновицкая", ("Буковина",)),
    "Dnipropetrovsk": ("Дніпропетровська", "Днепропетровская", ("Дніпропетровщина", "Дніпровщина", "Днепропетровщина")),
    "Donetsk": ("Донецька", "Донецкая", ("Донеччина", "Донетчина")),
    "Ivano-Frankivsk": ("Івано-Франківська", "Ивано-Франковская", ("Прикарпаття", "Івано-Франківщина")),
    "Kharkiv": ("Харківська", "Харьковская", ("Харківщина", "Харьковщина")),
    "Kherson": ("Херсонська", "Херсонская", ("Херсонщина",)),
    "Khmelnytskyi": ("Хмельницька", "Хмельницкая", ("Хмельниччина",)),
    "Kirovohrad": ("Кіровоградська", "Кировоградская", ("Кіровоградщина",)),
    "Kyiv": ("Київська", "Киевская", ("Київщина", "Киевщина")),
    "Luhansk": ("Луганська", "Луганская", ("Луганщина",)),
    "Lviv": ("Львівська", "Львовская", ("Львівщина", "Львовщина")),
    "Mykolaiv": ("Миколаївська", "Николаевская", ("Миколаївщина", "Николаевщина")),
    "Odesa": ("Одеська", "Одесская", ("Одещина", "Одесчина")),
    "Poltava": ("Полтавська", "Полтавская", ("Полтавщина",)),
    "Rivne": ("Рівненська", "Ровенская", ("Рівненщина",)),
    "Sumy": ("Сумська", "Сумская", ("Сумщина",)),
    "Ternopil": ("Тернопільська", "Тернопольская", ("Тернопільщина",)),
    "Vinnytsia": ("Вінницька", "Винницкая", ("Вінниччина", "Винничина")),
    "Volyn": ("Волинська", "Волынская", ("Волинь", "Волынь")),
    "Zakarpattia": ("Закарпатська", "Закарпатская", ("Закарпаття", "Закарпатье")),
    "Zaporizhzhia": ("Запорізька", "Запорожская", ()),
    "Zhytomyr": ("Житомирська", "Житомирская", ("Житомирщина",)),
    "Crimea": ("Кримська", "Крымская", ("Крим", "Крым")),
    "Belgorod": ("Бєлгородська", "Белгородская", ("Бєлгородщина", "Белгородчина", "Білгородщина")),
    "Kursk": ("Курська", "Курская", ("Курщина",)),
    "Bryansk": ("Брянська", "Брянская", ("Брянщина",)),
    "Rostov": ("Ростовська", "Ростовская", ()),
    "Voronezh": ("Воронезька", "Воронежская", ("Воронежчина",)),
    "Oryol": ("Орловська", "Орловская", ("Орловщина",)),
    "Lipetsk": ("Липецька", "Липецкая", ()),
    "Tula": ("Тульська", "Тульская", ()),
    "Kaluga": ("Калузька", "Калужская", ()),
    "Smolensk": ("Смоленська", "Смоленская", ()),
    "Moscow": ("Московська", "Московская", ("Підмосков'я", "Подмосковье")),
    "Tambov": ("Тамбовська", "Тамбовская", ()),
    "Ryazan": ("Рязанська", "Рязанская", ()),
    "Saratov": ("Саратовська", "Саратовская", ()),
    "Volgograd": ("Волгоградська", "Волгоградская", ()),
    "Leningrad": ("Ленінградська", "Ленинградская", ()),
    "Krasnodar": ("Краснодарський", "Краснодарский", ("Кубань",)),
}
# Nouns that make the words before them a region or a direction, not a settlement.
REGION_NOUNS = {"region": ("область", "регіон", "регион", "край", "район", "округ", "республіка", "республика"),
                "direction": ("напрямок", "напрям", "направление", "ділянка", "участок")}

# The usual Russian spelling of a Ukrainian name: letters, regular suffixes, common adjectives.
_RU_WORDS = {"нова": "новая", "нове": "новое", "новий": "новый", "нові": "новые", "велика": "великая",
             "велике": "великое", "великий": "великий", "мала": "малая", "мале": "малое", "малий": "малый",
             "стара": "старая", "старе": "старое", "старий": "старый", "верхня": "верхняя", "нижня": "нижняя",
             "біла": "белая", "зелена": "зеленая", "червона": "красная", "червоне": "красное",
             "широка": "широкая", "тиха": "тихая", "кам'янка": "каменка"}
_RU_SUFFIXES = (("ївське", "евское"), ("івське", "овское"), ("ївська", "евская"), ("івська", "овская"),
                ("ївський", "евский"), ("івський", "овский"), ("ївськ", "евск"), ("івськ", "овск"),
                ("ївка", "евка"), ("івка", "овка"), ("ське", "ское"), ("цьке", "цкое"), ("ська", "ская"),
                ("цька", "цкая"), ("ськ", "ск"), ("цьк", "цк"), ("ський", "ский"), ("цький", "цкий"),
                ("ине", "ино"), ("ове", "ово"), ("еве", "ево"), ("єве", "ево"), ("ілка", "елка"), ("пілля", "полье"),
                # a neuter adjective name: "Піщане" is "Песчаное", "Зарічне" is "Заречное", "Тихе" is
                # "Тихое", "Новеньке" is "Новенькое", "Птиче" is "Птичье", "Дальнє" is "Дальнее"
                ("не", "ное"), ("ке", "кое"), ("хе", "хое"), ("че", "чье"), ("нє", "нее"),
                # a feminine adjective name: "Дворічна" is "Дворичная"
                ("чна", "чная"), ("жна", "жная"), ("шна", "шная"),
                # a neuter noun in doubled consonant and я: "Затишшя" is "Затишье", "Приволля" is "Приволье"
                ("шшя", "шье"), ("лля", "лье"), ("ччя", "чье"), ("ззя", "зье"), ("ття", "тье"))
# A possessive before the noun of a two-word name: "Кучерів Яр" is "Кучеров Яр" (alone, "-ов" words
# are as often surnames).
_RU_POSSESSIVE = (("їв", "ев"), ("ів", "ов"))
# "-ове" is Russian "-ово" in a noun name ("Шахове" is "Шахово") and "-овое" in an adjective one
# ("Клинове" is "Клиновое", "Степове" is "Степовое"): both are written.
_RU_NEUTER_ADJECTIVE = (("ове", "овое"), ("еве", "евое"), ("єве", "евое"))
# Ukrainian і for an older о or е inside common name stems: "Рівнопілля" is "Ровнополье".
_RU_STEMS = (("рівно", "ровно"), ("кам'ян", "камен"), ("камян", "камен"), ("гірськ", "горск"), ("нівк", "новк"),
             ("піщан", "песчан"), ("зарічн", "заречн"), ("вільн", "вольн"), ("залізничн", "железнодорожн"),
             ("середн", "средн"))
_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": ""})


def _russian_word(word: str) -> str:
    if word in _RU_WORDS:
        return _RU_WORDS[word]
    for uk, ru in _RU_STEMS:
        if uk in word:
            word = word.replace(uk, ru)
    for ending, ru in _RU_SUFFIXES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)] + ru
            break
    return word.translate(_RU_LETTERS)


def russian_cyrillic(uk: str, *, alternatives: bool = True) -> list[str]:
    """Regular Russian spellings of a folded Ukrainian name ("нова полтавка" -> "новая полтавка"),
    with the mixed ones the press also writes ("велика новоселка"); [] when no rule changes it.
    `alternatives`: also the second readings ("клинове" -> "клиновое", "кучерів яр" -> "кучеров яр")."""
    words = uk.split(" ")
    options = [dict.fromkeys((w, _russian_word(unfold(w)), *((
        *(w[: -len(uk)].translate(_RU_LETTERS) + ru for uk, ru in _RU_NEUTER_ADJECTIVE
          if w.endswith(uk) and len(w) > len(uk) + 1),
        *(w[: -len(uk)].translate(_RU_LETTERS) + ru for uk, ru in _RU_POSSESSIVE
          if i < len(words) - 1 and w.endswith(uk) and len(w) > len(uk) + 2)) if alternatives else ())))
        for i, w in enumerate(words)]
    out = []
    for combo in itertools.product(*options):
        ru = " ".join(combo)
        if ru != uk and not _UK_ONLY & set(ru):
            out.append(ru)
    return out[:8]


@functools.cache
def _analyzers() -> tuple:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="uk"), pymorphy3.MorphAnalyzer(lang="ru")


def _languages(word: str) -> tuple:
    uk, ru = _analyzers()
    letters = set(word)
    if letters & _UK_ONLY:
        return (uk,)
    if letters & _RU_ONLY:
        return (ru,)
    return uk, ru


_YI_AFTER_VOWEL = re.compile(r"(?<=[аеєиіїоуюя])і")


def unfold(word: str) -> str:
    """Undo fold()'s ї -> і where Ukrainian spelling needs ї (after a vowel: "киів" -> "київ"),
    so the analyser sees a real word."""
    return _YI_AFTER_VOWEL.sub("ї", word)


@functools.lru_cache(maxsize=None)
def inflections(word: str, *, all_genders: bool = False) -> frozenset[str]:
    """Folded case forms of a folded Cyrillic word read as a nominative noun or adjective
    (same number and gender; every gender with `all_genders`), the word itself left out."""
    out: set[str] = set()
    written = unfold(word)
    for morph in _languages(written):
        for parse in morph.parse(written)[:4]:
            tag = parse.tag
            if "nomn" not in tag or tag.POS not in ("NOUN", "ADJF") or "Cmp2" in tag or "Supr" in tag:
                continue
            # Every form of the lexeme in the name's number (and gender, for an adjective):
            # Ukrainian has several per case ("у Дніпрі", "по Дніпру", "Дніпрові").
            for form in parse.lexeme:
                ftag = form.tag
                if ftag.case not in CASES_ALL or "Cmp2" in ftag or "Supr" in ftag or "COMP" in ftag \
                        or ftag.POS != tag.POS or ("Pltm" not in tag and ftag.number != tag.number and not
                                                   (all_genders and tag.POS == "ADJF")):
                    continue
                if tag.POS == "ADJF" and not all_genders and ftag.gender != tag.gender:
                    continue
                if form.normal_form != parse.normal_form:
                    continue  # a comparative or another word of the lexeme
                out.add(fold(form.word))
    out.discard(word)
    out.discard(written)
    return frozenset(f for f in out if len(f) >= 2 and _CYRILLIC_WORD.match(f))


@functools.lru_cache(maxsize=None)
def inflect_word(word: str, case: str, lang: str | None = None) -> frozenset[str]:
    """Folded forms of a folded Cyrillic nominative word in one case (every reading; one
    language's dictionary with `lang` 'uk' or 'ru')."""
    written = unfold(word)
    out = set()
    morphs = _languages(written)
    if lang:
        morphs = [m for m in morphs if m.lang == lang]
    for morph in morphs:
        for parse in morph.parse(written)[:4]:
            if "nomn" in parse.tag and parse.tag.POS in ("NOUN", "ADJF") and (form := parse.inflect({case})):
                out.add(fold(form.word))
    return frozenset(out or {word})


def word_forms(keys) -> dict[str, str]:
    """Declined word -> the nominative words of gazetteer names it can come from, space-separated
    (strings load faster than lists). Short forms
    ("яру") are kept only for words that never start a name, so they match only inside one."""
    keys = list(keys)
    firsts = {key.split(" ", 1)[0] for key in keys}
    words = sorted({w for key in keys for w in key.split(" ") if _CYRILLIC_WORD.match(w)})
    out: dict[str, list[str]] = {}
    for word in words:
        for form in sorted(inflections(word)):
            if len(form) >= MIN_FORM or word not in firsts:
                out.setdefault(form, []).append(word)
    return {form: " ".join(words) for form, words in out.items()}


def form_blocks(forms: dict[str, str]) -> dict[str, str]:
    """The forms as one text block per first letter ("form\tnominatives" lines): the app parses
    only the blocks of the letters a text uses, so the first Cyrillic text costs a few ms, not 60."""
    blocks: dict[str, list[str]] = {}
    for form in sorted(forms):
        blocks.setdefault(form[0], []).append(f"{form}\t{forms[form]}")
    return {letter: "\n".join(lines) for letter, lines in blocks.items()}


def region_forms() -> tuple[dict[str, str], dict[str, str]]:
    """Every case and gender of the regions' adjectives, and every case of their nouns
    (Харківщина), folded -> the region's name."""
    adjectives: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for area, (uk_adj, ru_adj, names) in REGIONS.items():
        for adj in (uk_adj, ru_adj):
            key = fold(adj)
            head, _, last = key.rpartition(" ")  # "івано франківська": only the last word declines
            for form in {last} | inflections(last, all_genders=True):
                adjectives[f"{head} {form}".strip()] = area
        for noun in names:
            key = fold(noun)
            for form in {key} | inflections(key):
                nouns.setdefault(form, area)
    return adjectives, nouns


def region_words() -> dict[str, str]:
    """Every case and number of the nouns "region", "direction" ... (folded) -> 'region' | 'direction'."""
    out: dict[str, str] = {}
    for kind, nouns in REGION_NOUNS.items():
        for noun in nouns:
            out[noun] = kind
            for morph in _languages(noun):
                parse = morph.parse(noun)[0]
                if parse.tag.POS == "NOUN" and parse.normal_form == noun:
                    out.update((fold(form.word), kind) for form in parse.lexeme if len(form.word) >= MIN_FORM)
    return out


# Spellings that inflect as another word than the name's own: "біля Часового Яру".
ALIASES = {"chasiv yar": ("Часовий Яр", "Часовой Яр"), "velyka novosilka": ("Великая Новосёлка",),
           "vuhledar": ("Угледар",), "siversk": ("Северск",), "kupiansk": ("Купянск",), "robotyne": ("Работино",)}


# Russian cities beyond the border regions that strike and shoot-down reports name (refineries,
# ports, air bases): name, region, lat, lon, population (approximate), Russian and Ukrainian Cyrillic.
RU_CITIES: tuple[tuple[str, str, float, float, int, str, str, tuple[str, ...]], ...] = (
    ("Novorossiysk", "Krasnodar", 44.72, 37.77, 270_000, "Новороссийск", "Новоросійськ", ()),
    ("Tuapse", "Krasnodar", 44.10, 39.08, 60_000, "Туапсе", "Туапсе", ()),
    ("Krasnodar", "Krasnodar", 45.04, 38.98, 950_000, "Краснодар", "Краснодар", ()),
    ("Yeysk", "Krasnodar", 46.71, 38.27, 85_000, "Ейск", "Єйськ", ("Yeisk",)),
    ("Tikhoretsk", "Krasnodar", 45.85, 40.13, 60_000, "Тихорецк", "Тихорецьк", ()),
    ("Primorsko-Akhtarsk", "Krasnodar", 46.05, 38.17, 32_000, "Приморско-Ахтарск", "Приморсько-Ахтарськ", ()),
    ("Rostov-on-Don", "Rostov", 47.23, 39.72, 1_140_000, "Ростов-на-Дону", "Ростов-на-Дону", ("Rostov",)),
    ("Taganrog", "Rostov", 47.21, 38.94, 250_000, "Таганрог", "Таганрог", ()),
    ("Novoshakhtinsk", "Rostov", 47.76, 39.93, 105_000, "Новошахтинск", "Новошахтинськ", ()),
    ("Millerovo", "Rostov", 48.92, 40.40, 35_000, "Миллерово", "Міллерове", ()),
    ("Morozovsk", "Rostov", 48.35, 41.83, 26_000, "Морозовск", "Морозовськ", ()),
    ("Voronezh", "Voronezh", 51.67, 39.18, 1_050_000, "Воронеж", "Воронеж", ()),
    ("Ryazan", "Ryazan", 54.63, 39.74, 530_000, "Рязань", "Рязань", ()),
    ("Saratov", "Saratov", 51.53, 46.03, 830_000, "Саратов", "Саратов", ()),
    ("Engels", "Saratov", 51.48, 46.12, 225_000, "Энгельс", "Енгельс", ()),
    ("Volgograd", "Volgograd", 48.71, 44.51, 1_000_000, "Волгоград", "Волгоград", ()),
    ("Syzran", "Samara", 53.16, 48.47, 170_000, "Сызрань", "Сизрань", ()),
    ("Novokuibyshevsk", "Samara", 53.10, 49.92, 100_000, "Новокуйбышевск", "Новокуйбишевськ", ("Novokuybyshevsk",)),
    ("Kstovo", "Nizhny Novgorod", 56.15, 44.20, 66_000, "Кстово", "Кстово", ()),
    ("Yaroslavl", "Yaroslavl", 57.63, 39.87, 570_000, "Ярославль", "Ярославль", ()),
    ("Lipetsk", "Lipetsk", 52.61, 39.59, 500_000, "Липецк", "Липецьк", ()),
    ("Tambov", "Tambov", 52.72, 41.45, 280_000, "Тамбов", "Тамбов", ()),
    ("Kaluga", "Kaluga", 54.51, 36.26, 330_000, "Калуга", "Калуга", ()),
    ("Tula", "Tula", 54.19, 37.62, 470_000, "Тула", "Тула", ()),
    ("Smolensk", "Smolensk", 54.78, 32.05, 320_000, "Смоленск", "Смоленськ", ()),
    ("Pskov", "Pskov", 57.82, 28.33, 190_000, "Псков", "Псков", ()),
    ("Ust-Luga", "Leningrad", 59.68, 28.40, 2_000, "Усть-Луга", "Усть-Луга", ()),
    ("Kazan", "Tatarstan", 55.79, 49.12, 1_300_000, "Казань", "Казань", ()),
    ("Cheboksary", "Chuvashia", 56.13, 47.25, 490_000, "Чебоксары", "Чебоксари", ()),
    # Refineries, arsenals, drone plants and air bases struck or attacked deep in Russia (GeoNames
    # coordinates; Gukovo, Velikiye Luki and Gelendzhik left out: Ukrainian villages share their spellings).
    ("Kirishi", "Leningrad", 59.47, 32.04, 52_000, "Кириши", "Кіріші", ()),
    ("Yelabuga", "Tatarstan", 55.76, 52.04, 74_000, "Елабуга", "Єлабуга", ("Elabuga", "Alabuga", "Алабуга")),
    ("Toropets", "Tver", 56.50, 31.64, 12_000, "Торопец", "Торопець", ()),
    ("Afipsky", "Krasnodar", 44.90, 38.84, 18_000, "Афипский", "Афіпський", ("Afipskiy", "Afipskyi")),
    ("Ilsky", "Krasnodar", 44.84, 38.56, 23_000, "Ильский", "Ільський", ("Ilskiy", "Ilskyi")),
    ("Orsk", "Orenburg", 51.23, 58.49, 230_000, "Орск", "Орськ", ()),
    ("Ukhta", "Komi", 63.57, 53.69, 95_000, "Ухта", "Ухта", ()),
    ("Ufa", "Bashkortostan", 54.74, 55.97, 1_100_000, "Уфа", "Уфа", ()),
    ("Nizhnekamsk", "Tatarstan", 55.64, 51.82, 240_000, "Нижнекамск", "Нижньокамськ", ()),
    ("Almetyevsk", "Tatarstan", 54.90, 52.30, 160_000, "Альметьевск", "Альметьєвськ", ()),
    ("Oryol", "Oryol", 52.97, 36.08, 300_000, "Орёл", "Орел", ("Orel",)),
    ("Kotovo", "Volgograd", 50.32, 44.81, 22_000, "Котово", "Котово", ()),
    ("Sochi", "Krasnodar", 43.60, 39.72, 440_000, "Сочи", "Сочі", ()),
    ("Tver", "Tver", 56.86, 35.90, 420_000, "Тверь", "Твер", ()),
    ("Murmansk", "Murmansk", 68.97, 33.10, 270_000, "Мурманск", "Мурманськ", ()),
    ("Kolomna", "Moscow", 55.07, 38.78, 140_000, "Коломна", "Коломна", ()),
    ("Novocherkassk", "Rostov", 47.42, 40.09, 160_000, "Новочеркасск", "Новочеркаськ", ()),
    ("Kamensk-Shakhtinsky", "Rostov", 48.32, 40.27, 85_000, "Каменск-Шахтинский", "Каменськ-Шахтинський", ("Kamensk-Shakhtinskiy",)),
    ("Slavyansk-na-Kubani", "Krasnodar", 45.25, 38.12, 63_000, "Славянск-на-Кубани", "Слов'янськ-на-Кубані", ()),
    ("Armavir", "Krasnodar", 45.00, 41.11, 190_000, "Армавир", "Армавір", ()),
    ("Stavropol", "Stavropol", 45.04, 41.97, 450_000, "Ставрополь", "Ставрополь", ()),
    ("Astrakhan", "Astrakhan", 46.35, 48.04, 470_000, "Астрахань", "Астрахань", ()),
    ("Makhachkala", "Dagestan", 42.98, 47.50, 600_000, "Махачкала", "Махачкала", ()),
    ("Kaspiysk", "Dagestan", 42.88, 47.64, 120_000, "Каспийск", "Каспійськ", ()),
    ("Ulyanovsk", "Ulyanovsk", 54.33, 48.39, 620_000, "Ульяновск", "Ульяновськ", ()),
    ("Penza", "Penza", 53.20, 45.01, 500_000, "Пенза", "Пенза", ()),
    ("Nizhny Novgorod", "Nizhny Novgorod", 56.33, 44.00, 1_200_000, "Нижний Новгород", "Нижній Новгород", ()),
    ("Perm", "Perm", 58.01, 56.25, 1_000_000, "Пермь", "Перм", ()),
    ("Yekaterinburg", "Sverdlovsk", 56.86, 60.62, 1_500_000, "Екатеринбург", "Єкатеринбург", ()),
    ("Chelyabinsk", "Chelyabinsk", 55.16, 61.43, 1_200_000, "Челябинск", "Челябінськ", ()),
    ("Izhevsk", "Udmurtia", 56.85, 53.20, 640_000, "Ижевск", "Іжевськ", ()),
    ("Votkinsk", "Udmurtia", 57.05, 53.99, 95_000, "Воткинск", "Воткінськ", ()),
    ("Chapayevsk", "Samara", 52.98, 49.71, 70_000, "Чапаевск", "Чапаєвськ", ()),
    ("Ostrogozhsk", "Voronezh", 50.87, 39.08, 32_000, "Острогожск", "Острогозьк", ()),
    ("Anapa", "Krasnodar", 44.89, 37.32, 80_000, "Анапа", "Анапа", ()),
    ("Orenburg", "Orenburg", 51.77, 55.10, 550_000, "Оренбург", "Оренбург", ()),
    ("Cherepovets", "Vologda", 59.13, 37.90, 300_000, "Череповец", "Череповець", ()),
    ("Volgodonsk", "Rostov", 47.51, 42.15, 170_000, "Волгодонск", "Волгодонськ", ()),
    ("Novovoronezh", "Voronezh", 51.32, 39.22, 31_000, "Нововоронеж", "Нововоронеж", ()),
    ("Borisoglebsk", "Voronezh", 51.37, 42.10, 62_000, "Борисоглебск", "Борисоглібськ", ()),
    ("Nevinnomyssk", "Stavropol", 44.63, 41.94, 115_000, "Невинномысск", "Невинномиськ", ()),
    ("Tolyatti", "Samara", 53.53, 49.35, 680_000, "Тольятти", "Тольятті", ("Togliatti",)),
    ("Saransk", "Mordovia", 54.18, 45.17, 310_000, "Саранск", "Саранськ", ()),
    ("Michurinsk", "Tambov", 52.91, 40.48, 90_000, "Мичуринск", "Мічурінськ", ()),
    ("Kingisepp", "Leningrad", 59.38, 28.61, 45_000, "Кингисепп", "Кінгісепп", ()),
    ("Buturlinovka", "Voronezh", 50.83, 40.60, 24_000, "Бутурлиновка", "Бутурлинівка", ()),
)
# Capitalised words that are far more often ordinary words or speakers' adjectives than villages.
COMMON_WORDS = ("украинское", "українське", "украинский", "український", "російське", "российское", "русское",
                "народное", "народне", "республика", "республіка", "командование", "командування", "чорне",
                "черное", "азовское", "азовське", "морское", "морське", "речное", "річкове", "центральное",
                "центральне", "южное", "южне", "северное", "північне", "восточное", "східне", "западное",
                "західне", "мирное", "мирне", "военное", "військове", "китай", "берлин", "берлін", "кавказ",
                "марс", "софія", "софия", "марія", "мария", "ленін", "ленин", "ленина", "джерела", "наукова",
                "вільні", "середній", "старое", "ток", "люксембург", "париж", "лондон", "мюнхен", "варшава",
                "прага", "відень", "вена", "рим", "мілан", "милан", "говерла")
FRONT_NAME_KM = 60.0
"""A small village this far from the front whose name is also a given name or surname needs evidence."""


def _add_ru_cities(data: dict) -> None:
    """Append the Russian cities (once) and give each of their spellings to them first."""
    places: list[list] = data["places"]
    names: dict[str, list[int]] = data["names"]
    known = {(row[0], row[1]) for row in places}
    for name, region, lat, lon, pop, ru, uk, others in RU_CITIES:
        if (name, region) in known:
            idx = next(i for i, row in enumerate(places) if (row[0], row[1]) == (name, region))
        else:
            idx = len(places)
            places.append([name, region, lat, lon, pop, "city" if pop >= 50_000 else "town"])
        for spelling in {name, ru, uk, *others, ru_to_latin(ru)}:
            bucket = names.setdefault(fold(spelling), [])
            if idx in bucket:
                bucket.remove(idx)
            bucket.insert(0, idx)


def _ru_city_names() -> set[str]:
    """The folded Latin names of RU_CITIES and their other spellings: never weak (a city is no common word)."""
    return {fold(c[0]) for c in RU_CITIES} | {fold(o) for c in RU_CITIES for o in c[7]}


def add_ru_cities(data: dict, forms: dict) -> int:
    """RU_CITIES added to shipped data in place (`build_gazetteer.py --ru-cities`): the cities not
    there yet, their spellings first in their lists, and the declined forms of their new Cyrillic
    words merged into `forms`; every other place, spelling and form left as it is. Returns how
    many places were added."""
    before, known = len(data["places"]), set(data["names"])
    _add_ru_cities(data)
    data["weak"] = sorted(set(data.get("weak", ())) - _ru_city_names())
    merge_word_forms(forms, [k for k in data["names"] if k not in known and any("\u0400" <= ch <= "\u04ff" for ch in k)])
    return len(data["places"]) - before


def merge_word_forms(forms: dict, words: list[str]) -> None:
    """The declined forms of new Cyrillic `words` merged into the shipped `forms` in place, every
    form already there kept with its words first."""
    merged: dict[str, str] = {}
    for block in forms["forms"].values():
        for line in block.split("\n"):
            form, _, nominatives = line.partition("\t")
            merged[form] = nominatives
    for form, nominatives in word_forms(words).items():
        have = merged.get(form, "").split()
        merged[form] = " ".join(have + [w for w in nominatives.split() if w not in have])
    forms["forms"] = form_blocks(merged)


def _own_names_first(data: dict, keep: set[str]) -> None:
    """In each Cyrillic spelling's list, a place whose Latin name romanises from it comes first among
    places of its kind (known to GeoNames, or codifier-only): "Слов'янськ" is Sloviansk before it is
    an old name of Nikopol. `keep`: hand-checked old names, left as the build ordered them."""
    places: list[list] = data["places"]
    for key, bucket in data["names"].items():
        if len(bucket) < 2 or key in keep or not ("\u0400" <= key[0] <= "\u04ff"):
            continue
        own = {fold(uk_to_latin(unfold(key))), fold(ru_to_latin(key)), fold(ru_to_latin_ye(ru_to_latin(key)))}
        bucket.sort(key=lambda i: (len(places[i]) > 6, fold(places[i][0]) not in own))


def _russian_latin_forms(ru: str) -> set[str]:
    """How the press romanises a Russian spelling: Rovnopolye, Ostapovskoye, Tabayevka."""
    plain = ru_to_latin(ru)
    return {fold(plain), fold(ru_to_latin_ye(plain)), fold(ru_to_latin(ru.replace("ье", "йе")))}


def _possessive_adjective(key: str) -> str | None:
    """"кучерів яр" -> "кучеровий яр": a possessive first word declines as an adjective
    («біля Кучерового Яру»), so its adjective stands beside the name."""
    first, _, rest = key.partition(" ")
    if rest and first.endswith("ів") and len(first) > 4:
        return f"{first[:-2]}овий {rest}"
    return None


_PLAIN_NEUTER = ("кое", "хое", "чье", "нее", "шье", "лье", "тье", "зье")


def _common_russian_word(word: str) -> bool:
    """A derived Russian spelling that Russian's dictionary knows as an ordinary adjective or noun
    (only the neuter endings that the -не rule did not already derive, whose names are settled)."""
    if not (word.endswith(_PLAIN_NEUTER) and not word.endswith(("ское", "цкое"))):
        return False
    ru = _analyzers()[1]
    return any(p.is_known and "Geox" not in p.tag and p.score >= 0.3 for p in ru.parse(word)[:1])


_ORDINARY_POS = ("ADJF", "PRTF", "NPRO", "NUMR")
_PROPER = frozenset(("Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"))
_PLACE_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|ск|цк)[а-яіїєґё]{0,3}$")


def ordinary_adjective_names(names) -> list[str]:
    """Folded one-word Cyrillic names that the dictionaries read first as an ordinary adjective,
    pronoun or numeral («Певна», «Нова», «Тиха»): a declined form of one opening a sentence
    («Певну частину ...») is that word, not the village, unless something says it is a place."""
    out = []
    for key in names:
        if " " in key or not _CYRILLIC_WORD.match(key) or _PLACE_ADJECTIVE.search(key):
            continue  # (a -ський adjective made from a place is the place's own word)
        written = unfold(key)
        for morph in _languages(written):
            top = morph.parse(written)[0]
            if top.is_known and top.score >= 0.5 and top.tag.POS in _ORDINARY_POS and not (_PROPER & top.tag.grammemes):
                out.append(key)
                break
    return sorted(out)


def _name_like_villages(data: dict) -> set[str]:
    """Cyrillic one-word names of small villages far from the front that the dictionaries know as a
    given name or surname («Романов», «Марія»): like "Rudenko" in Latin, they need evidence."""
    from tui.core.claims.gazetteer import FRONT_TOWNS, distance_km

    places: list[list] = data["places"]
    names: dict[str, list[int]] = data["names"]
    front = [(places[names[fold(t)][0]][2], places[names[fold(t)][0]][3]) for t in FRONT_TOWNS if fold(t) in names]
    out = set()
    for key, idxs in names.items():
        if " " in key or not _CYRILLIC_WORD.match(key) or any(places[i][4] >= 2_000 for i in idxs):
            continue
        if any(min(distance_km(places[i][2], places[i][3], *f) for f in front) < FRONT_NAME_KM for i in idxs):
            continue
        written = unfold(key)
        for morph in _languages(written):
            if any(p.is_known and "nomn" in p.tag and {"Name", "Surn", "Patr"} & p.tag.grammemes
                   for p in morph.parse(written)[:2]):
                out.add(key)
                break
    return out


def add_morphology(data: dict, old_names: set[str] = frozenset(), stop: set[str] = frozenset()) -> dict:
    """Add Russian spellings of Ukrainian names (Cyrillic and their press romanisations), Russian
    cities and own-name order to the data; return the declined-forms data (kept in its own file,
    read only when a text holds Cyrillic). `stop`: spellings never to add."""
    names: dict[str, list[int]] = data["names"]
    places: list[list] = data["places"]
    weak = set(data.get("weak", ()))
    _own_names_first(data, {fold(n) for n in old_names})
    given = set(names)
    for key in [k for k in names if any("\u0400" <= ch <= "\u04ff" for ch in k)]:
        derived = list(russian_cyrillic(key))
        # a second reading does not join a spelling GeoNames or the codifier gives another place
        second = set(derived) - set(russian_cyrillic(key, alternatives=False))
        if adjective := _possessive_adjective(key):
            derived.append(adjective)
        for ru in derived:
            if ru not in names and len(ru) >= MIN_FORM:
                names[ru] = list(names[key])
                if key in weak or _common_russian_word(ru):
                    weak.add(ru)  # «Тихое», «Сухое», «Верхнее»: a plain Russian adjective needs evidence
            elif ru in names and ru != key and not (ru in second and ru in given):
                # Another place's own spelling ("Песчаное" in Crimea): the Ukrainian namesakes join
                # it as candidates after it, so the story's places and the front can choose.
                names[ru] += [i for i in names[key] if i not in names[ru]]
            # Latin spellings only for places the build knows by this Cyrillic name first.
            # (only where a Russian suffix or word differs: a mere letter swap gives no spelling the press uses)
            regular = ru != adjective and ru != unfold(key).translate(_RU_LETTERS)
            for latin in _russian_latin_forms(ru) if regular else ():
                if latin in names or latin in stop or len(latin) < 6 or not latin.replace(" ", "").isalpha():
                    continue
                names[latin] = list(names[key])
                if key in weak or (len(latin.replace(" ", "")) <= 4 and all(len(places[i]) > 6 for i in names[key])):
                    weak.add(latin)
    for latin, spellings in ALIASES.items():
        for spelling in spellings:
            names.setdefault(fold(spelling), list(names[latin][:1]))
    _add_ru_cities(data)
    weak -= _ru_city_names()
    weak |= {w for w in COMMON_WORDS if w in names}
    weak |= _name_like_villages(data)
    data["weak"] = sorted(weak)
    adjectives, nouns = region_forms()
    return {"forms": form_blocks(word_forms(k for k in names if any("\u0400" <= ch <= "\u04ff" for ch in k))),
            "regions": adjectives, "region_nouns": nouns, "region_words": region_words(),
            "ordinary": ordinary_adjective_names(names)}
