"""OPML 2.0 subscription lists: a safe import (unsafe entries skipped) and an export."""

from __future__ import annotations

import xml.parsers.expat
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tui.core.config import slugify
from tui.core.models import SIDES, Feed
from tui.core.outlets import guess_side
from tui.core.sanitize import clean_line
from tui.core.urls import feed_url_problem, normalize_feed_url

TITLE_LIMIT = 200
TAG_LIMIT = 60

MAX_OPML_BYTES = 5_000_000
MAX_DEPTH = 64
MAX_OUTLINES = 20_000


class OpmlError(Exception):
    """An OPML document that cannot be read at all (one sentence)."""


@dataclass(slots=True)
class OpmlImport:
    """Feeds found in an OPML document, plus one warning per skipped entry."""

    feeds: list[Feed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Refused(Exception):
    pass


def unsafe_reason(url: str) -> str | None:
    """Why a subscription URL must not be imported (one clause), or None: the one feed-URL check."""
    return feed_url_problem(url)


def parse_opml(data: bytes, *, taken_ids: set[str] | None = None) -> OpmlImport:
    """Feeds of an OPML document: nested outlines, categories -> tags, an optional `side`."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"The OPML file is larger than {MAX_OPML_BYTES // 1_000_000} MB.")
    result = OpmlImport()
    taken = set(taken_ids or ())
    seen_urls: set[str] = set()
    stack: list[list[str]] = []  # tags inherited from enclosing folders
    count = 0
    saw_root = False

    def refuse_entities(*_args) -> None:
        # Entity declarations are how billion-laughs and XXE start; OPML never needs them.
        raise _Refused("it declares XML entities, which warfeed does not accept")

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count, saw_root
        if not saw_root:
            if name != "opml":
                raise _Refused("its root element is not <opml>")
            saw_root = True
        if name != "outline":
            return
        count += 1
        if count > MAX_OUTLINES or len(stack) >= MAX_DEPTH:
            raise _Refused("it nests or lists more outlines than warfeed accepts")
        # OPML text is outside text: cleaned here, once, before it is shown or saved.
        label = clean_line(attrs.get("title") or attrs.get("text") or "", limit=TITLE_LIMIT)
        folder_tags = [t for tags in stack for t in tags]
        own_tags = _categories(attrs.get("category", ""))
        url = attrs.get("xmlUrl")
        if url is None:
            # A folder: its name becomes a tag of every feed inside it.
            stack.append([label[:TAG_LIMIT]] if label else [])
            return
        stack.append([])
        name = label or clean_line(url, limit=100)
        reason = feed_url_problem(url)
        if reason:
            result.warnings.append(f"Skipped {name!r}: {reason}.")
            return
        url = normalize_feed_url(url)
        if url in seen_urls:
            result.warnings.append(f"Skipped {name!r}: its URL is listed earlier in this file.")
            return
        seen_urls.add(url)
        side = clean_line(attrs.get("side") or attrs.get("warfeedSide") or "", limit=40)
        guessed = guess_side(url)  # a known outlet's side when the file names none
        if side and side not in SIDES:
            result.warnings.append(f"Feed {name!r} has unknown side {side!r}; using {guessed}.")
        feed_id = slugify(label or (urlsplit(url).hostname or "feed"), taken)
        taken.add(feed_id)
        tags = list(dict.fromkeys(t for t in folder_tags + own_tags if t))
        result.feeds.append(
            Feed(feed_id, url, label, side if side in SIDES else guessed, tags)
        )

    def end(name: str) -> None:
        if name == "outline" and stack:
            stack.pop()

    parser = xml.parsers.expat.ParserCreate()
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = refuse_entities
    parser.ExternalEntityRefHandler = lambda *a: 0
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise OpmlError(f"The OPML file cannot be imported: {exc}.") from None
    except xml.parsers.expat.ExpatError as exc:
        raise OpmlError(f"The OPML file is not well-formed XML (line {exc.lineno}).") from None
    if not saw_root:
        raise OpmlError("The OPML file is empty.")
    return result


def _categories(value: str) -> list[str]:
    # OPML 2.0: comma-separated; each may be a slash path like "/War/Analysis".
    tags: list[str] = []
    for item in value.split(","):
        for part in item.strip().split("/"):
            part = clean_line(part, limit=TAG_LIMIT)
            if part:
                tags.append(part)
    return tags


def export_opml(feeds: list[Feed], *, title: str = "warfeed subscriptions") -> str:
    """An OPML 2.0 document listing `feeds` (side and tags kept, so import restores them)."""
    # Imported here: xml.sax.saxutils brings urllib.request (http.client, email) to start-up.
    from xml.sax.saxutils import quoteattr

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_text(title)}</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = [
            ("type", "rss"),
            ("text", feed.title or feed.id),
            ("title", feed.title or feed.id),
            ("xmlUrl", feed.url),
            ("side", feed.side),
        ]
        if feed.tags:
            attrs.append(("category", ",".join(t.replace(",", " ") for t in feed.tags)))
        rendered = " ".join(f"{k}={quoteattr(_xml_safe(v))}" for k, v in attrs)
        lines.append(f"    <outline {rendered}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _xml_safe(value: str) -> str:
    # XML 1.0 cannot carry most C0 controls at all, even escaped.
    return "".join(c for c in value if c >= " " or c in "\t\n")


def _text(value: str) -> str:
    value = _xml_safe(value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
