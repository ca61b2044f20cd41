"""`committee-extract`: extract committee packs into DuckDB, query it, score it, export it.

    committee-extract extract data/raw --db data/out/committee.duckdb
    committee-extract extract packs/ --workers 4 --prune      # re-run: only new, changed or failed files
    committee-extract extract packs/ --engine ray             # Ray tasks, Parquet under data/out/parquet
    committee-extract query "SELECT bp_reference, title, saving_gbp FROM proposals" --format csv
    committee-extract score tests/golden/*.json --db data/out/committee.duckdb --min 99
    committee-extract export out/ --format parquet            # every table, one file each
    committee-extract show 0cde0f3f0557a691:001:v003 --png check.png   # why a row came out, on its page
    committee-extract report review.html                                # one HTML page to review a run
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading

import duckdb

from pipeline import __version__
from pipeline.cli_output import QUERY_FORMATS, Progress, failure_lines, summary_text, write_rows
from pipeline.database import DatabaseProblem, explain, open_for_reading

DEFAULT_DB = "data/out/committee.duckdb"
#: A PDF that sends a library into an endless loop must not hang a night's run; 300-page packs take minutes.
DEFAULT_TIMEOUT = 1800.0

EXIT_CODES = """exit codes:
  0    done (extract: every input read, some perhaps partial)
  1    extract: at least one input failed (they are tried again next run);
       score: below --min; any command: a database or output problem, a mistake in the SQL
  2    usage: a bad option or value, a path that is not there
  130  interrupted (Ctrl-C or SIGTERM): every document loaded so far is whole
