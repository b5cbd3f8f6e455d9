"""One event, many sources: stories grouped into clusters as they arrive.

A cluster is the set of stories about one event: syndicated copies of one text, and reports of
the same capture claim, strike or shootdown from outlets of every side, in any language. Each new
story is compared only with recent stories that share a signal with it (a canonical link, a
near-copy found through a bottom-k MinHash sketch, an (event, place) key, a place), never with the
whole cache, so adding a story costs the same at 500 stories as at 50k. A report told as
another kind of event by the other side (a shootdown of the strike's drones, a denial of the
capture claim) joins the cluster its headline's place is about. A story joins a cluster
only when it fits the cluster as a whole (its first report, or most of its first few reports),
within the event's window from that first report: two stories that each resemble a third are not
chained into one event through it.

The assignment of every story and a window of recent stories live in `clusters.json`, a TinyDB
file in the data dir (tables `assignments` and `recent`); a story never clustered is its own
cluster, named by its id.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from rapidfuzz import fuzz
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from tui.core.claims.dates import days_and_months
from tui.core.claims.gazetteer import UKRAINIAN_OBLASTS, Gazetteer
from tui.core.claims.translit import ru_to_latin, uk_to_latin
from tui.core.models import Story
from tui.core.storage import AtomicJSONStorage
from tui.core.urls import without_tracking

if TYPE_CHECKING:
    from tui.core.store import Store

FILE_NAME = "clusters.json"
WINDOW = 36 * 3600
"""Reports of one event arrive within this of each other; the same place later is another event."""
EVENT_WINDOWS = {"strike": 14 * 3600, "shootdown": 14 * 3600, "control": 48 * 3600, "losses": 24 * 3600,
                 "crash": 24 * 3600}
"""How far apart the reports of one event of a kind may be: a strike is one night's news (the
next night's strike on the same city is another event), a capture claim draws denials and an
analyst's assessment for a day or two."""
FOLLOW_UP_WINDOWS = {"attack": 48 * 3600, "control": 96 * 3600}
"""How long after an event's first report a follow-up (a strike's toll rising, the search for
the missing; a capture claim's denial or an analyst's assessment of it) is still news of that
event rather than of another."""
KEEP = 4 * 86400
"""How far back the recent stories are kept for matching (beyond WINDOW, for late arrivals)."""
SKETCH = 16
"""Shingle hashes kept per text (the k smallest): a one-hash MinHash, cheap enough for a first poll."""
NEAR_COPY = 0.5
"""Estimated Jaccard similarity above which two texts are copies (syndication, light rewrites)."""
SAME_TEXT = 0.8
"""Estimated Jaccard similarity above which two texts are copies whatever their headlines."""
LEAD_WORDS = 10
"""Opening words compared to tell a copy under a new headline from a report sharing stock text."""
LEAD_CHARS = 300
"""A summary's opening: where its lead words, and with the headline its places and topics, are read."""
MIN_SHARED = 3
"""Sketch values two texts must share before their similarity is estimated at all."""
SAME_PLACE_TITLE = 55
"""Title similarity (0-100) that joins two stories sharing a place but no event key."""
MAX_CANDIDATES = 120
"""Stories one lookup compares a new one with, nearest in time first."""
MAX_POSTING = 40
"""Texts sharing one sketch value beyond which that value is boilerplate, not evidence."""
MAX_ANCHOR_CANDIDATES = 60
"""Reports of the same kind of news compared with a new one, nearest in time first."""
SAME_TITLE = 82
"""Title similarity that joins two stories with no place in common."""
REPRESENTATIVES = 5
"""A cluster's first reports still in the window: a new story must fit its seed or most of these."""

_EVENT_WORDS: dict[str, tuple[str, ...]] = {
    "shootdown": (
        "shot down", "shoot down", "downed", "intercepted", "air defen", "air-defen",
        "збил", "збит", "перехоплен", "ппо", "сбил", "сбит", "перехвач", "пво", "уничтожены",
    ),
    "strike": (
        "strike", "struck", "shelling", "shelled", "drone attack", "missile", "drones hit",
        "explosion", "blast", "bombard", "glide bomb", "attack on", "attacks ", "attacked", "hit ",
        "debris", "drone", "ballistic", "bombing", "bombed",
        "удар", "обстріл", "атак", "ракет", "вибух", "дрон", "шахед", "бомб", "обстрел",
        "взрыв", "беспилотн", "бпла", "прилет", "поражен", "поразил", "ураж", "уразил", "балістик",
        "баллистик", " каб ", " каб,", " каби", " кабів", " кабами", " кабы", " кабов", "безпілотн",
        # a dam, a bridge or a depot blown up
        "blew up", "blown up", "взорвал", "взорван", "підірвал", "підірван",
        # Russian says it with another verb too, and both name the act itself.
        "подорвал", "подорван", "подрыв", "підрив",
        # The search of the rubble is what a strike left: reported as such, with no weapon named.
        "rubble", "rescue operation", "search and rescue", "завал", "пошуково-рятувальн", "поисково-спасательн",
    ),
    "control": (
        "captur", "seiz", "liberat", "took control", "taken control", "fell to", "has fallen",
        "fall of", "withdr", "pull back", "pulled back", "encircl", "remains under", "control of",
        "still hold", "advance", "entered", "took the village", "took village", "took the town",
        "took town", " controls ", "in control of", "it's taken", "it has taken", "have taken", "has taken",
        "захоп", "звільн", "взят", "взяття", "контрол", "відійш", "відступ", "оточ", "окруж",
        "освобо", "овлад", "отступ", "отош", "продвин", "просун", "взяли", "заняли", "зайняли",
        "mopping", "mop-up", "mop up", "зачист", "зачищ",
        # «take» said of ground: «войска забирают Донбасс».
        "забирают", "забирають",
        # A push across the border is a fight for ground too: an incursion and its repulse.
        "incursion", "border breach", "breach the border", "break into", "broke into", "penetrate into",
        "penetrated into", "прорваться в", "прорвались в", "прорыв на", "прорватися в", "прорвалися в",
        "прорив на", "перешли в наступление", "перейшли в наступ",
        "sabotage group", "sabotage and reconnaissance", "border raid", "cross-border raid", "диверсионн",
        "диверсійн", " дрг ", "рейд",
        # Moscow's words for a retreat.
        "regroup", "перегрупп", "перегрупув", "вывели войск", "вывод войск", "вывода войск", "вывод гарнизон",
        "вывели гарнизон", "выводе гарнизон", "выводе войск", "вывели с ", "выведены с ", "виведення військ", "вивели військ",
    ),
    # An aircraft lost to no strike (a helicopter falling on a town): its own kind of news.
    "crash": ("crash", "авиакатастроф", "авіакатастроф", "крушени", "разбился", "разбилс", "розбився", "розбилас",
              "розбивс"),
    # The nouns only: the verbs («втратила живлення», «потерял связь») lose other things.
    "losses": ("losses", "killed in action", " втрат ", " втрат,", " втрат.", " втрати ", " втрати,", " втрати.",
               "втратам", "втратах", "потери", "потерь", "потерям", "потерях"),
}
_FAMILIES = {"strike": "attack", "shootdown": "attack", "losses": "attack", "control": "control", "crash": "crash"}
"""Event types one event is told as: the same night's attack is a strike to one side, a shootdown
or boats destroyed to the other; a capture claim and its denial are both about control."""
FAMILY_WINDOWS = {"attack": EVENT_WINDOWS["strike"], "control": EVENT_WINDOWS["control"], "crash": EVENT_WINDOWS["crash"]}
_DENIAL_WORDS = ("denies", "denied", "deny", "rejects", "rejected", "refute", "not true", "false", "fake",
                 "fiction", "propaganda", "disinformation", "опроверг", "спростув", "неправд",
                 "не соответств", "не відповіда", "фейк", "вигадк", "выдумк", "пропаганд", "дезінформ",
                 "дезинформ")
"""A denial belongs to the claim it denies, whatever else its words are about."""
_WEAPONS: dict[str, tuple[str, ...]] = {
    "bomb": ("glide bomb", "guided bomb", "aerial bomb", "bombs ", "bomb ", " каб", "авіабомб", "авиабомб",
             "керован", "управляем"),
    "air": ("drone", "shahed", "missile", "ballistic", "дрон", "шахед", "безпілот", "беспилот", "бпла",
            "ракет", "балістик", "баллистик"),
}
"""What a strike was made with, as reports name it: a combined night attack is told as missiles by
one outlet and drones by another, but a glide-bomb strike on a front-line city that afternoon is
another event."""
_AFTERMATH = ("death toll", "rises to", "rose to", "climbs to", "climbed to", "continues to rise", "increased",
              "number of dead", "number of killed", "number of victims", "still missing",
              "remain missing", "confirmed dead", "second day", "day of mourning", "justify",
              "update:", "updated:", "investigation", "розслідуван", "расследован", "razed", "funeral", "похорон", "прощання", "прощание",
              "розбір завалів", "разбор завалов", "blockages", "rescue operation", "search and rescue",
              "пошуково-рятувальн", "поисково-спасательн", "admits", "admitted", "визнал", "признал",
              "recogniz", "acknowledg", "пропавших без вести", "пропавшие без вести", "зниклих безвісти",
              "зниклі безвісти",
              "кількість загиблих", "кількість жертв", "число загиблих", "число жертв", "другу добу",
              "другий день", "жалоб", "виправда", "зросла до", "зросло до", "число погибших", "количество погибших",
              "выросло до", "возросло до", "зросла кількість", "зросло число", "выросло число", "возросло число",
              "возросло количество", "выросло количество",
              "количество жертв", "вторые сутки", "второй день", "траур", "оправда")
"""A headline about what a strike left behind, told a day or more after it: the toll rising,
the search for the missing going on, mourning, the attacker's excuses."""
_AGAIN = ("again", "new attack", "another attack", "знову", "вдруге", "повторн", "ще одн", "снова", "вновь",
          "еще одн", "ещё одн")
