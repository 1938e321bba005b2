"""``baocao eval``: score a run's tables against gold annotations.

Gold files are JSON, one per document, named by the input file's stem, with
``document`` (expected field values), ``model_counts`` (metric, field,
value), ``references`` (symbol, issue_date), ``consistency`` (checks with
status) and optionally ``table_cells`` (subunit, field, value), or an
``appendix_<first 3 chars of stem>.json`` beside the gold folder's parent
``corpus/`` folder. Facts are compared as sets, as the project's reference
scorer does, so the totals agree with it.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

APPENDIX_FIELDS = {"kinh_te": "kinh_te", "van_hoa_xa_hoi": "van_hoa_xa_hoi", "quoc_phong_an_ninh": "quoc_phong_an_ninh",
                   "xay_dung_htct": "xay_dung_he_thong_chinh_tri", "tong": "total"}


def _nfc(s) -> str:
    return unicodedata.normalize("NFC", "" if s is None or (isinstance(s, float) and pd.isna(s)) else str(s)).strip()


def _num(v):
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else round(f, 4)


def _symbol(s) -> str:
    return _nfc(s).upper().replace(" ", "")


def _match(pred, gold):
    p, g = Counter(pred), Counter(gold)
    tp = sum(min(p[k], g[k]) for k in g)
    missing = [k for k in g for _ in range(g[k] - min(p[k], g[k]))]
    extra = [k for k in p for _ in range(p[k] - min(p[k], g[k]))]
    return tp, len(extra), len(missing), missing, extra


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _read(outdir: Path, name: str) -> pd.DataFrame:
    path = outdir / f"{name}.csv"
    return pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists() else pd.DataFrame()


def _gold_cells(gold: dict, gold_dir: Path, stem: str) -> set | None:
    if "table_cells" in gold:
        return {(_nfc(c["subunit"]).lower(), c["field"], _num(c["value"])) for c in gold["table_cells"]}
    appendix = gold_dir.parent / "corpus" / f"appendix_{stem[:3]}.json"
    if appendix.exists():
        t = json.loads(appendix.read_text(encoding="utf-8"))
        return {(_nfc(r["don_vi"]).lower(), f, _num(r[k])) for r in t["rows"] for k, f in APPENDIX_FIELDS.items() if k in r}
    return None


def evaluate(outdir: str | Path, gold_dir: str | Path) -> dict:
    """Per-document misses and extras, and the totals, as a dict."""
    outdir, gold_dir = Path(outdir), Path(gold_dir)
    docs = _read(outdir, "documents")
    if docs.empty:
        raise SystemExit(f"baocao eval: no rows in {outdir / 'documents.csv'}")
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    stem_of = {r.doc_id: Path(r.source_path).stem for r in docs.itertuples()}
    figs, cells, refs, checks = defaultdict(set), defaultdict(set), defaultdict(set), defaultdict(list)
    for r in _read(outdir, "figures").to_dict("records"):
        s = stem_of.get(r["doc_id"])
        if s in golds and r["metric"].startswith("models_"):
            key = (r["metric"], r.get("field") or "total", _num(r["value"]))
            if _nfc(r.get("subunit")):
                cells[s].add((_nfc(r["subunit"]).lower(), key[1], key[2]))
            else:
                figs[s].add(key)
    for r in _read(outdir, "references").to_dict("records"):
        s = stem_of.get(r["doc_id"])
        if s in golds:
            refs[s].add((_symbol(r["symbol"]), (r.get("issue_date") or "")[:10] or None))
    for r in _read(outdir, "checks").to_dict("records"):
        checks[stem_of.get(r["doc_id"])].append(r)
    totals = defaultdict(lambda: [0, 0, 0])
    meta_ok = meta_n = 0
    report = {"docs": {}, "unseen": sorted(set(golds) - set(stem_of.values()))}
    for stem in sorted(set(stem_of.values()) & set(golds)):
        g = golds[stem]
        row = docs[docs.doc_id.map(stem_of) == stem].iloc[0].to_dict()
        d = {}
        gf = {(x["metric"], x.get("field") or "total", _num(x["value"])) for x in g.get("model_counts", [])}
        d["model_counts"] = _match(figs[stem], gf)
        gr = {(_symbol(x["symbol"]), x.get("issue_date")) for x in g.get("references", [])}
        d["references"] = _match(refs[stem], gr)
        gc = _gold_cells(g, gold_dir, stem)
        if gc is not None:
            d["table_cells"] = _match(cells[stem], gc)
        fields = {}
        for k, want in g.get("document", {}).items():
            got = row.get(k, "")
            ok = _num(got) == want if isinstance(want, int) else _nfc(got).lower() == _nfc(want).lower()
            fields[k] = (want, got, ok)
            meta_n += 1
            meta_ok += ok
        d["document"] = fields
        want_fail = [c for c in g.get("consistency", []) if c["status"] == "fail"]
        flagged = sum(any(r["status"] == "fail" and r["check"] == c["check"] for r in checks[stem]) for c in want_fail)
        d["conflicts"] = (flagged, len(want_fail))
        expected_kinds = {c["check"] for c in want_fail}
        d["false_alarms"] = [r.get("detail") or r["check"] for r in checks[stem] if r["status"] == "fail" and r["check"] not in expected_kinds]
        totals["alarms"][0] += sum(r["status"] == "fail" for r in checks[stem])
        totals["alarms"][1] += len(d["false_alarms"])
        for k in ("model_counts", "references", "table_cells"):
            if k in d:
                for i in range(3):
                    totals[k][i] += d[k][i]
        totals["conflicts"][0] += flagged
        totals["conflicts"][2] += len(want_fail) - flagged
        report["docs"][stem] = d
    for stem in report["unseen"]:
        totals["model_counts"][2] += len(golds[stem].get("model_counts", []))
        totals["references"][2] += len(golds[stem].get("references", []))
        meta_n += len(golds[stem].get("document", {}))
    report["summary"] = {k: _prf(*totals[k]) for k in ("model_counts", "references", "table_cells")}
    report["summary"]["document_fields"] = meta_ok / meta_n if meta_n else 0.0
    report["summary"]["conflicts"] = (totals["conflicts"][0], totals["conflicts"][0] + totals["conflicts"][2])
    report["summary"]["docs"] = (len(report["docs"]), len(golds))
    report["summary"]["alarms"] = (totals["alarms"][0], totals["alarms"][1])
    return report


def format_report(report: dict, verbose: bool = True) -> str:
    """Readable lines: per document misses/extras (verbose), then the totals."""
    lines = []
    if verbose:
        for stem, d in report["docs"].items():
            mc, rf = d["model_counts"], d["references"]
            lines.append(f"{stem}: model_counts tp={mc[0]} fp={mc[1]} fn={mc[2]}  references tp={rf[0]} fp={rf[1]} fn={rf[2]}")
            lines += [f"   missing figure {m}" for m in mc[3]] + [f"   extra figure   {m}" for m in mc[4][:20]]
            lines += [f"   missing ref    {m}" for m in rf[3]] + [f"   extra ref      {m}" for m in rf[4][:20]]
            if "table_cells" in d:
                tc = d["table_cells"]
                lines += [f"   missing cell   {m}" for m in tc[3]] + [f"   extra cell     {m}" for m in tc[4][:20]]
            lines += [f"   document.{k}: want {w!r} got {g!r}" for k, (w, g, ok) in d["document"].items() if not ok]
            lines += [f"   unexpected failed check: {a}" for a in d["false_alarms"]]
        lines += [f"{stem}: not in the run's documents.csv" for stem in report["unseen"]]
    s = report["summary"]
    if verbose and s["alarms"][0]:
        lines.append(f"failed checks: {s['alarms'][0]}, of kinds the gold does not expect: {s['alarms'][1]}")
    mc, rf, tc = s["model_counts"], s["references"], s["table_cells"]
    lines.append(
        f"model_counts F1={mc[2]:.3f} (P={mc[0]:.3f} R={mc[1]:.3f})  references F1={rf[2]:.3f}  "
        f"document fields={s['document_fields']:.3f}  table cells F1={tc[2]:.3f}  "
        f"conflicts flagged={s['conflicts'][0]}/{s['conflicts'][1]}  gold docs={s['docs'][0]}/{s['docs'][1]}"
    )

    return "\n".join(lines)
