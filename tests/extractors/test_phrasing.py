"""extractors.model_counts: a phrasing suite of short report sentences.

Each case is a few lines in the style of a provincial, district or commune
report (clean text; footnotes as ``[^n]`` markers and ``[^n]: note`` lines)
and the exact sorted list of ``(metric, field, value)`` rows a careful
analyst would record. Where the extractor disagrees with the analyst the
case is an ``xfail(strict=True)`` whose reason says what it gets wrong.
"""
from __future__ import annotations

import pytest

from extractors import model_counts
from pipeline.ingest import ingest_text

# "mô hình tiêu biểu/điển hình" without a comma is typical whatever the verb (contract, reading convention 2)
REG, REC, TYP, COM, REP = (
    "models_registered", "models_recognized", "models_typical", "models_commended", "models_replicated",
)
COL, IND, TGT = "models_collective", "models_individual", "models_target"
KT, VH, QP, CT, T = "kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri", "total"


def counts(text: str) -> list[tuple[str, str, float]]:
    """(metric, field, value) of the document's own counts: rows about a
    named sub-unit of an enumeration are not the document's."""
    doc = ingest_text(text, "t.txt")
    rows = [m.data for m in model_counts.extract(doc)]
    return sorted((r["metric"], r["field"], r["value"]) for r in rows if not r.get("subunit"))


