"""The Python API: build a knowledge base from source files (the CLI is a thin shell on it).

``build`` streams every source through ingest -> nlp -> extract -> store, one document at
a time (spaCy parses them in batches of ``batch_size``), so memory does not grow with the
number of documents. A file already stored with the same content and built by the same
pipeline (see :func:`pipeline_fingerprint`) is skipped. A document that fails anywhere is reported with a one-line reason and
the rest of the batch is built; nothing already stored is lost.

>>> from dyad.interfaces.api import build
>>> report = build(["../shared/corpus/russia-japan-2017"], db="dyad.duckdb")  # doctest: +SKIP
>>> report.added, report.failed  # doctest: +SKIP
(5, 0)
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from dyad.errors import DyadError, IngestError
from dyad.nlp.pipeline import DEFAULT_PACKS  # no spaCy import until a pipeline is built
from dyad.records import Document, Extraction
from dyad.store import Store

__all__ = ["BuildFailure", "BuildEvent", "BuildReport", "build", "open_store", "pipeline_fingerprint",
           "DEFAULT_PACKS"]



@dataclass(frozen=True, slots=True)
class BuildFailure:
    """A source that could not be built, with a one-line reason."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message if self.message.startswith(self.path) else f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class BuildEvent:
    """Handed to the ``progress`` callback after each source is finished."""

    path: str
    status: str  # added | replaced | unchanged | failed
    done: int
    total: int
    message: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class BuildReport:
    """What one build did: counts, failures (file + reason) and per-file warnings."""

    db: str
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[BuildFailure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, message)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{self.failed} failed in {self.seconds:.1f} s -> {self.db}")


def open_store(db: str | os.PathLike | Store | None = None, **kwargs) -> Store:
    """A :class:`Store` for ``db`` (a path, ``None`` for ``$DYAD_DB``/``./dyad.duckdb``, or a store)."""
    return db if isinstance(db, Store) else Store(db, **kwargs)


class _Run:
    """Mutable state of one build (counts and the progress callback)."""

    def __init__(self, report: BuildReport, total: int, progress: Callable[[BuildEvent], None] | None):
        self.report, self.total, self.progress, self.done = report, total, progress, 0

    def finish(self, path: str, status: str, message: str | None = None, warnings: Sequence[str] = ()) -> None:
        r = self.report
        setattr(r, status, getattr(r, status) + 1)
        if status == "failed":
            r.failures.append(BuildFailure(path, message or "failed"))
        r.warnings.extend((path, w) for w in warnings)
        self.done += 1
        if self.progress is not None:
            self.progress(BuildEvent(path, status, self.done, self.total, message, tuple(warnings)))


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text if isinstance(exc, DyadError) else f"{type(exc).__name__}: {text}"


def _sources(paths: Iterable[str | os.PathLike], report: BuildReport) -> list[Path]:
    """Expand ``paths`` (a path that does not exist is a reported failure, not the end)."""
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
            report.failures.append(BuildFailure(str(raw), _one_line(exc)))
    return out


_FINGERPRINT_DIRS = ("ingest", "nlp", "extract")
_FINGERPRINT_SUFFIXES = {".py", ".json", ".yaml", ".yml", ".txt", ".tsv", ".csv"}


def pipeline_fingerprint(packs: Sequence[str] = DEFAULT_PACKS) -> str:
    """A hash of everything that shapes the records of a document.

    The dyad, spaCy and model versions, the packs, and the code and data files of the
    ingest, nlp and extract layers: a file whose content *and* fingerprint are unchanged
    is skipped by :func:`build`; after a change to the extractors it is rebuilt.
    """
    import hashlib
    from importlib import metadata

    import dyad
    from dyad.nlp.pipeline import MODEL_NAME

    h = hashlib.sha256()
    versions = [dyad.__version__, ",".join(packs)]
    for dist in ("spacy", MODEL_NAME.replace("_", "-")):
        try:
            versions.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}=?")
    h.update("\n".join(versions).encode())
    root = Path(dyad.__file__).parent
    for sub in _FINGERPRINT_DIRS:
        for f in sorted((root / sub).rglob("*")):
            if f.suffix in _FINGERPRINT_SUFFIXES and f.is_file() and "__pycache__" not in f.parts:
                h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def _read(sources: Iterable[Path], store: Store, run: _Run, fingerprint: str) -> Iterator[Document]:
    """Documents that need building (unreadable ones are reported; unchanged ones skipped)."""
    from dyad.ingest import read_document

    seen: dict[str, str] = {}  # sha256 -> path, for copies within this build (64 bytes a file)
    for path in sources:
        try:
            document = read_document(path)
        except DyadError as exc:
            run.finish(str(path), "failed", _one_line(exc))
            continue
        except Exception as exc:  # a bug in ingest must not stop the batch
            run.finish(str(path), "failed", f"cannot read: {_one_line(exc)}")
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


