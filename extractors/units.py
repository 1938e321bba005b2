"""Administrative units as Vietnamese documents name them (a library).

``ỦY BAN NHÂN DÂN XÃ TRÀ TÂY`` -> body ``Ủy ban nhân dân``, level ``xa``,
unit ``xã Trà Tây``; ``THỊ ỦY ĐỨC PHỔ`` -> ``Thị ủy``, ``huyen``,
``thị xã Đức Phổ``. Also maps a pre-2025 province to its post-merger
province through the ``vietnamadminunits`` data, and uses the same data to
tell a place from a person's name after a unit word (``Phó Chủ tịch UBND
tỉnh Huỳnh Thị Thùy Dung`` names no province) and to resolve a bare place
name (``Chợ Đồn`` -> ``huyện Chợ Đồn``).
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

#: cities under central authority: their Thành ủy / UBND are province level
CENTRAL_CITIES = {"hà nội", "hồ chí minh", "thành phố hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}

# Party committees whose name implies the kind of unit they lead
_COMMITTEE_KIND = {
    "tỉnh ủy": ("tinh", "tỉnh"),
    "thành ủy": ("huyen", "thành phố"),
    "huyện ủy": ("huyen", "huyện"),
    "thị ủy": ("huyen", "thị xã"),
    "quận ủy": ("huyen", "quận"),
}
KINDS = {
    "tỉnh": "tinh", "thành phố": "huyen", "huyện": "huyen", "thị xã": "huyen", "quận": "huyen",
    "xã": "xa", "phường": "xa", "thị trấn": "xa", "đặc khu": "xa",
}
#: abbreviations of a kind word as news items write them: "TP. Pleiku", "Tp Vinh"
_KIND_ABBREVIATIONS = {"tp.": "thành phố", "tp": "thành phố"}
#: a city under central authority written as one abbreviation
_CITY_ABBREVIATION = regex.compile(r"\b(?:TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh)\b")
#: bodies of a sector (police, army, border guard, a bloc's Party committee):
#: a province-level unit in its own right, named by its body
SECTOR_BODIES = [
    "Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Công an", "Lực lượng vũ trang",
    "Đảng ủy Quân sự", "Đảng ủy Công an", "Đảng ủy Bộ đội Biên phòng", "Đảng ủy Khối",
]
_BODIES = [
    "ban thường vụ", "ban chấp hành", "ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd", "đảng ủy", "đảng bộ",
    "ban tuyên giáo và dân vận", "ban dân vận", "ban tuyên giáo", "ủy ban mặt trận tổ quốc việt nam",
    "ủy ban mttq việt nam", "ủy ban mttq", "mặt trận tổ quốc việt nam", "mặt trận tổ quốc",
]
_KIND_RE = "|".join(sorted(KINDS, key=len, reverse=True))
_COMMITTEE_RE = "|".join(sorted(_COMMITTEE_KIND, key=len, reverse=True))
# place names: capitalised words, with "M'Gar"-style apostrophes and "Bà Rịa - Vũng Tàu" hyphens
_WORD = r"(?:\p{Lu}[\p{L}\d]*(?:['’]\p{L}+)*|\d+)"
_NAME = rf"{_WORD}(?:(?:[ ]|[ ]?[-–][ ]?){_WORD})*"
UNIT = regex.compile(rf"\b(?P<kind>(?i:{_KIND_RE})|TP\.?|Tp\.?)\s*(?<=\.|\s)(?P<name>{_NAME})")
COMMITTEE = regex.compile(rf"\b(?P<body>(?i:{_COMMITTEE_RE}))\s+(?P<name>{_NAME})")


@dataclass
class Unit:
    level: str  # tinh, huyen, xa, trung_uong, unknown
    name: str  # "xã Trà Tây"
    kind: str = ""  # "xã"
    place: str = ""  # "Trà Tây"


def title_case(upper: str) -> str:
    """``ĐỨC PHỔ`` -> ``Đức Phổ`` (place names)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in upper.split())


