"""Entities: gazetteer ORGs with their places, the signer as PER, LOCs, and where NER runs."""
from __future__ import annotations

import pytest

import extractors.entities as entities
from extractors import REGISTRY
from extractors.entities import align, extract, gazetteer, nlp, person_shape, pieces, place_span, truecase
from pipeline.model import Document
from pipeline.pagetext import RawLine, assemble
from pipeline.ingest import ingest_text

REPORT = """\
HUYỆN ỦY HÀM TÂN          ĐẢNG CỘNG SẢN VIỆT NAM
Số 45-BC/HU               Hàm Tân, ngày 12 tháng 3 năm 2024

BÁO CÁO
kết quả phong trào thi đua “Dân vận khéo” năm 2023 trên địa bàn huyện Hàm Tân

Thực hiện Hướng dẫn số 12-HD/BDVTU ngày 02/01/2024 của Ban Dân vận Tỉnh ủy, Ban Thường vụ Huyện ủy Hàm Tân báo cáo như sau:
I. KẾT QUẢ THỰC HIỆN
Các xã đã xây dựng nhiều mô hình như: “Tổ hợp tác nuôi dê”, “Vườn rau sạch” của Hội Nông dân xã Tân Hà năm 2023.
Ủy ban MTTQ Việt Nam huyện phối hợp với UBND xã Sơn Mỹ duy trì mô hình “Bếp ăn nghĩa tình” ở xã Tân Thắng, huyện Hàm Tân; “Tủ sách cộng đồng” của Đoàn xã Tân Xuân.
- Mô hình Thắp sáng đường quê của Hội LHPN xã năm 2022.

Nơi nhận:                  T/M BAN THƯỜNG VỤ
- Ban Dân vận Tỉnh ủy,     PHÓ BÍ THƯ
- Lưu VP.
                           Trần Minh Khoa
"""


def doc_of(text: str) -> Document:
    """A document read the way ``pipeline.ingest`` reads a text file."""
    return ingest_text(text, "t.txt")


def doc_of_lines(lines: list[tuple[str, str]], new_paragraph: bool = True) -> Document:
    doc = Document(doc_id="t", source_path="t.txt", fmt="txt")
    doc.pages = [assemble(1, [RawLine(text=t, role=r, new_paragraph=new_paragraph) for r, t in lines])]
    return doc


def ents(doc: Document) -> list[tuple[str, str]]:
    out = []
    for m in extract(doc):
        page = doc.pages[m.page - 1]
        assert m.table == "entities" and m.extractor == "entities"
        assert page.text[m.char_start: m.char_end] == m.quote == m.data["text"]
        out.append((m.data["label"], m.data["text"]))
    return out


@pytest.fixture(scope="module")
def report() -> list[tuple[str, str]]:
    return ents(doc_of(REPORT))


def test_registered():
    assert REGISTRY["entities"] is extract


def test_signer_is_per(report):
    assert ("PER", "Trần Minh Khoa") in report
    assert [e for e in report if e[0] == "PER"] == [("PER", "Trần Minh Khoa")]


def test_orgs_extended_to_their_place(report):
    orgs = [t for label, t in report if label == "ORG"]
    for expected in (
        "Ban Thường vụ Huyện ủy Hàm Tân",
        "Ban Dân vận Tỉnh ủy",
        "Hội Nông dân xã Tân Hà",
        "Ủy ban MTTQ Việt Nam huyện",
        "UBND xã Sơn Mỹ",
        "Đoàn xã Tân Xuân",
        "Hội LHPN xã",
        "HUYỆN ỦY HÀM TÂN",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "BAN THƯỜNG VỤ",
    ):
        assert expected in orgs


