"""Statements: who says what about which place, sentence by sentence.

A statement needs a place, an event verb and no sign that the sentence is background
("occupied at the start of the invasion"), a goal ("capturing Pokrovsk is Moscow's main goal")
or a forecast. This module walks the sentences, finds their places and voices and builds the
Statements; `voice.py` decides speaker, event and stance, `cues.py` holds the patterns and
`sentences.py` splits the text.
"""

from __future__ import annotations

import re
from typing import Any

from tui.core.claims.actors import Actor, ActorMention, find_actors
from tui.core.claims.cues import _rx
from tui.core.claims.cues import (
    ACTIVITY_ONLY,
    AFTER_STRIKE_REPAIR,
    APPOSITION,
    ATTACKS_ON,
    ATTEMPT_ONLY,
    CAPTURE_RE,
    CLAIM_ABOUT,
    CLAIMED_PLACE,
    CONTINUING,
    COREF,
    COREF_HINT,
    COUNTER,
    DENIAL,
    EVIDENCE,
    EXTENT,
    FIGHTING,
    FOILED,
    GEO_REF,
    GERUND_GOAL,
    GOAL,
    GOAL_EXCEPT,
    HEDGE,
    HABITUAL_SHELLING,
    HISTORY,
    LAND_BEFORE,
    NOT_A_PLACE_AFTER,
    NO_EVENT,
    WOUNDED_ELSEWHERE,
    NPP_AFTER,
    STRIKE_HARM,
    STRIKE_RESULT,
    GROUND_ACTIVITY,
    LOCATIVE_BEFORE,
    REGION_LIST_AFTER,
    RESULT,
    POSSESSIVE_CLAIM,
    REBUTTAL,
    REPORT,
    SILENT,
    TROOPS,
)
from tui.core.claims.clean import clean_text
from tui.core.claims import confidence as scoring
from tui.core.claims.confidence import confidence, features
from tui.core.claims.dates import is_history
from tui.core.claims.gazetteer import Gazetteer, Mention
from tui.core.claims.places import find_places
from tui.core.claims.sentences import MAX_TEXT, split_sentences
from tui.core.claims.stance import claimant, holds_own, lang_side, revise
from tui.core.claims.tracker import CONFIDENT
from tui.core.claims.voice import classify_event, find_speaker, stance_and_side
from tui.core.models import Statement

__all__ = ["extract_statements", "split_sentences"]

# Local officials of any other oblast (Russia's regions, and Crimea and Sevastopol with their
# installed officials) speak for Russia.
UKRAINIAN_OBLASTS = frozenset((
    "Cherkasy", "Chernihiv", "Chernivtsi", "Dnipropetrovsk", "Donetsk", "Ivano-Frankivsk", "Kharkiv", "Kherson",
    "Khmelnytskyi", "Kirovohrad", "Kyiv", "Luhansk", "Lviv", "Mykolaiv", "Odesa", "Poltava", "Rivne", "Sumy",
    "Ternopil", "Vinnytsia", "Volyn", "Zakarpattia", "Zaporizhzhia", "Zhytomyr"))
SPLIT_OBLASTS = frozenset(("Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"))

_STORY_SIDE = {"ua-official": "ua", "ua-media": "ua", "ru-state": "ru", "ru-independent": "other",
               "intl": "other", "analyst": "other"}


def _extent_for(sentence: str, place: str, mention_text: str) -> str | None:
    if "%" not in sentence and "per" not in sentence.lower():
        return None
    for m in EXTENT.finditer(sentence):
        target = m.group(2).lower()
        if target.startswith(("city", "town", "village", mention_text.lower()[:5], place.lower()[:5])):
            return f"{m.group(1)}%"
    return None


def _staff_side(text: str, default_side: str) -> str:
    """Whose "General Staff" an unqualified mention means: the story's side, else the text's clues."""
    if default_side in ("ru", "ua"):
        return default_side
    if "Staff" not in text and "Gerasimov" not in text and "Генштаб" not in text:
        # No staff named: this side also answers for an unqualified "the ministry", so Moscow's
        # spellings and phrasing anywhere in the story ("Kupyansk", "the liberation of the settlement") count.
        return "ru" if _RU_TEXT_CLUE.search(text) else _lead_side(text)
    # «начальник Генштаба» unqualified in Russian-language text: Moscow's chief (Russian copy names its own).
    russian = _RU_STAFF_CLUE.search(text) is not None or _RU_TEXT_CLUE.search(text) is not None \
        or ("ачальник" in text and _RU_CHIEF.search(text) is not None and lang_side(text[:2000]) == "ru")
    ukrainian = _UA_STAFF_CLUE.search(text) is not None
    return "ru" if russian and not ukrainian else "ua"


def _lead_side(text: str, fallback: str = "ua") -> str:
    """Whose "the ministry" a story means when nothing else tells: its dateline ("MOSCOW (Agency) -"),
    else the party its lead quotes first ("Russia said on Saturday ..."), else Ukraine's."""
    lead = _LEAD.search(text, 0, 600)
    if lead is None:
        return "ru" if _RU_TEXT_CLUE.search(text) else fallback
    return "ru" if (lead.group("dateline") or lead.group("party"))[:1] in "MR" else "ua"


# A dateline in capitals at the very start, or the first party said to say something.
_LEAD = re.compile(r"^\W{0,3}(?P<dateline>MOSCOW|KYIV|KIEV)\b|\b(?P<party>Russia|Moscow|Ukraine|Kyiv)(?:['’]s \w+(?: \w+)?)?"
                   r"\s+(?:on \w+\s+)?(?:said|says|claimed|claims|declared|announced|reported)\b")


# "Ukraine's eastern Donetsk region": the country names where, it does not speak.
_LAND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:region|oblast|province|border|frontier|territory|east|south|north|west)\b")
# "the encirclement of Ukrainian forces": troops a ministry speaks of (not "the Ministry of Defence of Ukraine").
_OBJECT_OF = re.compile(r"(?<!Defence )(?<!Defense )(?<!Forces )(?<!Staff )(?<!Service )(?<!Guard )\bof (?:the )?$")
_ITS_FORCES = re.compile(r"\bits (?:forces|troops|units|soldiers|army)\b")
_RU_STAFF_CLUE = re.compile(r"Gerasimov|Russia['’]s General Staff|Russian General Staff|Генштаб\w* (?:ВС РФ|ВС России|России)|Герас[иі]мов")
_UA_STAFF_CLUE = re.compile(r"Ukraine['’]s General Staff|Ukrainian General Staff|General Staff of (?:the )?(?:Ukrainian )?Armed Forces|"
                            r"Генштаб\w* (?:ЗСУ|ВСУ|Украины|України)")
