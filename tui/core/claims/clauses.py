"""Clauses and their voices: who says what in one sentence — usually one voice, two or more when clauses answer
each other ("Moscow claims X; Kyiv denies it", quote-first sentences, nested reported speech).

Contract: `find_voices(sentence, event, ...)` gives (stance, side, speaker, event, clause start,
clause end) for each party speaking in the sentence.
"""

from __future__ import annotations

import re
from typing import Literal

from tui.core.claims.actors import ActorMention
from tui.core.claims.cues import ATTEMPT_ONLY, COUNTER, DENIAL, EVIDENCE, HEDGE, REBUTTAL, REPORT
from tui.core.claims.parties import sentence_actors
from tui.core.claims.placeless import CANNOT_VERIFY
from tui.core.claims.stance import claimant, holds_own
from tui.core.claims.translit import has_cyrillic
from tui.core.claims.voice import classify_event, find_speaker, stance_and_side

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
        actors = sentence_actors(orig, staff_side, east_side, ministry_side)
    if speaker is False:
        speaker = find_speaker(sentence, actors)
    return (*stance_and_side(sentence, orig, event, speaker, actors, default_side), event)


# A clause of names only, with their regions and the words that join them: «А, Б та В X-ської області».
# (closed by a quote and the bulletin it is cited from: «...; В, Г Y-ської області», – вказано у зведенні)
_NAMES_ONLY = re.compile(r"\s*(?:(?:[A-ZА-ЯІЇЄҐЁ][\w'’-]*|област\w*|район\w*|громад\w*|oblasts?|regions?|та|і|й|и|and)[\s,.]*)+"
                         r"(?:[»”\"][\s,.]*(?:[–—-]\s+[^;»”\"]*)?)?")


_CLAIMS_IN = re.compile(r"\b(?:claim|claims|claimed|insist|insists|insisted|assert|asserts|asserted)\b")
# "..., acting head of the regional military administration Volodymyr Kohut reported.": the teller last
_TOLD_AT_END = re.compile(r",\s+[^,;]{0,120}\b(?:said|says|reported|reports|wrote|writes|stated|added|told)\W*$")


def _told_by(voice: Voice, teller: Voice, told_last: bool) -> bool:
    """Whether a clause's claim is the last clause's teller's: «у сел. A загинув чоловік; у сел. B ...», -
    написав X» (a clause naming no one), or "Russian forces attacked X; ..., the regional head reported"
    (`told_last`: the attacker a clause before the teller's names is no teller)."""
    if voice[0] != "claim" or voice[3] != teller[3]:
        return False
    if voice[1] == "other" and voice[2] is None:
        return teller[1] != "local"
    return told_last and voice[2] in ("Russia", "Ukraine") and voice[1] != teller[1]


def find_voices(orig: str, event: str, default_side: str, staff_side: str, actors: list[ActorMention],
            east_side: str = "ru", speaker: ActorMention | None | Literal[False] = False, ministry_side: str | None = None) -> list[Voice]:
    """Who says what in a sentence: usually one voice; two when clauses answer each other."""
    n = len(orig)
    if "; " in orig:
        # "Russia claims capture of Kupiansk; Ukraine says city still held": one voice per clause.
        out, start = [], 0
        for clause in orig.split("; "):
            clause_low = clause.lower()
            # "Moscow claims Vovchansk; Kyiv calls it a lie": an answering clause is about the sentence's event.
            # (and "...; Ukraine says fighting continues": the fight still going on there answers it)
            answer_event = event if (DENIAL.search(clause_low) or HEDGE.search(clause_low)
                                     or (out and _STILL_FOUGHT.search(clause_low) and REPORT.search(clause_low))) else None
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
            elif out and CANNOT_VERIFY.search(clause.lower()):
                # "...; Reuters could not confirm when the video was filmed": the reporter hedges what came before.
                out.append(("hedge", "other", None, out[-1][3], start, start + len(clause)))

            start += len(clause) + 2
        if len(out) > 1 and out[-1][1] in ("ru", "ua", "local") and out[-1][2] is not None:
            teller = out[-1]
            told_last = _TOLD_AT_END.search(orig) is not None
            # (not a clause whose party claims in its own verb: "The occupiers claim they have 'liberated' X; ...")
            out = [(v[0], teller[1], teller[2], *v[3:]) if _told_by(v, teller, told_last)
                   and not _CLAIMS_IN.search(orig, v[4], v[5]) else v for v in out]
        if out:
            return out
    low = orig.lower()
    if " with " in low and len(low) == n and (both := _WITH_TWO_SAYING.search(orig)) is not None:
        # "... conflicting accounts over X, with Moscow saying its troops were clearing it and Kyiv insisting
        # it remained under its control": each party's own clause, told as if it said it
        voices = []
        for party, said in (("a", "ca"), ("b", "cb")):
            clause = f"{both.group(party)} said {both.group(said)}"
            found = _voice(clause, default_side, staff_side, classify_event(clause.lower(), clause) or event,
                           east_side=east_side, ministry_side=ministry_side)
            if found is not None:
                voices.append((*found, both.start(party), both.end(said)))
        if len(voices) == 2 and {v[1] for v in voices} == {"ru", "ua"}:
            return voices
    if len(low) == n and (split := ("," in low and _OTHER_VOICE.search(low)) or (
            (": " in low or " – " in low or " — " in low) and _OTHER_VOICE_COLON.search(low))):
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
            found = find_voices(joined, classify_event(joined.lower(), joined) or event, default_side, staff_side,
                            sentence_actors(joined, staff_side, east_side, ministry_side), east_side, ministry_side=ministry_side)
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
        answer = next((a for a in sentence_actors(tail, staff_side, east_side, ministry_side) if a.actor.side in ("ru", "ua")), None)
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


