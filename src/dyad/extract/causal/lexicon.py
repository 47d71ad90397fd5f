"""Cue lists for causal-claim extraction, read from ``lexicons/causal*.json``.

The word lists are data (keyed by language), not code: ``load_causal_lexicon("en")`` reads
``lexicons/causal.json`` once per process and returns an immutable :class:`CausalLexicon`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from dyad.errors import ExtractError
from dyad.extract.lexicons import LEXICON_DIR

__all__ = ["CausalLexicon", "load_causal_lexicon", "LEXICON_DIR"]


def _index(*groups: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for seqs in groups:
        for seq in seqs:
            out.setdefault(seq[0], []).append(seq)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


def _by_verb(prep: dict[tuple[str, ...], str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, sign in prep.items():
        out.setdefault(key[0], []).append((key, sign))
    return {k: tuple(v) for k, v in out.items()}


def _signed(table: dict) -> dict[str, str]:
    out: dict[str, str] = {}
    for sign in ("+", "-"):
        for word in table.get(sign, []):
            out[word] = sign
    return out


def _phrases(rows: list) -> tuple[tuple[str, ...], ...]:
    # longest first, so that "as a result of" wins over "as a result"
    seqs = {tuple(w.lower() for w in row) for row in rows}
    return tuple(sorted(seqs, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class CausalLexicon:
    """Immutable view of one language's causal cue lists (see ``lexicons/causal.json``)."""

    svo_verbs: dict[str, str]
    object_clause_verbs: dict[str, str]
    prep_verbs: dict[tuple[str, ...], str]
    reverse_prep_verbs: frozenset[tuple[str, ...]]
    require_verbs: frozenset[str]
    action_verbs: frozenset[str]
    intention_verbs: frozenset[str]
    intention_adjectives: frozenset[str]
    effect_nouns: dict[str, str]
    dependence_nouns: frozenset[str]
    cause_nouns: dict[str, str]
    cause_nouns_of: frozenset[str]
    threat_nouns: frozenset[str]
    problem_nouns: frozenset[str]
    role_adjectives: dict[str, str]
    causal_adjectives: dict[str, str]
    polar_modifiers: dict[str, str]
    possible_adjectives: dict[str, str]
    cause_preps: tuple[tuple[str, ...], ...]
    reason_nouns: frozenset[str]
    concessive_preps: tuple[tuple[str, ...], ...]
    conditional_preps: tuple[tuple[str, ...], ...]
    connectives: tuple[tuple[str, ...], ...]
    hedges: frozenset[str]
    predictors: frozenset[str]
    deniers: frozenset[str]
    topic_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    actor_nouns: frozenset[str] = frozenset()
    unless_marks: frozenset[str] = frozenset()
    enabling_nouns: frozenset[str] = frozenset()
    cause_noun_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    dependence_adjectives: dict[str, str] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    decrease_verbs: frozenset[str] = frozenset()  # "exports fell": less of the subject
    loss_verbs: frozenset[str] = frozenset()  # "is losing momentum": less of the object
    change_verbs: frozenset[str] = frozenset()  # "as trade grew, ties improved"
    reaction_verbs: frozenset[str] = frozenset()  # "answered X by V-ing", "responded with"
    measure_verbs: frozenset[str] = frozenset()  # "cut relations after X": a measure, not a movement
    endowment_nouns: frozenset[str] = frozenset()  # "gives Y leverage / a reason to"
    clause_only_verbs: frozenset[str] = frozenset()  # "lead X to Y" is causal, "lead a coalition" is not
    negative_verbs: frozenset[str] = frozenset()  # "could not ignore": a denied negative is no flip
    formula_words: tuple[str, ...] = ()  # "on condition of anonymity": reporting formulas, no claim
    # first word -> phrases starting with it (longest first), so that a token is compared
    # only with the phrases it can open
    cue_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    connective_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    prep_verb_index: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)