# Every alternative opens with a letter (the boundary before "Kiev" is checked after it), so re
# skips through a whole story to the few letters that can start one.
_RU_TEXT_CLUE = re.compile(
    r"special military operation|Kiev\b(?<!\wKiev)|Krasnoarmeysk|Dimitrov|Artyomovsk|Gulyaipole|Kupyansk|Volchansk|Seversk|Ugledar|"
    r"Zaporozhye|Kharkov|Gorlovka|Konstantinovka|Kurilovka|liberation of the settlement|liberated the settlement")
_RU_CHIEF = re.compile(r"[Нн]ачальник\w* Генштаба")
_UNQUALIFIED_STAFF = re.compile(r"(?:the )?General Staff$|Генштаб\w*$|Генеральн\w* штаб\w*$")
_RU_STAFF = Actor("Russian General Staff", "ru")
_RU_MINISTRY_CLUE = re.compile(
    r"special military operation|\bKiev\b|Krasnoarmeysk|Dimitrov|Artyomovsk|Gulyaipole|Kupyansk|Volchansk|Seversk|Yampol|"
    r"Ugledar|Zaporozhye|Kharkov|shot down|downed|intercepted|destroyed \d|lost (?:up to |more than |about )?\d|Armed Forces of Ukraine lost|"
    # a settlement "liberated" in a ministry's words, and the army groups that Moscow's bulletins name
    r"(?i:liberat)\w+|[Gg]roup of [Ff]orces|[Bb]attlegroup")
# With no story to say whose, a defence ministry announcing that its forces took a village is
# Moscow's: Kyiv's captures are announced by its General Staff and brigades, and its ministry is named.
_MINISTRY_CAPTURE = re.compile(r"\b(?:its|their) (?:forces|troops|units|soldiers) (?:have |had |has )?"
                               r"(?:captured|took control|taken control|seized|gained control)\b")
_MINISTRY = {"ru": Actor("Russian Defense Ministry", "ru"), "ua": Actor("Ukrainian Defence Ministry", "ua")}


# "the Eastern Group of Forces" is Russia's Vostok grouping or Ukraine's own eastern grouping:
# the words around it say which.
_UNQUALIFIED_EAST = re.compile(r"(?:[Tt]he )?East(?:ern)? [Gg]roup(?:ing)? of [Ff]orces$")
_RU_EAST_CLUE = re.compile(
    r"Vostok|Восток|Russia['’]s (?:East|[Dd]efen[cs]e|[Mm]inistry|military)|Russian (?:East|[Dd]efen[cs]e [Mm]inistry|MoD|"
    r"[Mm]inistry of [Dd]efen|military said)|of Russian (?:forces|troops)|Минобороны|Konashenkov|Gerasimov|TASS|RIA")
_UA_EAST_CLUE = re.compile(
    r"Ukrain(?:e['’]s|ian) (?:East|[Aa]rmed|[Gg]eneral [Ss]taff|military spokes|[Dd]efen[cs]e [Ff]orces)|Skhid|Схід|"
    r"Trehubov|Voloshyn|Lykhovii|Pletenchuk|Syrskyi|Armed Forces of Ukraine|ЗСУ|Kyiv Independent|Ukrainska Pravda|Ukrinform")
_UA_EAST = Actor("Ukrainian operational command", "ua")


def _east_clue(scope: str) -> str | None:
    """Whose "Eastern Group of Forces" the words of `scope` point at, if they point at all."""
    if _RU_EAST_CLUE.search(scope):
        return "ru"
    if _UA_EAST_CLUE.search(scope):
        return "ua"
    return None


def _actors(orig: str, staff_side: str, east_side: str = "ru", ministry_side: str | None = None) -> list[ActorMention]:
    """Actors of a sentence, an unqualified "General Staff" or "Eastern Group of Forces" given
    to the side the text means."""
    # "in eastern Ukraine", "of Russia": a country named as where neither speaks nor acts.
    found = [a for a in find_actors(orig) if not (orig[a.start:a.end] in ("Ukraine", "Russia")
                                                  and LAND_BEFORE.search(orig, max(0, a.start - 12), a.start))]
    if staff_side == "ru":
        found = [ActorMention(a.start, a.end, _RU_STAFF)
                 if a.actor.name == "Ukraine's General Staff" and _UNQUALIFIED_STAFF.match(orig[a.start:a.end]) else a
                 for a in found]
    if any(a.actor.name == "ministry" for a in found):
        sides = {a.actor.side for a in found if a.actor.side in ("ru", "ua") and a.actor.name != "ministry"
                 and not (a.actor.rank == 1 and (_LAND_AFTER.match(orig, a.end) or (
                     # "the encirclement of Ukrainian forces": the troops a ministry speaks of, not its own
                     orig[a.end - 2:a.end] not in ("'s", "’s") and (LAND_BEFORE.search(orig, max(0, a.start - 12), a.start)
                                                                 or _OBJECT_OF.search(orig, max(0, a.start - 16), a.start)))))}
        named = {a.actor.side for a in found if a.actor.side in ("ru", "ua") and a.actor.rank >= 2 and a.actor.name != "ministry"}
        if len(named) == 1:
            sides = named  # "TASS cited the defence ministry" beside "Ukraine's Kharkiv region": TASS says whose
        elif not named and _ITS_FORCES.search(orig):
            sides = set()  # "the ministry said its forces ... Ukrainian units are surrounded": the other side is the object
        # Moscow's words: the special military operation, Russian spellings, a tally of drones or losses.
        side = sides.pop() if len(sides) == 1 else "ru" if _RU_MINISTRY_CLUE.search(orig) else ministry_side or (
            "ru" if staff_side == "ua" and _MINISTRY_CAPTURE.search(orig) else staff_side)
        found = [ActorMention(a.start, a.end, _MINISTRY[side]) if a.actor.name == "ministry" else a for a in found]
    if east_side == "ua":
        found = [ActorMention(a.start, a.end, _UA_EAST)
                 if a.actor.name == "Russian force grouping" and _UNQUALIFIED_EAST.match(orig[a.start:a.end]) else a
                 for a in found]
    return found


def extract_statements(text: str, *, story: Any = None, gazetteer: Gazetteer | None = None,
                       published: float | None = None) -> list[Statement]:
    """Statements in a text, one per (speaker side, stance, event, place) of the story; `story`
    supplies ids, source, default side and date (`published` overrides the date)."""
    return extract_with_places(text, story=story, gazetteer=gazetteer, published=published)[0]


