"""Statements: who says what about which place, sentence by sentence.

A statement needs a place, an event verb and no sign that the sentence is background
("occupied at the start of the invasion"), a goal ("capturing Pokrovsk is Moscow's main goal")
or a forecast. Stance precedence: hedge (a sentence that reports and hedges a claim is a hedge)
> denial > confirmation > claim. The side of a hedge is the side whose claim is hedged.
Every regex is precompiled, bounded (no nested quantifiers) and runs on capped sentences.
"""

from __future__ import annotations

import re
from typing import Any

from tui.core.claims.actors import Actor, ActorMention, find_actors
from tui.core.claims.gazetteer import Gazetteer, Mention
from tui.core.models import Statement

MAX_TEXT = 200_000
MAX_SENTENCE = 600

_FLAGS = re.IGNORECASE


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile for lowercased text: IGNORECASE makes these alternations ~5x slower."""
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return re.compile("".join(out), flags & ~re.IGNORECASE)


# "took Kupiansk": taking counts as capture only when a capitalised name follows (not "took place").
_TAKE = re.compile(r"\b(?:took|taken|take|taking|takes|enters?|entering|controls?) (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]"
                   r"|\b(?:[Tt]roops|[Ff]orces|[Uu]nits|[Ss]oldiers|[Aa]rmy|[Dd]efenders) (?:have |had )?left [A-ZА-ЯІЇЄҐ]")
_LEFT = re.compile(r"\bleft (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|St|No|vs|approx|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")
# Opens with the punctuation itself (not a lookbehind) so the engine skips ahead to candidates.
_SPLIT = re.compile(r"[.!?][\"”»')]?\s+(?=[\"“«(]?[A-ZА-ЯІЇЄҐ0-9])|\n\s*\n?")

_REPORT = _rx(
    r"\b(?<!\bno )(?:said|says|say|claimed|claims|claim|reported|reports|report|stated|states|announced|announces|"
    r"denied|denies|deny|confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|insisted|"
    r"rejected|rejects|dismissed|dismisses|refuted|refutes|wrote|writes|posted|told|added|noted|conceded|concedes|"
    r"according to|заявил\w*|заяви\w*|повідоми\w*|сообщ\w*|спростува\w*|опроверг\w*|підтверди\w*|подтверди\w*)\b", _FLAGS)

_HEDGE = _rx(
    r"\b(?:could not|couldn't|cannot|can't|can ?not|unable to|were unable to|was unable to|did not|has not|have not|had not)"
    r"(?: be)?(?: been)?(?: immediately)?(?: independently)? (?:verif\w+|confirm\w*|observ\w+ (?:any )?(?:evidence|confirmation|footage))|"
    r"\b(?:unverified|unconfirmed|unsubstantiated|reportedly|allegedly|purportedly|"
    r"without (?:providing|offering) (?:any )?evidence|no (?:independent )?(?:confirmation|evidence)|"
    r"(?:is|was|remains|remained) (?:unclear|not clear)|not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)|"
    r"не підтвердж\w*|не удалось подтвердить|неподтвержд\w*)", _FLAGS)

_DENIAL = _rx(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|refuting|rejected|rejects|dismissed|dismisses|falsely|a lie\b|"
    r"false|fake|untrue|not true|disinformation|fabricat\w+|lies|lying|propaganda|baseless|"
    r"no longer (?:true)|did not (?:capture|enter|take)|have not (?:captured|entered|taken)|information operation|"
    r"(?:does|do|did) not correspond to (?:the )?reality|not correspond to (?:the )?reality|"
    r"(?:was|were|is|has|have|had) not (?:been )?(?:captured|taken|lost|fallen|encircled|surrounded)|"
    r"спростува\w*|опроверг\w*|запереч\w*|фейк\w*|неправд\w*)", _FLAGS)

# Negations of control: a denial from a party to the fight; from an independent voice without
# evidence words ("Russia does not control the city", an analyst says) only a hedge.
_NEGATED_CONTROL = _rx(
    r"\b(?:(?:does|do|did) not (?:control|hold)|no longer (?:controls?|holds?)|(?:has|have|had) failed to (?:take|capture|seize|enter)|"
    r"failed to (?:take|capture|seize|enter)|(?:holds?|hold|controls?) no (?:stable |defended )?positions)", _FLAGS)
# Absence of evidence is not evidence of absence: a hedge that an explicit denial outranks.
_WEAK_HEDGE = _rx(
    r"\b(?:(?:does|do|did) not support|no evidence|premature\w*|(?:has|have) not (?:seen|observed)|not seen (?:any )?(?:evidence|footage))", _FLAGS)
# Fighting still going on in a place after a capture claim speaks against full control.
_CONTINUING = _rx(
    r"\b(?:fighting|battles?|clashes|combat|street fighting|clearing operations|counterattacks|resistance)"
    r"(?: [\w'’-]+){0,4} (?:continu\w+|ongoing|under ?way|still going on)|\bcontinu\w+ to (?:fight|resist)\b|\bstill fighting\b", _FLAGS)
# "..., but Ukraine still contests the city": the speaker's side still holds, so no concession.
_STILL_HOLDS = _rx(
    r"\bstill (?:contest\w*|holds?|held|holding|defend\w*|controls?)\b|\bmaintain\w* positions\b|"
    r"\bcontinu\w+ to (?:hold|defend|contest)\b", _FLAGS)
# ", a claim Kyiv rejected as false": the tail is another party's answer to the head's claim.
_REBUTTAL = _rx(r",\s+(?:a claim|claims|an assertion|a statement|a report|which)\b", _FLAGS)

# Verbs that only pass on what someone else says, and verbs that make a claim.
_RELAY_VERB = re.compile(r"said|says|reported|reports|wrote|writes|told|according to|added|noted|posted")
_CLAUSE_BREAK = re.compile(r"[,;]")
_CLAIM_VERB = re.compile(r"claimed|claims|says|said|announced|announces|reported|insisted")

_CONFIRM_VERB = _rx(
    r"\b(?<!\bno )(?:confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    r"підтверди\w*|подтверди\w*|визнал\w*|признал\w*)\b", _FLAGS)
_WITHDRAW = _rx(
    r"\b(?:withdr[ae]w\w*|withdrawn|withdrawing|pulled (?:back|out)|retreat\w*|left the (?:city|town|village)|"
    r"relocated to (?:more )?(?:favou?rable|advantageous) positions|fell to|lost control|відійшли|отступил\w*)\b", _FLAGS)
_EVIDENCE = _rx(
    r"\b(?:geolocated|satellite (?:imagery|images|photos)|footage (?:shows|showed|indicates|indicated|confirms|confirmed)|"
    r"video (?:shows|showed|indicates|confirms))", _FLAGS)

_CAPTURE = (r"captur\w*|(?:took|taken|take|taking|takes|seiz\w+|gain\w*|establish\w*|assum\w+) (?:full |complete |total )?control|"
            r"seiz\w+|liberat\w+|retak\w+|retook|regain\w*|clear(?:ed|ing)? (?:\w+ ){0,2}of|entered|advanc\w*|(?:ha(?:ve|s|d)|been|was|were) occupied|occupy\w*|"
            r"rais\w+ (?:a|the) (?:\w+ )?flag|encircl\w+|surrounded|recaptur\w+|(?:pushed|driven) (?:\w+ ){0,3}out of|clear\w* (?:of|the)|"
            r"raised (?:a|the) (?:Russian|Ukrainian) flag|(?:gained|secured) a foothold|infiltrat\w+|pushed into|broke into|"
            r"захопи\w*|звільни\w*|освобо\w+|увійшли|вошли|просуну\w*|продвину\w*|контрол\w*")
_CONTROL = _rx(
    r"\b(?:" + _CAPTURE + r"|storm(?:ed|ing)\b|repel\w*|repuls\w*|thwart\w*|fought off|beat back|(?:remains?|remained|still) under (?:\w+ ){0,5}control|"
    r"under (?:the )?(?:full )?control of|under (?:russian|ukrainian|our|their|its|full) control|in control of|"
    r"(?:still|were|are|was|is|continue to|continues to) defending|control of|controls|controlled|holding|still held|"
    r"(?:still|continue to|continues to) hold\w*|hold(?:s)? (?:the|their|its|on|positions)|fallen|withdr[ae]w\w*|withdrawn|"
    r"pulled (?:back|out)|retreat\w*|fell|fall of|lost control|counterattack\w*|counteroffensive|відбили|отразили|"
    r"control(?:s|led)? (?:about |around |over |nearly |almost |more than )?(?:\d|most|all|half|part|the|much|any))", _FLAGS)
_CAPTURE_RE = _rx(r"\b(?:" + _CAPTURE + r")", _FLAGS)
_SHOOTDOWN = _rx(
    r"\b(?:shot down|shoot down|shooting down|intercept\w*|downed|air defen[cs]es? (?:destroyed|neutrali[sz]ed|repelled)|"
    r"neutrali[sz]ed \d+|destroyed \d+ (?:\w+ ){0,2}(?:drones|missiles|UAVs)|збили|збито|сбили|сбито|перехвач\w*)", _FLAGS)
_LOSSES = _rx(
    r"\b(?:casualties|losses|lost (?:up to |about |around |over |more than )?\d[\d,]*|killed (?:up to |about |over |more than )?\d[\d,]* (?:\w+ )?(?:soldiers|servicemen|troops|fighters|personnel)|"
    r"(?:destroyed|knocked out|disabled) (?:\d+ |a |an |two |three |several )?(?:\w+ ){0,2}(?:tanks?|armou?red vehicles?|vehicles|equipment|howitzers?|artillery systems?|positions)|"
    r"втрат\w*|потер\w*|знищено|уничтожен\w*)", _FLAGS)
_STRIKE = _rx(
    r"\b(?:struck|strikes?|hit|hits|hitting|shelled|shelling|bombed|bombing|bombard\w*|rocket attacks?|"
    r"attack\w*|explosions?|blasts?|damag\w+|killed|killing|injured|wounded|shahed\w*|удар\w*|обстріл\w*|обстрел\w*|атак\w*|ракет\w*)", _FLAGS)
_OTHER_EVENT = _rx(r"\b(?:evacuat\w+|blackouts?|power outages?|mobili[sz]\w+|евакуац\w+|эвакуац\w+)", _FLAGS)

_HISTORY = _rx(
    r"\b(?:(?:in|since|until|by|during|throughout|back in) (?:(?:early|late|mid|the spring of|the summer of|the autumn of|the fall of|"
    r"spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December) )?"
    r"(?:19\d\d|20(?:0\d|1\d|2[0-3]))\b|at the (?:start|beginning|outset) of the (?:full-scale )?(?:invasion|war)|"
    r"in the (?:early|first) (?:days|weeks|months) of the (?:full-scale )?(?:war|invasion)|before being (?:liberated|recaptured|retaken)|"
    r"had (?:previously|earlier|once) been (?:occupied|captured|held)|was first (?:captured|occupied)|years? ago|previously occupied|"
    r"(?:once|formerly) (?:a|an|the|home)|was renamed|used to be)", _FLAGS)
_GOAL = _rx(
    r"\b(?:goal|aim(?:s|ed)? (?:to|at)|main aim|objective|seeks? to|seeking to|intends? to|intention|plans? to|planning to|"
    r"ambitions?|wants?|demand\w*|peace (?:deal|plan|agreement|talks)|hopes? to|would (?:allow|let|give|open)|could (?:allow|open|give|soon|fall)|may soon|"
    r"(?:is|are) expected to|expects?|predict\w*|forecast\w*|(?:is|are|seems) likely to|will likely|"
    r"since (?:(?:early|late|mid|the|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december) )?20\d\d|threaten\w* to|at risk of|key to|crucial|strategic(?:ally)? important|"
    r"whether|(?:can|could|will) (?:take|capture|hold|seize)\b|(?:trying|attempting|seeking|struggling|push(?:ing)?) to (?:capture|take|seize|encircle|reach|cut|surround))", _FLAGS)
_GEO_REF = _rx(
    r"(?:(?:km|kilomet(?:er|re)s?|miles?)(?: \w+){0,2} (?:of|from)|(?:north|south|east|west)(?:east|west)?(?:ern)? of|"
    r"border with|between|outskirts of the city of)\s*$", _FLAGS)
_NOT_A_PLACE_AFTER = re.compile(r"\s(?:River|river|Reservoir|reservoir|Sea|Bay|Canal|canal|direction's|Oblast|oblast|region)\b")
# "the Zaporizhzhia nuclear plant" stands in Enerhodar, not in the city of Zaporizhzhia.
_NPP_AFTER = re.compile(r"\s(?:nuclear (?:power )?(?:plant|station)|NPP|power plant)\b", re.IGNORECASE)
# "no shelling in Kherson", "Kramatorsk was not attacked": an event that did not happen.
_NO_EVENT = _rx(r"\bno (?:\w+ )?(?:shelling|strikes|attacks|explosions)\b|\b(?:was|were) not (?:attacked|shelled|struck|hit)\b", _FLAGS)
# Only an attempt: "attempts to retake Kupiansk had failed" gains nothing.
_ATTEMPT_BEFORE = _rx(r"(?:attempts?|attempting|tried|trying|failed|bid|efforts?) (?:\w+ ){0,2}to $", _FLAGS)
# The actor before a passive verb suffers it: "Ukrainian troops ... have been encircled".
_PASSIVE_BEFORE = _rx(r"(?:been|were|was|are|is|being) $", _FLAGS)
# ", while Moscow claimed ...", ", but Ukrainian officials said ...": a second party answers.
_COUNTER = _rx(r",\s+(?:while|whereas|but)\s+(?=[^,;]{0,80}\b(?:said|says|claimed|claims|insisted|reported)\b)", _FLAGS)
_POSSESSIVE_CLAIM = _rx(r"['’]s (?:claims?|statements?|reports?|assertions?|denials?)\b", _FLAGS)
_CLAIM_ABOUT = _rx(r"\bclaims? (?:about|regarding|concerning|of|on)\b|\breports? (?:about|of|that)\b", _FLAGS)
_EXTENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+of\s+(?:the\s+)?([\w'’-]+(?:\s[\w'’-]+)?)", _FLAGS)

# A sentence without a place name that points back at the one just named.
_COREF = re.compile(r"\b(?:the (?:city|town|village|settlement)(?! of\b)|(?:denied|rejected|dismissed|refuted) it\b)", re.IGNORECASE)

_COREF_HINT = re.compile(r"city|town|village|settlement| it\b")

_SIDE_ADJ = _rx(r"\b(?:Russian|Russia's|Moscow's|Kremlin's|Ukrainian|Ukraine's|Kyiv's)\b", _FLAGS)

_GOAL_EXCEPT = _rx(r"\b(?:repel\w*|repuls\w*|captured|struck|shot down)\b")
_TROOPS = _rx(r"\b(?:soldiers|troops|forces|servicemen|units|tanks|vehicles|flag)\b", _FLAGS)

_STORY_SIDE = {"ua-official": "ua", "ua-media": "ua", "ru-state": "ru", "ru-independent": "other",
               "intl": "other", "analyst": "other"}


def split_sentences(text: str) -> list[str]:
    """Sentences of a text; abbreviations like 'Lt. Gen.' do not end one; each capped in length."""
    text = text[:MAX_TEXT]
    out: list[str] = []
    pos = 0
    for m in _SPLIT.finditer(text):
        cut = m.start() + (text[m.start()] in ".!?")  # the sentence keeps its full stop
        chunk = text[pos:cut]
        # The longest abbreviation is 7 characters: its tail is all _ABBREV needs to see.
        if "\n" not in m.group() and _ABBREV.search(chunk[-9:]):
            continue  # "Lt. Gen. Syrskyi": not a sentence end
        out.append(chunk)
        pos = m.end()
    out.append(text[pos:])
    return [s.strip()[:MAX_SENTENCE] for s in out if s.strip()]


def _subject(sentence: str, verb: re.Match[str], actors: list[ActorMention], after: int) -> ActorMention | None:
    """The actor saying `verb`: 'according to X', ', said X', or the clause's subject before it."""
    if verb.group().lower() == "according to":
        following = [a for a in actors if a.start >= verb.end()]
        return max(following[:2], key=lambda a: (a.actor.rank, -a.start)) if following else None
    if "," in sentence[max(0, verb.start() - 3) : verb.start()]:
        following = [a for a in actors if 0 <= a.start - verb.end() <= 2]
        if following:
            return following[0]  # ", said Syniehubov" / ", повідомив Синєгубов"
    before = [a for a in actors if a.start >= after and a.end <= verb.start() and verb.start() - a.end <= 90]
    if not before:
        return None
    if verb.start() - before[-1].end <= 2:
        return before[-1]  # "..., the regional governor said"
    # A named body wins over a generic word; among equals the clause's subject comes first.
    best_rank = max(a.actor.rank for a in before)
    return [a for a in before if a.actor.rank == best_rank][0]


