"""extractors.numbers: Vietnamese numerals, what they are and what they are not."""
from __future__ import annotations

import pytest

from extractors.numbers import (
    NumberMatch,
    counted_noun,
    find_numbers,
    looks_like_counted_noun,
    parse_number,
    parse_number_words,
)


def only(text: str) -> NumberMatch:
    """The single number in ``text`` (fails if there are none or several)."""
    found = find_numbers(text)
    assert len(found) == 1, found
    m = found[0]
    assert m.text == text[m.start:m.end]
    return m


# ------------------------------------------------------------ parse_number

@pytest.mark.parametrize(
    "token, value",
    [
        ("1.306", 1306.0),
        ("8,5", 8.5),
        ("05", 5.0),
        ("6957,81", 6957.81),
        ("2.932,49", 2932.49),
        ("1.306.000", 1306000.0),
        ("100", 100.0),
        ("1.8", 1.8),
    ],
)
def test_parse_number(token, value):
    assert parse_number(token) == pytest.approx(value)


@pytest.mark.parametrize("token", ["", "abc", "1,2,3", "12a", "/"])
def test_parse_number_rejects_non_numerals(token):
    assert parse_number(token) is None


# ------------------------------------------------------ parse_number_words

@pytest.mark.parametrize(
    "words, value",
    [
        ("một", 1),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("chín mươi tư", 94),
        ("hai nghìn", 2000),
        ("ba trăm linh năm", 305),
        ("một trăm hai mươi", 120),
        ("năm mươi", 50),
        ("hai triệu năm trăm nghìn", 2_500_000),
        ("Mười", 10),
    ],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize("words", ["mươi", "lăm", "trăm", "nghìn", "năm hai", "xã", ""])
def test_parse_number_words_rejects_fragments(words):
    assert parse_number_words(words) is None


# ------------------------------------------------------- plain numerals

def test_thousands_dot_span_and_value():
    m = only("Đài truyền thanh đã phát 2.415 tin về phong trào")
    assert (m.value, m.kind, m.text, m.qualifier) == (2415.0, "number", "2.415", "")
    assert (m.num_start, m.num_end) == (m.start, m.end)


def test_decimal_comma():
    assert only("diện tích rừng trồng mới 12,75 ha").value == pytest.approx(12.75)


def test_zero_padded():
    m = only("Ban Thường vụ tổ chức 04 hội nghị chuyên đề")
    assert (m.value, m.text) == (4.0, "04")


def test_slash_after_a_word_is_not_a_ratio():
    found = find_numbers("Toàn xã có 812 hộ/3.105 khẩu")
    assert [(m.value, m.kind) for m in found] == [(812.0, "number"), (3105.0, "number")]


# ------------------------------------------------------------ multipliers

def test_billion_with_qualifier():
    text = "quỹ tiết kiệm đạt hơn 3,2 tỷ đồng"
    m = only(text)
    assert m.value == pytest.approx(3.2e9)
    assert (m.text, m.qualifier, m.kind) == ("hơn 3,2 tỷ", "hơn", "number")
    assert text[m.num_start:m.num_end] == "3,2 tỷ"


@pytest.mark.parametrize(
    "text, value, span",
    [
        ("tổng kinh phí 250 triệu đồng", 2.5e8, "250 triệu"),
        ("vốn đối ứng 48 tỷ đồng", 4.8e10, "48 tỷ"),
        ("khoảng 5 nghìn lượt", 5e3, "5 nghìn"),
        ("hơn 7 ngàn cây xanh", 7e3, "7 ngàn"),
        ("tổng cộng 1 tỷ 200 triệu đồng", 1.2e9, "1 tỷ 200 triệu"),
    ],
)
def test_multipliers(text, value, span):
    m = only(text)
    assert m.value == pytest.approx(value)
    assert text[m.num_start:m.num_end] == span


# ------------------------------------------------------------- qualifiers

@pytest.mark.parametrize(
    "text, qualifier, value",
    [
        ("giúp trên 1.500 phụ nữ", "trên", 1500.0),
        ("gần 90 triệu đồng", "gần", 9e7),
        ("Khoảng 40 hộ tham gia", "khoảng", 40.0),
        ("ít nhất 02 buổi mỗi quý", "ít nhất", 2.0),
        ("tối thiểu 3 lớp", "tối thiểu", 3.0),
        ("trên dưới 300 người", "trên dưới", 300.0),
    ],
)
def test_qualifiers(text, qualifier, value):
    m = only(text)
    assert (m.qualifier, m.value) == (qualifier, pytest.approx(value))
    assert " ".join(text[m.start:m.num_start].lower().split()) == qualifier


# ----------------------------------------------------------------- ranges

def test_range_tu_den():
    m = only("mỗi chi bộ tổ chức từ 03 đến 05 buổi sinh hoạt")
    assert (m.value, m.value_max, m.kind, m.text) == (3.0, 5.0, "range", "từ 03 đến 05")


def test_range_dash():
    m = only("mở 02 - 04 lớp tập huấn")
    assert (m.value, m.value_max, m.kind, m.text) == (2.0, 4.0, "range", "02 - 04")


def test_range_keeps_qualifier_before_tu():
    text = "mỗi năm xây dựng ít nhất từ 01 đến 03 mô hình"
    m = only(text)
    assert (m.value, m.value_max, m.qualifier, m.text) == (1.0, 3.0, "ít nhất", "ít nhất từ 01 đến 03")
    assert text[m.num_start:m.num_end] == "01 đến 03"


def test_range_shares_the_upper_multiplier():
    m = only("hỗ trợ từ 2 đến 5 triệu đồng mỗi hộ")
    assert (m.value, m.value_max, m.kind) == (2e6, 5e6, "range")


# ------------------------------------------------------------------ vague

@pytest.mark.parametrize(
    "text, value",
    [("hàng trăm vụ việc", 100.0), ("hàng nghìn lượt", 1000.0), ("hàng chục tổ", 10.0), ("hàng ngàn hộ", 1000.0),
     ("hàng chục nghìn người", 10000.0)],
)
def test_vague_amounts(text, value):
    m = only(text)
    assert (m.kind, m.qualifier, m.value, m.value_max) == ("vague", "hàng", value, None)


def test_hang_nam_is_not_a_number():
    assert find_numbers("hàng năm tổ chức sơ kết") == []


# ------------------------------------------------------- ratios, percents

def test_ratio_is_not_a_count():
    m = only("nhân rộng tại 12/12 xã, thị trấn")
    assert (m.kind, m.value, m.value_max, m.text) == ("ratio", 12.0, 12.0, "12/12")


@pytest.mark.parametrize("text, value, span", [
    ("chiếm 48,55%", 48.55, "48,55%"), ("đạt 100 %", 100.0, "100 %"), ("còn 2,3%", 2.3, "2,3%"),
    ("đạt 1.8% kế hoạch", 1.8, "1.8%"),
])
def test_percent(text, value, span):
    m = only(text)
    assert (m.kind, m.value, m.text) == ("percent", pytest.approx(value), span)


# ------------------------------------------------------------------ years

def test_year_after_nam():
    m = only("Đến năm 2024, toàn tỉnh")
    assert (m.kind, m.value, m.text) == ("year", 2024.0, "2024")


def test_year_pair_is_one_year_match():
    m = only("thực hiện phong trào giai đoạn 2021 - 2025")
    assert (m.kind, m.value, m.value_max, m.text) == ("year", 2021.0, 2025.0, "2021 - 2025")


def test_year_pair_without_context_or_spaces():
    m = only("nhiệm vụ (2019-2023)")
    assert (m.kind, m.value, m.value_max) == ("year", 2019.0, 2023.0)


def test_four_digits_without_year_context_is_a_count():
    m = only("có 2024 hộ đăng ký")
    assert (m.kind, m.value) == ("number", 2024.0)


# ---------------------------------------------------- what is not a number

@pytest.mark.parametrize(
    "text",
    [
        "ngày 12/5/2024 của Ban Thường vụ",
        "ngày 03/ 07/ 2022 về việc",
        "Hà Nội, ngày 5 tháng 9 năm 2023",
        "cuối tháng 8/2024 tổ chức",
        "hết quý II/2024",
        "trước ngày 20/11 hằng năm",
        "đến 30/6 hằng năm",
    ],
)
def test_dates_are_not_numbers(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số 215-KH/TU về việc",
        "Công văn số 2310/UBND-NC của",
        "Quyết định số 12/QĐ-UBND",
        "theo Nghị định số 45/2021/NĐ-CP",
        "Kế hoạch số 19/KH -UBND",
    ],
)
def test_symbols_are_not_numbers(text):
    assert find_numbers(text) == []


