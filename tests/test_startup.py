"""`dsr queue` and `dsr show` start fast: they import nothing only other commands need.

These check which modules a fresh process has imported (issue 5), not how long it took: the
benchmark is bench/queue.py, run by hand.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import migrations
from models.db import make_engine
from tests.conftest import REPO

# Each is imported by the commands that need it: the ORM, migrations, mail, classifying,
# intake, and the other commands' modules.
LOADED_BY_OTHER_COMMANDS = {
    "sqlalchemy",
    "psycopg",
    "models.tables",
    "models.lifecycle",
    "service.database",
    "service.cli_cases",
    "service.cli_mail",
    "service.cli_review",
    "service.cli_ops",
    "alembic",
    "mako",
    "jinja2",
    "matplotlib",
    "sklearn",
    "scipy",
    "numpy",
    "service.digest",
    "service.notices",
    "service.outbox",
    "service.mailer",
    "service.model_cache",
    "service.check",
    "service.daemon",
    "classifier.predict",
    "classifier.model",
    "intake.pipeline",
    "intake.imap",
    "models.review",
    "models.reports",
    "models.retention",
}


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules a new Python process has imported once it ran ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> set[str]:
    return {m for m in LOADED_BY_OTHER_COMMANDS if m in modules}


def test_importing_the_command_line_loads_no_other_commands_modules() -> None:
    modules = _modules_after("import service.cli")
    assert "service.cli" in modules
    assert _heavy(modules) == set()


def test_queue_and_show_on_a_current_database_load_neither_sqlalchemy_nor_mail(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    engine.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env |= {"DSR_DATABASE__URL": url, "DSR_CACHE_DIR": str(tmp_path / "cache")}
    code = (
        "import click\n"
        "from service.cli import cli\n"
        "cli.main(['queue'], prog_name='dsr', standalone_mode=False)\n"
        "try:\n"
        "    cli.main(['show', 'DSR-2026-0001'], prog_name='dsr', standalone_mode=False)\n"
        "except click.ClickException as exc:\n"
        "    assert 'no case' in exc.message, exc.message\n"
    )
    modules = _modules_after(code, env)
    assert {"models.views", "sqlite3"} <= modules  # they read through the driver
    assert _heavy(modules) == set()


def test_each_lazily_loaded_command_is_in_the_module_the_table_names() -> None:
    import click

    from service.cli import cli

    table = dict(cli.lazy_commands)  # type: ignore[attr-defined]
    by_module: dict[str, set[str]] = {}
    for name, module in table.items():
        by_module.setdefault(module, set()).add(name)
    for module, names in by_module.items():
        commands = importlib.import_module(module).COMMANDS
        assert {c.name for c in commands} == names, module
    context = click.Context(cli)
    assert set(table) <= set(cli.list_commands(context))
    for name in table:
        command = cli.get_command(context, name)
        assert command is not None
        assert command.name == name


def test_classifying_with_a_trained_model_does_not_import_scikit_learn() -> None:
    # scikit-learn fits the model; predicting uses its weights as NumPy arrays. Not importing
    # it keeps some 80 MB out of the daemon and half a second out of `dsr classify`.
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # the suite's model cache (DSR_CACHE_DIR)
    load = (
        "from classifier.document import document_from_bytes\n"
        "from classifier.predict import Thresholds\n"
        "from service.model_cache import load_classifier\n"
        "classifier = load_classifier(Thresholds())\n"
    )
    _modules_after(load, env)  # trains into the cache if it is empty (that needs sklearn)
    mail = "b'Subject: Art. 15 GDPR\\n\\nPlease send me a copy of my data.'"
    modules = _modules_after(f"{load}classifier.predict(document_from_bytes({mail}, 1000))", env)
    assert "classifier.model" in modules
    assert not {m for m in modules if m.startswith("sklearn")}
