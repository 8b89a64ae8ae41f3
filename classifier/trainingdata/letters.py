"""More request letters: long formal letters citing the law, reminders, and short notes, in
twelve languages including Czech, Croatian and Japanese (positives), plus everyday mail in the
languages the other generators do not cover (negatives).

The letters in ``requests.py`` state one request in one sentence. Real letters are longer and
carry words that belong to other rights: a rectification letter asks to notify the recipients
of the data and to confirm the correction, an erasure letter withdraws consent and objects to
further processing, a reminder names nothing but the article of the first letter. Here every
category gets such letters, so that the category models learn which words decide it:

- rectification: a list of wrong and correct values, notify the recipients, confirm;
- erasure: grounds, notify recipients, often a withdrawal of consent or an objection as well;
- objection vs consent withdrawal vs erasure: each with its own verbs;
- access vs portability: a copy and information vs a machine-readable export or transfer;
- reminders: "on <date> I sent you a request under Article N; the month has passed", labelled
  with the category of the first request (the article is the only clue).

Every text was written for this project (phrase banks in :mod:`letterbanks`), filled with a
fixed seed. Regenerate the corpus folder with::

    python -m classifier.trainingdata.letters
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from classifier.prediction import CATEGORIES
from classifier.trainingdata.eml import Sample, write_corpus
from classifier.trainingdata.products import PRODUCTS

SEED = 2026_0915
OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "letters"
FIRST_SENT = datetime(2024, 1, 1, tzinfo=UTC)
LAST_SENT = datetime(2026, 11, 15, tzinfo=UTC)

FORWARD_MARKERS = ("---------- Forwarded message ---------", "-----Original Message-----")
REMINDER_SHARE = 0.5
REMINDABLE = ("access", "rectification", "erasure", "restriction", "portability", "objection")


@dataclass(frozen=True)
class Letters:
    """Phrase banks for the request letters of one language."""

    code: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    """Entries "Display|ascii" give the form used in e-mail addresses."""
    domains: tuple[str, ...]
    tz: tuple[float, ...]
    months: tuple[str, ...]
    day_fmt: tuple[str, ...]
    refs: tuple[str, ...]
    arts: dict[str, str]
    greet: tuple[str, ...]
    greet_informal: tuple[str, ...]
    close: tuple[str, ...]
    close_informal: tuple[str, ...]
    identity: tuple[str, ...]
    subjects: dict[str, tuple[str, ...]]
    core: dict[str, tuple[str, ...]]
    """Formal statements of each request ({ref}, {product}, {account})."""
    detail: dict[str, tuple[str, ...]]
    """A second paragraph that belongs to the request (what exactly, which format...)."""
    informal: dict[str, tuple[str, ...]]
    field_intro: tuple[str, ...]
    fields: dict[str, tuple[str, str]]
    """Rectification: kind (name, address, email, phone, birth) -> (wrong label, right label)."""
    addresses: tuple[str, ...]
    notify: tuple[str, ...]
    """Tell the recipients of the data about the correction or erasure (Art. 19)."""
    consent_add: tuple[str, ...]
    object_add: tuple[str, ...]
    erase_add: tuple[str, ...]
    scope: tuple[str, ...]
    deadline: tuple[str, ...]
    escalate: tuple[str, ...]
    """Reserve the right to complain to the authority: a closing, not a complaint."""
    reminder: tuple[str, ...]
    """A follow-up naming only the date and the article ({date}, {ref})."""
    reminder_named: tuple[str, ...]
    """A follow-up naming the request ({date}, {what})."""
    reminder_more: tuple[str, ...]
    reminder_subjects: tuple[str, ...]
    what: dict[str, str]
    thanks: tuple[str, ...] = ()
    items_intro: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    """What an access letter lists, one numbered line each (copy, purposes, recipients...)."""
    alt_refs: tuple[str, ...] = ()
    alt_arts: dict[str, str] = field(default_factory=dict)
    joiner: str = " "
    """What separates sentences in one paragraph ("" for Japanese)."""


def _split(entry: str) -> tuple[str, str]:
    display, _, ascii_form = entry.partition("|")
    return display, (ascii_form or display)


_FOLD = str.maketrans(
    "áäčďéěëíĺľňóôöřŕšťúůüýžćđśźżłąęñçàèìòùâêîûãõåøæ",
    "aacdeeeillnooorrstuuuyzcdszzlaencaeiouaeiuaoaoa",
)


def _ascii(text: str) -> str:
    return text.lower().translate(_FOLD).replace(" ", "").replace("'", "")


@dataclass
class Writer:
    """One message being written: person, date, language, product."""

    bank: Letters
    rng: random.Random
    name: str
    email: str
    sent: datetime
    product: str
    account: str

    def ref(self, cat: str) -> str:
        bank = self.bank
        if bank.alt_refs and self.rng.random() < 0.3:
            return self.rng.choice(bank.alt_refs).format(art=bank.alt_arts[cat])
        return self.rng.choice(bank.refs).format(art=bank.arts[cat])

    def fill(self, text: str, cat: str = "access", **extra: str) -> str:
        return text.format(
            ref=self.ref(cat),
            product=self.product,
            account=self.account,
            name=self.name,
            email=self.email,
            **extra,
        )

    def pick(self, options: tuple[str, ...], cat: str = "access", **extra: str) -> str:
        return self.fill(self.rng.choice(options), cat, **extra)

    def day(self, day: date) -> str:
        bank = self.bank
        return self.rng.choice(bank.day_fmt).format(
            d=day.day,
            dd=f"{day.day:02d}",
            mm=f"{day.month:02d}",
            m=day.month,
            mon=bank.months[day.month - 1],
            y=day.year,
        )

    def fields(self) -> str:
        """Wrong and right values, one or two fields."""
        bank, rng = self.bank, self.rng
        kinds = rng.sample(sorted(bank.fields), rng.choice((1, 1, 2)))
        lines = []
        for kind in kinds:
            wrong_label, right_label = bank.fields[kind]
            wrong, right = self.values(kind)
            lines.append(f"{wrong_label}: {wrong}\n{right_label}: {right}")
        return rng.choice(bank.field_intro) + "\n" + "\n".join(lines)

    def values(self, kind: str) -> tuple[str, str]:
        rng = self.rng
        if kind == "address":
            a, b = rng.sample(self.bank.addresses, 2)
            return a.format(n=rng.randint(1, 120)), b.format(n=rng.randint(1, 120))
        if kind == "email":
            local, _, _ = self.email.partition("@")
            return f"{local}@{rng.choice(self.bank.domains)}", self.email
        if kind == "phone":
            return (
                f"+{rng.randint(30, 490)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                f"+{rng.randint(30, 490)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            )
        if kind == "birth":
            born = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
            mistyped = born.replace(day=born.day % 28 + 1)
            return self.day(mistyped), self.day(born)
        # name: a letter dropped or doubled
        right = self.name
        i = rng.randrange(1, max(2, len(right) - 1))
        wrong = (
            right[:i] + right[i + 1 :] if rng.random() < 0.5 else right[:i] + right[i] + right[i:]
        )
        return wrong, right


def _person(bank: Letters, rng: random.Random) -> tuple[str, str]:
    female = rng.random() < 0.5
    first, first_ascii = _split(rng.choice(bank.female if female else bank.male))
    last, last_ascii = _split(rng.choice(bank.surnames))
    a, b = _ascii(first_ascii), _ascii(last_ascii)
    local = rng.choice((f"{a}.{b}", f"{a}{b}{rng.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}"))
    if bank.code == "ja":
        return f"{last} {first}", f"{local}@{rng.choice(bank.domains)}"
    return f"{first} {last}", f"{local}@{rng.choice(bank.domains)}"


def _sent(bank: Letters, rng: random.Random) -> datetime:
    span = int((LAST_SENT - FIRST_SENT).total_seconds())
    moment = FIRST_SENT + timedelta(seconds=rng.randrange(span))
    return moment.astimezone(timezone(timedelta(hours=rng.choice(bank.tz))))


def _join(bank: Letters, *sentences: str) -> str:
    """Sentences in one paragraph, each closed by a full stop if the writer forgot it."""
    stop = "。" if bank.code == "ja" else "."
    closed = [s if s[-1] in ".!?。！？" else s + stop for s in sentences if s]
    return bank.joiner.join(closed)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def formal(w: Writer, cat: str) -> tuple[str, str, list[str]]:
    """A long letter for ``cat``; sometimes with the rights that usually come along."""
    bank, rng = w.bank, w.rng
    cats = [cat]
    paragraphs = [rng.choice(bank.greet)]
    core = w.pick(bank.core[cat], cat)
    if rng.random() < 0.5:
        paragraphs.append(w.pick(bank.identity))
        core = _capital(core)
    elif rng.random() < 0.4:
        core = _capital(core)
    paragraphs.append(core)
    if cat == "rectification":
        paragraphs.append(w.fields())
    if cat == "access" and bank.items and rng.random() < 0.5:
        chosen = [bank.items[0], *rng.sample(bank.items[1:], rng.randint(3, len(bank.items) - 1))]
        listed = "\n\n".join(f"{i}. {w.fill(item)}" for i, item in enumerate(chosen, start=1))
        paragraphs.append(rng.choice(bank.items_intro) + "\n\n" + listed)
    elif bank.detail.get(cat) and rng.random() < 0.7:
        paragraphs.append(w.pick(bank.detail[cat], cat))
    if cat == "erasure":
        if rng.random() < 0.45:
            paragraphs.append(w.pick(bank.consent_add, "consent_withdrawal"))
            cats.append("consent_withdrawal")
        if rng.random() < 0.25:
            paragraphs.append(w.pick(bank.object_add, "objection"))
            cats.append("objection")
    elif cat == "objection" and rng.random() < 0.35:
        paragraphs.append(w.pick(bank.consent_add, "consent_withdrawal"))
        cats.append("consent_withdrawal")
    elif cat == "consent_withdrawal" and rng.random() < 0.3:
        paragraphs.append(w.pick(bank.erase_add, "erasure"))
        cats.append("erasure")
    elif cat == "access" and rng.random() < 0.15:
        paragraphs.append(w.pick(bank.core["portability"], "portability"))
        cats.append("portability")
    if cat in ("rectification", "erasure", "restriction") and rng.random() < 0.6:
        paragraphs.append(w.pick(bank.notify, cat))
    if rng.random() < 0.4:
        paragraphs.append(w.pick(bank.scope))
    paragraphs.append(w.pick(bank.deadline))
    if rng.random() < 0.6:
        paragraphs.append(w.pick(bank.escalate, "complaint"))
    if bank.thanks and rng.random() < 0.5:
        paragraphs.append(rng.choice(bank.thanks))
    paragraphs.append(rng.choice(bank.close) + "\n" + w.name)
    subject = rng.choice(bank.subjects[cat])
    return subject, "\n\n".join(paragraphs) + "\n", cats


def reminder(w: Writer, cat: str) -> tuple[str, str, list[str]]:
    """A follow-up to an unanswered request: the article (or a name) is the only clue."""
    bank, rng = w.bank, w.rng
    first = w.sent.date() - timedelta(days=rng.randint(32, 80))
    when = w.day(first)
    if rng.random() < 0.8:
        opening = w.fill(rng.choice(bank.reminder), cat, date=when)
    else:
        opening = w.fill(rng.choice(bank.reminder_named), cat, date=when, what=bank.what[cat])
    paragraphs = [rng.choice(bank.greet), opening, w.pick(bank.reminder_more, "complaint")]
    if bank.thanks and rng.random() < 0.5:
        paragraphs.append(rng.choice(bank.thanks))
    paragraphs.append(rng.choice(bank.close) + "\n" + w.name)
    subject = rng.choice(bank.reminder_subjects).format(date=when)
    body = "\n\n".join(paragraphs) + "\n"
    if rng.random() < 0.3:
        # The first letter below the reminder, forwarded or quoted as mail clients do.
        first_subject, first_body, _ = formal(w, cat)
        header = "\n".join(
            (
                rng.choice(FORWARD_MARKERS),
                f"From: {w.name} <{w.email}>",
                f"Date: {first:%a, %d %b %Y}",
                f"Subject: {first_subject}",
            )
        )
        if rng.random() < 0.5:
            body += "\n" + header + "\n\n" + first_body
        else:
            quoted = "\n".join(("> " + line).rstrip() for line in first_body.splitlines())
            body += "\n" + header + "\n\n" + quoted + "\n"
    return subject, body, [cat]


def informal(w: Writer, cat: str) -> tuple[str, str, list[str]]:
    """A short note, as people type it."""
    bank, rng = w.bank, w.rng
    cats = [cat]
    text = w.pick(bank.informal[cat], cat)
    if rng.random() < 0.2:
        other = rng.choice(
            {
                "erasure": ("consent_withdrawal", "objection", "access"),
                "access": ("erasure", "inquiry"),
                "objection": ("erasure",),
                "consent_withdrawal": ("erasure",),
                "complaint": ("access",),
            }.get(cat, ("access",))
        )
        if other != cat:
            text = _join(bank, text, w.pick(bank.informal[other], other))
            cats.append(other)
    parts = []
    if rng.random() < 0.6:
        parts.append(rng.choice(bank.greet_informal))
    parts.append(text)
    parts.append((rng.choice(bank.close_informal) + "\n" + w.name.split(" ")[0]).strip())
    if rng.random() < 0.5:
        subject = rng.choice(bank.subjects[cat])
    else:
        subject = rng.choice(bank.subjects[cat]).lower()
    return subject, "\n\n".join(parts) + "\n", cats


def letter_samples(bank: Letters, rng: random.Random, count: int) -> list[Sample]:
    out = []
    offset = rng.randrange(len(CATEGORIES))
    for i in range(count):
        cat = CATEGORIES[(i + offset) % len(CATEGORIES)]
        name, email = _person(bank, rng)
        sent = _sent(bank, rng)
        account = rng.choice((email, f"{rng.randint(1_000_000, 9_999_999)}", email.split("@")[0]))
        w = Writer(bank, rng, name, email, sent, rng.choice(PRODUCTS), account)
        roll = rng.random()
        if cat in REMINDABLE and roll < REMINDER_SHARE:
            style, (subject, body, cats) = "reminder", reminder(w, cat)
        elif roll < 0.7:
            style, (subject, body, cats) = "formal", formal(w, cat)
        else:
            style, (subject, body, cats) = "informal", informal(w, cat)
        out.append(
            Sample(
                subject=subject,
                body=body,
                sender_name=name,
                sender_address=email,
                sent=sent,
                relevant=True,
                categories=cats,
                language=bank.code,
                source=f"generated:letters/{style}",
            )
        )
    return out


def samples() -> list[Sample]:
    """Every letter and negative, in a fixed shuffled order."""
    from classifier.trainingdata.letterbanks import BANKS, COUNTS
    from classifier.trainingdata.localmail import explainer_samples, local_samples

    rng = random.Random(SEED)
    out: list[Sample] = []
    for bank in BANKS:
        out.extend(letter_samples(bank, rng, COUNTS[bank.code]))
    out.extend(local_samples(rng))
    out.extend(explainer_samples(rng))
    rng.shuffle(out)
    return out


def main() -> None:
    corpus = samples()
    write_corpus(OUTPUT, corpus, domain="letters")
    print(f"wrote {len(corpus)} messages to {OUTPUT}")


if __name__ == "__main__":
    main()
