"""Phrase banks of :mod:`letters` for the languages the older generators already cover: longer
letters, reminders and notes in other words than theirs. Written for this project."""

from __future__ import annotations

from classifier.trainingdata import requests
from classifier.trainingdata.letters import Letters

# GDPR article numbers by category; consent withdrawal cited as its paragraph.
ARTS: dict[str, str] = {**requests.PT_RGPD_ARTS, "consent_withdrawal": "7(3)"}
FIELD_KINDS = ("name", "address", "email", "phone", "birth")

EN = Letters(
    code="en",
    male=("Oliver", "George", "Harry", "Noah", "Samuel", "Adam", "Peter"),
    female=("Charlotte", "Amelia", "Isla", "Grace", "Lucy", "Zoe", "Rachel"),
    surnames=("Bennett", "Cooper", "Foster", "Gray", "Hayes", "Lloyd", "Price", "Shaw", "Ward"),
    domains=("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"),
    tz=(0, 1, -5),
    months=requests.EN.months,
    day_fmt=("{d} {mon} {y}", "{mon} {d}, {y}", "{dd}/{mm}/{y}"),
    refs=("Article {art} GDPR", "Art. {art} of the GDPR", "Article {art} of the UK GDPR"),
    alt_refs=("the Data Protection Act 2018", "the UK GDPR and the Data Protection Act 2018"),
    alt_arts=ARTS,
    arts=ARTS,
    greet=(
        "Dear Sir or Madam,",
        "To whom it may concern:",
        "Dear Data Protection Officer,",
        "Hello,",
        "Attn: Data Protection Officer",
    ),
    greet_informal=("Hi,", "Hello,", "hi there"),
    close=("Yours faithfully,", "Yours sincerely,", "Kind regards,"),
    close_informal=("Thanks", "cheers", "ta"),
    identity=(
        "I hold an account with you under {account}.",
        "For identification: {name}, {email}.",
        "I am writing about the account registered to {email}.",
    ),
    subjects={
        "access": (
            "Request for access to my personal data",
            "Access request under Article 15",
            "Copy of my data please",
        ),
        "rectification": (
            "Request for rectification",
            "Please correct my personal details",
            "Wrong address held on file",
        ),
        "erasure": (
            "Erasure request",
            "Please delete my personal data",
            "Close my account and erase my data",
        ),
        "restriction": ("Restriction of processing", "Please restrict the use of my data"),
        "portability": (
            "Request for my data in a portable format",
            "Data export request",
            "Transfer of my data to another provider",
        ),
        "objection": (
            "Objection to the processing of my data",
            "Stop using my data for marketing",
            "I object to profiling",
        ),
        "consent_withdrawal": ("Withdrawing my consent", "Consent withdrawn"),
        "complaint": (
            "Complaint about your handling of my data",
            "Suspected data breach",
            "Unauthorised access to my account",
        ),
        "inquiry": (
            "Question about how you use my data",
            "Privacy question",
            "Who do you share my data with?",
        ),
    },
    core={
        "access": (
            "I am writing to make a subject access request under {ref}. Please confirm whether you process personal data concerning me and, where that is the case, provide me with a copy.",
            "Pursuant to {ref}, I ask you to give me access to the personal data you hold about me, including everything linked to my {product}.",
        ),
        "rectification": (
            "Pursuant to {ref}, I ask you to rectify inaccurate personal data concerning me and to complete the data that is incomplete.",
            "Some of the personal data you hold about me is wrong. I ask you to correct it without undue delay under {ref}.",
            "I am exercising my right to rectification under {ref}; my details in your records are out of date.",
        ),
        "erasure": (
            "Pursuant to {ref}, I ask you to erase all personal data concerning me without undue delay.",
            "I am exercising my right to erasure ('right to be forgotten') under {ref}. Please close my account {account} and delete every piece of data linked to it.",
            "The data you hold about me is no longer necessary for the purpose it was collected for. Please delete it, including the {product} recordings ({ref}).",
        ),
        "restriction": (
            "Pursuant to {ref}, I ask you to restrict the processing of my personal data until its accuracy has been checked.",
            "Please keep my data but stop processing it for any purpose other than storage ({ref}); I need it to establish a legal claim.",
        ),
        "portability": (
            "Pursuant to {ref}, I would like to receive the personal data I have provided to you in a structured, commonly used and machine-readable format.",
            "I am exercising my right to data portability ({ref}). Please send me an export of account {account} as CSV or JSON, or transmit it directly to the new service I am moving to.",
        ),
        "objection": (
            "Pursuant to {ref}, I object to the processing of my personal data for direct marketing, including any profiling connected with it.",
            "I object under {ref} to the use of my {product} data for targeting and personalised adverts. Please stop it.",
            "I object to my data being passed on to advertising partners ({ref}) and ask you to cease this processing.",
        ),
        "consent_withdrawal": (
            "I withdraw, with immediate effect, the consent I gave you for the processing of my personal data ({ref}).",
            "Please take this as the withdrawal of my consent to the collection of location data by the {product} ({ref}).",
        ),
        "complaint": (
            "I wish to complain about how my personal data has been handled. My earlier request went unanswered and I am considering a complaint to the supervisory authority ({ref}).",
            "I believe someone got into my account {account}: I was alerted to logins from abroad and my {product} settings changed. Tell me what data they could see.",
        ),
        "inquiry": (
            "Please tell me in which countries my personal data is stored and which safeguards cover transfers outside the UK and EU ({ref}).",
            "Could you explain what data the {product} collects about me, why, and for how long you keep it?",
        ),
    },
    detail={
        "access": (
            "Please also tell me the purposes of the processing, the recipients to whom the data was disclosed, how long it will be kept and where it came from.",
            "I would also like to know whether any automated decision-making, including profiling, takes place.",
        ),
        "erasure": (
            "If you have made my data public, please inform other controllers that I have asked for all links and copies to be erased.",
        ),
        "portability": (
            "A file that I can import into another service is what I need, not a PDF.",
        ),
        "restriction": ("Until this is resolved, please only store the data.",),
        "objection": (
            "In my particular situation your legitimate interests do not override my rights.",
        ),
    },
    informal={
        "access": (
            "send me everything you've got on me please",
            "what info do you keep about me? want a copy",
        ),
        "rectification": (
            "my surname's spelt wrong on the account, can you fix it",
            "you've still got my old address, I moved, please update it",
            "change my phone number please, the old one is gone",
        ),
        "erasure": (
            "close my account and wipe all my data pls",
            "I want everything you have on me deleted",
        ),
        "restriction": (
            "don't use my data until you've fixed the wrong details",
            "freeze my data please, don't delete, just don't use it",
        ),
        "portability": (
            "can I download my {product} history as a csv?",
            "moving to another app, need my data in a file I can import",
        ),
        "objection": ("stop sending me marketing emails", "don't use my data for ads or profiling"),
        "consent_withdrawal": (
            "I take back my consent for location tracking",
            "I withdraw my consent, don't use my recordings anymore",
        ),
        "complaint": (
            "my account's been hacked, who's seen my videos??",
            "third time writing, nobody answers, this is no way to treat my data",
        ),
        "inquiry": ("where are my videos stored?", "do you share my data with other companies?"),
    },
    field_intro=(
        "Please make the following changes:",
        "Incorrect and correct details:",
        "The details to correct are:",
    ),
    fields={
        "name": ("Incorrect name", "Correct name"),
        "address": ("Old address", "Correct address"),
        "email": ("Outdated email", "Correct email"),
        "phone": ("Wrong phone number", "Correct phone number"),
        "birth": ("Date of birth on file", "Correct date of birth"),
    },
    addresses=(
        "{n} Elm Grove, Leeds LS6 2AB",
        "{n} Station Road, Bristol BS1 4QA",
        "Flat {n}, 8 Queen Street, Cardiff CF10 2BU",
    ),
    notify=(
        "Where you have disclosed my personal data to recipients, please communicate the correction or erasure to each of them as Article 19 GDPR requires, and tell me who they are.",
        "Please pass this on to anyone you have shared my data with (Article 19).",
    ),
    consent_add=(
        "Insofar as the processing is based on my consent, I hereby withdraw that consent ({ref}).",
        "I also withdraw every consent I have given you in the past ({ref}).",
    ),
    object_add=(
        "I also object to any processing of my data for direct marketing ({ref}).",
        "To any processing based on legitimate interests I object under {ref}.",
    ),
    erase_add=("Please then delete the data collected on the basis of that consent ({ref}).",),
    scope=("This request covers every service and company for which you are the controller.",),
    deadline=(
        "Under Article 12(3) you must answer without undue delay and within one month of receipt.",
        "Please confirm in writing within one month.",
    ),
    escalate=(
        "If I hear nothing within that period, I reserve the right to lodge a complaint with the supervisory authority.",
        "Otherwise I will take the matter to the regulator.",
    ),
    reminder=(
        "On {date} I sent you a request under {ref}. I have had no reply, and the one-month period has now passed.",
        "I refer to my request of {date} under {ref}, which remains unanswered.",
    ),
    reminder_named=(
        "On {date} I sent you {what}. I have not received any answer.",
        "I am chasing {what}, sent on {date}, which you have not dealt with.",
        "It is now more than a month since I emailed you {what} on {date}, and I have heard nothing back.",
    ),
    reminder_more=(
        "Please deal with it within fourteen days of this reminder; otherwise I will complain to the supervisory authority.",
        "You are now out of time. I expect a full answer within two weeks.",
    ),
    reminder_subjects=(
        "Reminder: my request of {date}",
        "Second request - no response received",
        "Chasing my data request",
    ),
    what={
        "access": "a subject access request",
        "rectification": "a request to correct my details",
        "erasure": "a request to delete my data",
        "restriction": "a request to restrict processing",
        "portability": "a request for an export of my data",
        "objection": "an objection to the processing of my data",
    },
    items_intro=(
        "Where that is the case, please provide the following:",
        "In particular, I ask you to tell me:",
    ),
    items=(
        "A copy of all personal data you hold about me",
        "The purposes for which you process each category of my data",
        "The categories of personal data concerned",
        "The recipients, or categories of recipients, you have disclosed my data to, including any you have sold it to",
        "How long my data will be kept, or the criteria used to decide that",
        "Where you obtained my data if not from me",
        "Whether you use automated decision-making or profiling on my data, and the logic involved",
        "In which countries my data is stored, and the safeguards for transfers abroad",
        "Whether you will carry on processing my data after you have answered this letter",
    ),
    thanks=("Thank you.",),
)

