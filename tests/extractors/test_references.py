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


# --------------------------------------------- citations as real text writes them

@pytest.mark.parametrize(
    "text, symbol, date",
    [
        ("Thực hiện Kế hoạch số 12-KH/HU ngày 31-12-2022 của Huyện ủy.", "12-KH/HU", "2022-12-31"),
        ("Căn cứ Công văn số 88/UBND-VX ngày 5-3-2021 của UBND huyện Tuy An.", "88/UBND-VX", "2021-03-05"),
        ("theo Quyết định số 45/QĐ-UBND, ngày 07 - 01 - 2023 về khen thưởng", "45/QĐ-UBND", "2023-01-07"),
        ("Thực hiện Hướng dẫn số 09-HD/BDVTU ngày 5 – 3 – 2021 của Ban Dân vận Tỉnh ủy.", "09-HD/BDVTU", "2021-03-05"),
        ("Thực hiện Thông báo số 30-TB/TU ngày 05.01.2022 của Tỉnh ủy.", "30-TB/TU", "2022-01-05"),
    ],
    ids=["ke-hoach-hyphens", "cong-van-hyphens", "quyet-dinh-spaced-hyphens", "huong-dan-en-dashes", "thong-bao-dots"],
)
def test_date_with_hyphens_dashes_or_dots(text, symbol, date):
    m = one(text)
    assert (m.data["symbol"], m.data["issue_date"]) == (symbol, date)
    assert date[:4] in m.quote


def test_hyphenated_date_before_the_reference():
    m = one("Ngày 11-6-2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 43-KH/HU về phong trào.")
    assert (m.data["symbol"], m.data["issue_date"]) == ("43-KH/HU", "2024-06-11")


@pytest.mark.parametrize(
    "text, ref_type, symbol, date, issuer",
    [
        ("nêu tại Kế hoạch số 198, ngày 30/3/2020 do Ban Thường vụ Tỉnh ủy ban hành; đồng thời",
         "ke_hoach", "198", "2020-03-30", "Ban Thường vụ Tỉnh ủy"),
        ("Các chi bộ quán triệt Chỉ thị số 13 của Ban Thường vụ Thị ủy về công tác dân vận.",
         "chi_thi", "13", None, "Ban Thường vụ Thị ủy"),
        ("Thực hiện Nghị quyết số 25 về tăng cường công tác dân vận, Đảng ủy xã đã chỉ đạo.",
         "nghi_quyet", "25", None, ""),
        ("Trước đó, Kế hoạch số 01, ngày 6/3/2025 của Ban Dân vận Huyện ủy đã phát động thi đua.",
         "ke_hoach", "01", "2025-03-06", "Ban Dân vận Huyện ủy"),
        ("UBND xã triển khai theo công văn số 215 ngày 12 tháng 4 năm 2023 của UBND huyện.",
         "cong_van", "215", "2023-04-12", "UBND huyện"),
        ("Các đoàn thể thực hiện Hướng dẫn số 7.", "huong_dan", "7", None, ""),
        ("Thông báo của Ban Dân vận Thành ủy số 55, ngày 31/10/2023 nêu rõ",
         "thong_bao", "55", "2023-10-31", "Ban Dân vận Thành ủy"),
    ],
    ids=["ke-hoach-comma-date-do", "chi-thi-cua", "nghi-quyet-ve", "ke-hoach-leading-zero",
         "cong-van-lowercase-date-in-words", "huong-dan-sentence-end", "thong-bao-issuer-before"],
)
def test_bare_number_after_type_and_so(text, ref_type, symbol, date, issuer):
    m = one(text)
    d = m.data
    assert (d["ref_type"], d["symbol"], d["number"], d["issue_date"], d["issuer"]) == (ref_type, symbol, symbol, date, issuer)


