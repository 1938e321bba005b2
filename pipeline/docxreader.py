"""DOCX reports into lines: paragraphs of the body, and the real footnotes
of the ``footnotes.xml`` part, linked by their ``w:footnoteReference`` marks."""
from __future__ import annotations

import zipfile

from pipeline.model import superscript
from pipeline.pagetext import RawLine
from pipeline.textnorm import normalize_line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _footnotes(docx) -> dict[str, str]:
    """id -> text of the document's footnotes (separators skipped)."""
    from lxml import etree

    part = next((r.target_part for r in docx.part.rels.values() if r.reltype.endswith("/footnotes")), None)
    if part is None:
        return {}
    root = etree.fromstring(part.blob)
    notes = {}
    for fn in root.iter(f"{W}footnote"):
        if fn.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in fn.iter(f"{W}p")]
        notes[fn.get(f"{W}id")] = " ".join(p.strip() for p in paragraphs if p.strip())
    return notes


def _paragraph_text(p, refs: dict[str, str]) -> str:
    """Text of a paragraph with footnote references as superscript labels."""
    out = []
    for node in p._p.iter():
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}tab":
            out.append(" ")
        elif node.tag == f"{W}br":
            out.append(" ")
        elif node.tag == f"{W}footnoteReference":
            fid = node.get(f"{W}id")
            label = refs.setdefault(fid, str(len(refs) + 1))
            out.append(superscript(label))
    return "".join(out)


def _is_layout_table(table) -> bool:
    """Letterheads and signature blocks are set in borderless tables of one
    or two rows and two columns; data tables have more rows or numbers."""
    rows = table.rows
    if len(rows) > 3 or not rows:
        return False
    cols = max(len(r.cells) for r in rows)
    if cols > 2:
        return False
    text = " ".join(c.text for r in rows for c in r.cells)
    digits = sum(ch.isdigit() for ch in text)
    return digits < 0.2 * max(1, len(text))


def _cell_lines(cell, column: str, refs: dict[str, str]) -> list[RawLine]:
    lines = []
    for p in cell.paragraphs:
        text = normalize_line(_paragraph_text(p, refs))
        if text:
            bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
            lines.append(RawLine(text=text, bold=bold, column=column))
    return lines


def _paragraph_line(p, refs: dict[str, str]) -> RawLine | None:
    text = normalize_line(_paragraph_text(p, refs))
    if not text:
        return None
    bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
    return RawLine(text=text, bold=bold)


def read_docx(path: str) -> list[list[RawLine]]:
    """One page: the body in document order (paragraphs; layout tables as
    left and right columns; data tables as rows), then the footnotes."""
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as e:
        reason = "not a complete DOCX package" if isinstance(e, PackageNotFoundError) else " ".join(str(e).split())[:150]
        raise ValueError(f"unreadable DOCX: {reason}")
    notes = _footnotes(document)
    refs: dict[str, str] = {}
    lines: list[RawLine] = []
    n_tables = 0
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            line = _paragraph_line(Paragraph(child, document), refs)
            if line:
                lines.append(line)
        elif child.tag == f"{W}tbl":
            table = DocxTable(child, document)
            if _is_layout_table(table):
                for row in table.rows:
                    cells = row.cells
                    for i, cell in enumerate(cells):
                        column = "left" if i == 0 and len(cells) > 1 else ("right" if len(cells) > 1 else "")
                        lines.extend(_cell_lines(cell, column, refs))
                continue
            for row in table.rows:
                cells = [normalize_line(" ".join(_paragraph_text(p, refs) for p in c.paragraphs)) for c in row.cells]
                if any(cells):
                    lines.append(RawLine(text="", role="table", table_index=n_tables, cells=cells))
            n_tables += 1
    for fid, label in sorted(refs.items(), key=lambda kv: int(kv[1])):
        if fid in notes:
            lines.append(RawLine(text=normalize_line(notes[fid]), role="footnote", footnote_label=label))
    return [lines]
