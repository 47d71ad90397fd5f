"""Shared pieces of the events extractor: the trigger lexicon and the candidate record.

``load_lexicon(lang)`` reads ``lexicons/events.<lang>.json`` (trigger words are data, keyed by
language); :class:`Cand` is the mutable working state of one candidate event while a document
is read (the extractor turns the survivors into frozen :class:`~dyad.records.Event` records).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dyad.extract.dates import DateExpr
from dyad.extract.lexicons import read_json
from dyad.records import Span

__all__ = ["Cand", "load_lexicon", "FUTURE_AUX", "FUTURE_HEADS", "HYPO_AUX", "INDEF", "PARTICIPANT_LABELS",
           "PLACE_LABELS", "ABSTRACT_OBJECTS", "GATHERINGS", "CURRENT"]

FUTURE_AUX = {"will", "'ll", "shall", "wo"}
FUTURE_HEADS = {"slate", "schedule", "plan", "expect", "due", "set", "intend", "prepare", "upcoming",
                "forthcoming", "planned", "scheduled", "slated"}
HYPO_AUX = {"could", "might", "may", "should", "must", "can", "ca"}
INDEF = {"a", "an", "any", "no", "every", "each", "another", "some", "such", "either", "neither"}
PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ABSTRACT_OBJECTS = {"need", "demand", "requirement", "expectation", "criterion", "criteria", "target", "goal",
                     "standard", "deadline", "challenge", "condition", "obligation", "cost", "payment", "end",
                     "fate", "threshold", "quota", "commitment", "request", "wish", "interest"}
GATHERINGS = {"visit", "meeting", "summit", "conference", "other"}
CURRENT = {"upcoming", "forthcoming", "recent", "latest", "current", "ongoing", "recently"}


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "en") -> dict:
    """The trigger lexicon for ``lang`` (``lexicons/events.<lang>.json``), with compiled patterns."""
    data = read_json(f"events.{lang}.json")
    for k in data["known_events"]:
        k["_re"] = re.compile(k["pattern"], re.IGNORECASE)
        k["_ctx"] = re.compile(k["context"], re.IGNORECASE) if k.get("context") else None
    for key in ("light_verbs", "hypothetical_heads", "generic_modifiers", "fallback_skip_verbs"):
        data[key] = set(data[key])
    data["_support_any"] = set(data["support_verbs"]["*"])
    # several entries may share a lemma ("launch" noun vs verb): key -> specs, picked by part of speech
    by_lemma: dict[str, list[dict]] = {}
    for key, spec in data["triggers"].items():
        by_lemma.setdefault(spec.get("lemma", key), []).append(spec)
    data["_by_lemma"] = by_lemma
    return data


@dataclass
class Cand:
    """A candidate event while the document is read (mutable working state)."""

    pos: int  # trigger start char (reading order)
    type: str
    start: int
    end: int
    strength: float
    trigger: str
    lemma: str
    date_expr: DateExpr | None = None
    tense: str | None = None
    known: dict | None = None
    name_key: str | None = None
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    fallback: bool = False
    current: bool = False  # "the upcoming elections", "recently met": the anchor's year
    date: str | None = None
    date_text: str | None = None
    date_span: Span | None = None
    needs_date: bool = False  # dropped when no date is found, not even an inherited one
    inherit: str | None = None  # "gathering" | "previous" | "ref:<type>" (see events.links.inherit_dates)
    cap: str | None = None  # "year" | "month": the text supports no finer date than this
    definite: bool = False  # "the visit", undated: may refer back to an event told before
    past: bool = False  # told in the simple past ("signed", "was suspended"): part of a narrative
