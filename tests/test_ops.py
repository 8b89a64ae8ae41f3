"""Operator commands and safeguards: purge, check, private config files, secrets in logs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from service.app import App
from service.cli import cli
from service.clock import FrozenClock
from tests.conftest import DEMO
from tests.dovecot import Dovecot, dovecot_fixture, imap_user_fixture  # noqa: F401

SECRET = "Sup3r-s3cret-imap-pw"


def run(args: list[str], env: dict[str, str], when: datetime | None = None) -> Result:
    app = App(None, clock=FrozenClock(when or datetime.now(UTC)))
    return CliRunner().invoke(cli, args, env=env, obj=app, catch_exceptions=False)


@pytest.fixture
def env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    return {"DSR_DATABASE__URL": database_url}


def test_purge_dry_run_then_purge_by_the_retention_settings(env: dict[str, str]) -> None:
    assert run(["import", str(DEMO)], env).exit_code == 0
    irrelevant = json.loads(run(["status", "--json"], env).stdout)["irrelevant"]
    later = datetime(2027, 1, 15, tzinfo=UTC)  # demo mail is from November 2026
    dry = json.loads(run(["purge", "--dry-run", "--json"], env, later).stdout)
    assert dry["dry_run"] is True
    assert len(dry["irrelevant_messages"]) == irrelevant
    assert dry["closed_case_messages"] == []
    assert run(["purge", "--dry-run"], env, later).output.startswith(
        f"would purge {irrelevant} irrelevant message(s) older than 30 days"
    )
    assert run(["purge"], env, later).output.startswith(f"purged {irrelevant} irrelevant")
    assert json.loads(run(["purge", "--json"], env, later).stdout)["irrelevant_messages"] == []
    short = {**env, "DSR_RETENTION__IRRELEVANT_DAYS": "400"}
    assert (
        json.loads(run(["purge", "--dry-run", "--json"], short, later).stdout)[
            "irrelevant_messages"
        ]
        == []
    )
    assert run(["audit", "verify"], env).exit_code == 0


def test_a_config_file_with_a_password_must_be_private(tmp_path: Path) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text('[mailbox]\nhost = "imap.example.com"\npassword = "x1234"\n')
    config.chmod(0o644)
    refused = run(["--config", str(config), "status"], {})
    assert refused.exit_code == 2
    assert refused.stderr == (
        f"Error: {config}: holds mailbox.password but is readable by others (mode 0644); "
        f"run `chmod 600 {config}` or move the password to the environment or a password_file\n"
    )
    config.chmod(0o600)
    env = {"DSR_DATABASE__DATA_DIR": str(tmp_path / "data")}
    assert run(["--config", str(config), "status"], env).exit_code == 0


def test_check_prints_one_line_per_check_and_fails_on_a_bad_login(
    env: dict[str, str], dovecot: Dovecot, imap_user: str
) -> None:
    mailbox = {
        "DSR_MAILBOX__HOST": dovecot.host,
        "DSR_MAILBOX__PORT": str(dovecot.imap_port),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": imap_user,
        "DSR_MAILBOX__PASSWORD": SECRET,
    }
    result = run(["-vv", "--log-format", "json", "check"], {**env, **mailbox})
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "ok   configuration",
        "ok   database",
        "ok   jurisdictions",
        "FAIL mailbox",
        "ok   smtp",
        "ok   classifier",
    ]
    assert result.stderr.splitlines()[-1] == "Error: 1 check(s) failed: mailbox"
    assert SECRET not in result.output
    # Which file was read, and that the environment added settings, is the first thing to
    # know when a setting seems ignored.
    assert lines[0].startswith("ok   configuration: valid: no file (built-in defaults) and ")
    assert "DSR_ setting(s) from the environment" in lines[0]
