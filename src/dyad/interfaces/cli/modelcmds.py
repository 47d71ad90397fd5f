"""Model commands: map, simulate, curate, disagreements, html (thin wrappers over the library).

Every command reads the causal claims of a knowledge base (``--db``), builds the causal map
with the analyst's curation file (default ``<db stem>.curation.yaml`` beside the database)
and prints tables, or JSON with ``--json``. Errors are one line on stderr (exit code 1),
never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Callable, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from dyad.errors import DyadError
from dyad.interfaces.cli.app import app

__all__ = ["map_cmd", "simulate_cmd", "disagreements_cmd", "html_cmd", "curate_app", "load_model"]

DB_HELP = "DuckDB database file (default: $DYAD_DB or ./dyad.duckdb)."
CURATION_HELP = "Curation YAML file (default: <db stem>.curation.yaml beside the database)."


def _db_option():
    return typer.Option(None, "--db", envvar="DYAD_DB", help=DB_HELP, show_envvar=False)


def _curation_option():
    return typer.Option(None, "--curation", help=CURATION_HELP)


def _out() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _err(message: str) -> None:
    Console(file=sys.stderr, highlight=False, soft_wrap=True).print(message, markup=False)


def friendly_errors(fn: Callable) -> Callable:
    """One line on stderr and exit code 1 instead of a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except DyadError as exc:
            _err(f"error: {exc}")
            raise typer.Exit(1) from None
        except Exception as exc:  # never a traceback for the user
            _err(f"error: internal error ({type(exc).__name__}: {exc}); please report it with the command you ran")
            raise typer.Exit(1) from None

    return wrapper


def _curation_path(db: str | None, curation: str | None) -> Path:
    from dyad.model.curation import default_curation_path
    from dyad.store import resolve_db_path

    return Path(curation) if curation else default_curation_path(resolve_db_path(db))


def load_model(db: str | None, curation: str | None = None, *, with_documents: bool = False):
    """(causal map, documents by id, events) of the knowledge base at ``db``."""
    from dyad.model.causal_map import build_causal_map
    from dyad.store import Store

    with Store(db, create=False, read_only=True) as store:
        claims = store.causal_claims()
        documents = {d.id: d for d in store.documents()} if with_documents else {}
        events = store.events() if with_documents else []
    cmap = build_causal_map(claims, curation=_curation_path(db, curation))
    return cmap, documents, events


def _print_warnings(cmap) -> None:
    for w in cmap.warnings:
        _err(f"warning: {w}")


def _metrics(cmap):
    from dyad.simulate.metrics import map_metrics

    return map_metrics(cmap.W, cmap.ids) if len(cmap.concepts) else None


# ---------------------------------------------------------------------------- map


