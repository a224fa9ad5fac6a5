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


def _stock(db: Database, actor: Actor, start: date, end: date, *, progress: Progress) -> Report:
    from rumahbatik.services.report_stock import stock_report

    return stock_report(db, actor, start, end, progress=progress)


def _production(
    db: Database, actor: Actor, start: date, end: date, *, progress: Progress
) -> Report:
    from rumahbatik.services.report_production import production_report

    return production_report(db, actor, start, end, progress=progress)


def _artisans(db: Database, actor: Actor, start: date, end: date, *, progress: Progress) -> Report:
    from rumahbatik.services.report_artisans import artisan_income_report

    return artisan_income_report(db, actor, start, end, progress=progress)


def _training(db: Database, actor: Actor, start: date, end: date, *, progress: Progress) -> Report:
    from rumahbatik.services.report_training import training_report

    return training_report(db, actor, start, end, progress=progress)


def _turnover(db: Database, actor: Actor, start: date, end: date, *, progress: Progress) -> Report:
    from rumahbatik.services.report_turnover import turnover_report

    return turnover_report(db, actor, start, end, progress=progress)


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
        ReportSpec(
            "stock",
            QT_TRANSLATE_NOOP("Reports", "Stock report"),
            QT_TRANSLATE_NOOP(
                "Reports",
                "On hand and value per location at the period's end, movements in the period, "
                "low stock and slow movers",
            ),
            _stock,
        ),
        ReportSpec(
            "production",
            QT_TRANSLATE_NOOP("Reports", "Production report"),
            QT_TRANSLATE_NOOP(
                "Reports",
                "Batches, output and rejects, material use against the recipe, wages per artisan",
            ),
            _production,
        ),
        ReportSpec(
            "artisans",
            QT_TRANSLATE_NOOP("Reports", "Artisan income report"),
            QT_TRANSLATE_NOOP(
                "Reports", "Income per artisan: wages, consignment sales and motif royalties"
            ),
            _artisans,
        ),
        ReportSpec(
            "training",
            QT_TRANSLATE_NOOP("Reports", "Training report (city office)"),
            QT_TRANSLATE_NOOP(
                "Reports",
                "Cohorts, participants by district, gender and age, attendance, pass rates, "
                "certificates and graduates working as artisans",
            ),
            _training,
        ),
        ReportSpec(
            "turnover",
            QT_TRANSLATE_NOOP("Reports", "Annual turnover (PP 55/2022)"),
            QT_TRANSLATE_NOOP(
                "Reports",
                "Gross turnover per month and the final 0.5% income tax, with the Rp500 million "
                "threshold for individuals",
            ),
            _turnover,
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
