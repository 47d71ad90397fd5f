"""The runnable examples in the simulate docstrings are correct."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "dyad.simulate.fcm",
    "dyad.simulate.engine",
    "dyad.simulate.reference",
    "dyad.simulate.transfer",
    "dyad.simulate.results",
    "dyad.simulate.metrics",
    "dyad.simulate.matrix_io",
]


@pytest.mark.parametrize("name", MODULES)
def test_fcm_doctests_pass(name):
    module = importlib.import_module(name)
    failed, attempted = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert attempted > 0 and failed == 0


def test_fcm_simulate_imports_no_higher_layer():
    import ast
    from pathlib import Path

    import dyad.simulate as sim

    allowed = {"dyad", "dyad.errors", "dyad.records"}
    for path in Path(sim.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dyad"):
                assert node.module in allowed or node.module.startswith("dyad.simulate"), (path, node.module)
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] not in {"pandas", "networkx", "spacy", "duckdb"}, path
