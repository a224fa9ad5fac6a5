"""Certificates: issuing, building the CertificateData and rendering the PDF for a cohort of
30 and for 1,000 graduates, against a minimal ReportLab PDF of the same page count."""

from __future__ import annotations

from collections.abc import Callable

from bench.cases import Case, CaseEnv, Command, Metric, register

APP_METRICS = (
    Metric("issue", "issue (numbers, codes)", "s"),
    Metric("build_data", "build CertificateData", "s"),
    Metric("render", "render PDF", "s"),
    Metric("peak_rss", "peak RSS", "KiB"),
)
REF_METRICS = (Metric("render", "render PDF", "s"), Metric("peak_rss", "peak RSS", "KiB"))


def _command(mode: str, n: int) -> Callable[[CaseEnv], Command]:
    def command(env: CaseEnv) -> Command:
        return Command([env.python, env.probe("certificates_probe"), mode, str(n)])

    return command


for n, label in ((30, "cohort30"), (1000, "graduates1000")):
    register(
        Case(
            name=f"certificates.reference_{label}",
            description=f"A bare ReportLab canvas: two plain pages per name, {n} names.",
            metrics=REF_METRICS,
            command=_command("reference", n),
        )
    )
    register(
        Case(
            name=f"certificates.{label}",
            description=(
                f"A closed cohort of {n} graduates (prepared, not timed): issue_certificates, "
                "certificate_data and render_certificates into one PDF."
            ),
            metrics=APP_METRICS,
            command=_command("app", n),
            reference=f"certificates.reference_{label}",
        )
    )
