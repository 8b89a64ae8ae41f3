"""Phrase banks of :mod:`unsolicited`: per language, the people, the wrappers, the asks
(requests) and the look-alikes (negatives). Written for this project.

Bodies use ``[[one|two]]`` alternatives and ``{key}`` fills: product, order, date, company,
domain, url, city, n, pct, email (the writer's address) and name (the writer, look-alikes only).
"""

from __future__ import annotations

from classifier.trainingdata.unsolicited import Ask, Lang, Like

ACCESS = ("access",)
ERASURE = ("erasure",)
ACCESS_ERASURE = ("access", "erasure")
ERASURE_OBJECTION = ("erasure", "objection")
OBJECTION_ACCESS = ("objection", "access")

EN = Lang(
    code="en",
    people=(
        "Kim Lowe|kim.lowe",
        "Jon Hartley|jon.hartley",
        "Priya Shah|priya.shah",
        "Megan Doyle|megan.doyle",
        "Owen Price|owen.price",
        "Lucy Turner|lucy.turner",
        "Derek Mills|derek.mills",
        "Amara Okafor|amara.okafor",
        "Scott Bain|scott.bain",
        "Hollie Grant|hollie.grant",
    ),
    freemail=("gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "aol.com"),
    companies=(
        "Brightside Outdoor|brightside-outdoor.com",
        "Kettle & Crumb|kettleandcrumb.co.uk",
        "Northwind Webinars|northwindwebinars.com",
        "ParcelPoint|parcelpoint.net",
        "Lumen Growth|lumengrowth.io",
        "Harbour Home|harbourhome.co.uk",
    ),
    cities=("Leeds", "Bristol", "Glasgow", "Denver", "Cork", "Austin"),
    tz=(0, 60, -300, -480),
    day_fmt="{d}/{m}/{y}",
    hello=("Hi,", "Hello,", "Hi there,", "Hey,", "Good morning,", "Hello Example,"),
    dear=("Dear Sir or Madam,", "To whom it may concern,", "Dear Example team,", "Hello,"),
    bye=("Thanks", "Cheers", "", "Regards", "thx"),
    regards=("Yours faithfully,", "Kind regards,", "Regards,", "Sincerely,"),
    reply_prefix="Re: ",
    wrote="On {date}, {sender} wrote:",
    promos=(
        "Autumn deals on {product}",
        "New: {product}",
        "Your weekly picks",
        "Last chance: {pct}% off everything",
    ),
    promo_lines=(
        "Save up to {pct}% on {product} this week only.",
        "Shop now: https://example.com/deals",
        "Free delivery on orders over $50.",
        "Meet {product}: smarter, smaller, faster.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Why am I getting this?", "who are you?", "never signed up", "Your emails", ""),
            "[[Why am I getting emails from you?|Why do you keep emailing me?|Why did you send "
            "me this?|How come I'm getting your emails?]] I never [[signed up for anything|"
            "subscribed to your list|gave you my email|registered with you]][[.|, I've never "
            "even heard of you.|. Who gave you my address?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Where did you get my email address?", "My email address", "how did you get this"),
            "Where did you get my [[email address|address|details]] from? I have never "
            "[[bought anything from you|been a customer of yours|had an account with you]][[.|"
            ", so I'd like to know who gave it to you.| and I certainly didn't give it to you.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("How did you get my number?", "Text messages from you", "who gave you my number"),
            "How did you get my [[phone number|mobile number|number]]? I've never signed up for "
            "anything with you and now I'm getting [[texts|text messages|calls]] about the "
            "{product}. Who passed it on to you?",
        ),
        Ask(
            ACCESS,
            False,
            ("What do you have on me?", "I never created an account", "account I never made"),
            "I keep getting your [[emails|newsletters|offers]] but I never created an account. "
            "What information do you actually have about me and where did it come from?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Never subscribed", "your newsletter", "Where did you get my address?"),
            "I never signed up for your newsletter. [[Tell me|Please let me know]] where you got "
            "my address[[ from|]] and then delete it[[ please|, thanks|]].",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Remove my details", "delete my email address", "Please delete me"),
            "I don't know your company and I never signed up. Please remove my email address "
            "from your database[[ completely|, not just from the mailing list|]] and any other "
            "details you have about me.",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("stop", "never signed up for this", "take me off"),
            "never signed up for this. take me off your list and delete [[my details|whatever "
            "you have on me|my info]][[|!!|, thanks]]",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Stop emailing me", "STOP", "Unwanted emails"),
            "Stop emailing me. I never gave you permission to contact me. And where did you get "
            "my address from?",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("who gave you my details", "Your offers", "Hi"),
            "[[Who gave you my details?|Who sold you my details?]] I've never heard of your "
            "company and [[suddenly|since last month]] I'm getting your offers every [[day|"
            "week]]. [[I want to know|Please tell me]] where my data came from.",
        ),
        Ask(
            ERASURE,
            False,
            ("Delete my data", "never signed up", "not a customer"),
            "I never signed up to Example and I'm not a customer, so please delete whatever "
            "you've got on me.",
        ),
        Ask(
            ACCESS,
            False,
            ("Welcome email?", "account in my name", "I didn't make an account"),
            "got a welcome to Example email this morning but I never made an account?? what "
            "account is this and what info is on it",
        ),
        Ask(
            ACCESS,
            True,
            (
                "Source of my personal data",
                "Request: where did you obtain my data?",
                "Unsolicited marketing - request for information",
            ),
            "I have recently received [[several marketing emails|a promotional message|a text "
            "message]] from your company, although I have never registered with you or given "
            "you my contact details. Please tell me where you obtained my personal data, which "
            "data about me you hold, for what purposes you use it, and to whom you have "
            "disclosed it.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            (
                "Subject access and erasure request",
                "Unsolicited emails: access and erasure",
                "Request under Articles 15 and 17 GDPR",
            ),
            "I have received emails from Example at {email} even though I never signed up for "
            "any of your services. Under Article 15 of the GDPR, please inform me of the source "
            "of my email address and of any other personal data you hold about me. Once you "
            "have answered, I ask you to erase all of it under Article 17 and to confirm the "
            "erasure in writing.",
        ),
        Ask(
            ERASURE,
            True,
            (
                "Erasure of my personal data",
                "Request to delete my data",
                "No consent - please delete my details",
            ),
            "I never consented to receiving messages from you and have no customer "
            "relationship with your company. I therefore request that you delete all personal "
            "data relating to me, including my email address {email}, and confirm when this "
            "has been done.",
        ),
        Ask(
            ACCESS,
            False,
            ("What is this?", "???", "newsletter"),
            "what is this? I never subscribed to anything from you. where did you get my email?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            (
                "Delivery notification",
                "Question about a shipping email",
                "Order {order}",
                "Why did I get a delivery notice?",
            ),
            "I got an email this morning saying my parcel is out for delivery, but order {order} "
            "already arrived [[last week|on Monday|yesterday]]. Is this a second package or just "
            "a mistake? [[I don't want to be charged twice.|Just want to make sure nothing else "
            "is coming.|Thanks for checking.]]",
        ),
        Like(
            "parcel-question",
            "person",
            ("Shipping email for my gift", "Order {order} - which address?", "Shipped to whom?"),
            "Why did I get a notification that my {product} has shipped? I ordered it as a gift "
            "and chose delivery to my sister's address in {city}. Is it going to her or to me? "
            "The order number is {order}.",
        ),
        Like(
            "parcel-question",
            "person",
            ("Parcel at a pickup point?", "Text about a parcel", "Pickup point"),
            "I got a text message saying a parcel from you is waiting at a pickup point, but the "
            "tracking link doesn't work. Which pickup point is it and how long will they keep it "
            "for me?",
        ),
        Like(
            "signup-support",
            "person",
            ("Welcome code never arrived", "Newsletter discount code", "10% code?"),
            "I signed up for your newsletter to get the {pct}% welcome code but the email never "
            "arrived. Could you send me the code? I'd like to order a {product} this week.",
        ),
        Like(
            "signup-support",
            "person",
            ("No confirmation email", "Can't log in to my new account", "Confirmation email"),
            "I created an account on your website yesterday but never got the confirmation "
            "email, so I can't log in. [[I've checked my spam folder too.|Can you resend it?|"
            "Is there a problem with the site?]]",
        ),
        Like(
            "billing-question",
            "person",
            ("Invoice for order {order}?", "Why did I get an invoice?", "Paid already"),
            "Why did I get an invoice for order {order}? I paid with my card at checkout. Is "
            "this just a receipt or do I still need to pay something?",
        ),
        Like(
            "warranty-question",
            "person",
            ("Warranty email", "Extended warranty", "Warranty ending?"),
            "I received an email saying the warranty on my {product} ends next month. Where can "
            "I extend it and how much does that cost?",
        ),
        Like(
            "event-question",
            "person",
            ("Webinar reminder", "Which session am I booked on?", "Wrong reminder?"),
            "Why did I get a reminder for the webinar tomorrow? I registered for the one on "
            "{date}, not this one. Can you check which session I'm booked on?",
        ),
        Like(
            "delivery-problem",
            "person",
            ("Order {order} never arrived", "Missing parcel", "Tracking says delivered"),
            "I never received my order {order}. The tracking says it was delivered on {date} but "
            "there was nothing at my door and the neighbours haven't got it either. What can you "
            "do?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company} | [[Spring sale|New arrivals|This week's picks]]",
                "[[Up to {pct}% off|Fresh picks for you|Don't miss out]] at {company}",
            ),
            "[[Our spring sale is on!|New in this week.|Picked for you.]] [[Up to {pct}% off "
            "selected lines|Free delivery this weekend|Members get early access]] - shop now at "
            "{url}\n\n[[--\n|]]You are receiving this email because you signed up for the "
            "{company} newsletter [[on our website|at checkout|in one of our stores]]. [[Don't "
            "want these emails? Unsubscribe here.|Unsubscribe · Manage preferences · Privacy "
            "policy|To stop receiving these emails, update your preferences.]]",
            headers="maybe-list",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            ("Your {company} account summary", "What's new in your {company} account"),
            "Here is what happened in your account this month: [[2 new messages|1 order "
            "shipped|3 items back in stock]].\n\nYou're receiving this because you have a "
            "{company} account. To change which emails you get, visit your notification "
            "settings.",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            (
                "Please confirm your email address",
                "Confirm your subscription",
                "One more step: confirm your sign-up",
            ),
            "Thanks for signing up to {company}! Please confirm your email address by clicking "
            "the link below:\n\n{url}/confirm\n\nIf you didn't sign up, you can safely ignore "
            "this email - we won't email you again.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Your order {order} has shipped", "Your parcel is on its way"),
            "Good news: your order {order} is on its way and should arrive by {date}. Track it "
            "here: {url}/track\n\nYou received this email because you placed an order with "
            "{company}. Questions? Just reply to this email.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Quick question", "Cutting your shipping costs", "Idea for Example"),
            "I'm {name} from {company}. We help hardware brands like yours cut shipping costs "
            "by up to {pct}%. You're getting this email because your company is listed as a "
            "[[smart home|consumer electronics]] brand in the {city} trade directory.\n\nIf "
            "this isn't relevant, just let me know and I won't follow up.",
        ),
        Like(
            "spam-optin",
            "spam",
            ("You have been selected!", "Exclusive member offer inside", "Claim your reward"),
            "Congratulations! You have been selected to receive our [[exclusive|limited]] "
            "offer. Act now: {url}\n\nThis is not spam. You are receiving this message because "
            "you or someone using your email address signed up to receive offers at one of our "
            "partner sites. To be removed from future mailings, reply with REMOVE in the subject "
            "line.",
            headers="bulk",
        ),
        Like(
            "spam-optin",
            "spam",
            ("Lower your bills today", "Free quote - no obligation"),
            "Homeowners are saving hundreds with our free quote. Takes 2 minutes: {url}\n\nYou "
            "received this email because your address is on our opt-in list. We respect your "
            "privacy. If you no longer wish to receive our offers, click here to unsubscribe.",
            headers="bulk",
        ),
        Like(
            "dealer-update",
            "person",
            ("Your dealer mailing", "Please update our contact", "Dealer price list"),
            "We received your email about the new dealer price list, but we closed our shop in "
            "{city} last year and only sell online now. Could you send future dealer mail to "
            "our head office instead? Thanks.",
        ),
    ),
    n_asks=22,
    n_likes=55,
)

