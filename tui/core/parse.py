"""Feed bytes + response headers -> sanitised Stories; and "is this a feed at all".

The only producer of feed-derived Stories. Every error, whatever the parser raised inside,
comes out as a FeedError subclass with one clear sentence, so one bad feed never costs another.
The parsers form a chain, `PARSERS`: the fast feedparser_rs goes first and declines any
document where the corpus comparison showed feedparser does better; feedparser takes those.
Both results go through the same story building, so the output is sanitised identically.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import json
import re
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .models import Feed, Story
from .sanitize import clean_line, clean_text, html_to_text, safe_link
from .urls import without_tracking

TITLE_LIMIT = 300
SUMMARY_LIMIT = 2000
CONTENT_LIMIT = 200_000
AUTHOR_LIMIT = 200
TAG_LIMIT = 64
MAX_TAGS = 20
MAX_TTL = 7 * 86400
EARLIEST = 631152000.0
"""1990-01-01T00:00:00Z: older dates are garbage (year 1, epoch 0) and are clamped up."""
FUTURE_SLACK = 86400.0
"""A date may run at most a day ahead, so a future date cannot pin the top of the list."""

MAX_PROLOG = 65536
MAX_ENTITY_EXPANSION = 1_000_000
"""Characters all internal entity references in a document may expand to, together."""


class FeedError(Exception):
    """A feed could not be turned into stories; str(error) is one clear sentence."""


class NotAFeed(FeedError):
    """The server answered, but not with a feed (HTML page, challenge, JSON, empty body)."""


class ParseError(FeedError):
    """The document looked like a feed but could not be parsed safely."""


@dataclass(slots=True)
class ParsedFeed:
    """What one feed document became."""

    title: str
    stories: list[Story] = field(default_factory=list)
    ttl: int | None = None
    """Seconds the feed asks clients to wait between polls (RSS <ttl>), or None."""
    newest: float | None = None


Parser = Callable[[bytes, Mapping[str, str], Feed], Any]
"""One parser of the chain: (body, lowered headers, feed) -> a feedparser-shaped result."""


def parse_feed(body: bytes, headers: Mapping[str, str], feed: Feed, *, now: float,
               parsers: Sequence[Parser] | None = None) -> ParsedFeed:
    """Parse one feed document; raises only NotAFeed or ParseError (both FeedError).

    `parsers`: the chain to try, in order (default `PARSERS`); each may raise Declined to hand
    the document to the next, and the last one must take it.
    """
    try:
        if not isinstance(body, (bytes, bytearray, memoryview)):
            raise ParseError("internal error: the feed body must be bytes")
        body = bytes(body)
        lowered = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
        _reject_non_feeds(body, lowered)
        body, lowered = _utf8_from_bom(body, lowered)
        body = window_items(body, feed.item_limit)
        _guard_entities(body)
        body = _replace_surrogate_refs(body)
        raw = _run_parsers(PARSERS if parsers is None else parsers, body, lowered, feed)
        _reject_html_results(raw, body, lowered)
        base = safe_link(feed.url)
        base = safe_link(lowered.get("content-location", ""), base=base) or base
        return _build(raw, feed, now, base)
    except FeedError:
        raise
    except RecursionError:
        raise ParseError("could not parse the feed: it is nested too deeply") from None
    except MemoryError:
        raise ParseError("could not parse the feed: it is too large to process") from None
    except Exception as exc:  # feedparser raises anything (UnicodeEncodeError on &#xD800;...)
        raise ParseError(f"could not parse the feed ({type(exc).__name__})") from None


# --- "is this a feed at all" -------------------------------------------------------------

_CHALLENGE_MARKERS = (
    b"cf-chl",
    b"challenge-platform",
    b"just a moment...",
    b"attention required",
    b"captcha",
    b"ddos-guard",
    b"checking your browser",
    b"enable javascript and cookies",
)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf|channel)[\s>]", re.I)


def _text_head(body: bytes, size: int = 4096) -> bytes:
    """The start of the body as ASCII-compatible bytes (UTF-16/32 decoded) for sniffing."""
    head = body[: size * 4]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:4]:
        for encoding in ("utf-32", "utf-16", "utf-16-le", "utf-16-be"):
            try:
                return head.decode(encoding).encode("utf-8")[:size]
            except UnicodeError:
                continue
    return head[:size].removeprefix(b"\xef\xbb\xbf")


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_DECLARED_ENCODING = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])[^\"']*", re.I)


def _utf8_from_bom(body: bytes, headers: Mapping[str, str]) -> tuple[bytes, Mapping[str, str]]:
    """A UTF-16/32 document with a byte order mark, as UTF-8 saying so (HARDENING 15).

    The mark decides the encoding (XML 1.0, appendix F); feedparser reads such a document
    as UTF-8 unless a declaration repeats it, and then finds no feed at all.
    """
    for bom, encoding in _WIDE_BOMS:
        if body.startswith(bom):
            text = _DECLARED_ENCODING.sub(r"\g<1>utf-8", body[len(bom):].decode(encoding, "replace"), count=1)
            content_type = headers.get("content-type")
            if content_type is not None:
                bare = re.sub(r";\s*charset\s*=[^;]*", "", content_type, flags=re.I)
                headers = {**headers, "content-type": f"{bare}; charset=utf-8"}
            return text.encode("utf-8"), headers
    return body, headers


def _reject_non_feeds(body: bytes, headers: Mapping[str, str]) -> None:
    head = _text_head(body)
    stripped = head.strip()
    if not stripped:
        raise NotAFeed("not a feed: the server sent an empty response")
    if stripped[:1] in (b"{", b"[") and "xml" not in headers.get("content-type", ""):
        try:
            json.loads(body)
        except (ValueError, UnicodeError):
            pass
        else:
            raise NotAFeed("not a feed: the server sent JSON")
        if stripped[:1] == b"{":
            raise NotAFeed("not a feed: the server sent JSON")
    if _HTML_START.match(head) and not _FEED_ROOT.search(head):
        raise _html_error(body)


def _html_error(body: bytes) -> NotAFeed:
    lowered = body[:65536].lower()
    if any(marker in lowered for marker in _CHALLENGE_MARKERS):
        return NotAFeed("not a feed: the server sent a bot-check (challenge) page")
    return NotAFeed("not a feed: the server sent an HTML page")


def _reject_html_results(raw: Any, body: bytes, headers: Mapping[str, str]) -> None:
    if raw.get("entries") or raw.get("version"):
        return
    if raw.get("bozo") and (
        "html" in headers.get("content-type", "") or b"<html" in body[:65536].lower()
    ):
        raise _html_error(body)
    if not raw.get("feed"):
        raise NotAFeed("not a feed: the response is not RSS, Atom or RDF")


# --- item window: never parse more items than the limit can keep -------------------------

ITEM_WINDOW_MIN_BYTES = 256_000
"""Smaller documents go to the parser whole: scanning them would cost more than it saves."""
_ITEM_TOKEN = re.compile(rb"<(?:!\[CDATA\[|!--|(/?)(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s/>]))")


def window_items(body: bytes, limit: int) -> bytes:
    """The document with only its first and last `limit` items (RSS <item>, Atom <entry>).

    Parsers build every item before the limit applies, so a huge feed would cost time and
    memory in proportion to items that are then thrown away. The newest items sit at the top
    of nearly every feed and at the bottom of the rest, and the story builder keeps the newest
    `limit` of what it gets, so the middle can go. Only whole top-level items are dropped (CDATA and comments skipped),
    with whatever else sat between them kept, so a well-formed document stays well-formed.
    """
    if len(body) < ITEM_WINDOW_MIN_BYTES:
        return body
    keep = max(limit, 1)
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    pos = _prolog_end(body[: MAX_PROLOG + 1])
    while True:
        match = _ITEM_TOKEN.search(body, pos)
        if match is None:
            break
        opener = body[match.start() + 1 : match.start() + 4]
        if opener in (b"![C", b"!--"):
            close = body.find(b"]]>" if opener == b"![C" else b"-->", match.end())
            if close < 0:
                break  # unterminated: the parser will call it broken; cut nothing past here
            pos = close + 3
            continue
        end = body.find(b">", match.end())
        if end < 0:
            break
        pos = end + 1
        if match.group(1):  # an end tag
            depth -= 1
            if depth == 0:
                spans.append((start, pos))
            depth = max(depth, 0)
        elif body[end - 1 : end] != b"/":
            if depth == 0:
                start = match.start()
            depth += 1
        elif depth == 0:
            spans.append((match.start(), pos))  # <item/>
    if len(spans) <= 2 * keep:
        return body
    head_end, tail_start = spans[keep - 1][1], spans[-keep][0]
    # What lay between the dropped items (other channel elements, whitespace) stays.
    between = [body[spans[i][1] : spans[i + 1][0]] for i in range(keep - 1, len(spans) - keep)]
    kept_between = b"".join(part for part in between if part.strip())
    return b"".join((body[:head_end], kept_between, body[tail_start:]))


# --- entity expansion guard (billion laughs, quadratic blow-up, XXE) ----------------------

_ENTITY_DECL = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s>]+)\s*(SYSTEM|PUBLIC|\"([^\"]*)\"|'([^']*)')?", re.I)
_SAFE_VALUE = re.compile(rb"^(?:&#\w+;|[^&%]*)$")


def _guard_entities(body: bytes) -> None:
    """Refuse documents whose DTD declares external, nested or explosive entities."""
    head = _text_head(body, MAX_PROLOG + 1)
    if b"<!entity" not in head.lower():
        return
    prolog = head[: _prolog_end(head)]
    if b"<!entity" not in prolog.lower():
        return
    if len(prolog) > MAX_PROLOG:
        raise ParseError("refused the feed: its document type declaration is too large")
    expansion = 0
    for decl in _ENTITY_DECL.finditer(prolog):
        parameter, name, kind, dq_value, sq_value = decl.groups()
        value = dq_value if dq_value is not None else sq_value
        if parameter or kind is None or value is None:
            raise ParseError("refused the feed: it declares external or parameter XML entities")
        if not _SAFE_VALUE.match(value):
            raise ParseError("refused the feed: it declares nested XML entities (entity expansion attack)")
        expansion += len(value) * body.count(b"&" + name + b";")
        if expansion > MAX_ENTITY_EXPANSION:
            raise ParseError("refused the feed: its XML entities expand too far (entity expansion attack)")


_SURROGATE_REF = re.compile(
    rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9]\d\d|56\d\d\d|57[0-2]\d\d|573[0-3]\d|5734[0-3]));"
)


def _replace_surrogate_refs(body: bytes) -> bytes:
    """`&#xD800;` makes feedparser 6 raise mid-parse; a replacement char keeps the feed."""
    if b"&#" not in body:
        return body
    return _SURROGATE_REF.sub(b"&#xFFFD;", body)


def _prolog_end(head: bytes) -> int:
    """Offset of the root element, skipping comments, PIs and the whole DOCTYPE (quotes too)."""
    i, n = 0, len(head)
    while i < n:
        j = head.find(b"<", i)
        if j < 0:
            return n
        if head.startswith(b"<!--", j):
            k = head.find(b"-->", j + 4)
            i = n if k < 0 else k + 3
        elif head.startswith(b"<?", j):
            k = head.find(b"?>", j + 2)
            i = n if k < 0 else k + 2
        elif head[j + 1 : j + 9].upper() == b"!DOCTYPE":
            i = _doctype_end(head, j + 9)
        elif j + 1 < n and (head[j + 1] >= 0x80 or chr(head[j + 1]).isalpha() or head[j + 1] == 0x5F):
            return j
        else:
            i = j + 1
    return n


def _doctype_end(head: bytes, i: int) -> int:
    # A '<a' or '>' inside a quoted entity value must not end the DOCTYPE early, or the
    # declarations after it would escape the guard.
    n, quote, depth = len(head), 0, 0
    while i < n:
        c = head[i]
        if quote:
            if c == quote:
                quote = 0
        elif head.startswith(b"<!--", i):
            k = head.find(b"-->", i + 4)
            if k < 0:
                return n
            i = k + 3
            continue
        elif c in (0x22, 0x27):
            quote = c
        elif c == 0x5B:
            depth += 1
        elif c == 0x5D:
            depth = max(depth - 1, 0)
        elif c == 0x3E and depth == 0:
            return i + 1
        i += 1
    return n


# --- parsers ------------------------------------------------------------------------------


def parse_with_feedparser(body: bytes, headers: Mapping[str, str], feed: Feed) -> Any:
    """feedparser, which takes any document: the last parser of the chain."""
    import feedparser  # imported here: a slow import that only polling needs
    import feedparser.api

    # Only expat (never a libxml2 binding that might load DTDs); external general entities
    # stay off (feedparser sets that); a file object so feedparser never opens a path or URL.
    feedparser.api.PREFERRED_XML_PARSERS = []
    # No content-location on purpose: with a base URI feedparser joins URLs on every start
    # tag, a large share of its time; relative links are resolved by safe_link in _build instead.
    response_headers = {
        key: headers[key] for key in ("content-type", "content-language") if key in headers
    }
    return feedparser.parse(
        io.BytesIO(body),
        response_headers=response_headers,
        # We turn HTML into plain text ourselves; feedparser's sanitiser and URI rewriting
        # would only cost time on HTML we then flatten.
        sanitize_html=False,
        resolve_relative_uris=False,
    )


class Declined(Exception):
    """A parser will not vouch for this document; the next parser of the chain parses it instead."""


RS_MAX_ENTRIES = 10_000
"""feedparser_rs's default ParserLimits.max_entries."""
_UTF8_LABELS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([^\"']+)", re.I)
_C1_CHARS = re.compile(rb"\xc2[\x80-\x9f]")
_C1_REFS = re.compile(rb"&#(?:0*(?:12[89]|1[3-5]\d)|[xX]0*[89][0-9a-fA-F]);")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.I)


