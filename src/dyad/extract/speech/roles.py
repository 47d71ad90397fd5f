"""Speakers named by their office: "the prime minister", "Algeria's foreign minister",
"the retired captain", "their foreign ministers" as the persons who hold that role.

A description matches a person whose recorded roles (``Person.roles``, read by the actors
extractor from appositions and titles) contain its head noun; modifiers ("foreign",
"prime", "federal") and a state named in the phrase ("Algeria's", "the Polish") narrow
the choice. Of several matches the one mentioned last before the description wins; a
plural description ("the two foreign ministers") names every match. Used by
``dyad.extract.speech.speakers``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

    from dyad.extract.context import DocContext

__all__ = ["RoleIndex"]

# head nouns that name an office or a profession (a person can hold them)
ROLE_NOUNS = frozenset("""
minister president premier chancellor secretary spokesman spokeswoman spokesperson ambassador envoy
king queen emperor emir prince sheikh captain commander general admiral chief head director leader
governor mayor senator adviser advisor negotiator diplomat analyst expert professor fellow researcher
economist chairman chairwoman chair editor prosecutor judge official officer elect representative
""".split())
_MODIFIER_SKIP = frozenset("the a an this that these those his her their its two both three four former then "
                           "current new retired veteran outgoing incoming".split())


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^\w]+", text.lower()) if w}


class RoleIndex:
    """Persons of one document by the words of their roles."""

    def __init__(self, ctx: "DocContext"):
        self.ctx = ctx
        self.persons = [(p.name, _words(" ".join(p.roles)), p.nationality) for p in ctx.persons if p.roles]
        self.states = {s.name: s for s in ctx.states}

    def _state_in(self, phrase: "SpacySpan") -> tuple[str | None, str | None]:
        s, e = phrase.start_char, phrase.end_char
        for st in self.ctx.states:
            if any(m.start_char < e and s < m.end_char for m in st.mentions):
                return st.name, st.code
        return None, None

    def matches(self, phrase: "SpacySpan") -> list[str] | None:
        """Names of the persons the description denotes, best first (``None``: not a role description)."""
        root = phrase.root
        head = root.lower_
        if head == "elect" and root.i > phrase.start:  # "the president-elect"
            head = phrase.doc[max(phrase.start, root.i - 2)].lower_
        head = head.rstrip("s") if head.endswith("s") and head.rstrip("s") in ROLE_NOUNS else head
        if head == "counterpart":  # "his South Korean counterpart": the one person of that state
            state, code = self._state_in(phrase)
            if not state:
                return None
            people = [p.name for p in self.ctx.persons if p.nationality == code or any(
                _words(state) & _words(r) for r in p.roles)]
            if not people:  # nobody known of that state: the one person of no known state ("President Lee")
                authors = set(self.ctx.document.authors)
                people = [p.name for p in self.ctx.persons if p.nationality is None and p.name not in authors]
            return people if len(people) == 1 else []
        if head not in ROLE_NOUNS or not self.persons:
            return None
        state, code = self._state_in(phrase)
        mods = {t.lower_ for t in phrase if t.i != root.i and t.is_alpha and t.lower_ not in _MODIFIER_SKIP}
        if state:
            mods -= _words(" ".join(m.text for m in self.states[state].mentions))
        scored = []
        for name, words, nat in self.persons:
            if head not in words and not (head == "spokesperson" and words & {"spokesman", "spokeswoman"}):
                continue
            if state and nat != code and not (_words(state) & words) and not any(
                    _words(m.text) & words for m in self.states[state].mentions):
                continue
            scored.append((len(mods & words), name))
        if not scored:
            return []
        best = max(s for s, _ in scored)
        return [n for s, n in scored if s == best]
