"""Mentions -> the contract's rows for one document.

The only place that knows both the extractors' output and the tables: it
fills document-level defaults (a figure's period is the document's unless
its sentence states one), drops the document's own symbol from the
references, removes exact duplicates, and types the values.
"""
from __future__ import annotations

from typing import Iterable

import regex

from pipeline.model import Document, Mention
from pipeline.textnorm import fold

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


FORWARD_TYPES = ("ke_hoach", "chi_thi", "nghi_quyet", "chuong_trinh", "de_an")
#: stages decided by a committee: unless the text names another, the document's own unit decided them
_DECIDED = ("models_recognized", "models_commended", "models_typical")
_UNIT_WORDS = regex.compile(r"^(?:tỉnh|huyện|thị xã|thành phố|tp\.?|quận|xã|phường|thị trấn)\s+", regex.IGNORECASE)
_PART_YEAR = regex.compile(r"\b(?:6|sáu|9|chín)\s+tháng|\bquý\b|\btháng\s+\d", regex.IGNORECASE)


def _figure_scope(row: dict, docrow: dict) -> None:
    """Fill a figure's period, level and sub-unit from the document where its
    sentence states none (the contract's reading conventions 4 and 5):
    - period: the document's for a report; a target in a report is for the
      next year (the same year after "6 tháng đầu năm"); in a plan or
      directive only its targets take the plan's period (a past total it
      quotes keeps its own, or none);
    - level: what a committee recognised or commended without naming
      another body was decided at the document's own level;
    - sub-unit: a member named as the clause's subject that is in fact the
      document's own unit is not a sub-unit."""
    metric = row.get("metric") or ""
    models = metric.startswith("models_")
    if row.pop("subunit_is_subject", False) and _own_unit(row.get("subunit") or "", docrow):
        row["subunit"] = ""
    if row.get("period_start") in (None, ""):
        start, end = docrow.get("period_start"), docrow.get("period_end")
        forward = docrow.get("doc_type") in FORWARD_TYPES
        if models and metric == "models_target" and not forward and end:
            next_year = int(end) if _PART_YEAR.search(docrow.get("title") or "") else int(end) + 1
            start = end = next_year
        elif models and forward and metric != "models_target":
            start = end = None
        row["period_start"], row["period_end"] = start, end
    level = docrow.get("unit_level")
    if metric in _DECIDED and not row.get("level") and not row.get("subunit") and level not in (None, "", "unknown"):
        row["level"] = level


def _unit_kind(name: str) -> tuple[str, str]:
    """("thành phố", "thai nguyen") for "TP. Thái Nguyên": the unit word, and the folded name."""
    m = _UNIT_WORDS.match(name.strip())
    kind = fold(m.group(0)).strip() if m else ""
    return ("thanh pho" if kind in ("tp", "tp.") else kind), fold(name.strip()[m.end():] if m else name)


def _own_unit(subunit: str, docrow: dict) -> bool:
    """Does ``subunit`` ("huyện Phong Điền", "Công an tỉnh") name the
    document's own unit? "thành phố Thái Nguyên" in a report of "tỉnh Thái
    Nguyên" does not: a unit word that differs names another unit."""
    kind, name = _unit_kind(subunit)
    if not name:
        return True
    unit = docrow.get("unit_name") or ""
    if unit:
        unit_kind, _ = _unit_kind(unit)
        if kind and unit_kind and kind != unit_kind:
            return False
        if f" {name} " in f" {fold(unit)} ":
            return True
    own = [docrow.get("issuer")] + ([] if unit else [docrow.get("title")])
    return any(f" {name} " in f" {fold(o)} " for o in own if o)


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
            _figure_scope(row, docrow)
            row.setdefault("field", "")
        if m.table == "references" and own and (row.get("symbol") or "").replace(" ", "").upper() == own:
            continue
        key = (m.table, m.page, m.char_start, m.char_end, tuple(sorted((k, str(v)) for k, v in m.data.items())))
        if key in seen:
            continue
        seen.add(key)
        out[m.table].append(row)
    return out
