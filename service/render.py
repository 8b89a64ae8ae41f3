"""How cases and messages look to people (rich) and to scripts (JSON-ready dicts)."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from models.deadline import days_left, effective_due
from models.enums import CaseStatus
from models.views import CaseView

# No SQLAlchemy here: `dsr queue` and `dsr show` render models.views' plain cases; the
# commands that change a case hand in their ORM case where these protocols suffice.


class CaseState(Protocol):
    """What a one-line state of a case needs (a CaseView or a models.tables.Case)."""

    @property
    def reference(self) -> str: ...
    @property
    def status(self) -> CaseStatus: ...
    @property
    def awaiting(self) -> str | None: ...
    @property
    def assignee(self) -> str | None: ...
    @property
    def due_at(self) -> datetime: ...
    @property
    def closed_at(self) -> datetime | None: ...
    @property
    def paused_at(self) -> datetime | None: ...
    @property
    def extension_requested_at(self) -> datetime | None: ...
    @property
    def extension_notice_sent_at(self) -> datetime | None: ...


class StoredText(Protocol):
    """What the text of a stored message needs (a MessageView or a models.tables.Message)."""

    @property
    def body_text(self) -> str | None: ...
    @property
    def raw_compressed(self) -> bytes | None: ...


# C0 controls but newline and tab, DEL, and C1 controls: what starts ANSI and OSC sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def inert_str(value: str | None) -> str:
    """``value`` with every control character shown as ``\\xNN``, so the terminal obeys none."""
    # CRLF is a line end in mail, not something to show; a lone CR stays visible.
    text = (value or "").replace("\r\n", "\n")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def inert(value: str | None) -> Text:
    """Text from mail, made safe to print: no rich markup, no escape sequences."""
    return Text(inert_str(value))


def state_label(case: CaseState) -> str:
    """The status with what staff must know beside it: paused, extension pending notice."""
    parts = [case.status.value]
    if case.awaiting:
        parts[0] += f" ({case.awaiting})"
    if case.paused_at is not None:
        parts.append("paused")
    if case.extension_requested_at is not None and case.extension_notice_sent_at is None:
        parts.append("extension pending notice")
    elif case.extension_notice_sent_at is not None:
        parts.append("extended")
    return ", ".join(parts)


def case_json(case: CaseView, now: datetime, zone: ZoneInfo) -> dict[str, Any]:
    """A case as the ``--json`` outputs print it."""
    return {
        "reference": case.reference,
        "status": case.status.value,
        "state": state_label(case),
        "categories": list(case.categories),
        "requester": {"name": case.requester_name, "address": case.requester_address},
        "language": case.language,
        "subject": case.subject,
        "assignee": case.assignee,
        "identity_verified": case.identity_verified,
        "jurisdiction": case.jurisdiction,
        "mailbox": case.mailbox_name,
        "received_at": case.received_at.isoformat(),
        "due_at": due_now(case, now, zone).isoformat(),
        "base_due_at": case.base_due_at.isoformat(),
        "days_left": days_left(due_now(case, now, zone), now, zone),
        "paused": case.paused_at is not None,
        "paused_days": case.paused_days,
        "extension": None
        if case.extension_requested_at is None
        else {
            "reason": case.extension_reason,
            "due_at": case.extended_due_at.isoformat() if case.extended_due_at else None,
            "notice_sent_at": case.extension_notice_sent_at.isoformat()
            if case.extension_notice_sent_at
            else None,
        },
        "outcome_reason": case.outcome_reason,
        "duplicate_of": case.duplicate_of,
        "duplicates": list(case.duplicates),
        "closed_at": case.closed_at.isoformat() if case.closed_at else None,
        "time_range": None
        if case.time_range_start is None and case.time_range_end is None
        else {
            "start": case.time_range_start.isoformat() if case.time_range_start else None,
            "end": case.time_range_end.isoformat() if case.time_range_end else None,
        },
        "product": case.product,
        "place": case.place,
        "agent": case.agent,
        "minor": case.minor,
        "requester_ids": case.requester_ids,
    }


def case_line(case: CaseState, now: datetime, zone: ZoneInfo) -> str:
    """One line after a change: where the case stands now."""
    line = f"{case.reference}: {state_label(case)}"
    if case.assignee:
        line += f", assigned to {case.assignee}"
    if case.closed_at is None:
        due = due_now(case, now, zone)
        left = days_left(due, now, zone)
        line += f", due {due.astimezone(zone):%Y-%m-%d} ({_left_phrase(left).plain})"
    return inert_str(line)


def _urgency(left: int) -> str:
    """The colour of days left: red once overdue, yellow within a week, else green."""
    return "bold red" if left < 0 else "yellow" if left <= 7 else "green"


def _days_text(left: int) -> Text:
    """Days left as the queue shows them: "12", or "3 overdue"."""
    return Text(f"{-left} overdue" if left < 0 else str(left), style=_urgency(left))


def _left_phrase(left: int) -> Text:
    """ "3 days left", "1 day left", "2 days overdue", coloured as in the queue."""
    days = abs(left)
    unit = "day" if days == 1 else "days"
    return Text(f"{days} {unit} {'overdue' if left < 0 else 'left'}", style=_urgency(left))


def due_now(case: CaseState, now: datetime, zone: ZoneInfo) -> datetime:
    """The case's deadline as it stands at ``now`` (a paused clock stands still)."""
    return effective_due(case.due_at, case.paused_at, now, zone)


