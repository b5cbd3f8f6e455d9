"""A small table of known outlets and their sides, for feeds that arrive without one (OPML import).

Sides as DESIGN.md defines them. A feed is matched by its host (and the hosts it ends with), so
`meduza.io/rss/en/all` and `meduza.io/rss/all` are both Meduza; anything unknown stays `intl`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

KNOWN_HOSTS: dict[str, str] = {
    # Ukrainian state and official sources
    "ukrinform.net": "ua-official", "ukrinform.ua": "ua-official", "mil.gov.ua": "ua-official",
    "mod.gov.ua": "ua-official", "president.gov.ua": "ua-official", "kmu.gov.ua": "ua-official",
    # Ukrainian media
    "kyivindependent.com": "ua-media", "pravda.com.ua": "ua-media", "euromaidanpress.com": "ua-media",
    "kyivpost.com": "ua-media", "interfax.com.ua": "ua-media", "hromadske.ua": "ua-media",
    "nv.ua": "ua-media", "suspilne.media": "ua-media", "censor.net": "ua-media", "unian.net": "ua-media",
    "unian.ua": "ua-media", "liga.net": "ua-media", "zn.ua": "ua-media", "rbc.ua": "ua-media",
    # Russian state and state-aligned media
    "tass.com": "ru-state", "tass.ru": "ru-state", "ria.ru": "ru-state", "rt.com": "ru-state",
    "sputniknews.com": "ru-state", "rg.ru": "ru-state",
    "mil.ru": "ru-state", "kremlin.ru": "ru-state", "vesti.ru": "ru-state",
    # Russian independent media
    "meduza.io": "ru-independent", "themoscowtimes.com": "ru-independent",
    "novayagazeta.eu": "ru-independent", "theins.ru": "ru-independent", "tvrain.tv": "ru-independent",
    "istories.media": "ru-independent", "zona.media": "ru-independent",
    # International
    "bbc.co.uk": "intl", "bbci.co.uk": "intl", "theguardian.com": "intl", "aljazeera.com": "intl",
    "rferl.org": "intl", "svoboda.org": "intl", "dw.com": "intl", "france24.com": "intl", "nytimes.com": "intl",
    "washingtonpost.com": "intl", "apnews.com": "intl", "reuters.com": "intl", "politico.eu": "intl",
    # Analysts, OSINT
    "understandingwar.org": "analyst", "bellingcat.com": "analyst", "oryxspioenkop.com": "analyst",
    "rusi.org": "analyst", "csis.org": "analyst", "deepstatemap.live": "analyst",
}
"""host -> side; a feed on a subdomain (feeds.bbci.co.uk, en.interfax.com.ua) matches its parent."""


def guess_side(url: str, default: str = "intl") -> str:
    """The side of a known outlet's feed, from its host; `default` for any other."""
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return default
    parts = host.split(".")
    for start in range(len(parts) - 1):
        side = KNOWN_HOSTS.get(".".join(parts[start:]))
        if side:
            return side
    return default
