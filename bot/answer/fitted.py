"""Fitted coefficients of the answering models -- written by ``python -m tests.fit_answering``.

Do not edit by hand: rerun the script (its docstring says on what data and with which
trade-off), review the figures it prints, and commit this file with them.
"""

RANK = {'bm25': 14.2248, 'cover': 6.1802, 'window': 8.4641, 'fit': 4.3546, 'lead': -0.1282}
SHOWN = {'window': 9.2466, 'unknown': -7.9269, 'heading': 27.7524, 'bias': -0.383}
SHOWN_AT = 0.8335
CONFIDENT = {'score': 0.1266, 'margin': 0.6309, 'window': 3.4452, 'document': 2.0875, 'heading': 2.4838, 'unknown': -2.8277, 'bias': -7.1029}
CONFIDENT_AT = 0.8626
