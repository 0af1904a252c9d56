"""Fitted coefficients of the answering models -- written by ``python -m tests.fit_answering``.

Do not edit by hand: rerun the script (its docstring says on what data and with which
trade-off), review the figures it prints, and commit this file with them.
"""

RANK = {'bm25': 13.042, 'cover': 5.819, 'window': 7.5101, 'fit': 4.8593, 'lead': 0.4415}
SHOWN = {'window': 7.7982, 'unknown': -6.4903, 'heading': 28.8216, 'bias': -0.6215}
SHOWN_AT = 0.7504
CONFIDENT = {'margin': 0.6764, 'window': 3.5552, 'document': 3.3909, 'heading': 3.7647, 'unknown': -2.0213, 'bias': -5.0528}
CONFIDENT_AT = 0.8898
