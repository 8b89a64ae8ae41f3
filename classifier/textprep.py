"""What the model reads of a message: the writer's own words, and the context around them.

A reply's quoted history, a signature and a mailing-list footer are context: they may say
"delete my data" without the writer asking for anything (an auto-reply quoting a request, a
list post quoting an earlier one). They are kept, but weighted less by the features. Forwarded
content is the opposite: a colleague forwarding a request to info@ passes the request on, so
whatever follows a forward marker is read as the message itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FORWARD_SUBJECT = re.compile(
    r"^\s*(?:(?:re|aw|sv|antw|r|rif)\s*:\s*)*(?:fwd?|wg|tr|rv|doorst|enc|pd|vs|fw|i|转发|轉寄)\s*:",
    re.IGNORECASE,
)
_FORWARD_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message|weitergeleitete nachricht|"
    r"message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|"
    r"mensagem encaminhada|wiadomo[śs][ćc] przekazana|vidarebefordrat meddelande|"
    r"转发的邮件|转发邮件|轉寄郵件)\b",
    re.IGNORECASE,
)
_HISTORY_MARKER = re.compile(
    r"^\s*(?:-{3,}\s*(?:original message|urspr[üu]ngliche nachricht|message d'origine|"
    r"mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|"
    r"oryginalna wiadomo[śs][ćc]|ursprungligt meddelande)\s*-{3,}|原始邮件|原始郵件)",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"^.{0,200}(?:wrote|writes|schrieb|a [ée]crit|escribi[óo]|ha scritto|schreef|skrev|"
    r"napisa[łl](?:a)?|escreveu|写道)\s*:?\s*$|^(?:quoting|zitat von)\b.{0,120}:\s*$",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^(?:--|-- |__+|={5,}|_{5,})\s*$")
# Cheap necessary conditions, checked before each pattern: most lines are ordinary text, and
# running four regular expressions over each of a long message's lines was a third of the
# time spent classifying it. The patterns themselves still decide.
_FORWARD_FIRST = frozenset("-fbwmdv转轉")
_ATTRIBUTION_WORDS = (
    "wrote",
    "writes",
    "schrieb",
    "crit",
    "escribió",
    "escribio",
    "ha scritto",
    "schreef",
    "skrev",
    "napisał",
    "napisal",
    "napisała",
    "napisala",
    "escreveu",
    "写道",
)


def _may_attribute(line: str) -> bool:
    """False when ``line`` cannot be a reply's attribution line ("On ..., Ana wrote:")."""
    if line.endswith(":"):
        return True
    return line.lower().endswith(_ATTRIBUTION_WORDS)


@dataclass(frozen=True)
class Prepared:
    """``main``: subject, own lines and forwarded content; ``context``: quotes and signatures."""

    main: str
    context: str


def is_forward(subject: str) -> bool:
    """True when the subject marks a forward ("Fwd:", "WG:", "TR:", "RV:", ...)."""
    return bool(_FORWARD_SUBJECT.match(subject))


def prepare(subject: str, body: str, limit: int = 12_000) -> Prepared:
    """Split ``body`` into the writer's text and its context, each cut to ``limit`` chars."""
    forward = is_forward(subject)
    main: list[str] = [subject]
    context: list[str] = []
    in_history = False
    in_signature = False
    size = 0
    for raw in body.splitlines():
        if size > 2 * limit:
            break
        size += len(raw) + 1
        line = raw.strip()
        if not line:
            continue  # nothing to keep, and no marker is empty
        if line[0].lower() in _FORWARD_FIRST and _FORWARD_MARKER.match(line):
            in_history = in_signature = False
            forward = True
            continue
        if line.startswith(">"):
            (main if forward else context).append(line.lstrip("> "))
            continue
        if not forward and (
            (line[0] in "-原" and _HISTORY_MARKER.match(line))
            or (_may_attribute(line) and _ATTRIBUTION.match(line))
        ):
            in_history = True
            context.append(line)
            continue
        if raw[:1] in ("-", "_", "=") and _SIGNATURE.match(raw.rstrip("\n")):
            in_signature = True
            continue
        (context if in_history or in_signature else main).append(line)
    return Prepared(_join(main, limit), _join(context, limit))


def _join(lines: list[str], limit: int) -> str:
    return "\n".join(line for line in lines if line)[:limit]
