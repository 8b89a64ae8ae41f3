"""Reading mail from files: mbox, Maildir, folders of .eml, single files, bad sources."""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.errors import SourceError
from intake.sources import RawMessage, Unreadable, detect_kind, read_source
from tests.conftest import make_mail


def _mails(n: int) -> list[bytes]:
    return [
        make_mail(f"Subject {i}", f"Body {i}\n", message_id=f"<s{i}@example.org>") for i in range(n)
    ]


def test_mbox_messages_come_back_with_their_delivery_time(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    for raw in _mails(3):
        message = mailbox.mboxMessage(raw)
        message.set_from("sender@example.org", (2026, 11, 2, 10, 30, 0, 0, 306, 0))
        box.add(message)
    box.close()
    items = list(read_source(path))
    assert detect_kind(path) == "mbox"
    assert [type(i) for i in items] == [RawMessage] * 3
    assert all(
        isinstance(i, RawMessage) and i.received_at == datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
        for i in items
    )
    assert b"Subject: Subject 1" in items[1].raw  # type: ignore[union-attr]


def test_maildir_messages_are_read_in_place(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Maildir")
    keys = [box.add(raw) for raw in _mails(2)]
    before = sorted(os.listdir(tmp_path / "Maildir" / "new"))
    items = list(read_source(tmp_path / "Maildir"))
    assert detect_kind(tmp_path / "Maildir") == "maildir"
    assert len(items) == 2
    assert all(isinstance(i, RawMessage) and i.received_at for i in items)
    assert sorted(os.listdir(tmp_path / "Maildir" / "new")) == before == sorted(keys)


def test_folder_of_eml_files_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for i, raw in enumerate(_mails(3)):
        folder = tmp_path / "b" if i == 0 else tmp_path
        (folder / f"{i}.eml").write_bytes(raw)
    (tmp_path / "notes.txt").write_text("not mail", encoding="utf-8")
    items = list(read_source(tmp_path))
    assert [Path(i.key).name for i in items] == ["1.eml", "2.eml", "0.eml"]


def test_a_file_that_is_not_an_mbox_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7 not mail")
    with pytest.raises(SourceError, match="not an mbox file"):
        list(read_source(path))


def test_a_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        list(read_source(tmp_path / "nothing"))


def test_an_unreadable_entry_in_a_folder_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    # A folder named like a message cannot be read as one, whoever runs the test (even root).
    (tmp_path / "0.eml").mkdir()
    (tmp_path / "1.eml").write_bytes(_mails(1)[0])
    items = list(read_source(tmp_path))
    assert isinstance(items[0], Unreadable)
    assert "directory" in items[0].error.lower()
    assert isinstance(items[1], RawMessage)
