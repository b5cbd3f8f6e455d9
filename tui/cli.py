"""warfeed's command line: the dashboard by default, subcommands for headless work.

Exit codes are a contract (DESIGN.md): 0 success, 1 some feed/document failed, 2 usage,
config or lock error. Errors are one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar

import orjson

import tui
from tui.core.config import Config, ConfigError, check_keymap, data_dir, load_config
from tui.core.models import CLAIM_STATUSES, SIDES, iso

if TYPE_CHECKING:
    from tui.core.models import Claim, FeedHealth, Story
    from tui.core.demo import DemoServer
    from tui.core.poll_results import FeedResult
    from tui.core.service import Warfeed

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEMO_PORT = 47831
"""The demo server's preferred loopback port, so links in a kept demo cache stay valid."""


class CliError(Exception):
    """A user-facing failure: one sentence and an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


# ----------------------------------------------------------------------------- plumbing
def _err(message: str) -> None:
    print(f"warfeed: {message}", file=sys.stderr)


def _dump(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")


def _dump_line(data: Any) -> None:
    sys.stdout.write(orjson.dumps(data).decode() + "\n")


def _config(args: argparse.Namespace) -> Config:
    explicit = getattr(args, "config", None)
    if explicit and not os.path.lexists(Path(explicit).expanduser()):
        # A mistyped --config must stop here: a warning printed before the dashboard takes the
        # screen is hidden behind it, and the default feeds would run in its place.
        raise ConfigError(f"Config file {explicit} does not exist (check the path, or leave out "
                          "--config to use the default config).")
    return load_config(explicit)


@contextlib.contextmanager
def _open(config: Config, directory: Path, *, search_index: bool = True, deferred: bool = False,
          head: int | None = None, read_only: bool = False, cadence: int | None = None) -> Iterator[Warfeed]:
    """The service over an opened (locked) store: its notices shown, flushed on SIGTERM/SIGHUP,
    closed on exit.

    search_index=False for commands that never query: they skip the word index's work.
    deferred=True reads only the newest `head` stories now, the rest when needed (Store.open).
    """
    from tui.core.service import Warfeed, WarfeedError, store_error

    try:
        service = Warfeed.open(config, directory, cadence=cadence, search_index=search_index,
                               deferred=deferred, head=head, read_only=read_only)
    except WarfeedError as exc:
        raise CliError(str(exc)) from None
    for notice in service.notices:
        _err(notice)
    shown = len(service.notices)  # the rest are said at the end
    service.install_signal_handlers()
    try:
        yield service
    except OSError as exc:  # a file of the cache refused or unreadable after the open
        raise CliError(store_error(exc, directory)) from None
    finally:
        service.close()
        # Trouble found after the open (damage met by a later read, a save that failed).
        for notice in service.notices[shown:]:
            _err(notice)


def _read_only(args: argparse.Namespace, config: Config | None = None,
               search_index: bool = True) -> contextlib.AbstractContextManager[Warfeed]:
    """The service over the data dir opened only to read (beside a running dashboard too, and
    on a read-only disk); commands that only read the cache need no config."""
    return _open(config or Config(), data_dir(args.data_dir), read_only=True, search_index=search_index)


@contextlib.contextmanager
def _session(args: argparse.Namespace, *, demo: bool = False, live: bool = True,
             throwaway_dir: bool = True, search_index: bool = True,
             deferred: bool = False, head: int | None = None,
             config: Config | None = None, cadence: int | None = None,
             ) -> Iterator[tuple[Warfeed, DemoServer | None]]:
    """The service (config read here unless given) and (with --demo) a running demo server;
    `cadence`: the demo's fixed seconds between polls.

    The dashboard's demo runs in a throwaway data dir unless --data-dir is given; `poll --demo`
    stores into the data dir like any poll (`live=False`: no items appear mid-poll).
    """
    config = _config(args) if config is None else config
    server = None
    throwaway: str | None = None
    try:
        if demo:
            from tui.core.demo import DemoServer

            server = DemoServer(port=DEMO_PORT, publish_every=6.0 if live else None).start()
            # The demo's own feeds live on loopback, so its articles must be reachable.
            config = replace(config, feeds=server.feeds(), allow_private_articles=True, path=None)
            if throwaway_dir and not demo_keeps_data(args):
                throwaway = tempfile.mkdtemp(prefix="warfeed-demo-")
        directory = Path(throwaway) if throwaway else data_dir(args.data_dir)
        with _open(config, directory, search_index=search_index, deferred=deferred, head=head,
                   cadence=cadence if demo else None) as service:
            yield service, server
    finally:
        if server is not None:
            server.stop()
        if throwaway:
            shutil.rmtree(throwaway, ignore_errors=True)


def demo_keeps_data(args: argparse.Namespace) -> bool:
    """The dashboard's demo keeps its stories and marks only in a data dir the user named
    (--data-dir or WARFEED_HOME); otherwise it runs in a throwaway one."""
    return bool(args.data_dir or os.environ.get("WARFEED_HOME"))


def _read_source(source: str, *, allow_private: bool | None = None) -> tuple[bytes, dict[str, str], str]:
    """Bytes, headers and final URL of a local path, '-' (stdin) or an http(s) URL.

    URLs follow the feed policy by default (`allow_private=None`: a local address the user
    typed is fetched, but a public one may not redirect inside); False is the article policy."""
    if source == "-":
        return sys.stdin.buffer.read(), {}, ""
    if source.startswith(("http://", "https://")):
        from tui.core.service import WarfeedError, fetch_document

        try:
            return fetch_document(source, allow_private=allow_private)
        except WarfeedError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
    try:
        return Path(source).read_bytes(), {}, ""
    except OSError as exc:
        raise CliError(f"cannot read {source} ({exc.strerror or exc}).", EXIT_FAILED) from None


# ----------------------------------------------------------------------------- commands
def cmd_dashboard(args: argparse.Namespace) -> int:
    """`warfeed` and `warfeed --demo`: the Textual dashboard."""
    try:
        from tui.app import DEMO_INTERVAL, WarfeedApp
    except ImportError as exc:
        raise CliError(f"the dashboard is not available in this build ({exc}); "
                       "headless commands such as `warfeed poll` still work.", EXIT_FAILED) from None
    config = _config(args)
    # A remap onto a key another binding keeps would silently take it over (star = "q").
    check_keymap(config.keys, binding_table(), config.path)
    # Deferred: the first screen shows the newest stories while the rest load behind it.
    with _session(args, demo=args.demo, deferred=True, config=config, cadence=DEMO_INTERVAL) as (service, server):
        app = WarfeedApp(service=service, demo=server)
        if server is not None and not demo_keeps_data(args):
            app.demo_note = "marks not kept"
        app.run()
    # 0 on quit; 128+N when a signal (SIGTERM, SIGHUP) ended it after the marks were flushed.
    return app.return_code or EXIT_OK


def binding_table() -> list[tuple[str, str, str]]:
    """(scope, id, keys) of every dashboard binding with an id: the app's work everywhere,
    each modal screen's only in it, the main screen's together with its widgets'."""
    import importlib
    import pkgutil

    from textual.app import App
    from textual.screen import ModalScreen

    import tui.screens
    import tui.widgets
    from tui.app import WarfeedApp

    classes: list[type] = [WarfeedApp]
    for package in (tui.screens, tui.widgets):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            classes += [c for c in vars(module).values()
                        if isinstance(c, type) and c.__module__ == module.__name__]
    table = []
    for cls in dict.fromkeys(classes):
        scope = "" if issubclass(cls, App) else cls.__name__ if issubclass(cls, ModalScreen) else "main"
        for binding in cls.__dict__.get("BINDINGS", []):
            binding_id = getattr(binding, "id", None)
            if binding_id:
                table.append((scope, binding_id, binding.key))
    return table


