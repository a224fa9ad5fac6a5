"""Sales probe: issuing 1,000 invoices in a row, and the sales list on a million invoice
lines, each against the same work done bare.

    sales_probe.py issue sqlite:///DB_PATH            # services.sales.sell, 1,000 times
    sales_probe.py issue_reference sqlite:///DB_PATH  # the minimal SQL of a sale, 1,000 times
    sales_probe.py list sqlite:///DB_PATH             # services.sales_list
    sales_probe.py list_reference sqlite:///DB_PATH   # the same pages by hand-written SQL
    sales_probe.py page sqlite:///DB_PATH             # rumahbatik.ui.sales_page.SalesPage
    sales_probe.py page_reference sqlite:///DB_PATH   # a bare QTableView of the first page

**issue** and **issue_reference** write, so each run first copies the database it is given
(the harness's per-run copy, shared by the cases of a run) with SQLite's backup API into a
private file beside it, removed at the end (not timed). Both sell the same 1,000 counter sales
to the walk-in customer, planned before timing from the products the shop (TOKO) holds: 1-4
lines of one piece each, paid in cash. ``issue`` calls ``services.sales.sell`` (number from
the gapless series, stock out through the ledger, accruals, payment, audit row; one
transaction each); ``issue_reference`` does per sale, in one transaction through ``sqlite3``
with the app's pragmas (WAL, ``synchronous=FULL``): the series counter
``UPDATE … RETURNING``, the invoice ``INSERT``, per line the guarded
``UPDATE stock_balances … WHERE quantity >= ?`` (row count checked), the item's on-hand
``UPDATE … RETURNING``, the line and the move ``INSERT``, then the payment ``INSERT``.
Afterwards both check that the new numbers follow the series without a gap (and that the
year's series has no gap at all) and that every shop balance and on-hand went down by exactly
what was sold. Metric: **per invoice** (the 1,000 sales' time / 1,000).

**list** (after the imports and an opening read, not timed): ``list_invoices`` first page
(200 rows, newest first), a deep page (keyset after row 100,000, or the middle row on a
smaller dataset), a search by a regular customer's full name (the customer with the most
invoices; few matches, so the whole history is looked at), and ``sales_totals`` for the month
in the middle of the history. The answers are checked against the reference's.

**page**: ``SalesPage`` for a logged-in admin, built and shown, until a table of it holds
rows; SKIPPED while ``rumahbatik.ui.sales_page`` does not exist.

    sales_probe.py report_month sqlite:///DB_PATH            # build_report("sales"), a month
    sales_probe.py report_month_reference sqlite:///DB_PATH  # its aggregates by hand-written SQL
    sales_probe.py report_year sqlite:///DB_PATH             # the same for a calendar year
    sales_probe.py report_year_reference sqlite:///DB_PATH

**report_*** (after the imports, opening the database and finding the admin, not timed): the
sales report through ``services.reports_catalog.build_report(db, actor, "sales", start, end)``
for the busiest full calendar month of the dataset (most invoice lines sold) or the latest
calendar year the dataset covers whole. Metrics: **report** (the whole ``build_report``
call: every table's rows as the PDF and Excel writers get them) and **by period** (its
by-day or by-month table alone: from the report's ``progress(0, …)`` to its
``progress(1, …)``). **report_*_reference** computes the same aggregates by one hand-written
SQL statement each through ``sqlite3`` (``SQL_REPORT``), each with only the joins its grouping
needs: sales by day (month) or by month (year), by product, motif, technique, customer type,
and payments by method; **report** is the sum of the six statements' times, **by period** the
first one's. The service's answers are checked against the reference's afterwards (every row
of the period and product tables, the sorted sums of the motif, technique, customer-type and
payment tables, every total): a fast wrong answer fails the case.
"""

import time

T0 = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402

SALES = 1_000
PAGE = 200
DEEP_ROW = 100_000
TIMEOUT_S = 120.0
WALK_IN_SQL = "SELECT person_id FROM customer_profiles WHERE is_walk_in_default = 1"