def extract_with_places(text: str, *, story: Any = None, gazetteer: Gazetteer | None = None,
                        published: float | None = None) -> tuple[list[Statement], list[str]]:
    """extract_statements, and the names of the places the text mentions (regions left out),
    in order of first mention: from the same gazetteer pass, so the text is read once."""
    gaz = gazetteer or Gazetteer.load()
    default_side = _STORY_SIDE.get(getattr(story, "side", ""), "other")
    story_date = published if published is not None else getattr(story, "published", None)
    text = clean_text(text)
    sentences = split_sentences(text)
    staff_side = _staff_side(text[:MAX_TEXT], default_side)
    ministry_side = default_side if default_side in ("ru", "ua") else _lead_side(text[:MAX_TEXT], "") or None
    # Places are found over the whole text so ambiguous names use the story's other places.
    joined = "\n".join(sentences)
    # The places stage: settlements, regions and directions, each with the words in front of it.
    mentions = find_places(joined, gazetteer=gaz)
    out: list[Statement] = []
    offset = 0
    k = 0
    recent: list[Mention] = []  # the one place of a recent sentence, for "the city" after it
    since = 99
    recent_event: str | None = None
    text_east: str | None = None  # the whole text's clue for "Eastern Group of Forces": scanned once
    for sentence in sentences:
        end = offset + len(sentence)
        here: list[Mention] = []
        while k < len(mentions) and mentions[k].start < end:
            if mentions[k].place is not None:  # a region or a direction names no settlement
                here.append(mentions[k])
            k += 1
        local = [(m, m.start - offset, m.end - offset) for m in here]
        territory = False
        offset = end + 1
        since += 1
        ref_event = None
        coref = False
        if here:
            recent, since = ([here[0]] if len({m.place.name for m in here}) == 1 else []), 0
            recent_event = None
        elif recent and since <= 2 and COREF_HINT.search(sentence) and (ref := COREF.search(sentence)):
            # "Within hours, Kyiv denied it" / "...failed to take the city": the place just named.
            local = [(recent[0], ref.start(), ref.end())]
            ref_event = recent_event
            coref = True
        elif recent and recent_event and since <= 2 and _CANNOT_VERIFY.search(sentence.lower()) \
                and (ref := _HEDGED_ACCOUNT.search(sentence)):
            # "Reuters could not verify either side's claims": the hedge of what was just reported there.
            local = [(recent[0], ref.start(), ref.end())]
            ref_event = recent_event
            coref = True
        if local:
            east_side = "ru"
            if "East" in sentence:
                # Whose grouping: the sentence's own clues, then the story's, then the story's side.
                east_side = _east_clue(sentence) or text_east or ""
                if not east_side:
                    text_east = east_side = _east_clue(text[:MAX_TEXT]) or ("ua" if default_side == "ua" else "ru")
            found = _sentence_statements(sentence, local, story, default_side, staff_side, ref_event, territory,
                                         east_side, story_date, coref, ministry_side)
            if found and here:
                recent_event = found[-1].event
            out.extend(found)
        elif _placeless_hint(sentence):
            out.extend(_placeless_statements(sentence, story, default_side, staff_side, story_date, ministry_side))
    return merge_story(out), list(dict.fromkeys(m.place.name for m in mentions if m.place is not None))


# Drones shot down over a region, losses, strikes across a country: numbers that name no settlement.
# Two scans, not one alternation: re skips straight to a digit, and the words' scan then runs
# without trying a digit at every position.
_PLACELESS_DIGIT = re.compile(r"\d")
# A town named after "soon" in a sentence about another: «... і "скоро захоплять" Лиман».
_FORECAST_BEFORE = re.compile(r"(?:^|\s)[\"«“]?(?:скоро|незабаром|невдовзі|найближчим часом|вот-вот|в ближайшее время)\s+(?:[\w'’\"«»“”-]+\s+){0,2}$")
# «... зачистку села від окупантів, які намагалися встановити прапор»: the goal of those in a relative clause.
_RELATIVE_GOAL = re.compile(r"(?:^|\s)(?:які|який|яка|яке|котрі|котрий|которые|который|которая|которое)\s+(?:\w+\s+)?$")
_PLACELESS_WORD = re.compile(r"\b(?:all|всі|все|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b")
# Counts in Russian and Ukrainian words («четыре беспилотника», «дванадцять шахедів»): looked for only in Cyrillic text.
_PLACELESS_WORD_CYR = re.compile(
    r"(?<![\w])(?:дв[аеі]|двох|двоє|двое|троє|трое|четверо|п['’]?ятеро|шестеро|семеро|тр[иь]|трьох|чотирьох|сорок\w*|п['’]?ятдесят\w*|сотн\w*|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять|"
    r"[а-яіїє]{2,6}надцат[ьи]|[а-яіїє]{2,6}надцят[ьи]|двадцат\w*|двадцят\w*|тридцат\w*|тридцят\w*|несколько|нескольких|кілька|кількох|десятк\w*|"
    # what is launched and struck names its count or its region, seldom a town
    r"беспилотник\w*|безпілотник\w*|бпла|дрон\w*|ракет\w*|удар\w*|атак\w*)(?![\w])", re.IGNORECASE)


def _placeless_hint(sentence: str) -> bool:
    """A number or a count word: the sentence may claim something about no settlement."""
    return _PLACELESS_DIGIT.search(sentence) is not None or _PLACELESS_WORD.search(sentence) is not None or (
        not sentence.isascii() and _PLACELESS_WORD_CYR.search(sentence) is not None)


_POSSESSIVE_END = re.compile(r"['’]s?$")
_PLACELESS_EVENTS = ("shootdown", "losses", "strike")


def _placeless_statements(sentence: str, story: Any, default_side: str, staff_side: str,
                          story_date: float | None, ministry_side: str | None = None) -> list[Statement]:
    """Claims that name no settlement ("air defences destroyed 31 drones over the Belgorod region",
    "Russia lost 1,030 troops in a day, the General Staff says"): the party's side, place None."""
    low = sentence.lower()
    text = low if len(low) == len(sentence) else sentence
    event = classify_event(text, sentence)
    if event not in _PLACELESS_EVENTS:
        return []
    if event == "strike" and not STRIKE_RESULT.search(text):
        return []
    if HISTORY.search(text) or QUESTION.search(text) or HEDGE.search(text) or DENIAL.search(text):
        return []
    goal = GOAL.search(text)
    if goal and not GOAL_EXCEPT.search(text, 0, goal.start()):
        return []
    actors = _actors(sentence, staff_side, ministry_side=ministry_side)
    speaker = find_speaker(text, actors)
    language = lang_side(sentence)
    if speaker is not None and speaker.actor.side in ("ru", "ua"):
        side, name, named = speaker.actor.side, speaker.actor.name, True
    elif speaker is not None and speaker.actor.side == "local" and language is not None:
        # «губернатор Саратовської області»: the region he heads places him; else the language's state
        region = next((m for m in find_places(sentence) if m.kind == "region"), None)
        side, name, named = region.country if region is not None else language, speaker.actor.name, True
    elif speaker is None and language is not None:
        side, name, named = language, None, False
    else:
        return []  # English narration with no party speaking: whose claim is it?
    if is_history(sentence, story_date):
        return []
    names = features("claim", side, event, named, placed=False)
    if scoring.RECORD is not None:
        scoring.RECORD.append((names, "claim", side, None))
    return [Statement(
        sentence=sentence, speaker=name, side=side, stance="claim", event=event, place=None,
        confidence=confidence(names), story_id=getattr(story, "id", None),
        source=getattr(story, "source", None), published=getattr(story, "published", None),
    )]


