"""Ingestion of real PDFs (pdfplumber) into pages, lines, roles, footnotes."""
from __future__ import annotations

from pathlib import Path

from pipeline.ingest import ingest
from tests.conftest import make_pdf

LETTERHEAD = [
    (80, 60, 13, "ĐẢNG BỘ TỈNH KON TUM"), (340, 60, 13, "ĐẢNG CỘNG SẢN VIỆT NAM"),
    (95, 78, 13, "HUYỆN ỦY ĐĂK HÀ"),
    (100, 110, 13, "Số 88-BC/HU"), (330, 110, 13, "Đăk Hà, ngày 12 tháng 3 năm 2025"),
    (260, 150, 15, "BÁO CÁO"),
]


def _report(tmp_path: Path, font: str) -> Path:
    page1 = LETTERHEAD + [
        (85, 200, 14, "Các cơ sở đã đăng ký 412 mô hình trên các lĩnh vực"),
        ("+", 195, 8.5, "2"),
        ("+", 200, 14, ":"),
        (85, 218, 14, "thực hiện Kế hoạch số 14-"),
        (85, 236, 14, "KH/HU ngày 16/4/2021."),
        ("rule", 85, 230, 760),
        (85, 772, 6.5, "2"),
        (92, 777, 10.5, "Lĩnh vực kinh tế: 120 mô hình; lĩnh vực văn hóa - xã hội: 180 mô hình."),
    ]
    page2 = [(290, 40, 13, "2"), (85, 100, 14, "Nội dung trang hai.")]
    return make_pdf(tmp_path / "report.pdf", font, [page1, page2])


def test_letterhead_title_and_body_roles(tmp_path, font):
    doc = ingest(str(_report(tmp_path, font)))
    assert doc.status == "ok", doc.error
    roles = {ln.text: ln.role for ln in doc.pages[0].lines}
    assert roles["HUYỆN ỦY ĐĂK HÀ"] == "letterhead"
    assert roles["Số 88-BC/HU"] == "letterhead"
    assert roles["BÁO CÁO"] == "title"
    text = doc.pages[0].text
    # left column of the letterhead is read before the right one
    assert text.index("HUYỆN ỦY ĐĂK HÀ") < text.index("ĐẢNG CỘNG SẢN VIỆT NAM")


def test_footnote_marker_linked_to_its_note(tmp_path, font):
    page = ingest(str(_report(tmp_path, font))).pages[0]
    assert [m.label for m in page.markers] == ["2"]
    marker = page.markers[0]
    assert page.text[marker.start - 8: marker.end + 1] == "lĩnh vực²:"
    note = page.footnote("2")
    assert note is not None
    assert page.text[note.body_start(page.text): note.end].startswith("Lĩnh vực kinh tế: 120 mô hình")
    assert page.role_at(note.start) == "footnote"


def test_symbol_broken_over_a_line_is_joined(tmp_path, font):
    page = ingest(str(_report(tmp_path, font))).pages[0]
    assert "Kế hoạch số 14-KH/HU ngày 16/4/2021." in page.text


def test_running_page_number_removed(tmp_path, font):
    doc = ingest(str(_report(tmp_path, font)))
    assert doc.pages[1].text == "Nội dung trang hai."
    assert len(doc.pages) == 2


def test_text_is_nfc_and_tone_normalised(tmp_path, font):
    path = make_pdf(tmp_path / "uy.pdf", font, [[(85, 100, 14, "Uỷ ban nhân dân xã, hoà giải")]])
    assert ingest(str(path)).pages[0].text == "Ủy ban nhân dân xã, hòa giải"


def test_web_page_dispatched_to_the_html_reader(tmp_path):
    path = tmp_path / "tin.htm"
    path.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Đam Rông có thêm 71 mô hình dân vận khéo</title></head>"
        "<body><article><h1>Đam Rông có thêm 71 mô hình dân vận khéo</h1><p>Cập nhật 06:06 ngày 15/06/2020</p>"
        "<p>Trong 6 tháng đầu năm 2020, các tổ chức đoàn thể huyện Đam Rông đã xây dựng 71 mô hình, điển hình "
        "“Dân vận khéo” phục vụ xây dựng nông thôn mới ở nhiều lĩnh vực.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = ingest(str(path))
    assert (doc.status, doc.fmt) == ("ok", "html")
    assert doc.meta["title"] == "Đam Rông có thêm 71 mô hình dân vận khéo"
    assert [(ln.role, ln.text) for ln in doc.pages[0].lines][:2] == [
        ("headline", "Đam Rông có thêm 71 mô hình dân vận khéo"), ("dateline", "Cập nhật 06:06 ngày 15/06/2020")]


def test_text_that_mentions_html_is_still_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Báo cáo gửi kèm tệp <html> đã lưu.\nToàn huyện có 12 mô hình.\n", encoding="utf-8")
    assert ingest(str(path)).fmt == "txt"
