"""Counts of "Dân vận khéo" models: metric, field, level, with provenance.

Every count is a number directly before ``mô hình`` (or a field item of a
breakdown list that belongs to such a count). For each, the clause around it
decides:

- the metric: ``tập thể``/``cá nhân`` after the noun; a passive verb after it
  (``được xét công nhận``); commendation verbs; ``điển hình``/``tiêu biểu``;
  the nearest verb before it; a plan's target (``phấn đấu``, ``ít nhất``,
  ``mỗi ... hằng năm``); for a footnote item, the metric of the sentence whose
  marker calls the footnote;
- the field: the field named in the list item, else in the clause (one
  field only; "tất cả các lĩnh vực" is the total), else the heading the
  sentence sits under, else ``total``;
- the level: ``cấp thị xã`` / ``cấp cơ sở`` / a committee of a level as agent.

Traps skipped: ratios, years, vague amounts, numbers inside quoted names,
year-on-year differences (``tăng 276 mô hình so với``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import regex

from extractors.base import mention, register
from extractors.fields import ALL_FIELDS, ANY_FIELD, fields_in
from extractors.numbers import NumberMatch, find_numbers
from pipeline.model import Document, Mention, Page

NAME = "model_counts"
_NOUN = regex.compile(r"\s*(?:mô hình)\b", regex.IGNORECASE)
_BOUNDARY = regex.compile(r"[.;!?](?=\s|$)|\n|:(?=\s)")
_AFTER_STOP = regex.compile(r"[;.!?(:\n]|,\s*(?:trong đó|gồm)")
_PASSIVE = regex.compile(
    r"^[^;.:(\n]{0,60}?\bđược\s+(?:[\p{L},]+\s+){0,8}?(?P<verb>xét,?\s*công nhận|công nhận|đăng ký|xây dựng|biểu dương|khen thưởng|tuyên dương|nhân rộng|lựa chọn|chọn)",
    regex.IGNORECASE,
)
_VERBS = [
    ("models_commended", r"biểu dương|khen thưởng|tuyên dương|tôn vinh|trao thưởng|giấy khen|bằng khen|khen"),
    ("models_recognized", r"công nhận|thẩm định"),
    ("models_replicated", r"nhân rộng"),
    ("models_typical", r"lựa chọn|chọn"),
    ("models_registered", r"đăng ký|đăng kí|xây dựng|triển khai|thực hiện|thành lập|duy trì|có|hình thành|phát động"),
]
_VERB = regex.compile("|".join(f"(?P<{m}>\\b(?:{p})\\b)" for m, p in _VERBS), regex.IGNORECASE)
_TYPICAL = regex.compile(r"^\s*(?:[“\"][^”\"]{0,40}[”\"]\s*)?(?:điển hình|tiêu biểu|xuất sắc)\b", regex.IGNORECASE)
_KIND = regex.compile(r"^\s*(?P<k>tập thể|cá nhân)\b", regex.IGNORECASE)
_TARGET = regex.compile(
    r"phấn đấu|chỉ tiêu|ít nhất|tối thiểu|\bmỗi\s+\p{L}+|(?:mỗi năm|hằng năm|hàng năm)\s+(?:xây dựng|đăng ký)",
    regex.IGNORECASE,
)
_DIFFERENCE_BEFORE = regex.compile(r"\b(?:tăng|giảm|tăng thêm|nhiều hơn|ít hơn|vượt)\s*(?:thêm\s*)?$", regex.IGNORECASE)
_DIFFERENCE_AFTER = regex.compile(r"^[^.;\d]{0,40}?\bso với\b", regex.IGNORECASE)
_LEVEL = [
    ("huyen", r"cấp (?:thị xã|huyện|quận|thành phố)|cấp thị|Huyện ủy|Thị ủy|Quận ủy"),
    ("xa", r"cấp (?:cơ sở|xã|phường|thị trấn)"),
    ("tinh", r"cấp tỉnh|Tỉnh ủy|UBND tỉnh|Ủy ban nhân dân tỉnh"),
]
_LEVEL_RE = regex.compile("|".join(f"(?P<{k}>{p})" for k, p in _LEVEL))
_QUOTED = regex.compile(r"[“\"][^”\"\n]{0,200}[”\"]")
_ITEM_CUT = regex.compile(r"\d|mô hình|[;(\n]", regex.IGNORECASE)
_FIELD_AFTER = regex.compile(
    r"\s*(?:[“\"][^”\"]{0,80}[”\"]\s*)?(?:(?:thuộc|trong|trên|ở|về)\s+)?(?:(?:các\s+)?lĩnh vực\s+)?([^\d;.(\n]{3,60})",
    regex.IGNORECASE,
)
_NUMBER_NEXT = regex.compile(r"\s*(?:hơn|trên|gần|khoảng|được)?\s*\d")
_COUNT_AFTER_NOUN = regex.compile(
    r"\b(?:tổng\s+)?số(?:\s+lượng)?\s+mô hình\b[^.;\d“”\n]{0,60}?(?:\blà|:|\bđạt|\bcó)\s*$", regex.IGNORECASE
)
_SPLITS = ("models_collective", "models_individual")
_SPLIT_NOUN = regex.compile(r"\s*(?:tập thể|cá nhân)\b", regex.IGNORECASE)


@dataclass
class Count:
    """A model count before it becomes a mention."""

    number: NumberMatch
    noun_end: int
    metric: str = "models_registered"
    field: str = "total"
    level: str = ""
    heading: str | None = None
    lead: int | None = None  # where "số mô hình ..." starts, for a count that follows its noun


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _BOUNDARY.finditer(text, 0, pos):
        start = m.end()
    m = _BOUNDARY.search(text, pos)
    return start, (m.start() if m else len(text))


def _in_quotes(text: str, pos: int, lo: int) -> bool:
    return any(q.start() < pos < q.end() for q in _QUOTED.finditer(text, lo, min(len(text), pos + 200)))


def _passive(after_clause: str):
    """A passive verb after the noun that is this count's ("13.893 mô hình
    ... được đăng ký"), not one governing the next number ("..., được công
    nhận 98 mô hình")."""
    m = _PASSIVE.match(after_clause)
    if not m or regex.search(r"\d", after_clause[: m.start("verb")]):
        return None
    if _NUMBER_NEXT.match(after_clause, m.end()):
        return None
    return m


