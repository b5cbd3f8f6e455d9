"""Versions of a developing story: meaningful changes kept, trivial ones not, and what changed."""

from __future__ import annotations

from tinydb import TinyDB

from tests.clock import Clock
from tests.factories import story
from tui.core.versions import (
    FILE_NAME,
    Version,
    VersionLog,
    compare,
    story_diff,
    version_hash,
)

T0 = 1_763_600_000.0


def version(title: str, text: str, at: float = T0) -> Version:
    return Version(at, title, text, version_hash(title, text))


BASE = ("Russian drones hit Kharkiv overnight. Five people were injured, the mayor said. "
        "Fires broke out in two districts.")


def test_trivial_changes_are_not_versions():
    same = version_hash("Strike on Kharkiv", BASE)
    assert version_hash("Strike on  Kharkiv", BASE.replace(". ", ".\n\n")) == same
    assert version_hash("<b>Strike</b> on Kharkiv", f"<p>{BASE}</p>") == same
    assert version_hash("Strike on Kharkiv", BASE + " Updated: Nov 20, 2025 14:05") == \
        version_hash("Strike on Kharkiv", BASE + " Updated: Nov 20, 2025 16:40")
    assert version_hash("Strike on Kharkiv", BASE + " https://e.org/a?utm_source=x") == \
        version_hash("Strike on Kharkiv", BASE + " https://e.org/a")
    assert version_hash("Strike on Kharkiv", BASE + " Оновлено 20 листопада 2025") == \
        version_hash("Strike on Kharkiv", BASE + " Оновлено 21 листопада 2025")


def test_meaningful_changes_are_versions():
    same = version_hash("Strike on Kharkiv", BASE)
    assert version_hash("Strike on Kharkiv", BASE.replace("Five", "Nine")) != same
    assert version_hash("Strike on Kharkiv injures 9", BASE) != same
    assert version_hash("Strike on Kharkiv", BASE + " A child is among the injured.") != same


def test_compare_reports_sentences_words_headline_and_numbers():
    old = version("Strike on Kharkiv injures 5", BASE)
    new = version("Strike on Kharkiv injures 9",
                  "Russian drones hit Kharkiv overnight. Nine people were injured, including a child, "
                  "the mayor said. Rescuers are still at the site.", T0 + 3600)
    change = compare(old, new)
    assert change.title_changed and ("5", "9") in change.numbers
    assert change.added == ["Rescuers are still at the site."]
    assert change.removed == ["Fires broke out in two districts."]
    [reworded] = change.reworded
    assert reworded.removed_words == ["Five"] and "child," in reworded.added_words
    document = change.to_json()
    assert "Nine people were injured, including a child, the mayor said." in document["added"]
    assert "Five people were injured, the mayor said." in document["removed"]


def test_a_restamped_sentence_is_not_a_change():
    old = version("Strike", BASE + " Updated 14:05.")
    new = version("Strike", BASE + " Updated 16:40.", T0 + 60)
    change = compare(old, new)
    assert not (change.added or change.removed or change.reworded or change.title_changed)


def test_the_log_keeps_the_first_version_and_each_meaningful_one(tmp_path):
    log = VersionLog.open(tmp_path)
    first = version("Strike on Kharkiv injures 5", BASE)
    second = version("Strike on Kharkiv injures 9", BASE.replace("Five", "Nine"), T0 + 3600)
    restamped = Version(T0 + 7200, second.title, second.text + " Updated 16:40", second.hash)
    assert log.record([("s1", first, second)]) == ["s1"]
    assert log.record([("s1", second, restamped)]) == []
    log.close()

    log = VersionLog.open(tmp_path)
    assert [v.hash for v in log.versions("s1")] == [first.hash, second.hash]
    document = story_diff("s1", log.versions("s1"))
    assert [c["title_changed"] for c in document["changes"]] == [True]
    assert document["changes"][0]["from"] == first.hash and document["versions"][0]["seen_at"].endswith("Z")
    log.close()
    # Plain TinyDB reads the same documents.
    with TinyDB(tmp_path / FILE_NAME) as db:
        assert len(db.table("versions").all()) == 2


# ------------------------------------------------------------------ the store keeps them


def item(title, summary="", content="", n=1):
    """Story n of a Kyiv outlet with the given text, ten minutes before T0."""
    return story(n, feed="kyiv", id=f"kyiv:{n}", side="ua-media", title=title, summary=summary,
                 content=content, published=T0 - 600)


