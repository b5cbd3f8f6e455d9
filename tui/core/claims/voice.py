"""Who speaks in a sentence, what event it reports and with which stance, for which side.

Stance precedence: hedge (a sentence that reports and hedges a claim is a hedge) > denial >
confirmation > claim. The side of a hedge is the side whose claim is hedged. Reported speech
keeps the claimant ("Reuters reported that Moscow says it took X" is Moscow's claim).
"""

from __future__ import annotations

import re

from tui.core.claims.actors import ActorMention
from tui.core.claims.translit import has_cyrillic
from tui.core.claims.cues import (
    ATTEMPTS_FAILED,
    LOSS_OF_PLACE_CYR,
    EYEWITNESS,
    OWNED_BY,
    ATTEMPT_BEFORE,
    CAPTURE_RE,
    CLAIM_VERB,
    CLAUSE_BREAK,
    CONFIRM_VERB,
    CONTINUING,
    CONTRADICTS,
    FORCES_HIT,
    CONTROL,
    CONTROL_MORE,
    DENIAL,
    ENEMY,
    EVIDENCE,
    FOILED,
    FREED_FROM,
    HEDGE,
    LEFT,
    LOSSES,
    MAP_MARK,
    NEGATED_CONTROL,
    NO_HARM,
    NO_HARM_GATE,
    PERSON_CAPTURED,
    OTHER_EVENT,
    PASSIVE_BEFORE,
    RELAY_VERB,
    REPORT,
    SHOOTDOWN,
    STILL_HOLDS,
    STRIKE,
    TAKE,
    TROOPS_ENCIRCLED,
    WEAK_HEDGE,
    WITHDRAW,
    ringed_side,
)
from tui.core.claims.stance import HALTED, NOT_TAKEN, TOOK_BACK, UNDER_SIDE_CYR, holder_side, holds_own, lang_side

_ACCORDING = frozenset(("according to", "по данным", "за даними", "за словами", "по словам", "згідно з", "згідно із", "згідно зі",
                        "согласно", "по заявлению", "по информации", "по сообщению", "за заявою", "за інформацією",
                        "по оценке", "по оценкам", "за оцінкою", "за оцінками"))


# A verb right after the actor that follows "said": it is what was said ("DeepState, a map project,
# said Russian troops had not entered X"), not who said it.
# (a past tense without -ed too: ", said Russians hit Kupiansk": the clause said, not who said it)
_CLAUSE_AFTER = re.compile(r"\s+(?:had|has|have|were|was|are|is|will|would|could|did|\w+ed|hit|struck|shot|took|overran|retook|"
                           r"withdrew|broke|drove|fought|held|kept|lost|won|fell|threw|sent|made|began)\b")

# "As the ministry says, ...", «Як стверджують у Міноборони Росії, ...»: the one named after the verb speaks.
_AS_OPENING = re.compile(r"\s*(?:[Яя]к|[Кк]ак|[Aa]s)\s+")
_CLOSING_QUOTES = ('"', "”", "»", "’")
_OPENING_QUOTES = ("«", '"', "“", "„", "'", "‘")
# The end of a quotation right before its verb, in the dash style of Ukrainian and Russian text: «...», — заявив
# «... – про це повідомив проєкт DeepState», «..., об этом сообщили в ISW»: who follows the verb said it.
_ABOUT_THIS = re.compile(r"[,–—-]\s*(?:про це|об этом)\b[^,;.]{0,30}$")
_QUOTE_DASH = re.compile(r"[»”\"'],?\s*[—–-]\s*$")


# Between a party and its verb: adverbs and auxiliaries ("Gerasimov had reportedly told").
_ADVERB_GAP = re.compile(r"(?:\s+(?:[a-z]+ly|also|earlier|later|then|once|again))+\s+")
# Between a party and its verb: a title or a day, never a new clause ("Ukraine's army chief said").
_TITLE_GAP = re.compile(r"\s+(?:chief|head|commander|spokes(?:man|woman|person)|leadership|command|officials?|(?:on|late on|early on) \w+day)\s+")


_PRONOUN_SOURCE = re.compile(r"\s+(?:him|her|them)\s*,")
_DATA_OF = ("по информ", "по данн", "по сообщ", "за дан", "за інформ")
"""«по данным», «за інформацією»: a source of information, not of words (unlike «по словам X», a person)."""


def _subject(sentence: str, verb: re.Match[str], actors: list[ActorMention], after: int) -> ActorMention | None:
    """The actor saying `verb`: 'according to X', ', said X', or the clause's subject before it."""
    if verb.group().lower() in _ACCORDING:
        if _PRONOUN_SOURCE.match(sentence, verb.end()):
            return None  # "according to him, Ukraine lost ...": the source is a person named earlier, not who follows
        # "according to him, ... the attack of the Russian soldiers": a party far past the phrase is not its source
        following = [a for a in actors if a.start >= verb.end() and (a.start - verb.end() <= 60 or not sentence.startswith(("him", "her", "them"), verb.end() + 1))
                     # «за даними рятувальників, під атакою ворога ...»: past the source's comma the enemy is what was said, never its source
                     and not ("," in sentence[verb.end():a.start] and ENEMY.fullmatch(sentence, a.start, a.end))
                     # «по данным телеканала, ВСУ ...»: a source with no party named ends at its comma; who follows is what was said
                     and not ("," in sentence[verb.end():a.start] and verb.group().lower().startswith(_DATA_OF)
                              and sentence[verb.end():sentence.index(",", verb.end())].strip())]
        return max(following[:2], key=lambda a: (a.actor.rank, -a.start)) if following else None
    if verb.group().lower() != "told" and not verb.group().startswith("accus") and not verb.group().endswith("ши") and (
            # "X, a spokesman, told Reuters": who follows "told" listens ("accused Kyiv": is accused); «..., заявивши» is the main subject's
            "," in sentence[max(0, verb.start() - 3) : verb.start()] or _QUOTE_DASH.search(sentence, 0, verb.start())
            or _ABOUT_THIS.search(sentence, max(0, verb.start() - 50), verb.start())
            # ", as was reported by the head of the regional administration": who follows "by" reported it
            or sentence.endswith((", as was ", ", as ", ", as it was "), 0, verb.start())
            or _AS_OPENING.fullmatch(sentence, 0, verb.start())):
        following = [a for a in actors if 0 <= a.start - verb.end() <= 2
                     or (0 <= a.start - verb.end() <= 4 and sentence[verb.end():a.start].strip() in ("в", "у", "by"))]
        if not following and verb.group().isascii() and (named := _NAME_THEN_TITLE.match(sentence, verb.end())) is not None:
            # ", said Ivan Petrenko, the regional governor": a name the lexicon lacks, then the title that places him
            following = [a for a in actors if 0 <= a.start - named.end() <= 4]
        if not following and sentence.lstrip()[:1] in _OPENING_QUOTES:
            # '"...," said the head of Russia's General Staff' / «...», — заявив начальник російського генштабу
            following = [a for a in actors if 0 <= a.start - verb.end() <= 40 and "," not in sentence[verb.end():a.start]]
        if not following and not verb.group().isascii():
            # «..., сообщил «Интерфаксу» источник в Минобороны»: after the verb, whom it was told to
            # comes before who told it; the subject still follows within the clause.
            # («..., повідомив пізно ввечері 11 листопада головнокомандувач ЗСУ»: a time between)
            following = [a for a in actors if 0 <= a.start - verb.end() <= 90
                         and not _CLAUSE_GAP.search(sentence, verb.end(), a.start)]
        if following and not _CLAUSE_AFTER.match(sentence, following[0].end):
            head = following[0]
            # «сообщает украинский военный паблик Deep State»: the words before a named source describe it
            named = next((a for a in actors if 0 <= a.start - head.end <= 26 and a.actor.rank > head.actor.rank
                          and not _CLAUSE_GAP.search(sentence, head.end, a.start)), None)
            return named or head  # ", said Syniehubov" / ", повідомив Синєгубов"
        if not verb.group().isascii() and len(sentence) - verb.end() <= 60 \
                and not _CLAUSE_GAP.search(sentence, verb.end()):
            return None  # «..., добавил собеседник агентства.»: the speaker closes the sentence, unnamed; what precedes is what was said
    if not verb.group().isascii():
        # «... до Покровська підтвердив Генштаб ЗСУ.»: Ukrainian and Russian put the subject after
        # its verb; one that closes the sentence right after the verb is who speaks.
        end = len(sentence.rstrip(" .!»\"”"))
        closing = [a for a in actors if 0 <= a.start - verb.end() <= 2 and end - a.end <= 1]
        if closing:
            return closing[0]
    if sentence.lstrip()[:1] in _OPENING_QUOTES:
        # '"Russian troops forced Ukrainian units out of X," a statement said': who is named inside
        # the quotation is its subject matter, not who says it.
        after = max(after, max(sentence.rfind(q, 0, verb.start()) for q in _CLOSING_QUOTES))
    if "," in sentence[max(0, verb.start() - 40) : verb.start()] \
            and (unnamed := _UNNAMED_SAYER.search(sentence, max(0, verb.start() - 40), verb.start())) is not None \
            and not any(unnamed.start() <= a.start < verb.start() for a in actors):
        return None  # "..., military officials announced": the speaker is unnamed, not the last party the clause named
    if verb.group().isascii() and _PRONOUN_SAYER.search(sentence, max(0, verb.start() - 14), verb.start()):
        return None  # "..., he said": someone named in an earlier sentence, not the last party this one names
    # (a country named as where, "to the north of Ukraine", is already left out by parties.sentence_actors)
    # "Smirnov, the governor of Kursk, which borders Ukraine, said", "the Deep State blog, which documents ...,
    # confirmed": who the aside names does not speak, and the subject stands before it
    aside = _RELATIVE_ASIDE.search(sentence, max(after, verb.start() - 160), verb.start()) if ", wh" in sentence else None
    subject_end = aside.start() if aside is not None and any(after <= a.start and a.end <= aside.start() for a in actors) \
        else verb.start()
    before = [a for a in actors if a.start >= after and a.end <= subject_end and subject_end - a.end <= 90]
    if not before:
        return None
    if subject_end - before[-1].end <= 2 or _TITLE_GAP.fullmatch(sentence, before[-1].end, subject_end) \
            or _ADVERB_GAP.fullmatch(sentence, before[-1].end, subject_end):
        # "..., the regional governor said", "Ukraine's army chief said", "Kyiv on Friday said",
        # "as Gerasimov reportedly informed Putin": the verb's own subject, whoever the clause began with
        return before[-1]
    # A named body wins over a generic word; among equals the clause's subject comes first.
    best_rank = max(a.actor.rank for a in before)
    return [a for a in before if a.actor.rank == best_rank][0]


