"""Who asks: name, reply address, other addresses and account ids, and whether for someone else.

Policy 9.3 asks requesters for "relevant information of personal information holder"; staff use
what is found here to look the person up and to verify them. Only the requester's own words
count: quoted lines ("> ") and the header blocks of forwarded or replied-to messages name other
people (often the company itself), and the company's own addresses are never the requester's.

Two flags change how staff handle a case (DOMAIN.md): ``agent`` (someone acts for the data
subject, whose authority must be checked) and ``minor`` (the data subject is a child, so a
guardian must act). A child named by the writer makes the writer an agent too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from classifier.document import Document
from classifier.jurisdiction import compile_lower, lowered
from classifier.prediction import Requester

# Below this age a stated age makes the data subject a child: the policy's own limit is 14 or
# the local age of consent, which is at most 16 in the EU (GDPR Art. 8).
_CHILD_AGE_LIMIT = 16


@dataclass(frozen=True)
class RequesterInfo:
    """What the message says about its writer and the data subject.

    ``address`` is where a reply goes (Reply-To, else From); ``from_address`` keeps the sender.
    ``*_evidence`` hold the phrases that gave each finding away, as written.
    """

    name: str | None
    address: str | None
    from_address: str | None
    reply_to: str | None
    other_addresses: tuple[str, ...] = ()
    account_ids: tuple[str, ...] = ()
    agent: bool = False
    minor: bool = False
    account_evidence: tuple[str, ...] = ()
    agent_evidence: tuple[str, ...] = ()
    minor_evidence: tuple[str, ...] = ()

    def to_requester(self) -> Requester:
        """The part a :class:`~classifier.prediction.Prediction` carries."""
        return Requester(
            name=self.name,
            address=self.address,
            other_addresses=self.other_addresses,
            account_ids=self.account_ids,
            agent=self.agent,
            minor=self.minor,
        )


def _phrases(latin: str, cjk: str = "") -> re.Pattern[str]:
    """One pattern for the phrases of the Latin-script languages, which must start a word, and
    of Chinese, which has no word boundaries. One leading check instead of one per branch makes
    the search several times faster: it runs on every message of the mailbox."""
    pattern = rf"(?<!\w)(?:{latin})"
    return compile_lower(f"{pattern}|{cjk}" if cjk else pattern)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")

# Lines that start an earlier message: its header block and everything quoted below it are
# someone else's words. Attribution lines ("On ... wrote:") are dropped with the quote.
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|"
    r"Weitergeleitete Nachricht|Message d'origine|Message transféré|Mensaje original|"
    r"Mensaje reenviado|Messaggio originale|Messaggio inoltrato|Oorspronkelijk bericht|"
    r"Doorgestuurd bericht|Mensagem original|Mensagem encaminhada|Wiadomość oryginalna|"
    r"Przekazana wiadomość|Ursprungligt meddelande|Vidarebefordrat meddelande)\s*-{2,}|"
    r"_{5,}|Begin forwarded message:|原始邮件|转发的邮件)",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(
    r"^\s*\*?(?:From|To|Cc|Bcc|Sent|Date|Subject|Reply-To|Von|An|Gesendet|Datum|Betreff|De|À|A|"
    r"Envoyé|Objet|Para|Enviado|Asunto|Fecha|Da|Inviato|Oggetto|Data|Van|Aan|Verzonden|"
    r"Onderwerp|Datum|Assunto|Od|Do|Wysłano|Temat|Från|Till|Skickat|Ämne|发件人|收件人|"
    r"抄送|发送时间|日期|主题)\s*\*?\s*[:：]",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"^\s*(?:On\b.{5,200}\bwrote|Am\b.{5,200}\bschrieb|Le\b.{5,200}\ba écrit|"
    r"El\b.{5,200}\bescribió|Il giorno\b.{5,200}\bha scritto|Op\b.{5,200}\bschreef|"
    r"Em\b.{5,200}\bescreveu|W dniu\b.{5,200}\bpisze|Den\b.{5,200}\bskrev|.{0,80}写道)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)

# The From line of a forwarded block, in the languages of _HEADER_LINE.
_FORWARDED_FROM = re.compile(
    r"^\s*\*?(?:From|Von|De|Da|Van|Od|Från|发件人)\s*\*?\s*[:：]\s*(?P<name>[^<\n]*?)\s*<?"
    rf"(?P<address>{_EMAIL.pattern})",
    re.IGNORECASE | re.MULTILINE,
)

# Words that introduce an account id or user name, by language. An id proper ("username",
# "Kundennummer") may be any token; a bare "account" or "Konto" must be followed by something
# with a digit, since "my account is locked" names nothing.
_ID_WORDS = (
    r"user\s*name|user[\s-]?id|login(?:\s*(?:name|id))?|customer\s*(?:id|number|no\.?|#)|"
    r"client\s*(?:id|number|no\.?)|member(?:ship)?\s*(?:id|number|no\.?)|"
    r"account\s*(?:id|number|no\.?|#|e-?mail(?:\s*address)?|address)|"
    r"Kunden-?(?:nummer|nr\.?|kennung|-Nr\.?)|Benutzer-?(?:name|kennung|-ID)|Nutzer-?(?:name|-?ID)|"
    r"Mitglieds-?nummer|Konto-?(?:nummer|-ID)|Account-?ID|"
    r"identifiant|num[ée]ro (?:de )?client|n° (?:de )?client|nom d'utilisateur|"
    r"n[úu]mero de (?:cliente|usuario|socio)|n\.?º de cliente|id de (?:cliente|usuario)|"
    r"nombre de usuario|codice cliente|numero (?:di )?cliente|nome utente|id utente|"
    r"klantnummer|gebruikersnaam|account-?nummer|lidnummer|"
    r"n[úu]mero d[eo] cliente|nome de (?:usu[áa]rio|utilizador)|id de usu[áa]rio|"
    r"numer klienta|nazwa użytkownika|identyfikator|"
    r"kundnummer|användarnamn|användar-?id|medlemsnummer|"
    # Neighbours the mailbox also hears from: hr, cs, el, ro, bg.
    r"broj (?:korisnika|kupca)|korisničko ime|zákaznické číslo|číslo zákazníka|"
    r"uživatelské jméno|αριθμός πελάτη|όνομα χρήστη|num[ăa]r(?:ul)? de client|cod client|"
    r"клиентски номер"
)
_CJK_ID_WORDS = r"用户名|用户ID|账号|帐号|账户|帳號|客户编号|会员号|顧客番号|会員番号|ユーザー名"
_LOOSE_WORDS = r"account|Konto|Kundenkonto|compte|cuenta|conto|conta|konta"
_CONNECTOR = (
    r"\s*(?P<link>(?:\b(?:is|was|lautet|ist|war|est|était|es|era|è|é|to|jest|är)\b|是|为|為)?"
    r"\s*[:：=#]?)\s*"
)
_ID_VALUE = r"(?P<value>[A-Za-z0-9][A-Za-z0-9._@+-]*[A-Za-z0-9]|[0-9]{3,})"
_ACCOUNT = compile_lower(
    rf"(?P<word>(?<!\w)(?:{_ID_WORDS})|{_CJK_ID_WORDS}){_CONNECTOR}{_ID_VALUE}"
)
_LOOSE_ACCOUNT = compile_lower(rf"(?P<word>(?<!\w)(?:{_LOOSE_WORDS})\b){_CONNECTOR}{_ID_VALUE}")
# Words that may follow an id word but are not ids ("my user name is on the invoice").
_NOT_IDS = frozenset(
    (
        *("was", "the", "and", "for", "your", "ist", "und", "der", "die", "das", "est", "les"),
        *("los", "het", "een", "uma", "jest", "och", "below", "above", "unten", "oben"),
    )
)

_AGENT = _phrases(
    r"on behalf of\b|acting for\b|authori[sz]ed (?:agent|representative)\b|"
    r"(?:legal|parent(?:al)?|court[- ]appointed) guardian\b|power of attorney\b|"
    r"I represent\b|my client(?:'s)?\b|as (?:his|her|their) (?:lawyer|attorney|solicitor|"
    r"representative|parent|guardian|mother|father)\b|"
    r"im (?:Auftrag|Namen) (?:von|meine[rsm]?|unsere[rsm]?)\b|in Vertretung\b|"
    r"(?:gesetzliche[rn]?|bevollmächtigte[rn]?) Vertreter(?:in)?\b|Bevollmächtigte[rn]?\b|"
    r"Vollmacht\b|Erziehungsberechtigte[rn]?\b|meine[rsm]? Mandant(?:in|en|schaft)?\b|"
    r"au nom d[eu']|pour le compte d[eu']|mandataire\b|représentant(?:e)? légal(?:e)?\b|"
    r"procuration\b|mon client\b|ma cliente\b|tuteur\b|"
    r"en (?:nombre|representación) de\b|representante legal\b|apoderad[oa]\b|"
    r"poder notarial\b|mi (?:cliente|representad[oa])\b|tutor legal\b|"
    r"per conto d[ie]\b|(?:a|in) nome d[ie]\b|in rappresentanza d[ie]\b|"
    r"rappresentante legale\b|il mio assistito\b|la mia assistita\b|delega\b|tutore\b|"
    r"namens\b|in opdracht van\b|gemachtigde\b|wettelijk vertegenwoordiger\b|"
    r"mijn cliënt\b|volmacht\b|voogd\b|"
    r"em nome d[eoa]s?\b|em representação d[eoa]s?\b|meu cliente\b|procura[çc][ãa]o\b|"
    r"procurador(?:a)?\b|"
    r"w imieniu\b|pełnomocni(?:k|ka|ctwo|ctwa)\b|przedstawiciel(?:ka)? ustawow\w*\b|"
    r"mój klient\b|opiekun(?:ka)? prawn\w*\b|"
    r"på uppdrag av\b|å \w+ vägnar\b|för \w+ räkning\b|ombud\b|fullmakt\b|"
    r"vårdnadshavare\b|min klient\b|god man\b",
    r"代表|代理人|委托|監護人|监护人|我的客户",
)

# A child of the writer, with an optional age right after ("my son (12)", "mein Sohn, 9,").
_CHILD = compile_lower(
    r"(?P<phrase>(?<!\w)(?:my (?:\d{1,2}[- ]year[- ]old )?"
    r"(?:son|daughter|child|children|kids?|boy|girl)\b|"
    r"mein(?:e[mnrs]?)? (?:Sohn|Sohnes|Tochter|Kind|Kinder|Kindes)\b|"
    r"(?:mon|ma|mes) (?:fils|fille|filles|enfants?)\b|"
    r"(?:mi|mis) (?:hij[oa]s?|niñ[oa]s?)\b|"
    r"(?:mio|mia|miei|mie) (?:figli[oa]?|figlie|bambin[oaie])\b|"
    r"mijn (?:zoon|dochter|kind|kinderen)\b|"
    r"(?:meu|minha|meus|minhas) (?:filh[oa]s?|crian[çc]as?)\b|"
    r"(?:mój|moja|moje|mojego|mojej|moich|mojemu) (?:syn\w*|córk\w*|dzieck\w*|dzieci)\b|"
    r"(?:min|mitt|mina) (?:son|dotter|barn|döttrar|söner)\b"
    r")|我的?(?:孩子|儿子|女儿|兒子|女兒))"
    r"(?:\s*[(,]\s*(?:aged?\s*)?(?P<age>\d{1,2})\b)?",
)
_MINOR_WORD = _phrases(
    # "a minor" and "mineur" also mean "small" ("a minor issue"): only as what a person is.
    r"(?:(?:is|was|being|as|still) a minor\b(?!\s+(?:issue|problem|bug|change|error|detail|"
    r"point|question|thing|update|fix|delay)s?\b)|minderjährig\w*|"
    r"(?:est|sont|suis|enfants?|personnes?) mineur(?:e)?s?|menor(?:es)? de edad|minorenne|"
    r"minderjarig\w*|menor de idade|niepełnolet\w*|małolet\w*|minderårig\w*)\b",
    "未成年",
)
# An age stated with a word that makes it an age, not a duration ("client for 10 years", "il y a
# 10 ans", "det är 10 år sedan" are not ages), and in English of a person ("she is 12 years old",
# "a 12-year-old"), not of a thing ("my account is 5 years old").
_AGE = _phrases(
    r"(?:(?:he|she|they|who|i)(?:'s|'m| is| am| are| was| were)|a|child|son|daughter|kid|"
    r"boy|girl)\s+(?:only\s+|just\s+)?(?P<a1>\d{1,2})[- ](?:years?|yrs?)[- ]old\b|"
    r"aged (?P<a2>\d{1,2})\b|"
    r"(?P<a3>\d{1,2}) Jahre alt\b|(?P<a4>\d{1,2})-?jährige[nrs]? (?:Sohn|Tochter|Kind)|"
    r"(?<!y )\b(?:a|âgée?s? de) (?P<a5>\d{1,2}) ans\b|tiene (?P<a6>\d{1,2}) años\b|"
    r"(?P<a7>\d{1,2}) (?:años|anni|anos) de (?:edad|età|idade)\b|ha (?P<a8>\d{1,2}) anni\b|"
    r"(?P<a9>\d{1,2}) jaar oud\b|tem (?P<a10>\d{1,2}) anos\b|ma (?P<a11>\d{1,2}) lat\b|"
    r"är (?P<a12>\d{1,2}) år\b(?! sedan)",
    r"(?P<a13>\d{1,2})\s*岁",
)


def own_text(body: str) -> str:
    """The writer's own lines of ``body``: no quoted lines, attributions or forwarded headers."""
    kept: list[str] = []
    in_header_block = False
    for line in body.splitlines():
        if line.lstrip().startswith(">") or _ATTRIBUTION.match(line):
            continue
        if _SEPARATOR.match(line):
            in_header_block = True
            continue
        if in_header_block:
            # The header block of an earlier message ends at its first blank or non-header line.
            if _HEADER_LINE.match(line):
                continue
            if not line.strip():
                in_header_block = False
                continue
            in_header_block = False
        kept.append(line)
    return "\n".join(kept)


