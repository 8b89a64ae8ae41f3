"""Notices to requesters, loop-safe (RFC 3834), in the requester's language.

A notice is queued in the outbox in the same transaction as the staff action behind it. It
replies in the request's thread (In-Reply-To, References, ``[DSR-...]`` in the subject).
Nothing automatic goes to a message that was itself automatic, a bounce, or list or bulk
mail, and at most ``notices.max_auto_per_address`` automatic mails go to one address a day;
staff are told why and may override with ``force``.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from models.audit import record_event
from models.deadline import effective_due
from models.outbox import AutoMailCount, MailKind, OutboxMail
from models.tables import OPEN_CASE_STATUSES, Case, CaseStatus, Message
from service import outbox
from service.config import NoticesSettings, Settings
from service.errors import DsrError

log = logging.getLogger(__name__)

SIGNATURES: dict[str, str] = {
    "en": "The privacy team",
    "de": "Ihr Datenschutzteam",
    "fr": "L'équipe protection des données",
    "es": "El equipo de protección de datos",
    "pt": "O Departamento de Proteção de Dados",
    "it": "L'ufficio privacy",
    "nl": "Het privacyteam",
    "sv": "Dataskyddsteamet",
    "pl": "Zespół ochrony danych osobowych",
    "cs": "Tým pro ochranu osobních údajů",
    "hr": "Tim za zaštitu osobnih podataka",
}
"""The signature in each built-in template language while ``notices.signature`` is left at
its (English) default; a signature the company sets is used as it is, in every language."""

LANGUAGES = tuple(SIGNATURES)
"""Languages of the built-in templates; a templates folder may add more."""

_LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "list-help", "mailing-list")
_ROBOT_LOCAL_PARTS = frozenset(
    ("mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply", "donotreply")
)


class NoticeError(DsrError):
    """A notice that cannot be sent now; the message says why in one line."""


def _header(headers: dict[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return " ".join(map(str, value)) if isinstance(value, list) else str(value)
    return None


def loop_risk(message: Message | None, address: str | None) -> str | None:
    """Why no automatic mail may answer ``message`` from ``address`` (None when it may)."""
    if not address or "@" not in address:
        return "no requester address"
    local = address.rpartition("@")[0].lower()
    if local in _ROBOT_LOCAL_PARTS or local.startswith(("mailer-daemon", "bounce")):
        return f"{address} is a robot address"
    headers = (message.headers if message is not None else None) or {}
    auto = _header(headers, "auto-submitted")
    if auto and auto.split(";")[0].strip().lower() != "no":
        return f"the request was automatic (Auto-Submitted: {auto.strip()})"
    precedence = (_header(headers, "precedence") or "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"the request was bulk or list mail (Precedence: {precedence})"
    for name in _LIST_HEADERS:
        if _header(headers, name) is not None:
            return f"the request came through a mailing list ({name.title()})"
    return_path = _header(headers, "return-path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "the request had a null return path (a bounce)"
    content_type = (_header(headers, "content-type") or "").lower()
    if "multipart/report" in content_type:
        return "the request was a delivery or read report"
    suppress = (_header(headers, "x-auto-response-suppress") or "").lower()
    if any(word in suppress for word in ("all", "autoreply")):
        return "the request asks for no automatic replies (X-Auto-Response-Suppress)"
    if _header(headers, "x-autoreply") or _header(headers, "x-autorespond"):
        return "the request was an auto-reply (X-Autoreply)"
    return None


def take_quota(session: Session, address: str, now: datetime, limit: int) -> bool:
    """Count one automatic mail to ``address`` today (UTC); False when the limit is reached."""
    key = {"address": address.lower(), "day": now.date()}
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(
        dialect.insert(AutoMailCount)
        .values(**key, count=0)
        .on_conflict_do_nothing(index_elements=["address", "day"])
    )
    counter = session.scalars(select(AutoMailCount).filter_by(**key).with_for_update()).one()
    if counter.count >= limit:
        return False
    counter.count += 1
    return True


def template_language(env_names: list[str], kind: MailKind, language: str | None) -> str:
    """The case's language when a template exists for it, else English."""
    code = (language or "en").lower().replace("_", "-").split("-")[0]
    return code if f"notices/{code}/{kind.value}.txt" in env_names else "en"


def _signature(settings: Settings, language: str) -> str:
    """``notices.signature``, or its translation while it is the built-in default."""
    signature = settings.notices.signature
    if signature == NoticesSettings.model_fields["signature"].default:
        return SIGNATURES.get(language, signature)
    return signature


def _thread(case: Case) -> tuple[Message | None, list[str]]:
    """The request (first message) and the Message-IDs of the case's thread, oldest first."""
    messages = sorted(case.messages, key=lambda m: (m.received_at, m.id))
    ids = [
        m.message_id_header
        for m in messages
        if m.message_id_header and not m.message_id_computed and "\n" not in m.message_id_header
    ]
    return (messages[0] if messages else None), ids


