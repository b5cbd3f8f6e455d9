"""Sentences of a text: split at sentence ends, not at abbreviations; each capped in length."""

from __future__ import annotations

import re

MAX_TEXT = 200_000
MAX_SENTENCE = 600

_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|St|No|vs|approx|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\b[A-Z]"
                     # the kind of settlement before its name: «по с. Шестакове», «(сел. Борова)», «в пос. Климово»
                     r"|(?<![\w.])(?:с|сел|смт|пос|пгт|д|м|г))\.$")
# Opens with the punctuation itself (not a lookbehind) so the engine skips ahead to candidates.
_SPLIT = re.compile(r"[.!?][\"”»')]?\s+(?=[\"“«(]?[A-ZА-ЯІЇЄҐ0-9])|\n\s*\n?")


_CLOSING = ("\"", "”", "»", "'")
# Who said a quotation that ended in "!" or "?": a few words, then a verb of saying, then the end.
_ATTRIBUTION = re.compile(r"[^.!?\n]{0,60}?\b(?:said|says|wrote|writes|added|adds|told|stated|reported|noted|"
                          r"заявив|заявил|написав|написал|повідомив|сообщил|додав|добавил)\b[^.!?\n]{0,60}[.!?]")


# The rest of an open quotation, its closing mark and who said it: ' There are casualties," K wrote.'
_QUOTE_REST = re.compile(r"[^\"“”«»\n]{1,300}?[,.!?]?[\"”»]\s*")


# A quotation a verb of saying and a colon introduce: 'the spokesman told Reuters: "...'
_INTRODUCED = re.compile(r"\b(?:said|says|told(?: [\w.]+){0,2}|wrote|writes|added|stated|posted)(?: on \w+)?:\s*[\"“«][^\"“”«»]*$")


_SAID_AFTER = re.compile(r"[^.!?\n\"“”«»]{0,60}?\b(?:said|says|wrote|writes|added|adds|told|stated|reported|noted|"
                         r"заявив|заявил|написав|написал|повідомив|сообщил|додав|добавил)\b")


def _open_quote(chunk: str) -> bool:
    """The chunk opens a quotation it does not close (a sentence end inside the quotation)."""
    return chunk.count("“") > chunk.count("”") or chunk.count("«") > chunk.count("»") or chunk.count('"') % 2 == 1


def _quote_attributed(text: str, pos: int) -> bool:
    """The quotation open at `pos` closes soon and a verb of saying follows its closing mark."""
    rest = _QUOTE_REST.match(text, pos)
    return rest is not None and _SAID_AFTER.match(text, rest.end()) is not None


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
        if text[m.start()] in "!?" and m.group()[1:2] in _CLOSING and _ATTRIBUTION.match(text, m.end()):
            continue  # '"Russians are shelling Kherson!" the governor wrote.': the quotation's own attribution
        if "\n" not in m.group() and _open_quote(chunk) and (_quote_attributed(text, m.end()) or (
                _INTRODUCED.search(chunk) and _QUOTE_REST.match(text, m.end()))):
            # '"X was hit. There are casualties," the governor wrote.', 'He told Reuters: "Not true.
            # Our units hold X."': one quotation, one speaker
            continue
        out.append(chunk)
        pos = m.end()
    out.append(text[pos:])
    return [s.strip()[:MAX_SENTENCE] for s in out if s.strip()]


# A headline in title case ("Defense Forces Continue To Control Dachne In Dnipropetrovsk Region") is
# read with its common words lowered, as a sentence; names, and the nouns of bodies ("Forces",
# "Ministry", "General Staff"), keep their capitals.
_HEADLINE_WORDS = frozenset("""
a an the to in of on at for with from as and or but by over under after into near amid against its their his her
it is are was were be been being has have had not no says say said still all than out up down back off about across
one two three four five six seven eight nine ten dozen dozens hundreds several some most half
toward towards around while despite before since now again more new
capture captures captured capturing seize seizes seized seizing take takes took taken taking liberate liberates
liberated liberating liberation free frees freed reclaim reclaims reclaimed retake retakes retook recapture
recaptures recaptured regain regains regained control controls continue continues continued hold holds held
holding repel repels repelled repulse repulses repulsed push pushes pushed advance advances advanced advancing enter
enters entered withdraw withdraws withdrew withdrawn retreat retreats retreated pull pulls pulled strike strikes
struck hit hits target targets targeted attack attacks attacked shell shells shelled shelling shoot shoots shot
downed destroy destroys destroyed intercept intercepts intercepted kill kills killed killing wound wounds wounded
wounding injure injures injured injuring claim claims claimed deny denies denied reject rejects rejected dismiss
dismisses dismissed confirm confirms confirmed admit admits admitted report reports reported declare declares
declared announce announces announced remain remains remained encircle encircles encircled surround surrounds
surrounded storm storms stormed clear clears cleared lose loses lost fall falls fell gain gains breach breaches
village villages town towns city settlement settlements drone drones missile missiles key strategic full
part outskirts district centre center front overnight people civilians fire damage damaged
""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def sentence_case(sentence: str) -> str:
    """A title-case headline with its common words in lower case (same length, so offsets hold);
    any other sentence unchanged."""
    if not sentence[:1].isascii():
        return sentence  # Cyrillic, or a quotation: no title case to undo
    words = [m.group() for m in _WORD.finditer(sentence)]
    long = [w for w in words if len(w) > 3]
    if len(words) < 4 or len(long) < 3 or sum(w[0].isupper() for w in long) < 0.8 * len(long) \
            or sum(w[0].isupper() and w.lower() in _HEADLINE_WORDS for w in words[1:]) < 2:
        return sentence
    first = _WORD.search(sentence).start()

    def lowered(m: re.Match[str]) -> str:
        w = m.group()
        return w.lower() if m.start() != first and w[1:].islower() and w.lower() in _HEADLINE_WORDS else w

    return _WORD.sub(lowered, sentence)
