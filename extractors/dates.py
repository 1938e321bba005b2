"""Dates and periods as Vietnamese administrative reports write them.

A library, not a registered extractor: other extractors call
:func:`find_dates`, :func:`find_periods` and :func:`parse_date`, and
:mod:`extractors.numbers` uses :func:`find_dates` so that no date part is
ever mistaken for a figure.

Dates: ``09/4/2025``, ``28/ 02/ 2023``, ``ngày 11/6/2024``,
``ngày 10 tháng 10 năm 2024`` (day precision), ``tháng 10/2025`` (month),
``quý I/2025`` (quarter, ISO-like ``2025-Q1``), ``năm 2024`` (year).
Periods: ``giai đoạn 2021 - 2025``, ``(2021 - 2025)``,
``15 năm (2009 - 2024)``, ``từ năm 2021 đến hết quý I/2025``,
``năm 2021 đến năm 2023``, ``từ năm 2020 đến nay``.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable, TypeVar

import regex

from extractors.base import finditer


@dataclass(frozen=True)
class DateMatch:
    """A date in a text: its span, ISO form and precision."""

    start: int
    end: int
    text: str
    iso: str  # "2025-04-09", "2025-10", "2025-Q1" or "2025"
    precision: str  # "day", "month", "quarter", "year"


@dataclass(frozen=True)
class PeriodMatch:
    """A span of years such as ``giai đoạn 2021 - 2025``."""

    start: int
    end: int
    text: str
    start_year: int
    end_year: int


_F = regex.IGNORECASE
MIN_YEAR, MAX_YEAR = 1900, 2100

# A four-digit year not glued to other digits, a slash or a decimal mark.
_Y = r"(?<![0-9.,/])(?:19|20)[0-9]{2}(?![0-9])"
_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER = r"(?:iv|i{1,3}|[1-4])(?![\p{L}0-9])"
_NGAY = r"(?:(?<!\p{L})ngày\s+)?"

_DAY_NUMERIC = regex.compile(
    _NGAY + r"(?<![0-9/.,])(?P<d>[0-9]{1,2})\s?(?P<sep>[/.-])\s?(?P<m>[0-9]{1,2})\s?(?P=sep)\s?"
    r"(?P<y>[0-9]{4})(?![0-9]|\s?/\s?[0-9\p{L}])",
    _F,
)
_DAY_WORDS = regex.compile(
    _NGAY + r"(?<![0-9])(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})\s*(?:,\s*)?năm\s+(?P<y>[0-9]{4})(?![0-9])",
    _F,
)
_MONTH = regex.compile(
    r"(?<!\p{L})tháng\s+(?P<m>[0-9]{1,2})\s?(?:[/-]\s?|\s+năm\s+)(?P<y>[0-9]{4})(?![0-9]|\s?/\s?[0-9\p{L}])",
    _F,
)
# "10/2025" without "tháng": only a month when it is not part of a symbol
# (``100/2015/NĐ-CP``, ``10/2022/QH15``) or of a day date.
_MONTH_BARE = regex.compile(
    r"(?<![0-9/.,]|[0-9]\s?/\s?)(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9]|\s?[/-]\s?[0-9\p{L}])",
    _F,
)
_QUARTER_RE = regex.compile(
    r"(?<!\p{L})quý\s+(?P<q>" + _QUARTER + r")\s?(?:[/-]\s?|\s+năm\s+)(?P<y>[0-9]{4})(?![0-9])",
    _F,
)
_YEAR = regex.compile(r"(?<!\p{L})năm\s+(?P<y>" + _Y + r")", _F)

# Periods. The connector may be a dash or đến/tới, the end may be "hết quý
# I/2025" or "tháng 10/2025"; the lead may be giai đoạn/nhiệm kỳ/từ/trong.
_END = (
    r"\s*(?:[-–—]|đến|tới)\s*(?:hết\s+)?(?:năm\s+|(?:tháng\s+[0-9]{1,2}|quý\s+" + _QUARTER
    + r")\s?[/-]\s?)?(?P<y2>(?<![0-9.,])(?:19|20)[0-9]{2}(?![0-9]))"
)
_PERIOD = regex.compile(
    r"(?:(?<!\p{L})(?:giai\s+đoạn|nhiệm\s+kỳ|từ|trong)\s+)?(?:(?<!\p{L})năm\s+)?(?P<y1>" + _Y + r")" + _END,
    _F,
)
_PERIOD_PAREN = regex.compile(
    r"(?:(?<!\p{L})(?:trong\s+)?[0-9]{1,3}\s+năm(?:\s+qua)?\s*)?\(\s*(?P<y1>" + _Y + r")\s*[-–—]\s*(?P<y2>"
    + _Y + r")\s*\)",
    _F,
)
_PERIOD_NOW = regex.compile(
    r"(?<!\p{L})(?:kể\s+)?từ\s+(?:năm\s+)?(?P<y1>" + _Y + r")\s*(?:,\s*)?(?:đến|tới)\s+(?:nay|hiện\s+nay|bây\s+giờ)(?!\p{L})",
    _F,
)


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return MIN_YEAR <= y <= MAX_YEAR


def _day_dates(text: str) -> Iterable[DateMatch]:
    for pattern in (_DAY_NUMERIC, _DAY_WORDS):
        for m in finditer(pattern, text):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if _valid_day(y, mo, d):
                yield DateMatch(m.start(), m.end(), m.group(), f"{y:04d}-{mo:02d}-{d:02d}", "day")


def _month_dates(text: str) -> Iterable[DateMatch]:
    for pattern in (_MONTH, _MONTH_BARE):
        for m in finditer(pattern, text):
            y, mo = int(m["y"]), int(m["m"])
            if 1 <= mo <= 12 and MIN_YEAR <= y <= MAX_YEAR:
                yield DateMatch(m.start(), m.end(), m.group(), f"{y:04d}-{mo:02d}", "month")


def _quarter_dates(text: str) -> Iterable[DateMatch]:
    for m in finditer(_QUARTER_RE, text):
        y = int(m["y"])
        if MIN_YEAR <= y <= MAX_YEAR:
            q = _ROMAN_Q[m["q"].lower()]
            yield DateMatch(m.start(), m.end(), m.group(), f"{y:04d}-Q{q}", "quarter")


def _year_dates(text: str) -> Iterable[DateMatch]:
    for m in finditer(_YEAR, text):
        yield DateMatch(m.start(), m.end(), m.group(), m["y"], "year")


_T = TypeVar("_T", DateMatch, PeriodMatch)


def leftmost_longest(matches: Iterable[_T]) -> list[_T]:
    """Keep non-overlapping matches, preferring the one that starts first
    and, at the same start, the longest (so a day date swallows the
    ``năm 2024`` inside ``ngày 10 tháng 10 năm 2024``)."""
    out: list[_T] = []
    for m in sorted(matches, key=lambda x: (x.start, -(x.end - x.start))):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, in order, without overlaps. Invalid calendar
    dates (``31/2/2025``) are not dates."""
    found = [*_day_dates(text), *_month_dates(text), *_quarter_dates(text), *_year_dates(text)]
    return leftmost_longest(found)


