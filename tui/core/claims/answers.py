"""Answers to another's account: "X denied Moscow's claim", "the report could not be verified",
"Kyiv says it still holds the town" told about an account rather than a place.

Contract: `account_answered(...)` gives the denials and hedges of a sentence that answers an
account, each with the account's place when the sentence names one.
"""

from __future__ import annotations

import re

from tui.core.claims.actors import Actor, ActorMention, find_actors
from tui.core.claims.cues import GOAL, HEDGE, gated, latin_text
from tui.core.claims.dates import is_history
from tui.core.claims.gazetteer import Gazetteer
from tui.core.claims.parties import sentence_actors
from tui.core.claims.placeless import (
    CANNOT_VERIFY,
    QUESTION,
    RUSSIAN_LAND,
    cannot_check_account_cyr,
    placeless_hedge,
    unplaced,
)
from tui.core.claims.places import find_places
from tui.core.claims.stance import holds_own, lang_side
from tui.core.claims.voice import find_speaker, has_negation
from tui.core.models import Statement, StoryFacts

# "The accounts of both armies have not been independently confirmed": the account before the verb.
_ACCOUNT_UNVERIFIED = re.compile(
    r"\b(?:claims?|reports?|accounts?|statements?|assertions?|videos?|footage|(?<!casualty )(?<!death )(?<!victim )(?:figures?|numbers|tall(?:y|ies))|"
    # "the capture of the village could not be verified": the event told, vouched for by nobody
    r"(?:capture|fall|seizure|advances?|gains?|withdrawal|details|push|breakthrough|extent) (?:of|by|in|from|into)\b)\b[^.;:]{0,60}\b(?:(?:has|have|had|could|can|were|was) not (?:yet )?"
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


def account_answered(sentence: str, story: StoryFacts | None, staff_side: str, ministry_side: str | None,
                      gaz: Gazetteer) -> list[Statement]:
    """A reporter's hedge or a party's denial of an account whose place the sentence does not name:
    one statement with no place (CLAIMS_GUIDE: "could not be verified" is a hedge of `other`)."""
    low = sentence.lower()
    if ((hedge := CANNOT_VERIFY.search(low)) and _VERIFIED_WHAT.match(low, hedge.end())) or (
            ("verif" in low or "confirm" in low) and _ACCOUNT_UNVERIFIED.search(low)):
        # "Reuters could not independently verify the report"
        # (a capital named as a government, "Kyiv's figures", "Moscow did not comment", names no place)
        places = find_places(sentence, gazetteer=gaz)
        if places and (named := [a for a in find_actors(sentence) if a.actor.side == "other"]):
            places = [m for m in places if not any(a.start <= m.start < a.end for a in named)]  # "Kyiv Post": an outlet's name
        # (a region or direction named, "advances into Sumy Oblast", names no settlement either)
        if any(m.place is not None and (m.place.name not in CAPITALS or not (_GOVERNMENT_NAMED.match(sentence, m.end) or POSSESSIVE_END.search(
                sentence, m.start, m.end) or _CAPITALS_PAIRED.match(sentence, max(0, m.start - 12), m.end + 12)))
               for m in places):
            return []
        return [placeless_hedge(sentence, story)]
    if not latin_text(sentence):
        return _cyrillic_account_answered(sentence, low, story, staff_side, ministry_side, gaz)
    false_word = _FALSE_WORD.search(low) is not None
    if false_word and _BARE_UNTRUE_EN.match(low):
        # '"This information is false," the General Staff said': the quoted party calls what was said untrue
        if QUESTION.search(low) or HEDGE.search(low):
            return []
        actors = sentence_actors(sentence, staff_side, ministry_side=ministry_side)
        told = find_speaker(low, actors)
        if told is None or told.actor.side not in ("ru", "ua") or any(
                m.kind == "settlement" and not any(a.start <= m.start < a.end for a in actors)
                for m in find_places(sentence, gazetteer=gaz)):
            return []  # (a settlement named: the placed path has had its say)
        return [unplaced(sentence, story, "denial", told.actor.side, True, speaker=told.actor.name)]
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
    actors = sentence_actors(sentence, staff_side, ministry_side=ministry_side)
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
    denial = unplaced(sentence, story, "denial", speaker.side, True, speaker=speaker.name)
    owner = _ACCOUNT_OWNER.search(low, start, end)
    if owner is None or not _OWNED_GAIN.match(low, end):
        return [denial]
    # "Kyiv rejected Moscow's claim that it had taken a village": the account answered is the other side's claim
    side = "ru" if owner.group(1) in ("russia", "moscow", "kremlin", "russian") else "ua"
    if side == speaker.side:
        return [denial]
    return [denial, unplaced(sentence, story, "claim", side, False)]


def _quoted_account_denied(sentence: str, low: str, story: StoryFacts | None, quote_end: int, staff_side: str,
                           ministry_side: str | None, gaz: Gazetteer) -> list[Statement]:
    """A quotation calling an account false, its speaker named after it: that speaker's denial, no place."""
    close = max(low.rfind('"'), low.rfind("”"))
    if close <= quote_end or not _SAYING.search(low, close) or QUESTION.search(low):
        return []
    if any(m.kind == "settlement" for m in find_places(sentence, gazetteer=gaz)):
        return []  # a settlement named: the placed path has had its say
    after = [a for a in sentence_actors(sentence, staff_side, ministry_side=ministry_side) if a.start > close]
    if not after or after[0].actor.side not in ("ru", "ua", "other"):
        return []
    return [unplaced(sentence, story, "denial", after[0].actor.side, True, speaker=after[0].actor.name)]


# A defender's words for holding on and a saying verb: the literal gates of holding_unplaced
_HOLDING_WORDS = ("hold", "held", "control", "maintain", "retain", "kept", "keep")
_SAYING_VERB = r"(?:said|says|told|stated|insisted|asserted|added|reported|stressed)\b"
_SAYING = re.compile(r"\b" + _SAYING_VERB)


def says_holding(sentence: str) -> bool:
    """A saying verb and a word for holding on: the sentence may be a defender's placeless denial."""
    return any(w in sentence for w in _HOLDING_WORDS) and _SAYING.search(sentence) is not None


def holding_unplaced(sentence: str, story: Any, staff_side: str, ministry_side: str | None,
                      story_date: float | None) -> list[Statement]:
    """A defender saying its forces still hold, no settlement named ("Kyiv's army said its units
    remain in control of the area", "it said Ukrainian units were holding the defence"): a denial
    with no place, of the party speaking or, behind a pronoun, of the side whose troops hold."""
    low = sentence.lower()
    if has_negation(low) or HEDGE.search(low) or GOAL.search(low) or QUESTION.search(low) or is_history(sentence, story_date) \
            or _COULD_NOT_HOLD.search(low):
        return []
    actors = sentence_actors(sentence, staff_side, ministry_side=ministry_side)
    speaker = find_speaker(low, actors)
    if speaker is not None and speaker.actor.side in ("ru", "ua") and _SAYING_AFTER.match(low, speaker.end):
        side, name = speaker.actor.side, speaker.actor.name  # (the subject of the saying verb, not troops said to hold)
    elif speaker is None and _PRONOUN_SAID.search(low) and (holder := next(
            (a for a in actors if a.actor.side in ("ru", "ua")), None)) is not None:
        side, name = holder.actor.side, None  # "it said Ukrainian units were holding": whose units hold, told by them
    elif speaker is not None and speaker.actor.name in _MAPPERS and _SAYING_AFTER.match(low, speaker.end) \
            and holds_own("ua", low):
        # "a mapping group said the village was still under Kyiv's control": independent evidence against the capture
        return [unplaced(sentence, story, "denial", "other", True, speaker=speaker.actor.name)]
    else:
        return []
    if (back := _BACK_UNDER.search(low)) is not None and ((owner := back.group(1)) == "our" or owner.startswith(
            ("ukrain", "kyiv") if side == "ua" else ("russia", "moscow"))):
        # "the village was back under Ukrainian control, the General Staff said": a place retaken, the side's claim
        return [unplaced(sentence, story, "claim", side, name is not None, speaker=name)]
    if not holds_own(side, low):
        return []
    if side == "ua" and RUSSIAN_LAND.search(low):
        # "Ukrainian forces now control 1,000 square kilometres of Russian territory": no defender there to deny
        return [unplaced(sentence, story, "claim", side, name is not None, speaker=name)]
    return [unplaced(sentence, story, "denial", side, name is not None, speaker=name)]


# Independent voices that map the front line on their own evidence (a wire only relays)
_MAPPERS = frozenset(("DeepState", "ISW", "geolocation"))
# "back under Ukrainian control": a place retaken, told by the side that holds it again
_BACK_UNDER = re.compile(r"\b(?:back|again) under (?:the )?(?:full )?(ukrainian|our|kyiv['’]s|ukraine['’]s|russian|moscow['’]s|russia['’]s) control\b")


# (an apposition may stand between: "DeepState, an online map run by analysts, said ...")
_SAYING_AFTER = re.compile(r"(?:,\s+(?:an?|the)\s+[^,;]{1,90},)?(?:\s+[\w'’-]+){0,4}?\s+" + _SAYING_VERB)
# "made it impossible to hold the positions there": holding given up, not kept
_COULD_NOT_HOLD = re.compile(r"\b(?:impossible|unable|no longer able|not possible|too costly) to (?:hold|keep|defend|control)\b")
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


# The Cyrillic nouns of an account ("information", "report", "statement", "claim") and the words calling it untrue
_ACCOUNT_NOUNS_CYR = r"інформаці|информаци|повідомленн|сообщени|твердженн|утверждени|заяв"
_NOT_TRUE_CYR = r"не соответству\w* (?:действительности|реальности)|не відповіда\w* (?:дійсності|реальності)"
# «угруповання спростувало вкиди ворога про оточення сіл»: Kyiv's (or
# Moscow's) answer to an account of a gain whose place the sentence does not name.
_CYR_DENIED_ACCOUNT = re.compile(r"\b(?:спростува|спростов|опроверг|заперечи|заперечу|отрица|отверг|"
                                 # «назвав фейком заяви про ...»: the account called untrue
                                 r"(?:назва|назвал|называ|назива)\w*\s+(?:фейк|ложь|ложью|брехн|неправд|вигадк|выдумк))\w*\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:" + _ACCOUNT_NOUNS_CYR + r"|фейк|вкид|"
                                 # or the gain itself: «отрицают потерю контроля над», «спростував захоплення двох сіл»
                                 r"потер|втрат|захопл|захват|взятт|оточенн|окружени|окупаці|оккупаци)\w*")
# «сообщения о якобы захвате ... не соответствуют действительности»: the account named first, then called untrue
_CYR_ACCOUNT_UNTRUE = re.compile(r"\b(?:" + _ACCOUNT_NOUNS_CYR + r")\w*\s+(?:[\w'’-]+\s+){0,6}?"
                                 r"(?:о|об|про|щодо)\s+(?:[\w'’«»\"-]+\s+){0,10}?(?:" + _NOT_TRUE_CYR + r"|"
                                 r"(?:є|являются|является|это|це)\s+(?:\w+\s+)?"
                                 r"(?:фейк|ложь|брехн|неправд|дезинформаци|дезінформаці)\w*)")
# «Ця заява не відповідає дійсності», «такі твердження не мають нічого спільного з дійсністю»: the account just
# told called untrue in a sentence of its own
_BARE_UNTRUE = re.compile(r"(?:^|[:«\"„“–—-]\s*)(?:(?:ця|эта) )?(?:це|это|інформація|информация|(?:ці|такі) (?:повідомлення|заяви|твердження)|"
                          r"(?:эти|такие) (?:сообщения|заявления|утверждения)) (?:[\w'’-]+ ){0,2}?"
                          r"(?:" + _NOT_TRUE_CYR + r"|"
                          r"не мають нічого спільного з (?:реальністю|дійсністю)|не имеют ничего общего с (?:реальностью|действительностью))")
_CYR_WAR_EVENT = re.compile(r"\b(?:захопл|захват|взятт|взяти|оточенн|окружени|окупаці|оккупаци|контрол|просуванн|продвижени|"
                            r"прорив|прорыв|вихід|выход|звільненн|освобождени)\w*")

# «Насправді це чергова брехня російського командування», «Заяви окупантів про захоплення селища – фейк»,
# «Жодного «оточення», про яке заявляв Герасимов, не існує»: the foe's account of the war called a lie, no
# place named (the claim it answers was told before). The owner decides whose denial it is.
_LIE_WORDS_CYR = r"брехн\w*|брехлив\w*|ложь|ложью|лжи|лживы\w*|фейк\w*|вигадк\w*|выдумк\w*|фантазі\w*|фантази\w*|міф\w*|миф\w*"
_LIE_EPITHETS_CYR = r"черг\w+|очередн\w+|нов\w+|відверт\w+|откровенн\w+|повн\w+|полн\w+|звичайн\w+|обычн\w+|явн\w+"
_FOE_OF_KYIV_CYR = (r"росі\w*|рф|кремл\w*|окупант\w*|оккупант\w*|ворог\w*|врага|вражеск\w*|рашист\w*|загарбник\w*|"
                    r"российск\w*|россиян\w*|герасимов\w*|путін\w*|путин\w*|пропаганд\w*")
_FOE_LIE_CYR = re.compile(
    r"(?<!\w)(?:(?:" + _LIE_EPITHETS_CYR + r") )*(?:" + _LIE_WORDS_CYR + r")"
    # (the owner in the genitive right after, or behind a word or two: «брехня російського командування», not
    # «фейків – внутрішня аудиторія РФ» or «фейкові перемоги для Путіна»)
    r"(?: (?!(?:для|про|о|об|щодо|на|у|в|с|з|и|і|та)\b)[\w'’]+){0,2}? (?:" + _FOE_OF_KYIV_CYR + r")(?!\w)|"
    r"(?<!\w)(?:заяв\w*|повідомленн\w*|сообщени\w*|твердженн\w*|утверждени\w*) (?:[\w'’«»\"-]+ ){0,2}(?:" + _FOE_OF_KYIV_CYR + r") "
    r"(?:[\w'’«»\"-]+ ){0,6}?[–—-] (?:(?:це|это|лише|лишь|просто|" + _LIE_EPITHETS_CYR + r") )*(?:" + _LIE_WORDS_CYR + r")(?!\w)|"
    r"(?<!\w)(?:жодного|ніякого|никакого|жодних|ніяких|никаких) [«\"„“]?(?:оточенн|окружени|блокуванн|блокировани|захопленн|захвата|прорив|прорыв|"
    r"котл|просуванн|продвижени)\w*[»\"“”]?,? (?:[\w'’«»\"-]+,? ){0,6}?не (?:існує|було|існувало|существует|было|существовало)(?!\w)", re.IGNORECASE)
# («брехня про переговори»: the foe's politics, not its account of the fighting)
_NOT_THE_FIGHTING_CYR = re.compile(r"(?<!\w)(?:переговор\w*|санкці\w*|санкци\w*|вибор\w*|выбор\w*|мобілізац\w*|мобилизац\w*|"
                                   r"економік\w*|экономик\w*|референдум\w*|історі\w*|истори\w*)(?!\w)", re.IGNORECASE)


def _unnamed_foe_lie(sentence: str, low: str, story: StoryFacts | None, gaz: Gazetteer) -> list[Statement]:
    """Moscow's account of the fighting called a lie in Ukrainian or Russian with no place named: Kyiv's denial."""
    if not any(word in low for word in ("брех", "лож", "лжи", "лжив", "фейк", "вигад", "выдум", "фантаз", "міф", "миф", "не існу",
                                          "не було", "не существ", "не было")):
        return []
    if _FOE_LIE_CYR.search(low) is None or _NOT_THE_FIGHTING_CYR.search(low) or QUESTION.search(low) \
            or HEDGE.search(low) or GOAL.search(low) or any(m.kind == "settlement" for m in find_places(sentence, gazetteer=gaz)):
        return []
    return [unplaced(sentence, story, "denial", "ua", False)]


def _cyrillic_account_answered(sentence: str, low: str, story: StoryFacts | None, staff_side: str, ministry_side: str | None,
                               gaz: Gazetteer) -> list[Statement]:
    """account_answered in Ukrainian and Russian: the account must be about a gain in the war."""
    if cannot_check_account_cyr(low) and not any(m.kind == "settlement" for m in find_places(sentence, gazetteer=gaz)):
        # «Би-би-си не может независимо проверить эти сведения», «Независимо проверить заявления сторон не
        # представляется возможным»: the reporter's hedge of the account just told, no place named
        return [placeless_hedge(sentence, story)]
    if "спрост" not in low and "опроверг" not in low and "запереч" not in low and "отрица" not in low \
            and "отверг" not in low and "назва" not in low and "назива" not in low and "называ" not in low \
            and "действительн" not in low and "дійсн" not in low and "фейк" not in low and "неправд" not in low \
            and "реальн" not in low:
        return _unnamed_foe_lie(sentence, low, story, gaz)
    denied = _CYR_DENIED_ACCOUNT.search(low)
    if denied is None and ("действительн" in low or "дійсн" in low or "реальн" in low or "фейк" in low or "ложь" in low
                           or "брехн" in low or "неправд" in low or "дезин" in low or "дезін" in low):
        denied = _CYR_ACCOUNT_UNTRUE.search(low)
    # (the gain may be the object itself: «спростував захоплення»)
    if (denied is None or _CYR_WAR_EVENT.search(low, denied.start()) is None) and (denied := _BARE_UNTRUE.search(low)) is None \
            or QUESTION.search(low):
        return _unnamed_foe_lie(sentence, low, story, gaz)
    actors = sentence_actors(sentence, staff_side, ministry_side=ministry_side)
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
    return [unplaced(sentence, story, "denial", speaker.side, bool(speaker.name), speaker=speaker.name or None)]


POSSESSIVE_END = re.compile(r"['’]s?$")

CAPITALS = frozenset(("Kyiv", "Moscow"))
_GOVERNMENT_NAMED = re.compile(r"['’]s?\b| (?:did|does|has|have|had) not\b| (?:declined|refused)\b")
