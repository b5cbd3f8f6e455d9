"""The places stage of claims extraction: which settlements a text names, and how.

The gazetteer (gazetteer.py) finds every spelling of a place, declined Ukrainian and Russian forms
included. This stage adds what the pipeline needs to decide whether a sentence is *about* a place.

API
- `find_places(text, *, gazetteer=None) -> list[PlaceMention]`, in text order. Call it once on a
  whole story (ambiguous villages are settled by the oblast named nearby, the story's other places
  and closeness to the front) and give each sentence the mentions inside its span.
- `PlaceMention` fields: `start`, `end`, `text` (the span as written); `kind`: 'settlement',
  'region' (an oblast, a Russian region, «Харківщина», "Volyn, Lviv and Rivne oblasts") or
  'direction' ("the Pokrovsk axis", «на Покровському напрямку»); `place` (gazetteer.Place, None
  for a region or direction), `name` (its canonical name or None), `candidates` (every place the
  spelling could mean), `area` (a region's name, "Sumy", "Belgorod", or the town a direction is
  named after, "Pokrovsk"; None for a settlement), `country` ('ua' or 'ru'), `city` ("the city of
  Sumy", "Sumy city"). Read on first access: `relation` ('in', 'near', 'outskirts', 'north of' ...
  'south-west of', 'toward', 'from', 'over', or ''), `rel_start` (where that phrase starts),
  `distance_km` ("60 km west of X"), `locates` (True when the phrase only places something else:
  "lies 60 km west of X", "Yehorivka, southeast of Huliaipole" -- no event at X; "advanced south
  of X" is about X) and `speaker` (the name stands for who speaks: "Kyiv denies", "a claim denied
  by Kyiv", "the Belgorod governor", «ОТУ «Харків»»).
- `relation_before(text, start) -> (relation, rel_start, distance_km)` for any position.

Gazetteer.find (the older, lighter call) still returns gazetteer.Mention; a Mention now also says
`kind` ('place', 'region', 'direction'), and `region` is True for directions too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from tui.core.claims.actors import find_actors
from tui.core.claims.cues import gated
from tui.core.claims.translit import ru_to_latin
from tui.core.claims.gazetteer import (
    HAS_CYRILLIC, OBLAST_SPELLINGS, OBLASTS_RU, PEOPLES_REPUBLIC, RU_AREAS, Gazetteer, Mention, Place, is_person, consonant_skeleton,
    distance_km, fold, republic_oblast,
)


# English names of regions that are not (only) a town of the gazetteer: "Volyn Oblast", "Moscow region".
_EN_AREAS = {**{k: v for k, v in OBLAST_SPELLINGS.items() if k.isascii()},
             **{fold(a): a for a in RU_AREAS}, "crimea": "Crimea", "zakarpattia": "Zakarpattia",
             "transcarpathia": "Zakarpattia", "chernivtsi": "Chernivtsi", "ivano frankivsk": "Ivano-Frankivsk",
             "kherson": "Kherson", "luhansk": "Luhansk", "lugansk": "Luhansk", "donetsk": "Donetsk",
             "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "khmelnytskyi": "Khmelnytskyi",
             "krasnodar": "Krasnodar", "orel": "Oryol", "oryol": "Oryol"}


class PlaceMention:
    """One place, region or direction named in a text, with the words that relate it to the event.

    The words in front of it (relation, rel_start, distance_km, locates, speaker) are read when
    first asked for: a long article names dozens of places and a statement needs few of them."""

    __slots__ = ("start", "end", "text", "kind", "place", "candidates", "area", "country",
                 "_city", "_source", "_prev_end", "_words")

    def __init__(self, start: int, end: int, text: str, kind: str, place: Place | None,
                 candidates: tuple[Place, ...], area: str | None, country: str, city: bool | None = False,
                 source: str = "", prev_end: int = -9) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        """'settlement', 'region' (an oblast, a Russian region, «Харківщина») or 'direction' ("the Pokrovsk axis")."""
        self.place = place
        """The settlement (None for a region or a direction: no statement is about a settlement then)."""
        self.candidates = candidates
        """Every place the spelling could mean (empty for an area the gazetteer does not hold)."""
        self.area = area
        """A region's name ("Sumy", "Belgorod") or the town a direction is named after ("Pokrovsk")."""
        self.country = country
        """'ua' or 'ru': where the settlement or region lies."""
        self._city = city
        self._source = source
        self._prev_end = prev_end
        self._words: tuple[str, int, float | None, bool, bool] | None = None

    def __repr__(self) -> str:
        return (f"PlaceMention({self.text!r}, {self.kind}, {self.name or self.area!r}, {self.country}, "
                f"relation={self.relation!r}, locates={self.locates}, speaker={self.speaker})")

    @property
    def name(self) -> str | None:
        """The settlement's canonical name, or None for a region or direction."""
        return self.place.name if self.place is not None else None

    @property
    def city(self) -> bool:
        """The text says it is the city: "the city of Sumy", "Sumy city", «місто Суми», «г. Белгород»."""
        if self._city is None:
            self._city = _says_city(self._source, self.start, self.end)
        return self._city

    def _read(self) -> tuple[str, int, float | None, bool, bool]:
        if self._words is None:
            self._words = _words_before(self._source, self.start, self.end, self.kind, self.place, self._prev_end)
        return self._words

    @property
    def relation(self) -> str:
        """'in', 'near', 'outskirts', 'north of' ... 'south-west of', 'toward', 'from', 'over', or ''."""
        return self._read()[0]

    @property
    def rel_start(self) -> int:
        """Where the relation phrase starts (the mention's start when there is none)."""
        return self._read()[1]

    @property
    def distance_km(self) -> float | None:
        """"60 km west of X", «за 20 км від X»: the distance given, in km."""
        return self._read()[2]

    @property
    def locates(self) -> bool:
        """True when the phrase places something else relative to this place (geography, "lies 60 km
        west of", "Yehorivka, southeast of Huliaipole"), so an event in the sentence is not at this place."""
        return self._read()[3]

    @property
    def speaker(self) -> bool:
        """The name stands for who speaks or acts, not where: "Kyiv denies", "the Belgorod governor",
        «ОТУ «Харків»», «Киев признал», "a claim denied by Kyiv"."""
        return self._read()[4]


# The words in front of a place, read backwards from it (patterns end at the place).
_BEARING = r"(north|south|east|west)(?:[- ]?(east|west))?(?:ern)?(?:wards?)?"
_UNIT = r"(?:km|kilomet(?:er|re)s?|miles?|mi)"
# "the Ukrainian-held city of", "the Russian-occupied town of": who holds it only describes the place.
_HELD = (r"(?:[A-Za-z]+-(?:held|controlled|occupied) )?(?:(?:besieged|embattled|beleaguered|encircled|ruined|occupied) )?"
         r"(?:(?:small|tiny|key|strategic|frontline|front-line) )?")
_HELD_BY_SIDE = re.compile(r"\w-(?:held|controlled|occupied) ")
# "20 km south-west of the regional capital Donetsk": the centre's title before its name, like "the city of".
_TOWN_OF = r"(?:(?:the |Ukraine['’]s |Russia['’]s )" + _HELD + r"(?:city|town|village|settlement|stronghold|hub) of |the (?:regional |provincial |oblast |district )(?:capital|centre|center),? |the " + _HELD + r")?"
_EN_RELATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p + r"\s*$", re.IGNORECASE), r) for p, r in (
    (r"(\d+(?:[.,]\d+)?)\s*" + _UNIT + r"(?:\s*\([^)]{0,20}\))?\s+(?:to the )?" + _BEARING + r"\s+of\s+" + _TOWN_OF, "bearing"),
    # "3 km from the southern outskirts of X": how close an advance came, not where it happened
    (r"(\d+(?:[.,]\d+)?)\s*" + _UNIT + r"(?:\s*\([^)]{0,20}\))?\s+(?:away\s+)?from\s+"
     r"(?:the (?:\w+ern )?(?:outskirts|edges?) of )?" + _TOWN_OF, "from"),
    (r"\b" + _BEARING + r"\s+(?:of|from)\s+" + _TOWN_OF, "bearing"),
    (r"\b(?:(?:on|in|at) )?the (?:outskirts|edge|edges|fringes|approaches|outskirt) (?:of|to) " + _TOWN_OF, "outskirts"),
    (r"\boutskirts of\s+" + _TOWN_OF, "outskirts"),
    (r"\b(?:near|nearby|close to|around|outside|by|in the vicinity of|in the area of|in the (?:\w+ )?area of|next to)\s+"
     + _TOWN_OF, "near"),
    (r"\b(?:toward|towards|in (?:the )?direction of|on the road to|on the way to)\s+" + _TOWN_OF, "toward"),
    (r"\bover\s+" + _TOWN_OF, "over"),
    (r"\b(?:from|out of)\s+" + _TOWN_OF, "from"),
    (r"\b(?:in|inside|into|within|at|of)\s+" + _TOWN_OF, "in"),
))
_CYR_BEARING = {"півн": "north", "півд": "south", "схід": "east", "сход": "east", "захід": "west",
                "захо": "west", "заход": "west", "север": "north", "юг": "south", "юж": "south", "восто": "east",
                "запад": "west"}
_CYR_RELATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p + r"\s*$", re.IGNORECASE), r) for p, r in (
    (r"(?:за|в)\s+(\d+(?:[.,]\d+)?)(?:-?(?:ти|ми|х|и))?\s*(?:км|кілометр\w*|километр\w*)\s+(?:на\s+|к\s+)?(\w+?)(?:-\w+)?\s+(?:від|от)\s+", "bearing"),
    (r"(?:за|в)\s+(\d+(?:[.,]\d+)?)(?:-?(?:ти|ми|х|и))?\s*(?:км|кілометр\w*|километр\w*)\s+(?:від|от)\s+", "from"),
    (r"(?<!\w)(?:на\s+|к\s+)(північ\w*|півночі|південь|південн\w*|півдні|схід|східн\w*|сході|захід|західн\w*|заході|север\w*|юг\w*|восток\w*|запад\w*)"
     r"(?:-\w+)?\s+(?:від|от)\s+", "bearing"),
    (r"(?<!\w)(північніше|південніше|східніше|західніше|севернее|южнее|восточнее|западнее|"
     r"північно-\w+іше|південно-\w+іше|северо-\w+нее|юго-\w+нее)\s+", "bearing"),
    (r"(?<!\w)(?:на\s+)?(?:околиц\w*|окраин\w*|підступах\s+до|подступах\s+к)\s+", "outskirts"),
    (r"(?<!\w)(?:біля|поблизу|неподалік\s+від|недалеко\s+від|коло|під|в\s+районі|у\s+районі|околиць|около|возле|"
     r"вблизи|недалеко\s+от|под|в\s+районе|рядом\s+с)\s+", "near"),
    (r"(?<!\w)(?:у\s+напрямку|в\s+напрямку|в\s+направлении|по\s+направлению(?:\s+к)?|в\s+сторону|у\s+бік|до|к)\s+", "toward"),
    (r"(?<!\w)(?:над)\s+", "over"),
    (r"(?<!\w)(?:з|із|зі|от|из|со\s+стороны)\s+", "from"),
    (r"(?<!\w)(?:у|в|во|на|в\s+місті|у\s+місті|в\s+городе|в\s+селі|у\s+селі|в\s+селе)\s+", "in"),
))
# Words one of which each pattern above needs (in the same order): a substring test skips most
# patterns before any regex runs.
_EN_GATES = (("km", "kilomet", "mile", " mi "), ("km", "kilomet", "mile", " mi "), ("north", "south", "east", "west"),
             ("outskirt", "edge", "fringe", "approaches"), ("outskirts",),
             ("near", "close to", "around", "outside", " by ", "vicinity", "area of", "next to"),
             ("toward", "direction of", "road to", "way to"), ("over",), ("from", "out of"),
             (" in ", " inside ", " into ", " within ", " at ", " of "))
_CYR_GATES = (("км", "кілометр", "километр"), ("км", "кілометр", "километр"),
              ("північ", "півден", "півночі", "півдні", "схід", "східн", "сході", "захід", "західн", "заході", "север", "юг", "восток", "запад"),
              ("північніше", "південніше", "східніше", "західніше", "севернее", "южнее", "восточнее", "западнее",
               "північно-", "південно-", "северо-", "юго-"),
              ("околиц", "окраин", "підступ", "подступ"),
              ("біля", "поблизу", "неподалік", "недалеко", "коло", "під", "район", "около", "возле", "вблизи", "под",
               "рядом"),
              ("напрям", "направлен", "сторону", " бік", " до ", " к "), ("над",),
              (" з ", " із ", " зі ", " от ", " из ", " со "), (" у ", " в ", " во ", " на ", "місті", "городе", "селі", "селе"))


