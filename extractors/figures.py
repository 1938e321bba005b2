"""The ``figures`` extractor: quantities other than model counts.

For every page it takes the quantities :func:`extractors.numbers.find_numbers`
finds, keeps those directly followed by a counted noun or unit (``1.306
lượt tin, bài``, ``hơn 8,5 tỷ đồng``, ``55,55%``, ``83 tổ hòa giải``) and
names a metric from the unit (``news_articles``, ``money``, ``households``...).

Left out on purpose: counts of ``mô hình`` (the models extractor owns them),
durations (``05 năm``), years, dates and symbols (numbers never returns
those), vague amounts (``hàng nghìn``), and numbers inside quoted names
(“Phiên chợ 0 đồng”). Ratios (``15/15 xã``) are kept as metric
``coverage`` with ``value``/``value_max`` = numerator/denominator: useful,
but never a count.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple

import regex

from extractors import base
from extractors.base import REGEX_TIMEOUT, register
from extractors.dates import find_periods
from extractors.numbers import NumberMatch, find_numbers
from pipeline.model import FURNITURE, Document, Mention, Page

_F = regex.IGNORECASE
SKIP = "skip"

#: metric -> units as written (lower case; the old and new tone placements
#: ``hoà``/``hòa`` both match). The longest unit found after a number wins.
UNITS: dict[str, tuple[str, ...]] = {
    "news_articles": ("tin, bài viết", "tin, bài", "tin bài", "tin, ảnh", "bài viết", "bài báo", "tin", "bài",
                      "phóng sự"),
    "inspections": ("cuộc kiểm tra", "cuộc giám sát", "cuộc thanh tra", "đợt kiểm tra", "lượt kiểm tra",
                    "đoàn kiểm tra"),
    "conferences": ("hội nghị",),
    "contests": ("hội thi", "cuộc thi"),
    "seminars": ("buổi tọa đàm", "cuộc tọa đàm", "tọa đàm", "buổi hội thảo", "cuộc hội thảo", "hội thảo"),
    "documents_issued": ("văn bản",),
    "money": ("đồng", "vnđ", "usd"),
    "households": ("hộ gia đình", "hộ dân", "hộ nghèo", "hộ cận nghèo", "hộ", "gia đình"),
    "people": ("người", "người dân", "phụ nữ", "thành viên", "khẩu", "nhân khẩu", "cán bộ", "công chức",
               "viên chức", "đảng viên", "hội viên", "đoàn viên", "học sinh", "sinh viên", "thanh niên",
               "lao động", "tình nguyện viên", "chiến sĩ", "đồng chí", "nông dân", "cựu chiến binh", "trẻ em",
               "người cao tuổi", "cá nhân", "cán bộ, công chức", "cán bộ, đảng viên", "đại biểu", "công dân",
               "hộ viên", "người có uy tín"),
    "percent": ("%", "phần trăm"),
    "area": ("ha", "héc-ta", "hécta", "hecta", "m2", "m²", "km2", "km²"),
    "communes": ("xã, phường, thị trấn", "xã, phường", "xã, thị trấn", "xã", "phường", "thị trấn"),
    "columns": ("chuyên mục", "chuyên trang", "chuyên trang, chuyên mục"),
    "handbooks": ("cẩm nang",),
    "other": ("tổ hòa giải", "tổ tự quản", "tổ dân phố", "thôn, tổ dân phố", "thôn, khu phố", "thôn, bản",
              "thôn", "ấp", "khu phố", "khu dân cư", "tài khoản", "hồ sơ", "vụ việc", "vụ", "nguồn tin",
              "tổ chức đảng", "tổ chức cơ sở đảng", "tổ chức", "chi bộ", "đảng bộ", "đảng ủy", "cấp ủy",
              "cơ quan, đơn vị", "cơ quan", "đơn vị", "tập thể", "giải", "bằng khen", "giấy khen", "công trình",
              "căn nhà", "ngôi nhà", "nhà", "nhà tình nghĩa", "nhà đại đoàn kết", "phần quà", "suất quà",
              "suất", "lớp", "buổi", "cuộc", "đợt", "tổ", "đoàn", "nhóm", "câu lạc bộ", "chi hội", "tấn", "kg",
              "km", "cây", "con", "chiếc", "tiêu chí", "huyện", "thị xã", "thành phố", "tỉnh",
              "huyện, thị xã, thành phố", "dự án", "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "trang trại",
              "ngày công", "chương trình", "lượt", "bài học", "bài giảng", "bài hát", "bài thơ", "bài dự thi",
              "bài thi", "tin nhắn", "tin báo", "trường", "trường học", "đề tài", "sáng kiến", "lĩnh vực"),
    SKIP: ("mô hình", "năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "lần"),
}

#: classifiers that need their head noun: "cuộc vận động", "tổ tuyên truyền"
CLASSIFIERS = ("cuộc", "buổi", "tổ", "lớp", "đoàn", "nhóm")
_STOPWORDS = frozenset(
    "ở của và với trong tại được đã có cho về theo là để các những này đó trên dưới từ đến nhằm thì mà cũng "
    "đều gồm như sau trước khi năm tháng ngày cấp do nêu".split()
)
# a word must not go on after these units: "xã hội", "đồng bào"
_NOT_AFTER = {
    "xã": r"(?!\s+hội)",
    "đồng": r"(?!\s+(?:bào|chí|đội|ruộng|thời|ý|tình|hành|hương|nghiệp))",
    "hộ": r"(?!\s+(?:tịch|chiếu|khẩu|trợ|lý))",
    "tổ": r"(?!\s+quốc)",
    "tin": r"(?!\s+(?:tưởng|cậy|học))",
}
_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ",
          "õe": "oẽ", "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _phrase_pattern(phrase: str) -> str:
    """Regex for a unit as written: any spacing, ``,`` with or without
    spaces, either tone placement, whole words only."""
    words = []
    for word in phrase.split():
        comma = word.endswith(",")
        w = regex.escape(word.rstrip(","))
        for new, old in _TONES.items():
            w = w.replace(new, f"(?:{new}|{old})")
        words.append(w + (r"\s*,\s*" if comma else r"\s+"))
    return "".join(words)[: -len(r"\s+")] + _NOT_AFTER.get(phrase, "") + r"(?![\p{L}0-9])"


class _Unit(NamedTuple):
    pattern: "regex.Pattern[str]"
    metric: str


_UNITS: tuple[_Unit, ...] = tuple(
    _Unit(regex.compile(r"[ \t]*(?:" + _phrase_pattern(p) + ")", _F), metric)
    for metric, phrases in UNITS.items()
    for p in phrases
)
_LUOT = regex.compile(r"[ \t]*lượt(?=\s)", _F)
_SYLLABLE = regex.compile(r"[ \t]+(\p{Ll}+)(?![\p{L}0-9])")
# names are short: a bound keeps a stray straight quote from hiding a
# paragraph's figures between two unrelated quotes
_BOUNDARY = regex.compile(r"\n|[;!?]|\.(?![0-9])|:(?=\s)")
_MAX_SENTENCE = 600  # characters looked back for the start of a sentence


class UnitMatch(NamedTuple):
    """A unit found after a number: the text as written (lower case), the
    metric it names and where it ends."""

    unit: str
    metric: str
    end: int


def _best_unit(text: str, pos: int) -> tuple[int, str] | None:
    """(end, metric) of the longest unit starting at ``pos``."""
    # matching a short slice is much faster than matching at an offset of
    # a long page; no unit is anywhere near this long
    head = text[pos:pos + 80]
    best: tuple[int, str] | None = None
    for u in _UNITS:
        m = u.pattern.match(head, timeout=REGEX_TIMEOUT)
        if m and (best is None or pos + m.end() > best[0]):
            best = (pos + m.end(), u.metric)
    return best


def _extend_classifier(text: str, end: int) -> int:
    """End of a classifier's head noun: up to two lower-case syllables that
    are not function words (``tổ`` -> ``tổ hòa giải``)."""
    for _ in range(2):
        m = _SYLLABLE.match(text, end, timeout=REGEX_TIMEOUT)
        if not m or m[1] in _STOPWORDS:
            break
        end = m.end()
    return end


def unit_after(text: str, pos: int) -> UnitMatch | None:
    """The counted noun or unit written right after ``pos`` (spaces
    allowed), or None. ``lượt`` goes with the noun it counts (``lượt tin,
    bài``, ``lượt người``)."""
    start = pos
    luot = _LUOT.match(text, pos, timeout=REGEX_TIMEOUT)
    best = _best_unit(text, luot.end()) if luot else None
    if best is None:
        best = _best_unit(text, pos)
    if best is None:
        return None
    end, metric = best
    if _clean(text[start:end]) in CLASSIFIERS:
        end = _extend_classifier(text, end)
    return UnitMatch(_clean(text[start:end]), metric, end)


def _clean(unit: str) -> str:
    """A unit as written, lower case, single-spaced, ``", "`` between parts."""
    return regex.sub(r"\s*,\s*", ", ", " ".join(unit.split()), timeout=REGEX_TIMEOUT).lower()


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence or clause (up to ``;``, ``.``, ``:`` or a line end)
    around ``start``..``end``; decimal and thousands dots do not end it."""
    window = max(0, start - _MAX_SENTENCE)
    lo = max((m.end() for m in base.finditer(_BOUNDARY, text, window, start)), default=window)
    hi_m = _BOUNDARY.search(text, end, timeout=REGEX_TIMEOUT)
    hi = hi_m.start() if hi_m else len(text)
    return text[lo:hi].strip()