# "with Moscow saying ... and Kyiv insisting ...": two parties' accounts side by side, each its own gerund
_SAYING_GERUND = r"(?:saying|claiming|insisting|reporting|announcing|asserting|maintaining|countering)"
_WITH_TWO_SAYING = re.compile(r"\bwith (?P<a>(?:[\w'’-]+ ){0,3}?[\w'’-]+) " + _SAYING_GERUND + r" (?:that )?(?P<ca>[^;]+?),? and "
                              r"(?P<b>(?:[\w'’-]+ ){0,3}?[\w'’-]+) " + _SAYING_GERUND + r" (?:that )?(?P<cb>[^;]+?)[.!]?$")
# A comma (or a headline's colon or dash), then another party answering: "..., the Ukrainian side denies it",
# "..., у ЗСУ це заперечують".
_STILL_FOUGHT = re.compile(r"\b(?:fighting|battles?|clashes|combat)\b[^,;.]{0,40}\b(?:continu\w+|ongoing|under ?way|going on|goes on|go on)\b")
_OTHER_VOICE_BODY = (
    r"\s+(?:(?:однако|але|а|но|but|while|whereas|though|тоді як|тогда как)\s+(?=[^,;]{0,50}\b(?:says|said|insists?|contends?|maintains?|кажуть|каже|"
    r"заявля\w*|заявил\w*|признал\w*|визнал\w*|говорят|говорить|тримають|утримують|удерживают|контролюють|контролируют|"
    r"обороняють|обороняют)\b)|(?=[^,;]{0,50}\b(?:denied|denies|deny|rejects|rejected|"
    r"dismissed|dismisses|заперечу\w*|заперечи\w*|спростов\w*|спростув\w*|опроверг\w*|отрица\w*|відкида\w*|неправда|признал[аи]?|визнал[аи]?|визнав)\b)|"
    # a headline's second party: "Kremlin claims X, Kyiv says Y"
    r"(?=(?:kyiv|kiev|moscow|ukraine|russia|the kremlin|kremlin)\s+(?:says|said|insists)\s+(?:that\s+)?[a-z]))")
_OTHER_VOICE = re.compile(r"," + _OTHER_VOICE_BODY + r"|"
                          # "footage shows X, and Russian milbloggers claimed that ...": a second speaker joins with its own claim
                          r",\s+and\s+(?=(?:the )?(?:russian|ukrainian|kremlin|kyiv|moscow)[^,;]{0,40}\b(?:claimed|claims|said|says|reported)\b[^,;]{0,25}?\bthat\b)")
# A headline's colon or dash before the answering party, when no comma splits it:
# «Росіяни заявили про «захоплення» X: у Силах оборони спростували»
_OTHER_VOICE_COLON = re.compile(r"(?::|\s[–—])" + _OTHER_VOICE_BODY)

# A clause after "but" that starts with its verb: "..., but rejected Moscow's reports that ...".
_BARE_DENIAL = re.compile(r"(?:also |later |then )?(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b")
_SPLIT_VERB = re.compile(r"\b(?:denied|denies|deny|rejects|rejected|dismissed|dismisses|says|said|insists?)\b")

_COUNTERING = re.compile(r",\s+(?:countering|rejecting|contradicting|disputing|refuting|denying|dismissing)\s+"
                         r"(?=(?:[\w-]+['’]s|russian|ukrainian|moscow['’]s|kyiv['’]s) (?:[\w-]+ ){0,2}(?:claims?|assertions?|statements?|reports?|announcements?) that\b)")

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
