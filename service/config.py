"""Configuration: a TOML file plus ``DSR_<SECTION>__<KEY>`` environment overrides.

Every setting is declared, typed and defaulted here, and nowhere else; ``dsr.example.toml``
documents each one. With no file at all the defaults work: an SQLite database in the user's
data directory. Secrets are never required in the file.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, get_args, get_origin
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from intake.imap_settings import ImapSettings
from models.deadline import DEFAULT_JURISDICTIONS, DeadlineRule
from models.policy import DEFAULT_REJECTION_REASONS, Policy
from service.errors import ConfigError

ENV_PREFIX = "DSR_"
CONFIG_ENV = "DSR_CONFIG"
DEFAULT_CONFIG_FILE = Path("dsr.toml")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _password(section: str, password: SecretStr | None, password_file: Path | None) -> str | None:
    """A password given directly, else the first line of its file, else None."""
    if password is not None:
        return password.get_secret_value()
    if password_file is None:
        return None
    try:
        lines = password_file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(
            f"{section}.password_file: cannot read {password_file}: {exc.strerror}"
        ) from exc
    return lines[0] if lines else ""


class DatabaseSettings(_Section):
    """Where cases and messages are kept."""

    url: str | None = None
    """SQLAlchemy URL; default: SQLite file ``dsr.sqlite3`` in ``data_dir``."""
    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("dsr-triage")))
    """Folder for the default SQLite database (created with mode 0700, the file 0600)."""

    def resolved_url(self) -> str:
        return self.url or f"sqlite:///{self.data_dir / 'dsr.sqlite3'}"


_MAILBOX_NAME = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"


class MailboxSettings(_Section):
    """One IMAP mailbox ``dsr run`` watches; its name also files ``dsr import``ed mail.

    ``[mailbox]`` configures one; ``[[mailbox]]`` tables configure several (info@, privacy@...),
    each with its own server, credentials, folder and write-back settings.
    """

    name: str = "info"
    """Letters, digits, "-" and "_"; unique. Cases record the mailbox they came from."""

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not re.fullmatch(_MAILBOX_NAME, value) or len(value) > 64:
            raise ValueError("expected up to 64 letters, digits, - and _ (a letter or digit first)")
        return value

    host: str | None = None
    """IMAP server; unset means no mailbox to watch (``dsr import`` still works)."""
    port: int | None = Field(default=None, gt=0, lt=65536)
    """Default: 993 for tls, 143 for starttls and plain."""
    security: Literal["tls", "starttls", "plain"] = "tls"
    allow_insecure: bool = False
    """Allow security = plain to a server that is not on this machine (passwords in clear)."""
    verify_tls: bool = True
    ca_file: Path | None = None
    """Extra CA certificate(s) to trust, for a server with a private CA."""
    username: str | None = None
    auth: Literal["password", "xoauth2"] = "password"
    """How to log in: a password, or an OAuth 2 access token (XOAUTH2: Gmail, Microsoft 365)."""
    password: SecretStr | None = None
    """Better set as DSR_MAILBOX__PASSWORD (several mailboxes: DSR_MAILBOX_<NAME>__PASSWORD)
    than written here."""
    password_file: Path | None = None
    """A file holding the password (first line), e.g. a systemd or container secret."""
    oauth_token_command: str | None = None
    """auth = xoauth2: a command printing a fresh access token (run again when it expires)."""
    oauth_token_file: Path | None = None
    """auth = xoauth2: a file holding the access token, kept fresh by another program."""
    folder: str = "INBOX"
    timeout: float = Field(default=60.0, gt=0)
    batch_size: int = Field(default=200, gt=0)
    idle: bool = True
    """Wait with IMAP IDLE where the server supports it; else poll every poll_seconds."""
    poll_seconds: float = Field(default=60.0, gt=0)
    write_keywords: bool = True
    """Flag each message with the keyword of its decision (never \\Seen, never deleted)."""
    keyword_relevant: str = "$DSR"
    keyword_needs_triage: str = "$NeedsTriage"
    keyword_irrelevant: str = "$NotDSR"
    move_irrelevant_to: str | None = None
    """Folder to move irrelevant mail to (levels separated by "/"); unset: leave it."""

    @property
    def env_name(self) -> str:
        """``DSR_MAILBOX_<NAME>``: the prefix of this mailbox's own environment variables."""
        return f"{ENV_PREFIX}MAILBOX_{self.name.upper().replace('-', '_')}"

    def password_value(self) -> str | None:
        """The password from the environment / the file setting / password_file."""
        return _password(f"mailbox {self.name}", self.password, self.password_file)

    def imap(self) -> ImapSettings:
        """The IMAP source's settings; ConfigError when host, user or credentials are missing."""
        host, username = self.host, self.username
        password = self.password_value() if self.auth == "password" else None
        missing = [k for k, v in (("host", host), ("username", username)) if not v]
        if self.auth == "password" and password is None:
            missing.append(
                f"password ({self.env_name}__PASSWORD, DSR_MAILBOX__PASSWORD or password_file)"
            )
        if self.auth == "xoauth2" and not (self.oauth_token_command or self.oauth_token_file):
            missing.append("oauth_token_command or oauth_token_file (auth = xoauth2)")
        if missing or not host or not username:
            raise ConfigError(f"mailbox {self.name}: no {', '.join(missing)} configured for IMAP")
        return ImapSettings(
            host=host,
            username=username,
            password=password,
            auth=self.auth,
            token_command=self.oauth_token_command,
            token_file=str(self.oauth_token_file) if self.oauth_token_file else None,
            port=self.port,
            security=self.security,
            folder=self.folder,
            allow_insecure=self.allow_insecure,
            verify_tls=self.verify_tls,
            ca_file=str(self.ca_file) if self.ca_file else None,
            timeout=self.timeout,
            batch_size=self.batch_size,
            write_keywords=self.write_keywords,
            keywords={
                "relevant": self.keyword_relevant,
                "needs_triage": self.keyword_needs_triage,
                "irrelevant": self.keyword_irrelevant,
            },
            move_irrelevant_to=self.move_irrelevant_to,
        )


