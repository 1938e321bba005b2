"""Scanned pages: rendered by PDFium, read by Tesseract's Vietnamese model."""
from __future__ import annotations

import pytest

from pipeline import ocrsource
from pipeline.ingest import ingest

pytestmark = pytest.mark.skipif(not ocrsource.available(), reason="tesseract with Vietnamese data not installed")

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "4\t1\t1\t1\t1\t0\t300\t600\t900\t60\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t300\t600\t120\t50\t96\tToàn\n"
    "5\t1\t1\t1\t1\t2\t440\t610\t80\t50\t95\thuyện\n"
)


def test_words_from_tsv_in_points_on_one_baseline():
    a, b = ocrsource.words_from_tsv(TSV, dpi=300)
    assert (a.text, b.text) == ("Toàn", "huyện")
    assert a.x0 == pytest.approx(72.0) and a.x1 == pytest.approx(100.8)
    assert a.bottom == b.bottom == pytest.approx(158.4)  # the line's bottom, not each word's
    assert a.size == 11  # 60 px line at 300 dpi = 14.4 pt of line = about 11 pt type


def _scanned_pdf(path, font):
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.pdfgen import canvas

    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, 58)
    lines = ["BÁO CÁO", "Toàn huyện đã xây dựng 583 mô hình “Dân vận khéo”,",
             "trong đó công nhận 227 mô hình cấp cơ sở."]
    for i, line in enumerate(lines):
        draw.text((250, 150 + i * 110), line, fill=0, font=face)
    png = path.with_suffix(".png")
    image.save(png)
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.drawImage(str(png), 0, 842 - 288, width=595, height=288)
    c.showPage()
    c.save()
    return path


def test_scanned_page_is_read_and_marked(tmp_path, font):
    doc = ingest(str(_scanned_pdf(tmp_path / "scan.pdf", font)))
    assert doc.status == "ok" and doc.ocr
    text = doc.pages[0].text
    assert "583 mô hình" in text and "227 mô hình" in text
    assert ingest(str(tmp_path / "scan.pdf"), ocr=False).error == "no text layer and OCR unavailable"
