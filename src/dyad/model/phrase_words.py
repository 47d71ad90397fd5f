"""Words of a phrase and their classes, for :mod:`dyad.model.phrases` (no spaCy).

A phrase is split on spaces into :class:`Word` objects (original form, and a lower-case form
without edge punctuation or possessive 's); :class:`WordClasses` answers questions about them
(participle, pronoun, determiner, role, decrease verb, headline case ...) from the word lists
of ``lexicons/phrases.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.model.phrase_rules import PhraseRules

__all__ = ["Word", "WordClasses", "words", "text_of", "singular", "MAX_CLAUSE_DEPTH", "PAIR_READING", "PAIR_NOUNS",
           "UNRESOLVED", "NUMBER_RE", "NUMBER_WORDS", "EDGE_PUNCT"]

EDGE_PUNCT = "\"'“”‘’.,;:()[]!?«»"
NUMBER_RE = re.compile(r"^\d[\d,.]*$")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten both".split())
MAX_CLAUSE_DEPTH = 3
PAIR_READING = "the two sides"  # how "both parties", "the two nations" are read
PAIR_NOUNS = frozenset("sides parties countries nations peoples states".split())
UNRESOLVED = frozenset({"his", "her", "its", "their"})  # possessive pronouns left in a reading


@dataclass(frozen=True, slots=True)
class Word:
    orig: str
    low: str  # lower case, edge punctuation and possessive 's removed

    @property
    def cap(self) -> bool:
        core = self.orig.lstrip(EDGE_PUNCT)
        return bool(core) and core[0].isupper()


def words(text: str) -> list[Word]:
    out = []
    for raw in text.split():
        low = raw.strip(EDGE_PUNCT).lower()
        low = re.sub(r"['’]s?$", "", low) if len(low) > 2 else low
        if raw.strip(EDGE_PUNCT):
            out.append(Word(raw, low))
    return out


def text_of(ws: list[Word]) -> str:
    return " ".join(w.orig for w in ws).strip(" ,;:—–-").strip("\"'“”‘’")


def singular(low: str) -> str:
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return low[:-1]
    return low


class WordClasses:
    """Word-class tests over the word lists ``rules`` (the base of the phrase reader)."""

    def __init__(self, rules: PhraseRules):
        self.r = rules

    # --- word classes -----------------------------------------------------------------
    def participle(self, w: Word) -> bool:
        return (w.low.endswith("ed") and len(w.low) > 4) or w.low in self.r.participles

    def verbish(self, w: Word) -> bool:
        """Participle or -ing form (in a predicate)."""
        return self.participle(w) or (w.low.endswith("ing") and len(w.low) > 5)

    def adverb(self, w: Word) -> bool:
        return w.low in self.r.adverbs or (w.low.endswith("ly") and len(w.low) > 4 and not w.cap)

    def decrease(self, w: Word) -> bool:
        return any(w.low.startswith(d) for d in self.r.decrease)

    def pronoun(self, w: Word) -> bool:
        return w.low in self.r.pronouns and w.orig.strip(EDGE_PUNCT) not in ("US", "U.S.")

    def det(self, w: Word) -> bool:
        return (w.low in self.r.determiners or w.low in self.r.possessives or w.low in NUMBER_WORDS
                or bool(NUMBER_RE.match(w.low)))

    def prep(self, w: Word) -> bool:
        return w.low in self.r.prepositions

    def role(self, w: Word) -> bool:
        """A role or group noun ("nation", "government"), lower case: names nobody in particular."""
        return not w.cap and (w.low in self.r.role_nouns or singular(w.low) in self.r.role_nouns)

    def change_gerund(self, w: Word) -> bool:
        """``expanding``, ``strengthening``, ``reducing``: a gerund saying there is more or less."""
        return w.low.endswith("ing") and (self.decrease(w) or any(w.low.startswith(p) for p in self.r.increase))

    def act_verb(self, w: Word) -> bool:
        """A verb of saying, showing or scoring (any inflection): its object is what is said or
        shown, not a factor ("demonstrate their qualities", "addressed universal issues")."""
        low = w.low
        forms = {low}
        if low.endswith("ing"):
            forms |= {low[:-3], low[:-3] + "e"}
        if low.endswith("ed"):
            forms |= {low[:-2], low[:-1]}
        if low.endswith("es"):
            forms |= {low[:-2], low[:-1]}
        elif low.endswith("s"):
            forms.add(low[:-1])
        return bool(forms & self.r.act_verbs)

    def descriptive(self, w: Word) -> bool:
        """A lower-case modifier that describes rather than names: evaluative, participle,
        adverb or a word with an adjective ending ("universal", "political", "needed")."""
        if w.cap:
            return False
        if self.det(w):
            return True
        low = w.low
        return (low in self.r.evaluative or self.participle(w) or self.adverb(w)
                or (len(low) > 5 and low.endswith(self.r.adjective_suffixes) and not low.endswith("ment")))

    def headline(self, ws: list[Word]) -> bool:
        """Title-case text (a headline quoted as a cause or effect): past the first word, a
        capitalised adverb, auxiliary, pronoun, negation or conjunction other than "and"."""
        if len(ws) < 4:
            return False
        for w in ws[1:]:
            if not w.cap or w.orig.strip(EDGE_PUNCT) in ("US", "U.S.", "I"):
                continue
            low = w.low
            if (self.adverb(Word(w.orig.lower(), low)) or low in self.r.aux or low in self.r.pronouns
                    or low in self.r.negations or (low in self.r.conjunctions and low != "and")):
                return True
        return False

    def _act_object(self, verb: Word, obj: list[Word]) -> bool:
        """Whether the object of ``verb`` is dropped: an act verb whose object is not a generic
        noun with a ``to`` complement ("expressed a willingness to X" still gives X)."""
        if not self.act_verb(verb):
            return False
        k = 0
        while k < len(obj) and (self.det(obj[k]) or obj[k].low in self.r.evaluative):
            k += 1
        if k + 1 < len(obj) and singular(obj[k].low) in self.r.generic_nouns and obj[k + 1].low == "to":
            return False
        self.why = f"object of a verb of saying or showing ({verb.low})"
        return True

    def flips(self, ws: list[Word]) -> bool:
        """Odd number of negations and decrease words (``no longer`` once, ``not only`` never)."""
        n = 0
        for k, w in enumerate(ws):
            nxt = ws[k + 1].low if k + 1 < len(ws) else ""
            prev = ws[k - 1].low if k else ""
            if w.low in self.r.negations:
                if (w.low == "longer" and prev == "no") or (w.low == "not" and nxt == "only"):
                    continue
                n += 1
            elif self.decrease(w) and not self.adverb(w):
                n += 1
            elif self.resolves(ws, k):
                n += 1
        return n % 2 == 1

    def resolves(self, ws: list[Word], k: int) -> bool:
        """``ws[k]`` ends a problem named within the next few words ("settlement of the border dispute")."""
        return self._resolve_word(ws[k]) and self._problem_in(ws[k + 1:k + 6])

    def lessens(self, w: Word, ws: list[Word]) -> bool:
        """A decrease word, or a resolve word in a phrase about a problem ("the dispute was settled")."""
        return self.decrease(w) or (self._resolve_word(w) and self._problem_in(ws))

    def _resolve_word(self, w: Word) -> bool:
        return any(w.low.startswith(r) for r in self.r.resolve)

    def _problem_in(self, ws: list[Word]) -> bool:
        return any(w.low in self.r.problem_nouns or singular(w.low) in self.r.problem_nouns for w in ws)
