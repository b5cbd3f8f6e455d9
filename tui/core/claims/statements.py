"""Statements: who says what about which place, sentence by sentence.

A statement needs a place, an event verb and no sign that the sentence is background
("occupied at the start of the invasion"), a goal ("capturing Pokrovsk is Moscow's main goal")
or a forecast. This module walks the sentences, finds their places and voices and builds the
Statements; `voice.py` decides speaker, event and stance, `cues.py` holds the patterns and
`sentences.py` splits the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Literal

from tui.core.claims.actors import Actor, ActorMention, find_actors
from tui.core.claims.cues import StartsGate, rx, gated, latin_text
from tui.core.claims.cues import (
    NO_COMMENT,
    SHOOTDOWN,
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
    FELL_RU,
    HEDGE,
    LOSSES,
    STILL_HOLDS,
    STILL_THERE_RE,
    WITHDRAW,
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
    SITUATION_HELD_CYR,
    TROOPS,
)
from tui.core.claims.clean import clean_text
from tui.core.claims import confidence as scoring
from tui.core.claims.confidence import confidence, features
from tui.core.claims.dates import BACKGROUND_ASIDE, is_history, is_recap
from tui.core.claims.gazetteer import OBLASTS_RU, UKRAINIAN_OBLASTS, Gazetteer, Mention
from tui.core.claims.places import OFFICIAL_OF, PlaceMention, find_places
from tui.core.claims.sentences import MAX_TEXT, split_sentences
from tui.core.claims.translit import has_cyrillic
from tui.core.claims.stance import TOOK_BACK, claimant, holds_own, lang_side, narrator_side, revise, strike_narrator_side
from tui.core.claims.tracker import CONFIDENT
from tui.core.claims.voice import classify_event, find_speaker, has_negation, stance_and_side
from tui.core.models import Statement, StoryFacts

__all__ = ["extract_statements", "split_sentences"]

# Local officials of any other oblast (Russia's regions, and Crimea and Sevastopol with their
# installed officials) speak for Russia.
SPLIT_OBLASTS = frozenset(("Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"))
# The centres of two split oblasts that Kyiv has held throughout: a strike on them told in the words of
# the side that was hit is Kyiv's, as in the unsplit oblasts.
# A report refuted in Kyiv's words: «цю інформацію спростували», «опровергли эти сообщения».
_INFO_REFUTED = re.compile(r"\b(?:спростува\w*|спростов\w*|опроверг\w*)\s+(?:[\w'’-]+\s+)?(?:інформаці|информаци|повідомленн|сообщени|твердженн|заяв)\w*|"
                           r"\b(?:інформаці|информаци|повідомленн|сообщени|твердженн)\w*\s+(?:[\w'’-]+\s+)?(?:спростува|спростов|опроверг)\w*")
_KYIV_HELD_CENTRES = frozenset(("Zaporizhzhia", "Kherson"))
_CRIMEA = frozenset(("Crimea", "Sevastopol"))
_RU_BORDER = frozenset(OBLASTS_RU.values())
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


# The staff's side and the ministry's side of one story read the same clues: each found once.
@functools.lru_cache(maxsize=2)
def _ru_text(text: str) -> bool:
    return _RU_TEXT_CLUE.search(text) is not None


@functools.lru_cache(maxsize=2)
def _lead(text: str) -> re.Match[str] | None:
    return _LEAD.search(text, 0, 600)


def _staff_side(text: str, default_side: str) -> str:
    """Whose "General Staff" an unqualified mention means: the story's side, else the text's clues."""
    if default_side in ("ru", "ua"):
        return default_side
    if "Staff" not in text and "Gerasimov" not in text and "Генштаб" not in text:
        # No staff named: this side also answers for an unqualified "the ministry", so Moscow's
        # spellings and phrasing anywhere in the story ("Kupyansk", "the liberation of the settlement") count.
        return "ru" if _ru_text(text) else _lead_side(text)
    # «начальник Генштаба» unqualified in Russian-language text: Moscow's chief (Russian copy names its own).
    russian = _RU_STAFF_CLUE.search(text) is not None or _ru_text(text) \
        or ("ачальник" in text and _RU_CHIEF.search(text) is not None and lang_side(text[:2000]) == "ru")
    ukrainian = _UA_STAFF_CLUE.search(text) is not None
    return "ru" if russian and not ukrainian else "ua"


def _lead_side(text: str, fallback: str = "ua") -> str:
    """Whose "the ministry" a story means when nothing else tells: its dateline ("MOSCOW (Agency) -"),
    else the party its lead quotes first ("Russia said on Saturday ..."), else Ukraine's."""
    lead = _lead(text)
    if lead is None:
        return "ru" if _ru_text(text) else fallback
    return "ru" if (lead.group("dateline") or lead.group("party"))[:1] in "MR" else "ua"


# A dateline in capitals at the very start, or the first party said to say something.
_LEAD = re.compile(r"^\W{0,3}(?P<dateline>MOSCOW|KYIV|KIEV)\b|\b(?P<party>Russia|Moscow|Ukraine|Kyiv)(?:['’]s \w+(?: \w+)?)?"
                   r"\s+(?:on \w+\s+)?(?:said|says|claimed|claims|declared|announced|reported)\b")


# "Ukraine's eastern Donetsk region": the country names where, it does not speak.
_REGION_AFTER = re.compile(r"\s+(?:region|oblast|Oblast|province)\b")
_LAND_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:region|oblast|province|border|frontier|territory|east|south|north|west)\b")
# "the encirclement of Ukrainian forces": troops a ministry speaks of (not "the Ministry of Defence of Ukraine").
_OBJECT_OF = re.compile(r"(?<!Defence )(?<!Defense )(?<!Forces )(?<!Staff )(?<!Service )(?<!Guard )\bof (?:the )?$")
_ITS_FORCES = re.compile(r"\bits (?:forces|troops|units|soldiers|army)\b")
_SUBJECT_TROOPS = re.compile(r"\W*(?:[A-Z][\w ,]{0,30}?,\s*)?(Russian|Ukrainian) (?:[\w-]+ )?(?:forces|troops|units|soldiers|army|servicemen)\b")
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
_RU_STAFF_AFTER = re.compile(r"\s+of (?:the )?Russia(?:n (?:army|armed forces|military|Federation)|['’]s armed forces)?\b")
_RU_STAFF_BEFORE = re.compile(r"\b(?:Russian|Russia['’]s) (?:the )?$")
_RU_MINISTRY_CLUE = re.compile(
    r"special military operation|\bKiev\b|aircraft-type|(?:destroyed|shot down|downed|intercepted|disabled) (?:\d+ |the |a |an )?(?:[\w-]+ ){0,2}Ukrainian (?:[\w-]+ ){0,3}(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?)|Krasnoarmeysk|Dimitrov|Artyomovsk|Gulyaipole|Kupyansk|Volchansk|Seversk|Yampol|"
    r"Ugledar|Zaporozhye|Kharkov|Russian flags?|shot down|downed|intercepted|destroyed \d|Ukrainian (?:[\w-]+ ){0,2}(?:jets|aircraft|planes|helicopters|boats) (?:were|was) destroyed|lost (?:up to |more than |over |about )?\d|Armed Forces of Ukraine lost|"
    # a settlement "liberated" in a ministry's words, and the army groups that Moscow's bulletins name
    r"(?i:liberat)\w+|[Gg]roup of [Ff]orces|[Bb]attlegroup|\b(?:Tsentr|Vostok|Zapad|Yug|Dnepr)\b|(?:came|come|comes) under Russian control|"
    # villages in Moscow's transliteration ("Vodyanoye", "Krasnogorovka"): Kyiv's ministry writes Ukrainian names
    r"\b[A-Z][a-z]+(?:ovka|evka|oye|skoye)\b|"
    # the same in Russian: «сбиты 9 украинских БПЛА», «киевский режим», «СВО», «группировка войск», «освобожден»
    r"[Уу]краинск\w+ (?:беспилотн|бпла|БПЛА|дрон|самол[её]т|вертол[её]т)\w*|[Кк]иевск\w+ режим\w*|\bСВО\b|[Гг]руппировк\w+ войск|"
    r"[Оо]свобо(?:дил|жден|жд[её]н)\w*")
# With no story to say whose, a defence ministry announcing that its forces took a village is
# Moscow's: Kyiv's captures are announced by its General Staff and brigades, and its ministry is named.
_MINISTRY_CAPTURE = re.compile(r"\b(?:(?:its|their) |(?<=said ))(?:forces|troops|units|soldiers) (?:have |had |has |are |were )?"
                               r"(?:captured|took|taken|seized|gained control|liberated|making progress|made progress|advanced|encircled)\b|"
                               # "seven villages were taken": a capture counted in the passive is the attacker's tally
                               r"\b(?:villages|settlements|localities|towns) (?:were|have been|had been) (?:taken|captured|seized)\b")
_FIGHTING_AT = re.compile(r"\bwith (?:\w+ )?fighting (?:\w+ ){0,2}(?:near|around|in|outside|(?:south|north|east|west)\w* of|on the outskirts of)\s+$")
# "X, on the northern flank, has seen weeks of battles": the town as the scene of fighting, no result there
_SEEN_FIGHTING_AFTER = re.compile(r"(?:,[^,;.]{0,80},)?\s+(?:has |have |had |is |are )?(?:seen|saw|seeing|witnessed)\s+(?:[\w-]+ ){0,3}"
                                  r"(?:fighting|battles|clashes|combat)\b")
_WHO_HOLDS = re.compile(r"\b(?:of|over|about|on|as to|terms of|asked|asking) who (?:now |currently |really )?"
                        r"(?:controls|controlled|holds|held|is in control|was in control)\b")
_KYIV_WORDS_EN = gated(re.compile(r"\b(?:the enemy|invaders|occupiers|occupants|occupation (?:forces|troops|army)|ruscists|rashists|"
                            r"the aggressor|our defenders|our warriors|our (?:troops|soldiers|units|forces)|our air defen[cs]e(?:s| forces)?)(?![^\W\u02bc])", re.IGNORECASE))  # (Ukrainian copy's "occupiersʼ")
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
_SUBJUNCTIVE = re.compile(r"(?<![\w-])(?<!хотя )(?<!хоч )(?<!как )(?<!як )(?:бы|би)(?![\w-])")
_AREA_MEASURE = gated(re.compile(r"square (?:kilomet|mile)|\bsq\.? ?(?:km|mi)\b|\bkm²|кв\.? ?км|квадратн", re.IGNORECASE))
_UK_FOR_RU = {"g": "h", "ya": "ia", "yu": "iu", "ye": "ie"}
_RU_LETTERS = re.compile("ya|yu|ye|g")
# Endings of Russian transliteration where Ukrainian romanisation has -ivka, -ove, -ske, -e.
_RU_ENDING = re.compile(r"(?:ovka|evka|yevka|ovo|yevo|oye|oe|skoye|skoe|oy|iy|yy)$", re.IGNORECASE)
_NAMING_ASIDE = re.compile(r"\((?:called|known as|named|renamed|which \w+ calls|the (?:Ukrainian|Russian) name)\b[^)]{0,60}\)")


