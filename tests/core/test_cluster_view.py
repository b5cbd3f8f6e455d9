"""Cluster rows of the story list: grouping a filtered list, sides, expanded clusters."""

from __future__ import annotations

from tui.core.cluster_view import ClusterGrouper, ClusterMembers, ClusterRow, MemberRow, group, sides_text
from tui.core.models import Story

from tests import factories

NOW = 1_763_630_000.0


def story(n: int, side: str = "intl", **fields) -> Story:
    """Story n of its own source on side, n minutes old."""
    return factories.story(n, now=NOW, **{"id": f"s{n}", "source": f"Source {n}", "side": side,
                                          "fetched_at": NOW, **fields})


def newest_first() -> list[Story]:
    sides = ["ru-state", "ua-media", "analyst", "ua-official", "intl", "ru-independent", "ua-media"]
    return [story(n, side) for n, side in enumerate(sides)]


# s1, s3, s5 report one event; s2 and s6 another; s0 and s4 stand alone (s4 never clustered).
ASSIGNMENTS = {"s0": "s0", "s1": "s5", "s3": "s5", "s5": "s5", "s2": "s6", "s6": "s6"}


def test_sides_are_grouped_ru_ua_other_in_that_order():
    stories = [story(1, "analyst"), story(2, "ua-media"), story(3, "ru-state"), story(4, "ua-official"),
               story(5, "ru-independent"), story(6, "intl"), story(7, "ua-media")]
    assert sides_text(stories) == "RU 2 · UA 3 · other 2"
    assert sides_text([story(1, "intl")]) == "other 1"


def test_a_cluster_is_one_row_at_its_newest_story():
    stories = newest_first()
    grouping = group(stories, ClusterMembers(stories, ASSIGNMENTS))
    assert [s.id for s in grouping.stories] == ["s0", "s1", "s2", "s4"]
    assert grouping.rows[1] == "s5"
    header = grouping.header("s5")
    assert isinstance(header, ClusterRow) and header.newest is stories[1]
    assert [s.id for s in header.shown] == ["s1", "s3", "s5"]
    assert header.count_text() == "3"
    assert sides_text(header.shown) == "RU 1 · UA 2"
    assert grouping.rows[0] is None and grouping.rows[3] is None
    assert len(grouping.shown) == len(stories)


def test_a_cluster_shows_when_any_story_matches_and_counts_what_is_hidden():
    stories = newest_first()
    members = ClusterMembers(stories, ASSIGNMENTS)
    shown = [s for s in stories if s.id in ("s0", "s3")]
    grouping = group(shown, members, expanded={"s5"})
    assert [s.id for s in grouping.stories] == ["s0", "s3", "s3"]
    header, member = grouping.header(grouping.rows[1]), grouping.rows[2]
    assert header.newest.id == "s3"
    assert header.count_text() == "1 of 3"
    assert [s.id for s in header.members] == ["s1", "s3", "s5"]
    assert isinstance(member, MemberRow) and member.cluster == "s5" and member.last


def test_expanded_clusters_list_their_stories_under_their_row():
    stories = newest_first()
    grouping = group(stories, ClusterMembers(stories, ASSIGNMENTS), expanded={"s6", "gone"})
    assert [s.id for s in grouping.stories] == ["s0", "s1", "s2", "s2", "s6", "s4"]
    assert [type(r).__name__ for r in grouping.rows] == [
        "NoneType", "str", "str", "MemberRow", "MemberRow", "NoneType"]
    assert [r.last for r in grouping.rows[3:5]] == [False, True]


def test_no_cluster_of_two_leaves_the_list_plain():
    stories = newest_first()
    assert group(stories, ClusterMembers(stories, {s.id: s.id for s in stories})) is None
    assert group(stories, ClusterMembers(stories, {})) is None


def test_unread_while_any_story_of_the_cluster_is_unread():
    stories = newest_first()
    header = group(stories, ClusterMembers(stories, ASSIGNMENTS)).header("s5")
    for s in stories:
        s.read = True
    assert not header.unread
    stories[5].read = False  # s5: the oldest of the cluster
    assert header.unread


def test_grouper_rebuilds_members_only_when_stories_or_assignments_change():
    stories = newest_first()
    grouper = ClusterGrouper()
    assert grouper.group(stories, stories) is None
    grouper.update({"s0": "s0", "s1": "s1"}, replace=True)
    assert grouper.group(stories, stories) is None
    first = grouper.members(stories)
    assert grouper.members(stories) is first
    grouper.update({"s2": "s1"})  # a new story joined s1's cluster after a poll
    grouping = grouper.group(stories, stories)
    assert [s.id for s in grouping.header(grouping.rows[1]).shown] == ["s1", "s2"]
    assert grouper.summary("s2")[0] == "s1" and grouper.summary("s2")[2] == 2
    assert grouper.summary("s0") is None
    before = grouper.members(stories)
    fresh = list(stories)  # the store's list after a poll: a new list object
    assert grouper.members(fresh) is not before
    assert grouper.members(fresh).cluster_of == {"s1": "s1", "s2": "s1"}


def test_the_unfiltered_rows_are_kept_but_each_caller_gets_its_own_copy():
    stories = newest_first()
    grouper = ClusterGrouper()
    grouper.update(ASSIGNMENTS, replace=True)
    first = grouper.group(stories, stories)
    first.rows.insert(2, MemberRow("s5"))  # what expanding a cluster does to the list's copy
    again = grouper.group(stories, stories)
    assert [type(r).__name__ for r in again.rows] == ["NoneType", "str", "str", "NoneType"]
    assert again.header("s5") is first.header("s5")
    opened = grouper.group(stories, stories, expanded={"s5"})
    assert len(opened.rows) == 7
    grouper.update({"s4": "s6"})  # new assignments: the rows are built again
    assert [s.id for s in grouper.group(stories, stories).header("s6").shown] == ["s2", "s4", "s6"]
