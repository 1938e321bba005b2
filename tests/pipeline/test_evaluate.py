"""pipeline.evaluate and ``baocao eval``: scoring a run's tables against gold files."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.evaluate import evaluate, format_report

STEM = "hoaian_huyenuy_2024"


def write_run(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    pd.DataFrame([
        {"doc_id": "a1", "source_path": f"in/{STEM}.pdf", "doc_type": "bao_cao", "symbol": "145-BC/HU",
         "issue_date": "2024-08-12", "period_start": "2021", "province": "Bình Định"},
        {"doc_id": "b2", "source_path": "in/khong_co_gold.txt", "doc_type": "bao_cao", "symbol": "",
         "issue_date": "", "period_start": "", "province": ""},
    ]).to_csv(out / "documents.csv", index=False)
    pd.DataFrame([
        {"doc_id": "a1", "metric": "models_registered", "field": "", "value": "214", "subunit": ""},
        {"doc_id": "a1", "metric": "models_registered", "field": "kinh_te", "value": "80.0", "subunit": ""},
        {"doc_id": "a1", "metric": "models_registered", "field": "kinh_te", "value": "80", "subunit": ""},  # same fact twice
        {"doc_id": "a1", "metric": "models_commended", "field": "", "value": "36", "subunit": ""},
        {"doc_id": "a1", "metric": "money", "field": "", "value": "5", "subunit": ""},  # not a model count
        {"doc_id": "a1", "metric": "models_registered", "field": "kinh_te", "value": "5", "subunit": "Xã Ân Hảo"},
        {"doc_id": "a1", "metric": "models_registered", "field": "total", "value": "9", "subunit": "Xã Ân Hảo"},
        {"doc_id": "b2", "metric": "models_registered", "field": "", "value": "1", "subunit": ""},  # no gold file
    ]).to_csv(out / "figures.csv", index=False)
    pd.DataFrame([
        {"doc_id": "a1", "symbol": "349-KH/TU", "issue_date": "2025-04-09"},
        {"doc_id": "a1", "symbol": "12 /kh-ubnd", "issue_date": ""},
    ]).to_csv(out / "references.csv", index=False)
    pd.DataFrame([{"doc_id": "a1", "check": "fields_sum_to_total", "status": "fail"}]).to_csv(out / "checks.csv", index=False)
    return out


def write_gold(gold: Path, with_unseen: bool = True) -> Path:
    gold.mkdir(parents=True, exist_ok=True)
    (gold / f"{STEM}.json").write_text(json.dumps({
        "document": {"doc_type": "bao_cao", "symbol": "145-bc/hu", "issue_date": "2024-08-12",
                     "period_start": 2021, "province": "Quảng Nam"},
        "model_counts": [
            {"metric": "models_registered", "field": "total", "value": 214},
            {"metric": "models_registered", "field": "kinh_te", "value": 80},
            {"metric": "models_recognized", "value": 50},
        ],
        "references": [
            {"symbol": "349-KH/TU", "issue_date": "2025-04-09"},
            {"symbol": "12/KH-UBND", "issue_date": None},
            {"symbol": "7-CT/TU", "issue_date": "2021-01-01"},
        ],
        "consistency": [
            {"check": "fields_sum_to_total", "status": "fail"},
            {"check": "conflicting_values", "status": "fail"},
            {"check": "collective_plus_individual", "status": "pass"},
        ],
        "table_cells": [
            {"subunit": "xã ân hảo", "field": "kinh_te", "value": 5},
            {"subunit": "Xã Ân Hảo", "field": "van_hoa_xa_hoi", "value": 3},
        ],
    }, ensure_ascii=False), encoding="utf-8")
    if with_unseen:
        (gold / "chua_chay.json").write_text(json.dumps({
            "document": {"doc_type": "ke_hoach"},
            "model_counts": [{"metric": "models_registered", "value": 1}, {"metric": "models_registered", "value": 2}],
            "references": [{"symbol": "1-KH/TU"}],
        }), encoding="utf-8")
    return gold


@pytest.fixture
def report(tmp_path):
    return evaluate(write_run(tmp_path / "out"), write_gold(tmp_path / "gold"))


def test_model_counts_per_document(report):
    tp, fp, fn, missing, extra = report["docs"][STEM]["model_counts"]
    assert (tp, fp, fn) == (2, 1, 1)
    assert missing == [("models_recognized", "total", 50.0)]
    assert extra == [("models_commended", "total", 36.0)]


def test_references_ignore_case_and_spaces(report):
    tp, fp, fn, missing, extra = report["docs"][STEM]["references"]
    assert (tp, fp, fn) == (2, 0, 1)
    assert missing == [("7-CT/TU", "2021-01-01")] and extra == []


def test_table_cells(report):
    tp, fp, fn, missing, extra = report["docs"][STEM]["table_cells"]
    assert (tp, fp, fn) == (1, 1, 1)
    assert missing == [("xã ân hảo", "van_hoa_xa_hoi", 3.0)]
    assert extra == [("xã ân hảo", "total", 9.0)]


def test_document_fields(report):
    fields = report["docs"][STEM]["document"]
    assert fields["province"] == ("Quảng Nam", "Bình Định", False)
    assert fields["symbol"][2] and fields["period_start"][2] and fields["issue_date"][2] and fields["doc_type"][2]


def test_conflicts(report):
    assert report["docs"][STEM]["conflicts"] == (1, 2)
    assert report["summary"]["conflicts"] == (1, 2)


def test_unseen_gold_counts_as_misses(report):
    assert report["unseen"] == ["chua_chay"]
    s = report["summary"]
    # model counts: tp 2, fp 1, fn 1 + 2 unseen
    assert s["model_counts"] == pytest.approx((2 / 3, 2 / 5, 0.5))
    # references: tp 2, fp 0, fn 1 + 1 unseen
    assert s["references"] == pytest.approx((1.0, 0.5, 2 / 3))
    assert s["table_cells"] == pytest.approx((0.5, 0.5, 0.5))
    assert s["document_fields"] == pytest.approx(4 / 6)
    assert s["docs"] == (1, 2)


def test_perfect_run_scores_one(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    pd.DataFrame([{"doc_id": "x", "source_path": "a/kh_2024.docx", "doc_type": "ke_hoach"}]).to_csv(out / "documents.csv", index=False)
    pd.DataFrame([{"doc_id": "x", "metric": "models_target", "field": "", "value": "30", "subunit": ""}]).to_csv(out / "figures.csv", index=False)
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "kh_2024.json").write_text(json.dumps({
        "document": {"doc_type": "ke_hoach"}, "model_counts": [{"metric": "models_target", "field": "total", "value": 30}]}))
    s = evaluate(out, gold)["summary"]
    assert s["model_counts"] == (1.0, 1.0, 1.0)
    assert s["references"] == (1.0, 1.0, 1.0)  # nothing expected, nothing found
    assert s["document_fields"] == 1.0
    assert s["table_cells"] == (1.0, 1.0, 1.0)  # no cells in any gold: nothing counted


def test_appendix_file_beside_gold_folder(tmp_path):
    out = write_run(tmp_path / "out")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{STEM}.json").write_text(json.dumps({"model_counts": []}))
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / f"appendix_{STEM[:3]}.json").write_text(json.dumps({"rows": [
        {"don_vi": "Xã Ân Hảo", "kinh_te": 5, "tong": 9, "xay_dung_htct": 2}]}, ensure_ascii=False), encoding="utf-8")
    tp, fp, fn, missing, extra = evaluate(out, gold)["docs"][STEM]["table_cells"]
    assert (tp, fp, fn) == (2, 0, 1)
    assert missing == [("xã ân hảo", "xay_dung_he_thong_chinh_tri", 2.0)]


def test_empty_run_is_an_error(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(SystemExit, match="no rows"):
        evaluate(tmp_path / "out", write_gold(tmp_path / "gold"))


def test_format_report_lines(report):
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0] == f"{STEM}: model_counts tp=2 fp=1 fn=1  references tp=2 fp=0 fn=1"
    assert "   missing figure ('models_recognized', 'total', 50.0)" in lines
    assert "   extra figure   ('models_commended', 'total', 36.0)" in lines
    assert "   missing ref    ('7-CT/TU', '2021-01-01')" in lines
    assert "   missing cell   ('xã ân hảo', 'van_hoa_xa_hoi', 3.0)" in lines
    assert "   extra cell     ('xã ân hảo', 'total', 9.0)" in lines
    assert "   document.province: want 'Quảng Nam' got 'Bình Định'" in lines
    assert "chua_chay: not in the run's documents.csv" in lines
    assert lines[-1] == TOTALS


TOTALS = ("model_counts F1=0.500 (P=0.667 R=0.400)  references F1=0.667  document fields=0.667  "
          "table cells F1=0.500  conflicts flagged=1/2  gold docs=1/2")


def test_cli_eval_prints_totals(tmp_path, capsys):
    out, gold = write_run(tmp_path / "out"), write_gold(tmp_path / "gold")
    assert main(["eval", str(out), "--gold", str(gold)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[-1] == TOTALS
    assert f"{STEM}: model_counts tp=2 fp=1 fn=1  references tp=2 fp=0 fn=1" in printed


def test_cli_eval_quiet_prints_only_totals(tmp_path, capsys):
    out, gold = write_run(tmp_path / "out"), write_gold(tmp_path / "gold")
    assert main(["eval", str(out), "--gold", str(gold), "-q"]) == 0
    assert capsys.readouterr().out.splitlines() == [TOTALS]
