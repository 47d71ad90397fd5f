"""Stances: each holder's outlook for the relationship, -2 (very pessimistic) .. 2, with evidence.

``extract_stances`` is the face; ``lexicon`` scores evaluative phrases (data:
``extract/lexicons/stance.json``), ``scope`` decides which sentences speak of the relationship
and who holds them. May import: ``dyad.records``, ``dyad.errors``, ``dyad.ingest`` (interview
answers), ``dyad.extract.context``, ``dyad.extract.lexicons``, ``dyad.extract.speech``.
"""

from __future__ import annotations

from dyad.extract.stances.extractor import extract_stances

__all__ = ["extract_stances"]