# ", which is also located on the border with Ukraine, ": an aside about the one before, closed right before the verb
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;]{3,140},\s*$")
# " Ivan Petrenko, the ": a man's name, then his title in apposition
# (read on lowercased text too: two or three words that are no function words)
_NAME_THEN_TITLE = re.compile(r"\s+(?!(?:that|in|on|at|to|the|an?|it|he|she|they|its|this|after|before|as|when|while|on|by|of)\b)"
                              r"(?:[A-Za-z][\w'’-]+\s+){1,2}[A-Za-z][\w'’-]+,\s+")
# ", he said": the speaker is someone named in an earlier sentence
_PRONOUN_SAYER = re.compile(r",\s+(?:he|she|they)\s+(?:also\s+|later\s+|then\s+)?$")
# ", military officials announced", ", local authorities said": a sayer left unnamed closes the sentence.
_UNNAMED_SAYER = re.compile(r",\s+(?:(?:the|an?|local|regional|military|army|defen[cs]e|government|senior|city|two|several|some)\s+){0,3}"
                            r"(?:officials?|authorities|sources|commanders?|administration|service|brigade|corps|command|regiment|"
                            r"battalion|agency|statement|spokes(?:person|man|woman)|press service)\s+$")
_CLAUSE_GAP = re.compile(r"[,;:—–]|\b(?:что|що|як|как|о том|про те)\b")
_CITE_WORDS = re.compile(r"cit|quot|ссылк|посилан|ссылая|посилаю")  # a literal scan first: most sentences cite nobody
_CITED = re.compile(r"\b(?:cit(?:ed|es|ing)|quot(?:ed|es|ing))\s+(?!by\b)(?P<who>[^,;.]{3,80}?)(?:\s+as\s+(?:saying|stating)\b|\s*[,;.]|$)"
                    r"|(?:со ссылкой на|з посиланням на|із посиланням на|ссылаясь на|посилаючись на)\s+(?P<who2>[^,;.]{3,80})")


def find_speaker(sentence: str, actors: list[ActorMention]) -> ActorMention | None:
    """Who makes the statement: the first reporting verb's subject, unless it only relays a claim.

    Reported speech keeps the claimant: in "Reuters reported that Moscow says it took X" and
    "Ukraine's General Staff said Russia claimed the capture of X" the claim is Moscow's.
    """
    if not actors:
        return None
    if (colon := sentence.find(": ", 0, 48)) > 0 and (head := actors[0]).start <= 2 and colon - 1 <= head.end <= colon \
            and (head.actor.rank >= 2 or head.actor.side == "local") and not _REPORT_IN_HEAD.search(sentence, 0, colon):
        # a headline's "Governor Gladkov: drones attacked two villages": the one named before the colon speaks
        return head
    if sentence[:1] in _OPENING or sentence[1:2] in _OPENING:
        # '"... Russia is lying again," said the spokesman': words inside the quotation are the
        # quoted speaker's, whoever they name; the speaker is named after it.
        close = max(sentence.rfind("”"), sentence.rfind('"'), sentence.rfind("»"))
        if close > 10 and _SAID_AFTER_QUOTE.match(sentence, close + 1):
            actors = [a for a in actors if a.start > close] or actors
    if sentence[-1:].isalnum() and (tail := _HEADLINE_SOURCE.search(sentence)) is not None \
            and (named := [a for a in actors if a.start >= tail.start(1) and a.actor.rank >= 2]):
        # a headline closed by its source: "Drones hit a pumping station in X - SBU source"
        return max(named, key=lambda a: (a.actor.rank, -a.start))
    if (dash := _DASH_SOURCE.search(sentence) or (_SAID_IN.search(sentence) if "повідомлен" in sentence or "сообщени" in sentence
                                                  or "заяв" in sentence else None)) is not None:
        # «X не находится под оккупацией, - DeepState», "..., — the General Staff": the source named after the dash
        after = [a for a in actors if a.start >= dash.start() + 1]
        if after:
            return max(after, key=lambda a: (a.actor.rank, -a.start))
        if not any(q in sentence[:dash.start() - 1] for q in _OPENING_QUOTES) and _SAID_IN.match(sentence, dash.start()):
            # «... бригады ВСУ», — говорится в сообщении: the end of a message (or of a quotation opened in the
            # sentence before) that names nobody, whose troops are what it tells of
            return None
    cited = _CITED.search(sentence) if _CITE_WORDS.search(sentence) else None
    if cited is not None:
        # "the agency cited the Defence Ministry as saying", "Reuters, citing Ukraine's military":
        # the claim is the cited source's, not the relaying outlet's.
        who = "who" if cited.group("who") is not None else "who2"
        inside = [a for a in actors if cited.start(who) <= a.start < cited.end(who)]
        if inside:
            return max(inside, key=lambda a: (a.actor.rank, -a.start))
        outlet = [a for a in actors if a.end <= cited.start() and cited.start() - a.end <= 40 and a.actor.rank >= 2]
        if outlet:
            return outlet[-1]  # "RIA cited an official as saying": no named source, so the outlet's word
    if ("как " in sentence or "як " in sentence) and (aside := next(
            (a for a in actors if _AS_SAID_BY.search(sentence, max(0, a.start - 40), a.start)), None)) is not None:
        if not (" не " in sentence[:aside.start] and len(sentence.rstrip(" .!»\"”")) - aside.end <= 2 and aside.actor.side in ("ru", "ua")):
            return aside  # «обе ракеты, как утверждают украинские военные, были сбиты»: the aside names who says it
        # «..., що фізично не дозволяє "оточити 15 батальйонів", як заявляють росіяни»: closing a rebuttal,
        # the aside names whose claim is answered, not who speaks
        actors = [a for a in actors if a is not aside]
    first: ActorMention | None = None
    relay = False
    for verb in REPORT.finditer(sentence):
        if first is None and _IMPERSONAL.search(sentence, max(0, verb.start() - 16), verb.start()):
            continue  # "it is noted that troops gained ground": nobody is named as saying it
        if first is None and verb.group() in ("claims", "reports") and _COUNTED_NOUN_BEFORE.search(sentence, max(0, verb.start() - 12), verb.start()):
            continue  # "31 reports of damage were received, the governor reported": a noun counted; the speaker comes later
        if first is None and verb.group() in ("claim", "claims", "report", "reports") \
                and sentence[verb.start() - 3:verb.start() - 1] in ("'s", "’s") and REPORT.search(sentence, verb.end()):
            continue  # "the ministry's claim to have taken X is premature, ISW said": a noun; the speaker comes later
        if first is None and verb.group() in ("claim", "claims", "report", "reports") \
                and sentence[verb.start() - 3:verb.start() - 1] in ("'s", "’s") \
                and _DISPUTED_BEFORE.search(sentence, max(0, verb.start() - 40), verb.start()):
            continue  # "..., undermining Moscow's claims of victory": the claims answered, not who speaks
        if first is None:
            first = _subject(sentence, verb, actors, 0)
            relay = first is not None and RELAY_VERB.fullmatch(verb.group()) is not None
            first_verb = verb.group()
            last_end = verb.end()
            continue
        if not relay or sentence[verb.start() - 3 : verb.start() - 1] in ("'s", "’s") or (
                first.actor.side in ("ru", "ua") and DENIAL.search(sentence)):
            break  # "denied Moscow's claim", "said Russia falsely claimed": the speaker's own denial
        if _AFTER_WHEN.search(sentence, last_end, verb.start()):
            break  # "Ukraine said its troops still fight in X after Russia said it took X": a second statement, not nested
        inner = _subject(sentence, verb, actors, last_end)
        if first_verb not in _ACCORDING and CLAUSE_BREAK.search(sentence, last_end, verb.start()) and not (
                inner is not None and _WHERE_BEFORE.search(sentence, max(0, inner.start - 12), inner.start)):
            break  # "X said ..., but Y said ...": coordinated, not reported speech
        if inner is not None and inner.actor.side in ("ru", "ua") and (
            first.actor.side not in ("ru", "ua") or (inner.actor.side != first.actor.side and CLAIM_VERB.fullmatch(verb.group()))
        ):
            return inner
        last_end = verb.end()
    if first is None and (condemner := next((a for a in actors if a.actor.side == "other" and _CONDEMNS.match(sentence, a.end)), None)):
        return condemner  # "UNESCO condemned the strike on X": the independent voice that condemns it states it
    return first


