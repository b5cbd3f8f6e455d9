"""The story list's rows when stories about one event are shown as one cluster row.

Pure logic for the dashboard: which shown stories share a cluster (from the assignments of
`clusters.json`), the rows a filtered, newest-first list becomes, and the sides reporting an
event. A story never clustered, or alone in its cluster, stays a plain row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from tui.core.models import Story

SIDE_GROUPS = {
    "ru-state": "RU", "ru-independent": "RU",
    "ua-official": "UA", "ua-media": "UA",
    "intl": "other", "analyst": "other",
}
"""A feed's side -> the group a cluster row counts it in."""

GROUP_ORDER = ("RU", "UA", "other")
_ID = attrgetter("id")


def side_counts(stories: Iterable[Story]) -> list[tuple[str, int]]:
    """[('RU', 2), ('UA', 3), ('other', 1)]: stories per side group, empty groups left out."""
    counts = Counter(SIDE_GROUPS.get(story.side, "other") for story in stories)
    return [(group, counts[group]) for group in GROUP_ORDER if counts[group]]


def sides_text(stories: Iterable[Story]) -> str:
    """'RU 2 · UA 3 · other 1'."""
    return " · ".join(f"{group} {count}" for group, count in side_counts(stories))


@dataclass(slots=True, eq=False)
class ClusterRow:
    """The one row of an event reported by several stories."""

    cluster: str
    members: Sequence[Story]
    """Every story of the cluster, newest first: what marking the row read marks."""
    matched: set[str] | None = None
    """Ids of the stories the filter shows (None: it shows every story)."""
    newest: Story | None = None
    """The newest story the filter shows: what the row opens, stars and flags."""
    _shown: list[Story] | None = None

    @property
    def shown(self) -> list[Story]:
        """The cluster's stories the filter shows, newest first (worked out when first asked)."""
        if self._shown is None:
            matched = self.matched
            self._shown = list(self.members) if matched is None else [s for s in self.members if s.id in matched]
        return self._shown

    @property
    def unread(self) -> bool:
        """True while any story of the cluster is unread."""
        return any(not story.read for story in self.members)

    def count_text(self) -> str:
        """'6' (stories), or '2 of 6' when the filter hides some."""
        shown = len(self.shown)
        if shown == len(self.members):
            return str(shown)
        return f"{shown} of {len(self.members)}"


@dataclass(slots=True, eq=False)
class MemberRow:
    """A story indented under its expanded cluster's row."""

    cluster: str
    last: bool = False


Row = str | MemberRow | None
"""What a list row is: a cluster's row (its id), a story of an expanded cluster, or a plain story."""


@dataclass(slots=True)
class Grouping:
    """A filtered list as rows: one story per row (the newest for a cluster) and what each row is."""

    stories: list[Story]
    rows: list[Row]
    shown: list[Story]
    """Every story the filter shows (what `A` marks read and the title counts)."""
    clusters: ClusterMembers
    matched: set[str] | None = None
    """Ids of the stories the filter shows (None: every story)."""
    _headers: dict[str, ClusterRow] = field(default_factory=dict)

    def header(self, cluster: str) -> ClusterRow:
        """A cluster's row, built when first painted or asked for: a list shows a screenful."""
        header = self._headers.get(cluster)
        if header is None:
            members = self.clusters.members[cluster]
            matched = self.matched
            header = self._headers[cluster] = ClusterRow(
                cluster, members, matched, next(s for s in members if matched is None or s.id in matched))
        return header


def member_rows(header: ClusterRow) -> list[MemberRow]:
    """The rows an expanded cluster shows under its own: one per shown story."""
    last = len(header.shown) - 1
    return [MemberRow(header.cluster, i == last) for i in range(len(header.shown))]


class ClusterMembers:
    """The clusters of two or more stories among a list of stories."""

    def __init__(self, stories: Sequence[Story], assignments: Mapping[str, str]) -> None:
        # map() and set lookups instead of a Python loop per story: only clustered stories
        # cost a loop iteration.
        ids = list(map(assignments.get, map(_ID, stories)))
        multi = {cluster for cluster, count in Counter(ids).items() if count > 1 and cluster is not None}
        self.cluster_of: dict[str, str] = {}
        """Story id -> cluster id, only for stories whose cluster has another story."""
        self.members: dict[str, list[Story]] = {cluster: [] for cluster in multi}
        """Cluster id -> its stories in the order given (newest first)."""
        if not multi:
            return
        picked = [i for i, cluster in enumerate(ids) if cluster in multi]
        clustered = [stories[i] for i in picked]
        clusters = [cluster for i in picked if (cluster := ids[i]) is not None]  # every one: picked from multi
        self.cluster_of = dict(zip(map(_ID, clustered), clusters))
        members = self.members
        for story, cluster in zip(clustered, clusters):
            members[cluster].append(story)

    def summary(self, story_id: str) -> tuple[str, Story, int] | None:
        """(cluster id, its newest story, its size) for a story in a cluster of 2+, else None."""
        cluster = self.cluster_of.get(story_id)
        if cluster is None:
            return None
        members = self.members[cluster]
        return cluster, members[0], len(members)


