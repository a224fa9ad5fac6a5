"""People probe: the artisans page on a big database, and the same work done bare.

    people_probe.py app sqlite:///DB_PATH
    people_probe.py reference sqlite:///DB_PATH

``app`` (after the imports and the ``QApplication``, which are not timed):

- **open_page**: build ``PeoplePage`` (rumahbatik.ui.people_page) for a logged-in admin,
  show it, and run the event loop until the artisans model holds its first rows;
- **keystroke**: set the search text (one more letter of a common name) and call the debounce
  timer's slot directly (the 250 ms wait is not counted) until the model holds the first page;
- **keystroke_rare**: the same for a text few people match (the query cannot stop early);
- **sort_joined_p1** / **sort_joined_p100**: sort by joined date (OFFSET paging), then the
  first page, and page 100 (rows 19,800..19,999) as scrolling there would fetch it.

``reference`` does the same work as plainly as it can be done: one hand-written SQL statement
per query through the ``sqlite3`` module on the same file (the page, its skills, the count),
and for *open_page* also a bare ``QTableView`` over a ``QStandardItemModel`` filled with the
first page and shown. Its sort pages use OFFSET, the app pages by keyset. Ratios app/reference
are per metric.
"""

import time

T0 = time.perf_counter()

import sys  # noqa: E402

PAGE = 200
COMMON = ("sit", "siti")  # typed letter by letter: the keystroke is the last one
RARE = "darmaji kusuma"
TIMEOUT_S = 60.0

# The first page of the artisans list, as the service means it (hand-written).
_COLUMNS = """
    p.id, p.full_name, p.name_key, p.nik, p.gender, p.phone, p.email, p.address,
    kec.name, kel.name, p.active, a.joined_on, a.business_name, a.nib,
    c.customer_type, c.organisation, c.npwp, c.is_walk_in_default, p.photo
"""
_FROM = """
    FROM people p
    LEFT JOIN regions kec ON kec.id = p.kecamatan_id
    LEFT JOIN regions kel ON kel.id = p.kelurahan_id
    LEFT JOIN artisan_profiles a ON a.person_id = p.id
    LEFT JOIN customer_profiles c ON c.person_id = p.id
    WHERE p.is_artisan = 1
"""
SQL_FIRST_PAGE = f"""
    SELECT {_COLUMNS} FROM people p
    LEFT JOIN regions kec ON kec.id = p.kecamatan_id
    LEFT JOIN regions kel ON kel.id = p.kelurahan_id
    LEFT JOIN artisan_profiles a ON a.person_id = p.id
    LEFT JOIN customer_profiles c ON c.person_id = p.id
    WHERE p.id IN (SELECT id FROM people INDEXED BY ix_people_name_key
                   WHERE is_artisan = 1 ORDER BY name_key, id LIMIT {PAGE})
    ORDER BY p.name_key, p.id
"""
SQL_COUNT = "SELECT count(*) FROM people p WHERE p.is_artisan = 1"
SQL_SKILLS = (
    "SELECT person_id, technique, level FROM artisan_skills WHERE person_id IN ({}) "
    "ORDER BY person_id, level DESC"
)


def _search_sql(text: str) -> tuple[str, str, list[str]]:
    words = text.lower().split()
    where = "".join(" AND p.name_key LIKE ?" for _ in words)
    args = [f"%{w}%" for w in words]
    page = f"SELECT {_COLUMNS} {_FROM} {where} ORDER BY p.name_key, p.id LIMIT {PAGE}"
    return page, f"{SQL_COUNT} {where}", args


def _sort_sql(offset: int) -> str:
    """One statement, written as well as by hand: the page's ids sorted narrow (OFFSET
    paging), then their wide rows. (Sorting the wide joined rows instead took ~150 ms for
    page 1 and ~360 ms for page 100 here.)"""
    return f"""
        SELECT {_COLUMNS}
        FROM (SELECT p.id AS pid, coalesce(a.joined_on, '9999-12-31') AS k, p.name_key AS nk
              FROM people p LEFT JOIN artisan_profiles a ON a.person_id = p.id
              WHERE p.is_artisan = 1
              ORDER BY k, nk, p.id LIMIT {PAGE} OFFSET {offset}) page
        JOIN people p ON p.id = page.pid
        LEFT JOIN regions kec ON kec.id = p.kecamatan_id
        LEFT JOIN regions kel ON kel.id = p.kelurahan_id
        LEFT JOIN artisan_profiles a ON a.person_id = p.id
        LEFT JOIN customer_profiles c ON c.person_id = p.id
        ORDER BY page.k, page.nk, p.id
    """


