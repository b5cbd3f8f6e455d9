"""Every document of feedparser's own test corpus through parse_feed (HARDENING.md 19)."""

import re
from pathlib import Path

import pytest

from tui.core import parse as parse_module
from tui.core.models import Feed
from tui.core.parse import FeedError, parse_feed

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "feedparser"

if not CORPUS.is_dir():
    pytest.skip(f"feedparser corpus not present at {CORPUS}", allow_module_level=True)

NOW = 1_763_600_000.0
BAD_CHARS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ud800-\udfff]"
)
# The corpus encodes HTTP headers as a comment; feed a charset header through when present.
HEADER_COMMENT = re.compile(rb"Header:\s*Content-type:\s*([^\r\n]+?)\s*(?:-->|\r|\n)", re.I)


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE")


def headers_for(body: bytes) -> dict[str, str]:
    match = HEADER_COMMENT.search(body[:2048])
    if not match:
        return {}
    return {"Content-Type": match.group(1).decode("latin-1")}


def problems_in(story) -> list[str]:
    found = []
    for name in ("title", "summary", "content", "author", "source"):
        value = getattr(story, name)
        if BAD_CHARS.search(value):
            found.append(f"{name} holds a control/bidi/invisible char")
    if "\n" in story.title:
        found.append("title spans lines")
    for tag in story.tags:
        if BAD_CHARS.search(tag) or "\n" in tag:
            found.append("tag holds a control char")
    if story.link and not story.link.startswith(("http://", "https://")):
        found.append(f"link {story.link[:40]!r} is not http(s)")
    if not 631152000.0 <= story.published <= NOW + 86400:
        found.append("published date outside the clamp")
    return found


def _forced_feedparser_rs(body, headers, feed):
    return parse_module.feedparser_rs_parse(body, strict=False)


@pytest.mark.parametrize("backends", ["default", "feedparser_rs"])
def test_whole_corpus_parses_with_only_feed_errors(backends):
    # The fast parser alone, none of its fidelity checks: sanitising must still hold.
    parsers = (_forced_feedparser_rs,) if backends == "feedparser_rs" else None
    files = corpus_files()
    assert len(files) > 2000, "corpus looks incomplete"
    feed = Feed(id="corpus", url="https://corpus.example/feed.xml")
    failures: list[str] = []
    parsed = 0
    for path in files:
        body = path.read_bytes()
        try:
            result = parse_feed(body, headers_for(body), feed, now=NOW, parsers=parsers)
        except FeedError:
            continue
        except Exception as exc:  # the very thing this test hunts
            failures.append(f"{path.relative_to(CORPUS)}: {type(exc).__name__}: {exc}")
            continue
        parsed += 1
        if BAD_CHARS.search(result.title) or "\n" in result.title:
            failures.append(f"{path.relative_to(CORPUS)}: feed title not clean")
        ids = [story.id for story in result.stories]
        if len(ids) != len(set(ids)):
            failures.append(f"{path.relative_to(CORPUS)}: duplicate story ids")
        for story in result.stories:
            failures.extend(f"{path.relative_to(CORPUS)}: {p}" for p in problems_in(story))
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures[:30])
    # Most of the corpus is real feeds: a sweep that rejects nearly everything proves nothing.
    assert parsed > len(files) * 0.8
