"""The words of each language that the time-range grammar is built from.

Every field is a regular-expression fragment (no capturing groups) or a word table. The
grammar (``grammar.py``) composes them into the same set of patterns for every language, so
adding a language means adding one :class:`Lexicon` here and nothing else.
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
    this=r"(?:dieses|diesem|laufenden|aktuellen)\s+(?:{unit})",
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
        r"|verarbeitet|erhoben|gesammelt|übermitt\w+|senden|schicken|zusenden|herausgabe|anfrage"
        r"|antrag|bestellungen|käufe|anrufe|zahlungen|transaktionen"
    ),
    incidental=r"kunde|kundin|mitglied|nutzer|nutzerin|abonnent\w*|wohnhaft|angestellt",
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
        r"|envoyer|transmettre|communiquer|fournir|demande|appels?|achats?|commandes"
    ),
    incidental=r"client|cliente|membre|abonnée?|utilisat\w+|domicilié",
)

ES = Lexicon(
    code="es",
    events=r"registr[éeó]|ped[ií]|compré|escrib[ií]|contacté|llamé|recib[ií]|abr[ií]|cancelé|nac[ií]|creé|hackeada?",
    months=(
        r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
        r"|noviembre|diciembre|ene\.|feb\.|abr\.|jun\.|jul\.|ago\.|sept?\.|oct\.|nov\.|dic\."
    ),
    day_suffix=r"(?:º|°)?",
    day_prefix=r"(?:(?:el|del|al)\s+)?",
    day_month_link=r"(?:de\s+)?",
    month_year_link=r"(?:de(?:l)?\s+)?",
    between=r"entre(?:\s+el)?",
    conj=r"y(?:\s+el)?",
    range_from=r"desde|del|de|a\s+partir\s+del?|periodo|período",
    range_to=r"hasta(?:\s+el)?|al|a",
    since=r"desde(?:\s+el)?|a\s+partir\s+del?",
    after=r"después\s+del?|tras\s+el",
    onwards=r"en\s+adelante",
    onwards_from=r"del?",
    until=r"hasta(?:\s+el)?",
    before=r"antes\s+del?",
    begin_of=r"(?:principios|inicios|comienzos|el\s+inicio|el\s+comienzo)\s+de(?:l)?",
    end_of=r"(?:finales|fines|el\s+final)\s+de(?:l)?",
    today=r"hoy|ahora|el\s+día\s+de\s+hoy|la\s+actualidad",
    to_date=r"la\s+fecha",
    gap_in=r"en|el",
    last=r"(?:(?:en|durante|de)\s+)?(?:los|las)\s+(?:últimos|últimas|pasados|pasadas)",
    units={
        "day": r"días?",
        "week": r"semanas?",
        "month": r"mes(?:es)?",
        "year": r"años?",
        "quarter": r"trimestres?",
    },
    numbers={
        "un": 1,
        "uno": 1,
        "una": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "once": 11,
        "doce": 12,
        "dieciocho": 18,
        "veinticuatro": 24,
        "treinta": 30,
    },
    rolling_one=r"(?:el|del)\s+último\s+año|los\s+últimos\s+doce\s+meses",
    previous=r"(?:el|la|del)\s+(?:{unit})\s+(?:pasad[oa]|anterior)",
    this=r"(?:este|esta|el\s+presente)\s+(?:{unit})|(?:el|la)\s+(?:{unit})\s+en\s+curso",
    ordinals={
        "primer": 1,
        "primero": 1,
        "segundo": 2,
        "tercer": 3,
        "tercero": 3,
        "cuarto": 4,
        "último": 4,
    },
    quarter=r"{ord}\s+trimestre\s+(?:de(?:l)?\s+)?(?:año\s+)?{year}",
    half=r"{ord}\s+semestre\s+(?:de(?:l)?\s+)?(?:año\s+)?{year}",
    whole_year=r"(?:(?:todo\s+)?el\s+año\s+)",
    anchor_before=r"antes",
    data_words=(
        r"datos|información|registros?|historial|grabaciones|correos?|mensajes|copia|todos?"
        r"|todas?|acceso|periodo|período|tratad[oa]s|recogid[oa]s|enviar|envíen\w*|solicit\w+"
        r"|llamadas|compras|pedidos"
    ),
    incidental=r"cliente|socio|soci[ao]|usuari[oa]|abonad[oa]",
)

IT = Lexicon(
    code="it",
    events=r"iscritto|iscritta|registrato|ordinato|acquistato|scritto|contattato|chiamato|ricevuto|aperto|disdetto|nato|nata|creato",
    months=(
        r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
        r"|novembre|dicembre|genn?\.|febb?\.|mar\.|apr\.|magg?\.|giu\.|lug\.|ago\.|sett?\.|ott\."
        r"|nov\.|dic\."
    ),
    day_suffix=r"(?:°|º)?",
    day_prefix=r"(?:(?:il|dal|al|del|l['’])\s*)?",
    between=r"(?:tra|fra)(?:\s+il)?",
    conj=r"e(?:d)?(?:\s+il)?",
    range_from=r"dal|dall['’]|da|a\s+partire\s+dal?|periodo",
    range_to=r"al|all['’]|a|fino\s+al?|sino\s+al?",
    since=r"a\s+partire\s+(?:dal|dall['’]|da)|dal|dall['’]|da",
    after=r"dopo\s+il",
    onwards=r"in\s+poi|ad\s+oggi",
    onwards_from=r"dal|dall['’]|da",
    until=r"fino\s+(?:al|all['’]|a)|sino\s+(?:al|a)",
    before=r"prima\s+del",
    begin_of=r"(?:l['’])?inizio\s+(?:del\s+|di\s+)?",
    end_of=r"(?:la\s+)?fine\s+(?:del\s+|di\s+)?",
    today=r"oggi|adesso|ora|la\s+data\s+odierna",
    to_date=r"data",
    gap_in=r"nel|a|il",
    last=r"(?:(?:nel\s+corso|durante)\s+)?(?:gli|negli|degli|le|nelle|delle|agli)\s+(?:ultim[ie]|scors[ie])",
    units={
        "day": r"giorni|giorno",
        "week": r"settimane?",
        "month": r"mesi|mese",
        "year": r"anni|anno",
        "quarter": r"trimestr[ei]",
    },
    numbers={
        "un": 1,
        "uno": 1,
        "una": 1,
        "due": 2,
        "tre": 3,
        "quattro": 4,
        "cinque": 5,
        "sei": 6,
        "sette": 7,
        "otto": 8,
        "nove": 9,
        "dieci": 10,
        "undici": 11,
        "dodici": 12,
        "diciotto": 18,
        "ventiquattro": 24,
        "trenta": 30,
    },
    rolling_one=r"(?:l['’]|nell['’]|dell['’])ultimo\s+anno",
    previous=(
        r"(?:l['’]|il|la|nel|nella|dell['’]|del|della)\s*(?:{unit})\s+(?:scors[oa]|passat[oa]"
        r"|precedente)"
    ),
    this=r"(?:quest['’]|questo\s+|questa\s+)(?:{unit})|(?:l['’]|il\s+)(?:{unit})\s+in\s+corso",
    ordinals={"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "ultimo": 4},
    quarter=r"{ord}\s+trimestre\s+(?:del\s+|dell['’]anno\s+)?{year}",
    half=r"{ord}\s+semestre\s+(?:del\s+|dell['’]anno\s+)?{year}",
    whole_year=r"(?:(?:tutto\s+)?l['’]anno\s+|nel\s+corso\s+del\s+)",
    anchor_before=r"prima",
    data_words=(
        r"dati|informazioni|registrazioni|registri|cronologia|log|e-?mail|messaggi|copia|tutti"
        r"|tutte|accesso|periodo|trattati|raccolti|conservati|invia\w*|fornire|richie\w+"
        r"|chiamate|acquisti|ordini"
    ),
    incidental=r"cliente|socio|utente|abbonat[oa]|iscritt[oa]",
)

NL = Lexicon(
    code="nl",
    events=r"aangemeld|geregistreerd|besteld|gekocht|geschreven|gebeld|ontvangen|geopend|opgezegd|verhuisd|geboren|aangemaakt|gehackt",
    months=(
        r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
        r"|december|jan\.|feb\.|mrt\.|apr\.|jun\.|jul\.|aug\.|sept?\.|okt\.|nov\.|dec\."
    ),
    day_suffix=r"(?:e|ste|de)?",
    day_prefix=r"",
    between=r"tussen",
    conj=r"en",
    range_from=r"van(?:af)?|sinds|periode(?:\s+van)?",
    range_to=r"tot\s+en\s+met|t/m|tot",
    since=r"sinds|vanaf|met\s+ingang\s+van",
    after=r"na",
    onwards=r"tot\s+nu(?:\s+toe)?|af",
    onwards_from=r"van",
    until=r"tot\s+en\s+met|t/m|tot",
    before=r"vóór|voor",
    begin_of=r"(?:het\s+)?begin\s+(?:van\s+)?",
    end_of=r"(?:het\s+)?(?:eind|einde)\s+(?:van\s+)?",
    today=r"vandaag|nu|heden|dit\s+moment",
    to_date=r"op\s+heden",
    gap_in=r"in|op",
    last=r"(?:(?:in|over|gedurende|uit)\s+)?(?:de\s+)?(?:afgelopen|laatste|voorbije|voorgaande)",
    units={
        "day": r"dagen|dag",
        "week": r"weken|week",
        "month": r"maanden|maand",
        "year": r"jaren|jaar",
        "quarter": r"kwartalen|kwartaal",
    },
    numbers={
        "een": 1,
        "één": 1,
        "twee": 2,
        "drie": 3,
        "vier": 4,
        "vijf": 5,
        "zes": 6,
        "zeven": 7,
        "acht": 8,
        "negen": 9,
        "tien": 10,
        "elf": 11,
        "twaalf": 12,
        "achttien": 18,
        "vierentwintig": 24,
        "dertig": 30,
    },
    rolling_one=r"(?:het|de)\s+(?:afgelopen|voorbije|laatste)\s+(?:{unit})",
    previous=r"(?:vorig|vorige)\s+(?:{unit})",
    this=r"(?:dit|deze)\s+(?:{unit})|het\s+lopende\s+(?:{unit})",
    ordinals={"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4},
    quarter=r"{ord}\s+kwartaal\s+(?:van\s+)?{year}",
    half=r"{ord}\s+(?:helft|halfjaar|half\s+jaar)\s+(?:van\s+)?{year}",
    whole_year=r"(?:(?:het\s+)?(?:hele\s+)?jaar\s+)",
    anchor_before=r"voor|voorafgaand\s+aan",
    data_words=(
        r"gegevens|persoonsgegevens|informatie|inzage|registraties|opnames|geschiedenis|logs?"
        r"|e-?mails?|berichten|kopie|alle|periode|verwerkt|verzameld|bewaard|opgeslagen|sturen"
        r"|toesturen|verstrekken|verzoek\w*|gesprekken|aankopen|bestellingen"
    ),
    incidental=r"klant|lid|gebruiker|abonnee|woonachtig",
)

PT = Lexicon(
    code="pt",
    events=r"registei|registrei|encomendei|comprei|escrevi|contactei|liguei|recebi|abri|cancelei|nasci|criei",
    months=(
        r"janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro"
        r"|novembro|dezembro|jan\.|fev\.|mar\.|abr\.|jun\.|jul\.|ago\.|set\.|out\.|nov\.|dez\."
    ),
    day_suffix=r"(?:º|°)?",
    day_prefix=r"(?:(?:o|do|ao|dia)\s+)?",
    day_month_link=r"(?:de\s+)?",
    month_year_link=r"(?:de\s+)?",
    between=r"entre(?:\s+o)?",
    conj=r"e(?:\s+o)?",
    range_from=r"desde|de|do|a\s+partir\s+d[eo]|período|periodo",
    range_to=r"até(?:\s+(?:o|ao))?|ao|a",
    since=r"desde(?:\s+o)?|a\s+partir\s+d[eo]",
    after=r"depois\s+d[eo]|após\s+o?",
    onwards=r"em\s+diante",
    onwards_from=r"d[eo]",
    until=r"até(?:\s+(?:o|ao))?",
    before=r"antes\s+d[eo]",
    begin_of=r"(?:o\s+)?(?:início|inicio|começo)\s+d[eo]",
    end_of=r"(?:o\s+)?(?:fim|final)\s+d[eo]",
    today=r"hoje|agora|o\s+presente|a\s+presente\s+data",
    to_date=r"a\s+data",
    gap_in=r"em|no",
    last=r"(?:(?:nos|durante\s+os|dos)\s+|(?:nas|durante\s+as|das)\s+|(?:os|as)\s+)(?:últimos|últimas|passados)",
    units={
        "day": r"dias?",
        "week": r"semanas?",
        "month": r"mês|meses",
        "year": r"anos?",
        "quarter": r"trimestres?",
    },
    numbers={
        "um": 1,
        "uma": 1,
        "dois": 2,
        "duas": 2,
        "três": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
        "onze": 11,
        "doze": 12,
        "dezoito": 18,
        "vinte\\s+e\\s+quatro": 24,
        "trinta": 30,
    },
    rolling_one=r"(?:o|no|do)\s+último\s+ano",
    previous=r"(?:o|a|no|na|do|da)\s+(?:{unit})\s+(?:passad[oa]|anterior)",
    this=r"(?:este|esta|neste|nesta)\s+(?:{unit})",
    ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "último": 4},
    quarter=r"{ord}\s+trimestre\s+(?:de\s+)?{year}",
    half=r"{ord}\s+semestre\s+(?:de\s+)?{year}",
    whole_year=r"(?:(?:todo\s+)?o\s+ano\s+(?:de\s+)?)",
    anchor_before=r"antes",
    data_words=(
        r"dados|informaç\w+|registros?|registos?|histórico|gravações|e-?mails?|mensagens|cópia"
        r"|todos|todas|acesso|período|tratados|coletados|recolhidos|enviar|envie\w*|fornecer"
        r"|solicit\w+|pedido|chamadas|compras"
    ),
    incidental=r"cliente|sócio|utilizador|usuário|assinante",
)

ZH = Lexicon(
    code="zh",
    events=r"注册|下单|订购|购买|注销|联系|收到|开通|创建",
    months="",
    range_from=r"从|自|由",
    range_to=r"至|到|~|～|—|-",
    since=r"自|从",
    today=r"现在|今天|目前|当前|今|现今",
    last=r"(?:过去|最近|近|前)",
    units={
        "day": r"天|日",
        "week": r"周|星期|個星期|个星期",
        "month": r"个月|個月|月",
        "year": r"年",
    },
    numbers={
        "一": 1,
        "两": 2,
        "二": 2,
        "三": 3,
        "四": 4,
        "五": 5,
        "六": 6,
        "七": 7,
        "八": 8,
        "九": 9,
        "十": 10,
        "十一": 11,
        "十二": 12,
        "十八": 18,
        "二十四": 24,
        "三十": 30,
    },
    data_words=r"数据|資料|资料|信息|信息|记录|記錄|日志|录音|邮件|提供|发送|导出|查阅|副本|全部|所有",
    incidental=r"客户|会员|用户",
)

LEXICONS: dict[str, Lexicon] = {lex.code: lex for lex in (EN, DE, FR, ES, IT, NL, PT, ZH)}
"""The supported languages, by ISO 639-1 code."""
