"""pipeline.checks: consistency checks over one document's model counts."""
from __future__ import annotations

from pipeline.checks import run_checks

REG = "models_registered"


def fig(metric, field, value, **kw):
    return {"metric": metric, "field": field, "value": value, "subunit": "", "level": "", "value_max": None, **kw}


BASE = [
    fig(REG, "", 100),
    fig(REG, "kinh_te", 40),
    fig(REG, "van_hoa_xa_hoi", 30),
    fig(REG, "quoc_phong_an_ninh", 20),
    fig(REG, "xay_dung_he_thong_chinh_tri", 10),
]


def by_check(rows, check):
    return [r for r in rows if r["check"] == check]


def test_fields_sum_to_total_pass():
    rows = run_checks("doc1", BASE)
    assert rows == [{
        "doc_id": "doc1", "check": "fields_sum_to_total", "metric": REG, "field": "total", "status": "pass",
        "expected": 100.0, "observed": 100.0, "detail": "models_registered: fields add up to 100, total stated 100",
    }]


def test_fields_sum_to_total_fail():
    rows = run_checks("doc1", BASE[:4] + [fig(REG, "xay_dung_he_thong_chinh_tri", 12)])
    assert len(rows) == 1
    r = rows[0]
    assert (r["check"], r["status"], r["expected"], r["observed"]) == ("fields_sum_to_total", "fail", 100.0, 102.0)
    assert r["detail"] == "models_registered: fields add up to 102, total stated 100"


def test_thousands_in_detail():
    rows = run_checks("d", [fig(REG, "", 1306), fig(REG, "kinh_te", 298), fig(REG, "van_hoa_xa_hoi", 612),
                            fig(REG, "quoc_phong_an_ninh", 187), fig(REG, "xay_dung_he_thong_chinh_tri", 205)])
    assert rows[0]["status"] == "fail" and rows[0]["observed"] == 1302.0
    assert rows[0]["detail"] == "models_registered: fields add up to 1.302, total stated 1.306"


def test_no_sum_check_without_all_four_fields():
    assert run_checks("d", BASE[:4]) == []


def test_any_combination_passes_when_a_field_has_two_values():
    rows = run_checks("d", BASE + [fig(REG, "kinh_te", 45)])
    conflict = by_check(rows, "conflicting_values")
    assert [(r["metric"], r["field"], r["status"]) for r in conflict] == [(REG, "kinh_te", "fail")]
    assert conflict[0]["detail"] == "models_registered / kinh_te stated with different values: 40 (body), 45 (body)"
    assert [(r["status"], r["expected"], r["observed"]) for r in by_check(rows, "fields_sum_to_total")] == [("pass", 100.0, 100.0)]


def test_one_sum_row_per_scope_passing_when_any_total_adds_up():
    # two totals in running text: the fields add up to one of them
    rows = run_checks("d", BASE + [fig(REG, "", 105)])
    assert [(r["status"], r["expected"], r["observed"]) for r in by_check(rows, "fields_sum_to_total")] == [("pass", 100.0, 100.0)]
    # two body totals are usually two scopes the text leaves implicit: no conflict
    assert by_check(rows, "conflicting_values") == []


def test_total_against_a_footnote_is_a_conflict():
    rows = run_checks("d", [fig(REG, "", 100, source="body"), fig(REG, "", 105, source="footnote")])
    assert [r["detail"] for r in rows] == ["models_registered / total stated with different values: 100 (body), 105 (footnote)"]


def test_fail_is_reported_against_the_largest_total():
    rows = run_checks("d", BASE[1:] + [fig(REG, "", 90), fig(REG, "", 120)])
    assert [(r["status"], r["expected"], r["observed"]) for r in by_check(rows, "fields_sum_to_total")] == [("fail", 120.0, 100.0)]


def test_counts_of_other_periods_levels_and_organisations_are_other_scopes():
    yearly = fig(REG, "kinh_te", 12, period_start=2023, period_end=2023)
    rows = run_checks("d", BASE + [yearly, fig(REG, "kinh_te", 15, level="xa"), fig(REG, "kinh_te", 18, subject="hội nông dân")])
    assert by_check(rows, "conflicting_values") == []
    assert [r["status"] for r in by_check(rows, "fields_sum_to_total")] == ["pass"]


def test_total_field_spellings_are_the_same_key():
    # field "" / None / "total" all mean the total: equal values are no conflict
    assert run_checks("d", [fig(REG, None, 100), fig(REG, "total", 100), fig(REG, "", 100)]) == []


def test_collective_plus_individual():
    ok = run_checks("d", [fig(REG, "", 100), fig("models_collective", "", 60), fig("models_individual", "", 40)])
    assert [(r["check"], r["metric"], r["status"], r["expected"], r["observed"]) for r in ok] == [
        ("collective_plus_individual", REG, "pass", 100.0, 100.0)]
    bad = run_checks("d", [fig(REG, "", 100), fig("models_collective", "", 60), fig("models_individual", "", 30)])
    assert [(r["status"], r["observed"]) for r in bad] == [("fail", 90.0)]
    assert bad[0]["detail"] == "collective + individual = 90, registered total 100"


def test_collective_plus_individual_needs_all_three():
    assert run_checks("d", [fig("models_collective", "", 60), fig("models_individual", "", 40)]) == []


def test_no_conflict_across_levels_or_subunits():
    rows = run_checks("d", BASE + [
        fig(REG, "kinh_te", 7, level="xa"),
        fig(REG, "kinh_te", 3, subunit="Xã Nghĩa Lâm"),
        fig(REG, "kinh_te", 4, subunit="Xã Nghĩa Sơn"),
    ])
    assert by_check(rows, "conflicting_values") == []
    assert [r["status"] for r in by_check(rows, "fields_sum_to_total")] == ["pass"]


def test_conflict_within_one_level_names_the_level():
    rows = run_checks("d", [fig(REG, "kinh_te", 7, level="xa"), fig(REG, "kinh_te", 9, level="xa")])
    assert [r["detail"] for r in rows] == ["models_registered / kinh_te / xa stated with different values: 7 (body), 9 (body)"]


def test_ranges_and_other_metrics_are_ignored():
    rows = run_checks("d", BASE + [fig(REG, "kinh_te", 99, value_max=120), fig("money", "", 5), fig("money", "", 6)])
    assert [r["check"] for r in rows] == ["fields_sum_to_total"]
    assert rows[0]["status"] == "pass"


def test_no_figures_no_checks():
    assert run_checks("d", []) == []
