"""Causal claims: cause, effect, polarity, modality and claimant, with the evidence sentence.

``extract_causal_claims`` is the face. Reading units (sentences, answers, quotes) come from
``units``; the cue families live in ``rules`` (verbs: cause, allow, limit ...), ``cues``
(prepositions, connectives, conditionals, concessives), ``links`` and ``implied`` (clause
links and implied constraints) and ``misparse`` (verbs the tagger reads as nouns); ``phrases``
turns tokens into cause and effect phrases and reads negation and modality; ``labels`` reads
speaker labels of interviews. Cue lists are data (``extract/lexicons/causal.json``, read by
``lexicon``). May import: ``dyad.records``, ``dyad.errors``, ``dyad.extract.context``,
``dyad.extract.lexicons``.
"""

from __future__ import annotations

from dyad.extract.causal.extractor import extract_causal_claims

__all__ = ["extract_causal_claims"]
