"""The project's own corpus of data subject requests (positives), generated deterministically.

Messages are assembled from phrase banks in ten languages (greeting, identity line, one or more
request sentences per category, an optional time range, optional context and distractor dates,
closing, signature) in several styles: formal letters citing the law, phone one-liners with
typos, requests buried in support questions, replies above a quoted thread, forwards from a
colleague, HTML-only contact-form mail, parents writing for a child and authorised agents.
About forty hand-written unusual messages are added at the end.

Time ranges are computed from each message's ``sent`` date following the conventions of
DOMAIN.md, so the labels are exact. Regenerate the folder with::

    python -m classifier.trainingdata.requests
"""

from __future__ import annotations

import calendar
import html
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from classifier.prediction import CATEGORIES
from classifier.trainingdata.eml import Sample, write_corpus
from classifier.trainingdata.products import KID_PRODUCTS, PRODUCTS

SEED = 15_17_20_21
"""Fixed seed: the corpus must be byte-identical on every run."""

OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "requests"


FIRST_SENT = datetime(2024, 1, 1, tzinfo=UTC)
LAST_SENT = datetime(2026, 11, 15, tzinfo=UTC)

Range = tuple[date | None, date | None]


# --------------------------------------------------------------------------------------------
# Calendar helpers (the conventions of DOMAIN.md)
# --------------------------------------------------------------------------------------------


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """Shift by whole months, clamping to the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_before(day: date, months: int) -> tuple[int, int]:
    """(year, month) of the month ``months`` before the month of ``day``."""
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


# --------------------------------------------------------------------------------------------
# Phrase banks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bank:
    """Everything needed to write a request in one language."""

    code: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    domains: tuple[str, ...]
    tz: tuple[float, ...]
    months: tuple[str, ...]
    """Month names as used in "March 2023" and after a day number (Polish: genitive)."""
    day_fmt: tuple[str, ...]
    """Patterns for one date: {d} day, {dfr} French day, {dd} {mm} zero-padded, {mon}, {y}."""
    month_fmt: str
    """Pattern for a month of a year: {mon}, {m}, {y}."""
    numbers: dict[int, str]
    ranges: dict[str, tuple[str, ...]]
    carriers: tuple[str, ...]
    objects: tuple[str, ...]
    refs: tuple[str, ...]
    arts: dict[str, str]
    greet_formal: tuple[str, ...]
    greet_informal: tuple[str, ...]
    close_formal: tuple[str, ...]
    close_informal: tuple[str, ...]
    identity: tuple[str, ...]
    verify: tuple[str, ...]
    deadline: tuple[str, ...]
    order: tuple[str, ...]
    reminder: tuple[str, ...]
    context: tuple[str, ...]
    mobile: tuple[str, ...]
    list_intro: tuple[str, ...]
    subjects: dict[str, tuple[str, ...]]
    casual_subjects: tuple[str, ...]
    support_subjects: tuple[str, ...]
    formal: dict[str, tuple[str, ...]]
    informal: dict[str, tuple[str, ...]]
    guardian_intro: tuple[str, ...]
    parent_words: tuple[str, str]
    child_words: tuple[str, str]
    guardian: dict[str, tuple[str, ...]]
    agent_intro: tuple[str, ...]
    agent: dict[str, tuple[str, ...]]
    quote_header: str
    quoted: tuple[str, ...]
    forward_note: tuple[str, ...]
    forward_marker: str
    addresses: tuple[str, ...]
    phones: tuple[str, ...]
    support_name: str
    colleagues: tuple[str, ...]


EN = Bank(
    code="en",
    male=(
        "James",
        "Michael",
        "David",
        "Daniel",
        "Ryan",
        "Chris",
        "Tom",
        "Kevin",
        "Marcus",
        "Ethan",
    ),
    female=("Emily", "Sarah", "Olivia", "Hannah", "Megan", "Priya", "Laura", "Jessica", "Aisha"),
    surnames=(
        "Smith",
        "Johnson",
        "Brown",
        "Taylor",
        "Wilson",
        "Patel",
        "Evans",
        "Walker",
        "Robinson",
        "Clarke",
        "Nguyen",
        "Garcia",
        "Murphy",
        "Hughes",
        "O'Connor",
    ),
    domains=("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk"),
    tz=(-8, -7, -5, -4, 0, 1),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    day_fmt=("{d} {mon} {y}", "{mon} {d}, {y}"),
    month_fmt="{mon} {y}",
    numbers={2: "two", 3: "three", 6: "six", 12: "twelve"},
    ranges={
        "since_month": ("since {m1}", "from {m1} onwards", "since the start of {m1}"),
        "since_year": ("since {y1}", "from {y1} onwards"),
        "since_day": ("since {d1}", "collected since {d1}"),
        "month_range": ("from {m1} to {m2}", "between {m1} and {m2}", "for {m1} through {m2}"),
        "month_range_same_year": ("from {mon1} to {mon2} {y1}", "between {mon1} and {mon2} {y1}"),
        "day_range": ("from {d1} to {d2}", "between {d1} and {d2}"),
        "day_range_same_month": ("between {a} and {b} {mon} {y1}", "from {a} to {b} {mon} {y1}"),
        "yearless_day_range": ("between {a} and {b} {mon}", "from {mon} {a} to {mon} {b}"),
        "year": ("for {y1}", "from the year {y1}", "covering {y1}"),
        "year_range": ("from {y1} to {y2}", "between {y1} and {y2}"),
        "until_month": ("until {m2}", "up to and including {m2}"),
        "until_year": ("up to the end of {y2}", "until {y2}"),
        "last_n_months": ("from the last {n} months", "for the past {n} months"),
        "last_n_days": ("from the last {n} days", "for the past {n} days"),
        "last_year": ("from last year",),
        "last_month": ("from last month",),
    },
    carriers=(
        "In particular I am interested in {obj} {range}.",
        "This concerns {obj} {range}.",
        "Please make sure this covers {obj} {range}.",
        "I mean specifically {obj} {range}.",
    ),
    objects=(
        "all location data",
        "my CloudCam recordings",
        "my order history",
        "the login history",
        "all data",
        "the heart rate and sleep data from my FitBand",
        "the doorbell snapshots",
        "any voice recordings",
    ),
    refs=("Article {art} of the GDPR", "Art. {art} GDPR"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7(3)",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=(
        "Dear Sir or Madam,",
        "To whom it may concern,",
        "Dear Data Protection Officer,",
        "Dear Privacy Team,",
    ),
    greet_informal=("Hi,", "Hello,", "Hey there,", "Hi team,", "hi"),
    close_formal=("Yours faithfully,", "Kind regards,", "Sincerely,", "Best regards,"),
    close_informal=("Thanks", "thx", "Cheers", "Thanks in advance!", "Regards"),
    identity=(
        "My name is {name} and my account is registered under {account}.",
        "I am a customer of yours (customer number {cid}, account email {email}).",
        "I write as the holder of the account {account}.",
        "My details: {name}, registered email {email}, customer no. {cid}.",
    ),
    verify=(
        "I am happy to provide proof of identity if you need it.",
        "If you need to verify my identity, please let me know what you require.",
        "A copy of my driving licence can be supplied on request.",
    ),
    deadline=(
        "Please respond within one month of receipt, as required by Article 12(3) GDPR.",
        "I expect your reply within the statutory period of one month.",
        "Please confirm receipt of this request and reply within 30 days.",
    ),
    order=(
        "For reference, I bought my {product} on {date} (order {order}).",
        "My {product} was delivered on {date}, order number {order}.",
    ),
    reminder=(
        "I already wrote to you about this on {date} but have not heard back.",
        "This follows my earlier email of {date}.",
    ),
    context=(
        "My {product} keeps going offline every night and the app shows an error.",
        "I've been trying to reset my {product} password and the link never arrives.",
        "The {product} stopped syncing after the last firmware update.",
        "Quick question first about my {product}: is it normal that it gets warm?",
    ),
    mobile=(
        "Sent from my iPhone",
        "Sent from my Galaxy",
        "Sent from Outlook for Android",
        "Sent from my iPad",
    ),
    list_intro=("I am making the following requests:", "Please deal with each of the following:"),
    subjects={
        "access": (
            "Subject access request",
            "Data subject access request (Art. 15 GDPR)",
            "Request for a copy of my personal data",
            "Right to know request",
        ),
        "rectification": (
            "Request to correct my personal data",
            "Rectification request",
            "Incorrect details on my account",
        ),
        "erasure": (
            "Request for erasure of personal data",
            "Account deletion request",
            "Right to be forgotten",
            "Request to delete my data",
        ),
        "restriction": (
            "Request to restrict processing",
            "Restriction of processing (Art. 18)",
            "Please pause processing of my data",
        ),
        "portability": (
            "Data portability request",
            "Request to export my data",
            "Machine-readable copy of my data",
        ),
        "objection": (
            "Objection to processing",
            "Do Not Sell or Share My Personal Information",
            "Opt-out of direct marketing",
            "Objection to profiling",
        ),
        "consent_withdrawal": (
            "Withdrawal of consent",
            "I withdraw my consent",
            "Revoking consent for data processing",
        ),
        "complaint": (
            "Complaint about handling of my data",
            "Possible data breach",
            "My account was hacked",
            "Formal complaint",
        ),
        "inquiry": (
            "Question about your privacy policy",
            "Where is my data stored?",
            "Query regarding processing of my personal data",
        ),
    },
    casual_subjects=("hi", "question", "my account", "data", "help", "quick q", "urgent"),
    support_subjects=(
        "{product} problem",
        "Issue with my {product}",
        "{product} offline again",
        "Re: support ticket",
        "help with {product}",
    ),
    formal={
        "access": (
            "Under {ref}, I request access to all personal data you hold about me, together with "
            "the purposes of processing, the recipients, the retention period and the source "
            "of the data.",
            "Please provide a copy of all personal information you have collected about me, "
            "including data from my {product}, as I am entitled to under {ref}.",
            "I am exercising my right of access under {ref} and ask you to confirm whether you "
            "process my personal data and, if so, to send me a copy of it.",
        ),
        "rectification": (
            "Under {ref}, I ask you to correct the inaccurate personal data in my account: my "
            "surname is misspelt and the postal address on file is out of date.",
            "The date of birth stored in my {product} profile is wrong. Please rectify it without "
            "undue delay as required by {ref}.",
            "I request that you complete and correct my personal data under {ref}; the phone "
            "number linked to {account} no longer belongs to me.",
        ),
        "erasure": (
            "Under {ref}, I request the erasure of all personal data relating to me, including my "
            "{product} account and any copies held by your processors.",
            "Please delete my account {account} and all associated personal data. I am exercising "
            "my right to erasure under {ref}.",
            "I no longer use your services and request that you erase my personal data without "
            "undue delay, in accordance with {ref}.",
        ),
        "restriction": (
            "Under {ref}, I request that you restrict the processing of my personal data while "
            "the accuracy of the data in my profile is being verified.",
            "Please do not delete my data, but restrict its processing under {ref}; I need the "
            "{product} recordings for a legal claim.",
            "I ask you to suspend all processing of my personal data other than storage, as "
            "provided for in {ref}.",
        ),
        "portability": (
            "Under {ref}, I request the personal data I have provided to you in a structured, "
            "commonly used and machine-readable format such as CSV or JSON.",
            "Please transmit my {product} data directly to another provider, or send it to me in "
            "a machine-readable format, as I am entitled to under {ref}.",
            "I am exercising my right to data portability under {ref} and ask for an export of "
            "my account {account}, including activity history and settings.",
        ),
        "objection": (
            "Under {ref}, I object to the processing of my personal data for direct marketing "
            "purposes, including any profiling related to such marketing.",
            "I object, under {ref}, to the use of my {product} usage data for profiling and "
            "personalised advertising.",
            "Please stop sharing my personal information with advertising partners. I object to "
            "this processing under {ref}.",
        ),
        "consent_withdrawal": (
            "I hereby withdraw the consent I previously gave for location tracking in the "
            "{product}, in accordance with {ref}.",
            "I no longer consent to you collecting and processing my voice recordings. Please "
            "treat this as a withdrawal of consent under {ref}.",
            "Please note that I withdraw all consents given in connection with my account "
            "{account}, effective immediately ({ref}).",
        ),
        "complaint": (
            "I wish to make a formal complaint about the way my personal data has been handled. "
            "My previous request was ignored, and I reserve the right to complain to the "
            "supervisory authority under {ref}.",
            "I believe my account {account} has been compromised: I received login alerts from a "
            "country I have never visited and my {product} settings were changed. Please tell me "
            "what data was accessed and what you are doing about it.",
            "I am reporting a suspected personal data breach. Strangers appear to have viewed the "
            "live feed of my {product}. I expect a full explanation and reserve my rights under "
            "{ref}.",
        ),
        "inquiry": (
            "Under {ref}, please inform me in which countries my personal data is stored and "
            "processed, and which safeguards apply to transfers abroad.",
            "Could you please explain which categories of my data are collected by the {product}, "
            "for what purposes, and how long they are retained?",
            "I have read your privacy policy and would like clarification: with which third "
            "parties do you share the personal data of {product} users, and on what legal basis?",
        ),
    },
    informal={
        "access": (
            "can you send me everything you have on me?",
            "What data do you actually have about me? I'd like a copy.",
            "I want to see all the info the {product} has collected about me.",
        ),
        "rectification": (
            "my name is spelled wrong in the app, can you fix it?",
            "please update my email in your system, the old one is dead",
            "You have my old address on file, I moved. Please correct it.",
        ),
        "erasure": (
            "pls delete my acct and all my data",
            "Please remove my account and everything connected to it.",
            "delete all my {product} videos from your servers, I don't use it anymore",
        ),
        "restriction": (
            "please don't do anything with my data until you've sorted out the wrong info in my "
            "profile",
            "Can you freeze my data? Don't delete it, just stop using it for now.",
            "put my account on hold, no processing of my data until this is sorted",
        ),
        "portability": (
            "Can I get an export of my {product} history as CSV?",
            "I'm switching to another app, how do I get all my data out in a format I can import?",
            "pls export my workout data (json or csv is fine)",
        ),
        "objection": (
            "stop emailing me promotions!!",
            "I don't want my data used for ads or profiling. Opt me out.",
            "Do not sell or share my personal information.",
            "please stop using my usage data to target me with offers",
        ),
        "consent_withdrawal": (
            "I no longer consent to location collection, turn it off on your side please",
            "I changed my mind, I withdraw my consent for you to use my recordings",
            "i revoke my consent for data sharing, effective now",
        ),
        "complaint": (
            "I think my account was hacked, who saw my recordings??",
            "someone logged into my {product} account and changed the password. what data did "
            "they see?",
            "This is the third time I ask and nobody replies. Very disappointed with how you "
            "handle my data.",
        ),
        "inquiry": (
            "which countries is my video stored in?",
            "Quick question: do you share my data with anyone?",
            "how long do you keep the recordings from my {product}?",
            "Is my voice data used to train AI models?",
        ),
    },
    guardian_intro=(
        "I am the {parent} of {child} ({age}), who uses the {product} on an account I set up "
        "for {pron}: {account}.",
        "I am writing as the legal guardian of my {childrel} {child}, aged {age}. {child} has a "
        "{product} linked to {account}.",
    ),
    parent_words=("father", "mother"),
    child_words=("son", "daughter"),
    guardian={
        "access": (
            "Please send me a copy of all personal data you hold about my child, "
            "including location history and messages.",
        ),
        "erasure": (
            "Please delete my child's account and all data you have collected about "
            "{pron}. {pron_cap} is under 14 and I never agreed to this.",
        ),
        "consent_withdrawal": (
            "As the parent I withdraw the consent I gave for the collection "
            "of my child's location and voice data.",
        ),
    },
    agent_intro=(
        "I am an authorised agent acting on behalf of {client} ({client_email}). A signed "
        "authorisation from my client is attached.",
        "This firm represents {client}, email {client_email}, in data protection matters; "
        "our letter of authority is enclosed.",
    ),
    agent={
        "access": (
            "On behalf of my client, I request a copy of all personal information you "
            "have collected about {client} and the categories of third parties it was "
            "disclosed to.",
        ),
        "erasure": (
            "My client requests that you delete all personal information about "
            "{client} and direct your service providers to do the same.",
        ),
        "objection": (
            "My client opts out of the sale and sharing of personal information. "
            "Do not sell or share {client}'s data.",
        ),
    },
    quote_header="On {date} at {time}, {support} <support@example.com> wrote:",
    quoted=(
        "Hello,\n\nThank you for contacting us. Could you send us the serial number of your "
        "device so we can look into the problem?\n\nBest regards,\nCustomer Support",
        "Hi,\n\nWe are sorry to hear about the trouble with the app. Please reinstall it and "
        "let us know if the issue persists.\n\nKind regards\nThe Support Team",
    ),
    forward_note=(
        "Hi privacy team,\n\nthis came in through the support chat, looks like a data request. "
        "Can you take it from here?",
        "Forwarding this customer email, I think it belongs with you (data protection).",
        "FYI - customer asked this on the phone and then emailed. Please handle.",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=(
        "{n} Maple Street\nSpringfield, IL 62704",
        "{n} Harrow Road\nLondon W2 1AB",
        "{n} Clontarf Road\nDublin 3, Ireland",
        "{n} Oak Avenue\nSan Jose, CA 95112",
    ),
    phones=("+1 (408) 555-{p4}", "+44 20 7946 0{p3}", "+353 1 555 {p4}", "(217) 555-{p4}"),
    support_name="Customer Support",
    colleagues=("Mark Ellis", "Jenny Hart", "Sam Okafor"),
)


DE = Bank(
    code="de",
    male=("Lukas", "Felix", "Jonas", "Maximilian", "Tobias", "Jürgen", "Stefan", "Florian"),
    female=("Anna", "Laura", "Sophie", "Lea", "Katharina", "Sabine", "Jana", "Miriam"),
    surnames=(
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Wagner",
        "Krüger",
        "Zimmermann",
        "Huber",
        "Gruber",
    ),
    domains=("web.de", "gmx.de", "t-online.de", "gmx.at", "posteo.de", "gmail.com"),
    tz=(1, 2),
    months=(
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    day_fmt=("{d}. {mon} {y}", "{dd}.{mm}.{y}"),
    month_fmt="{mon} {y}",
    numbers={2: "zwei", 3: "drei", 6: "sechs", 12: "zwölf"},
    ranges={
        "since_month": ("seit {m1}", "ab {m1}"),
        "since_year": ("seit {y1}", "ab dem Jahr {y1}"),
        "since_day": ("seit dem {d1}",),
        "month_range": ("von {m1} bis {m2}", "im Zeitraum {m1} bis {m2}"),
        "month_range_same_year": ("von {mon1} bis {mon2} {y1}",),
        "day_range": ("vom {d1} bis zum {d2}", "zwischen dem {d1} und dem {d2}"),
        "day_range_same_month": ("zwischen dem {a}. und {b}. {mon} {y1}",),
        "yearless_day_range": ("vom {a}. bis {b}. {mon}", "zwischen dem {a}. und {b}. {mon}"),
        "year": ("aus dem Jahr {y1}", "für das Jahr {y1}"),
        "year_range": ("von {y1} bis {y2}", "aus den Jahren {y1} bis {y2}"),
        "until_month": ("bis einschließlich {m2}", "bis Ende {m2}"),
        "until_year": ("bis Ende {y2}",),
        "last_n_months": ("aus den letzten {n} Monaten", "der letzten {n} Monate"),
        "last_n_days": ("der letzten {n} Tage",),
        "last_year": ("aus dem Vorjahr", "vom letzten Jahr"),
        "last_month": ("aus dem Vormonat", "vom letzten Monat"),
    },
    carriers=(
        "Es geht mir insbesondere um {obj} {range}.",
        "Dies betrifft {obj} {range}.",
        "Bitte berücksichtigen Sie dabei {obj} {range}.",
    ),
    objects=(
        "alle Standortdaten",
        "meine CloudCam-Aufnahmen",
        "die Bestellhistorie",
        "die Anmeldeprotokolle",
        "sämtliche Daten",
        "die Schlaf- und Pulsdaten meines FitBand",
        "die Sprachaufnahmen",
    ),
    refs=("Art. {art} DSGVO", "Artikel {art} DSGVO"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7 Abs. 3",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=(
        "Sehr geehrte Damen und Herren,",
        "Sehr geehrtes Datenschutz-Team,",
        "Guten Tag,",
    ),
    greet_informal=("Hallo,", "Hi,", "Moin,", "Servus,", "hallo zusammen"),
    close_formal=("Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll"),
    close_informal=("Danke!", "Gruß", "LG", "Viele Grüße", "Danke und Gruß"),
    identity=(
        "Mein Name ist {name}, mein Kundenkonto läuft unter {account}.",
        "Ich bin Kunde bei Ihnen (Kundennummer {cid}, E-Mail {email}).",
        "Betroffene Person: {name}, registrierte E-Mail-Adresse {email}.",
    ),
    verify=(
        "Einen Identitätsnachweis reiche ich gern nach, falls erforderlich.",
        "Sollten Sie meine Identität prüfen müssen, teilen Sie mir bitte mit, was Sie benötigen.",
    ),
    deadline=(
        "Bitte antworten Sie innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO).",
        "Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.",
    ),
    order=(
        "Zur Einordnung: Mein {product} habe ich am {date} gekauft (Bestellnummer {order}).",
        "Die Bestellung {order} vom {date} betraf ein {product}.",
    ),
    reminder=(
        "Ich hatte Ihnen dazu bereits am {date} geschrieben, aber keine Antwort erhalten.",
        "Dies ist eine Erinnerung an meine E-Mail vom {date}.",
    ),
    context=(
        "Mein {product} verliert jede Nacht die WLAN-Verbindung und die App zeigt einen Fehler.",
        "Ich versuche seit Tagen, mein Passwort für {product} zurückzusetzen, der Link kommt nie.",
        "Nach dem letzten Update synchronisiert mein {product} nicht mehr.",
    ),
    mobile=(
        "Von meinem iPhone gesendet",
        "Gesendet von meinem Samsung Galaxy",
        "Von unterwegs gesendet",
    ),
    list_intro=("Ich mache folgende Rechte geltend:", "Im Einzelnen:"),
    subjects={
        "access": (
            "Auskunftsersuchen nach Art. 15 DSGVO",
            "Antrag auf Datenauskunft",
            "Auskunft über meine gespeicherten Daten",
        ),
        "rectification": ("Berichtigung meiner Daten", "Falsche Angaben in meinem Kundenkonto"),
        "erasure": (
            "Antrag auf Löschung meiner Daten",
            "Konto löschen",
            "Löschung nach Art. 17 DSGVO",
        ),
        "restriction": ("Einschränkung der Verarbeitung", "Antrag nach Art. 18 DSGVO"),
        "portability": ("Datenübertragbarkeit", "Export meiner Daten"),
        "objection": (
            "Widerspruch gegen Werbung",
            "Widerspruch nach Art. 21 DSGVO",
            "Keine Werbung mehr",
        ),
        "consent_withdrawal": ("Widerruf meiner Einwilligung", "Einwilligung widerrufen"),
        "complaint": ("Beschwerde Datenschutz", "Konto gehackt?", "Verdacht auf Datenleck"),
        "inquiry": ("Frage zur Datenschutzerklärung", "Wo werden meine Daten gespeichert?"),
    },
    casual_subjects=("Frage", "Hallo", "mein Konto", "Daten", "dringend"),
    support_subjects=("Problem mit {product}", "{product} offline", "Hilfe {product}"),
    formal={
        "access": (
            "Gemäß {ref} bitte ich um Auskunft darüber, ob und welche personenbezogenen Daten Sie "
            "über mich verarbeiten, zu welchen Zwecken, an welche Empfänger sie übermittelt "
            "wurden und wie lange sie gespeichert werden.",
            "Hiermit mache ich mein Auskunftsrecht nach {ref} geltend und bitte um eine Kopie "
            "aller zu meiner Person gespeicherten Daten, einschließlich der Daten aus der "
            "Nutzung von {product}.",
        ),
        "rectification": (
            "Gemäß {ref} fordere ich Sie auf, meine unrichtigen Daten zu berichtigen: Mein "
            "Nachname ist falsch geschrieben und die hinterlegte Anschrift ist veraltet.",
            "Das in meinem Kundenkonto {account} gespeicherte Geburtsdatum ist falsch. Ich bitte "
            "um Berichtigung nach {ref}.",
        ),
        "erasure": (
            "Gemäß {ref} verlange ich die unverzügliche Löschung sämtlicher mich betreffender "
            "personenbezogener Daten.",
            "Bitte löschen Sie mein Konto {account} sowie alle damit verbundenen Daten. Ich "
            "berufe mich auf mein Recht auf Löschung nach {ref}.",
            "Ich fordere Sie auf, alle Aufnahmen und Nutzungsdaten aus {product}, die meiner "
            "Person zugeordnet sind, gemäß {ref} zu löschen.",
        ),
        "restriction": (
            "Gemäß {ref} beantrage ich die Einschränkung der Verarbeitung meiner "
            "personenbezogenen Daten, bis die Richtigkeit der Daten geklärt ist.",
            "Bitte löschen Sie meine Daten nicht, sondern schränken Sie deren Verarbeitung nach "
            "{ref} ein, da ich sie zur Geltendmachung von Rechtsansprüchen benötige.",
        ),
        "portability": (
            "Gemäß {ref} bitte ich um Herausgabe der von mir bereitgestellten Daten in einem "
            "strukturierten, gängigen und maschinenlesbaren Format.",
            "Bitte übermitteln Sie meine Daten aus {product} gemäß {ref} direkt an einen anderen "
            "Anbieter oder stellen Sie mir einen Export als CSV- oder JSON-Datei bereit.",
        ),
        "objection": (
            "Hiermit widerspreche ich gemäß {ref} der Verarbeitung meiner personenbezogenen "
            "Daten zu Zwecken der Direktwerbung.",
            "Ich widerspreche nach {ref} der Erstellung von Nutzerprofilen auf Grundlage meiner "
            "Nutzungsdaten aus {product}.",
            "Ich lege Widerspruch gemäß {ref} gegen die Weitergabe meiner Daten an Werbepartner "
            "ein.",
        ),
        "consent_withdrawal": (
            "Hiermit widerrufe ich gemäß {ref} meine Einwilligung in die Verarbeitung meiner "
            "Standortdaten mit Wirkung für die Zukunft.",
            "Ich widerrufe sämtliche Einwilligungen, die ich im Zusammenhang mit meinem Konto "
            "{account} erteilt habe ({ref}).",
        ),
        "complaint": (
            "Ich beschwere mich hiermit förmlich über den Umgang mit meinen personenbezogenen "
            "Daten. Meine frühere Anfrage blieb unbeantwortet; eine Beschwerde bei der "
            "Aufsichtsbehörde nach {ref} behalte ich mir vor.",
            "Ich habe den Verdacht, dass mein Konto {account} gehackt wurde: Es gab Anmeldungen "
            "aus dem Ausland und meine Einstellungen in {product} wurden geändert. Bitte teilen "
            "Sie mir mit, auf welche Daten zugegriffen wurde.",
            "Ich melde hiermit eine mögliche Datenpanne: Fremde konnten offenbar den Livestream "
            "meiner Kamera ({product}) sehen.",
        ),
        "inquiry": (
            "Gemäß {ref} bitte ich um Mitteilung, in welchen Ländern meine Daten gespeichert "
            "werden und welche Garantien für Übermittlungen in Drittländer bestehen.",
            "Könnten Sie mir erklären, welche Daten {product} über mich erhebt, zu welchem Zweck "
            "und wie lange sie aufbewahrt werden?",
        ),
    },
    informal={
        "access": (
            "was habt ihr eigentlich alles über mich gespeichert? Schickt mir bitte eine Kopie.",
            "Ich hätte gern eine Übersicht aller Daten, die ihr zu mir habt.",
            "Bitte schickt mir alle Daten, die {product} über mich gesammelt hat.",
        ),
        "rectification": (
            "mein Name ist im Konto falsch geschrieben, könnt ihr das korrigieren?",
            "Bitte ändert meine E-Mail-Adresse, die alte nutze ich nicht mehr.",
            "Ihr habt noch meine alte Adresse, bin umgezogen. Bitte aktualisieren.",
        ),
        "erasure": (
            "bitte mein konto löschen, danke",
            "Löscht bitte alle meine Daten und mein Konto.",
            "Ich nutze {product} nicht mehr, bitte alles von mir löschen.",
        ),
        "restriction": (
            "Bitte meine Daten erstmal nicht weiter verarbeiten, bis die falschen Angaben geklärt "
            "sind.",
            "Könnt ihr mein Konto einfrieren? Nicht löschen, nur nichts mehr damit machen.",
        ),
        "portability": (
            "Kann ich meine Daten aus {product} als CSV exportieren?",
            "Ich wechsle den Anbieter – wie bekomme ich alle meine Daten in einem Format, das ich "
            "importieren kann?",
        ),
        "objection": (
            "Hört bitte auf, mir Werbung zu schicken!",
            "Ich will nicht, dass meine Daten für Werbung oder Profiling genutzt werden.",
            "Bitte gebt meine Daten nicht an Dritte weiter.",
        ),
        "consent_withdrawal": (
            "ich will nicht mehr, dass ihr meinen Standort erfasst – Einwilligung widerrufen.",
            "Ich ziehe meine Zustimmung zur Datennutzung zurück.",
        ),
        "complaint": (
            "Ich glaube, mein Konto wurde gehackt. Wer hat meine Aufnahmen gesehen?",
            "Jemand hat sich in mein {product}-Konto eingeloggt und das Passwort geändert! Welche "
            "Daten wurden abgerufen?",
            "Das ist jetzt meine dritte Mail und keiner antwortet. So geht man nicht mit "
            "Kundendaten um.",
        ),
        "inquiry": (
            "In welchem Land werden meine Videos gespeichert?",
            "Kurze Frage: gebt ihr meine Daten an andere Firmen weiter?",
            "Wie lange speichert ihr die Aufnahmen von {product}?",
        ),
    },
    guardian_intro=(
        "ich schreibe als {parent} von {child} ({age} Jahre). {child} nutzt die {product} über "
        "ein Konto, das ich angelegt habe ({account}).",
        "Als Erziehungsberechtigte(r) meines {childrel}es {child} ({age}) wende ich mich an Sie. "
        "Das Konto lautet {account}.",
    ),
    parent_words=("Vater", "Mutter"),
    child_words=("Sohn", "Kind"),
    guardian={
        "access": (
            "Bitte senden Sie mir eine Kopie aller Daten, die Sie über mein Kind "
            "gespeichert haben, einschließlich des Standortverlaufs.",
        ),
        "erasure": (
            "Bitte löschen Sie das Konto meines Kindes und alle dazu gespeicherten "
            "Daten. Mein Kind ist unter 14 Jahre alt.",
        ),
        "consent_withdrawal": (
            "Als Elternteil widerrufe ich die Einwilligung zur Erfassung der "
            "Standort- und Sprachdaten meines Kindes.",
        ),
    },
    agent_intro=(
        "in obiger Angelegenheit zeigen wir an, dass wir {client} ({client_email}) anwaltlich "
        "vertreten. Eine auf uns lautende Vollmacht ist beigefügt.",
    ),
    agent={
        "access": (
            "Namens und im Auftrag unserer Mandantschaft verlangen wir Auskunft gemäß "
            "Art. 15 DSGVO über alle zu {client} gespeicherten Daten.",
        ),
        "erasure": (
            "Unsere Mandantschaft verlangt die Löschung aller zu {client} gespeicherten "
            "personenbezogenen Daten gemäß Art. 17 DSGVO.",
        ),
        "objection": (
            "Namens unserer Mandantschaft widersprechen wir jeder Nutzung der Daten "
            "von {client} für Werbezwecke (Art. 21 DSGVO).",
        ),
    },
    quote_header="Am {date} um {time} schrieb {support} <support@example.com>:",
    quoted=(
        "Hallo,\n\nvielen Dank für Ihre Nachricht. Können Sie uns bitte die Seriennummer Ihres "
        "Geräts schicken?\n\nViele Grüße\nIhr Kundenservice",
        "Guten Tag,\n\nbitte installieren Sie die App neu und melden Sie sich, falls das "
        "Problem weiterhin besteht.\n\nFreundliche Grüße\nKundenservice",
    ),
    forward_note=(
        "Hallo Datenschutz-Team,\n\ndas kam über den Support-Chat rein, sieht nach einer "
        "Datenschutzanfrage aus. Könnt ihr übernehmen?",
        "Leite ich euch weiter – gehört wohl zu euch.",
    ),
    forward_marker="---------- Weitergeleitete Nachricht ---------",
    addresses=(
        "Lindenstraße {n}\n10115 Berlin",
        "Hauptstr. {n}\n80331 München",
        "Mariahilfer Straße {n}\n1060 Wien",
    ),
    phones=("+49 30 555 {p4}", "0171 555{p4}", "+43 1 555 {p4}"),
    support_name="Kundenservice",
    colleagues=("Jan Vogel", "Nina Brandt"),
)


FR = Bank(
    code="fr",
    male=("Louis", "Hugo", "Julien", "Antoine", "Mathieu", "Nicolas", "Théo", "Olivier"),
    female=("Camille", "Manon", "Chloé", "Léa", "Élodie", "Inès", "Sophie", "Margaux"),
    surnames=(
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Lefèvre",
        "Girard",
        "Fontaine",
        "Rousseau",
    ),
    domains=("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "bluewin.ch"),
    tz=(1, 2),
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    day_fmt=("{dfr} {mon} {y}", "{dd}/{mm}/{y}"),
    month_fmt="{mon} {y}",
    numbers={2: "deux", 3: "trois", 6: "six", 12: "douze"},
    ranges={
        "since_month": ("depuis {m1}", "à partir de {m1}"),
        "since_year": ("depuis {y1}",),
        "since_day": ("depuis le {d1}",),
        "month_range": ("de {m1} à {m2}", "entre {m1} et {m2}"),
        "month_range_same_year": ("de {mon1} à {mon2} {y1}",),
        "day_range": ("du {d1} au {d2}", "entre le {d1} et le {d2}"),
        "day_range_same_month": ("entre le {a} et le {b} {mon} {y1}", "du {a} au {b} {mon} {y1}"),
        "yearless_day_range": ("entre le {a} et le {b} {mon}", "du {a} au {b} {mon}"),
        "year": ("de l'année {y1}", "pour l'année {y1}"),
        "year_range": ("de {y1} à {y2}", "entre {y1} et {y2}"),
        "until_month": ("jusqu'à fin {m2}", "jusqu'en {m2} inclus"),
        "until_year": ("jusqu'à fin {y2}",),
        "last_n_months": ("des {n} derniers mois", "sur les {n} derniers mois"),
        "last_n_days": ("des {n} derniers jours",),
        "last_year": ("de l'année dernière", "de l'an dernier"),
        "last_month": ("du mois dernier",),
    },
    carriers=(
        "Je m'intéresse en particulier à {obj} {range}.",
        "Cela concerne {obj} {range}.",
        "Merci d'inclure {obj} {range}.",
    ),
    objects=(
        "toutes les données de localisation",
        "les enregistrements de ma CloudCam",
        "l'historique de mes commandes",
        "l'historique de connexion",
        "l'ensemble des données",
        "les données de sommeil de mon FitBand",
    ),
    refs=(
        "l'article {art} du RGPD",
        "l'article {art} du Règlement général sur la protection des données",
    ),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7, paragraphe 3,",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=(
        "Madame, Monsieur,",
        "Bonjour,",
        "À l'attention du délégué à la protection des données,",
    ),
    greet_informal=("Bonjour,", "Salut,", "Bonsoir,", "bjr"),
    close_formal=(
        "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "Cordialement,",
        "Bien à vous,",
    ),
    close_informal=("Merci", "Merci d'avance", "Bonne journée", "A+"),
    identity=(
        "Je m'appelle {name} et mon compte est enregistré sous l'adresse {email}.",
        "Je suis client chez vous (numéro client {cid}).",
        "Titulaire du compte {account}, je vous écris au sujet de mes données.",
    ),
    verify=(
        "Je peux vous fournir une copie de ma pièce d'identité si nécessaire.",
        "N'hésitez pas à me dire quel justificatif d'identité vous faut-il.",
    ),
    deadline=(
        "Je vous remercie de me répondre dans le délai d'un mois prévu par le RGPD.",
        "Merci de me répondre dans un délai d'un mois à compter de la réception.",
    ),
    order=(
        "Pour information, j'ai acheté ma {product} le {date} (commande {order}).",
        "Ma commande {order} du {date} concernait un {product}.",
    ),
    reminder=(
        "Je vous ai déjà écrit à ce sujet le {date}, sans réponse.",
        "Ceci fait suite à mon courriel du {date}.",
    ),
    context=(
        "Ma {product} se déconnecte toutes les nuits et l'application affiche une erreur.",
        "Je n'arrive pas à réinitialiser mon mot de passe {product}, le lien n'arrive jamais.",
        "Mon {product} ne se synchronise plus depuis la dernière mise à jour.",
    ),
    mobile=("Envoyé de mon iPhone", "Envoyé depuis mon mobile"),
    list_intro=("Je formule les demandes suivantes :", "Mes demandes sont les suivantes :"),
    subjects={
        "access": (
            "Demande d'accès à mes données personnelles",
            "Droit d'accès – article 15 RGPD",
            "Copie de mes données",
        ),
        "rectification": ("Demande de rectification", "Données erronées sur mon compte"),
        "erasure": (
            "Demande de suppression de mes données",
            "Droit à l'effacement",
            "Suppression de compte",
        ),
        "restriction": ("Demande de limitation du traitement",),
        "portability": ("Portabilité de mes données", "Export de mes données"),
        "objection": (
            "Opposition au traitement de mes données",
            "Stop prospection",
            "Opposition au profilage",
        ),
        "consent_withdrawal": ("Retrait de mon consentement",),
        "complaint": ("Réclamation", "Compte piraté ?", "Possible fuite de données"),
        "inquiry": (
            "Question sur votre politique de confidentialité",
            "Où sont stockées mes données ?",
        ),
    },
    casual_subjects=("question", "mon compte", "urgent", "données"),
    support_subjects=("Problème {product}", "{product} hors ligne", "Aide {product}"),
    formal={
        "access": (
            "Conformément à {ref}, je vous demande de me communiquer l'ensemble des données "
            "personnelles me concernant que vous détenez, ainsi que les finalités du traitement, "
            "les destinataires et la durée de conservation.",
            "Je souhaite exercer mon droit d'accès prévu par {ref} et obtenir une copie de toutes "
            "les données collectées via {product}.",
        ),
        "rectification": (
            "Conformément à {ref}, je vous demande de rectifier les données inexactes de mon "
            "compte : mon nom est mal orthographié et mon adresse postale n'est plus à jour.",
            "La date de naissance enregistrée dans mon compte {account} est erronée. Je vous prie "
            "de la corriger en application de {ref}.",
        ),
        "erasure": (
            "Conformément à {ref}, je vous demande l'effacement de l'ensemble de mes données "
            "personnelles dans les meilleurs délais.",
            "Je vous prie de supprimer mon compte {account} et toutes les données associées, en "
            "application de {ref}.",
            "Je souhaite que toutes les vidéos et données liées à {product} soient définitivement "
            "supprimées, conformément à {ref}.",
        ),
        "restriction": (
            "En application de {ref}, je demande la limitation du traitement de mes données "
            "personnelles le temps que leur exactitude soit vérifiée.",
            "Je vous demande de ne pas effacer mes données mais d'en limiter le traitement "
            "conformément à {ref}, car j'en ai besoin pour faire valoir un droit en justice.",
        ),
        "portability": (
            "Conformément à {ref}, je souhaite recevoir les données que je vous ai fournies dans "
            "un format structuré, couramment utilisé et lisible par machine.",
            "Merci de transmettre directement mes données {product} à un autre prestataire, ou de "
            "me les envoyer au format CSV ou JSON, en application de {ref}.",
        ),
        "objection": (
            "Je m'oppose, sur le fondement de {ref}, au traitement de mes données à des fins de "
            "prospection commerciale.",
            "En application de {ref}, je m'oppose au profilage réalisé à partir de mes données "
            "d'utilisation de {product}.",
        ),
        "consent_withdrawal": (
            "Je retire par la présente mon consentement au traitement de mes données de "
            "géolocalisation, conformément à {ref}.",
            "Je retire l'ensemble des consentements donnés dans le cadre de mon compte {account}, "
            "conformément à {ref}.",
        ),
        "complaint": (
            "Je souhaite déposer une réclamation concernant le traitement de mes données : ma "
            "précédente demande est restée sans réponse. Je me réserve le droit de saisir la "
            "CNIL conformément à {ref}.",
            "Je pense que mon compte {account} a été piraté : des connexions inconnues "
            "apparaissent et les réglages de {product} ont été modifiés. Quelles données ont été "
            "consultées ?",
            "Je vous signale une possible violation de données : des inconnus semblent avoir eu "
            "accès au flux vidéo de ma caméra {product}.",
        ),
        "inquiry": (
            "Conformément à {ref}, pourriez-vous m'indiquer dans quels pays mes données sont "
            "hébergées et quelles garanties encadrent les transferts hors de l'UE ?",
            "Pourriez-vous m'expliquer quelles données sont collectées par {product}, dans quel "
            "but et pendant combien de temps elles sont conservées ?",
        ),
    },
    informal={
        "access": (
            "vous pouvez m'envoyer toutes les données que vous avez sur moi ?",
            "Je voudrais savoir quelles infos vous avez sur moi, merci de m'envoyer une copie.",
        ),
        "rectification": (
            "mon nom est mal écrit dans l'appli, vous pouvez corriger ?",
            "Merci de mettre à jour mon adresse, j'ai déménagé.",
        ),
        "erasure": (
            "svp supprimez mon compte et mes données",
            "Je n'utilise plus {product}, merci de tout effacer me concernant.",
        ),
        "restriction": (
            "Merci de geler mes données pour le moment, ne les utilisez plus tant que le problème "
            "n'est pas réglé.",
            "ne supprimez rien mais arrêtez d'utiliser mes données svp",
        ),
        "portability": (
            "Est-ce que je peux récupérer mes données {product} en CSV ?",
            "Je change d'appli, comment exporter toutes mes données ?",
        ),
        "objection": (
            "Arrêtez de m'envoyer des pubs svp !",
            "Je ne veux pas que mes données servent au ciblage publicitaire.",
            "Ne partagez pas mes données avec vos partenaires.",
        ),
        "consent_withdrawal": (
            "je ne veux plus que vous collectiez ma position, je retire mon accord",
            "Je retire mon consentement pour l'utilisation de mes enregistrements.",
        ),
        "complaint": (
            "Je crois que mon compte a été piraté, qui a vu mes vidéos ??",
            "Quelqu'un s'est connecté à mon compte {product} et a changé le mot de passe. Quelles "
            "données ont été vues ?",
            "Troisième message sans réponse, c'est inadmissible pour des données personnelles.",
        ),
        "inquiry": (
            "Dans quel pays sont stockées mes vidéos ?",
            "Petite question : vous partagez mes données avec d'autres sociétés ?",
            "Combien de temps gardez-vous les enregistrements de {product} ?",
        ),
    },
    guardian_intro=(
        "je suis le {parent} de {child} ({age} ans), qui utilise {product} avec un compte que "
        "j'ai créé ({account}).",
        "En tant que parent de mon {childrel} {child} ({age} ans), je vous écris au sujet du "
        "compte {account}.",
    ),
    parent_words=("père", "parent"),
    child_words=("fils", "enfant"),
    guardian={
        "access": (
            "Merci de m'envoyer une copie de toutes les données que vous détenez sur mon "
            "enfant, y compris l'historique de localisation.",
        ),
        "erasure": (
            "Je vous demande de supprimer le compte de mon enfant et toutes les données "
            "le concernant. Il a moins de 15 ans.",
        ),
        "consent_withdrawal": (
            "En tant que parent, je retire le consentement donné pour la "
            "collecte des données de localisation de mon enfant.",
        ),
    },
    agent_intro=(
        "Je vous écris en qualité de conseil de {client} ({client_email}), dont vous trouverez "
        "le mandat ci-joint.",
    ),
    agent={
        "access": (
            "Pour le compte de mon client, je vous demande la communication de toutes les "
            "données concernant {client} (article 15 du RGPD).",
        ),
        "erasure": (
            "Mon client demande l'effacement de toutes les données concernant {client} "
            "(article 17 du RGPD).",
        ),
        "objection": (
            "Mon client s'oppose à toute utilisation des données de {client} à des "
            "fins de prospection (article 21 du RGPD).",
        ),
    },
    quote_header="Le {date} à {time}, {support} <support@example.com> a écrit :",
    quoted=(
        "Bonjour,\n\nMerci pour votre message. Pourriez-vous nous indiquer le numéro de série "
        "de votre appareil ?\n\nCordialement,\nLe service client",
    ),
    forward_note=(
        "Bonjour l'équipe conformité,\n\nreçu via le chat du support, cela ressemble à une "
        "demande RGPD. Vous pouvez prendre le relais ?",
        "Je vous transfère ce message client, il relève de la protection des données.",
    ),
    forward_marker="---------- Message transféré ---------",
    addresses=(
        "{n} rue de la République\n69002 Lyon",
        "{n} avenue Jean Jaurès\n31000 Toulouse",
        "{n} boulevard Voltaire\n75011 Paris",
    ),
    phones=("+33 6 55 {p2} {p2b} {p2c}", "06 55 {p2} {p2b} {p2c}"),
    support_name="Service client",
    colleagues=("Claire Meunier", "Paul Garnier"),
)


ES = Bank(
    code="es",
    male=("Javier", "Carlos", "Alejandro", "Diego", "Pablo", "Sergio", "Andrés", "Mateo"),
    female=("Lucía", "María", "Sofía", "Paula", "Elena", "Marta", "Carmen", "Valentina"),
    surnames=(
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Romero",
        "Navarro",
        "Castillo",
    ),
    domains=("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"),
    tz=(1, 2, -3, -5, -6),
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    day_fmt=("{d} de {mon} de {y}", "{dd}/{mm}/{y}"),
    month_fmt="{mon} de {y}",
    numbers={2: "dos", 3: "tres", 6: "seis", 12: "doce"},
    ranges={
        "since_month": ("desde {m1}", "a partir de {m1}"),
        "since_year": ("desde {y1}", "desde el año {y1}"),
        "since_day": ("desde el {d1}",),
        "month_range": ("de {m1} a {m2}", "entre {m1} y {m2}"),
        "month_range_same_year": ("de {mon1} a {mon2} de {y1}",),
        "day_range": ("del {d1} al {d2}", "entre el {d1} y el {d2}"),
        "day_range_same_month": ("del {a} al {b} de {mon} de {y1}",),
        "yearless_day_range": ("entre el {a} y el {b} de {mon}", "del {a} al {b} de {mon}"),
        "year": ("del año {y1}", "correspondientes a {y1}"),
        "year_range": ("de {y1} a {y2}", "entre {y1} y {y2}"),
        "until_month": ("hasta {m2} inclusive", "hasta finales de {m2}"),
        "until_year": ("hasta finales de {y2}",),
        "last_n_months": ("de los últimos {n} meses",),
        "last_n_days": ("de los últimos {n} días",),
        "last_year": ("del año pasado",),
        "last_month": ("del mes pasado",),
    },
    carriers=(
        "Me interesan especialmente {obj} {range}.",
        "Esto se refiere a {obj} {range}.",
        "Por favor incluyan {obj} {range}.",
    ),
    objects=(
        "los datos de ubicación",
        "las grabaciones de mi CloudCam",
        "el historial de pedidos",
        "los registros de acceso",
        "todos los datos",
        "los datos de sueño de mi FitBand",
    ),
    refs=("artículo {art} del RGPD", "artículo {art} del Reglamento (UE) 2016/679"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7.3",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=(
        "Estimados señores:",
        "A la atención del Delegado de Protección de Datos:",
        "Buenos días:",
    ),
    greet_informal=("Hola,", "Buenas,", "Hola buenas", "hola"),
    close_formal=("Atentamente,", "Un cordial saludo,", "Reciban un saludo,"),
    close_informal=("Gracias", "Saludos", "Un saludo", "gracias!!"),
    identity=(
        "Me llamo {name} y mi cuenta está registrada con el correo {email}.",
        "Soy cliente suyo (número de cliente {cid}).",
        "Como titular de la cuenta {account}, les escribo en relación con mis datos.",
    ),
    verify=(
        "Puedo aportar copia de mi DNI si lo necesitan.",
        "Si necesitan verificar mi identidad, indíquenme qué documentación requieren.",
    ),
    deadline=(
        "Les ruego que respondan en el plazo de un mes previsto en el RGPD.",
        "Espero su respuesta en el plazo legal de un mes desde la recepción.",
    ),
    order=(
        "Para su referencia, compré mi {product} el {date} (pedido {order}).",
        "El pedido {order} del {date} era un {product}.",
    ),
    reminder=(
        "Ya les escribí sobre esto el {date} y no he recibido respuesta.",
        "Esto sigue a mi correo del {date}.",
    ),
    context=(
        "Mi {product} se desconecta todas las noches y la app muestra un error.",
        "No consigo restablecer la contraseña de {product}, el enlace nunca llega.",
        "Mi {product} dejó de sincronizar tras la última actualización.",
    ),
    mobile=("Enviado desde mi iPhone", "Enviado desde mi móvil Huawei"),
    list_intro=("Paso a detallar mis solicitudes:", "Mis solicitudes son las siguientes:"),
    subjects={
        "access": ("Solicitud de acceso a mis datos personales", "Derecho de acceso art. 15 RGPD"),
        "rectification": ("Solicitud de rectificación", "Datos incorrectos en mi cuenta"),
        "erasure": ("Solicitud de supresión de datos", "Borrar mi cuenta", "Derecho al olvido"),
        "restriction": ("Solicitud de limitación del tratamiento",),
        "portability": ("Portabilidad de mis datos", "Exportar mis datos"),
        "objection": ("Oposición al tratamiento", "Basta de publicidad", "Oposición a perfiles"),
        "consent_withdrawal": ("Retirada del consentimiento",),
        "complaint": ("Reclamación", "¿Cuenta hackeada?", "Posible brecha de datos"),
        "inquiry": ("Consulta sobre su política de privacidad", "¿Dónde se guardan mis datos?"),
    },
    casual_subjects=("consulta", "mi cuenta", "urgente", "datos"),
    support_subjects=("Problema con {product}", "{product} desconectado", "Ayuda {product}"),
    formal={
        "access": (
            "En virtud del {ref}, solicito acceso a todos los datos personales que conservan "
            "sobre mí, así como los fines del tratamiento, los destinatarios y el plazo de "
            "conservación.",
            "Deseo ejercer mi derecho de acceso conforme al {ref} y obtener una copia de todos "
            "los datos recogidos a través de {product}.",
        ),
        "rectification": (
            "Conforme al {ref}, solicito que rectifiquen los datos inexactos de mi cuenta: mi "
            "apellido está mal escrito y la dirección postal no está actualizada.",
            "La fecha de nacimiento registrada en mi cuenta {account} es errónea. Les ruego que "
            "la corrijan en virtud del {ref}.",
        ),
        "erasure": (
            "En virtud del {ref}, solicito la supresión de todos mis datos personales sin "
            "dilación indebida.",
            "Les ruego que eliminen mi cuenta {account} y todos los datos asociados, conforme al "
            "{ref}.",
        ),
        "restriction": (
            "Conforme al {ref}, solicito la limitación del tratamiento de mis datos mientras se "
            "verifica su exactitud.",
            "No borren mis datos, pero limiten su tratamiento en virtud del {ref}, ya que los "
            "necesito para el ejercicio de una reclamación.",
        ),
        "portability": (
            "En virtud del {ref}, solicito recibir los datos que les he facilitado en un formato "
            "estructurado, de uso común y lectura mecánica.",
            "Les ruego que transmitan mis datos de {product} directamente a otro proveedor o que "
            "me los envíen en CSV o JSON, conforme al {ref}.",
        ),
        "objection": (
            "Me opongo, en virtud del {ref}, al tratamiento de mis datos con fines de "
            "mercadotecnia directa.",
            "Conforme al {ref}, me opongo a la elaboración de perfiles a partir de mis datos de "
            "uso de {product}.",
        ),
        "consent_withdrawal": (
            "Por la presente retiro mi consentimiento para el tratamiento de mis datos de "
            "ubicación, conforme al {ref}.",
            "Retiro todos los consentimientos otorgados en relación con mi cuenta {account}, en "
            "virtud del {ref}.",
        ),
        "complaint": (
            "Deseo presentar una reclamación formal por el tratamiento de mis datos: mi "
            "solicitud anterior no fue atendida. Me reservo el derecho a acudir a la AEPD "
            "conforme al {ref}.",
            "Creo que mi cuenta {account} ha sido hackeada: aparecen accesos desconocidos y "
            "alguien ha cambiado la configuración de {product}. ¿A qué datos se accedió?",
        ),
        "inquiry": (
            "En virtud del {ref}, les ruego que me indiquen en qué países se almacenan mis datos "
            "y qué garantías se aplican a las transferencias internacionales.",
            "¿Podrían explicarme qué datos recoge {product}, con qué finalidad y durante cuánto "
            "tiempo se conservan?",
        ),
    },
    informal={
        "access": (
            "me pueden mandar todos los datos que tienen sobre mí?",
            "Quiero saber qué información tienen de mí, por favor envíenme una copia.",
        ),
        "rectification": (
            "mi nombre está mal escrito en la app, lo pueden corregir?",
            "Por favor actualicen mi dirección, me he mudado.",
        ),
        "erasure": (
            "porfa borren mi cuenta y mis datos",
            "Ya no uso {product}, quiero que borren todo lo mío.",
        ),
        "restriction": (
            "No borren nada pero dejen de usar mis datos hasta que se aclare el error, por favor.",
            "¿Pueden congelar mis datos de momento?",
        ),
        "portability": (
            "¿Puedo descargar mis datos de {product} en CSV?",
            "Me cambio a otra app, ¿cómo exporto todos mis datos?",
        ),
        "objection": (
            "¡Dejen de mandarme publicidad!",
            "No quiero que usen mis datos para anuncios ni para perfiles.",
            "No compartan mis datos con terceros.",
        ),
        "consent_withdrawal": (
            "ya no quiero que recojan mi ubicación, retiro mi consentimiento",
            "Retiro mi permiso para que usen mis grabaciones.",
        ),
        "complaint": (
            "Creo que me han hackeado la cuenta, ¿quién ha visto mis vídeos?",
            "Alguien entró en mi cuenta de {product} y cambió la contraseña. ¿Qué datos vieron?",
            "Es la tercera vez que escribo y nadie responde. Vergonzoso.",
        ),
        "inquiry": (
            "¿En qué país se guardan mis vídeos?",
            "Una pregunta: ¿comparten mis datos con otras empresas?",
            "¿Cuánto tiempo guardan las grabaciones de {product}?",
        ),
    },
    guardian_intro=(
        "les escribo como {parent} de {child} ({age} años), que usa {product} con una cuenta "
        "que abrí yo ({account}).",
        "Ejerzo la tutela legal de mi {childrel} {child}, de {age} años, que tiene la cuenta "
        "{account}.",
    ),
    parent_words=("padre", "madre"),
    child_words=("hijo", "hija"),
    guardian={
        "access": (
            "Les ruego que me envíen una copia de todos los datos que tienen sobre mi "
            "hijo o hija menor, incluido el historial de ubicación.",
        ),
        "erasure": (
            "Solicito que borren la cuenta de mi menor y todos sus datos; tiene menos de 14 años.",
        ),
        "consent_withdrawal": (
            "Como progenitor, retiro el consentimiento para recoger los datos "
            "de ubicación de mi menor.",
        ),
    },
    agent_intro=(
        "Me dirijo a ustedes en representación de {client} ({client_email}), según el poder "
        "que se adjunta.",
    ),
    agent={
        "access": (
            "En nombre de mi representado, solicito acceso a todos los datos de {client} "
            "(artículo 15 del RGPD).",
        ),
        "erasure": (
            "Mi representado solicita la supresión de todos los datos de {client} "
            "(artículo 17 del RGPD).",
        ),
        "objection": (
            "Mi representado se opone al uso de los datos de {client} con fines "
            "comerciales (artículo 21 del RGPD).",
        ),
    },
    quote_header="El {date}, a las {time}, {support} <support@example.com> escribió:",
    quoted=(
        "Hola,\n\nGracias por contactarnos. ¿Podría enviarnos el número de serie de su "
        "dispositivo?\n\nUn saludo,\nAtención al cliente",
    ),
    forward_note=(
        "Hola equipo de privacidad,\n\nesto llegó por el chat de soporte, parece una solicitud "
        "de protección de datos. ¿Lo podéis gestionar?",
        "Os reenvío este correo de un cliente.",
    ),
    forward_marker="---------- Mensaje reenviado ---------",
    addresses=(
        "Calle Mayor {n}\n28013 Madrid",
        "Carrer de Provença {n}\n08036 Barcelona",
        "Av. Corrientes {n}\nC1043 Buenos Aires",
    ),
    phones=("+34 655 {p3} {p3b}", "+54 11 5555 {p4}"),
    support_name="Atención al cliente",
    colleagues=("Raúl Ortega", "Nuria Vidal"),
)


IT = Bank(
    code="it",
    male=("Marco", "Luca", "Alessandro", "Matteo", "Davide", "Federico", "Giorgio", "Stefano"),
    female=("Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Martina", "Silvia"),
    surnames=(
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
    ),
    domains=("libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"),
    tz=(1, 2),
    months=(
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    day_fmt=("{d} {mon} {y}", "{dd}/{mm}/{y}"),
    month_fmt="{mon} {y}",
    numbers={2: "due", 3: "tre", 6: "sei", 12: "dodici"},
    ranges={
        "since_month": ("da {m1} in poi", "a partire da {m1}"),
        "since_year": ("dal {y1}", "a partire dal {y1}"),
        "since_day": ("dal {d1} in poi",),
        "month_range": ("da {m1} a {m2}", "tra {m1} e {m2}"),
        "month_range_same_year": ("da {mon1} a {mon2} {y1}",),
        "day_range": ("dal {d1} al {d2}",),
        "day_range_same_month": ("dal {a} al {b} {mon} {y1}", "tra il {a} e il {b} {mon} {y1}"),
        "yearless_day_range": ("tra il {a} e il {b} {mon}", "dal {a} al {b} {mon}"),
        "year": ("relativi al {y1}", "dell'anno {y1}"),
        "year_range": ("dal {y1} al {y2}",),
        "until_month": ("fino a tutto {m2}", "fino a {m2} compreso"),
        "until_year": ("fino a tutto il {y2}",),
        "last_n_months": ("degli ultimi {n} mesi",),
        "last_n_days": ("degli ultimi {n} giorni",),
        "last_year": ("dell'anno scorso",),
        "last_month": ("del mese scorso",),
    },
    carriers=(
        "Mi interessano in particolare {obj} {range}.",
        "La richiesta riguarda {obj} {range}.",
        "Vi prego di includere {obj} {range}.",
    ),
    objects=(
        "i dati di localizzazione",
        "le registrazioni della mia CloudCam",
        "gli ordini",
        "i log di accesso",
        "tutti i dati",
        "i dati sul sonno del mio FitBand",
    ),
    refs=("art. {art} del GDPR", "art. {art} del Regolamento (UE) 2016/679"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7, par. 3,",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=(
        "Spettabile azienda,",
        "Gentili Signori,",
        "Alla c.a. del Responsabile della protezione dei dati,",
    ),
    greet_informal=("Ciao,", "Salve,", "Buongiorno,", "ciao"),
    close_formal=(
        "Distinti saluti,",
        "Cordiali saluti,",
        "In attesa di riscontro, porgo distinti saluti.",
    ),
    close_informal=("Grazie", "Saluti", "Grazie mille", "Buona giornata"),
    identity=(
        "Mi chiamo {name} e il mio account è registrato con l'indirizzo {email}.",
        "Sono vostro cliente (codice cliente {cid}).",
        "In qualità di titolare dell'account {account}, vi scrivo in merito ai miei dati.",
    ),
    verify=(
        "Posso fornire copia di un documento d'identità se necessario.",
        "Se dovete verificare la mia identità, indicatemi cosa vi serve.",
    ),
    deadline=(
        "Vi chiedo di rispondere entro un mese dal ricevimento, come previsto dal GDPR.",
        "Attendo riscontro entro il termine di legge di un mese.",
    ),
    order=(
        "Per riferimento, ho acquistato la mia {product} il {date} (ordine {order}).",
        "L'ordine {order} del {date} riguardava un {product}.",
    ),
    reminder=(
        "Vi avevo già scritto il {date} senza ricevere risposta.",
        "Faccio seguito alla mia e-mail del {date}.",
    ),
    context=(
        "La mia {product} si disconnette ogni notte e l'app mostra un errore.",
        "Non riesco a reimpostare la password di {product}, il link non arriva mai.",
        "Il mio {product} non si sincronizza più dopo l'ultimo aggiornamento.",
    ),
    mobile=("Inviato da iPhone", "Inviato dal mio smartphone Samsung"),
    list_intro=("Le mie richieste sono le seguenti:", "Nel dettaglio:"),
    subjects={
        "access": ("Richiesta di accesso ai dati personali", "Istanza ex art. 15 GDPR"),
        "rectification": ("Richiesta di rettifica", "Dati errati nel mio account"),
        "erasure": (
            "Richiesta di cancellazione dei dati",
            "Cancellazione account",
            "Diritto all'oblio",
        ),
        "restriction": ("Richiesta di limitazione del trattamento",),
        "portability": ("Portabilità dei dati", "Esportazione dei miei dati"),
        "objection": (
            "Opposizione al trattamento",
            "Basta pubblicità",
            "Opposizione alla profilazione",
        ),
        "consent_withdrawal": ("Revoca del consenso",),
        "complaint": ("Reclamo", "Account violato?", "Possibile violazione dei dati"),
        "inquiry": ("Domanda sull'informativa privacy", "Dove sono conservati i miei dati?"),
    },
    casual_subjects=("domanda", "il mio account", "urgente", "dati"),
    support_subjects=("Problema {product}", "{product} offline", "Aiuto {product}"),
    formal={
        "access": (
            "Ai sensi dell'{ref}, chiedo di accedere a tutti i dati personali che mi riguardano "
            "in vostro possesso, con indicazione delle finalità, dei destinatari e del periodo "
            "di conservazione.",
            "Intendo esercitare il diritto di accesso ai sensi dell'{ref} e ricevere copia dei "
            "dati raccolti tramite {product}.",
        ),
        "rectification": (
            "Ai sensi dell'{ref}, chiedo la rettifica dei dati inesatti del mio account: il "
            "cognome è scritto male e l'indirizzo non è aggiornato.",
            "La data di nascita registrata nell'account {account} è errata. Vi chiedo di "
            "correggerla ai sensi dell'{ref}.",
        ),
        "erasure": (
            "Ai sensi dell'{ref}, chiedo la cancellazione di tutti i miei dati personali senza "
            "ingiustificato ritardo.",
            "Vi prego di eliminare l'account {account} e tutti i dati collegati, ai sensi "
            "dell'{ref}.",
        ),
        "restriction": (
            "Ai sensi dell'{ref}, chiedo la limitazione del trattamento dei miei dati finché non "
            "ne sarà verificata l'esattezza.",
            "Non cancellate i miei dati ma limitatene il trattamento ai sensi dell'{ref}: mi "
            "servono per tutelare un mio diritto in sede giudiziaria.",
        ),
        "portability": (
            "Ai sensi dell'{ref}, chiedo di ricevere i dati che vi ho fornito in un formato "
            "strutturato, di uso comune e leggibile da dispositivo automatico.",
            "Vi chiedo di trasmettere i miei dati di {product} direttamente a un altro fornitore "
            "o di inviarmeli in CSV o JSON, ai sensi dell'{ref}.",
        ),
        "objection": (
            "Mi oppongo, ai sensi dell'{ref}, al trattamento dei miei dati per finalità di "
            "marketing diretto.",
            "Ai sensi dell'{ref}, mi oppongo alla profilazione basata sui miei dati di utilizzo "
            "di {product}.",
        ),
        "consent_withdrawal": (
            "Con la presente revoco il consenso al trattamento dei miei dati di localizzazione, "
            "ai sensi dell'{ref}.",
            "Revoco tutti i consensi prestati in relazione all'account {account}, ai sensi "
            "dell'{ref}.",
        ),
        "complaint": (
            "Presento un reclamo formale sul trattamento dei miei dati: la mia precedente "
            "richiesta è rimasta senza risposta. Mi riservo di rivolgermi al Garante ai sensi "
            "dell'{ref}.",
            "Credo che il mio account {account} sia stato violato: risultano accessi sconosciuti "
            "e le impostazioni di {product} sono state modificate. A quali dati si è avuto "
            "accesso?",
        ),
        "inquiry": (
            "Ai sensi dell'{ref}, vi chiedo in quali paesi sono conservati i miei dati e quali "
            "garanzie si applicano ai trasferimenti all'estero.",
            "Potreste spiegarmi quali dati raccoglie {product}, per quali finalità e per quanto "
            "tempo vengono conservati?",
        ),
    },
    informal={
        "access": (
            "mi mandate tutti i dati che avete su di me?",
            "Vorrei sapere quali informazioni avete su di me, mandatemi una copia per favore.",
        ),
        "rectification": (
            "il mio nome è scritto sbagliato nell'app, potete correggerlo?",
            "Per favore aggiornate il mio indirizzo, ho traslocato.",
        ),
        "erasure": (
            "per favore cancellate il mio account e i miei dati",
            "Non uso più {product}, cancellate tutto ciò che mi riguarda.",
        ),
        "restriction": (
            "Non cancellate niente ma smettete di usare i miei dati finché non chiarite l'errore.",
            "Potete bloccare i miei dati per ora?",
        ),
        "portability": (
            "Posso scaricare i miei dati di {product} in CSV?",
            "Passo a un'altra app, come esporto tutti i miei dati?",
        ),
        "objection": (
            "Smettetela di mandarmi pubblicità!",
            "Non voglio che i miei dati siano usati per annunci o profilazione.",
            "Non condividete i miei dati con terzi.",
        ),
        "consent_withdrawal": (
            "non voglio più che raccogliate la mia posizione, revoco il consenso",
            "Revoco il permesso di usare le mie registrazioni.",
        ),
        "complaint": (
            "Credo che mi abbiano hackerato l'account, chi ha visto i miei video??",
            "Qualcuno è entrato nel mio account {product} e ha cambiato la password. Quali dati "
            "ha visto?",
            "È la terza volta che scrivo e nessuno risponde. Inaccettabile.",
        ),
        "inquiry": (
            "In che paese sono salvati i miei video?",
            "Una domanda: condividete i miei dati con altre aziende?",
            "Per quanto tempo conservate le registrazioni di {product}?",
        ),
    },
    guardian_intro=(
        "vi scrivo come {parent} di {child} ({age} anni), che usa {product} con un account "
        "creato da me ({account}).",
        "Sono il genitore di {child}, {age} anni, titolare dell'account {account}.",
    ),
    parent_words=("padre", "madre"),
    child_words=("figlio", "figlia"),
    guardian={
        "access": (
            "Vi chiedo una copia di tutti i dati che avete su mio figlio o mia figlia "
            "minorenne, compresa la cronologia delle posizioni.",
        ),
        "erasure": (
            "Chiedo la cancellazione dell'account del minore e di tutti i suoi dati: "
            "ha meno di 14 anni.",
        ),
        "consent_withdrawal": (
            "In qualità di genitore revoco il consenso alla raccolta dei dati "
            "di posizione del minore.",
        ),
    },
    agent_intro=(
        "scrivo in nome e per conto di {client} ({client_email}), come da delega allegata.",
    ),
    agent={
        "access": (
            "Per conto del mio assistito chiedo l'accesso a tutti i dati di {client} "
            "(art. 15 GDPR).",
        ),
        "erasure": (
            "Il mio assistito chiede la cancellazione di tutti i dati di {client} (art. 17 GDPR).",
        ),
        "objection": (
            "Il mio assistito si oppone all'uso dei dati di {client} per finalità "
            "di marketing (art. 21 GDPR).",
        ),
    },
    quote_header="Il giorno {date} alle ore {time} {support} <support@example.com> ha scritto:",
    quoted=(
        "Buongiorno,\n\ngrazie per averci contattato. Può indicarci il numero di serie del "
        "dispositivo?\n\nCordiali saluti\nAssistenza clienti",
    ),
    forward_note=(
        "Ciao team privacy,\n\nquesta è arrivata dalla chat di assistenza, sembra una richiesta "
        "GDPR. Potete occuparvene voi?",
        "Vi inoltro la mail di un cliente.",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=(
        "Via Roma {n}\n20121 Milano",
        "Via Garibaldi {n}\n10122 Torino",
        "Corso Vittorio Emanuele {n}\n80121 Napoli",
    ),
    phones=("+39 333 555 {p4}", "+39 02 555 {p4}"),
    support_name="Assistenza clienti",
    colleagues=("Paolo Fontana", "Anna Moretti"),
)


NL = Bank(
    code="nl",
    male=("Daan", "Thijs", "Bram", "Joost", "Ruben", "Pieter", "Sem", "Wouter"),
    female=("Sanne", "Lotte", "Fleur", "Eva", "Anouk", "Marieke", "Femke", "Iris"),
    surnames=(
        "de Vries",
        "Jansen",
        "van den Berg",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Jong",
        "Bos",
        "Vermeulen",
        "Peeters",
    ),
    domains=("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "telenet.be", "xs4all.nl"),
    tz=(1, 2),
    months=(
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    day_fmt=("{d} {mon} {y}", "{dd}-{mm}-{y}"),
    month_fmt="{mon} {y}",
    numbers={2: "twee", 3: "drie", 6: "zes", 12: "twaalf"},
    ranges={
        "since_month": ("sinds {m1}", "vanaf {m1}"),
        "since_year": ("sinds {y1}", "vanaf {y1}"),
        "since_day": ("sinds {d1}",),
        "month_range": ("van {m1} tot en met {m2}", "voor de periode {m1}–{m2}"),
        "month_range_same_year": (
            "van {mon1} tot en met {mon2} {y1}",
            "voor de periode {mon1}–{mon2} {y1}",
        ),
        "day_range": ("van {d1} tot en met {d2}", "tussen {d1} en {d2}"),
        "day_range_same_month": ("tussen {a} en {b} {mon} {y1}",),
        "yearless_day_range": ("tussen {a} en {b} {mon}", "van {a} tot en met {b} {mon}"),
        "year": ("uit {y1}", "over het jaar {y1}"),
        "year_range": ("van {y1} tot en met {y2}",),
        "until_month": ("tot en met {m2}",),
        "until_year": ("tot en met {y2}",),
        "last_n_months": ("van de afgelopen {n} maanden", "van de laatste {n} maanden"),
        "last_n_days": ("van de afgelopen {n} dagen",),
        "last_year": ("van vorig jaar",),
        "last_month": ("van vorige maand",),
    },
    carriers=(
        "Het gaat mij vooral om {obj} {range}.",
        "Dit betreft {obj} {range}.",
        "Graag inclusief {obj} {range}.",
    ),
    objects=(
        "alle locatiegegevens",
        "de opnames van mijn CloudCam",
        "mijn bestelgeschiedenis",
        "de inloggegevens",
        "alle gegevens",
        "de slaapdata van mijn FitBand",
    ),
    refs=("artikel {art} AVG", "artikel {art} van de AVG"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7 lid 3",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=(
        "Geachte heer/mevrouw,",
        "Geachte functionaris gegevensbescherming,",
        "Beste privacyteam,",
    ),
    greet_informal=("Hoi,", "Hallo,", "Hey,", "hoi"),
    close_formal=("Met vriendelijke groet,", "Hoogachtend,", "Met vriendelijke groeten,"),
    close_informal=("Groetjes", "Bvd", "Dank!", "Gr."),
    identity=(
        "Mijn naam is {name}; mijn account staat op {email}.",
        "Ik ben klant bij u (klantnummer {cid}).",
        "Als houder van account {account} schrijf ik u over mijn gegevens.",
    ),
    verify=(
        "Indien nodig stuur ik een kopie van mijn identiteitsbewijs (BSN afgeschermd).",
        "Laat u mij weten als u mijn identiteit moet verifiëren.",
    ),
    deadline=(
        "Ik verzoek u binnen één maand na ontvangst te reageren, conform de AVG.",
        "Ik zie uw reactie graag binnen de wettelijke termijn van een maand tegemoet.",
    ),
    order=(
        "Ter info: mijn {product} heb ik op {date} gekocht (bestelling {order}).",
        "Bestelling {order} van {date} betrof een {product}.",
    ),
    reminder=(
        "Ik heb u hierover al op {date} gemaild, zonder reactie.",
        "Dit is een herinnering aan mijn e-mail van {date}.",
    ),
    context=(
        "Mijn {product} valt elke nacht uit en de app geeft een foutmelding.",
        "Ik krijg mijn wachtwoord voor {product} niet gereset, de link komt nooit aan.",
        "Sinds de laatste update synchroniseert mijn {product} niet meer.",
    ),
    mobile=("Verzonden vanaf mijn iPhone", "Verstuurd vanaf mijn telefoon"),
    list_intro=("Ik verzoek u om het volgende:", "Mijn verzoeken:"),
    subjects={
        "access": ("Inzageverzoek AVG", "Verzoek om inzage in mijn persoonsgegevens"),
        "rectification": ("Verzoek tot correctie", "Onjuiste gegevens in mijn account"),
        "erasure": ("Verzoek tot verwijdering", "Account verwijderen", "Recht op vergetelheid"),
        "restriction": ("Verzoek tot beperking van de verwerking",),
        "portability": ("Dataportabiliteit", "Export van mijn gegevens"),
        "objection": ("Bezwaar tegen verwerking", "Geen reclame meer", "Bezwaar profilering"),
        "consent_withdrawal": ("Intrekking toestemming",),
        "complaint": ("Klacht", "Account gehackt?", "Mogelijk datalek"),
        "inquiry": ("Vraag over uw privacyverklaring", "Waar worden mijn gegevens opgeslagen?"),
    },
    casual_subjects=("vraag", "mijn account", "dringend", "gegevens"),
    support_subjects=("Probleem met {product}", "{product} offline", "Hulp {product}"),
    formal={
        "access": (
            "Op grond van {ref} verzoek ik u om inzage in alle persoonsgegevens die u over mij "
            "verwerkt, met vermelding van de doeleinden, de ontvangers en de bewaartermijn.",
            "Hierbij doe ik een inzageverzoek op grond van {ref} en vraag ik een kopie van alle "
            "gegevens die via {product} zijn verzameld.",
        ),
        "rectification": (
            "Op grond van {ref} verzoek ik u mijn onjuiste gegevens te corrigeren: mijn "
            "achternaam is verkeerd gespeld en mijn adres is niet actueel.",
            "De geboortedatum in mijn account {account} klopt niet. Graag correctie op grond van "
            "{ref}.",
        ),
        "erasure": (
            "Op grond van {ref} verzoek ik u al mijn persoonsgegevens zonder onredelijke "
            "vertraging te wissen.",
            "Verwijder alstublieft mijn account {account} en alle bijbehorende gegevens, op grond "
            "van {ref}.",
        ),
        "restriction": (
            "Op grond van {ref} verzoek ik om beperking van de verwerking van mijn gegevens "
            "totdat de juistheid ervan is gecontroleerd.",
            "Wis mijn gegevens niet, maar beperk de verwerking op grond van {ref}; ik heb ze "
            "nodig voor een juridische procedure.",
        ),
        "portability": (
            "Op grond van {ref} wil ik de door mij verstrekte gegevens ontvangen in een "
            "gestructureerde, gangbare en machineleesbare vorm.",
            "Graag mijn gegevens uit {product} rechtstreeks doorsturen naar een andere aanbieder "
            "of mij toesturen als CSV of JSON, op grond van {ref}.",
        ),
        "objection": (
            "Op grond van {ref} maak ik bezwaar tegen de verwerking van mijn gegevens voor "
            "direct marketing.",
            "Ik maak op grond van {ref} bezwaar tegen profilering op basis van mijn "
            "gebruiksgegevens van {product}.",
        ),
        "consent_withdrawal": (
            "Hierbij trek ik mijn toestemming voor de verwerking van mijn locatiegegevens in, op "
            "grond van {ref}.",
            "Ik trek alle toestemmingen in die ik voor account {account} heb gegeven ({ref}).",
        ),
        "complaint": (
            "Ik dien hierbij een formele klacht in over de omgang met mijn gegevens: mijn eerdere "
            "verzoek is niet beantwoord. Ik behoud mij het recht voor een klacht in te dienen bij "
            "de Autoriteit Persoonsgegevens op grond van {ref}.",
            "Ik vermoed dat mijn account {account} is gehackt: er zijn onbekende inlogpogingen "
            "en de instellingen van {product} zijn gewijzigd. Welke gegevens zijn ingezien?",
        ),
        "inquiry": (
            "Op grond van {ref} verzoek ik u mij te laten weten in welke landen mijn gegevens "
            "worden opgeslagen en welke waarborgen gelden bij doorgifte buiten de EU.",
            "Kunt u uitleggen welke gegevens {product} verzamelt, met welk doel en hoe lang ze "
            "worden bewaard?",
        ),
    },
    informal={
        "access": (
            "kunnen jullie me alle gegevens sturen die jullie over mij hebben?",
            "Ik wil graag weten welke info jullie van mij hebben, stuur aub een kopie.",
        ),
        "rectification": (
            "mijn naam staat verkeerd in de app, kunnen jullie dat aanpassen?",
            "Graag mijn adres bijwerken, ik ben verhuisd.",
        ),
        "erasure": (
            "aub mijn account en gegevens verwijderen",
            "Ik gebruik {product} niet meer, verwijder alles van mij.",
        ),
        "restriction": (
            "Niets verwijderen, maar stop even met het gebruiken van mijn gegevens tot de fout is "
            "opgelost.",
            "Kunnen jullie mijn gegevens voorlopig bevriezen?",
        ),
        "portability": (
            "Kan ik mijn {product}-gegevens als CSV downloaden?",
            "Ik stap over naar een andere app, hoe exporteer ik al mijn data?",
        ),
        "objection": (
            "Stop met het sturen van reclame!",
            "Ik wil niet dat mijn gegevens voor advertenties of profilering worden gebruikt.",
            "Deel mijn gegevens niet met derden.",
        ),
        "consent_withdrawal": (
            "ik wil niet meer dat jullie mijn locatie bijhouden, toestemming ingetrokken",
            "Ik trek mijn toestemming voor het gebruik van mijn opnames in.",
        ),
        "complaint": (
            "Ik denk dat mijn account gehackt is, wie heeft mijn video's gezien??",
            "Iemand is in mijn {product}-account gekomen en heeft het wachtwoord veranderd. "
            "Welke gegevens zijn bekeken?",
            "Dit is mijn derde mail zonder antwoord. Echt slecht.",
        ),
        "inquiry": (
            "In welk land worden mijn video's opgeslagen?",
            "Korte vraag: delen jullie mijn gegevens met andere bedrijven?",
            "Hoe lang bewaren jullie de opnames van {product}?",
        ),
    },
    guardian_intro=(
        "ik schrijf als {parent} van {child} ({age} jaar), die {product} gebruikt via een "
        "account dat ik heb aangemaakt ({account}).",
        "Als wettelijk vertegenwoordiger van mijn {childrel} {child} ({age}) neem ik contact "
        "op over account {account}.",
    ),
    parent_words=("vader", "moeder"),
    child_words=("zoon", "dochter"),
    guardian={
        "access": (
            "Graag ontvang ik een kopie van alle gegevens die u over mijn kind heeft, "
            "inclusief de locatiegeschiedenis.",
        ),
        "erasure": (
            "Verwijder alstublieft het account van mijn kind en alle gegevens; mijn "
            "kind is jonger dan 16.",
        ),
        "consent_withdrawal": (
            "Als ouder trek ik de toestemming in voor het verzamelen van de "
            "locatiegegevens van mijn kind.",
        ),
    },
    agent_intro=(
        "namens mijn cliënt {client} ({client_email}) richt ik mij tot u; een machtiging is "
        "bijgevoegd.",
    ),
    agent={
        "access": (
            "Namens cliënt verzoek ik om inzage in alle gegevens van {client} (artikel 15 AVG).",
        ),
        "erasure": (
            "Cliënt verzoekt om verwijdering van alle gegevens van {client} (artikel 17 AVG).",
        ),
        "objection": (
            "Cliënt maakt bezwaar tegen gebruik van de gegevens van {client} voor "
            "marketing (artikel 21 AVG).",
        ),
    },
    quote_header="Op {date} om {time} schreef {support} <support@example.com>:",
    quoted=(
        "Beste klant,\n\nBedankt voor uw bericht. Kunt u ons het serienummer van uw apparaat "
        "sturen?\n\nMet vriendelijke groet,\nKlantenservice",
    ),
    forward_note=(
        "Hoi privacyteam,\n\ndit kwam binnen via de supportchat, lijkt een AVG-verzoek. Kunnen "
        "jullie het overnemen?",
        "Doorgestuurd ter afhandeling.",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=(
        "Keizersgracht {n}\n1015 CJ Amsterdam",
        "Oudegracht {n}\n3511 AB Utrecht",
        "Meir {n}\n2000 Antwerpen",
    ),
    phones=("+31 6 5555 {p4}", "+32 470 55 {p2} {p2b}"),
    support_name="Klantenservice",
    colleagues=("Kees Willems", "Mirjam Dekker"),
)


PT = Bank(
    code="pt",
    male=("João", "Pedro", "Lucas", "Rafael", "Tiago", "Gabriel", "Miguel", "Bruno"),
    female=("Ana", "Mariana", "Beatriz", "Camila", "Inês", "Larissa", "Juliana", "Rita"),
    surnames=(
        "Silva",
        "Santos",
        "Oliveira",
        "Souza",
        "Pereira",
        "Costa",
        "Rodrigues",
        "Almeida",
        "Ferreira",
        "Carvalho",
        "Gomes",
        "Ribeiro",
        "Martins",
    ),
    domains=("uol.com.br", "bol.com.br", "gmail.com", "sapo.pt", "hotmail.com", "terra.com.br"),
    tz=(-3, 0, 1),
    months=(
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    day_fmt=("{d} de {mon} de {y}", "{dd}/{mm}/{y}"),
    month_fmt="{mon} de {y}",
    numbers={2: "dois", 3: "três", 6: "seis", 12: "doze"},
    ranges={
        "since_month": ("desde {m1}", "a partir de {m1}"),
        "since_year": ("desde {y1}",),
        "since_day": ("desde {d1}",),
        "month_range": ("de {m1} a {m2}", "entre {m1} e {m2}"),
        "month_range_same_year": ("de {mon1} a {mon2} de {y1}",),
        "day_range": ("de {d1} a {d2}", "entre {d1} e {d2}"),
        "day_range_same_month": ("entre {a} e {b} de {mon} de {y1}",),
        "yearless_day_range": ("entre {a} e {b} de {mon}",),
        "year": ("do ano de {y1}", "referentes a {y1}"),
        "year_range": ("de {y1} a {y2}",),
        "until_month": ("até {m2}, inclusive", "até o fim de {m2}"),
        "until_year": ("até o fim de {y2}",),
        "last_n_months": ("dos últimos {n} meses",),
        "last_n_days": ("dos últimos {n} dias",),
        "last_year": ("do ano passado",),
        "last_month": ("do mês passado",),
    },
    carriers=(
        "Tenho interesse especial em {obj} {range}.",
        "O pedido abrange {obj} {range}.",
        "Por favor incluam {obj} {range}.",
    ),
    objects=(
        "os dados de localização",
        "as gravações da minha CloudCam",
        "o histórico de pedidos",
        "os registros de acesso",
        "todos os dados",
        "os dados de sono da minha FitBand",
    ),
    refs=("art. 18, {art}, da LGPD", "art. 18, inciso {art}, da Lei 13.709/2018"),
    arts={
        "access": "II",
        "rectification": "III",
        "erasure": "VI",
        "restriction": "IV",
        "portability": "V",
        "objection": "§ 2º",
        "consent_withdrawal": "IX",
        "complaint": "§ 1º",
        "inquiry": "VII",
    },
    greet_formal=("Prezados,", "Exmos. Senhores,", "Ao Encarregado de Proteção de Dados,"),
    greet_informal=("Oi,", "Olá,", "Bom dia,", "oi gente"),
    close_formal=("Atenciosamente,", "Cordialmente,", "Com os melhores cumprimentos,"),
    close_informal=("Valeu", "Abraços", "Agradeço desde já", "Bjs"),
    identity=(
        "Meu nome é {name} e minha conta está cadastrada com o e-mail {email}.",
        "Sou cliente de vocês (número de cliente {cid}).",
        "Como titular da conta {account}, escrevo a respeito dos meus dados.",
    ),
    verify=(
        "Posso enviar cópia de documento de identidade, se necessário.",
        "Caso precisem confirmar minha identidade, informem o que é necessário.",
    ),
    deadline=(
        "Solicito resposta no prazo de 15 dias previsto na LGPD.",
        "Aguardo resposta dentro do prazo legal de um mês.",
    ),
    order=(
        "Para referência, comprei minha {product} em {date} (pedido {order}).",
        "O pedido {order} de {date} era de um {product}.",
    ),
    reminder=(
        "Já escrevi sobre isso em {date} e não tive resposta.",
        "Isto é um lembrete do meu e-mail de {date}.",
    ),
    context=(
        "Minha {product} desconecta toda noite e o app mostra um erro.",
        "Não consigo redefinir a senha do {product}, o link nunca chega.",
        "Meu {product} parou de sincronizar depois da última atualização.",
    ),
    mobile=("Enviado do meu iPhone", "Enviado do meu celular"),
    list_intro=("Seguem meus pedidos:", "São os seguintes pedidos:"),
    subjects={
        "access": ("Solicitação de acesso aos meus dados", "Requerimento LGPD – acesso"),
        "rectification": ("Correção de dados", "Dados incorretos na minha conta"),
        "erasure": ("Pedido de exclusão de dados", "Excluir minha conta", "Apagar meus dados"),
        "restriction": ("Pedido de bloqueio/limitação do tratamento",),
        "portability": ("Portabilidade dos meus dados", "Exportar meus dados"),
        "objection": ("Oposição ao tratamento", "Parem a publicidade", "Oposição a perfis"),
        "consent_withdrawal": ("Revogação do consentimento",),
        "complaint": ("Reclamação", "Conta hackeada?", "Possível vazamento de dados"),
        "inquiry": ("Dúvida sobre a política de privacidade", "Onde meus dados ficam guardados?"),
    },
    casual_subjects=("dúvida", "minha conta", "urgente", "dados"),
    support_subjects=("Problema com {product}", "{product} offline", "Ajuda {product}"),
    formal={
        "access": (
            "Nos termos do {ref}, solicito acesso a todos os dados pessoais que vocês mantêm a "
            "meu respeito, com indicação das finalidades, dos destinatários e do prazo de "
            "conservação.",
            "Venho exercer o direito de acesso previsto no {ref} e obter cópia de todos os dados "
            "coletados por meio do {product}.",
        ),
        "rectification": (
            "Nos termos do {ref}, solicito a correção dos dados incorretos da minha conta: o "
            "sobrenome está escrito errado e o endereço está desatualizado.",
            "A data de nascimento registrada na conta {account} está errada. Peço a correção "
            "nos termos do {ref}.",
        ),
        "erasure": (
            "Nos termos do {ref}, solicito a eliminação de todos os meus dados pessoais.",
            "Peço que excluam a conta {account} e todos os dados associados, nos termos do {ref}.",
        ),
        "restriction": (
            "Nos termos do {ref}, solicito o bloqueio do tratamento dos meus dados até que sua "
            "exatidão seja verificada.",
            "Não apaguem meus dados, mas suspendam o tratamento nos termos do {ref}, pois preciso "
            "deles para um processo judicial.",
        ),
        "portability": (
            "Nos termos do {ref}, solicito a portabilidade dos meus dados em formato estruturado "
            "e legível por máquina.",
            "Peço que transfiram meus dados do {product} diretamente para outro fornecedor ou "
            "que os enviem em CSV ou JSON, nos termos do {ref}.",
        ),
        "objection": (
            "Nos termos do {ref}, oponho-me ao tratamento dos meus dados para fins de marketing "
            "direto.",
            "Oponho-me, nos termos do {ref}, à criação de perfis com base nos meus dados de uso "
            "do {product}.",
        ),
        "consent_withdrawal": (
            "Venho revogar o consentimento para o tratamento dos meus dados de localização, nos "
            "termos do {ref}.",
            "Revogo todos os consentimentos dados em relação à conta {account}, nos termos do "
            "{ref}.",
        ),
        "complaint": (
            "Apresento reclamação formal sobre o tratamento dos meus dados: meu pedido anterior "
            "não foi respondido. Reservo-me o direito de peticionar à ANPD nos termos do {ref}.",
            "Acredito que minha conta {account} foi invadida: há acessos desconhecidos e as "
            "configurações do {product} foram alteradas. Quais dados foram acessados?",
        ),
        "inquiry": (
            "Nos termos do {ref}, peço que informem com quais entidades meus dados são "
            "compartilhados e em quais países são armazenados.",
            "Poderiam explicar quais dados o {product} coleta, para quê e por quanto tempo são "
            "guardados?",
        ),
    },
    informal={
        "access": (
            "vocês podem me mandar todos os dados que têm sobre mim?",
            "Quero saber quais informações vocês têm de mim, mandem uma cópia por favor.",
        ),
        "rectification": (
            "meu nome está errado no app, dá pra corrigir?",
            "Por favor atualizem meu endereço, me mudei.",
        ),
        "erasure": (
            "por favor apaguem minha conta e meus dados",
            "Não uso mais o {product}, quero que apaguem tudo meu.",
        ),
        "restriction": (
            "Não apaguem nada, mas parem de usar meus dados até resolverem o erro.",
            "Dá pra congelar meus dados por enquanto?",
        ),
        "portability": (
            "Posso baixar meus dados do {product} em CSV?",
            "Vou trocar de app, como exporto todos os meus dados?",
        ),
        "objection": (
            "Parem de me mandar propaganda!",
            "Não quero que meus dados sejam usados para anúncios ou perfis.",
            "Não compartilhem meus dados com terceiros.",
        ),
        "consent_withdrawal": (
            "não quero mais que coletem minha localização, revogo o consentimento",
            "Retiro a autorização para usarem minhas gravações.",
        ),
        "complaint": (
            "Acho que hackearam minha conta, quem viu meus vídeos??",
            "Alguém entrou na minha conta do {product} e trocou a senha. Que dados viram?",
            "É a terceira vez que escrevo e ninguém responde. Um absurdo.",
        ),
        "inquiry": (
            "Em que país ficam guardados meus vídeos?",
            "Uma pergunta: vocês compartilham meus dados com outras empresas?",
            "Por quanto tempo vocês guardam as gravações do {product}?",
        ),
    },
    guardian_intro=(
        "escrevo como {parent} de {child} ({age} anos), que usa o {product} numa conta criada "
        "por mim ({account}).",
        "Sou responsável legal por {child}, de {age} anos, titular da conta {account}.",
    ),
    parent_words=("pai", "mãe"),
    child_words=("filho", "filha"),
    guardian={
        "access": (
            "Peço uma cópia de todos os dados que vocês têm sobre a criança, incluindo o "
            "histórico de localização.",
        ),
        "erasure": (
            "Peço a exclusão da conta da criança e de todos os seus dados; ela tem "
            "menos de 14 anos.",
        ),
        "consent_withdrawal": (
            "Como responsável, revogo o consentimento para a coleta de dados "
            "de localização da criança.",
        ),
    },
    agent_intro=(
        "venho, na qualidade de procurador de {client} ({client_email}), conforme procuração "
        "anexa, apresentar o seguinte requerimento.",
    ),
    agent={
        "access": (
            "Em nome do meu cliente, requeiro acesso a todos os dados de {client} "
            "(art. 18, II, da LGPD).",
        ),
        "erasure": (
            "Meu cliente requer a eliminação de todos os dados de {client} (art. 18, VI, da LGPD).",
        ),
        "objection": (
            "Meu cliente opõe-se ao uso dos dados de {client} para fins de marketing "
            "(art. 18, § 2º, da LGPD).",
        ),
    },
    quote_header="Em {date} às {time}, {support} <support@example.com> escreveu:",
    quoted=(
        "Olá,\n\nObrigado pelo contato. Pode nos enviar o número de série do seu aparelho?"
        "\n\nAtenciosamente,\nSuporte",
    ),
    forward_note=(
        "Oi equipe de privacidade,\n\nisso chegou pelo chat do suporte, parece um pedido de "
        "titular (LGPD). Podem assumir?",
        "Encaminho o e-mail de um cliente.",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=(
        "Rua Augusta {n}\n01305-000 São Paulo - SP",
        "Av. Atlântica {n}\n22021-001 Rio de Janeiro - RJ",
        "Rua de Santa Catarina {n}\n4000-447 Porto",
    ),
    phones=("+55 11 95555-{p4}", "+351 912 555 {p3}"),
    support_name="Suporte",
    colleagues=("Fernanda Lima", "Ricardo Alves"),
)

PT_RGPD_REFS = ("artigo {art}.º do RGPD",)
PT_RGPD_ARTS = {
    "access": "15",
    "rectification": "16",
    "erasure": "17",
    "restriction": "18",
    "portability": "20",
    "objection": "21",
    "consent_withdrawal": "7",
    "complaint": "77",
    "inquiry": "13",
}


PL = Bank(
    code="pl",
    male=("Jakub", "Piotr", "Tomasz", "Michał", "Krzysztof", "Paweł", "Marcin", "Łukasz"),
    female=("Anna", "Katarzyna", "Magdalena", "Agnieszka", "Zofia", "Joanna", "Ewa", "Marta"),
    surnames=(
        "Nowak",
        "Wójcik",
        "Kowalczyk",
        "Mazur",
        "Krawczyk",
        "Zając",
        "Król",
        "Wieczorek",
        "Adamczyk",
        "Dudek",
        "Pawlak",
        "Sikora",
    ),
    domains=("wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"),
    tz=(1, 2),
    months=(
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    day_fmt=("{d} {mon} {y}", "{dd}.{mm}.{y}"),
    month_fmt="{mon} {y}",
    numbers={2: "dwóch", 3: "trzech", 6: "sześciu", 12: "dwunastu"},
    ranges={
        "since_month": ("od {m1}", "od początku {m1}"),
        "since_year": ("od {y1} roku", "od roku {y1}"),
        "since_day": ("od {d1}",),
        "month_range": ("od {m1} do {m2}", "za okres od {m1} do {m2}"),
        "month_range_same_year": ("od {mon1} do {mon2} {y1}",),
        "day_range": ("od {d1} do {d2}", "w okresie od {d1} do {d2}"),
        "day_range_same_month": ("od {a} do {b} {mon} {y1}",),
        "yearless_day_range": ("od {a} do {b} {mon}", "między {a} a {b} {mon}"),
        "year": ("z {y1} roku", "za rok {y1}"),
        "year_range": ("z lat {y1}–{y2}", "od {y1} do {y2} roku"),
        "until_month": ("do {m2} włącznie", "do końca {m2}"),
        "until_year": ("do końca {y2} roku",),
        "last_n_months": ("z ostatnich {n} miesięcy",),
        "last_n_days": ("z ostatnich {n} dni",),
        "last_year": ("z zeszłego roku", "z ubiegłego roku"),
        "last_month": ("z zeszłego miesiąca", "z poprzedniego miesiąca"),
    },
    carriers=(
        "Chodzi mi zwłaszcza o {obj} {range}.",
        "Wniosek dotyczy danych: {obj} {range}.",
        "Proszę uwzględnić {obj} {range}.",
    ),
    objects=(
        "dane lokalizacyjne",
        "nagrania z kamery CloudCam",
        "historię zamówień",
        "historię logowań",
        "wszystkie dane",
        "dane o śnie z opaski FitBand",
    ),
    refs=("art. {art} RODO", "art. {art} ogólnego rozporządzenia o ochronie danych"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7 ust. 3",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=("Szanowni Państwo,", "Dzień dobry,", "Do Inspektora Ochrony Danych,"),
    greet_informal=("Cześć,", "Hej,", "Dzień dobry", "witam"),
    close_formal=("Z poważaniem", "Z wyrazami szacunku", "Łączę pozdrowienia"),
    close_informal=("Pozdrawiam", "Dzięki", "Pozdro", "Z góry dziękuję"),
    identity=(
        "Nazywam się {name}, a moje konto jest zarejestrowane na adres {email}.",
        "Jestem Państwa klientem (numer klienta {cid}).",
        "Jako właściciel konta {account} piszę w sprawie moich danych.",
    ),
    verify=(
        "W razie potrzeby mogę przesłać skan dokumentu tożsamości.",
        "Jeśli potrzebują Państwo potwierdzenia tożsamości, proszę o informację.",
    ),
    deadline=(
        "Proszę o odpowiedź w terminie miesiąca od otrzymania wniosku, zgodnie z RODO.",
        "Oczekuję odpowiedzi w ustawowym terminie jednego miesiąca.",
    ),
    order=(
        "Dla porządku: urządzenie {product} zostało kupione {date} (zamówienie {order}).",
        "Zamówienie {order} z dnia {date} dotyczyło urządzenia {product}.",
    ),
    reminder=(
        "Moja wiadomość w tej sprawie z dnia {date} pozostała bez odpowiedzi.",
        "To przypomnienie mojej wiadomości z dnia {date}.",
    ),
    context=(
        "Mój {product} co noc traci połączenie z Wi-Fi, a aplikacja pokazuje błąd.",
        "Nie mogę zresetować hasła do {product}, link nie przychodzi.",
        "Po ostatniej aktualizacji {product} przestał się synchronizować.",
    ),
    mobile=("Wysłane z iPhone'a", "Wysłane z mojego telefonu"),
    list_intro=("Składam następujące wnioski:", "Moje żądania:"),
    subjects={
        "access": ("Wniosek o dostęp do danych osobowych", "Żądanie z art. 15 RODO"),
        "rectification": ("Wniosek o sprostowanie danych", "Błędne dane na koncie"),
        "erasure": ("Żądanie usunięcia danych", "Usunięcie konta", "Prawo do bycia zapomnianym"),
        "restriction": ("Wniosek o ograniczenie przetwarzania",),
        "portability": ("Przeniesienie danych", "Eksport moich danych"),
        "objection": (
            "Sprzeciw wobec przetwarzania",
            "Koniec z reklamami",
            "Sprzeciw wobec profilowania",
        ),
        "consent_withdrawal": ("Cofnięcie zgody",),
        "complaint": ("Skarga", "Włamanie na konto?", "Możliwy wyciek danych"),
        "inquiry": ("Pytanie o politykę prywatności", "Gdzie są przechowywane moje dane?"),
    },
    casual_subjects=("pytanie", "moje konto", "pilne", "dane"),
    support_subjects=("Problem z {product}", "{product} offline", "Pomoc {product}"),
    formal={
        "access": (
            "Na podstawie {ref} wnoszę o udostępnienie wszystkich moich danych osobowych, "
            "które Państwo przetwarzają, wraz z informacją o celach, odbiorcach i okresie "
            "przechowywania.",
            "Zgodnie z {ref} proszę o kopię wszystkich danych zebranych za pośrednictwem "
            "{product}.",
        ),
        "rectification": (
            "Na podstawie {ref} żądam sprostowania nieprawidłowych danych na moim koncie: "
            "nazwisko jest błędnie zapisane, a adres jest nieaktualny.",
            "Data urodzenia zapisana na koncie {account} jest błędna. Proszę o jej poprawienie "
            "zgodnie z {ref}.",
        ),
        "erasure": (
            "Na podstawie {ref} żądam niezwłocznego usunięcia wszystkich moich danych osobowych.",
            "Proszę o usunięcie konta {account} wraz ze wszystkimi powiązanymi danymi, zgodnie z "
            "{ref}.",
        ),
        "restriction": (
            "Na podstawie {ref} żądam ograniczenia przetwarzania moich danych do czasu "
            "sprawdzenia ich prawidłowości.",
            "Proszę nie usuwać moich danych, lecz ograniczyć ich przetwarzanie zgodnie z {ref}, "
            "ponieważ są mi potrzebne do dochodzenia roszczeń.",
        ),
        "portability": (
            "Na podstawie {ref} proszę o przekazanie dostarczonych przeze mnie danych w "
            "ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu "
            "maszynowego.",
            "Proszę o przesłanie moich danych z {product} bezpośrednio innemu dostawcy albo mnie "
            "w formacie CSV lub JSON, zgodnie z {ref}.",
        ),
        "objection": (
            "Na podstawie {ref} wnoszę sprzeciw wobec przetwarzania moich danych na potrzeby "
            "marketingu bezpośredniego.",
            "Zgodnie z {ref} sprzeciwiam się profilowaniu na podstawie danych o korzystaniu z "
            "{product}.",
        ),
        "consent_withdrawal": (
            "Niniejszym cofam zgodę na przetwarzanie moich danych lokalizacyjnych, zgodnie z "
            "{ref}.",
            "Cofam wszystkie zgody udzielone w związku z kontem {account} ({ref}).",
        ),
        "complaint": (
            "Składam formalną skargę na sposób przetwarzania moich danych: mój wcześniejszy "
            "wniosek pozostał bez odpowiedzi. Zastrzegam sobie prawo do skargi do Prezesa UODO "
            "na podstawie {ref}.",
            "Podejrzewam, że ktoś włamał się na moje konto {account}: widzę nieznane logowania, "
            "a ustawienia {product} zostały zmienione. Do jakich danych uzyskano dostęp?",
        ),
        "inquiry": (
            "Na podstawie {ref} proszę o informację, w jakich krajach przechowywane są moje dane "
            "i jakie zabezpieczenia stosują Państwo przy ich przekazywaniu poza UE.",
            "Czy mogą Państwo wyjaśnić, jakie dane zbiera {product}, w jakim celu i jak długo są "
            "przechowywane?",
        ),
    },
    informal={
        "access": (
            "możecie mi wysłać wszystkie dane, jakie o mnie macie?",
            "Chcę wiedzieć, co o mnie trzymacie. Proszę o kopię.",
        ),
        "rectification": (
            "moje nazwisko jest źle zapisane w aplikacji, poprawicie?",
            "Proszę zaktualizować mój adres, mam nowy adres zamieszkania.",
        ),
        "erasure": (
            "prosze usunac moje konto i dane",
            "Nie używam już {product}, usuńcie wszystko, co mnie dotyczy.",
        ),
        "restriction": (
            "Nie usuwajcie niczego, ale przestańcie używać moich danych, dopóki błąd nie zostanie "
            "wyjaśniony.",
            "Czy możecie na razie zamrozić moje dane?",
        ),
        "portability": (
            "Czy mogę pobrać moje dane z {product} w CSV?",
            "Przechodzę do innej aplikacji, jak wyeksportować wszystkie dane?",
        ),
        "objection": (
            "Przestańcie wysyłać mi reklamy!",
            "Nie zgadzam się na wykorzystywanie moich danych do reklam i profilowania.",
            "Nie udostępniajcie moich danych innym firmom.",
        ),
        "consent_withdrawal": (
            "nie chcę, żebyście zbierali moją lokalizację, cofam zgodę",
            "Cofam zgodę na wykorzystywanie moich nagrań.",
        ),
        "complaint": (
            "Chyba ktoś włamał mi się na konto, kto widział moje nagrania??",
            "Ktoś zalogował się na moje konto {product} i zmienił hasło. Jakie dane widział?",
            "Piszę już trzeci raz i nikt nie odpowiada. Skandal.",
        ),
        "inquiry": (
            "W jakim kraju są przechowywane moje filmy?",
            "Krótkie pytanie: czy przekazujecie moje dane innym firmom?",
            "Jak długo przechowujecie nagrania z {product}?",
        ),
    },
    guardian_intro=(
        "piszę jako rodzic dziecka {child} ({age} lat), które korzysta z {product} na koncie "
        "założonym przeze mnie ({account}).",
        "Jestem opiekunem prawnym dziecka o imieniu {child} ({age} lat), konto {account}.",
    ),
    parent_words=("ojciec", "matka"),
    child_words=("syn", "córka"),
    guardian={
        "access": (
            "Proszę o kopię wszystkich danych mojego dziecka, łącznie z historią lokalizacji.",
        ),
        "erasure": (
            "Proszę o usunięcie konta mojego dziecka i wszystkich jego danych; dziecko "
            "ma mniej niż 13 lat.",
        ),
        "consent_withdrawal": (
            "Jako rodzic cofam zgodę na zbieranie danych lokalizacyjnych mojego dziecka.",
        ),
    },
    agent_intro=(
        "działając w imieniu {client} ({client_email}), na podstawie załączonego "
        "pełnomocnictwa, przedstawiam poniższy wniosek.",
    ),
    agent={
        "access": (
            "W imieniu mocodawcy wnoszę o dostęp do wszystkich danych {client} (art. 15 RODO).",
        ),
        "erasure": ("Mocodawca żąda usunięcia wszystkich danych {client} (art. 17 RODO).",),
        "objection": (
            "Mocodawca wnosi sprzeciw wobec wykorzystywania danych {client} do "
            "marketingu (art. 21 RODO).",
        ),
    },
    quote_header="W dniu {date} o {time} {support} <support@example.com> napisał(a):",
    quoted=(
        "Dzień dobry,\n\ndziękujemy za wiadomość. Prosimy o podanie numeru seryjnego "
        "urządzenia.\n\nPozdrawiamy\nObsługa klienta",
    ),
    forward_note=(
        "Cześć zespół ds. prywatności,\n\nto przyszło przez czat wsparcia, wygląda na wniosek z "
        "RODO. Przejmiecie?",
        "Przesyłam dalej wiadomość klienta.",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=(
        "ul. Marszałkowska {n}\n00-624 Warszawa",
        "ul. Floriańska {n}\n31-019 Kraków",
        "ul. Piotrkowska {n}\n90-406 Łódź",
    ),
    phones=("+48 555 {p3} {p3b}", "tel. 555 {p3} {p3b}"),
    support_name="Obsługa klienta",
    colleagues=("Adam Lis", "Ewa Kaczmarek"),
)


SV = Bank(
    code="sv",
    male=("Erik", "Lars", "Johan", "Oskar", "Anders", "Magnus", "Nils", "Henrik"),
    female=("Anna", "Emma", "Sara", "Elin", "Maja", "Karin", "Ingrid", "Linnea"),
    surnames=(
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Svensson",
        "Gustafsson",
        "Lindqvist",
        "Berg",
    ),
    domains=("telia.com", "bredband.net", "gmail.com", "hotmail.se", "live.se", "spray.se"),
    tz=(1, 2),
    months=(
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    day_fmt=("{d} {mon} {y}", "{y}-{mm}-{dd}"),
    month_fmt="{mon} {y}",
    numbers={2: "två", 3: "tre", 6: "sex", 12: "tolv"},
    ranges={
        "since_month": ("sedan {m1}", "från och med {m1}"),
        "since_year": ("sedan {y1}", "från och med {y1}"),
        "since_day": ("sedan den {d1}",),
        "month_range": ("från {m1} till {m2}", "mellan {m1} och {m2}"),
        "month_range_same_year": ("från {mon1} till {mon2} {y1}",),
        "day_range": ("från den {d1} till den {d2}", "mellan {d1} och {d2}"),
        "day_range_same_month": ("mellan den {a} och den {b} {mon} {y1}",),
        "yearless_day_range": ("mellan den {a} och {b} {mon}",),
        "year": ("för år {y1}", "under {y1}"),
        "year_range": ("från {y1} till och med {y2}",),
        "until_month": ("till och med {m2}", "fram till och med {m2}"),
        "until_year": ("till och med {y2}",),
        "last_n_months": ("från de senaste {n} månaderna",),
        "last_n_days": ("från de senaste {n} dagarna",),
        "last_year": ("från förra året",),
        "last_month": ("från förra månaden",),
    },
    carriers=(
        "Jag är särskilt intresserad av {obj} {range}.",
        "Det gäller {obj} {range}.",
        "Ta gärna med {obj} {range}.",
    ),
    objects=(
        "alla platsdata",
        "inspelningarna från min CloudCam",
        "min orderhistorik",
        "inloggningshistoriken",
        "alla uppgifter",
        "sömndata från mitt FitBand",
    ),
    refs=("artikel {art} i GDPR", "artikel {art} i dataskyddsförordningen"),
    arts={
        "access": "15",
        "rectification": "16",
        "erasure": "17",
        "restriction": "18",
        "portability": "20",
        "objection": "21",
        "consent_withdrawal": "7.3",
        "complaint": "77",
        "inquiry": "13",
    },
    greet_formal=("Hej,", "Till dataskyddsombudet,", "Till berörd avdelning,"),
    greet_informal=("Hej!", "Hejsan,", "Tja,", "hej"),
    close_formal=("Med vänlig hälsning", "Vänliga hälsningar", "Med vänliga hälsningar"),
    close_informal=("Tack", "Mvh", "Hälsningar", "Tack på förhand"),
    identity=(
        "Jag heter {name} och mitt konto är registrerat på {email}.",
        "Jag är kund hos er (kundnummer {cid}).",
        "Som innehavare av kontot {account} skriver jag angående mina personuppgifter.",
    ),
    verify=(
        "Jag kan skicka en kopia av legitimation vid behov.",
        "Hör av er om ni behöver verifiera min identitet.",
    ),
    deadline=(
        "Jag förväntar mig svar inom en månad enligt GDPR.",
        "Vänligen svara inom den lagstadgade tiden på en månad.",
    ),
    order=(
        "För kännedom: jag köpte min {product} den {date} (order {order}).",
        "Order {order} från den {date} gällde en {product}.",
    ),
    reminder=(
        "Jag skrev redan till er om detta den {date} men har inte fått svar.",
        "Detta är en påminnelse om mitt mejl från den {date}.",
    ),
    context=(
        "Min {product} tappar wifi varje natt och appen visar ett felmeddelande.",
        "Jag kan inte återställa lösenordet till {product}, länken kommer aldrig.",
        "Min {product} slutade synka efter senaste uppdateringen.",
    ),
    mobile=("Skickat från min iPhone", "Skickat från min mobil"),
    list_intro=("Jag har följande begäranden:", "Mina begäranden:"),
    subjects={
        "access": ("Begäran om registerutdrag", "Begäran om tillgång enligt artikel 15 GDPR"),
        "rectification": ("Begäran om rättelse", "Fel uppgifter på mitt konto"),
        "erasure": ("Begäran om radering", "Radera mitt konto", "Rätten att bli bortglömd"),
        "restriction": ("Begäran om begränsning av behandling",),
        "portability": ("Dataportabilitet", "Exportera mina uppgifter"),
        "objection": (
            "Invändning mot behandling",
            "Sluta med reklam",
            "Invändning mot profilering",
        ),
        "consent_withdrawal": ("Återkallelse av samtycke",),
        "complaint": ("Klagomål", "Kontot hackat?", "Möjlig personuppgiftsincident"),
        "inquiry": ("Fråga om er integritetspolicy", "Var lagras mina uppgifter?"),
    },
    casual_subjects=("fråga", "mitt konto", "brådskande", "data"),
    support_subjects=("Problem med {product}", "{product} offline", "Hjälp {product}"),
    formal={
        "access": (
            "Enligt {ref} begär jag tillgång till alla personuppgifter ni behandlar om mig, "
            "tillsammans med ändamålen, mottagarna och lagringstiden.",
            "Jag begär ett registerutdrag enligt {ref}, inklusive alla uppgifter som samlats in "
            "via {product}.",
        ),
        "rectification": (
            "Enligt {ref} begär jag att ni rättar felaktiga uppgifter på mitt konto: mitt "
            "efternamn är felstavat och adressen är inaktuell.",
            "Födelsedatumet på kontot {account} är fel. Jag begär rättelse enligt {ref}.",
        ),
        "erasure": (
            "Enligt {ref} begär jag att ni utan onödigt dröjsmål raderar alla mina "
            "personuppgifter.",
            "Radera kontot {account} och alla tillhörande uppgifter, enligt {ref}.",
        ),
        "restriction": (
            "Enligt {ref} begär jag begränsning av behandlingen av mina uppgifter tills deras "
            "korrekthet har kontrollerats.",
            "Radera inte mina uppgifter, men begränsa behandlingen enligt {ref}; jag behöver dem "
            "för ett rättsligt anspråk.",
        ),
        "portability": (
            "Enligt {ref} begär jag att få ut de uppgifter jag lämnat i ett strukturerat, "
            "allmänt använt och maskinläsbart format.",
            "Överför mina uppgifter från {product} direkt till en annan leverantör eller skicka "
            "dem till mig som CSV eller JSON, enligt {ref}.",
        ),
        "objection": (
            "Enligt {ref} invänder jag mot behandling av mina personuppgifter för direkt "
            "marknadsföring.",
            "Jag invänder enligt {ref} mot profilering baserad på min användning av {product}.",
        ),
        "consent_withdrawal": (
            "Härmed återkallar jag mitt samtycke till behandling av mina platsdata, enligt {ref}.",
            "Jag återkallar alla samtycken som lämnats för kontot {account} ({ref}).",
        ),
        "complaint": (
            "Jag vill framföra ett formellt klagomål på hur mina uppgifter hanteras: min tidigare "
            "begäran har inte besvarats. Jag förbehåller mig rätten att klaga hos IMY enligt "
            "{ref}.",
            "Jag misstänker att mitt konto {account} har hackats: det finns okända inloggningar "
            "och inställningarna i {product} har ändrats. Vilka uppgifter har lästs?",
        ),
        "inquiry": (
            "Enligt {ref} ber jag er meddela i vilka länder mina uppgifter lagras och vilka "
            "skyddsåtgärder som gäller vid överföring utanför EU.",
            "Kan ni förklara vilka uppgifter {product} samlar in, i vilket syfte och hur länge "
            "de sparas?",
        ),
    },
    informal={
        "access": (
            "kan ni skicka allt ni har om mig?",
            "Jag vill veta vilken info ni har om mig, skicka gärna en kopia.",
        ),
        "rectification": (
            "mitt namn är felstavat i appen, kan ni fixa det?",
            "Uppdatera min adress tack, jag har flyttat.",
        ),
        "erasure": (
            "radera mitt konto och min data tack",
            "Jag använder inte {product} längre, radera allt om mig.",
        ),
        "restriction": (
            "Radera inget, men sluta använda mina uppgifter tills felet är utrett.",
            "Kan ni frysa mina uppgifter tills vidare?",
        ),
        "portability": (
            "Kan jag ladda ner mina {product}-data som CSV?",
            "Jag byter app, hur exporterar jag all min data?",
        ),
        "objection": (
            "Sluta skicka reklam till mig!",
            "Jag vill inte att min data används för annonser eller profilering.",
            "Dela inte mina uppgifter med andra företag.",
        ),
        "consent_withdrawal": (
            "jag vill inte längre att ni samlar in min plats, jag drar tillbaka mitt samtycke",
            "Jag återkallar tillåtelsen att använda mina inspelningar.",
        ),
        "complaint": (
            "Jag tror mitt konto har hackats, vem har sett mina videor??",
            "Någon loggade in på mitt {product}-konto och bytte lösenord. Vilka uppgifter såg de?",
            "Tredje mejlet utan svar. Inte okej.",
        ),
        "inquiry": (
            "I vilket land lagras mina videor?",
            "Snabb fråga: delar ni mina uppgifter med andra företag?",
            "Hur länge sparar ni inspelningarna från {product}?",
        ),
    },
    guardian_intro=(
        "jag skriver som {parent} till {child} ({age} år), som använder {product} via ett konto "
        "jag skapade ({account}).",
        "Som vårdnadshavare för min {childrel} {child} ({age} år) hör jag av mig om kontot "
        "{account}.",
    ),
    parent_words=("pappa", "mamma"),
    child_words=("son", "dotter"),
    guardian={
        "access": (
            "Skicka en kopia av alla uppgifter ni har om mitt barn, inklusive platshistoriken.",
        ),
        "erasure": ("Radera mitt barns konto och alla uppgifter; barnet är under 13 år.",),
        "consent_withdrawal": (
            "Som förälder återkallar jag samtycket till insamling av mitt barns platsdata.",
        ),
    },
    agent_intro=("jag företräder {client} ({client_email}) enligt bifogad fullmakt.",),
    agent={
        "access": (
            "För min huvudmans räkning begär jag tillgång till alla uppgifter om "
            "{client} (artikel 15 GDPR).",
        ),
        "erasure": (
            "Min huvudman begär radering av alla uppgifter om {client} (artikel 17 GDPR).",
        ),
        "objection": (
            "Min huvudman invänder mot att uppgifter om {client} används för "
            "marknadsföring (artikel 21 GDPR).",
        ),
    },
    quote_header="Den {date} kl. {time} skrev {support} <support@example.com>:",
    quoted=(
        "Hej,\n\nTack för ditt meddelande. Kan du skicka serienumret på din enhet?\n\nMed "
        "vänlig hälsning\nKundtjänst",
    ),
    forward_note=(
        "Hej dataskyddsteamet,\n\ndetta kom in via supportchatten, ser ut som en GDPR-begäran. "
        "Kan ni ta över?",
        "Vidarebefordrar ett kundmejl.",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=(
        "Drottninggatan {n}\n111 51 Stockholm",
        "Avenyn {n}\n411 36 Göteborg",
        "Stortorget {n}\n211 22 Malmö",
    ),
    phones=("+46 70 555 {p2} {p2b}", "070-555 {p2} {p2b}"),
    support_name="Kundtjänst",
    colleagues=("Johan Ek", "Sofia Lund"),
)


ZH = Bank(
    code="zh",
    male=("伟|wei", "磊|lei", "洋|yang", "杰|jie", "浩然|haoran", "志强|zhiqiang", "俊|jun"),
    female=("芳|fang", "敏|min", "静|jing", "婷|ting", "倩|qian", "子涵|zihan", "雨欣|yuxin"),
    surnames=(
        "王|wang",
        "李|li",
        "张|zhang",
        "刘|liu",
        "陈|chen",
        "杨|yang",
        "赵|zhao",
        "黄|huang",
        "周|zhou",
        "吴|wu",
    ),
    domains=("qq.com", "163.com", "126.com", "sina.com", "gmail.com", "foxmail.com"),
    tz=(8,),
    months=("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"),
    day_fmt=("{y}年{m}月{d}日",),
    month_fmt="{y}年{m}月",
    numbers={2: "两", 3: "三", 6: "六", 12: "十二"},
    ranges={
        "since_month": ("{m1}以来", "自{m1}起"),
        "since_year": ("{y1}年以来", "自{y1}年起"),
        "since_day": ("{d1}以来",),
        "month_range": ("{m1}到{m2}", "{m1}至{m2}期间"),
        "month_range_same_year": ("{y1}年{mon1}到{mon2}", "{y1}年{mon1}至{mon2}"),
        "day_range": ("{d1}至{d2}", "{d1}到{d2}之间"),
        "day_range_same_month": ("{y1}年{mon}{a}日到{b}日",),
        "yearless_day_range": ("{mon}{a}日到{b}日", "{mon}{a}日至{b}日"),
        "year": ("{y1}年全年", "{y1}年"),
        "year_range": ("{y1}年至{y2}年",),
        "until_month": ("截至{m2}", "到{m2}为止"),
        "until_year": ("截至{y2}年底",),
        "last_n_months": ("最近{n}个月", "过去{n}个月"),
        "last_n_days": ("最近{n}天",),
        "last_year": ("去年",),
        "last_month": ("上个月",),
    },
    carriers=(
        "主要涉及{range}的{obj}。",
        "特别是{range}的{obj}。",
        "请包括{range}的{obj}。",
    ),
    objects=("位置数据", "CloudCam录像", "订单记录", "登录记录", "全部数据", "FitBand睡眠数据"),
    refs=("《个人信息保护法》第{art}条", "《中华人民共和国个人信息保护法》第{art}条"),
    arts={
        "access": "四十五",
        "rectification": "四十六",
        "erasure": "四十七",
        "restriction": "四十四",
        "portability": "四十五",
        "objection": "四十四",
        "consent_withdrawal": "十五",
        "complaint": "六十五",
        "inquiry": "四十八",
    },
    greet_formal=("尊敬的先生/女士：", "您好：", "致个人信息保护负责人："),
    greet_informal=("你好，", "您好", "hi", "在吗"),
    close_formal=("此致\n敬礼", "谢谢！", "期待您的回复。"),
    close_informal=("谢谢", "多谢", "麻烦了", "谢啦"),
    identity=(
        "我叫{name}，账号注册邮箱是{email}。",
        "我是贵公司的用户（客户编号{cid}）。",
        "我是账号{account}的持有人。",
    ),
    verify=("如需核实身份，我可以提供身份证复印件。", "如需验证身份请告知所需材料。"),
    deadline=("请在收到本请求后一个月内答复。", "请在法定期限内给予答复。"),
    order=(
        "补充一下：我在{date}购买了{product}（订单号{order}）。",
        "订单{order}（{date}下单）购买的是{product}。",
    ),
    reminder=("我在{date}已经写过邮件，但至今没有回复。", "这是对我{date}邮件的提醒。"),
    context=(
        "我的{product}每天晚上都会掉线，App显示错误。",
        "我一直无法重置{product}的密码，收不到重置链接。",
        "上次固件更新后{product}就不同步了。",
    ),
    mobile=("发自我的iPhone", "发自我的华为手机"),
    list_intro=("我提出以下请求：", "具体如下："),
    subjects={
        "access": ("个人信息查阅申请", "申请查阅和复制我的个人信息"),
        "rectification": ("更正个人信息申请", "账号信息有误"),
        "erasure": ("删除个人信息申请", "注销账号", "请删除我的数据"),
        "restriction": ("限制处理个人信息申请",),
        "portability": ("个人信息转移申请", "导出我的数据"),
        "objection": ("拒绝个性化推荐", "不要再发广告", "反对处理我的个人信息"),
        "consent_withdrawal": ("撤回同意",),
        "complaint": ("投诉", "账号被盗？", "疑似数据泄露"),
        "inquiry": ("关于隐私政策的问题", "我的数据存储在哪里？"),
    },
    casual_subjects=("咨询", "我的账号", "急", "数据问题"),
    support_subjects=("{product}故障", "{product}离线", "{product}求助"),
    formal={
        "access": (
            "根据{ref}，我申请查阅并复制贵公司持有的关于我的全部个人信息，并说明处理目的、"
            "接收方和保存期限。",
            "我依据{ref}行使查阅权，请提供通过{product}收集的我的全部数据副本。",
        ),
        "rectification": (
            "根据{ref}，请更正我账号中不准确的信息：我的姓名写错了，地址也已过期。",
            "账号{account}中登记的出生日期有误，请依据{ref}予以更正。",
        ),
        "erasure": (
            "根据{ref}，我要求删除贵公司持有的关于我的全部个人信息。",
            "请注销我的账号{account}并删除所有相关数据（{ref}）。",
        ),
        "restriction": (
            "根据{ref}，在核实数据准确性之前，请限制对我的个人信息的处理。",
            "请不要删除我的数据，但依据{ref}暂停处理，因为我需要这些数据用于法律诉讼。",
        ),
        "portability": (
            "根据{ref}，请将我的个人信息以结构化、通用、机器可读的格式提供给我。",
            "请依据{ref}将我在{product}中的数据直接转移给其他服务商，或以CSV/JSON格式发给我。",
        ),
        "objection": (
            "根据{ref}，我拒绝贵公司将我的个人信息用于直接营销。",
            "我依据{ref}拒绝基于我使用{product}的数据进行用户画像和个性化推荐。",
        ),
        "consent_withdrawal": (
            "根据{ref}，我撤回此前对处理我的位置信息所作的同意。",
            "我撤回与账号{account}相关的全部授权同意（{ref}）。",
        ),
        "complaint": (
            "我对贵公司处理我个人信息的方式提出正式投诉：我之前的请求没有得到任何答复。我保留"
            "依据{ref}向有关部门投诉举报的权利。",
            "我怀疑我的账号{account}被盗：出现了陌生的登录记录，{product}的设置也被修改了。"
            "请告知哪些数据被访问。",
        ),
        "inquiry": (
            "根据{ref}，请说明我的个人信息存储在哪些国家，以及跨境传输采取了哪些保护措施。",
            "请解释{product}收集我的哪些数据、用于什么目的、保存多长时间？",
        ),
    },
    informal={
        "access": ("你们能把我的所有数据发给我吗？", "我想知道你们存了我哪些信息，发我一份。"),
        "rectification": ("App里我的名字写错了，能改一下吗？", "我搬家了，请更新一下地址。"),
        "erasure": ("请注销我的账号，删除所有数据", "{product}我不用了，把我的东西都删了吧。"),
        "restriction": ("先别删，但在问题解决前请不要再使用我的数据。", "能先冻结我的数据吗？"),
        "portability": ("能把{product}的数据导出成CSV吗？", "我要换App了，怎么导出我的全部数据？"),
        "objection": (
            "别再给我发广告了！",
            "我不希望我的数据被用于广告或画像。",
            "不要把我的数据分享给第三方。",
        ),
        "consent_withdrawal": (
            "我不想再让你们收集我的位置了，撤回授权。",
            "我撤回使用我录音的同意。",
        ),
        "complaint": (
            "我的账号好像被盗了，谁看了我的录像？？",
            "有人登录了我的{product}账号还改了密码，他们看到了哪些数据？",
            "第三次发邮件了，没人回复，太差了。",
        ),
        "inquiry": (
            "我的视频存在哪个国家？",
            "问一下：你们会把我的数据给别的公司吗？",
            "{product}的录像保存多久？",
        ),
    },
    guardian_intro=(
        "我是{child}（{age}岁）的{parent}，孩子用的是我注册的{product}账号（{account}）。",
        "我是{child}的监护人，孩子今年{age}岁，账号是{account}。",
    ),
    parent_words=("父亲", "母亲"),
    child_words=("儿子", "女儿"),
    guardian={
        "access": ("请提供你们持有的我孩子的全部个人信息副本，包括位置记录。",),
        "erasure": ("请删除我孩子的账号和全部数据，孩子未满14周岁。",),
        "consent_withdrawal": ("作为监护人，我撤回对收集孩子位置信息的同意。",),
    },
    agent_intro=("本人受{client}（{client_email}）委托，授权委托书见附件。",),
    agent={
        "access": ("受委托人委托，申请查阅复制{client}的全部个人信息。",),
        "erasure": ("委托人要求删除{client}的全部个人信息。",),
        "objection": ("委托人拒绝将{client}的个人信息用于营销。",),
    },
    quote_header="在 {date} {time}，{support} <support@example.com> 写道：",
    quoted=("您好，\n\n感谢您的来信。请提供设备的序列号，以便我们排查问题。\n\n客服中心",),
    forward_note=(
        "隐私团队你好，\n\n这是客服聊天里转过来的，看起来是个人信息请求，麻烦处理。",
        "转发一封用户邮件。",
    ),
    forward_marker="---------- Forwarded message ---------",
    addresses=("上海市浦东新区世纪大道{n}号", "北京市朝阳区建国路{n}号", "深圳市南山区科技园{n}号"),
    phones=("+86 138 5555 {p4}", "手机：139 5555 {p4}"),
    support_name="客服中心",
    colleagues=("Lily Xu", "Kevin Sun"),
)

BANKS: tuple[Bank, ...] = (EN, DE, FR, ES, IT, NL, PT, PL, SV, ZH)

DEVICES: tuple[str, ...] = tuple(p for p in PRODUCTS if "app" not in p)

EN_CCPA_REFS: dict[str, str] = {
    "access": "Section 1798.110 of the CCPA",
    "rectification": "Section 1798.106 of the CCPA as amended by the CPRA",
    "erasure": "Section 1798.105 of the CCPA",
    "restriction": "Section 1798.121 of the CCPA",
    "portability": "Section 1798.130 of the CCPA",
    "objection": "Section 1798.120 of the CCPA",
    "consent_withdrawal": "the California Consumer Privacy Act",
    "complaint": "the CCPA",
    "inquiry": "Section 1798.100 of the CCPA",
}
EN_CCPA_OBJECTION: tuple[str, ...] = (
    "Pursuant to the CCPA as amended by the CPRA, I am exercising my right to opt out of the "
    "sale and sharing of my personal information. Do not sell or share my personal information.",
    "Please treat this email as my request to opt out of the sale or sharing of my personal "
    "information and to limit the use of my sensitive personal information ({ref}).",
)
EN_CCPA_DEADLINE: tuple[str, ...] = (
    "Please confirm receipt within 10 business days and respond within 45 days as the CCPA "
    "requires.",
)
ALSO: dict[str, tuple[str, ...]] = {
    "en": ("Also, unrelated:", "Oh and one more thing -", "While I have you:"),
    "de": ("Und noch etwas:", "Außerdem:"),
    "fr": ("Autre chose :", "Par ailleurs,"),
    "es": ("Otra cosa:", "Por cierto,"),
    "it": ("Un'altra cosa:", "Inoltre,"),
    "nl": ("En nog iets:", "Verder:"),
    "pt": ("Outra coisa:", "Aproveitando,"),
    "pl": ("I jeszcze jedno:", "Przy okazji:"),
    "sv": ("En sak till:", "Förresten,"),
    "zh": ("另外，", "还有，"),
}
TO_ADDRESSES: tuple[str, ...] = (
    "info@example.com",
    "info@example.com",
    "info@example.com",
    "Info <info@example.com>",
    "privacy@example.com",
    "support@example.com",
)
AGENT_FIRMS: tuple[str, ...] = (
    "OptOut Partners LLC",
    "Privacy Rights Agent Services",
    "Kanzlei Berger & Partner",
    "DataClaim Legal",
)
AGENT_FIRMS_ZH: tuple[str, ...] = ("明德律师事务所", "上海知信律师事务所")
RANGE_KINDS: tuple[str, ...] = (
    "since_month",
    "since_year",
    "since_day",
    "month_range",
    "month_range_same_year",
    "day_range",
    "day_range_same_month",
    "yearless_day_range",
    "year",
    "year_range",
    "until_month",
    "until_year",
    "last_n_months",
    "last_n_days",
    "last_year",
    "last_month",
)
RANGE_WEIGHTS: tuple[int, ...] = (10, 6, 4, 10, 6, 6, 5, 5, 6, 4, 5, 3, 10, 4, 6, 4)
COMBOS: dict[str, tuple[str, ...]] = {
    "access": ("erasure", "portability", "inquiry", "rectification"),
    "rectification": ("access", "restriction"),
    "erasure": ("access", "objection", "consent_withdrawal", "portability"),
    "restriction": ("rectification", "objection"),
    "portability": ("erasure", "access"),
    "objection": ("consent_withdrawal", "erasure"),
    "consent_withdrawal": ("erasure", "objection"),
    "complaint": ("access", "erasure", "inquiry"),
    "inquiry": ("access", "objection"),
}
RANGE_SHARE: dict[str, float] = {
    "access": 0.5,
    "rectification": 0.12,
    "erasure": 0.35,
    "restriction": 0.3,
    "portability": 0.5,
    "objection": 0.12,
    "consent_withdrawal": 0.12,
    "complaint": 0.3,
    "inquiry": 0.2,
}
STYLE_WEIGHTS: dict[str, int] = {
    "formal": 27,
    "informal": 24,
    "support": 12,
    "reply": 10,
    "forward": 8,
    "html": 9,
    "guardian": 14,
    "agent": 14,
}
LANGUAGE_TOTALS: dict[str, int] = {
    "en": 135,
    "de": 35,
    "fr": 35,
    "es": 35,
    "it": 35,
    "nl": 35,
    "pt": 35,
    "pl": 35,
    "sv": 35,
    "zh": 35,
}


# --------------------------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------------------------

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "æ": "ae", "'": ""})


def ascii_fold(text: str) -> str:
    """Strip accents the way people do when they type on a foreign keyboard."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fix_elision(code: str, text: str) -> str:
    """French and Italian contract prepositions before vowels; templates cannot know."""
    if code == "fr":
        text = re.sub(r"\bde (avril|août|octobre)", r"d'\1", text)
    elif code == "it":
        text = re.sub(r"\bdal (8|11)\b", r"dall'\1", text)
        text = re.sub(r"\bal (8|11)\b", r"all'\1", text)
        text = re.sub(r"\bil (8|11)\b", r"l'\1", text)
        text = re.sub(r"\ba (aprile|agosto|ottobre)\b", r"ad \1", text)
    return text


