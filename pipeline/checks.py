"""Consistency checks over one document's model counts.

- ``fields_sum_to_total``: per metric, when a total and all four fields are
  known, do the fields add up? (where a field has two values, any choice that
  adds up passes: the conflict is reported by its own check)
- ``collective_plus_individual``: collective + individual = registered total.
- ``conflicting_values``: one metric, field, level, period and organisation
  stated with two values: both rows stay in figures, and this flags them.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import product

FIELDS = ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri")


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if float(v).is_integer() else f"{v}"


def run_checks(doc_id: str, figures: list[dict]) -> list[dict]:
    """Check rows for one document's figures (only ``models_*`` metrics,
    only the document's own unit: rows with a sub-unit are table cells)."""
    values: dict[tuple, set[float]] = defaultdict(set)
    scoped: dict[tuple, set[float]] = defaultdict(set)  # the same, per organisation and period
    for f in figures:
        metric = str(f.get("metric", ""))
        if not metric.startswith("models_") or metric == "models_target" or f.get("subunit") or f.get("value_max") not in (None, ""):
            continue  # targets are per unit or per year: different scopes, not conflicts
        values[(f["metric"], f.get("field") or "total", f.get("level") or "")].add(float(f["value"]))
        scope = (f.get("subject") or "", f.get("period_start"), f.get("period_end"))
        scoped[(f["metric"], f.get("field") or "total", f.get("level") or "", scope)].add(float(f["value"]))
    out = []
    for (metric, field, level, _), vals in sorted(scoped.items(), key=lambda kv: str(kv[0])):
        if len(vals) > 1:
            shown = ", ".join(_fmt(v) for v in sorted(vals))
            out.append(_row(doc_id, "conflicting_values", metric, field, "fail", None, None,
                            f"{metric} / {field}{' / ' + level if level else ''} stated with different values: {shown}"))
    for metric in sorted({k[0] for k in values}):
        total = values.get((metric, "total", ""))
        fields = [values.get((metric, f, "")) for f in FIELDS]
        if not total or not all(fields):
            continue
        sums = {sum(c) for c in product(*fields)}
        for t in sorted(total):
            ok = t in sums
            observed = t if ok else min(sums, key=lambda s: abs(s - t))
            out.append(_row(doc_id, "fields_sum_to_total", metric, "total", "pass" if ok else "fail", t, observed,
                            f"{metric}: fields add up to {_fmt(observed)}, total stated {_fmt(t)}"))
    coll, ind = values.get(("models_collective", "total", "")), values.get(("models_individual", "total", ""))
    reg = values.get(("models_registered", "total", ""))
    if coll and ind and reg:
        sums = {a + b for a, b in product(coll, ind)}
        for t in sorted(reg):
            ok = t in sums
            observed = t if ok else min(sums, key=lambda s: abs(s - t))
            out.append(_row(doc_id, "collective_plus_individual", "models_registered", "total", "pass" if ok else "fail",
                            t, observed, f"collective + individual = {_fmt(observed)}, registered total {_fmt(t)}"))
    return out


def _row(doc_id, check, metric, field, status, expected, observed, detail) -> dict:
    return {"doc_id": doc_id, "check": check, "metric": metric, "field": field, "status": status,
            "expected": expected, "observed": observed, "detail": detail}
