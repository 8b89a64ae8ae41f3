"""The words of each language that the time-range grammar is built from.

Every field is a regular-expression fragment (no capturing groups) or a word table. The
grammar (``grammar.py``) composes them into the same set of patterns for every language, so
adding a language means adding one :class:`Lexicon` (here or in ``languages.py``, which also
holds the registry :data:`LEXICONS`) and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary of one language for time ranges (regex fragments, case-insensitive)."""

    code: str
    months: str  # month names and abbreviations
    day_suffix: str = ""  # ordinal ending after a day number ("st", "er", "°")
    day_prefix: str = ""  # article before a day ("the", "le", "el")
    day_month_link: str = ""  # between day and month ("of", "de")
    month_year_link: str = ""  # between month and year ("de", "of")
    between: str = ""  # opens "between A and B"
    conj: str = ""  # "and" inside between/lists
    range_from: str = ""  # opens "from A to B" (optional there)
    range_to: str = ""  # joins "from A to B"
    since: str = ""  # "since A" (open end, includes A)
    after: str = ""  # "after A" (open end, excludes A)
    onwards: str = ""  # follows A in "from A onwards"
    onwards_from: str = ""  # opens "from A onwards" (needed with ``onwards``)
    until: str = ""  # "until A" (open start, includes A)
    before: str = ""  # "before A" (open start, excludes A)
    begin_of: str = ""  # "the beginning of" before a side
    end_of: str = ""  # "the end of" before a side
    today: str = ""  # a right side meaning the message date
    to_date: str = ""  # a right side meaning "open" ("to date")
    gap_in: str = ""  # "in"/"on" that ends a short gap ("since I joined in 2019")
    last: str = ""  # "the last/past" before a number and unit (rolling window)
    last_after: str = ""  # "derniers" after the number (fr word order)
    units: dict[str, str] = field(default_factory=dict)  # unit -> regex of its words
    numbers: dict[str, int] = field(default_factory=dict)  # number words
    rolling_one: str = ""  # "the past year" etc.: ``{unit}`` is replaced by the unit regex
    previous: str = ""  # "last year": previous calendar unit, ``{unit}`` placeholder
    this: str = ""  # "this year": start of the unit to the message date
    ordinals: dict[str, int] = field(default_factory=dict)  # first..fourth
    quarter: str = ""  # "quarter of" (``{ord}`` and ``{year}`` placeholders)
    half: str = ""  # "half of" (``{ord}`` and ``{year}`` placeholders)
    whole_year: str = ""  # "the whole of", "the year" before a year
    anchor_before: str = ""  # "before" in "the 18 months before ... <date>"
    data_words: str = ""  # words that make a sentence about the requested data
    incidental: str = ""  # words right before a construct that make it incidental
    events: str = (
        ""  # verbs of a one-off event ("I joined in 2019"): a bare date there is not asked for
    )
    asks: str = ""  # words of asking ("please", "send"): with a data word, a request
    glued_units: str = ""  # words with a unit glued on ("Vorjahr"), for the grammar's trigger
    deadline_lead: str = ""  # right before a time that is a deadline ("by", "within", "bis")
    condition: str = ""  # opens a condition ("if", "wenn", "si")
    reply: str = ""  # a reply awaited or a step threatened ("hear back", "complaint")


_EN_NUMBERS = {
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
    "thirty": 30,
}

