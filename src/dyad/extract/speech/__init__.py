"""Reported speech: statements (speaker, cue, content) of every kind the export knows
(direct quotes, indirect speech, according-to attributions, the author's own marked opinions).

``extract_statements`` is the face; ``quotes`` finds quotation marks, ``rules`` and
``clauses`` read verbs of saying and their content clauses in the parse, ``nouns`` speech
nouns ("the statement that ..."), ``attribution`` "according to X" and "in X's view",
``speakers`` resolves who speaks (names, descriptions, pronouns, states and organisations).
Word lists: ``extract/lexicons/speech.json``. May import: ``dyad.records``, ``dyad.errors``,
``dyad.extract.context``, ``dyad.extract.lexicons``.
"""

from __future__ import annotations

from dyad.extract.speech.extractor import extract_statements

__all__ = ["extract_statements"]
