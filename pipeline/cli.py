"""`committee-extract`: extract committee packs into DuckDB, query it, score it.

    committee-extract extract data/raw --db data/out/committee.duckdb
    committee-extract query "SELECT bp_reference, title, saving_gbp FROM proposals"
    committee-extract score tests/golden --db data/out/committee.duckdb
"""

from __future__ import annotations

import argparse
import sys

import duckdb

DEFAULT_DB = "data/out/committee.duckdb"


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.run import run

    def progress(path: str, status: str) -> None:
        if not args.quiet:
            print(f"{status:>8}  {path}", file=sys.stderr)

    summary = run(args.paths, args.db, force=args.force, on_document=progress)
    print(
        f"{summary.documents} documents: {summary.ok} ok, {summary.partial} partial, "
        f"{summary.failed} failed, {summary.skipped} skipped in {summary.seconds:.1f}s -> {args.db}"
    )
    for failure in summary.failures:
        print(f"  {failure}")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    con = duckdb.connect(args.db, read_only=True)
    try:
        rel = con.sql(args.sql)
        if rel is None:
            return 0
        if args.format == "csv":
            df_rows = rel.fetchall()
            print(",".join(rel.columns))
            for row in df_rows:
                print(",".join("" if v is None else str(v) for v in row))
        else:
            rel.show(max_width=args.width, max_rows=args.max_rows)
    finally:
        con.close()
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    from pipeline.score import print_score, score_database

    report = score_database(args.db, args.golden)
    print_score(report, verbose=args.verbose)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="committee-extract", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract files or folders into the database")
    p.add_argument("paths", nargs="+", help="committee PDFs, text dumps, or folders of them")
    p.add_argument("--db", default=DEFAULT_DB, help=f"DuckDB file to write (default {DEFAULT_DB})")
    p.add_argument("--force", action="store_true", help="re-extract documents already loaded")
    p.add_argument("--quiet", "-q", action="store_true", help="no per-document lines")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("query", help="run SQL against the database and print a table")
    p.add_argument("sql")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.add_argument("--width", type=int, default=160)
    p.add_argument("--max-rows", type=int, default=200)
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("score", help="compare the database with answer keys, per file and field")
    p.add_argument("golden", help="folder of answer-key JSON files")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--verbose", "-v", action="store_true", help="list every mismatch")
    p.set_defaults(func=cmd_score)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