EN = Lexicon(
    code="en",
    events=r"joined|signed\s+up|registered|ordered|bought|purchased|moved|born|wrote|contacted|called|received|placed|opened|closed|cancell?ed|started|created|hacked|returned|complained|emailed|sent",
    months=(
        r"january|february|march|april|(?-i:May)|june|july|august|september|october|november"
        r"|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?"
        r"|dec\.?"
    ),
    day_suffix=r"(?:st|nd|rd|th)?",
    day_prefix=r"(?:the\s+)?",
    day_month_link=r"(?:of\s+)?",
    month_year_link=r"(?:of\s+)?",
    between=r"between",
    conj=r"and",
    range_from=r"from|since|covering|for|starting(?:\s+(?:on|from))?",
    range_to=(r"to|until|till|til|through(?:\s+to)?|thru|up\s+(?:to|until)|and\s+ending(?:\s+on)?"),
    since=r"since|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|from|in))?",
    after=r"after",
    onwards=r"on(?:wards?)?|forwards?|and\s+(?:later|after)",
    onwards_from=r"from",
    until=r"until|till|up\s+(?:to|until)|through|up\s+to\s+and\s+including",
    before=r"before|prior\s+to",
    begin_of=r"(?:the\s+)?(?:beginning|start)\s+of",
    end_of=r"(?:the\s+)?end\s+of",
    today=r"today|now|the\s+present(?:\s+day)?|present",
    to_date=r"date",
    gap_in=r"in|on",
    last=r"(?:the|these|my)\s+(?:last|past|previous|preceding)",
    units={
        "day": r"days?",
        "week": r"weeks?",
        "month": r"months?",
        "year": r"years?",
        "quarter": r"quarters?",
    },
    numbers=_EN_NUMBERS,
    rolling_one=r"(?:the|this)\s+(?:past|last)\s+(?:{unit})",
    previous=r"(?:last|the\s+previous|the\s+preceding)\s+(?:{unit})",
    this=r"this\s+(?:{unit})|the\s+current\s+(?:{unit})",
    ordinals={
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "last": 4,
    },
    quarter=r"(?:the\s+)?{ord}\s+quarter\s+(?:of\s+)?{year}",
    half=r"(?:the\s+)?{ord}\s+half\s+(?:of\s+)?{year}",
    whole_year=r"(?:the\s+)?(?:whole|entire|entirety|all)\s+(?:of\s+)?(?:the\s+year\s+)?",
    anchor_before=r"before|prior\s+to|preceding|leading\s+up\s+to",
    data_words=(
        r"data|information|info|records?|history|logs?|recordings?|footage|e-?mails?|messages?"
        r"|transcripts?|details|activity|files?|everything|anything|all|copy|copies|request\w*"
        r"|access|period|processed|processing|collected|stored|held|hold|send|provide"
        r"|export|include|cover\w*|kept|calls?|transactions?|purchases?|orders"
    ),
    incidental=r"customer|member|client|user|subscriber|employee|employed|registered|living",
    asks=r"send|provide|give|share|export|request\w*|access|copy|want|need|please",
    deadline_lead=r"by(?:\s+the\s+(?:end|close)\s+of)?|within|no\s+later\s+than|before\s+the\s+end\s+of",
    condition=r"if|unless|otherwise|or\s+else",
    reply=r"hear|heard|answer\w*|repl(?:y|ies|ied)|respon\w+|complain\w*|escalat\w+|regulator|ico|lawyer|solicitor|court|legal",
)

