#!/usr/bin/env python3
"""Build the six PDF documents of the blind2 set (invented reports, see README.md).

usage: .venv/bin/python corpus/blind2/make_pdfs.py [--out DIR]

Layout (born-digital, Decree 30/2020 look): A4, margins 20/15/20/30 mm (top/right/bottom/left),
DejaVu Serif, body 13-14 pt justified with a first-line indent, two-column letterhead
without borders (issuer and "Số ..." left, national motto and italic place-date right),
bold centred title block, running page numbers centred at the top from page 2, real
footnotes (superscript marker glued to the word, note at the foot of the same page under
a 50 mm rule, 10.5 pt), "Nơi nhận:" in small type on the left beside the signature block.

Body markup: one paragraph per line; "# " = bold heading; "[^text]" = footnote.
Output is deterministic (reportlab invariant mode).
"""
import argparse
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {"r": "DejaVuSerif", "b": "DejaVuSerif-Bold", "i": "DejaVuSerif-Italic", "bi": "DejaVuSerif-BoldItalic"}
for name in FONTS.values():
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT
FN_SIZE, FN_LEAD = 10.5, 12.6
FN = re.compile(r"\[\^(.*?)\]")


def sw(text, style, size):
    return pdfmetrics.stringWidth(text, FONTS[style], size)


# ----------------------------------------------------------------------------------------
# Paragraph model: a list of words; a word is a list of (text, style, size, rise) segments.
# ----------------------------------------------------------------------------------------
def words_of(text, style, size, notes, start_no):
    """Split text into words; footnote markers become superscript segments glued to the
    preceding word. Returns (words, next_note_no)."""
    out, no = [], start_no
    pos = 0
    pieces = []
    for m in FN.finditer(text):
        pieces.append(("t", text[pos:m.start()]))
        pieces.append(("n", m.group(1).strip()))
        pos = m.end()
    pieces.append(("t", text[pos:]))
    for kind, val in pieces:
        if kind == "n":
            notes.append((no, val))
            seg = (str(no), style, size * 0.62, size * 0.36)
            if out:
                out[-1].append(seg)
            else:
                out.append([seg])
            no += 1
            continue
        if not val:
            continue
        lead_space = val[0] == " "
        toks = val.split(" ")
        for k, t in enumerate(toks):
            if not t:
                continue
            if k == 0 and not lead_space and out and pieces and out[-1] and out[-1][-1][3] > 0:
                # text directly after a marker without a space: glue (e.g. "hội²:")
                out[-1].append((t, style, size, 0))
            else:
                out.append([(t, style, size, 0)])
    return out, no


def word_w(word):
    return sum(sw(t, st, sz) for t, st, sz, _ in word)


def break_lines(words, width, indent=0.0):
    lines, cur, cur_w = [], [], 0.0
    avail = width - indent
    for w in words:
        ww = word_w(w)
        space = sw(" ", w[0][1], w[0][2])
        if cur and cur_w + space + ww > avail:
            lines.append((cur, avail))
            cur, cur_w, avail = [w], ww, width
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append((cur, avail))
    return lines