def _speaker(sentence: str, actors: list[ActorMention]) -> ActorMention | None:
    """Who makes the statement: the first reporting verb's subject, unless it only relays a claim.

    Reported speech keeps the claimant: in "Reuters reported that Moscow says it took X" and
    "Ukraine's General Staff said Russia claimed the capture of X" the claim is Moscow's.
    """
    if not actors:
        return None
    first: ActorMention | None = None
    relay = False
    for verb in _REPORT.finditer(sentence):
        if first is None:
            first = _subject(sentence, verb, actors, 0)
            relay = first is not None and _RELAY_VERB.fullmatch(verb.group()) is not None
            first_verb = verb.group()
            last_end = verb.end()
            continue
        if not relay or sentence[verb.start() - 3 : verb.start() - 1] in ("'s", "’s") or (
                first.actor.side in ("ru", "ua") and _DENIAL.search(sentence)):
            break  # "denied Moscow's claim", "said Russia falsely claimed": the speaker's own denial
        if first_verb != "according to" and _CLAUSE_BREAK.search(sentence, last_end, verb.start()):
            break  # "X said ..., but Y said ...": coordinated, not reported speech
        inner = _subject(sentence, verb, actors, last_end)
        if inner is not None and inner.actor.side in ("ru", "ua") and (
            first.actor.side not in ("ru", "ua") or (inner.actor.side != first.actor.side and _CLAIM_VERB.fullmatch(verb.group()))
        ):
            return inner
        last_end = verb.end()
    return first