"""A headline telling the attack was repeated: another event, however alike."""
_ANSWER = (*_DENIAL_WORDS, "assess", "analys", "analyz", "проанализ", "проаналіз", "аналітик", "аналитик")
"""A headline answering a claim: a denial, or an analyst's reading of it days later."""
_GENERIC_PLACES = frozenset({"kyiv", "moscow", "washington"})
"""Places named for their governments ('Kyiv says', 'Moscow denies') as often as for themselves."""
_TOPICS: dict[str, tuple[str, ...]] = {
    # Every stem starts a word ('плен' inside 'захоплена', captured, is no prisoner); a stem
    # ending in a space is the whole word ('pow ' is not 'power').
    "prisoners": ("prisoner", "pows", "pow ", "swap", "exchange of", "exchange with", "captivity",
                  "returned from", "released from", "return home", "returned home", "deport",
                  " обмін", " полон", " обмен", " плен", "військовополон", "военноплен", "вернулись домой",
                  "вернулись из", "повернулися додому", "повернулися з", "депорт", "bring home", "brings home",
                  "brought home", "в україну повернули", "повернули в україну", "повернули додому"),
    "legislation": ("parliament", " bill ", " law ", "verkhovna", "законопроєкт", "законопроект", " закон ",
                    "парламент", "госдум", " duma"),
    "repatriation": ("bodies", "repatriat", " тіла", " тела", "репатріац", "репатриац"),
    "talks": ("talks", "meeting", "meets", "negotiat", "summit", "envoy", "peace plan", "consultation",
              "delegation", "переговор", "перемов", "консультац", "делегац", "засідан", "заседан",
              "зустр", "встреч", "саміт", "саммит", "урегулирован", "врегулюван", "peace settlement",
              "final settlement", "political settlement", "diplomatic settlement",
              # 'peace' by its endings: the bare stem is the start of Myrnohrad.
              " мирний", " мирного", " мирну", " мирної", " мирный", " мирной",
              " мирных", " мирних", " мирная", " мирна "),
    "sanctions": ("sanction", "санкц"),
    "budget": ("budget", "бюджет"),
    # Russia's gas and oil sold abroad: a ban, a phase-out, a price cap.
    "energy-trade": ("lng", "спг", "liquefied", "сжиженн", "скраплен", "russian gas", "russian oil", "russian crude",
                     "gas import", "oil import", "price cap", "российского газа", "российской нефти",
                     "російського газу", "російської нафти", "потолок цен", "стелю цін"),
    "mobilisation": ("mobiliz", "mobilis", "conscript", "draft age", "мобілізац", "мобилизац", "призов"),
    "funding": ("loan", "frozen assets", "russian assets", "aid package", "financing", "funding", "кредит",
                "активів", "активи", "активы", "активов", "фінансуван", "финансирован"),
    "clashes": ("clashes", "combat engagements", "боєзіткнен", "бойових зіткнен", "боестолкновен",
                "боевых столкновен"),
    "call": ("phone call", "phone conversation", "by phone", "call with", "телефон", "розмов", "разговор",
             "поговорил", "поговорив"),
    "ceasefire": ("ceasefire", "cease-fire", "truce", "перемир", "прекращение огня", "припинення вогню"),
    "guarantees": ("guarantee", "гарант"),
    # Children taken or brought back, not every report that counts children among the hurt.
    "children": ("children from", "children deported", "deported children", "children held", "return of children",
                 "дітей з ", "дітей із ", "депортованих дітей", "детей из ", "депортированных детей"),
    "foreign-troops": ("european troops", "european troop", "foreign troops", "western troops", "contingent",
                       "peacekeep", "reassurance force", "европейских военн", "войск европейск",
                       "європейських військ", "іноземних військ", "иностранных войск", "контингент",
                       "миротвор"),
    "nuclear": ("nuclear", "npp", "znpp", "iaea", "магатэ", "магате", "аэс", "аес", "заэс", "заес"),
    "outage": ("outage", "blackout", "power cut", "without power", "without electricity", "outside power",
               "off-site power", "offsite power", "external power", "loses power", "lost power", "power supply",
               "power line", "електропередач", "электропередач", "блекаут", "блэкаут",
               "відключен", "знеструм", "без світла", "отключен", "обесточ", "без света", "електропостачан",
               "электроснабжен", "зовнішнє живлення", "зовнішнього живлення", "електроживлен", "внешнее питание",
               "внешнего питания", "электропитан"),
}
"""Kinds of news with no front-line place: two reports of one such event share their kind."""
_PEOPLE: dict[str, tuple[str, ...]] = {
    "putin": ("putin", "путин", "путін"), "trump": ("trump", "трамп"),
    "zelensky": ("zelensk", "зеленськ", "зеленск"), "peskov": ("peskov", "песков", "пєсков"),
    "lavrov": ("lavrov", "лавров"), "zakharova": ("zakharova", "захаров"), "ushakov": ("ushakov", "ушаков"),
    "umerov": ("umerov", "умєров", "умеров"), "medinsky": ("medinsk", "мединск", "мєдінськ"),
    "witkoff": ("witkoff", "уиткофф", "віткофф"), "rubio": ("rubio", "рубио", "рубіо"),
    "yermak": ("yermak", "єрмак", "ермак"), "sybiha": ("sybiha", "сибіг", "сибиг"), "kallas": ("kallas", "каллас"),
    "macron": ("macron", "макрон"), "merz": ("merz", "мерц"), "starmer": ("starmer", "стармер"),
    "grossi": ("grossi", "гросси", "гроссі"), "budanov": ("budanov", "буданов"),
    "syrskyi": ("syrsk", "сирськ", "сырск"), "gerasimov": ("gerasimov", "герасимов"),
    "belousov": ("belousov", "белоусов", "бєлоусов"), "shmyhal": ("shmyhal", "шмигал", "шмыгал"),
    "dmitriev": ("dmitriev", "дмитриев", "дмитрієв"), "kellogg": ("kellogg", "келлог"),
    "erdogan": ("erdogan", "эрдоган", "ердоган"), "orban": ("orban", "орбан"),
    "lukashenko": ("lukashenk", "лукашенк"), "von-der-leyen": ("von der leyen", "фон дер ляйен", "фон дер ляєн"),
    "rutte": ("rutte", "рютте"),
    # Companies and agencies whose announcements are news of their own.
    "ukrenergo": ("ukrenergo", "укренерго"), "energoatom": ("energoatom", "енергоатом", "энергоатом"),
    "naftogaz": ("naftogaz", "нафтогаз"), "gazprom": ("gazprom", "газпром"), "rosatom": ("rosatom", "росатом"),
    "rada": ("verkhovna", "rada ", "рада "),
}
"""The people whose words and meetings make the news with no front-line place: a name survives
translation where the rest of a statement does not ('Песков', 'Пєсков', 'Peskov')."""
_WORLD_PLACES: dict[str, tuple[str, ...]] = {
    "moscow": ("moscow", "moskv", "kremlin", "kreml"),
    "washington": ("washington", "vashynhton", "vashington", "white house"),
    "geneva": ("geneva", "zhenev"),
    "abu-dhabi": ("abu dhabi", "abu-dabi", "abu dabi", "uae", "emirates"),
    "istanbul": ("istanbul", "stambul"),
    "riyadh": ("riyadh", "riiad", "er-rijad", "jeddah"),
    "berlin": ("berlin",),
    "brussels": ("brussels", "briussel", "bryussel"),
    "paris": (" paris", "paryzh", "parizh"),  # not "comparison"
    "london": ("london",),
    "minsk": ("minsk",),
    "budapest": ("budapest",),
    "warsaw": ("warsaw", "varshav"),
    "ramstein": ("ramstein", "ramshtain", "ramshtayn", "contact group"),
    # A stem inside other words starts with its space: «доходы», «водохранилище» are not Doha.
    "qatar": ("qatar", " katar", " doha", " dokha", " dokhi", " dokhy", " dokhe", " dokhu", " dokhoi "),
    "crimea": ("crimea", "krym", "krimu", "krima", "krime", "krimsk"),
    "snake-island": ("snake island", "zmiin", "zmein", "zmeiny"),
    "black-sea": ("black sea", "chornomu mor", "chernym mor", "chornoho mor", "chernogo mor"),
    "znpp": ("znpp", "zaporizhzhia nuclear", "zaporizhzhia npp", "zaporozhye nuclear", "zaporozhye npp",
             " zaes", "zaporozhskaya aes", "zaporozhskoy aes", "zaporozhskuyu aes", "zaporizka aes",
             "zaporizkoi aes", "zaporizku aes"),
}
"""Places outside the settlement gazetteer that war news keeps naming (capitals, the Kremlin,
Crimea, the occupied nuclear plant), by the folded stems of their spellings in English,
Ukrainian and Russian."""
_REGION_FORMS: dict[str, tuple[str, str]] = {
    # region: (the name or adjective stems said before 'oblast'/'region'/'область', the one-word
    # forms that need no such word: Ukrainian 'Сумщина', 'на Запоріжжі'), in folded spelling.
    "sumy": (r"sumy|sumsk\w*", r"sumshch\w*"),
    "kharkiv": (r"kharki?v\w*|kharkov\w*", r"kharkivshch\w*|kharkovshch\w*"),
    "zaporizhzhia": (r"zaporizhzhi\w*|zaporizhia|zaporozh\w*|zaporizk\w*", r"na zaporizhzhi"),
    "odesa": (r"odesa|odessa|odes[sk]\w*", r"odeshch\w*"),
    "kherson": (r"kherson\w*", r"khersonshch\w*"),
    "donetsk": (r"donetsk\w*|donetsko\w*", r"donechch\w*|donetch\w*"),
    "luhansk": (r"luhansk\w*|lugansk\w*", r"luhanshch\w*|luganshch\w*"),
    "dnipropetrovsk": (r"dnipropetrovsk\w*|dnepropetrovsk\w*|dnipro", r"dn[ie]propetrovshch\w*"),
    "mykolaiv": (r"mykolai\w*|nikolaev\w*|nikolayev\w*", r"mykolaivshch\w*|nikolaevshch\w*"),
    "chernihiv": (r"chernihiv\w*|chernigov\w*", r"chernihivshch\w*|chernigovshch\w*"),
    "kyiv": (r"kyiv\w*|kiev\w*", r"kyivshch\w*|kievshch\w*"),
    "poltava": (r"poltav\w*", r"poltavshch\w*"),
    "zhytomyr": (r"zh[iy]tomir\w*|zhytomyr\w*", r"zh[iy]tom[iy]rshch\w*"),
    "belgorod": (r"belgorod\w*|bielhorod\w*", r"bielhorodshch\w*|belgorodch\w*|belgorodshch\w*"),
    "kursk": (r"kursk\w*", r"kurshch\w*"),
    "bryansk": (r"bryansk\w*|briansk\w*", r"br[iy]anshch\w*"),
    "rostov": (r"rostov\w*", r"rostovshch\w*"),
    "voronezh": (r"voronezh\w*", r"voronezhch\w*"),
    "krasnodar": (r"krasnodar\w*|kuban\w*", r"kubani"),
}
"""Regions as the headlines of every side name them: 'Sumy Oblast', «Сумской области», «Сумщина»."""
_REGION_WORD = r"(?:(?:oblast|region)\w*+(?! (?:state |military )?administ)|province\w*|kra[eijy]\w*)"
"""A region's word, not its administration's: 'the regional administration' struck is a building in the city."""
_REGION_LIST = r"(?:(?:,|,? and|,? i|,? ta|,? y) \w+){0,6}"
"""The rest of a list of regions before the one region word they share ('Kyiv, Kharkiv and Sumy regions');
bounded, so a hostile headline of names costs no more than a real one."""
_REGION = re.compile("|".join(rf"(?P<r{n}>\b(?:{said})(?={_REGION_LIST} {_REGION_WORD})|\b(?:{alone})\b)"
                              for n, (said, alone) in enumerate(_REGION_FORMS.values())))
