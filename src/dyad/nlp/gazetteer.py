"""The domain gazetteer: lookups over the packs, and the spaCy component that tags them.

:class:`Gazetteer` is plain Python (no spaCy): extractors ask ``state_for("the Kremlin")``,
``person_for("Abe")``, ``org_for("JBIC")``, ``issue_for("Northern Territories")``.
:class:`GazetteerComponent` runs after the statistical NER, tags every pack name as an entity
whose ``ent_id_``/``kb_id_`` is the canonical name, and reconciles it with the NER entities
(registered as ``"dyad_gazetteer"`` in :mod:`dyad.nlp.components`, added to a pipeline by
:func:`dyad.nlp.pipeline.add_gazetteer`). This module imports neither of them: the import
graph of the layer is ``pipeline -> components -> gazetteer -> packs``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable

from dyad.nlp.packs import (
    BodyEntry,
    IssueEntry,
    OrgEntry,
    Pack,
    PersonEntry,
    PlaceEntry,
    StateEntry,
    load_pack,
)

__all__ = ["Hit", "Gazetteer", "get_gazetteer", "GazetteerComponent", "SPAN_KEY"]

SPAN_KEY = "dyad_gazetteer"
# NER labels that may legitimately contain a state name (e.g. "Moscow State University").
_CONTAINER_LABELS = {"PERSON", "ORG", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}


@dataclass(frozen=True, slots=True)
class Hit:
    """What a surface form means.

    ``type`` is state | person | org | body | place | issue; ``kind`` is the mention kind
    (name | alias | surname | acronym | metonym | adjective); ``label`` the entity label
    (``None``: not an entity, only a span in ``doc.spans["dyad_gazetteer"]``).
    """

    surface: str
    type: str
    name: str
    kind: str
    label: str | None
    entry: object

    @property
    def code(self) -> str | None:
        """ISO alpha-2 of a state hit (else the entry's country/nationality, if any)."""
        e = self.entry
        return getattr(e, "code", None) or getattr(e, "country", None) or getattr(e, "nationality", None)


def _is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in s


class Gazetteer:
    """Surface form -> :class:`Hit` over one or more packs (later packs override earlier ones)."""

    def __init__(self, packs: Iterable[Pack]):
        self.packs = tuple(packs)
        self._hits: dict[str, Hit] = {}
        self._folded: dict[str, Hit] = {}
        self.states: dict[str, StateEntry] = {}
        self.persons: dict[str, PersonEntry] = {}
        self.organizations: dict[str, OrgEntry] = {}
        self.bodies: dict[str, BodyEntry] = {}
        self.issues: dict[str, IssueEntry] = {}
        self.places: dict[str, PlaceEntry] = {}
        self.org_heads: set[str] = set()
        self.place_heads: set[str] = set()
        self.code_to_state: dict[str, StateEntry] = {}
        for pack in self.packs:
            self._add_pack(pack)

    # ------------------------------------------------------------------ building
    def _put(self, surface: str, hit: Hit) -> None:
        self._hits[surface] = hit
        self._folded.setdefault(surface.lower(), hit)

    def _add_pack(self, pack: Pack) -> None:
        self.org_heads.update(pack.org_heads)
        self.place_heads.update(pack.place_heads)
        for s in pack.states:
            self.states[s.name] = s
            if s.code:
                self.code_to_state.setdefault(s.code, s)
            lab = ("GPE" if s.kind != "bloc" else "ORG") if s.entity else None
            self._put(s.name, Hit(s.name, "state", s.name, "name", lab, s))
            for a in s.aliases:
                self._put(a, Hit(a, "state", s.name, "acronym" if _is_acronym(a) else "alias", lab, s))
            for c in (*s.capitals, *s.metonyms):
                self._put(c, Hit(c, "state", s.name, "metonym", "GPE" if s.entity else None, s))
            for d in s.demonyms:
                self._put(d, Hit(d, "state", s.name, "adjective", "NORP" if s.entity else None, s))
        for p in pack.persons:
            self.persons[p.name] = p
            last = p.name.split()[-1]
            self._put(p.name, Hit(p.name, "person", p.name, "name", "PERSON", p))
            for a in p.aliases:
                kind = "surname" if a == last or (" " not in a and a in p.name.split()) else "alias"
                self._put(a, Hit(a, "person", p.name, kind, "PERSON", p))
        for o in pack.organizations:
            self.organizations[o.name] = o
            self._put(o.name, Hit(o.name, "org", o.name, "name", "ORG", o))
            for a in o.aliases:
                self._put(a, Hit(a, "org", o.name, "acronym" if _is_acronym(a) else "alias", "ORG", o))
        for b in pack.government_bodies:
            self.bodies[b.name] = b
            self._put(b.name, Hit(b.name, "body", b.name, "name", "ORG", b))
            for a in b.aliases:
                self._put(a, Hit(a, "body", b.name, "acronym" if _is_acronym(a) else "alias", "ORG", b))
        for pl in pack.places:
            self.places[pl.name] = pl
            for a in (pl.name, *pl.aliases):
                self._put(a, Hit(a, "place", pl.name, "name" if a == pl.name else "alias", pl.label, pl))
        for i in pack.issues:
            self.issues[i.name] = i
            for a in (i.name, *i.aliases):
                self._put(a, Hit(a, "issue", i.name, "name" if a == i.name else "alias", i.label, i))

    # ------------------------------------------------------------------ lookups
    @property
    def surfaces(self) -> list[str]:
        """Every surface form, exactly as written in the packs."""
        return list(self._hits)

    def lookup(self, text: str) -> Hit | None:
        """The hit for ``text``: exact, then without a leading "the", then case-folded."""
        t = " ".join(text.split())
        hit = self._hits.get(t)
        if hit is None and t[:4].lower() == "the ":
            hit = self._hits.get(t[4:])
        if hit is None:
            hit = self._folded.get(t.lower())
            if hit is None and t[:4].lower() == "the ":
                hit = self._folded.get(t[4:].lower())
            # Case-folded hits only for multi-word or acronym-free names ("us" is not "US").
            if hit is not None and (_is_acronym(hit.surface) or len(t.split()) == 1 and not t[:1].isupper()):
                hit = None
        return hit

    def _typed(self, text: str, type_: str) -> Hit | None:
        hit = self.lookup(text)
        return hit if hit is not None and hit.type == type_ else None

    def state_for(self, text: str) -> Hit | None:
        """The state (or bloc) that ``text`` names, stands for, or is the adjective of."""
        return self._typed(text, "state")

    def person_for(self, text: str) -> Hit | None:
        return self._typed(text, "person")

    def org_for(self, text: str) -> Hit | None:
        hit = self.lookup(text)
        return hit if hit is not None and hit.type in ("org", "body") else None

    def issue_for(self, text: str) -> Hit | None:
        return self._typed(text, "issue")

    def place_for(self, text: str) -> Hit | None:
        return self._typed(text, "place")

    def state_by_code(self, code: str | None) -> StateEntry | None:
        return self.code_to_state.get(code) if code else None

    def office_holders(self, title: str, state: str | None, date: str | None = None) -> list[tuple[PersonEntry, object]]:
        """Pack persons holding office ``title`` ("president", "prime minister", "leader") of
        ``state`` (alpha-2, ``None`` = any) on ``date`` (None: now). ``"leader"`` matches top offices."""
        out = []
        for p in self.persons.values():
            for o in p.offices:
                if state and o.state != state:
                    continue
                if title == "leader":
                    if not o.top:
                        continue
                elif o.title != title:
                    continue
                if o.held_on(date):
                    out.append((p, o))
                    break
        return out


_GAZ_CACHE: dict[tuple[str, ...], Gazetteer] = {}
_GAZ_LOCK = threading.Lock()


def get_gazetteer(packs: tuple[str, ...] = ("generic", "russia-japan")) -> Gazetteer:
    """The gazetteer for ``packs`` (built once per process)."""
    key = tuple(packs)
    with _GAZ_LOCK:
        gaz = _GAZ_CACHE.get(key)
        if gaz is None:
            gaz = Gazetteer(load_pack(n) for n in key)
            _GAZ_CACHE[key] = gaz
    return gaz


class GazetteerComponent:
    """Tag pack names as entities (canonical name in ``ent_id_``) after the statistical NER.

    Reconciliation with NER entities: the longest pack match wins over overlapping NER
    entities, except that a state/capital/person name strictly inside a longer NER name is
    left alone (e.g. "Moscow" in "Moscow State University", "Washington" in "George
    Washington"). A demonym at the start of a longer NER name is split off ("Russian" +
    "Ministry of Foreign Affairs"). Matches without a label (issues such as policies) are
    recorded in ``doc.spans["dyad_gazetteer"]`` and suppress NER entities they overlap.
    """

    def __init__(self, nlp, gazetteer: Gazetteer):
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surface in gazetteer.surfaces:
            if "(" in surface:  # "Full Name (ACR)": matched as its two parts
                continue
            patterns = [nlp.make_doc(surface)]
            if surface.startswith("the "):  # also at the start of a sentence: "The Elysee said"
                patterns.append(nlp.make_doc("The" + surface[3:]))
            self.matcher.add(surface, patterns)

    def _ner_keeps(self, ent, hit: Hit, gs: int, ge: int) -> bool:
        """Whether NER entity ``ent`` strictly containing the match [gs, ge) should win."""
        label = ent.label_
        if hit.type == "place":
            # "the Middle East Institute", "Far Eastern Federal University": an institution
            heads = self.gazetteer.org_heads
            return label in ("ORG", "FAC", "LOC") and any(t.text in heads for t in ent if not (gs <= t.i < ge))
        if hit.type == "org":
            # "Supreme National Security Council": capitalised words before a pack alias
            # make another institution's name (not "the UN Security Council", a pack alias too)
            lead = [t for t in ent[: gs - ent.start] if t.lower_ not in ("the", "a", "an")]
            return (label == "ORG" and ge == ent.end and bool(lead)
                    and all(t.is_alpha and t.text[:1].isupper() and not t.ent_id_ for t in lead))
        if hit.type not in ("state", "person"):
            return False
        heads = self.gazetteer.org_heads | self.gazetteer.place_heads
        rest = [t.text for t in ent if not (gs <= t.i < ge)]
        if hit.kind == "adjective":
            # "German Institute for ...": a named institution keeps its demonym, but
            # "Russian Ministry of Foreign Affairs" is the state plus a generic body
            if label != "ORG" or not any(w in heads for w in rest):
                return False
            lead = [t for t in ent[: gs - ent.start] if t.lower_ not in ("the", "a", "an")]
            tail = " ".join(t.text for t in ent[ge - ent.start:]) if not lead else ""
            body = self.gazetteer.lookup(tail) if tail else None
            return not (body is not None and body.type == "body")
        if label not in _CONTAINER_LABELS:
            return False
        if label == "PERSON":
            # "Abe-Putin summit": two names joined by a dash are two persons
            doc = ent.doc
            joined = (gs > ent.start and doc[gs - 1].text in ("-", "\u2013")) or (
                ge < ent.end and doc[ge].text in ("-", "\u2013"))
            return not joined
        if label in ("ORG", "FAC", "LOC"):
            return any(w in heads for w in rest)
        return True

    def __call__(self, doc):
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        _relabel_institutions(doc)
        found = []
        for mid, s, e in self.matcher(doc):
            hit = self.gazetteer._hits.get(strings[mid])
            if hit is not None:
                found.append((Span(doc, s, e, label=hit.label or "ISSUE", kb_id=hit.name, span_id=hit.name), hit))
        by_span = {(sp.start, sp.end): hit for sp, hit in found}
        matches = [sp for sp in filter_spans([sp for sp, _ in found])]
        ner = list(doc.ents)
        kept_gaz, all_gaz = [], []
        for sp in matches:
            hit = by_span[(sp.start, sp.end)]
            container = next((e for e in ner if e.start <= sp.start and sp.end <= e.end
                              and (e.end - e.start) > (sp.end - sp.start)), None)
            if container is not None and self._ner_keeps(container, hit, sp.start, sp.end):
                continue
            all_gaz.append(sp)
            if hit.label is not None or hit.type == "issue":
                kept_gaz.append((sp, hit))
        new_ner = []
        for e in ner:
            clash = [sp for sp, _ in kept_gaz if sp.start < e.end and e.start < sp.end]
            if not clash:
                new_ner.append(e)
                continue
            # A pack match at the start of a longer NER name: keep the capitalised rest.
            if len(clash) == 1:
                sp = clash[0]
                if sp.start == e.start and sp.end < e.end and _namelike(doc[sp.end:e.end]):
                    new_ner.append(Span(doc, sp.end, e.end, label=e.label_))
                elif sp.end == e.end and sp.start > e.start and _namelike(doc[e.start:sp.start]):
                    new_ner.append(Span(doc, e.start, sp.start, label=e.label_))
        ents = [sp for sp, hit in kept_gaz if hit.label is not None] + new_ner
        doc.ents = filter_spans(ents)
        doc.spans[SPAN_KEY] = all_gaz
        return doc


# Last words that make a place-labelled NER span an institution ("the Middle East Institute").
_INSTITUTION_HEADS = frozenset("""
Institute Institution University Center Centre Foundation Council Academy College School Forum Club Society
Association Ministry Agency Organisation Organization Committee Commission Endowment
""".split())


def _relabel_institutions(doc) -> None:
    """NER place entities (LOC/FAC/GPE) that end in an institution word become ORG."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = False
    for k, e in enumerate(ents):
        if e.label_ in ("LOC", "FAC", "GPE") and len(e) >= 2 and e[-1].text in _INSTITUTION_HEADS:
            ents[k] = Span(doc, e.start, e.end, label="ORG")
            changed = True
    if changed:
        doc.ents = ents


def _namelike(span) -> bool:
    """A left-over piece of a name: starts capitalised and has a capitalised non-stop word."""
    return (
        len(span) > 0
        and span[0].text[:1].isupper()
        and any(t.text[:1].isupper() and not t.is_stop and t.is_alpha for t in span)
    )
