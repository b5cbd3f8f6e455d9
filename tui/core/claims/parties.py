"""Parties: who the actors of a sentence are, read with the story's clues.

Contract: `sentence_actors(sentence, staff_side, east_side, ministry_side)` gives the sentence's actor
mentions with an unqualified "General Staff", "the ministry" or "Eastern Group of Forces" given to
the side the text means; `story_staff_side` and `lead_side` read that side once per story (its
dateline, its lead, Moscow's spellings).
"""

from __future__ import annotations

import functools
import re

from tui.core.claims.actors import Actor, ActorMention, find_actors
from tui.core.claims.cues import FORCES_HIT, LAND_BEFORE, TROOPS_ENCIRCLED, ringed_side
from tui.core.claims.stance import lang_side


# The staff's side and the ministry's side of one story read the same clues: each found once.
@functools.lru_cache(maxsize=2)
def _ru_text(text: str) -> bool:
    return _RU_TEXT_CLUE.search(text) is not None


@functools.lru_cache(maxsize=2)
def _lead(text: str) -> re.Match[str] | None:
    return _LEAD.search(text, 0, 600)


def story_staff_side(text: str, default_side: str) -> str:
    """Whose "General Staff" an unqualified mention means: the story's side, else the text's clues."""
    if default_side in ("ru", "ua"):
        return default_side
    if "Staff" not in text and "Gerasimov" not in text and "Генштаб" not in text:
        # No staff named: this side also answers for an unqualified "the ministry", so Moscow's
        # spellings and phrasing anywhere in the story ("Kupyansk", "the liberation of the settlement") count.
        return "ru" if _ru_text(text) else lead_side(text)
    # «начальник Генштаба» unqualified in Russian-language text: Moscow's chief (Russian copy names its own).
    russian = _RU_STAFF_CLUE.search(text) is not None or _ru_text(text) \
        or (("ачальник" in text or "лав" in text) and _RU_CHIEF.search(text) is not None and lang_side(text[:2000]) == "ru")
    ukrainian = _UA_STAFF_CLUE.search(text) is not None
    return "ru" if russian and not ukrainian else "ua"


def lead_side(text: str, fallback: str = "ua") -> str:
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
_OBJECT_OF = re.compile(r"(?<!Defence )(?<!Defense )(?<!Forces )(?<!Staff )(?<!Service )(?<!Guard )\bof (?:the )?$|"
                        # "hit a Ukrainian army depot": what was struck, not who speaks
                        r"\b(?:hit|struck|destroyed|targeted) (?:a |an |the )?$|"
                        # "energy facilities used by the Ukrainian army": whose the target was
                        r"\b(?:used|operated) by (?:the )?$")
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
_RU_CHIEF = re.compile(r"(?:[Нн]ачальник|[Гг]лав[аеуы])\w* Генштаба")
_UNQUALIFIED_STAFF = re.compile(r"(?:the )?General Staff$|Генштаб\w*$|Генеральн\w* штаб\w*$")
_RU_STAFF = Actor("Russian General Staff", "ru")
_RU_STAFF_AFTER = re.compile(r"\s+of (?:the )?Russia(?:n (?:army|armed forces|military|Federation)|['’]s armed forces)?\b")
_RU_STAFF_BEFORE = re.compile(r"\b(?:Russian|Russia['’]s) (?:the )?$")
_RU_MINISTRY_CLUE = re.compile(
    r"special military operation|(?:[Aa]ll )?(?:the )?designated targets (?:were|have been|had been) (?:hit|struck)|\bKiev\b|aircraft-type|(?:destroyed|shot down|downed|intercepted|disabled) (?:\d+ |the |a |an )?(?:[\w-]+ ){0,2}Ukrainian (?:[\w-]+ ){0,3}(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?)|Krasnoarmeysk|Dimitrov|Artyomovsk|Gulyaipole|Kupyansk|Volchansk|Seversk|Yampol|"
    r"Ugledar|Zaporozhye|Kharkov|Russian flags?|shot down|downed|intercepted|destroyed \d|Ukrainian (?:[\w-]+ ){0,2}(?:jets|aircraft|planes|helicopters|boats) (?:were|was) destroyed|lost (?:up to |more than |over |about )?\d|Armed Forces of Ukraine lost|"
    # a settlement "liberated" in a ministry's words, and the army groups that Moscow's bulletins name
    r"(?i:liberat)\w+|Ukrainian (?:[\w-]+ )?(?:attempts?|attacks?|assaults?|counterattacks?|offensive) (?:[\w-]+ ){0,9}(?:thwarted|repelled|repulsed|foiled)|"
    # "its forces had repelled three Ukrainian attacks", "Russian aircraft and drones hit a Ukrainian army depot"
    r"(?:repelled|repulsed|thwarted|foiled) (?:[\w-]+ ){0,3}Ukrainian (?:[\w-]+ )?(?:attempts?|attacks?|assaults?|counterattacks?|offensive)|"
    r"Russian (?:aircraft|drones|troops|forces|artillery|missiles)(?: and [\w-]+)? (?:hit|struck|destroyed) (?:a |an |the )?Ukrainian\b|[Gg]roup of [Ff]orces|[Bb]attlegroup|\b(?:Tsentr|Vostok|Zapad|Yug|Dnepr)\b|(?:came|come|comes) under Russian control|"
    # villages in Moscow's transliteration ("Vodyanoye", "Krasnogorovka"): Kyiv's ministry writes Ukrainian names
    r"\b[A-Z][a-z]+(?:ovka|evka|oye|skoye)\b|\b(?:Krasny Liman|Krasnoarmeysk|Dimitrov|Artyomovsk|Dzerzhinsk|Konstantinovka|Seversk|"
    r"Gulyaipole|Orekhov|Chasov Yar|Kupyansk|Uzlovoy|Volchansk|Avdeyevka|Maryinka|Kurakhovo|Selidovo)\b|"
    # Moscow's words for its strikes and its foes: "a temporary deployment point of foreign mercenaries",
    # its missiles, drones "destroyed over" its own regions
    r"\bmercenar(?:y|ies)\b|\b(?:Iskander|Kinzhal|Kalibr|Oniks|Geran)\b|(?:temporary )?deployment points?\b|"
    r"\b(?:drones|UAVs) (?:were|have been|had been) (?:destroyed|shot down|intercepted)\b|"
    # the same in Russian: «сбиты 9 украинских БПЛА», «киевский режим», «СВО», «группировка войск», «освобожден»
    r"[Уу]краинск\w+ (?:беспилотн|бпла|БПЛА|дрон|самол[её]т|вертол[её]т)\w*|[Кк]иевск\w+ режим\w*|\bСВО\b|[Гг]руппировк\w+ войск|"
    r"[Оо]свобо(?:дил|жден|жд[её]н)\w*")
