"""The knowledge-base commands in-process (typer CliRunner) against a temporary database."""

from __future__ import annotations

import json
import re

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from dyad.interfaces.cli import app
from dyad.store import Store

runner = CliRunner()

GOOD = {
    "one.txt": "Port talks\n\nThe mayor of Bergen said on 4 June 2016 that the new port would open soon.\n",
    "two.txt": "Fishing deal\n\nNorway and Iceland signed a fishing agreement in Reykjavik in March 2015.\n",
}


def invoke(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


@pytest.fixture()
def built(nlp, tmp_path):
    """A folder of short files (good and bad) and a database built from it."""
    src = tmp_path / "src"
    src.mkdir()
    for name, text in GOOD.items():
        (src / name).write_text(text, encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (src / "latin.txt").write_bytes("Caf\xe9 talks\n\nThe caf\xe9 owners in Troms\xf8 said business was good.\n"
                                    .encode("latin-1"))
    db = tmp_path / "kb.duckdb"
    result = invoke("build", src, "--db", db)
    return src, db, result


def _all_commands():
    root = get_command(app)
    out = []

    def walk(cmd, path):
        subs = getattr(cmd, "commands", None)  # a group (typer's own or click's)
        if subs:
            for name, sub in subs.items():
                walk(sub, path + [name])
        else:
            out.append(path)

    walk(root, [])
    return out


def test_cli_kb_every_command_help_has_an_example():
    commands = _all_commands()
    assert ["build"] in commands and ["export"] in commands
    for path in commands:
        result = invoke(*path, "--help")
        assert result.exit_code == 0, path
        assert "Example" in result.output, f"`dyad {' '.join(path)} --help` shows no example"


def test_cli_kb_build_reports_bad_files_and_stores_good_ones(built):
    src, db, result = built
    assert result.exit_code == 1
    out = result.output
    assert "Traceback" not in out
    assert re.search(r"failed: .*empty\.txt.*empty", out)
    assert re.search(r"failed: .*image\.txt.*binary", out)
    assert re.search(r"warning: .*latin\.txt.*(cp1252|latin-1)", out)
    assert "3 added" in out and "2 failed" in out
    with Store(db) as store:
        docs = {d.source: d for d in store.documents()}
    assert set(docs) == {"one.txt", "two.txt", "latin.txt"}
    assert "Tromsø" in docs["latin.txt"].text


def test_cli_kb_build_again_is_a_noop(built):
    src, db, _ = built
    (src / "empty.txt").unlink()
    (src / "image.txt").unlink()
    result = invoke("build", src, "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == ""
    with Store(db) as store:
        assert store.builds()[-1]["unchanged"] == 3


def test_cli_kb_report_cites_evidence(built):
    _, db, _ = built
    result = invoke("report", "--db", db)
    assert result.exit_code == 0, result.output
    for title in ("Port talks", "Fishing deal"):
        assert title in result.output
    for section in ("Documents", "Persons", "Timeline", "Statements", "Causal claims", "Stances"):
        assert section in result.output
    assert re.search(r"\[(one|two|latin)\.txt:\d+-\d+\]", result.output)


def test_cli_kb_show_prints_the_document(built):
    _, db, _ = built
    result = invoke("show", "two.txt", "--db", db)
    assert result.exit_code == 0, result.output
    assert "fishing agreement" in result.output and "legend" in result.output


def test_cli_kb_show_unknown_document_is_one_line_error(built):
    _, db, _ = built
    result = invoke("show", "nothing-like-this.txt", "--db", db)
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and str(db) in lines[0]
    assert "dyad report" in lines[0]


def test_cli_kb_export_to_stdout_and_file(built, tmp_path):
    _, db, _ = built
    result = invoke("export", "--format", "json", "--db", db)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "dyad.export/1"
    assert sorted(d["source"] for d in data["documents"]) == ["latin.txt", "one.txt", "two.txt"]
    out = tmp_path / "out" / "export.json"
    result = invoke("export", "--db", db, "--output", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == data
    plain = invoke("export", "--db", db, "--no-model")
    assert plain.exit_code == 0 and json.loads(plain.stdout)["concepts"] == []


def test_cli_kb_db_from_environment(built):
    _, db, _ = built
    result = invoke("export", env={"DYAD_DB": str(db)})
    assert result.exit_code == 0 and len(json.loads(result.stdout)["documents"]) == 3


@pytest.mark.parametrize("args", [["export", "--format", "xml"], ["report"], ["show", "x"]])
def test_cli_kb_errors_are_one_line_without_traceback(tmp_path, args):
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_text("plain text, not a database\n" * 40)
    result = invoke(*args, "--db", bad)
    assert result.exit_code == 1
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert "Traceback" not in result.output
    assert "--db" in lines[0] or "--format json" in lines[0]


def test_cli_kb_report_on_a_missing_database_says_how_to_build(tmp_path):
    result = invoke("report", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "dyad build" in result.output
