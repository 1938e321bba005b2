"""Run the whole pipeline over a batch of files.

files -> :func:`pipeline.ingest.ingest` -> every registered extractor ->
:func:`pipeline.normalize.rows_for` -> :func:`pipeline.checks.run_checks`
-> tables. One bad file (or one failing extractor) costs only itself.
"""
from __future__ import annotations

import glob
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline.checks import run_checks
from pipeline.ingest import ingest
from pipeline.normalize import rows_for

SUFFIXES = {".pdf", ".txt", ".docx", ".html", ".htm"}
TABLES = ("documents", "figures", "references", "checks", "entities", "models")


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Files, folders (recursively, known suffixes only) and globs -> sorted,
    de-duplicated file paths. A named file is taken whatever its suffix."""
    found: list[str] = []
    for item in inputs:
        if os.path.isdir(item):
            for root, _, files in os.walk(item):
                found.extend(os.path.join(root, f) for f in files if Path(f).suffix.lower() in SUFFIXES)
        elif os.path.exists(item):
            found.append(item)
        else:
            found.extend(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
    seen, out = set(), []
    for p in sorted(found):
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def process_file(path: str, pdf_engine: str = "pdfium", ocr: bool = True) -> dict[str, list[dict]]:
    """All table rows for one file. Never raises."""
    from extractors import REGISTRY

    doc = ingest(path, pdf_engine=pdf_engine, ocr=ocr)
    mentions = []
    problems = []
    if doc.pages:
        for name, extractor in REGISTRY.items():
            try:
                mentions.extend(extractor(doc))
            except Exception as e:  # an extractor bug must not lose the document
                problems.append(f"extractor {name} failed: {type(e).__name__}: {' '.join(str(e).split())[:120]}")
    if problems:
        doc.status = "partial" if doc.status == "ok" else doc.status
        doc.error = "; ".join(filter(None, [doc.error] + problems))[:400]
    rows = rows_for(doc, mentions)
    rows["checks"] = run_checks(doc.doc_id, rows["figures"])
    return rows


@dataclass
class Summary:
    files: int = 0
    pages: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    partial: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


def run_batch(
    paths: list[str], workers: int = 1, progress: Callable[[int, int, dict], None] | None = None,
    pdf_engine: str = "pdfium", sink: Callable[[dict[str, list[dict]]], None] | None = None, ocr: bool = True,
) -> tuple[dict[str, list[dict]], Summary]:
    """Process ``paths`` (in parallel with ``workers`` > 1) into table rows.

    With a ``sink`` (e.g. ``TableWriter.add``) each document's rows go there
    as soon as it is done and the returned tables stay empty; without one
    they are collected and returned."""
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    summary = Summary()
    start = time.perf_counter()
    for i, rows in enumerate(_results(paths, workers, pdf_engine, ocr), start=1):
        if sink is not None:
            sink(rows)
        else:
            for t in TABLES:
                tables[t].extend(rows.get(t, []))
        d = rows["documents"][0]
        summary.files += 1
        summary.pages += int(d.get("n_pages") or 0) if d["status"] != "failed" else 0
        if d["status"] == "failed":
            summary.failed.append((d["source_path"], d["error"]))
        elif d["status"] == "partial":
            summary.partial.append((d["source_path"], d["error"]))
        if progress:
            progress(i, len(paths), d)
    summary.seconds = time.perf_counter() - start
    return tables, summary


def _results(paths: list[str], workers: int, pdf_engine: str, ocr: bool = True) -> Iterator[dict]:
    work = partial(process_file, pdf_engine=pdf_engine, ocr=ocr)
    if workers <= 1 or len(paths) < 2:
        for p in paths:
            yield work(p)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, paths, chunksize=4)


_STARTED: list[float] = []


def print_progress(i: int, n: int, d: dict) -> None:
    """One line per file on stderr: counter, status, pages, name, and from
    the tenth file on the rate and the time left."""
    if i == 1 or not _STARTED:
        _STARTED[:] = [time.perf_counter()]
    status = d["status"] + (f" ({d['error']})" if d.get("error") else "")
    eta = ""
    elapsed = time.perf_counter() - _STARTED[0]
    if i >= 10 and elapsed > 0:
        rate = i / elapsed
        left = (n - i) / rate
        eta = f" [{rate:.1f} files/s, {int(left // 3600)}h{int(left % 3600 // 60):02d}m{int(left % 60):02d}s left]"
    print(f"[{i}/{n}] {d['source_path']}: {status}, {d.get('n_pages') or 0} pages{eta}", file=sys.stderr, flush=True)