_CONCEDED_THAT = re.compile(r"\b(?:acknowledged|acknowledges|admitted|admits|conceded|concedes) (?:on \w+ )?that\b")
_CONDEMNS = re.compile(r"\s+(?:condemn(?:s|ed)?|denounc(?:es|ed))\b", re.IGNORECASE)
_COUNTED_NOUN_BEFORE = re.compile(r"\b(?:\d[\d,]*|several|many|numerous|multiple|dozens of|hundreds of) $")
# "repelled an attempt by Russian units to advance", "thwarted the enemy's bid to": the attempt foiled is no gain of the attacker
_REPELLED_ATTEMPT = re.compile(r"\b(?:repel(?:s|led)?|repuls(?:e|es|ed)|thwart(?:s|ed)?|foil(?:s|ed)?|stopped|halted|beat back|fought off|fended off|disrupted) "
                               r"(?:an? |the |all |several |two |three |\d+ )?(?:[\w'’-]+ ){0,2}?(?:attempts?|bids?|efforts?) (?:by|of|to)\b")
# «..., как утверждают украинские военные, ...», «як повідомили в Генштабі»: a parenthesis naming the teller next
_AS_SAID_BY = re.compile(r"(?:^|[\s,(])(?:как|як) (?:утвержда\w*|стверджу\w*|сообща\w*|сообщил\w*|повідомля\w*|повідомил\w*|заявля\w*|"
                         r"заявил\w*|пишут|пишуть|отмечают|зазначають|передает|передає)(?: в| у| во)? $")
# "After isolating Russian troops in the city, Ukrainian forces ...": a party as the object of a gerund, not who acts
_GERUND_OBJECT_BEFORE = re.compile(r"\b(?:isolating|encircling|surrounding|trapping|repelling|repulsing|routing|pushing back|cutting off|"
                                   r"blocking|defeating|driving out|ousting|"
                                   # "defenders push Russians out of X": who is pushed out is no agent
                                   r"push(?:es|ed)?|drive[sn]?|drove|forc(?:es|ed)|kick(?:s|ed)?|knock(?:s|ed)?|threw|throws?)\s+(?:the\s+)?$")
# What a sentence does to a party's claims it names as a noun: "undermining Moscow's claims", "despite Kyiv's reports"
_DISPUTED_BEFORE = re.compile(r"\b(?:undermin\w*|challeng\w*|contradict\w*|despite|refut\w*|debunk\w*|dispel\w*|belie\w*|"
                              r"cast(?:s|ing)? doubt on|complicat\w*|counter\w*|rebut\w*)\s+(?:[\w'’-]+\s+){0,2}$")
_OPENING = "\"“«"
# (not a headline's own statement before its colon: "Russia says ...: live")
_REPORT_IN_HEAD = re.compile(r"\b(?:says?|said|claims?|reports?)\b")
# A headline's source after a spaced dash, with no full stop: "... - SBU source", "... — Azov Corps"
_HEADLINE_SOURCE = re.compile(r"\s[-–—]\s+(?=\S)((?:[\w'’.-]+\s?){1,4})$")
_IMPERSONAL = re.compile(r"\bit (?:is|was|has been|had been) (?:also )?$")
# A source named last after a dash, closing the sentence: ", - DeepState", "» — Генштаб ЗСУ."
# «..., говорится в сообщении 110 ОМБр», «ідеться в повідомленні DeepState»: the source named after the message noun
_SAID_IN = re.compile(r"[,»”\"]\s+[-–—]?\s*(?:говорится|сообщается|отмечается|ідеться|йдеться|зазначається|зазначено|указано)\s+"
                      r"(?:в|у|во)\s+(?:\w+\s+)?(?:сообщении|заявлении|публикации|посте|повідомленні|заяві|дописі|публікації)\b")
# (not a count after the dash: ««Восток» – до N военнослужащих» lists kills, it names no source)
# (nor a gloss of the name: '"liberation of Dimitrov" — Ukraine's Myrnohrad')
_DASH_SOURCE = re.compile(r"[,»”\"]\s+[-–—]\s+(?=\S)(?!(?:более|менее|свыше|около|до|понад|близько|майже|почти|понад)?\s*\d)"
                          r"(?!(?i:ukraine|russia)['’]s (?!(?i:general|armed|defen[cs]e|air|naval|navy|ground|foreign|security|state|border|"
                          r"national|emergency|interior|military|ministry|president|mod|army|joint|southern|northern|eastern|western))"
                          r"[^\W\d_][\w'’-]+[.!]?\s*$)"
                          r"(?:[\w'’.-]+\s?){1,4}[.!]?\s*$")
# "analysts say ... the battle for X, where Moscow has said it took the city": the party speaks inside the clause
_WHERE_BEFORE = re.compile(r",\s+(?:where|which|after|as)\s+(?:the\s+)?$")
_AFTER_WHEN = re.compile(r"\b(?:after|before|since|while|whereas|days? after|hours? after)\b")
_SAID_AFTER_QUOTE = re.compile(r"[^\"“”«»]{0,60}?\b(?:said|says|wrote|writes|added|adds|told|stated|noted|insisted|emphasi[sz]ed|stressed|underlined|underscored|pointed out)\b")
# A town described by who holds it, not an event: "Kramatorsk, the largest city still held by Ukraine".
_HELD_BY = re.compile(r"\b(?:city|cities|town|towns|village|villages|settlements?|hub|stronghold|part|parts|areas?|territory|territories)"
                      # ("one of the last large cities in the Donetsk region still held by Ukraine": up to five words)
                      # (not "part of X continues to be held by ...": a verb before "held" makes it the news)
                      r" (?:(?!(?:be|is|are|was|were|remains?|remained) )[\w'’-]+ ){0,5}(?:still |now |firmly )?(?:held|controlled|occupied) by\b|"
                      # "in the town of Toretsk, which is under Kyiv's control": a description after a comma
                      r", (?:which|that) (?:is|was|are|were|remains) (?:still |now )?under (?:\w+['’]s |ukrainian |russian )?control\b|"
                      # "the only town of the district that is still under Kyiv's control": which one it is, not news
                      r"\b(?:(?:the|and) last|the only|one of the|one of few|the few)\b[^.;,]{0,70}? (?:which|that) (?:is|was|are|were|remains?|remained) "
                      r"(?:still |now )?under (?:\w+['’]s |ukrainian |russian )?control\b|"
                      # «к Краматорску — последнему крупному городу области под контролем Украины»
                      r"(?:последн|останн|единствен|єдин)\w* (?:[\w'’-]+ ){0,3}(?:город|міст|сел|населен|населён)\w* "
                      r"(?:[\w'’-]+,? ){0,4}(?:(?:все еще|ещё|еще|досі|все ще|пока|поки) )?(?:под|під) (?:\w+ )?контролем\b")


# "liberated X, one of the last villages still under Ukrainian control": who held it until the capture
_HELD_UNTIL_TAKEN = re.compile(r"(?:\b(?:one of the|among the|the last|the few|the only|remaining)\b[^.;]{0,60}|\bstill )$")


def has_negation(sentence: str) -> bool:
    """A cheap test before the negation patterns: most sentences have no 'not', 'no' or 'fail'."""
    return " not " in sentence or " no " in sentence or "fail" in sentence or "n't" in sentence or " не " in sentence \
        or "inability" in sentence or "unable" in sentence


# Words every match of TAKE contains: a sentence with none of them skips the scan.
_TAKE_WORDS = ("took", "tak", "enter", "control", "loss of", " left ", "abandoned", "lready in", "now in", "e lost", "ve lost", "anaged to", "ucceeded to",
               "captured", "seized", "liberated", " cleared ", " hold", "потер", "утрат", "втрат")


def _take(orig: str) -> re.Match[str] | None:
    """TAKE.search(orig)."""
    if not any(word in orig for word in _TAKE_WORDS):
        return None
    return TAKE.search(orig)


_DESTROYED = re.compile(r"знищено|знищил\w*|уничтожил\w*|уничтожен\w*")
_CIVIL_OBJECT = re.compile(r"\b(?:дом|дома|домов|будин\w*|квартир\w*|кухн\w*|автомобил\w*|машин\w*|здани\w*|будівл\w*|"
                           r"построй\w*|споруд\w*|гараж\w*|магазин\w*|школ\w*|склад\w* помещени\w*|автозаправ\w*|АЗС)\b")
# Hardware and men of an army («танки», «бойові машини піхоти», «живой силы»): destroyed, they are losses even beside a car.
_ARMY_HARDWARE = re.compile(r"танк|\bбмп\b|\bбтр\b|\bсау\b|(?:бойов|боев)\w* (?:броньован\w* |бронированн\w* )?машин|"
                            r"артилерійськ\w* систем|артиллерийск\w* систем|гармат|живої сили|живой силы|особового складу|личного состава")


_HELD_BEFORE = re.compile(r"\b(?:russian|ukrainian|russia|ukraine|kremlin|moscow|kyiv|kiev|separatist|rebel)-(?:controlled|held|occupied)\b")
# "near Pokrovsk, which is besieged by Russian forces, ...": the reporter's description of the place, no event
_DESCRIBED_SIEGE = re.compile(r", (?:which|that) (?:is|was|has been|had been|remains) (?:now |being |largely |almost |nearly |partly |effectively )?"
                              r"(?:besieged|encircled|surrounded|semi-encircled|half-encircled|under siege)\b[^,;]*")
