"""History relative to the story's own date: is a sentence's event from before the story?

Contract: `is_history(sentence, story_date)` is True when the sentence dates its event clearly
before the story (more than HISTORY_DAYS earlier): "captured in 2024", "in September 2022",
"in February" (a month alone, told in a later month), "last year". `story_date` is epoch
seconds, or None when unknown: then a year counts as history when it is before the current
year's previous one, and a month named alone counts as history (reporting names the month
alone for background, the day for today's news: "on Nov. 20").
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import datetime, timezone

HISTORY_DAYS = 45

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "січні": 1, "січня": 1, "лютому": 2, "лютого": 2, "березні": 3, "березня": 3, "квітні": 4, "квітня": 4,
    "травні": 5, "травня": 5, "червні": 6, "червня": 6, "липні": 7, "липня": 7, "серпні": 8, "серпня": 8,
    "вересні": 9, "вересня": 9, "жовтні": 10, "жовтня": 10, "листопаді": 11, "листопада": 11,
    "грудні": 12, "грудня": 12,
    "январе": 1, "января": 1, "феврале": 2, "февраля": 2, "марте": 3, "марта": 3, "апреле": 4, "апреля": 4,
    "мае": 5, "мая": 5, "июне": 6, "июня": 6, "июле": 7, "июля": 7, "августе": 8, "августа": 8,
    "сентябре": 9, "сентября": 9, "октябре": 10, "октября": 10, "ноябре": 11, "ноября": 11,
    "декабре": 12, "декабря": 12,
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "in 2024", "since 2023", "in September 2022", "у 2022 році", "в 2023 году", "(2022)".
_YEAR = re.compile(r"(?<![\w-])(?:(?P<month>" + _MONTH_RE + r")\.?,? (?:\d{1,2},? )?)?(?P<year>19\d\d|20\d\d)(?![\d-])")
# A month alone after "in"/"since"/"by": "captured in February", "у лютому", "в феврале".
_MONTH_ALONE = re.compile(r"\b(?:in|since|by|until|early|late|last|mid-?|у|в|із|с|до) (?:early |late |mid-?)?(?P<month>"
                          + _MONTH_RE + r")\b(?! \d)")
_RELATIVE_PAST = re.compile(
    r"\b(?:last (?:year|spring|summer|autumn|fall|winter)|(?:a|one|two|three|\d+) years? ago|years earlier|"
    r"минулого року|торік|торішн\w+|в прошлом году|прошлым летом|минулої (?:весни|осені|зими)|минулого літа|"
    r"(?:рік|роки|років) тому|(?:год|года|лет) назад)\b")
# A year that is a date's, not a count or a model: "2024 assault", "Su-2025".
_NOT_DATE_AFTER = re.compile(r"\s*(?:km|kilomet|people|troops|soldiers|drones|square)")
# A victim's year of birth, alone or in a list: «жінка 1950 р.н.», «1971 та 1990 років народження», «1968 г.р.».
_BORN_AFTER = re.compile(r"(?:\s*,?\s*(?:та|і|й|и|and)?\s*(?:19|20)\d\d)*\s*(?:р\.\s?н\.?|г\.\s?р\.?|рок\w* народж|год\w* рожд|рожд)")


_DIGIT = re.compile(r"\d")
_FOR_YEARS = re.compile(r"\bfor (?:more than |over |nearly |almost )?(?:two|three|four|five|\d+) years\b")
_SUPERLATIVE = re.compile(r"\b(?:biggest|largest|first|most|heaviest|worst|deadliest|greatest|fastest|largest-scale)\b")
# A speech verb just before the month: "said in November", "заявили в ноябре".
_SAID_BEFORE = re.compile(r"\b(?:said|says|claimed|announced|reported|stated|заяви\w*|повідоми\w*|сообщи\w*)\s$")
# How often or how long, not what happened now: "shelled almost daily for months", "every day for weeks".
# "constant drone attacks", "relentless shelling": strikes as a lasting state, not one event
CONSTANT_STRIKES = r"(?:relentless|constant|incessant|near-constant|continuous|regular|persistent) (?:\w+ )?(?:attacks|shelling|bombardment|strikes|fire)"
_DURATIVE = re.compile(r"\b(?:for (?:many |several |more than |over |nearly |almost )?(?:months|weeks)|"
                       # "has withstood a siege since last April": how long, not what happened now
                       r"since last (?:year|spring|summer|autumn|fall|winter|" + "|".join(m for m in _MONTHS if m.isascii() and len(m) > 3) + r")|"
                       # "hit by missiles since the first day of this war": the war-long record, not a strike now
                       r"since the (?:first days?|start|beginning|outbreak) of (?:the|this) (?:full-scale )?(?:war|invasion)|"
                       r"for the (?:past|last) (?:year|two years|\w+ months|months|weeks)|in the (?:past|last) (?:\w+ )?(?:weeks|months)|"
                       # "a town shelled repeatedly for a month": how often, not one strike now
                       r"(?:hit|struck|shelled|attacked|targeted|bombed) repeatedly|repeatedly (?:hit|struck|shelled|attacked|targeted|bombed)|"
                       # "a town that has been damaged by repeated strikes": the toll of many strikes, not one now
                       r"been (?:\w+ )?(?:hit|struck|shelled|damaged|destroyed|battered|pounded) (?:\w+ ){0,2}(?:in|by) repeated (?:\w+ )?(?:attacks|strikes|shelling|bombardments?|raids)|"
                       # "has been hit hard throughout the war": the war's toll on a place
                       r"been (?:\w+ )?(?:hit|struck|shelled|damaged|destroyed|battered|pounded|bombarded) (?:\w+ ){0,3}(?:during|throughout|since the (?:start|beginning|outset) of) "
                       r"(?:the |russia['’]s )?(?:full-scale |full scale )?(?:war|invasion)|"
                       r"(?:almost|nearly|near-) ?daily|(?<=despite )daily (?:[\w-]+ ){0,2}(?:strikes|attacks|shelling|bombardments?)|(?:almost |nearly )?every day|day after day|протягом (?:місяців|тижнів)|"
                       # "attacked the city several times over the past month", "has targeted X persistently"
                       # (not "shelled several times overnight": one night's strikes are news)
                       r"(?:several|many|multiple|numerous) times(?! (?:overnight|last night|during the night|this morning|today|in the morning)\b)|persistently|"
                       r"(?:уже |вже )?(?:кілька|несколько) (?:місяців|тижнів|месяцев|недель)|щодня|ежедневно|"
                       # (not "held on despite constant drone attacks": the circumstance of what is told)
                       r"(?<!despite )(?<!amid )" + CONSTANT_STRIKES + "|"
                       r"(?:постійн|постоянн|регулярн|безперервн|беспрерывн)\w* (?:\w+ )?(?:обстр\w*|удар\w*|атак\w*))\b")
# Who holds a place, right before "since": the state goes on to the story's day.
_HELD_STATE_BEFORE = re.compile(r"\b(?:under (?:\w+ ){0,2}control|in (?:\w+ )?hands|held|controlled|occupied)\b[^.;]{0,12}$")
_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|announced|declared|reported) (?:the )?(?:capture|seizure|fall|liberation|takeover) of\b")
_DURATIVE_WORDS = frozenset(("months", "weeks", "daily", "every", "since", "past", "repeatedly", "repeated", "during", "throughout", "times", "persistently", "місяців", "тижнів", "месяцев", "недель", "щодня",
                             "ежедневно", "relentless", "constant", "incessant", "continuous", "regular", "persistent",
                             "постійних", "постійні", "постійними", "постоянных", "постоянные", "постоянными", "регулярних",
                             "регулярных", "регулярні", "регулярные", "безперервних", "беспрерывных"))
_WORDS = re.compile(r"[^\W\d_]+")
_PAST_WORDS = frozenset(("last", "ago", "earlier", "торік", "тому", "назад", "минулого", "минулої", "прошлом", "прошлым",
                         "торішній", "торішнього"))


def _date(year: int, month: int, day: int | None = None) -> datetime:
    return datetime(year, month, day or (28 if month == 2 else 30), tzinfo=timezone.utc)


# "early 2025", "late 2025": the month a part of a year stands for
_PART_OF_YEAR = {"early": 3, "late": 10}
_PART_OF_YEAR_BEFORE = re.compile(r"\b(early|late) $")


_BACKGROUND_LABELS = ("background:", "context:", "довідково:", "довідка:", "справка:", "контекст:")
_ASIDE = re.compile(r"\([^()]{0,200}\)")
# ", the peninsula seized by Moscow in 2014,": an aside dating a place's past, between commas
BACKGROUND_ASIDE = re.compile(r", (?:which |that |the |a |an |[\w-]+['’]s )?[^,;.()]{0,60}?\b(?:seized|annexed|occupied|captured|taken|"
                               r"liberated|invaded|retaken|recaptured)\b[^,;.()]{0,40}?\b(?:in|since) (?:[A-Za-z]+\.? )?(?:19|20)\d\d,(?=\s*\w)")
_WHERE_ASIDE = re.compile(r", where [^,;.]{0,120},(?=\s*\w)|"
                          # "..., in a rare gain on a front where Russia has been advancing for months.": the front's past
                          r"(?<=\w) where [^,;.]{0,120}[.!]?$|"
                          # "... over the Belgorod region, which is subjected to nearly daily attacks.": the region's lot
                          r", which (?:is|are|has been|have been) [^,;.]{0,120}[.!]?$")


def is_history(sentence: str, story_date: float | None) -> bool:
    """True when the sentence places its event clearly before the story's date."""
    sentence = sentence.lower()  # the patterns are written in lower case: IGNORECASE slows every match
    if sentence.startswith(_BACKGROUND_LABELS):
        return True  # "Background: On 20 January, ISW reported ...": the outlet itself calls it background
    if "(" in sentence:
        # an aside in brackets dates a name or a fact beside the event, not the event:
        # «освободили Дзержинск (с 2016 года киевские власти называют его Торецк)»
        sentence = _ASIDE.sub(" ", sentence)
    if " where " in sentence or ", which " in sentence:
        # "near the border, where saboteurs crossed in May, troops took X": the date is the place's past
        sentence = _WHERE_ASIDE.sub(" ", sentence)
    if ", " in sentence and BACKGROUND_ASIDE.search(sentence):
        # "the head of Crimea, seized by Moscow in 2014, reported ...": the aside dates the place, not the event
        sentence = BACKGROUND_ASIDE.sub(" ", sentence)
    digits = _DIGIT.search(sentence) is not None
    words = set(_WORDS.findall(sentence))
    if "years" in words and _FOR_YEARS.search(sentence):
        return True  # "has been shelled for more than three years": how long, not what happened now
    if not words.isdisjoint(_DURATIVE_WORDS) and any(
            # "Moscow's biggest advance for weeks": a yardstick after a superlative, not how long it lasted
            not (m.group().startswith(("for ", "in the ")) and _SUPERLATIVE.search(sentence, max(0, m.start() - 40), m.start()))
            # "has claimed the capture of X several times": a claim repeated is still the claim
            and not (m.group().endswith(" times") and _CLAIMED_BEFORE.search(sentence, 0, m.start()))
            for m in _DURATIVE.finditer(sentence)):
        return True
    months = not words.isdisjoint(_MONTHS)
    if not digits and not months and words.isdisjoint(_PAST_WORDS):
        return False  # no date, no month, no "ago": nothing to place in the past (most sentences)
    if _RELATIVE_PAST.search(sentence):
        return True
    ref = datetime.fromtimestamp(story_date if story_date else time.time(), tz=timezone.utc)
    if digits:
        for m in _YEAR.finditer(sentence):
            if _NOT_DATE_AFTER.match(sentence, m.end()) or _BORN_AFTER.match(sentence, m.end()):
                continue
            year = int(m.group("year"))
            part = _PART_OF_YEAR_BEFORE.search(sentence, max(0, m.start() - 7), m.start())
            # "late 2025" is its autumn, "early 2025" its first months
            month = _MONTHS.get((m.group("month") or "").casefold().rstrip("."), 0) or (_PART_OF_YEAR[part.group(1)] if part else 12)
            if story_date is None:
                if year < ref.year - 1:
                    return True
                continue
            if (ref - _date(year, month)).days > HISTORY_DAYS:
                return True
    for m in _MONTH_ALONE.finditer(sentence) if months else ():
        if m.group().startswith("since") and _SUPERLATIVE.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # "its biggest victory since May": a yardstick, not when the event happened
        if m.group().startswith("since") and _HELD_STATE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "X has been under Russian control since December": a hold told as it stands now
        if story_date is None:
            if _SAID_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
                continue  # "the military said in November that it took X": when the claim was made, not what it is about
            return True
        month = _MONTHS[m.group("month").casefold().rstrip(".")]
        year = ref.year if month < ref.month or (month == ref.month and not m.group().startswith("last")) else ref.year - 1
        # "in early October" is the month's first days, not its end
        day = 5 if "early" in m.group() else 15 if "mid" in m.group() else None
        if (ref - _date(year, month, day)).days > HISTORY_DAYS:
            return True
    return False