def add_typos(text: str, rng: random.Random, code: str) -> str:
    """Swapped letters, dropped accents, no capitals: typing on a phone."""
    if code == "zh":
        return text
    words = text.split(" ")
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(words))
        word = words[i]
        if len(word) > 4 and word.isalpha():
            j = rng.randrange(len(word) - 1)
            words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    text = " ".join(words)
    if rng.random() < 0.5:
        text = ascii_fold(text)
    if rng.random() < 0.4:
        text = text.lower()
    return text


def to_html(paragraphs: Sequence[str]) -> str:
    body = "\n".join(
        "<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs if p
    )
    return f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>'


# --------------------------------------------------------------------------------------------
# People, dates and time ranges
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    first: str
    email: str
    female: bool


def make_person(bank: Bank, rng: random.Random) -> Person:
    female = rng.random() < 0.5
    first = rng.choice(bank.female if female else bank.male)
    last = rng.choice(bank.surnames)
    domain = rng.choice(bank.domains)
    if "|" in first:
        first_han, first_pin = first.split("|")
        last_han, last_pin = last.split("|")
        local = rng.choice(
            (
                f"{last_pin}{first_pin}{rng.randint(80, 99)}",
                f"{first_pin}.{last_pin}",
                f"{last_pin}_{first_pin}",
                str(rng.randint(10_000_000, 999_999_999)),
            )
        )
        return Person(last_han + first_han, first_han, f"{local}@{domain}", female)
    a = ascii_fold(first).lower()
    b = ascii_fold(last).lower().replace(" ", "")
    local = rng.choice(
        (
            f"{a}.{b}",
            f"{a}{b}{rng.randint(1, 99)}",
            f"{a[0]}{b}",
            f"{a}_{b}",
            f"{b}.{a}",
            f"{a}{rng.randint(1970, 2006)}",
        )
    )
    return Person(f"{first} {last}", first, f"{local}@{domain}", female)


