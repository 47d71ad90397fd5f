"""Reporting verbs, cue nouns and speaker words (``extract/lexicons/speech.json``)."""

from __future__ import annotations

from typing import Mapping

from dyad.extract.lexicons import load_lexicon

__all__ = ["speech_lexicon"]


def speech_lexicon(lang: str = "en") -> Mapping[str, object]:
    """Reporting verbs, cue nouns and speaker words (``lexicons/speech.json``)."""
    return load_lexicon("speech", lang)
