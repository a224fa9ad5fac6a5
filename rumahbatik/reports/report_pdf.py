"""A :class:`~rumahbatik.domain.reports.Report` as an A4 PDF: the centre's header and logo,
title, period, printed by and at, its charts (ReportLab graphics), its tables breaking across
pages with the header row repeated, a bold total row, and "Halaman 1 dari N"."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from rumahbatik.domain.formatting import (
    format_date,
    format_datetime,
    format_number,
    format_rupiah,
    short_rupiah,
)
from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP
from rumahbatik.domain.reports import (
    MONTH_NAMES,
    Chart,
    Label,
    Month,
    Progress,
    Report,
    ReportTable,
    no_progress,
)
from rumahbatik.reports.page_frame import PAGE_H, PAGE_W, numbered_canvas
from rumahbatik.reports.statement_style import (
    MARGIN,
    Styles,
    centre_header,
    esc,
    grid_style,
)

Translate = Callable[[str, str], str]

PAGE = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period: {start} – {end}")
PRINTED = QT_TRANSLATE_NOOP("Reports", "Printed by {user}, {at}")
NO_ROWS = QT_TRANSLATE_NOOP("Reports", "Nothing in this period.")

NOT_APPLICABLE = "–"

CHART_COLOURS = ("#6b3e26", "#c8a24a", "#8c5a3c", "#d9b46a", "#4a2f22", "#a0764f", "#e6cf8f")


def _identity(_context: str, text: str) -> str:
    return text


def _month(value: Month, say: Translate, *, short: bool = False) -> str:
    name = say("Reports", MONTH_NAMES[value.month - 1])
    return f"{name[:3] if short else name} {value.year}"


def _cell(value: Any, kind: str, key: str, say: Translate) -> str:
    if isinstance(value, Label):
        return value.said(say)
    if isinstance(value, Month):
        return _month(value, say)
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        return format_date(value)
    if key.endswith("_pct") and isinstance(value, Decimal):
        return f"{format_number(value, 1)}%"
    if kind == "money":
        return format_rupiah(round(value))  # whole Rupiah on paper; the Excel keeps cents
    if kind in ("decimal", "int") and isinstance(value, Decimal | int):
        return format_number(value)
    return str(value)


#: Left and right padding of a cell (grid_style) and a hair.
CELL_PAD = 7.0

#: A table of up to this many rows moves whole to the next page rather than split.
KEEP_WHOLE_ROWS = 20
#: A longer table starts on a new page when less than this is left (heading and a few rows).
MIN_START_HEIGHT = 120.0


def _table(t: ReportTable, say: Translate, s: Styles) -> list[Any]:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table, TableStyle

    heading = Paragraph(esc(say("Reports", t.title)), s.heading)
    if not t.rows:
        return [KeepTogether([heading, Paragraph(esc(say("Reports", NO_ROWS)), s.fact)])]
    # a header sits over its column as the cells do: figures right, words left
    head_left = ParagraphStyle("head_left", parent=s.head, alignment=TA_LEFT)
    head_right = ParagraphStyle("head_right", parent=s.head, alignment=TA_RIGHT)
    head = [
        Paragraph(esc(say("Reports", c.title)), head_left if c.kind == "text" else head_right)
        for c in t.columns
    ]
    rows = t.printed_rows
    # a figure or date that does not apply (never sold, not finished) reads "–"
    texts = [
        [
            NOT_APPLICABLE
            if v is None and row is not t.total and c.kind != "text"
            else _cell(v, c.kind, c.key, say)
            for v, c in zip(row, t.columns, strict=True)
        ]
        for row in rows
    ]
    # A long table's widths come from its first rows and the total (the widest figures).
    widths = _column_widths(t, [*texts[:400], *texts[-1:]], say)
    # Only a text that does not fit its column becomes a (wrapping) Paragraph: a plain string
    # costs ReportLab a fraction of the time, which a table of thousands of rows needs.
    room = [w - CELL_PAD for w in widths]
    body = [
        [
            Paragraph(esc(text), s.cell)
            if c.kind == "text" and stringWidth(text, "Helvetica", 8) > room[i]
            else text
            for i, (text, c) in enumerate(zip(row, t.columns, strict=True))
        ]
        for row in texts
    ]
    right_from = next((i for i, c in enumerate(t.columns) if c.kind != "text"), len(t.columns))
    has_total = t.total is not None
    heights = _row_heights([head, *body], widths, has_total)

    # figures right, words left (a short word is a plain string, which the grid would align)
    text_after = [i for i, c in enumerate(t.columns) if c.kind == "text" and i > right_from]

    def style_for(rows: int, with_total: bool) -> list[Any]:
        return grid_style(rows, right_from, with_total) + [
            ("ALIGN", (i, 1), (i, -1), "LEFT") for i in text_after
        ]

    # Never a heading alone at the foot of a page: a short table stays whole, a long one
    # starts where its heading and first rows fit and goes on a page at a time.
    if len(body) <= KEEP_WHOLE_ROWS:
        table = Table([head, *body], colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(style_for(len(body) + 1, has_total)))
        table.report_rows = len(body)  # counted by render_report's progress when drawn
        return [KeepTogether([heading, table])]
    from rumahbatik.reports.paged_table import PagedTable

    paged = PagedTable(head, body, heights[0], heights[1:], widths, style_for, has_total=has_total)
    return [CondPageBreak(MIN_START_HEIGHT), heading, paged]


def _row_heights(rows: list[list[Any]], widths: list[float], total_row: bool) -> list[float]:
    """Every row's height, measured once here as ReportLab would (cell padding 2.5 pt above
    and below, 3 pt either side). Left to itself, ReportLab measures all the rows still to
    come again at every page break: a table of 10,000 rows took most of its time there."""
    heights: list[float] = []
    last = len(rows) - 1
    for r, row in enumerate(rows):
        line = 1.2 * (8.5 if total_row and r == last else 8.0)
        tallest = line
        for cell, width in zip(row, widths, strict=True):
            if hasattr(cell, "wrap"):  # a Paragraph
                tallest = max(tallest, cell.wrap(width - 6.0, 1e6)[1])
        heights.append(tallest + 5.0)
    return heights


def _label_text(label: Any, say: Translate) -> str:
    """A chart label: a word to translate, or data (a name, a month) as it is."""
    if isinstance(label, Label):
        return label.said(say)
    if isinstance(label, Month):
        return _month(label, say, short=True)
    return say("Reports", label) if isinstance(label, str) else str(label)


def _column_widths(t: ReportTable, texts: list[list[str]], say: Translate) -> list[float]:
    """Widths from the content: figures get what their widest cell needs (never wrapped), text
    columns share the rest in proportion to their longest cell, and no header word is cut."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    full = PAGE_W - 2 * MARGIN
    pad = CELL_PAD
    natural: list[float] = []
    least: list[float] = []
    for i, c in enumerate(t.columns):
        words = say("Reports", c.title).split() or [""]
        head_word = max(stringWidth(w, "Helvetica-Bold", 7.5) for w in words) + pad
        widest = max((stringWidth(r[i], "Helvetica-Bold", 8.5) for r in texts), default=0.0)
        natural.append(max(widest + pad, head_word))
        if c.kind == "text":  # a text cell wraps at its words; the longest word must fit
            longest = max(
                (stringWidth(w, "Helvetica", 8) for r in texts for w in r[i].split()), default=0
            )
            least.append(max(head_word, min(longest + pad, 90.0)))
        else:
            least.append(natural[-1])
    figures = sum(w for w, c in zip(natural, t.columns, strict=True) if c.kind != "text")
    if figures > full * 0.85:  # too many figures for the page: squeeze them evenly
        scale = full * 0.85 / figures
        natural = [w * scale if c.kind != "text" else w for w, c in zip(natural, t.columns,
                                                                        strict=True)]  # fmt: skip
        figures = full * 0.85
    text_cols = [i for i, c in enumerate(t.columns) if c.kind == "text"]
    widths = list(natural)
    room = full - figures
    wanted = sum(natural[i] for i in text_cols)
    if text_cols and wanted > room:
        # share the room by need, but never below a column's longest word
        floor = sum(least[i] for i in text_cols)
        spare = max(room - floor, 0.0)
        extra = sum(natural[i] - least[i] for i in text_cols) or 1.0
        for i in text_cols:
            widths[i] = least[i] + spare * (natural[i] - least[i]) / extra
    else:
        # everything fits: spread what is left evenly (figures' headers wrap less)
        left = full - sum(widths)
        for i in range(len(widths)):
            widths[i] += left / len(widths)
    return widths