def xf(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def case(id_, text, rows, bug=None):
    marks = [xf(bug)] if bug else []
    return pytest.param(text, sorted(rows), id=id_, marks=marks)


# ------------------------------------------------------------- registered
REGISTERED = [
    case("reg-toan-tinh-co", "Toàn tỉnh có 1.306 mô hình “Dân vận khéo”.", [(REG, T, 1306)]),
    case("reg-dang-ky", "Năm 2023, các xã, thị trấn đã đăng ký 215 mô hình.", [(REG, T, 215)]),
    case("reg-xay-dung-duoc", "Huyện đã xây dựng được 87 mô hình dân vận khéo.", [(REG, T, 87)]),
    case("reg-trien-khai", "Các cơ quan, đơn vị triển khai 42 mô hình trong năm.", [(REG, T, 42)]),
    case("reg-thuc-hien", "Các chi bộ thực hiện 36 mô hình “Dân vận khéo” gắn với nhiệm vụ chính trị.", [(REG, T, 36)]),
    case("reg-duy-tri", "Đến nay, toàn huyện có 312 mô hình Dân vận khéo đang được duy trì hiệu quả.", [(REG, T, 312)]),
    case("reg-chi-dao-xd", "Trong năm, Đảng ủy xã chỉ đạo xây dựng 07 mô hình.", [(REG, T, 7)]),
    case("reg-thi-xa-hien-co", "Toàn thị xã hiện có 146 mô hình.", [(REG, T, 146)]),
    case("reg-huong-dan-dk", "Ban Dân vận Huyện ủy đã hướng dẫn các cơ sở đăng ký 58 mô hình.", [(REG, T, 58)]),
    case("reg-doan-the-ctxh", "Các đoàn thể chính trị - xã hội đăng ký thực hiện 120 mô hình.", [(REG, T, 120)]),
    # a member organisation's or unit's share is a sub-unit row (reading convention 4); the normaliser
    # clears it again where it names the document's own unit
    case("reg-mttq-tp", "Ủy ban MTTQ và các đoàn thể thành phố xây dựng 64 mô hình Dân vận khéo.", []),
    case("reg-passive-dang-ky", "Đã có 1.025 mô hình được đăng ký.", [(REG, T, 1025)]),
    case("reg-tong-so-la", "Tổng số mô hình đăng ký là 198 mô hình.", [(REG, T, 198)]),
    case("reg-xa-co", "Năm 2024, xã Phú Lâm có 12 mô hình “Dân vận khéo”.", [(REG, T, 12)]),
    case("reg-thanh-lap", "Các trường học trên địa bàn huyện thành lập 25 mô hình.", [(REG, T, 25)]),
    case("reg-cap-huyen-cap-xa", "Cấp huyện xây dựng 30 mô hình, cấp xã xây dựng 245 mô hình.", [(REG, T, 30), (REG, T, 245)]),
    case("reg-tong-cong", "Tổng cộng 150 mô hình.", [(REG, T, 150)]),
    case("reg-tong-so-colon", "Tổng số: 1.306 mô hình.", [(REG, T, 1306)]),
    case("reg-hinh-thanh", "Qua phong trào đã hình thành 64 mô hình mới.", [(REG, T, 64)]),
    case("reg-phuong-dang-ky", "Phường Trần Phú đăng ký 04 mô hình với Ban Chỉ đạo thành phố.", []),
    case("reg-ba-buoc", "Năm 2023, toàn huyện đăng ký 150 mô hình, đã xây dựng được 132 mô hình.", [(REG, T, 150), (REG, T, 132)]),
    case("reg-trailing-la", "Số mô hình đăng ký trong năm là 1.306.", [(REG, T, 1306)]),
    case("reg-trailing-colon", "Số lượng mô hình Dân vận khéo đăng ký mới: 245.", [(REG, T, 245)]),
    case("rec-trailing-colon", "Số mô hình được công nhận: 125.", [(REC, T, 125)]),
    case("reg-dv-khoi", "Khối dân vận của Thị ủy đã chỉ đạo xây dựng 26 mô hình tại các khu phố.", [(REG, T, 26)]),
    case("reg-xa-chi-hoi", "Các chi hội phụ nữ ở 12 thôn đã triển khai 18 mô hình.", [(REG, T, 18)]),
]

# ------------------------------------------------------------- recognized
RECOGNIZED = [
    case("rec-cong-nhan", "Ban Chỉ đạo đã công nhận 89 mô hình Dân vận khéo.", [(REC, T, 89)]),
    case("rec-binh-xet-cong-nhan", "Qua bình xét, công nhận 56 mô hình đạt hiệu quả.", [(REC, T, 56)]),
    case("rec-duoc-xet-cong-nhan", "Có 78 mô hình được xét công nhận.", [(REC, T, 78)]),
    case("rec-duoc-cong-nhan-cap", "Năm 2023, có 134 mô hình được công nhận Dân vận khéo cấp huyện.", [(REC, T, 134)]),
    case("rec-quyet-dinh", "Huyện ủy đã ra quyết định công nhận 42 mô hình “Dân vận khéo” cấp huyện.", [(REC, T, 42)]),
    case("rec-duoc-bcd-binh-xet", "Toàn tỉnh có 236 mô hình được Ban Chỉ đạo bình xét, công nhận.", [(REC, T, 236)]),
    case("rec-tham-dinh", "Thẩm định, công nhận 18 mô hình cấp xã.", [(REC, T, 18)]),
    case("rec-thi-uy", "Ban Thường vụ Thị ủy công nhận 24 mô hình đạt chuẩn.", [(REC, T, 24)]),
    case("rec-ket-qua-colon", "Kết quả: có 15 mô hình được công nhận là mô hình Dân vận khéo cấp tỉnh.", [(REC, T, 15)]),
    case("rec-da-xet", "Đã xét công nhận 33 mô hình.", [(REC, T, 33)]),
    case("rec-dk-then-cn", "Đăng ký 120 mô hình, đến cuối năm đã công nhận 98 mô hình.", [(REG, T, 120), (REC, T, 98)]),
    case("rec-trong-do", "Toàn tỉnh có 1.306 mô hình, trong đó 245 mô hình được công nhận.", [(REG, T, 1306), (REC, T, 245)]),
    case("rec-three-steps", "Toàn huyện đăng ký 150 mô hình, xây dựng được 132 mô hình, được công nhận 98 mô hình.",
         [(REG, T, 150), (REG, T, 132), (REC, T, 98)]),
    case("rec-passive-comma-commended", "Xây dựng 50 mô hình, được biểu dương 10 mô hình.", [(REG, T, 50), (COM, T, 10)]),
    case("rec-comma-passive-same", "Có 64 mô hình, được Ban Chỉ đạo huyện công nhận.", [(REC, T, 64)]),
    case("rec-levels", "Cấp huyện công nhận 15 mô hình, cấp xã công nhận 120 mô hình.", [(REC, T, 15), (REC, T, 120)]),
    case("rec-huyen-uy-dang-uy", "Huyện ủy công nhận 20 mô hình cấp huyện và Đảng ủy các xã công nhận 85 mô hình cấp cơ sở.",
         [(REC, T, 20), (REC, T, 85)]),
    case("rec-dat-danh-hieu", "Năm 2024, 47 mô hình được công nhận đạt danh hiệu “Dân vận khéo”.", [(REC, T, 47)]),
    case("rec-ubnd-quyet-dinh", "UBND huyện ban hành quyết định công nhận 09 mô hình Dân vận khéo năm 2023.", [(REC, T, 9)]),
    case("rec-so-voi-dang-ky", "Trong 245 mô hình được công nhận, có 45 mô hình điển hình.", [(REC, T, 245), (TYP, T, 45)]),
]

# ----------------------------------------------------------------- typical
TYPICAL = [
    case("typ-lua-chon-dien-hinh", "Huyện đã lựa chọn 19 mô hình điển hình.", [(TYP, T, 19)]),
    case("typ-co-tieu-bieu", "Toàn tỉnh có 45 mô hình tiêu biểu.", [(TYP, T, 45)]),
    case("typ-chon-tieu-bieu", "Chọn 12 mô hình tiêu biểu để tham gia hội thi.", [(TYP, T, 12)]),
    case("typ-cac-linh-vuc", "Qua đó, xuất hiện 31 mô hình điển hình trên các lĩnh vực.", [(TYP, T, 31)]),
    case("typ-bcd-chon", "Ban Chỉ đạo đã chọn 09 mô hình tiêu biểu của huyện.", [(TYP, T, 9)]),
    case("typ-passive-lua-chon", "Có 14 mô hình được lựa chọn là mô hình điển hình.", [(TYP, T, 14)]),
    case("typ-dien-hinh-noun", "Năm 2024 phát hiện 22 điển hình, 17 mô hình tiêu biểu.", [(TYP, T, 22), (TYP, T, 17)]),
    case("typ-xuat-sac", "Toàn huyện có 08 mô hình xuất sắc.", [(TYP, T, 8)]),
    case("typ-dien-hinh-kt", "Trên lĩnh vực kinh tế có 11 mô hình điển hình.", [(TYP, KT, 11)]),
    case("typ-dien-hinh-tien-tien", "Lựa chọn 06 mô hình điển hình tiên tiến để giới thiệu.", [(TYP, T, 6)]),
]

# --------------------------------------------------------------- commended
COMMENDED = [
    case("com-bieu-duong", "Hội nghị đã biểu dương 40 mô hình Dân vận khéo tiêu biểu.", [(COM, T, 40)]),
    case("com-khen-thuong", "UBND tỉnh khen thưởng 25 mô hình xuất sắc.", [(COM, T, 25)]),
    case("com-tuyen-duong", "Tuyên dương 18 mô hình tiêu biểu giai đoạn 2021 - 2023.", [(TYP, T, 18)]),
    case("com-passive", "Có 36 mô hình được biểu dương, khen thưởng.", [(COM, T, 36)]),
    case("com-ton-vinh", "Tôn vinh 10 mô hình dân vận khéo tiêu biểu tại Hội nghị.", [(COM, T, 10)]),
    case("com-trao-thuong", "Trao thưởng cho 8 mô hình xuất sắc.", [(COM, T, 8)]),
    case("com-giay-khen", "Ban Thường vụ Huyện ủy tặng giấy khen cho 15 mô hình.", [(COM, T, 15)]),
    case("com-bang-khen-mo-hinh", "Chủ tịch UBND tỉnh tặng Bằng khen cho 07 mô hình.", [(COM, T, 7)]),
    case("com-bieu-duong-qpan", "Biểu dương 05 mô hình trên lĩnh vực quốc phòng, an ninh.", [(COM, QP, 5)]),
    case("com-khen-then-reg", "Khen thưởng 12 mô hình; các xã tiếp tục xây dựng 30 mô hình mới.", [(COM, T, 12), (REG, T, 30)]),
]

# -------------------------------------------------------------- replicated
REPLICATED = [
    case("rep-nhan-rong", "Nhân rộng 35 mô hình hiệu quả ra các địa bàn.", [(REP, T, 35)]),
    case("rep-passive", "Đã có 17 mô hình được nhân rộng.", [(REP, T, 17)]),
    case("rep-nhan-rong-them", "Từ các mô hình điểm, huyện đã nhân rộng thêm 23 mô hình.", [(REP, T, 23)]),
    case("rep-kt", "Các xã tiếp tục nhân rộng 12 mô hình “Dân vận khéo” trên lĩnh vực kinh tế.", [(REP, KT, 12)]),
    case("rep-ra-dien-rong", "Từ 05 mô hình điểm, đã nhân rộng ra 40 mô hình ở các thôn.", [(REG, T, 5), (REP, T, 40)]),
]

# ---------------------------------------------------- collective/individual
KINDS = [
    case("kind-paren", "Toàn huyện đã xây dựng 55 mô hình (29 mô hình tập thể, 26 mô hình cá nhân).",
         [(REG, T, 55), (COL, T, 29), (IND, T, 26)]),
    case("kind-va", "Có 84 mô hình tập thể và 37 mô hình cá nhân.", [(COL, T, 84), (IND, T, 37)]),
    case("kind-trong-do", "Đăng ký 120 mô hình, trong đó 70 mô hình tập thể, 50 mô hình cá nhân.",
         [(REG, T, 120), (COL, T, 70), (IND, T, 50)]),
    case("kind-trong-do-comma", "Trong đó, 40 mô hình tập thể, 15 mô hình cá nhân.", [(COL, T, 40), (IND, T, 15)]),
    case("kind-short-paren", "Công nhận 30 mô hình (18 tập thể, 12 cá nhân).", [(REC, T, 30), (COL, T, 18), (IND, T, 12)]),
    case("kind-mo-hinh-ca-nhan-only", "Năm 2024 có 9 mô hình cá nhân.", [(IND, T, 9)]),
]

# ------------------------------------------------------------------ target
TARGET = [
    case("tgt-moi-xa-it-nhat", "Phấn đấu mỗi xã xây dựng ít nhất 01 mô hình.", [(TGT, T, 1)]),
    case("tgt-chi-bo-hang-nam", "Mỗi chi bộ hằng năm đăng ký ít nhất một mô hình.", [(TGT, T, 1)]),
    case("tgt-toan-tinh", "Phấn đấu đến năm 2025 toàn tỉnh có 2.000 mô hình.", [(TGT, T, 2000)]),
    case("tgt-toi-thieu", "Mỗi năm, mỗi xã xây dựng tối thiểu 02 mô hình.", [(TGT, T, 2)]),
    case("tgt-doan-the", "Mỗi đoàn thể hằng năm xây dựng ít nhất 01 mô hình Dân vận khéo.", [(TGT, T, 1)]),
    case("tgt-chi-tieu", "Kế hoạch đề ra chỉ tiêu xây dựng 50 mô hình trong năm 2024.", [(TGT, T, 50)]),
    case("tgt-100-pct", "Phấn đấu 100% xã, phường có ít nhất 01 mô hình.", [(TGT, T, 1)]),
    case("tgt-khu-dan-cu-qpan", "Mỗi khu dân cư xây dựng ít nhất 01 mô hình trên lĩnh vực quốc phòng, an ninh.", [(TGT, QP, 1)]),
    case("tgt-hang-nam-range", "Hằng năm, mỗi tổ chức cơ sở đảng xây dựng từ 01 đến 02 mô hình.", [(TGT, T, 1)]),
    case("tgt-chi-tieu-colon", "Chỉ tiêu năm 2025: mỗi cơ quan, đơn vị đăng ký 01 mô hình.", [(TGT, T, 1)]),
    case("tgt-hang-nam-dang-ky", "Các chi bộ hàng năm đăng ký 01 mô hình Dân vận khéo.", [(TGT, T, 1)]),
    case("tgt-phan-dau-moi-huyen", "Phấn đấu mỗi huyện có ít nhất 05 mô hình được công nhận cấp tỉnh.", [(TGT, T, 5)]),
    case("tgt-plan-vs-result", "Năm 2023, toàn huyện xây dựng 86 mô hình; năm 2024 phấn đấu xây dựng 100 mô hình.",
         [(REG, T, 86), (TGT, T, 100)]),
]

# ------------------------------------------------------- field in the clause
FIELD_CLAUSE = [
    case("fld-tren-qpan", "Trên lĩnh vực quốc phòng, an ninh, xây dựng 34 mô hình.", [(REG, QP, 34)]),
    case("fld-first-kt", "Lĩnh vực kinh tế có 45 mô hình.", [(REG, KT, 45)]),
    case("fld-number-first-kt", "45 mô hình thuộc lĩnh vực kinh tế.", [(REG, KT, 45)]),
    case("fld-colon-vhxh", "Lĩnh vực văn hóa - xã hội: 120 mô hình.", [(REG, VH, 120)]),
    case("fld-htct-after", "Xây dựng 60 mô hình trên lĩnh vực xây dựng hệ thống chính trị.", [(REG, CT, 60)]),
    case("fld-vhxh-co", "Trên lĩnh vực văn hóa - xã hội có 210 mô hình.", [(REG, VH, 210)]),
    case("fld-qp-dash-an", "Về quốc phòng - an ninh, có 27 mô hình bảo đảm trật tự ở khu dân cư.", [(REG, QP, 27)]),
    case("fld-xd-dang", "Lĩnh vực xây dựng Đảng và hệ thống chính trị có 19 mô hình.", [(REG, CT, 19)]),
    case("fld-qp-an-abbr", "Lĩnh vực QP-AN có 11 mô hình.", [(REG, QP, 11)]),
    case("fld-vh-xh-abbr", "Lĩnh vực VH-XH có 73 mô hình.", [(REG, VH, 73)]),
    case("fld-van-hoa-spelling", "Trên lĩnh vực văn hoá - xã hội, đăng ký 96 mô hình.", [(REG, VH, 96)]),
    case("fld-two-named-total", "Các địa phương xây dựng 210 mô hình trên các lĩnh vực kinh tế, văn hóa - xã hội.", [(REG, T, 210)]),
    case("fld-kt-xh-general", "Có 52 mô hình phát triển kinh tế - xã hội ở địa phương.", [(REG, T, 52)]),
    case("fld-la-pairs", "Lĩnh vực kinh tế là 95 mô hình, lĩnh vực văn hóa - xã hội là 130 mô hình.", [(REG, KT, 95), (REG, VH, 130)]),
    case("fld-co-pairs", "Lĩnh vực kinh tế có 45 mô hình, lĩnh vực văn hóa - xã hội có 60 mô hình.", [(REG, KT, 45), (REG, VH, 60)]),
    case("fld-four-list-comma",
         "Lĩnh vực kinh tế 66 mô hình, văn hóa - xã hội 413 mô hình, quốc phòng - an ninh 25 mô hình, xây dựng hệ thống chính trị 40 mô hình.",
         [(REG, KT, 66), (REG, VH, 413), (REG, QP, 25), (REG, CT, 40)]),
    case("fld-four-list-semicolon",
         "Kinh tế: 66 mô hình; văn hóa - xã hội: 413 mô hình; quốc phòng, an ninh: 52 mô hình; xây dựng hệ thống chính trị: 98 mô hình.",
         [(REG, KT, 66), (REG, VH, 413), (REG, QP, 52), (REG, CT, 98)]),
    case("fld-number-first-list", "Trong đó, 66 mô hình kinh tế, 413 mô hình văn hóa - xã hội.", [(REG, KT, 66), (REG, VH, 413)]),
    case("fld-commune-colon-items",
         "Xã Tân Hòa đăng ký 03 mô hình: 01 mô hình kinh tế, 01 mô hình văn hóa - xã hội, 01 mô hình quốc phòng, an ninh.",
         []),  # the commune's share, items included
    case("fld-an-ninh-trat-tu", "Toàn xã xây dựng 06 mô hình trên lĩnh vực an ninh, trật tự.", [(REG, QP, 6)]),
    case("fld-qpan-recognized", "Đã công nhận 14 mô hình thuộc lĩnh vực quốc phòng, an ninh.", [(REC, QP, 14)]),
    case("fld-kt-replicated", "Lĩnh vực kinh tế đã nhân rộng 21 mô hình.", [(REP, KT, 21)]),
    case("fld-htct-abbr", "Lĩnh vực xây dựng HTCT có 16 mô hình.", [(REG, CT, 16)]),
    case("fld-qpan-no-comma", "Các mô hình trên lĩnh vực quốc phòng và an ninh gồm 13 mô hình.", [(REG, QP, 13)]),
    case("fld-kt-typical", "Trong lĩnh vực phát triển kinh tế, chọn 07 mô hình tiêu biểu.", [(TYP, KT, 7)]),
]

# ------------------------------------------------------------- "all fields"
ALL = [
    case("all-tat-ca", "Đã xây dựng 356 mô hình trên tất cả các lĩnh vực.", [(REG, T, 356)]),
    case("all-moi-linh-vuc", "Các xã xây dựng được 356 mô hình trên mọi lĩnh vực đời sống xã hội.", [(REG, T, 356)]),
    case("all-ca-04", "Trên cả 04 lĩnh vực, toàn huyện có 356 mô hình.", [(REG, T, 356)]),
    case("all-khap", "Khắp các lĩnh vực đều có mô hình hay, toàn tỉnh có 2.410 mô hình.", [(REG, T, 2410)]),
    case("all-4-linh-vuc-named", "Toàn huyện có 120 mô hình trên 4 lĩnh vực: kinh tế, văn hóa - xã hội, quốc phòng, an ninh và xây dựng hệ thống chính trị.",
         [(REG, T, 120)]),
    case("all-under-kt-heading",
         "Năm 2024, công tác dân vận tiếp tục được quan tâm.\na) Lĩnh vực kinh tế\nTính chung trên tất cả các lĩnh vực, toàn huyện có 500 mô hình.",
         [(REG, T, 500)]),
]

# ------------------------------------------------------------------ heading
HEADING = [
    case("hd-qpan",
         "c) Trên lĩnh vực quốc phòng, an ninh\nCác xã đã xây dựng 27 mô hình giữ gìn trật tự ở khu dân cư.",
         [(REG, QP, 27)]),
    case("hd-kt", "2. Lĩnh vực kinh tế\nToàn huyện có 66 mô hình giúp nhau phát triển sản xuất.", [(REG, KT, 66)]),
    case("hd-vhxh-recog", "a) Lĩnh vực văn hóa - xã hội\nBan Chỉ đạo đã công nhận 48 mô hình.", [(REC, VH, 48)]),
    case("hd-override-by-clause",
         "a) Lĩnh vực kinh tế\nNgoài ra, có 12 mô hình thuộc lĩnh vực quốc phòng, an ninh.", [(REG, QP, 12)]),
    case("hd-not-field", "3. Kết quả thực hiện\nToàn huyện có 88 mô hình Dân vận khéo.", [(REG, T, 88)]),
    case("hd-reset",
         "a) Lĩnh vực kinh tế\nCác hợp tác xã có 20 mô hình.\nb) Kết quả chung\nTổng cộng toàn huyện có 150 mô hình.",
         [(REG, KT, 20), (REG, T, 150)]),
    case("hd-upper-htct",
         "Năm 2024, công tác dân vận tiếp tục được quan tâm.\nII. XÂY DỰNG HỆ THỐNG CHÍNH TRỊ\nCác chi bộ đăng ký 35 mô hình.",
         [(REG, CT, 35)]),
    case("hd-two-fields", "1. Lĩnh vực kinh tế, văn hóa - xã hội\nCó 70 mô hình được duy trì.", [(REG, T, 70)]),
    case("hd-two-paras",
         "b) Lĩnh vực văn hóa - xã hội\nCác trường học xây dựng 14 mô hình.\nCác đoàn thể xây dựng 30 mô hình.",
         [(REG, VH, 14), (REG, VH, 30)]),
    case("hd-numbered-deep", "2.3. Trên lĩnh vực xây dựng hệ thống chính trị\nĐã lựa chọn 05 mô hình điển hình.", [(TYP, CT, 5)]),
    case("hd-kt-commended", "b) Lĩnh vực kinh tế\nHuyện ủy biểu dương 09 mô hình.", [(COM, KT, 9)]),
    case("hd-kt-kinds",
         "a) Lĩnh vực kinh tế\nToàn huyện có 40 mô hình (25 mô hình tập thể, 15 mô hình cá nhân).",
         [(REG, KT, 40), (COL, KT, 25), (IND, KT, 15)]),
]

# ---------------------------------------------------------------- footnotes
FOOTNOTES = [
    case("fn-registered",
         "Toàn tỉnh đã đăng ký xây dựng 479 mô hình[^2].\n[^2]: Lĩnh vực kinh tế: 66 mô hình; văn hóa - xã hội: 413 mô hình.",
         [(REG, T, 479), (REG, KT, 66), (REG, VH, 413)]),
    case("fn-recognized",
         "Năm 2023, Ban Chỉ đạo công nhận 120 mô hình[^1].\n[^1]: Kinh tế: 50 mô hình; quốc phòng, an ninh: 70 mô hình.",
         [(REC, T, 120), (REC, KT, 50), (REC, QP, 70)]),
    case("fn-commended",
         "Đã biểu dương 30 mô hình[^3].\n[^3]: Lĩnh vực kinh tế: 12 mô hình; xây dựng hệ thống chính trị: 18 mô hình.",
         [(COM, T, 30), (COM, KT, 12), (COM, CT, 18)]),
    case("fn-replicated",
         "Các xã đã nhân rộng 45 mô hình[^1].\n[^1]: Văn hóa - xã hội: 30 mô hình; quốc phòng, an ninh: 15 mô hình.",
         [(REP, T, 45), (REP, VH, 30), (REP, QP, 15)]),
    case("fn-typical-comma-items",
         "Lựa chọn 19 mô hình điển hình[^1].\n[^1]: Kinh tế 7 mô hình, văn hóa - xã hội 12 mô hình.",
         [(TYP, T, 19), (TYP, KT, 7), (TYP, VH, 12)]),
    case("fn-four-fields",
         "Toàn tỉnh có 629 mô hình[^1].\n[^1]: Lĩnh vực kinh tế: 66 mô hình; văn hóa - xã hội: 413 mô hình; quốc phòng, an ninh: 52 mô hình; xây dựng hệ thống chính trị: 98 mô hình.",
         [(REG, T, 629), (REG, KT, 66), (REG, VH, 413), (REG, QP, 52), (REG, CT, 98)]),
    case("fn-mid-sentence",
         "Các cấp đã công nhận 85 mô hình[^4], biểu dương 20 mô hình.\n[^4]: Kinh tế: 40 mô hình; văn hóa - xã hội: 45 mô hình.",
         [(REC, T, 85), (COM, T, 20), (REC, KT, 40), (REC, VH, 45)]),
    case("fn-marker-on-second",
         "Đăng ký 150 mô hình, đã công nhận 120 mô hình[^1].\n[^1]: Kinh tế: 50 mô hình; văn hóa - xã hội: 70 mô hình.",
         [(REG, T, 150), (REC, T, 120), (REC, KT, 50), (REC, VH, 70)]),
    case("fn-doc-reference",
         "Thực hiện kế hoạch của Huyện ủy, các xã xây dựng 40 mô hình[^1].\n[^1]: Kế hoạch số 125-KH/HU ngày 10/3/2023 của Huyện ủy.",
         [(REG, T, 40)]),
    case("fn-quoted-names",
         "Tiêu biểu như các mô hình[^1].\n[^1]: Mô hình “Dân vận khéo trong xây dựng nông thôn mới”; mô hình “5 không, 3 sạch”.",
         []),
    case("fn-two-notes",
         "Đã xây dựng 100 mô hình[^1]; công nhận 60 mô hình[^2].\n[^1]: Kinh tế: 40 mô hình; văn hóa - xã hội: 60 mô hình.\n[^2]: Kinh tế: 25 mô hình; văn hóa - xã hội: 35 mô hình.",
         [(REG, T, 100), (REC, T, 60), (REG, KT, 40), (REG, VH, 60), (REC, KT, 25), (REC, VH, 35)]),
    case("fn-under-heading",
         "a) Lĩnh vực kinh tế\nCác xã công nhận 30 mô hình[^1].\n[^1]: Nông nghiệp: 20 mô hình; thương mại, dịch vụ: 10 mô hình.",
         [(REC, KT, 30), (REC, KT, 20), (REC, KT, 10)]),
]

# ----------------------------------------------------------- number shapes
NUMBERS = [
    case("num-thousands", "Toàn tỉnh có 2.145 mô hình.", [(REG, T, 2145)]),
    case("num-thousands-big", "Toàn thành phố có 12.450 mô hình Dân vận khéo.", [(REG, T, 12450)]),
    case("num-zero-padded", "Xã đăng ký 05 mô hình.", [(REG, T, 5)]),
    case("num-01", "Tổ dân phố số 3 đăng ký 01 mô hình.", [(REG, T, 1)]),
    case("num-word-mot", "Thôn Đông đăng ký một mô hình về vệ sinh môi trường.", [(REG, T, 1)]),
    case("num-word-hai", "Năm nay, xã xây dựng hai mô hình mới.", [(REG, T, 2)]),
    case("num-word-muoi-lam", "Toàn huyện có mười lăm mô hình.", [(REG, T, 15)]),
    case("num-word-ba", "Các chi hội ở thôn thực hiện ba mô hình.", [(REG, T, 3)]),
    case("num-hon", "Huyện có hơn 300 mô hình.", [(REG, T, 300)]),
    case("num-tren", "Toàn tỉnh có trên 1.200 mô hình.", [(REG, T, 1200)]),
    case("num-khoang", "Xây dựng khoảng 90 mô hình.", [(REG, T, 90)]),
    case("num-gan", "Toàn tỉnh có gần 500 mô hình.", [(REG, T, 500)]),
    case("num-ngot", "Các đoàn thể xây dựng ngót 200 mô hình.", [(REG, T, 200)]),
    case("num-range-tu-den", "Năm 2023, các chi bộ xây dựng từ 01 đến 02 mô hình.", [(REG, T, 1)]),
    case("num-range-dash", "Các xã đăng ký từ 3 - 5 mô hình.", [(REG, T, 3)]),
    case("num-co-toi", "Toàn tỉnh có tới 1.306 mô hình.", [(REG, T, 1306)]),
    case("num-hon-recog", "Hơn 1.000 mô hình đã được công nhận.", [(REC, T, 1000)]),
    case("num-tren-commended", "Khen thưởng trên 100 mô hình, điển hình.", [(COM, T, 100)]),
    case("num-word-collective", "Có hai mô hình tập thể.", [(COL, T, 2)]),
    case("num-hang-tram-then-exact", "Hàng trăm mô hình ra đời, trong đó 245 mô hình được công nhận.", [(REC, T, 245)]),
]

# --------------------------------------------------------------------- traps
TRAPS = [
    case("trap-year-sentence", "Năm 2023, công tác xây dựng mô hình được quan tâm.", []),
    case("trap-year-before-noun", "Năm 2024 mô hình Dân vận khéo tiếp tục phát huy hiệu quả.", []),
    case("trap-05-nam", "Sau 05 năm triển khai, phong trào xây dựng mô hình được nhân rộng.", []),
    case("trap-ratio-xa", "15/15 xã có mô hình Dân vận khéo.", []),
    case("trap-ratio-mo-hinh", "Có 3/5 mô hình đạt hiệu quả cao.", []),
    case("trap-percent", "100% xã, thị trấn có mô hình.", []),
    case("trap-percent-mo-hinh", "Tỷ lệ 85% mô hình hoạt động hiệu quả.", []),
    case("trap-tang-so-voi", "Số mô hình tăng 45 mô hình so với năm 2022.", []),
    case("trap-tang-only", "So với năm 2022, tăng 45 mô hình.", []),
    case("trap-tang-so-voi-cung-ky", "Tăng 12 mô hình so với cùng kỳ.", []),
    case("trap-giam", "Giảm 3 mô hình so với năm trước.", []),
    case("trap-nhieu-hon", "Nhiều hơn 20 mô hình so với năm 2022.", []),
    case("trap-total-then-increase", "Toàn tỉnh có 1.306 mô hình, tăng 276 mô hình so với năm 2022.", [(REG, T, 1306)]),
    case("trap-bang-khen", "Bằng khen cho 28 tập thể, 12 cá nhân có thành tích xuất sắc trong xây dựng mô hình.", []),
    case("trap-khen-thuong-tap-the", "Khen thưởng 28 tập thể, 12 cá nhân điển hình trong phong trào thi đua Dân vận khéo.", []),
    case("trap-quoted-3-cung", "Mô hình “3 cùng” được triển khai tại 12 xã.", []),
    case("trap-quoted-5-co", "Xây dựng mô hình “5 có, 3 sạch” tại các hộ gia đình.", []),
    case("trap-quoted-5-nha", "Duy trì mô hình “Tổ tự quản 5 nhà an toàn” ở khu dân cư.", []),
    case("trap-quoted-ascii", 'Nhân rộng mô hình "3 không" trong chăn nuôi.', []),
    case("trap-quoted-list", "Các mô hình: “Chi hội 3 không”, “Tổ 5 an toàn”.", []),
    case("trap-date-slash", "Ngày 15/3/2024, Ban Chỉ đạo họp đánh giá các mô hình.", []),
    case("trap-date-words", "Báo cáo số 125-BC/HU ngày 20 tháng 11 năm 2023 về mô hình Dân vận khéo.", []),
    case("trap-symbol", "Thực hiện Kết luận số 114-KL/TW về mô hình dân vận khéo.", []),
    case("trap-symbol-plan", "Kế hoạch 14-KH/HU ngày 05/01/2024 về xây dựng mô hình.", []),
    case("trap-chi-thi-05", "Chỉ thị 05 về học tập và làm theo tư tưởng Hồ Chí Minh gắn với mô hình Dân vận khéo.", []),
    case("trap-hang-tram", "Hàng trăm mô hình Dân vận khéo ra đời.", []),
    case("trap-hang-chuc", "Hàng chục mô hình được nhân rộng.", []),
    case("trap-hang-nghin", "Hàng nghìn mô hình được xây dựng ở khắp các địa bàn.", []),
    case("trap-vai-chuc", "Vài chục mô hình còn hoạt động hình thức.", []),
    case("trap-nhieu", "Có nhiều mô hình hay, cách làm sáng tạo.", []),
    case("trap-chua-co", "Chưa có mô hình nào được công nhận.", []),
    case("trap-khong-co", "Không có mô hình đăng ký mới trong năm.", []),
    case("trap-giai-doan", "Giai đoạn 2021 - 2025, tiếp tục xây dựng mô hình.", []),
    case("trap-mot-so", "Một số mô hình còn mang tính hình thức.", []),
    case("trap-households", "Có 45 hộ tham gia mô hình.", []),
    case("trap-members", "Mô hình thu hút 120 hội viên tham gia.", []),
    case("trap-conferences", "Tổ chức 03 hội nghị sơ kết mô hình.", []),
    case("trap-lan-thu", "Lần thứ 2 tổ chức biểu dương mô hình.", []),
    case("trap-covid", "Trong đại dịch Covid-19 mô hình hỗ trợ người dân được triển khai.", []),
    case("trap-money", "Các mô hình huy động được 2,5 tỷ đồng.", []),
    case("trap-money-before-noun", "Hỗ trợ 50 triệu đồng cho mô hình sinh kế.", []),
    case("trap-ward-number", "Phường 5 đăng ký mô hình “Khu phố văn minh”.", []),
    case("trap-heading-number", "Năm 2024, công tác dân vận tiếp tục được quan tâm.\n2. Mô hình “Dân vận khéo”\nCác mô hình được duy trì.", []),
    case("trap-trung-uong-4", "Gắn với thực hiện Nghị quyết Trung ương 4 và mô hình Dân vận khéo.", []),
    case("trap-km", "Làm 3 km đường giao thông từ mô hình.", []),
    case("trap-no-number-negative", "Không xây dựng mô hình mới, không công nhận mô hình nào.", []),
    case("trap-quarter", "Quý 3 mô hình được sơ kết.", []),
    case("trap-age", "Mô hình của cụ Nguyễn Văn A, 85 tuổi, được biểu dương.", []),
]

# ------------------------------------------------------ provinces and clerks
STYLES = [
    case("style-tinh-summary",
         "Năm 2023, toàn tỉnh có 3.452 mô hình “Dân vận khéo” được đăng ký, trong đó 1.208 mô hình được công nhận cấp huyện.",
         [(REG, T, 3452), (REC, T, 1208)]),
    case("style-huyen-kinds",
         "Ban Thường vụ Huyện ủy đã công nhận 38 mô hình (21 mô hình tập thể, 17 mô hình cá nhân) đạt danh hiệu Dân vận khéo.",
         [(REC, T, 38), (COL, T, 21), (IND, T, 17)]),
    case("style-xa-short", "Đảng ủy xã chỉ đạo các chi bộ đăng ký 09 mô hình, đến nay đã có 07 mô hình được công nhận.",
         [(REG, T, 9), (REC, T, 7)]),
    case("style-mttq", "Ủy ban MTTQ Việt Nam thị xã phối hợp xây dựng 14 mô hình về an ninh, trật tự.", []),
    case("style-cong-an", "Công an tỉnh chỉ đạo triển khai 215 mô hình trên lĩnh vực quốc phòng, an ninh.", []),
    case("style-quan-su", "Ban Chỉ huy quân sự huyện duy trì 05 mô hình dân vận khéo gắn với xây dựng nền quốc phòng toàn dân.",
         [(REG, T, 5)]),
    case("style-hoi-nd-kt", "Hội Nông dân tỉnh xây dựng 320 mô hình phát triển kinh tế, giúp nhau giảm nghèo.", []),
    case("style-phu-nu-vhxh", "Hội LHPN huyện thực hiện 27 mô hình văn hóa - xã hội ở cơ sở.", []),
    case("style-doan-tn", "Các chi đoàn đăng ký 46 mô hình, trong đó có 12 mô hình tiêu biểu.", [(REG, T, 46), (TYP, T, 12)]),
    case("style-semicolon-chain",
         "Năm 2024, đăng ký 210 mô hình; công nhận 180 mô hình; biểu dương 25 mô hình tiêu biểu; nhân rộng 15 mô hình.",
         [(REG, T, 210), (REC, T, 180), (TYP, T, 25), (REP, T, 15)]),
    case("style-upper-first-line",
         "BÁO CÁO\nKết quả phong trào thi đua “Dân vận khéo” năm 2024\nToàn huyện đã xây dựng 142 mô hình, công nhận 96 mô hình.",
         [(REG, T, 142), (REC, T, 96)]),
    case("style-hoa-binh-so-lieu", "Qua 5 năm, các cấp đã xây dựng 4.125 mô hình, nhân rộng 1.032 mô hình.", [(REG, T, 4125), (REP, T, 1032)]),
    case("style-tp-hcm", "Thành phố có 9.386 mô hình, trong đó cấp thành phố công nhận 120 mô hình.", [(REG, T, 9386), (REC, T, 120)]),
    case("style-dan-toc", "Ở vùng đồng bào dân tộc thiểu số, các bản xây dựng được 18 mô hình kinh tế.", [(REG, KT, 18)]),
    case("style-ngoai-ra", "Ngoài ra, các cơ quan khối Đảng triển khai 08 mô hình trong cải cách hành chính.", [(REG, T, 8)]),
]

# -------------------------------------------------- splits, lists, breakdowns
SPLITS = [
    case("split-levels-paren", "Các cấp đã xét công nhận 1.206 mô hình (cấp tỉnh 96, cấp huyện 341, cấp xã 769).",
         [(REC, T, 1206), (REC, T, 96), (REC, T, 341), (REC, T, 769)]),
    case("split-fields-paren", "Ban Thường vụ lựa chọn 15 mô hình điển hình (kinh tế 5, văn hóa - xã hội 4, quốc phòng - an ninh 3, xây dựng hệ thống chính trị 3).",
         [(TYP, T, 15), (TYP, KT, 5), (TYP, VH, 4), (TYP, QP, 3), (TYP, CT, 3)]),
    case("split-lead-in-colon", "Kết quả đánh giá, công nhận năm 2024: cấp tỉnh 38 mô hình, cấp huyện 275 mô hình, cấp xã 604 mô hình.",
         [(REC, T, 38), (REC, T, 275), (REC, T, 604)]),
    case("split-ellipsis-semicolons", "Cấp tỉnh xét công nhận 58 mô hình; cấp huyện 263 mô hình; cấp xã 790 mô hình.",
         [(REC, T, 58), (REC, T, 263), (REC, T, 790)]),
    case("split-after-kinds", "Toàn huyện xây dựng 328 mô hình (281 tập thể, 47 cá nhân), trong đó 121 mô hình về phát triển kinh tế, 133 mô hình văn hóa - xã hội.",
         [(REG, T, 328), (COL, T, 281), (IND, T, 47), (REG, KT, 121), (REG, VH, 133)]),
    case("split-passive-aside", "Toàn thành phố xây dựng 87 mô hình, trong đó 31 mô hình được Ban Thường vụ Thành ủy công nhận, 06 mô hình được Ban Dân vận Tỉnh ủy (nay là Ban Tuyên giáo và Dân vận Tỉnh ủy) lựa chọn biểu dương.",
         [(REG, T, 87), (REC, T, 31), (COM, T, 6)]),
    case("split-footnote-bare-fields", "Các cơ quan đã triển khai 237 mô hình[^1].\n[^1]: Theo lĩnh vực: kinh tế 63, văn hóa - xã hội 92, quốc phòng - an ninh 40, xây dựng chính quyền 42.",
         [(REG, T, 237), (REG, KT, 63), (REG, VH, 92), (REG, QP, 40), (REG, CT, 42)]),
    case("split-breakdown-adds-up", "Ban Thường vụ lựa chọn 30 mô hình điển hình.\n1. Lĩnh vực kinh tế (09 mô hình)\n2. Lĩnh vực văn hóa - xã hội (10 mô hình)\n3. Lĩnh vực quốc phòng, an ninh (05 mô hình)\n4. Lĩnh vực xây dựng hệ thống chính trị (06 mô hình)",
         [(TYP, T, 30), (TYP, KT, 9), (TYP, VH, 10), (TYP, QP, 5), (TYP, CT, 6)]),
    case("split-units-enumerated-not-counts", "Các địa phương có nhiều mô hình là huyện Cao Lộc 131 mô hình, thành phố Lạng Sơn 115 mô hình, huyện Văn Quan 97 mô hình.", []),
    case("kind-do-tap-the", "Trong tổng số 87 mô hình có 71 mô hình do tập thể thực hiện, còn lại 14 mô hình của cá nhân.",
         [(REG, T, 87), (COL, T, 71), (IND, T, 14)]),
    case("kind-la-after-noun", "Xét theo chủ thể, mô hình do tập thể thực hiện là 936, do cá nhân thực hiện là 88.",
         [(COL, T, 936), (IND, T, 88)]),
    case("kind-before-number", "Toàn xã có 21 mô hình (tập thể 17, cá nhân 4).", [(REG, T, 21), (COL, T, 17), (IND, T, 4)]),
    case("total-raised-to", "Qua 05 năm, nâng tổng số mô hình “Dân vận khéo” trên địa bàn huyện lên 245.", [(REG, T, 245)]),
    case("ratio-with-verb", "Có 27/31 mô hình được Ban Thường vụ Thị ủy công nhận.", [(REC, T, 27)]),
    case("recognized-by-evaluation", "Số mô hình được đánh giá đạt hiệu quả là 88.", [(REC, T, 88)]),
    case("target-not-fewer", "Phấn đấu đến năm 2025, toàn huyện có không ít hơn 90 mô hình đăng ký.", [(TGT, T, 90)]),
    case("trap-removed", "Qua rà soát, đã đưa ra khỏi danh sách 11 mô hình hoạt động kém hiệu quả.", []),
    case("list-bare-after-semicolon", "Cụ thể: lĩnh vực kinh tế có 598 mô hình; văn hóa - xã hội 873; quốc phòng, an ninh 312.",
         [(REG, KT, 598), (REG, VH, 873), (REG, QP, 312)]),
    case("trap-bare-number-then-noun", "Đã xây dựng 40 mô hình[^1].\n[^1]: Chủ yếu là cán bộ văn hóa - xã hội ở 07 xã vùng cao.", [(REG, T, 40)]),
    case("trap-average", "Trong 05 năm, toàn thị xã đăng ký 418 mô hình, bình quân mỗi năm khoảng 84 mô hình.", [(REG, T, 418)]),
    case("trap-comparison-after-comma", "Năm 2023, toàn huyện đăng ký 89 mô hình, so với năm 2022 tăng 14 mô hình.", [(REG, T, 89)]),
]

ALL_CASES = (REGISTERED + RECOGNIZED + TYPICAL + COMMENDED + REPLICATED + KINDS + TARGET + FIELD_CLAUSE + ALL
             + HEADING + FOOTNOTES + NUMBERS + TRAPS + STYLES + SPLITS)


def test_suite_size():
    assert len(ALL_CASES) >= 150
    assert len({p.id for p in ALL_CASES}) == len(ALL_CASES)


@pytest.mark.parametrize("text, expected", ALL_CASES)
def test_phrasing(text, expected):
    assert counts(text) == expected
