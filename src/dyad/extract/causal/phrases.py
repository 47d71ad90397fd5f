"""Phrase helpers for causal extraction: tight spans, coordination, pronouns, modality.

Everything here works on a parsed spaCy ``Doc`` and returns character spans
``(start_char, end_char)`` into ``doc.text``; nothing here knows about particular cues
(those live in :mod:`dyad.extract.causal.rules` and the JSON lexicon).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from dyad.extract.causal.lexicon import CausalLexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "CharSpan",
    "char_span",
    "trim_range",
    "phrase",
    "clause",
    "conjuncts",
    "subject_of",
    "governors",
    "is_negated",
    "is_effect_negated",
    "modality_of",
    "is_pronoun",
    "shrinking",
    "DISCOURSE",
]

CharSpan = tuple[int, int]

# sentence adverbs and conjunctions that open a clause without being part of its content
DISCOURSE = frozenset(
    "however moreover meanwhile furthermore still yet also indeed naturally so then now and but or "
    "nor besides instead nevertheless nonetheless additionally further finally first secondly "
    "thirdly lastly firstly second third".split()
)
_EDGE_PUNCT = set(",.;:!?—–-()[]\"'“”‘’…")
_CLAUSE_DROP_DEPS = {"cc", "punct", "intj", "mark", "preconj"}


def char_span(doc: "Doc", a: int, b: int) -> CharSpan:
    """Character span of tokens ``doc[a:b]`` (``b`` exclusive, ``a < b``)."""
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


def _droppable(tok: "Token") -> bool:
    text = tok.text
    return (
        tok.is_space
        or text in _EDGE_PUNCT
        or (tok.is_punct and tok.text not in ("%",))
        or tok.dep_ in ("cc", "preconj", "mark")
        or tok.lower_ in ("and", "or", "but")
        # "both A and B" (coordination) but not "both sides" (the two parties themselves)
        or (tok.lower_ == "both" and any(c.dep_ == "conj" for c in tok.head.children))
    )


def trim_range(doc: "Doc", a: int, b: int) -> tuple[int, int] | None:
    """Trim punctuation, conjunctions and spaces from both ends of ``doc[a:b]``."""
    while a < b and _droppable(doc[a]):
        a += 1
    while b > a and (doc[b - 1].is_space or doc[b - 1].text in _EDGE_PUNCT or doc[b - 1].dep_ in ("cc", "preconj")):
        b -= 1
    # a phrase never ends on a dangling preposition, determiner or "to"
    while b > a and doc[b - 1].pos_ in ("ADP", "DET", "PART", "CCONJ", "SCONJ") and doc[b - 1].dep_ not in ("pobj", "prt") \
            and not (b - 2 > a and doc[b - 2].text == "-" and not doc[b - 2].whitespace_):  # "build-up"
        b -= 1
    if b <= a:
        return None
    return a, b


def _run_containing(indices: Sequence[int], anchor: int) -> tuple[int, int] | None:
    """The maximal run of consecutive indices that contains ``anchor`` (as ``[a, b)``)."""
    if anchor not in indices:
        return None
    s = set(indices)
    a = anchor
    while a - 1 in s:
        a -= 1
    b = anchor + 1
    while b in s:
        b += 1
    return a, b


def _subtree_minus(tok: "Token", exclude: Iterable["Token"]) -> list[int]:
    banned: set[int] = set()
    for ex in exclude:
        if ex.i == tok.i:
            continue
        banned.update(t.i for t in ex.subtree)
    return sorted(t.i for t in tok.subtree if t.i not in banned)


def phrase(tok: "Token", exclude: Iterable["Token"] = (), *, split: bool = True) -> CharSpan | None:
    """Tight character span of the phrase headed by ``tok``.

    The subtree of ``tok`` without ``exclude`` (and, when ``split``, without its coordinated
    conjuncts), cut to the contiguous run around ``tok`` and trimmed of edge punctuation.
    """
    doc = tok.doc
    ex = list(exclude)
    if split:
        ex += [c for c in tok.children if c.dep_ in ("conj", "cc", "preconj")]
    # "neither A nor B": the denial belongs to the link (modality), not to A
    ex += [c for c in tok.children if c.dep_ in ("det", "preconj") and c.lower_ in ("neither", "either", "both")
           and (c.lower_ != "both" or any(k.dep_ == "conj" for k in tok.children))]
    # "X, according to the expert," and parenthetical asides are not part of X
    ex += [c for c in tok.children if c.lower_ == "according" or (c.left_edge.text == "(" and c.i > tok.i)]
    # a non-restrictive relative clause (", which ...") comments on the phrase, it is not part of it
    ex += [c for c in tok.children if c.dep_ == "relcl" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
    # relative and participial clauses that follow a long noun phrase are kept; an
    # appositive that merely repeats the head is cut when it follows a comma
    idx = _subtree_minus(tok, ex)
    run = _run_containing(idx, tok.i)
    if run is None:
        return None
    r = trim_range(doc, *run)
    if r is None:
        return None
    return char_span(doc, *r)


def clause(verb: "Token", exclude: Iterable["Token"] = ()) -> CharSpan | None:
    """Character span of the clause headed by ``verb`` without its discourse openers."""
    doc = verb.doc
    ex = list(exclude)
    for c in verb.children:
        if c.i < verb.i and (
            c.dep_ in _CLAUSE_DROP_DEPS
            or (c.dep_ == "advmod" and c.lower_ in DISCOURSE)
            or (c.dep_ == "prep" and c.lower_ == "according")
        ):
            ex.append(c)
        elif c.dep_ == "prep" and c.lower_ == "according":
            ex.append(c)
        elif c.dep_ == "punct" and c.i > verb.i and c.text in (":", ";", "—", "–"):
            # a colon or dash after the predicate starts another statement
            ex.extend(t for t in c.doc[c.i: verb.right_edge.i + 1] if t.head == verb)
    idx = _subtree_minus(verb, ex)
    run = _run_containing(idx, verb.i)
    if run is None:
        return None
    r = trim_range(doc, *run)
    return char_span(doc, *r) if r else None


def conjuncts(tok: "Token") -> list["Token"]:
    """``tok`` and the tokens coordinated with it, in text order (``A, B and C``)."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)