def _fast_path_fits(body: bytes, headers: Mapping[str, str]) -> bool:
    """True for plain UTF-8 documents, the only ones feedparser_rs decodes as feedparser does.

    feedparser_rs ignores the HTTP charset and guesses differently on odd encodings, so
    anything but declared-or-implied UTF-8 goes to feedparser (rare in practice).
    """
    charset = _CHARSET.search(headers.get("content-type", ""))
    if charset and charset.group(1).lower() not in _UTF8_LABELS:
        return False
    declared = _XML_ENCODING.match(body[:512].removeprefix(b"\xef\xbb\xbf"))
    if declared and declared.group(1).lower().decode("ascii", "replace") not in _UTF8_LABELS:
        return False
    if b"xml:base" in body or b"base64" in body or b"<!DOCTYPE" in body[:MAX_PROLOG]:
        # feedparser resolves links against xml:base (and the link policy then refuses a
        # file: base), decodes Atom's base64 mode and expands (guarded) internal entities;
        # feedparser_rs does none of these.
        return False
    # Two searches, each skipping ahead to its literal first bytes: one alternation without a
    # common start tried every position of the body (most of the time of a feed's checks).
    if _C1_CHARS.search(body) or _C1_REFS.search(body):
        # Windows-1252 code points smuggled in as C1 characters: feedparser maps them to the
        # intended punctuation, feedparser_rs keeps controls that the sanitiser then drops.
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def parse_with_feedparser_rs(body: bytes, headers: Mapping[str, str], feed: Feed) -> Any:
    """feedparser_rs (Rust, much faster) for well-formed UTF-8 feeds; declines anything else."""
    if not _fast_path_fits(body, headers):
        raise Declined("not plain UTF-8")
    return feedparser_rs_parse(body, strict=True)