_REGION_HINTS = ("oblast", "region", "provinc", " kra", "shch", "chch", "zaporizh", "odch", "etch")
"""Every spelling _REGION matches contains one of these."""
_OLD_DNIPRO = re.compile(r"\bdn[ie]propetrovsk(?!\w* (?:oblast|region|province))")
_REGION_SLUGS = tuple(f"region-{name}" for name in _REGION_FORMS)


_CAPITALS = {slug: "dnipro" if slug == "region-dnipropetrovsk" else slug.removeprefix("region-")
             for slug in _REGION_SLUGS}
"""Each region's centre, named like it but for Dnipropetrovsk's."""
_PARTNERS = {**_CAPITALS, **{city: region for region, city in _CAPITALS.items()}}
"""A region and its centre: a report of «удар по Харківщині» may be the one of a strike on Kharkiv."""


def _names_a_town(subjects: Iterable[str]) -> bool:
    """Whether a headline's places include one that is no region."""
    return any(not place.startswith("region-") for place in subjects)


def regions_in(folded: str) -> set[str]:
    """The regions a folded text names ('region-sumy'), in any of their spellings."""
    if not any(map(folded.__contains__, _REGION_HINTS)):
        return set()  # most headlines name no region: one pass of substring tests instead of the regex
    return {_REGION_SLUGS[int(m.lastgroup[1:])] for m in _REGION.finditer(folded) if m.lastgroup}


_GENERIC_NAMES = frozenset(
    "russia russian russians ukraine ukrainian ukrainians kyiv kiev moscow kremlin europe european "
    "eu us usa america american nato west western general staff ministry defense defence forces "
    "armed president minister governor mayor mod isw dpr lpr un".split())
"""Capitalised words in nearly every story: never evidence that two stories share an event."""
_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(rb"\w+")
"""_WORD on the bytes of ASCII text (where bytes' \\w and str's \\w are the same letters)."""
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d{2,5})(?:st|nd|rd|th)?(?![\w.,]?\d)")
"""A figure in a headline, thousands grouped or not ('1,000', '1 000', '1000')."""
_GROUPING = re.compile("[, \u00a0\u202f]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
def _names_in(table: Mapping[str, Iterable[str]], text: str) -> set[str]:
    """The entries of a table one of whose stems the text contains (plain substring tests: far
    cheaper than one big regex alternation over every position of the text)."""
    return {name for name, stems in table.items() if any(map(text.__contains__, stems))}
_APOSTROPHES = re.compile("['’ʼ`´‘]")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""Combining marks: dropped by one regex pass rather than a test per character."""
_NONE: dict[str, None] = {}
_NEAREST_FIRST = (0, -1, 1, -2, 2, -3, 3, -4, 4)
"""Day offsets, the same day first: the order a lookup visits the days around a story."""


def fold(text: str) -> str:
    """Lower case, accents off, Cyrillic spelled in Latin letters: one script to compare in."""
    if text.isascii():
        return _APOSTROPHES.sub("", text).casefold()
    text = unicodedata.normalize("NFKC", _APOSTROPHES.sub("", text))
    if _CYRILLIC.search(text):
        text = uk_to_latin(text) if re.search("[іїєґІЇЄҐ]", text) else ru_to_latin(text)
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def canonical_link(link: str) -> str:
    """A link without scheme, `www.`, fragment, trailing slash or tracking parameters."""
    if not link:
        return ""
    parts = urlsplit(without_tracking(link))
    host = parts.hostname or ""
    host = host[4:] if host.startswith("www.") else host
    return urlunsplit(("", host, parts.path.rstrip("/"), parts.query, "")).lstrip("/")


def _opening(story: Story) -> str:
    """The words event types, denials and weapons are read from."""
    return f" {story.title} {story.summary[:400]} ".casefold()


_ROUNDUP = re.compile(
    r"campaign assessment, \w+ \d|\bwar latest\b|^live\b|\blive:|\blive updates\b|\bkey (?:events|developments)\b"
    r"|\b(?:главное|головне) (?:за|к|на|об|про)\b|\bхроник|\bхронік|\bонлайн\b|\bдень \d")
"""A headline of a day's digest ('Ukraine war latest: ...', 'Offensive Campaign Assessment, May 3',
«Главное за ночь», «Головне за добу»): many events in one item, a report of none of them."""


_MASS = ("massive", "mass attack", "mass strike", "mass missile", "mass drone", "massed", "large-scale", "combined",
         "group strike", "массирован", "комбинирован", "групповой удар", "групповым удар", "масован", "комбінован",
         "груповий удар", "груповим удар")
"""A night's air attack on the whole country, as either side names it."""
_BOTH_WEAPONS = (("missile", "ракет"), ("drone", "дрон", "бпла", "беспилот", "безпілот", "шахед"))
"""Missiles and drones named together: the combined attack of a night."""
_ON_UKRAINE = ("ukrain", "украин", "україн", " всу", " зсу", "противник", "ворог", "enemy")
_OVER_RUSSIA = ("over russia", "russian region", "над россией", "над регион", "над территори", "над российск")


def _mass_attack(opening: str, places: Iterable[str], families: Iterable[str], regions: Iterable[str] = ()) -> bool:
    """Whether a report tells the night's mass air attack on Ukraine: a massive or combined
    attack ('group strike', «масована атака», missiles and drones together) at a place or on a
    region (`regions`: 'region-odesa') in Ukraine, or, for a report naming neither, one said to
    be on Ukraine (or by 'the enemy')."""
    if "attack" not in families or not (any(map(opening.__contains__, _MASS))
                                         or all(any(map(opening.__contains__, kind)) for kind in _BOTH_WEAPONS)):
        return False
    if any(region.removeprefix("region-").title() in UKRAINIAN_OBLASTS for region in regions):
        return True
    places = list(places)
    if not places:
        return any(map(opening.__contains__, _ON_UKRAINE)) and not any(map(opening.__contains__, _OVER_RUSSIA))
    gazetteer = Gazetteer.load()
    return any((place := gazetteer.resolve(name)) is not None and place.oblast in UKRAINIAN_OBLASTS
               for name in places)


_REPELLED = ("repel", "repuls", "thwart", "foil", "отраж", "отраз", "отбит", "отбил", "відбит", "відбил", "відбив")
"""An attack repelled: the words of a shootdown, which the claims stage may take for a fight."""


def claim_keys(story: Story, opening: str | None = None) -> set[str]:
    """The story's claims as (event, place) keys; a control claim whose words tell only an attack
    shot down or repelled ('drone attack on Saratov repelled') is that attack at that place."""
    keys = {cid for cid in story.claim_ids if ":" in cid}
    if not any(key.startswith("control:") for key in keys):
        return keys
    opening = _opening(story) if opening is None else opening
    words = _names_in(_EVENT_WORDS, opening)
    if "control" in words or not ("shootdown" in words or any(map(opening.__contains__, _REPELLED))):
        return keys
    told = words - {"control"} or {"shootdown"}
    return {key for key in keys if not key.startswith("control:")} | {
        f"{event}:{key.partition(':')[2]}" for key in keys if key.startswith("control:") for event in told}


def events_of(story: Story, opening: str | None = None, claims: set[str] | None = None) -> set[str]:
    """The event types a story reports: from its claims (`claims`: its claim_keys, when known),
    else from its words."""
    events = {key.split(":", 1)[0] for key in (claim_keys(story, opening) if claims is None else claims)}
    if events:
        return events
    return _names_in(_EVENT_WORDS, _opening(story) if opening is None else opening)


def families_of(events: Iterable[str], opening: str) -> set[str]:
    """The kinds of event a story can be a report of: those of its event types (one side's
    strike is the other's shootdown), and control when it denies something. The event types
    are its claims' when it has any: a capture claim 'after weeks of attacks' is no report of
    the night's strike on the town."""
    found = {_FAMILIES[event] for event in events if event in _FAMILIES}
    if any(map(opening.__contains__, _DENIAL_WORDS)):
        found.add("control")
    return found


def _loose(word: str) -> str:
    """A folded word with 'y' read as 'i': Ukrainian text with no letter of its own is folded
    as Russian, so its 'и' comes out 'i' where the place's slug has 'y' ('Саки', Saky)."""
    return word.replace("y", "i")


def _stem_of(word: str) -> str:
    """What stays of a name through declension and adjectives: its first five letters."""
    return _loose(word[:5])


def _place_stems(place: str) -> tuple[str, ...]:
    """The loosened beginnings _names_place looks for at the start of a word."""
    return tuple(_loose(part[:5]) for part in place.split("-") if len(part) >= 4)


def _names_place(word: str, place: str) -> bool:
    """Whether a folded word is a form of a place's slug ('mykolaievu', 'saratovskyi')."""
    word = _loose(word)
    return any(len(part) >= 4 and word.startswith(_loose(part[:5])) for part in place.split("-"))


