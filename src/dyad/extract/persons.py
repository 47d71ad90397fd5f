"""Person extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import Person

__all__ = ["extract_persons"]


def extract_persons(doc, ctx) -> Iterator[Person]:
    return iter(())
