"""Imported by a worker fork server before it forks: the statement patterns compiled and the
gazetteer loaded once there, so each worker starts with them instead of building its own copy."""

from tui.core.claims import statements  # noqa: F401 - compiling its patterns is the point
from tui.core.claims.gazetteer import Gazetteer

Gazetteer.load()
