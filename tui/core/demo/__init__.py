"""Original demo feeds and a loopback server that publishes them live (`warfeed --demo`)."""

from tui.core.demo.server import DemoServer

__all__ = ["DemoServer"]
