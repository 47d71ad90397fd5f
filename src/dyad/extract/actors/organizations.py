"""Organization extraction: ORG entities and gazetteer names, canonicalised, with a kind.

- Pack organizations keep their canonical name and kind ("JBIC" and "Japan Bank for
  International Cooperation" are one organization).
- "Full Name (ACR)" in the text links the acronym to the full name for the whole document.
- Generic government bodies ("Ministry of Foreign Affairs") are qualified by the state in
  context: a demonym before them ("the Russian Ministry ..."), "of <state>" after them, or the
  country of the organization they belong to ("... of the Ministry of Foreign Affairs").
- Junk NER entities are dropped: sub-units ("Department of ..."), title fragments and
  abstract capitalised words ("Rapprochement"), spans of lower-case words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from dyad.extract.actors.lexicon import NOT_PERSON_WORDS, TITLE_WORDS
from dyad.extract.actors.names import furniture_line, name_spans
from dyad.nlp.gazetteer import get_gazetteer
from dyad.records import Mention, Organization

__all__ = ["extract_organizations", "org_kind", "organization_mentions"]

EXTRACTOR = "organizations"

_SUBUNIT_HEADS = {"department", "sector", "faculty", "chair", "division", "section", "laboratory", "unit",
                  "desk", "programme", "program"}
_KIND_WORDS = [
    ("university", {"university", "institute", "academy", "school", "college", "mgimo"}),
    ("think_tank", {"club", "council", "center", "centre", "endowment", "foundation", "institution", "forum",
                    "think", "tank", "society"}),
    ("media", {"news", "times", "post", "press", "review", "journal", "tribune", "herald", "gazette", "agency",
               "television", "tv", "radio", "magazine", "newspaper", "telegraph", "guardian"}),
    ("party", {"party"}),
    ("government", {"ministry", "government", "cabinet", "parliament", "duma", "diet", "senate", "congress",
                    "commission", "kremlin", "embassy", "office", "forces", "army", "navy", "guard"}),
    ("international", {"nations", "organization", "organisation", "union", "alliance", "nato"}),
    ("company", {"company", "corporation", "corp", "inc", "ltd", "group", "bank", "holdings", "airlines",
                 "motors", "energy", "oil", "gas", "llc", "plc", "co"}),
]
_ACRONYM = re.compile(r"^[A-Z][A-Z&\-]{1,9}$")


def org_kind(name: str) -> str:
    """Guess an organization's kind from the words of its name (``other`` if unsure)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", name)}
    for kind, cues in _KIND_WORDS:
        if words & cues:
            return kind
    return "other"


_BLOC_ORG_WORDS = {"union", "organization", "organisation", "alliance", "association", "group", "nations",
                   "community", "council", "cooperation", "treaty"}


def _org_like_bloc(entry) -> bool:
    """A bloc that is an organization (acronym or institutional name), not a region ("the West")."""
    names = (entry.name, *entry.aliases)
    return any(_ACRONYM.match(n.replace(" ", "")) and len(n) <= 8 for n in names) or any(
        w.lower() in _BLOC_ORG_WORDS for n in names for w in n.split())


