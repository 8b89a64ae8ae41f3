"""Log output: JSON lines when asked, and no secret ever in a line."""

from __future__ import annotations

import json
import logging

import pytest

from service import logs

SECRET = "s3cr3t-Pa55word"


@pytest.fixture(autouse=True)
def _restore_logging() -> object:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield None
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def test_json_lines_carry_level_logger_and_message(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure(1, "json")
    logging.getLogger("intake.sync").info("imap %s: %d fetched", "info@host:993", 3)
    entry = json.loads(capsys.readouterr().err.strip())
    assert entry["level"] == "INFO"
    assert entry["logger"] == "intake.sync"
    assert entry["message"] == "imap info@host:993: 3 fetched"


@pytest.mark.parametrize("fmt", logs.FORMATS)
def test_secrets_are_redacted_from_messages_and_tracebacks(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.configure(2, fmt, secrets=[SECRET, "abc"])
    log = logging.getLogger("service.test")
    log.warning("login with %s failed", SECRET)
    try:
        raise RuntimeError(f"server said: bad password {SECRET}")
    except RuntimeError:
        log.exception("connect failed")
    err = capsys.readouterr().err
    assert SECRET not in err
    assert err.count("***") >= 2
    assert "RuntimeError" in err


@pytest.mark.parametrize(("fmt", "shown"), [("text", " [privacy]: "), ("json", '"privacy"')])
def test_lines_written_for_a_mailbox_name_it(
    fmt: str, shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    logs.configure(1, fmt)
    token = logs.current_mailbox.set("privacy")
    try:
        logging.getLogger("intake.pipeline").info("message #%d (INBOX/7): relevant", 12)
    finally:
        logs.current_mailbox.reset(token)
    logging.getLogger("service.jobs").info("outbox: sent 1")
    named, plain = capsys.readouterr().err.strip().splitlines()
    assert shown in named
    assert "message #12 (INBOX/7): relevant" in named
    assert "privacy" not in plain
    if fmt == "json":
        assert json.loads(named)["mailbox"] == "privacy"
        assert "mailbox" not in json.loads(plain)
