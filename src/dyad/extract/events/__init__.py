"""Events: the timeline (type, date resolved against the document date, participants, place).

``extract_events`` is the face. ``candidates`` finds triggers (verbal and nominal) in the
parse, ``args`` reads participants and places, ``links`` dates events from linked ones
(when-clauses, reactions, "during the visit"), ``merge`` keeps one event per occurrence;
triggers are data (``extract/lexicons/events.en.json``, read by ``lexicon``). May import:
``dyad.records``, ``dyad.errors``, ``dyad.extract.context``, ``dyad.extract.dates``,
``dyad.extract.lexicons``.
"""

from __future__ import annotations

from dyad.extract.events.extractor import extract_events

__all__ = ["extract_events"]
