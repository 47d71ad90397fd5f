"""The Python API: what the CLI, the future REST API and notebooks call.

A thin face over the layers below: the build is :mod:`dyad.pipeline` (read -> parse ->
extract -> validate -> store, with progress and fingerprints), the knowledge base is
:class:`dyad.store.Store`.

>>> from dyad.interfaces.api import build
>>> report = build(["../shared/corpus/russia-japan-2017"], db="dyad.duckdb")  # doctest: +SKIP
>>> report.added, report.failed  # doctest: +SKIP
(5, 0)
"""

from __future__ import annotations

from dyad.nlp.pipeline import DEFAULT_PACKS  # no spaCy import until a pipeline is built
from dyad.pipeline import BuildEvent, BuildFailure, BuildReport, build, pipeline_fingerprint
from dyad.store import open_store

__all__ = ["BuildFailure", "BuildEvent", "BuildReport", "build", "open_store", "pipeline_fingerprint",
           "DEFAULT_PACKS"]
