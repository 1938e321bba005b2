"""The PDFium fast path gives the layout the same words as pdfplumber."""
from __future__ import annotations

from pipeline.ingest import ingest
from pipeline.pdfiumsource import read_pdf_fast
from pipeline.pdfsource import read_pdf
from tests.conftest import make_pdf
from tests.pipeline.test_ingest import _report


def test_same_words_as_pdfplumber(tmp_path, font):
    path = str(_report(tmp_path, font))
    fast = [p for p, _ in read_pdf_fast(path)]
    slow = list(read_pdf(path))
    assert [[w.text for w in p.words] for p in fast] == [[w.text for w in p.words] for p in slow]
    for a, b in zip(fast[0].words, slow[0].words):
        assert abs(a.x0 - b.x0) < 2 and abs(a.bottom - b.bottom) < 1 and a.size == b.size


def test_both_engines_give_the_same_page_text(tmp_path, font):
    path = str(_report(tmp_path, font))
    fast, slow = ingest(path, pdf_engine="pdfium"), ingest(path, pdf_engine="pdfplumber")
    assert [p.text for p in fast.pages] == [p.text for p in slow.pages]
    assert "lĩnh vực²:" in fast.pages[0].text


def test_ruled_page_is_sent_to_the_table_finder(tmp_path, font):
    cells = [("rect", x, y, x + 100, y + 20) for x in (85, 185, 285) for y in (100, 120, 140)]
    text = [(90, 115, 12, "Xã A"), (190, 115, 12, "12"), (290, 115, 12, "7")]
    path = make_pdf(tmp_path / "grid.pdf", font, [text + cells, [(85, 100, 14, "Không có bảng.")]])
    assert [needs for _, needs in read_pdf_fast(str(path))] == [True, False]
    doc = ingest(str(path))
    assert doc.pages[0].tables and doc.pages[0].tables[0].rows[0][:2] == ["Xã A", "12"]