def _poll_line(result: FeedResult) -> str:
    outcome = result.outcome
    if outcome in ("ok", "not_modified"):
        extra = "  (304)" if outcome == "not_modified" else ""
        updated = f", {result.updated} updated" if result.updated else ""
        return f"ok    {result.feed_id}  {result.new} new{updated}{extra}"
    if outcome == "waiting":
        return f"wait  {result.feed_id}  server asked to wait until {iso(result.next_poll_at)}"
    return f"FAIL  {result.feed_id}: {result.error or 'failed'}"


def cmd_poll(args: argparse.Namespace) -> int:
    """Fetch every enabled feed once now and store what is new."""
    import asyncio  # here, like the network code: commands that only read never need it

    from tui.core.workers import start_parse_workers_early

    config = _config(args)
    if not (args.demo or args.poll_demo):
        # Before the service and the poller are imported, so that the fork server's imports
        # run beside theirs.
        start_parse_workers_early(sum(1 for feed in config.feeds if feed.enabled), shell="tui.cli")
    with _session(args, demo=args.demo or args.poll_demo, live=False,
                  throwaway_dir=False, search_index=False, deferred=True, head=0,
                  config=config) as (service, _server):
        # deferred with no head: the stories are read by the first write that needs them, so a
        # cycle where every feed answers 304 reads none.
        reports = []
        stopped_by: list[int] = []
        followed: list[str] = []

        async def run() -> None:
            try:
                with _stop_on_signals(service, stopped_by):
                    deadline = None if args.deadline is None else float(args.deadline)
                    reports.append(await service.poll(force=True, deadline=deadline))
                    if not stopped_by:
                        # Developing stories: their pages fetched again on a decaying schedule.
                        followed.extend(await service.follow([*reports[0].new_ids, *reports[0].updated_ids]))
            finally:
                await service.aclose()

        # The report is not the coroutine's result: asyncio.run's teardown formats its main
        # task's repr (result included) when it restores the SIGINT handler.
        asyncio.run(run())
        report = reports[0]
        # A page fetched again that reads differently is a new version too: its claims follow.
        for problem in service.process_news(report, pages=followed).problems:
            _err(problem)
        failed = bool(report.failed)
        for result in report.results:
            if args.json:
                _dump_line({
                    "feed_id": result.feed_id, "url": result.url, "outcome": result.outcome,
                    "status": result.status, "error": result.error, "new": result.new,
                    "updated": result.updated, "bytes_read": result.bytes_read,
                    "next_poll_at": iso(result.next_poll_at),
                })
            else:
                print(_poll_line(result))
        failed |= not service.flush()  # a full or read-only disk: said in the store's notices
    if stopped_by:
        return 128 + stopped_by[0]
    return EXIT_FAILED if failed else EXIT_OK