DE = Letters(
    code="de",
    male=("Andreas", "Christian", "Matthias", "Thomas", "Sebastian", "Markus"),
    female=("Julia", "Christina", "Stefanie", "Nicole", "Melanie", "Franziska"),
    surnames=(
        "Meyer",
        "Wolf",
        "Schröder|Schroeder",
        "Neumann",
        "Schwarz",
        "Braun",
        "Hofmann",
        "Lange",
    ),
    domains=("gmx.net", "web.de", "t-online.de", "freenet.de", "mailbox.org"),
    tz=(1, 2),
    months=requests.DE.months,
    day_fmt=("{d}. {mon} {y}", "{dd}.{mm}.{y}"),
    refs=("Art. {art} DSGVO", "Artikel {art} der Datenschutz-Grundverordnung"),
    arts=requests.DE.arts,
    greet=(
        "Sehr geehrte Damen und Herren,",
        "Sehr geehrte/r Datenschutzbeauftragte/r,",
        "Guten Tag,",
    ),
    greet_informal=("Hallo,", "Hi,", "hallo"),
    close=("Mit freundlichen Grüßen", "Beste Grüße", "Freundliche Grüße"),
    close_informal=("Danke", "Gruß", "VG"),
    identity=(
        "Ich bin bei Ihnen unter {account} registriert.",
        "Zur Identifizierung: {name}, E-Mail {email}.",
    ),
    subjects={
        "access": ("Auskunftsantrag gemäß Art. 15 DSGVO", "Bitte um Datenkopie"),
        "rectification": (
            "Antrag auf Berichtigung",
            "Berichtigung unrichtiger Daten nach Art. 16 DSGVO",
            "Meine Adresse ist falsch gespeichert",
        ),
        "erasure": (
            "Antrag auf Löschung",
            "Löschung meiner personenbezogenen Daten",
            "Bitte Konto und Daten löschen",
        ),
        "restriction": ("Einschränkung der Verarbeitung meiner Daten",),
        "portability": ("Antrag auf Datenübertragung", "Datenexport in maschinenlesbarem Format"),
        "objection": ("Widerspruch gegen die Datenverarbeitung", "Widerspruch gegen Direktwerbung"),
        "consent_withdrawal": ("Widerruf der Einwilligung", "Ich widerrufe meine Einwilligung"),
        "complaint": (
            "Beschwerde über die Verarbeitung meiner Daten",
            "Unbefugter Zugriff auf mein Konto",
        ),
        "inquiry": ("Frage zur Verarbeitung meiner Daten", "Datenschutzfrage"),
    },
    core={
        "access": (
            "hiermit verlange ich gemäß {ref} Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten, und gegebenenfalls eine Kopie dieser Daten.",
            "ich mache meinen Anspruch auf Auskunft nach {ref} geltend und bitte um eine vollständige Kopie der zu mir gespeicherten Daten.",
        ),
        "rectification": (
            "hiermit verlange ich gemäß {ref} die Berichtigung unrichtiger und die Vervollständigung unvollständiger personenbezogener Daten zu meiner Person.",
            "die bei Ihnen gespeicherten Angaben zu meiner Person sind nicht mehr korrekt. Ich bitte um unverzügliche Berichtigung nach {ref}.",
        ),
        "erasure": (
            "hiermit verlange ich gemäß {ref} die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten.",
            "ich mache mein Recht auf Löschung („Recht auf Vergessenwerden“) nach {ref} geltend. Bitte löschen Sie mein Konto {account} mit allen zugehörigen Daten.",
            "die Daten sind für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig. Ich verlange ihre Löschung, einschließlich der Aufnahmen aus {product} ({ref}).",
        ),
        "restriction": (
            "hiermit verlange ich gemäß {ref} die Einschränkung der Verarbeitung meiner Daten, bis deren Richtigkeit geprüft ist.",
        ),
        "portability": (
            "gemäß {ref} verlange ich die Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format.",
            "ich mache mein Recht auf Datenübertragbarkeit ({ref}) geltend. Bitte übermitteln Sie die Daten meines Kontos {account} direkt an meinen neuen Anbieter oder als CSV-/JSON-Export an mich.",
        ),
        "objection": (
            "hiermit lege ich gemäß {ref} Widerspruch gegen die Verarbeitung meiner Daten für Direktwerbung einschließlich Profiling ein.",
            "ich widerspreche der Nutzung meiner Daten aus {product} für personalisierte Werbung ({ref}) und fordere Sie auf, diese Verarbeitung einzustellen.",
        ),
        "consent_withdrawal": (
            "hiermit widerrufe ich meine Ihnen erteilte Einwilligung in die Verarbeitung meiner personenbezogenen Daten mit sofortiger Wirkung ({ref}).",
            "ich widerrufe die Einwilligung zur Erhebung von Standortdaten durch {product} ({ref}).",
        ),
        "complaint": (
            "ich beschwere mich über den Umgang mit meinen Daten. Meine Anfrage blieb unbeantwortet; eine Beschwerde bei der Aufsichtsbehörde ziehe ich in Betracht ({ref}).",
            "offenbar hat sich jemand Zugang zu meinem Konto {account} verschafft: Ich erhielt Anmeldehinweise aus dem Ausland. Welche Daten waren betroffen?",
        ),
        "inquiry": (
            "bitte teilen Sie mir mit, in welchen Ländern meine Daten gespeichert werden und welche Garantien für Drittlandübermittlungen gelten ({ref}).",
            "welche Daten erhebt {product} über mich, wofür und wie lange werden sie gespeichert?",
        ),
    },
    detail={
        "access": (
            "Bitte nennen Sie mir außerdem die Verarbeitungszwecke, die Empfänger, die Speicherdauer und die Herkunft der Daten.",
        ),
        "erasure": (
            "Sollten Sie die Daten öffentlich gemacht haben, informieren Sie bitte andere Verantwortliche über mein Löschverlangen (Art. 17 Abs. 2 DSGVO).",
        ),
        "portability": (
            "Ich benötige eine Datei, die ich bei einem anderen Dienst importieren kann.",
        ),
        "restriction": ("Bis zur Klärung dürfen die Daten nur gespeichert werden.",),
    },
    informal={
        "access": ("schickt mir bitte alles, was ihr über mich habt",),
        "rectification": (
            "mein Nachname ist falsch geschrieben, bitte korrigieren",
            "ihr habt noch meine alte Telefonnummer, bitte ändern",
            "meine Adresse stimmt nicht mehr, bin umgezogen",
        ),
        "erasure": (
            "bitte Konto und alle Daten löschen",
            "löscht alles, was ihr über mich gespeichert habt",
        ),
        "restriction": ("bitte meine Daten vorerst nicht mehr nutzen, nur aufheben",),
        "portability": (
            "kann ich meine Daten als Datei exportieren? will zu einem anderen Anbieter",
        ),
        "objection": ("keine Werbemails mehr bitte", "nutzt meine Daten nicht für Werbung"),
        "consent_withdrawal": (
            "ich nehme meine Einwilligung zurück",
            "Standorterfassung: Einwilligung widerrufen",
        ),
        "complaint": ("mein Konto wurde gehackt, wer hat meine Videos gesehen?",),
        "inquiry": ("wo liegen meine Daten eigentlich?", "gebt ihr meine Daten weiter?"),
    },
    field_intro=("Bitte nehmen Sie folgende Änderungen vor:", "Falsch gespeichert / richtig:"),
    fields={
        "name": ("Falscher Name", "Richtiger Name"),
        "address": ("Alte Anschrift", "Richtige Anschrift"),
        "email": ("Veraltete E-Mail-Adresse", "Richtige E-Mail-Adresse"),
        "phone": ("Falsche Telefonnummer", "Richtige Telefonnummer"),
        "birth": ("Gespeichertes Geburtsdatum", "Richtiges Geburtsdatum"),
    },
    addresses=(
        "Gartenweg {n}, 50667 Köln",
        "Bahnhofstraße {n}, 70173 Stuttgart",
        "Kirchgasse {n}, 04109 Leipzig",
    ),
    notify=(
        "Sofern Sie meine Daten an Empfänger weitergegeben haben, teilen Sie diesen die Berichtigung bzw. Löschung gemäß Art. 19 DSGVO mit und nennen Sie mir die Empfänger.",
    ),
    consent_add=(
        "Soweit die Verarbeitung auf meiner Einwilligung beruht, widerrufe ich diese hiermit ({ref}).",
        "Zugleich widerrufe ich alle erteilten Einwilligungen ({ref}).",
    ),
    object_add=("Außerdem widerspreche ich jeder Verarbeitung zu Werbezwecken ({ref}).",),
    erase_add=("Die auf dieser Grundlage erhobenen Daten löschen Sie bitte anschließend ({ref}).",),
    scope=(
        "Mein Antrag umfasst ausdrücklich alle Dienste und Unternehmen, für die Sie Verantwortlicher sind.",
    ),
    deadline=(
        "Nach Art. 12 Abs. 3 DSGVO haben Sie unverzüglich, spätestens innerhalb eines Monats zu antworten.",
        "Bitte bestätigen Sie mir die Umsetzung innerhalb eines Monats.",
    ),
    escalate=(
        "Anderenfalls behalte ich mir vor, mich an die zuständige Aufsichtsbehörde zu wenden.",
        "Bei Fristversäumnis werde ich rechtliche Schritte prüfen.",
    ),
    reminder=(
        "am {date} habe ich Ihnen ein Ersuchen nach {ref} übersandt. Eine Antwort habe ich bis heute nicht erhalten; die Monatsfrist ist abgelaufen.",
        "ich erinnere an mein Schreiben vom {date} nach {ref}, das weiterhin unbeantwortet ist.",
    ),
    reminder_named=("am {date} habe ich Ihnen {what} geschickt, aber keine Antwort erhalten.",),
    reminder_more=(
        "Ich fordere Sie auf, mein Anliegen binnen zwei Wochen zu erledigen. Danach werde ich Beschwerde bei der Aufsichtsbehörde einlegen.",
        "Die gesetzliche Frist ist verstrichen. Ich erwarte Ihre Antwort innerhalb von 14 Tagen.",
    ),
    reminder_subjects=(
        "Erinnerung: mein Schreiben vom {date}",
        "Mahnung – keine Antwort erhalten",
        "Zweite Aufforderung",
    ),
    what={
        "access": "einen Antrag auf Auskunft über meine Daten",
        "rectification": "einen Antrag auf Berichtigung meiner Daten",
        "erasure": "einen Antrag auf Löschung meiner Daten",
        "restriction": "einen Antrag auf Einschränkung der Verarbeitung",
        "portability": "einen Antrag auf Herausgabe meiner Daten als Export",
        "objection": "einen Widerspruch gegen die Verarbeitung",
    },
    items_intro=("Im Einzelnen bitte ich um:",),
    items=(
        "eine Kopie aller zu meiner Person gespeicherten Daten",
        "die Zwecke, zu denen die Daten verarbeitet werden",
        "die Kategorien der verarbeiteten Daten",
        "die Empfänger, denen die Daten offengelegt wurden",
        "die geplante Speicherdauer",
        "die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden",
        "das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling",
    ),
    thanks=("Vielen Dank.",),
)

