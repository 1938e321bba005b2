"""extractors.tables: one figure per cell of appendix tables of model counts."""
from __future__ import annotations

import pytest

from extractors import REGISTRY
from extractors.tables import extract
from pipeline.model import Document
from pipeline.pagetext import RawLine, assemble

HEADER = ["STT", "Đơn vị", "Kinh tế", "Văn hóa - xã hội", "Quốc phòng - an ninh", "Xây dựng HTCT", "Tổng"]


def cells(caption: list[str], rows: list[list[str]], after: list[str] | None = None):
    lines = [RawLine(text=c) for c in caption]
    lines += [RawLine(text="", role="table", table_index=0, cells=r) for r in rows]
    lines += [RawLine(text=c) for c in after or []]
    page = assemble(1, lines)
    doc = Document("d", "d.txt", pages=[page])
    out = list(extract(doc))
    for m in out:
        assert m.quote == page.text[m.char_start:m.char_end]
        assert (m.table, m.extractor, m.source, m.page) == ("figures", "tables", "table", 1)
        assert m.data["unit"] == "mô hình" and m.data["value_max"] is None and m.data["level"] == ""
    return out


def short(out):
    return [(m.data["subunit"], m.data["field"], m.data["value"]) for m in out]


def test_registered():
    assert REGISTRY["tables"] is extract


def test_recognised_models_table_with_total_row():
    out = cells(
        ["PHỤ LỤC", "Số lượng mô hình “Dân vận khéo” được công nhận năm 2024"],
        [HEADER,
         ["1", "Xã Hành Thiện", "5", "3", "2", "1", "11"],
         ["2", "Thị trấn Chợ Chùa", "1.020", "", "0", "2", "1.022"],
         ["", "Tổng cộng", "1.025", "3", "2", "3", "1.033"]],
    )
    assert {m.data["metric"] for m in out} == {"models_recognized"}
    assert short(out) == [
        ("Xã Hành Thiện", "kinh_te", 5), ("Xã Hành Thiện", "van_hoa_xa_hoi", 3),
        ("Xã Hành Thiện", "quoc_phong_an_ninh", 2), ("Xã Hành Thiện", "xay_dung_he_thong_chinh_tri", 1),
        ("Xã Hành Thiện", "total", 11),
        # the empty cell gives no figure; a zero does
        ("Thị trấn Chợ Chùa", "kinh_te", 1020), ("Thị trấn Chợ Chùa", "quoc_phong_an_ninh", 0),
        ("Thị trấn Chợ Chùa", "xay_dung_he_thong_chinh_tri", 2), ("Thị trấn Chợ Chùa", "total", 1022),
        ("", "kinh_te", 1025), ("", "van_hoa_xa_hoi", 3), ("", "quoc_phong_an_ninh", 2),
        ("", "xay_dung_he_thong_chinh_tri", 3), ("", "total", 1033),
    ]
    assert out[5].quote == "1.020"


@pytest.mark.parametrize(
    "caption, metric",
    [
        ("Mô hình được khen thưởng năm 2024", "models_commended"),
        ("Mô hình “Dân vận khéo” điển hình", "models_typical"),
        ("Mô hình được nhân rộng", "models_replicated"),
        ("Mô hình đăng ký xây dựng", "models_registered"),
        ("Thống kê mô hình", "models_registered"),
    ],
)
def test_metric_from_caption(caption, metric):
    out = cells([caption], [["TT", "Xã", "Kinh tế", "QP-AN", "Tổng số"], ["1", "Xã Nghĩa Lâm", "4", "1", "5"]])
    assert {m.data["metric"] for m in out} == {metric}
    assert short(out) == [("Xã Nghĩa Lâm", "kinh_te", 4), ("Xã Nghĩa Lâm", "quoc_phong_an_ninh", 1), ("Xã Nghĩa Lâm", "total", 5)]


def test_table_not_about_models_gives_nothing():
    assert cells(["Kết quả tuyên truyền"], [["Đơn vị", "Kinh tế", "Văn hóa - xã hội"], ["Xã Nghĩa Lâm", "5", "3"]]) == []


def test_header_naming_models_is_enough():
    out = cells(["Bảng 1"], [["Đơn vị (mô hình)", "Kinh tế", "Văn hóa - xã hội"], ["Xã Nghĩa Lâm", "5", "3"]])
    assert short(out) == [("Xã Nghĩa Lâm", "kinh_te", 5), ("Xã Nghĩa Lâm", "van_hoa_xa_hoi", 3)]


def test_table_without_field_header_gives_nothing():
    assert cells(["Mô hình được công nhận"], [["Đơn vị", "Số mô hình"], ["Xã Nghĩa Lâm", "5"]]) == []


@pytest.mark.parametrize("name", ["Tổng cộng", "Tổng", "Cộng:", "Toàn huyện", "Toàn thị xã"])
def test_total_rows_have_no_subunit(name):
    out = cells(["Mô hình"], [["Đơn vị", "Kinh tế", "Văn hóa - xã hội"], [name, "7", "8"]])
    assert short(out) == [("", "kinh_te", 7), ("", "van_hoa_xa_hoi", 8)]


def test_non_numeric_cells_and_number_only_names_are_skipped():
    out = cells(["Mô hình được khen thưởng"],
                [["TT", "Xã, thị trấn", "Kinh tế", "QP-AN", "Tổng số"],
                 ["1", "Xã Nghĩa Sơn", "4", "x", "4"],
                 ["2", "(1)", "9", "9", "9"],
                 ["3", "", "9", "9", "9"]])
    assert short(out) == [("Xã Nghĩa Sơn", "kinh_te", 4), ("Xã Nghĩa Sơn", "total", 4)]


def test_header_below_a_title_row():
    out = cells(["Mô hình"], [["BIỂU TỔNG HỢP", "", ""], ["Đơn vị", "Kinh tế", "Văn hóa - xã hội"], ["Xã Nghĩa Lâm", "2", "6"]])
    assert short(out) == [("Xã Nghĩa Lâm", "kinh_te", 2), ("Xã Nghĩa Lâm", "van_hoa_xa_hoi", 6)]


def test_total_row_with_unit_name():
    out = cells(["Mô hình"], [["Đơn vị", "Kinh tế", "Văn hóa - xã hội"], ["Toàn huyện Bắc Quang", "9", "4"]])
    assert short(out) == [("", "kinh_te", 9), ("", "van_hoa_xa_hoi", 4)]
