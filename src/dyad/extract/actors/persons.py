"""Person extraction: one :class:`Person` per individual named in a document.

1. Names: PERSON entities and pack names (:mod:`dyad.extract.actors.names` filters the
   NER's false positives); surnames resolve to a full name seen in the document ("Abe" ->
   "Shinzo Abe"), else to the pack.
2. Roles and affiliations from appositions, titles, descriptions and bios
   (:mod:`dyad.extract.actors.roles`); affiliations are the organizations (``ctx.organizations``)
   named inside a role. Known leaders get their pack role for the document date.
3. Descriptions resolve to persons: "the expert" -> the expert mentioned last, "the Japanese
   expert" -> the Japanese one; "the Russian president", "the President of the Russian
   Federation", "the prime minister", "the Japanese leader" -> a person of the document with that
   office, else the pack's office holder on the document date. Pronouns are not mentions.

Mentions in page furniture (``ctx.in_boilerplate`` or photo/source credit lines) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from dyad.extract.actors.lexicon import (
    DESCRIPTION_NOUNS,
    EXPERT_NOUNS,
    EXPERT_ROLE_WORDS,
    OFFICE_TITLES,
    OFFICIAL_NOUNS,
    ROLE_NOUNS_BEFORE_NAME,
    TITLE_WORDS,
)
from dyad.extract.actors.names import furniture_line, name_spans, name_words, particle_surname
from dyad.extract.actors.bylines import byline_roles, possessive_org
from dyad.extract.actors.roles import copula_roles, description_before, roles_after, title_before
from dyad.nlp.gazetteer import get_gazetteer
from dyad.records import Mention, Person

__all__ = ["extract_persons"]

EXTRACTOR = "persons"

_NOUNS = sorted(set(OFFICE_TITLES) | EXPERT_NOUNS | DESCRIPTION_NOUNS, key=len, reverse=True)
_DESC = re.compile(
    r"\b[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)\s+)?(?P<noun>(?i:"
    + "|".join(n.replace(" ", r"\s+") for n in _NOUNS)
    + r"))(?![\w-])(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?"
)


@dataclass
class _P:
    name: str
    entry: object | None = None  # pack PersonEntry
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    org_spans: list[tuple[int, int]] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    nationality: str | None = None
    kind: str = "other"
    offices: set[str] = field(default_factory=set)  # office titles the text gives

    def add(self, m: Mention) -> None:
        if all(not (x.start_char < m.end_char and m.start_char < x.end_char) for x in self.mentions):
            self.mentions.append(m)

    def last_before(self, pos: int) -> int:
        return max((m.end_char for m in self.mentions if m.end_char <= pos), default=-1)


def _mention(ctx, start: int, end: int, kind: str, conf: float) -> Mention:
    return Mention(doc_id=ctx.doc_id, start_char=start, end_char=end, text=ctx.text[start:end],
                   kind=kind, extractor=EXTRACTOR, confidence=conf)


def _skip(ctx, start: int, end: int) -> bool:
    return ctx.in_boilerplate(start, end) or furniture_line(ctx.text, start)


def _pack_office(entry, date: str | None):
    """The pack office of ``entry`` held on ``date`` (else its latest office)."""
    if entry is None or not entry.offices:
        return None
    for o in entry.offices:
        if o.held_on(date):
            return o
    if date is None:
        return entry.offices[-1]
    past = [o for o in entry.offices if o.start is None or o.start[: len(date)] <= date]
    return past[-1] if past else None


def _clean_role(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"^(?:(?:the|a|an|then|former)\s+)+", "", text, flags=re.I)


def _covered(role: str, roles: list[str], gaz) -> bool:
    """Whether ``role`` says nothing a role already listed does not ("Prime Minister" vs
    "Prime Minister of Japan", "Japanese Prime Minister")."""
    words = set()
    for w in role.split():
        w = re.sub(r"(?:'s|\u2019s)$", "", w)
        if gaz.state_for(w) is None and gaz.state_for(w.capitalize()) is None:
            words.add(w.lower())
    return any(words <= set(r.lower().split()) for r in roles)


def _free_for_name(span) -> bool:
    """Whether the tokens of a surname match are no other entity: untagged, PERSON, or an
    entity the NER mislabelled that is exactly this word ("De Mistura" as GPE) and that no
    pack knows (not "Jordan" the country, not "Ford" of "Ford Foundation")."""
    t = span[0]
    if t.ent_type_ in ("", "PERSON"):
        return True
    if t.ent_id_ or t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "FAC"):
        return False
    ent = next((e for e in span.doc.ents if e.start <= t.i < e.end), None)
    return ent is not None and ent.start == span.start and ent.end == span.end


def _collect_names(doc, ctx, gaz) -> tuple[dict[str, _P], list]:
    persons: dict[str, _P] = {}
    singles = []
    text = ctx.text
    for ns in name_spans(doc, gaz):
        span = doc[ns.start:ns.end]
        s, e = span.start_char, span.end_char
        if _skip(ctx, s, e):
            continue
        surface = text[s:e]
        if ns.hit is not None:
            kind = "name" if surface == ns.hit.name else ("surname" if len(span) == 1 else "alias")
            p = persons.setdefault(ns.hit.name, _P(ns.hit.name, ns.hit.entry))
            if kind == "surname":
                singles.append((ns, s, e))
                continue
            p.add(_mention(ctx, s, e, kind, 0.95))
        elif len(name_words(span)) >= 2 and not particle_surname(span):
            name = " ".join(surface.split())
            p = persons.setdefault(name, _P(name))
            p.add(_mention(ctx, s, e, "name", 0.85 if ns.cue else 0.7))
        else:
            singles.append((ns, s, e))
    # bylines the ingest layer found: every occurrence of an author's name is a mention
    for author in ctx.document.authors:
        if len(author.split()) < 2:
            continue
        for rm in re.finditer(r"(?<!\w)" + re.escape(author) + r"(?!\w)", text):
            s, e = rm.start(), rm.end()
            if _skip(ctx, s, e):
                continue
            key = next((k for k in persons if _same(k, author) and k[0] == author[0]), author)
            persons.setdefault(key, _P(key)).add(_mention(ctx, s, e, "name", 0.9))
    # surnames the NER did not tag: later uses of a full name's last word
    seen = {(m.start_char, m.end_char) for p in persons.values() for m in p.mentions}
    seen |= {(s, e) for _, s, e in singles}
    for p in list(persons.values()):
        parts = p.name.split()
        if len(parts) < 2 or not p.mentions:
            continue
        first = min(m.start_char for m in p.mentions)
        # the last name, and the middle names of long names ("Lula" of "Luiz Inacio Lula da Silva")
        words = [w for w in parts if w.lower() not in _PARTICLE_WORDS]
        short = [_last_name(p.name)] + (words[1:-1] if len(words) >= 3 else [])
        if parts[-1] != short[0]:
            short.insert(0, parts[-1])  # "Al-Rashed" as well as "Rashed"
        pattern = "|".join(re.escape(w) for w in short if len(w) > 2 and w[:1].isupper())
        if not pattern:
            continue
        # "de Mistura" / "De Mistura", "von der Leyen": the particles go with the surname
        lead = [w for w in parts[1:-1] if w.lower() in _PARTICLE_WORDS]
        if lead and parts[-1] == _last_name(p.name):
            pattern = r"(?:" + r"\s+".join("[" + w[0].upper() + w[0].lower() + "]" + re.escape(w[1:])
                                           for w in lead) + r"\s+)?(?:" + pattern + ")"
        for rm in re.finditer(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", text):
            s, e = rm.start(), rm.end()
            if s <= first or any(a < e and s < b for a, b in seen) or _skip(ctx, s, e):
                continue
            tok = doc.char_span(s, e)
            if tok is None or not _free_for_name(tok):
                continue
            p.add(_mention(ctx, s, e, "surname", 0.75))
            seen.add((s, e))
    # surnames: a full name of the document with that last word, else the pack
    for ns, s, e in singles:
        word = ctx.text[s:e]
        cands = [p for p in persons.values() if p.mentions and word in (_last_name(p.name), p.name.split()[-1])
                 and len(p.name.split()) > 1]
        if not cands:  # family name first ("Wang Yi" -> "Wang"), or a middle name ("Lula")
            cands = [p for p in persons.values() if p.mentions and len(p.name.split()) > 1
                     and word in p.name.split()[:-1] and word.lower() not in _PARTICLE_WORDS]
        if len(cands) > 1:
            cands = sorted(cands, key=lambda p: p.last_before(s), reverse=True)[:1]
        if cands:
            cands[0].add(_mention(ctx, s, e, "surname", 0.85))
        elif ns.hit is not None:
            persons[ns.hit.name].add(_mention(ctx, s, e, "surname", 0.9))
        elif ns.cue:
            p = persons.setdefault(word, _P(word))
            p.add(_mention(ctx, s, e, "surname", 0.6))
    return {k: p for k, p in persons.items() if p.mentions}, []


def _add_roles(doc, ctx, persons: dict[str, _P], gaz) -> None:
    char_to_tok = {t.idx: t.i for t in doc}
    for p in persons.values():
        for m in list(p.mentions):
            if m.kind not in ("name", "alias", "surname"):
                continue
            i = char_to_tok.get(m.start_char)
            if i is None:
                continue
            j = i
            while j < len(doc) and doc[j].idx < m.end_char:
                j += 1
            ranges = roles_after(doc, j)
            if m.kind == "surname":  # "Tellis, a senior fellow, argued": an apposition only
                ranges = [r for r in ranges if doc[r[0]].lower_ in ("a", "an", "the")][:1]
            # "NAME of/from/at ORG": an affiliation without a role
            if j + 1 < len(doc) and doc[j].lower_ in ("of", "from", "at") and m.kind != "surname":
                k = j + 1 + (doc[j + 1].lower_ == "the")
                if k < len(doc) and doc[k].ent_type_ == "ORG":
                    p.org_spans.extend((o.start_char, o.end_char) for o in doc.ents if o.start <= k < o.end)
            if m.kind != "surname":  # "the Lowy Institute's NAME": the institution is the affiliation
                poss = possessive_org(doc, i)
                p.org_spans.extend(poss)
                if poss and doc[i - 1].is_lower and doc[i - 1].lower_ in ROLE_NOUNS_BEFORE_NAME | EXPERT_ROLE_WORDS:
                    k = i - 1  # "... Institute's senior fellow NAME": the role between
                    while doc[k - 1].is_lower and doc[k - 1].is_alpha:
                        k -= 1
                    ranges.append((k, i))
            title = title_before(doc, i) if m.kind != "surname" else None
            desc = description_before(doc, title[0] if title else i) if m.kind != "surname" else None
            if desc and desc[0] >= 3 and doc[desc[0] - 1].lower_ == "whose" and doc[desc[0] - 2].text == ",":
                # "the Lowy Institute, whose executive director, NAME,": the institution before
                p.org_spans.extend((o.start_char, o.end_char) for o in doc.ents
                                   if o.label_ == "ORG" and o.end == desc[0] - 2)
            singles = (copula_roles(doc, j),) if m.kind == "surname" else (title, desc, copula_roles(doc, j))
            for rng in singles:
                if rng:
                    ranges.append(rng)
            for a, b in ranges:
                sc, ec = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                if _skip(ctx, sc, ec):
                    continue
                role = _clean_role(ctx.text[sc:ec])
                seg = doc[a:b]
                titled = seg[-1].text in TITLE_WORDS or seg[-1].lower_ in ROLE_NOUNS_BEFORE_NAME
                if all(t.ent_type_ == "ORG" or t.is_punct for t in seg) or not titled and (
                        seg[0].ent_type_ == "ORG" and seg[0].ent_iob_ == "B" and any(
                            o.start_char == sc and ec - o.end_char <= len(seg[-1].text) + 2
                            for o in doc.ents if o.label_ == "ORG")):
                    p.org_spans.append((sc, ec))
                    continue
                if role and role not in p.roles:
                    p.roles.append(role)
                    p.role_spans.append((sc, ec))


def _finish(p: _P, ctx, gaz) -> None:
    date = ctx.document.date
    office = _pack_office(p.entry, date)
    if p.entry is not None:
        p.nationality = p.entry.nationality
        p.kind = p.entry.kind
        if office is not None and office.role not in p.roles:
            p.roles.insert(0, office.role)
            keep = [(r, sp) for r, sp in zip(p.roles[1:], p.role_spans) if not _covered(r, [office.role], gaz)]
            # a dropped role still names the affiliation ("European Commission President")
            p.org_spans.extend(sp for sp in p.role_spans if sp not in {k[1] for k in keep})
            p.roles = [office.role] + [r for r, _ in keep]
            p.role_spans = [sp for _, sp in keep]
    # affiliations: inside each role, the organization after "at/of/with/from" ("UN director
    # at the International Crisis Group"), else the first one named
    text = ctx.text
    for sc, ec in p.role_spans + p.org_spans:
        inside = sorted(
            ((m.start_char, o) for o in ctx.organizations for m in o.mentions
             if sc <= m.start_char and m.end_char <= ec),
            key=lambda x: (not _AFTER_PREP.search(text[max(sc, x[0] - 10):x[0]]), x[0]),
        )
        if inside:
            org = inside[0][1]
            if org.name not in p.affiliations:
                p.affiliations.append(org.name)
    role_words = {w.lower().strip(".,") for r in p.roles for w in r.split()}
    if p.nationality is None:
        for sc, ec in p.role_spans:
            p.nationality = _role_state(ctx.text[sc:ec], gaz)
            if p.nationality:
                break
    if p.nationality is None:
        for a in p.affiliations:
            hit = gaz.org_for(a)
            # an institution's country is its staff's (not a news agency's: wire staff are everywhere)
            if hit is not None and getattr(hit.entry, "country", None) and getattr(hit.entry, "kind", "") != "media":
                p.nationality = hit.entry.country
                break
    if p.entry is None:
        heads = set()
        for r in p.roles:  # the words before "of/at/in": "associate professor (of ...)"
            heads |= {w.lower().strip(".,") for w in re.split(r"\s(?:of|at|in|for|with)\s", r)[0].split()}
        heads = {h for w in heads for h in re.split(r"-", w)} | heads
        if heads & {"director", "secretary", "director-general", "secretary-general"} and "general" in heads or (
                heads & {"director-general", "secretary-general"}):
            p.kind = "official"  # heads of international bodies
        elif heads & EXPERT_ROLE_WORDS and not heads & {"president", "premier", "minister", "ambassador"}:
            p.kind = "expert"
        elif heads & {"president", "premier", "chancellor"} or {"prime", "minister"} <= heads or (
                heads & _LEADER_NOUNS and not heads & {"opposition", "party", "team", "group"}):
            p.kind = "leader"
        elif heads & (OFFICIAL_NOUNS | {"minister"}):
            p.kind = "official"
        elif role_words & EXPERT_ROLE_WORDS or p.affiliations or any(
            _same(p.name, a) for a in ctx.document.authors
        ):
            p.kind = "expert"
    for t, title in OFFICE_TITLES.items():
        if all(w in role_words for w in t.split()):
            p.offices.add(title)


_AFTER_PREP = re.compile(r"\b(?:at|of|with|from)\s+(?:the\s+)?$", re.I)
_LEADER_NOUNS = {"king", "queen", "emir", "sultan", "monarch", "supreme"}
_OFFICE_WORDS = OFFICIAL_NOUNS | {"president", "minister", "premier", "leader", "prime", "chancellor", "monarch"}
_NOT_OWN_STATE = {"to", "in", "for", "with", "on", "at", "from", "against", "toward", "towards", "about"}


def _role_state(role: str, gaz) -> str | None:
    """The state whose official the role names: "Chinese Foreign Minister", "Egypt's foreign
    minister", "President of Russia" -> the state's code; "ambassador to Japan" -> None."""
    words = re.findall(r"[\w.]+(?:['\u2019]s)?", role)
    lowered = {x.lower() for w in words for x in re.split(r"[-.]", w)}
    if not lowered & _OFFICE_WORDS:
        return None
    for k, w in enumerate(words):
        if k and words[k - 1].lower() in _NOT_OWN_STATE:
            continue
        base = re.sub(r"['\u2019]s$", "", w)
        for cand in ((base + " " + words[k + 1]) if k + 1 < len(words) else None, base):
            if not cand or not cand[:1].isupper():
                continue
            hit = gaz.state_for(cand)
            if hit is not None and hit.entry.code and hit.entry.kind == "state":
                return hit.entry.code
    return None


