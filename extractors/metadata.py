"""Document fields from the letterhead, title block, signature and body.

Yields one ``document`` mention per field found (doc_type, symbol,
issue_place, issue_date, title, issuer, unit_level, unit_name, district,
province, province_2025, period_start, period_end, signer, signer_title),
each pointing at the line it came from.

A news item or portal page has no letterhead: its headline is the title, its
dateline the issue date (``doc_type`` ``tin_bai``), and its unit is the one
the headline and the first sentences name (``Chợ Đồn có thêm 123 mô hình``
-> ``huyện Chợ Đồn``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable

import regex

from extractors.base import mention, register
from extractors.dates import find_dates, find_periods
from extractors.units import (
    COMMITTEE, KINDS, UNIT, Unit, canonical_kind, locate, parse_unit, place_key, province_2025, resolve_place, sector_unit,
)
from pipeline.model import Document, Line, Mention, Page
from pipeline.roles import is_agency_lead
from pipeline.vocab import DOC_TYPES, PERSON_NAME, SYMBOL_CODES, doc_type_of_title

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


_TYPE_WORDS = "|".join(sorted((regex.escape(k) for k in DOC_TYPES), key=len, reverse=True))
#: a title in running case, type and trích yếu on one line: "Báo cáo tổng kết phong trào ..."
_RUNNING_TITLE = regex.compile(rf"^(?i:(?P<type>{_TYPE_WORDS}))\s+(?P<rest>\p{{Ll}}.*)$")


def _doc_type(doc: Document, symbol: str) -> Iterable[Mention]:
    for page, line in doc.lines("title"):
        m = _RUNNING_TITLE.match(line.text.strip())
        if m and not doc_type_of_title(line.text):
            yield _found(page, line, doc_type=DOC_TYPES[m.group("type").lower()], title=m.group("rest"))
            return
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
        return
    headline = [(p, ln) for p, ln in doc.lines("headline")]
    if is_article(doc):
        fields = {"doc_type": "tin_bai"}
        if headline:
            fields["title"] = " ".join(ln.text.strip() for _, ln in headline)
            yield _found(headline[0][0], headline[0][1], **fields)
        else:
            yield Mention("document", 1, 0, 0, "", "body", NAME, fields)


def is_article(doc: Document) -> bool:
    """Has ``doc`` the shape of a news item or web page: a headline, a
    dateline, a byline or a caption, or a lead opened by an agency's mark?"""
    if any(True for _ in doc.lines("headline", "dateline", "byline", "caption")):
        return True
    first = next((ln for _, ln in doc.lines("body")), None)
    return first is not None and is_agency_lead(first.text)


#: a dateline that says when the item was published, not when the page was last touched
_PUBLISHED = regex.compile(r"(?i:đăng|xuất bản|phát hành|published|posted)")


def _published(doc: Document) -> Iterable[Mention]:
    """A news item's issue date: the date of its dateline (one saying
    "đăng" first, then the first under the headline, then any), else the
    date the web page's metadata gives."""
    found = []
    after_headline = False
    for page, line in doc.lines("headline", "dateline"):
        if line.role == "headline":
            after_headline = True
            continue
        dates = [d for d in find_dates(line.text) if d.precision == "day"]
        if dates:
            rank = (0 if _PUBLISHED.search(line.text) else 1 if after_headline else 2)
            found.append((rank, len(found), page, line, dates[0].iso))
    if found:
        _, _, page, line, iso = min(found)
        yield _found(page, line, issue_date=iso)
        return
    published = str(doc.meta.get("date") or "")
    if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        yield Mention("document", 1, 0, 0, "", "body", NAME, {"issue_date": published})


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


