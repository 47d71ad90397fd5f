"""Naming the speaker of a statement.

A speaker phrase (a span of the parsed document) becomes a canonical name: a person
from ``ctx.persons`` (names and resolved descriptions), a state or organisation from
the context, a spaCy entity as fallback, ``"author"`` for the first person, or the
noun phrase itself for collectives ("political observers"). Pronouns and bare
descriptions ("the expert") are resolved to the most recent person mentioned
outside quotations and reported content.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from dyad.extract.speech.lexicon import speech_lexicon
from dyad.extract.speech.roles import RoleIndex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from dyad.extract.context import DocContext

__all__ = ["SpeakerResolver", "speaker_phrase", "is_speakerlike"]

_STATE_BODIES = frozenset({"side", "government", "delegation", "leadership", "administration", "authorities"})
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DETS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "several", "all"}


def speaker_phrase(tok: "Token") -> "SpacySpan":
    """The tight phrase of a subject or object token: modifiers up to the head, plus 'of' complements.

    Appositions, relative clauses and parentheticals after a comma are left out
    ("Andrei Sushentsov, Programme director of ..., noted" -> "Andrei Sushentsov").
    """
    doc = tok.doc
    lex = speech_lexicon()
    if tok.pos_ == "NOUN":  # "the spokesman, Dmitry Peskov, said": the name in apposition speaks
        named = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and (c.ent_type_ in ("PERSON", "") or c.ent_type_ == "ORG" and c.left_edge.i == tok.i + 1)),
                     None)
        if named is not None and not any(t.is_punct and t.text not in (",", "\u2014", "\u2013", "(", ")")
                                         for t in doc[tok.i + 1:named.i]):
            return speaker_phrase(named)
    start = tok.left_edge.i
    end = tok.i + 1
    # "a spokesperson for the State Department", "officials at the ministry", "a source in Tokyo"
    agent_of = tok.pos_ == "NOUN" and tok.lemma_.lower() in lex["representative_nouns"]
    for child in tok.rights:
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "amod") or child.text == ",":
            break
        if (child.dep_ == "prep" and child.lower_ == "of") or child.dep_ in ("compound", "nummod", "case", "flat"):
            end = child.right_edge.i + 1
        elif agent_of and child.dep_ == "prep" and child.lower_ in ("for", "at", "in", "from", "with") \
                and any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP")
                                              or c.lemma_.lower() in lex["speaker_nouns"]) for c in child.children):
            end = child.right_edge.i + 1
            break
        else:
            break
    # a left part ending in a comma (", Programme director," on the left) is not ours
    for i in range(tok.i - 1, start - 1, -1):
        if doc[i].text in (",", "(", ")", "\u2014", "\u2013") or doc[i].dep_ == "appos":
            start = i + 1
            break
    return doc[start:end]


def is_speakerlike(phrase: "SpacySpan") -> bool:
    """Whether a phrase can speak: a name, a pronoun, or a people/organisation noun."""
    lex = speech_lexicon()
    if not len(phrase):
        return False
    root = phrase.root
    if root.pos_ in ("PROPN", "PRON"):
        return root.lower_ not in ("it", "this", "that", "which", "what", "there")
    if root.ent_type_ in ("PERSON", "ORG", "GPE"):
        return True
    doc = root.doc
    if root.i >= 2 and root.i - 1 >= phrase.start and doc[root.i - 1].text == "-" \
            and not doc[root.i - 1].whitespace_ and not doc[root.i - 2].whitespace_ \
            and doc[root.i - 2].pos_ == "PROPN" and doc[root.i - 2].ent_type_ == "PERSON":
        return True  # "Choi Min-seok": a hyphenated given name split by the tokenizer
    lemma = root.lemma_.lower()
    if lemma in lex["speaker_nouns"] or root.lower_ in lex["speaker_nouns"] or lemma in lex["expert_descriptions"]:
        return True
    if root.pos_ != "NOUN" or lemma in lex["not_agents"]:
        return False
    # agent nouns: historians, economists, politicians, academicians; plural hauliers, exporters
    if len(lemma) > 5 and lemma.endswith(("ist", "ian")):
        return True
    return root.tag_ == "NNS" and len(lemma) > 5 and lemma.endswith(("er", "or"))


@dataclass
class _Named:
    name: str
    kind: str  # person | state | org | collective | author


class SpeakerResolver:
    """Resolve speaker phrases of one document to canonical names.

    Parameters
    ----------
    doc, ctx
        The parsed document and the extraction context (persons, states, organisations).
    excluded : iterable of (start, end)
        Character ranges whose person mentions do not count for pronoun resolution
        (quotations and reported content).
    """

    def __init__(self, doc: "Doc", ctx: "DocContext", excluded: Iterable[tuple[int, int]] = ()):
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.ctx = ctx
        self.lex = speech_lexicon()
        self.excluded = sorted(excluded)
        self._mentions = self._person_mentions()
        self.roles = RoleIndex(ctx)

    # ------------------------------------------------------------------ persons
    def _person_mentions(self) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for p in self.ctx.persons:
            for m in p.mentions:
                if m.doc_id == self.ctx.doc_id or not m.doc_id:
                    out.append((m.start_char, m.end_char, p.name))
        if not out:  # fallback: spaCy PERSON entities, surnames mapped to the full name seen first
            full: dict[str, str] = {}
            for ent in self.doc.ents:
                if ent.label_ != "PERSON":
                    continue
                name = self.clean_name(ent.text)
                if not name:
                    continue
                parts = name.split()
                if len(parts) >= 2:
                    full.setdefault(parts[-1].lower(), name)
                    out.append((ent.start_char, ent.end_char, name))
                else:
                    out.append((ent.start_char, ent.end_char, full.get(parts[-1].lower(), name)))
        out.sort()
        return out

    def add_mention(self, start: int, end: int, name: str) -> None:
        """Count a resolved speaker phrase as a mention of ``name`` (pronouns after it may refer to it)."""
        if not any(s == start and e == end for s, e, _ in self._mentions):
            bisect.insort(self._mentions, (start, end, name))

    def canonical_person(self, name: str) -> str:
        """A bare surname or shortened name ("Al-Rashed") as the one known person it names, else ``name``."""
        last = name.split()[-1].casefold() if name.split() else ""
        known = {n for _, _, n in self._mentions} | {p.name for p in self.ctx.persons}
        hits = {n for n in known if n.split() and n.split()[-1].casefold() == last
                and len(n.split()) >= len(name.split())}
        return hits.pop() if len(hits) == 1 else name

    def group(self, phrase: "SpacySpan") -> list[str] | None:
        """"the two governments", "both sides", "the four governments", "they" (after "A and B met")
        and "their foreign ministers" as the states or persons they stand for, else ``None``."""
        if not len(phrase):
            return None
        root = phrase.root
        if root.tag_ in ("NNS", "NNPS") and not any(ent.label_ == "PERSON" for ent in phrase.ents):
            held = self.roles.matches(phrase)  # "their foreign ministers said": every holder of the role
            if held and len(held) >= 2:
                return held
        if len(phrase) == 1 and root.lower_ == "they":
            return self._coordinated(root)
        conj = [t for t in root.children if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")]
        if conj and root.dep_ in ("nsubj", "nsubjpass"):  # "Scholz and Tusk agreed", "the Chancellor and the Prime Minister"
            names = []
            for member in [root] + conj + [t for c in conj for t in c.children if t.dep_ == "conj"]:
                who = self.resolve(speaker_phrase(member))
                if who is None or not who.name or who.kind == "collective" or who.name == "author":
                    return None
                names.append(who.name)
            return list(dict.fromkeys(names)) if len(set(names)) >= 2 else None
        if root.lemma_.lower() not in self.lex["group_nouns"] or root.tag_ not in ("NNS", "NNPS"):
            return None
        n = next((_NUMBERS[t.lower_] for t in phrase if t.lower_ in _NUMBERS and t.i < root.i), None)
        if n is None:
            return None
        sent = root.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        for scope in (sent, prev):
            if scope is None:
                continue
            found = self._states_in(scope.start_char, scope.end_char, phrase)
            if len(found) == n:
                return [name for _, name in sorted(found)]
            if n == 2 and len(found) > 2:
                return self._pair(scope, phrase, found)
        return self.main_states(n)

    def _states_in(self, start: int, end: int, phrase: "SpacySpan") -> list[tuple[int, str]]:
        found = []
        for st in self.ctx.states:
            ms = [m.start_char for m in st.mentions if start <= m.start_char < end
                  and not (phrase.start_char <= m.start_char < phrase.end_char)]
            if ms:
                found.append((min(ms), st.name))
        return found

    def _pair(self, sent: "SpacySpan", phrase: "SpacySpan", found: list[tuple[int, str]]) -> list[str] | None:
        """"... of A and B met in C, the two governments said": the coordinated pair, else the two main states."""
        spans = sorted((m.start_char, m.end_char, st.name) for st in self.ctx.states for m in st.mentions
                       if sent.start_char <= m.start_char < sent.end_char
                       and not (phrase.start_char <= m.start_char < phrase.end_char))
        pairs = {(a[2], b[2]) for a, b in zip(spans, spans[1:])
                 if a[2] != b[2] and re.fullmatch(r"\s*(?:and|&|-|\u2013|\u2014)\s*", self.text[a[1]:b[0]])}
        if len(pairs) == 1:
            return list(pairs.pop())
        weight = {st.name: len(st.mentions) for st in self.ctx.states}
        ranked = sorted(found, key=lambda f: -weight[f[1]])
        if weight[ranked[1][1]] <= weight[ranked[2][1]]:
            return None
        return [n for _, n in sorted(ranked[:2])]

    def main_states(self, n: int) -> list[str] | None:
        """The document's ``n`` main states, when they stand out (each named at least twice as often as the next)."""
        ranked = sorted(self.ctx.states, key=lambda st: -len(st.mentions))
        if len(ranked) < n:
            return None
        if len(ranked) > n and len(ranked[n - 1].mentions) < 2 * len(ranked[n].mentions):
            return None
        return [st.name for st in ranked[:n]]

    def _coordinated(self, pron: "Token") -> list[str] | None:
        """"When A and B met ..., they reaffirmed": the persons or states coordinated as a subject just before."""
        sent = pron.sent
        prev = self.doc[sent.start - 1].sent if sent.start > 0 else None
        for scope in (self.doc[sent.start:pron.i], prev):
            if scope is None:
                continue
            for tok in reversed(list(scope)):
                if tok.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "conj" for c in tok.children):
                    continue
                members = [tok] + [t for t in tok.subtree if t.dep_ == "conj" and t.i > tok.i]
                names = []
                for m in members:
                    name = self._person_in(m.idx, m.idx + len(m)) or self._record_at(self.ctx.states, m.doc[m.i:m.i + 1])
                    if name and name not in names:
                        names.append(name)
                if len(names) >= 2 and len(names) == len(members):
                    return names
        return None

    def clean_name(self, text: str) -> str:
        """Strip titles and possessives from a person name ("Professor Dmitry Streltsov's" -> "Dmitry Streltsov")."""
        text = re.sub(r"[\u2019']s$", "", text.strip())
        words = text.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in {t.rstrip(".") for t in self.lex["titles"]}:
            words = words[1:]
        return " ".join(words)

    def _excluded(self, start: int, end: int, keep: Iterable[tuple[int, int]] = ()) -> bool:
        for ks, ke in keep:
            if ks <= start and end <= ke:
                return False
        return any(s <= start and end <= e for s, e in self.excluded)

    def last_person(self, pos: int, keep: Iterable[tuple[int, int]] = ()) -> str | None:
        """The person mentioned last before ``pos`` outside excluded ranges (``keep`` ranges always count)."""
        keep = list(keep)
        best = None
        for s, e, name in self._mentions:
            if e > pos:
                break
            if not self._excluded(s, e, keep):
                best = name
        return best

    def pronoun_antecedent(self, pos: int, keep: Iterable[tuple[int, int]] = ()) -> str | None:
        """The person a pronoun at ``pos`` refers to: the last one mentioned, except that the
        subject of the previous sentence wins over a non-subject mentioned after it there
        ("Biden met Scholz. '...,' he said." -> Biden)."""
        keep = list(keep)
        seen = [(s, e, n) for s, e, n in self._mentions if e <= pos and not self._excluded(s, e, keep)]
        if not seen:
            return None
        last_s, _, last_name = seen[-1]
        here = self._token_at(pos)
        last_tok = self._token_at(last_s)
        if here is None or last_tok is None or last_tok.sent.start == here.sent.start:
            return last_name
        sent = last_tok.sent
        if self._is_subject(last_s, seen[-1][1]):
            return last_name
        for s, e, name in reversed(seen[:-1]):
            if s < sent.start_char:
                break
            if self._is_subject(s, e):
                return name
        return last_name

    def _token_at(self, pos: int) -> "Token | None":
        span = self.doc.char_span(pos, min(pos + 1, len(self.text)), alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass"))

    def _person_in(self, start: int, end: int) -> str | None:
        person = self.ctx.person_at(start, end) if self.ctx.persons else None
        if person is not None:
            return person.name
        for s, e, name in self._mentions:
            if s < end and start < e:
                return name
        return None

    # ------------------------------------------------------------------ resolve
    def resolve(self, phrase: "SpacySpan", keep: Iterable[tuple[int, int]] = ()) -> _Named | None:
        """Canonical speaker of ``phrase`` or None when it cannot be named."""
        if not len(phrase):
            return None
        root = phrase.root
        low = root.lower_
        if low in self.lex["first_person"] or any(t.lower_ in ("my", "our") and t.dep_ == "poss" for t in phrase):
            return _Named("author", "author")
        if root.lemma_.lower() in self.lex["self_documents"] and any(
                t.lower_ in ("this", "the present") and t.dep_ == "det" for t in phrase):
            return _Named("author", "author")  # "This paper argues that ...": the piece's own voice
        if low in self.lex["pronouns"] and len(phrase) == 1:
            name = self.pronoun_antecedent(phrase.start_char, keep)
            return _Named(name, "person") if name else None
        # named or resolved mention
        name = self._person_in(phrase.start_char, phrase.end_char)
        has_propn = any(t.pos_ == "PROPN" for t in phrase)
        if name and (has_propn or self.ctx.persons):
            return _Named(name, "person")
        if root.tag_ not in ("NNS", "NNPS") and not any(ent.label_ == "PERSON" for ent in phrase.ents):
            held = self.roles.matches(phrase)  # "the prime minister", "Algeria's foreign minister"
            if held:
                return _Named(self._latest(held, phrase.start_char), "person")
        if not has_propn and root.lemma_.lower() in self.lex["expert_descriptions"] and root.tag_ in ("NN", "NNP"):
            name = self.last_person(phrase.start_char, keep)
            if name:
                return _Named(name, "person")
            # nobody named before: "the analyst" stays the description
        for ent in phrase.ents:
            if ent.label_ == "PERSON":
                return _Named(self.canonical_person(self.clean_name(ent.text)), "person")
        state = self._record_at(self.ctx.states, phrase)
        if state:
            return _Named(state, "state")
        if root.lemma_.lower() in _STATE_BODIES and root.tag_ == "NN":
            state = self._state_word(phrase)  # "the Polish side", "the Japanese government": the state
            if state:
                return _Named(state, "state")
        if has_propn and all(t.pos_ == "PROPN" or t.is_punct for t in phrase) and len(phrase.text.split()) == 1:
            known = self.canonical_person(self.clean_name(phrase.text))
            if known != self.clean_name(phrase.text):
                return _Named(known, "person")  # a known person's surname the tagger took for an organisation
        org = self._record_at(self.ctx.organizations, phrase)
        if org:
            return _Named(org, "org")
        for ent in phrase.ents:
            if ent.label_ in ("ORG", "GPE", "NORP") and ent.start <= root.i < ent.end:
                return _Named(ent.text.removeprefix("the ").removeprefix("The "), "org")
        words = [t for t in phrase if not (t.i == phrase.start and t.lower_ in _DETS)]
        text = self.text[words[0].idx:phrase.end_char] if words else phrase.text
        text = re.sub(r"[\u2019']s$", "", re.sub(r"\s+", " ", text).strip(" ,")).strip()
        return _Named(text, "collective") if text else None

    def is_person_name(self, name: str | None) -> bool:
        """Whether ``name`` is one of the document's persons (or "author")."""
        return name == "author" or any(n == name for _, _, n in self._mentions) or \
            any(p.name == name for p in self.ctx.persons)

    def _state_word(self, phrase: "SpacySpan") -> str | None:
        """The one state named inside ``phrase`` by an adjective or possessive."""
        found = {st.name for st in self.ctx.states for m in st.mentions
                 if phrase.start_char <= m.start_char and m.end_char <= phrase.end_char}
        return found.pop() if len(found) == 1 else None

    def _latest(self, names: list[str], pos: int) -> str:
        """Of ``names``, the one mentioned last before ``pos`` (else the one mentioned first)."""
        before = [(s, n) for s, _, n in self._mentions if n in names and s < pos]
        if before:
            return max(before)[1]
        after = [(s, n) for s, _, n in self._mentions if n in names]
        return min(after)[1] if after else names[0]

    def _record_at(self, records, phrase: "SpacySpan") -> str | None:
        s, e = phrase.start_char, phrase.end_char
        best, best_len = None, 0
        for rec in records:
            for m in rec.mentions:
                if m.start_char < e and s < m.end_char:
                    ln = m.end_char - m.start_char
                    # the record must cover most of the phrase (not "Valdai Club" inside "authors of the ... report")
                    if ln > best_len and ln >= 0.6 * (e - s):
                        best, best_len = rec.name, ln
        return best