"""

PASSWORD_VARIABLE = "COMMITTEE_EXTRACT_PASSWORD"
INTERRUPTED = "interrupted: every document loaded so far is whole; run the same command again to finish"


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.engines.ray_engine import RayUnreachable
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
            timeout=args.timeout or None,
            password=args.password,
            use_ocr=not args.no_ocr,
            on_start=progress.start,
            on_document=progress.document,
        )
    except FileNotFoundError as exc:  # a path on the command line that is not there
        return _fail(str(exc), 2)
    except (DatabaseProblem, RayUnreachable) as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:
        return _fail(INTERRUPTED, 130)
    finally:
        progress.stop()
    print(summary_text(summary, args.db))
    if not args.quiet:
        for line in failure_lines(summary, args.verbose):
            print(line)
    if summary.failed:
        return _fail(f"{summary.failed} of {summary.documents} inputs failed (reasons above); they are tried again on the next run", 1)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    con = open_for_reading(args.db)
    try:
        rel = con.sql(args.sql)
        if rel is None:
            return 0
        if args.format == "table":
            rel.show(max_width=args.width, max_rows=args.max_rows)
        else:
            write_rows(rel.columns, rel.fetchall(), args.format, sys.stdout)
    except duckdb.Error as exc:  # a mistake in the SQL: DuckDB's message says where
        return _fail(str(exc).splitlines()[0] if args.quiet else str(exc), 1)
    finally:
        con.close()
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from pipeline.score import print_score, score_database

    missing = [path for path in args.golden if not os.path.exists(path)]
    if missing:
        return _fail(f"no answer keys at {', '.join(missing)}", 2)
    open_for_reading(args.db).close()  # there, a database, not locked: else one line saying so
    try:
        report = score_database(args.db, args.golden)  # folders are read with their subfolders
    except duckdb.Error as exc:
        raise DatabaseProblem(explain(exc, args.db)) from exc
    if not args.quiet:
        print_score(report, verbose=args.verbose)
    percent = 100.0 * report.matched / report.expected if report.expected else 100.0
    if args.min is not None and percent < args.min:
        return _fail(f"score {percent:.2f}% ({report.matched}/{report.expected}) is below --min {args.min:g}%", 1)
    if args.quiet:
        print(f"{percent:.2f}% ({report.matched}/{report.expected})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import export_tables

    con = open_for_reading(args.db)
    try:
        written = export_tables(con, args.out_dir, args.format)
    except (OSError, duckdb.IOException) as exc:  # duckdb says "Permission denied" for a folder it cannot write
        detail = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
        return _fail(f"cannot write {args.out_dir} ({detail}): give a folder you can write", 1)
    finally:
        con.close()
    if not args.quiet:
        for table, rows, path in written:
            print(f"{rows:>8,}  {path}" if args.verbose else f"{table}: {rows:,} rows", file=sys.stderr)
    print(f"{len(written)} tables -> {args.out_dir} ({args.format})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.page_image import PageUnavailable, page_picture
    from pipeline.show import NotFound, format_shown, look_up

    con = open_for_reading(args.db)
    try:
        shown = look_up(con, args.id)
    except NotFound as exc:
        return _fail(str(exc), 1)
    finally:
        con.close()
    print(format_shown(shown))
    if args.png:
        if shown.source_path is None or shown.page is None:
            return _fail(f"{shown.what} {shown.id} has no PDF page to draw", 1)
        try:
            page_picture(shown.source_path, shown.page, shown.bbox, shown.highlight, crop=args.crop).save(args.png)
        except PageUnavailable as exc:
            return _fail(str(exc), 1)
        except OSError as exc:
            return _fail(f"cannot write {args.png} ({exc.strerror or exc}): give a path you can write", 1)
        print(f"page {shown.page} drawn -> {args.png}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline.review import write_review

    open_for_reading(args.db).close()  # there, a database, not locked: else one line saying so
    try:
        data = write_review(args.db, args.out, max_images=args.max_images)
    except duckdb.Error as exc:
        raise DatabaseProblem(explain(exc, args.db)) from exc
    except OSError as exc:
        return _fail(f"cannot write {args.out} ({exc.strerror or exc}): give a path you can write", 1)
    counts = ", ".join(f"{n} {name}" for name, n in data.counts.items())
    print(f"{counts} -> {args.out}")
    return 0


def _fail(message: str, code: int) -> int:
    print(f"committee-extract: {message}", file=sys.stderr)
    return code


def positive_int(text: str) -> int:
    value = int(text) if text.lstrip("-").isdigit() else None
    if value is None or value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _number(text: str) -> float:
    """A float, or -1.0 where the text is none (every caller refuses negatives)."""
    try:
        return float(text)
    except ValueError:
        return -1.0


def seconds(text: str) -> float:
    value = _number(text)
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 or more (0: no limit), not {text!r}")
    return value


def percent(text: str) -> float:
    value = _number(text)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"must be a percentage from 0 to 100, not {text!r}")
    return value


def _verbosity() -> argparse.ArgumentParser:
    """-v / -q, shared by every command."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_mutually_exclusive_group()
    group.add_argument("--verbose", "-v", action="store_true", help="say more: every failure, mismatch or file, and the PDF libraries' warnings")
    group.add_argument("--quiet", "-q", action="store_true", help="say less: no progress or per-item lines, only the result and errors")
    return common


