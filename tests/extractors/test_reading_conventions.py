"""extractors.model_counts and the normaliser: the contract's reading conventions.

Each failure class seen on documents from outside the project (parts of a
total, nominations, member units' shares, collective/individual splits,
competing verbs, field lists, other programmes, a past total's period) is
pinned here by several wordings of our own, in the style of reports, portal
summaries and news items.
"""
from __future__ import annotations

import pytest

from extractors import model_counts
from pipeline.ingest import ingest_text
from pipeline.normalize import rows_for
from extractors.base import REGISTRY

REG, REC, TYP, COM, REP = (
    "models_registered", "models_recognized", "models_typical", "models_commended", "models_replicated",
)
COL, IND, TGT = "models_collective", "models_individual", "models_target"
KT, VH, QP, CT, T, O = "kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri", "total", "other"


def counts(text: str) -> list[tuple[str, str, float]]:
    """(metric, field, value) of the document's own counts (no sub-unit rows)."""
    doc = ingest_text(text, "t.txt")
    rows = [m.data for m in model_counts.extract(doc)]
    return sorted((r["metric"], r["field"], r["value"]) for r in rows if not r.get("subunit"))


def figure_rows(text: str) -> list[dict]:
    """The normalised model-count rows of a whole document (all extractors)."""
    doc = ingest_text(text, "t.txt")
    mentions = [m for fn in REGISTRY.values() for m in fn(doc)]
    return [r for r in rows_for(doc, mentions)["figures"] if (r.get("metric") or "").startswith("models_")]


def case(id_, text, rows):
    return pytest.param(text, sorted(rows), id=id_)


PARTS = [
    case("part-trong-so-nay-hieu-qua",
         "Năm 2023, toàn tỉnh đăng ký 3.120 mô hình. Trong số này, 2.764 mô hình hoạt động đạt hiệu quả cao.",
         [(REG, T, 3120)]),
    case("part-trong-do-dat-hieu-qua",
         "Toàn huyện xây dựng 415 mô hình “Dân vận khéo”, trong đó 388 mô hình đạt hiệu quả.",
         [(REG, T, 415)]),
    case("part-giu-vung",
         "Giai đoạn này, xã duy trì 64 mô hình: trong số đó, 41 mô hình giữ vững hoạt động; 23 mô hình được xây dựng mới.",
         [(REG, T, 64), (REG, T, 23)]),
    case("part-moi-va-duy-tri",
         "Năm 2024 toàn thị xã có 230 mô hình, trong đó xây dựng mới 150, duy trì 80.",
         [(REG, T, 230), (REG, T, 150)]),
    case("part-gom-mo-hinh-dien-hinh",
         "Huyện có 96 mô hình, điển hình hoạt động hiệu quả (gồm 70 mô hình, 26 điển hình).",
         [(REG, T, 96), (TYP, T, 26)]),
    case("part-own-metric-kept",
         "Các cấp đã đăng ký 2.450 mô hình, trong đó 1.980 mô hình được công nhận.",
         [(REG, T, 2450), (REC, T, 1980)]),
    case("part-own-year-kept",
         "Giai đoạn 2021 - 2023 có 237 mô hình. Trong đó, năm 2021: 60 mô hình; năm 2022: 80 mô hình; năm 2023: 97 mô hình.",
         [(REG, T, 237), (REG, T, 60), (REG, T, 80), (REG, T, 97)]),
    case("part-incomplete-sentence",
         "Qua 5 năm, thành phố biểu dương 318 mô hình dân vận khéo. Trong số này, 140 mô hình “Dân vận khéo”.",
         [(COM, T, 318)]),
    case("part-giu-vung-cua",
         "Năm 2024, huyện xây dựng mới 45 mô hình; đồng thời tiếp tục giữ vững hiệu quả của 120 mô hình đã có từ trước.",
         [(REG, T, 45)]),
]