def _reference(path: str) -> dict[str, float | None]:
    import sqlite3

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    out: dict[str, float | None] = {}

    # Opened and read once before timing, as the app has (login, settings) before its page.
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM users").fetchone()
    t = time.perf_counter()
    rows = conn.execute(SQL_FIRST_PAGE).fetchall()
    ids = ",".join(str(r[0]) for r in rows)
    conn.execute(SQL_SKILLS.format(ids)).fetchall()
    conn.execute(SQL_COUNT).fetchone()
    model = QStandardItemModel(len(rows), 7)
    for i, r in enumerate(rows):
        for j, v in enumerate((r[1], r[3], r[5], r[8], "", r[11], r[10])):
            model.setItem(i, j, QStandardItem("" if v is None else str(v)))
    view = QTableView()
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    app.processEvents()  # as the app probe: shown, events handled once, rows in the model
    out["open_page"] = time.perf_counter() - t

    def timed(sql: str, count_sql: str | None = None, args: list[str] | None = None) -> float:
        t = time.perf_counter()
        got = conn.execute(sql, args or []).fetchall()
        if got:
            ids = ",".join(str(r[0]) for r in got)
            conn.execute(SQL_SKILLS.format(ids)).fetchall()
        if count_sql:
            conn.execute(count_sql, args or []).fetchone()
        return time.perf_counter() - t

    page, count, args = _search_sql(COMMON[-1])
    out["keystroke"] = timed(page, count, args)
    page, count, args = _search_sql(RARE)
    out["keystroke_rare"] = timed(page, count, args)
    out["sort_joined_p1"] = timed(_sort_sql(0), SQL_COUNT)
    enough = conn.execute(SQL_COUNT).fetchone()[0] > 99 * PAGE
    out["sort_joined_p100"] = timed(_sort_sql(99 * PAGE)) if enough else None
    return out


def _app(path: str) -> dict[str, float | None]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from rumahbatik.app import ensure_app
    from rumahbatik.db import open_database
    from rumahbatik.services import users
    from rumahbatik.services.context import Actor, system_actor
    from rumahbatik.services.settings import get_settings
    from rumahbatik.ui.context import ChangeBus, UiContext
    from rumahbatik.ui.people_page import PeoplePage

    ensure_app()
    app = QApplication.instance()
    db = open_database(f"sqlite:///{path}")
    u = next(u for u in users.list_users(db, system_actor()) if u.username == "admin")
    ctx = UiContext(
        db=db,
        actor=Actor(u.id, u.username, u.role, u.full_name),
        settings=get_settings(db),
        bus=ChangeBus(),
    )
    out: dict[str, float | None] = {}

    t = time.perf_counter()
    page = PeoplePage(ctx)
    page.resize(1200, 700)
    page.show()
    tab = page.artisans
    deadline = t + TIMEOUT_S
    app.processEvents()
    while tab.model.rowCount() == 0:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the artisans page showed no rows")
    out["open_page"] = time.perf_counter() - t

    def keystroke(text: str) -> float:
        tab.search.setText(text)
        if not tab._debounce.isActive():
            raise RuntimeError("typing did not start the debounce timer")
        t = time.perf_counter()
        tab._debounce.timeout.emit()  # the timer firing, without the wait
        if tab.model.rowCount() == 0:
            raise RuntimeError(f"no rows for {text!r}")
        return time.perf_counter() - t

    for text in COMMON[:-1]:
        keystroke(text)
    out["keystroke"] = keystroke(COMMON[-1])
    out["keystroke_rare"] = keystroke(RARE)
    tab.search.setText("")
    tab.apply_filter()

    header = tab.table.horizontalHeader()
    joined = {v: k for k, v in tab._sort_columns().items()}["joined"]
    t = time.perf_counter()
    header.setSortIndicator(joined, Qt.SortOrder.AscendingOrder)  # re-fetches in SQL
    if tab.model.rowCount() == 0 or tab._sort != "joined":
        raise RuntimeError("sorting by joined date showed no rows")
    out["sort_joined_p1"] = time.perf_counter() - t
    # Page 100 as scrolling there fetches it: the model asks for the rows after the last one.
    model = tab.model
    while model.rowCount() < 99 * PAGE and model.canFetchMore(tab.table.rootIndex()):
        model.fetchMore(tab.table.rootIndex())
    if model.rowCount() < 99 * PAGE:
        out["sort_joined_p100"] = None  # the small dataset has fewer artisans
        return out
    t = time.perf_counter()
    model.fetchMore(tab.table.rootIndex())
    out["sort_joined_p100"] = time.perf_counter() - t
    if model.rowCount() <= 99 * PAGE:
        raise RuntimeError(f"page 100 not reached: {model.rowCount()} rows")
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