SQL_PAGE = f"""
    SELECT id, number, quotation_number, invoice_date, customer_name, status, payment_status,
           total, credited, paid, due_date
    FROM invoices
    {{where}}
    ORDER BY invoice_date DESC, id DESC
    LIMIT {PAGE}
"""
SQL_AFTER = "WHERE invoice_date < :d OR (invoice_date = :d AND id < :id)"
SQL_SEARCH = "WHERE customer_key LIKE :pattern"
SQL_TOTALS = """
    SELECT count(*),
           coalesce(sum(total - credited) FILTER (WHERE status = 'issued'), 0),
           coalesce(sum(paid) FILTER (WHERE status = 'issued'), 0),
           coalesce(sum(total - credited - paid) FILTER (WHERE status = 'issued'), 0)
    FROM invoices WHERE invoice_date >= :a AND invoice_date <= :b
"""


def _open_sqlite(path: str):  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM users").fetchone()  # opened and read once, like the app
    return conn


def _private_copy(path: str) -> str:
    """A copy of ``path`` for this process only (WAL content included)."""
    import sqlite3

    target = f"{path}.sales-{os.getpid()}.sqlite3"
    _remove(target)
    src, dst = sqlite3.connect(path), sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()
    return target


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


# -- issuing ----------------------------------------------------------------------------------


def _plan(conn) -> tuple[list[list[int]], dict[int, tuple]]:  # type: ignore[no-untyped-def]
    """1,000 sales of 1-4 single pieces from what the shop holds (never more than it has):
    the item ids per sale, and per item ``(sku, name, motif id, technique, unit, price)``."""
    import random

    rng = random.Random(6)
    shop = conn.execute("SELECT id FROM stock_locations WHERE code = 'TOKO'").fetchone()[0]
    rows = conn.execute(
        """SELECT i.id, b.quantity / 1000, i.sku, i.name, i.motif_id, i.technique, i.unit,
                  i.sale_price
           FROM stock_balances b JOIN items i ON i.id = b.item_id
           WHERE b.location_id = ? AND b.quantity >= 1000 AND i.active = 1
             AND i.kind = 'product' AND i.unit = 'pcs' AND i.sale_price > 0
           ORDER BY i.id""",
        (shop,),
    ).fetchall()
    left = {r[0]: int(r[1]) for r in rows}
    info = {r[0]: r[2:] for r in rows}
    sales: list[list[int]] = []
    for _ in range(SALES):
        ids = [i for i in rng.sample(list(left), min(rng.randint(1, 4), len(left)))]
        for i in ids:
            left[i] -= 1
            if left[i] == 0:
                del left[i]
        if not ids:
            raise RuntimeError("the shop holds too little to sell 1,000 invoices")
        sales.append(ids)
    return sales, info