def _initials_match(acr: str, full: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", full) if w[0].isupper()]
    initials = "".join(w[0] for w in words)
    acr = acr.replace("-", "").replace("&", "")
    return len(acr) >= 2 and (initials.startswith(acr) or acr in initials or initials == acr)


@dataclass
class _Org:
    name: str
    kind: str
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.7


def _strip_the(doc, start: int, end: int) -> int:
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return start


def _person_like(span, person_words: set[str]) -> bool:
    """An ORG entity that is really a person named elsewhere as PERSON ("Streltsov")."""
    words = [t.text for t in span if t.is_alpha]
    return bool(words) and all(w in person_words for w in words)


def _junk(span) -> bool:
    words = [t for t in span if t.is_alpha]
    if not words:
        return True
    if not span[0].text[:1].isupper() and not span[0].text[:1].isdigit():
        return True
    if span[0].lower_ in _SUBUNIT_HEADS:
        return True
    if any(t.text in NOT_PERSON_WORDS for t in span) and len(span) <= 3:
        return True
    if all(t.is_stop for t in words):
        return True
    doc = span.doc
    # a single word of a title: "Secretary of State", "Minister of Justice"
    if (len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ == "of"
            and doc[span.start - 2].text in TITLE_WORDS):
        return True
    # the left-over word of a longer name whose start the packs know ("Carnegie" + "Endowment")
    prev = doc[span.start - 1] if span.start >= 1 else None
    if (len(span) == 1 and prev is not None and prev.ent_id_ and prev.ent_type_ == "ORG" and prev.whitespace_
            and not _ACRONYM.match(span.text)):
        return True
    # a single word qualifying a following state ("Nazi Germany")
    if len(span) == 1 and span.end < len(doc) and doc[span.end].ent_type_ == "GPE":
        return True
    # a single adjective ("the Nordic programme")
    if len(span) == 1 and span[0].pos_ == "ADJ" and not _ACRONYM.match(span.text):
        return True
    # a single capitalised common word at the start of a sentence ("Pragmatism")
    if len(span) == 1 and span[0].is_sent_start and not _ACRONYM.match(span[0].text) and span[0].pos_ != "PROPN":
        return True
    return False


def _heading_fragment(span, gaz) -> bool:
    """A capitalised phrase in a heading line (no final period) with no organisation word."""
    sent = span.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text in (".", "!", '"', "\u201d"):
        return False
    words = {t.text for t in span}
    return not (words & gaz.org_heads) and not _ACRONYM.match(span.text)


def _state_code_near(doc, start: int, end: int, gaz) -> str | None:
    """The state qualifying a generic body at tokens [start, end)."""
    # a demonym or state name right before: "the Russian Ministry of ..."
    i = start - 1
    if i >= 0 and doc[i].ent_id_:
        hit = gaz.state_for(doc[i].ent_id_) or gaz.state_for(doc[i].text)
        if hit is not None:
            return hit.code
    # "... of Russia" / "of the Russian Federation" / "of Japan" right after
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        for k in (3, 2, 1):
            if j + k <= len(doc):
                hit = gaz.state_for(doc[j:j + k].text)
                if hit is not None and hit.kind != "adjective":
                    return hit.code
    # "<org> of the Ministry ...": the country of the organization it belongs to
    if start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of":
        k = start - 3
        while k >= 0 and doc[k].ent_type_ == "ORG":
            if doc[k].ent_id_:
                hit = gaz.org_for(doc[k].ent_id_)
                if hit is not None and getattr(hit.entry, "country", None):
                    return hit.entry.country
            k -= 1
    return None


_CONNECTORS = {"of", "for", "and", "on", "&", "the", "in"}


def _untagged_orgs(doc, gaz) -> list:
    """Institution names the NER missed: a run of capitalised words outside any entity that
    ends in an organisation word ("Observer Research Foundation") or is followed by its
    acronym in brackets ("Getulio Vargas Foundation (FGV)")."""
    from spacy.tokens import Span

    out = []
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if t.ent_type_ or not t.text[:1].isupper() or not t.is_alpha:
            i += 1
            continue
        j = i
        while j < n and not doc[j].ent_type_ and (
                doc[j].text[:1].isupper() and (doc[j].is_alpha or "-" in doc[j].text)
                or doc[j].lower_ in _CONNECTORS and j + 1 < n and doc[j + 1].text[:1].isupper()
                and not doc[j + 1].ent_type_):
            j += 1
        k = j
        while k > i and doc[k - 1].lower_ in _CONNECTORS:
            k -= 1
        start = i + (doc[i].lower_ == "the")
        words = [w for w in doc[start:k] if w.text[:1].isupper()]
        acr = (k + 2 < n and doc[k].text == "(" and doc[k + 2].text == ")" and _ACRONYM.match(doc[k + 1].text)
               and _initials_match(doc[k + 1].text, doc[start:k].text))
        if len(words) >= 2 and (doc[k - 1].text in gaz.org_heads or acr) and not any(
                w.text in NOT_PERSON_WORDS or w.text in TITLE_WORDS or gaz.lookup(w.text) is not None
                and gaz.lookup(w.text).type == "person" for w in words):
            out.append(Span(doc, i, k, label="ORG"))
        i = max(j, i + 1)
    return out


def organization_mentions(doc, ctx, gaz=None) -> Iterator[tuple[str, str, str | None, Mention]]:
    """Yield ``(canonical name, kind, country, Mention)`` for every organization mention."""
    gaz = gaz or get_gazetteer()
    text = ctx.text
    acronyms: dict[str, tuple[str, str, str | None]] = {}
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_alpha}
    person_toks = {i for ns in name_spans(doc, gaz) if ns.cue for i in range(ns.start, ns.end)}
    untagged = _untagged_orgs(doc, gaz)
    for ent in sorted([e for e in doc.ents if e.label_ == "ORG"] + untagged, key=lambda e: e.start):
        start_tok = _strip_the(doc, ent.start, ent.end)
        if start_tok >= ent.end:
            continue
        end_tok = ent.end
        if doc[end_tok - 1].text in ("'s", "\u2019s", "'"):
            end_tok -= 1
        span = doc[start_tok:end_tok]
        if not len(span):
            continue
        s_char, e_char = span.start_char, span.end_char
        if ctx.in_boilerplate(s_char, e_char) or furniture_line(text, s_char):
            continue
        hit = gaz.lookup(ent.ent_id_) if ent.ent_id_ else None
        mkind = "name"
        if hit is not None and hit.type == "state":
            # countries are states; an organisation-like bloc (NATO, ASEAN, the EU) is an
            # international organization; "the West" is neither
            if hit.entry.kind != "bloc" or hit.kind == "metonym" or not _org_like_bloc(hit.entry):
                continue
            name, kind, country, conf = hit.name, "international", None, 0.9
            mkind = "acronym" if _ACRONYM.match(span.text) else ("name" if span.text == hit.name else "alias")
        elif hit is not None and hit.type == "org":
            name, kind, country = hit.name, hit.entry.kind, hit.entry.country
            mkind = gaz.lookup(span.text).kind if gaz.lookup(span.text) else "alias"
            conf = 0.95
        elif hit is not None and hit.type == "body":
            code = _state_code_near(doc, start_tok, end_tok, gaz)
            state = gaz.state_by_code(code)
            name = f"{hit.name} of {state.name}" if state is not None else hit.name
            kind, country, conf = "government", code, 0.85
            mkind = "name" if span.text == hit.name else "alias"
        elif span.text in acronyms:
            name, kind, country = acronyms[span.text]
            mkind, conf = "acronym", 0.8
        else:
            if _junk(span) or _heading_fragment(span, gaz) or _person_like(span, person_words) or all(t.i in person_toks for t in span):
                continue
            name, kind, country, conf = span.text, org_kind(span.text), None, 0.6
            if _ACRONYM.match(span.text):
                mkind = "acronym"
        # "Full Name (ACR)": remember the acronym, name the organization with it
        if end_tok + 2 < len(doc) and doc[end_tok].text == "(" and doc[end_tok + 2].text == ")":
            acr = doc[end_tok + 1].text
            other = gaz.lookup(acr)
            if _ACRONYM.match(acr) and (other is None or other.name == name) and (
                    _initials_match(acr, span.text) or hit is None):
                if hit is None:
                    name = f"{span.text} ({acr})"
                acronyms[acr] = (name, kind, country)
        yield name, kind, country, Mention(
            doc_id=ctx.doc_id, start_char=s_char, end_char=e_char, text=text[s_char:e_char],
            kind=mkind, extractor=EXTRACTOR, confidence=conf,
        )
    # acronyms defined in the text but tagged by no entity: "(JBIC)" itself and later uses
    if acronyms:
        seen = set()
        for ent in list(doc.ents) + untagged:
            seen.update(range(ent.start, ent.end))
        for tok in doc:
            if tok.i in seen or tok.text not in acronyms:
                continue
            if ctx.in_boilerplate(tok.idx, tok.idx + len(tok)):
                continue
            name, kind, country = acronyms[tok.text]
            yield name, kind, country, Mention(
                doc_id=ctx.doc_id, start_char=tok.idx, end_char=tok.idx + len(tok), text=tok.text,
                kind="acronym", extractor=EXTRACTOR, confidence=0.8,
            )


def extract_organizations(doc, ctx) -> Iterator[Organization]:
    """One :class:`Organization` per canonical name, with all its mentions (in text order)."""
    gaz = get_gazetteer()
    orgs: dict[str, _Org] = {}
    for name, kind, country, mention in organization_mentions(doc, ctx, gaz):
        org = orgs.get(name)
        if org is None:
            org = orgs[name] = _Org(name=name, kind=kind, country=country)
        org.mentions.append(mention)
        org.confidence = max(org.confidence, mention.confidence)
    # an unqualified generic body folds into the single qualified one of the same body
    for name in list(orgs):
        qualified = [n for n in orgs if n.startswith(name + " of ")]
        if len(qualified) == 1 and gaz.lookup(name) is not None and gaz.lookup(name).type == "body":
            orgs[qualified[0]].mentions.extend(orgs.pop(name).mentions)
    for org in orgs.values():
        mentions = sorted(org.mentions, key=lambda m: m.start_char)
        first = mentions[0]
        yield Organization(
            doc_id=ctx.doc_id, start_char=first.start_char, end_char=first.end_char, name=org.name,
            kind=org.kind, mentions=tuple(mentions), extractor=EXTRACTOR, confidence=org.confidence,
        )
