"""extractors.figures: quantities with their unit and metric."""
from __future__ import annotations

import pytest

from extractors import REGISTRY
from extractors.figures import extract, unit_after
from pipeline.model import Document, Line, Page


def figures(*texts: str):
    doc = Document("doc", "doc.txt", pages=[Page(number=i + 1, text=t) for i, t in enumerate(texts)])
    out = list(extract(doc))
    for m in out:
        page = doc.pages[m.page - 1]
        assert m.quote == page.text[m.char_start:m.char_end]
        assert (m.table, m.extractor, m.data["field"]) == ("figures", "figures", "")
    return out


def one(text: str):
    out = figures(text)
    assert len(out) == 1, [(m.quote, m.data) for m in out]
    return out[0]


def test_registered():
    assert REGISTRY["figures"] is extract


@pytest.mark.parametrize(
    "text, metric, value, unit, quote",
    [
        ("Đài đã phát 845 lượt tin, bài phát thanh", "news_articles", 845, "lượt tin, bài", "845 lượt tin, bài"),
        ("đăng 2.310 tin, bài trên cổng thông tin", "news_articles", 2310, "tin, bài", "2.310 tin, bài"),
        ("thực hiện 27 cuộc kiểm tra, giám sát", "inspections", 27, "cuộc kiểm tra", "27 cuộc kiểm tra"),
        ("đã tổ chức 112 hội nghị sơ kết", "conferences", 112, "hội nghị", "112 hội nghị"),
        ("tổ chức 14 hội thi tìm hiểu", "contests", 14, "hội thi", "14 hội thi"),
        ("tham gia 3 cuộc thi viết", "contests", 3, "cuộc thi", "3 cuộc thi"),
        ("tổ chức 41 buổi tọa đàm chuyên đề", "seminars", 41, "buổi tọa đàm", "41 buổi tọa đàm"),
        ("ban hành 126 văn bản chỉ đạo", "documents_issued", 126, "văn bản", "126 văn bản"),
        ("hỗ trợ 318 hộ nghèo vay vốn", "households", 318, "hộ nghèo", "318 hộ nghèo"),
        ("có 5.204 hộ đạt gia đình văn hóa", "households", 5204, "hộ", "5.204 hộ"),
        ("giúp đỡ 45 phụ nữ khởi nghiệp", "people", 45, "phụ nữ", "45 phụ nữ"),
        ("toàn xã có 3.880 khẩu", "people", 3880, "khẩu", "3.880 khẩu"),
        ("đoàn gồm 18 thành viên", "people", 18, "thành viên", "18 thành viên"),
        ("tỷ lệ hộ nghèo còn 3,45%", "percent", 3.45, "%", "3,45%"),
        ("trồng mới 12,5 ha rừng", "area", 12.5, "ha", "12,5 ha"),
        ("có 9 xã đạt chuẩn", "communes", 9, "xã", "9 xã"),
        ("mở 24 chuyên mục trên sóng", "columns", 24, "chuyên mục", "24 chuyên mục"),
        ("phát hành 500 cẩm nang", "handbooks", 500, "cẩm nang", "500 cẩm nang"),
        ("thành lập 41 tổ tự quản", "other", 41, "tổ tự quản", "41 tổ tự quản"),
        ("hướng dẫn tạo 312 tài khoản dịch vụ công", "other", 312, "tài khoản", "312 tài khoản"),
        ("tổ chức 04 đợt tuyên truyền", "other", 4, "đợt", "04 đợt"),
    ],
)
def test_metric_and_unit(text, metric, value, unit, quote):
    m = one(text)
    assert (m.data["metric"], m.data["value"], m.data["unit"], m.quote) == (metric, pytest.approx(value), unit, quote)
    assert m.data["value_max"] is None and m.data["qualifier"] == ""


def test_money_scaled_with_qualifier():
    m = one("các chi hội đã vận động được hơn 2,7 tỷ đồng để hỗ trợ")
    assert (m.data["metric"], m.data["unit"], m.data["qualifier"]) == ("money", "đồng", "hơn")
    assert m.data["value"] == pytest.approx(2.7e9)
    assert m.quote == "hơn 2,7 tỷ đồng"


