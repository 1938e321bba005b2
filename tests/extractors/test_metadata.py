"""extractors.metadata: letterhead, title, unit, period and signature fields."""
from __future__ import annotations

import pytest

from extractors import REGISTRY
from extractors.metadata import extract, readable_title
from pipeline import roles
from pipeline.model import Document
from pipeline.normalize import document_row
from pipeline.pagetext import assemble
from pipeline.textreader import read_text

_READING = ("doc_id", "source_path", "status", "error", "n_pages", "n_chars", "ocr", "format")


def text_doc(text: str) -> Document:
    pages = read_text(text)
    roles.assign(pages, geometric=False)
    return Document("d", "d.txt", fmt="txt", pages=[assemble(i + 1, p) for i, p in enumerate(pages)])


def mentions(text: str):
    doc = text_doc(text)
    out = list(extract(doc))
    for m in out:
        assert m.table == "document" and m.extractor == "metadata"
        assert m.quote == doc.pages[m.page - 1].text[m.char_start:m.char_end]
    return doc, out


def fields(text: str) -> dict:
    doc, out = mentions(text)
    row = document_row(doc, out)
    return {k: v for k, v in row.items() if k not in _READING}


# A Huyện ủy report as pdftotext dumps it: the letterhead's two columns on one
# line, separated by many spaces; "Nơi nhận" beside the signature.
HOAI_AN = (
    "      ĐẢNG BỘ TỈNH BÌNH ĐỊNH                      ĐẢNG CỘNG SẢN VIỆT NAM \n"
    "         HUYỆN ỦY HOÀI ÂN                  Hoài Ân, ngày 12 tháng 8 năm 2024 \n"
    "               * \n"
    "          Số 145-BC/HU \n"
    "\n"
    "                                   BÁO CÁO \n"
    "        kết quả thực hiện phong trào thi đua “Dân vận khéo” \n"
    "                          giai đoạn 2021 - 2025 \n"
    "\n"
    "Thực hiện Kế hoạch số 349-KH/TU ngày 09/4/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo kết quả như sau: \n"
    "\n"
    "Toàn huyện đã đăng ký 214 mô hình “Dân vận khéo”, trong đó có 36 mô hình được khen thưởng. \n"
    "\n"
    "Nơi nhận:                                       T/M BAN THƯỜNG VỤ \n"
    "- Ban Dân vận Tỉnh ủy,                     PHÓ BÍ THƯ THƯỜNG TRỰC \n"
    "- Lưu Văn phòng Huyện ủy. \n"
    "\n"
    "                                                   Lê Văn Hùng \n"
)


def test_registered():
    assert REGISTRY["metadata"] is extract


def test_party_report_all_fields():
    assert fields(HOAI_AN) == {
        "symbol": "145-BC/HU",
        "issue_place": "Hoài Ân",
        "issue_date": "2024-08-12",
        "doc_type": "bao_cao",
        "title": "kết quả thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025",
        "issuer": "Ban Thường vụ Huyện ủy Hoài Ân",
        "unit_level": "huyen",
        "unit_name": "huyện Hoài Ân",
        "province": "Bình Định",
        "province_2025": "Gia Lai",
        "signer": "Lê Văn Hùng",
        "signer_title": "Phó Bí thư Thường trực",
        "period_start": 2021,
        "period_end": 2025,
    }


def test_mentions_point_at_their_lines():
    _, out = mentions(HOAI_AN)
    by_key = {k: m for m in out for k in m.data}
    assert by_key["symbol"].quote == "Số 145-BC/HU" and by_key["symbol"].source == "letterhead"
    assert by_key["issue_date"].quote == "Hoài Ân, ngày 12 tháng 8 năm 2024"
    assert by_key["doc_type"].quote == "BÁO CÁO"
    assert by_key["unit_name"].quote == "HUYỆN ỦY HOÀI ÂN"
    assert by_key["period_start"].quote == "giai đoạn 2021 - 2025"


XA = (
    "    ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
    "    XÃ PHƯỚC VÂN                    Độc lập - Tự do - Hạnh phúc \n"
    "\n"
    "  Số: 85/BC-UBND                  Phước Vân, ngày 05 tháng 12 năm 2023 \n"
    "\n"
    "                              BÁO CÁO \n"
    "           Kết quả thực hiện phong trào “Dân vận khéo” năm 2023 \n"
    "\n"
    "Trong năm 2023, Ủy ban nhân dân xã đã chỉ đạo xây dựng 12 mô hình. \n"
    "\n"
    "Nơi nhận:                                    CHỦ TỊCH \n"
    "- UBND huyện;                                    \n"
    "- Lưu: VT. \n"
    "                                               Nguyễn Thị Mai \n"
)