def _names_form(name: str, place: str) -> bool:
    """Whether a headline name the gazetteer did not resolve is a form of a place: a long
    enough common beginning ('mykolaie' is Mykolaiv; 'zaporozka', the region's adjective, is
    not the city of Zaporizhzhia)."""
    return _loose(name[:min(len(place), 6)]) == _loose(place[:6])


def title_places(folded_title: str, places: Iterable[str]) -> set[str]:
    """The places a headline names (in any case ending): what the story is about, beside
    the places its text only mentions; a story naming one place is about that place."""
    places = list(places)
    words = tuple(map(_loose, _WORD.findall(folded_title)))  # each word loosened once, not once per place
    title = f" {folded_title} "
    found = {place for place in places
             if (any(map(title.__contains__, _WORLD_PLACES[place])) if place in _WORLD_PLACES
                 else any(word.startswith(stem) for stem in _place_stems(place) for word in words))}
    if not found and len(places) == 1:
        found = set(places)
    return found


def headline_towns(title: str, places: Iterable[str]) -> set[str]:
    """The story's places its headline names as towns, as the gazetteer reads the headline:
    declined ('Одесу', «у Києві») and in the other side's spelling ('Gulyaipole', «Северск»),
    which no common beginning with the place's own name finds. A name that may mean several
    places names each of them the story's text resolved."""
    places = set(places)
    return {slug for mention in Gazetteer.load().find(title) if not mention.region
            for place in mention.candidates if (slug := _slug(place.name)) in places}


def _latin_stems(stems: Iterable[str]) -> tuple[str, ...]:
    """Stems as fold() spells them: Cyrillic ones in both the Ukrainian and Russian romanisation."""
    out = set()
    for stem in stems:
        if _CYRILLIC.search(stem):
            out.update({uk_to_latin(stem).casefold(), ru_to_latin(stem).casefold()})
        else:
            out.add(stem)
    return tuple(sorted(out))


_NOT_TOWNS = frozenset(stem.strip() for stem in _latin_stems(chain(
    chain.from_iterable(_EVENT_WORDS.values()), chain.from_iterable(_PEOPLE.values()), _GENERIC_NAMES,
    ("україн", "украин", "росій", "россий", "русск", "минобор", "міноборон", "генштаб", "kremlin", "оборон",
     "повітрян", "воздушн", "air force",
     # weapons and the outlets quoted: named in many headlines of one night, none of them a place
     "іскандер", "искандер", "iskander", "кинджал", "кинжал", "kinzhal", "калібр", "калибр", "kalibr", "циркон",
     "zircon", "орешник", "oreshnik", "atacms", "himars", "patriot", "storm shadow", "герань", "geran", "ланцет",
     "lancet", "taurus", "tomahawk", "томагавк", "фламинго", "фламінго", "flamingo", "нептун", "neptune",
     "reuters", "bloomberg", "associated", "telegram", "телеграм", "interfax", "интерфакс", "інтерфакс",
     "суспільн", "suspiln", "ukrinform", "укрінформ")))
    if len(stem.strip()) >= 4)
"""Words as fold() spells them that name no town: event words (a headline's first word 'Атака
...'), people, the sides ('Ukrainian drones', «российских военных») and the bodies, weapons and
outlets headlines of many events name."""
_NOT_TOWN_STARTS = frozenset(stem[:n] for stem in _NOT_TOWNS for n in range(6, len(stem) + 1))


def _may_be_town(name: str) -> bool:
    """Whether a headline's capitalised word can be a town's name: long enough, and none of
    _NOT_TOWNS (by set lookups of its beginnings, not a test per stem)."""
    return len(name) >= 6 and name not in _NOT_TOWN_STARTS \
        and not any(name[:n] in _NOT_TOWNS for n in range(4, len(name) + 1))


_SUBJECTS = frozenset({"ceasefire", "guarantees", "foreign-troops", "children"})
"""Topics that are what a statement or meeting is about, not a kind of news: talks and a
minister's remarks both speak of guarantees."""


_SWAP = re.compile(r"\b(?:swap|(?:prisoner|pow) exchange|exchange of (?:prisoners|pows)|exchanged|obmin|obmen)")
"""A headline telling an exchange of prisoners (folded: «обмін», «обмен» read in Latin letters)."""


def _is_swap(folded_title: str) -> bool:
    return _SWAP.search(folded_title) is not None


def _kinds_of(topics: Iterable[str]) -> set[str]:
    """The kinds of news among a story's topics: no people, no subjects of discussion."""
    return {topic for topic in topics if topic not in _SUBJECTS and not topic.startswith("person:")}


_BY_WORD_START: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
"""(first word, the whole phrase or '' for one word, topic) by the first four letters of the first word."""
for _topic, _stems in chain(_TOPICS.items(), ((f"person:{name}", stems) for name, stems in _PEOPLE.items())):
    for _stem in _latin_stems(_stems):
        _first = _WORD.search(_stem).group()
        _BY_WORD_START[_first[:4]].append((_first, "" if _stem == _first else _stem, _topic))


def topics_in(folded: str) -> set[str]:
    """The kinds of news and the people ('person:peskov') a folded text names: looked up by
    each word's beginning, far cheaper than a substring test per spelling."""
    found = set()
    for word in set(_WORD.findall(folded)):
        for first, phrase, topic in _BY_WORD_START.get(word[:4], ()):
            if word.startswith(first) and (not phrase or phrase in folded):
                found.add(topic)
    return found


_TENS = {20: "twenty|twentieth|двадцат|двадцят", 30: "thirty|thirtieth|тридцат|тридцят", 40: "forty|fortieth|сорок",
         50: "fifty|fiftieth|пят[ьи]десят|пятдесят", 60: "sixty|sixtieth|шест[ьи]десят|шістдесят",
         70: "seventy|seventieth|сем[ьи]десят|сімдесят", 80: "eighty|eightieth|восем[ьи]десят|восьмидесят|вісімдесят",
         90: "ninety|ninetieth|девяност"}
_TEENS = {10: "ten\\b|tenth|десят(?!к|ил|ок)", 11: "eleven|одиннадцат|одинадцят", 12: "twelf|twelv|двенадцат|дванадцят",
          13: "thirteen|тринадцат|тринадцят", 14: "fourteen|четырнадцат|чотирнадцят", 15: "fifteen|пятнадцат|пятнадцят",
          16: "sixteen|шестнадцат|шістнадцят", 17: "seventeen|семнадцат|сімнадцят", 18: "eighteen|восемнадцат|вісімнадцят",
          19: "nineteen|девятнадцат|девятнадцят", 100: "hundred\\b|hundredth|сто\\b|сотый|сотий"}
_UNITS = {1: "one|first|один|одна|одно|перв|перш", 2: "two|second|два|две|дві|втор|друг", 3: "three|third|три|трет",
          4: "four|четыр|четвер|чотир", 5: "five|fifth|пят", 6: "six|шест|шіст|шост", 7: "seven|сем|сім|седьм|сьом",
          8: "eight|восем|восьм|вісім", 9: "nine|ninth|девят"}
_NUMBER_WORD = re.compile(
    "\\b(?:" + "|".join(f"(?P<t{value}>(?:{stems})\\w*)" for value, stems in _TENS.items())
    + ")(?:[ -](?:" + "|".join(f"(?P<u{value}>(?:{stems})\\w*)" for value, stems in _UNITS.items()) + "))?"
    + "|\\b(?:" + "|".join(f"(?P<n{value}>(?:{stems})\\w*)" for value, stems in _TEENS.items()) + ")")
"""A figure of ten or more spelled out ('twentieth', «двадцатый», «п'ятнадцять», 'twenty-five'),
in the headline's lower case without apostrophes."""


_NUMBER_HINTS = ("ty", "tie", "ten", "teen", "twel", "eleven", "hundred", "дцат", "дцят", "десят", "сорок", "девяност",
                 "сто", "сот")
"""Every spelling _NUMBER_WORD matches contains one of these."""


def _spelled(title: str) -> set[str]:
    """The figures of ten or more a headline spells out in words, as digits."""
    found = set()
    for match in _NUMBER_WORD.finditer(_APOSTROPHES.sub("", title.casefold())):
        groups = {name: text for name, text in match.groupdict().items() if text}
        found.add(str(sum(int(name[1:]) for name in groups)))
    return found


def anchors(title: str, year: int | None = None) -> tuple[set[str], set[str]]:
    """Numbers and folded proper names in a headline: what survives translation. Years are no
    figures, but for a year after the story's own (`year`): the next year's budget, a target
    for 2030 name the matter."""
    figures = (_GROUPING.sub("", n) for n in _NUMBER.findall(title))
    numbers = {n for n in figures if not 1900 <= int(n) <= (2100 if year is None else year)}
    if any(map(title.casefold().__contains__, _NUMBER_HINTS)):
        numbers |= _spelled(title)
    words = _WORD.findall(title)
    names = set()
    for word in words[1:]:
        if word[:1].isupper() and len(word) >= 4:
            name = fold(word)
            if name not in _GENERIC_NAMES:
                names.add(name[:7])
    return numbers, names


def _same_wording(a: str, b: str) -> bool:
    """Whether two folded headlines share most of their words (by their first five letters, so
    'готовности' and 'готова' agree): at least four, and three in five of the shorter one's."""
    left = {word[:5] for word in _WORD.findall(a) if len(word) >= 4}
    right = {word[:5] for word in _WORD.findall(b) if len(word) >= 4}
    shared = len(left & right)
    return shared >= 4 and 5 * shared >= 3 * min(len(left), len(right))


def _copy_of(entry: Recent, other: Recent, similar: float) -> bool:
    """Whether a text this similar to another is a copy of it. An outlet's stock paragraphs make
    two of its reports alike: headlines naming other places, or (event, place) keys with none in
    common, are two reports; headlines worded apart need the same opening words or the texts
    all but identical."""
    if similar < NEAR_COPY:
        return False
    if entry.subjects and other.subjects and not set(entry.subjects) & set(other.subjects):
        return False
    if entry.keys and other.keys and not set(entry.keys) & set(other.keys):
        return False
    return (similar >= SAME_TEXT or _same_wording(entry.title, other.title)
            or (entry.lead is not None and entry.lead == other.lead))


def _slug(place: str) -> str:
    return "-".join(fold(place).split())


