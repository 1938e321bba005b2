"""Consistency checks for the shipped sample corpus (corpus/), built by corpus/make_corpus.py."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
EXT = {"pdf": "pdf", "docx": "docx", "text": "txt"}

METRICS = {"models_registered", "models_recognized", "models_typical", "models_commended",
           "models_replicated", "models_collective", "models_individual", "models_target"}
FIELDS = {"total", "kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri"}
DOC_TYPES = {"bao_cao", "ke_hoach", "chi_thi", "nghi_quyet", "quyet_dinh", "cong_van", "huong_dan",
             "ket_luan", "thong_bao", "to_trinh", "chuong_trinh", "de_an", "other"}
LEVELS = {"tinh", "huyen", "xa", "trung_uong", "unknown"}
PROVINCES_2025 = {
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai",
    "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"}
DOC_KEYS = {"doc_type", "symbol", "issue_place", "issue_date", "title", "unit_level", "unit_name",
            "province", "province_2025", "period_start", "period_end", "signer", "signer_title"}
GOLD_KEYS = {"doc", "document", "model_counts", "consistency", "references", "named_models",
             "other_figures"}


def documents():
    out = []
    for fmt, ext in EXT.items():
        out += sorted((CORPUS / fmt).glob(f"*.{ext}"))
    return out


DOCS = documents()
PDFS = [p for p in DOCS if p.suffix == ".pdf"]


def gold_of(path: Path) -> dict:
    return json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))


def flat(text: str) -> str:
    """Join lines as a reader would: a symbol broken after its hyphen is glued back."""
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*", "-", text)
    return re.sub(r"\s+", " ", text)


# ----------------------------------------------------------------------------------------
def test_corpus_has_the_expected_shapes():
    assert len(PDFS) >= 6
    assert any(p.suffix == ".docx" for p in DOCS)
    assert any(p.suffix == ".txt" for p in DOCS)
    stems = [p.stem for p in DOCS]
    assert len(stems) == len(set(stems)), "stems must be unique across pdf/docx/text"


def test_every_gold_file_has_a_document():
    stems = {p.stem for p in DOCS}
    for g in (CORPUS / "gold").glob("*.json"):
        assert g.stem in stems, f"gold without a document: {g.name}"


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_gold_file_is_complete(path):
    gp = CORPUS / "gold" / f"{path.stem}.json"
    assert gp.is_file(), f"missing gold for {path.name}"
    g = json.loads(gp.read_text(encoding="utf-8"))
    assert GOLD_KEYS <= set(g), GOLD_KEYS - set(g)
    assert g["doc"] == path.stem
    assert (CORPUS / g["file"]) == path
    d = g["document"]
    assert DOC_KEYS <= set(d), DOC_KEYS - set(d)
    assert d["doc_type"] in DOC_TYPES
    assert d["unit_level"] in LEVELS
    assert d["province_2025"] in PROVINCES_2025
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["issue_date"])
    assert d["period_start"] <= d["period_end"]
    assert re.fullmatch(r"\d+[-/][A-ZĐa-z/-]+", d["symbol"]), d["symbol"]
    for c in g["model_counts"]:
        assert c["metric"] in METRICS and c["field"] in FIELDS, c
        assert isinstance(c["value"], (int, float))
        assert c.get("level", "tinh") in LEVELS
        assert c.get("source", "body") in {"body", "footnote", "table"}
    for c in g["consistency"]:
        assert c["check"] in {"fields_sum_to_total", "collective_plus_individual",
                              "conflicting_values"}
        assert c["status"] in {"pass", "fail"}
    for r in g["references"]:
        assert r["ref_type"] in DOC_TYPES
        assert not re.search(r"\s", r["symbol"])
        assert r["symbol"] != d["symbol"], "the document's own symbol is not a reference"
        assert r["issue_date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["issue_date"])
    for m in g["named_models"]:
        assert m["name"] and "“" not in m["name"]
    for f in g["other_figures"]:
        assert isinstance(f["value"], (int, float)) and f["unit"]


def test_corpus_contains_conflicts_and_failed_sums():
    checks = [c for p in DOCS for c in gold_of(p)["consistency"]]
    assert any(c["check"] == "conflicting_values" and c["status"] == "fail" for c in checks)
    assert any(c["check"] == "fields_sum_to_total" and c["status"] == "fail" for c in checks)
    assert any(c["check"] == "collective_plus_individual" for c in checks)


# ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_pdf_text_matches_gold(path):
    pdfplumber = pytest.importorskip("pdfplumber")
    g = gold_of(path)
    d = g["document"]
    assert path.stat().st_size < 100_000
    with pdfplumber.open(path) as pdf:
        assert 1 <= len(pdf.pages) <= 3
        assert len(pdf.pages) == d["n_pages"]
        pages = [p.extract_text() or "" for p in pdf.pages]
        assert not any(p.images for p in pdf.pages), "no embedded images"
    text = flat("\n".join(pages))
    assert unicodedata.normalize("NFC", text) == text
    assert d["symbol"] in text
    assert d["signer"] in text
    assert d["signer_title"].upper() in text
    for r in g["references"]:
        assert r["symbol"] in text, r
    for m in g["named_models"]:
        assert f"“{m['name']}”" in flat(pages[m["page"] - 1]), m
    for c in g["model_counts"] + g["other_figures"]:
        assert c.get("text", str(c["value"])) in flat(pages[c["page"] - 1]), c


def test_pdf_footnotes_are_superscript_and_on_the_same_page():
    pdfplumber = pytest.importorskip("pdfplumber")
    path = next(p for p in PDFS if any(c.get("source") == "footnote"
                                       for c in gold_of(p)["model_counts"]))
    g = gold_of(path)
    with pdfplumber.open(path) as pdf:
        for c in g["model_counts"]:
            if c.get("source") != "footnote":
                continue
            page = pdf.pages[c["page"] - 1]
            small = "".join(ch["text"] for ch in page.chars if ch["size"] < 11)
            assert c["text"] in small, c            # the note is set in small type
            body_sizes = {round(ch["size"], 1) for ch in page.chars}
            assert 14.0 in body_sizes
            # a superscript marker (smaller, raised) sits in the body of this page
            sup = [ch for ch in page.chars if ch["text"].isdigit() and 8 < ch["size"] < 10]
            assert sup, "no superscript footnote marker on the page"


def test_pdf_appendix_table_matches_gold_cells():
    pdfplumber = pytest.importorskip("pdfplumber")
    path = next(p for p in PDFS if "table_cells" in gold_of(p))
    g = gold_of(path)
    cols = ["kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri",
            "total"]
    with pdfplumber.open(path) as pdf:
        tables = pdf.pages[-1].find_tables()
        assert len(tables) == 1
        rows = tables[0].extract()
    cells = []
    for r in rows[1:]:
        if r[1] == "Tổng cộng":
            continue
        cells += [{"subunit": r[1], "field": f, "value": int(v)} for f, v in zip(cols, r[2:])]
    assert cells == g["table_cells"]
    assert rows[-1][1] == "Tổng cộng"


# ----------------------------------------------------------------------------------------
def test_docx_has_a_real_word_footnote():
    path = next(p for p in DOCS if p.suffix == ".docx")
    g = gold_of(path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        assert "word/footnotes.xml" in names
        ct = z.read("[Content_Types].xml").decode()
        assert re.search(r'PartName="/word/footnotes.xml"[^>]*footnotes\+xml', ct)
        rels = z.read("word/_rels/document.xml.rels").decode()
        assert re.search(r'relationships/footnotes"\s+Target="footnotes.xml"', rels)
        doc = z.read("word/document.xml").decode()
        notes = z.read("word/footnotes.xml").decode()
    refs = re.findall(r'<w:footnoteReference w:id="(\d+)"/>', doc)
    assert refs, "no w:footnoteReference in the body"
    for i in refs:
        assert f'<w:footnote w:id="{i}">' in notes
    body_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", doc))
    note_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", notes))
    assert g["document"]["symbol"] in body_text
    assert g["document"]["signer"] in body_text
    for c in g["model_counts"]:
        assert c["text"] in (note_text if c.get("source") == "footnote" else body_text)


def test_text_file_is_shaped_like_a_pdf_text_dump():
    path = next(p for p in DOCS if p.suffix == ".txt")
    g = gold_of(path)
    raw = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    lines = raw.split("\n")
    assert all(len(l) <= 120 for l in lines)
    assert any(re.fullmatch(r" {40,}", l) for l in lines), "footnote separator line"
    assert any(re.fullmatch(r" 2 ", l) for l in lines), "running page number"
    assert re.search(r"\w\d+[.;:,]? \n", raw), "footnote marker glued to a word"
    text = flat(raw)
    assert g["document"]["symbol"] in text and g["document"]["signer"] in text
    for r in g["references"]:
        assert r["symbol"] in text
    for c in g["model_counts"]:
        assert c["text"] in text


# ----------------------------------------------------------------------------------------
def test_generator_reproduces_the_shipped_corpus(tmp_path):
    pytest.importorskip("reportlab")
    pytest.importorskip("docx")
    sys.path.insert(0, str(CORPUS))
    try:
        import make_corpus
    finally:
        sys.path.pop(0)
    fonts = [fam for fam, folder, files in make_corpus.FONT_CANDIDATES
             if all((Path(folder) / f).is_file() for f in files.values())]
    if not fonts:
        pytest.skip("no Vietnamese serif font installed (fonts-dejavu-core)")
    subprocess.run([sys.executable, str(CORPUS / "make_corpus.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    shipped_font = next(gold_of(p)["generator"]["font"] for p in PDFS)
    same_font = fonts[0] == shipped_font
    for p in DOCS:
        rel = p.relative_to(CORPUS)
        if p.suffix == ".pdf" and not same_font:
            continue                    # layout (and so pages) depends on the font
        assert (tmp_path / rel).read_bytes() == p.read_bytes(), f"{rel} differs: regenerate"
        g_new = json.loads((tmp_path / "gold" / f"{p.stem}.json").read_text(encoding="utf-8"))
        if same_font or p.suffix != ".pdf":
            assert g_new == gold_of(p), f"gold of {p.stem} differs: regenerate"