def naming_asides(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of brackets that only say what a town is called ("(called Toretsk by Ukraine)")."""
    return tuple(m.span() for m in _NAMING_ASIDE.finditer(text))
_DESCRIBED = re.compile(r",\s+(?:an?|the)\s+[^,;:]{0,140}?(?:,|$)")
# "downed the Ukrainian drone": the side whose drone was downed is the object, not the speaker
_HARDWARE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:drones?|uavs?|unmanned aerial vehicles?|missiles?|rockets?)\b")
# "losses on the Ukrainian side", "inflicted heavy losses on Russian units": whose men the count is of
_LOSSES_OF = re.compile(r"\b(?:losses|casualties) (?:[\w-]+ ){0,2}?(?:on|of|among|to) (?:the )?(Ukrainian|Russian) (?:side|army|forces|troops|units)\b")
# "40 Russian drones were shot down", "destroyed 212 Ukrainian UAVs": a ministry counts the craft its foe sent
_DOWNED_BY_FOE = re.compile(
    r"\b(?:destroyed|shot down|downed|intercepted) (?:\d[\d,]* |the |a |an |all )?(?:[\w-]+ ){0,2}?(Ukrainian|Russian) "
    r"(?:[\w-]+ ){0,3}?(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?)\b|"
    r"\b(Ukrainian|Russian) (?:[\w-]+ ){0,3}?(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?) "
    r"(?:were|was|had been|have been|has been) (?:\w+ )?(?:destroyed|shot down|downed|intercepted)\b")
# "Ukrainian troops had been encircled near X, the ministry said": the troops caught are the ministry's foe
_TROOPS_ENCIRCLED = re.compile(r"\b(Ukrainian|Russian) (?:[\w-]+ )?(?:troops|forces|units|soldiers|servicemen|brigades?|groups?|formations) "
                               r"(?:had |have |has )?(?:been |were |was |are |is )(?:now |fully |completely )?(?:encircled|surrounded|trapped)\b")
# (men and arms lost, not ground: "Ukraine lost control of X, the military said" is Kyiv's own word)
_TROOPS_LOST = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:have |had |has )?(?:lost|losing|suffered (?:\w+ )?(?:losses|casualties))\b"
                          r"(?! (?:control|ground|positions?|territory|the (?:city|town|village|settlement))\b)")
# «ВСУ (...) потеряли за сутки N бойцов», «армія РФ втратила»: the army that lost men is the object of
# the count, not who tells it
_TROOPS_LOST_CYR = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?\s+(?:за \w+ |уже |вже )?(?:потерял\w*|втратил\w*|втратив)\b")
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
                                                  and LAND_BEFORE.search(orig, max(0, a.start - 12), a.start))
             # "the entire Kyiv region": the capital's region is land, not Kyiv speaking or acting
             and not (orig[a.start:a.end] in ("Kyiv", "Kiev", "Moscow") and _REGION_AFTER.match(orig, a.end))]
    if "тер" in orig or "трат" in orig:
        found = [a for a in found if not (a.actor.rank == 1 and _TROOPS_LOST_CYR.match(orig, a.end))]
    if ", " in orig and any(a.actor.side == "other" for a in found):
        # "<mapping group>, a volunteer team said to work with a ministry, ...": what
        # describes an independent source is not a party speaking
        described = [(a.end, m.end()) for a in found if a.actor.side == "other" and (m := _DESCRIBED.match(orig, a.end))]
        found = [a for a in found if not any(s <= a.start < e for s, e in described)]
    if "(" in orig and (asides := naming_asides(orig)):
        # "Dzerzhinsk (called Toretsk by Ukraine)": who names a town in brackets says nothing
        found = [a for a in found if not any(s <= a.start < e for s, e in asides)]
    if staff_side == "ru":
        found = [ActorMention(a.start, a.end, _RU_STAFF)
                 if a.actor.name == "Ukraine's General Staff" and _UNQUALIFIED_STAFF.match(orig[a.start:a.end]) else a
                 for a in found]
    elif "Russia" in orig:
        # "the General Staff of the Russian army", "Russia's General Staff": Moscow's, whatever the story's side
        found = [ActorMention(a.start, a.end, _RU_STAFF)
                 if a.actor.name == "Ukraine's General Staff" and _UNQUALIFIED_STAFF.match(orig[a.start:a.end])
                 and (_RU_STAFF_AFTER.match(orig, a.end) or _RU_STAFF_BEFORE.search(orig, max(0, a.start - 12), a.start)) else a
                 for a in found]
    if any(a.actor.name == "ministry" for a in found):
        sides = {a.actor.side for a in found if a.actor.side in ("ru", "ua") and a.actor.name != "ministry"
                 and not (a.actor.rank == 1 and (_LAND_AFTER.match(orig, a.end) or (
                     # "the encirclement of Ukrainian forces": the troops a ministry speaks of, not its own
                     orig[a.end - 2:a.end] not in ("'s", "’s") and (LAND_BEFORE.search(orig, max(0, a.start - 12), a.start)
                                                                 or _OBJECT_OF.search(orig, max(0, a.start - 16), a.start)))))}
        named = {a.actor.side for a in found if a.actor.side in ("ru", "ua") and a.actor.rank >= 2 and a.actor.name != "ministry"}
        # "the ministry said the enemy army lost N soldiers": troops whose losses a
        # ministry counts are its enemy, not its own
        losers = {a.actor.side for a in found if a.actor.side in ("ru", "ua") and a.actor.rank == 1
                  and (_TROOPS_LOST.match(orig, a.end)
                       or orig[a.start:a.end] in ("Ukrainian", "Russian") and _HARDWARE_AFTER.match(orig, a.end))}
        if not losers and not named and "losses" in orig and (lost := _LOSSES_OF.search(orig)) is not None:
            losers = {"ua" if lost.group(1) == "Ukrainian" else "ru"}
        if not losers and not named and (downed := _DOWNED_BY_FOE.search(orig)) is not None:
            losers = {"ua" if (downed.group(1) or downed.group(2)) == "Ukrainian" else "ru"}
        if not losers and not named and ("encircl" in orig or "surround" in orig or "trapped" in orig) \
                and (caught := _TROOPS_ENCIRCLED.search(orig)) is not None:
            losers = {"ua" if caught.group(1) == "Ukrainian" else "ru"}
        if losers and len(losers) == 1 and not named:
            sides = {"ru" if losers == {"ua"} else "ua"}
        if len(named) == 1:
            sides = named  # "TASS cited the defence ministry" beside "Ukraine's Kharkiv region": TASS says whose
        elif not named and _ITS_FORCES.search(orig):
            sides = set()  # "the ministry said its forces ... Ukrainian units are surrounded": the other side is the object
        elif not named and len(sides) == 2 and (troops := _SUBJECT_TROOPS.match(orig)) is not None:
            # "Russian troops have trapped Ukrainian units near X, the ministry said": a ministry tells
            # of its own forces, the subject; the other side's troops are their object
            sides = {"ru" if troops.group(1).lower().startswith("russ") else "ua"}
        # Moscow's words: the special military operation, Russian spellings, a tally of drones or losses.
        side = sides.pop() if len(sides) == 1 else "ru" if _RU_MINISTRY_CLUE.search(orig) else ministry_side or (
            "ru" if staff_side == "ua" and _MINISTRY_CAPTURE.search(orig) else staff_side)
        found = [ActorMention(a.start, a.end, _MINISTRY[side]) if a.actor.name == "ministry" else a for a in found]
    if east_side == "ua":
        found = [ActorMention(a.start, a.end, _UA_EAST)
                 if a.actor.name == "Russian force grouping" and _UNQUALIFIED_EAST.match(orig[a.start:a.end]) else a
                 for a in found]
    return found


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
    sentences = split_sentences(text)
    head = text[:MAX_TEXT]
    staff_side = _staff_side(head, default_side)
    ministry_side = default_side if default_side in ("ru", "ua") else _lead_side(head, "") or None
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
            if m.country == "ru" and m.kind != "direction" and (area := m.place.oblast if m.place is not None else m.area):
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
        if recent and since <= 2 and COREF_HINT.search(sentence) and (not here or all(m.speaker for m in here)):
            ref = COREF.search(sentence)
        if here and ref is None:
            recent, since = ([here[0]] if len({m.place.name for m in here}) == 1 else []), 0
            recent_event = None
        elif ref is not None:
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
            if not found and not coref and here:
                # "Kyiv denied the claim": the capital named as the side that answers, no place of an event
                found = _account_answered(sentence, story, staff_side, ministry_side, gaz)
            if not found and not coref and here and all(m.place.name in _CAPITALS for m in here) and latin_text(sentence) \
                    and _says_holding(sentence):
                found = _holding_unplaced(sentence, story, staff_side, ministry_side, story_date)  # "... that Kyiv remains in control"
            if found and here:
                recent_event = found[-1].event
            elif here and _told_by_others(sentence.lower()):
                recent_event = classify_event(sentence.lower(), sentence)  # what "this information" answers next
            elif not found and here and _placeless_hint(sentence) and (all(
                    m.speaker or m.place.name in _CAPITALS or _WATER_BEFORE.search(joined, max(0, m.start - 30), m.start)
                    # "the head of the Kakhovka district", "the Oskil river": a district's or a river's name, no settlement
                    or _tallied_region(joined, m) or _river_named(joined, m) or _named_district(joined, m)
                    or _OPERATION_AFTER.match(joined, m.end) is not None  # "losses in the Kursk operation"
                    or ("mention" in joined and _UNMENTIONED_BEFORE.search(joined, max(0, m.start - 30), m.start) is not None)
                    for m in here) or _COUNTED_SETTLEMENTS.search(sentence) is not None
                    or (not sentence.isascii() and _COUNTED_SETTLEMENTS_CYR.search(sentence) is not None
                        and _COUNTED_CAPTURE_CYR.search(sentence) is not None)):
                # a capital named only as a government ("the X regime lost N men", "as Kyiv mounts an
                # incursion"): the name speaks or acts; "over the Sea of Azov": a sea's name, no
                # settlement; "two villages near X": X only says where
                found = _placeless_concession(sentence, story, staff_side, ministry_side) if _conceding(sentence) else []
                found = found or _placeless_statements(sentence, story, default_side, staff_side, story_date, ministry_side)
            elif not found and here and _conceding(sentence) and all(m.speaker or m.place.name in _CAPITALS for m in here):
                # "Kyiv concedes the enemy's assault groups got into the district": the capital concedes, no place of the event
                found = _placeless_concession(sentence, story, staff_side, ministry_side)
            out.extend(found)
        else:
            found = _placeless_concession(sentence, story, staff_side, ministry_side) if _conceding(sentence) else []
            if not found and (_placeless_hint(sentence) or (regions and SHOOTDOWN.search(sentence.lower()) is not None)):
                # "a drone shot down over the Belgorod region": the region names where, with no count
                found = _placeless_statements(sentence, story, default_side, staff_side, story_date, ministry_side)
            if not found:
                found = _account_answered(sentence, story, staff_side, ministry_side, gaz)
            if not found and latin_text(sentence) and _says_holding(sentence):
                found = _holding_unplaced(sentence, story, staff_side, ministry_side, story_date)
            if not found:
                found = _placeless_hold(sentence, story, staff_side, ministry_side)
            out.extend(found)
    return merge_story(out), list(dict.fromkeys(m.place.name for m in mentions if m.place is not None))


_UNMENTIONED_BEFORE = re.compile(r"\b(?:(?:made|makes|make|with|had|has) no mention of|(?:did|does) not mention|didn['’]t mention|"
                                 r"without mentioning)(?: the (?:town|city|village|settlement) of)? $")
_SHARE_OF_BEFORE = re.compile(r"\b(?:all|most|much|half|parts?|the rest|(?:a |the )?(?:large |small |southern |northern |eastern |western )?"
                              r"(?:part|portion|share|swathes?)) of (?:the )?$")
_REGIONS_NAMED = re.compile(r"\b(?:regions?|oblasts?|provinces?)\b")
_OPERATION_AFTER = re.compile(r"\s(?:cross-border )?(?:operation|incursion|salient|bridgehead)\b")
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
    if namesake is None:
        return None
    m.place, m.country = namesake, "ua"
    return m


# Drones shot down over a region, losses, strikes across a country: numbers that name no settlement.
# Two scans, not one alternation: re skips straight to a digit, and the words' scan then runs
# without trying a digit at every position.
_PLACELESS_DIGIT = re.compile(r"\d")
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
_PLACELESS_WORD = re.compile(r"\b(?:all|всі|все|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|several|dozens|"
                             r"one (?:person|man|woman|civilian|child|resident))\b")
# Counts in Russian and Ukrainian words («четыре беспилотника», «дванадцять шахедів»): looked for only in Cyrillic text.
_PLACELESS_WORD_CYR = re.compile(
    r"(?<![\w])(?:дв[аеі]|двох|двух|тр[её]х|четыр[её]х|двоє|двое|троє|трое|четверо|п['’]?ятеро|шестеро|семеро|тр[иь]|трьох|чотирьох|сорок\w*|п['’]?ятдесят\w*|сотн\w*|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять|"
    r"[а-яіїє]{2,6}надцат[ьи]|[а-яіїє]{2,6}надцят[ьи]|двадцат\w*|двадцят\w*|тридцат\w*|тридцят\w*|несколько|нескольких|кілька|кількох|десятк\w*|"
    # what is launched and struck names its count or its region, seldom a town
    r"беспилотник\w*|безпілотник\w*|бпла|дрон\w*|ракет\w*|удар\w*|атак\w*|"
    # a region's or a community's shelling, and counts in other cases («райони восьми населених пунктів»)
    r"обстр\w*|пяти|п['’]яти|шести|семи|восьми|девяти|дев['’]яти|десяти|в полон|в плен|"
    # «одне з сіл громади»: one of a community's villages, unnamed
    r"одн\w* (?:із|з|зі|из) (?:сіл|сел|селищ|населених|населенных))(?![\w])", re.IGNORECASE)


# "The accounts of both armies have not been independently confirmed": the account before the verb.
_ACCOUNT_UNVERIFIED = re.compile(
    r"\b(?:claims?|reports?|accounts?|statements?|assertions?|videos?|footage|(?<!casualty )(?<!death )(?<!victim )(?:figures?|numbers|tall(?:y|ies))|"
    # "the capture of the village could not be verified": the event told, vouched for by nobody
    r"(?:capture|fall|seizure|advances?|gains?|withdrawal|details) (?:of|by|in|from)\b)\b[^.;:]{0,60}\b(?:(?:has|have|had|could|can|were|was) not (?:yet )?"
    r"(?:immediately |independently )?(?:be(?:en)? )?(?:immediately )?(?:independently )?(?:verified|confirmed)|(?:is|was|are|were) (?:impossible|not possible|difficult|hard) to (?:independently )?(?:verify|confirm))\b|"
    r"\bindependent (?:verification|confirmation) of (?:the |these |those |such |their |either side['’]s |\w+['’]s )?(?:latest |new |recent |earlier )?(?:claims?|reports?|accounts?)"
    # "of the reports from both sides", "of Kyiv's account"
    r"(?: (?:of|by|from) (?:both|either|the two) (?:sides|parties|armies)| (?:of|by|from) (?:the )?\w+)? (?:is|was|remains) (?:\w+ )?(?:impossible|not possible|difficult|hard|challenging)\b|"
    # "did not comment on the claims, and independent verification remains difficult"
    r"\b(?:claims?|reports?|accounts?)\b[^.;:]{0,60}\bindependent (?:verification|confirmation) (?:remains|is|was|has been) (?:\w+ )?(?:difficult|challenging|impossible|not possible)\b|"
    # "there was no independent confirmation of the claim", "neither claim could be verified",
    # "it was not possible to verify the reports"
    r"\bno independent (?:confirmation|verification) of (?:[\w'’-]+ ){0,3}(?:claims?|reports?|accounts?|statements?)\b|"
    r"\bneither (?:claim|report|account|statement|side['’]s (?:claims?|reports?|accounts?))(?: (?:of|about|on) (?:the )?[\w-]+(?: [\w-]+)?)? (?:could|can|has been|was) (?:be )?(?:independently )?(?:verified|confirmed)\b|"
    r"\b(?:not possible|impossible) to (?:independently )?(?:verify|confirm) (?:the|these|those|this|that|such|either side['’]s|both sides['’]) (?:[\w-]+ )?(?:claims?|reports?|accounts?)\b")
# What a reporter could not verify: an account or the battlefield ("the report", "claims from either
# side", "the situation on the battlefield", the footage or its date), not a clause ("when the video was filmed").
_VERIFIED_WHAT = re.compile(r" (?:it|them|this|that|these|those)(?: (?:claims?|reports?))?\s*(?:[,.;]|$)|"
                            # (the account just reported, as a pronoun: "Reuters has not been able to verify them")
                            r"(?! (?:when|where|whether|how|who|why)\b)(?: (?:the|that|this|these|those|its|their|his|her|either|both|any|such|\w+['’]s?)){0,2}"
                            r"(?: [\w-]+){0,3} (?:claims?|reports?|accounts?|statements?|assertions?|situation|battlefield|videos?|footage|"
                            # an analyst's "has not observed visual confirmation of such an advance"
                            r"(?<=an )advance|(?<=the )advance|(?<=such )advances?|(?<=this )advance|(?<=these )advances|"
                            r"details(?= (?:of|about|on) (?:the |these |those |this |that |either side['’]s )?(?:[\w-]+ )?(?:attacks?|strikes?|fighting|clashes|assaults?|battles?|incidents?|claims?|reports?|accounts?))|"
                            # (a strike's casualty count is no account of the war's course)
                            r"(?<!casualty )(?<!death )(?<!victim )(?:figures?|numbers|tall(?:y|ies)))\b")
# "captured a village in the Donetsk region", "took another village", "seized two settlements": a
# capture whose place goes unnamed.
_UNNAMED_TAKEN = gated(re.compile(
    r"\b(?:captur\w*|seiz\w*|took|taken|take|takes|(?<=, )taking|liberat\w*|retak\w*|retook|recaptur\w*|"
    r"(?:taken|took|take|(?:re)?gain\w*|establish\w*|seiz\w*|assum\w*|claim\w*) control (?:of|over))"
    # "a small but key village", "12 settlements", headline "took key village", "its first village in the region"
    r"[\"'“”’]? (?:(?:the )?(?:a|an|another|one more|two|three|four|five|six|seven|eight|nine|ten|several|\d+|its|their|both|some|more|many|a few|a number of) (?:(?!of\b)[\w'’-]+,? ){0,3}"
    # "liberated the town" with no town named in the sentence: the account of one already named
    r"|(?:(?:key|strategic|eastern|Ukrainian|frontline|front-line) ){1,2}|the (?:(?!of\b)[\w-]+ )?)(?:villages?|settlements?|towns?|hamlets?|city)\b"
    # "gained control of towns and villages in the region": a bare plural, none named
    r"(?! (?:of|called|named|known)\b)|\b(?:gain\w*|took|taken|seiz\w*|claim\w*|regain\w*) control (?:of|over) (?:villages|settlements|towns)\b"
    r"(?! (?:of|called|named|known)\b)|"
    # a headline drops the article: "Russia takes village in Donetsk region", "forces took control of village"
    r"\b(?:(?:took|takes|taken) control of|captures|seizes|takes|liberates|(?:has|have) (?:captured|seized|taken|liberated)) (?:\w+ )?(?:village|settlement|town)\b"
    r"(?! (?:of|called|named|known)\b)", re.IGNORECASE))
# the passive, counted: "more frontline villages liberated", "three villages have been retaken" (the count
# is read before the noun, so the pattern keeps its literal gate)
_TAKEN_PASSIVE = gated(re.compile(r"\b(?:[Vv]illages|[Ss]ettlements|[Tt]owns) (?:(?:were|have been|had been|are|Were|Have Been|Are) )?"
                                  r"(?:[Ll]iberated|[Rr]ecaptured|[Rr]etaken|[Cc]aptured|[Ss]eized|[Tt]aken [Bb]ack)\b"))
_COUNT_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|more|many)(?: more)?(?: [\w-]+)? $",
                           re.IGNORECASE)


def _unnamed_taken(sentence: str) -> re.Match[str] | None:
    """A capture whose settlements go unnamed, active or counted in the passive."""
    if (taken := _UNNAMED_TAKEN.search(sentence)) is not None:
        return taken
    passive = _TAKEN_PASSIVE.search(sentence)
    if passive is not None and _COUNT_BEFORE.search(sentence, max(0, passive.start() - 40), passive.start()):
        return passive
    return _REGION_FREED.search(sentence) if "egion" in sentence and ("iberat" in sentence or "freed" in sentence) else None


# "the Kursk region had been fully liberated", "Russian troops freed the entire Kursk region": a whole
# region taken back, no settlement named
_REGION_FREED = re.compile(r"\b[A-Z][\w-]+ [Rr]egion (?:has|had|have) been (?:fully |completely |entirely )?(?:liberated|freed)\b(?! of\b)|"
                           r"\b(?:liberat(?:ed|es|ing)|freed) (?:the )?(?:entire |whole |all of the )?[A-Z][\w-]+ [Rr]egion\b"
                           r"(?! (?:in|back in) (?:19|20)\d\d)")


# "its forces had advanced further in the east", "made an important advance", "improving their
# tactical positions": a party's gain told with no settlement
_UNNAMED_ADVANCE = gated(re.compile(r"\b(?:(?:had|has|have) (?:\w+ )?advanced|advanced (?:further|deeper|farther)|"
                                    # a headline's present: "Russia says its forces advance in the Kharkiv region"
                                    r"(?:its|their|our) (?:forces|troops|units) advance\b|"
                                    r"made (?:[\w-]+ ){0,2}(?:advances?|gains|progress)|improv\w+ (?:their|its) (?:tactical )?positions?|"
                                    # "had encircled around 10,000 Ukrainian soldiers": troops trapped, counted, no town named
                                    r"(?:encircled|surrounded|trapped|blockaded) (?:up to |about |around |some |nearly |more than |over )?\d[\d,]* "
                                    r"(?:[\w-]+ )?(?:soldiers|troops|servicemen|fighters|personnel))\b"))
# "pierced the enemy's defences at several points": a breakthrough, no town named; "regained more
# ground", "took back 40 square kilometres of territory": ground won, no town named
_GROUND_WON = gated(re.compile(r"\b(?:(?:pierced|breached|broke through|broken through|punched through) "
                               r"(?:(?:[Tt]he|[Uu]krainian|[Rr]ussian|[Ee]nemy|\w+['’]s?) ){0,2}"
                               r"(?:defen[cs]es|defensive lines?|lines?|front)\b(?! (?:of|in|at|near|around) [A-Z])|"
                               r"(?:gained|regained|captured|recaptured|seized|liberated|retook|retaken|took back|taken back|won back) "
                               r"(?:(?:more|some|further|new|additional|about|over|nearly|almost|around|roughly|up to|at least|more than|"
                               r"[\d.,]+|square|sq|kilomet\w*|km|miles?|of) ){1,5}(?:ground|territory)\b(?! of [A-Z]))"))


def _unnamed_advance(text: str) -> re.Match[str] | None:
    """A party's gain told with no settlement: an advance, a breakthrough or ground won."""
    return _UNNAMED_ADVANCE.search(text) or _GROUND_WON.search(text)


# "they had withdrawn", "I decided to withdraw our units", "its troops pulled back": a party's own pull-back,
# its place unnamed (told in an earlier sentence or not at all)
_OWN_PULLBACK = re.compile(r"\b(?:(?:our|its|their|his) (?:units|troops|forces|soldiers|defenders|brigades|battalions)|(?:they|we|it)(?: had| have| has)?|"
                           # "said units had pulled back": the teller's own units, unqualified
                           r"(?:(?<=said )|(?<=says )|(?<=that ))(?:units|troops|forces|soldiers)(?: had| have| has)?|"
                           # a side named, or the foe in a side's words: "Ukrainian troops have retreated", "the enemy fell back"
                           r"(?:ukrainian|russian) (?:[\w-]+ )?(?:troops|forces|units|soldiers|servicemen)|(?:the )?enemy|(?:the )?(?:occupiers|invaders)|"
                           r"(?:decided|decision|ordered|order) to)(?: [\w'’-]+){0,4}? (?:withdr[ae]w\w*|pull(?:ed)? (?:back|out)|retreated|"
                           r"(?:moved|relocated|redeployed|repositioned) to [\"“]?(?:more )?(?:favou?rable|advantageous) (?:positions|lines))\b"
                           # (not "withdrew from the villages of X": a settlement named, which the gazetteer may lack)
                           r"(?! (?:\w+ )?(?:from|of) (?:the )?(?:[\w-]+ ){0,2}(?:villages?|towns?|city|settlements?) of\b)"
                           # (nor a pull-back from another war's theatre)
                           r"(?![^.;]{0,80}\b(?:syria|libya|armenia|karabakh|kazakhstan|africa|mali|georgia|afghanistan)\b)"
                           # (nor a diplomat or an offer withdrawn: no troops moved)
                           r"(?! (?:its|their|his|her|our|the|an?) (?:[\w-]+ )?(?:ambassador|envoy|diplomats?|support|offer|proposal|bill|"
                           r"application|request|nomination|candidacy|recognition|consent|signature|lawsuit|complaint|funding|statement)s?\b)")


# "said its drones hit a fuel depot", "says it struck two radars": a strike on a kind of target, no settlement
_TARGET_HIT = gated(re.compile(r"\b(?:struck|hit|hits|strikes|attacked|targeted|destroyed|sunk|sank|(?:drones|missiles) strike) (?:an? |the |two |three |several )?(?:[\w'’-]+ ){0,3}?"
                               r"(?:oil refiner\w*|refiner(?:y|ies)|(?:oil|fuel|ammunition|arms) depots?|airfields?|air ?bases?|training grounds?|"
                               r"command posts?|(?:drone|missile|arms|ammunition) (?:factory|factories|plants?)|military facilit\w+|military targets?|"
                               r"arsenals?|radars?|(?:electrical )?substations?|power (?:station|plant)s?|"
                               # the sea front: "sank a landing ship", "hit a patrol boat"
                               r"(?:war|landing |patrol |missile |supply )?ships?|vessels?|(?:patrol |landing |missile )boats?|submarines?|corvettes?|frigates?|"
                               r"headquarters|(?:energy|fuel|military|defen[cs]e) (?:facilities|infrastructure)|military-industrial \w+|"
                               r"(?:[Aa]ir[- ]defen[cs]e|Patriot|HIMARS|IRIS-T|NASAMS|S-300|S-400) (?:systems?|launchers?|batter(?:y|ies)))\b"))
# ... told in the passive, owned by a side, or as a strike carried out (its own gate: one gate with all
# of these beginnings would be too wide to prefilter)
_TARGET_HIT_TOLD = gated(re.compile(
                               # the passive: "energy facilities were struck", "infrastructure came under attack"
                               r"\b(?:energy|fuel|military|port|railway|gas|power|industrial) (?:facilities|infrastructure|sites?|plants?) (?:[\w'’-]+ ){0,4}?"
                               r"(?:(?:were|was|had been|have been|has been) (?:struck|hit|damaged|targeted|attacked)|came under (?:an? )?(?:[\w-]+ )?(?:attack|fire))\b|"
                               r"\bresponsibility for (?:an? |the |two |three |several |overnight |\d+ )?(?:[\w-]+ ){0,2}(?:attacks?|strikes?) on (?:an? |the )?"
                               r"(?:[\w'’-]+ ){0,3}?(?:air ?bases?|airfields?|refiner(?:y|ies)|depots?|plants?|bridges?|ships?|headquarters|radars?)\b|"
                               # "carried out a massive strike on energy facilities", "a group strike against military airfields"
                               r"\b(?:carried out|delivered|launched|conducted) (?:an? |another |new )?(?:[\w\"“”'-]+ ){0,2}strikes?[\"”']? (?:on|against) "
                               r"(?:[\w'’-]+ ){0,3}?(?:facilities|infrastructure|targets|airfields?|depots?|refiner(?:y|ies)|plants?|enterprises|"
                               r"headquarters|positions|command posts?|arsenals?|bases?)\b"))


_ENEMY_LOST_UP_TO = re.compile(r"^\W*(?:(?i:over|in|during) the (?:past|last) (?:day|24 hours|week),? )?(?:[Tt]he )?enemy (?:also )?lost up to \d[\d,]* (?:servicemen|troops|personnel|soldiers|men)\b")
_RAID_GROUP_DOWN = re.compile(r"\b(?:sabotage|reconnaissance|infiltration|landing) (?:and [\w-]+ )?groups? (?:was|were|has been|have been|had been) "
                              r"(?:\w+ )?(?:eliminated|destroyed|neutrali[sz]ed|liquidated|wiped out)\b|"
                              r"\b(?:eliminated|destroyed|neutrali[sz]ed|liquidated|wiped out) (?:an? |the |two |three |\d+ )?(?:[\w-]+ )?"
                              r"(?:sabotage|reconnaissance|infiltration|landing) (?:and [\w-]+ )?groups?\b", re.IGNORECASE)


def _target_hit(text: str) -> bool:
    """A strike on a kind of target, no settlement named (_TARGET_HIT or _TARGET_HIT_TOLD)."""
    return _TARGET_HIT.search(text) is not None or _TARGET_HIT_TOLD.search(text) is not None


# the reporter's own hedge on what it tells ("reportedly", "allegedly"), not "could not verify" (HEDGE)
_HEDGE_WORD = re.compile(r"\b(?:reportedly|allegedly|purportedly)\b")


# "..., the regional governor said": the one authority of a region, the usual teller of a strike on it
_LOCAL_TELLER_EN = re.compile(r"\b(?:[Gg]overnor|[Aa]dministration|[Mm]ayor)\b")
# ... or that authority named by his surname alone ("Kiper wrote that debris damaged a warehouse")
_REGIONAL_HEADS = frozenset(("Ukrainian regional administration", "Ukrainian military administration", "Russian regional governor",
                             "Gladkov", "Bogomaz", "Khinshtein", "Russian-installed official", "Saldo", "Balitsky", "Pushilin"))
_TELLS_EN = gated(re.compile(r"\b(?:said|says|wrote|reported|told|added|according to)\b"))


def _local_teller_of_harm(sentence: str, low: str) -> bool:
    """A strike's harm told by a region's authority, by title or by a head's name (the actors read last)."""
    titled = _LOCAL_TELLER_EN.search(sentence) is not None
    if not titled and _TELLS_EN.search(sentence) is None:
        return False
    return STRIKE_RESULT.search(low) is not None and (
        titled or any(a.actor.name in _REGIONAL_HEADS for a in find_actors(sentence)))


# «росіяни вдарили по X-ському району», «ворог гатив по громаді», «удар пришелся на X-ский район»: a strike on an area
_AREA_STRUCK_CYR = rx(r"(?:вдари(?:ли|в|ла)|удари(?:ли|л|в|ла)|гати(?:ли|в|ла)|били|бив|бил[аи]?|удар\w* (?:пришел\w*|прийшо?\w*)) "
                      r"(?:[\w'’-]+ ){0,4}?(?:по|на) (?:[\w'’-]+ ){0,2}(?:район|громад|округ|муниципалитет)\w*")


# A hit told by its noun: «влучання у школу», «численні прильоти», «прилеты по городу» (not «на місцях влучань»: the aftermath)
_HIT_NOUN_CYR = re.compile(r"(?<![\w'’-])(?<!місцях )(?<!місці )(?<!місця )(?<!месте )(?<!местах )(?<!места )(?:[Вв]лучанн\w*|[Вв]лучань|[Пп]рильот(?:и|ів|ам|ами|ах)?|[Пп]рил[іеё]т(?:и|ів|ы|а|ов|ам|ами|ах)?)(?![\w'’-])")


# «ДНР», «ЛНР», «зона СВО»: Moscow's names, which the side hit in Kyiv's territory does not use for its land
_MOSCOW_REGION_NAME = re.compile(r"(?<![\w-])(?:ДНР|ЛНР|СВО)(?![\w-])")


def _area_struck_cyr(sentence: str) -> bool:
    """Whether a Cyrillic sentence tells of a strike on a district or a community (a literal gate first)."""
    return ("район" in sentence or "громад" in sentence or "округ" in sentence) and _AREA_STRUCK_CYR.search(sentence) is not None


def _placeless_hint(sentence: str) -> bool:
    """A number or a count word, or a place taken unnamed: the sentence may claim something about no settlement."""
    if not _HINT_GATE.may_match(sentence):
        return _PLACELESS_DIGIT.search(sentence) is not None  # (ASCII text: the Cyrillic tests cannot match either)
    return _PLACELESS_DIGIT.search(sentence) is not None or _PLACELESS_WORD.search(sentence) is not None or (
        # (a count opening the sentence is capitalised: "Twelve drones were downed")
        _PLACELESS_WORD.match(sentence[:16].lower()) is not None) or (
        not sentence.isascii() and (_PLACELESS_WORD_CYR.search(sentence) is not None or _unnamed_taken_cyr(sentence) is not None
                                    or _enemy_harmed_cyr(sentence) is not None or _downed_by_air_defence_cyr(sentence)
                                    or _military_hit_cyr(sentence) is not None or _area_struck_cyr(sentence)
                                    or _HIT_NOUN_CYR.search(sentence) is not None)) or (
        latin_text(sentence) and _latin_placeless_hint(sentence))


def _latin_placeless_hint(sentence: str) -> bool:
    """_placeless_hint's English cues: a capture or an advance unnamed, the enemy in Kyiv's words, a target
    hit, a repulse, one craft downed, a side's own pull-back, or harm a local authority tells of."""
    if _unnamed_taken(sentence) is not None or _KYIV_WORDS_EN.search(sentence) is not None \
            or _unnamed_advance(sentence) is not None or _target_hit(sentence) \
            or ("group" in sentence and ("sabotage" in sentence or "reconnaissance" in sentence or "infiltration" in sentence
                                         or "landing" in sentence) and _RAID_GROUP_DOWN.search(sentence) is not None):
        return True  # (the last: "a sabotage group was eliminated in the border area", a raid put down)
    low = sentence.lower()
    return _REPULSE_EN.search(low) is not None or _REPULSE_PASSIVE_EN.search(low) is not None or (
        # "said its forces had downed a Russian drone": one craft, no count
        ("down" in sentence or "intercept" in sentence) and SHOOTDOWN.search(low) is not None) or (
        ("withdr" in sentence or "pull" in sentence or "retreat" in sentence or "advantageous" in sentence or "favo" in sentence)
        and _OWN_PULLBACK.search(low) is not None) or (
        # "a depot caught fire after a drone attack, the governor said": harm told by a local authority
        _local_teller_of_harm(sentence, low))


_FOE_WORDS = re.compile(r"\b(?:the enemy|enemy (?:troops|forces|units)|occupiers|invaders)\b")
# "Ukraine's General Staff denied the claim", "Kyiv dismissed Moscow's reports as fake": a party
# answering an account whose place the sentence does not name.
_ANSWERING = r"denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|" \
             r"refuting|debunked|debunks|debunking|contested|contests|disputed|disputes|cast doubt on|casts doubt on|casting doubt on"
_CALLING = r"called|calls|calling|branded|brands|labell?ed"
_DENIED_ACCOUNT = gated(re.compile(
    rf"\b(?:{_ANSWERING}|{_CALLING}) "
    r"(?:(?:the|these|those|such|this|that|its|their|all|earlier|previous|latest|recent|new|russian|ukrainian|"
    r"moscow['’]s|kyiv['’]s|russia['’]s|ukraine['’]s|(?:the )?enemy['’]s|media|[a-z]+['’]s?) ){0,3}"
    r"(?:claims?|reports?|statements?|assertions?|allegations?|information|accounts?|announcements?)\b"))
# What a party calls an account it rejects ("fake", "pure fiction", "not true"): the one list every
# check of a called-false account below is built from
# "the military denied it": an account named in an earlier sentence, answered by a side's army
_DENIED_IT = re.compile(r"\b(?:denied|denies)(?: this| it)(?=[,.;]| as\b|$)")
_MILITARY_TELLER = re.compile(r"\b(?:military|general staff|army|command|brigade|ministry|armed forces|defen[cs]e forces)\b")
_FALSE_WORDS = ("false", "fakes?", "untrue", "not true", "lies?", "propaganda", "disinformation", r"fabricat\w+",
                "baseless", "groundless", "nonsense", "absurd", "fantasy", "fiction", "staged")
_FALSE_INTENSIFIERS = ("completely", "absolutely", "totally", "entirely", "outright", "blatant", "staged", "pure")
# (whose lie it is may stand before the word: "Russian disinformation", "enemy propaganda")
_FALSE_OWNER = r"(?:(?:russian|ukrainian|enemy|kremlin|moscow['’]s|kyiv['’]s|russia['’]s|ukraine['’]s|hostile) )?"
_CALLED_FALSE_TAIL = (rf"[\"“']?(?:an? )?(?:(?:{'|'.join(_FALSE_INTENSIFIERS)}) )?{_FALSE_OWNER}"
                      rf"(?:{'|'.join(_FALSE_WORDS)})\b")
# a plain scan for any of the words first: most sentences hold none
_FALSE_WORD = re.compile("|".join(_FALSE_WORDS))
# "said the claim was false", "called the latest footage pure fiction": the account
# named, then what it is called (matched from the account, so the speaker is whoever comes before it)
_ACCOUNT_FALSE = re.compile(
    r"\b(?:said|says|saying|added|called|calls|calling|described|describes|describing|insisted|stressed) (?:that )?"
    r"(?P<account>(?:(?:the|this|these|those|such|its|their|all|latest|russian|ukrainian|moscow['’]s|kyiv['’]s|russia['’]s|ukraine['’]s|enemy['’]s) ){1,3}"
    r"(?:claims?|reports?|statements?|assertions?|allegations?|information|videos?|footage|announcements?)"
    rf"(?: (?:was|were|is|are|had been|as))? {_CALLED_FALSE_TAIL})")
# A quotation that opens by calling what was said untrue: '"This is absolutely false," ...', '"These reports are fake"'
_BARE_UNTRUE_EN = re.compile(r"^\W{0,2}[\"“'‘«](?:this|that|it|these|those|such|all this) (?:(?:information|reports?|claims?|statements?|"
                             r"allegations?|news|footage|video) )?(?:is|are|was|were) (?:(?:entirely|absolutely|completely|totally|simply|"
                             rf"pure|outright|blatant|another|an?) ){{0,2}}(?:{'|'.join(_FALSE_WORDS)}|a lie|a fake|a fabrication)\b")
_DENIAL_VERB = re.compile(rf"\b(?:{_ANSWERING}|{_CALLING})\b")
# "called the reports fake": calling an account something is a denial only when the word is one
_CALLED = re.compile(rf"\b(?:{_CALLING})\b")
# ("called the statement about the end of the operation a propaganda trick": what the account was about may come between)
_CALLED_FALSE = re.compile(rf"^(?: (?:about|on|of|regarding) [^,;.:\"“”]{{1,70}}?)?(?: as)? {_CALLED_FALSE_TAIL}")
# '"The information about the capture of the town is not true," the spokesman said': the account
# called false opens a quotation, and its speaker is named after it
_QUOTED_ACCOUNT_FALSE = re.compile(
    r"^[\"“](?:the |this |that |these |those |all )?(?:(?:latest|russian|enemy|so-called) )?(?:information|claims?|reports?|statements?|announcements?|allegations?)"
    rf" (?:about|of|on|regarding|that) [^\"“”]{{1,100}}? (?:is|are|was|were) (?:absolutely |completely |simply )?(?:not true|untrue|false|fakes?|a fake|a lie|lies|(?:enemy |russian )?(?:propaganda|disinformation))\b")
# A denial of the event itself rather than of an account of it
_DENIED_EVENT = re.compile(r"\b(?:denied|denies|deny|denying) (?:that\b|"
                           # "denied Russian troops had entered ...": the clause without its "that"
                           r"(?=(?:russian|ukrainian|enemy|moscow['’]s|kyiv['’]s) (?:troops|forces|units|soldiers) (?:had|have|has|were|was|are)\b)|"
                           r"(?:the |any |an? )?(?:(?:such|reported|claimed|alleged|russian|ukrainian|enemy) ){0,2}"
                           r"(encirclement|capture|fall|breakthrough|advances?|seizure|takeover|withdrawal|retreat)\b)")
_GAIN_EVENT = re.compile(r"\b(?:captur\w*|seiz\w*|took|taken|control\w*|encircl\w*|surround\w*|entered|advanc\w*|"
                         r"breakthrough|(?:broke|broken) through|foothold|withdr\w*|retreat\w*|pull(?:ed|ing)? (?:out|back)|occup\w*)\b")
# What an account was about, when the sentence says: only an event of the war makes the answer a denial
# ("denied reports that its troops had withdrawn", not "denied reports of a rift in the government").
# (", saying ..." after the account is the one answering giving a reason, not what the account said)
_ACCOUNT_ABOUT = re.compile(r"^(?:,? (?:that|of|about|regarding|claiming|suggesting)| saying)\b")
_WAR_EVENT = re.compile(
    r"\b(?:captur\w*|seiz\w*|took|taken|tak(?:e|es|ing)|control\w*|encircl\w*|surround\w*|withdr\w*|retreat\w*|"
    r"pull(?:ed|ing)? (?:out|back)|entered|advanc\w*|breakthrough|broke through|liberat\w*|occup\w*|flag|"
    r"strik\w*|struck|hit|shell\w*|attack\w*|shot down|downed|drones?|missiles?|bomb\w*|losses|lost|killed|destroy\w*)\b")


def _account_answered(sentence: str, story: StoryFacts | None, staff_side: str, ministry_side: str | None,
                      gaz: Gazetteer) -> list[Statement]:
    """A reporter's hedge or a party's denial of an account whose place the sentence does not name:
    one statement with no place (CLAIMS_GUIDE: "could not be verified" is a hedge of `other`)."""
    low = sentence.lower()
    if ((hedge := _CANNOT_VERIFY.search(low)) and _VERIFIED_WHAT.match(low, hedge.end())) or (
            ("verif" in low or "confirm" in low) and _ACCOUNT_UNVERIFIED.search(low)):
        # "Reuters could not independently verify the report"
        # (a capital named as a government, "Kyiv's figures", "Moscow did not comment", names no place)
        places = find_places(sentence, gazetteer=gaz)
        if places and (named := [a for a in find_actors(sentence) if a.actor.side == "other"]):
            places = [m for m in places if not any(a.start <= m.start < a.end for a in named)]  # "Kyiv Post": an outlet's name
        if any(m.place.name not in _CAPITALS or not (_GOVERNMENT_NAMED.match(sentence, m.end) or _POSSESSIVE_END.search(
                sentence, m.start, m.end) or _CAPITALS_PAIRED.match(sentence, max(0, m.start - 12), m.end + 12))
               for m in places):
            return []
        return [_placeless_hedge(sentence, story)]
    if not latin_text(sentence):
        return _cyrillic_account_answered(sentence, low, story, staff_side, ministry_side, gaz)
    false_word = _FALSE_WORD.search(low) is not None
    if false_word and _BARE_UNTRUE_EN.match(low):
        # '"This information is false," the General Staff said': the quoted party calls what was said untrue
        if QUESTION.search(low) or HEDGE.search(low):
            return []
        actors = _actors(sentence, staff_side, ministry_side=ministry_side)
        told = find_speaker(low, actors)
        if told is None or told.actor.side not in ("ru", "ua") or any(
                m.kind == "settlement" and not any(a.start <= m.start < a.end for a in actors)
                for m in find_places(sentence, gazetteer=gaz)):
            return []  # (a settlement named: the placed path has had its say)
        return [_unplaced(sentence, story, "denial", told.actor.side, True, speaker=told.actor.name)]
    event_denied = False
    if (denied := _DENIED_ACCOUNT.search(low)) is not None:
        start, end = denied.span()
    elif "den" in low and (denied := _DENIED_IT.search(low)) is not None \
            and _MILITARY_TELLER.search(low, 0, denied.start()) is not None:
        # "Ukraine's military denied it, calling the report ...": the account answered, named before
        start, end = denied.span()
    elif "den" in low and (denied := _DENIED_EVENT.search(low)) is not None and (
            denied.group(1) is not None or _GAIN_EVENT.search(low, denied.end()) is not None):
        # "Kyiv denied that Russian troops had entered the region", "Ukraine denies encirclement"
        start, end = denied.span()
        event_denied = True
    elif false_word and (called := _ACCOUNT_FALSE.search(low)) is not None:
        start, end = called.span("account")  # the account itself: who speaks comes before it
    elif false_word and low[:1] in "\"“" and (quoted := _QUOTED_ACCOUNT_FALSE.match(low)) is not None \
            and _WAR_EVENT.search(low, 0, quoted.end()) is not None:
        return _quoted_account_denied(sentence, low, story, quoted.end(), staff_side, ministry_side, gaz)
    else:
        return []
    if _CALLED.match(low, start) and not _CALLED_FALSE.match(low[end:]):
        return []  # "called the reports a sign of panic": a view, not a denial
    if not event_denied and _ACCOUNT_ABOUT.match(low[end:]) and not _WAR_EVENT.search(low, end):
        return []  # "rejected claims that the talks had stalled": not an event of the war
    if QUESTION.search(low) or HEDGE.search(low) or GOAL.search(low, 0, start):
        return []
    actors = _actors(sentence, staff_side, ministry_side=ministry_side)
    if any(m.kind == "settlement" and not any(a.start <= m.start < a.end for a in actors)
           for m in find_places(sentence, gazetteer=gaz)):
        return []  # a settlement named: the placed path has had its say
    # the one who denies: the subject, the first side named before the first verb of denial
    # ("Peskov denied that ..., calling the reports lies" is Peskov's, not the troops')
    verb = _DENIAL_VERB.search(low, 0, end)
    before = [a for a in actors if a.end <= (verb.start() if verb else start)
              # "no comment from Moscow, and a Ukrainian official denied it": the silent party denies nothing
              and not _NO_COMMENT_FROM.search(low, max(0, a.start - 40), a.start) and not _NO_COMMENT_BY.match(low, a.end)]
    if before and (joint := _last_clause_start(low, before[0].end, verb.start() if verb else start)):
        # "one side kept silent, and the other side's spokesman rejected the report": the clause's own subject
        before = [a for a in before if a.start >= joint] or before
    if not before or before[0].actor.side not in ("ru", "ua", "other"):
        return []
    speaker = before[0].actor
    denial = _unplaced(sentence, story, "denial", speaker.side, True, speaker=speaker.name)
    owner = _ACCOUNT_OWNER.search(low, start, end)
    if owner is None or not _OWNED_GAIN.match(low, end):
        return [denial]
    # "Kyiv rejected Moscow's claim that it had taken a village": the account answered is the other side's claim
    side = "ru" if owner.group(1) in ("russia", "moscow", "kremlin", "russian") else "ua"
    if side == speaker.side:
        return [denial]
    return [denial, _unplaced(sentence, story, "claim", side, False)]


def _quoted_account_denied(sentence: str, low: str, story: StoryFacts | None, quote_end: int, staff_side: str,
                           ministry_side: str | None, gaz: Gazetteer) -> list[Statement]:
    """A quotation calling an account false, its speaker named after it: that speaker's denial, no place."""
    close = max(low.rfind('"'), low.rfind("”"))
    if close <= quote_end or not _SAYING.search(low, close) or QUESTION.search(low):
        return []
    if any(m.kind == "settlement" for m in find_places(sentence, gazetteer=gaz)):
        return []  # a settlement named: the placed path has had its say
    after = [a for a in _actors(sentence, staff_side, ministry_side=ministry_side) if a.start > close]
    if not after or after[0].actor.side not in ("ru", "ua", "other"):
        return []
    return [_unplaced(sentence, story, "denial", after[0].actor.side, True, speaker=after[0].actor.name)]


# A defender's words for holding on and a saying verb: the literal gates of _holding_unplaced
_HOLDING_WORDS = ("hold", "held", "control", "maintain", "retain", "kept", "keep")
_SAYING_VERB = r"(?:said|says|told|stated|insisted|asserted|added|reported|stressed)\b"
_SAYING = re.compile(r"\b" + _SAYING_VERB)


def _says_holding(sentence: str) -> bool:
    """A saying verb and a word for holding on: the sentence may be a defender's placeless denial."""
    return any(w in sentence for w in _HOLDING_WORDS) and _SAYING.search(sentence) is not None



def _holding_unplaced(sentence: str, story: Any, staff_side: str, ministry_side: str | None,
                      story_date: float | None) -> list[Statement]:
    """A defender saying its forces still hold, no settlement named ("Kyiv's army said its units
    remain in control of the area", "it said Ukrainian units were holding the defence"): a denial
    with no place, of the party speaking or, behind a pronoun, of the side whose troops hold."""
    low = sentence.lower()
    if has_negation(low) or HEDGE.search(low) or GOAL.search(low) or QUESTION.search(low) or is_history(sentence, story_date):
        return []
    actors = _actors(sentence, staff_side, ministry_side=ministry_side)
    speaker = find_speaker(low, actors)
    if speaker is not None and speaker.actor.side in ("ru", "ua") and _SAYING_AFTER.match(low, speaker.end):
        side, name = speaker.actor.side, speaker.actor.name  # (the subject of the saying verb, not troops said to hold)
    elif speaker is None and _PRONOUN_SAID.search(low) and (holder := next(
            (a for a in actors if a.actor.side in ("ru", "ua")), None)) is not None:
        side, name = holder.actor.side, None  # "it said Ukrainian units were holding": whose units hold, told by them
    elif speaker is not None and speaker.actor.name in _MAPPERS and _SAYING_AFTER.match(low, speaker.end) \
            and holds_own("ua", low):
        # "a mapping group said the village was still under Kyiv's control": independent evidence against the capture
        return [_unplaced(sentence, story, "denial", "other", True, speaker=speaker.actor.name)]
    else:
        return []
    if (back := _BACK_UNDER.search(low)) is not None and ((owner := back.group(1)) == "our" or owner.startswith(
            ("ukrain", "kyiv") if side == "ua" else ("russia", "moscow"))):
        # "the village was back under Ukrainian control, the General Staff said": a place retaken, the side's claim
        return [_unplaced(sentence, story, "claim", side, name is not None, speaker=name)]
    if not holds_own(side, low):
        return []
    return [_unplaced(sentence, story, "denial", side, name is not None, speaker=name)]


# Independent voices that map the front line on their own evidence (a wire only relays)
_MAPPERS = frozenset(("DeepState", "ISW", "geolocation"))
# "back under Ukrainian control": a place retaken, told by the side that holds it again
_BACK_UNDER = re.compile(r"\b(?:back|again) under (?:the )?(?:full )?(ukrainian|our|kyiv['’]s|ukraine['’]s|russian|moscow['’]s|russia['’]s) control\b")


_SAYING_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+" + _SAYING_VERB)
_PRONOUN_SAID = re.compile(r"\b(?:it|he|she|they)\s+(?:also\s+)?(?:said|says|added|stated|insisted|stressed|told)\b")
# A party that said nothing: "no immediate comment from X", "X did not respond to a request"
_NO_COMMENT_FROM = re.compile(r"\bno (?:immediate |official |public )?(?:comments?|response|reaction|word) (?:from|by) (?:the )?$")
_NO_COMMENT_BY = re.compile(r"\s+(?:did not|didn['’]t|has not|have not|had not|declined to|would not|could not be reached to|"
                            r"was not available to) (?:immediately |yet |publicly )?(?:comment|respond)")
_CLAUSE_JOINT = re.compile(r"(?:,? and|;|, but|, while|, whereas) ")


def _last_clause_start(low: str, start: int, end: int) -> int:
    """Where the last clause joined by "and", "but" or ";" between start and end begins (0 when none)."""
    joint = 0
    for m in _CLAUSE_JOINT.finditer(low, start, end):
        joint = m.end()
    return joint


# Whose account a party answers ("Moscow's claims", "the Kremlin's reports"), and what it says: a gain
_ACCOUNT_OWNER = re.compile(r"\b(russia|moscow|kremlin|ukraine|kyiv|kiev)['’]s ")
# "the Kyiv-Moscow conflict", "Moscow or Kyiv": both capitals named together as the warring states
_CAPITALS_PAIRED = re.compile(r".*\b(?:Moscow|Kyiv|Kiev)(?:-| and | or )(?:Kyiv|Kiev|Moscow)\b", re.DOTALL)
_OWNED_GAIN = re.compile(r",? (?:that (?:\w+ ){0,4}?(?:had |has |have )?|of (?:the )?|about (?:the )?)"
                         r"(?:captur\w*|seiz\w*|took|taken|taking|liberat\w*|encircl\w*|occup\w*|gains?|advanc\w*)\b")


# «угруповання спростувало вкиди ворога про оточення сіл»: Kyiv's (or
# Moscow's) answer to an account of a gain whose place the sentence does not name.
_CYR_DENIED_ACCOUNT = re.compile(r"\b(?:спростува|спростов|опроверг|заперечи|заперечу|отрица|отверг|"
                                 # «назвав фейком заяви про ...»: the account called untrue
                                 r"(?:назва|назвал|называ|назива)\w*\s+(?:фейк|ложь|ложью|брехн|неправд|вигадк|выдумк))\w*\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:інформаці|информаци|повідомленн|сообщени|твердженн|утверждени|заяв|фейк|вкид|"
                                 # or the gain itself: «отрицают потерю контроля над», «спростував захоплення двох сіл»
                                 r"потер|втрат|захопл|захват|взятт|оточенн|окружени|окупаці|оккупаци)\w*")
# «сообщения о якобы захвате ... не соответствуют действительности»: the account named first, then called untrue
_CYR_ACCOUNT_UNTRUE = re.compile(r"\b(?:інформаці|информаци|повідомленн|сообщени|твердженн|утверждени|заяв)\w*\s+(?:[\w'’-]+\s+){0,6}?"
                                 r"(?:о|об|про|щодо)\s+(?:[\w'’«»\"-]+\s+){0,10}?(?:не соответству\w* (?:действительности|реальности)|"
                                 r"не відповіда\w* (?:дійсності|реальності)|(?:є|являются|является|это|це)\s+(?:\w+\s+)?"
                                 r"(?:фейк|ложь|брехн|неправд|дезинформаци|дезінформаці)\w*)")
# «Ця заява не відповідає дійсності», «такі твердження не мають нічого спільного з дійсністю»: the account just
# told called untrue in a sentence of its own
_BARE_UNTRUE = re.compile(r"(?:^|[:«\"„“–—-]\s*)(?:(?:ця|эта) )?(?:це|это|інформація|информация|(?:ці|такі) (?:повідомлення|заяви|твердження)|"
                          r"(?:эти|такие) (?:сообщения|заявления|утверждения)) (?:[\w'’-]+ ){0,2}?"
                          r"(?:не відповіда\w* (?:дійсності|реальності)|не соответству\w* (?:действительности|реальности)|"
                          r"не мають нічого спільного з (?:реальністю|дійсністю)|не имеют ничего общего с (?:реальностью|действительностью))")
_CYR_WAR_EVENT = re.compile(r"\b(?:захопл|захват|взятт|взяти|оточенн|окружени|окупаці|оккупаци|контрол|просуванн|продвижени|"
                            r"прорив|прорыв|вихід|выход|звільненн|освобождени)\w*")


def _cyrillic_account_answered(sentence: str, low: str, story: StoryFacts | None, staff_side: str, ministry_side: str | None,
                               gaz: Gazetteer) -> list[Statement]:
    """_account_answered in Ukrainian and Russian: the account must be about a gain in the war."""
    if "спрост" not in low and "опроверг" not in low and "запереч" not in low and "отрица" not in low \
            and "отверг" not in low and "назва" not in low and "назива" not in low and "называ" not in low \
            and "действительн" not in low and "дійсн" not in low and "фейк" not in low and "неправд" not in low \
            and "реальн" not in low:
        return []
    denied = _CYR_DENIED_ACCOUNT.search(low)
    if denied is None and ("действительн" in low or "дійсн" in low or "реальн" in low or "фейк" in low or "ложь" in low
                           or "брехн" in low or "неправд" in low or "дезин" in low or "дезін" in low):
        denied = _CYR_ACCOUNT_UNTRUE.search(low)
    # (the gain may be the object itself: «спростував захоплення»)
    if (denied is None or _CYR_WAR_EVENT.search(low, denied.start()) is None) and (denied := _BARE_UNTRUE.search(low)) is None \
            or QUESTION.search(low):
        return []
    actors = _actors(sentence, staff_side, ministry_side=ministry_side)
    if any(m.kind == "settlement" and not any(a.start <= m.start < a.end for a in actors)
           for m in find_places(sentence, gazetteer=gaz)):
        return []  # a settlement named: the placed path has had its say
    before = [a for a in actors if a.end <= denied.start()]
    if not before and (told := find_speaker(low, actors)) is not None and told.start >= denied.end():
        before = [told]  # «Информация о ... является фейком, заявил спикер»: the speaker named after
    if not before and lang_side(sentence) == "ua":
        # «Ця заява не відповідає дійсності.»: told in Ukrainian with no one named, Kyiv's own answer
        before = [ActorMention(denied.start(), denied.start(), Actor("", "ua"))]
    if not before or before[0].actor.side not in ("ru", "ua", "other"):
        return []
    speaker = before[0].actor
    return [_unplaced(sentence, story, "denial", speaker.side, bool(speaker.name), speaker=speaker.name or None)]


def _unplaced(sentence: str, story: StoryFacts | None, stance: str, side: str, named: bool,
              speaker: str | None = None, event: str = "control") -> Statement:
    """A statement that names no settlement, scored like every other (`named`: a speaker was named for it)."""
    names = features(stance, side, event, named, placed=False)
    if scoring.RECORD is not None:
        scoring.RECORD.append((names, stance, side, None))
    return Statement(
        sentence=sentence, speaker=speaker, side=side, stance=stance, event=event, place=None,
        confidence=confidence(names), story_id=getattr(story, "id", None),
        source=getattr(story, "source", None), published=getattr(story, "published", None),
    )


def _placeless_hedge(sentence: str, story: StoryFacts | None) -> Statement:
    """A reporter's "could not verify the report" when no place is named: hedge, other, place None."""
    return _unplaced(sentence, story, "hedge", "other", False)


_AIMED_AT = re.compile(r"\b(?:aim\w*|seek\w*|sought|tr(?:y|ies|ying|ied)|attempt\w*|bid|push|close|closer|intent|bent|plans?|planning|"
                       r"want\w*|hop\w*|prepar\w*|poised|threaten\w*|efforts?|goal|order\w*) (?:at |to |on |of |for )?(?:\w+ )?$")
# "more than 190 settlements since the beginning of the year": a running total, no news of its own
_RUNNING_TOTAL = re.compile(r"\bsince the (?:beginning|start) of\b|\bin total\b|\bso far (?:this|in)\b")
_SIDE_LOSSES = re.compile(r"\W*(?:[Tt]he )?(Russian|Ukrainian) (?:[\w-]+ )?losses (?:amounted|totall?ed|reached|were|came to|stood at)\b[^.;]*\d")
_OWN_AIR_DEFENCE = re.compile(r"\b(Russian|Russia['’]s|Moscow['’]s|Ukrainian|Ukraine['’]s|Kyiv['’]s) (?i:air[- ]defen[cs]es?)\b|"
                              # "Russia downs 40 drones": a country that shoots down as the headline's subject
                              r"^\W*(Russia|Moscow|Ukraine|Kyiv) (?:shoots|downs|destroys|intercepts|shot|downed|destroyed|intercepted)\b")
# What a strike did to people or buildings (not a count of places shelled)
_PEOPLE_OR_HOMES_HARMED = re.compile(r"\b(?:killed|killing|kills?|injur\w+|wounded|dead|died|damag\w+|destroy\w*)\b")
# "87 Ukrainian UAVs", "Russian cruise missiles": what was shot down, by whose side it was sent
_DOWNED_OF_SIDE = re.compile(r"\b(Ukrainian|Russian)\b (?:[\w-]+ ){0,2}(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?|"
                             r"aircraft|Shaheds?)\b", re.IGNORECASE)
# Weapons only one side fires, and the name Moscow's bulletins give Kyiv's long-range drones
_FIRED_BY_UA = re.compile(r"\b(?:HIMARS|ATACMS|Storm Shadows?|SCALP|JDAMs?|Hammer|Neptunes?|Vilkha|Tochka-U|Lyutyi|fixed-wing drones|aircraft-type)\b")
_FIRED_BY_RU = re.compile(r"\b(?:Shaheds?|Gerans?|Geran-2|Kalibrs?|Kh-\d+|Iskanders?|Iskander-M|Kinzhals?|Zircons?|Lancets?)\b")


def _weapon_shooter(sentence: str) -> str | None:
    """The side that shot down what a sentence names, when only one side fires those weapons."""
    ua_fired, ru_fired = _FIRED_BY_UA.search(sentence) is not None, _FIRED_BY_RU.search(sentence) is not None
    return "ru" if ua_fired and not ru_fired else "ua" if ru_fired and not ua_fired else None


_COUNTED_SETTLEMENTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:more |other |new |further )?"
                                  r"(?:[\w-]+ )?(?:villages|settlements|towns|localities|hamlets)\b")
