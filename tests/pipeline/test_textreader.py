"""Plain-text reports: pages, footnotes and glued markers, Word exports."""
from __future__ import annotations

from pipeline import roles
from pipeline.pagetext import assemble
from pipeline.textreader import read_text

DUMP = (
    " BÁO CÁO \n\nKết quả phong trào thi đua “Dân vận khéo” \n\n"
    "Trong 05 năm qua, các địa phương đã đăng ký và triển khai thực hiện \n\n"
    "412 mô hình “Dân vận khéo” trên các lĩnh vực2: \n\n"
    "                                                 \n"
    "2 Lĩnh vực kinh tế: 120 mô hình; lĩnh vực văn hóa - xã hội: 180 \n\n"
    "mô hình. \n\n\n\n 2 \n\nNội dung trang hai của báo cáo về Kế hoạch số 14-\n\nKH/HU ngày 16/4/2021. \n"
)


def _pages(text):
    pages = read_text(text)
    roles.assign(pages, geometric=False)
    return [assemble(i + 1, p) for i, p in enumerate(pages)]


def test_page_numbers_split_pages_and_are_dropped():
    pages = _pages(DUMP)
    assert len(pages) == 2
    assert pages[1].text.startswith("Nội dung trang hai")
    assert "\n2\n" not in pages[1].text


def test_glued_marker_becomes_superscript_and_links_note():
    page = _pages(DUMP)[0]
    assert "lĩnh vực²:" in page.text
    note = page.footnote("2")
    assert page.text[note.start:note.end] == "² Lĩnh vực kinh tế: 120 mô hình; lĩnh vực văn hóa - xã hội: 180 mô hình."
    assert [m.label for m in page.markers] == ["2"]


def test_title_role_and_joined_symbol():
    pages = _pages(DUMP)
    assert pages[0].lines[0].role == "title" and pages[0].lines[0].text == "BÁO CÁO"
    assert "Kế hoạch số 14-KH/HU ngày 16/4/2021." in pages[1].text


def test_word_export_notes_are_linked_in_order():
    text = ("Ban Thường vụ đã ban hành các văn bản hướng dẫn\n. Các cấp ủy đã lựa chọn 19 mô hình điển hình\n để nhân rộng.\n"
            "\ufffd Hướng dẫn số 17-HD/BDVTU.\n\ufffd Lĩnh vực kinh tế: 06 mô hình; văn hóa - xã hội: 07 mô hình.\n")
    page = _pages(text)[0]
    assert "hướng dẫn¹. Các cấp ủy" in page.text
    assert "điển hình² để nhân rộng." in page.text
    assert page.text[page.footnote("2").start:].startswith("² Lĩnh vực kinh tế: 06")


def test_parenthesised_notes_of_a_pasted_email():
    text = ("Năm 2023, phường đăng ký 9 mô hình(1); 4 mô hình được thành phố công nhận (2).\n\n"
            "Các khu phố tiếp tục duy trì mô hình (1) cũ và (2) mới.\n\n"
            "________________\n(1) Theo Kế hoạch số 28/KH-UBND.\n(2) Gồm 04 mô hình.\n")
    page = _pages(text)[-1]
    assert "9 mô hình¹;" in page.text and "công nhận²." in page.text
    assert "mô hình (1) cũ và (2) mới" in page.text  # enumerations in the body stay as they are
    assert [f.label for f in page.footnotes] == ["1", "2"]
    assert page.text[page.footnote("2").start:page.footnote("2").end] == "² Gồm 04 mô hình."


def test_indented_byline_under_a_headline_does_not_start_a_page():
    # pdftotext starts a page with one space; a byline indented by one space
    # right under a headline is not a new page
    text = "Kon Tum lan tỏa các mô hình “Dân vận khéo”\n\n R.C.Kim\n\nĐến nay, tỉnh đã xây dựng trên 1.000 mô hình.\n"
    pages = _pages(text)
    assert len(pages) == 1
    assert pages[0].text.split("\n")[1] == "R.C.Kim"