DE = Lang(
    code="de",
    people=(
        "Jana Vogel|jana.vogel",
        "Tobias Brandt|tobias.brandt",
        "Sabine Krüger|sabine.krueger",
        "Mehmet Yilmaz|mehmet.yilmaz",
        "Lea Hoffmann|lea.hoffmann",
        "Florian Roth|florian.roth",
    ),
    freemail=("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"),
    companies=(
        "Gartenwelt Bauer|gartenwelt-bauer.de",
        "Paketblitz|paketblitz.de",
        "Nordlicht Seminare|nordlicht-seminare.de",
        "Vertriebsprofis|vertriebsprofis.de",
        "Wohnidee|wohnidee-shop.de",
    ),
    cities=("Köln", "Leipzig", "Hamburg", "Graz", "Bremen"),
    tz=(60, 120),
    day_fmt="{d}.{m}.{y}",
    hello=("Hallo,", "Guten Tag,", "Hi,", "Moin,", "Hallo zusammen,"),
    dear=("Sehr geehrte Damen und Herren,", "Guten Tag,", "Sehr geehrtes Example-Team,"),
    bye=("Danke", "Gruß", "", "Viele Grüße", "LG"),
    regards=("Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"),
    reply_prefix="AW: ",
    wrote="Am {date} schrieb {sender}:",
    promos=("Herbstangebote: {product}", "Neu: {product}", "Nur noch heute: {pct} % Rabatt"),
    promo_lines=(
        "Diese Woche bis zu {pct} % Rabatt: {product}.",
        "Jetzt entdecken: https://example.com/angebote",
        "Versandkostenfrei ab 50 Euro.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Warum bekomme ich das?", "Ihre E-Mails", "nie angemeldet", ""),
            "[[Warum bekomme ich E-Mails von Ihnen?|Wieso schreiben Sie mir?|Warum schicken Sie "
            "mir ständig Werbung?]] Ich habe mich [[nie|nirgends]] bei Ihnen angemeldet[[.|, "
            "ich kenne Ihre Firma nicht einmal.|. Wer hat Ihnen meine Adresse gegeben?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Woher haben Sie meine Adresse?", "Meine E-Mail-Adresse", "woher?"),
            "Woher haben Sie meine [[E-Mail-Adresse|Adresse|Handynummer]]? Ich war nie Kunde "
            "bei Ihnen[[.| und habe sie Ihnen auch nicht gegeben.|, also möchte ich wissen, wer "
            "sie Ihnen gegeben hat.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Was haben Sie über mich gespeichert?", "Nie ein Konto angelegt"),
            "Ich bekomme ständig [[Werbung|Newsletter|Angebote]] von Ihnen, habe aber nie ein "
            "Konto angelegt. Welche Daten haben Sie über mich gespeichert und woher stammen sie?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Newsletter nie bestellt", "Woher stammt meine Adresse?"),
            "Ich habe Ihren Newsletter nie abonniert. Teilen Sie mir bitte mit, woher Sie meine "
            "Adresse haben, und löschen Sie sie danach.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Bitte löschen", "Meine Daten löschen", "Löschung meiner E-Mail-Adresse"),
            "Ich kenne Ihre Firma nicht und habe mich nie registriert. Bitte löschen Sie meine "
            "E-Mail-Adresse [[vollständig|komplett]] aus Ihrer Datenbank[[, nicht nur aus dem "
            "Verteiler|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("abmelden", "nie angemeldet", "stopp"),
            "nie angemeldet. bitte nehmt mich aus dem verteiler und löscht meine daten[[|!|, "
            "danke]]",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Keine Werbung mehr", "Unerwünschte E-Mails"),
            "Hören Sie auf, mir E-Mails zu schicken. Ich habe nie eingewilligt. Und woher haben "
            "Sie überhaupt meine Adresse?",
        ),
        Ask(
            ACCESS,
            True,
            (
                "Auskunft nach Art. 15 DSGVO",
                "Herkunft meiner Daten",
                "Unerwünschte Werbung – Auskunftsersuchen",
            ),
            "ich erhalte seit einiger Zeit Werbe-E-Mails von Ihrem Unternehmen, obwohl ich mich "
            "nie bei Ihnen registriert oder Ihnen meine Kontaktdaten gegeben habe. Ich bitte "
            "Sie daher um Auskunft nach Art. 15 DSGVO, insbesondere darüber, woher Sie meine "
            "Daten haben, welche Daten Sie über mich gespeichert haben und an wen Sie diese "
            "weitergegeben haben.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Auskunft und Löschung", "Herkunft und Löschung meiner Daten"),
            "an meine Adresse {email} schicken Sie mir Werbung, obwohl ich nie Kunde bei Ihnen "
            "war. Bitte teilen Sie mir die Herkunft meiner Daten mit (Art. 15 Abs. 1 lit. g "
            "DSGVO) und löschen Sie anschließend alle zu meiner Person gespeicherten Daten gemäß "
            "Art. 17 DSGVO. Bitte bestätigen Sie mir die Löschung schriftlich.",
        ),
        Ask(
            ACCESS,
            False,
            ("was soll das?", "Newsletter?"),
            "was ist das? ich habe mich nie für ihren newsletter eingetragen. wer hat ihnen "
            "meine adresse gegeben?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Versandbenachrichtigung", "Bestellung {order}", "Zweites Paket?"),
            "Ich habe heute eine Versandbenachrichtigung für Bestellung {order} bekommen, "
            "obwohl das Paket schon [[letzte Woche|am Montag|gestern]] angekommen ist. Kommt da "
            "noch eine zweite Lieferung oder ist das ein Fehler?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Paket in der Packstation", "SMS wegen Paket", "Abholcode fehlt"),
            "Ich habe eine SMS bekommen, dass ein Paket von Ihnen in der Packstation liegt, aber "
            "der Abholcode fehlt. Wie komme ich an das Paket?",
        ),
        Like(
            "signup-support",
            "person",
            ("Gutscheincode nicht erhalten", "Newsletter-Gutschein", "10 % Code?"),
            "Ich habe mich für Ihren Newsletter angemeldet, um den Gutschein über {pct} % zu "
            "bekommen, aber die E-Mail ist nie angekommen. Können Sie mir den Code schicken?",
        ),
        Like(
            "signup-support",
            "person",
            ("Keine Bestätigungsmail", "Login klappt nicht"),
            "Ich habe gestern ein Kundenkonto angelegt, aber nie eine Bestätigungsmail bekommen "
            "und kann mich deshalb nicht einloggen. Können Sie die Mail noch einmal schicken?",
        ),
        Like(
            "billing-question",
            "person",
            ("Rechnung zu Bestellung {order}", "Warum eine Rechnung?"),
            "Warum habe ich eine Rechnung für Bestellung {order} bekommen? Ich habe doch schon "
            "per PayPal bezahlt. Muss ich noch etwas überweisen?",
        ),
        Like(
            "event-question",
            "person",
            ("Erinnerung Webinar", "Falscher Termin?"),
            "Ich habe eine Erinnerung für das Webinar morgen bekommen, mich aber für den Termin "
            "am {date} angemeldet. Können Sie prüfen, für welchen Termin ich eingetragen bin?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[Neu eingetroffen|Sommerschlussverkauf|Ihre Wochenauswahl]]",
                "[[Bis zu {pct} % sparen|Nur für kurze Zeit]] bei {company}",
            ),
            "[[Unser Sommerschlussverkauf läuft!|Neu eingetroffen.|Für Sie ausgewählt.]] "
            "[[Bis zu {pct} % auf ausgewählte Artikel|Versandkostenfrei am Wochenende]] – "
            "jetzt ansehen: {url}\n\n[[--\n|]]Sie erhalten diese E-Mail, weil Sie sich für den "
            "Newsletter von {company} angemeldet haben. [[Abmelden · Einstellungen ändern · "
            "Datenschutz|Wenn Sie keine E-Mails mehr erhalten möchten, können Sie sich hier "
            "abmelden.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Bitte bestätigen Sie Ihre Anmeldung", "Nur noch ein Schritt"),
            "Vielen Dank für Ihre Anmeldung bei {company}! Bitte bestätigen Sie Ihre "
            "E-Mail-Adresse über den folgenden Link:\n\n{url}/bestaetigen\n\nFalls Sie sich "
            "nicht angemeldet haben, ignorieren Sie diese E-Mail einfach.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Ihre Bestellung {order} wurde versandt", "Ihr Paket ist unterwegs"),
            "Ihre Bestellung {order} ist unterwegs und kommt voraussichtlich am {date} an. "
            "Sendungsverfolgung: {url}/sendung\n\nSie erhalten diese E-Mail, weil Sie bei "
            "{company} bestellt haben.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Kurze Frage", "Versandkosten senken"),
            "mein Name ist {name} von {company}. Sie erhalten diese Nachricht, weil Ihr "
            "Unternehmen im Händlerverzeichnis für Smart-Home-Produkte steht. Wir helfen "
            "Herstellern, die Versandkosten um bis zu {pct} % zu senken.\n\nFalls kein Interesse "
            "besteht, antworten Sie kurz und ich melde mich nicht wieder.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

