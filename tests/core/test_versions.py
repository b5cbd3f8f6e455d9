"""Versions of a developing story: meaningful changes kept, trivial ones not, and what changed."""

from __future__ import annotations

from tinydb import TinyDB

from tui.core.versions import FILE_NAME, Version, VersionLog, compare, story_diff, version_hash

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
