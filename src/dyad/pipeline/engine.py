"""Engines: what runs :func:`~dyad.pipeline.worker.extract_chunk` over the chunks of a build.

The build is one pipeline (read -> parse -> extract -> validate -> store, with progress and
fingerprints); the engine is the only thing that varies. An engine takes an iterator of
chunks (lists of documents, read lazily) and yields one :class:`~dyad.pipeline.worker.Outcome`
per document. :class:`InProcessEngine` runs the chunks one after another in this process,
pulling the next chunk only when the last outcome of the previous one has been taken, so
reading stays at most one chunk ahead of storing and memory does not grow with the corpus.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Protocol, Sequence

from dyad.pipeline.worker import Outcome, extract_chunk
from dyad.records import Document

__all__ = ["Engine", "InProcessEngine", "ENGINES", "get_engine"]


class Engine(Protocol):
    """Runs the extraction of chunks of documents; outcomes come back one per document."""

    name: str

    def run(self, chunks: Iterable[Sequence[Document]], *, packs: tuple[str, ...],
            batch_size: int) -> Iterator[Outcome]:
        ...  # pragma: no cover


class InProcessEngine:
    """One chunk after another in this process (the default)."""

    name = "inprocess"

    def run(self, chunks: Iterable[Sequence[Document]], *, packs: tuple[str, ...],
            batch_size: int) -> Iterator[Outcome]:
        for chunk in chunks:
            yield from extract_chunk(chunk, packs=packs, batch_size=batch_size)


ENGINES = {InProcessEngine.name: InProcessEngine}


def get_engine(engine: str | Engine | None) -> Engine:
    """The engine named ``engine`` (``None``: in-process), or ``engine`` itself."""
    if engine is None:
        return InProcessEngine()
    if isinstance(engine, str):
        try:
            return ENGINES[engine]()
        except KeyError:
            raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(sorted(ENGINES))}") from None
    return engine