def _gate_finder(gates: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """One regex finding every gate word at once, and for each word it can match the gates it opens."""
    words = sorted({w for gate in gates for w in gate}, key=len, reverse=True)
    opens = {w: frozenset(i for i, gate in enumerate(gates) if any(g in w for g in gate)) for w in words}
    return re.compile("|".join(map(re.escape, words))), opens


_EN_GATE_FINDER = _gate_finder(_EN_GATES)
_CYR_GATE_FINDER = _gate_finder(_CYR_GATES)
_MILES = re.compile(r"miles?|mi\b", re.IGNORECASE)
# "which lies 104 km east of", "located", «розташоване», «расположен»: geography, not an event.
_GEOGRAPHY = re.compile(r"\b(?:lies|lying|lay|located|situated|sits)\b|"
                        r"розташован\w*|знаходиться|лежить|расположен\w*|находится|лежит", re.IGNORECASE)
_CITY_BEFORE = re.compile(r"(?:\bcity of|\btown of|(?<!\w)(?:місто|місті|міста|м\.|город|городе|города|г\.))\s*$", re.IGNORECASE)
_CITY_AFTER = re.compile(r"\s+(?:city|town)\b(?!\s+(?:council|hall|administration|of))", re.IGNORECASE)
_REGION_OF = re.compile(r"\b(?:[Rr]egion|[Oo]blast|[Pp]rovince) of\s+$|\b(?:[Rr]egions|[Oo]blasts|[Pp]rovinces) of\s+(?:[A-Z][\w'’-]+(?:,\s*|,?\s+and\s+))*$")  # ("the border regions of Kursk, Oryol and Bryansk")
_EN_VILLAGES_AFTER = re.compile(r"\s+(?:[Vv]illages?|[Hh]amlets?|[Ss]ettlements?)\b")
_EN_AREA_AFTER = re.compile(r"\s+(?:[Oo]blasts?|[Rr]egions?|[Pp]rovinces?|[Kk]rai|[Rr]epublic)\b")
# A region noun, then the list of names right before it ("Volyn, Lviv and Rivne oblasts"): the noun
# is found first, so the list pattern only runs in the few windows before one.
# Opens with a letter class (the word boundary checked behind it), so re skips through a whole
# story to the few letters that can start one: the same matches as "\b(?:[Oo]blasts?|...)\b".
_EN_AREA_NOUN = re.compile(r"[OoRrPpKk](?<!\w.)(?:(?<=[Oo])blasts?|(?<=[Rr])egions?|(?<=[Pp])rovinces?|(?<=[Kk])rai)\b")
_EN_AREA_LIST = re.compile(r"((?:[A-Z][\w'’-]+(?:,\s*|,?\s+and\s+|\s*/\s*))*[A-Z][\w'’-]+)\s+$")
_LIST_SPLIT = re.compile(r",\s*|,?\s+and\s+|\s*/\s*")
_WINDOW = 60
_REGION_READING = {"Dnipro": "Dnipropetrovsk", "Zaporizhzhia": "Zaporizhzhia"}
# Centres held by Russia since 2014: in Latin text "in Donetsk", "across Luhansk" is the oblast, the city
# only when called one ("in Donetsk City"); a strike "on Donetsk" is Moscow's word for the city
_REGION_FIRST = frozenset(("Donetsk", "Luhansk"))
_SPREAD_OVER_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|all over) $")
_CLOSING_DASHES = (" – ", " - ", " — ")
_LINE_END = re.compile(r"[\s.»\"”]*(?:\n|$)")
_SETTLEMENT_NOUN_BEFORE = re.compile(r"\b(?:village|settlement|town|city|hamlet)s?$", re.IGNORECASE)
_UK_LETTER = re.compile(r"[іїє]")  # a Ukrainian spelling, whose locative («на Запоріжжі») differs from its accusative
_OLD_REGION_NAME = re.compile(r"(?:Dnipropetrovsk|Dnepropetrovsk|Днепропетровск|Дніпропетровськ)\w*$", re.IGNORECASE)
_ON_REGION = re.compile(r"(?<!\w)[Нн]а\s+$")
# A street named after someone ("вул. Шевченка", «улица Ленина»); "на улицах Северска" is the town.
_FIRST_NAME = re.compile(r"(?:Владимир|Володимир)\w*$|"
                         # first names that are also villages: «журналист Богдан Мирошников»
                         r"(?:Богдан|Роман|Мирон|Тарас|Остап|Семен|Семён|Степан|Олег|Станіслав|Станислав)(?:а|у|ом|ові|е)?$|"
                         r"(?:Вікторі|Виктори)(?:я|ї|ю|єю|и|ей)$")
_REGION_AND = re.compile(r"\b(?:region|oblast|province)s? and (?:the )?$")
# "a village in southern Zaporizhzhia", "in some areas of Donetsk": a compass word (not "central", the
# city's centre) or "areas of" before a regional centre's name means its region.
# "Kherson – the only region fully held by Russia": an apposition saying the name is a region.
_REGION_APPOSITION_AFTER = re.compile(r"\s*[,–—-]\s*(?:the|a|an) (?:[\w-]+ ){0,3}(?:region|oblast|province)\b(?!['’]s)")
# "villages in the Donetsk region, Zaporizhzhia": the next name of a list that began with a region.
_VILLAGES_IN_BEFORE = re.compile(r"\b(?:villages|settlements|towns|hamlets|areas|regions) in (?:the )?$")
_REGION_LIST_GAP = re.compile(r"(?:\s+(?:region|oblast|province)s?)?(?:,\s*|,?\s+and\s+)")
_COMPASS_REGION_BEFORE = re.compile(r"(?:\b(?:south|north|east|west)(?:-?(?:east|west))?ern|\b(?:areas|parts) of(?: the)?) $",
                                    re.IGNORECASE)
_AREA_LIST_AFTER = re.compile(r"(?:(?:,\s*|\s+(?:и|і|й|та)\s+)[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ого|ої|ой|их))+\s+(?:район|округ)\w*")
# «два района области — Рыльский и Льговский», «райони: Сумський, Охтирський»: districts listed after their noun.
_DISTRICTS_LISTED_BEFORE = re.compile(r"(?:район|округ)\w*(?:\s+[^\s.!?—–:]+){0,3}\s*[—–:]\s*"
                                      r"(?:[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?:ий|ой|ій)(?:\s*,\s*|\s+(?:и|і|й|та)\s+))*$")
_LISTED_DISTRICT_ENDINGS = ("ский", "цкий", "ський", "цький", "зький")
# «у Сумському районі ..., в Охтирському – ...»: a district's adjective with its noun left out.
_ELIDED_DISTRICT_BEFORE = re.compile(r"(?<![\w'’])[ВвУу]\s+$")
_ELIDED_DISTRICT_AFTER = re.compile(r"\s*[–—,:;-]\s|\s+(?:і|й|та|и|а)\s|[.;]?$")
_DISTRICT_NAMED = re.compile(r"(?:ському|цькому|зькому|ском|цком)\s+район(?:і|е)\b")
_SURNAME_AFTER = re.compile(r"\s+[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?![а-яіїєґё'’-])(?<!ськ[оиі]ї)(?<!ской)(?<!цкой)(?!\s+(?:облас|район|округ|громад))")
_STREET_BEFORE = re.compile(r"(?:вул\.|вулиц[яіею]|улиц[аеуы]|ул\.|просп\.|проспект[аіеу]?|пл\.)\s*$")
_APPOSITION = re.compile(r"(?:[,(](?:\s*(?:що|что))?|\b(?:highway|road|railway|river|village|villages|settlement|settlements|town|towns|"
                         r"city|line|[A-Z]-\d+|\w*\d\w*|kilomet(?:er|re)s?|km|miles?)(?:\s*\([^()]{0,25}\))?|"
                         r"село|селище|траса|трасу|дорог\w*|деревн\w*|поселок|шоссе)\s*$")
# "the mayor of the frontline city of X said": the town the official speaks for, which the report is about.
OFFICIAL_OF = re.compile(r"\b(?:mayor|governor|head|chief|authorities) of (?:the )?(?:[\w'’-]+ ){0,4}$|\b(?:governor|mayor) in (?:the )?$")
# "Kyiv denies", "Kyiv on Friday dismissed", "Kyiv's claim", "the Belgorod governor": the name stands for a speaker.
_SPEAKER_AFTER = re.compile(
    r"(?:['’]s\s+(?:claims?|reports?|statements?|denials?|assertions?|account|version|officials|government|"
    r"authorities|forces|troops|army|military|position)\b|"
    r"(?:\s+(?:on \w+day|also|swiftly|quickly|promptly|later|again|officially|firmly|flatly))*"
    r"\s+(?:says?|said|(?:claims|claimed)(?! (?:the |a |one |two |three |\d+ )?li(?:fe|ves)\b)|denies|denied|rejects?|rejected|calls?|called|confirms?|confirmed|"
    r"admits?|admitted|insists?|insisted|accuses?|accused|responds?|responded|warns?|warned|dismiss(?:es|ed)|"
    r"refutes?|refuted|acknowledges?|acknowledged|has (?:denied|said|claimed|confirmed|rejected)|[Gg]overnor|mayor|"
    r"authorities|officials?|police|administration(?! building)|brigade|regional (?:governor|administration|authorities)|"
    r"city (?:council|administration)|regime|government)\b)")
# (adjectives in a list may carry commas: "Kyiv's depleted, overstretched troops")
_POSSESSION_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+|[a-z][\w-]*(?:ed|ing|ful|ous|ive|al),\s+){0,4}?(?:claims?|reports?|statements?|denials?|assertions?|account|version|"
                               r"officials|government|authorities|forces|troops|army|military|position|brigades|units|soldiers|"
                               r"defenders|allies|partners|[Gg]overnor|[Mm]ayor|head|administration)\b")
# "Kyiv's incursion", "Moscow's offensive": the capital stands for the state that acts.
_CAPITALS = frozenset(("Kyiv", "Moscow"))
_CAPITAL_ACTS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:incursion|offensive|counter-?offensive|operations?|campaign|"
                           r"attacks?|assaults?|advances?|strikes?|drones?|missiles?|gains|push|war)\b")
# «Киев признал», «Київ заперечує»: only a name in the nominative can be the subject.
# One man's verb after a name (masculine past, or a headline's colon): «Песков заявил», «Песков назвал», «Песков:».
_HE_SAID_AFTER = re.compile(r"(?:\s+[а-яёіїєґ]{2,}(?:л|ав|ив)(?!\w)|\s*:)")
# Where a surname stands: opening a sentence or a quote, or after a first name («Дмитрий Песков»).
_NAME_SLOT_BEFORE = re.compile(r"(?:^|[.!?:;«\"„—–-]\s*|\n|[А-ЯІЇЄҐ][а-яёіїєґ']{3,}\s)$")
# A village's spelling after a given name or «по словам», before a verb of saying, or opening a
# sentence with a colon («Рогов: ...») is a surname.
_PERSON_BEFORE_CYR = re.compile(
    r"(?:(?<![\w-])(?:Александр|Алексей|Андрей|Анатолий|Борис|Вадим|Валерий|Василий|Виктор|Виталий|Владимир|Владислав|Вячеслав|"
    r"Геннадий|Денис|Дмитрий|Евгений|Иван|Игорь|Илья|Кирилл|Константин|Максим|Михаил|Никита|Николай|Олег|Павел|Пётр|Петр|"
    r"Роман|Руслан|Сергей|Станислав|Юрий|Ярослав|Олександр|Олексій|Андрій|Віталій|Володимир|Дмитро|Євген|Ігор|Микола|Михайло|"
    r"Павло|Петро|Сергій|Юрій|Віктор|Валерій|Назар|Тарас|Богдан|Анна|Ганна|Мария|Марія|Елена|Олена|Ольга|Наталья|Наталія|"
    r"Ирина|Ірина|Татьяна|Тетяна|Юлия|Юлія)(?:а|у|ом|ем|ы|и|ій|ія|ю|ею|ої)?|"
    r"(?<![\w-])(?:[Пп]о словам|[Зз]а словами|[Сс]о слов|[Пп]о мнению|[Нн]а думку|[Пп]о данным|[Зз]а даними)|"
    # «в дописі Шевченка», «в обращении Иванова»: whose post or address it is
    r"(?<![\w-])(?:[ВвУу] (?:дописі|заяві|зверненні|інтерв['’]ю|публікації|пості|посте|заявлении|обращении|интервью|публикации))|"
    # «Как отметил Громов, ...», «заявив Рогов»: a name right after a verb of saying is who says
    r"(?<![\w-])(?:отметил|сообщил|заявил|рассказал|добавил|уточнил|подчеркнул|пояснил|написал|сообщает|отмечает|"
    r"заявляет|пишет|зазначив|повідомив|заявив|розповів|додав|наголосив|пояснив|написав|повідомляє|пише)а?)\s+$")
_PERSON_AFTER_CYR = re.compile(r"\s+(?:сообщил|заявил|написал|отметил|рассказал|добавил|уточнил|подчеркнул|считает|пишет|"
                               r"повідомив|заявив|написав|зазначив|розповів|додав|наголосив|вважає|пише)(?:а|ла)?\b|:(?=\s)")
# A post or an outfit right before a name and its colon: «командир роты ВСУ Рогов:», «спикер ОСУВ Иванов:».
_TITLE_BEFORE_NAME = re.compile(r"(?:\b[А-ЯІЇЄҐЁ]{2,}|(?<![\w-])(?:командир|комбат|спикер|спікер|речник|пресс-секретарь|"
                                r"прессекретарь|глава|голова|очільник|начальник|губернатор|мэр|мер|военкор|воєнкор|"
                                r"генерал|полковник|майор|депутат|эксперт|експерт|аналитик|аналітик)\w*(?: [\w«»\"-]+){0,3})\s$")
_CYR_CAPITALS = frozenset("АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ")
_SPEAKER_AFTER_CYR = re.compile(r"\s+(?:заявля\w*|заяви\w*|запереч\w*|визна\w*|стверджу\w*|спростову\w*|каже|"
                                r"кажуть|відкида\w*|отрица\w*|опроверг\w*|призна\w*|утвержда\w*|обвиня\w*|"
                                r"обвини\w*|сообщ\w*|повідом\w*)\b")
# "a claim denied by Kyiv", «заперечили в Києві»
_SPEAKER_BEFORE = re.compile(r"\b(?:(?:denied|rejected|dismissed|disputed|refuted|confirmed|claimed|contested|"
                             r"announced|reported) by|"
                             # "Putin said in Kazan that ...", "Speaking in Lviv, ...": where the speaker spoke
                             r"(?:said|says|speaking|Speaking|spoke|told (?:reporters|journalists))(?: on \w+day)? in)\s+$")