def is_pronoun(tok: "Token") -> bool:
    """Whether ``tok`` stands for something said elsewhere (``it``, ``this``, ``which``)."""
    if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$", "WDT", "WP"):
        return True
    return tok.tag_ == "DT" and tok.dep_ != "det"


def subject_of(verb: "Token", lex: CausalLexicon) -> "Token | None":
    """The subject of ``verb``, climbing through coordination, raising and relative clauses.

    Returns ``None`` when the verb is governed by an intention (``wants to limit``): an
    intention is not a causal claim.
    """
    v = verb
    for _ in range(5):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
                return c
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
            continue
        if v.dep_ == "xcomp":
            head = v.head
            if _intention(head, lex) or head.lemma_.lower() in lex.intention_adjectives:
                if not _not_an_intention(head, lex):
                    return None
            if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
                head = head.head  # "are unlikely to add", "are hardly enough to produce"
            v = head
            continue
        if v.dep_ == "relcl":
            # "issues that divide X" names its subject; "ways to reduce X" does not
            return v.head if v.tag_ != "VB" else None
        if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ", "VBP"):
            return v.head  # a finite verb misparsed as a clause of its own subject
        break
    return None


def _intention(verb: "Token", lex: CausalLexicon) -> bool:
    """Whether ``verb`` is an intention verb, also when the lemmatizer missed ("hoped" -> "hop")."""
    if verb.lemma_.lower() in lex.intention_verbs:
        return True
    low = verb.lower_
    return verb.tag_ in ("VBD", "VBN", "VBZ") and any(
        low.endswith(suf) and low[: len(low) - len(suf)] + add in lex.intention_verbs
        for suf, add in (("ed", "e"), ("d", ""), ("s", ""), ("ed", "")))


