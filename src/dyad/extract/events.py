"""Event extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import Event

__all__ = ["extract_events"]


def extract_events(doc, ctx) -> Iterator[Event]:
    return iter(())
