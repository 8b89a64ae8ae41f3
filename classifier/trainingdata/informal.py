"""Informal requests buried in everyday mail, and privacy explainers that are not requests.

Positives: short messages from a phone or a support thread where the request is one sentence
among others ("also, while you're at it, delete my account"), a colleague forwarding what a
customer asked, a worried customer whose account was taken over. Negatives: newsletters and blog
digests that explain data subject rights to readers, in several languages, with list headers
or without. The project's own writing, generated with a fixed seed::

    python -m classifier.trainingdata.informal
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from classifier.trainingdata.eml import Sample, write_corpus
from classifier.trainingdata.products import PRODUCTS

SEED = 7_3_2026
OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "informal"
N_REQUESTS = 360
N_EXPLAINERS = 0

CONTEXT: tuple[str, ...] = (
    "My {product} keeps dropping off the wifi since the last update.",
    "I'm still waiting for the refund for my return.",
    "The {product} arrived with a scratch on it, not a big deal.",
    "Your app logged me out again this morning.",
    "I moved house last month and sold the {product} to a friend.",
    "Thanks for the quick help with the battery last time.",
    "Not sure this is the right address, the contact form kept failing.",
    "I've had the {product} for about two years now.",
    "Long story short, I don't use the {product} anymore.",
    "Saw your new ad on TV last night.",
    "",
    "",
)
REQUESTS: dict[str, tuple[str, ...]] = {
    "access": (
        "Can you send me a copy of everything you have about me?",
        "what data do you actually hold on me? pls send it over",
        "I'd like to see all the recordings and logs you've stored from my {product}.",
        "Could you tell me what personal info you keep on my account and who you share it with?",
        "send me all my data from {period} please",
        "I want a copy of the video clips and the account data linked to my email.",
    ),
    "erasure": (
        "Please delete my account and everything linked to it.",
        "while you're at it, can you wipe all my data? I'm done with the {product}.",
        "close my account and remove my personal details from your systems",
        "delete all the recordings from my {product}, I don't want them on your servers",
        "I want my data erased, all of it, including the backups.",
        "Remove me and my info completely please.",
    ),
    "rectification": (
        "My name is spelled wrong on my account, can you fix it?",
        "please update my email address in your records, the old one is dead",
        "The birth date on my profile is wrong, please correct it.",
        "you have my old address on file, please change it to my new one",
    ),
    "restriction": (
        "Please stop using my data until my complaint is sorted out, but don't delete it yet.",
        "can you put my account data on hold and not process it for now?",
        "Pause any processing of my recordings while we clear this up.",
    ),
    "portability": (
        "Can I get my activity history as a CSV or some file I can import elsewhere?",
        "please export my data in a machine readable format, I'm switching to another brand",
        "send my step and sleep data as a JSON file please",
    ),
    "objection": (
        "Stop sending me marketing emails, I never asked for them.",
        "please stop using my data for ads and profiling",
        "don't sell or share my personal information with anyone",
        "I object to you using my viewing habits for personalised offers.",
    ),
    "consent_withdrawal": (
        "I withdraw my consent for location tracking in the app.",
        "I no longer agree to you using my recordings to train anything, please stop.",
        "I'm taking back the permission I gave for sharing my data with partners.",
    ),
    "complaint": (
        "Somebody got into my account and changed the password. Can you tell me who had "
        "access to my camera clips?",
        "Someone logged into my account from abroad. Was my data leaked?",
        "I got a phishing mail with my full order details. How did they get my data?",
        "I'm really unhappy with how you handled my personal data and want to complain.",
        "my videos showed up on someone else's account, this is a serious privacy problem",
    ),
    "inquiry": (
        "In which country do your servers keep my clips?",
        "how long do you keep the recordings from my {product}?",
        "Who at your company can look at my camera footage?",
        "Do you share my health data from the {product} with insurers?",
    ),
}
PERIODS: tuple[str, ...] = ("last year", "the past six months", "since I signed up", "2024")
OPENERS: tuple[str, ...] = ("Hi,", "Hello", "hey", "Hi there,", "Good morning,", "", "")
CLOSERS: tuple[str, ...] = ("Thanks", "thx", "Cheers", "Regards", "Sent from my phone", "")
NAMES: tuple[str, ...] = (
    "Megan Doyle",
    "Ravi Menon",
    "Luis Ortega",
    "Anna Berg",
    "Tom Fisher",
    "Chen Li",
    "Fatima Rahman",
    "Joe Baxter",
    "Nina Kowalski",
    "Sam Okafor",
)
SUBJECTS: tuple[str, ...] = (
    "question",
    "my account",
    "Re: your order",
    "help",
    "{product}",
    "quick one",
    "",
    "Re: support ticket",
    "data",
    "privacy",
)
FORWARD_INTROS: tuple[str, ...] = (
    "Hi, a customer sent this to the sales inbox, can you deal with it?",
    "FYI, came in via the shop chat. Not sure who handles these.",
    "Forwarding this one to you, looks like a privacy thing.",
)
EXPLAINERS: dict[str, tuple[str, ...]] = {
    "en": (
        "In this issue: how to ask a company for a copy of your data under Art. 15 GDPR.",
        "Our guide explains how to request the deletion of your data and what to do if the "
        "company does not answer within a month.",
        "Readers often ask us whether they can object to direct marketing. The short answer: "
        "yes, always.",
        "New on the blog: five mistakes companies make when answering access requests.",
    ),
    "de": (
        "In dieser Ausgabe: So fordern Sie nach Art. 15 DSGVO eine Kopie Ihrer Daten an.",
        "Unser Ratgeber erklärt, wie Sie die Löschung Ihrer Daten verlangen können und was zu "
        "tun ist, wenn das Unternehmen nicht innerhalb eines Monats antwortet.",
        "Neu im Blog: Warum Auskunftsersuchen so oft unbeantwortet bleiben.",
    ),
    "fr": (
        "Dans ce numéro : comment demander à une entreprise l'accès à vos données personnelles "
        "selon l'article 15 du RGPD.",
        "Notre guide explique comment obtenir l'effacement de vos données et que faire si "
        "l'entreprise ne répond pas dans un délai d'un mois.",
        "Nouveau sur le blog : les erreurs les plus fréquentes des responsables de traitement.",
    ),
    "es": (
        "En este número: cómo pedir a una empresa una copia de sus datos según el artículo 15 "
        "del RGPD.",
        "Nuestra guía explica cómo solicitar la supresión de sus datos y qué hacer si la "
        "empresa no responde en un mes.",
        "Novedad en el blog: por qué tantas solicitudes de acceso quedan sin respuesta.",
    ),
    "it": (
        "In questo numero: come chiedere a un'azienda una copia dei propri dati ai sensi "
        "dell'art. 15 del GDPR.",
        "La nostra guida spiega come ottenere la cancellazione dei dati personali.",
    ),
    "nl": (
        "In deze nieuwsbrief: zo vraagt u een bedrijf om inzage in uw gegevens volgens artikel "
        "15 AVG.",
        "Onze gids legt uit hoe u verwijdering van uw gegevens kunt vragen.",
    ),
}
EXPLAINER_TAILS: dict[str, str] = {
    "en": "You receive this newsletter because you subscribed. Unsubscribe at any time.",
    "de": "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abbestellen jederzeit.",
    "fr": "Vous recevez cette lettre car vous y êtes abonné. Se désabonner à tout moment.",
    "es": "Recibe este boletín porque se suscribió. Puede darse de baja en cualquier momento.",
    "it": "Ricevi questa newsletter perché ti sei iscritto. Puoi disiscriverti quando vuoi.",
    "nl": "U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld. Afmelden kan altijd.",
}


def _pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]


def _sent(rng: random.Random) -> datetime:
    return datetime(2024, 1, 1, 8, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 1_500_000))


def _fill(rng: random.Random, text: str) -> str:
    return text.format(product=_pick(rng, PRODUCTS), period=_pick(rng, PERIODS))


def request(rng: random.Random) -> Sample:
    categories = [_pick(rng, tuple(REQUESTS))]
    if rng.random() < 0.25:
        extra = _pick(rng, tuple(REQUESTS))
        if extra not in categories:
            categories.append(extra)
    asks = [_fill(rng, _pick(rng, REQUESTS[c])) for c in categories]
    context = _fill(rng, _pick(rng, CONTEXT))
    if rng.random() < 0.3:
        asks = [a.lower().rstrip(".?") for a in asks]
    before = rng.random() < 0.5
    lines = [_pick(rng, OPENERS)]
    lines += [context, *asks] if before else [*asks, context]
    lines.append(_pick(rng, CLOSERS))
    name = _pick(rng, NAMES)
    body = "\n\n".join(line for line in lines if line) + f"\n{name.split()[0]}\n"
    subject = _fill(rng, _pick(rng, SUBJECTS))
    address = f"{name.lower().replace(' ', '.')}@{_pick(rng, ('gmail.com', 'outlook.com'))}"
    sender_name, sender_address = name, address
    if rng.random() < 0.2:
        body = (
            f"{_pick(rng, FORWARD_INTROS)}\n\n---------- Forwarded message ---------\n"
            f"From: {name} <{address}>\nSubject: {subject}\n\n{body}"
        )
        subject = f"Fwd: {subject}"
        sender_name, sender_address = "Sales Team", "sales@example.com"
    return Sample(
        subject=subject,
        body=body,
        sender_name=sender_name,
        sender_address=sender_address,
        sent=_sent(rng),
        relevant=True,
        categories=categories,
        language="en",
        source="generated:informal/request",
    )


def explainer(rng: random.Random) -> Sample:
    lang = _pick(rng, tuple(EXPLAINERS))
    paragraphs = rng.sample(EXPLAINERS[lang], k=min(len(EXPLAINERS[lang]), rng.randint(2, 3)))
    body = "\n\n".join([*paragraphs, EXPLAINER_TAILS[lang]]) + "\n"
    host = _pick(rng, ("privacy-news.example.org", "datenrechte.example.de", "droits.example.fr"))
    headers: dict[str, str] = {}
    if rng.random() < 0.5:
        headers = {"List-Id": f"<news.{host}>", "List-Unsubscribe": f"<https://{host}/u>"}
    return Sample(
        subject=paragraphs[0][:60],
        body=body,
        sender_name="Privacy newsletter",
        sender_address=f"newsletter@{host}",
        sent=_sent(rng),
        relevant=False,
        categories=[],
        language=lang,
        source="generated:informal/explainer",
        headers=headers,
    )


def samples() -> list[Sample]:
    """All samples, in a fixed order for the fixed seed."""
    rng = random.Random(SEED)
    out = [request(rng) for _ in range(N_REQUESTS)] + [explainer(rng) for _ in range(N_EXPLAINERS)]
    rng.shuffle(out)
    return out


def main() -> None:
    """Rewrite ``classifier/corpus/informal/`` from ``samples()``."""
    items = samples()
    write_corpus(OUTPUT, items, domain="informal")
    print(f"wrote {len(items)} messages to {OUTPUT}")


if __name__ == "__main__":
    main()
