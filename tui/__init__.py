"""warfeed: a terminal dashboard for following a war live."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/warfeed/warfeed"
USER_AGENT = f"warfeed/{__version__} (+{PROJECT_URL})"
