"""The reader pane: one story in full; links are shown, never opened by a click."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from datetime import datetime, timezone
from urllib.parse import urlsplit

from rich.style import Style as RichStyle
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static

from tui.core.models import Article, Story
from tui.widgets.story_list import SIDE_CLASSES, display_line, display_text

BODY_DELAY = 0.12
"""Seconds the cursor must rest on a story before the reader rebuilds the body."""

EMPTY_HINT = "Select a story and press enter to read it here."


def link_host(url: str) -> str:
    """The host a link really points at (shown so a spoofed title cannot hide it)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def format_times(ts: float | None) -> str:
    """'2025-11-20 10:15 local · 08:15 UTC' for one epoch time, '' for None."""
    if not ts:
        return ""
    moment = datetime.fromtimestamp(ts, tz=timezone.utc)
    local = moment.astimezone()
    return f"{local:%Y-%m-%d %H:%M} local · {moment:%Y-%m-%d %H:%M} UTC"


class Reader(VerticalScroll, can_focus=True):
    """Shows the selected story: headline block, then the article body as Markdown."""

    COMPONENT_CLASSES = set(SIDE_CLASSES.values())

    def __init__(self, *, clock: Callable[[], float] = time.time, id: str | None = None) -> None:
        super().__init__(id=id)
        self.clock = clock
        self.story: Story | None = None
        self.article: Article | None = None
        self.content: str | None = None
        self.status = ""
        self._body_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(EMPTY_HINT), id="reader-head", markup=False)
        yield Static("", id="reader-status", markup=False)
        # The body is mounted when a story is first shown: Textual's Markdown brings ~50 ms of
        # imports (markdown-it), which a big cache's first frame should not wait for.

    def _set_body(self, markdown: str) -> None:
        from textual.widgets import Markdown

        bodies = self.query("#reader-body")
        if bodies:
            bodies.first(Markdown).update(markdown)
        elif markdown:
            self.mount(Markdown(markdown, id="reader-body", open_links=False))

    def show_story(
        self, story: Story, article: Article | None = None, *, status: str = "", immediate: bool = False
    ) -> None:
        """Show a story at once: the stored article if given, else the feed's own text."""
        same = self.story is not None and self.story.id == story.id
        self.story = story
        self.article = article
        self.content = None
        self.status = status
        self.query_one("#reader-head", Static).update(self._head(story, article))
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
        if story.previous_titles:
            head.append(f"\nRevised {story.revision}×; was: {display_line(story.previous_titles[-1], 300)}")
        return head

    def _body(self, story: Story, article: Article | None) -> str:
        if article is not None and article.text:
            return display_text(article.text)
        text = story.content or self.content or story.summary
        return display_text(text) if text else "*No text in the feed for this story.*"

    def on_markdown_link_clicked(self, event: Any) -> None:  # a Markdown.LinkClicked
        """Never follow a link from content: show where it really goes instead (HARDENING 10)."""
        event.prevent_default()
        event.stop()
        href = display_line(event.href, 500)
        self.notify(f"Link points to: {href} (press o to open the story's own link)", markup=False, timeout=8)
