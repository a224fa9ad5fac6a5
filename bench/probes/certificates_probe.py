"""Certificates probe: the PDFs of a cohort of N graduates, and the same page count bare.

    certificates_probe.py app N
    certificates_probe.py reference N

``app``: a fresh SQLite file (in a temporary folder) with a closed cohort of N graduates is
prepared through the services (not timed), then:

- **issue**: ``issue_certificates`` (gapless numbers, verification codes, audit rows);
- **build_data**: ``certificate_data`` (the list of CertificateData the PDF is drawn from);
- **render**: ``reports.certificates.render_certificates`` into one PDF (2 pages each).

``reference``: **render** only: a minimal ReportLab canvas, two pages per name (title, name,
number; six score lines) with the same page count and no design, QR or images.
"""

import time

T0 = time.perf_counter()

import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from _bench_protocol import emit, peak_rss_kib, skip  # noqa: E402


def _reference(n: int, out: Path) -> dict[str, float | None]:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    t = time.perf_counter()
    c = Canvas(str(out), pagesize=landscape(A4))
    for i in range(n):
        c.setFont("Helvetica-Bold", 28)
        c.drawCentredString(421, 400, "SERTIFIKAT")
        c.setFont("Helvetica", 20)
        c.drawCentredString(421, 340, f"Peserta {i:04d}")
        c.drawCentredString(421, 300, f"RB/PBD/2022/{i + 1:04d}")
        c.showPage()
        c.setFont("Helvetica", 12)
        for k in range(6):
            c.drawString(100, 450 - 20 * k, f"Unit {k + 1}: 80")
        c.showPage()
    c.save()
    return {"render": time.perf_counter() - t}


def _app(n: int, folder: Path) -> dict[str, float | None]:
    import os

    os.environ["RUMAHBATIK_DATA_DIR"] = str(folder / "data")
    from datetime import date

    from rumahbatik.db import Database, migrate
    from rumahbatik.domain.roles import Role
    from rumahbatik.services import certificates, settings, training, users
    from rumahbatik.services.context import Actor
    from rumahbatik.services.people import PersonInput
    from rumahbatik.services.training_types import CohortInput

    try:
        from rumahbatik.reports.certificates import render_certificates
    except ImportError:
        render_certificates = None
    db = Database(f"sqlite:///{folder / 'certs.sqlite3'}")
    migrate.upgrade(db)
    u = users.create_first_admin(db, "admin", "rahasia-123")
    actor = Actor(u.id, u.username, Role.ADMIN)
    settings.update_settings(
        db, actor, {"centre_city": "Probolinggo", "certificate_signatory1_name": "Ir. Wahyu"}
    )
    course = training.ensure_default_course(db, actor)
    cohorts = []
    for k in range(0, n, 500):  # a cohort holds at most 500: 1,000 graduates are 2 cohorts
        size = min(500, n - k)
        cohort = training.create_cohort(
            db, actor, CohortInput(course.id, date(2022, 5, 23), date(2022, 5, 27), capacity=size)
        )
        people = [PersonInput(f"Peserta Pelatihan {k + i:04d}", gender="P") for i in range(size)]
        ids = [r.enrollment_id for r in training.enrol(db, actor, cohort.id, new_people=people)]
        for day in cohort.days:
            training.mark_all_present(db, actor, cohort.id, day)
        training.record_scores(
            db, actor, cohort.id,
            {(e, c.id): 70 + (e + c.id) % 25 for e in ids for c in course.competencies},
        )  # fmt: skip
        training.close_cohort(db, actor, cohort.id)
        cohorts.append(cohort.id)

    t = time.perf_counter()
    for cid in cohorts:
        certificates.issue_certificates(db, actor, cid)
    issue = time.perf_counter() - t
    t = time.perf_counter()
    docs = [d for cid in cohorts for d in certificates.certificate_data(db, actor, cid)]
    build = time.perf_counter() - t
    assert len(docs) == n, len(docs)
    render = None
    if render_certificates is not None:
        t = time.perf_counter()
        render_certificates(docs, folder / "certs.pdf")
        render = time.perf_counter() - t
    return {"issue": issue, "build_data": build, "render": render}


def main() -> None:
    mode, n = sys.argv[1], int(sys.argv[2])
    with tempfile.TemporaryDirectory(prefix="rb-bench-certs-") as tmp:
        folder = Path(tmp)
        if mode == "reference":
            metrics = _reference(n, folder / "ref.pdf")
        elif mode == "app":
            metrics = _app(n, folder)
            if metrics["render"] is None:
                skip("rumahbatik.reports.certificates is not there yet")
        else:
            raise SystemExit(f"unknown mode {mode}")
    metrics["peak_rss"] = peak_rss_kib()
    emit(metrics)


if __name__ == "__main__":
    main()