_UNIT_BEFORE = re.compile(r"(?:ОТУ|ОСУВ|ОСГ|ОТГ|угрупован\w*(?:\s+військ)?|группировк\w*(?:\s+войск)?|[Gg]rouping(?: of [Ff]orces)?|"
                          # «бойцы «Днепра»», «воїни «Хортиці»»: the grouping's men, named by it
                          r"[Бб]ойц\w*|[Бб]ійц\w*|[Вв]оин\w*|[Вв]оїн\w*|[Пп]одразделени\w*|[Пп]ідрозділ\w*|"
                          r"(?:оперативно-)?(?:тактичн\w*\s+груп|тактическ\w*\s+групп)\w*|[Tt]actical [Gg]roup)"
                          r"\s*[«\"“„]\s*$")
_TOPIC_COLON = re.compile(r"\s*:")
_WATER_AFTER = re.compile(r"\s+(?:[Ss]treet|St\.|[Aa]venue|[Bb]oulevard|[Rr]iver|[Ss]ea|[Rr]eservoir|[Bb]ay|[Cc]anal|[Ll]ake|[Ee]stuary|морі|море|моря|морем|"
                          r"річк\w*|річц\w*|рек[аиеуо]\w*|водосховищ\w*|водохранилищ\w*|затоц\w*|затока|залив\w*|"
                          r"озер\w*|лиман\w*|бухт\w*|"
                          # «Чорноморського флоту», «черноморское побережье»: a fleet or a coast, not a town
                          r"флот\w*|узбережж\w*|побережь\w*)\b")
# A ship named after a town: "the landing ship Novocherkassk", "a warship, the Ivanovets", «крейсер «Москва»».
_SHIP_BEFORE = re.compile(r"(?:\b(?:warship|ship|vessel|cruiser|frigate|corvette|submarine|tanker|minesweeper|destroyer)s?,?"
                          r"\s+(?:the\s+)?|(?<![\w-])(?:корабл|корабел|крейсер|фрегат|корвет|танкер|тральщик|БДК|судн)\w*\s+)[\"«“„']?$",
                          re.IGNORECASE)
# Rivers that share a town's name, named as the river: "the Dnipro's eastern bank", "across the Oskil".
_RIVER_TOWNS = frozenset(("Dnipro", "Oskil", "Desna"))
_RIVER_BEFORE = re.compile(r"(?:\b(?:banks? of|across|along|over|crossed|crossing|cross|bend in|bend of) (?:the )?|\bthe )$")
_RIVER_AFTER = re.compile(r"(?:['’]s)? (?:(?:left|right|east|west|eastern|western|northern|southern|opposite|other) )?"
                          r"(?:banks?|shore|islands?|delta|crossings?)\b")
_NOT_RIVER_AFTER = re.compile(r" (?:[Rr]egion|[Oo]blast|[Cc]ity|[Dd]irection|[Aa]xis|[Ss]ector|[Gg]roup)\b")


def _names_river(text: str, start: int, end: int, name: str) -> bool:
    """The town's name names its river here ("the Dnipro's eastern bank", "crossed the Oskil")."""
    if name not in _RIVER_TOWNS or _NOT_RIVER_AFTER.match(text, end):
        return False
    return bool(_RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text, max(0, start - 16), start))



def relation_before(text: str, start: int) -> tuple[str, int, float | None]:
    """(relation, where its phrase starts, distance in km) of the words right before text[start]."""
    lo = max(0, start - _WINDOW)
    window = text[lo:start]
    low = " " + window.lower() + " "
    cyrillic = HAS_CYRILLIC.search(window, max(0, len(window) - 30)) is not None
    finder, opens = _CYR_GATE_FINDER if cyrillic else _EN_GATE_FINDER
    gates: set[int] = set()
    for word in finder.findall(low):
        gates |= opens[word]
    if not gates:
        return "", start, None
    for k, (pattern, relation) in enumerate(_CYR_RELATIONS if cyrillic else _EN_RELATIONS):
        if k not in gates:
            continue
        m = pattern.search(window)
        if m is None:
            continue
        distance = None
        if relation in ("bearing", "from") and m.lastindex and m.group(1) and m.group(1)[0].isdigit():
            distance = float(m.group(1).replace(",", "."))
            if _MILES.search(m.group()):
                distance = round(distance * 1.609, 1)
        if relation == "bearing":
            relation = _bearing(m, cyrillic)
        return relation, lo + m.start(), distance
    return "", start, None


def _bearing(m: re.Match[str], cyrillic: bool) -> str:
    """'south of', 'north-west of' from a matched bearing phrase."""
    words = [g for g in m.groups() if g and not g[0].isdigit()]
    if not cyrillic:
        main = [w.lower() for w in words if w.lower() in ("north", "south", "east", "west")]
        return "-".join(main[:2]) + " of" if main else "near"
    phrase = m.group().lower()
    found = []
    for stem, name in _CYR_BEARING.items():
        at = phrase.find(stem)
        if at >= 0 and name not in (n for _, n in found):
            found.append((at, name))
    found.sort()
    return "-".join(n for _, n in found[:2]) + " of" if found else "near"


def _country(oblast_or_area: str | None) -> str:
    return "ru" if oblast_or_area in RU_AREAS else "ua"


def _direction_town(gaz: Gazetteer, word: str) -> str | None:
    """The town a Cyrillic direction adjective is named after: «Покровському» -> Pokrovsk."""
    key = fold(word)
    for cut in range(2, 7):
        stem = key[:-cut]
        for guess in (stem, stem + "ка", stem + "е"):
            if len(guess) >= 4 and (place := gaz.resolve(guess)) is not None and place.population >= 5_000:
                return place.name
    return None


# Capitalised function words that spell a town: «Тим часом» (meanwhile), «Тим більше».
_NOT_A_NAME = re.compile(r"Тим (?:часом|більше|самим|не менш)\b")


_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
"""The UTF-8 lead bytes of U+0400-U+04FF, and of nothing else."""


