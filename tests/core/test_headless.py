"""The domain core must never pull in the UI toolkit.

With click installed (the test tools bring it), `import httpx` imports httpx's optional
command-line module, which imports rich: that is httpx's doing, not the core's. So one test
blocks that module and requires no rich at all, and one lets it load and requires that rich
came only through it; textual may never load either way.
"""

import json
import pkgutil
import subprocess
import sys

import tui.core

WATCH = """
import importlib, json, sys
first_importer = {}

class Watch:
    # Records which module first asked for textual or rich (the frame below the import machinery).
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in ("textual", "rich") and top not in first_importer:
            frame = sys._getframe(1)
            while frame is not None and frame.f_globals.get("__name__", "").startswith(("importlib", "_frozen")):
                frame = frame.f_back
            first_importer[top] = frame.f_globals.get("__name__") if frame is not None else "?"
        return None

sys.meta_path.insert(0, Watch())
"""


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core."))


def import_core(block_httpx_cli: bool) -> dict:
    code = (
        WATCH
        + ("sys.modules['httpx._main'] = None\n" if block_httpx_cli else "")
        + f"for name in {core_modules()!r}:\n"
        + "    importlib.import_module(name)\n"
        + "loaded = sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('textual', 'rich')})\n"
        + "print(json.dumps({'loaded': loaded, 'first_importer': first_importer}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_core_has_modules():
    assert "tui.core.models" in core_modules()
    assert "tui.core.service" in core_modules()


def test_core_imports_no_textual_or_rich():
    seen = import_core(block_httpx_cli=True)
    assert seen["loaded"] == [], f"core imported: {seen}"


def test_rich_comes_only_through_httpx_command_line_module():
    seen = import_core(block_httpx_cli=False)
    assert "textual" not in seen["loaded"], seen
    if "rich" in seen["loaded"]:
        assert seen["first_importer"]["rich"] == "httpx._main", seen
