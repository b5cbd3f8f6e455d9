"""A place as the text writes it: `PlaceMention` (its span, kind, place, candidates, area,
country) and the words in front of it read on first access (`relation`, `distance_km`, `locates`,
`speaker`), through `relation_before(text, start)` for any position.
"""

from __future__ import annotations

import re

from tui.core.claims.gazetteer import HAS_CYRILLIC, OBLAST_SPELLINGS, Gazetteer, Place, distance_km, fold


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

    def follows(self, prev_end: int) -> None:
        """The place found before this one ends at `prev_end`, if nearer than the one it was made with
        (a later pass may find a name between them); only before the words in front are read."""
        if self._words is None and prev_end > self._prev_end:
            self._prev_end = prev_end

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
            self._city = says_city(self._source, self.start, self.end)
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
_TOWN_OF = (r"(?:(?:the |Ukraine['’]s |Russia['’]s )" + _HELD + r"(?:city|town|village|settlement|stronghold|hub) of |the (?:regional |provincial |oblast |district )(?:capital|centre|center),? |the " + _HELD + r"|"
            # "near Ukraine's second-largest city Kharkiv": the city's rank as its title
            r"(?:Ukraine['’]s|Russia['’]s|the country['’]s) (?:(?:second|third)[- ])?(?:largest|biggest) city,? )?")
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
    (r"(?:за|в)\s+(\d+(?:[.,]\d+)?)(?:-?(?:ти|ми|х|и))?\s*(?:км|кілометр\w*|километр\w*)\s+(?:від|от)\s+(?:(?:міста|города|села|селища|поселка)\s+)?", "from"),
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

_WINDOW = 60

_APPOSITION = re.compile(r"(?:[,(](?:\s*(?:що|что))?|\b(?:highway|road|railway|river|village|villages|settlement|settlements|town|towns|"
                         r"city|line|[A-Z]-\d+|\w*\d\w*|kilomet(?:er|re)s?|km|miles?)(?:\s*\([^()]{0,25}\))?|"
                         r"село|селище|траса|трасу|дорог\w*|деревн\w*|поселок|шоссе)\s*$")
# "the mayor of the frontline city of X said": the town the official speaks for, which the report is about.
OFFICIAL_OF = re.compile(r"\b(?:mayor|governor|head|chief|authorities) of (?:the )?(?:[\w'’-]+ ){0,4}$|\b(?:governor|mayor) in (?:the )?$")
# "Kyiv denies", "Kyiv on Friday dismissed", "Kyiv's claim", "the Belgorod governor": the name stands for a speaker.
# "Russia's Rodynske claims": after another's possessive the name only says what the claims are about
_CLAIMS_NOUN_AFTER = re.compile(r"\s+claims?\b")
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
                               r"defenders|allies|partners|[Gg]overnor|[Mm]ayor|head|administration|General Staff|"
                               r"[Dd]efen[cs]e [Mm]inistry|[Mm]inistry|[Aa]ir [Ff]orce|[Nn]avy|[Ii]ntelligence|[Cc]ommand)\b")
# "Kyiv's incursion", "Moscow's offensive": the capital stands for the state that acts.
_CAPITALS = frozenset(("Kyiv", "Moscow"))
_CAPITAL_ACTS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:incursion|offensive|counter-?offensive|operations?|campaign|"
                           r"attacks?|assaults?|advances?|strikes?|drones?|missiles?|gains|push|war)\b")

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


# "Officials in Kharkiv said ...": the place the local officials report from, not a speaker named after it.
_OFFICIALS_IN = re.compile(r"\b(?:officials|authorities|administration|police|rescuers|governor|mayor|emergency services)\s+$",
                           re.IGNORECASE)
# Between a place and the "near Y" that locates it: nothing, a comma, or a bearing (", further north").
_NEAR_GAP = re.compile(r",?\s+(?:(?:further|farther|just|slightly|also)\s+)?(?:(?:north|south|east|west)(?:east|west)?\s+)?")
# The words of "near" that, right after a place, only say where it lies («Північне біля Торецька»).
_NEAR_WORDS = ("біля ", "поблизу ", "під ", "под ", "около ", "возле ", "вблизи ")
_ACROSS_BORDER = re.compile(r"\b(?:just |right )?(?:over|across) the border\s+$")
_SETTLEMENT_IN = re.compile(r"\b(?:village|town|settlement|hamlet|hub|stronghold|bastion)\s+$")


def says_city(text: str, start: int, end: int) -> bool:
    """"the city of Sumy", "Sumy city", «місто Суми», «г. Белгород»."""
    return bool(_CITY_BEFORE.search(text, max(0, start - 12), start) or _CITY_AFTER.match(text, end)
                or ("same name" in text and _SAME_NAME.search(text, end, end + 90)))