def test_commune_people_committee():
    f = fields(XA)
    assert (f["symbol"], f["issue_place"], f["issue_date"]) == ("85/BC-UBND", "Phước Vân", "2023-12-05")
    assert (f["issuer"], f["unit_level"], f["unit_name"]) == ("Ủy ban nhân dân xã Phước Vân", "xa", "xã Phước Vân")
    # the district and province come from the admin data: one xã Phước Vân in the country
    assert (f["district"], f["province"], f["province_2025"]) == ("huyện Cần Đước", "Long An", "Tây Ninh")
    assert (f["period_start"], f["period_end"]) == (2023, 2023)
    assert (f["signer"], f["signer_title"]) == ("Nguyễn Thị Mai", "Chủ tịch")


KON_TUM = (
    "    ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
    "     TỈNH KON TUM                    Độc lập - Tự do - Hạnh phúc \n"
    "\n"
    "  Số: 301/BC-UBND                  Kon Tum, ngày 20 tháng 11 năm 2023 \n"
    "\n"
    "                              BÁO CÁO \n"
    "     Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2019 - 2023 \n"
    "\n"
    "Thực hiện Công văn số 1587-CV/BDVTU ngày 26/10/2023 của Ban Dân vận Tỉnh ủy, Ủy ban nhân dân tỉnh báo cáo như sau: \n"
    "\n"
    "Nơi nhận:                                    KT. CHỦ TỊCH \n"
    "- Ban Dân vận Tỉnh ủy;                        PHÓ CHỦ TỊCH \n"
    "- Lưu: VT, KGVX. \n"
    "                                               Y Ngọc \n"
)


def test_province_committee_and_deputy_signer():
    f = fields(KON_TUM)
    assert (f["unit_level"], f["unit_name"], f["issuer"]) == ("tinh", "tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum")
    assert (f["province"], f["province_2025"]) == ("Kon Tum", "Quảng Ngãi")
    assert "district" not in f
    assert (f["signer"], f["signer_title"]) == ("Y Ngọc", "Phó Chủ tịch")
    assert (f["period_start"], f["period_end"]) == (2019, 2023)


DUC_PHO = (
    "      ĐẢNG BỘ TỈNH QUẢNG NGÃI                    ĐẢNG CỘNG SẢN VIỆT NAM \n"
    "         THỊ ỦY ĐỨC PHỔ                  Đức Phổ, ngày 3 tháng 10 năm 2024 \n"
    "          Số 210-BC/TU \n"
    "\n"
    "                                   BÁO CÁO \n"
    "        sơ kết phong trào thi đua “Dân vận khéo” \n"
    "\n"
    "Ban Thường vụ Thị ủy Đức Phổ báo cáo kết quả như sau: \n"
    "\n"
    "Từ năm 2020 đến nay, Ban Thường vụ Thị ủy đã lãnh đạo xây dựng 300 mô hình. \n"
    "\n"
    "Nơi nhận:                                       T/M BAN THƯỜNG VỤ \n"
    "- Ban Dân vận Tỉnh ủy,                               BÍ THƯ \n"
    "\n"
    "                                                   Phạm Văn Tâm \n"
)


def test_town_committee_and_period_until_now():
    f = fields(DUC_PHO)
    assert (f["issuer"], f["unit_level"], f["unit_name"]) == ("Ban Thường vụ Thị ủy Đức Phổ", "huyen", "thị xã Đức Phổ")
    assert (f["province"], f["province_2025"]) == ("Quảng Ngãi", "Quảng Ngãi")
    # "từ năm 2020 đến nay" ends in the issue year
    assert (f["period_start"], f["period_end"]) == (2020, 2024)
    assert (f["signer"], f["signer_title"]) == ("Phạm Văn Tâm", "Bí thư")


def test_period_until_now_in_opening_paragraph():
    text = DUC_PHO.replace("Ban Thường vụ Thị ủy Đức Phổ báo cáo kết quả như sau: \n\n", "")
    f = fields(text)
    assert (f["period_start"], f["period_end"]) == (2020, 2024)


