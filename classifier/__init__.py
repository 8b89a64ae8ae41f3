"""Finding data subject requests: rules, a scikit-learn model, evidence, evaluation.

Knows nothing of SQL or IMAP: it reads bytes or Documents and returns Predictions.
"""
