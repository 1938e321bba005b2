"""Document-level roles: letterhead, title, headings, recipients, signature.

Runs after a reader has produced lines (with ``body``, ``footnote``, ``table``
roles and, for PDFs, geometry). The rules lean on the fixed shape of
Vietnamese administrative documents (Decree 30/2020 and the Party's
Hướng dẫn 36): the letterhead block sits above the document-type line
(``BÁO CÁO``), the trích yếu follows it, "Nơi nhận:" and the signature
block close the document side by side.
"""
from __future__ import annotations

import regex

from pipeline.pagetext import RawLine
from pipeline.vocab import PERSON_NAME, doc_type_of_title

_SEPARATOR = regex.compile(r"^[-–—_*=.·\s]{3,}$")
_RECIPIENTS = regex.compile(r"^(?:Nơi nhận|Đồng kính gửi|Kính gửi)\s*:", regex.IGNORECASE)
_HEADING = regex.compile(
    r"^(?:Phần\s+thứ\s+\w+|PHẦN\s+\w+|[IVXLC]{1,6}\s*[.\-–/)]|\d{1,2}\.\s|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|\d{1,2}(?:\.\d{1,2})*\)|[a-zđA-ZĐ]\)|[a-zđ]\.\s)"
)
_BODY_START = regex.compile(r"^(?:Thực hiện|Căn cứ|Ngày \d|Trong|Để|Qua|Nhằm|Theo|Giai đoạn|Trên cơ sở)\b")
_SIGN_TITLE = regex.compile(
    r"^(?:T/?M\.?|TM\.|KT\.?|K/T|Q\.|TL\.|TUQ\.|BÍ THƯ|PHÓ BÍ THƯ|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|GIÁM ĐỐC|"
    r"PHÓ GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|THƯỜNG TRỰC|ỦY VIÊN)\b"
)
_APPENDIX = regex.compile(r"^(?:Phụ lục|PHỤ LỤC|Biểu|BIỂU|Danh sách|DANH SÁCH)\b")
_NAME = PERSON_NAME


def is_heading_text(text: str) -> bool:
    """A numbered section heading (``I.``, ``2.2.1.``, ``a)``, ``Phần thứ hai``)."""
    return bool(_HEADING.match(text.strip()))


def assign(pages: list[list[RawLine]], geometric: bool) -> None:
    """Set the document-level roles on ``pages`` in place.

    ``geometric`` says whether lines carry positions and type (PDF) or only
    text (TXT, DOCX)."""
    flat = [(p, i, ln) for p, lines in enumerate(pages) for i, ln in enumerate(lines) if ln.role == "body"]
    if not flat:
        return
    _letterhead_and_title(pages, geometric)
    _closing(pages, geometric)
    _headings(pages, geometric)


def _letterhead_and_title(pages: list[list[RawLine]], geometric: bool) -> None:
    first = [ln for ln in pages[0] if ln.role == "body"]
    title_at = None
    for i, ln in enumerate(first[:30]):
        if doc_type_of_title(ln.text) and (not geometric or ln.bold or not ln.column):
            title_at = i
            break
    if title_at is None:
        # no type line: letterhead is the run of upper-case / place-date lines at the top
        for ln in first[:12]:
            if _looks_letterhead(ln.text):
                ln.role = "letterhead"
            else:
                break
        return
    ref = first[title_at]
    for ln in first[:title_at]:
        ln.role = "letterhead"
        if geometric and not ln.column:
            ln.column = "left" if (ln.x0 + ln.x1) / 2 < (ref.x0 + ref.x1) / 2 else "right"
    ref.role = "title"
    _reading_order(pages[0], "letterhead", lambda ln: ln.column == "right")
    for k, ln in enumerate(first[title_at + 1: title_at + 7], start=title_at + 1):
        if _SEPARATOR.match(ln.text):
            ln.role = "title"
            break
        if geometric:
            centred = ref.x1 and abs((ln.x0 + ln.x1) / 2 - (ref.x0 + ref.x1) / 2) < 2 * ref.size
            if not (centred and (ln.bold or not ln.styled)) or _BODY_START.match(ln.text):
                break
        elif (
            len(ln.text) > 160
            or _BODY_START.match(ln.text)
            or ln.text.endswith((":", "."))
            or (k + 2 < len(first) and not first[k + 1].new_paragraph and not first[k + 2].new_paragraph)  # prose runs on
        ):
            break
        ln.role = "title"