def _stock_snapshot(conn, items: set[int]) -> dict[int, tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Per item: the shop balance and the on-hand, in the stored thousandths."""
    out = {}
    for item in items:
        out[item] = conn.execute(
            """SELECT b.quantity, i.on_hand FROM stock_balances b
               JOIN items i ON i.id = b.item_id
               JOIN stock_locations l ON l.id = b.location_id
               WHERE l.code = 'TOKO' AND b.item_id = ?""",
            (item,),
        ).fetchone()
    return out


def _series(conn, year: int) -> int:  # type: ignore[no-untyped-def]
    row = conn.execute("SELECT value FROM number_series WHERE key = ?", (f"INV/{year}",)).fetchone()
    return row[0] if row else 0


def _verify(conn, sales, before, year, start) -> None:  # type: ignore[no-untyped-def]
    """Gapless numbers, and the stock down by exactly what was sold."""
    prefix = f"INV/{year}/"
    numbers = [
        int(r[0][len(prefix) :])
        for r in conn.execute(
            "SELECT number FROM invoices WHERE number LIKE ? ORDER BY id", (prefix + "%",)
        )
    ]
    new = sorted(n for n in numbers if n > start)
    if new != list(range(start + 1, start + SALES + 1)):
        raise RuntimeError(f"the new numbers are not {start + 1}..{start + SALES} without a gap")
    if sorted(numbers) != list(range(1, len(numbers) + 1)) or _series(conn, year) != len(numbers):
        raise RuntimeError(f"the series INV/{year} has a gap or a repeat")
    sold: dict[int, int] = {}
    for ids in sales:
        for i in ids:
            sold[i] = sold.get(i, 0) + 1000
    after = _stock_snapshot(conn, set(sold))
    for item, n in sold.items():
        (b0, h0), (b1, h1) = before[item], after[item]
        if b0 - b1 != n or h0 - h1 != n:
            raise RuntimeError(f"item {item}: stock went down by {b0 - b1}/{h0 - h1}, sold {n}")


def _issue(path: str) -> dict[str, float | None]:
    from decimal import Decimal

    from rumahbatik.db import open_database
    from rumahbatik.domain.sales import PaymentMethod
    from rumahbatik.services import sales, users
    from rumahbatik.services.context import Actor, system_actor
    from rumahbatik.services.sales_types import PaymentInput, SaleInput, SaleLineInput

    check = _open_sqlite(path)
    plan, _info = _plan(check)
    before = _stock_snapshot(check, {i for ids in plan for i in ids})
    year = sales.today().year
    start = _series(check, year)
    db = open_database(f"sqlite:///{path}")
    u = next(u for u in users.list_users(db, system_actor()) if u.username == "admin")
    actor = Actor(u.id, u.username, u.role, u.full_name)
    one = Decimal(1)
    cash = (PaymentInput(PaymentMethod.CASH),)
    inputs = [SaleInput(tuple(SaleLineInput(i, one) for i in ids)) for ids in plan]

    t = time.perf_counter()
    for inp in inputs:
        sales.sell(db, actor, inp, cash)
    total = time.perf_counter() - t
    db.dispose()
    _verify(check, plan, before, year, start)
    return {"per_invoice": total / SALES}


def _issue_reference(path: str) -> dict[str, float | None]:
    import sqlite3

    check = _open_sqlite(path)
    plan, info = _plan(check)
    before = _stock_snapshot(check, {i for ids in plan for i in ids})
    today = date.today()
    year = today.year
    start = _series(check, year)
    walk_in = check.execute(WALK_IN_SQL).fetchone()[0]
    shop = check.execute("SELECT id FROM stock_locations WHERE code = 'TOKO'").fetchone()[0]
    admin = check.execute("SELECT id FROM users WHERE username = 'admin'").fetchone()[0]
    # The app's connection: driver transactions off, WAL, a durable commit.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    key = f"INV/{year}"
    if not conn.execute("SELECT 1 FROM number_series WHERE key = ?", (key,)).fetchone():
        conn.execute("INSERT INTO number_series (key, value) VALUES (?, 0)", (key,))
    day = today.isoformat()
    due = (today + timedelta(days=30)).isoformat()

    t = time.perf_counter()
    for ids in plan:
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        total = sum(info[i][5] for i in ids)  # integer sen, one piece each
        conn.execute("BEGIN IMMEDIATE")
        n = conn.execute(
            "UPDATE number_series SET value = value + 1 WHERE key = ? RETURNING value", (key,)
        ).fetchone()[0]
        inv = conn.execute(
            """INSERT INTO invoices (number, status, channel, customer_id, customer_name,
                 customer_key, customer_type, customer_organisation, customer_address,
                 customer_npwp, customer_nik, invoice_date, due_date, discount_kind,
                 discount_value, subtotal, invoice_discount, total_before_vat, vat_rate,
                 vat_base_fraction, vat_base, vat, total, credited, paid, payment_status,
                 notes, created_by_id, issued_at, issued_by_id, cancel_reason, created_at,
                 updated_at)
               VALUES (?, 'issued', 'counter', ?, 'Pelanggan umum', 'pelanggan umum',
                 'walk_in', '', '', '', '', ?, ?, 'amount', 0, ?, 0, ?, 0, '', 0, 0, ?, 0, ?,
                 'paid', '', ?, ?, ?, '', ?, ?)""",
            (f"{key}/{n:06d}", walk_in, day, due, total, total, total, total, admin, now,
             admin, now, now),
        ).lastrowid  # fmt: skip
        for pos, item in enumerate(ids):
            sku, name, motif, technique, unit, price = info[item]
            cur = conn.execute(
                """UPDATE stock_balances SET quantity = quantity - 1000
                   WHERE item_id = ? AND location_id = ? AND quantity >= 1000
                   RETURNING quantity""",
                (item, shop),
            )
            balance = cur.fetchone()
            if balance is None:
                raise RuntimeError(f"item {item} is out of stock")
            on_hand, avg = conn.execute(
                "UPDATE items SET on_hand = on_hand - 1000, last_move_at = ? WHERE id = ? "
                "RETURNING on_hand, avg_cost",
                (now, item),
            ).fetchone()
            cost = (avg + 50) // 100  # a piece at the average cost: 1/10,000 Rp to sen
            conn.execute(
                """INSERT INTO invoice_lines (invoice_id, position, item_id, sku, description,
                     motif_id, motif_name, technique, unit, quantity, unit_price,
                     discount_kind, discount_value, gross, discount, net, invoice_discount,
                     taxable, sold_on, cost, returned_quantity)
                   VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, 1000, ?, 'amount', 0, ?, 0, ?, 0, ?, ?,
                     ?, 0)""",
                (inv, pos, item, sku, name, motif, technique, unit, price, price, price, price,
                 day, cost),
            )  # fmt: skip
            conn.execute(
                """INSERT INTO stock_moves (moved_at, kind, item_id, location_id, quantity,
                     unit_cost, value, location_balance_after, item_balance_after,
                     avg_cost_after, note, user_id)
                   VALUES (?, 'sale', ?, ?, -1000, ?, ?, ?, ?, ?, '', ?)""",
                (now, item, shop, avg, -cost, balance[0], on_hand, avg, admin),
            )
        conn.execute(
            """INSERT INTO payments (invoice_id, method, amount, cash_given, change_given,
                 reference, pay_date, paid_at, received_by_id, note)
               VALUES (?, 'cash', ?, ?, 0, '', ?, ?, ?, '')""",
            (inv, total, total, day, now, admin),
        )
        conn.execute("COMMIT")
    total_s = time.perf_counter() - t
    conn.close()
    _verify(check, plan, before, year, start)
    return {"per_invoice": total_s / SALES}


# -- the list ---------------------------------------------------------------------------------


def _targets(conn) -> tuple[tuple[int, str], str, date, date]:  # type: ignore[no-untyped-def]
    """The keyset row of the deep page, the searched name, and the month in the middle."""
    n = conn.execute("SELECT count(*) FROM invoices").fetchone()[0]
    if n < 2 * PAGE:
        raise RuntimeError(f"the dataset has {n} invoices: too few for the sales list case")
    row = min(DEEP_ROW, n // 2)
    after = conn.execute(
        "SELECT id, invoice_date FROM invoices ORDER BY invoice_date DESC, id DESC "
        "LIMIT 1 OFFSET ?",
        (row - 1,),
    ).fetchone()
    walk_in = conn.execute(WALK_IN_SQL).fetchone()[0]
    name = conn.execute(
        "SELECT customer_name FROM invoices WHERE customer_id <> ? GROUP BY customer_id "
        "ORDER BY count(*) DESC, customer_id LIMIT 1",
        (walk_in,),
    ).fetchone()[0]
    first, last = conn.execute(
        "SELECT min(invoice_date), max(invoice_date) FROM invoices"
    ).fetchone()
    middle = date.fromisoformat(first) + (date.fromisoformat(last) - date.fromisoformat(first)) / 2
    month = middle.replace(day=1)
    end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return after, name, month, end


def _search_pattern(name: str) -> str:
    """What the service does with a typed name: each word, lower-cased, anywhere."""
    return "%" + "%".join(name.lower().split()) + "%"


def _reference_list(conn, after, name, month, end) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The four answers by hand-written SQL, timed one by one."""
    out: dict[str, object] = {}
    t = time.perf_counter()
    out["first_page"] = conn.execute(SQL_PAGE.format(where="")).fetchall()
    out["t_first_page"] = time.perf_counter() - t
    t = time.perf_counter()
    rows = conn.execute(SQL_PAGE.format(where=SQL_AFTER), {"d": after[1], "id": after[0]})
    out["deep_page"] = rows.fetchall()
    out["t_deep_page"] = time.perf_counter() - t
    t = time.perf_counter()
    rows = conn.execute(SQL_PAGE.format(where=SQL_SEARCH), {"pattern": _search_pattern(name)})
    out["search"] = rows.fetchall()
    out["t_search"] = time.perf_counter() - t
    t = time.perf_counter()
    month_range = {"a": month.isoformat(), "b": end.isoformat()}
    out["totals"] = conn.execute(SQL_TOTALS, month_range).fetchone()
    out["t_month_totals"] = time.perf_counter() - t
    return out


