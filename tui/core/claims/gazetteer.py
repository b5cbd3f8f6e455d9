"""Offline gazetteer: every spelling of a Ukrainian (or Russian border) place -> one Place.

The data file is built by scripts/build_gazetteer.py (GeoNames, the KATOTTG codifier and a
hand-written supplement) and loaded lazily on first use, so importing this module costs nothing at
app start. Declined Ukrainian and Russian forms («у Куп'янську», «Нової Полтавки») come from a
second file generated at build time with pymorphy3's dictionaries (scripts/gazetteer_forms.py),
read on the first Cyrillic word that needs it (`morphology()`): at run time a declined word is a
dict lookup, and pymorphy3 is never loaded. The places stage built on this is places.py.
Matching is token based: the text is split into words once and a dictionary keyed by folded
spellings is probed with the longest run of words first, so cost grows with the text, not with
the tens of thousands of names.
"""

from __future__ import annotations

import gc
import gzip
import itertools
import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import orjson

from tui.core.claims.translit import ru_to_latin, uk_to_latin

_UK_LETTERS = re.compile(r"[іїєґ]")  # a Ukrainian spelling (else Russian) for romanising a name
DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.json.gz"
FORMS_FILE = DATA_FILE.with_name("gazetteer_forms.json.gz")
"""Declined Ukrainian/Russian forms generated at build time with pymorphy3 (read on first Cyrillic text)."""

OBLASTS_UA = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv", "13": "Kyiv",
    "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odesa", "18": "Poltava",
    "19": "Rivne", "20": "Sevastopol", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia",
    "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr",
}
"""GeoNames admin1 codes of Ukraine -> oblast names in the national romanisation."""
UKRAINIAN_OBLASTS = frozenset(OBLASTS_UA.values()) - {"Crimea", "Sevastopol"}
"""Ukraine's oblasts, Crimea apart."""
SPLIT_OBLASTS = frozenset(("Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"))
"""The oblasts the front cuts through, whose parts both sides' officials speak for (local officials
of any other oblast speak for its country: Russia's regions, and Crimea and Sevastopol with their
installed officials, for Russia)."""

OBLASTS_RU = {"09": "Belgorod", "10": "Bryansk", "41": "Kursk"}
"""The Russian border regions that appear in strike reports."""
_RU_OBLASTS = frozenset(OBLASTS_RU.values())
RU_AREAS = frozenset({*OBLASTS_RU.values(), "Rostov", "Voronezh", "Oryol", "Orel", "Lipetsk", "Tula", "Kaluga",
                      "Smolensk", "Moscow", "Tambov", "Ryazan", "Saratov", "Volgograd", "Leningrad", "Krasnodar",
                      "Samara", "Nizhny Novgorod", "Novgorod", "Yaroslavl", "Pskov", "Tver", "Penza", "Astrakhan",
                      "Tatarstan", "Chuvashia"})
"""Regions of Russia a text may name."""

# Spellings of oblast names as they appear before "Oblast"/"region" in news text.
OBLAST_SPELLINGS = {
    "donetsk": "Donetsk", "donetska": "Donetsk", "донецька": "Donetsk", "донецкая": "Donetsk",
    "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "kharkivska": "Kharkiv", "харківська": "Kharkiv",
    "zaporizhzhia": "Zaporizhzhia", "zaporizhia": "Zaporizhzhia", "zaporozhye": "Zaporizhzhia",
    "запорізька": "Zaporizhzhia", "luhansk": "Luhansk", "lugansk": "Luhansk",
    "луганська": "Luhansk", "kherson": "Kherson", "херсонська": "Kherson",
    "dnipropetrovsk": "Dnipropetrovsk", "dnipro": "Dnipropetrovsk", "дніпропетровська": "Dnipropetrovsk",
    "sumy": "Sumy", "сумська": "Sumy", "mykolaiv": "Mykolaiv", "odesa": "Odesa", "odessa": "Odesa",
    "kyiv": "Kyiv", "kiev": "Kyiv", "chernihiv": "Chernihiv", "poltava": "Poltava",
    "belgorod": "Belgorod", "белгородская": "Belgorod", "kursk": "Kursk", "курская": "Kursk",
    "bryansk": "Bryansk", "брянская": "Bryansk", "zhytomyr": "Zhytomyr", "lviv": "Lviv",
    "vinnytsia": "Vinnytsia", "cherkasy": "Cherkasy", "kirovohrad": "Kirovohrad",
    "khmelnytskyi": "Khmelnytskyi", "rivne": "Rivne", "volyn": "Volyn", "ternopil": "Ternopil",
}
_REGION_WORDS = {"oblast", "region", "province", "oblasts", "область", "області", "oblast's",
                 "region's", "people's", "peoples", "people", "regions", "provinces", "krai", "oblasti", "regional",
                 "territory"}  # "the Krasnodar Territory", capitalised: Moscow's English for a krai
# "the Kupiansk direction", "the Pokrovsk axis": a stretch of front named after a town.
_DIRECTION_WORDS = {"direction", "directions", "direction's", "axis", "axes", "sector", "sectors", "salient",
                    "front", "fronts", "bridgehead"}
# A plural makes every name listed before it the same kind: "in Volyn, Lviv and Rivne oblasts".
_PLURAL_AREA_WORDS = {"oblasts", "regions", "provinces", "directions", "axes", "sectors", "fronts"}
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…]\s+|[\n«\"“])\s*$")
_LOWER_WORD_AFTER = re.compile(r" [а-яіїєґё]")
_SMALL_TOWN = 5_000
_LIST_GAP = re.compile(r"\s*(?:,|,? and|,? or|&|-|–|/|,? та|,? і|,? й|,? и)\s*")
_JOINED_GAP = re.compile(r"\s*[-–/]\s*")
# "the Kharkiv front line", "the Kupiansk front-line sector": "front" then "line" is not a direction.
_FRONT_LINE = re.compile(r"[- ]lines?\b")

_APOSTROPHES = "'’ʼ`´‘\u02bc"
_KEEP_MARKS = {"\u0306"}  # the breve keeps й apart from и
_POSSESSIVE_RE = re.compile(r"^(.+?)[" + _APOSTROPHES + r"]s$")
_MAX_WORDS = 4
_LETTERS = r"[^\W\d_]+(?:[" + _APOSTROPHES + r"][^\W\d_]+)*"
# A capital Latin or Cyrillic letter that starts a word (names are proper nouns in both scripts:
# "атаки" is "attacks", not the village Ataky), then the rest of the word. The pattern opens with
# a character class so the regex engine can skip ahead to candidates fast (a leading lookbehind
# would be evaluated at every position).
_FIRST_WORD_RE = re.compile(r"[A-Z\u00c0-\u00de\u0400-\u042f\u0490](?<![^\W\d_].)(?<=[^\W\d_])[^\W\d_]*"
                            r"(?:[" + _APOSTROPHES + r"][^\W\d_]+)*")
# "the village of Lan", "с. Перемога", "Lan, a village": words that make a common word a place.
_SETTLEMENT_BEFORE = re.compile(r"(?:\b(?:[Vv]illages?|[Ss]ettlements?|[Hh]amlet|[Kk]hutir|[Ss]elyshche)(?: of)?"
                                r"|(?<![^\W\d_])(?:село|селі|села|селище|селища|с\.|смт|сел\.|селе|селом|сёла|"
                                r"пос[её]л(?:ок|ка|ку|ке|ком)|пгт|деревн[яиеюой]|хутор[аеу]?|"
                                r"населенн\w* пункт\w*|населённ\w* пункт\w*|населен\w* пункт\w*))\s*$")
# "seized Sosnivka", «звільнили Сосновку»: verbs whose object is a place.
_PLACE_CUE_BEFORE = re.compile(r"(?:\b(?:seized|captured|took|taken|liberated|entered|recaptured|retook|capture of|"
                               r"liberation of|control of|"
                               # "in central Stepove", "on the northern outskirts of Stepove": a part of a place
                               r"(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)|"
                               r"(?:outskirts|edge|centre|center) of(?: the)?)|(?<![^\W\d_])(?:захопили|звільнили|взяли|увійшли в|"
                               r"освободили|заняли|вошли в|освобождение|захоплення|звільнення|освобождены|контроль над))\s+$", re.IGNORECASE)
# What stands right before a place: a preposition, a verb taking a place, a list's comma or "and".
_VARIANT_CUE_BEFORE = re.compile(r"(?:\b(?:in|near|of|at|to|from|towards?|around|outside|into|over|and|or|seized|captured|"
                                 r"took|taken|liberated|entered|recaptured|retook|retaken|reached)|,)\s+$")
_CAPITAL_AFTER = re.compile(r"[ -][A-Z]")
_SETTLEMENT_AFTER = re.compile(r",? (?:a |the )?(?:village|settlement|hamlet)\b")
# «на границе с Курской областью»: a region the place borders, not the one it lies in
_BORDER_WITH_BEFORE = re.compile(r"(?:границ|кордон)\w* (?:с|со|з|із) $")
_NEXT_WORD_RE = re.compile(r"(?: |-)(" + _LETTERS + ")")
HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LETTERS = r"[\u0400-\u04ff]+(?:['’ʼ-][\u0400-\u04ff]+)*"
# A word, then a Cyrillic noun of region or direction ("Сумській області", "Покровському напрямку"):
# the stems only pick candidates fast; the generated forms decide.
_CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff]+")
# First letters of the Cyrillic nouns of region and direction: only these words are looked up.
_AREA_NOUN_STARTS = frozenset(("обла", "регі", "реги", "край", "краю", "крае", "края", "краї", "райо", "окру",
                               "респ", "напр", "діля", "учас"))
