"""Domain records shared by every layer (the lowest layer: imports nothing of dyad).

Every extracted record carries ``doc_id``, ``start_char``, ``end_char`` (Python ``str``
indices into the stored document text), ``extractor`` and ``confidence``, so that
``document.text[start_char:end_char]`` reproduces the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Span",
    "Document",
    "Mention",
    "Person",
    "Organization",
    "State",
    "Statement",
    "Event",
    "CausalClaim",
    "Stance",
    "Extraction",
    "EVENT_TYPES",
    "STATEMENT_KINDS",
    "MODALITIES",
]

EVENT_TYPES = (
    "summit", "visit", "meeting", "agreement", "declaration", "election",
    "conference", "sanctions", "military", "other",
)
STATEMENT_KINDS = ("direct_quote", "indirect", "according_to", "author_opinion")
MODALITIES = ("asserted", "hedged", "conditional", "negated", "predicted")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in one document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested source: the text as stored (offsets refer to it) and its metadata."""

    id: str
    source: str  # file name
    path: str  # path as given by the user
    sha256: str  # of the raw bytes
    text: str
    format: str = "txt"  # txt | md | html
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None  # YYYY | YYYY-MM | YYYY-MM-DD
    date_span: Span | None = None
    boilerplate: tuple[Span, ...] = ()
    language: str | None = None
    warnings: tuple[str, ...] = ()

    def in_boilerplate(self, start: int, end: int) -> bool:
        return any(b.start < end and start < b.end for b in self.boilerplate)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a person, organization or state is referred to."""

    doc_id: str
    start_char: int
    end_char: int
    text: str
    kind: str = "name"  # name | surname | description | alias | acronym | metonym | adjective
    extractor: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Person:
    doc_id: str
    start_char: int  # first mention
    end_char: int
    name: str  # canonical full name
    roles: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    nationality: str | None = None  # ISO 3166 alpha-2
    kind: str = "other"  # leader | official | expert | other
    mentions: tuple[Mention, ...] = ()
    extractor: str = "persons"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Organization:
    doc_id: str
    start_char: int
    end_char: int
    name: str
    kind: str = "other"  # government | think_tank | university | company | media | international | party | other
    mentions: tuple[Mention, ...] = ()
    extractor: str = "organizations"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class State:
    doc_id: str
    start_char: int
    end_char: int
    name: str  # canonical country name, e.g. "Russia", "United States"
    code: str | None = None  # ISO alpha-2
    mentions: tuple[Mention, ...] = ()
    extractor: str = "states"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Statement:
    """Reported speech: ``start_char``/``end_char`` delimit the content."""

    doc_id: str
    start_char: int
    end_char: int
    speaker: str  # canonical person/org/state name, a collective, or "author"
    kind: str  # one of STATEMENT_KINDS
    cue: Span | None = None
    speaker_span: Span | None = None
    extractor: str = "statements"
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Event:
    """``start_char``/``end_char`` delimit the evidence (a clause or sentence)."""

    doc_id: str
    start_char: int
    end_char: int
    type: str  # one of EVENT_TYPES
    date: str | None = None
    date_text: str | None = None
    date_span: Span | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    trigger: str | None = None
    extractor: str = "events"
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class CausalClaim:
    """``start_char``/``end_char`` delimit the evidence."""

    doc_id: str
    start_char: int
    end_char: int
    cause: str
    effect: str
    polarity: str  # "+" | "-"
    modality: str  # one of MODALITIES
    claimant: str  # person name or "author"
    cause_span: Span | None = None
    effect_span: Span | None = None
    marker: str | None = None
    extractor: str = "causal"
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Stance:
    """A holder's outlook on the relationship, -2 (very pessimistic) .. 2 (very optimistic)."""

    doc_id: str
    start_char: int  # first evidence
    end_char: int
    holder: str
    value: int
    target: str = "relationship_outlook"
    evidence: tuple[Span, ...] = ()
    extractor: str = "stances"
    confidence: float = 0.5


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document (mutable container, filled by the runner)."""

    document: Document
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    causal_claims: list[CausalClaim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