def test_period_until_now_in_title():
    text = DUC_PHO.replace("        sơ kết phong trào thi đua “Dân vận khéo” \n",
                           "        sơ kết phong trào thi đua “Dân vận khéo” \n           từ năm 2019 đến nay \n")
    f = fields(text)
    assert (f["period_start"], f["period_end"]) == (2019, 2024)


def test_quang_nam_maps_to_da_nang_and_ban_dan_van_issuer():
    text = (
        "      HUYỆN ỦY THĂNG BÌNH                    ĐẢNG CỘNG SẢN VIỆT NAM \n"
        "         BAN DÂN VẬN                  Thăng Bình, ngày 20 tháng 11 năm 2024 \n"
        "          Số 41-BC/BDVHU \n"
        "\n"
        "                                   BÁO CÁO \n"
        "        kết quả phong trào thi đua “Dân vận khéo” năm 2024 \n"
        "\n"
        "Ban Dân vận Huyện ủy báo cáo như sau. \n"
        "\n"
        "Nơi nhận:                                       TRƯỞNG BAN \n"
        "- Thường trực Huyện ủy,                               \n"
        "\n"
        "                                                   Võ Thị Hoa \n"
    )
    f = fields(text)
    assert f["issuer"] == "Ban Dân vận Huyện ủy Thăng Bình"
    assert (f["unit_level"], f["unit_name"]) == ("huyen", "huyện Thăng Bình")
    assert (f["province"], f["province_2025"]) == ("Quảng Nam", "Đà Nẵng")
    assert (f["period_start"], f["period_end"]) == (2024, 2024)
    assert f["signer_title"] == "Trưởng ban"


def test_central_city_committee_is_province_level_and_n_years_title():
    text = (
        "      ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG                    ĐẢNG CỘNG SẢN VIỆT NAM \n"
        "         THÀNH ỦY ĐÀ NẴNG                  Đà Nẵng, ngày 3 tháng 10 năm 2024 \n"
        "          Số 88-BC/TU \n"
        "\n"
        "                                   BÁO CÁO \n"
        "        tổng kết 10 năm thực hiện phong trào thi đua “Dân vận khéo” \n"
        "\n"
        "Ban Thường vụ Thành ủy báo cáo như sau. \n"
    )
    f = fields(text)
    assert (f["unit_level"], f["unit_name"], f["issuer"]) == ("tinh", "thành phố Đà Nẵng", "Thành ủy Đà Nẵng")
    assert (f["province"], f["province_2025"]) == ("Đà Nẵng", "Đà Nẵng")
    assert (f["period_start"], f["period_end"]) == (2014, 2024)  # "10 năm" back from the issue year
    assert "signer" not in f


def test_half_year_title_period():
    text = HOAI_AN.replace("        kết quả thực hiện phong trào thi đua “Dân vận khéo” \n                          giai đoạn 2021 - 2025 \n",
                           "        kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024 \n")
    f = fields(text)
    assert f["title"] == "kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024"
    assert (f["period_start"], f["period_end"]) == (2024, 2024)


def test_no_type_line_takes_doc_type_from_symbol_and_district_from_letterhead():
    text = (
        "      ĐẢNG BỘ HUYỆN SƠN HÀ                    ĐẢNG CỘNG SẢN VIỆT NAM \n"
        "      ĐẢNG ỦY XÃ SƠN LINH                  Sơn Linh, ngày 2 tháng 3 năm 2024 \n"
        "          Số 12-KH/ĐU \n"
        "\n"
        "Đảng ủy xã xây dựng Kế hoạch thực hiện phong trào như sau: \n"
    )
    f = fields(text)
    assert (f["doc_type"], f["symbol"]) == ("ke_hoach", "12-KH/ĐU")
    assert (f["unit_level"], f["unit_name"], f["issuer"]) == ("xa", "xã Sơn Linh", "Đảng ủy xã Sơn Linh")
    assert (f["district"], f["province"], f["province_2025"]) == ("huyện Sơn Hà", "Quảng Ngãi", "Quảng Ngãi")


