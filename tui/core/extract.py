"""Article page -> readable Markdown with metadata (what the reader pane and `warfeed extract` show)."""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from tui.core.models import Article
from tui.core.sanitize import clean_line, clean_text, html_to_text, safe_link

MAX_PAGE_BYTES = 5_000_000
"""Pages are cut to this size before parsing: real articles are far smaller."""
MAX_TEXT_CHARS = 200_000
MAX_ATTRIBUTES = 64
"""Attributes kept per tag: trafilatura, justext and htmldate walk a tag's attributes once per
attribute they look at, so their time grows with the square of the count."""
MAX_ELEMENTS = 20_000
"""Pages with more tags than this skip trafilatura for the plain-text reading: its time grows
faster than the tag count, and a thread past its deadline cannot be stopped. Real article pages
hold a few thousand."""
EXTRACT_SECONDS = 10.0
"""Beyond this, trafilatura's result is abandoned and the plain-text fallback is used."""

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# Markdown links and images; the target may be bare or in angle brackets (spaces, parens).
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,2000})\]\((<[^<>\n]{0,4096}>|[^()\s]{0,4096})\)")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


class ExtractError(Exception):
    """An article that could not be fetched or read (the message is one sentence)."""


def extract_article(html: bytes | str, url: str, *, now: float | None = None,
                    timeout: float = EXTRACT_SECONDS) -> Article:
    """Readable Markdown and metadata of an article page (sync and CPU-bound: call in a worker)."""
    fetched_at = time.time() if now is None else now
    if isinstance(html, str):
        html = html.encode("utf-8", "surrogatepass")
    page = tame_markup(html[:MAX_PAGE_BYTES])
    base = safe_link(url) or None
    crowded = len(_ELEMENT.findall(page)) > MAX_ELEMENTS
    result = None if crowded else _run_with_deadline(_trafilatura, (page, base or ""), timeout)
    if result is None:
        # Too many tags, timed out or failed (hostile nesting, giant text node, parser
        # trouble): plain text of the whole page is still more useful than nothing.
        text = html_to_text(_decode(page), limit=MAX_TEXT_CHARS)
        return Article(url=base or "", text=_escape_markdown_lines(text), fetched_at=fetched_at,
                       site=_host(base))
    meta, markdown = result
    return Article(
        url=base or "",
        title=clean_line(meta.get("title") or "", limit=300),
        author=clean_line(meta.get("author") or "", limit=200),
        published=_parse_date(meta.get("date")),
        updated=None,
        site=clean_line(meta.get("sitename") or "", limit=100) or _host(base),
        text=clean_text(_safe_links(markdown, base), limit=MAX_TEXT_CHARS),
        fetched_at=fetched_at,
    )


async def fetch_article(fetcher: Any, url: str, *, allow_private: bool = False) -> Article:
    """Fetch an article page through the shared Fetcher and extract it off the event loop."""
    import asyncio

    target = safe_link(url)
    if not target:
        raise ExtractError(f"Refusing to open {clean_line(url, limit=100)!r}: only http(s) links are allowed.")
    result = await fetcher.fetch(target, allow_private=allow_private)
    if result.error:
        raise ExtractError(_sentence(result.error))
    content_type = result.headers.get("content-type", result.headers.get("Content-Type", ""))
    if content_type and not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        raise ExtractError(f"{result.final_url} is not a web page ({content_type.split(';')[0]}).")
    if not result.body.strip():
        raise ExtractError(f"{result.final_url} answered with an empty page.")
    return await asyncio.to_thread(extract_article, result.body, result.final_url)