NOMINATIONS = [
    case("nominate-de-nghi-khen-thuong",
         "Ban Chỉ đạo đã có văn bản đề nghị UBND huyện khen thưởng 35 mô hình tiêu biểu.",
         []),
    case("nominate-de-xuat-xet",
         "Năm 2024, các đơn vị gửi hồ sơ đề xuất 52 mô hình để xét công nhận cấp tỉnh (40 mô hình tập thể, 12 mô hình cá nhân); "
         "qua thẩm định, 31 mô hình đã được công nhận.",
         [(REC, T, 31)]),
    case("nominate-de-nghi-tang-bang-khen",
         "Thường trực Huyện ủy đề nghị UBND tỉnh tặng Bằng khen cho 8 mô hình có thành tích xuất sắc.",
         []),
    case("nominate-theo-de-nghi-is-decision",
         "Theo đề nghị của Ban Dân vận, UBND huyện đã khen thưởng 14 mô hình.",
         [(COM, T, 14)]),
]

SPLITS = [
    case("kind-chiem-la",
         "Trong tổng số mô hình được công nhận, mô hình tập thể chiếm 88, mô hình cá nhân là 31.",
         [(COL, T, 88), (IND, T, 31)]),
    case("kind-con-la-dien-hinh",
         "Toàn huyện đã xây dựng được 190 mô hình, điển hình. Trong số đó, 150 mô hình tập thể, còn 40 là điển hình cá nhân.",
         [(REG, T, 190), (COL, T, 150), (IND, T, 40)]),
    case("kind-n-tap-the-dang-ky",
         "Năm 2023, 97 tập thể đăng ký thực hiện 97 mô hình và 12 cá nhân đăng ký 12 mô hình.",
         [(COL, T, 97), (IND, T, 12)]),
    case("kind-paren-both-halves",
         "Toàn tỉnh có 160 mô hình được công nhận (tập thể 147, cá nhân 13).",
         [(REC, T, 160), (COL, T, 147), (IND, T, 13)]),
    case("kind-dien-hinh-cua",
         "Trong tổng số này có 61 mô hình, điển hình của tập thể cùng 22 mô hình, điển hình của cá nhân.",
         [(COL, T, 61), (IND, T, 22)]),
    case("kind-both-is-no-kind",
         "Qua thẩm định, 24 mô hình của các tập thể, cá nhân đã được công nhận.",
         [(REC, T, 24)]),
]

VERBS = [
    case("verb-chon-va-cong-nhan-tieu-bieu",
         "Ban Chỉ đạo lựa chọn và công nhận 42 mô hình tiêu biểu năm 2023.",
         [(TYP, T, 42)]),
    case("verb-cong-nhan-dien-hinh-no-comma",
         "UBND xã đã công nhận 9 mô hình điển hình.",
         [(TYP, T, 9)]),
    case("verb-comma-takes-verb",
         "UBND xã đã công nhận 9 mô hình, điển hình.",
         [(REC, T, 9)]),
    case("verb-bieu-duong-tieu-bieu-typical",
         "Ban Thường vụ Huyện ủy biểu dương 27 mô hình tiêu biểu.",
         [(TYP, T, 27)]),
    case("verb-bieu-duong-comma-commended",
         "Ban Thường vụ Huyện ủy biểu dương 27 mô hình, điển hình tiêu biểu.",
         [(COM, T, 27)]),
    case("verb-xay-dung-nhan-rong",
         "Các tập thể, cá nhân trong tỉnh đã xây dựng, nhân rộng trên 900 mô hình.",
         [(REG, T, 900)]),
    case("verb-passive-chain-last",
         "Đến nay, thành phố có 215 mô hình, điển hình được lựa chọn xây dựng.",
         [(REG, T, 215)]),
    case("verb-dien-hinh-noun",
         "Từ năm 2015, Ban Dân vận đã biểu dương gần 600 điển hình của phong trào.",
         [(COM, T, 600)]),
    case("verb-cap-giay-chung-nhan",
         "Sau thẩm định, 18 mô hình cấp xã đã được Ban Chỉ đạo cấp giấy chứng nhận.",
         [(REC, T, 18)]),
]

