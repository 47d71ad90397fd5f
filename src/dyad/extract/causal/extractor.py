"""Causal claims: who says that what drives, enables or constrains what.

``extract_causal_claims(doc, ctx)`` yields one :class:`~dyad.records.CausalClaim` per
cause-effect pair signalled by an explicit cue: causal verbs (``limit``, ``allow X to``,
``lead to``, ``require``, causative ``make X do``, ``prevent X from``, ``benefit from``),
causal nouns and adjectives (``threat to``, ``dependence on``, ``key to``, ``the reason for Y
is X``, ``one of the sources of``, ``an opportunity to``, ``dependent on``, ``the problem is
that``), prepositions and subordinators (``because (of)``, ``due to``, ``thanks to``,
``given``, ``in light of``, ``despite``, ``only through``, ``if``, causal ``since``,
``without X, no Y``), result clauses (``X, so Y``, ``this means that Y``) and sentence
connectives (``accordingly``, ``therefore``, ``as a result``), whose cause is the previous
sentence. Purpose clauses (``in order to``, ``so that``) state an aim and give no claim.
Implied claims (:mod:`dyad.extract.causal.implied`): causal ``as`` between clauses of change,
concessives (``although``, ``nevertheless``), ``X lacks the means to Y``, ``Y is tied to X``,
``X puts pressure on Y``, ``Y, in turn, Z``.

Conventions (see ``../shared/eval/README.md``):

* cause and effect are the phrases as written, as tight as the parse allows;
  coordinated causes or effects give one claim per pair;
* polarity ``+`` means more cause -> more effect, read on the phrases as written
  (``limit`` is ``-``; an effect clause that is itself negated flips the sign); a clause of
  decrease in the cue's sentence ("exports fell") is narrowed to what decreases ("exports")
  and flips the sign; "both A and B" as an object stays one phrase;
* modality: ``negated`` when the text denies the link (the polarity then gives the
  denied direction), else ``conditional`` for conditions, ``hedged`` for may/could/possible,
  ``predicted`` for will/would, else ``asserted``;
* the claimant is the speaker of the statement whose content holds the cue (from
  ``ctx.statements``), else the person named by "according to X" in the sentence, else
  ``"author"``;
* the evidence is the sentence (cut at line breaks); cause and effect spans lie inside it or
  in the two sentences before it (connectives and pronouns point back).

Examples
--------
>>> import spacy  # doctest: +SKIP
>>> from dyad.extract import extract_document  # doctest: +SKIP
>>> [c.cause for c in extract_document(nlp(text), document).causal_claims]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal.cues import (
    adjective_candidates,
    connective_candidates,
    correlative_candidates,
    cue_candidates,
)
from dyad.extract.context import token_index_at
from dyad.extract.causal.implied import implied_candidates
from dyad.extract.causal.lexicon import CausalLexicon, load_causal_lexicon
from dyad.extract.causal.labels import is_prompt, label_speaker
from dyad.extract.causal.links import link_candidates
from dyad.extract.causal.misparse import misparsed_past_candidates, misparsed_verb_candidates
from dyad.extract.causal.phrases import is_effect_negated, is_negated, modality_of, shrinking
from dyad.extract.causal.rules import Candidate, predicate_candidates
from dyad.extract.causal.units import Resolver, Units
from dyad.records import CausalClaim, Span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from dyad.extract.context import DocContext

__all__ = ["extract_causal_claims", "claimant_at"]

EXTRACTOR = "causal"
MAX_PAIRS = 6  # per cue: "A, B, C and D could create X and bring Y" stays readable
MAX_WORDS = 45  # a cause or effect longer than this is not a phrase any more


def _lexicon(ctx: "DocContext") -> CausalLexicon:
    lang = (ctx.document.language or "en").split("-")[0].lower()
    try:
        return load_causal_lexicon(lang)
    except Exception:
        return load_causal_lexicon("en")


def extract_causal_claims(doc: "Doc", ctx: "DocContext") -> Iterator[CausalClaim]:
    """Yield the causal claims of one parsed document (see the module docstring)."""
    lex = _lexicon(ctx)
    units = Units(doc)
    res = Resolver(doc, units, lex)
    text = ctx.text
    seen: set[tuple[int, int, int, int]] = set()
    for k, (a, b) in enumerate(units.ranges):
        ev = units.span(k)
        if ctx.in_boilerplate(*ev) or doc[a:b].text.rstrip().rstrip("\"'”’)*_").endswith("?") \
                or is_prompt(text, ev[0]):
            continue
        cands: list[Candidate] = []
        try:
            cands.extend(connective_candidates(k, res, lex))
            cands.extend(correlative_candidates(k, res, lex))
            cands.extend(misparsed_verb_candidates(k, res, lex))
            cands.extend(misparsed_past_candidates(k, res, lex))
            for tok in doc[a:b]:
                cands.extend(predicate_candidates(tok, res, lex))
                cands.extend(adjective_candidates(tok, res, lex))
                cands.extend(cue_candidates(tok, b, res, lex))
                cands.extend(implied_candidates(tok, res, lex))
                cands.extend(link_candidates(tok, res, lex))
        except Exception as exc:  # one odd parse never loses the document
            ctx.warn(f"causal: skipped sentence at {ev[0]}: {type(exc).__name__}: {exc}")
            continue
        for cand in cands:
            lo = units.span(max(k - cand.reach, 0))[0]
            for claim in _claims(cand, ev, lo, units, ctx, lex, doc):
                key = (claim.cause_span.start, claim.cause_span.end, claim.effect_span.start, claim.effect_span.end)
                if key in seen:
                    continue
                seen.add(key)
                yield claim


def _content(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and len(text.split()) <= MAX_WORDS


def _claims(cand: Candidate, ev: tuple[int, int], lo: int, units: Units, ctx: "DocContext",
            lex: CausalLexicon, doc: "Doc") -> Iterator[CausalClaim]:
    if not cand.causes or not cand.effects:
        return
    text = ctx.text
    sent = doc[units.ranges[units.index_of(cand.anchor.i)][0]:units.ranges[units.index_of(cand.anchor.i)][1]]
    negated = cand.forced == "negated" or (cand.link_negation and is_negated(cand.gov, lex))
    if negated:
        modality = "negated"
    elif cand.forced in ("conditional", "hedged"):
        modality = cand.forced
    else:
        modality = modality_of(cand.gov, sent, lex, False)
    claimant = claimant_at(ctx, doc, cand.anchor.idx, units, tok_i=cand.anchor.i)
    n = 0
    for (cs0, chead0) in cand.causes:
        for (es0, ehead0) in cand.effects:
            if n >= MAX_PAIRS:
                return
            # "exports fell": the claim is about less of the exports (see causal.phrases.shrinking)
            # (a clause of the cue's own sentence; a sentence that a pronoun points back to stays whole)
            cnar = shrinking(chead0, cs0, lex) if cs0[0] >= ev[0] else None
            enar = shrinking(ehead0, es0, lex) if es0[0] >= ev[0] else None
            (cs, chead), (es, ehead) = cnar or (cs0, chead0), enar or (es0, ehead0)
            if not (lo <= cs[0] < cs[1] <= ev[1] and lo <= es[0] < es[1] <= ev[1]):
                continue
            if not (cs[0] >= ev[0] or es[0] >= ev[0]):
                continue
            if cs == es or (not cand.allow_nested and cs[0] < es[1] and es[0] < cs[1]):
                continue
            if "\n\n" in text[cs[0]:cs[1]] or "\n\n" in text[es[0]:es[1]]:
                continue
            if ctx.in_boilerplate(*cs) or ctx.in_boilerplate(*es):
                continue
            cause, effect = text[cs[0]:cs[1]], text[es[0]:es[1]]
            if not (_content(cause) and _content(effect)):
                continue
            if any(w in effect.lower() for w in lex.formula_words):
                continue  # "spoke on condition of anonymity because ...": a reporting formula
            sign = cand.sign
            if cand.flip_on_effect_negation and is_effect_negated(ehead) and not (
                    ehead is not None and ehead.lemma_.lower() in lex.negative_verbs):
                # "could not ignore them" denies a neglect: no flip
                sign = "-" if sign == "+" else "+"
            if (cnar is None) != (enar is None):
                sign = "-" if sign == "+" else "+"
            conf = cand.confidence
            if chead is None or not (ev[0] <= cs[0]):
                conf -= 0.1  # resolved through a pronoun or the previous sentence
            if len(cand.causes) * len(cand.effects) > 1:
                conf -= 0.05
            n += 1
            yield CausalClaim(
                doc_id=ctx.doc_id,
                start_char=ev[0],
                end_char=ev[1],
                cause=cause,
                effect=effect,
                polarity=sign,
                modality=modality,
                claimant=claimant,
                cause_span=Span(*cs),
                effect_span=Span(*es),
                marker=cand.marker,
                extractor=EXTRACTOR,
                confidence=round(max(0.1, min(conf, 0.95)), 2),
            )


def claimant_at(ctx: "DocContext", doc: "Doc", pos: int, units: Units | None = None,
                tok_i: int | None = None) -> str:
    """Who makes a claim whose cue is at character ``pos`` (token ``tok_i`` when the caller knows it).

    The speaker of the innermost statement whose content holds ``pos``; else the person
    named by "according to X" in the same sentence; else ``"author"``.
    """
    best = None
    for st in ctx.statements:
        if st.start_char <= pos < st.end_char:
            if best is None or (st.end_char - st.start_char) < (best.end_char - best.start_char):
                best = st
    if best is not None and best.speaker:
        return best.speaker
    labelled = label_speaker(ctx, pos)  # "**OM:** ..." in an interview: the answer's speaker
    if labelled:
        return labelled
    units = units or Units(doc)
    if tok_i is None:
        j = token_index_at(doc, pos)
        tok_i = j if j >= 0 and pos < doc[j].idx + max(1, len(doc[j].text)) else None
    if tok_i is None:
        return "author"
    k = units.index_of(tok_i)
    if k < 0:
        return "author"
    a, b = units.ranges[k]
    for t in doc[a:b - 1]:
        if t.lower_ == "according" and doc[t.i + 1].lower_ == "to":
            obj = next((c for c in doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                name = _person_name(ctx, doc, obj)
                if name:
                    return name
    return "author"


def _person_name(ctx: "DocContext", doc: "Doc", obj) -> str | None:
    ent = next((e for e in doc.ents if e.start <= obj.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
        p = ctx.person_at(ent.start_char, ent.end_char)
        if p is not None:
            return p.name
        if ent.label_ == "PERSON":
            longer = [e.text for e in doc.ents if e.label_ == "PERSON" and e.text.endswith(ent.text.split()[-1])]
            return max(longer, key=len) if longer else ent.text
        return ent.text
    # "according to him / the expert": the person most recently named
    p = ctx.last_person_before(obj.idx)
    if p is not None:
        return p.name
    before = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= obj.idx]
    if before:
        last = before[-1].text
        longer = [e.text for e in before if e.text.endswith(last.split()[-1])]
        return max(longer, key=len)
    return None