def feedparser_rs_parse(body: bytes, *, strict: bool) -> dict[str, Any]:
    """Parse with feedparser_rs into the feedparser-shaped dicts `_build` reads.

    With `strict`, declines (raises Declined) wherever the corpus comparison showed feedparser
    does better: bozo documents, no version, no entries, XHTML titles, undated entries. Without
    it (tests of the sanitising guarantees) every result is handed on as it came.
    """
    try:
        import feedparser_rs
    except ImportError:
        raise Declined("feedparser_rs is not installed") from None
    try:
        # Always bytes: given a str that looks like a URL, feedparser_rs would fetch it.
        raw = feedparser_rs.parse(bytes(body), sanitize_html=False, resolve_relative_uris=False)
        return _from_rs(raw, strict)
    except Declined:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a Rust panic arrives as a BaseException subclass
        raise Declined(f"feedparser_rs failed ({type(exc).__name__})") from None


def _unescape_text(value: Any, kind: str) -> str:
    """feedparser hands out RSS text with entities decoded; feedparser_rs keeps them."""
    text = value if isinstance(value, str) else ""
    if "&" in text and "<" not in text and "html" in kind:
        return html.unescape(text)
    return text


def _from_rs(raw: Any, strict: bool) -> dict[str, Any]:
    if strict and (raw.bozo or not raw.version or not raw.entries):
        raise Declined("feedparser_rs was not sure of the document")
    if strict and len(raw.entries) >= RS_MAX_ENTRIES:
        # feedparser_rs stops at its entry limit without a word; the newest may lie beyond.
        raise Declined("more entries than feedparser_rs reads")
    meta = raw.feed
    entries = []
    for entry in raw.entries or ():
        detail = entry.title_detail
        kind = (detail.type or "") if detail is not None else ""
        if strict and "xhtml" in kind:
            raise Declined("inline XHTML title")  # feedparser keeps its escaped markup
        if strict and not entry.link and any(link.href == "" for link in entry.links or ()):
            # feedparser_rs blanks links to loopback and private addresses; whether such a
            # link may be opened is warfeed's policy (sanitize, fetch), so feedparser decides.
            raise Declined("a link feedparser_rs blanked")
        # Read once each: every read builds the time tuple anew.
        published_parsed, updated_parsed = entry.published_parsed, entry.updated_parsed
        if strict and published_parsed is None and updated_parsed is None:
            # Dates in a namespace feedparser_rs does not map (dc:date in RSS 1.0 modules...).
            raise Declined("an entry without a date")
        entries.append({
            "id": entry.id,
            "link": entry.link,
            "title": _unescape_text(entry.title, kind),
            "title_detail": {"type": kind},
            "summary": entry.summary,
            "content": [{"value": part.value} for part in entry.content or ()],
            "published": entry.published,
            "updated": entry.updated,
            "published_parsed": published_parsed,
            "updated_parsed": updated_parsed,
            "author": entry.author,
            "tags": [{"term": tag.term, "label": tag.label} for tag in entry.tags or ()],
        })
    channel: dict[str, Any] = {}
    if raw.version:
        # Without a version feedparser_rs still fills in "untitled"; feedparser leaves the
        # channel empty, which is how "not a feed" is recognised.
        feed_detail = meta.get("title_detail")
        feed_kind = (feed_detail.type or "") if feed_detail is not None else ""
        channel = {"title": _unescape_text(meta.get("title"), feed_kind), "ttl": meta.get("ttl")}
    return {
        "version": raw.version,
        "bozo": bool(raw.bozo),
        "bozo_exception": raw.bozo_exception,
        "feed": channel,
        "entries": entries,
    }


