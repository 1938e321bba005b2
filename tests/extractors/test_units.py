"""extractors.units: administrative units named in letterheads and text."""
from __future__ import annotations

import pytest

from extractors.units import (
    Unit, clean_place, known_place, locate, parse_unit, province_2025, resolve_place, sector_unit, title_case,
)


@pytest.mark.parametrize(
    "text, level, name, kind, place",
    [
        ("THỊ ỦY ĐỨC PHỔ", "huyen", "thị xã Đức Phổ", "thị xã", "Đức Phổ"),
        ("THÀNH ỦY ĐÀ NẴNG", "tinh", "thành phố Đà Nẵng", "thành phố", "Đà Nẵng"),
        ("THÀNH ỦY QUẢNG NGÃI", "huyen", "thành phố Quảng Ngãi", "thành phố", "Quảng Ngãi"),
        ("HUYỆN ỦY BẮC QUANG", "huyen", "huyện Bắc Quang", "huyện", "Bắc Quang"),
        ("QUẬN ỦY HẢI CHÂU", "huyen", "quận Hải Châu", "quận", "Hải Châu"),
        ("ỦY BAN NHÂN DÂN XÃ TRÀ TÂY", "xa", "xã Trà Tây", "xã", "Trà Tây"),
        ("ỦY BAN NHÂN DÂN TỈNH KON TUM", "tinh", "tỉnh Kon Tum", "tỉnh", "Kon Tum"),
        ("UBND THỊ TRẤN NGHĨA ĐÀN", "xa", "thị trấn Nghĩa Đàn", "thị trấn", "Nghĩa Đàn"),
        ("ĐẢNG ỦY PHƯỜNG 3", "xa", "phường 3", "phường", "3"),
        ("ĐẢNG BỘ TỈNH QUẢNG NAM", "tinh", "tỉnh Quảng Nam", "tỉnh", "Quảng Nam"),
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "tinh", "thành phố Hồ Chí Minh", "thành phố", "Hồ Chí Minh"),
        ("Ban Thường vụ Tỉnh ủy Quảng Nam", "tinh", "tỉnh Quảng Nam", "tỉnh", "Quảng Nam"),
        ("Huyện ủy Bắc Quang", "huyen", "huyện Bắc Quang", "huyện", "Bắc Quang"),
        ("ủy ban nhân dân huyện Nghĩa Đàn", "huyen", "huyện Nghĩa Đàn", "huyện", "Nghĩa Đàn"),
    ],
)
def test_parse_unit(text, level, name, kind, place):
    assert parse_unit(text) == Unit(level, name, kind, place)


def test_parse_unit_collapses_spaces():
    assert parse_unit("  HUYỆN   ỦY   BẮC  QUANG ") == Unit("huyen", "huyện Bắc Quang", "huyện", "Bắc Quang")


def test_central_level():
    assert parse_unit("BAN CHẤP HÀNH TRUNG ƯƠNG") == Unit("trung_uong", "Trung ương")


