"""Generators of the project's own training corpus.

Every text here was written for this project: templates and phrase banks filled with a fixed
seed, so the corpus under ``classifier/corpus/`` is reproducible byte for byte. Each corpus
folder has its generator: ``python -m classifier.trainingdata.requests`` (requests),
``.other`` (other), ``.lists`` (lists), ``.informal`` (informal), ``.letters`` (letters:
formal letters, follow-ups and notes, and everyday mail in cs, hr and ja), ``.unsolicited``
(unsolicited: "why do you write to me, I never signed up" and "where did you get my address",
with the parcel, invoice, sign-up and newsletter mail that looks like it) and ``.everyday``
(everyday: ordinary Swedish, Polish and Czech mail to info@).
"""
