"""Phrase banks of :mod:`letters`: Czech, Croatian and Japanese first, then the languages the
older generators already cover. Written for this project."""

from __future__ import annotations

from classifier.trainingdata import requests
from classifier.trainingdata.letterbanks_west import DE, EN, ES, FR, IT, NL, PL, PT, SV
from classifier.trainingdata.letters import Letters

# The GDPR article numbers by category (the Portuguese bank of requests.py has them bare).
GDPR_ARTS: dict[str, str] = requests.PT_RGPD_ARTS

CS = Letters(
    code="cs",
    male=("Jan", "Petr", "Tomáš|Tomas", "Martin", "Jiří|Jiri", "Lukáš|Lukas", "Ondřej|Ondrej"),
    female=("Jana", "Tereza", "Lucie", "Eva", "Kateřina|Katerina", "Markéta|Marketa", "Petra"),
    surnames=(
        "Novák|Novak",
        "Svoboda",
        "Dvořák|Dvorak",
        "Černý|Cerny",
        "Procházka|Prochazka",
        "Kučera|Kucera",
        "Veselý|Vesely",
        "Horák|Horak",
        "Marek",
        "Pokorný|Pokorny",
    ),
    domains=("seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz", "volny.cz"),
    tz=(1, 2),
    months=(
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ),
    day_fmt=("{d}. {mon} {y}", "{d}. {m}. {y}"),
    refs=("čl. {art} GDPR", "čl. {art} obecného nařízení o ochraně osobních údajů"),
    arts={**GDPR_ARTS, "consent_withdrawal": "7 odst. 3"},
    greet=(
        "Vážení,",
        "Vážená paní, vážený pane,",
        "Dobrý den,",
        "Vážený pověřenče pro ochranu osobních údajů,",
    ),
    greet_informal=("Dobrý den,", "Ahoj,", "Zdravím,", "dobry den"),
    close=("S pozdravem", "S přátelským pozdravem", "Děkuji a s pozdravem"),
    close_informal=("Díky", "Děkuji", "Zdravím", "dik"),
    identity=(
        "Jsem vaším zákazníkem, můj účet je veden pod {account}.",
        "Jmenuji se {name} a u vás jsem registrován(a) s e-mailovou adresou {email}.",
        "Pro identifikaci: {name}, e-mail {email}, uživatelský účet {account}.",
    ),
    subjects={
        "access": (
            "Žádost o přístup k osobním údajům",
            "Žádost podle čl. 15 GDPR",
            "Jaké údaje o mně zpracováváte?",
        ),
        "rectification": (
            "Žádost o opravu osobních údajů",
            "Oprava nesprávných údajů",
            "Nesprávná adresa v mém účtu",
        ),
        "erasure": (
            "Žádost o výmaz osobních údajů",
            "Zrušení účtu a smazání dat",
            "Právo být zapomenut",
        ),
        "restriction": ("Žádost o omezení zpracování", "Omezení zpracování podle čl. 18 GDPR"),
        "portability": (
            "Žádost o přenositelnost údajů",
            "Export mých dat",
            "Údaje ve strojově čitelném formátu",
        ),
        "objection": (
            "Námitka proti zpracování osobních údajů",
            "Nesouhlas s marketingem",
            "Námitka podle čl. 21 GDPR",
        ),
        "consent_withdrawal": ("Odvolání souhlasu se zpracováním", "Odvolávám souhlas"),
        "complaint": (
            "Stížnost na zpracování osobních údajů",
            "Podezření na únik dat",
            "Napadený účet",
        ),
        "inquiry": (
            "Dotaz k ochraně osobních údajů",
            "Otázka k zásadám ochrany soukromí",
            "Kde jsou uložena moje data?",
        ),
    },
    core={
        "access": (
            "podle {ref} vás žádám o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o přístup k nim a o poskytnutí jejich kopie.",
            "tímto uplatňuji své právo na přístup k osobním údajům podle {ref}. Prosím o zaslání kopie všech údajů, které o mně uchováváte, včetně údajů z {product}.",
            "žádám vás, abyste mi sdělili, jaké osobní údaje o mé osobě zpracováváte, a zaslali mi jejich kopii ({ref}).",
        ),
        "rectification": (
            "podle {ref} vás žádám o opravu nepřesných osobních údajů, které se mě týkají, a o doplnění neúplných údajů.",
            "v mém zákaznickém účtu jsou uvedeny nesprávné údaje. Na základě {ref} vás žádám o jejich bezodkladnou opravu.",
            "uplatňuji právo na opravu podle {ref}; údaje, které o mně vedete, nejsou aktuální.",
        ),
        "erasure": (
            "podle {ref} vás žádám o bezodkladný výmaz všech osobních údajů, které se mě týkají.",
            "tímto uplatňuji právo na výmaz („právo být zapomenut“) podle {ref}. Zrušte prosím můj účet {account} a smažte všechna související data.",
            "žádám o vymazání mých osobních údajů, včetně záznamů z {product}, v souladu s {ref}. Údaje již nejsou potřebné pro účely, pro které byly shromážděny.",
        ),
        "restriction": (
            "podle {ref} vás žádám o omezení zpracování mých osobních údajů, dokud nebude ověřena jejich přesnost.",
            "mé údaje prosím nemažte, ale omezte jejich zpracování podle {ref}; potřebuji je k uplatnění právního nároku.",
        ),
        "portability": (
            "podle {ref} vás žádám o poskytnutí osobních údajů, které jsem vám poskytl(a), ve strukturovaném, běžně používaném a strojově čitelném formátu.",
            "uplatňuji právo na přenositelnost údajů ({ref}). Zašlete mi prosím export mého účtu {account} ve formátu CSV nebo JSON, případně údaje předejte přímo jinému správci.",
        ),
        "objection": (
            "podle {ref} vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu, včetně profilování.",
            "nesouhlasím s tím, abyste moje údaje z {product} používali k profilování a cílené reklamě, a vznáším proti tomu námitku podle {ref}.",
            "vznáším námitku proti předávání mých údajů reklamním partnerům ({ref}). Toto zpracování prosím ukončete.",
        ),
        "consent_withdrawal": (
            "tímto odvolávám svůj souhlas se zpracováním osobních údajů, který jsem vám dříve udělil(a), a to s účinností ode dneška ({ref}).",
            "odvolávám souhlas se shromažďováním údajů o poloze v {product} podle {ref}.",
            "již nesouhlasím se zpracováním svých hlasových nahrávek a svůj souhlas tímto odvolávám ({ref}).",
        ),
        "complaint": (
            "chci si formálně stěžovat na způsob, jakým nakládáte s mými osobními údaji. Na mou předchozí žádost jste nereagovali a zvažuji podání stížnosti u Úřadu pro ochranu osobních údajů ({ref}).",
            "mám podezření, že můj účet {account} byl napaden: přišla mi upozornění na přihlášení z cizí země a nastavení {product} bylo změněno. Sdělte mi prosím, k jakým údajům měl útočník přístup.",
            "oznamuji možné porušení zabezpečení osobních údajů: na záznamy z mé kamery {product} se zřejmě díval někdo cizí.",
        ),
        "inquiry": (
            "rád(a) bych se zeptal(a), ve kterých zemích ukládáte mé osobní údaje a jaké záruky platí pro jejich předávání mimo EU ({ref}).",
            "můžete mi vysvětlit, jaké údaje {product} o mně shromažďuje, k jakému účelu a jak dlouho je uchováváte?",
            "přečetl(a) jsem vaše zásady ochrany osobních údajů a mám dotaz: s jakými třetími stranami sdílíte údaje uživatelů a na jakém právním základě?",
        ),
    },
    detail={
        "access": (
            "Prosím také o informace o účelech zpracování, o příjemcích, kterým byly údaje zpřístupněny, o době uložení a o zdroji údajů.",
            "Zajímá mě rovněž, zda dochází k automatizovanému rozhodování včetně profilování.",
        ),
        "erasure": (
            "Pokud jste mé údaje zveřejnili, informujte prosím ostatní správce, že žádám o výmaz všech odkazů a kopií.",
            "Nesouhlasím s dalším uchováváním údajů; žádný zákonný důvod pro jejich uchování není dán.",
        ),
        "portability": ("Údaje prosím zašlete jako soubor, který lze importovat do jiné služby.",),
        "restriction": ("Do vyřešení věci údaje pouze uchovávejte a nijak dále nezpracovávejte.",),
        "objection": (
            "Na mé konkrétní situaci je důvodné, aby zpracování skončilo; oprávněný zájem podle mého názoru nepřevažuje.",
        ),
    },
    informal={
        "access": (
            "pošlete mi prosím všechno, co o mně máte",
            "jaký data o mně vlastně máte? chci kopii",
            "chtěl bych vidět, co všechno {product} o mně sbírá",
        ),
        "rectification": (
            "mám v účtu špatně napsané příjmení, můžete to opravit?",
            "prosím změňte mi e-mail, ten starý už nepoužívám",
            "máte u mě starou adresu, přestěhoval jsem se, opravte to prosím",
        ),
        "erasure": (
            "smažte prosím můj účet a všechna moje data",
            "chci zrušit účet a smazat všechno, co o mně máte",
            "{product} už nepoužívám, smažte všechna moje videa",
        ),
        "restriction": (
            "nic s mými daty zatím nedělejte, dokud se nevyřeší ty špatné údaje",
            "můžete můj účet zmrazit? nemazat, jen nepoužívat",
        ),
        "portability": (
            "jde exportovat historii z {product} do CSV?",
            "přecházím jinam, jak dostanu svoje data v souboru, co jde importovat?",
        ),
        "objection": (
            "přestaňte mi posílat reklamní e-maily!!",
            "nechci, aby se moje data používala na reklamu a profilování",
            "neprodávejte a nesdílejte moje údaje",
        ),
        "consent_withdrawal": (
            "už nesouhlasím se sledováním polohy, odvolávám souhlas",
            "rozmyslel jsem si to, beru zpět souhlas s používáním mých nahrávek",
        ),
        "complaint": (
            "myslím, že mi někdo hacknul účet, kdo viděl moje záznamy??",
            "už potřetí píšu a nikdo neodpovídá, takhle se s daty zákazníků nezachází",
        ),
        "inquiry": (
            "v jaké zemi máte uložená moje videa?",
            "sdílíte moje data s někým dalším?",
            "jak dlouho uchováváte záznamy z {product}?",
        ),
    },
    field_intro=(
        "Prosím o tyto změny:",
        "Nesprávné a správné údaje:",
        "Opravte prosím následující:",
    ),
    fields={
        "name": ("Nesprávné jméno", "Správné jméno"),
        "address": ("Stará adresa", "Správná adresa"),
        "email": ("Neplatný e-mail", "Správný e-mail"),
        "phone": ("Nesprávné telefonní číslo", "Správné telefonní číslo"),
        "birth": ("Uvedené datum narození", "Správné datum narození"),
    },
    addresses=(
        "Vinohradská {n}, 120 00 Praha 2",
        "Masarykova {n}, 602 00 Brno",
        "Nádražní {n}, 702 00 Ostrava",
        "Husova {n}, 301 00 Plzeň",
    ),
    notify=(
        "Pokud jste mé osobní údaje zpřístupnili dalším příjemcům, oznamte jim podle čl. 19 GDPR tuto opravu či výmaz a sdělte mi, o které příjemce jde.",
        "Oznamte prosím provedení mé žádosti všem příjemcům, kterým byly údaje zpřístupněny (čl. 19 GDPR).",
    ),
    consent_add=(
        "Pokud je zpracování založeno na mém souhlasu, tento souhlas tímto odvolávám ({ref}).",
        "Zároveň odvolávám veškeré souhlasy, které jsem vám v minulosti udělil(a) ({ref}).",
    ),
    object_add=(
        "Současně vznáším námitku proti zpracování pro účely přímého marketingu ({ref}).",
        "Proti dalšímu zpracování na základě oprávněného zájmu vznáším námitku podle {ref}.",
    ),
    erase_add=("Následně prosím údaje získané na základě tohoto souhlasu vymažte ({ref}).",),
    scope=("Má žádost se výslovně týká všech služeb a společností, pro které jste správcem.",),
    deadline=(
        "Podle čl. 12 odst. 3 GDPR jste povinni mi odpovědět bez zbytečného odkladu, nejpozději do jednoho měsíce od obdržení žádosti.",
        "Provedení prosím potvrďte písemně do jednoho měsíce.",
    ),
    escalate=(
        "Pokud v uvedené lhůtě neodpovíte, vyhrazuji si právo podat stížnost u Úřadu pro ochranu osobních údajů.",
        "V případě nečinnosti se obrátím na dozorový úřad.",
    ),
    reminder=(
        "dne {date} jsem vám zaslal(a) žádost podle {ref}. Dosud jsem neobdržel(a) žádnou odpověď, ačkoli lhůta jednoho měsíce již uplynula.",
        "připomínám svou žádost ze dne {date} podle {ref}, na kterou jste dosud nereagovali.",
    ),
    reminder_named=(
        "dne {date} jsem vám poslal(a) {what}. Odpověď jsem zatím nedostal(a).",
        "opakovaně vás žádám o vyřízení mé žádosti ze dne {date}, totiž {what}.",
    ),
    reminder_more=(
        "Proto se na vás obracím znovu a žádám o vyřízení do dvou týdnů. Jinak podám stížnost u dozorového úřadu.",
        "Lhůta podle čl. 12 odst. 3 GDPR byla překročena. Očekávám odpověď do 14 dnů.",
    ),
    reminder_subjects=(
        "Upomínka: moje žádost ze dne {date}",
        "Urgence – žádost bez odpovědi",
        "Druhá žádost",
    ),
    what={
        "access": "žádost o přístup k osobním údajům",
        "rectification": "žádost o opravu mých údajů",
        "erasure": "žádost o výmaz mých údajů",
        "restriction": "žádost o omezení zpracování",
        "portability": "žádost o export údajů (přenositelnost)",
        "objection": "námitku proti zpracování",
    },
    thanks=("Děkuji.", "Předem děkuji za vyřízení."),
)

