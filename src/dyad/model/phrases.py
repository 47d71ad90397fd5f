"""Clause-like cause/effect phrases read as nominal concepts, with small word-list rules.

The causal extractor hands the model layer whatever span stood in the cause or effect slot: a
noun phrase ("Western sanctions"), but also clauses ("X have opposite approaches", "they are being
compelled", "him to score points") and generic heads ("the role of China", "measures").
:func:`read_phrase` turns one phrase into *readings*: nominal phrases in order of preference,
each remembering whether the clause said there is *less* of it ("sanctions are eroding").  No
spaCy: the rules use the word lists of ``lexicons/phrases.yaml``.

Rules, in order:

1. a matrix clause before ``that`` is dropped ("the fact that X", "it is clear that X"); when its
   subject is a name, the name is kept as a second reading;
2. a phrase that starts with a participle and has no nominal head ("ratified by parliaments") is
   junk;
3. an infinitive clause ``SUBJ to VERB OBJ`` reads as ``OBJ`` (pronoun subjects dropped);
4. a clause with an auxiliary: ``SUBJ have OBJ`` reads as "OBJ of SUBJ"; ``SUBJ is/was ...``
   reads as ``SUBJ``; ``SUBJ will VERB OBJ`` reads as ``OBJ``, then ``SUBJ``;
5. ``[SUBJ] VERB their OBJ`` and ``Name VERBed OBJ`` read as ``OBJ``;
6. every reading then loses determiners and trailing adverbials, a generic head with a
   complement is replaced by the complement ("the role of China" -> "China"), and a reading
   whose head is a pronoun, a bare generic noun ("measures", "great significance") or a bare
   role ("the prime minister") is junk.

>>> [r.text for r in read_phrase("they have absolutely opposite approaches on this matter")[0]]
['opposite approaches']
>>> read_phrase("they are being compelled")[1]
'clause without a nominal head'
>>> r = read_phrase("the sanctions of the West are gradually eroding")[0][0]
>>> (r.text, r.inverted)
('sanctions of the West', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.model.phrase_rules import PhraseRules, load_phrase_rules
from dyad.model.phrase_words import (
    NUMBER_RE,
    PAIR_NOUNS,
    UNRESOLVED,
    MAX_CLAUSE_DEPTH,
    PAIR_READING,
    Word,
    WordClasses,
    singular,
    text_of,
    words as split_words,
)

__all__ = ["PAIR_READING", "Reading", "PhraseRules", "load_phrase_rules", "read_phrase", "is_contrast_head"]

@dataclass(frozen=True, slots=True)
class Reading:
    """A nominal reading of a phrase: ``text`` (words of the phrase), whether the clause said
    there is less of it, the rule that produced it, and ``person`` when it names someone."""

    text: str
    inverted: bool = False
    rule: str = ""
    person: bool = False
    weak: str = ""  # why the reading is a factor only if it names a seed concept ("" when it stands alone)


class _Reader(WordClasses):
    def __init__(self, rules: PhraseRules):
        super().__init__(rules)
        self.why = ""  # why a clause gave no reading (set by the clause rules)

    # --- clause rules -------------------------------------------------------------------
    def read(self, ws: list[Word], depth: int = 0) -> list[Reading]:
        """Readings in preference order (raw, before the nominal clean-up)."""
        if not ws:
            return []
        if depth < MAX_CLAUSE_DEPTH:
            for rule in (self._leading_adverbial, self._that, self._participle_clause, self._infinitive,
                         self._aux_clause, self._possessive_verb, self._verb_object):
                out = rule(ws, depth)
                if out is not None:
                    return out
        return [Reading(text_of(ws))]

    def _sub(self, ws, depth, rule, inverted=False) -> list[Reading]:
        return [Reading(r.text, r.inverted != inverted, r.rule or rule, r.person) for r in self.read(ws, depth + 1)]

    def _leading_adverbial(self, ws, depth):
        """``in the interests of X, Y ...`` -> ``Y ...``."""
        if not self.prep(ws[0]):
            return None
        for k, w in enumerate(ws[:12]):
            if w.orig.endswith(",") and k + 1 < len(ws):
                return self._sub(ws[k + 1:], depth, "")
        return None

    def _that(self, ws, depth):
        for i, w in enumerate(ws):
            if w.low != "that" or i == 0 or i == len(ws) - 1:
                continue
            before = ws[max(0, i - 4):i]
            if not (ws[i - 1].low in ("is", "was") or any(b.low in self.r.that_cues - {"is", "was"} for b in before)):
                continue
            out = self._sub(ws[i + 1:], depth, "complement")
            subj = self._subject(ws[:i])
            if subj and any(s.cap for s in subj) and not any(self.pronoun(s) for s in subj):
                person = self._titled(subj)
                matrix = Reading(text_of(subj), False, "matrix subject", person=person)
                out = [matrix] + out if person else out + [matrix]
            return out
        return None

    def _subject(self, ws: list[Word]) -> list[Word]:
        """Words before the first auxiliary, cue or verb-like word."""
        out = []
        for w in ws:
            if w.low in self.r.aux or w.low in self.r.that_cues or (out and self.participle(w)) or self.adverb(w):
                break
            out.append(w)
        return out

    def _titled(self, ws: list[Word]) -> bool:
        return self.person_name(ws) is not None

    def person_name(self, ws: list[Word]) -> list[Word] | None:
        """The name words of ``[Japanese] Prime Minister Shinzo Abe`` (a title, then 1-3 capitalised
        words and nothing else), else None."""
        lows = [w.low for w in ws]
        for t in self.r.titles:
            for k in range(len(ws) - len(t)):
                if tuple(lows[k:k + len(t)]) != t:
                    continue
                before, name = ws[:k], ws[k + len(t):]
                if (1 <= len(name) <= 3 and all(n.cap and n.low not in self.r.prepositions for n in name)
                        and all(b.cap or self.det(b) for b in before)):
                    return name
        return None

    def _participle_clause(self, ws, depth):
        k = 0
        while k < len(ws) - 1 and self.adverb(ws[k]):
            k += 1
        if not self.participle(ws[k]) or (ws[k].cap and k == 0 and not ws[k].low.endswith("ed")):
            return None
        nxt = ws[k + 1] if k + 1 < len(ws) else None
        if nxt is None or self.prep(nxt) or (nxt.low in ("and", "or") and k + 2 < len(ws)
                                             and self.participle(ws[k + 2])):
            return []
        return None

    def _infinitive(self, ws, depth):
        for t, w in enumerate(ws[:6]):
            if w.low != "to" or t + 1 >= len(ws):
                continue
            subj = ws[:t]
            neg = bool(subj) and subj[-1].low == "not"
            if neg:
                subj = subj[:-1]
            if subj and not (all(self.pronoun(s) for s in subj)
                             or (all(s.cap or s.low == "and" for s in subj) and len(subj) <= 4)):
                return None
            verb = ws[t + 1]
            if self.det(verb) or verb.cap or self.prep(verb) or NUMBER_RE.match(verb.low):
                return None
            rest = ws[t + 2:]
            if self._act_object(verb, rest):
                return []
            inverted = neg != self.lessens(verb, ws)
            if verb.low == "be":
                while rest and (self.verbish(rest[0]) or self.adverb(rest[0])):
                    inverted = inverted != self.lessens(rest[0], ws)
                    rest = rest[1:]
                if rest and self.prep(rest[0]):
                    rest = []  # an agent or a place, not what is meant
            while rest and self.adverb(rest[0]):
                rest = rest[1:]
            out = self._sub(rest, depth, "infinitive object", inverted) if rest else []
            if subj and not any(self.pronoun(s) for s in subj):
                out.append(Reading(text_of(subj), neg, "infinitive subject"))
            return out
        return None

    def _aux_clause(self, ws, depth):
        for i, w in enumerate(ws):
            if i == 0 or w.low not in self.r.aux:
                continue
            subj = ws[:i]
            if self.prep(subj[0]) or ws[i - 1].low == "to" or all(self.det(s) for s in subj):
                return None
            j = i + 1
            while j < len(ws) and (self.adverb(ws[j]) or ws[j].low in self.r.negations or ws[j].low in self.r.aux
                                   or ws[j].low == "to"):
                j += 1
            pred, rest = ws[i:j], ws[j:]
            neg = self.flips(pred)
            copula = any(p.low in self.r.be for p in pred)
            subj_ok = not all(self.pronoun(s) or self.det(s) for s in subj)
            if w.low in self.r.have and not copula and rest and not self.participle(rest[0]):
                obj = self._sub(rest, depth, "possession", neg)
                if subj_ok and obj:
                    head = obj[0]
                    obj[0] = Reading(_of(head.text, text_of(subj), self), head.inverted, "possession", head.person)
                return obj
            if copula or (rest and self.participle(rest[0]) and not self._object_follows(rest)):
                more = rest
                while more and (self.verbish(more[0]) or self.adverb(more[0]) or more[0].low in ("and", "or")):
                    neg = neg != (self.lessens(more[0], ws) and not self.adverb(more[0]))
                    more = more[1:]
                out = [Reading(text_of(subj), neg, "subject")] if subj_ok else []
                return out + (self._sub(more, depth, "predicate") if more else [])
            # auxiliary + lexical verb + object
            subj_reading = [Reading(text_of(subj), neg, "subject")] if subj_ok else []
            if not rest:
                return subj_reading
            verb, obj = rest[0], rest[1:]
            while obj and self.adverb(obj[0]):
                obj = obj[1:]
            if self._act_object(verb, obj):
                return []
            inv = neg != self.lessens(verb, ws)
            return (self._sub(obj, depth, "object", inv) if obj else []) + subj_reading
        return None

    def _object_follows(self, rest: list[Word]) -> bool:
        return len(rest) > 1 and self.det(rest[1]) and rest[1].low != "no"

    def _possessive_verb(self, ws, depth):
        """``[SUBJ] VERB their OBJ`` -> ``OBJ``."""
        for k, w in enumerate(ws):
            if k == 0 or w.low not in self.r.possessives or w.low == "whose":
                continue
            verb = ws[k - 1]
            if self.prep(verb) or self.det(verb) or verb.low in self.r.conjunctions or verb.cap:
                return None
            before = ws[:k - 1]
            if len(before) > 5 or any(self.prep(b) and not (b.low == "to" and n == len(before) - 1)
                                      for n, b in enumerate(before)):
                return None
            if self._act_object(verb, ws[k:]):
                return []
            return self._sub(ws[k + 1:], depth, "object", self.lessens(verb, ws))
        return None

    def _verb_object(self, ws, depth):
        """``Name VERBed OBJ``, ``SUBJ VERBed the OBJ`` -> ``OBJ`` (then ``SUBJ``)."""
        for i in range(1, len(ws) - 1):
            w, prev, nxt = ws[i], ws[i - 1], ws[i + 1]
            if w.cap or not w.low.endswith("ed") or self.det(prev) or self.prep(prev) or self.adverb(prev):
                continue
            named = i <= 3 and all(s.cap and not self.pronoun(s) for s in ws[:i])
            if not (named or (self.det(nxt) and nxt.low != "no")):
                continue
            subj = ws[:i]
            if self._act_object(w, ws[i + 1:]):
                return []
            if any(self.pronoun(s) for s in subj):
                return self._sub(ws[i + 1:], depth, "object", self.lessens(w, ws))
            return (self._sub(ws[i + 1:], depth, "object", self.lessens(w, ws))
                    + [Reading(text_of(subj), False, "subject")])
        return None

    # --- nominal clean-up ---------------------------------------------------------------
    def clean(self, reading: Reading, depth: int = 0) -> tuple[Reading | None, str]:
        """Determiners, adverbials and relative clauses dropped, generic heads replaced by their
        complement; None and the reason for junk."""
        ws = split_words(reading.text)
        lead = ws[:3]
        inverted = reading.inverted
        for _ in range(5):
            ws = self._strip(self._cut_relative(ws))
            k = 0
            while k < len(ws) - 1 and (self.change_gerund(ws[k]) or (k and ws[k].low in ("and", "or"))):
                k += 1
            coordinated = any(w.low in ("and", "or") for w in ws[:k])
            if k and not self.prep(ws[k]) and ws[k - 1].low not in ("and", "or") and (coordinated or self.det(ws[k])):
                inverted = inverted != any(self.decrease(w) for w in ws[:k] if w.low not in ("and", "or"))
                ws = self._strip(ws[k:])
            if not ws:
                return None, "no nominal head"
            if self.pronoun(ws[0]):
                return None, "pronoun subject or head"
            head_end = next((k for k, w in enumerate(ws) if k > 0 and (self.prep(w) or w.low in self.r.conjunctions)),
                            len(ws))
            head_end = next((k + 1 for k, w in enumerate(ws[:head_end]) if w.orig.endswith(",")), head_end)
            head = ws[:head_end]
            noun = head[-1]
            if all(self.pronoun(h) or self.det(h) for h in head):
                return None, "pronoun head"
            mods = [h for h in head[:-1] if h.low not in self.r.evaluative and not self.det(h) and not self.adverb(h)]
            generic = singular(noun.low) in self.r.generic_nouns or noun.low in self.r.generic_nouns
            rest = ws[head_end:]
            if generic and not mods:
                if len(rest) > 1 and rest[0].low == "to" and depth < MAX_CLAUSE_DEPTH:
                    subs = self.read(rest, depth + 1)
                    for sub in subs:
                        got, _ = self.clean(Reading(sub.text, sub.inverted != inverted, reading.rule, reading.person),
                                            depth + 1)
                        if got is not None:
                            return got, ""
                    return None, "generic noun without a modifier"
                if len(rest) > 1 and (self.prep(rest[0]) or rest[0].low in ("and", "or")):
                    ws = rest[1:]  # its complement, or the next conjunct ("the chances and costs of X")
                    continue
                return None, "generic noun without a modifier"
            if all(h.low in self.r.role_nouns or singular(h.low) in self.r.role_nouns or h.low in self.r.evaluative
                   or self.det(h) for h in head) and not rest:
                if any(w.low in ("both", "two") for w in lead) and noun.low in PAIR_NOUNS:
                    # "both parties", "the two countries": in a bilateral relationship, the pair itself
                    return Reading(PAIR_READING, inverted, reading.rule or "pair"), ""
                return None, "role or group without a name"
            break
        else:
            return None, "generic heads only"
        if all(self.verbish(w) or self.adverb(w) or w.low in ("and", "or") for w in ws):
            return None, "participle without a nominal head"
        name = self.person_name(ws)
        if name is not None:
            return Reading(text_of(name), inverted, reading.rule, True, reading.weak), ""
        return Reading(text_of(ws), inverted, reading.rule, False, reading.weak or self._weak(head, rest)), ""

    def _weak(self, head: list[Word], rest: list[Word]) -> str:
        """Why a head phrase names no factor on its own (it may still name a seed concept)."""
        noun, mods = head[-1], [h for h in head[:-1] if not self.det(h)]
        generic = singular(noun.low) in self.r.generic_nouns or noun.low in self.r.generic_nouns
        if generic and not rest and mods and all(self.descriptive(h) or self.role(h) for h in mods):
            return "generic noun with only descriptive modifiers"
        if mods and all(self.participle(h) and not h.cap for h in mods):
            return "noun modified only by a participle"
        return ""

    def _cut_relative(self, ws: list[Word]) -> list[Word]:
        """Relative clauses, reduced relatives (``created by ...``) and predicative comparatives
        after the head noun are cut off."""
        for k in range(1, len(ws)):
            w = ws[k]
            if w.low in ("which", "who", "whom", "whose") or (w.low == "that" and k > 1 and not self.prep(ws[k - 1])):
                cut = k - 1 if self.prep(ws[k - 1]) else k
                return ws[:cut] if cut > 0 else ws
            if k + 1 < len(ws) and self.participle(w) and ws[k + 1].low == "by":
                return ws[:k]
            if w.low in self.r.comparatives and not self.det(ws[k - 1]) and not self.prep(ws[k - 1]):
                return ws[:k]
        return ws

    def _strip(self, ws: list[Word]) -> list[Word]:
        ws = list(ws)
        changed = True
        while changed and ws:
            changed = False
            while ws and (self.det(ws[0]) or ws[0].low in ("and", "or", "but", "that", "whether")
                          or ((self.adverb(ws[0]) or self.prep(ws[0])) and len(ws) > 1)):
                ws, changed = ws[1:], True
            lows = [w.low for w in ws]
            for t in self.r.trailing:
                if len(lows) > len(t) and tuple(lows[-len(t):]) == t:
                    ws, changed = ws[:-len(t)], True
                    break
            while ws and (self.prep(ws[-1]) or self.det(ws[-1]) or ws[-1].low in self.r.conjunctions
                          or ws[-1].low in self.r.negations or ws[-1].low in self.r.adverbs):
                ws, changed = ws[:-1], True
        return ws


def _of(obj: str, subj: str, reader: _Reader) -> str:
    """``"opposite approaches on X"`` + ``"A and B"`` -> ``"opposite approaches of A and B on X"``."""
    ws = reader._strip(split_words(obj))
    cut = next((k for k, w in enumerate(ws) if k > 0 and reader.prep(w)), len(ws))
    head, tail = text_of(ws[:cut]), text_of(ws[cut:])
    return f"{head} of {subj}" + (f" {tail}" if tail else "")


def _without_elaboration(reading: Reading, reader: _Reader) -> Reading | None:
    """``"X, including Y"`` -> ``"X"`` (None if there is no such elaboration)."""
    ws = split_words(reading.text)
    for k in range(1, len(ws) - 1):
        if not ws[k - 1].orig.endswith(","):
            continue
        lows = tuple(w.low for w in ws[k:k + 3])
        if any(lows[:len(t)] == t for t in reader.r.elaboration):
            return Reading(text_of(ws[:k]), reading.inverted, reading.rule, reading.person)
    return None


def is_contrast_head(text: str, rules: PhraseRules | None = None) -> bool:
    """Whether the head noun of ``text`` (before its first preposition) is a contrast noun
    ("asymmetry of X and Y"), whose complement is not what the phrase is about."""
    reader = _Reader(rules or load_phrase_rules())
    ws = reader._strip(split_words(text))
    head_end = next((k for k, w in enumerate(ws) if k > 0 and reader.prep(w)), len(ws))
    return bool(ws) and singular(ws[head_end - 1].low) in reader.r.contrast_nouns


def read_phrase(phrase: str, rules: PhraseRules | None = None) -> tuple[list[Reading], str]:
    """Nominal readings of ``phrase`` in order of preference, and the junk reason if none.

    Parameters
    ----------
    phrase : str
        A cause or effect phrase as extracted.
    rules : PhraseRules, optional
        Word lists (default: ``lexicons/phrases.yaml``).

    Returns
    -------
    readings : list of Reading
        Empty when the phrase is junk.
    reason : str
        Why the phrase is junk ("" when there are readings).
    """
    reader = _Reader(rules or load_phrase_rules())
    text = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", " ", phrase)
    text = re.sub(r"\s*[(\[][^()\[\]]*$", " ", text)  # an unclosed parenthesis runs to the end
    words = split_words(text)
    headline = "headline-case text, not a factor phrase" if reader.headline(words) else ""
    raw = reader.read(words)
    out: list[Reading] = []
    reason = reader.why or "clause without a nominal head"
    for r in raw:
        possessive = any(w.low in UNRESOLVED for w in split_words(r.text))
        cleaned, why = reader.clean(r)
        if cleaned is None:
            reason = why if not out else reason
            continue
        for c in (cleaned, _without_elaboration(cleaned, reader)):
            if c is None or any(c.text.lower() == o.text.lower() for o in out):
                continue
            weak = headline or c.weak
            if not weak and possessive:
                weak = "possessive pronoun that the claim does not resolve"
            out.append(Reading(c.text, c.inverted, c.rule, c.person, weak))
    if out:
        return out, ""
    return [], reason if raw else (reader.why or "clause without a nominal head")
