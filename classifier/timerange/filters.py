"""Filters: which sentences and which matches can carry the requested time range.

Legal citations ("Art. 15(3)", "§ 16 Abs. 3", "Regulation (EU) 2016/679", "Data Protection
Act 2018") are masked before matching, keeping offsets, so their numbers never read as years
or dates. A sentence counts only when it is about the requested data; a bare date next to a
one-off event ("I joined in 2019") or a relationship ("customer since 2015") does not, nor
does a deadline or a threat ("by the end of this month", "if I don't hear back this week").
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifier.timerange.grammar import Match
from classifier.timerange.lexicon import Lexicon

_CITATION = re.compile(
    r"(?:\b(?:art(?:icle|ikel|ículo|icolo|igo|\.)?s?|§+|abs(?:atz|\.)?|para(?:graph)?s?\.?|nr\.?"
    r"|n[°º.]|no\.|lit\.?|recitals?|considerandos?|erwägungsgr(?:und|ünde)|section|sec\.|ziff\.?"
    r"|alinéa|apartado|comma|lid)\s*\d+[\w()./,-]*"
    r"|\b(?:19|20)\d{2}\s*/\s*\d{1,4}(?:/\w+)?"
    r"|\b(?:act|law|gesetz\w*|loi|ley(?:\s+orgánica)?|legge|wet|lei|regulation|directive"
    r"|verordnung|richtlinie|règlement|directive|reglamento|regolamento|decreto|d\.\s?lgs\.?"
    r"|dsgvo|gdpr|ccpa|cpra|lgpd|bdsg|avg|rgpd|pipl)\s+(?:of\s+|von\s+|de\s+|del\s+|van\s+)?"
    r"(?:n[°º.]?\s*)?(?:\d{1,4}\s*/\s*)?(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)


def mask_citations(text: str) -> str:
    """``text`` with legal citations replaced by spaces (same length, so offsets hold)."""
    return _CITATION.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=32)
def _words(rx: str) -> re.Pattern[str]:
    # Chinese words have no spaces around them, so no word boundaries there.
    if rx and not rx.isascii() and re.search(r"[\u4e00-\u9fff]", rx):
        return re.compile(rf"(?:{rx})")
    return re.compile(rf"(?<![^\W\d])(?:{rx})(?![^\W\d])", re.IGNORECASE)


@lru_cache(maxsize=32)
def _ending(rx: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d])(?:{rx})\s*$", re.IGNORECASE)


def about_data(sentence: str, lexicons: list[Lexicon]) -> bool:
    """Whether the sentence speaks of the requested data or makes the request."""
    return any(lex.data_words and _words(lex.data_words).search(sentence) for lex in lexicons)


def asks_for_data(sentence: str, lexicons: list[Lexicon]) -> bool:
    """Whether the sentence makes the request: it names data and asks ("send me all ...")."""
    return any(
        lex.data_words
        and lex.asks
        and _words(lex.asks).search(sentence)
        and _words(lex.data_words).search(sentence)
        for lex in lexicons
    )


def incidental(match: Match, sentence: str, lex: Lexicon, strict: bool = False) -> bool:
    """Whether the match only dates an event or a relationship, not the data asked for.

    ``strict`` (a sentence that names no data itself, read with the request before it)
    applies both tests to every kind of phrase: "I moved house last year." stays a move.
    """
    before = sentence[max(0, match.start - 40) : match.start]
    if (strict or match.kind in ("since", "period")) and lex.incidental:
        # "customer since 2015", "Kunde seit 2015": the few words right before.
        tail = before[-20:]
        if _words(lex.incidental).search(tail):
            return True
    if (strict or match.kind == "period") and lex.events:
        # "I joined in April 2016", "ich habe mich 2019 angemeldet": the verb is close by.
        after = sentence[match.end : match.end + 25]
        clause = re.split(r"[,;:()]", before)[-1]
        if _words(lex.events).search(clause) or _words(lex.events).search(after.split(",")[0]):
            return True
    return False


def deadline(match: Match, sentence: str, lex: Lexicon) -> bool:
    """Whether the match is a time set for the answer, not the data: right after "by" or
    "within" ("reply by the end of this month"), or in a condition on a reply or before a
    threat ("if I don't hear back this week", "wenn ich diese Woche nichts höre")."""
    before = sentence[: match.start]
    if lex.deadline_lead and _ending(lex.deadline_lead).search(before):
        return True
    if not (lex.condition and lex.reply):
        return False
    # The clause around the match: from the last separator before it to the next after it.
    start = max(before.rfind(c) for c in ",;:()，；：") + 1
    ends = [i for i in (sentence.find(c, match.end) for c in ",;:()，；：") if i >= 0]
    clause = sentence[start : min(ends, default=len(sentence))]
    return bool(_words(lex.condition).search(clause) and _words(lex.reply).search(clause))
