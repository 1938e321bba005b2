"""Cited documents: ``Kế hoạch số 349-KH/TU ngày 09/4/2025 của Ban Thường vụ Tỉnh ủy``.

A reference is a document type word, an optional ``số``, a symbol (number,
dash or slash, letter codes), then optionally ``, ngày <date>`` and
``của <issuer>``. Symbols following the first in a list (``Chỉ thị số
10-CT/TU; Chỉ thị số 29-CT/TU``, ``Kế hoạch số 11/KH-UBND, 12/KH-UBND``)
share its type. The document's own symbol (letterhead, "Kèm theo Báo cáo
số ..." captions) is not a reference.
"""
from __future__ import annotations

from typing import Iterable

import regex

from extractors.base import finditer, mention, register
from extractors.dates import parse_date
from pipeline.model import Document, Mention, Page
from pipeline.vocab import DOC_TYPES, SYMBOL_CODES

NAME = "references"
_TYPES = "|".join(sorted((regex.escape(t) for t in DOC_TYPES), key=len, reverse=True))
# 349-KH/TU, 70/KH-UBND, 1444/UBND-NV, 25-CTr/TU, 17/KH -UBND (broken over a line)
# 100/2015/NĐ-CP, 43/2022/QH15: a year segment after the number
SYMBOL = r"\d{1,5}[a-z]?(?:/(?:19|20)\d{2})?\s?[-/]\s?\p{Lu}[\p{L}\d]*(?:\s?[-/]\s?\p{Lu}[\p{Lu}\d]*[\p{L}\d]*){0,3}"
_DATE = r"(?:,\s*|\s+)(?:ban hành\s+)?ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
_ISSUER = r"\s+của\s+(?P<issuer>(?:\p{Lu}[\p{L}]*|\p{Ll}+)(?:[ ](?!về\b|v/v\b|và\b|nhằm\b|để\b)[\p{L}]+){0,9}?)(?=\s+(?:về|v/v|và|nhằm|để|triển khai|thực hiện|ban hành|phát động|đã|\()|[,.;:)\n]|$)"
REFERENCE = regex.compile(
    rf"(?P<type>{_TYPES})(?:\s+số)?\s*:?\s*(?P<symbol>{SYMBOL})(?:{_DATE})?(?:{_ISSUER})?",
    regex.IGNORECASE,
)
_FOLLOWER = regex.compile(rf"^\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:số\s+)?(?P<symbol>{SYMBOL})(?:{_DATE})?(?:{_ISSUER})?")
_OWN = regex.compile(r"\((?:Kèm|kèm)\s+theo\s*$")
_DATE_BEFORE = regex.compile(
    r"(?:^|\n|[.;]\s*)Ngày\s+(?P<date>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*,[^.;]{0,120}?(?:ban hành|ký|có)\s+(?:[^.;]{0,40}?)$"
)


def normalise_symbol(raw: str) -> str:
    """``17/KH -UBND`` -> ``17/KH-UBND``: no inner spaces."""
    return regex.sub(r"\s+", "", raw)


def _ref_type(written: str, symbol: str) -> str:
    code = DOC_TYPES.get(written.lower())
    if code and code != "other":
        return code
    m = regex.search(r"[-/](\p{Lu}[\p{L}]*)", symbol)
    return SYMBOL_CODES.get(m.group(1), code or "other") if m else (code or "other")


def _row(page: Page, start: int, end: int, ref_type: str, m, date_text: str | None) -> Mention:
    symbol = normalise_symbol(m.group("symbol"))
    number = regex.match(r"\d+", symbol).group(0)
    issuer = (m.group("issuer") or "").strip()
    return mention(
        "references", page, start, end, NAME,
        ref_type=ref_type, number=number, symbol=symbol,
        issue_date=parse_date(date_text) if date_text else None, issuer=issuer,
    )


def _page_refs(page: Page) -> Iterable[Mention]:
    for m in finditer(REFERENCE, page.text):
        if page.role_at(m.start()) == "letterhead" or _OWN.search(page.text[max(0, m.start() - 30): m.start()]):
            continue
        if not m.group("type")[0].isupper() and m.start() > 0 and page.text[m.start() - 1] not in " \n(“\"":
            continue
        ref_type = _ref_type(m.group("type"), m.group("symbol"))
        date = m.group("date") or _date_before(page.text, m.start())
        yield _row(page, m.start(), m.end(), ref_type, m, date)
        pos = m.end()
        while True:  # list members sharing the type
            f = _FOLLOWER.match(page.text[pos:pos + 200])
            if not f:
                break
            yield _row(page, pos + f.start("symbol"), pos + f.end(), ref_type, f, f.group("date"))
            pos += f.end()


def _date_before(text: str, start: int) -> str | None:
    """"Ngày 11/6/2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 430-KH/TU"."""
    m = _DATE_BEFORE.search(text[max(0, start - 200): start])
    return m.group("date") if m else None


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    """Every cited document of ``doc``, one mention per citation; a document
    cited again without its date ("Kết luận số 114-KL/TW" after "Kết luận số
    114-KL/TW ngày 14/7/2015") takes the date it was cited with."""
    found = [m for page in doc.pages for m in _page_refs(page)]
    dated: dict[str, str] = {}
    for m in found:
        if m.data["issue_date"]:
            dated.setdefault(m.data["symbol"].upper(), m.data["issue_date"])
    for m in found:
        if not m.data["issue_date"] and m.data["symbol"].upper() in dated:
            m.data["issue_date"] = dated[m.data["symbol"].upper()]
    return found