def _unit_fields(doc: Document, year: int | None = None) -> Iterable[Mention]:
    lines = _issuer_lines(doc)
    # a body name alone on its line continues on the next ("ỦY BAN NHÂN DÂN" / "XÃ TRÀ TÂY")
    joined: list[str] = []
    for _, ln in lines:
        if joined and parse_unit(joined[-1]) is None and not UNIT.search(joined[-1]) and regex.search(_BODY_ONLY, joined[-1]):
            joined[-1] = f"{joined[-1]} {ln.text}"
        else:
            joined.append(ln.text)
    units = [(t, parse_unit(t, year)) for t in joined]
    fields: dict[str, str] = {}
    where = lines[-1] if lines else None
    named = [(t, u) for t, u in units if u]
    province, district = "", None
    if named:
        unit = named[-1][1]
        fields["issuer"] = _readable_issuer(joined, doc)
        superiors = [u for _, u in named[:-1]]
        province = next((u.place for u in [unit] + superiors if u.kind == "tỉnh" or u.level == "tinh"), "")
        sector = sector_unit(joined[-1], province) if joined else None
        if sector is not None:  # "CÔNG AN TỈNH QUẢNG NAM": the province's police, a unit of its own
            unit = sector
            province = province or sector.place
        if unit.level == "xa":
            district = next((u for u in superiors if u.level == "huyen"), None)
    else:
        unit, where, province, district = _unit_without_letterhead(doc, year)
    if unit is None:
        return
    fields.update(unit_level=unit.level, unit_name=unit.name)
    if unit.level == "xa" and district is None:
        district = _mentioned(doc, ("huyện", "thị xã", "thành phố", "quận"))
    if not province and named:  # without a letterhead, _unit_without_letterhead has looked
        p = _mentioned(doc, ("tỉnh",))
        province = p.place if p else ""
    located_province, located_district = locate(unit, district)
    province = province or located_province
    if unit.level == "xa" and (district or located_district):
        fields["district"] = district.name if district else located_district
    if province:
        fields["province"] = province
        fields["province_2025"] = province_2025(province)
    if where and where[1] is not None:
        yield _found(where[0], where[1], **fields)
    else:
        yield Mention("document", 1, 0, 0, "", "body", NAME, fields)


# --- documents without a letterhead: news items, portal pages, extracts --------------

#: a cited document and its issuer: "Kế hoạch số 53-KH/TU ngày 10/3/2021 do Ban
#: Thường vụ Tỉnh ủy Hà Giang ban hành", "Thông báo của Ban Dân vận Thành ủy số 55"
_CITED = regex.compile(
    rf"\b(?i:{_TYPE_WORDS})\s+(?:(?:số\s+)?\d[^\s,;]*(?:\s*[-–]\s*[\p{{Lu}}/]+)?[^.;]{{0,50}}?\s+)?(?:của|do)\s+"
    r"(?P<issuer>[^.;,()]{3,120}?)(?=\s+(?:ban hành|về|số|phát động|đã|đặt|yêu cầu|triển khai|tổ chức)\b|[.;,()]|$)"
)
#: a unit and its superiors right after it: "xã Vĩnh Phú (huyện Giang Thành,
#: tỉnh Kiên Giang)", "huyện Mường La, tỉnh Sơn La", "xã Kim Long (TPHCM)"
_SUPERIORS = regex.compile(r"^\s*(?:\((?P<paren>[^()]{2,80})\)|,\s*(?P<comma>(?i:tỉnh|thành phố|TP\.?)\s*[^,.;()]{2,40}))")
#: the headline's subject: the capitalised words it starts with ("Chợ Đồn có thêm ...",
#: "Phú Ninh (Quảng Nam): ...", "Bà Rịa - Vũng Tàu: ...")
_LEAD_PLACE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Ll}'’]*(?:[ ](?:[-–][ ])?\p{Lu}[\p{Ll}'’]*){0,4})\s*(?:\((?P<parent>[^()]{2,40})\))?(?=\s*:|\s+\p{Ll}|\s+[“\"‘])"
)
#: "Hai xã ở TPHCM ...", "Các huyện của tỉnh X ...": the level, and the place above
_PLURAL_KIND = regex.compile(
    r"^(?:Hai|Ba|Bốn|Năm|Các|Nhiều|Những|\d+)\s+(?P<kind>xã|phường|thị trấn|huyện|thị xã|quận)\s+(?:ở|tại|của|thuộc)\s+(?P<place>.+?)(?=\s+\p{Ll}|$)"
)
_SCOPE = regex.compile(rf"\b(?i:toàn|cả|khắp)\s+(?P<unit>{UNIT.pattern})")
#: a kind word standing for the document's own unit ("huyện đã xây dựng", "toàn
#: huyện", "của thị xã"): not named, not one of several ("các xã"), not "xã hội"
_BARE_KIND = regex.compile(
    r"(?<!\b(?i:các|những|mỗi|nhiều|hai|ba|\d+|giữa|liên|từng)\s)(?<![,;]\s)\b(?P<kind>(?i:thị xã|thị trấn|thành phố|tỉnh|huyện|quận|xã|phường))\b"
    r"(?!\s+(?:hội|viên|\p{Lu}|,\s*(?i:xã|phường|thị trấn))|\s*,\s*(?i:phường|thị trấn|xã)\b)"
)
_PLURAL_BEFORE = regex.compile(r"(?i:các|những|mỗi|nhiều|hai|ba|\d+|giữa|liên|từng)\s+$")


@dataclass
class _Named:
    unit: Unit
    page: Page
    start: int
    end: int
    cited: bool


def _text_roles(doc: Document) -> tuple[str, ...]:
    return ("headline", "title", "body", "heading", "caption")


def _cited_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start("issuer"), m.end("issuer")) for m in _CITED.finditer(text)]