DE = Lexicon(
    code="de",
    events=r"angemeldet|registriert|bestellt|gekauft|geschrieben|kontaktiert|angerufen|erhalten|eröffnet|gekündigt|umgezogen|geboren|begonnen|angelegt|gehackt",
    months=(
        r"januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober"
        r"|november|dezember|jan\.|feb\.|mrz\.|apr\.|jun\.|jul\.|aug\.|sept?\.|okt\.|nov\.|dez\."
    ),
    day_suffix=r"\.?",
    day_prefix=r"(?:(?:de[mnr]|zum|vom|am)\s+)?",
    between=r"zwischen(?:\s+de[mn])?",
    conj=r"und",
    range_from=r"vo[nm]|ab|seit|im\s+zeitraum(?:\s+vo[nm])?|zeitraum",
    range_to=r"bis(?:\s+(?:zu[mr]|einschließlich|einschl\.|inkl\.))?",
    since=r"seit(?:\s+de[mnr])?|ab(?:\s+de[mnr])?|beginnend(?:\s+(?:mit|am|im))?",
    after=r"nach(?:\s+de[mnr])?",
    onwards=r"an",
    onwards_from=r"von",
    until=r"bis(?:\s+(?:zu[mr]|einschließlich|einschl\.|inkl\.))?",
    before=r"vor(?:\s+de[mnr])?",
    begin_of=r"(?:de[mns]\s+)?(?:anfang|beginn)(?:s)?",
    end_of=r"(?:de[mns]\s+)?ende",
    today=r"heute|jetzt|zum\s+heutigen\s+tag|gegenwart",
    to_date=r"dato",
    gap_in=r"im|am|in",
    last=r"(?:(?:in|während|aus)\s+)?(?:de[rnm]|die)\s+(?:letzten|vergangenen|zurückliegenden)",
    units={
        "day": r"tage?n?",
        "week": r"wochen?",
        "month": r"monate?n?|monats",
        "year": r"jahre?n?|jahres",
        "quarter": r"quartal(?:e|s)?",
    },
    numbers={
        "ein": 1,
        "einen": 1,
        "einem": 1,
        "eines": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "achtzehn": 18,
        "vierundzwanzig": 24,
        "dreißig": 30,
    },
    rolling_one=r"(?:in\s+)?de[nm]\s+(?:vergangenen|letzten)\s+zwölf\s+monaten",
    previous=(
        r"(?:im|in\s+dem|des|aus\s+dem)\s+(?:letzten|vergangenen|vorigen|vorherigen)\s+(?:{unit})"
        r"|(?:letzte[ns]?|vergangene[ns]?|vorige[ns]?)\s+(?:{unit})|(?:des\s+|im\s+)?vor(?=jahr)(?:{unit})"
    ),
    this=r"(?:diese[snmr]?|laufenden|aktuellen)\s+(?:{unit})",
    glued_units=r"vorjahr\w*",
    ordinals={
        "ersten": 1,
        "1.": 1,
        "zweiten": 2,
        "2.": 2,
        "dritten": 3,
        "3.": 3,
        "vierten": 4,
        "4.": 4,
        "letzten": 4,
    },
    quarter=r"{ord}\s+quartal(?:s)?\s+(?:des\s+jahres\s+|von\s+)?{year}",
    half=r"{ord}\s+(?:halbjahr(?:es|s)?|jahreshälfte)\s+(?:des\s+jahres\s+|von\s+)?{year}",
    whole_year=r"(?:(?:de[ms]|das)\s+)?(?:gesamten\s+|ganzen\s+)?jahr(?:es)?\s+",
    anchor_before=r"vor",
    data_words=(
        r"daten|datensätze|informationen|auskunft|auskünfte|aufzeichnungen|verlauf|protokoll\w*"
        r"|logs?|aufnahmen|nachrichten|e-?mails?|kopie|alle[sn]?|sämtliche\w*|zeitraum|gespeichert"
        r"|verarbeitet|erhoben|gesammelt|übermitt\w+|senden|schick\w*|zusend\w*|zuschick\w*"
        r"|übersend\w*|zukommen|herausgabe|anfrage"
        r"|antrag|bestellungen|käufe|anrufe|zahlungen|transaktionen"
    ),
    incidental=r"kunde|kundin|mitglied|nutzer|nutzerin|abonnent\w*|wohnhaft|angestellt",
    asks=r"bitte|bitten|senden|schick\w*|zusend\w*|übermitt\w+|auskunft|kopie|möchte|benötige|brauche|anfrage|antrag",
    deadline_lead=r"(?:bis|innerhalb|binnen|spätestens)(?:\s+(?:zum|zur|am|im))?(?:\s+(?:ende|anfang|schluss|lauf)(?:\s+(?:de[rsmn]|von))?)?",
    condition=r"wenn|falls|sofern|sollte\w*|sonst|andernfalls|ansonsten",
    reply=r"hör\w*|antwort\w*|rückmeldung|reaktion|reagier\w*|beschwerde|aufsichtsbehörde|datenschutzbehörde|behörde|anwalt|rechtlich\w*|gericht|klage",
)