def _holds_cyrillic(text: str) -> bool:
    """HAS_CYRILLIC.search(text) is not None for a whole story: its UTF-8 bytes are searched for
    the Cyrillic lead bytes at memory speed instead of re testing every character."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _CYRILLIC_LEADS)


# "the Ukrainian capital", "Russia's capital", "the capital of Ukraine" (not when the name follows: "the
# Ukrainian capital Kyiv" names it anyway)
_CAPITAL_DESCRIBED = gated(re.compile(r"\b(?:[Tt]he )?(?:(?P<adj>Ukrainian|Russian) capital|(?P<own>Ukraine|Russia)['’]s capital|"
                                r"capital of (?P<of>Ukraine|Russia))\b(?!,? (?:city )?(?:of )?(?:Kyiv|Kiev|Moscow)\b)"))
_CAPITAL_OF = {"ukrain": "Kyiv", "russia": "Moscow"}
# "the head of the military administration in the Ukrainian capital", "the region that surrounds the
# capital": a title or a description of something else, not the city as a place of an event
_CAPITAL_AS_TITLE = re.compile(r"\b(?:(?:administration|governor|mayor|council|authorities|officials?|head)(?: [\w-]+){0,2} (?:in|of|for)|"
                               r"surround\w*|encircl\w*) $")


def _capitals_described(text: str, gaz: Gazetteer) -> list[Mention]:
    """Kyiv and Moscow named as "the Ukrainian/Russian capital", as mentions of the city."""
    out = []
    for m in _CAPITAL_DESCRIBED.finditer(text):
        if _CAPITAL_AS_TITLE.search(text, max(0, m.start() - 50), m.start()):
            continue
        country = (m.group("adj") or m.group("own") or m.group("of")).lower()[:6]
        if (place := gaz.resolve(_CAPITAL_OF[country])) is not None:
            out.append(Mention(m.start(), m.end(), m.group(), place, (place,)))
    return out


def find_places(text: str, *, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every settlement, region and direction named in the text, in order, with their relations."""
    gaz = gazetteer or Gazetteer.load()
    mentions = gaz.find(text)
    cyrillic = _holds_cyrillic(text)
    if cyrillic and (plants := gaz.plant_towns(text)):
        # «уразили Рязанський НПЗ»: the refinery's town, named by its adjective, where nothing else is named
        mentions = sorted([*mentions, *(p for p in plants if not any(m.start < p.end and p.start < m.end
                                                                       for m in mentions))],
                          key=lambda m: m.start)
    if "capital" in text and (capitals := _capitals_described(text, gaz)):
        # "drones hit the Ukrainian capital": the capital named by what it is
        mentions = sorted([*mentions, *(c for c in capitals if not any(m.start < c.end and c.start < m.end for m in mentions))],
                          key=lambda m: m.start)
    cyr_areas = gaz.cyrillic_areas(text) if cyrillic else []
    roads = [m.span(1) for m in _ROAD_NAMED.finditer(text)] if cyrillic and ("трас" in text or "дорог" in text or "дороз" in text or "шосс" in text) else []
    out: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []
    for m in mentions:
        if text[m.end:m.end + 1] == " " and _WATER_AFTER.match(text, m.end) or (
                _is_cyr(m.text) and _STREET_BEFORE.search(text, max(0, m.start - 12), m.start)):
            continue  # "the Dnipro River", «у Чорному морі», "Shevchenka Street", «вул. Шевченка»: not the town
        if _SHIP_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue  # "the landing ship Novocherkassk", «крейсер «Москва»»: a ship named after a town
        if roads and any(a <= m.start < b for a, b in roads):
            continue  # «на трассе «Рыльск — Дурово»»: a road named by the towns it joins, not either town
        if m.text.startswith("Мирн") and _CIVILIANS_AFTER.match(text, m.end):
            continue  # «Мирный житель пострадал»: a civilian, not the village of Myrne
        if _FIRST_NAME.match(m.text) and _SURNAME_AFTER.match(text, m.end):
            continue  # «Владимиру Путину», «Володимир Зеленський»: a man's first name, not Volodymyr
        if m.place.name.endswith("sk") and _ADJECTIVE_FORM.search(m.text) and _LOWER_AFTER.match(text, m.end) \
                and not text[:m.start].strip(" «\"“'—–-"):
            continue  # «Українська армія ...» opening a sentence: an adjective, not a case of the town Ukrainsk
        if _is_cyr(m.text) and (text[m.start - 2 : m.start - 1].isalpha() and text[m.start - 1 : m.start] == "-"
                                or text[m.end : m.end + 1] == "-" and text[m.end + 1 : m.end + 2].isalpha()):
            continue  # «Середино-Будської громади»: half of a hyphenated word is not a town of its own
        if _is_cyr(m.text) and m.text.endswith(("ого", "ої", "ой", "их")) and _AREA_LIST_AFTER.match(text, m.end):
            continue  # «Изюмского и Купянского районов»: districts in a list, not villages
        if m.text.endswith(_LISTED_DISTRICT_ENDINGS) and _DISTRICTS_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start):
            continue  # «два района — Рыльский и Льговский»: districts listed after their noun, not villages
        if _is_cyr(m.text) and m.text.endswith(("ському", "цькому", "зькому", "ском", "цком")) \
                and _ELIDED_DISTRICT_BEFORE.search(text, max(0, m.start - 3), m.start) \
                and _ELIDED_DISTRICT_AFTER.match(text, m.end) and _DISTRICT_NAMED.search(text, 0, m.start):
            continue  # «у Сумському районі ..., в Охтирському – ...»: the second district, its noun left out
        if text[m.start - 3:m.start] in _CLOSING_DASHES and m.place.kind in ("village", "settlement") \
                and not _is_cyr(m.text) and _LINE_END.match(text, m.end) \
                and not _SETTLEMENT_NOUN_BEFORE.search(text, max(0, m.start - 16), m.start - 3):
            continue  # "Drone downed over Lviv – Sadovyi": the speaker closing a headline, spelt like a village
        if _is_cyr(m.text) and _is_surname(text, m):
            continue  # «Песков заявил», «по словам Рогова», «Алексей Громов:»: a surname spelt like a village
        if m.text == "Тим" and _NOT_A_NAME.match(text, m.start):
            continue  # «Тим часом» ("meanwhile") opening a sentence is not the town of Tim
        if m.kind == "place" and _names_river(text, m.start, m.end, m.place.name):
            continue
        if _is_cyr(m.text) and (ordinal := _ORDINAL_AFTER.match(text, m.end)) is not None:
            # «Лиман Первый» is Lyman Pershyi, a village of its own, not the town of Lyman: the whole
            # name if the gazetteer holds it in Kyiv's ordinal, else none (a wrong town is worse)
            wholes = [gaz.places[i] for latin in _ORDINALS[ordinal.group(1).lower()]
                      for i in gaz.names.get(fold(f"{m.place.name} {latin}"), ())]
            if not wholes:
                continue
            whole = min(wholes, key=gaz.front_km)  # among namesakes, the one at the war
            m = Mention(m.start, ordinal.end(), text[m.start:ordinal.end()], whole, (whole,))
        area_kind, area = _area_of(m, cyr_areas) if cyr_areas else ("", None)
        if m.kind == "region" or area_kind == "region":
            kind = "region"
            area = area or OBLAST_SPELLINGS.get(fold(m.text)) or m.place.oblast
        elif m.kind == "direction" or area_kind == "direction":
            kind = "direction"
            area = m.place.name if m.kind == "direction" and not _is_cyr(m.text) else \
                (_direction_town(gaz, m.text) or m.place.name)
        else:
            kind, area = "settlement", None
        city = None  # read when asked for, unless it decides the kind here
        if kind == "settlement" and m.place.name in _REGION_READING and not (city := _says_city(text, m.start, m.end)) \
                and (_OLD_REGION_NAME.match(m.text) or (_ON_REGION.search(text, max(0, m.start - 4), m.start)
                                                        and not (_UK_LETTER.search(m.text) and m.text[-1:] != "і"))):
            # "Dnipropetrovsk villages" (the city is Dnipro since 2016), «на Запоріжжі» (the region;
            # «у Запоріжжі» and «атака на Запоріжжя», not in the locative, are the city)
            kind, area = "region", _REGION_READING[m.place.name]
        if kind == "settlement" and m.place.name == m.place.oblast and not _is_cyr(m.text) and (
                _EN_VILLAGES_AFTER.match(text, m.end) or _REGION_OF.search(text, max(0, m.start - 40), m.start)
                or _REGION_AND.search(text, max(0, m.start - 24), m.start)
                or (_COMPASS_REGION_BEFORE.search(text, max(0, m.start - 20), m.start) and not _says_city(text, m.start, m.end))
                or _REGION_APPOSITION_AFTER.match(text, m.end)
                or (m.place.name in _REGION_FIRST and _SPREAD_OVER_BEFORE.search(text, max(0, m.start - 12), m.start)
                    and not _says_city(text, m.start, m.end))
                or (out and out[-1].end <= m.start and _REGION_LIST_GAP.fullmatch(text, out[-1].end, m.start) and (
                    out[-1].kind == "region" or (out[-1].place is not None and out[-1].place.name == out[-1].place.oblast
                                                 and _VILLAGES_IN_BEFORE.search(text, max(0, out[-1].start - 24), out[-1].start))))):
            # "a key Donetsk village", "Kharkiv villages", "over the Oryol region and Belgorod": the region's
            kind, area = "region", m.place.oblast
        if kind == "region" and (city := _says_city(text, m.start, m.end)) and not _EN_AREA_AFTER.match(text, m.end):
            kind, area = "settlement", None  # "Sumy city"
        out.append(_mention(text, m.start, m.end, kind, m.place if kind == "settlement" else None, m.candidates,
                            area, city, m.place.oblast if kind == "settlement" else area, taken[-1][1] if taken else -9))
        taken.append((m.start, m.end))
    # Areas the gazetteer holds no town for: «у Сумській області», "Volyn Oblast", "Moscow region".
    for start, end, area, kind in cyr_areas:
        if not any(s < end and start < e for s, e in taken):
            if kind == "direction":
                area = _direction_town(gaz, text[start:end].split()[0]) or area
            out.append(_mention(text, start, end, kind, None, (), area, False, area))
            taken.append((start, end))
    for m in _lists_before(text, _EN_AREA_NOUN, _EN_AREA_LIST):
        at = m.start(1)
        for name in _LIST_SPLIT.split(m.group(1)):
            s = text.find(name, at)
            at = s + len(name)
            area = _EN_AREAS.get(fold(name))
            if area and not any(a < at and s < b for a, b in taken):
                out.append(_mention(text, s, at, "region", None, (), area, False, area))
                taken.append((s, at))
    if cyr_areas or cyrillic:
        named_oblasts = {area for _s, _e, area, kind in cyr_areas if kind == "region"}
        lists = []
        if any(word in text for word in _HROMADA_WORDS):
            lists = _lists_before(text, _HROMADA_NOUN, _HROMADAS)
            # «обстріляв 7 громад області: Білопільську, Глухівську, ...»: the list after a colon too.
            lists += [m for noun in _HROMADA_NOUN.finditer(text) if (m := _HROMADAS_AFTER.match(text, noun.end()))]
        if "ськ" in text or "цьк" in text:
            # «У Миропільській окупанти били з мінометів», «по території Хотинської після обіду»: a bulletin's
            # community with its noun left out (an oblast's adjective is the oblast, not its centre)
            lists += [m for m in _ELIDED_HROMADA.finditer(text) if not gaz.morph.regions.get(fold(m.group(1)))]
        starostats = _starostat_villages(gaz, text, named_oblasts) if "старост" in text else []
        # the community after a starosta district is where its village is, not a place of the event
        communities = [community for _s, _e, _v, community in starostats if community]
        taken += communities
        for m in sorted(lists, key=lambda m: m.start(1)):
            # «Нікопольську, Марганецьку та Червоногригорівську громади»: communities named after their towns.
            at = m.start(1)
            near = _hromada_anchors(gaz, text, m, out)
            # «одне з сіл X-ської громади», «N населених пунктів X-ської громади»: villages of
            # the community, unnamed, not its town
            of_villages = m.re is _HROMADAS and _VILLAGES_OF.search(text, max(0, at - 40), at) is not None
            for adjective in _CYR_LIST_SPLIT.split(m.group(1)):
                s = text.find(adjective, at)
                at = s + len(adjective)
                if of_villages:
                    out = [v for v in out if not (v.kind == "settlement" and v.start < at and s < v.end)]
                    taken.append((s, at))
                    continue
                place = _adjective_town(gaz, adjective, named_oblasts, [(p, km) for p, km in near if not any(
                    v.place is p and v.start < at and s < v.end for v in out)])  # (not its own misreading)
                if place is not None and m.re is _HROMADAS and (s, at) not in communities:
                    # the gazetteer read the adjective as a declined namesake («Покровській» as Pokrovsk):
                    # before its community noun it is that community's town, found above
                    out = [v for v in out if not (v.kind == "settlement" and v.start == s and v.end == at)]
                    taken = [t for t in taken if t != (s, at)]
                village = next((v for v in out if v.kind == "settlement" and v.place is not None and v.end < s
                                and not text[v.end:s].strip()), None) if place is not None else None
                if village is not None:
                    # «у селі Піщане Сумської громади»: the community only locates the village before it,
                    # and settles which of its namesakes is meant (the one of that community's oblast, nearest its town)
                    near = [c for c in village.candidates if c.oblast == place.oblast]
                    if near and village.place.oblast != place.oblast:
                        best = min(near, key=lambda c: distance_km(c.lat, c.lon, place.lat, place.lon))
                        out[out.index(village)] = _mention(text, village.start, village.end, "settlement", best, tuple(near),
                                                           None, None, best.oblast, village._prev_end)
                    taken.append((s, at))
                    continue
                if place is not None and not any(a < at and s < b for a, b in taken):
                    # a community is an area of many villages (CLAIMS_GUIDE: an area names no settlement),
                    # so it names the oblast of its town, not the town
                    out.append(_mention(text, s, at, "region", None, (), place.oblast, False, place.oblast))
                    taken.append((s, at))
        resolved = {m.start: m for m in out if m.kind == "settlement"}
        for start, end, place in _guessed_settlements(gaz, text, cyr_areas, taken, resolved):
            # «освобожден населенный пункт Нелеповка»: a Russian spelling the codifier does not hold;
            # «село Ровное ... ДНР»: a spelling a namesake in another oblast holds.
            if start in resolved and resolved[start] in out:
                out.remove(resolved[start])  # (once: «Шевченко Первое» drops «Шевченко» and adds the whole name)
            if place is None:
                continue  # «Отрадное Днепропетровской области», and no such village there
            out.append(_mention(text, start, end, "settlement", place, (place,), None, None, place.oblast,
                                max((e for _, e in taken if e <= start), default=-9)))
            taken.append((start, end))
        for s, e, village, _community in starostats:
            if village is not None:
                out = [v for v in out if not (v.kind == "settlement" and v.start < e and s < v.end)]
                out.append(_mention(text, s, e, "settlement", village, (village,), None, False, village.oblast))
                taken.append((s, e))
    if " of " in text or " in " in text or "aptur" in text or "eize" in text or "liberat" in text:
        for start, end, place in _guessed_latin(gaz, text, out, taken):
            # "liberated the settlement of Lozovatskoye in the DPR": Moscow's spelling of Lozuvatske;
            # "the settlement of Zelenoye in the Kharkov Region": not the namesake Donetsk's codifier spells so.
            out = [m for m in out if not (m.kind == "settlement" and m.start == start)]
            if place is None:
                continue  # a namesake in another oblast than the one named, and no village of that name there
            out.append(_mention(text, start, end, "settlement", place, (place,), None, None, place.oblast,
                                max((e for _, e in taken if e <= start), default=-9)))
            taken.append((start, end))
    # "Slavyansk-na-Kubani": the first part of a longer hyphenated name is not a place of its own.
    out = [m for m in out if not (m.kind == "settlement" and text[m.end:m.end + 1] == "-" and text[m.end + 1:m.end + 2].islower())]
    if "order" in text or "раниц" in text or "ордон" in text or "меж" in text:
        # "advanced to the Donetsk border", «вышли к границе с Запорожьем»: a region's edge, not its centre
        out = [m for m in out if not (m.kind == "settlement" and (
            _BORDER_AFTER.match(text, m.end) or _BORDER_WITH_BEFORE.search(text, max(0, m.start - 30), m.start)))]
    if "управл" in text:
        # «начальник Головного управління поліції»: an adjective naming a directorate, not a village
        out = [m for m in out if not (m.kind == "settlement" and _DIRECTORATE_AFTER.match(text, m.end))]
    # «Свободное Поле», "Vilne Pole": the first word of a longer name the gazetteer lacks is not a place
    out = [m for m in out if not (m.kind == "settlement" and text[m.end:m.end + 1] == " " and _NAME_TAIL_AFTER.match(text, m.end))]
    if "район" in text or "округ" in text:
        # «два района области — Рыльский и Льговский»: districts named after their noun, not villages
        out = [m for m in out if not (m.kind == "settlement" and m.text.endswith(("ский", "ський", "цкий", "цький", "зький"))
                                      and _DISTRICTS_LISTED_BEFORE.search(text, max(0, m.start - 120), m.start))]
    if "еревн" in text:
        out = [r for m in out if (r := _as_russian_village(text, m)) is not None]
    out.sort(key=lambda p: p.start)
    if cyr_areas:
        out = [m for m in out if not _across_the_border(text, m, cyr_areas)]
    if "ск" in text:
        out = _in_russian_districts(gaz, text, out)
    if "район" in text or "округ" in text or "istrict" in text or any(name in text for name in _GOVERNOR_REGION):
        settings = _russian_settings(text)
        if settings:
            out = [_in_russian_setting(text, m, cyr_areas, settings) for m in out]
    return _without_far_namesakes(gaz, out)


# The second word of a two-word village name: «Зелене Поле», «Вовчий Яр», "Zolota Balka".
_NAME_TAIL_AFTER = re.compile(r" (?:Поле|Поля|Полі|Яр|Яру|Балка|Балки|Балці|Балку|Гора|Горы|Гори|Лука|Луки|Рог|Рогу|Кут|Долина|Долины|Долини|"
                              r"Роща|Рощи|Гай|Брод|Брід|Криниця|Криницы|Колодязь|Колодезь|Хутор|Хутора|Хутори|"
                              r"Pole|Yar|Balka|Hora|Luka|Rih|Kut|Dolyna|Hai|Brid|Krynytsia)(?![\w'’-])")
_DISTRICTS_LISTED_BEFORE = re.compile(r"(?:район|округ)\w*(?:\s+[\w'’-]+){0,3}\s*[—–:]\s*(?:[\w'’-]+(?:\s*,\s*|\s+(?:и|і|й|та)\s+))*$")
# «деревня» names a Russian village: Russian reporting calls a Ukrainian one «село».
_RU_VILLAGE_BEFORE = re.compile(r"(?<![\w-])деревн\w*\s+(?:[А-ЯЁ][а-яё-]+(?:\s*,\s*|\s+и\s+))*$")


def _as_russian_village(text: str, m: PlaceMention) -> PlaceMention | None:
    """«в деревне Поповка»: the Russian namesake, or nothing when the gazetteer holds only Ukraine's."""
    if m.kind != "settlement" or m.country == "ru" or not _RU_VILLAGE_BEFORE.search(text, max(0, m.start - 80), m.start):
        return m
    russian = [c for c in m.candidates if c.oblast in RU_AREAS]
    if not russian:
        return None
    return _mention(text, m.start, m.end, "settlement", russian[0], tuple(russian), None, m._city, russian[0].oblast, m._prev_end)


_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:administrative\s+)?(?:border|boundary)\b(?!\s+(?:town|village|city|settlement|crossing|checkpoint)s?\b)")
_BORDER_WITH_BEFORE = re.compile(r"(?:\b(?:border|boundary) with (?:the )?|(?:границ|кордон|меж|адмінмеж|админграниц)\w* (?:с|со|з|із) )$")
_DIRECTORATE_AFTER = re.compile(r"\s+(?:[а-яіїєґё'’]+\s+)?(?:управлін|управлен)\w*")


_ADJ_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+(?:ая|ое|ый|ий|ые|яя|ее))\s+$")


def _in_russian_districts(gaz: Gazetteer, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A Ukrainian village's spelling followed by a Russian border district («Мокрая Орловка
    Грайворонского городского округа») is that district's own village, which the gazetteer lacks."""
    out = []
    for m in mentions:
        district = _RU_DISTRICT.match(text, m.end + 1) if m.kind == "settlement" and text[m.end:m.end + 1] == " " else None
        if district is None or m.place is None or m.place.oblast in _RU_REGIONS or not _is_cyr(m.text):
            out.append(m)
            continue
        adjective = _ADJ_BEFORE.search(text, max(0, m.start - 20), m.start)
        start = adjective.start(1) if adjective else m.start
        place = _unlisted_village(gaz, text[start:m.end], _DISTRICT_REGION[district.group(1)])
        if place is not None:
            out.append(_mention(text, start, m.end, "settlement", place, (place,), None, None, place.oblast, m._prev_end))
    for district in _RU_DISTRICT.finditer(text) if "район" in text or "округ" in text else ():
        # «... и Теребрено Краснояружского района»: a name the gazetteer lacks, mid-sentence before its district
        name = _NAME_BEFORE.search(text, max(0, district.start() - 40), district.start())
        if name is not None and _SETTLEMENT_NOUN_FIRST.match(name.group(1)):
            # «Поселок Кукуевка Погарского района» opening a sentence: the word for a village, then the name
            name = _NAME_BEFORE.search(text, name.start(1) + name.group(1).index(" ") + 1, district.start())
        if name is None or any(m.start < district.start() and name.start(1) < m.end for m in out) \
                or text[:name.start(1)].rstrip()[-1:] in ("", ".", "!", "?", "«", "\"", "—"):
            continue
        place = _unlisted_village(gaz, name.group(1), _DISTRICT_REGION[district.group(1)])
        if place is not None:
            out.append(_mention(text, name.start(1), name.end(1), "settlement", place, (place,), None, None, place.oblast))
    out.sort(key=lambda p: p.start)
    return out