def _axis_format(chart: Chart) -> Callable[[float], str]:
    """How a value of ``chart`` reads on its axis: short Rupiah, or a plain number."""
    if chart.value_kind == "money":
        return short_rupiah
    places = 0 if chart.value_kind == "int" else 1
    return lambda v: format_number(Decimal(str(v)), places)


def _value_text(chart: Chart, value: float) -> str:
    if chart.value_kind == "money":
        return format_rupiah(round(value))
    return format_number(Decimal(str(value)), 0 if chart.value_kind == "int" else 1)


def _chart(chart: Chart, say: Translate, s: Styles) -> list[Any]:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import KeepTogether, Paragraph

    if not chart.values or not any(chart.values):
        return []
    width, height = PAGE_W - 2 * MARGIN, 170.0
    d = Drawing(width, height)
    values = [float(v) for v in chart.values]
    if chart.kind == "pie":
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 20, 10, 150, 150
        pie.data = [max(v, 0) for v in values]
        pie.labels = None
        for i in range(len(values)):
            pie.slices[i].fillColor = HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])
            pie.slices[i].strokeColor = HexColor("#ffffff")
        d.add(pie)
        total = sum(max(v, 0) for v in values) or 1.0
        for i, (label, value) in enumerate(zip(chart.labels, values, strict=True)):
            y = height - 18 - i * 16
            d.add(String(200, y, "■", fillColor=HexColor(CHART_COLOURS[i % len(CHART_COLOURS)])))
            text = _label_text(label, say)
            d.add(String(214, y, f"{text}  {_value_text(chart, value)}  "
                                 f"({format_number(Decimal(100 * max(value, 0) / total), 1)}%)",
                         fontName="Helvetica", fontSize=8))  # fmt: skip
    else:
        bar = VerticalBarChart()
        bar.x, bar.y, bar.width, bar.height = 72, 25, width - 86, height - 40
        bar.data = [values]
        months = [lb for lb in chart.labels if isinstance(lb, Month)]
        if months and len(months) == len(chart.labels):
            # "Jan", "Feb" …; the year under the first bar and under each January
            names = [
                _month(m, say, short=True).replace(" ", "\n")
                if len({m.year for m in months}) > 1 and (i == 0 or m.month == 1)
                else _month(m, say, short=True).split()[0]
                for i, m in enumerate(months)
            ]
        else:
            names = [_label_text(lb, say) for lb in chart.labels]
        bar.categoryAxis.categoryNames = names
        crowded = len(values) > 20 or sum(len(n) for n in names) > 90
        bar.categoryAxis.labels.fontSize = 6.5 if crowded else 8
        bar.categoryAxis.labels.fontName = "Helvetica"
        bar.valueAxis.labels.fontName = "Helvetica"
        bar.valueAxis.labels.fontSize = 7
        bar.valueAxis.labels.dx = -8  # clear of the 5 pt tick marks (ReportLab puts them at -5)
        bar.valueAxis.valueMin = min(0.0, min(values))
        bar.valueAxis.labelTextFormat = _axis_format(chart)
        if chart.value_kind == "int" and max(values) <= 10:
            bar.valueAxis.valueStep = 1  # whole people or pieces, not 0.5 steps
        bar.bars[0].fillColor = HexColor(CHART_COLOURS[0])
        bar.bars[0].strokeColor = None
        d.add(bar)
    return [KeepTogether([Paragraph(esc(say("Reports", chart.title)), s.heading), d])]


