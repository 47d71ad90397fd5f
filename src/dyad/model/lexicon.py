"""Concept seeds (data) and the phrase normaliser shared by the model layer.

Seeds come from ``src/dyad/model/lexicons/<pack>.yaml`` (canonical factor labels with alias
phrases) and, where it exists, from the nlp layer's domain pack of the same name (states,
metonyms, issue aliases).  No spaCy here: phrases are normalised with small string rules
(lower case, possessives and punctuation removed, plurals singularised, demonyms and capitals
mapped to the state) so that the model layer stays importable without the language pipeline.

Examples
--------
>>> content_tokens("the Northern Territories' status")
['northern', 'territory', 'status']
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from dyad.errors import ModelError

__all__ = [
    "Seed",
    "Lexicon",
    "load_lexicon",
    "tokenize",
    "content_tokens",
    "singularize",
    "STOPWORDS",
    "LEXICON_DIR",
]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"

STOPWORDS = frozenset(
    """a an the of in on at to for with by from about around between against over under into onto
    and or nor but its their his her our your my this that these those it they them he she we you i
    us me him which who whom whose what is are was were be been being has have had do does did any
    some such other others both all each every very more most much many so as than then there here
    not no also only even own same current recent possible potential certain further new would will
    can could may might should must shall just still already ever one's itself themselves via
    toward towards among through upon within without""".split()
)

_US = re.compile(r"\bU\.\s?S\.?(?=[\s\-–—/,;:)'’]|$)|\bUS(?=[\s\-–—/,;:)'’]|$)")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?\b")
_NON_WORD = re.compile(r"[^a-z0-9+ ]+")
_IRREGULAR = {"crises": "crisis", "analyses": "analysis", "ties": "tie", "series": "series",
              "news": "news", "people": "people", "lives": "life", "countries": "country"}


def singularize(word: str) -> str:
    """Crude English singular: enough to match ``sanctions``/``sanction``, ``ties``/``tie``.

    >>> [singularize(w) for w in ("sanctions", "territories", "approaches", "crisis", "gas")]
    ['sanction', 'territory', 'approach', 'crisis', 'gas']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ics", "ous", "ys")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def tokenize(phrase: str) -> list[str]:
    """Lower-cased word tokens of ``phrase`` (possessives, punctuation and hyphens removed).

    ``US``/``U.S.`` (upper case) become ``usa`` so that they are not confused with the pronoun.
    """
    text = _US.sub(" USA ", phrase)
    text = _POSSESSIVE.sub(" ", text)
    text = text.lower().replace("“", " ").replace("”", " ")
    text = re.sub(r"[\-–—/]", " ", text)
    text = _NON_WORD.sub(" ", text)
    return text.split()


def content_tokens(phrase: str, normalize: dict[tuple[str, ...], tuple[str, ...]] | None = None) -> list[str]:
    """Content words of ``phrase``: stopwords dropped, plurals singularised, ``normalize`` applied."""
    toks = [singularize(t) for t in tokenize(phrase) if t not in STOPWORDS]
    return apply_normalize(toks, normalize) if normalize else toks


