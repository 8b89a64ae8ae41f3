"""A non-editable install ships every package, the migrations and the training corpus."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import migrations
from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("dsr_triage-*.whl")
    return path


def test_wheel_holds_packages_migrations_corpus_and_entry_point(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in ("intake", "classifier", "models", "service", "migrations"):
        assert f"{package}/__init__.py" in names
    assert "migrations/env.py" in names
    assert "migrations/script.py.mako" in names
    assert any(n.startswith("migrations/versions/0001_") for n in names)
    assert any(n.startswith("classifier/corpus/other/messages/") for n in names)
    assert any(n.startswith("classifier/corpus/requests/messages/") for n in names)
    assert "service/templates/notices/de/extension.txt" in names
    assert "service/templates/staff/digest.html" in names
    assert not any(n.startswith(("tests/", "demo/", "bench/")) for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "dsr = service.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_installed_layout_upgrades_a_database_away_from_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    # Run from an empty folder with only the unpacked wheel on the path (plus the venv's
    # dependencies), so nothing can come from the checkout.
    env = {**os.environ, "PYTHONPATH": str(site), "DSR_DATABASE__DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run(
        [sys.executable, "-P", "-c", "from service.cli import main; main()", "db", "upgrade"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"database at revision {migrations.head()} ")
    check = subprocess.run(
        [sys.executable, "-P", "-c", "import migrations; print(migrations.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert check.stdout.startswith(str(site))
