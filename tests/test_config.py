"""Configuration: defaults with no file, TOML, environment overrides, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.config import load_settings
from service.errors import ConfigError


def test_defaults_work_with_no_file_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert settings.database.resolved_url().startswith("sqlite:///")
    assert settings.database.resolved_url().endswith("/dsr-triage/dsr.sqlite3")
    assert settings.deadlines.timezone == "UTC"
    assert settings.classifier.triage_threshold < settings.classifier.relevant_threshold


def test_file_then_environment(tmp_path: Path) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text(
        '[database]\nurl = "sqlite:////tmp/from-file.db"\n'
        '[deadlines]\ntimezone = "Europe/Berlin"\n'
        "[classifier]\nrelevant_threshold = 0.6\n",
        encoding="utf-8",
    )
    settings = load_settings(config, environ={"DSR_CLASSIFIER__RELEVANT_THRESHOLD": "0.7"})
    assert settings.database.url == "sqlite:////tmp/from-file.db"
    assert settings.deadlines.zone.key == "Europe/Berlin"
    assert settings.classifier.relevant_threshold == 0.7


def test_dsr_config_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "elsewhere.toml"
    config.write_text('[mailbox]\nname = "privacy"\n', encoding="utf-8")
    assert load_settings(environ={"DSR_CONFIG": str(config)}).mailbox.name == "privacy"


def test_the_example_file_is_valid_and_documents_every_key(tmp_path: Path) -> None:
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    example = Path(__file__).resolve().parent.parent / "dsr.example.toml"
    settings = load_settings(example, environ={})
    # The example shows the defaults: nothing in it changes behaviour until edited.
    assert settings == load_settings(tmp_path / "empty.toml", environ={})
    text = example.read_text(encoding="utf-8")
    for section_name, section in settings:
        assert f"[{section_name}]" in text
        for key in type(section).model_fields:
            assert f"{key} =" in text, f"dsr.example.toml does not document {section_name}.{key}"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[database]\nurll = 'x'\n", "database.urll: unknown key (expected one of: url, data_dir)"),
        ("[databse]\n", "databse: unknown section"),
        (
            "[classifier]\nrelevant_threshold = 'high'\n",
            "classifier.relevant_threshold: Input should be a valid number",
        ),
        (
            "[classifier]\nrelevant_threshold = 1.5\n",
            "classifier.relevant_threshold: Input should be less than or equal to 1",
        ),
        (
            "[deadlines]\ntimezone = 'Mars/Olympus'\n",
            "deadlines.timezone: unknown time zone 'Mars/Olympus'",
        ),
        ("[database\n", "not valid TOML"),
    ],
)
def test_a_wrong_key_or_value_names_file_key_and_expectation(
    tmp_path: Path, content: str, expected: str
) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={})
    message = str(caught.value)
    assert message.startswith(f"{config}: ")
    assert expected in message
    assert "\n" not in message
    assert caught.value.exit_code == 2


def test_a_wrong_environment_override_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"DSR_DEADLINES__TIMEZONE": "Nowhere"})
    assert str(caught.value).startswith(
        "environment variable DSR_DEADLINES__TIMEZONE: deadlines.timezone:"
    )


def test_a_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_settings(tmp_path / "missing.toml", environ={})