FIELDS = [
    case("field-list-noun-dropped",
         "Lĩnh vực kinh tế: 57 mô hình; văn hóa - xã hội: 93; quốc phòng - an ninh: 21; xây dựng hệ thống chính trị (XDHTCT): 30.",
         [(REG, KT, 57), (REG, VH, 93), (REG, QP, 21), (REG, CT, 30)]),
    case("field-an-ninh-chinh-tri-trat-tu",
         "Năm 2024, huyện có 88 mô hình: lĩnh vực kinh tế có 30 mô hình; lĩnh vực giữ gìn an ninh chính trị – trật tự an toàn xã hội có 25 mô hình; "
         "lĩnh vực xây dựng hệ thống chính trị có 33 mô hình.",
         [(REG, T, 88), (REG, KT, 30), (REG, QP, 25), (REG, CT, 33)]),
    case("field-other-ngoai-ra",
         "Cụ thể, lĩnh vực kinh tế có 40 mô hình; văn hóa - xã hội có 25 mô hình; ngoài ra còn 11 mô hình vận động đồng bào có đạo.",
         [(REG, KT, 40), (REG, VH, 25), (REG, O, 11)]),
    case("field-other-two-fields-group",
         "Phân theo lĩnh vực, nhóm mô hình kinh tế - văn hóa xã hội nhiều nhất với 410 mô hình; lĩnh vực quốc phòng - an ninh có 95 mô hình; "
         "lĩnh vực xây dựng hệ thống chính trị có 120 mô hình.",
         [(REG, O, 410), (REG, QP, 95), (REG, CT, 120)]),
    case("field-theme-is-total",
         "Nửa đầu năm, toàn huyện đã có 48 mô hình được xây dựng phục vụ xây dựng nông thôn mới.",
         [(REG, T, 48)]),
]

NOT_COUNTS = [
    case("other-programme-to-hop-tac",
         "Hội Nông dân hướng dẫn thành lập 36 mô hình tổ hợp tác sản xuất.",
         []),
    case("other-programme-ocop",
         "Huyện có 12 mô hình OCOP được công nhận 3 sao.",
         []),
    case("one-model-introduced",
         "Một mô hình tiêu biểu khác là “Dân vận khéo trong xây dựng nông thôn mới” của xã Tân Lập.",
         []),
    case("awards-to-people",
         "UBND huyện tặng Giấy khen cho 15 tập thể, 9 cá nhân có thành tích xuất sắc.",
         []),
    case("score-range",
         "Mô hình được công nhận khi đạt từ 75 đến 100 điểm.",
         []),
    case("mixed-quotes",
         "Năm 2023, toàn xã xây dựng 18 mô hình \"Dân vận khéo”, được công nhận 11 mô hình.",
         [(REG, T, 18), (REC, T, 11)]),
]

ALL_CASES = PARTS + NOMINATIONS + SPLITS + VERBS + FIELDS + NOT_COUNTS


@pytest.mark.parametrize("text, expected", ALL_CASES)
def test_reading(text, expected):
    assert counts(text) == expected


def test_member_shares_are_subunit_rows():
    text = (
        "BÁO CÁO\nKết quả phong trào thi đua “Dân vận khéo” năm 2024 của tỉnh Bình Thuận\n"
        "Năm 2024, toàn tỉnh có 1.040 mô hình đăng ký; Công an tỉnh đăng ký 222 mô hình, còn huyện Tánh Linh đứng đầu với 155 mô hình.\n"
        "Hội Nông dân tỉnh xây dựng 61 mô hình.\n"
    )
    rows = figure_rows(text)
    own = sorted((r["metric"], r["value"]) for r in rows if not r["subunit"])
    shares = sorted((r["subunit"], r["value"]) for r in rows if r["subunit"])
    assert own == [(REG, 1040)]
    assert shares == [("Công an tỉnh", 222), ("Hội Nông dân tỉnh", 61), ("huyện Tánh Linh", 155)]


def test_colon_item_share():
    rows = figure_rows(
        "BÁO CÁO\nKết quả phong trào thi đua “Dân vận khéo” năm 2023 của tỉnh Điện Biên\n"
        "Kết quả cụ thể: TP. Điện Biên Phủ: 13 mô hình; huyện Mường Chà: 9 mô hình.\n"
    )
    assert sorted((r["subunit"], r["value"]) for r in rows) == [("TP. Điện Biên Phủ", 13), ("huyện Mường Chà", 9)]