def test_footnote_markers_are_not_numbers():
    assert find_numbers("các hộ gia đình¹² đã tham gia; xã hội³: tốt") == []


@pytest.mark.parametrize("text", ["3.1.2. Kết quả thực hiện", "2. Công tác lãnh đạo", "a) Nội dung", "II. KẾT QUẢ",
                                  "cụ thể: (1) tuyên truyền; (2) vận động"])
def test_heading_numbers_are_not_numbers(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết Trung ương 4 (khóa XII)",
        "thực hiện Chỉ thị 05 của Bộ Chính trị",
        "Đại hội lần thứ 2 của Đảng bộ",
        "khóa XIII",
        "tại thôn 3, xã Bình An",
        "phòng, chống dịch Covid-19 và covid – 19",
        "(Phụ lục 2)",
    ],
)
def test_identifiers_are_not_numbers(text):
    assert find_numbers(text) == []


def test_weak_identifier_prefix_yields_to_a_counted_noun():
    m = only("tổng số 50 hộ được hỗ trợ")
    assert (m.value, m.kind) == (50.0, "number")


@pytest.mark.parametrize("text", ["một số địa phương", "bộ phận một cửa", "tạo sự thống nhất", "là một xã miền núi",
                                  "trong năm hộ nghèo giảm mạnh", "ở một cơ quan"])