def _has_negation(sentence: str) -> bool:
    """A cheap test before the negation patterns: most sentences have no 'not', 'no' or 'fail'."""
    return " not " in sentence or " no " in sentence or "fail" in sentence or "n't" in sentence


def _event(sentence: str, orig: str) -> str | None:
    """The event a lowercased sentence reports (`orig` keeps the case the take rule needs)."""
    if _SHOOTDOWN.search(sentence):
        return "shootdown"
    if _CONTROL.search(sentence) or _TAKE.search(orig) or (_has_negation(sentence) and _NEGATED_CONTROL.search(sentence)):
        return "control"
    if _LOSSES.search(sentence):
        return "losses"
    if _STRIKE.search(sentence):
        return "strike"
    if _OTHER_EVENT.search(sentence):
        return "other"
    return None


def _stance_and_side(sentence: str, orig: str, event: str, speaker: ActorMention | None,
                     actors: list[ActorMention], default_side: str) -> tuple[str, str, str | None]:
    """(stance, side, speaker name) by the precedence documented in the module docstring."""
    name = speaker.actor.name if speaker else None
    side = speaker.actor.side if speaker else None
    if _HEDGE.search(sentence):
        return _hedged(sentence, actors, side, name, default_side)
    if _DENIAL.search(sentence):
        return "denial", side or default_side, name
    negated = _has_negation(sentence)
    if event == "control" and negated and _NEGATED_CONTROL.search(sentence):
        if side in ("ru", "ua"):
            return "denial", side, name
        return _hedged(sentence, actors, side, name, default_side)
    if (negated or "premature" in sentence) and _WEAK_HEDGE.search(sentence) or (
            event == "control" and ("continu" in sentence or "ongoing" in sentence or "under" in sentence
                                    or "still" in sentence) and _CONTINUING.search(sentence)):
        # Fighting going on, or no evidence for a capture: a hedge, never a confirmation.
        return _hedged(sentence, actors, side, name, default_side)
    if _EVIDENCE.search(sentence):
        return "confirmation", "other", "geolocated footage"
    if speaker is not None and _CONFIRM_VERB.search(sentence):
        return "confirmation", side, name
    if event == "control" and side in ("ru", "ua") and not _STILL_HOLDS.search(sentence):
        if (_WITHDRAW.search(sentence) or _LEFT.search(orig)) and not _mentions_other_side_withdrawing(sentence, actors, side):
            return "confirmation", side, name  # conceding one's own withdrawal
        gainer = _gainer(sentence, orig, actors, speaker)
        if gainer is not None and gainer != side:
            return "confirmation", side, name  # "Ukraine's General Staff said Russian troops captured X"
    if side is None:
        agent = next((a for a in actors if a.actor.side in ("ru", "ua")), None)
        if agent is not None:
            return "claim", agent.actor.side, agent.actor.name
        return "claim", default_side, None
    return "claim", side, name


