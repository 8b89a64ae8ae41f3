"""Mail to staff: the weekly digest (text, HTML and an inline chart) and daily reminders.

The digest of an ISO week is queued at most once, by whichever scheduler gets there first:
its :class:`~models.outbox.DigestRun` row is unique per week and is inserted "on conflict
do nothing" in the same transaction as the outbox row. Reminders are unique per address and
day the same way, through the outbox's ``dedupe_key``.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models.deadline import days_left, effective_due
from models.outbox import DigestRun, MailKind, OutboxMail, OutboxStatus
from models.tables import OPEN_CASE_STATUSES, Case, Decision, Message, MessageStatus
from service import notices, outbox
from service.config import Settings
from service.errors import DsrError
from service.render import state_label

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_week(value: str) -> date:
    """The Monday of ISO week ``2026-W48``; ValueError for anything else."""
    match = _WEEK.match(value.strip())
    if not match:
        raise ValueError(f"expected an ISO week like 2026-W48, got {value!r}")
    try:
        return date.fromisocalendar(int(match[1]), int(match[2]), 1)
    except ValueError as exc:
        raise ValueError(f"no such week: {value!r}") from exc


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def check_week(value: str, settings: Settings, now: datetime) -> str:
    """The label of ISO week ``value`` if it has begun (in the digest's zone); else ValueError.

    A later week has no data yet: its digest would show this week's under its label, and
    take the one digest of that week (DigestRun is unique per week) from the real one.
    """
    monday = parse_week(value)
    today = now.astimezone(zone_of(settings)).date()
    if monday > today:
        raise ValueError(f"{value.strip()} has not begun yet (this week is {week_label(today)})")
    return week_label(monday)


def zone_of(settings: Settings) -> ZoneInfo:
    return (
        ZoneInfo(settings.digest.timezone) if settings.digest.timezone else settings.deadlines.zone
    )


def issue_time(week: str, settings: Settings) -> datetime:
    """When the digest of ``week`` is due: the configured weekday and local time."""
    day = parse_week(week) + timedelta(days=settings.digest.weekday_number)
    return datetime.combine(day, time.fromisoformat(settings.digest.time), tzinfo=zone_of(settings))


@dataclass(frozen=True)
class CaseLine:
    reference: str
    due: str
    days: int
    assignee: str
    categories: str
    state: str


@dataclass(frozen=True)
class MessageLine:
    id: int
    received: str
    sender: str
    subject: str
    error: str = ""


@dataclass
class Digest:
    """What the digest of one week says; ``summary()`` is what is stored of it."""

    week: str
    start: datetime
    end: datetime
    zone: str
    open_total: int = 0
    overdue: list[CaseLine] = field(default_factory=list)
    due_soon: list[CaseLine] = field(default_factory=list)
    due_within_days: int = 7
    new_by_category: list[tuple[str, int]] = field(default_factory=list)
    extended: list[CaseLine] = field(default_factory=list)
    paused: list[CaseLine] = field(default_factory=list)
    closed: list[tuple[str, int]] = field(default_factory=list)
    triage: list[MessageLine] = field(default_factory=list)
    triage_total: int = 0
    irrelevant_total: int = 0
    irrelevant_sample: list[str] = field(default_factory=list)
    failed: list[MessageLine] = field(default_factory=list)
    failed_total: int = 0
    outbox_failed: int = 0
    chart: list[tuple[str, dict[str, int]]] = field(default_factory=list)

    @property
    def new_total(self) -> int:
        return sum(n for _, n in self.new_by_category)

    @property
    def closed_total(self) -> int:
        return sum(n for _, n in self.closed)

    def summary(self) -> dict[str, int]:
        return {
            "open": self.open_total,
            "overdue": len(self.overdue),
            "due_soon": len(self.due_soon),
            "new": self.new_total,
            "extended": len(self.extended),
            "paused": len(self.paused),
            "closed": self.closed_total,
            "needs_triage": self.triage_total,
            "irrelevant": self.irrelevant_total,
            "failed": self.failed_total,
            "outbox_failed": self.outbox_failed,
        }


def _main_category(case: Case) -> str:
    return case.categories[0] if case.categories else "other"


def _case_line(case: Case, now: datetime, zone: ZoneInfo) -> CaseLine:
    # The clock does not run while the case waits (DOMAIN.md): a paused case's due date
    # moves on day by day, so it neither counts down nor turns overdue while paused.
    due = effective_due(case.due_at, case.paused_at, now, zone)
    return CaseLine(
        reference=case.reference,
        due=due.astimezone(zone).strftime("%Y-%m-%d"),
        days=days_left(due, now, zone),
        assignee=case.assignee or "unassigned",
        categories=", ".join(case.categories),
        state=state_label(case),
    )


def _by_due(cases: Iterable[Case], now: datetime, zone: ZoneInfo) -> list[tuple[CaseLine, Case]]:
    """Each case with its line, earliest due first (the stored due date, which SQL sorts by,
    is behind the due date of a paused case)."""
    return sorted(((_case_line(c, now, zone), c) for c in cases), key=lambda pair: pair[0].days)


def _message_line(message: Message, zone: ZoneInfo) -> MessageLine:
    return MessageLine(
        id=message.id,
        received=message.received_at.astimezone(zone).strftime("%Y-%m-%d"),
        sender=message.from_address or "?",
        subject=outbox.one_line(message.subject) or "(no subject)",
        error=outbox.one_line(message.error)[:200],
    )


def collect(session: Session, settings: Settings, week: str, as_of: datetime) -> Digest:
    """The digest of ``week``, as things stand at ``as_of`` (the 7 days before it).

    For a past week (``dsr digest --week``) the cases are those open at ``as_of`` (received
    before it, closed after it or not yet) and the triage list what was waiting then; what
    each line says (status, due date, pause) is as the case stands now.
    """
    zone, cfg = zone_of(settings), settings.digest
    start = as_of - timedelta(days=7)
    digest = Digest(week, start, as_of, zone.key, due_within_days=cfg.due_within_days)
    open_then = select(Case).where(
        Case.received_at < as_of, or_(Case.closed_at.is_(None), Case.closed_at >= as_of)
    )
    open_cases = list(session.scalars(open_then.order_by(Case.due_at, Case.id)))
    digest.open_total = len(open_cases)
    for line, case in _by_due(open_cases, as_of, zone):
        if line.days < 0:  # due at the end of a local day: overdue from the next day on
            digest.overdue.append(line)
        elif line.days <= cfg.due_within_days:
            digest.due_soon.append(line)
        if case.extension_requested_at is not None and case.extension_requested_at < as_of:
            digest.extended.append(line)
        if case.paused_at is not None and case.paused_at < as_of:
            digest.paused.append(line)
    new = session.scalars(select(Case).where(Case.received_at >= start, Case.received_at < as_of))
    digest.new_by_category = Counter(_main_category(c) for c in new).most_common()
    closed = session.scalars(select(Case).where(Case.closed_at >= start, Case.closed_at < as_of))
    digest.closed = sorted(Counter(c.status.value for c in closed).items())

    triage = select(Message).where(
        Message.decision == Decision.NEEDS_TRIAGE,
        Message.received_at < as_of,
        or_(
            and_(Message.case_id.is_(None), Message.staff_relevant.is_(None)),
            Message.labelled_at >= as_of,  # decided on since: it was still waiting then
        ),
    )
    digest.triage_total = _count(session, triage)
    rows = session.scalars(triage.order_by(Message.received_at, Message.id).limit(20))
    digest.triage = [_message_line(m, zone) for m in rows]
    irrelevant = select(Message).where(
        Message.decision == Decision.IRRELEVANT,
        Message.received_at >= start,
        Message.received_at < as_of,
    )
    digest.irrelevant_total = _count(session, irrelevant)
    sample = session.scalars(
        irrelevant.order_by(Message.received_at.desc(), Message.id).limit(cfg.sample_size)
    )
    digest.irrelevant_sample = [outbox.one_line(m.subject) or "(no subject)" for m in sample]
    failed = select(Message).where(Message.status == MessageStatus.FAILED)
    digest.failed_total = _count(session, failed)
    rows = session.scalars(failed.order_by(Message.received_at, Message.id).limit(10))
    digest.failed = [_message_line(m, zone) for m in rows]
    digest.outbox_failed = _count(
        session, select(OutboxMail).where(OutboxMail.status == OutboxStatus.FAILED)
    )
    digest.chart = _weekly_counts(session, as_of, zone, cfg.chart_weeks)
    return digest


def _count(session: Session, stmt: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def _weekly_counts(
    session: Session, as_of: datetime, zone: ZoneInfo, weeks: int
) -> list[tuple[str, dict[str, int]]]:
    last_monday = as_of.astimezone(zone).date()
    last_monday -= timedelta(days=last_monday.weekday())
    labels = [week_label(last_monday - timedelta(weeks=n)) for n in range(weeks - 1, -1, -1)]
    first = datetime.combine(last_monday - timedelta(weeks=weeks - 1), time.min, tzinfo=zone)
    counts: dict[str, Counter[str]] = {label: Counter() for label in labels}
    for case in session.scalars(
        select(Case).where(Case.received_at >= first, Case.received_at < as_of)
    ):
        label = week_label(case.received_at.astimezone(zone).date())
        if label in counts:
            counts[label][_main_category(case)] += 1
    return [(label, dict(counts[label])) for label in labels]


def chart_png(chart: list[tuple[str, dict[str, int]]]) -> bytes:
    """A stacked bar chart of requests per week by category (PNG, drawn with matplotlib)."""
    from matplotlib.figure import Figure  # a slow import: only when drawing
    from matplotlib.ticker import MaxNLocator

    totals: Counter[str] = Counter()
    for _, counts in chart:
        totals.update(counts)
    categories = sorted(totals, key=lambda c: (-totals[c], c))
    figure = Figure(figsize=(6.4, 3.0), dpi=100)
    axes = figure.subplots()
    labels = [label.split("-")[1] for label, _ in chart]
    bottom = [0] * len(chart)
    for category in categories:
        heights = [counts.get(category, 0) for _, counts in chart]
        axes.bar(labels, heights, bottom=bottom, label=category, width=0.7)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    axes.set_title("Requests per week by category")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    if categories:
        axes.legend(loc="upper left", fontsize="small", frameon=False, bbox_to_anchor=(1, 1))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def render(digest: Digest, settings: Settings, chart_cid: str) -> tuple[str, str, str]:
    """The digest's subject, text part and HTML part."""
    env = outbox.template_environment(settings.notices.templates_dir)
    values = {
        "d": digest,
        "start": digest.start.astimezone(ZoneInfo(digest.zone)).strftime("%Y-%m-%d %H:%M"),
        "end": digest.end.astimezone(ZoneInfo(digest.zone)).strftime("%Y-%m-%d %H:%M"),
        "chart_cid": chart_cid,
    }
    subject, text = outbox.render_text(env.get_template("staff/digest.txt"), **values)
    html = env.get_template("staff/digest.html").render(subject=subject, **values)
    return subject, text, html


def digest_message(digest: Digest, settings: Settings, now: datetime) -> EmailMessage:
    """The digest as a message: text, and HTML with the chart inline by Content-ID."""
    domain = outbox.sender_address(settings.smtp).rpartition("@")[2] or None
    cid = make_msgid(domain=domain)
    subject, text, html = render(digest, settings, cid[1:-1])
    message = outbox.compose(
        settings.smtp,
        to=[(None, address) for address in settings.digest.recipients],
        subject=subject,
        text=text,
        now=now,
        auto="auto-generated",
    )
    message.add_alternative(html, subtype="html")
    html_part = list(message.iter_parts())[1]
    assert isinstance(html_part, EmailMessage)  # noqa: S101
    html_part.add_related(chart_png(digest.chart), "image", "png", cid=cid)
    return message


def queue_digest(
    session: Session, settings: Settings, now: datetime, *, week: str | None = None, actor: str
) -> OutboxMail | None:
    """Queue the digest of ``week`` (default: this week, as of now); None if already queued.

    A week that has not begun is refused (DsrError): see :func:`check_week`.
    """
    if not settings.digest.recipients:
        raise DsrError("digest.recipients is empty: no one to send the digest to")
    label = week_label(now.astimezone(zone_of(settings)).date())
    if week:
        try:
            label = check_week(week, settings, now)
        except ValueError as exc:
            raise DsrError(str(exc)) from exc
    as_of = min(now, issue_time(label, settings)) if week else now
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    run_id = session.scalar(
        dialect.insert(DigestRun)
        .values(week=label, as_of=as_of, created_by=actor, created_at=now)
        .on_conflict_do_nothing(index_elements=["week"])
        .returning(DigestRun.id)
    )
    if run_id is None:
        return None
    digest = collect(session, settings, label, as_of)
    mail = outbox.enqueue(
        session,
        digest_message(digest, settings, now),
        kind=MailKind.DIGEST,
        recipients=settings.digest.recipients,
        sender=outbox.sender_address(settings.smtp),
        actor=actor,
        now=now,
        automatic=True,
        dedupe_key=f"digest:{label}",
    )
    run = session.get(DigestRun, run_id)
    if run is not None and mail is not None:
        run.outbox_id, run.summary = mail.id, digest.summary()
    return mail


def queued_before(session: Session, week: str) -> str:
    """What became of the digest of ``week`` queued before, as its outbox row says.

    Queued is not sent: the row may wait for the server, or have failed for good.
    """
    mail = session.scalar(select(OutboxMail).where(OutboxMail.dedupe_key == f"digest:{week}"))
    if mail is None:  # pragma: no cover - the run and its mail are queued together
        return "was already queued"
    if mail.status is OutboxStatus.SENT:
        return f"was already sent (outbox #{mail.id}; see `dsr outbox --all`)"
    if mail.status is OutboxStatus.FAILED:
        return (
            f"was already queued but could not be sent (outbox #{mail.id}): "
            f"`dsr outbox --retry {mail.id}` tries again"
        )
    return f"is already queued and not sent yet (outbox #{mail.id}; see `dsr outbox`)"


def _staff_addresses(settings: Settings, assignee: str | None) -> list[str]:
    if assignee and assignee in settings.digest.staff_addresses:
        return [settings.digest.staff_addresses[assignee]]
    if assignee and "@" in assignee:
        return [assignee]
    return list(settings.digest.recipients)


def queue_reminders(session: Session, settings: Settings, now: datetime) -> list[OutboxMail]:
    """Today's reminders of cases due soon or overdue, one mail per address, once a day."""
    cfg, zone = settings.digest, zone_of(settings)
    local = now.astimezone(zone)
    if not cfg.reminders or local.time() < time.fromisoformat(cfg.reminder_time):
        return []
    by_address: dict[str, list[CaseLine]] = {}
    cases = session.scalars(
        select(Case).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.due_at, Case.id)
    )
    for line, case in _by_due(cases, now, zone):
        if line.days <= cfg.reminder_days:
            for address in _staff_addresses(settings, case.assignee):
                by_address.setdefault(address, []).append(line)
    env = outbox.template_environment(settings.notices.templates_dir)
    queued = []
    for address, lines in sorted(by_address.items()):
        subject, text = outbox.render_text(
            env.get_template("staff/reminder.txt"), cases=lines, day=local.strftime("%Y-%m-%d")
        )
        message = outbox.compose(
            settings.smtp,
            to=[(None, address)],
            subject=subject,
            text=text,
            now=now,
            auto="auto-generated",
        )
        mail = outbox.enqueue(
            session,
            message,
            kind=MailKind.REMINDER,
            recipients=[address],
            sender=outbox.sender_address(settings.smtp),
            actor=outbox.SERVICE_ACTOR,
            now=now,
            automatic=True,
            dedupe_key=f"reminder:{local.date()}:{address.lower()}",
        )
        if mail is not None:
            queued.append(mail)
    return queued


def queue_digest_if_due(session: Session, settings: Settings, now: datetime) -> OutboxMail | None:
    """This week's digest once its time has come and it is not queued yet; else None."""
    week = week_label(now.astimezone(zone_of(settings)).date())
    if not settings.digest.recipients or now < issue_time(week, settings):
        return None
    if session.scalar(select(DigestRun.id).where(DigestRun.week == week)) is not None:
        return None
    return queue_digest(session, settings, now, actor=outbox.SERVICE_ACTOR)


def queue_scheduled(session: Session, settings: Settings, now: datetime) -> dict[str, int]:
    """What the mail job queues on each tick: acknowledgements, the digest, reminders."""
    queued = {"acknowledgements": len(notices.auto_acknowledge(session, settings, now))}
    queued["digest"] = int(queue_digest_if_due(session, settings, now) is not None)
    queued["reminders"] = len(queue_reminders(session, settings, now))
    return queued
