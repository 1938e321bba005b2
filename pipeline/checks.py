"""Consistency checks over one document's model counts.

Counts are compared only within one scope: the same level (``cấp xã``),
organisation (``Hội Nông dân``) and period (``năm 2023``). A report full of
yearly, per-level and per-organisation figures would otherwise "conflict"
with itself on every page.

- ``fields_sum_to_total``: per metric and scope, when a total and all four
  fields are known, do the fields add up? One row: ``pass`` when some stated
  total equals some choice of the field values (a field stated twice is the
  conflict check's business), else ``fail`` against the largest total.
- ``collective_plus_individual``: collective + individual = a registered
  total of the same scope; ``fail`` against the closest one otherwise.
- ``conflicting_values``: one metric, field and scope stated with two
  values, where the statements come from different places (body against
  footnote or appendix table) or concern one field. Both rows stay in
  figures; this flags them.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import product

FIELDS = ("kinh_te", "van_hoa_xa_hoi", "quoc_phong_an_ninh", "xay_dung_he_thong_chinh_tri")


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if float(v).is_integer() else f"{v}"


def _scope(f: dict) -> tuple:
    return (f.get("level") or "", f.get("subject") or "", f.get("period_start"), f.get("period_end"))


def _statements(figures: list[dict]) -> dict[tuple, dict[float, set[str]]]:
    """(metric, field, scope) -> value -> the sources stating it."""
    out: dict[tuple, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    for f in figures:
        metric = str(f.get("metric", ""))
        if not metric.startswith("models_") or metric == "models_target":
            continue  # targets are per unit or per year: not statements of fact
        if f.get("subunit") or f.get("value_max") not in (None, ""):
            continue
        out[(metric, f.get("field") or "total", _scope(f))][float(f["value"])].add(f.get("source") or "body")
    return out


def _conflicts(doc_id: str, stated: dict) -> list[dict]:
    rows = []
    for (metric, field, scope), values in sorted(stated.items(), key=lambda kv: str(kv[0])):
        if len(values) < 2:
            continue
        sources = {s for srcs in values.values() for s in srcs}
        if field == "total" and len(sources) < 2:
            continue  # two totals in running text are usually two scopes the text leaves implicit
        level = f" / {scope[0]}" if scope[0] else ""
        shown = ", ".join(f"{_fmt(v)} ({'/'.join(sorted(values[v]))})" for v in sorted(values))
        rows.append(_row(doc_id, "conflicting_values", metric, field, "fail", None, None,
                         f"{metric} / {field}{level} stated with different values: {shown}"))
    return rows


def _sums(doc_id: str, stated: dict) -> list[dict]:
    rows = []
    for (metric, field, scope), totals in sorted(stated.items(), key=lambda kv: str(kv[0])):
        if field != "total":
            continue
        parts = [stated.get((metric, f, scope)) for f in FIELDS]
        if not all(parts):
            continue
        sums = {sum(c) for c in product(*(list(p) for p in parts))}
        ok = sorted(t for t in totals if t in sums)
        if ok:
            rows.append(_row(doc_id, "fields_sum_to_total", metric, "total", "pass", ok[-1], ok[-1],
                             f"{metric}: fields add up to {_fmt(ok[-1])}, total stated {_fmt(ok[-1])}"))
        else:
            t = max(totals)
            observed = min(sums, key=lambda s: abs(s - t))
            rows.append(_row(doc_id, "fields_sum_to_total", metric, "total", "fail", t, observed,
                             f"{metric}: fields add up to {_fmt(observed)}, total stated {_fmt(t)}"))
    return rows


def _collective_individual(doc_id: str, stated: dict) -> list[dict]:
    rows = []
    for (metric, field, scope), coll in sorted(stated.items(), key=lambda kv: str(kv[0])):
        if metric != "models_collective" or field != "total":
            continue
        ind = stated.get(("models_individual", "total", scope))
        reg = stated.get(("models_registered", "total", scope))
        if not ind or not reg:
            continue
        sums = {a + b for a, b in product(coll, ind)}
        ok = sorted(t for t in reg if t in sums)
        if ok:
            rows.append(_row(doc_id, "collective_plus_individual", "models_registered", "total", "pass", ok[-1], ok[-1],
                             f"collective + individual = {_fmt(ok[-1])}, registered total {_fmt(ok[-1])}"))
        else:
            s = max(sums)
            t = min(reg, key=lambda r: abs(r - s))
            rows.append(_row(doc_id, "collective_plus_individual", "models_registered", "total", "fail", t, s,
                             f"collective + individual = {_fmt(s)}, registered total {_fmt(t)}"))
    return rows


def run_checks(doc_id: str, figures: list[dict]) -> list[dict]:
    """Check rows for one document's figures (``models_*`` metrics of the
    document's own unit: rows with a sub-unit are table cells)."""
    stated = _statements(figures)
    return _conflicts(doc_id, stated) + _sums(doc_id, stated) + _collective_individual(doc_id, stated)


def _row(doc_id, check, metric, field, status, expected, observed, detail) -> dict:
    return {"doc_id": doc_id, "check": check, "metric": metric, "field": field, "status": status,
            "expected": expected, "observed": observed, "detail": detail}
