"""Install: `make extract` installs the runtime only; `make test` adds the test tools and Ray to the same venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEST_TOOLS = {"pytest", "hypothesis", "reportlab"}


def make_dry_run(target: str, venv: Path) -> str:
    """The commands `make target` would run for the venv at `venv`, without running them."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    done = subprocess.run(["make", "-n", "-C", str(ROOT), target, f"VENV={venv}"], capture_output=True, text=True, check=True)
    return done.stdout


def names(requirements: list[str]) -> set[str]:
    return {r.split(">")[0].split("=")[0].split("[")[0].strip().lower() for r in requirements}


def test_the_runtime_needs_neither_ray_nor_the_test_tools_which_are_extras():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = names(project["dependencies"])
    assert not runtime & (TEST_TOOLS | {"ray"})
    assert TEST_TOOLS <= names(project["optional-dependencies"]["dev"])
    assert names(project["optional-dependencies"]["ray"]) == {"ray"}


def test_make_extract_on_a_fresh_machine_installs_the_runtime_only(tmp_path):
    commands = make_dry_run("extract", tmp_path / "venv")
    assert "-m venv" in commands and "pip install --quiet -e .\n" in commands
    assert "[dev" not in commands and "[ray" not in commands


def _installed_runtime(venv: Path) -> None:
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    (venv / ".installed").touch()
    newer = (ROOT / "pyproject.toml").stat().st_mtime + 10
    os.utime(venv / ".installed", (newer, newer))


def test_make_test_after_make_extract_adds_the_dev_and_ray_extras_to_the_same_venv(tmp_path):
    venv = tmp_path / "venv"
    _installed_runtime(venv)
    commands = make_dry_run("test", venv)
    assert "pip install --quiet -e '.[dev,ray]'" in commands and "-m pytest" in commands
    assert "-m venv" not in commands and "pip install --quiet -e .\n" not in commands


def test_make_test_on_a_fresh_machine_builds_the_venv_then_the_extras(tmp_path):
    commands = make_dry_run("test", tmp_path / "venv")
    assert commands.index("-m venv") < commands.index("pip install --quiet -e .\n") < commands.index("'.[dev,ray]'") < commands.index("-m pytest")


def test_make_test_with_everything_installed_only_runs_the_tests(tmp_path):
    venv = tmp_path / "venv"
    _installed_runtime(venv)
    (venv / ".installed-dev").touch()
    newer = (venv / ".installed").stat().st_mtime + 10
    os.utime(venv / ".installed-dev", (newer, newer))
    assert "pip" not in make_dry_run("test", venv)