# The governors of Russia's border regions: their reports name their region's villages.
_GOVERNOR_REGION = {"Гладков": "Belgorod", "Gladkov": "Belgorod", "Хинштейн": "Kursk", "Khinshtein": "Kursk",
                    "Khinshteyn": "Kursk", "Старовойт": "Kursk", "Starovoit": "Kursk", "Starovoyt": "Kursk",
                    "Богомаз": "Bryansk", "Bogomaz": "Bryansk"}
_RU_GOVERNOR = re.compile(r"(?<![\w-])(" + "|".join(_GOVERNOR_REGION) + r")(?![a-z])")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _russian_settings(text: str) -> list[tuple[int, str]]:
    """Where the text names a Russian border region's district or governor, and that region."""
    found: list[tuple[int, str]] = []
    # (scanned only before each noun the district needs: the stems' alternation is slow over a whole text)
    for noun, pattern, regions in (("район", _RU_DISTRICT, _DISTRICT_REGION), ("округ", _RU_DISTRICT, _DISTRICT_REGION),
                                   ("istrict", _RU_DISTRICT_EN, _DISTRICT_REGION_EN), ("okrug", _RU_DISTRICT_EN, _DISTRICT_REGION_EN)):
        at = text.find(noun)
        while at >= 0:
            d = pattern.search(text, max(0, at - 50), at + 10)
            if d is not None and d.end() > at:
                found.append((d.start(), regions[d.group(1)]))
            at = text.find(noun, at + 1)
    for name, region in _GOVERNOR_REGION.items():
        at = text.find(name)
        while at >= 0:
            if _RU_GOVERNOR.match(text, at) and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")):
                found.append((at, region))
            at = text.find(name, at + 1)
    return found


def _setting_region(text: str, m: PlaceMention, settings: list[tuple[int, str]]) -> str | None:
    """The Russian border region the sentence sets a name in by a district or a governor: the nearest."""
    if not any(m.start - 400 <= at < m.end + 400 for at, _ in settings):
        return None
    start = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start - 400), m.start)), default=max(0, m.start - 400))
    stop = _SENTENCE_END.search(text, m.end, m.end + 400)
    end = stop.start() if stop else min(len(text), m.end + 400)
    found = [(abs(at - m.start), region) for at, region in settings if start <= at < end]
    return min(found)[1] if found else None


def _in_russian_setting(text: str, m: PlaceMention, cyr_areas: list[tuple[int, int, str, str]],
                        settings: list[tuple[int, str]]) -> PlaceMention:
    """«В Валуйском округе атакованы сёла Борки и ...», "Borki, Gladkov said": a name that a Russian
    border region also holds is that region's village when the sentence names the region's district
    or its governor, unless the sentence names the namesake's own oblast."""
    if m.kind != "settlement" or m.place is None or len(m.candidates) < 2:
        return m
    region = _setting_region(text, m, settings)
    if region is None or m.place.oblast == region:
        return m
    inside = [c for c in m.candidates if c.oblast == region]
    if not inside or any(kind == "region" and area == m.place.oblast and abs(a - m.start) <= 200 for a, _b, area, kind in cyr_areas) \
            or re.search(rf"\b{re.escape(m.place.oblast)}\b", text[max(0, m.start - 200):m.end + 200]):
        return m
    place = inside[0]
    return _mention(text, m.start, m.end, "settlement", place, (place, *(c for c in m.candidates if c is not place)),
                    None, m._city, place.oblast, m._prev_end)


_SETTLEMENT_NOUN_FIRST = re.compile(r"(?:Село|Поселок|Посёлок|Хутор|Деревня|Слобода) ")
_NAME_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)*(?: [А-ЯЁ][а-яё-]{2,})?)\s+$")


def _across_the_border(text: str, m: PlaceMention, cyr_areas: list[tuple[int, int, str, str]]) -> bool:
    """«освободили Гончаровку в Курской области»: the region named right after a name lies across
    the border from every place the name can mean, so the name is a village the gazetteer lacks."""
    if m.kind != "settlement" or m.place is None:
        return False
    for a, _b, area, kind in cyr_areas:
        if kind == "region" and a > m.end and _LIST_TO_AREA.fullmatch(text, m.end, a):
            return all(_other_country(c.oblast, area) for c in (m.candidates or (m.place,)))
    return False


# " of " and a capital first (a literal re finds it fast), then the settlement word before it.
_EN_OF = re.compile(r" of\s+(?=[A-Z])")
# (the verbs without their first letter: a pattern opening with literals is scanned for fast; _captured_objects checks the rest)
_EN_CAPTURED = re.compile(r"(?:aptured|eized|iberated|apture of|iberation of)\s+(?=[A-Z][a-z])")


def _captured_objects(text: str) -> set[int]:
    """Where the names after "captured", "seized", "liberated", "the capture of" begin."""
    return {m.end() for m in _EN_CAPTURED.finditer(text) if m.start() > 0 and text[m.start() - 1] in "CcSsLl"
            and (m.start() < 2 or not text[m.start() - 2].isalnum())}
_EN_SETTLEMENT_WORD = re.compile(r"\b(?:settlements?|villages?|towns?|cit(?:y|ies)|hamlets?|communit(?:y|ies)|localit(?:y|ies))$")
_EN_NAME_RUN = re.compile(r"[A-Z][a-z'’-]+(?:(?<=-)[A-Z][a-z'’-]+)?(?:\s+[A-Z][a-z'’-]+)?")
_EN_RUN_GLUE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "Officials in Kharkiv said ...": the place the local officials report from, not a speaker named after it.
_OFFICIALS_IN = re.compile(r"\b(?:officials|authorities|administration|police|rescuers|governor|mayor|emergency services)\s+$",
                           re.IGNORECASE)
# Between a place and the "near Y" that locates it: nothing, a comma, or a bearing (", further north").
_NEAR_GAP = re.compile(r",?\s+(?:(?:further|farther|just|slightly|also)\s+)?(?:(?:north|south|east|west)(?:east|west)?\s+)?")
# The words of "near" that, right after a place, only say where it lies («Північне біля Торецька»).
_NEAR_WORDS = ("біля ", "поблизу ", "під ", "под ", "около ", "возле ", "вблизи ")
_SETTLEMENT_IN = re.compile(r"\b(?:village|town|settlement|hamlet|hub|stronghold|bastion)\s+$")
# "Zelene in the Kharkiv region", "Novosadovoye Settlement in Donetsk Region", "Kotlyarovka settlement in the DPR".
_EN_IN_REGION_TAIL = (r"in (?:the )?(?:[A-Z][\w'’-]+ (?:[Rr]egion|[Oo]blast|[Pp]rovince)\b|"
                      r"DPR\b|LPR\b|(?:Donetsk|Lugansk|Luhansk) People['’]s Republic)")
# (the settlement words are single words of letters: _in_region_matches steps back over one)
_EN_IN_REGION = re.compile(r"(?:\s+(?:[Ss]ettlement|[Vv]illage|[Tt]own|[Hh]amlet))?\s+" + _EN_IN_REGION_TAIL)
_EN_IN_REGION_AT = re.compile(_EN_IN_REGION_TAIL)
_EN_IN_REGION_WORDS = ("egion", "blast", "rovince", "DPR", "LPR", "Republic")
"""One of these is in every match of _EN_IN_REGION: most texts need not be scanned with it."""


def _in_region_matches(text: str) -> Iterator[re.Match[str]]:
    """_EN_IN_REGION.finditer(text), found from the literal "in " that every match holds: re skips
    straight to those instead of trying the pattern at every space of a long text."""
    pos = 0
    while (tail := _EN_IN_REGION_AT.search(text, pos)) is not None:
        at = tail.start()
        if at <= pos or not text[at - 1].isspace():
            pos = at + 1
            continue
        # Back over the spaces, a settlement word and the spaces before it: no match starts earlier.
        lo = at - 1
        while lo > pos and text[lo - 1].isspace():
            lo -= 1
        word = lo
        while word > pos and lo - word < 12 and text[word - 1].isalpha():
            word -= 1
        while word > pos and text[word - 1].isspace():
            word -= 1
        found = _EN_IN_REGION.search(text, word)
        if found is None:  # pragma: no cover (a match starts at lo at the latest)
            return
        yield found
        pos = found.end()