PARSERS: tuple[Parser, ...] = (parse_with_feedparser_rs, parse_with_feedparser)
"""The default chain, tried in order: a parser raising Declined hands the document to the next."""


def _run_parsers(parsers: Sequence[Parser], body: bytes, headers: Mapping[str, str], feed: Feed) -> Any:
    for parser in parsers[:-1]:
        try:
            raw = parser(body, headers, feed)
        except Declined:
            continue
        _reject_truncated(raw)
        return raw
    raw = parsers[-1](body, headers, feed)
    _reject_truncated(raw)
    return raw


def _reject_truncated(raw: Any) -> None:
    # A cut-off download still parses loosely into a few items; treating it as good would
    # let the poller store its validators and retention drop stories that were only cut off.
    exc = raw.get("bozo_exception")
    message = str(exc).lower() if exc is not None else ""
    cut_off = ("no element found", "unclosed token", "truncated or has unclosed")  # expat, rs
    if raw.get("bozo") and any(words in message for words in cut_off):
        raise ParseError("the feed is truncated (the download ended mid-document)")


# --- building stories ---------------------------------------------------------------------


def _epoch(struct: Any, now: float) -> float | None:
    if not struct:
        return None
    try:
        value = float(calendar.timegm(tuple(struct)[:6] + (0, 0, 0)))
    except (TypeError, ValueError, OverflowError):
        return None
    return min(max(value, EARLIEST), now + FUTURE_SLACK)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _story_key(entry: Any, index: int) -> str:
    key = _text(entry.get("id")).strip()
    if key:
        return key
    # An item known only by its link stays one story when the feed changes its tracking parameters.
    link = without_tracking(_text(entry.get("link")).strip())
    if link:
        return link
    parts = (
        _text(entry.get("title")),
        _text(entry.get("published") or entry.get("updated")),
        _text(entry.get("summary")),
    )
    if any(parts):
        return "\n".join(parts)
    # Nothing identifies the item: its position is the only stable thing left.
    return f"#position-{index}"