# A reminder of what was reported before ("As reported earlier, ...", «Нагадаємо, ...», «Ранее ...»).
_RECAP = re.compile(r"^\W{0,3}(?:as (?:was )?(?:previously |earlier )?reported|as [\w.-]+(?: [\w.-]+)? (?:has |had )?(?:previously |earlier )?reported|"
                    r"earlier|previously|нагадаємо|нагадуємо|як (?:уже |вже |раніше )?повідомля\w*|раніше|напомним|ранее|"
                    r"как (?:уже |ранее )?сообща\w*)\b")
# A day and month: "on September 10", "Sept. 10", «10 вересня», «9 сентября»; or the day before.
DAY_MONTH = re.compile(r"\b(?:(?P<m1>" + _MONTH_RE + r")\.? (?P<d1>\d{1,2})\b|(?P<d2>\d{1,2}) (?P<m2>" + _MONTH_RE + r")\b)")
_YESTERDAY = re.compile(r"\b(?:yesterday|вчора|учора|вчера|накануне)\b")


def days_and_months(low: str) -> Iterator[tuple[int, int]]:
    """(month, day) of every day and month a lower-cased text names ("on september 10", «10 вересня»)."""
    for m in DAY_MONTH.finditer(low):
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            yield _MONTHS[(m.group("m1") or m.group("m2")).rstrip(".")], day


