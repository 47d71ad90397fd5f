"""Raw bytes to text: size and binary checks, UTF-8 with a cp1252/Latin-1 fallback.

The text is decoded exactly as stored (``\\r\\n`` kept, nothing stripped) so that
offsets index the text "as read with ``newline=''``". The only change ever made is
the removal of a leading byte-order mark, which is reported as a warning.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from dyad.errors import IngestError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RawSource",
    "read_bytes",
    "decode_bytes",
    "check_has_words",
]

DEFAULT_MAX_BYTES = 20_000_000

# Bytes that never occur in text; a share above this of the sample makes the file binary.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_CONTROL_RATIO = 0.05
_SNIFF_BYTES = 65_536

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# A "word": two or more letters in a row (any script).
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class RawSource:
    """The bytes of one source file and their sha256 (hex)."""

    path: Path
    data: bytes
    sha256: str


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawSource:
    """Read a file after checking its size (without reading it) and that it is not binary.

    Raises
    ------
    IngestError
        When the file is missing, empty, larger than ``max_bytes`` or binary.
    """
    path = Path(path)
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        raise IngestError("file not found", path=str(path), hint="check the path") from None
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}", path=str(path),
                          hint="check permissions") from None
    if not path.is_file():
        raise IngestError("not a regular file", path=str(path),
                          hint="pass a text, Markdown or HTML file, or a folder of them")
    if size == 0:
        raise IngestError("file is empty", path=str(path), hint="remove it or add the article text")
    if size > max_bytes:
        raise IngestError(
            f"file is too large ({size:,} bytes > limit {max_bytes:,})",
            path=str(path),
            hint="split it into smaller documents or raise max_bytes",
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}", path=str(path),
                          hint="check permissions") from None
    if len(data) > max_bytes:  # grew while we looked
        raise IngestError(f"file is too large (> limit {max_bytes:,} bytes)", path=str(path),
                          hint="split it into smaller documents or raise max_bytes")
    if not data:
        raise IngestError("file is empty", path=str(path), hint="remove it or add the article text")
    if _looks_binary(data):
        raise IngestError(
            "file looks binary (NUL or control bytes), not text",
            path=str(path),
            hint="convert it to plain text, Markdown or HTML first",
        )
    return RawSource(path=path, data=data, sha256=hashlib.sha256(data).hexdigest())


def _looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text has NUL bytes by design
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    n_control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return n_control / len(sample) > _CONTROL_RATIO


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode bytes exactly (no newline translation); return ``(text, warnings)``.

    UTF-8 first; text that is not valid UTF-8 is decoded as cp1252 (bytes cp1252
    leaves undefined fall back to Latin-1). A leading BOM is removed and reported.

    Examples
    --------
    >>> decode_bytes("caf\\u00e9\\r\\n".encode("utf-8"))
    ('café\\r\\n', ())
    >>> decode_bytes(b"caf\\xe9")
    ('café', ('decoded as cp1252 (not valid UTF-8)',))
    """
    warnings: list[str] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            if text.startswith("\ufeff"):
                text = text[1:]
            warnings.append(
                f"removed a leading byte-order mark ({codec}); offsets refer to the text without it"
            )
            return text, tuple(warnings)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        warnings.append("decoded as cp1252 (not valid UTF-8)")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        warnings.append("decoded as latin-1 (not valid UTF-8)")
    return text, tuple(warnings)


def check_has_words(text: str, *, path: str = "") -> None:
    """Raise :class:`IngestError` when ``text`` contains no word at all."""
    if not text.strip():
        raise IngestError("file has only whitespace", path=path or None,
                          hint="remove it or add the article text")
    if _WORD_RE.search(text) is None:
        raise IngestError("file contains no words (only digits, punctuation or symbols)",
                          path=path or None, hint="remove it or add the article text")
