"""Stock probe: the stock page, a valuation at a past date and an item's history on a big
ledger, and the same work done bare.

    stock_probe.py app sqlite:///DB_PATH
    stock_probe.py reference sqlite:///DB_PATH

``app`` (after the imports and the ``QApplication``, which are not timed):

- **open_page**: build ``StockPage`` (rumahbatik.ui.stock_page) for a logged-in admin, show
  it, and run the event loop until its model holds the first rows;
- **valuation**: ``services.stock.valuation_at(db, actor, day, by_location=True)`` for the
  day in the middle of the generated history (on hand and value per item and location);
- **history**: ``services.stock.item_history`` first page (200 moves, newest first) of the
  dataset's best-selling item (``PRD-G000000``, ~2 % of all moves).

After timing, the app's valuation is checked against the reference query (same rows, same
total value): a fast wrong answer must not pass.

``reference`` does the same work as plainly as it can be done on the same file, one
hand-written SQL statement each through the ``sqlite3`` module: the page's first 200 items
by name with their gudang/toko/artisan quantities shown in a bare ``QTableView`` over a
``QStandardItemModel``; the valuation as one statement (sum of the moves up to the day per
item and location, the average cost after each item's last move up to then, the value);
the history page with its joins.
"""

import time

T0 = time.perf_counter()

import sys  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402

PAGE = 200
TIMEOUT_S = 120.0
BEST_SELLER = "PRD-G000000"
#: The generated history reaches 3 years back (bench/dataset.py HISTORY_DAYS): its middle.
MIDDLE_DAYS_AGO = 3 * 365 // 2

SQL_FIRST_PAGE = f"""
    SELECT i.id, i.sku, i.name, i.kind, i.category, i.unit,
           coalesce((SELECT quantity FROM stock_balances b
                     WHERE b.item_id = i.id AND b.location_id = :store), 0),
           coalesce((SELECT quantity FROM stock_balances b
                     WHERE b.item_id = i.id AND b.location_id = :shop), 0),
           coalesce((SELECT sum(b.quantity) FROM stock_balances b
                     JOIN stock_locations l ON l.id = b.location_id
                     WHERE b.item_id = i.id AND l.kind = 'artisan'), 0),
           i.on_hand, i.avg_cost, i.reorder_level, i.sale_price
    FROM items i
    WHERE i.active = 1
    ORDER BY i.name_key, i.id
    LIMIT {PAGE}
"""
SQL_COUNT = "SELECT count(*), count(*) FILTER (WHERE reorder_level > 0 AND on_hand <= "
SQL_COUNT += "reorder_level) FROM items WHERE active = 1"

# One pass over the moves up to the day: per item and location the sum and the last move id;
# the item's last move (the largest of those) gives the average cost. Quantities are integer
# thousandths and costs integer ten-thousandths on SQLite: the value in sen is
# qty * cost / 10^5, rounded half up as the app rounds money. NOT INDEXED: a scan of the
# table reads the ~400,000 moves up to mid-history in ~0.7 s; through the (moved_at, item_id)
# index, fetching each row's quantity and location by rowid took ~8.6 s here.
SQL_VALUATION = """
    WITH g AS (SELECT item_id, location_id, sum(quantity) AS qty, max(id) AS last_id
               FROM stock_moves NOT INDEXED WHERE moved_at <= :until
               GROUP BY item_id, location_id),
         last AS (SELECT item_id, max(last_id) AS id FROM g GROUP BY item_id)
    SELECT i.id, i.sku, i.name, i.kind, i.category, i.unit, l.id, l.name, g.qty,
           m.avg_cost_after,
           CASE WHEN g.qty > 0 THEN (g.qty * m.avg_cost_after + 50000) / 100000 ELSE 0 END
    FROM g
    JOIN last ON last.item_id = g.item_id
    JOIN stock_moves m ON m.id = last.id
    JOIN items i ON i.id = g.item_id
    JOIN stock_locations l ON l.id = g.location_id
    WHERE g.qty <> 0
    ORDER BY i.name_key, i.sku, l.name
"""

SQL_HISTORY = f"""
    SELECT m.id, m.moved_at, m.kind, i.id, i.sku, i.name, i.unit, l.id, l.name, m.quantity,
           m.unit_cost, m.value, m.item_balance_after, d.number, m.note, u.username
    FROM stock_moves m
    JOIN items i ON i.id = m.item_id
    JOIN stock_locations l ON l.id = m.location_id
    LEFT JOIN stock_documents d ON d.id = m.document_id
    LEFT JOIN users u ON u.id = m.user_id
    WHERE m.item_id = :item
    ORDER BY m.id DESC
    LIMIT {PAGE}
"""


def _middle_day() -> date:
    return datetime.now(UTC).date() - timedelta(days=MIDDLE_DAYS_AGO)


