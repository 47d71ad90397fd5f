"""Stance extraction (placeholder until its module lands)."""

from __future__ import annotations

from typing import Iterator

from dyad.records import Stance

__all__ = ["extract_stances"]


def extract_stances(doc, ctx) -> Iterator[Stance]:
    return iter(())
