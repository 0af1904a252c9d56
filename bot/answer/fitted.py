"""Fitted coefficients of the answering models -- written by ``python -m tests.fit_answering``.

Do not edit by hand: rerun the script (its docstring says on what data and with which
trade-off), review the figures it prints, and commit this file with them.
"""

RANK = {'bm25': 14.1896, 'cover': 6.0276, 'window': 8.6104, 'fit': 4.3364, 'lead': -0.119}
SHOWN = {'window': 8.9409, 'unknown': -7.9855, 'heading': 28.0542, 'bias': -0.3018}
SHOWN_AT = 0.8262
CONFIDENT = {'score': 0.1345, 'margin': 0.6357, 'window': 3.2555, 'document': 2.1221, 'heading': 2.5879, 'unknown': -2.3088, 'bias': -7.2273}
CONFIDENT_AT = 0.854
