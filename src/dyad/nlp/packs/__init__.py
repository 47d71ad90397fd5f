"""Domain packs: JSON data files of states, persons, organizations, places and issues.

A pack is ``<name>.json`` in this folder (or any path ending in ``.json``). ``load_pack``
reads and validates it and returns a frozen :class:`Pack`; every problem is reported as an
:class:`~dyad.errors.NLPError` that names the file, the offending entry and the fix.

Schema (all lists optional except where said)::

    {"pack": str, "version": int, "description": str,
     "states": [{"name", "code": "AA"|null, "kind": "state"|"historical"|"bloc",
                 "aliases": [str], "demonyms": [str], "capitals": [str], "metonyms": [str],
                 "entity": bool}],
     "persons": [{"name", "aliases": [str], "nationality": "AA"|null,
                  "kind": "leader"|"official"|"expert"|"other",
                  "offices": [{"title", "state": "AA", "role", "top": bool,
                               "from": "YYYY-MM-DD"|null, "to": "YYYY-MM-DD"|null}]}],
     "organizations": [{"name", "kind", "country": "AA"|null, "aliases": [str]}],
     "government_bodies": [{"name", "aliases": [str]}],
     "places": [{"name", "label", "aliases": [str]}],
     "issues": [{"name", "label": str|null, "aliases": [str]}],
     "org_heads": [str], "place_heads": [str]}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dyad.errors import NLPError

__all__ = [
    "PACK_DIR",
    "Pack",
    "StateEntry",
    "Office",
    "PersonEntry",
    "OrgEntry",
    "BodyEntry",
    "PlaceEntry",
    "IssueEntry",
    "available_packs",
    "load_pack",
    "parse_pack",
]

PACK_DIR = Path(__file__).resolve().parent

STATE_KINDS = ("state", "historical", "bloc")
PERSON_KINDS = ("leader", "official", "expert", "other")
ORG_KINDS = ("government", "think_tank", "university", "company", "media", "international", "party", "other")
LABELS = ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART")
_CODE = re.compile(r"^[A-Z]{2}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class StateEntry:
    name: str
    code: str | None
    kind: str = "state"
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    entity: bool = True


@dataclass(frozen=True, slots=True)
class Office:
    title: str  # lower case, e.g. "prime minister"
    state: str  # ISO alpha-2
    role: str  # e.g. "Prime Minister of Japan"
    top: bool = False  # the state's top leader (president, prime minister, chancellor)
    start: str | None = None
    end: str | None = None

    def held_on(self, date: str | None) -> bool:
        """Whether the office was held on ``date`` (compared at the date's precision).

        ``date=None`` means "now": the office has no end.
        """
        if date is None:
            return self.end is None
        started = self.start is None or self.start[: len(date)] <= date
        not_ended = self.end is None or date <= self.end[: len(date)]
        return started and not_ended


@dataclass(frozen=True, slots=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...] = ()
    nationality: str | None = None
    kind: str = "other"
    offices: tuple[Office, ...] = ()


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    kind: str = "other"
    country: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BodyEntry:
    """A generic government body ("Ministry of Foreign Affairs"), qualified by a state in context."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    label: str = "LOC"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IssueEntry:
    name: str
    label: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    path: str
    version: int = 1
    description: str = ""
    states: tuple[StateEntry, ...] = ()
    persons: tuple[PersonEntry, ...] = ()
    organizations: tuple[OrgEntry, ...] = ()
    government_bodies: tuple[BodyEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    issues: tuple[IssueEntry, ...] = ()
    org_heads: tuple[str, ...] = ()
    place_heads: tuple[str, ...] = ()


def available_packs() -> list[str]:
    """Names of the packs shipped in this folder."""
    return sorted(p.stem for p in PACK_DIR.glob("*.json"))


def _resolve(name: str) -> Path:
    if name.endswith(".json") or "/" in name or "\\" in name:
        return Path(name)
    return PACK_DIR / f"{name}.json"


@lru_cache(maxsize=None)
def load_pack(name: str) -> Pack:
    """Load and validate the pack ``name`` (a shipped pack name or a path to a ``.json`` file).

    Raises
    ------
    NLPError
        If the file is missing, is not valid JSON, or breaks the schema.
    """
    path = _resolve(name)
    if not path.is_file():
        raise NLPError(
            f"domain pack {name!r} not found",
            path=str(path),
            hint=f"use one of {available_packs()} or give the path of a pack .json file",
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise NLPError(
            f"domain pack is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            path=str(path),
            hint="fix the JSON syntax at that position",
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise NLPError(f"domain pack could not be read: {exc}", path=str(path), hint="save it as UTF-8 JSON") from exc
    return parse_pack(data, path=str(path))


class _V:
    """Validation helpers that raise NLPError naming the file and the entry."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, where: str, msg: str, hint: str):
        raise NLPError(f"{where}: {msg}", path=self.path, hint=hint)

    def obj(self, v, where: str) -> dict:
        if not isinstance(v, dict):
            self.fail(where, f"expected an object, got {type(v).__name__}", "write it as {\"name\": ..., ...}")
        return v

    def text(self, d: dict, key: str, where: str, *, required: bool = True) -> str | None:
        v = d.get(key)
        if v is None and not required:
            return None
        if not isinstance(v, str) or not v.strip():
            self.fail(where, f"{key!r} must be a non-empty string, got {v!r}", f"give {key!r} a non-empty string")
        if v != v.strip():
            self.fail(where, f"{key!r} has leading or trailing spaces: {v!r}", "remove the spaces")
        return v

    def strings(self, d: dict, key: str, where: str) -> tuple[str, ...]:
        v = d.get(key, [])
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() and x == x.strip() for x in v):
            self.fail(where, f"{key!r} must be a list of non-empty strings without surrounding spaces, got {v!r}",
                      f"write {key!r} as [\"...\", ...]")
        return tuple(v)

    def code(self, d: dict, key: str, where: str, *, required: bool = False) -> str | None:
        v = d.get(key)
        if v is None and not required:
            return None
        if not isinstance(v, str) or not _CODE.match(v):
            self.fail(where, f"{key!r} must be an ISO 3166 alpha-2 code (two capital letters), got {v!r}",
                      f"use e.g. \"RU\", \"JP\", \"US\"{'' if required else ' or null'}")
        return v

    def choice(self, d: dict, key: str, where: str, options: tuple, default):
        v = d.get(key, default)
        if v not in options:
            self.fail(where, f"{key!r} must be one of {list(options)}, got {v!r}", f"pick one of {list(options)}")
        return v

    def date(self, d: dict, key: str, where: str) -> str | None:
        v = d.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not _DATE.match(v):
            self.fail(where, f"{key!r} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got {v!r}", "write e.g. \"2012-12-26\" or null")
        return v

    def items(self, data: dict, key: str) -> list:
        v = data.get(key, [])
        if not isinstance(v, list):
            self.fail(f"{key!r}", f"must be a list, got {type(v).__name__}", f"write {key!r} as a JSON list")
        return v

    def entries(self, data: dict, key: str):
        """``(object, name, where)`` for each named entry of the list ``key``; ``where`` names it
        for error messages ("persons[3] (Shinzo Abe)")."""
        for i, raw in enumerate(self.items(data, key)):
            d = self.obj(raw, f"{key}[{i}]")
            nm = self.text(d, "name", f"{key}[{i}]")
            yield d, nm, f"{key}[{i}] ({nm})"


def parse_pack(data, *, path: str = "<pack>") -> Pack:
    """Validate an already-parsed pack object and build a :class:`Pack`."""
    v = _V(path)
    if not isinstance(data, dict):
        v.fail("top level", f"expected a JSON object, got {type(data).__name__}", "wrap the pack in {\"pack\": ..., ...}")
    known = {"pack", "version", "description", "states", "persons", "organizations", "government_bodies",
             "places", "issues", "org_heads", "place_heads"}
    unknown = sorted(set(data) - known)
    if unknown:
        v.fail("top level", f"unknown keys {unknown}", f"use only {sorted(known)}")
    name = v.text(data, "pack", "top level")
    version = data.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        v.fail("top level", f"'version' must be a positive integer, got {version!r}", "write e.g. \"version\": 1")

    states = []
    for d, nm, where in v.entries(data, "states"):
        states.append(StateEntry(
            name=nm,
            code=v.code(d, "code", where),
            kind=v.choice(d, "kind", where, STATE_KINDS, "state"),
            aliases=v.strings(d, "aliases", where),
            demonyms=v.strings(d, "demonyms", where),
            capitals=v.strings(d, "capitals", where),
            metonyms=v.strings(d, "metonyms", where),
            entity=bool(d.get("entity", True)),
        ))

    persons = []
    for d, nm, where in v.entries(data, "persons"):
        offices = []
        raw_off = d.get("offices", [])
        if not isinstance(raw_off, list):
            v.fail(where, "'offices' must be a list", "write 'offices' as a JSON list of objects")
        for j, o in enumerate(raw_off):
            ow = f"{where}.offices[{j}]"
            o = v.obj(o, ow)
            start, end = v.date(o, "from", ow), v.date(o, "to", ow)
            if start and end and end < start:
                v.fail(ow, f"'to' {end} is before 'from' {start}", "swap or correct the dates")
            offices.append(Office(
                title=v.text(o, "title", ow).lower(),
                state=v.code(o, "state", ow, required=True),
                role=v.text(o, "role", ow),
                top=bool(o.get("top", False)),
                start=start,
                end=end,
            ))
        persons.append(PersonEntry(
            name=nm,
            aliases=v.strings(d, "aliases", where),
            nationality=v.code(d, "nationality", where),
            kind=v.choice(d, "kind", where, PERSON_KINDS, "other"),
            offices=tuple(offices),
        ))

    orgs = []
    for d, nm, where in v.entries(data, "organizations"):
        orgs.append(OrgEntry(
            name=nm,
            kind=v.choice(d, "kind", where, ORG_KINDS, "other"),
            country=v.code(d, "country", where),
            aliases=v.strings(d, "aliases", where),
        ))

    bodies = []
    for d, nm, where in v.entries(data, "government_bodies"):
        bodies.append(BodyEntry(name=nm, aliases=v.strings(d, "aliases", where)))

    places = []
    for d, nm, where in v.entries(data, "places"):
        places.append(PlaceEntry(name=nm, label=v.choice(d, "label", where, LABELS, "LOC"),
                                 aliases=v.strings(d, "aliases", where)))

    issues = []
    for d, nm, where in v.entries(data, "issues"):
        issues.append(IssueEntry(name=nm, label=v.choice(d, "label", where, LABELS + (None,), None),
                                 aliases=v.strings(d, "aliases", where)))

    pack = Pack(
        name=name,
        path=path,
        version=version,
        description=str(data.get("description", "")),
        states=tuple(states),
        persons=tuple(persons),
        organizations=tuple(orgs),
        government_bodies=tuple(bodies),
        places=tuple(places),
        issues=tuple(issues),
        org_heads=v.strings(data, "org_heads", "top level"),
        place_heads=v.strings(data, "place_heads", "top level"),
    )
    _check_conflicts(pack, v)
    return pack


def _surfaces(pack: Pack):
    for s in pack.states:
        for t in (s.name, *s.aliases, *s.capitals, *s.metonyms):
            yield t, f"state {s.name!r}"
        for t in s.demonyms:
            yield t, f"state {s.name!r} (demonym)"
    named = (("person", pack.persons), ("organization", pack.organizations),
             ("government body", pack.government_bodies), ("place", pack.places), ("issue", pack.issues))
    for what, entries in named:
        for e in entries:
            for t in (e.name, *e.aliases):
                yield t, f"{what} {e.name!r}"


def _check_conflicts(pack: Pack, v: _V) -> None:
    """The same surface form may not point to two different entries of one pack."""
    seen: dict[str, str] = {}
    for surface, owner in _surfaces(pack):
        prev = seen.get(surface)
        if prev is not None and prev.split(" (")[0] != owner.split(" (")[0]:
            v.fail(f"{owner}", f"the name {surface!r} is also given for {prev}",
                   "keep the name in only one entry (ambiguous names cannot be resolved)")
        seen.setdefault(surface, owner)