HR = Letters(
    code="hr",
    male=("Ivan", "Marko", "Luka", "Tomislav", "Josip", "Ante", "Matej", "Domagoj"),
    female=("Ana", "Ivana", "Marija", "Petra", "Lucija", "Maja", "Katarina", "Nikolina"),
    surnames=(
        "Horvat",
        "Kovačević|Kovacevic",
        "Babić|Babic",
        "Marić|Maric",
        "Jurić|Juric",
        "Novak",
        "Knežević|Knezevic",
        "Vuković|Vukovic",
        "Pavlović|Pavlovic",
        "Božić|Bozic",
    ),
    domains=("gmail.com", "net.hr", "t-com.hr", "yahoo.com", "hotmail.com"),
    tz=(1, 2),
    months=(
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    ),
    day_fmt=("{d}. {mon} {y}.", "{d}. {m}. {y}."),
    refs=("čl. {art}. GDPR-a", "članka {art}. Opće uredbe o zaštiti podataka"),
    arts={**GDPR_ARTS, "consent_withdrawal": "7. st. 3"},
    greet=(
        "Poštovani,",
        "Poštovana gospođo, poštovani gospodine,",
        "Dobar dan,",
        "Poštovani službeniče za zaštitu podataka,",
    ),
    greet_informal=("Pozdrav,", "Bok,", "Dobar dan,", "pozdrav"),
    close=("S poštovanjem,", "Srdačan pozdrav,", "Lijep pozdrav,"),
    close_informal=("Hvala", "Pozdrav", "Lp", "hvala unaprijed"),
    identity=(
        "Vaš sam korisnik, moj korisnički račun vodi se pod {account}.",
        "Zovem se {name}, a kod vas sam registriran(a) s e-adresom {email}.",
        "Radi identifikacije: {name}, e-pošta {email}, račun {account}.",
    ),
    subjects={
        "access": (
            "Zahtjev za pristup osobnim podacima",
            "Zahtjev prema čl. 15. GDPR-a",
            "Koje podatke imate o meni?",
        ),
        "rectification": (
            "Zahtjev za ispravak osobnih podataka",
            "Ispravak netočnih podataka",
            "Pogrešna adresa u mom računu",
        ),
        "erasure": (
            "Zahtjev za brisanje osobnih podataka",
            "Brisanje računa i podataka",
            "Pravo na zaborav",
        ),
        "restriction": ("Zahtjev za ograničenje obrade", "Ograničenje obrade prema čl. 18. GDPR-a"),
        "portability": ("Zahtjev za prenosivost podataka", "Izvoz mojih podataka"),
        "objection": (
            "Prigovor na obradu osobnih podataka",
            "Ne želim marketinške poruke",
            "Prigovor prema čl. 21. GDPR-a",
        ),
        "consent_withdrawal": ("Povlačenje privole", "Povlačim privolu za obradu podataka"),
        "complaint": (
            "Pritužba na obradu osobnih podataka",
            "Sumnja na povredu podataka",
            "Hakiran račun",
        ),
        "inquiry": (
            "Upit o zaštiti osobnih podataka",
            "Pitanje o politici privatnosti",
            "Gdje se pohranjuju moji podaci?",
        ),
    },
    core={
        "access": (
            "temeljem {ref} molim potvrdu obrađujete li moje osobne podatke te, ako je tako, pristup tim podacima i njihovu presliku.",
            "ovim putem ostvarujem pravo na pristup osobnim podacima iz {ref}. Molim da mi dostavite kopiju svih podataka koje o meni čuvate, uključujući podatke iz {product}.",
            "molim da mi priopćite koje osobne podatke o meni obrađujete i da mi pošaljete njihovu kopiju ({ref}).",
        ),
        "rectification": (
            "temeljem {ref} zahtijevam ispravak netočnih osobnih podataka koji se odnose na mene te dopunu nepotpunih podataka.",
            "u mom korisničkom računu navedeni su pogrešni podaci. Na temelju {ref} molim da ih bez odgode ispravite.",
            "ostvarujem pravo na ispravak iz {ref}; podaci koje o meni vodite nisu točni.",
        ),
        "erasure": (
            "temeljem {ref} zahtijevam da bez nepotrebnog odgađanja izbrišete sve osobne podatke koji se odnose na mene.",
            "ovim putem ostvarujem pravo na brisanje („pravo na zaborav“) iz {ref}. Molim da ugasite moj račun {account} i izbrišete sve povezane podatke.",
            "tražim brisanje svojih osobnih podataka, uključujući snimke iz {product}, u skladu s {ref}. Podaci više nisu nužni u svrhe za koje su prikupljeni.",
        ),
        "restriction": (
            "temeljem {ref} zahtijevam ograničenje obrade mojih osobnih podataka dok se ne provjeri njihova točnost.",
            "molim da moje podatke ne brišete, nego da ograničite njihovu obradu prema {ref}; potrebni su mi za ostvarivanje pravnog zahtjeva.",
        ),
        "portability": (
            "temeljem {ref} tražim da mi osobne podatke koje sam vam dao/dala dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu.",
            "ostvarujem pravo na prenosivost podataka ({ref}). Molim izvoz mog računa {account} u obliku CSV ili JSON datoteke ili izravan prijenos drugom voditelju obrade.",
        ),
        "objection": (
            "temeljem {ref} ulažem prigovor na obradu mojih osobnih podataka u svrhe izravnog marketinga, uključujući izradu profila.",
            "ne pristajem da se moji podaci iz {product} koriste za profiliranje i ciljano oglašavanje te ulažem prigovor prema {ref}.",
            "ulažem prigovor na prosljeđivanje mojih podataka oglašivačkim partnerima ({ref}). Molim da prestanete s tom obradom.",
        ),
        "consent_withdrawal": (
            "ovim putem povlačim privolu za obradu osobnih podataka koju sam vam ranije dao/dala, s učinkom od danas ({ref}).",
            "povlačim privolu za prikupljanje podataka o lokaciji u {product} prema {ref}.",
            "više ne pristajem na obradu svojih glasovnih snimki i ovime povlačim privolu ({ref}).",
        ),
        "complaint": (
            "želim uložiti formalnu pritužbu na način na koji postupate s mojim osobnim podacima. Na moj raniji zahtjev niste odgovorili pa razmatram podnošenje pritužbe Agenciji za zaštitu osobnih podataka ({ref}).",
            "sumnjam da je moj račun {account} hakiran: dobio/dobila sam obavijesti o prijavi iz strane zemlje, a postavke {product} su promijenjene. Molim da mi kažete kojim je podacima napadač pristupio.",
            "prijavljujem moguću povredu osobnih podataka: čini se da je netko nepoznat gledao snimke s moje kamere {product}.",
        ),
        "inquiry": (
            "zanima me u kojim zemljama pohranjujete moje osobne podatke i koje zaštitne mjere vrijede za prijenos izvan EU-a ({ref}).",
            "možete li mi objasniti koje podatke {product} prikuplja o meni, u koju svrhu i koliko dugo ih čuvate?",
            "pročitao/pročitala sam vašu politiku privatnosti i imam pitanje: s kojim trećim stranama dijelite podatke korisnika i na kojoj pravnoj osnovi?",
        ),
    },
    detail={
        "access": (
            "Molim i informacije o svrhama obrade, primateljima kojima su podaci otkriveni, razdoblju pohrane i izvoru podataka.",
            "Zanima me i provodi li se automatizirano donošenje odluka, uključujući izradu profila.",
        ),
        "erasure": (
            "Ako ste moje podatke javno objavili, obavijestite druge voditelje obrade da tražim brisanje svih poveznica i kopija.",
            "Ne postoji zakonska obveza koja bi opravdala daljnje čuvanje podataka.",
        ),
        "portability": ("Podatke molim dostaviti kao datoteku koju mogu uvesti u drugu uslugu.",),
        "restriction": (
            "Do rješenja stvari podatke samo pohranite i nemojte ih dalje obrađivati.",
        ),
        "objection": (
            "S obzirom na moju posebnu situaciju, vaš legitimni interes ne prevladava nad mojim pravima.",
        ),
    },
    informal={
        "access": (
            "pošaljite mi sve što imate o meni",
            "koje podatke uopće imate o meni? htio bih kopiju",
            "zanima me što sve {product} skuplja o meni",
        ),
        "rectification": (
            "prezime mi je krivo napisano u računu, možete ispraviti?",
            "molim promijenite mi e-mail, stari više ne koristim",
            "imate moju staru adresu, preselio sam se, ispravite molim",
        ),
        "erasure": (
            "obrišite mi račun i sve moje podatke",
            "želim ugasiti račun i da izbrišete sve o meni",
            "više ne koristim {product}, obrišite sve moje snimke",
        ),
        "restriction": (
            "nemojte ništa raditi s mojim podacima dok se ne riješi ta greška",
            "možete zamrznuti moj račun? ne brisati, samo ne koristiti",
        ),
        "portability": (
            "mogu li izvesti povijest iz {product} u CSV?",
            "prelazim drugdje, kako da dobijem svoje podatke u datoteci za uvoz?",
        ),
        "objection": (
            "prestanite mi slati reklame!!",
            "ne želim da se moji podaci koriste za oglase i profiliranje",
            "nemojte prodavati ni dijeliti moje podatke",
        ),
        "consent_withdrawal": (
            "više ne pristajem na praćenje lokacije, povlačim privolu",
            "predomislio sam se, povlačim privolu za korištenje mojih snimki",
        ),
        "complaint": (
            "mislim da mi je netko hakirao račun, tko je gledao moje snimke??",
            "treći put pišem i nitko ne odgovara, ovo nije u redu s mojim podacima",
        ),
        "inquiry": (
            "u kojoj su državi spremljeni moji videozapisi?",
            "dijelite li moje podatke s nekim?",
            "koliko dugo čuvate snimke iz {product}?",
        ),
    },
    field_intro=("Molim sljedeće izmjene:", "Netočni i točni podaci:", "Ispravite molim sljedeće:"),
    fields={
        "name": ("Netočno ime", "Točno ime"),
        "address": ("Stara adresa", "Točna adresa"),
        "email": ("Nevažeća e-adresa", "Ispravna e-adresa"),
        "phone": ("Pogrešan broj telefona", "Točan broj telefona"),
        "birth": ("Upisani datum rođenja", "Točan datum rođenja"),
    },
    addresses=(
        "Ilica {n}, 10000 Zagreb",
        "Marmontova {n}, 21000 Split",
        "Korzo {n}, 51000 Rijeka",
        "Europska avenija {n}, 31000 Osijek",
    ),
    notify=(
        "Ako ste moje osobne podatke otkrili drugim primateljima, obavijestite ih prema čl. 19. GDPR-a o ovom ispravku ili brisanju i javite mi o kojim je primateljima riječ.",
        "Molim da o izvršenju mog zahtjeva obavijestite sve primatelje kojima su podaci otkriveni (čl. 19. GDPR-a).",
    ),
    consent_add=(
        "Ako se obrada temelji na mojoj privoli, tu privolu ovime povlačim ({ref}).",
        "Ujedno povlačim sve privole koje sam vam ranije dao/dala ({ref}).",
    ),
    object_add=(
        "Istodobno ulažem prigovor na obradu u svrhe izravnog marketinga ({ref}).",
        "Na daljnju obradu temeljem legitimnog interesa ulažem prigovor prema {ref}.",
    ),
    erase_add=("Nakon toga molim izbrišite podatke prikupljene na temelju te privole ({ref}).",),
    scope=("Moj se zahtjev izričito odnosi na sve usluge i društva za koje ste voditelj obrade.",),
    deadline=(
        "Prema čl. 12. st. 3. GDPR-a dužni ste odgovoriti bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja zahtjeva.",
        "Molim pisanu potvrdu u roku od mjesec dana.",
    ),
    escalate=(
        "Ako ne odgovorite u tom roku, zadržavam pravo podnijeti pritužbu Agenciji za zaštitu osobnih podataka.",
        "U suprotnom ću se obratiti nadzornom tijelu.",
    ),
    reminder=(
        "dana {date} poslao/poslala sam vam zahtjev prema {ref}. Do danas nisam dobio/dobila odgovor, iako je rok od mjesec dana istekao.",
        "podsjećam na svoj zahtjev od {date} prema {ref}, na koji još niste odgovorili.",
    ),
    reminder_named=(
        "dana {date} poslao/poslala sam vam {what}. Odgovor još nisam dobio/dobila.",
        "ponovno tražim da riješite moj zahtjev od {date}, tj. {what}.",
    ),
    reminder_more=(
        "Stoga vam se ponovno obraćam i tražim odgovor u roku od dva tjedna. U protivnom ću podnijeti pritužbu nadzornom tijelu.",
        "Rok iz čl. 12. st. 3. GDPR-a je prekoračen. Očekujem odgovor u roku od 14 dana.",
    ),
    reminder_subjects=(
        "Požurnica: moj zahtjev od {date}",
        "Podsjetnik – zahtjev bez odgovora",
        "Drugi zahtjev",
    ),
    what={
        "access": "zahtjev za pristup osobnim podacima",
        "rectification": "zahtjev za ispravak mojih podataka",
        "erasure": "zahtjev za brisanje mojih podataka",
        "restriction": "zahtjev za ograničenje obrade",
        "portability": "zahtjev za izvoz podataka (prenosivost)",
        "objection": "prigovor na obradu",
    },
    thanks=("Hvala.", "Unaprijed zahvaljujem."),
)

