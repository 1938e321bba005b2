"""Numbers as Vietnamese administrative reports write them.

A library, not a registered extractor. :func:`find_numbers` returns every
quantity in a text with its span, value, qualifier (``hơn``, ``khoảng``...)
and kind, and — just as important — returns nothing for the digits that are
not quantities: dates, document symbols (``349-KH/TU``), heading numbers
(``2.2.1.``), ordinals (``lần thứ 2``), identifiers (``Chỉ thị 05``,
``Trung ương 4``) and footnote markers (written as superscripts, ``¹²``, by
the pipeline, so no pattern here ever sees them as digits).

Formats: thousands dots ``1.306``, decimal comma ``8,5``, zero padding
``05``, multipliers ``8,5 tỷ``/``100 triệu``/``2 nghìn``, percentages
``55,55%``, ratios ``15/15``, ranges ``từ 01 đến 02``, vague amounts
``hàng nghìn`` and number words (``mười lăm xã``). Years (``năm 2024``,
``2021 - 2025``) come back with kind ``"year"`` so callers can skip them.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable

import regex

from extractors.base import REGEX_TIMEOUT, finditer
from extractors.dates import find_dates

_F = regex.IGNORECASE


@dataclass(frozen=True)
class NumberMatch:
    """A quantity in a text.

    ``start``/``end`` cover the qualifier, the numeral and its multiplier or
    ``%``; ``num_start``/``num_end`` cover the numeral expression alone
    (first digit to the end, without qualifier or a range's ``từ``).
    """

    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    qualifier: str = ""
    kind: str = "number"  # number, ratio, percent, range, vague, word, year
    num_start: int = 0
    num_end: int = 0


# ---------------------------------------------------------------- vocabulary

#: qualifiers that may stand before a number, longest first
QUALIFIERS = (
    "trên dưới", "ít nhất", "tối thiểu", "tối đa", "không quá", "không dưới", "xấp xỉ",
    "hơn", "trên", "dưới", "gần", "khoảng", "chừng", "ngót",
)
MULTIPLIERS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_VAGUE_SCALE = {"chục": 10.0, "trăm": 100.0, **MULTIPLIERS}

_DIGIT_WORDS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
_AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}  # only after mười/mươi
_WORD_VOCAB = (
    *_DIGIT_WORDS, *_AFTER_TENS, "mười", "mươi", "chục", "trăm", "linh", "lẻ", *MULTIPLIERS,
)

#: nouns and units that can be counted; a number word is a quantity only
#: directly before one of these ("hai xã", not "một số", "một cửa")
COUNTED_NOUNS = (
    "mô hình", "điển hình", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh",
    "thôn", "ấp", "bản", "khu dân cư", "tổ dân phố", "khu phố", "hộ", "người", "lượt", "tin", "bài",
    "văn bản", "hội nghị", "hội thi", "cuộc", "buổi", "lớp", "đợt", "đoàn", "nhóm", "tổ", "chi hội",
    "chi bộ", "đảng bộ", "câu lạc bộ", "cẩm nang", "chuyên mục", "chuyên trang", "đồng", "ha", "km",
    "tấn", "kg", "công trình", "căn", "ngôi", "nhà", "con", "cây", "tài khoản", "hồ sơ", "vụ",
    "vụ việc", "thành viên", "hội viên", "đoàn viên", "đảng viên", "cán bộ", "công chức", "viên chức",
    "phụ nữ", "học sinh", "sinh viên", "thanh niên", "suất", "phần quà", "chiếc", "tập thể", "cá nhân",
    "giải", "khẩu", "nhân khẩu", "lao động", "tiêu chí", "lĩnh vực", "cơ quan", "đơn vị", "doanh nghiệp",
    "hợp tác xã", "dự án", "chương trình", "tổ chức", "nội dung", "nhiệm vụ", "giải pháp", "đồng chí",
    "phần trăm", "năm", "tháng", "ngày", "tuần", "quý", "giờ",
)
TIME_NOUNS = ("năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút")

# ------------------------------------------------------------------ patterns

# at most 15 digits: longer runs are account or phone numbers, not amounts
_NUM = (
    r"(?:[0-9]{1,3}(?:\.[0-9]{3}){1,4}(?:,[0-9]{1,6})?|[0-9]{1,15}(?:,[0-9]{1,6})?|[0-9]{1,3}\.[0-9]{1,2}(?=\s?%))"
)
# not glued to a word, to a preceding number part, a date/ratio slash, or
# to a letter-hyphen (Covid-19); "hộ/2.971 khẩu" stays a number
_LB = r"(?<![\p{L}\p{N}_]|[0-9][.,]|[0-9]\s?/\s?|\p{L}[-–])"
_END = r"(?![0-9]|[.,][0-9])"
# a letter may follow a number only as a glued unit (100km, 5ha)
_GLUE = r"(?=(?:km²|km2|km|ha|kg|m²|m2|m)?(?![\p{L}0-9]))"
_MULT = r"(?:tỷ|tỉ|triệu|nghìn|ngàn|vạn)(?!\p{L})"
_PCT = r"(?:\s?%|\s+phần\s+trăm(?!\p{L}))"

_PLAIN = regex.compile(
    _LB + r"(?P<num>" + _NUM + r")" + _END + _GLUE
    + r"(?P<tail>(?:\s*" + _MULT + r"(?:\s+[0-9]{1,3}\s*" + _MULT + r")*)?)(?P<pct>" + _PCT + r")?",
    _F,
)
_RANGE = regex.compile(
    r"(?P<tu>(?<!\p{L})từ\s+)?" + _LB + r"(?P<a>" + _NUM + r")" + _END + r"(?:\s*(?P<am>" + _MULT + r"))?"
    r"\s*(?:[-–—]|(?<!\p{L})(?:đến|tới)(?!\p{L}))\s*" + _LB + r"(?P<b>" + _NUM + r")" + _END + _GLUE
    + r"(?:\s*(?P<bm>" + _MULT + r"))?",
    _F,
)
_RATIO = regex.compile(
    _LB + r"(?P<a>" + _NUM + r")\s?/\s?(?P<b>" + _NUM + r")" + _END + r"(?!\s?[/-]\s?[0-9\p{L}])" + _GLUE, _F
)
_VAGUE = regex.compile(
    r"(?<!\p{L})(?P<q>hàng|vài)\s+(?P<m1>chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)"
    r"(?:\s+(?P<m2>nghìn|ngàn|triệu|tỷ|tỉ))?(?!\p{L})",
    _F,
)
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?![0-9]|[.,][0-9])"
_YEAR_PAIR = regex.compile(_LB + r"(?P<a>" + _YEAR + r")\s*[-–—]\s*(?P<b>" + _YEAR + r")", _F)
# after năm/giai đoạn a 4-digit number is a year; after từ/đến/trước it is
# one unless a counted noun follows ("từ 2000 hộ")
_YEAR_CTX = regex.compile(
    r"(?<!\p{L})(?:(?P<sure>năm|giai\s+đoạn|nhiệm\s+kỳ|niên\s+độ|hết|cuối|đầu)|từ|đến|tới|trước|sau)\s+"
    r"(?P<a>" + _YEAR + r")",
    _F,
)
_WORDS = regex.compile(
    r"(?<!\p{L})(?:" + "|".join(sorted(_WORD_VOCAB, key=len, reverse=True)) + r")"
    r"(?:\s+(?:" + "|".join(sorted(_WORD_VOCAB, key=len, reverse=True)) + r"))*(?!\p{L})",
    _F,
)

# spans that never hold a quantity
_SYMBOL = regex.compile(
    r"(?<![\p{L}0-9])[0-9]+[a-z]?(?:/[0-9]{4})?\s?[-/]\s?\p{Lu}{2,}[\p{L}0-9.&]*(?:\s?[-/]\s?[\p{L}0-9.&]+)*"
)
_HEADING = regex.compile(
    r"(?m)^[ \t]*(?:[-–•+*][ \t]*)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]|\([0-9]{1,2}\))(?=[ \t]|$)"
)
_ENUMERATOR = regex.compile(r"\([0-9]{1,2}\)")
_COVID = regex.compile(r"(?<!\p{L})covid\s*[-–]?\s*19", _F)
_DAY_MONTH = regex.compile(
    r"(?<!\p{L})ngày\s+[0-9]{1,2}(?:\s?[/.-]\s?[0-9]{1,2}(?![0-9])|\s+tháng\s+[0-9]{1,2}(?![0-9]))", _F
)

# identifiers: a number right after these is a name, not a quantity
_DOC_CAP = (
    "Kế hoạch|Nghị quyết|Chỉ thị|Quyết định|Công văn|Thông tư|Nghị định|Luật|Hướng dẫn|Kết luận|"
    "Báo cáo|Đề án|Chương trình|Quy định|Thông báo|Tờ trình|Quy chế|Công điện|Pháp lệnh|Thông tri"
)
_STRONG_PREFIX = regex.compile(
    r"(?:(?<!\p{L})(?:" + _DOC_CAP + r")\s+(?:số\s+)?|(?<!\p{L})(?i:" + _DOC_CAP + r")\s+(?i:số)\s+|"
    r"(?<!\p{L})(?i:điều|khoản|mục|phụ\s+lục|chương|tiết|khóa|khoá|thứ|quý|trung\s+ương|đại\s+hội)\s+)\Z"
)
_WEAK_PREFIX = regex.compile(
    r"(?<!\p{L})(?:số|thôn|ấp|khu\s+phố|tổ\s+dân\s+phố|khóm|xóm|tổ|đội|lần|đợt|quốc\s+lộ|tỉnh\s+lộ|"
    r"lô|khu|nhóm|giải|ngày|tháng)\s+\Z",
    _F,
)
_QUALIFIER = regex.compile(
    r"(?<!\p{L})(?P<q>" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+\Z", _F
)
_NOUN = regex.compile(
    r"\s*(?P<noun>" + "|".join(n.replace(" ", r"\s+") for n in sorted(COUNTED_NOUNS, key=len, reverse=True))
    + r")(?!\p{L})",
    _F,
)


# ------------------------------------------------------------------- parsing

def parse_number(token: str) -> float | None:
    """Value of a written numeral, Vietnamese style: dots group thousands,
    a comma marks decimals (``1.306`` -> 1306, ``2.932,49`` -> 2932.49,
    ``05`` -> 5). A dot followed by other than three digits is read as a
    decimal point (``1.8`` -> 1.8). None if ``token`` is not a numeral."""
    t = token.strip().replace(" ", "")
    if regex.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?", t, timeout=REGEX_TIMEOUT):
        return float(t.replace(".", "").replace(",", "."))
    if regex.fullmatch(r"[0-9]+(?:,[0-9]+)?", t, timeout=REGEX_TIMEOUT):
        return float(t.replace(",", "."))
    if regex.fullmatch(r"[0-9]+\.[0-9]+", t, timeout=REGEX_TIMEOUT):
        return float(t)
    return None


def parse_number_words(words: str) -> float | None:
    """Value of a number written in words (``mười lăm`` -> 15,
    ``hai mươi mốt`` -> 21, ``ba trăm linh năm`` -> 305, ``hai nghìn`` ->
    2000). None when the words do not form a number on their own (a lone
    ``mươi``, ``trăm`` or ``lăm``, or ``năm hai``)."""
    tokens = words.lower().split()
    if not tokens:
        return None
    total, group, digit, tens, last_scale = 0.0, 0.0, None, False, float("inf")
    for tok in tokens:
        if tok in _DIGIT_WORDS or tok in _AFTER_TENS:
            if digit is not None or (tok in _AFTER_TENS and not tens):
                return None
            digit, tens = (_DIGIT_WORDS.get(tok, _AFTER_TENS.get(tok))), False
        elif tok == "mười":
            if digit is not None or group % 100 >= 10:
                return None
            group, tens = group + 10, True
        elif tok in ("mươi", "chục"):
            if digit is None:
                return None
            group, digit, tens = group + digit * 10, None, True
        elif tok == "trăm":
            if digit is None:
                return None
            group, digit, tens = group + digit * 100, None, False
        elif tok in ("linh", "lẻ"):
            if digit is not None or group == 0:
                return None
        elif tok in MULTIPLIERS:
            group += digit or 0
            if group == 0:
                return None
            scale = MULTIPLIERS[tok]
            total = (total + group) * scale if scale > last_scale else total + group * scale
            group, digit, tens, last_scale = 0.0, None, False, scale
        else:
            return None
    value = total + group + (digit or 0)
    return value if value or tokens == ["không"] else None


def counted_noun(following: str) -> str | None:
    """The counted noun or unit that ``following`` starts with (after
    spaces), as written, or None: ``" xã, phường"`` -> ``"xã"``,
    ``" số địa phương"`` -> None."""
    m = _NOUN.match(following, timeout=REGEX_TIMEOUT)
    return m["noun"] if m else None


def looks_like_counted_noun(following: str, time: bool = True) -> bool:
    """Whether the text after a number starts with something counted
    (``mô hình``, ``hộ``, ``đồng``...). ``time=False`` leaves out time
    units (``năm``, ``tháng``), which count durations, not things."""
    noun = counted_noun(following)
    if noun is None:
        return False
    return time or noun.lower() not in TIME_NOUNS


def _value(num: str, mult: str | None = None) -> float:
    v = parse_number(num)
    if v is None:  # the patterns only capture numerals parse_number reads
        raise ValueError(f"not a numeral: {num!r}")
    return v * MULTIPLIERS[mult.lower()] if mult else v


def _tail_value(num: str, tail: str) -> float:
    """Value of ``num`` followed by a multiplier tail such as ``tỷ`` or
    ``tỷ 500 triệu`` (each later part adds its own amount)."""
    parts = regex.findall(r"([0-9]+)?\s*(" + _MULT + r")", tail, flags=_F, timeout=REGEX_TIMEOUT)
    value = _value(num)
    for i, (extra, mult) in enumerate(parts):
        scale = MULTIPLIERS[mult.lower()]
        value = value * scale if i == 0 else value + float(extra) * scale
    return value


def _noun_at(text: str, pos: int, time: bool = True) -> bool:
    m = _NOUN.match(text[pos:pos + 60], timeout=REGEX_TIMEOUT)
    return bool(m) and (time or m["noun"].lower() not in TIME_NOUNS)


def _match(text: str, start: int, end: int, value: float, value_max: float | None, kind: str,
           num_start: int | None = None, qualifier: str = "") -> NumberMatch:
    return NumberMatch(start, end, text[start:end], value, value_max, qualifier, kind,
                       start if num_start is None else num_start, end)


# ------------------------------------------------------------------- finders
# Each finder yields candidates of one kind; find_numbers keeps them in the
# order of the finders, so a year beats a range, a range beats the two plain
# numbers inside it, and so on.

def _years(text: str) -> Iterable[NumberMatch]:
    """Year pairs (``2021 - 2025``) and years after năm/giai đoạn/từ/đến."""
    for m in finditer(_YEAR_PAIR, text):
        a, b = int(m["a"]), int(m["b"])
        if a < b <= a + 100:
            yield _match(text, m.start("a"), m.end(), float(a), float(b), "year")
    for m in finditer(_YEAR_CTX, text):
        if m["sure"] or not _noun_at(text, m.end(), time=False):
            yield _match(text, m.start("a"), m.end("a"), float(m["a"]), None, "year")


def _ranges(text: str) -> Iterable[NumberMatch]:
    """``từ 01 đến 02``, ``01 - 02``, ``5 - 10 triệu`` (the multiplier of
    the upper end applies to a bare lower end)."""
    for m in finditer(_RANGE, text):
        b = _value(m["b"], m["bm"])
        a = _value(m["a"], m["am"] or m["bm"])
        if a < b:
            start = m.start("tu") if m["tu"] else m.start("a")
            yield _match(text, start, m.end(), a, b, "range", num_start=m.start("a"))


def _ratios(text: str) -> Iterable[NumberMatch]:
    """``15/15``: numerator and denominator; a larger numerator (``30/6``)
    is a date without year or a schedule, never a ratio (see _blocked)."""
    for m in finditer(_RATIO, text):
        a, b = _value(m["a"]), _value(m["b"])
        if a <= b:
            yield _match(text, m.start(), m.end(), a, b, "ratio")


def _vague(text: str) -> Iterable[NumberMatch]:
    """``hàng nghìn``, ``hàng chục nghìn``, ``vài trăm``: an order of
    magnitude, not a count; the qualifier says so."""
    for m in finditer(_VAGUE, text):
        value = _VAGUE_SCALE[m["m1"].lower()] * (MULTIPLIERS[m["m2"].lower()] if m["m2"] else 1.0)
        yield _match(text, m.start(), m.end(), value, None, "vague", num_start=m.start("m1"),
                     qualifier=m["q"].lower())


def _plain(text: str) -> Iterable[NumberMatch]:
    """Numerals with an optional multiplier tail or percent sign."""
    for m in finditer(_PLAIN, text):
        value = _tail_value(m["num"], m["tail"]) if m["tail"] else _value(m["num"])
        yield _match(text, m.start(), m.end(), value, None, "percent" if m["pct"] else "number")


_LEADS = {"không", "linh", "lẻ", "mươi", "chục", "trăm", *_AFTER_TENS, *MULTIPLIERS}
_SCALES = {"mươi", "trăm", *MULTIPLIERS}


def _word_tokens(m: "regex.Match[str]") -> list[tuple[int, int, str]]:
    """The tokens of a run of number words, trimmed to what can be a number:
    no leading ``không``/``trăm``..., no leading ``năm`` unless a scale
    follows (``năm trăm``), no trailing ``năm`` after mười/mươi (``mười
    năm`` is ten years)."""
    toks = [(m.start() + t.start(), m.start() + t.end(), t.group().lower())
            for t in regex.finditer(r"\S+", m.group(), timeout=REGEX_TIMEOUT)]
    while toks and (toks[0][2] in _LEADS or (toks[0][2] == "năm" and (len(toks) < 2 or toks[1][2] not in _SCALES))):
        toks.pop(0)
    if len(toks) > 1 and toks[-1][2] == "năm" and toks[-2][2] in ("mười", "mươi"):
        toks.pop()
    return toks


# a lone "một" after these is the indefinite article ("là một xã")
_ARTICLE_BEFORE = regex.compile(r"(?<!\p{L})(?:là|ở|tại|trong|với|như|của|cho|thành|vào)\s+\Z", _F)


def _words(text: str) -> Iterable[NumberMatch]:
    """Numbers in words, only directly before a counted noun."""
    for m in finditer(_WORDS, text):
        toks = _word_tokens(m)
        if not toks:
            continue
        value = parse_number_words(" ".join(t[2] for t in toks))
        start, end = toks[0][0], toks[-1][1]
        if value is None or not _noun_at(text, end):
            continue
        if toks[0][2] == "một" and len(toks) == 1 and _ARTICLE_BEFORE.search(text, max(0, start - 12), start):
            continue
        yield _match(text, start, end, value, None, "word")


_FINDERS = (_years, _ranges, _ratios, _vague, _plain, _words)


# -------------------------------------------------------------- exclusions

def _blocked(text: str) -> list[tuple[int, int]]:
    """Spans whose digits are never quantities: dates (not bare years),
    symbols, headings, enumerators, Covid-19, day/month without year and
    slashed pairs with a larger first part (``30/6``, ``24/7``)."""
    spans = [(d.start, d.end) for d in find_dates(text) if d.precision != "year"]
    for pattern in (_SYMBOL, _HEADING, _ENUMERATOR, _COVID, _DAY_MONTH):
        spans.extend((m.start(), m.end()) for m in finditer(pattern, text))
    for m in finditer(_RATIO, text):
        if _value(m["a"]) > _value(m["b"]):
            spans.append((m.start(), m.end()))
    return spans


def _is_identifier(text: str, start: int, end: int) -> bool:
    """A number naming something (``Chỉ thị 05``, ``lần thứ 2``, ``thôn 3``)
    rather than counting it. After a weak prefix (``tổ``, ``số``,
    ``tháng``...) a following counted noun makes it a count again
    (``tổng số 50 hộ``, ``mỗi tháng 2 buổi``)."""
    lo = max(0, start - 40)
    if _STRONG_PREFIX.search(text, lo, start, timeout=REGEX_TIMEOUT):
        return True
    return bool(_WEAK_PREFIX.search(text, lo, start, timeout=REGEX_TIMEOUT)) and not _noun_at(text, end, time=False)


def _overlaps(m: NumberMatch, spans: list[tuple[int, int]]) -> bool:
    return any(m.start < e and s < m.end for s, e in spans)


def _with_qualifier(text: str, m: NumberMatch) -> NumberMatch:
    """Extend ``m`` over a qualifier written just before it (hơn, khoảng...)."""
    if m.kind in ("year", "vague"):
        return m
    q = _QUALIFIER.search(text, max(0, m.start - 25), m.start, timeout=REGEX_TIMEOUT)
    if not q:
        return m
    return replace(m, start=q.start(), text=text[q.start():m.end], qualifier=" ".join(q["q"].lower().split()))


def find_numbers(text: str) -> list[NumberMatch]:
    """Every quantity in ``text`` (plus years, kind ``"year"``), in order.

    Candidates come from the finders in priority order; one that overlaps a
    blocked span, an already kept candidate, or that names rather than
    counts (:func:`_is_identifier`) is dropped. Qualifiers are attached last.
    """
    blocked = _blocked(text)
    kept: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []
    for finder in _FINDERS:
        for m in finder(text):
            if _overlaps(m, blocked) or _overlaps(m, taken):
                continue
            if m.kind not in ("year", "vague") and _is_identifier(text, m.start, m.end):
                continue
            kept.append(m)
            taken.append((m.start, m.end))
    return [_with_qualifier(text, m) for m in sorted(kept, key=lambda k: k.start)]


__all__ = [
    "NumberMatch", "QUALIFIERS", "MULTIPLIERS", "COUNTED_NOUNS", "TIME_NOUNS",
    "parse_number", "parse_number_words", "find_numbers", "counted_noun", "looks_like_counted_noun",
]
