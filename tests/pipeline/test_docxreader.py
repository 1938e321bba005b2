"""pipeline.docxreader: DOCX paragraphs, layout tables, data tables and real footnotes."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from pipeline.docxreader import read_docx
from pipeline.ingest import ingest

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---- helpers: python-docx has no footnote API; this is corpus/make_corpus.py's approach, small


def footnote_ref(paragraph, fid: int) -> None:
    """A superscript run holding a ``w:footnoteReference`` to note ``fid``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    run.font.superscript = True
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    run._r.append(ref)


def attach_footnotes(document, notes: dict[int, list[str]]) -> None:
    """Add a ``word/footnotes.xml`` part (separators + one footnote per id,
    one ``w:p`` per paragraph) and relate it to the main document part."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    def note(n: int, paras: list[str]) -> str:
        body = []
        for i, text in enumerate(paras):
            mark = ('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r><w:t xml:space="preserve"> </w:t></w:r>') if i == 0 else ""
            body.append(f'<w:p>{mark}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
        return f'<w:footnote w:id="{n}">{"".join(body)}</w:footnote>'

    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">{sep}'
           + "".join(note(n, p) for n, p in notes.items()) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def layout_table(document, left: list[str], right: list[str], bold: tuple[str, ...] = ()):
    """A borderless one-row, two-column table (letterhead or closing block)."""
    table = document.add_table(rows=1, cols=2)
    table.style = None
    lcell, rcell = table.rows[0].cells
    for cell, texts in ((lcell, left), (rcell, right)):
        for i, text in enumerate(texts):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run = p.add_run(text)
            run.bold = text in bold
    return table


def data_table(document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.rows[i].cells[j]
            first, *more = text.split("\n")
            cell.text = first
            for extra in more:
                cell.add_paragraph(extra)
    return table


def report_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    layout_table(d, ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHĨA ĐÀN", "*", "Số 77-BC/HU"],
                 ["ĐẢNG CỘNG SẢN VIỆT NAM", "Nghĩa Đàn, ngày 14 tháng 6 năm 2024"],
                 bold=("HUYỆN ỦY NGHĨA ĐÀN", "ĐẢNG CỘNG SẢN VIỆT NAM"))
    d.add_paragraph().add_run("BÁO CÁO").bold = True
    d.add_paragraph().add_run("kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024").bold = True
    p = d.add_paragraph("Toàn huyện đã xây dựng 156 mô hình “Dân vận khéo” trên các lĩnh vực")
    footnote_ref(p, 5)
    p.add_run(", trong đó có 40 mô hình được công nhận")
    footnote_ref(p, 9)
    p.add_run(".")
    data_table(d, [["Đơn vị", "Kinh tế", "Văn hóa - xã hội", "Tổng"],
                   ["Xã Nghĩa Lâm", "4", "2", "6"],
                   ["Xã Nghĩa Sơn", "3", "1", "4"]])
    layout_table(d, ["Nơi nhận:", "- Ban Dân vận Tỉnh ủy;", "- Lưu VP."],
                 ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "Hoàng Văn Minh"])
    attach_footnotes(d, {5: ["Kinh tế: 60 mô hình; văn hóa - xã hội: 96 mô hình."], 9: ["Cấp huyện công nhận 40 mô hình."]})
    d.save(str(path))
    return path


@pytest.fixture
def report(tmp_path) -> Path:
    return report_docx(tmp_path / "bao_cao.docx")


def test_reader_lines(report):
    [lines] = read_docx(str(report))
    got = [(ln.role, ln.column, ln.text, ln.footnote_label) for ln in lines if ln.cells is None]
    assert got == [
        ("body", "left", "ĐẢNG BỘ TỈNH NGHỆ AN", ""),
        ("body", "left", "HUYỆN ỦY NGHĨA ĐÀN", ""),
        ("body", "left", "*", ""),
        ("body", "left", "Số 77-BC/HU", ""),
        ("body", "right", "ĐẢNG CỘNG SẢN VIỆT NAM", ""),
        ("body", "right", "Nghĩa Đàn, ngày 14 tháng 6 năm 2024", ""),
        ("body", "", "BÁO CÁO", ""),
        ("body", "", "kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024", ""),
        ("body", "", "Toàn huyện đã xây dựng 156 mô hình “Dân vận khéo” trên các lĩnh vực¹, trong đó có 40 mô hình được công nhận².", ""),
        ("body", "left", "Nơi nhận:", ""),
        ("body", "left", "- Ban Dân vận Tỉnh ủy;", ""),
        ("body", "left", "- Lưu VP.", ""),
        ("body", "right", "T/M BAN THƯỜNG VỤ", ""),
        ("body", "right", "PHÓ BÍ THƯ", ""),
        ("body", "right", "Hoàng Văn Minh", ""),
        # footnotes numbered by first reference, not by their XML ids (5, 9)
        ("footnote", "", "Kinh tế: 60 mô hình; văn hóa - xã hội: 96 mô hình.", "1"),
        ("footnote", "", "Cấp huyện công nhận 40 mô hình.", "2"),
    ]
    bold = {ln.text: ln.bold for ln in lines if ln.cells is None}
    assert bold["HUYỆN ỦY NGHĨA ĐÀN"] and bold["ĐẢNG CỘNG SẢN VIỆT NAM"] and bold["BÁO CÁO"]
    assert not bold["Số 77-BC/HU"] and not bold["Nơi nhận:"]


def test_data_table_rows(report):
    [lines] = read_docx(str(report))
    rows = [(ln.role, ln.table_index, ln.cells) for ln in lines if ln.cells is not None]
    assert rows == [
        ("table", 0, ["Đơn vị", "Kinh tế", "Văn hóa - xã hội", "Tổng"]),
        ("table", 0, ["Xã Nghĩa Lâm", "4", "2", "6"]),
        ("table", 0, ["Xã Nghĩa Sơn", "3", "1", "4"]),
    ]


def test_ingested_document(report):
    doc = ingest(str(report))
    assert (doc.status, doc.error, doc.fmt, len(doc.pages)) == ("ok", "", "docx", 1)
    page = doc.pages[0]
    roles = [(ln.role, ln.column, ln.text) for ln in page.lines]
    assert roles[:8] == [
        ("letterhead", "left", "ĐẢNG BỘ TỈNH NGHỆ AN"),
        ("letterhead", "left", "HUYỆN ỦY NGHĨA ĐÀN"),
        ("letterhead", "left", "*"),
        ("letterhead", "left", "Số 77-BC/HU"),
        ("letterhead", "right", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("letterhead", "right", "Nghĩa Đàn, ngày 14 tháng 6 năm 2024"),
        ("title", "", "BÁO CÁO"),
        ("title", "", "kết quả phong trào thi đua “Dân vận khéo” 6 tháng đầu năm 2024"),
    ]
    assert [r for r, _, t in roles if t in ("Nơi nhận:", "- Lưu VP.")] == ["recipients", "recipients"]
    assert [r for r, _, t in roles if t in ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Văn Minh")] == ["signature"] * 3
    # every line's span is its text
    for ln in page.lines:
        assert page.text[ln.start:ln.end] == ln.text


def test_footnotes_and_markers_in_page_text(report):
    page = ingest(str(report)).pages[0]
    assert "trên các lĩnh vực¹, trong đó có 40 mô hình được công nhận²." in page.text
    assert [m.label for m in page.markers] == ["1", "2"]
    assert page.text[page.markers[0].start:page.markers[0].end] == "¹"
    note = page.footnote("1")
    assert page.text[note.start:note.end] == "¹ Kinh tế: 60 mô hình; văn hóa - xã hội: 96 mô hình."
    assert page.text.endswith("\n² Cấp huyện công nhận 40 mô hình.")
    assert [ln.role for ln in page.lines if ln.text.startswith("²")] == ["footnote"]


def test_table_cells_have_spans(report):
    page = ingest(str(report)).pages[0]
    [table] = page.tables
    assert table.rows[1] == ["Xã Nghĩa Lâm", "4", "2", "6"]
    for row, spans in zip(table.rows, table.spans):
        for cell, sp in zip(row, spans):
            assert page.text[sp[0]:sp[1]] == cell


def test_tabs_breaks_and_tone_marks(tmp_path):
    import docx

    d = docx.Document()
    p = d.add_paragraph("Ban Dân vận Huyện uỷ")
    p.add_run().add_tab()
    p.add_run("phối hợp")
    p.add_run().add_break()
    p.add_run("tổ chức hoà giải")
    d.save(str(tmp_path / "a.docx"))
    [lines] = read_docx(str(tmp_path / "a.docx"))
    assert [ln.text for ln in lines] == ["Ban Dân vận Huyện ủy phối hợp tổ chức hòa giải"]


def test_no_footnote_part(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Một đoạn văn.")
    d.add_paragraph("   ")
    d.save(str(tmp_path / "a.docx"))
    [lines] = read_docx(str(tmp_path / "a.docx"))
    assert [(ln.role, ln.text) for ln in lines] == [("body", "Một đoạn văn.")]


def test_two_column_tables_with_many_rows_or_numbers_are_data(tmp_path):
    import docx

    d = docx.Document()
    data_table(d, [["Đơn vị", "Số mô hình"], ["Xã Nghĩa Lâm", "4"], ["Xã Nghĩa Sơn", "3"], ["Xã Nghĩa Bình", "5"]])
    data_table(d, [["TT", "2024"], ["1", "60"]])
    d.save(str(tmp_path / "a.docx"))
    [lines] = read_docx(str(tmp_path / "a.docx"))
    assert [(ln.role, ln.table_index, ln.cells) for ln in lines] == [
        ("table", 0, ["Đơn vị", "Số mô hình"]), ("table", 0, ["Xã Nghĩa Lâm", "4"]),
        ("table", 0, ["Xã Nghĩa Sơn", "3"]), ("table", 0, ["Xã Nghĩa Bình", "5"]),
        ("table", 1, ["TT", "2024"]), ("table", 1, ["1", "60"])]


def test_truncated_docx_fails_with_one_line_error(tmp_path):
    good = report_docx(tmp_path / "good.docx").read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good[: len(good) // 2])
    doc = ingest(str(bad))
    assert (doc.status, doc.fmt, doc.pages) == ("failed", "docx", [])
    assert doc.error and "\n" not in doc.error


def test_truncated_docx_is_unreadable_docx(tmp_path):
    good = report_docx(tmp_path / "good.docx").read_bytes()
    bad = tmp_path / "bad.docx"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(ValueError, match="unreadable DOCX"):
        read_docx(str(bad))


def test_multi_paragraph_footnote(tmp_path):
    import docx

    d = docx.Document()
    p = d.add_paragraph("Đã xây dựng 30 mô hình")
    footnote_ref(p, 3)
    attach_footnotes(d, {3: ["Xã Nghĩa Lâm: 12", "18 mô hình ở các xã còn lại."]})
    d.save(str(tmp_path / "a.docx"))
    [lines] = read_docx(str(tmp_path / "a.docx"))
    assert lines[-1].text == "Xã Nghĩa Lâm: 12 18 mô hình ở các xã còn lại."


def test_multi_paragraph_cell(tmp_path):
    import docx

    d = docx.Document()
    data_table(d, [["Đơn vị", "Kinh tế", "Văn hóa - xã hội"], ["Xã Nghĩa\nLâm", "4", "2"], ["Xã Nghĩa Sơn", "3", "1"]])
    d.save(str(tmp_path / "a.docx"))
    [lines] = read_docx(str(tmp_path / "a.docx"))
    assert lines[1].cells == ["Xã Nghĩa Lâm", "4", "2"]


def test_footnote_referenced_in_table_cell(tmp_path):
    import docx

    d = docx.Document()
    table = data_table(d, [["Đơn vị", "Kinh tế", "Văn hóa - xã hội"], ["Xã Nghĩa Lâm", "4", "2"], ["Xã Nghĩa Sơn", "3", "1"]])
    footnote_ref(table.rows[2].cells[0].paragraphs[0], 4)
    attach_footnotes(d, {4: ["Số liệu đến tháng 6."]})
    d.save(str(tmp_path / "a.docx"))
    [lines] = read_docx(str(tmp_path / "a.docx"))
    assert lines[2].cells[0] == "Xã Nghĩa Sơn¹"
    assert (lines[-1].role, lines[-1].footnote_label, lines[-1].text) == ("footnote", "1", "Số liệu đến tháng 6.")
