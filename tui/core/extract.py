"""Article page -> readable Markdown with metadata (what the reader pane and `warfeed extract` show).

The page is bounded before parsing (size, attributes, tag count), read by trafilatura in a thread
under a deadline, and cleared of the furniture outlets wrap around an article; when trafilatura
fails or is not safe to run, the page's plain text is used instead.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tui.core.models import Article
from tui.core.sanitize import clean_line, clean_text, html_to_text, safe_link

if TYPE_CHECKING:
    from tui.core.fetch import Fetcher

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
    result = None if crowded else _run_with_deadline(trafilatura_markdown, (page, base or ""), timeout)
    if result is None:
        # Too many tags, timed out or failed (hostile nesting, giant text node, parser
        # trouble): plain text of the whole page is still more useful than nothing.
        text = strip_boilerplate(html_to_text(_decode(page), limit=MAX_TEXT_CHARS))
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


async def fetch_article(fetcher: Fetcher, url: str, *, allow_private: bool = False) -> Article:
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


def trafilatura_markdown(page: bytes, url: str) -> tuple[dict[str, str | None], str] | None:
    """trafilatura's reading of a page: its raw metadata and the article as Markdown with the
    outlets' furniture dropped, or None. Unbounded: extract_article tames the page and sets
    a deadline first."""
    import trafilatura
    from trafilatura.utils import load_html
    from trafilatura.xml import xmltotxt

    tree = load_html(page)
    if tree is None:
        return None
    _drop_boilerplate_elements(tree)
    document = trafilatura.bare_extraction(
        tree,
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
    return meta, strip_boilerplate(markdown, title=document.title or "")


# --- boilerplate: what outlets wrap around an article --------------------------------------

_BOILERPLATE_CLASSES = frozenset(
    "share sharing sharebar social newsletter newsletters subscribe subscription subscriptions "
    "membership member members donate donation donations donates paywall promo signup "
    "related recommended recommendations readalso support patron patreon sponsor sponsored "
    "advert advertisement ads adv credit credits".split()
)
"""Words of a class or id that mark an element as outlet furniture, not article text."""
_NEVER_DROPPED = frozenset({"html", "body", "main", "article"})
"""Their classes often carry site-wide flags ("membership-page"); the article lives inside."""
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _class_words(value: str) -> set[str]:
    """'post_news-share SubscribeBlock' -> {'post', 'news', 'share', 'subscribe', 'block'}."""
    return {word.lower() for word in _CLASS_WORD.findall(value)}


def _drop_boilerplate_elements(tree: Any) -> None:
    """Remove share bars, sign-up, membership and related-link blocks by their class or id.

    An element that holds half of the page's text is kept whatever its class says: it is the
    article, or a wrapper around it.
    """
    body_text = len(tree.text_content() or "")
    doomed = []
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _NEVER_DROPPED:
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('data-component') or ''}"
        if marks.strip() and not _class_words(marks).isdisjoint(_BOILERPLATE_CLASSES):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is None:
            continue  # already gone with an ancestor
        if len(element.text_content() or "") * 2 > body_text:
            continue
        long_paragraphs = sum(len(p.text_content() or "") > SHORT_LINE for p in element.iter("p"))
        if long_paragraphs >= 2:
            continue  # furniture is short: this is article text under an odd class
        element.drop_tree()


_LEAD_INS = (
    "read also|read more|see also|related|more on this|more on the topic|also read|"
    "читайте також|читайте тако?ж|читати також|дивіться також|також читайте|"
    "читайте также|читать также|смотрите также|также читайте|по теме|еще по теме|ещё по теме"
)
_PROMPT = re.compile(rf"^(?:{_LEAD_INS})\b\s*[:.—–-]?", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(
    r"\b(?:become an? (?:member|patron|subscriber)|gift (?:a|the) membership"
    r"|join (?:\d[\d,.]*\+? |thousands of |our )(?:\w+ ){0,2}(?:members|readers|subscribers)"
    r"|(?:^|[.!:]\s|please |and )(?:subscribe|sign up) (?:to|for|now)|follow us\b|support (?:our|us|independent)"
    r"|donate (?:now|to us|today)|this audio is (?:created|generated)|listen to this article"
    r"|підпи(?:шіться|суйтесь)|підтримайте|станьте (?:нашим|членом|патроном|підписником)"
    r"|приєднуйтесь|стежте за нами|слідкуйте за нами"
    r"|подпи(?:шитесь|сывайтесь)|поддержите|оформите (?:ежемесячное )?пожертвование"
    r"|присоединяйтесь|следите за нами|станьте (?:нашим|патроном|подписчиком))",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:photo|photos|image|video|illustration|фото|відео|видео|ілюстрація|иллюстрация)"
    r"(?:\s+by\b|\s*[:—–-])|\((?:photo:?\s*)?[^()\n]{2,80} / [^()\n]{2,60}\)$",
    re.IGNORECASE,
)
_CAPITAL = "A-ZА-ЯІЇЄҐЁ"
_BYLINE_NAMES = re.compile(
    rf"^(?:[Bb]y|[Вв]ід|[Оо]т)\s+[{_CAPITAL}][\w'’.-]*+(?:\s+[\w'’.&-]++){{0,3}}+\s*+(?:[,|·—–-].*)?(?<![.!?])$"
)
"""'By Name Surname, Place': a capital after 'By' tells it from 'By nightfall, ...', and no
full stop at the end from a sentence such as 'By Tuesday, troops had withdrawn.'"""
_BYLINE_LABEL = re.compile(
    r"^(?:автор(?:и|ы)?|authors?|текст|text|джерело|источник|source|редактор|editor)\s*[:—–-]\s*\S",
    re.IGNORECASE,
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|берез|квіт|трав|черв|лип|серп|верес|"
    "жовт|листоп|груд|янв|фев|мар|апр|мая|май|июн|июл|авг|сен|окт|ноя|дек"
)
_DATELINE = re.compile(
    rf"^(?=.*\d)(?:\b(?:{_MONTHS})\w*+\.?|\b(?:am|pm|utc|gmt|eet|eest|msk|kyiv|"
    r"updated|published|оновлено|опубліковано|обновлено|опубликовано|"
    r"\d+ min read|\d+ хв|\d+ мин)\b|[\d\W])++$",
    re.IGNORECASE,
)
_READ_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s? read|хв(?:илин)?\.? читання|мин(?:ут)?\.? чтения)\b", re.I)
_LINK_ONLY = re.compile(r"^(?:[-*+]\s+)?(?:\*\*|__)?\[[^\]\n]*+\]\([^)\n]*+\)(?:\*\*|__)?$")
_LINKS_ONLY = re.compile(r"^(?:[^\[\]\n]{0,20}+\[[^\]\n]*+\]\([^)\n]*+\)[\s|·,]*+){2,}+$")
_LINK_LABEL = re.compile(r"!?\[([^\]\n]*+)\]\([^)\n]*+\)")
_MARKDOWN_DECORATION = re.compile(r"^(?:#+\s+|[-*+]\s+|>\s*)|\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)")
SHORT_LINE = 200
"""Boilerplate lines are short; a longer paragraph is article text whatever it mentions."""
HEAD_LINES = 4
"""Bylines and datelines are looked for only among the first paragraphs."""


def strip_boilerplate(text: str, *, title: str = "") -> str:
    """Article Markdown without the furniture extraction lets through: bylines, datelines and
    photo credits at the top, "read also" lead-ins, subscribe/membership/donation calls,
    share bars and lists made only of links (en/uk/ru)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    if title and paragraphs:
        paragraphs[0] = _unglue_head(paragraphs[0], title)
    kept: list[str] = []
    body_seen = 0
    for paragraph in paragraphs:
        lines = [line for line in paragraph.split("\n") if not _boilerplate_line(line, body_seen < HEAD_LINES)]
        if not lines or _is_link_list(lines):
            continue
        kept.append("\n".join(lines))
        if not lines[0].startswith("#"):
            body_seen += 1
    # A heading left with nothing under it introduced a block that has just been removed.
    while kept and _heading_level(kept[-1]):
        kept.pop()
    kept = [p for p, after in zip(kept, kept[1:] + [""])
            if not (_heading_level(p) and 0 < _heading_level(after) <= _heading_level(p))]
    # Nothing is lost to a misjudgement: a page that would be left empty keeps its text.
    return "\n\n".join(kept) or text.strip()


