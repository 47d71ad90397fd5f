"""Polarity of evaluative phrases about the relationship (used by ``dyad.extract.stances.extractor``).

A phrase of the evaluative lexicon (``lexicons/stance.json``) at a token gets -1 or +1,
then: negation flips it ("no prospect of progress"), except that a negated comparative
is a superlative ("have never been closer"); a verb that takes away what the phrase
names reverses it ("eroded the trust"); hedges halve it ("may", "could"); intensifiers
make it count 1.5; concession and contrast weigh it ("despite X" little, after "but" more).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from dyad.extract.context import token_forms
from dyad.extract.lexicons import load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["stance_lexicon", "token_polarity", "match_at", "phrases", "NEG_WINDOW"]


def stance_lexicon(lang: str = "en") -> Mapping[str, object]:
    """Evaluative words, negators, hedges and relationship markers (``lexicons/stance.json``)."""
    return load_lexicon("stance", lang)


NEG_WINDOW = 3
# clause links that a negation of the governing clause does not reach across
_SUBORDINATE = frozenset({"advcl"})  # not relcl: "lacks groups that are interested" is denied
# predicates whose denial denies their subject ("a lasting truce is not assured")
_ASSURED = frozenset({"guarantee", "guaranteed", "assured", "assure", "certain", "sure", "secure", "secured",
                      "inevitable", "given", "real", "permanent", "irreversible", "settled", "done", "over"})

_PHRASE_INDEX: dict[int, tuple[object, dict[str, list[tuple[str, ...]]]]] = {}


def phrases(words) -> dict[str, list[tuple[str, ...]]]:
    """Lexicon phrases as token tuples, indexed by their first word (built once per word list object)."""
    hit = _PHRASE_INDEX.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1]
    key = tuple(words)
    index = next((ix for obj, ix in _PHRASE_INDEX.values() if tuple(obj) == key), None)
    if index is None:
        index = {}
        for w in words:
            toks = tuple(re.findall(r"[\w']+|[^\w\s]", w.lower()))  # as spaCy splits "all-time low"
            if toks:
                index.setdefault(toks[0], []).append(toks)
        for lst in index.values():
            lst.sort(key=len, reverse=True)
    _PHRASE_INDEX[id(words)] = (words, index)  # the object is kept, so its id stays its own
    return index


def match_at(doc: "Doc", i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length in tokens of the longest lexicon phrase starting at token ``i`` (lemma or text), 0 if none."""
    lemmas, lowers = token_forms(doc)
    lemma, low = lemmas[i], lowers[i]
    candidates = phrases.get(lemma, []) + (phrases.get(low, []) if low != lemma else [])
    if not candidates:
        return 0
    best = 0
    for key in candidates:
        n = len(key)
        if n <= best or i + n > len(lemmas):
            continue
        if all(key[k] in (lemmas[i + k], lowers[i + k]) for k in range(1, n)):
            best = n
    return best


def token_polarity(doc: "Doc", i: int, lex=None) -> tuple[float, int]:
    """Polarity (-2 .. 2) of the evaluative phrase at token ``i`` and its length; (0, 0) if none.

    Negators in the three tokens before (or a ``neg`` child of the phrase's head) flip it;
    hedges in the sentence before it halve it; intensifiers right before make it count 1.5.
    """
    lex = lex or stance_lexicon()
    pos = match_at(doc, i, phrases(lex["positive"]))
    neg = match_at(doc, i, phrases(lex["negative"]))
    if not pos and not neg:
        return 0.0, 0
    n, value = (pos, 1.0) if pos >= neg else (neg, -1.0)
    tok = doc[i]
    sent_start = tok.sent.start
    window = doc[max(sent_start, i - NEG_WINDOW):i]
    negated = any(_is_negator(t, lex) for t in window) or _far_from(window)
    if not negated:
        negated = _negated_above(tok, lex) or _negated_predicate(tok, lex)
    if negated and _comparative(tok):
        value *= 1.5  # "have never been closer", "could not be better": a superlative, not a denial
    elif negated:
        value = -value
    if _reversed_by_verb(tok, lex):
        value = -value  # "destroyed the trust", "dashed hopes of a settlement"
    before = doc[sent_start:i]
    if any(t.lower_ in lex["hedges"] for t in before) or _hedged_verb(tok, lex):
        value *= 0.5
    if i > 0 and doc[i - 1].lower_ in lex["intensifiers"]:
        value *= 1.5
    return value * _contrast_weight(tok, lex), n


def _comparative(tok: "Token") -> bool:
    """A comparative adjective or adverb ("closer", "better", "more fruitful") as a predicate."""
    if tok.tag_ in ("JJR", "RBR"):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in ("more", "less") and tok.pos_ in ("ADJ", "ADV")


