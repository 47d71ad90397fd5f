"""Canonical concepts: cause/effect phrases of causal claims mapped to a small set of factors.

Order of rules, for each phrase:

1. junk is dropped (pronouns, stopwords only, too short, too long);
2. a leading inversion (``lack of``, ``erosion of``, ``lifting of`` ...) is removed and remembered,
   so that "lifting of sanctions" is the concept *sanctions* with the sign flipped;
3. concept seeds (domain-pack aliases and the model lexicon) are matched as contiguous
   content-word sequences; the longest match wins, a match in the phrase's head (before its
   first preposition) gets a bonus;
4. otherwise the phrase becomes its own concept, keyed by its head words, and near duplicates
   (token Jaccard or containment) are merged.

Examples
--------
>>> from dyad.model.concepts import ConceptMatcher
>>> m = ConceptMatcher()
>>> m.match("the Northern Territories").seed_id
'territorial-dispute'
>>> m.match("lifting of Western sanctions").inverted
True
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from dyad.model.lexicon import STOPWORDS, Lexicon, load_lexicon, singularize, tokenize
from dyad.model.phrases import PhraseRules, is_contrast_head, load_phrase_rules, read_phrase

__all__ = [
    "Concept",
    "PhraseMatch",
    "ConceptMatcher",
    "canonicalize",
    "slugify",
    "MAX_CONTENT_TOKENS",
]

MAX_CONTENT_TOKENS = 14  # longer phrases are mis-parses, whatever they match
MAX_UNSEEDED_TOKENS = 6  # a phrase no seed matches must be a short noun phrase

PRONOUNS = frozenset(
    "it this that these those they them he she we you i us him her which who what itself one "
    "something anything everything nothing someone thing things there here".split()
)
_INVERSIONS = [
    "lack of", "absence of", "decline in", "decline of", "erosion of", "loss of", "reduction of",
    "reduction in", "reduced", "weakening of", "weakened", "decrease in", "decrease of", "end of",
    "ending of", "lifting of", "removal of", "fall in", "deterioration of", "deterioration in",
    "failure of", "collapse of", "easing of", "less", "fewer", "lower", "no", "lacks", "lacking", "lacked",
    "without", "absent",
]
_INVERSION_TOKENS = sorted((tuple(tokenize(p)) for p in _INVERSIONS), key=len, reverse=True)
_HEAD_BREAK = frozenset(
    "of in on with for by from around between against over under into to about toward towards among "
    "through via after before because since while when if that which who whose as amid despite "
    "within without across".split()
)
_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_LEAD_STRIP = frozenset(
    "the a an this that these those its their his her our your my any some such so-called "
    "certain possible potential current recent further".split()
)


@dataclass(frozen=True, slots=True)
class Concept:
    """A canonical factor of the causal map.

    ``evidence`` holds the ids of the claims whose cause or effect was mapped here.
    """

    id: str
    label: str
    aliases: tuple[str, ...] = ()
    kind: str = "factor"  # actor | issue | factor
    evidence: tuple[str, ...] = ()
    seeded: bool = False

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "aliases": list(self.aliases), "kind": self.kind}


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """How one phrase was read: ``key`` is the concept key (seed id or ``~`` + head words)."""

    phrase: str
    key: str | None  # None: junk
    seed_id: str | None
    inverted: bool
    tokens: tuple[str, ...]
    reason: str = ""
    label: str = ""  # the nominal reading the key was made from (clauses are read as noun phrases)
    person: bool = False  # the reading names a person (title + name)
    exact: bool = False  # matched a whole-phrase-only seed (a bare state)


def slugify(text: str) -> str:
    """Stable id from a label: ``"Russia–Japan relations"`` -> ``"russia-japan-relations"``."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].rstrip("-") or "concept"


_STRAY_QUOTES = re.compile(r"[“”\"]|(?<!\w)[‘’']|[‘’'](?!\w)")


