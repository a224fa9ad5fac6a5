"""The grading rules: attendance, weighted final score, result and at-risk."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from rumahbatik.domain import grading
from rumahbatik.domain.formatting import format_date_long_id, format_date_range_id
from rumahbatik.domain.grading import Unit
from rumahbatik.domain.training import Mark, Result

UNITS = [Unit(1, "Menggambar pola", Decimal(1)), Unit(2, "Mencanting", Decimal(2))]
D = Decimal


EIGHTY, SEVENTY = D(80), D(70)


def _decide(attended=5, days=5, scores=None, required=EIGHTY, pass_mark=SEVENTY):
    return grading.decide(
        attended=attended, days=days, attendance_required=required, units=UNITS,
        scores={1: D(80), 2: D(80)} if scores is None else scores, pass_mark=pass_mark,
    )  # fmt: skip


def test_present_and_late_count_excused_and_absent_do_not():
    marks = [Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT, Mark.PRESENT]
    assert grading.attended_days(marks) == 3
    assert grading.attendance_pct(3, 5) == D("60.00")
    assert grading.attendance_pct(2, 3) == D("66.67")
    assert grading.attendance_pct(0, 0) == D("0.00")


def test_weighted_final_score_rounds_half_up():
    assert grading.final_score({1: D(70), 2: D(85)}, {1: D(1), 2: D(2)}) == D("80.00")
    assert grading.final_score({1: D("84.125"), 2: D("84.125")}, {1: D(1), 2: D(1)}) == D("84.13")
    assert grading.final_score({1: D(70)}, {1: D(1), 2: D(2)}) is None


def test_passed_names_the_numbers():
    d = _decide()
    assert d.result is Result.PASSED and d.rule == grading.RULE_PASSED
    assert d.params == {"attendance": "100", "required": "80", "final": "80", "pass_mark": "70"}


def test_attendance_is_the_first_rule_named():
    d = _decide(attended=3, scores={1: D(10)})
    assert d.result is Result.FAILED and d.rule == grading.RULE_ATTENDANCE
    assert d.params == {"attendance": "60", "required": "80"}


def test_attendance_is_compared_exactly_not_rounded():
    # 79.996 % would round to 80.00 but is below 80 %.
    assert not grading.attendance_met(19999, 25000, D(80))
    assert grading.attendance_met(4, 5, D(80))


def test_missing_score_then_final_below_pass_mark():
    d = _decide(scores={1: D(90)})
    assert d.rule == grading.RULE_SCORE_MISSING and d.params == {"competency": "Mencanting"}
    d = _decide(scores={1: D(60), 2: D(60)})
    assert d.result is Result.FAILED and d.params == {"final": "60", "pass_mark": "70"}


def test_final_equal_to_pass_mark_passes():
    assert _decide(scores={1: D(90), 2: D(60)}).result is Result.PASSED


def test_at_risk_before_the_last_day():
    kw = {"days": 5, "attendance_required": D(80), "units": UNITS, "pass_mark": D(70)}
    assert not grading.at_risk(attended=2, remaining_days=2, scores={}, **kw).at_risk
    risk = grading.at_risk(attended=1, remaining_days=2, scores={}, **kw)
    assert risk.at_risk and risk.rule == grading.RULE_AT_RISK_ATTENDANCE
    risk = grading.at_risk(attended=3, remaining_days=2, scores={1: D(50)}, **kw)
    assert risk.at_risk and risk.params == {"current": "50", "pass_mark": "70"}


def test_score_check():
    assert (
        grading.check_score(D("72.5")) and grading.check_score(D(0)) and grading.check_score(D(100))
    )
    assert not grading.check_score(D("100.01"))
    assert not grading.check_score(D(-1))
    assert not grading.check_score(D("72.555"))
    assert not grading.check_score(D("NaN"))


def test_indonesian_long_dates():
    from datetime import date

    assert format_date_long_id(date(2022, 5, 27)) == "27 Mei 2022"
    assert format_date_range_id(date(2022, 5, 23), date(2022, 5, 27)) == "23–27 Mei 2022"
    assert format_date_range_id(date(2022, 5, 30), date(2022, 6, 3)) == "30 Mei – 3 Juni 2022"


scores_st = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@given(a=scores_st, b=scores_st, wa=st.integers(1, 10), wb=st.integers(1, 10))
def test_final_score_lies_between_the_scores(a, b, wa, wb):
    final = grading.final_score({1: a, 2: b}, {1: D(wa), 2: D(wb)})
    assert final is not None
    assert min(a, b) <= final <= max(a, b)
    assert final == final.quantize(D("0.01"))


@given(attended=st.integers(0, 60), extra=st.integers(0, 60), req=st.integers(0, 100))
def test_result_rule_is_consistent(attended, extra, req):
    days = max(1, attended + extra)
    attended = min(attended, days)
    d = _decide(attended=attended, days=days, required=D(req))
    met = attended * 100 >= req * days
    assert (d.rule != grading.RULE_ATTENDANCE) == met
    assert (d.result is Result.PASSED) == met  # scores are 80/80 here, pass mark 70
    assert D(0) <= d.attendance <= D(100)


@given(attended=st.integers(0, 10), remaining=st.integers(0, 10))
def test_not_at_risk_means_full_attendance_still_passes(attended, remaining):
    days = attended + remaining + 1
    risk = grading.at_risk(
        attended=attended, remaining_days=remaining, days=days, attendance_required=D(80),
        units=UNITS, scores={}, pass_mark=D(70),
    )  # fmt: skip
    assert risk.at_risk == (not grading.attendance_met(attended + remaining, days, D(80)))