def test_no_letterhead_unit_from_reporting_sentence_and_year_from_dates():
    text = (
        "Ban Thường vụ Huyện ủy Sơn Tịnh báo cáo kết quả thực hiện phong trào thi đua “Dân vận khéo” như sau: \n"
        "\n"
        "Từ năm 2021 đến nay, toàn huyện xây dựng 120 mô hình. Ngày 15/10/2024, Huyện ủy tổ chức hội nghị. \n"
    )
    f = fields(text)
    assert (f["unit_level"], f["unit_name"]) == ("huyen", "huyện Sơn Tịnh")
    assert (f["province"], f["province_2025"]) == ("Quảng Ngãi", "Quảng Ngãi")
    assert f["doc_type"] == "bao_cao"  # "báo cáo kết quả" in the opening
    assert (f["period_start"], f["period_end"]) == (2021, 2024)  # "đến nay" = latest dated event
    assert "symbol" not in f and "issue_date" not in f


def test_plan_period_is_forward_looking():
    text = (
        "      ĐẢNG BỘ TỈNH HÀ TĨNH                    ĐẢNG CỘNG SẢN VIỆT NAM \n"
        "      ĐẢNG ỦY XÃ SƠN LÂM                  Sơn Lâm, ngày 2 tháng 3 năm 2024 \n"
        "          Số 12-KH/ĐU \n"
        "\n"
        "                                   KẾ HOẠCH \n"
        "        thực hiện phong trào thi đua “Dân vận khéo” \n"
        "\n"
        "Thực hiện Kế hoạch số 40-KH/HU của Huyện ủy, Đảng ủy xây dựng Kế hoạch như sau: \n"
        "\n"
        "Năm 2023 đã xây dựng 10 mô hình giai đoạn 2020 - 2023. Phấn đấu giai đoạn 2024 - 2026 xây dựng 20 mô hình; "
        "giai đoạn 2024 - 2026 mỗi chi bộ một mô hình. \n"
    )
    f = fields(text)
    assert f["doc_type"] == "ke_hoach"
    assert (f["province"], f["province_2025"]) == ("Hà Tĩnh", "Hà Tĩnh")
    assert (f["period_start"], f["period_end"]) == (2024, 2026)


def test_unknown_unit_level_when_nothing_names_a_unit():
    f = fields("BÁO CÁO\n\nkết quả phong trào\n\nNội dung báo cáo không nêu đơn vị nào.\n")
    assert f["unit_level"] == "unknown" and f["doc_type"] == "bao_cao"


@pytest.mark.parametrize(
    "upper, proper",
    [
        ("PHÓ BÍ THƯ THƯỜNG TRỰC", "Phó Bí thư Thường trực"),
        ("BÍ THƯ", "Bí thư"),
        ("PHÓ CHỦ TỊCH", "Phó Chủ tịch"),
        ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Phó Trưởng ban Thường trực"),
        ("CHÁNH VĂN PHÒNG", "Chánh Văn phòng"),
        ("PHÓ GIÁM ĐỐC", "Phó Giám đốc"),
    ],
)
def test_readable_title(upper, proper):
    assert readable_title(upper) == proper


def test_hyphenated_province_in_letterhead():
    text = HOAI_AN.replace("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU").replace(
        "HUYỆN ỦY HOÀI ÂN", "HUYỆN ỦY XUYÊN MỘC").replace("Hoài Ân,", "Xuyên Mộc,")
    f = fields(text)
    assert f["province"] == "Bà Rịa - Vũng Tàu"


def test_apostrophe_place_name_in_letterhead():
    text = HOAI_AN.replace("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "ĐẢNG BỘ TỈNH ĐẮK LẮK").replace(
        "HUYỆN ỦY HOÀI ÂN", "HUYỆN ỦY CƯ M'GAR").replace("Hoài Ân,", "Cư M'gar,")
    f = fields(text)
    assert (f["unit_name"], f["issuer"]) == ("huyện Cư M'gar", "Ban Thường vụ Huyện ủy Cư M'gar")


def _with_symbol_and_date(symbol_line: str, place_date: str) -> str:
    return HOAI_AN.replace("Số 145-BC/HU", symbol_line).replace("Hoài Ân, ngày 12 tháng 8 năm 2024", place_date)


def test_symbol_spaces_removed_and_two_digit_month():
    f = fields(_with_symbol_and_date("Số: 85 /BC-HU", "Hoài Ân, ngày 05 tháng 02 năm 2024"))
    assert (f["symbol"], f["issue_place"], f["issue_date"]) == ("85/BC-HU", "Hoài Ân", "2024-02-05")


def test_impossible_letterhead_date_is_not_an_issue_date():
    f = fields(_with_symbol_and_date("Số 145-BC/HU", "Hoài Ân, ngày 31 tháng 2 năm 2024"))
    assert f.get("issue_date") is None
