"""Layout analysis: positioned words -> classified lines in reading order.

Works on :class:`pipeline.pdfsource.RawPage` (words with boxes and font
sizes, horizontal rules, table boxes), whatever library produced them. It
finds, from geometry and type size rather than wording:

- lines (words sharing a baseline; raised small digits stay on their line),
  split into column segments where a wide gap separates them (the two-column
  letterhead, "Nơi nhận" beside the signature);
- running page numbers (a lone number in the top or bottom margin), dropped;
- the footnote area (under a short rule at the left margin, in smaller type)
  and each note's label;
- footnote markers in the body (small raised digits), written as superscripts;
- ruled tables, one line per row with tab-separated cells;
- paragraphs (indent, short previous line, vertical gap, change of type).

Roles that depend on the document as a whole (letterhead, title, headings,
signature, recipients) are set afterwards by :mod:`pipeline.roles`.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field

import regex

from pipeline.model import Word, superscript
from pipeline.pagetext import RawLine
from pipeline.pdfsource import RawPage, RawTable
from pipeline.textnorm import normalize_word

_DIGITS = regex.compile(r"^\d{1,3}$")
_PAGE_NUMBER = regex.compile(r"^(?:-\s*)?(?:[Tt]rang\s*)?\d{1,4}(?:\s*-)?$|^\d{1,4}\s*/\s*\d{1,4}$")
_LIST_START = regex.compile(r"^(?:[-–+•*]\s|\(?\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)\-]\s|[a-zđ]\)\s)")


@dataclass
class Segment:
    """Words of one line that belong together (one column of it)."""

    words: list[Word]
    column: str = ""
    role: str = "body"
    footnote_label: str = ""
    table_index: int = -1
    cells: list[str] | None = None

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        """Median type size, weighted by characters."""
        if not self.words:
            return 0.0
        if len(self.words) == 1 or all(w.size == self.words[0].size for w in self.words):
            return self.words[0].size
        ranked = sorted(self.words, key=lambda w: w.size)
        half, seen = sum(len(w.text) for w in ranked) / 2, 0
        for w in ranked:
            seen += len(w.text)
            if seen >= half:
                return w.size
        return ranked[-1].size

    @property
    def bold(self) -> bool:
        chars = sum(len(w.text) for w in self.words)
        return sum(len(w.text) for w in self.words if w.bold) > 0.6 * chars


@dataclass
class PageGeometry:
    width: float
    height: float
    body_size: float
    left: float
    right: float
    pitch: float
    rules: list = field(default_factory=list)


def body_size(words: list[Word]) -> float:
    """The most common type size, weighted by characters."""
    counts: dict[float, int] = {}
    for w in words:
        counts[round(w.size, 1)] = counts.get(round(w.size, 1), 0) + len(w.text)
    return max(counts, key=counts.get) if counts else 12.0


def group_lines(words: list[Word], size: float) -> list[list[Word]]:
    """Cluster words into lines by baseline; a small raised word (a footnote
    marker) joins the line whose text band contains its centre."""
    rows: list[list[Word]] = []
    normal = sorted((w for w in words if w.size >= 0.8 * size), key=lambda w: (w.bottom, w.x0))
    small = [w for w in words if w.size < 0.8 * size]
    for w in normal:
        if rows and abs(rows[-1][-1].bottom - w.bottom) <= 0.35 * w.size:
            rows[-1].append(w)
        else:
            rows.append([w])
    loose: list[list[Word]] = []
    bands = [(min(x.top for x in r) - 1, max(x.bottom for x in r)) for r in rows]
    for w in small:
        centre = (w.top + w.bottom) / 2
        host = next((r for r, (top, bottom) in zip(rows, bands) if top <= centre <= bottom), None)
        if host is not None:
            host.append(w)
        elif loose and abs(loose[-1][-1].bottom - w.bottom) <= 0.5 * w.size:
            loose[-1].append(w)
        else:
            loose.append([w])
    # small words that sit on no normal line (footnote text of a smaller
    # size) form lines of their own, clustered the same way
    merged = rows + _regroup(sum(loose, []))
    for r in merged:
        r.sort(key=lambda w: w.x0)
    merged.sort(key=lambda r: (max(w.bottom for w in r), r[0].x0))
    return merged


def _regroup(words: list[Word]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.bottom, w.x0)):
        if rows and abs(max(x.bottom for x in rows[-1]) - w.bottom) <= 0.6 * w.size:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def split_columns(row: list[Word], size: float) -> list[list[Word]]:
    """Split a line where a gap wider than ~1.5 ems separates its words
    (justified body text stretches its spaces far less), or a narrower gap
    where the type changes (a small-type list beside a bold title)."""
    parts = [[row[0]]]
    for prev, w in zip(row, row[1:]):
        gap = w.x0 - prev.x1
        restyled = abs(w.size - prev.size) > 1 or w.bold != prev.bold
        if gap > 1.5 * size or (restyled and gap > 0.6 * size):
            parts.append([w])
        else:
            parts[-1].append(w)
    return parts


def _is_marker(w: Word, line_bottom: float, size: float) -> bool:
    return bool(_DIGITS.match(w.text)) and w.size <= 0.8 * size and w.bottom < line_bottom - 0.15 * size


def segment_text(seg: Segment, size: float) -> str:
    """Words joined with spaces where there is a gap; raised small digits
    become superscript markers glued to the word before them."""
    line_bottom = max(w.bottom for w in seg.words if w.size >= 0.8 * seg.size) if any(
        w.size >= 0.8 * seg.size for w in seg.words
    ) else seg.bottom
    out = ""
    prev: Word | None = None
    after_marker = False
    for w in seg.words:
        text = normalize_word(w.text)
        if seg.role != "footnote" and _is_marker(w, line_bottom, seg.size or size):
            out += superscript(text)
            prev, after_marker = w, True
            continue
        if prev is not None:
            if after_marker:  # a marker glued to punctuation: only a real gap is a space
                space = w.x0 - prev.x1 > 0.25 * w.size
            else:
                space = w.space_before if w.space_before is not None else w.x0 - prev.x1 > 1.0
            if space:
                out += " "
        after_marker = False
        out += text
        prev = w
    return out.strip()


def _footnote_top(page: RawPage, rows: list[list[Word]], geo: PageGeometry) -> float | None:
    """Top of the footnote area: a short rule at the left margin in the lower
    part of the page with smaller type below it; else a run of small-type
    lines at the page bottom starting with a label."""
    for rule in sorted(page.rules, key=lambda r: r.y):
        width = rule.x1 - rule.x0
        if (
            abs(rule.x0 - geo.left) < 3 * geo.body_size
            and 0.08 * page.width < width < 0.5 * page.width
            and rule.y > 0.4 * page.height
        ):
            below = [w for r in rows for w in r if w.top > rule.y]
            first = next((r for r in rows if min(w.top for w in r) > rule.y), None)
            if (
                below
                and statistics.median(w.size for w in below) < 0.92 * geo.body_size
                and first is not None
                and _DIGITS.match(first[0].text)  # a note starts with its label
            ):
                return rule.y
    top = None
    for r in reversed(rows):
        sizes = [w.size for w in r if w.text.strip()]
        if not sizes or statistics.median(sizes) > 0.85 * geo.body_size:
            break
        top = min(w.top for w in r)
    if top is not None:
        first = next(r for r in rows if min(w.top for w in r) >= top)
        if _DIGITS.match(first[0].text):
            return top - 0.5
    return None


def _table_rows(table: RawTable, words: list[Word], index: int) -> list[Segment]:
    segs = []
    for row in table.cells:
        cells = []
        row_words: list[Word] = []
        for box in row:
            if box is None:
                cells.append("")
                continue
            x0, top, x1, bottom = box
            inside = [w for w in words if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
            inside.sort(key=lambda w: (round(w.bottom), w.x0))
            cells.append(" ".join(normalize_word(w.text) for w in inside))
            row_words.extend(inside)
        if row_words and any(cells):
            segs.append(Segment(words=row_words, role="table", table_index=index, cells=cells))
    return segs


def _in_box(w: Word, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1


def geometry(page: RawPage, words: list[Word]) -> PageGeometry:
    size = body_size(words)
    body = [w for w in words if abs(w.size - size) < 0.6]
    xs0 = sorted(w.x0 for w in body) or [0.0]
    xs1 = sorted(w.x1 for w in body) or [page.width]
    left = xs0[len(xs0) // 20]
    right = xs1[-1 - len(xs1) // 20]
    return PageGeometry(page.width, page.height, size, left, right, 1.25 * size, page.rules)


def analyse(page: RawPage) -> list[RawLine]:
    """Classify a page's words into RawLines in reading order."""
    words = [w for w in page.words if w.text.strip()]
    if not words:
        return []
    geo = geometry(page, words)
    segments: list[Segment] = []
    table_words: set[int] = set()
    for i, table in enumerate(page.tables):
        rows = _table_rows(table, words, i)
        segments.extend(rows)
        for w in words:
            if _in_box(w, table.bbox):
                table_words.add(id(w))
    free = [w for w in words if id(w) not in table_words]
    rows = group_lines(free, geo.body_size)
    foot_top = _footnote_top(page, rows, geo)
    for row in rows:
        for part in split_columns(row, geo.body_size):
            seg = Segment(words=part)
            if len(split_columns(row, geo.body_size)) > 1:
                seg.column = "left" if (seg.x0 + seg.x1) / 2 < page.width / 2 else "right"
            if foot_top is not None and seg.top > foot_top:
                seg.role = "footnote"
                first = part[0]
                if _DIGITS.match(first.text) and (first.size < seg.size - 0.5 or len(part) == 1):
                    seg.footnote_label = first.text
                    seg.words = part[1:] or part
            elif _is_page_number(seg, geo):
                seg.role = "page_number"
            segments.append(seg)
    segments.sort(key=lambda s: (s.top if s.role != "footnote" else 1e6 + s.top, s.x0))
    return _to_raw_lines(segments, geo)


