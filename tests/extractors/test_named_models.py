"""Named "Dân vận khéo" models: names, owners, years, fields, and what is not a model."""
from __future__ import annotations

import pytest

from extractors import REGISTRY
from extractors.named_models import extract, field_of, find_models, is_dan_van_kheo, model_quote_spans, quote_spans
from pipeline.model import Document
from pipeline.pagetext import RawLine, assemble
from pipeline.ingest import ingest_text


def doc_of(text: str) -> Document:
    """A document read the way ``pipeline.ingest`` reads a text file."""
    return ingest_text(text, "t.txt")


def doc_of_lines(*pages: list[tuple[str, str]]) -> Document:
    """A document from (role, text) lines, one list per page."""
    doc = Document(doc_id="t", source_path="t.txt", fmt="txt")
    doc.pages = [assemble(i + 1, [RawLine(text=t, role=r) for r, t in lines]) for i, lines in enumerate(pages)]
    return doc


def models(doc: Document) -> list[dict]:
    out = []
    for m in extract(doc):
        page = doc.pages[m.page - 1]
        assert page.text[m.char_start: m.char_end] == m.quote  # provenance is verbatim page text
        assert m.table == "models" and m.extractor == "named_models"
        out.append({**m.data, "quote": m.quote, "page": m.page, "source": m.source})
    return out


def by_name(doc: Document) -> dict[str, dict]:
    return {m["name"]: m for m in models(doc)}


HEAD = (
    "BÁO CÁO\nkết quả phong trào thi đua “Dân vận khéo” năm 2023\n"
    "Thực hiện kế hoạch của cấp trên, Ban Thường vụ Huyện ủy báo cáo như sau:\n"
)


def test_registered():
    assert REGISTRY["named_models"] is extract


def test_quoted_list_owner_year_and_field_from_heading():
    doc = doc_of(
        HEAD
        + "I. KẾT QUẢ\n1. Lĩnh vực kinh tế\n"
        "Các xã đã xây dựng nhiều mô hình như: “Tổ hợp tác nuôi dê”, “Vườn rau sạch” và "
        "“Quỹ vốn xoay vòng” của Hội Nông dân xã Tân Hà năm 2023.\n"
    )
    got = models(doc)
    assert [m["name"] for m in got] == ["Tổ hợp tác nuôi dê", "Vườn rau sạch", "Quỹ vốn xoay vòng"]
    for m in got:
        assert m["owner"] == "Hội Nông dân xã Tân Hà"
        assert m["year"] == 2023
        assert m["field"] == "kinh_te"
        assert m["quote"] == m["name"]


def test_space_after_opening_quote_is_stripped():
    doc = doc_of(
        HEAD + "Những mô hình tiêu biểu như:\n"
        "- Mô hình: “ Hàng rào xanh trước ngõ tại thôn Bắc” của Chi hội phụ nữ thôn Bắc xã Ea Tul năm 2021.\n"
    )
    (m,) = models(doc)
    assert m["name"] == "Hàng rào xanh trước ngõ tại thôn Bắc"
    assert m["quote"] == "Hàng rào xanh trước ngõ tại thôn Bắc"
    assert m["owner"] == "Chi hội phụ nữ thôn Bắc xã Ea Tul"
    assert m["year"] == 2021


def test_unquoted_list_items():
    doc = doc_of(
        HEAD + "Những mô hình điển hình như:\n"
        "- Mô hình Thắp sáng đường quê của Hội LHPN xã năm 2022.\n"
        "- Mô hình hỗ trợ sinh kế cho hộ nghèo của UBND xã năm 2021\n"
    )
    got = models(doc)
    assert [(m["name"], m["owner"], m["year"]) for m in got] == [
        ("Thắp sáng đường quê", "Hội LHPN xã", 2022),
        ("hỗ trợ sinh kế cho hộ nghèo", "UBND xã", 2021),
    ]
    assert got[0]["quote"] == "Mô hình Thắp sáng đường quê của Hội LHPN xã năm 2022."


def test_unquoted_item_with_year_before_owner():
    doc = doc_of(HEAD + "Các mô hình:\n- Mô hình xóm đạo văn minh năm 2020 của công đoàn xã năm 2022.\n")
    (m,) = models(doc)
    assert (m["name"], m["owner"], m["year"]) == ("xóm đạo văn minh", "công đoàn xã", 2022)


def test_unquoted_sentence_about_models_is_not_an_item():
    doc = doc_of(HEAD + "- Mô hình đã mang lại hiệu quả thiết thực, được Nhân dân đồng tình.\n")
    assert models(doc) == []


