"""Stable ids for causal claims (the model layer cites claims by these ids).

A claim id depends only on what the claim says and where (document, offsets, cause, effect,
polarity, modality), never on the order claims were stored, so curation notes and exports
that cite a claim survive a rebuild of the corpus.

>>> from dyad.records import CausalClaim
>>> c = CausalClaim("d1", 0, 10, "sanctions", "trade", "-", "asserted", "author")
>>> claim_id(c) == claim_id(c)
True
"""

from __future__ import annotations

import hashlib
from typing import Iterable, Mapping

from dyad.records import CausalClaim

__all__ = ["claim_id", "index_claims", "MODALITY_STRENGTH"]

# How strongly a claim of each modality supports its link; "negated" supports nothing.
MODALITY_STRENGTH = {"asserted": 1.0, "predicted": 0.8, "conditional": 0.6, "hedged": 0.5, "negated": 0.0}


def claim_id(claim: CausalClaim) -> str:
    """``"c-"`` + 12 hex digits of a hash of the claim's content and position."""
    key = "\x1f".join(
        [claim.doc_id, str(claim.start_char), str(claim.end_char), claim.cause, claim.effect,
         claim.polarity, claim.modality]
    )
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def index_claims(claims: Iterable[CausalClaim] | Mapping[str, CausalClaim]) -> dict[str, CausalClaim]:
    """``{claim id: claim}``: ids given by a mapping are kept, else :func:`claim_id` is used.

    Exact duplicates (same id) are kept once.
    """
    if isinstance(claims, Mapping):
        return {str(k): v for k, v in claims.items()}
    out: dict[str, CausalClaim] = {}
    for c in claims:
        out.setdefault(claim_id(c), c)
    return out