def _hedged(sentence: str, actors: list[ActorMention], side: str | None, name: str | None,
            default_side: str) -> tuple[str, str, str | None]:
    """A hedge takes the side of the claim it hedges (the speaker's when a party hedges itself)."""
    if side in (None, "other"):
        claimant = next((a for a in actors if a.actor.side in ("ru", "ua")), None)
        if claimant:
            return "hedge", claimant.actor.side, claimant.actor.name
        if adj := _SIDE_ADJ.search(sentence):
            return "hedge", "ru" if adj.group().lower().startswith(("russ", "mosc", "kreml")) else "ua", name
    return "hedge", side or default_side, name


def _gainer(sentence: str, orig: str, actors: list[ActorMention], speaker: ActorMention | None) -> str | None:
    """Side of the actor right before the first capture verb, other than the speaker."""
    found = [m for m in (_CAPTURE_RE.search(sentence), _TAKE.search(orig)) if m is not None]
    if not found:
        return None
    verb = min(found, key=lambda m: m.start())
    if _ATTEMPT_BEFORE.search(sentence[max(0, verb.start() - 40) : verb.start()]):
        return None  # "Ukraine's attempts to retake Kupiansk had failed"
    # Actors before a speaker who opens the sentence belong to whoever relays the claim.
    start = speaker.end if speaker is not None and speaker.end <= verb.start() else 0
    before = [a for a in actors if start <= a.start and a.end <= verb.start() and a is not speaker
              and a.actor.side in ("ru", "ua")]
    if not before:
        return None
    side = before[-1].actor.side
    participle = re.match(r"\w+", sentence[verb.start():])
    if (participle and participle.group().endswith(("ed", "en"))
            and _PASSIVE_BEFORE.search(sentence[max(0, verb.start() - 10) : verb.start()])):
        return "ua" if side == "ru" else "ru"  # the troops that were encircled lost, the other side gained
    return side