def _parse(documents: list[Document], *, packs, batch_size: int, run: _Run) -> Iterator[tuple[Document, object]]:
    """Parse one chunk with ``nlp.pipe``; if the batch fails, parse its documents one by one."""
    from dyad.nlp import process

    done = 0
    try:
        for pair in process(documents, batch_size=batch_size, packs=packs):
            done += 1
            yield pair
        return
    except DyadError:
        raise  # the pipeline itself cannot load: nothing can be built
    except Exception:
        pass
    for document in documents[done:]:
        try:
            pairs = list(process([document], batch_size=1, packs=packs))
        except Exception as exc:
            run.finish(document.path, "failed", f"language pipeline failed: {_one_line(exc)}")
            continue
        yield from pairs


def _valid(extraction: Extraction) -> tuple[Extraction, list[str]]:
    """Drop records whose spans fall outside the text (provenance is never stored broken)."""
    n = len(extraction.document.text)
    dropped: list[str] = []

    def ok(rec) -> bool:
        spans = [(rec.start_char, rec.end_char)]
        for name in ("cue", "speaker_span", "date_span", "cause_span", "effect_span"):
            sp = getattr(rec, name, None)
            if sp is not None:
                spans.append((sp.start, sp.end))
        spans += [(s.start, s.end) for s in getattr(rec, "evidence", ())]
        spans += [(m.start_char, m.end_char) for m in getattr(rec, "mentions", ())]
        good = all(0 <= a <= b <= n for a, b in spans) and getattr(rec, "doc_id", None) == extraction.document.id
        if not good:
            dropped.append(f"dropped a {type(rec).__name__} record with a span outside the text")
        return good

    for kind in ("persons", "organizations", "states", "statements", "events", "causal_claims", "stances"):
        setattr(extraction, kind, [r for r in getattr(extraction, kind) if ok(r)])
    extraction.warnings.extend(dropped)
    return extraction, dropped


def _file_warnings(document: Document, warnings: Iterable[str]) -> list[str]:
    prefix = f"{document.source}: "
    return [w[len(prefix):] if w.startswith(prefix) else w for w in warnings]


def build(
    paths: Iterable[str | os.PathLike] | str | os.PathLike,
    *,
    db: str | os.PathLike | Store | None = None,
    packs: Sequence[str] = DEFAULT_PACKS,
    batch_size: int = 16,
    progress: Callable[[BuildEvent], None] | None = None,
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
        Documents per ``nlp.pipe`` batch.
    progress : callable, optional
        Called with a :class:`BuildEvent` after each source.

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
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc).replace(tzinfo=None)
    store = open_store(db)
    report = BuildReport(db=store.path)
    packs = tuple(packs)
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    try:
        from dyad.extract import extract_document

        sources = _sources(paths, report)
        run = _Run(report, len(sources) + report.failed, progress)
        run.done = report.failed
        fingerprint = pipeline_fingerprint(packs)
        pending = _read(sources, store, run, fingerprint)
        while chunk := list(islice(pending, batch_size)):
            for document, doc in _parse(chunk, packs=packs, batch_size=batch_size, run=run):
                try:
                    extraction, _ = _valid(extract_document(doc, document))
                except Exception as exc:  # extract_document isolates extractors; this is a bug
                    run.finish(document.path, "failed", f"extraction failed: {_one_line(exc)}")
                    continue
                try:
                    status = store.save(extraction, pipeline=fingerprint)
                except Exception as exc:  # StoreError: rolled back, the rest goes on
                    run.finish(document.path, "failed", _one_line(exc))
                    continue
                run.finish(document.path, status, warnings=_file_warnings(document, extraction.warnings))
        report.seconds = time.perf_counter() - t0
        try:
            store.log_build(started_at=started, paths=[str(p) for p in paths],
                            packs=packs, added=report.added, replaced=report.replaced,
                            unchanged=report.unchanged, failed=report.failed,
                            failures=[str(f) for f in report.failures])
        except Exception as exc:  # the documents are stored; a log row is not worth failing for
            report.warnings.append((store.path, f"could not record the build log: {_one_line(exc)}"))
    finally:
        if store is not db:
            store.close()
    return report
