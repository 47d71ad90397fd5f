"""iter_sources: files and folders expanded, sorted, filtered by suffix."""

from __future__ import annotations

import pytest

from dyad.errors import IngestError
from dyad.ingest import iter_sources, read_documents, source_format


def _tree(tmp_path):
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/deep/d.HTM", "sub/e.pdf", "f.markdown",
                "g.json", ".hidden/h.txt", ".i.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("The leaders met and they talked about the trade plan.", encoding="utf-8")
    return tmp_path


def test_ingest_sources_walk_folder_sorted_and_filtered(tmp_path):
    root = _tree(tmp_path)
    got = [p.relative_to(root).as_posix() for p in iter_sources([root])]
    assert got == ["a.md", "b.txt", "f.markdown", "sub/c.html", "sub/deep/d.HTM"]


def test_ingest_sources_explicit_file_kept_whatever_suffix(tmp_path):
    root = _tree(tmp_path)
    got = list(iter_sources([root / "g.json", str(root / "b.txt"), root / "b.txt"]))
    assert [p.name for p in got] == ["g.json", "b.txt"]  # each file once


def test_ingest_sources_missing_path_raises_with_fix(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(IngestError) as info:
        list(iter_sources([missing]))
    assert str(missing) in str(info.value) and "check" in str(info.value)


def test_ingest_source_format_by_suffix(tmp_path):
    assert [source_format(tmp_path / n) for n in ["a.TXT", "a.md", "a.markdown", "a.htm", "a.x"]] \
        == ["txt", "md", "md", "html", "txt"]


def test_ingest_read_documents_reports_bad_file_and_goes_on(tmp_path):
    root = _tree(tmp_path)
    (root / "sub" / "empty.txt").write_bytes(b"")
    errors = []
    docs = list(read_documents([root], on_error=lambda p, e: errors.append((p.name, e))))
    assert len(docs) == 5
    assert [name for name, _ in errors] == ["empty.txt"]
    with pytest.raises(IngestError):
        list(read_documents([root]))
