"""CausalClaim extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import CausalClaim

__all__ = ["extract_causal_claims"]


def extract_causal_claims(doc, ctx) -> Iterator[CausalClaim]:
    return iter(())