def _title(entry: Any) -> str:
    title = _text(entry.get("title"))
    detail = entry.get("title_detail") or {}
    if ("<" in title or "&" in title) and "html" in _text(detail.get("type")):
        # HTML-typed titles may carry entities without any tag ("Q&amp;A", "&#38;").
        title = html_to_text(title, limit=TITLE_LIMIT * 4)
    return clean_line(title, limit=TITLE_LIMIT)


def _content(entry: Any) -> str:
    chunks = [
        _text(part.get("value")) for part in entry.get("content") or () if isinstance(part, Mapping)
    ]
    return html_to_text("\n".join(c for c in chunks if c), limit=CONTENT_LIMIT) if chunks else ""


def _tags(entry: Any) -> list[str]:
    tags: list[str] = []
    for tag in entry.get("tags") or ():
        if not isinstance(tag, Mapping):
            continue
        term = clean_line(tag.get("term") or tag.get("label"), limit=TAG_LIMIT)
        if term and term not in tags:
            tags.append(term)
            if len(tags) >= MAX_TAGS:
                break
    return tags


def _ttl(raw_feed: Any) -> int | None:
    try:
        minutes = int(str(raw_feed.get("ttl", "")).strip())
    except ValueError:
        return None
    return min(minutes * 60, MAX_TTL) if minutes > 0 else None


