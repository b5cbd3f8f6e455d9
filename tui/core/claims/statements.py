"""Statements: who says what about which place, sentence by sentence.

A statement needs a place, an event verb and no sign that the sentence is background
("occupied at the start of the invasion"), a goal ("capturing Pokrovsk is Moscow's main goal")
or a forecast. This module walks a story's sentences, finds their places and builds the
Statements, one per (side, stance, event, place) of the story. Its stages live beside it:
`clean.py` readies the text and `sentences.py` splits it; `places.py` finds the settlements;
`parties.py` reads who the actors are with the story's clues; `clauses.py` finds who says what
in a sentence and `voice.py`/`stance.py` decide speaker, event, stance and side; `answers.py`
reads sentences that answer another's account; `placeless.py` builds the statements that name
no settlement; `cues.py` holds the patterns and `confidence.py` scores the result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tui.core.claims import confidence as scoring
from tui.core.claims.answers import (
    CAPITALS,
    POSSESSIVE_END,
    account_answered,
    holding_unplaced,
    says_holding,
)
from tui.core.claims.clauses import find_voices
from tui.core.claims.clean import clean_text
from tui.core.claims.confidence import confidence, features
from tui.core.claims.cues import (
    LEFT,
    ATTEMPTS_FAILED,
    NO_THREAT_CYR,
    ACTIVITY_ONLY,
    AFTER_STRIKE_REPAIR,
    APPOSITION,
    ATTACKS_ON,
    ATTEMPT_ONLY,
    CAPTURE_RE,
    CLAIM_ABOUT,
    CLAIMED_PLACE,
    CLAIMS_ABOUT_PLACE,
    CONTINUING,
    COREF,
    COREF_HINT,
    COREF_PLURAL,
    DENIAL,
    EVIDENCE,
    EXTENT,
    FELL_RU,
    FIRE_SEEN,
    FIGHTING,
    FOILED,
    GEO_REF,
    GERUND_GOAL,
    GOAL,
    GOAL_EXCEPT,
    GROUND_ACTIVITY,
    HABITUAL_SHELLING,
    HEDGE,
    HISTORY,
    LOCATIVE_BEFORE,
    NO_COMMENT,
    NO_EVENT,
    NOT_A_PLACE_AFTER,
    NPP_AFTER,
    OPERATION_WORDS,
    POSSESSIVE_CLAIM,
    REGION_LIST_AFTER,
    REPORT,
    RESULT,
    SHOOTDOWN,
    SILENT,
    SITUATION_HELD_CYR,
    STILL_HOLDS,
    STILL_THERE_RE,
    STRIKE_HARM,
    STRIKE_RESULT,
    TROOPS,
    WITHDRAW,
    WOUNDED_ELSEWHERE,
    gated,
    latin_text,
    rx,
)
from tui.core.claims.dates import BACKGROUND_ASIDE, CONSTANT_STRIKES, dated_earlier, is_history, is_recap
from tui.core.claims.gazetteer import SPLIT_OBLASTS, UKRAINIAN_OBLASTS, Gazetteer, Mention, fold, kherson_bank
from tui.core.claims.parties import east_clue, lead_side, naming_asides, sentence_actors, story_staff_side
from tui.core.claims.place_mentions import OFFICIAL_OF, PlaceMention
from tui.core.claims.placeless import (
    AREA_MEASURE,
    ATTACKER,
    CANNOT_VERIFY,
    COUNTED_CAPTURE_CYR,
    COUNTED_SETTLEMENTS,
    COUNTED_SETTLEMENTS_CYR,
    CRIMEA,
    QUESTION,
    RU_VOICE_STRIKE,
    cannot_check_account_cyr,
    conceding,
    governed_region,
    named_district,
    placeless_concession,
    placeless_hint,
    placeless_hold,
    placeless_statements,
    tallied_region,
    unnamed_gain,
)
from tui.core.claims.places import find_places
from tui.core.claims.sentences import MAX_TEXT, sentence_case, split_sentences
from tui.core.claims.stance import UNDER_SIDE_CYR, holder_side, holds_own, narrator_side, revise
from tui.core.claims.tracker import CONFIDENT
from tui.core.claims.translit import has_cyrillic
from tui.core.claims.voice import UNDER_SIDE_EN, classify_event, find_speaker, has_negation, repulsed_object
from tui.core.models import Statement, StoryFacts

__all__ = ["extract_statements", "split_sentences"]

# The centres of two split oblasts that Kyiv has held throughout: a strike on them told in the words of
# the side that was hit is Kyiv's, as in the unsplit oblasts.
# A report refuted in Kyiv's words: «цю інформацію спростували», «опровергли эти сообщения».
_INFO_REFUTED = re.compile(r"\b(?:спростува\w*|спростов\w*|опроверг\w*)\s+(?:[\w'’-]+\s+)?(?:інформаці|информаци|повідомленн|сообщени|твердженн|заяв)\w*|"
                           r"\b(?:інформаці|информаци|повідомленн|сообщени|твердженн)\w*\s+(?:[\w'’-]+\s+)?(?:спростува|спростов|опроверг)\w*")
_KYIV_HELD_CENTRES = frozenset(("Zaporizhzhia", "Kherson"))
_MOSCOW_HELD_TOWNS = frozenset((
    "Donetsk", "Horlivka", "Makiivka", "Yenakiieve", "Khartsyzk", "Shakhtarsk", "Chystiakove", "Snizhne", "Debaltseve",
    "Yasynuvata", "Dokuchaievsk", "Amvrosiivka", "Ilovaisk", "Mariupol", "Volnovakha", "Novoazovsk", "Manhush", "Luhansk",
    "Alchevsk", "Kadiivka", "Sievierodonetsk", "Lysychansk", "Rubizhne", "Antratsyt", "Rovenky", "Dovzhansk", "Brianka",
    "Starobilsk", "Svatove", "Kreminna", "Melitopol", "Berdiansk", "Enerhodar", "Tokmak", "Vasylivka", "Polohy",
    "Nova Kakhovka", "Kakhovka", "Skadovsk", "Oleshky", "Hola Prystan", "Henichesk"))
"""Towns of the split oblasts held by Moscow since 2014 or the spring of 2022: a strike there that
local officials report, its attacker unnamed, is told by the officials Moscow installed."""
_MILITARY_TELLER = re.compile(r"\b(?:brigade|spokes(?:person|man|woman)|military|army|command|commander|corps|battalion)\b")
_SIDE_NAMED = re.compile(r"\b(?:[Uu]krain|[Rr]ussia|Kyiv|Kiev|Moscow)|(?i:украин|україн|росси|росій|русск|всу|зсу|рф)")

# Ukraine's oblasts along each Russian border oblast.
_BORDERING = {"Kursk": ("Sumy",), "Belgorod": ("Kharkiv", "Sumy", "Luhansk"), "Bryansk": ("Chernihiv", "Sumy"),
              "Voronezh": ("Luhansk", "Kharkiv"), "Rostov": ("Luhansk", "Donetsk")}

# A dateline naming a state news agency: "MOSCOW, May 3. /TASS/.", "KYIV, Dec 3 (Ukrinform) -".
_AGENCY_DATELINE = re.compile(r"\s*[A-ZА-ЯІЇЄ][\w’'. -]{1,30},[^\n/()\[\]]{0,25}[/(\[]\s*(Interfax-Ukraine|Ukrinform|UNIAN|Укрінформ|TASS|ТАСС|"
                              r"RIA Novosti|РИА Новости|Sputnik)\s*[/)\]]")
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


_FIGHTING_AT = re.compile(r"\b(?:with|while|as|, and) (?:\w+ )?fighting (?:\w+ ){0,2}(?:near|around|in|outside|(?:south|north|east|west)\w* of|on the outskirts of)\s+"
                          r"(?:the (?:town|city|village|settlement) of )?$")
# "X, on the northern flank, has seen weeks of battles": the town as the scene of fighting, no result there
_SEEN_FIGHTING_AFTER = re.compile(r"(?:,[^,;.]{0,80},)?\s+(?:has |have |had |is |are )?(?:seen|saw|seeing|witnessed)\s+(?:[\w-]+ ){0,3}"
                                  r"(?:fighting|battles|clashes|combat)\b")
_WHO_HOLDS = re.compile(r"\b(?:of|over|about|on|as to|terms of|asked|asking) who (?:now |currently |really )?"
                        r"(?:controls|controlled|holds|held|is in control|was in control)\b")

# "the enemy tried to advance near X but was unsuccessful", "suffered losses and retreated": the bulletin's repulse
_ENEMY_FAILED = re.compile(r"\bthe enemy\b[^.]{0,160}?(?:\b(?:was|were) unsuccessful\b|\bunsuccessfully\b|\bto no avail\b|"
                           r"\b(?:attempts?|efforts?) (?:\w+ ){0,2}failed\b|\bsuffered (?:\w+ )?losses and (?:retreated|withdrew|fell back)\b|"
                           r"\bretreated to (?:its |their )?(?:previous(?:ly occupied)?|initial|original|former) (?:positions|lines)\b)")
_OUR_TROOPS_EN = re.compile(r"\bour (?:troops|forces|defenders|units|soldiers|warriors|fighters)\b")
_NOTHING_GAINED = re.compile(r"(?:продвижени\w*|просуванн\w*|успех\w*|успіх\w*) не (?:достигл\w*|досягл\w*|добил\w*|домогл\w*)|"
                             r"(?<![\w-])не (?:захватив|захопивши|продвинувшись|просунувшись|добившись|досягнувши)(?![\w-])")
# «в Генштабе отреагировали на сообщения о взятии X», «прокоментували заяви про захоплення X»: a party
# answering others' reports of a capture, with no word yet of what it says about them
_REACTED_TO_REPORTS = re.compile(r"(?:отреагир|прокомментир|відреагув|прокоментув)\w* (?:на )?(?:[\w-]+ ){0,2}?"
                                 r"(?:данн|сообщени|информаци|заявлени|слух|вброс|дані|повідомлен|інформаці|заяв|чутк)\w* (?:о|об|про)\b")
# The Russian and Ukrainian conditional mood (not «хотя бы», "at least", nor «как бы», "as if")
# (not «будто бы», «неначе б»: "as if", an allegation's hedge, not a mood)
_SUBJUNCTIVE = re.compile(r"(?<![\w-])(?<!хотя )(?<!хоч )(?<!как )(?<!як )(?<!будто )(?<!буцім )(?:бы|би)(?![\w-])")

_UK_FOR_RU = {"g": "h", "ya": "ia", "yu": "iu", "ye": "ie"}
_RU_LETTERS = re.compile("ya|yu|ye|g")
# Endings of Russian transliteration where Ukrainian romanisation has -ivka, -ove, -ske, -e.
_RU_ENDING = re.compile(r"(?:ovka|evka|yevka|ovo|yevo|oye|oe|skoye|skoe|oy|iy|yy)$", re.IGNORECASE)


def extract_statements(text: str, *, story: StoryFacts | None = None, gazetteer: Gazetteer | None = None,
                       published: float | None = None) -> list[Statement]:
    """Statements in a text, one per (speaker side, stance, event, place) of the story; `story`
    supplies ids, source, default side and date (`published` overrides the date)."""
    return extract_with_places(text, story=story, gazetteer=gazetteer, published=published)[0]


def extract_with_places(text: str, *, story: StoryFacts | None = None, gazetteer: Gazetteer | None = None,
                        published: float | None = None) -> tuple[list[Statement], list[str]]:
    """extract_statements, and the names of the places the text mentions (regions left out),
    in order of first mention: from the same gazetteer pass, so the text is read once."""
    gaz = gazetteer or Gazetteer.load()
    default_side = _STORY_SIDE.get(getattr(story, "side", ""), "other")
    if default_side == "other" and (agency := _AGENCY_DATELINE.match(text)) is not None:
        # "LUGANSK, July 9. /TASS/.": a state agency's own story speaks in its state's voice
        default_side = "ua" if agency.group(1).lower().startswith(("ukr", "укр", "interfax-ukr", "uni")) else "ru"
    story_date = published if published is not None else getattr(story, "published", None)
    text = clean_text(text)
    written = split_sentences(text)
    sentences = [sentence_case(s) for s in written]  # a title-case headline read as a sentence
    head = text[:MAX_TEXT]
    staff_side = story_staff_side(head, default_side)
    ministry_side = default_side if default_side in ("ru", "ua") else lead_side(head, "") or None
    # Places are found over the whole text so ambiguous names use the story's other places.
    joined = "\n".join(sentences)
    # The places stage: settlements, regions and directions, each with the words in front of it.
    mentions = find_places(joined, gazetteer=gaz)
    out: list[Statement] = []
    offset = 0
    k = 0
    recent: list[Mention] = []  # the one place of a recent sentence, for "the city" after it
    listed: list[Mention] = []  # the two to four places of a recent sentence, for "both villages" after it
    since = 99
    recent_event: str | None = None
    text_east: str | None = None  # the whole text's clue for "Eastern Group of Forces": scanned once
    for sentence, as_written in zip(sentences, written):
        end = offset + len(sentence)
        here: list[Mention] = []
        in_russia: set[str] = set()
        russian: list[PlaceMention] = []  # the mentions that set the sentence in Russia
        in_ukraine: dict[int, str] = {}  # Ukrainian oblasts the sentence names as regions, by where each starts
        regions = False
        while k < len(mentions) and mentions[k].start < end:
            m = mentions[k]
            if m.place is not None:  # a region or a direction names no settlement
                here.append(m)
            elif m.kind == "region":
                regions = True
            if m.country == "ru" and m.kind != "direction" and (area := m.place.oblast if m.place is not None else m.area) \
                    and not (m.place is not None and m.speaker):  # («группировка войск „Курск“»: Kyiv's grouping, named by a place)
                in_russia.add(area)
                russian.append(m)
            elif m.kind == "region" and m.country == "ua" and m.area:
                in_ukraine[m.start] = m.area
            k += 1
        if in_russia:
            # "advanced in Toretsk, in Ukraine's Donetsk Oblast, while pushing back in the Kursk region":
            # a village of an oblast the sentence names is that oblast's, not a Russian namesake
            here = [m for m in here if m.place.oblast in in_ukraine.values() or not _namesake_in_ukraine(m, in_russia)
                    or _apart(joined, m, russian)]
        if in_ukraine:
            # "liberated A, Krasnoye and B in the Kharkov region": a village the list places in a Ukrainian
            # oblast is that oblast's namesake, not one spelled alike elsewhere
            here = [p for m in here if (p := _as_listed(joined, m, in_ukraine)) is not None]
        local = [(m, m.start - offset, m.end - offset) for m in here]
        territory = False
        offset = end + 1
        since += 1
        ref_event = None
        coref = False
        # "Kyiv denied the claim" after a claim about another town: the capital answers, the claim's
        # place is the one just named
        # The place just named, for a sentence that names none or only a capital that answers
        # ("Kyiv denied the claim" after a claim about another town)
        ref = None
        many = None
        if (recent or listed) and since <= 2 and COREF_HINT.search(sentence) and (not here or all(
                # ("... the village was still under Kyiv's control": the capital named as a government)
                m.speaker or (m.place.name in CAPITALS and joined.endswith(("'s", "’s"), m.start, m.end)) for m in here)):
            ref = COREF.search(sentence) if recent else None
            many = COREF_PLURAL.search(sentence) if listed and ref is None else None
        if here and ref is None and many is None:
            names = list(dict.fromkeys(m.place.name for m in here))
            recent, since = ([here[0]] if len(names) == 1 else []), 0
            listed = [next(m for m in here if m.place.name == name) for name in names] if 2 <= len(names) <= 4 else []
            recent_event = None
        elif many is not None:
            # "Moscow had earlier reported capturing both villages": each place the sentence before listed
            local = [(m, many.start(), many.end()) for m in listed]
            ref_event = recent_event
            coref = True
        elif ref is not None:
            # "Within hours, Kyiv denied it" / "...failed to take the city": the place just named.
            local = [(recent[0], ref.start(), ref.end())]
            ref_event = recent_event
            coref = True
        elif recent and recent_event and since <= 2 and CANNOT_VERIFY.search(sentence.lower()) \
                and (ref := _HEDGED_ACCOUNT.search(sentence)):
            # "Reuters could not verify either side's claims": the hedge of what was just reported there.
            local = [(recent[0], ref.start(), ref.end())]
            ref_event = recent_event
            coref = True
        if local:
            east_side = "ru"
            if "East" in sentence:
                # Whose grouping: the sentence's own clues, then the story's, then the story's side.
                east_side = east_clue(sentence) or text_east or ""
                if not east_side:
                    text_east = east_side = east_clue(text[:MAX_TEXT]) or ("ua" if default_side == "ua" else "ru")
            found = _sentence_statements(sentence, local, story, default_side, staff_side, ref_event, territory,
                                         east_side, story_date, coref, ministry_side)
            if not found and not coref and here:
                # "Kyiv denied the claim": the capital named as the side that answers, no place of an event
                found = account_answered(sentence, story, staff_side, ministry_side, gaz)
            if not found and not coref and here and all(m.place.name in CAPITALS for m in here) and latin_text(sentence) \
                    and says_holding(sentence):
                found = holding_unplaced(sentence, story, staff_side, ministry_side, story_date)  # "... that Kyiv remains in control"
            if found and here:
                recent_event = found[-1].event
            elif here and _told_by_others(sentence.lower()):
                recent_event = classify_event(sentence.lower(), sentence)  # what "this information" answers next
            elif not found and here and placeless_hint(sentence) and (all(
                    m.speaker or m.place.name in CAPITALS or _WATER_BEFORE.search(joined, max(0, m.start - 30), m.start)
                    # "the head of the Kakhovka district", "the Oskil river": a district's or a river's name, no settlement
                    or tallied_region(joined, m) or governed_region(joined, m) or _river_named(joined, m) or named_district(joined, m)
                    or _named_as_region(joined, m, m.start, m.end)
                    or _OPERATION_AFTER.match(joined, m.end) is not None  # "losses in the Kursk operation"
                    or ("mention" in joined and _UNMENTIONED_BEFORE.search(joined, max(0, m.start - 30), m.start) is not None)
                    for m in here) or COUNTED_SETTLEMENTS.search(sentence) is not None or unnamed_gain(sentence)
                    or (not sentence.isascii() and COUNTED_SETTLEMENTS_CYR.search(sentence) is not None
                        and COUNTED_CAPTURE_CYR.search(sentence) is not None)):
                # a capital named only as a government ("the X regime lost N men", "as Kyiv mounts an
                # incursion"): the name speaks or acts; "over the Sea of Azov": a sea's name, no
                # settlement; "two villages near X": X only says where
                found = placeless_concession(sentence, story, staff_side, ministry_side) if conceding(sentence) else []
                found = found or placeless_statements(sentence, story, default_side, staff_side, story_date, ministry_side)
            elif not found and here and conceding(sentence) and all(m.speaker or m.place.name in CAPITALS for m in here):
                # "Kyiv concedes the enemy's assault groups got into the district": the capital concedes, no place of the event
                found = placeless_concession(sentence, story, staff_side, ministry_side)
            out.extend(_as_written(found, sentence, as_written))
        else:
            found = placeless_concession(sentence, story, staff_side, ministry_side) if conceding(sentence) else []
            if not found and (placeless_hint(sentence) or (regions and SHOOTDOWN.search(sentence.lower()) is not None)):
                # "a drone shot down over the Belgorod region": the region names where, with no count
                found = placeless_statements(sentence, story, default_side, staff_side, story_date, ministry_side)
            if not found:
                found = account_answered(sentence, story, staff_side, ministry_side, gaz)
            if not found and latin_text(sentence) and says_holding(sentence):
                found = holding_unplaced(sentence, story, staff_side, ministry_side, story_date)
            if not found:
                found = placeless_hold(sentence, story, staff_side, ministry_side)
            out.extend(_as_written(found, sentence, as_written))
    return merge_story(out), list(dict.fromkeys(m.place.name for m in mentions if m.place is not None))


def _as_written(found: list[Statement], read: str, written: str) -> list[Statement]:
    """The statements of a sentence read in another case, each showing the sentence as written."""
    if read != written:
        for st in found:
            if st.sentence == read:
                st.sentence = written
    return found


_UNMENTIONED_BEFORE = re.compile(r"\b(?:(?:made|makes|make|with|had|has) no mention of|(?:did|does) not mention|didn['’]t mention|"
                                 r"without mentioning)(?: the (?:town|city|village|settlement) of)? $")
_SHARE_OF_BEFORE = re.compile(r"\b(?:all|most|much|half|parts?|the rest|(?:a |the )?(?:large |small |southern |northern |eastern |western )?"
                              r"(?:part|portion|share|swathes?)) of (?:the )?$")
_REGIONS_NAMED = re.compile(r"\b(?:regions?|oblasts?|provinces?)\b")
_OPERATION_AFTER = re.compile(r"\s" + OPERATION_WORDS + r"\b")
_DISTRICT_OR_RIVER_AFTER = re.compile(r"\s(?:[Dd]istrict|[Rr]aion|[Rr]iver|[Rr]eservoir)\b")
_LIST_TO_REGION = re.compile(r"(?:\s*(?:,|and|,\s*and)\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)*,?\s+in (?:the )?"
                             r"(?P<region>[A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast)\b")


def _as_listed(text: str, m: Mention, oblasts_at: Mapping[int, str]) -> Mention | None:
    """The village as a list "A, B and C in the X region" after it places it when X is one of the
    sentence's Ukrainian oblasts (`oblasts_at`, by where each is named): its namesake there, or None
    when the gazetteer holds none there."""
    listed = _LIST_TO_REGION.match(text, m.end)
    if listed is None or m.place is None or m.place.population >= 50_000:
        return m
    oblast = oblasts_at.get(listed.start("region"))
    if oblast is None or m.place.oblast == oblast:
        return m
    namesake = next((c for c in m.candidates if c.oblast == oblast), None)
    if namesake is None and has_cyrillic(m.text):
        # «Волчье в Днепропетровской области»: Moscow's spelling of the oblast's village, another's namesake
        namesake = Gazetteer.load().guess_cyrillic(m.text, oblast)
    if namesake is None:
        return None
    m.place, m.country = namesake, "ua"
    return m


# A town named after "soon" in a sentence about another: «... і "скоро захоплять" Лиман».
_FORECAST_BEFORE = re.compile(r"(?:^|\s)[\"«“]?(?:скоро|вскоре|незабаром|невдовзі|найближчим часом|вот-вот|в ближайшее время|"
                              # «... и могут потерять X», «можуть втратити X»: what may come next
                              r"(?:могут|можуть|может|може) (?:\w+ )?(?:потерять|втратити|лишиться|позбутися|оставить|залишити|сдать|здати))"
                              r"\s+(?:[\w'’\"«»“”-]+\s+){0,2}(?:(?:и|і|та|й) |, )?(?:[\w'’\"«»“”-]+\s+)?$")
_MAY_TAKE_BEFORE = re.compile(r"(?<!не )(?<!\w)(?:може|можуть|зможе|зможуть|может|могут|сможет|смогут)(?: \w+)? "
                              r"(?:захопити|взяти|оточити|звільнити|втратити|здати|захватить|взять|окружить|освободить|занять|потерять|сдать)"
                              r"\s+(?:[\w'’\"«»“”-]+\s+)?$")
# «... зачистку села від окупантів, які намагалися встановити прапор»: the goal of those in a relative clause.
_RELATIVE_GOAL = re.compile(r"(?:^|\s)(?:які|який|яка|яке|котрі|котрий|которые|который|которая|которое)\s+(?:\w+\s+)?$")

_GENERIC_SPEAKERS = frozenset((None, "Russia", "Ukraine"))


def _rank(st: Statement) -> tuple[bool, bool, float]:
    """Which of a story's statements of one key to keep: one that counts, then one that names
    its speaker ("Gerasimov" over "Russia"), then the most confident."""
    return st.confidence >= CONFIDENT, st.speaker not in _GENERIC_SPEAKERS, st.confidence


def merge_story(found: list[Statement]) -> list[Statement]:
    """One statement per (side, stance, event, place) of a story: see _rank, first met on ties. A
    statement of no named event ("other": «ЗСУ спростували фейк про бої у X») is dropped where the
    story says the same side's same stance about that place's control or strike: one dispute, one claim."""
    best: dict[tuple, Statement] = {}
    for st in found:
        key = (st.side, st.stance, st.event, st.place)
        if key not in best or _rank(st) > _rank(best[key]):
            best[key] = st
    named = {(st.side, st.stance, st.place) for st in found if st.event != "other" and st.place}
    return [st for st in found if best[(st.side, st.stance, st.event, st.place)] is st
            and not (st.event == "other" and (st.side, st.stance, st.place) in named)]


# Region names in Ukrainian ("Харківщина") and "на <regional centre>" ("на Запоріжжі" is the region).
_REGION_FORM = re.compile(r"щин[аиіуо]\w*$|shchyn\w*$", re.IGNORECASE)
_ON_REGION = re.compile(r"(?:^|\s)[Нн]а\s$")
# An attack "on" a regional centre names the city: «атака дронів на Київ», «скинув авіабомбу на Херсон».
_ATTACK_ON = re.compile(r"(?:[Аа]так\w*|[Уу]дар\w*|[Нн]аліт\w*|[Нн]алет\w*|[Нн]апад\w*|бомб\w*|[Сс]кину\w*|[Сс]брос\w*|[Сс]керува\w*|[Сс]прямува\w*)"
                        r"(?: [\w-]+){0,3} на\s$")
# A Cyrillic name in a noun's form, not a region's adjective («Павлограду», not «Синельниківському»).
_NOUN_FORM = re.compile(r"(?![\w'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ого|ому|ій|их|ім|ая|ой|ом|ым|ої|а|е)$)[\u0400-\u04ff'’ʼ-]+")
# A reporter who cannot check what is said about a place: a hedge of whatever was claimed there.
_SITUATION_SAME = rx(r"\bsituation (?:in|around) (?:[\w'’-]+ ){1,4}(?:is|remains|has not changed)(?: \w+)? (?:the same|unchanged|stable|under control)\b|"
                      r"\bnothing has changed (?:in|around)\b")

# What a reporter cannot verify, named without its place: the account just reported.
_HEDGED_ACCOUNT = re.compile(r"\b(?:the|that|this|these|those|either side['’]s|both sides['’]|its|their|his|her|the ministry['’]s)"
                             r" (?:\w+ )?(?:claims?|reports?|accounts?|statements?|assertions?)\b", re.IGNORECASE)

# An analyst's conclusion about who is where: the footage is about control, whatever it shows happening.
_INDICATES_CONTROL = re.compile(r"indicat\w* that (?:\w+ ){0,2}(?:forces|troops|units) (?:still |recently |likely )?(?:continue to )?"
                                r"(?:operate|hold|held|maintain|remain|advanced|control|are present|were present)")

# "troops are several kilometres from X": how far they still are, not an event at X
_STILL_AWAY = re.compile(r"\b(?:are|is|were|was|remain\w*|stood|stand) (?:now |still |just |only |about |some )?(?:a few |several |\d+(?:\.\d+)? |[a-z]+ )?"
                         r"(?:kilomet\w+|km|miles) (?:away )?(?:from|short of|outside)\s+(?:the (?:city|town|village) of )?$")
# "the villages of A and B in the Donetsk region near X and the town of Y", "the town of A, located near the
# town of X": X and Y only say where the places just named lie.
_LOCATED_NEAR = re.compile(r"\b(?:located|situated|lying|lies) (?:\w+ ){0,3}?(?:near|close to|outside|not far from)\s+"
                           r"(?:the (?:[\w-]+ ){0,3}(?:town|city|village|hub) of\s+)?$|"
                           r"\b(?:region|oblast|province)\s+(?:near|close to|not far from)\s+(?:the (?:[\w-]+ ){0,3}(?:town|city|village|hub) of\s+)?$")
# "the village of X, on the southeastern fringes of Y": Y only says where X lies
_FRINGE_OF = re.compile(r",\s+(?:just |right )?(?:on|at|in) the (?:[\w-]+ )?(?:fringes?|outskirts|edges?|suburbs) of\s+(?:the (?:town|city) of\s+)?")
_AND_TOWN = re.compile(r",?\s*(?:and|or)\s+(?:the (?:[\w-]+ )?(?:town|city|village) of\s+)?|,\s*")
_IN_COMPASS = re.compile(r"\bin (?:the )?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$")
# "26 over the Belgorod region, 25 over Bryansk": a tally over regions, the region's word left out after the first
_AREA_WORD_AFTER = re.compile(r" (?:area|border area|frontier|borderlands)\b")


_ROAD_LINKING = re.compile(r"(?<![^\W\d_])(?:связывающ|соединяющ|сполучаю|з['’]єдную|linking|connecting)\w*\s+(?:[\w'’-]+\s+(?:и|та|і|й|and|with|с|з)\s+)?$")
_REGIONS_INCLUDING = re.compile(r"\b(?:regions|oblasts|provinces),? (?:including|among them|such as) (?:the )?(?:[\w'’-]+(?:,| and| or) )*$")


def _named_as_region(text: str, mention: Mention, start: int, end: int) -> bool:
    """A regional centre's name used for its region: "the Kursk area", "over several Russian regions,
    including Volgograd", "the villages in Zaporizhzhia"."""
    return mention.place.name == mention.place.oblast and not mention.city and (
        text[max(0, start - 4):start].lower() == "the " and _AREA_WORD_AFTER.match(text, end) is not None
        or " including " in text and _REGIONS_INCLUDING.search(text, max(0, start - 90), start) is not None
        or _VILLAGES_OF.search(text, max(0, start - 40), start) is not None
        # "struck eight settlements 220 times ... in Zaporizhzhia": the settlements counted are the region's
        or COUNTED_SETTLEMENTS.search(text) is not None and _IN_REGION_WORDS.search(text, max(0, start - 12), start) is not None)


