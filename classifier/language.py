"""Which language a message is written in (ISO 639-1 codes, ``zh`` for Chinese)."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

# langdetect samples at random; a fixed seed makes the same text always get the same answer.
DetectorFactory.seed = 0

_MIN_CONFIDENCE = 0.5


def detect_language(text: str) -> str | None:
    """The most likely language of ``text``, or None when there is too little to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < 3:
        return None
    try:
        candidates = detect_langs(sample)
    except LangDetectException:
        return None
    if not candidates or candidates[0].prob < _MIN_CONFIDENCE:
        return None
    code = str(candidates[0].lang)
    return "zh" if code.startswith("zh") else code
