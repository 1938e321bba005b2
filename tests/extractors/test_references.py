"""extractors.references: cited documents with type, symbol, date and issuer."""
from __future__ import annotations

import pytest

from extractors import REGISTRY
from extractors.references import extract, normalise_symbol
from pipeline.model import Document, Page
from pipeline.ingest import ingest_text


def _check_quotes(doc: Document, out) -> None:
    for m in out:
        page = doc.pages[m.page - 1]
        assert m.quote == page.text[m.char_start:m.char_end]
        assert (m.table, m.extractor) == ("references", "references")


def refs(*texts: str):
    """References of plain pages (no lines: every offset is body)."""
    doc = Document("d", "d.txt", pages=[Page(number=i + 1, text=t) for i, t in enumerate(texts)])
    out = list(extract(doc))
    _check_quotes(doc, out)
    return out


def one(text: str):
    out = refs(text)
    assert len(out) == 1, [(m.quote, m.data) for m in out]
    return out[0]


def text_doc(text: str) -> Document:
    return ingest_text(text, "d.txt")


def test_registered():
    assert REGISTRY["references"] is extract


def test_full_reference():
    m = one("Thực hiện Kế hoạch số 349-KH/TU ngày 09/4/2025 của Ban Thường vụ Tỉnh ủy về tổng kết phong trào.")
    assert m.data == {
        "ref_type": "ke_hoach", "number": "349", "symbol": "349-KH/TU",
        "issue_date": "2025-04-09", "issuer": "Ban Thường vụ Tỉnh ủy",
    }
    assert m.quote == "Kế hoạch số 349-KH/TU ngày 09/4/2025 của Ban Thường vụ Tỉnh ủy"
    assert m.source == "body" and m.page == 1


@pytest.mark.parametrize(
    "text, ref_type, symbol, date, issuer",
    [
        ("Thực hiện Công văn số 1444/UBND-NV ngày 28/ 02/ 2023 của UBND tỉnh.",
         "cong_van", "1444/UBND-NV", "2023-02-28", "UBND tỉnh"),
        ("Thực hiện Quyết định số 120/QĐ-UBND ngày 10 tháng 3 năm 2022 của Chủ tịch UBND tỉnh về việc khen thưởng.",
         "quyet_dinh", "120/QĐ-UBND", "2022-03-10", "Chủ tịch UBND tỉnh"),
        ("Thực hiện Hướng dẫn số 52-HD/BDVTU ngày 2/7/2024 của Ban Dân vận Tỉnh ủy Quảng Nam về tổng kết.",
         "huong_dan", "52-HD/BDVTU", "2024-07-02", "Ban Dân vận Tỉnh ủy Quảng Nam"),
        ("Quán triệt Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương.",
         "nghi_quyet", "25-NQ/TW", None, "Ban Chấp hành Trung ương"),
        ("Thực hiện Chương trình số 25-CTr/TU ngày 1/2/2021.", "chuong_trinh", "25-CTr/TU", "2021-02-01", ""),
        ("Thực hiện Đề án số 03-ĐA/TU.", "de_an", "03-ĐA/TU", None, ""),
        ("Thực hiện Tờ trình số 07/TTr-UBND.", "to_trinh", "07/TTr-UBND", None, ""),
        ("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao.",
         "ket_luan", "114-KL/TW", "2015-07-14", "Ban Bí thư"),
        ("Thực hiện Kế hoạch số 349-KH/TU, ngày 09/4/2025 của Ban Thường vụ Tỉnh ủy.",
         "ke_hoach", "349-KH/TU", "2025-04-09", "Ban Thường vụ Tỉnh ủy"),
        ("Thực hiện Kế hoạch số 349-KH/TU ban hành ngày 09/4/2025.", "ke_hoach", "349-KH/TU", "2025-04-09", ""),
        ("Thực hiện Kế hoạch số: 88-KH/HU.", "ke_hoach", "88-KH/HU", None, ""),
        ("thực hiện theo Kế hoạch số 70/KH-UBND ngày 5/4/2021 v/v triển khai", "ke_hoach", "70/KH-UBND", "2021-04-05", ""),
        ("Thực hiện Kế hoạch số 5-KH/HU của Huyện ủy (khóa XX) về phong trào.", "ke_hoach", "5-KH/HU", None, "Huyện ủy"),
        ("Thực hiện Kế hoạch số 5-KH/HU của Huyện ủy triển khai phong trào.", "ke_hoach", "5-KH/HU", None, "Huyện ủy"),
    ],
)
def test_reference_fields(text, ref_type, symbol, date, issuer):
    m = one(text)
    d = m.data
    assert (d["ref_type"], d["symbol"], d["issue_date"], d["issuer"]) == (ref_type, symbol, date, issuer)
    assert d["number"] == symbol.split("-")[0].split("/")[0]


