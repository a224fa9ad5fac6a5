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
    """The next value of a gapless series, in the caller's transaction (row made if missing)."""
    stmt = (
        update(NumberSeries)
        .where(NumberSeries.key == key)
        .values(value=NumberSeries.value + 1)
        .returning(NumberSeries.value)
    )
    value = session.execute(stmt).scalar()
    if value is not None:
        return int(value)
    try:
        with session.begin_nested():
            session.execute(insert(NumberSeries).values(key=key, value=1))
        return 1
    except IntegrityError:  # another PC created the row between our UPDATE and INSERT
        value = session.execute(stmt).scalar_one()
        return int(value)


def next_yearly_number(session: Session, prefix: str, year: int, width: int = 4) -> str:
    """``PB/2026/0001``: the next number of a series that starts again every year."""
    n = next_value(session, f"{prefix}/{year}")
    return f"{prefix}/{year}/{n:0{width}d}"
