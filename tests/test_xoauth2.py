"""XOAUTH2 login against a real Dovecot that checks tokens at an introspection endpoint.

The endpoint (tests/dovecot.py ``TokenIssuer``) is the test's own: it issues and revokes
tokens, as Google or Microsoft would, and Dovecot asks it about every token it is given.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select

from intake.imap import ImapLoginError, ImapMailbox, ImapSettings
from intake.oauth import TokenError, TokenSource, token_source
from models.tables import Message
from service.cli import cli
from tests.conftest import make_mail
from tests.dovecot import Dovecot, TokenIssuer, oauth_dovecot_fixture  # noqa: F401

# Prints the next token of the file "tokens" (one a line) on each run; the last one repeats.
# It counts its runs in "runs".
HELPER = """\
import pathlib, sys
state = pathlib.Path(sys.argv[1])
runs = int((state / "runs").read_text()) if (state / "runs").exists() else 0
(state / "runs").write_text(str(runs + 1))
tokens = (state / "tokens").read_text().split()
print(tokens[min(runs, len(tokens) - 1)])
print("a second line that is not the token")
"""


@pytest.fixture
def issuer(oauth_dovecot: Dovecot) -> TokenIssuer:
    assert oauth_dovecot.oauth is not None
    return oauth_dovecot.oauth


@pytest.fixture
def user(oauth_dovecot: Dovecot) -> str:
    return oauth_dovecot.add_user()


class Helper:
    """A token command: prints the tokens it is given, one per run."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir()
        (directory / "helper.py").write_text(HELPER)
        self.command = f"{sys.executable} {directory / 'helper.py'} {directory}"

    def hands_out(self, *tokens: str) -> None:
        (self.directory / "tokens").write_text("\n".join(tokens))

    @property
    def runs(self) -> int:
        path = self.directory / "runs"
        return int(path.read_text()) if path.exists() else 0


@pytest.fixture
def helper(tmp_path: Path) -> Helper:
    return Helper(tmp_path / "helper")


def _settings(server: Dovecot, user: str, **auth: str) -> ImapSettings:
    return ImapSettings(
        host=server.host,
        port=server.imap_port,
        security="plain",
        username=user,
        auth="xoauth2",
        timeout=10.0,
        **auth,  # type: ignore[arg-type]
    )


def _exists(settings: ImapSettings) -> int:
    with ImapMailbox(settings) as box:
        return box.select().exists


def test_login_with_a_token_from_a_command(
    oauth_dovecot: Dovecot, issuer: TokenIssuer, user: str, helper: Helper
) -> None:
    oauth_dovecot.append(user, make_mail("Hello", "One message.\n"))
    token = issuer.issue(user)
    helper.hands_out(token)
    settings = _settings(oauth_dovecot, user, token_command=helper.command)
    assert _exists(settings) == 1
    # The token is cached: a second connection does not run the command again.
    assert _exists(settings) == 1
    assert helper.runs == 1
    assert issuer.checked.count(token) == 2
    assert token not in repr(settings)
    assert token not in repr(token_source(settings))


def test_login_with_a_token_from_a_file(
    oauth_dovecot: Dovecot, issuer: TokenIssuer, user: str, tmp_path: Path
) -> None:
    file = tmp_path / "token"
    file.write_text(issuer.issue(user) + "\n")
    settings = _settings(oauth_dovecot, user, token_file=str(file))
    assert _exists(settings) == 0
    # Whoever keeps the file fresh replaces it; the next login reads the new token.
    new = issuer.issue(user)
    file.write_text(new + "\n")
    assert _exists(settings) == 0
    assert issuer.checked[-1] == new


def test_an_expired_token_is_refreshed_once(
    oauth_dovecot: Dovecot, issuer: TokenIssuer, user: str, helper: Helper
) -> None:
    first, second = issuer.issue(user), issuer.issue(user)
    helper.hands_out(first, second)
    settings = _settings(oauth_dovecot, user, token_command=helper.command)
    assert _exists(settings) == 0
    issuer.revoke(first)  # it expired
    checked = len(issuer.checked)
    assert _exists(settings) == 0
    assert helper.runs == 2
    assert issuer.checked[checked:] == [first, second]
    # The fresh token is the cached one now.
    assert _exists(settings) == 0
    assert helper.runs == 2


def test_a_revoked_token_is_refreshed_when_the_daemon_reconnects(
    oauth_dovecot: Dovecot, issuer: TokenIssuer, user: str, helper: Helper
) -> None:
    # The token source outlives a connection: the daemon opens a new ImapMailbox each time.
    first, second = issuer.issue(user), issuer.issue(user)
    helper.hands_out(first, second)
    settings = _settings(oauth_dovecot, user, token_command=helper.command)
    with ImapMailbox(settings) as box:
        box.select()
        issuer.revoke(first)
    with ImapMailbox(settings) as box:
        assert box.select().exists == 0
    assert helper.runs == 2