@contextlib.contextmanager
def _stop_on_signals(service: Warfeed, stopped_by: list[int]) -> Iterator[None]:
    """SIGTERM, SIGHUP or Ctrl+C during a poll end the cycle early: what answered is stored and
    reported (a cron `timeout 60 warfeed poll` keeps what it fetched), then the poll exits."""
    import asyncio
    import signal

    loop = asyncio.get_running_loop()

    def on_signal(signum: int, frame: object) -> None:
        # A plain handler, not the loop's: asyncio's removal would reset the store's own.
        stopped_by.append(signum)
        name = signal.Signals(signum).name
        loop.call_soon_threadsafe(service.stop_poll, f"the poll was stopped ({name})")

    previous = {}
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        previous[signum] = signal.signal(signum, on_signal)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def cmd_feeds(args: argparse.Namespace) -> int:
    """feeds list/add/remove/import/export: one change at a time through the feeds path."""
    from tui.core.feeds import FeedChange, FeedError
    from tui.core.service import change_feeds, export_opml, import_opml

    config = _config(args)
    action = args.feeds_action
    if action == "list":
        return _feeds_list(args, config)
    # Feed changes open no store: they work beside a running dashboard.
    try:
        if action == "add":
            result = change_feeds(config, [FeedChange("add", url=args.url, side=args.side or "",
                                                      feed_id=args.id or "", title=args.title or "",
                                                      tags=tuple(args.tag or ()))], strict=True)
            feed = result.new_feeds[0]
            print(f"added {feed.id}  {feed.url}")
        elif action == "remove":
            result = change_feeds(config, [FeedChange("remove", feed_id=args.target)], strict=True)
            print(f"removed {result.removed_feeds[0].id}")
        elif action == "import":
            data, _headers, _url = _read_source(args.file)
            result = import_opml(config, data)
            for warning in result.warnings:
                _err(warning)
            print(f"imported {result.added} feeds ({result.present} already present, "
                  f"{len(result.warnings)} warnings)")
        else:
            _write_output(export_opml(config), args.output)
    except FeedError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


