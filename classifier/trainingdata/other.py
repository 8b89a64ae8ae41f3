"""Training corpus of irrelevant mail (negatives) for the relevance classifier.

Everything in this module is the project's own writing. Messages are built from templates per
kind and language, filled from phrase banks with a fixed-seed ``random.Random``, plus a set of
hand-written unusual examples. ``samples()`` is deterministic.

Regenerate the corpus folder with::

    python -m classifier.trainingdata.other
"""

from __future__ import annotations

import html as html_lib
import random
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from classifier.trainingdata.eml import Sample, write_corpus
from classifier.trainingdata.products import PRODUCTS

SEED = 4711_2025
LANGS: list[str] = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "zh"]
GENERATED_PER_LANG: dict[str, int] = {lang: 33 for lang in LANGS}
GENERATED_PER_LANG["en"] = 165
FIRST_DAY = date(2024, 1, 1)
LAST_DAY = date(2026, 11, 15)
OUR_ADDRESS = "info@example.com"
CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus" / "other"

# --------------------------------------------------------------------------------------------
# Phrase banks per language. Entries written "Display|ascii" give the ASCII form used in
# addresses and domains; otherwise the ASCII form is derived from the display form.
# --------------------------------------------------------------------------------------------

BANKS: dict[str, dict[str, list[str]]] = {
    "en": {
        "first": [
            "James",
            "Olivia",
            "Priya",
            "Daniel",
            "Grace",
            "Michael",
            "Aisha",
            "Tom",
            "Rebecca",
            "Kevin",
            "Sophie",
            "Marcus",
            "Hannah",
            "Liam",
            "Chloe",
            "Raj",
        ],
        "last": [
            "Carter",
            "Nguyen",
            "Patel",
            "O'Brien",
            "Whitfield",
            "Hughes",
            "Brennan",
            "Morrison",
            "Kaur",
            "Fletcher",
            "Ellison",
            "Reyes",
            "Walsh",
            "Thornton",
        ],
        "company": [
            "Brightlane Media",
            "Northgate Logistics",
            "Cobalt Ridge Partners",
            "Fernwood Supplies",
            "Lumen Analytics",
            "Harbor & Finch",
            "Quillstone Ltd",
            "Redwater Digital",
            "Silverbirch Consulting",
            "Trailhead Components",
            "Kestrel Growth",
            "Meridian Freight",
            "Pinecrest Events",
            "Oakridge Capital",
        ],
        "tld": [".com", ".co.uk", ".io", ".net", ".com"],
        "freemail": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"],
        "city": [
            "Manchester",
            "Leeds",
            "Austin",
            "Denver",
            "Dublin",
            "Bristol",
            "Toronto",
            "Seattle",
            "Edinburgh",
            "Portland",
        ],
        "street": [
            "12 Kingsway",
            "48 Mill Lane",
            "201 Harbor Street",
            "7 Elm Grove",
            "1550 Pine Avenue",
            "33 Victoria Road",
            "9 Chapel Court",
        ],
        "greet": [
            "Hello,",
            "Hi there,",
            "Dear Sir or Madam,",
            "Dear Example team,",
            "Hi Example team,",
            "Good morning,",
            "Hello team,",
        ],
        "close": [
            "Best regards,",
            "Kind regards,",
            "Thanks,",
            "Many thanks,",
            "Cheers,",
            "Best,",
            "Warm regards,",
            "Thank you,",
        ],
        "title": [
            "Head of Partnerships",
            "Business Development Manager",
            "Account Executive",
            "Growth Lead",
            "Sales Director",
            "Customer Success Manager",
        ],
        "role": [
            "junior backend developer",
            "customer support specialist",
            "marketing assistant",
            "hardware test engineer",
            "office manager",
            "data analyst",
        ],
        "months": [
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
        ],
        "datefmt": ["{m} {d}, {y}", "{d} {m} {y}"],
    },
    "de": {
        "first": [
            "Lukas",
            "Anna",
            "Jonas",
            "Katharina",
            "Felix",
            "Sabine",
            "Matthias",
            "Lea",
            "Stefan",
            "Julia",
            "Thomas",
            "Miriam",
            "Jürgen|juergen",
            "Carina",
        ],
        "last": [
            "Müller|mueller",
            "Schneider",
            "Hoffmann",
            "Becker",
            "Wagner",
            "Schulz",
            "Krüger|krueger",
            "Neumann",
            "Zimmermann",
            "Braun",
            "Hartmann",
            "Vogel",
        ],
        "company": [
            "Nordlicht Medien GmbH|nordlicht-medien",
            "Vertriebspartner Süd|vp-sued",
            "Brückner Logistik AG|brueckner-logistik",
            "Datenwerk Beratung|datenwerk",
            "Alpenblick Events|alpenblick-events",
            "Rheintal Elektronik|rheintal-elektronik",
            "Kanzlei Weber & Partner|weber-partner",
            "Sichtbar Online|sichtbar-online",
            "Fischer Bürobedarf|fischer-buero",
            "Hansewerk Solutions|hansewerk",
        ],
        "tld": [".de", ".de", ".com", ".at", ".ch"],
        "freemail": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
        "city": ["Köln", "Hamburg", "München", "Leipzig", "Stuttgart", "Wien", "Bremen", "Graz"],
        "street": [
            "Lindenstraße 14",
            "Am Markt 3",
            "Bahnhofstraße 27a",
            "Gartenweg 8",
            "Hauptstraße 112",
            "Schillerplatz 5",
        ],
        "greet": [
            "Sehr geehrte Damen und Herren,",
            "Guten Tag,",
            "Hallo,",
            "Liebes Example-Team,",
            "Hallo zusammen,",
        ],
        "close": [
            "Mit freundlichen Grüßen",
            "Viele Grüße",
            "Beste Grüße",
            "Freundliche Grüße",
            "Herzliche Grüße",
        ],
        "title": [
            "Leiter Vertrieb",
            "Key Account Manager",
            "Geschäftsführer",
            "Partnermanagerin",
            "Projektleitung",
        ],
        "role": [
            "Werkstudent im Kundenservice",
            "Junior Softwareentwickler",
            "Bürokauffrau",
            "Marketing-Praktikant",
            "Elektroniker für Geräte und Systeme",
        ],
        "months": [
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
        ],
        "datefmt": ["{d}. {m} {y}"],
    },
    "fr": {
        "first": [
            "Camille",
            "Julien",
            "Émilie|emilie",
            "Nicolas",
            "Claire",
            "Antoine",
            "Manon",
            "Mathieu",
            "Inès|ines",
            "Laurent",
            "Sophie",
            "Hugo",
        ],
        "last": [
            "Martin",
            "Bernard",
            "Dubois",
            "Lefèvre|lefevre",
            "Moreau",
            "Girard",
            "Roux",
            "Fontaine",
            "Chevalier",
            "Lambert",
            "Mercier",
        ],
        "company": [
            "Solutions Horizon|solutions-horizon",
            "Agence Lumière|agence-lumiere",
            "Transports Garnier|transports-garnier",
            "Conseil Vauban|conseil-vauban",
            "Atelier Numérique|atelier-numerique",
            "Groupe Sirocco|groupe-sirocco",
            "Cabinet Delorme Avocats|delorme-avocats",
            "Événements Azur|evenements-azur",
        ],
        "tld": [".fr", ".fr", ".com", ".be"],
        "freemail": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
        "city": ["Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse", "Bruxelles", "Rennes"],
        "street": [
            "12 rue des Lilas",
            "5 avenue Jean Jaurès",
            "28 boulevard Voltaire",
            "3 place de la Mairie",
            "41 rue Nationale",
        ],
        "greet": [
            "Bonjour,",
            "Madame, Monsieur,",
            "Bonjour à toute l'équipe,",
            "Chère équipe Example,",
        ],
        "close": [
            "Cordialement,",
            "Bien cordialement,",
            "Bien à vous,",
            "Merci d'avance,",
            "Belle journée,",
        ],
        "title": [
            "Responsable des partenariats",
            "Directeur commercial",
            "Chargée de clientèle",
            "Business developer",
        ],
        "role": [
            "assistant(e) commercial(e)",
            "technicien support",
            "développeur web junior",
            "chargé(e) de communication",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} {m} {y}"],
    },
    "es": {
        "first": [
            "Lucía|lucia",
            "Javier",
            "Carmen",
            "Alejandro",
            "Marta",
            "Pablo",
            "Sofía|sofia",
            "Diego",
            "Elena",
            "Andrés|andres",
            "Laura",
            "Sergio",
        ],
        "last": [
            "García|garcia",
            "Fernández|fernandez",
            "López|lopez",
            "Martínez|martinez",
            "Sánchez|sanchez",
            "Romero",
            "Navarro",
            "Torres",
            "Ruiz",
            "Domínguez|dominguez",
        ],
        "company": [
            "Soluciones Atlántico|soluciones-atlantico",
            "Grupo Faro|grupofaro",
            "Logística Meridiana|logistica-meridiana",
            "Agencia Brío|agenciabrio",
            "Consultoría Nexo|consultoria-nexo",
            "Eventos Alameda|eventos-alameda",
            "Distribuciones Sol|distribuciones-sol",
        ],
        "tld": [".es", ".es", ".com", ".com.mx"],
        "freemail": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
        "city": ["Madrid", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Barcelona"],
        "street": [
            "Calle Mayor 15",
            "Avenida de la Constitución 42",
            "Calle del Pez 7, 2º B",
            "Paseo de Gracia 88",
            "Plaza España 3",
        ],
        "greet": ["Hola,", "Buenos días,", "Estimados señores:", "Estimado equipo de Example:"],
        "close": [
            "Un saludo,",
            "Saludos cordiales,",
            "Atentamente,",
            "Muchas gracias,",
            "Un cordial saludo,",
        ],
        "title": [
            "Director comercial",
            "Responsable de alianzas",
            "Ejecutiva de cuentas",
            "Gerente de desarrollo de negocio",
        ],
        "role": [
            "técnico de soporte",
            "auxiliar administrativo",
            "desarrollador junior",
            "becario de marketing",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} de {m} de {y}"],
    },
    "it": {
        "first": [
            "Giulia",
            "Marco",
            "Francesca",
            "Luca",
            "Chiara",
            "Alessandro",
            "Sara",
            "Davide",
            "Elena",
            "Matteo",
            "Valentina",
            "Paolo",
        ],
        "last": [
            "Rossi",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca|deluca",
            "Esposito",
        ],
        "company": [
            "Soluzioni Adriatiche|soluzioni-adriatiche",
            "Studio Ventura|studioventura",
            "Logistica Padana|logistica-padana",
            "Agenzia Scintilla|agenziascintilla",
            "Consulenze Tirreno|consulenze-tirreno",
            "Eventi Dolomiti|eventi-dolomiti",
            "Forniture Ufficio Greco|forniture-greco",
        ],
        "tld": [".it", ".it", ".com"],
        "freemail": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
        "city": ["Milano", "Torino", "Bologna", "Firenze", "Napoli", "Verona", "Bari"],
        "street": [
            "Via Roma 21",
            "Corso Vittorio Emanuele 104",
            "Via dei Mille 8",
            "Piazza Garibaldi 2",
            "Viale Europa 56",
        ],
        "greet": ["Buongiorno,", "Gentili Signori,", "Salve,", "Gentile team di Example,"],
        "close": [
            "Cordiali saluti,",
            "Distinti saluti,",
            "Un saluto,",
            "Grazie mille,",
            "A presto,",
        ],
        "title": [
            "Responsabile commerciale",
            "Business development manager",
            "Direttore vendite",
            "Account manager",
        ],
        "role": [
            "addetto al servizio clienti",
            "sviluppatore junior",
            "impiegata amministrativa",
            "stagista marketing",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} {m} {y}"],
    },
    "nl": {
        "first": [
            "Sanne",
            "Daan",
            "Lotte",
            "Bram",
            "Eva",
            "Thijs",
            "Femke",
            "Jeroen",
            "Noor",
            "Pieter",
            "Marloes",
            "Ruben",
        ],
        "last": [
            "de Vries|devries",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "van Dijk|vandijk",
            "Mulder",
            "de Boer|deboer",
            "Bos",
            "Vermeulen",
        ],
        "company": [
            "Polderlicht Media|polderlicht",
            "Kanaal Logistiek|kanaal-logistiek",
            "Duinzicht Advies|duinzicht",
            "Molenaar Marketing|molenaar-marketing",
            "Tulpstad Events|tulpstad-events",
            "Brugman Kantoorartikelen|brugman",
        ],
        "tld": [".nl", ".nl", ".be", ".com"],
        "freemail": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be"],
        "city": ["Utrecht", "Rotterdam", "Eindhoven", "Groningen", "Gent", "Haarlem", "Zwolle"],
        "street": [
            "Kerkstraat 12",
            "Stationsweg 45",
            "Prinsengracht 210",
            "Dorpsplein 3",
            "Molenlaan 19",
        ],
        "greet": [
            "Beste,",
            "Goedemiddag,",
            "Geachte heer/mevrouw,",
            "Hallo Example-team,",
            "Goedemorgen,",
        ],
        "close": ["Met vriendelijke groet,", "Groeten,", "Hartelijke groet,", "Alvast bedankt,"],
        "title": [
            "Accountmanager",
            "Commercieel directeur",
            "Partnership manager",
            "Salesmanager Benelux",
        ],
        "role": [
            "medewerker klantenservice",
            "junior developer",
            "stagiair marketing",
            "administratief medewerker",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} {m} {y}"],
    },
    "pt": {
        "first": [
            "João|joao",
            "Ana",
            "Pedro",
            "Mariana",
            "Rafael",
            "Beatriz",
            "Tiago",
            "Carolina",
            "Lucas",
            "Inês|ines",
            "Gabriel",
            "Fernanda",
        ],
        "last": [
            "Silva",
            "Santos",
            "Oliveira",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Ferreira",
            "Carvalho",
            "Gomes",
            "Ribeiro",
        ],
        "company": [
            "Soluções Atlântida|solucoes-atlantida",
            "Agência Farol|agenciafarol",
            "Transportes Ribeiro|transportes-ribeiro",
            "Consultoria Lusa|consultorialusa",
            "Eventos Tejo|eventos-tejo",
            "Distribuidora Aurora|dist-aurora",
        ],
        "tld": [".pt", ".com.br", ".com", ".pt"],
        "freemail": ["gmail.com", "sapo.pt", "hotmail.com", "uol.com.br", "outlook.pt"],
        "city": ["Lisboa", "Porto", "Braga", "São Paulo", "Curitiba", "Coimbra", "Recife"],
        "street": [
            "Rua das Flores 27",
            "Avenida da Liberdade 140",
            "Rua Augusta 9, 3º Esq.",
            "Travessa do Carmo 4",
            "Rua XV de Novembro 310",
        ],
        "greet": ["Olá,", "Bom dia,", "Exmos. Senhores,", "Prezados,", "Caros colegas da Example,"],
        "close": [
            "Com os melhores cumprimentos,",
            "Atenciosamente,",
            "Obrigado,",
            "Cumprimentos,",
            "Abraço,",
        ],
        "title": [
            "Diretor comercial",
            "Gestora de parcerias",
            "Executivo de contas",
            "Responsável de vendas",
        ],
        "role": [
            "assistente de apoio ao cliente",
            "programador júnior",
            "estagiário de marketing",
            "técnico administrativo",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} de {m} de {y}"],
    },
    "pl": {
        "first": [
            "Anna",
            "Piotr",
            "Katarzyna",
            "Tomasz",
            "Magdalena",
            "Paweł|pawel",
            "Agnieszka",
            "Michał|michal",
            "Joanna",
            "Krzysztof",
            "Zofia",
            "Marcin",
        ],
        "last": [
            "Nowak",
            "Kowalski",
            "Wiśniewski|wisniewski",
            "Wójcik|wojcik",
            "Kamiński|kaminski",
            "Lewandowski",
            "Zieliński|zielinski",
            "Szymański|szymanski",
            "Dąbrowski|dabrowski",
            "Mazur",
        ],
        "company": [
            "Wisła Logistyka|wisla-logistyka",
            "Agencja Iskra|agencjaiskra",
            "Bursztyn Consulting|bursztyn",
            "Mazowieckie Biuro|mazbiuro",
            "Eventy Tatry|eventy-tatry",
            "Hurtownia Orzeł|hurtownia-orzel",
        ],
        "tld": [".pl", ".pl", ".com", ".com.pl"],
        "freemail": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
        "city": ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin"],
        "street": [
            "ul. Długa 14",
            "ul. Marszałkowska 102/5",
            "al. Jerozolimskie 44",
            "ul. Kwiatowa 3",
            "ul. Piłsudskiego 27",
        ],
        "greet": ["Dzień dobry,", "Szanowni Państwo,", "Witam,", "Cześć,"],
        "close": ["Z poważaniem,", "Pozdrawiam serdecznie,", "Pozdrawiam,", "Z wyrazami szacunku,"],
        "title": [
            "Dyrektor handlowy",
            "Kierownik ds. partnerstw",
            "Specjalista ds. sprzedaży",
            "Key account manager",
        ],
        "role": [
            "specjalista ds. obsługi klienta",
            "młodszy programista",
            "stażysta w marketingu",
            "asystentka biura",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} {m} {y}"],
    },
    "sv": {
        "first": [
            "Erik",
            "Anna",
            "Lars",
            "Maja",
            "Johan",
            "Elin",
            "Oskar",
            "Karin",
            "Nils",
            "Sara",
            "Mikael",
            "Ebba",
        ],
        "last": [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Lindqvist",
            "Berg",
            "Holm",
            "Sandberg",
            "Lundgren",
        ],
        "company": [
            "Norrsken Media|norrsken-media",
            "Skärgård Logistik|skargard-logistik",
            "Fjällvind Konsult|fjallvind",
            "Älvdalen Event|alvdalen-event",
            "Björk & Sten|bjork-sten",
            "Kontorsgrossisten|kontorsgrossisten",
        ],
        "tld": [".se", ".se", ".com", ".nu"],
        "freemail": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "bredband.net"],
        "city": ["Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Stockholm", "Umeå"],
        "street": [
            "Storgatan 12",
            "Drottninggatan 45",
            "Kungsvägen 7",
            "Sjövägen 3B",
            "Linnégatan 21",
        ],
        "greet": ["Hej,", "Hej!", "Hej Example,", "God dag,", "Hallå,"],
        "close": [
            "Med vänliga hälsningar,",
            "Vänliga hälsningar,",
            "Hälsningar,",
            "Tack på förhand,",
            "Mvh,",
        ],
        "title": ["Försäljningschef", "Partneransvarig", "Kundansvarig", "VD"],
        "role": [
            "kundtjänstmedarbetare",
            "juniorutvecklare",
            "marknadspraktikant",
            "ekonomiassistent",
        ],
        "months": [
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
        ],
        "datefmt": ["{d} {m} {y}"],
    },
    "zh": {
        "first": [
            "伟|wei",
            "芳|fang",
            "明|ming",
            "静|jing",
            "磊|lei",
            "婷|ting",
            "强|qiang",
            "丽|li",
            "晓东|xiaodong",
            "雪梅|xuemei",
            "志远|zhiyuan",
            "佳怡|jiayi",
        ],
        "last": [
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
        ],
        "company": [
            "深圳星河科技有限公司|xinghe-tech",
            "上海云帆网络科技|yunfan-net",
            "杭州锦程物流|jincheng-logistics",
            "北京启明咨询|qiming-consulting",
            "广州恒达电子|hengda-elec",
            "苏州华彩会展|huacai-expo",
        ],
        "tld": [".cn", ".com.cn", ".com", ".cn"],
        "freemail": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
        "city": ["深圳", "上海", "杭州", "北京", "广州", "成都", "苏州"],
        "street": [
            "南山区科技园路18号",
            "浦东新区世纪大道100号",
            "西湖区文三路77号",
            "朝阳区建国路88号",
            "天河区体育西路56号",
        ],
        "greet": ["您好！", "尊敬的Example团队：", "您好，", "贵公司负责人您好："],
        "close": ["此致\n敬礼", "谢谢！", "顺祝商祺！", "期待您的回复！", "祝好，"],
        "title": ["商务总监", "市场部经理", "销售经理", "合作拓展负责人"],
        "role": ["客服专员", "初级软件工程师", "市场实习生", "行政助理"],
        "months": [str(i) for i in range(1, 13)],
        "datefmt": ["{y}年{m}月{d}日"],
    },
}