@app.command("map")
@friendly_errors
def map_cmd(
    db: Optional[str] = _db_option(),
    curation: Optional[str] = _curation_option(),
    as_json: bool = typer.Option(False, "--json", help="Print concepts, edges and metrics as JSON."),
    graphml: Optional[Path] = typer.Option(None, "--graphml", help="Also write the map as GraphML (Gephi)."),
    csv_path: Optional[Path] = typer.Option(None, "--csv", help="Also write the square CSV adjacency matrix "
                                            "(Mental Modeler; readable by `dyad fcm run`)."),
) -> None:
    """Show the causal map: concepts, signed weighted edges with their claimants, and map metrics.

    Example: dyad map --db dyad.duckdb --graphml map.graphml --csv map.csv
    """
    from dyad.interfaces.graph_export import write_csv, write_graphml
    from dyad.model.causal_map import seed_coverage, to_export

    cmap, _, _ = load_model(db, curation)
    _print_warnings(cmap)
    metrics = _metrics(cmap)
    if graphml:
        write_graphml(cmap, graphml)
        _err(f"wrote {graphml}")
    if csv_path:
        write_csv(cmap, csv_path)
        _err(f"wrote {csv_path}")
    if as_json:
        concepts, edges, _ = to_export(cmap)
        for c, k in zip(concepts, range(len(concepts))):
            c["evidence"] = list(cmap.concepts[k].evidence)
        for e, edge in zip(edges, cmap.edges):
            e.update(spread=edge.spread, claimants=list(edge.claimants), contradicting=list(edge.contradicting),
                     curated=edge.curated)
        out = {"map_hash": cmap.hash, "concepts": concepts, "edges": edges,
               "mentioned_no_causal_link": [{**c.to_dict(), "evidence": list(c.evidence)}
                                            for c in getattr(cmap, "mentioned", ())],
               "dropped_claims": [{"claim": cid, "phrase": phrase, "reason": reason}
                                  for cid, phrase, reason in getattr(cmap, "dropped", ())],
               "missing_pack_concepts": seed_coverage(cmap)[1],
               "metrics": metrics.to_dict() if metrics is not None else None, "warnings": list(cmap.warnings)}
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    con = _out()
    if not cmap.concepts:
        con.print("The map is empty: the knowledge base has no usable causal claims.")
        return
    t = Table(title=f"Concepts ({len(cmap.concepts)})")
    for col in ("id", "label", "kind", "role", "claims"):
        t.add_column(col)
    for k, c in enumerate(cmap.concepts):
        t.add_row(c.id, c.label, c.kind, metrics.roles[k] if metrics else "", str(len(c.evidence)))
    con.print(t)
    labels = {c.id: c.label for c in cmap.concepts}
    t = Table(title=f"Edges ({len(cmap.edges)})")
    for col in ("cause", "effect", "weight", "±", "claims", "claimants"):
        t.add_column(col)
    for e in cmap.edges:
        style = "green" if e.weight > 0 else "red"
        t.add_row(labels[e.source], labels[e.target], f"[{style}]{e.weight:+.2f}[/{style}]", f"{e.spread:.2f}",
                  str(len(e.claims)) + (" (curated)" if e.curated else ""), ", ".join(e.claimants))
    con.print(t)
    mentioned = getattr(cmap, "mentioned", ())
    if mentioned:
        con.print("mentioned, no causal link (not part of the map): "
                  + ", ".join(c.label for c in mentioned), markup=False)
    present, missing = seed_coverage(cmap)
    if missing:
        con.print(f"pack concepts without evidence in this knowledge base: {', '.join(missing)}", markup=False)
    if metrics is not None:
        con.print(f"metrics: {metrics.n_concepts} concepts, {metrics.n_edges} edges, density {metrics.density:.3f}, "
                  f"transmitters {metrics.n_transmitters}, receivers {metrics.n_receivers}, ordinary "
                  f"{metrics.n_ordinary}, hierarchy index {metrics.hierarchy_index:.3f}, "
                  f"{len(metrics.loops)} feedback loops; map {cmap.hash}")


# ---------------------------------------------------------------------------- simulate


def _config(rule: str, transfer: str, lam: float, epsilon: float, max_steps: int):
    from dyad.simulate.fcm import FCMConfig

    return FCMConfig(rule=rule, transfer=transfer, lam=lam, epsilon=epsilon, max_steps=max_steps)


def _pick_scenarios(scenario: Optional[Path], bundled: Optional[str], sets: Optional[List[str]]):
    from dyad.errors import ScenarioError
    from dyad.simulate.scenarios import bundled_scenarios, load_scenarios, scenario_from_assignments

    given = [x for x in (scenario, bundled, sets) if x]
    if len(given) != 1:
        raise ScenarioError("give exactly one of --scenario FILE, --bundled NAME or --set CONCEPT=VALUE",
                            hint="e.g. dyad simulate --bundled sanctions-lifted (list them with --list)")
    if scenario:
        return load_scenarios(scenario), False
    if sets:
        return [scenario_from_assignments(sets)], False
    found = bundled_scenarios()
    if bundled == "all":
        return list(found.values()), True
    if bundled not in found:
        import difflib

        close = difflib.get_close_matches(bundled, list(found), n=1, cutoff=0.3)
        raise ScenarioError(f"no bundled scenario {bundled!r}",
                            hint=f"did you mean {close[0]!r}?" if close else "list them with dyad simulate --list")
    return [found[bundled]], False


