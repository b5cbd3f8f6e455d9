"""The one text sanitiser and the link policy: everything a feed sends passes through here.

Feed text is hostile: it may carry terminal escape sequences (raw or as `&#27;`), C1 controls
(U+009B is an 8-bit CSI), bidi overrides that reorder a headline, invisible characters,
zalgo-sized runs of combining marks and megabyte titles. `clean_text` removes all of that and
is idempotent, so text can be cleaned again at display time without changing. Markup-like
text such as `[bold]x[/]` is data and is left alone here: the UI never renders feed text as
markup.
"""

from __future__ import annotations

import functools
import html
import ipaddress
import re
import sys
import unicodedata
import urllib.parse

MAX_TEXT = 1_000_000
"""Hard cap on any cleaned text, whatever the caller's limit."""

MAX_LINK = 4096
COMBINING_RUN = 3
"""Combining marks kept after one base character (enough for real scripts, not for zalgo)."""

ELLIPSIS = "\u2026"

# Characters that never survive: C0 except \t and \n, DEL, C1, lone surrogates, bidi
# controls, zero-width and other invisible formatting characters, interlinear annotation
# marks, noncharacters and the invisible "tag" block used to smuggle hidden ASCII.
_FORBIDDEN_BMP_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164"
    "\ufe00-\ufe0e\ufeff\uffa0\ufff0-\ufffb\ufffe\uffff"
    "\ud800-\udfff"
)
_FORBIDDEN_CLASS = _FORBIDDEN_BMP_CLASS + "\U000e0000-\U000e0fff"
_FORBIDDEN = re.compile(f"[{_FORBIDDEN_CLASS}]")
_FORBIDDEN_BMP = re.compile(f"[{_FORBIDDEN_BMP_CLASS}]")
"""The same class without its astral range: cheaper to scan, and enough for BMP-only text."""

# Terminal control sequences, removed whole so no "[31m" debris is left behind:
# CSI (ESC [ or 8-bit U+009B) params/intermediates/final; string sequences OSC, DCS, SOS,
# PM, APC (ESC ] P X ^ _ or their 8-bit forms) up to BEL or ST, or to the end when
# unterminated (a terminal would swallow the rest too); any other two-byte ESC sequence.
_ESC_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x90\x98\x9c-\x9f]{0,256}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]?"
)

# A numeric character reference that names a forbidden character (`&#27;`, `&#x9b;`).
_NUMERIC_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_MAYBE_REF = re.compile(r"&#[xX0-9]")

_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_MANY_NEWLINES = re.compile(r"\n{3,}")

@functools.cache
def _mark_class(astral: bool = True) -> str:
    """The regex class body of every combining mark (only the BMP's with `astral=False`)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, (sys.maxunicode if astral else 0xFFFF) + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )


@functools.cache
def _combining_run(astral: bool = True) -> re.Pattern[str]:
    """A regex for runs of more than COMBINING_RUN combining marks (built once, lazily).

    With `astral=False` the class holds only BMP marks: re compiles that to a bitmap lookup,
    while a class with astral ranges is scanned range by range at every position (far slower
    on ordinary text). Callers pick the full pattern only when the text has astral characters.
    """
    cls = _mark_class(astral)
    return re.compile(f"([{cls}]{{{COMBINING_RUN}}})[{cls}]+")


@functools.cache
def _any_mark(astral: bool = True) -> re.Pattern[str]:
    """One combining mark of the same class: a cheap scan that lets most text skip the run regex
    (the run pattern costs far more per character than a single class)."""
    return re.compile(f"[{_mark_class(astral)}]")


def _has_astral(text: str) -> bool:
    """True when text has characters beyond the BMP (its UTF-16 form needs surrogate pairs)."""
    # An encode is a near-memcpy; a regex over the astral range scans much slower.
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _ref_is_forbidden(match: re.Match[str]) -> bool:
    return _code_forbidden(*match.groups())


def _code_forbidden(hex_digits: str, dec_digits: str) -> bool:
    """Whether a numeric reference's digits name a character the sanitiser removes."""
    code = int(hex_digits, 16) if hex_digits else int(dec_digits)
    return code > sys.maxunicode or _FORBIDDEN.match(chr(code)) is not None


def _decode_forbidden_ref(match: re.Match[str]) -> str:
    # Decode only references to forbidden characters, so the sequence they form is
    # recognised and removed whole below; harmless references stay as literal text.
    hex_digits, dec_digits = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(dec_digits)
    if code > sys.maxunicode:
        return ""
    char = chr(code)
    return char if _FORBIDDEN.match(char) else match.group(0)


