"""Shared fixtures. The corpus is read from ../shared, never copied into the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "russia-japan-2017"
GOLD = SHARED / "eval" / "dev-gold"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (clone with ../shared beside the repo)")
    return CORPUS


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, built once per test session."""
    from dyad.nlp import get_pipeline

    return get_pipeline()
