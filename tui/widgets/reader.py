"""The reader pane: one story in full; links are shown, never opened by a click."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from datetime import datetime, timezone
from urllib.parse import urlsplit

from rich.style import Style as RichStyle
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from tui.core.display import local_time
from tui.core.models import Article, Story
from tui.core.versions import Version
from tui.widgets.row_text import display_line, display_text, relative_time
from tui.widgets.story_list import SIDE_CLASSES

if TYPE_CHECKING:
    from textual.widgets import Markdown
    from textual.widgets.markdown import MarkdownBlock

BODY_DELAY = 0.12
"""Seconds the cursor must rest on a story before the reader rebuilds the body."""

EMPTY_HINT = "Select a story and press enter to read it here."


def link_host(url: str) -> str:
    """The host a link really points at (shown so a spoofed title cannot hide it)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


INLINE_LINK = re.compile(r'(?<!!)\[([^\]\n]*)\]\(\s*<?([^()\s<>]+(?:\([^()\s]*\))?[^()\s<>]*)>?(?:\s+"[^"\n]*")?\s*\)')
"""A Markdown inline link `[text](url "title")` (images, `![..](..)`, are left alone)."""


HEAD_PARAGRAPHS = 4
"""A page's own headline, byline and time stamp are looked for only this far into its text."""
BYLINE = re.compile(
    r"(?:By|Від|Автор:?|Текст:?)\s+"
    r"(?:(?:[A-ZА-ЯІЇЄҐ][\w'’.-]*|of|the|de|van|von|der|al|and|та|і|и),?\s*){1,10}(?:[·|—–-].*)?")
"""A byline: names (capitalised, with their small connecting words), then perhaps a time."""
TIME_STAMP = re.compile(r"[\d\s:.,/+\-–—·|TZ]*\d[\d\s:.,/+\-–—·|TZ]*(?:\s*(?:UTC|GMT|[A-Z]{3,4}))?")


def _plain_head(paragraph: str) -> str:
    return " ".join(paragraph.strip().lstrip("#").strip().strip("*_").split()).casefold().rstrip(".")


def _repeats_head(paragraph: str, headline: str) -> bool:
    """Whether a paragraph is the headline again, a byline or a bare time stamp."""
    plain = _plain_head(paragraph)
    if (plain and plain == headline) or TIME_STAMP.fullmatch(plain):
        return True
    line = " ".join(paragraph.split())
    # A sentence that happens to start with "By" ends like one.
    return len(line) <= 160 and not line.endswith((".", "!", "?")) and BYLINE.fullmatch(line) is not None


