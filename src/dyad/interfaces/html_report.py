"""One self-contained, offline HTML page: the drawn causal map, the timeline, the scenario
results with their explanations, and the cited evidence behind every edge.

Everything is inline (CSS and JS from ``dyad/interfaces/static``, the map as SVG); the page
loads nothing from the network.
"""

from __future__ import annotations

import html
import math
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Sequence

__all__ = ["render_html", "write_html", "circle_layout"]

STATIC = Path(__file__).resolve().parent / "static"


def _e(x) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _asset(name: str) -> str:
    p = STATIC / name
    return p.read_text(encoding="utf-8") if p.is_file() else ""


def circle_layout(n: int, *, size: float = 900.0, margin: float = 170.0) -> list[tuple[float, float]]:
    """Positions of ``n`` nodes evenly on a circle (deterministic), first node at the top."""
    r = size / 2 - margin
    c = size / 2
    return [(c + r * math.sin(2 * math.pi * k / max(1, n)), c - r * math.cos(2 * math.pi * k / max(1, n)))
            for k in range(n)]


def _doc_lookup(documents) -> dict:
    if documents is None:
        return {}
    if isinstance(documents, Mapping):
        return dict(documents)
    return {d.id: d for d in documents}


def _evidence(documents: dict, claim) -> tuple[str | None, str | None]:
    d = documents.get(claim.doc_id)
    if d is None:
        return None, None
    text = d if isinstance(d, str) else getattr(d, "text", None)
    source = None if isinstance(d, str) else (getattr(d, "title", None) or getattr(d, "source", None))
    return source, (text[claim.start_char:claim.end_char] if text else None)


def _map_svg(causal_map, metrics) -> str:
    n = len(causal_map.concepts)
    size = 900.0
    pos = circle_layout(n, size=size)
    cent = metrics.centrality if metrics is not None else [1.0] * n
    cmax = max([float(x) for x in cent] + [1e-9])
    out = [f'<svg viewBox="0 0 {size:g} {size:g}" role="img" '
           f'aria-label="causal map">',
           '<defs>'
           '<marker id="arrow-pos" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1a7f37"/></marker>'
           '<marker id="arrow-neg" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker></defs>']
    index = {c.id: k for k, c in enumerate(causal_map.concepts)}
    radius = [8 + 14 * float(cent[k]) / cmax for k in range(n)]
    for k, e in enumerate(causal_map.edges):
        a, b = index[e.source], index[e.target]
        (x1, y1), (x2, y2) = pos[a], pos[b]
        dx, dy = x2 - x1, y2 - y1
        d = math.hypot(dx, dy) or 1.0
        ux, uy = dx / d, dy / d
        sx, sy = x1 + ux * radius[a], y1 + uy * radius[a]
        tx, ty = x2 - ux * (radius[b] + 2), y2 - uy * (radius[b] + 2)
        # slight curve so that a -> b and b -> a do not overlap
        mx, my = (sx + tx) / 2 - uy * 25, (sy + ty) / 2 + ux * 25
        pos_neg = "pos" if e.weight >= 0 else "neg"
        colour = "#1a7f37" if e.weight >= 0 else "#c62828"
        title = f"{e.source} -> {e.target}: {e.weight:+.2f} ({len(e.claims)} claims; {', '.join(e.claimants)})"
        out.append(f'<a href="#edge-{k}"><path class="edge" data-source="{_e(e.source)}" data-target="{_e(e.target)}" '
                   f'd="M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {tx:.1f},{ty:.1f}" stroke="{colour}" '
                   f'stroke-width="{0.8 + 3.5 * abs(e.weight):.2f}" marker-end="url(#arrow-{pos_neg})">'
                   f'<title>{_e(title)}</title></path></a>')
    for k, c in enumerate(causal_map.concepts):
        x, y = pos[k]
        c0 = size / 2
        anchor = "start" if x > c0 + 5 else ("end" if x < c0 - 5 else "middle")
        lx = x + (radius[k] + 4) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
        ly = y + (4 if anchor != "middle" else (-radius[k] - 4 if y < c0 else radius[k] + 12))
        label = c.label if len(c.label) <= 40 else c.label[:38] + "…"
        out.append(f'<g class="node kind-{_e(c.kind)}" data-id="{_e(c.id)}"><title>{_e(c.label)} ({_e(c.kind)}, '
                   f'{len(c.evidence)} claims)</title><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[k]:.1f}"/>'
                   f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}">{_e(label)}</text></g>')
    out.append("</svg>")
    return "".join(out)


def _metrics(causal_map):
    try:
        from dyad.simulate.metrics import map_metrics

        return map_metrics(causal_map.W, causal_map.ids) if len(causal_map.concepts) else None
    except Exception:
        return None


