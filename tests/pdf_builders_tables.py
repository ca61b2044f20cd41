"""Built PDFs of what readers mistake for tables (reportlab): a bar chart, prose laid out
word by word in a grid, and a prose table under a risk-like header."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def _build(story: list, pagesize=A4) -> bytes:
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=pagesize).build(story)
    return buf.getvalue()


def bar_chart_pdf(values: list[tuple[int, ...]], categories: list[str]) -> bytes:
    """A captioned vertical bar chart with value labels on the bars and a ruled value axis."""
    style = getSampleStyleSheet()["BodyText"]
    drawing = Drawing(400, 250)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.height, chart.width = 50, 50, 150, 300
    chart.data = values
    chart.categoryAxis.categoryNames = categories
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 40, 10
    drawing.add(chart)
    return _build([Paragraph("Figure 3: Risk ratings by service", style), Spacer(1, 4 * mm), drawing])


def word_grid_pdf(sentence: str, per_row: int) -> bytes:
    """A sentence laid out one word per ruled cell, `per_row` words a row: how justified prose
    in a box comes out of a reader that splits on word gaps."""
    words = sentence.split()
    rows = [words[i : i + per_row] for i in range(0, len(words), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return _build([table], pagesize=landscape(A4))


def prose_table_pdf(header: list[str], rows: list[list[str]]) -> bytes:
    """A ruled table of paragraphs (an impact assessment's narrative) under a header."""
    style = getSampleStyleSheet()["BodyText"]
    data = [header] + [[Paragraph(c, style) for c in row] for row in rows]
    table = Table(data, colWidths=[40 * mm, 60 * mm, 50 * mm, 30 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return _build([Paragraph("Section C: Impacts and what we will do about them", style), Spacer(1, 4 * mm), table])


def boxed_whitespace_table_pdf(header: list[str], rows: list[list[str]], caption: str = "") -> bytes:
    """A table with its outer box and a rule under every row but no rule between columns (a
    spreadsheet export): the columns are parted by whitespace only. Header cells may wrap
    over lines (`Working\\nBudget`); figure columns are right-aligned."""
    style = getSampleStyleSheet()["BodyText"]
    table = Table([header, *rows], colWidths=[70 * mm, 30 * mm, 30 * mm, 30 * mm])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return _build([Paragraph(caption, style), Spacer(1, 4 * mm), table] if caption else [table])
