"""Roles of a named person as the text gives them (appositions, titles, bios).

Patterns (token based, over a parsed spaCy Doc):

- apposition after the name: "NAME, Programme director of X, said" / "NAME - Ph.D. in
  Economics, Head of Y" -> every comma-separated segment that starts like a role;
- title before the name: "Professor NAME", "then Prime Minister NAME", "Russian President NAME";
- description before the name: "the Russian deputy foreign minister, NAME";
- copula bio: "NAME is Professor of X at Y".

Each role comes back as a character span so affiliations can be read from the
organization mentions inside it.
"""

from __future__ import annotations

from dyad.extract.actors.lexicon import (
    DASHES,
    EXPERT_ROLE_WORDS,
    HONORIFICS,
    OFFICE_TITLES,
    NOT_PERSON_WORDS,
    OFFICIAL_NOUNS,
    ROLE_NOUNS_BEFORE_NAME,
    TITLE_WORDS,
)

__all__ = ["roles_after", "title_before", "description_before", "copula_roles", "is_role_start"]

_FUNCTION_WORDS = frozenset("of the for and in on at to a an de".split())
_ROLE_WORDS = (
    EXPERT_ROLE_WORDS
    | OFFICIAL_NOUNS
    | {w.lower() for w in TITLE_WORDS}
    | {w for t in OFFICE_TITLES for w in t.split() if w not in _FUNCTION_WORDS}
    | {"deputy", "vice", "former", "first", "executive", "managing", "general", "secretary", "member",
       "founder", "co-founder", "president", "chairman", "chairwoman", "adviser", "advisor", "ceo",
       "ph.d", "ph.d.", "phd", "dr", "candidate", "research", "researcher", "graduate", "visiting", "adjunct", "leading", "principal"}
)
_ROLE_VERBS = frozenset("head lead direct run chair manage oversee teach found co-found advise edit".split())
_STOP_SEG = {"on", "who", "which", "that", "in", "at", "for", "to", "said", "says", "and", "but", "as"}


def is_role_start(tok) -> bool:
    """Whether a segment starting at ``tok`` reads like a role ("head of", "PhD in", "the Head",
    "research fellow")."""
    doc = tok.doc
    if tok.ent_type_ in ("ORG", "NORP") and tok.ent_iob_ == "B":
        return True
    seen = 0
    for k in range(tok.i, min(tok.i + 6, len(doc))):
        t = doc[k]
        if t.text in ("-", "\u2011") and not t.whitespace_ and k > tok.i:
            continue  # "non-resident fellow"
        if t.text in ("'s", "\u2019s") and k > tok.i and doc[k - 1].ent_type_ in ("GPE", "ORG"):
            continue  # "China's top diplomat", "the UN's envoy"
        seen += 1
        if seen > 4:
            return False
        if t.lower_.rstrip(".") in _ROLE_WORDS or t.lower_ in _ROLE_WORDS:
            return True
        if t.ent_type_ == "GPE" and t.ent_id_ and k == tok.i:
            continue  # "Iran project director at X"
        if t.pos_ not in ("ADJ", "NOUN", "PROPN", "DET") or t.ent_type_ in ("PERSON", "GPE"):
            return False
    return False


def _segment_end(doc, i: int, limit: int) -> int:
    """End token (exclusive) of an appositive segment starting at ``i``."""
    depth = 0
    j = i
    while j < limit:
        t = doc[j]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (t.text in (",", ";", ":") or t.text in DASHES and t.whitespace_ or "\n" in t.text):
            break
        elif depth == 0 and t.text == "." and (j + 1 >= limit or doc[j + 1].is_sent_start or "\n" in t.whitespace_):
            break
        j += 1
    while j > i and doc[j - 1].is_space:
        j -= 1
    return j


def roles_after(doc, name_end: int) -> list[tuple[int, int]]:
    """Role segments (token ranges) following a name at token ``name_end``."""
    out: list[tuple[int, int]] = []
    if name_end >= len(doc):
        return out
    sent_end = doc[name_end - 1].sent.end if name_end > 0 else len(doc)
    i = name_end
    sep = doc[i].text
    if sep not in (",",) and sep not in DASHES:
        return out
    i += 1
    # "NAME, who heads the Asia program at X,": the relative clause is the role
    if (i + 1 < sent_end and doc[i].lower_ == "who" and doc[i + 1].lemma_.lower() in _ROLE_VERBS
            and doc[i + 1].tag_ in ("VBZ", "VBD")):
        j = _segment_end(doc, i + 1, sent_end)
        return [(i + 1, j)] if j > i + 2 else []
    while i < sent_end:
        while i < sent_end and doc[i].is_space:
            i += 1
        if i >= sent_end or not is_role_start(doc[i]):
            break
        if doc[i].lower_ in _STOP_SEG:
            break
        j = _segment_end(doc, i, sent_end)
        if j <= i:
            break
        out.append((i, j))
        if j >= sent_end or doc[j].text not in (",",):
            break
        i = j + 1
    return out


_TITLE_MODIFIERS = frozenset("""
former then acting interim deputy vice foreign defense defence prime chief senior top interior finance
economy trade energy supreme crown general state national security external home justice
""".split())


def _title_token(t) -> bool:
    return t.text in TITLE_WORDS or t.text in HONORIFICS or t.text.lower() in ("president-elect", "prime-minister")