# "the region of Kharkiv says a strike on the city of the same name": the regional centre itself.
_SAME_NAME = re.compile(r"\b(?:city|capital|regional capital|town) of the same name\b")


def is_nominative(words: str) -> bool:
    """True when a Cyrillic name stands as written in the gazetteer (not a declined form)."""
    return fold(words) in Gazetteer.load().names


# "... west of X near the village of Y": X locates the village where the advance was
_NEAR_VILLAGE_AFTER = re.compile(r",?\s+(?:near|close to|outside) (?:the (?:village|settlement|hamlet) of )")
_NARROWER = ("the village of ", "the settlement of ", "the hamlet of ")
_NEAR_LOCATOR = re.compile(r"(?:near|close to|not far from) ", re.IGNORECASE)
# "the village of X in", "X village in": a named village right before the word "in"
_NAMED_VILLAGE_BEFORE = re.compile(r"\b(?:the (?:village|settlement|hamlet) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
                                   r"|(?!The )[A-Z][\w'’-]+ (?:village|settlement|hamlet))\s+$")
# "the X direction (southwest of A and northeast of B)": the second bearing of a bracket that locates too
_SECOND_BEARING = re.compile(r"\((?:[\w-]+ )?(?:north|south|east|west)[\w-]* of [^()]{2,40}? and\s+$", re.IGNORECASE)
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
            (_SPEAKER_AFTER.match(text, end) and not (text[max(0, start - 3):start] in ("'s ", "’s ") and _CLAIMS_NOUN_AFTER.match(text, end)))
            or _UNIT_BEFORE.search(text, max(0, start - 30), start)
            or (text[end - 2:end] in ("'s", "’s") and _POSSESSION_AFTER.match(text, end))
            or (_SPEAKER_AFTER_CYR.match(text, end) and is_nominative(text[start:end]))
            or (place is not None and place.name == "Kyiv" and _TOPIC_COLON.match(text, end))
            or (place is not None and place.name in _CAPITALS and text[end - 2:end] in ("'s", "’s")
                and _CAPITAL_ACTS.match(text, end))))
        or _SPEAKER_BEFORE.search(text, max(0, start - 30), start)))
    if relation == "in" and place is not None and text[rel_start:rel_start + 2].lower() == "на" \
            and is_nominative(text[start:end]):
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
    elif relation == "in" and not text.startswith(("of ", "Of "), rel_start) \
            and (0 <= rel_start - prev_end <= 2 or _SETTLEMENT_IN.search(text, max(0, rel_start - 14), rel_start)) \
            and (OBLAST_SPELLINGS.get(fold(text[start:end])) or (
                prev_end > 0 and text.startswith("in ", rel_start) and _NAMED_VILLAGE_BEFORE.search(text, max(0, prev_end - 60), rel_start))):
        # "the village of Storozheve in Donetsk", "Robotyne, a village in Zaporizhzhia": the region it lies in;
        # "the village of Ivanivka in Toretsk": the town near it, not a second place of the event
        locates = True
    if relation == "from" and not locates and _ACROSS_BORDER.search(text, max(0, rel_start - 30), rel_start):
        locates = True  # "the village of Basivka, just over the border from Sudzha": where the village lies
    if relation.endswith(" of") and not locates and not advanced:
        # "seized Yehorivka, southeast of Huliaipole", "Pleshchiivka east of Kostiantynivka", "the
        # highway southwest of Kostiantynivka": the bearing places the thing named just before it.
        head = text[max(0, rel_start - 30):rel_start]
        locates = bool(_APPOSITION.search(head)) or rel_start - prev_end <= 2 \
            or _SECOND_BEARING.search(text, max(0, rel_start - 60), rel_start) is not None
    elif relation == "near" and not locates:
        # "pulled out of Pishchane near Kupiansk": Kupiansk only says where Pishchane is.
        # (in Ukrainian and Russian only right after it: «у X, поблизу Y та Z» lists places)
        # ("east of town A near the village of B": the village named after is the narrower place, not a locator)
        locates = bool(_NEAR_GAP.fullmatch(text, prev_end, rel_start)) and (near := _NEAR_LOCATOR.match(text, rel_start)) is not None \
            and not text.startswith(_NARROWER, near.end()) or (
            0 <= prev_end <= rel_start and not text[prev_end:rel_start].strip() and text.startswith(_NEAR_WORDS, rel_start))
    return relation, rel_start, distance, locates, speaker