def make_sent(bank: Bank, rng: random.Random) -> datetime:
    span = int((LAST_SENT - FIRST_SENT).total_seconds())
    moment = FIRST_SENT + timedelta(seconds=rng.randrange(span))
    offset = rng.choice(bank.tz)
    return moment.astimezone(timezone(timedelta(hours=offset)))


def fmt_day(bank: Bank, rng: random.Random, day: date, pattern: str | None = None) -> str:
    """One date in one of the language's usual spellings (or the given pattern)."""
    return (pattern or rng.choice(bank.day_fmt)).format(
        d=day.day,
        dfr="1er" if day.day == 1 else str(day.day),
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
        m=day.month,
        mon=bank.months[day.month - 1],
        y=day.year,
    )


def fmt_month(bank: Bank, year: int, month: int) -> str:
    return bank.month_fmt.format(mon=bank.months[month - 1], m=month, y=year)


def make_range(bank: Bank, rng: random.Random, today: date) -> tuple[str, Range]:
    """A phrase naming a period of data, and the period per the conventions of DOMAIN.md."""
    kind = rng.choices(RANGE_KINDS, RANGE_WEIGHTS)[0]
    words: dict[str, object] = {}
    value: Range
    if kind == "since_month":
        y, m = month_before(today, rng.randint(2, 40))
        words["m1"] = fmt_month(bank, y, m)
        value = (date(y, m, 1), None)
    elif kind == "since_year":
        y = today.year - rng.randint(1, 6)
        words["y1"] = y
        value = (date(y, 1, 1), None)
    elif kind == "since_day":
        start = today - timedelta(days=rng.randint(20, 700))
        words["d1"] = fmt_day(bank, rng, start)
        value = (start, None)
    elif kind == "month_range":
        back = rng.randint(6, 40)
        y1, m1 = month_before(today, back)
        y2, m2 = month_before(today, rng.randint(1, back - 2))
        words.update(m1=fmt_month(bank, y1, m1), m2=fmt_month(bank, y2, m2))
        value = (date(y1, m1, 1), month_end(y2, m2))
    elif kind == "month_range_same_year":
        if today.month >= 4 and rng.random() < 0.5:
            y = today.year
            m2 = rng.randint(2, today.month - 1)
        else:
            y = today.year - rng.randint(1, 2)
            m2 = rng.randint(2, 12)
        m1 = rng.randint(1, m2 - 1)
        words.update(mon1=bank.months[m1 - 1], mon2=bank.months[m2 - 1], y1=y)
        value = (date(y, m1, 1), month_end(y, m2))
    elif kind == "day_range":
        start = today - timedelta(days=rng.randint(60, 900))
        end = start + timedelta(days=rng.randint(5, 50))
        pattern = rng.choice(bank.day_fmt)
        words.update(d1=fmt_day(bank, rng, start, pattern), d2=fmt_day(bank, rng, end, pattern))
        value = (start, end)
    elif kind == "day_range_same_month":
        y, m = month_before(today, rng.randint(1, 30))
        a = rng.randint(1, 14)
        b = rng.randint(a + 3, month_end(y, m).day)
        words.update(a=a, b=b, mon=bank.months[m - 1], y1=y)
        value = (date(y, m, a), date(y, m, b))
    elif kind == "yearless_day_range":
        # A month other than the current one: wholly past this year, or else last year's.
        m = rng.choice([k for k in range(1, 13) if k != today.month])
        y = today.year if m < today.month else today.year - 1
        a = rng.randint(1, 14)
        b = rng.randint(a + 2, 28)
        words.update(a=a, b=b, mon=bank.months[m - 1])
        value = (date(y, m, a), date(y, m, b))
    elif kind == "year":
        y = today.year - rng.randint(1, 5)
        words["y1"] = y
        value = (date(y, 1, 1), date(y, 12, 31))
    elif kind == "year_range":
        y1 = today.year - rng.randint(3, 7)
        y2 = rng.randint(y1 + 1, today.year - 1)
        words.update(y1=y1, y2=y2)
        value = (date(y1, 1, 1), date(y2, 12, 31))
    elif kind == "until_month":
        y, m = month_before(today, rng.randint(3, 30))
        words["m2"] = fmt_month(bank, y, m)
        value = (None, month_end(y, m))
    elif kind == "until_year":
        y = today.year - rng.randint(1, 4)
        words["y2"] = y
        value = (None, date(y, 12, 31))
    elif kind == "last_n_months":
        n = rng.choice((2, 3, 6, 12, 18))
        use_word = n in bank.numbers and rng.random() < 0.5
        words["n"] = bank.numbers[n] if use_word else n
        value = (add_months(today, -n), today)
    elif kind == "last_n_days":
        n = rng.choice((7, 14, 30, 90))
        words["n"] = n
        value = (today - timedelta(days=n), today)
    elif kind == "last_year":
        value = (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    else:
        y, m = month_before(today, 1)
        value = (date(y, m, 1), month_end(y, m))
    phrase = rng.choice(bank.ranges[kind]).format(**words)
    return fix_elision(bank.code, phrase), value


# --------------------------------------------------------------------------------------------
# Assembling one message
# --------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    """What one generated message is about: who writes, when, in which language, asking what."""

    bank: Bank
    rng: random.Random
    person: Person
    sent: datetime
    cats: list[str]
    product: str
    account: str
    cid: str
    jurisdiction: str

    @property
    def today(self) -> date:
        return self.sent.date()

    def ref(self, cat: str) -> str:
        bank, rng = self.bank, self.rng
        if self.jurisdiction == "ccpa":
            return EN_CCPA_REFS[cat]
        if self.jurisdiction == "uk":
            return f"Article {bank.arts[cat]} of the UK GDPR"
        if self.jurisdiction == "rgpd-pt":
            return rng.choice(PT_RGPD_REFS).format(art=PT_RGPD_ARTS[cat])
        return rng.choice(bank.refs).format(art=bank.arts[cat])

    def fill(self, template: str, cat: str = "access", **extra: object) -> str:
        return template.format(
            product=self.product,
            account=self.account,
            cid=self.cid,
            name=self.person.name,
            email=self.person.email,
            ref=self.ref(cat),
            **extra,
        )

    def formal_core(self, cat: str) -> str:
        options = self.bank.formal[cat]
        if self.jurisdiction == "ccpa" and cat == "objection":
            options = EN_CCPA_OBJECTION
        text = self.fill(self.rng.choice(options), cat)
        if self.jurisdiction == "rgpd-pt":
            # Portugal's supervisory authority, not Brazil's.
            text = text.replace("ANPD", "CNPD")
        return text

    def informal_core(self, cat: str) -> str:
        return self.fill(self.rng.choice(self.bank.informal[cat]), cat)

    def range_sentence(self) -> tuple[str, Range] | None:
        """Sometimes name a period of data; more often for access-like requests."""
        share = max(RANGE_SHARE[c] for c in self.cats)
        if self.rng.random() >= share:
            return None
        phrase, value = make_range(self.bank, self.rng, self.today)
        carrier = self.rng.choice(self.bank.carriers)
        return carrier.format(obj=self.rng.choice(self.bank.objects), range=phrase), value

    def distractor(self) -> str:
        """A date or deadline that is not the range asked about."""
        bank, rng = self.bank, self.rng
        kind = rng.choice(("order", "reminder", "deadline"))
        if kind == "order":
            day = self.today - timedelta(days=rng.randint(40, 800))
            return rng.choice(bank.order).format(
                product=rng.choice(DEVICES),
                date=fmt_day(bank, rng, day),
                order=f"{rng.randint(100000, 999999)}",
            )
        if kind == "reminder":
            day = self.today - timedelta(days=rng.randint(12, 70))
            return rng.choice(bank.reminder).format(date=fmt_day(bank, rng, day))
        return self.deadline()

    def deadline(self) -> str:
        options = self.bank.deadline
        if self.jurisdiction == "ccpa":
            options = EN_CCPA_DEADLINE
        elif self.jurisdiction == "rgpd-pt":
            options = tuple(d for d in options if "LGPD" not in d)
        return self.rng.choice(options)

    def signature(self, formal: bool) -> str:
        bank, rng = self.bank, self.rng
        if not formal:
            return rng.choice((self.person.first, self.person.first, self.person.name, ""))
        lines = [self.person.name]
        index = rng.randrange(len(bank.addresses))
        if self.jurisdiction == "ccpa":
            index = rng.choice((0, 3))
        elif self.jurisdiction == "uk":
            index = 1
        elif self.jurisdiction == "rgpd-pt" or (self.jurisdiction == "gdpr" and bank.code == "en"):
            index = 2
        elif bank.code == "pt":
            index = rng.choice((0, 1))
        if rng.random() < 0.6:
            lines.append(bank.addresses[index].format(n=rng.randint(1, 180)))
        if rng.random() < 0.6:
            phone = bank.phones[min(index, len(bank.phones) - 1)]
            if bank.code == "pt":
                phone = bank.phones[1 if self.jurisdiction == "rgpd-pt" else 0]
            lines.append(
                phone.format(
                    p2=f"{rng.randint(10, 99)}",
                    p2b=f"{rng.randint(10, 99)}",
                    p2c=f"{rng.randint(10, 99)}",
                    p3=f"{rng.randint(100, 999)}",
                    p3b=f"{rng.randint(100, 999)}",
                    p4=f"{rng.randint(1000, 9999)}",
                )
            )
        if rng.random() < 0.25:
            lines.append(self.person.email)
        return "\n".join(lines)

    def subject(self) -> str:
        subject = self.rng.choice(self.bank.subjects[self.cats[0]])
        if self.rng.random() < 0.15:
            subject += f" – {self.account}"
        return subject


def join(parts: Sequence[str]) -> str:
    return "\n\n".join(p for p in parts if p).strip() + "\n"


@dataclass
class Draft:
    subject: str
    body: str
    time_range: Range | None
    html: str | None = None
    html_only: bool = False
    sender: Person | None = None
    to: str | None = None


def build_formal(ctx: Ctx, paragraphs: list[str] | None = None) -> Draft:
    """A letter: greeting, identity, the requests (maybe numbered), period, closing."""
    bank, rng = ctx.bank, ctx.rng
    cores = [ctx.formal_core(c) for c in ctx.cats]
    if len(cores) > 1 and rng.random() < 0.5:
        listed = "\n".join(f"{i}. {c}" for i, c in enumerate(cores, start=1))
        cores = [rng.choice(bank.list_intro) + "\n" + listed]
    timed = ctx.range_sentence()
    parts = [rng.choice(bank.greet_formal), ctx.fill(rng.choice(bank.identity)), *cores]
    if timed:
        parts.append(timed[0])
    if rng.random() < 0.5:
        parts.append(rng.choice(bank.verify))
    if rng.random() < 0.45:
        parts.append(ctx.distractor())
    parts.append(rng.choice(bank.close_formal) + "\n" + ctx.signature(formal=True))
    if paragraphs is not None:
        paragraphs.extend(parts)
    return Draft(ctx.subject(), join(parts), timed[1] if timed else None)


def build_informal(ctx: Ctx, paragraphs: list[str] | None = None) -> Draft:
    """A short note, often from a phone, sometimes with typos."""
    bank, rng = ctx.bank, ctx.rng
    gap = "" if bank.code == "zh" else " "
    text = gap.join(ctx.informal_core(c) for c in ctx.cats)
    if rng.random() < 0.45:
        text = add_typos(text, rng, bank.code)
    timed = ctx.range_sentence()
    if timed:
        text += gap + timed[0]
    parts = []
    if rng.random() < 0.55:
        parts.append(rng.choice(bank.greet_informal))
    parts.append(text)
    if rng.random() < 0.2:
        parts.append(ctx.distractor())
    sign = ctx.signature(formal=False)
    parts.append((rng.choice(bank.close_informal) + "\n" + sign).strip())
    if rng.random() < 0.4:
        parts.append(rng.choice(bank.mobile))
    if paragraphs is not None:
        paragraphs.extend(parts)
    if rng.random() < 0.5:
        subject = rng.choice(bank.casual_subjects)
    else:
        subject = ctx.subject()
        subject = subject.lower() if rng.random() < 0.4 else subject
    return Draft(subject, join(parts), timed[1] if timed else None)


def build_support(ctx: Ctx) -> Draft:
    """The request comes after a product problem, easy to miss."""
    bank, rng = ctx.bank, ctx.rng
    problem = ctx.fill(rng.choice(bank.context))
    gap = "" if bank.code == "zh" else " "
    requests = gap.join(ctx.informal_core(c) for c in ctx.cats)
    timed = ctx.range_sentence()
    if timed:
        requests += gap + timed[0]
    parts = [rng.choice(bank.greet_informal), problem, rng.choice(ALSO[bank.code]) + gap + requests]
    if rng.random() < 0.3:
        parts.append(ctx.distractor())
    parts.append((rng.choice(bank.close_informal) + "\n" + ctx.signature(formal=False)).strip())
    if rng.random() < 0.3:
        parts.append(rng.choice(bank.mobile))
    subject = ctx.fill(rng.choice(bank.support_subjects))
    return Draft(subject, join(parts), timed[1] if timed else None)


def build_reply(ctx: Ctx) -> Draft:
    """A new message above a quoted earlier exchange with support."""
    bank, rng = ctx.bank, ctx.rng
    top = build_informal(ctx) if rng.random() < 0.6 else build_formal(ctx)
    earlier = ctx.sent - timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600))
    header = bank.quote_header.format(
        date=fmt_day(bank, rng, earlier.date()),
        time=f"{earlier:%H:%M}",
        support=bank.support_name,
    )
    quoted = "\n".join(("> " + line).rstrip() for line in rng.choice(bank.quoted).split("\n"))
    if rng.random() < 0.5:
        original = ctx.fill(rng.choice(bank.context))
        quoted += "\n>\n>> " + original
    subject = "Re: " + (
        ctx.fill(rng.choice(bank.support_subjects)) if rng.random() < 0.6 else top.subject
    )
    body = top.body.rstrip("\n") + "\n\n" + header + "\n" + quoted + "\n"
    return Draft(subject, body, top.time_range)


