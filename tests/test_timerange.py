"""The time range extractor: DOMAIN.md's conventions, each language, and what is not a range."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifier.timerange import extract_time_range
from classifier.timerange.resolve import add_months

D = date.fromisoformat


def _ends(text: str, ref: str, lang: str | None = "en") -> tuple[str | None, str | None] | None:
    found = extract_time_range(text, D(ref), lang)
    if found is None:
        return None
    r = found.range
    return (r.start.isoformat() if r.start else None, r.end.isoformat() if r.end else None)


@pytest.mark.parametrize(
    ("text", "ref", "lang", "start", "end"),
    [
        # Between / from-to, month sides cover the whole month.
        (
            "Kindly export my account data between April 2019 and February 2020.",
            "2023-01-05",
            "en",
            "2019-04-01",
            "2020-02-29",
        ),
        (
            "I am asking for my billing records from 04/02/2020 to 20/11/2020.",
            "2022-01-01",
            "en",
            "2020-02-04",
            "2020-11-20",
        ),
        (
            "Please share the data 2019-05-01 – 2019-08-31 with me.",
            "2022-01-01",
            "en",
            "2019-05-01",
            "2019-08-31",
        ),
        (
            "Send the chat logs from Oct 2022 through Jan 2023.",
            "2023-06-01",
            "en",
            "2022-10-01",
            "2023-01-31",
        ),
        # Borrowing the missing parts from the other side.
        (
            "I want the call records between 3 and 9 June 2021.",
            "2022-01-01",
            "en",
            "2021-06-03",
            "2021-06-09",
        ),
        (
            "Please send the app usage data for Feb-Apr 2020.",
            "2021-01-01",
            "en",
            "2020-02-01",
            "2020-04-30",
        ),
        (
            "Please send all data from August to October 2019.",
            "2021-01-01",
            "en",
            "2019-08-01",
            "2019-10-31",
        ),
        # Since / after / until / before.
        (
            "Send me every record you created since 12 October 2020.",
            "2022-01-01",
            "en",
            "2020-10-12",
            None,
        ),
        (
            "Please give me the data you collected after 30 April 2021.",
            "2022-01-01",
            "en",
            "2021-05-01",
            None,
        ),
        (
            "I need the information you kept up to 31 March 2020.",
            "2022-01-01",
            "en",
            None,
            "2020-03-31",
        ),
        ("Send the data you processed before July 2018.", "2022-01-01", "en", None, "2018-06-30"),
        (
            "All data from November 2021 to today, please.",
            "2022-03-15",
            "en",
            "2021-11-01",
            "2022-03-15",
        ),
        ("Please provide all records for 2017 to date.", "2022-03-15", "en", "2017-01-01", None),
        # Relative windows and calendar units.
        ("I want the records of the past 4 weeks.", "2022-03-15", "en", "2022-02-15", "2022-03-15"),
        ("Send the data of the last eight months.", "2022-03-31", "en", "2021-07-31", "2022-03-31"),
        (
            "Please send the information you collected last year.",
            "2022-03-15",
            "en",
            "2021-01-01",
            "2021-12-31",
        ),
        ("Please send my data from last week.", "2022-03-16", "en", "2022-03-07", "2022-03-13"),
        ("I need the records of this month.", "2022-03-16", "en", "2022-03-01", "2022-03-16"),
        # Whole periods.
        ("What data did you collect in Q2 2020?", "2022-01-01", "en", "2020-04-01", "2020-06-30"),
        (
            "Please send my data for the second half of 2019.",
            "2022-01-01",
            "en",
            "2019-07-01",
            "2019-12-31",
        ),
        ("Send me the records for October 2021.", "2022-01-01", "en", "2021-10-01", "2021-10-31"),
        ("I'd like the data for 2018 and 2019.", "2022-01-01", "en", "2018-01-01", "2019-12-31"),
        # Year-less: the most recent past occurrence.
        ("Please send the data since 20 November.", "2022-03-01", "en", "2021-11-20", None),
        (
            "I need my logs between 2 and 5 February.",
            "2022-03-01",
            "en",
            "2022-02-02",
            "2022-02-05",
        ),
    ],
)
def test_english_conventions(
    text: str, ref: str, lang: str, start: str | None, end: str | None
) -> None:
    assert _ends(text, ref, lang) == (start, end)


@pytest.mark.parametrize(
    ("text", "ref", "lang", "start", "end"),
    [
        (
            "Ich bitte um Auskunft über die Daten vom 05.04.2019 bis zum 30.09.2019.",
            "2021-01-01",
            "de",
            "2019-04-05",
            "2019-09-30",
        ),
        (
            "Senden Sie mir bitte alle Daten seit Oktober 2020.",
            "2021-01-01",
            "de",
            "2020-10-01",
            None,
        ),
        (
            "Ich möchte die Aufzeichnungen der letzten vier Wochen.",
            "2021-03-01",
            "de",
            "2021-02-01",
            "2021-03-01",
        ),
        (
            "Welche Daten haben Sie im zweiten Quartal 2019 verarbeitet?",
            "2021-01-01",
            "de",
            "2019-04-01",
            "2019-06-30",
        ),
        ("Bitte alle Daten bis Ende September 2020.", "2021-01-01", "de", None, "2020-09-30"),
        (
            "Je souhaite les données du 2 mai 2020 au 14 août 2020.",
            "2021-01-01",
            "fr",
            "2020-05-02",
            "2020-08-14",
        ),
        (
            "Merci de m'envoyer les données des trois derniers mois.",
            "2021-05-31",
            "fr",
            "2021-02-28",
            "2021-05-31",
        ),
        (
            "Je veux toutes les données collectées depuis février 2018.",
            "2021-01-01",
            "fr",
            "2018-02-01",
            None,
        ),
        (
            "Solicito mis datos desde el 3 de marzo de 2020 hasta el 9 de mayo de 2020.",
            "2021-01-01",
            "es",
            "2020-03-03",
            "2020-05-09",
        ),
        (
            "Quiero los registros del primer trimestre de 2020.",
            "2021-01-01",
            "es",
            "2020-01-01",
            "2020-03-31",
        ),
        (
            "Envíenme los datos de los últimos dos años.",
            "2021-06-10",
            "es",
            "2019-06-10",
            "2021-06-10",
        ),
        (
            "Chiedo i dati trattati tra febbraio 2019 e aprile 2019.",
            "2021-01-01",
            "it",
            "2019-02-01",
            "2019-04-30",
        ),
        ("Vorrei i dati fino al 31 gennaio 2020.", "2021-01-01", "it", None, "2020-01-31"),
        ("Vorrei i dati dell'anno scorso.", "2021-04-01", "it", "2020-01-01", "2020-12-31"),
        (
            "Ik wil graag de gegevens van 1 maart 2020 tot en met 31 mei 2020.",
            "2021-01-01",
            "nl",
            "2020-03-01",
            "2020-05-31",
        ),
        ("Stuur mij de gegevens van vorig jaar.", "2021-04-01", "nl", "2020-01-01", "2020-12-31"),
        (
            "Solicito os dados de 1 de fevereiro de 2020 até 30 de abril de 2020.",
            "2021-01-01",
            "pt",
            "2020-02-01",
            "2020-04-30",
        ),
        ("Quero os dados dos últimos seis meses.", "2021-08-31", "pt", "2021-02-28", "2021-08-31"),
        ("Peço todos os dados desde janeiro de 2019.", "2021-01-01", "pt", "2019-01-01", None),
        ("请提供2019年3月至2019年8月的个人数据。", "2021-01-01", "zh", "2019-03-01", "2019-08-31"),
        ("请提供最近两个月的记录。", "2021-05-20", "zh", "2021-03-20", "2021-05-20"),
        ("请提供2020年下半年的数据。", "2021-05-20", "zh", "2020-07-01", "2020-12-31"),
        ("请发送去年的全部数据。", "2021-05-20", "zh", "2020-01-01", "2020-12-31"),
    ],
)
def test_languages(text: str, ref: str, lang: str, start: str | None, end: str | None) -> None:
    assert _ends(text, ref, lang) == (start, end)


def test_language_unknown_tries_every_grammar() -> None:
    assert _ends("Bitte alle Daten von Mai 2020 bis Juli 2020.", "2021-01-01", None) == (
        "2020-05-01",
        "2020-07-31",
    )


@pytest.mark.parametrize(
    ("text", "ref", "lang"),
    [
        # A single day is not a range; none named is none.
        ("Please send me the photos you took of me on 8 March 2021.", "2021-06-01", "en"),
        ("Please delete every piece of personal data about me.", "2021-06-01", "en"),
        # Legal citations and deadlines.
        (
            "Under Article 15(3) GDPR and Regulation (EU) 2016/679 I want my data.",
            "2021-06-01",
            "en",
        ),
        (
            "Gemäß § 34 Abs. 1 BDSG bitte ich innerhalb eines Monats um Auskunft.",
            "2021-06-01",
            "de",
        ),
        ("Please answer within one month and send all my data.", "2021-06-01", "en"),
        ("Please send all my data under the Data Protection Act 2018.", "2021-06-01", "en"),
        ("Bitte senden Sie mir alle Daten bis zum 30. Juni 2021.", "2021-06-01", "de"),
        # Incidental dates: events and relationships.
        ("I bought a kettle on 9 May 2021 and I now ask for all my data.", "2021-06-01", "en"),
        ("I signed up in March 2015 and want a copy of my data.", "2021-06-01", "en"),
        ("As a customer since 2012, I ask for all the data you hold.", "2021-06-01", "en"),
        ("I wrote to you on 3 April. Please send my data now.", "2021-06-01", "en"),
        # Quoted replies, reply headers, forwarded headers and signatures.
        (
            "Please send all my data.\n\n"
            "On Tue, 4 May 2021 at 11:00, Shop <a@shop.example> wrote:\n"
            "> We processed your data between January 2020 and March 2020.",
            "2021-06-01",
            "en",
        ),
        (
            "Bitte senden Sie mir meine Daten.\n\nAm 3. Mai 2021 schrieb Service <s@x.example>:\n"
            "> Ihre Daten aus 2020 liegen vor.",
            "2021-06-01",
            "de",
        ),
        (
            "Please send my data.\n\n-----Original Message-----\nFrom: Shop\n"
            "Sent: Monday, 3 May 2021 09:00\nSubject: Your data 2020",
            "2021-06-01",
            "en",
        ),
        (
            "Send me a copy of all my data.\n-- \nJane Roe\nAll data since 2019 is on file",
            "2021-06-01",
            "en",
        ),
        ("Please send me my data.\n\nKind regards\nSam\nLeeds, 2 May 2021", "2021-06-01", "en"),
        ("请提供我的全部个人数据。\n张伟\n2021年5月2日", "2021-06-01", "zh"),
    ],
)
def test_no_range(text: str, ref: str, lang: str) -> None:
    assert extract_time_range(text, D(ref), lang) is None


def test_reply_above_quote_still_found() -> None:
    text = (
        "On Mon, 3 May 2021 at 10:00, Help <h@x.example> wrote:\n> Which period do you mean?\n\n"
        "The period from 1 February 2020 to 30 June 2020, please."
    )
    assert _ends(text, "2021-06-01") == ("2020-02-01", "2020-06-30")


def test_finding_carries_phrase_and_ambiguity() -> None:
    found = extract_time_range(
        "Please send the data from 2019. Also the logs of 2015 please.", D("2021-01-01"), "en"
    )
    assert found is not None
    assert found.text == "2019"
    assert found.ambiguous
    single = extract_time_range("Please send the data for 2019.", D("2021-01-01"), "en")
    assert single is not None
    assert not single.ambiguous


@settings(max_examples=60, deadline=None)
@given(
    ref=st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31)),
    count=st.integers(min_value=1, max_value=36),
)
def test_last_n_months_is_a_rolling_window(ref: date, count: int) -> None:
    found = extract_time_range(f"Please send the data of the last {count} months.", ref, "en")
    assert found is not None
    assert found.range.start == add_months(ref, -count)
    assert found.range.end == ref


@settings(max_examples=60, deadline=None)
@given(
    ref=st.dates(min_value=date(2005, 1, 1), max_value=date(2035, 12, 31)),
    year=st.integers(min_value=1990, max_value=2030),
)
def test_since_a_past_year_is_open_at_the_end(ref: date, year: int) -> None:
    found = extract_time_range(f"Bitte senden Sie mir alle Daten seit {year}.", ref, "de")
    if year > ref.year:
        assert found is None  # a future start is a deadline or a typo, not data
    else:
        assert found is not None
        assert (found.range.start, found.range.end) == (date(year, 1, 1), None)


@given(d=st.dates(min_value=date(2000, 1, 31), max_value=date(2040, 12, 31)))
def test_add_months_clamps_to_month_end(d: date) -> None:
    moved = add_months(d, 1)
    assert moved.day <= d.day
    assert (moved.year * 12 + moved.month) - (d.year * 12 + d.month) == 1


# Seen on real mail: a follow-up sentence without a data noun, month-to-month ranges without
# "from", deadlines and threats that are no range.
_REF = "2025-11-20"
_GOT_ON_ME = "hey could u send whatever u got on me?? mostly the plug stuff, like when it was on"


@pytest.mark.parametrize(
    ("lang", "text", "months"),
    [
        ("en", f"{_GOT_ON_ME}, the past three months.", 3),
        ("en", "Can you send me everything you hold about me?\n\nJust the last two years.", 24),
        ("de", "Schicken Sie mir alles?? Vor allem die Videos, die letzten drei Monate.", 3),
        ("fr", "Pouvez-vous m'envoyer tout ? Surtout les alertes, les six derniers mois.", 6),
        ("it", "Potete inviarmi tutto? Soprattutto gli avvisi, negli ultimi sei mesi.", 6),
        ("nl", "Kunt u mij alles sturen? Vooral de meldingen, de afgelopen zes maanden.", 6),
        ("pt", "Podem enviar-me tudo? Sobretudo os alertas, os últimos seis meses.", 6),
    ],
)
def test_range_after_the_request_sentence(lang: str, text: str, months: int) -> None:
    start = add_months(D(_REF), -months).isoformat()
    assert _ends(text, _REF, lang) == (start, _REF)


@pytest.mark.parametrize(
    "text",
    [
        "Please send me all my data.\nI moved house last year.",
        "Please send me a copy of my data. I have been your customer for the last six years.",
        "Please send me all the data you have.\nName: Jo Bloggs\nDate of birth: 3. 4. 1990",
        "The museum could open all its rooms. It has been run by volunteers since 2004.",
        # A month-to-month range off topic needs a year; a bare day is no side.
        "We were away 2 - March, then back.",
        "My runs from March to June please.",
    ],
)
def test_dates_that_stay_no_range(text: str) -> None:
    assert _ends(text, _REF) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Quisiera mis entrenamientos de marzo a junio de 2025 en CSV."),
        ("es", "¿Me pasan las rutas (GPS, pulso) de marzo a junio de 2025 en un fichero?"),
        ("fr", "Mes séances de sport de mars à juin 2025, s'il vous plaît."),
        ("it", "Le mie corse da marzo a giugno 2025, per favore."),
        ("nl", "Mijn hardlooprondes van maart tot juni 2025 graag."),
        ("pt", "Os meus percursos de março a junho de 2025, por favor."),
        ("de", "Meine Laufrunden von März bis Juni 2025 bitte."),
        ("en", "My runs from March to June 2025 please."),
    ],
)
def test_month_to_month_range(lang: str, text: str) -> None:
    assert _ends(text, _REF, lang) == ("2025-03-01", "2025-06-30")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Send me all my data. If I don't hear back this week I will go to the regulator."),
        ("en", "Please send all my data by the end of this month."),
        ("en", "Reply with all my data within this month, otherwise I will complain."),
        ("de", "Bitte senden Sie mir alle Daten innerhalb dieses Monats."),
        ("de", "Wenn ich diesen Monat keine Antwort zu meinen Daten bekomme, klage ich."),
        ("fr", "Si je n'ai pas de réponse sur mes données ce mois-ci, je saisirai la CNIL."),
        ("fr", "Merci de m'envoyer toutes mes données d'ici la fin de cette semaine."),
        ("es", "Si no recibo respuesta sobre mis datos esta semana, pondré una reclamación."),
        ("it", "Se non ricevo risposta sui miei dati questa settimana, farò reclamo."),
        ("nl", "Als ik deze week geen antwoord over mijn gegevens krijg, dien ik een klacht in."),
        ("pt", "Se não receber resposta sobre os meus dados este mês, apresentarei queixa."),
        ("zh", "如果本月内没有收到关于我数据的回复，我将投诉。"),
    ],
)
def test_deadline_or_threat_is_no_range(lang: str, text: str) -> None:
    assert _ends(text, _REF, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("en", "If possible, please send me the data of this year.", "2025-01-01"),
        ("en", "In your reply, please include all the logs of the last six months.", "2025-05-20"),
        ("it", "Vorrei i dati di questa settimana.", "2025-11-17"),
        ("de", "Bitte senden Sie mir die Daten dieser Woche.", "2025-11-17"),
    ],
)
def test_reply_words_alone_make_no_deadline(lang: str, text: str, start: str) -> None:
    assert _ends(text, _REF, lang) == (start, _REF)