def _is_own(address: str, own_domains: Sequence[str]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in own_domains)


def _reply_to(doc: Document) -> str | None:
    found = _EMAIL.search(doc.headers.get("reply-to", ""))
    return found.group(0).lower() if found else None


def _phrase(text: str, m: re.Match[str], group: str | int = 0) -> str:
    """What a match on the lowered text covers, as written in ``text``, on one line."""
    return " ".join(text[m.start(group) : m.end(group)].split())


def _accounts(text: str, low: str) -> tuple[list[str], list[str], list[str]]:
    """Account ids, addresses named as the account, and their phrases (``low``: text lowered)."""
    ids: list[str] = []
    addresses: list[str] = []
    evidence: list[str] = []
    for pattern, needs_digit in ((_ACCOUNT, False), (_LOOSE_ACCOUNT, True)):
        for m in pattern.finditer(low):
            token = _phrase(text, m, "value").rstrip(".")
            has_digit = any(c.isdigit() for c in token)
            # An id word with nothing between it and a plain word ("user name below") names
            # nothing; "username: jdoe" and "Kundennummer 12345" do.
            linked = bool(m.group("link").strip()) or has_digit
            if token.lower() in _NOT_IDS or not linked or (needs_digit and not has_digit):
                continue
            if "@" in token:
                addresses.append(token.lower())
            elif len(token) >= 3 and token not in ids:
                ids.append(token)
            else:
                continue
            evidence.append(_phrase(text, m))
    return ids, addresses, evidence