def _mentions_other_side_withdrawing(sentence: str, actors: list[ActorMention], side: str) -> bool:
    verb = _WITHDRAW.search(sentence) or _LEFT.search(sentence)
    before = [a for a in actors if verb and a.end <= verb.start() and a.actor.side in ("ru", "ua")]
    return bool(before) and before[-1].actor.side != side


def _extent_for(sentence: str, place: str, mention_text: str) -> str | None:
    if "%" not in sentence and "per" not in sentence.lower():
        return None
    for m in _EXTENT.finditer(sentence):
        target = m.group(2).lower()
        if target.startswith(("city", "town", "village", mention_text.lower()[:5], place.lower()[:5])):
            return f"{m.group(1)}%"
    return None


def _staff_side(text: str, default_side: str) -> str:
    """Whose "General Staff" an unqualified mention means: the story's side, else the text's clues."""
    if default_side in ("ru", "ua"):
        return default_side
    if "Staff" not in text and "Gerasimov" not in text and "Генштаб" not in text:
        return "ua"  # no Russian clue can match: skip two scans of the whole text
    russian = _RU_STAFF_CLUE.search(text) is not None
    ukrainian = _UA_STAFF_CLUE.search(text) is not None
    return "ru" if russian and not ukrainian else "ua"


_RU_STAFF_CLUE = re.compile(r"Gerasimov|Russia['’]s General Staff|Russian General Staff|Генштаб (?:ВС РФ|России)")
_UA_STAFF_CLUE = re.compile(r"Ukraine['’]s General Staff|Ukrainian General Staff|General Staff of (?:the )?(?:Ukrainian )?Armed Forces|Генштаб ЗСУ")
_UNQUALIFIED_STAFF = re.compile(r"(?:the )?General Staff$|Генштаб$|Генеральний штаб$")
_RU_STAFF = Actor("Russian General Staff", "ru")