def _fix_case(text: str) -> str:
    """Upper-case letterhead text -> as it is written in running text."""
    return text if text != text.upper() else text.lower()


def canonical_kind(kind: str) -> str:
    """``TP.`` -> ``thành phố``; other kind words lower-cased."""
    low = kind.lower()
    return _KIND_ABBREVIATIONS.get(low, low)


def central(place: str, year: int | None = None) -> bool:
    """Is ``thành phố <place>`` a city under central authority? Huế is one
    from 2025 on; before, it was a city of Thừa Thiên Huế province."""
    low = place.lower()
    if low == "huế" and year is not None and year < 2025:
        return False
    return low in CENTRAL_CITIES


def parse_unit(text: str, year: int | None = None) -> Unit | None:
    """The unit named in an issuer line or phrase, or None. A unit word
    followed by a person's name (``UBND tỉnh Huỳnh Thị Thùy Dung``) names no
    unit; ``year`` (of the document) decides whether Huế is a central city."""
    t = " ".join(text.split())
    low = _fix_case(t)
    if regex.search(r"trung ương|\btw\b", low, regex.IGNORECASE) and not UNIT.search(low):
        return Unit("trung_uong", "Trung ương")
    probe = t if t != t.upper() else _upper_name(t)
    for m in COMMITTEE.finditer(probe):
        level, kind = _COMMITTEE_KIND[m.group("body").lower()]
        place = clean_place(kind, title_case(m.group("name")) if m.group("name").isupper() else m.group("name"))
        if not place:
            continue
        if m.group("body").lower() == "thành ủy" and central(place, year):
            level = "tinh"
        return Unit(level, f"{kind} {place}", kind, place)
    hcm = _CITY_ABBREVIATION.search(probe)
    for m in UNIT.finditer(probe):
        if hcm and hcm.start() <= m.start():
            break  # "TPHCM" written before any other unit
        kind = canonical_kind(m.group("kind"))
        place = clean_place(kind, title_case(m.group("name")) if m.group("name").isupper() else m.group("name"))
        if not place:
            continue
        level = KINDS[kind]
        if kind == "thành phố" and central(place, year):
            level = "tinh"
        return Unit(level, f"{kind} {place}", kind, place)
    if hcm:
        return Unit("tinh", "thành phố Hồ Chí Minh", "thành phố", "Hồ Chí Minh")
    return None


_SECTOR = regex.compile(
    r"\b(?P<body>(?i:" + "|".join(regex.escape(b) for b in sorted(SECTOR_BODIES, key=len, reverse=True)) + r")"
    r"(?:\s+(?!(?i:tỉnh|thành phố)\b)[\p{L}-]+){0,6}?)\s+(?P<kind>(?i:tỉnh|thành phố))(?:\s+(?P<name>" + _NAME + r"))?"
)


def sector_unit(text: str, province: str = "") -> Unit | None:
    """A sector's province-level body (``Công an tỉnh Nghệ An``,
    ``BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NAM``, ``Đảng ủy Khối các cơ quan
    tỉnh``): level ``tinh``, named by the body. ``province`` completes a
    name the text leaves out (``Bộ đội Biên phòng tỉnh``)."""
    t = " ".join(text.split())
    probe = t if t != t.upper() else _upper_name(t)
    m = _SECTOR.search(probe)
    if not m:
        return None
    kind = m.group("kind").lower()
    place = m.group("name") or ""
    if place:
        place = clean_place(kind, title_case(place) if place.isupper() else place) or ""
    if kind == "thành phố" and place and not central(place):
        return None  # a city under a province: its police are not a province's
    place = place or province
    body = m.group("body")
    if t == t.upper() or body.islower():
        body = body_case(body)
    name = f"{body} {kind} {place}".strip()
    return Unit("tinh", name, kind, place)


