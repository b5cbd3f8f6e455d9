"""A feed served in two versions: `revision` and `warfeed diff --json` find every meaningful change
and no trivial one, through the real `warfeed poll` against a server on 127.0.0.1."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import orjson
import pytest
import tomli_w

from tests.test_cli import warfeed


def rss(items: list[dict[str, str]]) -> bytes:
    """An RSS 2.0 document with content:encoded bodies."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           "<channel><title>Front Line Wire</title><link>http://127.0.0.1/</link>"]
    for item in items:
        out.append(
            f"<item><guid isPermaLink=\"false\">{item['guid']}</guid>"
            f"<title>{escape(item['title'])}</title><link>{escape(item['link'])}</link>"
            f"<pubDate>{item['date']}</pubDate>"
            f"<description>{escape(item['summary'])}</description>"
            f"<content:encoded><![CDATA[{item['content']}]]></content:encoded></item>"
        )
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


DATE = "Sat, 05 Dec 2026 08:00:00 +0000"
LATER = "Sat, 05 Dec 2026 09:30:00 +0000"


def item(guid, title, summary, paragraphs, **kw):
    base = {"guid": guid, "title": title, "summary": summary, "date": DATE,
            "link": f"https://wire.example.org/{guid}",
            "content": "".join(f"<p>{p}</p>" for p in paragraphs)}
    return {**base, **kw}


FIRST = [
    item("headline", "Drones strike Kharkiv overnight", "Drones struck Kharkiv overnight.",
         ["Air defence was active over the city for two hours.", "Fires broke out in one district."]),
    item("casualties", "Missile hits Zaporizhzhia", "A missile hit an industrial site.",
         ["The strike killed 4 people and injured 12, the regional governor said.",
          "Rescue work continues."]),
    item("added", "Shelling in Kherson", "Kherson came under artillery fire.",
         ["Several houses were damaged.", "Power is out in two neighbourhoods."]),
    item("removed", "Talks in Geneva end", "Delegations met for six hours.",
         ["The talks covered prisoner exchanges.",
          "A second round was not scheduled. Officials gave no reason for the delay.",
          "Both sides called the meeting useful."]),
    item("whitespace", "Grain corridor holds", "Ships left Odesa ports on schedule.",
         ["Three vessels sailed on Friday.", "Insurers kept their rates unchanged."]),
    item("markup", "Bridge repairs finish", "Engineers reopened the bridge to traffic.",
         ["The bridge had been damaged in <a href=\"https://wire.example.org/m\">a strike</a>.",
          "Heavy trucks remain barred."]),
    item("tracking", "Report on drone production", "A new report counts drone output.",
         ["Read the report at https://analysts.example.org/drones?utm_source=rss.",
          "It covers the first half of the year."],
         link="https://wire.example.org/tracking?utm_source=rss"),
    item("dated", "Evacuation from Pokrovsk", "Updated: 5 December 2026, 10:15. Buses left at dawn.",
         ["Оновлено 5 грудня 2026, 10:15.", "Families with children left first."]),
    item("untouched", "Parliament votes on budget", "The budget passed its first reading.",
         ["Defence spending is the largest item."]),
]

SECOND = [
    {**FIRST[0], "title": "Drones strike Kharkiv overnight, injuring 5", "date": LATER},
    {**FIRST[1], "content": "<p>The strike killed 7 people and injured 12, the regional governor "
                            "said.</p><p>Rescue work continues.</p>"},
    {**FIRST[2], "content": "<p>Several houses were damaged.</p><p>Power is out in two "
                            "neighbourhoods.</p><p>A school was hit as well.</p>"},
    {**FIRST[3], "content": "<p>The talks covered prisoner exchanges.</p>"
                            "<p>Both sides called the meeting useful.</p>"},
    {**FIRST[4], "summary": "Ships  left   Odesa ports\n on schedule. ",
     "content": "\n<p>Three vessels   sailed on Friday.</p>\n\n<p>Insurers kept their rates\nunchanged.</p>"},
    {**FIRST[5], "title": "Bridge repairs finish", "summary": "Engineers reopened the bridge to traffic.",
     "content": "<div><p>The <em>bridge</em> had been damaged in <a href=\"https://wire.example.org/m"
                "?utm_campaign=x\"><strong>a strike</strong></a>.</p><p><span>Heavy trucks remain "
                "barred.</span></p></div>"},
    {**FIRST[6], "link": "https://wire.example.org/tracking?utm_source=twitter&utm_medium=social",
     "content": "<p>Read the report at https://analysts.example.org/drones?utm_source=twitter"
                "&amp;utm_medium=social.</p><p>It covers the first half of the year.</p>"},
    {**FIRST[7], "date": LATER, "summary": "Updated: 5 December 2026, 11:40. Buses left at dawn.",
     "content": "<p>Оновлено 5 грудня 2026, 11:40.</p><p>Families with children left first.</p>"},
    FIRST[8],
]

