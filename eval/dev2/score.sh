#!/usr/bin/env bash
# Score dyad on the dev2 development set (Makefile-independent).
# Usage (from anywhere):  bash eval/dev2/score.sh
# Builds a fresh DuckDB from eval/dev2/corpus, exports dyad.export/1 JSON to out/dev2.json
# and scores it against eval/dev2/gold with ../shared/eval/score.py. Extra arguments are
# passed to score.py (e.g. --json out/dev2_scores.json).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mkdir -p out
rm -f out/dev2.duckdb out/dev2.duckdb.wal
.venv/bin/dyad build eval/dev2/corpus --db out/dev2.duckdb --quiet
.venv/bin/dyad export --format json --db out/dev2.duckdb -o out/dev2.json
python3 ../shared/eval/score.py --export out/dev2.json --gold eval/dev2/gold --corpus eval/dev2/corpus "$@"