def clean_label(phrase: str) -> str:
    """Phrase without leading determiners/hedges, quotes and surrounding punctuation, first letter upper."""
    text = _STRAY_QUOTES.sub("", _PAREN.sub("", phrase) or phrase)
    words = re.sub(r"\s+", " ", text.strip().strip("\"'“”‘’.,;:()[]")).split(" ")
    while len(words) > 1 and words[0].lower() in _LEAD_STRIP:
        words = words[1:]
    text = " ".join(words).strip()
    return text[:1].upper() + text[1:] if text else text


TOO_LONG_UNSEEDED = "too long for an unseeded concept"
_OF_HEAD = re.compile(r"^(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|precisely|very|such)\s+)*"
                      r"(?:[\w’'-]+\s+){0,2}[\w’'-]+\s+of\s+")
_CUT = re.compile(r"\s*(?:,|;|\(|\s(?:with respect to|in relation to|regarding|concerning|which|that|who|whose|"
                  r"where|when|while|because|as|at|in|on|for|by|from|with|to|between|among|over|under|"
                  r"against|through|after|before|since|of)\s)")


def shorten_of_phrase(text: str) -> str | None:
    """Head noun and its first complement of a long nominal phrase, or None.

    Only for the shape "(determiners) [up to two modifiers] HEAD of COMPLEMENT ...": the
    phrase is cut at the next preposition, comma or relative word after the complement,
    so "the gap between the views of the two sides with respect to the talks" is left
    alone but "the asymmetry of the views and interests of the sides in the talks" reads
    "the asymmetry of the views and interests". Clauses and headlines are not nominal
    phrases of this shape and give None.

    >>> shorten_of_phrase("the erosion of trust between the two capitals over the islands")
    'the erosion of trust'
    >>> shorten_of_phrase("will the two sides agree to meet again") is None
    True
    """
    m = _OF_HEAD.match(text)
    if m is None or any(w[:1].isupper() for w in text[:m.end()].split()[1:-1]):
        return None
    cut = _CUT.search(text, m.end())
    short = text[:cut.start()] if cut else text
    short = short.strip()
    if short == text.strip() or len(short.split()) < 3:
        return None
    return short