_COUNTED_CAPTURE = re.compile(r"\b(?:captur\w*|took|taken|tak(?:e|es|ing)|seiz\w*|liberat\w*|occup(?:ied|ies|y)|freed|gained control|"
                              r"(?:restored|regained|re-established) control|recaptur\w*|retak\w*|retook|regain\w*)\b")
# «освободили шесть населённых пунктов», «звільнили два села»: the same count of settlements taken, in
# Russian or Ukrainian; «с начала года», «загалом»: a running total, no news of its own
_COUNTED_SETTLEMENTS_CYR = re.compile(
    r"(?<!\w)(?:\d+|дв[аеі]|три|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять|"
    r"несколько|кілька|"
    # the genitive after a noun or a preposition: «о захвате трех сел», «про захоплення двох сіл»
    r"двух|двох|тр[её]х|трьох|четыр[её]х|чотирьох|пяти|п['’]яти|шести|семи|восьми|нескольких|кількох) "
    r"(?:[\w'’-]+ )?(?:населен\w* пункт\w*|населённ\w* пункт\w*|сел[аоу]?\b|сёл\b|сіл\b)")
_COUNTED_CAPTURE_CYR = re.compile(r"(?<!\w)(?:освобо\w+|взял\w*|взят\w*|занял\w*|захвати\w*|захвачен\w*|звільни\w*|"
                                  r"звільнен\w*|захопи\w*|захоплен\w*|зайняли|взяли під контроль|установили контроль|"
                                  r"встановили контроль|захват\w*|взяти[еия]\b|взятт\w*)")