TIMEZONES: dict[str, list[int]] = {  # offsets in minutes
    "en": [0, 60, -300, -360, -480, -240, 600, 330],
    "de": [60, 120],
    "fr": [60, 120],
    "es": [60, 120, -360],
    "it": [60, 120],
    "nl": [60, 120],
    "pt": [0, 60, -180],
    "pl": [60, 120],
    "sv": [60, 120],
    "zh": [480],
}

MONEY: dict[str, tuple[str, str, str]] = {  # thousands separator, decimal separator, pattern
    "en": (",", ".", "${v}"),
    "de": (".", ",", "{v} €"),
    "fr": ("\u202f", ",", "{v} €"),
    "es": (".", ",", "{v} €"),
    "it": (".", ",", "{v} €"),
    "nl": (".", ",", "€ {v}"),
    "pt": (".", ",", "{v} €"),
    "pl": (" ", ",", "{v} zł"),
    "sv": (" ", ",", "{v} kr"),
    "zh": (",", ".", "¥{v}"),
}

# --------------------------------------------------------------------------------------------
# Templates: kind -> language -> list of (subject, body). Bodies use ``{key}`` fills and
# ``[[one|two|three]]`` alternatives.
# --------------------------------------------------------------------------------------------

Template = tuple[str, str]
TEMPLATES: dict[str, dict[str, list[Template]]] = {}

# How each kind is sent: sender style, header style, HTML mode.
KIND_META: dict[str, tuple[str, str, str]] = {
    "sales_partnership": ("person_co", "none", "none"),
    "seo_pitch": ("person_co", "none", "none"),
    "press_investor": ("person_co", "none", "none"),
    "event_invite": ("team", "list", "multipart"),
    "support": ("person_free", "none", "none"),
    "order_delivery": ("person_free", "none", "none"),
    "return_request": ("person_free", "none", "none"),
    "invoice_reminder": ("billing", "none", "none"),
    "address_change": ("person_co", "none", "none"),
    "price_quote": ("person_co", "none", "none"),
    "job_application": ("person_free", "none", "none"),
    "internship": ("person_free", "none", "none"),
    "dpa_vendor": ("person_co", "none", "none"),
    "questionnaire": ("person_co", "none", "none"),
    "privacy_software_pitch": ("person_co", "none", "mixed"),
    "newsletter_footer": ("noreply", "list", "mixed"),
    "receipt": ("noreply", "none", "multipart"),
    "phishing": ("phish", "none", "mixed"),
    "law_webinar": ("team", "list", "mixed"),
    "regulator_newsletter": ("regulator", "list", "multipart"),
    "internal_training": ("internal", "none", "none"),
    "autoreply": ("person_co", "auto", "none"),
    "autoreply_quote": ("person_free", "auto", "none"),
    "bounce": ("daemon", "bounce", "none"),
    "mailing_list": ("team", "list", "none"),
    "spam_lottery": ("spam", "bulk", "mixed"),
    "spam_crypto": ("spam", "bulk", "mixed"),
    "spam_pharma": ("spam", "bulk", "mixed"),
}


def _t(kind: str, lang: str, subject: str, body: str) -> None:
    """Register one template."""
    if kind not in KIND_META:
        raise KeyError(kind)
    TEMPLATES.setdefault(kind, {}).setdefault(lang, []).append((subject, body))


# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------

_CHOICE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_KEY = re.compile(r"\{([a-z_]+)\}")


def _pair(entry: str) -> tuple[str, str]:
    """Split a "Display|ascii" bank entry."""
    if "|" in entry:
        display, ascii_form = entry.split("|", 1)
        return display, ascii_form
    return entry, _slug(entry)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def render(text: str, fill: dict[str, str], rng: random.Random) -> str:
    """Resolve ``[[a|b]]`` alternatives, then ``{key}`` fills (unknown keys are an error)."""
    text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    return _KEY.sub(lambda m: fill[m.group(1)], text)


def _fmt_date(lang: str, day: date, rng: random.Random) -> str:
    bank = BANKS[lang]
    pattern = rng.choice(bank["datefmt"])
    return pattern.format(d=day.day, m=bank["months"][day.month - 1], y=day.year)


def _money(lang: str, value: float) -> str:
    thousands, decimal, pattern = MONEY[lang]
    whole = int(value)
    cents = round((value - whole) * 100)
    grouped = f"{whole:,}".replace(",", thousands)
    return pattern.format(v=f"{grouped}{decimal}{cents:02d}")


def _sent(rng: random.Random, lang: str) -> datetime:
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + timedelta(days=rng.randint(0, span))
    hour = rng.choice([6, 7, 8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 17, 19, 21, 23, 2])
    tz = timezone(timedelta(minutes=rng.choice(TIMEZONES[lang])))
    return datetime(
        day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz
    )


def _fill(rng: random.Random, lang: str, sent: datetime) -> dict[str, str]:
    """Random values for every ``{key}`` a template may use."""
    bank = BANKS[lang]
    first, first_a = _pair(rng.choice(bank["first"]))
    last, last_a = _pair(rng.choice(bank["last"]))
    name = f"{last}{first}" if lang == "zh" else f"{first} {last}"
    company, company_a = _pair(rng.choice(bank["company"]))
    domain = company_a + rng.choice(bank["tld"])
    close = rng.choice(bank["close"])
    title = rng.choice(bank["title"])
    today = sent.date()
    colleague, colleague_a = _pair(rng.choice(bank["first"]))
    amount = rng.choice([49, 89.9, 129, 249.5, 480, 1249, 2380, 3150.75, 760, 19.99, 12400])
    return {
        "first": first,
        "last": last,
        "name": name,
        "first_a": first_a,
        "last_a": last_a,
        "company": company,
        "domain": domain,
        "product": rng.choice(PRODUCTS),
        "product2": rng.choice(PRODUCTS),
        "order": rng.choice(["EX", "WEB", "", "SO-"]) + str(rng.randint(100000, 999999)),
        "invoice": f"{rng.choice(['INV', 'RE', 'F', 'FA'])}-{today.year}-{rng.randint(1000, 9999)}",
        "ticket": str(rng.randint(20000, 89999)),
        "tracking": f"{rng.choice(['1Z', 'JD', 'CX', 'LX'])}{rng.randint(10**9, 10**10 - 1)}",
        "amount": _money(lang, amount),
        "amount2": _money(lang, amount * rng.choice([0.8, 0.9, 1.15, 2])),
        "pct": str(rng.choice([10, 15, 20, 25, 30, 40, 300])),
        "qty": str(rng.choice([5, 10, 12, 20, 25, 50, 100, 200, 500])),
        "date_past": _fmt_date(lang, today - timedelta(days=rng.randint(2, 40)), rng),
        "date_future": _fmt_date(lang, today + timedelta(days=rng.randint(3, 45)), rng),
        "weekday_hour": str(rng.choice([9, 10, 11, 14, 15, 16])),
        "year": str(today.year),
        "city": rng.choice(bank["city"]),
        "city2": rng.choice(bank["city"]),
        "street": rng.choice(bank["street"]),
        "zip": str(rng.randint(10000, 99999)),
        "phone": f"+{rng.choice([44, 49, 33, 34, 39, 31, 351, 48, 46, 86, 1])} "
        f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        "url": f"https://www.{domain}/{rng.choice(['offer', 'demo', 'info', 'partners', 'go'])}",
        "greet": rng.choice(bank["greet"]),
        "close": close,
        "title": title,
        "sign": f"{close}\n{name}",
        "sign_co": f"{close}\n{name}\n{title}\n{company}\n{rng.choice(['', 'www.']) + domain}",
        "role": rng.choice(bank["role"]),
        "colleague": colleague,
        "colleague_mail": f"{colleague_a}@{domain}",
        "list_tag": f"[{rng.choice(['smarthome-dev', 'iot-makers', 'hw-founders'])}]",
        "bigno": str(rng.randint(2, 9) * 1000 + rng.randint(0, 999)),
    }


def _sender(rng: random.Random, style: str, lang: str, fill: dict[str, str]) -> tuple[str, str]:
    """Display name and address for a sender style."""
    first_a, last_a, domain = fill["first_a"], _slug(fill["last_a"]), fill["domain"]
    if style == "person_co":
        local = rng.choice([f"{first_a}.{last_a}", f"{first_a[0]}.{last_a}", first_a])
        return fill["name"], f"{local}@{domain}"
    if style == "person_free":
        free = rng.choice(BANKS[lang]["freemail"])
        local = rng.choice(
            [
                f"{first_a}.{last_a}",
                f"{first_a}{last_a}{rng.randint(1, 99)}",
                f"{first_a[0]}{last_a}",
                f"{last_a}.{first_a}",
            ]
        )
        return rng.choice([fill["name"], fill["name"], ""]), f"{local}@{free}"
    if style == "team":
        return fill["company"], f"{rng.choice(['events', 'hello', 'team', 'info'])}@{domain}"
    if style == "billing":
        local = rng.choice(["billing", "accounts", "invoice", "buchhaltung", "ar"])
        return f"{fill['company']}", f"{local}@{domain}"
    if style == "noreply":
        local = rng.choice(["no-reply", "noreply", "newsletter", "news"])
        return fill["company"], f"{local}@{rng.choice(['', 'mail.', 'em.'])}{domain}"
    if style == "phish":
        name = rng.choice(
            [
                "Example Security",
                "Account Support",
                "Mailbox Administrator",
                "IT Helpdesk",
                "Example Cloud Service",
                "Webmail Team",
            ]
        )
        host = rng.choice(
            [
                "secure-verify-center.top",
                "mail-authsync.xyz",
                "account-update.info",
                "examp1e-support.com",
                "cloud-storage-alert.ru",
                "verify-id.click",
            ]
        )
        return name, f"{rng.choice(['support', 'noreply', 'security', 'admin'])}@{host}"
    if style == "regulator":
        return rng.choice(REGULATORS[lang]), f"newsletter@{rng.choice(REGULATOR_HOSTS[lang])}"
    if style == "internal":
        return fill["name"], f"{first_a}.{last_a}@example.com"
    if style == "daemon":
        if rng.random() < 0.6:
            return (
                "Mail Delivery System",
                f"MAILER-DAEMON@{rng.choice(['mx1', 'smtp', 'mail'])}.example.com",
            )
        return "Microsoft Outlook", f"postmaster@{domain}"
    if style == "spam":
        host = rng.choice(
            [
                "lucky-winner-intl.com",
                "promo-blast.biz",
                "best-pharma24.net",
                "coinrocket.io",
                "globalaward-center.org",
                "mailer.bulk-send.ws",
                "rx-discount-shop.net",
                "prize-office.eu",
            ]
        )
        local = rng.choice(["info", "claims", "promo", "offers", "noreply", "agent"])
        return rng.choice(
            [
                "",
                "Promotions",
                "Award Department",
                "Claims Office",
                "Crypto Desk",
                "Online Pharmacy",
                fill["name"],
            ]
        ), f"{local}@{host}"
    raise ValueError(style)


REGULATORS: dict[str, list[str]] = {
    "en": ["Data Protection Commission Newsletter", "Information Commissioner - Updates"],
    "de": ["Landesbeauftragte für Datenschutz", "Datenschutzaufsicht Newsletter"],
    "fr": ["Autorité de protection des données - Lettre d'information"],
    "es": ["Agencia de Protección de Datos - Boletín"],
    "it": ["Autorità Garante - Newsletter"],
    "nl": ["Toezichthouder Gegevensbescherming - Nieuwsbrief"],
    "pt": ["Comissão de Proteção de Dados - Newsletter"],
    "pl": ["Urząd Ochrony Danych - Newsletter"],
    "sv": ["Tillsynsmyndigheten för integritetsskydd - Nyhetsbrev"],
    "zh": ["个人信息保护协会通讯"],
}
REGULATOR_HOSTS: dict[str, list[str]] = {
    lang: [f"dpa-{lang}.example.org", f"privacy-authority-{lang}.example.net"] for lang in LANGS
}


def _headers(
    rng: random.Random, style: str, fill: dict[str, str], sent: datetime
) -> dict[str, str]:
    stamp = sent.strftime("%Y%m%d%H%M%S")
    if style == "list":
        list_id = f"<{rng.choice(['news', 'updates', 'events', 'announce'])}.{fill['domain']}>"
        token = f"{rng.randint(10**7, 10**8 - 1):x}"
        headers = {
            "List-Id": f"{fill['company']} {list_id}",
            "List-Unsubscribe": f"<https://{fill['domain']}/unsubscribe?u={token}>, "
            f"<mailto:unsubscribe@{fill['domain']}?subject=unsubscribe>",
            "Precedence": "bulk",
        }
        if rng.random() < 0.5:
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        return headers
    if style == "auto":
        headers = {
            "Auto-Submitted": "auto-replied",
            "X-Autoreply": "yes",
            "In-Reply-To": f"<{stamp}.{rng.randint(1000, 9999)}@example.com>",
        }
        if rng.random() < 0.5:
            headers["X-Auto-Response-Suppress"] = "All"
        if rng.random() < 0.4:
            headers["Precedence"] = "auto_reply"
        return headers
    if style == "bounce":
        return {
            "Auto-Submitted": "auto-replied",
            "Return-Path": "<>",
            "X-Failed-Recipients": f"{fill['first_a']}.{_slug(fill['last_a'])}@{fill['domain']}",
        }
    if style == "bulk":
        return {"Precedence": "bulk"} if rng.random() < 0.6 else {}
    return {}


def _to_html(subject: str, body: str, company: str) -> str:
    """A simple newsletter-style HTML rendering of a plain-text body."""
    paragraphs = []
    for block in body.strip().split("\n\n"):
        lines = [html_lib.escape(line) for line in block.split("\n")]
        paragraphs.append(f'<p style="margin:0 0 14px 0">{"<br>".join(lines)}</p>')
    inner = "\n".join(paragraphs)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html_lib.escape(subject)}</title></head>\n"
        '<body style="font-family:Arial,sans-serif;color:#222;background:#f4f4f4">\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" cellpadding="24" style="background:#ffffff"><tr><td>\n'
        f'<h2 style="color:#1a4d8f">{html_lib.escape(company)}</h2>\n{inner}\n'
        "</td></tr></table>\n</td></tr></table>\n</body></html>\n"
    )