FR = Lang(
    code="fr",
    people=(
        "Camille Roux|camille.roux",
        "Julien Marchand|julien.marchand",
        "Inès Benali|ines.benali",
        "Thomas Girard|thomas.girard",
        "Élodie Faure|elodie.faure",
        "Hugo Lemaire|hugo.lemaire",
    ),
    freemail=("orange.fr", "free.fr", "gmail.com", "laposte.net", "hotmail.fr"),
    companies=(
        "Maison Lumière|maisonlumiere.fr",
        "Colis Express|colisexpress.fr",
        "Webinaires Pro|webinaires-pro.fr",
        "Croissance Plus|croissanceplus.fr",
        "Jardin Malin|jardinmalin.fr",
    ),
    cities=("Lyon", "Nantes", "Lille", "Bordeaux", "Liège"),
    tz=(60, 120),
    day_fmt="{dd}/{mm}/{y}",
    hello=("Bonjour,", "Bonjour", "Salut,", "Bonsoir,"),
    dear=("Madame, Monsieur,", "Bonjour,", "À l'attention du service client,"),
    bye=("Merci", "Cordialement", "", "Bonne journée"),
    regards=(
        "Cordialement,",
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
        "Bien cordialement,",
    ),
    reply_prefix="RE: ",
    wrote="Le {date}, {sender} a écrit :",
    promos=("Offres d'automne : {product}", "Nouveau : {product}", "Dernier jour : -{pct} %"),
    promo_lines=(
        "Cette semaine seulement : {product} jusqu'à -{pct} %.",
        "Découvrez nos offres : https://example.com/offres",
        "Livraison gratuite dès 50 €.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Pourquoi ces mails ?", "Vos e-mails", "jamais inscrit", ""),
            "[[Pourquoi est-ce que je reçois des e-mails de votre part ?|Pourquoi vous "
            "m'écrivez ?|Pourquoi je reçois vos pubs ?]] Je ne me suis jamais [[inscrit|"
            "inscrite]] chez vous[[.|, je ne connais même pas votre société.|. Qui vous a donné "
            "mon adresse ?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Où avez-vous eu mon adresse ?", "Mon adresse e-mail", "d'où ?"),
            "Où avez-vous obtenu mon [[adresse e-mail|numéro de téléphone|adresse]] ? Je n'ai "
            "jamais été [[client|cliente]] chez vous[[.| et je ne vous l'ai jamais donnée.|, "
            "j'aimerais donc savoir qui vous l'a transmise.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Quelles données avez-vous sur moi ?", "Jamais créé de compte"),
            "Je reçois régulièrement vos publicités alors que je n'ai jamais créé de compte. "
            "Quelles données avez-vous sur moi et d'où viennent-elles ?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Newsletter jamais demandée", "D'où vient mon adresse ?"),
            "Je ne me suis jamais abonné à votre newsletter. Dites-moi d'où vient mon adresse, "
            "puis supprimez-la s'il vous plaît.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Suppression de mon adresse", "Supprimez mes données"),
            "Je ne connais pas votre société et je ne me suis jamais inscrit. Merci de supprimer "
            "définitivement mon adresse e-mail de votre base de données[[, pas seulement de la "
            "liste de diffusion|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("désinscription", "stop", "jamais inscrit"),
            "jamais inscrit. retirez-moi de votre liste et effacez mes données svp",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Arrêtez de m'écrire", "Mails non sollicités"),
            "Arrêtez de m'envoyer des e-mails. Je n'ai jamais donné mon accord. Et d'où "
            "tenez-vous mon adresse ?",
        ),
        Ask(
            ACCESS,
            True,
            ("Demande d'accès – article 15 du RGPD", "Origine de mes données personnelles"),
            "Je reçois depuis quelque temps des courriels publicitaires de votre société, alors "
            "que je ne me suis jamais inscrit auprès de vous et ne vous ai jamais communiqué mes "
            "coordonnées. Conformément à l'article 15 du RGPD, je vous demande de m'indiquer "
            "l'origine de mes données, les données me concernant que vous conservez et les "
            "destinataires auxquels vous les avez communiquées.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Origine et effacement de mes données", "Demande d'accès et d'effacement"),
            "Vous m'envoyez des publicités à l'adresse {email} alors que je n'ai jamais été "
            "client de votre société. Je vous prie de m'indiquer la source de mes données "
            "personnelles, puis de les effacer conformément à l'article 17 du RGPD, et de me "
            "confirmer cet effacement par écrit.",
        ),
        Ask(
            ACCESS,
            False,
            ("c'est quoi ?", "newsletter ?"),
            "c'est quoi ce mail ? je ne me suis jamais inscrit à votre newsletter. qui vous a "
            "donné mon adresse ?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Avis d'expédition", "Commande {order}", "Deuxième colis ?"),
            "J'ai reçu ce matin un avis d'expédition pour la commande {order}, alors que le colis "
            "est arrivé [[la semaine dernière|lundi|hier]]. Y a-t-il un deuxième envoi ou est-ce "
            "une erreur ?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Colis en point relais", "SMS pour un colis"),
            "J'ai reçu un SMS m'indiquant qu'un colis de votre part m'attend en point relais, "
            "mais le lien de suivi ne fonctionne pas. De quel point relais s'agit-il ?",
        ),
        Like(
            "signup-support",
            "person",
            ("Code de bienvenue non reçu", "Code promo newsletter"),
            "Je me suis inscrite à votre newsletter pour recevoir le code de bienvenue de "
            "{pct} %, mais l'e-mail n'est jamais arrivé. Pouvez-vous me l'envoyer ?",
        ),
        Like(
            "signup-support",
            "person",
            ("Pas d'e-mail de confirmation", "Impossible de me connecter"),
            "J'ai créé un compte sur votre site hier, mais je n'ai jamais reçu l'e-mail de "
            "confirmation et je ne peux pas me connecter. Pouvez-vous le renvoyer ?",
        ),
        Like(
            "billing-question",
            "person",
            ("Facture commande {order}", "Pourquoi une facture ?"),
            "Pourquoi ai-je reçu une facture pour la commande {order} ? J'ai déjà payé par carte "
            "lors de la commande. Dois-je encore régler quelque chose ?",
        ),
        Like(
            "event-question",
            "person",
            ("Rappel webinaire", "Mauvaise session ?"),
            "J'ai reçu un rappel pour le webinaire de demain, mais je m'étais inscrit pour la "
            "session du {date}. Pouvez-vous vérifier ?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company} : [[nouveautés|soldes d'été|notre sélection]]",
                "[[Jusqu'à -{pct} %|Offre limitée]] chez {company}",
            ),
            "[[Les soldes sont là !|Nouveautés de la semaine.|Notre sélection pour vous.]] "
            "[[Jusqu'à -{pct} % sur une sélection d'articles|Livraison offerte ce week-end]] : "
            "{url}\n\n[[--\n|]]Vous recevez cet e-mail car vous vous êtes inscrit à la "
            "newsletter de {company}. [[Se désinscrire · Gérer mes préférences|Pour ne plus "
            "recevoir nos e-mails, cliquez ici.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Confirmez votre adresse e-mail", "Plus qu'une étape"),
            "Merci pour votre inscription sur {company} ! Veuillez confirmer votre adresse "
            "e-mail en cliquant sur le lien ci-dessous :\n\n{url}/confirmer\n\nSi vous n'êtes "
            "pas à l'origine de cette inscription, ignorez simplement ce message.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Votre commande {order} a été expédiée", "Votre colis est en route"),
            "Votre commande {order} est en route et devrait arriver le {date}. Suivi : "
            "{url}/suivi\n\nVous recevez cet e-mail car vous avez passé commande chez {company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Petite question", "Réduire vos frais d'envoi"),
            "je m'appelle {name} et je travaille chez {company}. Vous recevez ce message car "
            "votre entreprise figure dans l'annuaire des marques de maison connectée. Nous "
            "aidons les fabricants à réduire leurs frais d'envoi de {pct} %.\n\nSi ce n'est pas "
            "pertinent, répondez-moi simplement et je ne vous relancerai pas.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