@lru_cache(maxsize=1024)
def _period_of(sentence: str) -> tuple[int, int] | None:
    periods = find_periods(sentence)
    if len(periods) == 1:
        return periods[0].start_year, periods[0].end_year
    return None


def _figure(page: Page, m: NumberMatch, quotes: list[tuple[int, int]]) -> Mention | None:
    """The figure mention for one number, or None when it is not one."""
    text = page.text
    if m.kind in ("year", "vague") or any(s <= m.num_start < e for s, e in quotes):
        return None
    if m.kind == "percent":
        u: UnitMatch | None = UnitMatch("%" if m.text.endswith("%") else "phần trăm", "percent", m.end)
    else:
        u = unit_after(text, m.end)
    if u is None or u.metric == SKIP:
        return None
    metric = "coverage" if m.kind == "ratio" else u.metric
    sentence = sentence_of(text, m.start, u.end)
    extra = {}
    period = _period_of(sentence)
    if period:
        extra = {"period_start": period[0], "period_end": period[1]}
    return base.mention(
        "figures", page, m.start, u.end, "figures",
        metric=metric, value=m.value, value_max=m.value_max, unit=u.unit, qualifier=m.qualifier,
        field="", sentence=sentence, **extra,
    )


def page_figures(page: Page) -> Iterable[Mention]:
    """Figure mentions of one page, in text order."""
    quotes = base.quoted_spans(page.text)
    for m in find_numbers(page.text):
        if page.role_at(m.start) in FURNITURE:
            continue
        fig = _figure(page, m, quotes)
        if fig is not None:
            yield fig


@register("figures")
def extract(doc: Document) -> Iterable[Mention]:
    """Every figure of every page of ``doc``."""
    for page in doc.pages:
        yield from page_figures(page)