# A settlement word after a region's adjective: «Курская деревня», «белгородское село», «брянский посёлок».
_FRAMED_NOUN_STARTS = frozenset(("дере", "село", "села", "селе", "посе", "посё", "хуто"))
_WORD_BEFORE_RE = re.compile(r"(" + _CYRILLIC_LETTERS + r")\s+$")
# A plural area noun («напрямках», «направлениям», «областях»; «Сумську та Харківську області», the
# accusative plural) and the adjectives listed before its own.
_PLURAL_NOUN_END = re.compile(r"(?:ах|ях|ам|ям|ами|ями)$")
_LISTED_BEFORE_RE = re.compile(r"(" + _CYRILLIC_LETTERS + r"(?:ому|ім|ій|ом|ой|ей|ем|ську|цьку|зьку|скую|цкую|зкую))\s*(?:,|\s(?:та|і|й|и|а також))\s+$")
# A preposition right before a word: what follows it is declined («во Львове», «під Покровськом»).
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:в|во|у|о|об|при|на|по|під|под|над|біля|около|возле|поблизу|из|із|з|от|від|до|к|за)\s+$",
                                 re.IGNORECASE)
_PEOPLES_REPUBLIC_RE = re.compile(r"(?<![\w-])[ДЛ]НР(?![\w-])")
# «на Сіверському – ще три атаки», «10 на Купянском и 5 на Лиманском»: a direction's adjective with its noun left out.
_ELIDED_DIRECTION_RE = re.compile(r"(?<![\w'’])[Нн]а\s+([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ському|цькому|зькому|ском|цком))"
                                  r"(?=\s*[–—,:;-]\s|\s+(?:і|й|та|и|а)\s|[.;]?$)")


_ASCII_FOLD = str.maketrans({**dict.fromkeys(ch for ch in _APOSTROPHES if ch.isascii()), "-": " "})


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key; hyphens become spaces."""
    if text.isascii():
        # No accents to take off, and Unicode normalisation leaves ASCII as it is.
        return " ".join(text.lower().translate(_ASCII_FOLD).split())
    text = unicodedata.normalize("NFD", text.casefold())
    text = "".join(
        ch for ch in text if ch not in _APOSTROPHES and (not unicodedata.combining(ch) or ch in _KEEP_MARKS)
    )
    text = text.replace("-", " ").replace("ё", "е")
    return unicodedata.normalize("NFC", " ".join(text.split()))


_CYRILLIC_FOLD = str.maketrans({"ї": "і", "Ї": "і", "ё": "е", "Ё": "е", **dict.fromkeys(_APOSTROPHES)})


_NEEDS_NORMALISING = re.compile(r"[\u0300-\u036f\u00c0-\u024f]")


def _fold_cyrillic(word: str) -> str:
    """fold() for one word of Cyrillic letters (fast: no Unicode normalisation unless it holds
    a combining mark or an accented Latin letter)."""
    if _NEEDS_NORMALISING.search(word):
        return fold(word)
    return word.lower().translate(_CYRILLIC_FOLD)


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


_ADJECTIVE = re.compile(r"([А-ЯІЇЄҐ][а-яіїєґё'’-]{2,})(ськ|цьк|ск|цк)(?:ий|ій|ого|ому|им|ім|ом|ая|ой|ую|ое|ые|ие|их|ими|а|ої|у|е|і)")
"""A capitalised adjective of a town: its stem and the -ск-/-цьк- of its ending."""
_PLANT_OF_TOWN = re.compile(
    rf"\b({_ADJECTIVE.pattern})\s+(?:НПЗ|ТЭЦ|ТЕЦ|ГРЭС|ГРЕС|НПС|"
    r"(?:нефтеперерабатыва|нафтопереробн|нефтехим|нафтохім|нефтебаз|нафтобаз|завод|комбинат|"
    r"аэродром|аеродром|аэропорт|аеропорт|порт|морпорт|электростанц|електростанц|подстанц|підстанц)\w*)")
"""A plant, port or airfield named by its town's adjective, as Russian and Ukrainian reports name
what was struck."""


@dataclass(frozen=True, slots=True)
class Place:
    """A populated place with its canonical name."""

    name: str
    oblast: str
    lat: float
    lon: float
    population: int
    """0 when unknown (villages known only from the KATOTTG codifier)."""
    kind: str
    """'city', 'town', 'settlement' (the former urban-type settlements) or 'village'."""
    approx: bool = False
    """True when lat/lon are the centre of the place's hromada (or raion), not the place itself."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place named in a text: where, as what, and every place the spelling could mean."""

    start: int
    end: int
    text: str
    place: Place
    candidates: tuple[Place, ...]
    region: bool = False
    """True when the words name an oblast ("Donetsk Oblast") or a direction ("the Pokrovsk axis"),
    not the town itself."""
    kind: str = "place"
    """'place', 'region' or 'direction' (region is True for the last two)."""


# A village-only name right after a title or given name, or before a verb of speech, is a
# surname: "governor Viacheslav Chaus", "Chaus said".
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:[Gg]overnor|[Mm]ayor|[Mm]inister|[Gg]eneral|[Cc]olonel|[Cc]ommander|[Ss]pokes(?:man|woman|person)"
    r"|[Pp]resident|[Hh]ead|[Cc]hief|[Dd]eputy|[Ll]ieutenant|[Ss]ergeant|[Cc]aptain|[Mm]rs?|Ms|Dr|[Aa]nalyst"
    r"|[Bb]logger|[Jj]ournalist|[Cc]orrespondent|[Ss]oldier|[Ss]enator|[Aa]mbassador|[Pp]rosecutor|[Jj]udge)\.?"
    r"|\b(?:Oleksandr|Oleksii|Olexander|Volodymyr|Vladimir|Viacheslav|Vyacheslav|Vitalii|Vitaly|Serhii|Serhiy"
    r"|Sergei|Sergey|Andrii|Andriy|Andrei|Andrey|Dmytro|Dmitry|Dmitri|Mykola|Nikolai|Mykhailo|Mikhail|Yurii"
    r"|Yuriy|Yuri|Ihor|Igor|Oleh|Oleg|Petro|Pyotr|Pavlo|Pavel|Ivan|Vadym|Vadim|Valerii|Valery|Yevhen|Yevgeny"
    r"|Maksym|Maxim|Bohdan|Taras|Roman|Ruslan|Anatolii|Anatoly|Viktor|Vasyl|Vasily|Hennadii|Gennady|Kyrylo"
    r"|Kirill|Denys|Denis|Artem|Stepan|Yaroslav|Vladyslav|Rostyslav|Borys|Boris|Leonid|Hryhorii|Grigory|Fedir"
    r"|Illia|Ilya|Tymur|Alexander|Alexei|Alexey|Konstantin|Kostiantyn|Ramzan|Yevgeniy|Iryna|Irina|Olena|Elena"
    r"|Tetiana|Tatiana|Nataliia|Natalia|Yuliia|Yulia|Oksana|Liudmyla|Lyudmila|Halyna|Galina|Kateryna|Yekaterina"
    r"|Mariia|Maria|Anna|Olha|Olga|Svitlana|Svetlana|Viktoriia|Victoria|Larysa|Larisa|Margarita|Ella)"
    # the same in Cyrillic: «мэр Игорь Терехов», «губернатор Синєгубов», «голова ОВА Іван Федоров»
    r"|(?:[Мм]эр\w*|[Мм]ер\w*|[Гг]убернатор\w*|[Гг]лав[аыеу]|[Гг]олов[аиі]|[Мм]инистр\w*|[Мм]іністр\w*|[Гг]енерал\w*"
    r"|[Кк]омандующ\w*|[Кк]омандувач\w*|[Рр]ечни[кц]\w*|[Пп]ресс?-?секретар\w*)"
    r"|(?<![\w'’])(?:Игор[ьяю]|Ігор[яю]?|Олег\w*|Олександр\w*|Александр\w*|Серге[йяю]|Сергі[йяю]|Владимир\w*|Володимир\w*"
    r"|Вячеслав\w*|В['’]ячеслав\w*|Иван\w*|Іван\w*|Дмитр[оийяю]\w*|Андре[йяю]|Андрі[йяю]|Юри[йяю]|Юрі[йяю]|Витали[йяю]"
    r"|Віталі[йяю]|Никола[йяю]|Микол[аиу]|Павел|Павл[аоу]|Роман\w*|Денис\w*|Артем\w*|Максим\w*|Евгени[йяю]|Євгені?[йяю]?"
    r"|Виктор\w*|Віктор\w*|Алексе[йяю]|Олексі[йяю]|Михаил\w*|Михайл[оау]|Валери[йяю]|Валері[йяю]|Вадим\w*|Руслан\w*"
    r"|Анатоли[йяю]|Анатолі[йяю]|Геннади[йяю]|Геннаді[йяю]|Ирин[аыеу]|Ірин[аиі]|Олен[аиі]|Елен[аыеу]|Юли[яию]|Юлі[яї]))\.? $")