ES = Lang(
    code="es",
    people=(
        "Lucía Moreno|lucia.moreno",
        "Javier Ortega|javier.ortega",
        "Marta Gil|marta.gil",
        "Diego Navarro|diego.navarro",
        "Carmen Ruiz|carmen.ruiz",
        "Pablo Serrano|pablo.serrano",
    ),
    freemail=("gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"),
    companies=(
        "Casa Verde|casaverde.es",
        "Envíos Rápidos|enviosrapidos.es",
        "Webinars Ibéricos|webinarsibericos.com",
        "Crece Digital|crecedigital.es",
        "Hogar Listo|hogarlisto.es",
    ),
    cities=("Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"),
    tz=(60, 120),
    day_fmt="{d}/{m}/{y}",
    hello=("Hola,", "Hola", "Buenos días,", "Buenas,"),
    dear=(
        "Estimados señores:",
        "Buenos días:",
        "A la atención del servicio de atención al cliente:",
    ),
    bye=("Gracias", "Saludos", "", "Un saludo"),
    regards=("Atentamente,", "Un cordial saludo,", "Saludos cordiales,"),
    reply_prefix="RE: ",
    wrote="El {date}, {sender} escribió:",
    promos=("Ofertas de otoño: {product}", "Novedad: {product}", "Último día: -{pct} %"),
    promo_lines=(
        "Solo esta semana: {product} con hasta un {pct} % de descuento.",
        "Descúbrelo: https://example.com/ofertas",
        "Envío gratis a partir de 50 €.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("¿Por qué me escriben?", "Sus correos", "nunca me registré", ""),
            "[[¿Por qué recibo correos vuestros?|¿Por qué me llegan correos de ustedes?|¿Por "
            "qué me mandáis publicidad?]] Nunca me he registrado[[.| en vuestra web.| en nada. "
            "¿Quién os ha dado mi dirección?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("¿De dónde han sacado mi correo?", "Mi dirección de correo", "¿de dónde?"),
            "¿De dónde han sacado mi [[dirección de correo|número de teléfono|dirección]]? Nunca "
            "he sido cliente suyo[[.| ni se la he dado.|, así que quiero saber quién se la ha "
            "dado.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("¿Qué datos tenéis de mí?", "Nunca he creado una cuenta"),
            "Recibo publicidad vuestra constantemente, pero nunca he creado una cuenta. ¿Qué "
            "datos tenéis sobre mí y de dónde los habéis sacado?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Boletín no solicitado", "¿De dónde sale mi correo?"),
            "Nunca me suscribí a vuestro boletín. Decidme de dónde habéis sacado mi correo y "
            "después borradlo, por favor.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Eliminar mi correo", "Borren mis datos"),
            "No conozco su empresa y nunca me he registrado. Les ruego que eliminen mi dirección "
            "de correo de su base de datos por completo[[, no solo de la lista de envíos|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("baja", "nunca me apunté", "basta"),
            "nunca me apunté. sacadme de la lista y borrad mis datos porfa",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Dejen de escribirme", "Correos no deseados"),
            "Dejen de enviarme correos. Nunca he dado mi consentimiento. ¿Y de dónde han sacado "
            "mi dirección?",
        ),
        Ask(
            ACCESS,
            True,
            ("Derecho de acceso – artículo 15 RGPD", "Origen de mis datos personales"),
            "Desde hace algún tiempo recibo correos publicitarios de su empresa, aunque nunca me "
            "he registrado ni les he facilitado mis datos de contacto. En virtud del artículo 15 "
            "del RGPD, les solicito que me informen del origen de mis datos, de qué datos "
            "personales míos conservan y a quién los han comunicado.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Origen y supresión de mis datos", "Solicitud de acceso y supresión"),
            "Me envían publicidad a {email} aunque nunca he sido cliente de su empresa. Les "
            "ruego que me indiquen de dónde proceden mis datos personales y que a continuación "
            "los supriman conforme al artículo 17 del RGPD, confirmándomelo por escrito.",
        ),
        Ask(
            ACCESS,
            False,
            ("¿qué es esto?", "boletín"),
            "¿qué es esto? nunca me he suscrito a vuestro boletín. ¿quién os ha dado mi correo?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Aviso de envío", "Pedido {order}", "¿Segundo paquete?"),
            "Esta mañana me ha llegado un aviso de envío del pedido {order}, pero el paquete ya "
            "lo recibí [[la semana pasada|el lunes|ayer]]. ¿Hay un segundo envío o es un error?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Paquete en punto de recogida", "SMS de un paquete"),
            "Me ha llegado un SMS diciendo que tengo un paquete vuestro en un punto de recogida, "
            "pero el enlace de seguimiento no funciona. ¿En qué punto está?",
        ),
        Like(
            "signup-support",
            "person",
            ("No me ha llegado el código", "Código de descuento del boletín"),
            "Me suscribí al boletín para conseguir el código de descuento del {pct} %, pero el "
            "correo nunca llegó. ¿Me lo podéis enviar?",
        ),
        Like(
            "signup-support",
            "person",
            ("Sin correo de confirmación", "No puedo iniciar sesión"),
            "Ayer creé una cuenta en vuestra web, pero nunca recibí el correo de confirmación y "
            "no puedo iniciar sesión. ¿Podéis reenviarlo?",
        ),
        Like(
            "billing-question",
            "person",
            ("Factura del pedido {order}", "¿Por qué una factura?"),
            "¿Por qué he recibido una factura del pedido {order}? Ya pagué con tarjeta al hacer "
            "la compra. ¿Tengo que pagar algo más?",
        ),
        Like(
            "event-question",
            "person",
            ("Recordatorio del webinar", "¿Sesión equivocada?"),
            "Me ha llegado un recordatorio del webinar de mañana, pero yo me inscribí para la "
            "sesión del {date}. ¿Podéis comprobarlo?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[novedades|rebajas de verano|nuestra selección]]",
                "[[Hasta un {pct} % de descuento|Oferta limitada]] en {company}",
            ),
            "[[¡Llegan las rebajas!|Novedades de la semana.|Seleccionado para ti.]] [[Hasta un "
            "{pct} % en artículos seleccionados|Envío gratis este fin de semana]]: {url}\n\n"
            "[[--\n|]]Recibes este correo porque te suscribiste al boletín de {company}. "
            "[[Darse de baja · Preferencias|Si no quieres recibir más correos, haz clic aquí.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Confirma tu dirección de correo", "Solo falta un paso"),
            "¡Gracias por registrarte en {company}! Confirma tu dirección de correo haciendo "
            "clic en el enlace:\n\n{url}/confirmar\n\nSi no te has registrado, ignora este "
            "mensaje.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Tu pedido {order} ha sido enviado", "Tu paquete está en camino"),
            "Tu pedido {order} está en camino y llegará previsiblemente el {date}. Seguimiento: "
            "{url}/seguimiento\n\nRecibes este correo porque has hecho un pedido en {company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Una pregunta rápida", "Reducir sus costes de envío"),
            "me llamo {name} y trabajo en {company}. Le escribo porque su empresa aparece en el "
            "directorio de marcas de hogar inteligente. Ayudamos a los fabricantes a reducir sus "
            "costes de envío hasta un {pct} %.\n\nSi no le interesa, respóndame y no volveré a "
            "escribirle.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

IT = Lang(
    code="it",
    people=(
        "Giulia Ferrari|giulia.ferrari",
        "Marco Colombo|marco.colombo",
        "Chiara Greco|chiara.greco",
        "Luca Marino|luca.marino",
        "Sara Fontana|sara.fontana",
        "Andrea Conti|andrea.conti",
    ),
    freemail=("libero.it", "gmail.com", "virgilio.it", "alice.it", "hotmail.it"),
    companies=(
        "Casa Bella|casabella-shop.it",
        "Spedizioni Lampo|spedizionilampo.it",
        "Webinar Italia|webinaritalia.it",
        "Crescita Digitale|crescitadigitale.it",
        "Giardino Facile|giardinofacile.it",
    ),
    cities=("Torino", "Bologna", "Firenze", "Napoli", "Verona"),
    tz=(60, 120),
    day_fmt="{d}/{m}/{y}",
    hello=("Ciao,", "Buongiorno,", "Salve,", "Buonasera,"),
    dear=("Gentili signori,", "Spettabile Example,", "Buongiorno,"),
    bye=("Grazie", "Saluti", "", "Buona giornata"),
    regards=("Distinti saluti,", "Cordiali saluti,", "Cordialmente,"),
    reply_prefix="R: ",
    wrote="Il giorno {date} {sender} ha scritto:",
    promos=("Offerte d'autunno: {product}", "Novità: {product}", "Ultimo giorno: -{pct}%"),
    promo_lines=(
        "Solo questa settimana: {product} scontato fino al {pct}%.",
        "Scopri di più: https://example.com/offerte",
        "Spedizione gratuita sopra i 50 €.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Perché mi scrivete?", "Le vostre e-mail", "mai iscritto", ""),
            "[[Perché ricevo e-mail da voi?|Perché mi scrivete?|Come mai ricevo la vostra "
            "pubblicità?]] Non mi sono mai [[iscritto|iscritta]][[.| a niente.| al vostro sito. "
            "Chi vi ha dato il mio indirizzo?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Dove avete preso il mio indirizzo?", "Il mio indirizzo e-mail", "da dove?"),
            "Dove avete preso il mio [[indirizzo e-mail|numero di telefono|indirizzo]]? Non sono "
            "mai stato vostro cliente[[.| e non ve l'ho mai dato.|, quindi vorrei sapere chi ve "
            "l'ha dato.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Quali dati avete su di me?", "Mai creato un account"),
            "Ricevo continuamente la vostra pubblicità, ma non ho mai creato un account. Quali "
            "dati avete su di me e da dove vengono?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Newsletter mai richiesta", "Da dove viene il mio indirizzo?"),
            "Non mi sono mai iscritta alla vostra newsletter. Ditemi da dove avete preso il mio "
            "indirizzo e poi cancellatelo, per favore.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Cancellate il mio indirizzo", "Cancellazione dei miei dati"),
            "Non conosco la vostra azienda e non mi sono mai registrato. Vi chiedo di cancellare "
            "completamente il mio indirizzo e-mail dal vostro database[[, non solo dalla "
            "mailing list|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("disiscrivetemi", "basta", "mai iscritto"),
            "mai iscritto. toglietemi dalla lista e cancellate i miei dati grazie",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Smettete di scrivermi", "E-mail indesiderate"),
            "Smettete di mandarmi e-mail. Non ho mai dato il consenso. E da dove avete preso il "
            "mio indirizzo?",
        ),
        Ask(
            ACCESS,
            True,
            ("Richiesta di accesso ai sensi dell'art. 15 GDPR", "Origine dei miei dati personali"),
            "da qualche tempo ricevo e-mail pubblicitarie dalla vostra società, pur non "
            "essendomi mai registrato né avendovi mai fornito i miei recapiti. Ai sensi "
            "dell'articolo 15 del GDPR vi chiedo di indicarmi l'origine dei miei dati, quali "
            "dati personali che mi riguardano conservate e a chi li avete comunicati.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Origine e cancellazione dei miei dati", "Richiesta di accesso e cancellazione"),
            "mi inviate pubblicità all'indirizzo {email} anche se non sono mai stato vostro "
            "cliente. Vi chiedo di comunicarmi la fonte dei miei dati personali e di "
            "cancellarli successivamente ai sensi dell'articolo 17 del GDPR, confermandomelo "
            "per iscritto.",
        ),
        Ask(
            ACCESS,
            False,
            ("cos'è?", "newsletter?"),
            "cos'è questa mail? non mi sono mai iscritto alla vostra newsletter. chi vi ha dato "
            "il mio indirizzo?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Avviso di spedizione", "Ordine {order}", "Secondo pacco?"),
            "Stamattina mi è arrivato un avviso di spedizione per l'ordine {order}, ma il pacco "
            "l'ho già ricevuto [[la settimana scorsa|lunedì|ieri]]. C'è una seconda spedizione "
            "o è un errore?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Pacco al punto di ritiro", "SMS per un pacco"),
            "Mi è arrivato un SMS che dice che un vostro pacco mi aspetta in un punto di ritiro, "
            "ma il link di tracciamento non funziona. Di quale punto si tratta?",
        ),
        Like(
            "signup-support",
            "person",
            ("Codice sconto non arrivato", "Codice della newsletter"),
            "Mi sono iscritta alla newsletter per avere il codice sconto del {pct}%, ma la mail "
            "non è mai arrivata. Potete mandarmelo?",
        ),
        Like(
            "signup-support",
            "person",
            ("Nessuna mail di conferma", "Non riesco ad accedere"),
            "Ieri ho creato un account sul vostro sito, ma non ho mai ricevuto la mail di "
            "conferma e non riesco ad accedere. Potete rinviarla?",
        ),
        Like(
            "billing-question",
            "person",
            ("Fattura ordine {order}", "Perché una fattura?"),
            "Perché ho ricevuto una fattura per l'ordine {order}? Ho già pagato con la carta al "
            "momento dell'acquisto. Devo pagare ancora qualcosa?",
        ),
        Like(
            "event-question",
            "person",
            ("Promemoria webinar", "Sessione sbagliata?"),
            "Ho ricevuto un promemoria per il webinar di domani, ma mi ero iscritto alla "
            "sessione del {date}. Potete controllare?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[novità|saldi estivi|la nostra selezione]]",
                "[[Fino al {pct}% di sconto|Offerta limitata]] da {company}",
            ),
            "[[Sono arrivati i saldi!|Novità della settimana.|Scelti per te.]] [[Fino al {pct}% "
            "su articoli selezionati|Spedizione gratuita questo fine settimana]]: {url}\n\n"
            "[[--\n|]]Ricevi questa e-mail perché ti sei iscritto alla newsletter di {company}. "
            "[[Annulla l'iscrizione · Preferenze|Per non ricevere più le nostre e-mail, clicca "
            "qui.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Conferma il tuo indirizzo e-mail", "Manca solo un passaggio"),
            "Grazie per esserti registrato su {company}! Conferma il tuo indirizzo e-mail "
            "cliccando sul link qui sotto:\n\n{url}/conferma\n\nSe non ti sei registrato tu, "
            "ignora questo messaggio.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Il tuo ordine {order} è stato spedito", "Il tuo pacco è in viaggio"),
            "Il tuo ordine {order} è in viaggio e dovrebbe arrivare il {date}. Tracciamento: "
            "{url}/traccia\n\nRicevi questa e-mail perché hai effettuato un ordine su {company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Una domanda veloce", "Ridurre i costi di spedizione"),
            "mi chiamo {name} e lavoro per {company}. Vi scrivo perché la vostra azienda compare "
            "nell'elenco dei marchi per la casa intelligente. Aiutiamo i produttori a ridurre i "
            "costi di spedizione fino al {pct}%.\n\nSe non è di vostro interesse, rispondetemi e "
            "non vi scriverò più.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

