"""Characters out of a PDF through PDFium (pypdfium2): the fast path.

PDFium's C text layer gives each character's origin, font size, font name
and weight about ten times faster than pdfplumber's pure-Python pdfminer.
It does not find tables, so a page whose ruled lines could make a grid is
marked ``needs_tables`` and the caller reads that page again through
:mod:`pipeline.pdfsource` (pdfplumber's table finder).

Words are built as pdfplumber builds them: a new word at a space, at a gap
wider than the tolerance, or where the font or size changes; word boxes span
the font's ascent and descent around the baseline, so both sources give the
layout analysis the same geometry.
"""
from __future__ import annotations

import ctypes
from typing import Iterator

from pipeline.model import Word
from pipeline.pdfsource import PdfError, RawPage, Rule

#: top and bottom of a character box, in font sizes above/below the baseline
ASCENT, DESCENT = 0.78, 0.216
X_TOLERANCE = 1.5
FONT_ITALIC = 1 << 6


def _font(textpage, i: int, buf) -> tuple[str, bool, bool]:
    import pypdfium2.raw as raw

    flags = ctypes.c_int(0)
    raw.FPDFText_GetFontInfo(textpage, i, buf, len(buf), ctypes.byref(flags))
    name = buf.value.decode("latin-1", "replace")
    low = name.lower()
    weight = raw.FPDFText_GetFontWeight(textpage, i)
    bold = "bold" in low or "black" in low or weight >= 600
    italic = "italic" in low or "oblique" in low or bool(flags.value & FONT_ITALIC)
    return name, bold, italic


def _chars(textpage, height: float):
    """(char, x0, x1, baseline_top, size, font, bold, italic) per character,
    None at spaces and line breaks. The text is fetched in one call; font
    facts once per text object."""
    import pypdfium2.raw as raw

    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return
    out = (ctypes.c_ushort * (n + 1))()
    raw.FPDFText_GetText(textpage, 0, n, out)
    text = bytes(out)[: 2 * n].decode("utf-16-le", "replace")
    buf = ctypes.create_string_buffer(256)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fonts: dict = {}
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\ufffe" or not ch.isprintable():
            # a space written in the PDF separates words; one PDFium made up
            # from a jump in position (a raised marker) may not
            yield "generated" if raw.FPDFText_IsGenerated(textpage, i) == 1 else None
            continue
        raw.FPDFText_GetCharBox(textpage, i, ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
        raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(ox), ctypes.byref(oy))
        key = ctypes.cast(raw.FPDFText_GetTextObject(textpage, i), ctypes.c_void_p).value
        if key not in fonts:
            fonts[key] = (round(raw.FPDFText_GetFontSize(textpage, i), 2), *_font(textpage, i, buf))
        size, name, bold, italic = fonts[key]
        yield ch, left.value, max(right.value, left.value), height - oy.value, size, name, bold, italic


def _words(textpage, height: float) -> list[Word]:
    words: list[Word] = []
    cur: list = []
    spaced = [True]  # was the character before the current word a space? (None: judge the gap)
    pending_gap: list = [None]

    def flush(space: bool = False):
        if cur:
            text = "".join(c[0] for c in cur)
            size = cur[0][4]
            baseline = max(c[3] for c in cur)
            words.append(Word(
                text=text, x0=min(c[1] for c in cur), x1=max(c[2] for c in cur),
                top=baseline - ASCENT * size, bottom=baseline + DESCENT * size,
                size=size, font=cur[0][5], bold=cur[0][6], italic=cur[0][7], space_before=spaced[0],
            ))
            cur.clear()
        spaced[0] = space

    for c in _chars(textpage, height):
        if c is None or c == "generated":
            if cur:
                pending_gap[0] = cur[-1]
            flush(space=True)
            spaced[0] = True if c is None else None
            continue
        if spaced[0] is None and pending_gap[0] is not None:
            spaced[0] = c[1] - pending_gap[0][2] > 0.12 * c[4]  # judged from the gap
        pending_gap[0] = None
        if cur:
            last = cur[-1]
            same_style = last[4] == c[4] and last[5] == c[5]
            same_line = abs(last[3] - c[3]) <= 0.3 * c[4]
            tolerance = max(X_TOLERANCE, 0.25 * c[4])
            gap = c[1] - last[2]
            if not (same_style and same_line and -tolerance <= gap <= tolerance):
                flush(space=gap > 0.3 * c[4] or not same_line)
        cur.append(c)
    flush()
    return words


def _paths(container, form: bool = False, depth: int = 0):
    """Path objects of a page, and of the form XObjects it draws (two levels)."""
    import pypdfium2.raw as raw

    count = raw.FPDFFormObj_CountObjects(container) if form else raw.FPDFPage_CountObjects(container)
    for i in range(count):
        obj = raw.FPDFFormObj_GetObject(container, i) if form else raw.FPDFPage_GetObject(container, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 2:
            yield from _paths(obj, True, depth + 1)


def _rules(page, height: float) -> tuple[list[Rule], int, int]:
    """Horizontal rules, how many vertical ones, and how many boxes (cells
    drawn as rectangles, or a whole grid drawn as one path)."""
    import pypdfium2.raw as raw

    rules, verticals, boxes = [], 0, 0
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for obj in _paths(page.raw):
        raw.FPDFPageObj_GetBounds(obj, ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
        w, h = r.value - l.value, t.value - b.value
        if h < 1.5 and w > 20:
            rules.append(Rule(l.value, r.value, height - t.value))
        elif w < 1.5 and h > 8:
            verticals += 1
        elif w > 20 and h > 8:
            boxes += 1  # a rectangle, or a whole grid drawn as one path
    return rules, verticals, boxes


def read_pdf_fast(path: str, max_pages: int | None = None) -> Iterator[tuple[RawPage, bool]]:
    """Yield ``(page, needs_tables)`` for each page; raises PdfError when the
    file cannot be opened."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise PdfError("encrypted PDF")
        raise PdfError(f"unreadable PDF: {' '.join(str(e).split())[:150]}")
    try:
        n = len(pdf)
        if not n:
            raise PdfError("PDF has no pages")
        for i in range(n if max_pages is None else min(n, max_pages)):
            page = pdf[i]
            width, height = page.get_size()
            raw = RawPage(number=i + 1, width=width, height=height)
            needs_tables = False
            try:
                textpage = page.get_textpage()
                try:
                    raw.words = _words(textpage, height)
                finally:
                    textpage.close()
                raw.rules, verticals, boxes = _rules(page, height)
                needs_tables = boxes >= 2 or (len(raw.rules) >= 3 and verticals >= 2)
            except Exception as e:
                raw.error = f"page {i + 1}: {' '.join(str(e).split())[:150] or type(e).__name__}"
            finally:
                page.close()
            yield raw, needs_tables
    finally:
        pdf.close()