def test_place_date_line_gives_loc(report):
    assert report[:3] == [("ORG", "HUYỆN ỦY HÀM TÂN"), ("ORG", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("LOC", "Hàm Tân")]


def test_loc_around_model_names(report):
    locs = [t for label, t in report if label == "LOC"]
    assert "xã Tân Thắng" in locs
    assert "huyện Hàm Tân" in locs
    # the place inside an ORG is not repeated as a LOC
    assert "xã Sơn Mỹ" not in locs and "Sơn Mỹ" not in locs


def test_no_entities_inside_quoted_names():
    doc = doc_of_lines([("body", "Duy trì mô hình “Công an xã vì Nhân dân” và “Hội Phụ nữ tỉnh Lâm Đồng giúp nhau” hằng năm.")])
    assert ents(doc) == []


@pytest.mark.parametrize(
    "written",
    ["Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh Ủy", "BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh uỷ", "Ban thường vụ tỉnh ủy"],
)
def test_case_and_spelling_variants(written):
    text = f"Thực hiện chỉ đạo của {written}, các xã triển khai."
    assert [text[s:e] for s, e in gazetteer(text)] == [written]


def test_upper_case_body_takes_upper_case_place_only():
    text = "TỈNH ỦY LÂM ĐỒNG\nCHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY"
    assert [text[s:e] for s, e in gazetteer(text)] == ["TỈNH ỦY LÂM ĐỒNG", "BAN THƯỜNG VỤ TỈNH ỦY"]


def test_letterhead_body_with_place_on_next_line():
    doc = doc_of_lines([("letterhead", "ỦY BAN NHÂN DÂN"), ("letterhead", "HUYỆN ĐỨC TRỌNG"), ("letterhead", "Số: 15/BC-UBND")])
    assert ents(doc) == [("ORG", "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG")]


def test_body_does_not_run_into_the_next_paragraph():
    text = "Báo cáo gửi UBND xã\nXã Tân Hà là xã miền núi."
    assert [text[s:e] for s, e in gazetteer(text)] == ["UBND xã"]


def test_level_bodies_need_a_level():
    text = "Công an chính quy về xã; Công an tỉnh Lâm Đồng phối hợp; Đoàn kiểm tra làm việc với Đoàn phường Lộc Sơn."
    assert [text[s:e] for s, e in gazetteer(text)] == ["Công an tỉnh Lâm Đồng", "Đoàn phường Lộc Sơn"]


def test_committee_prefix_merges_with_the_next_body():
    text = "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo; Khối Dân vận Đảng ủy xã Đạ Tông thực hiện."
    assert [text[s:e] for s, e in gazetteer(text)] == ["Đảng ủy Ủy ban nhân dân tỉnh", "Khối Dân vận Đảng ủy xã Đạ Tông"]


def test_lower_case_common_nouns_are_not_orgs():
    text = "các ban thường vụ, hội phụ nữ các xã và công an xã đều tham gia."
    assert gazetteer(text) == []


def test_place_stops_at_abbreviations_and_stop_words():
    text = "Ban Dân vận Trung ương và Mặt trận Tổ quốc Việt Nam; UBND tỉnh UBND huyện; Hội Nông dân Kế hoạch số 5."
    assert [text[s:e] for s, e in gazetteer(text)] == [
        "Ban Dân vận Trung ương",
        "Mặt trận Tổ quốc Việt Nam",
        "UBND tỉnh",
        "UBND huyện",
        "Hội Nông dân",
    ]


def test_two_levels_and_number():
    text = "của Chi hội phụ nữ thôn Đông xã Tân Hà; của Đảng ủy xã Hòa Bắc 2, huyện Di Linh."
    assert [text[s:e] for s, e in gazetteer(text)] == ["Chi hội phụ nữ thôn Đông xã Tân Hà", "Đảng ủy xã Hòa Bắc 2"]


def test_upper_case_signer_and_parenthesised_note():
    doc = doc_of_lines(
        [("body", "Trên đây là báo cáo."), ("signature", "CHỦ TỊCH"), ("signature", "LÊ THỊ HOA (đã ký)")]
    )
    assert ents(doc) == [("PER", "LÊ THỊ HOA")]


def test_signer_without_common_surname_in_signature_block():
    doc = doc_of_lines([("signature", "KT. CHỦ TỊCH"), ("signature", "PHÓ CHỦ TỊCH"), ("signature", "Y Nhuần Byă")])
    assert ents(doc) == [("PER", "Y Nhuần Byă")]


def test_title_words_are_not_people():
    doc = doc_of_lines([("signature", "T/M BAN THƯỜNG VỤ"), ("signature", "Phó Bí Thư")])
    assert ents(doc) == [("ORG", "BAN THƯỜNG VỤ")]


def test_ner_runs_only_on_letterhead_title_signature_and_model_clauses(monkeypatch):
    seen: list[str] = []
    real = entities._ner

    def spy(text):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(entities, "_ner", spy)
    body = "Các cơ quan, đơn vị tiếp tục triển khai thực hiện nhiệm vụ được giao tại địa phương. " * 40
    doc = doc_of_lines(
        [
            ("letterhead", "Di Linh, ngày 5 tháng 6 năm 2024"),
            ("title", "BÁO CÁO"),
            ("body", body),
            ("body", "Nổi bật là mô hình “Vườn cà phê kiểu mẫu” ở xã Gia Hiệp, huyện Di Linh."),
            ("signature", "Nguyễn Văn Lâm"),
        ]
    )
    got = ents(doc)
    assert ("LOC", "Di Linh") in got and ("LOC", "xã Gia Hiệp") in got and ("PER", "Nguyễn Văn Lâm") in got
    tagged = "".join(seen)
    assert "tiếp tục triển khai" not in tagged
    assert len(tagged) < 400
    assert all(len(s) <= entities.PIECE for s in seen)


def test_nlp_is_a_singleton():
    assert nlp() is nlp()


def test_truecase_keeps_length_and_capitalises_the_place():
    assert truecase("ĐẢNG BỘ TỈNH BÌNH THUẬN") == "đảng bộ tỉnh Bình Thuận"
    assert truecase("THỊ ỦY LA GI") == "thị ủy La Gi"
    assert truecase("BÁO CÁO") == "báo cáo"


def test_align_maps_tokens_to_offsets_even_when_respelled():
    text = "Tại  xã Hoà Bình,\nhuyện Tân Phú"
    tokens = ["Tại", "xã", "Hòa Bình", ",", "huyện", "Tân Phú"]
    spans = align(tokens, text)
    assert [text[s:e] for s, e in spans] == ["Tại", "xã", "Hoà Bình", ",", "huyện", "Tân Phú"]


def test_pieces_cover_text_within_limit():
    text = "Mô hình “A”, “B”; " + "từ, " * 80 + "hết. Câu sau"
    ps = pieces(text, 60)
    assert all(b - a <= 60 for a, b in ps)
    assert "".join(text[a:b] for a, b in ps).replace(" ", "") == text.replace(" ", "").replace(";", ";").replace(". ", ".")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("xã Trà Ka", "xã Trà Ka"),
        ("thị xã Điện An", "thị xã Điện An"),
        ("Chi hội phụ nữ thôn Tây xã Tân Hà", "xã Tân Hà"),
        ("năm 2025", None),
        ("Bí thư", None),
        ("UBND-NV", None),
        ("ngày 18/5/2023", None),
        ("Lâm Đồng", "Lâm Đồng"),
    ],
)
def test_place_span(text, expected):
    span = place_span(text, 0, len(text))
    assert (text[span[0]: span[1]] if span else None) == expected


@pytest.mark.parametrize(
    "text, need, ok",
    [
        ("Nguyễn Văn An", True, True),
        ("Trần Thị B", True, True),
        ("Phó Bí Thư", True, False),
        ("Tỉnh Ủy Lâm Đồng", False, False),
        ("Sơn Mỹ", True, False),
        ("NGUYỄN XUÂN LỘC", False, True),
        ("Y Nhuần Byă", False, True),
    ],
)
def test_person_shape(text, need, ok):
    assert person_shape(text, need_surname=need) is ok