_GENERIC_SPEAKERS = frozenset((None, "Russia", "Ukraine"))


def _rank(st: Statement) -> tuple[bool, bool, float]:
    """Which of a story's statements of one key to keep: one that counts, then one that names
    its speaker ("Gerasimov" over "Russia"), then the most confident."""
    return st.confidence >= CONFIDENT, st.speaker not in _GENERIC_SPEAKERS, st.confidence


def merge_story(found: list[Statement]) -> list[Statement]:
    """One statement per (side, stance, event, place) of a story: see _rank, first met on ties."""
    best: dict[tuple, Statement] = {}
    for st in found:
        key = (st.side, st.stance, st.event, st.place)
        if key not in best or _rank(st) > _rank(best[key]):
            best[key] = st
    return [st for st in found if best[(st.side, st.stance, st.event, st.place)] is st]


Voice = tuple[str, str, "str | None", str, int, int]
"""(stance, side, speaker, event, clause start, clause end) of one party speaking in a sentence."""


def _clause_actors(actors: list[ActorMention] | None, start: int, end: int) -> list[ActorMention] | None:
    """The sentence's actors inside [start, end), with offsets relative to the clause."""
    if actors is None:
        return None
    return [ActorMention(a.start - start, a.end - start, a.actor) for a in actors if start <= a.start and a.end <= end]


def _voice(orig: str, default_side: str, staff_side: str, event: str | None = None,
           actors: list[ActorMention] | None = None, east_side: str = "ru",
           speaker: Any = False, ministry_side: str | None = None) -> tuple[str, str, str | None, str] | None:
    """(stance, side, speaker, event) of one clause, or None when it reports no event
    (`speaker`: the clause's speaker when the caller found it already)."""
    low = orig.lower()
    sentence = low if len(low) == len(orig) else orig
    event = event or classify_event(sentence, orig)
    if event is None:
        return None
    if actors is None:
        actors = _actors(orig, staff_side, east_side, ministry_side)
    if speaker is False:
        speaker = find_speaker(sentence, actors)
    return (*stance_and_side(sentence, orig, event, speaker, actors, default_side), event)


def _voices(orig: str, event: str, default_side: str, staff_side: str, actors: list[ActorMention],
            east_side: str = "ru", speaker: Any = False, ministry_side: str | None = None) -> list[Voice]:
    """Who says what in a sentence: usually one voice; two when clauses answer each other."""
    n = len(orig)
    if "; " in orig:
        # "Russia claims capture of Kupiansk; Ukraine says city still held": one voice per clause.
        out, start = [], 0
        for clause in orig.split("; "):
            clause_low = clause.lower()
            # "Moscow claims Vovchansk; Kyiv calls it a lie": an answering clause is about the sentence's event.
            answer_event = event if (DENIAL.search(clause_low) or HEDGE.search(clause_low)) else None
            found = _voice(clause, default_side, staff_side, answer_event, east_side=east_side, ministry_side=ministry_side,
                           actors=_clause_actors(actors, start, start + len(clause)))
            if found:
                out.append((*found, start, start + len(clause)))
            elif out and _CANNOT_VERIFY.search(clause.lower()):
                # "...; Reuters could not confirm when the video was filmed": the reporter hedges what came before.
                out.append(("hedge", "other", None, out[-1][3], start, start + len(clause)))
            start += len(clause) + 2
        if out:
            return out
    low = orig.lower()
    if "," in low and len(low) == n and (split := _OTHER_VOICE.search(low)):
        # "Moscow announced the capture of X, the Ukrainian side denies it": each side its clause.
        head = _voice(orig[: split.start()], default_side, staff_side, event, east_side=east_side, ministry_side=ministry_side,
                      actors=_clause_actors(actors, 0, split.start()))
        tail_event = classify_event(low[split.end():], orig[split.end():])
        tail = _voice(orig[split.end():], default_side, staff_side, tail_event or event, east_side=east_side,
                      ministry_side=ministry_side, actors=_clause_actors(actors, split.end(), n))
        # «..., признали в Генштабе»: a tail that only says who spoke, with no event or denial of its own, answers nothing
        says_only = tail_event is None and not low.isascii() and not DENIAL.search(low, split.end())
        if head and tail and head[1] in ("ru", "ua") and tail[1] in ("ru", "ua") and head[1] != tail[1] and not says_only:
            return [(*head, 0, n), (*tail, 0, n)]
    counter = COUNTER.search(low) if ("," in low or " while " in low or " whereas " in low) and len(low) == n else None
    if counter:
        head = _voice(orig[: counter.start()], default_side, staff_side, event, east_side=east_side, ministry_side=ministry_side)
        tail = _voice(orig[counter.end():], default_side, staff_side,
                      classify_event(low[counter.end():], orig[counter.end():]) or event, east_side=east_side, ministry_side=ministry_side)
        if tail and tail[0] == "denial" and tail[1] == "other" and tail[2] is not None and head and head[1] in ("ru", "ua"):
            # "Interfax reported Russia captured X, but Britain's minister denied it": an independent denial.
            return [(*head, 0, n), (*tail, 0, n)]
        if tail and tail[0] == "denial" and tail[1] not in ("ru", "ua") and tail[2] is None:
            # ", but a Ukrainian spokesman called the statement a fantasy": the answering clause's party denies.
            parties = [a for a in actors if a.start >= counter.end() and a.actor.side in ("ru", "ua")]
            if parties and len({a.actor.side for a in parties}) == 1:
                tail = ("denial", parties[0].actor.side, parties[0].actor.name, tail[3])
        if head and tail and tail[1] in ("ru", "ua"):
            return [(*head, 0, n), (*tail, 0, n)]
    countering = _COUNTERING.search(low) if event == "control" and "," in low and len(low) == n else None
    if countering:
        # "Ukrainian forces still defend Kupiansk, countering Russia's claims that ...": the head
        # party's stand denies the claim the tail names.
        found = claimant(low[countering.end():], [])
        head = next((a for a in actors if a.end <= countering.start() and a.actor.side in ("ru", "ua")), None)
        if found is not None and head is not None and head.actor.side != found[0] \
                and holds_own(head.actor.side, low[: countering.start()]) and not EVIDENCE.search(low, 0, countering.start()):
            return [("claim", found[0], found[1], event, 0, n), ("denial", head.actor.side, head.actor.name, event, 0, n)]
    rebuttal = REBUTTAL.search(low) if ("," in low or "–" in low or "—" in low or " - " in low) and len(low) == n else None
    if rebuttal:
        # "X said it captured Kupiansk, a claim Kyiv rejected as false": a claim and its denial.
        tail = orig[rebuttal.end():]
        tail_low = tail.lower()
        answer = next((a for a in _actors(tail, staff_side, east_side, ministry_side) if a.actor.side in ("ru", "ua")), None)
        if answer and DENIAL.search(tail_low) and not HEDGE.search(tail_low):
            head = _voice(orig[: rebuttal.start()], default_side, staff_side, event, east_side=east_side, ministry_side=ministry_side)
            if head and head[0] != "denial":
                return [(*head, 0, n), ("denial", answer.actor.side, answer.actor.name, event, 0, n)]
    stance, side, name, _ = _voice(orig, default_side, staff_side, event, actors, speaker=speaker, ministry_side=ministry_side)
    return [(stance, side, name, event, 0, n)]