NL = Lang(
    code="nl",
    people=(
        "Sanne de Vries|sanne.devries",
        "Bram Jansen|bram.jansen",
        "Fleur Bakker|fleur.bakker",
        "Daan Visser|daan.visser",
        "Lotte Smit|lotte.smit",
        "Ruben Peeters|ruben.peeters",
    ),
    freemail=("gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be"),
    companies=(
        "Huis & Tuin|huisentuin.nl",
        "PakketSnel|pakketsnel.nl",
        "Webinar Wijzer|webinarwijzer.nl",
        "Groeikracht|groeikracht.nl",
        "Woonwinkel Noord|woonwinkelnoord.nl",
    ),
    cities=("Utrecht", "Eindhoven", "Groningen", "Gent", "Zwolle"),
    tz=(60, 120),
    day_fmt="{d}-{m}-{y}",
    hello=("Hoi,", "Hallo,", "Goedemiddag,", "Beste,"),
    dear=("Geachte heer, mevrouw,", "Geacht Example-team,", "Goedendag,"),
    bye=("Bedankt", "Groetjes", "", "Groet"),
    regards=("Met vriendelijke groet,", "Hoogachtend,", "Vriendelijke groeten,"),
    reply_prefix="Re: ",
    wrote="Op {date} schreef {sender}:",
    promos=("Herfstdeals: {product}", "Nieuw: {product}", "Laatste kans: {pct}% korting"),
    promo_lines=(
        "Alleen deze week: {product} met tot {pct}% korting.",
        "Bekijk het aanbod: https://example.com/aanbod",
        "Gratis verzending vanaf € 50.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Waarom krijg ik dit?", "Jullie mails", "nooit aangemeld", ""),
            "[[Waarom krijg ik e-mails van jullie?|Waarom mailen jullie mij?|Waarom ontvang ik "
            "steeds reclame van jullie?]] Ik heb me nooit aangemeld[[.| bij jullie.| voor wat "
            "dan ook. Wie heeft jullie mijn adres gegeven?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Hoe komen jullie aan mijn adres?", "Mijn e-mailadres", "waar vandaan?"),
            "Hoe komen jullie aan mijn [[e-mailadres|telefoonnummer|adres]]? Ik ben nooit klant "
            "bij jullie geweest[[.| en heb het jullie nooit gegeven.|, dus ik wil weten wie het "
            "jullie heeft gegeven.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Welke gegevens hebben jullie van mij?", "Nooit een account aangemaakt"),
            "Ik krijg steeds reclame van jullie, maar ik heb nooit een account aangemaakt. Welke "
            "gegevens hebben jullie over mij en waar komen die vandaan?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Nieuwsbrief nooit aangevraagd", "Waar komt mijn adres vandaan?"),
            "Ik heb me nooit ingeschreven voor jullie nieuwsbrief. Laat me weten waar jullie "
            "mijn adres vandaan hebben en verwijder het daarna alsjeblieft.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Verwijder mijn e-mailadres", "Gegevens verwijderen"),
            "Ik ken uw bedrijf niet en heb me nooit geregistreerd. Verwijder mijn e-mailadres "
            "alstublieft volledig uit uw bestand[[, niet alleen uit de mailinglijst|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("afmelden", "stop", "nooit aangemeld"),
            "nooit aangemeld. haal me van de lijst en wis mijn gegevens aub",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Stop met mailen", "Ongewenste mails"),
            "Stop met het sturen van e-mails. Ik heb nooit toestemming gegeven. En hoe komen "
            "jullie eigenlijk aan mijn adres?",
        ),
        Ask(
            ACCESS,
            True,
            ("Inzageverzoek artikel 15 AVG", "Herkomst van mijn persoonsgegevens"),
            "Sinds enige tijd ontvang ik reclamemails van uw bedrijf, hoewel ik mij nooit bij u "
            "heb geregistreerd en u mijn contactgegevens nooit heb verstrekt. Op grond van "
            "artikel 15 AVG verzoek ik u mij te laten weten waar u mijn gegevens vandaan hebt, "
            "welke persoonsgegevens u over mij bewaart en aan wie u die hebt verstrekt.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Herkomst en verwijdering van mijn gegevens", "Verzoek om inzage en verwijdering"),
            "U stuurt reclame naar {email}, terwijl ik nooit klant van uw bedrijf ben geweest. "
            "Ik verzoek u mij de herkomst van mijn persoonsgegevens mee te delen en deze daarna "
            "te wissen op grond van artikel 17 AVG, en mij dit schriftelijk te bevestigen.",
        ),
        Ask(
            ACCESS,
            False,
            ("wat is dit?", "nieuwsbrief?"),
            "wat is dit? ik heb me nooit aangemeld voor jullie nieuwsbrief. wie heeft jullie mijn "
            "adres gegeven?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Verzendbevestiging", "Bestelling {order}", "Tweede pakket?"),
            "Vanochtend kreeg ik een verzendbevestiging voor bestelling {order}, maar het pakket "
            "is [[vorige week|maandag|gisteren]] al bezorgd. Komt er nog een tweede zending of "
            "is dit een foutje?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Pakket bij afhaalpunt", "Sms over een pakket"),
            "Ik kreeg een sms dat er een pakket van jullie bij een afhaalpunt ligt, maar de "
            "track-and-tracelink werkt niet. Om welk afhaalpunt gaat het?",
        ),
        Like(
            "signup-support",
            "person",
            ("Welkomstcode niet ontvangen", "Kortingscode nieuwsbrief"),
            "Ik heb me aangemeld voor de nieuwsbrief om de welkomstcode van {pct}% te krijgen, "
            "maar die mail is nooit aangekomen. Kunnen jullie de code sturen?",
        ),
        Like(
            "signup-support",
            "person",
            ("Geen bevestigingsmail", "Kan niet inloggen"),
            "Ik heb gisteren een account aangemaakt op jullie website, maar nooit een "
            "bevestigingsmail ontvangen, dus ik kan niet inloggen. Kunnen jullie die opnieuw "
            "sturen?",
        ),
        Like(
            "billing-question",
            "person",
            ("Factuur bestelling {order}", "Waarom een factuur?"),
            "Waarom heb ik een factuur gekregen voor bestelling {order}? Ik heb al met iDEAL "
            "betaald. Moet ik nog iets overmaken?",
        ),
        Like(
            "event-question",
            "person",
            ("Herinnering webinar", "Verkeerde sessie?"),
            "Ik kreeg een herinnering voor het webinar van morgen, maar ik had me ingeschreven "
            "voor de sessie van {date}. Kunnen jullie dat nakijken?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[nieuw binnen|zomersale|onze selectie]]",
                "[[Tot {pct}% korting|Tijdelijk aanbod]] bij {company}",
            ),
            "[[De sale is begonnen!|Nieuw deze week.|Speciaal voor jou geselecteerd.]] [[Tot "
            "{pct}% korting op geselecteerde artikelen|Gratis verzending dit weekend]]: {url}"
            "\n\n[[--\n|]]Je ontvangt deze e-mail omdat je je hebt aangemeld voor de nieuwsbrief "
            "van {company}. [[Afmelden · Voorkeuren wijzigen|Wil je geen e-mails meer? Meld je "
            "hier af.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Bevestig je e-mailadres", "Nog één stap"),
            "Bedankt voor je aanmelding bij {company}! Bevestig je e-mailadres via de link "
            "hieronder:\n\n{url}/bevestigen\n\nHeb je je niet aangemeld? Dan kun je deze e-mail "
            "negeren.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Je bestelling {order} is verzonden", "Je pakket is onderweg"),
            "Je bestelling {order} is onderweg en wordt naar verwachting op {date} bezorgd. "
            "Volg je pakket: {url}/volgen\n\nJe ontvangt deze e-mail omdat je een bestelling "
            "hebt geplaatst bij {company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Korte vraag", "Lagere verzendkosten"),
            "mijn naam is {name} van {company}. Ik mail u omdat uw bedrijf in de lijst van "
            "smarthomemerken staat. Wij helpen fabrikanten hun verzendkosten met {pct}% te "
            "verlagen.\n\nIs dit niet relevant, laat het me dan even weten, dan mail ik u niet "
            "meer.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

