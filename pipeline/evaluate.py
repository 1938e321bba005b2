"""``baocao eval``: score a run's tables against gold annotations.

Gold files are JSON, one per document, named by the input file's stem, with
``document`` (expected field values, other accepted values in
``document_alternatives``), ``model_counts`` (metric, field, value, and
optionally level, period and ``alternatives``), ``references`` (symbol,
issue_date) and ``consistency`` (checks with status). Table cells come from an
``appendix_<first 3 chars of stem>.json`` in the ``corpus/`` folder beside
the gold folder or, where there is none, from the gold's own ``table_cells``
(subunit, field, value). The numbers are those of the project's reference
scorer (``eval/score.py`` of the shared evaluation set), rule for rule, so the
two summary lines agree; ``table_cells`` in a gold file is the one addition.
"""
from __future__ import annotations

import csv
import json
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

APPENDIX_FIELDS = {"kinh_te": "kinh_te", "van_hoa_xa_hoi": "van_hoa_xa_hoi", "quoc_phong_an_ninh": "quoc_phong_an_ninh",
                   "xay_dung_htct": "xay_dung_he_thong_chinh_tri", "tong": "total"}
SCOPE_KEYS = ("level", "period_start", "period_end")

Key = tuple  # (metric, field, value) of a model count; (subunit, field, value) of a table cell


class EvaluationError(ValueError):
    """A run or gold folder that cannot be scored; ``baocao eval`` prints it as one line."""


class PRF(NamedTuple):
    precision: float
    recall: float
    f1: float


class Match(NamedTuple):
    """Counts and the facts behind them, for one document and one kind of fact."""
    tp: int
    fp: int
    fn: int
    missing: list
    extra: list


@dataclass
class Run:
    """A run's tables, keeping only the rows of documents that have a gold file, by gold stem."""
    docs: dict[str, dict] = field(default_factory=dict)  # stem -> its (first) documents row
    figs: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    scopes: dict[str, dict] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    cells: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    refs: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    checks: dict[str, list] = field(default_factory=lambda: defaultdict(list))


def _nfc(s) -> str:
    return unicodedata.normalize("NFC", "" if s is None else str(s)).strip()


def _num(v) -> float | None:
    """A number rounded as the reference scorer rounds it; None for text that is none."""
    try:
        return round(float(v), 4)
    except (TypeError, ValueError):
        return None


def _symbol(s) -> str:
    return _nfc(s).upper().replace(" ", "")


def _count_key(x: dict) -> Key:
    return (x["metric"], x.get("field") or "total", _num(x["value"]))


