"""The built wheel: styles ship inside the package and the `warfeed` script runs from it."""

import importlib.util
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    argv = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        # Build with the hatchling already installed: no download, no isolated env to set up.
        argv.insert(4, "--no-build-isolation")
    subprocess.run(argv, check=True, capture_output=True, timeout=180)
    (built,) = out.glob("warfeed-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed; dependencies come from this venv's site dir."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    target_python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(target_python), "install", "-q", "--no-deps",
         "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=120,
    )
    purelib = subprocess.run(
        [str(target_python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    # Like --system-site-packages, but pointing at the dependencies this test run already has.
    deps = [p for p in site.getsitepackages() + [sysconfig.get_path("purelib")] if Path(p).is_dir()]
    (Path(purelib) / "warfeed_test_deps.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    return venv


def test_styles_are_inside_the_installed_package(installed, tmp_path):
    code = "import pathlib, tui; print(pathlib.Path(tui.__file__).parent)"
    package = Path(subprocess.run([str(installed / "bin" / "python"), "-c", code], cwd=tmp_path,
                                  check=True, capture_output=True, text=True).stdout.strip())
    assert installed in package.parents  # the wheel's copy, not the source tree
    styles = sorted(p.name for p in (package / "styles").glob("*.tcss"))
    assert styles == sorted(p.name for p in (ROOT / "styles").glob("*.tcss")) and styles


def test_warfeed_script_reports_its_version(installed, tmp_path):
    import tui

    result = subprocess.run([str(installed / "bin" / "warfeed"), "--version"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"warfeed {tui.__version__}"