FR = Lexicon(
    code="fr",
    events=r"inscrit\w*|commandé|acheté|écrit|contacté|appelé|reçu|ouvert|résilié|déménagé|né|née|créé|piraté",
    months=(
        r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
        r"|novembre|décembre|decembre|janv\.|févr\.|fevr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\."
    ),
    day_suffix=r"(?:er|e|ème)?",
    day_prefix=r"(?:(?:le|du|au)\s+)?",
    between=r"entre(?:\s+le)?",
    conj=r"et(?:\s+le)?",
    range_from=r"du|de|depuis|à\s+partir\s+d[eu]|à\s+compter\s+d[eu]|allant\s+d[eu]|période",
    range_to=r"au|à|jusqu['’]\s*(?:au|à|en)|jusqu['’]\s*(?:a|à)u?",
    since=r"depuis(?:\s+le)?|à\s+partir\s+d[eu]|à\s+compter\s+d[eu]",
    after=r"après(?:\s+le)?",
    onwards=r"(?:et\s+)?(?:au-delà|jusqu['’]à\s+aujourd['’]hui)",
    onwards_from=r"de",
    until=r"jusqu['’]\s*(?:au|à|en)(?:\s+le)?",
    before=r"avant(?:\s+le)?",
    begin_of=r"(?:le\s+)?début\s+(?:de\s+|d['’])?",
    end_of=r"(?:la\s+)?fin\s+(?:de\s+|d['’])?",
    today=r"aujourd['’]hui|ce\s+jour|maintenant|à\s+présent|présent",
    to_date=r"date",
    gap_in=r"en|le",
    last=r"(?:(?:au\s+cours|durant|pendant|lors)\s+)?(?:les|des|ces|aux)",
    last_after=r"(?:derniers|dernières|derniers|passés|passées|écoulés|écoulées)",
    units={
        "day": r"jours?",
        "week": r"semaines?",
        "month": r"mois",
        "year": r"ans|années?",
        "quarter": r"trimestres?",
    },
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "dix-huit": 18,
        "vingt-quatre": 24,
        "trente": 30,
    },
    rolling_one=r"(?:la\s+|l['’])(?:dernière\s+année|année\s+écoulée)|(?:les\s+)?douze\s+derniers\s+mois",
    previous=(
        r"(?:le|l['’]|la)\s*(?:{unit})\s+(?:dernier|dernière|passée?|précédente?)"
        r"|l['’]an\s+dernier"
    ),
    this=r"(?:cette|ce)\s+(?:{unit})|l['’]année\s+en\s+cours",
    ordinals={
        "premier": 1,
        "1er": 1,
        "deuxième": 2,
        "second": 2,
        "2e": 2,
        "troisième": 3,
        "3e": 3,
        "quatrième": 4,
        "4e": 4,
        "dernier": 4,
    },
    quarter=r"{ord}\s+trimestre\s+(?:de\s+|d['’]|de\s+l['’]année\s+)?{year}",
    half=r"{ord}\s+semestre\s+(?:de\s+|d['’]|de\s+l['’]année\s+)?{year}",
    whole_year=r"(?:(?:de\s+)?l['’]année\s+|(?:toute\s+)?l['’]année\s+)",
    anchor_before=r"avant|précédant",
    data_words=(
        r"données|informations?|enregistrements?|historique|journaux|logs?|courriels?|e-?mails?"
        r"|messages?|copie|toutes?|tous|accès|période|traitées?|traités?|collectées?|conservées?"
        r"|envoy\w+|transmett\w+|communiquer|fournir|demande|appels?|achats?|commandes"
    ),
    incidental=r"client|cliente|membre|abonnée?|utilisat\w+|domicilié",
    asks=r"envoy\w+|transmett\w+|communiqu\w+|fournir|demande|copie|accès|souhaite|voudrais|veuillez|merci",
    deadline_lead=r"d['’]ici(?:\s+(?:la\s+)?fin\s+(?:de|d['’]))?|sous|au\s+plus\s+tard|avant\s+la\s+fin\s+(?:de|d['’])",
    condition=r"si|s['’]il|sinon|faute\s+de|à\s+défaut",
    reply=r"répon\w*|nouvelles|retour|plainte|réclamation|saisi\w*|cnil|autorité|avocat|justice|tribunal|recours",
)