def _metric(text: str, c: Count, lo: int, hi: int) -> str:
    after = text[c.noun_end: hi]
    stop = _AFTER_STOP.search(after)
    after_clause = after[: stop.start()] if stop else after
    kind = _KIND.match(after)
    if kind:
        return "models_collective" if kind.group("k").lower() == "tập thể" else "models_individual"
    if c.lead is not None:  # "Số mô hình được công nhận: 125"
        clause_before = text[c.lead: c.number.start]
    else:
        before = text[lo: c.number.start]
        clause_start = max(before.rfind(";"), before.rfind(":"))
        clause_before = before[clause_start + 1:] if clause_start >= 0 else before
    if _TARGET.search(clause_before) or c.number.qualifier in ("ít nhất", "tối thiểu"):
        return "models_target"
    passive = _passive(after_clause)
    verbs = [m.lastgroup for m in _VERB.finditer(clause_before)]
    if "models_commended" in verbs or (passive and _VERB.search(passive.group("verb")).lastgroup == "models_commended"):
        return "models_commended"
    if verbs and verbs[-1] == "models_recognized":
        return "models_recognized"
    if _TYPICAL.match(after_clause):
        return "models_typical"
    if passive:
        return _VERB.search(passive.group("verb")).lastgroup or "models_registered"
    return verbs[-1] if verbs else "models_registered"


def _field(page: Page, c: Count, lo: int, hi: int, heading_field: str | None) -> str:
    text = page.text
    follows = _FIELD_AFTER.match(text, c.noun_end)
    if follows:
        named = ANY_FIELD.match(follows.group(1))
        if named and len(fields_in(follows.group(1))) == 1:
            return named.lastgroup  # "187 mô hình thuộc lĩnh vực quốc phòng, an ninh", "66 mô hình kinh tế"
    window = text[max(0, c.number.start - 60): c.number.start]
    cut = list(_ITEM_CUT.finditer(window))
    item = window[cut[-1].end():] if cut else window
    local = fields_in(item)
    if len(local) == 1:
        return local[0]  # "kinh tế có 41 mô hình, văn hóa - xã hội có 81 mô hình"
    after = text[c.noun_end: hi]
    clause = text[lo: c.number.start] + " " + after
    if ALL_FIELDS.search(clause):
        return "total"
    named = fields_in(clause)
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        return "total"
    return heading_field or "total"


def _level(text: str, c: Count, lo: int, hi: int) -> str:
    after = text[c.noun_end: hi]
    stop = _AFTER_STOP.search(after)
    m = _LEVEL_RE.search(after[: stop.start()] if stop else after)
    if m and m.group(0).startswith("cấp"):
        return m.lastgroup
    before = text[lo: c.number.start]
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1:]
    m = _LEVEL_RE.search(clause)
    return m.lastgroup if m else ""