def _heading_level(paragraph: str) -> int:
    """2 for '## Heading', 0 for a paragraph that is not a Markdown heading."""
    level = len(paragraph) - len(paragraph.lstrip("#"))
    return level if paragraph[level:level + 1] == " " else 0


def _plain(line: str) -> str:
    """A Markdown line's words: heading marks, list bullets and emphasis removed."""
    return _MARKDOWN_DECORATION.sub("", _LINK_LABEL.sub(r"\1", line)).strip()


def _boilerplate_line(line: str, near_top: bool) -> bool:
    if len(line) > SHORT_LINE * 10:
        return False  # even with long link targets furniture is short; and the patterns stay linear
    plain = _plain(line)
    if not plain:
        return False
    if len(plain) > SHORT_LINE:
        return False
    if _PROMPT.match(plain) or _CALL_TO_ACTION.search(plain) or _LINKS_ONLY.match(line.strip()):
        return True
    if _CREDIT.match(plain) or plain.endswith(")") and _CREDIT.search(plain[-150:]):
        return True
    if _READ_TIME.search(plain) and len(plain) < 80:
        return True
    if near_top and not line.startswith("#") and len(plain) < 100:
        return bool(_BYLINE_NAMES.match(plain) or _BYLINE_LABEL.match(plain) or _DATELINE.match(plain))
    return False