def _timeline(events, documents: dict) -> str:
    rows = []
    for ev in sorted(events, key=lambda e: (getattr(e, "date", None) or "9999", getattr(e, "doc_id", ""),
                                            getattr(e, "start_char", 0))):
        source, _ = _evidence(documents, ev)
        d = documents.get(ev.doc_id)
        text = d.text[ev.start_char:ev.end_char] if d is not None and hasattr(d, "text") else ""
        rows.append(f"<tr><td class=num>{_e(ev.date or '?')}</td><td>{_e(ev.type)}</td>"
                    f"<td>{_e(', '.join(ev.participants))}</td><td>{_e(ev.place or '')}</td>"
                    f"<td><blockquote>{_e(text)}</blockquote><span class=cite>{_e(source or ev.doc_id)}</span></td></tr>")
    if not rows:
        return "<p>No events.</p>"
    return ("<table><tr><th>date</th><th>type</th><th>participants</th><th>place</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>")


def _bar(v: float, scale: float) -> str:
    w = 0 if scale <= 0 else min(120, 120 * abs(v) / scale)
    return f'<span class="bar {"pos" if v >= 0 else "neg"}" style="width:{w:.0f}px"></span>'


def _scenarios(causal_map, run, explanations, top: int) -> str:
    if run is None:
        return "<p>No scenarios were run.</p>"
    labels = dict(zip(run.concepts, run.labels))
    parts = []
    if run.skipped:
        parts.append('<div class="warn">' + "<br>".join(f"Skipped {_e(n)}: {_e(r)}" for n, r in run.skipped)
                     + "</div>")
    expl = {x.scenario: x for x in (explanations or [])}
    for o in run.outcomes:
        clamps = ", ".join(f"{labels.get(c, c)} = {v:g}" for c, v in o.clamps.items())
        parts.append(f"<h3 id=\"scenario-{_e(o.name)}\">{_e(o.name)}</h3><p>{_e(o.scenario.description)}</p>"
                     f"<p class=cite>clamped: {_e(clamps)}; converged: {'yes' if o.converged else 'NO'} "
                     f"({o.steps} steps)</p>")
        order = sorted(range(len(run.concepts)), key=lambda i: -abs(float(o.effect[i])))
        order = [i for i in order if run.concepts[i] not in o.clamps][:top]
        scale = max([abs(float(o.effect[i])) for i in order] + [1e-9])
        rows = []
        for i in order:
            v = float(o.effect[i])
            mc = ""
            if o.mc is not None:
                mc = f"{float(o.mc['mean'][i]):+.3f} [{float(o.mc['p05'][i]):+.3f}, {float(o.mc['p95'][i]):+.3f}]"
            rows.append(f"<tr><td>{_e(run.labels[i])}</td><td class=num>{float(run.baseline[i]):.3f}</td>"
                        f"<td class=num>{float(o.steady_state[i]):.3f}</td>"
                        f"<td class=\"num {'pos' if v >= 0 else 'neg'}\">{v:+.3f}</td><td>{_bar(v, scale)}</td>"
                        f"<td class=num>{_e(mc)}</td></tr>")
        parts.append("<table><tr><th>concept</th><th>baseline</th><th>scenario</th><th>effect</th><th></th>"
                     "<th>Monte Carlo mean [5%, 95%]</th></tr>" + "".join(rows) + "</table>")
        x = expl.get(o.name)
        if x is not None:
            for mv in x.movers:
                if not mv.paths:
                    continue
                items = []
                for p in mv.paths:
                    chain = " → ".join(labels.get(nid, nid) for nid in p.nodes)
                    cites = []
                    for lk in p.links:
                        for c in lk.citations:
                            quote = f"<blockquote>{_e(c.text)}</blockquote>" if c.text else ""
                            cites.append(f"<li>{_e(labels.get(lk.source, lk.source))} → "
                                         f"{_e(labels.get(lk.target, lk.target))} ({lk.weight:+.2f}): "
                                         f"<b>{_e(c.claimant)}</b> <span class=cite>{_e(c.source or c.doc_id or '')}"
                                         f"{' · ' + _e(c.modality) if c.modality else ''}"
                                         f"{' · ' + _e(c.note) if c.note else ''}</span>{quote}</li>")
                    items.append(f"<details><summary class=path>{_e(chain)} (strength {p.strength:.3f}, "
                                 f"{'+' if p.sign > 0 else '−'})</summary><ul>{''.join(cites)}</ul></details>")
                parts.append(f"<p><b>Why {_e(mv.label)} moves {mv.effect:+.3f}:</b></p>" + "".join(items))
    return "".join(parts)