def event_keys(story: Story, events: set[str] | None = None, claims: set[str] | None = None) -> set[str]:
    """(event, place) keys such as 'strike:kharkiv': the story's claims (`claims`: its claim_keys,
    when known), else events x places."""
    keys = claim_keys(story) if claims is None else set(claims)  # the caller may add to it
    if keys:
        return keys
    return {f"{event}:{_slug(place)}" for event in (events_of(story) if events is None else events)
            for place in story.places}


def sketch(text: str) -> list[int] | None:
    """The SKETCH smallest CRC-32 hashes of the text's word 3-shingles; None for a short text."""
    # Each word encoded once, the shingles joined and hashed by map: no Python step per shingle.
    folded = fold(text)
    if folded.isascii():
        words = _ASCII_WORD.findall(folded.encode())  # the same words, already bytes: one encode for the text
    else:
        words = list(map(str.encode, _WORD.findall(folded)))
    hashes = set(map(zlib.crc32, map(b" ".join, zip(words, words[1:], words[2:]))))
    if len(hashes) < 6:
        return None
    return sorted(hashes)[:SKETCH]  # a C sort beats a Python heap at this size


def lead(opening: str) -> int | None:
    """A hash of a folded opening's first words (`fold(summary[:LEAD_CHARS])`): a copy under a
    rewritten headline keeps its opening."""
    words = _WORD.findall(opening)[:LEAD_WORDS]
    return zlib.crc32(" ".join(words).encode()) if len(words) == LEAD_WORDS else None


def resemblance(a: list[int], b: list[int]) -> float:
    """Jaccard similarity of two texts estimated from their bottom-k sketches."""
    union = sorted(set(a) | set(b))[:SKETCH]
    both = set(a) & set(b)
    return sum(1 for value in union if value in both) / len(union)


def told_by(title: str) -> set[str]:
    """The kinds of event ('attack', 'control') a headline's own words tell."""
    said = f" {title} ".casefold()
    return families_of(_names_in(_EVENT_WORDS, said), said)


def _headline_event(key: str, subjects: set[str], told: set[str], keys: Iterable[str] = ()) -> bool:
    """Whether an (event, place) key is what the story reports rather than its text's background
    ('a day after the mass strike on Kyiv', «напередодні ... удару по Києву»): its place is one
    the headline names (or the region of one, or its centre), or its kind of event is one the
    headline tells. A capital is named for its government as often as for itself ('Kremlin
    blames Kyiv') and recalled as the last big attack's target: its key needs both. A headline
    naming no town over a text that gives its event at several ('Russian attacks kill 5 across
    Ukraine over past day') is a tally of them, a report of none (`keys`: all the story's keys)."""
    event, _, place = key.partition(":")
    family = _FAMILIES.get(event)
    if place in _GENERIC_PLACES:
        return place in subjects and family in told
    if place in subjects or _PARTNERS.get(place) in subjects:
        return True
    if family not in told:
        return False
    return bool(subjects) or len({other.partition(":")[2] for other in keys
                                  if _FAMILIES.get(other.partition(":")[0]) == family}) == 1


def features(story: Story) -> Recent:
    """What clustering compares of a story (its own cluster until matched): pure CPU on the
    story's title, summary, link, time, places and claims, so a worker process can do it."""
    if _ROUNDUP.search(story.title.casefold()):
        # A digest of the day joins no event and no event joins it: only its own copies.
        return Recent(story.id, story.id, story.published or story.fetched_at, title=fold(story.title),
                      link=canonical_link(story.link), hashes=sketch(f"{story.title} {story.summary[:800]}"),
                      roundup=True, lead=lead(fold(story.summary[:LEAD_CHARS])))
    title = fold(story.title)
    summary = fold(story.summary[:LEAD_CHARS])
    # The headline and the opening read together serve both the world places and the topics.
    if story.title.isascii() and story.summary[:LEAD_CHARS].isascii():
        head = f" {title} {summary} "  # ASCII folds letter by letter: the two folds are the fold of both
    else:
        head = fold(f" {story.title} {story.summary[:LEAD_CHARS]} ")  # one romanisation for the whole
    places = {_slug(p) for p in story.places} | _names_in(_WORLD_PLACES, head)
    at = story.published or story.fetched_at
    numbers, names = anchors(story.title, time.gmtime(at).tm_year if at else None)
    topics = topics_in(head)
    opening = _opening(story)
    claims = claim_keys(story, opening)
    events = events_of(story, opening, claims)
    if not story.places:
        # An attack or a shootdown tally that names no town is matched like news with no
        # front-line place: by its kind and its figures.
        topics.update(f"event:{event}" for event in events)
    families = families_of(events, opening)
    # Weapons tell strikes apart, and only strikes.
    weapons = _names_in(_WEAPONS, opening) if "attack" in families else ()
    keys = event_keys(story, events, claims)
    regions = regions_in(title)
    if "region-dnipropetrovsk" not in regions and _OLD_DNIPRO.search(title):
        # Moscow's name for the city of Dnipro, which the gazetteer leaves to the region.
        places.add("dnipro")
        if not story.claim_ids:
            keys |= {f"{event}:dnipro" for event in events}
    subjects = title_places(title, places)
    if "znpp" in subjects:
        # The plant is named for the city ('Zaporizhzhia NPP'): its name alone names no city.
        rest = title
        for name in _WORLD_PLACES["znpp"]:
            rest = rest.replace(name.strip(), " ")
        subjects -= {"zaporizhzhia"} - title_places(rest, ["zaporizhzhia", ""])
    if any(key.partition(":")[2] not in subjects for key in keys):
        # Before a key is taken for the text's background, the gazetteer reads the headline.
        subjects |= headline_towns(story.title, places)
    if (plants := facility_towns(story.title) - places):
        # The town of a refinery or port the headline names by its adjective is where it was struck.
        places |= plants
        subjects |= plants
        keys |= {f"{event}:{town}" for event in events for town in plants}
    # The region's own name is no town named ('Херсонщини' is not Kherson).
    if regions and not any(_names_place(word, _slug(place)) for word in _WORD.findall(_REGION.sub(" ", title))
                           for place in story.places):
        # A headline about a region and no town in it ('Russian attacks on Sumy Oblast', «обстріляв
        # Сумщину»): the region is the place of its event, in whichever language it is named.
        places |= regions
        subjects |= regions
        keys |= {f"{event}:{region}" for event in events for region in regions}
    told = told_by(story.title)
    kept = {key for key in keys if _headline_event(key, subjects, told, keys)}
    if any(_FAMILIES.get(key.partition(":")[0]) in told for key in kept):
        # The headline tells which event at its town the story reports; the text's other kinds
        # there (explosions heard during a capture claim) are background, not a second event.
        kept = {key for key in kept if _FAMILIES.get(key.partition(":")[0]) in told}
        families &= told
    if story.places and not subjects and not kept and any(_FAMILIES.get(key.partition(":")[0]) in told for key in keys):
        # A tally across towns its headline does not name ('across Ukraine over past day') is
        # matched like one naming no town: by its kind and its figures.
        topics.update(f"event:{event}" for event in events)
    keys = kept
    # A headline naming only a region may still name a village the gazetteer missed ('Терновое
    # в Днепропетровской области'): its other names are kept to find that village's reports.
    forms = () if _names_a_town(subjects) else (
        {fold(word)[:7] for word in _WORD.findall(story.title) if word[:1].isupper() and len(word) >= 4}
        - _GENERIC_NAMES - {word[:7] for match in (_REGION.finditer(title) if regions else ())
                            for word in _WORD.findall(match.group())})
    return Recent(story.id, story.id, story.published or story.fetched_at, sorted(keys),
                  sorted(places), title, canonical_link(story.link),
                  sketch(f"{story.title} {story.summary[:800]}"),
                  sorted(topics), sorted(numbers), sorted(names), sorted(families),
                  sorted(subjects), sorted(weapons), sorted(forms),
                  mass_attack=_mass_attack(opening, story.places, families, subjects & set(_REGION_SLUGS)),
                  lead=lead(summary), follows=_follow_up(story.title, families),
                  told_day=told_day(f"{story.title}\n{story.summary[:LEAD_CHARS]}", at) if keys else None)


_DAY_DOT_MONTH = re.compile(r"(?<![\d.])(\d{2})\.(\d{2})(?![\d.]?\d)")
"""A day and month in figures, as Ukrainian and Russian headlines write them: «Атака ... 07.12»."""