# Regional centres whose own streets no army has fought for since 2022 (Donetsk and Luhansk held by Moscow
# since 2014): named with a capture, advance or hold and not called a city, they are their regions.
_REAR_CENTRES = frozenset({"Zaporizhzhia", "Kharkiv", "Dnipro", "Mykolaiv", "Odesa", "Sumy", "Chernihiv", "Donetsk", "Luhansk"})
_IN_REGION_WORDS = re.compile(r"\b(?:in|of|across|throughout)\s+$")
_VILLAGES_OF = re.compile(r"\b(?:villages|settlements|towns|communities|hromadas) (?:of|in|across|throughout) (?:the )?$")
_COUNT_OVER = re.compile(r"\b\d+ (?:more )?over $")
_OVER_REGION = re.compile(r"\bover the [\w-]+ (?:region|oblast)\b")
# An unnamed village placed by a named town.
_NEAR_VILLAGE = gated(re.compile(r"\b(?:villages?|settlements?|hamlets?|towns?|села?|сіл|сёл|селищ[ае]?|поселк\w*|населен\w* пункт\w*)\s+(?:near|close to|outside|around|"
                           r"along (?:a|the) (?:[\w-]+ )?(?:road|railroad|railway|highway|route) (?:to|from)|"
                           r"(?:to the )?(?:north|south|east|west)\w*(?: and (?:north|south|east|west)\w*)? of|on the outskirts of|біля|поблизу|під|около|возле|под)\s+"
                           # "a village near the Russian stronghold of X", "villages outside the key hub of X", headline "village close to key hub of X"
                           r"(?:(?<=near )|(?<=outside )|(?<=close to )|(?<=around ))?(?:(?:eastern |southern |northern |western |central )?(?:ukraine['’]s |russia['’]s ))?"
                           r"(?:(?:the )?(?:[\w-]+ ){0,2}(?:stronghold|hub|town|city|village) of\s+)?$|"
                           # «ближайшие к городу X населенные пункты», «за пределами города X»: around the place, not it
                           r"(?<![^\W\d_])(?:ближайш\w*|соседн\w*|прилегающ\w*|найближч\w*|сусідн\w*) (?:к|до) (?:город\w* |міст\w* |сел\w* )?$|"
                           # «Андріївку — сусіднє з Кіндратівкою село», «соседнее с X село»: the neighbour named by it
                           r"(?<![^\W\d_])(?:сусідн\w*|соседн\w*) (?:з|із|зі|с|со) $|"
                           r"(?<![^\W\d_])(?:за пределами|за межами|поза межами) (?:город\w* |міст\w* |сел\w* )?$"))

# Control widened past a place holds it: «расширили зону контроля за пределами села X».
_BEYOND_GAIN = rx(r"\b(?:контрол\w*|продвину\w*|просуну\w*) (?:[\w'’-]+ ){0,3}(?:за пределами|за межами|поза межами) (?:\w+ )?$")

# «высота, которая открывает возможности контролировать дорогу»: what a place would allow
_ALLOWS_CONTROL = re.compile(r"(?:возможност|можливост)\w* (?:[\w-]+ ){0,2}(?:контролировать|контролювати|контроля|контролю)\b")
# "In neighbouring Belgorod, ...": a regional centre opening the sentence as the region
_REGION_OPENING = re.compile(r"\W*[Ii]n (?:neighbou?ring |nearby |the neighbou?ring )?$")
# A sentence that opens by naming the area its events happened around.
_AREA_HEADER = re.compile(r"[\"“«]?(?:[ВвУу] район[еі]|[Пп]ід|[Пп]од|[Нн]ear|[Ii]n the (?:area|vicinity) of)\s+$")
_HYPHEN_TOWN = re.compile(r"-[A-Z][a-z'’]{3,}")
_TOWN_HYPHEN = re.compile(r"[A-Z][a-z'’]{3,}-$")
_NEAR_TOWN_OF = re.compile(r"\bnear (?:the )?(?:[\w-]+ )?(?:town|city) of\s+$")
# "its first major gain since Bakhmut": a place after "since" dates the story, no event is there.
_SINCE_PLACE = re.compile(r"\bsince (?:the (?:fall|capture|loss|battle|seizure) of )?$")
# "paves the way for Russian forces to advance on X", "blocking an advance to Y": where they could go next.
_OPENS_WAY = re.compile(r"\b(?:paves?|paving|paved|opens?|opening|opened) the (?:way|road|path) (?:for|to)\b")
_BLOCKED_ADVANCE = re.compile(r"\b(?:block\w*|halt\w*|stop\w*|prevent\w*|hold\w* back|holding off) (?:[\w'’-]+ ){0,3}"
                              r"(?:advance|push|drive|breakthrough|offensive)s? (?:to|toward|towards|on|into)\s+$")
# "Mariupol has been one of Ukraine's worst-hit areas": how a place fared, not an event told there.
_WORST_HIT_AFTER = re.compile(r"\s+(?:has been|is|was|remains) (?:one of )?(?:the |[\w'’]+['’]s )?(?:worst|hardest|most)[- ](?:hit|affected)\b")

# «село X поблизу Y», «поселок X возле Y»: the gap between a named village and the town that locates it.
_NEAR_TOWN_GAP = re.compile(r"\s+(?:поблизу|біля|під|неподалік від|недалеко від|поруч із|под|возле|около|вблизи|недалеко от|неподалеку от)\s+")
# A gain's effect on another town: «осложнит положение ВСУ в X», «ускладнить оборону Y».
_EFFECT_BEFORE = re.compile(r"(?:осложн|ускладн|затрудн|ухудш|погірш)\w* (?:[\w-]+ ){0,5}$", re.IGNORECASE)
_CAPITAL_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’-])([А-ЯІЇЄҐЁ][а-яіїєґё'’]+(?:ая|яя|ую|юю|ой|ей|ий|ый|ого|его|ому|ему|ом|ем|ої|ій|а|у|е|і|і|ые|ых))\s$")
_UNITS_DESCRIBED_BY = re.compile(r"(?:^|\s)(?:[Пп]родвигающи|[Нн]аступающи|[Дд]ействующи|[Вв]оюющи|[Нн]аступаюч|[Пп]росуваюч|[Дд]іюч)\w+ "
                                 r"(?:[\w-]+ ){0,2}(?:в|у|на|под|під) (?:район\w* |окрестност\w* |околиц\w* )?$")
_ACRONYM_ADJECTIVE = re.compile(r"[А-ЯІЇЄҐЁ]{2,}[а-яіїєґё]")
_SAME_COMMUNITY = re.compile(r"(?:тій самій|тій же|цій же|тієї ж|цієї ж|той же|этой же|той самой|тієї самої)\s+$")
# "под X" / "під X" beside a village named "в районе Y": X only locates Y.
_UNDER = re.compile(r"(?:^|\s)(?:[Пп]од|[Пп]ід)\s$")
_NAMED_VILLAGE = re.compile(r"(?:район\w*|сел[аеоі]|сіл|сёл|селищ\w*|посёлк\w*|поселк\w*|населен\w* пункт\w*)\s+$")

# Movement towards a place: "advancing along the river toward X", «для продвижения к X».
_TOWARD = re.compile(r"\b(?:advanc\w*|mov\w*|push\w*|press\w*|head\w*|surg\w*|продвижени\w*|продвига\w*|продвину\w*|просуван\w*|просува\w*|просуну\w*|наступ\w*)"
                     r" (?:[\w'’-]+ ){0,4}(?:toward|towards|in (?:the )?direction of|к|до|в направлении|по направлению(?: к)?|по направлениям|в направлениях|"
                     r"в напрямку|у напрямку|в напрямках|у напрямках|в сторону|у бік|в бік) (?:населенн\w+ пункт\w+ |населен\w+ пункт\w+ )?"
                     r"(?:(?:[\w'’-]+ ){0,4}(?:города|міста|села|поселка|селища) |(?:the |ukraine['’]s |russia['’]s )?(?:[\w-]+ ){0,2}(?:city|town|village|stronghold|hub|cities|towns|villages|settlements) of )?|"
                     # «почати контрнаступ на X», «наступление на Y»: an offensive's target, not what it took
                     r"\b(?:контр)?(?:наступ|наступлени)(?:у|ом|і|е|я|ю|ем|и)? на (?:(?:місто|город|село|селище|поселок|посёлок) )?|"
                     # «оттесняя противника к X»: where the enemy is pushed, not a place anything happened (not «к западу от X»)
                     r"\b(?:отодвига|оттесня|відтісня|відсува)\w* (?:[\w'’-]+ ){0,3}(?:к|до) (?!(?:северу|югу|западу|востоку|северо|юго|півночі|півдню|заходу|сходу)\w*)"
                     r"(?:(?:городу|селу|поселку|посёлку|міста|села|селища) )?|"
                     # «приближаются к селу X», «наближаються до Х»: closing in, not there yet
                     r"\b(?:приближа\w*|приблизил\w*|наближа\w*|наблизил\w*) (?:[\w'’-]+ ){0,2}(?:к|до) "
                     r"(?:(?:селу|поселку|посёлку|городу|населенному пункту|села|селища|міста|населеного пункту) )?|"

                     # "brings the front closer to X", "forging a path towards X", "approaching the outskirts of X"
                     r"\bhead(?:ing|ed|s)? for (?:the (?:[\w-]+ )?(?:city|town|village) of )?|"  # "now heading for the city of X"
                     # "the way to further advances into X", "the further advance in X": what a gain may lead to
                     r"(?:(?<=the )|(?<=for )|(?<=to )|(?<=of ))further advances? (?:[\w-]+ ){0,2}?(?:in|into|on|towards?) (?:the (?:city|town|village) of )?|"
                     # "seized X, attacking towards Y": the attack goes on past the place taken
                     r"(?<=, )attacking (?:[\w'’-]+ ){0,2}(?:toward|towards|in the direction of) (?:the (?:city|town|village) of )?|"
                     r"\bcloser to (?:the (?:city|town|village) of )?|\b(?:villages|settlements|ground|territory|gains|progress) (?:toward|towards) |\b(?:path|way) towards? (?:the (?:city|town|village) of )?|"
                     r"\bapproach\w* (?:the )?(?:outskirts|edges?|suburbs) of (?:the (?:city|town|village) of )?|"
                     r"\bon the (?:verge|brink|cusp) of (?:capturing|taking|seizing|encircling|surrounding|entering|overrunning) (?:the (?:city|town|village) of )?|"
                     # "took X and approached Y", "advancing west of X, approaching Y": closing in on Y, not in it
                     r"\bapproach(?:ed|es|ing)? (?:the (?:city|town|village) of )?|"
                     # "continued to advance in grinding battles around the towns of X and Y": movement, no place taken
                     r"\bcontinu\w+ (?:to advance|advancing|(?:their|its) advance) (?:[\w'’-]+ ){0,4}(?:around|toward|towards) "
                     r"(?:the )?(?:(?:[\w-]+ )?(?:towns?|cities|city|villages?|settlements?) of )?|"
                     # "advanced near the village of X towards the city of Y": the village taken, the city only where they head
                     r"\badvanc\w* (?:[\w'’-]+ ){5,24}towards? (?:the (?:[\w-]+ )?(?:city|town|village) of )?")

# An offensive still under way, as a noun: «продолжают продвижение», «триває наступ», «продолжается наступление»,
# «продолжается взятие под контроль X», «триває штурм X».
_GOING_ON = re.compile(r"\b(?:продолжа\w*|продовжу\w*|продовжи\w*|трива\w*) (?:[\w-]+ ){0,2}(?:продвижени[еяю]|наступлени[еяю]|просування|наступ|наступу|"
                       r"взяти[еяю] под контроль|взяття під контроль|освобождени[еяю]|звільнення|штурм|штурму)(?![\w-])")
# The frame a report sets before the places it reports on: "the situation around X", «обстановка навколо X»
# ("the situation in X" is what a dispute is about, and stays).
_SITUATION_AT = re.compile(r"\b(?:situation|state of play|ситуаці\w*|ситуаци\w*|обстановк\w*) (?:around|near|outside|"
                           r"навколо|довкола|вокруг) "
                           r"(?:the )?(?:(?:city|town|village) of )?$")
# What an offensive under way did gain: a place taken, or «в черте X» (already inside it).
_GAINED = re.compile(r"\b(?:в черте|в пределах|внутри|в межах|у межах|всередині|в центр|у центр|захвати|захопи|заня|зайня|освободи|звільни|взял|взяли|взяв|оккупирова|окупува|вошл|увійшл|зайшл|продвинул|просунул)\w*")
# Where drones and missiles came from: "launched from", "з напрямку", "из района".
_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|took off|flying in|flew in|(?:is|are|was|were|being) (?:shelled|struck|hit|attacked|bombarded)) from (?:the )?(?:areas? of |direction of |region of )?|"
                            r"\bfrom (?:\w+ )?(?:the )?directions?(?: of)?:? |\b(?:з|із|зі) (?:\w+ )?напрямк\w*:? |\bзапущен\w* (?:з|із) (?:район\w* )?|"
                            r"\b(?:с|со) (?:\w+ )?направлени\w*:? |\bзапущен\w* (?:из|с) (?:район\w* )?")
