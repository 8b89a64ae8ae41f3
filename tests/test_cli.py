"""The ``dsr`` command line: contracts for scripts, help everywhere, one-line errors."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from zoneinfo import ZoneInfo

import click
import pytest
from click.testing import CliRunner, Result

from service.cli import cli
from tests.conftest import DEMO, make_mail

DEMO_LABELS = {
    json.loads(line)["file"].removeprefix("messages/"): json.loads(line)
    for line in (DEMO.parent / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
}


def run(args: list[str], env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture
def db_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)
    return {"DSR_DATABASE__URL": database_url, "DSR_DEADLINES__TIMEZONE": "Europe/Berlin"}


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    # Through list_commands/get_command: most commands are loaded only when looked up.
    context = click.Context(group)
    found = []
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found.extend(_all_commands(command, (*prefix, name)))
    return found


@pytest.mark.parametrize("command", _all_commands(cli), ids=" ".join)
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = run([*command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    target = cli
    for name in command:
        assert isinstance(target, click.Group)
        target = target.get_command(click.Context(target), name)  # type: ignore[assignment]
    assert "Example:" in result.output, f"`dsr {' '.join(command)} --help` has no example"


def test_classify_json_follows_the_contract_and_needs_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(
        ["classify", str(DEMO), "--json"], env={"DSR_DATABASE__URL": "sqlite:////nonexistent/x.db"}
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(DEMO_LABELS)
    assert not (tmp_path / "dsr.sqlite3").exists()
    for item in lines:
        assert item["file"].startswith(str(DEMO))
        assert item["decision"] in ("relevant", "needs_triage", "irrelevant")
        assert item["relevant"] is (item["decision"] != "irrelevant")
        assert 0.0 <= item["score"] <= 1.0
        assert isinstance(item["categories"], list)
        assert item["time_range"] is None or set(item["time_range"]) == {"start", "end"}
        assert "language" in item
        assert isinstance(item["evidence"], list)
        if item["relevant"]:
            assert item["categories"], item["file"]
    missed = [
        i["file"]
        for i in lines
        if DEMO_LABELS[Path(i["file"]).name]["relevant"] and not i["relevant"]
    ]
    assert missed == []


def test_classify_one_file_for_people_shows_the_evidence() -> None:
    result = run(["classify", str(DEMO / "30-out-of-office-de.eml")])
    assert result.exit_code == 0
    assert "irrelevant" in result.output
    assert "Auto-Submitted: auto-replied" in result.output


def test_import_then_queue_show_and_status(db_env: dict[str, str]) -> None:
    imported = run(["import", str(DEMO)], env=db_env)
    assert imported.exit_code == 0, imported.output
    assert f"{DEMO} (eml-folder): {len(DEMO_LABELS)} read," in imported.output

    status = json.loads(run(["status", "--json"], env=db_env).stdout)
    assert status["messages"] == len(DEMO_LABELS)
    assert status["failed"] == 0
    assert status["cases"] >= 10
    assert status["messages"] == status["relevant"] + status["needs_triage"] + status["irrelevant"]

    queue = json.loads(run(["queue", "--json"], env=db_env).stdout)
    assert len(queue) == status["cases"]
    assert [c["due_at"] for c in queue] == sorted(c["due_at"] for c in queue)
    first = queue[0]
    assert first["reference"].startswith("DSR-2026-")
    assert first["due_at"].startswith("2026-12-")

    table = run(["queue"], env=db_env)
    assert first["reference"] in table.output

    shown = run(["show", first["reference"]], env=db_env)
    assert shown.exit_code == 0
    assert "Evidence" in shown.output
    assert "case_opened" in shown.output
    detail = json.loads(run(["show", first["reference"].lower(), "--json"], env=db_env).stdout)
    assert detail["reference"] == first["reference"]
    assert detail["messages"][0]["prediction"]["decision"] == "relevant"

    again = run(["import", str(DEMO)], env=db_env)
    assert f"{len(DEMO_LABELS)} already stored" in again.output
    assert json.loads(run(["status", "--json"], env=db_env).stdout) == status


def test_import_reports_bad_input_and_goes_on(db_env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1-good.eml").write_bytes(make_mail("Order 5512", "Where is my order?\n"))
    (folder / "2-bad.eml").write_bytes(b"\x00\xff not mail")
    (folder / "3-bare.eml").write_bytes(make_mail("Hi", "Delete my data.\n", message_id=None))
    not_mbox = tmp_path / "report.pdf"
    not_mbox.write_bytes(b"%PDF-1.4")
    result = run(["import", str(not_mbox), str(folder)], env=db_env)
    assert result.exit_code == 1
    assert f"Error: {not_mbox}: not an mbox file" in result.stderr
    assert "failed: " in result.stderr
    assert "2-bad.eml: parse: no headers found" in result.stderr
    assert "3-bare.eml: no Message-ID header; stored as <" in result.stderr
    assert "3-bare.eml: no usable Date header and no delivery time" in result.stderr
    assert "3 read" in result.stdout
    assert "1 failed" in result.stdout
    assert json.loads(run(["status", "--json"], env=db_env).stdout)["failed"] == 1


def test_show_unknown_reference_is_one_line_exit_1(db_env: dict[str, str]) -> None:
    result = run(["show", "DSR-1999-0001"], env=db_env)
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no case 'DSR-1999-0001' (see `dsr queue`)"


def test_bad_config_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dsr.toml").write_text("[classifier]\ntriage_threshold = 'low'\n", encoding="utf-8")
    env = {"DSR_DATABASE__DATA_DIR": str(tmp_path / "data")}
    result = run(["status"], env=env)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "dsr.toml: classifier.triage_threshold: Input should be a valid number" in result.stderr
    assert not (tmp_path / "data").exists()


def test_unwritable_database_path_is_one_line_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run(["status"], env={"DSR_DATABASE__URL": f"sqlite:///{blocker}/sub/dsr.sqlite3"})
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: cannot create database {blocker}/sub/dsr.sqlite3: ")


def test_default_database_is_created_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    result = run(["db", "upgrade"], env={"DSR_DATABASE__DATA_DIR": str(data)})
    assert result.exit_code == 0, result.output
    assert "database at revision" in result.output
    assert stat.S_IMODE(os.stat(data / "dsr.sqlite3").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(data).st_mode) == 0o700
    assert (
        run(["db", "check"], env={"DSR_DATABASE__DATA_DIR": str(data)}).output
        == "schema matches the models\n"
    )


def test_failed_lists_and_retry_all_reruns(db_env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"\x00\xff not mail")
    run(["import", str(bad)], env=db_env)
    listed = json.loads(run(["failed", "--json"], env=db_env).stdout)
    assert len(listed) == 1
    assert listed[0]["error"] == "parse: no headers found: not an RFC 5322 message"
    assert listed[0]["source"] == str(bad)
    assert "parse: no headers found" in run(["failed"], env=db_env).output
    retried = run(["retry", "--all"], env=db_env)
    assert retried.exit_code == 1
    assert f"#{listed[0]['id']}: still failing: parse: no headers found" in retried.stderr
    usage = run(["retry"], env=db_env)
    assert usage.exit_code == 2
    assert "name message ids or give --all" in usage.stderr
    missing = run(["retry", "999"], env=db_env)
    assert (missing.exit_code, missing.stderr) == (1, "Error: no message #999\n")


def test_staff_judge_failed_messages_and_they_are_failed_no_more(
    db_env: dict[str, str], tmp_path: Path
) -> None:
    for name in ("junk.eml", "request.eml"):
        (tmp_path / name).write_bytes(b"\x00\xff not mail " + name.encode())
        run(["import", str(tmp_path / name)], env=db_env)
    junk, request = (row["id"] for row in json.loads(run(["failed", "--json"], env=db_env).stdout))
    staff = {**db_env, "DSR_STAFF": "maria"}

    judged = run(["relabel", str(junk), "--irrelevant", "--reason", "binary junk"], env=staff)
    assert (judged.exit_code, judged.stdout) == (0, f"message #{junk}: labelled irrelevant\n")
    refused = run(["relabel", str(request), "--relevant"], env=staff)
    assert (refused.exit_code, refused.stderr) == (
        1,
        f"Error: message #{request}: give the categories of the request\n",
    )
    assert [r["id"] for r in json.loads(run(["failed", "--json"], env=db_env).stdout)] == [request]
    opened = run(["relabel", str(request), "--relevant", "--category", "erasure"], env=staff)
    assert opened.exit_code == 0, opened.output
    assert opened.stdout.startswith(f"message #{request}: labelled relevant (erasure); DSR-")

    assert run(["failed"], env=db_env).stdout == "No failed messages.\n"
    status = json.loads(run(["status", "--json"], env=db_env).stdout)
    assert (status["failed"], status["irrelevant"], status["relevant"]) == (0, 1, 1)
    retried = run(["retry", "--all"], env=db_env)
    assert (retried.exit_code, retried.stdout) == (0, "No failed messages.\n")
    again = run(["retry", str(request), str(junk)], env=db_env)
    assert (again.exit_code, again.stderr) == (
        1,
        f"Error: message #{request} is not a failed message (relevant, labelled by maria)\n",
    )
    [case] = json.loads(run(["queue", "--json"], env=db_env).stdout)
    assert case["categories"] == ["erasure"]
    assert run(["show", case["reference"]], env=db_env).exit_code == 0
    assert run(["audit", "verify"], env=db_env).stdout.startswith("audit log intact: ")


def test_retry_all_skips_a_message_judged_while_it_ran(
    db_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.pipeline import Pipeline
    from models import review
    from models.db import make_engine, session_factory, transaction
    from models.policy import Policy

    policy = Policy(ZoneInfo("Europe/Berlin"))
    for name in ("a.eml", "b.eml"):
        (tmp_path / name).write_bytes(b"\x00\xff not mail " + name.encode())
        run(["import", str(tmp_path / name)], env=db_env)
    first, second = (row["id"] for row in json.loads(run(["failed", "--json"], env=db_env).stdout))
    engine = make_engine(db_env["DSR_DATABASE__URL"])
    retry = Pipeline.retry

    def judged_meanwhile(pipeline: Pipeline, message_id: int) -> object:
        if message_id == first:  # a colleague judges it after the list was read
            with transaction(session_factory(engine)) as session:
                message = review.message_for_update(session, message_id)
                assert message is not None
                review.relabel(
                    session,
                    message,
                    False,
                    [],
                    actor="li",
                    now=message.received_at,
                    policy=policy,
                )
        return retry(pipeline, message_id)

    monkeypatch.setattr(Pipeline, "retry", judged_meanwhile)
    result = run(["retry", "--all"], env=db_env)
    engine.dispose()
    assert result.exit_code == 1
    assert f"#{first}: skipped: message #{first} is not a failed message" in result.stderr
    assert f"#{second}: still failing: parse: no headers found" in result.stderr


def test_bad_paths_name_the_path_in_one_error_line(db_env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "nonexistent"
    imported = run(["import", str(missing)], env=db_env)
    assert (imported.exit_code, imported.stderr) == (
        1,
        f"Error: {missing}: no such file or folder\n",
    )
    classified = run(["classify", str(missing)], env=db_env)
    assert classified.exit_code == 2
    assert f"Error: Invalid value for PATH: {missing}: no such file or folder" in classified.stderr


def test_eval_says_n_a_where_there_is_nothing_to_measure() -> None:
    text = run(["eval", str(DEMO.parent)])
    assert text.exit_code == 0, text.output
    report = json.loads(run(["eval", str(DEMO.parent), "--json"]).stdout)
    languages = report["by_language"]
    # The demo has languages with no request at all: nothing there to recall.
    assert {"pl", "zh"} <= {k for k, v in languages.items() if v["relevance"]["tp"] == 0}
    for language, figures in languages.items():
        rel = figures["relevance"]
        assert (rel["recall"] is None) == (rel["tp"] + rel["fn"] == 0), language
        assert (rel["precision"] is None) == (rel["tp"] + rel["fp"] == 0), language
        if rel["recall"] is None:
            assert figures["categories"] == {"main_in_predicted": None, "micro_f1": None}
        line = next(x for x in text.stdout.splitlines() if x.startswith(f"  {language:8} "))
        shown = "n/a" if rel["recall"] is None else f"{rel['recall']:.3f}"
        assert f" recall {shown} " in line, line
        shown = "n/a" if rel["precision"] is None else f"{rel['precision']:.3f}"
        assert f" precision {shown} " in line, line
    assert report["relevance"]["recall"] is not None
    assert "0.000 recall 0.000" not in text.stdout


def test_report_on_a_period_without_cases_says_so(db_env: dict[str, str]) -> None:
    result = run(["report", "--period", "2025"], env=db_env)
    assert (result.exit_code, result.stdout) == (
        0,
        "Period 2025 (2025-01-01 to 2025-12-31)\nNo cases received in this period.\n",
    )


def test_text_from_mail_is_shown_inert(db_env: dict[str, str], tmp_path: Path) -> None:
    hostile = "[red]Delete[/red] my data \x1b]8;;https://evil.example\x1b\\click\x1b[31m now\x07"
    mail = tmp_path / "hostile.eml"
    mail.write_bytes(
        make_mail(
            hostile,
            f"Please delete my account and all personal data you hold about me. {hostile}\n",
            sender="Eve \x1b[2J <eve@example.org>",
        )
    )
    assert run(["import", str(mail)], env=db_env).exit_code == 0
    reference = json.loads(run(["queue", "--json"], env=db_env).stdout)[0]["reference"]
    for args in (["queue"], ["show", reference], ["classify", str(mail)]):
        output = run(args, env={**db_env, "COLUMNS": "200"}).output
        assert "\x1b" not in output, args
        assert "\x07" not in output, args
        if args[0] != "classify":
            assert "\\x1b" in output, args
    shown = run(["show", reference], env={**db_env, "COLUMNS": "200"}).output
    assert "[red]Delete[/red]" in shown