class Writer:
    def __init__(self, path, meta):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(meta["title_meta"])
        self.c.setAuthor(meta["issuer_meta"])
        self.c.setCreator("corpus/blind2/make_pdfs.py")
        self.size = meta.get("size", 14)
        self.lead = self.size * 1.3
        self.page = 1
        self.y = PAGE_H - TOP
        self.page_notes = []      # (no, text) on this page
        self.note_no = 1

    # ---- footnotes -------------------------------------------------------------------
    def note_lines(self, no, text):
        words = [[(str(no), "r", FN_SIZE * 0.62, FN_SIZE * 0.36), (" ", "r", FN_SIZE, 0)]]
        for t in text.split(" "):
            if t:
                words.append([(t, "r", FN_SIZE, 0)])
        # glue the first word to the number
        words = [words[0] + words[1]] + words[2:]
        return break_lines(words, TEXT_W)

    def notes_height(self, notes):
        if not notes:
            return 0.0
        n = sum(len(self.note_lines(no, t)) for no, t in notes)
        return 10 + n * FN_LEAD

    def flush_notes(self):
        if not self.page_notes:
            return
        h = self.notes_height(self.page_notes)
        y = BOTTOM + h
        c = self.c
        c.setLineWidth(0.5)
        c.line(LEFT, y - 2, LEFT + 50 * mm, y - 2)
        y -= 10 + FN_SIZE * 0.3
        for no, t in self.page_notes:
            lines = self.note_lines(no, t)
            for k, (ws, avail) in enumerate(lines):
                self.draw_line(ws, LEFT, y, TEXT_W, justify=k < len(lines) - 1)
                y -= FN_LEAD
        self.page_notes = []

    # ---- pages -----------------------------------------------------------------------
    def new_page(self):
        self.flush_notes()
        self.c.showPage()
        self.page += 1
        self.c.setFont(FONTS["r"], 13)
        self.c.drawCentredString(LEFT + TEXT_W / 2, PAGE_H - 12 * mm, str(self.page))
        self.y = PAGE_H - TOP - 4

    def room(self, h, extra_notes=()):
        need_notes = self.notes_height(self.page_notes + list(extra_notes))
        return self.y - h >= BOTTOM + need_notes

    # ---- drawing ---------------------------------------------------------------------
    def draw_line(self, words, x, y, avail, justify):
        c = self.c
        widths = [word_w(w) for w in words]
        spaces = [sw(" ", w[0][1], w[0][2]) for w in words[1:]]
        gap_extra = 0.0
        if justify and len(words) > 1:
            gap_extra = (avail - sum(widths) - sum(spaces)) / (len(words) - 1)
        for i, w in enumerate(words):
            xx = x
            for t, st, sz, rise in w:
                c.setFont(FONTS[st], sz)
                c.drawString(xx, y + rise, t)
                xx += sw(t, st, sz)
            if i < len(spaces):
                x += widths[i] + spaces[i] + gap_extra

    def paragraph(self, text, style="r", indent=10 * mm, align="justify", size=None, space_after=3):
        size = size or self.size
        lead = size * 1.3
        notes = []
        words, nxt = words_of(text, style, size, notes, self.note_no)
        self.note_no = nxt
        lines = break_lines(words, TEXT_W, indent if align == "justify" else 0)
        for k, (ws, avail) in enumerate(lines):
            in_line = []
            for w in ws:
                for t, st, sz, rise in w:
                    if rise > 0:
                        in_line.extend(n for n in notes if str(n[0]) == t)
            if not self.room(lead, in_line):
                self.new_page()
            self.y -= lead
            if align == "center":
                self.draw_line(ws, LEFT + (TEXT_W - sum(word_w(w) for w in ws)
                                          - sum(sw(" ", w[0][1], w[0][2]) for w in ws[1:])) / 2,
                               self.y + lead * 0.22, TEXT_W, False)
            else:
                x = LEFT + (TEXT_W - avail)
                self.draw_line(ws, x, self.y + lead * 0.22, avail, justify=k < len(lines) - 1)
            self.page_notes.extend(in_line)
        self.y -= space_after

    def letterhead(self, rows, left_w=75 * mm):
        """rows: list of (left, right); each item None or (text, style, size, underline)."""
        c = self.c
        lx = LEFT - 8 * mm + left_w / 2
        rx = LEFT - 8 * mm + left_w + (TEXT_W + 8 * mm - left_w) / 2
        y = self.y
        for left, right in rows:
            y -= 17
            for item, cx, maxw in ((left, lx, left_w), (right, rx, TEXT_W + 8 * mm - left_w)):
                if not item:
                    continue
                t, st, sz, ul = item
                while sw(t, st, sz) > maxw - 4 and sz > 9:
                    sz -= 0.5
                c.setFont(FONTS[st], sz)
                c.drawCentredString(cx, y, t)
                if ul:
                    w = sw(t, st, sz) * (0.35 if ul == "short" else 1.0)
                    c.setLineWidth(0.6)
                    c.line(cx - w / 2, y - 3, cx + w / 2, y - 3)
        self.y = y - 16

    def closing(self, recipients, sign):
        """Nơi nhận (left, small) beside the signature block (right)."""
        h_left = 14 + 12.5 * len(recipients)
        h_right = 17 * (len(sign) - 1) + 70
        h = max(h_left, h_right) + 10
        if not self.room(h):
            self.new_page()
        c = self.c
        y0 = self.y - 8
        y = y0 - 12
        c.setFont(FONTS["bi"], 12)
        c.drawString(LEFT, y, "Nơi nhận:")
        c.setFont(FONTS["r"], 11)
        for r in recipients:
            y -= 12.5
            c.drawString(LEFT, y, r)
        cx = LEFT + TEXT_W * 0.70
        y = y0 - 12
        for k, (t, st, sz) in enumerate(sign):
            if k == len(sign) - 1:
                y -= 60
            else:
                y -= 0 if k == 0 else 17
            c.setFont(FONTS[st], sz)
            c.drawCentredString(cx, y, t)
        self.y = min(y, y0 - h_left) - 10

    def save(self):
        self.flush_notes()
        self.c.showPage()
        self.c.save()


def build(doc, out_dir):
    path = out_dir / f"{doc['stem']}.pdf"
    w = Writer(path, doc)
    w.letterhead(doc["letterhead"])
    for k, t in enumerate(doc["title"]):
        w.paragraph(t, style="b", align="center", size=14 if k == 0 else 13, space_after=0)
    w.paragraph("-----", style="r", align="center", size=12, space_after=6)
    for line in doc["body"].strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("# "):
            w.paragraph(line[2:], style="b", indent=10 * mm, space_after=2)
        else:
            w.paragraph(line)
    w.closing(doc["recipients"], doc["sign"])
    w.save()
    return path, w.page


