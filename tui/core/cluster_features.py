"""What clustering compares of a story: its events and places, the towns its headline names,
its topics, a bottom-k MinHash sketch of its text, its canonical link and the day it tells of.

Contract: `features(story) -> Recent` is pure CPU on one story (a poll's parse workers run it);
`Recent` is the record a cluster index keeps of a recent story, stored as a TinyDB document.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import chain
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from tui.core.claims.dates import days_and_months
from tui.core.claims.gazetteer import UKRAINIAN_OBLASTS, Gazetteer
from tui.core.claims.translit import ru_to_latin, uk_to_latin
from tui.core.models import Story
from tui.core.urls import without_tracking

KEEP = 4 * 86400
"""How far back the recent stories are kept for matching (beyond WINDOW, for late arrivals)."""
SKETCH = 16
"""Shingle hashes kept per text (the k smallest): a one-hash MinHash, cheap enough for a first poll."""

LEAD_WORDS = 10
"""Opening words compared to tell a copy under a new headline from a report sharing stock text."""
LEAD_CHARS = 300
"""A summary's opening: where its lead words, and with the headline its places and topics, are read."""

EVENT_WORDS: dict[str, tuple[str, ...]] = {
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
    "crash": ("crash", "авиакатастроф", "авіакатастроф", "крушени", "разбилс", "розбилас", "розбивс"),
    # The nouns only: the verbs («втратила живлення», «потерял связь») lose other things.
    "losses": ("losses", "killed in action", " втрат ", " втрат,", " втрат.", " втрати ", " втрати,", " втрати.",
               "втратам", "втратах", "потери", "потерь", "потерям", "потерях"),
}
FAMILIES = {"strike": "attack", "shootdown": "attack", "losses": "attack", "control": "control", "crash": "crash"}
"""Event types one event is told as: the same night's attack is a strike to one side, a shootdown
or boats destroyed to the other; a capture claim and its denial are both about control."""

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
GENERIC_PLACES = frozenset({"kyiv", "moscow", "washington"})
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
PEOPLE: dict[str, tuple[str, ...]] = {
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
WORLD_PLACES: dict[str, tuple[str, ...]] = {
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
PARTNERS = {**_CAPITALS, **{city: region for region, city in _CAPITALS.items()}}
"""A region and its centre: a report of «удар по Харківщині» may be the one of a strike on Kharkiv."""


def names_a_town(subjects: Iterable[str]) -> bool:
    """Whether a headline's places include one that is no region."""
    return any(not place.startswith("region-") for place in subjects)


def regions_in(folded: str) -> set[str]:
    """The regions a folded text names ('region-sumy'), in any of their spellings."""
    if not any(map(folded.__contains__, _REGION_HINTS)):
        return set()  # most headlines name no region: one pass of substring tests instead of the regex
    return {_REGION_SLUGS[int(m.lastgroup[1:])] for m in _REGION.finditer(folded) if m.lastgroup}


GENERIC_NAMES = frozenset(
    "russia russian russians ukraine ukrainian ukrainians kyiv kiev moscow kremlin europe european "
    "eu us usa america american nato west western general staff ministry defense defence forces "
    "armed president minister governor mayor mod isw dpr lpr un".split())
"""Capitalised words in nearly every story: never evidence that two stories share an event."""
WORD_RE = re.compile(r"\w+")
_ASCII_WORD = re.compile(rb"\w+")
"""WORD_RE on the bytes of ASCII text (where bytes' \\w and str's \\w are the same letters)."""
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
    words = _names_in(EVENT_WORDS, opening)
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
    return _names_in(EVENT_WORDS, _opening(story) if opening is None else opening)


def families_of(events: Iterable[str], opening: str) -> set[str]:
    """The kinds of event a story can be a report of: those of its event types (one side's
    strike is the other's shootdown), and control when it denies something. The event types
    are its claims' when it has any: a capture claim 'after weeks of attacks' is no report of
    the night's strike on the town."""
    found = {FAMILIES[event] for event in events if event in FAMILIES}
    if any(map(opening.__contains__, _DENIAL_WORDS)):
        found.add("control")
    return found


def loose(word: str) -> str:
    """A folded word with 'y' read as 'i': Ukrainian text with no letter of its own is folded
    as Russian, so its 'и' comes out 'i' where the place's slug has 'y' ('Саки', Saky)."""
    return word.replace("y", "i")


def _place_stems(place: str) -> tuple[str, ...]:
    """The loosened beginnings names_place looks for at the start of a word."""
    return tuple(loose(part[:5]) for part in place.split("-") if len(part) >= 4)


def names_place(word: str, place: str) -> bool:
    """Whether a folded word is a form of a place's slug ('mykolaievu', 'saratovskyi')."""
    word = loose(word)
    return any(len(part) >= 4 and word.startswith(loose(part[:5])) for part in place.split("-"))


def title_places(folded_title: str, places: Iterable[str]) -> set[str]:
    """The places a headline names (in any case ending): what the story is about, beside
    the places its text only mentions; a story naming one place is about that place."""
    places = list(places)
    words = tuple(map(loose, WORD_RE.findall(folded_title)))  # each word loosened once, not once per place
    title = f" {folded_title} "
    found = {place for place in places
             if (any(map(title.__contains__, WORLD_PLACES[place])) if place in WORLD_PLACES
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


def latin_stems(stems: Iterable[str]) -> tuple[str, ...]:
    """Stems as fold() spells them: Cyrillic ones in both the Ukrainian and Russian romanisation."""
    out = set()
    for stem in stems:
        if _CYRILLIC.search(stem):
            out.update({uk_to_latin(stem).casefold(), ru_to_latin(stem).casefold()})
        else:
            out.add(stem)
    return tuple(sorted(out))


_BY_WORD_START: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
"""(first word, the whole phrase or '' for one word, topic) by the first four letters of the first word."""
for _topic, _stems in chain(_TOPICS.items(), ((f"person:{name}", stems) for name, stems in PEOPLE.items())):
    for _stem in latin_stems(_stems):
        _first = WORD_RE.search(_stem).group()
        _BY_WORD_START[_first[:4]].append((_first, "" if _stem == _first else _stem, _topic))


def topics_in(folded: str) -> set[str]:
    """The kinds of news and the people ('person:peskov') a folded text names: looked up by
    each word's beginning, far cheaper than a substring test per spelling."""
    found = set()
    for word in set(WORD_RE.findall(folded)):
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
    words = WORD_RE.findall(title)
    names = set()
    for word in words[1:]:
        if word[:1].isupper() and len(word) >= 4:
            name = fold(word)
            if name not in GENERIC_NAMES:
                names.add(name[:7])
    return numbers, names


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
        words = list(map(str.encode, WORD_RE.findall(folded)))
    hashes = set(map(zlib.crc32, map(b" ".join, zip(words, words[1:], words[2:]))))
    if len(hashes) < 6:
        return None
    return sorted(hashes)[:SKETCH]  # a C sort beats a Python heap at this size


def lead(opening: str) -> int | None:
    """A hash of a folded opening's first words (`fold(summary[:LEAD_CHARS])`): a copy under a
    rewritten headline keeps its opening."""
    words = WORD_RE.findall(opening)[:LEAD_WORDS]
    return zlib.crc32(" ".join(words).encode()) if len(words) == LEAD_WORDS else None


def told_by(title: str) -> set[str]:
    """The kinds of event ('attack', 'control') a headline's own words tell."""
    said = f" {title} ".casefold()
    return families_of(_names_in(EVENT_WORDS, said), said)


def _headline_event(key: str, subjects: set[str], told: set[str], keys: Iterable[str] = ()) -> bool:
    """Whether an (event, place) key is what the story reports rather than its text's background
    ('a day after the mass strike on Kyiv', «напередодні ... удару по Києву»): its place is one
    the headline names (or the region of one, or its centre), or its kind of event is one the
    headline tells. A capital is named for its government as often as for itself ('Kremlin
    blames Kyiv') and recalled as the last big attack's target: its key needs both. A headline
    naming no town over a text that gives its event at several ('Russian attacks kill 5 across
    Ukraine over past day') is a tally of them, a report of none (`keys`: all the story's keys)."""
    event, _, place = key.partition(":")
    family = FAMILIES.get(event)
    if place in GENERIC_PLACES:
        return place in subjects and family in told
    if place in subjects or PARTNERS.get(place) in subjects:
        return True
    if family not in told:
        return False
    return bool(subjects) or len({other.partition(":")[2] for other in keys
                                  if FAMILIES.get(other.partition(":")[0]) == family}) == 1


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
    places = {_slug(p) for p in story.places} | _names_in(WORLD_PLACES, head)
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
        for name in WORLD_PLACES["znpp"]:
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
    if regions and not any(names_place(word, _slug(place)) for word in WORD_RE.findall(_REGION.sub(" ", title))
                           for place in story.places):
        # A headline about a region and no town in it ('Russian attacks on Sumy Oblast', «обстріляв
        # Сумщину»): the region is the place of its event, in whichever language it is named.
        places |= regions
        subjects |= regions
        keys |= {f"{event}:{region}" for event in events for region in regions}
    told = told_by(story.title)
    kept = {key for key in keys if _headline_event(key, subjects, told, keys)}
    if any(FAMILIES.get(key.partition(":")[0]) in told for key in kept):
        # The headline tells which event at its town the story reports; the text's other kinds
        # there (explosions heard during a capture claim) are background, not a second event.
        kept = {key for key in kept if FAMILIES.get(key.partition(":")[0]) in told}
        families &= told
    if story.places and not subjects and not kept and any(FAMILIES.get(key.partition(":")[0]) in told for key in keys):
        # A tally across towns its headline does not name ('across Ukraine over past day') is
        # matched like one naming no town: by its kind and its figures.
        topics.update(f"event:{event}" for event in events)
    keys = kept
    # A headline naming only a region may still name a village the gazetteer missed ('Терновое
    # в Днепропетровской области'): its other names are kept to find that village's reports.
    forms = () if names_a_town(subjects) else (
        {fold(word)[:7] for word in WORD_RE.findall(story.title) if word[:1].isupper() and len(word) >= 4}
        - GENERIC_NAMES - {word[:7] for match in (_REGION.finditer(title) if regions else ())
                            for word in WORD_RE.findall(match.group())})
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


_DIGIT = re.compile(r"\d")
"""One figure anywhere: a day is told in figures (one scan in C, not a Python test per character)."""


def told_day(text: str, at: float) -> int | None:
    """The day a story dates its event to when that is one to four days before its own (a
    toll update 'in the April 14 attack'), in days since the epoch; None otherwise."""
    if not at or _DIGIT.search(text) is None:
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