class DeadlinesSettings(_Section):
    """How deadlines are computed (DOMAIN.md)."""

    timezone: str = "UTC"
    """Time zone whose end of day a deadline falls on (IANA name, e.g. Europe/Berlin)."""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (expected an IANA name)") from exc
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    months: int = Field(default=1, ge=0)
    """Default period to answer, from receipt: calendar months plus ``days``."""
    days: int = Field(default=0, ge=0)
    extended_months: int = Field(default=0, ge=0)
    """How far the one extension reaches, counted from receipt (default: 45 days)."""
    extended_days: int = Field(default=45, ge=0)
    pause_while_waiting: bool = True
    """Stop the clock while a case waits for the requester (verification, clarification)."""
    jurisdictions: dict[str, RuleSettings] = Field(
        default_factory=lambda: {
            code: RuleSettings(
                months=rule.months,
                days=rule.days,
                extended_months=rule.extended_months,
                extended_days=rule.extended_days,
            )
            for code, rule in DEFAULT_JURISDICTIONS.items()
        }
    )
    """Rules that replace the default when a case's jurisdiction is known (DOMAIN.md)."""

    def default_rule(self) -> DeadlineRule:
        return DeadlineRule(self.months, self.days, self.extended_months, self.extended_days)

    @model_validator(mode="after")
    def _some_period(self) -> DeadlinesSettings:
        if self.months == 0 and self.days == 0:
            raise ValueError("months and days cannot both be 0")
        return self


class RuleSettings(_Section):
    """One jurisdiction's deadline: the period from receipt, and the extension's reach."""

    months: int = Field(default=0, ge=0)
    days: int = Field(default=0, ge=0)
    extended_months: int = Field(default=0, ge=0)
    extended_days: int = Field(default=0, ge=0)

    def rule(self) -> DeadlineRule:
        return DeadlineRule(self.months, self.days, self.extended_months, self.extended_days)


class CasesSettings(_Section):
    """Staff decisions on cases."""

    rejection_reasons: list[str] = Field(
        default_factory=lambda: list(DEFAULT_REJECTION_REASONS), min_length=1
    )
    """The reasons `dsr reject --reason` accepts."""