# --------------------------------------------------------------------------------------------
# English templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "en",
    "Partnership opportunity: {company} x Example",
    """\
{greet}

I'm reaching out from {company}. We [[distribute smart home accessories|run a network of \
electronics retailers|operate an online marketplace for connected devices]] in {city} and the \
surrounding region, and we think your {product} would be a great fit for our customers.

Would you be open to a 20-minute call next week to explore a reseller partnership? We typically \
start with an initial order of {qty} units and a co-marketing campaign.

{sign_co}
""",
)
_t(
    "sales_partnership",
    "en",
    "Quick question about distribution in [[the UK|Canada|Ireland|the Nordics]]",
    """\
{greet}

[[Hope you're well.|I hope this finds you well.|Apologies for the cold email.]] Who at Example \
looks after channel partnerships? {company} has placed [[over 40|more than 25|dozens of]] \
consumer electronics brands with regional retailers and we have a slot opening in {date_future}.

If it's not you, I'd really appreciate being pointed in the right direction.

{sign_co}
""",
)
_t(
    "seo_pitch",
    "en",
    "[[Your website is losing traffic|Page 1 on Google for example.com|SEO audit for example.com - 7 critical issues]]",
    """\
Hi,

I was looking at example.com and noticed [[a few technical SEO issues|several broken backlinks|slow \
page speed on mobile]] that are holding your rankings back. Your competitors rank for keywords \
like "smart camera" and "video doorbell" while you don't appear until page 4.

We can fix this within 30 days. Our clients typically see a {pct}% increase in organic traffic.
Can I send you a free audit report? Just reply "YES".

{sign_co}

If you don't want to hear from me again, just reply "no thanks".
""",
)
_t(
    "seo_pitch",
    "en",
    "Guest post on your blog?",
    """\
Hello Example team,

I'm {first}, a content writer working with several tech blogs. I'd love to contribute a high \
quality guest article to your blog on "[[5 ways to secure your smart home|How to choose a baby \
monitor in {year}|Home security myths busted]]". In return I only ask for one do-follow link.

We also offer sponsored posts and link insertions from {amount} per article.

{sign}
""",
)
_t(
    "press_investor",
    "en",
    "Press inquiry: [[smart home security feature|article on connected cameras|holiday gift guide]]",
    """\
{greet}

I'm a reporter with {company} and I'm working on a piece about [[the smart home market|\
home security gadgets|how small hardware brands compete with the big players]] for our \
{date_future} issue. Could someone from your team comment on the {product} launch, or send me \
high-resolution product images and a press kit?

My deadline is {date_future}. Happy to talk by phone: {phone}.

{sign_co}
""",
)
_t(
    "press_investor",
    "en",
    "Investment interest - {company}",
    """\
{greet}

{company} is an early-stage fund focused on consumer hardware and IoT. We have followed Example \
for a while and would love to learn more about your plans for the next 18 months.

Are you currently raising, or planning a round in {year}? I'd be happy to set up an intro call \
with our partners. Our typical ticket is between {amount} and {amount2} thousand.

{sign_co}
""",
)
_t(
    "event_invite",
    "en",
    "You're invited: [[Smart Home Summit|IoT Retail Forum|Connected Living Expo]] {year}",
    """\
Dear partner,

We are delighted to invite you to [[Smart Home Summit|IoT Retail Forum|Connected Living Expo]] \
{year}, taking place on {date_future} in {city}. Join more than 2,000 manufacturers, retailers \
and installers for two days of talks, demos and networking.

Exhibitor booths are still available from {amount}. Early-bird visitor tickets end soon.

Register now: {url}

See you there!
The {company} events team

You are receiving this email because you attended one of our events. Unsubscribe at any time.
""",
)
_t(
    "event_invite",
    "en",
    "Invitation: breakfast roundtable for hardware founders",
    """\
Hello,

{company} is hosting a small breakfast roundtable for founders of consumer hardware companies \
on {date_future} at {weekday_hour}:00 in {city}. Topics: supply chain in {year}, retail \
margins and building a support team that scales.

Seats are limited to 15. Please RSVP by replying to this email or via {url}.

Best,
{name}
{company}
""",
)
_t(
    "support",
    "en",
    "[[{product} not connecting to Wi-Fi|Problem with my {product}|{product} keeps going offline|Night vision not working]]",
    """\
{greet}

I bought a {product} [[last month|a few weeks ago|in {date_past}|as a gift]] and \
[[it won't connect to my 5 GHz network|the app shows it offline every night|the night vision \
image is completely black|the motion alerts stopped working after the last update]]. I have \
already tried resetting it and reinstalling the app.

[[Is this a known issue?|Is there a firmware fix coming?|Can you help me, or should I return it?]]
My order number is {order}.

{sign}
""",
)
_t(
    "support",
    "en",
    "Warranty claim for {product}",
    """\
Hello,

My {product} stopped working after [[about 11 months|14 months|8 months]]. The LED blinks red and \
it does not power on anymore. It is still within the warranty period (bought on {date_past}, \
order {order}).

What do I need to do to get it repaired or replaced? Do I need to send the original box?

Thanks,
{first}
""",
)
_t(
    "order_delivery",
    "en",
    "[[Where is my order?|Order {order} not arrived|Delivery status for order {order}]]",
    """\
{greet}

I placed order {order} on {date_past} and the tracking ({tracking}) has shown \
"[[label created|in transit|held at depot]]" for over a week. Could you check with the courier \
what is going on? I need the {product} before {date_future}.

{sign}
""",
)
_t(
    "order_delivery",
    "en",
    "Cancel order {order}?",
    """\
Hi,

I accidentally ordered the {product} twice this morning (orders {order} and the one right \
after it). Could you please cancel the second order and refund it? I only need one.

[[Thanks a lot!|Sorry for the hassle.|Cheers.]]
{first}
""",
)
_t(
    "return_request",
    "en",
    "Return request - order {order}",
    """\
{greet}

I would like to return the {product} from order {order}. [[It is too big for our door frame.|\
The colour doesn't match what was shown on the website.|We decided to go with a wired system \
instead.|It arrived with a cracked housing.]] It is unused and in the original packaging.

Please send me a return label and let me know how the refund of {amount} will be processed.

{sign}
""",
)
_t(
    "return_request",
    "en",
    "Refund not received yet",
    """\
Hi,

I sent back the {product} on {date_past} (tracking {tracking}) and the parcel was delivered to \
your warehouse, but I still haven't received the refund of {amount}. Can you check?

{sign}
""",
)
_t(
    "invoice_reminder",
    "en",
    "[[Payment reminder|Overdue invoice|Second reminder]]: {invoice}",
    """\
Dear customer,

Our records show that invoice {invoice} dated {date_past} for {amount} is now overdue. Please \
arrange payment at your earliest convenience, or let us know if the invoice has already been \
settled.

Bank: [[Barclays|HSBC|Lloyds]] - Sort code {zip} - Reference: {invoice}

If you have any questions about this invoice, reply to this email.

{close}
Accounts Receivable
{company}
""",
)
_t(
    "invoice_reminder",
    "en",
    "Invoice {invoice} from {company}",
    """\
Hello,

Please find attached invoice {invoice} for [[packaging materials|freight services for {date_past}|\
the trade show booth|office supplies]], amount due {amount}, payment terms 30 days net.

Kindly confirm receipt.

{sign_co}
""",
)
_t(
    "address_change",
    "en",
    "Change of billing address for invoices",
    """\
{greet}

Please note that {company} has moved. From {date_future} please send all invoices and delivery \
notes to our new address:

{company}
{street}
{city} {zip}

Our VAT number and bank details stay the same. Please update your vendor records accordingly.

{sign_co}
""",
)
_t(
    "address_change",
    "en",
    "Delivery address for order {order} - wrong street",
    """\
Hi,

I just noticed the shipping address on order {order} is wrong - I typed the old office. Could \
you change the delivery address to {street}, {city} {zip} before it ships? Same recipient.

[[Thank you!|Thanks in advance.|Much appreciated.]]
{name}
""",
)
_t(
    "price_quote",
    "en",
    "Request for quote: {qty} x {product}",
    """\
{greet}

We are a [[property management company|security installer|hotel group|school district]] \
looking to equip several sites. Could you send us a quote for {qty} units of {product} \
including shipping to {city}, volume discounts and lead time?

We'd also like to know if you offer a business warranty or on-site support.

{sign_co}
""",
)
_t(
    "price_quote",
    "en",
    "Pricing for wholesale",
    """\
Hello,

Can you send me your wholesale price list for the {product} and {product2}? We are an online \
shop and would start with around {qty} units a month.

{sign_co}
""",
)
_t(
    "job_application",
    "en",
    "Application: {role}",
    """\
{greet}

Please find attached my CV and cover letter for the {role} position advertised on your \
website. I have [[three|five|two]] years of experience in a similar role and I'm [[based in \
{city}|happy to relocate|available from {date_future}]].

I consent to the processing of my personal data for the purpose of this recruitment process. \
[[You may keep my application on file for future openings.|Please do not keep my details after \
this process ends.|]]

{sign}
{phone}
""",
)
_t(
    "job_application",
    "en",
    "Speculative application - {role}",
    """\
Dear hiring team,

I've been a user of your {product} for a while and would love to work at Example. I couldn't \
find an open position matching my profile, so I'm sending a speculative application as a \
{role}. My CV is attached.

By sending this application I agree that Example may store and process my data for recruitment \
purposes.

{sign}
""",
)
_t(
    "internship",
    "en",
    "Internship application - summer {year}",
    """\
Hello,

I'm a [[second|third|final]]-year [[computer science|electrical engineering|marketing|business]] \
student at the University of {city} and I'm looking for a [[3|6]]-month internship starting \
{date_future}. I've attached my CV and transcript.

I consent to my data being processed for this application.

{sign}
""",
)
_t(
    "internship",
    "en",
    "Work experience placement?",
    """\
Hi,

my name is {first} and I'm in Year 11. Our school asks us to find a one-week work experience \
placement. I'm really interested in electronics and I'd love to see how products like the \
{product} are tested. Would that be possible in {date_future}?

My teacher's contact details are below if you need them.

Thank you,
{first}
""",
)
_t(
    "dpa_vendor",
    "en",
    "Data Processing Agreement - please sign",
    """\
{greet}

As part of onboarding Example onto the {company} platform, please find attached our standard \
Data Processing Agreement (DPA) under Article 28 GDPR, including the Standard Contractual \
Clauses and the list of sub-processors.

Could you sign it via the DocuSign link and return it by {date_future}? If your legal team has \
comments, please use the redline version.

{sign_co}
""",
)
_t(
    "dpa_vendor",
    "en",
    "Updated sub-processor list and DPA v[[3.1|4.0|2.2]]",
    """\
Dear customer,

We are writing to inform you that we have updated our Data Processing Addendum and our list of \
sub-processors, effective {date_future}. We are adding [[a new hosting region in Frankfurt|a \
customer support tool|an email delivery provider]].

Under the DPA you may object to a new sub-processor within 30 days. No action is required if \
you agree with the changes.

{company} Legal & Privacy Team
""",
)
_t(
    "questionnaire",
    "en",
    "Vendor security assessment - Example",
    """\
{greet}

{company} is reviewing all suppliers as part of our annual vendor risk programme. Please \
complete the attached security and privacy questionnaire ([[SOC 2|ISO 27001|GDPR vendor \
assessment]], 86 questions) by {date_future}.

Questions cover encryption at rest, access control, incident response, data retention, how you \
handle data subject requests and where personal data is stored. Please also attach your latest \
SOC 2 Type II report if available.

{sign_co}
""",
)
_t(
    "questionnaire",
    "en",
    "Reminder: compliance questionnaire due {date_future}",
    """\
Hi,

A friendly reminder that your [[GDPR|CCPA|information security]] compliance questionnaire is due \
on {date_future}. [[12|23|5]] questions are still unanswered in the portal, including \
"Describe your process for responding to requests for access and deletion".

Portal link: {url}

Thanks,
{name}
Procurement, {company}
""",
)
_t(
    "privacy_software_pitch",
    "en",
    "[[Automate your DSAR handling|Stop handling DSARs by hand|Your cookie banner is not compliant]]",
    """\
Hi there,

How many hours did your team spend last quarter answering data subject access requests? \
{company} automates the full DSAR workflow: intake form, identity verification, data discovery \
across 200+ systems, redaction and delivery - all within the 30-day GDPR deadline.

Companies like yours cut response time by {pct}%. Can I show you a 15-minute demo?

{sign_co}

P.S. We also help with consent management, cookie banners and records of processing.
""",
)
_t(
    "privacy_software_pitch",
    "en",
    "GDPR fines in {year} - is Example ready?",
    """\
{greet}

Regulators issued record fines this year, many for ignored erasure and access requests. Our \
privacy platform gives you a central inbox for privacy requests, automated deadline tracking \
and an audit trail regulators love.

Book a free compliance check: {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "en",
    "[[Your {company} update for|News from {company} -|This month at {company}:]] {date_future}",
    """\
Hi there,

[[Spring is here|Our biggest sale of the year starts now|New arrivals are in]]! This month we \
have [[up to {pct}% off selected items|free shipping on all orders|a new loyalty programme]] \
and a few tips to get the most out of your subscription.

Read more: {url}

--
You are receiving this email because you signed up at {domain}. We respect your privacy: you \
can access, correct or delete your personal data at any time in your account settings, and \
you can unsubscribe from these emails with one click. See our privacy policy for details on how \
we process your data.
""",
)
_t(
    "newsletter_footer",
    "en",
    "{company} Weekly: [[5 things to read|what's new|top stories]]",
    """\
This week's highlights:

- [[How we cut our shipping times in half|Meet the team behind our new warehouse|Five tools we use every day]]
- [[Customer story: a bakery goes digital|Webinar recording now available|Our roadmap for next quarter]]
- [[Job openings in {city}|Community meetup on {date_future}|New integrations]]

Manage preferences | Unsubscribe
{company}, {street}, {city}
Under the GDPR you have the right to request access to, rectification or erasure of your \
personal data. To exercise these rights, contact privacy@{domain}.
""",
)
_t(
    "receipt",
    "en",
    "Your receipt from {company} [#{ticket}]",
    """\
Thank you for your order!

Order number: {order}
Date: {date_past}
Total paid: {amount} (card ending [[4421|0087|9310]])

Your items will ship within 2 business days. You can track your order in your account.

Questions? Reply to this email or visit our help centre.

Privacy: we use your data to process this order. You can request a copy of your data, correct \
it or ask us to delete it at any time at {domain}/privacy.
""",
)
_t(
    "receipt",
    "en",
    "Payment confirmation - {company} subscription",
    """\
Hi {first},

We've received your payment of {amount} for your {company} [[Pro|Team|Business]] plan. Your \
next billing date is {date_future}.

Download your invoice: {url}

This is an automated message, please do not reply. Manage your data and privacy settings in \
your dashboard at any time.
""",
)
_t(
    "phishing",
    "en",
    "[[URGENT: Your account data will be deleted in 24h|Action required: verify your mailbox|Final notice: storage quota exceeded]]",
    """\
Dear user,

We detected unusual activity on your account info@example.com. In line with our data \
protection policy, all your account data and emails will be permanently deleted in 24 hours \
unless you verify your identity.

Verify now: http://{domain}.secure-login-check.top/verify

Failure to verify will result in permanent loss of your data.

Security Team
""",
)
_t(
    "phishing",
    "en",
    "Invoice shared with you via [[OneDrive|SharePoint|Dropbox]]",
    """\
{name} has shared a document with you.

"Invoice_{invoice}.pdf" - {amount}

Open document: http://docs-share-secure.click/view?id={ticket}

This link will expire in 48 hours. For your privacy and security, you will need to sign in \
with your email password to view the file.
""",
)
_t(
    "law_webinar",
    "en",
    "Webinar invitation: [[GDPR in practice - handling data subject requests|Privacy update {year}|The new EU-US Data Privacy Framework]]",
    """\
Dear Sir or Madam,

{company} cordially invites you to our free webinar on {date_future} at {weekday_hour}:00 CET. \
Our data protection partners will cover:

- responding to access and erasure requests within the deadlines
- recent fines and what they mean for SMEs
- international transfers after the latest court decisions

Register here: {url}

Kind regards,
{company} | Attorneys at Law

This invitation was sent to business contacts of our firm. If you no longer wish to receive \
invitations, reply with "unsubscribe".
""",
)
_t(
    "law_webinar",
    "en",
    "Last seats: privacy law breakfast on {date_future}",
    """\
Hello,

Only a few seats left for our privacy law breakfast in {city}. Join us for coffee and a \
practical session on records of processing, DPIAs and what to do when a customer asks for \
their data.

RSVP: {url}

{company}
""",
)
_t(
    "regulator_newsletter",
    "en",
    "Newsletter: [[guidance on subject access requests|annual report {year}|new guidance for small businesses]]",
    """\
In this issue:

- New guidance: how organisations should respond to subject access requests
- Enforcement: reprimands issued to [[three|four|two]] companies for late replies
- Consultation on employee monitoring closes on {date_future}
- Reminder: our helpline for small businesses

You are receiving this newsletter because you subscribed on our website. You can unsubscribe \
at any time using the link below.
""",
)
_t(
    "internal_training",
    "en",
    "Reminder: annual privacy training due {date_future}",
    """\
Hi all,

quick reminder that the annual data protection training in the LMS must be completed by \
{date_future}. It takes about 30 minutes and covers how to recognise a data subject request, \
phishing and clean-desk rules.

[[{colleague}, you are still on the list from last year too :)|Please tell me if the link does \
not work for you.|Thanks to everyone who already finished it!]]

Cheers,
{first}
""",
)
_t(
    "internal_training",
    "en",
    "Fwd: slides from the GDPR session",
    """\
Hi team,

as promised, here are the slides from Tuesday's GDPR session. Key points: forward anything that \
looks like a privacy request to the privacy inbox the same day, don't delete customer data \
yourselves, and never send data to an address we can't verify.

Questions to me or to {colleague}.

{first}
""",
)
_t(
    "autoreply",
    "en",
    "[[Automatic reply|Out of Office|Auto-reply|Out of office]]: [[Your order|Invoice {invoice}|Re: Quote request|Meeting next week]]",
    """\
Thank you for your email. I am out of the office [[until {date_future}|on annual leave until \
{date_future}|at a trade show this week]] with limited access to email.

For urgent matters please contact {colleague} at {colleague_mail}. Otherwise I will reply as \
soon as possible after my return.

{name}
{company}
""",
)
_t(
    "autoreply",
    "en",
    "Automatic reply: [[Your message|Re: Delivery|Partnership]]",
    """\
Hello,

this mailbox is no longer monitored. Please send your message to [[support|sales|orders]]@\
{domain} instead.

This is an automatically generated message.
""",
)
_t(
    "autoreply_quote",
    "en",
    "Automatic reply: Re: Your request regarding your personal data",
    """\
I'm away [[until {date_future}|on holiday|travelling]] and will reply when I'm back.

-----Original Message-----
From: Example Privacy <info@example.com>
Sent: {date_past}
Subject: Re: Your request regarding your personal data

Dear {first},

thank you for your message. To process your request [[for a copy of|to delete|to correct]] \
your personal data we first need to verify your identity. Please reply from the email address \
registered in your account.

> [[Please send me all the personal data you hold about me.|I want my account and all my \
recordings deleted.|My name is misspelled in your records, please correct it.]]
""",
)
_t(
    "autoreply_quote",
    "en",
    "Out of Office: Re: deletion of my account",
    """\
Thanks for your message. I'm currently out of the office and will read it after {date_future}.

On {date_past}, info@example.com wrote:
> Hello, we have received your request to delete your account and all associated data.
> Your reference is DSR-{ticket}. We will confirm once the deletion is complete.
>
>> Please delete my account and every video you have stored of my home.
""",
)
_t(
    "bounce",
    "en",
    "Undelivered Mail Returned to Sender",
    """\
This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{first_a}.{last_a}@{domain}>: host mail.{domain} said: 550 5.1.1 <{first_a}.{last_a}@{domain}>:
    Recipient address rejected: User unknown in virtual mailbox table

--- Original message ---
Subject: [[Re: Your order {order}|Your quote|Re: Your data access request (ref. DSR-{ticket})]]

Dear {first},
[[thank you for your order.|please find the quote attached.|we have completed your request. The \
copy of the personal data we hold about you is attached as a ZIP file.]]
""",
)
_t(
    "bounce",
    "en",
    "Delivery Status Notification (Failure)",
    """\
Delivery has failed to these recipients or groups:

{first_a}@{domain}
The email address you entered couldn't be found. Please check the recipient's email address and \
try to resend the message.

Diagnostic information for administrators:
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP \
address lookup'

Original message headers:
From: info@example.com
Subject: [[Re: Request to erase personal data|Order confirmation {order}|Newsletter]]
Date: {date_past}
""",
)
_t(
    "mailing_list",
    "en",
    "{list_tag} [[Re: Zigbee pairing issues|Firmware OTA best practices|Anyone going to the meetup?]]",
    """\
> On {date_past} {colleague} wrote:
> Has anyone found a reliable way to do this without a cloud round trip?

We solved this by [[moving the pairing logic to the hub|using a local MQTT broker|shipping a \
small gateway]]. Happy to share our notes if anyone's interested.

{first}

_______________________________________________
Mailing list: {first_a}-list@lists.{domain}
To unsubscribe or change your subscription options, visit the list info page.
""",
)
_t(
    "mailing_list",
    "en",
    "[[Digest|Daily digest]]: {qty} new messages in [[Hardware Founders|Retail Partners|Support Pros]]",
    """\
Today's topics:

1. [[Best freight forwarders from Shenzhen|Handling returns at scale|Amazon listing suspended]]
2. [[Anyone using Zendesk alternatives?|Trade show budget for {year}|Battery certification]]
3. [[Job: hiring a support lead in {city}|Looking for a PCB supplier|Intro: {name}]]

View the full digest online: {url}

You are receiving this digest because you are a member of the group. Leave group: reply with \
"unsubscribe".
""",
)
_t(
    "spam_lottery",
    "en",
    "[[Congratulations! You have won|WINNING NOTIFICATION|Your email was selected]]",
    """\
Dear Winner,

We are pleased to inform you that your email address was selected in our international \
online lottery draw held on {date_past}. You have won the sum of {amount2},000.00 USD.

To claim your prize, contact our claims agent with your full name, address, phone number and \
a copy of your ID. Reference number: WIN/{ticket}/{year}.

Keep this notification confidential to avoid double claims.

Regards,
Claims Department
""",
)
_t(
    "spam_crypto",
    "en",
    "[[Earn 3% daily with AI trading|Bitcoin opportunity - don't miss out|Your crypto wallet has pending rewards]]",
    """\
Hello,

Our AI trading bot made {pct}% returns last month. Investors who joined with just {amount} \
are now earning passive income every day. Withdraw anytime, no experience needed!

Start now: {url}

Limited spots available. This is not financial advice.
""",
)
_t(
    "spam_pharma",
    "en",
    "[[Cheap meds online - 80% off|No prescription needed|Best prices for pills]]",
    """\
Best online pharmacy! Top quality, discreet shipping worldwide.

- Pain relief from {amount}
- Weight loss pills - special offer
- Order today, ships tomorrow

Visit {url}

To be removed from our list, reply REMOVE.
""",
)


# --------------------------------------------------------------------------------------------
# German templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "de",
    "Kooperationsanfrage {company}",
    """\
{greet}

mein Name ist {name}, ich bin {title} bei {company}. Wir [[betreiben einen Onlineshop für \
Smart-Home-Zubehör|beliefern über 300 Elektronikfachhändler in Süddeutschland|sind ein \
Distributor für vernetzte Sicherheitstechnik]] und würden Ihre Produkte, insbesondere den \
{product}, gerne in unser Sortiment aufnehmen.

Hätten Sie in den nächsten Tagen Zeit für ein kurzes Telefonat? Ich würde Ihnen gern unsere \
Konditionen vorstellen.

{sign_co}
""",
)
_t(
    "seo_pitch",
    "de",
    "[[Ihre Website bei Google auf Seite 1|Kostenlose SEO-Analyse für example.com|Mehr Anfragen über Ihre Website]]",
    """\
Guten Tag,

bei einer Analyse Ihrer Website ist uns aufgefallen, dass example.com für wichtige Suchbegriffe \
wie „Überwachungskamera WLAN" kaum gefunden wird. Mit gezielter Suchmaschinenoptimierung und \
Google Ads holen wir für unsere Kunden im Schnitt {pct} % mehr Besucher.

Darf ich Ihnen unverbindlich einen Audit-Bericht schicken?

{sign_co}
""",
)
_t(
    "support",
    "de",
    "[[Problem mit {product}|{product} verbindet sich nicht|Frage zur Einrichtung]]",
    """\
Hallo,

ich habe mir vor [[zwei Wochen|einem Monat|kurzem]] den {product} gekauft, aber \
[[er verbindet sich nicht mit meinem WLAN|die App zeigt ihn immer wieder als offline an|die \
Bewegungserkennung löst ständig aus, auch wenn niemand da ist]]. Neustart und Zurücksetzen habe \
ich schon probiert.

Können Sie mir weiterhelfen? Bestellnummer: {order}

{sign}
""",
)
_t(
    "support",
    "de",
    "Garantiefall {product}",
    """\
Sehr geehrte Damen und Herren,

mein {product} funktioniert seit gestern nicht mehr, die LED blinkt nur noch rot. Das Gerät \
ist [[knapp ein Jahr|etwa acht Monate]] alt und damit noch in der Garantie (Kaufdatum \
{date_past}). Wie läuft die Reklamation ab?

{sign}
""",
)
_t(
    "order_delivery",
    "de",
    "Lieferung Bestellung {order}",
    """\
Guten Tag,

ich habe am {date_past} die Bestellung {order} aufgegeben. Laut Sendungsverfolgung \
({tracking}) liegt das Paket seit Tagen im Verteilzentrum. Können Sie bitte beim Versanddienst \
nachfragen? Ich brauche die Kamera bis spätestens {date_future}.

{sign}
""",
)
_t(
    "return_request",
    "de",
    "Rücksendung / Widerruf Bestellung {order}",
    """\
{greet}

hiermit widerrufe ich den Kauf des {product} aus Bestellung {order}. [[Das Gerät passt leider \
nicht zu unserer Installation.|Die Bildqualität entspricht nicht meinen Erwartungen.|Wir haben \
uns doch für ein anderes System entschieden.]] Bitte senden Sie mir ein Rücksendeetikett und \
erstatten Sie den Betrag von {amount} auf mein Konto.

{sign}
""",
)
_t(
    "invoice_reminder",
    "de",
    "[[Zahlungserinnerung|1. Mahnung|Offene Rechnung]] {invoice}",
    """\
Sehr geehrte Damen und Herren,

sicherlich ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung {invoice} vom \
{date_past} über {amount} noch offen ist. Wir bitten Sie, den Betrag bis zum {date_future} auf \
unser Konto zu überweisen.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als \
gegenstandslos.

{close}
Buchhaltung
{company}
""",
)
_t(
    "address_change",
    "de",
    "Neue Rechnungsanschrift ab {date_future}",
    """\
{greet}

bitte beachten Sie, dass wir umgezogen sind. Ab sofort lautet unsere Rechnungs- und \
Lieferanschrift:

{company}
{street}
{zip} {city}

Bitte passen Sie Ihre Stammdaten für künftige Rechnungen und Lieferungen an. Umsatzsteuer-ID \
und Bankverbindung bleiben unverändert.

{sign_co}
""",
)
_t(
    "price_quote",
    "de",
    "Angebotsanfrage {qty} Stück {product}",
    """\
{greet}

wir sind [[ein Hausverwaltungsunternehmen|ein Elektroinstallationsbetrieb|eine Hotelkette]] und \
möchten mehrere Objekte ausstatten. Bitte senden Sie uns ein Angebot über {qty} Stück \
{product} inkl. Versand nach {city}, Staffelpreisen und Lieferzeit.

{sign_co}
""",
)
_t(
    "job_application",
    "de",
    "Bewerbung als {role}",
    """\
Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) für die \
Stelle als {role}. [[Ich bin ab {date_future} verfügbar.|Derzeit bin ich noch in einem \
ungekündigten Arbeitsverhältnis.|Ich wohne in {city} und bin flexibel.]]

Ich willige ein, dass meine Daten zum Zweck des Bewerbungsverfahrens verarbeitet werden.

{sign}
{phone}
""",
)
_t(
    "dpa_vendor",
    "de",
    "Auftragsverarbeitungsvertrag (AVV) zur Unterschrift",
    """\
{greet}

im Rahmen unserer Zusammenarbeit übersenden wir Ihnen anbei unseren \
Auftragsverarbeitungsvertrag gemäß Art. 28 DSGVO inklusive der technischen und \
organisatorischen Maßnahmen (TOM) und der Liste der Unterauftragsverarbeiter.

Bitte senden Sie uns den Vertrag bis zum {date_future} unterschrieben zurück.

{sign_co}
""",
)
_t(
    "questionnaire",
    "de",
    "Lieferantenbewertung Datenschutz & Informationssicherheit",
    """\
{greet}

im Rahmen unseres jährlichen Lieferantenaudits bitten wir Sie, den beigefügten Fragebogen zu \
Datenschutz und Informationssicherheit bis zum {date_future} auszufüllen. Der Fragebogen \
umfasst u. a. Fragen zu Verschlüsselung, Zugriffskonzept, Löschfristen und zum Umgang mit \
Betroffenenanfragen.

Vielen Dank für Ihre Unterstützung.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "de",
    "[[Betroffenenanfragen automatisieren|DSGVO-Auskunftsersuchen in Minuten beantworten|Ist Ihr Cookie-Banner rechtssicher?]]",
    """\
Hallo,

wie viel Zeit kostet Ihr Team die Bearbeitung von Auskunfts- und Löschersuchen nach DSGVO? Mit \
{company} laufen Betroffenenanfragen automatisiert: Eingangsformular, Identitätsprüfung, \
Fristenüberwachung und revisionssichere Dokumentation.

Darf ich Ihnen in einer 15-minütigen Demo zeigen, wie das funktioniert? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "de",
    "[[Neuigkeiten von {company}|Unser Newsletter im|Das ist neu bei {company} -]] {date_future}",
    """\
Hallo,

[[der Frühling ist da|unser großer Sommer-Sale startet|neue Produkte sind eingetroffen]]! \
Diesen Monat erwarten Sie [[bis zu {pct} % Rabatt|versandkostenfreie Lieferung|ein neues \
Bonusprogramm]] und praktische Tipps rund um Ihr Zuhause.

Mehr erfahren: {url}

--
Sie erhalten diesen Newsletter, weil Sie sich auf {domain} angemeldet haben. Sie können jederzeit \
Auskunft über Ihre gespeicherten Daten verlangen, diese berichtigen oder löschen lassen und den \
Newsletter mit einem Klick abbestellen. Details finden Sie in unserer Datenschutzerklärung.
""",
)
_t(
    "phishing",
    "de",
    "[[Ihr Konto wird gesperrt|Wichtig: Bestätigung Ihrer Daten erforderlich|Postfach-Speicher voll]]",
    """\
Sehr geehrter Kunde,

aufgrund der neuen Datenschutzrichtlinien müssen alle Nutzer ihre Kontodaten bestätigen. \
Wenn Sie Ihre Daten nicht innerhalb von 24 Stunden verifizieren, werden Ihr Konto und alle \
gespeicherten Daten unwiderruflich gelöscht.

Jetzt bestätigen: http://konto-verifizierung-{ticket}.top/login

Ihr Sicherheitsteam
""",
)
_t(
    "law_webinar",
    "de",
    "Einladung zum Webinar: DSGVO-Praxis {year}",
    """\
Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem kostenlosen Webinar am {date_future} um {weekday_hour}:00 Uhr \
ein. Unsere Fachanwälte für IT- und Datenschutzrecht sprechen über:

- Auskunftsersuchen nach Art. 15 DSGVO richtig beantworten
- aktuelle Bußgelder und Rechtsprechung
- Beschäftigtendatenschutz im Homeoffice

Anmeldung: {url}

{company}
""",
)
_t(
    "internal_training",
    "de",
    "Erinnerung: Datenschutzschulung bis {date_future}",
    """\
Hallo zusammen,

kurze Erinnerung: Die jährliche Datenschutzschulung im Lernportal muss bis {date_future} \
abgeschlossen sein. Sie dauert ca. 30 Minuten und behandelt u. a., wie man Anfragen von \
Betroffenen erkennt und weiterleitet.

[[{colleague}, bei dir fehlt sie auch noch :)|Danke an alle, die schon fertig sind!]]

Viele Grüße
{first}
""",
)
_t(
    "autoreply",
    "de",
    "[[Abwesenheitsnotiz|Automatische Antwort|Abwesend]]: [[Ihre Bestellung|Rechnung {invoice}|Angebot]]",
    """\
Vielen Dank für Ihre Nachricht.

Ich bin [[bis einschließlich {date_future} im Urlaub|derzeit auf Dienstreise|bis {date_future} \
nicht im Büro]] und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich \
bitte an {colleague} ({colleague_mail}).

Ihre E-Mail wird nicht weitergeleitet.

{name}
{company}
""",
)
_t(
    "autoreply_quote",
    "de",
    "Abwesenheitsnotiz: AW: Ihre Anfrage zu Ihren personenbezogenen Daten",
    """\
Ich bin bis {date_future} nicht erreichbar und melde mich danach.

-----Ursprüngliche Nachricht-----
Von: Example <info@example.com>
Gesendet: {date_past}
Betreff: AW: Ihre Anfrage zu Ihren personenbezogenen Daten

Guten Tag,

vielen Dank für Ihre Anfrage. Damit wir Ihr Anliegen bearbeiten können, bestätigen Sie bitte \
Ihre Identität, indem Sie von der in Ihrem Konto hinterlegten Adresse antworten.

> [[Bitte löschen Sie mein Konto und alle meine Daten.|Ich bitte um Auskunft über alle zu \
meiner Person gespeicherten Daten nach Art. 15 DSGVO.|Bitte berichtigen Sie meine Adresse.]]
""",
)
_t(
    "bounce",
    "de",
    "Unzustellbar: [[AW: Ihre Bestellung {order}|Ihr Angebot|AW: Auskunft nach Art. 15 DSGVO]]",
    """\
Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

{first_a}.{last_a}@{domain}
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des \
Empfängers, und versuchen Sie erneut, die Nachricht zu senden.

Diagnoseinformationen für Administratoren:
Remoteserver hat '550 5.1.1 User unknown' zurückgegeben

Ursprüngliche Nachrichtenkopfzeilen:
From: info@example.com
Date: {date_past}
""",
)
_t(
    "spam_lottery",
    "de",
    "[[Herzlichen Glückwunsch, Sie haben gewonnen!|Gewinnbenachrichtigung|Ihr Gutschein wartet]]",
    """\
Sehr geehrter Gewinner,

Ihre E-Mail-Adresse wurde bei unserer internationalen Verlosung am {date_past} gezogen. Sie \
haben {amount2} gewonnen! Um Ihren Gewinn zu erhalten, senden Sie uns bitte Ihren vollständigen \
Namen, Ihre Anschrift und eine Kopie Ihres Ausweises.

Aktenzeichen: GW-{ticket}

Gewinnabteilung
""",
)


# --------------------------------------------------------------------------------------------
# French templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "fr",
    "Proposition de partenariat - {company}",
    """\
{greet}

Je me permets de vous contacter au nom de {company}. Nous [[distribuons des objets connectés \
auprès de 200 magasins en France|gérons une place de marché dédiée à la maison connectée|\
accompagnons des marques hardware sur le marché belge]] et votre {product} correspondrait \
parfaitement à notre clientèle.

Seriez-vous disponible pour un échange de 20 minutes la semaine prochaine ?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "fr",
    "[[Votre site perd des visiteurs|Audit SEO gratuit pour example.com|Première page Google en 30 jours]]",
    """\
Bonjour,

En analysant example.com, j'ai relevé plusieurs points techniques qui freinent votre \
référencement naturel : temps de chargement sur mobile, balises manquantes et liens cassés.

Nous pouvons corriger cela rapidement. Nos clients gagnent en moyenne {pct} % de trafic \
organique. Puis-je vous envoyer un audit gratuit ?

{sign_co}
""",
)
_t(
    "support",
    "fr",
    "[[Problème avec mon {product}|{product} hors ligne|Question sur l'installation]]",
    """\
Bonjour,

J'ai acheté un {product} [[il y a trois semaines|le mois dernier|récemment]] et \
[[il ne se connecte pas à ma box|l'application l'affiche hors ligne toutes les nuits|la vision \
nocturne ne fonctionne plus]]. J'ai déjà essayé de le réinitialiser.

Pouvez-vous m'aider ? Numéro de commande : {order}

{sign}
""",
)
_t(
    "order_delivery",
    "fr",
    "Commande {order} toujours pas livrée",
    """\
Bonjour,

J'ai passé la commande {order} le {date_past} et le suivi ({tracking}) n'évolue plus depuis \
une semaine. Pourriez-vous vérifier auprès du transporteur ? J'en ai besoin avant le \
{date_future}.

{sign}
""",
)
_t(
    "return_request",
    "fr",
    "Demande de retour - commande {order}",
    """\
{greet}

Je souhaite retourner le {product} de la commande {order}. [[Il ne convient pas à notre \
installation.|La couleur ne correspond pas à la photo.|Le boîtier est arrivé fissuré.]] \
Merci de m'envoyer une étiquette de retour et de m'indiquer le délai de remboursement de \
{amount}.

{sign}
""",
)
_t(
    "invoice_reminder",
    "fr",
    "[[Relance|Rappel de paiement|Facture impayée]] : facture {invoice}",
    """\
Madame, Monsieur,

Sauf erreur de notre part, la facture {invoice} du {date_past} d'un montant de {amount} reste \
impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement avant le \
{date_future}.

Si le paiement a déjà été effectué, merci de ne pas tenir compte de ce message.

{close}
Service comptabilité
{company}
""",
)
_t(
    "address_change",
    "fr",
    "Changement d'adresse de facturation",
    """\
{greet}

Nous vous informons que notre société a déménagé. À compter du {date_future}, merci d'adresser \
vos factures à :

{company}
{street}
{zip} {city}

Notre numéro de TVA reste inchangé. Merci de mettre à jour votre fichier fournisseurs.

{sign_co}
""",
)
_t(
    "price_quote",
    "fr",
    "Demande de devis : {qty} {product}",
    """\
{greet}

Nous sommes [[un syndic de copropriété|un installateur de systèmes de sécurité|une chaîne \
d'hôtels]] et souhaitons équiper plusieurs sites. Pourriez-vous nous faire parvenir un devis \
pour {qty} unités de {product}, livraison à {city} incluse, ainsi que vos délais ?

{sign_co}
""",
)
_t(
    "job_application",
    "fr",
    "Candidature au poste de {role}",
    """\
Madame, Monsieur,

Vous trouverez ci-joint mon CV et ma lettre de motivation pour le poste de {role}. \
[[Je suis disponible à partir du {date_future}.|Je réside à {city} et suis mobile.]]

J'accepte que mes données personnelles soient traitées dans le cadre de ce recrutement.

{sign}
{phone}
""",
)
_t(
    "dpa_vendor",
    "fr",
    "Accord de traitement des données (DPA) à signer",
    """\
{greet}

Dans le cadre de notre collaboration, vous trouverez ci-joint notre accord de sous-traitance \
(article 28 du RGPD), accompagné des clauses contractuelles types et de la liste de nos \
sous-traitants ultérieurs.

Merci de nous le retourner signé avant le {date_future}.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "fr",
    "[[Automatisez vos demandes d'accès RGPD|Gestion du consentement simplifiée|Conformité RGPD en 30 jours]]",
    """\
Bonjour,

Combien de temps votre équipe consacre-t-elle aux demandes d'accès et de suppression des \
données ? {company} automatise tout le processus : formulaire, vérification d'identité, suivi \
des délais et registre des traitements.

Puis-je vous proposer une démo de 15 minutes ? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "fr",
    "[[Les nouveautés de {company}|Votre newsletter du|Ce mois-ci chez {company} :]] {date_future}",
    """\
Bonjour,

[[Les soldes commencent|Nos nouveautés sont arrivées|Le printemps est là]] ! Ce mois-ci, \
profitez de [[jusqu'à {pct} % de réduction|la livraison offerte|notre nouveau programme \
fidélité]].

Découvrir : {url}

--
Vous recevez cet e-mail car vous êtes inscrit sur {domain}. Conformément au RGPD, vous pouvez \
à tout moment accéder à vos données, les rectifier ou les supprimer, et vous désinscrire en un \
clic. Consultez notre politique de confidentialité.
""",
)
_t(
    "phishing",
    "fr",
    "[[Action requise : vérifiez votre compte|Votre messagerie sera suspendue|Dernier avis avant suppression]]",
    """\
Cher utilisateur,

Suite à une mise à jour de notre politique de confidentialité, votre compte doit être vérifié. \
Sans action de votre part sous 24 heures, toutes vos données seront définitivement supprimées.

Vérifier maintenant : http://verif-compte-{ticket}.xyz/connexion

Le service sécurité
""",
)
_t(
    "law_webinar",
    "fr",
    "Invitation : webinaire RGPD du {date_future}",
    """\
Madame, Monsieur,

Le cabinet {company} a le plaisir de vous convier à son webinaire gratuit le {date_future} à \
{weekday_hour}h. Au programme : répondre aux demandes d'accès dans les délais, les dernières \
sanctions et les transferts hors UE.

Inscription : {url}

{company}
""",
)
_t(
    "autoreply",
    "fr",
    "Réponse automatique : [[Votre commande|Facture {invoice}|Devis]]",
    """\
Bonjour,

Je suis absent(e) [[jusqu'au {date_future} inclus|cette semaine|pour congés]] et je n'ai pas \
accès à ma messagerie. Pour toute urgence, merci de contacter {colleague} ({colleague_mail}).

Cordialement,
{name}
""",
)
_t(
    "autoreply_quote",
    "fr",
    "Réponse automatique : RE: Votre demande concernant vos données personnelles",
    """\
Je suis en congés jusqu'au {date_future}. Je vous répondrai à mon retour.

De : Example <info@example.com>
Envoyé : {date_past}
Objet : RE: Votre demande concernant vos données personnelles

Bonjour,
Nous avons bien reçu votre demande. Afin de la traiter, merci de confirmer votre identité.

> [[Je souhaite obtenir une copie de toutes les données me concernant.|Merci de supprimer mon \
compte et toutes mes données.]]
""",
)
_t(
    "bounce",
    "fr",
    "Non remis : [[RE: Votre commande {order}|Votre devis|RE: Suppression de vos données]]",
    """\
Votre message n'a pas pu être remis aux destinataires suivants :

{first_a}.{last_a}@{domain}
L'adresse e-mail saisie est introuvable. Vérifiez l'adresse du destinataire et renvoyez le \
message.

Informations de diagnostic pour les administrateurs :
Le serveur distant a retourné '550 5.1.1 Recipient address rejected: User unknown'
""",
)
_t(
    "spam_crypto",
    "fr",
    "[[Gagnez 3 % par jour avec notre robot IA|Opportunité Bitcoin à saisir]]",
    """\
Bonjour,

Notre robot de trading a généré {pct} % de rendement le mois dernier. Commencez avec seulement \
{amount} et percevez des revenus passifs chaque jour. Aucune expérience requise !

Je commence : {url}
""",
)