def title_before(doc, name_start: int) -> tuple[int, int] | None:
    """The title right before a name: "Russian President", "Professor", "IAEA Director General",
    "Foreign Ministry spokesman", "Secretary of State", "his Algerian counterpart",
    "journalist", "Ethiopia's Prime Minister".

    Walks left over title words, lower-case role nouns and their modifiers, and the
    capitalised words of an institution ("External Affairs", "IAEA"); then takes one
    demonym or possessive state in front. Honorifics alone ("Mr.") are not roles.
    """
    i = name_start
    sent_start = doc[name_start].sent.start if name_start < len(doc) else 0
    titles = []  # positions of title words and role nouns in the chain
    while i > sent_start:
        t = doc[i - 1]
        if _title_token(t):
            if t.text not in HONORIFICS:
                titles.append(i - 1)
        elif t.is_lower and t.lower_ in ROLE_NOUNS_BEFORE_NAME:
            if titles and titles[-1] != i:  # a role noun heads its chain: "spokesman NAME"
                break
            titles.append(i - 1)
        elif t.is_lower and t.lower_ in _TITLE_MODIFIERS and titles:
            pass
        elif t.text in ("-", "\u2011") and not t.whitespace_ and i - 1 > sent_start and not doc[i - 2].whitespace_:
            pass
        elif t.lower_ in ("of", "for") and i - 1 > sent_start and doc[i - 2].text[:1].isupper():
            pass
        elif t.text[:1].isupper() and t.ent_type_ == "ORG":
            pass
        elif (t.text[:1].isupper() and t.text not in NOT_PERSON_WORDS and t.ent_type_ == ""
              and (t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_sent_start
                   or t.text.isupper() and len(t.text) > 1)):
            pass
        else:
            break
        i -= 1
    if not titles:
        return None
    # the title ends at its last title word, or runs on with "of ...": "Secretary of State"
    last = max(titles)
    if last + 1 < name_start and doc[last + 1].lower_ not in ("of", "for"):
        return None
    # the left edge: no dangling "of" or hyphen, and no lone capitalised word unless an institution
    while i < name_start and (doc[i].lower_ in ("of", "for", "-") or i < min(titles) and doc[i].is_sent_start
                              and doc[i].ent_type_ != "ORG" and not doc[i].text.isupper()):
        i += 1
    if i == name_start:
        return None
    # a demonym or a possessive state in front: "Saudi Crown Prince", "Iran's supreme leader"
    if i > 0 and doc[i - 1].ent_type_ in ("NORP", "GPE") and doc[i - 1].ent_id_:
        i = doc[i - 1].ent_iob_ == "B" and i - 1 or _ent_start(doc, i - 1)
    elif i > 1 and doc[i - 1].text in ("'s", "’s") and doc[i - 2].ent_type_ in ("GPE", "ORG", "NORP"):
        i = _ent_start(doc, i - 2)
    words = [t.text for t in doc[i:name_start] if t.text not in HONORIFICS]
    if not words:
        return None
    return (i, name_start)


def _ent_start(doc, k: int) -> int:
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def description_before(doc, name_start: int) -> tuple[int, int] | None:
    """"the Russian deputy foreign minister, NAME" -> the description's token range."""
    if name_start < 2 or doc[name_start - 1].text != ",":
        return None
    end = name_start - 1
    i = end - 1
    while i >= 0 and end - i <= 14:
        t = doc[i]
        if t.text in ("'s", "\u2019s") and i > 0 and doc[i - 1].ent_type_ in ("GPE", "ORG", "NORP"):
            # "Egypt's foreign minister, NAME" / "Argentina's president-elect, NAME"
            words = {x.lower_ for x in doc[i + 1:end]}
            if words & (OFFICIAL_NOUNS | {"president", "minister", "premier", "leader", "expert", "professor"}):
                return (_ent_start(doc, i - 1), end)
            return None
        if t.text in (",", ";", ".", ":") or t.pos_ in ("VERB", "AUX") or t.is_sent_start and t.lower_ != "the":
            return None
        if t.text in ("'s", "\u2019s") and i > 0 and doc[i - 1].ent_type_ == "PERSON":
            # "the president's chief of staff, NAME": a role relative to another person
            words = {x.lower_ for x in doc[i + 1:end]}
            if words & _DESCRIPTION_ROLE_NOUNS:
                return (i + 1, end)
            return None
        if t.lower_ in ("the", "a", "an", "his", "her", "their", "its", "whose"):
            if t.lower_ == "the" and i > 0 and doc[i - 1].lower_ in ("to", "of", "at", "for", "in", "from", "on"):
                i -= 1  # "ambassador to the UN, NAME": the article belongs to the object
                continue
            words = {x.lower_ for x in doc[i + 1:end]}
            if words & _DESCRIPTION_ROLE_NOUNS:
                return (i + 1, end)
            return None
        i -= 1
    return None


_DESCRIPTION_ROLE_NOUNS = OFFICIAL_NOUNS | frozenset(
    "president minister premier leader expert professor chief adviser advisor aide head director deputy "
    "analyst researcher fellow historian economist scholar journalist commander general".split())


def copula_roles(doc, name_end: int) -> tuple[int, int] | None:
    """"NAME is Professor of X at Y" -> the predicate's token range (bios)."""
    if name_end + 1 >= len(doc) or doc[name_end].lower_ not in ("is", "was"):
        return None
    i = name_end + 1
    if doc[i].lower_ in ("a", "an", "the"):
        i += 1
    if i >= len(doc) or not is_role_start(doc[i]):
        return None
    sent_end = doc[i].sent.end
    j = i
    while j < sent_end:
        t = doc[j]
        if t.text in (".", ";") or "\n" in t.text:
            break
        if t.lower_ == "and" and j + 1 < sent_end and doc[j + 1].ent_type_ == "PERSON":
            break
        j += 1
    while j > i and (doc[j - 1].is_space or doc[j - 1].is_punct):
        j -= 1
    return (i, j) if j > i else None