# One attribute as HTML tokenises it: a name up to space, '/', '>' or '=', then an optional
# quoted or bare value (quoted values may hold '<' and '>'). Possessive: no backtracking.
_ATTRIBUTE = rb"""[\s/]*+[^\s=/>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
_ONE_ATTRIBUTE = re.compile(rb"""[\s/]*+([^\s=/>]++)(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+""")
_ELEMENT = re.compile(rb"<[A-Za-z]")
_CROWDED_TAG = re.compile(rb"(<[A-Za-z][^\s/>]*+(?:%s){%d})(?:%s)++" % (_ATTRIBUTE, MAX_ATTRIBUTES, _ATTRIBUTE))
_TAG_ATTRIBUTES = re.compile(rb"(<[A-Za-z][^\s/>]*+)((?:%s)++)" % _ATTRIBUTE)
READ_ATTRIBUTES = frozenset(
    b"class id name role style title lang hreflang href rel src alt type content property "
    b"itemprop itemscope itemtype datetime pubdate http-equiv charset hidden aria-hidden "
    b"aria-label colspan rowspan data-component data-testid data-utime "
    b"data-lp-replacement-content".split()
)
"""Attributes the extraction reads (boilerplate classes, links, metadata, dates); the rest
(data-*, event handlers, tracking) only cost time: the date search scans the serialised page."""


def tame_markup(page: bytes) -> bytes:
    """The page with every tag cut to its first MAX_ATTRIBUTES attributes and stripped of the
    attributes extraction never reads (linear passes).

    The extraction's cost grows with the square of a tag's attribute count and with the page's
    size, and a deadline only stops the wait, never a thread: the work itself has to be bounded
    before parsing.
    """
    return _TAG_ATTRIBUTES.sub(_read_attributes, _CROWDED_TAG.sub(rb"\1", page))


def _read_attributes(tag: re.Match[bytes]) -> bytes:
    attributes = tag.group(2)
    kept = [a.group() for a in _ONE_ATTRIBUTE.finditer(attributes) if a.group(1).lower() in READ_ATTRIBUTES]
    return tag.group(1) + b"".join(kept)


def _trafilatura(page: bytes, url: str) -> tuple[dict[str, Any], str] | None:
    import trafilatura
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        page,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_links=True,
        include_formatting=True,
        include_tables=True,
        # htmldate gives the day only by default; the reader wants the time too.
        date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True,
                                "extensive_search": True},
    )
    if document is None or document.body is None:
        return None
    # xmltotxt with formatting is what trafilatura's output_format="markdown" renders.
    markdown = xmltotxt(document.body, True) or ""
    if not markdown.strip():
        return None
    meta = {"title": document.title, "author": document.author, "date": document.date,
            "sitename": document.sitename}
    return meta, markdown


def _run_with_deadline(func, args: tuple, timeout: float):
    """func(*args) in a helper thread; None if it fails or outlives `timeout`."""
    if timeout <= 0:
        return None  # no time at all: don't race a thread that might just finish
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = func(*args)
        except (Exception, RecursionError):  # hostile pages: any failure means "fall back"
            box["value"] = None

    # A daemon thread: a runaway extraction cannot be killed, but it must not block exit.
    worker = threading.Thread(target=target, name="warfeed-extract", daemon=True)
    worker.start()
    worker.join(timeout)
    return box.get("value")


def _safe_links(markdown: str, base: str | None) -> str:
    """Keep only http(s) link targets (absolute); other links become their text, images go."""

    def replace(match: re.Match[str]) -> str:
        bang, label, target = match.groups()
        if bang:
            return label
        if target.startswith("<") and target.endswith(">"):
            target = target[1:-1]
        link = safe_link(target, base)
        return f"[{label}]({link})" if link else label

    return _MD_LINK.sub(replace, markdown)


def _escape_markdown_lines(text: str) -> str:
    # Plain text shown through a Markdown viewer: escape brackets so no link is invented.
    return text.replace("[", "\\[").replace("]", "\\]")


def _decode(page: bytes) -> str:
    match = _CHARSET.search(page[:4096])
    for encoding in ((match.group(1).decode("ascii"),) if match else ()) + ("utf-8",):
        try:
            return page.decode(encoding, errors="replace")
        except LookupError:
            continue
    return page.decode("utf-8", errors="replace")


def _parse_date(value: str | None) -> float | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        stamp = parsed.timestamp()
        # A page claiming year 1 or 9999 is noise, not a date.
        return stamp if 631_152_000 <= stamp <= time.time() + 86_400 else None
    return None


def _host(url: str | None) -> str:
    return (urlsplit(url).hostname or "") if url else ""


def _sentence(error: str) -> str:
    error = error.strip() or "the article could not be fetched"
    error = error[0].upper() + error[1:]
    return error if error.endswith((".", "!", "?")) else error + "."
