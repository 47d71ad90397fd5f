""""Both sides" as a cause or effect names the two parties; "both A and B" is a coordination."""

from __future__ import annotations

from dyad.extract.causal.extractor import extract_causal_claims
from dyad.extract.context import DocContext
from dyad.records import Document


def _claims(nlp, text):
    doc = Document(id="dboth", source="t.txt", path="t.txt", sha256="", text=text, date=None)
    ctx = DocContext(document=doc, doc=nlp(text))
    return [(c.cause, c.effect, c.polarity) for c in extract_causal_claims(ctx.doc, ctx)]


def test_causal_parties_both_sides_is_kept(nlp):
    got = _claims(nlp, "Joint fishing in the strait is valuable for both countries.")
    assert ("Joint fishing in the strait", "both countries", "+") in got, got
    got = _claims(nlp, "Cheap gas benefits both sides.")
    assert ("Cheap gas", "both sides", "+") in got, got


def test_causal_parties_both_in_coordination_is_dropped(nlp):
    got = _claims(nlp, "Western sanctions have hindered both trade and investment in Freedonia.")
    effects = {e for _, e, _ in got}
    assert effects and not any(e.lower().startswith("both") for e in effects), got