def _feeds_list(args: argparse.Namespace, config: Config) -> int:
    health: dict[str, FeedHealth] = {}
    try:
        with _read_only(args, config, search_index=False) as service:
            health = service.health()
    except CliError as exc:
        _err(f"feed health unavailable: {exc}")
    now = time.time()
    rows: list[dict[str, Any]] = []
    for feed in config.feeds:
        state = health.get(feed.id)
        rows.append({
            "id": feed.id, "url": feed.url, "title": feed.title, "side": feed.side,
            "tags": list(feed.tags), "interval": feed.interval, "enabled": feed.enabled,
            "health": state.to_json(now) if state else None,
        })
    if args.json:
        _dump(rows)
        return EXIT_OK
    for row in rows:
        shown = row["health"]["state"] if row["health"] else "new"
        if not row["enabled"]:
            shown = "disabled"
        print(f"{row['id']:<22} {row['side']:<15} {shown:<9} {row['url']}")
    return EXIT_OK


def _story_line(story: Story) -> str:
    from tui.core.display import local_time

    when = local_time(story.published) or "-"
    marks = ("*" if story.starred else " ") + ("!" if story.flagged else " ") + (" " if story.read else "N")
    return f"{when}  {marks}  [{story.side}] {story.source}: {story.title}"


Answer = TypeVar("Answer")
Params = ParamSpec("Params")


def _queried(function: Callable[Params, Answer], *args: Params.args, **kwargs: Params.kwargs) -> Answer:
    """A service call that compiles a filter; a bad query is a usage error in one sentence."""
    from tui.core.service import QueryError

    try:
        return function(*args, **kwargs)
    except QueryError as exc:
        raise CliError(f"bad query: {exc}") from None


def cmd_stories(args: argparse.Namespace) -> int:
    """Cached stories matching the filter language, newest first."""
    _queried(_check_query, args.query)
    with _read_only(args) as service:
        stories = _queried(service.stories, args.query, limit=args.limit)
        if args.json:
            _dump(service.stories_json(stories))
            return EXIT_OK
    for story in stories:
        print(_story_line(story))
    return EXIT_OK


def _check_query(query: str | None) -> None:
    """A bad filter is said before the cache is opened (it may be locked or damaged)."""
    from tui.core.service import check_query

    check_query(query)


def cmd_diff(args: argparse.Namespace) -> int:
    """Every version of a story and what changed between them."""
    # Only reads: beside a running dashboard and on a read-only disk, as `stories` does.
    with _read_only(args, search_index=False) as service:
        found = service.diff(args.story_id)
    if found is None:
        raise CliError(f"no story with id {args.story_id!r} in the cache.", EXIT_FAILED)
    story, document = found
    versions = document["versions"]
    if args.json:
        _dump(document)
        return EXIT_OK
    print(f"{story.title}  ({len(versions)} version{'s' if len(versions) != 1 else ''})")
    changes = document["changes"] + document.get("article", {}).get("changes", [])
    for change in changes:
        print(f"\n{change['from']} -> {change['to']}")
        if change["title_changed"]:
            print(f"  headline: {change['old_title']}\n         -> {change['new_title']}")
        for number in change["numbers"]:
            print(f"  number: {number['from']} -> {number['to']}")
        for sentence in change["removed"]:
            print(f"  - {sentence}")
        for sentence in change["added"]:
            print(f"  + {sentence}")
    return EXIT_OK