class ClassifierSettings(_Section):
    """Where the relevance score sends a message."""

    relevant_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    """At or above: a case opens."""
    triage_threshold: float = Field(default=0.2, ge=0.0, le=1.0)
    """At or above (and below relevant_threshold): needs triage. Below: irrelevant."""
    max_text_chars: int = Field(default=200_000, gt=0)
    """Longest body text read for classification; the raw message is always kept whole."""
    products: list[str] = Field(default_factory=list)
    """The company's products and services, found in requests (typos tolerated)."""
    own_domains: list[str] = Field(default_factory=list)
    """The company's own mail domains: never taken as the requester (e.g. a colleague's
    forward; the requester is then the forwarded message's sender). A List-Id in one of them
    is taken as the company's own group (see own_lists)."""
    own_lists: list[str] = Field(default_factory=list)
    """List-Ids of the company's own groups that deliver the mailbox (e.g. a Google Group
    behind info@, "info.example.com"): their list headers are not taken as bulk mail."""

    @model_validator(mode="after")
    def _ordered(self) -> ClassifierSettings:
        if self.triage_threshold > self.relevant_threshold:
            raise ValueError("triage_threshold must not be above relevant_threshold")
        return self


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _check_clock_time(value: str) -> str:
    hours, sep, minutes = value.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"expected a time of day as HH:MM, got {value!r}")
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(f"no such time of day: {value!r}")
    return value


class SmtpSettings(_Section):
    """The SMTP server outgoing mail (digest, reminders, notices) is sent through."""

    host: str | None = None
    """SMTP server; unset means mail is queued in the outbox but not sent."""
    port: int | None = Field(default=None, gt=0, lt=65536)
    """Default: 465 for tls, 587 for starttls, 25 for plain."""
    security: Literal["tls", "starttls", "plain"] = "starttls"
    allow_insecure: bool = False
    """Allow security = plain to a server that is not on this machine (mail and password in
    clear)."""
    verify_tls: bool = True
    ca_file: Path | None = None
    username: str | None = None
    """Log in (AUTH) with this user; unset: send without logging in."""
    password: SecretStr | None = None
    password_file: Path | None = None
    timeout: float = Field(default=30.0, gt=0)
    from_address: str | None = None
    """The address mail comes from (required to queue mail)."""
    from_name: str = "Privacy team"
    reply_to: str | None = None
    max_attempts: int = Field(default=8, gt=0)
    """Attempts before a mail the server keeps refusing (for now) is marked failed."""
    retry_first_seconds: float = Field(default=60.0, gt=0)
    """Wait after the first failed attempt; doubled after each further one."""
    retry_max_seconds: float = Field(default=3600.0, gt=0)
    lease_seconds: float = Field(default=300.0, gt=0)
    """How long a sender holds a mail it claimed; after a crash it is sent again after this."""
    poll_seconds: float = Field(default=60.0, gt=0)
    """How often `dsr send-outbox` (without --once) looks for mail to queue and send."""

    def resolved_port(self) -> int:
        return self.port or {"tls": 465, "starttls": 587, "plain": 25}[self.security]

    def password_value(self) -> str | None:
        """The password from DSR_SMTP__PASSWORD / the file setting / password_file."""
        return _password("smtp", self.password, self.password_file)


