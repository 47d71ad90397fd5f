"""Which entity spans name a person (shared by the persons and organizations extractors).

spaCy's PERSON label has false positives (capitalised title words, policy names such as
"Abenomics", parties, pipelines) and misses (a scholar tagged ORG). A span is a person
name when the gazetteer knows it as a person, or when it is shaped like a name (2-4
capitalised words, none of them a known non-person word or pack name) and is tagged PERSON,
or is tagged otherwise but carries a person cue (a title before it, a role apposition after
it, or a reporting verb). Single words are kept as surname candidates for the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.extract.actors_lexicon import HONORIFICS, NOT_PERSON_WORDS, REPORTING_VERBS, TITLE_WORDS
from dyad.extract.actors_roles import description_before, is_role_start

__all__ = ["NameSpan", "name_spans", "person_shaped", "furniture_line"]

_PARTICLES = {"de", "van", "von", "der", "bin", "al", "da", "di", "la", "le", "du", "ibn"}
_INITIAL = re.compile(r"^[A-Z]\.$")
_FURNITURE = re.compile(r"^\s*(photo|image|source|credit|©|\(c\)|illustration|picture|featured)\b", re.I)


@dataclass(frozen=True, slots=True)
class NameSpan:
    start: int  # token range, titles and possessive stripped
    end: int
    hit: object | None  # gazetteer person hit, if any
    cue: bool  # a title, role apposition or reporting verb goes with it


def furniture_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a photo credit / source line."""
    ls = text.rfind("\n", 0, start) + 1
    return bool(_FURNITURE.match(text[ls:start + 1]))


def person_shaped(tokens) -> bool:
    """2-4 capitalised words (initials, hyphenated parts and particles allowed)."""
    words = [t for t in tokens if t.text not in ("-", "\u2011")]
    caps = 0
    for t in words:
        s = t.text
        if _INITIAL.match(s):
            caps += 1
        elif s.lower() in _PARTICLES:
            continue
        elif s[:1].isupper() and s[1:2].islower() and s.replace("'", "").replace("\u2019", "").isalpha():
            caps += 1
        elif s.islower() and s.isalpha() and t.i > 0 and t.doc[t.i - 1].text == "-":
            continue  # "Kim Jong-un"
        else:
            return False
    return 2 <= caps <= 4


def _has_cue(doc, start: int, end: int) -> bool:
    if start > 0 and (doc[start - 1].text in TITLE_WORDS or doc[start - 1].text in HONORIFICS):
        return True
    if end + 1 < len(doc) and doc[end].text in (",", "-", "\u2013") and is_role_start(doc[end + 1]):
        return True
    head = doc[start:end].root
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in REPORTING_VERBS:
        return True
    if end < len(doc) and doc[end].lemma_.lower() in REPORTING_VERBS:
        return True
    return start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to"


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    # a name never runs over a spaced dash or a comma ("NAME - Ph.D.", "NAME, MIIS")
    for k in range(start + 1, end):
        t = doc[k]
        if t.text == "," or (t.text in ("-", "\u2013", "\u2014") and doc[k - 1].whitespace_):
            end = k
            break
    while start < end and (doc[start].text in TITLE_WORDS or doc[start].text in HONORIFICS
                           or doc[start].lower_ in ("the", "then", "former") or doc[start].ent_type_ == "NORP"
                           and doc[start].ent_id_):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    return start, end


def name_spans(doc, gaz) -> list[NameSpan]:
    """Candidate person names in ``doc`` (token ranges), in text order."""
    out: list[NameSpan] = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"):
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if end <= start:
            continue
        span = doc[start:end]
        hit = gaz.lookup(ent.ent_id_) if ent.ent_id_ else None
        if hit is None:
            hit = gaz.lookup(span.text)
        if hit is not None:
            if hit.type == "person":
                out.append(NameSpan(start, end, hit, True))
            continue
        if any(t.text in NOT_PERSON_WORDS for t in span):
            continue
        if any(gaz.lookup(t.text) is not None and gaz.lookup(t.text).type != "person" for t in span
               if t.is_alpha and t.text[:1].isupper()):
            continue
        cue = _has_cue(doc, start, end)
        if ent.label_ != "PERSON" and not cue:
            continue
        if len([t for t in span if t.is_alpha]) == 1:
            tok = span[0]
            if tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok.text) > 1:
                out.append(NameSpan(start, end, None, cue))
            continue
        if person_shaped(span):
            out.append(NameSpan(start, end, None, cue))
    out.extend(_untagged_names(doc, gaz))
    return sorted(out, key=lambda n: n.start)


def _untagged_names(doc, gaz) -> list[NameSpan]:
    """Runs of capitalised proper nouns the NER missed, kept only with a strong cue
    ("the Russian deputy foreign minister, Igor Morgulov," / "Professor Ivan Petrov")."""
    out = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and not doc[j].ent_type_ and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        span = doc[i:j]
        if (person_shaped(span) and not any(x.text in NOT_PERSON_WORDS or x.text in TITLE_WORDS
                                            or gaz.lookup(x.text) is not None for x in span)
                and (description_before(doc, i) is not None
                     or i > 0 and doc[i - 1].text in TITLE_WORDS and doc[i - 1].text not in HONORIFICS)):
            out.append(NameSpan(i, j, None, True))
        i = max(j, i + 1)
    return out
