"""The one feed-address check: what config.toml, `feeds add`, OPML import and the feeds screen accept.

Whatever `normalize_feed_url` returns, a config written with it loads again: the scheme and the
host are lower-cased, the port is checked and dropped when it is the scheme's default, the fragment
(never sent to a server) is dropped, and the path and query are kept exactly as given (a trailing
slash matters to many servers). Two spellings of one request are one stored form, so one feed.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse

from tui.core.sanitize import has_unsafe_chars

MAX_URL = 2048
_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")


TRACKING_PARAMETER = re.compile(
    r"utm_[a-z]+|fbclid|gclid|dclid|yclid|msclkid|twclid|ttclid|igshid|mc_[a-z]+|_ga|_gl|ref|ref_src|"
    r"at_[a-z]+|cmpid|ocid|xtor|ito|s_cid|mkt_tok|wt\.mc_id|wt_mc|ns_[a-z]+|sr_share|share|from|rss",
    re.IGNORECASE,
)
"""Query parameters (whole names) that say where a reader came from, not what the link points at."""


def without_tracking(link: str) -> str:
    """LINK without tracking parameters or a tracking fragment ("#xtor=RSS-3"); as given when it has none."""
    if "?" not in link and "#" not in link:
        return link
    try:
        parts = urllib.parse.urlsplit(link)
    except ValueError:
        return link
    query = "&".join(pair for pair in parts.query.split("&")
                     if pair and not TRACKING_PARAMETER.fullmatch(pair.split("=", 1)[0]))
    fragment = parts.fragment
    if "=" in fragment and TRACKING_PARAMETER.fullmatch(fragment.split("=", 1)[0]):
        fragment = ""
    if (query, fragment) == (parts.query, parts.fragment):
        return link
    return urllib.parse.urlunsplit(parts._replace(query=query, fragment=fragment))


class BadURL(ValueError):
    """A feed address warfeed will not use; the message is why, as one clause ("it has no host")."""


def normalize_feed_url(url: object) -> str:
    """The stored form of a feed's http(s) address; raises BadURL saying why it is refused."""
    if not isinstance(url, str):
        raise BadURL("it is not text")
    if not url.strip():
        raise BadURL("it has no URL")
    if url.startswith("|") or url.lower().startswith(("exec:", "filter:")):
        # newsboat treats these prefixes as commands to run; warfeed never runs anything.
        raise BadURL("it is a command, not a URL")
    if any(c.isspace() for c in url) or has_unsafe_chars(url):
        raise BadURL("its URL contains whitespace, control or invisible characters")
    if len(url) > MAX_URL:
        raise BadURL(f"its URL is longer than {MAX_URL} characters")
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        raise BadURL("its URL is not a valid address (check the brackets around an IPv6 host)") from None
    scheme = parts.scheme.lower()
    if not scheme or not url[len(scheme) + 1:].startswith("//"):
        raise BadURL("its URL has no http:// or https:// scheme")
    if scheme not in ("http", "https"):
        raise BadURL(f"its URL scheme {scheme}: is not http or https")
    netloc = parts.netloc
    if "@" in netloc:
        raise BadURL("its URL carries credentials")
    if "\\" in netloc:
        raise BadURL("its URL host is not valid")
    host = _host(netloc)
    port = _port(netloc)
    if port == _DEFAULT_PORTS[scheme]:
        port = None
    address = f"{scheme}://{host}" + (f":{port}" if port is not None else "")
    rest = url[len(scheme) + 3 + len(netloc):].partition("#")[0]
    return address + rest


_DEFAULT_PORTS = {"http": 80, "https": 443}


_NOT_PUBLIC_V4 = tuple(ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
    "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3",
))
"""Besides what ipaddress calls non-global: 192.0.0.0/24 whole (192.0.0.8 and friends are
special-purpose everywhere) and the old 6to4 relay anycast."""
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries and would reach (mapped, compatible, translated,
    NAT64, 6to4), else None."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or ip in _IPV4_TRANSLATED or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(address: str) -> bool:
    """True only for globally routable unicast addresses (not loopback/private/link-local/...).

    IPv6 forms that carry an IPv4 address are judged by the IPv4 inside; site-local fec0::/10
    counts as private.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None:
            ip = inner
        elif ip.is_site_local or ip in _NAT64_LOCAL:
            return False
    if isinstance(ip, ipaddress.IPv4Address) and any(ip in net for net in _NOT_PUBLIC_V4):
        return False
    return ip.is_global and not ip.is_multicast


LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan", ".test")
"""Domains that never name a public host (RFC 6761, 6762, 8375 and common LAN use)."""


def is_local_host(host: str) -> bool:
    """True when a URL's host names this machine or the local network by itself: a non-public
    IP literal, localhost, a single-label name or a local-only domain."""
    name = host.strip("[]").lower().rstrip(".")
    try:
        ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return name == "localhost" or "." not in name or name.endswith(LOCAL_SUFFIXES)
    return not is_public_address(name)


def feed_url_problem(url: object) -> str | None:
    """Why `url` cannot be a feed's address (one clause), or None when normalize_feed_url takes it."""
    try:
        normalize_feed_url(url)
    except BadURL as exc:
        return str(exc)
    return None


def _host(netloc: str) -> str:
    """The lower-cased host of a netloc, bracketed when IPv6; BadURL when it is not a host."""
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise BadURL("its URL has an unclosed [ in the host")
        literal = netloc[1:end]
        tail = netloc[end + 1:]
        if tail and not tail.startswith(":") or "%" in literal:
            raise BadURL("its URL host is not a valid IPv6 address")
        try:
            return f"[{ipaddress.IPv6Address(literal).compressed}]"
        except ValueError:
            raise BadURL("its URL host is not a valid IPv6 address") from None
    host = netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc
    if ":" in host:
        raise BadURL("its URL has more than one port")
    host = host.lower()
    if not host:
        raise BadURL("its URL has no host")
    ascii_host = host
    if not host.isascii():
        try:
            import idna  # httpx's own IDNA encoder: what it can fetch, the check accepts

            ascii_host = idna.encode(host).decode("ascii")
        except (ImportError, UnicodeError, ValueError):
            raise BadURL("its URL host is not a valid domain name") from None
    labels = ascii_host.removesuffix(".").split(".")  # a trailing dot names the root
    if len(ascii_host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise BadURL("its URL host is not a valid domain name")
    return host


def _port(netloc: str) -> int | None:
    """The explicit port of a netloc (None when absent); BadURL when it is not 1-65535."""
    tail = netloc[netloc.rfind("]") + 1:] if netloc.startswith("[") else netloc
    if ":" not in tail:
        return None
    text = tail.rsplit(":", 1)[1]
    if text == "":
        return None
    if not text.isascii() or not text.isdigit() or len(text) > 5 or not 1 <= int(text) <= 65535:
        raise BadURL(f"its URL port {text[:12]!r} is not a number from 1 to 65535")
    return int(text)