def test_store_bumps_revision_only_for_meaningful_changes_and_records_versions(tmp_path):
    from tui.core.store import Store

    clock = Clock(T0)
    with Store.open(tmp_path, clock=clock, flush_interval=0.05) as store:
        store.ingest([item("Strike on Kharkiv", BASE, "<p>Full text.</p>"),
                      item("Quiet night", "Nothing happened.", n=2)])
        clock.now += 600
        # Trivial: markup, whitespace, a new stamp; the content dropped by the feed is kept.
        result = store.ingest([item("Strike  on Kharkiv", f"<p>{BASE}</p> Updated 14:05"),
                               item("Quiet night", "Nothing  happened.", n=2)])
        assert result.updated == [] and store.story("kyiv:1").revision == 0
        clock.now += 600
        result = store.ingest([item("Strike on Kharkiv", BASE, "<p>Full text. A second paragraph.</p>")])
        assert result.updated == ["kyiv:1"]
        clock.now += 600
        result = store.ingest([item("Strike on Kharkiv injures 9", BASE.replace("Five", "Nine"),
                                    "<p>Full text. A second paragraph.</p>")])
        assert result.updated == ["kyiv:1"]
        assert store.story("kyiv:1").revision == 2 and store.story("kyiv:2").revision == 0
        assert store.story("kyiv:1").previous_titles == ["Strike on Kharkiv"]
    log = VersionLog.open(tmp_path)
    try:
        versions = log.versions("kyiv:1")
        assert log.versions("kyiv:2") == []
    finally:
        log.close()
    # The first version was seen when the story was fetched; each later one when it arrived.
    assert [v.seen_at for v in versions] == [T0, T0 + 1200, T0 + 1800]
    assert versions[0].hash == version_hash("Strike on Kharkiv", f"{BASE}\n\n<p>Full text.</p>")
    changes = story_diff("kyiv:1", versions)["changes"]
    assert changes[0]["added"] == ["A second paragraph."] and not changes[0]["title_changed"]
    assert changes[1]["title_changed"] and changes[1]["new_title"] == "Strike on Kharkiv injures 9"
    assert [(w["removed_words"], w["added_words"]) for w in changes[1]["reworded"]] == [
        (["Five"], ["Nine"])]


def test_an_article_fetched_again_that_reads_differently_is_an_article_version(tmp_path):
    from tui.core.models import Article
    from tui.core.store import Store

    clock = Clock(T0)
    with Store.open(tmp_path, clock=clock, flush_interval=0.05) as store:
        store.ingest([item("Strike on Kharkiv", BASE)])
        page = Article("https://e.org/a", "Strike on Kharkiv", text=BASE, fetched_at=T0 + 60)
        store.save_article("kyiv:1", page)
        store.save_article("kyiv:1", Article("https://e.org/a", "Strike on Kharkiv",
                                             text=f"**{BASE}**  ", fetched_at=T0 + 120))
        clock.now = T0 + 180  # a new version is seen when the store keeps it
        store.save_article("kyiv:1", Article("https://e.org/a", "Strike on Kharkiv",
                                             text=BASE + " Two more bodies were found.",
                                             fetched_at=T0 + 170))
    log = VersionLog.open(tmp_path)
    try:
        articles = log.versions("kyiv:1", kind="article")
        assert log.versions("kyiv:1") == []  # the feed item itself never changed
    finally:
        log.close()
    assert [v.seen_at for v in articles] == [T0 + 120, T0 + 180]
    assert compare(*articles).added == ["Two more bodies were found."]


def test_a_summary_that_only_starts_the_content_is_not_counted_twice():
    from tui.core.versions import story_body

    content = BASE + "\n\nRescuers are still at the site."
    assert story_body("Russian drones hit Kharkiv overnight. Five people were…", content) == content
    assert story_body("Drones hit Kharkiv.", content) == f"Drones hit Kharkiv.\n\n{content}"
    assert story_body("Drones hit Kharkiv.", "") == "Drones hit Kharkiv."


def test_word_diff_keeps_reading_order():
    from tui.core.versions import word_diff

    assert word_diff("Five people were injured, the mayor said.",
                     "Nine people were injured, including a child, the mayor said.") == [
        ("removed", "Five"), ("added", "Nine"), ("same", "people were injured,"),
        ("added", "including a child,"), ("same", "the mayor said.")]