# Words every match of the pattern contains: a window holding none of them skips the scan.
_TOWARD_WORDS = ("toward", "direction of", " к ", " до ", "наступ на", "наступу на", "наступом на", "наступі на",
                 "наступление на", "наступления на", "наступлением на", "наступлении на", "наступлению на", "направлении", "направлению", "направлениям", "направлениях", "напрямку", "напрямках", "сторону", " бік ", "closer", "approach", "continu",
                 "ing for", "ed for", "further", "verge", "brink", "cusp")
# "advancing on Seversk from two directions": where they head, unless the sentence says they got there.
_ADVANCING_ON = re.compile(r"\b(?:advancing|advance|closing in|marching|converging) on (?:the )?(?:(?:[\w-]+ ){0,3}(?:city|town|village|hub) of )?$|"
                           # "are pressuring the civilian hub of X": the town pressed, not entered
                           r"\b(?:pressuring|squeezing) (?:the )?(?:(?:[\w-]+ ){0,3}(?:city|town|village|hub|stronghold) of )?$|"
                           r"\b(?:are|is|were|was) (?:also |now |still )?(?:advancing|heading|moving) to $")  # "units are advancing to X": not there yet
_FROM_ORIGIN = re.compile(r"\b(?:advanc\w*|attack\w*|mov(?:e|es|ed|ing)|assault\w*|strik(?:e|es|ing)) (?:[\w'’,-]+ ){0,8}?from "
                          r"(?:the (?:direction|area|side) of )?$")
# The clause of an action still going on, up to the place it is at: «продовжують наступальні дії поблизу X».
# (not «продолжают оборонять X»: to go on defending the town itself is to hold it)
_STILL_FIGHTING_CYR = re.compile(r"\b(?:продовжу|продолжа)\w* (?:[\w'’-]+ ){0,2}(?:дії|действия|бої|бои|наступ\w*|штурм\w*|оборон(?!ять|яти)\w*)\b[^,;.]{0,40}$")
# «..., проте в самому X росіян немає»: after an aim, the enemy said not to be in the place
_BUT_ABSENT = re.compile(r"\b(?:проте|але|однак|однако|но)\b[^.;]*?\b(?:росіян|россиян|окупантів|оккупантов|ворога|противника|військ|войск)"
                         r"(?: [\w'’-]+){0,4},? (?:немає|нема|нет)\b")
# "Russian forces have been trying to seize X for months, but Ukrainian troops are holding their
# positions": the aim, then the defender's hold
_BUT_HELD = re.compile(r"\b(?:but|yet|however|while)\b[^.;]{0,40}?\b(?:ukrainian|our) (?:troops|forces|units|defenders|soldiers|brigades?) "
                       r"(?:are |have |been |remain |continue to |still |successfully |firmly )*(?:holding|hold|held|defending)\b|"
                       r"\b(?:but|yet|however)\b[^.;]{0,40}?\b(?:remains?|is still|stays) (?:firmly )?under (?:ukrainian|our) control\b")
_AIM_TO_TAKE = re.compile(r"\b(?:seize|capture|take|occupy|storm|encircle|surround|break into)\b")


def _held_against(sentence: str, pos: int = 0) -> re.Match[str] | None:
    """The defender's hold answering an aim to take the place (not "trying to push forward near X, but
    our defenders are holding their positions": fighting with no result), after `pos`."""
    held = _BUT_HELD.search(sentence, pos)
    return held if held is not None and _AIM_TO_TAKE.search(sentence, 0, held.start()) else None


# «... и взяла под контроль ряд кварталов в южной части города»: a result in the town the push was on
_TOOK_PART_OF_IT = re.compile(r"\b(?:взял\w*|занял\w*|освободил\w*|зачистил\w*|установил\w* контроль|узял\w*|зайняв|зайняли|звільнил\w*)"
                              r"[^.;]{0,60}?\b(?:части|частині|районе|районі|кварталы|квартали|окраин\w*|околиц\w*) (?:этого |цього )?(?:города|міста|населенного пункта|населеного пункту)\b")
_GOING_ON_CYR = re.compile(r"продолж\w* (?:[\w-]+ )?(?:освобождени|наступлени|штурм)\w* (?:на |в |к )?"
                          r"(?:(?:город|села?|поселка|населенного пункта)\w* )?$|"
                          r"продовж\w* (?:[\w'’-]+ )?(?:звільненн|наступ|штурм)\w* (?:на |в |до )?(?:(?:міст|сел|селищ)\w* )?$")
_FROM_SIDE_CYR = re.compile(r"(?:со стороны|с направления|з боку|з напрямку|з напряму)\s+(?:(?:сел|сёл|сіл|села|поселка|селища|"
                            r"населенн\w+ пункт\w+|города|міста|деревни)\s+)?$")
# «відбили атаки у районах X, Y та у бік Z»: the second list, where the attacks headed, after the places
# they were fought at (the bulletin's "near A and toward B"); and the first list's opening words.
_TOWARD_LIST = re.compile(r"(?:,|\s(?:та|і|й|и|and))\s+(?:також\s+|также\s+|also\s+)?(?:у бік|в бік|в сторону|у напрямку|в напрямку|"
                          r"в направлении|по направлению к|towards?|in the direction of)\s+(?:(?:населен\w+ пункт\w+|сел\w*|сіл|"
                          r"селищ\w*|поселк\w*|the (?:villages|settlements|towns) of)\s+)?")
_NEAR_LIST = re.compile(r"\b(?:у районах|в районах|у районі|в районі|в районе|поблизу|біля|неподалік|возле|около|вблизи|near|around)\s")
# Between two names of a list, in any of the three languages: ", ", " and ", ", та ".
_AND_GAP = re.compile(r",\s*(?:(?:and|or|и|і|та|й)\s+)?|\s+(?:and|or|и|і|та|й)\s+")
_BACK_FROM = re.compile(r"\b(?:back|away|out|withdr\w*|retreat\w*|pulled \w+|ousted|expelled|driven \w+) from (?:the (?:direction|area|side) of )?$")
# "... advanced toward X and reached the town's south-eastern outskirts": they got there after all.
_REACHED_ITS_EDGE = re.compile(r"\b(?:reached|entered) (?:the |its )?(?:[\w-]+ ){0,2}(?:outskirts|edge)|"
                               r"\b(?:достигл|достиг|вышл|дошл|зашл|вошл|досягл|вийшл|дійшл|зайшл|увійшл)\w* (?:[\w-]+ ){0,2}(?:окраин|околиц)")
_GOT_THERE = re.compile(r"\b(?:reached|entered|captur\w*|seiz\w*|took|taken|liberat\w*|broke into|pushed into)\b")
# «в направлении X», «у бік Y», «по направлениям населенных пунктов X и Y»: only where troops head
_HEADING_CYR = re.compile(r"(?<!\w)(?:в|у|по) (?:(?:общ|загальн)\w* )?(?:направлени[еяюи]\w*|напрямк\w*|напрям\w*|сторону|бік) (?:к |до |на )?"
                          r"(?:(?:населенн?\w+ пункт\w+|города|міста|села|сіл|сёл|поселка|селища) )?")
_HEADING_WORDS = ("направлени", "напрям", "сторону", "бік")
# «штурми у напрямку X ... відбили»: the attack toward X was beaten off there, a repulse at X
_REPULSED_CYR = re.compile(r"\b(?:відбил\w*|відбит\w*|відбива\w*|отбил\w*|отбит\w*|отбива\w*|отразил\w*|отражен\w*|відкинул\w*|отбросил\w*)")
_LAUNCHED_WORDS = ("from", "напрямк", "запущен", "направлени")