def _evidence_section(causal_map, documents: dict) -> str:
    labels = {c.id: c.label for c in causal_map.concepts}
    parts = []
    for k, e in enumerate(causal_map.edges):
        items = []
        for cid in e.claims + tuple(c for c in e.contradicting if c not in e.claims):
            claim = causal_map.claims.get(cid)
            if claim is None:
                continue
            source, text = _evidence(documents, claim)
            against = " (contradicts)" if cid in e.contradicting else ""
            items.append(f"<li><b>{_e(claim.claimant)}</b>{_e(against)} <span class=cite>{_e(source or claim.doc_id)}"
                         f" · {_e(claim.modality)} · {_e(claim.polarity)} · [{claim.start_char}:{claim.end_char}]"
                         f"</span><blockquote>{_e(text if text is not None else claim.cause + ' → ' + claim.effect)}"
                         f"</blockquote></li>")
        if e.curated:
            items.append(f"<li><b>analyst</b> <span class=cite>curated weight{': ' + _e(e.note) if e.note else ''}"
                         f"</span></li>")
        cls = "pos" if e.weight >= 0 else "neg"
        parts.append(f"<div id=\"edge-{k}\"><h3>{_e(labels.get(e.source, e.source))} → "
                     f"{_e(labels.get(e.target, e.target))} <span class={cls}>{e.weight:+.2f}</span> "
                     f"<span class=cite>± {e.spread:.2f}</span></h3><ul>{''.join(items)}</ul></div>")
    return "".join(parts) or "<p>No edges.</p>"


def render_html(
    causal_map,
    scenario_results=None,
    timeline_events: Iterable = (),
    documents: Sequence | Mapping | None = None,
    *,
    explanations: Sequence | None = None,
    title: str = "dyad report",
    top: int = 8,
) -> str:
    """Render the whole report as one HTML string (no external resources).

    Parameters
    ----------
    causal_map : CausalMap
    scenario_results : ScenarioRun, optional
        From :func:`dyad.simulate.scenarios.run_scenarios`.
    timeline_events : iterable of Event
    documents : sequence of Document or mapping doc id -> Document
        For evidence sentences and document names.
    explanations : list of ScenarioExplanation, optional
        Computed with :func:`dyad.simulate.explain.explain` when omitted and results are given.
    """
    docs = _doc_lookup(documents)
    if scenario_results is not None and explanations is None and scenario_results.outcomes:
        from dyad.simulate.explain import explain

        explanations = explain(causal_map, scenario_results, documents=docs, top=3)
    metrics = _metrics(causal_map)
    labels = [c.label for c in causal_map.concepts]
    concept_rows = []
    for k, c in enumerate(causal_map.concepts):
        role = metrics.roles[k] if metrics is not None else ""
        cent = f"{float(metrics.centrality[k]):.2f}" if metrics is not None else ""
        concept_rows.append(f"<tr><td>{_e(c.label)}</td><td>{_e(c.kind)}</td><td>{_e(role)}</td>"
                            f"<td class=num>{cent}</td><td class=num>{len(c.evidence)}</td>"
                            f"<td class=cite>{_e('; '.join(c.aliases[:6]))}</td></tr>")
    summary = (f"{len(labels)} concepts, {len(causal_map.edges)} edges, {len(causal_map.claims)} causal claims, "
               f"{len(docs)} documents")
    if metrics is not None:
        summary += f"; density {metrics.density:.3f}, hierarchy index {metrics.hierarchy_index:.3f}"
    warn = ""
    if getattr(causal_map, "warnings", ()):
        warn = '<div class="warn">' + "<br>".join(_e(w) for w in causal_map.warnings) + "</div>"
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_asset('report.css')}</style></head><body>",
        f"<header><h1>{_e(title)}</h1><div class=meta>{_e(summary)} · map {_e(causal_map.hash)} · "
        f"generated {generated}</div></header>",
        "<nav><a href=#map>Map</a><a href=#timeline>Timeline</a><a href=#scenarios>Scenarios</a>"
        "<a href=#evidence>Evidence</a></nav><main>",
        warn,
        "<section id=map class=map><h2>Causal map</h2><p class=legend><span class=pos>── increases</span>"
        "<span class=neg>── decreases</span><span>node size: centrality</span>"
        "<span>orange: actor · blue: issue · green: factor</span></p>",
        _map_svg(causal_map, metrics) if labels else "<p>The map has no concepts.</p>",
        "<table><tr><th>concept</th><th>kind</th><th>role</th><th>centrality</th><th>claims</th><th>aliases</th></tr>",
        "".join(concept_rows), "</table></section>",
        f"<section id=timeline><h2>Timeline</h2>{_timeline(list(timeline_events or ()), docs)}</section>",
        f"<section id=scenarios><h2>Scenarios</h2>{_scenarios(causal_map, scenario_results, explanations, top)}"
        "</section>",
        f"<section id=evidence><h2>Evidence</h2>{_evidence_section(causal_map, docs)}</section>",
        f"</main><script>{_asset('report.js')}</script></body></html>",
    ]
    return "\n".join(body)


def write_html(path, text: str) -> Path:
    from dyad.errors import DyadError

    p = Path(path)
    try:
        p.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DyadError(f"cannot write the report: {exc.strerror}", path=str(p),
                        hint="check that the folder exists and is writable") from None
    return p
