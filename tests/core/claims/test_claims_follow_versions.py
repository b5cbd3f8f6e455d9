"""Claims follow a story's versions: what a later version no longer says is withdrawn (kept, with
the time, no longer counted), what it says anew is added, through the tracker and a real poll."""

from __future__ import annotations

import email.utils
import time
from xml.sax.saxutils import escape

import orjson
import tomli_w
from werkzeug import Response

from tests.test_cli import warfeed
from tui.core.claims.statements import extract_statements
from tui.core.claims.tracker import update_claims

CLAIM = "Russia's Defence Ministry said its forces had taken full control of Huliaipole."
DENIAL = "Ukraine's General Staff said Huliaipole remains under the control of Ukrainian forces."
STRIKE = "The regional governor said a Russian drone struck a school in Orikhiv overnight."


def _story(sid: str, *sentences: str) -> list:
    found = extract_statements(" ".join(sentences), published=1_000.0)
    for st in found:
        st.story_id = sid
    return found


def _by_id(claims):
    return {c.id: c for c in claims}


def test_a_statement_dropped_by_a_later_version_is_withdrawn_and_stops_counting():
    claims, _ = update_claims([], _story("s1", CLAIM, DENIAL), now=10.0)
    assert _by_id(claims)["control:huliaipole"].status == "disputed"

    claims, changed = update_claims(claims, _story("s1", CLAIM, STRIKE), now=20.0)
    control = _by_id(claims)["control:huliaipole"]
    assert set(changed) == {"control:huliaipole", "strike:orikhiv"}
    assert control.status == "claimed"
    [denial] = [s for s in control.statements if s.stance == "denial"]
    assert denial.sentence == DENIAL and denial.withdrawn == 20.0
    [claim] = [s for s in control.statements if s.stance == "claim"]
    assert claim.withdrawn is None
    assert _by_id(claims)["strike:orikhiv"].statements[0].sentence == STRIKE

    # The sentence comes back in a third version: it counts again.
    claims, changed = update_claims(claims, _story("s1", CLAIM, DENIAL, STRIKE), now=30.0)
    control = _by_id(claims)["control:huliaipole"]
    assert "control:huliaipole" in changed and control.status == "disputed"
    assert all(s.withdrawn is None for s in control.statements)


def test_only_the_stories_read_again_lose_statements():
    claims, _ = update_claims([], _story("s1", CLAIM) + _story("s2", DENIAL), now=10.0)
    # s2 is read again and now says nothing at all about the town; s1 is not read.
    claims, changed = update_claims(claims, [], now=20.0, stories=["s2"])
    control = _by_id(claims)["control:huliaipole"]
    assert changed == ["control:huliaipole"] and control.status == "claimed"
    assert {s.story_id: s.withdrawn for s in control.statements} == {"s1": None, "s2": 20.0}
    # Reading the same version again changes nothing more.
    again, changed = update_claims(claims, [], now=30.0, stories=["s2"])
    assert changed == [] and _by_id(again)["control:huliaipole"].statements[1].withdrawn == 20.0


def _rss(title: str, sentences: list[str]) -> bytes:
    date = email.utils.formatdate(1_796_000_000, usegmt=True)
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Front Wire</title>'
            f'<item><guid isPermaLink="false">huliaipole-1</guid><title>{escape(title)}</title>'
            f"<link>https://wire.example.org/huliaipole-1</link><pubDate>{date}</pubDate>"
            f"<description>{escape(body)}</description></item></channel></rss>").encode()


def test_a_feed_served_in_two_versions_withdraws_the_dropped_statement(httpserver, tmp_path):
    served = {"body": _rss("Russia claims Huliaipole; Kyiv denies", [CLAIM, DENIAL])}
    httpserver.expect_request("/feed.xml").respond_with_handler(
        lambda request: Response(served["body"], content_type="application/rss+xml"))
    config = tmp_path / "config.toml"
    config.write_text(tomli_w.dumps({"feeds": [
        {"id": "wire", "url": httpserver.url_for("/feed.xml"), "title": "Front Wire", "side": "intl"}]}))
    data = tmp_path / "data"

    def claims() -> dict:
        listed = warfeed("claims", "list", "--json", config=config, data_dir=data)
        assert listed.returncode == 0, listed.stderr
        return {c["id"]: c for c in orjson.loads(listed.stdout)}

    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    first = claims()["control:huliaipole"]
    assert first["status"] == "disputed"
    assert all(s["withdrawn"] is None for s in first["statements"])

    served["body"] = _rss("Russia claims Huliaipole", [CLAIM, STRIKE])
    polled = warfeed("poll", config=config, data_dir=data)
    assert polled.returncode == 0, polled.stderr
    after = claims()
    control = after["control:huliaipole"]
    assert control["status"] == "claimed"
    withdrawn = [s for s in control["statements"] if s["withdrawn"]]
    assert [s["sentence"] for s in withdrawn] == [DENIAL]
    assert withdrawn[0]["withdrawn"].endswith("Z")  # a time, in the JSON's own format
    assert [s["sentence"] for s in after["strike:orikhiv"]["statements"]] == [STRIKE]
    stories = orjson.loads(warfeed("stories", "--json", config=config, data_dir=data).stdout)
    assert [s["revision"] for s in stories] == [1]


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>Fighting around the town went on through the night, local officials said.</p>
{lines}
<p>Residents who stayed in the town have been without power for a week.</p>
</article></body></html>"""


def test_an_article_page_fetched_again_that_drops_a_statement_withdraws_it(httpserver, tmp_path):
    page = {"lines": [CLAIM, DENIAL]}
    httpserver.expect_request("/huliaipole").respond_with_handler(lambda request: Response(
        PAGE.format(title="Huliaipole: what each side says",
                    lines="".join(f"<p>{line}</p>" for line in page["lines"])),
        content_type="text/html; charset=utf-8"))
    date = email.utils.formatdate(time.time() - 600, usegmt=True)  # fresh: old stories are not followed
    feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Front Wire</title>'
            '<item><guid isPermaLink="false">h-2</guid><title>Huliaipole: what each side says</title>'
            f"<link>{httpserver.url_for('/huliaipole')}</link><pubDate>{date}</pubDate>"
            "<description>This is a developing story.</description></item></channel></rss>")
    httpserver.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    config = tmp_path / "config.toml"
    config.write_text(tomli_w.dumps({"allow_private_articles": True, "feeds": [
        {"id": "wire", "url": httpserver.url_for("/feed.xml"), "title": "Front Wire", "side": "intl"}]}))
    data = tmp_path / "data"

    def control() -> dict:
        listed = warfeed("claims", "list", "--json", config=config, data_dir=data)
        assert listed.returncode == 0, listed.stderr
        return {c["id"]: c for c in orjson.loads(listed.stdout)}["control:huliaipole"]

    # The feed item only says it is developing: the claims come from its page, read at once.
    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    assert control()["status"] == "disputed"

    # The schedule's next fetch comes due (time passes), and the page now reads differently.
    versions = data / "versions.json"
    tables = orjson.loads(versions.read_bytes())
    for follow in tables["follow"].values():
        follow["next_at"] = follow["started_at"] - 1
    versions.write_bytes(orjson.dumps(tables))
    page["lines"] = [CLAIM]
    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    after = control()
    assert after["status"] == "claimed"
    assert [s["sentence"] for s in after["statements"] if s["withdrawn"]] == [DENIAL]
