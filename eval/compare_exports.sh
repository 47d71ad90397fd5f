#!/usr/bin/env bash
# Show that a change leaves extraction untouched: build the dyad.export/1 export of every corpus
# (the Russia-Japan corpus and each of our eval sets) with the code at git revision REV (default
# HEAD) and with the working tree, and compare them byte for byte.
# Usage (from anywhere):  bash eval/compare_exports.sh [REV]
# Exit status 0 when every export is identical, 1 otherwise (the differing files are named and
# their diffs left in out/compare/). Build messages go to out/compare/*.log.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
REV="${1:-HEAD}"
OUT="$ROOT/out/compare"
rm -rf "$OUT"; mkdir -p "$OUT"
WT="$(mktemp -d)"
trap 'git worktree remove --force "$WT" >/dev/null 2>&1 || rm -rf "$WT"' EXIT
git worktree add --detach "$WT" "$REV" >/dev/null 2>&1
declare -A CORPORA=([corpus]="$ROOT/../shared/corpus/russia-japan-2017")
for s in dev2 dev3 heldout blind; do
  if compgen -G "$ROOT/eval/$s/corpus/*" >/dev/null; then CORPORA[$s]="$ROOT/eval/$s/corpus"; fi
done
DYAD='import sys; from dyad.interfaces.cli import main; sys.argv[0] = "dyad"; main()'
export_with() {  # $1 = src dir, $2 = tag, $3 = name, $4 = corpus dir
  local db="$OUT/$2-$3.duckdb"
  PYTHONPATH="$1" "$ROOT/.venv/bin/python" -c "$DYAD" build "$4" --db "$db" --quiet \
    >"$OUT/$2-$3.log" 2>&1
  PYTHONPATH="$1" "$ROOT/.venv/bin/python" -c "$DYAD" export --format json --db "$db" \
    -o "$OUT/$2-$3.json" >>"$OUT/$2-$3.log" 2>&1
}
status=0
for name in "${!CORPORA[@]}"; do
  export_with "$WT/src" before "$name" "${CORPORA[$name]}"
  export_with "$ROOT/src" after "$name" "${CORPORA[$name]}"
  if cmp -s "$OUT/before-$name.json" "$OUT/after-$name.json"; then
    echo "same      $name ($(wc -c <"$OUT/after-$name.json") bytes)"
  else
    echo "DIFFERENT $name: see $OUT/$name.diff"
    diff <(python3 -m json.tool "$OUT/before-$name.json") <(python3 -m json.tool "$OUT/after-$name.json") \
      >"$OUT/$name.diff" || true
    status=1
  fi
done
exit $status