def build_forward(ctx: Ctx) -> Draft:
    """A colleague forwards the customer's message to info@."""
    bank, rng = ctx.bank, ctx.rng
    inner = build_informal(ctx) if rng.random() < 0.5 else build_formal(ctx)
    colleague = rng.choice(bank.colleagues)
    address = ascii_fold(colleague).lower().replace(" ", ".") + "@example.com"
    received = ctx.sent - timedelta(minutes=rng.randint(5, 90))
    if received.date() != ctx.sent.date():
        received = ctx.sent
    header = "\n".join(
        (
            bank.forward_marker,
            f"From: {ctx.person.name} <{ctx.person.email}>",
            f"Date: {received:%a, %d %b %Y} at {received:%H:%M}",
            f"Subject: {inner.subject}",
            "To: <support@example.com>",
        )
    )
    body = rng.choice(bank.forward_note) + "\n\n" + colleague + "\n\n" + header + "\n\n"
    body += inner.body
    sender = Person(colleague, colleague.split()[0], address, False)
    return Draft("Fwd: " + inner.subject, body, inner.time_range, sender=sender)


def build_html(ctx: Ctx) -> Draft:
    """HTML mail: a web contact form, or a letter written in a rich-text client."""
    rng = ctx.rng
    paragraphs: list[str] = []
    if rng.random() < 0.5:
        draft = build_formal(ctx, paragraphs)
        markup = to_html(paragraphs)
    else:
        draft = build_informal(ctx, paragraphs)
        rows = (
            ("Name", ctx.person.name),
            ("Email", ctx.person.email),
            ("Topic", rng.choice(("Privacy / data protection", "Other", "Account"))),
            ("Product", ctx.product),
            ("Message", "\n\n".join(paragraphs)),
        )
        cells = "\n".join(
            f'<tr><th align="left">{k}</th><td>'
            + html.escape(v).replace("\n", "<br>\n")
            + "</td></tr>"
            for k, v in rows
        )
        markup = (
            "<html><body>\n<h3>New message from the contact form</h3>\n"
            f"<table>\n{cells}\n</table>\n</body></html>"
        )
        draft.body = "\n".join(f"{k}: {v}" for k, v in rows) + "\n"
        draft.subject = "Contact form: " + draft.subject
    draft.html = markup
    draft.html_only = rng.random() < 0.75
    return draft


