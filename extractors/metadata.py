"""Document fields from the letterhead, title block, signature and body.

Yields one ``document`` mention per field found (doc_type, symbol,
issue_place, issue_date, title, issuer, unit_level, unit_name, district,
province, province_2025, period_start, period_end, signer, signer_title),
each pointing at the line it came from.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import regex

from extractors.base import mention, register
from extractors.dates import find_periods
from extractors.units import UNIT, parse_unit, province_2025, title_case
from pipeline.model import Document, Line, Mention, Page
from pipeline.vocab import SYMBOL_CODES, doc_type_of_title

NAME = "metadata"
SYMBOL = r"\d+[A-Za-z]?\s?[-/]\s?[\p{Lu}][\p{L}\d]*(?:\s?[-/.]\s?[\p{Lu}][\p{L}\d]*){0,3}"
_SYMBOL_LINE = regex.compile(rf"^Số\s*:?\s*(?P<sym>{SYMBOL})")
_PLACE_DATE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L} .'-]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
)
_NAME = regex.compile(r"^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,5}$")
_AUTHORITY = regex.compile(r"^(?:T/?M\.?|TM\.|KT\.?|K/T|Q\.|TL\.|TUQ\.)\s*")
_TITLE_WORDS = [("bí thư", "Bí thư"), ("chủ tịch", "Chủ tịch"), ("thường trực", "Thường trực"),
                ("trưởng ban", "Trưởng ban"), ("giám đốc", "Giám đốc"), ("chánh văn phòng", "Chánh Văn phòng")]
_REPORTER = regex.compile(
    r"(?:Ban Thường vụ|Ban Chấp hành|Ủy ban nhân dân|UBND|Đảng ủy|Thường trực)\s+(?:(?:Tỉnh|Thành|Huyện|Thị|Quận) ủy\s+)?"
    rf"(?:{UNIT.pattern}|\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)+)"
    r"(?=\s+(?:báo cáo|kính báo|xây dựng|ban hành|tổng kết|sơ kết))",
)
_PERIOD_HINT = regex.compile(r"(?:từ năm|từ)\s+(\d{4})\s+đến nay", regex.IGNORECASE)
_YEARS_SPAN = regex.compile(r"\b(\d{1,2})\s+năm\b")


def _found(page: Page, line: Line, **fields) -> Mention:
    return mention("document", page, line.start, line.end, NAME, **fields)


def _letterhead(doc: Document) -> list[tuple[Page, Line]]:
    return [(p, ln) for p, ln in doc.lines("letterhead")]


def _symbol(doc: Document) -> Iterable[Mention]:
    for page, line in doc.lines("letterhead", "title"):
        m = _SYMBOL_LINE.search(line.text)
        if m:
            yield _found(page, line, symbol=regex.sub(r"\s+", "", m.group("sym")))
            return


def _place_date(doc: Document) -> Iterable[Mention]:
    candidates = list(doc.lines("letterhead")) or [(p, ln) for p, ln in doc.lines() if p.number == 1][:15]
    candidates += [(p, ln) for p, ln in doc.lines("signature", "recipients")]
    for page, line in candidates:
        m = _PLACE_DATE.search(line.text)
        if m:
            d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
            if 1 <= d <= 31 and 1 <= mo <= 12:
                yield _found(page, line, issue_place=m.group("place").strip(), issue_date=f"{y:04d}-{mo:02d}-{d:02d}")
                return


def _doc_type(doc: Document, symbol: str) -> Iterable[Mention]:
    for page, line in doc.lines("title"):
        code = doc_type_of_title(line.text)
        if code:
            title = [ln.text for _, ln in doc.lines("title") if ln is not line and not regex.fullmatch(r"[-–—_*=.\s]+", ln.text)]
            yield _found(page, line, doc_type=code, title=" ".join(title))
            return
    m = regex.search(r"[-/](\p{Lu}[\p{L}]*)", symbol or "")
    if m and m.group(1) in SYMBOL_CODES:
        yield Mention("document", 1, 0, 0, "", "letterhead", NAME, {"doc_type": SYMBOL_CODES[m.group(1)]})


def _issuer_lines(doc: Document) -> list[tuple[Page, Line]]:
    """Left-column letterhead lines naming bodies (not the motto, number or date)."""
    out = []
    for page, line in _letterhead(doc):
        t = line.text.strip()
        if line.column == "right" or _SYMBOL_LINE.search(t) or _PLACE_DATE.search(t) or not regex.search(r"\p{L}", t):
            continue
        if regex.search(r"CỘNG HÒA|ĐỘC LẬP|Độc lập|ĐẢNG CỘNG SẢN", t):
            continue
        out.append((page, line))
    return out


def _unit_fields(doc: Document) -> Iterable[Mention]:
    lines = _issuer_lines(doc)
    texts = [ln.text for _, ln in lines]
    # a body name alone on its line continues on the next ("ỦY BAN NHÂN DÂN" / "XÃ TRÀ TÂY")
    joined = []
    for t in texts:
        if joined and parse_unit(joined[-1]) is None and not UNIT.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {t}"
        else:
            joined.append(t)
    units = [(t, parse_unit(t)) for t in joined]
    units = [(t, u) for t, u in units if u]
    fields: dict[str, str] = {}
    where = lines[-1] if lines else None
    if units:
        issuer_text, unit = units[-1]
        fields["issuer"] = _readable_issuer(issuer_text, doc)
    else:
        unit, where = _unit_from_body(doc)
    if unit is None:
        return
    fields.update(unit_level=unit.level, unit_name=unit.name)
    superiors = [u for _, u in units[:-1]] if units else []
    province = next((u.place for u in [unit] + superiors if u.kind == "tỉnh"), "")
    if unit.level == "xa":
        district = next((u for u in superiors if u.level == "huyen"), None) or _mentioned(doc, ("huyện", "thị xã", "thành phố", "quận"))
        if district:
            fields["district"] = district.name
    if not province:
        p = _mentioned(doc, ("tỉnh",))
        province = p.place if p else ""
    if province:
        fields["province"] = province
        fields["province_2025"] = province_2025(province)
    if where:
        yield _found(where[0], where[1], **fields)
    else:
        yield Mention("document", 1, 0, 0, "", "body", NAME, fields)


def _readable_issuer(text: str, doc: Document) -> str:
    unit = parse_unit(text)
    words = text.split()
    body = " ".join(words)
    if body.isupper() and unit:
        head = body[: body.upper().find(unit.place.upper())].strip() if unit.place else body
        body = (head[:1] + head[1:].lower() + " " + unit.place).strip()
    authority = next((ln.text for _, ln in doc.lines("signature") if _AUTHORITY.match(ln.text)), "")
    if regex.search(r"BAN THƯỜNG VỤ", authority) and not body.lower().startswith("ban thường vụ"):
        body = f"Ban Thường vụ {body}"
    return body


def _mentioned(doc: Document, kinds: tuple[str, ...]):
    """The unit of one of ``kinds`` named most often in the document."""
    counts: Counter = Counter()
    found = {}
    for page in doc.pages:
        for m in UNIT.finditer(page.text):
            kind = m.group("kind")
            if kind in kinds and m.group("name") and not m.group("name").isupper():
                u = parse_unit(m.group(0))
                if u:
                    counts[u.name] += 1
                    found.setdefault(u.name, u)
    return found[counts.most_common(1)[0][0]] if counts else None


def _unit_from_body(doc: Document):
    """No letterhead: the unit that reports ("Ban Thường vụ Thị ủy X báo cáo")."""
    for page in doc.pages:
        for m in _REPORTER.finditer(page.text):
            u = parse_unit(m.group(0))
            if u:
                line = next((ln for ln in page.lines if ln.start <= m.start() < ln.end), None)
                return u, (page, line) if line else None
    for page, line in doc.lines("title"):
        u = parse_unit(line.text)
        if u:
            return u, (page, line)
    return None, None


def _signer(doc: Document) -> Iterable[Mention]:
    sig = list(doc.lines("signature"))
    names = [(p, ln) for p, ln in sig if _NAME.match(ln.text.strip()) and not ln.text.isupper()]
    titles = [(p, ln) for p, ln in sig if ln.text.isupper() and not _AUTHORITY.match(ln.text)]
    fields = {}
    if names:
        page, line = names[-1]
        fields["signer"] = line.text.strip()
    if titles:
        page, line = titles[-1]
        fields["signer_title"] = readable_title(line.text)
    if fields:
        yield _found(page, line, **fields)


def readable_title(upper: str) -> str:
    """``PHÓ BÍ THƯ THƯỜNG TRỰC`` -> ``Phó Bí thư Thường trực``."""
    t = " ".join(upper.lower().split())
    for low, proper in _TITLE_WORDS:
        t = regex.sub(rf"\b{low}\b", proper, t)
    return t[:1].upper() + t[1:]


def _period(doc: Document, doc_type: str, issue_year: int | None) -> Iterable[Mention]:
    def first_period(lines):
        for page, line in lines:
            for p in find_periods(line.text):
                return page, line, p.start_year, p.end_year
        return None

    title = list(doc.lines("title"))
    found = first_period(title)
    body = [(p, ln) for p in doc.pages for ln in p.lines if ln.role == "body"]
    if not found and body:
        intro = [(p, ln) for p, ln in body if ln.paragraph == body[0][1].paragraph and p is body[0][0]]
        found = first_period(intro)
    if not found:
        for page, line in body:
            m = _PERIOD_HINT.search(line.text)
            if m and issue_year:
                found = page, line, int(m.group(1)), issue_year
                break
    if not found:
        for page, line in title:
            m = _YEARS_SPAN.search(line.text)
            if m and issue_year:
                found = page, line, issue_year - int(m.group(1)), issue_year
                break
    if not found and body:
        counts: Counter = Counter()
        where = {}
        for page, line in body:
            for p in find_periods(line.text):
                forward = doc_type in ("ke_hoach", "chi_thi", "nghi_quyet", "chuong_trinh", "de_an")
                if issue_year and forward and p.end_year < issue_year:
                    continue
                counts[(p.start_year, p.end_year)] += 1
                where.setdefault((p.start_year, p.end_year), (page, line))
        if counts:
            key = counts.most_common(1)[0][0]
            found = *where[key], key[0], key[1]
    if found:
        page, line, a, b = found
        yield _found(page, line, period_start=a, period_end=b)


@register(NAME)
def extract(doc: Document) -> Iterable[Mention]:
    """Letterhead, title, unit, period and signature fields of ``doc``."""
    out: list[Mention] = []
    out += _symbol(doc)
    symbol = next((m.data["symbol"] for m in out if "symbol" in m.data), "")
    out += _place_date(doc)
    out += _doc_type(doc, symbol)
    out += _unit_fields(doc)
    out += _signer(doc)
    date = next((m.data["issue_date"] for m in out if "issue_date" in m.data), "")
    doc_type = next((m.data["doc_type"] for m in out if "doc_type" in m.data), "other")
    out += _period(doc, doc_type, int(date[:4]) if date else None)
    if not any("doc_type" in m.data for m in out):
        out.append(Mention("document", 1, 0, 0, "", "body", NAME, {"doc_type": "other"}))
    if not any(m.data.get("unit_level") for m in out):
        out.append(Mention("document", 1, 0, 0, "", "body", NAME, {"unit_level": "unknown"}))
    return out