def _actors(orig: str, staff_side: str) -> list[ActorMention]:
    """Actors of a sentence, an unqualified "General Staff" given to the side the text means."""
    found = find_actors(orig)
    if staff_side != "ru":
        return found
    return [ActorMention(a.start, a.end, _RU_STAFF)
            if a.actor.name == "Ukraine's General Staff" and _UNQUALIFIED_STAFF.match(orig[a.start:a.end]) else a
            for a in found]


def extract_statements(text: str, *, story: Any = None, gazetteer: Gazetteer | None = None) -> list[Statement]:
    """Statements in a text, one per (sentence, place, voice); `story` supplies ids, source and default side."""
    gaz = gazetteer or Gazetteer.load()
    default_side = _STORY_SIDE.get(getattr(story, "side", ""), "other")
    sentences = split_sentences(text)
    staff_side = _staff_side(text[:MAX_TEXT], default_side)
    # Places are found over the whole text so ambiguous names use the story's other places.
    joined = "\n".join(sentences)
    mentions = gaz.find(joined)
    out: list[Statement] = []
    offset = 0
    k = 0
    recent: list[Mention] = []  # the one place of a recent sentence, for "the city" after it
    since = 99
    recent_event: str | None = None
    for sentence in sentences:
        end = offset + len(sentence)
        here: list[Mention] = []
        while k < len(mentions) and mentions[k].start < end:
            if not mentions[k].region:
                here.append(mentions[k])
            k += 1
        local = [(m, m.start - offset, m.end - offset) for m in here]
        offset = end + 1
        since += 1
        ref_event = None
        if here:
            recent, since = ([here[0]] if len({m.place.name for m in here}) == 1 else []), 0
            recent_event = None
        elif recent and since <= 2 and _COREF_HINT.search(sentence) and (ref := _COREF.search(sentence)):
            # "Within hours, Kyiv denied it" / "...failed to take the city": the place just named.
            local = [(recent[0], ref.start(), ref.end())]
            ref_event = recent_event
        if local:
            found = _sentence_statements(sentence, local, story, default_side, staff_side, ref_event)
            if found and here:
                recent_event = found[-1].event
            out.extend(found)
    return out


