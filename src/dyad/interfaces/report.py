"""A terminal report of the knowledge base (Rich): who, what, when, who says what, why.

Every line cites its evidence as ``[source.txt:start-end]`` so a reader can check it
(``dyad show source.txt`` highlights it in the text).
"""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dyad.interfaces.export import export_json
from dyad.store import Store

__all__ = ["render_report", "citation", "snippet"]

_POLARITY = {"+": "increases", "-": "decreases"}


def citation(source: str, start: int, end: int) -> str:
    """``[source:start-end]``, the way every report line cites its evidence."""
    return f"[{source}:{start}-{end}]"


def snippet(text: str, start: int, end: int, width: int = 160) -> str:
    """The evidence ``text[start:end]`` on one line, shortened in the middle to ``width``."""
    s = " ".join(text[start:end].split())
    if len(s) <= width:
        return s
    half = (width - 5) // 2
    return f"{s[:half]} ... {s[-half:]}"


def _table(title: str, *columns: str) -> Table:
    """A table whose first column (a name or a date) never wraps."""
    t = Table(title=title, title_justify="left", title_style="bold", show_lines=False, expand=True)
    for i, c in enumerate(columns):
        t.add_column(c, overflow="fold", no_wrap=(i == 0))
    return t


def render_report(store: Store, console: Console, *, width: int = 160) -> None:
    """Print the report of everything in ``store`` to ``console``."""
    data = export_json(store)
    texts = {d.id: d.text for d in store.documents()}
    source = {d["id"]: d["source"] for d in data["documents"]}

    def cite(doc: str, span: dict) -> str:
        return citation(source.get(doc, doc), span["start"], span["end"])

    def quote(doc: str, span: dict) -> str:
        return snippet(texts.get(doc, ""), span["start"], span["end"], width)

    if not data["documents"]:
        console.print(f"The database {store.path} holds no documents yet: run `dyad build PATH --db {store.path}`.")
        return

    docs = _table(f"Documents ({len(data['documents'])})", "source", "title", "authors", "publisher", "date",
                  "furniture")
    for d in data["documents"]:
        docs.add_row(d["source"], d["title"] or "-", ", ".join(d["authors"]) or "-", d["publisher"] or "-",
                     d["date"] or "-", str(len(d["boilerplate"])))
    console.print(docs)

    persons = _table(f"Persons ({len(data['persons'])})", "name", "kind", "roles / affiliations", "mentions")
    for p in sorted(data["persons"], key=lambda p: -len(p["mentions"])):
        first = p["mentions"][0] if p["mentions"] else None
        where = f"{len(p['mentions'])} {cite(first['doc'], first)}" if first else "0"
        roles = "; ".join(p["roles"] + [a for a in p["affiliations"] if a not in p["roles"]]) or "-"
        persons.add_row(p["name"], p["kind"] or "-", roles, where)
    console.print(persons)

    entities = _table("Organizations and states", "name", "kind", "mentions")
    for o in sorted(data["organizations"], key=lambda o: -len(o["mentions"])):
        entities.add_row(o["name"], o["kind"] or "organization", str(len(o["mentions"])))
    for s in sorted(data["states"], key=lambda s: -len(s["mentions"])):
        entities.add_row(s["name"], "state", str(len(s["mentions"])))
    if data["organizations"] or data["states"]:
        console.print(entities)

    timeline = _table(f"Timeline ({len(data['events'])} events)", "date", "type", "participants / place",
                      "evidence")
    for e in sorted(data["events"], key=lambda e: (e["date"] is None, e["date"] or "", source.get(e["doc"], ""))):
        who = (", ".join(e["participants"]) + (f" @ {e['place']}" if e["place"] else "")).strip()
        timeline.add_row(e["date"] or "undated", e["type"], who or "-",
                         f"{quote(e['doc'], e['evidence'])} {cite(e['doc'], e['evidence'])}")
    console.print(timeline)

    by_speaker: dict[str, list[dict]] = defaultdict(list)
    for s in data["statements"]:
        by_speaker[s["speaker"]].append(s)
    blocks = []
    for speaker, items in sorted(by_speaker.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        body = Text()
        for s in items:
            body.append(f"- ({s['kind']}) ", style="dim")
            body.append(quote(s["doc"], s["content"]))
            body.append(f" {cite(s['doc'], s['content'])}\n", style="cyan")
        blocks.append(Panel(body, title=f"{speaker} ({len(items)})", title_align="left"))
    console.print(Text(f"Statements ({len(data['statements'])}) by speaker", style="bold"))
    console.print(Group(*blocks) if blocks else Text("none", style="dim"))

    claims = _table(f"Causal claims ({len(data['causal_claims'])})", "cause", "effect", "modality / claimant",
                    "evidence")
    for c in data["causal_claims"]:
        claims.add_row(c["cause"], f"{_POLARITY.get(c['polarity'], c['polarity'])} {c['effect']}",
                       f"{c['modality']} / {c['claimant']}", cite(c["doc"], c["evidence"]))
    console.print(claims)

    stances = _table(f"Stances ({len(data['stances'])})", "holder", "outlook", "evidence")
    for s in data["stances"]:
        ev = s["evidence"][0]
        stances.add_row(s["holder"], f"{s['value']:+d}",
                        f"{quote(s['doc'], ev)} {' '.join(cite(s['doc'], e) for e in s['evidence'])}")
    console.print(stances)