def _check(case: Case, kind: MailKind, now: datetime, zone: ZoneInfo) -> None:
    if kind is MailKind.DECISION:
        if case.status not in (CaseStatus.COMPLETED, CaseStatus.REJECTED):
            raise NoticeError(
                f"{case.reference} is {case.status.value}: complete or reject it first"
            )
        return
    if case.status not in OPEN_CASE_STATUSES:
        raise NoticeError(f"{case.reference} is {case.status.value}: no {kind.value} notice")
    if kind is MailKind.EXTENSION:
        if case.extension_requested_at is None:
            raise NoticeError(f"{case.reference} has no extension: give --reason to extend it")
        if case.extension_notice_sent_at is not None:
            raise NoticeError(f"{case.reference}: the extension was already notified")
        # As models.lifecycle judges it: a paused clock does not run, so neither does this.
        due = effective_due(case.due_at, case.paused_at, now, zone)
        if now > due:
            raise NoticeError(
                f"{case.reference}: the deadline {due.astimezone(zone):%Y-%m-%d} has passed; "
                "an extension must be notified before it"
            )


def compose_notice(
    case: Case,
    kind: MailKind,
    *,
    settings: Settings,
    now: datetime,
    automatic: bool = False,
    text: str | None = None,
) -> EmailMessage:
    """The rendered notice (an EmailMessage) for ``case``, in its language, in its thread."""
    if not case.requester_address:
        raise NoticeError(f"{case.reference}: no requester address to write to")
    env = outbox.template_environment(settings.notices.templates_dir)
    language = template_language(env.list_templates(), kind, case.language)
    zone = settings.deadlines.zone

    def day(value: datetime | None) -> str:
        return value.astimezone(zone).strftime("%Y-%m-%d") if value else ""

    subject, body = outbox.render_text(
        env.get_template(f"notices/{language}/{kind.value}.txt"),
        name=case.requester_name or "",
        reference=case.reference,
        received=day(case.received_at),
        due=day(case.due_at),
        extended_due=day(case.extended_due_at),
        reason=case.extension_reason or "",
        outcome=case.status.value,
        outcome_reason=case.outcome_reason or "",
        subject=case.subject or "",
        text=(text or "").strip(),
        signature=_signature(settings, language),
    )
    _, thread = _thread(case)
    return outbox.compose(
        settings.smtp,
        to=[(case.requester_name, case.requester_address)],
        subject=f"[{case.reference}] {subject}",
        text=body,
        now=now,
        auto="auto-replied" if automatic else None,
        in_reply_to=thread[-1] if thread else None,
        references=thread,
    )


def queue_notice(
    session: Session,
    case: Case,
    kind: MailKind,
    *,
    settings: Settings,
    now: datetime,
    actor: str,
    automatic: bool = False,
    text: str | None = None,
    force: bool = False,
    dedupe_key: str | None = None,
) -> OutboxMail | None:
    """Queue a notice in the caller's transaction.

    Automatic notices that loop safety or the daily limit forbid are recorded as skipped
    (so the decision is not taken again) and None is returned; a staff notice raises
    :class:`NoticeError` instead, unless ``force``.
    """
    _check(case, kind, now, settings.deadlines.zone)
    message = compose_notice(case, kind, settings=settings, now=now, automatic=automatic, text=text)
    request, _ = _thread(case)
    address = case.requester_address or ""
    skipped = None if force and not automatic else loop_risk(request, address)
    if skipped and not automatic:
        raise NoticeError(f"{case.reference}: not sending: {skipped} (--force to send anyway)")
    if automatic and not skipped:
        limit = settings.notices.max_auto_per_address
        if not take_quota(session, address, now, limit):
            skipped = f"{address} already had {limit} automatic mails today"
    mail = outbox.enqueue(
        session,
        message,
        kind=kind,
        recipients=[address],
        sender=outbox.sender_address(settings.smtp),
        actor=actor,
        now=now,
        case=case,
        automatic=automatic,
        dedupe_key=dedupe_key,
        skipped=skipped,
    )
    if mail is None:
        return None
    record_event(
        session,
        at=now,
        actor=actor,
        action="notice_skipped" if skipped else "notice_queued",
        case=case,
        after={"kind": kind.value, "outbox_id": mail.id, "to": [address]},
        reason=skipped or kind.value,
    )
    if skipped:
        log.info("%s: %s notice not sent: %s", case.reference, kind.value, skipped)
        return None
    return mail


def auto_acknowledge(session: Session, settings: Settings, now: datetime) -> list[OutboxMail]:
    """Acknowledge new cases opened recently that no one has acknowledged (if enabled)."""
    if not settings.notices.auto_acknowledge:
        return []
    since = now - timedelta(hours=settings.notices.auto_acknowledge_hours)
    acknowledged = select(OutboxMail.case_id).where(
        OutboxMail.kind == MailKind.ACKNOWLEDGEMENT, OutboxMail.case_id.is_not(None)
    )
    cases = session.scalars(
        select(Case)
        .where(Case.status.in_(OPEN_CASE_STATUSES), Case.created_at >= since)
        .where(Case.id.not_in(acknowledged))
        .order_by(Case.id)
    )
    queued = []
    for case in cases:
        mail = queue_notice(
            session,
            case,
            MailKind.ACKNOWLEDGEMENT,
            settings=settings,
            now=now,
            actor=outbox.SERVICE_ACTOR,
            automatic=True,
            dedupe_key=f"auto-ack:{case.id}",
        )
        if mail is not None:
            queued.append(mail)
    return queued
