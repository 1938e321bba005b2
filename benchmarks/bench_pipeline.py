"""Benchmark: pages per second of ingestion and of each extractor.

    python benchmarks/bench_pipeline.py [INPUT...] [--repeat N] [--pdf-engine pdfium|pdfplumber]

Runs every input once to warm up (model loading, caches), then ``--repeat``
times, and prints per-stage seconds and pages per second for one worker.
Speed is measured here, not in the test suite.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", default=[str(ROOT / "corpus")])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pdf-engine", default="pdfium", choices=("pdfium", "pdfplumber"))
    args = ap.parse_args()

    from extractors import REGISTRY
    from pipeline.ingest import ingest
    from pipeline.run import expand_inputs, process_file

    paths = expand_inputs(args.inputs)
    for p in paths:  # warm-up: models, caches, imports
        process_file(p, pdf_engine=args.pdf_engine)
    stages: dict[str, float] = defaultdict(float)
    pages = 0
    for _ in range(args.repeat):
        for p in paths:
            t = time.perf_counter()
            doc = ingest(p, pdf_engine=args.pdf_engine)
            stages["ingest"] += time.perf_counter() - t
            pages += len(doc.pages)
            for name, extractor in REGISTRY.items():
                t = time.perf_counter()
                list(extractor(doc))
                stages[name] += time.perf_counter() - t
    total = sum(stages.values())
    print(f"{len(paths)} files x {args.repeat}, {pages} pages, engine {args.pdf_engine}")
    for name, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {name:14s} {sec:7.2f} s  {pages / sec if sec else float('inf'):9.1f} pages/s")
    print(f"  {'total':14s} {total:7.2f} s  {pages / total:9.1f} pages/s (one worker, warm)")


if __name__ == "__main__":
    main()
