"""Worker processes never write to the terminal the dashboard draws on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import os, sys
from concurrent.futures import ProcessPoolExecutor
from tui.core.workers import pool_context
from tui.core.poller import _worker_setup as parse_setup
from tui.core.claims.pipeline import _worker_setup as claims_setup

def shout():
    print("stdout from a worker", flush=True)
    os.write(2, b"stderr from a worker\\n")
    return os.getpid()

if __name__ == "__main__":
    for setup in (parse_setup, claims_setup):
        with ProcessPoolExecutor(1, mp_context=pool_context(), initializer=setup) as pool:
            assert pool.submit(shout).result() != os.getpid()
    print("parent done")
"""


def test_parse_and_claims_workers_write_nothing_to_the_terminal(tmp_path):
    script = tmp_path / "shout.py"
    script.write_text(SCRIPT)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == "parent done\n"
    assert "from a worker" not in done.stderr
