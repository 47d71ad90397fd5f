"""Expand the paths a user gives (files and folders) into the source files to ingest."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from dyad.errors import IngestError

__all__ = ["SUFFIXES", "FORMATS", "iter_sources", "source_format"]

# file suffix -> Document.format
FORMATS = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}
SUFFIXES = tuple(FORMATS)


def source_format(path: Path) -> str:
    """The document format for a file name (``txt`` for unknown suffixes).

    >>> source_format(Path("a/b.HTM"))
    'html'
    """
    return FORMATS.get(Path(path).suffix.lower(), "txt")


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the source files named by ``paths``, in order, each at most once.

    A file is yielded whatever its suffix (the user asked for it); a folder is walked
    recursively in sorted order and only files with a suffix in :data:`SUFFIXES` are
    yielded (hidden files and folders are skipped).

    Raises
    ------
    IngestError
        When a path does not exist.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise IngestError(
                "no such file or folder", path=str(raw),
                hint="check the spelling, or pass an existing file or folder",
            )
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in FORMATS
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found = [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                yield p
