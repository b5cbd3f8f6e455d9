"""The demo feeds: who publishes what, and how items become RSS and article pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import formatdate
from html import escape

from tui.core.demo.stories_other import ANALYST, HOSTILE, HOSTILE_LINKS, INTL, RU_INDEPENDENT, RU_STATE
from tui.core.demo.stories_ua import UA_MEDIA, UA_OFFICIAL
from tui.core.models import iso


@dataclass(slots=True)
class DemoItem:
    """One published demo story."""

    slug: str
    title: str
    summary: str
    paragraphs: list[str]
    tags: list[str]
    published: float
    link_override: str | None = None


@dataclass(slots=True)
class DemoFeed:
    """One demo outlet: its label, authors and current items (newest first)."""

    id: str
    title: str
    side: str
    authors: tuple[str, ...]
    items: list[DemoItem] = field(default_factory=list)
    failing: bool = False
    changed_at: float = 0.0


OUTLETS = [
    # (id, title, side, authors, stories)
    ("ua-defence-bulletin", "Ukrainian Defence Bulletin", "ua-official",
     ("Press Service of the General Staff",), UA_OFFICIAL),
    ("kyiv-ledger", "The Kyiv Ledger", "ua-media", ("Olena Hrytsenko", "Taras Melnyk"), UA_MEDIA),
    ("moscow-state-wire", "Moscow State Wire", "ru-state", ("Staff correspondent",), RU_STATE),
    ("free-russia-desk", "Free Russia Desk", "ru-independent", ("Irina Sokolova",), RU_INDEPENDENT),
    ("global-wire", "Global Wire", "intl", ("Martin Kessler", "Ana Ruiz"), INTL),
    ("frontline-institute", "Frontline Analysis Institute", "analyst",
     ("Kateryna Bondar", "James Whitfield"), ANALYST),
    ("channel-roundup", "Channel Roundup", "ua-media", ("Roundup desk",), HOSTILE),
]
FAILING_FEED = ("state-news-mirror", "State News Mirror", "ru-state")
"""A feed that always answers with a bot-challenge HTML page, so feed health shows an error."""


def build_feeds(now: float) -> list[DemoFeed]:
    """Fresh demo feeds whose item times are relative to `now`."""
    feeds = []
    for feed_id, title, side, authors, stories in OUTLETS:
        items = [
            DemoItem(slug, title_, summary, list(paras), list(tags), now - minutes * 60,
                     HOSTILE_LINKS.get(slug) if stories is HOSTILE else None)
            for minutes, slug, title_, summary, paras, tags in stories
        ]
        items.sort(key=lambda item: item.published, reverse=True)
        feeds.append(DemoFeed(feed_id, title, side, authors, items, changed_at=now))
    feeds.append(DemoFeed(*FAILING_FEED, authors=(), failing=True, changed_at=now))
    return feeds


def _xml_text(text: str) -> str:
    # Control characters cannot appear raw in XML; as character references they reach the
    # parser, as a hostile feed would send them.
    escaped = escape(text, quote=True)
    return "".join(f"&#{ord(c)};" if ord(c) < 32 and c not in "\t\n" else c for c in escaped)


def article_url(base: str, feed: DemoFeed, item: DemoItem) -> str:
    """Where the demo server serves the article page of `item`."""
    return f"{base}/articles/{feed.id}/{item.slug}.html"


def render_rss(feed: DemoFeed, base: str) -> bytes:
    """An RSS 2.0 document of the feed's current items."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{_xml_text(feed.title)}</title>",
        f"<link>{base}/</link>",
        f"<description>{_xml_text(feed.title)} (warfeed demo, {feed.side})</description>",
        "<language>en</language>",
        "<ttl>1</ttl>",
    ]
    for index, item in enumerate(feed.items):
        link = item.link_override or article_url(base, feed, item)
        author = feed.authors[index % len(feed.authors)] if feed.authors else ""
        out += [
            "<item>",
            f"<title>{_xml_text(item.title)}</title>",
            f"<link>{_xml_text(link)}</link>",
            f'<guid isPermaLink="false">warfeed-demo/{feed.id}/{item.slug}</guid>',
            f"<pubDate>{formatdate(item.published, usegmt=True)}</pubDate>",
            f"<dc:creator>{_xml_text(author)}</dc:creator>",
            f"<description>{_xml_text(item.summary)}</description>",
            *(f"<category>{_xml_text(tag)}</category>" for tag in item.tags),
            "</item>",
        ]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode("utf-8")


def render_article(feed: DemoFeed, item: DemoItem, base: str) -> bytes:
    """A news-site article page, with the navigation and promo clutter a real one has."""
    index = feed.items.index(item) if item in feed.items else 0
    author = feed.authors[index % len(feed.authors)] if feed.authors else ""
    others = [o for o in feed.items if o is not item][:4]
    more = "".join(
        f'<li><a href="{escape(article_url(base, feed, o))}">{escape(o.title)}</a></li>' for o in others
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in [item.summary, *item.paragraphs])
    title = escape(item.title)
    when = iso(item.published)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {escape(feed.title)}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{escape(feed.title)}">
<meta name="author" content="{escape(author)}">
<meta property="article:published_time" content="{when}">
</head><body>
<header class="site-header"><nav><a href="{base}/">Home</a> <a href="{base}/war">War</a>
<a href="{base}/politics">Politics</a> <a href="{base}/opinion">Opinion</a></nav>
<div class="promo">Become a member: support independent journalism from the front line.</div></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By <span class="author">{escape(author)}</span> ·
<time datetime="{when}">{when}</time></p>
<div class="article-body">{body}</div>
</article>
<aside class="more-news"><h2>More news</h2><ul>{more}</ul></aside></main>
<footer><p>© {escape(feed.title)}. Demo content written for warfeed.</p>
<p>Subscribe to our newsletter · Contact · Privacy</p></footer>
</body></html>
"""
    return page.encode("utf-8")


CHALLENGE_PAGE = b"""<!DOCTYPE html><html><head><title>Just a moment...</title></head>
<body><h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
</body></html>
"""
