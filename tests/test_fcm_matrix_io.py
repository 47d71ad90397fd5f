"""Reading a labelled weight matrix from CSV and parsing NAME=VALUE assignments."""

from __future__ import annotations

import numpy as np
import pytest

from dyad.errors import ScenarioError, SimulationError
from dyad.simulate.matrix_io import parse_assignments, parse_matrix_csv, read_matrix_csv


def test_fcm_matrix_csv_rows_in_any_order(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("\ufeff,trade,trust,sanctions\ntrust,0.5,,0\nsanctions,-0.7,-0.4,\ntrade,0,0.6,0\n",
                 encoding="utf-8")
    m = read_matrix_csv(p)
    assert m.concepts == ("trade", "trust", "sanctions")
    np.testing.assert_array_equal(m.W, [[0, 0.6, 0], [0.5, 0, 0], [-0.7, -0.4, 0]])


@pytest.mark.parametrize(
    "text,match",
    [
        ("", "empty"),
        (",a,b\na,0,1\n", "not square"),
        (",a,b\na,0,x\nb,0,0\n", "'x' is not a number"),
        (",a,b\na,0,1.5\nb,0,0\n", "outside \\[-1, 1\\]"),
        (",a,a\na,0,0\na,0,0\n", "duplicate"),
        (",alpha,beta\nalpha,0,0\nbeta2,0,0\n", "did you mean 'beta'"),
        (",a,b\na,0,0,0.3\nb,0,0\n", "3 values for 2 concepts"),
        (",a,b\na,0,nan\nb,0,0\n", "outside"),
    ],
)
def test_fcm_matrix_csv_bad_input(text, match):
    with pytest.raises(SimulationError, match=match):
        parse_matrix_csv(text, source="m.csv")


def test_fcm_matrix_csv_missing_file_names_path(tmp_path):
    with pytest.raises(SimulationError, match="nope.csv: file not found"):
        read_matrix_csv(tmp_path / "nope.csv")


def test_fcm_parse_assignments():
    names = ["Sanctions", "trade", "Trust level"]
    assert parse_assignments(["sanctions=1", "Trust level = 0.25"], names, lo=0, hi=1) == {0: 1.0, 2: 0.25}
    with pytest.raises(ScenarioError, match="did you mean 'trade'"):
        parse_assignments(["trades=0.5"], names, lo=0, hi=1)
    with pytest.raises(ScenarioError, match="outside \\[0, 1\\]"):
        parse_assignments(["trade=1.5"], names, lo=0, hi=1)
    with pytest.raises(ScenarioError, match="not NAME=VALUE"):
        parse_assignments(["trade"], names, lo=0, hi=1)
    with pytest.raises(ScenarioError, match="not a number"):
        parse_assignments(["trade=high"], names, lo=0, hi=1)