def _list_reference(path: str) -> dict[str, float | None]:
    conn = _open_sqlite(path)
    ref = _reference_list(conn, *_targets(conn))
    return {k[2:]: v for k, v in ref.items() if k.startswith("t_")}  # type: ignore[misc]


def _list(path: str) -> dict[str, float | None]:
    from decimal import Decimal

    from rumahbatik.db import open_database
    from rumahbatik.services import sales_list, users
    from rumahbatik.services.context import Actor, system_actor
    from rumahbatik.services.sales_types import InvoiceRow, SalesQuery

    conn = _open_sqlite(path)
    after, name, month, end = _targets(conn)
    db = open_database(f"sqlite:///{path}")
    u = next(u for u in users.list_users(db, system_actor()) if u.username == "admin")
    actor = Actor(u.id, u.username, u.role, u.full_name)
    keyset = InvoiceRow(
        id=after[0], number="", invoice_date=date.fromisoformat(after[1]), customer_name="",
        status=None, payment_status=None, total=Decimal(0), credited=Decimal(0),
        paid=Decimal(0), due_date=None,
    )  # type: ignore[arg-type]  # fmt: skip
    out: dict[str, float | None] = {}

    t = time.perf_counter()
    first = sales_list.list_invoices(db, actor, limit=PAGE)
    out["first_page"] = time.perf_counter() - t
    t = time.perf_counter()
    deep = sales_list.list_invoices(db, actor, after=keyset, limit=PAGE)
    out["deep_page"] = time.perf_counter() - t
    t = time.perf_counter()
    found = sales_list.list_invoices(db, actor, SalesQuery(text=name), limit=PAGE)
    out["search"] = time.perf_counter() - t
    t = time.perf_counter()
    totals = sales_list.sales_totals(db, actor, SalesQuery(date_from=month, date_to=end))
    out["month_totals"] = time.perf_counter() - t

    # A fast wrong answer must not pass: the same rows and sums as the hand-written SQL.
    ref = _reference_list(conn, after, name, month, end)
    for key, rows in (("first_page", first), ("deep_page", deep), ("search", found)):
        want = [r[0] for r in ref[key]]  # type: ignore[attr-defined]
        if [r.id for r in rows] != want:
            raise RuntimeError(f"{key}: the service's rows differ from the reference's")
    if not found:
        raise RuntimeError(f"the search for {name!r} found nothing")
    count, total, paid, due = ref["totals"]  # type: ignore[misc]
    got = (totals.count, totals.total * 100, totals.paid * 100, totals.due * 100)
    if got != (count, total, paid, due):
        raise RuntimeError(f"month totals differ: {got} vs {(count, total, paid, due)}")
    return out