class DigestSettings(_Section):
    """Mail to staff: the weekly digest and the daily deadline reminders."""

    recipients: list[str] = Field(default_factory=list)
    """Staff addresses the digest (and reminders of unassigned cases) go to."""
    weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    time: str = "08:00"
    """Local time (HH:MM, in ``timezone``) on ``weekday`` from which the digest is sent."""
    timezone: str | None = None
    """IANA time zone of ``time``; default: deadlines.timezone."""
    due_within_days: int = Field(default=7, ge=0)
    """"Due soon" in the digest: open cases due within this many days."""
    sample_size: int = Field(default=5, ge=0)
    """Subjects of irrelevant messages shown as a sample (so staff can spot a miss)."""
    chart_weeks: int = Field(default=8, ge=1, le=52)
    """Weeks of requests by category in the digest's chart."""
    reminders: bool = True
    """Send daily deadline reminders of cases due soon or overdue."""
    reminder_days: int = Field(default=3, ge=0)
    """Remind of open cases due within this many days (and of overdue ones)."""
    reminder_time: str = "08:00"
    """Local time (HH:MM) from which the day's reminders are sent."""
    staff_addresses: dict[str, str] = Field(default_factory=dict)
    """Assignee name -> address for reminders; an assignee that is an address needs none."""

    @field_validator("time", "reminder_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        return _check_clock_time(value)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return DeadlinesSettings._known_zone(value)

    @property
    def weekday_number(self) -> int:
        return _WEEKDAYS.index(self.weekday)


class NoticesSettings(_Section):
    """Mail to requesters: acknowledgement, verification, clarification, extension, decision."""

    auto_acknowledge: bool = False
    """Acknowledge each new case automatically (loop-safe); otherwise only `dsr notify --ack`."""
    auto_acknowledge_hours: float = Field(default=48.0, gt=0)
    """Only cases opened this recently are acknowledged automatically."""
    max_auto_per_address: int = Field(default=3, ge=0)
    """At most this many automatic mails to one address per day (UTC)."""
    templates_dir: Path | None = None
    """Folder whose templates replace the built-in ones of the same name (notices and digest)."""
    signature: str = "The privacy team"
    """Signs every notice; left at this default, each language signs with its translation."""


class RetentionSettings(_Section):
    """How long personal data the service holds is kept (data minimisation)."""

    irrelevant_days: int = Field(default=30, ge=1)
    """Raw bytes and text of mail judged irrelevant are purged after this many days (headers,
    decision and evidence stay)."""
    case_years: int = Field(default=3, ge=1)
    """The messages of a case closed this many years ago lose their raw bytes and text."""


class DaemonSettings(_Section):
    """How ``dsr run`` shares the work with other ``dsr run`` processes on one database."""

    lease_seconds: float = Field(default=30.0, ge=3)
    """A process works a mailbox only while it holds the mailbox's lease, renewed every third
    of this; when the holder dies, another process takes the mailbox over after this long."""
    purge_time: str = "03:00"
    """Local time (HH:MM, deadlines.timezone) of the daily retention purge."""
    misfire_grace_seconds: float = Field(default=3600.0, gt=0)
    """A scheduled job (digest, reminders, purge) late by up to this much still runs."""

    @field_validator("purge_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        return _check_clock_time(value)


class Settings(_Section):
    """All settings, one attribute per TOML section."""

    database: DatabaseSettings = DatabaseSettings()
    mailbox: list[MailboxSettings] = Field(default_factory=lambda: [MailboxSettings()])
    """``[mailbox]`` (one) or ``[[mailbox]]`` tables (several); see :attr:`mailboxes`."""
    daemon: DaemonSettings = DaemonSettings()
    deadlines: DeadlinesSettings = DeadlinesSettings()
    cases: CasesSettings = CasesSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    smtp: SmtpSettings = SmtpSettings()
    digest: DigestSettings = DigestSettings()
    notices: NoticesSettings = NoticesSettings()
    retention: RetentionSettings = RetentionSettings()

    @field_validator("mailbox", mode="before")
    @classmethod
    def _one_or_several(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    @field_validator("mailbox")
    @classmethod
    def _unique_names(cls, value: list[MailboxSettings]) -> list[MailboxSettings]:
        if not value:
            raise ValueError("at least one mailbox is needed (or leave [mailbox] out)")
        names = [box.env_name for box in value]
        doubled = sorted({box.name for box in value if names.count(box.env_name) > 1})
        if doubled:
            raise ValueError(f"mailbox names must differ (also in case, - and _): {doubled}")
        return value

    @property
    def mailboxes(self) -> list[MailboxSettings]:
        """Every configured mailbox, the first one being the default (e.g. of ``dsr import``)."""
        return self.mailbox

    @property
    def default_mailbox(self) -> MailboxSettings:
        return self.mailbox[0]

    def mailbox_named(self, name: str) -> MailboxSettings | None:
        return next((box for box in self.mailbox if box.name == name), None)

    def secrets(self) -> list[str]:
        """Every secret value configured, for the log filter to redact."""
        found = []
        sections: list[MailboxSettings | SmtpSettings] = [*self.mailbox, self.smtp]
        for section in sections:
            try:
                value = section.password_value()
            except ConfigError:
                value = None
            if value:
                found.append(value)
        url = self.database.resolved_url()
        if "@" in url:  # credentials in the URL: only then load SQLAlchemy's URL parser
            from sqlalchemy import make_url

            url_password = make_url(url).password
            if url_password:
                found.append(str(url_password))
        return found

    def policy(self) -> Policy:
        """The deadline and decision rules for models.lifecycle."""
        d = self.deadlines
        return Policy(
            zone=d.zone,
            default_rule=d.default_rule(),
            jurisdictions={code: rule.rule() for code, rule in d.jurisdictions.items()},
            pause_while_waiting=d.pause_while_waiting,
            rejection_reasons=tuple(self.cases.rejection_reasons),
        )


def _env_value(raw: str) -> Any:
    # Lists and tables come as JSON; scalars stay strings for pydantic to coerce and check.
    if raw[:1] in ("[", "{"):
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            return raw
    return raw


def _env_overrides(environ: Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """Nested settings from ``DSR_SECTION__KEY`` variables, and where each came from."""
    data: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        section, _, key = name[len(ENV_PREFIX) :].lower().partition("__")
        data.setdefault(section, {})[key] = _env_value(raw)
        origin[f"{section}.{key}"] = f"environment variable {name}"
    return data, origin


def _merge(base: dict[str, Any], override: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    merged = {k: dict(v) if isinstance(v, dict) else v for k, v in base.items()}
    for section, values in override.items():
        current = merged.get(section)
        if isinstance(current, dict):
            current.update(values)
        else:
            merged[section] = dict(values)
    return merged


def _mailbox_label(boxes: list[Any], index: int) -> str:
    """How an error names a mailbox: ``mailbox`` when there is one, else ``mailbox.NAME``."""
    if len(boxes) == 1:
        return "mailbox"
    box = boxes[index] if index < len(boxes) else None
    name = box.get("name", "info") if isinstance(box, dict) else None
    plain = isinstance(name, str) and re.fullmatch(_MAILBOX_NAME, name)
    return f"mailbox.{name}" if plain else f"mailbox.{index + 1}"


def _apply_mailbox_env(
    data: dict[str, Any], overrides: dict[str, dict[str, Any]], origin: dict[str, str]
) -> None:
    """Apply ``DSR_MAILBOX__KEY`` (one mailbox) and ``DSR_MAILBOX_<NAME>__KEY`` (any)."""
    generic = overrides.pop("mailbox", None)
    named = {
        section.removeprefix("mailbox_"): overrides.pop(section)
        for section in list(overrides)
        if section.startswith("mailbox_")
    }
    if generic is None and not named:
        return
    raw = data.get("mailbox", {})
    if not isinstance(raw, dict | list):
        return  # validation says what is wrong with it
    boxes = (
        [dict(raw)]
        if isinstance(raw, dict)
        else [b if not isinstance(b, dict) else dict(b) for b in raw]
    )
    if not boxes:
        boxes = [{}]
    moved = {  # "mailbox.key" -> "key", "mailbox_name.key" -> "name.key"
        k.removeprefix("mailbox.").removeprefix("mailbox_"): v
        for k, v in origin.items()
        if k.startswith("mailbox")
    }
    for key in [k for k in origin if k.startswith("mailbox")]:
        del origin[key]
    if generic is not None:
        if len(boxes) > 1:
            raise ConfigError(
                f"{ENV_PREFIX}MAILBOX__* variables set one mailbox, but {len(boxes)} are "
                f"configured: use {ENV_PREFIX}MAILBOX_<NAME>__<KEY>"
            )
        if isinstance(boxes[0], dict):
            boxes[0].update(generic)
        for key in generic:
            origin[f"mailbox.{key}"] = moved.pop(key)
    for env_name, values in named.items():
        index = next(
            (
                i
                for i, box in enumerate(boxes)
                if isinstance(box, dict)
                and str(box.get("name", "info")).lower().replace("-", "_") == env_name
            ),
            None,
        )
        if index is None:
            variable = f"{ENV_PREFIX}MAILBOX_{env_name.upper()}__{next(iter(values)).upper()}"
            raise ConfigError(f"environment variable {variable}: no mailbox named {env_name}")
        boxes[index].update(values)
        label = _mailbox_label(boxes, index)
        for key in values:
            origin[f"{label}.{key}"] = moved.pop(f"{env_name}.{key}", "environment")
    data["mailbox"] = boxes if isinstance(raw, list) else boxes[0]


def _location(loc: tuple[Any, ...], data: Mapping[str, Any]) -> str:
    """A pydantic error location as the user wrote it: ``mailbox.host``, ``mailbox.NAME.host``."""
    parts = [str(part) for part in loc]
    if len(loc) >= 2 and loc[0] == "mailbox" and isinstance(loc[1], int):
        raw = data.get("mailbox")
        boxes = raw if isinstance(raw, list) else [raw]
        parts = [_mailbox_label(boxes, loc[1]), *parts[2:]]
    return ".".join(parts)


def _model_at(path: tuple[Any, ...]) -> type[BaseModel] | None:
    """The settings model that holds the keys at ``path`` (for "expected one of")."""
    model: type[BaseModel] = Settings
    parts = list(path)
    while parts:
        info = model.model_fields.get(str(parts.pop(0)))
        if info is None:
            return None
        annotation = info.annotation
        if get_origin(annotation) is list:
            annotation = get_args(annotation)[0]
            if parts and isinstance(parts[0], int):
                parts.pop(0)  # the index of a [[table]]
        elif get_origin(annotation) is dict:
            annotation = get_args(annotation)[1]
            if not parts:
                return None
            parts.pop(0)  # a table's own name, e.g. the jurisdiction code
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return None
        model = annotation
    return model


def _describe(error: Mapping[str, Any], data: Mapping[str, Any]) -> tuple[str, str]:
    location = _location(tuple(error["loc"]), data)
    if error["type"] == "extra_forbidden":
        model = _model_at(tuple(error["loc"][:-1]))
        expected = ", ".join(model.model_fields) if model else ""
        kind = "section" if len(error["loc"]) == 1 else "key"
        return location, f"unknown {kind} (expected one of: {expected})"
    message = str(error["msg"]).removeprefix("Value error, ")
    shown = repr(error.get("input"))
    if isinstance(error.get("input"), dict) or shown in message:  # our own says it already
        return location, message
    return location, f"{message} (got {shown})"


def _refuse_readable_secrets(source: Path, data: Mapping[str, Any]) -> None:
    # A password in a file others can read is a leak waiting to happen: refuse to start, and
    # say how to fix it (or to move the secret to the environment or a password_file).
    tables: list[tuple[str, Any]] = [("smtp", data.get("smtp"))]
    boxes = data.get("mailbox")
    if isinstance(boxes, list):
        tables += [(_mailbox_label(boxes, i), box) for i, box in enumerate(boxes)]
    else:
        tables.append(("mailbox", boxes))
    holding = sorted(
        f"{label}.password"
        for label, table in tables
        if isinstance(table, dict) and table.get("password")
    )
    if not holding:
        return
    mode = stat.S_IMODE(source.stat().st_mode)
    if mode & 0o077:
        raise ConfigError(
            f"{source}: holds {', '.join(holding)} but is readable by others (mode {mode:04o}); "
            f"run `chmod 600 {source}` or move the password to the environment or a password_file"
        )


def config_file(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The file :func:`load_settings` reads, or None when it reads none (defaults only)."""
    env = os.environ if environ is None else environ
    explicit = path or (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None)
    if explicit is not None:
        return explicit
    return DEFAULT_CONFIG_FILE if DEFAULT_CONFIG_FILE.is_file() else None


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the settings: ``path``, else ``$DSR_CONFIG``, else ``./dsr.toml`` if present.

    Raises :class:`ConfigError` with one line naming the file (or variable), the key and
    what was expected.
    """
    env = os.environ if environ is None else environ
    explicit = path or (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None)
    source = explicit or DEFAULT_CONFIG_FILE
    data: dict[str, Any] = {}
    if config_file(path, env) is not None:
        try:
            data = tomllib.loads(source.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigError(f"{source}: configuration file not found") from exc
        except OSError as exc:
            raise ConfigError(f"{source}: cannot read: {exc.strerror}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{source}: not valid TOML: {exc}") from exc
        _refuse_readable_secrets(source, data)
    overrides, origin = _env_overrides(env)
    _apply_mailbox_env(data, overrides, origin)
    merged = _merge(data, overrides)
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            location, what = _describe(error, merged)
            where = next(
                (
                    o
                    for key, o in origin.items()
                    if key == location or key.startswith(location + ".")
                ),
                str(source),
            )
            problems.append(f"{where}: {location}: {what}")
        raise ConfigError("; ".join(problems)) from exc
