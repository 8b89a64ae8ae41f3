"""Mail about our mail: "why do you write to me, I never signed up", "where did you get my
address", and the everyday mail that looks like it.

Positives: people who never signed up asking why we write to them, where we got their address
or number, what we hold about them, or asking us to delete it, short and informal (often as a
reply to a newsletter) or as a formal letter citing the source of the data (Art. 15(1)(g) GDPR).
Asking where a company got one's data is an access request (the source is part of what Art. 15
gives), and wanting it gone is an erasure; "take me off the list" alone is an objection to
direct marketing (DOMAIN.md: "stop emailing me promotions"), so it is a request too and never
a negative here.

Negatives that share their words: a customer asking why a parcel or invoice notification came,
a newsletter or shop mail saying "you receive this because you signed up", a double opt-in
confirmation ("if you did not sign up, ignore this email"), a sign-up whose confirmation never
arrived, a sales pitch explaining why it writes, bulk spam with its "reply REMOVE" footer.

Every text was written for this project (phrase banks in :mod:`unsolicitedbanks`), filled with
a fixed seed. Regenerate the corpus folder with::

    python -m classifier.trainingdata.unsolicited
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from classifier.trainingdata.eml import Sample, write_corpus
from classifier.trainingdata.products import PRODUCTS

SEED = 2026_1130
OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "unsolicited"
FIRST = datetime(2024, 1, 1, tzinfo=UTC)
SPAN_DAYS = 1050
OUR_NEWSLETTER = "Example <news@example.com>"


@dataclass(frozen=True)
class Ask:
    """A message to us about our mail or the data we hold on the writer: a request."""

    cats: tuple[str, ...]
    """Labelled categories, the main one first."""
    formal: bool
    subjects: tuple[str, ...]
    body: str
    reply: bool = False
    """Sometimes written as a reply to our newsletter (its subject, now and then quoted)."""


@dataclass(frozen=True)
class Like:
    """Everyday mail that shares the words of an :class:`Ask` and asks nothing of the kind."""

    kind: str
    sender: str
    """person (a customer, wrapped in a greeting), company (a pitch, signed), noreply, spam."""
    subjects: tuple[str, ...]
    body: str
    headers: str = "none"
    """none, list (List-Id, List-Unsubscribe, Precedence), maybe-list (half of them), bulk."""


@dataclass(frozen=True)
class Lang:
    """Everything one language needs: people, wrappers, and the asks and look-alikes."""

    code: str
    people: tuple[str, ...]
    """"Display|local" pairs: the name and the local part of their address."""
    freemail: tuple[str, ...]
    companies: tuple[str, ...]
    """"Display|domain" pairs of other companies (newsletters, pitches)."""
    cities: tuple[str, ...]
    tz: tuple[int, ...]
    """UTC offsets in minutes."""
    day_fmt: str
    hello: tuple[str, ...]
    dear: tuple[str, ...]
    bye: tuple[str, ...]
    """Informal sign-offs; "" signs with the first name only."""
    regards: tuple[str, ...]
    reply_prefix: str
    wrote: str
    """The attribution line of a quoted reply ({date}, {sender})."""
    promos: tuple[str, ...]
    """Subjects of our own newsletter, which an Ask may reply to."""
    promo_lines: tuple[str, ...]
    asks: tuple[Ask, ...]
    likes: tuple[Like, ...]
    n_asks: int
    n_likes: int


_CHOICE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_KEY = re.compile(r"\{([a-z_]+)\}")


def render(text: str, fill: dict[str, str], rng: random.Random) -> str:
    """Resolve ``[[a|b]]`` alternatives, then ``{key}`` fills (an unknown key is an error)."""
    text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    return _KEY.sub(lambda m: fill[m.group(1)], text)


def split_pair(entry: str) -> tuple[str, str]:
    """A "Display|ascii" bank entry as its two parts."""
    display, _, ascii_form = entry.partition("|")
    return display, ascii_form or display.lower().replace(" ", ".")


def sent_at(rng: random.Random, offsets: tuple[int, ...]) -> datetime:
    """A sending time in the corpus period, in one of ``offsets`` (minutes from UTC)."""
    moment = FIRST + timedelta(days=rng.randrange(SPAN_DAYS), minutes=rng.randrange(1440))
    return moment.astimezone(timezone(timedelta(minutes=rng.choice(offsets))))


def day_text(fmt: str, day: date) -> str:
    return fmt.format(
        d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=day.year
    )


def person_body(
    rng: random.Random,
    text: str,
    formal: bool,
    name: str,
    hello: tuple[str, ...],
    dear: tuple[str, ...],
    bye: tuple[str, ...],
    regards: tuple[str, ...],
    signature: str = "",
) -> str:
    """``text`` as a person writes it: a greeting and sign-off when formal, maybe when not."""
    if formal:
        sign = rng.choice(regards) + "\n" + name + (f"\n{signature}" if signature else "")
        return "\n\n".join((rng.choice(dear), text, sign)) + "\n"
    parts = []
    if rng.random() < 0.55:
        parts.append(rng.choice(hello))
    parts.append(text)
    if rng.random() < 0.65:
        parts.append((rng.choice(bye) + "\n" + name.split(" ")[0]).strip())
    return "\n\n".join(parts) + "\n"


def list_headers(rng: random.Random, company: str, domain: str) -> dict[str, str]:
    token = f"{rng.randint(10**7, 10**8 - 1):x}"
    return {
        "List-Id": f"{company} <news.{domain}>",
        "List-Unsubscribe": f"<https://{domain}/unsubscribe?u={token}>",
        "Precedence": "bulk",
    }


_SPAM_HOSTS = ("offers-direct.biz", "mailblast-pro.net", "deal-zone24.com", "optin-rewards.info")


def _fill(lang: Lang, rng: random.Random, sent: datetime) -> dict[str, str]:
    company, domain = split_pair(rng.choice(lang.companies))
    other = sent.date() + timedelta(days=rng.choice((-1, 1)) * rng.randint(3, 30))
    return {
        "product": rng.choice(PRODUCTS),
        "order": f"{rng.choice(('', 'EX', 'WEB-'))}{rng.randint(100000, 999999)}",
        "date": day_text(lang.day_fmt, other),
        "company": company,
        "domain": domain,
        "url": f"https://www.{domain}/{rng.choice(('deals', 'shop', 'news', 'go'))}",
        "city": rng.choice(lang.cities),
        "n": str(rng.choice((5, 10, 12, 20, 25, 50))),
        "pct": str(rng.choice((10, 15, 20, 25, 30, 40))),
    }


def _person(lang: Lang, rng: random.Random) -> tuple[str, str]:
    display, local = split_pair(rng.choice(lang.people))
    if rng.random() < 0.4:
        local = f"{local.replace('.', '')}{rng.randint(2, 99)}"
    return display, f"{local}@{rng.choice(lang.freemail)}"


def ask_sample(lang: Lang, ask: Ask, rng: random.Random) -> Sample:
    sent = sent_at(rng, lang.tz)
    fill = _fill(lang, rng, sent)
    name, address = _person(lang, rng)
    fill["email"] = address
    text = render(ask.body, fill, rng)
    if not ask.formal and rng.random() < 0.2:
        body = text + "\n"  # one line, as typed on a phone
    else:
        body = person_body(
            rng, text, ask.formal, name, lang.hello, lang.dear, lang.bye, lang.regards
        )
    if ask.reply and rng.random() < 0.6:
        promo = render(rng.choice(lang.promos), fill, rng)
        subject = lang.reply_prefix + promo
        if rng.random() < 0.5:
            when = day_text(lang.day_fmt, sent.date() - timedelta(days=rng.randint(0, 3)))
            quoted = [render(line, fill, rng) for line in rng.sample(lang.promo_lines, 2)]
            body += (
                "\n"
                + lang.wrote.format(date=when, sender=OUR_NEWSLETTER)
                + "\n"
                + "\n".join(f"> {line}" for line in (promo, "", *quoted))
                + "\n"
            )
    else:
        subject = render(rng.choice(ask.subjects), fill, rng)
        if not ask.formal and rng.random() < 0.3:
            subject = subject.lower()
    return Sample(
        subject=subject,
        body=body,
        sender_name=name if rng.random() < 0.8 else "",
        sender_address=address,
        sent=sent,
        relevant=True,
        categories=list(ask.cats),
        language=lang.code,
        source=f"generated:unsolicited/ask-{'formal' if ask.formal else 'informal'}",
    )


def like_sample(lang: Lang, like: Like, rng: random.Random, corpus: str = "unsolicited") -> Sample:
    sent = sent_at(rng, lang.tz)
    fill = _fill(lang, rng, sent)
    name, address = _person(lang, rng)
    first = name.split(" ")[0]
    fill["name"] = name
    fill["email"] = address
    text = render(like.body, fill, rng)
    subject = render(rng.choice(like.subjects), fill, rng)
    headers: dict[str, str] = {}
    if like.sender == "person":
        body = person_body(
            rng, text, rng.random() < 0.25, name, lang.hello, lang.dear, lang.bye, lang.regards
        )
    elif like.sender == "company":
        local = rng.choice((split_pair(rng.choice(lang.people))[1], first.lower()))
        address = f"{local}@{fill['domain']}"
        body = person_body(
            rng,
            text,
            True,
            name,
            lang.hello,
            lang.dear,
            lang.bye,
            lang.regards,
            signature=fill["company"],
        )
    elif like.sender == "noreply":
        name = fill["company"]
        address = f"{rng.choice(('no-reply', 'newsletter', 'hello', 'info'))}@{fill['domain']}"
        body = text + "\n"
    elif like.sender == "spam":
        name = rng.choice(("", "Special Offers", "Member Rewards", "Customer Desk"))
        address = f"{rng.choice(('promo', 'offers', 'info'))}@{rng.choice(_SPAM_HOSTS)}"
        body = text + "\n"
    else:
        raise ValueError(like.sender)
    if like.headers == "list" or (like.headers == "maybe-list" and rng.random() < 0.5):
        headers = list_headers(rng, fill["company"], fill["domain"])
    elif like.headers == "bulk" and rng.random() < 0.5:
        headers = {"Precedence": "bulk"}
    return Sample(
        subject=subject,
        body=body,
        sender_name=name,
        sender_address=address,
        sent=sent,
        relevant=False,
        categories=[],
        language=lang.code,
        source=f"generated:{corpus}/{like.kind}",
        headers=headers,
    )


def samples() -> list[Sample]:
    """Every ask and look-alike of every language, in a fixed shuffled order."""
    from classifier.trainingdata.unsolicitedbanks import LANGS

    rng = random.Random(SEED)
    out: list[Sample] = []
    for lang in LANGS:
        out.extend(ask_sample(lang, lang.asks[i % len(lang.asks)], rng) for i in range(lang.n_asks))
        out.extend(
            like_sample(lang, lang.likes[i % len(lang.likes)], rng) for i in range(lang.n_likes)
        )
    rng.shuffle(out)
    return out


def main() -> None:
    corpus = samples()
    write_corpus(OUTPUT, corpus, domain="unsolicited")
    print(f"wrote {len(corpus)} messages to {OUTPUT}")


if __name__ == "__main__":
    main()