def _looks_letterhead(text: str) -> bool:
    t = text.strip()
    letters = [c for c in t if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    return bool(upper and len(t) < 80) or bool(regex.search(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", t)) or bool(
        regex.match(r"^Số\s*:?\s*\d", t)
    )


def _closing(pages: list[list[RawLine]], geometric: bool) -> None:
    """Mark "Nơi nhận" lists as recipients and the signature block."""
    start = None
    for p in range(len(pages) - 1, max(-1, len(pages) - 4), -1):  # appendix pages may follow
        for i, ln in enumerate(pages[p]):
            if ln.role == "body" and _RECIPIENTS.match(ln.text):
                start = (p, i)
                break
        if start:
            break
    if start is None:
        _trailing_signature(pages)
        return
    p0, i0 = start
    anchor = pages[p0][i0]
    in_signature = False
    for p in range(p0, min(p0 + 2, len(pages))):
        for i, ln in enumerate(pages[p]):
            if (p > p0 or i > i0) and _APPENDIX.match(ln.text):
                break
            if ln.role not in ("body", "heading"):
                continue
            before = p == p0 and i < i0
            if geometric:
                same_row = before and ln.column == "right" and abs(ln.top - anchor.top) < 1.5 * max(anchor.size, 1)
                if before and not same_row:
                    continue
                right = (ln.x0 + ln.x1) / 2 > (anchor.x0 + 200) if anchor.x1 else False
                ln.role = "signature" if (ln.column == "right" or right) else "recipients"
            else:
                if before:
                    continue
                text = ln.text.strip()
                if ln.column == "right" or (not text.startswith(("-", "+", "•")) and (_SIGN_TITLE.match(text) or in_signature)):
                    in_signature = True
                    ln.role = "signature"
                elif in_signature and _NAME.match(text):
                    ln.role = "signature"
                else:
                    ln.role = "recipients"
                    if text.startswith(("-", "+", "•")) or _RECIPIENTS.match(text):
                        in_signature = False
        _reading_order(pages[p], ("recipients", "signature"), lambda ln: ln.role == "signature")


def _reading_order(lines: list[RawLine], roles: str | tuple[str, ...], later) -> None:
    """Within the block of ``roles`` lines, put the ``later`` ones (the right
    column) after the others, each keeping its own order: left column first."""
    roles = (roles,) if isinstance(roles, str) else roles
    idx = [i for i, ln in enumerate(lines) if ln.role in roles]
    if not idx:
        return
    block = [lines[i] for i in idx]
    ordered = [ln for ln in block if not later(ln)] + [ln for ln in block if later(ln)]
    for i, ln in zip(idx, ordered):
        lines[i] = ln


def _trailing_signature(pages: list[list[RawLine]]) -> None:
    lines = [ln for lines in pages for ln in lines if ln.role == "body"]
    for ln in reversed(lines[-8:]):
        text = ln.text.strip()
        if _NAME.match(text) or _SIGN_TITLE.match(text):
            ln.role = "signature"
        else:
            break


def _headings(pages: list[list[RawLine]], geometric: bool) -> None:
    for lines in pages:
        para: list[RawLine] = []
        for ln in lines + [RawLine(text="", role="end")]:
            if ln.role != "body" or ln.new_paragraph:
                _mark_heading(para, geometric)
                para = []
            if ln.role == "body":
                para.append(ln)


def _mark_heading(para: list[RawLine], geometric: bool) -> None:
    if not para:
        return
    text = " ".join(ln.text for ln in para)
    numbered = is_heading_text(text)
    if geometric and all(ln.bold and ln.styled for ln in para) and len(text) < 300:
        heading = True
    else:
        rest = _HEADING.sub("", text.strip(), count=1)
        heading = numbered and len(text) < 220 and not regex.search(r"[.;]\s+\p{Lu}", rest[:-1])
    if heading:
        for ln in para:
            ln.role = "heading"
