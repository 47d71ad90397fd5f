"""Shared pieces of the causal rules: the :class:`Candidate` record every rule yields and
small dependency helpers (children by relation, prepositional objects, cue markers, the
subject a causal noun or adjective is predicated of)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import subject_of
from dyad.extract.causal.units import Item, Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["Candidate", "child", "pobj", "marker", "copula_subject", "COPULAS"]

_COPULAS = {"be", "become", "remain", "constitute", "represent", "seem", "appear", "prove", "pose"}
_SEE_AS = {"see", "regard", "view", "consider", "perceive", "describe", "treat", "call", "identify", "name"}
_KIND = {"kind", "sort", "form", "type", "way"}
_SOME = {"one", "some", "many", "several", "two", "three", "part", "each", "any", "all"}
_SERVE_AS = {"serve", "act", "function", "work"}


@dataclass(slots=True)
class Candidate:
    """One cue with its causes and effects, before modality, polarity and claimant."""

    family: str
    marker: str
    anchor: "Token"
    causes: list[Item]
    effects: list[Item]
    sign: str = "+"
    gov: list = field(default_factory=list)  # tokens whose auxiliaries/negation set the modality
    forced: str | None = None  # "conditional" | "negated"
    confidence: float = 0.6
    flip_on_effect_negation: bool = True
    allow_nested: bool = False
    link_negation: bool = True  # a negated predicate denies the link (False: it only belongs to the effect)
    reach: int = 2  # how many sentences back a cause or effect may lie


def _child(tok: "Token", deps: tuple[str, ...], lower: tuple[str, ...] | None = None) -> "Token | None":
    for c in tok.children:
        if c.dep_ in deps and (lower is None or c.lower_ in lower):
            return c
    return None


def _pobj(prep: "Token | None") -> "Token | None":
    if prep is None:
        return None
    return _child(prep, ("pobj", "pcomp"))


def _marker(tok: "Token", *extra: "Token | None") -> str:
    toks = sorted([tok] + [t for t in extra if t is not None], key=lambda t: t.i)
    return " ".join(t.text for t in toks)


def _copula_subject(tok: "Token", lex: CausalLexicon) -> "Token | None":
    """Subject of the copula ``tok`` is predicated by (``X is a threat``, ``X is key``)."""
    cur = tok
    if cur.dep_ == "conj" and cur.head.dep_ in ("attr", "acomp"):
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and (
            cur.head.head.lemma_ in _KIND or cur.head.head.lower_ in _SOME):
        cur = cur.head.head  # "a kind of payment for", "one of the reasons for"
    if cur.dep_ == "pobj" and cur.head.lower_ == "among" and cur.head.dep_ == "prep":
        cur = cur.head  # "is among the obstacles to"
        if cur.head.lemma_ in _COPULAS:
            return subject_of(cur.head, lex)
        return None
    head = cur.head
    if cur.dep_ in ("attr", "acomp", "dobj", "oprd") and head.lemma_ in _COPULAS:
        return subject_of(head, lex)
    if cur.dep_ == "dobj" and head.lemma_ in lex.light_verbs and not any(c.dep_ == "dative" for c in head.children):
        subj = subject_of(head, lex)  # "X provides the basis for", "X creates obstacles to"
        return None if Resolver.is_actor(subj, lex) and head.lemma_ not in _COPULAS else subj
    if cur.dep_ == "pobj" and cur.head.lower_ == "as":
        verb = cur.head.head
        if verb.lemma_ == "be" and verb.dep_ == "pcomp":  # "sees as being threats"
            verb = verb.head.head if verb.head.lower_ == "as" else verb.head
        if verb.lemma_ in _SEE_AS:
            return _child(verb, ("dobj", "nsubjpass"))
        if verb.lemma_ in _SERVE_AS:  # "serves as a catalyst for"
            return subject_of(verb, lex)
    return None


COPULAS = _COPULAS
child = _child
pobj = _pobj
marker = _marker
copula_subject = _copula_subject