def test_changes_shown_are_those_since_the_version_read_before(tmp_path):
    from tui.core.versions import since_read

    one = version("Strike on Kharkiv", BASE)
    two = version("Strike on Kharkiv injures 9", BASE, T0 + 60)
    three = version("Strike on Kharkiv injures 12", BASE, T0 + 120)
    log = VersionLog.open(tmp_path)
    try:
        log.record([("s1", one, two)])
        # Never opened: everything since the first version.
        assert since_read(log.versions("s1"), log.read_entry("s1")) == (one, two)
        log.mark_read("s1")
        # Opened the newest: what changed since the one read before it (the first).
        assert since_read(log.versions("s1"), log.read_entry("s1")) == (one, two)
        log.record([("s1", two, three)])
        # Not opened since it changed again: since the version read last.
        assert since_read(log.versions("s1"), log.read_entry("s1")) == (two, three)
        log.mark_read("s1")
        log.mark_read("s1")  # opened twice: the record stays
        assert log.read_entry("s1") == {"story": "s1", "hash": three.hash, "previous": two.hash}
        assert since_read(log.versions("s1"), log.read_entry("s1")) == (two, three)
        log.mark_read("never-changed")
        assert log.read_entry("never-changed") is None
        assert since_read([one], None) is None
    finally:
        log.close()


def test_more_trivial_forms_are_not_versions():
    link = "Read https://e.org/r?id=3{}. Then more."
    plain_link = version_hash("T", link.format(""))
    assert version_hash("T", link.format("&utm_source=rss&fbclid=xyz")) == plain_link
    assert version_hash("T", "Read https://e.org/r?utm_medium=social&id=3. Then more.") == plain_link
    assert version_hash("T", link.format("&page=2")) != plain_link  # another page is another link
    stamp = "Drones hit Kharkiv. Updated {}."
    assert version_hash("T", stamp.format("Friday, Dec 5, 2025 10:15 am")) == \
        version_hash("T", stamp.format("Saturday, Dec 6, 2025 11:40 am"))
    assert version_hash("T", stamp.format("2 hours ago")) == version_hash("T", stamp.format("5 hours ago"))
    assert version_hash("T", "Оновлено 3 години тому. Текст.") == version_hash("T", "Оновлено 7 годин тому. Текст.")
    assert version_hash("T", "Drones hit Kharkiv&nbsp;overnight.") == version_hash("T", "Drones hit Kharkiv overnight.")


def test_numbers_written_as_words_are_numbers():
    change = compare(version("Strike", "Four people were injured, the mayor said."),
                     version("Strike", "Seven people were injured, the mayor said.", T0 + 60))
    assert change.numbers == [("Four", "Seven")]
    change = compare(version("Удар", "Загинули троє людей, повідомив мер."),
                     version("Удар", "Загинули п'ять людей, повідомив мер.", T0 + 60))
    assert change.numbers == [("троє", "п'ять")]


def test_a_summary_repeating_sentences_of_the_content_is_not_counted_twice():
    from tui.core.versions import story_body

    content = "Rescuers are still at the site.\n\n" + BASE
    assert story_body("Five people were injured, the mayor said.", content) == content
    old = version("Strike", story_body("Five people were injured, the mayor said.", content))
    new_content = content.replace("Five", "Nine")
    new = version("Strike", story_body("Nine people were injured, the mayor said.", new_content), T0 + 60)
    document = compare(old, new).to_json()
    assert document["added"] == ["Nine people were injured, the mayor said."]
    assert document["removed"] == ["Five people were injured, the mayor said."]


def test_typography_and_a_bare_update_stamp_are_not_versions():
    plain_text = version_hash("Strike on Kharkiv - update", '"It was loud," a resident said. Five were hurt...')
    assert version_hash("Strike on Kharkiv – update", "“It was loud,” a resident said. Fi\u200bve were hurt…") == plain_text
    assert version_hash("Strike on Kharkiv — update", "«It was loud,» a resident said. Five were hurt...") == plain_text
    assert version_hash("Strike on Kharkiv - update", '"It was loud," a resident said. Five were hurt... '
                        "Last updated at 14:05 GMT") == plain_text
    assert version_hash("T", "Пожежу загасили. Оновлено о 09:30") == version_hash("T", "Пожежу загасили.")
    # The words themselves still count.
    assert version_hash("Strike on Kharkiv - update", '"It was loud," a resident said. Six were hurt...') != plain_text


def test_dates_the_prose_speaks_of_can_change_stamps_cannot():
    toll = "Up to {} may have died in the strike."
    assert version_hash("T", toll.format(4)) != version_hash("T", toll.format(6))
    dated = "The strike on {} December killed three people."
    assert version_hash("T", dated.format(5)) != version_hash("T", dated.format(6))
    posted = "Three people were killed. Posted on Dec {}, 2026 at 10:15."
    assert version_hash("T", posted.format(5)) == version_hash("T", posted.format(6).replace("10:15", "11:40"))
    assert version_hash("T", "Fires. Last updated: Dec 5 at 14:05") == version_hash("T", "Fires. Last updated: Dec 6 at 09:30")