def build_guardian(ctx: Ctx) -> Draft:
    """A parent writes about a child's data."""
    bank, rng = ctx.bank, ctx.rng
    child_female = rng.random() < 0.5
    child = rng.choice(bank.female if child_female else bank.male).split("|")[0]
    intro = rng.choice(bank.guardian_intro).format(
        parent=bank.parent_words[1 if ctx.person.female else 0],
        childrel=bank.child_words[1 if child_female else 0],
        child=child,
        age=rng.randint(7, 13),
        product=rng.choice(KID_PRODUCTS),
        account=ctx.account,
        pron="her" if child_female else "him",
    )
    pron = "she" if child_female else "he"
    cores = [
        rng.choice(bank.guardian[c]).format(
            pron="her" if child_female else "him", pron_cap=pron.capitalize()
        )
        for c in ctx.cats
    ]
    timed = ctx.range_sentence()
    parts = [rng.choice(bank.greet_formal + bank.greet_informal), intro, *cores]
    if timed:
        parts.append(timed[0])
    parts.append(rng.choice(bank.close_formal) + "\n" + ctx.signature(formal=True))
    return Draft(ctx.subject(), join(parts), timed[1] if timed else None)


def build_agent(ctx: Ctx) -> Draft:
    """An authorised agent or lawyer writes for a client."""
    bank, rng = ctx.bank, ctx.rng
    client = make_person(bank, rng)
    intro = rng.choice(bank.agent_intro).format(client=client.name, client_email=client.email)
    cores = [rng.choice(bank.agent[c]).format(client=client.name) for c in ctx.cats]
    timed = ctx.range_sentence()
    parts = [rng.choice(bank.greet_formal), intro, *cores]
    if timed:
        parts.append(timed[0])
    parts.append(ctx.deadline())
    firm = rng.choice(AGENT_FIRMS_ZH if bank.code == "zh" else AGENT_FIRMS)
    parts.append(rng.choice(bank.close_formal) + "\n" + ctx.person.name + "\n" + firm)
    subject = ctx.subject() + f" – {client.name}"
    return Draft(subject, join(parts), timed[1] if timed else None)


