"""Word lists of the extractors, as data keyed by language (as in textacy's ``constants``).

This folder holds one JSON file per extractor family (``actors.json``, ``speech.json``,
``stance.json``, ``causal.json``, ``events.en.json``); this module is the one reader of them,
so that a new language or a domain cue is added without touching code, and a missing or
broken file is reported the same way everywhere (:class:`~dyad.errors.ExtractError` naming the
file and the fix). Imports nothing of dyad but ``dyad.errors``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from dyad.errors import ExtractError

__all__ = ["LEXICON_DIR", "read_json", "load_lexicon"]

LEXICON_DIR = Path(__file__).resolve().parent


def read_json(name: str) -> dict:
    """The parsed content of ``<name>`` in this folder.

    Raises
    ------
    ExtractError
        If the file is missing or is not valid JSON.
    """
    path = LEXICON_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ExtractError(f"cannot read lexicon: {exc}", path=str(path),
                           hint="reinstall dyad; lexicons ship with the package") from exc


@lru_cache(maxsize=None)
def load_lexicon(name: str, lang: str = "en", *, fold_case: bool = True) -> Mapping[str, object]:
    """The word lists of ``<name>.json`` for ``lang``: lists become frozensets (lower-cased
    unless ``fold_case`` is false), objects read-only mappings.

    Raises
    ------
    ExtractError
        If the file is missing or has no entry for ``lang``.
    """
    data = read_json(f"{name}.json")
    if lang not in data:
        raise ExtractError(f"no word lists for language {lang!r}", path=str(LEXICON_DIR / f"{name}.json"),
                           hint=f"add a {lang!r} entry to the lexicon")
    out: dict[str, object] = {}
    for key, value in data[lang].items():
        if isinstance(value, list):
            out[key] = frozenset(v.lower() for v in value) if fold_case else frozenset(value)
        elif isinstance(value, dict):
            out[key] = MappingProxyType({k: (frozenset(v) if isinstance(v, list) else v) for k, v in value.items()})
        else:
            out[key] = value
    return MappingProxyType(out)