# Region names in Ukrainian ("Харківщина") and "на <regional centre>" ("на Запоріжжі" is the region).
_REGION_FORM = re.compile(r"щин[аиіуо]\w*$|shchyn\w*$", re.IGNORECASE)
_ON_REGION = re.compile(r"(?:^|\s)[Нн]а\s$")
# An attack "on" a regional centre names the city: «атака дронів на Київ», «скинув авіабомбу на Херсон».
_ATTACK_ON = re.compile(r"(?:[Аа]так\w*|[Уу]дар\w*|[Нн]аліт\w*|[Нн]алет\w*|[Нн]апад\w*|бомб\w*|[Сс]кину\w*|[Сс]брос\w*)"
                        r"(?: [\w-]+){0,3} на\s$")
# A Cyrillic name in a noun's form, not a region's adjective («Павлограду», not «Синельниківському»).
_NOUN_FORM = re.compile(r"(?![\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ого|ому|ій|их|ім|ая|ой|ом|ым|ої|а|е)$)[\u0400-\u04ff'’ʼ-]+")
# A reporter who cannot check what is said about a place: a hedge of whatever was claimed there.
_CANNOT_VERIFY = _rx(
    r"\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|unable to|has not been able to|(?:was|were) not able to)"
    r"(?: be)?(?: been)?(?: immediately)?(?: independently)? (?:verif\w+|confirm\w*|check\w*)|"
    r"\bnot (?:be )?(?:been )?independently (?:verified|confirmed|checked)|\bcould be (?:independently )?checked|"
    r"\b(?:hard|difficult|impossible) to (?:assess|verify|confirm|establish)\b|"
    r"перевірити (?:\w+ ){0,9}(?:не вдалося|неможливо|не може)|проверить (?:\w+ ){0,9}(?:не удалось|невозможно|не может)|"
    r"не (?:змогл\w*|зміг|смог\w*) (?:\w+ )?(?:перевірити|проверить|підтвердити|подтвердить)")

# What a reporter cannot verify, named without its place: the account just reported.
_HEDGED_ACCOUNT = re.compile(r"\b(?:the|that|this|these|those|either side['’]s|both sides['’]|its|their|his|her|the ministry['’]s)"
                             r" (?:\w+ )?(?:claims?|reports?|accounts?|statements?|assertions?)\b", re.IGNORECASE)

# An analyst's conclusion about who is where: the footage is about control, whatever it shows happening.
_INDICATES_CONTROL = re.compile(r"indicat\w* that (?:\w+ ){0,2}(?:forces|troops|units) (?:still |recently |likely )?"
                                r"(?:operate|hold|held|maintain|remain|advanced|control|are present|were present)")

# An unnamed village placed by a named town.
_NEAR_VILLAGE = re.compile(r"\b(?:villages?|settlements?|hamlets?|села?|сіл|сёл|селище|населен\w* пункт\w*)\s+(?:near|close to|outside|"
                           r"(?:north|south|east|west)\w* of|on the outskirts of|біля|поблизу|під|около|возле|под)\s+$")

# A sentence that opens by naming the area its events happened around.
_AREA_HEADER = re.compile(r"(?:[ВвУу] район[еі]|[Пп]ід|[Пп]од|[Нн]ear|[Ii]n the (?:area|vicinity) of)\s+$")

# "под X" / "під X" beside a village named "в районе Y": X only locates Y.
_UNDER = re.compile(r"(?:^|\s)(?:[Пп]од|[Пп]ід)\s$")
_NAMED_VILLAGE = re.compile(r"(?:район\w*|сел[аеоі]|сіл|сёл|селищ\w*|посёлк\w*|поселк\w*|населен\w* пункт\w*)\s+$")

# Movement towards a place: "advancing along the river toward X", «для продвижения к X».
_TOWARD = re.compile(r"\b(?:advanc\w*|mov\w*|push\w*|press\w*|head\w*|продвижени\w*|продвига\w*|просуван\w*|просува\w*|наступ\w*)"
                     r" (?:[\w'’-]+ ){0,4}(?:toward|towards|к|до|в направлении|в напрямку) ")

# Where drones and missiles came from: "launched from", "з напрямку", "из района".
_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|took off|flying in|flew in) from (?:the )?(?:areas? of |direction of |region of )?|"
                            r"\bfrom the direction of |\bз напрямк\w* |\bзапущен\w* (?:з|із) (?:район\w* )?|"
                            r"\bс направлени\w* |\bзапущен\w* (?:из|с) (?:район\w* )?")
# Words every match of the pattern contains: a window holding none of them skips the scan.
_TOWARD_WORDS = ("toward", " к ", " до ", "направлении", "напрямку")
_LAUNCHED_WORDS = ("from", "напрямк", "запущен", "направлени")


