"""Bad input gets one documents row with a one-line error; the batch goes on."""
from __future__ import annotations

import pandas as pd

from pipeline.cli import main
from tests.conftest import make_pdf


def _batch(tmp_path, font):
    d = tmp_path / "in"
    d.mkdir()
    make_pdf(d / "good.pdf", font, [[(85, 100, 14, "Toàn huyện đã xây dựng 57 mô hình “Dân vận khéo”.")]])
    (d / "empty.pdf").write_bytes(b"")
    (d / "notpdf.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    good = (d / "good.pdf").read_bytes()
    (d / "truncated.pdf").write_bytes(good[: len(good) // 3])
    make_pdf(d / "encrypted.pdf", font, [[(85, 100, 14, "Bí mật")]], encrypt="secret")
    make_pdf(d / "image_only.pdf", font, [[("rule", 85, 300, 400)]])
    return d


def test_each_bad_file_gets_a_row_and_the_batch_goes_on(tmp_path, font, capsys):
    src = _batch(tmp_path, font)
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "-q"]) == 0
    docs = pd.read_parquet(out / "documents.parquet")
    by_name = {p.rsplit("/", 1)[-1]: r for p, r in zip(docs.source_path, docs.to_dict("records"))}
    assert by_name["good.pdf"]["status"] == "ok"
    assert by_name["empty.pdf"]["error"] == "empty file"
    assert by_name["notpdf.pdf"]["error"] == "not a PDF, DOCX or UTF-8 text file"
    assert by_name["encrypted.pdf"]["error"] == "encrypted PDF"
    from pipeline import ocrsource

    # a page with a rule and no text: nothing to read, with or without OCR
    assert by_name["image_only.pdf"]["error"] == (
        "no text found by OCR" if ocrsource.available() else "no text layer and OCR unavailable")
    assert by_name["truncated.pdf"]["status"] in ("failed", "partial")
    for name in ("empty.pdf", "notpdf.pdf", "encrypted.pdf", "image_only.pdf"):
        assert by_name[name]["status"] == "failed"
        assert "\n" not in by_name[name]["error"]
    figures = pd.read_parquet(out / "figures.parquet")
    assert figures.value.tolist() == [57.0]
    summary = capsys.readouterr().out
    assert "read 6 files" in summary and "failed" in summary


def test_nothing_readable_is_a_nonzero_exit(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q"]) == 1
    assert main(["run", str(tmp_path / "missing*.pdf"), "-o", str(tmp_path / "out2"), "-q"]) == 2


def test_huge_file_and_too_many_pages(tmp_path, font, monkeypatch):
    import pipeline.ingest as ingest_mod

    pdf = make_pdf(tmp_path / "long.pdf", font, [[(85, 100, 14, f"Trang {i}.")] for i in range(4)])
    monkeypatch.setattr(ingest_mod, "MAX_PAGES", 2)
    doc = ingest_mod.ingest(str(pdf))
    assert (doc.status, len(doc.pages)) == ("partial", 2)
    assert doc.error == "only the first 2 pages read"
    monkeypatch.setattr(ingest_mod, "MAX_BYTES", 100)
    doc = ingest_mod.ingest(str(pdf))
    assert doc.status == "failed" and doc.error.startswith("file too large")


def test_parallel_workers_give_the_same_tables(tmp_path, font):
    src = _batch(tmp_path, font)
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["run", str(src), "-o", str(one), "-q"]) == 0
    assert main(["run", str(src), "-o", str(two), "-q", "--workers", "2"]) == 0
    for table in ("documents", "figures"):
        a = pd.read_parquet(one / f"{table}.parquet").sort_values("doc_id").reset_index(drop=True)
        b = pd.read_parquet(two / f"{table}.parquet").sort_values("doc_id").reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b)


def test_text_without_text_and_a_zip_that_is_no_docx(tmp_path):
    import zipfile

    from pipeline.ingest import ingest

    (tmp_path / "numbers.txt").write_text("\n".join(str(i) for i in range(1, 40)), encoding="utf-8")
    assert (ingest(str(tmp_path / "numbers.txt")).status, ingest(str(tmp_path / "numbers.txt")).error) == ("failed", "no text")
    with zipfile.ZipFile(tmp_path / "fake.docx", "w") as z:
        z.writestr("a.txt", "x")
    doc = ingest(str(tmp_path / "fake.docx"))
    assert doc.status == "failed" and doc.error.startswith("unreadable DOCX:")