def test_a_bad_token_is_one_line_without_the_token(
    oauth_dovecot: Dovecot, issuer: TokenIssuer, user: str, helper: Helper
) -> None:
    helper.hands_out("ya29.never-issued-1", "ya29.never-issued-2")
    settings = _settings(oauth_dovecot, user, token_command=helper.command)
    with pytest.raises(ImapLoginError) as caught:
        _exists(settings)
    message = str(caught.value)
    assert message.startswith(
        f"imap {user}@127.0.0.1:{oauth_dovecot.imap_port}: login failed (xoauth2): "
    )
    assert "AUTHENTICATIONFAILED" in message
    assert "\n" not in message
    assert "never-issued" not in message
    # One refresh, and no more: both tokens were tried once.
    assert helper.runs == 2
    assert issuer.checked[-2:] == ["ya29.never-issued-1", "ya29.never-issued-2"]


def test_a_token_the_command_keeps_giving_is_not_retried(
    oauth_dovecot: Dovecot, issuer: TokenIssuer, user: str, helper: Helper
) -> None:
    helper.hands_out("ya29.revoked")
    settings = _settings(oauth_dovecot, user, token_command=helper.command)
    with pytest.raises(ImapLoginError, match="login failed") as caught:
        _exists(settings)
    assert "ya29" not in str(caught.value)
    assert helper.runs == 2
    assert issuer.checked.count("ya29.revoked") == 1


def test_a_failing_command_shows_its_stderr_but_not_its_arguments(tmp_path: Path) -> None:
    script = tmp_path / "fail.py"
    script.write_text("import sys\nsys.stderr.write('invalid_grant: refresh token revoked\\n')\n")
    script.write_text(script.read_text() + "sys.exit(3)\n")
    source = TokenSource(
        label="info@imap.example:993",
        command=f"{sys.executable} {script} --client-secret=hunter2",
    )
    with pytest.raises(TokenError) as caught:
        source.token()
    message = str(caught.value)
    assert message == (
        f"imap info@imap.example:993: token command {Path(sys.executable).name} failed "
        "(exit 3): invalid_grant: refresh token revoked"
    )
    assert isinstance(caught.value, ImapLoginError)


def test_missing_token_sources_are_clear(tmp_path: Path) -> None:
    with pytest.raises(TokenError, match="cannot run token command no-such-helper-cmd"):
        TokenSource(label="x", command="no-such-helper-cmd --flag").token()
    with pytest.raises(TokenError, match=r"cannot read oauth_token_file .*: No such file"):
        TokenSource(label="x", file=str(tmp_path / "absent")).token()
    (tmp_path / "empty").write_text("\n\n")
    with pytest.raises(TokenError, match="holds no token"):
        TokenSource(label="x", file=str(tmp_path / "empty")).token()
    with pytest.raises(TokenError, match="printed no token"):
        TokenSource(label="x", command="true").token()
    with pytest.raises(TokenError, match="needs oauth_token_command or oauth_token_file"):
        TokenSource(label="x")


def test_dsr_run_once_logs_in_with_xoauth2_and_never_logs_the_token(
    oauth_dovecot: Dovecot,
    issuer: TokenIssuer,
    user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    oauth_dovecot.append(user, make_mail("Hello", "Just saying hello.\n"))
    token = issuer.issue(user)
    (tmp_path / "token").write_text(token)
    env = {
        "DSR_DATABASE__URL": f"sqlite:///{tmp_path / 'dsr.db'}",
        "DSR_MAILBOX__HOST": oauth_dovecot.host,
        "DSR_MAILBOX__PORT": str(oauth_dovecot.imap_port),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": user,
        "DSR_MAILBOX__AUTH": "xoauth2",
        "DSR_MAILBOX__OAUTH_TOKEN_FILE": str(tmp_path / "token"),
    }
    runner = CliRunner()
    result = runner.invoke(cli, ["-vv", "run", "--once"], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert token not in result.output
    engine = create_engine(env["DSR_DATABASE__URL"])
    try:
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(Message)) == 1
    finally:
        engine.dispose()

    issuer.revoke(token)
    oauth_dovecot.append(user, make_mail("Again", "Another.\n"))
    failed = runner.invoke(cli, ["-vv", "run", "--once"], env=env, catch_exceptions=False)
    assert failed.exit_code == 1
    assert failed.stderr.splitlines()[-1].startswith(f"Error: imap {user}@127.0.0.1:")
    assert "login failed (xoauth2)" in failed.stderr
    assert token not in failed.output
