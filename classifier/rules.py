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
_BOUNCE_SENDER = re.compile(
    r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon|bounces?)@", re.IGNORECASE
)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver(ed|able)|delivery status notification|delivery (failure|failed|problem)|"
    r"mail delivery (failed|failure|system)|returned mail|failure notice|"
    r"non[- ]?deliver(y|able)|could not (be )?deliver|message (not delivered|delivery failed)|"
    r"warning: (could not send|message .* delayed)|delivery (has )?(failed|delayed)|"
    r"mail system error|unzustellbar|nicht zustellbar|non remis|échec de (la )?remise|"
    r"no se puede entregar|no entregado|mancato recapito|onbestelbaar|não entregue|"
    r"niedostarczon|kunde inte levereras|无法投递|退信|配信不能|エラー)",
    re.IGNORECASE,
)
# The machine-readable part of a delivery report (RFC 3464), or the prose of common MTAs.
_DSN_BODY = re.compile(
    r"^(?:final-recipient|original-recipient|diagnostic-code|reporting-mta)\s*:|"
    r"^action\s*:\s*(?:failed|delayed)\b|^status\s*:\s*[45]\.\d+\.\d+|"
    r"this is the mail system at host|i'm sorry to have to inform you that your message|"
    r"could not be delivered to one or more recipients|"
    r"the following addresses? had permanent fatal errors|"
    r"delivery to the following recipients? failed|this message was created automatically by mail",
    re.IGNORECASE | re.MULTILINE,
)


# A data protection law cited with an article of the data subject's rights (GDPR Art. 7(3),
# 15-22, 77) or a named CCPA right: the mark of a formal request in any language, including
# languages the model has seen little of. Used only to keep such mail in front of staff.
_LAW = r"(?:gdpr|dsgvo|rgpd|avg|gdpdp|rodo|lopdgdd|ogdpr|uk gdpr|ΓΚΠΔ|ОРЗД|一般データ保護規則)"
_ARTICLE = r"(?:7\s*\(3\)|1[5-9]|2[0-2]|77)"
_RIGHTS_CITATION = re.compile(
    rf"(?<!\d){_ARTICLE}(?!\d)[^\n]{{0,14}}{_LAW}|{_LAW}[^\n]{{0,12}}(?<!\d){_ARTICLE}(?!\d)|"
    rf"(?:art(?:icle|ikel|ículo|icolo|igo|ykuł|\.)?|čl(?:ánek|ánku|anak|anka|\.)?|άρθρο|"
    rf"член|第)\s*{_ARTICLE}(?!\d)[^\n]{{0,80}}{_LAW}|"
    r"\bright to (?:know|delete|opt[- ]out)\b[^\n]{0,60}\b(?:ccpa|cpra)\b|"
    # Japan's APPI: disclosure, correction and cessation of use (Art. 28-30, 33-35 since 2022).
    r"(?:個人情報保護法|個人情報の保護に関する法律)[^\n]{0,20}第\s*(?:2[89]|3[0-5])\s*条",
    re.IGNORECASE,
)


# Every citation names one of these (lower-cased): a substring test for them is much cheaper
# than the pattern, which most mail, citing no law, never needs.
_CITATION_NEEDS = (
    "gdpr",
    "dsgvo",
    "rgpd",
    "avg",
    "gdpdp",
    "rodo",
    "lopdgdd",
    "γκπδ",
    "орзд",
    "一般データ保護規則",
    "ccpa",
    "cpra",
    "個人情報",
)


def rights_citation(doc: Document) -> str | None:
    """The citation of a data subject right in ``doc``'s subject or body, if any."""
    text = f"{doc.subject}\n{doc.body[:20_000]}"
    lowered = text.lower()
    if not any(word in lowered for word in _CITATION_NEEDS):
        return None
    found = _RIGHTS_CITATION.search(text)
    return found.group(0) if found else None


@dataclass(frozen=True)
class RuleOutcome:
    """What the rules found: a decisive verdict (machine mail) and the evidence."""

    machine_mail: bool
    bulk: bool
    evidence: tuple[Evidence, ...]
    bulk_signals: int = 0

    @property
    def odds_factor(self) -> float:
        """How much the bulk and list signals multiply the odds that a person wrote a request.

        One signal divides them by five, two or more by twenty: a high model score can still
        reach staff, an ordinary one cannot.
        """
        if self.bulk_signals == 0:
            return 1.0
        return 0.2 if self.bulk_signals == 1 else 0.05


def own_list(list_id: str, own_domains: tuple[str, ...], own_lists: tuple[str, ...]) -> bool:
    """True when ``list_id`` (a List-Id header) names one of the company's own lists.

    A mailbox delivered by a group (a Google Group or a distribution list behind info@) puts
    its list headers on every message: they say nothing about the sender then.
    """
    found = re.search(r"<([^<>]+)>", list_id)
    name = (found.group(1) if found else list_id).strip().lower()
    if not name:
        return False
    if name in own_lists:
        return True
    return any(name == domain or name.endswith(f".{domain}") for domain in own_domains)


def apply_rules(
    doc: Document, own_domains: tuple[str, ...] = (), own_lists: tuple[str, ...] = ()
) -> RuleOutcome:
    """Check ``doc`` against the rules; every rule that fires is returned as evidence.

    ``own_domains`` and ``own_lists`` (lower-case) name the company's own groups: list headers
    of mail that came through one of them are not taken as signs of bulk mail.
    """
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
    if "x-failed-recipients" in headers:
        machine = True
        evidence.append(Evidence("rule", "X-Failed-Recipients header present", -1.0))
    bounce_sender = bool(doc.sender_address and _BOUNCE_SENDER.match(doc.sender_address))
    if bounce_sender:
        evidence.append(Evidence("rule", f"sender {doc.sender_address}", -1.0))
    bounce_subject = bool(_BOUNCE_SUBJECT.search(doc.subject))
    # The report's text counts only with another sign of a bounce: look for it only then.
    null_path = headers.get("return-path", "").strip() == "<>"
    dsn_body = (
        _DSN_BODY.search(doc.body[:20_000])
        if bounce_sender or bounce_subject or null_path
        else None
    )
    if bounce_sender and (bounce_subject or not doc.subject or dsn_body):
        machine = True
    elif dsn_body and (bounce_subject or null_path):
        machine = True
        evidence.append(Evidence("rule", f"delivery report text: {dsn_body.group(0)[:60]}", -1.0))

    signals = 0
    list_id = headers.get("list-id", "")
    if list_id and own_list(list_id, own_domains, own_lists):
        evidence.append(Evidence("rule", f"delivered by our own list {list_id.strip()[:80]}", 0.0))
        return RuleOutcome(machine_mail=machine, bulk=False, evidence=tuple(evidence))
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        signals += 1
        evidence.append(Evidence("rule", f"Precedence: {precedence}", -0.5))
    for name in ("list-id", "list-unsubscribe"):
        if name in headers:
            signals += 1
            evidence.append(Evidence("rule", f"{name} header present", -0.5))
    return RuleOutcome(
        machine_mail=machine, bulk=signals > 0, evidence=tuple(evidence), bulk_signals=signals
    )