def _reversed_by_verb(tok: "Token", lex) -> bool:
    """The phrase is (inside) the object of a verb that destroys or takes away what it names
    ("eroded the trust", "dashed hopes of a settlement", "the trust was destroyed")."""
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in lex["enders"]:
        return True  # "the thaw could end", "hopes faded": the subject of a verb of ending
    cur = tok
    for _ in range(4):
        if cur.head is cur or cur.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "compound", "amod", "conj"):
            return False
        head = cur.head
        if cur.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in lex["reversers"]:
            return True
        if cur.dep_ == "dobj" and head.pos_ == "VERB" and any(
                c.lower_ in ("behind", "aside") and c.dep_ in ("prt", "advmod", "prep")
                for c in list(head.children) + list(cur.children)):
            return True  # "leave the problems behind", "put their differences aside"
        cur = head
    return False


def _hedged_verb(tok: "Token", lex) -> bool:
    """The clause of ``tok`` carries a hedging modal ("the thaw could end", "trust may grow")."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in lex["hedges"] for c in cur.children)
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _contrast_weight(tok: "Token", lex) -> float:
    """Concession and contrast: 'despite X' counts little; before 'but' half, after 'but' 1.5 (as in VADER)."""
    cur = tok
    for _ in range(6):
        if cur.lower_ in lex["concessive"] and cur.dep_ in ("prep", "mark") or any(
                c.dep_ == "mark" and c.lower_ in lex["concessive"] for c in cur.children):
            return 0.3
        if cur.head is cur:
            break
        cur = cur.head
    if _background(tok):
        return 0.3
    sent = tok.sent
    buts = [t.i for t in sent if (t.lower_ in ("but", "however", "yet") and t.i > sent.start + 1) or _still(t, lex)]
    if buts:
        return 0.5 if tok.i < buts[0] else 1.5
    return 1.0


def _background(tok: "Token") -> bool:
    """A phrase in a span of time behind the news: "after years of friction", "following decades of mistrust"."""
    cur = tok
    for _ in range(4):
        if cur.head is cur:
            return False
        head = cur.head
        if cur.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in (
                "year", "decade", "month", "period", "century") and head.head.dep_ == "pobj" and \
                head.head.head.lower_ in ("after", "following"):
            return True
        cur = head
    return False


def _is_negator(t: "Token", lex) -> bool:
    """A negating word; "a little progress" and "a few steps" are not negations."""
    if t.dep_ == "neg":
        return True
    if t.lower_ not in lex["negators"]:
        return False
    return not (t.lower_ in ("little", "few") and t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "quite"))


def _negated_above(tok: "Token", lex) -> bool:
    """A negation on the phrases governing ``tok`` ("no prospect for the resolution", "lacks groups interested")."""
    cur = tok
    for _ in range(3):
        if cur.head is cur or cur.dep_ in _SUBORDINATE:
            return False  # "cannot afford a war when its currency is collapsing": the when-clause is not denied
        cur = cur.head
        if cur.lemma_.lower() in lex["negators"] and cur.i < tok.i:
            return True
        for c in cur.children:
            if c.i < tok.i and (c.dep_ == "neg" or (c.dep_ in ("det", "amod") and c.lower_ in ("no", "neither", "little", "few")
                                                     and _is_negator(c, lex))):
                return True  # "no prospect of progress", "little hope for a breakthrough"
            if c.i < tok.i and c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("none", "nothing", "nobody"):
                return True  # "nothing suggests the partnership is doomed"
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ROOT", "ccomp", "conj", "advcl"):
            return False
    return False


def _far_from(window) -> bool:
    """"far from" denies what follows ("far from a breakthrough")."""
    toks = list(window)
    return any(a.lower_ == "far" and b.lower_ == "from" for a, b in zip(toks, toks[1:]))


def _negated_predicate(tok: "Token", lex) -> bool:
    """The phrase is the subject of a denied assurance: "a lasting truce is far from guaranteed",
    "the reconciliation is not assured"."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    after = [t for t in head.subtree if t.i > tok.i and not any(a.dep_ in _SUBORDINATE for a in t.ancestors
                                                                   if a.i != head.i and head in a.ancestors)]
    if not any(p.lemma_.lower() in _ASSURED or p.lower_ in _ASSURED for p in [head] + after):
        return False
    if any(t.dep_ == "neg" for t in list(head.children) + after):
        return True
    return any(a.lower_ == "far" and b.lower_ == "from" for a, b in zip(after, after[1:]))


def _still(t: "Token", lex) -> bool:
    """A concessive "still" / "nonetheless" after "and" or "but" turns the sentence like "but" does
    ("they quarrel and still remain partners")."""
    words = lex.get("contrast_still", ())
    if t.lower_ not in words or t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    if prev.lower_ in ("can", "could", "may", "might", "will", "would") and t.i > 1:
        prev = t.doc[t.i - 2]  # "and can still be allies"
    return prev.lower_ in ("and", "but", "yet") and prev.i > t.sent.start
