"""The build pipeline (dyad.pipeline, re-exported by the Python API): streaming, counts, idempotence,
failures reported per file."""

from __future__ import annotations

import pytest

import dyad.ingest
import dyad.nlp
from dyad.errors import StoreError
import dyad.pipeline.fingerprint
from dyad.interfaces import api
from dyad.pipeline import BuildEvent, build, pipeline_fingerprint
from dyad.store import Store

NOTES = {
    "a.txt": "Talks in Oslo\n\nThe two ministers met in Oslo on 3 May 2016 and said the talks went well.\n",
    "b.txt": "Trade news\n\nExporters in Norway expect more trade with Japan next year, the minister said.\n",
    "c.md": "# Harbour plan\n\nThe port authority will open a new terminal, an official said on Monday.\n",
}


@pytest.fixture()
def folder(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in NOTES.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def test_api_build_adds_then_skips_then_replaces(nlp, folder, tmp_path):
    db = tmp_path / "k.duckdb"
    first = build([folder], db=db)
    assert (first.added, first.replaced, first.unchanged, first.failed) == (3, 0, 0, 0) and first.ok
    again = build([folder], db=db)
    assert (again.added, again.replaced, again.unchanged, again.failed) == (0, 0, 3, 0)
    (folder / "a.txt").write_text(NOTES["a.txt"] + "They will meet again in June.\n", encoding="utf-8")
    third = build([folder], db=db)
    assert (third.added, third.replaced, third.unchanged) == (0, 1, 2)
    with Store(db) as store:
        assert store.count("documents") == 3
        (doc,) = [d for d in store.documents() if d.source == "a.txt"]
        assert doc.text.endswith("in June.\n")
        assert [b["added"] for b in store.builds()] == [3, 0, 0]


def test_api_build_rebuilds_unchanged_files_when_the_pipeline_changes(nlp, folder, tmp_path, monkeypatch):
    db = tmp_path / "k.duckdb"
    assert build([folder], db=db).added == 3
    assert build([folder], db=db).unchanged == 3
    monkeypatch.setattr(dyad.pipeline.fingerprint, "pipeline_fingerprint", lambda packs: "extractors-changed")
    report = build([folder], db=db)
    assert (report.replaced, report.unchanged) == (3, 0)
    assert build([folder], db=db).unchanged == 3


def test_api_pipeline_fingerprint_depends_on_packs():
    assert pipeline_fingerprint(("generic",)) == pipeline_fingerprint(("generic",))
    assert pipeline_fingerprint(("generic",)) != pipeline_fingerprint(("generic", "russia-japan"))


def test_api_is_a_thin_face_over_the_pipeline():
    assert api.build is build and api.BuildEvent is BuildEvent and api.pipeline_fingerprint is pipeline_fingerprint


def test_api_build_keeps_one_copy_of_identical_files(nlp, folder, tmp_path):
    (folder / "copy-of-a.txt").write_text(NOTES["a.txt"], encoding="utf-8")
    db = tmp_path / "k.duckdb"
    first = build([folder], db=db)
    assert (first.added, first.unchanged) == (3, 1)
    assert any("copy-of-a.txt" in path and "same content" in msg for path, msg in first.warnings)
    again = build([folder], db=db)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 4)
    with Store(db) as store:
        assert store.count("documents") == 3


def test_api_build_reports_bad_files_and_builds_the_rest(nlp, folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    report = build([folder, tmp_path / "missing-folder"], db=tmp_path / "k.duckdb")
    assert (report.added, report.failed) == (3, 3)
    messages = sorted(str(f) for f in report.failures)
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("blob.txt" in m and "binary" in m for m in messages)
    assert any("missing-folder" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_api_build_progress_reports_every_source(nlp, folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    events: list[BuildEvent] = []
    build([folder], db=tmp_path / "k.duckdb", progress=events.append)
    assert sorted((e.path.rsplit("/", 1)[-1], e.status) for e in events) == [
        ("a.txt", "added"), ("b.txt", "added"), ("c.md", "added"), ("empty.txt", "failed")]
    assert [e.done for e in events] == [1, 2, 3, 4] and {e.total for e in events} == {4}


def test_api_build_isolates_a_document_that_breaks_the_pipeline(nlp, folder, tmp_path, monkeypatch):
    real = dyad.nlp.process

    def fragile(documents, **kw):
        for document, doc in real(documents, **kw):
            if "Exporters" in document.text:
                raise RuntimeError("tokenizer exploded")
            yield document, doc

    monkeypatch.setattr(dyad.nlp, "process", fragile)
    report = build([folder], db=tmp_path / "k.duckdb", batch_size=8)
    assert (report.added, report.failed) == (2, 1)
    assert "b.txt" in str(report.failures[0]) and "tokenizer exploded" in str(report.failures[0])


def test_api_build_a_failed_save_keeps_the_others(nlp, folder, tmp_path, monkeypatch):
    real = Store.save

    def save(self, extraction, **kw):
        if extraction.document.source == "c.md":
            raise StoreError("disk full", path=self.path)
        return real(self, extraction, **kw)

    monkeypatch.setattr(Store, "save", save)
    db = tmp_path / "k.duckdb"
    report = build([folder], db=db)
    assert (report.added, report.failed) == (2, 1) and "disk full" in str(report.failures[0])
    monkeypatch.undo()
    with Store(db) as store:
        assert sorted(d.source for d in store.documents()) == ["a.txt", "b.txt"]


def test_api_build_streams_documents(nlp, tmp_path, monkeypatch):
    """Reading runs at most one batch ahead of storing: the corpus is never held."""
    src = tmp_path / "src"
    src.mkdir()
    for i in range(7):
        (src / f"n{i}.txt").write_text(f"Note {i}\n\nThe council met on day {i} and agreed a plan.\n",
                                       encoding="utf-8")
    reads, saved_at = [], []
    real_read, real_save = dyad.ingest.read_document, Store.save
    monkeypatch.setattr(dyad.ingest, "read_document", lambda p: (reads.append(p), real_read(p))[1])

    def save(self, extraction, **kw):
        saved_at.append(len(reads))
        return real_save(self, extraction, **kw)

    monkeypatch.setattr(Store, "save", save)
    report = build([src], db=tmp_path / "k.duckdb", batch_size=2)
    assert report.added == 7
    for k, n_read in enumerate(saved_at, start=1):
        assert n_read <= k + 2, saved_at


def test_api_build_rejects_a_bad_batch_size(tmp_path):
    with pytest.raises(ValueError):
        build([tmp_path], db=tmp_path / "k.duckdb", batch_size=0)


def test_api_build_rejects_an_unknown_engine(tmp_path):
    with pytest.raises(ValueError, match="inprocess"):
        build([tmp_path], db=tmp_path / "k.duckdb", engine="warp-drive")


def test_api_build_takes_an_engine_object(nlp, folder, tmp_path):
    from dyad.pipeline import InProcessEngine

    seen = []

    class Counting(InProcessEngine):
        def run(self, chunks, **kw):
            for outcome in super().run(chunks, **kw):
                seen.append(outcome.document.source)
                yield outcome

    report = build([folder], db=tmp_path / "k.duckdb", engine=Counting(), batch_size=2)
    assert report.added == 3 and sorted(seen) == ["a.txt", "b.txt", "c.md"]
