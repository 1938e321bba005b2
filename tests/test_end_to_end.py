"""The whole pipeline on the shipped corpora, scored against their gold.

These are regression guards: the sample corpus (PDF, DOCX, TXT) and the
held-out text reports, run through ``baocao run`` and ``baocao eval``.
"""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.evaluate import evaluate
from tests.conftest import CORPUS


def _run(tmp_path, *inputs):
    out = tmp_path / "out"
    assert main(["run", *map(str, inputs), "-o", str(out), "-q"]) == 0
    return out


def test_sample_corpus_scores(tmp_path):
    out = _run(tmp_path, CORPUS / "pdf", CORPUS / "docx", CORPUS / "text")
    s = evaluate(out, CORPUS / "gold")["summary"]
    assert s["docs"][0] == s["docs"][1] == 8
    assert s["model_counts"][2] >= 0.95
    assert s["references"][2] >= 0.95
    assert s["table_cells"][2] == 1.0
    assert s["document_fields"] >= 0.95
    assert s["conflicts"][0] == s["conflicts"][1]
    docs = pd.read_parquet(out / "documents.parquet")
    assert set(docs.status) == {"ok"}
    assert set(docs.format) == {"pdf", "docx", "txt"}


@pytest.mark.skipif(not (CORPUS / "heldout" / "gold").exists(), reason="held-out corpus not shipped")
def test_heldout_text_reports_score(tmp_path):
    out = _run(tmp_path, CORPUS / "heldout" / "text")
    s = evaluate(out, CORPUS / "heldout" / "gold")["summary"]
    assert s["docs"] == (24, 24)
    assert s["model_counts"][2] >= 0.95
    assert s["references"][2] >= 0.95
    assert s["document_fields"] >= 0.9


@pytest.mark.skipif(not (CORPUS / "blind2" / "gold").exists(), reason="second blind corpus not shipped")
def test_blind2_reports_score(tmp_path):
    out = _run(tmp_path, CORPUS / "blind2" / "text", CORPUS / "blind2" / "pdf")
    s = evaluate(out, CORPUS / "blind2" / "gold")["summary"]
    assert s["docs"] == (20, 20)
    assert s["model_counts"][2] >= 0.95
    assert s["references"][2] >= 0.95
    assert s["document_fields"] >= 0.9


@pytest.mark.skipif(not (CORPUS / "blind3" / "gold").exists(), reason="third blind corpus not shipped")
def test_blind3_reports_score(tmp_path):
    out = _run(tmp_path, CORPUS / "blind3" / "text")
    s = evaluate(out, CORPUS / "blind3" / "gold")["summary"]
    assert s["docs"] == (16, 16)
    assert s["model_counts"][2] >= 0.95
    assert s["references"][2] >= 0.95
    assert s["document_fields"] >= 0.9
