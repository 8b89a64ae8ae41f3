"""The feedback loop: a staff correction, then `dsr train`, changes the decision on similar mail."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from service.cli import cli
from tests.conftest import make_mail

# Finnish is in none of the training corpora: the model misses these requests.
TAUGHT = make_mail(
    "Tietopyyntö",
    "Hei, haluan että poistatte kaikki minusta tallennetut tiedot ja tilini. Kiitos, Matti\n",
    sender="Matti <matti@example.fi>",
    message_id="<taught@example.fi>",
)
SIMILAR = make_mail(
    "Tietojen poisto",
    "Hei, pyydän että poistatte kaikki minua koskevat tiedot sekä käyttäjätilini. Liisa\n",
    sender="Liisa <liisa@example.fi>",
    message_id="<similar@example.fi>",
)
UNRELATED = make_mail(
    "Tilaus 4411",
    "Hei, milloin tilaukseni 4411 toimitetaan? Kiitos\n",
    sender="Pekka <pekka@example.fi>",
    message_id="<order@example.fi>",
)


def run(args: list[str], env: dict[str, str]) -> Result:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def _decisions(folder: Path, env: dict[str, str]) -> dict[str, str]:
    lines = run(["classify", str(folder), "--json"], env).stdout.splitlines()
    return {Path(d["file"]).stem: d["decision"] for d in map(json.loads, lines)}


def test_a_correction_and_retraining_change_the_decision(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    env = {"DSR_DATABASE__URL": database_url, "DSR_DATABASE__DATA_DIR": str(tmp_path / "data")}
    mail = tmp_path / "mail"
    mail.mkdir()
    for name, raw in (("taught", TAUGHT), ("similar", SIMILAR), ("unrelated", UNRELATED)):
        (mail / f"{name}.eml").write_bytes(raw)
    before = _decisions(mail, env)
    assert before == {"taught": "irrelevant", "similar": "irrelevant", "unrelated": "irrelevant"}

    assert run(["import", str(mail / "taught.eml")], env).exit_code == 0
    assert run(["relabel", "1", "--relevant", "--category", "erasure"], env).exit_code == 0
    trained = run(["train"], env)
    assert trained.exit_code == 0, trained.output
    assert "1 staff correction(s) (1 relevant, 0 not" in trained.output
    model = tmp_path / "data" / "model.pickle"
    assert stat.S_IMODE(model.stat().st_mode) == 0o600

    after = _decisions(mail, env)
    assert after["taught"] == "relevant"
    assert after["similar"] != "irrelevant"
    assert after["unrelated"] == "irrelevant"
