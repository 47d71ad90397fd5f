"""Show one stored document with its annotations highlighted (Rich).

Styles: persons, organizations and states in colours; statement content underlined
with the cue in bold; events and causal evidence as background colours; boilerplate
dimmed. Offsets are applied to the stored text as is, so what is shown is exactly
what the records cite.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from dyad.errors import StoreError
from dyad.records import Extraction
from dyad.store import Store

__all__ = ["STYLES", "annotated_text", "render_document"]

# Applied in this order; later styles combine with (and win over) earlier ones.
STYLES = {
    "event": "on grey23",
    "causal": "on dark_red",
    "statement": "underline",
    "cue": "bold underline",
    "organization": "bold blue",
    "state": "bold green",
    "person": "bold magenta",
    "boilerplate": "dim",
}


def annotated_text(ex: Extraction) -> Text:
    """The document text as a Rich ``Text`` with every annotation styled."""
    # "\r" would move the cursor in a terminal: show it as a space (same length, same offsets).
    text = Text(ex.document.text.replace("\r", " "))
    for e in ex.events:
        text.stylize(STYLES["event"], e.start_char, e.end_char)
    for c in ex.causal_claims:
        text.stylize(STYLES["causal"], c.start_char, c.end_char)
    for s in ex.statements:
        text.stylize(STYLES["statement"], s.start_char, s.end_char)
        if s.cue is not None:
            text.stylize(STYLES["cue"], s.cue.start, s.cue.end)
    for kind, records in (("organization", ex.organizations), ("state", ex.states), ("person", ex.persons)):
        for r in records:
            for m in r.mentions or ():
                text.stylize(STYLES[kind], m.start_char, m.end_char)
    for b in ex.document.boilerplate:
        text.stylize(STYLES["boilerplate"], b.start, b.end)
    return text


def _legend() -> Text:
    legend = Text("legend: ")
    for name, style in STYLES.items():
        legend.append(name, style=style)
        legend.append("  ")
    return legend


def render_document(store: Store, ref: str, console: Console) -> None:
    """Print document ``ref`` (an id or a source file name) with its annotations.

    Raises
    ------
    StoreError
        If no stored document matches ``ref``.
    """
    doc = store.document(ref)
    if doc is None:
        raise StoreError(f"no document {ref!r} in the database", path=store.path,
                         hint="give a document id or file name as listed by `dyad report`")
    ex = store.extraction(doc.id)
    meta = " | ".join(x for x in (doc.title, ", ".join(doc.authors), doc.publisher, doc.date) if x)
    console.print(Text(f"{doc.source} ({doc.id})", style="bold"))
    if meta:
        console.print(meta)
    counts = ", ".join(f"{len(getattr(ex, k))} {k.replace('_', ' ')}" for k in (
        "persons", "organizations", "states", "statements", "events", "causal_claims", "stances"))
    console.print(Text(counts, style="dim"))
    console.print(_legend())
    console.rule()
    console.print(annotated_text(ex), soft_wrap=False, highlight=False, markup=False)
    for w in ex.warnings:
        console.print(Text(f"warning: {w}", style="yellow"))