def _is_page_number(seg: Segment, geo: PageGeometry) -> bool:
    text = " ".join(w.text for w in seg.words)
    in_margin = seg.bottom < 0.1 * geo.height or seg.top > 0.9 * geo.height
    return in_margin and bool(_PAGE_NUMBER.match(text))


def _to_raw_lines(segments: list[Segment], geo: PageGeometry) -> list[RawLine]:
    out: list[RawLine] = []
    prev: Segment | None = None
    for seg in segments:
        if seg.role == "page_number":
            continue
        text = segment_text(seg, geo.body_size) if seg.cells is None else ""
        if seg.footnote_label and seg.words and seg.words[0].text == seg.footnote_label and len(seg.words) == 1:
            text = ""
        raw = RawLine(
            text=text, role=seg.role, x0=seg.x0, x1=seg.x1, top=seg.top, bottom=seg.bottom,
            size=seg.size, bold=seg.bold, column=seg.column, footnote_label=seg.footnote_label,
            table_index=seg.table_index, cells=seg.cells, styled=any(w.font for w in seg.words),
        )
        raw.new_paragraph = _starts_paragraph(seg, prev, text, geo)
        out.append(raw)
        prev = seg
    return out


def _starts_paragraph(seg: Segment, prev: Segment | None, text: str, geo: PageGeometry) -> bool:
    if prev is None or seg.role != prev.role or seg.role == "table" or seg.footnote_label:
        return True
    if seg.column or prev.column:
        return True
    if seg.role == "footnote":
        return False
    size = geo.body_size
    ocr = not any(w.font for w in seg.words)  # OCR sizes are estimates from box heights
    if abs(seg.size - prev.size) > (2.5 if ocr else 0.6) or seg.bold != prev.bold:
        return True
    if seg.x0 > geo.left + 0.8 * size:
        return True  # first-line indent (or a centred line)
    if prev.x1 < geo.right - 3 * size:
        return True  # the line before stopped short: it ended a paragraph
    if seg.top - prev.bottom > 0.9 * size:
        return True
    return bool(_LIST_START.match(text))