# -- the page ---------------------------------------------------------------------------------


def _page_reference(path: str) -> dict[str, float | None]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    conn = _open_sqlite(path)
    t = time.perf_counter()
    rows = conn.execute(SQL_PAGE.format(where="")).fetchall()
    model = QStandardItemModel(len(rows), 10)
    for i, r in enumerate(rows):
        for j, v in enumerate(r[1:]):
            model.setItem(i, j, QStandardItem("" if v is None else str(v)))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    return {"open_page": time.perf_counter() - t}


def _page(path: str) -> dict[str, float | None]:
    try:
        from rumahbatik.ui.sales_page import SalesPage
    except ImportError as exc:
        from _bench_protocol import skip

        skip(f"rumahbatik.ui.sales_page.SalesPage is not there yet ({exc})")
        raise  # not reached: skip() ends the process

    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from rumahbatik.app import ensure_app
    from rumahbatik.db import open_database
    from rumahbatik.services import users
    from rumahbatik.services.context import Actor, system_actor
    from rumahbatik.services.settings import get_settings
    from rumahbatik.ui.context import ChangeBus, UiContext

    ensure_app()
    app = QApplication.instance()
    db = open_database(f"sqlite:///{path}")
    u = next(u for u in users.list_users(db, system_actor()) if u.username == "admin")
    actor = Actor(u.id, u.username, u.role, u.full_name)
    ctx = UiContext(db=db, actor=actor, settings=get_settings(db), bus=ChangeBus())

    def has_rows(page) -> bool:  # type: ignore[no-untyped-def]
        # Whatever the page calls its table: the first view holding rows counts.
        return any(
            v.model() is not None and v.model().rowCount() > 0
            for v in page.findChildren(QAbstractItemView)
        )

    t = time.perf_counter()
    page = SalesPage(ctx)
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    while not has_rows(page):
        app.processEvents()
        if time.perf_counter() > t + TIMEOUT_S:
            raise RuntimeError("the sales page showed no rows")
    return {"open_page": time.perf_counter() - t}


