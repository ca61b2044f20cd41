"""What the command line prints: progress, the run summary, and query results in each format."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from decimal import Decimal

#: Failures listed after a run unless -v asks for all of them.
FAILURES_SHOWN = 20


def summary_text(summary, db: str) -> str:
    """The run in three lines: this run's documents, what came out, and the whole database."""
    extras = [f"{summary.same_content} with the same content as another"] if summary.same_content else []
    extras += [f"{summary.ignored} ignored (not PDF or text)"] if summary.ignored else []
    extras += [f"{summary.pruned} pruned"] if summary.pruned else []
    in_db = summary.in_database
    return (
        f"{summary.documents} documents: {summary.ok} ok, {summary.partial} partial, "
        f"{summary.failed} failed, {summary.skipped} skipped{''.join(', ' + e for e in extras)}\n"
        f"{summary.items} items, {summary.tables} tables, {summary.failed_validations} failed validations, "
        f"{summary.incomplete} documents with parts not found (see documents.warnings); "
        f"{throughput(summary)} -> {db}\n"
        f"database: {sum(in_db.values())} documents, {in_db.get('failed', 0)} failed, {in_db.get('partial', 0)} partial"
    )


def failure_lines(summary, verbose: bool) -> list[str]:
    """Each failed or partial document and why: the first `FAILURES_SHOWN` unless verbose."""
    shown = summary.failures if verbose else summary.failures[:FAILURES_SHOWN]
    lines = [f"  {failure}" for failure in shown]
    if len(shown) < len(summary.failures):
        lines.append(f"  ... and {len(summary.failures) - len(shown)} more (-v lists them all)")
    return lines


def throughput(summary) -> str:
    """Pages (PDFs) and lines (text dumps) read, and how fast: each only where there were some."""
    seconds = summary.seconds or 1e-9
    parts = [f"{n:,} {unit} ({n / seconds:,.1f} {unit}/s)" for n, unit in ((summary.pages, "pages"), (summary.text_lines, "lines")) if n]
    return f"{' and '.join(parts) or 'nothing read'} in {summary.seconds:.1f}s"


class Progress:
    """A rich progress bar on a terminal; plain per-document lines otherwise; nothing when quiet."""

    def __init__(self, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.bar = None
        self.task = None

    def start(self, to_extract: int, skipped: int) -> None:
        if self.quiet or not self.stream.isatty() or to_extract < 2:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        console = Console(file=self.stream)
        self.bar = Bar(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("{task.description}"), console=console, transient=True)
        self.task = self.bar.add_task("", total=to_extract)
        self.bar.start()

    def document(self, path: str, status: str) -> None:
        if self.quiet:
            return
        if self.bar is None:
            print(f"{status:>8}  {path}", file=self.stream)
            return
        if status.startswith("skipped"):
            return
        if status != "ok":
            self.bar.console.print(f"{status:>8}  {path}")
        self.bar.update(self.task, advance=1, description=path.rsplit("/", 1)[-1][:40])

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


QUERY_FORMATS = ("table", "csv", "json", "jsonl", "markdown")


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out) -> None:
    """Query results as `csv`, `json` (one array of objects), `jsonl` (an object a line) or
    `markdown` (a pipe table); `table` is DuckDB's own display and not written here."""
    if fmt == "csv":
        write_csv(columns, rows, out)
    elif fmt == "json":
        json.dump([dict(zip(columns, row)) for row in rows], out, default=json_value, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row)), default=json_value, ensure_ascii=False) + "\n")
    elif fmt == "markdown":
        write_markdown(columns, rows, out)
    else:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(QUERY_FORMATS)}")


def write_csv(columns: list[str], rows: list[tuple], out) -> None:
    """RFC 4180 CSV (quoted where a value holds a comma, quote or line break); NULL as empty."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)


def write_markdown(columns: list[str], rows: list[tuple], out) -> None:
    """A GitHub pipe table; `|` escaped and line breaks as <br> so every row stays one line."""
    out.write("| " + " | ".join(map(_markdown_cell, columns)) + " |\n")
    out.write("|" + "---|" * len(columns) + "\n")
    for row in rows:
        out.write("| " + " | ".join(_markdown_cell(v) for v in row) + " |\n")


def _markdown_cell(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")


def json_value(value):
    """JSON for what DuckDB returns beyond JSON's types: money as numbers, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)