def cmd_parse(args: argparse.Namespace) -> int:
    """What feed documents would become as stories."""
    from tui.core.service import WarfeedError, parse_document

    outputs, failed = [], False
    for source in args.sources:
        try:
            body, headers, final = _read_source(source)
            name = Path(source).stem if not final else source
            parsed = parse_document(body, headers, name=name, url=final or "")
        except (CliError, WarfeedError) as exc:
            failed = True
            _err(f"{source}: {exc}" if isinstance(exc, WarfeedError) else str(exc))
            outputs.append({"source": source, "error": str(exc)})
            continue
        outputs.append({"source": source, "title": parsed.title,
                        "stories": [s.to_json() for s in parsed.stories]})
        if not args.json:
            print(f"{source}: {parsed.title!s}  ({len(parsed.stories)} stories)")
            for story in parsed.stories:
                print("  " + _story_line(story))
    if args.json:
        _dump(outputs)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    """The readable article the reader pane shows."""
    from tui.core.service import WarfeedError, extract_document, read_article

    source = args.source
    if source.startswith(("http://", "https://")):
        try:
            article = read_article(source, allow_private=_config(args).allow_private_articles)
        except WarfeedError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
    else:
        body, _headers, _url = _read_source(source)
        try:
            article = extract_document(body)
        except WarfeedError as exc:
            raise CliError(str(exc), EXIT_FAILED) from None
    if args.json:
        _dump(article.to_json())
        return EXIT_OK
    print(f"# {article.title}" if article.title else "# (untitled)")
    byline = "  ".join(x for x in (article.author, iso(article.published) or "", article.site) if x)
    if byline:
        print(byline)
    print()
    print(article.text)
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    """claims extract (from a document) and claims list (from the cache)."""
    if args.claims_action == "extract":
        # A page is an article: fetched under the article address policy, never the feed one.
        body, _headers, final = _read_source(args.source or "-", allow_private=False)
        # A page through article extraction, a feed item by item, text as it is; the JSON shape
        # comes back ready: {"statements": [...], "claims": [...], "unplaced": [...], "below_threshold": [...]}.
        from tui.core.service import extract_claims

        result = extract_claims(body, final or "", side=args.side or "")
        if args.json:
            _dump(result)
        else:
            for st in result["statements"] + result["unplaced"]:
                print(f"{st['stance']:<12} {st['side']:<5} {st['event']:<9} "
                      f"{st['place'] or '-':<18} {st['sentence']}")
            for claim in result["claims"]:
                print(f"claim {claim['id']}: {claim['event']} {claim['place'] or '-'} -> {claim['status']}")
        return EXIT_OK
    with _read_only(args, search_index=False) as service:
        claims = service.claims(place=args.place, status=args.status)
    if args.json:
        _dump([c.to_json() for c in claims])
        return EXIT_OK
    if not claims:
        print("No tracked claims match." if args.place or args.status else "No claims tracked yet.")
        return EXIT_OK
    print(_claims_table(claims))
    return EXIT_OK