@pytest.mark.parametrize(
    "text",
    [
        "Xây dựng kế hoạch số lượng mô hình cần đạt trong năm.",
        "Ban hành Kế hoạch số 5 năm 2021 - 2025 về phát triển kinh tế.",
        "Báo cáo số 12 mô hình đã được công nhận.",
        "Kế hoạch số 3 tháng cuối năm được triển khai.",
        "Đây là năm thứ 5 thực hiện phong trào.",
        "Các đơn vị thực hiện hướng dẫn 36 mô hình tiêu biểu.",
        "Báo cáo 6 tháng đầu năm 2024 của Ban Dân vận.",
        "Chỉ thị 05 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh.",
        "Tiếp tục thực hiện Kế hoạch 18, phấn đấu đến cuối năm 2025.",
        "Quyết định số 1.200 đồng hỗ trợ mỗi hộ.",
        "Kế hoạch số 12%, đạt thấp.",
        "KẾ HOẠCH\nSố 15, ngày 3/4/2024",
    ],
    ids=["so-luong", "so-5-nam", "count-of-models", "so-3-thang", "nam-thu-5", "huong-dan-36-mo-hinh",
         "bao-cao-6-thang", "no-so-chi-thi-05", "no-so-ke-hoach-18", "decimal", "percent", "title-and-so-line"],
)
def test_bare_numbers_that_are_no_reference(text):
    assert refs(text) == []


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("Xã triển khai Kết luận số 01 – KL/TW của Bộ Chính trị.", "01-KL/TW"),
        ("làm theo Chỉ thị số 05 CT/TW ngày 15/5/2016 do Bộ Chính trị ban hành.", "05-CT/TW"),
        ("Quán triệt Chỉ thị 05 CT/TW của Bộ Chính trị.", "05-CT/TW"),
        ("Văn bản thứ hai là Chỉ thị 05 – CT/TU ngày 25/5/2021.", "05-CT/TU"),
        ("Thực hiện Hướng dẫn số 15 -HD/BDVTW của Ban Dân vận Trung ương.", "15-HD/BDVTW"),
        ("Thực hiện Nghị quyết số 12—NQ/HU của Huyện ủy.", "12-NQ/HU"),
        ("theo Kế hoạch số 70/KH–UBND ngày 5/4/2021", "70/KH-UBND"),
        ("Thực hiện Quy chế số 03 - QC/ĐU của Đảng ủy xã.", "03-QC/ĐU"),
        ("Thực hiện Quyết định số 1234/QĐ - TTg của Thủ tướng Chính phủ.", "1234/QĐ-TTg"),
    ],
    ids=["ket-luan-spaced-en-dash", "chi-thi-missing-hyphen", "chi-thi-no-so-missing-hyphen",
         "chi-thi-no-so-en-dash", "huong-dan-space-before-hyphen", "nghi-quyet-em-dash",
         "ke-hoach-en-dash-in-code", "quy-che-spaced-hyphen", "quyet-dinh-spaced-mixed-case-code"],
)
def test_spaced_or_missing_hyphen_and_dashes(text, symbol):
    m = one(text)
    assert m.data["symbol"] == symbol and m.data["number"] == symbol.split("-")[0].split("/")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Kế hoạch số 12/KH-UBND – Ban Dân vận huyện hướng dẫn các xã.",
        "Thực hiện Kế hoạch số 12/KH-UBND - Ủy ban nhân dân xã triển khai.",
    ],
)
def test_a_clause_dash_is_not_a_symbol_part(text):
    assert one(text).data["symbol"] == "12/KH-UBND"


@pytest.mark.parametrize(
    "text, ref_type, symbol, date, issuer",
    [
        ("việc đánh giá được thực hiện theo Thông báo của Ban Dân vận Thành ủy số 55-TB/BDV, ngày 31/10/2023.",
         "thong_bao", "55-TB/BDV", "2023-10-31", "Ban Dân vận Thành ủy"),
        ("Căn cứ Kế hoạch của Ban Thường vụ Tỉnh ủy số 349-KH/TU ngày 09/4/2025 về tổng kết.",
         "ke_hoach", "349-KH/TU", "2025-04-09", "Ban Thường vụ Tỉnh ủy"),
        ("Thực hiện Công văn của UBND huyện Tánh Linh số 1444/UBND-NV, các xã đã báo cáo.",
         "cong_van", "1444/UBND-NV", None, "UBND huyện Tánh Linh"),
        ("Theo Hướng dẫn của Ban Dân vận Trung ương số 15 -HD/BDVTW ngày 31-12-2022, các cấp",
         "huong_dan", "15-HD/BDVTW", "2022-12-31", "Ban Dân vận Trung ương"),
    ],
    ids=["thong-bao", "ke-hoach", "cong-van", "huong-dan-spaced-hyphen-date"],
)
def test_issuer_before_the_number(text, ref_type, symbol, date, issuer):
    m = one(text)
    d = m.data
    assert (d["ref_type"], d["symbol"], d["issue_date"], d["issuer"]) == (ref_type, symbol, date, issuer)
    assert m.quote.index(" của ") < m.quote.index(" số ")  # the quote spans the issuer before the number


def test_issuer_after_do_ban_hanh():
    m = one("Thực hiện Nghị quyết số 145-NQ/TU do Ban Thường vụ Tỉnh ủy Hà Giang ban hành, các huyện đã triển khai.")
    assert m.data["issuer"] == "Ban Thường vụ Tỉnh ủy Hà Giang"