# "is expected to boost" (a forecast), "the row threatens to derail" (a risk): no one intends
SOFT_INTENTIONS = frozenset({"threaten", "promise"})
PREDICTING = frozenset({"expect", "set", "poised", "bound", "due", "slate", "forecast", "project", "predict"})
RISKING = frozenset({"risk", "threaten"})
_ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _not_an_intention(head: "Token", lex: CausalLexicon) -> bool:
    """Whether an intention verb governing an infinitive only forecasts or warns."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return head.lemma_.lower() in PREDICTING
    if head.lemma_.lower() in SOFT_INTENTIONS:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subj is not None and not (subj.ent_type_ in _ACTOR_ENTS or subj.lower_ in lex.person_pronouns
                                         or subj.lemma_.lower() in lex.actor_nouns)
    return False


def governors(tok: "Token") -> list["Token"]:
    """``tok`` and the predicates that govern its modality (``unlikely`` in ``unlikely to add``)."""
    out = [tok]
    cur = tok
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        out.append(tok.head)  # "could create X and bring Y": "bring" shares "could" (not "..., and Z brings Y")
    for _ in range(3):
        if cur.dep_ in ("xcomp", "acomp", "attr", "oprd", "relcl") or (cur.dep_ == "dobj" and cur.head.lemma_ == "have"):
            if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                break
            cur = cur.head
            out.append(cur)
            continue
        if cur.pos_ == "ADJ" and cur.dep_ == "amod":
            break
        break
    return out


def is_negated(gov: Sequence["Token"], lex: CausalLexicon) -> bool:
    """Whether the link itself is denied (``did not lead to``, ``hardly enough to produce``)."""
    for g in gov:
        if g.lemma_.lower() in ("unlikely", "fail"):
            return True
        for c in g.children:
            low = c.lower_
            if c.dep_ == "neg":
                return True
            if c.dep_ == "advmod" and low == "longer" and any(x.lower_ == "no" for x in c.children):
                return True
            if c.dep_ == "advmod" and low in ("hardly", "scarcely", "barely", "never"):
                return True
            if c.dep_ in ("dobj", "attr") and low in ("little", "nothing"):
                return True
    return False


def is_effect_negated(head: "Token | None") -> bool:
    """Whether the effect clause is itself negative as written (``allow X not to be``)."""
    if head is None:
        return False
    for c in head.children:
        if c.dep_ == "neg":
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children):
            return True
    return False


def modality_of(gov: Sequence["Token"], sent: "Span", lex: CausalLexicon, negated: bool) -> str:
    """asserted | hedged | predicted | negated, from the auxiliaries and adverbs of ``gov``."""
    if negated:
        return "negated"
    hedge = predict = False
    for g in gov:
        low = g.lemma_.lower()
        if low in ("possible", "likely", "seem", "appear", "potential") or (
                (low in RISKING or g.lower_[:-1] in RISKING) and any(c.dep_ == "xcomp" for c in g.children)):
            hedge = True
        if low in PREDICTING and any(c.dep_ == "auxpass" for c in g.children):
            predict = True
        for c in g.children:
            cl = c.lower_
            if c.dep_ in ("aux", "auxpass") or c.tag_ == "MD":
                if cl in ("may", "might") or cl == "could" and not any(x.dep_ == "neg" for x in g.children):
                    hedge = True  # "could not ignore": a past inability, not a hedge
                elif cl in lex.predictors or c.lemma_.lower() in lex.predictors:
                    predict = True
            elif c.dep_ in ("advmod", "amod") and cl in ("possibly", "perhaps", "maybe", "probably", "possible", "potential", "potentially", "likely"):
                hedge = True
    if hedge:
        return "hedged"
    if predict:
        return "predicted"
    return "asserted"


def shrinking(head: "Token | None", span: CharSpan, lex: CausalLexicon) -> "tuple[CharSpan, Token] | None":
    """The thing a clause says shrinks: ``exports fell`` -> ``exports``, ``is losing momentum`` -> ``momentum``.

    Claims name factors, and a clause of decrease reads as less of its subject (of the object of
    ``lose``), so the caller narrows the phrase to it and flips the polarity. ``None`` when the
    clause is no plain decrease (transitive, passive, negated, or about a person).
    """
    if head is None or head.pos_ not in ("VERB", "AUX") or not (span[0] <= head.idx < span[1]):
        return None
    kids = list(head.children)
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in kids) or is_effect_negated(head):
        return None
    lemma = head.lemma_.lower()
    target = None
    if lemma in lex.decrease_verbs or (lemma == "wear" and any(c.lower_ == "thin" for c in kids)):
        if any(c.dep_ == "dobj" for c in kids):
            return None  # "weaken the alliance" is a causal verb of its own
        # the subject inside the clause ("if talks stall, goodwill could evaporate" with both hung on the verb)
        target = next((c for c in kids if c.dep_ == "nsubj" and span[0] <= c.idx < span[1]), None)
        if target is None and head.dep_ in ("xcomp", "ccomp"):
            up = head.head  # "allowed [prices] to fall", "prices continued to fall"
            target = next((c for c in up.children if c.dep_ in ("dobj", "nsubj") and span[0] <= c.idx < span[1]), None)
    elif lemma in lex.loss_verbs:
        target = next((c for c in kids if c.dep_ == "dobj"), None)
    if target is None or target.ent_type_ in _ACTOR_ENTS or target.lemma_.lower() in lex.actor_nouns \
            or target.lower_ in lex.person_pronouns \
            or target.lower_ in ("it", "this", "that", "which", "what"):
        return None
    sp = phrase(target, split=False)
    if sp is None or not (span[0] <= sp[0] and sp[1] <= span[1]):
        return None
    return sp, target
