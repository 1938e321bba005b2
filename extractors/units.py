"""Administrative units as Vietnamese documents name them (a library).

``ỦY BAN NHÂN DÂN XÃ TRÀ TÂY`` -> body ``Ủy ban nhân dân``, level ``xa``,
unit ``xã Trà Tây``; ``THỊ ỦY ĐỨC PHỔ`` -> ``Thị ủy``, ``huyen``,
``thị xã Đức Phổ``. Also maps a pre-2025 province to its post-merger
province through the ``vietnamadminunits`` data.
"""
from __future__ import annotations

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
UNIT = regex.compile(rf"\b(?P<kind>(?i:{_KIND_RE}))\s+(?P<name>{_NAME})")
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


def parse_unit(text: str) -> Unit | None:
    """The unit named in an issuer line or phrase, or None."""
    t = " ".join(text.split())
    low = _fix_case(t)
    if regex.search(r"trung ương|\btw\b", low, regex.IGNORECASE) and not UNIT.search(low):
        return Unit("trung_uong", "Trung ương")
    m = COMMITTEE.search(t if t != t.upper() else _upper_name(t))
    if m:
        level, kind = _COMMITTEE_KIND[m.group("body").lower()]
        place = title_case(m.group("name")) if m.group("name").isupper() else m.group("name")
        if m.group("body").lower() == "thành ủy" and place.lower() in CENTRAL_CITIES:
            level = "tinh"
        return Unit(level, f"{kind} {place}", kind, place)
    m = UNIT.search(t if t != t.upper() else _upper_name(t))
    if m:
        kind = m.group("kind").lower()
        place = title_case(m.group("name")) if m.group("name").isupper() else m.group("name")
        level = KINDS[kind]
        if kind == "thành phố" and place.lower() in CENTRAL_CITIES:
            level = "tinh"
        return Unit(level, f"{kind} {place}", kind, place)
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
