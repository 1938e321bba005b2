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
        text = "".join(t.text or "" for t in fn.iter(f"{W}t"))
        notes[fn.get(f"{W}id")] = text.strip()
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


def read_docx(path: str) -> list[list[RawLine]]:
    """One page: body paragraphs, table rows, then the footnotes in order."""
    import docx

    try:
        document = docx.Document(path)
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise ValueError(f"unreadable DOCX: {' '.join(str(e).split())[:150]}")
    notes = _footnotes(document)
    refs: dict[str, str] = {}
    lines: list[RawLine] = []
    for p in document.paragraphs:
        text = normalize_line(_paragraph_text(p, refs))
        if text:
            bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
            lines.append(RawLine(text=text, bold=bold))
    for t_index, table in enumerate(document.tables):
        for row in table.rows:
            cells = [normalize_line(c.text) for c in row.cells]
            if any(cells):
                lines.append(RawLine(text="", role="table", table_index=t_index, cells=cells))
    for fid, label in sorted(refs.items(), key=lambda kv: int(kv[1])):
        if fid in notes:
            lines.append(RawLine(text=normalize_line(notes[fid]), role="footnote", footnote_label=label))
    return [lines]
