"""The layer rules of DESIGN.md, checked by import-linter (contracts in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _lint_imports() -> list[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports"
    )
    if exe is None:
        pytest.fail("lint-imports not found: install the test extras (pip install -e '.[test]')")
    return [exe, "--no-cache"]


def test_import_contracts_are_kept():
    result = subprocess.run(
        _lint_imports(),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    contracts = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
    assert f"Contracts: {len(contracts)} kept, 0 broken." in output, output


def test_contracts_cover_the_design_rules():
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["importlinter"]
    by_type: dict[str, list[dict]] = {}
    for contract in config["contracts"]:
        by_type.setdefault(contract["type"], []).append(contract)
    [layers] = by_type["layers"]
    names = [layer.strip("()") for layer in layers["layers"]]
    assert names == [
        "rumahbatik.ui",
        "rumahbatik.reports",
        "rumahbatik.services",
        "rumahbatik.models | rumahbatik.db",
        "rumahbatik.domain",
    ]
    forbidden = {
        tuple(c["forbidden_modules"]): set(c["source_modules"]) for c in by_type["forbidden"]
    }
    qt = forbidden[("PySide6", "shiboken6")]
    assert {
        "rumahbatik.domain",
        "rumahbatik.services",
        "rumahbatik.reports",
        "rumahbatik.cli",
    } <= qt
    assert {"rumahbatik.ui", "rumahbatik.reports", "rumahbatik.domain"} <= forbidden[
        ("sqlalchemy", "alembic")
    ]


def test_the_linter_catches_a_violation(tmp_path):
    """Run the same contracts on a copy of the package with one forbidden import added."""
    copy = tmp_path / "src"
    shutil.copytree(
        REPO / "rumahbatik", copy / "rumahbatik", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", copy / "pyproject.toml")
    bad = copy / "rumahbatik" / "domain" / "formatting.py"
    bad.write_text(bad.read_text() + "\nimport rumahbatik.services.users  # noqa\n")
    env = {"PYTHONPATH": str(copy), "PATH": str(Path(sys.executable).parent)}
    import os

    env = {**os.environ, **env}
    result = subprocess.run(
        _lint_imports(), cwd=copy, capture_output=True, text=True, timeout=300, env=env
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "BROKEN" in output and "rumahbatik.domain.formatting" in output, output
