"""Persistence and rules of dsr-triage: tables, transactions, deadlines, cases, queue queries.

This package imports nothing from intake, classifier or service. Importing it loads nothing
else: ``dsr queue`` and ``dsr show`` read through models.views without SQLAlchemy, and the
tables are in models.tables and models.outbox.
"""