# -- the sales report ---------------------------------------------------------------------------

#: Sales (+) and goods credited back (−) of the period, as the report counts them; the rows
#: carry only what the statement that uses them needs ({cols}: "" or ", l.motif_id" …).
SQL_MOVES = """
    (SELECT l.sold_on AS day, l.item_id AS item_id, l.quantity AS qty, l.taxable AS amount,
            l.cost AS cost{cols}
     FROM invoice_lines l{join}
     WHERE l.sold_on >= :a AND l.sold_on <= :b
     UNION ALL
     SELECT c.credit_date, l.item_id, -cl.quantity, -cl.amount, -cl.cost{cols}
     FROM credit_note_lines cl
     JOIN credit_notes c ON c.id = cl.credit_note_id
     JOIN invoice_lines l ON l.id = cl.invoice_line_id{join}
     WHERE c.credit_date >= :a AND c.credit_date <= :b) AS m
"""
_SUMS = "sum(m.qty), sum(m.amount), sum(m.cost)"
_INVOICE = "\n     JOIN invoices i ON i.id = l.invoice_id"
SQL_REPORT = {
    "day": f"SELECT m.day, {_SUMS} FROM {SQL_MOVES.format(cols='', join='')} "
    "GROUP BY m.day ORDER BY m.day",
    "month": f"SELECT substr(m.day, 1, 7) AS month, {_SUMS} "
    f"FROM {SQL_MOVES.format(cols='', join='')} GROUP BY month ORDER BY month",
    "product": f"""SELECT it.sku, p.qty, p.amount, p.cost
        FROM (SELECT m.item_id, sum(m.qty) AS qty, sum(m.amount) AS amount,
                     sum(m.cost) AS cost
              FROM {SQL_MOVES.format(cols="", join="")} GROUP BY m.item_id) AS p
        JOIN items it ON it.id = p.item_id
        ORDER BY p.amount DESC, it.sku""",
    "motif": f"""SELECT mo.name, {_SUMS}
        FROM {SQL_MOVES.format(cols=", l.motif_id AS motif_id", join="")}
        LEFT JOIN motifs mo ON mo.id = m.motif_id
        GROUP BY m.motif_id ORDER BY sum(m.amount) DESC""",
    "technique": f"""SELECT m.technique, {_SUMS}
        FROM {SQL_MOVES.format(cols=", l.technique AS technique", join="")}
        GROUP BY m.technique ORDER BY sum(m.amount) DESC""",
    "customer": f"""SELECT m.customer_type, {_SUMS}
        FROM {SQL_MOVES.format(cols=", i.customer_type AS customer_type", join=_INVOICE)}
        GROUP BY m.customer_type ORDER BY sum(m.amount) DESC""",
    "payments": """SELECT method, count(*) FILTER (WHERE amount > 0),
               coalesce(sum(amount) FILTER (WHERE amount > 0), 0),
               coalesce(-sum(amount) FILTER (WHERE amount < 0), 0), sum(amount)
        FROM payments WHERE pay_date >= :a AND pay_date <= :b
        GROUP BY method ORDER BY method""",
}


