"""``baocao``: the command line.

    baocao run INPUT... -o OUTDIR [--workers N] [--quiet]
    baocao eval OUTDIR --gold GOLD_DIR [--quiet]   (exit 2: nothing to score)
"""
from __future__ import annotations

import argparse
import os
import sys

from pipeline import __version__


def _run(args: argparse.Namespace) -> int:
    from pipeline.dataset import TableWriter
    from pipeline.run import expand_inputs, print_progress, run_batch

    paths = expand_inputs(args.inputs)
    if not paths:
        print(f"baocao: no input files found in {' '.join(args.inputs)}", file=sys.stderr)
        return 2
    workers = args.workers or 1
    try:
        writer = TableWriter(args.output)
        _, s = run_batch(paths, workers=workers, progress=None if args.quiet else print_progress,
                         pdf_engine=args.pdf_engine, sink=writer.add, ocr=not args.no_ocr)
        written = writer.close()
    except OSError as e:
        print(f"baocao: cannot write tables to {args.output}: {e.strerror or e}", file=sys.stderr)
        return 3
    ok = s.files - len(s.failed)
    rate = f", {s.pages / s.seconds:.1f} pages/s" if s.seconds > 0 and s.pages else ""
    print(f"read {s.files} files ({ok} ok or partial, {len(s.failed)} failed), {s.pages} pages in {s.seconds:.1f} s{rate}")
    for path, err in s.failed:
        print(f"  failed  {path}: {err}")
    for path, err in s.partial:
        print(f"  partial {path}: {err}")
    counts = ", ".join(f"{writer.counts[t]} {t}" for t in written)
    print(f"tables ({counts}) written to {os.path.abspath(args.output)} as Parquet and CSV")
    return 0 if ok else 1


def _eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import EvaluationError, evaluate, format_report

    try:
        report = evaluate(args.outdir, args.gold)
    except EvaluationError as e:
        print(f"baocao eval: {e}", file=sys.stderr)
        return 2
    print(format_report(report, verbose=not args.quiet))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="baocao", description="Mine Vietnamese administrative reports into tidy tables.")
    parser.add_argument("--version", action="version", version=f"baocao {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="read files, folders or globs and write the dataset tables")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="PDF, DOCX or TXT files, folders (recursive) or globs")
    run.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the Parquet and CSV tables")
    run.add_argument("-w", "--workers", type=int, default=1, help="parallel worker processes (default 1)")
    run.add_argument("-q", "--quiet", action="store_true", help="no per-file progress lines")
    run.add_argument("--no-ocr", action="store_true",
                     help="do not OCR pages without a text layer (they are reported instead)")
    run.add_argument("--pdf-engine", choices=("pdfium", "pdfplumber"), default="pdfium",
                     help="pdfium (fast; pdfplumber for pages with ruled tables) or pdfplumber for every page")
    run.set_defaults(func=_run)
    ev = sub.add_parser("eval", help="score a run's tables against gold annotations")
    ev.add_argument("outdir", help="folder a 'baocao run' wrote")
    ev.add_argument("--gold", required=True, help="folder of gold JSON files (one per document, by file stem)")
    ev.add_argument("-q", "--quiet", action="store_true", help="totals only")
    ev.set_defaults(func=_eval)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