def _days_cell(case: CaseView, now: datetime, zone: ZoneInfo) -> Text:
    if case.closed_at is not None:
        return Text("closed", style="dim")
    text = _days_text(days_left(due_now(case, now, zone), now, zone))
    if case.paused_at is not None:
        text.append(" paused", style="dim")
    return text


@dataclass(frozen=True)
class _Column:
    header: str
    wraps: bool  # folds onto more lines; else one line (the subject ends in "...")
    minimum: int = 0  # narrower than this, drop another column (a one-line one: shrinks)
    maximum: int = 0  # for a one-line column: wider cells end in "..."
    optional: bool = False
    whole_words: bool = False  # folds between words: at least as wide as its longest word


# In the order shown. On a narrow terminal the optional ones go, the last first; then the
# vertical rules; folding columns share what is left, none below its minimum.
_QUEUE_COLUMNS = (
    _Column("Reference", wraps=False),
    _Column("Received", wraps=False, optional=True),
    _Column("Due", wraps=False),
    _Column("Days left", wraps=False),
    _Column("Status", wraps=True, minimum=11, whole_words=True),
    _Column("Categories", wraps=True, minimum=10, whole_words=True),
    _Column("Requester", wraps=True, minimum=14),
    _Column("Lang", wraps=False, optional=True),
    _Column("Subject", wraps=False, minimum=16, maximum=40, optional=True),
)
# Who gets the room left, first come first served: the address whole, then the rest.
_FILL_ORDER = ("Requester", "Status", "Categories", "Subject")
_LONGEST_WORD = 20  # a longer "word" (an address, a URL) folds anyway


def queue_table(
    cases: list[CaseView],
    now: datetime,
    zone: ZoneInfo,
    width: int = 160,
    *,
    title: str = "Open requests",
) -> Table:
    """The queue: most urgent first, with days left coloured (closed cases say so).

    The columns get widths that fit ``width`` exactly, so the terminal never crops a row:
    narrow terminals lose the subject, the language and the receipt date (in that order),
    then the vertical rules; the status, categories and requester fold within their width.
    """
    rows = [_queue_row(case, now, zone) for case in cases]
    optional = [c.header for c in _QUEUE_COLUMNS if c.optional]
    # Tried in order: rules, then none; words whole, then folded anywhere (narrow terminals).
    for compact, whole_words in ((False, True), (True, True), (True, False)):
        for keep in range(len(optional), -1, -1):
            dropped = set(optional[keep:])
            columns = [c for c in _QUEUE_COLUMNS if c.header not in dropped]
            cells = [[row[c.header] for row in rows] for c in columns]
            widths = _fit(columns, cells, width, compact, whole_words)
            if widths is not None:
                return _build(f"{title} ({len(cases)})", columns, widths, rows, compact)
    # Narrower than any layout: the smallest one, and the terminal folds what it must.
    columns = [c for c in _QUEUE_COLUMNS if not c.optional]
    widths = [max(c.minimum, 4) for c in columns]
    return _build(f"{title} ({len(cases)})", columns, widths, rows, True)


