"""The tables of the dataset contract, and writing them as Parquet + CSV.

Column lists here are the contract (``CONTRACT.md``): columns may be added at
the end, none renamed or dropped. Every table is written even when empty, so
an analyst's ``pd.read_parquet`` never fails on a quiet batch.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id", "source_path", "status", "error", "n_pages", "n_chars", "ocr", "doc_type", "symbol",
        "issue_place", "issue_date", "title", "issuer", "unit_level", "unit_name", "district", "province",
        "province_2025", "period_start", "period_end", "signer", "signer_title", "format",
    ],
    "figures": [
        "doc_id", "metric", "field", "value", "value_max", "unit", "qualifier", "subunit", "level",
        "period_start", "period_end", "page", "source", "char_start", "char_end", "quote", "extractor",
        "subject",
    ],
    "references": [
        "doc_id", "ref_type", "number", "symbol", "issue_date", "issuer", "page", "char_start", "char_end",
        "quote", "source", "extractor",
    ],
    "checks": ["doc_id", "check", "metric", "field", "status", "expected", "observed", "detail"],
    "entities": ["doc_id", "label", "text", "page", "char_start", "char_end", "extractor"],
    "models": ["doc_id", "name", "field", "owner", "year", "page", "quote", "char_start", "char_end", "extractor"],
}

FLOAT = {"value", "value_max", "expected", "observed"}
INT = {"n_pages", "n_chars", "page", "char_start", "char_end", "period_start", "period_end", "year"}
BOOL = {"ocr"}


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with the contract's columns, in order, typed:
    floats for values, nullable integers for counts and offsets, strings else."""
    cols = COLUMNS[table]
    extra = sorted({k for r in rows for k in r} - set(cols))
    df = pd.DataFrame(rows, columns=cols + extra)
    for c in df.columns:
        if c in FLOAT:
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
        elif c in INT:
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        elif c in BOOL:
            df[c] = df[c].fillna(False).astype(bool)
        else:
            df[c] = df[c].astype("string").fillna("")
    return df


def write_tables(outdir: str | Path, tables: dict[str, list[dict]]) -> dict[str, Path]:
    """Write every contract table as ``<name>.parquet`` and ``<name>.csv``."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in COLUMNS:
        df = frame(name, tables.get(name, []))
        df.to_parquet(out / f"{name}.parquet", index=False)
        df.to_csv(out / f"{name}.csv", index=False, encoding="utf-8")
        written[name] = out / f"{name}.parquet"
    return written
