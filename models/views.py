"""Read-only views of cases for ``dsr queue`` and ``dsr show``, read through the DB-API driver.

Why not SQLAlchemy here: staff run these two commands all day, each a fresh process, and
importing SQLAlchemy with its ORM costs ~0.22 s of the 0.3 s that ``dsr show`` may take on
100,000 cases (issue 5, bench/queue.py); the queries themselves take milliseconds. So the
read commands run a few plain SELECTs over the columns models.tables defines, on the driver
SQLAlchemy itself uses (sqlite3, psycopg), and turn the stored values back into Python ones
as models.base.UTCDateTime and SQLAlchemy's JSON type do. tests/test_views.py compares every
view with the ORM's reading of the same rows on SQLite and PostgreSQL, so the two cannot
drift apart unnoticed.

A database this module cannot open on its own (not created or not migrated yet, another
driver, options in the URL) is opened through SQLAlchemy by the caller, which hands its
DB-API connection to :class:`Reader` (``Reader.over``).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from models.enums import OPEN_CASE_STATUSES, CaseStatus, Decision

log = logging.getLogger(__name__)

Row = tuple[Any, ...]


@dataclass(frozen=True)
class MessageView:
    """A message of a case as ``dsr show`` prints it."""

    id: int
    message_id_header: str | None
    from_address: str | None
    subject: str | None
    received_at: datetime
    decision: Decision | None
    prediction: dict[str, Any] | None
    body_text: str | None
    raw_compressed: bytes | None
    """Only read when the message has no stored text (``dsr show`` then decodes the raw)."""


@dataclass(frozen=True)
class EventView:
    """One audit event of a case's timeline."""

    at: datetime
    actor: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


@dataclass(frozen=True)
class CaseView:
    """A case with the fields staff see, named as in models.tables.Case."""

    id: int
    reference: str
    status: CaseStatus
    awaiting: str | None
    mailbox_name: str | None
    requester_name: str | None
    requester_address: str | None
    categories: list[str]
    language: str | None
    subject: str | None
    received_at: datetime
    due_at: datetime
    base_due_at: datetime
    jurisdiction: str | None
    place: str | None
    time_range_start: date | None
    time_range_end: date | None
    product: str | None
    requester_ids: dict[str, Any] | None
    agent: bool
    minor: bool
    assignee: str | None
    identity_verified: bool
    paused_at: datetime | None
    paused_days: int
    extension_reason: str | None
    extension_requested_at: datetime | None
    extended_due_at: datetime | None
    extension_notice_sent_at: datetime | None
    outcome_reason: str | None
    closed_at: datetime | None
    duplicate_of: str | None
    """The reference of the case this one was closed as a duplicate of."""
    duplicates: tuple[str, ...] = ()
    """The references of the cases closed as duplicates of this one (``dsr show`` only)."""
    messages: tuple[MessageView, ...] = ()
    events: tuple[EventView, ...] = ()


# How each column comes back from the driver, by the type models.tables gives it.
def _timestamp(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite keeps SQLAlchemy's "YYYY-MM-DD HH:MM:SS.ffffff", UTC
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        raise TypeError(f"not a timestamp: {value!r}")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _required_timestamp(value: Any) -> datetime:
    converted = _timestamp(value)
    if converted is None:
        raise TypeError("a required timestamp is NULL")
    return converted


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _json(value: Any) -> Any:
    # SQLite hands back the JSON text; psycopg has parsed it already.
    return json.loads(value) if isinstance(value, str) else value


def _flag(value: Any) -> bool:
    return bool(value)


def _blob(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


def _same(value: Any) -> Any:
    return value


_CASE_COLUMNS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("cases.id", _same),
    ("cases.reference", _same),
    ("cases.status", CaseStatus),
    ("cases.awaiting", _same),
    ("mailboxes.name", _same),
    ("cases.requester_name", _same),
    ("cases.requester_address", _same),
    ("cases.categories", lambda v: list(_json(v) or [])),
    ("cases.language", _same),
    ("cases.subject", _same),
    ("cases.received_at", _required_timestamp),
    ("cases.due_at", _required_timestamp),
    ("cases.base_due_at", _required_timestamp),
    ("cases.jurisdiction", _same),
    ("cases.place", _same),
    ("cases.time_range_start", _day),
    ("cases.time_range_end", _day),
    ("cases.product", _same),
    ("cases.requester_ids", _json),
    ("cases.agent", _flag),
    ("cases.minor", _flag),
    ("cases.assignee", _same),
    ("cases.identity_verified", _flag),
    ("cases.paused_at", _timestamp),
    ("cases.paused_days", lambda v: int(v or 0)),
    ("cases.extension_reason", _same),
    ("cases.extension_requested_at", _timestamp),
    ("cases.extended_due_at", _timestamp),
    ("cases.extension_notice_sent_at", _timestamp),
    ("cases.outcome_reason", _same),
    ("cases.closed_at", _timestamp),
    ("(SELECT o.reference FROM cases o WHERE o.id = cases.duplicate_of_id)", _same),
)
_MESSAGE_COLUMNS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("id", _same),
    ("message_id_header", _same),
    ("from_address", _same),
    ("subject", _same),
    ("received_at", _required_timestamp),
    ("decision", lambda v: None if v is None else Decision(v)),
    ("prediction", _json),
    ("body_text", _same),
    # The raw message can be megabytes: fetched only when there is no text to show instead.
    ("CASE WHEN body_text IS NULL OR body_text = '' THEN raw_compressed END", _blob),
)
_EVENT_COLUMNS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("at", _required_timestamp),
    ("actor", _same),
    ("action", _same),
    ("before", _json),
    ("after", _json),
    ("reason", _same),
)