# With no story to say whose, a defence ministry announcing that its forces took a village is
# Moscow's: Kyiv's captures are announced by its General Staff and brigades, and its ministry is named.
_MINISTRY_CAPTURE = re.compile(r"\b(?:(?:its|their) |(?<=said ))(?:assault )?(?:forces|troops|units|soldiers|groups) (?:have |had |has |are |were )?(?:also |now )?"
                               r"(?:captured|took|taken|seized|gained control|liberated|making progress|made progress|advanced|encircled|pushed into|broke into|entered)\b|"
                               # "could not verify the Defence Ministry's claim on the capture of X": a ministry claiming a capture
                               r"\b[Mm]inistry['’]s (?:[\w-]+ )?claims? (?:on|of|about|over|regarding) (?:the )?(?:capture|seizure|takeover|fall) of\b|"
                               # "struck energy facilities used by the Ukrainian army": the ministry's army hitting Kyiv's
                               r"\b(?:used|operated) by the Ukrainian (?:army|armed forces|military)\b|"
                               # "the ministry also said it had captured the village of X": the ministry speaks of its army as "it"
                               r"(?<=said )(?:that )?it (?:had |has )?(?:also |now )?(?:captured|seized|taken control|took control|gained control|liberated)\b|"
                               # "seven villages were taken": a capture counted in the passive is the attacker's tally
                               r"\b(?:villages|settlements|localities|towns) (?:were|have been|had been) (?:taken|captured|seized)\b|"
                               # "The troops took control of X, the ministry said": its own troops, named by no country
                               r"^(?:The|Assault) (?:assault )?(?:troops|units|detachments|servicemen) (?:have |had |has )?(?:also )?"
                               r"(?:captured|took|taken|seized|liberated|entered)\b")


def _hits_kyivs_forces(orig: str) -> bool:
    """Whether the sentence tells of a hit on Kyiv's army ("struck a Ukrainian fuel depot")."""
    hit = FORCES_HIT.search(orig)
    return hit is not None and hit.group(1).lower() == "ukrainian"


_NAMING_ASIDE = re.compile(r"\((?:called|known as|named|renamed|which \w+ calls|the (?:Ukrainian|Russian) name)\b[^)]{0,60}\)")


