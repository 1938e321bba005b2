"""Cited documents: ``Kế hoạch số 349-KH/TU ngày 09/4/2025 của Ban Thường vụ Tỉnh ủy``.

A reference is a document type word, an optional ``số``, a symbol (number,
dash or slash, letter codes), then optionally ``, ngày <date>`` and
``của <issuer>`` (or ``do <issuer> ban hành``). Symbols following the first
in a list (``Chỉ thị số 10-CT/TU; Chỉ thị số 29-CT/TU``, ``Kế hoạch số
11/KH-UBND, 12/KH-UBND``) share its type. The document's own symbol
(letterhead, "Kèm theo Báo cáo số ..." captions) is not a reference.

Citations as real text writes them:

- the dash after the number spaced, an en or em dash, or left out before a
  ``XX/YY`` code: ``Kết luận số 01 – KL/TW``, ``15 -HD/BDVTW``, ``Chỉ thị
  số 05 CT/TW`` (symbols ``01-KL/TW``, ``15-HD/BDVTW``, ``05-CT/TW``);
- a bare number, the symbol as printed: ``Kế hoạch số 198, ngày 30/3/2020``
  (``198``), ``Chỉ thị số 13 của Bộ Chính trị``; only after a type word and
  ``số`` (``Chỉ thị 05``, ``Kế hoạch 18`` are names, not numbers), and only
  where the number ends the citation (a date, ``của``, ``về``, punctuation
  follows), so ``Kế hoạch số 5 năm`` is none. Where the document cites one
  document of that type and number with its full symbol (``Kế hoạch số
  18-KH/TU``), the bare number is that document;
- the issuer before the number: ``Thông báo của Ban Dân vận Thành ủy số
  55-TB/BDV, ngày 31/10/2023``;
- dates with hyphens, dashes or dots: ``ngày 31-12-2022``, ``ngày 5 – 3 –
  2021``.
"""
from __future__ import annotations

from typing import Iterable

import regex

from extractors.base import finditer, mention, register
from extractors.dates import CITED_DAY, parse_cited_date
from pipeline.model import Document, Mention, Page
from pipeline.vocab import DOC_TYPES, SYMBOL_CODES

