"""One base error per stage. Messages say what happened, to which file, and how to fix it."""

from __future__ import annotations

__all__ = [
    "DyadError",
    "IngestError",
    "NLPError",
    "ExtractError",
    "StoreError",
    "ModelError",
    "CurationError",
    "SimulationError",
    "ConvergenceError",
    "ScenarioError",
]


class DyadError(Exception):
    """Base class of every error dyad raises on purpose.

    ``code`` is a short stable identifier (e.g. ``"E101"``) that tests and the API
    can rely on; the message is for people.
    """

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None):
        self.path = path
        self.hint = hint
        parts = []
        if path:
            parts.append(f"{path}:")
        parts.append(message)
        if hint:
            parts.append(f"({hint})")
        super().__init__(" ".join(parts))


class IngestError(DyadError):
    """A source could not be read or decoded."""

    code = "E100"


class NLPError(DyadError):
    """The language pipeline or a domain pack could not be loaded."""

    code = "E200"


class ExtractError(DyadError):
    code = "E300"


class StoreError(DyadError):
    code = "E400"


class ModelError(DyadError):
    code = "E500"


class CurationError(ModelError):
    code = "E510"


class SimulationError(DyadError):
    code = "E600"


class ConvergenceError(SimulationError):
    """An FCM run did not reach ``max|A(t+1)-A(t)| <= epsilon`` within the step limit."""

    code = "E610"


class ScenarioError(SimulationError):
    """A scenario names an unknown concept or an out-of-range value."""

    code = "E620"
