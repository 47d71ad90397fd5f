"""The fingerprint of what shapes a document's records (so unchanged files can be skipped)."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path
from typing import Sequence

from dyad.nlp.pipeline import DEFAULT_PACKS, MODEL_NAME  # no spaCy import until a pipeline is built

__all__ = ["pipeline_fingerprint"]

_FINGERPRINT_DIRS = ("ingest", "nlp", "extract", "pipeline")
_FINGERPRINT_SUFFIXES = {".py", ".json", ".yaml", ".yml", ".txt", ".tsv", ".csv"}


def pipeline_fingerprint(packs: Sequence[str] = DEFAULT_PACKS) -> str:
    """A hash of everything that shapes the records of a document.

    The dyad, spaCy and model versions, the packs, and the code and data files of the
    ingest, nlp, extract and pipeline layers: a file whose content *and* fingerprint are
    unchanged is skipped by :func:`dyad.pipeline.build`; after a change to the extractors it
    is rebuilt.
    """
    import dyad

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
