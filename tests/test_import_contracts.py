"""The import contracts in pyproject.toml ([tool.importlinter]) hold, and a broken one fails.

lint-imports reads the layers (shells over the core, the service at the core's top), the
core's ban on textual and rich, and the ban on cycles; this runs it so pytest fails with it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run([sys.executable, "-c", code, "--no-cache"], cwd=root, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_the_import_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_widget_importing_a_screen_breaks_the_layers(tmp_path):
    shutil.copytree(ROOT / "tui", tmp_path / "tui", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "tui" / "widgets" / "wrong_way.py").write_text("from tui.screens.help import HelpScreen\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "tui.widgets.wrong_way -> tui.screens.help" in result.stdout