def told_day(text: str, at: float) -> int | None:
    """The day a story dates its event to when that is one to four days before its own (a
    toll update 'in the April 14 attack'), in days since the epoch; None otherwise."""
    if not at or not any(ch.isdigit() for ch in text):
        return None
    published = time.gmtime(at)
    own = int(at // 86400)
    named = chain(days_and_months(text.lower()), ((int(m), int(d)) for d, m in _DAY_DOT_MONTH.findall(text)))
    for month, day in named:
        if not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        year = published.tm_year - ((month, day) > (published.tm_mon, published.tm_mday))
        try:
            told = int(calendar.timegm((year, month, day, 0, 0, 0)) // 86400)
        except (OverflowError, ValueError):
            continue
        if 1 <= own - told <= KEEP // 86400:
            return told
    return None


def facility_towns(title: str) -> set[str]:
    """The towns whose plants, ports or airfields a headline names by the town's adjective."""
    if not _CYRILLIC.search(title):
        return set()
    return {_slug(mention.place.name) for mention in Gazetteer.load().plant_towns(title)}


def _follow_up(title: str, families: Iterable[str]) -> str | None:
    """The kind of event ('attack', 'control') a headline follows up rather than reports anew:
    what an attack left behind, or an answer to a claim; None for a report of its own."""
    said = f" {title} ".casefold()
    if "attack" in families and any(map(said.__contains__, _AFTERMATH)) and not any(map(said.__contains__, _AGAIN)):
        return "attack"
    if "control" in families and any(map(said.__contains__, _ANSWER)):
        return "control"
    return None


def features_digest(story: Story) -> bytes:
    """A fingerprint of everything `features` reads: features computed for a story that still
    gives this digest are the ones the stored story would give."""
    key = "\0".join((story.id, story.title, story.summary[:800], story.link,
                     repr(story.published or story.fetched_at), *story.places, "\1", *story.claim_ids))
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).digest()


Features = Mapping[str, tuple[bytes, "Recent"]]
"""Story id -> (features_digest, features) computed where the story was parsed."""


def _counted(entry: Recent) -> list[str]:
    """What a cluster counts of each story: its (event, place) keys and its places."""
    return [*entry.keys, *(f"place:{place}" for place in entry.places)]


@dataclass(slots=True)
class Recent:
    """What is kept of a recent story to match later ones against."""

    story_id: str
    cluster: str
    at: float
    keys: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    title: str = ""
    """Folded title."""
    link: str = ""
    hashes: list[int] | None = None
    """The text's sketch, None for a text too short to compare."""
    topics: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    families: list[str] = field(default_factory=list)
    """The kinds of event ('attack', 'control') the story can be a report of."""
    subjects: list[str] = field(default_factory=list)
    """The places its headline names."""
    weapons: list[str] = field(default_factory=list)
    """What its strike was made with ('bomb', 'air')."""
    forms: list[str] = field(default_factory=list)
    """For a headline naming no place its text resolved: its capitalised words, the first one
    too ('Брянская область ...'), which may be forms of a place the gazetteer missed."""
    roundup: bool = False
    """A digest of the day's news: clustered with its own copies only."""
    mass_attack: bool = False
    """A report of a night's mass air attack on Ukraine."""
    lead: int | None = None
    """A hash of the text's opening words (`lead`), None for a text shorter than that."""
    follows: str | None = None
    """The kind of event its headline follows up (`_follow_up`): it may come days after."""
    told_day: int | None = None
    """The earlier day (days since the epoch) its headline or opening dates its event to ('the
    April 14 attack', «Атака ... 07.12»), None when it names none or its own day."""

    def to_doc(self) -> dict[str, Any]:
        return {"story": self.story_id, "cluster": self.cluster, "at": self.at, "keys": self.keys,
                "places": self.places, "title": self.title, "link": self.link, "hashes": self.hashes,
                "topics": self.topics, "numbers": self.numbers, "names": self.names,
                "families": self.families, "subjects": self.subjects, "weapons": self.weapons,
                "forms": self.forms, "roundup": self.roundup,
                "mass_attack": self.mass_attack, "lead": self.lead, "follows": self.follows,
                "told_day": self.told_day}

    @classmethod
    def from_doc(cls, doc: Mapping[str, Any]) -> Recent:
        return cls(str(doc["story"]), str(doc["cluster"]), float(doc["at"]), list(doc.get("keys") or []),
                   list(doc.get("places") or []), str(doc.get("title") or ""),
                   str(doc.get("link") or ""), doc.get("hashes"), list(doc.get("topics") or []),
                   list(doc.get("numbers") or []), list(doc.get("names") or []),
                   list(doc.get("families") or []), list(doc.get("subjects") or []),
                   list(doc.get("weapons") or []), list(doc.get("forms") or []), bool(doc.get("roundup")),
                   bool(doc.get("mass_attack")), doc.get("lead"), doc.get("follows"), doc.get("told_day"))


class Clusterer:
    """Assigns each new story to a cluster of recent stories, or starts one (in memory)."""

    def __init__(self, assignments: Mapping[str, str] | None = None,
                 recent: Iterable[Recent] = ()) -> None:
        self.assignments: dict[str, str] = dict(assignments or {})
        self._recent: dict[str, Recent] = {}
        # Keyed by (key or place, day): a lookup visits only the days the window can reach.
        # Dicts used as ordered sets: newest last, so a lookup can take the nearest first.
        self._by_key: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
        """(key, day) -> cluster -> its newest story with that key that day: a lookup visits each
        cluster once however many reports it holds."""
        self._by_place: dict[tuple[str, int], dict[str, None]] = defaultdict(dict)
        self._clusters_at: dict[tuple[str, int], dict[str, int]] = defaultdict(dict)
        """(place, day) -> cluster -> how many of its stories that day name the place, the
        cluster with the newest such story last: a lookup by place visits each cluster once."""
        self._by_link: dict[str, str] = {}
        self._by_hash: dict[int, dict[str, None]] = defaultdict(dict)
        self._started: dict[str, float] = {}
        """When each recent cluster's first report was published."""
        self._members: dict[str, dict[str, None]] = defaultdict(dict)
        """Each recent cluster's stories in the window, first report first."""
        self._key_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        """How many of a cluster's stories in the window carry each (event, place) key, and (as
        'place:<slug>') name each place."""
        self._mass_attacks: dict[int, dict[str, int]] = defaultdict(dict)
        """Day -> cluster -> how many of its reports that day tell a mass attack on Ukraine."""
        self._newest = 0.0
        self._since_prune = 0
        for entry in recent:
            self._remember(entry)

    def cluster_of(self, story_id: str) -> str:
        """The story's cluster id (a story never clustered is its own cluster)."""
        return self.assignments.get(story_id, story_id)

    @property
    def recent(self) -> list[Recent]:
        """The window of recent stories, for saving."""
        return list(self._recent.values())

    def add(self, story: Story, entry: Recent | None = None) -> str:
        """Cluster one story and return its cluster id; a story seen before keeps its cluster.
        `entry` is the story's `features` when they were computed elsewhere (a poll's workers)."""
        known = self.assignments.get(story.id)
        if known is not None:
            return known
        if entry is None:
            entry = features(story)
        at = entry.at
        entry.cluster = self._match(entry) or story.id
        self.assignments[story.id] = entry.cluster
        self._remember(entry)
        self._newest = max(self._newest, at)
        self._since_prune += 1
        if self._since_prune >= 1000:  # a first poll of weeks of stories keeps the window small
            self.prune(self._newest)
        return entry.cluster

    def _candidates(self, index: dict[tuple[str, int], dict[str, None]], name: str, at: float,
                    days: int = 2) -> Iterable[str]:
        """Stories filed under name within `days` of `at`, the same day's newest first, at most
        MAX_CANDIDATES: a busy city on a busy day costs a bounded number of comparisons."""
        day = int(at // 86400)
        budget = MAX_CANDIDATES
        for near_day in (day + offset for offset in _NEAREST_FIRST[:2 * days + 1]):
            for sid in reversed(index.get((name, near_day), {})):
                yield sid
                budget -= 1
                if not budget:
                    return

    def _clusters_with(self, key: str, at: float, days: int = 2) -> Iterable[tuple[str, str]]:
        """(cluster, its newest story) filed under an (event, place) key within `days` of `at`,
        the same day's newest first, at most MAX_CANDIDATES."""
        day = int(at // 86400)
        budget = MAX_CANDIDATES
        for near_day in (day + offset for offset in _NEAREST_FIRST[:2 * days + 1]):
            for pair in reversed(self._by_key.get((key, near_day), {}).items()):
                yield pair
                budget -= 1
                if not budget:
                    return

    def _near(self, entry: Recent, other_id: str, window: float = WINDOW) -> Recent | None:
        other = self._recent.get(other_id)
        if other is None or abs(other.at - entry.at) > window:
            return None
        return other

    def _in_window(self, entry: Recent, cluster: str, window: float) -> bool:
        """Whether the story falls within the event's window from the cluster's first report."""
        return abs(entry.at - self._started.get(cluster, entry.at)) <= window

    def _representatives(self, cluster: str) -> list[Recent]:
        """The cluster's seed (its first report still in the window) and the next few."""
        members = self._members.get(cluster, {})
        return [self._recent[sid] for sid in islice(members, REPRESENTATIVES)]

    def _fits(self, cluster: str, matches: Callable[[Recent], bool]) -> bool:
        """Whether a new story fits a cluster as a whole: it matches the cluster's seed or most of
        its first reports, so A~B and B~C never chain A and C through B."""
        reps = self._representatives(cluster)
        if not reps:
            return False
        if matches(reps[0]):
            return True
        return 2 * sum(1 for rep in reps[1:] if matches(rep)) > len(reps)

    def _same_weapons(self, entry: Recent, cluster: str) -> bool:
        """Whether a strike report can be the cluster's strike: it names no weapon, the
        cluster's first report names none, or they share one (glide bombs are not drones)."""
        members = self._members.get(cluster)
        if not entry.weapons or not members:
            return True
        seed = self._recent[next(iter(members))].weapons
        return not seed or not set(seed).isdisjoint(entry.weapons)

    def _fits_key(self, cluster: str, key: str) -> bool:
        """Whether an (event, place) key is the cluster's: its seed's, or one most of its stories
        carry or whose place most of them name."""
        members = self._members.get(cluster, {})
        if not members:
            return False
        seed = self._recent[next(iter(members))]
        if key in seed.keys:
            return True
        counts = self._key_counts[cluster]
        event, _, place = key.partition(":")
        if seed.keys and _FAMILIES.get(event) not in {_FAMILIES.get(k.partition(":")[0]) for k in seed.keys}:
            # Another kind of event at the cluster's town (a strike during a capture claim) is
            # another event, unless most of the cluster's reports are about that kind too.
            return 2 * counts.get(key, 0) > len(members)
        carried = 2 * max(counts.get(key, 0), counts.get(f"place:{place}", 0))
        # Half is enough when the seed's own place was misread; not for a capital named for its
        # government, nor a region, whose tally of the night is not its centre's attack.
        return carried > len(members) or (carried == len(members) and place not in _GENERIC_PLACES
                                          and not place.startswith("region-"))

    def _copies(self, entry: Recent) -> list[Recent]:
        postings = [posting for value in entry.hashes or ()
                     # A shingle in that many texts is boilerplate, not a sign of a copy.
                     if len(posting := self._by_hash.get(value, _NONE)) <= MAX_POSTING]
        found = []
        for sid, count in Counter(chain.from_iterable(postings)).items():
            if count < MIN_SHARED:
                continue
            other = self._recent[sid]
            if abs(entry.at - self._started.get(other.cluster, other.at)) <= WINDOW \
                    and _copy_of(entry, other, resemblance(entry.hashes, other.hashes)):
                found.append(other)
        return found

    def _match(self, entry: Recent) -> str | None:
        if entry.link and entry.link in self._by_link:
            return self._recent[self._by_link[entry.link]].cluster
        copies = self._copies(entry)
        if copies:
            return max(copies, key=lambda r: r.at).cluster
        if entry.roundup:
            return None
        fitting: dict[str, Recent] = {}
        followed: dict[str, str] = {}  # key -> the cluster with that key that began last: what a follow-up follows
        for key in entry.keys:
            refused: set[str] = set()
            event = key.split(":", 1)[0]
            window = EVENT_WINDOWS.get(event, WINDOW)
            follow_up = entry.follows is not None and _FAMILIES.get(event) == entry.follows
            seen: list[str] = []
            for cluster, sid in self._clusters_with(key, entry.at, 4 if follow_up else 2):
                seen.append(cluster)
                # The window runs from the cluster's first report, so hourly reports of a city
                # struck every night never chain into one endless event.
                if cluster in fitting or cluster in refused or not self._in_window(entry, cluster, window):
                    continue
                if not self._fits_key(cluster, key) or not self._same_weapons(entry, cluster):
                    # The key is one member's aside (a roundup naming a second town), not the event's.
                    refused.add(cluster)
                    continue
                fitting[cluster] = self._recent[sid]
            begun = [cluster for cluster in seen if self._started.get(cluster, entry.at) <= entry.at]
            if follow_up and begun:
                followed[key] = max(begun, key=lambda cluster: self._started.get(cluster, 0.0))
        if not fitting and entry.follows is not None:
            # The toll rising a day later belongs to the last strike there, a denial days later to the
            # last claim there, if it fits it.
            for key, cluster in followed.items():
                if self._in_window(entry, cluster, FOLLOW_UP_WINDOWS[entry.follows]) \
                        and self._fits_key(cluster, key) and self._same_weapons(entry, cluster):
                    return cluster
        if not fitting and entry.told_day is not None:
            # 'the April 14 attack' two days on: the event at its place that began that day
            for key in entry.keys:
                for cluster in reversed(self._by_key.get((key, entry.told_day), {})):
                    if int(self._started.get(cluster, entry.at) // 86400) == entry.told_day \
                            and self._fits_key(cluster, key) and self._same_weapons(entry, cluster):
                        return cluster
        if len(fitting) == 1:
            return next(iter(fitting))
        if fitting:
            # An (event, place) in common is the signal; the newest member's title breaks ties.
            return max(fitting, key=lambda cluster: fuzz.token_set_ratio(entry.title, fitting[cluster].title))
        found = self._by_subject(entry)
        if found is not None:
            return found
        scores: dict[str, float] = defaultdict(float)
        found = self._by_anchors(entry)
        if found is not None:
            return found
        judged: set[str] = set()
        # A capital the headline does not name is its government speaking in the text ('the
        # Kremlin said', 'helping Moscow evade'): no shared place between two statements.
        places = [place for place in entry.places
                  if place not in _GENERIC_PLACES or title_places(entry.title, [place, ""]) == {place}]
        for place in places:
            for sid in self._candidates(self._by_place, place, entry.at):
                if self.assignments.get(sid) in judged:
                    continue
                other = self._near(entry, sid)
                if other is None:
                    continue
                judged.add(other.cluster)
                if not self._in_window(entry, other.cluster, WINDOW):
                    continue
                titles: dict[str, float] = {}

                def same_story(rep: Recent, titles: dict[str, float] = titles) -> bool:
                    if entry.keys and rep.keys:
                        return False  # two different events at one place stay apart
                    titles[rep.story_id] = fuzz.token_set_ratio(entry.title, rep.title)
                    return titles[rep.story_id] >= SAME_PLACE_TITLE
                if self._fits(other.cluster, same_story):
                    scores[other.cluster] = max(titles.values())
        if scores:
            return max(scores, key=scores.__getitem__)
        if entry.title and not places:
            for sid in self._candidates(self._by_place, "", entry.at):
                if self.assignments.get(sid) in judged:
                    continue
                other = self._near(entry, sid)
                if other is None:
                    continue
                judged.add(other.cluster)
                if not self._in_window(entry, other.cluster, WINDOW):
                    continue
                titles = {}

                def same_title(rep: Recent, titles: dict[str, float] = titles) -> bool:
                    # Both orders must agree: one shared phrase alone is not the same story.
                    titles[rep.story_id] = min(fuzz.token_set_ratio(entry.title, rep.title),
                                               fuzz.token_sort_ratio(entry.title, rep.title) + 15)
                    return titles[rep.story_id] >= SAME_TITLE
                if self._fits(other.cluster, same_title):
                    scores[other.cluster] = max(titles.values())
            if scores:
                return max(scores, key=scores.__getitem__)
        if entry.mass_attack and all(place in _WORLD_PLACES for place in entry.places):
            # No town: at most a capital in a dateline ('MOSCOW, May 3. /TASS/.').
            return self._nights_attack(entry)
        return None

    def _nights_attack(self, entry: Recent) -> str | None:
        """The night's mass attack a report naming no town tells ('massive strike on Ukraine's
        energy facilities', the air force's count of the night's drones and missiles): the mass
        attack on Ukraine (on a town, or counted for the whole country) most reports that night
        are about, when one leads."""
        day = int(entry.at // 86400)
        sizes = {cluster: len(self._members[cluster]) for offset in (0, -1)
                 for cluster in self._mass_attacks.get(day + offset, _NONE)
                 if cluster in self._members and self._in_window(entry, cluster, FAMILY_WINDOWS["attack"])}
        if not sizes:
            return None
        most = max(sizes.values())
        leading = [cluster for cluster, size in sizes.items() if size == most]
        return leading[0] if len(leading) == 1 else None

    @staticmethod
    def _filed_at(entry: Recent) -> set[str]:
        """Where a story is filed for lookups by place: its places, and for a headline that
        names none the gazetteer resolved, the stems of its names ('name:riaza' for 'Рязанской
        областью'), so the first report can be found by the later ones that name the city."""
        if _names_a_town(entry.subjects):
            return set(entry.places)
        return set(entry.places) | {f"name:{_stem_of(name)}" for name in entry.forms}

    def _subjects(self, entry: Recent) -> set[str]:
        """The places a new story's headline names: those its text resolved, and a name the
        gazetteer missed in an inflected or adjective form ('Saratovskyi refinery') when a
        recent story names a place it is a form of. 'Kyiv' saying something about another
        town is not about Kyiv."""
        subjects = set(entry.subjects)
        # Only for a headline that names no place the text resolved: a town's report naming
        # its region ('Shebekino, Belgorod region') is not about the regional capital.
        for name in () if _names_a_town(subjects) else entry.forms:
            for sid in self._candidates(self._by_place, f"stem:{_stem_of(name)}", entry.at, 1):
                subjects.update(place for place in self._recent[sid].places if _names_form(name, place))
        if len(subjects) > 1:
            subjects -= _GENERIC_PLACES
        return subjects

    def _kinds(self, cluster: str) -> tuple[Recent, set[str]] | None:
        """A cluster's first report and the kinds of event it reports: its claims' if it has
        any (those are what the event is), else its words'."""
        members = self._members.get(cluster)
        if not members:
            return None
        seed = self._recent[next(iter(members))]
        if seed.keys:
            return seed, {_FAMILIES[key.split(":", 1)[0]] for key in seed.keys
                          if key.split(":", 1)[0] in _FAMILIES}
        return seed, set(seed.families)

    def _by_subject(self, entry: Recent) -> str | None:
        """One event told as different kinds by different sides, or with a place the claims
        stage missed: a story whose headline names the place a recent cluster is about, and
        that can be a report of that cluster's kind of event (a shootdown of the strike's
        drones; a denial of the capture claim), within that kind's window."""
        if not entry.families:
            return None
        families = set(entry.families)
        numbers = set(entry.numbers)
        best: tuple[tuple[int, float], str] | None = None
        day = int(entry.at // 86400)
        subjects = self._subjects(entry)
        partners = {_PARTNERS[place] for place in subjects if place in _PARTNERS} - subjects
        # A town the gazetteer does not know, named in both headlines ('Millerovo airfield'): the
        # same name is the same place, found by the forms a headline naming no town is filed under.
        unknown = () if _names_a_town(subjects) else [name for name in entry.forms if _may_be_town(name)]
        for place in chain(subjects, partners, unknown):
            judged: set[str] = set()  # per place: a cluster not about one place may be about the next
            nearby = (cluster for offset in _NEAREST_FIRST[:3] for name in (place, f"name:{_stem_of(place)}")
                      for cluster in reversed(self._clusters_at.get((name, day + offset), _NONE)))
            for cluster in islice(nearby, MAX_CANDIDATES):
                if cluster in judged:
                    continue
                judged.add(cluster)
                kinds = self._kinds(cluster)
                if kinds is None:
                    continue
                seed, cluster_families = kinds
                shared = families & cluster_families
                if not shared or not self._in_window(entry, cluster, max(FAMILY_WINDOWS[f] for f in shared)) \
                        or not self._same_weapons(entry, cluster):
                    continue
                # The place must be what the cluster is about, not one report's aside.
                about = (place in seed.subjects
                         or 2 * self._key_counts[cluster].get(f"place:{place}", 0) > len(self._members[cluster])
                         or not _names_a_town(seed.subjects) and any(_names_form(name, place) for name in seed.forms))
                if not about:
                    continue
                if place in partners and not (entry.weapons and set(entry.weapons).intersection(seed.weapons)
                                              or entry.mass_attack and seed.weapons):
                    # A region is its centre only when they were struck with the same weapon, or
                    # the region's report tells the night's mass attack on the city's drones or
                    # missiles: the shelling of the region's villages is not that day's missile on the city.
                    continue
                if place in partners and numbers and numbers.isdisjoint(seed.numbers):
                    # Nor when the region's report counts what the city's does not: the night's
                    # tally of drones downed over the region and others is not the city's attack.
                    continue
                # Among several such events, the one sharing a figure, then the nearest in time.
                rank = (len(numbers.intersection(seed.numbers)), -abs(entry.at - self._started[cluster]))
                if best is None or rank > best[0]:
                    best = (rank, cluster)
        return best[1] if best else None

    def _by_anchors(self, entry: Recent) -> str | None:
        """Reports of one event that share no (event, place) key: a prisoner swap, talks, an
        outage. They agree on their kind of news and on what survives translation: a figure,
        a name, a place."""
        if not entry.topics:
            return None
        topics, numbers, places = set(entry.topics), set(entry.numbers), set(entry.places)
        kinds = _kinds_of(topics)
        # A name that is one of the story's places ('Geneva') is already counted as the place.
        names = [name for name in entry.names if not any(_names_place(name, place) for place in places)]
        keys = set(entry.keys)
        swap = _is_swap(entry.title)
        scores: dict[str, float] = defaultdict(float)
        seen: set[str] = set()
        judged: set[str] = set()
        for topic in entry.topics:
            nearby = [self._recent[sid] for sid in self._candidates(self._by_place, f"topic:{topic}", entry.at, 1)
                      if sid not in seen]
            # On a day of blanket outage news, the latest reports are the ones a new one repeats.
            nearby.sort(key=lambda r: abs(r.at - entry.at))
            for other in nearby[:MAX_ANCHOR_CANDIDATES]:
                seen.add(other.story_id)
                if other.cluster in judged or abs(other.at - entry.at) > 24 * 3600:
                    continue
                judged.add(other.cluster)
                if not self._in_window(entry, other.cluster, 24 * 3600):
                    continue
                found: dict[str, float] = {}

                def agrees(rep: Recent, found: dict[str, float] = found) -> bool:
                    if keys and rep.keys and keys.isdisjoint(rep.keys):
                        return False
                    shared = topics.intersection(rep.topics)
                    score = 1.0 + len(shared) + 2.0 * len(numbers.intersection(rep.numbers))
                    if "prisoners" in shared and swap and _is_swap(rep.title) \
                            and (not numbers or not rep.numbers or numbers.intersection(rep.numbers)):
                        score += 2.0  # swaps are days apart: two headlines of one the same day tell that one
                    people = sum(1 for topic in shared if topic.startswith("person:"))
                    if 0 < people < len(shared):
                        score += 1.0  # one person on one matter: more than the two apart
                    # A front-line town, or a venue for news of the very same kinds, says more
                    # than the capitals every statement names; at a venue other kinds of news
                    # happen the same day (an agency's board beside talks).
                    if both_at := places.intersection(rep.places):
                        same_kind = kinds == _kinds_of(rep.topics)
                        score += sum(1 if place in _GENERIC_PLACES or place in _WORLD_PLACES and not same_kind
                                     else 2 for place in both_at)
                    if people and score < 4.0 and _same_wording(entry.title, rep.title):
                        score += 1.5  # one person saying the same in nearly the same words (a rewrite of one report)
                    if score + 1.5 * len(names) < 4.0:
                        return False  # even every name matching could not make it
                    score += 1.5 * sum(1 for a in names for b in rep.names if fuzz.ratio(a, b) >= 80)
                    found[rep.story_id] = score
                    return score >= 4.0
                if self._fits(other.cluster, agrees):
                    # Scored by the report it fits best, not only the first: a first flash names
                    # less than the fuller reports after it.
                    for rep in self._representatives(other.cluster):
                        if rep.story_id not in found:
                            agrees(rep)
                    scores[other.cluster] = max(found.values())
        return max(scores, key=scores.__getitem__) if scores else None

    def _remember(self, entry: Recent) -> None:
        self._recent[entry.story_id] = entry
        self._started[entry.cluster] = min(self._started.get(entry.cluster, entry.at), entry.at)
        self._members[entry.cluster][entry.story_id] = None
        counts = self._key_counts[entry.cluster]
        for key in _counted(entry):
            counts[key] += 1
        self.assignments.setdefault(entry.story_id, entry.cluster)
        day = int(entry.at // 86400)
        for key in entry.keys:
            bucket = self._by_key[key, day]
            held = bucket.get(entry.cluster)
            if held is None or self._recent[held].at <= entry.at:
                bucket.pop(entry.cluster, None)  # moved to the end: newest last
                bucket[entry.cluster] = entry.story_id
        # "" holds the stories that name no place, to compare headlines; a digest has none to compare.
        for place in entry.places or ([] if entry.roundup else [""]):
            self._by_place[place, day][entry.story_id] = None
        for stem in {_stem_of(place) for place in entry.places}:
            self._by_place[f"stem:{stem}", day][entry.story_id] = None
        for place in self._filed_at(entry):
            at_place = self._clusters_at[place, day]
            at_place[entry.cluster] = at_place.pop(entry.cluster, 0) + 1
        for topic in entry.topics:
            self._by_place[f"topic:{topic}", day][entry.story_id] = None
        if entry.mass_attack:
            nightly = self._mass_attacks[day]
            nightly[entry.cluster] = nightly.get(entry.cluster, 0) + 1
        if entry.link:
            self._by_link[entry.link] = entry.story_id
        for value in entry.hashes or ():
            self._by_hash[value][entry.story_id] = None

    def prune(self, now: float) -> None:
        """Forget recent stories older than KEEP (their assignments stay)."""
        self._since_prune = 0
        old = [sid for sid, entry in self._recent.items() if now - entry.at > KEEP]
        for sid in old:
            entry = self._recent.pop(sid)
            members = self._members.get(entry.cluster)
            if members is not None:
                members.pop(sid, None)
                counts = self._key_counts[entry.cluster]
                for key in _counted(entry):
                    counts[key] -= 1
                if not members:
                    del self._members[entry.cluster]
                    self._key_counts.pop(entry.cluster, None)
                    self._started.pop(entry.cluster, None)
            day = int(entry.at // 86400)
            for key in entry.keys:
                bucket = self._by_key.get((key, day))
                # The cluster's newest story that day goes last: every older one is gone with it.
                if bucket is not None and bucket.get(entry.cluster) == sid:
                    del bucket[entry.cluster]
                    if not bucket:
                        del self._by_key[key, day]
            for place in entry.places or ([] if entry.roundup else [""]):
                self._by_place[place, day].pop(sid, None)
            for stem in {_stem_of(place) for place in entry.places}:
                self._by_place[f"stem:{stem}", day].pop(sid, None)
            for place in self._filed_at(entry):
                at_place = self._clusters_at.get((place, day))
                if at_place is not None and entry.cluster in at_place:
                    at_place[entry.cluster] -= 1
                    if not at_place[entry.cluster]:
                        del at_place[entry.cluster]
                    if not at_place:
                        del self._clusters_at[place, day]
            for topic in entry.topics:
                self._by_place[f"topic:{topic}", day].pop(sid, None)
            nightly = self._mass_attacks.get(day)
            if entry.mass_attack and nightly is not None and entry.cluster in nightly:
                nightly[entry.cluster] -= 1
                if not nightly[entry.cluster]:
                    del nightly[entry.cluster]
                if not nightly:
                    del self._mass_attacks[day]
            if self._by_link.get(entry.link) == sid:
                del self._by_link[entry.link]
            for value in entry.hashes or ():
                self._by_hash[value].pop(sid, None)


class ClusterIndex:
    """The clusters of a data dir: a Clusterer loaded from and saved to clusters.json (TinyDB)."""

    def __init__(self, path: Path, notices: list[str] | None = None, *, writable: bool = True) -> None:
        self.path = path
        # Cached: a save changes two tables but writes the file once, on flush.
        self._db = TinyDB(path, storage=CachingMiddleware(AtomicJSONStorage), notices=notices)
        self._db.storage.WRITE_CACHE_SIZE = 1 << 30
        # A reader beside the writer reports damage but never moves the file.
        self._db.storage.storage.writable = writable
        tables = self._db.storage.read() or {}
        self.assignments = {str(doc["story"]): str(doc["cluster"])
                            for doc in tables.get("assignments", {}).values()
                            if isinstance(doc, dict) and "story" in doc and "cluster" in doc}
        self._recent_docs = list(tables.get("recent", {}).values())
        self._clusterer: Clusterer | None = None
        self._added: list[str] = []

    @property
    def clusterer(self) -> Clusterer:
        """The matcher over the recent window, built on first use (reading needs none of it)."""
        if self._clusterer is None:
            recent = []
            for doc in self._recent_docs:
                try:
                    entry = Recent.from_doc(doc)
                    if entry.hashes is not None and not all(isinstance(v, int) for v in entry.hashes):
                        entry.hashes = None
                    recent.append(entry)
                except (AttributeError, KeyError, TypeError, ValueError):
                    continue  # a damaged entry only loses its chance to match later stories
            self._clusterer = Clusterer(self.assignments, recent)
            self.assignments = self._clusterer.assignments
        return self._clusterer

    @classmethod
    def open(cls, data_dir: Path | str, notices: list[str] | None = None, *,
             writable: bool = True) -> ClusterIndex:
        """The index of a data dir (an empty one when it has none yet)."""
        return cls(Path(data_dir) / FILE_NAME, notices, writable=writable)

    def cluster_of(self, story_id: str) -> str:
        """The story's cluster id."""
        return self.assignments.get(story_id, story_id)

    def add(self, stories: Iterable[Story], features: Features | None = None) -> dict[str, str]:
        """Cluster new stories (oldest first, so a cluster is named by its first report);
        `features` are used for every story that still reads as when they were computed."""
        out = {}
        for story in sorted(stories, key=lambda s: (s.published or s.fetched_at, s.id)):
            if story.id not in self.assignments:
                self._added.append(story.id)
            done = features.get(story.id) if features else None
            entry = done[1] if done is not None and done[0] == features_digest(story) else None
            out[story.id] = self.clusterer.add(story, entry)
        return out

    def save(self, now: float) -> None:
        """Write the new assignments and the pruned recent window through TinyDB, atomically."""
        if not self._added:
            return
        self.clusterer.prune(now)
        assignments = self._db.table("assignments")
        assignments.insert_multiple({"story": sid, "cluster": self.cluster_of(sid)} for sid in self._added)
        recent = self._db.table("recent")
        recent.truncate()
        recent.insert_multiple(entry.to_doc() for entry in self.clusterer.recent)
        self._db.storage.flush()
        self._added.clear()

    def close(self) -> None:
        """Release the TinyDB handle."""
        self._db.close()


def assign_clusters(store: Store, story_ids: Iterable[str], *, now: float,
                    features: Features | None = None) -> dict[str, str]:
    """Cluster the given stored stories (after their places and claims are known) and save;
    `features` as ClusterIndex.add takes them."""
    ids = list(story_ids)
    if not ids:
        return {}
    index = ClusterIndex.open(store.data_dir, store.notices)
    try:
        stories = [story for sid in ids if (story := store.story(sid)) is not None]
        found = index.add(stories, features)
        index.save(now)
        return found
    finally:
        index.close()
