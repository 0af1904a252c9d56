"""The warm-up builds every once-per-process table English questions read (bot/answer/english/tables.py)."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import bot.answer.english
import index.english
from bot.answer.english.tables import BUILDERS
from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index
from tests.conftest import engine_with


def _tables() -> list:
    """Every function of no argument cached once per process in the English packages."""
    found = []
    for package in (bot.answer.english, index.english):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if (
                    hasattr(value, "cache_info") and getattr(value, "__module__", None) == module.__name__
                    and not inspect.signature(value).parameters
                    and value.cache_info().maxsize == 1
                ):
                    found.append(value)
    return found


def test_the_warm_up_builds_every_table_before_a_question(tmp_path) -> None:
    tables = _tables()
    assert set(BUILDERS) <= set(tables)
    kept = {load_dictionary, gloss_index}  # the dictionary itself: every test reads it
    for table in tables:
        if table not in kept:
            table.cache_clear()
    engine = engine_with(tmp_path, {})
    engine.warm_up()
    unbuilt = [f"{t.__module__}.{t.__name__}" for t in tables if t.cache_info().currsize == 0]
    assert unbuilt == []