NAME = "references"
_TYPES = "|".join(sorted((regex.escape(t) for t in DOC_TYPES), key=len, reverse=True))
_CODE = r"\p{Lu}[\p{L}\d]*"
# A letter code standing alone, as after a spaced dash: ``UBND``, ``QĐ - TTg``;
# not a word of the next clause (``12/KH-UBND - Ủy ban nhân dân xã``).
_CAPS = r"(?:\p{Lu}{2}[\p{Lu}\d]*\p{Ll}?|\p{Lu}[\p{Lu}\d]*)(?![\p{L}\d])"
# 349-KH/TU, 70/KH-UBND, 1444/UBND-NV, 25-CTr/TU, 17/KH -UBND (broken over a line)
# 100/2015/NĐ-CP, 43/2022/QH15: a year segment after the number
# 01 – KL/TW, 15 -HD/BDVTW, 05 CT/TW: a spaced dash, or a space alone, after
# the number before a Party-style ``XX/YY`` code. Case-sensitive: codes are
# capitals (``Kế hoạch số 5 năm`` has none).
SYMBOL = (
    r"(?-i:\d{1,5}(?i:[a-z])?(?:/(?:19|20)\d{2})?"
    r"(?:[-/–—]" + _CODE + r"|\s?[-/–—]\s?(?:" + _CODE + r"(?=\s?/)|" + _CAPS + r")|\s" + _CODE + r"(?=\s?/))"
    r"(?:[-/–—]\p{Lu}[\p{Lu}\d]*[\p{L}\d]*|\s?[-/]\s?" + _CAPS + r"){0,3})"
)
_DATE = rf"(?:,\s*|\s+)(?:ban hành\s+)?ngày\s+(?P<date>{CITED_DAY})"
# "và" ends the issuer, except inside the body name "Ban Tuyên giáo và Dân vận"
_VA = r"và(?!\s+Dân\s+vận\b)"
_ISSUER = (
    r"\s+của\s+(?P<issuer>(?:\p{Lu}[\p{L}]*|\p{Ll}+)(?:[ ](?!về\b|v/v\b|" + _VA + r"\b|nhằm\b|để\b)[\p{L}]+){0,9}?)"
    r"(?=\s+(?:về|v/v|" + _VA + r"|nhằm|để|triển khai|thực hiện|ban hành|phát động|đã|\()|[,.;:)\n]|$)"
)
# "do Bộ Chính trị ban hành": the issuer as the agent of "ban hành"
_ISSUER_DO = r"\s+do\s+(?P<issuer_do>(?-i:\p{Lu})[\p{L}]*(?:[ ][\p{L}]+){0,9}?)(?=\s+ban hành)"
# "Thông báo của Ban Dân vận Thành ủy số 55-TB/BDV": the issuer before "số"
_ISSUER_BEFORE = r"\s+của\s+(?P<issuer_before>(?-i:\p{Lu})[\p{L}]*(?:[ ][\p{L}]+){0,9}?)(?=\s+số\s*:?\s*\d)"
# A bare number ends the citation: a date, the issuer, a purpose clause or
# punctuation follows; not a counted noun (``số 5 năm``, ``36 mô hình``), not
# a larger number (``1.000``) or a symbol's next part.
_BARE = (
    r"(?P<bare>\d{1,5})(?![\p{L}\d]|[.,/]\d|\s*[-/–—]\s*[\p{L}\d])"
    r"(?=" + _DATE.replace("(?P<date>", "(?:") + r"|\s*(?:[,.;:)”\"\n]|$)"
    r"|\s+(?:của|do|về|v/v|và|nhằm|để|đã|được|ban hành|\()(?!\p{L}))"
)
REFERENCE = regex.compile(
    rf"(?P<type>{_TYPES})(?P<so>{_ISSUER_BEFORE}\s+số|\s+số)?\s*:?\s*(?(so)(?:(?P<symbol>{SYMBOL})|{_BARE})|(?P<symbol>{SYMBOL}))"
    rf"(?:{_DATE})?(?:{_ISSUER}|{_ISSUER_DO})?",
    regex.IGNORECASE,
)
_FOLLOWER = regex.compile(
    rf"^\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)(?:số\s+)?(?P<symbol>{SYMBOL})(?:{_DATE})?(?:{_ISSUER}|{_ISSUER_DO})?"
)
_OWN = regex.compile(r"\((?:Kèm|kèm)\s+theo\s*$")
_DATE_BEFORE = regex.compile(
    rf"(?:^|\n|[.;]\s*)Ngày\s+(?P<date>{CITED_DAY})\s*,[^.;]{{0,120}}?(?:ban hành|ký|có)\s+(?:[^.;]{{0,40}}?)$"
)


def normalise_symbol(raw: str) -> str:
    """``17/KH -UBND`` -> ``17/KH-UBND``: no inner spaces, dashes (– —) as
    ``-``, the hyphen left out after the number restored (``05 CT/TW`` ->
    ``05-CT/TW``)."""
    s = regex.sub(r"[–—]", "-", raw)
    s = regex.sub(r"^(\d+(?i:[a-z])?(?:/\d{4})?)\s+(?=\p{Lu})", r"\1-", s)
    return regex.sub(r"\s+", "", s)


def _ref_type(written: str, symbol: str) -> str:
    code = DOC_TYPES.get(written.lower())
    if code and code != "other":
        return code
    m = regex.search(r"[-/](\p{Lu}[\p{L}]*)", symbol)
    return SYMBOL_CODES.get(m.group(1), code or "other") if m else (code or "other")


