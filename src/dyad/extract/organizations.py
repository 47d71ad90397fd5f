"""Organization extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import Organization

__all__ = ["extract_organizations"]


def extract_organizations(doc, ctx) -> Iterator[Organization]:
    return iter(())
