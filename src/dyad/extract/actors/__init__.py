"""Actors: persons (roles, affiliations, nationality, kind), organizations and states.

Three extractors, run first (statements, events, causal claims and stances read the actors
they find from the :class:`~dyad.extract.context.DocContext`): ``extract_states``,
``extract_organizations``, ``extract_persons``. Names and roles are read by ``names`` and
``roles``, bylines by ``bylines``; the word lists are data (``extract/lexicons/actors.json``,
read by ``lexicon``). May import: ``dyad.records``, ``dyad.errors``, ``dyad.nlp`` (the
gazetteer), ``dyad.extract.context`` and ``dyad.extract.lexicons``.
"""

from __future__ import annotations

from dyad.extract.actors.organizations import extract_organizations
from dyad.extract.actors.persons import extract_persons
from dyad.extract.actors.states import extract_states

__all__ = ["extract_persons", "extract_organizations", "extract_states"]
