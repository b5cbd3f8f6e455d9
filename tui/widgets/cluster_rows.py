"""How the story list paints and edits cluster rows (one event from many sources as one row).

The grouping itself is headless (tui.core.cluster_view); this module turns a cluster into a row
of cells and expands or collapses a cluster in the list's row arrays in place.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widget import Widget

from tui.core.cluster_view import ClusterRow, Grouping, MemberRow, member_rows, side_counts
from tui.core.models import Story
from tui.widgets.row_text import SOURCE_WIDTH, display_line, fit

GROUP_CLASSES = {"RU": "side--ru-state", "UA": "side--ua-official", "other": "side--intl"}
"""Each side group's badge colour: that of its first side."""

EXPANDED, COLLAPSED = "▾", "▸"
MEMBER, LAST_MEMBER = "├ ", "└ "


def row_key(grouping: Grouping | None, stories: list[Story], row: int) -> tuple[str, str] | None:
    """What a row shows, to find it again after the rows change: its cluster or its story."""
    if not 0 <= row < len(stories):
        return None
    kind = grouping.rows[row] if grouping is not None else None
    if isinstance(kind, str):
        return ("cluster", kind)
    return ("member" if kind is not None else "story", stories[row].id)


def find_row(grouping: Grouping | None, stories: list[Story], key: tuple[str, str] | None) -> int | None:
    """The row showing `key` now (a scan: run once per list change, not per keypress)."""
    if key is None:
        return None
    kind, value = key
    if grouping is None:
        return next((i for i, story in enumerate(stories) if story.id == value), None) if kind != "cluster" else None
    rows = grouping.rows
    if kind == "cluster":
        return next((i for i, row in enumerate(rows) if row == value), None)
    want_member = kind == "member"
    return next((i for i, (row, story) in enumerate(zip(rows, stories))
                 if story.id == value and (row.__class__ is MemberRow) == want_member
                 and row.__class__ is not str), None)


def cluster_positions(grouping: Grouping) -> dict[str, int]:
    """Cluster id -> the row of its cluster row."""
    return {kind: row for row, kind in enumerate(grouping.rows) if type(kind) is str}


def hidden_row(grouping: Grouping, positions: dict[str, int], story_id: str) -> int | None:
    """The row of the collapsed cluster a shown story is in (marks repaint it, a jump finds it)."""
    cluster = grouping.clusters.cluster_of.get(story_id)
    if cluster is None or (grouping.matched is not None and story_id not in grouping.matched):
        return None
    return positions.get(cluster)


def header_row(grouping: Grouping, row: int) -> int | None:
    """The row of the cluster a row belongs to (itself for a cluster row), None for a plain story."""
    if not 0 <= row < len(grouping.rows) or grouping.rows[row] is None:
        return None
    while grouping.rows[row].__class__ is MemberRow:
        row -= 1
    return row


def toggle(grouping: Grouping, row: int, expanded: frozenset[str]) -> tuple[int, frozenset[str]] | None:
    """Expand or collapse the cluster at `row` (its row or one of its stories), in place.

    Returns the cluster row (where the cursor goes) and the new set of expanded clusters."""
    top = header_row(grouping, row)
    if top is None:
        return None
    cluster = grouping.rows[top]
    assert isinstance(cluster, str)
    end = top + 1
    while end < len(grouping.rows) and grouping.rows[end].__class__ is MemberRow:
        end += 1
    if end > top + 1:
        del grouping.stories[top + 1:end]
        del grouping.rows[top + 1:end]
        return top, expanded - {cluster}
    header = grouping.header(cluster)
    grouping.stories[top + 1:top + 1] = header.shown
    grouping.rows[top + 1:top + 1] = member_rows(header)
    return top, expanded | {cluster}


def has_new(header: ClusterRow, since_visit: frozenset[str]) -> bool:
    """True when an unread story of the cluster arrived since the last visit."""
    return bool(since_visit) and any(not s.read and s.id in since_visit for s in header.members)


def cluster_strip(story_list: Widget, header: ClusterRow, open_: bool, age: str, width: int,
                  selected: bool, base: Style, *, new: bool = False) -> Strip:
    """A cluster's row: time, unread dot, ▸ count, the sides, the newest story's marks, the headline."""
    if selected:
        base = base + story_list.get_component_rich_style("story-list--cursor")

    def style(component: str) -> Style:
        return base + story_list.get_component_rich_style(component) + Style(bgcolor=base.bgcolor)

    newest = header.newest or header.shown[0]
    unread = header.unread
    marks = ("★" if newest.starred else " ") + ("⚑" if newest.flagged else " ")
    # Who reports it stands where a story's source stands; the newest story's marks follow, so a
    # row's star is always next to the headline it belongs to.
    # The sides written tight ('RU2 UA3 other1', each in its side's colour; 'R12 U30 O9' for big
    # clusters) so that they fit the source column and every row's headline starts in one column.
    sides = side_counts(header.shown)
    count, labels = side_labels(f"{EXPANDED if open_ else COLLAPSED} {header.count_text()} ", sides)
    segments = [
        Segment(f"{age:>4} ", style("story-list--time")),
        Segment(("✦ " if new else "● ") if unread else "  ", style("story-list--unread")),
        Segment(count, style("story-list--cluster")),
    ]
    for n, ((group_name, _), label) in enumerate(zip(sides, labels)):
        if n:
            segments.append(Segment(" ", base))
        segments.append(Segment(label, style(GROUP_CLASSES[group_name])))
    segments += [
        Segment(" " * max(1, SOURCE_WIDTH - sum(cell_len(s.text) for s in segments[2:]) + 1), base),
        Segment(marks, style("story-list--marks")),
        Segment("◆ " if any(s.claim_ids for s in header.shown) else "  ", style("story-list--claim")),
    ]
    used = sum(cell_len(segment.text) for segment in segments)
    title = display_line(newest.title, max(width, 1))
    if cell_len(title) > width - used:
        title = fit(title, width - used)
    segments.append(Segment(title, style("story-list--unread" if unread else "story-list--read")))
    return Strip(segments).adjust_cell_length(width, base).simplify()


def side_labels(count: str, sides: list[tuple[str, int]]) -> tuple[str, list[str]]:
    """The count ('▸ 6 ') and each side's count as a cluster row writes them: 'RU2', 'UA3',
    'other1'; 'R12', 'U30', 'O9' where the names would run past the source column; and
    '▸ 9/40 ' for '▸ 9 of 40 ' where even that does not fit."""
    labels = [f"{name}{number}" for name, number in sides]
    if len(count) + len(" ".join(labels)) > SOURCE_WIDTH:
        labels = [f"{name[0].upper()}{number}" for name, number in sides]
    if len(count) + len(" ".join(labels)) > SOURCE_WIDTH:
        count = count.replace(" of ", "/")
    return count, labels


def cluster_cache_key(header: ClusterRow, open_: bool, age: str, width: int, selected: bool) -> tuple:
    """Everything a cluster row's cells depend on (its strips are cached like a story's)."""
    newest = header.newest or header.shown[0]
    return ("cluster", header.cluster, newest.id, newest.starred, newest.flagged, header.unread,
            tuple(side_counts(header.shown)), len(header.members),
            any(s.claim_ids for s in header.shown), open_, age, width, selected)


def member_prefix(member: MemberRow) -> str:
    """The indent drawn in a cluster story's source column."""
    return LAST_MEMBER if member.last else MEMBER
