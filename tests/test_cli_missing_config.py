"""A `--config` that is missing or cannot be read stops warfeed with one sentence on stderr and
exit 2, before the dashboard takes the terminal (a message behind it is never seen)."""

from __future__ import annotations

import os
import signal
import subprocess

import pytest

from tests.terminal_safety import ROOT, WARFEED

ALTERNATE_SCREEN = b"\x1b[?1049h"
BOUND = 60.0


def dashboard(*args: str, data_dir) -> tuple[int, bytes, str]:
    """The real dashboard on a pseudo-terminal: (exit code, what reached the terminal, stderr)."""
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    env["TERM"] = "xterm-256color"
    proc = subprocess.Popen([str(WARFEED), "--data-dir", str(data_dir), *args], stdin=slave, stdout=slave,
                            stderr=subprocess.PIPE, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    try:
        _out, err = proc.communicate(timeout=BOUND)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the dashboard started on a config it could not use")
    finally:
        screen = b""
        os.set_blocking(master, False)
        try:
            while chunk := os.read(master, 65536):
                screen += chunk
        except OSError:
            pass
        os.close(master)
    return proc.returncode, screen, err.decode()


def run(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "WARFEED_HOME"}
    return subprocess.run([str(WARFEED), "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=BOUND)


def test_a_missing_config_stops_the_dashboard_before_it_takes_the_screen(tmp_path):
    missing = tmp_path / "typo.toml"
    code, screen, err = dashboard("--config", str(missing), data_dir=tmp_path / "data")
    assert code == 2
    assert ALTERNATE_SCREEN not in screen
    assert err.splitlines() == [f"warfeed: Config file {missing} does not exist (check the path, or leave out "
                                "--config to use the default config)."]
    assert not missing.exists()  # nothing written in the mistyped file's place


@pytest.mark.parametrize("content", [b"\xff\xfe not text", b"[[feeds]]\nid = \n", None])
def test_an_unreadable_config_stops_the_dashboard_before_it_takes_the_screen(tmp_path, content):
    config = tmp_path / "config.toml"
    if content is None:
        config.mkdir()
    else:
        config.write_bytes(content)
    code, screen, err = dashboard("--config", str(config), data_dir=tmp_path / "data")
    assert code == 2
    assert ALTERNATE_SCREEN not in screen
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warfeed: Config file {config} ")
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["poll"], ["poll", "--demo"], ["feeds", "list"], ["feeds", "add",
                                                                                       "https://news.example/rss"]])
def test_a_missing_config_stops_every_command_that_reads_it(tmp_path, command):
    missing = tmp_path / "missing.toml"
    result = run("--config", str(missing), *command, data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"warfeed: Config file {missing} does not exist (check the path, or "
                                          "leave out --config to use the default config)."]
    assert not missing.exists()
