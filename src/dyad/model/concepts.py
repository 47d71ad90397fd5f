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

__all__ = [
    "Concept",
    "PhraseMatch",
    "ConceptMatcher",
    "canonicalize",
    "slugify",
    "MAX_CONTENT_TOKENS",
]

MAX_CONTENT_TOKENS = 14  # longer phrases are mis-parses, whatever they match
MAX_UNSEEDED_TOKENS = 8  # a phrase no seed matches must be a short noun phrase

PRONOUNS = frozenset(
    "it this that these those they them he she we you i us him her which who what itself one "
    "something anything everything nothing someone thing things there here".split()
)
_INVERSIONS = [
    "lack of", "absence of", "decline in", "decline of", "erosion of", "loss of", "reduction of",
    "reduction in", "reduced", "weakening of", "weakened", "decrease in", "decrease of", "end of",
    "ending of", "lifting of", "removal of", "fall in", "deterioration of", "deterioration in",
    "failure of", "collapse of", "easing of", "less", "fewer", "lower", "no",
]
_INVERSION_TOKENS = sorted((tuple(tokenize(p)) for p in _INVERSIONS), key=len, reverse=True)
_HEAD_BREAK = frozenset(
    "in on with for by from around between against over under into to about toward towards among "
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


def slugify(text: str) -> str:
    """Stable id from a label: ``"Russia–Japan relations"`` -> ``"russia-japan-relations"``."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].rstrip("-") or "concept"


def clean_label(phrase: str) -> str:
    """Phrase without leading determiners/hedges and surrounding punctuation, first letter upper."""
    words = re.sub(r"\s+", " ", (_PAREN.sub("", phrase) or phrase).strip().strip("\"'“”‘’.,;:()[]")).split(" ")
    while len(words) > 1 and words[0].lower() in _LEAD_STRIP:
        words = words[1:]
    text = " ".join(words).strip()
    return text[:1].upper() + text[1:] if text else text


class ConceptMatcher:
    """Reads phrases against the concept seeds of ``packs`` (see :func:`load_lexicon`)."""

    def __init__(self, packs: tuple[str, ...] = ("generic", "russia-japan"), lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon(tuple(packs))
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
        """Read one phrase: junk, a seed concept or an unseeded head-word key."""
        raw = tokenize(_PAREN.sub(" ", phrase)) or tokenize(phrase)
        if len(phrase.strip()) < 3 or not raw:
            return PhraseMatch(phrase, None, None, False, (), "too short")
        if all(t in PRONOUNS or t in STOPWORDS for t in raw):
            return PhraseMatch(phrase, None, None, False, (), "pronoun or stopwords only")
        inverted = False
        for inv in _INVERSION_TOKENS:
            if tuple(raw[:len(inv)]) == inv and len(raw) > len(inv):
                raw = raw[len(inv):]
                inverted = True
                break
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
        best: tuple[float, int, str] | None = None
        for atoks, sid, exact in self._aliases:
            n = len(atoks)
            if exact:
                if tuple(toks) == atoks:
                    cand = (n + 2.0, 0, sid)
                    best = cand if best is None or cand[0] > best[0] else best
                continue
            for i in range(len(toks) - n + 1):
                if tuple(toks[i:i + n]) == atoks:
                    # bonus for a match in the head region, more when it covers the head noun
                    score = n + (1.0 if i < head_end else 0.0) + (0.5 if i < head_end <= i + n else 0.0)
                    if best is None or score > best[0] or (score == best[0] and i < best[1]):
                        best = (score, i, sid)
                    break
        tokset = set(toks)
        for stoks, sid in self._sets:
            if stoks <= tokset:
                idx = min(toks.index(t) for t in stoks)
                score = len(stoks) - 0.5 + (1.0 if idx < head_end else 0.0)
                if best is None or score > best[0]:
                    best = (score, idx, sid)
        if best is not None:
            return PhraseMatch(phrase, best[2], best[2], inverted, tuple(toks), "seed")
        if len(toks) > MAX_UNSEEDED_TOKENS:
            return PhraseMatch(phrase, None, None, inverted, tuple(toks), "too long for an unseeded concept")
        head = toks[:head_end] if head_end else toks
        key = "~" + " ".join(head[-3:])
        return PhraseMatch(phrase, key, None, inverted, tuple(toks), "head words")

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
        surfaces = Counter(clean_label(p) for _, p in members[g])
        surfaces = Counter({s: n for s, n in surfaces.items() if s})
        if g in matcher.seeds:
            seed = matcher.seeds[g]
            cid_, label, kind, seeded = seed.id, seed.label, seed.kind, True
        else:
            label = sorted(surfaces.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
            cid_, kind, seeded = slugify(label), "factor", False
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