_PARTICLE_WORDS = {"de", "van", "von", "der", "den", "bin", "bint", "ben", "al", "el", "da", "di", "dos", "das",
                   "do", "del", "della", "la", "le", "du", "ibn", "y", "ter", "ten", "zu"}


def _last_name(name: str) -> str:
    """The word a surname mention uses: "el-Sisi" -> "Sisi", "al-Assad" -> "Assad"."""
    last = name.split()[-1]
    head, _, rest = last.partition("-")
    return rest if head.lower() in _PARTICLE_WORDS and rest else last


def _same(a: str, b: str) -> bool:
    return a.split()[-1].lower() == b.split()[-1].lower()


def _resolve_descriptions(doc, ctx, persons: dict[str, _P], gaz) -> None:
    text = ctx.text
    date = ctx.document.date
    taken = [(m.start_char, m.end_char) for p in persons.values() for m in p.mentions]
    for rm in _DESC.finditer(text):
        s, e = rm.start(), rm.end()
        noun = " ".join(rm.group("noun").lower().split())
        adj, of = rm.group("adj"), rm.group("of")
        code = None
        if adj:
            hit = gaz.state_for(adj)
            if hit is None or hit.kind != "adjective":
                # "the Valdai expert", "the Prime Minister": no nationality, keep the bare noun
                if adj.lower() + " " + noun in OFFICE_TITLES:
                    noun = adj.lower() + " " + noun
                else:
                    s = rm.start()
                    e = rm.end("noun")
                    continue
            else:
                code = hit.entry.code
        if of:
            hit = gaz.state_for(of)
            if hit is not None and hit.kind != "adjective":
                code = code or hit.entry.code
            else:
                e = rm.end("noun")
        else:
            e = rm.end("noun")
        if _skip(ctx, s, e) or any(a < e and s < b for a, b in taken):
            continue
        # "the expert community": the noun must head its phrase
        last = doc.char_span(e - 1, e, alignment_mode="expand")
        if last is not None:
            k = last.end
            while k < len(doc) and doc[k].is_space:
                k += 1
            if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].idx == e + 1 and not doc[k].ent_type_:
                continue
        # a title in front of a name or a description in apposition is a role, not a mention
        if any(a < e and s < b for p in persons.values() for a, b in p.role_spans):
            continue
        if re.match(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text[e:e + 40]) and doc.char_span(
                e + 1, e + 2, alignment_mode="expand") is not None and any(
                t.ent_type_ == "PERSON" for t in doc.char_span(e + 1, e + 2, alignment_mode="expand")):
            continue
        target = _resolve_one(noun, code, s, ctx, persons, gaz, date, doc)
        if target is None:
            continue
        if target.name not in persons:
            persons[target.name] = target
        target.add(_mention(ctx, s, e, "description", 0.7))
        taken.append((s, e))


