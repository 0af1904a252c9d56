"""Fitted coefficients of the answering models -- written by ``python -m tests.fit_answering``.

Do not edit by hand: rerun the script (its docstring says on what data and with which
trade-off), review the figures it prints, and commit this file with them.
"""

RANK = {'bm25': 13.2227, 'cover': 5.5213, 'window': 7.694, 'fit': 5.4045, 'lacks': -2.4986, 'lead': 0.3286}
SHOWN = {'window': 6.1694, 'unknown': -7.7307, 'heading': 29.0818, 'bias': 0.4644}
SHOWN_AT = 0.783
CONFIDENT = {'margin': 0.6908, 'window': 3.694, 'document': 3.4281, 'heading': 3.6003, 'unknown': -1.0214, 'bias': -5.1896}
CONFIDENT_AT = 0.9037