def test_spaced_date_is_in_quote():
    m = one("Thực hiện Công văn số 1444/UBND-NV ngày 28/ 02/ 2023 của UBND tỉnh.")
    assert m.quote == "Công văn số 1444/UBND-NV ngày 28/ 02/ 2023 của UBND tỉnh"


def test_invalid_calendar_date_is_none():
    m = one("Thực hiện Công văn số 1444/UBND-NV ngày 31/2/2023.")
    assert m.data["symbol"] == "1444/UBND-NV" and m.data["issue_date"] is None


def test_symbol_broken_over_a_line_in_a_text_dump():
    doc = text_doc("BÁO CÁO\n\nCăn cứ Kế hoạch số 17/KH -\nUBND ngày 3/3/2024 của Ủy ban nhân dân huyện.\n")
    out = list(extract(doc))
    _check_quotes(doc, out)
    assert len(out) == 1
    d = out[0].data
    assert (d["symbol"], d["number"], d["issue_date"], d["issuer"]) == ("17/KH-UBND", "17", "2024-03-03", "Ủy ban nhân dân huyện")


def test_symbol_broken_without_space_is_joined_in_page_text():
    doc = text_doc("BÁO CÁO\n\nTheo Kế hoạch số 14-\nKH/HU ngày 16/4/2021 của Huyện ủy.\n")
    m = list(extract(doc))
    assert [x.data["symbol"] for x in m] == ["14-KH/HU"]
    assert m[0].quote == "Kế hoạch số 14-KH/HU ngày 16/4/2021 của Huyện ủy"


@pytest.mark.parametrize("raw, want", [("17/KH -UBND", "17/KH-UBND"), ("17/KH - UBND", "17/KH-UBND"), ("349 - KH/TU", "349-KH/TU")])
def test_normalise_symbol(raw, want):
    assert normalise_symbol(raw) == want


def test_list_with_repeated_type():
    out = refs("Thực hiện Chỉ thị số 10-CT/TU; Chỉ thị số 29-CT/TU của Tỉnh ủy.")
    assert [(m.data["ref_type"], m.data["symbol"], m.data["issuer"]) for m in out] == [
        ("chi_thi", "10-CT/TU", ""), ("chi_thi", "29-CT/TU", "Tỉnh ủy")]


def test_list_member_inherits_type_and_has_own_quote():
    out = refs("Thực hiện Kế hoạch số 11/KH-UBND, 12/KH-UBND của UBND huyện.")
    assert [(m.data["ref_type"], m.data["number"], m.data["symbol"]) for m in out] == [
        ("ke_hoach", "11", "11/KH-UBND"), ("ke_hoach", "12", "12/KH-UBND")]
    assert out[0].quote == "Kế hoạch số 11/KH-UBND"
    assert out[1].quote == "12/KH-UBND của UBND huyện" and out[1].data["issuer"] == "UBND huyện"


def test_list_with_so_and_va_each_keep_their_date():
    out = refs("Thực hiện Kế hoạch số 11/KH-UBND; số 12/KH-UBND và số 13/KH-UBND ngày 1/1/2024.")
    assert [(m.data["symbol"], m.data["issue_date"], m.data["ref_type"]) for m in out] == [
        ("11/KH-UBND", None, "ke_hoach"), ("12/KH-UBND", None, "ke_hoach"), ("13/KH-UBND", "2024-01-01", "ke_hoach")]


def test_list_stops_at_a_figure():
    out = refs("xây dựng 90 mô hình theo Kế hoạch số 12/KH-UBND, 135 mô hình đạt chuẩn.")
    assert [m.data["symbol"] for m in out] == ["12/KH-UBND"]


def test_date_before_the_reference():
    m = one("Ngày 11/6/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 430-KH/TU về phong trào.")
    assert (m.data["symbol"], m.data["issue_date"]) == ("430-KH/TU", "2024-06-11")
    assert m.quote == "Kế hoạch số 430-KH/TU"