class ConceptMatcher:
    """Reads phrases against the concept seeds of ``packs`` (see :func:`load_lexicon`)."""

    def __init__(self, packs: tuple[str, ...] = ("generic", "russia-japan"), lexicon: Lexicon | None = None,
                 rules: PhraseRules | None = None):
        self.lexicon = lexicon or load_lexicon(tuple(packs))
        self.rules = rules or load_phrase_rules()
        self._aliases: list[tuple[tuple[str, ...], str, bool]] = []  # (tokens, seed id, exact)
        self._sets: list[tuple[frozenset[str], str]] = []
        for seed in self.lexicon.seeds.values():
            for alias in seed.aliases if seed.exact else [seed.label, *seed.aliases]:
                toks = tuple(self.lexicon.tokens(alias))
                if toks:
                    self._aliases.append((toks, seed.id, False))
            for alias in [seed.label, *seed.exact] if seed.exact else []:
                toks = tuple(self.lexicon.tokens(alias))
                if toks:
                    self._aliases.append((toks, seed.id, True))
            for group in seed.all:
                toks = frozenset(t for w in group for t in self.lexicon.tokens(w))
                if len(toks) >= 2:
                    self._sets.append((toks, seed.id))

    @property
    def seeds(self):
        return self.lexicon.seeds

    def match(self, phrase: str) -> PhraseMatch:
        """Read one phrase: junk, a seed concept or an unseeded head-word key.

        The phrase is first read as nominal phrases (:func:`dyad.model.phrases.read_phrase`:
        clauses give their subject or object, generic heads their complement); the first
        reading that names a seed concept (other than a bare state) wins, else the first
        reading that gives a concept at all.
        """
        if len(phrase.strip()) < 3:
            return PhraseMatch(phrase, None, None, False, (), "too short")
        readings, why = read_phrase(phrase, self.rules)
        if not readings:
            return PhraseMatch(phrase, None, None, False, (), why)
        found: list[PhraseMatch] = []
        for r in readings:
            m = self._match_nominal(r.text)
            if m.key is None:
                found.append(m)
                continue
            if r.weak and (m.seed_id is None or m.exact):
                # a reading that names no factor on its own counts only when it names a seed concept
                found.append(PhraseMatch(phrase, None, None, False, m.tokens, r.weak))
                continue
            found.append(PhraseMatch(phrase, m.key, m.seed_id, m.inverted != r.inverted, m.tokens, m.reason,
                                     label=m.label or r.text, person=r.person, exact=m.exact))
        usable = [m for m in found if m.key is not None]
        if not usable:
            for r, m in zip(readings, found):
                short = shorten_of_phrase(r.text) if m.reason == TOO_LONG_UNSEEDED and not r.weak else None
                sm = self._match_nominal(short) if short else None
                if sm is not None and sm.key is not None:
                    return PhraseMatch(phrase, sm.key, sm.seed_id, sm.inverted != r.inverted, sm.tokens,
                                       "shortened to its head and first complement", label=short,
                                       person=r.person, exact=sm.exact)
            return PhraseMatch(phrase, None, None, False, found[0].tokens, found[0].reason)
        for m in usable:
            if m.seed_id and not m.exact:
                return m
        return usable[0]

    def person_named(self, phrase: str) -> str | None:
        """The short name of the one person ``phrase`` is read as (a person seed or a titled
        name), else None."""
        m = self.match(phrase)
        if m.key is None:
            return None
        seed = self.seeds.get(m.seed_id) if m.seed_id else None
        if seed is not None and seed.person:
            return seed.person
        if m.person and m.label:
            return m.label.split()[-1]
        return None

    def resolve_possessives(self, phrase: str, other: str) -> str:
        """``phrase`` with "his"/"her" (as determiners) replaced by the possessive of the person
        the claim's ``other`` phrase names: "the victory of his party" with the effect "Abe's
        standing" reads "the victory of Abe's party".  Unchanged when there is no such person."""
        words = phrase.split(" ")
        spots = [k for k, w in enumerate(words[:-1]) if w.lower() in ("his", "her")
                 and words[k + 1].lower().strip(".,;:") not in STOPWORDS]
        if not spots:
            return phrase
        name = self.person_named(other)
        if not name:
            return phrase
        for k in spots:
            words[k] = name + "’s"
        return " ".join(words)

    @staticmethod
    def _without_inversion(phrase: str, stripped: tuple[str, ...]) -> str:
        """``phrase`` without its leading determiners and the inversion words ``stripped``:
        "the weakening of the alliance" -> "the alliance" (the concept is the alliance)."""
        words = phrase.split()
        k = 0
        while k < len(words) and tokenize(words[k]) and tokenize(words[k])[0] in _LEAD_STRIP:
            k += 1
        for inv in stripped:
            if k < len(words) and tokenize(words[k])[:1] == [inv]:
                k += 1
            else:
                return phrase
        return " ".join(words[k:]) or phrase

    def _match_nominal(self, phrase: str) -> PhraseMatch:
        raw = tokenize(_PAREN.sub(" ", phrase)) or tokenize(phrase)
        if not raw:
            return PhraseMatch(phrase, None, None, False, (), "too short")
        if all(t in PRONOUNS or t in STOPWORDS for t in raw):
            return PhraseMatch(phrase, None, None, False, (), "pronoun or stopwords only")
        inverted = False
        stripped: tuple[str, ...] = ()
        for inv in _INVERSION_TOKENS:
            if tuple(raw[:len(inv)]) == inv and len(raw) > len(inv):
                raw, stripped = raw[len(inv):], inv
                inverted = True
                break
        else:
            # "the settlement of the dispute", "resolving the crisis": less of the problem
            if raw and len(raw) > 2 and any(raw[0].startswith(r) for r in self.rules.resolve) and any(
                    t in self.rules.problem_nouns or singularize(t) in self.rules.problem_nouns for t in raw[1:6]):
                stripped = tuple(raw[:2]) if raw[1] in ("of", "to", "on") else tuple(raw[:1])
                raw = raw[len(stripped):]
                inverted = True
        # content tokens with the head region (before the first breaking preposition)
        head_end = None
        content: list[str] = []
        for tok in raw:
            if tok in _HEAD_BREAK and head_end is None and content:
                head_end = len(content)
            if tok not in STOPWORDS:
                content.append(singularize(tok))
        content = self._normalize_with_head(content, head_end)
        toks, head_end = content
        if not toks:
            return PhraseMatch(phrase, None, None, inverted, (), "stopwords only")
        if len(toks) > MAX_CONTENT_TOKENS:
            return PhraseMatch(phrase, None, None, inverted, tuple(toks), "too long")
        if is_contrast_head(phrase, self.rules):
            # "the asymmetry of X and Y" is about the asymmetry, not X: no seed from the complement
            return self._unseeded(phrase, toks, head_end, inverted,
                                  self._without_inversion(phrase, stripped) if stripped else "")
        best: tuple[float, int, str] | None = None
        exact_hit = None
        for atoks, sid, exact in self._aliases:
            n = len(atoks)
            if exact:
                if tuple(toks) == atoks:
                    cand = (n + 2.0, 0, sid)
                    if best is None or cand[0] > best[0]:
                        best, exact_hit = cand, sid
                continue
            for i in range(len(toks) - n + 1):
                if tuple(toks[i:i + n]) == atoks:
                    # bonus for a match in the head region, more when it covers the head noun
                    score = n + (1.0 if i < head_end else 0.0) + (0.5 if i < head_end <= i + n else 0.0)
                    if i == 0 and n >= head_end > 1:
                        score += 1.0  # names the whole head ("economic ties" in "economic ties between ...")
                    if best is None or score > best[0] or (score == best[0] and i < best[1]):
                        best = (score, i, sid)
                    break
        tokset = set(toks)
        for stoks, sid in self._sets:
            if stoks <= tokset:
                idx = min(toks.index(t) for t in stoks)
                # the head bonus only when every word of the set is in the head
                in_head = max(toks.index(t) for t in stoks) < head_end
                score = len(stoks) - 0.5 + (1.0 if in_head else 0.0)
                if best is None or score > best[0]:
                    best = (score, idx, sid)
        if best is not None:
            return PhraseMatch(phrase, best[2], best[2], inverted, tuple(toks), "seed", exact=best[2] == exact_hit)
        return self._unseeded(phrase, toks, head_end, inverted,
                                  self._without_inversion(phrase, stripped) if stripped else "")

    def _unseeded(self, phrase: str, toks: list[str], head_end: int, inverted: bool, label: str = "") -> PhraseMatch:
        if len(toks) > MAX_UNSEEDED_TOKENS:
            return PhraseMatch(phrase, None, None, inverted, tuple(toks), TOO_LONG_UNSEEDED)
        head = toks[:head_end] if head_end else toks
        key = "~" + " ".join(head[-3:])
        return PhraseMatch(phrase, key, None, inverted, tuple(toks), "head words", label=label)

    def _normalize_with_head(self, toks: list[str], head_end: int | None) -> tuple[list[str], int]:
        if head_end is None:
            head_end = len(toks)
        head = self.lexicon.tokens(" ".join(toks[:head_end])) if head_end else []
        tail = self.lexicon.tokens(" ".join(toks[head_end:])) if head_end < len(toks) else []
        # lexicon.tokens re-tokenises already clean tokens: only normalisation changes them
        return head + tail, len(head)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def canonicalize(
    phrases: Iterable[tuple[str, str]],
    *,
    matcher: ConceptMatcher | None = None,
    packs: tuple[str, ...] = ("generic", "russia-japan"),
    jaccard: float = 0.6,
) -> tuple[list[Concept], dict[str, dict[str, PhraseMatch]], dict[tuple[str, str], str | None]]:
    """Map ``(claim id, phrase)`` pairs to concepts.

    Parameters
    ----------
    phrases : iterable of (claim_id, phrase)
        Every cause and effect phrase, with the id of its claim.
    matcher : ConceptMatcher, optional
        Reuse a matcher (it holds the loaded seeds).
    jaccard : float
        Unseeded concepts whose content-word sets overlap at least this much (or where one
        set of two or more words is contained in the other) are merged.

    Returns
    -------
    concepts : list of Concept
        Sorted by label; only concepts some phrase maps to.
    matches : dict
        phrase -> {claim id: PhraseMatch} (how each phrase was read).
    concept_of : dict
        ``(claim_id, phrase)`` -> concept id, or None for junk.
    """
    matcher = matcher or ConceptMatcher(packs)
    pairs = list(phrases)
    match_of: dict[str, PhraseMatch] = {}
    for _cid, phrase in pairs:
        if phrase not in match_of:
            match_of[phrase] = matcher.match(phrase)

    # group unseeded keys, then merge near duplicates (deterministic order)
    unseeded: dict[str, set[str]] = defaultdict(set)
    for m in match_of.values():
        if m.key and m.seed_id is None:
            unseeded[m.key].update(m.tokens)
    keys = sorted(unseeded, key=lambda k: (-len(unseeded[k]), k))
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            sa, sb = frozenset(unseeded[a]), frozenset(unseeded[b])
            small, large = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
            if _jaccard(sa, sb) >= jaccard or (len(small) >= 2 and small <= large):
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[rb] = ra

    group_of = {}
    for m in match_of.values():
        if m.key is None:
            continue
        group_of[m.phrase] = m.seed_id if m.seed_id else find(m.key)

    members: dict[str, list[tuple[str, str]]] = defaultdict(list)  # group -> (claim id, phrase)
    for cid, phrase in pairs:
        g = group_of.get(phrase)
        if g is not None:
            members[g].append((cid, phrase))

    concepts: list[Concept] = []
    id_of_group: dict[str, str] = {}
    used: set[str] = set()
    for g in sorted(members, key=lambda g: (g.startswith("~"), g)):
        evidence = tuple(sorted({cid for cid, _ in members[g]}))
        surfaces = Counter(clean_label(match_of[p].label or p) for _, p in members[g])
        surfaces = Counter({s: n for s, n in surfaces.items() if s})
        if g in matcher.seeds:
            seed = matcher.seeds[g]
            cid_, label, kind, seeded = seed.id, seed.label, seed.kind, True
        else:
            label = sorted(surfaces.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            person = all(match_of[p].person for _, p in members[g])
            cid_, kind, seeded = slugify(label), "actor" if person else "factor", False
        base, n = cid_, 2
        while cid_ in used:
            cid_, n = f"{base}-{n}", n + 1
        used.add(cid_)
        id_of_group[g] = cid_
        aliases = tuple(sorted(s for s in surfaces if s.lower() != label.lower()))
        concepts.append(Concept(id=cid_, label=label, aliases=aliases, kind=kind, evidence=evidence, seeded=seeded))

    concept_of = {(cid, phrase): (id_of_group.get(group_of[phrase]) if phrase in group_of else None)
                  for cid, phrase in pairs}
    matches: dict[str, dict[str, PhraseMatch]] = defaultdict(dict)
    for cid, phrase in pairs:
        matches[phrase][cid] = match_of[phrase]
    concepts.sort(key=lambda c: (c.label.lower(), c.id))
    return concepts, dict(matches), concept_of


def concept_lookup(concepts: Iterable[Concept]) -> Mapping[str, str]:
    """Lower-cased id, label and aliases -> concept id (first wins)."""
    out: dict[str, str] = {}
    for c in concepts:
        for name in (c.id, c.label, *c.aliases):
            out.setdefault(name.lower(), c.id)
    return out
