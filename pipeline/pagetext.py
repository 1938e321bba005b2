"""Assemble a page's text from classified lines, with stable offsets.

Every reader (PDF layout, plain text, DOCX) ends in the same place: a list of
:class:`RawLine` in reading order, each with its role and whether it starts a
paragraph. :func:`assemble` joins them into the page text the tables cite,
following the conventions of :mod:`pipeline.model`, and records each line's
span, the footnotes and the footnote markers.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.model import Footnote, Line, Marker, Page, Table, superscript

# A line that ends inside a document symbol: "Kế hoạch số 14-" / "KH/HU",
# "Công văn số 1444/" / "UBND-NV".
_SYMBOL_BREAK = regex.compile(r"(?:\d+[A-Za-z]?|[A-ZĐ]{1,12})[-/]$")
_SYMBOL_CONT = regex.compile(r"^[A-ZĐ][A-ZĐa-z]*(?:[-/]|\b)")
_SUPERSCRIPT_RUN = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


@dataclass
class RawLine:
    """A line as a reader found it, before the page text exists."""

    text: str
    role: str = "body"
    new_paragraph: bool = True
    footnote_label: str = ""  # set on the first line of a footnote
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    column: str = ""
    table_index: int = -1
    cells: list[str] | None = None  # a table row's cell texts
    styled: bool = True  # False where the source knows no font styles (OCR)


CELL_SEP = "\t"


def joiner(prev: str, nxt: str) -> str:
    """What goes between two lines of one paragraph: nothing inside a broken
    document symbol, else one space."""
    if _SYMBOL_BREAK.search(prev) and _SYMBOL_CONT.match(nxt):
        return ""
    return " "


def assemble(number: int, lines: list[RawLine]) -> Page:
    """Join ``lines`` into a :class:`Page` with offsets, footnotes and markers."""
    parts: list[str] = []
    pos = 0
    out: list[Line] = []
    footnotes: list[Footnote] = []
    paragraph = -1
    prev: RawLine | None = None
    for raw in lines:
        text = CELL_SEP.join(raw.cells) if raw.cells is not None else raw.text
        if not text.strip():
            continue
        starts = (
            prev is None
            or raw.new_paragraph
            or raw.role != prev.role
            or bool(raw.footnote_label)
            or raw.column != prev.column
        )
        if starts and prev is not None and raw.role == prev.role and raw.column == prev.column and not raw.footnote_label \
                and raw.cells is None and joiner(prev.text, text) == "":
            starts = False  # a document symbol broken over two lines
        if raw.footnote_label:
            label = superscript(raw.footnote_label)
            if not text.startswith(label):
                text = f"{label} {text}"
        if prev is not None:
            sep = "\n" if starts else joiner(prev.text, text)
            parts.append(sep)
            pos += len(sep)
        if starts:
            paragraph += 1
        start = pos
        parts.append(text)
        pos += len(text)
        out.append(
            Line(
                text=text, role=raw.role, start=start, end=pos, x0=raw.x0, x1=raw.x1,
                top=raw.top, bottom=raw.bottom, size=raw.size, bold=raw.bold,
                paragraph=paragraph, column=raw.column, table_index=raw.table_index,
            )
        )
        if raw.footnote_label:
            footnotes.append(Footnote(label=raw.footnote_label, start=start, end=pos))
        elif raw.role == "footnote" and footnotes:
            footnotes[-1].end = pos  # a continuation line of the last note
        prev = raw
    page_text = "".join(parts)
    page = Page(number=number, text=page_text, lines=out, footnotes=footnotes)
    page.tables = _tables(out, lines)
    page.markers = find_markers(page)
    return page


def _tables(out: list[Line], raws: list[RawLine]) -> list[Table]:
    """Rebuild each table's rows and cell spans from its ``table`` lines."""
    by_index: dict[int, Table] = {}
    for line in out:
        if line.role != "table" or line.table_index < 0:
            continue
        table = by_index.setdefault(line.table_index, Table(rows=[], spans=[]))
        cells, spans, pos = [], [], line.start
        for cell in line.text.split(CELL_SEP):
            cells.append(cell)
            spans.append((pos, pos + len(cell)) if cell else None)
            pos += len(cell) + len(CELL_SEP)
        table.rows.append(cells)
        table.spans.append(spans)
    return [by_index[k] for k in sorted(by_index)]


def find_markers(page: Page) -> list[Marker]:
    """Superscript digit runs outside footnote labels: the body's markers."""
    labels = {(f.start, f.start + len(superscript(f.label))) for f in page.footnotes}
    markers = []
    for m in _SUPERSCRIPT_RUN.finditer(page.text):
        if (m.start(), m.end()) in labels:
            continue
        label = m.group(0).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
        markers.append(Marker(label=label, start=m.start(), end=m.end()))
    return markers