PT = Lang(
    code="pt",
    people=(
        "Ana Ferreira|ana.ferreira",
        "João Almeida|joao.almeida",
        "Beatriz Costa|beatriz.costa",
        "Rui Mendes|rui.mendes",
        "Inês Carvalho|ines.carvalho",
        "Tiago Lopes|tiago.lopes",
    ),
    freemail=("gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "uol.com.br"),
    companies=(
        "Casa Viva|casaviva.pt",
        "Entregas Já|entregasja.pt",
        "Webinars Lusos|webinarslusos.pt",
        "Cresce Online|cresceonline.pt",
        "Jardim Fácil|jardimfacil.pt",
    ),
    cities=("Porto", "Braga", "Coimbra", "Faro", "Lisboa"),
    tz=(0, 60),
    day_fmt="{d}/{m}/{y}",
    hello=("Olá,", "Boa tarde,", "Bom dia,", "Olá"),
    dear=("Exmos. Senhores,", "Caros senhores,", "Bom dia,"),
    bye=("Obrigado", "Cumprimentos", "", "Obrigada"),
    regards=("Com os melhores cumprimentos,", "Atenciosamente,", "Cumprimentos,"),
    reply_prefix="RE: ",
    wrote="Em {date}, {sender} escreveu:",
    promos=("Promoções de outono: {product}", "Novidade: {product}", "Último dia: -{pct}%"),
    promo_lines=(
        "Só esta semana: {product} com até {pct}% de desconto.",
        "Descubra: https://example.com/promocoes",
        "Portes grátis a partir de 50 €.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Porque me escrevem?", "Os vossos e-mails", "nunca me registei", ""),
            "[[Porque é que recebo e-mails vossos?|Porque é que me estão a enviar e-mails?|"
            "Porque recebo a vossa publicidade?]] Nunca me registei[[.| em nada.| no vosso "
            "site. Quem vos deu o meu endereço?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Onde obtiveram o meu e-mail?", "O meu endereço de e-mail", "de onde?"),
            "Onde é que obtiveram o meu [[endereço de e-mail|número de telemóvel|endereço]]? "
            "Nunca fui vosso cliente[[.| e nunca vos dei o meu contacto.|, por isso quero "
            "saber quem vo-lo deu.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Que dados têm sobre mim?", "Nunca criei conta"),
            "Recebo constantemente publicidade vossa, mas nunca criei uma conta. Que dados têm "
            "sobre mim e de onde vieram?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Newsletter que nunca pedi", "De onde vem o meu endereço?"),
            "Nunca subscrevi a vossa newsletter. Digam-me onde foram buscar o meu endereço e "
            "depois apaguem-no, por favor.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Apaguem o meu e-mail", "Eliminação dos meus dados"),
            "Não conheço a vossa empresa e nunca me registei. Peço que eliminem o meu endereço "
            "de e-mail da vossa base de dados por completo[[, e não só da lista de envio|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("remover", "chega", "nunca me inscrevi"),
            "nunca me inscrevi. tirem-me da lista e apaguem os meus dados por favor",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Parem de me enviar e-mails", "E-mails indesejados"),
            "Parem de me enviar e-mails. Nunca dei o meu consentimento. E onde é que foram "
            "buscar o meu endereço?",
        ),
        Ask(
            ACCESS,
            True,
            ("Pedido de acesso – artigo 15.º do RGPD", "Origem dos meus dados pessoais"),
            "Há algum tempo que recebo e-mails publicitários da vossa empresa, embora nunca me "
            "tenha registado nem vos tenha fornecido os meus contactos. Nos termos do artigo "
            "15.º do RGPD, solicito que me informem sobre a origem dos meus dados, quais os "
            "dados pessoais que conservam sobre mim e a quem os comunicaram.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Origem e apagamento dos meus dados", "Pedido de acesso e apagamento"),
            "Enviam-me publicidade para {email}, embora nunca tenha sido cliente da vossa "
            "empresa. Solicito que me indiquem a fonte dos meus dados pessoais e que, em "
            "seguida, os apaguem nos termos do artigo 17.º do RGPD, confirmando-o por escrito.",
        ),
        Ask(
            ACCESS,
            False,
            ("o que é isto?", "newsletter?"),
            "o que é isto? nunca me inscrevi na vossa newsletter. quem vos deu o meu e-mail?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Aviso de envio", "Encomenda {order}", "Segundo envio?"),
            "Esta manhã recebi um aviso de envio da encomenda {order}, mas a encomenda já chegou "
            "[[na semana passada|na segunda-feira|ontem]]. Há um segundo envio ou é um erro?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Encomenda no ponto de recolha", "SMS sobre uma encomenda"),
            "Recebi um SMS a dizer que tenho uma encomenda vossa num ponto de recolha, mas o "
            "link de seguimento não funciona. De que ponto se trata?",
        ),
        Like(
            "signup-support",
            "person",
            ("Código de desconto não chegou", "Código da newsletter"),
            "Inscrevi-me na newsletter para receber o código de desconto de {pct}%, mas o e-mail "
            "nunca chegou. Podem enviar-mo?",
        ),
        Like(
            "signup-support",
            "person",
            ("Sem e-mail de confirmação", "Não consigo entrar"),
            "Criei ontem uma conta no vosso site, mas nunca recebi o e-mail de confirmação e "
            "não consigo entrar. Podem reenviá-lo?",
        ),
        Like(
            "billing-question",
            "person",
            ("Fatura da encomenda {order}", "Porquê uma fatura?"),
            "Porque é que recebi uma fatura da encomenda {order}? Já paguei com cartão no "
            "momento da compra. Ainda tenho de pagar alguma coisa?",
        ),
        Like(
            "event-question",
            "person",
            ("Lembrete do webinar", "Sessão errada?"),
            "Recebi um lembrete do webinar de amanhã, mas inscrevi-me na sessão de {date}. "
            "Podem verificar?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[novidades|saldos de verão|a nossa seleção]]",
                "[[Até {pct}% de desconto|Oferta limitada]] na {company}",
            ),
            "[[Os saldos chegaram!|Novidades da semana.|Escolhidos para si.]] [[Até {pct}% em "
            "artigos selecionados|Portes grátis este fim de semana]]: {url}\n\n[[--\n|]]Recebe "
            "este e-mail porque se inscreveu na newsletter da {company}. [[Cancelar subscrição "
            "· Preferências|Se não quiser receber mais e-mails, clique aqui.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Confirme o seu endereço de e-mail", "Falta só um passo"),
            "Obrigado por se registar na {company}! Confirme o seu endereço de e-mail clicando "
            "no link abaixo:\n\n{url}/confirmar\n\nSe não foi você que se registou, ignore esta "
            "mensagem.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("A sua encomenda {order} foi enviada", "A sua encomenda está a caminho"),
            "A sua encomenda {order} está a caminho e deverá chegar a {date}. Seguimento: "
            "{url}/seguir\n\nRecebe este e-mail porque fez uma encomenda na {company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Uma pergunta rápida", "Reduzir os custos de envio"),
            "chamo-me {name} e trabalho na {company}. Escrevo-lhe porque a sua empresa consta da "
            "lista de marcas de casa inteligente. Ajudamos fabricantes a reduzir os custos de "
            "envio até {pct}%.\n\nSe não tiver interesse, responda-me e não voltarei a escrever.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