# --------------------------------------------------------------------------------------------
# Spanish templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "es",
    "Propuesta de colaboración - {company}",
    """\
{greet}

Le escribo desde {company}. [[Distribuimos productos de hogar inteligente en más de 150 \
tiendas|Gestionamos un marketplace de electrónica de consumo|Representamos marcas tecnológicas \
en España y Portugal]] y creemos que su {product} encajaría muy bien en nuestro catálogo.

¿Tendría 20 minutos la próxima semana para una llamada?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "es",
    "[[Su web no aparece en Google|Auditoría SEO gratuita|Más clientes desde su web]]",
    """\
Hola,

He revisado example.com y he detectado varios problemas que afectan a su posicionamiento: \
velocidad de carga, enlaces rotos y falta de contenido optimizado. Nuestros clientes aumentan su \
tráfico orgánico un {pct} % en tres meses.

¿Le envío un informe gratuito?

{sign_co}
""",
)
_t(
    "support",
    "es",
    "[[Problema con mi {product}|El {product} no se conecta|Consulta técnica]]",
    """\
Hola,

Compré un {product} [[hace dos semanas|el mes pasado|hace poco]] y [[no consigo conectarlo al \
wifi|la aplicación lo muestra desconectado por las noches|la visión nocturna no funciona]]. Ya \
lo he restablecido varias veces.

¿Me pueden ayudar? Número de pedido: {order}

{sign}
""",
)
_t(
    "order_delivery",
    "es",
    "Pedido {order} sin entregar",
    """\
Buenos días,

Hice el pedido {order} el {date_past} y el seguimiento ({tracking}) lleva una semana sin \
moverse. ¿Podrían consultar con la empresa de transporte? Lo necesito antes del {date_future}.

{sign}
""",
)
_t(
    "return_request",
    "es",
    "Devolución del pedido {order}",
    """\
{greet}

Quiero devolver el {product} del pedido {order}. [[No es compatible con nuestra instalación.|\
Llegó con la carcasa rota.|Hemos optado por otro sistema.]] Por favor, envíenme la etiqueta de \
devolución y díganme cuándo recibiré el reembolso de {amount}.

{sign}
""",
)
_t(
    "invoice_reminder",
    "es",
    "[[Recordatorio de pago|Factura vencida|Segundo aviso]]: {invoice}",
    """\
Estimado cliente:

Le recordamos que la factura {invoice} con fecha {date_past} por importe de {amount} se \
encuentra pendiente de pago. Le rogamos que realice la transferencia antes del {date_future}.

Si ya ha efectuado el pago, haga caso omiso de este mensaje.

{close}
Departamento de administración
{company}
""",
)
_t(
    "address_change",
    "es",
    "Cambio de dirección fiscal",
    """\
{greet}

Les informamos de que hemos trasladado nuestras oficinas. A partir del {date_future}, les \
rogamos que envíen las facturas a:

{company}
{street}
{zip} {city}

El CIF y los datos bancarios no cambian. Gracias por actualizar su ficha de proveedor.

{sign_co}
""",
)
_t(
    "price_quote",
    "es",
    "Solicitud de presupuesto: {qty} unidades de {product}",
    """\
{greet}

Somos [[una empresa de administración de fincas|un instalador de seguridad|una cadena \
hotelera]] y queremos equipar varios edificios. ¿Podrían enviarnos un presupuesto para {qty} \
unidades de {product}, con envío a {city} y plazo de entrega?

{sign_co}
""",
)
_t(
    "job_application",
    "es",
    "Candidatura: {role}",
    """\
Estimados señores:

Les adjunto mi currículum para el puesto de {role}. [[Tengo tres años de experiencia en un \
puesto similar.|Estoy disponible de inmediato.|Vivo en {city}.]]

Doy mi consentimiento para el tratamiento de mis datos personales en este proceso de \
selección.

{sign}
{phone}
""",
)
_t(
    "dpa_vendor",
    "es",
    "Contrato de encargado del tratamiento para firma",
    """\
{greet}

Adjuntamos el contrato de encargado del tratamiento conforme al artículo 28 del RGPD, junto con \
las cláusulas contractuales tipo y la lista de subencargados. Les agradeceríamos que nos lo \
devolvieran firmado antes del {date_future}.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "es",
    "[[Automatice las solicitudes de derechos RGPD|Gestione el consentimiento sin esfuerzo]]",
    """\
Hola,

¿Cuánto tiempo dedica su equipo a responder solicitudes de acceso y supresión de datos? \
{company} automatiza todo el flujo: formulario, verificación de identidad, control de plazos y \
registro de actividades.

¿Le muestro una demo de 15 minutos? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "es",
    "[[Novedades de {company}|Tu boletín de|Este mes en {company}:]] {date_future}",
    """\
Hola,

¡[[Empiezan las rebajas|Llegan las novedades|Ya es primavera]]! Este mes te ofrecemos \
[[hasta un {pct} % de descuento|envío gratis|nuestro nuevo programa de puntos]].

Descúbrelo: {url}

--
Recibes este correo porque te registraste en {domain}. Puedes acceder a tus datos, \
rectificarlos o suprimirlos en cualquier momento, y darte de baja con un solo clic. Consulta \
nuestra política de privacidad.
""",
)
_t(
    "phishing",
    "es",
    "[[Su cuenta será eliminada en 24 horas|Verificación obligatoria de datos]]",
    """\
Estimado usuario:

Debido a la nueva normativa de protección de datos, debe verificar su cuenta. Si no lo hace en \
24 horas, su cuenta y todos sus datos serán eliminados de forma permanente.

Verificar ahora: http://verificacion-cuenta-{ticket}.top/acceso

Equipo de seguridad
""",
)
_t(
    "event_invite",
    "es",
    "Invitación: [[Feria Hogar Conectado|Foro Retail Tech]] {year}",
    """\
Estimado socio:

Nos complace invitarle a [[Feria Hogar Conectado|Foro Retail Tech]] {year}, que se celebrará \
el {date_future} en {city}. Más de 1.500 profesionales, charlas y demostraciones.

Inscripción gratuita: {url}

El equipo de {company}
""",
)
_t(
    "autoreply",
    "es",
    "Respuesta automática: [[Su pedido|Factura {invoice}|Presupuesto]]",
    """\
Gracias por su mensaje. Estaré fuera de la oficina [[hasta el {date_future}|de vacaciones|esta \
semana]] con acceso limitado al correo. Para asuntos urgentes, contacte con {colleague} \
({colleague_mail}).

{name}
""",
)
_t(
    "autoreply_quote",
    "es",
    "Respuesta automática: RE: Su solicitud sobre sus datos personales",
    """\
Estoy de vacaciones hasta el {date_future}. Responderé a mi vuelta.

De: Example <info@example.com>
Enviado: {date_past}
Asunto: RE: Su solicitud sobre sus datos personales

Hemos recibido su solicitud. Para tramitarla necesitamos verificar su identidad.

> [[Solicito una copia de todos mis datos personales.|Quiero que borren mi cuenta y todos mis \
datos.]]
""",
)
_t(
    "bounce",
    "es",
    "No se puede entregar: [[RE: Su pedido {order}|Presupuesto|RE: Su solicitud de acceso]]",
    """\
No se pudo entregar el mensaje a estos destinatarios o grupos:

{first_a}.{last_a}@{domain}
No se encontró la dirección de correo electrónico. Compruebe la dirección del destinatario e \
intente enviar el mensaje de nuevo.

Información de diagnóstico para administradores:
El servidor remoto devolvió '550 5.1.1 User unknown'
""",
)
_t(
    "spam_pharma",
    "es",
    "[[Farmacia online - 70 % de descuento|Sin receta médica|Pastillas al mejor precio]]",
    """\
¡La mejor farmacia online! Envío discreto a todo el mundo.

- Analgésicos desde {amount}
- Pastillas para adelgazar - oferta especial

Visite {url}

Para darse de baja, responda BAJA.
""",
)


# --------------------------------------------------------------------------------------------
# Italian templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "it",
    "Proposta di collaborazione - {company}",
    """\
{greet}

vi scrivo per conto di {company}. [[Distribuiamo prodotti per la casa intelligente in oltre \
200 negozi|Gestiamo un marketplace di elettronica di consumo|Rappresentiamo marchi tecnologici \
nel Nord Italia]] e il vostro {product} sarebbe perfetto per i nostri clienti.

Avreste tempo per una breve chiamata la prossima settimana?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "it",
    "[[Il vostro sito non compare su Google|Analisi SEO gratuita|Più clienti dal vostro sito]]",
    """\
Salve,

analizzando example.com abbiamo notato alcuni problemi tecnici che penalizzano il \
posizionamento: velocità su mobile, link interrotti e meta tag mancanti. I nostri clienti \
ottengono in media il {pct}% di traffico in più.

Posso inviarvi un report gratuito?

{sign_co}
""",
)
_t(
    "support",
    "it",
    "[[Problema con {product}|{product} non si connette|Richiesta assistenza]]",
    """\
Buongiorno,

ho acquistato un {product} [[due settimane fa|il mese scorso|da poco]] ma [[non riesce a \
collegarsi al wifi|l'app lo segnala offline ogni notte|la visione notturna non funziona]]. Ho già \
provato il reset.

Potete aiutarmi? Numero d'ordine: {order}

{sign}
""",
)
_t(
    "order_delivery",
    "it",
    "Ordine {order} non ancora consegnato",
    """\
Buongiorno,

ho effettuato l'ordine {order} il {date_past} e il tracciamento ({tracking}) è fermo da una \
settimana. Potreste verificare con il corriere? Mi serve entro il {date_future}.

{sign}
""",
)
_t(
    "return_request",
    "it",
    "Reso ordine {order}",
    """\
{greet}

vorrei restituire il {product} dell'ordine {order}. [[Non è compatibile con il nostro impianto.|\
È arrivato con la scocca danneggiata.|Abbiamo scelto un altro sistema.]] Potete inviarmi \
l'etichetta per il reso e indicarmi i tempi del rimborso di {amount}?

{sign}
""",
)
_t(
    "invoice_reminder",
    "it",
    "[[Sollecito di pagamento|Fattura scaduta|Promemoria]]: {invoice}",
    """\
Gentile cliente,

risulta ancora da saldare la fattura {invoice} del {date_past} di {amount}. Vi preghiamo di \
provvedere al pagamento entro il {date_future}.

Se il pagamento è già stato effettuato, vi preghiamo di ignorare questo messaggio.

{close}
Ufficio amministrazione
{company}
""",
)
_t(
    "address_change",
    "it",
    "Variazione sede legale e indirizzo di fatturazione",
    """\
{greet}

vi comunichiamo che dal {date_future} la nostra sede si trasferisce in:

{company}
{street}
{zip} {city}

Partita IVA e coordinate bancarie restano invariate. Vi preghiamo di aggiornare la vostra \
anagrafica fornitori.

{sign_co}
""",
)
_t(
    "price_quote",
    "it",
    "Richiesta preventivo {qty} pz {product}",
    """\
{greet}

siamo [[un'impresa di installazione impianti|un amministratore di condomini|una catena di \
hotel]] e vorremmo un preventivo per {qty} pezzi di {product}, spedizione a {city} inclusa, con \
tempi di consegna.

{sign_co}
""",
)
_t(
    "job_application",
    "it",
    "Candidatura spontanea - {role}",
    """\
Gentili Signori,

vi invio in allegato il mio curriculum per la posizione di {role}. [[Sono disponibile da \
subito.|Vivo a {city}.|Ho due anni di esperienza nel settore.]]

Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679 ai fini \
della selezione.

{sign}
{phone}
""",
)
_t(
    "dpa_vendor",
    "it",
    "Nomina a responsabile del trattamento - da firmare",
    """\
{greet}

in allegato trovate l'accordo per il trattamento dei dati ai sensi dell'art. 28 GDPR, con \
l'elenco dei sub-responsabili e le misure di sicurezza. Vi chiediamo di restituirlo firmato \
entro il {date_future}.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "it",
    "[[Automatizzate le richieste GDPR degli interessati|Gestione del consenso semplice]]",
    """\
Buongiorno,

quanto tempo dedica il vostro team alle richieste di accesso e cancellazione dei dati? \
{company} automatizza tutto: modulo di richiesta, verifica dell'identità, scadenze e registro \
dei trattamenti.

Vi mostro una demo di 15 minuti? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "it",
    "[[Le novità di {company}|La tua newsletter del|Questo mese da {company}:]] {date_future}",
    """\
Ciao,

[[Sono iniziati i saldi|Sono arrivate le novità|È arrivata la primavera]]! Questo mese \
[[sconti fino al {pct}%|spedizione gratuita|il nuovo programma fedeltà]].

Scopri di più: {url}

--
Ricevi questa email perché sei iscritto a {domain}. Puoi accedere ai tuoi dati, rettificarli o \
cancellarli in qualsiasi momento e annullare l'iscrizione con un clic. Leggi l'informativa \
privacy.
""",
)
_t(
    "phishing",
    "it",
    "[[Il tuo account verrà disattivato|Verifica obbligatoria dei dati]]",
    """\
Gentile utente,

a causa dell'aggiornamento delle norme sulla privacy, è necessario verificare il proprio \
account. In assenza di verifica entro 24 ore, tutti i dati verranno eliminati definitivamente.

Verifica ora: http://verifica-account-{ticket}.xyz/login

Servizio sicurezza
""",
)
_t(
    "internal_training",
    "it",
    "Promemoria: corso privacy entro il {date_future}",
    """\
Ciao a tutti,

vi ricordo che il corso annuale sulla protezione dei dati va completato entro il \
{date_future}. Dura circa mezz'ora e spiega come riconoscere e inoltrare le richieste degli \
interessati.

Grazie,
{first}
""",
)
_t(
    "autoreply",
    "it",
    "Risposta automatica: [[Il vostro ordine|Fattura {invoice}|Preventivo]]",
    """\
Grazie per il messaggio. Sarò fuori ufficio [[fino al {date_future}|per ferie|questa \
settimana]]. Per urgenze contattare {colleague} ({colleague_mail}).

{name}
""",
)
_t(
    "autoreply_quote",
    "it",
    "Risposta automatica: R: La sua richiesta sui dati personali",
    """\
Sono in ferie fino al {date_future}, risponderò al mio rientro.

Da: Example <info@example.com>
Inviato: {date_past}
Oggetto: R: La sua richiesta sui dati personali

Abbiamo ricevuto la sua richiesta. Per procedere dobbiamo verificare la sua identità.

> [[Vorrei ricevere copia di tutti i dati che avete su di me.|Vi chiedo di cancellare il mio \
account e i miei dati.]]
""",
)
_t(
    "bounce",
    "it",
    "Non recapitabile: [[R: Ordine {order}|Preventivo|R: Richiesta di cancellazione dati]]",
    """\
Impossibile recapitare il messaggio ai destinatari seguenti:

{first_a}.{last_a}@{domain}
Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo e inviare \
di nuovo il messaggio.

Informazioni di diagnostica per gli amministratori:
Il server remoto ha restituito '550 5.1.1 User unknown'
""",
)
_t(
    "spam_lottery",
    "it",
    "[[Congratulazioni, hai vinto!|Notifica di vincita]]",
    """\
Gentile vincitore,

il suo indirizzo email è stato estratto nella nostra lotteria internazionale del {date_past}. \
Ha vinto {amount2}! Per riscuotere il premio invii nome, indirizzo e copia di un documento.

Codice pratica: VIN-{ticket}
""",
)