@app.command("simulate")
@friendly_errors
def simulate_cmd(
    db: Optional[str] = _db_option(),
    curation: Optional[str] = _curation_option(),
    scenario: Optional[Path] = typer.Option(None, "--scenario", help="YAML scenario file (or folder of them)."),
    bundled: Optional[str] = typer.Option(None, "--bundled", help="A bundled scenario by name, or 'all'."),
    sets: Optional[List[str]] = typer.Option(None, "--set", metavar="CONCEPT=VALUE",
                                             help="Clamp a concept (id, label or alias) to a value; repeatable."),
    list_: bool = typer.Option(False, "--list", help="List the bundled scenarios and exit."),
    monte_carlo: int = typer.Option(0, "--monte-carlo", help="Monte Carlo samples of the uncertain weights."),
    seed: int = typer.Option(0, "--seed", help="Seed of the Monte Carlo samples."),
    rule: str = typer.Option("kosko", "--rule", help="kosko, modified-kosko or rescaled."),
    transfer: str = typer.Option("sigmoid", "--transfer", help="sigmoid, tanh, bivalent or trivalent."),
    lam: float = typer.Option(1.0, "--lambda", help="Steepness of sigmoid/tanh."),
    epsilon: float = typer.Option(0.001, "--epsilon", help="Convergence threshold."),
    max_steps: int = typer.Option(100, "--max-steps", help="Step limit."),
    top: int = typer.Option(5, "--top", help="Concepts shown per scenario."),
    as_json: bool = typer.Option(False, "--json", help="Print results and explanations as JSON."),
) -> None:
    """Run what-if scenarios on the causal map and explain what moves, citing the claims.

    Values are states of the transfer's range ([0, 1] for sigmoid) or min / mid / max.

    Example: dyad simulate --db dyad.duckdb --bundled sanctions-lifted --monte-carlo 500

    Example: dyad simulate --set "sanctions=0" --set "North Korea=1" --json
    """
    from dyad.simulate.explain import explain
    from dyad.simulate.scenarios import bundled_scenarios, run_scenarios

    if list_:
        for name, sc in sorted(bundled_scenarios().items()):
            clamps = ", ".join(f"{k}={v}" for k, v in sc.clamps.items())
            typer.echo(f"{name}: {sc.description} [{clamps}]")
        return
    scenarios, skip = _pick_scenarios(scenario, bundled, sets)
    config = _config(rule, transfer, lam, epsilon, max_steps)
    cmap, documents, _ = load_model(db, curation, with_documents=True)
    _print_warnings(cmap)
    result = run_scenarios(cmap, scenarios, config, monte_carlo=monte_carlo, seed=seed, skip_invalid=skip)
    for name, why in result.skipped:
        _err(f"warning: skipped scenario {name}: {why}")
    for w in result.warnings:
        _err(f"warning: {w}")
    explanations = explain(cmap, result, documents=documents, top=top)
    if as_json:
        out = result.to_dict()
        out["explanations"] = [x.to_dict() for x in explanations]
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    print_scenarios(_out(), cmap, result, explanations, top=top)


def print_scenarios(con: Console, cmap, result, explanations, *, top: int = 5) -> None:
    """Tables of the largest effects per scenario, with the strongest cited path to each."""
    labels = dict(zip(result.concepts, result.labels))
    expl = {x.scenario: x for x in explanations}
    for o in result.outcomes:
        clamps = ", ".join(f"{labels[c]} = {v:g}" for c, v in o.clamps.items())
        t = Table(title=f"{o.name}: {clamps}" + ("" if o.converged else " (NOT converged)"))
        for col in ("concept", "baseline", "scenario", "effect") + (("MC mean [5%, 95%]",) if o.mc else ()):
            t.add_column(col)
        x = expl.get(o.name)
        for mv in (x.movers if x else ())[:top]:
            i = result.concepts.index(mv.concept)
            style = "green" if mv.effect > 0 else "red"
            row = [mv.label, f"{mv.baseline:.3f}", f"{mv.scenario:.3f}", f"[{style}]{mv.effect:+.3f}[/{style}]"]
            if o.mc:
                row.append(f"{o.mc['mean'][i]:+.3f} [{o.mc['p05'][i]:+.3f}, {o.mc['p95'][i]:+.3f}]")
            t.add_row(*row)
        con.print(t)
        if x is None or not x.movers:
            con.print("  nothing moves: no edge leads out of the clamped concepts")
        for mv in (x.movers if x else ())[:top]:
            if not mv.paths:
                continue
            p = mv.paths[0]
            con.print(f"  why {mv.label} {mv.effect:+.3f}: " + " → ".join(labels[n] for n in p.nodes)
                      + f" (strength {p.strength:.2f})", markup=False)
            for lk in p.links:
                for c in lk.citations[:2]:
                    where = f"{c.source or c.doc_id}[{c.start}:{c.end}]" if c.doc_id else (c.note or "curated")
                    text = f' "{c.text}"' if c.text else ""
                    con.print(f"    {labels[lk.source]} → {labels[lk.target]} ({lk.weight:+.2f}): "
                              f"{c.claimant}, {where}{text}", markup=False)
        con.print("")
    con.print(f"map {result.provenance['map_hash']}, {result.provenance['parameters']['rule']}/"
              f"{result.provenance['parameters']['transfer']}, monte carlo {result.provenance['monte_carlo']}, "
              f"seed {result.provenance['seed']}", markup=False)