def test_movements_campaigns_contests_are_not_models():
    doc = doc_of(
        HEAD + "Hưởng ứng phong trào “Ngày thứ bảy tình nguyện”, cuộc vận động “Người tốt việc tốt”, "
        "Cuộc thi “Tìm hiểu pháp luật” và Hội thi “Dân vận khéo” cấp huyện.\n"
        "- Phong trào “Chủ nhật xanh” do Đoàn xã phát động.\n"
    )
    assert models(doc) == []


def test_dan_van_kheo_is_never_a_model_but_fillers_are_skipped():
    doc = doc_of(
        HEAD + "Các địa phương đã nhân rộng mô hình “Dân vận khéo” trên các lĩnh vực. "
        "Các mô hình “Dân vận khéo” tiêu biểu như: “Bếp ăn nghĩa tình”, “Tủ sách cộng đồng”.\n"
    )
    assert [m["name"] for m in models(doc)] == ["Bếp ăn nghĩa tình", "Tủ sách cộng đồng"]
    assert is_dan_van_kheo("Dân  vận KHÉO") and is_dan_van_kheo("Dan van kheo")
    assert not is_dan_van_kheo("Dân vận khéo trong vận động hiến đất")


def test_chain_with_owner_clauses_per_item():
    doc = doc_of(
        HEAD + "Nổi bật là mô hình “Bếp ăn nghĩa tình” ở xã Tân Thắng, huyện Hàm Tân; "
        "“Tủ sách cộng đồng” của Đoàn xã Tân Xuân; “Ngõ xóm sáng đèn” của Đảng ủy xã Sơn Mỹ, huyện Hàm Tân...\n"
    )
    got = by_name(doc)
    assert list(got) == ["Bếp ăn nghĩa tình", "Tủ sách cộng đồng", "Ngõ xóm sáng đèn"]
    assert got["Bếp ăn nghĩa tình"]["owner"] == ""  # "ở ..." is a place, not an owner
    assert got["Tủ sách cộng đồng"]["owner"] == "Đoàn xã Tân Xuân"
    assert got["Ngõ xóm sáng đèn"]["owner"] == "Đảng ủy xã Sơn Mỹ, huyện Hàm Tân"


def test_owner_written_before_the_model():
    doc = doc_of(HEAD + "Tiêu biểu như: Công an xã Tân Phúc với mô hình “Camera giám sát khu dân cư”; UBND xã Tân Hà với mô hình “Một cửa thân thiện”.\n")
    got = by_name(doc)
    assert got["Camera giám sát khu dân cư"]["owner"] == "Công an xã Tân Phúc"
    assert got["Một cửa thân thiện"]["owner"] == "UBND xã Tân Hà"


def test_explicit_field_in_sentence_beats_heading():
    doc = doc_of(
        HEAD + "2. Kết quả chung\n"
        "Có 12 mô hình trên lĩnh vực quốc phòng, an ninh, tiêu biểu như các mô hình: “Tổ tự quản đường làng”, “Đèn đường khu phố”.\n"
    )
    assert {m["field"] for m in models(doc)} == {"quoc_phong_an_ninh"}


def test_field_empty_when_nothing_says():
    doc = doc_of(HEAD + "2. Kết quả chung\nCác mô hình “Tủ sách cộng đồng”, “Bữa sáng cho em” được duy trì.\n")
    assert {m["field"] for m in models(doc)} == {""}


@pytest.mark.parametrize(
    "text, field",
    [
        ("Lĩnh vực phát triển kinh tế", "kinh_te"),
        ("phát triển kinh tế - xã hội của địa phương", None),
        ("phát triển kinh tế xã hội", None),
        ("Lĩnh vực văn hóa - xã hội", "van_hoa_xa_hoi"),
        ("lĩnh vực văn hoá – xã hội", "van_hoa_xa_hoi"),
        ("trên lĩnh vực VH-XH", "van_hoa_xa_hoi"),
        ("Trên lĩnh vực quốc phòng, an ninh", "quoc_phong_an_ninh"),
        ("giữ vững QP, AN", "quoc_phong_an_ninh"),
        ("lĩnh vực QP-AN", "quoc_phong_an_ninh"),
        ("bảo đảm quốc phòng - an ninh", "quoc_phong_an_ninh"),
        ("Lĩnh vực xây dựng hệ thống chính trị", "xay_dung_he_thong_chinh_tri"),
        ("Trên lĩnh vực xây dựng HTCT", "xay_dung_he_thong_chinh_tri"),
        ("công tác xây dựng Đảng", "xay_dung_he_thong_chinh_tri"),
        ("phát triển kinh tế, văn hóa - xã hội, quốc phòng, an ninh", None),
        ("Kết quả chung", None),
        ("", None),
    ],
)
def test_field_of(text, field):
    assert field_of(text) == field