# (a surname may come between: "Illya Yevlash, told", a village-only first name and its surname)
_PERSON_AFTER = re.compile(r"(?:['’]s| [A-Z][a-z'’-]{2,},?)? (?:said|says|told|wrote|added|noted|stated|reported|claimed|denied|posted|"
                           r"explained|announced|warned|argued|insisted|заявил\w*|сказал\w*|сообщил\w*|написал\w*|"
                           r"заявив|сказав|повідомив|написав|заявила|сказала|повідомила)\b")


_U_CASE = re.compile(r"(?:[аеиоуіїєяю]ю|[бвгджзклмнпрстфхцчшщ]у)$")


def _u_case_stem(key: str) -> str:
    """The nominative of a later word of a name in the Ukrainian -у/-ю case the forms lack:
    «Зеленого Гаю» is Зелений Гай, «Червоного Яру» Червоний Яр; else ''."""
    if len(key) < 3 or _U_CASE.search(key) is None:
        return ""
    return key[:-1] + "й" if key.endswith("ю") else key[:-1]


_SOFT_CASE = re.compile(r"(?<=і)(?:ня|ню|нем|ні)$")


def _soft_stem(key: str) -> str:
    """The nominative of a Ukrainian village in «-інь» the dictionaries do not know, from another case:
    «з Хотіня», «у Хотіні» are Хотінь; else ''."""
    return _SOFT_CASE.sub("нь", key) if len(key) >= 6 and _SOFT_CASE.search(key) else ""


_PLURAL_ADJ = re.compile(r"(?:их|ими|им)$")


def _plural_adjective(key: str) -> str:
    """The nominative plural of a Ukrainian adjective opening a name, from another case the forms lack:
    «біля Малих Щербаків» opens Малі Щербаки; else ''."""
    return _PLURAL_ADJ.sub("і", key) if len(key) >= 5 and _PLURAL_ADJ.search(key) else ""


def is_person(text: str, start: int, end: int) -> bool:
    """True when a village-only name at text[start:end] reads as a person's surname."""
    return bool(_PERSON_BEFORE.search(text, max(0, start - 24), start) or _PERSON_AFTER.match(text, end))


# Words that open sentences and look declined: never read as a place's case form.
_NOT_DECLINED = frozenset(fold(w) for w in (
    "біля", "після", "через", "серед", "навколо", "поблизу", "вздовж", "також", "тільки", "проти",
    "всього", "нього", "цього", "того", "якого", "свого", "около", "возле", "после", "между", "среди",
    "вокруг", "против", "этого", "всего", "также", "только", "когда", "тогда", "сейчас", "зараз"))
_STICKY_POPULATION = 100_000
"""A place this big keeps its name against namesakes unless their oblast is named next to it."""
_TOWN_POPULATION = 10_000
"""A town this big needs more than one hint to give way to a village namesake."""
_FAR_FROM_FRONT_KM = 150.0
_DEEP_REAR_KM = 240.0
"""Farther than this from the front's reference towns (and outside the border oblasts) no ground changes hands."""
"""Unless it is a small town this far from the front, and the namesake is at the front."""
_BORDER_OBLASTS = frozenset(("Sumy", "Chernihiv", "Kharkiv", *OBLASTS_RU.values()))
"""Oblasts on the border, where villages change hands far from the front's reference towns."""
_SMALL_VILLAGE = 5_000
"""A place this big keeps its name against codifier-only villages unless their oblast is named next to it."""
_CLASS_RANK = {"city": 3, "town": 2, "settlement": 2, "village": 1}


class PlaceRows(Sequence[Place]):
    """The data file's place rows, each made a Place on first use (building them all would slow the load)."""

    def __init__(self, rows: list[list]) -> None:
        self._rows = rows
        self._made: list[Place | None] = [None] * len(rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._rows)))]
        place = self._made[i]
        if place is None:
            row = self._rows[i]
            if "ë" in row[0]:
                row = [row[0].translate(_PLAIN_E), *row[1:]]  # "Tëtkino" is written Tetkino in reporting
            place = self._made[i] = Place(*row)
        return place


_PLAIN_E = str.maketrans({"ë": "e"})


def _word_key(word: str) -> str:
    """fold() for one word, with a fast path for plain ASCII words (most of English text)."""
    poss = _POSSESSIVE_RE.match(word)
    if poss and not _is_cyrillic(word):
        word = poss.group(1)
    if word.isascii():
        return word.lower().replace("'", "").replace("`", "")
    if _is_cyrillic(word):
        return _fold_cyrillic(word)
    return fold(word)


class DeclinedForms:
    """Declined word -> the nominative words of names it can come from (space-separated); each
    first letter's block of the data is parsed on first use."""

    def __init__(self, blocks: dict[str, str]) -> None:
        self._blocks = blocks
        self._parsed: dict[str, dict[str, str]] = {}

    def _block(self, letter: str) -> dict[str, str]:
        block = self._parsed.get(letter)
        if block is None:
            raw = self._blocks.get(letter, "")
            block = self._parsed[letter] = dict(line.split("\t", 1) for line in raw.split("\n")) if raw else {}
        return block

    def get(self, key: str, default: str | None = None) -> str | None:
        """The nominatives of a folded declined word, or `default`."""
        found = self._block(key[:1]).get(key, default)
        if found and "ый" in found:
            # A Russian adjective in «-ой» declines as one in «-ый» (кривом, кривого, кривым), and the
            # dictionaries name only the latter: «в Кривом Роге» is Кривой Рог.
            found += "".join(f" {word[:-2]}ой" for word in found.split() if word.endswith("ый"))
        return found

    def __getitem__(self, key: str) -> str:
        return self._block(key[:1])[key]

    def __contains__(self, key: str) -> bool:
        return key in self._block(key[:1])

    def items(self):
        """Every (declined word, nominatives) pair."""
        for letter in self._blocks:
            yield from self._block(letter).items()


class Morphology(NamedTuple):
    """Declined forms generated at build time (scripts/gazetteer_forms.py, pymorphy3 uk + ru)."""

    forms: DeclinedForms
    """Folded declined word -> the nominative words of names it can come from, space-separated."""
    regions: dict[str, str]
    """Folded region adjective in any case and gender ("сумській") -> region ("Sumy")."""
    region_nouns: dict[str, str]
    """Folded region noun in any case ("харківщині") -> region ("Kharkiv")."""
    region_words: dict[str, str]
    """Folded "область", "напрямок" ... in any case -> 'region' or 'direction'."""
    ordinary: frozenset[str] = frozenset()
    """Folded one-word names the dictionaries read as an ordinary adjective or pronoun («певна»)."""


_morphology: Morphology | None = None
_morphology_lock = threading.Lock()


def morphology(path: Path = FORMS_FILE) -> Morphology:
    """The declined-forms data, loaded once per process on first use (a Cyrillic text)."""
    global _morphology
    if _morphology is None:
        with _morphology_lock:
            if _morphology is None:
                collecting = gc.isenabled()
                gc.disable()
                try:
                    data = orjson.loads(gzip.decompress(path.read_bytes()))
                finally:
                    if collecting:
                        gc.enable()
                _morphology = Morphology(DeclinedForms(data["forms"]), data["regions"], data["region_nouns"],
                                         data["region_words"], frozenset(data.get("ordinary", ())))
    return _morphology


# Reference points along the 2025 front line, north to south: a namesake near the front is the
# one war news means. Canonical names, resolved on first use.
FRONT_TOWNS = ("Yunakivka", "Vovchansk", "Kupiansk", "Borova", "Lyman", "Siversk", "Chasiv Yar", "Toretsk",
               "Kostiantynivka", "Pokrovsk", "Dobropillia", "Kurakhove", "Velyka Novosilka", "Huliaipole",
               "Orikhiv", "Stepnohirsk", "Kherson", "Nova Kakhovka")
FRONT_KM = 35.0
"""A place this close to a reference point counts as at the front."""
NEAR_KM = 40.0
"""A namesake this close to another place of the story counts as near it."""


_SKELETON = str.maketrans({"h": "g", "w": "v", "x": "ks"})
_VOWELS = re.compile(r"[aeiouyj ]+")


# A doubled consonant the codifier's spelling lacks: Moscow's "Progress" is "Prohres".
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1+")


def consonant_skeleton(latin: str) -> str:
    """Consonants of a Latin spelling, h = g: "Hryshyne" and "Grishino" share "grsn"; Russian "-zhskoye"
    is Ukrainian "-zke" ("Zaporozhskoye", "Zaporizke"); Russian "-olch-" is Ukrainian "-ovch-" ("Volchye", "Vovche")."""
    return _VOWELS.sub("", fold(latin).replace("kh", "h").replace("zh", "z").replace("sh", "s").replace("ch", "c")
                       .replace("ts", "c").replace("zsk", "zk").translate(_SKELETON)).replace("lc", "vc")


