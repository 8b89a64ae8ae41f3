"""Time range extraction: which period of data a data subject request asks about.

``extract_time_range(text, reference, language)`` reads a request's text and resolves the
range against the message date (``reference``) under DOMAIN.md's conventions. The package is
split by job: ``prepare`` (the requester's own text), ``lexicon`` and ``grammar`` (phrases per
language), ``sides`` (dates, parsed with dateparser), ``resolve`` (calendar arithmetic),
``filters`` (citations, incidental dates) and ``extract`` (putting them together).
"""

from classifier.timerange.extract import TimeRangeFinding, extract_time_range

__all__ = ["TimeRangeFinding", "extract_time_range"]