def _named_units(doc: Document, year: int | None) -> list[_Named]:
    """Every unit the text names (``huyện Chợ Đồn``, ``Huyện ủy Phú Ninh``),
    people's names after unit words left out, each marked when it is the
    issuer of a cited document."""
    out: list[_Named] = []
    roles = _text_roles(doc)
    for page in doc.pages:
        cited = _cited_spans(page.text)
        for line in page.lines:
            if line.role not in roles:
                continue
            text = page.text[line.start: line.end]
            hits = list(COMMITTEE.finditer(text)) + list(UNIT.finditer(text))
            for m in sorted(hits, key=lambda m: m.start()):
                if not m.group("name")[:1].isalpha() or (m.group("name").isupper() and len(m.group("name")) > 4):
                    continue
                u = parse_unit(m.group(0), year)
                if u is None or u.level not in ("tinh", "huyen", "xa"):
                    continue
                a = line.start + m.start()
                if any(n.page is page and n.start <= a < n.end for n in out):
                    continue  # "Huyện ủy Phú Ninh" found once, not again as "Phú Ninh"
                out.append(_Named(u, page, a, line.start + m.end(), any(s <= a < e for s, e in cited)))
    return out


def _line_at(page: Page, pos: int) -> Line | None:
    return next((ln for ln in page.lines if ln.start <= pos < max(ln.end, ln.start + 1)), None)


def _same(a: Unit, b: Unit) -> bool:
    return a.level == b.level and place_key(a.place) == place_key(b.place)


def _unit_without_letterhead(doc: Document, year: int | None):
    """(unit, (page, line), province as written, district unit) of a document
    without a letterhead: a news item's headline first, then the text."""
    named = _named_units(doc, year)
    headline = [(p, ln) for p, ln in doc.lines("headline")]
    article = is_article(doc)
    found = _headline_unit(doc, named, year) if headline else None
    if found is None and article:
        found = _text_unit(doc, named, year)
    if found is None:
        unit, where = _unit_from_body(doc, year)
        if unit is None and not article:
            found = _text_unit(doc, named, year)
        else:
            found = (unit, where, "", None)
    unit, where, province, district = found or (None, None, "", None)
    if unit is None:
        return None, None, "", None
    sup_province, sup_district = _superiors_of(unit, named, year)
    province = province or sup_province
    district = district or sup_district
    if unit.level == "tinh":
        province = province or unit.place
    if not province and unit.place:
        province = locate(unit, district)[0]  # the data before the text: a cited plan's issuer is no province
    if not province:
        province = _province_in_text(doc, unit, named, cited=not article)
    return unit, where, province, district