# Romanisation variants of one Latin spelling: the steps a word and every gazetteer word go through
# alike, so "Borschivka" meets "Borshchivka", "Maryinka" "Marinka", "Verkhniokamianske" "Verkhnokamianske",
# "Novoyegorovka" "Novoiehorivka"'s Russian form. Vowels stay: only letters written apart for one sound merge.
_VARIANT_PAIRS = (("shch", "sc"), ("sch", "sc"), ("kh", "h"), ("zh", "z"), ("j", "y"), ("zsk", "zk"))
_VARIANT_END = re.compile(r"(?:o[yj]?e|iy|yi|yy|ii|y)$")
_VARIANT_Y = re.compile(r"y(?=[aeiou])|(?<=[aeiou])y")
_VARIANT_SOFT_O = re.compile(r"(?<=[b-df-hj-np-tv-z])io")
_VARIANT_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1")
# Є after a consonant is "ie" in the national system and "e" in older spellings: "Sievierne", "Sieverne"
_VARIANT_IE = re.compile(r"(?<=[b-df-hj-np-tv-z])ie")


def variant_key(word: str) -> str:
    """One key for the romanisations of a folded Latin word: sch/shch, kh/h, zh/z, ya/ia,
    yu/iu, ye/ie, yi/i, a final -iy/-yi/-y, a Russian neuter -oye/-oe as -e, ьо written io, є after a
    consonant written ie or e, and doubled consonants."""
    for a, b in _VARIANT_PAIRS:
        if a in word:
            word = word.replace(a, b)
    word = _VARIANT_END.sub(lambda m: "e" if m.group().startswith("o") else "i", word)
    word = word.replace("yi", "i")
    word = _VARIANT_Y.sub("i", word)
    word = _VARIANT_SOFT_O.sub("o", word)
    if "ie" in word:
        word = _VARIANT_IE.sub("e", word)
    return _VARIANT_DOUBLED.sub(r"\1", word)


_CYR_VOWELS = re.compile(r"[аеєиіїоуюяыэ]+")
_CYR_SILENT = str.maketrans(dict.fromkeys("ьъ'’ʼ"))


# Russian word beginnings whose Ukrainian form has other consonants: «Старая Николаевка» is «Стара
# Миколаївка», «Шевченко Первое» is «Шевченко Перше», «Второе» is «Друге», «Константиновка» «Костянтинівка»,
# «Большая Александровка» «Велика Олександрівка».
_RU_TO_UK_STEMS = (("никола", "микола"), ("перв", "перш"), ("втор", "друг"), ("конст", "кост"), ("болш", "велик"))


def _cyr_skeleton(name: str) -> str:
    """«Нелеповка» and «Неліпівка», «Крутой Яр» and «Крутий Яр» share one: consonants kept,
    each run of vowels one mark, soft signs and apostrophes dropped, endings' vowels alike; and
    the consonants the two languages write apart («Переездное»/«Переїзне», «Запорожское»/«Запорізьке», «Волчье»/«Вовче»)."""
    words = fold(name).translate(_CYR_SILENT).replace("здн", "зн").replace("жск", "зк").replace("зс", "сс").replace("олч", "овч").split()
    for i, w in enumerate(words):
        if w[:1] in "нпвкб":  # the stems' first letters: most words skip the loop (the index folds ~75k names)
            for ru, uk in _RU_TO_UK_STEMS:
                if w.startswith(ru):
                    words[i] = uk + w[len(ru):]
                    break
    if words and words[0].startswith("від"):
        words[0] = "от" + words[0][3:]  # «Відрадне» is Moscow's «Отрадное»
    return " ".join(_CYR_VOWELS.sub("a", w) for w in words)


def _skeletons(spellings: list[str]) -> list[str]:
    """consonant_skeleton of each Latin spelling, each step run once over all of them joined by line
    breaks: the gazetteer's ~75k Latin spellings would otherwise cost a Python call per step each.
    No step crosses a line break, and the spaces fold() tidies are dropped with the vowels."""
    # Only printable ASCII: no line break to join two names, no other whitespace fold() would turn into spaces.
    batch = [s for s in spellings if s.isascii() and s.isprintable()]
    text = "\n".join(batch).lower().translate(_ASCII_FOLD)
    text = text.replace("kh", "h").replace("zh", "z").replace("sh", "s").replace("ch", "c").replace("ts", "c").replace("zsk", "zk")
    found = dict(zip(batch, _VOWELS.sub("", text.translate(_SKELETON)).replace("lc", "vc").split("\n")))
    return [found[s] if s in found else consonant_skeleton(s) for s in spellings]


PEOPLES_REPUBLIC = re.compile(r"(?<!\w)(?:(?P<d>ДНР|Донецк\w* [Нн]ародн\w* [Рр]еспублик\w*|Донецьк\w* [Нн]ародн\w* [Рр]еспублік\w*)"
                               r"|ЛНР|Луганск\w* [Нн]ародн\w* [Рр]еспублик\w*|Луганськ\w* [Нн]ародн\w* [Рр]еспублік\w*)(?!\w)")


def republic_oblast(m: re.Match[str]) -> str:
    """The oblast a People's Republic named by a match of a pattern with a `d` group (Donetsk's) stands for."""
    return "Donetsk" if m.group("d") else "Luhansk"


def _same_skeleton(name: str, key: str) -> bool:
    """True when a folded Latin spelling is a spelling of the name (Yampol/Yampil), not another
    name the place once had (Andriivka for Sukhanivka)."""
    return consonant_skeleton(name) == consonant_skeleton(key)


# The lower Dnipro and the old Kakhovka reservoir across Kherson oblast, west to east (lat, lon): the
# front since November 2022, Kyiv's troops on the right (north-west) bank, Moscow's on the left.
_DNIPRO_IN_KHERSON = ((46.50, 32.10), (46.545, 32.40), (46.60, 32.60), (46.65, 32.75), (46.72, 32.95), (46.755, 33.10),
                      (46.775, 33.38), (46.80, 33.45), (47.00, 33.62), (47.20, 33.85), (47.35, 34.20), (47.50, 34.60))


def kherson_bank(place: Place) -> str | None:
    """'right' or 'left' for a settlement of Kherson oblast by the side of the Dnipro it lies on; None elsewhere."""
    if place.oblast != "Kherson" or not place.lat:
        return None
    line = _DNIPRO_IN_KHERSON
    if place.lon <= line[0][1]:
        river = line[0][0]
    elif place.lon >= line[-1][1]:
        river = line[-1][0]
    else:
        (lat_a, lon_a), (lat_b, lon_b) = next((a, b) for a, b in zip(line, line[1:]) if a[1] <= place.lon <= b[1])
        river = lat_a + (place.lon - lon_a) / (lon_b - lon_a) * (lat_b - lat_a)
    return "right" if place.lat > river else "left"


def distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance, equirectangular (good to a few percent at these distances)."""
    x = math.radians(b_lon - a_lon) * math.cos(math.radians((a_lat + b_lat) / 2))
    y = math.radians(b_lat - a_lat)
    return 6371.0 * math.hypot(x, y)


class _Sure(list):
    """The story's sure places, with their half-degree grid built on first use."""

    cells: dict[tuple[int, int], list[Place]] | None = None


def _cells_of(sure: Sequence[Place]) -> dict[tuple[int, int], list[Place]]:
    """Half-degree cells of the story's sure places: a namesake looks only at its own and the next ones."""
    cells = getattr(sure, "cells", None)
    if cells is None:
        cells = {}
        for p in sure:
            cells.setdefault((int(p.lat * 2), int(p.lon * 2)), []).append(p)
        if isinstance(sure, _Sure):
            sure.cells = cells
    return cells


