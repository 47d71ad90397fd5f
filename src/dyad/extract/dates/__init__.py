"""Date expressions: find them in text (with offsets) and resolve them to partial ISO dates.

The room of the events extractor's dates, usable on its own: pure Python, no spaCy, so every
rule is testable on plain strings. ``patterns`` finds expressions, ``resolve`` places one
against an anchor (the document date) and the previous event date, ``document`` finds the
anchor itself (datelines, header dates). May import: ``dyad.records``, ``dyad.errors``;
nothing else of dyad.

>>> from dyad.extract.dates import resolve_date
>>> resolve_date("In December", anchor="2017-05-11", previous=None)
'2016-12'
"""

from __future__ import annotations

from dyad.extract.dates.document import (
    DateExpr,
    document_anchor,
    find_dateline,
    find_dates,
    find_header_date,
    infer_anchor,
    parse_partial,
    precision,
    resolve,
    resolve_date,
)

__all__ = ["DateExpr", "find_dates", "resolve", "resolve_date", "infer_anchor", "find_dateline",
           "document_anchor", "find_header_date", "parse_partial", "precision"]