BUILDERS: dict[str, Callable[[Ctx], Draft]] = {
    "formal": build_formal,
    "informal": build_informal,
    "support": build_support,
    "reply": build_reply,
    "forward": build_forward,
    "html": build_html,
    "guardian": build_guardian,
    "agent": build_agent,
}


# --------------------------------------------------------------------------------------------
# Hand-written unusual messages
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    lang: str
    sent: str
    """ISO date-time with offset."""
    name: str
    address: str
    subject: str
    body: str
    cats: tuple[str, ...]
    start: str | None = None
    end: str | None = None
    timed: bool = False
    html_only: bool = False


def d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


WRITTEN: tuple[Written, ...] = (
    Written(
        "en",
        "2025-03-14T09:12:00-05:00",
        "Gary Holt",
        "gary.holt77@yahoo.com",
        "unsubscribe??",
        "how do I get OFF your mailing list. ive clicked unsubscribe 3 times and still get the "
        "FitBand deals every tuesday. also delete whatever you have on me while youre at it\n\n"
        "sent from my phone, excuse typos\n",
        ("objection", "erasure"),
    ),
    Written(
        "en",
        "2024-07-02T22:40:00-07:00",
        "Danielle Brooks",
        "dani.brooks@icloud.com",
        "WHO IS WATCHING MY CAMERA",
        "Last night at around 2am the light on my CloudCam came on and the camera turned "
        "towards my bed. Nobody in my house was using the app.\n\nI want to know RIGHT NOW who "
        "accessed my camera, from which IP addresses, and every login to my account between "
        "June 20 and July 1. If someone at your company has been watching I am going to the "
        "police.\n\nDanielle\n",
        ("complaint", "access"),
        "2024-06-20",
        "2024-07-01",
        True,
    ),
    Written(
        "en",
        "2025-11-03T16:05:00-08:00",
        "Request Desk",
        "requests@optout-partners.example.net",
        "Authorized agent request: delete + opt-out (CA resident)",
        "To the privacy team,\n\nOptOut Partners LLC is an authorized agent under the CCPA. We "
        "submit the following on behalf of the consumer below; the signed permission is "
        "attached.\n\nConsumer: Maria Delgado\nEmail on file: mdelgado.sf@gmail.com\nState of "
        "residence: California\nProducts: DoorView doorbell, HomeHub app\n\nRequest types:\n"
        "[x] Right to delete\n[x] Right to opt out of sale/sharing\n[ ] Right to know\n\n"
        "Please send confirmations to this address.\n\nRequest Desk\nOptOut Partners LLC\n",
        ("erasure", "objection"),
    ),
    Written(
        "en",
        "2026-02-10T08:30:00+00:00",
        "Fiona McLeod",
        "fiona.mcleod@outlook.com",
        "FitBand data - where does it go?",
        "Hi,\n\nI'm writing from Glasgow. Under the UK GDPR could you tell me whether my FitBand "
        "heart rate data has ever left the UK, and if so which countries it went to? I'm not "
        "asking for a copy, just the countries and what safeguards you rely on.\n\nThanks,\n"
        "Fiona\n",
        ("inquiry",),
    ),
    Written(
        "en",
        "2024-09-30T11:02:00-04:00",
        "Jonathan Reyes",
        "j.reyes@gmail.com",
        "Re: Your order #88213 has shipped",
        "Thanks for shipping so quickly.\n\nSeparately - I noticed in the app that my date of "
        "birth shows as 01/01/1970 and my name is 'Jon' instead of 'Jonathan'. Please fix both. "
        "I'd also like a copy of everything you hold on me for 2023 and 2024, so I can check "
        "what else is wrong.\n\nJonathan\n\n> Your order #88213 has shipped and should arrive "
        "within 3-5 business days.\n",
        ("rectification", "access"),
        "2023-01-01",
        "2024-12-31",
        True,
    ),
    Written(
        "en",
        "2025-05-20T19:45:00+01:00",
        "Tom Carter",
        "tomcarter.dev@proton.me",
        "for my gran (Edith Carter)",
        "hello, i am writing for my grandmother Edith Carter (81) who doesnt use email. she has "
        "one of your doorbell cameras that i set up for her, account edith.carter1944@gmail.com."
        "\n\nshe wants all the video of her front door deleted from the cloud and she doesnt want "
        "you recording people walking past on the pavement anymore. she asked me to write and "
        "is copied here.\n\nthanks\nTom\n",
        ("erasure", "objection"),
    ),
    Written(
        "en",
        "2026-06-01T07:15:00-07:00",
        "Ross Kim",
        "ross.k@gmail.com",
        "re: we've updated our privacy policy",
        "Quick one: you emailed me a 'we've updated our privacy policy' notice. Section 3.2 "
        "says you may transfer data to 'affiliates'. Who are they, and can I opt out of that "
        "transfer? Account is ross.k@gmail.com.\n\nRoss\n",
        ("inquiry", "objection"),
    ),
    Written(
        "en",
        "2024-12-27T21:10:00-06:00",
        "Leah Fontaine",
        "leahfontaine@hotmail.com",
        "Is this email from you??",
        "<html><body><p>Hello,</p><p>I got an email from <b>&quot;Ikotek Security&quot;</b> "
        "asking me to confirm my password. Is that really you?</p><p>Also my FitBand account "
        "shows a run I definitely didn't do on December 24. Did someone get into my account? "
        "Please check and send me the login history for the past 30 days.</p><p>Leah</p>"
        "</body></html>",
        ("complaint", "access"),
        "2024-11-27",
        "2024-12-27",
        True,
        True,
    ),
    Written(
        "de",
        "2025-01-08T10:00:00+01:00",
        "Dr. Markus Reinhardt",
        "m.reinhardt@posteo.de",
        "Auskunft und Löschung – Frist 08.02.2025",
        "Sehr geehrte Damen und Herren,\n\nich nutze seit Juli 2023 Ihre CloudCam. Ich verlange "
        "1. Auskunft nach Art. 15 DSGVO über alle Daten, die Sie im Zeitraum 01.07.2023 bis "
        "31.12.2024 über mich verarbeitet haben, und\n2. anschließend die Löschung dieser Daten "
        "nach Art. 17 DSGVO.\n\nIch setze Ihnen hierfür eine Frist bis zum 08.02.2025.\n\n"
        "Mit freundlichen Grüßen\nDr. Markus Reinhardt\nAm Stadtpark 4\n90409 Nürnberg\n",
        ("access", "erasure"),
        "2023-07-01",
        "2024-12-31",
        True,
    ),
    Written(
        "de",
        "2024-04-22T18:31:00+02:00",
        "Kevin Brandl",
        "kev.brandl@gmx.de",
        "DoorView retour",
        "hey, hab die DoorView zurückgeschickt (Retoure vom 3.4.), bitte alle Videos und mein "
        "Konto löschen. danke\n\nVon meinem iPhone gesendet\n",
        ("erasure",),
    ),
    Written(
        "de",
        "2026-08-15T13:20:00+02:00",
        "Petra Lange",
        "petra.lange@t-online.de",
        "Datenleck bei Ihnen?",
        "Guten Tag,\n\nich bekomme seit ein paar Wochen Spam an eine Adresse, die ich "
        "ausschließlich für mein FitBand-Konto bei Ihnen verwende. Haben Sie meine Daten "
        "weitergegeben oder gab es einen Sicherheitsvorfall? Welche Daten von mir sind "
        "betroffen?\n\nPetra Lange\n",
        ("complaint", "inquiry"),
    ),
    Written(
        "de",
        "2025-10-02T07:55:00+02:00",
        "Sven Ott",
        "sven.ott@web.de",
        "Schlafdaten / Empfehlungen",
        'Hallo,\n\nich möchte nicht, dass meine Trainingsdaten für "personalisierte '
        'Empfehlungen" genutzt werden – die Einwilligung dazu widerrufe ich hiermit. Außerdem '
        "bitte die Schlafdaten aus dem letzten Quartal löschen, die sind wegen eines defekten "
        "Sensors sowieso falsch.\n\nGruß\nSven\n",
        ("consent_withdrawal", "erasure"),
        "2025-07-01",
        "2025-09-30",
        True,
    ),
    Written(
        "fr",
        "2024-06-11T14:47:00+02:00",
        "Nadia Benali",
        "nadia.benali@free.fr",
        "URGENT vidéos CloudCam – ne rien supprimer",
        "Bonjour,\n\nJe suis en litige avec mon ancien propriétaire et j'ai besoin des vidéos "
        "de ma CloudCam entre le 1er et le 15 mars. Surtout ne les supprimez pas ! Pouvez-vous "
        "les bloquer et m'en envoyer une copie ?\n\nMerci,\nNadia Benali\n06 55 21 43 87\n",
        ("restriction", "access"),
        "2024-03-01",
        "2024-03-15",
        True,
    ),
    Written(
        "fr",
        "2025-09-05T09:03:00+02:00",
        "Bernard Caillou",
        "b.caillou@laposte.net",
        "Relance – suppression de compte",
        "Madame, Monsieur,\n\nSuite à mon courriel du 12 août resté sans réponse, je vous "
        "rappelle que j'ai demandé la suppression de mon compte HomeHub et de toutes mes données."
        " Ce silence est inacceptable et je compte saisir la CNIL si je n'ai pas de nouvelles "
        "sous huit jours.\n\nB. Caillou\n",
        ("complaint", "erasure"),
    ),
    Written(
        "fr",
        "2026-03-18T20:12:00-04:00",
        "Geneviève Tremblay",
        "gen.tremblay@videotron.ca",
        "Renseignements personnels – Loi 25",
        "Bonjour,\n\nJe réside au Québec. En vertu de la Loi 25, j'aimerais savoir quels "
        "renseignements personnels vous détenez sur moi et à qui vous les avez communiqués "
        "depuis janvier 2022.\n\nMerci à l'avance,\nGeneviève Tremblay\n",
        ("access", "inquiry"),
        "2022-01-01",
        None,
        True,
    ),
    Written(
        "fr",
        "2024-02-29T23:58:00+01:00",
        "Yanis M.",
        "yanis.m93@gmail.com",
        "pub",
        "arretez de me profiler svp, je veux pas de pub ciblee basee sur les donnees sante de "
        "mon bracelet\n\nEnvoyé de mon iPhone\n",
        ("objection",),
    ),
    Written(
        "es",
        "2025-04-07T12:40:00-03:00",
        "Martín Acosta",
        "martin.acosta@gmail.com",
        "¿venden mis datos?",
        "Hola, soy de Argentina. Quiero saber si ustedes venden mis datos a terceros y, si es "
        "así, que dejen de hacerlo ya.\n\nMartín\n",
        ("inquiry", "objection"),
    ),
    Written(
        "es",
        "2024-10-21T17:25:00+02:00",
        "Irene Salas Vidal",
        "irene.salas@outlook.es",
        "Portabilidad a otra plataforma",
        "Buenas tardes:\n\nAl amparo del artículo 20 del RGPD y de la LOPDGDD, solicito que me "
        "entreguen en formato CSV o JSON todos los datos de actividad de mi pulsera FitBand "
        "desde que la activé en 2021, para importarlos en otra plataforma.\n\nAtentamente,\n"
        "Irene Salas Vidal\n",
        ("portability",),
        "2021-01-01",
        None,
        True,
    ),
    Written(
        "es",
        "2026-01-12T08:05:00+01:00",
        "Rocío Herrera",
        "rocio.herrera@yahoo.es",
        "Cuenta de mi hija en KidWatch",
        "Hola,\n\nMi hija de 11 años se creó una cuenta en la app KidWatch sin mi permiso. "
        "Quiero que la borren con todos sus datos. ¿Cómo es posible que una niña pueda "
        "registrarse sin el consentimiento de sus padres?\n\nRocío Herrera (madre)\n",
        ("erasure", "inquiry"),
    ),
    Written(
        "es",
        "2025-07-30T22:18:00-06:00",
        "Luis Ángel Ramírez",
        "luisangel.rmz@hotmail.com",
        "inicio de sesión desde Rusia??",
        "me llegó un correo de que alguien inició sesión en mi cuenta desde Rusia el 28 de "
        "julio. yo no fui. cambié la contraseña pero quiero saber qué vieron y si mis datos "
        "están seguros\n",
        ("complaint",),
    ),
    Written(
        "it",
        "2024-05-14T10:11:00+02:00",
        "Roberta Galli",
        "roberta.galli@libero.it",
        "email sbagliata + domanda",
        "Buongiorno, chiedo la rettifica del mio indirizzo email (quello vecchio non esiste "
        "più: r.galli@alice.it) e, già che ci siete, vorrei sapere per quanto tempo conservate "
        "le registrazioni vocali dell'HomeHub.\n\nGrazie\nRoberta\n",
        ("rectification", "inquiry"),
    ),
    Written(
        "it",
        "2025-12-01T19:30:00+01:00",
        "Enrico Sala",
        "enrico.sala@virgilio.it",
        "Dati FitBand in Excel",
        "Salve, vorrei i dati di geolocalizzazione del mio FitBand degli ultimi 2 anni in "
        "formato Excel o CSV, mi servono per un'app di allenamento diversa.\n\nEnrico\n",
        ("portability",),
        "2023-12-01",
        "2025-12-01",
        True,
    ),
    Written(
        "it",
        "2026-09-09T16:44:00+02:00",
        "Negozio Tech Sala",
        "negozio.techsala@gmail.com",
        "I: richiesta cliente",
        "Buongiorno, siamo un vostro rivenditore. Vi giriamo questa mail di una cliente "
        "arrivata al negozio.\n\n---------- Forwarded message ---------\nFrom: Lucia Conte "
        "<lucia.conte@tiscali.it>\nDate: Tue, 8 Sep 2026 at 18:02\nSubject: videocamera\n\n"
        "Buonasera, ho restituito la CloudCam comprata da voi. Potete chiedere al produttore di "
        "cancellare il mio account e tutte le registrazioni? Grazie, Lucia Conte\n",
        ("erasure",),
    ),
    Written(
        "nl",
        "2024-04-16T09:20:00+02:00",
        "Marloes van Dijk",
        "marloes.vandijk@ziggo.nl",
        "Camerabeelden na inbraak",
        "Beste,\n\nEr is bij ons ingebroken. Graag ontvang ik alle camerabeelden en "
        "bewegingsmeldingen van mijn CloudCam voor de periode januari–maart 2024; de politie "
        "vraagt erom.\n\nMet vriendelijke groet,\nMarloes van Dijk\n",
        ("access",),
        "2024-01-01",
        "2024-03-31",
        True,
    ),
    Written(
        "nl",
        "2025-06-23T21:05:00+02:00",
        "Jens Claes",
        "jens.claes@telenet.be",
        "slaapdata voor onderzoek?!",
        "Ik lees net in de app dat mijn slaapgegevens voor 'onderzoek' worden gebruikt. Dat "
        "wil ik niet langer. Toestemming ingetrokken!\n\nJens\n",
        ("consent_withdrawal",),
    ),
    Written(
        "nl",
        "2026-10-30T12:12:00+01:00",
        "Sophie Willemsen",
        "sophie.w@hotmail.nl",
        "hacked / gehackt",
        "Hoi, sorry for the English/Dutch mix. Mijn account is gehackt, someone changed my "
        "email address and now I can't log in anymore. Kunnen jullie mijn oude e-mailadres "
        "terugzetten en vertellen wat die persoon heeft kunnen zien?\n\nSophie\n",
        ("complaint", "rectification"),
    ),
    Written(
        "nl",
        "2025-02-14T15:40:00+01:00",
        "Gert Hoekstra",
        "g.hoekstra@kpnmail.nl",
        "Lopende klacht – niets verwijderen",
        "Geachte heer/mevrouw,\n\nIk heb bij de Autoriteit Persoonsgegevens een klacht "
        "ingediend over de manier waarop u mijn gegevens hebt gedeeld. Zolang die klacht loopt, "
        "wil ik dat mijn gegevens niet worden gebruikt, maar ook niet worden verwijderd.\n\n"
        "Hoogachtend,\nG. Hoekstra\n",
        ("restriction", "complaint"),
    ),
    Written(
        "pt",
        "2024-08-19T10:10:00-03:00",
        "Patrícia Nunes",
        "patricia.nunes@uol.com.br",
        "Com quem vocês compartilharam meus dados?",
        "Olá,\n\nQuero saber com quem vocês compartilharam meus dados nos últimos 12 meses e "
        "receber uma cópia do que foi enviado. Tenho conta no HomeHub.\n\nAtt,\nPatrícia\n",
        ("access", "inquiry"),
        "2023-08-19",
        "2024-08-19",
        True,
    ),
    Written(
        "pt",
        "2025-11-27T11:00:00+00:00",
        "Duarte Meireles",
        "duarte.meireles@sapo.pt",
        "Pedido de apagamento",
        "Exmos. Senhores,\n\nAo abrigo do artigo 17.º do RGPD, solicito o apagamento de todos "
        "os dados pessoais que me dizem respeito, incluindo as gravações da campainha DoorView."
        "\n\nCom os melhores cumprimentos,\nDuarte Meireles\nLisboa\n",
        ("erasure",),
    ),
    Written(
        "pt",
        "2026-05-05T20:50:00-03:00",
        "Thiago Rocha",
        "thiagorocha@bol.com.br",
        "parem de vender meus dados",
        'Parem de vender meus dados!!! vi no site de vocês que "compartilham com parceiros". '
        "Não autorizo isso.\n",
        ("objection",),
    ),
    Written(
        "pl",
        "2024-11-12T09:45:00+01:00",
        "Barbara Sowa",
        "barbara.sowa@wp.pl",
        "Błędny adres na koncie",
        "Dzień dobry,\n\nna fakturze nr FV/2024/10/233 z 28.10.2024 oraz na moim koncie "
        "widnieje stary adres. Proszę o sprostowanie: aktualny adres to ul. Lipowa 7, "
        "20-020 Lublin.\n\nZ poważaniem\nBarbara Sowa\n",
        ("rectification",),
    ),
    Written(
        "pl",
        "2025-08-01T08:15:00+02:00",
        "Rafał Górski",
        "rafal.gorski@onet.pl",
        "Nagrania z kamery – włamanie",
        "Dzień dobry, mieliśmy włamanie do garażu. Proszę o wszystkie nagrania z kamery "
        "CloudCam od 1 do 10 lipca, policja o nie prosi. Konto: rafal.gorski@onet.pl\n\n"
        "Pozdrawiam\nRafał Górski\n",
        ("access",),
        "2025-07-01",
        "2025-07-10",
        True,
    ),
    Written(
        "pl",
        "2026-04-20T17:35:00+02:00",
        "Ola Kurek",
        "ola.kurek@interia.pl",
        "czy moje dane trafiają do Chin?",
        "Hej, czy moje dane z aplikacji HomeHub trafiają na serwery w Chinach? Jeśli tak, to na "
        "jakiej podstawie?\n\nOla\n",
        ("inquiry",),
    ),
    Written(
        "sv",
        "2024-01-19T19:05:00+01:00",
        "Viktor Holm",
        "viktor.holm@telia.com",
        "Träningsdata till Strava",
        "Hej! Jag vill ha ut all min träningsdata från 2023 i ett format jag kan importera i "
        "Strava (GPX eller CSV). Går det?\n\n/Viktor\n",
        ("portability",),
        "2023-01-01",
        "2023-12-31",
        True,
    ),
    Written(
        "sv",
        "2025-03-03T06:50:00+01:00",
        "Ebba Lund",
        "ebba.lund@live.se",
        "Röstdata",
        "Hej,\n\nJag återkallar mitt samtycke till att HomeHub sparar mina röstkommandon, och "
        "jag vill att ni raderar allt som redan har sparats.\n\nMvh Ebba\n",
        ("consent_withdrawal", "erasure"),
    ),
    Written(
        "sv",
        "2026-07-07T10:25:00+02:00",
        "Mats Öberg",
        "mats.oberg@bredband.net",
        "Mina kvitton till fel person",
        "Hej,\n\nEn granne fick ett mejl från er med MITT namn, min adress och min "
        "orderhistorik. Hur kunde det hända och vilka fler har fått mina uppgifter? Jag "
        "överväger att anmäla detta till IMY.\n\nMats Öberg\n",
        ("complaint", "inquiry"),
    ),
    Written(
        "zh",
        "2025-08-08T21:30:00+08:00",
        "林晓",
        "linxiao2001@163.com",
        "导出数据并注销",
        "你好，请把我2023年5月到7月的运动数据导出给我（Excel就行），另外导出后把我的账号注销。"
        "\n\n林晓\n",
        ("portability", "erasure"),
        "2023-05-01",
        "2023-07-31",
        True,
    ),
    Written(
        "zh",
        "2024-06-18T23:12:00+08:00",
        "郑强",
        "zhengqiang88@qq.com",
        "摄像头被黑了？",
        "你好，我的摄像头在没有人操作的情况下自己转动了，怀疑被黑了。请查一下最近7天有哪些设备"
        "登录过我的账号，并告诉我录像有没有被别人看过。\n\n发自我的iPhone\n",
        ("complaint", "access"),
        "2024-06-11",
        "2024-06-18",
        True,
    ),
    Written(
        "zh",
        "2026-02-02T10:00:00+08:00",
        "何静",
        "hejing@126.com",
        "数据跨境传输",
        "您好：\n\n贵公司的隐私政策说个人信息可能会传输到境外，具体是哪些国家？我不同意把我的"
        "数据传到境外，请停止这种处理。\n\n何静\n",
        ("inquiry", "objection"),
    ),
    Written(
        "zh",
        "2025-12-12T19:40:00+08:00",
        "宋伟",
        "songwei1985@sina.com",
        "删除孩子的位置记录",
        "我儿子今年10岁，在用KidWatch。请删除他今年以来的全部位置记录，我作为家长不同意你们保存"
        "这些数据。\n\n宋伟\n",
        ("erasure",),
        "2025-01-01",
        None,
        True,
    ),
)


