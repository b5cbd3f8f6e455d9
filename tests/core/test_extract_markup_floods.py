"""Article pages built to burn CPU inside the extractor (HARDENING 35, 41): the work is bounded
before parsing, so no thread is left spinning after the reader has its answer."""

from __future__ import annotations

import re
import threading

from tui.core.extract import MAX_ATTRIBUTES, extract_article, tame_markup

ARTICLE = ("<h1>Night shelling of Zaporizhzhia</h1>"
           "<p>Emergency crews worked until morning to clear the damaged blocks.</p>"
           "<p>The regional administration said the water supply was restored by noon.</p>")


def page(crowded_tag: str) -> bytes:
    return (f"<!DOCTYPE html><html><head><title>Night shelling</title></head><body><article>"
            f"{ARTICLE}{crowded_tag}</article></body></html>").encode()


READ = ("title", "lang", "alt")
"""Attributes the extraction reads, so a flood of them survives the filter and meets the cap."""


def attributes(count: int, value: str = '"v"') -> str:
    return " ".join(f"{READ[i % 3]}={value}" for i in range(count))


def extract_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "warfeed-extract" and t.is_alive()]


def largest_attribute_count(markup: bytes) -> int:
    return max(len(re.findall(rb"\s(?:title|lang|alt)=", tag)) for tag in re.findall(rb"<p\b.*?</p>", markup, re.DOTALL))


def test_a_paragraph_with_200k_attributes_leaves_no_thread_behind():
    hostile = page(f"<p {attributes(200_000)}>Crowded paragraph.</p>")
    assert len(hostile) > 1_500_000
    article = extract_article(hostile, "https://news.example/a", timeout=5.0)
    # trafilatura itself answered (the plain-text fallback has no Markdown heading)...
    assert "# Night shelling of Zaporizhzhia" in article.text
    assert "water supply was restored" in article.text
    # ...and nothing is still working on the page once the answer is back.
    assert extract_threads() == []


def test_quoted_angle_brackets_cannot_hide_attributes_from_the_trim():
    values = " ".join("title=\">\" lang='<' alt=x" for _ in range(50_000))
    tamed = tame_markup(page(f"<p {values}>Crowded paragraph.</p>"))
    assert len(tamed) < 5_000
    assert largest_attribute_count(tamed) <= MAX_ATTRIBUTES
    assert b"Crowded paragraph.</p>" in tamed and b"water supply" in tamed


def test_every_crowded_tag_is_trimmed_and_self_closing_tags_stay_closed():
    crowded = f"<p {attributes(500)}>one</p><img {attributes(500, 'x')} /><p {attributes(500)}>two</p>"
    tamed = tame_markup(page(crowded))
    assert largest_attribute_count(tamed) == MAX_ATTRIBUTES
    image = re.search(rb"<img[^>]*>", tamed).group()
    assert image.endswith(b"/>") and image.count(b"=x") == MAX_ATTRIBUTES
    assert b">one</p>" in tamed and b">two</p>" in tamed


def test_attributes_the_extraction_reads_are_kept_and_the_rest_dropped():
    ordinary = page('<p class="note" id="n1" data-x=\'1\' onclick="go()" title="a > b">Plain '
                    '<a href="/x" data-track=7>link</a>.<img src=x data-lazy=1 /></p>')
    assert tame_markup(ordinary) == page('<p class="note" id="n1" title="a > b">Plain '
                                         '<a href="/x">link</a>.<img src=x /></p>')
    plain = page("<p>At the limit.</p>")
    assert tame_markup(plain) == plain


def test_a_page_of_attribute_heavy_spans_reads_like_the_same_page_without_them():
    words = "".join(f"<span ATTRS>Word {i} of the shelling report. </span>" + ("</p><p>" if i % 40 == 39 else "")
                    for i in range(2_000))
    tracking = 'class="w" ' + " ".join(f'data-k{i}="v{i}"' for i in range(20))
    heavy = page("<p>" + words.replace("ATTRS", tracking) + "</p>")
    bare = page("<p>" + words.replace("ATTRS", 'class="w"') + "</p>")
    url = "https://news.example/a"
    text = extract_article(heavy, url, timeout=30.0).text
    assert "Word 1999 of the shelling report." in text
    assert text == extract_article(bare, url, timeout=30.0).text


def test_a_page_of_200k_paragraphs_is_read_as_plain_text_without_a_thread_left():
    from tui.core.extract import MAX_ELEMENTS

    flood = "".join(f"<p>Line {i} of the flood.</p>" for i in range(200_000))
    hostile = page(flood)
    assert hostile.count(b"<p>") > MAX_ELEMENTS
    article = extract_article(hostile, "https://news.example/a", timeout=5.0)
    assert "water supply was restored" in article.text and "Line 199 of the flood." in article.text
    assert extract_threads() == []


def test_an_ordinary_long_article_still_goes_through_trafilatura():
    paragraphs = "".join(f"<p>Paragraph {i} of a long report from the front.</p>" for i in range(2_000))
    article = extract_article(page(paragraphs), "https://news.example/a", timeout=30.0)
    assert "# Night shelling of Zaporizhzhia" in article.text  # the Markdown of trafilatura
