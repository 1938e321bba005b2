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


def test_streaming_writer_appends_row_groups(tmp_path):
    from pipeline.dataset import TableWriter

    with TableWriter(tmp_path, flush_rows=2) as w:
        for i in range(5):
            w.add({"figures": [{"doc_id": f"d{i}", "metric": "models_registered", "value": i, "page": 1,
                                "period_start": None if i % 2 else 2021}]})
    df = pd.read_parquet(tmp_path / "figures.parquet")
    assert df.doc_id.tolist() == ["d0", "d1", "d2", "d3", "d4"]
    assert df.value.tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert str(df.period_start.dtype) == "Int64" and df.period_start.isna().tolist() == [False, True, False, True, False]
    assert pd.read_csv(tmp_path / "figures.csv").doc_id.tolist() == ["d0", "d1", "d2", "d3", "d4"]
    assert w.counts["figures"] == 5 and len(pd.read_parquet(tmp_path / "models.parquet")) == 0