# The statements are put together from the constant column lists above and constant
# conditions (_status_filter); every value is a bound parameter.
_CASE_SELECT = (
    "SELECT "  # noqa: S608
    + ", ".join(column for column, _ in _CASE_COLUMNS)
    + " FROM cases LEFT OUTER JOIN mailboxes ON mailboxes.id = cases.mailbox_id"
)
_MESSAGE_SELECT = (
    "SELECT "  # noqa: S608
    + ", ".join(column for column, _ in _MESSAGE_COLUMNS)
    + " FROM messages WHERE case_id = :case_id ORDER BY received_at, id"
)
_EVENT_SELECT = (
    "SELECT "  # noqa: S608
    + ", ".join(column for column, _ in _EVENT_COLUMNS)
    + " FROM events WHERE case_id = :case_id ORDER BY id"
)


def _convert(row: Row, columns: Sequence[tuple[str, Callable[[Any], Any]]]) -> list[Any]:
    return [convert(value) for value, (_, convert) in zip(row, columns, strict=True)]


_NAMED = re.compile(r":(\w+)")


class Reader:
    """Runs the views' SELECTs on one DB-API connection, in one read transaction.

    SQL is written with ``:name`` parameters and rewritten to the driver's paramstyle.
    """

    def __init__(
        self, connection: Any, dialect: str, paramstyle: str, error: type[Exception]
    ) -> None:
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"no views for {dialect} databases")
        self.connection = connection
        self.dialect = dialect
        self.paramstyle = paramstyle
        self.error = error
        """The driver's base exception (DB-API ``Error``), for the caller to translate."""

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        params = dict(params or {})
        for name, value in params.items():
            if isinstance(value, datetime) and self.dialect == "sqlite":
                # As SQLAlchemy stores them on SQLite, so that text comparison orders them.
                params[name] = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        bound: Any = params
        if self.paramstyle == "pyformat":
            sql = _NAMED.sub(r"%(\1)s", sql)
        elif self.paramstyle in ("qmark", "format"):
            order = _NAMED.findall(sql)
            sql = _NAMED.sub("?" if self.paramstyle == "qmark" else "%s", sql)
            bound = [params[name] for name in order]
        elif self.paramstyle != "named":
            raise ValueError(f"paramstyle {self.paramstyle} is not supported")
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql, bound)
            return [tuple(row) for row in cursor.fetchall()]
        finally:
            cursor.close()


def _sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for anything SQLAlchemy must read."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(c in url for c in "?%#"):
        return None
    path = url[len(prefix) :]
    if path in ("", ":memory:"):
        return None
    return Path(path)


def schema_is(reader: Reader, revision: str) -> bool:
    """True when the database's schema is at ``revision`` (the views expect its columns)."""
    try:
        versions = reader.rows("SELECT version_num FROM alembic_version")
    except reader.error:  # no such table: a database not migrated yet
        return False
    return [row[0] for row in versions] == [revision]


@contextmanager
def direct_reader(url: str, revision: str) -> Iterator[Reader | None]:
    """A reader on the database at ``url`` through its own driver, in one read transaction.

    Yields None when the caller must go through SQLAlchemy instead: the URL names another
    driver or options, the database is missing or unreachable, or its schema is not at
    ``revision`` (SQLAlchemy's path creates, migrates or reports the error clearly).
    """
    close: Callable[[], None]
    path = _sqlite_path(url)
    if path is not None:
        if not path.is_file():
            yield None
            return
        try:
            # mode=rw: a read command never creates a database file.
            connection: Any = sqlite3.connect(
                path.absolute().as_uri() + "?mode=rw", uri=True, timeout=10, isolation_level=None
            )
            connection.execute("BEGIN")  # one snapshot for every SELECT (WAL lets writers on)
        except sqlite3.Error as exc:
            log.debug("views: direct SQLite read failed (%s); using SQLAlchemy", exc)
            yield None
            return
        reader = Reader(connection, "sqlite", "named", sqlite3.Error)
        close = connection.close
    elif url.startswith("postgresql+psycopg://") and "?" not in url:
        import psycopg  # only for PostgreSQL, and here where it is needed

        try:
            pg = psycopg.connect("postgresql://" + url[len("postgresql+psycopg://") :])
            pg.read_only = True
            pg.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        except psycopg.Error as exc:
            log.debug("views: direct PostgreSQL read failed (%s); using SQLAlchemy", exc)
            yield None
            return
        reader = Reader(pg, "postgresql", "pyformat", psycopg.Error)
        close = pg.close
    else:
        yield None
        return
    try:
        yield reader if schema_is(reader, revision) else None
    finally:
        close()


