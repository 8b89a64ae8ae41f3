"""Generated mail for the crash test and the ingest benchmark: varied, unique, reproducible.

Each message has its own sender and Message-ID, so none is a duplicate or a reply of another,
and a seeded ``random.Random`` makes a run repeatable. About one in eight is a data subject
request; the rest are the usual traffic of a company mailbox (support, sales, invoices,
newsletters). Sizes are set by padding the body with generated text; attachments are random
bytes (incompressible, like PDFs and photos) or generated CSV.
"""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime

FIRST = ["Ana", "Jonas", "Mei", "Omar", "Lena", "Pierre", "Sofia", "Ravi", "Ines", "Tomasz"]
LAST = ["Example", "Muster", "Dupont", "Rossi", "Nowak", "Silva", "Tanaka", "Okafor", "Berg"]
WORDS = [
    "account", "order", "device", "camera", "band", "update", "firmware", "delivery",
    "invoice", "meeting", "offer", "price", "support", "warranty", "return", "battery",
    "screen", "app", "login", "password", "team", "week", "month", "report", "schedule",
    "partner", "shipment", "quote", "contract", "review", "feature", "release", "customer",
    "service", "question", "issue", "problem", "thanks", "please", "regards", "hello", "today",
    "tomorrow", "office", "product",
]  # fmt: skip

REQUESTS = [
    (
        "Request for a copy of my personal data",
        "under Article 15 GDPR I ask for a copy of all personal data you hold about me, the "
        "purposes of the processing and the recipients you disclosed it to.",
    ),
    (
        "Please delete my account",
        "I want you to erase my account and all personal data you store about me, as is my "
        "right under Article 17 GDPR. Please confirm once it is done.",
    ),
    (
        "Löschung meiner Daten",
        "bitte löschen Sie mein Konto und alle zu meiner Person gespeicherten Daten gemäß "
        "Art. 17 DSGVO und bestätigen Sie mir die Löschung.",
    ),
    (
        "Data access request",
        "please tell me what personal information you have collected about me since 2024 and "
        "send me a copy of it, including the location history from my camera app.",
    ),
]
OTHERS = [
    ("Question about my order", "my order has not arrived yet. Could you check the delivery?"),
    ("Partnership proposal", "we would like to present our services for your next product."),
    ("Invoice attached", "please find attached our invoice for last month's deliveries."),
    ("Weekly newsletter", "here are this week's news about smart home devices and offers."),
    ("Warranty claim", "the strap of my band broke after two months; is this covered?"),
    ("Meeting next week", "can we move our meeting to Thursday afternoon at the office?"),
]


def _filler(rng: random.Random, size: int) -> str:
    """Generated sentences, wrapped below 78 characters, in paragraphs: ``size`` characters."""
    words = rng.choices(WORDS, k=size // 7 + 1)
    lines: list[str] = []
    for start in range(0, len(words), 10):
        line = " ".join(words[start : start + 10])
        lines.append(line.capitalize() + ".")
        if rng.random() < 0.15:
            lines.append("")
    return "\r\n".join(lines)


def _html(text: str) -> str:
    paragraphs = text.replace("\r\n\r\n", "\x00").replace("\r\n", " ").split("\x00")
    body = "\r\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body>\r\n{body}\r\n</body></html>"


def _base64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def make_message(
    rng: random.Random,
    index: int,
    *,
    min_size: int = 2_000,
    max_size: int = 50_000,
    attachment_share: float = 1 / 3,
    request_share: float = 1 / 8,
    domain: str = "gen.example",
) -> bytes:
    """One message of roughly ``min_size``..``max_size`` bytes (CRLF), unique by ``index``."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    sender = f"{first.lower()}.{last.lower()}.{index}@{domain}"
    is_request = rng.random() < request_share
    subject, opening = rng.choice(REQUESTS if is_request else OTHERS)
    target = rng.randint(min_size, max_size)
    attach = rng.random() < attachment_share
    html = not attach and rng.random() < 0.3
    text_size = max(200, target // 4 if attach else (target - 900) // (2 if html else 1))
    text = (
        f"Hello,\r\n\r\n{opening}\r\n\r\n{_filler(rng, text_size)}\r\n\r\n"
        f"Best regards,\r\n{first} {last}\r\n"
    )
    sent = datetime(2026, 11, 2, 8, tzinfo=UTC) + timedelta(minutes=index)
    boundary = f"=_gen_{index}_{rng.getrandbits(48):012x}"
    head = (
        f"From: {first} {last} <{sender}>\r\n"
        "To: info@acme-devices.example\r\n"
        f"Subject: {_subject(subject)} ({index})\r\n"
        f"Date: {format_datetime(sent)}\r\n"
        f"Message-ID: <gen-{index}-{rng.getrandbits(32):08x}@{domain}>\r\n"
        "MIME-Version: 1.0\r\n"
    )
    text_part = (
        f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}"
    )
    if attach:
        room = max(500, target - len(text) - 900)
        if rng.random() < 0.5:
            # Base64 grows bytes by 4/3: this many random bytes fill the room.
            name, kind = f"document-{index}.pdf", "application/pdf"
            data = rng.randbytes(room * 3 // 4)
        else:
            rows = ["date,item,quantity,price"]
            total = 0
            while total < room * 3 // 4:
                day = f"2026-10-{rng.randint(1, 28):02d}"
                rows.append(f"{day},{rng.choice(WORDS)},{rng.randint(1, 90)},{rng.random():.2f}")
                total += len(rows[-1]) + 1
            name, kind = f"items-{index}.csv", "text/csv"
            data = ("\n".join(rows) + "\n").encode()
        body = (
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            f"This is a multi-part message in MIME format.\r\n\r\n--{boundary}\r\n{text_part}"
            f"\r\n--{boundary}\r\n"
            f'Content-Type: {kind}; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{_base64(data)}\r\n--{boundary}--\r\n"
        )
    elif html:
        body = (
            f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\n{text_part}\r\n--{boundary}\r\n"
            "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{_html(text)}\r\n--{boundary}--\r\n"
        )
    else:
        body = text_part
    return (head + body).encode("utf-8")


def _subject(subject: str) -> str:
    # A non-ASCII subject travels as an RFC 2047 encoded word.
    if subject.isascii():
        return subject
    return str(Header(subject, "utf-8").encode())


def make_messages(
    count: int,
    *,
    seed: int = 0,
    start: int = 0,
    min_size: int = 2_000,
    max_size: int = 50_000,
    attachment_share: float = 1 / 3,
) -> list[bytes]:
    """``count`` messages numbered from ``start`` (see :func:`make_message`)."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    return [
        make_message(
            rng,
            start + i,
            min_size=min_size,
            max_size=max_size,
            attachment_share=attachment_share,
        )
        for i in range(count)
    ]
