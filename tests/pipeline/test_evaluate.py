"""pipeline.evaluate and ``baocao eval``: scoring a run's tables against gold files.

Runs are hand-made output folders (CSV files written here) and hand-made
gold; where the shared evaluation set is beside the checkout, the summary is
also compared with its reference scorer's last line.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.evaluate import EvaluationError, evaluate, format_report, summary_line
from tests.conftest import ROOT

STEM = "hoaian_huyenuy_2024"
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def write_tables(out: Path, documents: list[dict], figures: list[dict] = (), **tables: list[dict]) -> Path:
    """An output folder as ``baocao run`` writes it, CSV only."""
    out.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(documents, columns=list(documents[0]) if documents else ["doc_id", "source_path"]).to_csv(
        out / "documents.csv", index=False)
    cols = ["doc_id", "metric", "field", "value", "subunit", "level", "period_start", "period_end"]
    pd.DataFrame([{c: f.get(c, "") for c in cols} for f in figures], columns=cols).to_csv(out / "figures.csv", index=False)
    for name, rows in tables.items():
        pd.DataFrame(rows).to_csv(out / f"{name}.csv", index=False)
    return out


def write_gold(gold: Path, **files: dict) -> Path:
    gold.mkdir(parents=True, exist_ok=True)
    for stem, content in files.items():
        (gold / f"{stem}.json").write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return gold


def fig(metric: str, value, field: str = "", doc_id: str = "a1", **more) -> dict:
    return {"doc_id": doc_id, "metric": metric, "field": field, "value": str(value), **more}


def one_doc(tmp_path: Path, figures: list[dict], gold: dict, **row) -> dict:
    """Score one document ``a1`` (stem STEM) with ``figures`` against ``gold``."""
    out = write_tables(tmp_path / "out", [{"doc_id": "a1", "source_path": f"in/{STEM}.pdf", **row}], figures)
    return evaluate(out, write_gold(tmp_path / "gold", **{STEM: gold}))


# --- the sample run: every kind of fact, one document without gold, one gold without a document

def write_run(out: Path) -> Path:
    return write_tables(out, [
        {"doc_id": "a1", "source_path": f"in/{STEM}.pdf", "doc_type": "bao_cao", "symbol": "145-BC/HU",
         "issue_date": "2024-08-12", "period_start": "2021", "province": "Bình Định"},
        {"doc_id": "b2", "source_path": "in/khong_co_gold.txt", "doc_type": "bao_cao", "symbol": "",
         "issue_date": "", "period_start": "", "province": ""},
    ], [
        fig("models_registered", 214),
        fig("models_registered", "80.0", "kinh_te"),
        fig("models_registered", 80, "kinh_te"),  # same fact twice
        fig("models_commended", 36),
        fig("money", 5),  # not a model count
        fig("models_registered", 5, "kinh_te", subunit="Xã Ân Hảo"),
        fig("models_registered", 9, "total", subunit="Xã Ân Hảo"),
        fig("models_registered", 1, doc_id="b2"),  # no gold file
    ], references=[
        {"doc_id": "a1", "symbol": "349-KH/TU", "issue_date": "2025-04-09"},
        {"doc_id": "a1", "symbol": "12 /kh-ubnd", "issue_date": ""},
    ], checks=[
        {"doc_id": "a1", "check": "fields_sum_to_total", "status": "FAIL", "detail": ""},
        {"doc_id": "a1", "check": "collective_plus_individual", "status": "fail", "detail": "30 + 7 != 36"},
        {"doc_id": "b2", "check": "conflicting_values", "status": "fail", "detail": "no gold: not counted"},
    ])


SAMPLE_GOLD = {
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
}
UNSEEN_GOLD = {
    "document": {"doc_type": "ke_hoach"},
    "model_counts": [{"metric": "models_registered", "value": 1},
                     {"metric": "models_registered", "value": 2, "alternatives": [{"metric": "other", "value": 2}]}],
    "references": [{"symbol": "1-KH/TU"}],
}
CELLS = [{"subunit": "xã ân hảo", "field": "kinh_te", "value": 5}, {"subunit": "Xã Ân Hảo", "field": "van_hoa_xa_hoi", "value": 3}]


@pytest.fixture
def report(tmp_path):
    gold = write_gold(tmp_path / "gold", **{STEM: {**SAMPLE_GOLD, "table_cells": CELLS}, "chua_chay": UNSEEN_GOLD})
    return evaluate(write_run(tmp_path / "out"), gold)


def test_model_counts_per_document(report):
    mc = report["docs"][STEM]["model_counts"]
    assert (mc.tp, mc.fp, mc.fn) == (2, 1, 1)
    assert mc.missing == [("models_recognized", "total", 50.0)]
    assert mc.extra == [("models_commended", "total", 36.0)]


def test_references_ignore_case_and_spaces(report):
    rf = report["docs"][STEM]["references"]
    assert (rf.tp, rf.fp, rf.fn) == (2, 0, 1)
    assert rf.missing == [("7-CT/TU", "2021-01-01")] and rf.extra == []


def test_subunit_rows_are_table_cells_not_model_counts(report):
    tc = report["docs"][STEM]["table_cells"]
    assert (tc.tp, tc.fp, tc.fn) == (1, 1, 1)
    assert tc.missing == [("xã ân hảo", "van_hoa_xa_hoi", 3.0)]
    assert tc.extra == [("xã ân hảo", "total", 9.0)]


def test_document_fields(report):
    fields = report["docs"][STEM]["document"]
    assert fields["province"] == ("Quảng Nam", "Bình Định", False)
    assert all(fields[k][2] for k in ("symbol", "period_start", "issue_date", "doc_type"))


def test_conflicts_and_unexpected_failed_checks(report):
    d = report["docs"][STEM]
    assert d["conflicts"] == (1, 2)  # "FAIL" counts as failed; conflicting_values not flagged
    assert d["false_alarms"] == ["30 + 7 != 36"]
    assert report["summary"]["conflicts"] == (1, 2)
    assert report["summary"]["alarms"] == (2, 1)  # b2's failed check has no gold: not counted


def test_unseen_gold_counts_as_misses(report):
    assert report["unseen"] == ["chua_chay"]
    s = report["summary"]
    # model counts: tp 2, fp 1, fn 1 + 2 unseen (a non-model alternative excuses nothing in an unseen document)
    assert s["model_counts"] == pytest.approx((2 / 3, 2 / 5, 0.5))
    assert s["model_counts"].f1 == pytest.approx(0.5)
    # references: tp 2, fp 0, fn 1 + 1 unseen
    assert s["references"] == pytest.approx((1.0, 0.5, 2 / 3))
    assert s["table_cells"] == pytest.approx((0.5, 0.5, 0.5))
    assert s["document_fields"] == pytest.approx(4 / 6)
    assert s["docs"] == (1, 2)


TOTALS = ("model_counts F1=0.500 (P=0.667 R=0.400)  references F1=0.667  document fields=0.667  "
          "table cells F1=0.500  conflicts flagged=1/2  scope=0/0  gold docs=1/2")


def test_format_report_lines(report):
    lines = format_report(report).splitlines()
    assert lines[0] == f"{STEM}: model_counts tp=2 fp=1 fn=1  references tp=2 fp=0 fn=1"
    for line in ["   missing figure ('models_recognized', 'total', 50.0)",
                 "   extra figure   ('models_commended', 'total', 36.0)",
                 "   missing ref    ('7-CT/TU', '2021-01-01')",
                 "   missing cell   ('xã ân hảo', 'van_hoa_xa_hoi', 3.0)",
                 "   extra cell     ('xã ân hảo', 'total', 9.0)",
                 "   document.province: want 'Quảng Nam' got 'Bình Định'",
                 "   unexpected failed check: 30 + 7 != 36",
                 "chua_chay: not in the run's documents.csv",
                 "failed checks: 2, of kinds the gold does not expect: 1"]:
        assert line in lines
    assert lines[-1] == TOTALS


def test_perfect_run_scores_one(tmp_path):
    s = one_doc(tmp_path, [fig("models_target", 30)],
                {"document": {"doc_type": "ke_hoach"}, "model_counts": [{"metric": "models_target", "field": "total", "value": 30}]},
                doc_type="ke_hoach")["summary"]
    assert s["model_counts"] == (1.0, 1.0, 1.0)
    assert s["references"] == (1.0, 1.0, 1.0)  # nothing expected, nothing found
    assert s["document_fields"] == 1.0
    assert s["table_cells"] == (1.0, 1.0, 1.0)  # no cells in any gold: nothing counted
    assert s["scope"] == (0, 0)


# --- alternatives, document_alternatives, scope

ALTERNATIVES_GOLD = {"model_counts": [
    # primary 50 not found; its model alternative 100 is another entry's primary reading, so it may not take it,
    # and its "other" alternative then says no row is acceptable: neither found nor missed
    {"metric": "models_recognized", "value": 50,
     "alternatives": [{"metric": "models_registered", "value": 100}, {"metric": "other", "value": 50}]},
    {"metric": "models_registered", "field": "total", "value": 100},
    {"metric": "models_commended", "value": 36, "alternatives": [{"metric": "models_typical", "value": 36}]},  # found as alternative
    {"metric": "models_collective", "value": 7, "alternatives": [{"metric": "other", "value": 7}]},  # no row: fine
    {"metric": "models_individual", "value": 3, "alternatives": [{"metric": "other", "value": 3}]},  # found as primary
    {"metric": "models_target", "value": 20},  # only as an appendix row: missed
]}
ALTERNATIVES_RUN = [
    fig("models_registered", 100), fig("models_registered", "100.0"),
    fig("models_typical", 36), fig("models_individual", 3),
    fig("models_replicated", 5),
    fig("models_target", 20, subunit="Xã An Hòa"),
    fig("money", 7),
]


def test_alternatives_only_after_every_primary_reading(tmp_path):
    mc = one_doc(tmp_path, ALTERNATIVES_RUN, ALTERNATIVES_GOLD)["docs"][STEM]["model_counts"]
    assert (mc.tp, mc.fp, mc.fn) == (3, 1, 1)
    assert mc.missing == [("models_target", "total", 20.0)]
    assert mc.extra == [("models_replicated", "total", 5.0)]


def test_alternative_takes_a_row_left_over(tmp_path):
    gold = {"model_counts": [{"metric": "models_recognized", "value": 50,
                              "alternatives": [{"metric": "models_registered", "value": 100}]}]}
    mc = one_doc(tmp_path, [fig("models_registered", 100), fig("models_registered", 60)], gold)["docs"][STEM]["model_counts"]
    assert (mc.tp, mc.fp, mc.fn) == (1, 1, 0)
    assert mc.extra == [("models_registered", "total", 60.0)]


def test_unmatched_alternative_reports_the_primary_reading(tmp_path):
    gold = {"model_counts": [{"metric": "models_recognized", "value": 50,
                              "alternatives": [{"metric": "models_registered", "value": 100}]}]}
    mc = one_doc(tmp_path, [], gold)["docs"][STEM]["model_counts"]
    assert (mc.tp, mc.fp, mc.fn) == (0, 0, 1)
    assert mc.missing == [("models_recognized", "total", 50.0)]


def test_document_alternatives(tmp_path):
    gold = {"document": {"unit_level": "huyen", "unit_name": "thị xã Cửa Lò", "province": "Nghệ An", "period_start": 2021},
            "document_alternatives": [{"unit_level": "tinh"}, {"unit_name": ""}, {"period_start": 2020}]}
    r = one_doc(tmp_path, [], gold, unit_level="tinh", unit_name="", province="Hà Tĩnh", period_start="2020")
    fields = r["docs"][STEM]["document"]
    assert fields["unit_level"] == ("huyen", "tinh", True)
    assert fields["unit_name"] == ("thị xã Cửa Lò", "", True)
    assert fields["province"] == ("Nghệ An", "Hà Tĩnh", False)  # an alternative is for its own field only
    assert fields["period_start"][2]
    assert r["summary"]["document_fields"] == 0.75


SCOPE_GOLD = {"model_counts": [
    {"metric": "models_registered", "value": 100, "level": "tinh"},  # right level
    {"metric": "models_recognized", "value": 60, "period_start": 2021, "period_end": 2025},  # one of two rows has it
    {"metric": "models_commended", "value": 36, "level": "huyen"},  # found at the wrong level
    {"metric": "models_target", "value": 20, "level": "tinh"},  # not found: no scope to judge
    {"metric": "models_typical", "value": 9, "level": "xa",  # found as its alternative, at the level the entry states
     "alternatives": [{"metric": "models_registered", "value": 9}]},
    {"metric": "models_individual", "value": 3, "level": ""},  # states nothing
    {"metric": "models_collective", "value": 40, "period_start": 2021, "period_end": 2025},  # right start, wrong end
]}
SCOPE_RUN = [
    fig("models_registered", 100, level="tinh"),
    fig("models_recognized", 60, period_start="2025", period_end="2030"),
    fig("models_recognized", 60, level="huyen", period_start="2021", period_end="2025"),
    fig("models_commended", 36, level="xa"),
    fig("models_registered", 9, level="xa"),
    fig("models_individual", 3, level="tinh"),
    fig("models_collective", 40, period_start="2021", period_end="2030"),
]


def test_scope_of_found_counts(tmp_path):
    r = one_doc(tmp_path, SCOPE_RUN, SCOPE_GOLD)
    ok, wrong = r["docs"][STEM]["scope"]
    assert ok == 3
    assert wrong == [(("models_commended", "total", 36.0), {"level": "huyen"}, [("xa", None, None)]),
                     (("models_collective", "total", 40.0), {"period_start": 2021, "period_end": 2025}, [("", 2021.0, 2030.0)])]
    assert r["summary"]["scope"] == (3, 5)
    assert "   scope of ('models_commended', 'total', 36.0): want {'level': 'huyen'} got [('xa', None, None)]" \
        in format_report(r).splitlines()
    assert "scope=3/5" in summary_line(r["summary"])


# --- table cells

def test_appendix_file_beside_gold_folder_wins(tmp_path):
    out = write_run(tmp_path / "out")
    gold = write_gold(tmp_path / "gold", **{STEM: {"model_counts": [], "table_cells": CELLS}})
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / f"appendix_{STEM[:3]}.json").write_text(json.dumps({"rows": [
        {"don_vi": "Xã Ân Hảo", "kinh_te": 5, "tong": 9, "xay_dung_htct": 2}]}, ensure_ascii=False), encoding="utf-8")
    tc = evaluate(out, gold)["docs"][STEM]["table_cells"]
    assert (tc.tp, tc.fp, tc.fn) == (2, 0, 1)
    assert tc.missing == [("xã ân hảo", "xay_dung_he_thong_chinh_tri", 2.0)]


# --- errors: one line on stderr, exit 2, no scores

@pytest.mark.parametrize("make, message", [
    (lambda out: None, "output folder {out} does not exist"),
    (lambda out: out.mkdir(), "no documents.csv in {out}"),
    (lambda out: write_tables(out, []), "no rows in {out}/documents.csv"),
    (lambda out: write_tables(out, [{"doc_id": "x", "source_path": "a/khac.pdf"}]),
     "none of the 1 gold files matches a document of {out}/documents.csv"),
], ids=["no-folder", "no-documents-csv", "no-rows", "gold-matches-nothing"])
def test_cli_eval_errors(tmp_path, capsys, make, message):
    out, gold = tmp_path / "out", write_gold(tmp_path / "gold", **{STEM: SAMPLE_GOLD})
    make(out)
    assert main(["eval", str(out), "--gold", str(gold)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert captured.err.startswith("baocao eval: " + message.format(out=out))


def test_gold_folder_without_gold_files(tmp_path):
    out = write_run(tmp_path / "out")
    with pytest.raises(EvaluationError, match="no gold files"):
        evaluate(out, tmp_path / "out")  # the run folder has no *.json
    with pytest.raises(EvaluationError, match="does not exist"):
        evaluate(out, tmp_path / "nowhere")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / f"{STEM}.json").write_text("{not json")
    with pytest.raises(EvaluationError, match="not valid JSON"):
        evaluate(out, tmp_path / "bad")


def test_cli_eval_prints_totals(tmp_path, capsys):
    gold = write_gold(tmp_path / "gold", **{STEM: {**SAMPLE_GOLD, "table_cells": CELLS}, "chua_chay": UNSEEN_GOLD})
    assert main(["eval", str(write_run(tmp_path / "out")), "--gold", str(gold)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[-1] == TOTALS
    assert f"{STEM}: model_counts tp=2 fp=1 fn=1  references tp=2 fp=0 fn=1" in printed
    assert main(["eval", str(tmp_path / "out"), "--gold", str(gold), "-q"]) == 0
    assert capsys.readouterr().out.splitlines() == [TOTALS]


# --- agreement with the reference scorer, where the shared evaluation set is beside the checkout

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="no ../shared/eval/score.py beside the checkout")


def scorer_line(out: Path, gold: Path) -> str:
    done = subprocess.run([sys.executable, str(SCORER), str(out), "--gold", str(gold)],
                          capture_output=True, text=True, check=True)
    return done.stdout.splitlines()[-1]


@needs_scorer
def test_same_totals_as_reference_scorer_on_hand_made_runs(tmp_path):
    for name, figures, gold in [("alternatives", ALTERNATIVES_RUN, ALTERNATIVES_GOLD), ("scope", SCOPE_RUN, SCOPE_GOLD)]:
        out = write_tables(tmp_path / name / "out", [{"doc_id": "a1", "source_path": f"in/{STEM}.pdf"}], figures)
        golds = write_gold(tmp_path / name / "gold", **{STEM: gold, "chua_chay": UNSEEN_GOLD})
        assert summary_line(evaluate(out, golds)["summary"]) == scorer_line(out, golds)
    out = write_run(tmp_path / "sample" / "out")  # no table_cells in the gold: the scorer does not read them
    golds = write_gold(tmp_path / "sample" / "gold", **{STEM: SAMPLE_GOLD, "chua_chay": UNSEEN_GOLD})
    assert summary_line(evaluate(out, golds)["summary"]) == scorer_line(out, golds)


SHARED_SETS = [  # (name, input folder, gold folder)
    ("realfacts", SHARED / "corpus" / "realfacts" / "text", SHARED / "corpus" / "realfacts" / "gold"),
    ("pdf", SHARED / "corpus" / "pdf", SHARED / "gold"),
]


@needs_scorer
@pytest.mark.parametrize("name, inputs, gold", SHARED_SETS, ids=[s[0] for s in SHARED_SETS])
def test_same_totals_as_reference_scorer_on_shared_set(tmp_path, name, inputs, gold):
    if not inputs.is_dir() or not gold.is_dir():
        pytest.skip(f"shared set {name} not there")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "-o", str(out), "-q"]) == 0
    ours = summary_line(evaluate(out, gold)["summary"])
    assert ours == scorer_line(out, gold)
    assert f"gold docs={len(list(gold.glob('*.json')))}/" in ours
