"""The cue vocabulary of statement extraction: compiled patterns for verbs, stances and context.

Patterns built with `rx` are written in natural case but compiled for lowercased text
(IGNORECASE makes these alternations ~5x slower); the few case-sensitive ones (TAKE, LEFT,
NOT_A_PLACE_AFTER) run on the original sentence. Every repeat is bounded ({0,n}), so a long
sentence cannot make a pattern backtrack catastrophically.
"""

from __future__ import annotations

import re

try:  # re's parser is private: without it cues simply run without a prefilter
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover (another Python's layout)
    _c = _parser = None


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def latin_text(text: str) -> bool:
    """True for text with no Cyrillic letter: English, curly quotes and dashes included."""
    return text.isascii() or _CYRILLIC.search(text) is None


def latin_only(pattern: str) -> str:
    """The pattern without its alternatives that spell Cyrillic words (a group left with none
    can never match: `(?!)`). Escapes and character classes are kept whole."""
    out: list[list[list[str]]] = [[[]]]  # a stack of groups, each a list of alternatives (token lists)
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out[-1][-1].append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            end = i + 1
            while end < len(pattern) and (pattern[end] != "]" or end == i + 1):
                end += 2 if pattern[end] == "\\" else 1
            out[-1][-1].append(pattern[i:end + 1])
            i = end + 1
            continue
        if ch == "(":
            head = re.match(r"\((?:\?(?:[:=!]|<[=!]|P<\w+>))?", pattern[i:]).group()
            out.append([[head]])
            i += len(head)
            continue
        if ch == "|":
            out[-1].append([])
        elif ch == ")":
            group = out.pop()
            head = group[0].pop(0)
            out[-1][-1].append(head + _join(group) + ")")
        else:
            out[-1][-1].append(ch)
        i += 1
    return _join(out[0])


def _join(alternatives: list[list[str]]) -> str:
    kept = ["".join(a) for a in alternatives if not _CYRILLIC.search("".join(a))]
    return "|".join(kept) if kept else "(?!)"


_WORD_START4 = re.compile(r"(?<!\w)\w{1,4}")  # the first letters of every word
_WORD_CHARS = re.compile(r"^\w+")


def pattern_starts(items: list, room: int) -> set[tuple[str, bool]] | None:
    """The literal strings (up to `room` characters) a parsed pattern's matches begin with, each
    flagged True when it is complete (nothing literal can follow); None when not simply known."""
    out: set[tuple[str, bool]] = {("", False)}
    for op, av in items:
        if all(done or len(text) >= room for text, done in out):
            break
        if op is _c.ASSERT_NOT and not av[1]:
            return set()  # "(?!)", what latin_only leaves of a Cyrillic-only branch: it never matches
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width
        if op is _c.LITERAL:
            tails: list[set[tuple[str, bool]]] | None = [{(chr(av), False)}]
        elif op is _c.IN and all(o is _c.LITERAL for o, _v in av):
            tails = [{(chr(v), False) for _o, v in av}]
        elif op is _c.BRANCH:
            tails = [pattern_starts(list(branch), room) for branch in av[1]]
        elif op is _c.SUBPATTERN:
            tails = [pattern_starts(list(av[3]), room)]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            tails = [pattern_starts(list(av[2]), room), {("", False)}]  # optional: once or not at all
        else:
            return {(text, True) for text, _done in out}  # anything else ends the literal prefix
        if any(t is None for t in tails):
            return None
        merged: set[tuple[str, bool]] = set()
        for text, done in out:
            if done or len(text) >= room:
                merged.add((text, done))
                continue
            for tail in tails:
                for piece, piece_done in tail:
                    merged.add(((text + piece)[:room], piece_done))
        out = merged
        if len(out) > 400:
            return None
    return out


def _at_word_start(items: list) -> bool:
    """Whether every match of the parsed pattern begins at a word boundary (a leading \\b)."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.BRANCH:
        return all(_at_word_start(list(branch)) for branch in av[1])
    if op is _c.SUBPATTERN:
        return _at_word_start(list(av[3]))
    return False


def anchors(pattern: str, ascii_text: bool = False) -> frozenset[str] | None:
    """Word beginnings (3 or 4 letters, or a whole shorter word) one of which every match of
    `pattern` starts a word with, or None when that cannot be said (an alternative starting with
    a class, a digit, or a short beginning of a longer word). `ascii_text`: of its matches in
    ASCII text only (a beginning with other letters cannot be written there)."""
    if _parser is None:
        return None
    try:
        items = list(_parser.parse(pattern))
        if not _at_word_start(items):
            return None  # a match could begin inside a word: its beginning says nothing
        found = _ascii_starts(items, ascii_text)
    except Exception:  # noqa: BLE001 (a private API: no prefilter, the regex still decides)
        return None
    if not found:
        return None
    return _word_anchors(found)


def _word_anchors(found: set[tuple[str, bool]]) -> frozenset[str] | None:
    """The word beginnings of pattern_starts' literal beginnings of matches that start a word."""
    out = set()
    for text, _done in found:
        word = _WORD_CHARS.match(text)
        if word is None or not word.group().isascii():
            return None
        if len(word.group()) < 3 and len(text) == len(word.group()):
            return None  # a short beginning that may go on: the word it starts is not known
        # 3 or 4 letters, or a whole short word ("no", "do": something else follows it)
        out.add(word.group()[:4])
    return frozenset(out)


def _ascii_starts(items: list, ascii_text: bool) -> set[tuple[str, bool]] | None:
    """pattern_starts(items, 4), only those an ASCII text can hold when `ascii_text`."""
    found = pattern_starts(items, 4)
    if found is None or not ascii_text:
        return found
    return {(text, done) for text, done in found if text.isascii()}


def prefilter(pattern: str, ascii_text: bool = False) -> tuple[frozenset[str] | None, frozenset[str]]:
    """(anchors, loose): `anchors(pattern)` when it is known; else, alternative by alternative,
    the word beginnings of those at a word start and the literal beginnings (3 or 4 characters,
    found anywhere, even inside a word) of the others. Every match begins with one of them; a
    pattern that never matches has neither. (None, ...) when some alternative's beginning is not known.
    `ascii_text`: of its matches in ASCII text only."""
    whole = anchors(pattern, ascii_text)
    if whole is not None or _parser is None:
        return whole, frozenset()
    try:
        items = list(_parser.parse(pattern))
        if _ascii_starts(items, ascii_text) == set():
            return frozenset(), frozenset()  # what latin_only leaves of a Cyrillic-only cue
        alternatives = [list(b) for b in items[0][1][1]] if len(items) == 1 and items[0][0] is _c.BRANCH else [items]
        words: set[str] = set()
        loose: set[str] = set()
        for alternative in alternatives:
            found = _ascii_starts(alternative, ascii_text)
            if found is None:
                return None, frozenset()
            if not found:
                continue  # a branch that never matches
            word = _word_anchors(found) if _at_word_start(alternative) else None
            if word is not None:
                words |= word
            elif all(len(text) >= 3 for text, _done in found):
                loose |= {text for text, _done in found}
            else:
                return None, frozenset()
    except Exception:  # noqa: BLE001 (a private API: no prefilter, the regex still decides)
        return None, frozenset()
    return frozenset(words), frozenset(loose)


def word_starts(text: str) -> frozenset[str]:
    """The 3- and 4-letter beginnings of a text's words (what Cue.anchors are checked against)."""
    fours = _WORD_START4.findall(text)  # each word's first four letters (all of a shorter word)
    return frozenset(fours + [w[:3] for w in fours])


_CYR: dict[str, bool] = {}
"""Recent texts -> whether they hold Cyrillic letters."""
_STARTS: dict[str, frozenset[str]] = {}
"""Recent texts -> their word beginnings. The stages of one sentence search it through separately
lowercased copies: keyed by content, each is looked at once."""
_RECENT = 32


def _cyrillic(text: str) -> bool:
    if len(_CYR) >= _RECENT:
        _CYR.clear()  # a handful of recent texts, never a growing store
    found = _CYR[text] = _CYRILLIC.search(text) is not None
    return found


def _starts_of(text: str) -> frozenset[str]:
    if len(_STARTS) >= _RECENT:
        _STARTS.clear()
    found = _STARTS[text] = word_starts(text)
    return found


class Cue:
    """A compiled cue that skips its Cyrillic alternatives on text without Cyrillic letters
    (most English text): the same matches, at the cost of the Latin alternatives only. On such
    text a cue whose every match starts a word with one of a few known letters (`anchors`) is
    not run at all on a sentence none of whose words begins so."""

    __slots__ = ("anchors", "full", "latin", "loose", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.full = re.compile(pattern)
        latin = latin_only(pattern)
        self.latin = re.compile(latin)
        self.anchors, self.loose = prefilter(latin)

    def _hits(self, text: str) -> frozenset[str]:
        """The anchors a word of the text begins with, and the loose beginnings written in it."""
        hits = self.anchors.intersection(_STARTS.get(text) or _starts_of(text))
        if self.loose:
            hits = hits.union([w for w in self.loose if w in text])
        return hits

    def _for(self, text: str) -> re.Pattern[str] | None:
        if not text.isascii():
            cyrillic = _CYR.get(text)
            if cyrillic or (cyrillic is None and _cyrillic(text)):
                return self.full
        if self.anchors is not None and not self._hits(text):
            return None  # nothing in the text begins as any match would
        return self.latin

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        """re.Pattern.search."""
        # _for inlined: this is the call every stage makes, many times per sentence.
        if not text.isascii():
            cyrillic = _CYR.get(text)
            if cyrillic or (cyrillic is None and _cyrillic(text)):
                return self.full.search(text, *args)
        if self.anchors is not None:
            starts = _STARTS.get(text) or _starts_of(text)
            hits = self.anchors.intersection(starts)
            if self.loose:
                hits = hits.union([w for w in self.loose if w in text])
            if not hits:
                return None
            return self._search_at(text, hits, *args)
        return self.latin.search(text, *args)

    def _search_at(self, text: str, hits: set[str], pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """latin.search, tried only where one of `hits` is written: every match begins with one,
        so the first place that matches is search's match, and re skips every other word."""
        end = len(text) if endpos is None else endpos
        at: list[int] = []
        for word in hits:
            i = text.find(word, pos, end)
            while i != -1:
                at.append(i)
                i = text.find(word, i + 1, end)
        match = self.latin.match
        for i in sorted(at):
            found = match(text, i, end)
            if found is not None:
                return found
        return None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        """re.Pattern.match."""
        pattern = self._for(text)
        return pattern.match(text, *args) if pattern is not None else None

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        """re.Pattern.fullmatch."""
        pattern = self._for(text)
        return pattern.fullmatch(text, *args) if pattern is not None else None

    def finditer(self, text: str, *args: int):
        """re.Pattern.finditer."""
        pattern = self._for(text)
        if pattern is None:
            return iter(())
        if pattern is self.full or self.anchors is None:
            return pattern.finditer(text, *args)
        return self._finditer_at(text, self._hits(text), *args)

    def _finditer_at(self, text: str, hits: frozenset[str], pos: int = 0, endpos: int | None = None):
        """latin.finditer as successive _search_at: the scan jumps to the words a match can begin with."""
        end = len(text) if endpos is None else endpos
        while (found := self._search_at(text, hits, pos, end)) is not None:
            if found.end() == found.start():
                yield from self.latin.finditer(text, found.start(), end)  # an empty match: re's own stepping from here
                return
            yield found
            pos = found.end()


_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def _lowered(pattern: str) -> str:
    """The pattern with its letters lowercased, escapes kept (`\\W` is not `\\w`)."""
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


class Gated:
    """A compiled pattern that, on ASCII text, is tried only where a beginning every match starts
    with is written (`prefilter`; a literal alternation of them finds the places); other text
    gets the pattern itself. re tries a pattern that begins with a class, a lookbehind or `\\b`,
    or that ignores case, at every position of the text."""

    __slots__ = ("caseless", "finder", "flags", "fullmatch", "match", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.match, self.fullmatch, self.flags = pattern.match, pattern.fullmatch, pattern.flags
        self.caseless = bool(pattern.flags & re.IGNORECASE)
        self.finder: re.Pattern[str] | None = None
        source = pattern.pattern
        # Letters outside ASCII that fold to ASCII ones ("K", "ſ") would escape a caseless gate;
        # inline flags change what the letters after them match; other flags change the syntax.
        if (pattern.flags & ~(re.IGNORECASE | re.UNICODE) or _INLINE_FLAGS.search(source)
                or any(not ch.isascii() and (ch.lower().isascii() or ch.upper().isascii() or ch.casefold().isascii())
                       for ch in set(source))):
            return
        words, loose = prefilter(_lowered(source) if self.caseless else source, ascii_text=True)
        if words is not None and len(words) + len(loose) <= _GATE_MOST:
            beginnings = sorted(words | loose, key=len, reverse=True)
            self.finder = re.compile("|".join(map(re.escape, beginnings)) if beginnings else "(?!)")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """re.Pattern.search."""
        end = len(text) if endpos is None else endpos
        if self.finder is None or not text.isascii():
            return self.pattern.search(text, pos, end)
        written = text.lower() if self.caseless else text
        find, match = self.finder.search, self.pattern.match
        while (hit := find(written, pos, end)) is not None:
            if (found := match(text, hit.start(), end)) is not None:
                return found
            pos = hit.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """re.Pattern.finditer."""
        end = len(text) if endpos is None else endpos
        if self.finder is None or not text.isascii():
            yield from self.pattern.finditer(text, pos, end)
            return
        while (found := self.search(text, pos, end)) is not None:
            if found.end() == found.start():
                yield from self.pattern.finditer(text, found.start(), end)  # an empty match: re's own stepping from here
                return
            yield found
            pos = found.end()


_GATE_MOST = 16
"""Beginnings a gate looks for at most (more make its own scan slow)."""


Needs = frozenset[frozenset[str]]
"""What a match puts in a text: every match holds all the words of one of the sets, each at a
word's start (as written, or the beginning of a longer word). Empty: it cannot match at all."""


def required_starts(pattern: str, flags: int = 0) -> Needs | None:
    """The word beginnings every match of the pattern puts in ASCII text, read lowercased (see
    `Needs`); None when nothing can be said (a match might hold no known word)."""
    if _parser is None or flags & ~(re.IGNORECASE | re.UNICODE) or any(
            not ch.isascii() and (ch.lower().isascii() or ch.upper().isascii() or ch.casefold().isascii() or ch == "\u0130")
            for ch in set(pattern)):
        return None  # "K", "ſ" or "İ" ignoring case matches an ASCII letter its lowercase is not (escaped: below)
    try:
        return _required(list(_parser.parse(pattern, flags)))
    except Exception:  # noqa: BLE001 (a private API: then no gate, the regex decides)
        return None


_AT_WORD_START = (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING) if _c is not None else ()
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""Letters that ignoring case match an ASCII one ("İ", "ı", "ſ", "K"): never read as a literal."""
_MOST_SETS = 48
"""Alternative sets one pattern's needs may hold before a part of a sequence is left out."""


def _required(items: list, at_start: bool = False, prefix: str = "") -> Needs | None:
    """required_starts of a parsed sequence: every part's needs at once. It goes on from
    `prefix`, literal text just matched, which begins a word if `at_start` and a word character
    comes first."""
    needs: Needs | None = None
    run = prefix  # literal characters matched one after another
    items = list(items)
    i = -1
    while (i := i + 1) < len(items):
        op, av = items[i]
        char = None
        if op is _c.LITERAL and chr(av) not in _FOLDS_TO_ASCII:
            char = chr(av).lower()
        elif op is _c.IN and av and all(o is _c.LITERAL for o, _v in av) and len({chr(v).lower() for _o, v in av}) == 1 \
                and chr(av[0][1]) not in _FOLDS_TO_ASCII:
            char = chr(av[0][1]).lower()  # "[Gg]": one letter in lowercased text
        if char is not None and not char.isascii():
            return frozenset()  # a letter ASCII text does not hold: this branch never matches there
        if char is not None and len(char) == 1:
            run += char
            continue
        if op is _c.ASSERT_NOT:
            continue  # zero-width: the run goes on
        if op is _c.ASSERT:
            # what a lookaround sees is in the text as well; after "(?<=forces )" a word starts
            needs = _both(needs, _required(list(av[1]), at_start and not run and av[0] == 1))
            last = av[1][-1] if av[0] == -1 and av[1] else None
            if not run and last is not None and last[0] is _c.LITERAL and not _WORD_CHAR.match(chr(last[1])):
                at_start = True
            continue
        if op is _c.AT:
            needs = _both(needs, _run_starts(run, at_start))
            run, at_start = "", av in _AT_WORD_START
            continue
        part = None
        after = False  # whether the text after this part starts a word (when a word character follows)
        if op in (_c.SUBPATTERN, _c.BRANCH):
            # the literal text on both sides goes into each alternative: "(?:twen|for)ty" needs "forty"
            tail = i + 1
            while tail < len(items) and items[tail][0] is _c.LITERAL:
                tail += 1
            follow, i = items[i + 1:tail], tail - 1
            alternatives = [list(av[3])] if op is _c.SUBPATTERN else [list(b) for b in av[1]]
            branches = [_required(alternative + follow, at_start, run) for alternative in alternatives]
            part = None if any(b is None for b in branches) else frozenset().union(*branches)
            after = _ends_apart([(op, av), *follow])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            before = at_start if not run else not _WORD_CHAR.match(run[-1])
            body = list(av[2])
            # "(?:\\w+ )?": after it, as before it, a word starts
            after = _ends_apart(body) and (before or av[0] >= 1)
            needs = _both(needs, _run_starts(run, at_start))
            if av[0] >= 1:
                part = _required(body)
        else:
            needs = _both(needs, _run_starts(run, at_start))
        needs = _both(needs, part)
        run, at_start = "", after
    return _both(needs, _run_starts(run, at_start)) if run else needs


_WORD_CHAR = re.compile(r"\w")


def _ends_apart(items: list) -> bool:
    """Whether every match of a parsed sequence ends after a non-word character (so a word
    character right after it starts a word)."""
    for op, av in reversed(items):
        if op is _c.ASSERT_NOT or op is _c.ASSERT and av[0] == 1:
            continue  # zero-width, looking ahead: the end is where it was
        if op is _c.LITERAL:
            return not _WORD_CHAR.match(chr(av))
        if op is _c.ASSERT:  # a lookbehind: what it sees ends here
            return bool(av[1]) and _ends_apart(list(av[1]))
        if op is _c.SUBPATTERN:
            return _ends_apart(list(av[3]))
        if op is _c.BRANCH:
            return all(_ends_apart(list(branch)) for branch in av[1])
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _ends_apart(list(av[2])):
                return False
            if av[0] >= 1:
                return True
            continue  # "(?:aerial )?": matched or not, what is before it must end apart too
        return False
    return False


def _run_starts(run: str, at_start: bool) -> Needs | None:
    """The word beginnings a run of literal text puts in the text: each word of the run that
    starts a word there (`at_start`, or after a non-word character), 3 letters or more, or whole."""
    found = set()
    for m in re.finditer(r"\w+", run):
        if not (m.start() > 0 or at_start):
            continue  # the run's first word may be the end of a longer one
        word = m.group()
        if len(word) < 3 and m.end() == len(run):
            continue  # a short beginning of a word that may go on
        found.add(word)
    return frozenset([frozenset(found)]) if found else None


def _both(a: Needs | None, b: Needs | None) -> Needs | None:
    """The needs of two parts a match holds both of; when the sets would be too many, the
    needs of the part a text is less likely to hold."""
    if a is None or b is None:
        return b if a is None else a
    if len(a) * len(b) <= _MOST_SETS:
        return frozenset(x | y for x in a for y in b)
    return a if _rarity(a) >= _rarity(b) else b


_COMMON_STARTS = frozenset("the and was were been have has had over with that from for not are this they its their "
                           "ther thei said into will one all who whic what when afte also more than them".split())
"""Word beginnings most sentences hold: a gate on them skips little."""


def _rarity(needs: Needs) -> tuple[bool, int, int]:
    telling = [[w for w in need if w[:4] not in _COMMON_STARTS] for need in needs]
    return all(telling), min((max(map(len, t), default=0) for t in telling), default=9), -len(needs)


class StartsGate:
    """One look for the word beginnings several patterns need (`required_starts`), in the word
    beginnings the cues have read from the text already: on ASCII text a miss proves none of
    them can match, so a run of tests over most sentences costs a set look or two, not one
    search each. Non-ASCII text, or a pattern whose needs are not known, always passes."""

    __slots__ = ("by_start", "firsts", "patterns", "singles")

    def __init__(self, *patterns: re.Pattern[str] | Cue | Gated) -> None:
        self.patterns = patterns
        needs: set[frozenset[str]] = set()
        self.firsts: frozenset[str] | None = None
        self.singles: frozenset[str] = frozenset()
        self.by_start: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
        for p in patterns:
            if isinstance(p, Gated):
                p = p.pattern
            found = required_starts(p.pattern, 0) if isinstance(p, Cue) else required_starts(p.pattern, p.flags)
            if found is None or frozenset() in found:
                return  # (a set needing nothing: any text may match)
            needs |= found
        # Words most texts hold are left out of a set (a set asks less, never more); a set that
        # holds another asks nothing more of a text.
        needs = {frozenset(w for w in need if w[:4] not in _COMMON_STARTS) or need for need in needs}
        needs = {need for need in needs if not any(other < need for other in needs)}
        # A set of one short word is met by its beginning alone (one set test for all of them);
        # any other is looked up by its most telling word's beginning, then checked whole: the
        # beginnings among the text's, the longer words in the text.
        self.singles = frozenset(w for need in needs if len(need) == 1 for w in need if len(w) <= 4)
        for need in sorted(needs, key=len):
            if need & self.singles:
                continue
            key = max(need, key=lambda w: (w[:4] not in _COMMON_STARTS, len(w), w))[:4]
            self.by_start.setdefault(key, []).append(
                (frozenset(w[:4] for w in need), tuple(sorted(w for w in need if len(w) > 4))))
        self.firsts = frozenset(self.by_start)

    def may_match(self, text: str) -> bool:
        """False only when no pattern of the gate can match anywhere in the text (any case)."""
        if self.firsts is None or not text.isascii():
            return True
        low = text.lower()
        starts = _STARTS.get(low) or _starts_of(low)
        if not self.singles.isdisjoint(starts):
            return True
        by_start = self.by_start
        for key in self.firsts.intersection(starts):
            for short, longer in by_start[key]:
                if short <= starts:
                    for word in longer:
                        if word not in low:
                            break
                    else:
                        return True
        return False


def gated(pattern: re.Pattern[str]) -> Gated | re.Pattern[str]:
    """The pattern behind a Gated gate, or the pattern itself when it has none (its beginnings
    not known, or too many)."""
    gate = Gated(pattern)
    return gate if gate.finder is not None else pattern


def rx(pattern: str) -> Cue:
    """Compile for lowercased text: IGNORECASE makes these alternations ~5x slower."""
    return Cue(_lowered(pattern))


# The loss of a named town by its noun, in the original case: «смирилось с потерей X», «визнали втрату Y».
_LOSS_OF_PLACE = r"(?<![\w-])(?:потер|утрат|втрат)(?:ей|ой|и|ю|я|а|ею|у) (?:города |села |поселка |посёлка |міста |селища )?[А-ЯІЇЄҐ]"
LOSS_OF_PLACE_CYR = re.compile(_LOSS_OF_PLACE)
# "took Kupiansk": taking counts as capture only when a capitalised name follows (not "took place").
TAKE = re.compile(r"\b(?:took|taken|take|taking|takes|enters?|entering|controls?|loss of)[\"”']? "
                  # "the northeastern Ukrainian town of X", "the Russian-held city of Y": up to three words before the noun
                  r"(?:the (?:[\w'’-]+ ){0,3}(?:towns?|city|cities|villages?|settlements?) of )?[A-ZА-ЯІЇЄҐ]"
                   # "have taken a dozen border villages since December, including X and Y": the villages named after
                   r"|\b(?:took|taken|captured|seized|liberated) (?:[\w-]+ ){0,5}(?:villages|settlements|towns)\b[^,;.]{0,30}, including [A-ZА-ЯІЇЄҐ]"
                   # a defender's hold of a named town: "Ukrainian troops \"firmly hold\" X", "forces continue to hold positions in Y"
                   r"|(?<!Russian )(?<!Russia's )(?<!Moscow's )(?<![Ee]nemy )(?<![Tt]he )\b(?:[Tt]roops|[Ff]orces|[Uu]nits|[Dd]efenders|[Ss]oldiers|[Bb]rigades?|[Gg]arrison) (?:(?:are|were|remain|still|firmly|fully|"
                   r"continue to|continuing to) ){0,2}[\"“]?(?:(?:firmly|still|fully) )?(?:hold|holds|holding)[\"”]? "
                   r"(?:(?:their |our )?positions in |the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]"
                   # the loss of a named town by its noun: «смирилось с потерей X», «после утраты Y», «втрата Z»
                   r"|" + _LOSS_OF_PLACE +
                   # "had taken the whole of X", "took most of Y": a share of a town taken
                   r"|\b(?:took|taken|take|taking|takes) [\"“‘']?(?:the whole|all|most|much|half|the rest|the cent(?:re|er)) of "
                   r"(?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]"
                   # troops that left or abandoned a town: "units had effectively left X", "troops have abandoned Y"
                   r"|\b(?:[Tt]roops|[Ff]orces|[Uu]nits|[Ss]oldiers|[Aa]rmy|[Dd]efenders|[Gg]arrison) (?:have |had )?"
                   r"(?:effectively |fully |completely |finally |now )?(?:left|abandoned) (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]"
                   # "managed to enter the outskirts of X": a part of the place got into
                   r"|\b(?:managed|succeeded) to (?:enter|reach|infiltrate|break into|get into) (?:the )?(?:[\w-]+ )?"
                   r"(?:outskirts|edges?|cent(?:re|er)|part|districts?|suburbs|streets|neighbou?rhoods?) of (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]"
                   # "Russian forces cleared Kindrativka": a village taken by clearing it (the clearer's side decides whose)
                   r"|\b(?:[Ff]orces|[Tt]roops|[Uu]nits|[Dd]ivision|[Bb]rigade|[Rr]egiment|[Ss]oldiers) (?:have |had |has )?(?:fully |completely )?cleared "
                   r"(?:the (?:[\w'’-]+ ){0,2}(?:town|city|village|settlement) of )?[A-ZА-ЯІЇЄҐ]"
                   # a side's own loss in its own voice: "We have lost X"
                   r"|\b[Ww]e(?: have|['’]ve)? lost [A-ZА-ЯІЇЄҐ]"
                   # a unit's own voice: "We're already in Lyman"
                   r"|\b[Ww]e(?:['’]re| are) (?:already|now) in (?:the (?:centre|center|heart|outskirts) of )?[A-Z]"
                   # a headline's passive opening with the town: "Kurakhove taken after months of fighting, Moscow says"
                   # (not "Soldiers captured by Russian troops near X": people taken)
                   r"|^\W{0,3}(?!(?:Soldiers|Troops|Servicemen|Fighters|Marines|Prisoners|Civilians|Residents|Men|Women|Children|Journalists|"
                   r"Photos|Pictures|Images|Videos|Footage|Samples|Steps|Measures)\b)"
                   r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:taken|captured|seized|liberated)\b"
                   r"(?= (?:after|by|in|as|amid)\b|, (?:[A-Z][\w'’-]+ )?(?:says|said|claims|claimed)\b)")
LEFT = re.compile(r"\bleft (?:the (?:town|city|village) of )?[A-ZА-ЯІЇЄҐ]")

REPORT = rx(
    # (not "an attack which claimed a life", "claims the lives of two": a death toll, nobody speaking)
    r"\b(?<!\bno )(?:said(?! to (?:be|have)\b)|says|say|accus(?:e|es|ed|ing)(?= (?:[\w'’-]+ ){1,4}of\b)|(?<=, )saying|claiming(?= that\b)|(?:claimed(?<!\bthe claimed)(?<!\ba claimed)(?<!\ban claimed)|claims|claim)(?! (?:the |a |one |two |three |\d+ )?li(?:fe|ves)\b)|reported|reports|report|stated|states|announced|announces|"
    r"denied|denies|deny|confirmed(?! (?:russian |ukrainian |enemy )?(?:advances?|gains?|captures?|presence|reports?|positions?|territorial)\b)|(?:(?<=\bisw )|(?<=\)\s)|(?<=analysts )|(?<=institute )|(?<=think tank )|(?<=deepstate )|(?<=\bhas )|(?<=\bhave ))confirmed|confirms|confirm|acknowledged|acknowledges|admitted|admits|insisted|insists|asserted|asserts|assert|assessed|assesses|estimat(?:ed|es)(?= that\b)|declared|declares|"
    r"rejected|rejects|accused|accuses|dismissed|dismisses|refuted|refutes|wrote|writes|posted|told|informed|briefed|added|noted|conceded|concedes|concede(?= that\b)|acknowledge(?= that\b)|admit(?= that\b)|reveals|revealed|show(?:s|ed)? that|commented on|"
    # the speaker's emphasis is still the speaker's word, as «подчеркнул», «наголосив» below
    r"emphasi[sz]ed|emphasi[sz]es|stressed|stresses|underlined|underscored|pointed out|"
    # "the General Staff released a statement detailing ...": a statement put out is said
    r"(?:released|issued|published|put out) a statement|"
    # a boast is a claim told proudly ("..., Russian milbloggers boast"; not the noun: "Russia's boasts of ...")
    r"boasted|bragged|brags?(?= that\b|\s*[,.]|$)|boasts?(?= that\b|\s*[,.]|$)|affirm(?:s|ed)(?= that\b)|"
    # "Russia maintains it has captured X": holding to a claim (not "maintained its positions")
    r"maintain(?:s|ed)(?= (?:that\b|it (?:has|had|is|was)\b|they (?:have|had|are|were)\b|its (?:forces|troops) (?:have|had)\b))|"
    r"according to|заявил\w*|заяви\w*|заявля\w*|повідоми\w*|сообщ\w*|доповіл\w*|доповіда\w*|спростува\w*|опроверг\w*|підтверди\w*|подтверди\w*|"
    r"стверджу\w*|твердил\w*|твердять|утвержда\w*|подтвержда\w*|підтверджу\w*|кажуть|каже|пишуть|(?<!може )(?<!можуть )(?<!может )(?<!могут )говорит\w*|говорят|говорять|оголоси\w*|оголошу\w*|объяви\w*|зазнач\w*|написа\w*|пише|пишут|"
    r"розповів|розповіли|рассказа\w*|сказа\w*|повідомля\w*|отмет\w*|отмеча\w*|подчеркн\w*|подчерки\w*|підкресл\w*|"
    # an assessment is the assessor's word: «в ISW вважають, що ...», «институт считает, что ...»
    r"вважає|вважають|пов['’]язує|пов['’]язують|оцінює|оцінюють|считает|считают|полагает|полагают|оценивает|оценивают|связывает|связывают|"
    # and in the past: «аналітики ISW ще в липні оцінювали, що ...», «в институте полагали»
    r"вважали|вважав|оцінювали|оцінював|оцінили|оцінив|считали|полагали|оценивали|оценили|"
    r"наголоси\w*|наголошу\w*|уточни\w*|уточня\w*|додав|додала|додали|добавил\w*|информиру\w*|інформу\w*|"
    r"доповів|доложил\w*|запереч\w*|отрица\w*|отверга\w*|отказал\w* (?:\w+ )?призна\w*|визнал\w*|визнав|признал\w*|за даними|по данным|следует из данных|випливає з даних|назвали|назвав|назвала|назвал\w*|"
    r"за словами|по словам|по заявлению|по информации|по сообщению|за заявою|за інформацією|по оценке|по оценкам|за оцінкою|за оцінками|передає|передает|отчита\w*|отчитыва\w*|звітува\w*|звіту(?:є|ють)\b|відзвітува\w*|згідно (?:з|із|зі)|согласно|"
    # «як йдеться у звіті ISW», «как говорится в обзоре института»: the report named after it speaks
    r"йдеться (?:у|в) (?:\w+ )?(?:звіт|зведенн|доповід|аналіз|огляд)\w*|говорится в (?:\w+ )?(?:отчет|сводк|доклад|анализ|обзор)\w*)\b")

HEDGE = rx(
    r"\b(?:could not|couldn't|cannot|can't|can ?not|unable to|were unable to|was unable to|(?:was|were) not able to|did not|has not|have not|had not)"
    r"(?: immediately| independently)?(?: be)?(?: been)?(?: able to)?(?: yet)?(?: immediately)?(?: independently)? (?:verif\w+|confirm\w*|check\w*|geolocat\w*|authenticat\w*|observ\w+ (?:any )?(?:\w+ )?(?:evidence|confirmation|footage))|"
    # an analyst's "has observed no evidence", "has seen no evidence to support this claim"; "..., although ISW
    # has only observed Russian activity on the edge of the village": less than was claimed
    r"\b(?:has|have|had) (?:observed|seen) no (?:\w+ )?(?:evidence|confirmation|footage)\b|"
    r"\b(?:but|although|though|while|yet)(?: the)? (?:isw|analysts?|the (?:institute|think tank)) (?:has|have) only (?:observed|seen)\b|"
    r"\bneither (?:\w+ ){1,8}could be (?:independently )?(?:verified|confirmed|checked)|\bcould not be checked\b|"
    r"\b(?:independent )?confirmation (?:is |was )?(?:lacking|missing)\b|\b(?:hard|difficult|impossible|not possible|no way) to (?:independently )?(?:assess|verify|confirm|establish)\b|"
    r"\blikely (?:captured|seized|took|taken|controls?|advanced|entered|liberated|recaptured|retook|regained|completed|encircled|surrounded|reached|made|crossed|gained|broke|withdrew|retreated|pulled)\b|"
    r"\bhave(?:(?<=\bmay have)|(?<=might have)|(?<=could have)) (?:\w+ )?(?:captured|seized|taken|advanced|entered|reached|occupied|liberated|made|achieved|gained|crossed)\b|\b(?:appears?|appeared|seems?|seemed|seemingly) to have (?:\w+ ){0,2}(?:captured|seized|taken|advanced|entered|moved|pushed|gained|occupied|liberated|reached|retaken|recaptured|regained|encircled|surrounded)\b|"
    r"\b(?:unverified|unconfirmed|unsubstantiated|reportedly|allegedly|purportedly|apparently|purports? to|purported to|(?<!there are )(?<!there is )probably(?! (?:still )?(?:trapped|buried|under (?:the )?rubble))|(?:is|are|was|were) said to (?:be|have)\b|"
    r"(?<!earlier, )(?<!earlier )(?<!previously, )(?<!previously )(?<!as )it (?:has been|had been|was|is) reported that|"
    r"reports (?:have |had )?(?:suggested|suggest|indicated|indicate)\b|"
    r"without (?:providing|offering) (?:any )?evidence|(?<=\bno )(?:independent )?(?:confirmation|evidence)|"
    r"(?:was|remains|remained) (?:unclear|not clear)|(?<=\bis )(?:unclear|not clear)|not (?:yet )?(?:been )?(?:independently )?(?:verified|confirmed)|"
    r"не підтвердж\w*|не (?:підтвердил[иа]?|підтвердив|подтвердил[иа]?)\b|не удалось подтвердить|неподтвержд\w*|непідтвердж\w*|не подтвержд[её]н\w*|підтверджень (?:\w+ ){0,5}(?:немає|нема)|"
    r"не підтверджу\w*|не (?:бач|вид)\w* (?:\w+ ){0,2}(?:підтвердж|подтвержд)\w*|за повідомленнями(?! [\w'’-]+ (?:джерел\w*|змі|медіа|каналів|пабліків)\b)|за неофіційн\w+ (?:даними|інформацією)|по неофициальным данным|не спостеріга\w*|незалежного підтвердження|нібито|начебто|ймовірно|"
    r"не смог\w* (?:\w+ ){0,2}подтверди\w*|не змог\w* (?:\w+ ){0,2}підтверди\w*|проверить невозможно|перевірити неможливо|"
    r"не (?:удалось|вдалося) (?:\w+ ){0,2}(?:проверить|перевірити|верифицировать|верифікувати)|"
    # «в ISW не располагают визуальными подтверждениями», «аналітики не мають візуальних доказів цього»
    r"не (?:располага\w*|мають|має|имеют|имеет|бачать|видят) (?:\w+ ){0,2}(?:подтверждени|доказательств|свидетельств|підтвердж|доказ)\w*|"
    # «подтверждений этому мы пока не видели», «підтверджень цьому ми не знайшли»
    r"(?:подтверждени|доказательств|підтвердж|доказ)\w* (?:[\w'’-]+ ){0,3}не (?:видел\w*|нашл\w*|обнаружил\w*|бачил\w*|знайшл\w*|виявил\w*)|"
    # «ISW не виявили візуальних доказів того, що ...», «аналитики не нашли подтверждений»
    r"не (?:виявил\w*|виявив|знайшл\w*|знайшов|побачил\w*|нашл\w*|нашел|обнаружил\w*|увидел\w*) (?:\w+ ){0,2}(?:подтверждени|доказательств|свидетельств|підтвердж|доказ)\w*|"
    r"подтверждени[йя] (?:\w+ ){0,5}нет|не (?:может|можем|могут|смог\w*|сумел\w*|змогл\w*|зміг|може|можемо) (?:\w+ )?(?:проверить|перевірити|подтвердить|підтвердити)|"
    r"(?:проверить|перевірити|установить|встановити|подтвердить|підтвердити),? (?:\w+,? ){0,9}(?:не может|не можем|не може|невозможно|неможливо|не удалось|не вдалося)|"
    r"невозможно (?:\w+ )?(?:проверить|установить)|неможливо (?:\w+ )?(?:перевірити|встановити)|не подтвержда\w*|якобы|будто бы|предположительно|по неподтвержденным|вероятно|по всей видимости|"
    r"не (?:зафиксировал\w*|зафиксирова\w*|наблюда\w*|обнаружил\w*|нашл\w*|наш[её]л|знайшл\w*|знайшов) (?:[\w-]+ ){0,2}(?:доказательств|подтверждени|свидетельств|підтверджен|доказ)\w*|"
    # the UK intelligence yardstick's lowest rung: "there is a realistic possibility that ..."
    r"\brealistic possibility\b|"
    # an OSINT map still checking a capture: «перевіряється інформація щодо окупації», «проверяется информация»
    r"перевіря\w* (?:\w+ )?інформаці\w*|проверя\w* (?:\w+ )?информаци\w*|"
    # reports said to have come in or appeared, vouched for by nobody: «поступили сообщения о», «з'явилася інформація про»
    r"(?:поступ|появ|надійш|надход|з['’ʼ]явил|з['’ʼ]являю)\w* (?:\w+ )?(?:сообщени|информаци|повідомлен|інформаці)\w* (?:о|об|про)\b|"
    # only reports, nothing more: «есть лишь сообщения о том, что ...», «є лише повідомлення про»
    r"\b(?:лишь|только|лише|тільки) (?:\w+ )?(?:сообщени|повідомлен|слух|чутк)\w* (?:о|об|про)\b|"
    # nothing said officially yet: «официально об этом не сообщалось», «офіційно про це ще не повідомляли»
    r"\b(?:официальн|офіційн)\w* (?:[\w-]+ ){0,5}?(?:пока |поки |ще |ещё |еще )?не (?:сообща|сообщ|повідомл|оголош|объявл|подтвержд|підтвердж)\w*)")

# The verb of a strike right after who struck: "Ukrainian forces had shelled ...", "units of X also hit ..."
STRUCK_AFTER_SUBJECT = re.compile(r"\s(?:have |has |had )?(?:also |again )?"
                                  r"(?:shelled|struck|attacked|bombed|destroyed|targeted|hit(?! by)|fired (?:at|on))\b")
# What a side's army hits of its foe's forces: "struck a Ukrainian fuel depot", "destroyed two Russian howitzers"
FORCES_HIT = re.compile(r"\b(?:struck|hit|destroyed|destroying|targeted|eliminated|wiped out|intercepted|downed|shot down|sank|sunk|"
                         # Moscow's bulletin in English: "a strike was also delivered on a Ukrainian army ammunition depot"
                         r"(?:strike|attack)s? (?:was |were )?(?:also )?(?:delivered|launched|carried out) (?:on|against)) "
                         r"(?:(?:a|an|the|two|three|four|five|six|several|\d[\d,]*) )?"
                         # "struck temporary deployment sites of Ukrainian units": the army named after what of it was hit
                         r"(?:(?:[\w-]+ ){0,2}(?:sites?|points?|locations?|concentrations?|clusters?) of (?:the )?)?(ukrainian|russian) (?:[\w-]+ ){0,2}"
                         r"(?:depots?|positions?|command posts?|troops|units|manpower|equipment|vehicles?|tanks?|howitzers?|launchers?|"
                         r"artillery|drones?|uavs?|boats?|radars?|warehouses?|headquarters|brigades?|forces|soldiers|servicemen|columns?|convoys?|"
                         r"deployment points?|air[- ]defen[cs]e \w+|ammunition|fuel|aircraft|helicopters?|missiles?)\b", re.IGNORECASE)

# The troops a ring closes on, whose foe tells of it: "the encirclement of Ukrainian units",
# "encircled Russian troops", "Ukrainian forces have been surrounded" (the side is the last group).
TROOPS_ENCIRCLED = re.compile(
    r"\b(?:encirclement|envelopment|blockade|encircled|surrounded|trapped|blockaded) (?:of )?(?:the )?(?:remaining )?"
    r"(ukrainian|russian) (?:[\w-]+ )?(?:troops|forces|units|soldiers|servicemen|brigades?|groups?|grouping|formations|garrison)\b|"
    r"\b(ukrainian|russian) (?:[\w-]+ )?(?:troops|forces|units|soldiers|servicemen|brigades?|groups?|grouping|formations|garrison) "
    r"(?:had |have |has )?(?:been |were |was |are |is |remain )(?:now |fully |completely |partly |partially )?(?:encircled|surrounded|trapped|blockaded|cut off)\b",
    re.IGNORECASE)


def ringed_side(caught: re.Match[str]) -> str:
    """The side whose troops a TROOPS_ENCIRCLED match rings ('ru' or 'ua')."""
    return "ru" if caught.group(caught.lastindex).lower() == "russian" else "ua"

# The enemy said not to be there: «російських військ у місті немає» (a denial, and about control).
# The enemy's flag torn down in a place ("the Russian flag in the village was destroyed", «зірвали російський
# прапор»): the place is held against it (a control event, and the holder's answer to a capture).
FLAG_TORN_DOWN = (r"(?:russian|enemy|occupiers?['’]?) flags? (?:[\w'’-]+ ){0,4}?(?:was |were |has been |had been |have been )?"
                  r"(?:destroyed|torn down|removed|taken down|pulled down)\b|\b(?:tore|pulled|took) down (?:the |a )?(?:russian|enemy) flags?\b|"
                  r"(?<![\w'’])(?:зірвал|зняли|знищил|сорвал|сняли|уничтожил)\w* (?:[\w'’-]+ ){0,2}"
                  r"(?:російськ|российск|ворож|вражеск|окупантськ|оккупантск)\w* (?:прапор|флаг|триколор)\w*")
ABSENT = (r"(?:військ|військових|підрозділів|окупантів|росіян|солдатів|армії|войск|военных|подразделений|оккупантов|россиян|армии)(?: [\w'’-]+){0,5} (?:немає|нема|нет)\b|"
          # «у X немає російських військ», «в X нет российских войск»: the troops after the word of absence
          r"(?:немає|нема|нет) (?:[\w'’-]+ )?(?:військ|військових|підрозділів|окупантів|росіян|солдатів|войск|военных|подразделений|оккупантов|россиян)\b|"
          # «в Херсоне ни одного российского оккупанта нет», «жодного окупанта в місті немає»
          r"(?:ни одного|жодного) (?:[\w'’-]+ )?(?:оккупанта|окупанта|солдата|военного|військового|россиянина|росіянина)(?: [\w'’-]+){0,4} (?:немає|нема|нет)\b|"
          r"(?:немає|нема|нет) (?:ни одного|жодного) (?:[\w'’-]+ )?(?:оккупанта|окупанта|солдата|военного|військового|россиянина|росіянина)\b|"
          # "there is no Russian army in the town of X"
          r"there (?:is|are|were|was) no (?:(?:russian|enemy) (?:troops|forces|army|soldiers|units|military)|russians|occupiers|invaders)"
          r"(?: (?:present|left))? (?:in|inside)\b|"
          # «ворог зараз не перебуває в X», «окупантів у місті не перебуває»
          r"(?:ворог|окупант|росіян|противник)\w* (?:\w+ )?не перебува\w* (?:в|у)\b")
# «насправді це не так», «на самом деле это не так»: an account answered as untrue (DENIAL, and stance's rebuttal)
NOT_SO_IN_FACT = r"(?:насправді|на самом деле|в действительности),? (?:це|это|все|усе|всё) (?:зовсім |совсем |далеко )?не так\b"
# «загрози втрати X немає», «угрозы окружения нет»: no danger of losing the place (a denial, not an aim)
_NO_THREAT = r"(?:загроз\w*|угроз\w*) (?:[\w'’-]+ )?(?:втрати|потери|оточення|окружения|захоплення|захвата) (?:[\w'’-]+ ){0,3}(?:немає|нема|нет)\b"
NO_THREAT_CYR = re.compile(_NO_THREAT)
DENIAL = rx(
    r"\b(?:denied|denies|deny|denying|refuted|refutes|refuting|rejected|rejects|dismissed|dismisses|falsely|(?<=\ba )lie\b|"
    # "Kyiv says battle not over", "the fight for the town is far from over": the capture answered
    r"(?:battle|fight|fighting|struggle) (?:for (?:the |it\b)?(?:[\w'’-]+ ){0,2})?(?:is |was |has )?(?:not|far from|not yet|never) (?:been )?over\b|"
    # "the so-called capture of X is nothing more than ...": the capture named in scorn
    r"(?<=\bthe )so-called (?:[\"“'‘]?)(?:capture|liberation|seizure|encirclement|takeover)\b|"
    r"(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bmay )(?<!\bcould )reject(?= (?:\w+['’]s |the |all |any )?(?:claims?|statements?|reports?|assertions?)\b)|"
    r"(?:was|were|is|are|has been|have been) (?:\w+ )?(?:contested|disputed) by|(?:(?<=ukraine )|(?<=kyiv )|(?<=russia )|(?<=moscow ))disput(?:es|ed)(?=[.,;]| (?:it|this|that|the claim)\b)|"
    # "the brigade does not confirm the capture of X": a party's refusal to concede its own town
    r"(?:does|do|did|has|have) not (?:yet )?confirm(?:ed)? (?:the |reports? (?:of|about) (?:the )?)?(?:alleged |reported |so-called )?"
    r"(?:capture|fall|loss|seizure|occupation|encirclement|takeover) of\b|"
    # "some sources are spreading claims that ...": an official's word for what others say untruly
    r"(?:some|certain|various|anonymous|hostile) (?:[\w-]+ )?(?:sources|resources|media|channels|accounts|outlets|bloggers) (?:are |were |have been |keep )?"
    r"spread(?:s|ing)? (?:[\w'’-]+ ){0,2}(?:claims?|information|reports?|rumou?rs?|fakes?|lies|narratives?) (?:that|about|of)\b|"
    # "Ukraine insists the battle for the town is not over": the defender still fighting for it
    r"(?:battle|fight|fighting|struggle) for (?:[\w'’-]+ ){1,3}(?:is|was|has|had) (?:not|far from|still not|not yet) (?:been )?(?:over|ended|finished|lost)\b|"
    r"false|falsif\w+|fake|untrue|not true|absurd\w*|абсурд\w*|\ba [\"'“‘]?lie\b|(?:is|are|was|were) (?:grossly |greatly |wildly |vastly |heavily |hugely )?exaggerated\b(?!,? (?:but|yet|though)\b)|(?:сильно )?преувеличен[аоы]?\b|перебільшен[аоі]?\b|not correct to (?:talk|speak) (?:about|of)|(?:incorrect|wrong|not correct) to (?:say|claim|speak|talk)\b|none of (?:it|this|that|these|those|them) (?:is|was|were|are) true|(?<!countering )(?<!combating )(?<!counteracting )disinformation|fabricat\w+|(?<!which )(?<!that )(?:lies|lying)\b(?! (?:\w+ ){0,4}(?:north|south|east|west|kilomet\w*|km|miles?|metres?|meters?|from|near|on|in|along|between|at|close|across|beyond|off|inside|outside|within)\b)(?! (?:about|some|just|roughly|approximately|around|nearly|only) \d)|lied about|debunk\w*|not confirmed by (?:any )?facts|propaganda|baseless|(?<!committed a )(?<!committed another )(?<!committed an armed )provocation|staged\b(?! (?:an?|another|the latest|several|multiple|repeated|new|fresh|\d+)\b(?: [\w-]+){0,6}? (?:attacks?|assaults?|strikes?|raids?|offensives?|counter-?(?:attacks?|offensives?)|incursions?|landings?|barrages?)\b)|fantas(?:y|ies)\b|fairy[- ]tales?|nonsense\b|"
    r"(?<=\bno )longer true|(?<=\bno )encirclement|(?<=\bno )(?:threat|risk|danger) of (?:an? )?(?:encirclement|being encircled|being surrounded)|cannot (?:yet )?(?:say|talk|speak) (?:that|about|of)\b|neither (?:[\w'’-]+ ){1,4}nor (?:[\w'’-]+ ){1,4}(?:is|are|was|were|has been|have been) (?:\w+ )?(?:encircled|surrounded|captured|taken|blockaded)\b|(?<=\bno )breakthrough|(?<=\bno )(?:russian |enemy )?foothold|no (?:question|talk) of (?:\w+ )?(?:control|encirclement|capture)|not (?:been )?encircled|did not (?:capture|enter|take)|(?:have|has|had) not (?:captured|entered|taken)|information operation|"
    r"not correspond to (?:the )?reality|(?:does|do|did) not reflect (?:the )?(?:real |actual )?(?:situation|reality)|"
    # a headline's "Forces refute claims", "are disputing reports that", "has nothing to do with the real
    # situation", a quoted "'not occupied'": the same rejection in other words
    r"(?<!\bto )refute\b|disput(?:e|es|ed|ing)(?= (?:\w+['’]s |the |all |any |these |those )?(?:claims?|statements?|reports?|assertions?)\b)|"
    r"nothing to do with (?:the )?(?:real|actual) (?:situation|state of affairs)|nothing to do with reality|"
    r"not (?:occupied|captured|taken|encircled|surrounded)(?=['’\"”])|"
    r"(?:was|were|has|have|had) not (?:been |being )?(?:fully |completely |entirely )?(?:(?:re)?captured|(?:re)?taken|lost|fallen|encircled|surrounded|occupied|seized|liberated)|"
    r"(?<=\bis )not (?:been |being )?(?:fully |completely |entirely )?(?:captured|taken|lost|fallen|encircled|surrounded|occupied)|"
    # "Russian troops are not advancing in X", "Russia not advancing in X" (a headline), "have not crossed the canal in X"
    r"(?:are|is|were|was) not (?:\w+ )?(?:advancing|progressing)\b|(?<=russia )not advancing\b|"
    r"(?:has|have|had) not (?:yet )?(?:crossed|entered|broken through|broken into)\b|(?:did|do|does) not (?:yet )?(?:cross|enter|break through|break into)\b|"
    # "Russian troops had not established control there"
    r"(?:has|have|had) not (?:yet )?(?:established|gained|taken|secured|seized) (?:full |complete )?control\b|"
    r"(?:did|do|does) not (?:yet )?(?:establish|gain|take|secure|seize) (?:full |complete )?control\b|"
    # "refusing to concede defeat in X"
    r"refus\w* to (?:concede|admit|accept) (?:defeat|the (?:loss|fall))|"
    # "scorned Moscow's claims", "were 'very far' from capturing X", «міфом є твердження», «это миф»
    r"(?:scorn\w*|ridicul\w*|derid\w*|mock(?:ed|s|ing)?|laughed off|brushed (?:off|aside))(?= (?:\w+['’]s |the |russian |ukrainian |moscow['’]s |kyiv['’]s )?(?:claims?|statements?|reports?|assertions?|boasts?)\b)|"
    r"(?<!not )(?<!not so )(?<!not that )far['’\"”]* from (?:capturing|taking|seizing|encircling|surrounding|entering)\b|(?:міфом|мифом|міфічн\w*|мифическ\w*)\b|(?:це|это|є|является|лише|лишь|всего лишь) (?:\w+ )?(?:міф|миф)\b|"
    r"спростов\w*|спростув\w*|опроверг\w*|отрица\w*|отверг\w*|(?<!протидії )дезінформаці\w*|(?<!противодействия )дезинформаци\w*|інформаційн\w* провокаці\w*|информационн\w* провокаци\w*|запереч\w*|фейк\w*|неправд\w*|не відповіда\w* (?:дійсності|фактам)|"
    r"не соответству\w* (?:действительности|фактам)|не сдан\w*|не зда(?:н|ли|но)\w*|брехн\w*|бреш(?:е|уть)\b|вигадк\w*|вигада\w*|выдума\w*|выдумк\w*|вымысел|ложь|лживы\w*|ложн(?:ы|ой|ая|ое|ые|ым|ыми|ую)\b|не оточен\w*|жодного оточення|"
    r"немає оточення|оточення (?:\w+ ){0,2}немає|окружения (?:\w+ ){0,2}нет\b|кільця (?:\w+ ){0,2}немає|не окружен\w*|никакого окружения|жодного кільця|никакого кольца|нет никакого кольца|немає кільця|"
    r"не заблокован\w*|не блокирован\w*|"
    # «інформація ... – недостовірна», «ніякого захоплення ... немає», «нафантазували захоплення», «брехали»
    # «загрози втрати X наразі немає», «угрозы окружения нет»: no danger of losing it
    + _NO_THREAT + r"|"
    r"недостовірн\w*|недостоверн\w*|(?:ніякого|жодного) (?:захоплення|оточення)|никакого (?:захвата|взятия)|"
    r"нафантазува\w*|нафантазирова\w*|(?:з)?брехал\w*|(?:на)?врал[иа]?\b|"

    # «не є правдивою», «не является правдой»: the account said not to be true
    r"не є правд\w*|не является правд\w*|"
    # «..., однак насправді це не так», «но на самом деле это не так»: the account answered as untrue
    rf"{NOT_SO_IN_FACT}|"
    # «не відповідають реальності», «не підтверджуються жодними фактами»: a party calling a claim untrue
    r"не відповіда\w* реальності|не соответству\w* реальности|(?:не підтверджу\w*|не підтверджен\w*) (?:жодними )?(?:фактами|даними)|"
    r"(?:не подтвержда\w*|не подтвержден\w*) (?:никакими )?(?:фактами|данными)|"
    # not controlled, not even near, no data that it fell: «не контролюється окупантами», «навіть не наблизилися»,
    # «не мають даних, що окупанти захопили» (but «вже не контролюють» is a loss conceded)
    r"(?<!вже )(?<!уже )(?<!більше )(?<!больше )не (?:контролю\w*|контролиру\w*)|не (?:наблизил\w*|приблизил\w*)|"
    + ABSENT + r"|"
    r"не мають (?:\w+ ){0,2}(?:даних|інформації|підтвердж\w*)|не имеют (?:\w+ ){0,2}(?:данных|информации|подтвержд\w*)|"
    # Kyiv's Russian-language denials: «контроля над X у России нет», «об оккупации речи не идёт», «отказался признать потерю»
    r"контрол\w* (?:[\w-]+ ){0,4}у (?:россии|рф|противника|врага|оккупантов|российск\w+ (?:войск|арми)\w*) нет\b|"
    r"(?:россия|рф|противник|враг|оккупанты) не контролиру\w*|"
    r"(?:оккупаци|захват|окружени|контрол)\w* (?:\w+ ){0,2}речи не ид[её]т|речи не ид[её]т об? (?:\w+ ){0,2}(?:оккупаци|захват|окружени|контрол)\w*|"
    r"отказал\w* (?:\w+ ){0,2}призна\w*|"
    # «центр міста ніхто не зачищає», «село не під їхнім контролем», «..., чого насправді немає»
    r"ніхто не (?:зачища|захопи|захоплю|займа|контролю|оточ|блоку)\w*|никто не (?:зачища|захват|занима|контролиру|окружа|блокиру)\w*|"
    r"не під (?:їхнім|їх|російським|ворожим) контролем|не (?:перебува\w*|знаходит\w*) під (?:\w+ )?контролем (?:загарбник|окупант|ворог|росі|рф|противник)\w*|не под (?:их|российским|вражеским) контролем|"
    r"чого (?:насправді )?немає|чего (?:на самом деле )?нет\b|не имеют (?:\w+ ){0,2}(?:данных|информации|подтвержд\w*)|"
    # a capture said not to have happened: «не захопили», «так и не удалось захватить»
    r"не (?:захопи\w*|захопл\w*|окупува\w*|окупован\w*|оккупирован\w*|зайшл\w*|зайшов|увійшл\w*|захвати\w*|захвачен\w*|оккупирова\w*|заня(?:л|ли|ла)\b|зашл\w*|вошл\w*|взял\w*|взяли|"
    # «ВС России не освободили X»: a capture Moscow announced, said not to have happened
    r"освободил\w*|освобожд[её]н\w*|звільнил\w*|звільнен\w*)|"
    r"не (?:вдалося|удалось|змогл\w*|зміг|смогл\w*|смог|сумел\w*) (?:\w+ )?(?:захопити|захватить|взяти|взять|зайти|увійти|войти|закріпитися|закрепиться|оточити|окружить|"
    # «не смогли прорваться к X», «не вдалося просунутися біля Y»: an advance that did not happen
    r"прорваться|прорватися|продвинуться|просунутися|ворваться|увірватися|выйти|вийти)\b|"
    # «по-прежнему не удается реализовать планы по захвату X»: the capture still not achieved
    r"не (?:удает\w*|удаёт\w*|вда[єю]ться|удалось|вдалося) (?:[\w'’-]+ ){1,4}(?:захват|захопл|взят|оккупац|окупац|окружени|оточенн)\w*)")

# Negations of control: a denial from a party to the fight; from an independent voice without
# evidence words ("Russia does not control the city", an analyst says) only a hedge.
NEGATED_CONTROL = rx(
    r"\b(?:(?:does|did) not (?:\w+ly )?(?:control|hold)|(?<=\bdo )not (?:\w+ly )?(?:control|hold)|(?:have|has|had) no control (?:over|of)\b|"
    # "there is no Russian control over X as a whole"
    r"(?:is|was) no (?:russian|ukrainian|enemy) control (?:over|of|in)\b|(?<=\bno )longer (?:controls?|holds?)|"
    r"failed to (?:take|capture|seize|enter|encircle|surround|occupy|break into|storm|gain (?:a |any )?foothold)\b|(?:(?:were|was) not|(?:were|was) un|(?:have|has) not been) able to (?:take|capture|seize|enter)\b|could not (?:take|capture|seize|enter)\b|"
    # "Russian forces (are) unable to capture X", "unable to gain a foothold in Y"
    r"\bunable to (?:take|capture|seize|enter|gain (?:a |any )?foothold|break into|storm)\b|"
    # «ворогу не вдається оточити X», «продвижение врага не зафиксировано»: no gain made
    r"не (?:вда[єю]ться|вдалося|удается|удаётся|удалось) (?:[\w'’-]+ ){0,2}(?:оточити|захопити|взяти|окружить|захватить|взять|зайти|увійти|войти)\b|"
    r"(?:продвижени|просуванн)\w* (?:[\w'’-]+ ){0,4}не (?:зафиксирован|зафіксован)\w*|"
    # the nouns: "the inability of the Russians to take X", "Moscow's failure to capture Y"
    r"\b(?:inability|failure|failures|failed attempts?) (?:of (?:the )?(?:[\w'’-]+ ){1,3})?to (?:take|capture|seize|enter)\b|(?:holds?|hold|controls?) no (?:stable |defended )?positions|"
    r"(?:(?:do|does|did) not have|(?:is|are|was|were) not in) (?:full |complete |total )?control|"
    # a map showing part of X "not under Russian control"
    r"\bnot (?:yet )?(?:fully )?under (?:russian|moscow['’]s|enemy|the enemy['’]s|ukrainian|kyiv['’]s) control\b|"
    # «не имеют полноценного контроля ни над одним районом X», «не мають контролю над X»
    r"не (?:имеют|имеет|мають|має) (?:[\w-]+ ){0,2}контрол\w*|"
    # «оточення чи блокування X не відбувається», «окружения X не происходит»: the ring denied
    r"(?:оточенн|окружени|блокуванн|блокировани)\w*[^.;!?]{0,120}? не (?:відбува|происход|існу|существу)\w*|"
    # «місто не перебуває в оточенні», «город не находится в окружении»
    r"не (?:находится|находятся|перебуває|перебувають|знаходиться|знаходяться) (?:\w+ )?(?:в|у) (?:оточенні|окружении|кільці|кольце|котлі|котле)\b|"
    # «X не находится под оккупацией армии РФ», «село не перебуває під контролем ворога»
    r"не (?:находится|находятся|перебуває|перебувають|знаходиться|знаходяться) (?:\w+ ){0,2}(?:под|під) (?:\w+ )?"
    r"(?:оккупаци|окупаці|контролем (?:рф|росі|росс|ворог|враг|окупант|оккупант|армі|арми|противник))\w*)")
# Absence of evidence is not evidence of absence: a hedge that an explicit denial outranks.
WEAK_HEDGE = rx(
    r"\b(?:(?:does|did) not (?:yet )?support|(?<=\bdo )not (?:yet )?support|(?<=\bno )evidence|premature\w*|(?:has|have) not (?:seen|observed)|not seen (?:any )?(?:evidence|footage))")
# Fighting still going on in a place after a capture claim speaks against full control.
CONTINUING = rx(
    r"\b(?:fighting|battles?|clashes|combat|street fighting|clearing operations|counterattacks|resistance)"
    r"(?: [\w'’-]+){0,4} (?:continu\w+|ongoing|under ?way|still going on|goes on|go on|is going on)|\bcontinu\w+ to (?:fight|resist)\b|\bstill fighting\b|"
    r"\b(?:units|troops|forces|soldiers|defenders) (?:are|were) (?:still )?fighting (?:in|for|inside)\b|"
    r"\bбо[иії]\w* (?:[\w'’-]+ ){0,4}(?:продолжа\w*|трива\w*|ид[уе]т|йдуть)")
# Leaving told of civilians, not troops: "residents had to leave", «жители покинули город»
NOT_CIVILIANS_BEFORE = r"(?<!residents )(?<!civilians )(?<!people )(?<!families )(?<!children )(?<!locals )(?<!inhabitants )"
NOT_RESIDENTS_BEFORE_CYR = (r"(?<!жители )(?<!жителей )(?<!мешканці )(?<!мешканців )(?<!люди )(?<!людей )(?<!населення )(?<!населения )(?<!семьи )(?<!родини )"
                            # «людей попросили не покидать свои дома»: told to stay home
                            r"(?<!попросили не )(?<!просят не )(?<!просили не )(?<!призвали не )(?<!закликали не )(?<!просять не )")
# «не покинули X», «не відійшли з X»: the defender has not left (a hold, so no concession)
NOT_LEFT_CYR = r"не (?:покинул\w*|відступил\w*|отступил\w*|відійшл\w*|залишил\w*|оставил\w*)\b(?! без)"
# "not a single position near X has been lost": a hold, told by what was not given up
POSITIONS_NOT_LOST = (r"(?:not (?:a single|one)|no) (?:[\w-]+ )?positions? (?:[\w-]+ ){0,4}?(?:(?:has|have|had) been |was |were )?lost\b|"
                      # 'X "not lost"', "the town has not been lost": a defender's word that it holds
                      r"(?<=[\"“‘'])not lost(?=[\"”’'])|(?:has|have|had|was|is) not (?:yet )?been lost\b")


# "..., but Ukraine still contests the city": the speaker's side still holds, so no concession.
STILL_HOLDS = rx(
    r"\bstill (?:contest\w*|holds?|held|holding|defend\w*|controls?|remain\w* (?:in|inside|within))\b|\bmaintain\w* positions\b|"
    # "it remains \"under control\"", "holding back enemy forces in X": the defender's words for holding on
    r"\bremain\w* [\"“']under (?:full |firm )?control\b|\bholding back (?:the )?(?:enemy|russian) (?:forces|troops|units)\b|"
    r"\bcontinu\w+ to (?:hold|defend|contest|control)\b|"
    r"\b" + NOT_LEFT_CYR)
# A defender's formula for a place it still holds: «ситуация в X под контролем», «ситуація біля X
# складна, але контрольована», «контролируют ситуацию в X» (not «под контролем противника»).
SITUATION_HELD_CYR = rx(
    r"(?:ситуаци|ситуаці|обстановк)\w* (?:в|у|во|вокруг|навколо|около|біля|возле|поблизу|вблизи|под|під|на околиц\w*|в районе|в районі|у районі)"
    r" [^.;:!?]{2,60}?(?:(?:под|під) (?:полным |повним |надежным |надійним )?контролем"
    r"(?! (?:[\w-]+ ){0,2}(?:рф|рос\w*|ворог\w*|враг\w*|окупант\w*|оккупант\w*|противник\w*|загарбник\w*|армии рф))|"
    r"контролируем\w*|контрольован\w*|"
    # «..., однако оборонительная операция продолжается»: the defence there goes on
    r"оборон\w* (?:операци\w* |операці\w* |міста |города |села |селища )?(?:продолжа|продовжу|трива)\w*)|"
    r"(?:контролиру|контролю)\w* (?:\w+ )?(?:ситуаци|ситуаці)\w* (?:в|у|во|вокруг|навколо|около|біля|возле|поблизу|вблизи|на околиц\w*|в районе|в районі|у районі)\b")
# ", a claim Kyiv rejected as false": the tail is another party's answer to the head's claim.
REBUTTAL = rx(r"(?:,|\s[–—-])\s+(?:a claim|claims|an assertion|a statement|a report|which)\b")

# Verbs that only pass on what someone else says, and verbs that make a claim.
RELAY_VERB = re.compile(r"said|says|say|reported|reports|wrote|writes|told|according to|added|noted|posted")
CLAUSE_BREAK = re.compile(r"[,;]")
CLAIM_VERB = re.compile(r"claimed|claims|says|said|announced|announces|declared|declares|reported|insisted|asserted|asserts|assert")

CONFIRM_VERB = rx(
    r"\b(?<!\bno )(?:confirmed(?! (?:russian |ukrainian |enemy )?(?:advances?|gains?|captures?|presence|reports?|positions?|territorial)\b)|"
    # (not "admitted the situation in X was critical": a hard fight conceded, not the town)
    r"confirms|(?<!yet to )(?<!not )(?<!n't )confirm|(?:acknowledged|acknowledges|acknowledge|admitted|admits|admit|conceded|concedes|concede)(?! (?:that )?the situation\b)|"
    r"підтверди\w*|подтверди\w*|подтвержда\w*|підтверджу\w*|визнал\w*|признал\w*|визна\w*)\b")
# "in eastern Ukraine", "across Russia": the country named as where, which neither speaks nor acts.
LAND_BEFORE = re.compile(r"\b(?:eastern|western|northern|southern|central|occupied|in|across|inside|into|"
                         r"(?:north|south|east|west)(?:east|west)?(?:ern)? of)\s+$", re.IGNORECASE)
# A withdrawal told as a move: "relocated to more favourable positions", «перемістилися на вигідніші
# позиції», «переместились на более выгодные рубежи».
MOVED_TO_BETTER = (r"(?:relocated|moved|redeployed|repositioned|withdrawn|fell back) to [\"“]?(?:more )?(?:favou?rable|advantageous|better) (?:positions|lines)|"
                   r"(?:moved|fell|fall|fallen|falling|pulled) (?:back )?to (?:the |a )?(?:second|new|next|rear|prepared) (?:line|lines|positions)|"
                   # "had taken up new positions west of X", "Ukrainian forces had moved to the outskirts of X"
                   r"(?:taken|took|take|taking) up new (?:positions|lines)|relinquish\w* (?:\w+ )?control (?:of|over)|"
                   r"(?<=soldiers )(?:were|are) leaving|(?<=troops )(?:were|are) leaving|(?<=units )(?:were|are) leaving|"
                   r"(?:ukrainian|our|his|its|their) (?:forces|troops|units|defenders) (?:had |have |has )?moved to the outskirts of")
MOVED_BACK = (r"перем[іе]\w{0,2}[сщ]\w* (?:\w+ ){0,3}(?:позиці|позици|рубеж)\w*|смени\w* позици\w*|"
              r"(?<!возможности )(?<!возможность )(?<!не дать )отступ(?:ить|или|ил|ила|ают|ает|ление\w*)")
# Troops' flight, not civilians': «бегство частей ВСУ из X», «подразделения ВСУ бегут из X».
TROOPS_FLED = (
    r"(?:бегств\w*|втеч\w*) (?:[\w-]+ ){0,2}(?:всу|зсу|частей|подразделени\w*|підрозділ\w*|военн\w*|войск|військ|боевик\w*|оккупант\w*|окупант\w*|наемник\w*|найманц\w*)|"
    r"(?:всу|зсу|вс рф|войска|частини|части|подразделения|підрозділи|военные|військові|боевики|оккупанты|окупанти|наемники|найманці) (?:[\w-]+ ){0,2}(?:бегут|бежали|сбежали|тікають|втекли)")
# "admits losing ground near X", "lost positions in Y": ground given up, in the loser's or its foe's words
# (not "recaptured lost positions near X": what was lost before is won back)
LOST_GROUND = (r"(?<!not )(?<!never )(?<!recaptured )(?<!regained )(?<!retook )(?<!restored )(?<!recapturing )(?<!regaining )"
               r"(?:lost|losing) (?:some |several |a few |its |their |our )?(?:ground|positions) (?:\w+ )?"
               r"(?:in|near|at|around|outside|(?:north|south|east|west)\w* of)\b|"
               # «потеряли часть позиций у X», «втратили кілька позицій біля Y»
               r"(?<!не )(?:потерял[иа]?|утратил[иа]?|втратил[иа]?|втратив) (?:[\w'’-]+ ){0,2}(?:позици|позиці|рубеж)\w* "
               r"(?:у|в|біля|поблизу|під|возле|около|под|вблизи|в районе|в районі)\b")
# "abandoned positions near X", "abandoning a post in X": ground given up, in the withdrawal and the control cues
ABANDONED_POST = r"abandon(?:ed|s|ing)? (?:its |their |our |a |the )?(?:command )?(?:posts?|positions) (?:in|at|near)\b"
# (not a ship leaving port: «під час виходу з порту»)
_NOT_PORT = r"(?! (?:порт|гаван|бухт)\w*)"
# What a state withdraws from that is no ground: "withdrew from the grain deal", "pulled out of the talks"
_POLITICAL_OBJECT = (r"(?:the |a |an )?(?:[\w-]+ ){0,3}(?:deal|agreement|treaty|talks|negotiations|initiative|accord|pact|"
                     r"convention|process|corridor|council|organi[sz]ation)s?\b")
# «ВСУ оттягивают войска к окраине X»: a side pulling its troops back (a withdrawal, and so a control event)
PULL_BACK_CYR = r"(?:оттягива|оттянул|відтягу|відтягнул)\w* (?:[\w-]+ )?(?:войска|силы|подразделения|війська|сили|підрозділи)"
WITHDRAW = rx(
    r"\b(?<!would )(?<!will )(?<!not )(?<!never )(?<!n['’]t )(?<!not been )(?:relocated from (?:positions|their positions)|(?:withdr[ae]w\w*|withdrawn|withdrawing|pull(?:ed|ing|s)? (?:back|out))(?! (?:from|of) " + _POLITICAL_OBJECT + r")|pull(?:ed|ing|s)? (?:\w+ ){1,3}(?:back|out) (?:from|of)|retreat\w*|left the (?:city|town|village)|" + NOT_CIVILIANS_BEFORE + r"had to (?:leave|withdraw|abandon|pull out|retreat)\b|"
    + MOVED_TO_BETTER + r"|fell to|lost control|abandon(?:ed|s|ing)? control of|" + ABANDONED_POST + r"|(?:(?:had|have|has) (?:effectively |fully |completely |finally |now )?|(?<=troops )|(?<=forces )|(?<=units )|(?<=soldiers )|(?<=army ))abandoned (?!(?:[\w-]+ )?(?:vehicles?|equipment|tanks?|bodies|weapons|wounded|guns|hopes?|plans?|attempts?|efforts?)\b)|regroup\w* (?:[\w'’-]+ ){0,2}from|ordered (?:[\w'’-]+ ){0,4}to (?:leave|pull out of|withdraw from)|ordered (?:its |their |his |the )?(?:troops|forces|units|soldiers) (?:to )?out of|(?:(?<=we )|(?<=we have )|(?<=ukraine )|(?<=ukraine has )|(?<=kyiv )|(?<=russia )|(?<=russia has )|(?<=moscow )|(?<=they )|(?<=they have ))lost the (?:city|town|village|settlement) of|(?:(?<=we )|(?<=we have )|(?<=we['’]ve ))lost (?=[a-zа-яіїєґ])(?!(?:some|several|a|an|the|our|many|too|control|contact|men|people|friends|soldiers|positions|ground|time|\d)\b)|відійшл\w*|відійшов|відвели|(?:был[аио]?|были) (?:[\w-]+ )?отведен\w*|"
    r"відведен\w*|отступил\w*|отошли|отвел\w*|отвод(?:е|а|ом|у)? (?:[\w-]+ )?(?:войск|подразделений|частей|сил|бригад)\w*|вийшли з|вышли из|залишили(?! без)|оставили(?! без)|(?<!пути )(?<!путь )(?<!путей )отход\w*|відхід\w*|відходу|отойти|відійти|"
    r"moved back|(?:fell|fallen|falling) back\b|"
    # «ВСУ оттягивают войска к западной окраине X»: a side pulling its troops back inside a town
    + PULL_BACK_CYR + r"|(?<!not )(?:were|was|been|being|got) (?:pushed|forced|driven|squeezed|knocked) out|"
    + LOST_GROUND + r"|відступ\w*|здійсни\w* (?:[\w'’-]+ )?маневр\w*|вивест\w*|виведен\w*|вивели|вийшов з|(?<!не )(?:" + NOT_RESIDENTS_BEFORE_CYR + r"(?:покида\w*|покинул\w*))|"
    r"вывод\w* (?:[\w-]+ ){0,3}из|вывести|вывели(?! (?:[\w-]+ ){0,5}(?:человек|людей|жител|мирн|дет|гражданск|мешканц|цивільн|евакуйован|эвакуир))|выведен\w*|отведен[аоы]?\b|"
    r"вихід (?:[\w'’-]+ ){0,3}?(?:з|із|зі)\b" + _NOT_PORT + r"|выход\w* (?:[\w-]+ ){0,3}?из\b" + _NOT_PORT + r"|оставлени\w* (?:[\w-]+ ){0,3}[А-ЯҐЄІЇа-яґєії]|залишенн\w* (?:[\w'’-]+ ){0,3}[а-яґєії]|"
    # «защитникам пришлось оставить X», «військовим довелося залишити Y»: forced to leave
    r"(?:пришлось|довелося|довелось) (?:[\w'’-]+ ){0,2}(?:оставить|покинуть|отступить|отойти|залишити|покинути|відступити|відійти)|"
    + MOVED_BACK + r"|" + TROOPS_FLED + r")\b")
# A strike's traces that imagery shows: fire, burn marks, craters («следы пожара»)
FIRE_SEEN = rx(r"\b(?:(?:large |big |huge )?(?:fires?|blazes?)(?! (?:station|brigade|department|fighter|truck|engine|service|crew|safety|extinguisher)s?\b)|"
               # what a witness sees or hears of a strike: "heard explosions", "smoke rising", "bodies lying", "the rubble"
               r"explosions|blasts|(?:thick |black |heavy )?smoke (?:rising|billowing|over)|columns? of smoke|rubble|bodies (?:lying|on)|burning (?:cars?|buildings?|trolleybus|bus)|"
               r"(?:has|have|had) collapsed|ambulances|"
               r"burn(?:ing)? marks|scorch(?:ed|ing)?(?: marks)?|craters?|plumes? of smoke|"
               r"следы пожара|следы возгорани\w*|сліди пожежі|пожар(?:а|у|ом|е|ы|ов|ами|ах)?|пожеж(?:а|і|у|ею|ами|ах)?|воронк\w*)\b")
# What a reporter on the spot did: "witnesses heard", "journalists saw", "our correspondent in Kyiv reports"
_EYES = r"(?:witnesses|witness|journalists?|reporters?|correspondents?|photographers?) (?:in [\w-]+ )?(?:saw|heard|witnessed|observed|reported|reports)\b"
EYEWITNESS = rx(r"\b" + _EYES)
EVIDENCE = rx(
    r"\b(?:geolocated|geolocation (?:maps|imagery|images|data|footage|evidence|video|videos|photos)|satellite (?:imagery|images|photos)|"
    r"footage (?:shows|showed|indicates|indicated|confirms|confirmed|revealed|reveals)|"
    r"(?:footage|videos?) (?:published|posted|shared|filmed|taken|recorded|from(?! (?:the )?(?:russia|ukrain|moscow|kyiv|kiev|ministry|defen|general staff|army|brigade)))"
    r" (?:[\w'’-]+ ){0,5}(?:shows?|showed|indicates?|indicated|confirms?|confirmed)\b|"
    r"video (?:shows|showed|indicates|confirms)|(?:video|footage|images) (?:does|did|do) (?:show|confirm)\b|"
    # a wire's own eyes: "Reuters witnesses heard explosions", "AP journalists saw", "our correspondent saw"
    r"(?:reuters|afp|ap|associated press|bbc|cnn|our) " + _EYES + r"|"
    # footage an outsider checked: "Reuters verified footage showing", "videos verified by the BBC show"
    r"verified (?:[\w'’-]+ ){0,2}(?:footage|videos?|images|photos|imagery)|(?:footage|videos?|images|photos|imagery) (?:[\w'’-]+ ){0,2}verified by|"
    r"геолокован\w*|геолокува\w*|геолоцирован\w*|геолокаци\w*|геолокаці\w*|"
    # footage read as evidence: «видео, опубликованное 7 октября, показывает», «судя по видео», «судячи з відео»
    r"(?:видео|відео)(?:,? (?:[\w'’-]+ ){0,5}?[\w'’-]+,)? (?:показыва\w*|показал[оаи]?|показу\w*|показал[оаи]?)\b|"
    r"судя по (?:[\w'’-]+ ){0,4}?(?:видео|кадрам|снимкам)|судячи з (?:[\w'’-]+ ){0,4}?(?:відео|кадрів|знімків)|"
    r"супутников\w* знім\w*|спутников\w* сним\w*|"
    # «матеріали від 27 грудня свідчать про», «кадры указывают на»: footage as evidence
    r"(?:матеріал|материал|кадр|відеозапис|видеозапис)\w* (?:[\w'’-]+ ){0,4}(?:свідчать|свидетельствуют|показують|показывают|вказують|указывают)\b|"
    # independent analysts' maps: "карти аналітиків", "данные открытых карт", "maps of independent analysts"
    r"карт\w* (?:\w+ )?аналітик\w*|мап\w* (?:\w+ )?аналітик\w*|карт\w* (?:\w+ )?аналитик\w*|відкрит\w* карт\w*|відкрит\w* мап\w*|"
    r"открыт\w* карт\w*|мап\w* deepstate|карт\w* deepstate|"
    r"(?:open-source|osint) maps?|analysts['’]? maps?|(?<!russian )(?<!ukrainian )(?<!russia's )(?<!ukraine's )(?:maps?|graphics?) (?:[\w'’-]+,? ){0,9}(?:showed|shows|show|marks|marked|depicts|depicted|depict)\b|deepstate (?:map )?(?:showed|shows|showing|marks|marked|marking)\b|"
    # a gain "visible on the map" or "marked on the map": what a map shows
    r"(?:can be |is |are )?(?:seen|visible|marked) on the (?:[\w-]+ )?map\b)")

# A defender still in a town: «все еще продолжают бои в X», «досі утримують позиції в Y».
STILL_THERE = (r"(?:все ещё|всё ещё|все еще|до сих пор|по-прежнему|досі|все ще|й досі|і досі|як і раніше) (?:[\w-]+ ){0,3}"
               r"(?:продолжа\w* бо\w*|вед[уеё]т бо\w*|воюют|удерживают|обороняют|находятся в|остаются в|"
               r"продовжу\w* бо\w*|ведуть бо\w*|тримають|утримують|обороняють|перебувають у|залишаються в)")
STILL_THERE_RE = rx(r"\b(?:" + STILL_THERE + r")")
# Taking up defence is no capture: «заняла оборону», «зайняли рубежі оборони», «позиции на подступах к».
_NOT_DEFENCE = (r"(?! (?:\w+ )?(?:оборон\w*|смуг\w* оборон\w*|рубеж\w* оборон\w*|позиці\w* оборон\w*|позици\w* оборон\w*|"
                r"позиці\w* (?:на підступах|біля|поблизу)|позици\w* (?:на подступах|у|под|около)))")
CAPTURE = (# (not prisoners: "captured six Russian soldiers" takes men, not a place)
           r"captur\w*\b(?! (?:(?:up to|about|more than|over|some|at least|nearly|almost) )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
           r"several|dozens of|hundreds of|more)? ?(?:(?!by\b)[\w-]+ ){0,2}(?:soldiers|troops|servicem[ae]n|fighters|prisoners|personnel|marines|"
           r"paratroopers|mercenaries|conscripts|infantrymen|stormtroopers|assault troops)\b)|(?:took|taken|take|taking|takes|seiz\w+|gain\w*|establish\w*|assum\w+) (?:full |complete |total )?control|"
            # "secured the key railway hub of X", "secured full control over X" (not "secured a foothold" or a supply line)
            r"secur(?:ed|es|ing) (?:full |complete )?control (?:of|over)\b|secur(?:ed|es|ing) the (?:[\w-]+ ){0,3}(?:village|town|city|settlement|hub|junction) of\b|"
            # "gained ground near X", "freed the settlements of X", headline "Russian troops free X"
            r"gain(?:ed|ing|s)? ground\b|freed (?:the )?(?:settlements?|villages?|towns?|city|hamlets?)\b|"
            # "reports of Ukrainian units remaining in X": who holds the place
            r"(?:forces|troops|units|soldiers|servicemen) (?:were |are |had been )?(?:still )?(?:remaining|remain) (?:in|inside)\b|"
            # "its forces had taken up more advantageous positions near X": Moscow's bulletin word for a gain
            # (its pull-backs "moved to more favourable positions" are MOVED_TO_BETTER)
            r"(?:took|taken|take|takes|taking|occupied) up (?:more |better )?(?:advantageous|favou?rable|better) (?:lines|positions)|"
            # "Russian infiltration groups were cleared from X": the foe's men driven out, the place retaken
            r"(?:groups?|troops|units|forces|infiltrators|saboteurs) (?:were |was |have been |had been |has been )?(?:also )?"
            r"cleared (?:from|out of)\b|"
            # "reached the Oskil river near X", "achieved 'tactical success' near X": an advance there
            r"reached (?:the )?(?:[\w'’-]+ )?(?:river |riverbank |bank |railway |highway )?(?:near|at|by)\b|"
            r"(?:achieved|gained|had|scored) (?:a |some )?[\"“']?tactical success(?:es)?[\"”']? (?:near|in|at|around)\b|"
            # "achieved successes south of X": gains told as successes, where they were won
            r"(?:achieved|scored|had) (?:some |several |new |further )?successes (?:near|in|at|around|(?:north|south|east|west)\w* of)\b|"
            # "troops reached Kostiantynivka's outskirts": at the town's edge
            r"reached (?:the )?(?:[\w'’-]+(?:['’]s)? )?(?:outskirts|city limits|edge of)\b|"
            # "the ministry denies losing X": the holder's word on its hold
            r"(?:den(?:y|ies|ied)|rejects?|rejected) (?:[\w'’-]+ )?(?:losing|the loss of|having lost)\b|"
            # "had taken new territory northwest of X": ground won by X, as an advance there
            r"(?:took|taken|seized|captured|gained) (?:new |more |additional |further )?(?:territory|ground) (?:north|south|east|west)\w* of\b|"
            # "Russian forces have moved north of X toward Y": an advance past X
            r"(?:forces|troops|units) (?:have |had )?(?:recently )?moved (?:north|south|east|west)\w* of\b|"
            # "made a limited breakthrough into the eastern suburbs of X"
            r"(?:made|makes|making|achieved|scored) (?:a |an )?(?:[\w-]+ )?breakthrough (?:in|into|to|at|near)\b|"
            r"(?:mak(?:e|es|ing)|made) (?!no\b|little\b|any\b)(?:[\w-]+ ){0,2}progress (?:in|near|around|on|(?:north|south|east|west)\w* (?:and (?:north|south|east|west)\w* )?of)\b|"
            r"(?<!not )(?<!no )progress(?:ed|es|ing) (?:further )?(?:in|into|near|around|(?:north|south|east|west)\w* (?:and (?:north|south|east|west)\w* )?of)\b|"
            r"breach\w* (?:the )?(?:[\w-]+ ){0,2}(?:fringes|outskirts|edges?|limits) of|"
            # "raised the flags of the Russian Federation in X", "the tricolour now flies over X"
            r"(?:rais|hoist|plant)\w* (?:[\w-]+ ){0,3}(?:russian|ukrainian|national|state) flags?\b|"
            # "shows the Ukrainian flag installed on the administration building", "cut off the city of X"
            r"(?:russian|ukrainian|national) flags? (?:was |were |being |had been |has been )?(?:raised|hoisted|installed|planted)\b|"
            r"cut off (?:the )?(?:[\w-]+ ){0,3}(?:city|town|village|garrison) of\b|"
            # the encirclement idiom: "closed the ring around X", "tightening the noose on Y"
            r"(?:clos|tighten|complet)\w* (?:the |a )?(?:ring|noose|pincers?|cauldron|pocket)[\"”’']? (?:around|on|near|at)\b|"
            r"(?:rais|hoist|plant)\w* (?:[\w-]+ ){0,2}flags? of (?:the )?(?:russian federation|russia|ukraine)\b|"
            # "established positions in the eastern part of X", "gained a foothold in X"
            r"(?:establish|gain)\w* (?:a |an additional |a new )?(?:foothold|positions?) (?:in|inside|within|on|near)\b|"
            # an OSINT map's nouns: "reported the creation of an additional foothold near X"
            r"(?:creation|establishment) of (?:a |an )?(?:additional |new )?foothold\b|"
            # an OSINT map's noun for a capture: "reported the occupation of X" (not "during the occupation")
            r"(?<!during the )(?<!after the )(?<!under )(?<!end of the )occupation of\b|"
            # "had taken the northern part of X", "took most of the eastern districts of Y": a part of the place
            r"(?:took|taken|taking) (?:the |most of the |much of the |half of the |a large part of the )?(?:[\w-]+ ){0,2}"
            r"(?:part|parts|half|districts?|outskirts|quarters?|neighbou?rhoods?|sectors?|centre|center) of\b|"
            # "has taken two villages", "took three more settlements": a counted capture, the places unnamed
            r"(?:took|taken|take|takes|taking) (?:control of )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) "
            r"(?:more |other |new |further )?(?:villages|settlements|towns|localities)\b|"
            r"(?<=troops )free[sd]?\b|(?<=forces )free[sd]?\b|(?<=units )free[sd]?\b|(?<=army )free[sd]?\b|"
            r"seiz\w+|liberat(?!ed\b)\w+|(?<!\bin )(?<!\bthe )(?<!\bof )(?<!\bfrom )(?<!newly )(?<!recently )liberated\b|retak\w+|retook|regain\w*|reclaim(?:ed|s|ing)?\b(?! (?:that|the (?:title|lead|record|crown|throne))\b)|clear(?:ed|ing)? (?!(?:the )?(?:rubble|debris|wreckage|ruins|fields?|roads?|site)\b)(?:\w+ ){0,2}of(?! (?:the )?(?:mines|landmines|explosives|debris|rubble|snow)\b)|entered|advanc(?!ing (?:[\w-]+ )?(?:russian |ukrainian |enemy )?(?:forces|troops|units|soldiers|columns|army)\b)\w*|(?:ha(?:ve|s|d)|been|was|were) (?:\w+ly )?occupied|(?:is|are) (?:now |not |(?:almost|nearly|mostly|largely|partly|partially|already|fully|completely|entirely) ){0,2}occupied(?:\"|”|»)? by|(?:took|taken|taking) over\b(?! as\b)|occupy(?!ing\b)\w*|occupying(?! (?:army|forces|troops|power|authorities|administration|state|country)\b)|"
            r"occupied\b(?:(?<=russians occupied)|(?<=troops occupied)|(?<=forces occupied)|(?<=units occupied)|"
            # "Russian troops have occupied a line from X to Y": the perfect of the same subject
            r"(?<=troops have occupied)|(?<=forces have occupied)|(?<=units have occupied)|(?<=troops had occupied)|(?<=forces had occupied)|"
            # "broke through and occupied X and Y": the second verb of the same subject (not "liberated and occupied land")
            r"(?<= and occupied)(?! (?:territor\w*|lands?|areas?|regions?|parts?|crimea|donbas|ukraine|zones?|cities|towns|villages|settlements)\b))|"
            # "X and Y are now under Russian occupation", DeepState's word for a capture
            r"(?:is|are|was|were|now|came|fell) (?:now |already )?under (?:russian|enemy|the enemy['’]s|moscow['’]s) occupation\b|"
            r"rais\w+ (?:a|the|their|its|our) (?:[\w'’]+ ){0,2}flag|flag (?:was |were |has been |had been )?(?:raised|hoisted)|"
            r"(?:hoist|unfurl|wav)\w* (?:a|the|their|its|our) (?:[\w'’]+ ){0,2}flag|(?:broke|broken|breaking) through (?:(?:the |a |an )?(?:[\w-]+ ){0,2}(?:defen[cs]es?|lines?(?: of defen[cs]e)?|front) )?(?:near|into|to|in)\b|(?:had|has|have|achieved|gained) (?:partial |some |tactical |limited )?success (?:in|near|at)\b|"
            r"clear(?:ed|ing|s)? (?:[\w-]+ ){0,3}(?:troops|forces|units|soldiers|fighters|groups?) (?:from|out of)\b|"
            # troops trapped in a town: its encirclement ("700 troops blocked in X", "sealed off the garrison in Y")
            r"(?:troops|units|battalions|brigades|garrison|soldiers|servicemen|grouping|group|personnel|fighters) (?:\w+ ){0,2}(?:are |were |being |have been |had been |remain |remained )?(?:blocked|blockaded|trapped|bottled up) (?:in|inside|within|near|(?:north|south|east|west)\w* of)\b|"
            r"(?:blocked|blockaded|trapped|sealed off|bottled up|cut off) (?:an? |the )?(?:[\w-]+ ){0,3}(?:groups?|grouping|troops|units|garrison|forces|soldiers|formations?) "
            # "... a large group north and west of X", "... units in a pocket near X"
            r"(?:in (?:an? |the )?(?:pocket|cauldron|encirclement) )?(?:in|inside|within|near|around|(?:north|south|east|west)\w* (?:and (?:north|south|east|west)\w* )?of)\b|"
            r"(?:mov|push|press|advanc)\w* (?:deeper|further) into|(?<=troops )entering\b|(?<=soldiers )entering\b|"
            # "have taken most of X", "seized about half of Y": the greater part of a place
            r"(?:took|taken|taking|takes|captured|seized|occupied) (?:most|much|half|the bulk|nearly all|almost all|about half|"
            r"two-thirds|a third|three-quarters|over half|more than half) of\b|"
            # "troops are clearing X", "have cleared X", "pressing into the centre of X" (not rubble or mines cleared)
            r"(?:(?:are|is|were|was) (?:now |still |already )?clearing|(?:have|has|had) (?:now |fully |completely |already )?cleared)"
            r"(?! (?:the )?(?:[\w-]+ )?(?:rubble|debris|mines?|roads?|snow|area|airspace|way|backlog|hurdle|checks?|customs|security)\b)(?! up\b)|"
            r"(?:press|push)(?:ing|ed|es)? into (?:the )?(?:centre|center|heart|outskirts|suburbs|streets)\b|"
            # the defender's gain: "pushed back Russian units in X", "drove the enemy's assault groups back near Y"
            r"(?:pushed|drove|driven|forced|threw|thrown) back (?:the )?(?:[\w'’-]+ ){0,2}(?:units|troops|forces|assault groups|groups|enemy)\b|"
            r"(?:pushed|drove|driven|forced|threw|thrown) (?:the )?(?:[\w'’-]+ ){0,2}(?:units|troops|forces|assault groups|enemy) back\b(?! from)|"
            r"(?:flag|tricolou?r|banner) (?:[\w-]+ ){0,3}(?:flies|flying|flew|waves|waving) (?:[\w-]+ ){0,2}(?:over|above)\b|(?:made|make|makes|making|secured|securing) (?:\w+ ){0,2}[\"“']?(?:\w+ )?gains\b|(?<=claims )(?:new |fresh |further |more )?gains (?:in|near|around|at)\b|(?<=claimed )(?:new |fresh |further |more )?gains (?:in|near|around|at)\b|(?<=acknowledges )(?:russian |ukrainian |enemy )gains (?:in|near|around|at)\b|(?<=acknowledged )(?:russian |ukrainian |enemy )gains (?:in|near|around|at)\b|gains (?:made |achieved )?by (?:russian|ukrainian|enemy) (?:troops|forces|units)\b|"
            # headline present tense: "Russian forces take X", "troops surround Y"
            r"(?<=forces )(?:also |now )?(?:take|takes|surround|surrounds|seize|seizes|enter|enters)\b|"
            r"(?<=troops )(?:also |now )?(?:take|takes|surround|surrounds|seize|seizes|enter|enters)\b|encircl\w+|surrounded|besieg(?:ing|es|e\b)|(?:is|are|was|were|been) (?:now )?besieged|recaptur\w+|(?:pushed|driven|drove|forced|kicked) (?:\w+ ){0,3}(?:out of|back from|away from)|push(?:es)? (?:\w+ ){1,2}(?:back from|out of)|"
            # not rubble, debris or mines cleared: rescuers and sappers take no town
            r"clear\w* (?:of|the)(?! (?:(?:the )?(?:rubble|debris|wreckage|ruins|mines|landmines|explosives|snow|roads?|fields?|site)\b))|"
            r"raised (?:a|the) (?:Russian|Ukrainian) flag|(?:gained|secured|gain|secure) a foothold|"
            # "footage showed Russian flags in X", «ЗСУ здійняли український прапор над X», «прапори повернулися в X»
            r"show(?:ed|s)? (?:the )?(?:russian|ukrainian) flags? (?:in|over|above|on)\b|"
            r"(?:підняли|підняв|підняла|здійняли|здійняв|встановили|встановив|вивісили|водрузили|подняли|поднял|установили) "
            r"(?:[\w'’-]+ ){0,2}(?:прапор|стяг|флаг|триколор)\w*|прапор\w* (?:[\w'’-]+ ){0,2}повернул\w*|повернул\w* (?:[\w'’-]+ ){0,2}прапор\w*|infiltrat\w+(?!\w)(?! (?:tactics|groups?|units|teams?|squads?))|pushed into|broke into|breached (?!(?:the |their |its |ukrainian |russian |enemy )?(?:[\w-]+ )?(?:defen[cs]es?|lines?|positions|perimeter|barriers?|dams?|walls?|ceasefire|agreement|rules?|law)\b)|(?<=have )broken into|(?<=has )broken into|(?<=had )broken into|(?<=troops have )penetrated\b|(?<=forces have )penetrated\b|(?<=units have )penetrated\b|"
            r"remain\w* [\"“']under (?:full |firm )?control\b|holding back (?:the )?(?:enemy|russian) (?:forces|troops|units)\b|"
            r"(?:troops|forces|units|soldiers|teams|groups) (?:are|were) already in\b|(?:troops|forces|units|soldiers) (?:are|were) (?:already |now )?inside\b|"
            # «штурмовые отряды уже находятся внутри города», «російські штурмовики вже перебувають у місті»
            # (not «украинские военные по-прежнему находятся в X»: the defender still there; not «в семи километрах от X»)
            r"(?<!украинские )(?<!українські )(?:войска|штурмовики|подразделения|отряды|бойцы|военные|військові|підрозділи|загони|бійці) "
            r"(?:(?!по-прежнему|досі|до сих пор|всё ещё|все ещё|все еще|все ще)[\w-]+ ){0,3}"
            r"(?:уже |вже |сейчас |зараз )?(?:находятся|перебувають) (?:уже |вже )?(?:внутри|всередині|в|во|у|на территории|на території)\b"
            r"(?! (?:[\w-]+ ){0,2}(?:километр|кілометр|км\b|метр|шаг|крок))|"
            r"not (?:occupied|captured|taken|encircled|surrounded)(?=['’\"”])|"
            # "drove out the Russian troops from X", "ousted the occupiers from Y": a place retaken from its holders
            r"(?:drove|driven|drive|drives|pushed|forced|kicked|knocked) out (?:the |its |their )?(?:[\w'’-]+ ){0,2}"
            r"(?:troops|forces|units|soldiers|occupiers|invaders|enemy|russians|ukrainians|militants|fighters|defenders) from\b|"
            r"(?:ousted|ousting|ousts|expelled|expelling|expels|dislodged|dislodging|dislodges|evicted|knocked) (?:the |its |their )?(?:[\w'’-]+ ){0,2}"
            r"(?:troops|forces|units|soldiers|occupiers|invaders|enemy|russians|ukrainians|militants|fighters|defenders) (?:from|out of)\b|"
            # "Russia said it had driven the defenders out": out of the place the sentence names
            r"(?:driven|drove|pushed|forced|kicked) (?:the |its |their )?(?:defenders|garrison|ukrainians|russians|enemy|troops|forces|units) out\b(?! of)|"
            # "denied the occupiers' entry into X": an entry is a force getting in (not a treaty's "entry into force")
            r"(?:troops|forces|units|occupiers|invaders|enemy|russians|ukrainians)['’]?s? entry into\b|"
            r"(?:reached|reach(?:es)?) (?:the )?(?:(?:north|south|east|west)\w* |(?:north|south)-?(?:east|west)\w* )?(?:centre|center|outskirts|edge|heart) of|improved (?:their |its )?(?:tactical )?positions?|"
            r"улучши\w* (?:\w+ )?(?:положени|позици)\w*|покращил\w* (?:\w+ )?(?:положенн|становищ|позиці)\w*|"
            # «расширяют зону контроля в X», "expanding the territory they control around X": a gain still growing
            r"(?:расширя|расшири|розширю|розшири)\w* (?:\w+ ){0,2}?(?:зон\w*|территори\w*|територі\w*|плацдарм\w*) (?:\w+ )?(?:контрол\w*|присутстви\w*)|"
            r"(?:expand|expanded|expanding|expands|widen|widened|widening) (?:the |their |its )?(?:territory|area|zone) (?:they |it )?(?:control|hold|held|controlled)\w*|"
            # the noun: «улучшение позиций в районе X», «покращення позицій біля Y»
            r"улучшени\w* (?:\w+ )?(?:положени|позици)\w*|покращенн\w* (?:\w+ )?(?:положенн|становищ|позиці)\w*|"
            # «вплотную подошли к X», «впритул підійшли до X»: at the edge of the town
            r"вплотную (?:[\w-]+ )?подош(?:ли|ел|ёл|ла)\b|впритул (?:[\w'’-]+ )?підійш(?:ли|ов|ла)\b|"
            r"відкину\w*|відкинул\w*|отброше\w*|отбросил\w*|(?:заня(?:ли|л|ла|то|ты)|зайня(?:ли|в|ла))\b" + _NOT_DEFENCE + r"|"
            r"захопи\w*|захопл\w*|захват\w*|захвач\w*|звільни\w*|продвига(?:ются|ется|лись|лся)|просува(?:ються|ється|лися|вся)|звільнен\w*|освобо\w+|увійш\w*\b(?! (?:в|у) (?:\w+ )?(?:етап|фазу|стадію|історію))|вошли|просуну\w*|просуван\w*|продвину\w*|"
            r"(?:вже|нібито|начебто|повністю|як|був|була|було|були) окупован\w*|(?<!частково )окупован(?:е|а|ий|і)(?=\s*[,.;:»\"]|\s+(?:і|та|й)\s)|(?:оголоси|оголошу|назва)\w* (?:[\w'’-]+ ){1,2}(?:окупован|звільнен|захоплен)\w*|(?:объяви|объявля|назва)\w* (?:[\w-]+ ){1,2}(?:освобожденн|захваченн|оккупированн)\w*|вийш\w* на (?:\w+ )?околиц\w*|вышл\w* на (?:\w+ )?окраин\w*|(?<!не )(?:мають|має|мали|мав) (?:[\w'’-]+ )?успіх\w*|(?<!не )(?:имеют|имеет|имели|имела) (?:[\w-]+ )?успех\w*|(?:вдалося|зміг|змогли|змогла|зуміли|зумів) (?:[\w'’-]+ )?прорват\w*|увірвал\w*|ворвал\w*|помітили (?:[\w'’-]+ ){0,2}(?:окупант|росіян|ворог|штурмовик|піхот)\w*|(?:окупант|росіян|ворог|штурмовик|піхот)\w* (?:[\w'’-]+ )?помітили|прорвал\w*|зайшов|зайшла|витіснил\w*|витіснив|витіснен\w*|вытесн\w*|оттесн\w*|відтісн\w*|закрепля(?:ются|ется)\b|закріплю(?:ються|ється)\b|проникл\w*|проникн\w*|проника\w*|проникновени\w*|"
            r"відрізан(?:ий|а|е|і|о)\b|отрезан(?:ный|а|о|ы)\b|"
            r"продвижени\w*|вклини\w*|вклинил\w*|проник\b|проникнов\w*|прорыв\w* (?:[\w-]+ ){0,3}оборон\w*|прорвал\w* (?:[\w-]+ ){0,2}оборон\w*|(?<!вогневим )(?<!вогневого )(?<!огневым )(?<!огневого )(?<!огневой )(?<!вогневий )контрол(?!ьован)\w*|взят\w*(?! (?:под|під) (?:огнев|вогнев))|взяли(?! (?:под|під) (?:огнев|вогнев))(?! в (?:плен|полон))|взяв(?! (?:под|під) (?:огнев|вогнев))|взяття(?! (?:под|під) (?:огнев|вогнев))|овладе\w*|оволоді\w*|окупува\w*|(?<!временно )оккупир\w*|окупаці(?!йн)\w*|оккупаци(?!онн)\w*|закріпил\w*|"
            r"заход\w* на окраин\w*|охватыва\w*|охватил\w*|(?:широк|полн|оперативн|глубок)\w* охват\w*|осуществля\w* (?:[\w-]+ ){0,2}охват\w*|закрепил\w*|закріпитис[яь]|закрепить?ся|зайшли|зайшл\w*|зашл[иао]|зашёл|зашел|заход(?:ят|ит) (?:[\w-]+ )?в\b|вийшли до|вышли к|зачист\w*|зачищ\w*|оточил\w*|оточен\w*|окружил\w*|окружен\w*|оточив\b|"
            # «Минобороны объявило о занятии X»: the verbal noun of «занять» after a verb of telling (not a lesson)
            r"(?:объяв|сообщ|заяв|рассказ|доложи|доклад)\w* (?:\w+ ){0,2}о занятии\b(?! (?:по|в|на|с|у|для|во|со|с|к)\b)|"
            # «X находится в полукольце», «місто в оперативному оточенні», «взяли в клещи»: encircled, wholly or half
            r"(?:находит\w*|оказал\w*|перебува\w*|опинил\w*|взял\w*|взяли|взяв) (?:[\w-]+ )?(?:в|у) (?:полукольц\w*|півкільц\w*|клещ\w*|кліщ\w*)|"
            r"(?<=\bфакт )(?:потер[иья]|втрат[иу])\b|призна\w{0,3} (?:\w+ )?потер[юи]\b|визна\w{0,3} (?:\w+ )?втрат[уи]\b|"
            r"вош(?:ла|ел|ёл|ло)\b|відновили контроль|повернули контроль|"
            # a town given up or conquered, as a noun or a verb: «опровергли сдачу X», «завоевала город»
            r"(?<=\w )(?:сдач[аиуе]|здач[аіу])\b|завоева(?:л|ла|ли|но)\b|"
            # the analysts' words for ground won back: «відновили позиції в центрі X», «повернули собі
            # територію в межах X», «восстановили позиции», «добились успеха в районе X»
            r"відновил[аи]? (?:свої )?позиці\w*|повернул[аи]? (?:собі )?(?:позиці|територі)\w*|"
            r"восстановил[аи]? (?:свои )?позици\w*|вернул[аи]? (?:себе )?(?:позици|территори)\w*|добил(?:ись|ась|ся) (?:[\w-]+ )?успех\w*|выби(?:ли|ла|л)\b|виби(?:ли|ла|в)\b|очистил\w*|очищен\w*|"
            # a blockade or a ring is an encirclement: «заблокировали Северск», «взяли в кольцо», «кільце навколо»
            r"(?:за)?блок(?:ирова|ува)\w*|в кольц[оеа]\b|в кільц[ея]\b|кольц\w* вокруг|кільц\w* навколо|"
            # the milbloggers' and Donetsk officials' words: «удалось ворваться в», «смогли прорвать оборону в»,
            # «проломили оборону», «движение в черте», «взяли в клещи», «подошли к ... с трёх сторон»
            r"(?:удалось|смогл[иао]?|смог|сумел[иао]?) (?:[\w-]+ ){0,4}(?:ворваться|прорваться|прорвать|войти|зайти|закрепиться|выбить|"
            r"занять|продвинуться)\b|проломил\w* (?:[\w-]+ ){0,2}оборон\w*|(?:движени|продвижени|наступлени)\w* в черте\b|"
            r"(?:взял\w*|взяли|взяв|зажал\w*|зажали) в клещи\b|в клещах\b|подош(?:ли|ел|ёл|ла) (?:[\w-]+ ){0,3}с (?:трех|трёх|двух|нескольких|разных|всех) сторон|"
            r"(?:подня|поднима)\w* (?:\w+ ){0,2}флаг|(?:підня|підніма)\w* (?:\w+ ){0,2}прапор|прапор\w* (?:[\w'’-]+ ){0,6}(?:встановил\w*|встановлено|підняли|підняв|піднято|поднят\w*|установлен\w*)\b|флаг\w* (?:[\w'’-]+ ){0,3}(?:поднят\w*|установлен\w*|водружен\w*)\b|(?:развернул|развернут|розгорнул|розгорнут)\w* (?:[\w'’-]+ ){0,6}(?:флаг|прапор|стяг)\w*|встановил\w* (?:\w+ ){0,2}прапор|водрузил\w* (?:\w+ ){0,2}флаг")
# A mapping project's verbs for its map: "marked X as occupied", "shaded X as occupied"
MAP_MARK = r"(?:marked|shaded|colou?red|colou?rs|shades|marks|shows|showed|depicts|depicted)"
CONTROL = rx(
    r"\b(?:" + CAPTURE + r"|" + ABSENT + r"|block(?:ing|ade) of\b|storm(?:ed|ing)\b|"
    # «Ізюм залишається українським містом», "X remains Ukrainian": who holds the place
    r"(?:remains?|stays?|is,? and will be|was,? is and will be|is still) ukrainian\b|"
    # a national flag raised or returned over a place, the enemy's presence in it: «здійняли український
    # прапор над X», «повернули прапор в X», «присутності російських військових на околицях X»
    r"(?:здійня|поверну|водрузи)\w* (?:[\w'’-]+ ){0,2}(?:прапор|флаг)\w*|(?:прапор|флаг)\w* (?:[\w'’-]+ ){0,2}(?:повернул|майорить|майоріє|развевается)\w*|"
    # «відео з російським прапором у X», «показано украинский флаг в Y»: a side's flag shown in a place
    r"(?:російськ|українськ|российск|украинск)\w* (?:державн\w* |государственн\w* )?(?:прапор|флаг|триколор)\w* (?:у|в|на|над)\b|"
    r"присутн(?:ості|ость|ости|ість) (?:[\w'’-]+ ){0,2}(?:військ|військових|войск|военных|окупант\w*|оккупант\w*)|presence of (?:russian |enemy )?(?:troops|forces|soldiers|units)\b|(?:russian|enemy|occupant|occupiers?['’]?) presence(?: in\b|(?= there\b|[.,;!]|$))|"
    # the enemy's flag torn down in a place: held against it
    + FLAG_TORN_DOWN + r"|refus\w* to (?:concede|admit|accept) (?:defeat|the (?:loss|fall))|regroup\w* (?:[\w'’-]+ ){0,2}from|ordered (?:[\w'’-]+ ){0,4}to (?:leave|pull out of)\b|ordered (?:its |their |his |the )?(?:troops|forces|units|soldiers) (?:to )?out of\b|(?:залишається|залишаються|лишається|остается|остаются) (?:\w+ )?(?:українськ|украинск)\w*|"
    # a headline's troops at a town's edge: "Pushilin: Russian units on the outskirts of X"
    r"(?:troops|forces|units|soldiers) (?:are |were |now |already ){0,2}(?:on|at) the (?:outskirts|edge) of\b|"
    # "units have consolidated in X": a foothold held after an advance
    r"(?:consolidated|entrenched|dug in)(?: (?:their|its) (?:positions?|gains))? (?:in|inside)\b|"
    # a mapping project's mark: "marked X as occupied"; a share held: "Russians hold parts of X"
    + MAP_MARK + r" (?:[\w'’-]+,? ){0,4}as (?:occupied|captured|russian-controlled|under russian control)\b|"
    r"(?:holds?|held) (?:about |around |over |nearly |almost |more than |roughly |some )?(?:parts|part|most|much|half|a third|two-thirds) of\b|"
    # headline grammar: "Kupiansk taken;", "troops push into", "flag over", "forces now hold"
    r"(?<=claims )(?:russian|ukrainian) (?:troops|forces|soldiers|units) (?:are |now )?(?:in|inside)\b|(?<=[a-z] )taken(?=\s*(?:[;:—–]|$))|(?:has|have|had) been (?:fully |completely )?taken\b(?! (?:into|to|away|off|out|up|over|part|place|prisoners?|hostages?|captive))|"
    r"(?:was|were) (?:fully|completely) taken\b|(?:completely|fully) cleared\b|"
    # "the map shows X occupied by Russia", "DeepState showing X in Y Oblast as captured by Russian forces"
    r"(?:shows?|showed|showing) (?:[\w'’-]+ ){1,5}(?:as )?(?:occupied|captured|seized) by (?:the )?(?:russia|russian|moscow|ukrain|kyiv)|"
    r"(?:troops|forces|units|soldiers|they) (?:are|were) (?:already |now )?inside\b|push(?:es)? into|(?:russian|ukrainian) flags? (?:over|above)\b|"
    r"(?:forces|troops|units) (?:now |still )?(?:hold|control)\b|"
    # "denied that Russian forces have any foothold in X", "Moscow insists X is taken", "were driven back",
    # "continuing to mop up", the alleged "clearing" of a village, "had to leave" X
    r"(?:have|has|had|hold|holds|held) (?:a |any |no )?(?:foothold|bridgehead)s? (?:in|inside|within|on)\b|"
    # (headline grammar, "X is taken as ...": not "the decision is taken in Moscow", "is taken to hospital")
    r"is (?:now |fully |completely )?(?:taken|captured)\b(?! (?:to|into|away|off|out|up|over|part|place|prisoners?|hostages?|captive|by surprise|aback|ill|seriously|in|at|on|for|from|with|under|during|care|into account)\b)|"
    r"(?:driven|pushed|forced|thrown|beaten) back\b|mop(?:ping|ped|s)? up\b|clearing[\"”]? of\b|" + NOT_CIVILIANS_BEFORE + r"had to (?:leave|withdraw|abandon|pull out)\b|"
    + ABANDONED_POST + r"|"
    # «противнику вдалося потіснити підрозділи», «выход к восточным окраинам», «закрепились на окраине»
    r"(?<!спроби )(?<!спроб )(?<!спробу )(?<!попытки )(?<!попыток )(?<!попытку )(?<!намагалися )(?<!намагався )(?<!пытались )(?<!пытался )"
    r"(?:потісни|потесни|відтісни|оттесни)\w*|(?:выход|вихід|виходу|выхода)\w* (?:[\w'’-]+ ){0,3}(?:к|до) (?:\w+ )?(?:окраин|околиц)\w*|"
    r"(?:закрепил|закріпил)\w* (?:[\w'’-]+ ){0,3}(?:на|в|у) (?:[\w'’-]+ ){0,2}(?:окраин|околиц|част|квартал|район)\w*|"
    r"вийшли (?:з|із|зі)\b|"
    # «отрезали пути отхода остаткам подразделений из X»: the garrison cut off, the cutter's gain
    r"(?:отрезал|перерезал|перекрыл|відрізал|перерізал|перекрил)\w* (?:[\w'’-]+ ){0,2}(?:пут\w*|шлях\w*) (?:отхода|отступления|відходу|відступу)\b|"
    # «вынудили бойцов ВСУ покинуть X»: forced out, the forcer's gain
    r"(?:вынуд|застав|змус|примус)\w* (?:[\w'’-]+ ){0,6}?(?:покинуть|оставить|отступить|отойти|залишити|покинути|відступити|відійти)\b|"
    # "declares X conquered", "cleaning up" the enemy from a town
    r"conquer\w*|(?:clean(?:ing|ed|s)?(?: up)?|cleans(?:e|es|ed|ing))[\"“”']? (?:the )?(?:[\w'’-]+ ){0,3}?from\b|"
    + POSITIONS_NOT_LOST + r"|(?:troops|forces|units|soldiers) (?:are |were |remain |remained )?still inside\b|repel\w*|repuls\w*|thwart\w*|"
    # "the enemy attempted an offensive near X, but those attempts failed", "tried to storm X but failed": a repulse
    r"(?:attempt\w*|tried|efforts?) (?:[\w'’-]+,? ){0,8}(?:also |all |have |had |were |but )?failed\b(?! to)|fought off|beat(?:en)? (?:back|off)|unsuccessful(?:ly)?\b|безусп[іе]шн\w*|(?:невдал|неудачн)\w* (?:[\w'’-]+ )?(?:спроб|попыт|атак|штурм|наступ)\w*|withst(?:ood|ands?|anding) (?:[\w'’-]+ ){0,7}(?:attacks?|assaults?)|(?:continu\w+ to be|remains?|is still|are still) (?:held|controlled) by|(?:remains?|remained|still) under (?:\w+ ){0,5}control|"
    r"under (?:the )?(?:full )?control[\"”']? of|under (?:(?:full|complete|total|firm) )?(?:russian|ukrainian|our|their|its|full|complete|moscow['’]s|kyiv['’]s|russia['’]s|ukraine['’]s) control|under \((?:russian|ukrainian)\) control|"
    r"(?:still|were|are|was|continue to|continues to) defending|(?<=\bis )defending|(?<!fire )control of|controls|controlled|holding|still held|"
    r"held (?:most|all|much|half|part)\b|(?:held|hold|holds|control|controls|controlled) (?:at least |about |nearly |almost |more than |over )?(?:half|most|a third|\d+ ?(?:%|percent)) of\b|possession of\b|(?<!fire )control over\b|hands\b(?:(?<=in ukrainian hands)|(?<=in russian hands)|(?<=in our hands)|(?<=still in its hands)|(?<=still in their hands))|in the hands of (?:the )?(?:russian|ukrainian|russia['’]s|ukraine['’]s) (?:armed forces|army|troops|forces|military)\b|"
    # X "is in the hands of the Russian army": who holds the town
    r"in the hands of (?:the )?(?:russian|ukrainian|our) (?:army|forces|troops|military)\b|"
    r"(?:made|make|makes|making|achieved) [\"“'‘]?no (?:\w+ ){0,2}(?:progress|gains|headway)|"
    r"ours\b(?:(?<=\bis ours)|(?<=\bare ours)|(?<=still ours)|(?<=remains ours))|(?:stopped|block(?:s|ed|ing)) (?:\w+ ){0,3}(?:assaults?|attacks?|attempts?|assault actions)\b|foothold(?:(?<=\bno foothold)|(?<=no russian foothold)|(?<=no enemy foothold))|"
    r"(?:still|continue to|continues to) hold\w*|maintain\w* (?:their |its |our )?positions (?:in|inside|at)\b|continu\w+ to defend\b|hold(?:s)? (?:the|their|its|on|positions)|hold(?:s)? (?:firm|out)\b(?! (?:near|around|outside|close to|on the approaches)\b)|fallen(?! (?:on|onto|near)\b)(?! in(?:to)? (?:\d+|one|two|three|four|five|six|several|many|residential|private|the (?:grounds|yard|courtyard|territory))\b)|withdr[ae]w\w*|withdrawn|"
    r"(?:ukrainian|our|its|their) (?:troops|forces|units|defenders|positions) (?:are |were |remain |remained )?still (?:remain\w* )?in\b|"
    r"pull(?:ed|ing|s)? (?:back|out)|pull(?:ed|ing|s)? (?:\w+ ){1,3}(?:back|out) (?:from|of)|retreat\w*|" + TROOPS_FLED + r"|"
    + MOVED_TO_BETTER + r"|(?:moved|fell) back from|fell (?:to|under|into|after)\b|fell(?=[,.;]|$)|fall of|(?:falling|fallen) (?:to|under|into) (?:the )?(?:russian|ukrainian|enemy) (?:hands|control)\b|lost control|" + LOST_GROUND + r"|"
    r"(?:full|complete|total) control|(?:territorial )?dominance over|lost the (?:city|town|village|settlement) of|counterattack\w*|counteroffensive|відбили|отразили|обороняють|обороняют|"
    # «ворог ... отримав відсіч», «получили отпор»: a rebuff is a repulse
    r"(?:отрима|отримав|отримали|дали|дал[аи]?|получил\w*) (?:[\w'’-]+ )?(?:відсіч|отпор)\b|"
    # «окупантам вдалося зайти на околицю X», «противнику удалось закрепиться в Y»: the enemy got in
    r"(?:вдалося|вдалось|удалось) (?:[\w'’-]+ ){0,2}(?:зайти|увійти|войти|закріпитися|закрепиться|просочитися|просочиться|проникнути|проникнуть|"
    r"прорватися|прорваться|вклинитися|вклиниться)\b|"
    # «пресекли высадку», «пресечена попытка прорыва», «успішно протистояли наступу»: an enemy move stopped
    r"пресе(?:кл|чен)\w* (?:[\w-]+ ){0,3}(?:высадк|попытк|прорыв|вылазк|атак|контратак)\w*|протисто\w* (?:[\w'’-]+ ){0,2}(?:наступу|штурм|атак)\w*|"
    # Kyiv's repulse and recapture in its own words: «зуміли відбити штурм у X», «деокупували село X»,
    # «вернули поселок X»
    r"(?:зуміл|змогл|вдал)\w* (?:[\w'’-]+ ){0,2}відбити\b|зайняли (?:кругову )?оборону (?:у|в)\b|заняли (?:круговую )?оборону в\b|деокуп\w+|(?:вернули|отбили) (?:[\w'’-]+ ){0,2}(?:село|поселок|посёлок|город|деревню|населенн\w+ пункт)\b|"
    # «Северск фактически потерян», «утрачено более половины X»: a place lost, not men or machines
    r"(?:потерян|утрачен|втрачен)[аоы]?\b(?! \d)(?! (?:\w+ )?(?:танк|техник|технік|машин|единиц|одиниц|бронетехн|солдат|военн|бойц|бійц|людей|человек)\w*)|"
    # «Северск наш», «Гуляйполе — наше»: a place declared one's own
    r"наш[аеиі]?(?=[»\"”!.])|"
    # holding a line near a town («тримають оборону поблизу X») is no event at X
    r"(?:утримують|тримають|удерживают|удержива\w*|утримува\w*)(?! (?:\w+ )?(?:під|под) (?:\w+ )?(?:вогнев|огнев))(?! (?:оборону|позиції|позиции|рубежі|рубежи) (?:[\w'’-]+ ){0,2}"
    r"(?:поблизу|біля|під|неподалік|навколо|на підступах|в районі|у районі|под|около|вблизи|возле|на подступах|в районе)\b)|(?<!пути )(?<!путь )(?<!путей )отход\w*|отойти|відійти|established (?:their )?positions|відхід\w*|відходу|"
    r"(?:вихід|виходу) (?:[\w'’-]+ ){0,3}?(?:з|із|зі)\b" + _NOT_PORT + r"|выход\w* (?:[\w-]+ ){0,3}?из\b" + _NOT_PORT + r"|"
    # a withdrawal told by its noun: «оставление Суджи», «залишення села»
    r"оставлени\w*+(?! без)|залишенн\w*+(?! без)|"
    # withdrawals and repelled assaults in Ukrainian and Russian reports: "відійшли з", "отражены атаки"
    r"відійшл\w*|відійшов|відвели|відведен\w*|отвод(?:е|а|ом|у)? (?:[\w-]+ )?(?:войск|подразделений|частей|сил|бригад)\w*|вивест\w*|виведен\w*|вивели|вийшли з|вийшов з|залишили(?! без)|" + NOT_RESIDENTS_BEFORE_CYR + r"(?:покида\w*|покинул\w*)|"
    # «відступили з сіл», «здійснили організований маневр у районі X» (the official word for a pull-back)
    r"відступил\w*|відступив|відступити|здійсни\w* (?:[\w'’-]+ )?маневр\w*|"
    # «об отступлении украинских боевиков из X», «бойцы ВСУ бегут с позиций у X»
    r"отступлени\w* (?:[\w-]+ ){0,3}из\b|(?:бегут|бежал[аи]?|сбежал[аи]?|убежал[аи]?|бежит|бегств\w*) (?:[\w-]+ ){0,2}(?:с позиций|из)\b|"
    r"(?:вынужден\w*|змушен\w*|пришлось|довелося) (?:[\w-]+ ){0,2}(?:оставить|покинуть|отступить|отойти|залишити|покинути|відступити|відійти)\b|"
    r"(?:продолжа|продовжу)\w* (?:[\w-]+ ){0,2}(?:оборонять|удерживать|обороняти|утримувати|стримувати|сдерживать)\b|" + STILL_THERE + r"|"
    # «захисники продовжують оборонну операцію в X»: the defender still inside
    r"(?:сил\w* оборон[иы]|зсу|всу|(?:українськ|украинск)\w+(?: [\w'’-]+)?|наш[іи](?: [\w'’-]+)?|захисник\w*|защитник\w*) (?:україни |украины )?"
    r"(?:продолжа|продовжу)\w* (?:[\w'’-]+ ){0,2}(?:(?:оборонн|оборонительн)\w+ (?:операці\w+|операци\w+)|оборону)(?! (?:[\w'’-]+ ){0,2}(?:поблизу|біля|під|неподалік|навколо|на підступах|в районі|у районі|около|возле|под|вблизи|на подступах|в районе)\b)\b|"
    r"оборонн\w+ операці\w+ (?:[\w'’-]+ ){0,3}(?:трива\w*|продовжу\w*)|"
    + PULL_BACK_CYR + r"\b|"
    r"отступил\w*|отошли|отвел\w*|вышли из|оставили(?! без)|вывод\w* (?:[\w-]+ ){0,3}из|вывести|вывели(?! (?:[\w-]+ ){0,5}(?:человек|людей|жител|мирн|дет|гражданск|мешканц|цивільн|евакуйован|эвакуир))|выведен\w*|отведен[аоы]?\b|отражен\w*|отража(?:ют|ет|ли)\b|отбит\w*|отбил\w*|отбива(?:ют|ет|ли)\b|відбито|відбива(?:ють|є|ли)\b|зупинил\w*|зупинено|"
    # «все попытки прорваться к окраинам X пресекаются»: assaults cut short, a repulse
    r"пресечен[аоы]?\b|пресека(?:ют|ются|ет|ется)\b|"
    r"вихід (?:[\w'’-]+ ){0,2}до|выход (?:[\w'’-]+ ){0,2}к|"
    # «выход российских войск на окраины X», «підійшли до позицій на околиці X», «вийшла із Суджі»
    r"(?:выход|вихід|виходу|выхода)\w* (?:[\w'’-]+ ){0,3}на (?:\w+ )?(?:окраин|околиц)\w*|"
    r"(?:подош|підійш)(?:ли|ел|ёл|ла|ов)\b (?:[\w'’-]+ ){0,4}(?:к|до) (?:[\w'’-]+ ){0,4}(?:на )?(?:окраин|околиц)\w*|"
    r"вийш(?:ла|ло) (?:з|із|зі)\b|вышл[аио] из\b|вышел из\b|" + MOVED_BACK + r"|не сдан\w*|не зда(?:ний|но|ли)\b|"
    r"control(?:s|led)? (?:about |around |over |nearly |almost |more than |between |up to |roughly |at least |some )?(?:\d|most|all|half|part|the|much|any)|"
    # the defender counting the enemy in a town concedes it got in: "about 300 Russian soldiers were in Pokrovsk"
    r"(?:soldiers|troops|servicemen|infantry|infiltrators) (?:were|are|remain\w*) (?:now |still |already )?in\b)")
CAPTURE_RE = rx(r"\b(?:" + CAPTURE + r")")
SHOOTDOWN = rx(
    r"\b(?:shot down|shoot down|shooting down|downs? (?:\d+|(?:[\w-]+ )?(?:drones|uavs|missiles)\b)|(?<=defen[cs]es )down (?:an? |the )?(?:[\w-]+ ){0,2}(?:drones?|uavs?|missiles?)\b|знищил\w* \d+ (?:\w+ ){0,2}(?:безпілотник|дрон|ракет|бпла)\w*|"
    r"уничтожил\w* \d+ (?:\w+ ){0,2}(?:беспилотник|дрон|ракет|бпла)\w*|(?:уничтожен\w*|знищено|знищен\w*|знешкодил\w*|знешкоджено|перехватил\w*|перехопил\w*|перехоплено) (?:[\w'’-]+ ){0,4}(?:беспилотник|дрон|ракет|бпла|шахед|безпілотник)\w*|збил\w*|сбил\w*|збивал\w*|збивав|сбивал\w*|сбиты|сбит\w*|знешкоджен\w*|перехопл(?!юва)\w*|intercept(?:ed|ing|s|ion|ions)?\b|downed|(?:missiles?|drones?|rockets?|uavs?|shaheds?|unmanned aircraft|aerial targets?)(?: [\w-]+){0,4} (?:were|was|had been|have been) (?:all |both )?(?:detected and )?(?:destroyed|neutrali[sz]ed)\b|air defen[cs]es? (?:destroyed|neutrali[sz]ed|repelled)|"
    r"отра[жз]\w* (?:\d+ )?атак\w* (?:\w+ )?(?:беспилотник|бпла|дрон)\w*|(?:беспилотники?|безпілотники?|бпла|дрон[ыи]?|ракет[аыи]) (?:[\w'’-]+ ){0,3}(?:уничтожен[ыо]?|знищен[іо]?|знищено)\b|відбит\w* (?:\d+ )?атак\w* (?:\w+ )?(?:безпілотник|бпла|дрон)\w*|neutrali[sz]ed \d+|(?:destroy(?:ed|s)?|disabled|eliminated) (?:all |another |a further |more than |over |up to |at least |about |around |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty(?:-\w+)?|dozens of) (?:[\w-]+ ){0,2}(?:drones|missiles|uavs|shaheds|unmanned (?:[\w-]+ )?aerial vehicles|aerial targets)|(?:destroyed|intercepted) over\b|destroyed (?:an? |the )?(?:[\w-]+ ){0,3}(?:drones?|uavs?|unmanned aerial vehicles?) over\b|збили|збито|сбили|сбито|перехвач\w*|"
    # an air or sea drone attack repelled is a shootdown, not a ground fight for the town
    r"(?:repelled|repulsed|thwarted|foiled) (?:an? |the )?(?:[\w-]+ ){0,2}(?:drone|missile|air|boat|uav)s? attacks?|"
    # «сили ППО знищили один ударний БПЛА»: what air defence destroys, however few, it shoots down
    r"(?:ппо|пво|протиповітрян\w* оборон\w*|противовоздушн\w* оборон\w*) (?:[\w'’-]+ ){0,2}(?:знищил\w*|уничтожил\w*|збил\w*|сбил\w*)|"
    r"атак\w* (?:[\w'’-]+ ){0,3}(?:катер\w*|беспилотник\w*|безпілотник\w*|бпла|дрон\w*)(?: [\w'’-]+){0,4} (?:отражен\w*|відбит\w*)|"
    # electronic warfare and the governors' words: «подавление беспилотника», «обезвредили три БПЛА», «сбита воздушная цель»
    r"(?:подавлени\w*|подавил\w*|обезвредил\w*|обезврежен\w*) (?:[\w-]+ ){0,2}(?:беспилотник|бпла|дрон)\w*|"
    r"(?:беспилотник|бпла|дрон)\w* (?:[\w-]+ ){0,3}обезврежен\w*|"
    # the craft named before the verb over a place, or what air defence managed to do: «пять БПЛА перехватили над», «вдалося збити 30 дронів»
    r"(?:беспилотник|безпілотник|бпла|дрон|шахед|ракет)\w* (?:[\w'’-]+ ){0,2}(?:перехватил\w*|перехопил\w*|уничтожил\w*|знищил\w*) (?:[\w'’-]+ )?(?:над|в небе|в небі|у небі)\b|"
    r"(?<!не )(?<!Не )(?:вдалося|вдалось|удалось|удалося) (?:[\w'’-]+ ){0,2}(?:збити|сбить|перехопити|перехватить|знешкодити|(?:знищити|уничтожить) (?:[\w'’-]+ ){0,2}(?:безпілотник|беспилотник|дрон|бпла|шахед|ракет)\w*)\b|"
    # the Ukrainian air force's own words: «підтверджено збиття 40 дронів», «18 безпілотників локаційно втрачено»
    # «расчёты нейтрализовали N дронов»; a tally's line with its verb left out: «N БпЛА — над территорией X области»
    r"(?:нейтрализовал|нейтрализован|нейтралізувал|нейтралізован)\w* (?:[\w'’-]+ ){0,3}(?:беспилотн|безпілотн|бпла|дрон|ракет|шахед)\w*|"
    r"(?:бпла|беспилотник\w*|безпілотник\w*|дрон\w*) [—–-] над (?:территори|акватори|територі|акваторі)\w+ |"
    # the same line of the ministry's English tally: "7 – over the territory of the X region"
    r"(?<=\d [—–-] )over (?:the )?(?:territory|waters) of\b|"
    r"збитт[яюі]\b|локаційно (?:[\w'’-]+ )?втрачен\w*|сбит[аоы]? (?:\w+ ){0,2}(?:воздушн\w+ цел\w*|беспилотник\w*|ракет\w*)|"
    # a governor's «над Курском сработала ПВО», «відпрацювала ППО»: air defence engaged over the place
    r"(?:сработал\w*|отработал\w*|спрацювал\w*|відпрацювал\w*) (?:[\w'’-]+ ){0,3}(?:пво|ппо|противовоздушн\w* оборон\w*|протиповітрян\w* оборон\w*)|"
    r"(?:пво|ппо) (?:[\w'’-]+ ){0,2}(?:сработал\w*|отработал\w*|спрацювал\w*|відпрацювал\w*))")
# Casualties reported ("reported no casualties", "without casualties": harm that did not happen is no event)
_CASUALTIES = r"(?<!\bno )(?<!\bwithout )(?<!\bany )casualties"
LOSSES = rx(
    r"\b(?:" + _CASUALTIES + r"|(?<!avoid )(?<!avoiding )(?<!minimi[sz]e )(?<!prevent )losses|(?:lost|losing) (?:up to |about |around |over |more than |approximately |nearly |almost |roughly |some |at least )?\d[\d,]*|(?:killed|eliminated|destroyed|neutrali[sz]ed|liquidated) (?:up to |about |over |more than |approximately |nearly |almost |roughly |some |at least )?\d[\d,]* (?:\w+ ){0,2}(?:soldiers|servicemen|troops|fighters|personnel|occupiers|invaders)|"
    r"(?:defeated|routed) (?:the )?(?:formations|units|manpower|personnel|groups)\b|"
    # "destroyed most of the infiltration groups": the foe's men, counted as its losses
    r"(?:destroyed|eliminated|wiped out) (?:most of |all of |several |two |three |\d+ )?(?:the )?(?:russian |ukrainian |enemy )?"
    r"(?:infiltration|sabotage|assault|reconnaissance|sabotage and reconnaissance) (?:groups?|teams?|squads?)\b|"
    # a side's light vehicles: "destroyed a Russian ammunition truck", "two enemy buggies"
    r"(?:destroyed|knocked out|disabled) (?:a |an |two |three |four |five |several |\d+ )?(?:russian|ukrainian|enemy) (?:[\w-]+ ){0,2}"
    r"(?:trucks?|buggies|buggy|motorcycles?|pickups?|vans?|quad bikes?|cars?|boats?)\b|"
    r"(?:destroyed|knocked out|disabled) (?:\d+ |a |an |two |three |several )?(?:\w+ ){0,2}(?<!oil )(?<!fuel )(?<!storage )(?<!water )"
    r"(?:tanks?|armou?red vehicles?|(?:armou?red|combat|fighting) vehicle|vehicles|equipment|howitzers?|artillery systems?|positions|"
    # "destroyed a Ukrainian Patriot system", "two HIMARS launchers"
    r"(?:air[- ]defen[cs]e|missile|rocket|patriot|himars|iris-t|nasams|s-300|radar) (?:systems?|launchers?|batter(?:y|ies)|complex(?:es)?)|launchers?)|"
    # a raiding group put out of action: "a sabotage group was eliminated", "eliminated a reconnaissance group"
    r"(?:sabotage|reconnaissance) (?:and [\w-]+ )?groups? (?:was|were|has been|have been|had been) "
    r"(?:\w+ )?(?:eliminated|destroyed|neutrali[sz]ed|liquidated|wiped out)\b|"
    r"(?:eliminated|destroyed|neutrali[sz]ed|liquidated|wiped out) (?:an? |the |two |three |\d+ )?(?:[\w-]+ )?(?:sabotage|reconnaissance|infiltration|landing) (?:and [\w-]+ )?groups?\b|"
    # a bulletin's count of the enemy put out of action: "214 occupiers were neutralised", "neutralised 90 invaders"
    r"(?:occupiers|invaders) (?:were|have been|had been) "
    r"(?:\w+ )?(?:neutrali[sz]ed|eliminated|liquidated|killed)\b|"
    r"(?:neutrali[sz]ed|liquidated) (?:up to |about |over |more than |approximately |nearly |almost |some |at least )?\d[\d,]* (?:\w+ ){0,2}"
    r"(?:occupiers|invaders|soldiers|servicemen|troops|fighters|personnel)\b|"
    # (not what a side restores: «восстановлении текущих потерь», «відновлення втрат»)
    # (nor what a withdrawal spares: «чтобы избежать потерь», «щоб уникнути втрат», as "avoid losses" above)
    r"(?<!восстановлении )(?<!восстановления )(?<!восполнения )(?<!восполнении )(?<!відновлення )(?<!відновленні )(?<!поповнення )(?<!текущих )(?<!поточних )"
    r"(?<!избежать )(?<!избегая )(?<!избежания )(?<!уникнути )(?<!уникаючи )(?<!уникнення )"
    # (nor a town's people gone: «втратили більшість своїх жителів», «потерял половину населения»)
    r"(?:втрат\w*+(?! (?:\w+ ){0,3}(?:міст|сел|селищ|населен|позиці|рубеж|територ|контрол|жител|мешканц)\w*)|потер[иья]\w*+(?! (?:\w+ ){0,3}(?:город|сел|посел|населен|позици|рубеж|территор|контрол|жител)\w*))|знищено|знищил\w*|уничтожил\w*|уничтожен\w*|ліквідован\w*|уничтожа(?:ют|ет)\b|ликвидиру(?:ют|ет)\b(?! (?:[\w-]+ ){0,2}(?:огонь|огня|возгорани|пожар|последстви|очаг))|ликвидировал\w*(?!\w)(?! (?:[\w-]+ ){0,2}(?:огонь|огня|возгорани|пожар|последстви|очаг))|нанесл\w* поражени\w*|нанесено поражени\w*|"
    # «ліквідували 120 окупантів» (not «ліквідували наслідки»: the aftermath of a strike)
    r"(?:ліквідува|знешкоди|знешкодж)\w* (?:[\w'’-]+ ){0,3}(?:окупант|росіян|ворог|противник|загарбник|військов|солдат|штурмовик|дрг)\w*|"
    # «тривають ... ліквідація противника в міській забудові»: the enemy's men being destroyed there, by its noun
    r"(?:ліквідаці|знищенн|уничтожени|ликвидаци)\w* (?:[\w'’-]+ )?(?:противника|ворога|окупантів|оккупантов|врага|дрг)(?![\w'’-])|"
    # «Противник був знищений у забудові X»: the enemy's men destroyed there, in the passive
    r"(?:противник|ворог|окупанти|враг|оккупанты|диверсійн\w+ груп\w+|диверсионн\w+ групп\w+) (?:[\w'’-]+ )?(?:був|була|були|було|был|была|были|было) "
    r"(?:повністю |полностью )?(?:знищен\w*|уничтожен\w*|ліквідован\w*|ликвидирован\w*)|"
    # «ВСУ лишились свыше 210 бойцов», «украинская армия лишилась до 170 военнослужащих»: a tally of the enemy's dead
    r"(?:лишил|позбул)\w* (?:до |свыше |более |около |почти |понад |близько |майже )?\d[\d\s]* (?:[\w-]+ )?(?:военнослужащ|боец|бойц|человек|солдат|военн|військовослужбов|бійц|осіб)\w*)")
# Rarer words of a gain or a repulse, apart from CONTROL so that its prefilter stays narrow: a mapping
# group's "marked the villages of X and Y as occupied", "updated its map to show Russian gains near X";
# "halted the enemy's attempts", "stopped Russia's assaults"
CONTROL_MORE = rx(r"\b" + MAP_MARK + r" (?:[\w'’-]+,? ){1,10}as (?:occupied|captured|under russian control)\b|"
                  r"\bmaps? to (?:show|reflect) (?:[\w-]+ )?(?:russian|ukrainian|enemy) (?:gains|advances?) (?:in|near|around|at)\b|"
                  r"\b(?:stopped|halted) (?:[\w'’-]+ ){0,3}(?:assaults?|attacks?|attempts?|assault actions)\b|"
                  # «зупинили 11 штурмових дій ворога», «остановили девять штурмов у X»: a bulletin's count of assaults stopped
                  r"\b(?:зупинил|зупинили|остановил|остановили)\w* (?:\d+|[а-яіїє'’]+) (?:[а-яіїє'’-]+ )?(?:штурм|атак|наступальн|наступательн)\w*|"
                  # «сорвали попытки противника прорваться», «зірвали спроби ворога»: attempts beaten off
                  r"\b(?:(?:сорвал|зірвал)\w*|(?:смогли|смог|змогли|зміг|удалось|вдалося) (?:\w+ )?(?:сорвать|зірвати)) (?:[\w'’-]+ ){0,2}(?:попыт|спроб|атак|штурм|наступ)\w*|"
                  # "denies an enemy breakthrough into X"; "took 42 buildings in X": a gain inside the town
                  r"\bbreakthrough into\b|\b(?:taken|took|captured|seized|cleared|liberated) (?:more than |over |another )?"
                  r"(?:\d+|dozens of|several|two|three|four|five|six)(?: more)? (?:[\w-]+ )?(?:buildings|houses|blocks|streets|neighbou?rhoods|districts)\b")
# Ukrainian words of a strike that say it landed: «гатив по Нікополю», «снаряди полетіли на X»,
# «потрапив під ворожий вогонь», «впав ворожий дрон», «атакували X із безпілотника», «зазнали травм».
_UK_STRIKE_HIT = (r"(?:бпла|дрон|безпілотник|ракет|уламк|уламок)\w* (?:[\w'’-]+ ){0,2}впа(?:в|ла|ли)\b|падінн\w* (?:[\w'’-]+ ){0,2}уламк\w*|"
                  r"поціли(?:л[аои]?|в|вши) (?:у|в|біля|поруч)\b|(?:гатив|гатили|гатить|гатять|вгатил\w*|вгатив|поцілил\w*|поцілив|цілив|цілила|цілили|цілить|цілять|бив|били|"
                  r"б['’]ють|вдарил\w*|вдарив|ударил\w*|ударив) (?:[\w'’-]+ ){0,3}по\b|"
                  # «дві авіабомби росіяни скинули на селище X», «на Нікополь спрямував 4 дрони», «під прицілом були X»
                  r"(?:авіабомб|бомб|каб|ракет|снаряд|дрон|шахед)\w* (?:[\w'’-]+ ){0,2}(?:скину\w*|скинул\w*|спрямува\w*|випусти\w*) (?:на|по)\b|"
                  r"(?:спрямува|скерува)\w* (?:[\w'’-]+ ){0,2}(?:\d+ )?(?:ударн\w+ )?(?:дрон|безпілотник|ракет|бпла|шахед|каб|бомб|авіабомб)\w*|"
                  # «відкрили вогонь з артилерії по селу», «открывали огонь по территориям громад», «тероризувала громаду»
                  r"(?:відкри|откры)\w* (?:[\w'’-]+ ){0,2}(?:вогонь|огонь) (?:[\w'’-]+ ){0,3}(?:по|на)\b|"
                  r"тероризува(?:в|ла|ли|ло)\b|тероризу(?:є|ють)\b|терроризирова(?:л|ла|ли)\b|"
                  r"під прицілом (?:[\w'’-]+ ){0,2}(?:були|був|була|було|опини[вл]\w*)\b|(?:були|був|була|опини[вл]\w*) під прицілом|потрапи\w* під (?:[\w'’-]+ )?(?:вогонь|удар|обстріл)\w*|"
                  r"снаряд\w* (?:[\w'’-]+ ){0,2}(?:полетіл|прилетіл|впал|влучил|лягл)\w*|"
                  r"впа(?:в|ла|ли) (?:[\w'’-]+ ){0,2}(?:дрон|безпілотник|бпла|шахед|ракет|уламк)\w*|"
                  # «скинули вибухівку на Берислав», «скинули боєприпас з дрона»
                  r"скину\w* (?:[\w'’-]+ ){0,3}(?:(?:вибухівк|боєприпас|вибухов|бомб|гранат)\w*|каб(?:и|ів)?\b)|скид\w* (?:[\w'’-]+ ){0,2}(?:вибухівк|боєприпас)\w*|"
                  r"(?:атакува\w*|атаку(?:ють|є)) (?:[\w'’-]+ ){0,5}(?:(?:із|з|зі) )?(?:ударн\w+ )?(?:безпілотник|дрон|ракет|артилері|бпла|шахед|авіабомб|каб)\w*|"
                  # «били з мінометів», «гатив із артилерії»
                  r"(?:бив|били|б['’]є|б['’]ють|гатив|гатили|вдарил\w*|вдарив) (?:[\w'’-]+ ){0,2}(?:з|із|зі) (?:мінометів|артилерії|ствольної|реактивн\w+|рсзв|танків|дронів|градів)\b|"
                  r"атак\w* (?:[\w'’-]+ ){0,2}(?:дрон|безпілотник|бпла|ракет|шахед)\w* на\b|"
                  r"атакува\w* (?:[\w'’-]+ ){0,2}(?:нпз|нафтобаз\w*|нафтопереробн\w*|аеродром\w*|підстанці\w*)|"
                  r"(?:дрон|безпілотник|бпла|шахед|ракет)\w* (?:[\w'’-]+ ){0,2}атакува(?:ли|в|ла)\b|(?:удар|влучан)\w* (?:[\w'’-]+ ){0,2}зафіксува\w*|"
                  r"зафіксова\w* (?:[\w'’-]+ ){0,2}(?:удар|влучан|прил[іе]т|прильот)\w*|зафиксирова\w* (?:[\w'’-]+ ){0,2}(?:прил[её]т|попадани|удар)\w*|"
                  r"зазна\w* (?:[\w'’-]+ )?травм\w*|накри(?:в|ла|ли|ють) (?:[\w'’-]+ )?вогнем\b|під (?:[\w'’-]+ )?вогнем (?:[\w'’-]+ ){0,2}перебува\w*|перебува\w* під (?:[\w'’-]+ )?(?:вогнем|обстрілом|обстрілами)")
# «пострадавшие» (the hurt) as a noun, not «без пострадавших» or the hurt taken to hospital
_HURT_NOUN_RU = r"(?<!без )пострадавш\w*\b(?! (?:\w+ )?(?:нет|не было|не выявлен|доставил|доставлен|госпитализ|направил|направлен|перевез|эвакуир))"
# A drone that blew up or hit something, fire that «накрыла» a district: a strike with its result.
# Moscow's bulletins in the passive: «поражены места хранения боеприпасов в районе X».
_HIT_PASSIVE = (r"поражен[аоы]?\b|поражён\b|"
                # the noun of a hit on a named target («подтвердил поражение НПЗ»), not a defeat («потерпели поражение»)
                r"поражени(?:е|я|ю|и|ем) (?:[\w-]+ ){0,2}(?:нпз|нефтебаз|аэродром|склад|объект|завод|пункт|позиц|цел|корабл|самол|радиолокац|зенитн)\w*")
# The governors name the craft in full and what it hit, a thing or a person: «беспилотный летательный
# аппарат (БПЛА) ВСУ атаковал электроподстанцию», «дрон атаковал девушку в селе ...»; Kyiv's Russian-language
# copy puts the target first: «громаду оккупанты атаковали двумя дронами».
# A downed craft or its debris falling: «БПЛА упал во дворе», «падение обломков».
_FELL_RU = (r"(?:бпла|дрон|беспилотник|ракет|обломк|обломок)\w* (?:[\w-]+ ){0,2}упа(?:л|ла|ли)\b|"
            # the craft after its fall: «на завод упал дрон», «после падения БПЛА»
            r"упа(?:л|ла|ли) (?:[\w-]+ )?(?:бпла|дрон|беспилотник|обломк)\w*|падени\w* (?:[\w-]+ ){0,2}(?:обломк|бпла|дрон|беспилотник)\w*")
FELL_RU = rx(r"\b(?:" + _FELL_RU + ")")
_DRONE_HIT = (_FELL_RU + r"|нал[её]т\w* (?:[\w-]+ )?(?:бпла|дрон|беспилотник)\w*|разрушил\w*|сбро[сш]\w* (?:[\w-]+ ){0,3}(?:взрывчатк|боеприпас|взрывн\w+ устройств|авиабомб|бомб|гранат)\w*|"
              # «совершили нападение на село X»: an attack on a settlement named as such
              r"нападени\w* на (?:город|село|поселок|посёлок|деревню|хутор)\b|"
              r"жертв(?:ой|ами|ою) (?:[\w'’-]+ ){0,2}(?:атак|удар|обстрел|обстріл)\w*|"
              r"(?:дрон|беспилотн|бпла)\w*\)? (?:[\w()-]+ ){0,5}(?:взорвал\w*|сдетонировал\w*|ударил\w* по|попал\w* (?:в|по)|"
              r"(?:атаковал\w*|совершил\w* атаку на|сбросил\w* (?:[\w-]+ ){0,2}на) (?:[\w-]+ ){0,2}(?:автомобил|машин|дом|двор|"
              r"(?:микро)?автобус|грузовик|здани|предприяти|трактор|газел|(?:электро)?подстанц|мопед|мотоцикл|девушк|женщин|"
              r"мужчин|жител|пенсионер|водител|подрост|ребён|ребен|территори|(?:соц)?объект|ферм|магазин|больниц|школ|склад|"
              r"легковушк|пикап|скор|пожарн|котельн|гараж|кафе|центр)\w*)|накрыл\w* (?:\w+ )?огн\w*|(?:у|в)?дарил\w* по\b|"
              r"(?:атаковал[аи]?|атакуют|атакует) (?:[\w-]+ ){0,4}(?:(?:с|со) (?:помощью )?)?(?:ударн\w+ )?(?:беспилотник|дрон|бпла|fpv|шахед|каб\b|авиабомб)\w*")
# English words of a strike that say it landed, as Kyiv's officials tell it: "fired 30 shells at the
# city", "dropped glide bombs on X", "attacked X with drones", "a missile strike on X".
# A side's hit in Russian and Ukrainian, by verb or by noun with what was hit («вразила», «о поражении
# нефтеналивного терминала»; «поражение» alone is a defeat)
_HIT_WORDS_CYR = (r"поразил\w*|вразил\w*|вразив|"
                  # «підтвердили ураження Афіпського НПЗ»: Kyiv's noun of a hit, with what was hit
                  r"уражен\w* (?:[\w'’-]+ ){0,3}(?:нпз|заводу|складу|терміналу|аеродрому|підстанці\w*|нафтобаз\w*|корабл\w*|катер\w*|пункту|об['’]єкт\w*)\b|"
                  r"поражени\w* (?:[\w-]+ ){0,3}(?:терминал|нпз|завод|склад|объект|станци|аэродром|подстанци|нефтебаз|корабл|катер|пункт)\w*")
_EN_STRIKE_HIT = (r"fired (?:[\w-]+ ){0,4}(?:shells?|rounds?|rockets?|missiles?|mortars?|mines?|drones?|munitions?) (?:at|on|into)\b|"
                  # "targeted the region with two dozen drones": an attack told with its weapons
                  # (not a tally of days: "... with 700 drones since Tuesday")
                  r"(?<!were )(?<!was )target(?:ed|s) (?:[\w'’-]+ ){1,4}with (?:[\w-]+ ){0,3}(?:drones|missiles|rockets|shells|bombs|uavs|shaheds)\b(?![^.;]{0,40}\bsince\b)|"
                  # a regional tally: "fired 9 times at the border areas", "firing 664 shells from mortars"
                  r"fired (?:\d[\d,]*|\w+) times (?:at|on)\b|(?:fired|firing|launched) \d[\d,]* (?:[\w-]+ )?(?:shells|rounds|rockets|missiles|drones|shelling attacks)\b|"
                  # Kyiv's regional bulletins in English: "the enemy opened fire from mortars on the territory of X
                  # community", "the hromadas of A and B came under Russian fire", a headline's "fire mortars at X"
                  r"opened fire (?:[\w-]+ ){0,4}(?:on|at)\b|(?<!to )fire (?:[\w-]+ ){0,2}(?:mortars?|artillery|rockets?|missiles?|shells?) (?:at|on)\b"
                  # (not "soldiers fire a mortar at Russian positions near X": fire at troops, a caption's)
                  r"(?! (?:the )?(?:russian|ukrainian|enemy|their|our|its) (?:positions|troops|forces|units)\b)|"
                  r"(?:came|come|comes|coming) under (?:russian |enemy |hostile |heavy |intense |massive )?(?:fire|shelling|artillery fire|mortar fire)\b|"
                  # "came under enemy artillery and mortar fire"; a regional tally's "carried out 112 attacks on 38 settlements"
                  r"came under (?:russian |enemy |hostile )?(?:[\w-]+ and )?(?:artillery|mortar|rocket|drone|tank) fire\b|"
                  r"carried out (?:more than |over |about |some )?\d[\d,]* (?:[\w-]+ )?(?:attacks|strikes) on\b|"
                  # "claimed responsibility for a drone attack on an airbase": the side owning the strike says it happened
                  r"claim\w* responsibility for (?:an? |the |two |three |several |overnight |\d+ )?(?:[\w-]+ ){0,2}(?:attacks?|strikes?|explosions?|blasts?) (?:on|against|at|in)\b|"
                  # a headline's present: "drones strike oil depot"
                  r"(?:drones|missiles) strike (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:refiner(?:y|ies)|depots?|airfields?|air ?bases?|plants?|ships?|bridges?|headquarters)\b|"
                  # a ministry's "carried out a massive strike on energy facilities", "delivered a group strike against"
                  r"(?:carried out|delivered|launched|conducted) (?:an? |another |new )?(?:[\w\"“”'-]+ ){0,2}strikes?[\"”']? (?:on|against)\b|"
                  # ... and in the passive: "a strike was also delivered on an ammunition depot"
                  # (not a bulletin's tally: "248 artillery strikes were carried out on the territory of X")
                  r"(?:strike (?:was|has been)|strikes (?:were|have been)) (?:also )?delivered (?:on|against)\b|"
                  # a local official's "drones attacked vehicles in the district": the drones reached what they were sent at
                  r"(?:drones?|uavs?) (?:also |again )?attacked (?:an? |the |two |three |four |five |several |\d+ )?(?:[\w-]+ )?"
                  r"(?:vehicles?|cars?|trucks?|(?:mini)?bus(?:es)?|ambulances?|tractors?|vans?|trains?|locomotives?|houses?|homes?|villages?|settlements?)\b|"
                  # what the hit did to the grid or a plant: "drones knocked out power in X", "set the refinery ablaze",
                  # "X left without power after a strike"
                  r"(?:knock(?:s|ed|ing)?|cut(?:s|ting)?) (?:out )?(?:the )?(?:power|electricity)(?: supply)? (?:in|to|for|across)\b|"
                  r"set (?:[\w'’-]+ ){1,3}ablaze|left (?:[\w'’-]+ ){0,4}without (?:power|electricity|heating|heat|water)\b(?=[^.;]{0,60}\b(?:strikes?|attacks?|drones?|missiles?|shelling)\b)|"
                  # "a drone attack left part of the town without electricity": the strike named first
                  r"(?:strikes?|attacks?|shelling|drones?|missiles?) (?:[\w'’-]+ ){0,2}left (?:[\w'’-]+ ){0,5}without (?:power|electricity|heating|heat|water)\b|"
                  # "drones attacked Ryazan overnight", "missiles attacked the city": what they were sent at (not troops)
                  r"(?:drones|uavs|missiles|rockets|shaheds) (?:also |again |overnight |reportedly )?attacked "
                  r"(?!(?:[\w-]+ )?(?:positions|troops|forces|units|lines|defen[cs]es|soldiers|servicemen|columns)\b)|"
                  r"dropped (?:[\w-]+ ){0,3}(?:bombs?|explosives?|munitions?|grenades?) (?:on|onto)\b|"
                  r"(?:attacked|attacking) (?:[\w-]+,? ){0,7}(?:with|by|using) (?:[\w-]+ ){0,3}(?:drones?|missiles?|rockets?|shaheds?|artillery|bombs?|mlrs|uavs?)\b|"
                  # a headline's present: "Russians attack centre of X with guided aerial bombs"
                  r"(?:russians?|russia|the enemy|occupiers|invaders|ukraine|ukrainians) attacks? (?:[\w-]+,? ){0,6}(?:with|using) "
                  r"(?:[\w-]+ ){0,3}(?:drones?|missiles?|rockets?|shaheds?|artillery|bombs?|mlrs|uavs?)\b|"
                  # Kyiv's officials in English: "the occupants attacked Nikopol", "UAVs were recorded falling in X",
                  # "victims are known in X as a result of the attack"
                  r"(?:occupants|occupiers|invaders|ruscists) (?:again |also )?attacked\b|"
                  r"(?:drones?|uavs?|missiles?|rockets?|shaheds?|debris) (?:[\w-]+ ){0,3}?(?:fell|(?:recorded|reported|seen|were|was) falling|(?:has|have|had) fallen) (?:on|in|into|onto)\b|"
                  r"(?:victims|casualties) (?:[\w-]+ ){0,4}as a result of\b|"
                  # "the fleet's headquarters in X came under a missile attack"
                  r"came under (?:an? )?(?:[\w-]+ )?(?:missile|drone|rocket|artillery|air|uav) (?:attack|strike|fire)\b|"
                  r"(?:cleared|clearing|pulled|recovered) (?:[\w-]+ ){0,4}(?:rubble|debris)\b|death toll (?:rose|rises|climbed|has risen|to)\b|"
                  # "death toll from the missile strike on X rises to four": the toll after the strike's name
                  r"death toll (?:from|after|of|in) (?:[\w'’-]+ ){1,8}?(?:rises|rose|climbs|climbed|has risen|reaches|reached|grows|grew)\b|"
                  # one strike, not "stepped up drone attacks on X": a habit is no particular strike
                  r"(?:a|an|the|overnight|night|morning|massive|massed|combined) (?:[\w-]+ )?(?:drone|missile|rocket|shahed|artillery|air|bomb|ballistic|uav) (?:attack|strike|raid) (?:on|in|against)\b|"
                  r"(?:missiles|drones|rockets|shells|bombs) (?:rained|raining|fell|falling) (?:down )?on\b|"
                  r"launched (?:[\w-]+ ){0,3}(?:missile|drone|rocket|air|bomb|artillery)\w* (?:and (?:missile|drone|rocket|air|bomb|artillery)\w* )?(?:attack|strike|raid)s?\b")
# "refinery ablaze after drone raid": a fire the raid lit, its result
_ABLAZE_AFTER_RAID = r"(?:ablaze|on fire|in flames|burning) (?:after|following) (?:an? |the )?(?:overnight |night |massive |ukrainian |russian )?(?:[\w-]+ )?(?:attack|strike|raid)s?\b"
STRIKE = rx(
    r"\b(?:" + _ABLAZE_AFTER_RAID + r"|(?<=drones )target(?:ed|s)\b|(?<=missiles )target(?:ed|s)\b|pound(?:s|ed|ing)?\b|struck|strikes?|hit|hits|hitting|sunk|sank|target(?:ed|s) (?:[\w'’-]+ ){1,4}with (?:[\w-]+ ){0,3}(?:drones|missiles|rockets|uavs|shaheds)\b(?![^.;]{0,40}\bsince\b)|shelled|shelling|bombed|bombing|bombard\w*|rocket attacks?|air raids?|set fire to|(?<=denied )striking|(?<=had )targeted (?:a |an |the )?(?:meeting|gathering|headquarters|command post)|(?<=drones )(?:set off|sparked|caused|started) (?:a |several )?(?:[\w-]+ )?(?:fires?|blaze)\b|(?:drones?|uavs?|missiles?|shells?|strikes?|attacks?|debris)\b[^.;]{0,60}\bsets? (?:[\w'’-]+ ){0,6}(?:ablaze|alight|on fire)|set (?:ablaze|alight|on fire) by (?:an? |the )?(?:[\w-]+ ){0,2}(?:drones?|uavs?|missiles?|shells?|strikes?|attacks?)|(?:slamm|crash|smash|plough|plow)\w* into|fire\b(?:(?<=started a fire)|(?<=caused a fire)|(?<=sparked a fire)|(?<=starting a fire)|(?<=causing a fire))|(?:drones?|uavs?|debris|attacks?|strikes?|missiles?|shelling) (?:sparks?|sparked|causes|caused|starts|started) (?:a )?fire\b|"
    r"влучи\w*|влучан\w*|попадани\w*|попал\w*(?! в плен)|вибух\w*|взрыв\w*|пошкоджен\w*|поврежд\w*|загин\w*|погиб\w*|поранен\w*|ранен\w*|"
    r"урази\w*|уражен\w*|" + _HIT_WORDS_CYR + r"|знеструм\w*|обесточ\w*|пожеж\w*|пожар\w*|загорел\w*|уламк\w*|обломк\w*|детонац\w*|"
    r"поранил\w*|ранил\w*|вбил\w*|убил\w*|(?<!and-)destroy\w*|пострадал\w*|" + _HURT_NOUN_RU + r"|постраждал\w*|врезал\w*|повредил\w*|пошкодил\w*|"
    # the masculine past: «постраждав чоловік», «уламок пошкодив дах»
    r"постраждав|поранив|пошкодив|зруйнував|"
    # «россияне направили на Никополь 7 дронов», «спрямували на місто шахеди», «кинули на X дві ФАБ»: the town fired on
    r"(?:направил|спрямува|скерува|кинул|скинул)\w* (?:на|по) (?:[\w'’,-]+ ){1,6}?(?:\d+ |дв[аеі] |три |кілька |несколько |десятк\w* )?"
    r"(?:[\w-]+ )?(?:дрон|беспилотник|безпілотник|бпла|ракет|каб|фаб|авиабомб|авіабомб|шахед|fpv)\w*|"
    r"авіабомб\w*|авиабомб\w*|авіаудар\w*|авиаудар\w*|(?:вдарил\w*|вдарив|ударил\w*|ударив) (?:[\w'’-]+ ){0,3}(?:\w+-)?(?:ракет|дрон|безпілотник|беспилотник|бпла|шахед|бомб|каб|снаряд)\w*|вогнем (?:\w+ )?опини[вл]\w*|опини[вл]\w* під (?:\w+ )?вогн\w*|"
    r"огнем (?:\w+ ){0,3}оказал\w*|под (?:[\w-]+ )?огн\w* (?:[\w-]+ ){0,2}был[иао]?\b|під (?:[\w'’-]+ )?вогнем (?:[\w'’-]+ ){0,2}(?:бул[иао]|був)\b|оказал\w* под (?:\w+ )?огн\w*|потрапи\w* під (?:[\w'’-]+ )?(?:удар|обстріл|вогонь)\w*|під (?:[\w'’-]+ )?(?:удари|удар|обстріл|обстріли|вогонь) (?:[\w'’-]+ ){0,2}потрапи\w*|под (?:\w+ )?огн\w* (?:[\w-]+ ){0,2}находил\w*|находил\w* под (?:\w+ )?огн\w*|" + _DRONE_HIT + r"|" + _HIT_PASSIVE + r"|(?:запусти|випусти|выпусти)\w* (?:[\w'’-]+ ){0,3}\d|attack\w*|артобстріл\w*|артобстрел\w*|" + _UK_STRIKE_HIT + r"|(?:glide |guided (?:aerial )?)?bombs? (?:on|at)\b|dropped (?:\w+ ){0,3}bombs?|dropped (?:an? |two |three |\d+ )?(?:[\w-]+ )?(?:explosive devices?|explosives|munitions?|grenades?|ordnance) (?:on|onto|at)\b|" + _EN_STRIKE_HIT + r"|explosions?|blasts?|damag\w+|killed|killing|(?<=[a-z] )kills|(?<=[a-z]s )(?:kill|injure|wound)(?= (?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|at least)\b)|injured|injuring|(?<=[a-z] )injures|wounded|wounding|(?<=[a-z] )wounds|sustained (?:\w+ ){0,2}injuries|explosives? (?:[\w-]+ ){0,2}(?:dropped|deployed)|shahed\w*|удар\w*|обстріл\w*|обстрел\w*|атак\w*|"
    # «скинули 6 мін»: munitions dropped in a count (not leaflets)
    r"(?:скину|скинул|скинув|сброси|сбросил)\w* (?:[\w-]+ ){0,2}\d+ (?:[\w-]+ )?(?:мін|мин|снаряд|боєприпас|боеприпас|вибухов|взрывн|гранат|авіабомб|авиабомб)\w*)")
# Strike words that say something happened to someone or something (not just "an attack").
STRIKE_RESULT = rx(
    r"\b(?:" + _ABLAZE_AFTER_RAID + r"|struck|hit|hits|hitting|sunk|sank|shelled|bombed|pound(?:s|ed|ing)?\b(?! (?:\w+ ){0,2}positions)|damag\w+|(?<!and-)destroy\w*|killed|killing|kills?|injur\w+|wounded|dead|fire broke|" + _CASUALTIES + r"|claim(?:ed|s|ing)? (?:the |a |one |two |three |\d+ )?li(?:fe|ves)\b|"
    # what a hit cut: "causing power cuts", "leaving the district without electricity"
    r"(?:caus\w+|causing|led to|leading to|resulting in) (?:\w+ ){0,2}(?:power (?:cuts|outages)|blackouts?|fires?)\b|"
    # a live report: "The Russian army is shelling Kherson!", "the Russians are attacking Zaporizhzhia"
    r"(?:is|are) (?:now |currently |again )?(?:shelling|attacking|striking|bombing|bombarding)\b|"
    + _EN_STRIKE_HIT + r"|"
    # "UNESCO condemned the strike on X": a strike condemned is one that happened
    r"condemn\w* (?:the |a |an )?(?:[\w\"“”'-]+ ){0,2}(?:strikes?|attacks?|shelling|bombing) on\b|"
    # «при ударе по частному жилому дому», «атака по автомобилю»: a strike on a home or a car is one that hit
    r"(?:удар|атак)\w* (?:[\w-]+ ){0,2}по (?:[\w-]+ ){0,2}(?:дом[уа]?|домам|будин\w*|здани\w*|будівл\w*|автомобил\w*|автомобіл\w*|"
    r"машин\w*|автобус\w*|магазин\w*|школ\w*|больниц\w*|лікарн\w*)\b|"
    # «ВСУ атаковали гипермаркет в X», «дрон атакував багатоповерхівку»: what was attacked is a building or a vehicle
    r"(?:атаковал\w*|атакова(?:н|на|но|ны)|атакува(?:в|ла|ли)|атакован\w*) (?:[\w'’-]+ ){0,2}(?:дом|многоэтажк|гипермаркет|магазин|автомобил|машин|автобус|"
    r"здани|больниц|школ|будин|багатоповерхів|автомобіл|лікарн|підприємств|предприяти)\w*|"
    # «удари прийшлися по X», «удар пришелся на X»: the blows landed there
    r"(?:удар|обстріл|обстрел|атак)\w* (?:[\w'’-]+ ){0,3}(?:прийшл\w*|прийшов|пришл\w*|пришел|пришёл) (?:по|на)\b|caught fire|(?:sparked|started|triggered|set off|caused) (?:a |several |two )?(?:[\w-]+ )?(?:fires?|blaze)\b|set (?:\w+ ){0,3}on fire|set ablaze|зазна\w* (?:\w+ ){0,2}(?:удар|авіаудар|обстріл|атак)\w*|(?:удар|авіаудар|обстріл|атак)\w* (?:\w+ ){0,3}зазна\w*|"
    r"під (?:[\w'’-]+ ){0,3}(?:вогнем|ударом|ударами|обстрілом|обстрілами) (?:[\w'’-]+ ){0,3}опини[вл]\w*|" + _UK_STRIKE_HIT + r"|опини[вл]\w* під (?:\w+ )?(?:вогнем|ударами|ударом|обстрілом|обстрілами)|"
    r"под (?:\w+ )?(?:огнем|ударом|ударами|обстрелом) (?:\w+ ){0,3}оказал\w*|оказал\w* под (?:\w+ )?(?:огнем|ударами|ударом|обстрелом)|"
    # «під удари потрапили X та Y», «попали под обстрел»
    r"потрапи\w* під (?:[\w'’-]+ )?(?:удар|обстріл|вогонь)\w*|під (?:[\w'’-]+ )?(?:удари|удар|обстріл|обстріли|вогонь) (?:[\w'’-]+ ){0,2}потрапи\w*|"
    r"попал\w* под (?:\w+ )?(?:удар|обстрел|огонь)\w*|под (?:\w+ )?(?:удар|обстрел|огонь)\w* (?:[\w-]+ ){0,2}попал\w*|"
    # «під ударами були X та Y», «под ударом был X»
    r"під (?:ворожими |російськими )?(?:ударом|ударами|обстрілом|обстрілами) (?:бул[иао]|був)\b|(?:бул[иао]|був) під (?:ворожими |російськими )?(?:ударом|ударами|обстрілом|обстрілами)|"
    r"под (?:вражескими |российскими |украинскими )?(?:ударом|ударами|обстрелом|обстрелами) (?:был[иао]?)\b|"
    # the attacker named after the noun: «під ударами окупантів були X», «под огнем были X», «під атакою ворога опинилося X»
    r"під (?:[\w'’-]+ )?(?:ударом|ударами|обстрілом|обстрілами|вогнем|атакою|атаками) (?:[\w'’-]+ ){0,2}(?:бул[иао]|був|опини[вл]\w*|перебува\w*)\b|"
    r"под (?:[\w-]+ )?(?:огнем|ударом|ударами|обстрелом|обстрелами|атакой|атаками) (?:[\w-]+ ){0,2}(?:был[иао]?|оказал\w*|находил\w*)\b|"
    # «сегодня под огнем оккупантов находилось с. X»
    r"под (?:\w+ )?огн\w* (?:[\w-]+ ){0,2}находил\w*|находил\w* под (?:\w+ )?огн\w*|"
    # the air force's tally: «атакував Україну 126 ударними БпЛА», «выпустил 40 ракет»
    r"(?:запусти\w*|випусти\w*|выпусти\w*|атакува\w*|атаковал\w*) (?:[\w'’-]+ ){0,3}\d[\d ]* (?:[\w'’-]+ ){0,4}(?:бпла|безпілотник|беспилотник|дрон|ракет|шахед)\w*|"
    r"(?:удар|авіаудар|авиаудар|обстріл|обстрел)\w*,? (?:[\w,]+ ){0,3}(?:спрямован|направлен)\w* (?:\w+ )?(?:по|на)\b|"
    r"подверг\w* (?:\w+ ){0,2}(?:удар|авиаудар|обстрел|атак)\w*|(?:удар|авиаудар|обстрел|атак)\w* (?:\w+ ){0,3}подверг\w*|"
    r"(?:удар|авиаудар|авіаудар)\w* (?:[\w-]+ ){0,2}(?:нанес[её]н|завдан)\w* (?:[\w-]+ ){0,2}по\b|"
    r"(?:завда\w*|нанес\w*|нан[іо]с\w*|здійсни\w*|здійсню\w*),? (?:[\w'’-]+,? ){0,14}(?:удар|авіаудар|авиаудар)\w*|(?:вдарил\w*|вдарив|ударил\w*|ударив|вгатил\w*) (?:[\w'’-]+ ){0,3}(?:\w+-)?(?:ракет|дрон|безпілотник|беспилотник|бпла|шахед|бомб|авіабомб|авиабомб|каб|снаряд)\w*|set fire to|sparks? (?:a )?fire|(?:cuts?|cutting|knocked out) (?:off )?(?:power|electricity)|fire\b(?:(?<=started a fire)|(?<=caused a fire)|(?<=starting a fire)|(?<=causing a fire))|влучи\w*|влучан\w*|попадани\w*|попал\w*(?! в плен)|пошкоджен\w*|поврежд\w*|загин\w*|погиб\w*|загибл\w*|"
    r"поранен\w*|ранен\w*|урази\w*|уражен\w*|" + _HIT_WORDS_CYR + r"|знеструм\w*|обесточ\w*|пожеж\w*|пожар\w*|загорел\w*|обстріл\w*|"
    # a bulletin's tally of what landed: «артобстріл (4 вибухи)», «скинули 7 мін», «випустили 5 мін по селу»,
    # «X і Y громади піддалися атакам дронів»
    r"артобстріл\w*|артобстрел\w*|\d+ (?:вибух(?:и|ів)?|взрыв(?:а|ов)?|приліт|прильот(?:и|ів)|прилет(?:а|ов)?)\b|"
    r"(?:скину|скинул|скинув|випусти|выпусти|сброси|сбросил)\w* (?:[\w-]+ ){0,2}\d+ (?:[\w-]+ )?(?:мін|мин|снаряд|боєприпас|боеприпас|вибухов|взрывн|гранат|авіабомб|авиабомб)\w*|"
    r"(?:атак|удар|обстріл)\w* (?:[\w-]+ ){0,3}піддал\w*|піддал\w* (?:[\w-]+ ){0,2}(?:атак|удар|обстріл)\w*|"
    r"обстрел\w*|постраждал\w*|постраждав|поранив|пошкодив|пострадал\w*|" + _HURT_NOUN_RU + r"|(?:за)?гибел\w*|жертв(?:ы|ах|ами|ам)?\b|зруйнов\w*|разруш\w*|выбиты|вибито|уничтож\w*|знищ\w*|поранил\w*|ранил\w*|"
    r"вбил\w*|убил\w*|врезал\w*|повредил\w*|пошкодил\w*|" + _DRONE_HIT + r"|" + _HIT_PASSIVE + r")")
OTHER_EVENT = rx(r"\b(?:evacuat\w+|blackouts?|power outages?|mobili[sz]\w+|евакуац\w+|эвакуац\w+)")

# Background told as such; dates are judged against the story's own date in dates.py.
HISTORY = rx(
    r"\b(?:(?<=\bat the )(?:start|beginning|outset) of the (?:full-scale )?(?:invasion|war)|"
    # "a year after Russian forces captured X": the capture dates the story's present, it is not its news
    r"(?:a|one|two|three|several|\d+) (?:years?|months?) (?:after|since) (?:[\w'’-]+ ){0,4}(?:captured|seized|took|fell|liberated|retook|recaptured|occupied|withdrew)\b|"
    r"(?<=\bin the )(?:early|first) (?:days|weeks|months) of the (?:full-scale )?(?:war|invasion)|before being (?:liberated|recaptured|retaken)|"
    r"had (?:previously|earlier|once) been (?:occupied|captured|held)|was first (?:captured|occupied)|previously occupied|"
    # "ISW previously assessed that ...", "..., ISW previously reported.": a recap; not "had previously reported capturing X"
    r"previously (?:assessed|reported) that|, (?:[\w'’-]+ ){1,3}previously (?:assessed|reported)\W*$|during (?:the|its|their) (?:russian )?occupation|під час окупації|во время оккупации|"
    # a reminder is background when it dates what it recalls (a season, a month, a year, "still in"); «Напомним,
    # накануне ...», «Нагадаємо, раніше ...» recall the story's own news
    r"(?:напомн\w*|нагадаємо|нагадуємо)\b[^.;]*?(?:весн|летом|лета\b|осен|зим|ещ[её] |в начале|на початку|в конце|наприкінці|"
    r"с начала|з початку|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|"
    r"февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|\b20\d\d\b)|"
    r"(?:весн|летом|лета\b|осен|зим|ещ[её] |в начале|на початку|в конце|наприкінці|с начала|з початку)[^.;]*?(?:напомн\w*|нагада\w*)|"
    r"роковин\w*|річниц\w*|годовщин\w*|рік тому|год назад|місяц\w* тому|месяц\w* назад|"
    r"since the (?:start|beginning|outset) of the (?:full-scale )?(?:invasion|war|special military operation)|"
    # a running total for the year, and a ministry recalling: "killed in X since the beginning of the year",
    # "X was liberated at the beginning of December, the ministry recalled"
    r"since the (?:start|beginning) of (?:the|this) year|, (?:[\w'’-]+ ){1,4}recalled\W*$|"
    r"since the (?:first|early) (?:days|weeks|months) of the (?:full-scale )?(?:war|invasion)|"
    r"з перших днів (?:повномасштабного |широкомасштабного )?(?:вторгнення|війни)|"
    # «окуповане з часу вторгнення місто», «захваченный в начале войны»: dated by the invasion
    r"з часу (?:повномасштабного |широкомасштабного )?(?:вторгнення|війни)|с момента (?:начала )?(?:полномасштабного )?(?:вторжения|войны)|"
    r"в начале (?:войны|вторжения|полномасштабного вторжения|сво|спецоперации)\b|на початку (?:повномасштабного вторгнення|повномасштабної війни|великої війни|війни|вторгнення)\b|"
    r"с первых дней (?:полномасштабного |масштабного |широкомасштабного )?(?:вторжения|войны|спецоперации|сво)\b|"
    r"с начала (?:войны|сво|проведения|специальной)|з початку (?:війни|повномасштаб\w*)|"
    # a running total since the invasion, unless the day's own count follows: «від початку великої війни ... втратила»
    r"(?:(?:з|від) початку (?:великої |повномасштабної |широкомасштабної )?(?:війни|вторгнення)|від початку повномасштаб\w*|"
    r"с начала (?:полномасштабн\w* )?(?:вторжения|войны))(?!.*(?:за (?:минулу |прошедшие |последние )?(?:добу|сутки)))|в начале года|на початку року|"
    r"на протяжении многих лет|протягом багатьох років|for years|"
    # "the city was last hit in June": the previous strike, told as background to today's
    r"(?:was|were|had been) last (?:hit|struck|attacked|targeted|shelled|bombed)\b|last came under (?:attack|fire)\b|"
    r"(?:once|formerly) (?:a|an|the|home)\b|was renamed|used to be|anniversar\w*|(?:months|years|a year) ago\b|"
    # dated by the invasion itself: "after Russia invaded Ukraine on February 24, X was the first to fall"
    r"(?:after|since|when|before) (?:russia|russian (?:forces|troops)|moscow) (?:first )?invaded\b|"
    # "since the Russians took X, ...": the capture is the background of what follows
    r"відтоді,? як|з тих пір,? як|с тех пор,? как|"
    # memorials and funerals look back on the dead: «акция памяти погибших», «вшанували загиблих»
    r"памят\w* (?:\w+ ){0,2}(?:погибш|жертв)\w*|пам['’]ят\w* (?:\w+ ){0,2}(?:загибл|жертв)\w*|вшанув\w*|почтил\w*|"
    r"прощани\w*|прощанн\w*|похорон\w*|поховал\w*|траур\w*|"
    # a town named by its earlier liberation, and awards for it: «в освобожденной Авдеевке», «наградил за освобождение»
    r"(?:в|у|на|из|з|із|по|до|для|от|від|к|с|возле|около|біля|поблизу|под|під|жител\w*|мешкан\w*) (?:ранее |раніше |недавно |нещодавно )?(?:освобожд[её]нн|звільнен)\w+ |"
    # «звільнені населені пункти регіону»: places described by an earlier liberation, not one told now
    r"(?:освобожд[её]нн|звільнен)(?:і|их|ими|ій|ої|ому|ого|им|ий|ые|ых|ыми|ой|ого|ому|ый)\b (?:населен\w+ пункт\w*|сел\w*|міст\w*|город\w*|громад\w*|територи\w*|територі\w*)|"
    r"нагр[ао]д\w* (?:[\w,-]+ ){0,5}(?:за|при) (?:освобожд|звільнен|взяти|штурм)\w*|"
    # an award handed to those who took a town: «вручил медали участникам освобождения X»
    r"(?:вручи|вруча|вручен|awarded)\w* [^.;]{0,60}?\b(?:освобожд|освободи|звільнен|звільни|взяти|взятт|захват|захоплен|штурм|liberat|captur)\w*|відзнач\w* (?:[\w-]+ ){0,5}(?:за|під час) (?:звільнен|штурм)\w*|since (?:\w+ ){1,3}(?:captured|took|seized|occupied|retook|liberated|routed|withdrew|retreated|pulled out)\b)")
GOAL = rx(
    # an explainer's headline: "What the fall of X means for Ukraine", "Why X matters"
    r"^(?:what|why|how) (?:[\w'’-]+ ){1,6}(?:means?|matters?)\b|"
    r"\b(?:closer to (?:capturing|taking|seizing|encircling|surrounding|cutting)\b|on the (?:verge|brink|cusp) of (?:capturing|taking|seizing|encircling|surrounding|cutting|entering|overrunning)\b|would (?:be|become|represent|mark|constitute)(?<!that would be)(?<!which would be)(?<!that would mark)(?<!which would mark) (?:an? |the )?(?:[\w-]+ ){0,2}(?:setback|blow|victory|success|gain|boost|loss|defeat|milestone|prize)\b|if (?:[\w'’-]+ ){1,3}(?:falls?|were to fall|is (?:captured|taken|lost|encircled))\b|prepar\w+ (?:for |to )?(?:\w+ ){0,3}(?:advances?|offensives?|assaults?|attacks?|push)\b|"
    r"prepar\w+ to (?:withdraw|retreat|pull (?:out|back)|leave|abandon|evacuate)\b|"
    # «активізували зусилля з оточення X», «усилия по окружению X», "efforts to encircle X": an aim pursued
    r"зусилл\w* (?:з|по|щодо) (?:оточенн|захопленн|взятт)\w*|усили\w* по (?:окружени|захвату|взятию)\w*|efforts? to (?:encircle|surround|capture|take|seize)\b|"
    # «опасаются окружения под X», "fears of an encirclement": a fear, not an event
    r"(?:опаса|побою|боят|боя)\w* (?:[\w'’-]+ ){0,2}(?:окружени|оточенн|захват|захоплен|падени|падінн)\w*|fears? (?:of )?(?:an? |the )?(?:encirclement|capture|fall)\b|"
    # "meant to tie down reserves rather than to capture X": an aim, said not to be the capture
    r"rather than (?:to )?(?:captur|tak|seiz|encircl|surround|storm)\w*|(?:meant|intended|designed|aimed) to (?:captur|tak|seiz|encircl|surround|storm)\w*|"
    # «готується вивести війська», «готовится к отводу частей»: a withdrawal prepared, not made
    r"(?:готу[єюе]\w*|готов[ия]\w*|підготува\w*|подготови\w*) (?:[\w'’-]+ ){0,3}?(?:вивест|вивед|вывест|вывод|відступ|отступ|відвед|отвод)\w*|"
    # a condition, a capability or a prospect: "if Russia captures X, ...", "are now able to encircle",
    # "the capture of X will be a victory", "may even become encircled"
    r"if (?:[\w'’-]+ ){1,3}(?:captures?|takes?|seizes?|encircles?|surrounds?|enters?|reaches|withdr[ae]ws?|pull(?:s|ed)? out)\b|(?<!were )(?<!was )(?<!been )able to (?:encircle|capture|take|seize|surround|reach|cut)\b|"
    r"will be (?:an? |the )?(?:[\w'’-]+ ){0,4}(?:setback|blow|victory|success|gain|boost|loss|defeat|milestone|prize)\b|(?:may|might|could)(?: even| soon| also)? (?:become|be|get) (?:encircled|surrounded|cut off|trapped)\b|"
    r"matter of (?:days|weeks|time)\b|(?:is|was|seems|appears|looks) (?:\w+ )?imminent\b|focus\w* on (?:capturing|taking|seizing|encircling)\b|"
    r"зосередил\w* (?:[\w'’-]+ )?на (?:захопленн|взятт|оточенн)\w*|сосредоточил\w* (?:[\w-]+ )?на (?:захват|взяти|окружени)\w*|(?:вопрос|питання) (?:нескольких |считанных |кількох |лічених )?(?:дней|недель|времени|днів|тижнів|часу)\b|"
    r"closing in on\b|hypothetical|(?:next|immediate) targets?\b|would (?:offer|withdraw|pull out|hand over)\b|will (?:withdraw|pull out|pull back) (?:of|from)\b|will pull out of\b|if (?:they|it) could\b|vow\w*(?: \w+){0,3}? (?:not )?to\b|making efforts? to\b|will (?:give|provide|allow|open|let)\b|would provide\b|"
    r"предр[еі]к\w*|предрека\w*|предсказ\w*|передбач\w*|напророч\w*|"
    # a capture still to come: «ВС РФ скоро освободят X», "may be liberated soon",
    # «взятие под контроль X продолжается»
    r"(?:скоро|вскоре|незабаром|найближчим часом) (?:[\w-]+ )?(?:освобод[яи]т|возьм(?:ут|ет|ёт)|захват[яи]т|окруж[аи]т|звільн(?:ять|ить)|візьм(?:уть|е)|захопл?(?:ять|ить)|оточ(?:ать|ить))\b|"
    r"\b(?:may|might|could|will|would) (?:soon |very soon |eventually )?be (?:liberated|captured|taken|seized|encircled|surrounded)\b|"
    r"(?:взяти|взятт|освобождени|звільненн|захват|захопленн)\w* (?:[\w-]+ ){0,6}?(?:продолжается|продовжується|триває)\b|"
    # a prospect: «смогут продвинуться дальше», «зможуть знизити кількість ударів»; «до окружения X осталось три км»
    r"(?<!не )(?:смогут|сможет|зможуть|зможе) (?:[\w-]+ )?(?:продвинуться|продвигаться|просунутися|просуватися|снизить|знизити|"
    r"выйти|вийти|наступать|наступати|отодвинуть|відсунути|отбросить|відкинути)\b|"
    r"\bдо (?:полного |повного |полной |повної )?(?:окружения|взятия|захвата|оккупации|оточення|захоплення|взяття|окупації)\b[^.;]{0,60}?"
    r"(?:осталось|остается|остаётся|остаются|остались|оставалось|залишилося|залишилось|лишилося|лишилось|залишається|залишаються|"
    r"лишається|лишаються)\b|"
    # «спрогнозировал скорое взятие X», «ВС РФ могут в скором времени взять под контроль X»: a forecast
    r"спрогноз\w*|(?:скор\w*|скоре) (?:[\w-]+ )?(?:взяти|взятт|освобожд|захват|захоплен|звільнен|оточенн|окружени)\w*|"
    r"(?:мо(?:гут|жет|жуть)|змож\w*|смогут|сможет) (?:[\w'’-]+ ){0,3}(?:взять|взяти|захватить|захопити|освободить|звільнити|окружить|оточити|"
    r"(?:установить|встановити) контрол\w*)\b|"
    # "awaits an official announcement that X has fallen", «ждет официального сообщения о том, что X освобожден»
    r"(?:awaits?|awaiting|waiting for|waits for) (?:an? |the )?(?:official )?(?:announcement|confirmation|word)\b|"
    r"(?:жд[её]т|ждут|ожида\w*|чека\w*) (?:[\w-]+ ){0,2}(?:сообщени|объявлени|подтверждени|повідомленн|оголошенн|підтвердженн)\w*|"
    # «приближается к освобождению X», «о приближении освобождения X»: a capture still to come
    r"(?:приближ|наближ)\w* (?:к |до )?(?:[\w-]+ )?(?:освобожд|взяти|взятт|захват|захоплен|звільненн|окружени|оточенн)\w*|"
    # «говорит о неизбежном взятии», «невідворотне звільнення»: a forecast told as certain
    r"(?:неминуем|неизбежн|невідворотн|неминуч)\w* (?:[\w-]+ )?(?:освобожд|зачист|падени|падінн|взяти|взятт|звільненн|захоплен|захват|окружени|оточенн)\w*|(?:drive|bid|push|effort|efforts|offensive|campaign) to (?:capture|take|seize|encircle|surround|infiltrate|enter|reach|break into|gain control)\b|(?:drive|bid|effort|efforts|campaign|plan)s? to (?:push|drive|force|squeeze) (?:[\w'’-]+ ){0,4}out of\b|(?:attacks|assaults|counterattacks|counter-attacks) to (?:recapture|retake|regain|reclaim|win back|take back)\b|would (?:bring|put|leave|mean|amount|make|expose|threaten|endanger|weaken|cut)\b|would (?:\w+ )?(?:improve|boost|ease|strengthen|secure|allow|enable|open|give)\b|supposed to (?:take|capture|seize|reach|encircle)|meant to(?:(?<=was meant to)|(?<=were meant to))|goal|aim(?:s|ed)? to|aims? at|(?<!missiles )(?<!missile )(?<!drones )(?<!drone )(?<!rockets )aimed at|main aim|(?<!assigned )objective|seeks? to|seeking to|intends? to|intention|plans? to|planning to|"
    r"ambitions?|wants?|demand\w*|(?:essential|vital|necessary|needed|a prerequisite) (?:to|for) (?:capturing|taking|seizing|the capture|encircling|advancing|an advance|any advance)|vital for (?:the enemy|\w+ forces|\w+ troops|kyiv|moscow|ukraine|russia) to (?:hold|keep|defend|capture|take)\b|peace (?:deal|plan|agreement|talks)|hopes? to|would (?:potentially |eventually |ultimately |also )?(?:allow|let|give|open)|could (?:potentially |eventually |ultimately |also |even )?(?:allow|open|give|soon|fall)|may soon|"
    r"(?:looks?|looked|seems?|is|are) set to|poised to|(?:is|are|was|were) about to\b|(?:may|might|could|will|would)(?: \w+)? (?:liberate|retake|recapture|reclaim)\b|(?:may|might) (?:take|capture|seize|enter)\b|prioriti[sz]\w* (?:either )?(?:surrounding|encircling|capturing|taking|seizing|advancing)\b|(?:could|can|may|might) (?:\w+ )?advance (?:more |much |even )?(?:rapidly|quickly|faster|further|deeper)\b|(?:may|might|could) (?:attempt|try|seek) to|(?:may|might|could|would|will) (?:further |likely |also )?(?:delay|slow|prevent|hamper|complicate|disrupt|impede)\b|(?:may|might|could|would) (?:need|have) to|(?:may|might) be (?:trying|attempting|seeking|looking) to|"
    r"are expected to|(?<=\bis )expected to|expects?|predict\w*|forecast\w*|(?:are|seems) likely to|(?<=\bis )likely to|will likely|"
    # "fortifications prepared for a possible withdrawal": an outcome planned for, not one that came
    r"\bfor (?:a|an|the|its|their) (?:potential|possible|eventual|future) (?:withdrawal|retreat|pullout|pull-out|fall|loss|encirclement)\b|"
    # "if Ukrainian defenses around X are breached, Russian forces could advance": a condition, nothing happened
    r"\bif (?:[\w'’-]+ ){1,8}(?:are|is|were|was|get|gets) (?:breached|captured|taken|encircled|lost|overrun|cut off)\b|"
    # "may increase the intensity of attacks", "could intensify its assaults": a forecast of fighting
    r"(?:may|might|could|will|would)(?: \w+)? (?:increase|intensify|step up|escalate|resume)\b|"
    # a headline's "Armed Forces likely to liberate X"
    r"likely to (?:liberate|capture|take|seize|retake|recapture|encircle|surround|fall|enter)\b|"
    r"since (?:(?:early|late|mid|the|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december) )?20\d\d|threaten\w* to|(?<=\bat )risk of|\brisks? (?:an? |the )?(?:encirclement|being (?:encircled|surrounded|cut off|captured)|falling)\b|key to\b|crucial(?! (?:[\w-]+ )?(?:town|city|village|settlement|hub|railway|logistics))|strategic(?:ally)? important(?! (?:[\w-]+ )?(?:town|city|village|settlement|hub|railway|logistics))|"
    # a deadline set: "was given deadlines to take X"
    r"deadlines? (?:\w+ ){0,2}(?:to|for) (?:take|capture|seize|reach|encircle|enter|the capture)\b|"
    r"whether|(?:can|could|will) (?:take|capture|hold|seize)\b|(?:could|might|may) (?:soon |yet |eventually )?(?:encircle|surround|cut off|storm|overrun)\b|would (?:soon |eventually |likely |quickly )(?:take|capture|seize|fall)\b|under (?:constant )?threat|(?<!\bno )threat of(?! (?:the )?encircl)|pos(?:e|es|ed|ing) (?:a |the )?(?:\w+ )?threat|"
    r"прагн\w*|намага\w*|стараю\w*|старає\w*|рассчитыва\w* (?:\w+ ){0,2}(?:взять|захватить|занять|освободить|окружить)\b|пыта(?:ются|ется|лись|лся|лась|ясь) (?:[\w-]+ ){0,3}(?:взять|захватить|удержать|прорвать|окружить|освободить|занять|войти|зайти|проникнуть|проникать|просачиваться|просочиться|прорваться|ворваться|закрепиться|продвинуться|вытеснить|выбить|выдавить)\b|чтобы (?:\w+ ){0,2}(?:взять|захватить|освободить|окружить|выйти|занять)\b|"
    r"(?:план\w*|намерени\w*|намір\w*) (?:\w+ )?(?:[–—-] )?(?:\w+ )?(?:захват|взят|окруж|освобо|наступ|захоп|оточ|звільн|взят)\w*|буд(?:ет|ут) (?:\w+ )?(?:взят|освобожд|захвач|окруж)\w*|"
    r"буд(?:е|уть) (?:\w+ )?(?:взят|звільнен|захоплен|оточен)\w*|"
    # «не смогут захватить X», «не зможуть захопити X»: a forecast of what will not be taken
    r"не (?:смогут|сможет|зможуть|зможе) (?:[\w-]+ ){0,2}(?:захват|взять|занять|освобод|окруж|захоп|взяти|зайняти|звільн|оточ)\w*|"
    # what might follow, and explainers: «втрата X може вплинути на», «пояснив, чому»
    r"мож(?:е|уть) (?:\w+ )?(?:вплинути|призвести|стати|означати|змінити)|может (?:\w+ )?(?:повлиять|привести|стать|означать)|"
    # «наступальні дії з метою встановлення контролю над X», «с целью захвата X»: what an attack was for
    r"(?:з|із|с) (?:метою|целью) (?:[\w'’-]+ ){0,2}?(?:встановленн|захопленн|оточенн|взятт|прорив|прорыв|установлени|захват|окружени|взяти)\w*|"
    r"with the (?:aim|goal|intention) of (?:capturing|taking|seizing|encircling|surrounding|establishing control)\b|"
    r"ма(?:є|ють|ла|ли) на меті|име(?:ет|ют) целью|ставит\w* (?:перед собой )?(?:целью|задачу)|стави\w* (?:перед собою )?(?:за )?мету|"
    r"поясни\w*,? чому|объясни\w*,? почему|(?:поясню|поясне|объясня)\w*,? (?:чому|почему|скільки|сколько)\b|вопрос (?:[\w-]+ ){0,2}(?:дней|недель|месяцев|времени)\b|питання (?:[\w'’-]+ ){0,2}(?:днів|тижнів|місяців|часу)\b|"
    # a task set: «мали завдання захопити X», «получили задачу взять»
    r"завданн\w* (?:[\w'’-]+ )?(?:захопити|взяти|оточити|вийти|зайти|прорвати|дійти)|задач\w* (?:[\w'’-]+ )?(?:захватить|взять|окружить|выйти|прорвать)|"
    # a task still being carried out: «выполняют задачи по взятию X», «виконують завдання з оточення X»
    r"(?:решают|решает|выполняют|выполняет|виконують|виконує|вирішують|вирішує) (?:[\w'’-]+ ){0,2}(?:задач\w* по (?:освобождению|взятию|захвату|окружению|блокированию)|"
    r"завданн\w* (?:зі|з|із|по) (?:звільненн|захопленн|взятт|оточенн)\w*)|"
    # what a capture would speed up: «освобождение X ускорит ...»
    r"ускорит|ускорят|прискорить|прискорять|"
    # what a place is for: «узел, нужный для контроля над севером области»
    r"для (?:контроля|контролю|удержания|утримання)\b|"
    # a promise: «ми звільнимо Лиман», «пообіцяв взяти», «освободим»
    r"звільнимо|захопимо|візьмемо|оточимо|повернемо|освободим|возьм[её]м|захватим|окружим|пообіця\w*|обіця\w*|пообеща\w*|обеща\w*|"
    # a warning, a condition or an attempt is no event: «попереджав про ймовірні обстріли», «якщо їм вдасться»,
    # «не відмовилася від спроб захопити»
    r"попереджа\w* про|попередил\w* про|попередив про|предупрежда\w* о|предупредил\w* о|ймовірн\w+ (?:обстріл|удар|атак|наступ)\w*|"
    r"якщо(?! не\b)|якби|если(?! не\b)|в разі|у разі|в случае|спроб\w* (?:\w+ ){0,2}(?:захопити|окупувати|оточити|взяти|прорвати|зайти|просунутися|заблокувати|витіснити|вибити|проникнути|просочитися)\b|"
    r"попыт\w* (?:\w+ ){0,2}(?:захватить|оккупировать|окружить|взять|прорвать|войти|продвинуться|заблокировать)\b|(?:не оставля\w*|не прекраща\w*|не полиша\w*|не припиня\w*) (?:попыт|спроб)\w* (?:\w+ ){0,2}(?:прорваться|пробиться|прорватися|пробитися|зайти|войти)\b|(?:можуть|може|могут|может) (?:\w+ )?(?:спробувати|попытаться)\b|планує|планують|планиру\w*|хоче|хочуть|хочет|стремит(?!ельн)\w*|стремят\w*|позволит|дозволить|дозволило б|"
    # "Putin may have abandoned the capture of X", "postpone the capture of X": a plan given up or put off, nothing done
    r"\b(?:abandon\w*|postpon\w*|put off|shelv\w*|drop\w*|delay\w*) (?:the |its |their |any |his )?(?:plans? (?:for|to|of) )?(?:capture|seizure|storming|assault|offensive|encirclement)\b|"
    # "Liberating X opens the way toward Y": what a capture would bring; "X is one of the last big towns
    # under Kyiv's control": what a place is, no event
    r"\A\W*(?:liberating|capturing|taking|seizing|the (?:capture|liberation|fall|seizure) of) (?:[\w'’-]+ ){1,3}"
    r"(?:opens|would open|will open|paves|would pave|will pave|brings|would bring|gives|would give)\b|"
    r"\b(?:is|was|remains|remained) one of the (?:last|few|remaining) (?:[\w-]+ ){0,3}(?:cities|towns|settlements|strongholds)\b|"
    r"\b(?:is|was) (?:regarded as |seen as |considered |viewed as )?(?:a|the) (?:key |vital |crucial )?(?:stepping stone|springboard|gateway)\b|"
    # "it can be used to launch strikes on X", a sentence opening on "if", «задача – обойти и захватить»:
    # what a place could serve for, a condition, a task
    r"\b(?:can|could) be used to\b|\A\W*(?:if|якщо|если)\b|\b(?:task|goal|aim|job|mission|priority) (?:is|was|remains) to\b|(?:задача|завдання|ціль|цель|мета)(?: [\w'’-]+){0,4}?\s*[–—-]\s*(?:\w+ (?:и|і|та) )?\w+(?:ть|ти)\b|"
    # «расширяет возможности для наступления на X»: room for an offensive still to come
    r"(?:возможност|можливост)\w* для (?:[\w'’-]+ )?(?:наступлени|наступ|продвижени|просуванн)\w*|"
    # «взятие X станет крупным успехом»: what a capture would bring is a forecast
    r"(?:взяти|взятт|захват|захопленн|освобождени|звільненн)\w* (?:[\w'’-]+ ){0,4}(?:станет|станут|стане|стануть|создаст|створить)\b|"
    r"дало б|дасть змогу|даст (?:\w+ )?возможность|дало бы (?:\w+ )?возможность|позволит|"
    # what a height or a road lets one do: «що дає змогу контролювати підступи», «позволяет контролировать трассу»
    r"(?:дає|дають|дает|даёт|дают) (?:змогу|можливість|возможность) (?:\w+ )?\w+(?:ти|ть)\b|(?:дозволяє|дозволяють|позволяет|позволяют) (?:\w+ )?\w+(?:ти|ть)\b|откро\w*|відкри(?!\w* (?:[\w'’-]+ ){0,2}вогонь)(?!т(?:ий|а|е|ої|ій|у|і|их|ими|ому|ого|ою)\b)\w*|открыва(?!\w* (?:[\w-]+ ){0,2}огонь)\w*|відкрива(?!\w* (?:[\w'’-]+ ){0,2}вогонь)\w*|путь на|шлях на|сроки|строки|загроз\w*|угроз\w*|ціль|мета\b|(?<!воздушная )(?<!воздушную )(?<!воздушной )(?<!воздушные )цель|прогноз\w*|"
    r"путь к|шлях до|дорогу к|дорогу до|необходим\w* для|нужн\w* для|потрібн\w* (?:\w+ ){0,2}для|важн\w* для|важлив\w* для|значени\w* для|значення для|задача ближайш\w*|(?<!боевые )(?<!боевых )(?<!выполнять )(?<!выполняют )(?<!выполняли )задач\w* на|(?<!бойові )(?<!бойових )(?<!виконувати )(?<!виконують )(?<!виконували )(?<!виконує )завданн\w* на|(?:trying|tr(?:y|ies|ied)|attempt(?:ed|ing)?|seeking|struggling|push(?:ing)?)(?: [\w'’-]+){0,5} to (?:capture|take|seize|encircle|reach|cut|surround|break through))")
# "Capturing X would ...", "Russia capturing X would ...": a capture talked of as a condition.
GERUND_GOAL = re.compile(r"(?:capturing|taking|seizing) |(?:[\w'’-]+ ){1,2}(?:capturing|taking|seizing) (?=.*\bwould\b)"
                         # "The capture of X, on high ground, would afford ...": what a capture would bring is a forecast
                         r"|(?:the |a )?(?:capture|fall|loss|seizure|takeover) of (?=[^.;]*\b(?:would|will)\b)")
GEO_REF = rx(
    r"(?:(?:km|kilomet(?:er|re)s?|miles?)\)?(?: \w+){0,2} (?:of|from)(?: the (?:[\w'’-]+ ){0,3}(?:city|town|village|hub|stronghold) of)?|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of(?: the (?:[\w'’-]+ ){0,2}(?:city|town|village|hub) of)?|"
    r"border with|between|between [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and|proximity to|(?:pressure|pressing) on|approaching|outskirts of the city of|недалеко від|неподалік(?: від)?|неподалеку от|недалеко от|рядом с|поруч (?:з|із)|"
    r"(?:у|в) (?:близькому |ближньому |ближнем )?(?:передмісті|пригороді|пригороде)|"
    r"(?:к|на) (?:северу|югу|западу|востоку|северо-\w+|юго-\w+) от|(?:на )?(?:північ|південь|захід|схід|північн\w*-\w+|південн\w*-\w+) від|"
    r"(?:approach(?:es)?|road|way|railroad|railway|highway|motorway|supply route) to(?: the (?:city|town) of)?|(?:подход|подступ)(?:ах|ами|ам|ы) к|(?:підход|підступ)(?:ах|ами|ам|и) до|"
    # «дорогою до Лиману», «по дороге к X»: the way to a town, not where anything happened
    r"дорог(?:ою|ой|е|і) (?:до|к|на))\s*$")
# An apposition that places a village by a bigger one: "Rivnopillia, a village on the approach to
# Huliaipole", "Zatyshshia and Uspenivka, two villages east of Huliaipole".
APPOSITION = rx(
    r",\s+(?:a|an|the|two|three|four|several|both)\s+(?:[\w'’-]+\s+){0,3}(?:village|town|city|settlement|hamlet|hub|"
    r"junction|district centre|district center)s?\b[^,;.]{0,60}$|"
    # "X, near the embattled rail hub of Y": Y only says where X is
    r",\s+(?:near|close to|outside|not far from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:village|town|city|settlement|hub|stronghold)\s+of\s+$")
# An operation named after a region or a town ("the Kursk incursion"): what it is called, not where
OPERATION_WORDS = r"(?:cross-border )?(?:operation|incursion|salient|bridgehead)"
NOT_A_PLACE_AFTER = re.compile(
    r",\s(?:which|that) (?:also )?borders\b|"
    # (not "the X settlement of the Y People's Republic" or "... of the Y region": the region named after it is where X lies)
    r"\s(?:town|village|settlement|hamlet|city) of\b(?! (?:the )?[A-Z][\w'’-]+ (?:[Pp]eople['’]s|[Rr]egion|[Oo]blast)\b| (?:the )?(?:DPR|LPR|DNR|LNR)\b)|"
    r"\s(?:[Pp]eople['’]s [Rr]epublic|[Rr]epublic|militants|separatists)\b|"  # "the Luhansk republic": the proxy state, not the city  # "the Donetsk town of Toretsk": the region named as an adjective  # "over Bryansk, which borders Ukraine": the region, the city borders nothing
    r"\s(?:(?:border|frontier|frontline|front-line) (?:region|regions|area|oblast)|River|river|Reservoir|reservoir|[Dd]elta|[Dd]am\b|Sea|Bay|Canal|canal|direction's|direction|axis|sector|front[- ]?lines?|front|Oblast|oblast|"
    + OPERATION_WORDS + r"|"
    r"region|regions|oblasts|Streets?|streets?|Avenues?|avenues?|Square|and [A-Z][\w'’-]+ (?:[Ss]treets|[Aa]venues)|Districts?|districts?|Raions?|raions?|"
    r"(?:[Uu]rban|[Mm]unicipal) (?:[Dd]istricts?|[Oo]krugs?)|"
    r"напрям\w*|направлени\w*|вулиц\w*|улиц\w*|район\w*|област\w*|"
    # «на Запорізькому фронті», «в Валуйском муниципальном округе»: a front or a district named by the town's adjective
    r"фронт\w*|(?:муниципальн|міськ|городск)\w* округ\w*|"
    # «Донецька обласна прокуратура», «Донецької ОВА»: the oblast's body, named by its adjective
    r"обласн\w*|облрад\w*|ОВА|ОДА)\b")
# "in Kharkiv, Dnipropetrovsk, and Zaporizhzhia oblasts": every name of the list is a region.
REGION_LIST_AFTER = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s[A-ZА-ЯІЇЄҐ][\w'’-]+)?){0,6},?\s*(?:and|or|та|і|и)\s+"
    r"[A-ZА-ЯІЇЄҐ][\w'’-]+\s+(?:oblasts|regions|provinces|districts|raions|directions|axes|областях|областей|областям|областями|"
    r"області|области|районах|районів|напрямках|напрямках|направлениях)\b")
# Ground fighting toward or near places, without a result: activity, not an event claim.
GROUND_ACTIVITY = rx(
    r"\b(?:attack\w*|assault\w*|storm\w*|offensive (?:operations|actions)|fighting|clashes|combat|штурм\w*|наступа\w*|атак\w*|бо[їйя]\w*)"
    r"(?:(?: [\w'’-]+){0,4}| from the (?:north|south|east|west)\w*,) (?:near|toward|towards|around|within|in the direction of|in the areas? of|on the (?:[\w-]+ )?(?:outskirts|edges?|approaches) (?:of|to)|біля|поблизу|в районі|у районі|в районах|у районах|"
    r"в направлении|в районе|в районах|у напрямку|в напрямку|в сторону|в бік|у бік)\b|"
    # operations under way in a place: "conducting a counteroffensive in X", "carrying out assault operations in X"
    r"\b(?:conduct\w*|carr(?:y|ies|ied|ying) out) (?:an? )?(?:[\w-]+ )?(?:counter-?offensives?|counter-?attacks?|"
    r"(?:assault|offensive|clearing|stabili[sz]ation) (?:operations|actions)) (?:in|near|around|on)\b")
# Battles going on, in Russian and Ukrainian («ведут бои в западной части X», «бої тривають»): fighting, not a result.
FIGHTING = rx(r"\b(?:вед[уеё]т|ведуть|ид[уе]т|йдуть|трива\w*|продолжа\w*|розгорну\w*|завязал\w*|зав'язал\w*)\s+(?:[\w-]+\s+){0,3}бо[иії]\b|"
               r"\bбо[иії]\s+(?:[\w-]+\s+){0,3}(?:ид[уе]т|йдуть|трива\w*|продолжа\w*)")
# Attacks counted on a place ("launched six attacks on X", "attacked Y nine times"): fighting,
# a statement only with a result (RESULT, STRIKE_RESULT) beside it.
ATTACKS_ON = rx(r"\b(?:(?:attacks|assaults|assault attempts|storming attempts) (?:on|against)|"
                 # "started storming the town": an assault begun, no result yet
                 r"(?:started|starting|began|begun|begin|begins) storming\b|"
                 # "the enemy twice stormed the positions of our units near X": assaults counted, or on positions
                 r"(?:once|twice|\d+ times|(?:two|three|four|five|six|seven|eight|nine|ten|several) times) (?:stormed|attacked|assaulted)\b|"
                 r"(?:stormed|attacked|assaulted|storming|attacking|pounded|pounding) (?:the |our )?(?:\w+ )?positions\b|"
                 # "have been storming the town for a week": an assault under way, no result yet
                 r"(?:been|are|is|were|was|keep|kept|continue[sd]? to) storming\b|"
                 # "focusing their attack on the villages of X and Y": where the assault went, not what it gained
                 r"(?:focus|concentrat)\w* (?:their |its |the )?(?:attacks?|assaults?|offensive|efforts?) (?:on|against)\b|"
                 r"attacked (?:[\w'’-]+ ){0,4}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of) times|"
                 # "near X, the adversary conducted 47 attacks": ground assaults counted (not shelling, drone or air attacks)
                 r"(?:conducted|launched|carried out|mounted) (?:up to |about |over |nearly |some |more than |at least )?"
                 r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) (?:(?!shelling|drone|missile|air|artillery|bomb)[\w-]+ )?"
                 r"(?:attacks|assaults|offensive actions)\b|"
                 # «враг 23 раза атаковал позиции», «атакував позиції наших захисників»: ground assaults counted
                 r"\d+ раз\w* (?:\w+ )?(?:атакова|атакува|штурмова|штурмува)\w*|(?:атакова|атакува|штурмова|штурмува)\w* (?:[\w-]+ ){0,4}\d+ раз\w*|"
                 r"(?:атакова|атакува)\w* (?:[\w-]+ )?(?:позици|позиці)\w*)")
RESULT = rx(
    r"\b(?:kill\w*|injur\w+|wound\w*|damag\w+|destroy\w*|hit|struck|captur\w+|seiz\w+|liberat\w+|advanc\w*|repel\w*|failed(?! to)|unsuccessful\w*|thwart\w*|foiled|rebuff\w*|withst(?:ood|ands?|anding)|fought off|beat(?:en)? (?:back|off)|(?:driven|pushed|forced|thrown) back|"
    r"repuls\w*|took|taken|entered|secured|shot down|downed|загин\w+|погиб\w*|поранен\w*|ранен\w*|пошкоджен\w*|поврежд\w*|"
    r"знищ\w*|уничтож\w*|відбил\w*|відбито|отразил\w*|отражен\w*|отража(?:ют|ет|ли)\b|захопи\w*|звільни\w*|освобо\w+|просуну\w*|продвину\w*|"
    r"зупинил\w*|зупинено|остановил[иао]?\b|остановлен[оаы]?\b|отбил\w*|отбит\w*|відбивали\b|отбивали\b|безусп[іе]шн\w*|протистоя\w*|пресе(?:кл|чен)\w*|stopped|halted|block(?:s|ed|ing) (?:\w+ ){0,3}(?:assaults?|attacks?)\b|відкину\w*|отброше\w*|оттесн\w*|відтісн\w*|pushed back|відсіч|отпор)")
# «прорвали оборону ВСУ», «уничтожили резервы ВСУ»: a party named after what belongs to it is no subject.
OWNED_BY = re.compile(r"(?<!\w)(?:(?<![Мм]инистерство )(?<![Мм]іністерство )оборон|позици|позиці|пункт|укреплен|укріплен|укрепрайон|укріпрайон|остатк|залишк|подразделени|підрозділ|груп|техник|технік|резерв|"
                      r"колон|контратак|логистик|логістик|"
                      # «поражены подразделения бригады ВСУ»: the units the army owns
                      # (in an oblique case: «бригада ВСУ удерживает» is the brigade acting)
                      r"формировани|формуванн)\w*\s+$|"
                      # «оборонительный район ВСУ»: a defended area the army holds, not the army acting
                      r"(?<!\w)(?:оборонительн|оборонн)\w*\s+(?:район|узел|вузол|рубеж)\w*\s+$|(?<!\w)(?:бригад(?:ы|и|е|і|у|ой|ою|ам|ами|ах)|батальон(?:а|у|ов|ам)|батальйон(?:у|ів|ам))\s+$")
# The place named only as where a speaker is: "Kyiv dismissed", "rejected by Kyiv".
LOCATIVE_BEFORE = rx(
    r"\b(?:in|on|over|near|at|to|into|of|against|around|outside|toward|towards|hit|hits|struck|strikes?|targets|targeted|targeting|rocked|shook|"
    r"attacked|attacks?|shelled|bombed|у|в|на|по|над|під|под|біля|около|возле)\s+(?:the (?:capital|city|town) of\s+)?$|"
    # "in central Kyiv", "over western Kyiv": a part of the capital is where, not who speaks
    r"\b(?:in|on|over|near|at|into|across)\s+(?:the )?(?:central|downtown|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+$|"
    # "missiles hit the Ukrainian capital Kyiv" (not "columns advancing on the capital Kyiv")
    r"\b(?:in|into|over|at|hit|hits|struck|strikes?|targeted|targeting|attacked|attacks?|shelled|bombed)\s+(?:the (?:ukrainian |russian )?|ukraine['’]s |russia['’]s )capital,?\s+$|"
    # "a drone attack on the capital Kyiv", "missiles rained down on Ukraine's capital, Kyiv"
    r"\b(?:(?:attacks?|strikes?|raids?|assaults?|barrages?) (?:on|against)|(?:rained|raining|fell|falling) (?:down )?on)\s+(?:the (?:ukrainian |russian )?|ukraine['’]s |russia['’]s )capital,?\s+$|"
    r"\b(?:hit|hits|struck|strikes?|targeted|targeting|attacked|shelled|bombed)\s+(?:a|an|the)\s+$|"
    r"\b(?:атаку\w*|атакова\w*|обстріл\w*|обстрел\w*|бомбарду\w*|бомбил\w*)\s+(?:[\w'’-]+\s+){0,2}$")
# "the Zaporizhzhia nuclear plant" stands in Enerhodar, not in the city of Zaporizhzhia.
NPP_AFTER = re.compile(r"\s(?:nuclear (?:power )?(?:plant|station)|NPP|power plant)\b", re.IGNORECASE)
# Shelling told as a habit or a trend, with no harm named: «щоденно піддається обстрілам», «обстріли посилюються».
HABITUAL_SHELLING = rx(r"\b(?:щоденно|щодня|щоночі|постійн\w*|регулярн\w*|посилю\w*|зросл\w*|частіш\w*|ежедневно|каждый день|"
                        r"постоянн\w*|усилива\w*|участил\w*|чаще|непрерывно|безперервно|систематично|"
                        # a town's record, not a strike: «уже не раз подвергался ударам», «неодноразово потрапляв під обстріли»
                        r"(?:не раз|неоднократно|неодноразово|не один раз) (?:\w+ )?(?:подверга|становил|ставал|потрапля|зазнава|піддава|оказыва|опинял)\w*)\b")
STRIKE_HARM = rx(r"\b(?:загин\w*|загибл\w*|погибш\w*|поранен\w*|пошкодж\w*|зруйн\w*|постражд\w*|влуч\w*|погиб\w*|ранен\w*|поврежд\w*|разруш\w*|"
                  r"пострада\w*|попада\w*|попал[аио]?\b|пожеж\w*|пожар\w*|выбит\w*|вибит\w*)")
# Repairs after an earlier strike: «відновили подачу світла після обстрілу» tells the recovery, not a strike.
AFTER_STRIKE_REPAIR = rx(r"\b(?:відновили|відновлено|відновлюють|відновленн\w*|відбудову\w*|відремонтува\w*|ремонтують|восстановил\w*|"
                          r"восстановлен\w*|восстанавлива\w*|отремонтирова\w*)\b(?:[^.]*?)\b(?:після|после) (?:\w+ )?(?:обстріл|удар|атак|обстрел)\w*|"
                          # "power has been restored to 90% of consumers in X after last week's attacks"
                          r"\b(?:restored|repaired|reconnected)\b(?:[^.]*?)\bafter (?:[\w'’-]+ ){0,3}(?:attacks?|strikes?|shelling|raids?)\b")
# Soldiers wounded at the front and treated here: «госпіталізували військових, поранених на фронті».
WOUNDED_ELSEWHERE = rx(r"\b(?:поранен|ранен)\w* (?:\w+ ){0,2}(?:на фронт\w*|на передов\w*|в зон[іеу] (?:бойових|боевых|сво)\w*)")
# "no shelling in Kherson", "Kramatorsk was not attacked": an event that did not happen.
NO_EVENT = rx(r"\bno (?:\w+ )?(?:shelling|strikes|attacks|explosions)\b|\b(?:was|were|has|have|had) not (?:been )?(?:attacked|shelled|struck|hit)\b|"
              # "the missile cannot be intercepted": a boast about a weapon, no shootdown
              r"\bcannot be (?:intercepted|shot down|downed|stopped)\b|"
              # "the refinery was previously hit in 2025": an earlier strike as background
              r"\b(?:was|were|had been) (?:previously|earlier|once) (?:hit|struck|attacked|targeted)\b|"
              # a side's creed, not a strike: "strikes only military targets", «наносит удары только по военным целям»
              r"\b(?:only|exclusively) (?:at |on |against )?(?:legitimate )?military (?:targets|facilities|objects)\b|"
              r"(?:только|исключительно|лише|виключно) по (?:военным|военной|військових|військовій) (?:цел|объект|обʼєкт|об['’]єкт|інфраструктур|инфраструктур)\w*|"
              # a habit, not a strike told: "X is regularly shelled", «місто регулярно обстрілюють»
              r"\b(?:is|are|gets|get|has been|have been) (?:regularly|routinely|frequently|constantly|often|almost daily) "
              r"(?:hit|shelled|attacked|struck|targeted|bombarded)\b|(?:регулярно|систематично|постійно|постоянно) (?:обстрілює|обстрілюють|обстреливает|обстреливают)\b|"
              r"\b(?:treated|treating|treats|admitted|evacuated) (?:\w+ ){0,4}wounded\b|"
              # a mine left in a field is no strike: «на міні підірвався трактор», «подорвался на мине»
              r"\b(?:на (?:міні|мине|вибухівці|растяжке|розтяжці) (?:[\w'’-]+ ){0,2}(?:підірва|подорва)\w*|(?:підірва|подорва)\w* (?:[\w'’-]+ ){0,2}на (?:міні|мине|растяжке|розтяжці))")
# Silence about a setback is no claim of it: "said nothing about territorial losses", "made no mention of losses".
SILENT = rx(r"\b(?:nothing (?:about|on|of) |(?<=\bno )mention of |(?<=\bnot )mention |mentioned no )"
             r"(?:[\w'’-]+ ){0,3}(?:loss|losses|territor\w*|casualt\w*|setbacks?|withdraw\w*|retreat\w*)\b|"
             # «в отчёте не упомянул, что X перешли под контроль»: what a report leaves out is no event
             r"\bне (?:упомянул\w*|упоминал\w*|упоминает|упоминают|згадав|згадала|згадали|згадував\w*|згадує|згадують)\b|"
             r"\bstopped short of (?:saying|claiming|confirming|announcing)\b|\bmention(?<=\bnot mention) (?:the )?(?:control|capture|fall) of\b")
# An attempt that failed: "tried to advance near X, but were pushed back" reports the repulse.
# "attempts by Russian forces to occupy X have failed", «спроби РФ окупувати X провалились»: the foe's tries came to nothing
ATTEMPTS_FAILED = re.compile(r"\b(?:attempts?|bids?|efforts?) (?:[\w'’-]+ ){0,8}?(?:have |has |had )?(?:all |also )?failed\b(?! to)|"
                              r"(?:спроб|попытк)\w* (?:[\w'’-]+ ){0,8}?(?:провал\w*|зазнал\w* невдачі|не увенчал\w*)")
FOILED = rx(r"\b(?:but|але|но|однак|проте|однако) (?:\w+ ){0,3}(?:(?:claimed|said|says|claims) to have been )?(?:failed\b(?! to)|unsuccessful|repelled|repulsed|pushed back|beaten (?:back|off)|driven back|forced back|thwarted|відкинут\w*|відбит\w*|"
             r"відступив|відступили|відступила|відступило|відкотив\w*|відкотил\w*|отступил[аи]?\b|"
             r"зупинен\w*|отброшен\w*|отбит\w*|остановлен\w*|"
             # «але успіху не мав», «но успеха не имели»: the attempt came to nothing
             r"успіху не (?:мал\w*|мав|досягл\w*)|не (?:мал\w*|мав|досягл\w*) успіху|успеха не (?:имел\w*|добил\w*)|не (?:имел\w*|добил\w*) успеха|"
             r"безуспішн\w*|безуспешн\w*|безрезультатн\w*|(?:всі |все )?(?:[\w'’-]+ ){0,2}провал(?:ил\w*|ились|илися)|"
             # «але отримав відсіч», «но получил отпор»: rebuffed
             r"(?:отрима\w*|получил\w*) (?:[\w'’-]+ )?(?:відсіч|отпор))")
# The enemy, in Ukrainian and Russian words for it: «ворог», «окупанти», «противник», «россияне».
ENEMY = rx(r"\b(?:противник\w*|ворог\w*|ворож\w*|враг\w*|окупант\w*|окупаційн\w*|оккупант\w*|загарбник\w*|захватчик\w*|рашист\w*|россиян\w*|росіян\w*)")
# A party that has not answered: "has not yet commented on", "declined to comment on", "did not respond to".
NO_COMMENT = rx(r"\b(?:did not|didn't|has not|have not|had not|declined to|refused to|would not|no|(?:has|have|had|is|was) yet to) "
                 r"(?:immediately |yet |publicly |officially )?(?:comment(?:ed)?|commenting|respond(?:ed)?) (?:on|to)\b")
# "liberated from the Russian forces": those a place is freed from lost it, they did not act.
FREED_FROM = rx(r"\b(?:liberated|freed|cleared|cleansed|recaptured)[\"”»']? (?:from|(?<=cleared )of|(?<=cleansed )of|(?<=freed )of) (?:the )?(?:presence of )?(?:the )?$|"
                # "cleared Nove Shakhove of Russian infiltration groups": the place between, those it was rid of after
                r"\b(?:clear(?:ed|ing)|cleans(?:ed|ing)|free(?:d|ing)|rid(?:ding)?) (?:[\w'’-]+ ){1,4}?of (?:the )?(?:remaining |last )?$")
# Only an attempt: "attempts to retake Kupiansk had failed" gains nothing.
ATTEMPT_BEFORE = rx(r"(?:attempts?|attempting|tried|trying|failed|bid|efforts?) (?:\w+ ){0,2}to $|"
                     r"(?:пыта\w*|намага\w*|пробува\w*|попыт\w*|спроб\w*) (?:\w+ ){0,2}$")
# An attempt and nothing more: "fighting has centred on Russia's attempts to advance on X".
_ATTEMPTED = (r"(?:advance|push|reach|break|storm|enter|encircle|surround|take|capture|seize|retake|recapture|reclaim|regain|liberat|occupy|block|cut off)\w*")
# ("fighting to liberate X continues", "forces are battling to take X": the fight for a place, no result)
ATTEMPT_ONLY = rx(r"\b(?:attempts?|attempted|attempting|efforts?|bids?|tried|trying|try|tries|fighting|battling|battles?|struggling) "
                  r"(?:\w+ ){0,2}to "
                   + _ATTEMPTED + r"(?: and " + _ATTEMPTED + ")?|"
                   # «зосереджує зусилля на спробах захоплення X», «попытки окружить X»
                   r"(?:спроб|попыт)\w* (?:[\w'’-]+ ){0,2}(?:захоплен|взятт|взяти|захват(?!чик)|оточенн|окружени|прорив|прорыв|оточити|окружить|захопити|захватить|взять)\w*|"
                   r"(?:намага|пыта)\w* (?:[\w'’-]+ ){0,2}(?:захопити|взяти|оточити|захватить|взять|окружить)\b|"
                   # «не припиняють спроб встановити контроль над X»
                   r"(?:спроб|попыт)\w* (?:встановити|установить) контроль")
# The actor before a passive verb suffers it: "Ukrainian troops ... have been encircled".
PASSIVE_BEFORE = rx(r"(?:been|were|was|are|is|being) (?:also |now |still |reportedly |effectively |almost |nearly |completely |fully |entirely |totally |partially )?$")
# ", while Moscow claimed ...", ", but Ukrainian officials said ...": a second party answers.
# "..., but Name, a title of the other side, said": the title's commas stay inside the answering clause.
COUNTER = rx(r"(?:,\s+(?:while|whereas|but|although|though)|\s+(?:while|whereas|but))\s+(?=(?:[^,;]{0,80},){0,2}[^,;]{0,80}\b(?:said|says|claimed|claims|insisted|insists|contends|contended|reported|called|calls|described|denied|denies|dismissed|rejected|disputed|disputes|assesses|assessed)\b)")
POSSESSIVE_CLAIM = rx(r"['’]s (?:claims?|statements?|reports?|assertions?|denials?)\b")
CLAIM_ABOUT = rx(r"\bclaims? (?:about|regarding|concerning|of|on)\b|\breports? (?:about|of|that|on|regarding|concerning)\b|"
                  r"\bstatements? (?:about|regarding|concerning|on)\b|\b(?:false |fake )?information (?:about|on|regarding)\b")
EXTENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+of\s+(?:the\s+)?([\w'’-]+(?:\s[\w'’-]+)?)", re.IGNORECASE)

# A sentence without a place name that points back at the one just named.
COREF = gated(re.compile(r"\b(?:the (?:city|town|village|settlement)(?! of\b)|(?:denied|rejected|dismissed|refuted) it\b|"
                         # "Kyiv denied the claim": the claim just reported (not "denied claims that ...", a new account)
                         r"(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes) (?:the|this|that|these|those|such|"
                         r"moscow['’]s|kyiv['’]s|russia['’]s|ukraine['’]s) (?:claims?|reports?|statements?|assertions?)\b(?! (?:that|of|about)\b)|"
                         # "This information is entirely false": the account of the place just named
                         r"(?:this|that|such|the) (?:information|claims?|reports?)(?= (?:is|was|are|were) [\"“']?(?:\w+ )?(?:false|untrue|not true|fake|propaganda|fiction)))", re.IGNORECASE))

# "Moscow had reported capturing both villages": the two or three places the sentence before listed
COREF_PLURAL = gated(re.compile(r"\b(?:both|the two|the three|these|those|the) (?:villages|towns|settlements|cities|localities)\b"
                                r"(?! (?:of|in|near|around|along|on|west|east|north|south|called|named)\b)", re.IGNORECASE))

COREF_HINT = re.compile(r"city|town|village|settlement| it\b|information|claim|report|statement|assertion")

# A result told before the goal words: «знищено ДРГ, яка намагалася закріпитися» — the goal is the loser's.
GOAL_EXCEPT = rx(r"\b(?:repel\w*|repuls\w*|stopped|halted|thwarted|foiled|captured|seized|(?<=had )advanced|(?<=have )advanced|destroyed|eliminated|taken(?! place)|took(?! place)|liberated|completed the (?:capture|liberation|takeover)|"
                 r"pulled (?:out|back)|withdr[ae]w\w*|retreated|(?<=have )occupied|(?<=had )occupied|struck|shot down|продвига(?:ются|ется|лись|лся)|продвижени\w*|продвинул\w*|знищено|знищил\w*|відбил\w*|відбито|зупинил\w*|зупинено|ліквідован\w*|витіснил\w*|витіснив|витіснен\w*|"
                  r"ліквідувал\w*|уничтожен\w*|уничтожил\w*|отбил\w*|отразил\w*|ликвидирова\w*|"
                  # a capture told in Ukrainian or Russian: «захопили Ямпіль і "незабаром візьмуть" Лиман»
                  r"захопил[аио]?|захватил[аио]?|звільнил[аио]?|освободил[аио]?|"
                  # a plan said not to succeed is a capture denied: «не удается реализовать планы по захвату X»
                  r"не удает\w*|не удаёт\w*|не вда[єю]ться|не удалось|не вдалося)\b")
TROOPS = rx(r"\b(?:soldiers|troops|forces|servicemen|units|tanks|vehicles|flag|infantry|assault groups?|armou?r|"
            # "imagery shows Russian positions now in the centre of X" (not strikes "on Russian positions near X")
            r"(?<=russian )positions(?= (?:now |already )?(?:in|inside) )|"
              r"військ\w*|військов\w*|войск\w*|военн\w*|солдат\w*|штурмовик\w*|бійц\w*|бойц\w*|техник\w*|технік\w*|"
              r"підрозділ\w*|подразделени\w*|прапор\w*|флаг\w*|піхот\w*|пехот\w*)\b")
# People taken prisoner, not a place taken: "two soldiers captured in Mariupol were sentenced".
PERSON_CAPTURED = rx(r"\b(?:soldiers|servicemen|prisoners|pows|fighters|civilians|marines|defenders|men|women|officers|commanders) "
                      r"(?:who (?:were|had been) |\w+ )?captured (?:in|at|near|during|by)\b")
# Activity without a result (the analysts' daily "continued attacks near X ... no confirmed
# advances"): nobody claims a change of control or a particular strike.
ACTIVITY_ONLY = rx(
    # (not "kept up assaults, in the course of which they took X": the result is told)
    r"\bcontinued (?:\w+ ){0,2}(?:(?:counter-?)?offensive (?:operations|actions)|(?:counter-?)?attacks|assaults|ground attacks)\b"
    r"(?!,? (?:during|in the course of|as a result of) which (?:\w+ ){0,2}(?:liberat|captur|took|seiz|recaptur|retook|gained control))"
    # (nor "continued counterattacks in X and advanced to its centre": a result told after the activity)
    r"(?![^.;]*? and (?:\w+ ){0,2}(?:advanced|recaptur\w*|retook|captur\w*|seiz\w*|liberat\w*|took|entered)\b)|"
    # "Ukrainian forces counterattacked near X, a milblogger claimed": an attack, nothing said to be won
    r"\b(?<!repelled )(?<!repulsed )counterattack(?:ed|ing) (?:near|toward|towards|around|in the direction of)\b"
    r"(?![^.;]*\b(?:recaptur|retook|retak|regain|advanc|liberat|pushed|drove|forced|took|seiz|captur|entered))|"
    # "Ukrainian counterattacks near X are continuing", "counterattacks by the Ukrainian army near X go on"
    r"\bcounter-?attacks (?:by (?:the )?[\w-]+ (?:[\w-]+ ){0,2})?(?:near|around|in|toward|towards|on) (?:[\w'’-]+ ){1,3}"
    r"(?:are |is )?(?:(?:still )?continu\w*|go(?:es)? on|ongoing|under way)\b|"
    r"\b(?:did not|didn't|failed to|could not|couldn't) (?:make (?:any )?(?:confirmed )?(?:advances|gains|progress|headway)|advance|gain (?:any )?ground)\b|"
    r"\b(?:without making|made no|no) (?:any )?confirmed (?:advances|gains)\b|\bno (?:new|further) (?:confirmed )?(?:advances|gains)\b|"
    r"\b(?:але|проте|однак|но|однако) (?:так і )?не (?:просунул\w*|просунувся|продвинул\w*|продвинулся|мали успіху|добил\w* успіху)|"
    r"\bне (?:зумі\w*|змог\w*|зміг|вдалося|удалось|смог\w*) (?:\w+ ){0,2}(?:просунут\w*|продвинут\w*)|"
    r"\bбез (?:підтверджен\w+ )?(?:просування|продвижения|успіху|успеха)\b|"
    # «но продвижения не достигли», «не захватив ни одной значимой территории»: attacks with nothing gained
    r"\b(?:продвижени\w*|просуванн\w*|успех\w*|успіх\w*) (?:там |тут |здесь |при цьому |при этом )?не (?:достигл\w*|досягл\w*|добил\w*|домогл\w*)|"
    # «продвижения у X не имели», «успіху там не мали»: no advance, in Moscow's and Kyiv's words
    # (an attempt that "had no success" is the defender's repulse, not this)
    r"\b(?:продвижени\w*|просуванн\w*) (?:[\w-]+ ){0,3}не (?:имели|имел|мали|мав)\b|"
    # «ворог не досяг підтвердженого просування поблизу X», «не добились подтвержденного продвижения»
    r"\bне (?:досяг\w*|достиг\w*|добил\w*|добив\w*|домогл\w*) (?:[\w-]+ ){0,2}(?:просування|продвижения|успіху|успеха|успіхів|успехов)\b|"
    r"\bне (?:имели|имел|мали|мав) (?:[\w-]+ ){0,2}(?:просування|продвижения)\b|"
    r"\bне (?:захватив|захопивши|продвинувшись|просунувшись|добившись|досягнувши)\b")
# A place as the object of a claim verb: "Russia had once again claimed Kupiansk".
CLAIMED_PLACE = re.compile(r"\bclaim(?:ed|s|ing)? (?:the (?:town|city|village) of )?$")
# "called the Russian claims about X absurd": the claims answered are about the place's control
CLAIMS_ABOUT_PLACE = re.compile(r"\bclaims? (?:about|regarding|concerning|over|on) (?:the (?:town|city|village) of )?$")
# Evidence that goes against a claim: "footage ... contradicting the Russian claim".
CONTRADICTS = rx(r"\bcontradict\w*|\b(?:inconsistent|at odds) with\b|супереч\w*|спростовують|противореч\w*|опровергают")
# "there were no casualties", «никто не пострадал»: harm that did not happen is no event of its own.
NO_HARM_GATE = ("no ", "nobody", "without casualt", "не постраждав", "не постраждал", "не пострадал", "без жертв",
                "без постраждал", "без пострадавш", "без потерпіл", "не було", "нет", "немає", "не выявлен")
NO_HARM = rx(r"\bno (?:immediate )?(?:reports? of )?(?:casualties|injuries|deaths|victims|fatalities|damage)"
              r"(?: (?:or|and) (?:casualties|injuries|deaths|victims|damage))?|"
              r"\b(?:no one|nobody|no people) (?:\w+ ){0,2}(?:was|were|had been|has been|have been) (?:hurt|injured|killed|wounded)|"
              r"\bwithout casualties|"
              r"(?:никто|ніхто|никого|нікого)(?: [\w«»\"-]+){0,4} не (?:пострадал\w*|постраждал\w*|постраждав|погиб\w*|загинув|загинул\w*|ранен\w*|поранен\w*)|"
              r"\bне (?:пострадал\w*|постраждал\w*|постраждав)|"
              r"\bбез (?:жертв|пострадавших|постраждалих|потерпілих)|"
              r"(?:жертв|пострадавших|постраждалих|потерпілих|погибших|загиблих) (?:\w+ )?(?:нет|немає|не було|не выявлено|не зафіксовано)")
