"""pipeline.roles: a news item's furniture (headline, dateline, captions,
byline, the site's words) and the administrative shapes it must not disturb."""
from __future__ import annotations

import pytest

from pipeline import roles
from pipeline.pagetext import assemble
from pipeline.textreader import read_text


def _roles(text: str) -> list[tuple[str, str]]:
    pages = read_text(text)
    roles.assign(pages, geometric=False)
    return [(ln.role, ln.text) for page in [assemble(i + 1, p) for i, p in enumerate(pages)] for ln in page.lines]


def _role_of(text: str, start: str) -> str:
    return next(role for role, line in _roles(text) if line.startswith(start))


NEWS = (
    "Trang chủ | Thời sự | Chính trị\n\n"
    "Ia Grai: 150 mô hình “Dân vận khéo” phát huy hiệu quả\n\n"
    "Thứ Năm, 14/03/2024 - 08:15\n\n"
    "(GLO) - Sáng 13/3, Ban Dân vận Huyện ủy Ia Grai tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo”.\n\n"
    "Toàn huyện hiện có 150 mô hình “Dân vận khéo”, trong đó 42 mô hình được công nhận năm 2023.\n\n"
    "Lãnh đạo huyện trao giấy khen cho 12 tập thể tiêu biểu. Ảnh: Minh Lý\n\n"
    "Dịp này, 12 tập thể và 7 cá nhân được khen thưởng.\n\n"
    "MINH LÝ\n\n"
    "Tin liên quan\n"
    "Đak Đoa có 80 mô hình dân vận khéo\n"
    "Bình luận (0)\n"
)


def test_news_item_furniture():
    found = _roles(NEWS)
    assert found[0] == ("boilerplate", "Trang chủ | Thời sự | Chính trị")
    assert found[1] == ("headline", "Ia Grai: 150 mô hình “Dân vận khéo” phát huy hiệu quả")
    assert found[2] == ("dateline", "Thứ Năm, 14/03/2024 - 08:15")
    assert _role_of(NEWS, "Lãnh đạo huyện trao") == "caption"
    assert _role_of(NEWS, "MINH LÝ") == "byline"
    # the related-items list is the site's: its counts are not this article's
    assert _role_of(NEWS, "Đak Đoa có 80") == "boilerplate"
    assert _role_of(NEWS, "Tin liên quan") == "boilerplate"
    assert _role_of(NEWS, "Toàn huyện hiện có 150") == "body"
    assert _role_of(NEWS, "Dịp này, 12 tập thể") == "body"


def test_furniture_roles_are_declared():
    from pipeline.model import ROLES

    assert set(roles.FURNITURE) <= set(ROLES)


@pytest.mark.parametrize("line", [
    "Cập nhật 06:06 ngày 15/06/2020",
    "Thứ Tư, 11/10/2017 - 10:56",
    "06:05, 02/05/2022",
    "07:00:21 17/06/2019",
    "Ngày đăng: 14/08/2025 | Lượt xem: 1.245",
    "Cập nhật 07:29, Chủ nhật 31/8/2025 | Cà Mau 32°C",
    "(Đăng lúc 08:56 ngày 07/07/2020)",
    "Thứ Hai, ngày 3 tháng 6 năm 2024",
    "19/09/2010",
])
def test_datelines(line):
    assert roles.is_dateline(line)


@pytest.mark.parametrize("line", [
    "Ngày 17-9-2010, đoàn của Ban Dân vận Tỉnh ủy đã về ấp Phú Đa kiểm tra mô hình.",
    "Sáng 7/9/2017, hội nghị sơ kết đã được Đảng ủy phường An Sơn tổ chức.",
    "(Hội nghị tổng kết, biểu dương điển hình ngày 23/10/2025)",
    "Kế hoạch số 19-KH/BDV, ngày 17/7/2023",
])
def test_not_datelines(line):
    assert not roles.is_dateline(line)


@pytest.mark.parametrize("line, byline", [
    ("TRỊNH CHU", True),
    ("Thu Trang", True),
    ("T.H.", True),
    ("R.C.Kim", True),
    ("Thu Hà - Trung tâm VH-TT huyện", True),
    ("Minh Lý – Ksorr Tuối", True),
    ("NGUYỄN THỊ THÙY |", True),
    ("Bài, ảnh: MINH HOA", True),
    ("Theo Báo Nhân Dân", True),
    ("Dịp này, 12 tập thể được khen thưởng.", False),
    ("Tin liên quan", False),
    ("Lĩnh vực kinh tế: 82 mô hình", False),
])
def test_bylines(line, byline):
    assert roles.is_byline(line) is byline