class Gazetteer:
    """The loaded gazetteer; use `Gazetteer.load()` for the shared, lazily loaded instance."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, places: Sequence[Place], names: dict[str, list[int]], weak: Iterable[str] = (),
                 morph: Morphology | None = None) -> None:
        self.places = places
        self._names = names
        # Spellings that are also ordinary words: a place only with evidence nearby.
        self._weak = frozenset(weak)
        # None: the shared declined forms, loaded on the first Cyrillic word that needs them.
        self._morph = morph
        # Longest name (in words) starting with each first word: most words start none.
        # (Every key is its own entry: a word of text never holds a space, so only real first
        # words are ever looked up; building it this way keeps the load fast.)
        self._first: dict[str, int] = dict.fromkeys(names, 1)
        # Word as written -> (folded readings, longest name starting with them): most words recur.
        self._starts: dict[str, tuple[tuple[str, ...], int]] = {}
        # Folded key -> its candidate places, built on first use.
        self._cands: dict[str, tuple[Place, ...]] = {}
        self._alike: dict[str, list[int]] = {}  # Cyrillic key -> its places and their namesakes (_spelled_alike)
        self._front: list[tuple[float, float]] | None = None
        self._front_km: dict[tuple[float, float], float] = {}
        self._namesake_info: dict[str, tuple] = {}
        self._sure_of: dict[str, bool] = {}
        self._after: dict[str, tuple[str, bool]] = {}  # word after a name -> what it makes the name
        self._cyr_skeletons: dict[str, set[int]] | None = None  # built on first use (_cyr_skeleton_index)
        self._latin_skeletons: dict[str, set[int]] | None = None
        self._variants: dict[str, str | None] | None = None  # built on the first Latin word no name starts with
        for key in [k for k in names if " " in k]:
            first, _, rest = key.partition(" ")
            n = rest.count(" ") + 2
            if n > self._first.get(first, 0):
                self._first[first] = n

    @property
    def names(self) -> Mapping[str, list[int]]:
        """Every folded spelling, read-only, with the indexes into `places` of what it names."""
        return MappingProxyType(self._names)

    @property
    def weak_names(self) -> frozenset[str]:
        """Spellings that are also ordinary words: a place only with evidence nearby."""
        return self._weak

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> Gazetteer:
        """Load (once per process) and return the gazetteer."""
        if cls._shared is None or path != DATA_FILE:
            with cls._lock:
                if cls._shared is not None and path == DATA_FILE:
                    return cls._shared
                # The parse makes ~100k containers: collections mid-load would only re-scan them.
                collecting = gc.isenabled()
                gc.disable()
                try:
                    data = orjson.loads(gzip.decompress(path.read_bytes()))
                    gaz = cls(PlaceRows(data["places"]), data["names"], data.get("weak", ()))
                finally:
                    if collecting:
                        gc.enable()
                if path != DATA_FILE:
                    return gaz
                cls._shared = gaz
        return cls._shared

    @property
    def morph(self) -> Morphology:
        """The declined forms (loaded on first use)."""
        if self._morph is None:
            self._morph = morphology()
        return self._morph

    def town_of_adjective(self, word: str) -> Place | None:
        """The town a Russian or Ukrainian adjective is made from («Рязанский», «Саратовського»,
        «Новороссийского», «Одеський»): what names a refinery, a port or an airfield in those
        languages. Towns of 20,000 or more only: a village's adjective is an ordinary word."""
        found = _ADJECTIVE.fullmatch(word)
        if found is None:
            return None
        stem, suffix = found.group(1), found.group(2)
        for ending in ("", "ь", suffix, "а", "и", "е", "ль", "са"):
            place = self.resolve(stem + ending)
            if place is not None and place.population >= 20_000:
                return place
        return None

    def plant_towns(self, text: str) -> list[Mention]:
        """The towns whose refineries, ports, power plants or airfields a Russian or Ukrainian text
        names by the town's adjective («Рязанский НПЗ», «Саратовського нафтопереробного заводу»):
        each a mention of the town over its adjective."""
        found = []
        for match in _PLANT_OF_TOWN.finditer(text):
            if (place := self.town_of_adjective(match.group(1))) is not None:
                found.append(Mention(match.start(1), match.end(1), match.group(1), place, (place,)))
        return found

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place a spelling can mean, most populous first (declined Cyrillic forms too)."""
        name = name.strip()
        poss = _POSSESSIVE_RE.match(name)
        key = fold(name)
        idxs = self._names.get(key) or (self._names.get(fold(poss.group(1))) if poss else None)
        if not idxs and name and _is_cyrillic(name):
            for reading in self._declined_keys(key):
                if idxs := self._names.get(reading):
                    break
        return tuple(self.places[i] for i in idxs or ())

    def resolve(self, name: str) -> Place | None:
        """Any spelling -> the place it most likely means (own name first, then population)."""
        found = self.candidates(name)
        return found[0] if found else None

    def find(self, text: str) -> list[Mention]:
        """Every place named in `text`, ambiguities resolved by nearby oblast, story, front, population."""
        # [start, end, place indices, kind ('' | 'region' | 'direction'), folded key, plural kind word]
        raw: list[list] = []
        cyr_regions: list[tuple[int, str]] = []
        pos = 0
        # Only capitalised words can start a name: "lyman" is not a place.
        starts = self._starts
        if len(starts) > 50_000:
            starts.clear()  # bounded: a cache of recent words, not of every word ever seen
        for m in _FIRST_WORD_RE.finditer(text):
            if m.start() < pos:
                continue
            word = m.group()
            hit = starts.get(word)
            if hit is None:
                first = _word_key(word)
                longest = self._first.get(first, 0)
                firsts: tuple[str, ...] = (first,)
                area = noun = None
                if _is_cyrillic(word):  # (capitalised: _FIRST_WORD_RE)
                    # "Куп'янська", "под Покровском": a declined name, looked up by its nominatives;
                    # «Республики», «Області» start none.
                    morph = self.morph
                    firsts = () if first in morph.region_words else self._readings(first)
                    longest = max((self._first[f] for f in firsts), default=0)
                    noun = morph.region_nouns.get(first)
                    area = noun or morph.regions.get(first)
                elif not longest and len(first) >= 5 and first.isalpha() and first.isascii():
                    own = self.variant_spelling(first)
                    if own is not None:
                        area = ("variant", own)  # resolved only where the text places it (below)
                hit = starts[word] = (firsts, longest, area, noun)
            firsts, longest, area, noun = hit
            if type(area) is tuple:
                # "Borschivka", "Maryinka": another romanisation of a name the gazetteer spells its way,
                # read as that name only after a place's preposition, verb or list comma, and not as a
                # first name or a unit's name ("Serhiy Lysak", "the Khortytsia Group")
                if not _VARIANT_CUE_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                        or _CAPITAL_AFTER.match(text, m.end()):
                    continue
                firsts, longest, area = (area[1],), self._first[area[1]], None
            if area is not None:
                # «Курской области», «на Харківщині»: a region named, for the namesakes near it.
                nxt = None if noun else _NEXT_WORD_RE.match(text, m.end())
                if (noun or (nxt and self.morph.region_words.get(_fold_cyrillic(nxt.group(1))) == "region")) \
                        and not _BORDER_WITH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    cyr_regions.append((m.start(), area))
            if not longest:
                continue
            if len(firsts) > 1 and firsts[0] != _word_key(word) and self._own_reading_first(text, m.start(), word, firsts):
                own = _word_key(word)
                firsts = (own, *(f for f in firsts if f != own))
            best = None
            for first in firsts:
                found = self._match_at(text, m, first, longest)
                if found and (best is None or found[1] > best[1]):
                    best = found  # "Нової Каховки": the reading that spans more words wins
                elif found and found[1] == best[1] and found[4] != best[4] and not found[3]:
                    # «Приморського»: Prymorske or Prymorskyi; the story and the front choose among both
                    best = [best[0], best[1], best[2] + [i for i in found[2] if i not in best[2]], best[3],
                            f"{best[4]}|{found[4]}", best[5]]
            if best:
                raw.append(best)
                pos = best[1]
        if not raw:
            return []
        if any(r[3] for r in raw):
            self._spread_plurals(text, raw)
        # Oblasts the text names ("Donetsk Oblast", «Курской области») and the oblasts of unambiguous places.
        region_at = [(a, ob) for a, _, _, kind, key, _ in raw if kind == "region" and (ob := OBLAST_SPELLINGS.get(key))]
        if "НР" in text or "Народн" in text:
            # «в ДНР», «Луганской Народной Республики»: how Moscow names the Donetsk and Luhansk oblasts.
            cyr_regions.extend((m.start(), republic_oblast(m)) for m in PEOPLES_REPUBLIC.finditer(text))
        if cyr_regions:
            region_at.extend(cyr_regions)
            region_at.sort()
        if self._weak:
            raw = [r for i, r in enumerate(raw) if (r[4].partition("|")[0] not in self._weak and not self._ordinary_opening(text, r))
                   or self._has_evidence(text, r, region_at) or self._listed_with_place(text, raw, i)]
        for r in raw:
            if not r[3] and "|" not in r[4] and _is_cyrillic(r[4]):  # (a key of two readings keeps their places)
                r[2] = self._spelled_alike(r[4], r[2])
        out = []
        cands_of = self._cands
        memo: dict = {}
        sure: _Sure | None = None
        story_oblasts: Counter = Counter()
        for start, end, idxs, kind, key, _ in raw:
            cands = cands_of.get(key)
            if cands is None:
                # Some names have dozens of namesakes now: build each tuple once.
                cands = cands_of[key] = tuple(self.places[j] for j in idxs)
            if len(cands) == 1:
                place = cands[0]
            else:
                if sure is None:
                    # Places the story names beyond doubt: one candidate, a city that keeps its name,
                    # or a known place whose namesakes are all codifier-only villages.
                    sure_of = self._sure_of
                    sure = _Sure(self.places[r[2][0]] for r in raw
                                 if not r[3] and (sure_of[r[4]] if r[4] in sure_of else self._sure(r[4], r[2])))
                    story_oblasts.update(p.oblast for p in sure)
                    story_oblasts.update(ob for _, ob in region_at)
                    if "направлени" in text or "напрямк" in text:
                        story_oblasts.update(self._direction_oblasts(text))
                place = self._pick(cands, start, region_at, story_oblasts, sure, memo, key)
            out.append(Mention(start, end, text[start:end], place, cands, bool(kind), kind or "place"))
        return out

    def _spelled_alike(self, key: str, idxs: list[int]) -> list[int]:
        """The places a Cyrillic spelling names, with every namesake of theirs another spelling of the
        same skeleton names: the data gives Moscow's «Андреевка» or «Придорожное» to only some of the
        villages Kyiv's «Андріївка», «Придорожнє» name, and the story, not the data's gaps, picks among them.
        A spelling a place in Russia holds is that place's own name (Belgorod's «Алексеевка» keeps it)."""
        got = self._alike.get(key)
        if got is None:
            places = self.places
            got = idxs
            if not any(places[i].oblast in _RU_OBLASTS for i in idxs):
                names, own = {places[i].name for i in idxs}, set(idxs)
                alike = self._cyr_skeleton_index().get(_cyr_skeleton(key), ())
                got = idxs + sorted(i for i in alike if i not in own and places[i].name in names)
            self._alike[key] = got
        return got

    def _cyr_skeleton_index(self) -> dict[str, set[int]]:
        """The Cyrillic skeleton index (`_skeleton_index`), built on first use."""
        if self._cyr_skeletons is None:
            self._cyr_skeletons = self._skeleton_index(cyrillic=True)
        return self._cyr_skeletons

    def _direction_oblasts(self, text: str) -> list[str]:
        """Oblasts of the towns Cyrillic directions are named after («на Лиманском направлении»:
        Donetsk), for the namesakes of a story told by direction."""
        out = []
        for m in _CYR_DIRECTION.finditer(text):
            key = _fold_cyrillic(m.group(1))
            towns = [p for cut in range(2, 5) for guess in (key[:-cut], key[:-cut] + "ка", key[:-cut] + "е", key[:-cut] + "и",
                                                            key[:-cut] + "ы") if len(guess) >= 4
                     for p in self.candidates(guess)[:3] if p.population >= 5_000]
            if towns:
                out.append(min(towns, key=self.front_km).oblast)  # the front's town of that name
        return out

    def cyrillic_areas(self, text: str) -> list[tuple[int, int, str, str]]:
        """Regions and directions named in Cyrillic: (start, end, area, 'region' | 'direction').

        «у Сумській області», «над Белгородской областью», «на Харківщині»; for a direction
        («на Покровському напрямку») the area is the adjective as written."""
        morph = self.morph
        out = []
        for m in _CYRILLIC_WORD_RE.finditer(text):
            word = m.group()
            if word[0].isupper() and (area := morph.region_nouns.get(_fold_cyrillic(word))):
                out.append((m.start(), m.end(), area, "region"))  # «на Харківщині»
                continue
            if word[:4].lower() in _FRAMED_NOUN_STARTS and (before := _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())) \
                    and (area := morph.regions.get(fold(before.group(1)))):
                out.append((before.start(1), before.end(1), area, "region"))  # «Курская деревня X»: the region frames the village
                continue
            if word[:4].lower() not in _AREA_NOUN_STARTS:
                continue
            kind = morph.region_words.get(_fold_cyrillic(word))
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) if kind else None
            if before is None:
                continue
            adj = fold(before.group(1))
            area = morph.regions.get(adj) or morph.regions.get(adj.rpartition(" ")[2])
            if area is None and kind == "region" and adj.startswith("народн") \
                    and (first := _WORD_BEFORE_RE.search(text, max(0, before.start(1) - 40), before.start(1))) is not None \
                    and (area := morph.regions.get(fold(first.group(1)))) is not None:
                before = first  # «в Донецкой Народной Республике»: the region's adjective stands before «народной»
            if area is None and kind == "region":
                continue  # "у цьому районі": no region named
            out.append((before.start(1), m.end(), area or before.group(1), kind))
            if _PLURAL_NOUN_END.search(word) or (kind == "region" and before.group(1)[-1:] in "уюУЮ"
                                                  and word.lower() in ("області", "области")):
                # «на Сіверському та Покровському напрямках», «в Сумской и Курской областях»: each
                # adjective listed before a plural noun names an area of its own
                at = before.start(1)
                while (prev := _LISTED_BEFORE_RE.search(text, max(0, at - 50), at)) is not None:
                    adj = fold(prev.group(1))
                    area = morph.regions.get(adj) or morph.regions.get(adj.rpartition(" ")[2])
                    if area is None and kind == "region":
                        break
                    out.append((prev.start(1), prev.end(1), area or prev.group(1), kind))
                    at = prev.start(1)
        if "НР" in text:
            # «в ДНР», «ЛНР»: Moscow's names for the Donetsk and Luhansk oblasts
            out += [(m.start(), m.end(), "Donetsk" if m.group()[0] == "Д" else "Luhansk", "region")
                    for m in _PEOPLES_REPUBLIC_RE.finditer(text)]
        if "напрям" in text or "направлен" in text:
            # «на Покровському напрямку ..., на Сіверському – ще три атаки»: the noun left out of a second direction
            for m in _ELIDED_DIRECTION_RE.finditer(text):
                if not any(a <= m.start(1) < b for a, b, _area, _kind in out):
                    out.append((m.start(1), m.end(1), m.group(1), "direction"))
        out.sort()
        return out

    def _spread_plurals(self, text: str, raw: list[list]) -> None:
        """"Volyn, Lviv and Rivne oblasts", "the Kupiansk-Lyman direction": the names listed before
        an area word share its kind."""
        for i in range(len(raw) - 1, 0, -1):
            if not raw[i][3]:
                continue
            gap = _LIST_GAP if raw[i][5] else _JOINED_GAP
            j = i - 1
            while j >= 0 and not raw[j][3] and gap.fullmatch(text, raw[j][1], raw[j + 1][0]):
                raw[j][3] = raw[i][3]
                j -= 1

    def _match_at(self, text: str, m: re.Match[str], first: str, longest: int) -> list | None:
        """The longest name starting with the word `m` (read as `first`): [start, end, places, kind, key, plural]."""
        # The words that follow, joined only by spaces or hyphens ("Chasiv Yar", "Niu-York").
        keys = [first]
        ends = [m.end()]
        declined: dict[int, tuple[str, ...]] | None = None  # word position -> its readings, when declined
        at = m.end()
        most = min(longest, _MAX_WORDS)
        while len(keys) < most:
            nxt = _NEXT_WORD_RE.match(text, at)
            if nxt is None:
                break
            word = nxt.group(1)
            key = _word_key(word)
            if _is_cyrillic(word) and (more := self.morph.forms.get(key) or _u_case_stem(key)):
                # "Нової Полтавки": every word of a name may be declined.
                if declined is None:
                    declined = {}
                declined[len(keys)] = (key, *more.split())
            keys.append(key)
            ends.append(nxt.end())
            at = nxt.end()
        names = self._names
        for n in range(len(keys), 0, -1):
            if declined is None or min(declined) >= n:
                key = " ".join(keys[:n]) if n > 1 else first
                idxs = names.get(key)
            else:
                idxs = None
                parts = [declined.get(i) or (k,) for i, k in enumerate(keys[:n])]
                for combo in itertools.islice(itertools.product(*parts), 64):
                    key = " ".join(combo)
                    if idxs := names.get(key):
                        break
            if not idxs:
                continue
            if self._village_only(idxs) and is_person(text, m.start(), ends[n - 1]):
                continue  # "Viacheslav Chaus said" is a man, not the village Chaus
            if n == 1 and _is_cyrillic(m.group()) and _fold_cyrillic(m.group()) in self.morph.region_nouns:
                return [m.start(), ends[0], idxs, "region", key, False]  # «на Харківщині»
            kind, plural = self._area_after(text, ends[n - 1])
            return [m.start(), ends[n - 1], idxs, kind, key, plural]
        return None

    def _area_after(self, text: str, end: int) -> tuple[str, bool]:
        """('region' | 'direction' | '', plural) from the word after a name ("Sumy Oblast", "Pokrovsk axis")."""
        if text[end:end + 1] not in (" ", "-"):
            return "", False
        after = _NEXT_WORD_RE.match(text, end)
        if after is None:
            return "", False
        word = after.group(1)
        got = self._after.get(word)
        if got is None:
            key = _word_key(word)
            if key in _REGION_WORDS and (key != "territory" or word[:1] == "T"):
                # ("Kupyansk's territory" is the town's ground; "the Krasnodar Territory" is a krai)
                got = ("region", key in _PLURAL_AREA_WORDS)
            elif key in _DIRECTION_WORDS:
                got = ("direction", key in _PLURAL_AREA_WORDS)
            elif _is_cyrillic(word) and (kind := self.morph.region_words.get(key)):
                got = (kind, False)
            else:
                got = ("", False)
            if len(self._after) < 20_000:
                self._after[word] = got
        if got[0] and text[end] == "-" and word.lower() != "oblast":
            return "", False  # "Kupiansk-Vuzlovyi": a hyphen joins names, not a region word
        if word == "front" and _FRONT_LINE.match(text, after.end()):
            return "", False
        return got

    def _own_reading_first(self, text: str, start: int, word: str, firsts: tuple[str, ...]) -> bool:
        """«Дудчани, Львове, Тягинка»: a word that is a front-line village's own name and
        only a declined form of a city far from the war («во Львове») is the village, unless a
        preposition asks for the declined form."""
        own = _word_key(word)
        if own not in firsts or _PREPOSITION_BEFORE.search(text, max(0, start - 6), start):
            return False
        own_idxs, big_idxs = self._names.get(own), self._names.get(firsts[0])
        if not own_idxs or not big_idxs:
            return False
        big = self.places[big_idxs[0]]
        return self.front_km(big) > _FAR_FROM_FRONT_KM and any(
            self.front_km(self.places[i]) <= FRONT_KM for i in own_idxs)

    def _readings(self, key: str) -> tuple[str, ...]:
        """Words a capitalised Cyrillic word may stand for at the start of a name: itself, and
        the nominatives it is a declined form of; the reading of the bigger place first."""
        declined = self._declined_keys(key)
        if key not in self._first:
            return declined
        if not declined:
            return (key,)
        own = self._names.get(key)
        own_rank = self._rank(own[0]) if own else (False, -1, -1)
        bigger = [d for d in declined if (idxs := self._names.get(d)) and self._rank(idxs[0]) > own_rank]
        return (*bigger, key, *(d for d in declined if d not in bigger))

    def _rank(self, idx: int) -> tuple[bool, int, int]:
        place = self.places[idx]
        return not place.approx, place.population, _CLASS_RANK.get(place.kind, 0)

    def _declined_keys(self, key: str) -> tuple[str, ...]:
        """Nominatives of a declined word that start a name: whole names, biggest place first."""
        if key in _NOT_DECLINED or len(key) < 5:
            return ()  # "Біля Роботиного": a capitalised preposition is not "Біле" declined
        nominatives = self.morph.forms.get(key) or _soft_stem(key) or _plural_adjective(key)
        if not nominatives:
            return ()
        nominatives = nominatives.split()
        whole, partial = [], []
        for nominative in nominatives:
            if nominative not in self._first:
                continue
            idxs = self._names.get(nominative)
            if idxs and len(nominative) < 6 and self._village_only(idxs):
                # A short name only villages carry is too likely a word: "Сили" is not "Сила".
                partial.append(nominative)  # ...but may still start a longer name
            elif idxs:
                whole.append((self._rank(idxs[0]), nominative))
            else:
                partial.append(nominative)
        whole.sort(reverse=True)
        return tuple(n for _, n in whole) + tuple(partial)

    def _old_name_far(self, key: str, cands: Sequence[Place]) -> bool:
        """The spelling only once named the big city first among its places («Кирово» for
        Kropyvnytskyi), which lies far from the war, while a front-line village bears it now."""
        top = cands[0]
        if not key or "|" in key or self.front_km(top) <= _FAR_FROM_FRONT_KM:
            return False
        latin = fold(uk_to_latin(key)) if _UK_LETTERS.search(key) else fold(ru_to_latin(key)) if _is_cyrillic(key) else key
        return not _same_skeleton(top.name, latin) and any(self.front_km(p) <= FRONT_KM for p in cands[1:12])

    def _sure(self, key: str, idxs: list[int]) -> bool:
        top = self.places[idxs[0]]
        sure = self._sure_of[key] = len(idxs) == 1 or (
            top.population >= _STICKY_POPULATION and not self._old_name_far(key, [self.places[i] for i in idxs[:12]])) or (
            not top.approx and all(self.places[i].approx for i in idxs[1:4])
            # a small village far from the war does not settle a spelling a frontline village shares
            # (Crimea's «Новенькое» is also Sumy's Novenke in Russian)
            and not (top.population < _SMALL_VILLAGE and self.front_km(top) > FRONT_KM
                     and any(self.front_km(self.places[i]) <= FRONT_KM for i in idxs[1:12])))
        return sure

    def _ordinary_opening(self, text: str, r: list) -> bool:
        """«Певну частину міста ...»: a sentence opening with a declined ordinary adjective before a
        lowercase word, spelt like a small village («Певна»), opens with that adjective."""
        start, end, key = r[0], r[1], r[4]
        if _morphology is None or key not in _morphology.ordinary:
            return False
        if not (_SENTENCE_OPENING.search(text, max(0, start - 4), start) or start == 0) \
                or not _LOWER_WORD_AFTER.match(text, end):
            return False
        return _fold_cyrillic(text[start:end]) != key and all(self.places[i].population < _SMALL_TOWN for i in r[2])

    def _village_only(self, idxs: list[int]) -> bool:
        """True when every place a spelling can mean is known only from the codifier."""
        return all(self.places[i].approx for i in idxs)

    def _listed_with_place(self, text: str, raw: list[list], i: int) -> bool:
        """"near Sosnivka and Vorone": a common-word spelling listed next to a name that is surely a place."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(raw) and raw[j][4].partition("|")[0] not in self._weak and not raw[j][3]:
                a, b = (raw[j][1], raw[i][0]) if j < i else (raw[i][1], raw[j][0])
                if _LIST_GAP.fullmatch(text, a, b):
                    return True
        return False

    def _has_evidence(self, text: str, raw: list, region_at: list[tuple[int, str]]) -> bool:
        """A common-word spelling is a place only next to 'village of', a verb of capture, or its oblast's name."""
        start, end, idxs = raw[0], raw[1], raw[2]
        if _SETTLEMENT_BEFORE.search(text, max(0, start - 24), start) or _SETTLEMENT_AFTER.match(text, end) \
                or _PLACE_CUE_BEFORE.search(text, max(0, start - 24), start):
            return True
        oblasts = {self.places[i].oblast for i in idxs}
        return any(abs(p - start) <= 160 and ob in oblasts for p, ob in region_at)

    def front_km(self, place: Place) -> float:
        """Distance from a place to the nearest reference point of the front (km)."""
        point = (place.lat, place.lon)
        km = self._front_km.get(point)
        if km is None:
            if self._front is None:
                refs = (self.resolve(name) for name in FRONT_TOWNS)
                self._front = [(p.lat, p.lon) for p in refs if p is not None]
            km = self._front_km[point] = min((distance_km(*point, *ref) for ref in self._front), default=1e9)
        return km

    def at_the_front(self, place: Place, candidates: Sequence[Place]) -> Place:
        """The namesake at the front when the one chosen lies far behind it: ground changes hands only
        there ("Moscow says it took Pivdenne" is Donetsk's village, not Odesa's town)."""
        if self.front_km(place) <= _FAR_FROM_FRONT_KM / 2 or place.oblast in _BORDER_OBLASTS:
            return place  # (the border oblasts are fought over along their whole length)
        near = [c for c in candidates if c.name == place.name and self.front_km(c) <= FRONT_KM]
        return min(near, key=self.front_km) if near else place

    def ground_fought(self, place: Place, written: str) -> Place | None:
        """The place a capture, a repulse or a hold can be about: itself when it lies within reach of
        the front or in a border oblast; deep in the rear its namesake nearest the front (Donetsk's
        Zarichne, not Odesa's); with none, itself when `written` spells its name, else None (Ternopil's
        Yazlovets, reached by an old name, for Moscow's «Яблоновка»: a wrong village is worse than none)."""
        if place.oblast in _BORDER_OBLASTS or self.front_km(place) <= _DEEP_REAR_KM:
            return place
        near = [c for c in self.candidates(place.name) if c.name == place.name and self.front_km(c) <= _DEEP_REAR_KM / 2]
        if near:
            return min(near, key=self.front_km)
        latin = written if not _is_cyrillic(written.split()[0]) else \
            (uk_to_latin(written) if _UK_LETTERS.search(written) else ru_to_latin(written))
        return place if fold(latin)[:3] == fold(place.name)[:3] else None

    def _pick(self, cands: tuple[Place, ...], pos: int, region_at: list[tuple[int, str]], story: Counter,
              sure: Sequence[Place] = (), memo: dict | None = None, key: str = "") -> Place:
        if len(cands) == 1:
            return cands[0]
        if region_at:
            near = sorted((abs(p - pos), ob) for p, ob in region_at if abs(p - pos) <= 160)
            for _, ob in near:
                inside = [place for place in cands if place.oblast == ob]
                if len(inside) > 1 and key:
                    # "Novoselovka in the DPR": the oblast's village of that name, not one it is an old name of
                    latin = fold(uk_to_latin(key)) if _UK_LETTERS.search(key) else key
                    inside = [place for place in inside if _same_skeleton(place.name, latin)] or inside
                if inside:
                    return inside[0]
            if near:
                # «Гончаровка Харьковской области», no namesake there: not the one across the border
                same_side = tuple(p for p in cands if (p.oblast in _RU_OBLASTS) == (near[0][1] in _RU_OBLASTS))
                if len(same_side) == 1:
                    return same_side[0]
                cands = same_side or cands
        if memo is None:
            return self._pick_in_story(cands, story, sure, key)
        # The same name recurs through a story: weigh its namesakes once.
        place = memo.get(key)
        if place is None:
            place = memo[key] = self._pick_in_story(cands, story, sure, key)
        return place

    def _namesakes(self, key: str, cands: tuple[Place, ...]) -> tuple[int, tuple[tuple[int, str, float, float, bool], ...]]:
        """Per spelling, once: (margin a namesake needs, (index, oblast, lat, lon, at the front) of
        the namesakes that may be traded for the first), or margin 0 when the first always stays."""
        got = self._namesake_info.get(key)
        if got is not None:
            return got
        top = cands[0]
        # Candidates come own-name first, then by size. With every village in the gazetteer most
        # city names have village namesakes: a big city is not traded for one because the story
        # is about another oblast ("Zaporizhzhia" in a report on Donetsk Oblast is the city).
        # Nor is a town traded for a village known only from the codifier because the story
        # also names a place in the village's oblast (ISW lists Kupiansk beside Kostiantynivka),
        # and a spelling that is the first place's own name is not traded for a place it is only
        # an old or other name of ("Andriivka" is also an old name of Sukhanivka).
        # A Ukrainian spelling («Андріївка») romanised is the own name (a Russian one may be an old name).
        latin = fold(uk_to_latin(key)) if key and _UK_LETTERS.search(key) else key
        own_only = bool(key) and fold(top.name) == latin
        # A town named by a name it once had does not hold off its namesake villages ("Grigoryevka"
        # near Seversk is the village Hryhorivka, not the town that was once called so).
        known_only = top.population >= _TOWN_POPULATION and (not key or _same_skeleton(top.name, latin))
        rows = tuple((k, p.oblast, p.lat, p.lon, self.front_km(p) <= FRONT_KM) for k, p in enumerate(cands)
                     if not k or not ((known_only and p.approx) or (own_only and not _same_skeleton(p.name, latin))))
        # Against a town, a village needs more than one hint (its oblast named twice, or named
        # and near another place of the story): "Kupiansk and Lyman" is still the town of Lyman.
        # A small town far from the front gives way to a front-line village on that hint alone
        # (Moscow's "Yampol liberated" is the village near Siversk, not the town in Vinnytsia Oblast).
        # A city far from the war that this spelling only once named («Кирово», Kropyvnytskyi's old name)
        # is not sticky against a front-line village that bears it now.
        margin = 0 if (top.population >= _STICKY_POPULATION and not self._old_name_far(key, cands)) or len(rows) < 2 else \
            3 if known_only and (top.population >= 3 * _TOWN_POPULATION or self.front_km(top) <= _FAR_FROM_FRONT_KM) else 1
        got = self._namesake_info[key] = (margin, rows)
        return got

    def _pick_in_story(self, cands: tuple[Place, ...], story: Counter, sure: Sequence[Place], key: str = "") -> Place:
        """The namesake the story means: its oblast named, near its other places, at the front."""
        margin, rows = self._namesakes(key, cands)
        if not margin:
            return cands[0]
        cells = _cells_of(sure)

        def score(oblast: str, lat: float, lon: float, front: bool) -> int:
            got = 2 * min(story.get(oblast, 0), 2) + front  # war news is about the front
            if cells:
                row, col = int(lat * 2), int(lon * 2)
                if any(distance_km(lat, lon, p.lat, p.lon) <= NEAR_KM for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                       for p in cells.get((row + dr, col + dc), ())):
                    got += 2  # near another place the story names
            return got

        first = score(*rows[0][1:])
        best_k, best = 0, first
        latin = ""
        for k, *row in rows[1:]:
            got = score(*row)
            if got == best and best_k and key:
                # a tie in one oblast: the village of that name, not one it is an old name of
                latin = latin or (fold(uk_to_latin(key)) if _UK_LETTERS.search(key) else key)
                if _same_skeleton(cands[k].name, latin) and not _same_skeleton(cands[best_k].name, latin):
                    best_k = k
            elif got > best:
                best_k, best = k, got
        return cands[best_k] if best - first >= margin else cands[0]

    def _skeleton_index(self, *, cyrillic: bool) -> dict[str, set[int]]:
        """Skeleton -> places, over the spellings of one script (built on the first guess)."""
        index: dict[str, set[int]] = {}
        spellings = [spelling for spelling in self._names if _is_cyrillic(spelling) == cyrillic]
        keys = map(_cyr_skeleton, spellings) if cyrillic else _skeletons(spellings)
        for spelling, key in zip(spellings, keys):
            index.setdefault(key, set()).update(self._names[spelling])
        if not cyrillic:
            # Names with many namesakes ("Zelene") have no Latin key of their own; the oblast a guess
            # needs tells them apart.
            for i, key in enumerate(_skeletons([place.name for place in self.places])):
                index.setdefault(key, set()).add(i)
        return index

    def variant_spelling(self, word: str) -> str | None:
        """The gazetteer's own first word for another romanisation of it (`variant_key`), or None
        when it has none or words naming other places share that key (a guess between names is no
        guess). Of spellings naming some place in common, the one naming the most stands for all."""
        if self._variants is None:
            variants: dict[str, str | None] = {}
            names = self._names
            for key in self._first:
                if key.isascii() and key.isalpha() and len(key) >= 5:
                    v = variant_key(key)
                    if v not in variants:
                        variants[v] = key
                    elif (seen := variants[v]) is not None:
                        had, has = set(names.get(seen) or ()), set(names.get(key) or ())
                        variants[v] = None if not had & has else key if len(has) > len(had) else seen
            self._variants = variants
        return self._variants.get(variant_key(word))

    def prepare_guesses(self) -> None:
        """Build the skeleton indexes now instead of on the first guess: a one-off cost of the
        process, like the load, which a measure of steady extraction keeps apart."""
        if self._latin_skeletons is None:
            self._latin_skeletons = self._skeleton_index(cyrillic=False)
        self._cyr_skeleton_index()
        self.variant_spelling("")

    def guess_latin(self, name: str, oblast: str, shortest: int = 4) -> Place | None:
        """The settlement of `oblast` a Latin spelling the gazetteer lacks most likely means, by
        its consonant skeleton: Moscow's 'Lozovatskoye' is 'Lozuvatske'. Consonants alone say
        less than Cyrillic letters do, so an oblast is required and the match must be unique, or
        unique near the front (and the skeleton `shortest` consonants long)."""
        if name in FAMOUS_ELSEWHERE:
            return None
        if (twin := self._adjective_twin(name, lambda p: p.oblast == oblast)) is not None:
            return twin
        key = consonant_skeleton(name)
        if self._latin_skeletons is None:
            self._latin_skeletons = self._skeleton_index(cyrillic=False)
        found = {self.places[i] for i in self._latin_skeletons.get(key, ()) if self.places[i].oblast == oblast}
        if not found and (single := _DOUBLED.sub(r"\1", key)) != key and len(single) >= 4:
            # (three consonants left say too little: "Zhelannoye" is not "Zelene")
            key = single
            found = {self.places[i] for i in self._latin_skeletons.get(key, ()) if self.places[i].oblast == oblast}
        exact = {p for p in found if fold(p.name) == fold(name)}
        if len(exact) == 1:
            return exact.pop()  # the codifier's own name, kept out of the spellings for its many namesakes
        if len(key) < shortest:
            return None
        if len(found) > 1:
            # two villages of the oblast share the skeleton: the one near the front is the one in the news
            found = {p for p in found if self.front_km(p) <= FRONT_KM}
        return found.pop() if len(found) == 1 else None

    def _adjective_twin(self, name: str, keep: Callable[[Place], bool]) -> Place | None:
        """Moscow's "Novoekonomicheskoye" as Ukraine's "Novoekonomichne" (-ческое, -чне: their skeletons
        differ): the one place so named that `keep` keeps, else None."""
        twin = _RU_ADJECTIVE_END.sub(lambda m: _UA_ADJECTIVE_END[m.group(1)], name)
        if twin == name:
            return None
        found = {self.places[i] for i in self._names.get(fold(twin), ()) if keep(self.places[i])}
        return found.pop() if len(found) == 1 else None

    def guess_latin_at_front(self, name: str, shortest: int = 4) -> Place | None:
        """guess_latin with no oblast named: the one settlement near the front line whose Latin
        skeleton the spelling shares ('the village of Ocheretino' is Ocheretyne), else None."""
        if name in FAMOUS_ELSEWHERE:
            return None
        if (twin := self._adjective_twin(name, lambda p: self.front_km(p) <= FRONT_KM)) is not None:
            return twin
        key = consonant_skeleton(name)
        if len(key) < shortest:
            return None
        if self._latin_skeletons is None:
            self._latin_skeletons = self._skeleton_index(cyrillic=False)
        found = {self.places[i] for i in self._latin_skeletons.get(key, ()) if self.front_km(self.places[i]) <= FRONT_KM}
        return found.pop() if len(found) == 1 else None

    def guess_cyrillic(self, name: str, oblast: str | None) -> Place | None:
        """The settlement a Cyrillic spelling the gazetteer lacks most likely means, by its
        skeleton (consonants, vowels as one class): Russian «Нелеповка» is Ukrainian «Неліпівка».
        Only for names a settlement word introduces; one candidate in the named oblast (the one
        at the front when several), or one at the front when no oblast is named, else None (a
        wrong village is worse than none)."""
        found = {self.places[i] for i in self._cyr_skeleton_index().get(_cyr_skeleton(name), ())}
        if oblast:
            found = {p for p in found if p.oblast == oblast}
        if not oblast or len(found) > 1:
            found = {p for p in found if self.front_km(p) <= FRONT_KM}
        return found.pop() if len(found) == 1 else None


_RU_ADJECTIVE_END = re.compile(r"(cheskoye|cheskoe|cheskaya|cheskiy|chesky)$")
_UA_ADJECTIVE_END = {"cheskoye": "chne", "cheskoe": "chne", "cheskaya": "chna", "cheskiy": "chnyi", "chesky": "chnyi"}
FAMOUS_ELSEWHERE = frozenset(("Moscow", "Minsk", "Grozny", "Mozdok", "Shaykovka"))
"""Cities and air bases beyond Ukraine the news names often and the gazetteer does not hold: never
guessed as a Ukrainian village of a like spelling ("the city of Moscow" is not Mezhova)."""


# «на Лиманском направлении», «на покровському напрямку»: the adjective a direction is named by.
_CYR_DIRECTION = re.compile(r"([А-ЯІЇЄҐа-яіїєґ'’]{4,}(?:ом|ому|ім|ем)) (?:направлении|напрямку)\b")


def resolve_place(name: str) -> str | None:
    """Canonical name for any spelling of a place (the filter language's `place:`), or None."""
    place = Gazetteer.load().resolve(name)
    return place.name if place else None