SV = Lang(
    code="sv",
    people=(
        "Emma Lindqvist|emma.lindqvist",
        "Johan Berg|johan.berg",
        "Sara Nyström|sara.nystrom",
        "Oskar Holm|oskar.holm",
        "Maja Ekström|maja.ekstrom",
        "Anders Sjöberg|anders.sjoberg",
    ),
    freemail=("gmail.com", "hotmail.se", "telia.com", "outlook.com", "bredband.net"),
    companies=(
        "Hemma Bra|hemmabra.se",
        "Paketexpressen|paketexpressen.se",
        "Webbinarium Norden|webbinariumnorden.se",
        "Tillväxtbyrån|tillvaxtbyran.se",
        "Trädgårdsliv|tradgardsliv.se",
    ),
    cities=("Göteborg", "Malmö", "Uppsala", "Västerås", "Umeå"),
    tz=(60, 120),
    day_fmt="{d}/{m} {y}",
    hello=("Hej,", "Hej!", "Hejsan,", "God dag,"),
    dear=("Hej,", "Till kundtjänst,", "Hej Example,"),
    bye=("Tack", "Hälsningar", "", "Mvh"),
    regards=("Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar"),
    reply_prefix="SV: ",
    wrote="Den {date} skrev {sender}:",
    promos=("Höstens erbjudanden: {product}", "Nyhet: {product}", "Sista dagen: -{pct} %"),
    promo_lines=(
        "Spara upp till {pct} % på {product} bara den här veckan.",
        "Se erbjudandena: https://example.com/erbjudanden",
        "Fri frakt över 500 kr.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Varför får jag det här?", "Era mejl", "aldrig registrerat mig", ""),
            "[[Varför får jag mejl från er?|Varför skickar ni mejl till mig?|Hur kommer det sig "
            "att jag får era utskick?]] Jag har aldrig registrerat mig[[.| hos er.| för något "
            "sådant. Vem har gett er min adress?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Var har ni fått min adress ifrån?", "Min e-postadress", "varifrån?"),
            "Var har ni fått min [[e-postadress|mejladress|telefonnummer]] ifrån? Jag har aldrig "
            "varit kund hos er[[.| och har aldrig gett er den.|, så jag vill veta vem som har "
            "lämnat ut den.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Vilka uppgifter har ni om mig?", "Aldrig skapat något konto"),
            "Jag får hela tiden reklam från er men har aldrig skapat något konto. Vilka "
            "uppgifter har ni om mig och var kommer de ifrån?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Nyhetsbrev jag aldrig beställt", "Varifrån kommer min adress?"),
            "Jag har aldrig prenumererat på ert nyhetsbrev. Berätta var ni fick min adress "
            "ifrån och radera den sedan, tack.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Radera min e-postadress", "Ta bort mina uppgifter"),
            "Jag känner inte till ert företag och har aldrig registrerat mig. Radera min "
            "e-postadress helt ur ert register[[, inte bara från utskickslistan|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("avregistrera", "sluta", "aldrig anmält mig"),
            "aldrig anmält mig. ta bort mig från listan och radera mina uppgifter tack",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Sluta mejla mig", "Oönskade mejl"),
            "Sluta skicka mejl till mig. Jag har aldrig gett mitt samtycke. Och var har ni fått "
            "min adress ifrån?",
        ),
        Ask(
            ACCESS,
            True,
            ("Begäran om registerutdrag enligt artikel 15", "Källan till mina personuppgifter"),
            "Sedan en tid tillbaka får jag reklammejl från ert företag, trots att jag aldrig har "
            "registrerat mig hos er eller lämnat mina kontaktuppgifter. Med stöd av artikel 15 i "
            "dataskyddsförordningen begär jag att ni talar om varifrån ni har fått mina "
            "uppgifter, vilka personuppgifter om mig ni behandlar och till vilka mottagare ni "
            "har lämnat ut dem.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Källa och radering av mina uppgifter", "Begäran om registerutdrag och radering"),
            "Ni skickar reklam till {email} trots att jag aldrig har varit kund hos er. Jag ber "
            "er att uppge källan till mina personuppgifter och därefter radera dem enligt "
            "artikel 17 i dataskyddsförordningen samt bekräfta raderingen skriftligen.",
        ),
        Ask(
            ACCESS,
            False,
            ("vad är det här?", "nyhetsbrev?"),
            "vad är det här? jag har aldrig anmält mig till ert nyhetsbrev. vem har gett er min "
            "mejladress?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Leveransbesked", "Order {order}", "Ett paket till?"),
            "I morse fick jag ett leveransbesked för order {order}, men paketet kom redan "
            "[[förra veckan|i måndags|i går]]. Kommer det ett paket till eller är det fel?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Paket hos ombud", "Sms om ett paket"),
            "Jag fick ett sms om att ett paket från er väntar hos ett ombud, men spårningslänken "
            "fungerar inte. Vilket ombud gäller det?",
        ),
        Like(
            "signup-support",
            "person",
            ("Rabattkoden kom aldrig", "Kod från nyhetsbrevet"),
            "Jag anmälde mig till nyhetsbrevet för att få rabattkoden på {pct} %, men mejlet kom "
            "aldrig. Kan ni skicka koden?",
        ),
        Like(
            "signup-support",
            "person",
            ("Inget bekräftelsemejl", "Kan inte logga in"),
            "Jag skapade ett konto på er webbplats i går men fick aldrig något bekräftelsemejl, "
            "så jag kan inte logga in. Kan ni skicka det igen?",
        ),
        Like(
            "billing-question",
            "person",
            ("Faktura för order {order}", "Varför en faktura?"),
            "Varför har jag fått en faktura för order {order}? Jag betalade med kort när jag "
            "beställde. Ska jag betala något mer?",
        ),
        Like(
            "event-question",
            "person",
            ("Påminnelse om webbinariet", "Fel tillfälle?"),
            "Jag fick en påminnelse om webbinariet i morgon, men jag anmälde mig till "
            "tillfället den {date}. Kan ni kolla det?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[nyheter|sommarrea|veckans urval]]",
                "[[Upp till {pct} % rabatt|Bara en kort tid]] hos {company}",
            ),
            "[[Rean har börjat!|Veckans nyheter.|Utvalt för dig.]] [[Upp till {pct} % på utvalda "
            "varor|Fri frakt i helgen]]: {url}\n\n[[--\n|]]Du får det här mejlet eftersom du har "
            "anmält dig till nyhetsbrevet från {company}. [[Avsluta prenumerationen · Ändra "
            "inställningar|Vill du inte ha fler mejl? Avregistrera dig här.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Bekräfta din e-postadress", "Ett steg kvar"),
            "Tack för att du registrerade dig hos {company}! Bekräfta din e-postadress genom att "
            "klicka på länken nedan:\n\n{url}/bekrafta\n\nOm det inte var du som registrerade "
            "dig kan du bortse från det här mejlet.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Din order {order} har skickats", "Ditt paket är på väg"),
            "Din order {order} är på väg och beräknas komma fram den {date}. Spåra paketet: "
            "{url}/spara\n\nDu får det här mejlet eftersom du har handlat hos {company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("En snabb fråga", "Lägre fraktkostnader"),
            "jag heter {name} och jobbar på {company}. Jag skriver eftersom ert företag finns "
            "med i listan över varumärken för smarta hem. Vi hjälper tillverkare att sänka "
            "fraktkostnaderna med upp till {pct} %.\n\nOm det inte är aktuellt, svara bara så "
            "hör jag inte av mig igen.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

