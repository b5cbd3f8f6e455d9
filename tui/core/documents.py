"""Story documents as the store keeps them in TinyDB tables, derived from the Story dataclass.

`dataclasses.fields(Story)` is the one schema: a stored story is a document of its fields with
every field at its default left out (a typical story carries 9 keys, not 21). A story's own
document holds what the feed said; what the user and the claims tracker add (marks, claim
links) lives in the marks table, so a mark never rewrites a partition of stories. The feed's
full `content` lives in the articles table beside its partition.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

import orjson

from tui.core.models import Story

MARK_FIELDS = ("read", "starred", "flagged")
LINK_FIELDS = ("places", "claim_ids")
USER_FIELDS = MARK_FIELDS + LINK_FIELDS
"""Fields kept in the marks table, not in a story's own document."""
_COLD_FIELDS = ("content",)

_REQUIRED = object()  # never equal to a value: a required field is always written


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return _REQUIRED


_STORED = tuple(f for f in dataclasses.fields(Story) if f.name not in USER_FIELDS + _COLD_FIELDS)
STORED_NAMES = tuple(f.name for f in _STORED)
_STORED_DEFAULTS = tuple(_default(f) for f in _STORED)
_USER_DEFAULTS = tuple(_default(f) for f in dataclasses.fields(Story) if f.name in USER_FIELDS)
_USER_VALUES = attrgetter(*USER_FIELDS)


def _compile_story_doc() -> Callable[[Story], dict[str, Any]]:
    """story_doc, generated from the schema: a line per field runs at the speed of a
    hand-written function (a full write makes 50k documents), without a second field list."""
    required = [n for n, d in zip(STORED_NAMES, _STORED_DEFAULTS) if d is _REQUIRED]
    lines = ["def story_doc(story):",
             "    doc = {" + ", ".join(f"{n!r}: story.{n}" for n in required) + "}"]
    for name, default in zip(STORED_NAMES, _STORED_DEFAULTS):
        if default is _REQUIRED:
            continue
        if default is None:
            test = f"story.{name} is not None"
        elif not default:  # "", 0, 0.0, False, []: every falsy default is its type's empty
            test = f"story.{name}"
        else:
            test = f"story.{name} != {default!r}"
        lines.append(f"    if {test}:\n        doc[{name!r}] = story.{name}")
    lines.append("    return doc")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), namespace)  # noqa: S102 - source built above from field names only
    return namespace["story_doc"]


story_doc = _compile_story_doc()
story_doc.__doc__ = "The stored document of a story: its feed fields, those at their default left out."


def user_doc(story: Story) -> dict[str, Any] | None:
    """The marks-table document of a story, or None when every mark and link is unset."""
    values = _USER_VALUES(story)
    if values == _USER_DEFAULTS:
        return None
    doc: dict[str, Any] = {"id": story.id}
    for name, value, default in zip(USER_FIELDS, values, _USER_DEFAULTS):
        if value != default:
            doc[name] = value
    return doc


def apply_user_doc(story: Story, doc: Mapping[str, Any]) -> None:
    """Set a story's marks and claim links from its marks-table document, ignoring the rest."""
    for name in MARK_FIELDS:
        value = doc.get(name, False)
        if isinstance(value, bool):
            setattr(story, name, value)
    for name in LINK_FIELDS:
        value = doc.get(name, [])
        if isinstance(value, list):
            setattr(story, name, [v for v in value if isinstance(v, str)])


class StoryBuilder:
    """Builds Stories from stored documents, sharing one copy of strings repeated per story."""

    def __init__(self) -> None:
        # 50k stories of 200 feeds repeat the same feed id, source, side and author: one
        # string object each keeps megabytes of duplicates out of memory.
        self._strings: dict[str, str] = {}

    def build(self, doc: Any, key: str | None = None) -> Story | None:
        """A Story from a stored document (its id inside, or given as key), None if unusable."""
        if type(doc) is not dict and not isinstance(doc, dict):
            return None
        try:
            # Our own writer's documents hold only Story fields: the dataclass fills the
            # defaults (fresh lists included) at C speed.
            story = Story(**doc) if key is None else Story(key, **doc)
        except TypeError:  # a missing, unknown or doubled field: sort it out the slow way
            story = self._build_checked(doc, key)
            if story is None:
                return None
        if (type(story.id) is not str or type(story.feed_id) is not str
                or type(story.source) is not str or type(story.side) is not str
                or type(story.title) is not str or type(story.author) is not str):
            return None
        shared = self._strings
        story.feed_id = shared.setdefault(story.feed_id, story.feed_id)
        story.source = shared.setdefault(story.source, story.source)
        story.side = shared.setdefault(story.side, story.side)
        if story.author:
            story.author = shared.setdefault(story.author, story.author)
        if type(story.published) is not float:
            published = story.published
            if isinstance(published, bool) or not isinstance(published, (int, float)):
                return None
            story.published = float(published)
        return story

    def decode(self, docs: dict[str, Any]) -> dict[str, Story | None]:
        """A run of stored documents (by TinyDB doc id) as Stories, None for unusable ones."""
        build = self.build
        return {doc_id: build(doc) for doc_id, doc in docs.items()}

    @staticmethod
    def _build_checked(doc: dict[str, Any], key: str | None) -> Story | None:
        """build() for documents with unknown fields (ignored) or missing required ones."""
        known = {f.name for f in dataclasses.fields(Story)}
        values = {k: v for k, v in doc.items() if k in known}
        if key is not None:
            values["id"] = key
        try:
            return Story(**values)
        except TypeError:
            return None


_FEED_ID = re.compile(rb'"feed_id":("(?:[^"\\]|\\.)*")')


def feed_ids_in(damaged: bytes) -> set[str] | None:
    """The feed ids a damaged stretch of a stories file still names; None when it
    names none (which feeds lost stories there cannot be known)."""
    found: set[str] = set()
    for match in _FEED_ID.finditer(damaged):
        try:
            value = orjson.loads(match.group(1))
        except orjson.JSONDecodeError:
            continue
        if type(value) is str:
            found.add(value)
    return found or None


@dataclass(slots=True)
class Losses:
    """What damage in a stories file cost: which feeds lost stories (or all)."""

    feeds: set[str] = field(default_factory=set)
    every_feed: bool = False

    def add(self, damaged: bytes) -> None:
        """Note the feeds one damaged line (or stretch) names."""
        named = feed_ids_in(damaged)
        if named is None:
            self.every_feed = True
        else:
            self.feeds |= named

    def __bool__(self) -> bool:
        return self.every_feed or bool(self.feeds)



