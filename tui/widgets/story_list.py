"""The story list: a Line-API scroll view that paints only the visible rows of a huge, live list."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.events import Click, Key
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.cluster_view import ClusterRow, Grouping, MemberRow
from tui.core.display import story_order_key
from tui.core.models import SIDES, Story
from tui.widgets import cluster_rows
from tui.widgets.row_text import SOURCE_WIDTH, display_line, fit, relative_time


SIDE_CLASSES = {side: f"side--{side}" for side in SIDES}
"""Component class of each side's badge; styles/app.tcss defines them once for every widget."""

SIDE_CODES = {"ua-official": "UAo", "ua-media": "UAm", "ru-state": "RUs", "ru-independent": "RUi",
              "intl": "INT", "analyst": "ANL"}
"""Each side as text too, not by colour alone (colour-blind users, monochrome terminals)."""


@runtime_checkable
class FilterOpener(Protocol):
    """Whatever binds the filter key (the main screen): the list opens its filter at once."""

    def action_filter(self) -> None: ...


class StoryList(ScrollView, can_focus=True):
    """Stories in the screen's order (newest first unless sorted otherwise); keeps the selected
    story and scroll position as new ones arrive."""

    COMPONENT_CLASSES = {
        "story-list--cursor",
        "story-list--time",
        "story-list--unread",
        "story-list--read",
        "story-list--marks",
        "story-list--claim",
        "story-list--updated",
        "story-list--cluster",
        *SIDE_CLASSES.values(),
    }

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", id="cursor_down", show=False),
        Binding("k,up", "cursor_up", "Up", id="cursor_up", show=False),
        Binding("g,home", "first", "First", id="first", show=False),
        Binding("G,end", "last", "Last", id="last", show=False),
        Binding("pagedown", "page_down", "Page down", id="page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="page_up", show=False),
        Binding("enter", "select", "Open", id="select"),
        Binding("z", "toggle_cluster", "Expand", id="toggle_cluster",
                tooltip="Expand a cluster to its stories, or collapse it"),
    ]

    @dataclass
    class Highlighted(Message):
        """The cursor moved onto a story."""

        story_list: StoryList
        story: Story | None

        @property
        def control(self) -> StoryList:
            return self.story_list

        def can_replace(self, message: Message) -> bool:
            # Holding `j` over 1,000 rows should produce one reader update, not 1,000.
            return isinstance(message, StoryList.Highlighted)

    @dataclass
    class Selected(Message):
        """The user opened a story (enter or click)."""

        story_list: StoryList
        story: Story

        @property
        def control(self) -> StoryList:
            return self.story_list

    cursor: reactive[int] = reactive(0, always_update=False, repaint=False)
    new_above: reactive[int] = reactive(0)
    """Stories that arrived above the viewport since the user last looked at the top."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.clock = clock
        self._stories: list[Story] = []
        self._positions: dict[str, int] | None = None
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)
        self._grouping: Grouping | None = None
        """What each row is when stories share clusters (None: every row is a story)."""
        self._cluster_positions: dict[str, int] | None = None
        self.expanded: frozenset[str] = frozenset()
        """Clusters shown with their stories under them (replaced, never mutated: workers read it)."""
        self.empty_text = "No stories yet."
        """Shown when the list is empty; the screen says why (no match, nothing fetched yet)."""
        self.single_click_opens = False
        """True where only one pane shows (a narrow terminal): a click opens the story."""
        self.order_key: Callable[[Story], tuple[object, ...]] = story_order_key("newest")
        """Sort key of the list's order (set by the screen), for merging arrivals."""
        self.since_visit: frozenset[str] = frozenset()
        """Stories that arrived since the last visit: marked ✦ while unread (replaced, never mutated)."""
        self._visit_unread = 0  # unread arrivals since the last visit, counted in the bottom border

    def on_key(self, event: Key) -> None:
        """Open the filter at once and pass on keys queued here before focus moved away.

        The app forwards each key to the widget focused when it arrives, so "/kup" typed fast
        puts all four keys in this list's queue before `/` opens the filter: without this, the
        letters would run list bindings (`s` stars, `u` toggles unread) instead of being typed.
        """
        focused = self.screen.focused
        if focused is not None and focused is not self:
            event.stop()
            event.prevent_default()
            focused.post_message(Key(event.key, event.character))
            return
        active = self.screen.active_bindings.get(event.key)
        if active is not None and active.binding.action == "filter" and isinstance(opener := active.node, FilterOpener):
            # Open the filter here and now: a binding runs only once the key has bubbled up
            # through the screen's queue, after the keys typed behind it were handled here.
            event.stop()
            event.prevent_default()
            opener.action_filter()

    # -- data -------------------------------------------------------------------------------

    @property
    def stories(self) -> list[Story]:
        """The stories shown, in the list's order (do not mutate)."""
        return self._stories

    @property
    def selected(self) -> Story | None:
        """The story under the cursor."""
        if 0 <= self.cursor < len(self._stories):
            return self._stories[self.cursor]
        return None

    def index_of(self, story_id: str) -> int | None:
        """Row of a story, or None when it is not shown."""
        if self._positions is None:
            self._positions = {story.id: row for row, story in enumerate(self._stories)}
        row = self._positions.get(story_id)
        if row is None and self._grouping is not None:
            if self._cluster_positions is None:
                self._cluster_positions = cluster_rows.cluster_positions(self._grouping)
            row = cluster_rows.hidden_row(self._grouping, self._cluster_positions, story_id)
        return row

    def _find(self, story: Story) -> int | None:
        """Row of a story by a scan that stops where found, without building the position map."""
        story_id = story.id
        return next((row for row, shown in enumerate(self._stories) if shown.id == story_id), None)

    def set_stories(self, stories: list[Story]) -> None:
        """Show a new list (a filter changed); keep the selected story when it is still shown."""
        selected = self.selected
        self._replace(stories)
        row = self._find(selected) if selected else None
        self.new_above = 0
        self._move_cursor(row if row is not None else 0, scroll=True, force_message=True)

    def add_stories(self, stories: Iterable[Story]) -> int:
        """Merge arriving stories in order without moving the user's story or viewport."""
        incoming = [s for s in stories if self.index_of(s.id) is None]
        if not incoming:
            return 0
        selected = self.selected
        top_row = int(self.scroll_y)
        top = self._stories[top_row] if top_row < len(self._stories) else None
        merged = sorted([*self._stories, *incoming], key=self.order_key)
        self._replace(merged)
        if top is not None and top_row > 0:
            new_top = self.index_of(top.id) or 0
            self.new_above += new_top - top_row
            self.scroll_to(y=new_top, animate=False, immediate=True)
        if selected is not None:
            self._move_cursor(self.index_of(selected.id) or 0, scroll=False)
        self.refresh()
        return len(incoming)

    def update_stories(self, stories: Iterable[Story]) -> None:
        """Swap in fresher copies of stories already shown (new revision, marks, claims)."""
        changed = False
        for story in stories:
            row = self.index_of(story.id)
            if row is not None:
                self._stories[row] = story
                changed = True
        if changed:
            self.refresh()

    def refresh_story(self, story_id: str) -> None:
        """Repaint one story's row (its marks changed in place)."""
        if self._grouping is not None:
            self.refresh()  # a cluster's row shows its stories' marks too; unchanged rows are cached
            return
        row = self.index_of(story_id)
        if row is not None:
            self.refresh_line(row)

    def _replace(self, stories: list[Story], grouping: Grouping | None = None) -> None:
        self._stories = stories
        self._positions = None
        self._grouping = grouping
        self._cluster_positions = None
        size = Size(0, len(stories))
        if size != self.virtual_size:
            # Not the layout reactive: a new row count changes only this list and its scrollbar,
            # and a whole-screen layout pass per keystroke of the filter doubled its cost.
            # Showing or hiding the scrollbar still asks for layout (a layout reactive itself).
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
        self.refresh()

    # -- cursor -----------------------------------------------------------------------------

    def select_story(self, story_id: str) -> bool:
        """Put the cursor on a story (scrolled into view); False when it is not shown."""
        row = self.index_of(story_id)
        if row is None:
            return False
        if self._grouping is not None and self._stories[row].id != story_id:
            row = self._expand_to(row, story_id)
        self._move_cursor(row, force_message=True)
        return True

    def _move_cursor(self, row: int, *, scroll: bool = True, force_message: bool = False) -> None:
        row = max(0, min(row, len(self._stories) - 1))
        previous = self.cursor
        self.cursor = row
        top = int(self.scroll_y)
        if scroll:
            self._scroll_cursor_into_view()
        if previous != row or force_message:
            if int(self.scroll_y) == top:
                # Only the two rows whose cursor state changed are repainted: a keypress
                # costs two cached strips, not a whole pane.
                self.refresh_line(previous)
                self.refresh_line(row)
            else:
                self.refresh()
            self.post_message(self.Highlighted(self, self.selected))

    def _scroll_cursor_into_view(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if int(new_value) == 0:
            self.new_above = 0

    def watch_new_above(self) -> None:
        self._show_subtitle()

    def action_cursor_down(self) -> None:
        self._move_cursor(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self._move_cursor(self.cursor - 1)

    def action_first(self) -> None:
        self._move_cursor(0)

    def action_last(self) -> None:
        self._move_cursor(len(self._stories) - 1)

    def action_page_down(self) -> None:
        self._move_cursor(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._move_cursor(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def action_select(self) -> None:
        story = self.selected
        if story is not None:
            self.post_message(self.Selected(self, story))

    def action_toggle_cluster(self) -> None:
        """Expand the cluster under the cursor to its stories, or collapse it to one row."""
        if self._grouping is None:
            return
        toggled = cluster_rows.toggle(self._grouping, self.cursor, self.expanded)
        if toggled is None:
            return
        row, self.expanded = toggled
        self._replace(self._grouping.stories, self._grouping)
        self._move_cursor(row, force_message=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_cluster":
            return self._grouping is not None
        return True

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + int(self.scroll_y)
        if row < len(self._stories):
            self._move_cursor(row, scroll=False)
            if event.chain >= 2 or self.single_click_opens:
                self.action_select()

    # -- painting ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + int(self.scroll_y)
        base = self.rich_style
        if not self._stories and y == 1 and width > 2 and self.empty_text:
            # An empty list says why (no match, or nothing fetched yet) instead of a blank pane.
            text = " " + display_line(self.empty_text, width - 2)
            return Strip([Segment(text, base + self.get_component_rich_style("story-list--read"))]).adjust_cell_length(width, base)
        if row >= len(self._stories) or width <= 0:
            return Strip.blank(width, base)
        story = self._stories[row]
        selected = row == self.cursor
        age = relative_time(story.published, self.clock())
        kind = self._grouping.rows[row] if self._grouping is not None else None
        if kind is not None:
            return self._cluster_line(kind, story, age, width, selected, base)
        marks = (story.read, story.starred, story.flagged, bool(story.claim_ids), story.id in self.since_visit)
        key = (story.id, story.revision, marks, age, width, selected)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(story, age, width, selected, base)
            self._strips[key] = strip
        return strip

    def _render_row(self, story: Story, age: str, width: int, selected: bool, base: Style,
                    indent: str = "") -> Strip:
        if selected:
            # The cursor is the row's base so side colours and marks stay readable on it.
            base = base + self.get_component_rich_style("story-list--cursor")

        def style(component: str) -> Style:
            # A component's text colour on the row's own background: "auto" colours ($text,
            # $text-muted) resolve against the widget, and no cell punches a hole in the cursor.
            return base + self.get_component_rich_style(component) + Style(bgcolor=base.bgcolor)

        text_style = style("story-list--read" if story.read else "story-list--unread")
        side_style = style(SIDE_CLASSES.get(story.side, "side--intl"))
        source = fit(indent + display_line(story.source or story.feed_id, 200), SOURCE_WIDTH)
        marks = ("★" if story.starred else " ") + ("⚑" if story.flagged else " ")
        segments = [
            Segment(f"{age:>4} ", style("story-list--time")),
            Segment(self._dot(story), style("story-list--unread")),
            Segment(f"{fit(source.rstrip(), SOURCE_WIDTH - 4)} {SIDE_CODES.get(story.side, 'INT')} ", side_style),
            Segment(marks, style("story-list--marks")),
            Segment("◆ " if story.claim_ids else "  ", style("story-list--claim")),
        ]
        if story.revision:
            segments.append(Segment("✎ ", style("story-list--updated")))
        used = sum(cell_len(segment.text) for segment in segments)
        title = display_line(story.title, max(width, 1))
        if cell_len(title) > width - used:
            title = fit(title, width - used)
        segments.append(Segment(title, text_style))
        return Strip(segments).adjust_cell_length(width, base).simplify()

    def _dot(self, story: Story) -> str:
        """The unread column: ✦ for a story new since the last visit, ● for another unread one."""
        if story.read:
            return "  "
        return "✦ " if story.id in self.since_visit else "● "

    def show_since_visit(self, story_ids: frozenset[str], unread: int) -> None:
        """Mark these stories as arrived since the last visit (empty: no marks); `unread` of
        them are unread, which the bottom border says."""
        if story_ids != self.since_visit:
            self.since_visit = story_ids
            self.refresh()
        self._visit_unread = unread
        self._show_subtitle()

    def _show_subtitle(self) -> None:
        parts = [f"{self.new_above} new ↑"] if self.new_above else []
        if self._visit_unread:
            parts.append(f"✦ {self._visit_unread} new since your last visit")
        self.border_subtitle = Content(" · ".join(parts)) if parts else None

    # -- clusters (one event from many sources as one row) -----------------------------------

    @property
    def grouped(self) -> bool:
        """True while some rows are clusters."""
        return self._grouping is not None

    @property
    def shown_stories(self) -> list[Story]:
        """Every story the list shows, those inside collapsed clusters too (newest first)."""
        return self._grouping.shown if self._grouping is not None else self._stories

    @property
    def selected_cluster(self) -> ClusterRow | None:
        """The cluster whose row is under the cursor (not one of its stories)."""
        grouping = self._grouping
        if grouping is None or not 0 <= self.cursor < len(grouping.rows):
            return None
        kind = grouping.rows[self.cursor]
        return grouping.header(kind) if isinstance(kind, str) else None

    def row_unread(self, row: int) -> bool:
        """True when the row's story is unread, or for a cluster's row any of its stories."""
        grouping = self._grouping
        if grouping is not None and isinstance(kind := grouping.rows[row], str):
            return grouping.header(kind).unread
        return not self._stories[row].read

    def select_cluster(self, cluster: str) -> bool:
        """Put the cursor on a cluster's row; False when the filter shows none of its stories."""
        row = cluster_rows.find_row(self._grouping, self._stories, ("cluster", cluster))
        if row is None:
            return False
        self._move_cursor(row, force_message=True)
        return True

    def set_rows(self, grouping: Grouping | None, stories: list[Story], *, keep_view: bool) -> None:
        """Show stories grouped into cluster rows (None: plain); keep the selected row, and when
        `keep_view` (live arrivals) the row at the top of the viewport too."""
        old = self._grouping, self._stories
        was_grouped = self._grouping is not None
        selected_key = cluster_rows.row_key(*old, self.cursor)
        top_row = int(self.scroll_y)
        top_key = cluster_rows.row_key(*old, top_row) if keep_view and top_row > 0 else None
        selected_story = self.selected
        new_stories = grouping.stories if grouping is not None else stories
        self._replace(new_stories, grouping)
        row = cluster_rows.find_row(grouping, new_stories, selected_key)
        if row is None and selected_story is not None:
            row = self.index_of(selected_story.id)
        new_top = cluster_rows.find_row(grouping, new_stories, top_key)
        if new_top is not None:
            self.new_above += max(0, new_top - top_row)
            self.scroll_to(y=new_top, animate=False, immediate=True)
        else:
            self.new_above = 0
        moved = self.selected is not selected_story
        self._move_cursor(row or 0, scroll=new_top is None, force_message=moved or not keep_view)
        self.refresh()
        if was_grouped != (grouping is not None):
            self.refresh_bindings()  # z applies only while some rows are clusters (a footer redraw)

    def _expand_to(self, row: int, story_id: str) -> int:
        """Expand the collapsed cluster at `row` and return the row of one of its stories."""
        grouping = self._grouping
        assert grouping is not None
        toggled = cluster_rows.toggle(grouping, row, self.expanded)
        if toggled is None:
            return row
        _, self.expanded = toggled
        self._replace(grouping.stories, grouping)
        found = cluster_rows.find_row(grouping, grouping.stories, ("member", story_id))
        return row if found is None else found

    def _cluster_line(self, kind: str | MemberRow, story: Story, age: str, width: int, selected: bool,
                      base: Style) -> Strip:
        grouping = self._grouping
        assert grouping is not None
        if isinstance(kind, str):
            header = grouping.header(kind)
            open_ = kind in self.expanded
            new = cluster_rows.has_new(header, self.since_visit)
            key = (*cluster_rows.cluster_cache_key(header, open_, age, width, selected), new)
            strip = self._strips.get(key)
            if strip is None:
                strip = cluster_rows.cluster_strip(self, header, open_, age, width, selected, base, new=new)
                self._strips[key] = strip
            return strip
        prefix = cluster_rows.member_prefix(kind)
        marks = (story.read, story.starred, story.flagged, bool(story.claim_ids), story.id in self.since_visit)
        key = ("member", prefix, story.id, story.revision, marks, age, width, selected)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(story, age, width, selected, base, indent=prefix)
            self._strips[key] = strip
        return strip

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def on_resize(self) -> None:
        self._strips.clear()
        # A shorter pane (a smaller terminal) must still show the cursor: enter opens that row.
        if self._stories:
            self.call_after_refresh(self._scroll_cursor_into_view)
