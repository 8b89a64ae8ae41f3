"""``dsr import``'s progress bar: on stderr, only for a terminal or when asked, with a count."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from service.cli import cli
from tests.conftest import REPO, make_mail

BAR = "━"  # rich's bar


def run(args: list[str], env: dict[str, str]) -> Result:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    return {"DSR_DATABASE__URL": f"sqlite:///{tmp_path / 'dsr.db'}"}


def _mails(count: int, tag: str) -> list[bytes]:
    return [
        make_mail(f"Message {n}", f"Hello, this is message {n}.\n", message_id=f"<{tag}{n}@x.org>")
        for n in range(count)
    ]


@pytest.fixture
def eml_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    for n, raw in enumerate(_mails(3, "eml")):
        (folder / f"{n}.eml").write_bytes(raw)
    return folder


def _summary(result: Result) -> str:
    return result.stdout.strip()


def test_no_bar_when_stderr_is_not_a_terminal(env: dict[str, str], eml_folder: Path) -> None:
    result = run(["import", str(eml_folder)], env)
    assert result.exit_code == 0, result.output
    assert _summary(result).startswith(f"{eml_folder} (eml-folder): 3 read,")
    assert BAR not in result.stderr
    assert "3/3" not in result.stderr


def test_progress_forces_the_bar_with_the_count(env: dict[str, str], eml_folder: Path) -> None:
    result = run(["import", "--progress", str(eml_folder)], env)
    assert result.exit_code == 0, result.output
    assert BAR in result.stderr
    assert "export" in result.stderr
    assert "3/3" in result.stderr
    # The summary stays alone on stdout, for scripts.
    assert _summary(result).startswith(f"{eml_folder} (eml-folder): 3 read,")
    assert BAR not in result.stdout


def test_the_count_of_an_mbox_and_a_maildir_is_known_up_front(
    env: dict[str, str], tmp_path: Path
) -> None:
    box = mailbox.mbox(tmp_path / "export.mbox")
    for raw in _mails(4, "mbox"):
        box.add(raw)
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Maildir")
    for raw in _mails(2, "maildir"):
        maildir.add(raw)
    result = run(
        ["import", "--progress", str(tmp_path / "export.mbox"), str(tmp_path / "Maildir")], env
    )
    assert result.exit_code == 0, result.output
    assert "4/4" in result.stderr
    assert "2/2" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'export.mbox'} (mbox): 4 read,")
    assert lines[1].startswith(f"{tmp_path / 'Maildir'} (maildir): 2 read,")


def test_errors_still_reach_stderr_with_the_bar(env: dict[str, str], tmp_path: Path) -> None:
    not_mbox = tmp_path / "notes.txt"
    not_mbox.write_text("just some notes\n")
    result = run(["import", "--progress", str(not_mbox)], env)
    assert result.exit_code == 1
    assert "Error: " in result.stderr
    assert "not an mbox file" in result.stderr


def _on_a_terminal(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """``dsr ARGS`` with stderr on a pseudo-terminal (stdout a pipe): exit code, both outputs."""
    main, child = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", "from service.cli import main; main()", *args],
            cwd=cwd,
            env={**os.environ, **env, "PYTHONPATH": str(REPO), "COLUMNS": "100"},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=child,
        )
        os.close(child)
        child = -1
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the child closed its end
                break
            if not chunk:
                break
            chunks.append(chunk)
        stdout = process.communicate(timeout=120)[0]
    finally:
        os.close(main)
        if child >= 0:
            os.close(child)
    return process.returncode, stdout.decode(), b"".join(chunks).decode(errors="replace")


@pytest.mark.slow
def test_a_terminal_gets_the_bar_unless_no_progress(
    env: dict[str, str], eml_folder: Path, tmp_path: Path
) -> None:
    code, stdout, stderr = _on_a_terminal(["import", str(eml_folder)], env, tmp_path)
    assert code == 0, stderr
    assert BAR in stderr
    assert "3/3" in stderr
    assert stdout.startswith(f"{eml_folder} (eml-folder): 3 read,")

    code, stdout, stderr = _on_a_terminal(
        ["import", "--no-progress", str(eml_folder)], env, tmp_path
    )
    assert code == 0, stderr
    assert BAR not in stderr
    assert stdout.startswith(f"{eml_folder} (eml-folder): 3 read, 0 requests")
