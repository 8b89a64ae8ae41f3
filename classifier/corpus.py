"""Reading labelled corpora in the format of ``shared/corpus/FORMAT.md``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from classifier.prediction import CATEGORIES, TimeRange


class CorpusError(Exception):
    """A corpus folder or one of its label lines is not in the expected format."""


@dataclass(frozen=True)
class LabelledMessage:
    """One line of ``labels.jsonl`` with the path of its message."""

    file: str
    path: Path
    relevant: bool
    categories: tuple[str, ...]
    time_range: TimeRange | None
    language: str | None


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def read_labels(folder: Path) -> Iterator[LabelledMessage]:
    """The labelled messages of the corpus at ``folder``, in file order."""
    labels = folder / "labels.jsonl"
    if not labels.is_file():
        raise CorpusError(f"{folder}: no labels.jsonl (see FORMAT.md)")
    with labels.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                categories = tuple(item.get("categories") or ())
                unknown = set(categories) - set(CATEGORIES)
                if unknown:
                    raise ValueError(f"unknown categories {sorted(unknown)}")
                tr = item.get("time_range")
                yield LabelledMessage(
                    file=item["file"],
                    path=folder / item["file"],
                    relevant=bool(item["relevant"]),
                    categories=categories,
                    time_range=TimeRange(_date(tr.get("start")), _date(tr.get("end")))
                    if tr
                    else None,
                    language=item.get("language"),
                )
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise CorpusError(f"{labels}:{number}: {exc}") from exc


def bundled_corpora() -> list[Path]:
    """The project's own training corpora shipped inside the package."""
    root = Path(str(resources.files("classifier") / "corpus"))
    return sorted(p for p in root.iterdir() if (p / "labels.jsonl").is_file())
