"""State extraction: one :class:`State` per canonical state named in a document.

Mentions come from the gazetteer entities of :mod:`dyad.nlp.gazetteer` (canonical name in
``ent.ent_id_``):

- country names and aliases ("Japan", "the Russian Federation", "U.S.") -> kind name/alias/acronym;
- capitals and seats of power standing for the state ("Moscow", "the Kremlin") -> metonym
  (never inside an organisation name: the gazetteer leaves those to the NER);
- demonyms -> adjective, only in bilateral compounds ("Russian-Japanese", "Russo-Japanese",
  "U.S.-Russian") or when they qualify the state's government, officials, positions or side
  ("the Japanese side", "Russian leadership", "the Russian president").

Blocs (EU, G7, "the West") are not states. Mentions in page furniture are skipped.
"""

from __future__ import annotations

from typing import Iterator

from dyad.extract.actors.lexicon import DASHES, STATE_QUALIFIED_NOUNS
from dyad.nlp.gazetteer import get_gazetteer
from dyad.records import Mention, State

__all__ = ["extract_states", "state_mentions", "adjective_refers_to_state"]

EXTRACTOR = "states"


def _is_state_like(tok, gaz) -> bool:
    if tok is None or not tok.ent_type_:
        return False
    hit = gaz.state_for(tok.ent_id_) if tok.ent_id_ else None
    return hit is not None or tok.ent_type_ in ("GPE", "NORP")


def adjective_refers_to_state(ent, gaz=None) -> bool:
    """Whether a demonym entity (``ent``, a spaCy Span) stands for the state itself.

    True in a bilateral compound ("Russian-Japanese", "Russo-Japanese", "U.S.-Russian")
    and when it modifies a noun of :data:`STATE_QUALIFIED_NOUNS` ("the Japanese side",
    "the Russian president", "the Russian and Japanese positions").
    """
    gaz = gaz or get_gazetteer()
    doc = ent.doc
    i, j = ent.start, ent.end
    # bilateral compound: X-Y where the other side is a state/demonym
    if j + 1 < len(doc) and doc[j].text in DASHES and not doc[j].whitespace_ and _is_state_like(doc[j + 1], gaz):
        return True
    if i >= 2 and doc[i - 1].text in DASHES and not doc[i - 2].whitespace_ and _is_state_like(doc[i - 2], gaz):
        return True
    # the noun the adjective qualifies: walk right over coordinated demonyms/adjectives
    k = j
    while k < len(doc) and k < j + 6:
        t = doc[k]
        low = t.lower_
        if low in STATE_QUALIFIED_NOUNS:
            # "foreign" only as "foreign minister/ministry/policy"
            if low == "foreign":
                return k + 1 < len(doc) and doc[k + 1].lower_ in STATE_QUALIFIED_NOUNS
            return True
        if t.pos_ in ("NOUN", "PROPN") and not (t.ent_type_ == "NORP"):
            # "Prime Minister" capitalised etc.
            return False
        if t.pos_ in ("ADJ", "CCONJ", "PUNCT", "NUM", "ADV") or t.ent_type_ == "NORP" or low in ("and", "or", ","):
            k += 1
            continue
        return False
    return False


_INSTITUTION_NOUNS = frozenset("""
tank university institute institution embassy office headquarters company firm group centre center
school college foundation council bureau agency consulate newspaper daily correspondent
""".split())


def _seat_of_institution(ent) -> bool:
    """A capital naming where an institution sits, not the state: "the Brookings Institution in
    Washington", "a think tank in New Delhi", "a Washington-based think tank"."""
    doc = ent.doc
    j = ent.end
    if j + 1 < len(doc) and doc[j].text in DASHES and doc[j + 1].lower_ == "based":
        return True
    i = ent.start
    if i >= 2 and doc[i - 1].lower_ in ("in", "of") or i >= 3 and doc[i - 1].lower_ == "in" and doc[i - 2].lower_ == "based":
        k = i - 2 if doc[i - 2].lower_ != "based" else i - 3
        t = doc[k]
        return t.ent_type_ == "ORG" or t.lower_ in _INSTITUTION_NOUNS
    return False


def state_mentions(doc, ctx, gaz=None) -> Iterator[tuple[str, Mention]]:
    """Yield ``(canonical state name, Mention)`` for every state mention outside boilerplate."""
    gaz = gaz or get_gazetteer()
    text = ctx.text
    for ent in doc.ents:
        if not ent.ent_id_:
            continue
        hit = gaz.state_for(ent.text)
        if hit is None or hit.name != ent.ent_id_:
            hit = gaz.lookup(ent.text)
            if hit is None or hit.type != "state":
                continue
        if hit.entry.kind == "bloc" or not hit.entry.entity:
            continue
        start, end = ent.start_char, ent.end_char
        if ctx.in_boilerplate(start, end):
            continue
        if hit.kind == "adjective" and not adjective_refers_to_state(ent, gaz):
            continue
        if hit.kind == "metonym" and _seat_of_institution(ent):
            continue
        # "the Kremlin": the mention is the name without the article
        if ent[0].lower_ == "the" and len(ent) > 1:
            start = ent[1].idx
        yield hit.name, Mention(
            doc_id=ctx.doc_id,
            start_char=start,
            end_char=end,
            text=text[start:end],
            kind=hit.kind,
            extractor=EXTRACTOR,
            confidence=0.95 if hit.kind in ("name", "alias", "acronym") else 0.8,
        )


def extract_states(doc, ctx) -> Iterator[State]:
    """One :class:`State` per canonical state, with all its mentions, in order of first mention."""
    gaz = get_gazetteer()
    grouped: dict[str, list[Mention]] = {}
    for name, mention in state_mentions(doc, ctx, gaz):
        grouped.setdefault(name, []).append(mention)
    for name, mentions in grouped.items():
        entry = gaz.states.get(name)
        first = mentions[0]
        yield State(
            doc_id=ctx.doc_id,
            start_char=first.start_char,
            end_char=first.end_char,
            name=name,
            code=entry.code if entry else None,
            mentions=tuple(mentions),
            extractor=EXTRACTOR,
            confidence=max(m.confidence for m in mentions),
        )
