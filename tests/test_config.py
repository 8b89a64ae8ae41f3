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
    assert load_settings(environ={"DSR_CONFIG": str(config)}).default_mailbox.name == "privacy"


def test_the_example_file_is_valid_and_documents_every_key(tmp_path: Path) -> None:
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    example = Path(__file__).resolve().parent.parent / "dsr.example.toml"
    settings = load_settings(example, environ={})
    # The example shows the defaults: nothing in it changes behaviour until edited.
    assert settings == load_settings(tmp_path / "empty.toml", environ={})
    text = example.read_text(encoding="utf-8")
    for section_name, value in settings:
        section = value[0] if isinstance(value, list) else value
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
    assert str(caught.value) == (
        "environment variable DSR_DEADLINES__TIMEZONE: deadlines.timezone: "
        "unknown time zone 'Nowhere' (expected an IANA name)"  # the value said once
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={"DSR_DEADLINES__PAUSE_WHILE_WAITING": "maybe"})
    assert str(caught.value).endswith("unable to interpret input (got 'maybe')")


def test_a_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="configuration file not found"):
        load_settings(tmp_path / "missing.toml", environ={})


SEVERAL = """
[[mailbox]]
name = "info"
host = "imap.example.com"
username = "info@example.com"

[[mailbox]]
name = "privacy-eu"
host = "imap.example.com"
username = "privacy@example.com"
folder = "Requests"
write_keywords = false
"""


def test_several_mailboxes_each_with_its_own_settings(tmp_path: Path) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text(SEVERAL, encoding="utf-8")
    env = {"DSR_MAILBOX_INFO__PASSWORD": "pw-info", "DSR_MAILBOX_PRIVACY_EU__PASSWORD": "pw-eu"}
    settings = load_settings(config, environ=env)
    assert [box.name for box in settings.mailboxes] == ["info", "privacy-eu"]
    assert settings.default_mailbox.name == "info"
    info, privacy = (box.imap() for box in settings.mailboxes)
    assert (info.password, info.folder, info.write_keywords) == ("pw-info", "INBOX", True)
    assert (privacy.password, privacy.folder, privacy.write_keywords) == (
        "pw-eu",
        "Requests",
        False,
    )
    assert sorted(settings.secrets()) == ["pw-eu", "pw-info"]


def test_one_mailbox_table_takes_the_short_environment_variables(tmp_path: Path) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text('[mailbox]\nhost = "imap.example.com"\nusername = "u"\n', "utf-8")
    settings = load_settings(config, environ={"DSR_MAILBOX__PASSWORD": "pw"})
    assert settings.default_mailbox.imap().password == "pw"
    named = load_settings(config, environ={"DSR_MAILBOX_INFO__PASSWORD": "pw2"})
    assert named.default_mailbox.imap().password == "pw2"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        (
            {"DSR_MAILBOX__PASSWORD": "x"},
            "DSR_MAILBOX__* variables set one mailbox, but 2 are configured: "
            "use DSR_MAILBOX_<NAME>__<KEY>",
        ),
        (
            {"DSR_MAILBOX_SALES__PASSWORD": "x"},
            "environment variable DSR_MAILBOX_SALES__PASSWORD: no mailbox named sales",
        ),
        (
            {"DSR_MAILBOX_PRIVACY_EU__PORT": "high"},
            "environment variable DSR_MAILBOX_PRIVACY_EU__PORT: mailbox.privacy-eu.port: "
            "Input should be a valid integer",
        ),
    ],
)
def test_mailbox_environment_errors_say_which_mailbox(
    tmp_path: Path, environ: dict[str, str], expected: str
) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text(SEVERAL, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ=environ)
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('[[mailbox]]\nname = "INFO"\n', "mailbox names must differ"),
        (
            '[[mailbox]]\nname = "a b"\n',
            "mailbox.3.name: expected up to 64 letters, digits, - and _",
        ),
        ('[[mailbox]]\nname = "x"\nfoldr = "y"\n', "mailbox.x.foldr: unknown key (expected"),
    ],
)
def test_a_wrong_mailbox_table_is_named(tmp_path: Path, extra: str, expected: str) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text(SEVERAL + extra, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config, environ={})
    assert expected in str(caught.value)


def test_xoauth2_needs_a_token_source(tmp_path: Path) -> None:
    config = tmp_path / "dsr.toml"
    config.write_text(
        '[mailbox]\nhost = "imap.gmail.com"\nusername = "info@example.com"\nauth = "xoauth2"\n',
        "utf-8",
    )
    with pytest.raises(ConfigError, match="no oauth_token_command or oauth_token_file"):
        load_settings(config, environ={}).default_mailbox.imap()
    token = load_settings(
        config, environ={"DSR_MAILBOX__OAUTH_TOKEN_COMMAND": "oauth2-token info@example.com"}
    ).default_mailbox.imap()
    assert (token.auth, token.password, token.token_command) == (
        "xoauth2",
        None,
        "oauth2-token info@example.com",
    )