@pytest.mark.parametrize("line, caption", [
    ("Ảnh: Quang cảnh hội nghị. (Sỹ Bắc)", True),
    ("Người dân hiến đất làm đường (Ảnh: Thanh Tâm)", True),
    ("Lãnh đạo huyện tặng giấy khen cho các điển hình. Ảnh: N.Đ", True),
    ("Ảnh minh họa: Lãnh đạo xã trao giấy khen", True),
    ("Toàn huyện có 274 mô hình, điển hình “Dân vận khéo”.", False),
    ("Chụp ảnh lưu niệm là hoạt động của hội nghị.", False),
])
def test_captions(line, caption):
    assert roles.is_caption(line) is caption


def test_unlabelled_caption_under_the_headline_and_indented_byline():
    text = (
        "Đồng Văn: Phong trào thi đua “Dân vận khéo” đi vào chiều sâu\n\n"
        " R.C.Kim\n\n"
        "Bí thư Huyện ủy và lãnh đạo huyện Đồng Văn đến thăm mô hình du lịch cộng đồng ở thôn Lô Lô Chải\n\n"
        "Tính đến nay, huyện đã đăng ký, triển khai 185 mô hình, trong đó lĩnh vực kinh tế 104 mô hình.\n"
    )
    found = _roles(text)
    assert [r for r, _ in found] == ["headline", "byline", "caption", "body"]


def test_hard_wrapped_lead_is_not_a_headline():
    # a portal summary broken at the page width: the first line runs on into the second
    text = (
        "Ban Dân vận Tỉnh ủy Bình Thuận đã chủ động hướng dẫn các địa phương, đơn\n"
        "vị ban hành kế hoạch riêng để cụ thể hóa phong trào thi đua “Dân vận khéo”.\n"
    )
    assert {r for r, _ in _roles(text)} == {"body"}


def test_headline_broken_over_two_lines():
    text = (
        "Xã Ea Tu (TP. Buôn Ma Thuột): 15 mô hình dân vận khéo\n"
        "được công nhận năm 2023\n\n"
        "Ngày đăng: 05/01/2024\n\n"
        "Đảng ủy xã Ea Tu vừa tổ chức hội nghị tổng kết phong trào. Toàn xã có 15 mô hình được công nhận.\n"
    )
    found = _roles(text)
    assert [r for r, _ in found][:3] == ["headline", "headline", "dateline"]


def test_headline_in_capitals_is_not_a_letterhead():
    text = "CHƯ PĂH PHÁT HUY HIỆU QUẢ 274 MÔ HÌNH DÂN VẬN KHÉO\n\nToàn huyện đã xây dựng được 274 mô hình, điển hình.\n"
    assert _roles(text)[0][0] == "headline"


def test_report_title_in_running_case_after_letterhead():
    text = (
        "HUYỆN ỦY YÊN BÌNH (TỈNH YÊN BÁI)\n"
        "Báo cáo kết quả phong trào thi đua “Dân vận khéo” năm 2023\n"
        "(Cập nhật ngày 27/2/2024)\n\n"
        "2. Kết quả thực hiện\n"
        "Năm 2023, các cơ quan, đơn vị trong huyện Yên Bình đã xây dựng tổng cộng 336 mô hình.\n"
    )
    assert [r for r, _ in _roles(text)] == ["letterhead", "title", "dateline", "heading", "body"]


def test_numbered_heading_first_is_no_headline():
    text = "2. Kết quả thực hiện\n\nỞ thị xã Cửa Lò, phong trào “dân vận khéo” đã trở thành động lực thi đua.\n"
    assert [r for r, _ in _roles(text)] == ["heading", "body"]


def test_administrative_report_keeps_its_signature():
    text = (
        "BAN THƯỜNG VỤ HUYỆN ỦY\n\nBÁO CÁO\n\nkết quả thực hiện phong trào thi đua “Dân vận khéo”\n\n"
        "Toàn huyện đã đăng ký 214 mô hình “Dân vận khéo”.\n\nT/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nLê Văn Hùng\n"
    )
    found = dict((line, role) for role, line in _roles(text))
    assert found["BÁO CÁO"] == "title"
    assert found["Lê Văn Hùng"] == "signature"
    assert not set(found.values()) & set(roles.FURNITURE)


def test_a_single_line_is_no_headline():
    # a headline heads something: a lone line without a final stop is body
    assert _roles("Toàn huyện có 25 mô hình được công nhận") == [("body", "Toàn huyện có 25 mô hình được công nhận")]
