"""Extraction throughput against bare spaCy, and peak memory at two corpus sizes.

Builds a temporary corpus of N copies of the corpus articles (each copy made unique by a
trailing line, so every file has its own sha256), then in the same process measures

(a) bare ``nlp.pipe`` over the same texts with the same pipeline and batch size, and
(b) the full build (ingest + nlp + extract + store into a temporary DuckDB file),

and prints documents/s for both and the ratio bare time / full time (target >= 0.7).
Peak memory (``ru_maxrss``) of a full build is measured in fresh child processes for N
and 4N copies, to show it does not grow with the number of documents.

    python bench/extract.py --copies 4

Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "russia-japan-2017"


def make_corpus(corpus: Path, copies: int, out: Path) -> list[Path]:
    """Write ``copies`` unique copies of every article in ``corpus`` under ``out``."""
    files = []
    for i in range(copies):
        for src in sorted(corpus.glob("*.txt")):
            with open(src, encoding="utf-8", newline="") as fh:
                text = fh.read()
            dst = out / f"c{i:04d}_{src.name}"
            with open(dst, "w", encoding="utf-8", newline="") as fh:
                fh.write(f"{text}\nCopy {i} of {src.name} for the benchmark.\n")
            files.append(dst)
    return files


def bare_seconds(files: list[Path], batch_size: int) -> float:
    from dyad.nlp import get_pipeline

    nlp = get_pipeline()
    texts = []
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            texts.append(fh.read())
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0


def full_seconds(folder: Path, db: Path, batch_size: int) -> tuple[float, object]:
    from dyad.pipeline import build

    t0 = time.perf_counter()
    report = build([folder], db=db, batch_size=batch_size)
    return time.perf_counter() - t0, report


def maxrss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def child_memory(args) -> None:
    """Child process: load the pipeline, note peak memory, build, note peak memory again."""
    from dyad.nlp import get_pipeline

    get_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        make_corpus(args.corpus, args.copies, folder)
        # warm-up: one document through the whole build so lazy imports and caches are loaded
        warm = Path(tmp) / "warm"
        warm.mkdir()
        make_corpus(args.corpus, 1, warm)
        full_seconds(warm, Path(tmp) / "warm.duckdb", args.batch_size)
        before = maxrss_mib()
        seconds, report = full_seconds(folder, Path(tmp) / "bench.duckdb", args.batch_size)
        print(json.dumps({"docs": report.added, "before_mib": before, "peak_mib": maxrss_mib(),
                          "seconds": seconds, "failed": report.failed}))


def memory_at(copies: int, args) -> dict:
    cmd = [sys.executable, __file__, "--child-memory", "--copies", str(copies), "--batch-size",
           str(args.batch_size), "--corpus", str(args.corpus)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=4, help="copies of the corpus (N)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=2, help="timing repeats (the best is kept)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    ap.add_argument("--child-memory", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_memory:
        child_memory(args)
        return 0

    from dyad.nlp import get_pipeline

    get_pipeline()  # loading the pipeline is not part of either measurement
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        files = make_corpus(args.corpus, args.copies, folder)
        n = len(files)
        bare_seconds(files[: min(n, args.batch_size)], args.batch_size)  # warm-up
        bare, full = [], []
        for r in range(args.repeat):
            bare.append(bare_seconds(files, args.batch_size))
            seconds, report = full_seconds(folder, Path(tmp) / f"bench{r}.duckdb", args.batch_size)
            if report.failed or report.added != n:
                print(f"build failed: {report.summary()} {report.failures[:3]}", file=sys.stderr)
                return 1
            full.append(seconds)
    b, f = min(bare), min(full)
    print(f"documents: {n} ({args.copies} copies of {n // args.copies}), batch size {args.batch_size}, "
          f"best of {args.repeat}")
    print(f"bare nlp.pipe : {b:7.2f} s  {n / b:7.1f} docs/s")
    print(f"full build    : {f:7.2f} s  {n / f:7.1f} docs/s  (ingest + nlp + extract + store)")
    print(f"ratio bare/full: {b / f:.2f}  (target >= 0.7)")
    if not args.no_memory:
        runs = [memory_at(copies, args) for copies in (args.copies, 4 * args.copies)]
        for m in runs:
            print(f"peak RSS of a fresh build of {m['docs']:4d} docs: {m['peak_mib']:7.1f} MiB")
        small, large = runs
        per_doc = (large["peak_mib"] - small["peak_mib"]) / max(1, large["docs"] - small["docs"]) * 1024
        print(f"growth: {per_doc:.0f} KiB per extra document "
              f"(a build that held the corpus would grow by about its text plus its parses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
