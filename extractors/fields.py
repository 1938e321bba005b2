"""The four fields of the "Dân vận khéo" movement, as clerks spell them (a library).

One definition for every extractor: model counts, appendix tables and named
models all ask this module which field a phrase names.
"""
from __future__ import annotations

import regex

FIELDS = ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri")

_SEP = r"\s*[-–—,]?\s*(?:và\s+)?"
FIELD_PATTERNS = {
    # "kinh tế", but not the general "kinh tế - xã hội"
    "kinh_te": rf"kinh\s*tế(?!{_SEP}xã\s*hội)(?!\p{{L}})",
    "van_hoa_xa_hoi": rf"văn\s*h(?:óa|oá){_SEP}xã\s*hội|lĩnh\s+vực\s+văn\s+h(?:óa|oá)(?!\p{{L}})|(?-i:(?<!\p{{L}})(?:VH\s*[-–]?\s*XH|VHXH)(?!\p{{L}}))",
    "quoc_phong_an_ninh": rf"quốc\s*phòng(?={_SEP}an\s*ninh)|lĩnh\s+vực\s+quốc\s*phòng|quốc\s*phòng(?=\s*[:;)]|\s+\d)|(?<!\p{{L}})an\s+ninh(?!\p{{L}})|trật\s+tự\s+an\s+toàn\s+xã\s+hội|(?-i:(?<!\p{{L}})(?:QP\s*[-–,/]?\s*AN|QPAN|ANTT|ANQP)(?!\p{{L}}))",
    "xay_dung_he_thong_chinh_tri": (
        r"xây\s*dựng\s+(?:Đảng\s*(?:,|và)\s*)?(?:hệ\s*thống\s*chính\s*trị|HTCT|HCTT)|xây\s*dựng\s+Đảng|xây\s*dựng\s+chính\s+quyền"
        r"|(?-i:(?<!\p{L})(?:XD\s*HTCT|XDĐ)(?!\p{L}))|lĩnh\s+vực\s+(?:hệ\s+thống\s+chính\s+trị|HTCT)"
    ),
}
FIELD = {k: regex.compile(v, regex.IGNORECASE) for k, v in FIELD_PATTERNS.items()}
ANY_FIELD = regex.compile("|".join(f"(?P<{k}>{v})" for k, v in FIELD_PATTERNS.items()), regex.IGNORECASE)
ALL_FIELDS = regex.compile(
    r"(?:tất cả|trên khắp|khắp|toàn bộ|mọi|nhiều|các)\s+(?:các\s+)?lĩnh vực(?!\s+(?:kinh tế|văn hóa|văn hoá|quốc phòng|xây dựng))",
    regex.IGNORECASE,
)


def fields_in(text: str) -> list[str]:
    """The fields named in ``text``, in order of first appearance, no repeats."""
    out: list[str] = []
    for m in ANY_FIELD.finditer(text, timeout=2.0):
        name = m.lastgroup
        if name and name not in out:
            out.append(name)
    return out


def field_of(text: str) -> str | None:
    """The one field ``text`` names, or None when it names none or several
    (``kinh tế - xã hội`` is general, not ``kinh_te``)."""
    found = fields_in(text or "")
    return found[0] if len(found) == 1 else None