def _headline_unit(doc: Document, named: list[_Named], year: int | None):
    """The unit a news item's headline is about, with a province or district
    the headline gives beside it."""
    page, line = next(iter(doc.lines("headline")))
    text = line.text.strip()
    m = _PLURAL_KIND.match(text)
    if m:  # "Hai xã ở TPHCM ...": communes of that city; the first one the text names
        kind = m.group("kind")
        above = _written_place(m.group("place"), year)
        first = next((n for n in named if n.unit.kind == kind and n.start >= line.end), None)
        unit = first.unit if first else Unit(KINDS[kind], "", kind, "")
        where = (first.page, _line_at(first.page, first.start)) if first else (page, line)
        return unit, where, above[0] if above else "", None
    sector = sector_unit(text)
    if sector is not None and text.lower().startswith(sector.name.split(" ")[0].lower()):
        return sector, (page, line), sector.place, None
    own = [n for n in named if n.page is page and line.start <= n.start < line.end]
    if own and own[0].start - line.start <= 12:  # "Phường An Sơn sơ kết ...", "Công an xã Hua Bum ..."
        n = own[0]
        province, district = _parent(page.text[n.end: line.end], year)
        return n.unit, (page, line), province, district
    lead = _LEAD_PLACE.match(text)
    if lead:
        unit = _resolve(lead.group("place"), named, year)
        if unit is not None:
            province, district = _parent(f"({lead.group('parent')})", year) if lead.group("parent") else ("", None)
            if unit.level == "tinh" and not province:
                province = lead.group("place") if place_key(lead.group("place")) == place_key(unit.place) else unit.place
            return unit, (page, line), province, district
    if own:
        n = own[0]
        return n.unit, (page, line), "", None
    return None


def _resolve(place: str, named: list[_Named], year: int | None) -> Unit | None:
    """A bare place name as the text itself qualifies it elsewhere (``Chợ
    Đồn`` -> ``huyện Chợ Đồn``), else as the administrative data knows it."""
    key = place_key(place)
    kinds: Counter = Counter()
    first: dict[str, Unit] = {}
    for n in named:
        if place_key(n.unit.place) == key:
            kinds[n.unit.level] += 1
            first.setdefault(n.unit.level, n.unit)
    if kinds:
        return first[kinds.most_common(1)[0][0]]
    return resolve_place(place, year)


def _written_place(text: str, year: int | None) -> tuple[str, Unit] | None:
    """A province or city as a headline or parenthesis writes it
    (``TPHCM``, ``Quảng Nam``, ``tỉnh Kiên Giang``): (as written, unit)."""
    t = text.strip(" ,.;:()")
    u = parse_unit(t, year)
    if u is None:
        u = resolve_place(t, year)
        if u is None:
            return None
        return (t if u.level == "tinh" else u.place), u
    written = t if u.level == "tinh" and not UNIT.match(t) and not COMMITTEE.match(t) else u.place
    return written, u


def _parent(text: str, year: int | None) -> tuple[str, Unit | None]:
    """(province as written, district) from what follows a unit's name:
    ``(huyện Giang Thành, tỉnh Kiên Giang)``, ``, tỉnh Sơn La``, ``(Phú Giáo)``."""
    m = _SUPERIORS.match(text)
    if not m:
        return "", None
    province, district = "", None
    for part in regex.split(r"\s*[,;]\s*", m.group("paren") or m.group("comma")):
        found = _written_place(part, year)
        if found is None:
            continue
        written, u = found
        if u.level == "tinh" and not province:
            province = written
        elif u.level == "huyen" and district is None:
            district = u
    return province, district


def _superiors_of(unit: Unit, named: list[_Named], year: int | None) -> tuple[str, Unit | None]:
    """The first superiors the text states beside any mention of ``unit``."""
    province, district = "", None
    for n in named:
        if _same(n.unit, unit):
            p, d = _parent(n.page.text[n.end: n.end + 100], year)
            province, district = province or p, district or d
            if province and (district or unit.level != "xa"):
                break
    return province, district


def _province_in_text(doc: Document, unit: Unit, named: list[_Named], cited: bool = False) -> str:
    """The province the text names most, where the data does not contradict
    it. A cited document's issuer (``Kế hoạch ... của Tỉnh ủy Y``) counts
    only with ``cited`` and only when nothing else names one: a report
    cites its own province's guidance, a news item may cite anyone's."""
    candidates = _provinces_of(unit)
    for own in (True, False) if cited else (True,):
        counts: Counter = Counter(n.unit.place for n in named if n.unit.kind == "tỉnh" and n.cited != own)
        for place, _ in counts.most_common():
            if not candidates or place_key(place) in candidates:
                return place
    return ""


def _provinces_of(unit: Unit) -> set[str]:
    """Keys of the provinces that have a unit of this kind and name."""
    from extractors.units import _legacy_index

    districts, wards = _legacy_index()
    key = place_key(unit.place)
    if unit.level == "huyen":
        return {place_key(p) for (k, n), ps in districts.items() if k == unit.kind and place_key(n) == key for p in ps}
    if unit.level == "xa":
        return {place_key(p) for (k, n), ps in wards.items() if k == unit.kind and place_key(n) == key for p, _ in ps}
    return set()


