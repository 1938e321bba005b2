"""Shared fixtures: small real PDFs made with reportlab, the sample corpus."""
from __future__ import annotations

import glob
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def vietnamese_font() -> str | None:
    """A TTF with Vietnamese glyphs from the standard Debian font folders."""
    for pattern in ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/*/*Serif*.ttf"):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return None


@pytest.fixture(scope="session")
def font() -> str:
    path = vietnamese_font()
    if path is None:
        pytest.skip("no Vietnamese-capable TTF installed (apt-get install fonts-dejavu-core)")
    return path


def make_pdf(path: Path, font: str, pages: list[list[tuple]], encrypt: str | None = None) -> Path:
    """Draw ``pages``: lists of (x, y_from_top, size, text) in a PDF; x "+"
    continues right after the previous string (a raised marker when y is
    smaller than the previous y)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "VN" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("VN", font))
    c = canvas.Canvas(str(path), pagesize=(595, 842), encrypt=encrypt)
    for items in pages:
        end = 0.0
        for item in items:
            if item[0] == "rect":
                _, x0, top, x1, bottom = item
                c.rect(x0, 842 - bottom, x1 - x0, bottom - top)
                continue
            if item[0] == "rule":
                _, x0, x1, y = item
                c.line(x0, 842 - y, x1, 842 - y)
                continue
            x, y, size, text = item
            if x == "+":
                x = end
            c.setFont("VN", size)
            c.drawString(x, 842 - y, text)
            end = x + pdfmetrics.stringWidth(text, "VN", size)
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="session")
def corpus_files() -> list[str]:
    files = sorted(str(p) for p in CORPUS.rglob("*") if p.suffix.lower() in (".pdf", ".docx", ".txt") and p.is_file())
    if not files:
        pytest.skip("sample corpus not generated")
    return files
