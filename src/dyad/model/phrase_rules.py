"""The word lists of ``lexicons/phrases.yaml`` that :mod:`dyad.model.phrases` reads phrases with.

>>> rules = load_phrase_rules()
>>> "demonstrate" in rules.act_verbs and "issue" in rules.generic_nouns
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

__all__ = ["PhraseRules", "load_phrase_rules"]

_RULES_FILE = Path(__file__).resolve().parent / "lexicons" / "phrases.yaml"

@dataclass(frozen=True, slots=True)
class PhraseRules:
    """The word lists of ``lexicons/phrases.yaml``."""

    pronouns: frozenset
    possessives: frozenset
    determiners: frozenset
    evaluative: frozenset
    generic_nouns: frozenset
    role_nouns: frozenset
    titles: tuple
    be: frozenset
    have: frozenset
    modal: frozenset
    that_cues: frozenset
    decrease: tuple
    negations: frozenset
    prepositions: frozenset
    conjunctions: frozenset
    adverbs: frozenset
    participles: frozenset
    trailing: tuple
    comparatives: frozenset = frozenset()
    contrast_nouns: frozenset = frozenset()
    elaboration: tuple = ()
    act_verbs: frozenset = frozenset()
    increase: tuple = ()
    adjective_suffixes: tuple = ()
    resolve: tuple = ()  # "solution", "settle": less of the problem that follows
    problem_nouns: frozenset = frozenset()

    @property
    def aux(self) -> frozenset:
        return self.be | self.have | self.modal


@lru_cache(maxsize=4)
def load_phrase_rules(path: str | None = None) -> PhraseRules:
    """Read the word lists (default ``src/dyad/model/lexicons/phrases.yaml``)."""
    from dyad.errors import ModelError

    p = Path(path) if path else _RULES_FILE
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"phrase rules cannot be read: {exc}", path=str(p),
                         hint="restore src/dyad/model/lexicons/phrases.yaml") from exc

    def words(key, sub=None):
        val = data.get(key) or {}
        val = val.get(sub) or [] if sub else val
        return frozenset(str(w).lower() for w in val)

    return PhraseRules(
        pronouns=words("pronouns"), possessives=words("possessives"), determiners=words("determiners"),
        evaluative=words("evaluative"), generic_nouns=words("generic_nouns"), role_nouns=words("role_nouns"),
        titles=tuple(sorted((tuple(str(t).lower().split()) for t in data.get("titles") or []), key=len,
                            reverse=True)),
        be=words("auxiliaries", "be"), have=words("auxiliaries", "have"), modal=words("auxiliaries", "modal"),
        that_cues=words("that_cues"), decrease=tuple(sorted(words("decrease"))), negations=words("negations"),
        prepositions=words("prepositions"), conjunctions=words("conjunctions"), adverbs=words("adverbs"),
        participles=words("irregular_participles"), comparatives=words("comparatives"),
        contrast_nouns=words("contrast_nouns"),
        elaboration=tuple(tuple(str(t).lower().split()) for t in data.get("elaboration") or []),
        act_verbs=words("act_verbs"),
        increase=tuple(sorted(words("increase"))),
        adjective_suffixes=tuple(sorted(words("adjective_suffixes"), key=len, reverse=True)),
        resolve=tuple(sorted(words("resolve"))), problem_nouns=words("problem_nouns"),
        trailing=tuple(sorted((tuple(str(t).lower().split()) for t in data.get("trailing") or []), key=len,
                              reverse=True)),
    )