def _group(m, *names: str) -> str:
    """The first of ``names`` that took part in match ``m``, stripped."""
    for name in names:
        if name in m.re.groupindex and m.group(name):
            return m.group(name).strip()
    return ""


def _row(page: Page, start: int, end: int, ref_type: str, m, date_text: str | None) -> Mention:
    symbol = normalise_symbol(_group(m, "symbol", "bare"))
    number = regex.match(r"\d+", symbol).group(0)
    return mention(
        "references", page, start, end, NAME,
        ref_type=ref_type, number=number, symbol=symbol,
        issue_date=parse_cited_date(date_text) if date_text else None,
        issuer=_group(m, "issuer_before", "issuer", "issuer_do"),
    )


def _bare_ok(page: Page, m) -> bool:
    """A bare number is a symbol on the same line as its type word written in
    running text (not a ``BÁO CÁO`` title)."""
    return not m.group("type").isupper() and "\n" not in page.text[m.start(): m.start("bare")]


def _page_refs(page: Page) -> Iterable[Mention]:
    for m in finditer(REFERENCE, page.text):
        if page.role_at(m.start()) == "letterhead" or _OWN.search(page.text[max(0, m.start() - 30): m.start()]):
            continue
        if not m.group("type")[0].isupper() and m.start() > 0 and page.text[m.start() - 1] not in " \n(“\"":
            continue
        if m.group("bare") and not _bare_ok(page, m):
            continue
        ref_type = _ref_type(m.group("type"), m.group("symbol") or "")
        date = m.group("date") or _date_before(page.text, m.start())
        yield _row(page, m.start(), m.end(), ref_type, m, date)
        if m.group("bare"):
            continue  # no list after a bare number: "số 25, 26" may count
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


def _is_bare(symbol: str) -> bool:
    return not regex.search(r"\p{L}", symbol)


def _key(m: Mention) -> tuple[str, str]:
    """One cited document: its symbol, and for a bare number (``Kế hoạch số
    01``) also its type, since ``Chỉ thị số 01`` is another document."""
    symbol = m.data["symbol"].upper()
    return (m.data["ref_type"] if _is_bare(symbol) else ""), symbol


def _resolve_bare(found: list[Mention]) -> None:
    """A bare number (``Kế hoạch số 18``) where the document cites exactly one
    document of that type and number with its full symbol (``Kế hoạch số
    18-KH/TU ngày 05/3/2021``) is that document, unless it carries another
    date."""
    full: dict[tuple[str, int], dict[str, str | None]] = {}
    for m in found:
        d = m.data
        if not _is_bare(d["symbol"]):
            dates = full.setdefault((d["ref_type"], int(d["number"])), {})
            if not dates.get(d["symbol"].upper()):
                dates[d["symbol"].upper()] = d["issue_date"]
    symbol_of = {m.data["symbol"].upper(): m.data["symbol"] for m in found}
    for m in found:
        d = m.data
        cands = full.get((d["ref_type"], int(d["number"])), {}) if _is_bare(d["symbol"]) else {}
        if len(cands) == 1:
            (symbol, date), = cands.items()
            if not (d["issue_date"] and date and d["issue_date"] != date):
                d["symbol"] = symbol_of[symbol]


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    """Every cited document of ``doc``, one mention per citation; a document
    cited again without its date ("Kết luận số 114-KL/TW" after "Kết luận số
    114-KL/TW ngày 14/7/2015", in either order) takes the date it was cited
    with, and a bare number the full symbol it was cited with."""
    found = [m for page in doc.pages for m in _page_refs(page)]
    _resolve_bare(found)
    dated: dict[tuple[str, str], str] = {}
    for m in found:
        if m.data["issue_date"]:
            dated.setdefault(_key(m), m.data["issue_date"])
    for m in found:
        if not m.data["issue_date"] and _key(m) in dated:
            m.data["issue_date"] = dated[_key(m)]
    return found
