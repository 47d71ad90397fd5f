"""Word lists for reported speech and stance, loaded from ``extract/lexicons/*.json``.

The lists are data keyed by language (as in textacy's ``constants``), so that a new
language or a domain-specific cue is added without touching code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from dyad.errors import ExtractError

__all__ = ["load_lexicon", "speech_lexicon", "stance_lexicon"]

_DIR = Path(__file__).resolve().parent / "lexicons"


@lru_cache(maxsize=None)
def load_lexicon(name: str, lang: str = "en") -> Mapping[str, object]:
    """Return the word lists of ``lexicons/<name>.json`` for ``lang`` (lists become frozensets).

    Raises
    ------
    ExtractError
        If the file is missing or has no entry for ``lang``.
    """
    path = _DIR / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractError(f"cannot read lexicon: {exc}", path=str(path),
                           hint="reinstall dyad; lexicons ship with the package") from exc
    if lang not in data:
        raise ExtractError(f"no word lists for language {lang!r}", path=str(path),
                           hint=f"add a {lang!r} entry to the lexicon")
    out: dict[str, object] = {}
    for key, value in data[lang].items():
        if isinstance(value, list):
            out[key] = frozenset(v.lower() for v in value)
        elif isinstance(value, dict):
            out[key] = MappingProxyType({k: (frozenset(v) if isinstance(v, list) else v) for k, v in value.items()})
        else:
            out[key] = value
    return MappingProxyType(out)


def speech_lexicon(lang: str = "en") -> Mapping[str, object]:
    """Reporting verbs, cue nouns and speaker words (``lexicons/speech.json``)."""
    return load_lexicon("speech", lang)


def stance_lexicon(lang: str = "en") -> Mapping[str, object]:
    """Evaluative words, negators, hedges and relationship markers (``lexicons/stance.json``)."""
    return load_lexicon("stance", lang)