# A day and month that open the sentence: "On October 12, ...", «24 августа ВС РФ ...», «- 18 серпня ...»
_DATED_OPENING = re.compile(r"^\W{0,3}(?:on |в ночь на |у ніч на |в ніч на )?(?:" + DAY_MONTH.pattern + r")")
EARLIER_DAYS = 2
"""An event the sentence dates this many days or more before the story's own day is a recap of older news."""


def dated_earlier(sentence: str, story_date: float | None) -> bool:
    """The sentence opens with the day of its event, and that day is EARLIER_DAYS or more before the
    story's: "On October 12, Russian troops attacked Chernihiv" in a story of October 20."""
    if story_date is None:
        return False
    opening = _DATED_OPENING.match(sentence.lower())
    if opening is None:
        return False
    month, day = next(days_and_months(opening.group()), (0, 0))
    if not month:
        return False
    ref = datetime.fromtimestamp(story_date, tz=timezone.utc)
    year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    try:
        return (ref - datetime(year, month, day, tzinfo=timezone.utc)).days >= EARLIER_DAYS
    except ValueError:
        return False


def is_recap(sentence: str, story_date: float | None) -> bool:
    """A reminder of an event from an earlier day than the story's ("As reported earlier, on May 28
    Russian troops shelled X", «Нагадаємо, 10 вересня ...»): news already told, not the story's own."""
    low = sentence.lower()
    if story_date is None or not _RECAP.match(low):
        return False
    if _YESTERDAY.search(low):
        return True
    ref = datetime.fromtimestamp(story_date, tz=timezone.utc)
    return any((month, day) < (ref.month, ref.day) or month > ref.month + 1 for month, day in days_and_months(low))
