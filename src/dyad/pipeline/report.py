"""What a build reports: per-source events for a progress display, failures with one-line
reasons, and the counts of one build."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from dyad.errors import DyadError

__all__ = ["BuildFailure", "BuildEvent", "BuildReport", "Run", "one_line"]


@dataclass(frozen=True, slots=True)
class BuildFailure:
    """A source that could not be built, with a one-line reason."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message if self.message.startswith(self.path) else f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class BuildEvent:
    """Handed to the ``progress`` callback after each source is finished."""

    path: str
    status: str  # added | replaced | unchanged | failed
    done: int
    total: int
    message: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(slots=True)
class BuildReport:
    """What one build did: counts, failures (file + reason) and per-file warnings."""

    db: str
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[BuildFailure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (file, message)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.added + self.replaced + self.unchanged + self.failed

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
                f"{self.failed} failed in {self.seconds:.1f} s -> {self.db}")


class Run:
    """Mutable state of one build: the report's counts and the progress callback."""

    def __init__(self, report: BuildReport, total: int, progress: Callable[[BuildEvent], None] | None):
        self.report, self.total, self.progress, self.done = report, total, progress, 0

    def finish(self, path: str, status: str, message: str | None = None, warnings: Sequence[str] = ()) -> None:
        """Record that ``path`` is done with ``status`` (and tell the progress callback)."""
        r = self.report
        setattr(r, status, getattr(r, status) + 1)
        if status == "failed":
            r.failures.append(BuildFailure(path, message or "failed"))
        r.warnings.extend((path, w) for w in warnings)
        self.done += 1
        if self.progress is not None:
            self.progress(BuildEvent(path, status, self.done, self.total, message, tuple(warnings)))


def one_line(exc: BaseException) -> str:
    """The first line of an error, with its type unless it is one of dyad's own."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text if isinstance(exc, DyadError) else f"{type(exc).__name__}: {text}"