_AS_ADVANCED = re.compile(r"\bas (?:the )?(?:russian |ukrainian |enemy )?(?:troops|forces|units) (?:advanced|advance|were advancing|approached|closed in|pressed on)"
                          r"(?=\s*(?:[.,;]|$))")


# An advance as what someone means to stop or stands against ("to slow the enemy's advances", "a line
# against Russian advances"): an aim, not a gain.
_STOP_ADVANCE = re.compile(r"\b(?:(?:to|bid to|trying to|try to|tries to|efforts? to|aim(?:s|ed|ing)? to|seek(?:s|ing)? to|sought to) "
                           r"(?:\w+ )?(?:contain|halt|stop|slow|hold back|hold off|counter|check|blunt|resist|repel|repulse|stem|curb|"
                           r"fend off|push back|thwart|prevent|deter|stall)|against|"
                           # "a town threatened by the advance of Russian troops": a danger, no result
                           r"(?:threatened|menaced|endangered|imperil(?:l)?ed) by) (?:[\w'’-]+ ){0,3}?advances?$")


# A fire as a thing that began, spread or was put out, in Russian or Ukrainian: no strike unless
# something else says one landed («загорелся дом» says a house was hit, and is not among these).
_FIRE = re.compile(r"(?:пожеж|пожар)\w*")


def _fire_only(sentence: str) -> bool:
    """«На заводе начался пожар», «пожежу ліквідовано»: the only strike words name a fire."""
    return all(_FIRE.fullmatch(m.group()) for m in STRIKE.full.finditer(sentence))


_MILITARY_PEOPLE = re.compile(r"\b(?:soldiers|troops|servicem[ae]n|servicemembers|personnel|fighters|militants|military|army|units|forces)\b")


# «наземні атаки», "ground attacks": assaults on the ground, which no strike is claimed for
_GROUND_BEFORE = re.compile(r"(?:наземн\w*|ground) $")


def classify_event(sentence: str, orig: str) -> str | None:
    """The event a lowercased sentence reports (`orig` keeps the case the take rule needs)."""
    if SHOOTDOWN.search(sentence):
        return "shootdown"
    control = CONTROL.search(sentence) or CONTROL_MORE.search(sentence)
    if control and "captur" in control.group() and (person := PERSON_CAPTURED.search(sentence)) \
            and person.start() <= control.start() < person.end():
        control = CONTROL.search(sentence, person.end())  # "soldiers captured in Mariupol": people, not a place
    while control and control.group().startswith("advance") and (goal := _STOP_ADVANCE.search(sentence, max(0, control.start() - 60), control.end())) \
            and goal.end() == control.end():
        control = CONTROL.search(sentence, control.end())  # "troops dig in to halt Russia's advances": what they aim to stop, no result
    while control and control.group().startswith("advanc") and sentence.startswith(" to within ", control.end()):
        control = CONTROL.search(sentence, control.end())  # "advanced to within 15km of the city": near it, not in it
    while control and "-" in sentence and (held := _HELD_BEFORE.search(sentence, max(0, control.start() - 12), control.end() + 1)) \
            and held.start() <= control.start() < held.end():
        control = CONTROL.search(sentence, held.end())  # "a hospital in Russian-controlled Novoazovsk": a description, no event
    if control and ("held" in sentence or "controlled" in sentence or "occupied" in sentence or " control" in sentence
                    or "контрол" in sentence):
        held = _HELD_BY.search(sentence)
        if held and held.start() <= control.start() < held.end():
            control = CONTROL.search(sentence, held.end())  # "the largest city still held by Ukraine": a description
    if control and (", which " in sentence or ", that " in sentence) and (siege := _DESCRIBED_SIEGE.search(sentence)) \
            and siege.start() <= control.start() < siege.end():
        control = CONTROL.search(sentence, siege.end())  # "Pokrovsk, which is besieged by Russian forces,": a description
    if control and " as " in sentence and (when := _AS_ADVANCED.search(sentence)) and when.start() <= control.start() < when.end():
        control = CONTROL.search(sentence, when.end())  # "buses took the last residents out of X as Russian forces advanced": when, not what
    if control or _take(orig) or (has_negation(sentence) and NEGATED_CONTROL.search(sentence)):
        return "control"
    if any(word in sentence for word in NO_HARM_GATE) and NO_HARM.search(sentence):
        # "there were no casualties": harm that did not happen reports an event only when something else does
        rest = NO_HARM.full.sub(lambda m: " " * len(m.group()), sentence)
        if not (LOSSES.search(rest) or STRIKE.search(rest) or OTHER_EVENT.search(rest)):
            return None
    losses = LOSSES.search(sentence)
    if losses and losses.group() == "casualties" and not _MILITARY_PEOPLE.search(sentence) and STRIKE.search(sentence):
        return "strike"  # "casualties reported as Russians attack Kherson": a strike's harm to people, not an army's losses
    if losses and not (_DESTROYED.fullmatch(losses.group()) and _CIVIL_OBJECT.search(sentence) and not _ARMY_HARDWARE.search(sentence)):
        return "losses"
    if losses:
        return "strike"  # «был уничтожен частный дом»: a strike's damage, not the enemy's losses
    if any(not _GROUND_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) for m in STRIKE.finditer(sentence)):
        if "пож" in sentence and _fire_only(sentence):
            return None
        return "strike"
    if OTHER_EVENT.search(sentence):
        return "other"
    return None


