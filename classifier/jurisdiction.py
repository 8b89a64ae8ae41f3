"""Which data protection law a request invokes: a law named, an article cited, a place stated.

The deadline rules (DOMAIN.md, "Deadlines") pick the period from the jurisdiction, so this
module maps what it finds to one code of the deadline table: ``GDPR``, ``UK_GDPR``, ``CCPA``
(the CPRA amends the CCPA and shares its periods), ``LGPD`` or ``PIPL``. A law named outright
wins over a place; both are kept, because staff decide when they disagree. Laws are matched in
their national names and abbreviations, places only after a phrase of residence ("I live in",
"ich wohne in", "je réside en"), since a country mentioned in passing says nothing about where
the requester lives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def lowered(text: str) -> str:
    """``text`` in lower case, character for character, so positions in it are valid in ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters lower to two ("İ" to "i̇"); those stay as written.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def compile_lower(source: str) -> re.Pattern[str]:
    """``source`` (written with capitals, for reading) compiled to match :func:`lowered` text.

    Without IGNORECASE, ``re`` skips the branches of an alternation by their first letter, which
    makes these long phrase lists several times faster; they run on every message.
    """
    if re.search(r"\\[A-Z]", source):
        raise ValueError(f"an upper-case escape would change meaning when lowered: {source!r}")
    # Named groups are the one piece of syntax with a capital letter.
    return re.compile(source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="))


GDPR = "GDPR"
UK_GDPR = "UK_GDPR"
CCPA = "CCPA"
LGPD = "LGPD"
PIPL = "PIPL"


@dataclass(frozen=True)
class JurisdictionFinding:
    """The law that applies (``code``), the place stated and the phrases that said so.

    ``code`` is None when only a place without a law of the table was stated ("I live in
    Switzerland"); ``laws`` lists every law named, in order of first mention.
    """

    code: str | None
    place: str | None
    evidence: tuple[str, ...]
    laws: tuple[str, ...] = ()


# Case-insensitive names of each law (Latin-script names, then names in scripts without word
# boundaries), and of the supervisory authorities, whose name implies their law ("I will
# complain to the CNIL"). All go into one pattern: one pass over the text, and at "UK GDPR" the
# UK name, listed first, wins over the EU one, which would match from the same position.
_LAW_NAMES: tuple[tuple[str, str, str], ...] = (
    (
        UK_GDPR,
        r"U\.?K\.?(?:['’]s)?[\s-]?GDPR\b|United Kingdom General Data Protection Regulation\b|"
        r"UK General Data Protection Regulation\b|Data Protection Act\s*(?:of\s*)?2018\b|"
        r"DPA\s*2018\b|Information Commissioner['’]?s? Office\b",
        "",
    ),
    (
        GDPR,
        r"(?:EU[\s-]?)?GDPR\b|General Data Protection Regulation\b|(?:EU[\s-]?)?DS-?GVO\b|"
        r"Datenschutz-?\s?Grundverordnung\b|RGPD\b|"
        r"R[èe]glement g[ée]n[ée]ral sur la protection des donn[ée]es\b|"
        r"Reglamento General de Protecci[óo]n de Datos\b|"
        r"Regolamento generale (?:sulla|per la) protezione dei dati\b|"
        r"Algemene Verordening Gegevensbescherming\b|"
        r"Regulamento Geral (?:sobre a|de) Prote[çc][ãa]o de Dados\b|"
        r"og[óo]ln\w* rozporz[ąa]dzeni\w* o ochronie danych\b|"
        r"dataskyddsf[öo]rordningen?\b|Opć\w* uredb\w* o zaštiti podataka\b|OUZP\b|"
        r"obecn\w* nařízení o ochraně osobních údajů\b|ΓΚΠΔ\b|"
        r"Γενικ\w* Κανονισμ\w* (?:για την )?Προστασία\w* Δεδομένων\b|"
        r"\(EU\)\s*2016/679|Regulation\s*2016/679|Verordnung\s*\(EU\)\s*2016/679|"
        # Supervisory authorities of the EU and EEA.
        r"CNIL\b|AEPD\b|Agencia Española de Protección de Datos\b|"
        r"Garante (?:per la protezione dei dati personali|della privacy|privacy)\b|"
        r"Autoriteit Persoonsgegevens\b|Integritetsskyddsmyndigheten\b|"
        r"Datenschutzbeh[öo]rde\b|Datenschutzaufsicht\b|Landesdatenschutz\w*",
        r"欧盟?通用数据保护条例|一般データ保護規則",
    ),
    (
        CCPA,
        r"CCPA\b|CPRA\b|California Consumer Privacy Act\b|California Privacy Rights Act\b|"
        r"Cal(?:ifornia|\.)? Civ(?:il|\.)? Code\s*(?:§+|sections?)?\s*1798\.\d+|"
        r"§+\s*1798\.1\d\d|California Privacy Protection Agency\b",
        r"加州消费者隐私法",
    ),
    (
        LGPD,
        r"LGPD\b|Lei Geral de Prote[çc][ãa]o de Dados(?: Pessoais)?\b|"
        r"Lei\s*(?:n[º°o.]*\s*)?13\.?709\b|"
        r"ANPD\b|Autoridade Nacional de Prote[çc][ãa]o de Dados\b",
        "",
    ),
    (PIPL, r"PIPL\b|Personal Information Protection Law\b", r"个人信息保护法|個人信息保護法"),
)


def _law_pattern() -> re.Pattern[str]:
    # Named groups law0, law1, ...: the index of the group that matched gives the code.
    latin = "|".join(f"(?P<law{i}>{names})" for i, (_, names, _) in enumerate(_LAW_NAMES))
    cjk = "|".join(f"(?P<cjk{i}>{names})" for i, (_, _, names) in enumerate(_LAW_NAMES) if names)
    return compile_lower(rf"(?<!\w)(?:{latin})|{cjk}")


_LAWS = _law_pattern()
# Short upper-case acronyms that are ordinary words or brands in other cases ("avg." is an
# abbreviation of "average", "rodo" a Spanish word): these match in capitals only.
_CASED_LAWS = re.compile(r"\bAVG\b|\bRODO\b|\bUODO\b")

# An article or section cited just before the law's name ("Art. 15 DSGVO", "Article 17 of the
# GDPR", "artículo 15 del RGPD") is shown with it as evidence.
_ARTICLE_BEFORE = re.compile(
    r"(?:\bArt(?:icle|ikel|ículo|icolo|igo|ykuł|ikla)?\.?|§+)\s*\d+[^\n.;]{0,30}?$",
    re.IGNORECASE,
)

# Places: English name, the law that applies there (or "-" for none of the table), and the
# names a requester may use, in the ten languages, with the forms that follow a preposition
# where the language inflects them (Polish locative, German dative article handled below).
# A line starting with "|" continues the names of the line above.
_PLACE_TABLE = """
European Union|GDPR|EU|European Union|EEA|Europe|Europa|Union européenne|l'Union européenne
|Unión Europea|Unione Europea|Europese Unie|União Europeia|Unii Europejskiej|欧盟|欧洲
Austria|GDPR|Austria|Österreich|Autriche|Oostenrijk|Áustria|Austrii|Österrike|奥地利
Belgium|GDPR|Belgium|Belgien|Belgique|Bélgica|Belgio|België|Belgii|比利时
Bulgaria|GDPR|Bulgaria|Bulgarien|Bulgarie|Bulgarije|Bulgária|Bułgarii|保加利亚
Croatia|GDPR|Croatia|Kroatien|Croatie|Croacia|Croazia|Kroatië|Croácia|Chorwacji|Kroatien|Hrvatskoj
|克罗地亚
Cyprus|GDPR|Cyprus|Zypern|Chypre|Chipre|Cipro|Cyprze|塞浦路斯
Czechia|GDPR|Czechia|Czech Republic|Tschechien|République tchèque|Tchéquie|Chequia|Repubblica Ceca
|Tsjechië|Chéquia|Czechach|Tjeckien|Česku|捷克
Denmark|GDPR|Denmark|Dänemark|Danemark|Dinamarca|Danimarca|Denemarken|Danii|Danmark|丹麦
Estonia|GDPR|Estonia|Estland|Estonie|Estónia|Estonii|爱沙尼亚
Finland|GDPR|Finland|Finnland|Finlande|Finlandia|Finlândia|Finlandii|芬兰
France|GDPR|France|Frankreich|Francia|Frankrijk|França|Francji|Frankrike|法国
Germany|GDPR|Germany|Deutschland|Allemagne|Alemania|Germania|Duitsland|Alemanha|Niemczech|Tyskland
|德国
Greece|GDPR|Greece|Griechenland|Grèce|Grecia|Griekenland|Grécia|Grecji|Grekland|Ελλάδα|希腊
Hungary|GDPR|Hungary|Ungarn|Hongrie|Hungría|Ungheria|Hongarije|Hungria|Węgrzech|Ungern|匈牙利
Ireland|GDPR|Ireland|Irland|Irlande|Irlanda|Ierland|Irlandii|爱尔兰
Italy|GDPR|Italy|Italien|Italie|Italia|Italië|Itália|Włoszech|意大利
Latvia|GDPR|Latvia|Lettland|Lettonie|Letonia|Lettonia|Letland|Letônia|Łotwie|拉脱维亚
Lithuania|GDPR|Lithuania|Litauen|Lituanie|Lituania|Litouwen|Lituânia|Litwie|立陶宛
Luxembourg|GDPR|Luxembourg|Luxemburg|Luxemburgo|Lussemburgo|Luksemburgu|卢森堡
Malta|GDPR|Malta|Malte|Malcie|马耳他
Netherlands|GDPR|Netherlands|the Netherlands|Holland|Niederlanden|Niederlande|Pays-Bas|Países Bajos
|Paesi Bassi|Nederland|Países Baixos|Holandii|Nederländerna|荷兰
Poland|GDPR|Poland|Polen|Pologne|Polonia|Polônia|Polónia|Polsce|波兰
Portugal|GDPR|Portugal|Portogallo|Portugalii|葡萄牙
Romania|GDPR|Romania|Rumänien|Roumanie|Rumania|Roemenië|Romênia|Roménia|Rumunii|罗马尼亚
Slovakia|GDPR|Slovakia|Slowakei|Slovaquie|Eslovaquia|Slovacchia|Slowakije|Eslováquia|Słowacji|斯洛伐克
Slovenia|GDPR|Slovenia|Slowenien|Slovénie|Eslovenia|Slovenië|Eslovênia|Słowenii|斯洛文尼亚
Spain|GDPR|Spain|Spanien|Espagne|España|Spagna|Spanje|Espanha|Hiszpanii|西班牙
Sweden|GDPR|Sweden|Schweden|Suède|Suecia|Svezia|Zweden|Suécia|Szwecji|Sverige|瑞典
Iceland|GDPR|Iceland|Island|Islande|Islandia|Islanda|IJsland|Islândia|Islandii|冰岛
Liechtenstein|GDPR|Liechtenstein|Liechtensteinie|列支敦士登
Norway|GDPR|Norway|Norwegen|Norvège|Noruega|Norvegia|Noorwegen|Norwegii|Norge|挪威
United Kingdom|UK_GDPR|United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales
|Northern Ireland|Großbritannien|Vereinigten Königreich|Royaume-Uni|Reino Unido|Regno Unito
|Verenigd Koninkrijk|Wielkiej Brytanii|Storbritannien|英国
California|CCPA|California|Kalifornien|Californie|Californië|Califórnia|Kalifornii|加州|加利福尼亚
United States|-|United States|USA|US|U.S.|America|Vereinigten Staaten|USA|États-Unis|Estados Unidos
|Stati Uniti|Verenigde Staten|Stanach Zjednoczonych|美国
Brazil|LGPD|Brazil|Brasilien|Brésil|Brasil|Brasile|Brazilië|Brazylii|巴西
China|PIPL|China|Chine|Cina|Chiny|Chinach|Kina|中国|中国大陆
Switzerland|-|Switzerland|Schweiz|Suisse|Suiza|Svizzera|Zwitserland|Suíça|Szwajcarii|瑞士
"""


def _load_places() -> dict[str, tuple[str, str | None]]:
    entries: list[list[str]] = []
    for line in _PLACE_TABLE.strip().splitlines():
        if line.startswith("|"):
            entries[-1].extend(line[1:].split("|"))
        else:
            entries.append(line.split("|"))
    places: dict[str, tuple[str, str | None]] = {}
    for english, code, *names in entries:
        for name in names:
            places[name.lower()] = (english, None if code == "-" else code)
    return places


_PLACES = _load_places()
# Longest names first, so that "Northern Ireland" is not read as "Ireland".
_PLACE_ALTERNATION = "|".join(re.escape(n) for n in sorted(_PLACES, key=len, reverse=True))

# Phrases of residence, one group per language; each is followed by a place name.
_RESIDENCE = (
    r"I(?:'m| am)?\s+(?:currently\s+)?(?:live|living|reside|residing|based|located)\s+in|"
    r"(?:resident|citizen|residents)\s+(?:of|in)|resid(?:e|ing) in|"
    r"(?:ich\s+)?(?:wohne|lebe|bin\s+wohnhaft|wohnhaft|mit\s+Wohnsitz|ansässig)\s+i[nm]|"
    r"(?:je\s+)?(?:réside|vis|habite|demeure|suis\s+domicilié(?:e)?|suis\s+basé(?:e)?|"
    r"résidant|résident(?:e)?|domicilié(?:e)?)\s+(?:en|au|aux|à|dans)|"
    r"(?:vivo|resido|residente|domiciliad[oa]|radicad[oa])\s+en|"
    r"(?:vivo|risiedo|abito|residente|domiciliat[oa])\s+(?:in|nel|nella|negli)|"
    r"(?:ik\s+)?(?:woon|woonachtig|verblijf|gevestigd)\s+in|"
    r"(?:moro|vivo|resido|residente|domiciliad[oa])\s+(?:em|no|na|nos|nas)|"
    r"(?:mieszkam|zamieszkał[ya]|zamieszkuję|przebywam)\s+w|"
    r"(?:jag\s+)?(?:bor|är\s+bosatt|bosatt)\s+i"
)
_CJK_RESIDENCE = r"我(?:目前)?(?:住在|居住在|生活在|常住在?|定居在?)|我是"
_ARTICLES = r"(?:(?:the|der|dem|den|la|el|le|les|l'|il|lo|o|a|os|as)\s*)?"
_RESIDENCE_PLACE = compile_lower(
    rf"(?:(?<!\w)(?:{_RESIDENCE})|{_CJK_RESIDENCE})\s*{_ARTICLES}"
    rf"(?P<place>{_PLACE_ALTERNATION})(?!\w|\.\w)",
)
# "California resident", "as an EU citizen": the place comes first in English, so the search
# finds the noun and then looks back for a place ("UK-based" is left out: it describes companies
# far more often than people). Searching for places first would try every name everywhere.
_RESIDENT = compile_lower(r"(?<!\w)(?:resident|citizen)s?\b")
_PLACE_BEFORE = compile_lower(rf"(?<![\w.])(?P<place>{_PLACE_ALTERNATION})[\s-]+$")
# Evidence is shown to staff: a few phrases say enough, and a template citing twenty articles
# would bury the rest of the panel.
_MAX_EVIDENCE = 5


def _evidence_span(text: str, start: int, end: int, floor: int) -> str:
    """The matched phrase, widened to an article cited just before it (not before ``floor``,
    the end of the previous match, so "Art. 15 GDPR, GDPR" is not cited twice)."""
    before = _ARTICLE_BEFORE.search(text[max(floor, start - 40) : start])
    if before is not None:
        start -= len(before.group(0))
    return " ".join(text[start:end].split())


def _laws(text: str, low: str) -> list[tuple[int, str, str]]:
    """Every law named in ``text`` (``low`` is it lowered): (position, code, evidence)."""
    found: list[tuple[int, str, str]] = []
    floor = 0
    for m in _LAWS.finditer(low):
        group = m.lastgroup or "law0"
        code = _LAW_NAMES[int(group[3:])][0]
        found.append((m.start(), code, _evidence_span(text, m.start(), m.end(), floor)))
        floor = m.end()
    for m in _CASED_LAWS.finditer(text):
        found.append((m.start(), GDPR, _evidence_span(text, m.start(), m.end(), 0)))
    return sorted(found)


def _place(text: str, low: str) -> tuple[str, str | None, str] | None:
    """The first place of residence stated: (English name, its law or None, evidence)."""
    found: list[tuple[int, str, str]] = []
    m = _RESIDENCE_PLACE.search(low)
    if m is not None:
        found.append((m.start(), m.group("place"), text[m.start() : m.end()]))
    for resident in _RESIDENT.finditer(low):
        place = _PLACE_BEFORE.search(low, max(0, resident.start() - 40), resident.start())
        if place is not None:
            phrase = text[place.start() : resident.end()]
            found.append((place.start(), place.group("place"), phrase))
            break
    if not found:
        return None
    _, name, phrase = min(found)
    english, code = _PLACES[name]
    return english, code, " ".join(phrase.split())


def find_jurisdiction(text: str) -> JurisdictionFinding | None:
    """The jurisdiction ``text`` invokes, or None when it names no law and no place.

    The law named first decides the code, except that the EU regulation is read as the UK GDPR
    (the UK kept it as national law) when it is invoked by someone living in the United Kingdom,
    or when the UK GDPR is named as well, wherever in the text: "GDPR request" in the subject and
    "Article 15 UK GDPR" in the body is a UK request, the more specific name wins (unless the
    writer states that they live in the EU or EEA). Without a law, the stated place's law is the
    code.
    """
    low = lowered(text)
    laws = _laws(text, low)
    place = _place(text, low)
    if not laws and place is None:
        return None
    codes = tuple(dict.fromkeys(code for _, code, _ in laws))
    place_name: str | None = None
    place_code: str | None = None
    if place is not None:
        place_name, place_code, _ = place
    code = codes[0] if codes else place_code
    if code == GDPR and (place_code == UK_GDPR or (UK_GDPR in codes and place_code != GDPR)):
        code = UK_GDPR
    # One phrase per spelling: "GDPR" and "gdpr" (often from a URL) are the same clue. The
    # phrases of the deciding law come first: staff see the first few.
    by_key: dict[str, str] = {}
    for _, _, phrase in sorted(laws, key=lambda found: found[1] != code):
        by_key.setdefault(phrase.casefold(), phrase)
    evidence = list(by_key.values())[:_MAX_EVIDENCE]
    if place is not None:
        evidence.append(place[2])
    return JurisdictionFinding(code, place_name, tuple(evidence), codes)