def _search_if(pattern: re.Pattern[str], words: tuple[str, ...], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last match of pattern in text[lo:hi] (the nearest to a place at `hi`), when one of
    `words` (which every match contains) lies in that window."""
    for word in words:
        if text.find(word, lo, hi) != -1:
            found = None
            for found in pattern.finditer(text, lo, hi):
                pass
            return found
    return None


# "advanced north of X": the guide's place of a directional advance, not a town that only locates.
# «продвинулись к югу и юго-востоку от логистического узла X», «просунулися на північ від Y»: the place advanced by.
_ADVANCED_BESIDE_CYR = re.compile(r"(?:продвинул|продвигаю|продвигае|просунул|просуваю|просуває|успех|успіх)\w* (?:[\w-]+ ){0,8}?(?:к|на) "
                                  r"(?:(?:северо|юго|північно|південно)-)?(?:северу|югу|западу|востоку|північ|південь|захід|схід)\w*"
                                  r"(?: (?:и|і|та) (?:[\w-]+ ){0,2})? (?:от|від) (?:[\w-]+ ){0,3}$")
_ADVANCED_BESIDE = re.compile(r"\b(?:advanc\w*|gain\w*|progress\w*|(?:forces|troops) (?:have |had )?moved) (?:\w+ ){0,3}(?:north|south|east|west)(?:east|west)?(?:ern)? of\s*$|"
                              # "advances by the Ukrainian army northwest of the town of X"
                              r"\badvances (?:by|of) (?:the )?(?:[\w'’-]+ ){1,3}(?:north|south|east|west)(?:east|west)?(?:ern)? of (?:the (?:town|city|village) of )?\s*$|"
                              # "took up new positions west of X": the defender left X, the place conceded
                              r"\bnew (?:positions|lines|frontiers) (?:north|south|east|west)(?:east|west)?(?:ern)? of\s*$|"
                              # "advanced in eastern X, southeast of Y, and northeast of Z": the list goes on
                              r"(?<=\w),? and (?:north|south|east|west)(?:east|west)?(?:ern)? of\s*$")

# "Kyiv was also attacked by drones": the capital as what was hit, not as the government that speaks
_STRUCK_AFTER = re.compile(r" (?:(?:was|were|has been|had been) (?:also |again |once again |then )?(?:attacked|hit|struck|targeted|shelled|bombed)\b|"
                           # a headline's "Kyiv hit by missiles", "Kyiv came under attack", «Киев подвергся атаке»
                           r"(?:hit|struck|shelled|bombed|pounded|targeted|rocked|shaken) by\b|(?:came|comes|coming) under (?:[\w-]+ ){0,5}(?:attacks?|fire|shelling|bombardment)|"
                           r"(?:\w+ ){0,2}(?:подвергся|подверглась|подверглось|зазнав|зазнала|потрапив під|попал под)\b)")
# "Russia pounded Kyiv with drones", "attacks on Kyiv": the capital as what was struck
_STRUCK_BEFORE = re.compile(r"\b(?:pounded|hit|struck|attacked|shelled|bombed|targets|targeted|battered|pummell?ed|"
                            r"(?:strikes?|attacks?|assaults?) (?:[\w-]+ )?on)\s+$")
# Between such words and a place: only other names of a list ("Kursk, Bryansk and ").
_LIST_GAP = re.compile(r"(?:the (?:[\w-]+ ){0,2}(?:city|town|village|settlement|hub) of )?(?:[A-ZА-ЯІЇЄҐ][\w'’.-]*(?: [A-ZА-ЯІЇЄҐ][\w'’.-]*)*"
                       # «Міллерово – рф, »: the air force's list tags each country's launch sites
                       r"(?:\s*[–—-]\s*(?:рф|РФ))?(?:,\s*(?:and\s+)?|\s+(?:and|та|і|и|й)\s+))*")

# Between a town and the next in a list: ", ", " and ", « та ».
_LIST_NEXT = re.compile(r",\s*|\s+(?:and|та|і|и|й)\s+")

# A capital or a city named as the one who answers: "rejected by Kyiv", "denied by Moscow".
_BY_SPEAKER = re.compile(r"\b(?:rejected|denied|dismissed|disputed|refuted|contested|confirmed|claimed|announced|reported)"
                         r" (?:\w+ )?by (?:officials in )?$")

# «В Росії заявили про окупацію X, що відомо»: a claim told first, the teaser after it asks nothing.
_CLAIM_THEN_TEASER = rx(r"\b(?:заяви\w*|заявля\w*|стверджу\w*|оголоси\w*|объяви\w*|claim\w*|announc\w*|"
                         # «Росіяни обстріляли X: що відомо про наслідки»: a strike told, then the teaser
                         r"обстріля\w*|обстреля\w*|атакува\w*|атакова\w*|вдари\w*|удари\w*|struck|hit|attacked|shelled|"
                         # «ЗСУ відійшли з X: що відомо»: a withdrawal told, then the teaser
                         r"відійшли|отошли|вийшли|вышли|залишили|оставили|покинули|withdr[ae]w\w*|pulled (?:out|back))\b[^?]*"
                         r"[,:—–-]\s*(?:що відомо|что известно|what we know|what is known)"
                         r"(?: (?:про|о|об|about) (?:наслідки|последствия|постраждалих|пострадавших|жертв\w*|the aftermath|the damage|casualties))?"
                         # «...: что известно и что нельзя проверить»
                         r"(?:,? (?:и|і|та|and) (?:що|что|what) (?:\w+ ){1,3}?(?:проверить|перевірити|verify|confirm|підтвердити|подтвердить))?\W*$")

# "Russian forces are attacking the approaches to X": fighting at a town's edge
_APPROACHES_ATTACKED = re.compile(r"\b(?:storm|attack|assault)(?:s|ed|ing)? (?:the |its |their )?approaches (?:to|of)\b")
# The words GROUND_ACTIVITY needs after its verb: a cheap scan first.
_MAYBE_ACTIVITY = re.compile(r"near|conduct|carr|toward|around|within|direction|area|outskirts|edge|approaches|біля|поблизу|район|напрям|направлен|сторону")

# A sentence that opens by saying where its place lies is geography.
_GEO_OPENING = re.compile(r"(?:The (?:city|town|village|settlement) of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:, (?:the|a|an) [^,;]{3,100},)?,?"
                          r" (?:(?:is |was )?(?:(?:\w+ )?(?:situated|located)|lies|(?:roughly |about |halfway )?(?:in-between|between)\b)\b|"
                          # "X is a few miles east of Y, which ...": where X lies, Y's news told in the clause after
                          r"(?:is|lies) (?:just |about |roughly |some |only )?(?:(?:a few|several|\d[\d.,]*|[a-z]+) (?:miles?|km|kilomet(?:er|re)s?) )?"
                          r"(?:to the )?(?:north|south|east|west)\w* of\b)")
_BOTH_SIDES = re.compile(r"\b(?:casualties|losses|dead|killed|wounded) (?:\w+ )?on both sides\b|\bboth sides (?:have )?(?:suffered|sustained|took)\b")

# "during the retreat of Ukrainian troops from X": X dates another event, it is not where a claim is.
# "confirms capturing X", "confirmed that its troops had taken X": a capture word right after the confirming verb.
_CONFIRMS_CAPTURE = re.compile(r"\bconfirm(?:s|ed)? (?:that )?(?:(?:its|their|the) (?:troops|forces|units) (?:have |had |has )?)?"
                               r"(?:captur\w*|seiz\w*|tak(?:en|ing)|liberat\w*|took)\b")
_POSSESSIVE_PLACE = re.compile(r"(?<=['’]s) (?!(?:[\w-]+ )?(?:troops|forces|army|units|soldiers|military)\b)")
# Where people were moved to or treated: "taken to a hospital in X", "bused to the town of X", "evacuated to X".
_MOVED_TO = re.compile(r"\b(?:taken|evacuated|transferred|brought|bused|bussed|relocated|transported|hospitali[sz]ed|treated)"
                       r" (?:to |in )(?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:(?:hospital|clinic|morgue|camp|shelter|colony|town|city|village) (?:in|of) )?$|"
                       # «доставили в городскую больницу №2 Белгорода», «госпіталізували до лікарні Харкова»
                       r"(?:больниц|лікарн|госпитал|госпітал)\w*(?: (?:№|N|No\.?) ?\d+)? (?:города |міста |г\. |м\. )?$")
_DURING = re.compile(r"\bduring (?:the|their|its|our) (?:[\w'’-]+ ){0,2}(?:retreat|withdrawal|pullout|evacuation|battle|defen[cs]e|siege|"
                     r"storming|fighting) (?:[\w'’-]+ ){0,4}(?:from|for|of|in|at|on) (?:the (?:[\w-]+ )?(?:city|town|village) of )?$")

# What a strike is made with: attacks by these on a place are shelling, reported as strikes.
_WEAPON = rx(r"\b(?:drones?|missiles?|artillery|rockets?|bombs?|shell\w*|air|aerial|uavs?|mortars?|mlrs)\b")
# "the village has been almost completely destroyed", "months of fighting destroyed most of the town":
# the state of a settlement after the fighting, no particular strike anyone claims
_DEVASTATION = re.compile(
    r"\b(?:(?:almost|nearly|virtually|practically|largely|mostly|completely|entirely|totally|all but) (?:completely |entirely )?"
    r"(?:destroyed|razed|ruined|flattened|wiped out)|no longer exists|(?:fighting|battles?|combat|the war|months|years) "
    r"(?:[\w'’-]+ ){0,4}(?:has |have |had )?(?:destroyed|razed|ruined|flattened|wiped out))")
_STRUCK = re.compile(r"\b(?:\w*strikes?|struck|attacks?|attacked|hit|shelled|bombed|raids?|killed|kills|injured|wounded)\b")
_UNITS_RUINED = re.compile(r"\b(?:enemy|occupiers|units?|groups?|personnel|equipment|vehicles?|tanks?)\b")
# "some sources are spreading claims that units are encircled in X": what unnamed others say, told
# before the speaker's answer; the sentence itself neither claims nor yet denies
_UNNAMED_SPREAD = re.compile(
    r"\b(?:some|certain|various|anonymous|other|a number of) (?:[\w-]+ )?(?:sources|resources|media|channels|accounts|outlets|bloggers)"
    r"(?: outlets)? (?:are |were |have been |keep |continue to )?(?:spread|disseminat|circulat)\w* (?:[\w'’-]+ ){0,2}"
    r"(?:claims?|information|reports?|rumou?rs?|narratives?|allegations?) (?:that|about|of|suggesting|claiming|saying)\b")
_FAILED = rx(r"\b(?:fail\w*|foiled|unsuccessful\w*|безусп[іе]шн\w*|thwart\w*|prevent\w*|fought off|beat back|frustrat\w*)\b")


def _told_by_others(low: str) -> bool:
    """Only what unnamed others spread about a place, with no answer in the same sentence."""
    return ("sprea" in low or "dissemin" in low or "circulat" in low) and (told := _UNNAMED_SPREAD.search(low)) is not None \
        and not DENIAL.search(low, told.end()) and not DENIAL.search(low, 0, told.start()) and not STILL_HOLDS.search(low)


def _attempt_only(sentence: str) -> bool:
    """The sentence tells of an attempt to gain ground and of no result (a repulse, a capture, a
    failure, a denial) outside the attempt's own words."""
    attempt = ATTEMPT_ONLY.search(sentence)
    if attempt is None:
        return False
    rest = sentence[:attempt.start()] + " " + sentence[attempt.end():]
    return not (RESULT.search(rest) or CAPTURE_RE.search(rest) or WITHDRAW.search(rest) or _FAILED.search(sentence)
                or DENIAL.search(sentence) or STILL_HOLDS.search(rest) or HEDGE.search(sentence) or FOILED.search(sentence)
                or (not sentence.isascii() and _FOILED_CYR.search(sentence)) or _held_against(sentence, attempt.end())
                or ATTEMPTS_FAILED.search(sentence))


# «сорвали попытки прорваться», «спроби зірвано», «атаки отбиты»: the attempt beaten off, a repulse
_FOILED_CYR = re.compile(r"(?<![\w'’])(?:сорва|зірва|зрив|срыв|пресек|відби|отби|отраж|відбит|отбит|невдал|неудач|безуспешн|безуспішн|втрат|потер[иья])")


# The place an attempt or an approach is aimed at: "close to capturing X", "trying to gain a foothold in X".
# "destroyed a sabotage group that tried to break into X": the attempt was beaten, a repulse at X
_KILLED_TRYING = re.compile(r"\b(?:destroyed|eliminated|killed|wiped out|neutrali[sz]ed) (?:[\w-]+ ){0,6}?(?:that|who|which) "
                            r"(?:had )?(?:tried|attempted|were trying|was trying|sought)\b")
_NOT_YET = re.compile(r"\b(?:(?:close|closer|near) to (?:capturing|taking|seizing|encircling|surrounding|reaching)(?: over| control of)?|"
                      r"(?:try|tries|trying|tried|attempt(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|striv(?:e|es|ing)) to "
                      # ("attempting to use fog to infiltrate X": the means named between)
                      r"(?:use (?:[\w-]+ ){1,3}to )?(?:gain a foothold|advance|push|break through|break into|"
                      r"enter|storm|infiltrate|capture|take|seize|encircle|surround|reach)(?: [\w-]+){0,2}?(?: in| into| on| near| at| toward| towards)?|"
                      # a place named as the aim: "in a bid to encircle X", "efforts to take the nearby town of X"
                      # "teams would enter X as soon as ...", "troops will take X": what is to come
                      r"(?:would|will|could|might|may) (?:soon |eventually |be able to )?(?:enter|take|capture|seize|storm|reach|return to)|"
                      r"(?:drive|bid|push|efforts?|offensive|campaign|aims?|aimed|plans?|seeks?|seeking) to (?:capture|take|seize|encircle|"
                      r"surround|reach|enter|storm|cut off))"
                      r"\s+(?:the (?:[\w-]+ )?(?:town|city|village|settlement) of )?$")
_IN_DIRECTION_OF = re.compile(r"\b(?:in|towards?) the (?:general )?direction of\s+$")
# Where the wounded were taken or treated: «евакуйовані до Дніпра», «звернулася до лікарні у X», "hospitalised in X"
_TAKEN_FOR_CARE = re.compile(r"(?:(?:госпіталізован|госпитализирован|евакуйован|эвакуирован|доставлен)\w*(?: [\w'’-]+){0,4}? (?:у|в|до)|"
                             r"(?:вивез|вывез|евакуюва|эвакуирова|перевез)\w*(?: [\w'’-]+){0,3}? (?:у|в|до)|"
                             r"(?:до (?:лікарн|госпітал)\w*|(?:обратил|доставил|привез|отвез)\w*(?: [\w-]+){0,3}? в (?:больниц|госпитал)\w*) (?:у|в)|"
                             r"hospitali[sz]ed in|evacuated to|"
                             r"(?:taken|rushed|brought|admitted) to (?:a |the )?(?:\w+ )?hospital in) (?:(?:the )?(?:city|town) of )?$")
# A side's troops at work inside a place: "conducting operations inside X", "still fighting inside Y"
_OPERATING_INSIDE = re.compile(r"\b(?:conduct\w*|carr(?:y|ies|ied|ying) out) (?:[\w-]+ ){0,2}operations (?:inside|in)\b|"
                               r"\bstill (?:fighting|operating) (?:inside|in)\b")
_COMMUNITY_AFTER = re.compile(r"\s+(?:community|hromada|territorial community)\b")
# The place a fight is for ("fighting to capture X"), when another place is where it got to
_FIGHTING_FOR = re.compile(r"\b(?:fight(?:s|ing)?|battl(?:e|es|ing)) (?:\w+ )?to (?:capture|take|seize|liberate|retake|encircle|surround)\s+"
                           r"(?:the (?:town|city|village) of )?$")
# A place troops only move towards: "advance toward Ukraine's strategic X", "advancing from the northwest on the city of Y".
_APPROACH = re.compile(r"\b(?:advanc|mov|push|press|head|clos|expand)(?:e|es|ed|ing) (?:[\w'’-]+ ){0,4}(?:in )?"
                       r"(?:(?:toward|towards)(?: Ukraine['’]s| the)?(?: [a-z][\w'’-]+){0,2}|on(?: the (?:city|town|village|settlement) of)?)\s+$")
REPELLED_WORD = re.compile(r"\b(?:repel\w*|repuls\w*|fought off|beat(?:en)? back|thwart\w*|foiled|"
                           r"(?:stopped|halted|blocked) (?:the |an? )?(?:[\w'’-]+ ){0,3}(?:attempts?|attacks?|assaults?|efforts?))")

# "the Zaporizhzhia plant": the nuclear plant, in Enerhodar.
_BARE_PLANT = re.compile(r"\s(?:plant|station)\b")
# Nuclear plants named after a city they do not stand in: the town that has the plant
_NPP_TOWN = {"Zaporizhzhia": "Enerhodar", "Kursk": "Kurchatov", "Rivne": "Varash", "Khmelnytskyi": "Netishyn"}
_NUCLEAR_AFTER = re.compile(r"\s(?:nuclear (?:power )?(?:plant|station)|NPP|АЕС|АЭС)\b", re.IGNORECASE)

# A unit named after a place: «корпус «Азов»», «бригада Азов», "the Azov brigade".
_UNIT_BEFORE = re.compile(r"(?:[Кк]орпус\w*|[Бб]ригад\w*|[Пп]олк\w*|[Бб]атал[ьі]\w*|[Cc]orps|[Bb]rigade|[Rr]egiment|[Bb]attalion|[Nn]ational [Gg]uard)"
                          r"(?:\s+(?:НГУ|ЗСУ|ВСУ|ССО|ДПСУ|ГУР))?\s+[«\"“]?$|"
                          # «1-м корпусом Національної гвардії України "Азов"»: the force's full name between
                          r"(?:[Кк]орпус\w*|[Бб]ригад\w*|[Пп]олк\w*) (?:[А-ЯІЇЄҐа-яіїєґ'’-]+ ){1,4}[«\"“]$|"
                          # the units' abbreviations: «пресслужба 24 ошб "Айдар"», «47 ОМБр «Маґура»»
                          r"(?<![\w-])(?:ошб|ошп|ошбр|омбр|одшбр|обр|омпб|ОШБ|ОШП|ОШБр|ОМБр|ОДШБр|ОБр|ОМПБ)\s+[«\"“]$|"
                          # a grouping's name stands in quotes: «группировкой украинских войск "Таврия"»
                          r"(?:[Гг]руппировк\w*|[Уу]груповання|ОСУВ|ОСГВ|ОТУ|ОТГ)(?: [\w-]+){0,3}\s+[«\"“]$|"
                          # a facility named after a town: «газоизмерительную станцию «Суджа»», «шахта «Торецкая»»
                          r"(?:[Сс]танци\w*|ГИС|ГРС|[Зз]авод\w*|[Шш]ахт\w*|[Кк]омбинат\w*|[Аа]эродром\w*|ТЭЦ|ТЭС|НПЗ|[Пп]ункт\w* пропуска)\s+[«\"“]$")
_UNIT_WORD = gated(re.compile(r"[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion|[Dd]etachment|[Gg]uard"))
_UNIT_AFTER = re.compile(r"[»\"”]?\s+(?:[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion|(?:border )?[Dd]etachment)\b|"
                         # «Третього армійського корпусу»: an ordinal spelt like a village, naming a unit
                         r"\s+(?:(?:армійськ\w+|армейск\w+)\s+)?(?:корпус\w*)(?!\w)")
# What a bearing can place that is no settlement: "the road west of X", "a tree line north of Y"
_THING_LOCATED = re.compile(r"\b(?:road|highway|tree ?lines?|forest|woods|forest belts?|fields?|positions)\s+$")
# "the commander of a brigade operating near X": where the unit stands
_UNIT_OPERATING_BEFORE = re.compile(r"\b(?:[Bb]rigade|[Bb]attalion|[Rr]egiment|[Cc]orps|[Dd]etachment|[Uu]nit)s? (?:that is |which is )?"
                                    r"(?:operating|fighting|deployed|stationed|based|defending) (?:in|near|around|on|at|outside) (?:the )?$")
# A target named after the move it is for: «для дальнейшего освобождения X», «для подальшого наступу на X».
_FOR_FURTHER = rx(r"\bдля (?:дальнейш\w+ |подальш\w+ )?(?:наступ\w*|освобожд\w*|звільн\w*|продвиж\w*|просуван\w*|штурм\w*)"
                   r" (?:на |к |до )?$")
_SECOND_AGENT = re.compile(r",?\s+(?:and|while|whereas)\s+(?=(?:Russian|Ukrainian) (?:forces|troops|units) (?:\w+ly |also |have |has |had )?"
                           r"(?:have|has|had|are|were|\w+ed)\b)")
# Whose weapons hit: "Ukrainian drones", "Russian shelling", "Kyiv's missiles".
_AS_PARTY_SAYS = re.compile(r"\s+as\s+(?=(?:Russia|Moscow|Ukraine|Kyiv|the Kremlin)(?:['’]s [\w ]{3,30}?)? (?:announces|announced|says|said|"
                            r"claims|claimed|confirms|confirmed|admits|admitted|denies|denied|reports|reported)\b)")
# "... 'not occupied' as Russia claims capture": the claim is of the place the first clause names.
_CLAIMS_CAPTURE = re.compile(r"(?:Russia|Moscow|Ukraine|Kyiv|the Kremlin)(?:['’]s [\w ]{3,30}?)? (?:claims|claimed|announces|announced) "
                             r"(?:the |its |full )?(?:capture|liberation|takeover|fall|control)\s*[.!]?$")

# A regional centre's name after movement into it, or in a list of regions, means the region:
# "advanced deep into Kursk", "Kyiv's move into Kursk", "eastern regions including Donetsk".
_INTO_REGION = re.compile(r"\b(?:(?:deep|deeper|further|farther|incursion|move|moved|moving|push|pushed|pushing|advance|advanced|"
                          r"advancing|advances|offensive|raid|raids|crossed|crossing|foray|thrust|breakthrough)(?: \w+){0,2} into|"
                          r"regions? (?:including|such as|like)|oblasts? (?:including|such as|like))\s+$")


def _river_named(text: str, m: PlaceMention) -> bool:
    """A river or a reservoir named after a town ("the Oskil river"); a district is left to named_district,
    which wants harm told or a Russian district (a front-line Ukrainian district alone is often the town's fighting)."""
    after = _DISTRICT_OR_RIVER_AFTER.match(text, m.end)
    return after is not None and after.group().lstrip().lower().startswith(("river", "reservoir"))


# "the south Donetsk area": a bearing before the name and "area" after it is a stretch of front.
_COMPASS_BEFORE = re.compile(r"\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|east|west|eastern|western)?\s+$")
_AREA_AFTER = re.compile(r"\s+(?:area|sector|front)\b")
_REGION_ONLY = re.compile(r"\b(?:Crimea|Dnipropetrovsk|Donbas|Kirovohrad|oblasts|regions|provinces)\b")
# ("the bay of Sevastopol" is the city's own harbour: a bay is no water apart from its town)
_WATER_BEFORE = gated(re.compile(r"\b(?:[Ss]ea|[Gg]ulf|[Ss]trait)s? of\s+$|(?<![^\W\d_])(?:рік[аиуі]|рікою|річк[аиуіо]|річкою|річку|річищ\w*|рек[аиеуой]|реку|рекой|канал\w*|"
                           r"водохранилищ\w*|водосховищ\w*|дельт\w*|гирл\w*|устье|устья|гирло)\s+(?:[\w'’-]+\s+)?$"))
_TERRITORIES_OF = re.compile(r"\bterritor(?:y|ies) of (?:the )?(?:[A-Z][\w'’-]*(?:, and |, | and | ))*$")
_DIRECTION_OPENING = re.compile(r"\W*(?:[Ii]n|[Oo]n|[Aa]t) the (?:[\w-]+ )?(?:direction|axis|sector) of\s+$")
_DISTANCE_TO = re.compile(r"(?:відстан\w*|расстояни\w*|distance) (?:[\w'’-]+ ){0,2}(?:до|to)\s+(?:(?:міста|города|the (?:city|town) of)\s+)?$", re.IGNORECASE)
_ALL_NEAR_BEFORE = re.compile(r",[\"”’']?\s+(?:all|both|each)\s+(?:of them\s+)?(?:[\w-]+\s+)?(?:close to|near|not far from|in the vicinity of|around|"
                              r"outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\s+(?:the (?:city|town) of\s+)?$")
_SETTLEMENTS_COUNTED = gated(re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several) (?:[\w-]+ )?(?:settlements|villages|towns|localities)\b"))
_COMPASS_OF_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of (?:the (?:city|town|village) of )?$", re.IGNORECASE)
# "the border of Donetsk and Dnipropetrovsk region", "Donetsk and Zaporizhzhia oblast": a regional
# centre's name joined to another region's is that region
_BORDER_OF = re.compile(r"\b(?:border|borders|boundary|junction) (?:of|between|with) (?:the )?$")
_AND_REGION_AFTER = re.compile(r" and (?:Dnipropetrovsk|Donetsk|Luhansk|Zaporizhzhia|Kharkiv|Kherson|Mykolaiv|Sumy|Chernihiv|"
                               r"Kursk|Belgorod|Bryansk)\s+(?:oblast|region|province)\b")
_REGIONS_OF = re.compile(r"\b(?:regions|oblasts|provinces) of (?:[A-Z][\w'’-]+(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_SETTLEMENTS_IN = re.compile(r"\b(?:villages|settlements|communities|towns|hromadas|districts) (?:in|of|across) (?:the )?$")
_PREVENTED = re.compile(r"\bprevent\w* (?:[\w'’-]+ ){0,4}from (?:advancing|taking|capturing|seizing|entering|encircling)\b")
# «общие потери Киева», «втрати Києва», «удары Киева по X»: the capital named as the side that owns them
_CAPITAL_LOST_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:потерял\w*|потерял|втратив|втратил\w*|лишил\w*|позбув\w*)(?!\w)")
_OWNED_BY_CAPITAL_CYR = re.compile(r"(?<![^\W\d_])(?:потер[ьиюя]\w*|втрат[аиіу]\w*|войск[аи]?|армии|армії|армию|режима|режиму|удар[ыиі]|ударов|ударів|контролем|"
                                   r"военных|військових|подразделени\w*|підрозділ\w*)\s+(?:(?!(?:по|на|в|во|у|над|под|під)\s)[^\W\d_]+\s+)?$", re.IGNORECASE)
_WAR_ON = re.compile(r"\b(?<!of the )(?:war|aggression|invasion|fight|struggle|campaign) (?:against|on|with) $|\b(?:pressure|pressing|press) on $")
# "being close to X", "proximity to X": how near they are, not an event at the town
# "a northern Kharkiv village", "the embattled Luhansk town": the region's name as an adjective of another place
_REGION_ADJ_BEFORE = re.compile(r"\b(?:the|a|an|another|this|that) (?:(?:small|tiny|eastern|western|northern|southern|central|front-?line|border|key|embattled|strategic) )*$",
                                re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(r" (?:town|towns|village|villages|settlement|settlements|hamlet)\b(?! of\b)")
_NEARNESS_TO = re.compile(r"\b(?:proximity|closeness|nearness) to (?:the (?:city|town|village) of )?$")
# "captain Stanislav Petrenko": a first name spelt like a village, with its surname after it
_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+(?:ov|ova|ev|eva|in|ina|ko|uk|yuk|iuk|chuk|sky|skyi|skiy|ska|enko|ich|ych)\b(?!['’]s? (?:district|raion|community))")
# A site named in quotes after its kind: «гостиница "Курск"», «шахта «Северная»», «санаторий «Украина»».
_NAMED_SITE_BEFORE = re.compile(r"(?<![\w-])(?:гостиниц\w*|отел[ьяюеи]\w*|готел\w*|шахт\w*|санатори\w*|санатор[іi]\w*|стадион\w*|стадіон\w*|"
                                r"кинотеатр\w*|кінотеатр\w*|ресторан\w*|кафе|ЖК|жилого комплекса|житлового комплексу|торгов\w+ центр\w*|"
                                r"торговельн\w+ центр\w*|ТЦ|ТРЦ|завод\w*|комбинат\w*|комбінат\w*|фабрик\w*|компани\w*|компані\w*|"
                                r"танкер\w*|судн[оаі]\w*|теплоход\w*|корабл\w*|катер\w*|лагер\w*|табор\w*)\s+[«\"“]$")
_VESSEL_BEFORE = re.compile(r"\b(?:ships?|vessels?|cruiser|frigate|corvette|submarine|boat|tanker|tug|carrier|minesweeper)\s+['‘\"“«]?$")
# "told Ukrainian outlet Hromadske", «телеканалу "Суспільне"»: a news outlet named like a village; "Suspilne
# Kharkiv", «Суспільне Суми»: the public broadcaster's regional newsrooms, named after their towns
_OUTLET_BEFORE = re.compile(r"\b(?:outlet|newspaper|broadcaster|news site|website|portal|magazine|видання|издани[ея]|газет[аиі]|телеканал\w*|радіо|радио)\s+['‘\"“«]?$|"
                            r"\bSuspilne $|(?<!\w)Суспільне[ .:]*$")
# «группировки войск «Восток» и «Днепр»»: a second grouping named like a city, after the first
_SECOND_GROUPING_BEFORE = re.compile(r"(?:группиров|угрупован|угруповань)\w*(?: войск| військ)?\s+[«\"“][\w-]+[»\"”]\s+(?:и|і|та|and)\s+[«\"“]$")
# The river, not the city of Dnipro: «форсувати Дніпро», «на левый берег Днепра», "the left bank of the Dnipro".
_RIVER_BEFORE = re.compile(r"(?<![\w-])(?:форсува\w*|форсирова\w*|форсуванн\w*|форсировани\w*|через|вдоль|вздовж|уздовж|"
                           r"берег\w*|лівобереж\w*|правобереж\w*|левобереж\w*|bank|banks|across|cross(?:ed|ing|es)?)\s+(?:of\s+)?(?:the\s+)?$")
# A part of a town named like a village: «мікрорайон Острів у Херсоні», «на улице Садовой».
# Singular only: «на улицах Северска», «кварталы Гуляйполя» name the town itself.
# a gain's consequence for the towns behind it: "which put X in danger", "leaving Y at risk"
_PUTTING = re.compile(r"(?:,|\bwhich|\bthat) (?:now )?(?:puts?|putting|places|placing|leaves|leaving|left)\b")
_AT_RISK = re.compile(r"\b(?:in danger|at risk|under threat)\b")
# "a threat to X", "new risks for the town of X": a danger foreseen for the place, nothing done there
_RISK_FOR = re.compile(r"\b(?:risks?|threats?|dangers?) (?:for|to) (?:the (?:[\w-]+ )?(?:town|city|village|settlement)s? of )?$", re.IGNORECASE)
_TOWN_PART_BEFORE = re.compile(r"(?<![\w-])(?:мікрорайон(?:у|і|ом)?|микрорайон(?:а|у|е|ом)?|вулиц(?:я|і|ею|ю)|улиц(?:а|е|у|ы|ей)|"
                               r"проспект(?:у|і|е|ом)?|бульвар(?:у|і|е|ом)?)\s+$")
# A defence line named by its villages: «організувати оборону по лінії Орлівка − Тоненьке», «закріпитися на
# рубежі біля X», "along the line of A, B and C": where the defenders stand, not where anything happened.
_DEFENCE_LINE = re.compile(r"(?<![\w-])(?:(?:по|на|уздовж|вздовж|вдоль) (?:лінії|линии|рубежі|рубеже|рубежах|рубежу)|"
                           # «в напрямках Володимирівка – Бахмутське»: axes named by their two ends
                           r"(?:в|у|на) (?:напрямках|напрямку|направлениях|направлении)(?=\s+[А-ЯІЇЄҐ][\w'’-]+\s*[−–—-])|"
                           r"along (?:the|a) (?:defen[cs]e )?line)\s+(?:(?:населених пунктів|населенных пунктов|of)\s+)?"
                           r"(?:(?:біля|поблизу|около|под|під|у|near)\s+)?")
_LINE_NAMES = re.compile(r"(?:[А-ЯІЇЄҐA-Z][\w'’.-]*(?: [А-ЯІЇЄҐA-Z][\w'’.-]*)*\s*(?:[−–—,-]|\s(?:та|і|и|й|and))\s*)*")

# «зайняли оборону у X»: the defender dug in inside the town, which it holds while fighting goes on.
_TOOK_UP_DEFENCE = rx(r"\b(?:зайняли (?:кругову )?оборону (?:у|в)|заняли (?:круговую )?оборону в)\b")
# The town as the subject, then who holds it now: "Siversk itself is now almost entirely under Russian
# control", "the town of X remains under Ukrainian control" (not "... since 2022", "... until March").
_HOLD_NARRATED = re.compile(r"(?: itself)?,? (?:is|remains|is still|still remains) (?:now |already |currently )?"
                            r"(?:(?:almost|nearly|largely|mostly|fully|completely|entirely|effectively|firmly|partly|partially) ){0,2}"
                            r"under (?:the )?(?:full |complete )?(russian|ukrainian) control\b(?! since\b| until\b| for\b)")
_TOWN_OPENING = re.compile(r"(?:the (?:town|city|village|settlement) of |most of |much of |all of )?$")


def _narrated_hold(sentence: str, mine: list) -> str | None:
    """'confirmation' for a town narrated as now held by Moscow's troops, 'denial' for one narrated as
    still held by Kyiv's, where the town opens the sentence as its subject; else None."""
    for mention, start, end in mine:
        if _TOWN_OPENING.fullmatch(sentence, 0, start) and (held := _HOLD_NARRATED.match(sentence, end)) is not None \
                and not has_negation(sentence):
            return "confirmation" if held.group(1) == "russian" else "denial"
    return None


# The enemy as the subject of a strike in Russian: «враг обстрелял», «противник атаковал ... дронами».
_ENEMY_STRIKES_RU = rx(r"\b(?:враг|противник)\w* (?:[\w-]+ ){0,3}(?:обстрел|атаковал|ударил|нан[её]с|сбросил|выпустил|бь[её]т|бил)\w*|"
                        r"\bвражеск\w+ (?:[\w-]+ )?(?:огн|обстрел|удар|атак)\w*")
# «под вражеским обстрелом находились X, Y»: Kyiv's administrations' words for fire on the towns it holds, in split oblasts too
_ENEMY_FIRE_RU = rx(r"\bвражеск\w+ (?:[\w-]+ )?(?:огн|обстрел)\w*")
# A town "under fire" in Russian: the words of the side that was hit (Moscow's bulletins say «нанесли удар по»).
_UNDER_FIRE_RU = rx(r"\bпод (?:[\w-]+ )?(?:огнем|обстрелом|обстрелами|ударом|ударами|атакой|атаками) (?:[\w-]+ ){0,3}(?:был|оказал|находил)\w*|"
                     r"\b(?:был|оказал|находил)\w* под (?:[\w-]+ )?(?:огнем|обстрелом|обстрелами|ударом|ударами|атакой|атаками)\b")
# A party controlling "the situation" at a place: the defender's formula for holding it
_CONTROLS_SITUATION_EN = rx(r"\bcontrol(?:s|led)? the situation (?:in|near|around|at|on)\b")
# An account named as being about the place after it: «сообщение о X», «повідомлення про бої в X», and
# the verb of it, «Росія заявила про бої у X: ЗСУ спростували фейк»
_ACCOUNT_OF_CYR = rx(r"\b(?:сообщени|информаци|заявлени|утверждени|повідомленн|інформаці|заяв|твердженн)\w* (?:о|об|про|щодо) (?:[\w'’-]+ ){0,3}$")
# "He claimed that ...": a speaker named only by a pronoun, claiming
_PRONOUN_CLAIMED = rx(r"^\W*(?:he|she|they) (?:also )?(?:claimed|claims|insisted|insists|announced|declared|asserted)\b")
# «потерю X», «втрату X», «сдачу X», «падение X»: the loss of a place, named right before it
_LOSS_OF_CYR = rx(r"\b(?:потер[юияе]|втрат[уиіа]|сдач[уие]|здач[уиі]|падени[ея]|падінн[яю])\s+$")
# A fight or an operation to take a place, named by the taking: «боевые действия по освобождению X», «операція із захоплення X»
_FIGHT_TO_TAKE = rx(r"\b(?:бо[иії]|боях|боев\w+ действи\w*|бойов\w+ ді\w*|операци\w*|операці\w*|наступ\w*|штурм\w*) (?:[\w-]+ ){0,2}?"
                    r"(?:за|по|з|із|зі|для) (?:[\w-]+ )?(?:освобождени|звільненн|взяти|взятт|захват|захопленн|овладени|оволодінн)\w*")
# ... unless the fight was won: «завершили операцию по освобождению X»
_FIGHT_WON = rx(r"\b(?:заверш|закончи|закінчи|успешно|успішно|увенчал|увінчал)\w*")
# What only Moscow fires, named in Russian: «удар КАБом», «атака шахедов» on a Ukrainian town is told by the side hit
# A town's districts and homes as what a glide bomb or a drone hit: «КАБ ударил по Киевскому району Харькова»
_CIVIL_AREA_RU = re.compile(r"(?<![^\W\d_])(?:по|в|на) (?:[\w-]+ )?(?:район\w*|микрорайон\w*|жил\w+ (?:дом|квартал|застройк)\w*|многоэтаж\w*|частн\w+ (?:дом|сектор)\w*)")
_RUSSIAN_WEAPON_RU = rx(r"\b(?:каб(?:ы|ов|ом|ами|ах|а)?(?:-\d+)?\b|фаб(?:ы|ов|ом|ами|а)?(?:-\d+)?\b|уаб\w*|управляем\w+ авиабомб\w*|авиабомб\w*|"
                        r"шахед\w*|геран\w*|искандер\w*|кинжал\w*|"
                        # (the missile, not a gun's calibre: «артиллерии калибра 155 мм»)
                        r"(?:ракет\w*|крылат\w+) (?:[\w-]+ )?[«\"]?калибр\w*|"
                        r"х-\d+\w*|с-300|баллистическ\w+ ракет\w*)")
# «спасатели потушили огонь, который возник из-за атаки»: a fire the attack started, put out
_FIRE_PUT_OUT_RU = rx(r"\b(?:потушил\w*|ликвидировал\w*|локализовал\w*) (?:[\w-]+ ){0,2}(?:огонь|огня|возгорани\w*|пожар\w*)")
# A photo caption's opening words.
# A related-story link in the body: "Read also: ...", «Читайте також на порталі ... — ...».
_RELATED = re.compile(r"\W*(?:Read (?:also|more)|Also read|See also|Related(?: stories| articles)?:|You may also like|Читайте (?:також|также|тоже)|"
                      r"Дивіться також|Смотрите также|До теми|По теме|Вас може зацікавити|Вас может заинтересовать|Схожі новини|Похожие новости)\b")
_CAPTION = re.compile(
    r"(?:FILE PHOTO:|In (?:an|this|the) (?:aerial |undated |handout |satellite )?(?:view|photo|photograph|image|picture|handout)\b|"
    r"(?:A|This) (?:still|handout|satellite)? ?(?:image|photo(?:graph)?|picture|screenshot|screen grab|video grab|frame)\b|"
    # a scene in the present tense: "A woman looks at a building damaged by shelling in X"
    r"(?:An? |The |Two |Three |Several |Local )?(?:[A-Z]?[\w-]+ ){0,2}(?:[Ww]om[ae]n|[Mm][ae]n|[Bb]oys?|[Gg]irls?|[Cc]hild(?:ren)?|[Pp]eople|"
    r"[Rr]esidents?|[Rr]escuers?|[Ff]irefighters?|[Ss]oldiers?|[Ss]ervicem[ae]n|[Ww]orkers?|[Vv]olunteers?|[Pp]olice(?:m[ae]n)?|"
    r"[Mm]edics?|[Pp]aramedics?|[Rr]elatives|[Mm]ourners|[Cc]ivilians?|[Ss]appers?|[Dd]eminers?) "
    r"(?:looks?|walks?|stands?|sits?|rides?|carr(?:y|ies)|holds?|pass(?:es)?|inspects?|clears?|works?|reacts?|removes?|"
    r"gathers?|mourns?|attends?|helps?|checks?|extinguish(?:es)?|cleans?|sweeps?|waits?|hugs?|cr(?:y|ies)|prepares?|examines?|"
    r"sort(?:s)? through|search(?:es)? (?:the|through))\b|"
    # or its participle: "A resident walking near ...", "Rescuers carrying ..."
    r"(?!.*\b(?:said|says|say|told|according)\b)(?:A|An|The|Two|Three|Local|[A-Z][a-z]+(?:ers|ents|ians|men|women|people|ren)) (?:[\w-]+ ){0,3}"
    r"(?:walking|standing|sitting|looking|passing|riding|holding|inspecting|clearing|working|carrying|crying|mourning|reacting|gathering|waiting|"
    r"removing|evacuating) (?:near|past|next to|by|at|in|on|inside|amid|among|through|outside|over|out of|the|a|an)\b)")
# A caption closed by its place and date: «..., Покровськ, Донецька область, 3 березня 2025 року».
_CAPTION_DATELINE = re.compile(r",\s+[А-ЯІЇЄҐ][\w'’-]{2,30}(?:[ -][А-ЯІЇЄҐ][\w'’-]+)?,\s+(?:[\w'’-]+\s+(?:область|области|обл\.)\s*,\s+)?"
                               r"\d{1,2}\s+[а-яіїєґ]{3,10}\s+\d{4}(?:\s+(?:року|года|г\.|р\.))?\s*$")
# A place only fought for, in a list beside a result elsewhere: «идут бои за Новопавловку и в Гуляйполе»
# (a denial's «бои за X продолжаются» is the denial's evidence, kept).
_FOUGHT_LIST = re.compile(r"(?:[А-ЯІЇЄҐ][\w'’.-]*(?: [А-ЯІЇЄҐ][\w'’.-]*)*(?:,\s*(?:и\s+|і\s+|та\s+)?|\s+(?:и|і|та|й)\s+)"
                          r"(?:(?:за|в|у|под|возле|около|біля|поблизу)\s+)?)*")
# A clause of its own for the fighting: «..., точаться важкі бої за X», «..., идут бои за X»
_CLAUSE_OF_FIGHT = re.compile(r",\s+(?:(?:точаться|тривають|йдуть|ідуть|идут|ведутся|продолжаются)\s+)?(?:[\w'’-]+\s+)?(?:бо[иії]|боях)\s+"
                              r"(?:за|біля|возле|под|під|в|у)\s+(?:(?:селищ|сел|міст|город|посел)\w*\s+)?$")
_FOUGHT_FOR = re.compile(r"(?<![^\W\d_])(?:(?:бо[иії]|боях|боестолкновени\w*|боєзіткнен\w*) (?:[\w-]+ ){0,2}(?:за|в|у|под|возле|около|біля|поблизу|"
                         # («бои в городской черте X», «бої в центральній частині X»: where in it)
                         r"на окраин\w*|на околиц\w*)(?: (?:городской|міській) (?:черте|межі)| (?:[\w-]+ )?част\w+)?|атаку(?:ют|ет)|штурму(?:ют|ет)|атакують|штурмують)\s+$")

_RELATIVE_TAIL = re.compile(r"(?:,|\s[—–])\s+(?:all|both|each|most) of which\b|,\s+(?:which|where|whom|when|the (?:regional |administrative )?(?:capital|centre|center) of|"
                            # «..., который Москва взяла в октябре», «..., яке окупували у 2022 році»
                            r"котор(?:ый|ая|ое|ые|ую|ого)|як(?:ий|а|е|і|у|ого)\b|"
                            r"(?:an?|the) (?:[\w-]+ ){0,3}?(?:that|which|where)\b)")
_CITY_OFFICIAL_AFTER = re.compile(r"\s+(?:[Mm]ayor|[Cc]ity (?:[Mm]ilitary )?[Aa]dministration|[Cc]ity [Cc]ouncil)\b")
# A relative clause told as the past ("..., which last week took over X", "..., which Russia claimed
# to have captured early this month"): background to the sentence's own news.
_RELATIVE_PAST = re.compile(r"\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|early this (?:week|month|year)|"
                            r"(?:weeks|months) (?:ago|earlier)|минулого тижня|минулого місяця|на прошлой неделе|в прошлом месяце)\b")
# The attribution that closes a sentence: ", the Institute for the Study of War (ISW), a think tank, said Wednesday."
_TRAILING_SAID = re.compile(r",\s+[^,;]{2,80}?(?:,\s+[^,;]{2,60},)?\s+(?:said|says|reported|wrote|noted|added|stated|assessed)"
                            r"(?:\s+(?:on\s+)?\w+)?[.!]?$")

# "an attempt to break through near X had been thwarted": the attempt beaten off, a repulse
_THWARTED_AFTER = re.compile(r"\b(?:(?:had|has|have) been|was|were) (?:\w+ )?(?:thwarted|foiled|repelled|repulsed|rebuffed|stopped|halted|beaten off)\b")
# "... entered Myrnohrad, and supply routes were under constant drone fire": the shelling as the ground
# fighting's backdrop does not date the gain
_STRIKES_AS_BACKDROP = re.compile(r"\b" + CONSTANT_STRIKES + r"\b", re.IGNORECASE)
# A dated comparison beside the news: "since the fall of Soledar in January", "after the capture of X last year".
_DATED_ASIDE = re.compile(r"\b(?:since|after|before|following) (?:the )?(?:capture|fall|loss|seizure|liberation|takeover|occupation) "
                          r"of (?:the (?:city|town) of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:in|last|on) (?:early |late |mid-)?"
                          r"(?:[A-Z][a-z]+|\d{4}|year|spring|summer|autumn|fall|winter)\b(?: \d{4})?|"
                          # "took X after fighting that began in the spring of 2024": the fighting's start, not the capture's date
                          r"\b(?:after|following) (?:[\w-]+ ){0,3}(?:fighting|battles?|assaults?|siege|offensive) that (?:began|started|raged|had raged|lasted)"
                          r"(?: [\w-]+){0,3}? (?:in|since) (?:the )?(?:early |late |mid-)?(?:[A-Z][a-z]+|\d{4}|spring|summer|autumn|fall|winter)(?: of)?(?: \d{4})?")
# A description of a place set off by a comma right after its name: ", which has served for months as
# a hub", ", the biggest town of the region held by Kyiv's troops for six months".
_PLACE_ASIDE = re.compile(r", (?:(?:towards?|to|from|for|near|around|over|in) which|which|where|the|a|an|its|one|once|then|held|occupied|home)\b(?:[^,;:()]|(?<=\d),(?=\d))*")
# The supply lines or roads a gain commands, to the end of its clause: «контроль над логистикой в районе X
# и Y», "control of the supply routes to X", "observation over the roads leading west toward Y".
_COMMANDED_ROUTES = re.compile(r"(?:контрол\w* (?:над|за)|control (?:over|of)|observation over) (?:the )?(?:[\w-]+ )?"
                               r"(?:логистик|снабжени|логістик|постачанн|дорог|трасс|маршрут|logistics|supply|roads?\b|routes?\b|highways?\b)[^,;.]*")
# Kyiv's units said to stay inside the town: «підрозділи Сил оборони залишаються в місті», «ВСУ остаются в городе».
_DEFENDERS_STAY_CYR = re.compile(r"(?:підрозділ\w*|сил\w* оборони|зсу|всу|захисник\w*|защитник\w*|подразделени\w*|наш\w*)(?: [\w'’-]+){0,3} "
                                 r"(?:залишаю\w*|остают\w*) (?:в|у) (?:місті|селі|селищі|городе|селе|поселке)\b")
# People named by where they come from: "two volunteers from Rivne", "a woman from Kherson".
_PEOPLE_FROM = re.compile(r"\b(?:volunteers?|residents?|people|(?:wo)?m[ae]n|family|families|children|citizens?|natives?|"
                          r"soldiers?|servicem[ae]n|students?|teenagers?|boys?|girls?|couple)(?:,? aged [\d, and]+,?)? from\s+$")
# The defender saying it holds on: "Ukrainian forces continue to hold positions in X", "our units still hold the centre".
_DEFENDER_HOLDS = re.compile(r"\b(?:ukrainian|our|its|their) (?:troops|forces|units|defenders|soldiers|brigades?) (?:still |firmly |continue to |are still |were |are )?(?:hold|holding|control)\b")
# A description closing the sentence: ", part of a push that ...", ", a settlement it had tried to encircle for weeks".
_TRAILING_ASIDE = re.compile(r", (?:part of|(?:a|an|the) (?:[\w'’-]+ ){0,3}(?:settlement|village|town|city|hub|push|offensive|"
                             r"campaign|drive|area|stronghold)|which|where)\b(?:[^,;:()]|(?<=\d),(?=\d))*[.!]?$")
# A place named as what a claim is about: "the Danylivka report", "Vovchansk claim".
_NOUN_AFTER_PLACE = re.compile(r"\s(?:claims?|reports?|statements?)\b")


def _fighting_answers(voices: list, low: str) -> list:
    """"X said it took the city, but Kyiv's military said fighting continues": one party's capture
    claim answered by the other party's "fighting goes on" is a denial, not a hedge."""
    claimed = {v[1] for v in voices if v[0] == "claim" and v[1] in ("ru", "ua")}
    if not claimed or not CONTINUING.search(low):
        return voices
    return [("denial", *v[1:]) if v[0] == "hedge" and v[1] in ("ru", "ua") and v[1] not in claimed else v for v in voices]


# A road named after the towns it joins: the name, hyphenated names after it, then "highway" or "road"
# (an analyst's front "line" or "axis" is named the same way: "the Kupiansk-Svatove-Kreminna line"; a boundary
# between two oblasts too: "the Donetsk–Zaporizhia administrative boundary").
_ROAD_WORDS = ("highway", "road", "route", "motorway", "line", "axis", "boundary", "border")
_ROAD_TAIL = r"(?: [A-Z]?-?\d[\w-]*)? (?:[\w-]+ )?(?:" + "|".join(_ROAD_WORDS) + r")\b"  # "R-200 highway", "administrative boundary"
_ROAD_AFTER = re.compile(r"(?: ?[-–—] ?[A-Z][\w'’]+)+" + _ROAD_TAIL)
_ROAD_BEFORE = re.compile(r"[A-Z][\w'’]+ ?[-–—] ?$")
_ROAD_AFTER_END = re.compile(r"(?: ?[-–—] ?[A-Z][\w'’]+)*" + _ROAD_TAIL)
_NAMED_OFFENSIVE_BEFORE = re.compile(r"\b(?:in|during|amid)(?: the| its| their)? $")
_NAMED_OFFENSIVE_AFTER = re.compile(r"(?:['’]s)? (?:counter-?offensive|offensive)( operation)?(?! (?:on|against|toward|towards|into|to)\b)")
# A village's spelling followed by a verb of saying or a person's title is a surname.
_PERSON_AFTER = re.compile(r"(?:\s+(?:told|said|says|wrote|added|noted|stated|claimed|reported)\b|,\s+(?:an?|the) (?:[\w-]+ ){0,2}"
                           r"(?:aide|adviser|advisor|spokes(?:man|woman|person)|commander|official|head|expert|blogger|correspondent|deputy|chairman)\b)")
# A surname follows a first name ("Vitaly Kiselev, an aide"); a village after a verb is a village
# ("captured Yunakivka, the regional head said").
_FIRST_NAME_BEFORE = re.compile(r"(?:^|[^\w'’])[A-Z][a-z]+\.? $")
_GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:Vladimir|Volodymyr|Oleksandr|Alexander|Aleksandr|Andriy|Andrii|Andrey|Sergey|Sergei|Serhiy|Serhii|Viktor|Vitaly|"
    r"Vitalii|Yuriy|Yuri|Dmitry|Dmitri|Dmytro|Ivan|Igor|Ihor|Mykola|Nikolai|Oleg|Oleh|Pavel|Pavlo|Roman|Ruslan|Maxim|Maksym|"
    r"Denis|Denys|Yevgeny|Yevhen|Kirill|Mikhail|Mykhailo|Valery|Valerii|Vadim|Vadym|Vyacheslav|Gennady|Anton|Alexei|Oleksiy|"
    r"Oleksii|Konstantin|Petro|Pyotr|Boris|Stanislav|Artem|Ramzan|Denis|Apti) $")
_RESPONSIBILITY = re.compile(r"\b(?:area|zone)s? of (?:responsibility|operations) (?:includes?|cover(?:s|ed)?|span(?:s|ned)?)\s+"
                             r"(?:[\w'’-]+(?:,| and| as well as)?\s+){0,6}$")
_SIDE_POSSESSION = re.compile(r"(?:['’]s?)? (?:[\w-]+ ){0,2}(?:strongholds?|forces|troops|army|military|units|soldiers|defen[cs]es?|positions|lines)\b")
_PAREN_BEARING = re.compile(r"\((?:both |all |just |about )?(?:[\d.,]+ ?(?:km|kilometers|kilometres|miles) )?"
                            r"(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)[\w-]* of\s+$|"
                            # «(на південний схід від X)», «(обидва на захід від X)», «(к юго-востоку от X)»
                            r"\((?:обидва |обидві |усі |всі |оба |обе |все )?(?:на|к) (?:[\w-]+ ){1,2}(?:від|от)\s+$")


def _russian_spelling(written: str, name: str) -> bool:
    """Whether a Ukrainian place is written the Russian way ("Uspenovka", "Kurakhovo" for Uspenivka, Kurakhove)."""
    written = POSSESSIVE_END.sub("", written)
    if not written.isascii() or written.casefold() == name.casefold():
        return False
    # Russian г is "g" where Ukrainian г is "h", я is "ya" where it is "ia" (Gulyaipole, Huliaipole)
    return _RU_ENDING.search(written) is not None or _RU_LETTERS.sub(lambda m: _UK_FOR_RU[m.group()], written.casefold()) == name.casefold()


# "gained ground in Bryansk Oblast and near A, B and C": a new clause or list
# item begins, so what follows is no longer set in the Russian region.
_CLAUSE_BREAK = re.compile(r";|\band (?:near|in|around|toward|towards|outside|west|east|north|south)\b|,\s*(?:and|while|but|whereas)\b"
                           r"|\b(?:while|whereas|but)\b")


def _apart(text: str, mention: PlaceMention, russian: list[PlaceMention]) -> bool:
    """Every mention that sets the sentence in Russia is another clause's: a break lies between."""
    return all(_CLAUSE_BREAK.search(text, min(r.end, mention.end), max(r.start, mention.start)) for r in russian)


def _namesake_in_ukraine(mention: PlaceMention, in_russia: set[str]) -> bool:
    """A village of a Ukrainian oblast that borders none of the Russian oblasts the sentence is set
    in ("Borki, southeast of Sudzha", "Dronovka in the Belgorod region"): the namesake of a Russian
    village the gazetteer lacks, not a place of this sentence."""
    if mention.country != "ua" or mention.place.kind == "city" or mention.place.oblast in CRIMEA:
        return False
    if any(c.oblast not in UKRAINIAN_OBLASTS and c.oblast not in CRIMEA for c in mention.candidates):
        return False
    return not any(mention.place.oblast in _BORDERING.get(area, ()) for area in in_russia)


_AFTER_THE_FALL = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|[Ii]n the wake of) (?:the |its |their )?(?:(?:Russian |Ukrainian |Moscow['’]s |Kyiv['’]s )?"
    r"(?:capture|fall|loss|seizure|takeover|occupation|liberation)) of (?:the (?:city|town|village|settlement) of )?"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?|"
    # «после потери Покровска и Мирнограда», «після падіння Авдіївки» (not «после взятия X», in Moscow's
    # copy as often the news itself: «после взятия X подразделения смогут ...»)
    r"(?<![\w-])(?:[Пп]осле|[Пп]ісля) (?:потери|падения|сдачи|оставления|втрати|падіння|залишення|окупації|оккупации) "
    # (a town's name, capital then small letters: not «после падения БПЛА», a drone's fall)
    r"[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?:[ -][А-ЯІЇЄҐЁ][а-яіїєґё'’-]+)?(?:(?:,\s*|\s+(?:и|і|й|та)\s+)[А-ЯІЇЄҐЁ][а-яіїєґё'’-]+(?:[ -][А-ЯІЇЄҐЁ][а-яіїєґё'’-]+)?)*")
# Kyiv's troops holding, or Russia's entering, in a local official's answer about a capture.
_UA_DEFENDER = re.compile(r"ВСУ|ЗСУ|Сил(?:ами|ы|и)? оборон|украинск\w* (?:военн|войск|подраздел)|українськ\w* (?:військ|підрозділ)|"
                          r"Ukrainian (?:troops|forces|units|soldiers|defenders)|"
                          r"(?:российск|російськ)\w* (?:войск|военн|військ|військов|солдат|окупант|оккупант)|"
                          r"Russian (?:troops|forces|soldiers|units)")
_QUESTION_CLOSERS = " \t\"'»”’)]"
# A question asked by its opening words, with or without its mark: «Захватили ли ...», «Чи захопили ...»
_ASKS = re.compile(r"\W*(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+ ли|Чи) ")


# «продвижение к X позволит ...»: what an advance would allow, the advance itself only supposed
_ALLOWS = ("позволит", "позволят", "дозволить", "дозволять", "даст", "дасть", "откро", "відкри")


_ASIDE_START = re.compile(r", (?:which|where|a|an)\b")


def _goal_aside(sentence: str, goal: re.Match[str], local: list) -> int | None:
    """Where the description holding the goal word starts, when it describes a place already taken:
    "Moscow said its troops had pushed into X, a village ..., which analysts say is a key stepping stone
    toward Y" (the goal is the place's, not the sentence's aim); else None."""
    aside = next(reversed(list(_ASIDE_START.finditer(sentence, 0, goal.start()))), None)
    if aside is not None and any(end <= aside.start() for _m, _s, end in local) \
            and CAPTURE_RE.search(sentence, 0, aside.start()) is not None:
        return aside.start()
    return None


def _goal_excepted(sentence: str, goal: re.Match[str]) -> bool:
    """Whether a result told before a goal word makes the sentence more than a goal ("repelled the
    assault that aimed to ..."), unless that result is the noun of an advance whose consequence the
    goal word foresees («продвижение на пять километров позволит ...»)."""
    done = GOAL_EXCEPT.search(sentence, 0, goal.start())
    if done is None:
        return False
    return not (done.group().startswith("продвижени") and goal.group().startswith(_ALLOWS)
                and GOAL_EXCEPT.search(sentence, done.end(), goal.start()) is None)


def _bearing_of_a_thing(orig: str, mention: Mention, start: int) -> bool:
    """"on the road west of X", "along a tree line west of X": a bearing with no distance that places a
    road or a tree line, not a settlement; with no other place named, the event is near X."""
    if mention.speaker or mention.distance_km is not None or not mention.relation.endswith(" of"):
        return False
    rel_start = start - (mention.start - mention.rel_start)  # the bearing's start, in the sentence
    return _THING_LOCATED.search(orig, max(0, rel_start - 24), rel_start) is not None


def _moscow_held(mention: Mention, sentence: str, orig: str) -> bool:
    """Russia proper, or the Dnipro's left bank in Kherson oblast, which Moscow holds as its own land is:
    Kyiv holding there has a bridgehead (unless it "still" holds it against a claim to have cleared it).
    Only a name no other oblast has, or the bank named, puts a place on the left bank."""
    place = mention.place
    if place.oblast not in UKRAINIAN_OBLASTS and place.oblast not in CRIMEA:
        return True
    return kherson_bank(place) == "left" and _STILL_HOLDING.search(sentence) is None \
        and (_LEFT_BANK.search(orig) is not None or len(mention.candidates) == 1)


_STILL_HOLDING = re.compile(r"\bstill\b|по-прежнему|досі|все ещё|все еще|все ще|як і раніше|продолжают удерживать|продовжують утримувати")
_LEFT_BANK = re.compile(r"\b[Ll]eft bank\b|(?<!\w)(?:лів\w+|лев\w+) берег\w*")


def _sentence_statements(sentence: str, local: list[tuple[Mention, int, int]], story: StoryFacts | None,
                         default_side: str, staff_side: str = "ua", ref_event: str | None = None,
                         territory: bool = False, east_side: str = "ru",
                         story_date: float | None = None, coref: bool = False,
                         ministry_side: str | None = None) -> list[Statement]:
    """Statements of one sentence about its places (`territory`: the one place is a region's land)."""
    if sentence.rstrip(_QUESTION_CLOSERS).endswith("?") or _ASKS.match(sentence):
        # "Did Russia take X?", «Чи зайшли окупанти в X?», «Захватили ли россияне X: ответ военных»: a heading
        # that asks claims nothing
        return []
    if is_recap(sentence, story_date) or dated_earlier(sentence, story_date):
        return []
    if ("fter" in sentence or "ollowing" in sentence or "wake of" in sentence or "осле" in sentence or "ісля" in sentence) \
            and (anchors := [m.span() for m in _AFTER_THE_FALL.finditer(sentence)]):
        # "... its first gain after the fall of X": the earlier capture only dates the news; blank it
        # (same length, so the places' offsets hold) and drop its place
        for a, b in anchors:
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
        local = [(m, start, end) for m, start, end in local if not any(a <= start < b for a, b in anchors)]
        if not local:
            return []
    if ", " in sentence and ("20" in sentence or "19" in sentence) and (asides := [m.span() for m in BACKGROUND_ASIDE.finditer(sentence)]):
        # "the head of Crimea, seized by Moscow in 2014, reported ...": blank the aside (same length) and its places
        for a, b in asides:
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
        local = [(m, start, end) for m, start, end in local if not any(a <= start < b for a, b in asides)]
        if not local:
            return []
    tail = _RELATIVE_TAIL.search(sentence)
    if tail is not None and (HISTORY.search(sentence.lower(), tail.start()) or is_history(sentence[tail.start():], story_date)
                             or (_RELATIVE_PAST.search(sentence, tail.start()) and not DENIAL.search(sentence, 0, tail.start())
                                 and not STILL_HOLDS.search(sentence, 0, tail.start()) and "hold" not in sentence[:tail.start()])):
        # "... captured Novobakhmutivka, north of Avdiivka, which they seized in February": the
        # history is the relative clause's; the sentence's own claim stands without it.
        # (the attribution closing the sentence stays: "..., where ... last year, the ISW said")
        said = _TRAILING_SAID.search(sentence, tail.end())
        sentence = sentence[: tail.start()] + (said.group() if said is not None else "")
        local = [(m, start, end) for m, start, end in local if end <= tail.start()]
        if not local:
            return []
    pair = _SECOND_AGENT.search(sentence) if not coref and (" and " in sentence or " while " in sentence) else None
    if pair is None and not coref and " as " in sentence:
        # "Ukrainian troops reportedly enter X as Russia announces retreat from Y": two reports, two voices
        pair = _AS_PARTY_SAYS.search(sentence)
    if pair is not None and len(sentence.lower()) == len(sentence) and (pair.re is _AS_PARTY_SAYS or (
            said := find_speaker(sentence.lower(), sentence_actors(sentence, staff_side, east_side, ministry_side))) is None
            or said.actor.side == "other"):
        # "Ukrainian forces recently advanced near X and Russian forces recently advanced near Y":
        # nobody speaks (or an analyst does), so each side's troops are their own sentence.
        cut, resume = pair.start(), pair.end()
        args = (story, default_side, staff_side, ref_event, territory, east_side, story_date, coref, ministry_side)
        first = [(m, s, e) for m, s, e in local if e <= cut]
        second, second_places = sentence[resume:], [(m, s - resume, e - resume) for m, s, e in local if s >= resume]
        if pair.re is _AS_PARTY_SAYS and first and all(m.speaker for m, _s, _e in second_places) and (
                DENIAL.search(second) or _CLAIMS_CAPTURE.match(second)
                or holds_own("ua", second.lower()) or holds_own("ru", second.lower())):
            # "Russia claims half of Kupiansk as Ukraine denies advance", "... as Ukraine says defenders
            # hold firm": the answer is about the same places
            second = second.rstrip(" .!?") + " about "
            for k, (m, s, e) in enumerate(first):
                second += " and " if k else ""
                second_places.append((m, len(second), len(second) + e - s))
                second += sentence[s:e]
            second += "."
        out = _sentence_statements(sentence[:cut] + ".", first, *args) if first else []
        if second_places:
            # the second voice answers the first ("... as Kyiv denies the claim"): the event it denies
            answered = out[0].event if out and pair.re is _AS_PARTY_SAYS else ref_event
            out += _sentence_statements(second, second_places, story, default_side, staff_side, answered, territory,
                                        east_side, story_date, coref, ministry_side)
        return out
    if _RELATED.match(sentence):
        return []  # «Читайте також: ...», "Read more: ...": a link to another story, not this one's claim
    if _CAPTION.match(sentence):
        return []  # "In an aerial view, houses burn in X on Aug. 31": a photo caption, no one's claim
    if (sentence[-1:].isdigit() or sentence.endswith(("року", "года", "г.", "р."))) and _CAPTION_DATELINE.search(sentence):
        return []  # «Зруйнований будинок, Покровськ, Донецька область, 3 березня 2025 року»: a photo's caption
    orig = sentence
    low = sentence.lower()
    if len(low) == len(sentence):
        sentence = low  # the regexes are compiled for lowercase; offsets stay the same
    event = classify_event(sentence, orig)
    if event is None and EVIDENCE.search(sentence) and TROOPS.search(sentence):
        event = "control"  # "geolocated images show Russian soldiers in the center of Avdiivka"
    elif event is None and EVIDENCE.search(sentence) and FIRE_SEEN.search(sentence):
        event = "strike"  # "satellite images show burn marks next to aircraft shelters at X": a strike's traces
    elif event != "control" and "indicat" in sentence and _INDICATES_CONTROL.search(sentence) and EVIDENCE.search(sentence):
        event = "control"  # "footage shows Ukrainian forces destroying a vehicle in X, indicating that they still operate there"
    if event is None and ref_event and (DENIAL.search(sentence) or HEDGE.search(sentence)):
        event = ref_event  # "Within hours, Ukraine's General Staff denied it": the claim just reported
        # (before "the claim about X", which names no event of its own)
    if event is None and (CLAIM_ABOUT.search(sentence) or any(_NOUN_AFTER_PLACE.match(orig, e) for _m, _s, e in local)) \
            and (HEDGE.search(sentence) or DENIAL.search(sentence)):
        event = "other"  # "the claim about Huliaipole could not be verified", "calls the Danylivka report fake"
    if event is None and not sentence.isascii() and (DENIAL.search(sentence) or HEDGE.search(sentence)):
        if any(_ACCOUNT_OF_CYR.search(sentence, max(0, start - 40), start) for _m, start, _e in local):
            event = "other"  # «сообщение о Малой Токмачке опровергли»: the account of the place answered
        elif any(_LOSS_OF_CYR.search(sentence, max(0, start - 20), start) for _m, start, _e in local):
            event = "control"  # «В ВСУ отрицают потерю Купянска»: the loss of the place denied
    if event is None and not sentence.isascii() and _INFO_REFUTED.search(sentence):
        event = "control"  # «у бригаді цю інформацію спростували, наголосивши, що X ...»: a capture report refuted
    if event is None and _SITUATION_SAME.search(sentence) and DENIAL.search(sentence):
        event = "control"  # "The situation in X is the same as before. Russia is lying again": a capture denied
    if event is None and "control" in sentence and _CONTROLS_SITUATION_EN.search(sentence):
        event = "control"  # "Ukraine controls the situation near X": the defender still holds it
    if event is None and not sentence.isascii() and ("контрол" in sentence or "оборон" in sentence) \
            and SITUATION_HELD_CYR.search(sentence):
        event = "control"  # «ситуація в X контрольована»: the defender still holds it
    if event is None and not sentence.isascii() and _DEFENDERS_STAY_CYR.search(sentence):
        event = "control"  # «підрозділи Сил оборони залишаються в місті»: the defender still inside, a hold
    if event is None and not sentence.isascii() and NO_THREAT_CYR.search(sentence):
        event = "control"  # «загрози втрати X немає»: no danger of losing it
    if event is None and (CANNOT_VERIFY.search(sentence) or not sentence.isascii() and cannot_check_account_cyr(sentence)):
        # "the situation in Pokrovsk could not be independently verified", «DW не может проверить заявления о X»
        event = "control"
    if event is None and (DENIAL.search(sentence) or HEDGE.search(sentence) or "premature" in sentence) \
            and (CONTINUING.search(sentence) or _OPERATING_INSIDE.search(sentence)):
        # "Peskov denied that Ukrainian units were still fighting in Sudzha", "the General Staff called the claim a lie
        # and said its forces were conducting operations inside X"
        event = "control"
    if event is None and CLAIMED_PLACE.search(orig[max(0, local[0][1] - 40) : local[0][1]]):
        event = "control"  # "Russia had once again claimed Kupiansk": claiming a place is claiming control
    if event is None and CLAIMS_ABOUT_PLACE.search(orig[max(0, local[0][1] - 40) : local[0][1]]) and DENIAL.search(sentence):
        event = "control"  # "called the Russian claims about X absurd": the claims answered are of its control
    if event is None or HISTORY.search(sentence) or (territory and event != "control"):
        return []
    if event in ("strike", "shootdown") and NO_EVENT.search(sentence):
        return []
    if _told_by_others(sentence):
        return []  # "some sources are spreading claims that X is encircled": others' word, the answer comes next
    if event == "strike" and ("destroyed" in sentence or " no longer " in sentence or "razed" in sentence
                              or "ruined" in sentence or "flattened" in sentence or "wiped out" in sentence) \
            and (ruin := _DEVASTATION.search(sentence)) and not _WEAPON.search(sentence) and not _STRUCK.search(sentence) \
            and not _UNITS_RUINED.search(sentence, max(0, ruin.start() - 40), ruin.start()):
        return []  # "the town has been almost completely destroyed": a settlement's ruin, not a strike claimed
    if event == "control" and not sentence.isascii() and FIGHTING.search(sentence) and not CAPTURE_RE.search(sentence) \
            and not RESULT.search(sentence) and not DENIAL.search(sentence) and not HEDGE.search(sentence) \
            and not STILL_THERE_RE.search(sentence) and not _TOOK_UP_DEFENCE.search(sentence) \
            and not _DEFENDERS_STAY_CYR.search(sentence) and not WITHDRAW.search(sentence):
        # «ведут бои в западной части X, где противник еще удерживается»: fighting, no result (but
        # «тривають вуличні бої, наші зайняли оборону в X»: the defender holds it while fighting goes on;
        # «військові відійшли від X, де тривають бої»: a withdrawal done beside the fighting)
        return []
    if event == "control" and not sentence.isascii() and (fight := _FIGHT_TO_TAKE.search(sentence)) is not None \
            and classify_event(rest := sentence[:fight.start()] + " " + sentence[fight.end():], rest) != "control" \
            and not _FIGHT_WON.search(sentence) \
            and not DENIAL.search(sentence) and not HEDGE.search(sentence):
        return []  # «продолжаются боевые действия по освобождению X»: a fight to take it, no result
    if event == "strike" and not sentence.isascii() and HABITUAL_SHELLING.search(sentence) and not STRIKE_HARM.search(sentence):
        return []  # «Покровськ щоденно піддається обстрілам»: a habit, no particular strike
    if event == "strike" and AFTER_STRIKE_REPAIR.search(sentence) and not STRIKE_HARM.search(sentence):
        return []  # «у Херсоні відновили світло після обстрілу»: the repair is the news, not a strike
    if event == "strike" and not sentence.isascii() and WOUNDED_ELSEWHERE.search(sentence):
        return []  # «поранених на фронті»: wounded elsewhere, treated here; no strike on this place
    if event in ("losses", "control") and SILENT.search(sentence):
        return []  # "said nothing about territorial losses near X": what is not said is no claim
    if "comment" in sentence and "claim" not in sentence and NO_COMMENT.search(sentence) and not CANNOT_VERIFY.search(sentence):
        return []  # "Ukraine did not comment on the attack on Belgorod": a silence, not a claim (a reporter's hedge beside it stays)
    if not sentence.isascii() and (" не д" in sentence or "не захоп" in sentence or "не захват" in sentence) \
            and _NOTHING_GAINED.search(sentence):
        return []  # «атаки ..., не захватив ни одной значимой территории»: attacks that gained nothing, nobody's claim
    if ("реаги" in sentence or "реагу" in sentence or "коммент" in sentence or "комент" in sentence) and not sentence.isascii() \
            and (reacted := _REACTED_TO_REPORTS.search(sentence)) and not DENIAL.search(sentence) and not HEDGE.search(sentence) \
            and not REPORT.search(sentence, reacted.end()):
        return []  # «в Минобороны отреагировали на данные о взятии X»: an answer still untold, no one's claim
    maybe_activity = ("continued" in sentence or "advance" in sentence or "gains" in sentence or "counterattack" in sentence  # cheap gate
                      or "не про" in sentence or "без " in sentence or "просун" in sentence
                      or " не д" in sentence or "не захоп" in sentence or "не захват" in sentence
                      or "не име" in sentence or "не мал" in sentence or "не мав" in sentence)
    if maybe_activity and ACTIVITY_ONLY.search(sentence) and not (DENIAL.search(sentence) or HEDGE.search(sentence)):
        return []  # "continued attacks near X but made no confirmed advances": activity, no claim
    if event == "control" and "prevent" in sentence and (kept := _PREVENTED.search(sentence)) and not DENIAL.search(sentence) \
            and not WITHDRAW.search(sentence, 0, kept.start()):
        # "the defence of X kept the enemy from advancing as fast as reportedly hoped": nothing gained (a
        # withdrawal made to prevent an advance is still made)
        return []
    if ("продолж" in sentence or "продовж" in sentence or "трива" in sentence) and _GOING_ON.search(sentence) \
            and not _GAINED.search(sentence) and not DENIAL.search(sentence):
        return []  # «продолжают продвижение в районе X», «продолжается наступление к югу от X»: under way, nothing taken
    if ("situated" in sentence or "located" in sentence or " lies " in sentence or "between" in sentence or " is " in sentence) \
            and (geo := _GEO_OPENING.match(orig)) is not None and not DENIAL.search(sentence, geo.end()) \
            and not HEDGE.search(sentence, geo.end()) and not STILL_HOLDS.search(sentence, geo.end()):
        # "Siversk is situated 30 km east of the towns still held by Kyiv", "X, the largest city still
        # held by Kyiv, lies 20 km from the front": where a place is
        return []
    if "both sides" in sentence and _BOTH_SIDES.search(sentence):
        return []  # "the operation near X has caused casualties on both sides": a tally, nobody's claim
    if event == "control" and ("бы" in sentence or "би" in sentence) and _SUBJUNCTIVE.search(sentence) \
            and not DENIAL.search(sentence):
        return []  # «взятие X открыло бы дорогу на Y», «це дозволило б...»: what would follow, nothing taken
    if event == "control" and not sentence.isascii() and ("можлив" in sentence or "возможн" in sentence) \
            and _ALLOWS_CONTROL.search(sentence):
        return []  # «высота, которая открывает возможности контролировать дорогу»: what a place would allow
    goal = GOAL.search(sentence)
    if event == "control" and len(local) > 1 and "," in sentence \
            and (trailing := _TRAILING_ASIDE.search(sentence, min(end for _m, _s, end in local))) is not None \
            and CAPTURE_RE.search(sentence, 0, trailing.start()) is not None:
        # "... had broken into X, which analysts call a stepping stone toward Y": the closing description's
        # places are not where anything was taken
        local = [p for p in local if p[1] < trailing.start()] or local
    if goal and (aside := _goal_aside(sentence, goal, local)) is not None:
        local = [p for p in local if p[1] < aside]  # the places the description names are not where the event was
        goal = None
    if goal and not _goal_excepted(sentence, goal) and not FOILED.search(sentence, goal.end()) \
            and not (sentence.startswith("the so-called ") and DENIAL.search(sentence, 0, goal.start())) \
            and not _THWARTED_AFTER.search(sentence, goal.end()) and not STILL_HOLDS.search(sentence, 0, goal.start()) \
            and not (not sentence.isascii() and (held := UNDER_SIDE_CYR.search(sentence, 0, goal.start())) is not None
                     and holder_side(held) == "ua") \
            and not (not sentence.isascii() and _RELATIVE_GOAL.search(sentence, max(0, goal.start() - 24), goal.start())) \
            and not (not sentence.isascii() and _BUT_ABSENT.search(sentence, goal.end())) \
            and not _held_against(sentence, goal.end()) and not ATTEMPTS_FAILED.search(sentence) \
            and not (not sentence.isascii() and NO_THREAT_CYR.search(sentence)):
        # (not «ворог намагається відтіснити ..., проте в самому X росіян немає»: the aim, then the denial)
        return []
    if GERUND_GOAL.match(sentence, len(sentence) - len(sentence.lstrip("\"“«'‘ "))):
        return []
    if territory:
        return []  # land in a region names no settlement (CLAIMS_GUIDE): nothing the tracker can place
    if ("?" in orig or not orig.rstrip("»”\"' ").endswith((".", "!"))) and QUESTION.search(sentence) \
            and not _CLAIM_THEN_TEASER.search(sentence):
        return []  # "Pokrovsk or Myrnohrad: where will Russia strike?", "How Kostiantynivka prepares"
    if event in ("strike", "control") and _MAYBE_ACTIVITY.search(sentence) and GROUND_ACTIVITY.search(sentence) \
            and not RESULT.search(sentence) and not (CANNOT_VERIFY.search(sentence) and _HEDGED_ACCOUNT.search(orig)) \
            and not (event == "control" and _DEFENDER_HOLDS.search(sentence)):
        # "attacked near A, B and toward C": fighting without a result (not "our forces continue to hold
        # positions in X and are clearing it": the defender's hold is its answer) (not "could not verify the
        # ministry's account of the fighting around X": the account hedged is of what it claimed there)
        return []
    if event == "control" and " who " in sentence and _WHO_HOLDS.search(sentence) and not DENIAL.search(sentence):
        return []  # "conflicting claims of who controls X", "a gray area in terms of who controls them": a question, no claim
    if event == "control" and _attempt_only(sentence):
        return []  # "fighting has centred on Russia's attempts to advance on X": an attempt, no result
    if event in ("strike", "control") and "approaches" in sentence and _APPROACHES_ATTACKED.search(sentence) \
            and not RESULT.search(sentence) and not _WEAPON.search(sentence):
        return []  # "Russian forces are attacking the approaches to X": ground fighting at the town's edge, no result
    if event in ("strike", "control") and ATTACKS_ON.search(sentence) and not RESULT.search(sentence) \
            and not STRIKE_RESULT.search(sentence) and not _WEAPON.search(sentence) and not FOILED.search(sentence) \
            and not (event == "control" and (_DEFENDER_HOLDS.search(sentence) or WITHDRAW.search(sentence) or LEFT.search(orig))):
        # "launched six attacks on X": fighting without a result (drones and guns on a town are strikes;
        # «атакували позиції ЗСУ, але відступили»: the attack was beaten off, a repulse; "..., insisting
        # Ukrainian defenders were holding their ground": the defender's hold answers them; "its units had
        # left X after weeks of assaults on the town": the withdrawal is the result)
        return []
    actors = sentence_actors(orig, staff_side, east_side, ministry_side)
    # A place inside the speaker's own name ("Kyiv denied") is who speaks, not where.
    # (not "our correspondent in Kyiv reports": where the teller is)
    spoken = [(a.start, a.end) for a in actors if a.actor.rank == 1 and (
        REPORT.match(sentence, a.end + 1) or POSSESSIVE_CLAIM.match(sentence, a.end)) and sentence[max(0, a.start - 3):a.start] != "in "]
    places: list[tuple[Mention, int, int]] = []
    seen_places: set[str] = set()
    # the spans of routes a gain commands, read once for every place below
    routes = [m.span() for m in _COMMANDED_ROUTES.finditer(sentence)] \
        if event == "control" and ("контрол" in sentence or "control" in sentence or "observation" in sentence) else []
    cyrillic = not low.isascii()  # the Russian and Ukrainian checks below cannot match other text
    unit_words = cyrillic or _UNIT_WORD.search(orig) is not None  # a cheap scan before the per-place ones
    # "Russia controls Crimea, nearly all of Luhansk, over 70% of Donetsk, Zaporizhzhia and Kherson":
    # three or more regional centres beside a name that is only a region are the regions.
    regional = [m for m, _s, _e in local if m.place.name in UKRAINIAN_OBLASTS or m.place.name == m.place.oblast]
    region_list = len(regional) >= 3 and _REGION_ONLY.search(orig) is not None
    origin_end = -1  # end of the last place named as where an advance set out from
    locator_end = -1  # end of the last place named only as what another lies near
    # "Novaya Naumovka" read as two places ("Nova", "Naumivka"): two names with only a space between
    # are one name the gazetteer lacks, not two places.
    glued = {i for k in range(len(local) - 1) for i in (k, k + 1)
             if local[k + 1][1] == local[k][2] + 1 and orig[local[k][2]] == " "
             and orig[local[k][2] - 2:local[k][2]] not in ("'s", "’s") and orig[local[k][2] - 1] not in "'’"}
    asides = naming_asides(orig) if "(" in orig else ()
    # places named only in a bracketed bearing («(на південний схід від X)») locate; they leave the rest alone
    bracketed = {start for _m, start, _e in local if "(" in orig and _PAREN_BEARING.search(orig, max(0, start - 40), start)}
    risk_words = " danger" in orig or " risk" in orig or " threat" in orig
    at_risk = event == "control" and risk_words
    for index, (mention, start, end) in enumerate(local):
        if index in glued:
            continue
        if index and local[index - 1][0].place.name == mention.place.name and orig[local[index - 1][2]:start].strip() == "(":
            continue  # «Торецка (Дзержинска)»: the bracketed other name stands or falls with the name before it
        if region_list and mention in regional:
            continue
        if event == "control" and mention.place.name in CAPITALS and (all(m.place.name in CAPITALS for m, _s, _e in local) or not any(
                other is not mention and (0 <= s2 - end <= 6 or 0 <= start - e2 <= 6) for other, s2, e2 in local)):
            # "pressure on Kyiv", "officials in Kyiv", "little information out of Kyiv": the front has been
            # far from both capitals since spring 2022, so a capital alone in a sentence about ground is its
            # government (listed with other towns it is one of the places)
            continue
        if (mention.speaker or mention.locates) and not (
                event == "strike" and mention.speaker and len(local) == 1 and _CITY_OFFICIAL_AFTER.match(orig, end)) \
                and not (len(local) == 1 and _bearing_of_a_thing(orig, mention, start)):
            # "Kyiv denies", "the city, 104 km east of Kharkiv": who speaks, or only where (but a mayor
            # telling of a bomb that hit, with no other place named, tells of his own city)
            continue
        if any(s <= start < e for s, e in spoken) or any(
            a.start <= start and end <= a.end for a in actors if a.actor.rank == 2
        ) and not (event == "strike" and len(local) == 1 and _CITY_OFFICIAL_AFTER.match(orig, end)):
            # "the Luhansk operational-tactical group" names a speaker, not a place (but "the head of the
            # Kyiv City Military Administration said a raid killed seven" tells of his own city)
            continue
        if NOT_A_PLACE_AFTER.match(orig, end) and not territory or _WATER_BEFORE.search(orig, max(0, start - 30), start):
            continue  # "the Dnipro River", "Kharkiv region", "the Sea of Azov"
        if mention.place.name == "Dnipro" and _RIVER_BEFORE.search(orig, max(0, start - 30), start):
            continue  # «форсувати Дніпро», «левый берег Днепра»: the river
        if ("лінії" in orig or "линии" in orig or "рубеж" in orig or " line" in orig or "напрямк" in orig or "направлени" in orig) and any(
                _LINE_NAMES.fullmatch(orig, m.end(), start) for m in _DEFENCE_LINE.finditer(orig, max(0, start - 160), start)):
            continue  # «оборону по лінії Орлівка − Тоненьке − Бердичі»: a defence line, not the event's place
        if at_risk and _PUTTING.search(orig, max(0, start - 100), start) and _AT_RISK.search(orig, end):
            continue  # "took X, which put the towns of Y and Z in danger": the gain's next targets, nothing taken there
        if risk_words and _RISK_FOR.search(orig, max(0, start - 50), start):
            continue  # "risks for X", "took Y, which brings a threat to X": X is only in danger
        if _TOWN_PART_BEFORE.search(orig, max(0, start - 16), start):
            continue  # «мікрорайон Острів у Херсоні»: a part of the town named after it, not a village
        if unit_words and (_UNIT_BEFORE.search(orig, max(0, start - 48), start) or _UNIT_AFTER.match(orig, end)):
            continue  # «корпус «Азов»», "the Azov brigade": a unit's name, not where anything happened
        if unit_words and len(local) > 1 and _UNIT_OPERATING_BEFORE.search(orig, max(0, start - 60), start):
            continue  # "a brigade operating near Lyman said it repelled assaults near X": where the unit is, not the event
        if _ROAD_LINKING.search(orig, max(0, start - 60), start):
            continue  # «магистраль, связывающая Доброполье и Краматорск»: the road's ends, not where the event is
        if _named_as_region(orig, mention, start, end):
            continue  # "in the Kursk area", "regions, including Volgograd": the region, not its city
        if REGION_LIST_AFTER.match(orig, end) and not territory and not _NOUN_FORM.fullmatch(mention.text):
            continue  # "in Kharkiv, Dnipropetrovsk, and Zaporizhzhia oblasts" («по Павлограду, ... районах» names the town)
        if (_REGION_FORM.search(mention.text) and not _REGION_FORM.search(mention.place.name)) or (
                mention.place.name == mention.place.oblast and _ON_REGION.search(orig, max(0, start - 4), start)
                and not (mention.text[-1:] not in "іi" and _ATTACK_ON.search(orig, max(0, start - 40), start))):
            # "на Харківщині", "на Запоріжжі": the region, not its city («атака на Харків» is the city); a village
            # whose own name ends so (Іскрисківщина, Яструбщина) is the village
            continue
        if mention.place.name == mention.place.oblast and not mention.city and " and " in orig[end:end + 5] and (
                _BORDER_OF.search(orig, max(0, start - 40), start) or event == "control" and _AND_REGION_AFTER.match(orig, end)):
            continue  # "the border of Donetsk and Dnipropetrovsk region": two regions, not the city (a strike
            # on "Kharkiv and Sumy region" may well hit the city)
        if event == "control" and mention.place.name == mention.place.oblast and not mention.city and " of " in orig \
                and _SHARE_OF_BEFORE.search(orig, max(0, start - 40), start) and _REGIONS_NAMED.search(orig):
            continue  # "controls the Luhansk region and most of Donetsk": a share of a region among regions, not the city
        if event == "control" and mention.place.name == mention.place.oblast and not mention.city and mention.place.name in _REAR_CENTRES \
                and not territory and _IN_REGION_WORDS.search(orig, max(0, start - 12), start):
            continue  # "Russian forces advance in Zaporizhzhia", "control over 75% of Zaporizhzhia": ground changes hands in the region
        if mention.place.name == mention.place.oblast and AREA_MEASURE.search(orig) and not mention.city:
            continue  # "recaptured 2,000 square kilometres in Kharkiv": land is measured in the region, not the city
        if mention.place.name == mention.place.oblast and " into" in orig and _INTO_REGION.search(orig, max(0, start - 40), start) \
                and not mention.city or " regions " in orig and _INTO_REGION.search(orig, max(0, start - 30), start):
            continue  # "advanced deep into Kursk", "regions including Donetsk": the region, not its centre
        if event == "shootdown" and tallied_region(orig, mention, start):
            continue  # "26 over the Belgorod region, 25 over Bryansk": a tally by region names the region
        if event == "control" and mention.place.name == mention.place.oblast and mention.place.oblast in _BORDERING \
                and not has_cyrillic(orig) and not mention.city:
            continue  # "no encirclement in Kursk", "the battles in Belgorod": ground fighting there is the border region's
        if _COMPASS_BEFORE.search(orig, max(0, start - 12), start) and _AREA_AFTER.match(orig, end):
            continue  # "improving positions in the south Donetsk area": a stretch of front, not the city
        if any(a.actor.rank == 1 and a.start <= start < a.end for a in actors) and not LOCATIVE_BEFORE.search(
                sentence[max(0, start - 40):start]) and not any(_LIST_NEXT.fullmatch(orig, end, s) for _m, s, _e in local) \
                and not (event == "strike" and (_STRUCK_AFTER.match(orig, end) or _STRUCK_BEFORE.search(orig, max(0, start - 24), start))):
            # "Kyiv dismissed", "a claim rejected by Kyiv": the capital speaks, it is not the place (but
            # «Суми, Київ і Чернігів під контролем Сил оборони»: a capital listed with other towns is one of them)
            continue
        if (launch := _search_if(_LAUNCHED_FROM, _LAUNCHED_WORDS, sentence, max(0, start - 200), start)) and \
                _LIST_GAP.fullmatch(orig, launch.end(), start):
            continue  # "drones launched from Kursk, Bryansk and Millerovo": where they came from, not where they hit
        if _BY_SPEAKER.search(sentence, max(0, start - 40), start):
            continue  # "a claim swiftly rejected by Kyiv": the capital answers, it is not the place
        if "mention" in sentence and _UNMENTIONED_BEFORE.search(sentence, max(0, start - 30), start):
            continue  # "the report made no mention of X": a place left out of a report, no event there
        if any(e < start <= e + 3 and (orig[e:start] in ("'s ", "’s ") or orig[e - 2 : start] in ("'s ", "’s "))
               for _m, _s, e in local):
            continue  # "Kyiv's Obolon district": a part of the place just named
        if event != "shootdown" and (toward := _search_if(_TOWARD, _TOWARD_WORDS, sentence, max(0, start - 150), start)) and \
                _LIST_GAP.fullmatch(orig, toward.end(), start) and not _REACHED_ITS_EDGE.search(sentence, end) \
                and not FOILED.match(sentence, end + 1 if sentence.startswith(" ", end) else end) \
                and not (cyrillic and _REPULSED_CYR.search(sentence, end)):
            # "seized Dvorichanske and are advancing toward Dvorichna": where they head, not what they took
            # (but "tried to advance toward X and were pushed back" is the repulse at X; drones shot down
            # "approaching X" fell where its air defence guards)
            continue
        if cyrillic and (heading := _search_if(_HEADING_CYR, _HEADING_WORDS, sentence, max(0, start - 150), start)) \
                and _LIST_GAP.fullmatch(orig, heading.end(), start) and not _REPULSED_CYR.search(sentence) \
                and not _REACHED_ITS_EDGE.search(sentence, end):
            continue  # «отступили в направлении X», «рухаються у бік Y»: where they head, not where anything happened
        if event == "control" and (toward := _search_if(_TOWARD_LIST, _TOWARD_WORDS, sentence, max(0, start - 160), start)) \
                and _LIST_GAP.fullmatch(orig, toward.end(), start) and _NEAR_LIST.search(sentence, 0, toward.start()) \
                and any(s < toward.start() for _m, s, _e in local):
            continue  # «зупинили атаки у районах X та у бік Y»: fought at X, only headed for Y
        if any(word in orig for word in _ROAD_WORDS) and (
                _ROAD_AFTER.match(orig, end) or _ROAD_BEFORE.search(orig, max(0, start - 30), start) and _ROAD_AFTER_END.match(orig, end)):
            continue  # "the Sudzha-Sukhodolovka R-200 highway", "the Pokrovsk-Kostiantynivka road": a road, not the towns
        if "ffensive" in orig and (named := _NAMED_OFFENSIVE_AFTER.match(orig, end)) \
                and (named.group(1) or _NAMED_OFFENSIVE_BEFORE.search(orig, max(0, start - 16), start)):
            # "liberated in the Dobropillia counteroffensive": an operation named after its town, not an event there (but
            # "claims of a Kupiansk counteroffensive" is the fight at that town)
            continue
        if mention.place.kind == "village" and (person := _PERSON_AFTER.match(orig, end)) and orig[end - 1:end].isalpha() \
                and (not person.group().startswith(",") or _FIRST_NAME_BEFORE.search(orig, max(0, start - 20), start)):
            continue  # "Kiselev told TASS", "Vitaly Kiselev, an aide": a surname spelt like a village
        if mention.place.kind in ("village", "town") and _GIVEN_NAME_BEFORE.search(orig, max(0, start - 14), start):
            continue  # "correspondent Vladimir Romanov marked ...": a surname after a given name
        if _MOVED_TO.search(sentence, max(0, start - 60), start):
            continue  # "53 wounded were taken to a hospital in Novoazovsk": where people went, not where anything happened
        if "during" in sentence and _DURING.search(sentence, max(0, start - 90), start):
            continue  # "soldiers captured during the retreat from X": when something else happened, not an event at X
        if "responsibility" in orig and _RESPONSIBILITY.search(orig, max(0, start - 120), start):
            continue  # "whose area of responsibility includes Kupiansk": where a unit serves, not an event
        if len(local) > 1 and OFFICIAL_OF.search(orig, max(0, start - 60), start):
            continue  # "the mayor of Kupiansk said a school was hit in Kivsharivka": the official's town only speaks
        if " of " in orig and _REGIONS_OF.search(orig, max(0, start - 90), start):
            continue  # "alerts across the regions of Kharkiv, Sumy and Poltava": regions, not cities
        if event == "control" and mention.place.name == mention.place.oblast and _SETTLEMENTS_IN.search(orig, max(0, start - 30), start):
            continue  # "nine villages in Kharkiv are under its control": the region the villages lie in
        if mention.place.name == mention.place.oblast and _PLACE_NOUN_AFTER.match(orig, end) \
                and _REGION_ADJ_BEFORE.search(orig, max(0, start - 40), start):
            continue  # "the embattled Luhansk town": the oblast's name describing a town, not the regional centre
        if event == "strike" and _SETTLEMENTS_COUNTED.search(orig) and _COMPASS_OF_BEFORE.search(orig, max(0, start - 40), start):
            continue  # "north of the city of Sloviansk more than ten settlements came under fire": where they lie, not hit
        if mention.place.name == mention.place.oblast and not mention.city and "territor" in orig \
                and _TERRITORIES_OF.search(orig, max(0, start - 160), start):
            continue  # "drones over the territories of Belgorod, Bryansk and Kursk": Moscow's bulletin names regions
        if orig.startswith(",", end) and _DIRECTION_OPENING.match(orig[:start]):
            continue  # "In the direction of Bakhmut, our soldiers repelled ...": the bulletin's heading, a direction
        if "," in orig[max(0, start - 40):start] and _ALL_NEAR_BEFORE.search(orig, max(0, start - 40), start):
            continue  # "repelled assaults near A, B and C, all close to Siversk": the town only locates them
        if ("відстан" in orig or "расстояни" in orig or "distance" in orig) and _DISTANCE_TO.search(orig, max(0, start - 40), start):
            continue  # «скоротивши відстань до Покровська», "cutting the distance to X": how near, nothing happened there
        if _NEARNESS_TO.search(sentence, max(0, start - 50), start):
            continue  # "their nearness to X": how close they are, nothing happened there
        if mention.place.kind != "city" and _SURNAME_AFTER.match(orig, end):
            continue  # "captain Stanislav Petrenko said": a first name, not the village of that name
        if mention.place.name in CAPITALS and not latin_text(orig) and _OWNED_BY_CAPITAL_CYR.search(orig, max(0, start - 30), start):
            continue  # «потери Киева за сутки»: Kyiv as the side whose losses they are, not the city
        if mention.place.name in CAPITALS and not latin_text(orig) and _CAPITAL_LOST_AFTER.match(orig, end):
            continue  # «за неделю Киев потерял 1665 военнослужащих»: Kyiv as the side that lost them
        if mention.place.name == "Kyiv" and _WAR_ON.search(orig, max(0, start - 24), start):
            continue  # "Russia's war against Kyiv": Kyiv as the side fought, not where anything happened
        if cyrillic and _NAMED_SITE_BEFORE.search(orig, max(0, start - 30), start):
            continue  # «у гостиницы "Курск"»: a site named after the town, not the town
        if _VESSEL_BEFORE.search(orig, max(0, start - 24), start):
            continue  # "the tug 'Saky'": a ship's name spelt like a place
        if _OUTLET_BEFORE.search(orig, max(0, start - 24), start) or (
                cyrillic and _SECOND_GROUPING_BEFORE.search(orig, max(0, start - 60), start)):
            continue  # "told Ukrainian outlet Hromadske", «группировки «Восток» и «Днепр»»: a name, not the place
        if mention.place.name == "Kyiv" and _SIDE_POSSESSION.match(orig, end):
            continue  # "one of Kyiv's last strongholds": Kyiv as the side that holds it, not the city
        if "(" in orig and (_PAREN_BEARING.search(orig, max(0, start - 40), start)
                            or any(s <= start < e for s, e in asides)):
            continue  # "Krupets (southeast of Sudzha)": the brackets say where the village named before lies
        if " from " in sentence and (_FROM_ORIGIN.search(sentence, max(0, start - 90), start) or (
                origin_end >= 0 and _AND_GAP.fullmatch(orig, origin_end, start))) \
                and not _BACK_FROM.search(sentence, max(0, start - 16), start):
            origin_end = end
            continue  # "advancing on Seversk from two directions, that is, from Artemovsk": where they set out from
        if cyrillic and "продо" in sentence and _GOING_ON_CYR.search(sentence, max(0, start - 60), start) \
                and not _TOOK_PART_OF_IT.search(sentence, end):
            continue  # «продолжить освобождение X»: a push still under way there, no result at X yet
        if cyrillic and len(local) > 1 and "продо" in sentence and _STILL_FIGHTING_CYR.search(sentence, max(0, start - 70), start):
            continue  # «відбили атаки біля A і B, захисники продовжують наступальні дії поблизу C»: C has no result
        if cyrillic and ("сторон" in sentence or "напрям" in sentence or "боку" in sentence) and (
                _FROM_SIDE_CYR.search(sentence, max(0, start - 40), start)
                or origin_end >= 0 and _AND_GAP.fullmatch(orig, origin_end, start)):
            origin_end = end
            continue  # «зашли в X со стороны сел Y и Z»: where they came from, not where anything happened
        if (" on " in sentence or "ing to " in sentence or "pressuring" in sentence or "squeezing" in sentence) \
                and (on := _ADVANCING_ON.search(sentence, max(0, start - 70), start)) \
                and not _GOT_THERE.search(sentence, on.start()):
            # "Russian forces were advancing on Seversk from two directions": where they head (a capture told
            # before the heading, "took a village, closing in on X", is of another place)
            continue
        if len(local) - len(bracketed) > 1 and (geo := GEO_REF.search(sentence[max(0, start - 60) : start])) \
                and not (event == "shootdown" and "approach" in geo.group()) \
                and not _ADVANCED_BESIDE.search(sentence, max(0, start - 80), start) \
                and not (cyrillic and _ADVANCED_BESIDE_CYR.search(sentence, max(0, start - 100), start)):
            continue  # "30 km south of Kupiansk" locates, it is not what the claim is about (drones downed on approach to X fell at X)
        if len(local) > 1 and cyrillic and _FORECAST_BEFORE.search(sentence, max(0, start - 40), start):
            continue  # «захопили Сіверськ і "скоро захоплять" Лиман»: the second town is a forecast
        if cyrillic and ("мож" in sentence or "мог" in sentence) and _MAY_TAKE_BEFORE.search(sentence, max(0, start - 60), start):
            continue  # «ворог може захопити X», «могут окружить X»: a capture that may come
        if cyrillic and _FOR_FURTHER.search(sentence, max(0, start - 60), start):
            continue  # «для дальнейшего наступления на X»: the next target, not what was taken
        if cyrillic and len(local) > 1 and "бо" in sentence and not DENIAL.search(sentence) and any(
                (fought := _FOUGHT_FOR.search(orig, max(0, s - 40), s)) and _FOUGHT_LIST.fullmatch(orig, fought.end(), start)
                for s in [start] + [ps for _m, ps, _e in local if ps < start]):
            continue  # «идут бои за Новопавловку и в Гуляйполе»: fighting there, no result
        if cyrillic and len(local) == 1 and "бо" in sentence and not DENIAL.search(sentence) \
                and _CLAUSE_OF_FIGHT.search(orig, max(0, start - 80), start):
            continue  # «захопили ще три села, точаться бої за селище X»: the result is the unnamed villages', X only fought for
        if "fight" in sentence and _FIGHTING_AT.search(sentence, max(0, start - 64), start) \
                and not DENIAL.search(sentence) and not HEDGE.search(sentence):
            continue  # "advanced in the region, with fighting reported south of X": X is fought over, not taken
        if event == "control" and " s" in sentence and _SEEN_FIGHTING_AFTER.match(orig, end) \
                and not (_GOT_THERE.search(sentence) or DENIAL.search(sentence) or STILL_HOLDS.search(sentence)):
            continue  # "X has seen weeks of battles": fought over, not taken
        if (("to " in sentence or "ould " in sentence or "will " in sentence or "may " in sentence or "might " in sentence)
                and _NOT_YET.search(sentence, max(0, start - 70), start)
                and not (_FAILED.search(sentence) or FOILED.search(sentence) or REPELLED_WORD.search(sentence)
                         or _held_against(sentence, end) or _KILLED_TRYING.search(sentence, 0, start))):
            continue  # "were close to capturing X", "units trying to gain a foothold in X": not reached, nor repelled
        if len(local) > 1 and orig.startswith(", ", start - 2) and _COMMUNITY_AFTER.match(orig, end) \
                and any(e == start - 2 for _m, _s, e in local):
            continue  # "in the village of X, Y community": the community only says where the village is
        if event == "control" and "direction of" in sentence and _IN_DIRECTION_OF.search(sentence, max(0, start - 30), start):
            continue  # "attacks south of A in the direction of X": the way they push, not a place reached
        if event == "strike" and _TAKEN_FOR_CARE.search(sentence, max(0, start - 45), start):
            continue  # «госпіталізовано у Добропіллі», "taken to a hospital in X": where the hurt were treated, not hit
        if len(local) > 1 and ("fight" in sentence or "battl" in sentence) and _FIGHTING_FOR.search(sentence, max(0, start - 40), start):
            continue  # "Russian forces, fighting to capture X, entered Y": X is what they fight for, Y what they reached
        if ("toward" in sentence or " on " in sentence) and _APPROACH.search(sentence, max(0, start - 80), start) \
                and not CAPTURE_RE.search(sentence, end) and not _GOT_THERE.search(sentence, end) \
                and not (_FAILED.search(sentence) or FOILED.search(sentence) or REPELLED_WORD.search(sentence)):
            continue  # "Russian forces advance toward X": on the way, not there
        if ("kilomet" in sentence or "km " in sentence or "miles" in sentence) and _STILL_AWAY.search(sentence, max(0, start - 60), start):
            continue  # "Ukrainian troops are several kilometres from Kreminna": not there yet
        if places and (" near " in sentence or " close to " in sentence or " outside " in sentence or " not far " in sentence) and (
                _LOCATED_NEAR.search(sentence, max(0, start - 70), start)
                or locator_end >= 0 and _AND_TOWN.fullmatch(orig, locator_end, start)):
            locator_end = end
            continue  # "took A, B and C in the Donetsk region near X and the town of Y": X and Y locate them
        if places and ("fringe" in sentence or "outskirts" in sentence or "edge" in sentence or "suburbs" in sentence) \
                and _FRINGE_OF.fullmatch(orig, places[-1][2], start):
            continue  # "the village of X, on the southeastern fringes of Y": Y locates X
        if " over " in sentence and "region" in sentence and _COUNT_OVER.search(sentence, max(0, start - 24), start) \
                and _OVER_REGION.search(sentence, 0, start):
            continue  # "26 over the Belgorod region, 25 over Bryansk": the next regions of a tally, their word left out
        if len(local) > 1 and mention.place.name == mention.place.oblast and _IN_COMPASS.search(sentence, max(0, start - 24), start):
            continue  # "Russians enter Kreminna in eastern Luhansk": the region, not its centre
        if _NEAR_VILLAGE.search(sentence, max(0, start - 70), start) and not _BEYOND_GAIN.search(sentence, max(0, start - 70), start):
            continue  # "captured a village near Huliaipole": the village taken is not named
        if len(local) > 1 and _SITUATION_AT.search(sentence, max(0, start - 40), start) \
                and not _CONTROLS_SITUATION_EN.search(sentence, max(0, start - 60), start):
            continue  # "the map shows the situation around X, with advances at Y, south of the city": the frame, not the gain
        if len(local) > 1 and (near := _NEAR_TOWN_OF.search(sentence, max(0, start - 40), start)) is not None \
                and any(0 <= near.start() - e <= 2 for _m, _s, e in local):
            continue  # "withdrew from the villages of A and B near the eastern town of C": C says where they lie
        if orig.isascii() and (orig[end:end + 1] == "-" and _HYPHEN_TOWN.match(orig, end)
                               or orig[start - 1:start] == "-" and _TOWN_HYPHEN.search(orig, max(0, start - 30), start)):
            continue  # "operations in Kurakhove-Konstantinopolske": two towns joined name a stretch of front, not a place
        if " since " in sentence and _SINCE_PLACE.search(sentence, max(0, start - 30), start):
            continue  # "the first major gain since Bakhmut": a date by an earlier battle
        if " from " in sentence and _PEOPLE_FROM.search(sentence, max(0, start - 40), start):
            continue  # "two volunteers from Rivne were wounded": where the people come from, not where it happened
        if any(a <= start < b for a, b in routes):
            continue  # «дает контроль над логистикой в районе X и Y», "control of the supply routes to X": X is where they lead
        if "the way" in sentence and _OPENS_WAY.search(sentence, max(0, start - 200), start):
            continue  # "paves the way for Russian forces to advance on Kramatorsk": a forecast
        if _BLOCKED_ADVANCE.search(sentence, max(0, start - 60), start):
            continue  # "its forces were blocking an advance to Sloviansk": where the enemy was stopped from going
        if "-hit" in sentence and _WORST_HIT_AFTER.match(sentence, end):
            continue  # "X has been one of the worst-hit areas": no event told
        if start < 20 and _AREA_HEADER.match(orig, 0, start) and len(local) > 1:
            continue  # «В районе Красноармейска подразделения ... овладели Родинским»: the area, not the place taken
        if start < 24 and mention.place.name == mention.place.oblast and _REGION_OPENING.match(orig, 0, start) \
                and orig[end:end + 1] == "," and any(m.place.oblast == mention.place.oblast and m.place.name != mention.place.name
                                                 for m, s, _e in local if s > end):
            continue  # "In neighbouring Belgorod, the governor said a drone hit a block in Shebekino": the region
        if cyrillic and len(local) > 1 and any(_NEAR_TOWN_GAP.fullmatch(orig, e, start) and _NAMED_VILLAGE.search(orig, max(0, s - 25), s)
                                               for m, s, e in local if e < start):
            continue  # «село Богданівка поблизу Часового Яру»: the town only says where the village is
        if cyrillic and len(local) > 1 and _EFFECT_BEFORE.search(orig, max(0, start - 70), start):
            continue  # «взятие X осложнит положение гарнизона в Y»: what a gain would do to Y is no event at Y
        if event == "control" and cyrillic and mention.place.oblast in CRIMEA and mention.place.kind in ("village", "settlement"):
            continue  # «освободить село Нововасильевка»: a Crimean village of Moscow's spelling is a namesake, no front
        if cyrillic and (adj := _CAPITAL_ADJECTIVE_BEFORE.search(orig, max(0, start - 30), start)) is not None \
                and orig[:adj.start(1)].strip(" «\"“'—–-") and not any(s <= adj.start(1) < e for _m, s, e in local):
            continue  # «окупували ... Козачу Локню»: half of a two-word name the gazetteer lacks is another village
        if cyrillic and len(local) > 1 and _UNITS_DESCRIBED_BY.search(orig, max(0, start - 60), start):
            continue  # «Продвигающиеся в районе Северска подразделения оттесняют ... от Y»: the units described, not the gain
        if cyrillic and _ACRONYM_ADJECTIVE.match(mention.text):
            continue  # «ГУРовского ресурса»: an adjective made from an acronym, not a village
        if cyrillic and _SAME_COMMUNITY.search(orig, max(0, start - 16), start):
            continue  # «у селі X ..., у тій самій Y-ській громаді»: the community only locates the village
        if _UNDER.search(sentence, max(0, start - 5), start) and any(
                _NAMED_VILLAGE.search(sentence, max(0, s - 25), s) for m, s, _e in local if m is not mention):
            continue  # "в районе Гришино под Красноармейском": the town only says where the village is
        if places and (appos := APPOSITION.search(sentence, max(0, start - 110), start)) \
                and any(0 <= appos.start() - e <= 2 for _m, _s, e in places):
            continue  # "Rivnopillia, a village near Huliaipole": the second name only says where the first is
        if mention.place.name in _NPP_TOWN and (_NUCLEAR_AFTER.match(orig, end) or mention.place.name == "Zaporizhzhia" and (
                NPP_AFTER.match(orig, end) or orig[max(0, start - 4):start].lower() == "the " and _BARE_PLANT.match(orig, end))):
            npp = Gazetteer.load().resolve(_NPP_TOWN[mention.place.name])
            mention = Mention(mention.start, mention.end, mention.text, npp, (npp,)) if npp else mention
        if mention.place.name in seen_places:
            continue
        seen_places.add(mention.place.name)
        places.append((mention, start, end))
    if not places:
        return []  # every name was a speaker, a unit or only where: no voice can speak about one
    speaker = find_speaker(sentence, actors)
    voices = find_voices(orig, event, default_side, staff_side, actors, east_side, speaker, ministry_side)
    if len(voices) > 1 and event == "control" and "continu" in sentence:
        voices = _fighting_answers(voices, sentence)
    language = narrator_side(orig)
    russian_soil = all(_moscow_held(m, sentence, orig) for m, _s, _e in local)
    voices = revise(orig, sentence, voices, actors, speaker, language, russian_soil)
    held_now = False
    if event == "control" and (held := _held_against(sentence)) is not None \
            and (ATTEMPT_ONLY.search(sentence, 0, held.start()) or GOAL.search(sentence, 0, held.start())):
        # "Russian forces have been trying to seize X for months, but Ukrainian troops are holding their
        # positions": no gain told, only the defender's hold, in Kyiv's words unless someone else tells it
        teller = speaker.actor if speaker is not None and speaker.actor.side in ("ua", "other") else None
        voices = [("denial", teller.side if teller else "ua", teller.name if teller else None, "control", 0, len(orig))]
        # (the aim's "for months" dates the trying, not a hold told in the present)
        held_now = not any(w in held.group() for w in (" held", " have ", " had ", " were ", " was "))
    out: list[Statement] = []
    # A party "confirming" a capture with no troops of the other side named as doing anything: its own gain.
    own_capture = "confirm" in sentence and _CONFIRMS_CAPTURE.search(sentence) is not None and not WITHDRAW.search(sentence)
    if own_capture:
        sides = {a.actor.side for a in actors if a.actor.side in ("ru", "ua") and not _POSSESSIVE_PLACE.match(orig, a.end)}
        own_capture = len(sides) == 1
    # what only Moscow fires, named in Russian copy: read once for every place below
    weapon_named = language == "ru" and _RUSSIAN_WEAPON_RU.search(sentence) is not None
    for stance, side, speaker_name, voice_event, c_start, c_end in voices:
        # A clause speaks about its own places, or about the sentence's when it names none.
        mine = [p for p in places if c_start <= p[1] < c_end] or places
        if stance == "claim" and side == "other" and speaker_name is None:
            if mine and (voice_event != "control" or CAPTURE_RE.search(sentence)) \
                    and not any(a.actor.side == "ua" for a in actors) and "ukrain" not in sentence \
                    and all(_russian_spelling(m.text, m.place.name) for m, _s, _e in mine):
                side = "ru"  # "the soldiers liberated Uspenovka": told by nobody, in Moscow's spelling of the village
            elif mine and latin_text(sentence) and _OUR_TROOPS_EN.search(sentence) \
                    and not any(a.actor.side == "ru" and not repulsed_object(sentence, a) for a in actors) \
                    and not any(_russian_spelling(m.text, m.place.name) for m, _s, _e in mine) \
                    and any(POSSESSIVE_END.sub("", m.text).casefold() == m.place.name.casefold() for m, _s, _e in mine):
                # "our troops repelled 47 assaults near Rodynske": Kyiv's bulletin in English, in Kyiv's spelling
                # (a misspelt "Sinkivka" beside it is no Moscow spelling)
                side = "ua"
                if voice_event == "control" and WITHDRAW.search(sentence):
                    stance = "confirmation"  # "our units have withdrawn from X": a concession in its own words
                elif voice_event == "control" and holds_own("ua", sentence):
                    stance = "denial"  # "our troops still control X": the defender holding on
            elif mine and voice_event in ("control", "losses") and latin_text(sentence) and "enemy" in sentence \
                    and _ENEMY_FAILED.search(sentence) and not any(a.actor.side in ("ru", "other") for a in actors):
                side = "ua"  # "the enemy tried to advance near X, but was unsuccessful": Kyiv's bulletin, its repulse
            elif mine and voice_event == "control" and latin_text(sentence) and _PRONOUN_CLAIMED.search(sentence) \
                    and (held := UNDER_SIDE_EN.search(sentence)) is not None and not has_negation(sentence):
                # "He claimed that all areas of X are now under Russian control": the one who claims a side's hold is its own
                side = holder_side(held)
            elif mine and voice_event == "control" and latin_text(sentence) and WITHDRAW.search(sentence) \
                    and _MILITARY_TELLER.search(sentence) and _SIDE_NAMED.search(orig) is None:
                # "Brigade says it pulled back from X", "Troops pull back near Y, spokesperson says": a military
                # telling of its own withdrawal with no side named is Kyiv's (Moscow calls its pull-backs nothing)
                stance, side = "confirmation", "ua"
            elif mine and voice_event == "control" and latin_text(sentence) and not actors \
                    and (hold := _narrated_hold(sentence, mine)) is not None:
                # "Siversk itself is now almost entirely under Russian control": the reporter's own statement
                # of who holds the town, as a narrated capture is (an outsider's, by the guide)
                stance, side = hold, "other"
            else:
                continue  # nobody speaks and no party acts: background, not anyone's claim
        for mention, _start, _end in mine:
            place = mention.place
            if voice_event == "control" and len(mention.candidates) > 1 and place is mention.candidates[0] \
                    and fold(place.oblast) not in fold(orig):
                place = Gazetteer.load().at_the_front(place, mention.candidates)
            if voice_event == "control" and (place := Gazetteer.load().ground_fought(place, mention.text)) is None:
                continue  # a capture in the deep rear is a namesake's the gazetteer cannot tell: none rather than a wrong one
            place_side = side
            written = POSSESSIVE_END.sub("", mention.text)  # "Kherson's district" is Kherson as spelt
            alt = written.isascii() and written.casefold() != place.name.casefold()
            if side == "local" and (speaker is None or speaker.actor.side == "local") \
                    and voice_event in ("strike", "shootdown") and (hit := ATTACKER.search(orig)):
                # "Ukrainian drones attacked Horlivka, the mayor said": the side that was hit reports it.
                place_side = "ru" if hit.group(1).startswith(("Ukrain", "Kyiv", "Kiev")) else "ua"
            elif side == "local" and voice_event in ("strike", "shootdown") and place.name in _MOSCOW_HELD_TOWNS \
                    and _SIDE_NAMED.search(orig) is None:
                place_side = "ru"  # "In Horlivka, a drone hit a bus stop, the city's administration said"
            elif side == "local":
                # Local officials speak for the country the place lies in; in the oblasts the
                # front cuts through, installed officials too: there Russian-language text, or the
                # Russian spelling of the name, speaks for Russia.
                place_side = ("ru" if place.oblast not in UKRAINIAN_OBLASTS else "ua") \
                    if place.oblast not in SPLIT_OBLASTS else language or (
                        "ru" if alt and place.name not in _KYIV_HELD_CENTRES else "ua")  # "Zaporizhia" is spelt many ways
                if place_side == "ru" and stance == "denial" and voice_event == "control" \
                        and place.oblast in UKRAINIAN_OBLASTS and _UA_DEFENDER.search(orig):
                    # «Мэр X заявил, что город остается под контролем ВСУ»: the official answering
                    # a capture of a town Kyiv's troops hold is that town's, Kyiv's
                    place_side = "ua"
            russian_weapon = weapon_named and place.oblast in UKRAINIAN_OBLASTS
            if stance == "claim" and voice_event == "strike" and speaker_name is None and language == "ru" \
                    and (place.oblast not in SPLIT_OBLASTS or place.name in _KYIV_HELD_CENTRES or russian_weapon
                         or kherson_bank(place) == "right"  # «в Бериславе повреждена больница»: the Dnipro's Kyiv-held bank
                         or "вражеск" in sentence and _ENEMY_FIRE_RU.search(sentence) and not RU_VOICE_STRIKE.search(sentence)) and (
                        ("враг" in sentence or "враж" in sentence or "против" in sentence) and _ENEMY_STRIKES_RU.search(sentence)
                        or place.oblast in UKRAINIAN_OBLASTS and (STRIKE_HARM.search(sentence) or FELL_RU.search(sentence)
                                                                  or _FIRE_PUT_OUT_RU.search(sentence))
                        and not RU_VOICE_STRIKE.search(sentence)
                        # («под атакой оказались Днепр и Кривой Рог»: the words of the side hit, whoever is named firing)
                        or place.oblast in UKRAINIAN_OBLASTS and _UNDER_FIRE_RU.search(sentence)
                        or russian_weapon and (STRIKE_HARM.search(sentence) or _CIVIL_AREA_RU.search(sentence))):
                # «Враг обстрелял Купянск», «в Волчанске ранен мужчина»: the harm and the enemy of whoever holds
                # the place are told by the place's side (Moscow's governors call Kyiv's drones «враг» too)
                place_side = "ua" if place.oblast in UKRAINIAN_OBLASTS else "ru"
            own_stance = stance
            if stance == "confirmation" and voice_event == "strike" and place_side in ("ru", "ua"):
                # «Генштаб підтвердив ураження НПЗ у Саратові», "the governor confirmed the strike on X": a
                # party confirming a strike announces its own success or reports the hit it took, which
                # CLAIMS_GUIDE calls a claim; only an independent voice confirms one.
                own_stance = "claim"
            if stance == "confirmation" and voice_event == "control" and place_side in ("ru", "ua") and own_capture:
                own_stance = "claim"  # "Russia confirms capturing Vuhledar": a side confirming its own gain announces it
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
    if out and not held_now and is_history(_STRIKES_AS_BACKDROP.sub("", orig) if event == "control" else orig, story_date):
        # "..., its biggest gain since the fall of Soledar in January", "Sudzha, the biggest town of
        # the region, held by Kyiv's troops for six months": only the aside is history.
        asides = [a.span() for _m, _start, end in local
                  if orig.startswith(",", end) and (a := _PLACE_ASIDE.match(orig, end)) and not REPORT.search(a.group())]
        if (dated_aside := _DATED_ASIDE.search(orig)) is not None:
            asides.append(dated_aside.span())
        if local and (trailing := _TRAILING_ASIDE.search(orig, min(end for _m, _s, end in local))) is not None:
            # "... captured X in southeastern Ukraine, part of a push that has accelerated since October":
            # the description closing the sentence after its first place dates the push, not the capture
            asides.append(trailing.span())
        rest = orig
        for start, end in sorted(set(asides), reverse=True):
            rest = rest[:start] + rest[end:]
        if not asides or is_history(rest, story_date):
            return []  # background relative to the story's own date (checked last: it is the dearest test)
        dated = {m.place.name for m, start, _end in places if any(a <= start < b for a, b in asides)}
        out = [st for st in out if st.place not in dated]
    return out
