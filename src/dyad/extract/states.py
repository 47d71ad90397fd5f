"""State extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import State

__all__ = ["extract_states"]


def extract_states(doc, ctx) -> Iterator[State]:
    return iter(())
