"""The vocabularies of the southern and other languages, and the registry of every language.

``lexicon.py`` holds the :class:`Lexicon` fields and the English, German and French words;
this module holds Spanish, Italian, Dutch, Portuguese and Chinese, and :data:`LEXICONS`.
"""

from __future__ import annotations

from classifier.timerange.lexicon import DE, EN, FR, Lexicon

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
        r"|todas?|acceso|periodo|período|tratad[oa]s|recogid[oa]s|envi(?:ar|en|e)\w*|enví\w+"
        r"|mand(?:ar|en|e)\w*|facilit\w+|proporcion\w+|remit\w+|solicit\w+|llamadas|compras"
        r"|pedidos"
    ),
    incidental=r"cliente|socio|soci[ao]|usuari[oa]|abonad[oa]",
    asks=r"envi\w+|enví\w+|mand\w+|facilit\w+|proporcion\w+|solicit\w+|copia|acceso|quiero|quisiera|necesito|favor",
    deadline_lead=r"antes\s+de(?:l)?\s+(?:finales|fin(?:al)?)\s+de(?:l)?|dentro\s+de|a\s+más\s+tardar|como\s+(?:muy\s+)?tarde",
    condition=r"si|sino|de\s+lo\s+contrario|en\s+caso\s+contrario",
    reply=r"respuesta|respond\w*|contest\w*|noticias|reclamaci\w+|queja|denuncia\w*|aepd|autoridad|abogad\w+|tribunal\w*",
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
        "week": r"settiman[ae]",
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
        r"|tutte|accesso|periodo|trattati|raccolti|conservati|invia\w*|inviar\w*|fornir\w*"
        r"|mandar\w*|trasmett\w+|richie\w+"
        r"|chiamate|acquisti|ordini"
    ),
    incidental=r"cliente|socio|utente|abbonat[oa]|iscritt[oa]",
    asks=r"invia\w*|inviar\w*|mandar\w*|fornir\w*|trasmett\w+|richie\w+|copia|accesso|vorrei|voglio|favore|chiedo",
    deadline_lead=r"entro(?:\s+(?:la\s+)?fine\s+d(?:i|el|ella))?|non\s+oltre|al\s+più\s+tardi",
    condition=r"se|altrimenti|in\s+caso\s+contrario",
    reply=r"rispost\w+|rispond\w*|riscontro|notizie|reclamo|segnalazione|garante|autorità|avvocato|tribunale|denunc\w+",
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
        r"|toesturen|opsturen|stuur|verstrekken|verzoek\w*|gesprekken|aankopen|bestellingen"
    ),
    incidental=r"klant|lid|gebruiker|abonnee|woonachtig",
    asks=r"sturen|stuur|toesturen|opsturen|verstrekken|verzoek\w*|kopie|inzage|wil|graag",
    deadline_lead=r"binnen|uiterlijk|vóór\s+(?:het\s+)?einde\s+van|voor\s+(?:het\s+)?einde\s+van",
    condition=r"als|indien|wanneer|anders|tenzij",
    reply=r"antwoord\w*|reactie|reageer\w*|reageren|hoor|horen|klacht|autoriteit|advocaat|rechter",
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
        r"|todos|todas|acesso|período|tratados|coletados|recolhidos|enviar|envie\w*|fornec\w+"
        r"|mand(?:ar|em)\w*|remet\w+"
        r"|solicit\w+|pedido|chamadas|compras"
    ),
    incidental=r"cliente|sócio|utilizador|usuário|assinante",
    asks=r"envi\w+|mand\w+|fornec\w+|solicit\w+|cópia|acesso|quero|gostaria|peço|favor",
    deadline_lead=r"até\s+(?:ao\s+|o\s+)?(?:fim|final)\s+d[eoa]|dentro\s+de|no\s+máximo",
    condition=r"se|caso|senão|caso\s+contrário",
    reply=r"resposta|respond\w*|retorno|notícias|reclamaç\w+|queixa|cnpd|anpd|autoridade|advogado|tribunal",
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
    asks=r"请|提供|发送|导出|查阅|希望|要求|申请",
    condition=r"如果|若|否则|不然",
    reply=r"回复|答复|投诉|举报|起诉",
)


LEXICONS: dict[str, Lexicon] = {lex.code: lex for lex in (EN, DE, FR, ES, IT, NL, PT, ZH)}
"""The supported languages, by ISO 639-1 code."""