_EN_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+$")
# A headline in Title Case ("Attack Injures Three Women in Bryansk Region"): any word is capitalised there,
# so only a name the settlement word follows ("Liberate Novosadovoye Settlement in ...") is a village.
_SETTLEMENT_WORD_AFTER = re.compile(r"\s+(?:[Ss]ettlement|[Vv]illage|[Tt]own|[Hh]amlet)\b")
_TITLE_CASE_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+[A-Z][\w'’-]*\s+$")
_EN_REPUBLIC = re.compile(r"\b(?:(?P<d>Donetsk People['’]s Republic|DPR|DNR)|Lu[hg]ansk People['’]s Republic|LPR|LNR)\b")


def _guessed_latin(gaz: Gazetteer, text: str, mentions: list[PlaceMention],
                   taken: list[tuple[int, int]]) -> list[tuple[int, int, Place | None]]:
    """Latin names a settlement word introduces that the gazetteer does not spell this way,
    resolved by their consonant skeleton within the oblast named right after them (None: a
    known name whose places all lie outside the oblast named, which none there matches)."""
    out: list[tuple[int, int, Place]] = []
    resolved = {m.start: m for m in mentions if m.kind == "settlement" and m.place is not None}
    starts = [m.end() for m in _EN_OF.finditer(text) if _EN_SETTLEMENT_WORD.search(text, max(0, m.start() - 12), m.start())]
    captured: set[int] = set()
    if "aptur" in text or "eize" in text or "liberat" in text:
        # "Russia says it captured Zaporozhskoe": a capture's object is a place, whatever its spelling
        captured = _captured_objects(text) - set(starts)
        starts += captured
    # "liberate Zelenoye in Kharkov Region", "hit Zelene in the Kharkiv region": a name with its oblast right after it.
    located = [] if not any(map(text.__contains__, _EN_IN_REGION_WORDS)) else [
               [(name.start(), name.end())] for r in _in_region_matches(text)
               if (name := _EN_NAME_BEFORE.search(text, max(0, r.start() - 40), r.start())) is not None
               and (name.start() in resolved or not (find_actors(name.group()) or is_person(text, name.start(), name.end())
                                                     or (_TITLE_CASE_BEFORE.search(text, max(0, name.start() - 40), name.start())
                                                         and not _SETTLEMENT_WORD_AFTER.match(r.group()))))]
    for names in (*_name_runs(text, starts, _EN_NAME_RUN, _EN_RUN_GLUE), *located):
        for start, end in names:
            if "istrict" in text and _EN_DISTRICT_AFTER.match(text, end):
                continue  # "Valuysky urban district": the district a village lies in, no village of its own
            known = resolved.get(start)
            if known is not None and captured and names[0][0] in captured:
                continue  # a capture's object the gazetteer knows: only a spelling it lacks needs guessing
            if known is not None:
                end = known.end
            elif any(a < end and start < b for a, b in taken):
                inner = next((m for s0, m in resolved.items() if start < s0 < end and m.end <= end), None)
                oblast = _next_oblast(((n.start, n.area) for n in mentions if n.kind == "region"), _EN_REPUBLIC, text, end)
                if inner is not None and oblast in _RU_REGIONS and inner.place.oblast not in _RU_REGIONS \
                        and (place := _unlisted_village(gaz, text[start:end], oblast)) is not None:
                    # "the village of Mokraya Orlovka in the Belgorod Region": the whole name, not a
                    # Ukrainian Orlovka inside it
                    out += [(inner.start, inner.end, None), (start, end, place)]
                continue
            oblast = _next_oblast(((n.start, n.area) for n in mentions if n.kind == "region"), _EN_REPUBLIC, text, end)
            if oblast is None and "istrict" in text and (district := _RU_DISTRICT_EN.match(text, end)) is not None:
                oblast = _DISTRICT_REGION_EN[district.group(1)]  # "the village of X, Shebekinsky urban district"
            if oblast is None and known is None:
                # "the village of Uspenovka, southwest of Kurakhove": no oblast named, but the town that
                # locates the village lies in one, and villages near a town lie in its oblast.
                oblast = _next_oblast(((n.start, n.place.oblast) for n in mentions if n.kind == "settlement" and n.place
                                       and n.start > end), _EN_REPUBLIC, text, end)
            if oblast is None:
                if known is None and (place := gaz.guess_latin_at_front(text[start:end])) is not None:
                    # "the villages of Berdichi and Semenovka": a settlement word names them, the front places them
                    out.append((start, end, place))
                continue
            if known is not None and any(c.oblast == oblast for c in (known.place, *known.candidates)):
                continue  # the codifier's own spelling in the oblast named
            # A namesake spelling is a real name already, and a long name's three consonants rarely collide.
            place = gaz.guess_latin(text[start:end], oblast, 3 if known or end - start >= 6 else 4)
            if place is None and oblast in _RU_REGIONS:
                # "the village of Oleshnya in the Kursk region": a Russian border village the gazetteer
                # lacks (a Ukrainian village of the same spelling is a namesake)
                place = _unlisted_village(gaz, text[start:end], oblast)
            if place is not None or (known is not None and _EN_IN_REGION.match(text, end)):
                out.append((start, end, place))  # a namesake dropped only when its oblast is named right after it
    return out


_RU_REGIONS = frozenset(OBLASTS_RU.values())
_FAR_KM = 150.0
_NEAR_CHARS = 250


def _without_far_namesakes(gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A report about a Russian border region names its own villages, which the gazetteer mostly
    lacks: a Ukrainian village of the same spelling, far from the Russian places named beside it
    and with no Ukrainian place near it in the text, is a namesake (Belgorod's «Смородино» is not
    Zaporizhzhia's Smorodyne)."""
    if not any(m.place and m.place.oblast in _RU_REGIONS or m.area in _RU_REGIONS for m in mentions):
        return mentions
    def russian_spelt(m: PlaceMention) -> bool:
        # "Dronovka" for Dronivka: a Latin name written other than the Ukrainian village's own spelling
        return m.text.isascii() and fold(m.text) != fold(m.place.name)

    def doubtful(m: PlaceMention) -> bool:
        return m.kind == "settlement" and (len(m.candidates) <= 1 or russian_spelt(m)) \
            and m.place.oblast not in _RU_REGIONS and m.place.population < 20_000

    kept = []
    for m in mentions:
        if doubtful(m):
            near = [n for n in mentions if n is not m and abs(n.start - m.start) <= _NEAR_CHARS and not doubtful(n)]
            anchors = [n.place for n in near if n.kind == "settlement" and n.place.oblast in _RU_REGIONS]
            anchors += [p for n in near if n.kind == "region" and n.area in _RU_REGIONS and (p := gaz.resolve(n.area))]
            ukrainian = [n for n in near if (n.place.oblast if n.place else n.area) not in _RU_REGIONS]
            if anchors and not ukrainian and (russian_spelt(m) or all(
                    distance_km(m.place.lat, m.place.lon, a.lat, a.lon) > _FAR_KM for a in anchors)):
                continue
        kept.append(m)
    return kept



# A settlement word, then the names it introduces: «населенные пункты А и Б», «село В», «смт Г».
# Each branch opens on its letter (the word boundary checked behind it), so re skips through a
# story to the few letters that can start one.
_SETTLEMENT_WORD = re.compile(r"(?:н(?<!\wн)(?:асел[её]?нн?\w*\s+пункт\w*(?:,?\s+(?:как|як|таких как)|:|"
                              # «освободили 12 населенных пунктов в Харьковской области: А, Б, ...»
                              r"\s+(?:в|у|на)\s+(?:[А-ЯІЇЄҐЁ][\w'’-]+\s+(?:област\w*|регион\w*)|[ДЛ]НР)\s*:)?|асел\.\s*пункт\w*)|"
                              r"с(?<!\wс)(?:ел[оаеуі]|елом|елищ[еаіу]|мт|\.)|п(?<!\wп)ос[её]л(?:ок|ка|ке|ком)|"
                              r"д(?<!\wд)еревн(?:[еяию]|ей|ях)|"
                              # the noun of a capture: «об освобождении Бессаловки», «взяття Новоолександрівки»
                              r"о(?<!\wо)свобождени(?:е|я|и|ем)|в(?<!\wв)зяти(?:е|я|и|ем)|з(?<!\wз)ахват(?:а|е|ом)?|"
                              r"з(?<!\wз)вільнення|з(?<!\wз)ахоплення|в(?<!\wв)зяття|х(?<!\wх)утор[аеу]?|с(?<!\wс)ел(?:ах|ам)|с(?<!\wс)лобод[аеуы]|"
                              # a bulletin's «в районе Рыжевки», «в районах Старицы и ...»: the area of settlements
                              r"(?<=в )р(?:айоне|айонах|айоні))\s+(?=[А-ЯІЇЄҐЁ])")
_NAME_RUN = re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+(?:(?<=-)[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+)?"
                       r"(?:\s+[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+(?:(?<=-)[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+)?)?")
_REGION_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк)(?:ої|ой|ій|ей|ая|а)$")
_RUN_GLUE = re.compile(r"\s*,\s*|\s+(?:и|і|й|та)\s+")
_AREA_NOUN_AFTER = re.compile(r"(?:\s+[А-ЯІЇЄҐ][а-яіїєґё'’-]+(?:ской|ского|цкой|цкого|ської|ського|цької|цького))?"
                              r"\s+(?:области|області|района|району|округа|края)(?![\w-])")


def _name_runs(text: str, starts: Iterable[int], name: re.Pattern[str], glue: re.Pattern[str]):
    """From each position right after a settlement word, the spans of the names it introduces:
    «пункты А, Б и В», "the villages of A, B and C"."""
    for at in starts:
        names = []
        while (m := name.match(text, at)) is not None:
            names.append((m.start(), m.end()))
            # «А Запорожской области, Б, В и Г Днепропетровской области»: a name's oblast does not end the list
            tail = _AREA_NOUN_AFTER.match(text, m.end()) if name is _NAME_RUN else None
            joined = glue.match(text, tail.end() if tail is not None else m.end())
            if joined is None or not text[joined.end():joined.end() + 1].isupper():
                break
            at = joined.end()
        yield names


# The districts of Russia's border regions, by their adjective: a governor locates a village by its
# district («в селе Ржевка Шебекинского городского округа»), rarely by the region.
_RU_DISTRICTS = {
    "Belgorod": ("Белгородск", "Шебекинск", "Грайворонск", "Краснояружск", "Борисовск", "Валуйск", "Волоконовск",
                 "Ракитянск", "Яковлевск", "Новооскольск", "Вейделевск", "Ровеньск", "Алексеевск", "Корочанск",
                 "Прохоровск", "Губкинск", "Старооскольск", "Ивнянск", "Чернянск", "Красненск"),
    "Kursk": ("Рыльск", "Глушковск", "Кореневск", "Суджанск", "Беловск", "Большесолдатск", "Хомутовск", "Льговск",
              "Курчатовск", "Дмитриевск", "Железногорск", "Конышевск", "Обоянск", "Пристенск", "Медвенск",
              "Солнцевск", "Мантуровск", "Горшеченск", "Щигровск", "Фатежск", "Поныровск", "Золотухинск", "Касторенск"),
    "Bryansk": ("Климовск", "Новозыбковск", "Злынковск", "Стародубск", "Погарск", "Суземск", "Севск", "Комаричск",
                "Трубчевск", "Брасовск", "Выгоничск", "Почепск", "Унечск", "Гордеевск", "Клинцовск", "Навлинск",
                "Карачевск", "Мглинск", "Суражск"),
}
_DISTRICT_REGION = {stem: region for region, stems in _RU_DISTRICTS.items() for stem in stems}
# (every match holds «район» or «округ»: a story with neither is not scanned with it)
_RU_DISTRICT = re.compile(r"(?<![\w-])(" + "|".join(sorted(_DISTRICT_REGION, key=len, reverse=True)) + r")(?:ого|ом|ий|ая|ой|ую)\s+"
                          r"(?:(?:городск|муниципальн)\w*\s+)?(?:район|округ)\w*")
# The same districts in English, named right after a village: "X, Krasnoyaruzhsky district", "X in the Rylsky district"
_DISTRICT_REGION_EN = {ru_to_latin(stem): region for stem, region in _DISTRICT_REGION.items()}
_RU_DISTRICT_EN = re.compile(r",?\s+(?:in\s+(?:the\s+)?)?(" + "|".join(sorted(_DISTRICT_REGION_EN, key=len, reverse=True)) +
                             r")(?:y|iy|yi|yy|ii|ij|oy)\s+(?:(?:urban|municipal|city)\s+)?(?:district|okrug)\b")
_EN_DISTRICT_AFTER = re.compile(r"\s+(?:(?:urban|municipal|city)\s+)?district\b")
_UNLISTED_LATIN = re.compile(r"[A-Z][a-z'’]{2,}(?:-[A-Za-z][a-z'’]+)*(?: [A-Z][a-z'’-]{2,})?")
_YE_AFTER_VOWEL = re.compile(r"(?<=[aeiou])e")
# How Russian village names end, romanised (Oleshnya, Terebreno, Zadorozhny, Sverdlikovo, Glushkovo, Tetkino)
_SLAVIC_END = re.compile(r"(?:[aeiouy]|sk|[kv]|ets|in|yn)$", re.IGNORECASE)
_DISTRICT_ADJECTIVE = re.compile(r"(?:ского|цкого|ском|цком|ской|цкой|ских|цких|skogo|tskogo)$")
_UNLISTED_NAME = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)*(?: [А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁа-яё][а-яё]+)*)?")


def _district_region(text: str, start: int, end: int) -> str | None:
    """The Russian border region whose district the sentence locates a name in, near the name."""
    found = _RU_DISTRICT.search(text, max(0, start - 120), min(len(text), end + 120)) if "ск" in text else None
    return _DISTRICT_REGION[found.group(1)] if found else None


_BESIDE = re.compile(r"\s+(?:под|возле|около|біля|поблизу|неподалік від|недалеко от)\s+")


def _town_beside(text: str, end: int, resolved: dict[int, PlaceMention]) -> str | None:
    """The oblast of the town a village is located by right after its name («село Лесное под Харьковом»)."""
    beside = _BESIDE.match(text, end)
    town = resolved.get(beside.end()) if beside else None
    return town.place.oblast if town is not None and town.place is not None else None


def _unlisted_village(gaz: Gazetteer, name: str, region: str) -> Place | None:
    """A village of a Russian border region the gazetteer lacks («хутор Подольхи», «село Кукуевка»),
    placed at its region's centre: the gazetteer holds Ukraine's every settlement but only Russia's
    larger ones, and a governor's hamlet is still where the strike was."""
    if region not in _RU_REGIONS or not (_UNLISTED_NAME.fullmatch(name) or _UNLISTED_LATIN.fullmatch(name)):
        return None
    if _DISTRICT_ADJECTIVE.search(name):
        return None  # «села Грайворонского округа»: a district's adjective in an oblique case, not a village's name
    if name.isascii() and not _SLAVIC_END.search(name):
        return None  # "from Ukrainian Control in Kursk Region": a title-cased English word, not a Russian village
    centre = next((p for p in gaz.candidates(region) if p.oblast == region and p.name == region), None)
    if centre is None:
        return None
    # romanised as the gazetteer's own border villages are (GeoNames' style: ye after a vowel, «Мощеное» Moshchenoye)
    latin = _YE_AFTER_VOWEL.sub("ye", ru_to_latin(name.replace("ё", "е"))) if _is_cyr(name) else name
    return Place(latin, region, centre.lat, centre.lon, 0, "village", True)


def _guessed_settlements(gaz: Gazetteer, text: str, cyr_areas: list[tuple[int, int, str, str]],
                         taken: list[tuple[int, int]], resolved: dict[int, PlaceMention]) -> list[tuple[int, int, Place]]:
    """Names a settlement word introduces that the gazetteer does not spell this way, or that it
    resolved to a namesake outside the oblast the sentence names, resolved by their skeleton
    within that oblast (Gazetteer.guess_cyrillic)."""
    out: list[tuple[int, int, Place]] = []
    for names in _name_runs(text, (m.end() for m in _SETTLEMENT_WORD.finditer(text)), _NAME_RUN, _RUN_GLUE):
        # the region that frames the whole list: «пункты А, Б и В в Курской области», «В Курской
        # области освобождены населенные пункты А и Б»
        framing = _framing_region(text, names, cyr_areas) if names else None
        for start, end in names:
            if " " in text[start:end] and (_REGION_ADJECTIVE.search(text, start, end) or _RU_DISTRICT.match(
                    text, start + text[start:end].index(" ") + 1)):
                # «Верхнекаменское Донецкой ...», «Николаевка Белгородского района»: the oblast or district follows
                end = start + text[start:end].index(" ")
            known = resolved.get(start) or next((m for s, m in resolved.items() if start < s < end), None)
            if known is not None and known.start == start and known.end > end:
                end = known.end  # «пункт Красная гора»: the gazetteer's name runs on past the capitals
            if known is not None and known.end <= end:
                oblast = _oblast_named(text, known.end, cyr_areas)
                oblast = framing or _district_region(text, known.start, known.end) or oblast or _town_beside(text, known.end, resolved)
                if oblast is None and known.place is not None and gaz.front_km(known.place) > _SHELLED_KM:
                    # «село Красная гора к северу от Артемовска»: a name far from the war beside the sentence's
                    # other places, all in one oblast, is that oblast's namesake in Moscow's spelling
                    others = {m.place.oblast for m in resolved.values() if m is not known and m.place is not None}
                    oblast = others.pop() if len(others) == 1 else None
                if (known.start, known.end) != (start, end) and (whole := gaz.guess_cyrillic(text[start:end], oblast)):
                    # «Старые Терны», «Боровская Андреевка»: Moscow's spelling of a two-word name, not its last word
                    out += [(known.start, known.end, None), (start, end, whole)]
                    continue
                if oblast and known.place.oblast != oblast:
                    # «... Ильинка и Желанное Донецкой ...»: a namesake of the oblast named, when the spelling has one
                    place = next((c for c in known.candidates if c.oblast == oblast), None) or gaz.guess_cyrillic(known.text, oblast)
                    if place is None:
                        # «село Николаевка Белгородского района»; «в селах ... Ясные Зори»: the whole name
                        place = _unlisted_village(gaz, text[start:end], oblast)
                        if place is not None and known.start != start:
                            out += [(known.start, known.end, None), (start, end, place)]
                            continue
                    if place is not None or ((_other_country(known.place.oblast, oblast) or _old_name(known)) and (framing or any(
                            _JUST_BEFORE_AREA.fullmatch(text, known.end, a) for a, _, _, _ in cyr_areas if a > known.end))):
                        # «Отрадное Днепропетровской области» is not Crimea's Otradnoe, «Городище Курской
                        # области» not a Ukrainian Horodyshche: a wrong village is worse than none (a
                        # Ukrainian namesake of the same name keeps at least the name the claim is about)
                        out.append((known.start, known.end, place))
                continue
            if any(a < end and start < b for a, b in taken) or _REGION_ADJECTIVE.search(text, start, end):
                continue  # a place already, or «Запорізької та Херсонської областей»: regions
            end = min([a for a, _, _, _ in cyr_areas if start < a < end] or [end])
            if any(a <= start < b for a, b, _, _ in cyr_areas):
                continue
            # «села Ягодное под Бахмутом»: a town right after the name says the oblast too
            oblast = _oblast_named(text, end, cyr_areas) or _town_beside(text, end, resolved)
            place = gaz.guess_cyrillic(text[start:end], oblast)
            if place is None and " " in text[start:end]:
                # «Верхнекаменское Донецкой ...»: the second capital starts the oblast, not the name.
                end = start + text[start:end].index(" ")
                place = gaz.guess_cyrillic(text[start:end], oblast)
            if place is None and (region := framing or _district_region(text, start, end) or oblast) is not None:
                place = _unlisted_village(gaz, text[start:end], region)
            if place is not None:
                out.append((start, end, place))
    if "освоб" in text or "занял" in text or "взял" in text:
        out += _captured_before_oblast(gaz, text, cyr_areas, taken, resolved, out)
    return out