# «освободили ещё одно село в X области», «звільнили населений пункт», «Посёлок освобождён», «взятие этого
# посёлка ...»: one settlement taken by the side telling it, unnamed
_ONE_SETTLEMENT_CYR = (r"(?:населённ\w* пункт\w*|населенн?\w* пункт\w*|сел[оа]|пос[её]л(?:ок|ка)|селищ[ея]|деревн[юи]|хутор)"
                       r"(?![\w-])(?!,? (?:(?-i:[А-ЯІЇЄҐA-Z«\"“])|под |возле |около |поблизу |біля |неподалік |недалеко ))"
                       # («звільнили село від мін»: cleared, not taken)
                       r"(?! (?:від|от) (?:мін|мин|вибухо|взрыво|завал|сміття|мусора|снігу|снега))")
_UNNAMED_TAKEN_CYR = re.compile(
    r"(?<!\w)(?:(?:освободил[аи]?|звільнил[аи]?|(?:взял[аи]?|взяли) (?:под|під) (?:свой |свій )?контроль) "
    r"(?:(?:ещё|еще|ще|один|одно|одне|очередн\w+|ключев\w+|стратегічн\w+|стратегическ\w+|важн\w+|небольш\w+|невелик\w+|"
    r"этот|это|цей|це) ){0,2}" + _ONE_SETTLEMENT_CYR + r"|"
    r"(?<!за )(?<!на )(?<!для )(?:взятие|взяття|освобождение|звільнення) (?:этого|этой|цього|цієї|данного) " + _ONE_SETTLEMENT_CYR + r"|"
    r"^[«\"“]?(?:населённый пункт|населенный пункт|населений пункт|село|пос[её]лок|селище) (?:был[оа]? |було |полностью |повністю )*"
    r"(?:освобожд[её]н[оа]?|звільнен[оеий]?)(?!\w)|"
    # «село освободили бойцы ...», «посёлок удалось взять под контроль»: the place just named, taken, as the sentence's object
    r"(?:^|(?<=, ))[«\"“]?(?:этот |данный |цей |це )?(?:населённый пункт|населенный пункт|населений пункт|село|пос[её]лок|селище) "
    r"(?:удалось |вдалося )?(?:освободил[аи]?|звільнил[аи]?|взять под контроль|взяти під контроль|взял[аи]? под контроль|взяли під контроль)(?!\w)|"
    # «потіснили ворога на напрямку», «оттеснили противника»: the enemy pushed back, where not said
    r"(?<!не )(?:потіснил|потеснил|відтіснил|оттеснил|відкинул|отбросил)\w* (?:[\w'’-]+ )?(?:ворог\w*|противник\w*|врага|росіян|окупант\w*|оккупант\w*|россиян|всу|зсу)(?!\w)|"
    # «освобождено более 50% территории», «половина территории уже освобождена»: a share of land taken
    r"(?:освобожд[её]н[оаы]?|звільнен[оаі]?) (?:[\w%,.-]+ ){0,4}(?:территори|територі)\w*|"
    r"(?:территори|територі)\w* (?:[\w-]+ ){0,4}(?:уже |вже )?(?:освобожд[её]н[оаы]?|звільнен[оаі]?)(?!\w))", re.IGNORECASE)


# «ворог пошкодив N будинків», «загарбники зруйнували склад»: the enemy's damage, an attack told by its result
_ENEMY_HARMED_CYR = re.compile(r"(?<![\w'’])(?:окупант\w*|оккупант\w*|ворог|враг|росіяни|россияне|рашист\w*|загарбник\w*|"
                               r"російськ\w+ (?:військов\w+|армі\w+|війська)|российск\w+ (?:военн\w+|арми\w+|войска)|"
                               # Kyiv's forces named by Moscow's governors («ВСУ повредили подстанцию»), or by Kyiv of its own strike
                               r"ВСУ|ЗСУ|ВФУ|украинск\w+ (?:военн\w+|войска|беспилотник\w*|дрон\w*))\s+"
                               r"(?:[\w'’-]+\s+){0,2}(?:пошкодил\w*|пошкодив|понівечил\w*|понівечив|зруйнувал\w*|зруйнував|"
                               r"повредил\w*|разрушил\w*|поцілил\w*|поцілив|влучил\w*|влучив)(?![\w'’])", re.IGNORECASE)
_HARM_WORDS = ("пошкод", "понівеч", "зруйн", "повред", "разруш", "поціл", "влуч")
"""One of these is in every match of _ENEMY_HARMED_CYR."""


def _enemy_harmed_cyr(sentence: str) -> re.Match[str] | None:
    """_ENEMY_HARMED_CYR's match in a Cyrillic sentence with one of its verbs, else None."""
    if sentence.isascii() or not any(word in sentence for word in _HARM_WORDS):
        return None
    return _ENEMY_HARMED_CYR.search(sentence)


# The attacker named right after the attack: «об обстреле ВСУ», «удару російських військ», «атаки оккупантов».
_ATTACKER_CYR = re.compile(r"(?<!\w)(?:обстрел\w*|обстріл\w*|удар\w*|атак\w*|налет\w*|наліт\w*)\s+(?:со стороны\s+|з боку\s+)?"
                           r"(ВСУ|ЗСУ|ВФУ|украинск\w+|українськ\w+|Киев\w*|Києв\w*|"
                           r"российск\w+|російськ\w+|РФ|России|Росії|окупант\w*|оккупант\w*|ворога|врага)(?!\w)")


# A sentence that opens by counting the blasts recorded: «Зафіксовано N вибухів», «Было зафиксировано не менее N взрывов».
_EXPLOSIONS_RECORDED = re.compile(r"[«\"“]?(?:було |было )?(?:зафіксовано|зафиксировано|зафіксували|зафиксировали) "
                                  r"(?:не менше |не менее |понад |более |близько |около |щонайменше |ще |еще |ещё )?"
                                  r"[\w-]+ (?:[\w'’-]+ )?(?:вибух|взрыв)\w*")


_AIR_DEFENCE_CYR = re.compile(r"(?<!\w)(?:ПВО|ППО|РЭБ|РЕБ|противовоздушн\w+ оборон\w+|протиповітрян\w+ оборон\w+)(?!\w)", re.IGNORECASE)


def _downed_by_air_defence_cyr(sentence: str) -> bool:
    """«Они были сбиты силами ПВО»: air defence downed what the sentence does not count or name."""
    return ("ПВО" in sentence or "ППО" in sentence or "оборон" in sentence or "РЭБ" in sentence or "РЕБ" in sentence) \
        and _AIR_DEFENCE_CYR.search(sentence) is not None and SHOOTDOWN.search(sentence.lower()) is not None


# «уничтожен склад с горючим», «атаковали технику и живую силу противника», «знищили склад боєприпасів»:
# a side's hit on the enemy's forces, its place unnamed
_MILITARY_HIT_CYR = re.compile(r"(?<![\w'’])(?<!не )(?:уничтожил|уничтожен|поражен|поражён|поразил|знищил|знищив|знищен|уразил|уражен|атаковал)\w* "
                               r"(?:[\w'’-]+ ){0,3}"
                               r"(?:склад\w*|пункт\w* управлін\w*|пункт\w* управлен\w*|технік\w*|техник\w*|живу(?:ю)? сил\w*|живої сили|"
                               r"гаубиц\w*|пусков\w*|станци\w* (?:рэб|радиоэлектрон\w*)|склади|складів)(?![\w'’])", re.IGNORECASE)


def _military_hit_cyr(sentence: str) -> re.Match[str] | None:
    """_MILITARY_HIT_CYR's match in a Cyrillic sentence with one of its objects, else None."""
    if sentence.isascii() or not ("склад" in sentence or "техн" in sentence or "живу" in sentence or "живої" in sentence
                                  or "управл" in sentence or "гаубиц" in sentence or "пусков" in sentence or "станци" in sentence):
        return None
    return _MILITARY_HIT_CYR.search(sentence)


def _unnamed_taken_cyr(sentence: str) -> re.Match[str] | None:
    """_UNNAMED_TAKEN_CYR's match in a Cyrillic sentence that has one of its stems, else None."""
    if sentence.isascii() or not ("освоб" in sentence or "звільн" in sentence or "онтрол" in sentence or "взят" in sentence
                                  or "Освоб" in sentence or "Звільн" in sentence or "Взят" in sentence or "тісни" in sentence
                                  or "тесни" in sentence or "кинул" in sentence or "бросил" in sentence):
        return None
    return _UNNAMED_TAKEN_CYR.search(sentence)


# «за час війни», «за время СВО»: a count over the whole war, not a day's news
_WAR_LONG_CYR = re.compile(r"(?<!\w)(?:за (?:час|роки|весь час|время|годы|всё время|все время) (?:повномасштабн\w+ )?(?:війни|вторгнення|войны|вторжения|окупації|оккупации|сво))(?!\w)")
_RUNNING_TOTAL_CYR = re.compile(r"(?<!\w)(?:с начала|от начала|з початку|від початку|всего|в общей сложности|загалом|усього|всього)(?!\w)")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_RUNNING_TAIL = re.compile(r",? (?:bringing|taking|raising) (?:the|its|their) (?:overall |total |)(?:total|tally|number|count)\b")
_PRISONERS_CYR = re.compile(r"(?<!\w)(?:(?:взял[иа]?|взято|взяті|взяты|взят|захопил[иа]?|захопили) (?:[\w'’-]+ ){0,3}в (?:полон|плен)|"
                            r"в (?:полон|плен) (?:[\w'’-]+ ){0,2}(?:взял[иа]?|взято|взяті|взяты|взят|захопил[иа]?))(?!\w)")
# «відбили N атак», «зупинено N штурмів», «отразили N контратак»: a day's repulses counted, no settlement named
_COUNTED_REPULSE = re.compile(r"(?:відбил\w*|відбито|зупинил\w*|зупинено|отразил\w*|отражен\w*|отбил\w*) (?:вже |уже |ще |еще |ещё )?"
                              r"(?:(?:протягом|за|в течение) (?:минулої |минувших |прошедших )?(?:доби|суток|дня) )?"
                              r"(?:\d+|[а-яіїє'’]+) (?:[а-яіїє'’-]+ )?(?:атак|штурм|спроб|попыт|наступальн|наступательн|контратак|контрнаступ|вылаз|вилаз)")
# "repelled five Ukrainian attacks", "beat back the enemy's assaults", "thwarted attempts to break through":
# the same repulse in English, its settlements unnamed
_REPULSE_EN = gated(re.compile(r"\b(?:repel(?:s|led)?|repuls(?:e|es|ed)|beat(?:s|en)? back|fought off|fended off|thwart(?:s|ed)?|"
                               r"foil(?:s|ed)?)(?: [\w'’-]+){0,5}? (?:(?:counter-?)?attacks?|assaults?|attempts?|offensives?|advances|incursions?|breakthroughs?)\b|"
                               # a bulletin's count stopped: "stopped 38 assault and offensive actions"
                               r"\b(?:stopped|halted) (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)(?: [\w'’-]+){0,4}? "
                               r"(?:attacks|assaults|(?:assault|offensive|combat) actions)\b"))
# "all Russian attacks were repelled": the same repulse in the passive (whose, only a speaker says: the
# attacker is named, not the side that beat it back)
_REPULSE_PASSIVE_EN = gated(re.compile(r"\b(?:(?:counter-?)?attacks?|assaults?|attempts?|offensives?) (?:[\w-]+ ){0,2}(?:were|was|have been|had been|has been) "
                                       r"(?:all |successfully |effectively )?(?:repelled|repulsed|beaten back|thwarted|foiled)\b"))
# The word beginnings every English test of _placeless_hint needs, looked for at once: most sentences hold none.
_HINT_GATE = StartsGate(_PLACELESS_WORD, _UNNAMED_TAKEN, _TAKEN_PASSIVE, _REGION_FREED, _KYIV_WORDS_EN, _UNNAMED_ADVANCE,
                        _GROUND_WON, _TARGET_HIT, _TARGET_HIT_TOLD, _RAID_GROUP_DOWN, _REPULSE_EN, _REPULSE_PASSIVE_EN,
                        SHOOTDOWN, _OWN_PULLBACK, _LOCAL_TELLER_EN, _TELLS_EN)
# "in recent weeks", "over the past months": a summary of many days, no day's repulse
_SPAN_OF_DAYS = re.compile(r"\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several )?(?:days|weeks|months)\b")
# What a placeless strike must name beside its harm: the attack, its weapon or its attacker's aggression.
_ATTACK_CUE = rx(r"(?:удар|обстр|атак|терор|дрон|бпла|безпілотн|беспилотн|ракет|снаряд|бомб|шахед|вибух|взрыв|прил[еіь]т|агрес|вогн|відкри\w* вогонь|открыл\w* огонь|огн|попал|попад|влуч|"
                  r"скид|сброс|каб\b|били по|бил[аи]? по|shell|strik|struck|attack|drone|missile|bomb|rocket|fired|explosion|artiller|mortar|glide|shahed|debris|wreckage|uav|"
                  # "were hit by enemy fire", "hit by the enemy": the fire is the enemy's, no fire broke out
                  r"(?:enemy|russian|hostile) fire|hit by the enemy)")
_NO_HARM = rx(r"\b(?:никто не (?:пострадал|погиб|ранен)|ніхто не (?:постраждав|загинув)|без (?:постраждалих|пострадавших|жертв)|"
               r"обійшлося без|обошлось без|"
               # «обстрілів не було», «атак не зафиксировано»: a quiet day, no strike
               r"(?:обстріл|обстрел|атак|удар|прил[іе]т)\w* (?:[\w-]+ ){0,2}не (?:було|было|зафіксовано|зафиксировано|фіксувалося|фиксировалось)\b|"
               # «пострадавших в результате этого обстрела нет»
               r"(?:пострадавших|постраждалих|погибших|загиблих|жертв) (?:[\w-]+ ){0,6}(?:нет|немає|нема)\b)")
# The attack told as an act («окупанти обстрілюють X, без постраждалих»): a strike even when nobody was hurt.
_ATTACK_ACT = rx(r"\b(?:обстрілю\w*|обстріля\w*|обстрелива\w*|обстреля\w*|атакува\w*|атакову\w*|атаковал\w*|вдари\w*|удари(?:л|ли|ла|в)\b|"
                  r"завда\w* (?:[\w'’-]+ ){0,3}удар\w*|нан[ео]с\w* (?:[\w-]+ ){0,3}удар\w*|б['’]ють|бьют|гатять|гатили)")
_HABIT_OR_TREND = rx(r"\b(?:регулярно|постоянно|постійно|систематично|щоденно|ежедневно|збільшу\w*|увеличива\w*|нарощу\w*|наращива\w*|"
                      # «в ходе продолжающихся обстрелов»: the shelling as a backdrop, no strike of its own
                      r"продолжающ\w*|триваюч\w*|"
                      # "authorities rarely disclose the damage": what is usually so, no strike of the day
                      r"rarely|seldom|usually|routinely|regularly|frequently|almost never)\b")
_PLACELESS_EVENTS = ("shootdown", "losses", "strike")
# "the enemy shelled Ukrainian positions 282 times": a tally of fire on the front line, activity, not a strike
_POSITIONS_FIRED_ON = re.compile(r"\b(?:shelled|struck|attacked|fired (?:at|on)|hit) (?:the )?(?:ukrainian|our|russian|its|their|enemy|"
                                 r"the enemy['’]s) (?:[\w-]+ )?positions (?:(?!and\b|or\b)\w+ ){0,3}\d[\d,]* times\b")
_CIVILIAN_HARM = re.compile(r"\b(?:killed|killing|injur\w+|wounded|civilians?|residents?|houses?|homes?|damag\w+)\b")
# «ворог продовжує вести обстріли»: shelling going on, a strike only with its harm told
_GOES_ON_SHELLING = rx(r"\b(?:продовжу|продолжа)\w* (?:вести |вест[иь] )?(?:обстр|атак|удар|бомб|терор)\w*|"
                        r"\b(?:трива|ид[уе]т|йдуть)\w* (?:[\w'’-]+ )?(?:обстр|атак|удар|бомб)\w*|"
                        # the noun first: «обстрелы продолжились и утром», «атаки тривали всю ніч»
                        r"\b(?:обстр|атак|удар|бомбардир|бомбардув)\w* (?:[\w'’-]+ )?(?:продолжил|продолжа|продовжил|продовжу|тривал|трива)\w*")