def _text_unit(doc: Document, named: list[_Named], year: int | None):
    """No headline unit: the unit whose scope the text states (``toàn tỉnh
    Đồng Nai``), else the level the text speaks of itself at (``huyện đã
    xây dựng``, ``toàn thị xã``) and the unit of that level named most, else
    the unit named most (a cited document's issuer counting half)."""
    for page in doc.pages:
        for m in _SCOPE.finditer(page.text):
            if _line_at(page, m.start()) is not None and _line_at(page, m.start()).role in _text_roles(doc):
                u = parse_unit(m.group("unit"), year)
                if u is not None:
                    return u, (page, _line_at(page, m.start())), "", None
    levels: Counter = Counter()
    for page in doc.pages:
        for m in _BARE_KIND.finditer(page.text):
            line = _line_at(page, m.start())
            if line is None or line.role not in ("body", "heading", "headline"):
                continue
            levels[KINDS[canonical_kind(m.group("kind"))]] += 1
    scores: Counter = Counter()
    first: dict[str, _Named] = {}
    for n in named:
        weight = 0.5 if n.cited else 1.0
        if levels and n.unit.level == levels.most_common(1)[0][0]:
            weight += 1.0
        scores[n.unit.name] += weight
        first.setdefault(n.unit.name, n)
    if scores:
        best = max(scores, key=lambda k: (scores[k], -first[k].start if first[k].page.number == 1 else 0))
        n = first[best]
        return n.unit, (n.page, _line_at(n.page, n.start)), "", None
    if levels:
        level, count = levels.most_common(1)[0]
        kind = {"tinh": "tỉnh", "huyen": "", "xa": ""}[level]
        return Unit(level, "", kind, ""), None, "", None
    return None


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
        hits = [m for m in UNIT.finditer(page.text) if canonical_kind(m.group("kind")) in kinds]
        hits += [m for m in COMMITTEE.finditer(page.text) if (parse_unit(m.group(0)) or Unit("", "")).kind in kinds]
        for m in hits:
            if m.group("name") and m.group("name")[:1].isalpha() and not m.group("name").isupper():
                u = parse_unit(m.group(0))
                if u and u.kind in kinds:
                    counts[u.name] += 1
                    found.setdefault(u.name, u)
    return found[counts.most_common(1)[0][0]] if counts else None


def _unit_from_body(doc: Document, year: int | None = None):
    """No letterhead: the unit that reports ("Ban Thường vụ Thị ủy X báo cáo"),
    else the unit in the title, else the committee named most often."""
    for page in doc.pages:
        for m in _REPORTER.finditer(page.text):
            u = parse_unit(m.group(0), year)
            if u:
                line = next((ln for ln in page.lines if ln.start <= m.start() < ln.end), None)
                return u, (page, line) if line else None
    for page, line in doc.lines("title"):
        u = parse_unit(line.text, year)
        if u:
            return u, (page, line)
    counts: Counter = Counter()
    where = {}
    for page in doc.pages:
        for m in COMMITTEE.finditer(page.text):
            if m.group("name")[:1].isupper() and not m.group("name").isupper():
                u = parse_unit(m.group(0), year)
                if u is None:
                    continue
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
    title = [(p, ln, ln.text) for p, ln in doc.lines("title", "headline")]
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
    if not any("issue_date" in m.data for m in out) and any(m.data.get("doc_type") == "tin_bai" for m in out):
        out += _published(doc)
    date = next((m.data["issue_date"] for m in out if "issue_date" in m.data), "")
    out += _unit_fields(doc, int(date[:4]) if date else _latest_year(doc))
    out += _signer(doc)
    if not any("doc_type" in m.data for m in out):
        out += _doc_type_from_body(doc)
    doc_type = next((m.data["doc_type"] for m in out if "doc_type" in m.data), "other")
    out += _period(doc, doc_type, int(date[:4]) if date else _latest_year(doc))
    if not any(m.data.get("unit_level") for m in out):
        out.append(Mention("document", 1, 0, 0, "", "body", NAME, {"unit_level": "unknown"}))
    return out