def test_number_words_outside_counts(text):
    assert find_numbers(text) == []


# ----------------------------------------------------------- number words

def test_number_words_before_counted_noun():
    m = only("có mười lăm xã đạt chuẩn")
    assert (m.value, m.kind, m.text) == (15.0, "word", "mười lăm")


def test_number_words_with_multiplier():
    assert only("hỗ trợ hai nghìn hộ").value == 2000.0


def test_number_word_with_qualifier():
    m = only("xây dựng ít nhất một mô hình")
    assert (m.value, m.kind, m.qualifier, m.text) == (1.0, "word", "ít nhất", "ít nhất một")


def test_muoi_nam_is_ten_years():
    m = only("sau mười năm thực hiện")
    assert (m.value, m.text) == (10.0, "mười")


# ------------------------------------------------------------ counted nouns

def test_counted_noun_helpers():
    assert counted_noun(" hội nghị tổng kết") == "hội nghị"
    assert looks_like_counted_noun(" xã, phường")
    assert not looks_like_counted_noun(" số địa phương")
    assert not looks_like_counted_noun(" năm qua", time=False)
    assert looks_like_counted_noun(" năm qua")


# --------------------------------------------------------------- mixtures

def test_mixed_paragraph_keeps_only_quantities_in_order():
    text = (
        "Thực hiện Kế hoạch số 88-KH/HU ngày 02/3/2022, giai đoạn 2022 - 2026 huyện có 14/16 xã, "
        "phường tham gia với trên 3.400 lượt người²; kinh phí gần 1,5 tỷ đồng, đạt 97,5% kế hoạch."
    )
    found = find_numbers(text)
    assert [(m.kind, m.value, m.qualifier) for m in found] == [
        ("year", 2022.0, ""),
        ("ratio", 14.0, ""),
        ("number", 3400.0, "trên"),
        ("number", pytest.approx(1.5e9), "gần"),
        ("percent", 97.5, ""),
    ]
    assert all(m.text == text[m.start:m.end] for m in found)
