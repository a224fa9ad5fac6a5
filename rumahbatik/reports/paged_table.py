"""A long table laid out one page at a time, with its header row on every page.

ReportLab's own ``Table`` splits at a page break by building a new table of *all* the rows
still to come (copying them and their styles, measuring them again), so a table of n rows
costs O(n²): 10,000 rows took 18 s, 30,000 far longer. Here every row's height is measured
once; at each page the rows that fit are found by their running heights and only they become
a ``Table``. A report of 100,000 lines prints in time proportional to its length."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Any

from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

#: ``style(rows including the header, has the total row) -> TableStyle commands``.
StyleFor = Callable[[int, bool], list[Any]]


class PagedTable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """``head`` and ``body`` rows (the last one the total row when ``has_total``) with their
    heights (``head_height``, ``heights`` of the body rows), drawn as one table per page."""

    def __init__(
        self,
        head: list[Any],
        body: Sequence[list[Any]],
        head_height: float,
        heights: Sequence[float],
        widths: Sequence[float],
        style_for: StyleFor,
        *,
        has_total: bool,
        start: int = 0,
        _running: list[float] | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # placed like ReportLab's own tables
        self.head, self.body, self.widths = head, body, list(widths)
        self.head_height, self.heights = head_height, heights  # shared, never copied
        self.style_for, self.has_total, self.start = style_for, has_total, start
        # running[i] = height of body rows 0..i-1, shared by every page's remainder
        self.running = _running if _running is not None else [0.0, *accumulate(self.heights)]

    @property
    def report_rows(self) -> int:
        """The rows still to draw (when what is left fits on the page as it is)."""
        return len(self.body) - self.start

    def _height_from(self, start: int) -> float:
        return self.head_height + self.running[-1] - self.running[start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), self._height_from(self.start)
        return self.width, self.height

    def _page(self, start: int, end: int) -> Any:
        with_total = self.has_total and end == len(self.body)
        table = Table(
            [self.head, *self.body[start:end]],
            colWidths=self.widths,
            rowHeights=[self.head_height, *self.heights[start:end]],
            repeatRows=1,
        )
        table.setStyle(TableStyle(self.style_for(end - start + 1, with_total)))
        table.report_rows = end - start  # the rows this page holds, for a progress bar
        return table

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        # the most rows whose heights, with the header's, fit in what is left of the page
        limit = self.running[self.start] + avail_height - self.head_height
        end = min(bisect_right(self.running, limit + 1e-6) - 1, len(self.body))
        if end <= self.start:
            return []  # not even one row: the frame moves on to the next page
        if end == len(self.body):
            return [self._page(self.start, end)]
        rest = PagedTable(
            self.head,
            self.body,
            self.head_height,
            self.heights,
            self.widths,
            self.style_for,
            has_total=self.has_total,
            start=end,
            _running=self.running,
        )
        return [self._page(self.start, end), rest]

    def draw(self) -> None:
        # the rest fits where it stands: one table of all that is left
        table = self._page(self.start, len(self.body))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