def _search_if(pattern: re.Pattern[str], words: tuple[str, ...], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """pattern.search(text, lo, hi), when one of `words` (which every match contains) lies in that window."""
    for word in words:
        if text.find(word, lo, hi) != -1:
            return pattern.search(text, lo, hi)
    return None


# Between such words and a place: only other names of a list ("Kursk, Bryansk and ").
_LIST_GAP = re.compile(r"(?:the (?:[\w-]+ ){0,2}(?:city|town|village|settlement|hub) of )?(?:[A-ZА-ЯІЇЄҐ][\w'’.-]*(?: [A-ZА-ЯІЇЄҐ][\w'’.-]*)*(?:,\s*(?:and\s+)?|\s+(?:and|та|і|и|й)\s+))*")

# A capital or a city named as the one who answers: "rejected by Kyiv", "denied by Moscow".
_BY_SPEAKER = re.compile(r"\b(?:rejected|denied|dismissed|disputed|refuted|contested|confirmed|claimed|announced|reported)"
                         r" (?:\w+ )?by (?:officials in )?$")

# Questions and features, not reports: "where", "how", "what we know", "photo report".
QUESTION = _rx(r"\b(?:як|куди|чому|навіщо|що відомо|хто|как|куда|почему|зачем|что известно|how|why|what we know|"
               r"what is known|where|фоторепортаж\w*|photo ?report|in pictures|explainer)\b")
# «В Росії заявили про окупацію X, що відомо»: a claim told first, the teaser after it asks nothing.
_CLAIM_THEN_TEASER = _rx(r"\b(?:заяви\w*|заявля\w*|стверджу\w*|оголоси\w*|объяви\w*|claim\w*|announc\w*)\b[^?]*"
                         r"[,:—–-]\s*(?:що відомо|что известно|what we know|what is known)\W*$")

# The words GROUND_ACTIVITY needs after its verb: a cheap scan first.
_MAYBE_ACTIVITY = re.compile(r"near|toward|around|within|direction|area|біля|поблизу|район|напрям|направлен|сторону")

# A comma, then another party answering: "..., the Ukrainian side denies it", "..., у ЗСУ це заперечують".
_OTHER_VOICE = re.compile(
    r",\s+(?:(?:однако|але|а|но|but|while|whereas|though|тоді як|тогда как)\s+(?=[^,;]{0,50}\b(?:says|said|insists?|кажуть|каже|"
    r"заявля\w*|заявил\w*|признал\w*|визнал\w*|говорят|говорить|тримають|утримують|удерживают|контролюють|контролируют|"
    r"обороняють|обороняют)\b)|(?=[^,;]{0,50}\b(?:denied|denies|deny|rejects|rejected|"
    r"dismissed|dismisses|заперечу\w*|спростову\w*|опроверга\w*|неправда|признал[аи]?|визнал[аи]?|визнав)\b)|"
    # a headline's second party: "Kremlin claims X, Kyiv says Y"
    r"(?=(?:kyiv|kiev|moscow|ukraine|russia|the kremlin|kremlin)\s+(?:says|said|insists)\s+(?:that\s+)?[a-z]))")


# What a strike is made with: attacks by these on a place are shelling, reported as strikes.
_WEAPON = _rx(r"\b(?:drones?|missiles?|artillery|rockets?|bombs?|shell\w*|air|aerial|uavs?|mortars?|mlrs)\b")
_FAILED = _rx(r"\b(?:fail\w*|foiled|unsuccessful\w*|thwart\w*|prevent\w*|fought off|beat back|frustrat\w*)\b")


def _attempt_only(sentence: str) -> bool:
    """The sentence tells of an attempt to gain ground and of no result (a repulse, a capture, a
    failure, a denial) outside the attempt's own words."""
    attempt = ATTEMPT_ONLY.search(sentence)
    if attempt is None:
        return False
    rest = sentence[:attempt.start()] + " " + sentence[attempt.end():]
    return not (RESULT.search(rest) or CAPTURE_RE.search(rest) or _FAILED.search(sentence)
                or DENIAL.search(sentence) or HEDGE.search(sentence) or FOILED.search(sentence))


# A unit named after a place: «корпус «Азов»», «бригада Азов», "the Azov brigade".
_UNIT_BEFORE = re.compile(r"(?:[Кк]орпус\w*|[Бб]ригад\w*|[Пп]олк\w*|[Бб]атал[ьі]\w*|[Cc]orps|[Bb]rigade|[Rr]egiment|[Bb]attalion)"
                          r"\s+[«\"“]?$")
_UNIT_WORD = re.compile(r"[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion")
_UNIT_AFTER = re.compile(r"[»\"”]?\s+(?:[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion)\b")
# A target named after the move it is for: «для дальнейшего освобождения X», «для подальшого наступу на X».
_FOR_FURTHER = _rx(r"\bдля (?:дальнейш\w+ |подальш\w+ )?(?:наступ\w*|освобожд\w*|звільн\w*|продвиж\w*|просуван\w*|штурм\w*)"
                   r" (?:на |к |до )?$")
_SECOND_AGENT = re.compile(r",?\s+(?:and|while|whereas)\s+(?=(?:Russian|Ukrainian) (?:forces|troops|units) (?:\w+ly |also |have |has |had )?"
                           r"(?:have|has|had|are|were|\w+ed)\b)")
# Whose weapons hit: "Ukrainian drones", "Russian shelling", "Kyiv's missiles".
_ATTACKER = re.compile(r"\b(Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Russian|Russia['’]s|Moscow['’]s) (?:[\w-]+ )?"
                       r"(?:drones?|UAVs?|artillery|shelling|shells|missiles?|rockets?|strikes?|(?:glide )?bombs?|MLRS|HIMARS|forces|troops|army)\b")
_NO_COMMENT = re.compile(r"\b(?:did not|didn't|has not|have not|had not|declined to|refused to|would not|no) "
                         r"(?:immediately |yet |publicly |officially )?(?:comment(?:ed)?|commenting) on\b")
_REGION_ONLY = re.compile(r"\b(?:Crimea|Dnipropetrovsk|Donbas|Kirovohrad|oblasts|regions|provinces)\b")
_WATER_BEFORE = re.compile(r"\b(?:[Ss]ea|[Gg]ulf|[Bb]ay|[Ss]trait)s? of\s+$|(?:^|\s)(?:рік[аиуі]|рікою|річк[аиуіо]|річкою|рек[аиуе]|рекой|річищ\w*)\s+(?:[\w'’-]+\s+)?$")
_COUNTERING = re.compile(r",\s+(?:countering|rejecting|contradicting|disputing|refuting|denying|dismissing)\s+"
                         r"(?=[\w-]+['’]s (?:[\w-]+ ){0,2}(?:claims?|assertions?|statements?|reports?|announcements?) that\b)")
_RELATIVE_TAIL = re.compile(r",\s+(?:which|where|whom|when|the (?:regional |administrative )?(?:capital|centre|center) of|"
                            r"(?:an?|the) (?:[\w-]+ ){0,3}?(?:that|which|where)\b)")
# A place named as what a claim is about: "the Danylivka report", "Vovchansk claim".
_NOUN_AFTER_PLACE = re.compile(r"\s(?:claims?|reports?|statements?)\b")


def _sentence_statements(sentence: str, local: list[tuple[Mention, int, int]], story: Any,
                         default_side: str, staff_side: str = "ua", ref_event: str | None = None,
                         territory: bool = False, east_side: str = "ru",
                         story_date: float | None = None, coref: bool = False,
                         ministry_side: str | None = None) -> list[Statement]:
    """Statements of one sentence about its places (`territory`: the one place is a region's land)."""
    tail = _RELATIVE_TAIL.search(sentence)
    if tail is not None and (HISTORY.search(sentence.lower(), tail.start()) or is_history(sentence[tail.start():], story_date)):
        # "... captured Novobakhmutivka, north of Avdiivka, which they seized in February": the
        # history is the relative clause's; the sentence's own claim stands without it.
        sentence = sentence[: tail.start()]
        local = [(m, start, end) for m, start, end in local if end <= tail.start()]
        if not local:
            return []
    pair = _SECOND_AGENT.search(sentence) if not coref and (" and " in sentence or " while " in sentence) else None
    if pair is not None and len(sentence.lower()) == len(sentence) \
            and find_speaker(sentence.lower(), _actors(sentence, staff_side, east_side, ministry_side)) is None:
        # "Ukrainian forces recently advanced near X and Russian forces recently advanced near Y":
        # nobody speaks, so each side's troops are their own sentence.
        cut, resume = pair.start(), pair.end()
        args = (story, default_side, staff_side, ref_event, territory, east_side, story_date, coref, ministry_side)
        halves = ((sentence[:cut] + ".", [(m, s, e) for m, s, e in local if e <= cut]),
                  (sentence[resume:], [(m, s - resume, e - resume) for m, s, e in local if s >= resume]))
        return [st for half, places in halves if places for st in _sentence_statements(half, places, *args)]
    orig = sentence
    low = sentence.lower()
    if len(low) == len(sentence):
        sentence = low  # the regexes are compiled for lowercase; offsets stay the same
    event = classify_event(sentence, orig)
    if event is None and EVIDENCE.search(sentence) and TROOPS.search(sentence):
        event = "control"  # "geolocated images show Russian soldiers in the center of Avdiivka"
    elif event != "control" and "indicat" in sentence and _INDICATES_CONTROL.search(sentence) and EVIDENCE.search(sentence):
        event = "control"  # "footage shows Ukrainian forces destroying a vehicle in X, indicating that they still operate there"
    if event is None and (CLAIM_ABOUT.search(sentence) or any(_NOUN_AFTER_PLACE.match(orig, e) for _m, _s, e in local)) \
            and (HEDGE.search(sentence) or DENIAL.search(sentence)):
        event = "other"  # "the claim about Huliaipole could not be verified", "calls the Danylivka report fake"
    if event is None and _CANNOT_VERIFY.search(sentence):
        event = "control"  # "the situation in Pokrovsk could not be independently verified"
    if event is None and ref_event and (DENIAL.search(sentence) or HEDGE.search(sentence)):
        event = ref_event  # "Within hours, Ukraine's General Staff denied it": the claim just reported
    if event is None and CONTINUING.search(sentence) and (DENIAL.search(sentence) or HEDGE.search(sentence)):
        event = "control"  # "Peskov denied that Ukrainian units were still fighting in Sudzha"
    if event is None and CLAIMED_PLACE.search(orig[max(0, local[0][1] - 40) : local[0][1]]):
        event = "control"  # "Russia had once again claimed Kupiansk": claiming a place is claiming control
    if event is None or HISTORY.search(sentence) or (territory and event != "control"):
        return []
    if event in ("strike", "shootdown") and NO_EVENT.search(sentence):
        return []
    if event == "control" and not sentence.isascii() and FIGHTING.search(sentence) and not CAPTURE_RE.search(sentence) \
            and not RESULT.search(sentence) and not DENIAL.search(sentence) and not HEDGE.search(sentence):
        return []  # «ведут бои в западной части X, где противник еще удерживается»: fighting, no result
    if event == "strike" and not sentence.isascii() and HABITUAL_SHELLING.search(sentence) and not STRIKE_HARM.search(sentence):
        return []  # «Покровськ щоденно піддається обстрілам»: a habit, no particular strike
    if event == "strike" and not sentence.isascii() and AFTER_STRIKE_REPAIR.search(sentence) and not STRIKE_HARM.search(sentence):
        return []  # «у Херсоні відновили світло після обстрілу»: the repair is the news, not a strike
    if event == "strike" and not sentence.isascii() and WOUNDED_ELSEWHERE.search(sentence):
        return []  # «поранених на фронті»: wounded elsewhere, treated here; no strike on this place
    if event in ("losses", "control") and SILENT.search(sentence):
        return []  # "said nothing about territorial losses near X": what is not said is no claim
    if "comment" in sentence and "claim" not in sentence and _NO_COMMENT.search(sentence):
        return []  # "Ukraine did not comment on the attack on Belgorod": a silence, not a claim
    maybe_activity = ("continued" in sentence or "advance" in sentence or "gains" in sentence  # cheap gate
                      or "не про" in sentence or "без " in sentence or "просун" in sentence)
    if maybe_activity and ACTIVITY_ONLY.search(sentence) and not (DENIAL.search(sentence) or HEDGE.search(sentence)):
        return []  # "continued attacks near X but made no confirmed advances": activity, no claim
    goal = GOAL.search(sentence)
    if goal and not GOAL_EXCEPT.search(sentence, 0, goal.start()) and not FOILED.search(sentence, goal.end()) \
            and not (not sentence.isascii() and _RELATIVE_GOAL.search(sentence, max(0, goal.start() - 24), goal.start())):
        return []
    if GERUND_GOAL.match(sentence):
        return []
    if territory:
        return []  # land in a region names no settlement (CLAIMS_GUIDE): nothing the tracker can place
    if ("?" in orig or not orig.rstrip("»”\"' ").endswith((".", "!"))) and QUESTION.search(sentence) \
            and not _CLAIM_THEN_TEASER.search(sentence):
        return []  # "Pokrovsk or Myrnohrad: where will Russia strike?", "How Kostiantynivka prepares"
    if event in ("strike", "control") and _MAYBE_ACTIVITY.search(sentence) and GROUND_ACTIVITY.search(sentence) \
            and not RESULT.search(sentence):
        return []  # "attacked near A, B and toward C": fighting without a result
    if event == "control" and _attempt_only(sentence):
        return []  # "fighting has centred on Russia's attempts to advance on X": an attempt, no result
    if event in ("strike", "control") and ATTACKS_ON.search(sentence) and not RESULT.search(sentence) \
            and not STRIKE_RESULT.search(sentence) and not _WEAPON.search(sentence):
        return []  # "launched six attacks on X": fighting without a result (drones and guns on a town are strikes)
    actors = _actors(orig, staff_side, east_side, ministry_side)
    speaker = find_speaker(sentence, actors)
    voices = _voices(orig, event, default_side, staff_side, actors, east_side, speaker, ministry_side)
    language = lang_side(orig)
    voices = revise(orig, sentence, voices, actors, speaker, language)
    # A place inside the speaker's own name ("Kyiv denied") is who speaks, not where.
    spoken = [(a.start, a.end) for a in actors if a.actor.rank == 1 and (
        REPORT.match(sentence, a.end + 1) or POSSESSIVE_CLAIM.match(sentence, a.end))]
    places: list[tuple[Mention, int, int]] = []
    seen_places: set[str] = set()
    cyrillic = not low.isascii()  # the Russian and Ukrainian checks below cannot match other text
    unit_words = cyrillic or _UNIT_WORD.search(orig) is not None  # a cheap scan before the per-place ones
    # "Russia controls Crimea, nearly all of Luhansk, over 70% of Donetsk, Zaporizhzhia and Kherson":
    # three or more regional centres beside a name that is only a region are the regions.
    regional = [m for m, _s, _e in local if m.place.name in UKRAINIAN_OBLASTS or m.place.name == m.place.oblast]
    region_list = len(regional) >= 3 and _REGION_ONLY.search(orig) is not None
    for mention, start, end in local:
        if region_list and mention in regional:
            continue
        if mention.speaker or mention.locates:
            continue  # "Kyiv denies", "the city, 104 km east of Kharkiv": who speaks, or only where
        if any(s <= start < e for s, e in spoken) or any(
            a.start <= start and end <= a.end for a in actors if a.actor.rank == 2
        ):
            continue  # "the Luhansk operational-tactical group" names a speaker, not a place
        if NOT_A_PLACE_AFTER.match(orig, end) and not territory or _WATER_BEFORE.search(orig, max(0, start - 30), start):
            continue  # "the Dnipro River", "Kharkiv region", "the Sea of Azov"
        if unit_words and (_UNIT_BEFORE.search(orig, max(0, start - 16), start) or _UNIT_AFTER.match(orig, end)):
            continue  # «корпус «Азов»», "the Azov brigade": a unit's name, not where anything happened
        if REGION_LIST_AFTER.match(orig, end) and not territory and not _NOUN_FORM.fullmatch(mention.text):
            continue  # "in Kharkiv, Dnipropetrovsk, and Zaporizhzhia oblasts" («по Павлограду, ... районах» names the town)
        if _REGION_FORM.search(mention.text) or (
                mention.place.name == mention.place.oblast and _ON_REGION.search(orig, max(0, start - 4), start)
                and not (mention.text[-1:] not in "іi" and _ATTACK_ON.search(orig, max(0, start - 40), start))):
            continue  # "на Харківщині", "на Запоріжжі": the region, not its city («атака на Харків» is the city)
        if any(a.actor.rank == 1 and a.start <= start < a.end for a in actors) and not LOCATIVE_BEFORE.search(
                sentence[max(0, start - 30):start]):
            continue  # "Kyiv dismissed", "a claim rejected by Kyiv": the capital speaks, it is not the place
        if (launch := _search_if(_LAUNCHED_FROM, _LAUNCHED_WORDS, sentence, max(0, start - 90), start)) and \
                _LIST_GAP.fullmatch(orig, launch.end(), start):
            continue  # "drones launched from Kursk, Bryansk and Millerovo": where they came from, not where they hit
        if _BY_SPEAKER.search(sentence, max(0, start - 40), start):
            continue  # "a claim swiftly rejected by Kyiv": the capital answers, it is not the place
        if any(e < start <= e + 3 and (orig[e:start] in ("'s ", "’s ") or orig[e - 2 : start] in ("'s ", "’s "))
               for _m, _s, e in local):
            continue  # "Kyiv's Obolon district": a part of the place just named
        if (toward := _search_if(_TOWARD, _TOWARD_WORDS, sentence, max(0, start - 90), start)) and \
                _LIST_GAP.fullmatch(orig, toward.end(), start):
            continue  # "seized Dvorichanske and are advancing toward Dvorichna": where they head, not what they took
        if len(local) > 1 and GEO_REF.search(sentence[max(0, start - 40) : start]):
            continue  # "30 km south of Kupiansk" locates, it is not what the claim is about
        if len(local) > 1 and cyrillic and _FORECAST_BEFORE.search(sentence, max(0, start - 40), start):
            continue  # «захопили Сіверськ і "скоро захоплять" Лиман»: the second town is a forecast
        if cyrillic and _FOR_FURTHER.search(sentence, max(0, start - 60), start):
            continue  # «для дальнейшего наступления на X»: the next target, not what was taken
        if _NEAR_VILLAGE.search(sentence, max(0, start - 40), start):
            continue  # "captured a village near Huliaipole": the village taken is not named
        if start < 16 and _AREA_HEADER.match(orig, 0, start) and len(local) > 1:
            continue  # «В районе Красноармейска подразделения ... овладели Родинским»: the area, not the place taken
        if _UNDER.search(sentence, max(0, start - 5), start) and any(
                _NAMED_VILLAGE.search(sentence, max(0, s - 25), s) for m, s, _e in local if m is not mention):
            continue  # "в районе Гришино под Красноармейском": the town only says where the village is
        if places and APPOSITION.search(sentence, max(0, start - 110), start):
            continue  # "Rivnopillia, a village near Huliaipole": the second name only says where the first is
        if NPP_AFTER.match(orig, end) and mention.place.name == "Zaporizhzhia":
            npp = Gazetteer.load().resolve("Enerhodar")
            mention = Mention(mention.start, mention.end, mention.text, npp, (npp,)) if npp else mention
        if mention.place.name in seen_places:
            continue
        seen_places.add(mention.place.name)
        places.append((mention, start, end))
    out: list[Statement] = []
    for stance, side, speaker_name, voice_event, c_start, c_end in voices:
        if stance == "claim" and side == "other" and speaker_name is None:
            continue  # nobody speaks and no party acts: background, not anyone's claim
        # A clause speaks about its own places, or about the sentence's when it names none.
        mine = [p for p in places if c_start <= p[1] < c_end] or places
        for mention, _start, _end in mine:
            place = mention.place
            place_side = side
            written = _POSSESSIVE_END.sub("", mention.text)  # "Kherson's district" is Kherson as spelt
            alt = written.isascii() and written.casefold() != place.name.casefold()
            if side == "local" and speaker is not None and speaker.actor.side == "local" \
                    and voice_event in ("strike", "shootdown") and (hit := _ATTACKER.search(orig)):
                # "Ukrainian drones attacked Horlivka, the mayor said": the side that was hit reports it.
                place_side = "ru" if hit.group(1).startswith(("Ukrain", "Kyiv", "Kiev")) else "ua"
            elif side == "local":
                # Local officials speak for the country the place lies in; in the oblasts the
                # front cuts through, installed officials too: there Russian-language text, or the
                # Russian spelling of the name, speaks for Russia.
                place_side = ("ru" if place.oblast not in UKRAINIAN_OBLASTS else "ua") \
                    if place.oblast not in SPLIT_OBLASTS else language or ("ru" if alt else "ua")
            own_stance = stance
            if stance == "confirmation" and voice_event == "strike" and place_side in ("ru", "ua"):
                # «Генштаб підтвердив ураження НПЗ у Саратові», "the governor confirmed the strike on X": a
                # party confirming a strike announces its own success or reports the hit it took, which
                # CLAIMS_GUIDE calls a claim; only an independent voice confirms one.
                own_stance = "claim"
            names = features(own_stance, place_side, voice_event, speaker_name is not None)
            if scoring.RECORD is not None:
                scoring.RECORD.append((names, own_stance, place_side, place.name))
            out.append(Statement(
                confidence=confidence(names),
                sentence=orig, speaker=speaker_name, side=place_side, stance=own_stance, event=voice_event,
                place=place.name, oblast=place.oblast, lat=place.lat, lon=place.lon, approx=place.approx,
                extent=_extent_for(orig, place.name, mention.text),
                story_id=getattr(story, "id", None), source=getattr(story, "source", None),
                published=getattr(story, "published", None),
            ))
    if out and is_history(orig, story_date):
        return []  # background relative to the story's own date (checked last: it is the dearest test)
    return out