def stance_and_side(sentence: str, orig: str, event: str, speaker: ActorMention | None,
                     actors: list[ActorMention], default_side: str) -> tuple[str, str, str | None]:
    """(stance, side, speaker name) by the precedence documented in the module docstring."""
    name = speaker.actor.name if speaker else None
    side = speaker.actor.side if speaker else None
    hedge = HEDGE.search(sentence)
    if hedge is not None and hedge.group().startswith("likely ") and EVIDENCE.search(sentence) \
            and not HEDGE.search(sentence, hedge.end()) and not CONTRADICTS.search(sentence) and not DENIAL.search(sentence):
        # "footage shows soldiers raising flags in X, which Russian forces have likely seized": the analyst's
        # caution is outweighed by the footage it cites.
        return "confirmation", "other", "geolocated footage"
    if hedge is not None and _assessed(sentence, hedge) and (
            side not in ("ru", "ua") or (speaker is not None and 0 <= hedge.start() - speaker.end <= 6)):
        # "Russian forces likely seized X": the analyst's own measure of confidence in its assessment,
        # which the guide counts as independent confirmation (not when it adds what it could not confirm);
        # the troops just before "likely" are who moved, not who speaks
        return "confirmation", "other", name if side == "other" else None
    if hedge is not None and event == "control" and _scare_quoted(sentence) and (
            party := speaker if side == "ua" else None if side is not None else next(
                (a for a in actors if a.actor.side == "ua" and a.actor.rank >= 2 and a.start <= 4), None)) is not None \
            and any(_ALLEGED_CAPTURE.match(sentence, m.end()) for m in HEDGE.finditer(sentence)):
        # «В ЦПД прокомментировали информацию о якобы оккупации X»: Kyiv's body calling the enemy's capture
        # "alleged" rejects it (Moscow's own report of one, «нібито» in it, is the narrator's scare quote)
        return "denial", party.actor.side, party.actor.name
    if hedge is not None and not ((side in ("ru", "ua") or _scare_quoted(sentence)) and DENIAL.search(sentence)):
        # A reporter's "could not be verified": the hedge is the independent voice's; the claim
        # it hedges is added by stance.revise when the sentence attributes it.
        return "hedge", "other", name if side == "other" else None
    if DENIAL.search(sentence):
        if side in ("ru", "ua") and event == "control" and (held := UNDER_SIDE_EN.search(sentence)) is not None \
                and holder_side(held) == side and _HELD_SINCE.match(sentence, held.end()):
            # "Moscow dismissed the report, insisting X had been under Russian control since December": what it
            # rejects is the other account; what it says is its own hold, taken then
            return "claim", side, name
        if side is None and actors and actors[0].start <= 4 and actors[0].actor.side in ("ru", "ua") \
                and (verb := DENIAL.search(sentence, actors[0].end, actors[0].end + 30)) is not None \
                and verb.group().startswith(("refus", "deni", "reject", "dismiss", "refut")):
            # "Ukraine is refusing to concede defeat in X": the party that opens the sentence denies
            return "denial", actors[0].actor.side, actors[0].actor.name
        if EVIDENCE.search(sentence) and (side is None or speaker.actor.rank == 1 and any(
                a.actor.side == "other" and a.start <= 4 for a in actors)
                or _AS_CLAIMED_BY.search(sentence, max(0, speaker.start - 8), speaker.start) is not None):
            # "footage shows ..., suggesting the claimed advance did not happen": the footage answers (not the
            # troops it shows, whom a claim noun after them would make its speaker)
            return "denial", "other", "geolocated footage"
        return "denial", side or default_side, name
    negated = has_negation(sentence)
    if event == "control" and negated and NEGATED_CONTROL.search(sentence):
        failed = next((a for a in actors if a.actor.side in ("ru", "ua") and _FAILED_AFTER.match(sentence, a.end)), None)
        if failed is not None and (speaker is None or speaker is failed or side not in ("ru", "ua")):
            # "Russian troops failed to enter X, the spokesman said": the troops are who failed, the
            # denial is their foe's
            return "denial", ("ua" if failed.actor.side == "ru" else "ru"), None
        if side in ("ru", "ua"):
            return "denial", side, name
        if EVIDENCE.search(sentence):
            return "denial", "other", "geolocated footage"  # the footage is the evidence the guide asks for
        if side == "other" and speaker is not None and speaker.actor.rank >= 2 and (
                has_cyrillic(sentence) or " not under " in sentence or " not yet under " in sentence):
            return "denial", "other", name  # «X не находится под оккупацией, - DeepState»: the mapping group's own finding
        if side is None and has_cyrillic(sentence) and not any(a.actor.side == "other" for a in actors):
            # «Російські війська не мають контролю у селі X» told by nobody: the outlet's own word, in its
            # language's voice (stance.revise gives it that side), not an outsider's caution
            return "denial", "other", None
        return _hedged(side, name)
    if (negated or "premature" in sentence) and WEAK_HEDGE.search(sentence) and _FOOTAGE.search(sentence):
        # "Geolocated footage does not support the claim": independent evidence against it.
        return "denial", "other", "geolocated footage"
    if (negated or "premature" in sentence) and WEAK_HEDGE.search(sentence) or (
            event == "control" and ("continu" in sentence or "ongoing" in sentence or "under" in sentence
                                    or "still" in sentence or "goes on" in sentence or "go on" in sentence) and CONTINUING.search(sentence)
            and not (side in ("ru", "ua") and (holds_own(side, sentence) or _REPELLED.search(sentence)))
            # "Kyiv conceded the foe had got into X, adding that the fight goes on": still a concession
            and not (side in ("ru", "ua") and _CONCEDED_THAT.search(sentence))
            # "Ukrainian defenders repelled an attack near X, while fighting continues near Y": a repulse told beside it
            and not (side is None and _REPELLED.search(sentence) and any(a.actor.side in ("ru", "ua") for a in actors))):
        # Fighting going on, or no evidence for a capture: a hedge, never a confirmation (a party
        # saying it still holds the place while fighting goes on denies the capture instead).
        if side is None and _KYIVS_OWN_FORCES.search(sentence) and holds_own("ua", sentence):
            return "denial", "ua", None  # "..., where fighting is ongoing, and X remains under the control of the Defence Forces"
        if side in ("ru", "ua") and event == "control" and NOT_TAKEN.search(sentence):
            return "denial", side, name  # "Border guards: X not captured, fighting continues": a party's no to the capture
        if speaker is not None and _AFTER_CLAIM.search(sentence, max(0, speaker.start - 30), speaker.start):
            # "Fighting continues in X days after Moscow announced its capture": the reporter's hedge
            # of what Moscow said (stance.revise adds Moscow's claim beside it).
            return "hedge", "other", None
        return _hedged(side, name)
    if side not in ("ru", "ua") and "claim" in sentence and (said := _PARTY_CLAIMS_THAT.search(sentence)) is not None:
        # "the map shows claims by a Russian source that troops had seized X": the source's claim, which the
        # map or the analyst only records
        party = "ua" if (said.group(1) or said.group(2)).startswith(("ukrain", "kyiv")) else "ru"
        return "claim", party, "Ukraine" if party == "ua" else "Russia"
    if EVIDENCE.search(sentence):
        if _EVIDENCE_MISSING.search(sentence):
            return "hedge", "other", None  # "satellite images of the base were not immediately available": nothing seen
        if CONTRADICTS.search(sentence):
            return "denial", "other", "geolocated footage"  # "images show ..., contradicting the claim"
        if EYEWITNESS.search(sentence):
            return "confirmation", "other", "eyewitness reporters"  # "Reuters witnesses heard explosions in X"
        return "confirmation", "other", "geolocated footage"
    if speaker is not None and CONFIRM_VERB.search(sentence) and not (
            event in ("strike", "shootdown") and side in ("ua", "ru", "local")):
        # A party "confirming" a strike it suffered or a shootdown it made reports it: a claim (below).
        if event == "control" and side in ("ru", "ua") and not WITHDRAW.search(sentence) and not LEFT.search(orig) \
                and ((gainer := _gainer(sentence, orig, actors, speaker)) == side
                     or gainer is None and (_OWN_TROOPS.search(sentence) or "liberation" in sentence
                                            or "звільненн" in sentence or "освобождени" in sentence)):
            return "claim", side, name  # "Kyiv confirmed its troops liberated X": a side's own success is its claim
        return "confirmation", side, name
    if event == "control" and side in ("ru", "ua") and ("control" in sentence or "hands" in sentence or "контрол" in sentence):
        held = UNDER_SIDE_EN.search(sentence) or UNDER_SIDE_CYR.search(sentence)
        holder = None if held is None else holder_side(held)
        if holder is not None and holder != side and not DENIAL.search(sentence) and not _ONLY_PART.search(sentence) \
                and not _SPELL_BEFORE.search(sentence, max(0, held.start() - 24), held.start()) \
                and not (_HELD_UNTIL_TAKEN.search(sentence, max(0, held.start() - 80), held.start())
                         and (CAPTURE_RE.search(sentence) or _take(orig))):
            return "confirmation", side, name  # "part of X is under the control of Russian forces," Kyiv's military said
    if event == "control" and speaker is not None and (caught := TROOPS_ENCIRCLED.search(sentence)) is not None:
        ringed = ringed_side(caught)
        if speaker.actor.rank == 1 and caught.start(caught.lastindex) == speaker.start:
            # "the encirclement of Ukrainian troops in X is tightening, he said": the troops in the ring tell
            # nothing; the ring is their foe's claim
            return "claim", "ua" if ringed == "ru" else "ru", None
        if side == ringed and speaker.actor.rank >= 2:
            # "Russian forces are partly encircled in X, says a pro-Kremlin leader": a side conceding its own troops are ringed
            return "confirmation", side, name
    # "forced them to withdraw": the forcer's gain (not «визнають, що контратаки змусили їх відійти»: the forced side concedes)
    forced = ("forc" in sentence or "вынуд" in sentence or "застав" in sentence or "змус" in sentence or "примус" in sentence) \
        and _FORCED_OUT.search(sentence) is not None and not (not sentence.isascii() and CONFIRM_VERB.search(sentence))
    if event == "control" and side in ("ru", "ua") and not STILL_HOLDS.search(sentence) and not forced:
        if (WITHDRAW.search(sentence) or LEFT.search(orig)) and not _mentions_other_side_withdrawing(sentence, orig, actors, side):
            return "confirmation", side, name  # conceding one's own withdrawal
        if ("потер" in sentence or "утрат" in sentence or "втрат" in sentence) and (loss := LOSS_OF_PLACE_CYR.search(orig)) is not None \
                and (loser := next((a for a in reversed(actors) if a.end <= loss.start() and a.actor.side in ("ru", "ua")), None)) is not None \
                and loser.actor.side != side:
            return "claim", side, name  # «командование ВСУ смирилось с потерей X», told by Moscow's media: its own gain
        gainer = _gainer(sentence, orig, actors, speaker)
        if gainer is not None and gainer != side and ("attempt" in sentence or "bid" in sentence or "effort" in sentence
                                                       or "спроб" in sentence or "попытк" in sentence) \
                and (_REPELLED_ATTEMPT.search(sentence) is not None or ATTEMPTS_FAILED.search(sentence) is not None):
            return "claim", side, name  # "our troops repelled an attempt by enemy units to advance near X": the repulse is the teller's own
        if gainer is not None and gainer != side and not holds_own(side, sentence) and not FOILED.search(sentence) \
                and not HALTED.search(sentence):
            # "Ukraine's General Staff said Russian troops captured X" (not «місто під контролем Сил
            # оборони, а російські підрозділи заблоковані»: the speaker's side still holds it; not «ВСУ
            # пытались ..., но были отброшены»)
            return "confirmation", side, name
        if gainer is None and side == "ua" and not has_cyrillic(sentence) and _TAKEN_FROM_THEM.search(sentence) \
                and not TOOK_BACK.search(sentence) and not holds_own(side, sentence) and not FOILED.search(sentence) \
                and not (WITHDRAW.search(sentence) and _mentions_other_side_withdrawing(sentence, orig, actors, side)):
            # (not "Russian troops lost positions near X": the enemy's loss, the teller's claim)
            # "the governor said the villages captured are A and B": Kyiv's officials call their own
            # gains liberations; a capture they report with no one named is the enemy's, conceded.
            return "confirmation", side, name
    if side == "local" and event == "control" and not STILL_HOLDS.search(sentence) \
            and (gainer := _gainer(sentence, orig, actors, speaker)) is not None:
        # "The mayor said Russian forces had occupied the city": the town's own officials concede it.
        return "confirmation", "ua" if gainer == "ru" else "ru", name
    if side is None and forced and event == "control" and (forcer := _FORCER.search(sentence)) is not None:
        return "claim", "ua" if forcer.group(1).startswith("ukrain") else "ru", None  # "Russian troops forced them out of X"
    if side is None and event == "control" and (" were " in sentence or " was " in sentence or " been " in sentence or " failed" in sentence) \
            and (repelled := _REPELLED_ATTACKS.search(sentence)) is not None:
        # "enemy attacks were repulsed near X", "assaults by Ukrainian units were repelled": the side
        # that repelled them tells it, whoever attacked
        attackers = repelled.group("who") or repelled.group("by")
        return "claim", "ru" if attackers.startswith(("ukrain", "kyiv", "afu")) else "ua", None
    if side is None and event == "control" and " but " in sentence and (tried := _TRIED_BUT_FAILED.search(sentence)) is not None \
            and (trier := next((a for a in actors if a.actor.side in ("ru", "ua") and a.end <= tried.start()), None)) is not None:
        # "Russian forces tried to advance near X but failed", told by nobody: the defender's repulse
        return "claim", "ua" if trier.actor.side == "ru" else "ru", None
    if event == "strike" and side in ("ru", "ua") and speaker is not None and speaker.actor.rank == 1 and speaker.start <= 4 \
            and (civil := _CIVIL_HIT.search(sentence, speaker.end, speaker.end + 40)) is not None and civil.start() - speaker.end <= 8 \
            and not any(a.actor.side in ("ru", "ua") and a.start > speaker.end for a in actors):
        # "Russian troops also shelled the village of X, damaging a church, the governor said": the troops
        # opening the sentence are who fired, not who tells it; the side hit tells it
        return "claim", "ua" if side == "ru" else "ru", None
    if side is None and event == "control" and (mark := _MARKED_AS.search(sentence)) is not None and (
            not any(a.actor.side in ("ru", "ua") and a.start < mark.start() for a in actors)
            if not actors or actors[0].actor.side != "other" else actors[0].start <= 4 and mark.start() > actors[0].end):
        # "DeepState ... marked X as occupied", "the group shaded X as occupied": a mapping group's own finding
        return "confirmation", "other", actors[0].actor.name if actors and actors[0].actor.side == "other" else None
    if side is None:
        hit = [a for a in actors if a.actor.side in ("ru", "ua") and event in ("strike", "losses", "shootdown")
               and _HIT_OBJECT_BEFORE.search(sentence, max(0, a.start - 30), a.start)]
        agent = next((a for a in actors if a.actor.side in ("ru", "ua") and a not in hit
                      and not FREED_FROM.search(sentence, max(0, a.start - 45), a.start)
                      and not _OF_BEFORE.search(sentence, max(0, a.start - 24), a.start)
                      and not _GERUND_OBJECT_BEFORE.search(sentence, max(0, a.start - 24), a.start)
                      and not repulsed_object(sentence, a)), None)
        if agent is None and event in ("strike", "losses", "shootdown") and (owned := FORCES_HIT.search(sentence)) is not None:
            # "Russian artillery struck a Ukrainian ammunition depot in X", "his drone operators destroyed a Russian
            # infantry fighting vehicle": what was hit is the other side's army, its foe tells of the hit
            return "claim", "ua" if owned.group(1).lower() == "russian" else "ru", None
        if agent is None and event == "control" and (beaten := _SIDE_REPELLED.search(sentence)) is not None:
            # "border guards say they repelled a Russian raid near X": the side beaten back is the teller's foe
            return "claim", "ua" if beaten.group(1) == "russian" else "ru", None
        if agent is not None and event == "control" and (caught := TROOPS_ENCIRCLED.search(sentence)) is not None \
                and caught.start(caught.lastindex) == agent.start:
            # "the encirclement of Ukrainian troops in X is tightening, he said": the ring is their foe's claim
            return "claim", "ua" if ringed_side(caught) == "ru" else "ru", None
        if event == "control" and sentence.isascii() and (foe := _KYIVS_FOE_GAINED.search(sentence)) is not None \
                and not (agent is not None and agent.start < foe.start() and agent.actor.side == "ua") \
                and not FOILED.search(sentence) and not has_negation(sentence[max(0, foe.start() - 30):foe.end()]):
            # "Russian occupiers are advancing in X", "the invaders were able to advance near Y": Kyiv's word
            # for its foe, whose gain it tells, conceding it
            return "confirmation", "ua", None
        if agent is not None and event == "control" and _DRIVEN_OUT.match(sentence, agent.end):
            # "Ukrainian units were driven out of X by the airborne brigades": the ousted are no teller;
            # the ousting, told by nobody, is their foe's account
            return "claim", "ua" if agent.actor.side == "ru" else "ru", None
        if agent is not None and event == "control" and (WITHDRAW.search(sentence) or LEFT.search(orig)) and not forced \
                and not STILL_HOLDS.search(sentence) and not _mentions_other_side_withdrawing(sentence, orig, actors, agent.actor.side):
            return "confirmation", agent.actor.side, agent.actor.name  # "Ukraine's army has pulled units back from X"
        if agent is not None and event == "control" and _CONCEDED.search(sentence, 0, agent.start) and not STILL_HOLDS.search(sentence):
            # "It acknowledged that some Russian units had infiltrated parts of X": whoever admits the
            # enemy's gain is its foe, conceding it
            return "confirmation", "ua" if agent.actor.side == "ru" else "ru", None
        if agent is not None and event == "strike" and _ATTACK_BY.search(sentence, max(0, agent.start - 30), agent.start) \
                and _HARM_EN.search(sentence):
            # "one person was injured in X due to the attack of the Russian soldiers": the attacker is no
            # speaker; the harm is told by the side that was hit.
            return "claim", "ua" if agent.actor.side == "ru" else "ru", None
        if agent is not None and event == "strike" and agent.actor.side in ("ru", "ua") \
                and ENEMY.fullmatch(sentence, agent.start, agent.end):
            # «ворог скинув вибухівку на подвір'я в X»: "the enemy" is the teller's word for who attacked it
            return "claim", "ua" if agent.actor.side == "ru" else "ru", None
        if event == "losses" and (inflicted := _LOSSES_INFLICTED_ON.search(sentence)) is not None \
                and (agent is None or agent.actor.side == ("ua" if inflicted.group(1).startswith(("afu", "ukrain")) else "ru")):
            # "they inflicted losses on ... three brigades of the AFU near X": the side that suffered them is no teller
            return "claim", "ru" if inflicted.group(1).startswith(("afu", "ukrain")) else "ua", None
        if agent is not None and event == "losses" and _LOST_AFTER.match(sentence, agent.end):
            # "The Ukrainian army lost 320 servicemen": a tally of the enemy's losses, told by the other side.
            return "claim", "ua" if agent.actor.side == "ru" else "ru", None
        if agent is not None:
            return "claim", agent.actor.side, agent.actor.name
        if sentence.isascii() and (event in ("losses", "strike") and _KYIVS_WORD_FOR_FOE.search(sentence)
                                   or event == "control" and _CLEARED_OF_FOE.search(sentence)):
            # "the occupiers lost 90 soldiers near X", "X has been cleared of the occupiers": in English only Kyiv
            # calls them so
            return "claim", "ua", None
        return "claim", default_side, None
    if event == "losses" and speaker is not None and side in ("ru", "ua") and _LOST_AFTER.match(sentence, speaker.end):
        # "according to reports, the Russian army has lost 300 men": the losing army is no speaker; its foe tallies
        return "claim", "ua" if side == "ru" else "ru", None
    return "claim", side, name