def _resolve_one(noun, code, pos, ctx, persons, gaz, date, doc) -> _P | None:
    if noun in EXPERT_NOUNS:
        cands = [p for p in persons.values() if p.kind == "expert" and p.last_before(pos) >= 0
                 and (code is None or p.nationality == code)]
        if not cands:
            return None
        return max(cands, key=lambda p: p.last_before(pos))
    title = OFFICE_TITLES.get(noun)
    if title is None:
        # "the minister", "the diplomat", "the crown prince": the person mentioned last
        # whose role has the noun's words
        words = set(re.split(r"[\s-]+", noun))
        cands = [p for p in persons.values() if p.last_before(pos) >= 0
                 and (code is None or p.nationality == code)
                 and any(words <= {w.lower() for w in re.findall(r"[\w]+", r)} for r in p.roles)]
        if not cands:
            return None
        return max(cands, key=lambda p: p.last_before(pos))
    if title == "leader" and code is None:
        return None  # "the leader" alone is too vague
    # 1. a person of the document known to hold that office
    cands = []
    for p in persons.values():
        if code is not None and p.nationality != code:
            continue
        office = _pack_office(p.entry, date)
        holds = title in p.offices or (office is not None and (office.title == title or title == "leader" and office.top))
        if holds:
            cands.append(p)
    if cands:
        return max(cands, key=lambda p: p.last_before(pos))
    # 2. the pack's office holder (of the state named, else of a state named in the sentence)
    codes = [code] if code else []
    if not codes:
        sent = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if sent is not None:
            sent = sent.sent
            for st in ctx.states:
                for m in st.mentions:
                    if sent.start_char <= m.start_char < sent.end_char and st.code and st.code not in codes:
                        codes.append(st.code)
    holders = []
    for c in codes:
        holders.extend(gaz.office_holders(title, c, date))
    if len({h[0].name for h in holders}) != 1:
        return None
    entry = holders[0][0]
    p = persons.get(entry.name) or _P(entry.name, entry)
    if p.entry is None:
        p.entry = entry
    _finish(p, ctx, gaz)
    return p


def extract_persons(doc, ctx) -> Iterator[Person]:
    """One :class:`Person` per individual, with roles, affiliations, nationality, kind, mentions."""
    gaz = get_gazetteer()
    persons, _ = _collect_names(doc, ctx, gaz)
    _add_roles(doc, ctx, persons, gaz)
    for p in persons.values():
        _finish(p, ctx, gaz)
    byline_roles(ctx, persons.values())
    _resolve_descriptions(doc, ctx, persons, gaz)
    for p in sorted(persons.values(), key=lambda p: min(m.start_char for m in p.mentions)):
        mentions = tuple(sorted(p.mentions, key=lambda m: m.start_char))
        first = mentions[0]
        yield Person(
            doc_id=ctx.doc_id, start_char=first.start_char, end_char=first.end_char, name=p.name,
            roles=tuple(p.roles), affiliations=tuple(p.affiliations), nationality=p.nationality,
            kind=p.kind, mentions=mentions, extractor=EXTRACTOR,
            confidence=max(m.confidence for m in mentions),
        )