def written_samples() -> list[Sample]:
    samples = []
    for i, w in enumerate(WRITTEN, start=1):
        samples.append(
            Sample(
                subject=w.subject,
                body=w.body if not w.html_only else re.sub(r"<[^>]+>", " ", w.body),
                sender_name=w.name,
                sender_address=w.address,
                sent=datetime.fromisoformat(w.sent),
                relevant=True,
                categories=list(w.cats),
                language=w.lang,
                source=f"generated:requests/handwritten-{i:02d}",
                time_range=(d(w.start), d(w.end)) if w.timed else None,
                html=w.body if w.html_only else None,
                html_only=w.html_only,
            )
        )
    return samples


# --------------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------------

GUARDIAN_CATS = ("access", "erasure", "consent_withdrawal")
AGENT_CATS = ("access", "erasure", "objection")


def pick_style(rng: random.Random, main: str) -> str:
    styles = list(STYLE_WEIGHTS)
    while True:
        style = rng.choices(styles, [STYLE_WEIGHTS[s] for s in styles])[0]
        if style == "guardian" and main not in GUARDIAN_CATS:
            continue
        if style == "agent" and main not in AGENT_CATS:
            continue
        return style


def pick_jurisdiction(bank: Bank, rng: random.Random) -> str:
    if bank.code == "en":
        return rng.choices(("gdpr", "uk", "ccpa"), (3, 3, 4))[0]
    if bank.code == "pt":
        return "rgpd-pt" if rng.random() < 0.3 else "lgpd"
    return "pipl" if bank.code == "zh" else "gdpr"