# --------------------------------------------------------------------------------------------
# Dutch templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "nl",
    "Samenwerkingsvoorstel {company}",
    """\
{greet}

Ik neem contact op namens {company}. Wij [[leveren smart-home-accessoires aan ruim 120 winkels \
in de Benelux|hebben een webshop voor slimme beveiliging|zijn distributeur van consumentenelektronica]] \
en denken dat uw {product} goed bij ons assortiment past.

Heeft u volgende week tijd voor een kort gesprek?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "nl",
    "[[Uw website scoort slecht in Google|Gratis SEO-scan voor example.com]]",
    """\
Goedemiddag,

Bij een analyse van example.com zagen we een aantal technische punten die uw vindbaarheid \
beperken. Onze klanten krijgen gemiddeld {pct}% meer organisch verkeer.

Mag ik u vrijblijvend het rapport sturen?

{sign_co}
""",
)
_t(
    "support",
    "nl",
    "[[Probleem met {product}|{product} maakt geen verbinding|Vraag over installatie]]",
    """\
Hallo,

Ik heb [[twee weken geleden|vorige maand|onlangs]] een {product} gekocht, maar [[hij maakt \
geen verbinding met mijn wifi|de app geeft 's nachts steeds offline aan|het nachtzicht werkt \
niet]]. Resetten heb ik al geprobeerd.

Kunnen jullie helpen? Bestelnummer: {order}

{sign}
""",
)
_t(
    "order_delivery",
    "nl",
    "Bestelling {order} nog niet ontvangen",
    """\
Goedemorgen,

Op {date_past} heb ik bestelling {order} geplaatst, maar de track & trace ({tracking}) staat al \
een week stil. Kunnen jullie navragen bij de vervoerder? Ik heb hem voor {date_future} nodig.

{sign}
""",
)
_t(
    "return_request",
    "nl",
    "Retour bestelling {order}",
    """\
{greet}

Ik wil de {product} van bestelling {order} retourneren. [[Hij past niet bij onze installatie.|\
De behuizing was bij aankomst gebarsten.|We kiezen toch voor een ander systeem.]] Kunnen jullie \
een retourlabel sturen en laten weten wanneer ik {amount} terugkrijg?

{sign}
""",
)
_t(
    "invoice_reminder",
    "nl",
    "[[Betalingsherinnering|Openstaande factuur|Tweede herinnering]] {invoice}",
    """\
Geachte klant,

Volgens onze administratie staat factuur {invoice} van {date_past} ter waarde van {amount} nog \
open. Wij verzoeken u het bedrag vóór {date_future} over te maken.

Heeft u al betaald, dan kunt u dit bericht als niet verzonden beschouwen.

{close}
Debiteurenadministratie
{company}
""",
)
_t(
    "address_change",
    "nl",
    "Nieuw factuuradres per {date_future}",
    """\
{greet}

Wij zijn verhuisd. Graag ontvangen wij facturen vanaf {date_future} op ons nieuwe adres:

{company}
{street}
{zip} {city}

Btw-nummer en bankgegevens blijven gelijk. Wilt u uw leveranciersgegevens aanpassen?

{sign_co}
""",
)
_t(
    "price_quote",
    "nl",
    "Offerteaanvraag {qty} x {product}",
    """\
{greet}

Wij zijn [[een vastgoedbeheerder|een installatiebedrijf|een hotelketen]] en willen meerdere \
locaties uitrusten. Kunt u een offerte sturen voor {qty} stuks {product}, inclusief verzending \
naar {city} en levertijd?

{sign_co}
""",
)
_t(
    "job_application",
    "nl",
    "Sollicitatie {role}",
    """\
Geachte heer/mevrouw,

Hierbij solliciteer ik naar de functie van {role}. Mijn cv en motivatiebrief zitten in de \
bijlage. [[Ik ben per direct beschikbaar.|Ik woon in {city}.]]

Ik geef toestemming voor het verwerken van mijn persoonsgegevens voor deze sollicitatie.

{sign}
""",
)
_t(
    "dpa_vendor",
    "nl",
    "Verwerkersovereenkomst ter ondertekening",
    """\
{greet}

In de bijlage vindt u onze verwerkersovereenkomst op grond van artikel 28 AVG, met de lijst van \
subverwerkers en de beveiligingsmaatregelen. Wilt u deze vóór {date_future} ondertekend \
retourneren?

{sign_co}
""",
)
_t(
    "questionnaire",
    "nl",
    "Vragenlijst leveranciersbeoordeling AVG",
    """\
{greet}

Als onderdeel van onze jaarlijkse leveranciersbeoordeling vragen wij u de bijgevoegde \
vragenlijst over informatiebeveiliging en privacy in te vullen vóór {date_future}. Onder meer \
vragen over versleuteling, bewaartermijnen en de afhandeling van inzageverzoeken.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "nl",
    "[[Automatiseer uw AVG-verzoeken|Privacyverzoeken binnen de termijn afhandelen]]",
    """\
Hallo,

Hoeveel tijd kost het uw team om inzage- en verwijderverzoeken af te handelen? {company} \
automatiseert het hele proces, van formulier tot identiteitscontrole en termijnbewaking.

Zullen we een demo van een kwartier plannen? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "nl",
    "[[Nieuws van {company}|Je nieuwsbrief van|Deze maand bij {company}:]] {date_future}",
    """\
Hoi,

[[De uitverkoop is begonnen|Nieuwe producten zijn binnen|Het voorjaar is begonnen]]! Deze \
maand [[tot {pct}% korting|gratis verzending|ons nieuwe spaarprogramma]].

Bekijk het: {url}

--
Je ontvangt deze e-mail omdat je je hebt aangemeld op {domain}. Je kunt je gegevens altijd \
inzien, corrigeren of laten verwijderen en je met één klik afmelden. Lees onze privacyverklaring.
""",
)
_t(
    "phishing",
    "nl",
    "[[Uw account wordt binnen 24 uur verwijderd|Verificatie vereist]]",
    """\
Beste gebruiker,

Vanwege nieuwe privacyregels moet u uw account bevestigen. Doet u dit niet binnen 24 uur, dan \
worden uw account en al uw gegevens definitief verwijderd.

Nu bevestigen: http://account-check-{ticket}.top/inloggen

Beveiligingsteam
""",
)
_t(
    "autoreply",
    "nl",
    "Automatisch antwoord: [[Uw bestelling|Factuur {invoice}|Offerte]]",
    """\
Bedankt voor je bericht. Ik ben [[tot en met {date_future} afwezig|op vakantie|deze week op \
een beurs]]. Voor dringende zaken kun je terecht bij {colleague} ({colleague_mail}).

{name}
""",
)
_t(
    "autoreply_quote",
    "nl",
    "Automatisch antwoord: RE: Uw verzoek over uw persoonsgegevens",
    """\
Ik ben afwezig tot {date_future} en reageer daarna.

Van: Example <info@example.com>
Verzonden: {date_past}
Onderwerp: RE: Uw verzoek over uw persoonsgegevens

We hebben uw verzoek ontvangen. Om het te behandelen moeten we eerst uw identiteit controleren.

> [[Graag ontvang ik een kopie van alle gegevens die u over mij heeft.|Verwijder alstublieft \
mijn account en al mijn gegevens.]]
""",
)
_t(
    "bounce",
    "nl",
    "Onbestelbaar: [[RE: Bestelling {order}|Offerte|RE: Inzageverzoek]]",
    """\
Bezorging is mislukt voor deze geadresseerden of groepen:

{first_a}.{last_a}@{domain}
Het opgegeven e-mailadres is niet gevonden. Controleer het e-mailadres van de geadresseerde en \
probeer het bericht opnieuw te verzenden.

Diagnostische gegevens voor beheerders:
Externe server retourneerde '550 5.1.1 User unknown'
""",
)
_t(
    "spam_crypto",
    "nl",
    "[[Verdien dagelijks met AI-trading|Bitcoin-kans: mis het niet]]",
    """\
Hallo,

Onze tradingbot behaalde vorige maand {pct}% rendement. Begin met {amount} en verdien elke dag \
passief inkomen. Geen ervaring nodig!

Start nu: {url}
""",
)


# --------------------------------------------------------------------------------------------
# Portuguese templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "pt",
    "Proposta de parceria - {company}",
    """\
{greet}

Escrevo em nome da {company}. [[Distribuímos produtos de casa inteligente em mais de 100 lojas|\
Temos um marketplace de eletrónica de consumo|Representamos marcas de tecnologia em Portugal e \
no Brasil]] e o vosso {product} encaixaria muito bem no nosso catálogo.

Teriam disponibilidade para uma chamada curta na próxima semana?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "pt",
    "[[O seu site não aparece no Google|Auditoria SEO gratuita para example.com]]",
    """\
Olá,

Analisámos example.com e encontrámos vários problemas técnicos que prejudicam o seu \
posicionamento. Os nossos clientes aumentam o tráfego orgânico em média {pct}%.

Posso enviar-lhe o relatório gratuito?

{sign_co}
""",
)
_t(
    "support",
    "pt",
    "[[Problema com o {product}|O {product} não liga|Pedido de assistência]]",
    """\
Olá,

Comprei um {product} [[há duas semanas|no mês passado|recentemente]] e [[não consigo ligá-lo \
ao wifi|a aplicação mostra-o offline todas as noites|a visão noturna não funciona]]. Já fiz o \
reset.

Podem ajudar-me? Número da encomenda: {order}

{sign}
""",
)
_t(
    "order_delivery",
    "pt",
    "Encomenda {order} ainda não chegou",
    """\
Bom dia,

Fiz a encomenda {order} no dia {date_past} e o seguimento ({tracking}) está parado há uma \
semana. Podem verificar com a transportadora? Preciso dela antes de {date_future}.

{sign}
""",
)
_t(
    "return_request",
    "pt",
    "Devolução da encomenda {order}",
    """\
{greet}

Gostaria de devolver o {product} da encomenda {order}. [[Não é compatível com a nossa \
instalação.|Chegou com a caixa partida.|Optámos por outro sistema.]] Podem enviar-me a etiqueta \
de devolução e dizer quando recebo o reembolso de {amount}?

{sign}
""",
)
_t(
    "invoice_reminder",
    "pt",
    "[[Lembrete de pagamento|Fatura vencida|Segundo aviso]]: {invoice}",
    """\
Caro cliente,

Verificamos que a fatura {invoice} de {date_past}, no valor de {amount}, ainda se encontra por \
pagar. Solicitamos que efetue o pagamento até {date_future}.

Caso já tenha efetuado o pagamento, por favor ignore esta mensagem.

{close}
Departamento financeiro
{company}
""",
)
_t(
    "address_change",
    "pt",
    "Alteração de morada para faturação",
    """\
{greet}

Informamos que mudámos de instalações. A partir de {date_future}, as faturas devem ser enviadas \
para:

{company}
{street}
{zip} {city}

O NIF e os dados bancários mantêm-se. Agradecemos a atualização da vossa ficha de fornecedor.

{sign_co}
""",
)
_t(
    "price_quote",
    "pt",
    "Pedido de orçamento: {qty} unidades {product}",
    """\
{greet}

Somos [[uma empresa de gestão de condomínios|um instalador de sistemas de segurança|uma cadeia \
de hotéis]] e gostaríamos de receber um orçamento para {qty} unidades de {product}, com envio \
para {city} e prazo de entrega.

{sign_co}
""",
)
_t(
    "job_application",
    "pt",
    "Candidatura espontânea - {role}",
    """\
Exmos. Senhores,

Envio em anexo o meu CV para a função de {role}. [[Tenho disponibilidade imediata.|Resido em \
{city}.]]

Autorizo o tratamento dos meus dados pessoais para efeitos deste processo de recrutamento.

{sign}
{phone}
""",
)
_t(
    "dpa_vendor",
    "pt",
    "Acordo de tratamento de dados para assinatura",
    """\
{greet}

Segue em anexo o acordo de subcontratação nos termos do artigo 28.º do RGPD, com a lista de \
subcontratantes ulteriores e as medidas de segurança. Pedimos que o devolvam assinado até \
{date_future}.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "pt",
    "[[Automatize os pedidos de titulares RGPD/LGPD|Gestão de consentimento sem complicações]]",
    """\
Olá,

Quanto tempo a sua equipa gasta a responder a pedidos de acesso e eliminação de dados? A \
{company} automatiza todo o processo: formulário, verificação de identidade, prazos e registo.

Posso mostrar-lhe uma demonstração de 15 minutos? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "pt",
    "[[Novidades da {company}|A sua newsletter de|Este mês na {company}:]] {date_future}",
    """\
Olá,

[[Começaram os saldos|Chegaram as novidades|A primavera chegou]]! Este mês temos [[até {pct}% \
de desconto|portes grátis|o novo programa de pontos]].

Saiba mais: {url}

--
Recebe este email porque se registou em {domain}. Pode aceder, retificar ou apagar os seus \
dados a qualquer momento e cancelar a subscrição com um clique. Consulte a nossa política de \
privacidade.
""",
)
_t(
    "phishing",
    "pt",
    "[[A sua conta será eliminada em 24 horas|Verificação obrigatória]]",
    """\
Caro utilizador,

Devido à nova política de proteção de dados, tem de verificar a sua conta. Se não o fizer em \
24 horas, a sua conta e todos os dados serão eliminados definitivamente.

Verificar agora: http://verificar-conta-{ticket}.top/entrar

Equipa de segurança
""",
)
_t(
    "autoreply",
    "pt",
    "Resposta automática: [[A sua encomenda|Fatura {invoice}|Orçamento]]",
    """\
Obrigado pela sua mensagem. Estou fora do escritório [[até {date_future}|de férias|esta \
semana]]. Para assuntos urgentes, contacte {colleague} ({colleague_mail}).

{name}
""",
)
_t(
    "autoreply_quote",
    "pt",
    "Resposta automática: RE: O seu pedido sobre dados pessoais",
    """\
Estou de férias até {date_future}. Respondo quando regressar.

De: Example <info@example.com>
Enviado: {date_past}
Assunto: RE: O seu pedido sobre dados pessoais

Recebemos o seu pedido. Para o tratar, precisamos de confirmar a sua identidade.

> [[Peço uma cópia de todos os meus dados pessoais.|Quero apagar a minha conta e todos os meus \
dados.]]
""",
)
_t(
    "bounce",
    "pt",
    "Não é possível entregar: [[RE: Encomenda {order}|Orçamento|RE: Pedido de acesso a dados]]",
    """\
Não foi possível entregar a mensagem aos seguintes destinatários:

{first_a}.{last_a}@{domain}
O endereço de email introduzido não foi encontrado. Verifique o endereço e tente enviar a \
mensagem novamente.

Informações de diagnóstico para administradores:
O servidor remoto devolveu '550 5.1.1 User unknown'
""",
)
_t(
    "spam_lottery",
    "pt",
    "[[Parabéns, ganhou!|Notificação de prémio]]",
    """\
Caro vencedor,

O seu endereço de email foi sorteado na nossa lotaria internacional de {date_past}. Ganhou \
{amount2}! Para receber o prémio, envie nome completo, morada e cópia do documento de \
identificação.

Referência: PR-{ticket}
""",
)

# --------------------------------------------------------------------------------------------
# Polish templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "pl",
    "Propozycja współpracy - {company}",
    """\
{greet}

piszę w imieniu firmy {company}. [[Dystrybuujemy akcesoria smart home do ponad 100 sklepów|\
Prowadzimy platformę sprzedażową z elektroniką|Reprezentujemy marki technologiczne w Polsce]] \
i uważamy, że Państwa {product} świetnie pasowałby do naszej oferty.

Czy znajdą Państwo czas na krótką rozmowę w przyszłym tygodniu?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "pl",
    "[[Państwa strona nie jest widoczna w Google|Darmowy audyt SEO dla example.com]]",
    """\
Dzień dobry,

przeanalizowaliśmy stronę example.com i znaleźliśmy kilka problemów technicznych, które \
obniżają jej pozycję. Nasi klienci zwiększają ruch organiczny średnio o {pct}%.

Czy mogę przesłać bezpłatny raport?

{sign_co}
""",
)
_t(
    "support",
    "pl",
    "[[Problem z {product}|{product} nie łączy się z Wi-Fi|Pytanie o konfigurację]]",
    """\
Dzień dobry,

kupiłem {product} [[dwa tygodnie temu|w zeszłym miesiącu|niedawno]] i [[nie mogę połączyć go z \
Wi-Fi|aplikacja co noc pokazuje go jako offline|tryb nocny nie działa]]. Reset już próbowałem.

Czy mogą Państwo pomóc? Numer zamówienia: {order}

{sign}
""",
)
_t(
    "order_delivery",
    "pl",
    "Zamówienie {order} nie dotarło",
    """\
Dzień dobry,

złożyłam zamówienie {order} dnia {date_past}, a śledzenie przesyłki ({tracking}) od tygodnia \
się nie zmienia. Czy mogą Państwo sprawdzić to u kuriera? Potrzebuję go przed {date_future}.

{sign}
""",
)
_t(
    "return_request",
    "pl",
    "Zwrot zamówienia {order}",
    """\
{greet}

chciałbym zwrócić {product} z zamówienia {order}. [[Nie pasuje do naszej instalacji.|Obudowa \
przyszła pęknięta.|Zdecydowaliśmy się na inny system.]] Proszę o etykietę zwrotną i informację, \
kiedy otrzymam zwrot {amount}.

{sign}
""",
)
_t(
    "invoice_reminder",
    "pl",
    "[[Przypomnienie o płatności|Nieopłacona faktura|Wezwanie do zapłaty]] {invoice}",
    """\
Szanowni Państwo,

uprzejmie przypominamy, że faktura {invoice} z dnia {date_past} na kwotę {amount} pozostaje \
nieopłacona. Prosimy o uregulowanie należności do {date_future}.

Jeśli płatność została już dokonana, prosimy zignorować tę wiadomość.

{close}
Dział księgowości
{company}
""",
)
_t(
    "address_change",
    "pl",
    "Zmiana adresu do faktur",
    """\
{greet}

informujemy, że od {date_future} nasza siedziba mieści się pod nowym adresem:

{company}
{street}
{zip} {city}

NIP i dane bankowe pozostają bez zmian. Prosimy o aktualizację danych w Państwa systemie.

{sign_co}
""",
)
_t(
    "price_quote",
    "pl",
    "Zapytanie ofertowe: {qty} szt. {product}",
    """\
{greet}

jesteśmy [[firmą zarządzającą nieruchomościami|instalatorem systemów alarmowych|siecią \
hoteli]] i prosimy o ofertę na {qty} szt. {product} z dostawą do {city} oraz terminem realizacji.

{sign_co}
""",
)
_t(
    "job_application",
    "pl",
    "Aplikacja na stanowisko {role}",
    """\
Szanowni Państwo,

w załączniku przesyłam CV na stanowisko {role}. [[Jestem dostępna od zaraz.|Mieszkam w {city}.]]

Wyrażam zgodę na przetwarzanie moich danych osobowych w celu prowadzenia rekrutacji.

{sign}
{phone}
""",
)
_t(
    "dpa_vendor",
    "pl",
    "Umowa powierzenia przetwarzania danych do podpisu",
    """\
{greet}

w załączeniu przesyłamy umowę powierzenia przetwarzania danych osobowych zgodnie z art. 28 \
RODO wraz z listą podprocesorów. Prosimy o odesłanie podpisanego dokumentu do {date_future}.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "pl",
    "[[Automatyzacja wniosków RODO|Zarządzanie zgodami bez wysiłku]]",
    """\
Dzień dobry,

ile czasu Państwa zespół poświęca na obsługę wniosków o dostęp do danych i ich usunięcie? \
{company} automatyzuje cały proces: formularz, weryfikację tożsamości i pilnowanie terminów.

Czy mogę pokazać 15-minutowe demo? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "pl",
    "[[Nowości w {company}|Twój newsletter z dnia|W tym miesiącu w {company}:]] {date_future}",
    """\
Cześć,

[[Rusza wyprzedaż|Mamy nowości|Wiosna już jest]]! W tym miesiącu [[rabaty do {pct}%|darmowa \
dostawa|nowy program lojalnościowy]].

Sprawdź: {url}

--
Otrzymujesz tę wiadomość, ponieważ zapisałeś się w serwisie {domain}. W każdej chwili możesz \
uzyskać dostęp do swoich danych, poprawić je lub usunąć, a także wypisać się jednym kliknięciem.
""",
)
_t(
    "phishing",
    "pl",
    "[[Twoje konto zostanie usunięte w ciągu 24 godzin|Wymagana weryfikacja danych]]",
    """\
Drogi użytkowniku,

w związku z nowymi przepisami o ochronie danych musisz zweryfikować konto. Jeśli nie zrobisz \
tego w ciągu 24 godzin, konto i wszystkie dane zostaną trwale usunięte.

Zweryfikuj teraz: http://weryfikacja-konta-{ticket}.top/logowanie

Zespół bezpieczeństwa
""",
)
_t(
    "autoreply",
    "pl",
    "Automatyczna odpowiedź: [[Zamówienie|Faktura {invoice}|Oferta]]",
    """\
Dziękuję za wiadomość. Jestem poza biurem [[do {date_future}|na urlopie|w tym tygodniu]]. W \
pilnych sprawach proszę kontaktować się z {colleague} ({colleague_mail}).

{name}
""",
)
_t(
    "autoreply_quote",
    "pl",
    "Automatyczna odpowiedź: RE: Pana/Pani wniosek dotyczący danych osobowych",
    """\
Jestem na urlopie do {date_future}. Odpowiem po powrocie.

Od: Example <info@example.com>
Wysłano: {date_past}
Temat: RE: Pana/Pani wniosek dotyczący danych osobowych

Otrzymaliśmy wniosek. Aby go rozpatrzyć, musimy potwierdzić tożsamość.

> [[Proszę o kopię wszystkich moich danych osobowych.|Proszę o usunięcie mojego konta i danych.]]
""",
)
_t(
    "bounce",
    "pl",
    "Niedostarczalne: [[RE: Zamówienie {order}|Oferta|RE: Wniosek RODO]]",
    """\
Nie można dostarczyć wiadomości do tych adresatów lub grup:

{first_a}.{last_a}@{domain}
Nie znaleziono wprowadzonego adresu e-mail. Sprawdź adres adresata i spróbuj ponownie wysłać \
wiadomość.

Informacje diagnostyczne dla administratorów:
Serwer zdalny zwrócił '550 5.1.1 User unknown'
""",
)
_t(
    "spam_pharma",
    "pl",
    "[[Tanie leki bez recepty|Apteka online - rabat 70%]]",
    """\
Najlepsza apteka internetowa! Dyskretna wysyłka na cały świat.

- Leki przeciwbólowe od {amount}
- Tabletki na odchudzanie - promocja

Zamów: {url}
""",
)


# --------------------------------------------------------------------------------------------
# Swedish templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "sv",
    "Samarbetsförslag från {company}",
    """\
{greet}

Jag skriver från {company}. Vi [[säljer smarta hem-produkter via 80 butiker i Norden|driver en \
marknadsplats för hemelektronik|är distributör för säkerhetsprodukter]] och tror att er \
{product} skulle passa bra i vårt sortiment.

Har ni tid för ett kort samtal nästa vecka?

{sign_co}
""",
)
_t(
    "seo_pitch",
    "sv",
    "[[Er webbplats syns inte på Google|Gratis SEO-analys av example.com]]",
    """\
Hej,

Vi har gått igenom example.com och hittat flera tekniska problem som sänker er ranking. Våra \
kunder ökar sin organiska trafik med i snitt {pct} %.

Får jag skicka rapporten kostnadsfritt?

{sign_co}
""",
)
_t(
    "support",
    "sv",
    "[[Problem med {product}|{product} ansluter inte|Fråga om installation]]",
    """\
Hej,

Jag köpte en {product} [[för två veckor sedan|förra månaden|nyligen]] men [[den ansluter inte \
till mitt wifi|appen visar den som offline varje natt|mörkerseendet fungerar inte]]. Jag har \
redan återställt den.

Kan ni hjälpa mig? Ordernummer: {order}

{sign}
""",
)
_t(
    "order_delivery",
    "sv",
    "Order {order} har inte kommit",
    """\
Hej,

Jag lade order {order} den {date_past} men spårningen ({tracking}) har stått still i en vecka. \
Kan ni kontrollera med transportören? Jag behöver den före {date_future}.

{sign}
""",
)
_t(
    "return_request",
    "sv",
    "Retur av order {order}",
    """\
{greet}

Jag vill returnera {product} från order {order}. [[Den passar inte vår installation.|Höljet \
var sprucket vid leverans.|Vi har valt ett annat system.]] Kan ni skicka en retursedel och \
meddela när jag får tillbaka {amount}?

{sign}
""",
)
_t(
    "invoice_reminder",
    "sv",
    "[[Betalningspåminnelse|Förfallen faktura|Påminnelse]] {invoice}",
    """\
Hej,

Enligt våra uppgifter är faktura {invoice} daterad {date_past} på {amount} fortfarande obetald. \
Vänligen betala senast {date_future}.

Om betalningen redan är gjord kan ni bortse från detta meddelande.

{close}
Ekonomiavdelningen
{company}
""",
)
_t(
    "address_change",
    "sv",
    "Ny fakturaadress från {date_future}",
    """\
{greet}

Vi har flyttat. Från och med {date_future} ska fakturor skickas till:

{company}
{street}
{zip} {city}

Organisationsnummer och bankgiro är oförändrade. Uppdatera gärna ert leverantörsregister.

{sign_co}
""",
)
_t(
    "price_quote",
    "sv",
    "Offertförfrågan: {qty} st {product}",
    """\
{greet}

Vi är [[ett fastighetsbolag|en säkerhetsinstallatör|en hotellkedja]] och vill ha en offert på \
{qty} st {product} inklusive frakt till {city} och leveranstid.

{sign_co}
""",
)
_t(
    "job_application",
    "sv",
    "Ansökan: {role}",
    """\
Hej,

Jag söker tjänsten som {role} och bifogar mitt CV och personliga brev. [[Jag kan börja \
omgående.|Jag bor i {city}.]]

Jag samtycker till att mina personuppgifter behandlas för denna rekrytering.

{sign}
""",
)
_t(
    "dpa_vendor",
    "sv",
    "Personuppgiftsbiträdesavtal för underskrift",
    """\
{greet}

Bifogat finns vårt personuppgiftsbiträdesavtal enligt artikel 28 GDPR med förteckning över \
underbiträden. Vänligen returnera det undertecknat senast {date_future}.

{sign_co}
""",
)
_t(
    "privacy_software_pitch",
    "sv",
    "[[Automatisera registerutdrag enligt GDPR|Hantera samtycken enkelt]]",
    """\
Hej,

Hur mycket tid lägger ert team på registerutdrag och raderingsbegäranden? {company} \
automatiserar hela flödet: formulär, identitetskontroll och tidsfrister.

Får jag visa en demo på 15 minuter? {url}

{sign_co}
""",
)
_t(
    "newsletter_footer",
    "sv",
    "[[Nyheter från {company}|Ditt nyhetsbrev|Den här månaden hos {company}:]] {date_future}",
    """\
Hej!

[[Rean har börjat|Nyheterna är här|Våren är här]]! Den här månaden [[upp till {pct} % rabatt|\
fri frakt|vårt nya bonusprogram]].

Läs mer: {url}

--
Du får detta mejl eftersom du registrerat dig på {domain}. Du kan när som helst se, rätta eller \
radera dina uppgifter och avsluta prenumerationen med ett klick. Läs vår integritetspolicy.
""",
)
_t(
    "phishing",
    "sv",
    "[[Ditt konto raderas inom 24 timmar|Verifiering krävs]]",
    """\
Bästa användare,

På grund av nya dataskyddsregler måste du verifiera ditt konto. Om du inte gör det inom 24 \
timmar raderas kontot och alla dina uppgifter permanent.

Verifiera nu: http://konto-verifiering-{ticket}.top/logga-in

Säkerhetsteamet
""",
)
_t(
    "autoreply",
    "sv",
    "Automatiskt svar: [[Din order|Faktura {invoice}|Offert]]",
    """\
Tack för ditt mejl. Jag är [[ledig till och med {date_future}|på semester|bortrest denna \
vecka]]. Vid brådskande ärenden, kontakta {colleague} ({colleague_mail}).

{name}
""",
)
_t(
    "autoreply_quote",
    "sv",
    "Automatiskt svar: SV: Din begäran om dina personuppgifter",
    """\
Jag är på semester till {date_future} och svarar när jag är tillbaka.

Från: Example <info@example.com>
Skickat: {date_past}
Ämne: SV: Din begäran om dina personuppgifter

Vi har tagit emot din begäran. För att hantera den behöver vi först verifiera din identitet.

> [[Jag vill ha ett registerutdrag med alla uppgifter ni har om mig.|Radera mitt konto och alla \
mina uppgifter.]]
""",
)
_t(
    "bounce",
    "sv",
    "Kan inte levereras: [[SV: Order {order}|Offert|SV: Registerutdrag]]",
    """\
Det gick inte att leverera till följande mottagare eller grupper:

{first_a}.{last_a}@{domain}
E-postadressen du angav hittades inte. Kontrollera mottagarens e-postadress och försök skicka \
meddelandet igen.

Diagnostisk information för administratörer:
Fjärrservern returnerade '550 5.1.1 User unknown'
""",
)
_t(
    "spam_crypto",
    "sv",
    "[[Tjäna pengar varje dag med AI-handel|Missa inte Bitcoin-chansen]]",
    """\
Hej,

Vår handelsrobot gav {pct} % avkastning förra månaden. Börja med {amount} och tjäna passiv \
inkomst varje dag!

Kom igång: {url}
""",
)

# --------------------------------------------------------------------------------------------
# Chinese templates
# --------------------------------------------------------------------------------------------

_t(
    "sales_partnership",
    "zh",
    "合作洽谈：{company}",
    """\
{greet}

我是{company}的{title}{name}。我们[[在华南地区拥有200多家智能家居门店|运营一家消费电子电商平台|\
专注于安防产品的渠道分销]]，对贵司的{product}非常感兴趣，希望能成为贵司的经销商。

不知下周是否方便安排一次简短的电话沟通？

{close}
{name}
{company}
""",
)
_t(
    "seo_pitch",
    "zh",
    "[[贵司网站在百度排名靠后|免费网站SEO诊断|提升官网流量的方案]]",
    """\
您好，

我们分析了example.com，发现网站在移动端加载慢、关键词覆盖不足。我们的客户平均获得了{pct}%的\
自然流量增长。

是否需要我发一份免费诊断报告给您？

{close}
{name}
""",
)
_t(
    "support",
    "zh",
    "[[{product}无法连接WiFi|{product}经常掉线|关于{product}的使用问题]]",
    """\
您好，

我[[两周前|上个月|最近]]购买了{product}，但是[[一直连不上家里的WiFi|App每天晚上都显示离线|\
夜视功能不正常]]。已经尝试过重置，还是不行。

请问该怎么处理？订单号：{order}

{sign}
""",
)
_t(
    "order_delivery",
    "zh",
    "订单{order}迟迟未到货",
    """\
您好，

我在{date_past}下了订单{order}，物流单号{tracking}，已经一周没有更新了。能否帮忙联系快递公司\
查一下？我需要在{date_future}之前收到。

{sign}
""",
)
_t(
    "return_request",
    "zh",
    "申请退货：订单{order}",
    """\
您好，

我想退回订单{order}中的{product}。[[和我们的安装环境不兼容。|收到时外壳有裂痕。|我们决定换用\
其他系统。]]请提供退货地址，并告知{amount}的退款什么时候到账。

{sign}
""",
)
_t(
    "invoice_reminder",
    "zh",
    "[[付款提醒|发票逾期提醒]]：{invoice}",
    """\
尊敬的客户：

您好！贵司于{date_past}开具的发票{invoice}，金额{amount}，目前尚未付款。请于{date_future}前\
安排付款。如已付款，请忽略本邮件。

{company} 财务部
""",
)
_t(
    "address_change",
    "zh",
    "开票地址变更通知",
    """\
{greet}

我司已于近期搬迁，自{date_future}起，请将发票及送货单寄至以下新地址：

{company}
{city}{street}

税号及银行账户信息保持不变，请贵司更新供应商资料。谢谢！

{close}
{name}
""",
)
_t(
    "price_quote",
    "zh",
    "询价：{product} {qty}台",
    """\
{greet}

我们是[[一家物业管理公司|一家安防工程公司|一家连锁酒店]]，计划采购{qty}台{product}，送货至\
{city}。请提供报价、批量折扣和交货周期。

{close}
{name}
{company}
""",
)
_t(
    "job_application",
    "zh",
    "应聘{role} - {name}",
    """\
您好，

我想应聘贵公司的{role}职位，附件是我的简历。[[我目前在{city}，可随时到岗。|我有三年相关\
工作经验。]]

本人同意贵公司为本次招聘之目的处理我的个人信息。

{sign}
""",
)
_t(
    "dpa_vendor",
    "zh",
    "数据处理协议（DPA）请签署",
    """\
{greet}

为推进双方合作，附件为我方的数据处理协议，包含数据安全措施和分处理者清单，符合《个人信息\
保护法》及GDPR的相关要求。请于{date_future}前签署后回传。

{close}
{name}
{company}
""",
)
_t(
    "privacy_software_pitch",
    "zh",
    "[[个人信息保护合规一站式解决方案|自动处理用户数据请求]]",
    """\
您好，

您的团队每月花多少时间处理用户的查阅、删除个人信息请求？{company}的合规平台可以自动完成\
请求受理、身份核验、时限提醒和留痕记录。

方便的话我可以给您做15分钟的演示：{url}

{close}
{name}
""",
)
_t(
    "newsletter_footer",
    "zh",
    "[[{company}月度资讯|{company}新品速递|本月优惠]] {date_future}",
    """\
您好！

[[年中大促开始啦|新品上市|春季特惠]]！本月[[全场低至{pct}%折扣|全场包邮|推出全新会员计划]]。

了解详情：{url}

--
您收到此邮件是因为您在{domain}注册了账户。您可以随时在账户设置中查询、更正或删除您的个人信息，\
也可以一键退订。详情请参阅我们的隐私政策。
""",
)
_t(
    "phishing",
    "zh",
    "[[紧急：您的邮箱将在24小时内被停用|账户安全验证通知]]",
    """\
尊敬的用户：

根据最新的数据保护规定，您的账户需要重新验证。如果24小时内未完成验证，您的账户及所有数据将被\
永久删除。

立即验证：http://mail-verify-{ticket}.top/login

系统管理员
""",
)
_t(
    "autoreply",
    "zh",
    "自动回复：[[您的订单|发票{invoice}|报价]]",
    """\
您好，我[[{date_future}前在休假|本周出差|目前不在办公室]]，无法及时回复邮件。紧急事宜请联系\
{colleague}（{colleague_mail}）。

{name}
""",
)
_t(
    "autoreply_quote",
    "zh",
    "自动回复：回复：关于您的个人信息请求",
    """\
我正在休假，{date_future}后回复。

发件人：Example <info@example.com>
发送时间：{date_past}
主题：回复：关于您的个人信息请求

我们已收到您的请求，处理前需要先核实您的身份。

> [[请把你们保存的我的所有个人信息发给我。|请注销我的账户并删除我的全部数据。]]
""",
)
_t(
    "bounce",
    "zh",
    "[[退信|无法送达]]：[[回复：订单{order}|报价|回复：个人信息查询]]",
    """\
很抱歉，您的邮件无法送达以下收件人：

{first_a}.{last_a}@{domain}
收件人地址不存在，请检查后重新发送。

诊断信息：
远程服务器返回 '550 5.1.1 User unknown'
""",
)
_t(
    "spam_lottery",
    "zh",
    "[[恭喜您中奖了！|中奖通知]]",
    """\
尊敬的用户：

恭喜您的邮箱在{date_past}的国际抽奖活动中被抽中，获得奖金{amount2}！请提供姓名、地址、电话和\
身份证复印件以领取奖金。

编号：ZJ-{ticket}
""",
)


# --------------------------------------------------------------------------------------------
# Hand-written unusual examples: (language, kind, sender name, address, subject, body, headers)
# --------------------------------------------------------------------------------------------

Handwritten = tuple[str, str, str, str, str, str, dict[str, str]]
HANDWRITTEN: list[Handwritten] = [
    (
        "en",
        "press_investor",
        "Maya Lindholm",
        "maya.lindholm@techweekly-review.com",
        "Question for a story on smart camera privacy",
        "Hi,\n\nI'm writing a feature on how smart camera makers handle privacy. Could someone tell "
        "me, on the record, how long Example keeps video clips by default, and whether you've "
        "received many deletion requests since the new EU rules? I'm not a customer, this is for "
        "the article.\n\nDeadline is Friday.\n\nMaya",
        {},
    ),
    (
        "en",
        "student",
        "Jonah Pike",
        "j.pike@student.uni-example.edu",
        "Thesis interview on GDPR compliance at SMEs",
        "Dear Example team,\n\nI'm a master's student writing my thesis on how small hardware "
        "companies organise data subject request handling. Would someone from your privacy or legal "
        "team be available for a 30-minute anonymous interview? I can send the questions in "
        "advance.\n\nKind regards,\nJonah Pike",
        {},
    ),
    (
        "en",
        "template_request",
        "Laura Benz",
        "laura@benz-bakery.co.uk",
        "Do you have a template for deletion requests?",
        "Hello,\n\nsilly question maybe - we run a small bakery with an online shop and a customer "
        "asked us to delete their data. I saw your privacy page is very clear. Do you have a "
        "template or a process you could share for how you answer such requests? Happy to pay for "
        "an hour of advice.\n\nLaura",
        {},
    ),
    (
        "en",
        "vendor_incident",
        "Security Operations",
        "security-notice@cloudmailer-saas.com",
        "Security incident notification for your account (processor notice)",
        "Dear customer,\n\nAs your processor under our Data Processing Agreement we are informing "
        "you of a security incident detected on 3 March. An unauthorised party accessed a logging "
        "system that contained campaign metadata (sender names, subject lines). No message content "
        "or recipient lists were affected. We have rotated credentials and engaged a forensic "
        "firm.\n\nYou may need to assess whether notification to your supervisory authority is "
        "required. Our full report is available in the admin console.\n\nCloudMailer Security",
        {},
    ),
    (
        "en",
        "order_delivery",
        "Ben Achterberg",
        "ben.achterberg@outlook.com",
        "please delete my duplicate order",
        "hi, I clicked buy twice by mistake, can you delete the second order (the one ending 4471)? "
        "the first one is fine. thx\nBen",
        {},
    ),
    (
        "en",
        "address_change",
        "Accounts Payable",
        "ap@granite-hotels.com",
        "Correction needed on invoice INV-2025-3391: VAT number",
        "Hello,\n\nthe invoice you sent us has an outdated VAT number and our old company name "
        "(Granite Inns Ltd). Please correct it to Granite Hotels Group Ltd, VAT GB 318 4402 77, and "
        "reissue the invoice so we can process payment.\n\nThanks,\nAccounts Payable",
        {},
    ),
    (
        "en",
        "read_receipt",
        "Fiona Grady",
        "fiona.grady@northgate-logistics.com",
        "Read: Your quote for 40 x EX-Cam Outdoor",
        "Your message\n\n  To: Fiona Grady\n  Subject: Your quote for 40 x EX-Cam Outdoor\n\nwas "
        "read on 12 February 2025 09:14.",
        {"Auto-Submitted": "auto-replied"},
    ),
    (
        "en",
        "calendar",
        "Priya Shah",
        "priya.shah@example.com",
        "Accepted: Privacy working group - DSR process review",
        "Priya Shah has accepted this meeting.\n\nPrivacy working group - DSR process review\n"
        "Thursday 14:00-15:00, Room Oak / Teams\n\nAgenda: triage of access requests, deletion "
        "workflow in the support tool, retention of call recordings.",
        {},
    ),
    (
        "en",
        "internal_training",
        "Oliver Marsh",
        "oliver.marsh@example.com",
        "FW: draft privacy policy update - comments by Friday",
        "Hi all,\n\nforwarding legal's draft of the updated privacy policy. Main changes: new "
        "section on children's data, longer retention for warranty records, and the 45-day "
        "extension wording. Please send comments by Friday, especially support - you're the ones "
        "who get the 'delete my account' emails.\n\nOliver\n\n---------- Forwarded message "
        "----------\nFrom: Legal\nSubject: draft privacy policy update",
        {},
    ),
    (
        "en",
        "test",
        "",
        "ops-monitor@example.com",
        "test 123 - please ignore",
        "Testing the new mailbox forwarding rule. If you see this in the shared inbox, it works.\n\n"
        "- IT",
        {},
    ),
    (
        "en",
        "domain_scam",
        "Domain Services",
        "renewals@domain-registry-services.org",
        "Final notice: example.com domain listing expires",
        "DOMAIN NAME: example.com\n\nThis is your final notice of domain search engine listing "
        "expiration. Failure to complete your search engine registration by the expiration date may "
        "result in the cancellation of this offer, making it difficult for your customers to "
        "locate you. Payment: $89.00\n\nThis is not an invoice. We do not register or renew domain "
        "names.",
        {"Precedence": "bulk"},
    ),
    (
        "en",
        "scan",
        "Office Scanner",
        "scanner@example.com",
        "Scanned document from MFP-2F",
        "Please open the attached document. It was scanned and sent to you using MFP-2F.\n\n"
        "Number of pages: 3\nResolution: 300 dpi\nFile format: PDF",
        {},
    ),
    (
        "en",
        "support",
        "Carlos",
        "carlos.m.1987@gmail.com",
        "camera forgets wifi after power cut",
        "every time the power goes out my doorbell forgets the wifi and i have to set it up again "
        "from scratch. i've set it up 4 times now. is this normal??? otherwise happy with it",
        {},
    ),
    (
        "de",
        "press_investor",
        "Redaktion",
        "redaktion@technik-ratgeber-online.de",
        "Anfrage: Testgerät für Vergleichstest Videotürklingeln",
        "Guten Tag,\n\nwir planen für die nächste Ausgabe einen Vergleichstest von "
        "Videotürklingeln und würden gern die Example Doorbell Pro aufnehmen. Könnten Sie uns ein "
        "Testgerät für vier Wochen zur Verfügung stellen? Im Test bewerten wir auch Datenschutz "
        "(Speicherort der Aufnahmen, Verschlüsselung).\n\nFreundliche Grüße\nDie Redaktion",
        {},
    ),
    (
        "de",
        "internal_training",
        "Sabine Krause",
        "sabine.krause@example.com",
        "Kurze Frage: wohin mit Löschanfragen?",
        "Hi Tom,\n\nwenn bei uns im Support-Postfach jemand schreibt, dass er sein Konto löschen "
        "lassen will - leite ich das an info@ weiter oder direkt an den Datenschutz? Im Wiki steht "
        "beides. Nicht dringend, nur damit ich es beim nächsten Mal richtig mache.\n\nDanke!\n"
        "Sabine",
        {},
    ),
    (
        "de",
        "address_change",
        "Stefan Pohl",
        "s.pohl@pohl-haustechnik.de",
        "Lieferadresse für Auftrag 448120 ändern",
        "Hallo,\n\nbitte liefern Sie den Auftrag 448120 nicht ins Lager, sondern direkt auf die "
        "Baustelle: Uferstraße 9, 28195 Bremen, Ansprechpartner vor Ort Herr Kaya. Die "
        "Rechnungsadresse bleibt gleich.\n\nGruß\nStefan Pohl\nPohl Haustechnik",
        {},
    ),
    (
        "de",
        "autoreply",
        "Poststelle",
        "poststelle@amt-beispielstadt.de",
        "Eingangsbestätigung",
        "Ihre Nachricht ist bei uns eingegangen und wird an die zuständige Stelle weitergeleitet. "
        "Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.\n\nDies ist eine automatisch "
        "erzeugte Nachricht.",
        {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    ),
    (
        "fr",
        "student",
        "Léa Morel",
        "lea.morel@etu.univ-exemple.fr",
        "Enquête pour mémoire sur le RGPD",
        "Bonjour,\n\nÉtudiante en master de droit du numérique, je réalise une enquête sur la mise "
        "en œuvre du RGPD dans les PME. Accepteriez-vous de répondre à un questionnaire anonyme de "
        "dix minutes ?\n\nMerci beaucoup,\nLéa Morel",
        {},
    ),
    (
        "fr",
        "support",
        "Gérard",
        "gerard.b@wanadoo.fr",
        "sonnette qui sonne toute seule",
        "bonjour, la sonnette sonne toute seule la nuit depuis la mise à jour, ma femme n'en dort "
        "plus. il y a un réglage ? merci. gérard",
        {},
    ),
    (
        "fr",
        "calendar",
        "Service RH",
        "rh@example.com",
        "Invitation : Formation sensibilisation RGPD - jeudi 10h",
        "Vous êtes invité(e) à la session de sensibilisation RGPD obligatoire.\n\nJeudi 10h-11h, "
        "salle Azur.\nThèmes : reconnaître une demande d'exercice de droits, phishing, "
        "confidentialité des dossiers clients.",
        {},
    ),
    (
        "es",
        "vendor_incident",
        "Soporte Nube",
        "avisos@nubeservicios.es",
        "Mantenimiento programado del centro de datos",
        "Estimado cliente:\n\nLe informamos de que el sábado de 02:00 a 05:00 realizaremos "
        "tareas de mantenimiento en nuestro centro de datos de Madrid. Sus copias de seguridad y "
        "datos no se verán afectados. Disculpe las molestias.\n\nEl equipo de Soporte",
        {},
    ),
    (
        "es",
        "support",
        "Pilar",
        "pilar.ortega63@hotmail.es",
        "no me llega el código",
        "hola no me llega el codigo de verificacion al movil para entrar en la app, lo he pedido "
        "cinco veces. mi numero es el mismo de siempre. gracias",
        {},
    ),
    (
        "es",
        "student",
        "Colegio San Telmo",
        "secretaria@colegio-santelmo.es",
        "Visita de alumnos de FP a sus instalaciones",
        "Buenos días:\n\nSomos un centro de Formación Profesional de electrónica y nos gustaría "
        "organizar una visita de unos 20 alumnos a su empresa durante el segundo trimestre. "
        "¿Sería posible?\n\nUn saludo,\nSecretaría",
        {},
    ),
    (
        "it",
        "support",
        "Antonio",
        "antonio.ferri@libero.it",
        "app in inglese",
        "Buongiorno, l'app è tutta in inglese anche se il telefono è in italiano. Si può cambiare? "
        "Mia madre non capisce i menù. Grazie Antonio",
        {},
    ),
    (
        "it",
        "address_change",
        "Amministrazione",
        "amministrazione@ferramenta-riva.it",
        "Correzione intestazione fattura",
        "Buongiorno,\n\nnella fattura n. 2291 la ragione sociale è errata: siamo Ferramenta Riva "
        "S.n.c. e non S.r.l. Potete riemettere la fattura con i dati corretti? Il codice SDI è "
        "lo stesso.\n\nGrazie\nAmministrazione",
        {},
    ),
    (
        "it",
        "event_invite",
        "Camera di Commercio",
        "eventi@cciaa-esempio.it",
        "Seminario gratuito: export e marcatura CE",
        "Gentile impresa,\n\nla invitiamo al seminario gratuito su export extra-UE e marcatura CE "
        "dei prodotti elettronici, giovedì prossimo alle 9:30. Iscrizioni sul nostro sito.\n\n"
        "Ufficio Eventi",
        {"Precedence": "bulk", "List-Id": "Eventi <eventi.cciaa-esempio.it>"},
    ),
    (
        "nl",
        "support",
        "Kees",
        "kees.vandenberg@ziggo.nl",
        "camera hangt scheef",
        "Goedemiddag, de beugel van de buitencamera is na de storm afgebroken. Kan ik alleen de "
        "beugel los bestellen? Groet, Kees",
        {},
    ),
    (
        "nl",
        "internal_training",
        "Femke Dekker",
        "femke.dekker@example.com",
        "Notulen privacy-overleg",
        "Hoi allemaal,\n\nhierbij de notulen van het privacy-overleg. Actiepunten: Ruben past de "
        "bewaartermijn van supporttickets aan, ik check met juridische zaken hoe we inzageverzoeken "
        "loggen, en we plannen in juni een phishingtest.\n\nGroet,\nFemke",
        {},
    ),
    (
        "nl",
        "sales_partnership",
        "Bart Hendriks",
        "bart@installatiebedrijf-hendriks.nl",
        "Dealer worden?",
        "Hallo, wij installeren alarmsystemen in de regio Twente. Hoe kunnen we "
        "officieel dealer worden van jullie producten? Groet, Bart",
        {},
    ),
    (
        "pt",
        "support",
        "Rita",
        "rita.s@sapo.pt",
        "câmara não grava",
        "Boa tarde, a câmara deixou de gravar para o cartão de memória. Já formatei o cartão e "
        "nada. O que posso fazer? Obrigada, Rita",
        {},
    ),
    (
        "pt",
        "press_investor",
        "Redação",
        "redacao@jornal-tecnologia-exemplo.com.br",
        "Pedido de entrevista sobre a entrada no Brasil",
        "Olá,\n\nsoubemos que a Example pretende vender no Brasil. Seria possível uma entrevista "
        "com alguém da direção sobre os planos para o mercado brasileiro e a adaptação à LGPD?\n\n"
        "Atenciosamente,\nRedação",
        {},
    ),
    (
        "pt",
        "address_change",
        "Compras",
        "compras@hotel-miradouro.pt",
        "Alteração do NIF na fatura",
        "Bom dia,\n\na fatura que nos enviaram tem o NIF antigo. Podem emitir nova fatura com o "
        "NIF 509 442 118? Obrigado.\n\nDepartamento de Compras",
        {},
    ),
    (
        "pl",
        "support",
        "Marek",
        "marek.zaj@onet.pl",
        "dzwonek nie działa w mrozie",
        "Dzień dobry, przy -15 stopniach dzwonek przestaje działać, bateria pokazuje 0%. Czy to "
        "normalne? Pozdrawiam, Marek",
        {},
    ),
    (
        "pl",
        "event_invite",
        "Targi Bezpieczeństwa",
        "biuro@targi-bezpieczenstwa-przyklad.pl",
        "Zaproszenie na targi - stoisko w hali B",
        "Szanowni Państwo,\n\nzapraszamy do udziału w targach jako wystawca. Zostało jeszcze kilka "
        "stoisk w hali B. Cennik i formularz zgłoszeniowy w załączniku.\n\nBiuro Targów",
        {"Precedence": "bulk"},
    ),
    (
        "pl",
        "internal_training",
        "Ewa Sobczak",
        "ewa.sobczak@example.com",
        "Szkolenie RODO - lista obecności",
        "Cześć,\n\nw załączniku lista obecności ze wczorajszego szkolenia z RODO. Kto nie był, "
        "ma czas do końca miesiąca na wersję online.\n\nEwa",
        {},
    ),
    (
        "sv",
        "support",
        "Gustav",
        "gustav.ek@telia.com",
        "laddare saknas",
        "Hej! Laddkabeln saknades i kartongen till min dörrklocka. Kan ni skicka en? Ordern kom "
        "i går. Mvh Gustav",
        {},
    ),
    (
        "sv",
        "press_investor",
        "Ingrid Wallin",
        "ingrid.wallin@hemteknik-magasinet.se",
        "Recensionsexemplar?",
        "Hej,\n\njag skriver om smarta hem för Hemteknik Magasinet och skulle gärna testa er nya "
        "kamera inför vårnumret. Är det möjligt att låna ett exemplar?\n\nVänliga hälsningar\n"
        "Ingrid",
        {},
    ),
    (
        "sv",
        "internal_training",
        "Nils Berg",
        "nils.berg@example.com",
        "Ny rutin för registerutdrag - läs igenom",
        "Hej alla,\n\njag har skrivit en ny rutin för hur vi hanterar registerutdrag och "
        "raderingar, den ligger på intranätet. Läs igenom och säg till om något är oklart innan "
        "vi kör igång på måndag.\n\n/Nils",
        {},
    ),
    (
        "zh",
        "support",
        "陈先生",
        "chen1988@163.com",
        "摄像头录像时间不对",
        "你好，摄像头回放里显示的时间比实际慢了一个小时，是不是时区设置的问题？在哪里改？谢谢",
        {},
    ),
    (
        "zh",
        "press_investor",
        "刘婷",
        "liuting@keji-media.cn",
        "采访邀请：智能家居出海",
        "您好！\n\n我是科技媒体的记者刘婷，正在做一期关于智能家居品牌出海的专题，想邀请贵司负责人接受"
        "半小时的电话采访，主要谈海外渠道和产品本地化。\n\n期待回复，谢谢！",
        {},
    ),
    (
        "zh",
        "internal_training",
        "周静",
        "zhou.jing@example.com",
        "本周五个人信息保护培训",
        "各位同事：\n\n本周五下午三点在三楼会议室进行个人信息保护培训，内容包括如何识别用户的查询、"
        "删除请求以及钓鱼邮件防范。请准时参加。\n\n周静",
        {},
    ),
    (
        "zh",
        "event_invite",
        "华彩会展",
        "expo@huacai-expo.cn",
        "邀请函：2025智能家居博览会",
        "尊敬的企业负责人：\n\n诚邀贵司参加智能家居博览会，展位预订火热进行中，前五十名享八折优惠。"
        "详情请回复本邮件索取参展手册。\n\n华彩会展组委会",
        {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@huacai-expo.cn>"},
    ),
]


# --------------------------------------------------------------------------------------------
# Building the samples
# --------------------------------------------------------------------------------------------


def _html_choice(rng: random.Random, mode: str) -> tuple[bool, bool]:
    """(with_html, html_only) for a kind's HTML mode."""
    if mode == "multipart":
        return True, rng.random() < 0.2
    if mode == "mixed":
        roll = rng.random()
        return roll < 0.85, roll < 0.45
    return False, False


def _generated(rng: random.Random, lang: str, kind: str, template: Template) -> Sample:
    sender_style, header_style, html_mode = KIND_META[kind]
    sent = _sent(rng, lang)
    fill = _fill(rng, lang, sent)
    subject = render(template[0], fill, rng).strip()
    body = render(template[1], fill, rng)
    name, address = _sender(rng, sender_style, lang, fill)
    headers = _headers(rng, header_style, fill, sent)
    with_html, html_only = _html_choice(rng, html_mode)
    html = _to_html(subject, body, name or fill["company"]) if with_html else None
    return Sample(
        subject=subject,
        body=body,
        sender_name=name,
        sender_address=address,
        sent=sent,
        relevant=False,
        categories=[],
        language=lang,
        source=f"generated:other/{kind}",
        time_range=None,
        html=html,
        html_only=html_only,
        headers=headers,
        to=OUR_ADDRESS,
    )


def samples() -> list[Sample]:
    """All negative samples, in a fixed order for a fixed seed."""
    rng = random.Random(SEED)
    out: list[Sample] = []
    for lang in LANGS:
        kinds = [kind for kind in KIND_META if lang in TEMPLATES.get(kind, {})]
        rng.shuffle(kinds)
        used: dict[str, int] = {}
        for i in range(GENERATED_PER_LANG[lang]):
            kind = kinds[i % len(kinds)]
            options = TEMPLATES[kind][lang]
            index = used.get(kind, 0)
            used[kind] = index + 1
            out.append(_generated(rng, lang, kind, options[index % len(options)]))
    for lang, kind, name, address, subject, body, headers in HANDWRITTEN:
        out.append(
            Sample(
                subject=subject,
                body=body + "\n",
                sender_name=name,
                sender_address=address,
                sent=_sent(rng, lang),
                relevant=False,
                categories=[],
                language=lang,
                source=f"generated:other/handwritten-{kind}",
                headers=dict(headers),
            )
        )
    rng.shuffle(out)
    return out


def main() -> None:
    """Rewrite ``classifier/corpus/other/`` from ``samples()``."""
    items = samples()
    write_corpus(CORPUS_DIR, items, domain="other")
    print(f"wrote {len(items)} messages to {CORPUS_DIR}")


if __name__ == "__main__":
    main()
