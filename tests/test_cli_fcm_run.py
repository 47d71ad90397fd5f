"""`dyad fcm run`: JSON/table output, scenario options, bad input as one-line errors (exit 2)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from dyad.interfaces.cli import app
from dyad.simulate import FCMConfig, run

runner = CliRunner()

MAP = ",sanctions,trade,trust\nsanctions,0,-0.7,-0.4\ntrade,0,0,0.6\ntrust,0,0.5,0\n"


@pytest.fixture()
def matrix(tmp_path):
    p = tmp_path / "map.csv"
    p.write_text(MAP, encoding="utf-8")
    return p


def invoke(*args):
    return runner.invoke(app, ["fcm", "run", *map(str, args)])


def test_cli_fcm_json_matches_library(matrix):
    res = invoke(matrix, "--rule", "modified-kosko", "--lambda", "2", "--init", "trade=0.8",
                 "--clamp", "sanctions=1", "--json")
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["concepts"] == ["sanctions", "trade", "trust"]
    W = np.array([[0, -0.7, -0.4], [0, 0, 0.6], [0, 0.5, 0]])
    lib = run(W, [0.5, 0.8, 0.5], clamp={0: 1.0}, config=FCMConfig(rule="modified-kosko", lam=2.0))
    np.testing.assert_allclose(out["steady_state"], lib.steady_state, atol=1e-15)
    assert out["steps"] == lib.steps and out["converged"] is True
    assert out["initial_state"] == [1.0, 0.8, 0.5] and out["clamped"] == {"sanctions": 1.0}
    assert len(out["provenance"]["map_hash"]) == 64


def test_cli_fcm_table(matrix):
    res = invoke(matrix, "--clamp", "sanctions=0")
    assert res.exit_code == 0
    assert "converged in" in res.stdout and "clamped" in res.stdout and "trust" in res.stdout


@pytest.mark.parametrize(
    "args,match",
    [
        (["--clamp", "sanction=1"], "did you mean 'sanctions'"),
        (["--init", "Trade=1.5"], "outside [0, 1]"),
        (["--init", "trade"], "not NAME=VALUE"),
        (["--lambda", "0"], "lambda must be"),
        (["--epsilon", "-1"], "epsilon must be"),
    ],
)
def test_cli_fcm_bad_scenario_is_one_line_exit_2(matrix, args, match):
    res = invoke(matrix, *args)
    assert res.exit_code == 2
    assert match in res.stderr and res.stderr.startswith("error:")
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.output


@pytest.mark.parametrize(
    "text,match",
    [
        ("", "empty"),
        (",a,b\na,0,1\n", "not square"),
        (",a,b\na,0,high\nb,0,0\n", "not a number"),
        (",a,b\na,0,2\nb,0,0\n", "outside [-1, 1]"),
    ],
)
def test_cli_fcm_bad_matrix_is_one_line_exit_2(tmp_path, text, match):
    p = tmp_path / "bad.csv"
    p.write_text(text, encoding="utf-8")
    res = invoke(p, "--json")
    assert res.exit_code == 2 and match in res.stderr and "bad.csv" in res.stderr
    assert "Traceback" not in res.output and res.stdout == ""


def test_cli_fcm_missing_file_and_bad_rule(tmp_path):
    res = invoke(tmp_path / "none.csv")
    assert res.exit_code == 2 and "file not found" in res.stderr
    res = runner.invoke(app, ["fcm", "run", str(tmp_path / "none.csv"), "--rule", "hebb"])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_cli_fcm_no_edges_warns(tmp_path):
    p = tmp_path / "empty_map.csv"
    p.write_text(",a,b\na,0,0\nb,0,0\n", encoding="utf-8")
    res = invoke(p, "--init", "a=0.9", "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["steady_state"] == [0.9, 0.5]
    assert "no edges" in res.stderr


def test_cli_fcm_oscillation_flagged_exit_0_or_strict_1(tmp_path):
    p = tmp_path / "osc.csv"
    p.write_text(",x,y\nx,0,1\ny,-1,0\n", encoding="utf-8")
    args = (p, "--transfer", "trivalent", "--init", "x=1", "--init", "y=0", "--max-steps", "12", "--json")
    res = invoke(*args)
    assert res.exit_code == 0
    out = json.loads(res.stdout)
    assert out["converged"] is False and out["steps"] == 12
    assert "did not converge" in res.stderr and "period 4" in res.stderr
    assert invoke(*args, "--strict").exit_code == 1


def test_cli_fcm_help_has_example():
    for args in (["fcm", "--help"], ["fcm", "run", "--help"]):
        res = runner.invoke(app, args)
        assert res.exit_code == 0 and "Example" in res.stdout and "dyad fcm run" in res.stdout
