"""The read stage: expand paths into sources, read each into a Document, skip what is stored.

A path that does not exist and a file that cannot be read are reported failures, never the
end of the build; a file stored with the same content by the same pipeline is ``unchanged``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from dyad.errors import DyadError, IngestError
from dyad.pipeline.report import BuildFailure, BuildReport, Run, one_line
from dyad.records import Document
from dyad.store import Store

__all__ = ["expand_sources", "read_pending"]


def expand_sources(paths: Iterable[str | os.PathLike], report: BuildReport) -> list[Path]:
    """Expand ``paths`` into files, once each (a path that does not exist is a reported failure)."""
    from dyad.ingest import iter_sources

    out, seen = [], set()
    for raw in paths:
        try:
            for p in iter_sources([raw]):
                key = Path(p).resolve()
                if key not in seen:
                    seen.add(key)
                    out.append(Path(p))
        except IngestError as exc:
            report.failed += 1
            report.failures.append(BuildFailure(str(raw), one_line(exc)))
    return out


def read_pending(sources: Iterable[Path], store: Store, run: Run, fingerprint: str) -> Iterator[Document]:
    """Documents that need building, read lazily (unreadable ones are reported; unchanged ones skipped)."""
    from dyad.ingest import read_document

    seen: dict[str, str] = {}  # sha256 -> path, for copies within this build (64 bytes a file)
    for path in sources:
        try:
            document = read_document(path)
        except DyadError as exc:
            run.finish(str(path), "failed", one_line(exc))
            continue
        except Exception as exc:  # a bug in ingest must not stop the batch
            run.finish(str(path), "failed", f"cannot read: {one_line(exc)}")
            continue
        if store.has_document(document.path, document.sha256, fingerprint):
            run.finish(str(path), "unchanged")
            continue
        same = seen.get(document.sha256) or store.content_path(document.sha256, fingerprint)
        if same is not None and store.stored_sha256(document.path) is None:
            # a copy of a stored file: keep one document, not two that replace each other
            run.finish(str(path), "unchanged", warnings=[f"same content as {same}, which is stored; skipped"])
            continue
        seen[document.sha256] = document.path
        yield document