def _header(report: Report, centre_name: str, address: str, logo: bytes | None,
            say: Translate, s: Styles) -> list[Any]:  # fmt: skip
    from reportlab.platypus import Paragraph

    top = centre_header(centre_name, [address], logo, s, PAGE_W - 2 * MARGIN)
    period = say("Reports", PERIOD).format(
        start=format_date(report.start), end=format_date(report.end)
    )
    out: list[Any] = [top, Paragraph(esc(say("Reports", report.title)), s.title)]
    out.append(Paragraph(esc(period), s.fact))
    for note in report.notes:
        out.append(Paragraph(f"<i>{esc(say('Reports', note))}</i>", s.cell))
    return out


def render_report(
    report: Report,
    *,
    centre_name: str,
    address: str = "",
    logo: bytes | None = None,
    translate: Translate = _identity,
    progress: Progress = no_progress,
) -> bytes:
    """The report as PDF bytes, in the language of ``translate``. ``progress(rows laid out,
    rows)`` is called page by page; it may raise
    :class:`~rumahbatik.domain.reports.Cancelled` to stop."""
    from reportlab.platypus import SimpleDocTemplate, Spacer

    say = translate

    s = Styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 14,
        title=say("Reports", report.title),
        author=centre_name,
    )
    story: list[Any] = _header(report, centre_name, address, logo, translate, s)
    for chart in report.charts:
        story += _chart(chart, translate, s)
    total_rows = report.row_count
    progress(0, total_rows)
    for table in report.tables:
        story.append(Spacer(1, 6))
        story += _table(table, translate, s)
        progress(0, total_rows)  # a chance to stop between two long tables
    done = 0

    def after_flowable(flowable: Any) -> None:
        # each drawn piece of a table carries how many of its rows it holds
        nonlocal done
        rows = getattr(flowable, "report_rows", 0)
        if rows:
            done += rows
            progress(done, total_rows)

    doc.afterFlowable = after_flowable
    footer = say("Reports", PRINTED).format(
        user=report.printed_by or "–",
        at=format_datetime(report.printed_at) if report.printed_at else "–",
    )
    page_words = say("Reports", PAGE)
    doc.build(story, canvasmaker=numbered_canvas(page_words, footer, margin=MARGIN, line_y=32.0))
    return buf.getvalue()