def test_money_million_near():
    m = one("với tổng kinh phí gần 60 triệu đồng.")
    assert (m.data["value"], m.data["qualifier"], m.quote) == (pytest.approx(6e7), "gần", "gần 60 triệu đồng")


def test_people_with_luot_and_qualifier():
    m = one("thu hút khoảng 1.200 lượt người tham gia")
    assert (m.data["metric"], m.data["value"], m.data["unit"], m.data["qualifier"]) == (
        "people", 1200, "lượt người", "khoảng")


def test_ratio_is_coverage():
    m = one("mô hình được nhân rộng tại 11/11 xã, thị trấn")
    assert (m.data["metric"], m.data["value"], m.data["value_max"], m.data["unit"]) == (
        "coverage", 11, 11, "xã, thị trấn")
    assert m.quote == "11/11 xã, thị trấn"


def test_range_figure():
    m = one("mỗi xã tổ chức từ 02 đến 03 hội nghị")
    assert (m.data["metric"], m.data["value"], m.data["value_max"], m.quote) == (
        "conferences", 2, 3, "từ 02 đến 03 hội nghị")


def test_number_words_figure():
    m = one("đã hỗ trợ hai nghìn hộ")
    assert (m.data["metric"], m.data["value"], m.data["unit"]) == ("households", 2000, "hộ")


def test_unit_is_lower_case_and_old_tone_placement_matches():
    assert one("thành lập 07 Hội nghị").data["unit"] == "hội nghị"
    assert one("thành lập 16 tổ hoà giải ở cơ sở").data["unit"] == "tổ hoà giải"


def test_classifier_takes_its_head_noun():
    assert one("thành lập 03 Tổ công tác, vận động").data["unit"] == "tổ công tác"


@pytest.mark.parametrize(
    "text",
    [
        "đã xây dựng 215 mô hình “Dân vận khéo”",
        "sau 03 năm thực hiện phong trào",
        "Kế hoạch số 12-KH/HU ngày 3/5/2022 giai đoạn 2021 - 2025",
        "mô hình “Phiên chợ 0 đồng” và “5 không, 3 sạch”",
        "tổ chức trên 40 “Bữa cơm nghĩa tình”",
        "giải quyết hàng trăm vụ việc",
        "các xã¹² đã hoàn thành",
        "phát triển kinh tế - xã hội",
        "tại thôn 5, xã Hòa Bình",
    ],
)
def test_not_figures(text):
    assert figures(text) == []


def test_pages_and_sources():
    text = "Trong năm, ban hành 12 văn bản.\n¹ Có 30 hộ tham gia."
    page2 = Page(number=2, text=text, lines=[Line(text="", role="body", start=0, end=31),
                                            Line(text="", role="footnote", start=32, end=len(text))])
    doc = Document("doc", "doc.txt", pages=[Page(number=1, text="Không có số liệu."), page2])
    out = list(extract(doc))
    assert [(m.page, m.source, m.quote) for m in out] == [(2, "body", "12 văn bản"), (2, "footnote", "30 hộ")]


def test_sentence_and_period_from_sentence():
    m = one("Giai đoạn 2021 - 2025, toàn huyện ban hành 40 văn bản; năm sau tiếp tục.")
    assert m.data["sentence"] == "Giai đoạn 2021 - 2025, toàn huyện ban hành 40 văn bản"
    assert (m.data["period_start"], m.data["period_end"]) == (2021, 2025)


def test_no_period_key_when_sentence_has_none():
    assert "period_start" not in one("ban hành 40 văn bản").data


def test_several_figures_in_text_order():
    out = figures("Hộ nghèo 212 hộ, chiếm 31,2%; diện tích 1.045,6 ha; có 2 xã, 14 thôn.")
    assert [(m.data["metric"], m.data["value"]) for m in out] == [
        ("households", 212), ("percent", pytest.approx(31.2)), ("area", pytest.approx(1045.6)),
        ("communes", 2), ("other", 14)]


def test_unit_after_helper():
    assert unit_after(" xã hội", 0) is None
    assert unit_after(" đồng bào", 0) is None
    u = unit_after(" lượt tin,bài phát thanh", 0)
    assert (u.unit, u.metric) == ("lượt tin, bài", "news_articles")
