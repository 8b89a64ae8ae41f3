"""Phrase banks for generic spam in many styles (the project's own writing).

Spam is full of the words a request uses ("remove", "privacy", "your data", "opt out", "delete
this message") in the sender's voice, not a data subject's. Slots in ``{braces}`` are filled by
:mod:`classifier.trainingdata.spam`.
"""

from __future__ import annotations

SUBJECTS: dict[str, tuple[str, ...]] = {
    "mortgage": (
        "Lowest mortgage rates in {year}",
        "Refinance now - rates at {pct}%",
        "You have been pre-approved {code}",
        "Re: your home loan application",
    ),
    "pharma": (
        "Cheap meds online, no prescription",
        "Lose {num} pounds in {num2} days",
        "Herbal solution doctors don't want you to know",
        "Your order #{code} is waiting",
    ),
    "money": (
        "Make ${num},000 a month from home!!!",
        "Financial freedom is one click away",
        "Work from home - no experience needed",
        "RE: the opportunity we discussed",
    ),
    "advance_fee": (
        "URGENT BUSINESS PROPOSAL",
        "Confidential: transfer of funds",
        "From the desk of {title} {last}",
        "Please I need your assistance",
    ),
    "stock": (
        "This stock is about to explode",
        "Hot pick: {ticker} set to triple",
        "Investor alert for {ticker}",
    ),
    "marketing": (
        "Send your ad to {num} million people",
        "Get your website to the top of the search engines",
        "Fresh email lists - {num} million addresses",
        "Increase your sales by {pct}%",
    ),
    "goods": (
        "Ink cartridges at {pct}% off",
        "Replica watches - best quality",
        "Free cable descrambler!",
        "Software at wholesale prices {code}",
        "Online casino bonus ${num}00",
    ),
    "debt": (
        "Eliminate your debt legally",
        "Repair your credit today",
        "Get a university degree in weeks",
        "Cheap life insurance quotes",
    ),
}
OPENERS: tuple[str, ...] = (
    "Dear Friend,",
    "Hello,",
    "ATTENTION!",
    "Dear Sir/Madam,",
    "Greetings,",
    "Hi,",
    "Dear Homeowner,",
    "Dear Valued Customer,",
    "",
)
BODIES: dict[str, tuple[str, ...]] = {
    "mortgage": (
        "Interest rates are at their lowest point in {num} years! Our lenders compete for "
        "your business, so you get the best deal. Whether your credit is good or bad, we can "
        "help you save thousands.",
        "You may qualify for a loan of up to ${num}0,000 with no closing costs. Fill out our "
        "short form and a specialist will contact you within 24 hours. Your information is "
        "kept strictly confidential.",
    ),
    "pharma": (
        "Order the most popular medications online from licensed pharmacies, shipped "
        "discreetly to your door. No doctor visit, no embarrassing questions. Prices up to "
        "{pct}% below your local drugstore.",
        "Our all-natural formula has helped thousands of people lose weight without diet or "
        "exercise. Clinically proven! Order today and receive a second bottle free.",
    ),
    "money": (
        "I was broke and desperate until I found this simple system. Now I make more in a "
        "week than I used to make in a month, working just a few hours a day from my kitchen "
        "table. This is NOT a scam and NOT a pyramid scheme. It's 100% legal.",
        "All you need is a computer and {num} minutes a day. Thousands of ordinary people "
        "are already earning. Don't let this opportunity pass you by. Reply now for your free "
        "information kit.",
    ),
    "advance_fee": (
        "I am {title} {last}, the son of the late minister of finance. I have the sum of "
        "US${num},500,000 deposited with a security company and I need a trusted foreign "
        "partner to receive the funds. You will receive {pct}% of the total sum for your "
        "assistance. Please treat this as strictly confidential.",
        "I got your contact through a business directory and decided to write you. Please "
        "send me your full name, address and private telephone number so we can proceed "
        "with the transfer without delay. God bless you.",
    ),
    "stock": (
        "{ticker} has just signed a major distribution deal and our analysts expect the "
        "share price to rise by {pct}% in the coming days. Watch this one closely on Monday "
        "morning. Past performance is no guarantee of future results.",
    ),
    "marketing": (
        "We will send your message to {num} million targeted, opt-in email addresses for "
        "one low price. Our bulk email software bypasses filters and delivers results. "
        "Call us now at {phone}.",
        "Our search engine optimization experts guarantee a top ten placement or your money "
        "back. We submit your site to over {num}00 search engines and directories.",
    ),
    "goods": (
        "Genuine quality at a fraction of the price. Free shipping on orders over ${num}. "
        "Limited stock - order today! Visit {url}",
        "Why pay full price? All major titles available for immediate download. Satisfaction "
        "guaranteed or your money back.",
    ),
    "debt": (
        "Are you drowning in debt? Our program can cut your monthly payments in half and stop "
        "collection calls. Thousands of satisfied clients. Free consultation, no obligation.",
        "Get the degree you deserve based on your life experience. No exams, no classes. "
        "Fully verifiable. Call {phone} 24 hours a day.",
    ),
}
CALLS: tuple[str, ...] = (
    "Click here to learn more: {url}",
    "ACT NOW! This offer expires in 48 hours.",
    "Reply with YES in the subject line for more details.",
    "Call toll free {phone} now!",
    "Visit {url} today.",
    "Don't delete this message before you read it!",
    "Order now and get a free gift.",
)
FOOTERS: tuple[str, ...] = (
    "To be removed from our mailing list, reply with REMOVE in the subject line.",
    "If you wish to be removed from future mailings, please click here: {url}/remove",
    "This message is sent in compliance with the proposed bill section 301, paragraph "
    "(a)(2)(C). By providing a valid remove address this message cannot be considered spam.",
    "You are receiving this email because you or someone using your computer signed up for "
    "one of our partner offers. To opt out of future emails, click {url}/optout",
    "We respect your privacy. Your email address was obtained from an opt-in list. If you "
    "received this in error, send a blank email to remove@{domain} and we will delete your "
    "address from our database.",
    "This is a one-time mailing. You will not receive further messages from us.",
    "To unsubscribe, simply reply to this message with 'unsubscribe' and your address will "
    "be removed within 10 business days.",
    "Privacy notice: we never sell or share your personal information. To stop receiving "
    "these offers, write to us at the address below.",
    "",
)
TICKERS: tuple[str, ...] = ("QXBT", "MNRG", "ZYPH", "GLDX", "PTRX", "VNCO")
TITLES: tuple[str, ...] = ("Dr.", "Mr.", "Barrister", "Prince", "Mrs.", "Engr.")
SPAM_HOSTS: tuple[str, ...] = (
    "best-offers4u.example.biz",
    "mailblast.example.ws",
    "cheap-deals.example.info",
    "freedom-income.example.net",
    "top-rx.example.com",
    "globalloans.example.org",
    "wealthclub.example.cc",
)