@pytest.mark.parametrize("text", ["BAN DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""])
def test_no_unit(text):
    assert parse_unit(text) is None


def test_title_case():
    assert title_case("ĐỨC PHỔ") == "Đức Phổ"
    assert title_case("HỒ CHÍ MINH") == "Hồ Chí Minh"


@pytest.mark.parametrize(
    "unit, want",
    [
        (Unit("huyen", "huyện Bắc Quang", "huyện", "Bắc Quang"), ("Hà Giang", "")),
        (Unit("huyen", "thị xã Điện Bàn", "thị xã", "Điện Bàn"), ("Quảng Nam", "")),
        (Unit("huyen", "thị xã Đức Phổ", "thị xã", "Đức Phổ"), ("Quảng Ngãi", "")),
        (Unit("xa", "xã Phước Vân", "xã", "Phước Vân"), ("Long An", "huyện Cần Đước")),
        # many provinces have a huyện Châu Thành: no answer rather than a guess
        (Unit("huyen", "huyện Châu Thành", "huyện", "Châu Thành"), ("", "")),
        (Unit("tinh", "tỉnh Kon Tum", "tỉnh", "Kon Tum"), ("", "")),
    ],
)
def test_locate(unit, want):
    assert locate(unit) == want


def test_locate_commune_disambiguated_by_district():
    son_lam = Unit("xa", "xã Sơn Lâm", "xã", "Sơn Lâm")
    assert locate(son_lam) == ("", "")  # one in Hà Tĩnh, one in Khánh Hòa
    assert locate(son_lam, Unit("huyen", "huyện Hương Sơn", "huyện", "Hương Sơn")) == ("Hà Tĩnh", "huyện Hương Sơn")


@pytest.mark.parametrize(
    "province, after",
    [
        ("Quảng Nam", "Đà Nẵng"),
        ("Bình Định", "Gia Lai"),
        ("Hà Giang", "Tuyên Quang"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Long An", "Tây Ninh"),
        ("Thừa Thiên Huế", "Huế"),
        ("Thanh Hóa", "Thanh Hóa"),
        ("Nghệ An", "Nghệ An"),
        ("", ""),
    ],
)
def test_province_2025(province, after):
    assert province_2025(province) == after


def test_hyphenated_province_name():
    assert parse_unit("TỈNH ỦY BÀ RỊA - VŨNG TÀU") == Unit("tinh", "tỉnh Bà Rịa - Vũng Tàu", "tỉnh", "Bà Rịa - Vũng Tàu")


def test_apostrophe_place_name():
    assert parse_unit("ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR") == Unit("huyen", "huyện Cư M'gar", "huyện", "Cư M'gar")


@pytest.mark.parametrize("text", [
    "Phó Chủ tịch UBND tỉnh Huỳnh Thị Thùy Dung",
    "Phó Trưởng Ban Dân vận Thành ủy Võ Thị Trà My",
    "Phó Chủ tịch UBND huyện Trần Quốc Danh",
])
def test_a_person_after_a_unit_word_is_no_unit(text):
    assert parse_unit(text) is None


def test_person_name_after_a_committee_is_skipped_for_the_next_unit():
    assert parse_unit("Bí thư Huyện ủy Nguyễn Tiến Dũng và lãnh đạo huyện Đồng Văn") == \
        Unit("huyen", "huyện Đồng Văn", "huyện", "Đồng Văn")


def test_place_named_after_a_person_is_kept():
    # xã Nguyễn Phích (Cà Mau) exists: a surname does not make it a person
    assert parse_unit("Chủ tịch HĐND xã Nguyễn Phích") == Unit("xa", "xã Nguyễn Phích", "xã", "Nguyễn Phích")


def test_capitalised_words_after_a_known_place_are_cut_off():
    assert clean_place("tỉnh", "Lạng Sơn Lan Tỏa Phong Trào") == "Lạng Sơn"
    assert clean_place("tỉnh", "Võ Thị Trà My") == ""


@pytest.mark.parametrize("text, name, level", [
    ("ở TP. Pleiku", "thành phố Pleiku", "huyen"),
    ("Đảng ủy xã Kim Long (TPHCM)", "xã Kim Long", "xa"),
    ("Hai xã ở TPHCM", "thành phố Hồ Chí Minh", "tinh"),
])
def test_abbreviated_city(text, name, level):
    u = parse_unit(text)
    assert (u.name, u.level) == (name, level)


def test_hue_is_central_from_2025_only():
    assert parse_unit("Thành ủy Huế", 2025).level == "tinh"
    assert parse_unit("Thành ủy Huế", 2024).level == "huyen"
    assert locate(parse_unit("thành phố Huế", 2023)) == ("Thừa Thiên Huế", "")


@pytest.mark.parametrize("text, name", [
    ("Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An"),
    ("BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NAM", "Bộ Chỉ huy Quân sự tỉnh Quảng Nam"),
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh Bắc Giang"),
    ("Bộ đội Biên phòng tỉnh đã phối hợp", "Bộ đội Biên phòng tỉnh Bắc Giang"),
])
def test_sector_body_is_a_province_level_unit_of_its_own(text, name):
    u = sector_unit(text, "Bắc Giang")
    assert (u.level, u.name) == ("tinh", name)


@pytest.mark.parametrize("text", ["Công an xã Hua Bum", "Công an thành phố Pleiku", "Ban Dân vận Tỉnh ủy"])
def test_not_a_province_sector_body(text):
    assert sector_unit(text) is None


@pytest.mark.parametrize("place, want", [
    ("Chợ Đồn", Unit("huyen", "huyện Chợ Đồn", "huyện", "Chợ Đồn")),
    ("Phú Thọ", Unit("tinh", "tỉnh Phú Thọ", "tỉnh", "Phú Thọ")),  # the province, not thị xã Phú Thọ
    ("Hà Nội", Unit("tinh", "thành phố Hà Nội", "thành phố", "Hà Nội")),
    ("Châu Thành", Unit("huyen", "huyện Châu Thành", "huyện", "Châu Thành")),  # many, all huyện
    ("Dân", None),
])
def test_resolve_bare_place(place, want):
    assert resolve_place(place) == want


def test_known_place_ignores_tone_placement():
    assert known_place("huyện", "Hiệp Hoà") and known_place("huyện", "Hiệp Hòa")
    assert not known_place("huyện", "Trần Quốc Danh")
