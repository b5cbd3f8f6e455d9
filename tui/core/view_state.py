"""How the dashboard looked when it was left: sort order, theme, filter and the pane in use.

Kept in a small JSON file of the data dir (view.json), replaced atomically at each change, so
a crash keeps the last choice. Values are only checked for their type here: whether an order,
a pane or a theme exists is the dashboard's to say.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from tui.core.storage import error_sentence, read_file, write_atomic

STATE_FILE = "view.json"
_WRITE = threading.Lock()
"""One writer at a time: each write goes through the same temporary file name."""
MAX_QUERY = 1000
"""A longer saved filter is not something a user typed: it is not restored."""


@dataclass(frozen=True, slots=True)
class ViewState:
    """The user's last choices (each None: never chosen, the default applies)."""

    order: str | None = None
    theme: str | None = None
    config_theme: str | None = None
    """The config's theme when `theme` was chosen: once the config names another, it wins."""
    query: str | None = None
    pane: str | None = None


def load_view(data_dir: Path | str) -> tuple[ViewState, str | None]:
    """The saved view and, when the file could not be used, one sentence saying so."""
    path = Path(data_dir) / STATE_FILE
    try:
        raw = read_file(path)
    except FileNotFoundError:
        return ViewState(), None
    except OSError as exc:
        return ViewState(), f"{error_sentence(exc, 'read')[:-1]}: starting with the default view."
    try:
        data: Any = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return ViewState(), f"{path} is damaged: starting with the default view (it is replaced at the next change)."
    kept = {f.name: data.get(f.name) for f in fields(ViewState)
            if isinstance(data.get(f.name), str) and len(data[f.name]) <= MAX_QUERY}
    return ViewState(**kept), None


def save_view(data_dir: Path | str, state: ViewState) -> None:
    """Replace the saved view (blocking; an OSError names the file)."""
    chosen = {name: value for name, value in asdict(state).items() if value is not None}
    with _WRITE:
        write_atomic(Path(data_dir) / STATE_FILE, json.dumps(chosen, sort_keys=True, ensure_ascii=False).encode())
