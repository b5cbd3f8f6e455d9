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

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
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
_RU_SUFFIXES = (("ївка", "евка"), ("івка", "овка"), ("ське", "ское"), ("цьке", "цкое"), ("ська", "ская"),
                ("цька", "цкая"), ("ськ", "ск"), ("цьк", "цк"), ("ський", "ский"), ("цький", "цкий"),
                ("ине", "ино"), ("ове", "ово"), ("еве", "ево"), ("єве", "ево"), ("ілка", "елка"))
_RU_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "", "’": ""})


def _russian_word(word: str) -> str:
    if word in _RU_WORDS:
        return _RU_WORDS[word]
    for ending, ru in _RU_SUFFIXES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            word = word[: -len(ending)] + ru
            break
    return word.translate(_RU_LETTERS)


def russian_cyrillic(uk: str) -> list[str]:
    """Regular Russian spellings of a folded Ukrainian name ("нова полтавка" -> "новая полтавка"),
    with the mixed ones the press also writes ("велика новоселка"); [] when no rule changes it."""
    words = uk.split(" ")
    options = [dict.fromkeys((w, _russian_word(w))) for w in words]
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
            variants = [parse]
            if all_genders and tag.POS == "ADJF":
                variants = [v for g in ("masc", "femn", "neut", "plur") if (v := parse.inflect({g}))]
            for variant in variants:
                for case in CASES:
                    form = variant.inflect({case})
                    if form is not None:
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


def add_morphology(data: dict) -> dict:
    """Add Russian spellings of Ukrainian names to the data; return the declined-forms data
    (kept in its own file, read only when a text holds Cyrillic)."""
    names: dict[str, list[int]] = data["names"]
    weak = set(data.get("weak", ()))
    for key in [k for k in names if any("\u0400" <= ch <= "\u04ff" for ch in k)]:
        for ru in russian_cyrillic(key):
            if ru not in names and len(ru) >= MIN_FORM:
                names[ru] = list(names[key])
                if key in weak:
                    weak.add(ru)
    for latin, spellings in ALIASES.items():
        for spelling in spellings:
            names.setdefault(fold(spelling), list(names[latin][:1]))
    data["weak"] = sorted(weak)
    adjectives, nouns = region_forms()
    return {"forms": word_forms(k for k in names if any("\u0400" <= ch <= "\u04ff" for ch in k)),
            "regions": adjectives, "region_nouns": nouns, "region_words": region_words()}
