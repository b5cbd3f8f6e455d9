"""What changed in a developing story since the version the user read: `d` in the reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.style import Style as RichStyle
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from tui.themes import styles_dir
from tui.core.display import local_time
from tui.core.models import Story
from tui.core.versions import StoryChanges, word_diff
from tui.widgets.row_text import display_line, relative_time


class ChangesView(Static, can_focus=False):
    """The changes as text: headline and numbers on top, sentences, then reworded words."""

    COMPONENT_CLASSES = {
        "diff--heading", "diff--headline", "diff--number", "diff--added", "diff--removed",
        "diff--added-word", "diff--removed-word", "diff--muted",
    }

    def __init__(self, now: float, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.now = now
        self.changes: StoryChanges | None = None

    def show(self, changes: StoryChanges) -> None:
        """Render these changes."""
        self.changes = changes
        self.update(self._text(changes))

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self.changes and self.show(self.changes), init=False)

    def _style(self, name: str) -> RichStyle:
        return self.get_component_rich_style(name, partial=True)

    def _text(self, changes: StoryChanges) -> Text:
        # Rich Text built by append: story text is data, never parsed as markup.
        text = Text()
        change, base, latest = changes.change, changes.base, changes.latest
        if change is None or base is None or latest is None:
            text.append("No earlier version of this story was kept: there is nothing to compare.",
                        self._style("diff--muted"))
            return text
        text.append(f"Since the version seen {self._when(base.seen_at)}\n"
                    f"Newest of {changes.versions}, seen {self._when(latest.seen_at)}\n",
                    self._style("diff--muted"))
        empty = True
        if change.title_changed:
            empty = False
            text.append("\nHeadline changed\n", self._style("diff--heading"))
            text.append("− ", self._style("diff--removed"))
            text.append(display_line(change.old_title, 500), self._style("diff--removed"))
            text.append("\n+ ", self._style("diff--added"))
            text.append(display_line(change.new_title, 500), self._style("diff--added"))
            text.append("\n")
        if change.numbers:
            empty = False
            text.append("\nNumbers changed  ", self._style("diff--heading"))
            for k, (old, new) in enumerate(change.numbers):
                if k:
                    text.append(" · ")
                text.append(f"{old} → {new}", self._style("diff--number"))
            text.append("\n")
        for title, sentences, sign, style in (
            ("Added", change.added, "+ ", "diff--added"),
            ("Removed", change.removed, "− ", "diff--removed"),
        ):
            if not sentences:
                continue
            empty = False
            text.append(f"\n{title}\n", self._style("diff--heading"))
            for sentence in sentences:
                text.append(sign + display_line(sentence, 2000) + "\n", self._style(style))
        if change.reworded:
            empty = False
            text.append("\nReworded\n", self._style("diff--heading"))
            for reworded in change.reworded:
                text.append("~ ")
                for k, (kind, words) in enumerate(word_diff(reworded.before, reworded.after)):
                    if k:
                        text.append(" ")
                    style = {"removed": "diff--removed-word", "added": "diff--added-word"}.get(kind)
                    text.append(display_line(words, 2000), self._style(style) if style else "")
                text.append("\n")
        if empty:
            text.append("\nOnly the form changed, not the words.", self._style("diff--muted"))
        return text

    def _when(self, ts: float) -> str:
        age = relative_time(ts, self.now)
        return f"{local_time(ts)} ({'just now' if age == 'now' else age + ' ago'})"


class DiffScreen(ModalScreen[None]):
    """Changes of one story since the version the user read, as the service compares them."""

    CSS_PATH = [styles_dir() / "diff.tcss"]

    BINDINGS = [
        Binding("escape,q,d", "diff_close", "Close", id="diff_close", key_display="esc"),
        Binding("j,down", "diff_scroll(1)", "Scroll down", id="diff_down", show=False),
        Binding("k,up", "diff_scroll(-1)", "Scroll up", id="diff_up", show=False),
        Binding("space,pagedown", "diff_page(1)", "Page down", id="diff_page_down", show=False),
        Binding("b,pageup", "diff_page(-1)", "Page up", id="diff_page_up", show=False),
    ]

    @dataclass
    class Loaded(Message):
        """The worker read and compared the versions."""

        changes: StoryChanges

    def __init__(self, story: Story, changes_of: Callable[[str], StoryChanges], *,
                 clock: Callable[[], float]) -> None:
        super().__init__(classes="warfeed-modal")
        self.story = story
        self.changes_of = changes_of
        """Reads and compares the story's versions (the service's changes_since_read; blocking)."""
        self.clock = clock

    def compose(self) -> ComposeResult:
        with Vertical(id="diff-dialog", classes="modal-dialog"):
            yield Label(f"What changed: {display_line(self.story.title, 300)}", classes="modal-title",
                        markup=False)
            with VerticalScroll(id="diff-scroll"):
                yield ChangesView(self.clock(), id="diff-changes")
            yield Label("j/k scroll · esc/d close", classes="modal-hint")

    def on_mount(self) -> None:
        self.query_one(ChangesView).update(Text("Reading the story's versions…"))
        self._load()

    @work(thread=True, exclusive=True, group="diff")
    def _load(self) -> None:
        self.post_message(self.Loaded(self.changes_of(self.story.id)))

    def on_diff_screen_loaded(self, message: Loaded) -> None:
        self.query_one(ChangesView).show(message.changes)

    def action_diff_scroll(self, lines: int) -> None:
        """Scroll the changes by a line."""
        self.query_one("#diff-scroll", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_diff_page(self, pages: int) -> None:
        """Scroll the changes by a page."""
        scroll = self.query_one("#diff-scroll", VerticalScroll)
        scroll.scroll_relative(y=pages * max(1, scroll.scrollable_content_region.height - 1), animate=False)

    def action_diff_close(self) -> None:
        """Back to the reader."""
        self.dismiss(None)