def body_case(text: str) -> str:
    """``ĐẢNG ỦY KHỐI CÁC CƠ QUAN`` -> ``Đảng ủy Khối các cơ quan``: the
    sector bodies' own capitals, the rest lower case."""
    low = text.lower()
    for proper in SECTOR_BODIES:
        low = regex.sub(rf"\b{regex.escape(proper.lower())}\b", proper, low)
    return low[:1].upper() + low[1:]


# --- places and people --------------------------------------------------------------


def place_key(name: str) -> str:
    """``Bà Rịa - Vũng Tàu`` -> ``bariavungtau``: the data's own key shape
    (no marks, no spaces), so tone placement and spelling of ``đ`` do not matter."""
    t = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t.lower() if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _known() -> dict[str, set[str]] | None:
    """Keys of every province, district and commune name, old and new
    (``tinh``, ``huyen``, ``xa``); None where the data cannot be read."""
    try:
        from vietnamadminunits.database.main import query

        legacy = query("SELECT provinceKeywords, districtKeywords, wardKeywords FROM admin_units_legacy")
        new = query("SELECT provinceKeywords, wardKeywords FROM admin_units")
    except Exception:
        return None
    out: dict[str, set[str]] = {"tinh": set(), "huyen": set(), "xa": set()}
    for rows in (legacy, new):
        for r in rows:
            for column, level in (("provinceKeywords", "tinh"), ("districtKeywords", "huyen"), ("wardKeywords", "xa")):
                if r.get(column):
                    out[level].update(json.loads(r[column]))
    out["tinh"].update({"thuathienhue", "tphcm", "thanhphohochiminh"})
    return out


def known_place(kind: str, name: str) -> bool | None:
    """Does a unit of ``kind`` called ``name`` exist (before or after the
    2025 merger)? None when the data is unavailable."""
    known = _known()
    if known is None:
        return None
    key = place_key(name)
    level = KINDS.get(canonical_kind(kind), "")
    if kind == "thành phố":
        return key in known["tinh"] or key in known["huyen"]
    return key in known.get(level, set())


def _surnames() -> set[str]:
    from extractors.entities import SURNAMES

    return SURNAMES


def is_person_name(name: str) -> bool:
    """``Huỳnh Thị Thùy Dung``, ``Trần Quốc Danh``: a surname and at least
    two more words, or a middle name ``Thị`` / ``Văn``."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in _surnames():
        return False
    return len(words) >= 3 or words[1] in ("Thị", "Văn")


def clean_place(kind: str, name: str) -> str:
    """The place in ``name`` after a unit word: the name itself, the known
    place before a person's name (``Đồng Văn Nguyễn Tiến Dũng`` -> ``Đồng
    Văn``), or "" when it is a person's name (``Võ Thị Trà My``)."""
    known = known_place(kind, name)
    if known or regex.fullmatch(r"\d+", name):
        return name
    words = name.split()
    for k in range(len(words) - 1, 0, -1):  # "Lạng Sơn Lan Tỏa ..." of a headline in capitals
        if words[k] not in ("-", "–") and known_place(kind, " ".join(words[:k])):
            return " ".join(words[:k])
    if is_person_name(name):
        return ""
    return name


def resolve_place(name: str, year: int | None = None) -> Unit | None:
    """A place named without its unit word (a headline's ``Chợ Đồn: ...``)
    as the data knows it: a province first, else the one district, else the
    one commune of that name."""
    if _CITY_ABBREVIATION.fullmatch(name.strip()):
        return Unit("tinh", "thành phố Hồ Chí Minh", "thành phố", "Hồ Chí Minh")
    key = place_key(name)
    known = _known()
    if not key or known is None:
        return None
    if key in known["tinh"]:
        if name.lower() in CENTRAL_CITIES and central(name, year):
            return Unit("tinh", f"thành phố {name}", "thành phố", name)
        return Unit("tinh", f"tỉnh {name}", "tỉnh", name)
    districts, wards = _legacy_index()
    kinds = {k for (k, n) in districts if place_key(n) == key} if districts else set()
    if len(kinds) == 1:
        kind = kinds.pop()
        return Unit(KINDS[kind], f"{kind} {name}", kind, name)
    if kinds:
        return None
    kinds = {k for (k, n) in wards if place_key(n) == key} if wards else set()
    if len(kinds) == 1:
        kind = kinds.pop()
        return Unit(KINDS.get(kind, "xa"), f"{kind} {name}", kind, name)
    return None