def _due_before(dialect: str, due_before: datetime, now: datetime) -> tuple[str, dict[str, Any]]:
    """Cases whose deadline, as it stands at ``now``, falls before ``due_before``.

    A paused clock does not run (models.deadline.effective_due): a paused case is due
    before ``due_before`` when its due date was less than ``due_before - now`` after the
    pause began; with ``due_before == now`` that is "it was overdue when paused". The span
    is compared to the nearest day-fraction, not by calendar days in the time zone, which
    is what the listing's own "days left" then says exactly.
    """
    span = due_before - now
    if dialect == "sqlite":
        paused = "julianday(cases.due_at) - julianday(cases.paused_at) < :span"
        value: Any = span.total_seconds() / 86400
    else:
        paused = "cases.due_at - cases.paused_at < :span"
        value = span
    condition = (
        "((cases.paused_at IS NULL AND cases.due_at < :due_before)"
        f" OR (cases.paused_at IS NOT NULL AND {paused}))"
    )
    return condition, {"due_before": due_before, "span": value}


def _status_filter(
    statuses: Sequence[CaseStatus],
    category: str | None,
    assignee: str | None,
    language: str | None,
    due_before: datetime | None,
    *,
    dialect: str,
    now: datetime | None,
) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {f"status{i}": s.value for i, s in enumerate(statuses)}
    conditions = ["cases.status IN (" + ", ".join(f":{name}" for name in params) + ")"]
    if category is not None:
        # Categories are a JSON list of plain names, kept as text: match the quoted name
        # (LIKE's wildcards in it taken literally, "!" being the escape character).
        escaped = category.replace("!", "!!").replace("%", "!%").replace("_", "!_")
        conditions.append("CAST(cases.categories AS TEXT) LIKE :category ESCAPE '!'")
        params["category"] = f'%"{escaped}"%'
    if assignee is not None:
        conditions.append("cases.assignee = :assignee")
        params["assignee"] = assignee
    if language is not None:
        conditions.append("cases.language = :language")
        params["language"] = language
    if due_before is not None:
        if now is None:
            raise ValueError("due_before needs now: a paused clock stands still")
        condition, more = _due_before(dialect, due_before, now)
        conditions.append(condition)
        params |= more
    return " WHERE " + " AND ".join(conditions), params


def _case(row: Row, **related: Any) -> CaseView:
    return CaseView(*_convert(row, _CASE_COLUMNS), **related)


def queue_page(
    reader: Reader,
    statuses: Sequence[CaseStatus] = OPEN_CASE_STATUSES,
    *,
    category: str | None = None,
    assignee: str | None = None,
    language: str | None = None,
    due_before: datetime | None = None,
    now: datetime | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[CaseView], int]:
    """Cases in ``statuses``, earliest due first, filtered; one page, and how many match.

    ``due_before`` keeps the cases whose deadline as it stands at ``now`` falls before it
    (a paused case's clock stands still).
    """
    where, params = _status_filter(
        statuses, category, assignee, language, due_before, dialect=reader.dialect, now=now
    )
    page = ""
    if limit is not None:
        page += " LIMIT :limit"
        params["limit"] = limit
    elif offset and reader.dialect == "sqlite":
        page += " LIMIT -1"  # SQLite has no OFFSET without LIMIT
    if offset:
        page += " OFFSET :offset"
        params["offset"] = offset
    rows = reader.rows(
        _CASE_SELECT + where + " ORDER BY cases.due_at, cases.reference" + page, params
    )
    cases = [_case(row) for row in rows]
    total = offset + len(cases)
    if (limit is not None and len(cases) == limit) or (offset and not cases):
        where, params = _status_filter(
            statuses, category, assignee, language, due_before, dialect=reader.dialect, now=now
        )
        count = "SELECT COUNT(*) FROM cases" + where  # noqa: S608  (see _CASE_SELECT)
        total = int(reader.rows(count, params)[0][0])
    return cases, total


def case_by_reference(reader: Reader, reference: str) -> CaseView | None:
    """The case with this reference (case-insensitive), with its messages and timeline."""
    found = reader.rows(
        _CASE_SELECT + " WHERE cases.reference = :reference",
        {"reference": reference.strip().upper()},
    )
    if not found:
        return None
    case_id = found[0][0]
    duplicates = reader.rows(
        "SELECT reference FROM cases WHERE duplicate_of_id = :case_id ORDER BY id",
        {"case_id": case_id},
    )
    messages = reader.rows(_MESSAGE_SELECT, {"case_id": case_id})
    events = reader.rows(_EVENT_SELECT, {"case_id": case_id})
    return _case(
        found[0],
        duplicates=tuple(row[0] for row in duplicates),
        messages=tuple(MessageView(*_convert(row, _MESSAGE_COLUMNS)) for row in messages),
        events=tuple(EventView(*_convert(row, _EVENT_COLUMNS)) for row in events),
    )
