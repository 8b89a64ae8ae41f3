"""Time range extraction throughput: messages/s of ``extract_time_range``, median of 3 runs.

The messages are generated here: request bodies in the supported languages with a range
phrase (or none), a quoted reply and a signature, so that every step of the extractor runs.
Target: at least 300 messages/s on one core. Real mail is measured too: the bodies of a
corpus's messages (default: the dev corpus), mostly sentences without any date, which the
extractor's pre-filter skips. Target there: at least 600 messages/s.

    python -m bench.timerange [--messages N] [--runs R] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from classifier.timerange import extract_time_range

_DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

_OPENINGS = {
    "en": "Hello,\nI am writing to ask for a copy of the personal data you keep about me.",
    "de": "Guten Tag,\nich bitte um Auskunft über die Daten, die Sie über mich speichern.",
    "fr": "Bonjour,\nje souhaite obtenir une copie des données que vous conservez à mon sujet.",
    "es": "Hola,\nsolicito una copia de los datos personales que conservan sobre mí.",
    "it": "Buongiorno,\nchiedo una copia dei dati personali che conservate su di me.",
    "nl": "Goedendag,\nik vraag een kopie van de gegevens die u over mij bewaart.",
    "pt": "Olá,\nsolicito uma cópia dos dados pessoais que guardam sobre mim.",
    "zh": "您好，\n我希望获得贵公司保存的关于我的个人数据副本。",
}
_PHRASES = {
    "en": ["It should cover {d1} until {d2}.", "Only the records of the last {n} months.", ""],
    "de": ["Bitte nur die Daten vom {d1} bis {d2}.", "Die Daten der letzten {n} Monate.", ""],
    "fr": ["Les données du {d1} au {d2} suffisent.", "Les données des {n} derniers mois.", ""],
    "es": ["Los datos desde el {d1} hasta el {d2}.", "Los datos de los últimos {n} meses.", ""],
    "it": ["I dati dal {d1} al {d2}, grazie.", "I dati degli ultimi {n} mesi.", ""],
    "nl": ["De gegevens van {d1} tot {d2}.", "De gegevens van de afgelopen {n} maanden.", ""],
    "pt": ["Os dados de {d1} até {d2}.", "Os dados dos últimos {n} meses.", ""],
    "zh": ["请提供{z1}至{z2}的数据。", "请提供过去{n}个月的记录。", ""],
}
_TAIL = (
    "\n\nKind regards,\nA. Person\n\nOn Mon, 2 Jan 2023 at 10:00, Shop <shop@example.com> wrote:\n"
    "> Thank you for your order of 1 January 2023.\n> Your parcel leaves on 3 January.\n"
)


def _messages(count: int, seed: int) -> list[tuple[str, date, str | None]]:
    rng = random.Random(seed)
    out: list[tuple[str, date, str | None]] = []
    languages = sorted(_OPENINGS)
    for i in range(count):
        lang = languages[i % len(languages)]
        ref = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        d1 = ref - timedelta(days=rng.randrange(300, 900))
        d2 = d1 + timedelta(days=rng.randrange(1, 200))
        phrase = rng.choice(_PHRASES[lang]).format(
            d1=d1.strftime("%d.%m.%Y"),
            d2=d2.strftime("%d.%m.%Y"),
            z1=f"{d1.year}年{d1.month}月{d1.day}日",
            z2=f"{d2.year}年{d2.month}月{d2.day}日",
            n=rng.randrange(2, 13),
        )
        out.append((f"{_OPENINGS[lang]} {phrase}{_TAIL}", ref, lang))
    return out


def _run(messages: list[tuple[str, date, str | None]]) -> float:
    start = time.perf_counter()
    for text, ref, lang in messages:
        extract_time_range(text, ref, lang)
    return time.perf_counter() - start


def _corpus_bodies(folder: Path) -> list[tuple[str, date, str | None]]:
    """Each message's body, date and detected language (as ``classifier.predict`` has them)."""
    from classifier.document import document_from_bytes
    from classifier.language import detect_language

    logging.getLogger("mailparser").setLevel(logging.ERROR)  # parts it does not decode
    out = []
    for path in sorted((folder / "messages").glob("*.eml")):
        doc = document_from_bytes(path.read_bytes())
        reference = doc.sent_at.date() if doc.sent_at else date(2024, 1, 1)
        out.append((doc.body, reference, detect_language(doc.body or doc.subject)))
    return out


def _report(title: str, count: int, times: list[float]) -> None:
    rates = sorted(count / t for t in times)
    print(f"{title}: {statistics.median(rates):,.0f} messages/s (median of {len(times)})")
    print("runs: " + ", ".join(f"{r:,.0f}/s" for r in rates))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=_DEV_CORPUS, help="a corpus folder")
    args = parser.parse_args()
    # Cold start (compiling the grammars, loading dateparser's languages) is in the first run;
    # each run gets new texts so that the parse caches do not flatter the later ones.
    times = [_run(_messages(args.messages, seed)) for seed in range(args.runs)]
    _report("extract_time_range, generated", args.messages, times)
    if not (args.corpus / "messages").is_dir():
        print(f"no corpus at {args.corpus}: real mail not measured")
        return
    bodies = _corpus_bodies(args.corpus)
    times = [_run(bodies) for _ in range(args.runs)]
    _report(f"extract_time_range, {args.corpus.name} bodies ({len(bodies)})", len(bodies), times)


if __name__ == "__main__":
    main()