# Drones or missiles said to have attacked a region, a community or what is on it (not troops attacking near
# a village): «ВСУ атаковали беспилотниками три района», «ворожі дрони атакували приватний сектор»
_AIR_ATTACKED_CYR = rx(r"(?:бпла|беспилотн\w*|безпілотн\w*|дрон\w*|ракет\w*|шахед\w*|авиаци\w*|авіаці\w*)(?: [\w«»\"()-]+){0,4} "
                        r"(?:атаковал[аи]?|атакував|атакувал[аи]|атакуют|атакують)\b(?! (?:[\w-]+ ){0,3}(?:позици|позиці|напрям|направлени))|"
                        r"(?:атаковал[аи]?|атакував|атакувал[аи])(?: [\w«»\"()-]+){0,4} (?:бпла|беспилотн\w*|безпілотн\w*|дрон\w*|ракет\w*|шахед\w*)"
                        r"(?! (?:[\w-]+ ){0,3}(?:позици|позиці|напрям|направлени))|"
                        r"(?:атаковал[аи]?|атакував|атакувал[аи]) (?:[\w-]+,? ){0,5}(?:муниципалитет|регион|област|район|округ|громад|населенн\w* пункт|"
                        r"населен\w* пункт|приватн\w* сектор|частн\w* сектор|сел[аоу]?\b|сёл|сіл\b)|"
                        # «села атакованы дронами»: the same told in the passive
                        r"(?:атакован[аоыи]?|атаковані|атакований|атакована) (?:[\w-]+ ){0,2}(?:бпла|беспилотник\w*|безпілотник\w*|дрон\w*|ракет\w*)|"
                        # «ворожа атака на промзону», «атака ворога на депо»: Kyiv's words for an attack that hit something
                        r"(?:ворож\w+ атак\w*|атак\w* ворога) (?:на|по) (?![\w'’-]*(?:позиці|напрям|рубеж))|(?:внаслідок|під|після) ворож\w+ атак\w*|"
                        # «нанесли удар по нефтебазе», «завдали удару по підстанції»: a strike on a named kind of target
                        r"(?:нанес\w*|нан[её]с|осуществи\w*|завда\w*|здійсни\w*) (?:[\w-]+ ){0,2}(?:удар\w*|атак\w*) по (?:[\w'’-]+ ){0,3}"
                        r"(?:инфраструктур|інфраструктур|узл|вузл|аэродром|аеродром|объект|об['’]єкт|город|міст|"
                        r"нпз|нефтебаз|нафтобаз|склад|подстанц|підстанц|предприят|підприєм|порт)\w*")