def _upper_name(t: str) -> str:
    """``ỦY BAN NHÂN DÂN XÃ TRÀ TÂY`` -> ``ủy ban nhân dân xã Trà Tây``: the
    kind words lower-cased, the place name kept capitalised so the name
    pattern finds it."""
    low = t.lower()
    for k in sorted(list(KINDS) + list(_COMMITTEE_KIND) + _BODIES, key=len, reverse=True):
        low = regex.sub(rf"\b{regex.escape(k)}\b", k.upper().replace(" ", "\x00"), low)
    words = []
    for w in low.split():
        words.append(w.replace("\x00", " ").lower() if "\x00" in w or w.upper() == w and w.lower().replace("\x00", " ") in KINDS
                     or w.lower() in KINDS or w.lower() in {k for k in _COMMITTEE_KIND} else w[:1].upper() + w[1:])
    return " ".join(words)


@lru_cache(maxsize=4096)
def province_2025(province: str) -> str:
    """The province containing ``province`` after the 1 July 2025 merger."""
    if not province:
        return ""
    try:
        from vietnamadminunits import convert_address

        out = convert_address(province)
        return (out.short_province or "").strip() if out else ""
    except Exception:
        return ""


#: cities that were a province's before becoming central, which the data no longer lists under it
_FORMER_PROVINCE_CITIES = {"huế": "Thừa Thiên Huế"}
_DISTRICT_TYPES = {"huyện": "huyện", "thị xã": "thị xã", "thành phố": "thành phố", "quận": "quận"}


@lru_cache(maxsize=1)
def _legacy_index() -> tuple[dict, dict]:
    """(district kind, name) -> provinces; (ward kind, name) -> {(province, district)}
    from the 63-province data that ``vietnamadminunits`` ships."""
    from collections import defaultdict

    try:
        from vietnamadminunits.database.main import query

        rows = query("SELECT provinceShort, districtShort, districtType, wardShort, wardType FROM admin_units_legacy")
    except Exception:
        return {}, {}
    districts: dict = defaultdict(set)
    wards: dict = defaultdict(set)
    for r in rows:
        dkind, dname = (r["districtType"] or "").lower(), r["districtShort"] or ""
        districts[(dkind, dname.lower())].add(r["provinceShort"])
        wards[((r["wardType"] or "").lower(), (r["wardShort"] or "").lower())].add((r["provinceShort"], f"{dkind} {dname}"))
    return dict(districts), dict(wards)


def locate(unit: Unit, district: Unit | None = None) -> tuple[str, str]:
    """(province, district) of a district- or commune-level unit, where the
    admin data names exactly one; empty strings where it cannot tell."""
    districts, wards = _legacy_index()
    if unit.kind == "thành phố" and unit.level == "huyen" and unit.place.lower() in _FORMER_PROVINCE_CITIES:
        return _FORMER_PROVINCE_CITIES[unit.place.lower()], ""
    if unit.level == "huyen" and unit.kind in _DISTRICT_TYPES:
        found = districts.get((unit.kind, unit.place.lower()), set())
        return (next(iter(found)), "") if len(found) == 1 else ("", "")
    if unit.level == "xa" and unit.kind:
        found = wards.get((unit.kind, unit.place.lower()), set())
        if district is not None:
            found = {f for f in found if f[1].lower() == district.name.lower()}
        if len(found) == 1:
            province, dist = next(iter(found))
            return province, dist
        provinces = {p for p, _ in found}
        if len(provinces) == 1:
            return next(iter(provinces)), ""
    return "", ""
