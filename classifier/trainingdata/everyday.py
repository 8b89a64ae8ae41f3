"""Everyday Swedish, Polish and Czech mail to info@ (negatives).

The requests of these languages outnumbered their ordinary mail, so the model learnt the
language's common words ("jag", "på", "och", "har", "ni") as signs of a request: a Swedish
question about opening hours opened a case. Here customers ask about opening hours, stock,
orders, deliveries, returns, invoices and gift cards, get help with a device, book an
installation or say thanks, and companies send pitches, quotes, price changes and meeting
requests: the same small words, no request about personal data.

Written for this project, filled with a fixed seed by the machinery of :mod:`unsolicited`.
Regenerate the corpus folder with::

    python -m classifier.trainingdata.everyday
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from classifier.trainingdata.eml import Sample, write_corpus
from classifier.trainingdata.unsolicited import Lang, Like, like_sample
from classifier.trainingdata.unsolicitedbanks import PL, SV

SEED = 2026_1201
OUTPUT = Path(__file__).resolve().parent.parent / "corpus" / "everyday"

SV_EVERYDAY: tuple[Like, ...] = (
    Like(
        "opening-hours",
        "person",
        ("Öppettider", "Öppet i helgen?", "Fråga om öppettider", "Har ni öppet på lördag?"),
        "[[Vilka öppettider har ni|Hur länge har ni öppet|När öppnar ni]] [[på lördag|i helgen|"
        "under julhelgen|på trettondagen|nästa söndag]]? Jag [[vill hämta min beställning|"
        "tänkte komma förbi och titta på {product}|behöver lämna tillbaka en vara]] i butiken i "
        "{city} och hittar ingen information på er hemsida.",
    ),
    Like(
        "opening-hours",
        "person",
        ("Kundtjänst", "När kan man ringa er?", "Telefontider"),
        "Vilka tider kan man ringa kundtjänst? Jag har försökt [[flera gånger i dag|hela "
        "förmiddagen|sedan i går]] men ingen svarar. Har ni en chatt också?",
    ),
    Like(
        "store-visit",
        "person",
        ("Finns {product} i butiken?", "Lagerstatus {city}", "Reservera en {product}"),
        "Har ni {product} i lager i butiken i {city}? Jag vill gärna se den innan jag köper. "
        "Kan jag reservera en till [[i morgon|på fredag|i helgen]]?",
    ),
    Like(
        "store-visit",
        "person",
        ("Parkering vid butiken", "Hitta till er butik"),
        "Finns det parkering vid er butik i {city}? Och går det att ta sig dit med buss från "
        "centralstationen?",
    ),
    Like(
        "order-status",
        "person",
        ("Order {order}", "När skickas min order?", "Ingen leveransbekräftelse"),
        "Jag beställde {product} den {date} (order {order}) men har inte fått någon "
        "leveransbekräftelse än. När skickas paketet? Jag behöver den [[före helgen|till en "
        "födelsedag|så snart som möjligt]].",
    ),
    Like(
        "delivery-problem",
        "person",
        ("Trasig kartong", "Det saknas en del", "Order {order} – laddare saknas"),
        "Paketet kom i dag men kartongen var trasig och [[laddaren|fästet|skruvarna]] saknades. "
        "Kan ni skicka en ny? Ordernumret är {order}.",
    ),
    Like(
        "return",
        "person",
        ("Byte av {product}", "Fel färg", "Retur eller byte?"),
        "Jag fick fel färg på min {product}. Kan jag byta den i butiken i {city} eller måste jag "
        "skicka tillbaka den? Kartongen är oöppnad.",
    ),
    Like(
        "invoice",
        "person",
        ("Påminnelse fast jag har betalat", "Faktura {order}"),
        "Jag har betalat fakturan men fått en påminnelse ändå. Betalningen gick iväg den {date} "
        "från mitt konto i Swedbank. Kan ni kontrollera det?",
    ),
    Like(
        "invoice",
        "company",
        ("Fel belopp på faktura {order}", "Korrigerad faktura"),
        "vi har fått faktura {order} men beloppet stämmer inte med offerten vi fick i {date}. "
        "Kan ni skicka en korrigerad faktura? Tack på förhand.",
    ),
    Like(
        "support",
        "person",
        ("{product} fungerar inte", "Problem efter uppdateringen", "Hjälp med {product}"),
        "Min {product} har slutat fungera efter uppdateringen [[i går|i helgen|i förrgår]]. "
        "Lampan blinkar rött och appen hittar den inte. Jag har redan startat om routern. Vad "
        "ska jag göra?",
    ),
    Like(
        "support",
        "person",
        ("Batteriet räcker inte", "Fråga om laddning"),
        "Batteriet i min {product} räcker bara en dag nu, förut höll det en vecka. Är det "
        "normalt eller kan ni byta det på garantin? Jag köpte den för ett år sedan.",
    ),
    Like(
        "installation",
        "person",
        ("Installation av {product}", "Kan ni installera?"),
        "Kan ni installera {product} hemma hos oss? Vi bor i {city} och skulle helst vilja ha "
        "det gjort före jul. Vad kostar det och hur lång tid tar det?",
    ),
    Like(
        "gift-card",
        "person",
        ("Presentkort", "Går presentkortet ut?"),
        "Jag har ett presentkort som går ut i slutet av månaden. Kan jag använda det i "
        "webbshoppen eller bara i butiken? Och går det att förlänga?",
    ),
    Like(
        "feedback",
        "person",
        ("Tack!", "Bra service", "Tack för hjälpen"),
        "Ville bara säga tack för snabb hjälp med min {product} förra veckan. Allt fungerar nu "
        "och personalen i butiken i {city} var jättetrevlig.",
    ),
    Like(
        "job",
        "person",
        ("Extrajobb i butiken?", "Söker ni personal?"),
        "Jag undrar om ni söker extrapersonal till butiken inför julhandeln. Jag har jobbat i "
        "butik i tre år och kan börja direkt. Ska jag skicka mitt CV hit?",
    ),
    Like(
        "sales",
        "company",
        ("Samarbete?", "Fler kunder via sociala medier", "Kort möte nästa vecka?"),
        "jag heter {name} och jobbar på {company}. Vi hjälper butiker och e-handlare att "
        "[[sänka fraktkostnaderna|få fler kunder via sociala medier|automatisera "
        "bokföringen]]. Har ni tid för ett kort möte nästa vecka? Jag kan på tisdag eller "
        "torsdag.",
    ),
    Like(
        "quote",
        "company",
        ("Offertförfrågan: {n} st {product}", "Pris på {product}"),
        "vi är ett bostadsbolag i {city} och vill ha ett pris på {n} st {product} inklusive "
        "installation. Vad är leveranstiden och har ni mängdrabatt?",
    ),
    Like(
        "price-change",
        "company",
        ("Nya priser från {date}", "Prisjustering"),
        "från och med {date} höjer vi våra priser med {pct} % på grund av ökade "
        "råvarukostnader. Den nya prislistan finns bifogad. Hör av er om ni har frågor om era "
        "pågående beställningar.",
    ),
    Like(
        "meeting",
        "company",
        ("Möte på torsdag?", "Genomgång inför hösten"),
        "passar det att vi ses på torsdag kl. 10 för att gå igenom beställningen inför hösten? "
        "Annars går fredag förmiddag också bra. Vi kan ses hos er i {city}.",
    ),
    Like(
        "order-notification",
        "noreply",
        ("Orderbekräftelse {order}", "Tack för din beställning"),
        "Tack för din beställning hos {company}!\n\nOrdernummer: {order}\nBeräknad leverans: "
        "{date}\n\nDu kan följa din order på {url}. Har du frågor når du vår kundtjänst "
        "vardagar 9–17.",
    ),
)

PL_EVERYDAY: tuple[Like, ...] = (
    Like(
        "opening-hours",
        "person",
        ("Godziny otwarcia", "Czy sklep jest otwarty w sobotę?", "Pytanie o godziny"),
        "W jakich godzinach jest otwarty sklep w {city} [[w sobotę|w niedzielę handlową|w "
        "Wigilię|w długi weekend]]? Chciałbym [[odebrać zamówienie osobiście|obejrzeć "
        "{product}|zwrócić towar]], a na stronie nie ma tej informacji.",
    ),
    Like(
        "opening-hours",
        "person",
        ("Infolinia", "Nikt nie odbiera"),
        "W jakich godzinach działa infolinia? Dzwonię [[od rana|od wczoraj|kilka razy]] i nikt "
        "nie odbiera. Czy macie też czat?",
    ),
    Like(
        "store-visit",
        "person",
        ("Czy macie {product} w sklepie?", "Dostępność w {city}"),
        "Czy macie {product} na stanie w sklepie w {city}? Chciałabym go zobaczyć przed "
        "zakupem. Czy mogę go zarezerwować na [[jutro|piątek|weekend]]?",
    ),
    Like(
        "order-status",
        "person",
        ("Zamówienie {order}", "Kiedy wysyłka?", "Brak potwierdzenia wysyłki"),
        "Złożyłem zamówienie {order} {date}, ale do dziś nie dostałem potwierdzenia wysyłki. "
        "Kiedy paczka zostanie nadana? Potrzebuję jej [[przed weekendem|na urodziny|jak "
        "najszybciej]].",
    ),
    Like(
        "delivery-problem",
        "person",
        ("Uszkodzona paczka", "Brakuje ładowarki"),
        "Paczka dotarła dzisiaj, ale karton był uszkodzony i brakuje [[ładowarki|uchwytu|"
        "śrubek]]. Czy możecie ją dosłać? Numer zamówienia {order}.",
    ),
    Like(
        "return",
        "person",
        ("Wymiana {product}", "Zły kolor", "Zwrot czy wymiana?"),
        "Dostałam {product} w złym kolorze. Czy mogę go wymienić w sklepie w {city}, czy muszę "
        "odesłać paczkę? Pudełko jest nieotwierane.",
    ),
    Like(
        "invoice",
        "person",
        ("Faktura VAT do zamówienia {order}", "Prośba o fakturę"),
        "Proszę o wystawienie faktury VAT na firmę do zamówienia {order}. Dane firmy i NIP "
        "podam w odpowiedzi, jeśli będą potrzebne.",
    ),
    Like(
        "invoice",
        "company",
        ("Błędna kwota na fakturze {order}", "Faktura korygująca"),
        "otrzymaliśmy fakturę {order}, ale cena nie zgadza się z ofertą z {date}. Prosimy o "
        "wystawienie faktury korygującej.",
    ),
    Like(
        "invoice",
        "person",
        ("Przypomnienie o płatności", "Zapłaciłem już"),
        "Zapłaciłem fakturę {date}, a mimo to dostałem przypomnienie o płatności. Czy mogą "
        "Państwo to sprawdzić?",
    ),
    Like(
        "support",
        "person",
        ("{product} nie działa", "Problem po aktualizacji"),
        "Mój {product} przestał działać po wczorajszej aktualizacji. Dioda miga na czerwono, a "
        "aplikacja go nie widzi. Restart routera nie pomógł. Co mam zrobić?",
    ),
    Like(
        "installation",
        "person",
        ("Montaż {product}", "Czy robicie montaż?"),
        "Czy oferujecie montaż {product} u klienta? Mieszkamy w {city} i chcielibyśmy to zrobić "
        "przed świętami. Ile to kosztuje?",
    ),
    Like(
        "gift-card",
        "person",
        ("Karta podarunkowa", "Ważność karty"),
        "Mam kartę podarunkową, która traci ważność pod koniec miesiąca. Czy mogę ją "
        "wykorzystać w sklepie internetowym?",
    ),
    Like(
        "feedback",
        "person",
        ("Dziękuję!", "Świetna obsługa"),
        "Chciałem tylko podziękować za szybką pomoc z moim {product}. Wszystko już działa, a "
        "obsługa w sklepie w {city} była bardzo miła.",
    ),
    Like(
        "sales",
        "company",
        ("Współpraca", "Niższe koszty wysyłki", "Krótka rozmowa?"),
        "nazywam się {name} i reprezentuję firmę {company}. Pomagamy sklepom internetowym "
        "[[obniżyć koszty wysyłki|zdobywać klientów w mediach społecznościowych|"
        "zautomatyzować księgowość]]. Czy znajdą Państwo czas na krótką rozmowę w przyszłym "
        "tygodniu?",
    ),
    Like(
        "quote",
        "company",
        ("Zapytanie ofertowe: {n} szt. {product}", "Wycena {product}"),
        "jesteśmy spółdzielnią mieszkaniową z {city} i prosimy o wycenę {n} szt. {product} "
        "wraz z montażem. Jaki jest czas realizacji?",
    ),
    Like(
        "meeting",
        "company",
        ("Spotkanie w czwartek?", "Zamówienia na kolejny kwartał"),
        "czy pasuje Państwu spotkanie w czwartek o 10:00? Chcielibyśmy omówić zamówienia na "
        "kolejny kwartał. Możemy przyjechać do {city}.",
    ),
)

CS = Lang(
    code="cs",
    people=(
        "Tereza Novotná|tereza.novotna",
        "Jakub Dvořák|jakub.dvorak",
        "Petra Černá|petra.cerna",
        "Martin Procházka|martin.prochazka",
        "Lucie Veselá|lucie.vesela",
    ),
    freemail=("seznam.cz", "email.cz", "gmail.com", "centrum.cz"),
    companies=(
        "Domov a zahrada|domovazahrada.cz",
        "Rychlá zásilka|rychlazasilka.cz",
        "Obchodní partneři|obchodnipartneri.cz",
    ),
    cities=("Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"),
    tz=(60, 120),
    day_fmt="{d}. {m}. {y}",
    hello=("Dobrý den,", "Ahoj,", "Zdravím,"),
    dear=("Dobrý den,", "Vážení,"),
    bye=("Díky", "Děkuji", "", "S pozdravem"),
    regards=("S pozdravem", "S přátelským pozdravem", "Děkuji a zdravím"),
    reply_prefix="Re: ",
    wrote="Dne {date} {sender} napsal(a):",
    promos=(),
    promo_lines=(),
    asks=(),
    likes=(
        Like(
            "opening-hours",
            "person",
            ("Otevírací doba", "Máte otevřeno v sobotu?"),
            "Jakou máte otevírací dobu [[o víkendu|v sobotu|o svátcích]]? Chtěl bych si "
            "vyzvednout objednávku na prodejně v {city} a na webu jsem to nenašel.",
        ),
        Like(
            "store-visit",
            "person",
            ("Máte {product} skladem?", "Dostupnost na prodejně"),
            "Máte {product} skladem na prodejně v {city}? Rád bych si ho nejdřív prohlédl. "
            "Můžete mi ho do zítřka rezervovat?",
        ),
        Like(
            "order-status",
            "person",
            ("Objednávka {order}", "Kdy odešlete zásilku?"),
            "Objednal jsem {product} dne {date} (objednávka {order}), ale zatím mi nepřišlo "
            "potvrzení o odeslání. Kdy zásilku odešlete?",
        ),
        Like(
            "invoice",
            "person",
            ("Faktura na firmu", "Prosba o fakturu"),
            "Prosím o vystavení faktury na firmu k objednávce {order}. IČO a adresu doplním v "
            "odpovědi.",
        ),
        Like(
            "return",
            "person",
            ("Výměna zboží", "Špatná barva"),
            "Přišel mi {product} ve špatné barvě. Můžu ho vyměnit na prodejně v {city}, nebo ho "
            "musím poslat zpět?",
        ),
        Like(
            "support",
            "person",
            ("{product} nefunguje", "Problém po aktualizaci"),
            "Můj {product} po včerejší aktualizaci přestal fungovat. Kontrolka bliká červeně a "
            "aplikace ho nenajde. Co mám dělat?",
        ),
        Like(
            "sales",
            "company",
            ("Spolupráce", "Nižší náklady na dopravu"),
            "jmenuji se {name} a zastupuji firmu {company}. Pomáháme e-shopům snížit náklady na "
            "dopravu. Měli byste čas na krátký hovor příští týden?",
        ),
        Like(
            "quote",
            "company",
            ("Poptávka: {n} ks {product}", "Cenová nabídka"),
            "jsme bytové družstvo z {city} a prosíme o cenovou nabídku na {n} ks {product} "
            "včetně montáže. Jaká je dodací lhůta?",
        ),
        Like(
            "feedback",
            "person",
            ("Poděkování", "Díky za pomoc"),
            "Chtěla jsem jen poděkovat za rychlou pomoc s mým {product}. Vše už funguje a "
            "personál na prodejně byl moc milý.",
        ),
        Like(
            "gift-card",
            "person",
            ("Dárkový poukaz", "Platnost poukazu"),
            "Mám dárkový poukaz, který končí na konci měsíce. Můžu ho použít i v e-shopu?",
        ),
        Like(
            "opening-hours",
            "person",
            ("Zákaznická linka", "Nemůžu se dovolat"),
            "V kolik hodin funguje zákaznická linka? Od rána se nemůžu dovolat.",
        ),
        Like(
            "delivery-problem",
            "person",
            ("Poškozená zásilka", "Chybí nabíječka"),
            "Balík dnes dorazil, ale krabice byla poškozená a chybí nabíječka. Můžete ji poslat? "
            "Číslo objednávky je {order}.",
        ),
    ),
    n_asks=0,
    n_likes=30,
)

LANGS: tuple[Lang, ...] = (
    replace(SV, asks=(), n_asks=0, likes=SV_EVERYDAY, n_likes=60),
    replace(PL, asks=(), n_asks=0, likes=PL_EVERYDAY, n_likes=45),
    CS,
)


def samples() -> list[Sample]:
    """Every everyday message, in a fixed shuffled order."""
    rng = random.Random(SEED)
    out = [
        like_sample(lang, lang.likes[i % len(lang.likes)], rng, "everyday")
        for lang in LANGS
        for i in range(lang.n_likes)
    ]
    rng.shuffle(out)
    return out


def main() -> None:
    corpus = samples()
    write_corpus(OUTPUT, corpus, domain="everyday")
    print(f"wrote {len(corpus)} messages to {OUTPUT}")


if __name__ == "__main__":
    main()
