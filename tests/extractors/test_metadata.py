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


# --- news items and portal pages: no letterhead ------------------------------------

def test_news_item_headline_names_the_district():
    got = fields(
        "Chợ Đồn có thêm 123 mô hình “Dân vận khéo” được công nhận trong năm 2022\n\n"
        "Cập nhật 06:06 ngày 15/12/2022\n\n"
        "Ban Chỉ đạo phong trào “Dân vận khéo” của huyện đã bình xét, công nhận tổng số 123 mô hình. "
        "Phó Chủ tịch UBND tỉnh Hoàng Văn Thạch dự hội nghị.\n\n"
        "Ảnh: Hội viên ở thị trấn Bằng Lũng với mô hình làm kinh tế.\n\n"
        "Theo Kế hoạch số 12-KH/TU của Tỉnh ủy Thái Nguyên, huyện Chợ Đồn tiếp tục nhân rộng các mô hình.\n\n"
        "Thu Trang\n"
    )
    assert got["doc_type"] == "tin_bai"
    assert got["title"] == "Chợ Đồn có thêm 123 mô hình “Dân vận khéo” được công nhận trong năm 2022"
    assert got["issue_date"] == "2022-12-15"
    assert (got["unit_level"], got["unit_name"]) == ("huyen", "huyện Chợ Đồn")
    # from the data (one huyện Chợ Đồn, in Bắc Kạn), not the cited plan's issuer
    assert got["province"] == "Bắc Kạn"
    assert "signer" not in got and got["period_start"] == 2022


def test_news_item_commune_with_its_superiors_in_brackets():
    got = fields(
        "Vĩnh Phú cấp giấy chứng nhận cho 42 mô hình dân vận khéo cấp xã\n\n"
        "Đảng ủy xã Vĩnh Phú (huyện Giang Thành, tỉnh Kiên Giang) vừa tổ chức hội nghị sơ kết. Ban Thường vụ "
        "Huyện ủy Giang Thành đã chọn Vĩnh Phú làm điểm chỉ đạo, nhân ra toàn huyện.\n\n"
        "Kết quả, xã có 53 mô hình đăng ký ở cấp cơ sở.\n"
    )
    assert (got["unit_level"], got["unit_name"], got["district"], got["province"]) == (
        "xa", "xã Vĩnh Phú", "huyện Giang Thành", "Kiên Giang")


def test_headline_place_is_a_province_when_the_text_says_so():
    got = fields(
        "Quảng Ninh: Mô hình “Dân vận khéo” góp phần giữ vững niềm tin của nhân dân\n\n"
        "Đăng lúc 17:04 ngày 10/01/2024\n\n"
        "Trong năm 2023, toàn tỉnh Quảng Ninh triển khai xây dựng hơn 1.900 mô hình, trong đó có mô hình "
        "của huyện Quảng Ninh (Quảng Bình) được giới thiệu.\n"
    )
    assert (got["unit_level"], got["unit_name"], got["province"]) == ("tinh", "tỉnh Quảng Ninh", "Quảng Ninh")
    assert got["issue_date"] == "2024-01-10"


def test_publication_dateline_wins_over_the_site_bar():
    got = fields(
        "Cập nhật: 02:13, Thứ Hai 03/06/2024\n\n"
        "Kon Tum lan tỏa các mô hình “Dân vận khéo”\n\n"
        "Ngày đăng: 10/01/2024\n\n"
        "Đến nay, các tập thể, cá nhân ở tỉnh Kon Tum đã xây dựng trên 1.000 mô hình “Dân vận khéo”.\n"
    )
    assert got["issue_date"] == "2024-01-10"


def test_person_after_a_committee_word_is_not_the_unit():
    got = fields(
        "Phú Dương đón đoàn kiểm tra mô hình “Dân vận khéo” năm 2023\n\n"
        "Sáng 08/11/2023, Ban Dân vận Thành ủy cử đoàn về xã Phú Dương kiểm tra các mô hình. "
        "Phó Trưởng Ban Dân vận Thành ủy Võ Thị Trà My làm Trưởng đoàn; Phó Chủ tịch UBND thành phố "
        "Nguyễn Văn Hùng cùng dự.\n"
    )
    assert (got["unit_level"], got["unit_name"]) == ("xa", "xã Phú Dương")


def test_communes_of_a_city_in_the_headline():
    got = fields(
        "Hai xã ở TPHCM tôn vinh điển hình của phong trào “Dân vận khéo”\n\n"
        "Đảng ủy xã Kim Long (TPHCM) đã chủ trì hội nghị tôn vinh những điển hình “Dân vận khéo” năm 2025.\n\n"
        "Cũng trong ngày, Đảng ủy xã Thái Mỹ họp mặt kỷ niệm.\n"
    )
    assert (got["unit_level"], got["unit_name"], got["province"], got["province_2025"]) == (
        "xa", "xã Kim Long", "TPHCM", "Hồ Chí Minh")


