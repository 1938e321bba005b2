"""Mentions -> the contract's rows for one document.

The only place that knows both the extractors' output and the tables: it
fills document-level defaults (a figure's period is the document's unless
its sentence states one), drops the document's own symbol from the
references, removes exact duplicates, and types the values.
"""
from __future__ import annotations

from typing import Iterable

from pipeline.model import Document, Mention

PROVENANCE = ("page", "char_start", "char_end", "quote", "source", "extractor")


def document_row(doc: Document, mentions: Iterable[Mention]) -> dict:
    """The documents-table row: reading status plus the metadata mentions."""
    row = {
        "doc_id": doc.doc_id,
        "source_path": doc.source_path,
        "status": doc.status,
        "error": doc.error,
        "n_pages": len(doc.pages) or doc.meta.get("n_pages"),
        "n_chars": doc.n_chars,
        "ocr": doc.ocr,
        "format": doc.fmt,
    }
    for m in mentions:
        if m.table == "document":
            for key, value in m.data.items():
                if value not in (None, "") and not row.get(key):
                    row[key] = value
    return row


def rows_for(doc: Document, mentions: list[Mention]) -> dict[str, list[dict]]:
    """All table rows of one document (checks excluded: see pipeline.checks)."""
    docrow = document_row(doc, mentions)
    out: dict[str, list[dict]] = {"documents": [docrow], "figures": [], "references": [], "entities": [], "models": []}
    seen = set()
    own = (docrow.get("symbol") or "").replace(" ", "").upper()
    for m in mentions:
        if m.table not in out or m.table == "documents":
            continue
        row = {"doc_id": doc.doc_id, **m.data}
        row.update(page=m.page, char_start=m.char_start, char_end=m.char_end, quote=m.quote, source=m.source, extractor=m.extractor)
        if m.table == "figures":
            if row.get("period_start") in (None, ""):
                row["period_start"] = docrow.get("period_start")
                row["period_end"] = docrow.get("period_end")
            row.setdefault("field", "")
        if m.table == "references" and own and (row.get("symbol") or "").replace(" ", "").upper() == own:
            continue
        key = (m.table, m.page, m.char_start, m.char_end, tuple(sorted((k, str(v)) for k, v in m.data.items())))
        if key in seen:
            continue
        seen.add(key)
        out[m.table].append(row)
    return out