PL = Lang(
    code="pl",
    people=(
        "Aleksandra Nowicka|aleksandra.nowicka",
        "Kamil Wróbel|kamil.wrobel",
        "Natalia Kaczmarek|natalia.kaczmarek",
        "Bartosz Pawlak|bartosz.pawlak",
        "Monika Jasińska|monika.jasinska",
        "Grzegorz Sikora|grzegorz.sikora",
    ),
    freemail=("wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"),
    companies=(
        "Dom i Ogród|domiogrod.pl",
        "Paczka Ekspres|paczkaekspres.pl",
        "Webinary Biznes|webinarybiznes.pl",
        "Wzrost Online|wzrostonline.pl",
        "Meble Nowak|meblenowak.pl",
    ),
    cities=("Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"),
    tz=(60, 120),
    day_fmt="{dd}.{mm}.{y}",
    hello=("Dzień dobry,", "Cześć,", "Witam,", "Hej,"),
    dear=("Szanowni Państwo,", "Dzień dobry,", "Szanowny Zespole Example,"),
    bye=("Dzięki", "Pozdrawiam", "", "Pozdro"),
    regards=("Z poważaniem", "Pozdrawiam serdecznie", "Z wyrazami szacunku"),
    reply_prefix="Odp: ",
    wrote="W dniu {date} {sender} napisał(a):",
    promos=("Jesienne promocje: {product}", "Nowość: {product}", "Ostatni dzień: -{pct}%"),
    promo_lines=(
        "Oszczędź do {pct}% na {product} tylko w tym tygodniu.",
        "Sprawdź oferty: https://example.com/promocje",
        "Darmowa dostawa od 200 zł.",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("Dlaczego to dostaję?", "Wasze maile", "nigdy się nie zapisywałem", ""),
            "[[Dlaczego dostaję od Was maile?|Dlaczego do mnie piszecie?|Skąd te reklamy od "
            "Was?]] Nigdy się u Was nie [[rejestrowałem|rejestrowałam]][[.| ani niczego nie "
            "zamawiałem.|. Kto Wam dał mój adres?]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("Skąd macie mój adres?", "Mój adres e-mail", "skąd?"),
            "Skąd macie mój [[adres e-mail|numer telefonu|adres]]? Nigdy nie byłem Waszym "
            "klientem[[.| i nigdy Wam go nie podawałem.|, więc chcę wiedzieć, kto Wam go "
            "przekazał.]]",
        ),
        Ask(
            ACCESS,
            False,
            ("Jakie dane o mnie macie?", "Nigdy nie zakładałam konta"),
            "Ciągle dostaję od Was reklamy, a nigdy nie zakładałam konta. Jakie dane o mnie "
            "macie i skąd je wzięliście?",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("Newsletter, którego nie zamawiałem", "Skąd mój adres?"),
            "Nigdy nie zapisywałem się do Waszego newslettera. Napiszcie, skąd macie mój adres, "
            "a potem go usuńcie.",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("Usuńcie mój adres", "Usunięcie moich danych"),
            "Nie znam Państwa firmy i nigdy się nie rejestrowałam. Proszę o całkowite usunięcie "
            "mojego adresu e-mail z Państwa bazy[[, a nie tylko z listy mailingowej|]].",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("wypisz mnie", "dość", "nigdy się nie zapisywałem"),
            "nigdy się nie zapisywałem. wypiszcie mnie z listy i usuńcie moje dane",
            reply=True,
        ),
        Ask(
            OBJECTION_ACCESS,
            False,
            ("Przestańcie do mnie pisać", "Niechciane maile"),
            "Przestańcie wysyłać mi maile. Nigdy nie wyraziłem zgody. I skąd w ogóle macie mój "
            "adres?",
        ),
        Ask(
            ACCESS,
            True,
            ("Wniosek na podstawie art. 15 RODO", "Źródło moich danych osobowych"),
            "od pewnego czasu otrzymuję od Państwa firmy e-maile reklamowe, mimo że nigdy się u "
            "Państwa nie rejestrowałem ani nie podawałem swoich danych kontaktowych. Na "
            "podstawie art. 15 RODO proszę o informację, skąd pozyskali Państwo moje dane, jakie "
            "dane osobowe na mój temat przetwarzają Państwo oraz komu zostały one udostępnione.",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("Źródło i usunięcie moich danych", "Wniosek o dostęp i usunięcie danych"),
            "wysyłają Państwo reklamy na adres {email}, choć nigdy nie byłem Państwa klientem. "
            "Proszę o wskazanie źródła moich danych osobowych, a następnie o ich usunięcie na "
            "podstawie art. 17 RODO i pisemne potwierdzenie usunięcia.",
        ),
        Ask(
            ACCESS,
            False,
            ("co to jest?", "newsletter?"),
            "co to jest? nigdy nie zapisywałam się do Waszego newslettera. kto Wam dał mój adres?",
            reply=True,
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("Powiadomienie o wysyłce", "Zamówienie {order}", "Druga paczka?"),
            "Dziś rano dostałem powiadomienie o wysyłce zamówienia {order}, ale paczka dotarła "
            "już [[w zeszłym tygodniu|w poniedziałek|wczoraj]]. Czy to druga przesyłka, czy "
            "pomyłka?",
        ),
        Like(
            "parcel-question",
            "person",
            ("Paczka w paczkomacie", "SMS o paczce"),
            "Dostałam SMS, że paczka od Was czeka w paczkomacie, ale link do śledzenia nie "
            "działa. O który paczkomat chodzi?",
        ),
        Like(
            "signup-support",
            "person",
            ("Nie dostałam kodu rabatowego", "Kod z newslettera"),
            "Zapisałam się do newslettera, żeby dostać kod rabatowy {pct}%, ale mail nigdy nie "
            "przyszedł. Czy możecie przesłać kod?",
        ),
        Like(
            "signup-support",
            "person",
            ("Brak maila z potwierdzeniem", "Nie mogę się zalogować"),
            "Wczoraj założyłem konto na Waszej stronie, ale nie dostałem maila z potwierdzeniem "
            "i nie mogę się zalogować. Możecie wysłać go ponownie?",
        ),
        Like(
            "billing-question",
            "person",
            ("Faktura do zamówienia {order}", "Dlaczego faktura?"),
            "Dlaczego dostałem fakturę do zamówienia {order}? Zapłaciłem kartą przy zakupie. "
            "Czy muszę jeszcze coś dopłacić?",
        ),
        Like(
            "event-question",
            "person",
            ("Przypomnienie o webinarze", "Zły termin?"),
            "Dostałem przypomnienie o jutrzejszym webinarze, ale zapisałem się na termin {date}. "
            "Możecie sprawdzić?",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            (
                "{company}: [[nowości|letnia wyprzedaż|nasz wybór]]",
                "[[Do {pct}% taniej|Oferta ograniczona]] w {company}",
            ),
            "[[Wyprzedaż już trwa!|Nowości tygodnia.|Wybrane dla Ciebie.]] [[Do {pct}% taniej "
            "na wybrane produkty|Darmowa dostawa w ten weekend]]: {url}\n\n[[--\n|]]Otrzymujesz "
            "tę wiadomość, ponieważ zapisałeś się do newslettera {company}. [[Wypisz się · Zmień "
            "ustawienia|Jeśli nie chcesz dostawać więcej wiadomości, kliknij tutaj.]]",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("Potwierdź swój adres e-mail", "Jeszcze jeden krok"),
            "Dziękujemy za rejestrację w {company}! Potwierdź swój adres e-mail, klikając "
            "poniższy link:\n\n{url}/potwierdz\n\nJeśli to nie Ty zakładałeś konto, zignoruj tę "
            "wiadomość.",
        ),
        Like(
            "order-notification",
            "noreply",
            ("Twoje zamówienie {order} zostało wysłane", "Paczka jest w drodze"),
            "Twoje zamówienie {order} jest w drodze i powinno dotrzeć {date}. Śledzenie: "
            "{url}/sledzenie\n\nOtrzymujesz tę wiadomość, ponieważ złożyłeś zamówienie w "
            "{company}.",
        ),
        Like(
            "cold-pitch",
            "company",
            ("Krótkie pytanie", "Niższe koszty wysyłki"),
            "nazywam się {name} i pracuję w {company}. Piszę, ponieważ Państwa firma znajduje "
            "się na liście marek inteligentnego domu. Pomagamy producentom obniżyć koszty "
            "wysyłki nawet o {pct}%.\n\nJeśli temat nie jest aktualny, proszę o krótką "
            "odpowiedź, a nie będę się więcej odzywać.",
        ),
    ),
    n_asks=10,
    n_likes=18,
)

ZH = Lang(
    code="zh",
    people=("王芳|wang.fang", "李强|li.qiang", "张伟|zhang.wei", "刘洋|liu.yang", "陈静|chen.jing"),
    freemail=("qq.com", "163.com", "126.com", "gmail.com"),
    companies=("优家生活|youjia-life.cn", "速达快递|suda-express.cn", "星辰商城|xingchen-mall.cn"),
    cities=("上海", "杭州", "深圳", "成都"),
    tz=(480,),
    day_fmt="{y}年{m}月{d}日",
    hello=("你好，", "您好，", "你好"),
    dear=("尊敬的Example团队：", "您好：", "贵公司负责人："),
    bye=("谢谢", "", "祝好"),
    regards=("此致", "顺祝商祺", "谢谢"),
    reply_prefix="回复：",
    wrote="在 {date}，{sender} 写道：",
    promos=("秋季特惠：{product}", "新品上市：{product}", "最后一天：全场{pct}%折扣"),
    promo_lines=(
        "本周{product}最高优惠{pct}%。",
        "立即选购：https://example.com/deals",
        "满300元包邮。",
    ),
    asks=(
        Ask(
            ACCESS,
            False,
            ("为什么给我发邮件？", "你们的邮件", "我从没注册过", ""),
            "[[你们为什么给我发邮件？|为什么我会收到你们的邮件？|你们怎么老给我发广告？]]我从来没有注册过"
            "[[。|你们的任何服务。|，是谁把我的邮箱给你们的？]]",
            reply=True,
        ),
        Ask(
            ACCESS,
            False,
            ("你们从哪里得到我的邮箱？", "我的联系方式"),
            "你们是从哪里得到我的[[邮箱地址|手机号码|联系方式]]的？我从来不是你们的客户[[。|，也没有把它给过你们。]]",
        ),
        Ask(
            ACCESS,
            False,
            ("你们保存了我哪些信息？", "从没创建过账户"),
            "我一直收到你们的推广，但我从来没有创建过账户。你们保存了我哪些信息？这些信息是从哪里来的？",
            reply=True,
        ),
        Ask(
            ACCESS_ERASURE,
            False,
            ("从没订阅过", "我的地址是哪来的？"),
            "我从没订阅过你们的新闻邮件。请告诉我你们从哪里获得我的地址，然后把它删除。",
            reply=True,
        ),
        Ask(
            ERASURE,
            False,
            ("请删除我的邮箱", "删除我的信息"),
            "我不认识贵公司，也从未注册过。请把我的邮箱地址从你们的数据库中彻底删除。",
        ),
        Ask(
            ERASURE_OBJECTION,
            False,
            ("退订", "别再发了"),
            "从来没注册过。请把我从邮件列表里移除，并删除我的资料。",
            reply=True,
        ),
        Ask(
            ACCESS,
            True,
            ("关于个人信息来源的查询", "个人信息查询申请"),
            "近来我不断收到贵公司的营销邮件，但我从未在贵公司注册，也从未提供过我的联系方式。根据《个人信息保护法》，"
            "请告知我贵公司从何处获得我的个人信息、保存了我的哪些个人信息，以及向哪些第三方提供过这些信息。",
        ),
        Ask(
            ACCESS_ERASURE,
            True,
            ("个人信息来源查询及删除申请", "查询并删除我的个人信息"),
            "贵公司一直向{email}发送广告，而我从未成为贵公司的客户。请告知我的个人信息的来源，随后删除全部相关信息，"
            "并书面确认删除。",
        ),
    ),
    likes=(
        Like(
            "parcel-question",
            "person",
            ("发货通知", "订单{order}", "还有第二个包裹吗？"),
            "今天早上收到订单{order}的发货通知，但包裹[[上周|昨天|周一]]就已经到了。是还有第二个包裹，还是系统出错了？",
        ),
        Like(
            "signup-support",
            "person",
            ("没收到优惠码", "新闻邮件优惠码"),
            "我订阅了你们的新闻邮件想领取{pct}%的优惠码，但一直没收到邮件。能把优惠码发给我吗？",
        ),
        Like(
            "signup-support",
            "person",
            ("没收到确认邮件", "无法登录"),
            "我昨天在你们网站注册了账户，但一直没收到确认邮件，所以无法登录。能重新发送一下吗？",
        ),
        Like(
            "billing-question",
            "person",
            ("订单{order}的发票", "为什么收到发票？"),
            "为什么我收到了订单{order}的发票？我下单时已经用信用卡付过款了。还需要再付钱吗？",
        ),
        Like(
            "newsletter-footer",
            "noreply",
            ("{company}：[[本周新品|夏季大促|精选推荐]]", "{company}最高优惠{pct}%"),
            "[[夏季大促开始啦！|本周新品上架。|为您精选。]]精选商品最高优惠{pct}%：{url}\n\n[[--\n|]]"
            "您收到这封邮件，是因为您订阅了{company}的新闻邮件。退订 · 偏好设置",
            headers="maybe-list",
        ),
        Like(
            "signup-confirmation",
            "noreply",
            ("请确认您的邮箱地址", "还差一步"),
            "感谢您注册{company}！请点击下方链接确认您的邮箱地址：\n\n{url}/confirm\n\n如果您没有注册，请忽略此邮件。",
        ),
    ),
    n_asks=8,
    n_likes=6,
)

LANGS: tuple[Lang, ...] = (EN, DE, FR, ES, IT, NL, PT, SV, PL, ZH)