# What each item's one change must be (None: a trivial change, no version).
EXPECTED = {
    "headline": {"title_changed": True, "added": [], "removed": []},
    "casualties": {"title_changed": False,
                   "added": ["The strike killed 7 people and injured 12, the regional governor said."],
                   "removed": ["The strike killed 4 people and injured 12, the regional governor said."],
                   "numbers": [{"from": "4", "to": "7"}]},
    "added": {"title_changed": False, "added": ["A school was hit as well."], "removed": []},
    "removed": {"title_changed": False, "added": [],
                "removed": ["A second round was not scheduled.", "Officials gave no reason for the delay."]},
    "whitespace": None, "markup": None, "tracking": None, "dated": None, "untouched": None,
}


class FeedServer:
    """Serves one RSS document that a test can replace, counting requests."""

    def __init__(self) -> None:
        self.body = b""
        self.hits = 0
        self.pages: dict[str, bytes] = {}
        self.page_requests: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                if self.path in outer.pages:
                    outer.page_requests.append({"path": self.path, **dict(self.headers)})
                    body, kind = outer.pages[self.path], "text/html; charset=utf-8"
                else:
                    outer.hits += 1
                    body, kind = outer.body, "application/rss+xml; charset=utf-8"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("ETag", f'"{len(body)}"')
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = f"{self.base}/feed.xml"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def served(tmp_path):
    with FeedServer() as server:
        config = tmp_path / "config.toml"
        config.write_text(tomli_w.dumps({"feeds": [
            {"id": "wire", "url": server.url, "title": "Front Line Wire", "side": "intl"}]}))
        yield server, config, tmp_path / "data"


def stories_by_guid(config, data):
    result = warfeed("stories", "--json", "--limit", "100", config=config, data_dir=data)
    assert result.returncode == 0, result.stderr
    stories = orjson.loads(result.stdout)
    return {s["link"].split("/")[-1].split("?")[0]: s for s in stories}


def test_two_versions_of_a_feed_count_every_meaningful_change_and_no_trivial_one(served):
    server, config, data = served
    server.body = rss(FIRST)
    first = warfeed("poll", config=config, data_dir=data)
    assert first.returncode == 0, first.stderr
    before = stories_by_guid(config, data)
    assert set(before) == set(EXPECTED) and all(s["revision"] == 0 for s in before.values())

    server.body = rss(SECOND)
    second = warfeed("poll", config=config, data_dir=data)
    assert second.returncode == 0, second.stderr
    assert server.hits == 2
    after = stories_by_guid(config, data)
    revised = {guid for guid, s in after.items() if s["revision"]}
    assert revised == {guid for guid, want in EXPECTED.items() if want}

    for guid, want in EXPECTED.items():
        story = after[guid]
        result = warfeed("diff", story["id"], "--json", config=config, data_dir=data)
        assert result.returncode == 0, result.stderr
        document = orjson.loads(result.stdout)
        assert document["id"] == story["id"]
        if want is None:
            assert len(document["versions"]) == 1 and document["changes"] == [], guid
            continue
        assert len(document["versions"]) == 2, guid
        assert [v["title"] for v in document["versions"]] == [
            next(i["title"] for i in FIRST if i["guid"] == guid), story["title"]]
        [change] = document["changes"]
        assert (change["from"], change["to"]) == tuple(v["hash"] for v in document["versions"])
        assert change["title_changed"] is want["title_changed"], guid
        assert change["added"] == want["added"], guid
        assert change["removed"] == want["removed"], guid
        if "numbers" in want:
            assert change["numbers"] == want["numbers"]
    # The first version was seen when the story was first fetched, the second on the next poll.
    headline = orjson.loads(warfeed("diff", after["headline"]["id"], "--json", config=config,
                                    data_dir=data).stdout)
    assert headline["versions"][0]["seen_at"] < headline["versions"][1]["seen_at"]

    # A third poll of the same document changes nothing.
    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    assert {g: s["revision"] for g, s in stories_by_guid(config, data).items()} == {
        g: s["revision"] for g, s in after.items()}


def test_diff_of_an_unknown_story_is_one_sentence(served):
    _server, config, data = served
    result = warfeed("diff", "wire:nope", "--json", config=config, data_dir=data)
    assert result.returncode != 0 and result.stderr.startswith("warfeed: ")
    assert "Traceback" not in result.stderr


PAGE = ("<html><head><title>Front line update</title></head><body><article><h1>Front line update</h1>"
        "<p>Fighting continued near Pokrovsk through the night, the regional administration said.</p>"
        "<p>This is a developing story and will be updated as more information comes in.</p>"
        "<p>Residents were told to stay in shelters until the morning.</p></article></body></html>")