FR = Letters(
    code="fr",
    male=("Nicolas", "Julien", "Antoine", "Mathieu", "Olivier", "Hugo"),
    female=("Camille", "Manon", "Élodie|elodie", "Claire", "Sandrine", "Inès|ines"),
    surnames=(
        "Lefebvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Blanc",
        "Garnier",
        "Chevalier",
    ),
    domains=("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "skynet.be"),
    tz=(1, 2),
    months=requests.FR.months,
    day_fmt=("{d} {mon} {y}", "{dd}/{mm}/{y}"),
    refs=(
        "l'article {art} du RGPD",
        "l'article {art} du règlement général sur la protection des données",
    ),
    arts=requests.FR.arts,
    greet=(
        "Madame, Monsieur,",
        "Madame la déléguée, Monsieur le délégué à la protection des données,",
        "Bonjour,",
    ),
    greet_informal=("Bonjour,", "Salut,", "bonjour"),
    close=(
        "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
        "Cordialement,",
        "Bien à vous,",
    ),
    close_informal=("Merci", "Cdlt", "Bonne journée"),
    identity=(
        "Je dispose d'un compte chez vous : {account}.",
        "Pour m'identifier : {name}, {email}.",
    ),
    subjects={
        "access": (
            "Demande d'accès à mes données personnelles",
            "Droit d'accès – article 15 du RGPD",
        ),
        "rectification": (
            "Demande de rectification de mes données",
            "Rectification de données inexactes",
            "Adresse erronée dans mon compte",
        ),
        "erasure": (
            "Demande d'effacement de mes données",
            "Suppression de mon compte et de mes données",
            "Droit à l'oubli",
        ),
        "restriction": ("Demande de limitation du traitement",),
        "portability": ("Demande de portabilité de mes données", "Export de mes données"),
        "objection": (
            "Opposition au traitement de mes données",
            "Opposition à la prospection commerciale",
        ),
        "consent_withdrawal": ("Retrait de mon consentement", "Je retire mon consentement"),
        "complaint": (
            "Réclamation concernant mes données personnelles",
            "Accès non autorisé à mon compte",
        ),
        "inquiry": ("Question sur le traitement de mes données", "Où sont stockées mes données ?"),
    },
    core={
        "access": (
            "conformément à {ref}, je vous demande de me confirmer si vous traitez des données personnelles me concernant et, le cas échéant, de m'en communiquer une copie.",
            "j'exerce mon droit d'accès prévu par {ref} et vous prie de me transmettre l'ensemble des données que vous détenez à mon sujet.",
        ),
        "rectification": (
            "conformément à {ref}, je vous demande de rectifier les données inexactes me concernant et de compléter celles qui sont incomplètes.",
            "les informations enregistrées dans mon compte sont erronées. Je vous prie de les corriger sans délai, en application de {ref}.",
        ),
        "erasure": (
            "conformément à {ref}, je vous demande d'effacer dans les meilleurs délais l'ensemble des données personnelles me concernant.",
            "j'exerce mon droit à l'effacement (« droit à l'oubli ») prévu par {ref} : merci de supprimer mon compte {account} et toutes les données associées.",
            "ces données ne sont plus nécessaires au regard des finalités pour lesquelles elles ont été collectées ; je demande leur suppression, y compris les enregistrements de {product} ({ref}).",
        ),
        "restriction": (
            "conformément à {ref}, je demande la limitation du traitement de mes données le temps de vérifier leur exactitude.",
        ),
        "portability": (
            "conformément à {ref}, je souhaite recevoir les données que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.",
            "j'exerce mon droit à la portabilité ({ref}) : merci de transmettre les données de mon compte {account} directement à mon nouveau prestataire, ou de me les envoyer en CSV ou JSON.",
        ),
        "objection": (
            "conformément à {ref}, je m'oppose au traitement de mes données à des fins de prospection, y compris au profilage.",
            "je m'oppose à l'utilisation des données de mon {product} pour de la publicité ciblée ({ref}) et vous demande d'y mettre fin.",
        ),
        "consent_withdrawal": (
            "je retire, avec effet immédiat, le consentement que je vous avais donné pour le traitement de mes données ({ref}).",
            "je retire mon consentement à la collecte de ma localisation par {product} ({ref}).",
        ),
        "complaint": (
            "je souhaite déposer une réclamation concernant le traitement de mes données. Ma demande précédente est restée sans réponse et j'envisage de saisir la CNIL ({ref}).",
            "quelqu'un semble avoir accédé à mon compte {account} : j'ai reçu des alertes de connexion depuis l'étranger. Quelles données ont été consultées ?",
        ),
        "inquiry": (
            "pourriez-vous m'indiquer dans quels pays mes données sont hébergées et quelles garanties encadrent les transferts hors de l'UE ({ref}) ?",
            "quelles données {product} collecte-t-il à mon sujet, dans quel but et pendant combien de temps ?",
        ),
    },
    detail={
        "access": (
            "Je souhaite également connaître les finalités du traitement, les destinataires, la durée de conservation et l'origine des données.",
        ),
        "erasure": (
            "Si vous avez rendu ces données publiques, informez les autres responsables de traitement de ma demande d'effacement.",
        ),
        "portability": ("J'ai besoin d'un fichier que je puisse importer dans un autre service.",),
    },
    informal={
        "access": ("envoyez-moi tout ce que vous avez sur moi svp",),
        "rectification": (
            "mon nom est mal orthographié sur mon compte, vous pouvez corriger ?",
            "j'ai déménagé, merci de mettre à jour mon adresse",
            "mon numéro de téléphone n'est plus le bon, merci de le changer",
        ),
        "erasure": (
            "supprimez mon compte et toutes mes données svp",
            "je veux que vous effaciez tout ce que vous avez sur moi",
        ),
        "restriction": ("n'utilisez plus mes données pour l'instant, gardez-les juste",),
        "portability": ("je peux exporter mon historique en fichier ? je change d'appli",),
        "objection": (
            "arrêtez de m'envoyer de la pub",
            "je ne veux pas que mes données servent à la publicité",
        ),
        "consent_withdrawal": (
            "je retire mon consentement pour la géolocalisation",
            "je ne suis plus d'accord, je retire mon consentement",
        ),
        "complaint": ("mon compte a été piraté, qui a vu mes vidéos ?",),
        "inquiry": (
            "où sont stockées mes vidéos ?",
            "vous partagez mes données avec d'autres sociétés ?",
        ),
    },
    field_intro=(
        "Merci d'effectuer les modifications suivantes :",
        "Données erronées / données exactes :",
    ),
    fields={
        "name": ("Nom erroné", "Nom exact"),
        "address": ("Ancienne adresse", "Adresse correcte"),
        "email": ("Adresse e-mail obsolète", "Adresse e-mail correcte"),
        "phone": ("Numéro erroné", "Numéro correct"),
        "birth": ("Date de naissance enregistrée", "Date de naissance exacte"),
    },
    addresses=(
        "{n} rue des Lilas, 69003 Lyon",
        "{n} avenue Jean Jaurès, 31000 Toulouse",
        "{n} boulevard de la Liberté, 59000 Lille",
    ),
    notify=(
        "Si vous avez communiqué mes données à des destinataires, veuillez leur notifier cette rectification ou cet effacement conformément à l'article 19 du RGPD et m'indiquer lesquels.",
    ),
    consent_add=(
        "Dans la mesure où le traitement repose sur mon consentement, je retire ce consentement ({ref}).",
        "Je retire par ailleurs tous les consentements donnés précédemment ({ref}).",
    ),
    object_add=("Je m'oppose en outre à tout traitement à des fins de prospection ({ref}).",),
    erase_add=("Merci ensuite d'effacer les données collectées sur cette base ({ref}).",),
    scope=(
        "Ma demande vise tous les services et sociétés dont vous êtes responsable de traitement.",
    ),
    deadline=(
        "Conformément à l'article 12, paragraphe 3, du RGPD, vous disposez d'un mois à compter de la réception pour répondre.",
        "Merci de me confirmer la prise en compte de ma demande dans un délai d'un mois.",
    ),
    escalate=(
        "À défaut de réponse dans ce délai, je me réserve le droit de saisir la CNIL.",
        "Sans réponse, je saisirai l'autorité de contrôle compétente.",
    ),
    reminder=(
        "le {date}, je vous ai adressé une demande fondée sur {ref}. Je n'ai reçu aucune réponse et le délai d'un mois est dépassé.",
        "je reviens vers vous au sujet de ma demande du {date} fondée sur {ref}, toujours sans réponse.",
    ),
    reminder_named=("le {date}, je vous ai envoyé {what}, restée sans réponse.",),
    reminder_more=(
        "Je vous mets en demeure d'y répondre sous quinze jours, faute de quoi je saisirai l'autorité de contrôle.",
        "Le délai légal est écoulé ; j'attends votre réponse sous 14 jours.",
    ),
    reminder_subjects=(
        "Relance : ma demande du {date}",
        "Deuxième relance – sans réponse",
        "Mise en demeure",
    ),
    what={
        "access": "une demande d'accès à mes données",
        "rectification": "une demande de rectification de mes données",
        "erasure": "une demande d'effacement de mes données",
        "restriction": "une demande de limitation du traitement",
        "portability": "une demande de portabilité",
        "objection": "une opposition au traitement",
    },
    items_intro=("Je vous demande notamment de m'indiquer :",),
    items=(
        "une copie de toutes les données me concernant",
        "les finalités du traitement",
        "les catégories de données concernées",
        "les destinataires auxquels les données ont été communiquées",
        "la durée de conservation envisagée",
        "la source des données si elles n'ont pas été collectées auprès de moi",
        "l'existence d'une prise de décision automatisée, y compris un profilage",
    ),
)

ES = Letters(
    code="es",
    male=("Javier", "Alejandro", "Pablo", "Sergio", "Diego", "Álvaro|alvaro", "Raúl|raul"),
    female=("Lucía|lucia", "Marta", "Paula", "Elena", "Cristina", "Nuria", "Sofía|sofia"),
    surnames=(
        "García|garcia",
        "Fernández|fernandez",
        "López|lopez",
        "Martínez|martinez",
        "Sánchez|sanchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
    ),
    domains=("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"),
    tz=(1, 2, -6, -3),
    months=requests.ES.months,
    day_fmt=("{d} de {mon} de {y}", "{dd}/{mm}/{y}"),
    refs=(
        "el artículo {art} del RGPD",
        "el artículo {art} del Reglamento General de Protección de Datos",
    ),
    arts={**ARTS, "consent_withdrawal": "7.3"},
    greet=(
        "Estimados señores:",
        "A la atención del Delegado de Protección de Datos:",
        "Buenos días:",
    ),
    greet_informal=("Hola,", "Buenas,", "hola"),
    close=("Atentamente,", "Un saludo,", "Saludos cordiales,"),
    close_informal=("Gracias", "Saludos", "gracias!"),
    identity=("Soy titular de la cuenta {account}.", "Mis datos: {name}, correo {email}."),
    subjects={
        "access": ("Solicitud de acceso a mis datos personales", "Ejercicio del derecho de acceso"),
        "rectification": (
            "Solicitud de rectificación de datos",
            "Ejercicio del derecho de rectificación",
            "Mis datos son incorrectos",
        ),
        "erasure": (
            "Solicitud de supresión de datos",
            "Derecho de supresión (derecho al olvido)",
            "Borrar mi cuenta y mis datos",
        ),
        "restriction": ("Solicitud de limitación del tratamiento",),
        "portability": ("Solicitud de portabilidad de datos", "Exportación de mis datos"),
        "objection": ("Ejercicio del derecho de oposición", "Oposición al envío de publicidad"),
        "consent_withdrawal": ("Retirada del consentimiento", "Revoco mi consentimiento"),
        "complaint": (
            "Queja sobre el tratamiento de mis datos",
            "Posible brecha de seguridad en mi cuenta",
        ),
        "inquiry": (
            "Consulta sobre el tratamiento de mis datos",
            "Pregunta sobre la política de privacidad",
        ),
    },
    core={
        "access": (
            "de conformidad con {ref}, solicito que me confirmen si están tratando datos personales que me conciernen y, en tal caso, que me faciliten una copia de los mismos.",
            "por medio del presente escrito ejerzo el derecho de acceso reconocido en {ref} y solicito una copia de todos los datos que conservan sobre mí.",
        ),
        "rectification": (
            "de conformidad con {ref}, solicito la rectificación de los datos personales inexactos que me conciernen y que se completen los que sean incompletos.",
            "por medio del presente escrito ejerzo el derecho de rectificación previsto en {ref}, ya que los datos que figuran en mi cuenta no son correctos.",
            "les ruego que corrijan sin dilación los datos erróneos que constan en su sistema ({ref}).",
        ),
        "erasure": (
            "de conformidad con {ref}, solicito la supresión sin dilación indebida de todos los datos personales que me conciernen.",
            "ejerzo mi derecho de supresión («derecho al olvido») previsto en {ref}: den de baja mi cuenta {account} y borren todos los datos asociados.",
            "los datos ya no son necesarios para los fines para los que fueron recogidos, por lo que solicito su supresión, incluidas las grabaciones de {product} ({ref}).",
        ),
        "restriction": (
            "de conformidad con {ref}, solicito la limitación del tratamiento de mis datos mientras se verifica su exactitud.",
        ),
        "portability": (
            "de conformidad con {ref}, solicito recibir los datos que les he facilitado en un formato estructurado, de uso común y de lectura mecánica.",
            "ejerzo el derecho a la portabilidad ({ref}): envíen los datos de mi cuenta {account} directamente a mi nuevo proveedor o facilítenmelos en CSV o JSON.",
        ),
        "objection": (
            "de conformidad con {ref}, me opongo al tratamiento de mis datos con fines de mercadotecnia directa, incluida la elaboración de perfiles.",
            "me opongo a que utilicen los datos de mi {product} para publicidad personalizada ({ref}) y les pido que cesen dicho tratamiento.",
        ),
        "consent_withdrawal": (
            "retiro con efecto inmediato el consentimiento que otorgué para el tratamiento de mis datos personales ({ref}).",
            "revoco mi consentimiento para la recogida de mi ubicación a través de {product} ({ref}).",
        ),
        "complaint": (
            "quiero presentar una queja por la forma en que han tratado mis datos. Mi solicitud anterior no obtuvo respuesta y estudio acudir a la AEPD ({ref}).",
            "creo que alguien ha accedido a mi cuenta {account}: recibí avisos de inicio de sesión desde otro país. ¿Qué datos se han visto afectados?",
        ),
        "inquiry": (
            "¿podrían indicarme en qué países se almacenan mis datos y qué garantías existen para las transferencias fuera de la UE ({ref})?",
            "¿qué datos recoge {product} sobre mí, con qué finalidad y durante cuánto tiempo se conservan?",
        ),
    },
    detail={
        "access": (
            "Solicito además información sobre los fines del tratamiento, los destinatarios, el plazo de conservación y el origen de los datos.",
        ),
        "erasure": (
            "Si han hecho públicos mis datos, informen a los demás responsables de mi solicitud de supresión.",
        ),
        "portability": ("Necesito un archivo que pueda importar en otro servicio.",),
    },
    informal={
        "access": ("mándenme todo lo que tengan sobre mí por favor",),
        "rectification": (
            "mi apellido está mal escrito en la cuenta, ¿lo pueden corregir?",
            "me he mudado, actualicen mi dirección por favor",
            "el teléfono que tienen ya no es mío, cámbienlo",
        ),
        "erasure": (
            "borren mi cuenta y todos mis datos",
            "quiero que eliminen todo lo que tienen de mí",
        ),
        "restriction": ("no usen mis datos de momento, solo guárdenlos",),
        "portability": ("¿puedo exportar mi historial en un archivo? me cambio de app",),
        "objection": ("dejen de mandarme publicidad", "no quiero que usen mis datos para anuncios"),
        "consent_withdrawal": (
            "retiro mi consentimiento para la localización",
            "ya no doy mi consentimiento, retírenlo",
        ),
        "complaint": ("me han hackeado la cuenta, ¿quién ha visto mis vídeos?",),
        "inquiry": ("¿dónde guardan mis vídeos?", "¿comparten mis datos con otras empresas?"),
    },
    field_intro=("Les ruego realicen los siguientes cambios:", "Dato erróneo / dato correcto:"),
    fields={
        "name": ("Nombre erróneo", "Nombre correcto"),
        "address": ("Dirección antigua", "Dirección correcta"),
        "email": ("Correo antiguo", "Correo correcto"),
        "phone": ("Teléfono erróneo", "Teléfono correcto"),
        "birth": ("Fecha de nacimiento registrada", "Fecha de nacimiento correcta"),
    },
    addresses=(
        "Calle Mayor {n}, 28013 Madrid",
        "Avenida Diagonal {n}, 08019 Barcelona",
        "Calle Colón {n}, 46004 Valencia",
    ),
    notify=(
        "Si han comunicado mis datos a terceros, les ruego que les notifiquen esta rectificación o supresión conforme al artículo 19 del RGPD y me indiquen quiénes son.",
    ),
    consent_add=(
        "En la medida en que el tratamiento se base en mi consentimiento, lo retiro por la presente ({ref}).",
        "Asimismo, retiro todos los consentimientos prestados con anterioridad ({ref}).",
    ),
    object_add=("Además, me opongo a cualquier tratamiento con fines publicitarios ({ref}).",),
    erase_add=("A continuación, supriman los datos obtenidos sobre esa base ({ref}).",),
    scope=(
        "Mi solicitud se extiende a todos los servicios y empresas de los que ustedes son responsables.",
    ),
    deadline=(
        "Según el artículo 12.3 del RGPD, deben responder en el plazo de un mes desde la recepción.",
        "Les ruego confirmen por escrito la atención de mi solicitud en el plazo de un mes.",
    ),
    escalate=(
        "Si no recibo respuesta en dicho plazo, me reservo el derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.",
        "En caso contrario acudiré a la autoridad de control.",
    ),
    reminder=(
        "el {date} les envié una solicitud basada en {ref}. No he recibido respuesta y el plazo de un mes ya ha vencido.",
        "les recuerdo mi solicitud del {date} con arreglo a {ref}, que sigue sin respuesta.",
    ),
    reminder_named=("el {date} les remití {what} y no he obtenido contestación.",),
    reminder_more=(
        "Les requiero para que la atiendan en un plazo de quince días; de lo contrario presentaré una reclamación ante la autoridad de control.",
        "El plazo legal ha expirado. Espero su respuesta en 14 días.",
    ),
    reminder_subjects=(
        "Recordatorio: mi solicitud del {date}",
        "Segunda solicitud sin respuesta",
        "Requerimiento",
    ),
    what={
        "access": "una solicitud de acceso a mis datos",
        "rectification": "una solicitud de rectificación de mis datos",
        "erasure": "una solicitud de supresión de mis datos",
        "restriction": "una solicitud de limitación del tratamiento",
        "portability": "una solicitud de portabilidad",
        "objection": "una oposición al tratamiento",
    },
    items_intro=("En concreto, solicito que me indiquen:",),
    items=(
        "una copia de todos mis datos personales",
        "los fines del tratamiento",
        "las categorías de datos tratados",
        "los destinatarios a los que se han comunicado mis datos",
        "el plazo de conservación previsto",
        "el origen de los datos si no los obtuvieron de mí",
        "la existencia de decisiones automatizadas, incluida la elaboración de perfiles",
    ),
)

IT = Letters(
    code="it",
    male=("Marco", "Andrea", "Francesco", "Matteo", "Davide", "Simone", "Riccardo"),
    female=("Giulia", "Chiara", "Francesca", "Sara", "Valentina", "Federica", "Elisa"),
    surnames=requests.IT.surnames[:10],
    domains=("libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"),
    tz=(1, 2),
    months=requests.IT.months,
    day_fmt=("{d} {mon} {y}", "{dd}/{mm}/{y}"),
    refs=("articolo {art} del GDPR", "art. {art} del Regolamento (UE) 2016/679"),
    arts={**ARTS, "consent_withdrawal": "7, paragrafo 3,"},
    greet=(
        "Spettabile società,",
        "Gentili signori,",
        "Alla cortese attenzione del Responsabile della protezione dei dati,",
        "Buongiorno,",
    ),
    greet_informal=("Ciao,", "Salve,", "buongiorno"),
    close=("Distinti saluti", "Cordiali saluti", "In attesa di riscontro, porgo distinti saluti"),
    close_informal=("Grazie", "Saluti", "grazie mille"),
    identity=(
        "Sono titolare dell'account {account}.",
        "Per identificarmi: {name}, e-mail {email}.",
    ),
    subjects={
        "access": ("Richiesta di accesso ai dati personali", "Esercizio del diritto di accesso"),
        "rectification": (
            "Richiesta di rettifica dei dati personali",
            "Rettifica di dati inesatti",
            "Indirizzo errato nel mio account",
        ),
        "erasure": (
            "Richiesta di cancellazione dei dati",
            "Diritto all'oblio",
            "Cancellazione account e dati",
        ),
        "restriction": ("Richiesta di limitazione del trattamento",),
        "portability": ("Richiesta di portabilità dei dati", "Esportazione dei miei dati"),
        "objection": (
            "Opposizione al trattamento dei dati",
            "Opposizione al marketing diretto",
            "Stop alle comunicazioni promozionali",
        ),
        "consent_withdrawal": ("Revoca del consenso", "Revoco il consenso al trattamento"),
        "complaint": (
            "Reclamo sul trattamento dei miei dati",
            "Accesso non autorizzato al mio account",
        ),
        "inquiry": ("Domanda sul trattamento dei miei dati", "Informazioni sulla privacy"),
    },
    core={
        "access": (
            "ai sensi dell'{ref}, chiedo conferma che sia o meno in corso un trattamento di dati personali che mi riguardano e, in tal caso, di ottenerne copia.",
            "con la presente esercito il diritto di accesso previsto dall'{ref} e chiedo copia di tutti i dati che conservate su di me.",
        ),
        "rectification": (
            "ai sensi dell'{ref}, chiedo la rettifica dei dati personali inesatti che mi riguardano e l'integrazione di quelli incompleti.",
            "i dati presenti nel mio account non sono corretti. Vi chiedo di rettificarli senza ingiustificato ritardo, come previsto dall'{ref}.",
            "esercito il diritto di rettifica: i miei dati anagrafici registrati presso di voi sono errati ({ref}).",
        ),
        "erasure": (
            "ai sensi dell'{ref}, chiedo la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano.",
            "esercito il diritto alla cancellazione («diritto all'oblio») previsto dall'{ref}: vi chiedo di chiudere l'account {account} e di eliminare tutti i dati collegati.",
            "i dati non sono più necessari rispetto alle finalità per cui sono stati raccolti; ne chiedo quindi la cancellazione, comprese le registrazioni di {product} ({ref}).",
        ),
        "restriction": (
            "ai sensi dell'{ref}, chiedo la limitazione del trattamento dei miei dati per il tempo necessario a verificarne l'esattezza.",
        ),
        "portability": (
            "ai sensi dell'{ref}, chiedo di ricevere i dati che vi ho fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico.",
            "esercito il diritto alla portabilità ({ref}): trasmettete i dati del mio account {account} direttamente al mio nuovo fornitore oppure inviatemeli in CSV o JSON.",
        ),
        "objection": (
            "ai sensi dell'{ref}, mi oppongo al trattamento dei miei dati per finalità di marketing diretto, compresa la profilazione.",
            "mi oppongo all'uso dei dati del mio {product} per pubblicità personalizzata ({ref}) e vi chiedo di interrompere tale trattamento.",
            "non desidero più ricevere comunicazioni commerciali: mi oppongo al trattamento dei miei dati a fini promozionali ({ref}).",
        ),
        "consent_withdrawal": (
            "revoco, con effetto immediato, il consenso che avevo prestato al trattamento dei miei dati personali ({ref}).",
            "revoco il consenso alla raccolta della mia posizione tramite {product} ({ref}).",
        ),
        "complaint": (
            "desidero presentare un reclamo per il modo in cui sono stati trattati i miei dati. La mia precedente richiesta è rimasta senza risposta e valuto di rivolgermi al Garante ({ref}).",
            "credo che qualcuno sia entrato nel mio account {account}: ho ricevuto avvisi di accesso dall'estero. Quali dati sono stati visti?",
        ),
        "inquiry": (
            "potreste indicarmi in quali paesi sono conservati i miei dati e quali garanzie si applicano ai trasferimenti fuori dall'UE ({ref})?",
            "quali dati raccoglie {product} su di me, per quale scopo e per quanto tempo li conservate?",
        ),
    },
    detail={
        "access": (
            "Chiedo inoltre di conoscere le finalità del trattamento, i destinatari, il periodo di conservazione e l'origine dei dati.",
        ),
        "erasure": (
            "Se avete reso pubblici i miei dati, informate gli altri titolari della mia richiesta di cancellazione.",
        ),
        "portability": ("Mi serve un file che possa importare in un altro servizio.",),
        "objection": (
            "Vi chiedo di non contattarmi più per offerte, né per e-mail né per telefono.",
        ),
    },
    informal={
        "access": ("mandatemi tutto quello che avete su di me per favore",),
        "rectification": (
            "il mio cognome è scritto sbagliato nell'account, potete correggerlo?",
            "ho cambiato casa, aggiornate l'indirizzo per favore",
            "il numero di telefono che avete non è più il mio",
        ),
        "erasure": (
            "cancellate il mio account e tutti i miei dati",
            "voglio che eliminiate tutto quello che avete su di me",
        ),
        "restriction": ("per ora non usate i miei dati, teneteli e basta",),
        "portability": ("posso esportare lo storico in un file? cambio app",),
        "objection": (
            "smettetela di mandarmi pubblicità",
            "non voglio che usiate i miei dati per le offerte",
        ),
        "consent_withdrawal": (
            "revoco il consenso alla geolocalizzazione",
            "non sono più d'accordo, ritiro il consenso",
        ),
        "complaint": ("mi hanno hackerato l'account, chi ha visto i miei video?",),
        "inquiry": (
            "dove sono salvati i miei video?",
            "condividete i miei dati con altre aziende?",
        ),
    },
    field_intro=("Vi chiedo di apportare le seguenti modifiche:", "Dato errato / dato corretto:"),
    fields={
        "name": ("Nome errato", "Nome corretto"),
        "address": ("Vecchio indirizzo", "Indirizzo corretto"),
        "email": ("E-mail non più valida", "E-mail corretta"),
        "phone": ("Numero errato", "Numero corretto"),
        "birth": ("Data di nascita registrata", "Data di nascita corretta"),
    },
    addresses=(
        "Via Garibaldi {n}, 10122 Torino",
        "Corso Buenos Aires {n}, 20124 Milano",
        "Via Toledo {n}, 80134 Napoli",
    ),
    notify=(
        "Qualora abbiate comunicato i miei dati a destinatari terzi, vi chiedo di informarli della rettifica o cancellazione ai sensi dell'articolo 19 del GDPR e di indicarmi chi sono.",
    ),
    consent_add=(
        "Nella misura in cui il trattamento si basa sul mio consenso, revoco tale consenso ({ref}).",
        "Revoco inoltre tutti i consensi prestati in passato ({ref}).",
    ),
    object_add=("Mi oppongo altresì a qualsiasi trattamento per finalità di marketing ({ref}).",),
    erase_add=("Successivamente cancellate i dati raccolti su tale base ({ref}).",),
    scope=(
        "La richiesta riguarda tutti i servizi e le società di cui siete titolari del trattamento.",
    ),
    deadline=(
        "Ai sensi dell'articolo 12, paragrafo 3, del GDPR, il riscontro deve pervenire entro un mese dal ricevimento.",
        "Vi prego di confermare per iscritto entro un mese.",
    ),
    escalate=(
        "In mancanza di riscontro nei termini, mi riservo di proporre reclamo al Garante per la protezione dei dati personali.",
        "In caso contrario mi rivolgerò all'autorità di controllo.",
    ),
    reminder=(
        "in data {date} vi ho inviato una richiesta ai sensi dell'{ref}. Non ho ricevuto alcun riscontro e il termine di un mese è scaduto.",
        "vi sollecito in merito alla mia richiesta del {date} ai sensi dell'{ref}, ancora senza risposta.",
    ),
    reminder_named=("in data {date} vi ho inviato {what}, rimasta senza risposta.",),
    reminder_more=(
        "Vi invito a darvi seguito entro quindici giorni, in mancanza proporrò reclamo all'autorità di controllo.",
        "Il termine di legge è decorso. Attendo un riscontro entro 14 giorni.",
    ),
    reminder_subjects=(
        "Sollecito: la mia richiesta del {date}",
        "Secondo sollecito – nessuna risposta",
        "Diffida",
    ),
    what={
        "access": "una richiesta di accesso ai miei dati",
        "rectification": "una richiesta di rettifica dei miei dati",
        "erasure": "una richiesta di cancellazione dei miei dati",
        "restriction": "una richiesta di limitazione del trattamento",
        "portability": "una richiesta di portabilità",
        "objection": "un'opposizione al trattamento",
    },
)

NL = Letters(
    code="nl",
    male=("Daan", "Sem", "Bram", "Jeroen", "Sander", "Pieter", "Thijs"),
    female=("Sanne", "Lotte", "Fleur", "Anouk", "Marieke", "Iris", "Noor"),
    surnames=(
        "de Vries|devries",
        "Jansen",
        "van den Berg|vandenberg",
        "Bakker",
        "Visser",
        "Meijer",
        "de Boer|deboer",
        "Mulder",
        "Peeters",
        "Willems",
    ),
    domains=("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "telenet.be", "planet.nl"),
    tz=(1, 2),
    months=requests.NL.months,
    day_fmt=("{d} {mon} {y}", "{dd}-{mm}-{y}"),
    refs=("artikel {art} AVG", "artikel {art} van de Algemene verordening gegevensbescherming"),
    arts={**ARTS, "consent_withdrawal": "7, lid 3,"},
    greet=(
        "Geachte heer, mevrouw,",
        "Geachte functionaris voor gegevensbescherming,",
        "Beste,",
        "Goedendag,",
    ),
    greet_informal=("Hoi,", "Hallo,", "hey"),
    close=("Met vriendelijke groet,", "Hoogachtend,", "Vriendelijke groeten,"),
    close_informal=("Bedankt", "Groetjes", "mvg"),
    identity=(
        "Ik heb bij u een account onder {account}.",
        "Ter identificatie: {name}, e-mail {email}.",
    ),
    subjects={
        "access": ("Inzageverzoek AVG", "Verzoek om inzage in mijn persoonsgegevens"),
        "rectification": (
            "Verzoek tot correctie van mijn gegevens",
            "Rectificatieverzoek",
            "Onjuist adres in mijn account",
        ),
        "erasure": (
            "Verzoek tot verwijdering van mijn gegevens",
            "Recht op vergetelheid",
            "Account en gegevens verwijderen",
        ),
        "restriction": ("Verzoek tot beperking van de verwerking",),
        "portability": ("Verzoek om dataportabiliteit", "Export van mijn gegevens"),
        "objection": (
            "Bezwaar tegen verwerking van mijn gegevens",
            "Bezwaar tegen direct marketing",
            "Geen reclame meer",
        ),
        "consent_withdrawal": ("Intrekking toestemming", "Ik trek mijn toestemming in"),
        "complaint": (
            "Klacht over de omgang met mijn gegevens",
            "Onbevoegde toegang tot mijn account",
        ),
        "inquiry": (
            "Vraag over de verwerking van mijn gegevens",
            "Vraag over uw privacyverklaring",
        ),
    },
    core={
        "access": (
            "op grond van {ref} verzoek ik u mij te laten weten of u persoonsgegevens van mij verwerkt en, zo ja, mij een kopie daarvan te verstrekken.",
            "hierbij doe ik een beroep op mijn recht op inzage ({ref}) en vraag ik om een kopie van alle gegevens die u over mij bewaart.",
        ),
        "rectification": (
            "op grond van {ref} verzoek ik u de onjuiste persoonsgegevens die op mij betrekking hebben te corrigeren en onvolledige gegevens aan te vullen.",
            "de gegevens in mijn account kloppen niet. Ik verzoek u deze onverwijld te verbeteren, zoals {ref} voorschrijft.",
            "ik maak gebruik van mijn recht op rectificatie ({ref}); de gegevens die u van mij heeft zijn verouderd.",
        ),
        "erasure": (
            "op grond van {ref} verzoek ik u alle persoonsgegevens die op mij betrekking hebben zonder onredelijke vertraging te wissen.",
            "ik doe een beroep op mijn recht op gegevenswissing (recht op vergetelheid, {ref}). Verwijder alstublieft mijn account {account} en alle bijbehorende gegevens.",
            "de gegevens zijn niet langer nodig voor de doeleinden waarvoor ze zijn verzameld; ik verzoek daarom om verwijdering, ook van de opnamen van {product} ({ref}).",
        ),
        "restriction": (
            "op grond van {ref} verzoek ik om beperking van de verwerking van mijn gegevens zolang de juistheid ervan wordt gecontroleerd.",
        ),
        "portability": (
            "op grond van {ref} wil ik de gegevens die ik u heb verstrekt ontvangen in een gestructureerde, gangbare en machineleesbare vorm.",
            "ik maak gebruik van mijn recht op overdraagbaarheid ({ref}): stuur de gegevens van mijn account {account} rechtstreeks door naar mijn nieuwe aanbieder, of aan mij als CSV of JSON.",
        ),
        "objection": (
            "op grond van {ref} maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing, inclusief profilering.",
            "ik maak bezwaar tegen het gebruik van de gegevens van mijn {product} voor gepersonaliseerde advertenties ({ref}) en verzoek u daarmee te stoppen.",
        ),
        "consent_withdrawal": (
            "hierbij trek ik met onmiddellijke ingang de toestemming in die ik u heb gegeven voor de verwerking van mijn persoonsgegevens ({ref}).",
            "ik trek mijn toestemming in voor het verzamelen van locatiegegevens via {product} ({ref}).",
        ),
        "complaint": (
            "ik wil een klacht indienen over de manier waarop u met mijn gegevens omgaat. Mijn eerdere verzoek is onbeantwoord gebleven en ik overweeg naar de Autoriteit Persoonsgegevens te stappen ({ref}).",
            "volgens mij heeft iemand toegang gekregen tot mijn account {account}: ik kreeg meldingen van inlogpogingen uit het buitenland. Welke gegevens zijn ingezien?",
        ),
        "inquiry": (
            "kunt u mij laten weten in welke landen mijn gegevens worden opgeslagen en welke waarborgen gelden voor doorgifte buiten de EU ({ref})?",
            "welke gegevens verzamelt {product} over mij, waarvoor, en hoe lang bewaart u ze?",
        ),
    },
    detail={
        "access": (
            "Graag ontvang ik ook informatie over de verwerkingsdoeleinden, de ontvangers, de bewaartermijn en de herkomst van de gegevens.",
        ),
        "erasure": (
            "Heeft u mijn gegevens openbaar gemaakt, informeer dan andere verwerkingsverantwoordelijken over mijn verzoek tot wissing.",
        ),
        "portability": ("Ik heb een bestand nodig dat ik bij een andere dienst kan importeren.",),
    },
    informal={
        "access": ("stuur me alsjeblieft alles wat jullie over mij hebben",),
        "rectification": (
            "mijn achternaam staat verkeerd in mijn account, kunnen jullie dat aanpassen?",
            "ik ben verhuisd, graag mijn adres bijwerken",
            "het telefoonnummer dat jullie hebben klopt niet meer",
        ),
        "erasure": (
            "verwijder mijn account en al mijn gegevens aub",
            "ik wil dat jullie alles over mij wissen",
        ),
        "restriction": ("gebruik mijn gegevens voorlopig niet, alleen bewaren",),
        "portability": ("kan ik mijn geschiedenis exporteren als bestand? ik stap over",),
        "objection": (
            "stop met het sturen van reclame",
            "ik wil niet dat mijn gegevens voor advertenties worden gebruikt",
        ),
        "consent_withdrawal": (
            "ik trek mijn toestemming voor locatiegegevens in",
            "ik ga niet meer akkoord, toestemming ingetrokken",
        ),
        "complaint": ("mijn account is gehackt, wie heeft mijn video's gezien?",),
        "inquiry": (
            "waar worden mijn video's opgeslagen?",
            "delen jullie mijn gegevens met andere bedrijven?",
        ),
    },
    field_intro=("Graag de volgende wijzigingen:", "Onjuist / juist:"),
    fields={
        "name": ("Onjuiste naam", "Juiste naam"),
        "address": ("Oud adres", "Nieuw adres"),
        "email": ("Oud e-mailadres", "Juist e-mailadres"),
        "phone": ("Onjuist telefoonnummer", "Juist telefoonnummer"),
        "birth": ("Geregistreerde geboortedatum", "Juiste geboortedatum"),
    },
    addresses=(
        "Kerkstraat {n}, 3511 LX Utrecht",
        "Dorpsstraat {n}, 5611 AB Eindhoven",
        "Grote Markt {n}, 9711 LV Groningen",
        "Meir {n}, 2000 Antwerpen",
    ),
    notify=(
        "Als u mijn gegevens aan ontvangers heeft verstrekt, stel hen dan op grond van artikel 19 AVG in kennis van deze correctie of wissing en laat mij weten wie dat zijn.",
    ),
    consent_add=(
        "Voor zover de verwerking op mijn toestemming berust, trek ik die toestemming hierbij in ({ref}).",
        "Daarnaast trek ik alle eerder gegeven toestemmingen in ({ref}).",
    ),
    object_add=("Ook maak ik bezwaar tegen elke verwerking voor marketingdoeleinden ({ref}).",),
    erase_add=("Wis daarna de gegevens die op grond van die toestemming zijn verzameld ({ref}).",),
    scope=(
        "Mijn verzoek geldt voor alle diensten en bedrijven waarvoor u verwerkingsverantwoordelijke bent.",
    ),
    deadline=(
        "Volgens artikel 12, lid 3, AVG dient u binnen een maand na ontvangst te reageren.",
        "Graag ontvang ik binnen een maand een schriftelijke bevestiging.",
    ),
    escalate=(
        "Blijft een reactie uit, dan behoud ik mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.",
        "Anders wend ik mij tot de toezichthouder.",
    ),
    reminder=(
        "op {date} heb ik u een verzoek op grond van {ref} gestuurd. Ik heb nog geen antwoord ontvangen en de termijn van een maand is verstreken.",
        "ik herinner u aan mijn verzoek van {date} op grond van {ref}, dat nog steeds onbeantwoord is.",
    ),
    reminder_named=("op {date} stuurde ik u {what}, maar ik heb niets meer gehoord.",),
    reminder_more=(
        "Ik verzoek u alsnog binnen twee weken te reageren; anders dien ik een klacht in bij de toezichthouder.",
        "De wettelijke termijn is verlopen. Ik verwacht binnen 14 dagen uw antwoord.",
    ),
    reminder_subjects=(
        "Herinnering: mijn verzoek van {date}",
        "Tweede verzoek – geen reactie",
        "Aanmaning",
    ),
    what={
        "access": "een inzageverzoek",
        "rectification": "een verzoek om mijn gegevens te corrigeren",
        "erasure": "een verzoek om mijn gegevens te verwijderen",
        "restriction": "een verzoek om beperking van de verwerking",
        "portability": "een verzoek om een export van mijn gegevens",
        "objection": "een bezwaar tegen de verwerking",
    },
)

PT = Letters(
    code="pt",
    male=("João|joao", "Pedro", "Tiago", "Rafael", "Bruno", "Lucas", "Gustavo"),
    female=("Ana", "Beatriz", "Mariana", "Inês|ines", "Juliana", "Camila", "Carolina"),
    surnames=(
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Almeida",
        "Carvalho",
    ),
    domains=("gmail.com", "sapo.pt", "hotmail.com", "uol.com.br", "outlook.pt", "bol.com.br"),
    tz=(0, 1, -3),
    months=requests.PT.months,
    day_fmt=("{d} de {mon} de {y}", "{dd}/{mm}/{y}"),
    refs=("artigo {art}.º do RGPD", "art. {art}.º do Regulamento Geral sobre a Proteção de Dados"),
    arts={**ARTS, "consent_withdrawal": "7"},
    alt_refs=("art. {art} da LGPD",),
    alt_arts={
        "access": "18, II",
        "rectification": "18, III",
        "erasure": "18, VI",
        "restriction": "18, IV",
        "portability": "18, V",
        "objection": "18, § 2.º",
        "consent_withdrawal": "18, IX",
        "complaint": "18, § 1.º",
        "inquiry": "18, VII",
    },
    greet=("Exmos. Senhores,", "Ao Encarregado de Proteção de Dados,", "Prezados,", "Bom dia,"),
    greet_informal=("Olá,", "Oi,", "bom dia"),
    close=("Com os melhores cumprimentos,", "Atenciosamente,", "Cumprimentos,"),
    close_informal=("Obrigado", "Obrigada", "abs"),
    identity=("Sou titular da conta {account}.", "Os meus dados: {name}, e-mail {email}."),
    subjects={
        "access": ("Pedido de acesso aos meus dados pessoais", "Exercício do direito de acesso"),
        "rectification": (
            "Pedido de retificação de dados",
            "Correção de dados incorretos",
            "Morada errada na minha conta",
        ),
        "erasure": (
            "Pedido de apagamento dos meus dados",
            "Exclusão da conta e dos dados",
            "Direito ao esquecimento",
        ),
        "restriction": ("Pedido de limitação do tratamento",),
        "portability": ("Pedido de portabilidade dos dados", "Exportação dos meus dados"),
        "objection": ("Oposição ao tratamento dos meus dados", "Oposição ao marketing direto"),
        "consent_withdrawal": ("Retirada do consentimento", "Revogação do consentimento"),
        "complaint": (
            "Reclamação sobre o tratamento dos meus dados",
            "Acesso indevido à minha conta",
        ),
        "inquiry": (
            "Pergunta sobre o tratamento dos meus dados",
            "Dúvida sobre a política de privacidade",
        ),
    },
    core={
        "access": (
            "nos termos do {ref}, solicito que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem uma cópia dos mesmos.",
            "venho exercer o direito de acesso previsto no {ref} e solicitar uma cópia de todos os dados que conservam sobre mim.",
        ),
        "rectification": (
            "nos termos do {ref}, solicito a retificação dos dados pessoais inexatos que me dizem respeito e que sejam completados os dados incompletos.",
            "os dados que constam da minha conta estão errados. Peço que os corrijam sem demora, conforme previsto no {ref}.",
            "venho exercer o direito de retificação ({ref}); os meus dados cadastrais estão desatualizados.",
        ),
        "erasure": (
            "nos termos do {ref}, solicito o apagamento, sem demora injustificada, de todos os dados pessoais que me dizem respeito.",
            "venho exercer o direito ao apagamento («direito a ser esquecido», {ref}): encerrem a minha conta {account} e eliminem todos os dados associados.",
            "os dados deixaram de ser necessários para a finalidade que motivou a sua recolha; solicito a sua eliminação, incluindo as gravações do {product} ({ref}).",
        ),
        "restriction": (
            "nos termos do {ref}, solicito a limitação do tratamento dos meus dados enquanto se verifica a sua exatidão.",
        ),
        "portability": (
            "nos termos do {ref}, pretendo receber os dados que vos forneci num formato estruturado, de uso corrente e de leitura automática.",
            "venho exercer o direito de portabilidade ({ref}): transmitam os dados da minha conta {account} diretamente ao meu novo fornecedor, ou enviem-mos em CSV ou JSON.",
        ),
        "objection": (
            "nos termos do {ref}, oponho-me ao tratamento dos meus dados para efeitos de comercialização direta, incluindo a definição de perfis.",
            "oponho-me à utilização dos dados do meu {product} para publicidade personalizada ({ref}) e peço que cessem esse tratamento.",
        ),
        "consent_withdrawal": (
            "retiro, com efeitos imediatos, o consentimento que dei para o tratamento dos meus dados pessoais ({ref}).",
            "revogo o consentimento para a recolha da minha localização pelo {product} ({ref}).",
        ),
        "complaint": (
            "venho apresentar uma reclamação sobre a forma como trataram os meus dados. O meu pedido anterior ficou sem resposta e pondero recorrer à autoridade de controlo ({ref}).",
            "creio que alguém acedeu à minha conta {account}: recebi alertas de início de sessão a partir do estrangeiro. Que dados foram consultados?",
        ),
        "inquiry": (
            "podem indicar-me em que países são armazenados os meus dados e que garantias se aplicam às transferências internacionais ({ref})?",
            "que dados o {product} recolhe sobre mim, para que finalidade e durante quanto tempo são conservados?",
        ),
    },
    detail={
        "access": (
            "Solicito ainda informação sobre as finalidades, os destinatários, o prazo de conservação e a origem dos dados.",
        ),
        "erasure": (
            "Caso tenham tornado públicos os meus dados, informem os outros responsáveis do meu pedido de apagamento.",
        ),
        "portability": ("Preciso de um ficheiro que possa importar noutro serviço.",),
    },
    informal={
        "access": ("mandem-me tudo o que têm sobre mim, por favor",),
        "rectification": (
            "o meu apelido está mal escrito na conta, podem corrigir?",
            "mudei de casa, atualizem a minha morada por favor",
            "o telefone que vocês têm não é mais o meu",
        ),
        "erasure": (
            "apaguem a minha conta e todos os meus dados",
            "quero que excluam tudo o que têm sobre mim",
        ),
        "restriction": ("por agora não usem os meus dados, só guardem",),
        "portability": ("posso exportar o meu histórico num ficheiro? vou mudar de app",),
        "objection": (
            "parem de me mandar publicidade",
            "não quero que usem os meus dados para anúncios",
        ),
        "consent_withdrawal": (
            "retiro o consentimento para a localização",
            "já não concordo, revogo o consentimento",
        ),
        "complaint": ("a minha conta foi invadida, quem viu os meus vídeos?",),
        "inquiry": (
            "onde ficam guardados os meus vídeos?",
            "vocês partilham os meus dados com outras empresas?",
        ),
    },
    field_intro=("Peço as seguintes alterações:", "Dado incorreto / dado correto:"),
    fields={
        "name": ("Nome incorreto", "Nome correto"),
        "address": ("Morada antiga", "Morada correta"),
        "email": ("E-mail desatualizado", "E-mail correto"),
        "phone": ("Telefone incorreto", "Telefone correto"),
        "birth": ("Data de nascimento registada", "Data de nascimento correta"),
    },
    addresses=(
        "Rua Augusta {n}, 1100-053 Lisboa",
        "Rua de Santa Catarina {n}, 4000-447 Porto",
        "Avenida Paulista {n}, São Paulo - SP",
    ),
    notify=(
        "Se comunicaram os meus dados a destinatários, peço que lhes notifiquem esta retificação ou apagamento, nos termos do artigo 19.º do RGPD, e que me indiquem quem são.",
    ),
    consent_add=(
        "Na medida em que o tratamento se baseie no meu consentimento, retiro esse consentimento ({ref}).",
        "Retiro também todos os consentimentos dados anteriormente ({ref}).",
    ),
    object_add=("Oponho-me ainda a qualquer tratamento para fins de marketing ({ref}).",),
    erase_add=("Em seguida, apaguem os dados recolhidos com essa base ({ref}).",),
    scope=(
        "O pedido abrange todos os serviços e empresas de que são responsáveis pelo tratamento.",
    ),
    deadline=(
        "Nos termos do artigo 12.º, n.º 3, do RGPD, devem responder no prazo de um mês a contar da receção.",
        "Peço confirmação por escrito no prazo de um mês.",
    ),
    escalate=(
        "Na falta de resposta nesse prazo, reservo-me o direito de apresentar queixa à autoridade de controlo.",
        "Caso contrário, recorrerei à CNPD.",
    ),
    reminder=(
        "em {date} enviei-vos um pedido ao abrigo do {ref}. Não recebi qualquer resposta e o prazo de um mês já terminou.",
        "relembro o meu pedido de {date}, feito ao abrigo do {ref}, que continua sem resposta.",
    ),
    reminder_named=("em {date} enviei-vos {what} e não obtive resposta.",),
    reminder_more=(
        "Peço que lhe deem seguimento no prazo de quinze dias; caso contrário apresentarei queixa à autoridade de controlo.",
        "O prazo legal expirou. Aguardo resposta em 14 dias.",
    ),
    reminder_subjects=(
        "Lembrete: o meu pedido de {date}",
        "Segundo pedido sem resposta",
        "Insistência",
    ),
    what={
        "access": "um pedido de acesso aos meus dados",
        "rectification": "um pedido de retificação dos meus dados",
        "erasure": "um pedido de apagamento dos meus dados",
        "restriction": "um pedido de limitação do tratamento",
        "portability": "um pedido de portabilidade",
        "objection": "uma oposição ao tratamento",
    },
)

PL = Letters(
    code="pl",
    male=("Adam", "Bartosz", "Grzegorz", "Kamil", "Wojciech", "Rafał|rafal"),
    female=("Natalia", "Aleksandra", "Monika", "Karolina", "Dorota", "Beata"),
    surnames=(
        "Lewandowski",
        "Kamiński|kaminski",
        "Zieliński|zielinski",
        "Szymański|szymanski",
        "Woźniak|wozniak",
        "Kaczmarek",
        "Piotrowski",
    ),
    domains=("wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"),
    tz=(1, 2),
    months=requests.PL.months,
    day_fmt=("{d} {mon} {y} r.", "{dd}.{mm}.{y}"),
    refs=requests.PL.refs,
    arts=requests.PL.arts,
    greet=("Szanowni Państwo,", "Szanowny Inspektorze Ochrony Danych,", "Dzień dobry,"),
    greet_informal=("Cześć,", "Dzień dobry,", "hej"),
    close=("Z poważaniem", "Z wyrazami szacunku", "Pozdrawiam serdecznie"),
    close_informal=("Dzięki", "Pozdrawiam", "dzieki"),
    identity=("Mam u Państwa konto {account}.", "Dane do identyfikacji: {name}, e-mail {email}."),
    subjects={
        "access": ("Wniosek o dostęp do danych osobowych", "Żądanie z art. 15 RODO"),
        "rectification": (
            "Wniosek o sprostowanie danych",
            "Sprostowanie nieprawidłowych danych",
            "Błędny adres na koncie",
        ),
        "erasure": (
            "Żądanie usunięcia danych osobowych",
            "Prawo do bycia zapomnianym",
            "Usunięcie konta i danych",
        ),
        "restriction": ("Wniosek o ograniczenie przetwarzania",),
        "portability": ("Wniosek o przeniesienie danych", "Eksport moich danych"),
        "objection": (
            "Sprzeciw wobec przetwarzania danych",
            "Sprzeciw wobec marketingu bezpośredniego",
        ),
        "consent_withdrawal": ("Cofnięcie zgody", "Wycofuję zgodę na przetwarzanie danych"),
        "complaint": ("Skarga na przetwarzanie moich danych", "Nieuprawniony dostęp do konta"),
        "inquiry": ("Pytanie o przetwarzanie moich danych", "Pytanie o politykę prywatności"),
    },
    core={
        "access": (
            "na podstawie {ref} proszę o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak – o dostęp do nich i ich kopię.",
            "korzystam z prawa dostępu do danych ({ref}) i proszę o przesłanie kopii wszystkich danych, które Państwo o mnie przechowują.",
        ),
        "rectification": (
            "na podstawie {ref} żądam sprostowania nieprawidłowych danych osobowych, które mnie dotyczą, oraz uzupełnienia danych niekompletnych.",
            "dane zapisane na moim koncie są błędne. Proszę o ich niezwłoczne poprawienie zgodnie z {ref}.",
        ),
        "erasure": (
            "na podstawie {ref} żądam niezwłocznego usunięcia wszystkich dotyczących mnie danych osobowych.",
            "korzystam z prawa do usunięcia danych („prawa do bycia zapomnianym”, {ref}). Proszę usunąć moje konto {account} i wszystkie powiązane dane.",
        ),
        "restriction": (
            "na podstawie {ref} żądam ograniczenia przetwarzania moich danych do czasu sprawdzenia ich prawidłowości.",
        ),
        "portability": (
            "na podstawie {ref} chcę otrzymać dane, które Państwu dostarczyłem(-am), w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego.",
            "korzystam z prawa do przenoszenia danych ({ref}): proszę przesłać dane z konta {account} bezpośrednio do nowego dostawcy albo do mnie w formacie CSV lub JSON.",
        ),
        "objection": (
            "na podstawie {ref} wnoszę sprzeciw wobec przetwarzania moich danych na potrzeby marketingu bezpośredniego, w tym profilowania.",
            "sprzeciwiam się wykorzystywaniu danych z mojego {product} do reklam dopasowanych ({ref}) i proszę o zaprzestanie tego przetwarzania.",
        ),
        "consent_withdrawal": (
            "niniejszym cofam ze skutkiem natychmiastowym zgodę na przetwarzanie moich danych osobowych ({ref}).",
            "wycofuję zgodę na zbieranie mojej lokalizacji przez {product} ({ref}).",
        ),
        "complaint": (
            "składam skargę na sposób, w jaki potraktowano moje dane. Mój poprzedni wniosek pozostał bez odpowiedzi i rozważam zwrócenie się do Prezesa UODO ({ref}).",
            "ktoś chyba dostał się do mojego konta {account}: dostałem powiadomienia o logowaniu z zagranicy. Jakie dane zostały przejrzane?",
        ),
        "inquiry": (
            "proszę o informację, w jakich krajach przechowywane są moje dane i jakie zabezpieczenia dotyczą ich przekazywania poza UE ({ref}).",
            "jakie dane zbiera o mnie {product}, w jakim celu i jak długo są przechowywane?",
        ),
    },
    detail={
        "access": (
            "Proszę również o informacje o celach przetwarzania, odbiorcach, okresie przechowywania i źródle danych.",
        ),
        "portability": ("Potrzebuję pliku, który mogę zaimportować w innej usłudze.",),
    },
    informal={
        "access": ("wyślijcie mi wszystko, co o mnie macie",),
        "rectification": (
            "moje nazwisko jest źle zapisane na koncie, poprawicie?",
            "przeprowadziłem się, zaktualizujcie adres proszę",
        ),
        "erasure": (
            "usuńcie moje konto i wszystkie dane",
            "chcę, żebyście skasowali wszystko o mnie",
        ),
        "restriction": ("na razie nie używajcie moich danych, tylko je przechowujcie",),
        "portability": ("mogę wyeksportować historię do pliku? zmieniam aplikację",),
        "objection": ("przestańcie wysyłać mi reklamy", "nie chcę, żeby moje dane szły na reklamy"),
        "consent_withdrawal": ("cofam zgodę na lokalizację", "już się nie zgadzam, wycofuję zgodę"),
        "complaint": ("ktoś włamał mi się na konto, kto widział moje nagrania?",),
        "inquiry": ("gdzie są przechowywane moje filmy?", "udostępniacie moje dane innym firmom?"),
    },
    field_intro=("Proszę o następujące zmiany:", "Dane błędne / dane prawidłowe:"),
    fields={
        "name": ("Błędne nazwisko", "Prawidłowe nazwisko"),
        "address": ("Stary adres", "Prawidłowy adres"),
        "email": ("Nieaktualny e-mail", "Prawidłowy e-mail"),
        "phone": ("Błędny numer telefonu", "Prawidłowy numer telefonu"),
        "birth": ("Zapisana data urodzenia", "Prawidłowa data urodzenia"),
    },
    addresses=(
        "ul. Długa {n}, 80-827 Gdańsk",
        "ul. Floriańska {n}, 31-019 Kraków",
        "ul. Piotrkowska {n}, 90-001 Łódź",
    ),
    notify=(
        "Jeżeli ujawnili Państwo moje dane odbiorcom, proszę poinformować ich o sprostowaniu lub usunięciu zgodnie z art. 19 RODO i wskazać mi tych odbiorców.",
    ),
    consent_add=(
        "W zakresie, w jakim przetwarzanie opiera się na mojej zgodzie, cofam tę zgodę ({ref}).",
        "Cofam także wszystkie wcześniej udzielone zgody ({ref}).",
    ),
    object_add=("Wnoszę również sprzeciw wobec przetwarzania w celach marketingowych ({ref}).",),
    erase_add=("Następnie proszę usunąć dane zebrane na tej podstawie ({ref}).",),
    scope=("Wniosek obejmuje wszystkie usługi i spółki, dla których są Państwo administratorem.",),
    deadline=(
        "Zgodnie z art. 12 ust. 3 RODO odpowiedź powinna nastąpić w ciągu miesiąca od otrzymania żądania.",
        "Proszę o pisemne potwierdzenie w ciągu miesiąca.",
    ),
    escalate=(
        "W razie braku odpowiedzi zastrzegam sobie prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
    ),
    reminder=(
        "w dniu {date} przesłałem(-am) Państwu żądanie na podstawie {ref}. Nie otrzymałem(-am) odpowiedzi, a miesięczny termin upłynął.",
        "przypominam o moim wniosku z {date} na podstawie {ref}, który wciąż pozostaje bez odpowiedzi.",
    ),
    reminder_named=("w dniu {date} wysłałem(-am) {what} i nie dostałem(-am) odpowiedzi.",),
    reminder_more=(
        "Proszę o załatwienie sprawy w ciągu dwóch tygodni; w przeciwnym razie złożę skargę do organu nadzorczego.",
        "Termin ustawowy minął. Oczekuję odpowiedzi w ciągu 14 dni.",
    ),
    reminder_subjects=("Ponaglenie: mój wniosek z {date}", "Drugie wezwanie – brak odpowiedzi"),
    what={
        "access": "wniosek o dostęp do moich danych",
        "rectification": "wniosek o sprostowanie moich danych",
        "erasure": "żądanie usunięcia moich danych",
        "restriction": "wniosek o ograniczenie przetwarzania",
        "portability": "wniosek o przeniesienie danych",
        "objection": "sprzeciw wobec przetwarzania",
    },
)

SV = Letters(
    code="sv",
    male=("Erik", "Johan", "Anders", "Oskar", "Gustav", "Henrik"),
    female=("Emma", "Maja", "Sara", "Karin", "Linnea", "Elin"),
    surnames=(
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Lindqvist",
        "Berg",
    ),
    domains=("telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"),
    tz=(1, 2),
    months=requests.SV.months,
    day_fmt=("{d} {mon} {y}", "{y}-{mm}-{dd}"),
    refs=requests.SV.refs,
    arts={**ARTS, "consent_withdrawal": "7.3"},
    greet=("Hej,", "Till dataskyddsombudet,", "Bästa mottagare,"),
    greet_informal=("Hej!", "Hallå,", "hej"),
    close=("Med vänliga hälsningar", "Vänliga hälsningar", "Hälsningar"),
    close_informal=("Tack", "Mvh", "tack!"),
    identity=("Jag har ett konto hos er: {account}.", "För identifiering: {name}, e-post {email}."),
    subjects={
        "access": ("Begäran om registerutdrag", "Begäran om tillgång enligt artikel 15"),
        "rectification": (
            "Begäran om rättelse av personuppgifter",
            "Felaktiga uppgifter i mitt konto",
        ),
        "erasure": (
            "Begäran om radering av mina uppgifter",
            "Rätten att bli bortglömd",
            "Radera mitt konto",
        ),
        "restriction": ("Begäran om begränsning av behandling",),
        "portability": ("Begäran om dataportabilitet", "Export av mina uppgifter"),
        "objection": ("Invändning mot behandling", "Invändning mot direktmarknadsföring"),
        "consent_withdrawal": ("Återkallelse av samtycke", "Jag återkallar mitt samtycke"),
        "complaint": (
            "Klagomål på hanteringen av mina uppgifter",
            "Obehörig åtkomst till mitt konto",
        ),
        "inquiry": ("Fråga om behandlingen av mina uppgifter", "Fråga om er integritetspolicy"),
    },
    core={
        "access": (
            "enligt {ref} begär jag att få veta om ni behandlar personuppgifter om mig och i så fall få en kopia av dem.",
            "jag utnyttjar min rätt till tillgång ({ref}) och ber om en kopia av alla uppgifter ni har om mig.",
        ),
        "rectification": (
            "enligt {ref} begär jag att ni rättar felaktiga personuppgifter om mig och kompletterar ofullständiga uppgifter.",
            "uppgifterna i mitt konto stämmer inte. Jag ber er rätta dem utan onödigt dröjsmål enligt {ref}.",
        ),
        "erasure": (
            "enligt {ref} begär jag att ni utan onödigt dröjsmål raderar alla personuppgifter som rör mig.",
            "jag utnyttjar rätten till radering ({ref}). Avsluta mitt konto {account} och radera alla tillhörande uppgifter.",
        ),
        "restriction": (
            "enligt {ref} begär jag att behandlingen av mina uppgifter begränsas medan deras riktighet kontrolleras.",
        ),
        "portability": (
            "enligt {ref} vill jag få de uppgifter jag lämnat till er i ett strukturerat, allmänt använt och maskinläsbart format.",
            "jag utnyttjar rätten till dataportabilitet ({ref}): överför uppgifterna från konto {account} direkt till min nya leverantör, eller skicka dem till mig som CSV eller JSON.",
        ),
        "objection": (
            "enligt {ref} invänder jag mot behandlingen av mina uppgifter för direktmarknadsföring, inklusive profilering.",
            "jag invänder mot att uppgifterna från min {product} används för riktad reklam ({ref}) och ber er upphöra med det.",
        ),
        "consent_withdrawal": (
            "jag återkallar med omedelbar verkan det samtycke jag lämnat till behandlingen av mina personuppgifter ({ref}).",
            "jag återkallar mitt samtycke till att {product} samlar in min position ({ref}).",
        ),
        "complaint": (
            "jag vill klaga på hur ni har hanterat mina uppgifter. Min tidigare begäran besvarades aldrig och jag överväger att vända mig till IMY ({ref}).",
            "någon verkar ha tagit sig in på mitt konto {account}: jag fick inloggningsvarningar från utlandet. Vilka uppgifter har visats?",
        ),
        "inquiry": (
            "kan ni berätta i vilka länder mina uppgifter lagras och vilka skyddsåtgärder som gäller vid överföring utanför EU ({ref})?",
            "vilka uppgifter samlar {product} in om mig, i vilket syfte och hur länge sparas de?",
        ),
    },
    detail={
        "access": (
            "Jag vill också veta ändamålen, mottagarna, lagringstiden och varifrån uppgifterna kommer.",
        ),
        "portability": ("Jag behöver en fil som jag kan importera i en annan tjänst.",),
    },
    informal={
        "access": ("skicka allt ni har om mig tack",),
        "rectification": (
            "mitt efternamn är felstavat i kontot, kan ni rätta det?",
            "jag har flyttat, uppdatera min adress",
        ),
        "erasure": (
            "radera mitt konto och alla mina uppgifter",
            "jag vill att ni tar bort allt om mig",
        ),
        "restriction": ("använd inte mina uppgifter just nu, spara dem bara",),
        "portability": ("kan jag exportera min historik till en fil? byter app",),
        "objection": (
            "sluta skicka reklam till mig",
            "jag vill inte att mina uppgifter används för annonser",
        ),
        "consent_withdrawal": ("jag återkallar samtycket till platsdata",),
        "complaint": ("mitt konto har hackats, vem har sett mina videor?",),
        "inquiry": ("var lagras mina videor?", "delar ni mina uppgifter med andra företag?"),
    },
    field_intro=("Jag ber om följande ändringar:", "Felaktigt / korrekt:"),
    fields={
        "name": ("Felaktigt namn", "Korrekt namn"),
        "address": ("Gammal adress", "Korrekt adress"),
        "email": ("Gammal e-postadress", "Korrekt e-postadress"),
        "phone": ("Felaktigt telefonnummer", "Korrekt telefonnummer"),
        "birth": ("Registrerat födelsedatum", "Korrekt födelsedatum"),
    },
    addresses=(
        "Storgatan {n}, 411 38 Göteborg",
        "Drottninggatan {n}, 111 51 Stockholm",
        "Södra Förstadsgatan {n}, 211 43 Malmö",
    ),
    notify=(
        "Om ni har lämnat ut mina uppgifter till mottagare, underrätta dem om rättelsen eller raderingen enligt artikel 19 i GDPR och berätta vilka de är.",
    ),
    consent_add=(
        "I den mån behandlingen grundar sig på mitt samtycke återkallar jag detta ({ref}).",
        "Jag återkallar också alla samtycken jag tidigare lämnat ({ref}).",
    ),
    object_add=("Jag invänder dessutom mot all behandling för marknadsföring ({ref}).",),
    erase_add=("Radera därefter de uppgifter som samlats in med stöd av samtycket ({ref}).",),
    scope=("Begäran gäller alla tjänster och bolag som ni är personuppgiftsansvariga för.",),
    deadline=(
        "Enligt artikel 12.3 i GDPR ska ni svara inom en månad från mottagandet.",
        "Bekräfta gärna skriftligen inom en månad.",
    ),
    escalate=(
        "Om jag inte får svar inom den tiden förbehåller jag mig rätten att klaga hos Integritetsskyddsmyndigheten.",
    ),
    reminder=(
        "den {date} skickade jag en begäran enligt {ref}. Jag har inte fått något svar och tidsfristen på en månad har löpt ut.",
        "jag påminner om min begäran från {date} enligt {ref}, som fortfarande är obesvarad.",
    ),
    reminder_named=("den {date} skickade jag {what} men har inte hört något.",),
    reminder_more=(
        "Jag ber er hantera den inom två veckor; annars vänder jag mig till tillsynsmyndigheten.",
        "Den lagstadgade tiden har gått ut. Jag förväntar mig svar inom 14 dagar.",
    ),
    reminder_subjects=("Påminnelse: min begäran från {date}", "Andra påminnelsen – inget svar"),
    what={
        "access": "en begäran om registerutdrag",
        "rectification": "en begäran om rättelse av mina uppgifter",
        "erasure": "en begäran om radering av mina uppgifter",
        "restriction": "en begäran om begränsning av behandlingen",
        "portability": "en begäran om export av mina uppgifter",
        "objection": "en invändning mot behandlingen",
    },
)

__all__ = ["DE", "EN", "ES", "FIELD_KINDS", "FR", "IT", "NL", "PL", "PT", "SV"]
