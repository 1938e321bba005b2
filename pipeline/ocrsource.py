"""Words out of scanned pages: PDFium renders, Tesseract (Vietnamese) reads.

A page without a text layer is rendered at 300 dpi and read by the
``tesseract`` command with its ``vie`` data; its TSV output gives each
word's box, and the box height of its line stands in for the type size. The
words go into the same :class:`pipeline.pdfsource.RawPage` as any other
source, so layout analysis, roles and extractors do not know the page was
scanned. Tesseract is a system program (Debian: ``tesseract-ocr`` and
``tesseract-ocr-vie``); without it scanned pages are reported, not read.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from functools import lru_cache

from pipeline.model import Word
from pipeline.pdfsource import RawPage

DPI = 300
#: a line's box is about this many times its type size
LINE_TO_SIZE = 1.0 / 1.3
TIMEOUT = 120  # seconds for one page


class OcrError(Exception):
    """A page could not be read by OCR; the message is the one-line reason."""


@lru_cache(maxsize=1)
def available() -> bool:
    """Is ``tesseract`` installed with its Vietnamese data?"""
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in (out.stdout + out.stderr).split()


def _tsv(png: bytes) -> str:
    try:
        out = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", "vie", "--psm", "3", "tsv"],
            input=png, capture_output=True, timeout=TIMEOUT,
            # Tesseract's OpenMP threads fight each other (and the worker
            # processes) for cores: one thread per page is several times faster
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    except subprocess.TimeoutExpired:
        raise OcrError(f"OCR took longer than {TIMEOUT} s")
    except OSError as e:
        raise OcrError(f"OCR could not run: {e.strerror or e}")
    if out.returncode != 0:
        raise OcrError("OCR failed: " + " ".join(out.stderr.decode("utf-8", "replace").split())[:150])
    return out.stdout.decode("utf-8", "replace")


def words_from_tsv(tsv: str, dpi: int = DPI) -> list[Word]:
    """Tesseract TSV -> words in PDF points, sized by their line's height."""
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    scale = 72.0 / dpi
    lines: dict[tuple, tuple[float, float]] = {}  # line -> (bottom, height): one baseline per line
    for r in rows:
        if r.get("level") == "4":
            key = (r["block_num"], r["par_num"], r["line_num"])
            lines[key] = ((float(r["top"]) + float(r["height"])) * scale, float(r["height"]) * scale)
    words = []
    for r in rows:
        text = (r.get("text") or "").strip()
        if r.get("level") != "5" or not text:
            continue
        left, top = float(r["left"]) * scale, float(r["top"]) * scale
        width, height = float(r["width"]) * scale, float(r["height"]) * scale
        line_bottom, line_height = lines.get((r["block_num"], r["par_num"], r["line_num"]), (top + height, height))
        size = round(max(line_height * LINE_TO_SIZE, 4.0))
        words.append(Word(text=text, x0=left, x1=left + width, top=line_bottom - size, bottom=line_bottom, size=size))
    return words


def ocr_pages(path: str, numbers: list[int], dpi: int = DPI):
    """Render and read the given 1-based pages of the PDF at ``path``,
    opening it once; yields ``(number, RawPage or OcrError)``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for number in numbers:
            try:
                page = pdf[number - 1]
                width, height = page.get_size()
                image = page.render(scale=dpi / 72).to_pil().convert("L")
                page.close()
                buf = io.BytesIO()
                image.save(buf, format="PNG")
                raw = RawPage(number=number, width=width, height=height)
                raw.words = words_from_tsv(_tsv(buf.getvalue()), dpi)
                yield number, raw
            except OcrError as e:
                yield number, e
    finally:
        pdf.close()