@pytest.mark.parametrize(
    "texts, want",
    [
        (("Thực hiện Kế hoạch số 19-KH/BDV, ngày 17/7/2023 của Ban Dân vận.",
          "Theo Kế hoạch số 19-KH/BDV, các xã đăng ký mô hình."),
         [("19-KH/BDV", "2023-07-17"), ("19-KH/BDV", "2023-07-17")]),
        (("Tiếp tục thực hiện Chỉ thị số 05-CT/TU.",
          "Chỉ thị số 05-CT/TU ngày 25-5-2021 của Ban Thường vụ Tỉnh ủy đặt ra yêu cầu."),
         [("05-CT/TU", "2021-05-25"), ("05-CT/TU", "2021-05-25")]),
        (("Nêu tại Kế hoạch số 198, ngày 30/3/2020 của Tỉnh ủy.", "Các đơn vị tiếp tục thực hiện Kế hoạch số 198."),
         [("198", "2020-03-30"), ("198", "2020-03-30")]),
        (("Thực hiện Kế hoạch số 01, ngày 6/3/2025.", "Thực hiện Chỉ thị số 01 của Huyện ủy."),
         [("01", "2025-03-06"), ("01", None)]),
    ],
    ids=["later-without-date", "earlier-without-date-hyphen-date", "bare-number-again", "bare-numbers-of-two-types"],
)
def test_document_cited_twice_keeps_its_date(texts, want):
    assert [(m.data["symbol"], m.data["issue_date"]) for m in refs(*texts)] == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Ngày 05/3/2021, Ban Thường vụ Thị ủy ban hành Kế hoạch số 18-KH/TU (sau đây gọi tắt là Kế hoạch số 18). "
         "Các xã tiếp tục thực hiện Kế hoạch số 18, phấn đấu vượt chỉ tiêu.",
         [("18-KH/TU", "2021-03-05")] * 3),
        ("Thực hiện Hướng dẫn số 7 của Ban Dân vận. Hướng dẫn số 7-HD/BDVTU ngày 2/3/2022 nêu rõ.",
         [("7-HD/BDVTU", "2022-03-02")] * 2),
        ("Thực hiện Chỉ thị số 05-CT/TW và Chỉ thị số 05-CT/TU, quán triệt Chỉ thị số 05 của cấp ủy.",
         [("05-CT/TW", None), ("05-CT/TU", None), ("05", None)]),
        ("Thực hiện Kế hoạch số 18-KH/TU ngày 05/3/2021 và Kế hoạch số 18, ngày 1/2/2024 của xã.",
         [("18-KH/TU", "2021-03-05"), ("18", "2024-02-01")]),
        ("Thực hiện Kế hoạch số 18-KH/TU; Quyết định số 18 của UBND xã.",
         [("18-KH/TU", None), ("18", None)]),
    ],
    ids=["short-name-of-a-full-symbol", "short-before-full", "two-full-symbols-ambiguous",
         "bare-with-another-date", "bare-of-another-type"],
)
def test_bare_number_is_a_full_symbol_cited_in_the_document(text, want):
    assert [(m.data["symbol"], m.data["issue_date"]) for m in refs(text)] == want


def test_own_symbol_in_a_letterhead_with_hyphen_date_and_bare_caption():
    doc = text_doc(
        "ĐẢNG BỘ HUYỆN TUY AN                      ĐẢNG CỘNG SẢN VIỆT NAM \n"
        "HUYỆN ỦY TUY AN                          Tuy An, ngày 20 tháng 9 năm 2024 \n"
        "Số 123-BC/HU \n"
        "\n"
        "BÁO CÁO \n"
        "kết quả phong trào thi đua “Dân vận khéo” \n"
        "\n"
        "Thực hiện Hướng dẫn của Ban Dân vận Tỉnh ủy số 15 -HD/BDVTU ngày 31-12-2022, các chi bộ đã triển khai. \n"
        "\f"
        "PHỤ LỤC \n"
        "(Kèm theo Báo cáo số 123 ngày 20-9-2024 của Ban Thường vụ Huyện ủy) \n"
    )
    out = list(extract(doc))
    _check_quotes(doc, out)
    assert [(m.page, m.data["symbol"], m.data["issue_date"], m.data["issuer"]) for m in out] == [
        (1, "15-HD/BDVTU", "2022-12-31", "Ban Dân vận Tỉnh ủy")]


@pytest.mark.parametrize(
    "raw, want",
    [("01 – KL/TW", "01-KL/TW"), ("05 CT/TW", "05-CT/TW"), ("15 -HD/BDVTW", "15-HD/BDVTW"),
     ("70/KH–UBND", "70/KH-UBND"), ("12—NQ/HU", "12-NQ/HU"), ("198", "198")],
)
def test_normalise_symbol_dashes_and_missing_hyphen(raw, want):
    assert normalise_symbol(raw) == want


def test_issuer_ban_tuyen_giao_va_dan_van_is_one_body():
    m = one("Kế hoạch số 01, ngày 6/3/2025 của Ban Tuyên giáo và Dân vận Huyện ủy U Minh đã phát động thi đua.")
    assert m.data["issuer"] == "Ban Tuyên giáo và Dân vận Huyện ủy U Minh"
    out = refs("Thực hiện Chỉ thị số 10-CT/TU của Tỉnh ủy và Kế hoạch số 20-KH/HU của Huyện ủy.")
    assert [m.data["issuer"] for m in out] == ["Tỉnh ủy", "Huyện ủy"]


@pytest.mark.parametrize(
    "text",
    ["Thực hiện Thông báo số 12 - Thông tin về phong trào được đăng tải.",
     "Kế hoạch số 5 UBND xã giao chỉ tiêu.",
     "Thực hiện Kế hoạch số 12 – Ban Dân vận huyện hướng dẫn các xã."],
)
def test_a_word_after_a_spaced_dash_or_space_is_no_code(text):
    assert refs(text) == []
