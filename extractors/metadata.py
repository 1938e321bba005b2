"""Document fields from the letterhead, title block, signature and body.

Yields one ``document`` mention per field found (doc_type, symbol,
issue_place, issue_date, title, issuer, unit_level, unit_name, district,
province, province_2025, period_start, period_end, signer, signer_title),
each pointing at the line it came from.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Iterable

import regex

from extractors.base import mention, register
from extractors.dates import find_dates, find_periods
from extractors.units import COMMITTEE, KINDS, UNIT, Unit, locate, parse_unit, province_2025
from pipeline.model import Document, Line, Mention, Page
from pipeline.vocab import PERSON_NAME, SYMBOL_CODES, doc_type_of_title

NAME = "metadata"
SYMBOL = r"\d+[A-Za-z]?\s?[-/]\s?[\p{Lu}][\p{L}\d]*(?:\s?[-/.]\s?[\p{Lu}][\p{L}\d]*){0,3}"
_SYMBOL_LINE = regex.compile(rf"^Số\s*:?\s*(?P<sym>{SYMBOL})")
_PLACE_DATE = regex.compile(
    r"(?P<place>\p{Lu}\p{Ll}*(?:['’]\p{L}+)?(?:[ -]\p{Lu}\p{Ll}*(?:['’]\p{L}+)?){0,5})\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})"
)
_NAME = PERSON_NAME
_AUTHORITY = regex.compile(r"^(?:T/?M\.?|TM\.|KT\.?|K/T|Q\.|TL\.|TUQ\.)\s*")
_TITLE_WORDS = [("bí thư", "Bí thư"), ("chủ tịch", "Chủ tịch"), ("thường trực", "Thường trực"),
                ("trưởng ban", "Trưởng ban"), ("giám đốc", "Giám đốc"), ("chánh văn phòng", "Chánh Văn phòng")]
_REPORTER = regex.compile(
    r"(?:Ban Thường vụ|Ban Chấp hành|Ban Dân vận|Ban Tuyên giáo và Dân vận|Ủy ban nhân dân|UBND|Đảng ủy|Thường trực)\s+(?:(?:Tỉnh|Thành|Huyện|Thị|Quận) ủy\s+)?"
    rf"(?:{UNIT.pattern}|\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)+)"
    r"(?=\s+(?:báo cáo|kính báo|xây dựng|ban hành|tổng kết|sơ kết))",
)
_BODY_ONLY = r"^(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|BAN CHẤP HÀNH|ĐẢNG ỦY|BAN THƯỜNG VỤ)$"
_PROPER_BODIES = ["Ban Dân vận", "Ban Tuyên giáo", "Ban Tuyên giáo và Dân vận", "Ban Tổ chức", "Ban Thường vụ", "Ban Chấp hành",
                  "Ủy ban Kiểm tra", "Văn phòng", "Đảng ủy", "Đảng bộ", "Huyện ủy", "Tỉnh ủy", "Thị ủy", "Thành ủy", "Quận ủy",
                  "Mặt trận Tổ quốc Việt Nam", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh"]
_PERIOD_HINT = regex.compile(r"(?:từ năm|từ)\s+(\d{4})\s+đến nay", regex.IGNORECASE)
_COMMITTEE_ONLY = regex.compile(r"\b((?i:Tỉnh ủy|Huyện ủy|Thị ủy|Quận ủy))\b(?!\s+\p{Lu})")
_COMMITTEE_KIND = {"tỉnh ủy": "tỉnh", "huyện ủy": "huyện", "thị ủy": "thị xã", "quận ủy": "quận"}
_BARE_REPORTER = regex.compile(
    r"(?:Đảng ủy|Ủy ban nhân dân|UBND|Ban Thường vụ)\s+(?P<kind>xã|phường|thị trấn|huyện|thị xã|tỉnh)\s+(?:báo cáo|kính báo|xây dựng|ban hành)\b"
)
_OPENING_TYPES = [
    (regex.compile(r"\b(?:báo cáo|kính báo)\s+(?:kết quả|như sau|tình hình|tổng kết|sơ kết)", regex.IGNORECASE), "bao_cao"),
    (regex.compile(r"\b(?:xây dựng|ban hành)\s+Kế hoạch\b[^.]{0,80}?(?:như sau|cụ thể)", regex.IGNORECASE), "ke_hoach"),
]
_ISSUER_IN_TITLE = regex.compile(r"^(?i:của)\s+(?:(?!\bvề\b)[^,;.])+$")
_TITLE_YEAR = regex.compile(r"(?:^|\s)(?:(?:\d+|sáu|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?)?năm\s+(\d{4})\b(?!\s*[-–]\s*\d{4})")
_YEARS_SPAN = regex.compile(r"\b(\d{1,2})\s+năm\b")


def _valid_date(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


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
            if _valid_date(y, mo, d):
                yield _found(page, line, issue_place=m.group("place").strip(), issue_date=f"{y:04d}-{mo:02d}-{d:02d}")
                return


def _doc_type(doc: Document, symbol: str) -> Iterable[Mention]:
    for page, line in doc.lines("title"):
        code = doc_type_of_title(line.text)
        if code:
            title = [
                ln.text for _, ln in doc.lines("title")
                if ln is not line and not regex.fullmatch(r"[-–—_*=.\s]+", ln.text) and not _ISSUER_IN_TITLE.match(ln.text)
            ]
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
    # a body name alone on its line continues on the next ("ỦY BAN NHÂN DÂN" / "XÃ TRÀ TÂY")
    joined: list[str] = []
    for _, ln in lines:
        if joined and parse_unit(joined[-1]) is None and not UNIT.search(joined[-1]) and regex.search(_BODY_ONLY, joined[-1]):
            joined[-1] = f"{joined[-1]} {ln.text}"
        else:
            joined.append(ln.text)
    units = [(t, parse_unit(t)) for t in joined]
    fields: dict[str, str] = {}
    where = lines[-1] if lines else None
    named = [(t, u) for t, u in units if u]
    if named:
        unit = named[-1][1]
        fields["issuer"] = _readable_issuer(joined, doc)
    else:
        unit, where = _unit_from_body(doc)
    if unit is None:
        return
    fields.update(unit_level=unit.level, unit_name=unit.name)
    superiors = [u for _, u in named[:-1]]
    province = next((u.place for u in [unit] + superiors if u.kind == "tỉnh" or u.level == "tinh"), "")
    district = None
    if unit.level == "xa":
        district = next((u for u in superiors if u.level == "huyen"), None) or _mentioned(doc, ("huyện", "thị xã", "thành phố", "quận"))
    if not province:
        p = _mentioned(doc, ("tỉnh",))
        province = p.place if p else ""
    located_province, located_district = locate(unit, district)
    province = province or located_province
    if unit.level == "xa" and (district or located_district):
        fields["district"] = district.name if district else located_district
    if province:
        fields["province"] = province
        fields["province_2025"] = province_2025(province)
    if where:
        yield _found(where[0], where[1], **fields)
    else:
        yield Mention("document", 1, 0, 0, "", "body", NAME, fields)


def _readable(line: str) -> str:
    """An upper-case letterhead line as running text: ``BAN DÂN VẬN`` ->
    ``Ban Dân vận``, ``HUYỆN ỦY BẮC QUANG`` -> ``Huyện ủy Bắc Quang``."""
    if line != line.upper():
        return line
    unit = parse_unit(line)
    if unit and unit.place and unit.place.upper() in line:
        head = line[: line.rfind(unit.place.upper())].strip()
        return f"{_body_case(head)} {unit.place}".strip()
    return _body_case(line)


def _body_case(upper: str) -> str:
    """``BAN DÂN VẬN`` -> ``Ban Dân vận``; ``ỦY BAN NHÂN DÂN`` -> ``Ủy ban nhân dân``."""
    low = upper.lower()
    for proper in _PROPER_BODIES:
        low = regex.sub(rf"\b{regex.escape(proper.lower())}\b", proper, low)
    return low[:1].upper() + low[1:]


def _readable_issuer(joined: list[str], doc: Document) -> str:
    """The issuing body: the last letterhead line, completed by the line above
    when it names no place (``HUYỆN ỦY BẮC QUANG`` / ``BAN DÂN VẬN`` ->
    ``Ban Dân vận Huyện ủy Bắc Quang``), with the signature's authority
    (``T/M BAN THƯỜNG VỤ``) in front of a committee."""
    last = joined[-1]
    body = _readable(last)
    if parse_unit(last) is None and len(joined) > 1:
        body = f"{body} {_readable(joined[-2])}"
    authority = next((ln.text for _, ln in doc.lines("signature") if _AUTHORITY.match(ln.text)), "")
    if regex.search(r"BAN THƯỜNG VỤ", authority) and not body.lower().startswith("ban "):
        body = f"Ban Thường vụ {body}"
    return body


def _mentioned(doc: Document, kinds: tuple[str, ...]):
    """The unit of one of ``kinds`` named most often in the document
    (``tỉnh Quảng Ngãi``, or a committee: ``Tỉnh ủy Hà Giang``)."""
    counts: Counter = Counter()
    found = {}
    for page in doc.pages:
        hits = [m for m in UNIT.finditer(page.text) if m.group("kind").lower() in kinds]
        hits += [m for m in COMMITTEE.finditer(page.text) if parse_unit(m.group(0)).kind in kinds]
        for m in hits:
            if m.group("name") and m.group("name")[:1].isalpha() and not m.group("name").isupper():
                u = parse_unit(m.group(0))
                if u and u.kind in kinds:
                    counts[u.name] += 1
                    found.setdefault(u.name, u)
    return found[counts.most_common(1)[0][0]] if counts else None


def _unit_from_body(doc: Document):
    """No letterhead: the unit that reports ("Ban Thường vụ Thị ủy X báo cáo"),
    else the unit in the title, else the committee named most often."""
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
    counts: Counter = Counter()
    where = {}
    for page in doc.pages:
        for m in COMMITTEE.finditer(page.text):
            if m.group("name")[:1].isupper() and not m.group("name").isupper():
                u = parse_unit(m.group(0))
                counts[u.name] += 1
                where.setdefault(u.name, (u, page, m.start()))
    if counts:
        u, page, pos = where[counts.most_common(1)[0][0]]
        line = next((ln for ln in page.lines if ln.start <= pos < ln.end), None)
        return u, (page, line) if line else None
    place = next((m for m in _place_date(doc)), None)
    for page, line in list(doc.lines("title"))[:4]:  # "CHỈ THỊ của Ban Thường vụ Tỉnh ủy", dated "Bắc Ninh, ngày ..."
        m = _COMMITTEE_ONLY.search(line.text)
        if m and place is not None:
            kind = _COMMITTEE_KIND[m.group(1).lower()]
            name = place.data["issue_place"]
            return Unit(KINDS[kind], f"{kind} {name}", kind, name), (page, line)
    for page in doc.pages:  # "Đảng ủy phường xây dựng Kế hoạch": the level, no name
        m = _BARE_REPORTER.search(page.text)
        if m:
            kind = m.group("kind").lower()
            line = next((ln for ln in page.lines if ln.start <= m.start() < ln.end), None)
            return Unit(KINDS[kind], "", kind, ""), (page, line) if line else None
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


def _paragraphs(doc: Document, *roles: str) -> list[tuple[Page, Line, str]]:
    """(page, first line, text) of each paragraph of the given roles: periods
    and phrases are searched across line breaks."""
    out: list[tuple[Page, Line, str]] = []
    for page in doc.pages:
        seen: dict[int, int] = {}
        for line in page.lines:
            if line.role not in roles:
                continue
            if line.paragraph in seen:
                p, first, _ = out[seen[line.paragraph]]
                out[seen[line.paragraph]] = (p, first, page.text[first.start: line.end])
            else:
                seen[line.paragraph] = len(out)
                out.append((page, line, line.text))
    return out


def _period(doc: Document, doc_type: str, issue_year: int | None) -> Iterable[Mention]:
    """The years the document covers, by decreasing evidence: a period in the
    title, a single year in the title ("năm 2023", "6 tháng đầu năm 2024"),
    a period in the opening paragraph, "từ năm X đến nay", "N năm" in the
    title, the period most stated in the body (forward-looking for plans)."""
    title = [(p, ln, ln.text) for p, ln in doc.lines("title")]
    title_text = " ".join(t for _, _, t in title)
    body = _paragraphs(doc, "body")
    found = None
    for page, line, text in title:
        periods = find_periods(text, ref_year=issue_year)
        if periods:
            found = page, line, periods[0].start_year, periods[0].end_year
            break
    if not found and title:
        year = _TITLE_YEAR.search(title_text)
        if year:
            found = title[0][0], title[0][1], int(year.group(1)), int(year.group(1))
    for page, line, text in body[:1] if not found else []:
        periods = find_periods(text, ref_year=issue_year)
        if periods:
            found = page, line, periods[0].start_year, periods[0].end_year
    if not found and issue_year:
        for page, line, text in body:
            m = _PERIOD_HINT.search(text)
            if m:
                found = page, line, int(m.group(1)), issue_year
                break
    if not found and title and issue_year:
        span = _YEARS_SPAN.search(title_text)
        if span:
            found = title[0][0], title[0][1], issue_year - int(span.group(1)), issue_year
    if not found and body:
        forward = doc_type in ("ke_hoach", "chi_thi", "nghi_quyet", "chuong_trinh", "de_an")
        counts: Counter = Counter()
        where = {}
        for page, line, text in body:
            for p in find_periods(text, ref_year=issue_year):
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


def _doc_type_from_body(doc: Document) -> list[Mention]:
    """No type line: the opening says what the document is ("Ban Thường vụ
    ... báo cáo kết quả", "Đảng ủy xây dựng Kế hoạch ... như sau")."""
    for page, line, text in _paragraphs(doc, "body")[:3]:
        for pattern, code in _OPENING_TYPES:
            if pattern.search(text):
                return [_found(page, line, doc_type=code)]
    return [Mention("document", 1, 0, 0, "", "body", NAME, {"doc_type": "other"})]


def _latest_year(doc: Document) -> int | None:
    """Without an issue date, the latest year of a dated event in the text
    stands in for "now" ("từ năm 2020 đến nay")."""
    years = [int(d.iso[:4]) for page in doc.pages for d in find_dates(page.text) if d.precision == "day"]
    return max(years) if years else None


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
    if not any("doc_type" in m.data for m in out):
        out += _doc_type_from_body(doc)
    date = next((m.data["issue_date"] for m in out if "issue_date" in m.data), "")
    doc_type = next((m.data["doc_type"] for m in out if "doc_type" in m.data), "other")
    out += _period(doc, doc_type, int(date[:4]) if date else _latest_year(doc))
    if not any(m.data.get("unit_level") for m in out):
        out.append(Mention("document", 1, 0, 0, "", "body", NAME, {"unit_level": "unknown"}))
    return out