def apply_normalize(toks: list[str], normalize: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """Replace word sequences by their canonical words (longest match first, left to right)."""
    if not normalize:
        return toks
    longest = max(len(k) for k in normalize)
    out: list[str] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            rep = normalize.get(tuple(toks[i:i + n]))
            if rep is not None:
                out.extend(rep)
                i += n
                break
        else:
            out.append(toks[i])
            i += 1
    return out


@dataclass(slots=True)
class Seed:
    """A canonical concept known in advance: label, kind and the phrases that name it."""

    id: str
    label: str
    kind: str = "factor"
    aliases: list[str] = field(default_factory=list)
    exact: list[str] = field(default_factory=list)
    all: list[list[str]] = field(default_factory=list)
    pack: str = ""
    person: str = ""  # a person seed: the short name that stands for "his"/"her" (e.g. "Abe")


@dataclass(slots=True)
class Lexicon:
    """Seeds of several packs merged by id (a later pack relabels and adds aliases)."""

    seeds: dict[str, Seed]
    normalize: dict[tuple[str, ...], tuple[str, ...]]
    packs: tuple[str, ...]

    def tokens(self, phrase: str) -> list[str]:
        return content_tokens(phrase, self.normalize)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ModelError(f"concept lexicon is not valid YAML: {exc}", path=str(path),
                         hint="fix the YAML syntax (see src/dyad/model/lexicons/generic.yaml)") from exc
    if not isinstance(data, dict):
        raise ModelError("concept lexicon must be a mapping with 'concepts'", path=str(path))
    return data


def _nlp_pack(name: str) -> dict | None:
    """The nlp layer's domain pack ``name`` as plain data, or None (never imports spaCy)."""
    try:  # the nlp package __init__ imports spaCy lazily only
        from dyad.nlp.packs import load_pack  # type: ignore[attr-defined]
    except Exception:
        load_pack = None
    if load_pack is not None:
        try:
            pack = load_pack(name)
        except Exception:
            pack = None
        if pack is not None:
            if isinstance(pack, dict):
                return pack
            for attr in ("data", "raw", "to_dict"):
                val = getattr(pack, attr, None)
                val = val() if callable(val) else val
                if isinstance(val, dict):
                    return val
            try:
                from dataclasses import asdict, is_dataclass

                if is_dataclass(pack):
                    return asdict(pack)
            except Exception:
                pass
    base = Path(__file__).resolve().parents[1] / "nlp" / "packs"
    for ext in (".json", ".yaml", ".yml"):
        path = base / f"{name}{ext}"
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
                return json.loads(text) if ext == ".json" else yaml.safe_load(text)
            except Exception:
                return None
    return None


def _names(entry) -> tuple[str | None, list[str]]:
    """(canonical name, aliases) of a pack entry given as a dict, a string or a list."""
    if isinstance(entry, str):
        return entry, []
    if isinstance(entry, dict):
        name = entry.get("name") or entry.get("canonical") or entry.get("label") or entry.get("id")
        aliases: list[str] = []
        for key in ("aliases", "metonyms", "capitals", "capital", "demonyms", "adjectives", "names"):
            val = entry.get(key)
            if isinstance(val, str):
                aliases.append(val)
            elif isinstance(val, (list, tuple)):
                aliases.extend(str(v) for v in val if isinstance(v, str))
        return (str(name) if name else None), aliases
    return None, []


def _merge_nlp_pack(pack: dict, seeds: dict[str, Seed], normalize: dict, name: str) -> None:
    # states and metonyms: alias word sequences normalised to the state's canonical tokens
    for key in ("states", "countries"):
        entries = pack.get(key) or []
        if isinstance(entries, dict):
            entries = [{"name": k, **(v if isinstance(v, dict) else {"aliases": v})} for k, v in entries.items()]
        for entry in entries:
            canon, aliases = _names(entry)
            if not canon:
                continue
            target = tuple(content_tokens(canon, normalize)) or tuple(tokenize(canon))
            for alias in aliases:
                src = tuple(singularize(t) for t in tokenize(alias) if t not in STOPWORDS)
                if src and src != target and len(src) <= 4 and src not in normalize:
                    normalize[src] = target
    metonyms = pack.get("metonyms") or {}
    if isinstance(metonyms, dict):
        for alias, canon in metonyms.items():
            if isinstance(canon, str):
                src = tuple(singularize(t) for t in tokenize(alias) if t not in STOPWORDS)
                target = tuple(content_tokens(canon, normalize))
                if src and target and src != target and src not in normalize:
                    normalize[src] = target
    # issues: aliases added to the seed their canonical name matches, else a new seed
    for key in ("issues", "issue_aliases", "topics"):
        entries = pack.get(key) or []
        if isinstance(entries, dict):
            entries = [{"name": k, "aliases": v if isinstance(v, list) else [v]} for k, v in entries.items()]
        for entry in entries:
            canon, aliases = _names(entry)
            if not canon:
                continue
            toks = content_tokens(canon, normalize)
            owner = None
            for seed in seeds.values():
                if any(content_tokens(a, normalize) == toks for a in seed.aliases + [seed.label]):
                    owner = seed
                    break
            if owner is None:
                sid = re.sub(r"[^a-z0-9]+", "-", canon.lower()).strip("-")
                owner = seeds.setdefault(sid, Seed(id=sid, label=canon, kind="issue", pack=f"nlp:{name}"))
            owner.aliases.extend(a for a in [canon, *aliases] if a not in owner.aliases)


@lru_cache(maxsize=16)
def load_lexicon(packs: tuple[str, ...] = ("generic", "russia-japan"), directory: str | None = None) -> Lexicon:
    """Load and merge the concept seeds of ``packs`` (model lexicons, then nlp domain packs).

    Parameters
    ----------
    packs : tuple of str
        Pack names, most general first; ``<dir>/<name>.yaml`` is read for each that exists.
    directory : str, optional
        Folder of the model lexicons (default ``src/dyad/model/lexicons``).

    Raises
    ------
    ModelError
        If a lexicon file is not valid YAML or no pack could be found at all.
    """
    base = Path(directory) if directory else LEXICON_DIR
    seeds: dict[str, Seed] = {}
    normalize: dict[tuple[str, ...], tuple[str, ...]] = {}
    found = False
    for name in packs:
        path = base / f"{name}.yaml"
        if path.is_file():
            found = True
            data = _read_yaml(path)
            for src, dst in (data.get("normalize") or {}).items():
                s = tuple(singularize(t) for t in tokenize(str(src)) if t not in STOPWORDS)
                d = tuple(tokenize(str(dst)))
                if s and d:
                    normalize[s] = d
            for item in data.get("concepts") or []:
                if not isinstance(item, dict) or not item.get("id"):
                    raise ModelError(f"every concept needs an 'id' (got {item!r})", path=str(path))
                seed = seeds.get(item["id"])
                if seed is None:
                    seed = seeds[item["id"]] = Seed(id=str(item["id"]), label=str(item.get("label") or item["id"]))
                seed.label = str(item.get("label") or seed.label)
                seed.kind = str(item.get("kind") or seed.kind)
                seed.person = str(item.get("person") or seed.person)
                seed.pack = name
                for key in ("aliases", "exact"):
                    lst = getattr(seed, key)
                    lst.extend(str(a) for a in item.get(key) or [] if str(a) not in lst)
                seed.all.extend([str(w) for w in group] for group in item.get("all") or [])
    # the nlp layer's domain packs last: the model lexicons' own normalisation and seeds win
    for name in packs:
        pack = _nlp_pack(name)
        if pack:
            found = True
            _merge_nlp_pack(pack, seeds, normalize, name)
    if not found:
        raise ModelError(f"no concept lexicon found for packs {list(packs)}", path=str(base),
                         hint="use pack names of files in src/dyad/model/lexicons (e.g. generic, russia-japan)")
    return Lexicon(seeds=seeds, normalize=normalize, packs=tuple(packs))