def find_periods(text: str, ref_year: int | None = None) -> list[PeriodMatch]:
    """Every span of years in ``text``. ``đến nay``/``hiện nay`` ends at
    ``ref_year`` (the report's year) when given, else at the start year,
    since the text itself does not say when "now" is."""
    found: list[PeriodMatch] = []
    for pattern in (_PERIOD, _PERIOD_PAREN):
        for m in finditer(pattern, text):
            y1, y2 = int(m["y1"]), int(m["y2"])
            if y1 <= y2 <= MAX_YEAR and y1 >= MIN_YEAR:
                found.append(PeriodMatch(m.start(), m.end(), m.group(), y1, y2))
    for m in finditer(_PERIOD_NOW, text):
        y1 = int(m["y1"])
        y2 = ref_year if ref_year is not None and ref_year >= y1 else y1
        found.append(PeriodMatch(m.start(), m.end(), m.group(), y1, y2))
    return leftmost_longest(found)


def parse_date(s: str) -> str | None:
    """The first day-precision date in ``s`` as ISO ``YYYY-MM-DD``, or None."""
    for d in find_dates(s):
        if d.precision == "day":
            return d.iso
    return None


# A day date as a citation writes it after "ngày" (``Kế hoạch số 198, ngày
# 30/3/2020``): slashes, hyphens (``31-12-2022``), en or em dashes
# (``5 – 3 – 2021``), dots (``05.01.2022``), one kind per date, spaces allowed
# around a slash or dash; or in words (``10 tháng 3 năm 2022``). A pattern
# source, for other patterns to embed; it has no groups of its own.
CITED_DAY = (
    r"\d{1,2}(?:\s*/\s*\d{1,2}\s*/|\s*-\s*\d{1,2}\s*-|\s*[–—]\s*\d{1,2}\s*[–—]|\.\d{1,2}\.)\s*\d{4}(?!\d)"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,\s*)?năm\s+\d{4}(?!\d)"
)
_CITED_SEP = regex.compile(r"\s*([/\-–—])\s*")


def parse_cited_date(s: str) -> str | None:
    """:func:`parse_date` over a date written as :data:`CITED_DAY` allows:
    en and em dashes read as hyphens, any spaces around a separator dropped
    (``ngày 5 – 3 – 2021`` -> ``2021-03-05``)."""
    return parse_date(_CITED_SEP.sub(lambda m: "/" if m[1] == "/" else "-", s))


__all__ = ["DateMatch", "PeriodMatch", "find_dates", "find_periods", "parse_date", "leftmost_longest",
           "CITED_DAY", "parse_cited_date"]