def _plain(cell: str | Text) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def _fit(
    columns: list[_Column],
    cells: list[list[str | Text]],
    width: int,
    compact: bool,
    whole_words: bool,
) -> list[int] | None:
    """Column widths that add up to no more than ``width``, or None if these columns
    cannot fit: one-line columns as wide as their widest cell (up to their maximum),
    folding columns at least their minimum, sharing what is left by how much they want."""
    natural, widths = [], []
    for c, column_cells in zip(columns, cells, strict=True):
        texts = [c.header, *(_plain(cell) for cell in column_cells)]
        want = max(cell_len(t) for t in texts)
        want = min(want, c.maximum or want)
        least = min(want, c.minimum) if c.minimum else want
        if c.whole_words and whole_words:
            words = [cell_len(w) for t in texts for w in t.replace(",", ", ").split()]
            least = max(least, min(max(words, default=0), _LONGEST_WORD))
        natural.append(want)
        widths.append(least)
    overhead = 2 * (len(columns) - 1) if compact else 3 * len(columns) + 1
    spare = width - overhead - sum(widths)
    if spare < 0:
        return None
    for header in _FILL_ORDER:
        i = next((i for i, c in enumerate(columns) if c.header == header), None)
        if i is not None:
            more = min(spare, natural[i] - widths[i])
            widths[i] += more
            spare -= more
    return widths


def _build(
    title: str,
    columns: list[_Column],
    widths: list[int],
    rows: list[dict[str, str | Text]],
    compact: bool,
) -> Table:
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD if compact else box.HEAVY_HEAD,
        show_edge=not compact,
        pad_edge=not compact,
        collapse_padding=compact,
    )
    for column, size in zip(columns, widths, strict=True):
        table.add_column(
            column.header,
            width=size,
            no_wrap=not column.wraps,
            overflow="fold" if column.wraps else "ellipsis",
        )
    for row in rows:
        table.add_row(*(row[c.header] for c in columns))
    return table


def _queue_row(case: CaseView, now: datetime, zone: ZoneInfo) -> dict[str, str | Text]:
    return {
        "Reference": inert(case.reference),
        "Received": case.received_at.astimezone(zone).strftime("%Y-%m-%d"),
        "Due": due_now(case, now, zone).astimezone(zone).strftime("%Y-%m-%d"),
        "Days left": _days_cell(case, now, zone),
        "Status": state_label(case),
        "Categories": ", ".join(case.categories),
        "Requester": inert(case.requester_address or case.requester_name or "?"),
        "Lang": inert(case.language),
        "Subject": inert(case.subject),
    }


def message_text(message: StoredText) -> str:
    """The text of a message as stored, or its decoded raw bytes if no text was kept."""
    if message.body_text:
        return message.body_text
    if message.raw_compressed:
        return zlib.decompress(message.raw_compressed).decode("utf-8", "replace")
    return "(text purged)"


def _evidence_table(prediction: dict[str, Any]) -> Table:
    table = Table(title="Evidence", title_justify="left", show_edge=False)
    table.add_column("kind")
    table.add_column("for")
    table.add_column("text", overflow="fold")
    table.add_column("weight", justify="right")
    for item in prediction.get("evidence", []):
        table.add_row(
            inert(item["kind"]),
            inert(item["target"]),
            inert(item["text"]),
            f"{item['weight']:+.3f}",
        )
    return table


def _requester_line(name: str | None, address: str | None) -> str:
    if address:
        return f"{name} <{address}>" if name else address
    return f"{name} (no address)" if name else "unknown: the message names no sender"


SHOWN_CHARACTERS = 4000
"""How much of each message ``dsr show`` prints; it says so when there is more."""