# Imagery that was not there to see: "satellite images of the base were not immediately available"
_EVIDENCE_MISSING = re.compile(r"\b(?:images?|imagery|footage|videos?|photos?|photographs) (?:[\w'’-]+ ){0,4}"
                               r"(?:(?:were|was|are|is) not|(?:were|was|are|is)n['’]t|(?:have|has) not been) "
                               r"(?:immediately |yet )?(?:available|published|released)\b")
# Kyiv's own words for its army, with no speaker named: its bulletins in the narrator's voice
_KYIVS_OWN_FORCES = re.compile(r"\b(?:the )?(?:defen[cs]e forces|our (?:troops|forces|units|defenders))\b")
# Kyiv's English words for Moscow's troops ("the occupiers"; not "the enemy", which Moscow's bulletins also write)
_KYIVS_FOE = r"(?:invaders|occupiers|occupants)"
_KYIVS_WORD_FOR_FOE = re.compile(r"\b(?:" + _KYIVS_FOE + r"|ruscists|rashists|russian occupation (?:forces|troops))\b")
_KYIVS_FOE_GAINED = re.compile(r"\b(?:russian )?" + _KYIVS_FOE + r" (?:have |has |had |are |were |is |was )?(?:(?:able|managed) to )?"
                               r"(?:advanc\w*|enter(?:ed)?|(?:pushed|broke|break|push) into|gain(?:ed)? a foothold|captured|occupied|seized)\b")
_CLEARED_OF_FOE = re.compile(r"\b(?:cleared|freed|liberated|purged) (?:\w+ )?(?:of|from) (?:the )?(?:russian )?" + _KYIVS_FOE + r"\b")
# "under Russian control since December": a hold dated by when it began
_HELD_SINCE = re.compile(r"\s+since\b")
# "..., indicating that Russian forces have not seized the village as milbloggers claimed": the claim answered
_AS_CLAIMED_BY = re.compile(r"\bas (?:the |some |several )?$")
# The capture a scare word calls alleged: «якобы (полной) оккупации», «нібито захоплення».
_ALLEGED_CAPTURE = re.compile(r"\s+(?:[\w'’-]+\s+)?(?:оккупац|окупац|захват|захопл|окружени|оточенн)")
# Attacks told as repelled with no speaker, named by their attackers: "enemy attacks were repulsed",
# "20 assaults by the occupiers were repelled"
_REPELLED_ATTACKS = re.compile(
    r"\b(?:(?P<who>enemy|occupiers?|invaders?|russian|russia['’]s|moscow['’]s|ukrainian|ukraine['’]s|kyiv['’]s|afu)(?:['’]s?)? "
    r"(?:[\w-]+ ){0,2}?(?:attacks?|assaults?|offensives?|attempts?|advances?|counterattacks?)|"
    r"(?:attacks?|assaults?|offensives?|attempts?|counterattacks?) (?:[\w-]+ ){0,3}?by (?:the )?"
    r"(?P<by>enemy|occupiers?|invaders?|russian|ukrainian)\w*)(?:(?: [\w'’-]+){0,12}? (?:were|was|have been|has been|had been) "
    r"(?:successfully )?(?:repel\w*|repuls\w*|beaten back|fought off|stopped|halted|thwarted|foiled)|"
    # "Russian attempts to storm X also failed": a repulse the defender tells
    r"(?: [\w'’-]+){0,6}? (?:also |all |again )?failed(?! to))\b", re.IGNORECASE)