Voice = tuple[str, str, "str | None", str, int, int]
"""(stance, side, speaker, event, clause start, clause end) of one party speaking in a sentence."""


def _voice(orig: str, default_side: str, staff_side: str, event: str | None = None,
           actors: list[ActorMention] | None = None) -> tuple[str, str, str | None, str] | None:
    """(stance, side, speaker, event) of one clause, or None when it reports no event."""
    low = orig.lower()
    sentence = low if len(low) == len(orig) else orig
    event = event or _event(sentence, orig)
    if event is None:
        return None
    if actors is None:
        actors = _actors(orig, staff_side)
    speaker = _speaker(sentence, actors)
    return (*_stance_and_side(sentence, orig, event, speaker, actors, default_side), event)


def _voices(orig: str, event: str, default_side: str, staff_side: str, actors: list[ActorMention]) -> list[Voice]:
    """Who says what in a sentence: usually one voice; two when clauses answer each other."""
    n = len(orig)
    if "; " in orig:
        # "Russia claims capture of Kupiansk; Ukraine says city still held": one voice per clause.
        out, start = [], 0
        for clause in orig.split("; "):
            found = _voice(clause, default_side, staff_side)
            if found:
                out.append((*found, start, start + len(clause)))
            start += len(clause) + 2
        if out:
            return out
    low = orig.lower()
    counter = _COUNTER.search(low) if "," in low and len(low) == n else None
    if counter:
        head = _voice(orig[: counter.start()], default_side, staff_side, event)
        tail = _voice(orig[counter.end():], default_side, staff_side, _event(low[counter.end():], orig[counter.end():]) or event)
        if head and tail and tail[1] in ("ru", "ua"):
            return [(*head, 0, n), (*tail, 0, n)]
    rebuttal = _REBUTTAL.search(low) if "," in low and len(low) == n else None
    if rebuttal:
        # "X said it captured Kupiansk, a claim Kyiv rejected as false": a claim and its denial.
        tail = orig[rebuttal.end():]
        tail_low = tail.lower()
        answer = next((a for a in _actors(tail, staff_side) if a.actor.side in ("ru", "ua")), None)
        if answer and _DENIAL.search(tail_low) and not _HEDGE.search(tail_low):
            head = _voice(orig[: rebuttal.start()], default_side, staff_side, event)
            if head and head[0] != "denial":
                return [(*head, 0, n), ("denial", answer.actor.side, answer.actor.name, event, 0, n)]
    stance, side, speaker, _ = _voice(orig, default_side, staff_side, event, actors)
    return [(stance, side, speaker, event, 0, n)]


