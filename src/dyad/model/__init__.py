"""The model layer: canonical concepts, the signed weighted causal map with its evidence, and the
analyst's curation (a YAML file applied on top of extraction, surviving rebuilds).

Pure functions over record lists (no store, no spaCy)::

    from dyad.model import build_causal_map
    cmap = build_causal_map(claims, curation="kb.curation.yaml")
"""

from __future__ import annotations

from dyad.model.causal_map import CausalMap, build_causal_map, seed_coverage, to_export
from dyad.model.claims import claim_id
from dyad.model.concepts import Concept
from dyad.model.curation import Curation, default_curation_path, load_curation
from dyad.model.edges import Disagreement, Edge, disagreements

__all__ = [
    "CausalMap",
    "build_causal_map",
    "to_export",
    "seed_coverage",
    "claim_id",
    "Concept",
    "Edge",
    "Disagreement",
    "disagreements",
    "Curation",
    "load_curation",
    "default_curation_path",
]
