"""Model commands: map, simulate, disagreements, html (thin wrappers over the library).

Every command reads the causal claims of a knowledge base (``--db``), builds the causal map
with the analyst's curation file (default ``<db stem>.curation.yaml`` beside the database)
and prints tables, or JSON with ``--json``. Errors are one line on stderr (exit code 1),
never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from dyad.interfaces.cli.app import app
from dyad.interfaces.cli.common import curation_option as _curation_option
from dyad.interfaces.cli.common import curation_path as _curation_path
from dyad.interfaces.cli.common import db_option as _db_option
from dyad.interfaces.cli.common import err as _err
from dyad.interfaces.cli.common import friendly_errors
from dyad.interfaces.cli.common import out as _out

__all__ = ["map_cmd", "simulate_cmd", "disagreements_cmd", "html_cmd", "load_model"]

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
