"""Fitted coefficients of the answering models -- written by ``python -m tests.fit_answering``.

Do not edit by hand: rerun the script (its docstring says on what data and with which
trade-off), review the figures it prints, and commit this file with them.
"""

RANK = {'bm25': 13.0523, 'cover': 5.5755, 'window': 7.6135, 'fit': 7.8442, 'lead': 0.3793}
SHOWN = {'window': 6.3676, 'unknown': -7.5923, 'heading': 28.9985, 'bias': 0.3389}
SHOWN_AT = 0.7799
CONFIDENT = {'margin': 0.6869, 'window': 3.634, 'document': 3.4867, 'heading': 3.7551, 'unknown': -1.1371, 'bias': -5.172}
CONFIDENT_AT = 0.8961
