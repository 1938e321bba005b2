"""pipeline.normalize: mentions -> the contract's rows for one document."""
from __future__ import annotations

from pipeline.model import Document, Mention, Page
from pipeline.normalize import document_row, rows_for

TEXT = "Thực hiện Kế hoạch số 349-KH/TU, Báo cáo số 612-BC/TU nêu 214 mô hình; năm 2022 có 40 mô hình."


def doc() -> Document:
    return Document("abc", "in/bao_cao.txt", fmt="txt", pages=[Page(number=1, text=TEXT)])


def m(table: str, start: int, end: int, extractor: str = "x", **data) -> Mention:
    return Mention(table, 1, start, end, TEXT[start:end], "body", extractor, data)


def meta(**data) -> Mention:
    return Mention("document", 1, 0, 0, "", "letterhead", "metadata", data)


def span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def test_document_row_reading_fields_and_first_value_wins():
    d = doc()
    d.pages.append(Page(number=2, text="trang hai"))
    row = document_row(d, [meta(symbol="612-BC/TU", doc_type=""), meta(symbol="999-BC/TU", doc_type="bao_cao", signer=None),
                           m("figures", 0, 3, metric="models_registered", value=1)])
    assert row == {
        "doc_id": "abc", "source_path": "in/bao_cao.txt", "status": "ok", "error": "", "n_pages": 2,
        "n_chars": len(TEXT) + len("trang hai"), "ocr": False, "format": "txt",
        "symbol": "612-BC/TU", "doc_type": "bao_cao",
    }


def test_failed_document_keeps_page_count_from_meta():
    d = Document("f", "bad.pdf", fmt="pdf", status="failed", error="no text layer and OCR unavailable", meta={"n_pages": 3})
    row = document_row(d, [])
    assert (row["status"], row["error"], row["n_pages"], row["n_chars"]) == ("failed", "no text layer and OCR unavailable", 3, 0)


def test_own_symbol_is_dropped_from_references():
    a, b = span("Kế hoạch số 349-KH/TU")
    c, e = span("Báo cáo số 612-BC/TU")
    out = rows_for(doc(), [
        meta(symbol="612-BC/TU"),
        m("references", a, b, "references", ref_type="ke_hoach", symbol="349-KH/TU"),
        m("references", c, e, "references", ref_type="bao_cao", symbol="612-bc/TU "),
    ])
    assert [r["symbol"] for r in out["references"]] == ["349-KH/TU"]
    r = out["references"][0]
    assert (r["doc_id"], r["page"], r["char_start"], r["char_end"], r["quote"], r["source"], r["extractor"]) == (
        "abc", 1, a, b, "Kế hoạch số 349-KH/TU", "body", "references")


def test_references_kept_when_document_has_no_symbol():
    c, e = span("Báo cáo số 612-BC/TU")
    out = rows_for(doc(), [m("references", c, e, ref_type="bao_cao", symbol="612-BC/TU")])
    assert [r["symbol"] for r in out["references"]] == ["612-BC/TU"]


def test_figure_period_defaults_to_the_documents():
    a, b = span("214")
    c, e = span("40")
    out = rows_for(doc(), [
        meta(period_start=2021, period_end=2025),
        m("figures", a, b, metric="models_registered", value=214.0),
        m("figures", c, e, metric="models_recognized", value=40.0, field="kinh_te", period_start=2022, period_end=2022),
    ])
    figs = out["figures"]
    assert [(f["value"], f["period_start"], f["period_end"], f["field"]) for f in figs] == [
        (214.0, 2021, 2025, ""), (40.0, 2022, 2022, "kinh_te")]
    assert figs[0]["quote"] == "214"


def test_figure_period_none_when_document_has_none():
    a, b = span("214")
    f = rows_for(doc(), [m("figures", a, b, metric="models_registered", value=214.0, period_start="")])["figures"][0]
    assert (f["period_start"], f["period_end"]) == (None, None)


def test_exact_duplicates_removed_but_not_near_duplicates():
    a, b = span("214")
    dup = dict(metric="models_registered", value=214.0, field="")
    out = rows_for(doc(), [
        m("figures", a, b, **dup),
        m("figures", a, b, **dup),
        m("figures", a, b, metric="models_registered", value=214.0, field="kinh_te"),  # other data
        m("figures", a + 1, b, metric="models_registered", value=14.0, field=""),  # other span
    ])
    assert [(f["char_start"], f["field"], f["value"]) for f in out["figures"]] == [(a, "", 214.0), (a, "kinh_te", 214.0), (a + 1, "", 14.0)]


def test_tables_and_unknown_mentions():
    a, b = span("Kế hoạch")
    out = rows_for(doc(), [
        meta(doc_type="bao_cao"),
        m("entities", a, b, label="ORG", text="Kế hoạch"),
        m("models", a, b, name="Mô hình A"),
        m("nonsense", a, b, x=1),
    ])
    assert sorted(out) == ["documents", "entities", "figures", "models", "references"]
    assert len(out["documents"]) == 1 and out["documents"][0]["doc_type"] == "bao_cao"
    assert [r["label"] for r in out["entities"]] == ["ORG"]
    assert [r["name"] for r in out["models"]] == ["Mô hình A"]
    assert out["figures"] == [] and out["references"] == []
