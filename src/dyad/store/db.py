"""The :class:`Store`: one DuckDB database holding documents and their extracted records.

The store never imports spaCy. It is opened by path (``:memory:`` works); the default
is ``$DYAD_DB`` or ``./dyad.duckdb``. Every document is saved in one transaction: a
changed file (same path, new content) replaces its old document and all of its
records atomically, and a failure leaves what was stored before untouched.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from dyad.errors import StoreError
from dyad.records import Document, Extraction
from dyad.store import migrations as _migrations
from dyad.store import reader, writer

__all__ = ["Store", "DEFAULT_DB", "resolve_db_path", "open_store"]

DEFAULT_DB = "dyad.duckdb"
DEFAULT_MEMORY_LIMIT = "512MB"  # override with $DYAD_DB_MEMORY
_FIX_LOCKED = "another process holds it open (a running `dyad build`?); wait for it or pass another --db"
_FIX_NOT_DUCKDB = "the file is not a dyad database; pass another --db path or move the file away"


def resolve_db_path(path: str | os.PathLike | None = None) -> str:
    """``path`` if given, else ``$DYAD_DB``, else ``./dyad.duckdb``."""
    if path is not None and str(path) != "":
        return str(path)
    return os.environ.get("DYAD_DB") or DEFAULT_DB


def _connect(path: str, *, read_only: bool):
    import duckdb

    # DuckDB caches database pages up to its memory limit (default 80% of RAM); a fixed
    # limit keeps a long build's memory flat (DuckDB spills to disk beyond it).
    config = {"memory_limit": os.environ.get("DYAD_DB_MEMORY", DEFAULT_MEMORY_LIMIT)}
    try:
        return duckdb.connect(path, read_only=read_only, config=config)
    except duckdb.Error as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError("database is locked", path=path, hint=_FIX_LOCKED) from None
        if "not a valid duckdb" in msg.lower() or "database file" in msg.lower():
            raise StoreError("not a DuckDB database file", path=path, hint=_FIX_NOT_DUCKDB) from None
        if "memory must" in msg.lower():
            raise StoreError(f"bad DYAD_DB_MEMORY value: {msg.splitlines()[0]}", path=path,
                             hint="set DYAD_DB_MEMORY to a size like 512MB or unset it") from None
        raise StoreError(f"cannot open database: {msg.splitlines()[0]}", path=path,
                         hint="check the --db path and its permissions") from None


class Store:
    """A DuckDB-backed store of documents and extracted records.

    Parameters
    ----------
    path : str or PathLike, optional
        Database file; ``":memory:"`` for a throw-away store. Defaults to ``$DYAD_DB``
        or ``./dyad.duckdb``.
    create : bool
        When false, a missing database file is an error (for read-only commands).
    read_only : bool
        Open the file read-only (several readers may share it).

    Examples
    --------
    >>> with Store(":memory:") as store:
    ...     store.schema_version()
    2
    """

    def __init__(self, path: str | os.PathLike | None = None, *, create: bool = True, read_only: bool = False):
        self.path = resolve_db_path(path)
        memory = self.path == ":memory:"
        if not memory and not create and not Path(self.path).is_file():
            raise StoreError("no database here", path=self.path,
                             hint=f"build one first: dyad build PATH --db {self.path}")
        if not memory and Path(self.path).parent != Path("") and not Path(self.path).parent.is_dir():
            raise StoreError("the folder of the database does not exist", path=self.path,
                             hint="create the folder or pass another --db path")
        self._conn = _connect(self.path, read_only=read_only and not memory)
        try:
            if read_only and not memory:
                self._check_schema()
            else:
                _migrations.apply_migrations(self._conn, path=self.path, migrations=_migrations.MIGRATIONS)
        except BaseException:
            self._conn.close()
            raise

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    @property
    def conn(self):
        if self._conn is None:
            raise StoreError("the store is closed", path=self.path, hint="open a new Store")
        return self._conn

    def _check_schema(self) -> None:
        import duckdb

        try:
            versions = {v for v, _, _ in _migrations.applied_migrations(self.conn)}
        except duckdb.Error:
            raise StoreError("not a dyad database (no schema_migrations table)", path=self.path,
                             hint=_FIX_NOT_DUCKDB) from None
        missing = {m.version for m in _migrations.MIGRATIONS} - versions
        if missing:
            raise StoreError("database schema is out of date", path=self.path,
                             hint="open it once for writing (e.g. run `dyad build` on it) to migrate")

    # ------------------------------------------------------------------ schema
    def migrations(self) -> list[tuple[int, str, datetime]]:
        """Applied migrations as ``(version, name, applied_at)``."""
        return _migrations.applied_migrations(self.conn)

    def schema_version(self) -> int:
        rows = self.migrations()
        return rows[-1][0] if rows else 0

    # ------------------------------------------------------------------ writing
    def has_document(self, path: str | os.PathLike, sha256: str, pipeline: str | None = None) -> bool:
        """Whether the file at ``path`` is stored with exactly this content hash.

        With ``pipeline`` (see :meth:`save`), also require that the stored records were
        made by that pipeline, so that changed extractors rebuild unchanged files.
        """
        sql = "SELECT 1 FROM documents WHERE path_key = ? AND sha256 = ?"
        params = [writer.path_key(str(path)), sha256]
        if pipeline is not None:
            sql += " AND pipeline = ?"
            params.append(pipeline)
        return self.conn.execute(sql + " LIMIT 1", params).fetchone() is not None

    def stored_sha256(self, path: str | os.PathLike) -> str | None:
        """The content hash stored for the file at ``path``, or ``None`` if it is not stored."""
        row = self.conn.execute("SELECT sha256 FROM documents WHERE path_key = ? LIMIT 1",
                                [writer.path_key(str(path))]).fetchone()
        return row[0] if row else None

    def content_path(self, sha256: str, pipeline: str | None = None) -> str | None:
        """The path of a stored document with this content hash (any path), or ``None``."""
        sql = "SELECT path FROM documents WHERE sha256 = ?"
        params = [sha256]
        if pipeline is not None:
            sql += " AND pipeline = ?"
            params.append(pipeline)
        row = self.conn.execute(sql + " ORDER BY path LIMIT 1", params).fetchone()
        return row[0] if row else None

    def save(self, extraction: Extraction, *, pipeline: str = "") -> str:
        """Store one document and its records in one transaction.

        A stored document with the same path or the same id is replaced, with all its
        records. ``pipeline`` is a fingerprint of what produced the records (stored with
        the document). Returns ``"added"`` or ``"replaced"``.

        Raises
        ------
        StoreError
            If the write fails; the transaction is rolled back and the store keeps
            what it held before.
        """
        doc = extraction.document
        conn = self.conn
        try:
            rows = writer.extraction_rows(extraction, pipeline)
        except (ValueError, TypeError) as exc:
            raise StoreError(f"cannot store {doc.source}: {exc}", path=self.path,
                             hint="this is a bug in an extractor; report it with the file") from exc
        conn.begin()
        try:
            old = [r[0] for r in conn.execute(
                "SELECT id FROM documents WHERE path_key = ? OR id = ?", [writer.path_key(doc.path), doc.id]
            ).fetchall()]
            writer.delete_documents(conn, old)
            for table, table_rows in rows.items():
                writer.insert_rows(conn, table, table_rows)
            conn.commit()
        except Exception as exc:
            try:
                conn.rollback()
            except Exception:  # pragma: no cover - connection already broken
                pass
            raise StoreError(f"cannot store {doc.source} ({type(exc).__name__}: {exc}); nothing was changed",
                             path=self.path, hint="check disk space and that no other process writes the --db") from exc
        return "replaced" if old else "added"

    def delete_document(self, doc_id: str) -> bool:
        """Delete one document and its records; return whether it existed."""
        conn = self.conn
        conn.begin()
        try:
            found = conn.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None
            writer.delete_documents(conn, [doc_id])
            conn.commit()
        except Exception as exc:
            conn.rollback()
            raise StoreError(f"cannot delete {doc_id}: {exc}", path=self.path,
                             hint="check that no other process writes the --db") from exc
        return found

    def log_build(self, *, started_at: datetime, paths: Sequence[str], packs: Sequence[str], added: int,
                  replaced: int, unchanged: int, failed: int, failures: Sequence[str]) -> None:
        """Record one build run in the ``builds`` table."""
        from dyad import __version__

        self.conn.execute(
            "INSERT INTO builds (started_at, finished_at, paths, packs, added, replaced, unchanged, failed,"
            " failures, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [started_at, datetime.now(timezone.utc).replace(tzinfo=None), json.dumps(list(paths)),
             json.dumps(list(packs)), added, replaced, unchanged, failed, json.dumps(list(failures)),
             __version__],
        )

    # ------------------------------------------------------------------ reading
    def builds(self) -> list[dict]:
        """The build log, oldest first."""
        cur = self.conn.execute("SELECT * FROM builds ORDER BY id")
        names = [d[0] for d in cur.description]
        out = []
        for row in cur.fetchall():
            r = dict(zip(names, row))
            for key in ("paths", "packs", "failures"):
                r[key] = json.loads(r[key])
            out.append(r)
        return out

    def count(self, kind: str = "documents") -> int:
        if kind not in writer.TABLES:
            raise KeyError(f"unknown table {kind!r}")
        return self.conn.execute(f"SELECT count(*) FROM {kind}").fetchone()[0]

    def documents(self) -> list[Document]:
        """Every stored document, ordered by source file name."""
        return [d for d, _ in reader.read_documents(self.conn)]

    def iter_documents(self) -> Iterator[Document]:
        for d, _ in reader.read_documents(self.conn):
            yield d

    def document(self, ref: str) -> Document | None:
        """A document by id, by source file name, or by a unique prefix of either."""
        for where, params in (("WHERE id = ?", [ref]), ("WHERE source = ?", [ref]),
                              ("WHERE starts_with(id, ?) OR starts_with(source, ?)", [ref, ref])):
            found = [d for d, _ in reader.read_documents(self.conn, where, params)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(d.source for d in found[:5])
                raise StoreError(f"{ref!r} matches several documents ({names})", path=self.path,
                                 hint="give the full document id or file name")
        return None

    def extraction(self, doc_id: str) -> Extraction | None:
        """The stored :class:`Extraction` of one document (``None`` if not stored)."""
        return reader.read_extraction(self.conn, doc_id)

    def extractions(self) -> Iterator[Extraction]:
        """Every stored extraction, one document at a time."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY source, id").fetchall()]
        for doc_id in ids:
            ex = self.extraction(doc_id)
            if ex is not None:
                yield ex

    def records(self, kind: str, doc_id: str | None = None) -> list:
        """Every record of ``kind`` ("persons", "statements", ...), optionally of one document."""
        return reader.read_records(self.conn, kind, doc_id)

    def persons(self, doc_id: str | None = None):
        return self.records("persons", doc_id)

    def organizations(self, doc_id: str | None = None):
        return self.records("organizations", doc_id)

    def states(self, doc_id: str | None = None):
        return self.records("states", doc_id)

    def statements(self, doc_id: str | None = None):
        return self.records("statements", doc_id)

    def events(self, doc_id: str | None = None):
        return self.records("events", doc_id)

    def causal_claims(self, doc_id: str | None = None):
        return self.records("causal_claims", doc_id)

    def stances(self, doc_id: str | None = None):
        return self.records("stances", doc_id)


def open_store(db: str | os.PathLike | Store | None = None, **kwargs) -> Store:
    """A :class:`Store` for ``db`` (a path, ``None`` for ``$DYAD_DB``/``./dyad.duckdb``, or a store)."""
    return db if isinstance(db, Store) else Store(db, **kwargs)
