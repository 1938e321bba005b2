"""The contract tables: written as Parquet and CSV, typed, even when empty."""
from __future__ import annotations

import pandas as pd

from pipeline.dataset import COLUMNS, write_tables


def test_every_table_written_even_empty(tmp_path):
    write_tables(tmp_path, {"figures": [{"doc_id": "a", "metric": "models_registered", "value": 583, "page": 3}]})
    for name, cols in COLUMNS.items():
        df = pd.read_parquet(tmp_path / f"{name}.parquet")
        assert list(df.columns[: len(cols)]) == cols
        assert list(pd.read_csv(tmp_path / f"{name}.csv").columns[: len(cols)]) == cols
    figures = pd.read_parquet(tmp_path / "figures.parquet")
    assert figures.loc[0, "value"] == 583.0 and figures["value"].dtype == "float64"
    assert figures.loc[0, "page"] == 3 and str(figures["page"].dtype) == "Int64"
    assert pd.isna(figures.loc[0, "value_max"])
    assert len(pd.read_parquet(tmp_path / "references.parquet")) == 0