# ----------------------------------------------------------------------------------------
# The documents. Everything below is invented; see README.md.
# ----------------------------------------------------------------------------------------
def party(issuer_lines, symbol, place_date):
    rows = []
    left = [(issuer_lines[0], "r", 13, False)] + [(l, "b", 13, False) for l in issuer_lines[1:]] \
        + [("*", "r", 13, False), (symbol, "r", 13, False)]
    right = [("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13.5, True)] + [None] * (len(left) - 2) \
        + [(place_date, "i", 13, False)]
    for k in range(len(left)):
        rows.append((left[k], right[k] if k < len(right) else None))
    return rows


def state(issuer_lines, symbol, place_date):
    left = [(l, "b", 12.5, "short" if k == len(issuer_lines) - 1 else False)
            for k, l in enumerate(issuer_lines)] + [(symbol, "r", 13, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b", 12, False),
             ("Độc lập - Tự do - Hạnh phúc", "b", 13, True)]
    while len(right) < len(left) - 1:
        right.append(None)
    right.append((place_date, "i", 13, False))
    return list(zip(left, right))


DOCS = []

DOCS.append(dict(
    stem="langson_bandanvan_tinhuy_baocao_2024",
    title_meta="Báo cáo kết quả phong trào thi đua Dân vận khéo năm 2024",
    issuer_meta="Ban Dân vận Tỉnh ủy Lạng Sơn",
    size=14,
    letterhead=[(("TỈNH ỦY LẠNG SƠN", "r", 13, False), ("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13.5, True)),
                (("BAN DÂN VẬN", "b", 13, False), None),
                (("*", "r", 13, False), None),
                (("Số 142-BC/BDVTU", "r", 13, False), ("Lạng Sơn, ngày 12 tháng 12 năm 2024", "i", 13, False))],
    title=["BÁO CÁO", "kết quả thực hiện phong trào thi đua “Dân vận khéo”", "năm 2024"],
    body="""
Thực hiện Kế hoạch số 165-KH/BDVTU ngày 19/01/2024 của Ban Dân vận Tỉnh ủy về thực hiện phong trào thi đua “Dân vận khéo” năm 2024, trên cơ sở báo cáo của ban dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc, Ban Dân vận Tỉnh ủy báo cáo kết quả như sau:
# I. CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN
Tiếp tục thực hiện Chỉ thị số 31-CT/TU ngày 15/10/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của cấp ủy đối với phong trào thi đua “Dân vận khéo” và Hướng dẫn số 03-HD/BDVTU ngày 05/3/2021 của Ban Dân vận Tỉnh ủy, 11/11 huyện ủy, thành ủy đã ban hành kế hoạch thực hiện năm 2024; tổ chức 45 hội nghị quán triệt, tập huấn cho cán bộ làm công tác dân vận ở cơ sở.
Công tác tuyên truyền được đẩy mạnh: Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh đăng, phát 326 tin, bài, phóng sự; Trang thông tin điện tử của Ban Dân vận Tỉnh ủy đăng 118 tin, bài giới thiệu các mô hình, gương điển hình.
# II. KẾT QUẢ XÂY DỰNG MÔ HÌNH
Năm 2024, toàn tỉnh đăng ký xây dựng 1.027 mô hình “Dân vận khéo”[^Lĩnh vực kinh tế: 312 mô hình; văn hóa - xã hội: 405 mô hình; quốc phòng - an ninh: 168 mô hình; xây dựng hệ thống chính trị: 142 mô hình.] (965 tập thể, 62 cá nhân), tăng 84 mô hình so với năm 2023. Các địa phương có nhiều mô hình là huyện Cao Lộc 131 mô hình, thành phố Lạng Sơn 115 mô hình, huyện Văn Quan 97 mô hình.
Riêng lĩnh vực kinh tế, các địa phương đăng ký 321 mô hình, tập trung vận động Nhân dân phát triển cây hồi, quế, thạch đen, na, chăn nuôi hàng hóa, liên kết tiêu thụ nông sản qua cửa khẩu; nhiều hộ đồng bào dân tộc thiểu số đã thoát nghèo từ các mô hình này.
Trên lĩnh vực văn hóa - xã hội, các mô hình “Bản văn hóa không có người nghiện”, “Thôn 4 không”, “Chi hội phụ nữ giúp nhau giữ gìn trang phục truyền thống” được duy trì, góp phần xây dựng đời sống văn hóa ở khu dân cư.
Trên lĩnh vực quốc phòng - an ninh, các mô hình gắn với khu vực biên giới như “Tổ tự quản đường biên, cột mốc”, “Mỗi đồn biên phòng 1 mô hình giúp dân” phát huy hiệu quả, Nhân dân tích cực tham gia bảo vệ chủ quyền, an ninh biên giới.
Trên lĩnh vực xây dựng hệ thống chính trị, các mô hình cải cách hành chính, “Bí thư chi bộ gặp dân”, “Cán bộ xã nói tiếng đồng bào” tiếp tục được nhân rộng ở các xã vùng cao.
# III. ĐÁNH GIÁ, CÔNG NHẬN, BIỂU DƯƠNG
Kết quả đánh giá, công nhận năm 2024: cấp tỉnh 38 mô hình, cấp huyện 275 mô hình, cấp xã 604 mô hình[^Theo Thông báo số 1240-TB/TU ngày 11/10/2024 của Ban Thường vụ Tỉnh ủy về kết quả thẩm định mô hình “Dân vận khéo” cấp tỉnh năm 2024.]. Ban Dân vận Tỉnh ủy đã biểu dương 25 mô hình tiêu biểu tại Hội nghị kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng; đề nghị Ban Dân vận Trung ương tặng Bằng khen cho 02 tập thể, 01 cá nhân.
# IV. HẠN CHẾ VÀ NHIỆM VỤ NĂM 2025
Số liệu đăng ký mô hình giữa một số huyện và các ban, ngành chưa khớp; một số mô hình được đăng ký lại nhiều năm, chưa có kết quả cụ thể. Năm 2025, Ban Dân vận Tỉnh ủy tiếp tục hướng dẫn rà soát, chuẩn hóa số liệu; phấn đấu mỗi thôn, khối phố có ít nhất 01 mô hình “Dân vận khéo”.
""",
    recipients=["- Ban Dân vận Trung ương (b/c),", "- Thường trực Tỉnh ủy (b/c),",
                "- Ban dân vận các huyện ủy, thành ủy,", "- Lưu VT."],
    sign=[("K/T TRƯỞNG BAN", "b", 13.5), ("PHÓ TRƯỞNG BAN", "b", 13.5), ("Lộc Thị Mai", "b", 13.5)],
))

DOCS.append(dict(
    stem="khanhhoa_camranh_thanhuy_baocao_2025",
    title_meta="Báo cáo tổng kết 05 năm phong trào thi đua Dân vận khéo 2021-2025",
    issuer_meta="Ban Thường vụ Thành ủy Cam Ranh",
    size=13.5,
    letterhead=party(["ĐẢNG BỘ TỈNH KHÁNH HÒA", "THÀNH ỦY CAM RANH"], "Số 298-BC/TU",
                     "Cam Ranh, ngày 22 tháng 4 năm 2025"),
    title=["BÁO CÁO", "tổng kết 05 năm thực hiện phong trào thi đua “Dân vận khéo”",
           "giai đoạn 2021 - 2025"],
    body="""
Thực hiện Kế hoạch số 320-KH/TU ngày 28/3/2025 của Ban Thường vụ Tỉnh ủy Khánh Hòa về tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025, Ban Thường vụ Thành ủy Cam Ranh báo cáo kết quả như sau:
# I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Ban Thường vụ Thành ủy ban hành Kế hoạch số 79-KH/TU ngày 06/5/2021 về thực hiện phong trào giai đoạn 2021 - 2025; sau khi có Chỉ thị số 08-CT/TU ngày 21/10/2021 của Ban Thường vụ Tỉnh ủy, Thành ủy ban hành Công văn số 1567-CV/TU ngày 12/11/2021 chỉ đạo các cấp ủy cụ thể hóa. 15/15 đảng ủy xã, phường đã xây dựng kế hoạch, đăng ký mô hình hằng năm.
Trong 05 năm, các cơ quan báo chí, Trung tâm Văn hóa - Thông tin và Thể thao thành phố đăng, phát 742 tin, bài và 38 phóng sự; thành phố tổ chức 02 hội thi “Dân vận khéo” cấp thành phố, thu hút đông đảo cán bộ, hội viên tham gia.
# II. KẾT QUẢ XÂY DỰNG MÔ HÌNH
Trong 05 năm, các cơ quan, đơn vị, địa phương đã xây dựng 684 mô hình “Dân vận khéo”, trong đó: lĩnh vực kinh tế 176 mô hình, văn hóa - xã hội 259 mô hình, quốc phòng - an ninh 131 mô hình, xây dựng hệ thống chính trị 109 mô hình[^Tiêu biểu: “Ngư dân bám biển, giữ chủ quyền” của Hội Nghề cá thành phố; “Mỗi tuần 1 ngày xanh” của Đoàn Thanh niên phường Cam Lợi; “Xóm trọ 3 an” ở phường Cam Nghĩa.]. Các xã, phường có nhiều mô hình là phường Cam Nghĩa 58 mô hình, phường Ba Ngòi 52 mô hình, xã Cam Thịnh Đông 47 mô hình.
Các mô hình trên lĩnh vực kinh tế gắn với phát triển nuôi trồng thủy sản, trồng xoài, dịch vụ du lịch biển; mô hình vận động Nhân dân bàn giao mặt bằng đã giúp 312 hộ dân đồng thuận nhận bồi thường, bàn giao đất cho dự án đường ven biển. Trên lĩnh vực văn hóa - xã hội, Mặt trận và các đoàn thể vận động xây dựng 39 căn nhà đại đoàn kết cho hộ nghèo.
# III. CÔNG NHẬN, NHÂN RỘNG, KHEN THƯỞNG
Ban Thường vụ Thành ủy đã xét, công nhận 152 mô hình “Dân vận khéo” cấp thành phố; Đảng ủy các xã, phường công nhận 389 mô hình cấp cơ sở; nhân rộng 46 mô hình ra các địa bàn khác[^Như mô hình “Ngư dân bám biển, giữ chủ quyền” được nhân rộng tại 6/6 xã, phường ven biển.]. Tại Hội nghị tổng kết, Ban Thường vụ Thành ủy tặng Giấy khen cho 20 mô hình xuất sắc và khen thưởng 30 tập thể, 15 cá nhân tiêu biểu trong phong trào.
# IV. HẠN CHẾ, NGUYÊN NHÂN
Chất lượng mô hình chưa đồng đều; việc thống kê, phân loại mô hình theo lĩnh vực ở một số cơ sở chưa chính xác; một số mô hình sau khi công nhận không được duy trì.
# V. PHƯƠNG HƯỚNG GIAI ĐOẠN 2025 - 2030
Tiếp tục đổi mới nội dung, phương thức công tác dân vận; mỗi năm, mỗi cơ quan, đơn vị, địa phương có ít nhất 01 mô hình mới; chú trọng mô hình vận động ngư dân, phát triển kinh tế biển gắn với bảo vệ chủ quyền.
""",
    recipients=["- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
                "- Các đồng chí Thành ủy viên,", "- Các đảng bộ, chi bộ trực thuộc,",
                "- Lưu Văn phòng Thành ủy."],
    sign=[("T/M BAN THƯỜNG VỤ", "b", 13.5), ("PHÓ BÍ THƯ", "b", 13.5), ("Nguyễn Khắc Duy", "b", 13.5)],
))

DOCS.append(dict(
    stem="hanam_lynhan_ubnd_baocao_2024",
    title_meta="Báo cáo sơ kết 03 năm phong trào thi đua Dân vận khéo trong cơ quan hành chính nhà nước",
    issuer_meta="UBND huyện Lý Nhân",
    size=13,
    letterhead=state(["ỦY BAN NHÂN DÂN", "HUYỆN LÝ NHÂN"], "Số: 96/BC-UBND",
                     "Lý Nhân, ngày 10 tháng 4 năm 2024"),
    title=["BÁO CÁO", "Sơ kết 03 năm thực hiện phong trào thi đua “Dân vận khéo”",
           "trong các cơ quan hành chính nhà nước", "giai đoạn 2021 - 2023"],
    body="""
Thực hiện Kế hoạch số 2095/KH-UBND ngày 25/6/2020 của UBND tỉnh Hà Nam về phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước giai đoạn 2020 - 2025 và Công văn số 412/SNV-XDCQ ngày 07/3/2024 của Sở Nội vụ về việc sơ kết, UBND huyện Lý Nhân báo cáo như sau:
# I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI
UBND huyện ban hành Kế hoạch số 58/KH-UBND ngày 12/3/2021 về thực hiện phong trào giai đoạn 2021 - 2025 và kế hoạch hằng năm; quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư đến toàn thể cán bộ, công chức, viên chức. Trong 03 năm, Chủ tịch UBND huyện và UBND các xã, thị trấn tổ chức 18 hội nghị đối thoại với Nhân dân.
# II. KẾT QUẢ THỰC HIỆN
Giai đoạn 2021 - 2023, các cơ quan chuyên môn và UBND các xã, thị trấn đã xây dựng 173 mô hình “Dân vận khéo”[^Kinh tế 52 mô hình; văn hóa - xã hội 71 mô hình; quốc phòng - an ninh 22 mô hình; xây dựng hệ thống chính trị 28 mô hình.], gồm 151 mô hình tập thể và 20 mô hình cá nhân. Số mô hình tăng dần qua từng năm: năm 2021 có 48 mô hình, năm 2022 có 57 mô hình, năm 2023 có 68 mô hình.
Nhiều mô hình mang lại hiệu quả thiết thực như “Cơ quan 4 không” của Văn phòng HĐND và UBND huyện; mô hình “Vận động Nhân dân hiến đất mở rộng đường trục xã” ở xã Nhân Khang, với 8.600 m2 đất được hiến; mô hình “Một cửa thân thiện, hiện đại” ở thị trấn Vĩnh Trụ; “Công chức tư pháp đồng hành cùng người dân” ở xã Chân Lý.
Qua đánh giá, được UBND huyện công nhận 61 mô hình đạt tiêu chí “Dân vận khéo”; 03 mô hình được UBND tỉnh tặng Bằng khen. Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể, 09 cá nhân có thành tích trong phong trào.
# III. TỒN TẠI, HẠN CHẾ
Một số đơn vị chưa chủ động đăng ký mô hình; việc phân loại mô hình tập thể, cá nhân ở một số đơn vị còn nhầm lẫn; hồ sơ theo dõi, đánh giá mô hình chưa đầy đủ.
# IV. PHƯƠNG HƯỚNG NĂM 2024 - 2025
Tiếp tục nâng cao chất lượng mô hình; phấn đấu mỗi năm có thêm từ 50 đến 60 mô hình “Dân vận khéo” trong các cơ quan hành chính nhà nước; gắn phong trào với cải cách hành chính và chuyển đổi số.
""",
    recipients=["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- TT Huyện ủy, TT HĐND huyện;",
                "- Các cơ quan chuyên môn;", "- UBND các xã, thị trấn;", "- Lưu: VT, NV."],
    sign=[("TM. ỦY BAN NHÂN DÂN", "b", 13), ("CHỦ TỊCH", "b", 13), ("Đinh Quang Vinh", "b", 13)],
))

DOCS.append(dict(
    stem="dongthap_caolanh_myhiep_danguy_baocao_2024",
    title_meta="Báo cáo kết quả phong trào thi đua Dân vận khéo năm 2024",
    issuer_meta="Đảng ủy xã Mỹ Hiệp",
    size=14,
    letterhead=party(["ĐẢNG BỘ HUYỆN CAO LÃNH", "ĐẢNG ỦY XÃ MỸ HIỆP"], "Số 112-BC/ĐU",
                     "Mỹ Hiệp, ngày 05 tháng 12 năm 2024"),
    title=["BÁO CÁO", "kết quả thực hiện phong trào thi đua “Dân vận khéo”", "năm 2024"],
    body="""
Thực hiện Kế hoạch số 205-KH/HU ngày 15/01/2024 của Ban Thường vụ Huyện ủy Cao Lãnh và Kế hoạch số 88-KH/ĐU ngày 22/01/2024 của Ban Thường vụ Đảng ủy xã về thực hiện phong trào thi đua “Dân vận khéo” năm 2024, Ban Thường vụ Đảng ủy xã Mỹ Hiệp, huyện Cao Lãnh, tỉnh Đồng Tháp báo cáo kết quả như sau:
# 1. Công tác lãnh đạo, chỉ đạo
Đảng ủy triển khai Hướng dẫn số 02-HD/BDVHU ngày 30/01/2024 của Ban Dân vận Huyện ủy đến 100% chi bộ; phân công đảng ủy viên phụ trách từng mô hình; trong năm tổ chức 06 cuộc kiểm tra việc thực hiện mô hình ở các ấp.
# 2. Kết quả
Năm 2024, các chi bộ ấp, đoàn thể và cơ quan trên địa bàn xã đăng ký 19 mô hình (17 tập thể, 02 cá nhân), cụ thể:
# a) Lĩnh vực kinh tế: 07 mô hình
Tiêu biểu là “Tổ hợp tác trồng xoài xuất khẩu”, “Nuôi cá tra giống theo hướng an toàn” của Hội Nông dân xã, giúp nhiều hộ hội viên có thu nhập ổn định.
# b) Lĩnh vực văn hóa - xã hội: 06 mô hình
Nổi bật là mô hình “Ấp 4 không có rác thải”[^Ấp 4 là ấp đầu tiên của xã thực hiện phân loại rác tại nguồn, với 312 hộ tham gia.], “Cây mùa xuân cho học sinh nghèo”, “Tuyến đường hoa kiểu mẫu”.
# c) Lĩnh vực quốc phòng, an ninh: 03 mô hình
Các mô hình “Tổ tự quản an ninh trật tự bến đò”, “Camera an ninh ấp”, “Gia đình không có người vi phạm pháp luật”.
# d) Lĩnh vực xây dựng hệ thống chính trị: 03 mô hình
Các mô hình “Ngày thứ Hai lắng nghe dân nói”, “Đảng viên gương mẫu nơi cư trú”, “Chi bộ ấp sinh hoạt có chất lượng”.
Qua đánh giá, Ban Thường vụ Đảng ủy công nhận 12 mô hình đạt “Dân vận khéo” năm 2024; 02 mô hình được Ban Thường vụ Huyện ủy công nhận cấp huyện; chọn 01 mô hình tiêu biểu tham gia Hội thi “Dân vận khéo” huyện Cao Lãnh lần thứ III.
# 3. Hạn chế
Một số chi bộ ấp đăng ký mô hình còn chậm; nội dung mô hình ở một số nơi chưa có điểm mới so với năm trước.
# 4. Phương hướng năm 2025
Phấn đấu năm 2025 đăng ký từ 20 mô hình trở lên, mỗi chi bộ ấp có ít nhất 01 mô hình; quan tâm mô hình về chuyển đổi số, giữ gìn an ninh trật tự.
""",
    recipients=["- Ban Thường vụ Huyện ủy (b/c),", "- Ban Dân vận Huyện ủy (b/c),",
                "- Các chi bộ trực thuộc,", "- Lưu VP Đảng ủy."],
    sign=[("T/M ĐẢNG ỦY", "b", 14), ("PHÓ BÍ THƯ", "b", 14), ("Trần Thị Kim Loan", "b", 14)],
))

DOCS.append(dict(
    stem="binhthuan_hamthuanbac_huyenuy_kehoach_2025",
    title_meta="Kế hoạch tổng kết phong trào thi đua Dân vận khéo giai đoạn 2021-2025",
    issuer_meta="Ban Thường vụ Huyện ủy Hàm Thuận Bắc",
    size=14,
    letterhead=party(["ĐẢNG BỘ TỈNH BÌNH THUẬN", "HUYỆN ỦY HÀM THUẬN BẮC"], "Số 156-KH/HU",
                     "Hàm Thuận Bắc, ngày 20 tháng 02 năm 2025"),
    title=["KẾ HOẠCH", "tổng kết phong trào thi đua “Dân vận khéo”",
           "giai đoạn 2021 - 2025 và biểu dương mô hình, điển hình tiêu biểu"],
    body="""
Thực hiện Kế hoạch số 398-KH/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy Bình Thuận về tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025 và Hướng dẫn số 11-HD/BDVTU ngày 14/02/2025 của Ban Dân vận Tỉnh ủy, Ban Thường vụ Huyện ủy Hàm Thuận Bắc xây dựng Kế hoạch tổng kết như sau:
# I. MỤC ĐÍCH, YÊU CẦU
1. Đánh giá toàn diện kết quả 05 năm thực hiện Kế hoạch số 45-KH/HU ngày 22/4/2021 của Ban Thường vụ Huyện ủy về phong trào thi đua “Dân vận khéo”; rút ra bài học kinh nghiệm, đề ra nhiệm vụ, giải pháp cho giai đoạn tiếp theo.
2. Việc tổng kết phải thiết thực, tiết kiệm, tránh hình thức; số liệu báo cáo bảo đảm chính xác, thống nhất.
# II. NỘI DUNG TỔNG KẾT
1. Đánh giá kết quả lãnh đạo, chỉ đạo và kết quả xây dựng mô hình trên các lĩnh vực. Theo số liệu sơ kết 03 năm (2021 - 2023), toàn huyện có 412 mô hình “Dân vận khéo” được đăng ký, trong đó 187 mô hình được công nhận[^Báo cáo số 210-BC/HU ngày 15/12/2023 của Ban Thường vụ Huyện ủy sơ kết 03 năm thực hiện phong trào thi đua “Dân vận khéo”.]; các cơ quan, đơn vị cập nhật số liệu đến ngày 31/3/2025.
2. Lựa chọn mô hình, điển hình tiêu biểu: mỗi xã, thị trấn, cơ quan, đơn vị lựa chọn từ 02 đến 03 mô hình tiêu biểu, gửi hồ sơ về Ban Dân vận Huyện ủy trước ngày 15/4/2025. Dự kiến biểu dương khoảng 30 mô hình, điển hình tiêu biểu tại hội nghị tổng kết cấp huyện.
3. Tiêu chí lựa chọn: mô hình đã được công nhận, có thời gian thực hiện ít nhất 02 năm, mang lại hiệu quả rõ rệt, có khả năng nhân rộng, được Nhân dân đồng tình.
# III. HÌNH THỨC, THỜI GIAN
Cấp xã, thị trấn tổng kết xong trước ngày 30/4/2025. Cấp huyện tổ chức hội nghị tổng kết trong tháng 5/2025, thành phần khoảng 250 đại biểu; kinh phí dự kiến khoảng 45 triệu đồng từ nguồn ngân sách huyện.
# IV. TỔ CHỨC THỰC HIỆN
Giao Ban Dân vận Huyện ủy chủ trì, phối hợp Văn phòng Huyện ủy, Ủy ban MTTQ Việt Nam huyện xây dựng báo cáo, thẩm định hồ sơ mô hình; 17/17 đảng ủy xã, thị trấn và các chi, đảng bộ trực thuộc tổ chức thực hiện Kế hoạch này.
""",
    recipients=["- Ban Dân vận Tỉnh ủy (b/c),", "- Thường trực Huyện ủy,",
                "- Các đảng bộ, chi bộ trực thuộc,", "- Lưu VPHU."],
    sign=[("T/M BAN THƯỜNG VỤ", "b", 14), ("PHÓ BÍ THƯ", "b", 14), ("Mai Thanh Bình", "b", 14)],
))

DOCS.append(dict(
    stem="binhphuoc_budang_bandanvan_baocao_2024",
    title_meta="Báo cáo kết quả 10 năm xây dựng mô hình Dân vận khéo trong vùng đồng bào dân tộc thiểu số",
    issuer_meta="Ban Dân vận Huyện ủy Bù Đăng",
    size=13.5,
    letterhead=[(("HUYỆN ỦY BÙ ĐĂNG", "r", 13, False), ("ĐẢNG CỘNG SẢN VIỆT NAM", "b", 13.5, True)),
                (("BAN DÂN VẬN", "b", 13, False), None),
                (("*", "r", 13, False), None),
                (("Số 58-BC/BDVHU", "r", 13, False), ("Bù Đăng, ngày 18 tháng 6 năm 2024", "i", 13, False))],
    title=["BÁO CÁO", "kết quả 10 năm xây dựng mô hình “Dân vận khéo”",
           "trong vùng đồng bào dân tộc thiểu số (2014 - 2024)"],
    body="""
Thực hiện Kế hoạch số 230-KH/BDVTU ngày 06/5/2024 của Ban Dân vận Tỉnh ủy Bình Phước về đánh giá kết quả thực hiện phong trào thi đua “Dân vận khéo” trong vùng đồng bào dân tộc thiểu số, Ban Dân vận Huyện ủy Bù Đăng báo cáo như sau:
# I. ĐẶC ĐIỂM TÌNH HÌNH
Bù Đăng có 16 xã, thị trấn, trên 40 dân tộc cùng sinh sống; đồng bào dân tộc thiểu số chiếm khoảng 26% dân số, đông nhất là người S’tiêng, M’nông, Tày, Nùng. Đời sống của một bộ phận đồng bào còn khó khăn, tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số còn cao.
# II. KẾT QUẢ THỰC HIỆN
# 1. Công tác lãnh đạo, chỉ đạo
Ban Dân vận Huyện ủy tham mưu ban hành các Kế hoạch số 12-KH/BDVHU ngày 04/4/2014, số 27-KH/BDVHU ngày 10/3/2016 và số 41-KH/BDVHU ngày 19/4/2021[^Triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) và Chỉ thị số 14-CT/TU ngày 08/01/2014 của Ban Thường vụ Tỉnh ủy Bình Phước.]; phối hợp với Mặt trận và các đoàn thể hướng dẫn 16/16 xã, thị trấn xây dựng mô hình phù hợp với phong tục, tập quán của từng dân tộc.
# 2. Kết quả xây dựng mô hình
Từ năm 2014 đến nay, toàn huyện đã xây dựng 328 mô hình “Dân vận khéo” trong vùng đồng bào dân tộc thiểu số (281 tập thể, 47 cá nhân), trong đó 121 mô hình về phát triển kinh tế, 133 mô hình văn hóa - xã hội, 42 mô hình quốc phòng - an ninh, 32 mô hình xây dựng hệ thống chính trị.
Có 104 mô hình được Ban Thường vụ Huyện ủy công nhận; khoảng 40 mô hình được nhân rộng ra các thôn, sóc khác. Ban Dân vận Huyện ủy đã lựa chọn 16 mô hình điển hình tiêu biểu[^Như mô hình “Già làng giữ lửa đoàn kết” ở xã Đăk Nhau; “Sóc không có người vi phạm pháp luật” ở xã Đường 10; “Mỗi người có uy tín 1 việc tốt” ở xã Bom Bo.] để tuyên truyền, giới thiệu.
Từ các mô hình, đồng bào đã hiến hơn 35.000 m2 đất làm đường, xây nhà văn hóa; hàng trăm lượt già làng, người có uy tín tham gia hòa giải, vận động con em không vi phạm pháp luật. UBND huyện tặng Giấy khen cho 26 tập thể, 31 cá nhân có thành tích trong phong trào.
# III. HẠN CHẾ
Một số mô hình phụ thuộc vào hỗ trợ của Nhà nước, chưa phát huy nội lực của đồng bào; việc tuyên truyền bằng tiếng dân tộc còn hạn chế.
# IV. ĐỀ XUẤT
Đề nghị Ban Dân vận Tỉnh ủy tiếp tục mở lớp bồi dưỡng kỹ năng vận động đồng bào cho cán bộ cơ sở; có cơ chế hỗ trợ kinh phí duy trì các mô hình tiêu biểu.
""",
    recipients=["- Ban Dân vận Tỉnh ủy (b/c),", "- Thường trực Huyện ủy (b/c),",
                "- Các xã, thị trấn,", "- Lưu."],
    sign=[("TRƯỞNG BAN", "b", 13.5), ("Điểu Thanh Hùng", "b", 13.5)],
))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE / "pdf"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for d in DOCS:
        path, pages = build(d, out)
        print(f"{path.name}: {pages} pages")


if __name__ == "__main__":
    main()