def _children(text: str, low: str) -> tuple[list[str], list[str]]:
    """Phrases naming the writer's child (the writer acts for them) and those saying a minor.

    "my daughter (34)" makes the writer an agent but names an adult; a child phrase without an
    age is taken as a minor, since staff would rather check than miss a guardian's request.
    """
    children: list[str] = []
    minor: list[str] = []
    for m in _CHILD.finditer(low):
        phrase = _phrase(text, m)
        children.append(phrase)
        age = m.group("age")
        if age is None or int(age) < _CHILD_AGE_LIMIT:
            minor.append(phrase)
    minor.extend(_phrase(text, m) for m in _MINOR_WORD.finditer(low))
    for m in _AGE.finditer(low):
        age = next(int(v) for v in m.groups() if v is not None)
        if age < _CHILD_AGE_LIMIT:
            minor.append(_phrase(text, m))
    return children, minor


def _forwarded_sender(body: str, own_domains: Sequence[str]) -> tuple[str | None, str] | None:
    """Name and address on the first From line of a forwarded block, when not the company's."""
    for m in _FORWARDED_FROM.finditer(body):
        name = m.group("name").strip(' "*') or None
        address = m.group("address").lower()
        if not _is_own(address, own_domains):
            return name, address
    return None


def extract_requester(doc: Document, own_domains: Sequence[str] = ()) -> RequesterInfo:
    """The requester of ``doc``; ``own_domains`` are the company's domains (never the requester)."""
    domains = [d.lower().lstrip("@") for d in own_domains]
    name = doc.sender_name
    from_address = doc.sender_address
    reply_to = _reply_to(doc)
    if reply_to is not None and _is_own(reply_to, domains):
        reply_to = None
    address = reply_to or from_address
    if address is not None and _is_own(address, domains):
        # A colleague forwarded the request: the requester is the forwarded message's sender.
        forwarded = _forwarded_sender(doc.body, domains)
        name, address = forwarded if forwarded is not None else (None, None)
    text = f"{doc.subject}\n{own_text(doc.body)}"
    low = lowered(text)
    ids, account_addresses, account_evidence = _accounts(text, low)
    known = {a for a in (from_address, reply_to) if a}
    others: list[str] = []
    for candidate in [*account_addresses, *(m.group(0).lower() for m in _EMAIL.finditer(text))]:
        if candidate not in known and not _is_own(candidate, domains):
            known.add(candidate)
            others.append(candidate)
    agent_evidence = [_phrase(text, m) for m in _AGENT.finditer(low)]
    children, minor_evidence = _children(text, low)
    return RequesterInfo(
        name=name,
        address=address,
        from_address=from_address,
        reply_to=reply_to,
        other_addresses=tuple(others),
        account_ids=tuple(ids),
        agent=bool(agent_evidence or children),
        minor=bool(minor_evidence),
        account_evidence=tuple(dict.fromkeys(account_evidence)),
        agent_evidence=tuple(dict.fromkeys(agent_evidence + children)),
        minor_evidence=tuple(dict.fromkeys(minor_evidence)),
    )
