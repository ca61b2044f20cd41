"""Print a score: per file and field, the false alarms, what was not scored, and a summary per group of fields."""

from __future__ import annotations

from pipeline.score.mapping import GROUPS, group_of
from pipeline.score.report import FileScore, ScoreReport


def pct(matched: int, expected: int) -> str:
    return f"{100 * matched / expected:5.1f}%" if expected else "    -"


def group_totals(files: list[FileScore]) -> dict[str, tuple[int, int]]:
    """(matched, expected) per summary group over the files, in the order of mapping.GROUPS."""
    totals = {name: [0, 0] for name, _ in GROUPS}
    for score in files:
        for f in score.fields:
            group = group_of(f.field)
            if group:
                totals[group][0] += f.matched
                totals[group][1] += f.expected
    return {name: (m, e) for name, (m, e) in totals.items() if e}


def print_file(score: FileScore, width: int, verbose: bool) -> None:
    status = f"doc {score.doc_id}" if score.found else "NOT IN DATABASE"
    print(f"\n{score.file}  ({status})  {score.matched}/{score.expected} {pct(score.matched, score.expected)}")
    print(f"  {'field':<{width}}  {'matched':>7} {'expected':>8} {'%':>6}  extra")
    for f in score.fields:
        extra = f"  +{f.extra}" if f.extra else ""
        print(f"  {f.field:<{width}}  {f.matched:>7} {f.expected:>8} {pct(f.matched, f.expected):>6}{extra}")
    for alarm in score.false_alarms:
        print(f"  !! FALSE ALARM: {alarm}")
    if verbose:
        for fail in score.unkeyed_fails:
            print(f"  fail on no keyed check (review): {fail}")
    if score.not_scored:
        names = ", ".join(f"{k}" + (f" x{n}" if n > 1 else "") for k, n in score.not_scored.items())
        print(f"  not scored (no column holds them yet): {names}")
    if verbose and score.mismatches:
        print(f"  mismatches ({len(score.mismatches)}):")
        for m in score.mismatches:
            print(f"    {score.file} > {m.describe()}")


def print_score(report: ScoreReport, verbose: bool = False) -> None:
    """Per file: each field's matched/expected, false alarms, (verbose) every mismatch; then totals and groups."""
    print(f"Score of {report.db_path} against {report.golden_dir} ({len(report.files)} answer keys)")
    print("(fields ending [] count rows; 'extra' = rows in the database beyond the key, listed but not counted)")
    width = max([len(f.field) for s in report.files for f in s.fields] + [30])
    for score in report.files:
        print_file(score, width, verbose)
    name_width = max([len(s.file) for s in report.files] + [28])
    print("\nTotals")
    for score in report.files:
        alarms = f"  FALSE ALARMS: {len(score.false_alarms)}" if score.false_alarms else ""
        print(f"  {score.file:<{name_width}} {score.matched:>6}/{score.expected:<6} {pct(score.matched, score.expected)}{alarms}")
    print(f"  {'all files':<{name_width}} {report.matched:>6}/{report.expected:<6} {pct(report.matched, report.expected)}  ({report.seconds:.2f}s)")
    groups = group_totals(report.files)
    if groups:
        print("\nBy group (issue 11: report..EqIA >= 90%; issue 12: table rows >= 90%, not_tables all, no false alarm)")
        for name, (m, e) in groups.items():
            print(f"  {name:<14} {m:>6}/{e:<6} {pct(m, e)}")
    alarms = sum(len(s.false_alarms) for s in report.files)
    unkeyed = sum(len(s.unkeyed_fails) for s in report.files)
    if alarms or any(s.false_alarms is not None for s in report.files):
        print(f"  {'false alarms':<14} {alarms:>6}" + (f"   (and {unkeyed} fails no key check speaks of; -v lists them)" if unkeyed else ""))
