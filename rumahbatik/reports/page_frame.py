"""What every A4 report of the centre shares: the house colours, the page size and a canvas
that writes "Halaman 1 dari N" footers (it needs the page count, so it draws them last)."""

from __future__ import annotations

from typing import Any

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 portrait
SOGA = (0.42, 0.26, 0.15)
INK = (0.17, 0.11, 0.07)
GOLD = (0.78, 0.64, 0.29)


def numbered_canvas(
    page_words: str, footer_left: str, *, margin: float = 36.0, line_y: float = 30.0
) -> type:
    """A ReportLab canvas class for ``doc.build(..., canvasmaker=...)``: every page gets a
    gold rule, ``footer_left`` on the left and ``page_words`` (``"Halaman {page} dari
    {pages}"``) on the right, filled in once the page count is known."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColorRGB(*GOLD)
            self.setLineWidth(0.6)
            self.line(margin, line_y, PAGE_W - margin, line_y)
            self.setFillColorRGB(*SOGA)
            self.setFont("Helvetica", 7.5)
            self.drawString(margin, line_y - 11, footer_left)
            self.drawRightString(
                PAGE_W - margin,
                line_y - 11,
                page_words.format(page=self._pageNumber, pages=total),
            )
            self.restoreState()

    return NumberedCanvas