# «освободили Запорожское Днепропетровской области»: a verb of capture right before a name the
# gazetteer does not spell this way, its oblast right after it
_CAPTURE_VERB_BEFORE = re.compile(r"(?<![\w-])(?:освободил[аи]?|освобождены|освобожден[оа]?|заняли|занял[аи]?|взяли)\s+(?=[А-ЯЁ])")
_NAME_WORD = re.compile(r"[А-ЯЁ][а-яё-]+")


def _captured_before_oblast(gaz: Gazetteer, text: str, cyr_areas: list[tuple[int, int, str, str]],
                            taken: list[tuple[int, int]], resolved: dict[int, PlaceMention],
                            found: list[tuple[int, int, Place | None]]) -> list[tuple[int, int, Place]]:
    """Names a Russian verb of capture takes whose oblast follows at once, guessed within that oblast."""
    out = []
    for verb in _CAPTURE_VERB_BEFORE.finditer(text):
        if (word := _NAME_WORD.match(text, verb.end())) is None:
            continue
        start, end = word.span()
        if start in resolved or any(a < end and start < b for a, b in taken) or any(a < end and start < b for a, b, _ in found) \
                or any(a < end and start < b for a, b, _, _ in cyr_areas):
            continue
        area = next((name for a, _, name, kind in cyr_areas if kind == "region" and a > end
                     and text[end:a].strip() in ("", "в", "на территории")), None)
        if area is None and (near := _NEAR_TOWN.match(text, end)) is not None and (town := resolved.get(near.end())) is not None \
                and town.place is not None:
            area = town.place.oblast  # «освободили Клещеевку под Бахмутом»: the town beside it says the oblast
        if area is None and not _TOPONYM_ENDING.search(text, start, end):
            continue  # (a man freed, «освободили Иванова», is no village: only a village's ending goes without an oblast)
        if (place := gaz.guess_cyrillic(text[start:end], area)) is not None:
            out.append((start, end, place))
    return out


_NEAR_TOWN = re.compile(r"\s+(?:под|возле|около|близ|вблизи|у)\s+")
_TOPONYM_ENDING = re.compile(r"(?:овк[уаие]|евк[уаие]|ивк[уаие]|ое|ее|ино|ово|ево)$")


# Between a name and the oblast that follows it: «Отрадное Днепропетровской области», «Отрадное в ДНР».
_JUST_BEFORE_AREA = re.compile(r"\s+(?:(?:в|во|на|у)\s+)?")
_OCCUPIED_NAMES = frozenset(("Crimea", "Sevastopol"))
# After a list's last name, the region: «... и Старая Сорочина в Курской области»; before it, the
# verb and the settlement word: «В Курской области освобождены населённые пункты ...».
_LIST_TO_AREA = re.compile(r"\s+(?:(?:в|во|на|у)\s+)?")
_AREA_TO_LIST = re.compile(r"[\s,]+(?:[а-яіїєґё-]+\s+){0,3}(?:населённ|населенн|сел|посёл|посел|деревн|хутор)\w*\s+(?:пункт\w*\s+)?")


def _framing_region(text: str, names: list[tuple[int, int]], cyr_areas: list[tuple[int, int, str, str]]) -> str | None:
    """A region named right after a list of names, or just before the settlement word that opens it."""
    last = names[-1][1]
    for a, b, area, kind in cyr_areas:
        if kind != "region":
            continue
        if a >= last and _LIST_TO_AREA.fullmatch(text, last, a):
            return area
        if names[-1][0] < a < last:
            return area  # «... Ильинка и Желанное Донецкой Народной Республики»: the run took the region's first word
        if b <= names[0][0] and names[0][0] - b <= 45 and _AREA_TO_LIST.fullmatch(text, b, names[0][0]):
            return area
    return None


def _old_name(m: PlaceMention) -> bool:
    """The name written is one the place had before it was renamed («Жовтневое», now Slobozhanske):
    in another oblast than the one named it is a village still called so there, not this one."""
    return m.place is not None and consonant_skeleton(ru_to_latin(m.text))[:1] != consonant_skeleton(m.place.name)[:1]


def _other_country(place_oblast: str, named: str) -> bool:
    """The place and the oblast named lie on different sides: Russia's regions and Crimea's
    Russian-named villages against the Ukrainian oblasts."""
    def russian_named(oblast: str) -> bool:
        return oblast in _RU_REGIONS or oblast in _OCCUPIED_NAMES
    return russian_named(place_oblast) != russian_named(named)


def _next_oblast(regions: Iterable[tuple[int, str]], republic: re.Pattern[str], text: str, at: int) -> str | None:
    """The oblast a sentence names next after `at` (within 120 characters): one of `regions`
    (start, oblast), or a People's Republic."""
    ahead = [(s, area) for s, area in regions if at <= s <= at + 120]
    if (rep := republic.search(text, at, at + 120)) is not None:
        ahead.append((rep.start(), republic_oblast(rep)))
    return min(ahead)[1] if ahead else None


def _oblast_named(text: str, at: int, cyr_areas: list[tuple[int, int, str, str]]) -> str | None:
    """The oblast the sentence names next after `at` (within 120 characters), or the nearest before
    it in the same sentence (sentences are lines here: a region two paragraphs up frames nothing)."""
    regions = [(s, area) for s, _, area, kind in cyr_areas if kind == "region"]
    if (oblast := _next_oblast(regions, PEOPLES_REPUBLIC, text, at)) is not None:
        return oblast
    behind = [(s, area) for s, area in regions if s < at]
    if not behind:
        return None
    start, area = max(behind)
    return area if "\n" not in text[start:at] else None

# "\bО?ТГ\b" written as two branches that open on their letter (the boundary checked behind it),
# so re skips through a story to the few letters that can start a match.
_HROMADA_NOUN = re.compile(r"(?:громад|общин)\w*|О(?<!\w.)ТГ\b|Т(?<!\w.)Г\b")
_HROMADA_WORDS = ("громад", "общин", "ТГ")
"""One of these is in every match of _HROMADA_NOUN: a story with none is not scanned with it."""
# (each adjective may carry a count in brackets: «Есманська (2 вибухи) і Хотинська (5 вибухів) громади»)
_HROMADAS = re.compile(r"((?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*|\s+(?:та|і|й|и)\s+))*"
                       r"(?<![-\w])[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*)(?:\s*\([^()\n]{1,30}\))?\s+"
                       r"(?:(?:міськ|селищн|сільськ|городск|сельск|поселков)\w*\s+)?(?:територіальн\w*\s+)?$")


# Settlements of a community, counted or not, before its adjective: «сіл», «селищ», «населені пункти», «сел».
_VILLAGES_OF = re.compile(r"(?<![\w'’])(?:сіл|села|селищ|селища|населен\w* пункт\w*|населённ\w* пункт\w*|сел|деревень|поселков)\s+$")