def _is_link_list(lines: list[str]) -> bool:
    """Two or more lines that are each nothing but a link: related stories or a share bar."""
    return len(lines) >= 2 and all(_LINK_ONLY.match(line.strip()) for line in lines)


_GLUED_BYLINE = re.compile(r"^(?:[Bb]y|[Вв]ід|[Аа]втор:?)\s+")
_NAME_WORD = re.compile(r"[\w'’.&-]++\s+")
_GLUED_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s*|"
    rf"^(?:(?:{_MONTHS})\w*\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTHS})\w* \d{{4}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"
    r"(?:,? (?:at )?\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?\s*",
    re.IGNORECASE,
)


def _unglue_head(paragraph: str, title: str) -> str:
    """The first paragraph without a headline, byline and timestamp glued in front of it."""
    plain_title = clean_line(title, limit=300)
    if not plain_title:
        return paragraph
    # The Markdown may escape characters of the title ("\\[" for "[").
    head = re.match("".join("\\\\?" + re.escape(char) for char in plain_title), paragraph)
    if head is None or head.end() == len(paragraph):
        return paragraph
    rest = paragraph[head.end():].lstrip(" .:—–-")
    byline = _GLUED_BYLINE.match(rest)
    if byline:
        # The name ends where a date begins: try its first one to four words.
        at = byline.end()
        if not rest[at:at + 1].isupper():
            return paragraph
        for _ in range(4):
            word = _NAME_WORD.match(rest, at)
            if word is None:
                break
            at = word.end()
            if _GLUED_DATE.match(rest[at:].lstrip(" ,·|—–-")):
                rest = rest[at:].lstrip(" ,·|—–-")
                break
    date = _GLUED_DATE.match(rest)
    if date:
        rest = rest[date.end():].lstrip(" ,·|—–-")
    return rest or paragraph


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