def _sentence_statements(sentence: str, local: list[tuple[Mention, int, int]], story: Any,
                         default_side: str, staff_side: str = "ua", ref_event: str | None = None) -> list[Statement]:
    orig = sentence
    low = sentence.lower()
    if len(low) == len(sentence):
        sentence = low  # the regexes are compiled for lowercase; offsets stay the same
    event = _event(sentence, orig)
    if event is None and _EVIDENCE.search(sentence) and _TROOPS.search(sentence):
        event = "control"  # "geolocated images show Russian soldiers in the center of Avdiivka"
    if event is None and _CLAIM_ABOUT.search(sentence) and (_HEDGE.search(sentence) or _DENIAL.search(sentence)):
        event = "other"  # "the claim about Huliaipole could not be verified"
    if event is None and ref_event and (_DENIAL.search(sentence) or _HEDGE.search(sentence)):
        event = ref_event  # "Within hours, Ukraine's General Staff denied it": the claim just reported
    if event is None or _HISTORY.search(sentence):
        return []
    if event in ("strike", "shootdown") and _NO_EVENT.search(sentence):
        return []
    goal = _GOAL.search(sentence)
    if goal and not _GOAL_EXCEPT.search(sentence, 0, goal.start()):
        return []
    actors = _actors(orig, staff_side)
    voices = _voices(orig, event, default_side, staff_side, actors)
    # A place inside the speaker's own name ("Kyiv denied") is who speaks, not where.
    spoken = [(a.start, a.end) for a in actors if a.actor.rank == 1 and (
        _REPORT.match(sentence, a.end + 1) or _POSSESSIVE_CLAIM.match(sentence, a.end))]
    places: list[tuple[Mention, int, int]] = []
    seen_places: set[str] = set()
    for mention, start, end in local:
        if any(s <= start < e for s, e in spoken) or any(
            a.start <= start and end <= a.end for a in actors if a.actor.rank == 2
        ):
            continue  # "the Luhansk operational-tactical group" names a speaker, not a place
        if _NOT_A_PLACE_AFTER.match(orig, end):
            continue  # "the Dnipro River", "Kharkiv region"
        if len(local) > 1 and _GEO_REF.search(sentence[max(0, start - 40) : start]):
            continue  # "30 km south of Kupiansk" locates, it is not what the claim is about
        if _NPP_AFTER.match(orig, end) and mention.place.name == "Zaporizhzhia":
            npp = Gazetteer.load().resolve("Enerhodar")
            mention = Mention(mention.start, mention.end, mention.text, npp, (npp,)) if npp else mention
        if mention.place.name in seen_places:
            continue
        seen_places.add(mention.place.name)
        places.append((mention, start, end))
    out: list[Statement] = []
    for stance, side, speaker_name, voice_event, c_start, c_end in voices:
        # A clause speaks about its own places, or about the sentence's when it names none.
        mine = [p for p in places if c_start <= p[1] < c_end] or places
        for mention, _start, _end in mine:
            place = mention.place
            place_side = side
            if side == "local":
                # Local officials speak for the country the place lies in.
                place_side = "ru" if place.oblast in ("Belgorod", "Kursk", "Bryansk") else "ua"
            out.append(Statement(
                sentence=orig, speaker=speaker_name, side=place_side, stance=stance, event=voice_event,
                place=place.name, oblast=place.oblast, lat=place.lat, lon=place.lon,
                extent=_extent_for(orig, place.name, mention.text),
                story_id=getattr(story, "id", None), source=getattr(story, "source", None),
                published=getattr(story, "published", None),
            ))
    return out
