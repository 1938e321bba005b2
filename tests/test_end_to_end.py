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


BLIND = [  # (folder, inputs, documents): invented reports written without sight of the rules
    ("heldout", ["text"], 24),
    ("blind2", ["text", "pdf"], 20),
    ("blind3", ["text"], 16),
]


@pytest.mark.parametrize("name, inputs, n", BLIND, ids=[b[0] for b in BLIND])
def test_blind_corpus_scores(tmp_path, name, inputs, n):
    folder = CORPUS / name
    if not (folder / "gold").exists():
        pytest.skip(f"{name} corpus not shipped")
    out = _run(tmp_path, *(folder / i for i in inputs))
    s = evaluate(out, folder / "gold")["summary"]
    assert s["docs"] == (n, n)
    assert s["model_counts"][2] >= 0.95
    assert s["references"][2] >= 0.95
    assert s["document_fields"] >= 0.9
