"""The address policy against real loopback servers: connect to the address that was checked.

127.0.0.1 and 127.0.0.2 stand in for a public and a private host: the tests hand the Fetcher a
resolver (names -> addresses) and an `is_public` that calls 127.0.0.1 public, both public
parameters, so DNS rebinding and redirects inside can be played without leaving loopback.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest
import trustme

from tests.terminal_safety import HostileServer, response
from tui.core.fetch import Fetcher, is_public_address
from tui.core.urls import is_local_host

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def only_first_loopback_public(address: str) -> bool:
    return address == "127.0.0.1"


class Resolver:
    """Names -> answers; each name's answers are given out in turn (the last one repeats)."""

    def __init__(self, **answers: list[list[str]]) -> None:
        self.answers = {name.replace("_", "."): list(a) for name, a in answers.items()}
        self.calls: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        queue = self.answers[host]
        return queue.pop(0) if len(queue) > 1 else queue[0]


@pytest.fixture
def outside() -> Iterator[HostileServer]:
    """The 'public' server on 127.0.0.1."""
    srv = HostileServer("127.0.0.1")
    srv.routes["/feed"] = lambda: response(200, {"Content-Type": "application/rss+xml"}, b"outside")
    yield srv
    srv.close()


@pytest.fixture
def inside(outside) -> Iterator[HostileServer]:
    """The 'private' server: 127.0.0.2 on the same port as the outside one."""
    srv = HostileServer("127.0.0.2", outside.port)
    srv.routes["/feed"] = lambda: response(200, {"Content-Type": "application/rss+xml"}, b"inside")
    srv.routes["/secret"] = lambda: response(200, {}, b"secret")
    yield srv
    srv.close()


# --- classification -----------------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "::127.0.0.1", "::ffff:0:7f00:1", "::ffff:0:a00:1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",
    "64:ff9b:1::1", "2002:7f00:1::1", "2002:a00:1::", "fec0::1", "fed0::5", "192.0.0.8",
    "192.0.0.170", "::a00:1", "0.1.2.3", "198.18.0.1", "::", "::1", "fe80::1%eth0",
])
def test_ipv6_forms_of_private_ipv4_and_special_ranges_are_not_public(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "2606:4700:4700::1111", "64:ff9b::808:808",
                                     "2002:808:808::1", "::ffff:8.8.8.8"])
def test_public_addresses_inside_ipv6_forms_stay_public(address):
    assert is_public_address(address)


@pytest.mark.parametrize("host, local", [
    ("127.0.0.1", True), ("[::1]", True), ("10.0.0.5", True), ("localhost", True),
    ("nas", True), ("nas.local", True), ("feeds.home.arpa", True), ("news.example", False),
    ("8.8.8.8", False), ("[2606:4700:4700::1111]", False),
])
def test_which_configured_hosts_count_as_local(host, local):
    assert is_local_host(host) is local


# --- the connection goes to the checked address -------------------------------------------

async def test_a_rebinding_name_is_connected_to_at_the_address_that_was_checked(outside, inside):
    resolver = Resolver(news_example=[["127.0.0.1"], ["127.0.0.2"]])
    url = f"http://news.example:{outside.port}/feed"
    async with Fetcher(resolver=resolver, is_public=only_first_loopback_public) as fetcher:
        first = await fetcher.fetch(url, allow_private=False)
        second = await fetcher.fetch(url, allow_private=False)
    assert first.error is None and first.body == b"outside"
    assert second.error is None and second.body == b"outside"
    assert inside.total_hits() == 0
    assert resolver.calls == ["news.example"]  # one answer, checked and used
    assert outside.hosts == [f"news.example:{outside.port}"] * 2  # the name still goes as Host


async def test_a_name_resolving_to_a_private_address_is_refused_before_any_connection(inside):
    resolver = Resolver(news_example=[["127.0.0.2"]])
    async with Fetcher(resolver=resolver, is_public=only_first_loopback_public) as fetcher:
        result = await fetcher.fetch(f"http://news.example:{inside.port}/secret", allow_private=False)
    assert result.error.startswith("refused to fetch news.example: it is a private or local address")
    assert inside.total_hits() == 0


@pytest.mark.parametrize("answer", ["::ffff:127.0.0.1", "::127.0.0.1", "64:ff9b::7f00:1",
                                    "2002:7f00:1::1", "fec0::1"])
async def test_ipv6_answers_hiding_loopback_are_refused(outside, answer):
    resolver = Resolver(news_example=[[answer]])
    async with Fetcher(resolver=resolver) as fetcher:
        result = await fetcher.fetch(f"http://news.example:{outside.port}/feed", allow_private=False)
    assert "private or local address" in result.error
    assert outside.total_hits() == 0


