"""Generators of the project's own training corpus (``python -m classifier.trainingdata.build``).

Every text here was written for this project: templates and phrase banks filled with a fixed
seed, so the corpus under ``classifier/corpus/`` is reproducible byte for byte.
"""