def _heading_fields(doc: Document) -> dict[tuple[int, int], str | None]:
    """For each (page, paragraph), the field named by the heading above it."""
    out: dict[tuple[int, int], str | None] = {}
    current: str | None = None
    for page in doc.pages:
        for line in page.lines:
            if line.role == "heading":
                heading = " ".join(ln.text for ln in page.lines if ln.paragraph == line.paragraph)
                named = fields_in(heading)
                current = named[0] if len(named) == 1 else None
            out.setdefault((page.number, line.paragraph), current)
    return out


def _counts(page: Page) -> list[Count]:
    text = page.text
    out = []
    for n in find_numbers(text):
        if n.kind in ("ratio", "percent", "year", "vague") or n.qualifier == "hàng":
            continue
        lo, _ = _sentence_bounds(text, n.start)
        noun = _NOUN.match(text, n.end)
        window = regex.split(r"[.;\n]", text[max(0, n.start - 90): n.start])[-1]
        lead = _COUNT_AFTER_NOUN.search(window)
        if not noun and lead and not _in_quotes(text, n.start, lo):
            # "Số mô hình đăng ký trong năm là 1.306"
            out.append(Count(number=n, noun_end=n.end, lead=n.start - len(window) + lead.start()))
            continue
        if not noun and _SPLIT_NOUN.match(text, n.end) and _in_split(text, lo, n.start):
            out.append(Count(number=n, noun_end=n.end))  # "(557 tập thể, 26 cá nhân)" after a count
            continue
        if not noun:
            continue
        if _in_quotes(text, n.start, lo):
            continue
        if _DIFFERENCE_BEFORE.search(text[max(lo, n.start - 30): n.start]) or _DIFFERENCE_AFTER.match(text[noun.end():]):
            continue
        out.append(Count(number=n, noun_end=noun.end()))
    return out


def _in_split(text: str, lo: int, pos: int) -> bool:
    """Is ``pos`` inside a parenthesis that follows a model count?"""
    paren = text.rfind("(", lo, pos)
    return paren >= 0 and ")" not in text[paren:pos] and bool(regex.search(r"\d\s*mô hình", text[lo:paren], regex.IGNORECASE))


def _links(page: Page, counts: list[Count]) -> dict[str, Count]:
    """Footnote label -> the body count its marker follows (the nearest count
    before the marker in the same sentence)."""
    linked: dict[str, Count] = {}
    body = [c for c in counts if page.role_at(c.number.start) != "footnote"]
    for marker in page.markers:
        lo, _ = _sentence_bounds(page.text, marker.start)
        before = [c for c in body if lo <= c.number.start < marker.start]
        # "55 mô hình (29 tập thể, 26 cá nhân)¹": the note is about the 55
        before = [c for c in before if c.metric not in _SPLITS] or before
        if before and marker.label not in linked:
            linked[marker.label] = max(before, key=lambda c: c.number.start)
    return linked


def _footnote_of(page: Page, pos: int) -> str | None:
    for note in page.footnotes:
        if note.start <= pos < note.end:
            return note.label
    return None


def _resolve(page: Page, counts: list[Count], headings: dict) -> list[Count]:
    """Metric, field and level of each count; footnote items after the body
    counts that call them, whose metric and heading they inherit."""
    text = page.text
    kept, notes = [], []
    for c in counts:
        line = next((ln for ln in page.lines if ln.start <= c.number.start < max(ln.end, ln.start + 1)), None)
        if line is not None and line.role == "table":
            continue  # table cells are the tables extractor's
        c.heading = headings.get((page.number, line.paragraph)) if line else None
        (notes if line is not None and line.role == "footnote" else kept).append(c)
    for c in kept + notes:
        lo, hi = _sentence_bounds(text, c.number.start)
        heading = c.heading
        caller = None
        if c in notes:
            label = _footnote_of(page, c.number.start)
            caller = _links(page, kept).get(label) if label is not None else None
            heading = caller.heading if caller else None
        c.metric = _metric(text, c, lo, hi)
        if caller and c.metric == "models_registered":
            c.metric = caller.metric
        c.field = _field(page, c, lo, hi, heading)
        c.level = _level(text, c, lo, hi)
    return kept + notes


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    """Every count of "Dân vận khéo" models in ``doc`` (body and footnotes)."""
    headings = _heading_fields(doc)
    for page in doc.pages:
        text = page.text
        for c in sorted(_resolve(page, _counts(page), headings), key=lambda c: c.number.start):
            lo, hi = _sentence_bounds(text, c.number.start)
            yield mention(
                "figures", page, lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()), hi, NAME,
                metric=c.metric, field=c.field, value=c.number.value, value_max=c.number.value_max,
                unit="mô hình", qualifier=c.number.qualifier, subunit="", level=c.level,
            )
