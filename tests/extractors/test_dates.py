"""extractors.dates: dates and periods in Vietnamese reports."""
from __future__ import annotations

import pytest
import regex

from extractors.dates import CITED_DAY, find_dates, find_periods, parse_cited_date, parse_date


def one_date(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    d = found[0]
    assert d.text == text[d.start:d.end]
    return d


@pytest.mark.parametrize(
    "text, span, iso, precision",
    [
        ("ban hành ngày 09/4/2025 về việc", "ngày 09/4/2025", "2025-04-09", "day"),
        ("Kế hoạch 13/KH-UBND 9/3/2023", "9/3/2023", "2023-03-09", "day"),
        ("Kế hoạch ngày 28/ 02/ 2023 về", "ngày 28/ 02/ 2023", "2023-02-28", "day"),
        ("Ngày 11/6/2024, Ban Thường vụ", "Ngày 11/6/2024", "2024-06-11", "day"),
        ("Quảng Ngãi, ngày 10 tháng 10 năm 2024", "ngày 10 tháng 10 năm 2024", "2024-10-10", "day"),
        ("Kết luận ngày 8/12/2009 của", "ngày 8/12/2009", "2009-12-08", "day"),
        ("họp ngày 05.01.2022 tại", "ngày 05.01.2022", "2022-01-05", "day"),
        ("đầu tháng 10/2025: tổ chức", "tháng 10/2025", "2025-10", "month"),
        ("trong tháng 3 năm 2024", "tháng 3 năm 2024", "2024-03", "month"),
        ("đến hết quý I/2025", "quý I/2025", "2025-Q1", "quarter"),
        ("trong Quý IV/2023", "Quý IV/2023", "2023-Q4", "quarter"),
        ("quý 2 năm 2022", "quý 2 năm 2022", "2022-Q2", "quarter"),
        ("Đến năm 2024, có", "năm 2024", "2024", "year"),
    ],
)
def test_find_dates(text, span, iso, precision):
    d = one_date(text)
    assert (d.text, d.iso, d.precision) == (span, iso, precision)


@pytest.mark.parametrize("text", ["ngày 31/2/2025", "ngày 29/2/2023", "ngày 12/13/2024", "tháng 13/2024"])
def test_invalid_dates_are_rejected(text):
    assert find_dates(text) == []


def test_leap_day_is_valid():
    assert one_date("ngày 29/2/2024").iso == "2024-02-29"


@pytest.mark.parametrize(
    "text",
    ["Nghị định 100/2015/NĐ-CP", "Luật số 10/2022/QH15", "trước ngày 05/12 hằng năm", "15/15 xã, phường",
     "Kế hoạch số 349-KH/TU"],
)
def test_not_dates(text):
    assert find_dates(text) == []


def test_several_dates_in_order_without_overlap():
    text = "Kế hoạch số 5-KH/TU ngày 1/3/2021 và Công văn ngày 15 tháng 6 năm 2022, báo cáo tháng 12/2022"
    assert [d.iso for d in find_dates(text)] == ["2021-03-01", "2022-06-15", "2022-12"]


def test_parse_date_returns_first_day_date():
    assert parse_date("Quảng Nam, ngày 10 tháng 10 năm 2024") == "2024-10-10"
    assert parse_date("tháng 10/2025 và ngày 2/11/2025, ngày 3/11/2025") == "2025-11-02"


def test_parse_date_none_without_day():
    assert parse_date("quý I/2025, năm 2024") is None


# ----------------------------------------------------------------- periods

def one_period(text: str, ref_year: int | None = None):
    found = find_periods(text, ref_year=ref_year)
    assert len(found) == 1, found
    p = found[0]
    assert p.text == text[p.start:p.end]
    return p


@pytest.mark.parametrize(
    "text, span, start, end",
    [
        ("phong trào giai đoạn 2021 - 2025, Ban", "giai đoạn 2021 - 2025", 2021, 2025),
        ("“Dân vận khéo” giai đoạn 2021-2025; Kế hoạch", "giai đoạn 2021-2025", 2021, 2025),
        ("Giai đoạn 2016–2020 đã", "Giai đoạn 2016–2020", 2016, 2020),
        ("kết quả 05 năm (2021 - 2025)", "05 năm (2021 - 2025)", 2021, 2025),
        ("tổng kết 15 năm (2009 - 2024) phong trào", "15 năm (2009 - 2024)", 2009, 2024),
        ("Trong 05 năm qua (2021 - 2025), Thị ủy", "Trong 05 năm qua (2021 - 2025)", 2021, 2025),
        ("Trong 05 năm (từ năm 2021 đến hết quý I/2025), Ban", "từ năm 2021 đến hết quý I/2025", 2021, 2025),
        ("Từ năm 2021 - 2025, Ban Thường vụ", "Từ năm 2021 - 2025", 2021, 2025),
        ("từ năm 2021 đến năm 2023 đã", "từ năm 2021 đến năm 2023", 2021, 2023),
        ("năm 2021 đến năm 2023 đã", "năm 2021 đến năm 2023", 2021, 2023),
        ("nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", 2020, 2025),
        ("từ 2019 đến tháng 6/2024", "từ 2019 đến tháng 6/2024", 2019, 2024),
    ],
)
def test_find_periods(text, span, start, end):
    p = one_period(text)
    assert (p.text, p.start_year, p.end_year) == (span, start, end)


def test_den_nay_without_reference_year_ends_at_start():
    p = one_period("Từ năm 2020 đến nay, UBND xã")
    assert (p.text, p.start_year, p.end_year) == ("Từ năm 2020 đến nay", 2020, 2020)


def test_den_nay_uses_reference_year():
    p = one_period("Từ năm 2020 đến nay, UBND xã", ref_year=2023)
    assert (p.start_year, p.end_year) == (2020, 2023)


def test_hien_nay_uses_reference_year():
    p = one_period("kể từ 2018 đến hiện nay", ref_year=2025)
    assert (p.text, p.start_year, p.end_year) == ("kể từ 2018 đến hiện nay", 2018, 2025)


def test_backwards_years_are_not_a_period():
    assert find_periods("số liệu 2025 - 2021") == []


def test_several_periods():
    found = find_periods("giai đoạn 2011-2020 và giai đoạn 2021-2025 đã")
    assert [(p.start_year, p.end_year) for p in found] == [(2011, 2020), (2021, 2025)]


# ------------------------------------------------------ dates in citations

@pytest.mark.parametrize(
    "text, iso",
    [
        ("31-12-2022", "2022-12-31"),
        ("ngày 5-3-2021", "2021-03-05"),
        ("07 - 01 - 2023", "2023-01-07"),
        ("5 – 3 – 2021", "2021-03-05"),
        ("15—5—2016", "2016-05-15"),
        ("05.01.2022", "2022-01-05"),
        ("28/ 02/ 2023", "2023-02-28"),
        ("30 /3/ 2020", "2020-03-30"),
        ("10 tháng 3 năm 2022", "2022-03-10"),
    ],
)
def test_cited_day_and_parse_cited_date(text, iso):
    date = text.removeprefix("ngày ")
    assert regex.fullmatch(CITED_DAY, date)
    assert parse_cited_date(text) == iso


@pytest.mark.parametrize("text", ["31-2-2022", "5 – 13 – 2021", "30/3", "tháng 10/2025"])
def test_parse_cited_date_rejects_non_days(text):
    assert parse_cited_date(text) is None


@pytest.mark.parametrize("text", ["5-3/2021", "5 – 3 - 2021", "1-2/3/2024", "2021 - 2025"])
def test_cited_day_needs_one_kind_of_separator(text):
    assert regex.fullmatch(CITED_DAY, text) is None


def test_find_dates_reads_hyphenated_days():
    assert [d.iso for d in find_dates("Kế hoạch số 12-KH/HU ngày 31-12-2022 của Huyện ủy")] == ["2022-12-31"]
