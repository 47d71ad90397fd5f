"""Statement extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import Statement

__all__ = ["extract_statements"]


def extract_statements(doc, ctx) -> Iterator[Statement]:
    return iter(())
