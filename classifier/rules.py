"""Header and subject rules that speak before the model: auto-replies, bounces, bulk mail.

Auto-replies and delivery reports are machine mail (RFC 3834, RFC 3464) and never a request
from a person, even when they quote one. Bulk and list signals only weigh against relevance:
a person may write from a list address, and a colleague's forward keeps the request in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.document import Document
from classifier.prediction import Evidence

_AUTO_REPLY_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|autoreply|out of (the )?office|abwesenheitsnotiz|"
    r"automatische antwort|réponse automatique|reponse automatique|absence du bureau|"
    r"respuesta automática|respuesta automatica|fuera de la oficina|risposta automatica|"
    r"fuori sede|automatisch antwoord|afwezigheidsmelding|resposta automática|"
    r"odpowiedź automatyczna|autosvar|frånvaro|自动回复|自動回覆)",
    re.IGNORECASE,
)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver(ed|able)|delivery status notification|mail delivery (failed|failure)|"
    r"returned mail|unzustellbar|non remis|no se puede entregar)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RuleOutcome:
    """What the rules found: a decisive verdict (machine mail) and the evidence."""

    machine_mail: bool
    bulk: bool
    evidence: tuple[Evidence, ...]


def apply_rules(doc: Document) -> RuleOutcome:
    """Check ``doc`` against the rules; every rule that fires is returned as evidence."""
    evidence: list[Evidence] = []
    machine = False
    headers = doc.headers
    auto_submitted = headers.get("auto-submitted", "").strip().lower()
    if auto_submitted and auto_submitted != "no":
        machine = True
        evidence.append(Evidence("rule", f"Auto-Submitted: {auto_submitted}", -1.0))
    for name in ("x-autoreply", "x-autorespond", "x-auto-response-suppress"):
        if name in headers:
            machine = True
            evidence.append(Evidence("rule", f"{name} header present", -1.0))
    if _AUTO_REPLY_SUBJECT.search(doc.subject):
        machine = True
        evidence.append(Evidence("rule", f"auto-reply subject: {doc.subject[:60]}", -1.0))
    if doc.content_type == "multipart/report":
        machine = True
        evidence.append(Evidence("rule", "delivery status report (multipart/report)", -1.0))
    if doc.sender_address and _BOUNCE_SENDER.match(doc.sender_address):
        if _BOUNCE_SUBJECT.search(doc.subject) or not doc.subject:
            machine = True
        evidence.append(Evidence("rule", f"sender {doc.sender_address}", -1.0))

    bulk = False
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        bulk = True
        evidence.append(Evidence("rule", f"Precedence: {precedence}", -0.5))
    for name in ("list-id", "list-unsubscribe"):
        if name in headers:
            bulk = True
            evidence.append(Evidence("rule", f"{name} header present", -0.5))
    return RuleOutcome(machine_mail=machine, bulk=bulk, evidence=tuple(evidence))
