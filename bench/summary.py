"""Medians, ratios to the reference case, and goals: the numbers the report shows."""

from __future__ import annotations

from dataclasses import dataclass

from bench.cases import Metric
from bench.runner import CaseResult


@dataclass(frozen=True)
class MetricSummary:
    case: str
    metric: Metric
    samples: list[float]
    median: float | None
    reference: str | None
    reference_median: float | None
    ratio: float | None
    goal: float | None
    goal_met: bool | None

    def to_json(self) -> dict[str, object]:
        return {
            "metric": self.metric.key,
            "label": self.metric.label,
            "unit": self.metric.unit,
            "samples": self.samples,
            "median": self.median,
            "min": min(self.samples) if self.samples else None,
            "max": max(self.samples) if self.samples else None,
            "reference": self.reference,
            "reference_median": self.reference_median,
            "ratio": self.ratio,
            "goal": self.goal,
            "goal_met": self.goal_met,
        }


def summarize(result: CaseResult, by_name: dict[str, CaseResult]) -> list[MetricSummary]:
    """One summary per declared metric of the case (empty medians unless it ran)."""
    ref = by_name.get(result.case.reference) if result.case.reference else None
    out = []
    for metric in result.case.all_metrics:
        med = result.median(metric.key)
        ref_med = ref.median(metric.key) if ref is not None else None
        ratio = med / ref_med if med is not None and ref_med else None
        goal = result.case.goals.get(metric.key)
        out.append(
            MetricSummary(
                case=result.case.name,
                metric=metric,
                samples=result.values(metric.key) if result.status == "ok" else [],
                median=med,
                reference=result.case.reference,
                reference_median=ref_med,
                ratio=ratio,
                goal=goal,
                goal_met=None if goal is None or med is None else med < goal,
            )
        )
    return out
