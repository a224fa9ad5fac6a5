"""The grading rules of a training course, pure and stated once.

* **Attendance**: a day counts as attended when the trainee was *present* or *late*. *Excused*
  (izin) and *absent* do not count, as is usual in Indonesian training programmes; a day
  without a mark counts as not attended. The percentage is attended days / training days × 100.
  Whether the requirement is met is decided on the exact fraction (``attended × 100 ≥
  required × days``); the 2-place percentage is only what is shown.
* **Final score**: Σ(score × weight) / Σ(weight), rounded half-up to 2 places.
* **Result**: passed iff attendance ≥ the course's required % AND every competency unit has a
  score AND the final score ≥ the pass mark. Otherwise failed, and the *first* failing rule
  in that order is the one named.
* **At risk** (before the last day): even full attendance on the remaining days cannot reach
  the required %, or the weighted score of the units scored so far is below the pass mark.

Rules are English source text with ``{placeholders}`` in the "Training" translation context.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.training import Mark, Result

TWO_PLACES = Decimal("0.01")
HUNDRED = Decimal(100)
MIN_SCORE = Decimal(0)
MAX_SCORE = Decimal(100)

#: Marks that count as an attended day.
ATTENDED: frozenset[Mark] = frozenset({Mark.PRESENT, Mark.LATE})

RULE_PASSED = QT_TRANSLATE_NOOP(
    "Training",
    "passed: attendance {attendance}% (required {required}%), every unit scored, final score "
    "{final} (pass mark {pass_mark})",
)
RULE_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Training",
    "attendance {attendance}% is below the required {required}% (present and late count as "
    "attended; excused and absent do not)",
)
RULE_SCORE_MISSING = QT_TRANSLATE_NOOP("Training", "score missing for {competency}")
RULE_FINAL_BELOW = QT_TRANSLATE_NOOP(
    "Training", "final score {final} is below the pass mark {pass_mark}"
)
RULE_UNDECIDED = QT_TRANSLATE_NOOP(
    "Training", "not decided yet: the result is computed when the cohort is closed"
)
RULE_AT_RISK_ATTENDANCE = QT_TRANSLATE_NOOP(
    "Training",
    "at risk: even with full attendance on the remaining days, attendance cannot reach {required}%",
)
RULE_AT_RISK_SCORE = QT_TRANSLATE_NOOP(
    "Training", "at risk: the score so far ({current}) is below the pass mark {pass_mark}"
)
RULE_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "Training", "result set by {user} instead of the rules ({rule_result}): {reason}"
)


def round2(value: Decimal) -> Decimal:
    """Half-up to 2 places (``Decimal("84.125")`` → ``84.13``)."""
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def plain(value: Decimal) -> str:
    """A number as a rule shows it: ``80.00`` → ``80``, ``84.50`` → ``84.5``."""
    text = format(round2(value), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def attended_days(marks: Iterable[Mark]) -> int:
    """How many of ``marks`` count as attended (present or late)."""
    return sum(1 for m in marks if m in ATTENDED)


def attendance_pct(attended: int, days: int) -> Decimal:
    """``attended / days × 100`` to 2 places; 0 when there are no days yet."""
    if days <= 0:
        return Decimal("0.00")
    return round2(Decimal(attended) * HUNDRED / Decimal(days))


def attendance_met(attended: int, days: int, required: Decimal) -> bool:
    """The requirement on the exact fraction (no rounding up of 79.99% to 80%)."""
    return Decimal(attended) * HUNDRED >= required * Decimal(days)


def weighted_score(scores: Mapping[int, Decimal], weights: Mapping[int, Decimal]) -> Decimal | None:
    """Σ(score × weight) / Σ(weight) over the units in ``scores`` that have a weight.

    None when no unit with a positive total weight is scored.
    """
    total_weight = sum((weights[k] for k in scores if k in weights), Decimal(0))
    if total_weight <= 0:
        return None
    total = sum((scores[k] * weights[k] for k in scores if k in weights), Decimal(0))
    return round2(total / total_weight)


def final_score(scores: Mapping[int, Decimal], weights: Mapping[int, Decimal]) -> Decimal | None:
    """The final score over *every* unit in ``weights``; None while any is missing."""
    if any(k not in scores for k in weights):
        return None
    return weighted_score(scores, weights)


@dataclass(frozen=True)
class Unit:
    """A competency unit as the rules see it."""

    id: int
    name: str
    weight: Decimal


@dataclass(frozen=True)
class Decision:
    result: Result
    rule: str
    params: dict[str, str] = field(default_factory=dict)
    final: Decimal | None = None
    attendance: Decimal = Decimal("0.00")


def decide(
    *,
    attended: int,
    days: int,
    attendance_required: Decimal,
    units: list[Unit],
    scores: Mapping[int, Decimal],
    pass_mark: Decimal,
) -> Decision:
    """The result by the stated rules; a failure names the first rule that failed."""
    pct = attendance_pct(attended, days)
    weights = {u.id: u.weight for u in units}
    final = final_score(scores, weights)
    if not attendance_met(attended, days, attendance_required):
        params = {"attendance": plain(pct), "required": plain(attendance_required)}
        return Decision(Result.FAILED, RULE_ATTENDANCE, params, final, pct)
    missing = [u.name for u in units if u.id not in scores]
    if missing:
        return Decision(
            Result.FAILED, RULE_SCORE_MISSING, {"competency": ", ".join(missing)}, final, pct
        )
    if final is None or final < pass_mark:
        params = {"final": plain(final or Decimal(0)), "pass_mark": plain(pass_mark)}
        return Decision(Result.FAILED, RULE_FINAL_BELOW, params, final, pct)
    params = {
        "attendance": plain(pct),
        "required": plain(attendance_required),
        "final": plain(final),
        "pass_mark": plain(pass_mark),
    }
    return Decision(Result.PASSED, RULE_PASSED, params, final, pct)


@dataclass(frozen=True)
class Risk:
    at_risk: bool
    rule: str = ""
    params: dict[str, str] = field(default_factory=dict)


def at_risk(
    *,
    attended: int,
    remaining_days: int,
    days: int,
    attendance_required: Decimal,
    units: list[Unit],
    scores: Mapping[int, Decimal],
    pass_mark: Decimal,
) -> Risk:
    """Before the last day: can the trainee still pass?

    At risk when even full attendance on the ``remaining_days`` cannot reach the required %,
    or the weighted score of the units scored so far is below the pass mark.
    """
    if not attendance_met(attended + max(remaining_days, 0), days, attendance_required):
        return Risk(True, RULE_AT_RISK_ATTENDANCE, {"required": plain(attendance_required)})
    current = weighted_score(scores, {u.id: u.weight for u in units})
    if current is not None and current < pass_mark:
        return Risk(
            True, RULE_AT_RISK_SCORE, {"current": plain(current), "pass_mark": plain(pass_mark)}
        )
    return Risk(False)


def check_score(value: Decimal) -> bool:
    """A score is a finite number from 0 to 100 with at most 2 decimals."""
    return (
        value.is_finite()
        and MIN_SCORE <= value <= MAX_SCORE
        and value == value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
    )