def _lists_before(text: str, noun: re.Pattern[str], listed: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of `listed` (a pattern ending at the end of its window) right before each `noun`."""
    out = []
    for m in noun.finditer(text):
        found = listed.search(text, max(0, m.start() - 160), m.start())
        if found is not None:
            out.append(found)
    return out
_HROMADAS_AFTER = re.compile(r"\w*(?:\s+(?:област\w*|район\w*|регіону))?\s*:\s*((?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*"
                             r"(?:\s*,\s*|\s+(?:та|і|й|и)\s+))*[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*)")
# «Лиман Первый», «Шевченко Второе»: an ordinal that makes a second name, and Kyiv's forms of it.
_ORDINAL_AFTER = re.compile(r"[ -](Первы[йе]|Первое|Первая|Второй|Второе|Вторая|Перший|Перше|Перша|Другий|Друге|Друга)(?![\w-])")
_ORDINALS = {"первый": ("Pershyi", "Pershe", "Persha"), "первое": ("Pershe", "Pershyi"), "первая": ("Persha",),
             "перший": ("Pershyi",), "перше": ("Pershe",), "перша": ("Persha",),
             "второй": ("Druhyi", "Druhe"), "второе": ("Druhe", "Druhyi"), "вторая": ("Druha",),
             "другий": ("Druhyi",), "друге": ("Druhe",), "друга": ("Druha",)}
_ELIDED_HROMADA = re.compile(r"(?<![\w'’])(?:[УуВв]|[Пп]о(?:\s+території)?)\s+([А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ]?[а-яіїєґ'’]+)*(?:ськ|цьк|зьк)(?:ій|ої))"
                             r"(?=\s*(?:[–—:,(]|\d|(?:був|була|було|були|зафіксован\w*|противник|ворог|окупант\w*|росіяни|рф|з|із|від|після|близько)\b))")
_CYR_LIST_SPLIT = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*,\s*|\s+(?:та|і|й|и)\s+)")
_ADJECTIVE_FORM = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:а|у|ого|ої|ій|і|е|ая|ую|ой|ие|ое)$")
_LOWER_AFTER = re.compile(r" [а-яіїєґё]")
# «трасса «Рыльск — Дурово»», «на автодорозі Суми – Путивль»: a road named by two towns
_ROAD_NAMED = re.compile(r"(?:трасс|автодорог|дорог|автодороз|дороз|шоссе|траса|трасі|трасу|автошлях)\w*\s+[«\"“]?"
                         r"([А-ЯЁІЇЄ][\w'’-]+\s*[—–-]\s*[А-ЯЁІЇЄ][\w'’-]+)")
# «Мирный житель», «Мирні мешканці», «мирное население»: "peaceful" before the people it describes, not Myrne
_CIVILIANS_AFTER = re.compile(r"\s+(?:жител|жительниц|мешкан|населени|населенн|граждан|громадян)\w*")
_ADJECTIVE_SUFFIX = re.compile(r"(?:ськ|цьк|зьк|ск|цк)[а-яіїєґ]{0,3}$")  # the last suffix, not one inside the stem


_COMPOUND_FORMS = {"велико": ("велика", "великий", "велике", "великі", "великая", "великое", "великие"),
                   "мало": ("мала", "малий", "мале", "малі", "малая", "малый", "малое", "малые"),
                   "нижньо": ("нижня", "нижній", "нижнє", "нижні"), "верхньо": ("верхня", "верхній", "верхнє", "верхні"),
                   # Kyiv's Russian-language copy: «Великописаревская громада», «Нижнесирогозская»
                   "нижне": ("нижняя", "нижний", "нижнее", "нижние"), "верхне": ("верхняя", "верхний", "верхнее", "верхние"),
                   "старо": ("стара", "старий", "старе", "старі", "старая", "старый", "старое", "старые"),
                   "ново": ("нова", "новий", "нове", "нові", "новая", "новый", "новое", "новые")}
_COMPOUND_HEAD = re.compile("|".join(_COMPOUND_FORMS))


def _adjective_town(gaz: Gazetteer, adjective: str, oblasts: Iterable[str] = (),
                    near: Sequence[tuple[Place, float]] = ()) -> Place | None:
    """The town a community's adjective is made from: «Нікопольська» -> Nikopol, «Марганецька» ->
    Marhanets, «Семенівська» -> Semenivka, «Городнянська» -> Horodnia (known places of 1,000+ only).
    With `near` (the places and district centres the sentence names beside it, each with how far
    from it the town may lie), the namesake among them: «Покровська громада» by Nikopol is Pokrov,
    in the Synelnykove district Pokrovske."""
    if near:
        beside = [(distance_km(p.lat, p.lon, a.lat, a.lon) / km, p) for guess in _adjective_guesses(adjective)
                  if guess not in gaz.weak_names for i in gaz.names.get(guess, ())
                  if not (p := gaz.places[i]).approx for a, km in near
                  # (a town of unknown size only in the district said to hold it)
                  if a is not p and (p.population >= 1_000 or not p.population and km == _DISTRICT_KM)]
        if beside and (closest := min(beside, key=lambda dp: dp[0]))[0] <= 1:
            return closest[1]
    found: list[Place] = []
    for guess in _adjective_guesses(adjective):
        cands = gaz.names.get(guess)
        if cands and guess not in gaz.weak_names:
            place = gaz.places[cands[0]]
            if not place.approx and place.population >= 1_000:
                found.append(place)
    if (named := next((p for p in found if p.oblast in oblasts), None)) is not None:
        return named  # the oblast the sentence names settles it
    if len(found) > 1 and gaz.front_km(found[0]) > _SHELLED_KM:
        # «Хотинская община» is Sumy's Khotin (Хотінь), not Khotyn far in Chernivtsi: a shelled
        # community lies near the front or the border
        return next((p for p in found[1:] if gaz.front_km(p) <= _SHELLED_KM), found[0])
    return found[0] if found else None


def _hromada_anchors(gaz: Gazetteer, text: str, listed: re.Match[str], out: Sequence[PlaceMention]) -> list[tuple[Place, float]]:
    """The places a list of communities is named beside, with how far from each its towns may lie:
    the sentence's settlements and the centre of a district named right after its noun."""
    near = [(v.place, _HROMADA_NEAR_KM) for v in out if v.kind == "settlement" and v.place is not None]
    noun = _HROMADA_NOUN.match(text, listed.end()) if listed.re is _HROMADAS else None
    if noun is not None and (district := _DISTRICT_AFTER.match(text, noun.end())) is not None:
        word = district.group(1).split()[0]
        if "щин" in word:
            centre = gaz.resolve(word[: word.index("щин")])  # «Нікопольщина» is Nikopol's district
        else:
            centre = _adjective_town(gaz, word)
        if centre is not None:
            near.append((centre, _DISTRICT_KM))
    return near


def _adjective_guesses(adjective: str) -> list[str]:
    """Folded names an adjective of a place may be made from, likeliest first."""
    key = fold(adjective)
    m = _ADJECTIVE_SUFFIX.search(key)
    if m is None or m.start() < 3:
        return []
    stem = key[: m.start()]
    guesses = [stem, stem + "ь", stem + "ка", stem + "а", stem + "е", stem + "и"]
    if m.group().startswith(("цьк", "цк")):
        guesses += [stem + "ць", stem + "к"]  # «Марганецька» -> Марганець, «Бурлуцька» -> Бурлук
    if m.group().startswith(("зьк", "зк")):
        guesses.append(stem + "г")  # «Острозька» -> Острог
    if stem.endswith("ян"):
        guesses += [stem[:-2] + "я", stem[:-2] + "а"]  # «Ворожбянська» -> Ворожба
    if stem.endswith("ен"):
        guesses.append(stem[:-2] + "ни")  # «Роменська» -> Ромни
    if stem.endswith("ин"):
        guesses.append(stem[:-2] + "а")  # «Шосткинська» -> Шостка
    if stem.endswith("іль"):
        guesses += [stem[:-1] + "ля", stem[:-3] + "оле"]  # «Краснопільська» -> Краснопілля, «Гуляйпільська» -> Гуляйполе
    guesses += [stem + m.group()[:3], stem + "ха"]  # «Степногірська» -> Степногірськ, «Комишуваська» -> Комишуваха
    if stem.endswith("ів"):
        guesses += [stem[:-2] + "ова", stem[:-2] + "ове"]  # «Межівська» -> Межова
    if "о " in stem:
        guesses.append(stem.replace("о ", "а ") + "а")  # «Середино-Будська» -> Середина-Буда (fold made the hyphen a space)
    if (head := _COMPOUND_HEAD.match(stem)) is not None:
        # «Великописарівська» -> Велика Писарівка, «Нижньосірогозька» -> Нижні Сірогози: a two-word name
        rest = [g[head.end():] for g in guesses if len(g) - head.end() >= 3]
        guesses += [f"{adj} {r}" for adj in _COMPOUND_FORMS[head.group()] for r in rest]
    # Last, as the rarer readings: «Зноб-Новгородська» -> Зноб-Новгородське, a town named by the
    # adjective itself; «Новослобідська» -> Нова Слобода, the і of a closed syllable an о before a vowel
    late = [stem + m.group()[:3] + "е"]
    if (last_i := stem.rfind("і")) >= len(stem) - 3 and last_i > 0:
        late += [stem[:last_i] + "о" + stem[last_i + 1:] + end for end in ("а", "")]
    if head is not None:
        late += [f"{adj} {r[head.end():]}" for adj in _COMPOUND_FORMS[head.group()] for r in late if len(r) - head.end() >= 3]
    guesses += late
    return guesses


_SHELLED_KM = 150.0
_HROMADA_NEAR_KM = 45.0
"""A community's town lies this close to a place named beside it."""
_DISTRICT_KM = 80.0
"""... and this close to the centre of the district it is said to lie in."""
# «громади Синельниківського району», «громаді Нікопольщини»: the district the community lies in
_DISTRICT_AFTER = re.compile(r"\s+([А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:(?:ськ|цьк|зьк|ск|цк)(?:ого|ому)\s+(?:район|округ)|щин[иіуа])\w*)")
# «у Бездрицькому старостаті Сумської громади»: a starosta district is named after its village, and
# the community after it only says where that village is
_STAROSTAT = re.compile(r"([А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ськ|цьк|зьк)(?:ому|ий|ого|им))\s+(?:старостат\w*|старостинськ\w*\s+округ\w*)"
                        r"(?:\s+([А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ськ|цьк|зьк)(?:ої|ій|а|у))\s+(?:(?:міськ|селищн|сільськ)\w*\s+)?(?:територіальн\w*\s+)?громад\w*)?")


def _starostat_villages(gaz: Gazetteer, text: str, oblasts: Iterable[str]) -> list[tuple[int, int, Place | None, tuple[int, int] | None]]:
    """(start, end, village or None, the community's span) of each starosta district named in `text`:
    the namesake in the community's oblast nearest its town, or the only one in a named oblast."""
    out = []
    for m in _STAROSTAT.finditer(text):
        town = _adjective_town(gaz, m.group(2), oblasts) if m.group(2) else None
        village = None
        for guess in _adjective_guesses(m.group(1)):
            cands = [gaz.places[i] for i in gaz.names.get(guess, ())]
            if town is not None:
                near = [c for c in cands if c.oblast == town.oblast and c is not town]
            else:
                near = [c for c in cands if c.oblast in oblasts]
            if near:
                village = min(near, key=lambda c: distance_km(c.lat, c.lon, town.lat, town.lon)) if town else (
                    near[0] if len(near) == 1 else None)
                break
        out.append((m.start(1), m.end(1), village, m.span(2) if m.group(2) else None))
    return out


def _says_city(text: str, start: int, end: int) -> bool:
    """"the city of Sumy", "Sumy city", «місто Суми», «г. Белгород»."""
    return bool(_CITY_BEFORE.search(text, max(0, start - 12), start) or _CITY_AFTER.match(text, end)
                or ("same name" in text and _SAME_NAME.search(text, end, end + 90)))


# "the region of Kharkiv says a strike on the city of the same name": the regional centre itself.
_SAME_NAME = re.compile(r"\b(?:city|capital|regional capital|town) of the same name\b")


def _is_surname(text: str, m: Mention) -> bool:
    """A Cyrillic village spelling standing for a man: «Песков заявил», «по словам Рогова», «Рогов: ...»."""
    line = text.rfind("\n", 0, m.start) + 1
    if (said := _HE_SAID_AFTER.match(text, m.end)) and (
            slot := _NAME_SLOT_BEFORE.search(text, max(0, m.start - 30), m.start)) \
            and (said.group().strip() != ":" or slot.group()[:1] not in _CYR_CAPITALS) and not _is_nominative(m.text):
        return True  # a declined village name cannot be one man speaking
    if text.startswith(":", m.end) and _TITLE_BEFORE_NAME.search(text, max(line, m.start - 40), m.start) \
            and not _is_nominative(m.text):
        return True  # «Командир роты ВСУ Рогов: ...»: a headline's speaker after his post, not a declined village
    return m.place.kind in ("village", "settlement") and bool(
        _PERSON_BEFORE_CYR.search(text, max(line, m.start - 30), m.start)
        or (after := _PERSON_AFTER_CYR.match(text, m.end)) is not None
        and (after.group() != ":" or not text[line:m.start].strip()))


def _is_nominative(words: str) -> bool:
    """True when a Cyrillic name stands as written in the gazetteer (not a declined form)."""
    return fold(words) in Gazetteer.load().names


def _is_cyr(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


def _area_of(m: Mention, areas: list[tuple[int, int, str, str]]) -> tuple[str, str | None]:
    """The Cyrillic region or direction a gazetteer mention lies inside («Донецька область»)."""
    for start, end, area, kind in areas:
        if start <= m.start < end:
            return kind, area if kind == "region" else None
    return "", None


def _mention(text: str, start: int, end: int, kind: str, place: Place | None, cands: tuple[Place, ...],
             area: str | None, city: bool, where: str | None, prev_end: int = -9) -> PlaceMention:
    return PlaceMention(start, end, text[start:end], kind, place, cands, area, _country(where), city, text, prev_end)


# "... west of X near the village of Y": X locates the village where the advance was
_NEAR_VILLAGE_AFTER = re.compile(r",?\s+(?:near|close to|outside) (?:the (?:village|settlement|hamlet) of )")
_NARROWER = ("the village of ", "the settlement of ", "the hamlet of ")
_NEAR_LOCATOR = re.compile(r"(?:near|close to|not far from) ", re.IGNORECASE)
# "the village of X in", "X village in": a named village right before the word "in"
_NAMED_VILLAGE_BEFORE = re.compile(r"\b(?:the (?:village|settlement|hamlet) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
                                   r"|(?!The )[A-Z][\w'’-]+ (?:village|settlement|hamlet))\s+$")
_ADVANCED_BY = re.compile(r"\b(?:advanc\w*|gain\w*|push\w*|progress\w*)\s+(?:up to |about |around |some |nearly |almost |over |"
                          r"more than |another |a further |a )?(?:(?:[\w.,-]+ )?(?:kilomet\w+|km|miles|metres|meters)\s+)?$",
                          re.IGNORECASE)


def _words_before(text: str, start: int, end: int, kind: str, place: Place | None,
                  prev_end: int) -> tuple[str, int, float | None, bool, bool]:
    """(relation, rel_start, distance_km, locates, speaker) of the mention at text[start:end]."""
    relation, rel_start, distance = relation_before(text, start)
    speaker = bool(kind == "settlement" and not (relation == "in" and _OFFICIALS_IN.search(text, max(0, rel_start - 30), rel_start))
                   and not OFFICIAL_OF.search(text, max(0, start - 60), start) and (
        (relation in ("", "in") and (
            _SPEAKER_AFTER.match(text, end) or _UNIT_BEFORE.search(text, max(0, start - 30), start)
            or (text[end - 2:end] in ("'s", "’s") and _POSSESSION_AFTER.match(text, end))
            or (_SPEAKER_AFTER_CYR.match(text, end) and _is_nominative(text[start:end]))
            or (place is not None and place.name == "Kyiv" and _TOPIC_COLON.match(text, end))
            or (place is not None and place.name in _CAPITALS and text[end - 2:end] in ("'s", "’s")
                and _CAPITAL_ACTS.match(text, end))))
        or _SPEAKER_BEFORE.search(text, max(0, start - 30), start)))
    if relation == "in" and place is not None and text[rel_start:rel_start + 2].lower() == "на" \
            and _is_nominative(text[start:end]):
        relation = "toward"  # «наступ на Покровськ»: на + the name as written is a direction of movement
    # "advanced 2 km west of X": how far an advance went near X, not where something else lies
    advanced = relation.endswith(" of") and _ADVANCED_BY.search(text, max(0, rel_start - 60), rel_start) is not None \
        and not _NEAR_VILLAGE_AFTER.match(text, end)
    locates = not advanced and (distance is not None or bool(
        relation.endswith(" of") and _GEOGRAPHY.search(text, max(0, rel_start - 40), rel_start)))
    if relation == "near" and (_HELD_BY_SIDE.search(text, rel_start, start) or (
            _NEAR_GAP.fullmatch(text, prev_end, rel_start) and (near := _NEAR_LOCATOR.match(text, rel_start)) is not None
            and not text.startswith(_NARROWER, near.end()))):
        locates = True  # "near the Russian-occupied town of Ocheretyne", "Tabaivka, near the city of Kupiansk": where
    elif relation == "in" and (0 <= rel_start - prev_end <= 2 or _SETTLEMENT_IN.search(text, max(0, rel_start - 14), rel_start)) \
            and (OBLAST_SPELLINGS.get(fold(text[start:end])) or (
                prev_end > 0 and text.startswith("in ", rel_start) and _NAMED_VILLAGE_BEFORE.search(text, max(0, prev_end - 60), rel_start))):
        # "the village of Storozheve in Donetsk", "Robotyne, a village in Zaporizhzhia": the region it lies in;
        # "the village of Ivanivka in Toretsk": the town near it, not a second place of the event
        locates = True
    if relation.endswith(" of") and not locates and not advanced:
        # "seized Yehorivka, southeast of Huliaipole", "Pleshchiivka east of Kostiantynivka", "the
        # highway southwest of Kostiantynivka": the bearing places the thing named just before it.
        head = text[max(0, rel_start - 30):rel_start]
        locates = bool(_APPOSITION.search(head)) or rel_start - prev_end <= 2
    elif relation == "near" and not locates:
        # "pulled out of Pishchane near Kupiansk": Kupiansk only says where Pishchane is.
        # (in Ukrainian and Russian only right after it: «у X, поблизу Y та Z» lists places)
        # ("east of town A near the village of B": the village named after is the narrower place, not a locator)
        locates = bool(_NEAR_GAP.fullmatch(text, prev_end, rel_start)) and (near := _NEAR_LOCATOR.match(text, rel_start)) is not None \
            and not text.startswith(_NARROWER, near.end()) or (
            0 <= prev_end <= rel_start and not text[prev_end:rel_start].strip() and text.startswith(_NEAR_WORDS, rel_start))
    return relation, rel_start, distance, locates, speaker
