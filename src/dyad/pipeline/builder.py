"""The build: every source through ingest -> nlp -> extract -> store, one document at a time.

Documents are read lazily and handed to the engine in chunks of ``batch_size`` (spaCy parses
a chunk in one ``nlp.pipe`` call), so memory does not grow with the number of documents. A
file already stored with the same content and built by the same pipeline (see
:func:`~dyad.pipeline.fingerprint.pipeline_fingerprint`) is skipped. A document that fails
anywhere is reported with a one-line reason and the rest of the batch is built; nothing
already stored is lost.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from itertools import islice
from typing import Callable, Iterable, Iterator, Sequence

from dyad.nlp.pipeline import DEFAULT_PACKS  # no spaCy import until a pipeline is built
from dyad.pipeline import fingerprint as _fingerprint
from dyad.pipeline.engine import Engine, get_engine
from dyad.pipeline.report import BuildEvent, BuildReport, Run, one_line
from dyad.pipeline.sources import expand_sources, read_pending
from dyad.records import Document
from dyad.store import Store, open_store

__all__ = ["build"]


def build(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    db: str | os.PathLike | Store | None = None,
    packs: Sequence[str] = DEFAULT_PACKS,
    batch_size: int = 16,
    progress: Callable[[BuildEvent], None] | None = None,
    engine: str | Engine | None = None,
) -> BuildReport:
    """Build (or update) a knowledge base from files and folders.

    Parameters
    ----------
    paths : path or iterable of paths
        Files and folders (folders are walked for .txt, .md and .html files).
    db : path, Store or None
        The database (default ``$DYAD_DB`` or ``./dyad.duckdb``); a :class:`Store` is used
        as given and left open.
    packs : sequence of str
        Domain packs for the language pipeline.
    batch_size : int
        Documents per chunk (one ``nlp.pipe`` call each).
    progress : callable, optional
        Called with a :class:`BuildEvent` after each source.
    engine : str or Engine, optional
        What runs the extraction (default: in this process; see :mod:`dyad.pipeline.engine`).

    Returns
    -------
    BuildReport
        Counts of added, replaced, unchanged and failed documents, and the failures.

    Raises
    ------
    StoreError
        If the database cannot be opened. NLPError if the language pipeline cannot load.
        Problems with single documents are reported, never raised.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    runner = get_engine(engine)
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    store = open_store(db)
    report = BuildReport(db=store.path)
    packs = tuple(packs)
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    try:
        sources = expand_sources(paths, report)
        run = Run(report, len(sources) + report.failed, progress)
        run.done = report.failed
        fingerprint = _fingerprint.pipeline_fingerprint(packs)
        pending = read_pending(sources, store, run, fingerprint)
        for outcome in runner.run(_chunks(pending, batch_size), packs=packs, batch_size=batch_size):
            document = outcome.document
            if outcome.failure is not None:
                run.finish(document.path, "failed", outcome.failure)
                continue
            extraction = outcome.extraction
            try:
                status = store.save(extraction, pipeline=fingerprint)
            except Exception as exc:  # StoreError: rolled back, the rest goes on
                run.finish(document.path, "failed", one_line(exc))
                continue
            run.finish(document.path, status, warnings=_file_warnings(document, extraction.warnings))
        report.seconds = time.perf_counter() - t0
        try:
            store.log_build(started_at=started, paths=[str(p) for p in paths],
                            packs=packs, added=report.added, replaced=report.replaced,
                            unchanged=report.unchanged, failed=report.failed,
                            failures=[str(f) for f in report.failures])
        except Exception as exc:  # the documents are stored; a log row is not worth failing for
            report.warnings.append((store.path, f"could not record the build log: {one_line(exc)}"))
    finally:
        if store is not db:
            store.close()
    return report


def _chunks(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    while chunk := list(islice(documents, size)):
        yield chunk


def _file_warnings(document: Document, warnings: Iterable[str]) -> list[str]:
    prefix = f"{document.source}: "
    return [w[len(prefix):] if w.startswith(prefix) else w for w in warnings]