def test_footnote_models_take_the_field_of_their_marker():
    doc = doc_of(
        HEAD + "a) Trên lĩnh vực xây dựng hệ thống chính trị\n"
        "Nhiều mô hình cải cách hành chính được nhân rộng[^1].\n"
        "[^1]: Mô hình “Chủ nhật không hẹn” của UBND phường Tân An; “Cán bộ gần dân” của Đảng ủy xã Tân Lợi.\n"
    )
    got = models(doc)
    assert [(m["name"], m["owner"], m["field"], m["source"]) for m in got] == [
        ("Chủ nhật không hẹn", "UBND phường Tân An", "xay_dung_he_thong_chinh_tri", "footnote"),
        ("Cán bộ gần dân", "Đảng ủy xã Tân Lợi", "xay_dung_he_thong_chinh_tri", "footnote"),
    ]


def test_list_continues_over_a_page_break():
    doc = doc_of_lines(
        [("title", "BÁO CÁO"), ("body", "Ngoài ra, các mô hình “Hũ gạo tiết kiệm”, “Tuyến đường hoa")],
        [("body", "xanh”, “Nuôi heo đất” của hội phụ nữ các xã được duy trì.")],
    )
    got = models(doc)
    assert [(m["name"], m["page"], m["quote"]) for m in got] == [
        ("Hũ gạo tiết kiệm", 1, "Hũ gạo tiết kiệm"),
        ("Tuyến đường hoa xanh", 1, "Tuyến đường hoa"),
        ("Nuôi heo đất", 2, "Nuôi heo đất"),
    ]
    assert all(m["owner"] == "hội phụ nữ các xã" for m in got)


def test_nested_quotes_and_name_prefix():
    doc = doc_of(
        HEAD + "Các mô hình “Gia đình “3 sạch” và “Tổ phụ nữ không sinh con thứ ba” của Hội LHPN huyện; "
        "Mô hình Tổ tự quản “4 an toàn” của xã Tân Hà.\n"
    )
    got = by_name(doc)
    assert list(got) == ["Gia đình “3 sạch”", "Tổ phụ nữ không sinh con thứ ba", "Tổ tự quản “4 an toàn”"]
    assert got["Gia đình “3 sạch”"]["owner"] == "Hội LHPN huyện"
    assert got["Tổ tự quản “4 an toàn”"]["owner"] == "xã Tân Hà"


def test_long_head_before_the_list():
    doc = doc_of(HEAD + "Một số mô hình mới có khả năng nhân rộng như: “Chợ không tiền mặt”, “Đường cờ Tổ quốc”.\n")
    assert [m["name"] for m in models(doc)] == ["Chợ không tiền mặt", "Đường cờ Tổ quốc"]


def test_short_lowercase_term_is_not_a_model():
    doc = doc_of(HEAD + "Cải cách hành chính, mô hình “một cửa”, dịch vụ công trực tuyến được đẩy mạnh.\n")
    assert models(doc) == []


def test_model_named_twice_is_one_row_with_merged_details():
    doc = doc_of(
        HEAD + "Nổi bật như mô hình “Bếp ăn nghĩa tình”, “Tủ sách cộng đồng”.\n"
        "- Mô hình “Bếp ăn nghĩa tình” do Hội Chữ thập đỏ huyện phát động, duy trì hằng tuần.\n"
    )
    got = models(doc)
    assert [m["name"] for m in got] == ["Bếp ăn nghĩa tình", "Tủ sách cộng đồng"]
    assert got[0]["owner"] == "Hội Chữ thập đỏ huyện"


def test_quote_spans_and_model_quote_spans():
    text = "mô hình: “ Vườn rau sạch ”, phong trào “Xanh”"
    qs = quote_spans(text)
    assert [text[q.start: q.end] for q in qs] == ["Vườn rau sạch", "Xanh"]
    spans = model_quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["“ Vườn rau sạch ”"]


def test_find_models_in_plain_text():
    found = find_models("các mô hình “A1 xanh” và “Bờ kè an toàn” của Công an huyện năm 2024;")
    assert [(f.name, f.owner, f.year) for f in found] == [
        ("A1 xanh", "Công an huyện", 2024),
        ("Bờ kè an toàn", "Công an huyện", 2024),
    ]
