"""The tables of the dataset contract, and writing them as Parquet + CSV.

Column lists here are the contract (``CONTRACT.md``): columns may be added at
the end, none renamed or dropped. Every table is written even when empty, so
an analyst's ``pd.read_parquet`` never fails on a quiet batch.

:class:`TableWriter` streams: rows are written in row groups as documents
finish, so a batch of hundreds of thousands of files never holds its tables
in memory, and what was written survives an interrupted run.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id", "source_path", "status", "error", "n_pages", "n_chars", "ocr", "doc_type", "symbol",
        "issue_place", "issue_date", "title", "issuer", "unit_level", "unit_name", "district", "province",
        "province_2025", "period_start", "period_end", "signer", "signer_title", "format",
    ],
    "figures": [
        "doc_id", "metric", "field", "value", "value_max", "unit", "qualifier", "subunit", "level",
        "period_start", "period_end", "page", "source", "char_start", "char_end", "quote", "extractor",
        "subject", "sentence", "confidence",
    ],
    "references": [
        "doc_id", "ref_type", "number", "symbol", "issue_date", "issuer", "page", "char_start", "char_end",
        "quote", "source", "extractor",
    ],
    "checks": ["doc_id", "check", "metric", "field", "status", "expected", "observed", "detail"],
    "entities": ["doc_id", "label", "text", "page", "char_start", "char_end", "extractor", "quote", "source"],
    "models": ["doc_id", "name", "field", "owner", "year", "page", "quote", "char_start", "char_end", "extractor", "source"],
}

FLOAT = {"value", "value_max", "expected", "observed", "confidence"}
INT = {"n_pages", "n_chars", "page", "char_start", "char_end", "period_start", "period_end", "year"}
BOOL = {"ocr"}


def schema(table: str) -> pa.Schema:
    """The Arrow schema of a table: floats for values, nullable integers for
    counts, offsets and years, booleans for flags, strings for the rest. It
    carries pandas' metadata, so ``pd.read_parquet`` gives back ``Int64``
    columns (not floats) where some values are missing."""
    return pa.Schema.from_pandas(frame(table, []), preserve_index=False)


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the table's columns, typed."""
    df = pd.DataFrame(rows, columns=COLUMNS[table])
    for c in df.columns:
        if c in FLOAT:
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
        elif c in INT:
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        elif c in BOOL:
            df[c] = df[c].astype("boolean").fillna(False).astype(bool)
        else:
            df[c] = df[c].astype("string").fillna("")
    return df


class TableWriter:
    """Write every contract table to ``outdir`` as ``<name>.parquet`` and
    ``<name>.csv``, a batch of rows at a time."""

    def __init__(self, outdir: str | Path, flush_rows: int = 5000):
        self.out = Path(outdir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.flush_rows = flush_rows
        self.counts = {t: 0 for t in COLUMNS}
        self._buffers: dict[str, list[dict]] = {t: [] for t in COLUMNS}
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._csv_started: set[str] = set()

    def add(self, tables: dict[str, list[dict]]) -> None:
        for name, rows in tables.items():
            if name not in COLUMNS or not rows:
                continue
            self._buffers[name].extend(rows)
            self.counts[name] += len(rows)
            if len(self._buffers[name]) >= self.flush_rows:
                self._flush(name)

    def _flush(self, name: str) -> None:
        df = frame(name, self._buffers[name])
        self._buffers[name] = []
        if name not in self._parquet:
            self._parquet[name] = pq.ParquetWriter(self.out / f"{name}.parquet", schema(name))
        self._parquet[name].write_table(pa.Table.from_pandas(df, schema=schema(name), preserve_index=False))
        first = name not in self._csv_started
        df.to_csv(self.out / f"{name}.csv", mode="w" if first else "a", header=first, index=False, encoding="utf-8")
        self._csv_started.add(name)

    def close(self) -> dict[str, Path]:
        """Flush what is buffered; write empty tables for tables with no rows."""
        for name in COLUMNS:
            if self._buffers[name] or name not in self._parquet:
                self._flush(name)
            self._parquet[name].close()
        return {name: self.out / f"{name}.parquet" for name in COLUMNS}

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_tables(outdir: str | Path, tables: dict[str, list[dict]]) -> dict[str, Path]:
    """Write every contract table at once (all rows in memory)."""
    with TableWriter(outdir) as writer:
        writer.add(tables)
    return {name: Path(outdir) / f"{name}.parquet" for name in COLUMNS}