_TRIED_BUT_FAILED = re.compile(r"\b(?:(?:attempted|tried|sought) to (?:[\w'’-]+,? ){1,8}?but (?:\w+ ){0,2}?(?:failed|(?:were|was) unsuccessful)\b(?! to)|"
                               # "infiltration groups had reached the edge of X but were pushed back": got there, beaten back
                               r"(?:reached|entered|infiltrated|got into) (?:[\w'’-]+,? ){1,8}?but (?:were|was) (?:\w+ )?"
                               r"(?:pushed|driven|beaten|thrown|forced) (?:back|out)\b)")
# "... troops failed to enter", «... не змогли зайти»: the failed attempt of the subject just before
_FAILED_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:failed to|(?:were|was|are|is|remain|have not been|has not been) (?:not )?(?:un)?able to|unable to|could not|couldn't|"
                           r"did not manage to|не (?:смогл\w*|змогл\w*|зміг|смог))\b")
# "though it is unclear if they will advance further": doubt about what comes next, not about the gain
_DOUBT_AHEAD = re.compile(r"(?:(?:remains?|remained|is|was) )?(?:unclear|not clear) (?:if|whether) (?:\w+ ){1,4}(?:will|would|can|could)\b")


def _assessed(sentence: str, hedge: re.Match[str]) -> bool:
    """An English assessment's "likely <gain>" with no other hedge beside it but doubt about what
    comes next (ISW's "Russian forces likely seized X, though it is unclear if they will ...")."""
    if not hedge.group().startswith("likely ") or CONTRADICTS.search(sentence):
        return False
    return all(h.start() == hedge.start() or _DOUBT_AHEAD.match(sentence, h.start())
               for h in HEDGE.finditer(sentence))


# Words that put a claim in scare quotes: inside a denial they mock the claim, they do not hedge it.
_SCARE = frozenset(("нібито", "начебто", "якобы", "allegedly", "purportedly", "reportedly"))


def _scare_quoted(sentence: str) -> bool:
    """Every hedge word of the sentence is a scare quote («спростували інформацію про нібито оточення»)."""
    return all(m.group().strip() in _SCARE for m in HEDGE.finditer(sentence))


# A party's repulse stands while other battles go on: "repelled 36 attacks ..., while battles were still ongoing".
_REPELLED = re.compile(r"\b(?:repel\w*|repuls\w*|thwart\w*|fought off|beat(?:en)? (?:back|off)|(?:driven|pushed|thrown) back|(?:stopped|halted) (?:the |an? |their |its )?(?:advance|offensive|assault|push)|"
                       r"відбил\w*|відбито|отразил\w*|отражен\w*|отбил\w*)")
_AFTER_CLAIM = re.compile(r"\b(?:after|since|despite|although|though|even as)\s+(?:\w+\s+){0,3}$")
_FORCED_OUT = re.compile(r"\bforc(?:ed|ing) (?:[\w'’-]+ ){0,6}?to (?:withdraw|retreat|pull back|pull out|leave|abandon|flee)\b|"
                         # «вынудили бойцов ВСУ покинуть X», «змусили окупантів відступити з Y»
                         r"(?<!\w)(?:вынуд|застав|змус|примус)\w* (?:[\w'’-]+ ){0,6}?(?:покинуть|оставить|отступить|отойти|уйти|бежать|"
                         r"залишити|покинути|відступити|відійти|тікати)\b")
_FORCER = re.compile(r"\b(russian|ukrainian|russia['’]s|ukraine['’]s) (?:[\w-]+ ){0,2}(?:forces|troops|units|army|soldiers|"
                     r"paratroopers|marines|brigades?)\s+(?:\w+\s+)?forc")
# "a fortified area of the Ukrainian armed forces": a party named as an owner, not as who acts.
_OF_BEFORE = re.compile(r"\b(?:area|areas|positions?|defen[cs]es?|lines?|strongholds?|fortifications?|manpower|equipment|"
                         r"sites?|points?|locations?|concentrations?|clusters?) of (?:the )?$")
_TAKEN_FROM_THEM = re.compile(r"\b(?:captured|seized|occupied|fell|overrun|lost)\b(?! (?:\w+ )?(?:russian|enemy) )|"
                              r"\bthe loss of\b(?! (?:\w+ )?(?:men|troops|soldiers|lives?|personnel|equipment|contact|power)\b)")
_CONCEDED = re.compile(r"\b(?:acknowledg(?:ed|es)|admit(?:ted|s)|conced(?:ed|es)) (?:that )?"
                       r"(?:some |several |small |a few |(?:more than |over |about |around |up to |at least )?[\d,]+ )?$")
# The speaker's word for the other side: "the occupiers entered", "200 occupants had infiltrated".
_ENEMY_EN = re.compile(r"\b(?:occupants|occupiers|invaders|the enemy|enemy (?:troops|forces|units|soldiers|infantry|assault groups?))\b[^,;]{0,30}$")
_ATTACK_BY = re.compile(r"\b(?:attacks?|shelling|strikes?|bombardment|fire|shells|drones?) (?:of|by|from) (?:the )?$|\b(?:due to|after|by) (?:the )?$")
# "struck a Ukrainian fuel depot", "destroyed two Russian armoured vehicles", "intercepted 14 Ukrainian drones": the
# side named after a strike's verb is what was hit, not who tells of it
_HIT_OBJECT_BEFORE = re.compile(r"\b(?:struck|hit|hits|strikes|destroyed|destroying|destroys|shelled|intercepted|downed|shot down|"
                                r"(?:delivered|launched|carried out) (?:on|against)|"
                                r"eliminated|targeted|sank|sunk|neutrali[sz]ed|wiped out|(?:to )?clear) "
                                r"(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|\d[\d,]*|"
                                r"(?:more than|over|up to|about|at least) \d[\d,]*) )?$")
_MARKED_AS = re.compile(r"\b" + MAP_MARK + r" (?:[\w'’-]+,? ){0,4}as (?:occupied|captured|russian-controlled|under russian control)\b")
# "repelled a Russian raid": the side of what was beaten back
_SIDE_REPELLED = re.compile(r"\b(?:repelled|repulsed|repel|repels|beat back|fought off|thwarted|foiled) (?:an? |the |two |three |four |five |\d+ )?"
                            r"(?:[\w-]+ )?(russian|ukrainian) (?:[\w-]+ )?(?:raids?|attacks?|assaults?|incursions?|attempts?|counterattacks?|"
                            r"offensives?|groups?|units?|troops|forces)\b")
# "Russian troops shelled the village, damaging a church": a town or its people hit, told by the side that was hit
_CIVIL_HIT = re.compile(r"\b(?:shelled|struck|hit|attacked|bombed|dropped \w+ (?:[\w-]+ ){0,2}bombs on) (?:the |a )?(?:[\w-]+ )?"
                        r"(?:village|town|city|settlement|homes?|houses?|residential|school|church|hospital|civilians?|market)\b")
_HARM_EN = re.compile(r"\b(?:injur\w*|wounded|killed|killing|died|damaged|destroyed|hospitali[sz]ed)\b")
_DRIVEN_OUT = re.compile(r"\s+(?:(?:have|has|had) been|were|was) (?:(?!not\b|never\b)\w+ )?(?:driven|pushed|forced|knocked|kicked|thrown|ousted|expelled|dislodged|cleared (?:from|out of))\b")
_LOSSES_INFLICTED_ON = re.compile(r"\binflict\w* (?:heavy |significant |serious |considerable )?(?:losses|damage|casualties) on "
                                  r"(?:[\w'’-]+ ){0,8}?(?:of )?(?:the )?(afu|ukrainian|ukraine['’]s|russian|russia['’]s)\b")
_LOST_AFTER = re.compile(r"\s*(?:(?:['’]s?)? losses|(?:has |have |had )?(?:already |reportedly )?lost\b|(?:за \w+ )?(?:втратил\w*|потерял\w*|потеряли)\b)")
_PARTY_CLAIMS_THAT = re.compile(
    r"\bclaims? (?:made )?(?:by|from) (?:a |an |the |some |several |one )?(?:pro-)?(russian|ukrainian|kremlin|moscow|kyiv)\b(?: [\w'’-]+){0,3} that\b|"
    r"\b(russian|ukrainian|moscow['’]s|kyiv['’]s|the kremlin['’]s|kremlin['’]s) (?:[\w-]+ )?claims? that\b")
_FOOTAGE = re.compile(r"\b(?:geolocat\w*|footage|imagery|satellite|video)")


def _hedged(side: str | None, name: str | None) -> tuple[str, str, str | None]:
    """A party doubting (its own side's) claim hedges for its side; anyone else's hedge is
    `other` (stance.revise adds the claim it hedges when the sentence attributes it)."""
    if side in (None, "other"):
        return "hedge", "other", name if side == "other" else None
    return "hedge", side, name