def _report_period(conn, which: str) -> tuple[date, date]:  # type: ignore[no-untyped-def]
    """The busiest full calendar month of the dataset, or the latest calendar year it covers
    whole (invoice lines sold from its first to its last day)."""
    first, last = (
        date.fromisoformat(d)
        for d in conn.execute("SELECT min(sold_on), max(sold_on) FROM invoice_lines").fetchone()
    )
    if which == "year":
        year = last.year if last.month == 12 and last.day == 31 else last.year - 1
        if date(year, 1, 1) < first:
            raise RuntimeError(f"the dataset ({first}..{last}) covers no calendar year whole")
        return date(year, 1, 1), date(year, 12, 31)
    for month, _n in conn.execute(
        "SELECT substr(sold_on, 1, 7) AS month, count(*) FROM invoice_lines "
        "WHERE sold_on IS NOT NULL GROUP BY month ORDER BY count(*) DESC, month DESC"
    ):
        start = date.fromisoformat(month + "-01")
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        if first <= start and end <= last:
            return start, end
    raise RuntimeError(f"the dataset ({first}..{last}) covers no calendar month whole")


def _reference_report(conn, start: date, end: date, which: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The report's aggregates by hand-written SQL, each statement timed."""
    params = {"a": start.isoformat(), "b": end.isoformat()}
    keys = ("day" if which == "month" else "month", "product", "motif", "technique", "customer")
    out: dict[str, object] = {}
    total = 0.0
    for key in (*keys, "payments"):
        t = time.perf_counter()
        out[key] = conn.execute(SQL_REPORT[key], params).fetchall()
        took = time.perf_counter() - t
        total += took
        if key == keys[0]:
            out["t_by_period"] = took
    out["t_report"] = total
    return out


def _report_reference(path: str, which: str) -> dict[str, float | None]:
    conn = _open_sqlite(path)
    start, end = _report_period(conn, which)
    ref = _reference_report(conn, start, end, which)
    if not ref["product"]:
        raise RuntimeError(f"no sales in {start}..{end}")
    return {k[2:]: v for k, v in ref.items() if k.startswith("t_")}  # type: ignore[misc]


def _sen(value) -> int:  # type: ignore[no-untyped-def]
    """A report's Rupiah Decimal as the integer sen SQLite stores."""
    return int(value * 100)


def _sums_of(row, first: int) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(quantity in thousandths, sales, cost in sen) of a report row from column ``first``."""
    return (int(row[first] * 1000), _sen(row[first + 1]), _sen(row[first + 2]))


def _check_report(report, ref: dict[str, object], start: date, end: date, which: str) -> None:  # type: ignore[no-untyped-def]
    """Every table of the service's report against the hand-written SQL's answers."""

    def fail(what: str) -> None:
        raise RuntimeError(f"sales report {start}..{end}: {what} differ from the reference's")

    want_total = [0, 0, 0]
    if which == "month":
        rows = {r[0].isoformat(): _sums_of(r, 1) for r in report.table("Sales by day").rows}
        ref_rows = {day: tuple(s) for day, *s in ref["day"]}  # type: ignore[attr-defined]
        if any(rows.get(day) != s for day, s in ref_rows.items()):
            fail("the days")
        if any(s != (0, 0, 0) for day, s in rows.items() if day not in ref_rows):
            fail("the days without sales")
    else:
        rows = {r[0]: _sums_of(r, 1) for r in report.table("Sales by month").rows}
        ref_rows = {m: tuple(s) for m, *s in ref["month"]}  # type: ignore[attr-defined]
        if rows != ref_rows:
            fail("the months")
    for s in ref_rows.values():
        want_total = [a + b for a, b in zip(want_total, s, strict=True)]
    products = report.table("Sales by product")
    if [(r[0], *_sums_of(r, 2)) for r in products.rows] != [tuple(r) for r in ref["product"]]:  # type: ignore[attr-defined]
        fail("the products")
    for title, key in (
        ("Sales by motif", "motif"),
        ("Sales by technique", "technique"),
        ("Sales by customer type", "customer"),
    ):
        table = report.table(title)
        got = sorted(_sums_of(r, 1) for r in table.rows)
        if got != sorted(tuple(r[1:]) for r in ref[key]):  # type: ignore[attr-defined]
            fail(f"the rows of {title!r}")
    for table in report.tables[:-1]:
        first = 2 if table.title == "Sales by product" else 1
        if list(_sums_of(table.total, first)) != want_total:
            fail(f"the total of {table.title!r}")
    pays = report.table("Payments by method")
    got_pays = sorted((r[1], _sen(r[2]), _sen(r[3]), _sen(r[4])) for r in pays.rows)
    if got_pays != sorted(tuple(r[1:]) for r in ref["payments"]):  # type: ignore[attr-defined]
        fail("the payments by method")
    if want_total[1] <= 0:
        raise RuntimeError(f"no sales in {start}..{end}")


def _report(path: str, which: str) -> dict[str, float | None]:
    from rumahbatik.db import open_database
    from rumahbatik.services import users
    from rumahbatik.services.context import Actor, system_actor
    from rumahbatik.services.reports_catalog import build_report

    conn = _open_sqlite(path)
    start, end = _report_period(conn, which)
    db = open_database(f"sqlite:///{path}")
    u = next(u for u in users.list_users(db, system_actor()) if u.username == "admin")
    actor = Actor(u.id, u.username, u.role, u.full_name)
    steps: dict[int, float] = {}

    def progress(done: int, _total: int) -> None:
        steps.setdefault(done, time.perf_counter())

    t = time.perf_counter()
    report = build_report(db, actor, "sales", start, end, progress=progress)
    took = time.perf_counter() - t
    db.dispose()
    _check_report(report, _reference_report(conn, start, end, which), start, end, which)
    return {"report": took, "by_period": steps[1] - steps[0]}


MODES = {
    "issue": _issue,
    "issue_reference": _issue_reference,
    "list": _list,
    "list_reference": _list_reference,
    "page": _page,
    "page_reference": _page_reference,
    "report_month": lambda path: _report(path, "month"),
    "report_month_reference": lambda path: _report_reference(path, "month"),
    "report_year": lambda path: _report(path, "year"),
    "report_year_reference": lambda path: _report_reference(path, "year"),
}


def main() -> None:
    mode, url = sys.argv[1], sys.argv[2]
    if not url.startswith("sqlite:///"):
        raise SystemExit(f"a SQLite URL please, not {url!r}")
    if mode not in MODES:
        raise SystemExit(f"unknown mode {mode!r}")
    path = url.removeprefix("sqlite:///")
    if mode.startswith("issue"):
        private = _private_copy(path)
        try:
            out = MODES[mode](private)
        finally:
            _remove(private)
    else:
        out = MODES[mode](path)

    from _bench_protocol import emit, peak_rss_kib

    emit({**out, "peak_rss": peak_rss_kib()})


if __name__ == "__main__":
    main()