async def test_a_redirect_inside_is_refused_on_its_own_hop(outside, inside):
    outside.routes["/article"] = lambda: response(
        302, {"Location": f"http://intranet.example:{outside.port}/secret"}, b"")
    resolver = Resolver(news_example=[["127.0.0.1"]], intranet_example=[["127.0.0.2"]])
    async with Fetcher(resolver=resolver, is_public=only_first_loopback_public) as fetcher:
        result = await fetcher.fetch(f"http://news.example:{outside.port}/article", allow_private=False)
    assert "refused to fetch intranet.example" in result.error
    assert outside.hits == {"/article": 1} and inside.total_hits() == 0


# --- feeds: a local feed may stay local, a public one may not move inside ------------------

async def test_a_feed_configured_on_a_loopback_address_is_fetched(outside):
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(outside.url("/feed"))
    assert result.error is None and result.body == b"outside"


async def test_a_public_feed_name_that_resolves_to_loopback_is_refused(outside):
    resolver = Resolver(news_example=[["127.0.0.1"]])
    async with Fetcher(resolver=resolver) as fetcher:
        result = await fetcher.fetch(f"http://news.example:{outside.port}/feed")
    assert "only a feed configured on a local address may use one" in result.error
    assert outside.total_hits() == 0


async def test_a_public_feed_cannot_move_itself_inside_with_a_301(outside, inside):
    outside.routes["/old"] = lambda: response(
        301, {"Location": f"http://intranet.example:{outside.port}/feed"}, b"")
    resolver = Resolver(news_example=[["127.0.0.1"]], intranet_example=[["127.0.0.2"]])
    async with Fetcher(resolver=resolver, is_public=only_first_loopback_public) as fetcher:
        result = await fetcher.fetch(f"http://news.example:{outside.port}/old")
    assert result.error is not None and result.permanent_url is None
    assert inside.total_hits() == 0


async def test_a_local_feed_may_move_to_another_local_address(outside, inside):
    outside.routes["/old"] = lambda: response(301, {"Location": inside.url("/feed")}, b"")
    async with Fetcher() as fetcher:
        result = await fetcher.fetch(outside.url("/old"))
    assert result.error is None and result.body == b"inside"
    assert result.permanent_url == inside.url("/feed")


async def test_a_poll_never_writes_a_301_inside_into_the_config(tmp_path, outside, inside):
    import tomli_w

    from tui.core.config import load_config
    from tui.core.poller import Poller
    from tui.core.store import Store
    from tui.core.feeds import apply_changes

    outside.routes["/old"] = lambda: response(
        301, {"Location": f"http://intranet.example:{outside.port}/feed"}, b"")
    path = tmp_path / "config.toml"
    path.write_text(tomli_w.dumps({"feeds": [
        {"id": "news", "url": f"http://news.example:{outside.port}/old"}]}))
    config = load_config(path, create=False)
    resolver = Resolver(news_example=[["127.0.0.1"]], intranet_example=[["127.0.0.2"]])
    store = Store.open(tmp_path / "data")
    try:
        async with Fetcher(resolver=resolver, is_public=only_first_loopback_public) as fetcher:
            poller = Poller(store, config.feeds, fetcher)
            report = await poller.poll(force=True)
        assert report.results[0].outcome == "error"
        health = {"news": poller.health("news")}
        assert health["news"].moved_to is None
        apply_changes(config, [], health)
    finally:
        store.close()
    assert load_config(path, create=False).feeds[0].url == f"http://news.example:{outside.port}/old"
    assert inside.total_hits() == 0


# --- TLS keeps the name ---------------------------------------------------------------------

@pytest.fixture
def tls_server(tmp_path, monkeypatch) -> Iterator[tuple[HostileServer, list[str]]]:
    ca = trustme.CA()
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("news.example").configure_cert(context)
    names: list[str] = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)
    srv = HostileServer("127.0.0.1", ssl_context=context)
    srv.routes["/feed"] = lambda: response(200, {"Content-Type": "application/rss+xml"}, FEED)
    yield srv, names
    srv.close()


async def test_https_to_a_pinned_address_sends_sni_and_checks_the_certificate_for_the_name(tls_server):
    server, names = tls_server
    resolver = Resolver(news_example=[["127.0.0.1"]], other_example=[["127.0.0.1"]])
    async with Fetcher(resolver=resolver, is_public=only_first_loopback_public) as fetcher:
        good = await fetcher.fetch(f"https://news.example:{server.port}/feed", allow_private=False)
        wrong = await fetcher.fetch(f"https://other.example:{server.port}/feed", allow_private=False)
    assert good.error is None and good.body == FEED
    assert names[0] == "news.example" and server.hosts[0] == f"news.example:{server.port}"
    assert wrong.error is not None and "certificate" in wrong.error.lower()
    assert server.hits == {"/feed": 1}