def _prf(tp: int, fp: int, fn: int) -> PRF:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return PRF(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def _read_csv(path: Path) -> list[dict]:
    """Rows of a run's CSV table as strings ([] when the table is absent), with or without a BOM."""
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def read_gold(gold_dir: str | Path) -> dict[str, dict]:
    """The gold files of ``gold_dir`` by stem; an error when there are none or one is not JSON."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise EvaluationError(f"gold folder {gold_dir} does not exist")
    golds = {}
    for p in sorted(gold_dir.glob("*.json")):
        try:
            golds[p.stem] = json.loads(p.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            raise EvaluationError(f"gold file {p} is not valid JSON: {e}") from None
    if not golds:
        raise EvaluationError(f"no gold files (*.json) in {gold_dir}")
    return golds


def read_run(outdir: str | Path, golds: dict[str, dict]) -> Run:
    """The rows of a run's tables that belong to a gold document, grouped by stem.

    Model counts are sets, as in the reference scorer: a figure stated in the
    body and again in a footnote is one fact. Rows with a ``subunit`` are
    appendix-table cells, not model counts."""
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise EvaluationError(f"output folder {outdir} does not exist")
    if not (outdir / "documents.csv").exists():
        raise EvaluationError(f"no documents.csv in {outdir}: not a folder 'baocao run' wrote")
    docs = _read_csv(outdir / "documents.csv")
    if not docs:
        raise EvaluationError(f"no rows in {outdir / 'documents.csv'}")
    stem_of = {d.get("doc_id"): Path(d.get("source_path") or "").stem for d in docs}
    run = Run()
    for d in docs:
        s = stem_of[d.get("doc_id")]
        if s in golds and s not in run.docs:
            run.docs[s] = d
    if not run.docs:
        raise EvaluationError(f"none of the {len(golds)} gold files matches a document of {outdir / 'documents.csv'}"
                              " (gold files are named by the stem of source_path)")
    for r in _read_csv(outdir / "figures.csv"):
        s = stem_of.get(r.get("doc_id"))
        if s in golds and (r.get("metric") or "").startswith("models_"):
            key = (r["metric"], r.get("field") or "total", _num(r.get("value")))
            if _nfc(r.get("subunit")):
                run.cells[s].add((_nfc(r["subunit"]).lower(), key[1], key[2]))
            else:
                run.figs[s].add(key)
                run.scopes[s][key].add((_nfc(r.get("level")).lower(), _num(r.get("period_start")), _num(r.get("period_end"))))
    for r in _read_csv(outdir / "references.csv"):
        s = stem_of.get(r.get("doc_id"))
        if s in golds:
            run.refs[s].add((_symbol(r.get("symbol")), (r.get("issue_date") or "")[:10] or None))
    for r in _read_csv(outdir / "checks.csv"):
        s = stem_of.get(r.get("doc_id"))
        if s in golds:
            run.checks[s].append(r)
    return run


def match_sets(pred, gold) -> Match:
    """Multiset matching of found and expected keys (extras sorted, so reports are stable)."""
    p, g = Counter(pred), Counter(gold)
    tp = sum(min(p[k], g[k]) for k in g)
    missing = [k for k in g for _ in range(g[k] - min(p[k], g[k]))]
    extra = sorted((k for k in p for _ in range(p[k] - min(p[k], g[k]))), key=str)
    return Match(tp, len(extra), len(missing), missing, extra)


def match_counts(pred: set, entries: list[dict]) -> tuple[Match, list[tuple[dict, Key]]]:
    """Match found model counts with gold entries, and the (entry, key found) pairs.

    An entry's ``alternatives`` are other readings the contract allows; they
    are tried only after every primary reading has had its match, so an
    alternative never takes a row another entry reads primarily. An
    alternative whose metric is not ``models_*`` means "no model-count row" is
    acceptable: unmatched, such an entry is neither found nor missed."""
    left = Counter(pred)
    tp, missing, matched, optional = 0, [], [], []
    for x in entries:
        k = _count_key(x)
        if left[k] > 0:
            left[k] -= 1
            tp += 1
            matched.append((x, k))
        else:
            optional.append(x)
    for x in optional:
        alts = x.get("alternatives") or []
        hit = next((_count_key(a) for a in alts if a["metric"].startswith("models_") and left[_count_key(a)] > 0), None)
        if hit:
            left[hit] -= 1
            tp += 1
            matched.append((x, hit))
        elif not any(not a["metric"].startswith("models_") for a in alts):
            missing.append(_count_key(x))
    extra = sorted((k for k, n in left.items() for _ in range(n)), key=str)
    return Match(tp, len(extra), len(missing), missing, extra), matched


def scope_misses(matched: list[tuple[dict, Key]], scopes: dict) -> tuple[int, list]:
    """Of the matched counts whose gold entry states a level or period, how many
    were found with them (level, period_start, period_end all as stated), and
    the (key, wanted, found) of the others."""
    ok_n, wrong = 0, []
    for x, key in matched:
        want = {k: x[k] for k in SCOPE_KEYS if x.get(k) not in (None, "")}
        if not want:
            continue
        want_t = {k: (_nfc(v).lower() if k == "level" else _num(v)) for k, v in want.items()}
        found = scopes.get(key, set())
        if any(all(dict(zip(SCOPE_KEYS, got))[k] == v for k, v in want_t.items()) for got in found):
            ok_n += 1
        else:
            wrong.append((key, want, sorted(found, key=str)))
    return ok_n, wrong


def document_fields(gold: dict, row: dict) -> dict[str, tuple]:
    """field -> (wanted, got, ok); ``document_alternatives`` lists other accepted values."""
    alts = gold.get("document_alternatives", [])
    fields = {}
    for k, want in gold.get("document", {}).items():
        got = row.get(k)
        ok = any(_num(got) == w if isinstance(w, int) else _nfc(got).lower() == _nfc(w).lower()
                 for w in [want] + [a[k] for a in alts if k in a])
        fields[k] = (want, got, ok)
    return fields


def gold_cells(gold: dict, gold_dir: Path, stem: str) -> set | None:
    """Expected appendix-table cells: the appendix file beside the gold folder, else the gold's ``table_cells``."""
    appendix = gold_dir.parent / "corpus" / f"appendix_{stem[:3]}.json"
    if appendix.exists():
        t = json.loads(appendix.read_text(encoding="utf-8"))
        return {(_nfc(r["don_vi"]).lower(), f, _num(r[k])) for r in t["rows"] for k, f in APPENDIX_FIELDS.items() if k in r}
    if "table_cells" in gold:
        return {(_nfc(c["subunit"]).lower(), c["field"], _num(c["value"])) for c in gold["table_cells"]}
    return None


def score_document(stem: str, gold: dict, run: Run, gold_dir: Path) -> dict:
    """One gold document against the run's rows for it."""
    d = {}
    d["model_counts"], matched = match_counts(run.figs[stem], gold.get("model_counts", []))
    d["scope"] = scope_misses(matched, run.scopes[stem])
    d["references"] = match_sets(run.refs[stem], {(_symbol(x["symbol"]), x.get("issue_date")) for x in gold.get("references", [])})
    cells = gold_cells(gold, gold_dir, stem)
    if cells is not None:
        d["table_cells"] = match_sets(run.cells[stem], cells)
    d["document"] = document_fields(gold, run.docs[stem])
    failed = [r for r in run.checks[stem] if (r.get("status") or "").lower() == "fail"]
    want_fail = [c for c in gold.get("consistency", []) if c["status"] == "fail"]
    d["conflicts"] = (sum(any(r.get("check") == c["check"] for r in failed) for c in want_fail), len(want_fail))
    expected = {c["check"] for c in want_fail}
    d["false_alarms"] = [r.get("detail") or r.get("check") for r in failed if r.get("check") not in expected]
    d["failed_checks"] = len(failed)
    return d


def summarise(docs: dict[str, dict], golds: dict[str, dict]) -> dict:
    """Totals over the scored documents; a gold document the run never produced counts as all missed."""
    tot = defaultdict(lambda: [0, 0, 0])
    meta_ok = meta_n = scope_ok = scope_n = flagged = want = alarms = false_alarms = 0
    for d in docs.values():
        for k in ("model_counts", "references", "table_cells"):
            if k in d:
                tot[k] = [t + v for t, v in zip(tot[k], d[k][:3])]
        scope_ok += d["scope"][0]
        scope_n += d["scope"][0] + len(d["scope"][1])
        meta_n += len(d["document"])
        meta_ok += sum(ok for _, _, ok in d["document"].values())
        flagged, want = flagged + d["conflicts"][0], want + d["conflicts"][1]
        alarms, false_alarms = alarms + d["failed_checks"], false_alarms + len(d["false_alarms"])
    for stem in sorted(set(golds) - set(docs)):
        g = golds[stem]
        tot["model_counts"][2] += len(g.get("model_counts", []))
        tot["references"][2] += len(g.get("references", []))
        meta_n += len(g.get("document", {}))
    s = {k: _prf(*tot[k]) for k in ("model_counts", "references", "table_cells")}
    s["document_fields"] = meta_ok / meta_n if meta_n else 0.0
    s["scope"] = (scope_ok, scope_n)
    s["conflicts"] = (flagged, want)
    s["docs"] = (len(docs), len(golds))
    s["alarms"] = (alarms, false_alarms)
    return s


def evaluate(outdir: str | Path, gold_dir: str | Path) -> dict:
    """Per-document matches (``docs``), gold stems the run lacks (``unseen``) and the totals (``summary``).

    Raises EvaluationError when the run folder or its documents table is
    missing or empty, or when no gold file names one of its documents."""
    gold_dir = Path(gold_dir)
    golds = read_gold(gold_dir)
    run = read_run(outdir, golds)
    docs = {stem: score_document(stem, golds[stem], run, gold_dir) for stem in sorted(run.docs)}
    return {"docs": docs, "unseen": sorted(set(golds) - set(docs)), "summary": summarise(docs, golds)}


def summary_line(s: dict) -> str:
    """The totals in the reference scorer's words and rounding."""
    mc, rf, tc = ([round(x, 3) for x in s[k]] for k in ("model_counts", "references", "table_cells"))
    return (f"model_counts F1={mc[2]:.3f} (P={mc[0]:.3f} R={mc[1]:.3f})  references F1={rf[2]:.3f}"
            f"  document fields={round(s['document_fields'], 3):.3f}  table cells F1={tc[2]:.3f}"
            f"  conflicts flagged={s['conflicts'][0]}/{s['conflicts'][1]}  scope={s['scope'][0]}/{s['scope'][1]}"
            f"  gold docs={s['docs'][0]}/{s['docs'][1]}")


def format_report(report: dict, verbose: bool = True) -> str:
    """Readable lines: per document misses/extras (verbose), then the totals."""
    lines = []
    if verbose:
        for stem, d in report["docs"].items():
            mc, rf = d["model_counts"], d["references"]
            lines.append(f"{stem}: model_counts tp={mc.tp} fp={mc.fp} fn={mc.fn}  references tp={rf.tp} fp={rf.fp} fn={rf.fn}")
            lines += [f"   missing figure {m}" for m in mc.missing] + [f"   extra figure   {m}" for m in mc.extra[:20]]
            lines += [f"   missing ref    {m}" for m in rf.missing] + [f"   extra ref      {m}" for m in rf.extra[:20]]
            if "table_cells" in d:
                tc = d["table_cells"]
                lines += [f"   missing cell   {m}" for m in tc.missing] + [f"   extra cell     {m}" for m in tc.extra[:20]]
            lines += [f"   scope of {k}: want {w} got {g}" for k, w, g in d["scope"][1]]
            lines += [f"   document.{k}: want {w!r} got {g!r}" for k, (w, g, ok) in d["document"].items() if not ok]
            lines += [f"   unexpected failed check: {a}" for a in d["false_alarms"]]
        lines += [f"{stem}: not in the run's documents.csv" for stem in report["unseen"]]
    s = report["summary"]
    if verbose and s["alarms"][0]:
        lines.append(f"failed checks: {s['alarms'][0]}, of kinds the gold does not expect: {s['alarms'][1]}")
    lines.append(summary_line(s))
    return "\n".join(lines)
