"""Sentence units and reference resolution for causal extraction.

A *unit* is a parser sentence cut at line breaks (headings and page furniture never share
a unit with the prose after them). :class:`Resolver` turns a head token into the phrases a
claim names: coordinated items are split, ``including A and B`` names the items, and
pronouns (``which``, ``this``, ``it``) are replaced by what they stand for, looking no
further back than the two previous units.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from dyad.extract.context import doc_text
from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import (
    DISCOURSE,
    CharSpan,
    char_span,
    clause,
    conjuncts,
    is_pronoun,
    phrase,
    trim_range,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["Units", "Resolver", "Item"]

# (character span, head token or None)
Item = tuple[CharSpan, "Token | None"]

_QUOTES = set("\"“”«»")
_PERSON_ENTS = {"PERSON"}
_ACTOR_ENTS = {"PERSON", "GPE", "NORP", "ORG"}
# "X, including A and B" names A and B only when X is a mere category
_GENERIC_NOUNS = {"factor", "issue", "problem", "threat", "risk", "measure", "step", "development", "event",
                  "circumstance", "thing", "area", "aspect", "element", "reason", "challenge", "obstacle"}
_LIGHT_NOUNS = {"way", "manner", "thing", "one", "kind", "extent", "sort", "time", "point", "degree"}
_CONTENT_NOUNS = {"fact", "idea", "notion", "belief", "claim", "assumption", "prospect", "possibility"}


def _kid(tok: "Token", dep: str, lower: str | None = None) -> "Token | None":
    return next((c for c in tok.children if c.dep_ == dep and (lower is None or c.lower_ == lower)), None)


def _joint(tok: "Token") -> bool:
    """Whether the items coordinated under ``tok`` are read together: "both A and B" names one
    joint factor, and "the protests of Poland and the Baltic states" coordinates the names under
    "of" (the parser hung the second name on the head noun)."""
    conj = [c for c in tok.children if c.dep_ == "conj"]
    if not conj:
        return False
    if tok.dep_ == "dobj" and any(c.dep_ == "preconj" and c.lower_ == "both" for c in tok.children):
        return True  # "limits both A and B" (a list of causes, "both A and B", stays split)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < conj[0].i), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or tok.pos_ == "PROPN" or tok.ent_type_ in _ACTOR_ENTS:
        return False

    def named(t: "Token") -> bool:
        return t.pos_ == "PROPN" or t.ent_type_ in _ACTOR_ENTS or any(
            c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in _ACTOR_ENTS) for c in t.children)
    return named(obj) and all(named(c) for c in conj)


_RESULTATIVE = frozenset({"push", "drive", "bring", "turn", "force", "pull", "draw", "plunge", "tip", "propel", "nudge",
                          "steer", "lead", "throw", "send"})

class Units:
    """Parser sentences cut at line breaks, as token ranges ``[a, b)``."""

    def __init__(self, doc: "Doc"):
        self.doc = doc
        ranges: list[tuple[int, int]] = []
        for sent in doc.sents:
            a = sent.start
            for t in sent:
                if "\n" in t.text or (t.is_space and "\n" in t.text_with_ws):
                    if a < t.i:
                        ranges.append((a, t.i))
                    a = t.i + 1
                elif t.i > sent.start and "\n" in doc[t.i - 1].whitespace_:
                    if a < t.i:
                        ranges.append((a, t.i))
                    a = t.i
            if a < sent.end:
                ranges.append((a, sent.end))
        self.ranges = [r for r in ranges if trim_range(doc, *r)]
        self._starts = [a for a, _ in self.ranges]

    def index_of(self, tok_i: int) -> int:
        k = bisect_right(self._starts, tok_i) - 1
        if k >= 0 and tok_i < self.ranges[k][1]:
            return k
        return -1

    def span(self, k: int) -> CharSpan:
        a, b = trim_range(self.doc, *self.ranges[k])  # type: ignore[misc]
        return char_span(self.doc, a, b)

    def content(self, k: int) -> tuple[CharSpan, "Token | None"] | None:
        """Unit ``k`` without opening conjunctions, discourse adverbs and punctuation.

        ``None`` for a heading or fragment (a unit without a finite verb).
        """
        if k < 0 or k >= len(self.ranges):
            return None
        doc = self.doc
        a, b = self.ranges[k]
        toks = doc[a:b]
        if not any(t.pos_ in ("VERB", "AUX") for t in toks):
            return None
        while a < b and (doc[a].is_punct or doc[a].is_space or doc[a].dep_ == "cc"
                         or (doc[a].lower_ in DISCOURSE and doc[a].dep_ in ("advmod", "cc"))):
            a += 1
        r = trim_range(doc, a, b)
        if r is None:
            return None
        root = next((t for t in doc[r[0]:r[1]] if t.head.i == t.i or not (r[0] <= t.head.i < r[1])), None)
        if root is not None and r[1] - r[0] > 25:
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            fronted = [c for c in root.children if subj is not None and c.i < subj.i
                       and c.dep_ in ("prep", "advcl", "npadvmod", "advmod")]
            if fronted:
                start = max(c.right_edge.i for c in fronted) + 1
                r2 = trim_range(doc, start, r[1])
                if r2:
                    r = r2
        return char_span(doc, *r), root


class Resolver:
    """Phrases for the heads of causes and effects, with pronouns resolved."""

    def __init__(self, doc: "Doc", units: Units, lex: CausalLexicon):
        self.doc = doc
        self.units = units
        self.lex = lex
        self.last_topic: Item | None = None

    # ------------------------------------------------------------------ items
    def items(self, tok: "Token | None", exclude=(), *, split: bool = True) -> list[Item]:
        """The phrases that ``tok`` names: one per coordinated item, pronouns resolved."""
        if tok is None:
            return []
        if is_pronoun(tok) or tok.lower_ in self.lex.demonstratives and tok.dep_ != "det":
            res = self.resolve(tok)
            return [res] if res else []
        inc = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("including", "such")), None)
        generic = tok.lemma_.lower() in _GENERIC_NOUNS or any(
            c.dep_ == "det" and c.lower_ in ("no", "any", "all") for c in tok.children)
        if inc is not None and split and generic:
            pobj = next((c for c in inc.subtree if c.dep_ == "pobj"), None)
            if pobj is not None:
                # "including the situation around A and B in C": a listed item the parser hung
                # under the first item's own modifier is an item of the list, not of that modifier
                deep = [t for t in pobj.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
                        and t.head.dep_ == "pobj" and t.head.i != pobj.i and t.head.head.head.i == pobj.i
                        and (any(c.dep_ in ("prep", "det", "amod", "poss") for c in t.children)
                             or any(c.dep_ == "prep" and c.i > t.i for c in t.head.children))]
                if not deep:
                    return self.items(pobj, exclude, split=True)
                cut = [c for d in deep for c in d.head.children if c.i >= d.i - 1]
                out = self.items(pobj, list(exclude) + cut, split=True)
                for d in deep:
                    tail = [c for c in d.head.children if c.i > d.i]
                    end = max([d.right_edge.i] + [c.right_edge.i for c in tail]) + 1
                    r = trim_range(self.doc, d.left_edge.i, end)
                    if r:
                        out.append((char_span(self.doc, *r), d))
                return out
        if split and _joint(tok):
            split = False  # "both A and B", "A of X and Y": one phrase, not two causes
        heads = conjuncts(tok) if split else [tok]
        out: list[Item] = []
        for h in heads:
            sp = phrase(h, exclude, split=split)
            if sp:
                out.append((sp, h))
        return out

    def clause_item(self, verb: "Token | None", exclude=()) -> list[Item]:
        if verb is None:
            return []
        sp = clause(verb, exclude)
        return [(sp, verb)] if sp else []

    # ------------------------------------------------------------ complements
    def copula_complement(self, tok: "Token") -> list[Item]:
        """What a causal noun that is the subject of a copula is said to be:
        "the main obstacle to Y is [X]", "the reason for Y is [that X]"."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_ not in ("be", "remain"):
            return []
        for c in verb.children:
            if c.i < tok.i:
                continue
            if c.dep_ == "ccomp" and _kid(c, "mark", "that") is not None:
                return self.clause_item(c)
            if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN"):
                return self.items(c)
        return []

    def object_clause(self, head: "Token") -> list[Item]:
        """The effect of an object-clause verb: ``allow [Japan to strengthen its role]``."""
        comp = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp")), None)
        dobj = _kid(head, "dobj")
        if comp is None and dobj is not None:
            # "pushed Tokyo to seek ...": the infinitive parsed as an adverbial clause right after the object
            comp = next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VB"
                         and c.left_edge.i == dobj.right_edge.i + 1 and _kid(c, "aux", "to") is not None), None)
        if comp is None:
            return self.object_with_tail(head, dobj)
        out: list[Item] = []
        doc = head.doc
        # "help [the sides build trust and reiterate their positions]": verbs that share the
        # subject stay one effect; "[A to rise] and [B to fall]" are two
        comps = [comp] + [c for c in comp.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and _kid(c, "nsubj") is not None]
        # "allowed [him to score points] and [his rating to surge]": a second infinitive clause
        # coordinated with the first one but attached to the verb
        comps += [c for c in head.children if c.dep_ == "conj" and c.tag_ == "VB" and c.i > comp.i
                  and _kid(c, "aux", "to") is not None and _kid(c, "nsubj") is not None]
        for i, c in enumerate(comps):
            left = c.left_edge.i
            if i == 0 and dobj is not None and dobj.i < left:
                left = dobj.left_edge.i
            right = c.right_edge.i + 1
            if i == 0 and len(comps) > 1:
                right = comps[1].left_edge.i
            r = trim_range(doc, left, right)
            if r:
                out.append((char_span(doc, *r), c))
        return out

    def object_with_tail(self, verb: "Token", obj: "Token | None") -> list[Item]:
        """The object of ``verb`` with a resultative tail: "bring [X closer together]", "push [A and B apart]"."""
        if obj is None:
            return []
        tail = [c for c in verb.children if c.i > obj.i and (
            c.dep_ in ("advmod", "oprd", "acomp", "prt", "ccomp") and c.pos_ in ("ADV", "ADJ", "ADP")
            # "prevent X from joining", "stop X from V-ing"
            or c.dep_ == "prep" and c.lower_ == "from" and any(x.dep_ == "pcomp" and x.tag_ == "VBG" for x in c.children)
            # "gives X a role as Y", "affords X significance as Y": the capacity is part of the effect
            or c.dep_ == "prep" and c.lower_ == "as" and c.i == obj.right_edge.i + 1
            # "push the economy into recession", "drive Tokyo towards Washington": where the object ends up
            or c.dep_ == "prep" and c.lower_ in ("into", "towards", "toward", "to") and verb.lemma_.lower() in _RESULTATIVE
            and any(x.dep_ == "pobj" for x in c.children))]
        if not tail or self.items(obj, split=False) == []:
            return self.items(obj)
        sp = trim_range(verb.doc, obj.left_edge.i, max(t.right_edge.i for t in tail) + 1)
        if sp is None or is_pronoun(obj):
            return self.items(obj)
        return [(char_span(verb.doc, *sp), obj)]

    # ------------------------------------------------------------- pronouns
    def resolve(self, tok: "Token") -> Item | None:
        low = tok.lower_
        if low in self.lex.person_pronouns and low not in ("they", "them", "one"):
            return None
        if tok.ent_type_ in _PERSON_ENTS:
            return None
        # relative pronoun: the noun the relative clause belongs to
        if tok.tag_ in ("WDT", "WP") or (low in ("which", "that", "who") and tok.head.dep_ == "relcl"):
            rel = tok.head
            while rel.dep_ in ("prep", "pobj", "pcomp") and rel.head.i != rel.i:
                rel = rel.head  # "the chemicals that chipmakers depend on": a stranded preposition
            while rel.dep_ == "conj" and rel.head.i != rel.i:
                rel = rel.head
            if rel.dep_ != "relcl" or rel.head.pos_ not in ("NOUN", "PROPN"):
                return None
            ante = rel.head
            if ante.lemma_.lower() in _LIGHT_NOUNS:
                return None
            # cleft "it is X of Y that ...": X, not the last noun before "that"
            outer = ante
            while outer.dep_ == "pobj" and outer.head.head.pos_ in ("NOUN", "PROPN"):
                outer = outer.head.head
            if outer.dep_ == "attr" and any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl") for c in outer.head.children):
                ante = outer
            elif ante is not outer and ante.head.lower_ in ("to", "of", "in", "on", "with"):
                ante = outer  # "the visit to Japan, which ...": the whole noun phrase
            sp = phrase(ante, [rel], split=False)
            return (sp, ante) if sp else None
        k = self.units.index_of(tok.i)
        if low in ("this", "that", "these", "those"):
            quoted = self._quote_before(tok, k)
            if quoted:
                return quoted
            return self.units.content(k - 1)
        if low in ("it", "its", "they", "their", "them", "theirs"):
            return self._subject_before(tok, k, depth=0)
        return None

    def _quote_before(self, tok: "Token", k: int) -> Item | None:
        if k < 0:
            return None
        a, _ = self.units.ranges[k]
        doc = self.doc
        marks = [t.i for t in doc[a:tok.i] if t.text in _QUOTES]
        if len(marks) >= 2:
            r = trim_range(doc, marks[0] + 1, marks[1])
            if r and r[1] - r[0] >= 3:
                return char_span(doc, *r), None
        return None

    def _subject_before(self, tok: "Token", k: int, depth: int) -> Item | None:
        if k < 0 or depth > 1:
            return None
        doc = self.doc
        a, b = self.units.ranges[k]
        end = min(tok.i, b) if a <= tok.i < b else b
        own = tok.head
        while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
            own = own.head
        cands = [t for t in doc[a:end] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                 and t.ent_type_ not in _PERSON_ENTS and not (t.i <= tok.i <= t.right_edge.i)
                 and not (t.head.i == own.i and a <= tok.i < b and tok.dep_ != "poss")]  # a pronoun never names its own clause's subject
        if cands:
            h = cands[-1] if a <= tok.i < b else cands[0]
            cut = ("relcl", "appos") if h.lemma_.lower() in _CONTENT_NOUNS else ("relcl", "acl", "appos")
            sp = phrase(h, [c for c in h.children if c.dep_ in cut], split=False)
            return (sp, h) if sp else None
        if a <= tok.i < b:
            return self._subject_before(tok, k - 1, depth)
        # the previous unit's subject is itself a pronoun: follow it one step further
        pron = next((t for t in doc[a:b] if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("it", "they")), None)
        if pron is not None:
            return self._subject_before(pron, k - 1, depth + 1)
        return None

    # ---------------------------------------------------------------- topic
    def topic(self, within: CharSpan | None, tok_i: int) -> Item | None:
        """What a constraint without a named target weighs on: the relationship or process
        under discussion (a topic noun inside ``within``, else in the 3 previous units)."""
        doc = self.doc
        topic = self.lex.topic_nouns
        if within is not None:
            for t in doc.char_span(*within, alignment_mode="expand") or []:
                if t.lower_ in topic and t.pos_ == "NOUN":
                    return self._topic_phrase(t)
        k = self.units.index_of(tok_i)
        for j in range(k - 1, max(-1, k - 4), -1):  # keep within TOPIC_REACH of causal.rules
            a, b = self.units.ranges[j]
            for t in reversed(doc[a:b]):
                if t.lower_ in topic and t.pos_ == "NOUN":
                    return self._topic_phrase(t)
        return None

    def _topic_phrase(self, t: "Token") -> Item | None:
        sp = phrase(t, [c for c in t.children if c.dep_ in ("relcl", "acl", "appos")], split=False)
        if sp is None or len(doc_text(self.doc)[sp[0]:sp[1]].split()) > 10:
            sp = char_span(self.doc, t.i, t.i + 1)
        return sp, t

    # ---------------------------------------------------------------- actors
    @staticmethod
    def is_actor(tok: "Token | None", lex: CausalLexicon) -> bool:
        if tok is None:
            return False
        return (tok.ent_type_ in _ACTOR_ENTS or tok.lower_ in lex.person_pronouns
                or tok.lemma_.lower() in lex.actor_nouns or tok.lower_ in lex.actor_nouns)