def _claims_table(claims: list[Claim]) -> str:
    """Aligned columns, the same side counts as the dashboard's claim pane, local times with the zone."""
    from tui.core.display import distinct_statements, local_time, sides_text

    rows = [("status", "event", "place", "sides", "statements", "updated", "first seen")]
    for claim in claims:
        count = len(distinct_statements(claim.statements))
        status = claim.verdict + " (yours)" if claim.verdict else claim.status
        rows.append((status, claim.event, claim.place or "-", sides_text(claim.statements) or "-",
                     f"{count} statement{'' if count == 1 else 's'}", local_time(claim.last_update) or "-",
                     local_time(claim.first_seen) or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join([*(cell.ljust(width) for cell, width in zip(row, widths)), row[-1]]).rstrip()
                     for row in rows)


def cmd_export(args: argparse.Namespace) -> int:
    """Stories (json/csv) or claims (claimreview) for other tools."""
    if args.format != "claimreview":
        _queried(_check_query, args.query)
    with _read_only(args) as service:
        document = _queried(service.export, args.format, args.query)
    _write_output(document, args.output)
    return EXIT_OK


def _write_output(document: str, output: str | None) -> None:
    if not output or output == "-":
        sys.stdout.write(document)
        return
    try:
        Path(output).write_text(document, encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {output} ({exc.strerror or exc}).") from None


# ----------------------------------------------------------------------------- parser
class OneLineParser(argparse.ArgumentParser):
    """argparse whose usage errors are one line on stderr and exit 2, not a usage block."""

    def error(self, message: str) -> NoReturn:
        """Say what is wrong in one sentence and where the help is; exit 2 (DESIGN.md)."""
        self.exit(EXIT_USAGE, f"{self.prog}: {message.rstrip('.')}. See '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree of every command in DESIGN.md's table."""
    parser = OneLineParser(
        prog="warfeed", description="Follow a war live in the terminal: feeds, articles, contested claims.")
    parser.add_argument("--version", action="version", version=f"warfeed {tui.__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="cache directory (default: $WARFEED_HOME or the user data dir)")
    parser.add_argument("--config", metavar="FILE", help="config file (default: the user config dir's config.toml)")
    parser.add_argument("--demo", action="store_true", help="use the bundled demo feeds served on 127.0.0.1")
    parser.set_defaults(handler=cmd_dashboard)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    poll = sub.add_parser("poll", help="fetch every feed once now and store new stories")
    poll.add_argument("--demo", dest="poll_demo", action="store_true", help="poll the demo feeds")
    poll.add_argument("--json", action="store_true", help="one JSON object per feed")
    poll.add_argument("--deadline", type=_positive, default=None, metavar="SECONDS",
                      help="end the poll after this many seconds, keeping every feed that answered")
    poll.set_defaults(handler=cmd_poll)

    feeds = sub.add_parser("feeds", help="list, add, remove, import or export feeds")
    feeds.set_defaults(handler=cmd_feeds)
    actions = feeds.add_subparsers(dest="feeds_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="configured feeds and their health")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="add a feed by URL")
    add.add_argument("url")
    add.add_argument("--title", default="")
    add.add_argument("--side", choices=SIDES, default=None,
                     help="the outlet's side (default: known outlets' own, else intl)")
    add.add_argument("--id")
    add.add_argument("--tag", action="append", help="a tag (repeatable)")
    remove = actions.add_parser("remove", help="remove a feed by id or URL")
    remove.add_argument("target", metavar="ID-or-URL")
    imp = actions.add_parser("import", help="add the feeds of an OPML file")
    imp.add_argument("file", metavar="OPML")
    export = actions.add_parser("export", help="write the feeds as OPML 2.0")
    export.add_argument("-o", "--output", metavar="FILE")

    stories = sub.add_parser("stories", help="cached stories matching a filter, newest first")
    stories.add_argument("query", nargs="?", default="")
    stories.add_argument("--json", action="store_true")
    stories.add_argument("--limit", type=_positive, metavar="N")
    stories.set_defaults(handler=cmd_stories)

    diff = sub.add_parser("diff", help="the versions of a story and what changed between them")
    diff.add_argument("story_id", metavar="STORY_ID")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=cmd_diff)

    parse = sub.add_parser("parse", help="show what feed documents would become as stories")
    parse.add_argument("sources", nargs="+", metavar="PATH-or-URL")
    parse.add_argument("--json", action="store_true")
    parse.set_defaults(handler=cmd_parse)

    extract = sub.add_parser("extract", help="the readable article of a page")
    extract.add_argument("source", metavar="PATH-or-URL")
    extract.add_argument("--json", action="store_true")
    extract.set_defaults(handler=cmd_extract)

    claims = sub.add_parser("claims", help="extract or list contested claims")
    claims.set_defaults(handler=cmd_claims)
    claim_actions = claims.add_subparsers(dest="claims_action", metavar="ACTION", required=True)
    cextract = claim_actions.add_parser("extract", help="statements and claims in a document")
    cextract.add_argument("source", nargs="?", metavar="PATH-or-URL or -")
    cextract.add_argument("--json", action="store_true")
    cextract.add_argument("--side", choices=SIDES,
                          help="the outlet's side: the voice of what the text says without naming a speaker "
                               "(default: a known outlet's, from a URL; otherwise read from the text)")
    clist = claim_actions.add_parser("list", help="tracked claims in the cache, newest update first")
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--place", metavar="NAME", help="only this place (any spelling: Kupyansk, Куп'янськ)")
    clist.add_argument("--status", choices=CLAIM_STATUSES, help="only claims with this status (or your verdict)")

    exp = sub.add_parser("export", help="stories or claims for other tools")
    exp.add_argument("--format", choices=("json", "csv", "claimreview"), required=True)
    exp.add_argument("-o", "--output", metavar="FILE")
    exp.add_argument("query", nargs="?", default="", help="only stories matching this filter")
    exp.set_defaults(handler=cmd_export)
    _accept_globals_after_commands(parser)
    return parser


def _accept_globals_after_commands(parser: argparse.ArgumentParser) -> None:
    """`warfeed poll --data-dir X` works like `warfeed --data-dir X poll`.

    Every command also takes --data-dir and --config; SUPPRESS keeps a value given before the
    command when none is given after it.
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for command in action.choices.values():
            command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                                 help="cache directory (as before the command)")
            command.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                                 help="config file (as before the command)")
            _accept_globals_after_commands(command)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    """Run one warfeed command; returns the process exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return args.handler(args)
    except CliError as exc:
        _err(str(exc))
        return exc.code
    except ConfigError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except ImportError as exc:
        # Parts of the core are built in parallel; a missing one is a message, not a traceback.
        _err(f"this command needs {exc.name or 'a module'}, which this build does not include.")
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK  # `warfeed stories | head` closes the pipe early; not an error


if __name__ == "__main__":
    sys.exit(main())
