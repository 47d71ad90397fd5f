"""Domain packs: shipped packs load, bad packs fail with a clear NLPError, lookups work."""

from __future__ import annotations

import json

import pytest

from dyad.errors import NLPError
from dyad.nlp.gazetteer import Gazetteer, get_gazetteer
from dyad.nlp.packs import available_packs, load_pack, parse_pack


def test_nlp_packs_shipped_packs_load():
    assert {"generic", "russia-japan"} <= set(available_packs())
    generic = load_pack("generic")
    states = [s for s in generic.states if s.kind == "state"]
    assert len(states) >= 193
    codes = [s.code for s in states]
    assert len(codes) == len(set(codes))
    rj = load_pack("russia-japan")
    assert any(p.name == "Vladimir Putin" for p in rj.persons)


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("USA", "United States", "acronym"),
        ("the United States", "United States", "alias"),
        ("America", "United States", "alias"),
        ("the Kremlin", "Russia", "metonym"),
        ("Kyiv", "Ukraine", "metonym"),
        ("Pyongyang", "North Korea", "metonym"),
        ("Soviet", "Soviet Union", "adjective"),
        ("Japanese", "Japan", "adjective"),
    ],
)
def test_nlp_packs_state_lookup(text, name, kind):
    hit = get_gazetteer().state_for(text)
    assert hit is not None and hit.name == name and hit.kind == kind


def test_nlp_packs_other_lookups():
    gaz = get_gazetteer()
    assert gaz.person_for("Abe").name == "Shinzo Abe"
    assert gaz.org_for("JBIC").name == "Japan Bank for International Cooperation (JBIC)"
    assert gaz.org_for("JBIC").entry.kind == "government"
    for alias in ("Northern Territories", "Southern Kurils", "southern Kuril Islands"):
        assert gaz.issue_for(alias).name == "Kuril Islands"
    assert gaz.state_for("us") is None  # the pronoun is not the country
    assert gaz.person_for("Japan") is None


def test_nlp_packs_office_holders_by_date():
    gaz = get_gazetteer()
    assert [p.name for p, _ in gaz.office_holders("prime minister", "JP", "2017-05")] == ["Shinzo Abe"]
    assert [p.name for p, _ in gaz.office_holders("prime minister", "JP", "2001-01-10")] == ["Yoshiro Mori"]
    assert [p.name for p, _ in gaz.office_holders("leader", "RU", "2017")] == ["Vladimir Putin"]


def _write(tmp_path, data) -> str:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "data,fragment",
    [
        ("{not json", "not valid JSON"),
        ({"pack": "x", "states": [{"name": "Atlantis", "code": "ATL"}]}, "ISO 3166"),
        ({"pack": "x", "states": [{"name": "A", "code": "AA", "kind": "empire"}]}, "'kind'"),
        ({"pack": "x", "persons": [{"name": "A B", "aliases": "B"}]}, "'aliases'"),
        ({"pack": "x", "colour": []}, "unknown keys"),
        ({"pack": "x", "persons": [{"name": "A B", "offices": [{"title": "t", "state": "AA", "role": "r",
                                                               "from": "2010", "to": "2001"}]}]}, "before"),
        ({"pack": "x", "states": [{"name": "A", "code": "AA", "aliases": ["Zed"]},
                                  {"name": "B", "code": "BB", "aliases": ["Zed"]}]}, "'Zed'"),
    ],
)
def test_nlp_packs_bad_pack_raises_clear_error(tmp_path, data, fragment):
    path = _write(tmp_path, data)
    with pytest.raises(NLPError) as info:
        load_pack(path)
    msg = str(info.value)
    assert path in msg and fragment in msg


def test_nlp_packs_missing_pack_names_the_choices():
    with pytest.raises(NLPError, match="generic"):
        load_pack("no-such-pack")


def test_nlp_packs_later_pack_overrides():
    base = parse_pack({"pack": "a", "states": [{"name": "Freedonia", "code": "FD", "capitals": ["Fredville"]}]})
    extra = parse_pack({"pack": "b", "organizations": [{"name": "Fredville Club", "kind": "think_tank"}]})
    gaz = Gazetteer([base, extra])
    assert gaz.state_for("Fredville").name == "Freedonia"
    assert gaz.org_for("Fredville Club").entry.kind == "think_tank"
