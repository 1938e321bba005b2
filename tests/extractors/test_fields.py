"""extractors.fields: which of the four fields a phrase names."""
from __future__ import annotations

import pytest

from extractors.fields import ALL_FIELDS, FIELDS, field_of, fields_in


def test_four_fields():
    assert FIELDS == ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri")


@pytest.mark.parametrize(
    "text, field",
    [
        ("lĩnh vực kinh tế", "kinh_te"),
        ("Kinh Tế", "kinh_te"),
        ("văn hóa - xã hội", "van_hoa_xa_hoi"),
        ("văn hoá, xã hội", "van_hoa_xa_hoi"),
        ("VH-XH", "van_hoa_xa_hoi"),
        ("VHXH", "van_hoa_xa_hoi"),
        ("lĩnh vực văn hóa", "van_hoa_xa_hoi"),
        ("quốc phòng - an ninh", "quoc_phong_an_ninh"),
        ("quốc phòng và an ninh", "quoc_phong_an_ninh"),
        ("QP-AN", "quoc_phong_an_ninh"),
        ("QPAN", "quoc_phong_an_ninh"),
        ("an ninh trật tự", "quoc_phong_an_ninh"),
        # the contract's reading: quốc phòng - an ninh includes political security and social order
        ("an ninh chính trị", "quoc_phong_an_ninh"),
        ("bảo đảm an ninh chính trị – trật tự an toàn xã hội", "quoc_phong_an_ninh"),
        ("giữ gìn trật tự an toàn xã hội", "quoc_phong_an_ninh"),
        ("quốc phòng: 5 mô hình", "quoc_phong_an_ninh"),
        ("xây dựng hệ thống chính trị", "xay_dung_he_thong_chinh_tri"),
        ("xây dựng Đảng và hệ thống chính trị", "xay_dung_he_thong_chinh_tri"),
        ("Xây dựng HTCT", "xay_dung_he_thong_chinh_tri"),
        ("XD HTCT", "xay_dung_he_thong_chinh_tri"),
        ("xây dựng chính quyền", "xay_dung_he_thong_chinh_tri"),
    ],
)
def test_field_of(text, field):
    assert field_of(text) == field


@pytest.mark.parametrize(
    "text",
    [
        "phát triển kinh tế - xã hội",  # general, not kinh_te
        "kinh tế-xã hội",
        "kinh tế – xã hội",
        "vh-xh",  # the abbreviations are upper case only
        "xây dựng nông thôn mới",
        "",
        None,
    ],
)
def test_no_field(text):
    assert field_of(text) is None


def test_several_fields_in_order_without_repeats():
    text = "lĩnh vực kinh tế: 66 mô hình; văn hóa - xã hội: 70 mô hình; quốc phòng - an ninh: 20; xây dựng HTCT: 10; kinh tế tập thể"
    assert fields_in(text) == ["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri"]
    assert field_of(text) is None
    assert fields_in("QP-AN và kinh tế") == ["quoc_phong_an_ninh", "kinh_te"]


@pytest.mark.parametrize(
    "text, hit",
    [("trên tất cả các lĩnh vực", True), ("ở nhiều lĩnh vực", True), ("trên các lĩnh vực kinh tế", False), ("lĩnh vực kinh tế", False)],
)
def test_all_fields(text, hit):
    assert bool(ALL_FIELDS.search(text)) is hit
