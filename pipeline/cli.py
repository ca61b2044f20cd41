"""`committee-extract`: extract committee packs into DuckDB, query it, score it.

    committee-extract extract data/raw --db data/out/committee.duckdb
    committee-extract extract packs/ --workers 4 --prune      # re-run: only new or changed files
    committee-extract extract packs/ --engine ray             # Ray tasks, Parquet under data/out/parquet
    committee-extract query "SELECT bp_reference, title, saving_gbp FROM proposals"
    committee-extract score tests/golden --db data/out/committee.duckdb
    committee-extract show 0cde0f3f0557a691:001:v003 --png check.png   # why a row came out, on its page
    committee-extract report review.html                                # one HTML page to review a run
"""

from __future__ import annotations

import argparse
import csv
import logging
import os
import sys

import duckdb

DEFAULT_DB = "data/out/committee.duckdb"
#: A PDF that sends a library into an endless loop must not hang a night's run; 300-page packs take minutes.
DEFAULT_TIMEOUT = 1800.0


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.run import run

    progress = Progress(quiet=args.quiet)
    try:
        summary = run(
            args.paths,
            args.db,
            force=args.force,
            workers=args.workers,
            engine=args.engine,
            address=args.address,
            prune=args.prune,
            parquet_dir=args.parquet_dir,
            timeout=args.timeout if args.timeout and args.timeout > 0 else None,
            on_start=progress.start,
            on_document=progress.document,
        )
    except FileNotFoundError as exc:  # a path on the command line that is not there
        progress.stop()
        print(f"committee-extract: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        progress.stop()
        print("interrupted: every document loaded so far is whole; run the same command again to finish", file=sys.stderr)
        return 130
    progress.stop()
    print(summary_text(summary, args.db))
    for failure in summary.failures:
        print(f"  {failure}")
    return 0


def summary_text(summary, db: str) -> str:
    pruned = f", {summary.pruned} pruned" if summary.pruned else ""
    return (
        f"{summary.documents} documents: {summary.ok} ok, {summary.partial} partial, "
        f"{summary.failed} failed, {summary.skipped} skipped{pruned}\n"
        f"{summary.items} items, {summary.tables} tables, {summary.failed_validations} failed validations, "
        f"{summary.incomplete} documents with parts not found (see documents.warnings); "
        f"{throughput(summary)} -> {db}"
    )


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


def cmd_query(args: argparse.Namespace) -> int:
    if not os.path.exists(args.db):
        print(f"committee-extract: no database at {args.db} (run `committee-extract extract` first)", file=sys.stderr)
        return 1
    con = duckdb.connect(args.db, read_only=True)
    try:
        rel = con.sql(args.sql)
        if rel is None:
            return 0
        if args.format == "csv":
            write_csv(rel.columns, rel.fetchall(), sys.stdout)
        else:
            rel.show(max_width=args.width, max_rows=args.max_rows)
    except duckdb.Error as exc:  # a mistake in the SQL: DuckDB's message says where
        print(f"committee-extract: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    return 0


def write_csv(columns: list[str], rows: list[tuple], out) -> None:
    """RFC 4180 CSV (quoted where a value holds a comma, quote or line break); NULL as empty."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(["" if v is None else v for v in row] for row in rows)


def cmd_score(args: argparse.Namespace) -> int:
    from pipeline.score import print_score, score_database

    report = score_database(args.db, args.golden)  # folders are read with their subfolders
    print_score(report, verbose=args.verbose)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.page_image import PageUnavailable, page_picture
    from pipeline.show import NotFound, format_shown, look_up

    if not os.path.exists(args.db):
        print(f"committee-extract: no database at {args.db} (run `committee-extract extract` first)", file=sys.stderr)
        return 1
    con = duckdb.connect(args.db, read_only=True)
    try:
        shown = look_up(con, args.id)
    except NotFound as exc:
        print(f"committee-extract: {exc}", file=sys.stderr)
        return 1
    finally:
        con.close()
    print(format_shown(shown))
    if args.png:
        if shown.source_path is None or shown.page is None:
            print(f"committee-extract: {shown.what} {shown.id} has no PDF page to draw", file=sys.stderr)
            return 1
        try:
            page_picture(shown.source_path, shown.page, shown.bbox, shown.highlight, crop=args.crop).save(args.png)
        except PageUnavailable as exc:
            print(f"committee-extract: {exc}", file=sys.stderr)
            return 1
        print(f"page {shown.page} drawn -> {args.png}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.review import write_review

    if not os.path.exists(args.db):
        print(f"committee-extract: no database at {args.db} (run `committee-extract extract` first)", file=sys.stderr)
        return 1
    data = write_review(args.db, args.out, max_images=args.max_images)
    counts = ", ".join(f"{n} {name}" for name, n in data.counts.items())
    print(f"{counts} -> {args.out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="committee-extract", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract files or folders into the database")
    p.add_argument("paths", nargs="+", help="committee PDFs, text dumps, or folders of them")
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file to write (default {DEFAULT_DB})")
    p.add_argument("--force", action="store_true", help="re-extract documents already loaded")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or per-document lines")
    p.add_argument("--workers", "-j", type=int, default=None, help="documents extracted at once (default: the cores, %d here)" % _cores())
    p.add_argument("--engine", choices=("local", "ray"), default="local", help="local process pool, or Ray tasks writing Parquet")
    p.add_argument("--address", default=None, help="Ray cluster to join (e.g. auto or ray://host:10001); a local Ray otherwise")
    p.add_argument("--parquet-dir", default=None, help="where --engine ray writes Parquet (default: <db folder>/parquet)")
    p.add_argument("--prune", action="store_true", help="remove documents that are no longer among the inputs")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help=f"seconds one document may take before it is recorded as failed and the run goes on (default {DEFAULT_TIMEOUT:g}; 0: no limit)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("query", help="run SQL against the database and print a table")
    p.add_argument("sql")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.add_argument("--width", type=int, default=160)
    p.add_argument("--max-rows", type=int, default=200)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("score", help="compare the database with answer keys, per file and field")
    p.add_argument("golden", nargs="+", help="folders of answer-key JSON files (read with their subfolders), or key files")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--verbose", "-v", action="store_true", help="list every mismatch")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("show", help="what was read for a document, item, table or validation id, and why")
    p.add_argument("id", help="a doc_id, item_id (<doc>:NNN), table_id (<item>:tNN) or validation_id (<item>:vNNN)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file to read (default {DEFAULT_DB})")
    p.add_argument("--png", metavar="FILE", help="draw the page: the table's box and cells, the row of a validation highlighted")
    p.add_argument("--crop", action="store_true", help="with --png: only the table's region of the page")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("report", help="write one self-contained HTML page to review a run")
    p.add_argument("out", help="the HTML file to write, e.g. review.html")
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file to read (default {DEFAULT_DB})")
    p.add_argument("--max-images", type=int, default=300, help="page crops drawn at most (each failing validation gets one; default 300)")
    p.set_defaults(func=cmd_report)
    return parser


def _cores() -> int:
    """The cores this process may use: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def quiet_pdf_libraries() -> None:
    """pdfminer, playa and camelot log every oddity of a damaged PDF as a warning; what
    matters reaches `documents.status` and `error`, so only their errors are shown."""
    for name in ("pdfminer", "playa", "camelot", "pypdf"):
        logging.getLogger(name).setLevel(logging.ERROR)


def main(argv: list[str] | None = None) -> int:
    quiet_pdf_libraries()
    args = build_parser().parse_args(argv)
    if getattr(args, "workers", 0) is None:
        args.workers = _cores()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
