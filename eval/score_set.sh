#!/usr/bin/env bash
# Score dyad on one of our evaluation sets (eval/dev2, eval/dev3, eval/heldout, eval/blind).
# Usage (from anywhere):  bash eval/score_set.sh SET [score.py arguments, e.g. --json out/s.json]
# Builds a fresh DuckDB from eval/SET/corpus, exports dyad.export/1 JSON to out/SET.json and
# scores it against eval/SET/gold with ../shared/eval/score.py. Build and export messages quote
# the articles (blind ones too), so they go to out/SET.log, not the terminal.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SET="${1:?usage: eval/score_set.sh SET [score.py args]}"; shift
[ -d "eval/$SET/corpus" ] || { echo "no eval/$SET/corpus: SET is one of dev2 dev3 heldout blind" >&2; exit 2; }
mkdir -p out
rm -f "out/$SET.duckdb" "out/$SET.duckdb.wal"
.venv/bin/dyad build "eval/$SET/corpus" --db "out/$SET.duckdb" --quiet > "out/$SET.log" 2>&1 \
  || { echo "build failed: see out/$SET.log" >&2; exit 1; }
.venv/bin/dyad export --format json --db "out/$SET.duckdb" -o "out/$SET.json" >> "out/$SET.log" 2>&1 \
  || { echo "export failed: see out/$SET.log" >&2; exit 1; }
python3 ../shared/eval/score.py --export "out/$SET.json" --gold "eval/$SET/gold" --corpus "eval/$SET/corpus" "$@"