def test_own_unit_named_as_subject_is_not_a_share():
    text = (
        "Phong Điền tuyên dương 245 mô hình dân vận khéo\n\n"
        "Sau 3 năm, huyện Phong Điền đã tuyên dương 245 mô hình dân vận khéo.\n"
    )
    doc = ingest_text(text, "t.txt")
    mentions = [m for fn in REGISTRY.values() for m in fn(doc)]
    docrow = rows_for(doc, mentions)["documents"][0]
    rows = [r for r in rows_for(doc, mentions)["figures"] if r["metric"].startswith("models_")]
    assert docrow.get("unit_name") == "huyện Phong Điền"
    assert {(r["metric"], r["value"], r["subunit"]) for r in rows} == {(COM, 245, "")}


def test_member_share_footnote_inherits_subunit():
    text = (
        "Đến nay, thị xã có 150 mô hình. Cụ thể, Khối dân vận các phường xây dựng 50 mô hình tập thể và 10 mô hình cá nhân[^1].\n"
        "[^1]: Lĩnh vực kinh tế: 25 mô hình; văn hóa - xã hội: 35 mô hình.\n"
    )
    assert counts(text) == [(REG, T, 150)]


def test_levels_of_split_items():
    rows = figure_rows(
        "Năm 2024, toàn tỉnh có 900 mô hình được đăng ký, trong đó cấp tỉnh 60 mô hình, cấp huyện 240 mô hình, cấp xã 600 mô hình.\n"
        "Giai đoạn 2021 - 2023, xã có 50 mô hình đăng ký ở cấp cơ sở, 12 mô hình đăng ký cấp huyện và 3 mô hình đăng ký cấp tỉnh.\n"
    )
    levels = {r["value"]: r["level"] for r in rows}
    assert (levels[60], levels[240], levels[600]) == ("tinh", "huyen", "xa")
    assert (levels[50], levels[12], levels[3]) == ("xa", "huyen", "tinh")


def test_level_by_agent_and_document_default():
    rows = figure_rows(
        "BÁO CÁO\nKết quả phong trào thi đua “Dân vận khéo” năm 2024 của huyện Ea Kar\n"
        "Năm 2024, có 12 mô hình được Ban Thường vụ Tỉnh ủy công nhận; các huyện ủy, thành ủy biểu dương 30 mô hình; "
        "huyện đã công nhận 45 mô hình.\n"
    )
    levels = {r["value"]: r["level"] for r in rows}
    assert levels[12] == "tinh"
    assert levels[30] == "huyen"
    assert levels[45] == "huyen"  # the report's own unit decided it


def test_plan_keeps_past_period_and_targets_take_plan_period():
    text = (
        "KẾ HOẠCH\nthực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2026 - 2030\n"
        "Giai đoạn 2021-2025, phong trào được các cấp hưởng ứng. Qua đó, đã có 4.210 mô hình được đăng ký thực hiện.\n"
        "Phấn đấu đến năm 2030 có ít nhất 5.000 mô hình được công nhận.\n"
    )
    rows = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in figure_rows(text)}
    assert rows[4210] == (REG, 2021, 2025)
    assert rows[5000][0] == TGT and rows[5000][2] == 2030


def test_report_target_is_for_next_year():
    text = (
        "BÁO CÁO\nKết quả thực hiện phong trào thi đua “Dân vận khéo” năm 2024\n"
        "Năm 2024, toàn xã xây dựng 14 mô hình.\nPhương hướng: phấn đấu mỗi thôn có ít nhất 01 mô hình “Dân vận khéo”.\n"
    )
    rows = {r["value"]: (r["metric"], r["period_start"], r["period_end"]) for r in figure_rows(text)}
    assert rows[14] == (REG, 2024, 2024)
    assert rows[1] == (TGT, 2025, 2025)


def test_confidence_orders_readings():
    doc = ingest_text(
        "Năm 2024, toàn huyện đã công nhận 120 mô hình (cấp huyện 20, cấp xã 100). Các mô hình khác: 7.\n", "t.txt"
    )
    conf = {m.data["value"]: m.data["confidence"] for m in model_counts.extract(doc)}
    assert conf[120] >= 0.9
    assert 0.5 <= conf[20] < conf[120]
    assert all(0.0 <= c <= 1.0 for c in conf.values())
