"""Article extraction: metadata, boilerplate, link policy, hostile pages, fetching via Fetcher."""

import time

import pytest

from tui.core.demo import DemoServer
from tui.core.extract import ExtractError, extract_article, fetch_article
from tui.core.fetch import Fetcher
from tui.core.models import iso

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Grid repairs race the frost in Kharkiv | The Eastern Courier</title>
<meta property="og:title" content="Grid repairs race the frost in Kharkiv">
<meta property="og:site_name" content="The Eastern Courier">
<meta name="author" content="Oksana Lytvyn">
<meta property="article:published_time" content="2025-11-21T07:30:00+00:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/war">War</a> <a href="/sport">Sport</a></nav>
<div class="membership-banner">Join our membership programme and get the newsletter first.</div>
</header>
<main><article>
<h1>Grid repairs race the frost in Kharkiv</h1>
<p class="byline">By Oksana Lytvyn, <time datetime="2025-11-21T07:30:00+00:00">21 November 2025</time></p>
<p>Repair crews in Kharkiv worked through the night to reconnect substations that were knocked
out by a drone attack, as temperatures dropped below freezing across the region.</p>
<p>The regional energy company said heating had been restored to most hospitals and schools,
while some residential districts would stay on rotating outages until the weekend.
Details are on the <a href="/energy/outage-schedule">outage schedule page</a> and the
<a href="javascript:alert(1)">live map</a>.</p>
<p>Engineers said the damaged transformers are hard to replace quickly because each one is
built to order, and spare parts are stored far from the front line for safety.</p>
<p>Residents queued at <a href="https://points.example.org/heat">heating points</a> set up in
school gyms, where volunteers handed out tea and charged phones.</p>
</article>
<aside class="author-card"><h3>About the author</h3><p>Oksana writes about energy.</p></aside>
<aside class="more-news"><h2>More news</h2><ul>
<li><a href="/a">Ferry traffic resumes on the Dnipro</a></li>
<li><a href="/b">Football: Shakhtar draw in Europe</a></li></ul></aside>
</main>
<footer>Copyright The Eastern Courier. Subscribe to our newsletter.</footer>
</body></html>"""

URL = "https://courier.example.com/news/grid-repairs"


def test_title_author_date_site_and_body():
    article = extract_article(PAGE.encode(), URL, now=1_800_000_000.0)
    assert article.title == "Grid repairs race the frost in Kharkiv"
    assert article.author == "Oksana Lytvyn"
    assert iso(article.published) == "2025-11-21T07:30:00Z"
    assert article.site == "The Eastern Courier"
    assert article.url == URL and article.fetched_at == 1_800_000_000.0
    assert "Repair crews in Kharkiv worked through the night" in article.text
    assert "heating points" in article.text


def test_boilerplate_is_dropped():
    text = extract_article(PAGE, URL).text
    for junk in ("membership programme", "About the author", "More news", "Shakhtar", "Copyright"):
        assert junk not in text


def test_links_keep_only_absolute_http_targets():
    text = extract_article(PAGE, URL).text
    assert "(https://courier.example.com/energy/outage-schedule)" in text
    assert "(https://points.example.org/heat)" in text
    assert "javascript:" not in text
    assert "live map" in text  # the text of a refused link stays, the target goes


def test_hostile_text_in_the_body_is_sanitised():
    page = PAGE.replace(
        "Engineers said", "\x1b]8;;file:///etc/passwd\x07Engineers\u202e said\x9b2J"
    ).replace("<p>Residents", "<p>&#27;[31mResidents")
    text = extract_article(page, URL).text
    assert "Engineers said" in text and "Residents queued" in text
    assert not any(c in text for c in "\x1b\x07\u202e\x9b")


def test_deeply_nested_page_falls_back_without_recursion_error():
    page = "<html><body>" + "<div>" * 100_000 + "Deep front-line text" + "</div>" * 100_000
    article = extract_article(page, URL)
    assert isinstance(article.text, str)


def test_giant_text_node_is_capped():
    page = "<html><body><article><p>" + "Kupiansk " * 1_000_000 + "</p></article></body></html>"
    article = extract_article(page, URL)  # 9 MB in, cut to 5 MB before parsing
    assert 0 < len(article.text) <= 200_000


def test_timeout_falls_back_to_plain_text():
    article = extract_article(PAGE, URL, timeout=0.0)
    assert "Repair crews in Kharkiv" in article.text
    assert article.title == "" and article.site == "courier.example.com"


def test_garbage_input_does_not_raise():
    for junk in (b"", b"\x00\xff\xfe" * 100, b"<html", "plain words only"):
        assert isinstance(extract_article(junk, URL).text, str)


async def test_fetch_article_from_the_demo_server():
    with DemoServer(publish_every=None) as server:
        link = f"{server.url}/articles/frontline-institute/assessment-kupiansk.html"
        async with Fetcher() as fetcher:
            article = await fetch_article(fetcher, link, allow_private=True)
            with pytest.raises(ExtractError):
                await fetch_article(fetcher, link)  # loopback refused by default (HARDENING 28)
            with pytest.raises(ExtractError):
                await fetch_article(fetcher, server.url + "/articles/none/x.html", allow_private=True)
            with pytest.raises(ExtractError, match="only http"):
                await fetch_article(fetcher, "file:///etc/passwd", allow_private=True)
    assert article.title.startswith("Assessment: no evidence supports")
    assert "geolocated footage" in article.text
    assert "More news" not in article.text
    assert article.published is not None and article.published <= time.time() + 60