# Headline passive without its auxiliary: "Ukrainian troops encircled in Pokrovsk".
_HEADLINE_PASSIVE = re.compile(r"(?:encircled|surrounded|trapped|cut off) (?:in|near|at|around|inside)\b|"
                               # "Russian forces pushed back from X": a headline's passive, no object between
                               r"(?:pushed|driven|forced|kicked|thrown) (?:back from|out of|away from)\b")


_VERBAL_NOUN = re.compile(r"\w+(?:ння|ние|ття)\b")


# "Gerasimov reported to President Putin that ...": the one told is no party to the capture.
_ADDRESSEE_BEFORE = re.compile(r"\b(?:reported|said|explained|announced|confirmed) to (?:(?!that\b)[\w.-]+ ){0,3}$|"
                               r"\b(?:told|briefed|informed|assured) (?:(?!that\b)[\w.-]+ ){0,3}$")


# A comma and a capital: a new clause's subject ("..., Krasnoarmeysk and Dimitrov are surrounded")
_NEW_SUBJECT = re.compile(r",\s+(?:and\s+)?[A-ZА-ЯІЇЄҐ]")


def _gainer(sentence: str, orig: str, actors: list[ActorMention], speaker: ActorMention | None) -> str | None:
    """Side of the actor right before the first capture verb, other than the speaker."""
    found = [m for m in (CAPTURE_RE.search(sentence), _take(orig)) if m is not None]
    if not found:
        return None
    verb = min(found, key=lambda m: m.start())
    if ATTEMPT_BEFORE.search(sentence[max(0, verb.start() - 40) : verb.start()]):
        return None  # "Ukraine's attempts to retake Kupiansk had failed"
    # Actors before a speaker who opens the sentence belong to whoever relays the claim.
    start = speaker.end if speaker is not None and speaker.end <= verb.start() else 0
    ascii_text = sentence.isascii()
    if ascii_text and " by " in sentence and (agent := next((a for a in actors if a is not speaker and a.actor.side in ("ru", "ua")
                                                             and _BY_AFTER.fullmatch(sentence, verb.end(), a.start)), None)):
        return agent.actor.side  # "X was captured by Russian forces": the one named after "by" gained
    before = [a for a in actors if start <= a.start and a.end <= verb.start() and a is not speaker
              and a.actor.side in ("ru", "ua") and (ascii_text or not OWNED_BY.search(sentence, max(0, a.start - 24), a.start))
              and not _OWNER_OF.match(sentence, a.end) and not _ADDRESSEE_BEFORE.search(sentence, max(0, a.start - 40), a.start)]
    if not before and not ascii_text and (language := lang_side(orig)) is not None and (
            # (not the speaker itself: «Россияне заявили о захвате X»)
            ENEMY.search(sentence, max(start, verb.start() - 40), verb.start())
            or (_VERBAL_NOUN.match(sentence, verb.start()) and ENEMY.match(sentence, verb.end() + 1))):
        # «окупанти зайшли у X», «проникнення ворога у X» (not «выбили противника»: there it is the object):
        # the enemy is the other side of the language
        return "ru" if language == "ua" else "ua"
    if not before and ascii_text and speaker is not None and speaker.actor.side in ("ru", "ua") \
            and _ENEMY_EN.search(sentence, max(speaker.end, verb.start() - 40), verb.start()):
        # "the General Staff said about 200 occupants had infiltrated X": the speaker's enemy gained
        return "ru" if speaker.actor.side == "ua" else "ua"
    if not before:
        return None
    side = before[-1].actor.side
    participle = re.match(r"\w+", sentence[verb.start():])
    # (troops are encircled or knocked out; "X has been liberated" after the group's name is the place freed, not the group)
    # (the troops are the passive's subject: "..., Pokrovsk and Dimitrov are surrounded" after a comma has towns for one)
    if participle and participle.group().endswith(("ed", "en")) and not participle.group().startswith(_PLACE_FREED) \
            and _NEW_SUBJECT.search(orig, before[-1].end, verb.start()) is None and (
            PASSIVE_BEFORE.search(sentence[max(0, verb.start() - 24) : verb.start()].rstrip("\"“«'‘"))
            or (before[-1].end >= verb.start() - 1 and _HEADLINE_PASSIVE.match(sentence, verb.start()))):
        return "ua" if side == "ru" else "ru"  # the troops that were encircled lost, the other side gained
    if not ascii_text and _CAUGHT_IN.search(sentence, max(0, verb.start() - 40), verb.start()):
        return "ua" if side == "ru" else "ru"  # «бойцы ВСУ, оказавшиеся в окружении под X»: the troops caught in it lost
    if not ascii_text and participle and participle.group() in _REFLEXIVE_PASSIVE and verb.start() - before[-1].end <= 2:
        return "ua" if side == "ru" else "ru"  # «россияне зачищаются в X»: the troops are what is cleared out
    return side


# "repelled a Russian sabotage group near X": the group beaten back is the object, not who acts
_REPELLED_OBJECT_BEFORE = re.compile(r"\b(?:repelled|repulsed|beat back|fought off|thwarted|stopped|halted)\s+"
                                     r"(?:an? |the |two |three |four |five |several |\d+ )?$")
# "beat back an assault by a Russian group": the attackers of an assault beaten back are its object
_ASSAULT_BY_BEFORE = re.compile(r"\b(?:attacks?|assaults?|attempts?|raids?|advances?) by (?:an? |the |two |three |\d+ )?$")


def repulsed_object(sentence: str, actor: ActorMention) -> bool:
    """The party is what was beaten back ("repelled a Russian sabotage group", "beat back an assault by a
    Russian group"), not who acts."""
    return _REPELLED_OBJECT_BEFORE.search(sentence, max(0, actor.start - 30), actor.start) is not None or (
        _ASSAULT_BY_BEFORE.search(sentence, max(0, actor.start - 24), actor.start) is not None
        and _REPELLED.search(sentence, 0, actor.start) is not None)


_PLACE_FREED = ("liberat", "freed")
# the verbs of clearing out in their passive reflexive form («зачищаются»: are being cleared out)
_REFLEXIVE_PASSIVE = ("зачищаются", "зачищаються", "уничтожаются", "знищуються", "ликвидируются", "ліквідовуються",
                      "ліквідуються", "выбиваются", "вибиваються", "вытесняются", "витісняються")
_BY_AFTER = re.compile(r"[\"”’']?\s+(?:[\w-]+\s+)?by\s+(?:the\s+)?")
# «оказавшиеся в (оперативном) окружении», «опинилися в оточенні»: troops caught in a ring, not closing it.
_CAUGHT_IN = re.compile(r"(?:оказа|опини|потрапи|попа|находя|перебува)\w* (?:[\w-]+ ){0,2}(?:в|у)\s+(?:[\w-]+\s+)?$")


# Who a place is said to be held by: "under the control of Russian forces", "under Kyiv's control", "in Russian hands".
UNDER_SIDE_EN = re.compile(r"\bunder (?:the )?(?:full |partial |complete |total )?control[\"”']? of (?:the )?(russian|ukrainian|russia['’]s|ukraine['’]s|moscow['’]s|kyiv['’]s)\b|"
                         r"\bunder (russian|ukrainian|moscow['’]s|kyiv['’]s|russia['’]s|ukraine['’]s) control\b|\bin (russian|ukrainian) hands\b")
# "only 10% of X is still under Ukrainian control": the rest is the speaker's side's, which is its claim
_ONLY_PART = re.compile(r"\b(?:лише|лишь|только|тільки|only|just) (?:близько |около |about |some )?\d+\s*(?:%|відсот|процент|percent|per cent)")
# "X is back in Russian hands after five months under Kyiv's control": how long the other side held it.
_SPELL_BEFORE = re.compile(r"\b(?:days|weeks|months|years)\s+$")
_OWN_TROOPS = re.compile(r"\b(?:its|our|their) (?:own )?(?:forces|troops|units|soldiers|army|fighters)\b")
# "broke through Russia's defences and liberated X": the owner of the lines broken is no gainer.
_OWNER_OF = re.compile(r"(?:['’]s?)? (?:[\w-]+ )?(?:defen[cs]es?|defen[cs]e lines?|lines|fortifications|strongholds?)\b")


# «позиції ЗСУ», «позиции ВСУ»: the troops whose positions were attacked, not the ones acting.
_POSITIONS_OF = re.compile(r"(?:позиці|позици)\w* $")


def _mentions_other_side_withdrawing(sentence: str, orig: str, actors: list[ActorMention], side: str) -> bool:
    """Whether the troops that withdrew or left belong to the other side, not the speaker's.

    LEFT is case-sensitive (a capitalised place must follow), so it runs on `orig`. `sentence` is
    `orig` lowercased only when that keeps the length, so offsets in either agree with the actors'.
    """
    verb = WITHDRAW.search(sentence) or LEFT.search(orig)
    # (troops withdraw, not the officials who tell of it: «Пушилин отметил, что подразделения противника оставили X»)
    before = [a for a in actors if verb and a.end <= verb.start() and a.actor.side in ("ru", "ua") and a.actor.rank == 1
              and not _POSITIONS_OF.search(sentence, max(0, a.start - 24), a.start)]
    if verb and not before and not sentence.isascii() and ENEMY.search(sentence, 0, verb.start()):
        # «ворожі штурмовики атакували позиції ЗСУ, але відступили», «оккупанты отступили от X, сообщили
        # в ВСУ»: the speaker's enemy withdrew (the troops whose positions were attacked are the object)
        return True
    return bool(before) and before[-1].actor.side != side

