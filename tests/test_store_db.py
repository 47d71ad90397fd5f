"""The DuckDB store: migrations, round trips, idempotent re-ingest, atomic replacement."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dyad.errors import StoreError
from dyad.records import (
    CausalClaim, Document, Event, Extraction, Mention, Organization, Person, Span, Stance, State, Statement,
)
from dyad.store import Store, migrations, resolve_db_path, writer

TEXT = "Ann Lee said talks in Oslo went well. Sanctions limit trade with Norway. The summit was in May."


def make_extraction(doc_id="d1", path="notes/a.txt", sha="aaa", text=TEXT, n_statements=1) -> Extraction:
    doc = Document(id=doc_id, source=path.rsplit("/", 1)[-1], path=path, sha256=sha, text=text,
                   title="Talks", authors=("Ann Lee",), publisher="Desk", date="2017-05",
                   date_span=Span(90, 93), boilerplate=(Span(0, 3),), language="en",
                   warnings=("decoded as cp1252 (not valid UTF-8)",))
    ann = Mention(doc_id, 0, 7, "Ann Lee", kind="name", extractor="persons", confidence=0.9)
    oslo = Mention(doc_id, 22, 26, "Oslo", kind="metonym", extractor="states")
    return Extraction(
        document=doc,
        persons=[Person(doc_id, 0, 7, "Ann Lee", roles=("analyst",), affiliations=("Desk",), nationality="NO",
                        kind="expert", mentions=(ann,), confidence=0.9)],
        organizations=[Organization(doc_id, 0, 7, "Desk", kind="media", mentions=())],
        states=[State(doc_id, 22, 26, "Norway", code="NO", mentions=(oslo, Mention(doc_id, 65, 71, "Norway")))],
        statements=[Statement(doc_id, 13, 36, "Ann Lee", "indirect", cue=Span(8, 12), speaker_span=Span(0, 7),
                              confidence=0.8) for _ in range(n_statements)],
        events=[Event(doc_id, 73, 95, "summit", date="2017-05", date_text="May", date_span=Span(90, 93),
                      participants=("Norway",), place="Oslo", trigger="summit")],
        causal_claims=[CausalClaim(doc_id, 38, 72, "Sanctions", "trade with Norway", "-", "asserted", "author",
                                   cause_span=Span(38, 47), effect_span=Span(54, 71), marker="limit")],
        stances=[Stance(doc_id, 0, 37, "Ann Lee", 1, evidence=(Span(0, 37),))],
        warnings=["decoded as cp1252 (not valid UTF-8)", "a.txt: something odd"],
    )


def table_counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in writer.TABLES}


def test_store_migrations_recorded_and_idempotent(tmp_path):
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        first = store.migrations()
    assert [v for v, _, _ in first] == sorted(m.version for m in migrations.MIGRATIONS)
    assert all(name for _, name, _ in first)
    with Store(db) as store:
        assert store.migrations() == first  # nothing re-applied, applied_at unchanged


def test_store_reopen_applies_only_missing_migrations(tmp_path, monkeypatch):
    db = tmp_path / "k.duckdb"
    Store(db).close()
    calls = []

    def m99(conn):
        calls.append(1)
        conn.execute("CREATE TABLE notes (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [migrations.Migration(99, "notes", m99)])
    with Store(db) as store:
        before = store.migrations()
        assert before[-1][:2] == (99, "notes")
        assert store.conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
    with Store(db) as store:
        assert store.migrations() == before
    assert calls == [1]


def test_store_failing_migration_rolls_back(tmp_path, monkeypatch):
    db = tmp_path / "k.duckdb"
    Store(db).close()

    def broken(conn):
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [migrations.Migration(98, "broken", broken)])
    with pytest.raises(StoreError, match="migration 98") as err:
        Store(db)
    assert str(db) in str(err.value)
    monkeypatch.undo()
    with Store(db) as store:
        assert 98 not in [v for v, _, _ in store.migrations()]
        tables = {r[0] for r in store.conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert "half_done" not in tables


def test_store_roundtrip_keeps_every_field():
    ex = make_extraction()
    with Store(":memory:") as store:
        assert store.save(ex) == "added"
        back = store.extraction("d1")
    assert back.document == ex.document
    for kind in ("persons", "organizations", "states", "statements", "events", "causal_claims", "stances"):
        assert getattr(back, kind) == getattr(ex, kind), kind
    assert back.warnings == ex.warnings


def test_store_readers_return_records_across_documents():
    with Store(":memory:") as store:
        store.save(make_extraction("d1", "x/a.txt", "s1"))
        store.save(make_extraction("d2", "x/b.txt", "s2", n_statements=2))
        assert [d.source for d in store.documents()] == ["a.txt", "b.txt"]
        assert [s.doc_id for s in store.statements()] == ["d1", "d2", "d2"]
        assert len(store.statements("d2")) == 2
        assert [p.name for p in store.persons()] == ["Ann Lee", "Ann Lee"]
        assert [e.document.id for e in store.extractions()] == ["d1", "d2"]
        assert store.extraction("nope") is None


def test_store_unchanged_file_is_detected():
    with Store(":memory:") as store:
        store.save(make_extraction(path="notes/a.txt", sha="aaa"))
        assert store.has_document("notes/a.txt", "aaa")
        assert store.has_document("notes/../notes/a.txt", "aaa")  # same file, other spelling
        assert not store.has_document("notes/a.txt", "bbb")
        assert not store.has_document("notes/b.txt", "aaa")


def test_store_changed_file_replaces_document_and_records():
    with Store(":memory:") as store:
        store.save(make_extraction("d-old", "notes/a.txt", "aaa", n_statements=3))
        store.save(make_extraction("d-other", "notes/b.txt", "ccc"))
        new = make_extraction("d-new", "notes/a.txt", "bbb", n_statements=1)
        assert store.save(new) == "replaced"
        assert [d.id for d in store.documents()] == ["d-new", "d-other"]
        for table in writer.TABLES:
            col = "id" if table == "documents" else "doc_id"
            n = store.conn.execute(f"SELECT count(*) FROM {table} WHERE {col} = 'd-old'").fetchone()[0]
            assert n == 0, table
        assert len(store.statements("d-new")) == 1
        assert store.extraction("d-other") is not None


def test_store_failed_save_rolls_back_and_keeps_old_data(monkeypatch):
    with Store(":memory:") as store:
        store.save(make_extraction("d-old", "notes/a.txt", "aaa", n_statements=3))
        before = table_counts(store)
        real_insert = writer.insert_rows

        def failing(conn, table, rows):
            if table == "events":  # after documents, persons and statements were written
                raise RuntimeError("disk full")
            real_insert(conn, table, rows)

        monkeypatch.setattr(writer, "insert_rows", failing)
        with pytest.raises(StoreError, match="nothing was changed"):
            store.save(make_extraction("d-new", "notes/a.txt", "bbb", n_statements=1))
        monkeypatch.undo()
        assert table_counts(store) == before
        assert [d.id for d in store.documents()] == ["d-old"]
        assert len(store.statements("d-old")) == 3
        assert store.has_document("notes/a.txt", "aaa")


def test_store_rejects_a_record_of_another_document():
    ex = make_extraction("d1")
    ex.statements.append(Statement("other-doc", 0, 3, "x", "indirect"))
    with Store(":memory:") as store:
        with pytest.raises(StoreError, match="another document"):
            store.save(ex)
        assert store.count("documents") == 0


def test_store_delete_document():
    with Store(":memory:") as store:
        store.save(make_extraction("d1"))
        assert store.delete_document("d1")
        assert not store.delete_document("d1")
        assert sum(table_counts(store).values()) == 0


def test_store_document_lookup_by_id_source_and_prefix():
    with Store(":memory:") as store:
        store.save(make_extraction("d1", "x/alpha.txt", "s1"))
        store.save(make_extraction("d2", "x/alpine.txt", "s2"))
        assert store.document("d2").source == "alpine.txt"
        assert store.document("alpha.txt").id == "d1"
        assert store.document("alpi").id == "d2"
        assert store.document("zzz") is None
        with pytest.raises(StoreError, match="several documents"):
            store.document("alp")


def test_store_build_log_is_recorded():
    from datetime import datetime

    with Store(":memory:") as store:
        store.log_build(started_at=datetime(2020, 1, 1), paths=["a"], packs=["generic"], added=2, replaced=0,
                        unchanged=1, failed=1, failures=["b.txt: file is empty"])
        (row,) = store.builds()
    assert (row["added"], row["unchanged"], row["failed"]) == (2, 1, 1)
    assert row["failures"] == ["b.txt: file is empty"] and row["paths"] == ["a"]


def test_store_default_path_comes_from_env(monkeypatch):
    monkeypatch.setenv("DYAD_DB", "/tmp/from-env.duckdb")
    assert resolve_db_path(None) == "/tmp/from-env.duckdb"
    assert resolve_db_path("given.duckdb") == "given.duckdb"
    monkeypatch.delenv("DYAD_DB")
    assert resolve_db_path(None) == "dyad.duckdb"


def test_store_not_a_duckdb_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("just some text, not a database\n" * 50)
    with pytest.raises(StoreError) as err:
        Store(bad)
    assert str(bad) in str(err.value) and "not a DuckDB database" in str(err.value)
    assert "--db" in str(err.value)


def test_store_missing_database_for_readers(tmp_path):
    with pytest.raises(StoreError, match="dyad build"):
        Store(tmp_path / "none.duckdb", create=False)


def test_store_locked_database_is_a_clear_error(tmp_path):
    db = tmp_path / "k.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked") as err:
            Store(db)
        assert str(db) in str(err.value)
    finally:
        holder.communicate("", timeout=30)


def test_store_finds_stored_content_by_hash_and_path():
    with Store(":memory:") as store:
        store.save(make_extraction("d1", "x/a.txt", "s1"), pipeline="p1")
        assert store.stored_sha256("x/a.txt") == "s1" and store.stored_sha256("x/b.txt") is None
        assert store.content_path("s1") == "x/a.txt"
        assert store.content_path("s1", "p1") == "x/a.txt" and store.content_path("s1", "p2") is None
        assert store.has_document("x/a.txt", "s1", "p1") and not store.has_document("x/a.txt", "s1", "p2")


def test_store_memory_limit_is_bounded_and_configurable(monkeypatch):
    with Store(":memory:") as store:
        default = store.conn.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    monkeypatch.setenv("DYAD_DB_MEMORY", "300MB")
    with Store(":memory:") as store:
        assert store.conn.execute("SELECT current_setting('memory_limit')").fetchone()[0] != default
    monkeypatch.setenv("DYAD_DB_MEMORY", "lots")
    with pytest.raises(StoreError, match="DYAD_DB_MEMORY"):
        Store(":memory:")
