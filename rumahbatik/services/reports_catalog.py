"""The reports the program prints, by name: what the Reports page lists and what
``rumahbatik report NAME`` accepts. Each builds a :class:`~rumahbatik.domain.reports.Report`
for a period; the PDF and Excel writers in ``rumahbatik.reports`` turn it into a file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rumahbatik.db import Database
from rumahbatik.domain.errors import ValidationError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import Progress, Report, no_progress
from rumahbatik.services.context import Actor

Builder = Callable[..., Report]


@dataclass(frozen=True)
class ReportSpec:
    key: str
    title: str  # English source, context "Reports"
    description: str
    build: Builder  # (db, actor, start, end, *, progress) -> Report


def _sales(db: Database, actor: Actor, start: date, end: date, *, progress: Progress) -> Report:
    from rumahbatik.services.report_sales import sales_report

    return sales_report(db, actor, start, end, progress=progress)


REPORTS: dict[str, ReportSpec] = {
    spec.key: spec
    for spec in (
        ReportSpec(
            "sales",
            QT_TRANSLATE_NOOP("Reports", "Sales report"),
            QT_TRANSLATE_NOOP(
                "Reports",
                "Sales by day or month, product, motif, technique and customer type, with the "
                "margin; payments by method",
            ),
            _sales,
        ),
    )
}


def build_report(
    db: Database,
    actor: Actor,
    name: str,
    start: date,
    end: date,
    *,
    progress: Progress = no_progress,
) -> Report:
    """The report ``name`` for ``start``..``end``, stamped with who printed it and when."""
    from dataclasses import replace

    from rumahbatik.domain.clock import utcnow

    spec = REPORTS.get(name)
    if spec is None:
        raise ValidationError(
            "value_invalid",
            field=name,
            reason=QT_TRANSLATE_NOOP("Errors", "no report has this name"),
        )
    report = spec.build(db, actor, start, end, progress=progress)
    return replace(report, printed_by=actor.full_name or actor.username, printed_at=utcnow())
