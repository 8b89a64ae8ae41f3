"""Text preparation: keep only what the requester wrote, in sentences.

Dates in quoted replies ("> ..."), reply headers ("On ... wrote:", "Am ... schrieb"),
forwarded-message header blocks, mail headers pasted into the body and signatures are the
commonest false time ranges, so they are dropped before the grammar sees the text.
"""

from __future__ import annotations

import re

# A reply header may wrap over two lines; it ends with the verb and a colon.
_REPLY_HEADER = re.compile(
    r"^(?:on|am|le|el|il(?:\s+giorno)?|op|em|den|w\s+dniu|dne)\b.{0,200}?"
    r"(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|escreveu|skrev|napisał|napsal)"
    r"\s*:?\s*$"
    r"|^.{0,120}(?:写道|寫道)\s*[:：]?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:original\s+message|forwarded\s+message|ursprüngliche\s+nachricht"
    r"|weitergeleitete\s+nachricht|message\s+d['’]origine|message\s+transféré|mensaje\s+original"
    r"|mensaje\s+reenviado|messaggio\s+originale|messaggio\s+inoltrato|oorspronkelijk\s+bericht"
    r"|doorgestuurd\s+bericht|mensagem\s+original|mensagem\s+encaminhada)\s*-{2,}"
    r"|begin\s+forwarded\s+message:?|_{10,})\s*$",
    re.IGNORECASE,
)
# Header lines of a forwarded or pasted message ("From: ...", "Gesendet: ...").
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoyé|date"
    r"|à|objet|enviado|fecha|para|asunto|da|inviato|data|a|oggetto|van|verzonden|aan"
    r"|onderwerp|enviada|assunto|发件人|发送时间|日期|收件人|主题)\*?\s*[:：]",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"^--\s*$")
_SENT_FROM = re.compile(
    r"^\s*(?:sent\s+from\s+my|envoyé\s+de\s+mon|von\s+meinem|enviado\s+desde)", re.I
)
_SENTENCE_END = re.compile(
    # Not after a day number ("1. Juli") or a short abbreviation ("Art. 15"): only after a word
    # of two or more letters, a four-digit year or a closing bracket.
    r"(?:(?<=[^\W\d]{2}[.!?])|(?<=\d{4}[.!?])|(?<=[)\"”][.!?])|(?<=[!?]))\s+"
    r"|(?<=[。！？；;])\s*"
)
_WRAP_MIN = 50


def clean(text: str) -> str:
    """The requester's own lines: quotes, reply and forward headers, signatures removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    pending = ""
    for line in lines:
        stripped = line.strip()
        if _SIGNATURE.match(line) or _SENT_FROM.match(line):
            break
        if stripped.startswith(">") or _SEPARATOR.match(line) or _HEADER_LINE.match(line):
            pending = ""
            continue
        candidate = f"{pending} {stripped}".strip() if pending else stripped
        if _REPLY_HEADER.match(candidate):
            # The header itself goes; so do the earlier lines it was wrapped from.
            if pending and kept:
                kept.pop()
            pending = ""
            continue
        pending = stripped if re.match(r"^(?:on|am|le|el|il|op|em)\b", stripped, re.I) else ""
        kept.append(stripped)
    return "\n".join(kept)


def sentences(text: str) -> list[str]:
    """Sentences of cleaned text; wrapped lines are joined, short lines stand alone."""
    out: list[str] = []
    paragraph: list[str] = []
    for line in text.split("\n"):
        if not line:
            if paragraph:
                out.append(" ".join(paragraph))
                paragraph = []
            continue
        paragraph.append(line)
        # A short line or one ending a sentence is not wrapped: greetings, names, dates.
        if len(line) < _WRAP_MIN or line[-1] in ".!?:。！？":
            out.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        out.append(" ".join(paragraph))
    result: list[str] = []
    for block in out:
        result.extend(s.strip() for s in _SENTENCE_END.split(block) if s.strip())
    return result