def _build(raw: Any, feed: Feed, now: float, base: str) -> ParsedFeed:
    raw_feed = raw.get("feed") or {}
    own_title = clean_line(_text(raw_feed.get("title")), limit=TITLE_LIMIT)
    source = clean_line(feed.title, limit=TITLE_LIMIT) or own_title or _host(feed.url)
    seen: set[str] = set()
    stories: list[Story] = []
    for index, entry in enumerate(raw.get("entries") or ()):
        digest = hashlib.sha1(_story_key(entry, index).encode("utf-8", "surrogatepass")).hexdigest()
        story_id = f"{feed.id}:{digest[:16]}"
        if story_id in seen:
            continue  # the first occurrence wins: feeds list the newest version first
        seen.add(story_id)
        published = _epoch(entry.get("published_parsed"), now)
        updated = _epoch(entry.get("updated_parsed"), now)
        if published is None:
            # Atom often carries only <updated>: that is the publication time we have.
            published, updated = (updated if updated is not None else now), None
        elif updated == published:
            updated = None
        content = _content(entry)
        summary_html = _text(entry.get("summary"))
        if not content and len(summary_html) > SUMMARY_LIMIT:
            # A feed carrying its full text in the description: kept whole, as the content.
            content = html_to_text(summary_html, limit=CONTENT_LIMIT)
            summary = clean_text(content, limit=SUMMARY_LIMIT)
        else:
            summary = (
                html_to_text(summary_html, limit=SUMMARY_LIMIT)
                if summary_html
                else clean_text(content, limit=SUMMARY_LIMIT)
            )
        stories.append(
            Story(
                id=story_id,
                feed_id=feed.id,
                source=source,
                side=feed.side,
                title=_title(entry),
                link=safe_link(_text(entry.get("link")), base=base),
                published=published,
                updated=updated,
                summary=summary,
                content=content if content != summary else "",
                author=clean_line(_text(entry.get("author")), limit=AUTHOR_LIMIT),
                tags=_tags(entry),
                fetched_at=now,
            )
        )
    if len(stories) > feed.item_limit:
        stories.sort(key=lambda story: story.published, reverse=True)
        stories = stories[: max(feed.item_limit, 0)]
    newest = max((story.published for story in stories), default=None)
    return ParsedFeed(title=own_title, stories=stories, ttl=_ttl(raw_feed), newest=newest)


def _host(url: str) -> str:
    try:
        return clean_line(urllib.parse.urlsplit(url).hostname or "", limit=TITLE_LIMIT)
    except ValueError:
        return ""
