"""The command line: the same services as the GUI, no widgets.

``rumahbatik`` with no subcommand opens the GUI.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rumahbatik import __version__, config
from rumahbatik.domain.errors import DomainError, ValidationError
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from rumahbatik.domain.reports import Progress

log = logging.getLogger("rumahbatik.cli")


def _db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default: $RUMAHBATIK_DB_URL or the SQLite file in the data folder), "
        "e.g. postgresql+psycopg://user:pass@host/rumahbatik",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    db = _db_parent()
    parser = argparse.ArgumentParser(
        prog="rumahbatik",
        description="Rumah Batik: artisans, training, motifs, stock, production and sales of a "
        "community batik centre. Without a command, the program window opens.",
        parents=[db],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="before opening the window, fill an empty database with the demo data",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_db = sub.add_parser("db", help="database schema", parents=[db])
    db_sub = p_db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="create or migrate the schema to this version", parents=[db])

    p_user = sub.add_parser("user", help="user accounts", parents=[db])
    user_sub = p_user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p_add = user_sub.add_parser("add", help="add a user (the password is asked for)", parents=[db])
    p_add.add_argument("name", help="user name (3-32 letters, digits, . _ -)")
    p_add.add_argument("--role", required=True, choices=["admin", "manager", "staff", "instructor"])
    p_add.add_argument("--full-name", default="", help="the person's full name")
    p_add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )

    p_demo = sub.add_parser("demo", help="fill an empty database with the demo data", parents=[db])
    p_demo.add_argument("--force", action="store_true", help="replace a non-empty database")

    p_export = sub.add_parser("export", help="export a list as CSV or Excel", parents=[db])
    p_export.add_argument("name", nargs="?", help="what to export (see --list)")
    p_export.add_argument("--out", type=Path, help="FILE.csv or FILE.xlsx")
    p_export.add_argument("--list", action="store_true", help="name the exports")
    p_export.add_argument(
        "--at",
        metavar="DATE",
        help="as it was at the end of that day, dd/mm/yyyy or yyyy-mm-dd (exports that take "
        "a date: stock)",
    )

    p_catalogue = sub.add_parser(
        "catalogue",
        help="print the motif catalogue (lookbook) as a PDF",
        description="Write the motif catalogue: a cover with the centre's logo, then one page "
        "per motif with its image, philosophy, designer, techniques and colours.",
        parents=[db],
    )
    p_catalogue.add_argument("--out", type=Path, required=True, help="FILE.pdf to write")
    p_catalogue.add_argument(
        "--status",
        choices=["approved", "all"],
        default="approved",
        help="approved: only motifs approved for production (default); all: every motif",
    )

    p_certs = sub.add_parser(
        "certificates",
        help="print the certificates of a cohort as a PDF",
        description="Issue the missing certificates of a closed cohort (numbers and "
        "verification codes) and write them all into one PDF, optionally also one file each.",
        parents=[db],
    )
    p_certs.add_argument("cohort", metavar="COHORT", help="the cohort's code, e.g. PBD-2022-01")
    p_certs.add_argument("--out", type=Path, required=True, help="FILE.pdf to write")
    p_certs.add_argument(
        "--each-to", type=Path, metavar="DIR", help="also write one PDF per document into DIR"
    )
    p_certs.add_argument(
        "--participation",
        action="store_true",
        help="participation letters (surat keterangan) for the trainees who did not pass",
    )

    from rumahbatik.domain import labels as label_layouts  # a few dataclasses, no weight

    p_labels = sub.add_parser(
        "labels",
        help="print price labels or hang tags of items as a PDF",
        description="Write labels for the items named by SKU (or barcode): hang tags or price "
        "labels with a Code 128 barcode, on an A4 label sheet or one per page for a roll "
        "printer. Printed in the database's language.",
        parents=[db],
    )
    p_labels.add_argument("skus", metavar="SKU", nargs="+", help="the items' SKUs or barcodes")
    p_labels.add_argument("--out", type=Path, required=True, help="FILE.pdf to write")
    p_labels.add_argument(
        "--layout",
        default=label_layouts.DEFAULT_LAYOUT,
        choices=[p.key for p in label_layouts.PRESETS],
        help="the sheet or roll (default: a4-3x3-tag, nine hang tags of 55 x 90 mm on A4)",
    )
    p_labels.add_argument(
        "--copies", type=int, default=1, metavar="N", help="labels per item (default 1)"
    )
    p_labels.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help="the first free position on the first sheet, counted from 1 left to right, top "
        "to bottom (to use up a half-used sheet; default 1)",
    )

    p_invoice = sub.add_parser(
        "invoice",
        help="print an invoice, a quotation or a receipt as a PDF",
        description="Write the A4 invoice of NUMBER (a draft's quotation number prints the "
        "quotation), or with --receipt the thermal-roll receipt. Printed in the database's "
        "language.",
        parents=[db],
    )
    p_invoice.add_argument(
        "number",
        metavar="NUMBER",
        help="the invoice number (e.g. INV/2026/000123) or a draft's quotation number "
        "(PNW/2026/000004)",
    )
    p_invoice.add_argument("--out", type=Path, required=True, help="FILE.pdf to write")
    p_invoice.add_argument(
        "--receipt", action="store_true", help="the counter receipt for a thermal roll printer"
    )
    p_invoice.add_argument(
        "--width",
        type=int,
        choices=(58, 80),
        default=None,
        help="the receipt's paper width in mm (default: the receipt width setting)",
    )
    p_credit = sub.add_parser(
        "credit-note",
        help="print a credit note as a PDF",
        description="Write the A4 credit note NUMBER (e.g. CN/2026/000004).",
        parents=[db],
    )
    p_credit.add_argument("number", metavar="NUMBER", help="the credit note's number")
    p_credit.add_argument("--out", type=Path, required=True, help="FILE.pdf to write")

    p_report = sub.add_parser(
        "report",
        help="print a report for a period as PDF or Excel",
        description="Write the report NAME (e.g. sales) for --from .. --to (both days "
        "included) as a PDF or an Excel workbook, in the database's language. "
        "--list shows the reports.",
        parents=[db],
    )
    p_report.add_argument("name", metavar="NAME", nargs="?", help="the report, e.g. sales")
    p_report.add_argument("--list", action="store_true", help="list the reports")
    p_report.add_argument("--from", dest="start", metavar="DATE", help="first day (31/10/2026)")
    p_report.add_argument("--to", dest="end", metavar="DATE", help="last day")
    p_report.add_argument("--out", type=Path, help="FILE.pdf or FILE.xlsx to write")

    p_verify = sub.add_parser(
        "verify",
        help="check a certificate's verification code",
        description="Say whether a certificate is genuine, revoked or unknown (exit status 0 "
        "only when genuine).",
        parents=[db],
    )
    p_verify.add_argument("code", metavar="CODE", help="the code under the QR, e.g. K7QX-2M4P-...")

    p_stock = sub.add_parser("stock", help="stock ledger checks", parents=[db])
    stock_sub = p_stock.add_subparsers(dest="stock_command", required=True)
    p_check = stock_sub.add_parser(
        "check",
        help="compare the kept stock balances with the ledger",
        description="Compare the on-hand balances kept per item and location with the sums "
        "of the stock ledger; --repair sets them to the ledger's sums (exit status 1 when "
        "differences were found).",
        parents=[db],
    )
    p_check.add_argument("--repair", action="store_true", help="set the balances to the ledger")

    p_backup = sub.add_parser("backup", help="write a backup of the whole database", parents=[db])
    p_backup.add_argument("file", type=Path)

    p_restore = sub.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept as a backup first)",
        parents=[db],
    )
    p_restore.add_argument("file", type=Path)
    return parser


def _setup_logging() -> None:
    from rumahbatik.logsetup import setup_logging

    setup_logging()


#: The language of the messages: the database's setting once it is open, Indonesian before.
_language = ["id"]


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    from rumahbatik.db import open_database

    try:
        db = open_database(config.resolve_db_url(getattr(args, "db", None)))
    except OperationalError as exc:  # server down, wrong host, unreadable file, ...
        reason = str(exc.orig or exc).strip().splitlines()[0]
        raise DomainError("database_unreachable", reason=reason) from exc
    from rumahbatik.services.settings import get_settings

    _language[0] = get_settings(db).language
    return db


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Password again: ")
    if first != second:
        raise ValidationError("password_mismatch")
    return first


def _cmd_db(args: argparse.Namespace) -> int:
    from rumahbatik.db import migrate

    db = _open(args)
    print(f"Database {db.display_name} is at revision {migrate.current_revision(db)}.")
    return 0


def _cmd_user(args: argparse.Namespace) -> int:
    from rumahbatik.services import users
    from rumahbatik.services.context import system_actor

    db = _open(args)
    password = _read_password(args)
    user = users.add_user(db, system_actor(), args.name, password, args.role, args.full_name)
    print(f"User {user.username} ({user.role.value}) added.")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from rumahbatik.services import demo
    from rumahbatik.services.context import system_actor

    db = _open(args)
    demo.fill_demo(db, system_actor(), force=args.force)
    print(f"Demo data written to {db.display_name}.")
    print(
        f"Log in as {demo.DEMO_ADMIN[0]} / {demo.DEMO_ADMIN[1]} (demo only; other demo users: "
        f"password {demo.DEMO_PASSWORD})."
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from rumahbatik.services import exports
    from rumahbatik.services.context import system_actor

    if args.list:
        from rumahbatik.textcatalog import translator

        for name in exports.export_names():
            title = translator(_language[0])("Exports", exports.EXPORTS[name].title)
            print(f"{name}\t{title}")
        return 0
    if not args.name or not args.out:
        print(
            "rumahbatik export: give NAME and --out FILE.csv|FILE.xlsx (or --list)", file=sys.stderr
        )
        return 2
    from rumahbatik.reports.tabular import write_table

    at = None
    if args.at:
        from rumahbatik.domain.formatting import parse_date

        try:
            at = parse_date(args.at, "--at")
        except ValidationError as exc:
            raise ValidationError(
                "value_invalid",
                field="--at",
                reason=QT_TRANSLATE_NOOP("Errors", "{text} is not a date (dd/mm/yyyy)"),
                text=args.at,
            ) from exc
    db = _open(args)
    table = exports.build_export(db, system_actor(), args.name, at=at)
    from rumahbatik.textcatalog import translator

    translate = translator(_language[0])
    write_table(table, args.out, lambda text: translate("Exports", text))
    print(f"{len(table.rows)} rows written to {args.out}.")
    return 0


def _cmd_catalogue(args: argparse.Namespace) -> int:
    from rumahbatik.services.catalogue import build_catalogue
    from rumahbatik.services.context import system_actor

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError("file_type_unknown", path=args.out, allowed=".pdf")
    db = _open(args)
    data = build_catalogue(db, system_actor(), args.status)
    from rumahbatik.reports.catalogue import write_catalogue

    write_catalogue(data, args.out)
    print(f"Catalogue of {len(data.entries)} motifs written to {args.out}.")
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from rumahbatik.services.certificates import certificate_documents
    from rumahbatik.services.context import system_actor

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError("file_type_unknown", path=args.out, allowed=".pdf")
    try:
        from rumahbatik.reports import certificates as pdf
    except ImportError as exc:
        raise DomainError("pdf_renderer_missing", reason=str(exc)) from exc
    db = _open(args)
    docs = certificate_documents(db, system_actor(), args.cohort, participation=args.participation)
    pdf.render_certificates(docs, args.out)
    what = "participation letter(s)" if args.participation else "certificate(s)"
    print(f"{len(docs)} {what} of {args.cohort.upper()} written to {args.out}.")
    if args.each_to:
        paths = pdf.render_one_per_file(docs, args.each_to)
        print(f"{len(paths)} file(s) written to {args.each_to}.")
    return 0


def _cmd_labels(args: argparse.Namespace) -> int:
    from rumahbatik.domain.labels import preset
    from rumahbatik.services.context import system_actor
    from rumahbatik.services.items import get_items_by_sku
    from rumahbatik.services.settings import get_settings

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError("file_type_unknown", path=args.out, allowed=".pdf")
    db = _open(args)
    items = get_items_by_sku(db, system_actor(), args.skus)
    from rumahbatik.reports.labels import render_labels

    pdf = render_labels(
        [(item, args.copies) for item in items],
        preset(args.layout),
        centre_name=get_settings(db).centre_name,
        language=_language[0],
        start_position=args.start - 1,
    )
    args.out.write_bytes(pdf)
    print(f"{len(items) * args.copies} label(s) of {len(items)} item(s) written to {args.out}.")
    return 0


def _cmd_invoice(args: argparse.Namespace) -> int:
    from rumahbatik.domain.errors import NotFound
    from rumahbatik.domain.sales import InvoiceStatus
    from rumahbatik.services import sales
    from rumahbatik.services.centre import centre_profile
    from rumahbatik.services.context import system_actor
    from rumahbatik.services.settings import get_settings

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError("file_type_unknown", path=args.out, allowed=".pdf")
    db = _open(args)
    try:
        invoice = sales.find_invoice(db, system_actor(), args.number)
    except NotFound as exc:
        raise ValidationError(
            "value_invalid",
            field=args.number,
            reason=QT_TRANSLATE_NOOP(
                "Errors", "no invoice or quotation has this number (e.g. INV/2026/000123)"
            ),
        ) from exc
    centre = centre_profile(db)
    if args.receipt:
        from rumahbatik.reports.receipt_pdf import render_receipt

        width = args.width or int(get_settings(db).receipt_width or 80)
        pdf = render_receipt(invoice, centre, width_mm=width, language=_language[0])
        what = f"Receipt ({width} mm) of {invoice.display_number}"
    else:
        from rumahbatik.reports.invoice_pdf import render_invoice

        pdf = render_invoice(invoice, centre, language=_language[0])
        kind = "Quotation" if invoice.status is InvoiceStatus.DRAFT else "Invoice"
        what = f"{kind} {invoice.display_number}"
    args.out.write_bytes(pdf)
    print(f"{what} written to {args.out}.")
    return 0


class _TerminalProgress:
    """A report's progress on one line of the terminal ("writing the PDF: 41,250 of 96,619"),
    redrawn at most five times a second; silent when stderr is not a terminal (a script, cron),
    so a log gets no carriage returns."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._on = stream.isatty()
        self._doing = ""
        self._last = 0.0
        self._shown = False

    def phase(self, doing: str) -> Progress:
        self._doing = doing
        return self

    def __call__(self, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if not self._on or (now - self._last < 0.2 and done < total):
            return
        self._last = now
        self._stream.write(f"\r{self._doing}: {done:,} of {total:,}\x1b[K")
        self._stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


def _cmd_report(args: argparse.Namespace) -> int:
    from rumahbatik.domain.formatting import parse_date
    from rumahbatik.services.centre import centre_profile
    from rumahbatik.services.context import system_actor
    from rumahbatik.services.reports_catalog import REPORTS, build_report
    from rumahbatik.textcatalog import translator

    if args.list:
        for key, spec in REPORTS.items():
            print(f"{key:12} {spec.description}")
        return 0
    if not args.name or not args.start or not args.end or args.out is None:
        raise ValidationError(
            "value_invalid",
            field="report",
            reason=QT_TRANSLATE_NOOP("Errors", "give NAME, --from, --to and --out"),
        )
    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError("file_type_unknown", path=args.out, allowed=".pdf or .xlsx")
    db = _open(args)
    shown = _TerminalProgress(sys.stderr)
    try:
        report = build_report(
            db, system_actor(), args.name, start, end, progress=shown.phase("reading the figures")
        )
        translate = translator(_language[0])
        centre = centre_profile(db)
        if suffix == ".pdf":
            from rumahbatik.reports.report_pdf import render_report

            pdf = render_report(
                report,
                centre_name=centre.name,
                address=centre.address_line,
                logo=centre.logo,
                translate=translate,
                progress=shown.phase("writing the PDF, rows"),
            )
            args.out.write_bytes(pdf)
        else:
            from rumahbatik.reports.report_xlsx import write_report_xlsx

            write_report_xlsx(
                report,
                args.out,
                translate,
                centre_name=centre.name,
                progress=shown.phase("writing the workbook, rows"),
            )
    finally:
        shown.close()
    print(f"Report {args.name} written to {args.out}.")
    return 0


def _cmd_credit_note(args: argparse.Namespace) -> int:
    from rumahbatik.domain.errors import NotFound
    from rumahbatik.services import credit_notes
    from rumahbatik.services.centre import centre_profile
    from rumahbatik.services.context import system_actor

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError("file_type_unknown", path=args.out, allowed=".pdf")
    db = _open(args)
    try:
        note = credit_notes.find_credit_note(db, system_actor(), args.number)
    except NotFound as exc:
        raise ValidationError(
            "value_invalid",
            field=args.number,
            reason=QT_TRANSLATE_NOOP(
                "Errors", "no credit note has this number (e.g. CN/2026/000004)"
            ),
        ) from exc
    from rumahbatik.reports.invoice_pdf import render_credit_note

    args.out.write_bytes(render_credit_note(note, centre_profile(db), language=_language[0]))
    print(f"Credit note {note.number} of {note.invoice_number} written to {args.out}.")
    return 0


VERIFY_WORDS = {
    "genuine": QT_TRANSLATE_NOOP("Cli", "GENUINE"),
    "revoked": QT_TRANSLATE_NOOP("Cli", "REVOKED"),
    "unknown": QT_TRANSLATE_NOOP("Cli", "UNKNOWN CODE"),
}
VERIFY_FIELDS = (
    ("number", QT_TRANSLATE_NOOP("Cli", "Number")),
    ("holder_name", QT_TRANSLATE_NOOP("Cli", "Holder")),
    ("course_name", QT_TRANSLATE_NOOP("Cli", "Course")),
    ("cohort_code", QT_TRANSLATE_NOOP("Cli", "Cohort")),
    ("issued_at", QT_TRANSLATE_NOOP("Cli", "Issued")),
    ("revoked_reason", QT_TRANSLATE_NOOP("Cli", "Revoked because")),
)


def _cmd_verify(args: argparse.Namespace) -> int:
    from rumahbatik.domain.formatting import format_datetime
    from rumahbatik.services.certificates import GENUINE, verify
    from rumahbatik.services.context import system_actor
    from rumahbatik.textcatalog import translator

    db = _open(args)
    result = verify(db, system_actor(), args.code)
    translate = translator(_language[0])
    print(translate("Cli", VERIFY_WORDS.get(result.status, result.status.upper())))
    if result.number:
        labels = [(translate("Cli", label), key) for key, label in VERIFY_FIELDS]
        width = max(len(label) for label, _key in labels) + 2
        for label, key in labels:
            value = getattr(result, key)
            if key == "issued_at":
                value = format_datetime(value)
            if value:
                print(f"{label + ':':<{width}}{value}")
    return 0 if result.status == GENUINE else 1


STOCK_WORDS = {
    "ok": QT_TRANSLATE_NOOP("Cli", "The stock balances agree with the ledger ({moves} moves)."),
    "problem": QT_TRANSLATE_NOOP(
        "Cli", "Item {item} at {location}: kept {cached}, ledger {ledger}"
    ),
    "total": QT_TRANSLATE_NOOP("Cli", "total"),
    "found": QT_TRANSLATE_NOOP(
        "Cli", "{count} balance(s) differ from the ledger. Run with --repair to correct them."
    ),
    "repaired": QT_TRANSLATE_NOOP("Cli", "{count} balance(s) set to the ledger's sums."),
}


def _cmd_stock(args: argparse.Namespace) -> int:
    from rumahbatik.domain.formatting import format_number
    from rumahbatik.services import stock
    from rumahbatik.services.context import system_actor
    from rumahbatik.textcatalog import translator

    db = _open(args)
    actor = system_actor()
    translate = translator(_language[0])
    problems = stock.check_stock(db, actor, repair=args.repair)
    if not problems:
        print(translate("Cli", STOCK_WORDS["ok"]).format(moves=stock.count_moves(db, actor)))
        return 0
    for p in problems:
        where = translate("Cli", STOCK_WORDS["total"]) if p.location_id is None else p.location_id
        print(
            translate("Cli", STOCK_WORDS["problem"]).format(
                item=p.item_id,
                location=where,
                cached=format_number(p.cached),
                ledger=format_number(p.ledger),
            )
        )
    key = "repaired" if args.repair else "found"
    print(translate("Cli", STOCK_WORDS[key]).format(count=len(problems)))
    return 0 if args.repair else 1


def _cmd_backup(args: argparse.Namespace) -> int:
    from rumahbatik.services import backup
    from rumahbatik.services.context import system_actor

    db = _open(args)
    info = backup.backup_database(db, system_actor(), args.file)
    print(f"Backup written to {info.path} ({info.size_bytes:,} bytes).")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from rumahbatik.services import backup
    from rumahbatik.services.context import system_actor

    db = _open(args)
    result = backup.restore_database(db, system_actor(), args.file)
    print(f"Database restored from {result.restored_from}.")
    print(f"The database as it was before is kept in {result.previous_copy}.")
    return 0


COMMANDS = {
    "db": _cmd_db,
    "user": _cmd_user,
    "demo": _cmd_demo,
    "export": _cmd_export,
    "catalogue": _cmd_catalogue,
    "certificates": _cmd_certificates,
    "labels": _cmd_labels,
    "invoice": _cmd_invoice,
    "report": _cmd_report,
    "credit-note": _cmd_credit_note,
    "verify": _cmd_verify,
    "stock": _cmd_stock,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _language[0] = "id"  # until a database says otherwise
    _setup_logging()
    if args.command is None:
        from rumahbatik.app import run_gui

        return run_gui(db_url=getattr(args, "db", None), demo=args.demo)
    try:
        return COMMANDS[args.command](args)
    except DomainError as exc:
        from rumahbatik.domain.messages import render
        from rumahbatik.textcatalog import translator

        print(f"rumahbatik: {render(exc, translator(_language[0]))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
