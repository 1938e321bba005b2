"""The four fields of the "Dân vận khéo" movement, as clerks spell them (a library)."""
from __future__ import annotations

import regex

FIELDS = ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri")

_DASH = r"\s*[-–—,]\s*"
FIELD_PATTERNS = {
    # "kinh tế" but not the general "kinh tế - xã hội" / "KT-XH"
    "kinh_te": rf"kinh tế(?!{_DASH}xã hội)|\bKT\b(?!\s*-\s*XH)",
    "van_hoa_xa_hoi": rf"văn hóa{_DASH}xã hội|văn hoá{_DASH}xã hội|\bVH\s*-\s*XH\b|văn hóa(?!{_DASH}xã hội)(?=\s*[:,;)]|\s+\d)",
    "quoc_phong_an_ninh": rf"quốc phòng{_DASH}an ninh|quốc phòng và an ninh|\bQP\s*[-,]\s*AN\b|\bQPAN\b|an ninh{_DASH}quốc phòng|an ninh, trật tự",
    "xay_dung_he_thong_chinh_tri": r"xây dựng (?:Đảng(?: và)? )?hệ thống chính trị|xây dựng HTCT|\bHTCT\b|hệ thống chính trị|xây dựng Đảng",
}
FIELD = {k: regex.compile(v, regex.IGNORECASE) for k, v in FIELD_PATTERNS.items()}
ANY_FIELD = regex.compile("|".join(f"(?P<{k}>{v})" for k, v in FIELD_PATTERNS.items()), regex.IGNORECASE)
ALL_FIELDS = regex.compile(r"(?:tất cả|trên khắp|khắp|toàn bộ|mọi|nhiều|các)\s+(?:các\s+)?lĩnh vực(?!\s+(?:kinh tế|văn hóa|văn hoá|quốc phòng|xây dựng))", regex.IGNORECASE)


def fields_in(text: str) -> list[str]:
    """The fields named in ``text``, in order of first appearance, no repeats."""
    out: list[str] = []
    for m in ANY_FIELD.finditer(text):
        name = m.lastgroup
        if name and name not in out:
            out.append(name)
    return out


def field_of(text: str) -> str | None:
    """The one field ``text`` names, or None when it names none or several."""
    found = fields_in(text)
    return found[0] if len(found) == 1 else None
