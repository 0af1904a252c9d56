# Two commands a newcomer needs: `make run` and `make test`. Both create .venv on first use.
# `make run` with stdin from a pipe answers each line; at a terminal it is a chat.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test bench bench-archive eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

run: install
	@$(PY) -m bot

test: install
	$(PY) -m pytest

bench: install
	$(PY) -m tests.bench

# Opt-in, not in CI: issue 14's table at 1,000,000 passages beside rank_bm25 (about an hour).
bench-archive: install
	$(PY) -m tests.bench.archive

# Everything the targets above made: the venv, caches, install metadata, byte code.
clean:
	rm -rf $(VENV) .cache .pytest_cache .hypothesis build dist *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# Answer quality: the external reading-comprehension sets (dev and frozen articles, beside the
# card-literal baseline) and the article's question sets. A few minutes.
eval: install
	$(PY) -m tests.eval_external --baseline