def show_case(console: Console, case: CaseView, now: datetime, zone: ZoneInfo) -> None:
    """Everything staff need on one case: facts, evidence, the messages, the timeline."""
    due_at = due_now(case, now, zone)
    left = days_left(due_at, now, zone)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    facts.add_row("Status", state_label(case))
    facts.add_row("Categories", ", ".join(case.categories))
    facts.add_row("Assignee", inert(case.assignee or "-"))
    facts.add_row("Identity", "verified" if case.identity_verified else "not verified")
    facts.add_row("Jurisdiction", inert(case.jurisdiction or "- (default rule)"))
    if case.place:
        facts.add_row("Lives in", inert(case.place))
    if case.time_range_start or case.time_range_end:
        start = case.time_range_start.isoformat() if case.time_range_start else "…"
        end = case.time_range_end.isoformat() if case.time_range_end else "…"
        facts.add_row("Data from", f"{start} to {end}")
    if case.product:
        facts.add_row("Product", inert(case.product))
    if case.agent or case.minor:
        who = [
            w
            for w, on in (("acts for someone else", case.agent), ("about a child", case.minor))
            if on
        ]
        facts.add_row("Note", ", ".join(who))
    if case.requester_ids:
        ids = [*case.requester_ids.get("addresses", []), *case.requester_ids.get("accounts", [])]
        facts.add_row("Also known as", inert(", ".join(ids)))
    facts.add_row("Requester", inert(_requester_line(case.requester_name, case.requester_address)))
    facts.add_row("Language", inert(case.language or "?"))
    received = case.received_at.astimezone(zone).isoformat(timespec="minutes")
    if case.mailbox_name is not None:
        received += f" in mailbox {case.mailbox_name}"
    facts.add_row("Received", inert(received))
    due = due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")
    if case.closed_at is None:
        paused = "clock paused, " if case.paused_at is not None else ""
        facts.add_row("Due", Text.assemble(due, f" ({paused}", _left_phrase(left), ")"))
    else:
        facts.add_row("Closed", case.closed_at.astimezone(zone).isoformat(timespec="minutes"))
        facts.add_row("Outcome", inert(case.outcome_reason or case.status.value))
    if case.duplicate_of:
        facts.add_row("Duplicate of", inert(f"{case.duplicate_of} (the case to answer)"))
    if case.duplicates:
        facts.add_row("Duplicates", inert(", ".join(case.duplicates)))
    if case.paused_days or case.paused_at:
        since = (
            f", paused since {case.paused_at.astimezone(zone):%Y-%m-%d}" if case.paused_at else ""
        )
        facts.add_row("Clock", f"{case.paused_days} paused days added{since}")
    if case.extension_requested_at is not None:
        target = (
            case.extended_due_at.astimezone(zone).strftime("%Y-%m-%d")
            if case.extended_due_at
            else "?"
        )
        state = "in effect" if case.extension_notice_sent_at else "pending notice to the requester"
        facts.add_row("Extension", inert(f"to {target}, {state}: {case.extension_reason}"))
    console.print(Panel(facts, title=inert(f"{case.reference}  {case.subject or ''}")))
    for message in case.messages:
        header = inert(
            f"Message #{message.id} from {message.from_address or '?'} "
            f"at {message.received_at.astimezone(zone).isoformat(timespec='minutes')}"
        )
        text = message_text(message)
        parts: list[Any] = [inert(text[:SHOWN_CHARACTERS])]
        if len(text) > SHOWN_CHARACTERS:
            parts.append(
                Text(
                    f"[... {len(text) - SHOWN_CHARACTERS:,} more characters not shown: "
                    f"dsr show {case.reference} --json has the whole text]",
                    style="bold yellow",
                )
            )
        if message.prediction:
            score = message.prediction.get("score", 0.0)
            parts.insert(0, Text(f"decision: {message.decision} (score {score:.3f})"))
            parts.append(_evidence_table(message.prediction))
        console.print(Panel(Group(*parts), title=header, title_align="left"))
    timeline = Table(title="Timeline", title_justify="left", show_edge=False)
    for column in ("when", "who", "what", "details"):
        timeline.add_column(column, overflow="fold")
    for event in case.events:
        details = event.reason or _changes(event.after or {}, zone)
        timeline.add_row(
            event.at.astimezone(zone).isoformat(timespec="minutes"),
            inert(event.actor),
            inert(event.action),
            inert(details),
        )
    console.print(timeline)


def _changes(after: dict[str, Any], zone: ZoneInfo) -> str:
    """What an event set, for people: "status: in progress; due: 2026-12-02 23:59"."""
    return "; ".join(
        f"{name.replace('_', ' ')}: {_value(value, zone)}" for name, value in after.items()
    )


def _value(value: Any, zone: ZoneInfo) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_value(v, zone) for v in value) or "-"
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:  # a timestamp the audit log kept in UTC
            return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    return str(value)


def show_case_json(case: CaseView, now: datetime, zone: ZoneInfo) -> dict[str, Any]:
    """``dsr show --json``: the case, its messages with predictions, and its events."""
    data = case_json(case, now, zone)
    data["messages"] = [
        {
            "id": m.id,
            "message_id": m.message_id_header,
            "from": m.from_address,
            "subject": m.subject,
            "received_at": m.received_at.isoformat(),
            "decision": m.decision.value if m.decision else None,
            "prediction": m.prediction,
            "text": message_text(m),
        }
        for m in case.messages
    ]
    data["events"] = [
        {
            "at": e.at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "before": e.before,
            "after": e.after,
            "reason": e.reason,
        }
        for e in case.events
    ]
    return data