JA = Letters(
    code="ja",
    male=("健|ken", "翔太|shota", "大輔|daisuke", "拓也|takuya", "誠|makoto", "直樹|naoki"),
    female=("陽子|yoko", "美咲|misaki", "由美|yumi", "彩|aya", "恵|megumi", "奈々|nana"),
    surnames=(
        "佐藤|sato",
        "鈴木|suzuki",
        "高橋|takahashi",
        "田中|tanaka",
        "伊藤|ito",
        "渡辺|watanabe",
        "山本|yamamoto",
        "中村|nakamura",
        "小林|kobayashi",
        "加藤|kato",
    ),
    domains=("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp", "ezweb.ne.jp"),
    tz=(9,),
    months=tuple(f"{m}月" for m in range(1, 13)),
    day_fmt=("{y}年{m}月{d}日", "{y}/{mm}/{dd}"),
    refs=("個人情報保護法第{art}条", "個人情報の保護に関する法律第{art}条"),
    arts={
        "access": "33",
        "rectification": "34",
        "erasure": "35",
        "restriction": "35",
        "portability": "33",
        "objection": "35",
        "consent_withdrawal": "27",
        "complaint": "40",
        "inquiry": "32",
    },
    alt_refs=("GDPR第{art}条", "EU一般データ保護規則（GDPR）第{art}条"),
    alt_arts=GDPR_ARTS,
    greet=(
        "ご担当者様",
        "個人情報保護ご担当者様",
        "お客様相談窓口 御中",
        "個人情報お問い合わせ窓口 ご担当者様",
    ),
    greet_informal=("こんにちは。", "お世話になっております。", "すみません、"),
    close=(
        "以上、よろしくお願いいたします。",
        "ご対応のほど、よろしくお願い申し上げます。",
        "何卒よろしくお願いいたします。",
    ),
    close_informal=("よろしくお願いします。", "お願いします！", "よろしく"),
    identity=(
        "私は貴社サービスの利用者で、アカウントは{account}です。",
        "{name}と申します。登録メールアドレスは{email}です。",
        "本人確認のため記載します：氏名 {name}、メールアドレス {email}、アカウント {account}。",
    ),
    subjects={
        "access": (
            "保有個人データの開示請求",
            "個人情報開示のお願い",
            "私の個人データの開示について",
        ),
        "rectification": ("個人データの訂正請求", "登録情報の誤りについて", "住所の訂正のお願い"),
        "erasure": (
            "個人データの削除請求",
            "アカウント削除と個人情報の消去のお願い",
            "個人情報の消去について",
        ),
        "restriction": ("個人データの利用停止請求", "個人情報の利用の一時停止について"),
        "portability": (
            "データポータビリティの請求",
            "データのエクスポートのお願い",
            "機械可読形式でのデータ提供について",
        ),
        "objection": (
            "個人データの第三者提供停止の請求",
            "広告目的での利用をやめてください",
            "ダイレクトマーケティングへの異議",
        ),
        "consent_withdrawal": ("同意の撤回について", "個人情報の取扱いへの同意撤回"),
        "complaint": (
            "個人情報の取扱いに関する苦情",
            "情報漏えいの疑いについて",
            "アカウント乗っ取りの件",
        ),
        "inquiry": (
            "個人情報の取扱いに関する質問",
            "プライバシーポリシーについての問い合わせ",
            "データの保存場所について",
        ),
    },
    core={
        "access": (
            "{ref}に基づき、貴社が保有する私の個人データの開示を請求します。保有の有無をご確認のうえ、その写しをお送りください。",
            "貴社が私について保有している個人情報のすべて（{product}の利用データを含む）を開示していただきたく、{ref}に基づき請求いたします。",
            "私に関してどのような個人データを保有・利用しているのか教えてください。あわせてその内容の写しを請求します（{ref}）。",
        ),
        "rectification": (
            "{ref}に基づき、貴社が保有する私の個人データのうち事実でない内容の訂正を請求します。",
            "アカウントに登録されている私の情報に誤りがあります。{ref}に基づき、速やかに訂正してください。",
            "登録情報が古いままになっていますので、訂正・追加をお願いします（{ref}）。",
        ),
        "erasure": (
            "{ref}に基づき、貴社が保有する私の個人データをすべて消去するよう請求します。",
            "アカウント{account}を削除し、それに関連する私の個人情報をすべて消去してください（{ref}）。",
            "{product}の録画データを含め、私に関する個人データの削除を求めます。利用目的の達成に必要ではなくなったためです（{ref}）。",
        ),
        "restriction": (
            "{ref}に基づき、登録内容の正確性が確認されるまで、私の個人データの利用を停止するよう請求します。",
            "私のデータは削除せず、保管以外の利用を一時的に停止してください（{ref}）。法的手続きのために必要です。",
        ),
        "portability": (
            "{ref}に基づき、私が貴社に提供した個人データを、構造化され一般的に利用される機械可読な形式（CSVやJSON）で提供するよう請求します。",
            "アカウント{account}のデータを電磁的記録（CSVまたはJSONファイル）で提供してください。可能であれば別の事業者へ直接移行していただきたいです（{ref}）。",
        ),
        "objection": (
            "{ref}に基づき、私の個人データをダイレクトマーケティング目的で利用すること（プロファイリングを含む）に異議を申し立てます。",
            "{product}の利用データを広告やプロファイリングに使うことには同意できません。その利用の停止を求めます（{ref}）。",
            "私の個人データを広告パートナーなどの第三者に提供・販売することを停止してください（{ref}）。",
        ),
        "consent_withdrawal": (
            "以前に私が与えた個人情報の取扱いに関する同意を、本日をもって撤回します（{ref}）。",
            "{product}での位置情報の収集に関する同意を撤回いたします（{ref}）。",
            "音声録音データの利用についての同意を取り消します。今後は私の録音を利用しないでください（{ref}）。",
        ),
        "complaint": (
            "貴社の私の個人情報の取扱いについて、正式に苦情を申し立てます。以前の請求にも回答がなく、個人情報保護委員会への申出も検討しています（{ref}）。",
            "アカウント{account}が乗っ取られた可能性があります。身に覚えのない海外からのログイン通知が届き、{product}の設定が変更されていました。どの情報にアクセスされたのか教えてください。",
            "個人データの漏えいの疑いを報告します。私の{product}の映像を第三者が見ていたようです。経緯の説明を求めます。",
        ),
        "inquiry": (
            "私の個人データがどの国で保存・処理されているのか、また外国への移転にどのような保護措置があるのか教えてください（{ref}）。",
            "{product}が私についてどのようなデータを収集し、何の目的で、どのくらいの期間保存するのか説明していただけますか。",
            "プライバシーポリシーを読みましたが、利用者の個人データをどの第三者と、どのような根拠で共有しているのか質問させてください。",
        ),
    },
    detail={
        "access": (
            "あわせて、利用目的、提供先の第三者、保存期間、取得元についてもお知らせください。",
            "第三者提供記録の開示もお願いします。",
        ),
        "erasure": (
            "バックアップや委託先に残っている複製についても消去をお願いします。",
            "消去が完了しましたら、その旨を書面またはメールでご連絡ください。",
        ),
        "portability": ("他のサービスに取り込めるファイル形式でお願いします。",),
        "restriction": (
            "問題が解決するまで、データは保管のみとし、それ以外の処理は行わないでください。",
        ),
        "objection": ("今後、広告メールやおすすめの配信も一切不要です。",),
    },
    informal={
        "access": (
            "私について持っているデータを全部送ってください",
            "どんなデータを持っているんですか？コピーがほしいです",
            "{product}が私について集めた情報を見たいです",
        ),
        "rectification": (
            "アカウントの名前の漢字が間違っているので直してもらえますか",
            "メールアドレスを変更してください。古いのはもう使っていません",
            "引っ越したので登録住所を直してください",
        ),
        "erasure": (
            "アカウントと私のデータを全部消してください",
            "退会したいので、私の情報をすべて削除してください",
            "{product}はもう使っていないので、動画を全部サーバーから消してください",
        ),
        "restriction": (
            "間違った情報が直るまで、私のデータを使わないでください",
            "アカウントを凍結できますか？削除じゃなくて、利用だけ止めてほしいです",
        ),
        "portability": (
            "{product}の履歴をCSVでエクスポートできますか？",
            "別のアプリに移るので、データをファイルでもらえますか",
        ),
        "objection": (
            "宣伝メールを送るのをやめてください！",
            "私のデータを広告やプロファイリングに使わないでください",
            "私の個人情報を売ったり共有したりしないでください",
        ),
        "consent_withdrawal": (
            "位置情報の収集への同意を取り消します",
            "やっぱり録音データの利用には同意しません。同意を撤回します",
        ),
        "complaint": (
            "アカウントが乗っ取られたみたいです。誰が私の映像を見たんですか？",
            "問い合わせるのは3回目なのに返事がありません。個人情報の扱いがひどいです",
        ),
        "inquiry": (
            "私の動画はどこの国に保存されていますか？",
            "私のデータを他の会社と共有していますか？",
            "{product}の録画はどのくらい保存されますか？",
        ),
    },
    field_intro=(
        "以下のとおり訂正をお願いします。",
        "誤っている内容と正しい内容は次のとおりです。",
    ),
    fields={
        "name": ("誤った氏名", "正しい氏名"),
        "address": ("現在登録されている住所", "正しい住所"),
        "email": ("古いメールアドレス", "正しいメールアドレス"),
        "phone": ("誤った電話番号", "正しい電話番号"),
        "birth": ("登録されている生年月日", "正しい生年月日"),
    },
    addresses=(
        "東京都世田谷区桜新町{n}-3-1",
        "大阪府大阪市北区梅田{n}-2-5",
        "神奈川県横浜市中区山下町{n}",
        "福岡県福岡市中央区天神{n}-1-8",
    ),
    notify=(
        "私の個人データを第三者に提供している場合は、その提供先にも訂正・消去の内容を通知し、提供先を私にお知らせください。",
        "委託先や提供先にも同様の対応をするよう伝えてください。",
    ),
    consent_add=(
        "また、私の個人データの取扱いが同意に基づくものである場合、その同意を撤回します（{ref}）。",
        "あわせて、これまでに与えたすべての同意を撤回いたします（{ref}）。",
    ),
    object_add=(
        "さらに、私の個人データの第三者への提供・販売およびマーケティング目的での利用の停止を求めます（{ref}）。",
        "あわせて、広告目的での利用に異議を申し立てます（{ref}）。",
    ),
    erase_add=("同意に基づいて取得したデータはその後消去してください（{ref}）。",),
    scope=("本請求は、貴社が管理するすべてのサービスに関する私の個人データを対象とします。",),
    deadline=(
        "遅滞なく、遅くとも1か月以内にご回答ください。",
        "本請求を受領した旨と対応結果を、書面またはメールでご連絡ください。",
    ),
    escalate=(
        "期限内にご回答いただけない場合は、個人情報保護委員会に申し出ることを検討します。",
        "ご対応いただけない場合は、監督機関への申立てを行う権利を留保します。",
    ),
    reminder=(
        "{date}に{ref}に基づく請求をお送りしましたが、現在まで回答をいただいておりません。",
        "{date}付けでお送りした{ref}に基づく請求について、まだご連絡がありません。",
    ),
    reminder_named=(
        "{date}に{what}をお送りしましたが、まだ回答がありません。",
        "{date}にお願いした{what}について、改めてご対応をお願いします。",
    ),
    reminder_more=(
        "本メール到着後2週間以内にご回答ください。回答がない場合は、個人情報保護委員会に申し出ます。",
        "期限はすでに過ぎています。早急なご対応をお願いします。",
    ),
    reminder_subjects=("再送：{date}付けの請求について", "督促：回答がありません", "2回目のお願い"),
    what={
        "access": "保有個人データの開示請求",
        "rectification": "登録情報の訂正のお願い",
        "erasure": "個人データの削除請求",
        "restriction": "個人データの利用停止の請求",
        "portability": "データのエクスポート（ポータビリティ）の請求",
        "objection": "広告目的での利用への異議",
    },
    thanks=("お手数をおかけしますが、よろしくお願いいたします。",),
    items_intro=("具体的には、以下の事項を開示してください。",),
    items=(
        "貴社が保有する私の個人データの内容",
        "それぞれの個人データの利用目的",
        "私の個人データを提供した第三者の名称と提供した項目",
        "個人データの保存期間",
        "個人データの取得元",
        "私の個人データが保存されている国とサーバーの所在地",
        "自動化された意思決定やプロファイリングの有無",
        "過去に私の個人データが漏えいしたことがあるかどうか",
    ),
    joiner="",
)

BANKS: tuple[Letters, ...] = (CS, HR, JA, EN, DE, FR, ES, IT, NL, PT, PL, SV)
COUNTS: dict[str, int] = {
    "cs": 110,
    "hr": 110,
    "ja": 110,
    "en": 90,
    "de": 50,
    "fr": 50,
    "es": 60,
    "it": 60,
    "nl": 60,
    "pt": 50,
    "pl": 40,
    "sv": 40,
}
