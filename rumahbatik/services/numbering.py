"""Gapless number series (certificates, stock documents, batches, invoices).

A counter row is incremented inside the transaction of the document that takes the number:
a rollback gives the number back, and two PCs on PostgreSQL queue on the row's lock, so no
number is used twice or skipped (database sequences would leave gaps).
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rumahbatik.models import NumberSeries


def next_value(session: Session, key: str) -> int:
    """The next value of a gapless series, in the caller's transaction (row made if missing).

    Nothing pending in the session is flushed first: a document takes its number before its
    rows are written, so the series row is the first lock it holds. (Writing invoice lines
    first would take key-share locks on their items; two PCs selling at once would then each
    hold what the other waits for, a deadlock PostgreSQL detects.)
    """
    stmt = (
        update(NumberSeries)
        .where(NumberSeries.key == key)
        .values(value=NumberSeries.value + 1)
        .returning(NumberSeries.value)
    )
    with session.no_autoflush:
        value = session.execute(stmt).scalar()
        if value is not None:
            return int(value)
        conn = session.connection()
        try:
            # a savepoint on the connection, which (unlike Session.begin_nested) flushes nothing
            with conn.begin_nested():
                conn.execute(insert(NumberSeries).values(key=key, value=1))
            return 1
        except IntegrityError:  # another PC created the row between our UPDATE and INSERT
            value = session.execute(stmt).scalar_one()
            return int(value)


def next_yearly_number(session: Session, prefix: str, year: int, width: int = 4) -> str:
    """``PB/2026/0001``: the next number of a series that starts again every year."""
    n = next_value(session, f"{prefix}/{year}")
    return f"{prefix}/{year}/{n:0{width}d}"
