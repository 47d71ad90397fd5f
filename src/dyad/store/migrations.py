"""Schema migrations: small functions, each applied once in its own transaction.

A migration is ``(version, name, fn)`` with ``fn(conn)`` running DDL on a DuckDB
connection. Applied migrations are recorded in ``schema_migrations`` (version, name,
applied_at); opening a store applies only the missing ones, in version order. A
migration is never edited once released: change the schema by appending a new one.

JSON values (lists of names, spans) are stored as ``VARCHAR`` holding JSON text so the
store needs no DuckDB extension. A span is stored as two nullable integer columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from dyad.errors import StoreError

__all__ = ["Migration", "MIGRATIONS", "apply_migrations", "applied_migrations"]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    fn: Callable[[object], None]


# Columns every extracted-record table starts with.
_RECORD = """
    doc_id VARCHAR NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
"""
_PROVENANCE = """
    extractor VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL
"""
_MENTION = """
    doc_id VARCHAR NOT NULL,
    owner_seq INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
""" + _PROVENANCE


def _m001_initial(conn) -> None:
    conn.execute(
        """CREATE TABLE documents (
            id VARCHAR PRIMARY KEY,
            source VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            path_key VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            text VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            title VARCHAR,
            authors VARCHAR NOT NULL,
            publisher VARCHAR,
            date VARCHAR,
            date_start INTEGER,
            date_end INTEGER,
            boilerplate VARCHAR NOT NULL,
            language VARCHAR,
            warnings VARCHAR NOT NULL,
            extract_warnings VARCHAR NOT NULL,
            pipeline VARCHAR NOT NULL,
            ingested_at TIMESTAMP NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX documents_path_key ON documents (path_key)")
    conn.execute(
        f"""CREATE TABLE persons ({_RECORD}
            name VARCHAR NOT NULL,
            roles VARCHAR NOT NULL,
            affiliations VARCHAR NOT NULL,
            nationality VARCHAR,
            kind VARCHAR NOT NULL,{_PROVENANCE})"""
    )
    conn.execute(f"CREATE TABLE person_mentions ({_MENTION})")
    conn.execute(
        f"""CREATE TABLE organizations ({_RECORD}
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,{_PROVENANCE})"""
    )
    conn.execute(f"CREATE TABLE org_mentions ({_MENTION})")
    conn.execute(
        f"""CREATE TABLE states ({_RECORD}
            name VARCHAR NOT NULL,
            code VARCHAR,{_PROVENANCE})"""
    )
    conn.execute(f"CREATE TABLE state_mentions ({_MENTION})")
    conn.execute(
        f"""CREATE TABLE statements ({_RECORD}
            speaker VARCHAR NOT NULL,
            kind VARCHAR NOT NULL,
            cue_start INTEGER,
            cue_end INTEGER,
            speaker_start INTEGER,
            speaker_end INTEGER,{_PROVENANCE})"""
    )
    conn.execute(
        f"""CREATE TABLE events ({_RECORD}
            type VARCHAR NOT NULL,
            date VARCHAR,
            date_text VARCHAR,
            date_start INTEGER,
            date_end INTEGER,
            participants VARCHAR NOT NULL,
            place VARCHAR,
            trigger VARCHAR,{_PROVENANCE})"""
    )
    conn.execute(
        f"""CREATE TABLE causal_claims ({_RECORD}
            cause VARCHAR NOT NULL,
            effect VARCHAR NOT NULL,
            polarity VARCHAR NOT NULL,
            modality VARCHAR NOT NULL,
            claimant VARCHAR NOT NULL,
            cause_start INTEGER,
            cause_end INTEGER,
            effect_start INTEGER,
            effect_end INTEGER,
            marker VARCHAR,{_PROVENANCE})"""
    )
    conn.execute(
        f"""CREATE TABLE stances ({_RECORD}
            holder VARCHAR NOT NULL,
            value INTEGER NOT NULL,
            target VARCHAR NOT NULL,
            evidence VARCHAR NOT NULL,{_PROVENANCE})"""
    )
    for table in ("persons", "organizations", "states", "statements", "events",
                  "causal_claims", "stances", "person_mentions", "org_mentions", "state_mentions"):
        conn.execute(f"CREATE INDEX {table}_doc ON {table} (doc_id)")


def _m002_build_log(conn) -> None:
    conn.execute("CREATE SEQUENCE builds_id START 1")
    conn.execute(
        """CREATE TABLE builds (
            id INTEGER PRIMARY KEY DEFAULT nextval('builds_id'),
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP NOT NULL,
            paths VARCHAR NOT NULL,
            packs VARCHAR NOT NULL,
            added INTEGER NOT NULL,
            replaced INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            failures VARCHAR NOT NULL,
            version VARCHAR NOT NULL
        )"""
    )


MIGRATIONS: list[Migration] = [
    Migration(1, "initial schema: documents and extracted records", _m001_initial),
    Migration(2, "build log", _m002_build_log),
]


def applied_migrations(conn) -> list[tuple[int, str, datetime]]:
    """``(version, name, applied_at)`` of every recorded migration, in version order."""
    return conn.execute(
        "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
    ).fetchall()


def apply_migrations(conn, *, path: str = ":memory:", migrations: list[Migration] | None = None) -> list[int]:
    """Apply the migrations not yet recorded; return the versions applied now.

    Each migration runs in its own transaction together with its ``schema_migrations``
    row, so a failing migration leaves the schema at the previous version.

    Raises
    ------
    StoreError
        If a migration fails (the database is left at the last good version).
    """
    migrations = MIGRATIONS if migrations is None else migrations
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for m in sorted(migrations, key=lambda m: m.version):
        if m.version in done:
            continue
        conn.begin()
        try:
            m.fn(conn)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [m.version, m.name, datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            conn.commit()
        except Exception as exc:
            conn.rollback()
            raise StoreError(
                f"schema migration {m.version} ({m.name}) failed: {exc}",
                path=path,
                hint="the database was left at the previous schema version; "
                "upgrade dyad or rebuild into a new --db file",
            ) from exc
        applied.append(m.version)
    return applied
