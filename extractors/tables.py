"""Appendix tables of model counts: one figure per cell.

A table counts models when its caption (the lines above it on the page) or
its header speaks of ``mô hình``. The header row is the one naming fields
(Kinh tế, Văn hóa - xã hội, Quốc phòng - an ninh, Xây dựng HTCT, Tổng); the
unit column is the first text column (Đơn vị, Xã/phường ...). Each data row
gives one figure per field cell with ``source`` = ``table`` and the row's
unit as ``subunit``; a total row (Tổng cộng, Cộng, Toàn ...) gives figures
without a subunit.
"""
from __future__ import annotations

from typing import Iterable

import regex

from extractors.base import mention, register
from extractors.fields import fields_in
from extractors.numbers import parse_number
from pipeline.model import Document, Mention, Page, Table

NAME = "tables"
_TOTAL_COL = regex.compile(r"^\s*(?:tổng|tổng cộng|tổng số|cộng)\s*(?:số)?\s*$", regex.IGNORECASE)
_TOTAL_ROW = regex.compile(r"^\s*(?:tổng cộng|tổng số|tổng|cộng|toàn\s+\p{L}+(?:\s\p{L}+){0,4})\s*:?\s*$", regex.IGNORECASE)
_METRIC = [
    ("models_recognized", r"công nhận"),
    ("models_commended", r"khen thưởng|biểu dương|tuyên dương"),
    ("models_typical", r"điển hình|tiêu biểu"),
    ("models_replicated", r"nhân rộng"),
    ("models_registered", r"đăng ký|xây dựng|thực hiện"),
]


def _columns(header: list[str]) -> dict[int, str]:
    cols = {}
    for i, cell in enumerate(header):
        if _TOTAL_COL.match(cell):
            cols[i] = "total"
            continue
        named = fields_in(cell)
        if len(named) == 1:
            cols[i] = named[0]
    return cols


def _caption(page: Page, table: Table) -> str:
    first = next((s for row in table.spans for s in row if s), None)
    end = first[0] if first else len(page.text)
    return page.text[max(0, end - 600): end]


def _metric(caption: str) -> str:
    for metric, pattern in _METRIC:
        if regex.search(pattern, caption, regex.IGNORECASE):
            return metric
    return "models_registered"


def _table_figures(page: Page, table: Table) -> Iterable[Mention]:
    caption = _caption(page, table)
    header_at = next((i for i, row in enumerate(table.rows) if len(_columns(row)) >= 2), None)
    if header_at is None or not regex.search(r"mô hình", caption + " ".join(table.rows[header_at]), regex.IGNORECASE):
        return
    cols = _columns(table.rows[header_at])
    metric = _metric(caption)
    name_col = next(
        (i for i, c in enumerate(table.rows[header_at]) if i not in cols and not regex.match(r"^\s*(?:STT|TT|số TT)\s*$", c, regex.IGNORECASE)),
        None,
    )
    if name_col is None:
        return
    for row, spans in zip(table.rows[header_at + 1:], table.spans[header_at + 1:]):
        name = row[name_col].strip() if name_col < len(row) else ""
        if not name or regex.fullmatch(r"[\d\s.()]+", name):
            continue
        subunit = "" if _TOTAL_ROW.match(name) else name
        for i, field in cols.items():
            if i >= len(row) or spans[i] is None:
                continue
            value = parse_number(row[i].strip())
            if value is None:
                continue
            start, end = spans[i]
            yield mention(
                "figures", page, start, end, NAME, source="table",
                metric=metric, field=field, value=value, value_max=None, unit="mô hình",
                qualifier="", subunit=subunit, level="",
            )


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    """One figure per cell of every model-count table in ``doc``."""
    for page in doc.pages:
        for table in page.tables:
            yield from _table_figures(page, table)
