"""Rows of a long export read a page at a time while the file is written (the stock ledger,
invoices, invoice lines): a million rows never sit in memory at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Select, func, select

from rumahbatik.db import Database


class StreamedRows:
    """Rows of an export read ``page`` at a time in id order (keyset paging, each page its
    own short read) while the file is written.

    ``base`` selects the id first, then the row's values; ``shape`` turns a result row (without
    the id) into the exported tuple. Rows up to the last id when the export began are exported,
    so the count and the rows agree while the counter keeps selling. Iterating again reads again.
    """

    def __init__(
        self,
        db: Database,
        base: Select,
        id_column: Any,
        shape: Callable[[tuple], tuple],
        page: int,
    ) -> None:
        self.db = db
        self.base = base
        self.id_column = id_column
        self.shape = shape
        self.page = page
        sub = base.subquery()
        last = select(func.max(sub.c[0]))
        with db.read() as session:
            self.last_id = session.scalar(last) or 0
        self._len: int | None = None

    def __len__(self) -> int:
        if self._len is None:
            stmt = select(func.count()).select_from(
                self.base.where(self.id_column <= self.last_id).subquery()
            )
            with self.db.read() as session:
                self._len = session.scalar(stmt) or 0
        return self._len

    def __bool__(self) -> bool:
        return len(self) > 0

    def __iter__(self) -> Iterator[tuple]:
        after = 0
        while True:
            batch = self._fetch(after)
            yield from (self.shape(tuple(r[1:])) for r in batch)
            if len(batch) < self.page:
                return
            after = batch[-1][0]

    def __getitem__(self, index: int) -> tuple:
        """One row by position (tests and previews; the export itself iterates)."""
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError(index)
        stmt = (
            self.base.where(self.id_column <= self.last_id)
            .order_by(self.id_column)
            .offset(index)
            .limit(1)
        )
        with self.db.read() as session:
            row = session.execute(stmt).one()
        return self.shape(tuple(row[1:]))

    def _fetch(self, after: int) -> list[Any]:
        stmt = (
            self.base.where(self.id_column > after, self.id_column <= self.last_id)
            .order_by(self.id_column)
            .limit(self.page)
        )
        with self.db.read() as session:
            return list(session.execute(stmt))