# ---------------------------------------------------------------------------- disagreements


@app.command("disagreements")
@friendly_errors
def disagreements_cmd(
    db: Optional[str] = _db_option(),
    curation: Optional[str] = _curation_option(),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List causal links the experts disagree on, with the claimants on each side.

    Example: dyad disagreements --db dyad.duckdb
    """
    from dyad.model.edges import disagreements

    cmap, documents, _ = load_model(db, curation, with_documents=True)
    _print_warnings(cmap)
    found = disagreements(cmap)
    if as_json:
        typer.echo(json.dumps([d.to_dict() for d in found], indent=2, ensure_ascii=False))
        return
    con = _out()
    if not found:
        con.print("No disagreements: no causal link has contradicting claims.")
        return
    labels = {c.id: c.label for c in (*cmap.concepts, *getattr(cmap, "mentioned", ()))}
    for d in found:
        con.print(f"{labels.get(d.source, d.source)} → {labels.get(d.target, d.target)}  weight {d.weight:+.2f}",
                  markup=False)
        con.print(f"  for:     {', '.join(d.claimants_for) or '-'}", markup=False)
        con.print(f"  against: {', '.join(d.claimants_against) or '-'}", markup=False)
        for cid in d.contradicting:
            c = cmap.claims.get(cid)
            if c is None:
                continue
            doc = documents.get(c.doc_id)
            text = doc.text[c.start_char:c.end_char] if doc is not None else f"{c.cause} -> {c.effect}"
            con.print(f"    ✗ {c.claimant} ({c.modality}, {c.polarity}) {doc.source if doc else c.doc_id}"
                      f"[{c.start_char}:{c.end_char}]: \"{text}\"", markup=False)


# ---------------------------------------------------------------------------- html


@app.command("html")
@friendly_errors
def html_cmd(
    output: Path = typer.Argument(..., metavar="FILE", help="HTML file to write."),
    db: Optional[str] = _db_option(),
    curation: Optional[str] = _curation_option(),
    bundled: str = typer.Option("all", "--bundled", help="Bundled scenarios to include ('all' or a name; "
                                "'none' for none)."),
    monte_carlo: int = typer.Option(200, "--monte-carlo", help="Monte Carlo samples per scenario."),
    seed: int = typer.Option(0, "--seed", help="Seed of the Monte Carlo samples."),
) -> None:
    """Write one self-contained offline HTML page: map, timeline, scenario results, cited evidence.

    Example: dyad html report.html --db dyad.duckdb
    """
    from dyad.errors import ScenarioError
    from dyad.interfaces.html_report import render_html, write_html
    from dyad.simulate.fcm import FCMConfig
    from dyad.simulate.scenarios import run_scenarios

    cmap, documents, events = load_model(db, curation, with_documents=True)
    _print_warnings(cmap)
    result = None
    if bundled != "none":
        scenarios, skip = _pick_scenarios(None, bundled, None)
        try:
            result = run_scenarios(cmap, scenarios, FCMConfig(), monte_carlo=monte_carlo, seed=seed,
                                   skip_invalid=skip)
        except ScenarioError as exc:
            _err(f"warning: no scenario results in the report: {exc}")
    text = render_html(cmap, result, events, documents, title="dyad report")
    write_html(output, text)
    typer.echo(f"wrote {output} ({len(cmap.concepts)} concepts, {len(cmap.edges)} edges, "
               f"{len(result.outcomes) if result else 0} scenarios)")


# ---------------------------------------------------------------------------- curate

curate_app = typer.Typer(
    name="curate",
    help="Correct the machine-built map (kept in a YAML file that survives rebuilds).\n\n"
         "Example: dyad curate merge \"Western sanctions\" sanctions --note \"same thing\"",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(curate_app, name="curate")

NOTE = typer.Option(None, "--note", help="Why (kept with the operation).")


def _add(db, curation, op: str, note: str | None, **fields) -> None:
    from dyad.model.curation import add_operation

    path = _curation_path(db, curation)
    new = add_operation(path, op, note=note, **fields)
    typer.echo(f"{path}: added {new.describe()}")
    try:
        cmap, _, _ = load_model(db, curation)
    except DyadError:
        return  # no knowledge base yet: the operation is checked when the map is built
    for w in cmap.warnings:
        _err(f"warning: {w}")


@curate_app.command("merge")
@friendly_errors
def curate_merge(a: str = typer.Argument(..., help="Concept to merge away (id, label or alias)."),
                 b: str = typer.Argument(..., help="Concept that absorbs it."),
                 note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                 curation: Optional[str] = _curation_option()) -> None:
    """Merge concept A into concept B (B keeps its id and label, gains A's aliases and claims).

    Example: dyad curate merge "external factors" "north-korea" --note "same threat"
    """
    _add(db, curation, "merge", note, concept=a, into=b)


@curate_app.command("rename")
@friendly_errors
def curate_rename(a: str = typer.Argument(..., help="Concept (id, label or alias)."),
                  new: str = typer.Argument(..., help="New label."),
                  note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                  curation: Optional[str] = _curation_option()) -> None:
    """Give a concept a new label (its id stays; the old label becomes an alias).

    Example: dyad curate rename sanctions "G7 sanctions regime"
    """
    _add(db, curation, "rename", note, concept=a, label=new)


@curate_app.command("drop-concept")
@friendly_errors
def curate_drop_concept(a: str = typer.Argument(..., help="Concept (id, label or alias)."),
                        note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                        curation: Optional[str] = _curation_option()) -> None:
    """Drop a concept and every edge touching it.

    Example: dyad curate drop-concept "external factors" --note "too vague"
    """
    _add(db, curation, "drop_concept", note, concept=a)


@curate_app.command("drop-edge")
@friendly_errors
def curate_drop_edge(a: str = typer.Argument(..., help="Cause concept."), b: str = typer.Argument(..., help="Effect concept."),
                     note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                     curation: Optional[str] = _curation_option()) -> None:
    """Drop the edge A -> B.

    Example: dyad curate drop-edge sanctions japan --note "misread sentence"
    """
    _add(db, curation, "drop_edge", note, source=a, target=b)


@curate_app.command("add-edge")
@friendly_errors
def curate_add_edge(a: str = typer.Argument(..., help="Cause concept."), b: str = typer.Argument(..., help="Effect concept."),
                    weight: float = typer.Argument(..., help="Weight in [-1, 1] (put -- before a negative one)."),
                    note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                    curation: Optional[str] = _curation_option()) -> None:
    """Add an edge A -> B with a weight (or set the weight of an existing one).

    Example: dyad curate add-edge --note "expert view" -- north-korea us-japan-alliance 0.6
    """
    _add(db, curation, "add_edge", note, source=a, target=b, weight=weight)


@curate_app.command("reweight")
@friendly_errors
def curate_reweight(a: str = typer.Argument(..., help="Cause concept."), b: str = typer.Argument(..., help="Effect concept."),
                    weight: float = typer.Argument(..., help="New weight in [-1, 1] (put -- before a negative one)."),
                    note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                    curation: Optional[str] = _curation_option()) -> None:
    """Set the weight of the existing edge A -> B.

    Example: dyad curate reweight --note "stronger" -- sanctions bilateral-relations -0.8
    """
    _add(db, curation, "reweight", note, source=a, target=b, weight=weight)


@curate_app.command("remove")
@friendly_errors
def curate_remove(number: int = typer.Argument(..., help="Operation number, as shown by `dyad curate show`."),
                  db: Optional[str] = _db_option(), curation: Optional[str] = _curation_option()) -> None:
    """Delete one operation from the curation file.

    Example: dyad curate remove 2
    """
    from dyad.model.curation import remove_operation

    path = _curation_path(db, curation)
    op = remove_operation(path, number)
    typer.echo(f"{path}: removed {op.describe()}")


@curate_app.command("show")
@friendly_errors
def curate_show(db: Optional[str] = _db_option(), curation: Optional[str] = _curation_option()) -> None:
    """List the curation operations, and those that no longer apply to the map.

    Example: dyad curate show --db dyad.duckdb
    """
    from dyad.model.curation import load_curation

    path = _curation_path(db, curation)
    cur = load_curation(path)
    if not cur.operations:
        typer.echo(f"{path}: no curation operations")
        return
    typer.echo(f"{path}:")
    for i, op in enumerate(cur.operations, start=1):
        typer.echo(f"  {i}. {op.describe()}" + (f"  [{op.at}]" if op.at else ""))
    try:
        cmap, _, _ = load_model(db, curation)
    except DyadError:
        return
    for w in cmap.warnings:
        _err(f"warning: {w}")
