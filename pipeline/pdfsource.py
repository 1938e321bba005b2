"""Characters out of a PDF, into the library-neutral layout model.

This is the only module that talks to pdfplumber. It gives, per page, the
words with their boxes, font size and style, the horizontal rules (the
footnote separator) and the ruled tables. :mod:`pipeline.layout` works on
that and never sees pdfplumber, so another character source (pypdfium2's
character boxes, OCR) can feed the same layout analysis.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from pipeline.model import Word


class PdfError(Exception):
    """A PDF could not be read at all; the message is the one-line reason."""


@dataclass
class Rule:
    x0: float
    x1: float
    y: float


@dataclass
class RawTable:
    bbox: tuple[float, float, float, float]
    cells: list[list[tuple[float, float, float, float] | None]]


@dataclass
class RawPage:
    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    error: str = ""


def _style(fontname: str) -> tuple[bool, bool]:
    name = fontname.split("+", 1)[-1].lower()
    return ("bold" in name or "black" in name or ",b" in name), ("italic" in name or "oblique" in name)


def _words(page) -> list[Word]:
    out = []
    for w in page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False, x_tolerance=1.5, y_tolerance=2):
        bold, italic = _style(w.get("fontname", ""))
        out.append(
            Word(
                text=w["text"], x0=w["x0"], x1=w["x1"], top=w["top"], bottom=w["bottom"],
                size=round(float(w.get("size") or 0), 2), font=w.get("fontname", ""), bold=bold, italic=italic,
            )
        )
    return out


def _rules(page) -> list[Rule]:
    rules = []
    for ln in page.lines:
        if abs(ln["top"] - ln["bottom"]) < 1.5 and ln["x1"] - ln["x0"] > 20:
            rules.append(Rule(ln["x0"], ln["x1"], ln["top"]))
    for r in page.rects:
        if r["height"] < 1.5 and r["width"] > 20:
            rules.append(Rule(r["x0"], r["x1"], r["top"]))
    return rules


def _tables(page, rules: list[Rule]) -> list[RawTable]:
    # Table finding is the slow part of pdfplumber: only look where ruled
    # lines could make a grid.
    if len(rules) < 3 and not page.rects:
        return []
    found = []
    for t in page.find_tables():
        cells = [list(row.cells) for row in t.rows]
        if len(cells) >= 2 and max(len(r) for r in cells) >= 2:
            found.append(RawTable(bbox=tuple(t.bbox), cells=cells))
    return found


def read_pdf(path: str, max_pages: int | None = None, only: set[int] | None = None) -> Iterator[RawPage]:
    """Yield the pages of the PDF at ``path`` (only the 1-based numbers in
    ``only`` when given); a page that fails carries its error instead of
    words. Raises :class:`PdfError` when the file cannot be opened at all."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFEncryptionError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(path)
        pages = pdf.pages
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise PdfError("encrypted PDF")
    except PdfminerException as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfError("encrypted PDF")
        raise PdfError(f"unreadable PDF: {_one_line(cause)}")
    except Exception as e:  # pdfminer raises many types on damaged files
        raise PdfError(f"unreadable PDF: {_one_line(e)}")
    try:
        if not pages:
            raise PdfError("PDF has no pages")
        for i, page in enumerate(pages):
            if max_pages is not None and i >= max_pages:
                break
            if only is not None and i + 1 not in only:
                continue
            raw = RawPage(number=i + 1, width=float(page.width), height=float(page.height))
            try:
                raw.words = _words(page)
                raw.rules = _rules(page)
                raw.tables = _tables(page, raw.rules)
            except Exception as e:
                raw.error = f"page {i + 1}: {_one_line(e)}"
            finally:
                page.close()
            yield raw
    finally:
        pdf.close()


def _one_line(e: object) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text[:200]