def without_repeated_head(text: str, title: str) -> str:
    """The article text without the headline, byline and time stamp a page may repeat above its
    first paragraph: the reader's head already shows them."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    headline = _plain_head(title)
    drop = 0
    while drop < min(HEAD_PARAGRAPHS, len(paragraphs)) and _repeats_head(paragraphs[drop], headline):
        drop += 1
    return "\n\n".join(paragraphs[drop:]) if 0 < drop < len(paragraphs) else text


def number_links(markdown: str) -> str:
    """Inline links become `text [n]`, and a numbered list of their addresses ends the text.

    The address of every link stays readable (and copyable) in the terminal, as in newsboat's
    link list, instead of vanishing behind its text.
    """
    numbers: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        text, url = match.group(1).strip(), match.group(2)
        number = numbers.setdefault(url, len(numbers) + 1)
        return f"{text} \\[{number}\\]" if text else f"\\[{number}\\]"

    body = INLINE_LINK.sub(replace, markdown)
    if not numbers:
        return body
    lines = [f"{number}. `{display_line(url, 500).replace('`', '')}`" for url, number in numbers.items()]
    return body + "\n\n---\n\n**Links**\n\n" + "\n".join(lines) + "\n"


def position_text(scroll_y: float, max_scroll_y: float) -> str:
    """Where the reader is in the article, as a pager says it: All, Top, Bot or a percentage."""
    if max_scroll_y <= 0:
        return "All"
    if scroll_y <= 0:
        return "Top"
    if scroll_y >= max_scroll_y:
        return "Bot"
    return f"{round(100 * scroll_y / max_scroll_y)}%"


def format_times(ts: float | None) -> str:
    """'2025-11-20 10:15 EET · 08:15 UTC' for one epoch time (local first, zone named), '' for None."""
    if not ts:
        return ""
    local = local_time(ts)
    if local.endswith(" UTC"):
        return local
    return f"{local} · {datetime.fromtimestamp(ts, tz=timezone.utc):%H:%M} UTC"


class Reader(VerticalScroll, can_focus=True):
    """Shows the selected story: headline block, then the article body as Markdown."""

    COMPONENT_CLASSES = set(SIDE_CLASSES.values())

    BINDINGS = [
        Binding("escape,h,backspace,left", "back", "Back", id="reader_back", key_display="esc"),
        Binding("q", "back", "Back", id="back", show=False),
        Binding("j,down", "scroll_down", "Scroll down", id="reader_down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", id="reader_up", show=False),
        Binding("space,pagedown", "page_down", "Page down", id="reader_page_down", show=False),
        Binding("b,pageup", "page_up", "Page up", id="reader_page_up", show=False),
        Binding("ctrl+d", "half_page_down", "Half page down", id="reader_half_down", show=False),
        Binding("ctrl+u", "half_page_up", "Half page up", id="reader_half_up", show=False),
        Binding("g,home", "scroll_home", "Top", id="reader_top", show=False),
        Binding("G,end", "scroll_end", "Bottom", id="reader_bottom", show=False),
        Binding("slash", "search", "Search", id="reader_search"),
        Binding("d", "show_changes", "Changes", id="reader_changes"),
        Binding("right", "ignore", show=False),
    ]

    @dataclass
    class Back(Message):
        """The user left the reader (esc, h, backspace, left or q): back to the story list."""

    @dataclass
    class ChangesRequested(Message):
        """The user asked what changed in the story shown (its screen opens the comparison)."""

        story: Story

    def action_ignore(self) -> None:
        """Nothing: the article never scrolls sideways (it wraps)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_changes":
            return self.story is not None and self.story.revision > 0
        return True

    def action_show_changes(self) -> None:
        """What changed in this story since the version you read."""
        if self.story is not None and self.story.revision:
            self.post_message(self.ChangesRequested(self.story))

    def _load_revised_at(self, story: Story) -> None:
        """When the story's newest version was seen, read through versions_of in a thread."""
        versions_of = self.versions_of
        if versions_of is None or (story.id, story.revision) in self._revised_at:
            return

        def read() -> None:
            versions = versions_of(story.id)
            seen = versions[-1].seen_at if len(versions) > 1 else None
            self.app.call_from_thread(self._show_revised_at, (story.id, story.revision), seen)

        self.run_worker(read, thread=True, exclusive=True, group="reader-revised")

    def _show_revised_at(self, key: tuple[str, int], seen: float | None) -> None:
        self._revised_at[key] = seen
        if self.story is not None and (self.story.id, self.story.revision) == key:
            self.query_one("#reader-head", Static).update(self._head(self.story, self.article))

    def action_back(self) -> None:
        """Leave the reader: a search first, else back to the story list."""
        if self.query_one("#reader-search", Input).display:
            self._close_search()
            return
        self.post_message(self.Back())

    def _half_page(self) -> int:
        return max(1, self.scrollable_content_region.height // 2)

    def action_half_page_down(self) -> None:
        """Scroll half a screen down."""
        self.scroll_relative(y=self._half_page(), animate=False)

    def action_half_page_up(self) -> None:
        """Scroll half a screen up."""
        self.scroll_relative(y=-self._half_page(), animate=False)

    # -- position ---------------------------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._show_position()

    def on_resize(self) -> None:
        self._show_position()

    def _show_position(self) -> None:
        text = position_text(self.scroll_y, self.max_scroll_y) if self.story is not None else ""
        if text != str(self.border_subtitle or ""):
            self.border_subtitle = text or None

    # -- search inside the article ------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search line at the reader's foot (enter: next match, esc: close)."""
        field = self.query_one("#reader-search", Input)
        field.display = True
        field.focus()

    def _close_search(self) -> None:
        field = self.query_one("#reader-search", Input)
        field.value = ""
        field.display = False
        self._mark_matches([])
        self._set_status(self._saved_status)
        self.focus()

    def _blocks(self) -> list[MarkdownBlock]:
        # Imported here as the body is: a reader with no body yet needs no Markdown.
        from textual.widgets.markdown import MarkdownBlock

        bodies = self.query("#reader-body")
        return [block for block in bodies.first().children if isinstance(block, MarkdownBlock)] if bodies else []

    def search_matches(self, term: str) -> list[MarkdownBlock]:
        """The article's blocks (paragraphs, headings, list items) that hold the term."""
        needle = term.casefold().strip()
        if not needle:
            return []
        return [block for block in self._blocks() if needle in (block.source or "").casefold()]

    def _mark_matches(self, matches: list[MarkdownBlock]) -> None:
        for block in self.query(".-search-match"):
            block.remove_class("-search-match")
        for block in matches:
            block.add_class("-search-match")

    @on(Input.Changed, "#reader-search")
    def _search_typed(self, event: Input.Changed) -> None:
        event.stop()
        self._search_index = 0
        self._go_to_match(event.value)

    @on(Input.Submitted, "#reader-search")
    def _search_next(self, event: Input.Submitted) -> None:
        event.stop()
        self._search_index += 1
        self._go_to_match(event.value)

    def _go_to_match(self, term: str) -> None:
        matches = self.search_matches(term)
        self._mark_matches(matches)
        if not term.strip():
            self._set_status(self._saved_status)
            return
        if not matches:
            self._set_status(f"No match for “{display_line(term, 60)}” in this article")
            return
        index = self._search_index % len(matches)
        self.scroll_to_widget(matches[index], animate=False, top=True)
        self._set_status(f"Match {index + 1} of {len(matches)} · enter: next · esc: close search")

    def __init__(self, *, clock: Callable[[], float] = time.time, id: str | None = None) -> None:
        super().__init__(id=id)
        self.clock = clock
        self.versions_of: Callable[[str], list[Version]] | None = None
        """A story's kept versions, oldest first (set by the screen; blocking; None: no revision times)."""
        self.story: Story | None = None
        self.article: Article | None = None
        self.content: str | None = None
        self.status = ""
        self._saved_status = ""
        self._search_index = 0
        self._body_timer: Timer | None = None
        self._revised_at: dict[tuple[str, int], float | None] = {}

    def compose(self) -> ComposeResult:
        yield Static(Content(EMPTY_HINT), id="reader-head", markup=False)
        yield Static("", id="reader-status", markup=False)
        search = Input(placeholder="search this article…", id="reader-search")
        search.display = False
        yield search
        # The body is mounted when a story is first shown: Textual's Markdown brings its own
        # imports (markdown-it), which a big cache's first frame should not wait for.

    def _set_body(self, markdown: str) -> None:
        from textual.widgets import Markdown

        bodies = self.query("#reader-body")
        if bodies:
            bodies.first(Markdown).update(markdown)
        elif markdown:
            self.mount(Markdown(markdown, id="reader-body", open_links=False))
        self.call_after_refresh(self._show_position)

    def show_story(
        self, story: Story, article: Article | None = None, *, status: str = "", immediate: bool = False
    ) -> None:
        """Show a story at once: the stored article if given, else the feed's own text."""
        same = self.story is not None and self.story.id == story.id
        if not same:
            search = self.query_one("#reader-search", Input)
            if search.display:
                search.value = ""
                search.display = False
                self._mark_matches([])
        self.story = story
        self.article = article
        self.content = None
        self.status = status
        self.query_one("#reader-head", Static).update(self._head(story, article))
        if story.revision:
            self._load_revised_at(story)
        self.refresh_bindings()  # `d` shows only for a revised story
        self._set_status(status)
        if self._body_timer is not None:
            self._body_timer.stop()
            self._body_timer = None
        if immediate or article is not None:
            self._update_body()
        else:
            # Rebuilding Markdown costs a layout pass: while the user holds `j`, only the
            # headline follows and the body catches up once the cursor rests.
            self._body_timer = self.set_timer(BODY_DELAY, self._update_body)
        if not same:
            self.scroll_home(animate=False)

    @property
    def body_pending(self) -> bool:
        """Whether the body still waits for the cursor to rest before it is rebuilt."""
        return self._body_timer is not None

    def _update_body(self) -> None:
        self._body_timer = None
        if self.story is not None:
            self._set_body(self._body(self.story, self.article))

    def show_article(
        self, story_id: str, article: Article | None, error: str | None = None, *, content: str | None = None
    ) -> None:
        """An article (or the feed's content) arrived from a worker; ignored if the user moved on."""
        if self.story is None or self.story.id != story_id:
            return
        if article is not None:
            self.show_story(self.story, article)
        elif content and self.article is None:
            self.content = content
            if self._body_timer is None:
                self._update_body()
        if error:
            self._set_status(f"Full article unavailable: {display_line(error, 200)}")

    def clear(self) -> None:
        """Nothing selected (an empty filter result)."""
        self.story = None
        self.article = None
        if self._body_timer is not None:
            self._body_timer.stop()
            self._body_timer = None
        self.query_one("#reader-head", Static).update(Content(EMPTY_HINT))
        self._set_status("")
        self._set_body("")

    def _set_status(self, status: str) -> None:
        if not status.startswith(("Match ", "No match ")):
            self._saved_status = status
        self.status = status
        widget = self.query_one("#reader-status", Static)
        widget.update(Content(status))
        widget.display = bool(status)

    def _head(self, story: Story, article: Article | None) -> Text:
        title = display_line((article.title if article and article.title else "") or story.title, 1000)
        source = display_line(story.source or story.feed_id, 80)
        side = SIDE_CLASSES.get(story.side, "side--intl")
        author = display_line((article.author if article and article.author else "") or story.author, 120)
        # Rich Text built by append: feed text is data here, never parsed as markup.
        head = Text()
        head.append(title or "(untitled)", "bold")
        head.append("\n")
        head.append(f" {source} ", self.get_component_rich_style(side) + RichStyle(reverse=True))
        head.append(f" {display_line(story.side, 20)}")
        if author:
            head.append(f" · by {author}")
        published = format_times(story.published)
        if published:
            head.append(f"\nPublished {published}")
        updated = format_times(story.updated)
        if updated and story.updated != story.published:
            head.append(f"\nUpdated   {updated}")
        host = link_host(story.link)
        if host:
            head.append("\nLink → ")
            head.append(display_line(host, 200), "underline")
        if story.revision:
            head.append(f"\n✎ Revised {story.revision}×")
            seen = self._revised_at.get((story.id, story.revision))
            if seen:
                age = relative_time(seen, self.clock())
                head.append(f", updated {local_time(seen, '%H:%M')} ({'just now' if age == 'now' else age + ' ago'})")
            head.append(" · d: what changed")
            if story.previous_titles:
                head.append(f"; was: {display_line(story.previous_titles[-1], 300)}")
        return head

    def _body(self, story: Story, article: Article | None) -> str:
        if article is not None and article.text:
            return number_links(display_text(without_repeated_head(article.text, article.title or story.title)))
        text = story.content or self.content or story.summary
        return number_links(display_text(text)) if text else "*No text in the feed for this story.*"

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """Never follow a link from content: show where it really goes instead (HARDENING 10)."""
        event.prevent_default()
        event.stop()
        href = display_line(event.href, 500)
        self.notify(f"Link points to: {href} (press o to open the story's own link)", markup=False, timeout=8)
