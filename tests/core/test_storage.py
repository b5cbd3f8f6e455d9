"""AtomicJSONStorage: strict JSON, atomic replace, damaged files moved aside with their bytes."""

import json
import math

import pytest

from tui.core.models import Story
from tinydb import TinyDB

from tui.core.storage import AtomicJSONStorage, Batch, LineStorage, corrupt_name, dumps_strict

FIXED_NOW = 1_763_625_600.0  # 2025-11-20T08:00:00Z


def strict_load(raw: bytes):
    """Parse like a strict consumer: UTF-8 only, no NaN/Infinity constants."""

    def refuse(name):
        raise ValueError(f"non-standard constant {name}")

    return json.loads(raw.decode("utf-8", "strict"), parse_constant=refuse)


def make_storage(tmp_path, notices=None):
    return AtomicJSONStorage(tmp_path / "stories.json", notices=notices, clock=lambda: FIXED_NOW)


def test_missing_file_reads_as_empty(tmp_path):
    assert make_storage(tmp_path).read() is None
    assert list(tmp_path.iterdir()) == []


def test_write_then_read_round_trips_and_leaves_no_temp_file(tmp_path):
    storage = make_storage(tmp_path)
    data = {"stories": {"f:1": {"title": "Кип'янськ — Kupiansk", "n": 3, "x": None}}}
    storage.write(data)
    assert storage.read() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stories.json"]


def test_write_replaces_whole_file(tmp_path):
    storage = make_storage(tmp_path)
    storage.write({"t": {"a": {"v": "x" * 10_000}}})
    storage.write({"t": {"b": {"v": 1}}})
    assert strict_load((tmp_path / "stories.json").read_bytes()) == {"t": {"b": {"v": 1}}}


@pytest.mark.parametrize(
    "hostile, expected",
    [
        (float("nan"), None),
        (float("inf"), None),
        (float("-inf"), None),
        (b"\xff\xfeabc", "\ufffd\ufffdabc"),
        ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ("\udcff", "\ufffd"),
        ({1: "int key", None: "none key"}, {"1": "int key", "None": "none key"}),
        ({"s", }, ["s"]),
    ],
)
def test_hostile_values_become_strict_utf8_json(tmp_path, hostile, expected):
    storage = make_storage(tmp_path)
    storage.write({"t": {"a": {"v": hostile}}})
    raw = (tmp_path / "stories.json").read_bytes()
    assert strict_load(raw) == {"t": {"a": {"v": expected}}}


def test_dataclasses_with_hostile_fields_serialise_strictly():
    story = Story(id="f:1", feed_id="f", source="S", side="intl", title="t\ud83d",
                  published=math.nan, updated=math.inf)
    doc = strict_load(dumps_strict({"stories": {"f:1": story}}))["stories"]["f:1"]
    assert doc["title"] == "t\ufffd"
    assert doc["published"] is None and doc["updated"] is None


DAMAGED = {
    "empty": b"",
    "truncated": b'{"stories": {"f:1": {"title": "half a wri',
    "garbage": b"\x00\x17\xffnot json at all\x9b[2J",
    "wrong shape: list": b"[1, 2, 3]",
    "wrong shape: table is a list": b'{"stories": []}',
    "wrong shape: document is a string": b'{"stories": {"f:1": "text"}}',
    "invalid utf-8": b'{"stories": {"f:1": {"title": "\xff\xfe"}}}',
}


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_damaged_file_is_moved_aside_with_a_notice(tmp_path, kind):
    original = DAMAGED[kind]
    (tmp_path / "stories.json").write_bytes(original)
    notices: list[str] = []
    storage = make_storage(tmp_path, notices)

    assert storage.read() is None

    moved = tmp_path / "stories.json.corrupt-20251120T080000"
    assert moved.read_bytes() == original
    assert not (tmp_path / "stories.json").exists()
    assert len(notices) == 1 and moved.name in notices[0] and "\n" not in notices[0]
    # The fresh start writes a new file and never touches the moved one.
    storage.write({"stories": {}})
    assert moved.read_bytes() == original


