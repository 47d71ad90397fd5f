"""Storage layer: a DuckDB file with recorded schema migrations (never imports spaCy).

>>> from dyad.store import Store
>>> store = Store(":memory:")
>>> store.count("documents")
0
"""

from __future__ import annotations

from dyad.store.db import DEFAULT_DB, Store, open_store, resolve_db_path
from dyad.store.migrations import MIGRATIONS, Migration

__all__ = ["Store", "DEFAULT_DB", "open_store", "resolve_db_path", "MIGRATIONS", "Migration"]