def test_a_developing_story_has_its_page_read_at_once_and_not_again_before_its_time(tmp_path):
    from tui.core.followup import load_follows
    from tui.core.store import Store

    with FeedServer() as server:
        server.pages["/pokrovsk"] = PAGE.encode()
        config = tmp_path / "config.toml"
        config.write_text(tomli_w.dumps({"allow_private_articles": True, "feeds": [
            {"id": "wire", "url": server.url, "title": "Front Line Wire", "side": "intl"}]}))
        data = tmp_path / "data"
        # An hour old by the real clock the command reads: only a fresh story is followed.
        recent = format_datetime(datetime.now(timezone.utc) - timedelta(hours=1))
        server.body = rss([
            item("pokrovsk", "Front line update", "This is a developing story.", ["Fighting near Pokrovsk."],
                 link=f"{server.base}/pokrovsk", date=recent),
            item("quiet", "Parliament votes on budget", "The budget passed.", ["No more."],
                 link=f"{server.base}/quiet", date=recent),
        ])
        assert warfeed("poll", config=config, data_dir=data).returncode == 0
        assert [r["path"] for r in server.page_requests] == ["/pokrovsk"]
        assert "If-None-Match" not in server.page_requests[0]
        assert warfeed("poll", config=config, data_dir=data).returncode == 0
        assert len(server.page_requests) == 1  # next due in 15 minutes
    with Store.open(data, read_only=True) as store:
        [story] = [s for s in store.stories() if s.link.endswith("/pokrovsk")]
        article = store.article(story.id)
        assert article is not None and "shelters" in article.text
    [follow] = load_follows(data, clock=lambda: 0.0).follows.values()
    assert follow.story_id == story.id and follow.fetches == 1 and follow.etag == f'"{len(PAGE.encode())}"'
    assert follow.next_at - story.fetched_at >= 15 * 60 - 5


LONG = [
    "Regional officials in Dnipropetrovsk oblast reported a long night of drone attacks that began shortly after dusk and continued until the early morning hours.",
    "Air defence units said they tracked several groups of drones approaching from the south and east, and that most of them were brought down over open fields.",
    "In Nikopol, shelling damaged a power line, a small shop and three private houses, and repair crews began work as soon as the shelling stopped.",
    "Local authorities opened two heating points for residents left without electricity and said water supply would be restored during the day.",
    "Farmers in the district said they had postponed the last field work of the season because of the constant danger from drones over the roads.",
    "The regional council said schools in frontline communities would continue to teach online until the end of the month, as they have since autumn.",
    "Teachers said attendance at the online lessons had stayed high, although many pupils joined from shelters or from relatives' homes in safer towns.",
    "The district's bus company cut two routes that run close to the river and said it would bring them back once the roads were declared safe again.",
    "Shop owners on the main street swept up broken glass and boarded their windows, and several said they would reopen as soon as power came back.",
    "A local priest said the church basement would stay open at night for families who have no shelter of their own near their homes.",
    "Volunteers delivered generators and building materials to the damaged streets, and the city administration published a list of places to get help.",
    "Officials asked residents to stay in shelters during alerts and to report unexploded remains of drones to the emergency service rather than touch them.",
    "A hospital spokesperson said two of the wounded remained in a serious condition and that doctors were doing everything possible for them.",
    "The governor thanked rescuers and energy workers, who worked through the night under repeated alerts to clear rubble and restore power.",
    "Railway services through the region ran with delays of up to an hour in the morning while engineers inspected the tracks near the damaged line.",
    "The regional administration said it would publish a full account of the damage once inspections of all the affected buildings were complete.",
    "Final paragraph: the count of damaged houses rose to eleven after the inspections of the outlying villages were finished in the afternoon.",
]


def test_a_paragraph_removed_past_the_summary_limit_of_a_description_only_item_is_found(served):
    server, config, data = served
    first = {"guid": "long", "title": "Night of drone attacks on Dnipropetrovsk oblast", "date": DATE,
             "link": "https://wire.example.org/long", "summary": "".join(f"<p>{p}</p>" for p in LONG),
             "content": ""}
    second = {**first, "summary": "".join(f"<p>{p}</p>" for p in LONG[:-2] + LONG[-1:])}
    trivial = {**first, "summary": "\n".join(f"<p> {p} </p>" for p in LONG)}

    def only(entry):
        body = rss([entry]).replace(b"<content:encoded><![CDATA[]]></content:encoded>", b"")
        assert b"content:encoded>" not in body.split(b"<item>")[1]
        return body

    server.body = only(first)
    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    server.body = only(trivial)
    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    assert stories_by_guid(config, data)["long"]["revision"] == 0
    server.body = only(second)
    assert warfeed("poll", config=config, data_dir=data).returncode == 0
    story = stories_by_guid(config, data)["long"]
    assert story["revision"] == 1
    [change] = orjson.loads(warfeed("diff", story["id"], "--json", config=config, data_dir=data).stdout)["changes"]
    assert change["removed"] == [LONG[-2]] and change["added"] == [] and not change["title_changed"]