def naming_asides(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of brackets that only say what a town is called ("(called Toretsk by Ukraine)")."""
    return tuple(m.span() for m in _NAMING_ASIDE.finditer(text))
_DESCRIBED = re.compile(r",\s+(?:an?|the)\s+[^,;:]{0,140}?(?:,|$)")
# "downed the Ukrainian drone": the side whose drone was downed is the object, not the speaker
_HARDWARE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:drones?|uavs?|unmanned aerial vehicles?|missiles?|rockets?)\b")
# "losses on the Ukrainian side", "inflicted heavy losses on Russian units": whose men the count is of
_LOSSES_OF = re.compile(r"\b(?:losses|casualties) (?:[\w-]+ ){0,2}?(?:on|of|among|to) (?:the )?(Ukrainian|Russian) (?:side|army|forces|troops|units)\b|"
                        r"\b(Ukrainian|Russian) (?:army |military )?(?:losses|casualties)\b")
# "40 Russian drones were shot down", "destroyed 212 Ukrainian UAVs": a ministry counts the craft its foe sent
_CRAFT = r"(?:drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?)"
_DOWNED_BY_FOE = re.compile(
    r"\b(?:destroyed|shot down|downed|intercepted) (?:\d[\d,]* |the |a |an |all )?(?:[\w-]+ ){0,2}?(Ukrainian|Russian) "
    r"(?:[\w-]+ ){0,3}?" + _CRAFT + r"\b|"
    r"\b(Ukrainian|Russian) (?:[\w-]+ ){0,3}?" + _CRAFT + r" "
    r"(?:were|was|had been|have been|has been) (?:\w+ )?(?:destroyed|shot down|downed|intercepted)\b")
# "Ukrainian troops had been encircled near X, the ministry said": the troops caught are the ministry's foe
# (men and arms lost, not ground: "Ukraine lost control of X, the military said" is Kyiv's own word)
TROOPS_LOST = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:have |had |has )?(?:lost|losing|suffered (?:\w+ )?(?:losses|casualties))\b"
                          r"(?! (?:control|ground|positions?|territory|the (?:city|town|village|settlement))\b)")
# «ВСУ (...) потеряли за сутки N бойцов», «армія РФ втратила»: the army that lost men is the object of
# the count, not who tells it
_TROOPS_LOST_CYR = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?\s+(?:за \w+ |уже |вже )?(?:потерял\w*|втратил\w*|втратив)\b")
_OWN_CAPTURE_TOLD = re.compile(
    r"(?P<teller>It|The (?:ministry['’]s )?(?:statement|bulletin|report|update))(?: also| separately| further)? (?:said|says|claimed|reported|added)"
    r"(?: that)? (?:it|its (?:forces|troops|units)) (?:had |has |have )?(?:also |now )?(?:captured|seized|taken control|took control|gained control)\b")
_UNNAMED_MINISTRY = Actor("ministry", "ua")  # whose: the ministry rules below decide, as for "the ministry"
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


def east_clue(scope: str) -> str | None:
    """Whose "Eastern Group of Forces" the words of `scope` point at, if they point at all."""
    if _RU_EAST_CLUE.search(scope):
        return "ru"
    if _UA_EAST_CLUE.search(scope):
        return "ua"
    return None


def sentence_actors(orig: str, staff_side: str, east_side: str = "ru", ministry_side: str | None = None) -> list[ActorMention]:
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
    if not found and orig[:1] in "IT" and (own := _OWN_CAPTURE_TOLD.match(orig)) is not None:
        # "It also said it had taken control of X", "The statement said its forces captured X": a
        # bulletin's voice telling of its own army's gain is the unnamed ministry's
        found = [ActorMention(0, own.end("teller"), _UNNAMED_MINISTRY)]
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
                  and (TROOPS_LOST.match(orig, a.end)
                       or orig[a.start:a.end] in ("Ukrainian", "Russian") and _HARDWARE_AFTER.match(orig, a.end))}
        if not losers and not named and "losses" in orig and (lost := _LOSSES_OF.search(orig)) is not None:
            losers = {"ua" if (lost.group(1) or lost.group(2)) == "Ukrainian" else "ru"}
        if not losers and not named and (downed := _DOWNED_BY_FOE.search(orig)) is not None:
            losers = {"ua" if (downed.group(1) or downed.group(2)) == "Ukrainian" else "ru"}
        if not losers and not named and ("encircl" in orig or "surround" in orig or "trapped" in orig) \
                and (caught := TROOPS_ENCIRCLED.search(orig)) is not None:
            losers = {ringed_side(caught)}
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
            # ("said its forces had struck a Ukrainian fuel depot": the ministry's army hitting Kyiv's)
            "ru" if staff_side == "ua" and (_MINISTRY_CAPTURE.search(orig) or _hits_kyivs_forces(orig)) else staff_side)
        found = [ActorMention(a.start, a.end, _MINISTRY[side]) if a.actor.name == "ministry" else a for a in found]
    if east_side == "ua":
        found = [ActorMention(a.start, a.end, _UA_EAST)
                 if a.actor.name == "Russian force grouping" and _UNQUALIFIED_EAST.match(orig[a.start:a.end]) else a
                 for a in found]
    return found
