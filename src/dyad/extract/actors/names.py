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

from dyad.extract.actors.lexicon import (
    HONORIFICS,
    NOT_NAME_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS_BEFORE_NAME,
    TITLE_WORDS,
)
from dyad.extract.actors.roles import description_before, is_role_start

__all__ = ["NameSpan", "name_spans", "person_shaped", "furniture_line", "particle_surname"]

_PARTICLES = {"de", "van", "von", "der", "den", "ter", "ten", "zu", "bin", "bint", "ben", "al", "el", "da", "di",
              "dos", "das", "do", "del", "della", "la", "le", "du", "ibn", "y"}
_INITIAL = re.compile(r"^[A-Z]\.$")
# a regnal number ending a monarch's or pope's name: "Mohammed VI", "Charles III"
_REGNAL = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$")
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
    for k, t in enumerate(words):
        s = t.text
        if k and k == len(words) - 1 and _REGNAL.match(s):
            caps += 1  # "Felipe VI"
        elif _INITIAL.match(s):
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
    if start >= 2 and doc[start - 2].lower_ == "according" and doc[start - 1].lower_ == "to":
        return True
    return description_before(doc, start) is not None  # "Slovakia's ambassador to the UN, NAME"


def _role_apposition(doc, start: int, end: int) -> bool:
    """"NAME, a senior fellow at X," : a comma, then a role phrase the parser attaches to the name."""
    if end + 1 >= len(doc) or doc[end].text != "," or not is_role_start(doc[end + 1]):
        return False
    for t in doc[end + 1:min(end + 8, len(doc))]:
        if t.dep_ == "appos" and start <= t.head.i < end:
            return True
    return False


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    # a name never runs over a spaced dash or a comma ("NAME - Ph.D.", "NAME, MIIS")
    for k in range(start + 1, end):
        t = doc[k]
        if t.text == "," or (t.text in ("-", "\u2013", "\u2014") and doc[k - 1].whitespace_):
            end = k
            break
    # "Later Al-Rashed", "Analyst Kim": an adverb or a role noun the NER took into the name
    while end - start > 1 and (doc[start].pos_ in ("ADV", "SCONJ", "CCONJ") and doc[start].is_title
                               or doc[start].lower_ in ROLE_NOUNS_BEFORE_NAME and doc[start].is_title
                               and doc[start].text not in TITLE_WORDS):
        start += 1
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
        end = _join_hyphen_parts(doc, start, end)
        if ent.label_ == "PERSON":
            start, end = _repair(doc, start, end, gaz)
        span = doc[start:end]
        hit = gaz.lookup(ent.ent_id_) if ent.ent_id_ else None
        if hit is None:
            hit = gaz.lookup(span.text)
        if hit is not None:
            if hit.type == "person":
                out.append(NameSpan(start, end, hit, True))
            continue
        if _not_a_name(span, gaz):
            continue
        cue = _has_cue(doc, start, end)
        if ent.label_ != "PERSON" and not cue:
            continue
        if len(name_words(span)) == 1 or particle_surname(span):
            if ent.label_ != "PERSON" and any(doc[k].text in TITLE_WORDS for k in range(ent.start, start)):
                continue  # "Supreme National" (+ "Security Council"): a title word opens an institution
            if _named_after(doc, start):
                continue
            tok = span[0]
            if particle_surname(span):
                # "Al-Rashed" tagged ORG: a surname of a name already seen, never a new person
                out.append(NameSpan(start, end, None, cue and ent.label_ == "PERSON"))
            elif tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok.text) > 1:
                out.append(NameSpan(start, end, None, cue))
            continue
        if person_shaped(span):
            out.append(NameSpan(start, end, None, cue))
    out.extend(_untagged_names(doc, gaz))
    out.sort(key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[NameSpan] = []
    for ns in out:  # a repaired name swallows the fragment the NER tagged apart ("Leyen")
        if kept and ns.start < kept[-1].end:
            continue
        kept.append(ns)
    return kept


def _join_hyphen_parts(doc, start: int, end: int) -> int:
    """Extend a name over the hyphenated lower-case part the tokenizer split off: "Choi Min"
    + "-seok" -> "Choi Min-seok" (the hyphen and the part attached without spaces)."""
    while (start < end and end + 1 < len(doc) and doc[end].text in ("-", "\u2011")
           and not doc[end - 1].whitespace_ and not doc[end].whitespace_
           and doc[end - 1].text[:1].isupper() and doc[end + 1].is_alpha and doc[end + 1].text.islower()
           and doc[end + 1].pos_ != "VERB"):
        end += 2
    return end


def particle_surname(span) -> bool:
    """A one-word surname with a hyphenated particle: "Al-Rashed", "el-Sisi"."""
    parts = [t.text for t in span]
    return (len(parts) == 3 and parts[0].lower() in _PARTICLES and parts[1] in ("-", "\u2011")
            and parts[2][:1].isupper() and parts[2][1:].islower() and parts[2].isalpha())


def _named_after(doc, start: int) -> bool:
    """"the Admiral Kuznetsov" (a ship), "the King Fahd Causeway": an article before a title
    and a single name makes a thing named after a person."""
    k = start - 1
    while k >= 0 and doc[k].text in TITLE_WORDS and doc[k].text not in HONORIFICS:
        k -= 1
    return k < start - 1 and k >= 0 and doc[k].lower_ == "the"


def name_words(span) -> list:
    """The words of a name: alphabetic tokens and initials ("S. Jaishankar" has two)."""
    return [t for t in span if t.is_alpha or _INITIAL.match(t.text)]


def _name_part(tok, gaz, sent_start_ok: bool = False) -> bool:
    """A capitalised word that can extend a name the NER cut short (at the start of a
    sentence only where ``sent_start_ok``: a given name the parser attaches to the name)."""
    s = tok.text
    return (tok.is_alpha and s[:1].isupper() and s[1:].islower() and (sent_start_ok or not tok.is_sent_start)
            and s not in TITLE_WORDS and s not in NOT_NAME_WORDS and tok.lower_ not in ROLE_NOUNS_BEFORE_NAME
            and gaz.lookup(s) is None
            and tok.ent_type_ in ("", "PERSON", "GPE", "NORP", "ORG") and not tok.ent_id_)


def _not_a_name(span, gaz) -> bool:
    """A span holding an outlet/institution word or a non-person pack name is no person."""
    for t in span:
        if t.text in NOT_NAME_WORDS or t.text in gaz.org_heads:
            return True
        if t.is_alpha and t.text[:1].isupper():
            hit = gaz.lookup(t.text)
            if hit is not None and hit.type != "person":
                return True
    return False




def _repair(doc, start: int, end: int, gaz) -> tuple[int, int]:
    """Fix the boundaries of a PERSON entity: "Ursula von der" + "Leyen" (a particle cannot
    end a name), "Mehmet" + "Öğütçü" (a given name the NER left out)."""
    while end < len(doc) and doc[end - 1].lower_ in _PARTICLES and _name_part(doc[end], gaz):
        end += 1
    if (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i in range(start, end) and _name_part(doc[start - 1], gaz, True)
            and not doc[start - 1].ent_type_):
        start -= 1
    return start, end


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
        while j < len(doc) and not doc[j].ent_type_ and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                                                        or j > i and _REGNAL.match(doc[j].text)):
            j += 1
        while i < j and doc[i].text in TITLE_WORDS and doc[i].text not in HONORIFICS:
            i += 1  # "King Felipe VI": the title is the cue, not part of the name
        if i >= j:
            continue
        span = doc[i:j]
        if (person_shaped(span) and not any(x.text in NOT_NAME_WORDS or x.text in TITLE_WORDS
                                            or x.text in gaz.org_heads
                                            or gaz.lookup(x.text) is not None for x in span)
                and (description_before(doc, i) is not None
                     or i > 0 and doc[i - 1].text in TITLE_WORDS and doc[i - 1].text not in HONORIFICS
                     or _role_apposition(doc, i, j))):
            out.append(NameSpan(i, j, None, True))
        i = max(j, i + 1)
    return out