def _drop_hash(match: re.Match[str]) -> str:
    # Last resort for deliberately nested references: "&27;" can never combine into a new
    # reference, so one pass settles it and idempotence holds.
    return match.group(0).replace("#", "", 1) if _ref_is_forbidden(match) else match.group(0)


def _strip_controls(text: str) -> str:
    """Remove escape sequences, forbidden characters and references to them."""
    for _ in range(4):
        if _MAYBE_REF.search(text):
            text = _NUMERIC_REF.sub(_decode_forbidden_ref, text)
        text = _ESC_SEQUENCE.sub("", text)
        text = _FORBIDDEN.sub("", text)
        if not _MAYBE_REF.search(text) or not any(
            _ref_is_forbidden(m) for m in _NUMERIC_REF.finditer(text)
        ):
            return text
    return _NUMERIC_REF.sub(_drop_hash, text)


def _cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    if limit <= 1:
        return text[:limit]
    return text[: limit - 1].rstrip() + ELLIPSIS


def _clean(text: object, limit: int, one_line: bool) -> str:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    limit = max(0, min(limit, MAX_TEXT))
    # Cleaning only shrinks text, so a generous prefix is all that can survive the cap;
    # cutting first bounds the work on megabyte titles.
    if len(text) > limit * 4 + 1024:
        text = text[: limit * 4 + 1024]
    if not text.isascii():
        # NFC first: canonical singletons (U+037E -> ';') must not form a reference later.
        text = unicodedata.normalize("NFC", text)
    # Substring tests (memchr speed) skip the regex scans that would find nothing.
    if ("\r" in text or "\x0b" in text or "\x0c" in text or "\x85" in text
            or "\u2028" in text or "\u2029" in text):
        text = _LINE_BREAKS.sub("\n", text)
    astral = not text.isascii() and _has_astral(text)
    if (_FORBIDDEN if astral else _FORBIDDEN_BMP).search(text) or _MAYBE_REF.search(text):
        text = _strip_controls(text)
    if one_line:
        text = " ".join(text.split())  # (str.split's whitespace is re's \s)
    else:
        if " \n" in text or "\t\n" in text:
            # Line by line, not a regex: `[ \t]+\n` backtracks quadratically on long blanks.
            text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
        if "\n\n\n" in text:
            text = _MANY_NEWLINES.sub("\n\n", text)
        text = text.strip()
    if not text.isascii():
        astral = _has_astral(text)
        if _any_mark(astral).search(text):
            text = _combining_run(astral).sub(r"\1", text)
        text = _cap(text, limit)
        # Removals may have brought a base and its mark together; composing only ever
        # shortens text and yields no control characters, so this cannot undo the above.
        text = unicodedata.normalize("NFC", text)
        return text
    return _cap(text, limit)


def has_unsafe_chars(text: str) -> bool:
    """True when `text` holds a character the sanitiser removes (controls, C1, bidi, invisibles)."""
    return _FORBIDDEN.search(text) is not None


def clean_text(s: object, *, limit: int | None = None) -> str:
    """Sanitised multi-line text: no controls, escapes, bidi or invisible chars; capped; idempotent."""
    return _clean(s, MAX_TEXT if limit is None else limit, one_line=False)


def clean_line(s: object, *, limit: int = 300) -> str:
    """Sanitised single-line text (titles, names): whitespace collapsed, capped."""
    return _clean(s, limit, one_line=True)


_HTML_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul".split()
)
_HTML_DROPPED = frozenset(
    "script style template noscript iframe object title svg math canvas textarea".split()
)
"""Elements whose content is never text for a reader: skipped up to their closing tag."""
MAX_HTML_INPUT = 5_000_000
"""HTML beyond this many characters is not read at all (bounds time on hostile input)."""

