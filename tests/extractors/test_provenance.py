"""Every figure and reference row quotes exactly the page text at its offsets."""
from __future__ import annotations

from pipeline.ingest import ingest
from pipeline.run import process_file


def test_quotes_are_the_page_text_at_their_offsets(corpus_files):
    checked = 0
    for path in corpus_files:
        doc = ingest(path)
        rows = process_file(path)
        for table in ("figures", "references"):
            for r in rows[table]:
                page = doc.pages[r["page"] - 1]
                assert page.text[r["char_start"]:r["char_end"]] == r["quote"], (path, r)
                assert r["extractor"] and r["source"] in ("body", "footnote", "table", "letterhead")
                checked += 1
    assert checked > 50
