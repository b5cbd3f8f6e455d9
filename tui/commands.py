"""The command palette provider: feeds (filter to a source), saved views, and every action."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterator
from functools import partial
from typing import Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.core.config import Config

FILTER_ACTION = "set_filter"
"""The screen (or app) method `action_set_filter(query)` the palette calls to filter stories."""


def source_query(name: str) -> str:
    """The filter-language term for one source, quoted when the name has spaces."""
    if any(ch.isspace() for ch in name) or '"' in name:
        return 'source:"' + name.replace('"', "") + '"'
    return f"source:{name}"


def highlight(matcher: Matcher, candidate: str) -> Content:
    """Fuzzy-match highlight that treats the candidate as data.

    Textual's Matcher.highlight parses the candidate as markup, and feed titles are untrusted.
    """
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if not score:
        return content
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


@runtime_checkable
class Configured(Protocol):
    """What the palette reads of the app it serves: the config, for its feeds and saved views."""

    @property
    def config(self) -> Config: ...


class WarfeedCommands(Provider):
    """Palette entries for feeds, saved views (config.views) and the current screen's actions."""

    def _entries(self) -> Iterator[tuple[str, Callable[[], Awaitable[object]], str]]:
        """(text shown, callback, help) for every palette entry, in display order."""
        config = self.app.config if isinstance(self.app, Configured) else Config()
        for name, query in config.views.items():
            yield f"View: {name}", partial(self._call, FILTER_ACTION, query), f"Saved view: {query}"
        for feed in config.feeds:
            title = feed.title or feed.id
            yield f"Feed: {title}", partial(self._call, FILTER_ACTION, source_query(title)), f"Show only {feed.side} stories from {feed.url}"
        seen: set[str] = set()
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            if not binding.description or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            display = self.app.get_key_display(binding)
            yield (
                f"{binding.description} ({display})",
                partial(self.app.run_action, binding.action, active.node),
                binding.tooltip or f"Key: {display}",
            )

    async def _call(self, name: str, *args: str) -> None:
        """Call `action_<name>(*args)` on the screen, else on the app; say so if neither has it."""
        for target in (self.screen, self.app):
            method = getattr(target, f"action_{name}", None)
            if method is not None:
                # Called directly (not through an action string) so feed text is never parsed.
                result = method(*args)
                if inspect.isawaitable(result):
                    await result
                return
        self.app.notify(f"This screen cannot do “{name.replace('_', ' ')}”.", severity="warning")

    async def search(self, query: str) -> Hits:
        """Entries whose text fuzzily matches the query, best first."""
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlight(matcher, text), callback, text=text, help=help_text)

    async def discover(self) -> Hits:
        """Everything, for an empty palette."""
        for text, callback, help_text in self._entries():
            yield DiscoveryHit(Content(text), callback, text=text, help=help_text)