def _until(day: date) -> str:
    """The app's end of the local day ``day``, as SQLite stores it (naive UTC)."""
    from datetime import time as day_time

    end = datetime.combine(day + timedelta(days=1), day_time.min).astimezone()
    end -= timedelta(microseconds=1)
    return end.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _open_sqlite(path: str):  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM users").fetchone()  # opened and read once, like the app
    return conn


def _reference_valuation(conn, day: date) -> list[tuple]:  # type: ignore[no-untyped-def]
    return conn.execute(SQL_VALUATION, {"until": _until(day)}).fetchall()


def _reference(path: str) -> dict[str, float | None]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    out: dict[str, float | None] = {}
    conn = _open_sqlite(path)
    store, shop = (
        conn.execute("SELECT id FROM stock_locations WHERE code = ?", (code,)).fetchone()[0]
        for code in ("GUDANG", "TOKO")
    )
    item = conn.execute("SELECT id FROM items WHERE sku = ?", (BEST_SELLER,)).fetchone()

    t = time.perf_counter()
    rows = conn.execute(SQL_FIRST_PAGE, {"store": store, "shop": shop}).fetchall()
    conn.execute(SQL_COUNT).fetchone()
    model = QStandardItemModel(len(rows), 13)
    for i, r in enumerate(rows):
        for j, v in enumerate(r[1:]):
            model.setItem(i, j, QStandardItem("" if v is None else str(v)))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    out["open_page"] = time.perf_counter() - t

    t = time.perf_counter()
    _reference_valuation(conn, _middle_day())
    out["valuation"] = time.perf_counter() - t

    if item is None:
        out["history"] = None
    else:
        t = time.perf_counter()
        conn.execute(SQL_HISTORY, {"item": item[0]}).fetchall()
        out["history"] = time.perf_counter() - t
    return out


def _app(path: str) -> dict[str, float | None]:
    from decimal import Decimal

    from PySide6.QtWidgets import QApplication

    from rumahbatik.app import ensure_app
    from rumahbatik.db import open_database
    from rumahbatik.services import stock, users
    from rumahbatik.services.context import Actor, system_actor
    from rumahbatik.services.settings import get_settings
    from rumahbatik.ui.context import ChangeBus, UiContext

    try:
        from rumahbatik.ui.stock_page import StockPage
    except ImportError:
        StockPage = None  # noqa: N806 - the page may not exist yet; the services still run

    ensure_app()
    app = QApplication.instance()
    db = open_database(f"sqlite:///{path}")
    u = next(u for u in users.list_users(db, system_actor()) if u.username == "admin")
    actor = Actor(u.id, u.username, u.role, u.full_name)
    ctx = UiContext(db=db, actor=actor, settings=get_settings(db), bus=ChangeBus())
    out: dict[str, float | None] = {}

    if StockPage is None:
        out["open_page"] = None
    else:
        t = time.perf_counter()
        page = StockPage(ctx)
        page.resize(1200, 700)
        page.show()
        deadline = t + TIMEOUT_S
        app.processEvents()
        while page.model.rowCount() == 0:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the stock page showed no rows")
        out["open_page"] = time.perf_counter() - t

    day = _middle_day()
    t = time.perf_counter()
    valuation = stock.valuation_at(db, actor, day, by_location=True)
    out["valuation"] = time.perf_counter() - t

    import sqlite3

    item = (
        sqlite3.connect(path)
        .execute("SELECT id FROM items WHERE sku = ?", (BEST_SELLER,))
        .fetchone()
    )
    if item is None:
        out["history"] = None
    else:
        t = time.perf_counter()
        moves = stock.item_history(db, actor, item[0])
        out["history"] = time.perf_counter() - t
        if len(moves) != PAGE:
            raise RuntimeError(f"history page has {len(moves)} moves, not {PAGE}")

    # The answer must be right, not only fast: compare with the hand-written query.
    ref = _reference_valuation(_open_sqlite(path), day)
    ref_total = sum(Decimal(r[10]) for r in ref) / 100
    if len(ref) != len(valuation.rows) or ref_total != valuation.total_value:
        raise RuntimeError(
            f"valuation differs from the reference: {len(valuation.rows)} rows, "
            f"{valuation.total_value} vs {len(ref)} rows, {ref_total}"
        )
    return out


def main() -> None:
    mode, url = sys.argv[1], sys.argv[2]
    if not url.startswith("sqlite:///"):
        raise SystemExit(f"a SQLite URL please, not {url!r}")
    path = url.removeprefix("sqlite:///")
    if mode == "reference":
        out = _reference(path)
    elif mode == "app":
        out = _app(path)
    else:
        raise SystemExit(f"unknown mode {mode!r}")

    from _bench_protocol import emit, peak_rss_kib

    emit({**out, "peak_rss": peak_rss_kib()})


if __name__ == "__main__":
    main()