def _db_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"DuckDB file to {what} (default {DEFAULT_DB})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="committee-extract", description=__doc__, epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", help="what to do (each has its own --help)")
    common = [_verbosity()]
    raw = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser("extract", parents=common, help="extract files or folders into the database", epilog=EXIT_CODES, formatter_class=raw)
    p.add_argument("paths", nargs="+", metavar="PATH", help="committee PDFs, text dumps, or folders of them (a folder gives its .pdf, .txt and .md files)")
    _db_option(p, "write")
    p.add_argument("--force", action="store_true", help="re-extract documents already loaded")
    p.add_argument("--workers", "-j", type=positive_int, default=None, metavar="N", help="documents extracted at once (default: the cores, %d here)" % _cores())
    p.add_argument("--engine", choices=("local", "ray"), default="local", help="local process pool, or Ray tasks writing Parquet")
    p.add_argument("--address", default=None, help="with --engine ray: Ray cluster to join (auto, host:port or ray://host:10001); a local Ray otherwise")
    p.add_argument("--parquet-dir", default=None, metavar="DIR", help="with --engine ray: where to write Parquet (default: <db folder>/parquet)")
    p.add_argument("--prune", action="store_true", help="remove documents that are no longer among the inputs")
    p.add_argument("--timeout", type=seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS", help=f"seconds one document may take before it is recorded as failed and the run goes on (default {DEFAULT_TIMEOUT:g}; 0: no limit)")
    p.add_argument("--password", default=os.environ.get(PASSWORD_VARIABLE), help=f"password that opens encrypted PDFs (tried on each PDF that needs one); ${PASSWORD_VARIABLE} keeps it out of the process list")
    p.add_argument("--no-ocr", action="store_true", help="leave pages without a text layer unread (their document is partial) instead of reading them by OCR")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("query", parents=common, help="run SQL against the database and print the result", epilog=EXIT_CODES, formatter_class=raw)
    p.add_argument("sql", metavar="SQL", help="one SQL statement (DuckDB dialect); the database is opened read-only")
    _db_option(p, "read")
    p.add_argument("--format", choices=QUERY_FORMATS, default="table", help="table (for people), csv, json (an array), jsonl (a row a line) or markdown")
    p.add_argument("--width", type=positive_int, default=160, metavar="CHARS", help="--format table: widest line (default 160)")
    p.add_argument("--max-rows", type=positive_int, default=200, metavar="N", help="--format table: rows shown (default 200)")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("score", parents=common, help="compare the database with answer keys, per file and field", epilog=EXIT_CODES, formatter_class=raw)
    p.add_argument("golden", nargs="+", metavar="KEYS", help="folders of answer-key JSON files (read with their subfolders), or key files")
    _db_option(p, "read")
    p.add_argument("--min", type=percent, default=None, metavar="PCT", help="exit 1 when the fields matched are below PCT per cent (for scripts and CI)")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("export", parents=common, help="write every table as Parquet, CSV or JSON files", epilog=EXIT_CODES, formatter_class=raw)
    p.add_argument("out_dir", metavar="DIR", help="folder to write <table>.<format> files into (made if missing)")
    _db_option(p, "read")
    p.add_argument("--format", choices=("parquet", "csv", "json"), default="parquet", help="parquet (typed, default), csv (with a header row) or json (an array per table)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("show", parents=common, help="what was read for a document, item, table or validation id, and why", epilog=EXIT_CODES, formatter_class=raw)
    p.add_argument("id", help="a doc_id, item_id (<doc>:NNN), table_id (<item>:tNN) or validation_id (<item>:vNNN)")
    _db_option(p, "read")
    p.add_argument("--png", metavar="FILE", help="draw the page: the table's box and cells, the row of a validation highlighted")
    p.add_argument("--crop", action="store_true", help="with --png: only the table's region of the page")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("report", parents=common, help="write one self-contained HTML page to review a run", epilog=EXIT_CODES, formatter_class=raw)
    p.add_argument("out", metavar="OUT.html", help="the HTML file to write, e.g. review.html")
    _db_option(p, "read")
    p.add_argument("--max-images", type=positive_int, default=300, metavar="N", help="page crops drawn at most (each failing validation gets one; default 300)")
    p.set_defaults(func=cmd_report)
    return parser


def check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Options that only mean something together: an error (exit 2) rather than ignored."""
    if args.command == "extract" and args.engine != "ray":
        for option, value in (("--address", args.address), ("--parquet-dir", args.parquet_dir)):
            if value is not None:
                parser.error(f"{option} only applies with --engine ray")


def _cores() -> int:
    """The cores this process may use: the default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def set_logging(verbose: bool) -> None:
    """pdfminer, playa and camelot log every oddity of a damaged PDF as a warning; what
    matters reaches `documents.status` and `error`, so only their errors are shown, unless -v."""
    for name in ("pdfminer", "playa", "camelot", "pypdf"):
        logging.getLogger(name).setLevel(logging.WARNING if verbose else logging.ERROR)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    check_usage(parser, args)
    set_logging(args.verbose)
    if getattr(args, "workers", 0) is None:
        args.workers = _cores()
    on_main_thread = threading.current_thread() is threading.main_thread()
    # SIGTERM (a service stopping, `kill`) takes the same path as Ctrl-C: loads finish, workers stop, exit 130.
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler) if on_main_thread else None
    try:
        return args.func(args)
    except DatabaseProblem as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more to say, and Python must not complain at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