def generated_samples(bank: Bank, rng: random.Random, count: int) -> list[Sample]:
    samples = []
    offset = rng.randrange(len(CATEGORIES))
    for i in range(count):
        main = CATEGORIES[(i + offset) % len(CATEGORIES)]
        style = pick_style(rng, main)
        allowed = {"guardian": GUARDIAN_CATS, "agent": AGENT_CATS}.get(style, CATEGORIES)
        cats = [main]
        extras = [c for c in COMBOS[main] if c in allowed]
        if extras and rng.random() < 0.3:
            cats.append(rng.choice(extras))
            # Never ask to both keep (restrict) and erase the same data in one message.
            more = [
                c
                for c in COMBOS[cats[1]]
                if c in allowed and c not in cats and not {"restriction", "erasure"} <= {c, *cats}
            ]
            if more and rng.random() < 0.15:
                cats.append(rng.choice(more))
        person = make_person(bank, rng)
        account = rng.choice(
            (
                person.email,
                f"ID {rng.randint(1_000_000, 9_999_999)}",
                person.email.split("@")[0],
            )
        )
        ctx = Ctx(
            bank=bank,
            rng=rng,
            person=person,
            sent=make_sent(bank, rng),
            cats=cats,
            product=rng.choice(PRODUCTS),
            account=account,
            cid=f"C-{rng.randint(100000, 999999)}",
            jurisdiction=pick_jurisdiction(bank, rng),
        )
        draft = BUILDERS[style](ctx)
        sender = draft.sender or person
        samples.append(
            Sample(
                subject=draft.subject,
                body=draft.body,
                sender_name="" if rng.random() < 0.08 else sender.name,
                sender_address=sender.email,
                sent=ctx.sent,
                relevant=True,
                categories=cats,
                language=bank.code,
                source=f"generated:requests/{style}",
                time_range=draft.time_range,
                html=draft.html,
                html_only=draft.html_only,
                to=rng.choice(TO_ADDRESSES),
            )
        )
    return samples


def samples() -> list[Sample]:
    """All request samples, in a fixed shuffled order."""
    rng = random.Random(SEED)
    written = written_samples()
    out = list(written)
    for bank in BANKS:
        already = sum(1 for s in written if s.language == bank.code)
        out.extend(generated_samples(bank, rng, LANGUAGE_TOTALS[bank.code] - already))
    rng.shuffle(out)
    return out


def main() -> None:
    corpus = samples()
    write_corpus(OUTPUT, corpus, domain="requests")
    print(f"wrote {len(corpus)} messages to {OUTPUT}")


if __name__ == "__main__":
    main()
