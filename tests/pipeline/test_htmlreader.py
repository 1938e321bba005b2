"""pipeline.htmlreader: a saved portal page read through trafilatura, offline."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.metadata import extract
from pipeline.ingest import ingest, sniff
from pipeline.normalize import document_row
from pipeline.roles import FURNITURE

# A provincial portal's article page as a browser saves it: menu, breadcrumb,
# headline, dateline, a figure with its caption, the author's name, a
# related-items list and a footer with the licence number.
PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Chư Păh phát huy hiệu quả 274 mô hình, điển hình dân vận - Báo Gia Lai điện tử</title>
<meta property="og:title" content="Chư Păh phát huy hiệu quả 274 mô hình, điển hình dân vận">
<script>var ads = "Quảng cáo 999 mô hình";</script>
</head><body>
<header><a href="/">Báo Gia Lai điện tử</a>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chinh-tri">Chính trị</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
<div class="hotline">Đường dây nóng: 0269 3824 456</div></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/chinh-tri">Chính trị</a> &gt; <a href="/xdd">Xây dựng Đảng</a></div>
<main><article>
<h1>Chư Păh phát huy hiệu quả 274 mô hình, điển hình dân vận</h1>
<div class="meta"><span class="date">Thứ Tư, 11/10/2023 - 10:56</span></div>
<p><strong>(GLO)- Hưởng ứng phong trào thi đua “Dân vận khéo”, khối Đảng, chính quyền, Mặt trận Tổ quốc cùng các
đoàn thể ở huyện Chư Păh đã chú trọng xây dựng và nhân lên các cách làm hay.</strong></p>
<p>Tính đến nay, toàn huyện đã xây dựng được 274 mô hình, điển hình trong công tác dân vận.</p>
<figure><img src="/img/a.jpg" alt="Hội nghị"><figcaption>Lãnh đạo huyện trao giấy khen cho 12 tập thể. Ảnh: Minh Lý</figcaption></figure>
<table class="image"><tr><td><img src="/img/b.jpg"></td></tr><tr><td>Ảnh: Mô hình “Dân vận khéo” ở xã Ia Ka</td></tr></table>
<p>Trong số đó, 194 mô hình tập thể, còn 80 là điển hình cá nhân.</p>
<table><tr><th>Lĩnh vực</th><th>Số mô hình</th></tr><tr><td>Kinh tế</td><td>120</td></tr><tr><td>Văn hóa - xã hội</td><td>154</td></tr></table>
<h2>Lan tỏa cách làm hay</h2>
<p>Mỗi mô hình được lựa chọn sát với tình hình cụ thể của từng đơn vị, địa phương.</p>
<p style="text-align:right"><strong>MINH LÝ</strong></p>
</article>
<section class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Ia Grai có 150 mô hình dân vận khéo</a></li>
<li><a href="/b">Đak Đoa biểu dương 45 điển hình</a></li></ul></section>
</main>
<footer><p>Cơ quan chủ quản: Tỉnh ủy Gia Lai. Giấy phép số 45/GP-BTTTT ngày 12/3/2020 của Bộ Thông tin và Truyền thông.</p>
<p>Địa chỉ: 01 Trần Hưng Đạo, TP. Pleiku. Điện thoại: 0269 3824 456</p></footer>
</body></html>
"""


@pytest.fixture()
def page_path(tmp_path: Path) -> Path:
    path = tmp_path / "chu-pah-274-mo-hinh.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_sniffed_as_a_web_page_whatever_the_name(tmp_path, page_path):
    other = tmp_path / "saved_page.txt"
    other.write_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"))
    assert sniff(str(page_path)) == "html"
    assert sniff(str(other)) == "html"


def test_main_text_without_the_site(page_path):
    doc = ingest(str(page_path))
    assert doc.status == "ok", doc.error
    assert doc.fmt == "html"
    text = doc.pages[0].text
    assert "Tính đến nay, toàn huyện đã xây dựng được 274 mô hình" in text
    for site in ("Trang chủ", "Đường dây nóng", "Xây dựng Đảng", "Ia Grai", "Giấy phép", "Điện thoại", "Quảng cáo"):
        assert site not in text


def test_headline_dateline_byline_roles(page_path):
    page = ingest(str(page_path)).pages[0]
    by_role = {}
    for line in page.lines:
        by_role.setdefault(line.role, []).append(line.text)
    assert by_role["headline"] == ["Chư Păh phát huy hiệu quả 274 mô hình, điển hình dân vận"]
    assert by_role["dateline"] == ["Thứ Tư, 11/10/2023 - 10:56"]
    assert by_role["byline"] == ["MINH LÝ"]
    assert by_role["heading"] == ["Lan tỏa cách làm hay"]
    # a caption left in a one-column layout table is a caption, not body
    assert by_role["caption"] == ["Ảnh: Mô hình “Dân vận khéo” ở xã Ia Ka"]
    # the figure's caption is gone or a caption: its "12 tập thể" is never body
    assert not any("12 tập thể" in t for t in by_role["body"])
    for line in page.lines:
        assert page.text[line.start:line.end] == line.text


def test_table_of_two_columns_is_a_table(page_path):
    page = ingest(str(page_path)).pages[0]
    assert page.tables[0].rows == [["Lĩnh vực", "Số mô hình"], ["Kinh tế", "120"], ["Văn hóa - xã hội", "154"]]
    start, end = page.tables[0].spans[1][1]
    assert page.text[start:end] == "120"


def test_news_item_document_fields(page_path):
    doc = ingest(str(page_path))
    row = document_row(doc, extract(doc))
    assert row["doc_type"] == "tin_bai"
    assert row["title"] == "Chư Păh phát huy hiệu quả 274 mô hình, điển hình dân vận"
    assert row["issue_date"] == "2023-10-11"
    assert (row["unit_level"], row["unit_name"], row["province"]) == ("huyen", "huyện Chư Păh", "Gia Lai")
    assert not row.get("signer")  # a byline is not a signature


def test_date_from_the_page_metadata_when_no_dateline_is_printed(tmp_path):
    page = (
        '<html><head><meta charset="utf-8"><title>Xã Long Bình: “Dân vận khéo” tiếp sức nông thôn mới</title>'
        '<meta property="article:published_time" content="2025-08-14T07:30:00+07:00"></head><body><article>'
        "<h1>Xã Long Bình: “Dân vận khéo” tiếp sức nông thôn mới</h1>"
        "<p>Xã Long Bình (tỉnh Đồng Tháp) đã tiếp nhận 7 mô hình “Dân vận khéo” sau khi sắp xếp đơn vị hành chính, "
        "tiếp tục duy trì hoạt động và đem lại nhiều kết quả cụ thể cho người dân trong xã.</p>"
        "<p>Mặt trận xã vận động xã hội hóa trên 690 triệu đồng để làm đường giao thông nông thôn.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "long-binh.htm"
    path.write_text(page, encoding="utf-8")
    doc = ingest(str(path))
    row = document_row(doc, extract(doc))
    assert doc.meta["date"] == "2025-08-14"
    assert row["issue_date"] == "2025-08-14"
    assert (row["unit_level"], row["unit_name"], row["province"]) == ("xa", "xã Long Bình", "Đồng Tháp")
    assert not [ln for ln in doc.pages[0].lines if ln.role in FURNITURE and ln.role != "headline"]


def test_page_without_text_fails_with_a_reason(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title></title></head><body><div> </div></body></html>", encoding="utf-8")
    doc = ingest(str(path))
    assert (doc.status, doc.error) == ("failed", "no text in the web page")
