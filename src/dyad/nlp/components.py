"""Custom spaCy components, registered by name on import.

Registration lives here, apart from the classes (``dyad.nlp.gazetteer``), so imports stay
acyclic: only ``dyad.nlp.pipeline`` imports this module.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["line_breaks", "make_gazetteer"]


@Language.component("dyad_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break.

    Titles, bylines, headings and captions carry no final period, so the parser would
    otherwise glue them to the next sentence. The first non-space token after a token
    containing (or followed by) a newline begins a sentence; other boundaries are left to
    the parser.
    """
    for i in range(1, len(doc)):
        tok = doc[i]
        if tok.is_space:
            continue
        prev = doc[i - 1]
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            tok.is_sent_start = True
    return doc


@Language.factory(
    "dyad_gazetteer",
    default_config={"packs": ["generic", "russia-japan"]},
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
)
def make_gazetteer(nlp: Language, name: str, packs: list[str]):
    """Factory of :class:`dyad.nlp.gazetteer.GazetteerComponent` for the named packs."""
    from dyad.nlp.gazetteer import GazetteerComponent, get_gazetteer

    return GazetteerComponent(nlp, get_gazetteer(tuple(packs)))
