"""Training corpus of list, chatter and spam mail: negatives the other generators lack.

Technical mailing-list questions and answers (with quoted replies, signatures and list
footers), developer and sysadmin chatter, personal conversation, news and forum digests, and
generic spam in many styles. All generated from the project's own phrase banks
(:mod:`~classifier.trainingdata.techbanks`, :mod:`~classifier.trainingdata.spambanks`) with a
fixed seed. Regenerate the folder with::

    python -m classifier.trainingdata.lists
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from classifier.trainingdata import spambanks as sb
from classifier.trainingdata import techbanks as tb
from classifier.trainingdata.eml import Sample, write_corpus

SEED = 2002_0823
OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "lists"
COUNTS: dict[str, int] = {
    "question": 260,
    "reply": 300,
    "social": 170,
    "digest": 60,
    "spam": 330,
}


def _pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


def _sent(rng: random.Random) -> datetime:
    start = date(2001, 6, 1) if rng.random() < 0.5 else date(2023, 1, 1)
    day = start + timedelta(days=rng.randint(0, 900))
    tz = timezone(timedelta(hours=rng.choice([-8, -5, 0, 1, 2])))
    return datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59), tzinfo=tz)


def _fill(rng: random.Random, text: str) -> str:
    values = {
        "thing": _pick(rng, tb.THINGS),
        "version": _pick(rng, tb.VERSIONS),
        "error": _pick(rng, tb.ERRORS),
        "command": _pick(rng, tb.COMMANDS),
        "place": _pick(rng, tb.PLACES),
        "day": _pick(rng, tb.DAYS),
        "url": f"http://www.{_pick(rng, tb.HOSTS)}/{rng.randint(100, 9999)}.html",
    }
    return text.format(**values)


class _Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = _pick(rng, tb.FIRST)
        self.last = _pick(rng, tb.LAST)
        self.name = f"{self.first} {self.last}"
        local = rng.choice([self.first.lower(), f"{self.first[0]}{self.last}".lower()])
        self.address = f"{local}@{_pick(rng, tb.HOSTS)}"


def _signature(rng: random.Random, person: _Person) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"\n{person.first}"
    if style == 1:
        return f"\n-- \n{person.name}\n{_pick(rng, tb.QUIPS)}".rstrip()
    if style == 2:
        return f"\nCheers,\n{person.first}\n-- \n{person.address}"
    return f"\n--\n{person.first} | {_pick(rng, tb.HOSTS)}"


def _footer(rng: random.Random, name: str, host: str) -> str:
    if rng.random() < 0.5:
        return ""
    return (
        f"\n\n_______________________________________________\n{name} mailing list\n"
        f"{name}@{host}\nhttp://{host}/mailman/listinfo/{name}"
    )


def _list_headers(rng: random.Random, name: str, host: str) -> dict[str, str]:
    if rng.random() < 0.6:
        # Archived list mail often lost these headers; the text must tell.
        return {}
    headers = {"List-Id": f"<{name}.{host}>", "Precedence": rng.choice(["list", "bulk"])}
    if rng.random() < 0.7:
        headers["List-Unsubscribe"] = f"<mailto:{name}-request@{host}?subject=unsubscribe>"
    return headers


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _question_text(rng: random.Random) -> str:
    lines = [_fill(rng, _pick(rng, tb.PROBLEMS)) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.6:
        lines.append(_pick(rng, tb.CHATTER))
    return " ".join(lines)


def question(rng: random.Random) -> Sample:
    person, name, host = _Person(rng), _pick(rng, tb.LISTS), _pick(rng, tb.LIST_HOSTS)
    subject = _fill(rng, _pick(rng, ("{thing} problem", "help with {thing}", "'{error}'")))
    if rng.random() < 0.5:
        subject = f"[{name}] {subject}"
    greet = _pick(rng, ("Hi all,\n\n", "Hello,\n\n", "", "Folks,\n\n"))
    body = greet + _question_text(rng) + "\n" + _signature(rng, person) + _footer(rng, name, host)
    return _sample(rng, subject, body, person, _list_headers(rng, name, host), "list-question")


def reply(rng: random.Random) -> Sample:
    person, other = _Person(rng), _Person(rng)
    name, host = _pick(rng, tb.LISTS), _pick(rng, tb.LIST_HOSTS)
    subject = "Re: " + _fill(rng, _pick(rng, ("{thing} problem", "{thing} {version}", "[OT] ")))
    quoted = _question_text(rng)
    if rng.random() < 0.5:
        quoted = quoted.replace(". ", ".\n")
    when = _sent(rng).strftime("%a, %d %b %Y")
    attribution = _pick(
        rng,
        (
            f"On {when}, {other.name} wrote:",
            f"{other.name} <{other.address}> wrote:",
            f"Quoting {other.first}:",
            f"* {other.name} ({other.address}) [{when}]:",
        ),
    )
    answer = " ".join(_fill(rng, _pick(rng, tb.ANSWERS)) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.5:
        body = f"{attribution}\n{_quote(quoted)}\n\n{answer}\n"
    else:
        first, _, rest = quoted.partition(". ")
        body = f"{attribution}\n{_quote(first + '.')}\n\n{answer}\n\n{_quote(rest or first)}\n"
    if rng.random() < 0.3:
        body += f"\n{_pick(rng, tb.CHATTER)}\n"
    body += _signature(rng, person) + _footer(rng, name, host)
    return _sample(rng, subject, body, person, _list_headers(rng, name, host), "list-reply")


def social(rng: random.Random) -> Sample:
    person, name, host = _Person(rng), _pick(rng, tb.LISTS), _pick(rng, tb.LIST_HOSTS)
    lines = [_fill(rng, _pick(rng, tb.SOCIAL)) for _ in range(rng.randint(1, 4))]
    subject = _pick(rng, ("Re: weekend", "[OT] random", "this made me laugh", "news", "Re: "))
    if subject == "Re: ":
        subject += _fill(rng, _pick(rng, tb.NEWS_TOPICS))
    body = "\n\n".join(lines) + "\n" + _signature(rng, person)
    if rng.random() < 0.4:
        other = _Person(rng)
        body = f"{other.first} wrote:\n{_quote(_fill(rng, _pick(rng, tb.SOCIAL)))}\n\n" + body
    body += _footer(rng, name, host)
    return _sample(rng, subject, body, person, _list_headers(rng, name, host), "chatter")


def digest(rng: random.Random) -> Sample:
    name, host = _pick(rng, tb.LISTS), _pick(rng, tb.LIST_HOSTS)
    items = [_fill(rng, _pick(rng, tb.NEWS_TOPICS)) for _ in range(rng.randint(3, 7))]
    kind = rng.choice(["digest", "news", "forum"])
    if kind == "digest":
        subject = f"{name} digest, Vol {rng.randint(1, 9)} #{rng.randint(10, 999)}"
        head = f"Send {name} mailing list submissions to\n\t{name}@{host}\n\nToday's Topics:\n"
    elif kind == "news":
        subject = f"Tech headlines for {_pick(rng, tb.DAYS)}"
        head = "Your daily technology news summary.\n\n"
    else:
        subject = f"New replies in {_pick(rng, tb.LISTS)} forum"
        head = "The following threads you are watching have new posts:\n\n"
    listing = "\n".join(f"  {i}. {item}" for i, item in enumerate(items, start=1))
    tail = _pick(
        rng,
        (
            "\n\nTo change your delivery options or unsubscribe, visit your account settings.",
            "\n\nYou received this because you subscribed. Manage your subscription online.",
            "",
        ),
    )
    person = _Person(rng)
    person.name, person.address = f"{name} list", f"{name}-bounces@{host}"
    headers = {"List-Id": f"<{name}.{host}>"} if rng.random() < 0.5 else {}
    return _sample(rng, subject, head + listing + tail + "\n", person, headers, "digest")


def spam(rng: random.Random) -> Sample:
    kind = _pick(rng, tuple(sb.SUBJECTS))
    host = _pick(rng, sb.SPAM_HOSTS)
    values = {
        "year": str(rng.choice([2002, 2003, 2024, 2025])),
        "pct": str(rng.choice([3, 4, 5, 20, 50, 70, 80])),
        "num": str(rng.randint(2, 60)),
        "num2": str(rng.choice([10, 14, 30])),
        "code": f"{rng.randint(1000, 99999)}",
        "ticker": _pick(rng, sb.TICKERS),
        "title": _pick(rng, sb.TITLES),
        "last": _pick(rng, tb.LAST),
        "phone": f"1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        "url": f"http://{host}/{rng.randint(10, 99)}",
        "domain": host,
    }
    subject = _pick(rng, sb.SUBJECTS[kind]).format(**values)
    parts = [_pick(rng, sb.OPENERS)]
    parts += [_pick(rng, sb.BODIES[kind]).format(**values) for _ in range(rng.randint(1, 2))]
    parts.append(_pick(rng, sb.CALLS).format(**values))
    parts.append(_pick(rng, sb.FOOTERS).format(**values))
    body = "\n\n".join(p for p in parts if p) + "\n"
    if rng.random() < 0.3:
        body = body.upper()
    person = _Person(rng)
    person.address = f"{rng.choice(['offers', 'info', person.first.lower()])}@{host}"
    if rng.random() < 0.3:
        person.name = ""
    headers = {"Precedence": "bulk"} if rng.random() < 0.2 else {}
    html = rng.random() < 0.35
    return _sample(rng, subject, body, person, headers, f"spam-{kind}", html=html)


def _sample(
    rng: random.Random,
    subject: str,
    body: str,
    person: _Person,
    headers: dict[str, str],
    kind: str,
    html: bool = False,
) -> Sample:
    html_text = None
    if html:
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        html_text = f"<html><body><font face='Arial'>{paragraphs}</font></body></html>"
    return Sample(
        subject=subject,
        body=body,
        sender_name=person.name,
        sender_address=person.address,
        sent=_sent(rng),
        relevant=False,
        categories=[],
        language="en",
        source=f"generated:lists/{kind}",
        html=html_text,
        html_only=html and rng.random() < 0.6,
        headers=headers,
        to=rng.choice(["info@example.com", "list@example.org", "undisclosed-recipients:;"]),
    )


BUILDERS: dict[str, Callable[[random.Random], Sample]] = {
    "question": question,
    "reply": reply,
    "social": social,
    "digest": digest,
    "spam": spam,
}


def samples() -> list[Sample]:
    """All samples, in a fixed order for the fixed seed."""
    rng = random.Random(SEED)
    out = [BUILDERS[kind](rng) for kind, n in COUNTS.items() for _ in range(n)]
    rng.shuffle(out)
    return out


def main() -> None:
    """Rewrite ``classifier/corpus/lists/`` from ``samples()``."""
    items = samples()
    write_corpus(OUTPUT, items, domain="lists")
    print(f"wrote {len(items)} messages to {OUTPUT}")


if __name__ == "__main__":
    main()
