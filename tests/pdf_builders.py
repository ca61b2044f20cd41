"""Small PDFs built in the tests (reportlab), so that no test depends on a binary fixture."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib.styles import getSampleStyleSheet


def text_pdf(pages: list[list[str]], footer: str | None = None, encrypt: str | None = None) -> bytes:
    """One line of text per entry, each page with an optional running footer and page number."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        y = height - 30 * mm
        for line in lines:
            c.setFont("Helvetica", 11)
            c.drawString(25 * mm, y, line)
            y -= 6 * mm
        if footer:
            c.setFont("Helvetica", 9)
            c.drawString(25 * mm, 12 * mm, footer)
            c.drawRightString(width - 25 * mm, 12 * mm, str(number))
        c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A page with shapes and no text layer, like a scan."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFillColor(colors.grey)
    c.rect(50, 400, 300, 200, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


def risk_register_pdf(rows: list[tuple[str, str, str | None, tuple[float, float, float] | None, str]]) -> bytes:
    """A ruled risk register: (risk, mitigation, RAG text or None, fill colour or None, owner)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    style = getSampleStyleSheet()["BodyText"]
    data = [["Risk", "Mitigation", "RAG (should the risk occur)", "Overall Responsibility"]]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    for r, (risk, mitigation, rag, fill, owner) in enumerate(rows, start=1):
        data.append([Paragraph(risk, style), Paragraph(mitigation, style), rag or "", owner])
        if fill:
            commands.append(("BACKGROUND", (2, r), (2, r), colors.Color(*fill)))
    table = Table(data, colWidths=[55 * mm, 55 * mm, 25 * mm, 40 * mm])
    table.setStyle(TableStyle(commands))
    doc.build([Paragraph("7. What are the risks?", style), Spacer(1, 6 * mm), table])
    return buf.getvalue()


def long_table_pdf(
    rows: list[list[str]], header: list[str], repeat_header: bool = True, text_between: bool = False, page_heading: str | None = None
) -> bytes:
    """A ruled table long enough to break across pages (header row repeated or not);
    `text_between` ends the first page's table early and puts a paragraph between the parts;
    `page_heading` is printed above the body on every page, below the margin band."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    style = getSampleStyleSheet()["BodyText"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])

    def table(body: list[list[str]]) -> Table:
        t = Table([header, *body], colWidths=[70 * mm, 40 * mm, 40 * mm], repeatRows=1 if repeat_header else 0)
        t.setStyle(grid)
        return t

    if text_between:
        half = len(rows) // 2
        story = [table(rows[:half]), Paragraph("A note printed between the two tables.", style), table(rows[half:])]
    else:
        story = [Paragraph("4. What are the next steps?", style), Spacer(1, 4 * mm), table(rows)]

    def heading(canvas, _doc) -> None:
        if page_heading:
            canvas.drawString(25 * mm, A4[1] - 28 * mm, page_heading)

    doc.topMargin = 32 * mm if page_heading else doc.topMargin
    doc.build(story, onFirstPage=heading, onLaterPages=heading)
    return buf.getvalue()


def stacked_form_pdf(pairs: list[tuple[str, str]]) -> bytes:
    """A one-column ruled form: each box holds a bold label line above its plain value."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    style = getSampleStyleSheet()["BodyText"]
    data = [[Paragraph("Impact Assessment Form", style)]]
    data += [[Paragraph(f"<b>{label}</b><br/>{value}", style)] for label, value in pairs]
    table = Table(data, colWidths=[160 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    doc.build([table])
    return buf.getvalue()


def rotated_landscape_pdf(lines: list[str]) -> bytes:
    """A portrait page shown turned a quarter (/Rotate 90), its text drawn so that it reads
    upright on screen: how a landscape page often sits in an assembled pack."""
    import pypdfium2 as pdfium

    width, _ = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.translate(width, 0)
    c.rotate(90)
    for n, text in enumerate(lines):
        c.drawString(72, width - 100 - 20 * n, text)
    c.showPage()
    c.save()
    document = pdfium.PdfDocument(buf.getvalue())
    document[0].set_rotation(90)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def owner_password_pdf(lines: list[str]) -> bytes:
    """Encrypted with an owner password only ('secured' against editing): anyone may open it."""
    from reportlab.lib import pdfencrypt

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canModify=0))
    for n, text in enumerate(lines):
        c.drawString(72, 750 - 20 * n, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def boxed_links_pdf(left: list[str], right: list[str]) -> bytes:
    """A one-row ruled box of two cells (a layout box, not a data table) whose right cell
    lists underlined links, as cover papers print their background documents."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    x0, x1, mid, top, bottom = 70, 525, 278, 780, 600
    c.rect(x0, bottom, x1 - x0, top - bottom)
    c.line(mid, bottom, mid, top)
    c.setFont("Helvetica", 11)
    for k, text in enumerate(left):
        c.drawString(x0 + 6, top - 20 - 16 * k, text)
    for k, text in enumerate(right):
        y = top - 20 - 30 * k
        c.drawString(mid + 6, y, text)
        c.line(mid + 6, y - 2, mid + 6 + c.stringWidth(text, "Helvetica", 11), y - 2)
    c.showPage()
    c.save()
    return buf.getvalue()


def gradient_cell_pdf(rows: list[list[str]], shaded: tuple[int, int], start: tuple[float, float, float],
                      end: tuple[float, float, float], band: float = 3.0) -> bytes:
    """A ruled table whose cell `shaded` (row, column) is filled with a colour gradient drawn,
    as office suites draw one, as thin stacked bands from `start` to `end` colour."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    left, top, col_w, row_h = 60.0, 760.0, 150.0, 60.0
    n_rows, n_cols = len(rows), len(rows[0])
    r, k = shaded
    x, y_top = left + k * col_w, top - r * row_h
    bands = int(row_h // band)
    for i in range(bands):
        t = i / max(bands - 1, 1)
        c.setFillColorRGB(*(a + (b - a) * t for a, b in zip(start, end)))
        c.rect(x, y_top - (i + 1) * band, col_w, band, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for i in range(n_rows + 1):
        c.line(left, top - i * row_h, left + n_cols * col_w, top - i * row_h)
    for j in range(n_cols + 1):
        c.line(left + j * col_w, top, left + j * col_w, top - n_rows * row_h)
    c.setFont("Helvetica", 10)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            c.drawString(left + j * col_w + 5, top - i * row_h - 20, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def money_table_pdf(header: list[str], rows: list[list[str]], caption: str = "", bold_rows: tuple[int, ...] = (),
                    repeat_rows: int = 1) -> bytes:
    """A ruled money table under a caption; `repeat_rows` header rows are printed again on each
    page the table runs on to; `bold_rows` (body row indexes) are set in bold."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    style = getSampleStyleSheet()["BodyText"]
    commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    commands += [("FONTNAME", (0, repeat_rows + r), (-1, repeat_rows + r), "Helvetica-Bold") for r in bold_rows]
    widths = [70 * mm] + [100 * mm / (len(header) - 1)] * (len(header) - 1)
    table = Table([header, *rows], colWidths=widths, repeatRows=repeat_rows)
    table.setStyle(TableStyle(commands))
    doc.build([Paragraph("3. Financial implications", style), Paragraph(caption or "The costs are:", style),
               Spacer(1, 4 * mm), table])
    return buf.getvalue()