# One piece of markup as a browser's tokenizer reads it: a comment (to the end if unclosed),
# a doctype/CDATA/processing instruction or a malformed end tag (up to '>'), or a tag whose
# attributes are read as HTML reads them, so a '>' inside a quoted value does not end it. An
# element whose content is never text is read whole, to its end tag (or the end of the
# markup) unless written self-closing. A '<' that starts no tag is left as text, as in a
# browser. Possessive quantifiers: the match is linear whatever the input.
_ATTRIBUTE = r"""[\s/]*+[^\s=/>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
_TAG_REST = rf"(?:{_ATTRIBUTE})*+[^>]*+>?"
_DROPPED_ELEMENT = "|".join(
    rf"(?ai:{name})(?![^\s/>]){_TAG_REST}(?:(?<!/>)(?:.*?(?=(?i:</{name}[\s/>]))|.*+))?"
    for name in sorted(_HTML_DROPPED)
)
_DROPPED_INITIALS = "".join(sorted({n[0] for n in _HTML_DROPPED} | {n[0].upper() for n in _HTML_DROPPED}))
_HTML_TOKEN = re.compile(
    # (The initials first: most tags are none of the dropped ones, and fail there at once.)
    rf"<(?:(?=[{_DROPPED_INITIALS}])(?:{_DROPPED_ELEMENT})"
    rf"|(/?)([a-zA-Z][^\s/>]*+){_TAG_REST}"
    r"|!--(?:.*?-->|.*+)"
    r"|[!?][^>]*+>?"
    r"|/(?![a-zA-Z])[^>]*+>?)",
    re.DOTALL,
)


def html_to_text(markup: object, *, limit: int = MAX_TEXT) -> str:
    """Feed HTML -> plain text with paragraph breaks; scripts and styles dropped; then clean_text.

    One linear pass over the markup's tokens, no tree: 100k nested tags, 20k-tag pages, attribute
    floods and unclosed tags cost the same per byte as a short summary.
    """
    if not isinstance(markup, str):
        markup = "" if markup is None else str(markup)
    if "<" not in markup:
        return clean_text(html.unescape(markup) if "&" in markup else markup, limit=limit)
    return clean_text(_markup_text(markup[:MAX_HTML_INPUT]), limit=limit)


def _strip_lines(text: str) -> str:
    """Spaces around breaks come from source indentation, not from the author."""
    return "\n".join(line.strip(" ") for line in text.split("\n"))


# Each tag becomes one marker character, then entities, spaces and markers are handled for
# the whole text at once. The markers are control characters clean_text removes anyway; any
# already in the text (or decoded from a reference) stand in as another such character, which
# reads the same in every step after.
_INLINE, _BREAK, _BLOCK, _ITEM, _PRE_OPEN, _PRE_CLOSE = "\x01", "\x02", "\x03", "\x04", "\x05", "\x06"
_MARKERS = re.compile("[\x01-\x06]")
_STAND_IN = str.maketrans(dict.fromkeys(range(1, 7), "\x08"))
_PRE_MARKERS = re.compile("([\x05\x06])")
_OPENING_MARKS = ({name: _BLOCK for name in _HTML_BLOCKS}
                  | {"br": _BREAK, "li": _ITEM, "pre": _PRE_OPEN + _BLOCK})
_CLOSING_MARKS = {name: _BLOCK for name in _HTML_BLOCKS} | {"pre": _PRE_CLOSE + _BLOCK}
_FLOW_MARKS = ((_BREAK, "\n"), (_BLOCK, "\n\n"), (_ITEM, "\n\n- "))


def _tag_mark(match: re.Match[str]) -> str:
    closing, name = match.group(1, 2)
    if name is None:  # a comment, a doctype, a malformed end tag, a dropped element
        return _INLINE
    return (_CLOSING_MARKS if closing else _OPENING_MARKS).get(name.lower(), _INLINE)


def _forbidden_refs(text: str) -> bool:
    """Whether a numeric reference in text names a forbidden character (each distinct one
    checked once: feed text repeats a few typographic ones)."""
    if text.count("&#") > 64:
        return True  # (decoded one by one instead of collected)
    return any(_code_forbidden(*groups) for groups in set(_NUMERIC_REF.findall(text)))


def _decode_forbidden_text(match: re.Match[str]) -> str:
    return _decode_forbidden_ref(match).translate(_STAND_IN)


def _markup_text(markup: str) -> str:
    """The text of any markup (see html_to_text), before clean_text."""
    if _MARKERS.search(markup):
        markup = markup.translate(_STAND_IN)
    text = _HTML_TOKEN.sub(_tag_mark, markup)
    if "&" in text:
        if "&#" in text and _forbidden_refs(text):
            # html.unescape drops a reference to ESC but keeps the "[31m" after it; decoded
            # raw, the whole sequence is recognised and removed by clean_text. A marker ends a
            # reference as the end of the text between two tags does.
            text = _NUMERIC_REF.sub(_decode_forbidden_text, text)
        text = html.unescape(text)
    if _PRE_OPEN not in text:
        text = _flow(text.replace(_PRE_CLOSE, ""))
        # No line starts with a space now: only a space before a break, and the text's own
        # ends, are left for _strip_lines.
        return _strip_lines(text) if " \n" in text else text.strip(" ")
    # Inside <pre> the text is kept as written (its depth counted, a stray </pre> ignored).
    parts, depth = [], 0
    for index, piece in enumerate(_PRE_MARKERS.split(text)):
        if index % 2:
            depth = depth + 1 if piece == _PRE_OPEN else max(depth - 1, 0)
        elif depth:
            parts.append(piece.replace(_INLINE, "").replace(_BREAK, "\n").replace(_BLOCK, "\n\n")
                         .replace(_ITEM, "\n\n- "))
        else:
            parts.append(_flow(piece))
    return _strip_lines("".join(parts))


def _flow(text: str) -> str:
    """Marked text outside <pre>: each whitespace run one space, none after a break."""
    text = _collapse_spaces(text.replace(_INLINE, ""))
    for mark, replacement in _FLOW_MARKS:
        if mark in text:
            text = text.replace(mark + " ", mark).replace(mark, replacement)
    return text


def _collapse_spaces(text: str) -> str:
    """Each run of whitespace one space, as re.sub(r"\\s+", " ", text) gives (str.split's
    whitespace is re's \\s), at a fraction of its cost on prose, where nearly every run is one
    space."""
    words = text.split()
    joined = " ".join(words)
    if text[:1].isspace():
        joined = " " + joined
    if words and text[-1:].isspace():
        joined += " "
    return joined


_URL_PRINTABLE = "".join(chr(c) for c in range(0x21, 0x7F))
_SPACE_NOT_BLANK = re.compile(r"[^\S ]")
"""Whitespace other than the plain space (re's \\s is exactly str.isspace)."""
_HOST_NAME = re.compile(r"^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$")


_PLAIN_LINK = re.compile(r"https?://[a-z0-9_-]++(?:\.[a-z0-9_-]++)*+(?:/[!-\"$->@-~]*+)?+")
"""An absolute link that safe_link gives back as it is: lower-case scheme and host name, no
port, user or dot at the end of the host, and a path of printable ASCII without query or
fragment (what nearly every feed item links to)."""


def safe_link(url: object, base: str | None = None) -> str:
    """An absolute http(s) URL (relative ones resolved against base), or '' when refused."""
    if not isinstance(url, str):
        return ""
    if len(url) <= MAX_LINK and _PLAIN_LINK.fullmatch(url):
        return url
    # The URL standard strips surrounding ASCII whitespace and controls; feeds often wrap
    # <link> text in newlines. Anything unusual inside the URL is refused, not repaired.
    url = url.strip(" \t\n\r\f")
    if not url or len(url) > MAX_LINK or url.startswith("-"):
        return ""
    if _FORBIDDEN.search(url) or _SPACE_NOT_BLANK.search(url):
        return ""
    url = url.replace(" ", "%20")
    try:
        parts = urllib.parse.urlsplit(url)
        if not parts.scheme:
            if not base:
                return ""
            base_link = safe_link(base)
            if not base_link:
                return ""
            url = urllib.parse.urljoin(base_link, url)
            parts = urllib.parse.urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            return ""
        if "\\" in parts.netloc or "@" in parts.netloc:
            return ""  # credentials in a link are a phishing trick; backslashes a parser split
        host = parts.hostname
        if not host:
            return ""
        port = parts.port  # raises ValueError on a malformed port
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        if ":" in host:
            netloc = f"[{ipaddress.IPv6Address(host).compressed}]"
        elif _HOST_NAME.match(host):
            netloc = host
        else:
            return ""
        if port is not None:
            netloc += f":{port}"
        # Percent-encode anything non-ASCII so the result is plain printable ASCII.
        path = urllib.parse.quote(parts.path, safe=_URL_PRINTABLE)
        query = urllib.parse.quote(parts.query, safe=_URL_PRINTABLE)
        fragment = urllib.parse.quote(parts.fragment, safe=_URL_PRINTABLE)
        result = urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))
    except (ValueError, UnicodeError):
        return ""
    if len(result) > MAX_LINK or not result.isascii() or not result.isprintable():
        return ""
    return result


def is_safe_link(url: object) -> bool:
    """True when url is already an absolute http(s) link that safe_link keeps unchanged."""
    return isinstance(url, str) and bool(url) and safe_link(url) == url
