"""Turning a Document into a Prediction: rules first, then the model, then the thresholds.

Recall comes first (DOMAIN.md): anything between ``triage_threshold`` and
``relevant_threshold`` goes to staff as needs_triage, and so does mail with no readable text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from classifier.document import Document
from classifier.jurisdiction import find_jurisdiction
from classifier.language import detect_language
from classifier.model import TextModel
from classifier.prediction import Decision, Evidence, Prediction, Requester, TimeRange
from classifier.product import find_products
from classifier.requester import extract_requester
from classifier.rules import apply_rules, rights_citation
from classifier.textprep import prepare
from classifier.timerange import extract_time_range

_CATEGORY_THRESHOLD = 0.5
# The model reads the subject and the start of the body: a request is stated there, while the
# tail of a long mail is quoted history, attachments as text or newsletter boilerplate, and
# n-gram counting costs time in proportion to length. Rules and extraction see all of it.
_MODEL_CHARS = 12_000
_ALNUM = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Thresholds:
    """Probability cut-offs: at or above ``relevant`` a case opens; below ``triage`` it is
    irrelevant; in between a person decides."""

    relevant: float = 0.5
    triage: float = 0.2

    def __post_init__(self) -> None:
        if not 0.0 <= self.triage <= self.relevant <= 1.0:
            raise ValueError("thresholds need 0 <= triage <= relevant <= 1")


@dataclass(frozen=True)
class Extraction:
    """What the classifier needs to know of the company: its products, its own mail domains
    and its own lists (groups that deliver the mailbox), all lower-case but products."""

    products: tuple[str, ...] = ()
    own_domains: tuple[str, ...] = ()
    own_lists: tuple[str, ...] = ()


class Classifier:
    """Predicts with a fitted :class:`TextModel` and the rules, then extracts the facts."""

    def __init__(
        self,
        model: TextModel,
        thresholds: Thresholds | None = None,
        extraction: Extraction | None = None,
    ) -> None:
        self.model = model
        self.thresholds = thresholds or Thresholds()
        self.extraction = extraction or Extraction()

    @property
    def version(self) -> str:
        return self.model.version

    def predict(self, doc: Document) -> Prediction:
        """The decision, score, categories and evidence for ``doc``."""
        rules = apply_rules(doc, self.extraction.own_domains, self.extraction.own_lists)
        evidence = list(rules.evidence)
        language = detect_language(doc.body or doc.subject)
        requester = Requester(doc.sender_name, doc.sender_address)
        text = doc.text
        if len(_ALNUM.findall(text, 0, 1000)) < 3:
            evidence.append(Evidence("rule", "no readable text: a person must look", 0.0))
            return Prediction(
                decision=Decision.NEEDS_TRIAGE,
                score=self.thresholds.triage,
                categories=(),
                evidence=tuple(evidence),
                language=language,
                model_version=self.version,
                requester=requester,
            )

        prepared = prepare(doc.subject, doc.body, _MODEL_CHARS)
        shown = f"{prepared.main}\n{prepared.context}"
        row = self.model.vectorize(prepared)
        probability, phrases = self.model.relevance_probability(row, shown)
        evidence.extend(Evidence("phrase", p.text, round(p.weight, 4)) for p in phrases)
        if not phrases:
            evidence.append(Evidence("rule", "no phrase the model knows: its prior decides", 0.0))
        # Bulk or list headers lower the odds a message is a person's request, never to zero.
        factor = rules.odds_factor
        score = probability * factor / (1.0 - probability + probability * factor)
        citation = None if rules.bulk or rules.machine_mail else rights_citation(doc)
        if citation is not None and score < self.thresholds.triage:
            # A right cited by its article is never silently dropped (recall first).
            evidence.append(Evidence("rule", f"data subject right cited: {citation[:60]}", 0.0))
            score = self.thresholds.triage
        if rules.machine_mail:
            decision = Decision.IRRELEVANT
        elif score >= self.thresholds.relevant:
            decision = Decision.RELEVANT
        elif score >= self.thresholds.triage:
            decision = Decision.NEEDS_TRIAGE
        else:
            decision = Decision.IRRELEVANT

        facts = _Facts(requester=requester)
        if decision is not Decision.IRRELEVANT:
            # Only for mail staff will see: extraction costs time, and a date or a law named
            # in a newsletter is nobody's request.
            facts = self._extract(doc, language, evidence)

        category_scores = self.model.category_probabilities(row)
        ranked = sorted(category_scores, key=lambda c: -category_scores[c])
        categories: tuple[str, ...] = ()
        if decision is not Decision.IRRELEVANT:
            chosen = [c for c in ranked if category_scores[c] >= _CATEGORY_THRESHOLD]
            categories = tuple(chosen or ranked[:1])
            for category in categories:
                evidence.extend(
                    Evidence("phrase", p.text, round(p.weight, 4), target=category)
                    for p in self.model.category_phrases(row, category, shown)[:3]
                )
        return Prediction(
            decision=decision,
            score=score,
            categories=categories,
            evidence=tuple(evidence),
            language=language,
            model_version=self.version,
            requester=facts.requester,
            category_scores=category_scores,
            time_range=facts.time_range,
            product=facts.product,
            jurisdiction=facts.jurisdiction,
            place=facts.place,
        )

    def _extract(self, doc: Document, language: str | None, evidence: list[Evidence]) -> _Facts:
        reference = (doc.sent_at or datetime.now(UTC)).date()
        facts = _Facts(requester=Requester(doc.sender_name, doc.sender_address))
        finding = extract_time_range(doc.body, reference, language)
        if finding is not None:
            facts.time_range = finding.range
            note = " (ambiguous: other ranges named too)" if finding.ambiguous else ""
            evidence.append(Evidence("extract", finding.text + note, 0.0, "time_range"))
        info = extract_requester(doc, self.extraction.own_domains)
        facts.requester = info.to_requester()
        for kind, phrases in (
            ("account", info.account_evidence),
            ("agent", info.agent_evidence),
            ("minor", info.minor_evidence),
        ):
            evidence.extend(Evidence("extract", p, 0.0, kind) for p in phrases[:2])
        if self.extraction.products:
            products = find_products(doc.text, self.extraction.products)
            if products:
                facts.product = products[0].product
                evidence.append(Evidence("extract", products[0].text, 0.0, "product"))
        jurisdiction = find_jurisdiction(doc.text)
        if jurisdiction is not None:
            facts.jurisdiction, facts.place = jurisdiction.code, jurisdiction.place
            evidence.extend(
                Evidence("extract", p, 0.0, "jurisdiction") for p in jurisdiction.evidence[:3]
            )
        return facts


@dataclass
class _Facts:
    requester: Requester
    time_range: TimeRange | None = None
    product: str | None = None
    jurisdiction: str | None = None
    place: str | None = None
