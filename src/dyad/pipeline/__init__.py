"""The build layer: one pipeline from source files to stored records.

``build(paths, db=...)`` reads sources (:mod:`~dyad.pipeline.sources`), hands them in chunks
to an engine (:mod:`~dyad.pipeline.engine`; in-process today, the only part that varies)
that parses, extracts and validates each document (:mod:`~dyad.pipeline.worker`), and stores
the results, reporting progress and failures (:mod:`~dyad.pipeline.report`); unchanged files
are recognised by content hash and :func:`pipeline_fingerprint`.

Sits above ``store`` and below ``model``: may import ``records``, ``errors``, ``ingest``,
``nlp``, ``extract`` and ``store``; ``interfaces`` (the Python API and the CLI) are thin
callers of it.

>>> from dyad.pipeline import build
>>> report = build(["../shared/corpus/russia-japan-2017"], db="dyad.duckdb")  # doctest: +SKIP
>>> report.added, report.failed  # doctest: +SKIP
(5, 0)
"""

from __future__ import annotations

from dyad.pipeline.builder import build
from dyad.pipeline.engine import ENGINES, Engine, InProcessEngine, get_engine
from dyad.pipeline.fingerprint import pipeline_fingerprint
from dyad.pipeline.report import BuildEvent, BuildFailure, BuildReport
from dyad.pipeline.worker import Outcome, extract_chunk

__all__ = ["build", "BuildReport", "BuildEvent", "BuildFailure", "pipeline_fingerprint", "Engine",
           "InProcessEngine", "ENGINES", "get_engine", "Outcome", "extract_chunk"]