@lru_cache(maxsize=8)
def load_causal_lexicon(language: str = "en") -> CausalLexicon:
    """Read the causal cue lists for ``language``.

    Raises
    ------
    ExtractError
        If ``lexicons/causal.json`` (``causal.<lang>.json`` for other languages) is missing
        or malformed.
    """
    name = "causal.json" if language == "en" else f"causal.{language}.json"
    path = LEXICON_DIR / name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        verbs = raw["verbs"]
        prep = {}
        for sign in ("+", "-"):
            for row in verbs["prep_object"].get(sign, []):
                prep[tuple(row)] = sign
        cause_preps = _phrases(raw["cause_preps"])
        concessive_preps = _phrases(raw["concessive_preps"])
        conditional_preps = _phrases(raw["conditional_preps"])
        connectives = _phrases(raw["sentence_connectives"])
        return CausalLexicon(
            svo_verbs=_signed(verbs["svo"]),
            object_clause_verbs=_signed(verbs["object_clause"]),
            prep_verbs=prep,
            reverse_prep_verbs=frozenset(tuple(p) for p in verbs["reverse_prep"]),
            require_verbs=frozenset(verbs["require"]),
            action_verbs=frozenset(verbs["actor_actions"]),
            intention_verbs=frozenset(raw["intention_verbs"]),
            intention_adjectives=frozenset(raw["intention_adjectives"]),
            effect_nouns=dict(raw["effect_nouns"]),
            dependence_nouns=frozenset(raw["dependence_nouns"]),
            cause_nouns=_signed(raw["cause_nouns"]),
            cause_nouns_of=frozenset(raw.get("cause_nouns_of", ())),
            threat_nouns=frozenset(raw["threat_nouns"]),
            problem_nouns=frozenset(raw["problem_nouns"]),
            role_adjectives=_signed(raw["role_adjectives"]),
            causal_adjectives=_signed(raw["causal_adjectives"]),
            polar_modifiers=_signed(raw["polar_modifiers"]),
            possible_adjectives=_signed(raw["possible_adjectives"]),
            cause_preps=cause_preps,
            reason_nouns=frozenset(raw["reason_nouns"]),
            concessive_preps=concessive_preps,
            conditional_preps=conditional_preps,
            connectives=connectives,
            hedges=frozenset(raw["hedges"]),
            predictors=frozenset(raw["predictors"]),
            deniers=frozenset(raw["deniers"]),
            topic_nouns=frozenset(raw["topic_nouns"]),
            person_pronouns=frozenset(raw["person_pronouns"]),
            demonstratives=frozenset(raw["demonstratives"]),
            actor_nouns=frozenset(raw.get("actor_nouns", ())),
            unless_marks=frozenset(raw.get("unless_marks", ())),
            enabling_nouns=frozenset(raw.get("enabling_nouns", ())),
            cause_noun_preps={k: tuple(v) for k, v in raw.get("cause_noun_preps", {}).items()},
            dependence_adjectives=dict(raw.get("dependence_adjectives", {})),
            light_verbs=frozenset(raw.get("light_verbs", ())),
            decrease_verbs=frozenset(raw.get("decrease_verbs", ())),
            loss_verbs=frozenset(raw.get("loss_verbs", ())),
            change_verbs=frozenset(raw.get("change_verbs", ())),
            reaction_verbs=frozenset(raw.get("reaction_verbs", ())),
            measure_verbs=frozenset(raw.get("measure_verbs", ())),
            endowment_nouns=frozenset(raw.get("endowment_nouns", ())),
            clause_only_verbs=frozenset(raw.get("clause_only_verbs", ())),
            negative_verbs=frozenset(raw.get("negative_verbs", ())),
            formula_words=tuple(raw.get("formula_words", ())),
            cue_index=_index(cause_preps, concessive_preps, conditional_preps),
            connective_index=_index(connectives),
            prep_verb_index=_by_verb(prep),
        )
    except FileNotFoundError as exc:
        raise ExtractError(
            f"causal lexicon not found for language {language!r}",
            path=str(path),
            hint="add the JSON file beside dyad/extract/lexicons/causal.json",
        ) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise ExtractError(
            f"causal lexicon is malformed ({type(exc).__name__}: {exc})",
            path=str(path),
            hint="compare its keys with lexicons/causal.json",
        ) from exc