def test_date_before_with_ky():
    m = one("Ngày 11/6/2024, Ban Thường vụ Tỉnh ủy ký Kế hoạch số 430-KH/TU.")
    assert m.data["issue_date"] == "2024-06-11"


def test_date_in_an_earlier_sentence_is_not_taken():
    m = one("Ngày 11/6/2024, Tỉnh ủy họp. Ban Thường vụ ban hành Kế hoạch số 430-KH/TU.")
    assert m.data["issue_date"] is None


def test_attachment_caption_is_not_a_reference():
    assert refs("(Kèm theo Báo cáo số 612-BC/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy)") == []
    assert refs("PHỤ LỤC\n(Kèm theo Báo cáo số 612-BC/TU ngày 20/9/2024)") == []


LETTER = (
    "      ĐẢNG BỘ TỈNH BÌNH ĐỊNH                      ĐẢNG CỘNG SẢN VIỆT NAM \n"
    "         TỈNH ỦY BÌNH ĐỊNH                  Quy Nhơn, ngày 20 tháng 9 năm 2024 \n"
    "          Số 612-BC/TU \n"
    "\n"
    "                                   BÁO CÁO \n"
    "        kết quả phong trào thi đua “Dân vận khéo” \n"
    "\n"
    "Thực hiện Kế hoạch số 349-KH/TU ngày 09/4/2024 của Ban Thường vụ Tỉnh ủy, các cấp ủy đã triển khai phong trào. \n"
    "\n"
    "Nơi nhận:                                       T/M BAN THƯỜNG VỤ \n"
    "- Ban Dân vận Trung ương,                             BÍ THƯ \n"
    "\n"
    "                                                   Đặng Minh Khoa \n"
    "\f"
    "                                   PHỤ LỤC \n"
    "(Kèm theo Báo cáo số 612-BC/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy) \n"
    "\n"
    "Các xã thực hiện Hướng dẫn số 17-HD/BDVTU của Ban Dân vận Tỉnh ủy. \n"
)


def test_letterhead_symbol_and_attachment_caption_are_not_references():
    doc = text_doc(LETTER)
    assert len(doc.pages) == 2
    out = list(extract(doc))
    _check_quotes(doc, out)
    assert [(m.page, m.data["symbol"]) for m in out] == [(1, "349-KH/TU"), (2, "17-HD/BDVTU")]
    assert out[0].data["issue_date"] == "2024-04-09"


def test_reference_in_footnote_has_footnote_source():
    doc = text_doc(
        "BÁO CÁO\n\nCác cấp ủy đã ban hành văn bản chỉ đạo thực hiện1.\n"
        "                                                 \n"
        "1 Kế hoạch số 27-KH/TU ngày 10/5/2021 của Ban Thường vụ Thị ủy.\n"
    )
    out = list(extract(doc))
    _check_quotes(doc, out)
    assert [(m.data["symbol"], m.source) for m in out] == [("27-KH/TU", "footnote")]


def test_pages_are_numbered():
    out = refs("Không có văn bản.", "Thực hiện Kế hoạch số 8-KH/HU.")
    assert [(m.page, m.data["symbol"]) for m in out] == [(2, "8-KH/HU")]


def test_symbol_with_year_segment():
    m = one("Thực hiện Nghị định số 100/2015/NĐ-CP của Chính phủ về nhà ở xã hội.")
    assert (m.data["symbol"], m.data["number"], m.data["issuer"]) == ("100/2015/NĐ-CP", "100", "Chính phủ")


def test_thong_bao_ket_luan_is_thong_bao():
    m = one("Thực hiện Thông báo kết luận số 12-TB/TU của Ban Thường vụ Tỉnh ủy.")
    assert m.data["ref_type"] == "thong_bao"
    assert m.quote.startswith("Thông báo kết luận số 12-TB/TU")


def test_issuer_before_va():
    out = refs("Thực hiện Chỉ thị số 10-CT/TU của Tỉnh ủy và Kế hoạch số 20-KH/HU của Huyện ủy, các chi bộ đã triển khai.")
    assert [(m.data["symbol"], m.data["issuer"]) for m in out] == [("10-CT/TU", "Tỉnh ủy"), ("20-KH/HU", "Huyện ủy")]


def test_issuer_stops_before_purpose_clause():
    m = one("Thực hiện Kế hoạch số 5-KH/HU ngày 1/2/2021 của Huyện ủy nhằm nâng cao chất lượng.")
    assert m.data["issuer"] == "Huyện ủy"