def test_second_damage_in_the_same_second_gets_its_own_name(tmp_path):
    storage = make_storage(tmp_path)
    for payload in (b"one", b"two"):
        (tmp_path / "stories.json").write_bytes(payload)
        storage.read()
    assert (tmp_path / "stories.json.corrupt-20251120T080000").read_bytes() == b"one"
    assert (tmp_path / "stories.json.corrupt-20251120T080000-1").read_bytes() == b"two"
    assert corrupt_name(tmp_path / "stories.json", FIXED_NOW).name.endswith("-2")


def test_keep_original_copies_instead_of_moving(tmp_path):
    storage = make_storage(tmp_path)
    storage.write({"stories": {"a": {"v": 1}}})
    before = (tmp_path / "stories.json").read_bytes()
    target = storage.set_aside("had 1 damaged story, skipped", keep_original=True)
    assert target.read_bytes() == before
    assert (tmp_path / "stories.json").read_bytes() == before
    assert storage.notices and target.name in storage.notices[0]


def test_tinydb_tables_through_the_batch_middleware_are_one_strict_atomic_write(tmp_path):
    path = tmp_path / "stories-0000.json"
    db = TinyDB(path, storage=Batch(LineStorage))
    table = db.table("stories")
    table.insert_multiple([{"id": "kyiv:abc", "title": "Kyiv \ud800"}, {"id": "tass:def"}])
    db.table("meta").insert({"note": "two tables"})
    assert not path.exists()  # nothing reaches the disk before flush
    db.storage.flush()
    assert strict_load(path.read_bytes())["stories"]["1"]["title"] == "Kyiv \ufffd"
    # Plain TinyDB, as any tool would open it, reads the same documents.
    plain = TinyDB(path, access_mode="r")
    assert [doc["id"] for doc in plain.table("stories").all()] == ["kyiv:abc", "tass:def"]
    assert plain.table("meta").all() == [{"note": "two tables"}]
    # One document a line: damage to one costs only that one.
    lines = path.read_bytes().split(b"\n")
    lines[1] = b'"1":{"id": torn'
    path.write_bytes(b"\n".join(lines))
    salvaged = LineStorage(path)
    assert salvaged.read() == {"stories": {"2": {"id": "tass:def"}}, "meta": {"1": {"note": "two tables"}}}
    assert salvaged.damaged == [b'"1":{"id": torn']


def test_state_payload_from_dataclasses_matches_to_dict():
    """state.json is written from the dataclasses directly: same bytes as via to_dict()."""
    from tui.core.models import Claim, FeedHealth, Statement
    from tui.core.storage import dumps_strict

    statement = Statement("Russia says it took Kupiansk.", "MoD", "ru", "claim", "control",
                          place="Kupiansk", lat=49.7, lon=float("nan"), published=1.0)
    claims = {"c1": Claim("c1", "control", "Kupiansk\ud800", statements=[statement])}
    health = {"f": FeedHealth("f")}
    assert dumps_strict({"health": health, "claims": claims}) == dumps_strict(
        {"health": {k: v.to_dict() for k, v in health.items()}, "claims": {k: v.to_dict() for k, v in claims.items()}})
    # And a file written this way reads back whole, unknown keys from newer versions ignored.
    import orjson

    doc = orjson.loads(dumps_strict({"claims": claims}))["claims"]["c1"]
    doc["added_later"] = True
    back = Claim.from_dict(doc)
    assert back.statements[0].place == "Kupiansk" and back.statements[0].lon is None


@pytest.mark.parametrize("published", [float("inf"), float("-inf"), float("nan"), True, "12"])
def test_clean_story_gives_strict_json_values_for_any_field(published):
    from tui.core.models import Story
    from tui.core.storage import clean_story

    raw = Story(id="f:1", feed_id="f", source="S", side="intl", title="t", published=published,
                tags=["ok", "lone \udc80"], previous_titles=("old",), places={"Kyiv"}, claim_ids=None)
    clean = clean_story(raw)
    assert clean.published == 0.0
    assert clean.tags == ["ok", "lone \ufffd"] and clean.tags is not raw.tags
    assert clean.previous_titles == ["old"] and clean.places == ["Kyiv"] and clean.claim_ids == []
    assert raw.tags == ["ok", "lone \udc80"]  # the caller's story is left as it was