def _placeless_statements(sentence: str, story: StoryFacts | None, default_side: str, staff_side: str,
                          story_date: float | None, ministry_side: str | None = None) -> list[Statement]:
    """Claims that name no settlement ("air defences destroyed 31 drones over the Belgorod region",
    "Russia lost 1,030 troops in a day, the General Staff says"): the party's side, place None."""
    low = sentence.lower()
    text = low if len(low) == len(sentence) else sentence
    event = classify_event(text, sentence)
    # "Russia said it downed 40 drones; this could not be verified": the reporter's hedge follows the claim
    unverified = _CANNOT_VERIFY.search(text)
    told = text[:unverified.start()] if unverified is not None else text
    if event is None and latin_text(sentence) and (_unnamed_taken(sentence) is not None or (
            _COUNTED_SETTLEMENTS.search(text) is not None and _COUNTED_CAPTURE.search(text) is not None)):
        # "Russia claims to have taken another settlement", "restored control in five settlements"
        event = "control"
    elif event is None and latin_text(sentence) and _unnamed_advance(text) is not None:
        event = "control"  # "took back 40 square kilometres of territory": ground won
    taken_one = _unnamed_taken_cyr(sentence)
    if taken_one is not None and event is None:
        event = "control"  # «взятие этого посёлка ...»: the verbal noun alone
    if event in (None, "strike") and _military_hit_cyr(sentence) is not None:
        event = "losses"  # «атаковали технику и живую силу противника»: the enemy's forces hit, counted as its losses
    harmed = _enemy_harmed_cyr(sentence) if event in (None, "strike") else None
    if harmed is not None and (" не " in harmed.group() or _RUNNING_TOTAL_CYR.search(text) or _WAR_LONG_CYR.search(text)):
        harmed = None  # «окупанти не пошкодили ...», «зруйнували 300 будинків за час війни»: no strike, or a running total
    if harmed is not None:
        event = "strike"
    # "its forces captured two villages in the Donetsk region", "Russia says it captured a village in
    # the Donetsk region": a capture counted, its settlements unnamed
    counted = event == "control" and not has_negation(told) and (
        (latin_text(sentence) and _unnamed_taken(sentence) is not None)
        or (_COUNTED_SETTLEMENTS.search(text) is not None and _COUNTED_CAPTURE.search(text) is not None)
        or (not sentence.isascii() and _COUNTED_SETTLEMENTS_CYR.search(text) is not None
            and _COUNTED_CAPTURE_CYR.search(text) is not None and _RUNNING_TOTAL_CYR.search(text) is None)
        or taken_one is not None)
    if counted and (took := _COUNTED_CAPTURE.search(text) or _unnamed_taken(sentence)) is not None \
            and _AIMED_AT.search(text, max(0, took.start() - 40), took.start()):
        return []  # "aiming to capture two villages", "close to taking": an aim, not a capture
    # "Ukraine withdraws from two villages near Avdiivka": a pull-back counted, its settlements unnamed
    left = not counted and latin_text(sentence) and (_COUNTED_SETTLEMENTS.search(text) is not None
                                                     or _OWN_PULLBACK.search(text) is not None) \
        and (pulled := WITHDRAW.search(text)) is not None and not has_negation(told)
    if left:
        event = "control"
    # "180 square kilometres liberated, Syrskyi said": a party's own gain in area (an analyst's tally is not a claim)
    area = not counted and event == "control" and latin_text(sentence) and _AREA_MEASURE.search(text) is not None \
        and _COUNTED_CAPTURE.search(text) is not None and not has_negation(told)
    beaten = (_REPULSE_EN.search(text) or _REPULSE_PASSIVE_EN.search(text) if _SPAN_OF_DAYS.search(text) is None else None) \
        if latin_text(sentence) \
        else _COUNTED_REPULSE.search(text)
    # (the negation judged from the repulse on: «не дали закріпитися й відбили шість штурмів» repelled them)
    repulsed = event == "control" and not (counted or left or area) and beaten is not None \
        and not has_negation(text if latin_text(sentence) else text[max(0, beaten.start() - 12):])
    passive = repulsed and beaten.re is getattr(_REPULSE_PASSIVE_EN, "pattern", _REPULSE_PASSIVE_EN)
    # «взяли в полон 12 окупантів»: prisoners taken, a side's own gain with no settlement
    prisoners = event == "control" and not (counted or left or area or repulsed) and not sentence.isascii() \
        and (took := _PRISONERS_CYR.search(text)) is not None and not has_negation(text[max(0, took.start() - 12):])
    if event == "control" and not (counted or left or area or repulsed) and LOSSES.search(text) is not None:
        event = "losses"  # "improved their position and eliminated 375 soldiers": the count is the claim
    # "Russia said its forces had advanced further": a party's own advance, its place unnamed
    advanced = event == "control" and not (counted or left or area or repulsed) and latin_text(sentence) \
        and _unnamed_advance(text) is not None and not has_negation(told)
    if event not in _PLACELESS_EVENTS and not (counted or left or area or repulsed or advanced or prisoners):
        return []
    if event == "strike" and harmed is None and not STRIKE_RESULT.search(text) and (sentence.isascii() or not (_AIR_ATTACKED_CYR.search(text) or _area_struck_cyr(text))):
        return []
    if event == "strike" and (not (_ATTACK_CUE.search(text) or harmed is not None or latin_text(sentence) and _target_hit(text)
                                   or not sentence.isascii() and _area_struck_cyr(text))
                              or (_NO_HARM.search(text) and not _ATTACK_ACT.search(text))
                              or _HABIT_OR_TREND.search(text) or (not sentence.isascii() and AFTER_STRIKE_REPAIR.search(text))
                              or (_GOES_ON_SHELLING.search(text) and not STRIKE_HARM.search(text))):
        # «Поранені двоє чоловіків» names no attack; «никто не пострадал», «регулярно атакуют»,
        # «нарощує обстріли» tell of no strike that happened
        return []
    if event == "strike" and not sentence.isascii() and _EXPLOSIONS_RECORDED.match(text) and not STRIKE_HARM.search(text):
        return []  # «Зафіксовано 14 вибухів»: a bulletin's count of blasts, detail of a strike told before
    if event == "strike" and " times" in text and _POSITIONS_FIRED_ON.search(text) and not _CIVILIAN_HARM.search(text):
        return []  # "shelled our positions 150 times": fire on the front line counted, no strike on anyone
    # (a question as the placed path reads one: "where 53 explosions were recorded" asks nothing)
    asks = ("?" in sentence or not sentence.rstrip("»”\"' ").endswith((".", "!"))) and QUESTION.search(text)
    # "..., bringing the total since the war began to N": the running total appended says no history of the news
    recent = text[:tail.start()] if (tail := _RUNNING_TAIL.search(text)) is not None else text
    # "Russian troops have reportedly taken several settlements": a capture counted and hedged is the reporter's hedge
    hedged = (counted or left or advanced) and latin_text(sentence) and _HEDGE_WORD.search(told) is not None
    if HISTORY.search(recent) or asks or (HEDGE.search(told) and not hedged) or DENIAL.search(text):
        return []
    goal = GOAL.search(recent)
    if goal and not GOAL_EXCEPT.search(text, 0, goal.start()) and not (
            counted and (took := _unnamed_taken(sentence) or _COUNTED_CAPTURE.search(text) or taken_one) is not None
            and took.end() <= goal.start()):
        # (", taking two settlements in a push aimed at ...": the capture told before the goal stands)
        return []
    actors = _actors(sentence, staff_side, ministry_side=ministry_side)
    if unverified is not None:
        actors = [a for a in actors if a.end <= unverified.start()]  # (not the agency that cannot verify)
    speaker = find_speaker(text, actors)
    # the narrator's side as revise reads it: Kyiv's words written in Russian are Kyiv's
    language = strike_narrator_side(sentence) if event == "strike" else narrator_side(sentence)
    stance = "claim"
    if passive and (speaker is None or speaker.actor.side not in ("ru", "ua")):
        return []  # "the attacks were repelled" with no side speaking: whose repulse is unsaid
    if hedged and (speaker is None or speaker.actor.side not in ("ru", "ua")):
        return [] if is_history(sentence, story_date) else [_placeless_hedge(sentence, story)]
    if speaker is not None and speaker.actor.side in ("ru", "ua"):
        side, name, named = speaker.actor.side, speaker.actor.name, True
    elif advanced:
        return []  # an advance told by nobody, or by a reporter: narration, not a party's claim
    elif (counted or left) and speaker is not None and speaker.actor.side == "other" and speaker.actor.rank >= 2:
        # "N villages were taken, a mapping group says": the group's own finding
        stance, side, name, named = "confirmation", "other", speaker.actor.name, True
    elif counted and speaker is None and latin_text(sentence) and (taken := _COUNTED_CAPTURE.search(text)) is not None and (
            agent := next((a for a in actors if a.actor.side in ("ru", "ua") and a.actor.rank == 1), None)) is not None \
            and agent.start < taken.start() and not _RUNNING_TOTAL.search(text):
        # "Russian forces liberated five settlements", told by nobody: "liberated" is the side's own media
        # speaking (as for a named town); plain narration of a capture is the reporter's confirmation
        if "liberat" in text or (agent.actor.side == "ua" and TOOK_BACK.search(text)):
            side, name, named = agent.actor.side, None, False
        else:
            stance, side, name, named = "confirmation", "other", None, False
    elif repulsed and speaker is None and (beaten := (_REPULSE_EN if latin_text(sentence) else _COUNTED_REPULSE).search(text)) \
            is not None and (agent := next((a for a in actors if a.actor.side in ("ru", "ua")), None)) is not None \
            and agent.end <= beaten.start() and not any(a.actor.side == "other" for a in actors):
        # "Ukrainian defenders repulsed four enemy attacks", «ВСУ отразили 5 атак врага», told by nobody:
        # the side's own bulletin, as for a named place, whatever the language it is written in
        side, name, named = agent.actor.side, None, False
    elif speaker is not None and speaker.actor.side == "local" and event == "strike" and not sentence.isascii() \
            and (hit := _ATTACKER_CYR.search(sentence)) is not None:
        # «губернатор сообщил об ударе ВСУ по ...»: the side that was hit reports the harm, whichever region he heads
        side, name, named = ("ru" if hit.group(1)[:1] in "ВЗуУКк" else "ua"), speaker.actor.name, True
    elif speaker is not None and speaker.actor.side == "local" and (
            (region := next((m for m in find_places(sentence) if m.kind == "region"
                             # (or a district named after its centre: "in the Shebekino district")
                             or m.kind == "settlement" and m.country and _named_district(sentence, m)), None)) is not None
            or language is not None):
        # «губернатор Саратовської області», "in the Russian border region of Belgorod, the governor
        # said": the region he heads places him; else the language's state
        side, name, named = ("ru" if region is not None and sentence[region.start:region.end] in ("ДНР", "ЛНР")
                             else region.country if region is not None else language), speaker.actor.name, True
        # («глава ДНР»: Moscow's name for the region is its installed head's)
    elif speaker is not None and speaker.actor.side == "local" and event == "strike" and (hit := _ATTACKER.search(sentence)) is not None \
            and _PEOPLE_OR_HOMES_HARMED.search(text) is not None:
        # "two were killed in a Russian strike, local officials said": the side that was hit reports its harm
        side, name, named = ("ru" if hit.group(1).startswith(("Ukrain", "Kyiv", "Kiev")) else "ua"), speaker.actor.name, True
    elif speaker is None and language == "ru" and event == "strike" and _air_space_side(sentence) == "ua" \
            and not _RU_VOICE_STRIKE.search(text) and not _MOSCOW_REGION_NAME.search(sentence):
        # «обстрелам подверглись села трёх районов Харьковской области»: Ukraine's land hit, told in the
        # words of the side that was hit (not «ВС РФ нанесли удар»): Kyiv's, in Russian
        side, name, named = "ua", None, False
    elif speaker is None and language is not None:
        side, name, named = language, None, False
    elif event == "shootdown" and (own := _OWN_AIR_DEFENCE.search(sentence)) is not None:
        # "Russian air defence downed N drones", told by nobody: a side's own air defence reports its kills
        side, name, named = ("ru" if (own.group(1) or own.group(2)).lower().startswith(("russ", "mosc")) else "ua"), None, False
    elif event == "shootdown" and speaker is None and (home := _air_space_side(sentence)) is not None:
        # "it said 11 were downed over the Belgorod region, 28 over the Voronezh region": over one
        # country's regions only that country's air defence counts kills
        side, name, named = home, None, False
    elif event == "shootdown" and speaker is None and (downed := _DOWNED_OF_SIDE.search(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "Air defence destroyed 87 Ukrainian UAVs overnight": the drones' side names the side that downed them
        side, name, named = ("ru" if downed.group(1).lower().startswith("ukrain") else "ua"), None, False
    elif event == "shootdown" and speaker is None and (shooter := _weapon_shooter(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "shot down two HIMARS rockets and 40 fixed-wing drones", "downed 30 Shaheds": only one side fires these
        side, name, named = shooter, None, False
    elif event in ("losses", "shootdown") and speaker is None and actors and actors[0].start <= 12 and actors[0].actor.rank >= 2 \
            and actors[0].actor.side in ("ru", "ua") and not any(a.actor.side == "other" for a in actors):
        # "Battlegroup Yug ... eliminated 380 soldiers", "The air force destroyed 30 drones": a grouping or
        # service opening the bulletin's line tells its own kills
        side, name, named = actors[0].actor.side, actors[0].actor.name, True
    elif event == "losses" and speaker is None and _PLACELESS_DIGIT.search(sentence) and (loser := next(
            (a for a in actors if a.actor.side in ("ru", "ua") and a.actor.rank == 1), None)) is not None \
            and _TROOPS_LOST.match(sentence, loser.end) and not any(a.actor.side == "other" for a in actors):
        # "The Russian army lost 817 units of equipment": a count of the enemy's losses is its foe's tally
        side, name, named = ("ua" if loser.actor.side == "ru" else "ru"), None, False
    elif event == "losses" and speaker is None and (lost := _SIDE_LOSSES.match(sentence)) is not None \
            and not any(a.actor.side == "other" for a in actors):
        # "Ukrainian losses amounted to 1,500 people in a day, it added": the foe counts them
        side, name, named = ("ua" if lost.group(1).lower() == "russian" else "ru"), None, False
    elif speaker is None and event == "losses" and _ENEMY_LOST_UP_TO.search(sentence) is not None:
        # "The enemy lost up to 190 servicemen": Moscow's bulletin in English counts the foe's losses "up to" a figure
        side, name, named = "ru", None, False
    elif (speaker is None or speaker.actor.side == "local") and _KYIV_WORDS_EN.search(sentence):
        # "the enemy launched 119 shelling attacks", "Russian invaders fired at four settlements":
        # in English only Kyiv's officials call Russia's forces so, so the tally is Kyiv's
        side, name, named = "ua", speaker.actor.name if speaker is not None else None, speaker is not None
    else:
        return []  # English narration with no party speaking: whose claim is it?
    if taken_one is not None and not named and (agent := next((a for a in actors if a.actor.side in ("ru", "ua")
                                                               and a.end <= taken_one.start()), None)) is not None:
        side = agent.actor.side  # «ВСУ освободили село»: one liberates only for one's own side, whatever the language
    news = sentence[:tail.start()] if tail is not None else sentence
    if is_history(news, story_date) or is_recap(news, story_date):
        return []
    if area and side not in ("ru", "ua"):
        return []
    if left and side in ("ru", "ua"):
        # one's own troops pulled back is a concession; the enemy's, a claim
        withdrew = [a.actor.side for a in actors if a.end <= pulled.start() and a.actor.side in ("ru", "ua")]
        if not withdrew and _FOE_WORDS.search(text, 0, pulled.start()):
            stance = "claim"  # "the enemy retreated": the foe's pull-back in the speaker's own words
        else:
            stance = "confirmation" if (withdrew[-1] if withdrew else side) == side else "claim"
    if unverified is not None and not named:
        return []  # a hedge of a tally nobody is named as making
    said = _unplaced(sentence, story, stance, side, named, speaker=name, event=event)
    return [said, _placeless_hedge(sentence, story)] if unverified is not None or hedged else [said]


# "our units still hold part of the settlement", «наші війська тримають оборону в районі ...»: Kyiv's defenders
# holding out in a place named earlier or not at all (CLAIMS_GUIDE: a defender still holding denies)
_UA_HOLDERS = (r"(?:ukrainian|ukraine['’]s|our|defen[cs]e) (?:[\w-]+ )?(?:troops|forces|units|defenders|soldiers|servicemen) |"
               r"(?:українськ\w+|наші|зсу|сили оборони|підрозділи) (?:[\w'’-]+ )?|"
               r"(?:украинск\w+|наши|всу|силы обороны) (?:[\w-]+ )?")
_HOLD_VERBS = (r"(?:are |were |still |now |currently )*(?:hold(?:s|ing)?|control(?:s|ling)?|maintain(?:s|ing)?|keep(?:s|ing)?) "
               r"(?:some |certain |several |a few |the )?(?:positions|parts?|sections?|areas?|districts?|blocks?) (?:with)?in "
               r"(?:the |this |that )?(?:settlement|town|city|village|district)\b|"
               r"(?:ще |досі |все ще )?(?:тримають оборону|утримують|контролюють)|(?:еще |по-прежнему )?(?:держат оборону|удерживают|контролируют)")
# ... somewhere inside the place, not along a direction: an area, a part, a site of the town
_HELD_SPOT = rx(r"\b(?:в|у) район[іеу]\b|\bчастин\w*|\bчаст[ьи]\b|\bоб['’]?єкт\w*|\bобъект\w*|\bпозиці\w* (?:в|у)\b|\bпозици\w* в\b|"
                 r"\bквартал\w*|\bsettlement|\btown|\bcity|\bvillage|\bdistrict")
_UA_HOLD = rx(rf"\b(?:{_UA_HOLDERS})(?:\w+ )?(?:{_HOLD_VERBS})")
_NOT_A_SPOT = rx(r"напрям|направлен|direction|axis|front|фронт")
# «частина селища досі під контролем ЗСУ»: Kyiv's control of part of a place stated, the place unnamed
_UA_CONTROL_CYR = re.compile(
    r"(?<!\w)(?:част\w*|квартал\w*) (?:город\w*|міст\w*|сел\w*|пос[её]л\w*|населен\w* пункт\w*)(?: [\w'’-]+){0,3}[ ,–—-]+(?:[\w'’-]+ ){0,2}(?:під контролем|под контролем|контролюється|контролируется) "
    r"(?:всу|зсу|сил\w* оборони|силами оборони|украины|україни|українськ\w+ (?:військ\w*|сил\w*|захисник\w*)|"
    r"украинск\w+ (?:войск\w*|сил\w*|военн\w*|подразделен\w*)|наших)(?!\w)")


# "Kyiv concedes the enemy's assault groups got into the district", "a spokesman acknowledged Moscow's troops had taken
# half the village": a side conceding the foe's gain, the place unnamed (CLAIMS_GUIDE: the other side concedes)
_CONCEDED_GAIN = re.compile(r"(?<!had )(?<!had for the first time )\b(?:admit(?:s|ted)?|acknowledg(?:es|ed|e)|conced(?:es|ed|e))(?: for the first time)?(?: on \w+)?"
                            r"(?: that)? (?:the )?(Russian|Russia|Moscow|Ukrainian|Ukraine|Kyiv|Kiev)(?:['’]s)?(?: [\w-]+){0,2}? "
                            r"(?:(?:had|have|has|was|were|is|are) )?(?:captured|entered|invaded|taken|seized|progressing|advanced|advancing|made gains|broken through|"
                            r"broke through|gained ground)\b")


def _conceding(sentence: str) -> bool:
    """A cheap look for a verb of conceding before the full pattern."""
    return "admit" in sentence or "acknowledg" in sentence or "conced" in sentence


def _placeless_concession(sentence: str, story: Any, staff_side: str, ministry_side: str | None) -> list[Statement]:
    """A side admitting the foe's gain in a place the sentence does not name: its confirmation, no place."""
    conceded = _CONCEDED_GAIN.search(sentence)
    if conceded is None or QUESTION.search(sentence.lower()) or GOAL.search(sentence.lower()):
        return []
    gainer = "ru" if conceded.group(1).startswith(("Russia", "Moscow")) else "ua"
    told = [a for a in _actors(sentence, staff_side, ministry_side=ministry_side) if a.end <= conceded.start()]
    if not told or told[0].actor.side not in ("ru", "ua") or told[0].actor.side == gainer:
        return []
    side = told[0].actor.side
    return [_unplaced(sentence, story, "confirmation", side, True, speaker=told[0].actor.name)]


def _placeless_hold(sentence: str, story: Any, staff_side: str, ministry_side: str | None) -> list[Statement]:
    """Ukraine's defenders said to hold out inside a place the sentence does not name: a denial of Kyiv, no place."""
    low = sentence.lower()
    held = _UA_HOLD.search(low)
    if held is None and not low.isascii() and "контрол" in low:
        held = _UA_CONTROL_CYR.search(low)  # part of an unnamed town held by Kyiv's troops
    if held is None or _HELD_SPOT.search(low, held.start()) is None or _NOT_A_SPOT.search(low) or has_negation(low) \
            or GOAL.search(low) or QUESTION.search(low) or HEDGE.search(low):
        return []
    told = find_speaker(low, _actors(sentence, staff_side, ministry_side=ministry_side))
    if told is not None and told.actor.side not in ("ua", "local"):
        return []  # a foe or an analyst saying Kyiv holds is no denial of Kyiv's
    return [_unplaced(sentence, story, "denial", "ua", told is not None, speaker=told.actor.name if told is not None else None)]


def _air_space_side(sentence: str) -> str | None:
    """The one country whose regions a sentence names (Crimea aside, which both sides' tallies name)."""
    countries = {m.country for m in find_places(sentence) if (m.kind == "region" and m.area not in _CRIMEA)
                 or (m.kind == "settlement" and _tallied_region(sentence, m))}
    if not countries and not sentence.isascii() and ("район" in sentence or "округ" in sentence):
        countries = _district_countries(sentence)
    return countries.pop() if len(countries) == 1 and countries <= {"ru", "ua"} else None


# «Богодуховского, Изюмского и Купянского районов», «Грайворонского округа»: districts named by their centre's adjective
_DISTRICT_LIST = re.compile(r"((?:[А-ЯІЇЄ][а-яіїє'’]+(?:ского|ського|цкого|цького|ском|ському|цком|цькому)(?:,\s*|\s+(?:и|і|та|й)\s+))*"
                            r"[А-ЯІЇЄ][а-яіїє'’]+(?:ского|ського|цкого|цького|ском|ському|цком|цькому))\s+(?:район|округ)\w*")
_DISTRICT_WORD = re.compile(r"[А-ЯІЇЄ][а-яіїє'’]+")


def _district_countries(sentence: str) -> set[str]:
    """The countries of the districts a Cyrillic sentence names by their centres' adjectives (a centre
    the gazetteer knows, in Ukraine's oblasts or Russia's border regions; others say nothing)."""
    gaz = Gazetteer.load()
    out: set[str] = set()
    for listed in _DISTRICT_LIST.finditer(sentence):
        for word in _DISTRICT_WORD.findall(listed.group(1)):
            stem = re.sub(r"(?:ого|ому|ом)$", "", word)  # «Купянского» -> «Купянск», «Изюмского» -> «Изюмск»
            for name in (stem, stem[:-2] if stem.endswith(("ск", "цк")) else stem[:-3]):
                place = gaz.resolve(name)
                # (a district is named after a town: a village spelt like a clipped stem is not its centre)
                if place is not None and place.kind in ("city", "town") \
                        and (place.oblast in UKRAINIAN_OBLASTS or place.oblast in _RU_BORDER):
                    out.add("ua" if place.oblast in UKRAINIAN_OBLASTS else "ru")
                    break
    return out


_GENERIC_SPEAKERS = frozenset((None, "Russia", "Ukraine"))
_CAPITALS = frozenset(("Kyiv", "Moscow"))
_GOVERNMENT_NAMED = re.compile(r"['’]s?\b| (?:did|does|has|have|had) not\b| (?:declined|refused)\b")


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
           speaker: ActorMention | None | Literal[False] = False, ministry_side: str | None = None) -> tuple[str, str, str | None, str] | None:
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


# A clause of names only, with their regions and the words that join them: «А, Б та В X-ської області».
_NAMES_ONLY = re.compile(r"\s*(?:(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]*|област\w*|район\w*|громад\w*|oblasts?|regions?|та|і|й|и|and)[\s,.]*)+")


def _voices(orig: str, event: str, default_side: str, staff_side: str, actors: list[ActorMention],
            east_side: str = "ru", speaker: ActorMention | None | Literal[False] = False, ministry_side: str | None = None) -> list[Voice]:
    """Who says what in a sentence: usually one voice; two when clauses answer each other."""
    n = len(orig)
    if "; " in orig:
        # "Russia claims capture of Kupiansk; Ukraine says city still held": one voice per clause.
        out, start = [], 0
        for clause in orig.split("; "):
            clause_low = clause.lower()
            # "Moscow claims Vovchansk; Kyiv calls it a lie": an answering clause is about the sentence's event.
            answer_event = event if (DENIAL.search(clause_low) or HEDGE.search(clause_low)) else None
            if out and out[-1][5] == start - 2 and not clause.isascii() and _NAMES_ONLY.fullmatch(clause):
                # «під ударом були А, Б X-ської області; В, Г Y-ської області»: a list with no verb of its own
                # goes on with the clause before it
                out[-1] = (*out[-1][:5], start + len(clause))
                start += len(clause) + 2
                continue
            found = _voice(clause, default_side, staff_side, answer_event, east_side=east_side, ministry_side=ministry_side,
                           actors=_clause_actors(actors, start, start + len(clause)))
            if found:
                out.append((*found, start, start + len(clause)))
            elif out and _CANNOT_VERIFY.search(clause.lower()):
                # "...; Reuters could not confirm when the video was filmed": the reporter hedges what came before.
                out.append(("hedge", "other", None, out[-1][3], start, start + len(clause)))

            start += len(clause) + 2
        if len(out) > 1 and out[-1][1] in ("ru", "ua") and out[-1][2] is not None:
            # «у сел. A загинув чоловік; у сел. B ...; у с. C ...», - написав X»: the one who wrote it speaks for
            # every clause that names no one of its own
            out = [(v[0], out[-1][1], out[-1][2], *v[3:]) if v[0] == "claim" and v[1] == "other" and v[2] is None
                   and v[3] == out[-1][3] else v for v in out]
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
        # "Kyiv's ministry, in a statement on Tuesday, also dismissed ...": a tail with no party of
        # its own before its verb is the head's own predicate, not a second voice.
        verb = _SPLIT_VERB.search(low, split.end())
        subjectless = not has_cyrillic(low) and verb is not None and not any(
            split.end() <= a.start < verb.start() for a in actors if a.actor.side in ("ru", "ua"))
        joined = low.startswith(",", split.start()) and low[split.start():split.end()].rstrip().endswith(" and")
        if head and tail and head[0] == "claim" and head[1] in ("ru", "ua") and tail[0] in ("claim", "hedge") \
                and tail[1] in ("ru", "ua") and tail[1] != head[1] and _STILL_FOUGHT.search(low, split.end()):
            # "Russia claimed X, though Kyiv contends fighting there is still going on": the other side disputes it
            tail = ("denial", *tail[1:])
        if head and tail and not subjectless and (head[1] in ("ru", "ua") or (joined and head[1] == "other")) \
                and tail[1] in ("ru", "ua") and head[1] != tail[1] and not says_only:
            return [(*head, 0, n), (*tail, 0, n)]
    counter = COUNTER.search(low) if ("," in low or " while " in low or " whereas " in low or " but " in low) and len(low) == n else None
    if counter and ATTEMPT_ONLY.search(low, 0, counter.start()) and not REPORT.search(low, 0, counter.start()):
        counter = None  # "Russian troops tried to storm X but were repelled, Kyiv says": one voice tells the attempt and its end
    if counter and (bare := _BARE_DENIAL.match(low, counter.end())):
        # "Kyiv's navy praised the marines, but rejected Moscow's reports that ...": the tail has no subject
        # of its own, so the head's speaker denies; the head counts only if it reports an event itself.
        before = [a for a in actors if a.end <= counter.start()]
        spoke = find_speaker(low[: counter.start()], before) or next(iter(before), None)
        if spoke is not None and spoke.actor.side in ("ru", "ua"):
            joined = orig[: spoke.end] + " " + orig[bare.start():]
            found = _voices(joined, classify_event(joined.lower(), joined) or event, default_side, staff_side,
                            _actors(joined, staff_side, east_side, ministry_side), east_side, ministry_side=ministry_side)
            head_event = classify_event(low[: counter.start()], orig[: counter.start()])
            head = _voice(orig[: counter.start()], default_side, staff_side, head_event, east_side=east_side,
                          ministry_side=ministry_side) if head_event else None
            return ([(*head, 0, counter.start())] if head else []) + [(*v[:4], counter.start(), n) for v in found]
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
    relative = _RELATIVE_SAID.search(low) if event == "control" and ("which" in low or "that" in low) and len(low) == n else None
    if relative:
        # "Kyiv's brigades still hold the west of X, which Moscow's generals say they took last week": the
        # relative clause is the other party's claim, the main clause the speaker's own word.
        verb = relative.group("verb")
        party = next((a for a in actors if relative.end() <= a.start < relative.start("verb")
                      and a.actor.side in ("ru", "ua")), None)
        head = _voice(orig[: relative.start()], default_side, staff_side, event, east_side=east_side, ministry_side=ministry_side,
                      actors=_clause_actors(actors, 0, relative.start())) if party else None
        if party and head and head[1] in ("ru", "ua") and head[1] != party.actor.side and verb:
            return [(*head, 0, relative.start()), ("claim", party.actor.side, party.actor.name, event, relative.start(), n)]
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
    found = [(stance, side, name, event, 0, n)]
    if event == "control" and " after " in low and (later := _AFTER_PULLOUT.search(low)) is not None:
        # "Moscow claimed X on Saturday, hours after Kyiv's army said it had pulled its units out": the
        # earlier word is the other side conceding the same town.
        party = next((a for a in actors if later.start() < a.start < later.start("verb") and a.actor.side in ("ru", "ua")), None)
        if party is not None and party.actor.side != side:
            found.append(("confirmation", party.actor.side, party.actor.name, event, 0, n))
    if event == "control" and " whose " in low and (hailed := _WHOSE_CAPTURE.search(low)) is not None:
        # "troops withdrew from X, whose capture Russia recently hailed": the other side's claim to it
        party = next((a for a in actors if hailed.start() < a.start < hailed.start("verb") and a.actor.side in ("ru", "ua")), None)
        if party is not None and party.actor.side != side:
            found.append(("claim", party.actor.side, party.actor.name, event, 0, n))
    if event == "control" and " after " in low and (later := _AFTER_TAKEN.search(low)) is not None:
        # "Ukraine said it withdrew from X, a week after Moscow announced it had taken it": the earlier
        # word is the other side's claim to the same town.
        party = next((a for a in actors if later.start() < a.start < later.start("verb") and a.actor.side in ("ru", "ua")), None)
        if party is not None and party.actor.side != side:
            found.append(("claim", party.actor.side, party.actor.name, event, 0, n))
    return found


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
_CANNOT_VERIFY = rx(
    r"\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|unable to|(?:has|have) not been able to|(?:was|were) not able to|"
    r"(?:wasn't|weren't) able to|(?:hasn't|haven't) been able to)"
    r"(?: immediately| independently)?(?: be)?(?: been)?(?: immediately)?(?: independently)? (?:verif\w+|confirm\w*|check\w*)|"
    r"\bnot (?:be )?(?:been )?independently (?:verified|confirmed|checked)|\bcould be (?:independently )?checked|"
    r"\b(?:hard|difficult|impossible|not possible|no way) to (?:independently )?(?:assess|verify|confirm|establish)\b|\b(?:has|have) yet to (?:independently )?(?:verify|confirm)\b|"
    # an analyst's "has not yet observed visual confirmation of", "have not observed evidence to support"
    r"\b(?:has|have|had) not (?:yet )?(?:observed|seen) (?:any )?(?:visual |independent |geolocated |photographic )?(?:confirmation|evidence)\b(?: to (?:support|back|confirm|corroborate)\b)?|"
    r"перевірити (?:\w+ ){0,9}(?:не вдалося|неможливо|не може)|проверить (?:\w+ ){0,9}(?:не удалось|невозможно|не может)|"
    r"не (?:змогл\w*|зміг|смог\w*) (?:\w+ )?(?:перевірити|проверить|підтвердити|подтвердить)")

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
_AND_TOWN = re.compile(r",?\s*(?:and|or)\s+(?:the (?:[\w-]+ )?(?:town|city|village) of\s+)?|,\s*")
_IN_COMPASS = re.compile(r"\bin (?:the )?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+$")
# "26 over the Belgorod region, 25 over Bryansk": a tally over regions, the region's word left out after the first
_COUNT_OVER = re.compile(r"\b\d+ (?:more )?over $")
_OVER_REGION = re.compile(r"\bover the [\w-]+ (?:region|oblast)\b")
# An unnamed village placed by a named town.
_NEAR_VILLAGE = gated(re.compile(r"\b(?:villages?|settlements?|hamlets?|towns?|села?|сіл|сёл|селище|населен\w* пункт\w*)\s+(?:near|close to|outside|around|"
                           r"along (?:a|the) (?:[\w-]+ )?(?:road|railroad|railway|highway|route) (?:to|from)|"
                           r"(?:to the )?(?:north|south|east|west)\w*(?: and (?:north|south|east|west)\w*)? of|on the outskirts of|біля|поблизу|під|около|возле|под)\s+"
                           # "a village near the Russian stronghold of X", "villages outside the key hub of X", headline "village close to key hub of X"
                           r"(?:(?<=near )|(?<=outside )|(?<=close to )|(?<=around ))?(?:(?:eastern |southern |northern |western |central )?(?:ukraine['’]s |russia['’]s ))?"
                           r"(?:(?:the )?(?:[\w-]+ ){0,2}(?:stronghold|hub|town|city|village) of\s+)?$|"
                           # «ближайшие к городу X населенные пункты», «за пределами города X»: around the place, not it
                           r"(?<![^\W\d_])(?:ближайш\w*|соседн\w*|прилегающ\w*|найближч\w*|сусідн\w*) (?:к|до) (?:город\w* |міст\w* |сел\w* )?$|"
                           r"(?<![^\W\d_])(?:за пределами|за межами|поза межами) (?:город\w* |міст\w* |сел\w* )?$"))

# Control widened past a place holds it: «расширили зону контроля за пределами села X».
_BEYOND_GAIN = rx(r"\b(?:контрол\w*|продвину\w*|просуну\w*) (?:[\w'’-]+ ){0,3}(?:за пределами|за межами|поза межами) (?:\w+ )?$")

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
_LAUNCHED_FROM = re.compile(r"\b(?:launched|fired|took off|flying in|flew in) from (?:the )?(?:areas? of |direction of |region of )?|"
                            r"\bfrom the directions? of |\b(?:з|із|зі) напрямк\w*:? |\bзапущен\w* (?:з|із) (?:район\w* )?|"
                            r"\b(?:с|со) направлени\w*:? |\bзапущен\w* (?:из|с) (?:район\w* )?")
# Words every match of the pattern contains: a window holding none of them skips the scan.
_TOWARD_WORDS = ("toward", "direction of", " к ", " до ", "наступ на", "наступу на", "наступом на", "наступі на",
                 "наступление на", "наступления на", "наступлением на", "наступлении на", "наступлению на", "направлении", "направлению", "направлениям", "направлениях", "напрямку", "напрямках", "сторону", " бік ", "closer", "approach", "continu",
                 "ing for", "ed for", "further", "verge", "brink", "cusp")
# "advancing on Seversk from two directions": where they head, unless the sentence says they got there.
_ADVANCING_ON = re.compile(r"\b(?:advancing|advance|closing in|marching|converging) on (?:the )?(?:(?:[\w-]+ ){0,3}(?:city|town|village|hub) of )?$|"
                           r"\b(?:are|is|were|was) (?:also |now |still )?(?:advancing|heading|moving) to $")  # "units are advancing to X": not there yet
_FROM_ORIGIN = re.compile(r"\b(?:advanc\w*|attack\w*|mov(?:e|es|ed|ing)|assault\w*|strik(?:e|es|ing)) (?:[\w'’,-]+ ){0,8}?from "
                          r"(?:the (?:direction|area|side) of )?$")
# The clause of an action still going on, up to the place it is at: «продовжують наступальні дії поблизу X».
_STILL_FIGHTING_CYR = re.compile(r"\b(?:продовжу|продолжа)\w* (?:[\w'’-]+ ){0,2}(?:дії|действия|бої|бои|наступ\w*|штурм\w*|оборон\w*)\b[^,;.]{0,40}$")
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
_HEADING_CYR = re.compile(r"(?<!\w)(?:в|у|по) (?:направлени[еяюи]\w*|напрямк\w*|напрям\w*|сторону|бік) (?:к |до )?"
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
                              r"(?<=\w), and (?:north|south|east|west)(?:east|west)?(?:ern)? of\s*$")

# "Kyiv was also attacked by drones": the capital as what was hit, not as the government that speaks
_STRUCK_AFTER = re.compile(r" (?:was|were|has been|had been) (?:also |again |once again |then )?(?:attacked|hit|struck|targeted|shelled|bombed)\b")
# Between such words and a place: only other names of a list ("Kursk, Bryansk and ").
_LIST_GAP = re.compile(r"(?:the (?:[\w-]+ ){0,2}(?:city|town|village|settlement|hub) of )?(?:[A-ZА-ЯІЇЄҐ][\w'’.-]*(?: [A-ZА-ЯІЇЄҐ][\w'’.-]*)*"
                       # «Міллерово – рф, »: the air force's list tags each country's launch sites
                       r"(?:\s*[–—-]\s*(?:рф|РФ))?(?:,\s*(?:and\s+)?|\s+(?:and|та|і|и|й)\s+))*")

# Between a town and the next in a list: ", ", " and ", « та ».
_LIST_NEXT = re.compile(r",\s*|\s+(?:and|та|і|и|й)\s+")

# A capital or a city named as the one who answers: "rejected by Kyiv", "denied by Moscow".
_BY_SPEAKER = re.compile(r"\b(?:rejected|denied|dismissed|disputed|refuted|contested|confirmed|claimed|announced|reported)"
                         r" (?:\w+ )?by (?:officials in )?$")

# Questions and features, not reports: "where", "how", "what we know", "photo report".
QUESTION = rx(r"\b(?:як|куди|чому|навіщо|що відомо|хто|как|куда|почему|зачем|что известно|how|why|what we know|"
               r"what is known|where|фоторепортаж\w*|photo ?report|in pictures|explainer)\b")
# «В Росії заявили про окупацію X, що відомо»: a claim told first, the teaser after it asks nothing.
_CLAIM_THEN_TEASER = rx(r"\b(?:заяви\w*|заявля\w*|стверджу\w*|оголоси\w*|объяви\w*|claim\w*|announc\w*)\b[^?]*"
                         r"[,:—–-]\s*(?:що відомо|что известно|what we know|what is known)\W*$")

# The words GROUND_ACTIVITY needs after its verb: a cheap scan first.
_MAYBE_ACTIVITY = re.compile(r"near|conduct|carr|toward|around|within|direction|area|outskirts|edge|approaches|біля|поблизу|район|напрям|направлен|сторону")

# A comma, then another party answering: "..., the Ukrainian side denies it", "..., у ЗСУ це заперечують".
_STILL_FOUGHT = re.compile(r"\b(?:fighting|battles?|clashes|combat)\b[^,;.]{0,40}\b(?:continu\w+|ongoing|under ?way|going on)\b")
_OTHER_VOICE = re.compile(
    r",\s+(?:(?:однако|але|а|но|but|while|whereas|though|тоді як|тогда как)\s+(?=[^,;]{0,50}\b(?:says|said|insists?|contends?|maintains?|кажуть|каже|"
    r"заявля\w*|заявил\w*|признал\w*|визнал\w*|говорят|говорить|тримають|утримують|удерживают|контролюють|контролируют|"
    r"обороняють|обороняют)\b)|(?=[^,;]{0,50}\b(?:denied|denies|deny|rejects|rejected|"
    r"dismissed|dismisses|заперечу\w*|спростову\w*|опроверга\w*|неправда|признал[аи]?|визнал[аи]?|визнав)\b)|"
    # a headline's second party: "Kremlin claims X, Kyiv says Y"
    r"(?=(?:kyiv|kiev|moscow|ukraine|russia|the kremlin|kremlin)\s+(?:says|said|insists)\s+(?:that\s+)?[a-z]))|"
    # "footage shows X, and Russian milbloggers claimed that ...": a second speaker joins with its own claim
    r",\s+and\s+(?=(?:the )?(?:russian|ukrainian|kremlin|kyiv|moscow)[^,;]{0,40}\b(?:claimed|claims|said|says|reported)\b[^,;]{0,25}?\bthat\b)")

# A sentence that opens by saying where its place lies is geography.
_GEO_OPENING = re.compile(r"(?:The (?:city|town|village|settlement) of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,?"
                          r" (?:is |was )?(?:(?:\w+ )?(?:situated|located)|lies|(?:roughly |about |halfway )?(?:in-between|between)\b)\b")
_BOTH_SIDES = re.compile(r"\b(?:casualties|losses|dead|killed|wounded) (?:\w+ )?on both sides\b|\bboth sides (?:have )?(?:suffered|sustained|took)\b")

# "during the retreat of Ukrainian troops from X": X dates another event, it is not where a claim is.
# "confirms capturing X", "confirmed that its troops had taken X": a capture word right after the confirming verb.
_CONFIRMS_CAPTURE = re.compile(r"\bconfirm(?:s|ed)? (?:that )?(?:(?:its|their|the) (?:troops|forces|units) (?:have |had |has )?)?"
                               r"(?:captur\w*|seiz\w*|tak(?:en|ing)|liberat\w*|took)\b")
_POSSESSIVE_PLACE = re.compile(r"(?<=['’]s) (?!(?:[\w-]+ )?(?:troops|forces|army|units|soldiers|military)\b)")
# Where people were moved to or treated: "taken to a hospital in X", "bused to the town of X", "evacuated to X".
_MOVED_TO = re.compile(r"\b(?:taken|evacuated|transferred|brought|bused|bussed|relocated|transported|hospitali[sz]ed|treated)"
                       r" (?:to |in )(?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:(?:hospital|clinic|morgue|camp|shelter|colony|town|city|village) (?:in|of) )?$")
_DURING = re.compile(r"\bduring (?:the|their|its|our) (?:[\w'’-]+ ){0,2}(?:retreat|withdrawal|pullout|evacuation|battle|defen[cs]e|siege|"
                     r"storming|fighting) (?:[\w'’-]+ ){0,4}(?:from|for|of|in|at|on) (?:the (?:[\w-]+ )?(?:city|town|village) of )?$")

# A clause after "but" that starts with its verb: "..., but rejected Moscow's reports that ...".
_BARE_DENIAL = re.compile(r"(?:also |later |then )?(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b")
_SPLIT_VERB = re.compile(r"\b(?:denied|denies|deny|rejects|rejected|dismissed|dismisses|says|said|insists?)\b")

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
    return not (RESULT.search(rest) or CAPTURE_RE.search(rest) or _FAILED.search(sentence)
                or DENIAL.search(sentence) or STILL_HOLDS.search(rest) or HEDGE.search(sentence) or FOILED.search(sentence))


# The place an attempt or an approach is aimed at: "close to capturing X", "trying to gain a foothold in X".
_NOT_YET = re.compile(r"\b(?:(?:close|closer|near) to (?:capturing|taking|seizing|encircling|surrounding|reaching)|"
                      r"(?:try|tries|trying|tried|attempt(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|striv(?:e|es|ing)) to (?:gain a foothold|advance|push|break through|break into|"
                      r"enter|storm|infiltrate|capture|take|seize|encircle|surround|reach)(?: [\w-]+){0,2}?(?: in| into| on| near| at| toward| towards)?|"
                      # a place named as the aim: "in a bid to encircle X", "efforts to take the nearby town of X"
                      r"(?:drive|bid|push|efforts?|offensive|campaign|aims?|aimed|plans?|seeks?|seeking) to (?:capture|take|seize|encircle|"
                      r"surround|reach|enter|storm|cut off))"
                      r"\s+(?:the (?:[\w-]+ )?(?:town|city|village|settlement) of )?$")
REPELLED_WORD = re.compile(r"\b(?:repel\w*|repuls\w*|fought off|beat(?:en)? back|thwart\w*|foiled|"
                           r"(?:stopped|halted) (?:the )?(?:[\w'’-]+ )?(?:attempts?|attacks?|assaults?|efforts?))")

# "the Zaporizhzhia plant": the nuclear plant, in Enerhodar.
_BARE_PLANT = re.compile(r"\s(?:plant|station)\b")
# Nuclear plants named after a city they do not stand in: the town that has the plant
_NPP_TOWN = {"Zaporizhzhia": "Enerhodar", "Kursk": "Kurchatov", "Rivne": "Varash", "Khmelnytskyi": "Netishyn"}
_NUCLEAR_AFTER = re.compile(r"\s(?:nuclear (?:power )?(?:plant|station)|NPP|АЕС|АЭС)\b", re.IGNORECASE)

# A unit named after a place: «корпус «Азов»», «бригада Азов», "the Azov brigade".
_UNIT_BEFORE = re.compile(r"(?:[Кк]орпус\w*|[Бб]ригад\w*|[Пп]олк\w*|[Бб]атал[ьі]\w*|[Cc]orps|[Bb]rigade|[Rr]egiment|[Bb]attalion)"
                          r"\s+[«\"“]?$|"
                          # the units' abbreviations: «пресслужба 24 ошб "Айдар"», «47 ОМБр «Маґура»»
                          r"(?<![\w-])(?:ошб|ошп|ошбр|омбр|одшбр|обр|омпб|ОШБ|ОШП|ОШБр|ОМБр|ОДШБр|ОБр|ОМПБ)\s+[«\"“]$|"
                          # a grouping's name stands in quotes: «группировкой украинских войск "Таврия"»
                          r"(?:[Гг]руппировк\w*|[Уу]груповання|ОСУВ|ОСГВ|ОТУ|ОТГ)(?: [\w-]+){0,3}\s+[«\"“]$|"
                          # a facility named after a town: «газоизмерительную станцию «Суджа»», «шахта «Торецкая»»
                          r"(?:[Сс]танци\w*|ГИС|ГРС|[Зз]авод\w*|[Шш]ахт\w*|[Кк]омбинат\w*|[Аа]эродром\w*|ТЭЦ|ТЭС|НПЗ|[Пп]ункт\w* пропуска)\s+[«\"“]$")
_UNIT_WORD = gated(re.compile(r"[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion"))
_UNIT_AFTER = re.compile(r"[»\"”]?\s+(?:[Bb]rigade|[Cc]orps|[Rr]egiment|[Bb]attalion)\b")
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
_ATTACKER = re.compile(r"\b(Ukrainian|Ukraine['’]s|Kyiv['’]s|Kiev['’]s|Russian|Russia['’]s|Moscow['’]s) (?:[\w-]+ )?"
                       r"(?:drones?|UAVs?|artillery|shelling|shells|missiles?|rockets?|strikes?|(?:glide )?bombs?|MLRS|HIMARS|forces|troops|army|soldiers)\b")
# A regional centre's name after movement into it, or in a list of regions, means the region:
# "advanced deep into Kursk", "Kyiv's move into Kursk", "eastern regions including Donetsk".
_INTO_REGION = re.compile(r"\b(?:(?:deep|deeper|further|farther|incursion|move|moved|moving|push|pushed|pushing|advance|advanced|"
                          r"advancing|advances|offensive|raid|raids|crossed|crossing|foray|thrust|breakthrough)(?: \w+){0,2} into|"
                          r"regions? (?:including|such as|like)|oblasts? (?:including|such as|like))\s+$")
# "25 over", "nine downed in", "three in": one count of an air-defence tally by region
_TALLY_OVER = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
                         r"(?: (?:of them|drones?|UAVs|were|was|downed|destroyed|intercepted|shot down)){0,3} (?:over|in|above) $")


def _tallied_region(text: str, m: PlaceMention, start: int | None = None) -> bool:
    """A regional centre's name counted in a tally by region ("26 over the Kursk region, 25 over
    Bryansk"): the region, not its city."""
    start = m.start if start is None else start
    return m.place is not None and m.place.name == m.place.oblast and not m.city and "region" in text \
        and _TALLY_OVER.search(text, max(0, start - 40), start) is not None


# "in the Shebekino district", "the Grayvoron and Shebekino districts": a district named after its centre,
# which names no settlement of an event
_DISTRICT_NAMED_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+(?:(?:urban|municipal|city|border)\s+)?(?:districts?|raions?|hromadas?|communit(?:y|ies))\b")


def _river_named(text: str, m: PlaceMention) -> bool:
    """A river or a reservoir named after a town ("the Oskil river"); a district is left to _named_district,
    which wants harm told or a Russian district (a front-line Ukrainian district alone is often the town's fighting)."""
    after = _DISTRICT_OR_RIVER_AFTER.match(text, m.end)
    return after is not None and after.group().lstrip().lower().startswith(("river", "reservoir"))


def _named_district(text: str, m: PlaceMention) -> bool:
    """A district named after its centre: a Russian border district, or a Ukrainian one where the
    sentence tells of people or homes harmed (Kyiv's own bulletins of fighting name the town itself)."""
    return (m.country == "ru" or _PEOPLE_OR_HOMES_HARMED.search(text) is not None) and text.startswith(("dist", "raio", "hrom", "comm", "and ", "urba", "muni", "city", "bord"), m.end + 1) \
        and _DISTRICT_NAMED_AFTER.match(text, m.end) is not None


# "the south Donetsk area": a bearing before the name and "area" after it is a stretch of front.
_COMPASS_BEFORE = re.compile(r"\b(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|east|west|eastern|western)?\s+$")
_AREA_AFTER = re.compile(r"\s+(?:area|sector|front)\b")
_REGION_ONLY = re.compile(r"\b(?:Crimea|Dnipropetrovsk|Donbas|Kirovohrad|oblasts|regions|provinces)\b")
_WATER_BEFORE = gated(re.compile(r"\b(?:[Ss]ea|[Gg]ulf|[Bb]ay|[Ss]trait)s? of\s+$|(?<![^\W\d_])(?:рік[аиуі]|рікою|річк[аиуіо]|річкою|річку|річищ\w*|рек[аиеуой]|реку|рекой|канал\w*|"
                           r"водохранилищ\w*|водосховищ\w*)\s+(?:[\w'’-]+\s+)?$"))
# "the border of Donetsk and Dnipropetrovsk region", "Donetsk and Zaporizhzhia oblast": a regional
# centre's name joined to another region's is that region
_BORDER_OF = re.compile(r"\b(?:border|borders|boundary|junction) (?:of|between|with) (?:the )?$")
_AND_REGION_AFTER = re.compile(r" and (?:Dnipropetrovsk|Donetsk|Luhansk|Zaporizhzhia|Kharkiv|Kherson|Mykolaiv|Sumy|Chernihiv|"
                               r"Kursk|Belgorod|Bryansk)\s+(?:oblast|region|province)\b")
_REGIONS_OF = re.compile(r"\b(?:regions|oblasts|provinces) of (?:[A-Z][\w'’-]+(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_SETTLEMENTS_IN = re.compile(r"\b(?:villages|settlements|communities|towns|hromadas|districts) (?:in|of|across) (?:the )?$")
_PREVENTED = re.compile(r"\bprevent\w* (?:[\w'’-]+ ){0,4}from (?:advancing|taking|capturing|seizing|entering|encircling)\b")
# «общие потери Киева», «втрати Києва», «удары Киева по X»: the capital named as the side that owns them
_OWNED_BY_CAPITAL_CYR = re.compile(r"(?<![^\W\d_])(?:потер[ьиюя]\w*|втрат[аиіу]\w*|войск[аи]?|армии|армії|армию|режима|режиму|удар[ыиі]|ударов|ударів|"
                                   r"военных|військових|подразделени\w*|підрозділ\w*)\s+(?:(?!(?:по|на|в|во|у|над|под|під)\s)[^\W\d_]+\s+)?$", re.IGNORECASE)
_WAR_ON = re.compile(r"\b(?:war|aggression|invasion|fight|struggle|campaign) (?:against|on|with) $|\b(?:pressure|pressing|press) on $")
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
                           r"along (?:the|a) (?:defen[cs]e )?line)\s+(?:(?:населених пунктів|населенных пунктов|of)\s+)?"
                           r"(?:(?:біля|поблизу|около|под|під|у|near)\s+)?")
_LINE_NAMES = re.compile(r"(?:[А-ЯІЇЄҐA-Z][\w'’.-]*(?: [А-ЯІЇЄҐA-Z][\w'’.-]*)*\s*(?:[−–—,-]|\s(?:та|і|и|й|and))\s*)*")
# Moscow's own forces or Kyiv's as the attacker, which Moscow's voice names: then harm is not told by the town hit.
_RU_VOICE_STRIKE = rx(r"\b(?:вс рф|вооруженные силы (?:рф|россии|российской федерации)|российские (?:войска|военные|подразделения)|армия россии|всу|"
                       r"украинск\w+ (?:беспилотник|дрон|бпла|военн|войск|боевик|ракет|снаряд)\w*)")
# «зайняли оборону у X»: the defender dug in inside the town, which it holds while fighting goes on.
_TOOK_UP_DEFENCE = rx(r"\b(?:зайняли (?:кругову )?оборону (?:у|в)|заняли (?:круговую )?оборону в)\b")
# The enemy as the subject of a strike in Russian: «враг обстрелял», «противник атаковал ... дронами».
_ENEMY_STRIKES_RU = rx(r"\b(?:враг|противник)\w* (?:[\w-]+ ){0,3}(?:обстрел|атаковал|ударил|нан[её]с|сбросил|выпустил|бь[её]т|бил)\w*|"
                        r"\bвражеск\w+ (?:[\w-]+ )?(?:огн|обстрел|удар|атак)\w*")
# «под вражеским обстрелом находились X, Y»: Kyiv's administrations' words for fire on the towns it holds, in split oblasts too
_ENEMY_FIRE_RU = rx(r"\bвражеск\w+ (?:[\w-]+ )?(?:огн|обстрел)\w*")
# A town "under fire" in Russian: the words of the side that was hit (Moscow's bulletins say «нанесли удар по»).
_UNDER_FIRE_RU = rx(r"\bпод (?:[\w-]+ )?(?:огнем|обстрелом|обстрелами|ударом|ударами) (?:[\w-]+ ){0,3}(?:был|оказал|находил)\w*|"
                     r"\b(?:был|оказал|находил)\w* под (?:[\w-]+ )?(?:огнем|обстрелом|обстрелами|ударом|ударами)\b")
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
_FOUGHT_FOR = re.compile(r"(?<![^\W\d_])(?:(?:бо[иії]|боях|боестолкновени\w*|боєзіткнен\w*) (?:[\w-]+ ){0,2}(?:за|в|у|под|возле|около|біля|поблизу|"
                         r"на окраин\w*|на околиц\w*)|атаку(?:ют|ет)|штурму(?:ют|ет)|атакують|штурмують)\s+$")
_COUNTERING = re.compile(r",\s+(?:countering|rejecting|contradicting|disputing|refuting|denying|dismissing)\s+"
                         r"(?=(?:[\w-]+['’]s|russian|ukrainian|moscow['’]s|kyiv['’]s) (?:[\w-]+ ){0,2}(?:claims?|assertions?|statements?|reports?|announcements?) that\b)")
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
# "..., which Moscow's generals say they took last week": a relative clause that is another voice's claim.
_RELATIVE_SAID = re.compile(r"\s(?:which|that)\s+(?=(?:[\w'’-]+ ){1,4}?(?P<verb>said|says|claimed|claims|announced|insisted) "
                            r"(?:(?:it|they) )?(?:had |has |have |was |were |to have |to )?(?:came|come|fell|fallen|been|captured|taken|seized|liberated|entered|capture|take|seize)\b)")
# ", hours after Kyiv's army said it had pulled its units out": the other side's concession, told as a date.
_AFTER_PULLOUT = re.compile(r"\b(?:a day|hours|days|shortly|soon|a week|two days) after (?:[\w'’-]+ ){1,4}?(?P<verb>said|announced|confirmed|admitted) "
                            r"(?:that )?(?:they|it|its (?:troops|forces|units)) (?:were|was|had|have|has) (?:been )?"
                            r"(?:withdrawing|withdrawn|withdrew|pulling (?:back|out)|pulled (?:back|out)|retreating|retreated)\b")
_WHOSE_CAPTURE = re.compile(r"\bwhose (?:capture|fall|seizure|liberation|takeover) (?:[\w'’-]+ ){1,4}?(?:had |has )?(?:recently |already |earlier )?"
                            r"(?P<verb>hailed|announced|claimed|declared|celebrated|reported)\b")
_AFTER_TAKEN = re.compile(r"\b(?:a day|hours|days|shortly|soon|a week|two days|weeks) after (?:[\w'’-]+ ){1,4}?(?P<verb>said|announced|claimed|declared) "
                          r"(?:that )?(?:it|they|its (?:troops|forces|units)) (?:had |have |has )?(?:taken|captured|seized|liberated|occupied)\b")
# A dated comparison beside the news: "since the fall of Soledar in January", "after the capture of X last year".
_DATED_ASIDE = re.compile(r"\b(?:since|after|before|following) (?:the )?(?:capture|fall|loss|seizure|liberation|takeover|occupation) "
                          r"of (?:the (?:city|town) of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:in|last|on) (?:early |late |mid-)?"
                          r"(?:[A-Z][a-z]+|\d{4}|year|spring|summer|autumn|fall|winter)\b(?: \d{4})?")
# A description of a place set off by a comma right after its name: ", which has served for months as
# a hub", ", the biggest town of the region held by Kyiv's troops for six months".
_PLACE_ASIDE = re.compile(r", (?:(?:towards?|to|from|for|near|around|over|in) which|which|where|the|a|an|its|one|once|then|held|occupied|home)\b[^,;:()]*")
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
# (an analyst's front "line" or "axis" is named the same way: "the Kupiansk-Svatove-Kreminna line").
_ROAD_AFTER = re.compile(r"(?:-[A-Z][\w'’]+)+(?: [A-Z]?-?\d[\w-]*)? (?:highway|road|route|motorway|line|axis)\b")
_ROAD_BEFORE = re.compile(r"[A-Z][\w'’]+- ?$")
_ROAD_AFTER_END = re.compile(r"(?:-[A-Z][\w'’]+)*(?: [A-Z]?-?\d[\w-]*)? (?:highway|road|route|motorway|line|axis)\b")
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
    written = _POSSESSIVE_END.sub("", written)
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
    if mention.country != "ua" or mention.place.kind == "city" or mention.place.oblast in _CRIMEA:
        return False
    if any(c.oblast not in UKRAINIAN_OBLASTS and c.oblast not in _CRIMEA for c in mention.candidates):
        return False
    return not any(mention.place.oblast in _BORDERING.get(area, ()) for area in in_russia)


_AFTER_THE_FALL = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|[Ii]n the wake of) (?:the |its |their )?(?:(?:Russian |Ukrainian |Moscow['’]s |Kyiv['’]s )?"
    r"(?:capture|fall|loss|seizure|takeover|occupation|liberation)) of (?:the (?:city|town|village|settlement) of )?"
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?")
# Kyiv's troops holding, or Russia's entering, in a local official's answer about a capture.
_UA_DEFENDER = re.compile(r"ВСУ|ЗСУ|Сил(?:ами|ы|и)? оборон|украинск\w* (?:военн|войск|подраздел)|українськ\w* (?:військ|підрозділ)|"
                          r"Ukrainian (?:troops|forces|units|soldiers|defenders)|"
                          r"(?:российск|російськ)\w* (?:войск|военн|військ|військов|солдат|окупант|оккупант)|"
                          r"Russian (?:troops|forces|soldiers|units)")
_QUESTION_CLOSERS = " \t\"'»”’)]"


def _sentence_statements(sentence: str, local: list[tuple[Mention, int, int]], story: StoryFacts | None,
                         default_side: str, staff_side: str = "ua", ref_event: str | None = None,
                         territory: bool = False, east_side: str = "ru",
                         story_date: float | None = None, coref: bool = False,
                         ministry_side: str | None = None) -> list[Statement]:
    """Statements of one sentence about its places (`territory`: the one place is a region's land)."""
    if sentence.rstrip(_QUESTION_CLOSERS).endswith("?"):
        return []  # "Did Russia take X?", «Чи зайшли окупанти в X?»: a heading that asks claims nothing
    if is_recap(sentence, story_date):
        return []
    if ("fter" in sentence or "ollowing" in sentence or "wake of" in sentence) \
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
            said := find_speaker(sentence.lower(), _actors(sentence, staff_side, east_side, ministry_side))) is None
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
    elif event != "control" and "indicat" in sentence and _INDICATES_CONTROL.search(sentence) and EVIDENCE.search(sentence):
        event = "control"  # "footage shows Ukrainian forces destroying a vehicle in X, indicating that they still operate there"
    if event is None and ref_event and (DENIAL.search(sentence) or HEDGE.search(sentence)):
        event = ref_event  # "Within hours, Ukraine's General Staff denied it": the claim just reported
        # (before "the claim about X", which names no event of its own)
    if event is None and (CLAIM_ABOUT.search(sentence) or any(_NOUN_AFTER_PLACE.match(orig, e) for _m, _s, e in local)) \
            and (HEDGE.search(sentence) or DENIAL.search(sentence)):
        event = "other"  # "the claim about Huliaipole could not be verified", "calls the Danylivka report fake"
    if event is None and not sentence.isascii() and _INFO_REFUTED.search(sentence):
        event = "control"  # «у бригаді цю інформацію спростували, наголосивши, що X ...»: a capture report refuted
    if event is None and _SITUATION_SAME.search(sentence) and DENIAL.search(sentence):
        event = "control"  # "The situation in X is the same as before. Russia is lying again": a capture denied
    if event is None and not sentence.isascii() and ("контрол" in sentence or "оборон" in sentence) \
            and SITUATION_HELD_CYR.search(sentence):
        event = "control"  # «ситуація в X контрольована»: the defender still holds it
    if event is None and _CANNOT_VERIFY.search(sentence):
        event = "control"  # "the situation in Pokrovsk could not be independently verified"
    if event is None and CONTINUING.search(sentence) and (DENIAL.search(sentence) or HEDGE.search(sentence)):
        event = "control"  # "Peskov denied that Ukrainian units were still fighting in Sudzha"
    if event is None and CLAIMED_PLACE.search(orig[max(0, local[0][1] - 40) : local[0][1]]):
        event = "control"  # "Russia had once again claimed Kupiansk": claiming a place is claiming control
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
            and not STILL_THERE_RE.search(sentence) and not _TOOK_UP_DEFENCE.search(sentence):
        # «ведут бои в западной части X, где противник еще удерживается»: fighting, no result (but
        # «тривають вуличні бої, наші зайняли оборону в X»: the defender holds it while fighting goes on)
        return []
    if event == "strike" and not sentence.isascii() and HABITUAL_SHELLING.search(sentence) and not STRIKE_HARM.search(sentence):
        return []  # «Покровськ щоденно піддається обстрілам»: a habit, no particular strike
    if event == "strike" and not sentence.isascii() and AFTER_STRIKE_REPAIR.search(sentence) and not STRIKE_HARM.search(sentence):
        return []  # «у Херсоні відновили світло після обстрілу»: the repair is the news, not a strike
    if event == "strike" and not sentence.isascii() and WOUNDED_ELSEWHERE.search(sentence):
        return []  # «поранених на фронті»: wounded elsewhere, treated here; no strike on this place
    if event in ("losses", "control") and SILENT.search(sentence):
        return []  # "said nothing about territorial losses near X": what is not said is no claim
    if "comment" in sentence and "claim" not in sentence and NO_COMMENT.search(sentence):
        return []  # "Ukraine did not comment on the attack on Belgorod": a silence, not a claim
    if not sentence.isascii() and (" не д" in sentence or "не захоп" in sentence or "не захват" in sentence) \
            and _NOTHING_GAINED.search(sentence):
        return []  # «атаки ..., не захватив ни одной значимой территории»: attacks that gained nothing, nobody's claim
    if ("реаги" in sentence or "реагу" in sentence or "коммент" in sentence or "комент" in sentence) and not sentence.isascii() \
            and (reacted := _REACTED_TO_REPORTS.search(sentence)) and not DENIAL.search(sentence) and not HEDGE.search(sentence) \
            and not REPORT.search(sentence, reacted.end()):
        return []  # «в Минобороны отреагировали на данные о взятии X»: an answer still untold, no one's claim
    maybe_activity = ("continued" in sentence or "advance" in sentence or "gains" in sentence or "counterattack" in sentence  # cheap gate
                      or "не про" in sentence or "без " in sentence or "просун" in sentence
                      or " не д" in sentence or "не захоп" in sentence or "не захват" in sentence)
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
    if ("situated" in sentence or "located" in sentence or " lies " in sentence or "between" in sentence) and _GEO_OPENING.match(orig) \
            and not DENIAL.search(sentence) and not HEDGE.search(sentence) and not STILL_HOLDS.search(sentence):
        return []  # "Siversk is situated 30 km east of the towns still held by Kyiv": where a place is
    if "both sides" in sentence and _BOTH_SIDES.search(sentence):
        return []  # "the operation near X has caused casualties on both sides": a tally, nobody's claim
    if event == "control" and ("бы" in sentence or "би" in sentence) and _SUBJUNCTIVE.search(sentence) \
            and not DENIAL.search(sentence):
        return []  # «взятие X открыло бы дорогу на Y», «це дозволило б...»: what would follow, nothing taken
    goal = GOAL.search(sentence)
    if goal and not GOAL_EXCEPT.search(sentence, 0, goal.start()) and not FOILED.search(sentence, goal.end()) \
            and not (not sentence.isascii() and _RELATIVE_GOAL.search(sentence, max(0, goal.start() - 24), goal.start())):
        return []
    if GERUND_GOAL.match(sentence, len(sentence) - len(sentence.lstrip("\"“«'‘ "))):
        return []
    if territory:
        return []  # land in a region names no settlement (CLAIMS_GUIDE): nothing the tracker can place
    if ("?" in orig or not orig.rstrip("»”\"' ").endswith((".", "!"))) and QUESTION.search(sentence) \
            and not _CLAIM_THEN_TEASER.search(sentence):
        return []  # "Pokrovsk or Myrnohrad: where will Russia strike?", "How Kostiantynivka prepares"
    if event in ("strike", "control") and _MAYBE_ACTIVITY.search(sentence) and GROUND_ACTIVITY.search(sentence) \
            and not RESULT.search(sentence):
        return []  # "attacked near A, B and toward C": fighting without a result
    if event == "control" and " who " in sentence and _WHO_HOLDS.search(sentence) and not DENIAL.search(sentence):
        return []  # "conflicting claims of who controls X", "a gray area in terms of who controls them": a question, no claim
    if event == "control" and _attempt_only(sentence):
        return []  # "fighting has centred on Russia's attempts to advance on X": an attempt, no result
    if event in ("strike", "control") and ATTACKS_ON.search(sentence) and not RESULT.search(sentence) \
            and not STRIKE_RESULT.search(sentence) and not _WEAPON.search(sentence) and not FOILED.search(sentence):
        # "launched six attacks on X": fighting without a result (drones and guns on a town are strikes;
        # «атакували позиції ЗСУ, але відступили»: the attack was beaten off, a repulse)
        return []
    actors = _actors(orig, staff_side, east_side, ministry_side)
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
    at_risk = event == "control" and (" danger" in orig or " risk" in orig or " threat" in orig)
    for index, (mention, start, end) in enumerate(local):
        if index in glued:
            continue
        if index and local[index - 1][0].place.name == mention.place.name and orig[local[index - 1][2]:start].strip() == "(":
            continue  # «Торецка (Дзержинска)»: the bracketed other name stands or falls with the name before it
        if region_list and mention in regional:
            continue
        if event == "control" and mention.place.name in _CAPITALS and all(m.place.name in _CAPITALS for m, _s, _e in local):
            # "pressure on Kyiv", "officials in Kyiv", "little information out of Kyiv": the front has been
            # far from both capitals since spring 2022, so a capital alone in a sentence about ground is its
            # government (listed with other towns it is one of the places)
            continue
        if (mention.speaker or mention.locates) and not (
                event == "strike" and mention.speaker and len(local) == 1 and _CITY_OFFICIAL_AFTER.match(orig, end)):
            # "Kyiv denies", "the city, 104 km east of Kharkiv": who speaks, or only where (but a mayor
            # telling of a bomb that hit, with no other place named, tells of his own city)
            continue
        if any(s <= start < e for s, e in spoken) or any(
            a.start <= start and end <= a.end for a in actors if a.actor.rank == 2
        ):
            continue  # "the Luhansk operational-tactical group" names a speaker, not a place
        if NOT_A_PLACE_AFTER.match(orig, end) and not territory or _WATER_BEFORE.search(orig, max(0, start - 30), start):
            continue  # "the Dnipro River", "Kharkiv region", "the Sea of Azov"
        if mention.place.name == "Dnipro" and _RIVER_BEFORE.search(orig, max(0, start - 30), start):
            continue  # «форсувати Дніпро», «левый берег Днепра»: the river
        if ("лінії" in orig or "линии" in orig or "рубеж" in orig or " line" in orig) and any(
                _LINE_NAMES.fullmatch(orig, m.end(), start) for m in _DEFENCE_LINE.finditer(orig, max(0, start - 160), start)):
            continue  # «оборону по лінії Орлівка − Тоненьке − Бердичі»: a defence line, not the event's place
        if at_risk and _PUTTING.search(orig, max(0, start - 100), start) and _AT_RISK.search(orig, end):
            continue  # "took X, which put the towns of Y and Z in danger": the gain's next targets, nothing taken there
        if (" risk" in orig or " threat" in orig or " danger" in orig) and _RISK_FOR.search(orig, max(0, start - 50), start):
            continue  # "risks for X", "took Y, which brings a threat to X": X is only in danger
        if _TOWN_PART_BEFORE.search(orig, max(0, start - 16), start):
            continue  # «мікрорайон Острів у Херсоні»: a part of the town named after it, not a village
        if unit_words and (_UNIT_BEFORE.search(orig, max(0, start - 48), start) or _UNIT_AFTER.match(orig, end)):
            continue  # «корпус «Азов»», "the Azov brigade": a unit's name, not where anything happened
        if REGION_LIST_AFTER.match(orig, end) and not territory and not _NOUN_FORM.fullmatch(mention.text):
            continue  # "in Kharkiv, Dnipropetrovsk, and Zaporizhzhia oblasts" («по Павлограду, ... районах» names the town)
        if _REGION_FORM.search(mention.text) or (
                mention.place.name == mention.place.oblast and _ON_REGION.search(orig, max(0, start - 4), start)
                and not (mention.text[-1:] not in "іi" and _ATTACK_ON.search(orig, max(0, start - 40), start))):
            continue  # "на Харківщині", "на Запоріжжі": the region, not its city («атака на Харків» is the city)
        if mention.place.name == mention.place.oblast and not mention.city and " and " in orig[end:end + 5] and (
                _BORDER_OF.search(orig, max(0, start - 40), start) or event == "control" and _AND_REGION_AFTER.match(orig, end)):
            continue  # "the border of Donetsk and Dnipropetrovsk region": two regions, not the city (a strike
            # on "Kharkiv and Sumy region" may well hit the city)
        if event == "control" and mention.place.name == mention.place.oblast and not mention.city and " of " in orig \
                and _SHARE_OF_BEFORE.search(orig, max(0, start - 40), start) and _REGIONS_NAMED.search(orig):
            continue  # "controls the Luhansk region and most of Donetsk": a share of a region among regions, not the city
        if mention.place.name == mention.place.oblast and _AREA_MEASURE.search(orig) and not mention.city:
            continue  # "recaptured 2,000 square kilometres in Kharkiv": land is measured in the region, not the city
        if mention.place.name == mention.place.oblast and " into" in orig and _INTO_REGION.search(orig, max(0, start - 40), start) \
                and not mention.city or " regions " in orig and _INTO_REGION.search(orig, max(0, start - 30), start):
            continue  # "advanced deep into Kursk", "regions including Donetsk": the region, not its centre
        if event == "shootdown" and _tallied_region(orig, mention, start):
            continue  # "26 over the Belgorod region, 25 over Bryansk": a tally by region names the region
        if event == "control" and mention.place.name == mention.place.oblast and mention.place.oblast in _BORDERING \
                and not has_cyrillic(orig) and not mention.city:
            continue  # "no encirclement in Kursk", "the battles in Belgorod": ground fighting there is the border region's
        if _COMPASS_BEFORE.search(orig, max(0, start - 12), start) and _AREA_AFTER.match(orig, end):
            continue  # "improving positions in the south Donetsk area": a stretch of front, not the city
        if any(a.actor.rank == 1 and a.start <= start < a.end for a in actors) and not LOCATIVE_BEFORE.search(
                sentence[max(0, start - 40):start]) and not any(_LIST_NEXT.fullmatch(orig, end, s) for _m, s, _e in local) \
                and not (event == "strike" and _STRUCK_AFTER.match(orig, end)):
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
        if (toward := _search_if(_TOWARD, _TOWARD_WORDS, sentence, max(0, start - 150), start)) and \
                _LIST_GAP.fullmatch(orig, toward.end(), start) and not _REACHED_ITS_EDGE.search(sentence, end) \
                and not FOILED.match(sentence, end + 1 if sentence.startswith(" ", end) else end) \
                and not (cyrillic and _REPULSED_CYR.search(sentence, end)):
            # "seized Dvorichanske and are advancing toward Dvorichna": where they head, not what they took
            # (but "tried to advance toward X and were pushed back" is the repulse at X)
            continue
        if cyrillic and (heading := _search_if(_HEADING_CYR, _HEADING_WORDS, sentence, max(0, start - 150), start)) \
                and _LIST_GAP.fullmatch(orig, heading.end(), start) and not _REPULSED_CYR.search(sentence) \
                and not _REACHED_ITS_EDGE.search(sentence, end):
            continue  # «отступили в направлении X», «рухаються у бік Y»: where they head, not where anything happened
        if event == "control" and (toward := _search_if(_TOWARD_LIST, _TOWARD_WORDS, sentence, max(0, start - 160), start)) \
                and _LIST_GAP.fullmatch(orig, toward.end(), start) and _NEAR_LIST.search(sentence, 0, toward.start()) \
                and any(s < toward.start() for _m, s, _e in local):
            continue  # «зупинили атаки у районах X та у бік Y»: fought at X, only headed for Y
        if ("highway" in orig or "road" in orig or "route" in orig or "line" in orig or "axis" in orig) and (
                _ROAD_AFTER.match(orig, end) or _ROAD_BEFORE.search(orig, max(0, start - 30), start) and _ROAD_AFTER_END.match(orig, end)):
            continue  # "the Sudzha-Sukhodolovka R-200 highway", "the Pokrovsk-Kostiantynivka road": a road, not the towns
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
        if _NEARNESS_TO.search(sentence, max(0, start - 50), start):
            continue  # "their nearness to X": how close they are, nothing happened there
        if mention.place.kind != "city" and _SURNAME_AFTER.match(orig, end):
            continue  # "captain Stanislav Petrenko said": a first name, not the village of that name
        if mention.place.name in _CAPITALS and not latin_text(orig) and _OWNED_BY_CAPITAL_CYR.search(orig, max(0, start - 30), start):
            continue  # «потери Киева за сутки»: Kyiv as the side whose losses they are, not the city
        if mention.place.name == "Kyiv" and _WAR_ON.search(orig, max(0, start - 24), start):
            continue  # "Russia's war against Kyiv": Kyiv as the side fought, not where anything happened
        if cyrillic and _NAMED_SITE_BEFORE.search(orig, max(0, start - 30), start):
            continue  # «у гостиницы "Курск"»: a site named after the town, not the town
        if _VESSEL_BEFORE.search(orig, max(0, start - 24), start):
            continue  # "the tug 'Saky'": a ship's name spelt like a place
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
        if cyrillic and "продо" in sentence and _GOING_ON_CYR.search(sentence, max(0, start - 60), start):
            continue  # «продолжить освобождение X»: a push still under way there, no result at X yet
        if cyrillic and len(local) > 1 and "продо" in sentence and _STILL_FIGHTING_CYR.search(sentence, max(0, start - 70), start):
            continue  # «відбили атаки біля A і B, захисники продовжують наступальні дії поблизу C»: C has no result
        if cyrillic and ("сторон" in sentence or "напрям" in sentence or "боку" in sentence) and (
                _FROM_SIDE_CYR.search(sentence, max(0, start - 40), start)
                or origin_end >= 0 and _AND_GAP.fullmatch(orig, origin_end, start)):
            origin_end = end
            continue  # «зашли в X со стороны сел Y и Z»: where they came from, not where anything happened
        if (" on " in sentence or "ing to " in sentence) and (on := _ADVANCING_ON.search(sentence, max(0, start - 70), start)) \
                and not _GOT_THERE.search(sentence, on.start()):
            # "Russian forces were advancing on Seversk from two directions": where they head (a capture told
            # before the heading, "took a village, closing in on X", is of another place)
            continue
        if len(local) - len(bracketed) > 1 and GEO_REF.search(sentence[max(0, start - 60) : start]) \
                and not _ADVANCED_BESIDE.search(sentence, max(0, start - 80), start) \
                and not (cyrillic and _ADVANCED_BESIDE_CYR.search(sentence, max(0, start - 100), start)):
            continue  # "30 km south of Kupiansk" locates, it is not what the claim is about
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
        if "fight" in sentence and _FIGHTING_AT.search(sentence, max(0, start - 40), start) \
                and not DENIAL.search(sentence) and not HEDGE.search(sentence):
            continue  # "advanced in the region, with fighting reported south of X": X is fought over, not taken
        if event == "control" and " s" in sentence and _SEEN_FIGHTING_AFTER.match(orig, end) \
                and not (_GOT_THERE.search(sentence) or DENIAL.search(sentence) or STILL_HOLDS.search(sentence)):
            continue  # "X has seen weeks of battles": fought over, not taken
        if ("to " in sentence and _NOT_YET.search(sentence, max(0, start - 70), start)
                and not (_FAILED.search(sentence) or FOILED.search(sentence) or REPELLED_WORD.search(sentence))):
            continue  # "were close to capturing X", "units trying to gain a foothold in X": not reached, nor repelled
        if ("kilomet" in sentence or "km " in sentence or "miles" in sentence) and _STILL_AWAY.search(sentence, max(0, start - 60), start):
            continue  # "Ukrainian troops are several kilometres from Kreminna": not there yet
        if places and (" near " in sentence or " close to " in sentence or " outside " in sentence or " not far " in sentence) and (
                _LOCATED_NEAR.search(sentence, max(0, start - 70), start)
                or locator_end >= 0 and _AND_TOWN.fullmatch(orig, locator_end, start)):
            locator_end = end
            continue  # "took A, B and C in the Donetsk region near X and the town of Y": X and Y locate them
        if " over " in sentence and "region" in sentence and _COUNT_OVER.search(sentence, max(0, start - 24), start) \
                and _OVER_REGION.search(sentence, 0, start):
            continue  # "26 over the Belgorod region, 25 over Bryansk": the next regions of a tally, their word left out
        if len(local) > 1 and mention.place.name == mention.place.oblast and _IN_COMPASS.search(sentence, max(0, start - 24), start):
            continue  # "Russians enter Kreminna in eastern Luhansk": the region, not its centre
        if _NEAR_VILLAGE.search(sentence, max(0, start - 70), start) and not _BEYOND_GAIN.search(sentence, max(0, start - 70), start):
            continue  # "captured a village near Huliaipole": the village taken is not named
        if len(local) > 1 and _SITUATION_AT.search(sentence, max(0, start - 40), start):
            continue  # "the map shows the situation around X, with advances at Y, south of the city": the frame, not the gain
        if len(local) > 1 and (near := _NEAR_TOWN_OF.search(sentence, max(0, start - 40), start)) is not None \
                and any(0 <= near.start() - e <= 2 for _m, _s, e in local):
            continue  # "withdrew from the villages of A and B near the eastern town of C": C says where they lie
        if orig.isascii() and (orig[end:end + 1] == "-" and _HYPHEN_TOWN.match(orig, end)
                               or orig[start - 1:start] == "-" and _TOWN_HYPHEN.search(orig, max(0, start - 30), start)):
            continue  # "operations in Kurakhove-Konstantinopolske": two towns joined name a stretch of front, not a place
        if " since " in sentence and _SINCE_PLACE.search(sentence, max(0, start - 30), start):
            continue  # "the first major gain since Bakhmut": a date by an earlier battle
        if "the way" in sentence and _OPENS_WAY.search(sentence, max(0, start - 200), start):
            continue  # "paves the way for Russian forces to advance on Kramatorsk": a forecast
        if _BLOCKED_ADVANCE.search(sentence, max(0, start - 60), start):
            continue  # "its forces were blocking an advance to Sloviansk": where the enemy was stopped from going
        if "-hit" in sentence and _WORST_HIT_AFTER.match(sentence, end):
            continue  # "X has been one of the worst-hit areas": no event told
        if start < 20 and _AREA_HEADER.match(orig, 0, start) and len(local) > 1:
            continue  # «В районе Красноармейска подразделения ... овладели Родинским»: the area, not the place taken
        if cyrillic and len(local) > 1 and any(_NEAR_TOWN_GAP.fullmatch(orig, e, start) and _NAMED_VILLAGE.search(orig, max(0, s - 25), s)
                                               for m, s, e in local if e < start):
            continue  # «село Богданівка поблизу Часового Яру»: the town only says where the village is
        if cyrillic and len(local) > 1 and _EFFECT_BEFORE.search(orig, max(0, start - 70), start):
            continue  # «взятие X осложнит положение гарнизона в Y»: what a gain would do to Y is no event at Y
        if event == "control" and cyrillic and mention.place.oblast in _CRIMEA and mention.place.kind in ("village", "settlement"):
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
    voices = _voices(orig, event, default_side, staff_side, actors, east_side, speaker, ministry_side)
    if len(voices) > 1 and event == "control" and "continu" in sentence:
        voices = _fighting_answers(voices, sentence)
    language = narrator_side(orig)
    russian_soil = all(m.place.oblast not in UKRAINIAN_OBLASTS and m.place.oblast not in _CRIMEA for m, _s, _e in local)
    voices = revise(orig, sentence, voices, actors, speaker, language, russian_soil)
    out: list[Statement] = []
    # A party "confirming" a capture with no troops of the other side named as doing anything: its own gain.
    own_capture = "confirm" in sentence and _CONFIRMS_CAPTURE.search(sentence) is not None and not WITHDRAW.search(sentence)
    if own_capture:
        sides = {a.actor.side for a in actors if a.actor.side in ("ru", "ua") and not _POSSESSIVE_PLACE.match(orig, a.end)}
        own_capture = len(sides) == 1
    for stance, side, speaker_name, voice_event, c_start, c_end in voices:
        # A clause speaks about its own places, or about the sentence's when it names none.
        mine = [p for p in places if c_start <= p[1] < c_end] or places
        if stance == "claim" and side == "other" and speaker_name is None:
            if mine and (voice_event != "control" or CAPTURE_RE.search(sentence)) \
                    and not any(a.actor.side == "ua" for a in actors) and "ukrain" not in sentence \
                    and all(_russian_spelling(m.text, m.place.name) for m, _s, _e in mine):
                side = "ru"  # "the soldiers liberated Uspenovka": told by nobody, in Moscow's spelling of the village
            elif mine and latin_text(sentence) and _OUR_TROOPS_EN.search(sentence) and not any(a.actor.side == "ru" for a in actors) \
                    and all(_POSSESSIVE_END.sub("", m.text).casefold() == m.place.name.casefold() for m, _s, _e in mine):
                side = "ua"  # "our troops repelled 47 assaults near Rodynske": Kyiv's bulletin in English, in Kyiv's spelling
                if voice_event == "control" and WITHDRAW.search(sentence):
                    stance = "confirmation"  # "our units have withdrawn from X": a concession in its own words
                elif voice_event == "control" and holds_own("ua", sentence):
                    stance = "denial"  # "our troops still control X": the defender holding on
            elif mine and voice_event in ("control", "losses") and latin_text(sentence) and "enemy" in sentence \
                    and _ENEMY_FAILED.search(sentence) and not any(a.actor.side in ("ru", "other") for a in actors):
                side = "ua"  # "the enemy tried to advance near X, but was unsuccessful": Kyiv's bulletin, its repulse
            else:
                continue  # nobody speaks and no party acts: background, not anyone's claim
        for mention, _start, _end in mine:
            place = mention.place
            place_side = side
            written = _POSSESSIVE_END.sub("", mention.text)  # "Kherson's district" is Kherson as spelt
            alt = written.isascii() and written.casefold() != place.name.casefold()
            if side == "local" and (speaker is None or speaker.actor.side == "local") \
                    and voice_event in ("strike", "shootdown") and (hit := _ATTACKER.search(orig)):
                # "Ukrainian drones attacked Horlivka, the mayor said": the side that was hit reports it.
                place_side = "ru" if hit.group(1).startswith(("Ukrain", "Kyiv", "Kiev")) else "ua"
            elif side == "local":
                # Local officials speak for the country the place lies in; in the oblasts the
                # front cuts through, installed officials too: there Russian-language text, or the
                # Russian spelling of the name, speaks for Russia.
                place_side = ("ru" if place.oblast not in UKRAINIAN_OBLASTS else "ua") \
                    if place.oblast not in SPLIT_OBLASTS else language or ("ru" if alt else "ua")
                if place_side == "ru" and stance == "denial" and voice_event == "control" \
                        and place.oblast in UKRAINIAN_OBLASTS and _UA_DEFENDER.search(orig):
                    # «Мэр X заявил, что город остается под контролем ВСУ»: the official answering
                    # a capture of a town Kyiv's troops hold is that town's, Kyiv's
                    place_side = "ua"
            if stance == "claim" and voice_event == "strike" and speaker_name is None and language == "ru" \
                    and (place.oblast not in SPLIT_OBLASTS or place.name in _KYIV_HELD_CENTRES
                         or "вражеск" in sentence and _ENEMY_FIRE_RU.search(sentence) and not _RU_VOICE_STRIKE.search(sentence)) and (
                        ("враг" in sentence or "враж" in sentence or "против" in sentence) and _ENEMY_STRIKES_RU.search(sentence)
                        or place.oblast in UKRAINIAN_OBLASTS and (STRIKE_HARM.search(sentence) or FELL_RU.search(sentence)
                                                                  or _UNDER_FIRE_RU.search(sentence))
                        and not _RU_VOICE_STRIKE.search(sentence)):
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
    if out and is_history(orig, story_date):
        # "..., its biggest gain since the fall of Soledar in January", "Sudzha, the biggest town of
        # the region, held by Kyiv's troops for six months": only the aside is history.
        asides = [a.span() for _m, _start, end in local
                  if orig.startswith(",", end) and (a := _PLACE_ASIDE.match(orig, end)) and not REPORT.search(a.group())]
        if (dated_aside := _DATED_ASIDE.search(orig)) is not None:
            asides.append(dated_aside.span())
        rest = orig
        for start, end in sorted(set(asides), reverse=True):
            rest = rest[:start] + rest[end:]
        if not asides or is_history(rest, story_date):
            return []  # background relative to the story's own date (checked last: it is the dearest test)
        dated = {m.place.name for m, start, _end in places if any(a <= start < b for a, b in asides)}
        out = [st for st in out if st.place not in dated]
    return out