def test_sector_body_in_the_headline():
    got = fields(
        "Công an tỉnh Bình Định: Lan tỏa phong trào “Dân vận khéo” đến từng khu dân cư\n\n"
        "14:32, 02/05/2022\n\n"
        "Thời gian qua, Công an tỉnh đã xây dựng 86 mô hình “Dân vận khéo” ở các xã, phường.\n"
    )
    assert (got["unit_level"], got["unit_name"], got["province"]) == ("tinh", "Công an tỉnh Bình Định", "Bình Định")


def test_sector_body_letterhead():
    got = fields(
        "ĐẢNG BỘ TỈNH QUẢNG NAM\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n\nBÁO CÁO\n\nkết quả phong trào thi đua “Dân vận khéo” năm 2024\n\n"
        "Các chi, đảng bộ trực thuộc đã đăng ký 45 mô hình.\n"
    )
    assert (got["unit_level"], got["unit_name"], got["province"]) == (
        "tinh", "Đảng ủy Khối các cơ quan tỉnh Quảng Nam", "Quảng Nam")


def test_city_under_a_province_before_2025_and_central_after():
    before = fields("Thành phố Huế có hơn 200 mô hình dân vận khéo\n\n15:20, 10/05/2023\n\n"
                    "Theo Ban Dân vận Thành ủy Huế, toàn thành phố có 215 mô hình được công nhận.\n")
    after = fields("Thành phố Huế có hơn 300 mô hình dân vận khéo\n\n15:20, 10/09/2025\n\n"
                   "Theo Ban Dân vận Thành ủy Huế, toàn thành phố có 315 mô hình được công nhận.\n")
    assert (before["unit_level"], before["province"]) == ("huyen", "Thừa Thiên Huế")
    assert (after["unit_level"], after["province"]) == ("tinh", "Huế")


def test_no_headline_scope_of_the_text():
    got = fields(
        "2. Kết quả thực hiện\n\n"
        "Mô hình của ấp 6, xã Xuân Bắc, huyện Xuân Lộc được chọn làm điển hình cấp tỉnh.\n\n"
        "Giai đoạn 2009-2015, toàn tỉnh Đồng Nai có 5.022 mô hình “Dân vận khéo”.\n"
    )
    assert (got["unit_level"], got["unit_name"], got["province"]) == ("tinh", "tỉnh Đồng Nai", "Đồng Nai")


def test_no_name_level_from_how_the_text_speaks_of_itself():
    got = fields(
        "(QNO) - Chiều 3/1, hội nghị tổng kết năm 2023 về công tác dân vận đã diễn ra.\n\n"
        "Trong năm 2023, các địa phương, cơ quan, đơn vị của huyện đã xây dựng mới 105 mô hình; "
        "toàn huyện giữ vững hoạt động của 80 mô hình. Phó Chủ tịch UBND huyện Trần Quốc Danh tặng giấy khen.\n"
    )
    assert got["doc_type"] == "tin_bai"
    assert got["unit_level"] == "huyen" and not got.get("unit_name")


def test_report_extract_with_running_case_title():
    got = fields(
        "ĐẢNG ỦY XÃ THẠNH PHƯỚC\n"
        "Báo cáo tổng kết phong trào thi đua “Dân vận khéo” 5 năm 2016 - 2020\n"
        "(Đăng lúc 08:56 ngày 07/07/2020)\n\n"
        "1. Mục đích\nHội nghị tổng kết nhằm đúc rút kinh nghiệm sau 5 năm thi đua.\n"
    )
    assert got["doc_type"] == "bao_cao"
    assert got["title"] == "tổng kết phong trào thi đua “Dân vận khéo” 5 năm 2016 - 2020"
    assert (got["unit_level"], got["unit_name"]) == ("xa", "xã Thạnh Phước")
    assert (got["period_start"], got["period_end"]) == (2016, 2020)


def test_report_without_letterhead_takes_the_province_of_the_guidance_it_follows():
    # a thị xã's report names its province only as the issuer of the guidance it follows
    got = fields(
        "BÁO CÁO\n\nsơ kết 03 năm thực hiện phong trào thi đua “Dân vận khéo”\n\n"
        "Ngày 05/3/2021, Ban Thường vụ Thị ủy Long Mỹ ban hành Kế hoạch số 18-KH/TU. Ban Thường vụ Thị ủy báo cáo như sau:\n\n"
        "Căn cứ Hướng dẫn 02-HD/BDVTU ngày 19/02/2021 của Ban Dân vận Tỉnh ủy Hậu Giang, các cơ sở đăng ký 120 mô hình.\n"
    )
    assert (got["unit_name"], got["province"]) == ("thị xã Long Mỹ", "Hậu Giang")
