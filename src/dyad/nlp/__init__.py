"""The language layer: the spaCy pipeline, domain packs and the gazetteer.

``get_pipeline()`` builds the pipeline once per process; ``process(documents)`` streams
``(Document, Doc)`` pairs. Lower layers (records, errors, ingest) never import this one.
"""

from __future__ import annotations

from dyad.nlp.pipeline import DEFAULT_PACKS, MODEL_NAME, get_pipeline, process

__all__ = ["get_pipeline", "process", "DEFAULT_PACKS", "MODEL_NAME"]
