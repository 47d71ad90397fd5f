"""The architecture stays visible: layers import only downwards, modules stay small.

Layers follow the data flow in DESIGN.md (records -> ingest -> nlp -> extract -> store ->
pipeline -> model -> simulate -> interfaces). Inside ``extract`` the extractor families have
their own order: the shared context and the lexicon reader first, then dates, actors, speech,
events, causal and stances; a family never imports the ``dyad.extract`` registry above it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dyad"

LAYERS = {
    "": 0,  # the package itself (``__version__``)
    "records": 0,
    "errors": 0,
    "ingest": 1,
    "nlp": 2,
    "extract": 3,
    "store": 4,
    "pipeline": 5,
    "model": 6,
    "simulate": 7,
    "interfaces": 8,
}
FAMILIES = {
    "context": 0,
    "lexicons": 0,
    "dates": 1,
    "actors": 2,
    "speech": 3,
    "events": 4,
    "causal": 5,
    "stances": 6,
}
MAX_LINES = 500


def _modules(root: Path = SRC) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _module_name(path: Path, root: Path = SRC) -> list[str]:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imports(path: Path, root: Path = SRC) -> list[tuple[int, list[str]]]:
    """(line, dotted name split) for every import of ``dyad`` in the module."""
    here = _module_name(path, root)
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = base + (node.module.split(".") if node.module else [])
            else:
                module = (node.module or "").split(".")
            # ``from pkg import sub`` imports the submodule when there is one
            names = [module + [alias.name] if _is_module(module + [alias.name], root) else module
                     for alias in node.names]
        else:
            continue
        found += [(node.lineno, name) for name in names if name and name[0] == "dyad"]
    return found


def _is_module(parts: list[str], root: Path) -> bool:
    path = root.parent.joinpath(*parts)
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _layer(parts: list[str]) -> str:
    return parts[1] if len(parts) > 1 else ""


def test_every_module_is_in_a_known_layer():
    unknown = {_layer(_module_name(p)) for p in _modules()} - set(LAYERS)
    assert not unknown, f"add {sorted(unknown)} to LAYERS (and to DESIGN.md's data flow)"


def _upward_imports(root: Path) -> list[str]:
    wrong = []
    for path in _modules(root):
        here = _module_name(path, root)
        for line, target in _imports(path, root):
            if LAYERS[_layer(target)] > LAYERS[_layer(here)]:
                wrong.append(f"{path.relative_to(root)}:{line} imports {'.'.join(target)}")
    return wrong


def test_layers_import_only_downwards():
    wrong = _upward_imports(SRC)
    assert not wrong, "lower layers never import higher ones:\n" + "\n".join(wrong)


def test_extractor_families_import_in_order():
    wrong = []
    for path in sorted((SRC / "extract").rglob("*.py")):
        here = _module_name(path)
        if len(here) < 3:  # the registry dyad/extract/__init__.py may import every family
            continue
        rank = FAMILIES[here[2]]
        for line, target in _imports(path):
            if _layer(target) != "extract":
                continue
            if len(target) < 3:
                wrong.append(f"{path.relative_to(SRC)}:{line} imports the registry dyad.extract")
            elif FAMILIES[target[2]] > rank:
                wrong.append(f"{path.relative_to(SRC)}:{line} imports {'.'.join(target)}")
    assert not wrong, "extractor families import only earlier ones:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_modules_stay_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(SRC)} has {lines} lines; split it by job"


def test_the_rules_see_a_violation(tmp_path):
    """The import reader itself works: a planted upward import is found, a relative one read."""
    root = tmp_path / "dyad"
    (root / "ingest").mkdir(parents=True)
    (root / "ingest" / "lines.py").write_text("x = 1\n", encoding="utf-8")
    (root / "ingest" / "__init__.py").write_text("from .lines import x\n", encoding="utf-8")
    planted = root / "ingest" / "planted.py"
    planted.write_text("import os\nfrom dyad.interfaces import api\nfrom . import lines\n",
                       encoding="utf-8")
    assert [name for _, name in _imports(planted, root)] == [
        ["dyad", "interfaces"], ["dyad", "ingest", "lines"]]
    assert [name for _, name in _imports(root / "ingest" / "__init__.py", root)] == [
        ["dyad", "ingest", "lines"]]
    assert _upward_imports(root) == ["ingest/planted.py:2 imports dyad.interfaces"]
