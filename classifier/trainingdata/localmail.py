"""Everyday irrelevant mail in Czech, Croatian and Japanese (negatives), so that the model does
not learn "this language means a request" from the letters of :mod:`letters`.

Orders, deliveries, invoices, newsletters (some with a privacy footer), sales pitches (some for
privacy software or a data processing agreement), support questions, applications, meetings and
out-of-office replies. Written for this project; filled with the seed of :mod:`letters`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from classifier.trainingdata.eml import Sample
from classifier.trainingdata.products import PRODUCTS


@dataclass(frozen=True)
class Local:
    code: str
    names: tuple[str, ...]
    """"Display|ascii" people."""
    companies: tuple[str, ...]
    domains: tuple[str, ...]
    tz: float
    day_fmt: str
    templates: tuple[tuple[str, str, str], ...]
    """(kind, subject, body) with {name} {company} {product} {order} {date} {amount} {n}."""


CS = Local(
    code="cs",
    names=(
        "Pavel Kovář|pavel.kovar",
        "Lenka Malá|lenka.mala",
        "Radek Beneš|radek.benes",
        "Hana Sýkorová|hana.sykorova",
    ),
    companies=(
        "Alfa Logistika s.r.o.",
        "Krokus Media a.s.",
        "DataSoft CZ s.r.o.",
        "Zelený dům s.r.o.",
    ),
    domains=("seznam.cz", "firma.cz", "gmail.com", "centrum.cz"),
    tz=1,
    day_fmt="{d}. {m}. {y}",
    templates=(
        (
            "order",
            "Potvrzení objednávky č. {order}",
            "Dobrý den,\n\nděkujeme za vaši objednávku č. {order} ze dne {date}. Zboží ({product}) odešleme do dvou pracovních dnů.\n\nCelková cena: {amount} Kč\n\nS pozdravem\nzákaznický servis {company}",
        ),
        (
            "shipping",
            "Vaše zásilka je na cestě",
            "Dobrý den,\n\nzásilka {order} byla předána dopravci a doručena bude {date}. Stav můžete sledovat pod číslem zásilky.\n\n{company}",
        ),
        (
            "invoice",
            "Faktura {order} – upomínka",
            "Dobrý den,\n\nevidujeme neuhrazenou fakturu č. {order} se splatností {date} na částku {amount} Kč. Prosíme o úhradu.\n\nÚčtárna\n{company}",
        ),
        (
            "newsletter",
            "Novinky v {company} – {date}",
            "Milí čtenáři,\n\npřinášíme přehled novinek: nové funkce, tipy na podzim a slevy až {n} %.\n\nPokud již nechcete dostávat tento zpravodaj, můžete se odhlásit v nastavení. Informace o zpracování osobních údajů najdete v našich zásadách ochrany osobních údajů.\n\nTým {company}",
        ),
        (
            "pitch",
            "Spolupráce s {company}",
            "Dobrý den,\n\njmenuji se {name} a zastupuji společnost {company}. Nabízíme nástroj pro správu souhlasů a GDPR dokumentaci pro e-shopy. Měli byste zájem o krátkou ukázku příští týden?\n\nS pozdravem\n{name}",
        ),
        (
            "dpa",
            "Smlouva o zpracování osobních údajů – k podpisu",
            "Dobrý den,\n\nv příloze zasíláme aktualizovanou smlouvu o zpracování osobních údajů podle čl. 28 GDPR pro naši spolupráci. Prosíme o podpis do {date}.\n\n{name}\n{company}",
        ),
        (
            "support",
            "{product} nefunguje",
            "Dobrý den,\n\nmůj {product} se od včerejška nepřipojí k wifi. Zkoušel jsem restart i reset, bez úspěchu. Poradíte mi, co dělat?\n\nDíky\n{name}",
        ),
        (
            "job",
            "Žádost o místo – technická podpora",
            "Dobrý den,\n\nreaguji na váš inzerát na pozici technické podpory. V příloze posílám životopis. Rád se zastavím na pohovor.\n\nS pozdravem\n{name}",
        ),
        (
            "meeting",
            "Schůzka {date}",
            "Ahoj,\n\nhodilo by se vám setkání {date} v 10:00 u nás v kanceláři? Probrali bychom dodávky na příští čtvrtletí.\n\n{name}",
        ),
        (
            "ooo",
            "Automatická odpověď: mimo kancelář",
            "Dobrý den,\n\ndo {date} jsem mimo kancelář s omezeným přístupem k e-mailu. V naléhavých případech kontaktujte kolegy z {company}.\n\n{name}",
        ),
        (
            "policy",
            "Aktualizace zásad ochrany osobních údajů",
            "Vážení zákazníci,\n\nod {date} platí nové znění našich zásad ochrany osobních údajů. Změny se týkají především cookies. Nemusíte nic dělat.\n\n{company}",
        ),
    ),
)

HR = Local(
    code="hr",
    names=(
        "Goran Perić|goran.peric",
        "Sanja Radić|sanja.radic",
        "Dario Matić|dario.matic",
        "Vesna Tomić|vesna.tomic",
    ),
    companies=(
        "Jadran Logistika d.o.o.",
        "Mediapro d.o.o.",
        "Digitalna rješenja d.o.o.",
        "Zeleni vrt d.o.o.",
    ),
    domains=("gmail.com", "tvrtka.hr", "net.hr", "t-com.hr"),
    tz=1,
    day_fmt="{d}. {m}. {y}.",
    templates=(
        (
            "order",
            "Potvrda narudžbe br. {order}",
            "Poštovani,\n\nzahvaljujemo na narudžbi br. {order} od {date}. Proizvod ({product}) šaljemo u roku od dva radna dana.\n\nUkupno: {amount} EUR\n\nLijep pozdrav,\nkorisnička služba {company}",
        ),
        (
            "shipping",
            "Vaša pošiljka je na putu",
            "Poštovani,\n\npošiljka {order} predana je dostavnoj službi i bit će isporučena {date}.\n\n{company}",
        ),
        (
            "invoice",
            "Opomena – račun {order}",
            "Poštovani,\n\nnije podmiren račun br. {order} s dospijećem {date} u iznosu od {amount} EUR. Molimo uplatu.\n\nRačunovodstvo\n{company}",
        ),
        (
            "newsletter",
            "Novosti iz {company}",
            "Dragi čitatelji,\n\ndonosimo pregled novosti: nove značajke, savjete i popuste do {n} %.\n\nAko više ne želite primati newsletter, odjavite se u postavkama. Informacije o obradi osobnih podataka nalaze se u našoj politici privatnosti.\n\nTim {company}",
        ),
        (
            "pitch",
            "Suradnja s {company}",
            "Poštovani,\n\nzovem se {name} i predstavljam tvrtku {company}. Nudimo alat za upravljanje privolama i GDPR dokumentaciju za web trgovine. Biste li bili zainteresirani za kratku prezentaciju?\n\nLijep pozdrav,\n{name}",
        ),
        (
            "dpa",
            "Ugovor o obradi podataka – na potpis",
            "Poštovani,\n\nu privitku šaljemo ažurirani ugovor o obradi osobnih podataka prema čl. 28. GDPR-a. Molimo potpis do {date}.\n\n{name}\n{company}",
        ),
        (
            "support",
            "{product} ne radi",
            "Pozdrav,\n\nmoj {product} se od jučer ne spaja na wifi. Probao sam ponovno pokretanje i reset, ništa. Možete li pomoći?\n\nHvala\n{name}",
        ),
        (
            "job",
            "Prijava na natječaj – korisnička podrška",
            "Poštovani,\n\njavljam se na vaš oglas za radno mjesto u korisničkoj podršci. U privitku je moj životopis.\n\nS poštovanjem,\n{name}",
        ),
        (
            "meeting",
            "Sastanak {date}",
            "Bok,\n\nodgovara li vam sastanak {date} u 10 sati kod nas? Razgovarali bismo o isporukama za sljedeći kvartal.\n\n{name}",
        ),
        (
            "ooo",
            "Automatski odgovor: izvan ureda",
            "Poštovani,\n\ndo {date} sam izvan ureda. Za hitne slučajeve obratite se kolegama iz {company}.\n\n{name}",
        ),
        (
            "policy",
            "Ažurirana politika privatnosti",
            "Poštovani korisnici,\n\nod {date} vrijedi nova verzija naše politike privatnosti. Promjene se odnose uglavnom na kolačiće. Ne trebate ništa poduzeti.\n\n{company}",
        ),
    ),
)

JA = Local(
    code="ja",
    names=("山田 太郎|yamada", "斎藤 花子|saito", "松本 亮|matsumoto", "井上 真理|inoue"),
    companies=(
        "株式会社ミナト物流",
        "サクラメディア株式会社",
        "株式会社データテック",
        "みどり商事株式会社",
    ),
    domains=("gmail.com", "example.co.jp", "yahoo.co.jp", "biz-mail.jp"),
    tz=9,
    day_fmt="{y}年{m}月{d}日",
    templates=(
        (
            "order",
            "ご注文ありがとうございます（注文番号 {order}）",
            "{name} 様\n\nこのたびはご注文いただき誠にありがとうございます。{date}にご注文の{product}は2営業日以内に発送いたします。\n\nお支払い金額：{amount}円\n\n{company} カスタマーサービス",
        ),
        (
            "shipping",
            "商品発送のお知らせ",
            "いつもご利用ありがとうございます。\n\nご注文の商品（{order}）を本日発送いたしました。お届け予定日は{date}です。\n\n{company}",
        ),
        (
            "invoice",
            "【ご請求】請求書番号 {order}",
            "お世話になっております。\n\n請求書番号{order}（お支払期限 {date}、金額 {amount}円）のご入金が確認できておりません。お手数ですがご確認ください。\n\n経理部\n{company}",
        ),
        (
            "newsletter",
            "{company} ニュースレター",
            "いつも{company}をご利用いただきありがとうございます。\n\n今月の新機能、キャンペーン情報（最大{n}%オフ）をお届けします。\n\n配信停止をご希望の方は、マイページの設定から手続きできます。個人情報の取り扱いについてはプライバシーポリシーをご覧ください。\n\n{company}",
        ),
        (
            "pitch",
            "業務提携のご提案",
            "突然のご連絡失礼いたします。{company}の{name}と申します。\n\n弊社では、個人情報保護法・GDPRに対応した同意管理ツールを提供しております。一度オンラインでご紹介させていただけないでしょうか。\n\n{name}",
        ),
        (
            "dpa",
            "個人データ取扱い委託契約書の締結について",
            "ご担当者様\n\n業務委託に伴う個人データの取扱いに関する覚書を添付いたします。{date}までにご署名のうえご返送ください。\n\n{company}\n{name}",
        ),
        (
            "support",
            "{product}がつながりません",
            "お世話になります。\n\n昨日から{product}がWi-Fiにつながらなくなりました。再起動やリセットも試しましたが直りません。対処方法を教えてください。\n\n{name}",
        ),
        (
            "job",
            "採用応募の件",
            "採用ご担当者様\n\n求人を拝見し、カスタマーサポート職に応募いたします。履歴書と職務経歴書を添付いたしますので、ご検討のほどよろしくお願いいたします。\n\n{name}",
        ),
        (
            "meeting",
            "打ち合わせ日程のご相談",
            "お世話になっております。\n\n来期の納品について、{date}の午前10時から打ち合わせをお願いできますでしょうか。\n\n{company}\n{name}",
        ),
        (
            "ooo",
            "自動返信：不在のお知らせ",
            "ご連絡ありがとうございます。\n\n{date}まで不在にしております。お急ぎの場合は{company}の代表窓口までご連絡ください。\n\n{name}",
        ),
        (
            "policy",
            "プライバシーポリシー改定のお知らせ",
            "いつもご利用いただきありがとうございます。\n\n{date}より、プライバシーポリシーを改定いたします。主な変更点はCookieの取り扱いに関するものです。お客様のお手続きは不要です。\n\n{company}",
        ),
        (
            "survey",
            "アンケートご協力のお願い",
            "{name} 様\n\n先日はご購入ありがとうございました。{product}の使い心地について、簡単なアンケートにご協力ください（所要時間{n}分）。\n\n{company}",
        ),
    ),
)

LOCALS: tuple[Local, ...] = (CS, HR, JA)
PER_LANGUAGE = 55
FIRST = datetime(2024, 1, 1, tzinfo=UTC)
SPAN_DAYS = 1050


def local_samples(rng: random.Random) -> list[Sample]:
    out = []
    for bank in LOCALS:
        for i in range(PER_LANGUAGE):
            kind, subject, body = bank.templates[i % len(bank.templates)]
            name, local = rng.choice(bank.names).split("|")
            sent = FIRST + timedelta(days=rng.randrange(SPAN_DAYS), minutes=rng.randrange(1440))
            sent = sent.astimezone(timezone(timedelta(hours=bank.tz)))
            day = (sent + timedelta(days=rng.randint(-20, 20))).date()
            fill = {
                "name": name,
                "company": rng.choice(bank.companies),
                "product": rng.choice(PRODUCTS),
                "order": str(rng.randint(100000, 999999)),
                "date": bank.day_fmt.format(d=day.day, m=day.month, y=day.year),
                "amount": f"{rng.randint(3, 400) * 100}",
                "n": str(rng.choice((5, 10, 20, 30))),
            }
            out.append(
                Sample(
                    subject=subject.format(**fill),
                    body=body.format(**fill) + "\n",
                    sender_name=name,
                    sender_address=f"{local}@{rng.choice(bank.domains)}",
                    sent=sent,
                    relevant=False,
                    categories=[],
                    language=bank.code,
                    source=f"generated:letters/other-{kind}",
                )
            )
    return out


@dataclass(frozen=True)
class Explainer:
    """A newsletter or blog digest that explains data protection rights to its readers: it
    names every right and article a request would, but asks nothing of us."""

    code: str
    senders: tuple[str, ...]
    subjects: tuple[str, ...]
    intro: tuple[str, ...]
    rights: tuple[str, ...]
    outro: tuple[str, ...]


EXPLAINERS: tuple[Explainer, ...] = (
    Explainer(
        "en",
        ("Privacy Weekly|news@privacyweekly.example", "The Data Desk|digest@datadesk.example"),
        (
            "Your data rights in five minutes",
            "Know your rights: a GDPR primer",
            "This week: what companies must tell you",
        ),
        (
            "In this issue we walk through the rights every EU resident has over their data.",
            "Many readers asked us what they can actually demand from a company. Here is a short guide.",
        ),
        (
            "Right of access (Article 15): you can ask any company for a copy of the data it holds on you.",
            "Right to rectification (Article 16): if your details are wrong, the company has to correct them.",
            "Right to erasure (Article 17): in many cases you can have your data deleted.",
            "Right to object (Article 21): you can say no to direct marketing at any time.",
            "Data portability (Article 20): you can take your data with you in a machine-readable file.",
            "Consent can be withdrawn as easily as it was given (Article 7).",
            "Companies normally have one month to answer, and you can complain to your regulator if they don't.",
        ),
        (
            "Next week: cookie banners explained. You receive this newsletter because you subscribed; unsubscribe at any time.",
            "Share this guide with a friend. Manage your subscription in your account settings.",
        ),
    ),
    Explainer(
        "de",
        (
            "Datenschutz kompakt|newsletter@datenschutz-kompakt.example",
            "Digitale Rechte|info@digitalerechte.example",
        ),
        (
            "Ihre Rechte nach der DSGVO im Überblick",
            "Newsletter: Was Unternehmen Ihnen sagen müssen",
        ),
        (
            "In dieser Ausgabe erklären wir, welche Rechte Sie gegenüber Unternehmen haben.",
            "Viele Leserinnen und Leser fragen uns, was sie eigentlich verlangen dürfen. Hier ein kurzer Überblick.",
        ),
        (
            "Auskunftsrecht (Art. 15 DSGVO): Sie können von jedem Unternehmen eine Kopie Ihrer Daten verlangen.",
            "Recht auf Berichtigung (Art. 16): Falsche Angaben müssen korrigiert werden.",
            "Recht auf Löschung (Art. 17): In vielen Fällen können Sie die Löschung Ihrer Daten verlangen.",
            "Widerspruchsrecht (Art. 21): Direktwerbung können Sie jederzeit untersagen.",
            "Datenübertragbarkeit (Art. 20): Sie können Ihre Daten in einem maschinenlesbaren Format mitnehmen.",
            "Eine Einwilligung kann jederzeit widerrufen werden (Art. 7 Abs. 3).",
            "Unternehmen haben in der Regel einen Monat Zeit für die Antwort; sonst können Sie sich bei der Aufsichtsbehörde beschweren.",
        ),
        (
            "Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden können Sie sich jederzeit.",
        ),
    ),
    Explainer(
        "fr",
        (
            "Vie privée pratique|lettre@vieprivee-pratique.example",
            "Le Bulletin des données|bulletin@donnees.example",
        ),
        (
            "Vos droits RGPD en cinq minutes",
            "Lettre d'information : ce que les entreprises vous doivent",
        ),
        (
            "Dans ce numéro, nous passons en revue les droits dont vous disposez sur vos données.",
            "Vous êtes nombreux à nous demander ce que vous pouvez exiger d'une entreprise. Voici un petit guide.",
        ),
        (
            "Droit d'accès (article 15) : vous pouvez demander à toute entreprise une copie des données qu'elle détient sur vous.",
            "Droit de rectification (article 16) : des informations inexactes doivent être corrigées.",
            "Droit à l'effacement (article 17) : dans bien des cas, vous pouvez faire supprimer vos données.",
            "Droit d'opposition (article 21) : vous pouvez refuser la prospection à tout moment.",
            "Portabilité (article 20) : vous pouvez récupérer vos données dans un format lisible par machine.",
            "Le consentement se retire aussi facilement qu'il se donne.",
            "L'entreprise dispose en principe d'un mois pour répondre ; à défaut, vous pouvez saisir la CNIL.",
        ),
        ("Vous recevez cette lettre car vous y êtes abonné. Désabonnement en un clic.",),
    ),
    Explainer(
        "es",
        ("Privacidad al día|boletin@privacidadaldia.example",),
        ("Tus derechos RGPD en cinco minutos", "Boletín: lo que las empresas deben contarte"),
        ("En este número repasamos los derechos que tienes sobre tus datos.",),
        (
            "Derecho de acceso (artículo 15): puedes pedir a cualquier empresa una copia de tus datos.",
            "Derecho de rectificación (artículo 16): los datos erróneos deben corregirse.",
            "Derecho de supresión (artículo 17): en muchos casos puedes conseguir que borren tus datos.",
            "Derecho de oposición (artículo 21): puedes negarte a recibir publicidad en cualquier momento.",
            "Portabilidad (artículo 20): puedes llevarte tus datos en un formato legible por máquina.",
            "El consentimiento se puede retirar con la misma facilidad con la que se dio.",
        ),
        ("Recibes este boletín porque te suscribiste. Puedes darte de baja cuando quieras.",),
    ),
    Explainer(
        "it",
        ("Privacy in pillole|newsletter@privacyinpillole.example",),
        ("I tuoi diritti GDPR in cinque minuti", "Newsletter: cosa devono dirti le aziende"),
        ("In questo numero ripassiamo i diritti che hai sui tuoi dati.",),
        (
            "Diritto di accesso (articolo 15): puoi chiedere a qualsiasi azienda una copia dei tuoi dati.",
            "Diritto di rettifica (articolo 16): i dati inesatti vanno corretti.",
            "Diritto alla cancellazione (articolo 17): in molti casi puoi far cancellare i tuoi dati.",
            "Diritto di opposizione (articolo 21): puoi rifiutare il marketing in qualsiasi momento.",
            "Portabilità (articolo 20): puoi portare i tuoi dati altrove in un formato leggibile.",
            "Il consenso si può revocare facilmente come è stato dato.",
        ),
        ("Ricevi questa newsletter perché ti sei iscritto. Puoi disiscriverti in ogni momento.",),
    ),
    Explainer(
        "nl",
        ("Privacy Praktisch|nieuwsbrief@privacypraktisch.example",),
        ("Uw AVG-rechten in vijf minuten", "Nieuwsbrief: wat bedrijven u moeten vertellen"),
        ("In deze editie zetten we uw rechten op een rij.",),
        (
            "Recht op inzage (artikel 15): u kunt elk bedrijf om een kopie van uw gegevens vragen.",
            "Recht op rectificatie (artikel 16): onjuiste gegevens moeten worden verbeterd.",
            "Recht op verwijdering (artikel 17): vaak kunt u uw gegevens laten wissen.",
            "Recht van bezwaar (artikel 21): u kunt direct marketing altijd weigeren.",
            "Dataportabiliteit (artikel 20): u kunt uw gegevens meenemen in een machineleesbaar bestand.",
            "Toestemming kunt u net zo makkelijk intrekken als geven.",
        ),
        ("U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan altijd.",),
    ),
    Explainer(
        "pt",
        ("Privacidade em Foco|newsletter@privacidadeemfoco.example",),
        ("Os seus direitos RGPD em cinco minutos",),
        ("Nesta edição revemos os direitos que tem sobre os seus dados.",),
        (
            "Direito de acesso (artigo 15.º): pode pedir a qualquer empresa uma cópia dos seus dados.",
            "Direito de retificação (artigo 16.º): dados incorretos devem ser corrigidos.",
            "Direito ao apagamento (artigo 17.º): em muitos casos pode pedir que apaguem os seus dados.",
            "Direito de oposição (artigo 21.º): pode recusar marketing a qualquer momento.",
            "Portabilidade (artigo 20.º): pode levar os seus dados num formato legível por máquina.",
        ),
        (
            "Recebe esta newsletter porque se inscreveu. Pode cancelar a subscrição a qualquer momento.",
        ),
    ),
    Explainer(
        "cs",
        ("Soukromí v kostce|zpravodaj@soukromi.example",),
        ("Vaše práva podle GDPR za pět minut", "Zpravodaj: co vám firmy musí sdělit"),
        ("V tomto vydání shrnujeme práva, která máte ke svým údajům.",),
        (
            "Právo na přístup (čl. 15): od každé firmy můžete získat kopii svých údajů.",
            "Právo na opravu (čl. 16): nepřesné údaje musí být opraveny.",
            "Právo na výmaz (čl. 17): v mnoha případech můžete požádat o smazání údajů.",
            "Právo vznést námitku (čl. 21): přímý marketing můžete kdykoli odmítnout.",
            "Přenositelnost (čl. 20): údaje si můžete odnést ve strojově čitelném formátu.",
            "Souhlas lze odvolat stejně snadno, jako byl udělen.",
        ),
        ("Zpravodaj dostáváte, protože jste se přihlásili k odběru. Odhlásit se můžete kdykoli.",),
    ),
    Explainer(
        "hr",
        ("Privatnost ukratko|newsletter@privatnost.example",),
        ("Vaša prava prema GDPR-u u pet minuta", "Newsletter: što vam tvrtke moraju reći"),
        ("U ovom broju donosimo pregled prava koja imate nad svojim podacima.",),
        (
            "Pravo na pristup (čl. 15.): od svake tvrtke možete tražiti kopiju svojih podataka.",
            "Pravo na ispravak (čl. 16.): netočni podaci moraju se ispraviti.",
            "Pravo na brisanje (čl. 17.): često možete tražiti brisanje podataka.",
            "Pravo na prigovor (čl. 21.): izravni marketing možete odbiti u bilo kojem trenutku.",
            "Prenosivost (čl. 20.): podatke možete preuzeti u strojno čitljivom obliku.",
            "Privolu možete povući jednako lako kao što ste je dali.",
        ),
        (
            "Primate ovaj newsletter jer ste se pretplatili. Odjaviti se možete u bilo kojem trenutku.",
        ),
    ),
    Explainer(
        "ja",
        ("プライバシー通信|news@privacy-tsushin.example",),
        ("5分でわかる個人情報の権利", "メールマガジン：企業に請求できること"),
        ("今号では、ご自身の個人情報について認められている権利をご紹介します。",),
        (
            "開示請求：企業が保有するあなたの個人データの開示を求めることができます。",
            "訂正請求：内容が事実でない場合、訂正を求めることができます。",
            "利用停止・消去：一定の場合には、利用の停止や消去を求めることができます。",
            "第三者提供の停止：本人の同意なく提供されている場合などに停止を求められます。",
            "GDPRでは、データポータビリティや異議申立ての権利も定められています。",
            "同意はいつでも撤回できる場合があります。",
        ),
        ("本メールは配信登録いただいた方にお送りしています。配信停止はマイページから。",),
    ),
)
EXPLAINERS_PER_LANGUAGE = 8


def explainer_samples(rng: random.Random) -> list[Sample]:
    out = []
    for bank in EXPLAINERS:
        gap = "" if bank.code == "ja" else "\n\n"
        for _ in range(EXPLAINERS_PER_LANGUAGE):
            sender, address = rng.choice(bank.senders).split("|")
            sent = FIRST + timedelta(days=rng.randrange(SPAN_DAYS), minutes=rng.randrange(1440))
            rights = rng.sample(bank.rights, rng.randint(3, len(bank.rights)))
            bullets = (
                "\n".join(f"- {r}" for r in rights) if rng.random() < 0.6 else gap.join(rights)
            )
            body = "\n\n".join((rng.choice(bank.intro), bullets, rng.choice(bank.outro)))
            out.append(
                Sample(
                    subject=rng.choice(bank.subjects),
                    body=body + "\n",
                    sender_name=sender,
                    sender_address=address,
                    sent=sent,
                    relevant=False,
                    categories=[],
                    language=bank.code,
                    source="generated:letters/other-rights-newsletter",
                    headers={"List-Unsubscribe": f"<mailto:unsubscribe@{address.split('@')[1]}>"},
                )
            )
    return out