def group(shown: Sequence[Story], clusters: ClusterMembers, expanded: Iterable[str] = (), *,
          everything: bool = False) -> Grouping | None:
    """Rows for a filtered newest-first list: a cluster shows (at its newest matching story)
    when any of its stories matches; expanded clusters list their matching stories under it.
    `everything`: `shown` is the whole list the clusters were built from. None when no shown
    story shares a cluster (the list stays plain)."""
    cluster_of = clusters.cluster_of
    if not cluster_of:
        return None
    ids = list(map(_ID, shown))
    found = list(map(cluster_of.get, ids))
    clustered = [i for i, cluster in enumerate(found) if cluster is not None]
    if not clustered:
        return None
    # Each cluster's first (newest) shown story: dict() keeps the last value written, so walking
    # backwards leaves the smallest index.
    first = dict(zip(reversed([found[i] for i in clustered]), reversed(clustered)))
    keep = [cluster is None for cluster in found]
    rows: list[Row] = [None] * len(shown)
    for cluster, index in first.items():
        keep[index] = True
        rows[index] = cluster
    grouping = Grouping(list(compress(shown, keep)), list(compress(rows, keep)),
                        shown if isinstance(shown, list) else list(shown), clusters,
                        None if everything else set(ids))
    open_clusters = set(expanded) & first.keys()
    if open_clusters:
        grouping.stories, grouping.rows = expand_rows(grouping, open_clusters)
    return grouping


def expand_rows(grouping: Grouping, clusters: set[str]) -> tuple[list[Story], list[Row]]:
    """The grouping's rows with the given clusters' stories listed under their rows."""
    stories, rows = grouping.stories, grouping.rows
    at = [(i, row) for i, row in enumerate(rows) if type(row) is str and row in clusters]
    out_stories: list[Story] = []
    out_rows: list[Row] = []
    start = 0
    for index, cluster in at:
        header = grouping.header(cluster)
        out_stories += stories[start:index + 1]
        out_rows += rows[start:index + 1]
        out_stories += header.shown
        out_rows += member_rows(header)
        start = index + 1
    out_stories += stories[start:]
    out_rows += rows[start:]
    return out_stories, out_rows


@dataclass
class ClusterGrouper:
    """The assignments known to the dashboard and the cluster members built from them, rebuilt
    only when the stories or the assignments change (the filter worker calls `group`)."""

    assignments: dict[str, str] = field(default_factory=dict)
    _version: int = 0
    _built: tuple[object, int, int] | None = None
    _members: ClusterMembers | None = None
    _whole: tuple[tuple[ClusterMembers, frozenset[str]], Grouping | None] | None = None

    def update(self, assignments: Mapping[str, str], *, replace: bool = False) -> None:
        """New assignments: all of them (replace) or those of the stories just clustered."""
        if replace:
            self.assignments = dict(assignments)
        else:
            self.assignments.update(assignments)
        self._version += 1

    def members(self, stories: Sequence[Story]) -> ClusterMembers:
        """The clusters among these stories (cached for the same list and assignments)."""
        key = (stories, len(stories), self._version)
        built = self._built
        if self._members is None or built is None or built[0] is not stories or built[1:] != key[1:]:
            self._members = ClusterMembers(stories, self.assignments)
            self._built = key
        return self._members

    def group(self, stories: Sequence[Story], shown: Sequence[Story], expanded: Iterable[str] = ()) -> Grouping | None:
        """Rows for `shown` (a filtered part of `stories`)."""
        if not self.assignments:
            return None
        members = self.members(stories)
        if shown is not stories:
            return group(shown, members, expanded, everything=False)
        # The unfiltered list comes back often (esc, a view cycled through): its rows are kept
        # and handed out as copies, since expanding a cluster edits a grouping's rows in place.
        key = (members, frozenset(expanded))
        if self._whole is None or self._whole[0] != key:
            self._whole = (key, group(shown, members, key[1], everything=True))
        whole = self._whole[1]
        if whole is None:
            return None
        return Grouping(list(whole.stories), list(whole.rows), whole.shown, whole.clusters, None, whole._headers)

    def summary(self, story_id: str) -> tuple[str, Story, int] | None:
        """(cluster id, newest story, size) of a story's cluster of 2+, as last built."""
        return self._members.summary(story_id) if self._members is not None else None
