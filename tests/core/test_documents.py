"""Story documents follow the Story dataclass: every field round-trips, defaults stay out."""

import dataclasses

from tui.core.documents import (
    STORED_NAMES,
    USER_FIELDS,
    StoryBuilder,
    apply_user_doc,
    story_doc,
    user_doc,
)
from tui.core.models import Story


def every_field_set() -> Story:
    """A story with no field at its default, whatever fields Story has."""
    values = {}
    for f in dataclasses.fields(Story):
        kind = f.type
        values[f.name] = {"str": f"{f.name} value", "bool": True, "int": 3, "float": 12.5,
                          "float | None": 7.5, "list[str]": [f"{f.name} item"]}[kind]
    return Story(**values)


def test_every_field_round_trips_through_the_story_and_marks_documents():
    story = every_field_set()
    doc = story_doc(story)
    assert set(doc) == set(STORED_NAMES)  # content lives with the articles, marks apart
    assert "content" not in doc and not set(USER_FIELDS) & set(doc)
    built = StoryBuilder().build(doc)
    apply_user_doc(built, user_doc(story))
    assert built == dataclasses.replace(story, content="")


def test_fields_at_their_default_are_left_out():
    story = Story(id="f:1", feed_id="f", source="S", side="intl", title="T")
    assert story_doc(story) == {"id": "f:1", "feed_id": "f", "source": "S", "side": "intl",
                                "title": "T"}
    assert user_doc(story) is None
    assert StoryBuilder().build(story_doc(story)) == story


def test_unknown_or_mistyped_documents_are_ignored_or_refused():
    builder = StoryBuilder()
    doc = {**story_doc(every_field_set()), "added_by_a_newer_version": 1}
    assert builder.build(doc).title == "title value"
    assert builder.build({"id": "f:2", "title": "no feed"}) is None
    assert builder.build({**doc, "published": "yesterday"}) is None
    assert builder.build(["not", "a", "document"]) is None


def test_a_claims_document_is_the_same_as_a_deep_copy():
    # claims.json is written from to_dict: the plain copy must equal asdict's deep one.
    from dataclasses import asdict

    from tui.core.models import Claim, Statement

    statement = Statement("s", "Gerasimov", "ru", "claim", "control", place="Kupiansk", withdrawn=1_763_630_000.0)
    claim = Claim("control:kupiansk", "control", "Kupiansk", statements=[statement], watched=True)
    assert claim.to_dict() == asdict(claim)
    assert claim.to_dict()["statements"][0] is not claim.to_dict()["statements"][0]
