"""Benchmark (`make bench`): the full pipeline against bare PDF readers, over the same pages.

    python -m pipeline.bench              # ../shared/realworld PDFs and data/raw dumps
    python -m pipeline.bench --quick      # 6 PDFs only, for trying changes
    python -m pipeline.bench --no-camelot # skip the slowest baseline
    python -m pipeline.bench --dump-mb 20 # the memory figure on a 20 MB dump
    python -m pipeline.bench --ocr-pages 0 # skip OCR (a 50-page scan, 5 with --quick)
    python -m pipeline.bench --against REF # also CPU per page now / at an earlier commit

Prints, for one run on this machine: pages/s of the full pipeline (one worker),
of bare pdfplumber `extract_text`, bare pypdfium2 text and camelot lattice on
every page, with the ratios; the speed-up with 2 workers; the time of a re-run
over unchanged inputs as a share of the first run; peak memory (RSS) on the
largest pack, and of `extract --workers 1` on a 50 MB text dump made by repeating the
seed dumps (its largest process; 5 MB with --quick; made in a temporary folder, never kept);
OCR pages/s on one core and peak memory on a made scan (`bench_ocr`). Wall-clock figures are shown with CPU-time figures beside them and the
cores other processes kept busy meanwhile, because the machine may be shared.
The pipeline runs 1, 2, 1, 2 workers and keeps the fastest of each, and bare
pypdfium2 (the floor, 1-2 s) the faster of two runs: one run of each drifts by
10-15 % on this machine. pdfplumber and camelot (minutes each) run once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
RAW = ROOT / "data" / "raw"


class Timing:
    """Wall-clock and CPU seconds of one measured step (CPU of this process and its waited-for
    children), and the cores other processes kept busy meanwhile (the machine may be shared)."""

    def __init__(self, wall: float, cpu: float, busy_cores: float | None = None):
        self.wall, self.cpu = wall, cpu
        self.others = None if busy_cores is None else max(0.0, busy_cores - cpu / wall if wall else 0.0)

    def rate(self, pages: int) -> tuple[float, float]:
        return pages / self.wall if self.wall else 0.0, pages / self.cpu if self.cpu else 0.0


def measure(work: Callable[[], object]) -> tuple[Timing, object]:
    def cpu() -> float:
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

    wall0, cpu0, jiffies0 = time.perf_counter(), cpu(), _jiffies()
    out = work()
    wall, used, jiffies1 = time.perf_counter() - wall0, cpu() - cpu0, _jiffies()
    busy = None
    if jiffies0 and jiffies1 and jiffies1[0] > jiffies0[0]:
        busy = (os.cpu_count() or 1) * (1 - (jiffies1[1] - jiffies0[1]) / (jiffies1[0] - jiffies0[0]))
    return Timing(wall, used, busy), out


def _jiffies() -> tuple[int, int] | None:
    """(all, idle) CPU ticks of the machine from /proc/stat (Linux), None elsewhere."""
    try:
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(ticks), ticks[3] + ticks[4]


def page_counts(pdfs: list[Path]) -> dict[Path, int]:
    import pypdfium2 as pdfium

    counts = {}
    for path in pdfs:
        try:
            doc = pdfium.PdfDocument(str(path))
            counts[path] = len(doc)
            doc.close()
        except Exception:
            counts[path] = 0
    return counts


def pypdfium2_text(pdfs: list[Path]) -> None:
    import pypdfium2 as pdfium

    for path in pdfs:
        doc = pdfium.PdfDocument(str(path))
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()


def pdfplumber_text(pdfs: list[Path]) -> None:
    import pdfplumber

    for path in pdfs:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()


def camelot_lattice(pdfs: list[Path]) -> list[str]:
    import camelot

    problems = []
    for path in pdfs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                camelot.read_pdf(str(path), pages="all", flavor="lattice", suppress_stdout=True)
            except Exception as exc:  # a baseline failing on one file is noted, not fatal
                problems.append(f"{path.name}: {type(exc).__name__}")
    return problems


def pipeline_run(paths: list[Path], db: Path, workers: int):
    from pipeline.run import run

    return run(paths, str(db), workers=workers)


def speedup_subset(counts: dict[Path, int], pages: int = 100) -> list[Path]:
    """Mid-sized PDFs (4-20 pages) up to about `pages` pages: a short workload to repeat."""
    chosen, total = [], 0
    for path in sorted(counts):
        if 4 <= counts[path] <= 20 and total < pages:
            chosen.append(path)
            total += counts[path]
    return chosen


def best_of_two_interleaved(pdfs: list[Path], tmp: Path, name: str = "speedup") -> dict[int, tuple[Timing, object]]:
    """1, 2, 1, 2 workers, fastest of each (with its run summary): this machine's speed drifts
    by 10-15 % from one minute to the next, and the best run is the one least disturbed.
    The first run's database is `<name>0.duckdb`."""
    best: dict[int, tuple[Timing, object]] = {}
    for n, workers in enumerate((1, 2, 1, 2)):
        timing, summary = measure(lambda: pipeline_run(pdfs, tmp / f"{name}{n}.duckdb", workers=workers))
        if workers not in best or timing.wall < best[workers][0].wall:
            best[workers] = (timing, summary)
    return best


PEAK_SCRIPT = """
import resource, sys
from pipeline.engines import extract_path
doc = extract_path(sys.argv[1]).document
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, doc.status, doc.n_pages)
"""


def peak_rss_mb(path: Path) -> tuple[float, str]:
    """Peak RSS of a fresh process extracting one file (imports included)."""
    out = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, str(path)], capture_output=True, text=True, cwd=ROOT, check=True)
    kb, status, _pages = out.stdout.split()[-3:]
    return int(kb) / 1024, status


def repeated_dump(seeds: Path, megabytes: float, dest: Path) -> int:
    """A text dump of about `megabytes` MB made by repeating the seed dumps in `seeds` one after
    another (the seeds hold no reference numbers to renumber: their copies are verbatim); its size
    in bytes. Written piece by piece, so making it needs no more memory than one seed."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    size, target = 0, int(megabytes * 1e6)
    with dest.open("w", encoding="utf-8") as out:
        while size < target and texts:
            for text in texts:
                size += out.write(text + "\n")
    return dest.stat().st_size


DUMP_PEAK_SCRIPT = """
import resource, subprocess, sys
cli = [sys.executable, "-m", "pipeline.cli", "extract", sys.argv[1], "--db", sys.argv[2], "--workers", "1", "-q"]
done = subprocess.run(cli, capture_output=True, text=True)
sys.stderr.write(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def dump_peak(megabytes: float, tmp: Path) -> dict:
    """Peak RSS of `committee-extract extract DUMP --workers 1` on a text dump of about `megabytes`
    MB made from the seeds (`repeated_dump`): the largest of its processes (the worker that
    extracts and writes the rows away, the parent that loads them), imports included, read by
    a driver process from its children's usage. The dump is deleted afterwards."""
    dump = tmp / "repeated-seeds.txt"
    size = repeated_dump(RAW, megabytes, dump)
    lines = sum(1 for _ in dump.open("rb"))
    timing, out = measure(lambda: subprocess.run(
        [sys.executable, "-c", DUMP_PEAK_SCRIPT, str(dump), str(tmp / "dump.duckdb")],
        capture_output=True, text=True, cwd=ROOT))
    dump.unlink()
    kb, code = (out.stdout.split() or ["0", "1"])[-2:]
    if out.returncode or code != "0":
        raise RuntimeError(f"extracting the {size / 1e6:.0f} MB dump failed: {out.stderr.strip()[-500:]}")
    return {"mb": round(size / 1e6, 1), "lines": lines, "peak_rss_mib": round(int(kb) / 1024), "seconds": round(timing.wall, 1)}


def machine() -> dict:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "date": dt.date.today().isoformat(),
        "nproc": os.cpu_count(),
        "ram_gib": round(mem, 1),
        "python": platform.python_version(),
        "load_average_at_start": [round(x, 1) for x in os.getloadavg()],
    }


def line(label: str, value: str) -> None:
    print(f"  {label:<52} {value}", flush=True)


def rates(timing: Timing, pages: int) -> str:
    wall, cpu = timing.rate(pages)
    others = "" if timing.others is None else f"; other processes: {timing.others:.1f} cores"
    return f"{wall:7.1f} pages/s  ({cpu:.1f} per CPU-second; {timing.wall:.1f} s{others})"


def bench(pdfs: list[Path], texts: list[Path], camelot: bool, ocr_pages: int = 0, dump_mb: float = 50,
          against: str | None = None) -> dict:
    figures: dict = {"machine": machine()}
    print(f"machine: {figures['machine']}")
    counts = page_counts(pdfs)
    pages = sum(counts.values())
    figures.update(pdfs=len(pdfs), pages=pages, texts=len(texts))
    print(f"inputs: {len(pdfs)} PDFs, {pages} pages; {len(texts)} text dumps\n")
    with tempfile.TemporaryDirectory() as tmp:
        _warm_up(Path(tmp))
        if pdfs:
            best = best_of_two_interleaved(pdfs, Path(tmp), name="all")
            (one, summary), (two, _) = best[1], best[2]
            line("full pipeline, 1 worker (best of 2)", rates(one, pages))
            figures["pipeline_1"] = _fig(one, pages) | {"ok": summary.ok, "partial": summary.partial, "failed": summary.failed}
            again, _ = measure(lambda: pipeline_run(pdfs, Path(tmp) / "all0.duckdb", workers=1))
            figures["rerun_share"] = again.wall / one.wall
            line("re-run over unchanged inputs", f"{again.wall:7.2f} s = {100 * again.wall / one.wall:.1f}% of the first run")
            figures["pipeline_2"] = _fig(two, pages)
            figures["speedup_2"] = one.wall / two.wall
            line("full pipeline, 2 workers (best of 2)", rates(two, pages) + f"  speed-up x{one.wall / two.wall:.2f}")
            subset = speedup_subset(counts)
            if len(subset) >= 2:
                _speedup_subset(figures, subset, counts, Path(tmp))
            plumber, _ = measure(lambda: pdfplumber_text(pdfs))
            figures["pdfplumber"] = _fig(plumber, pages)
            line("bare pdfplumber extract_text (baseline)", rates(plumber, pages))
            pdfium = min((measure(lambda: pypdfium2_text(pdfs))[0] for _ in range(2)), key=lambda t: t.wall)  # the floor: its best too
            figures["pypdfium2"] = _fig(pdfium, pages)
            line("bare pypdfium2 text (floor)", rates(pdfium, pages))
            if camelot:
                lattice, problems = measure(lambda: camelot_lattice(pdfs))
                figures["camelot_lattice"] = _fig(lattice, pages) | {"problems": problems}
                line("camelot lattice on every page (naive)", rates(lattice, pages) + (f"  [{len(problems)} files failed]" if problems else ""))
            _ratios(figures)
            largest = max(counts, key=counts.get)
            mb, status = peak_rss_mb(largest)
            figures["peak_rss_mb"] = {"file": largest.name, "pages": counts[largest], "mb": round(mb), "status": status}
            line(f"peak RSS, largest pack ({counts[largest]} pages)", f"{mb:7.0f} MB  ({largest.name[:40]}, {status})")
            if against:
                _against(figures, against, pdfs, pages)
        if texts:
            n_lines = sum(len(p.read_bytes().splitlines()) for p in texts)
            dumps, _ = measure(lambda: pipeline_run(texts, Path(tmp) / "texts.duckdb", workers=1))
            figures["text_dumps"] = {"lines": n_lines, "seconds": round(dumps.wall, 2), "lines_per_s": round(n_lines / dumps.wall)}
            line(f"text dumps ({len(texts)} files, {n_lines} lines), 1 worker", f"{n_lines / dumps.wall:7.0f} lines/s  ({dumps.wall:.1f} s)")
            if dump_mb:
                peak = dump_peak(dump_mb, Path(tmp))
                figures["dump_peak_rss"] = peak
                line(f"peak RSS, {peak['mb']:g} MB text dump ({peak['lines']:,} lines), extract -j1",
                     f"{peak['peak_rss_mib']:7,} MiB  (largest process; target < 1 GB for 50 MB; {peak['seconds']:.0f} s)")
        if ocr_pages:
            from pipeline.bench_ocr import describe, ocr_figures

            figures["ocr"] = ocr_figures(ocr_pages, Path(tmp))
            line(f"OCR, {ocr_pages}-page scan, 1 core", describe(figures["ocr"]))
    return figures


def _speedup_subset(figures: dict, subset: list[Path], counts: dict[Path, int], tmp: Path) -> None:
    best = {workers: timing for workers, (timing, _) in best_of_two_interleaved(subset, tmp).items()}
    pages = sum(counts[p] for p in subset)
    speedup = best[1].wall / best[2].wall
    others = None if best[2].others is None else round(best[2].others, 2)
    figures["speedup_2_subset"] = {"pdfs": len(subset), "pages": pages, "seconds_1": round(best[1].wall, 2), "seconds_2": round(best[2].wall, 2), "speedup": round(speedup, 2), "other_cores_busy_2": others}
    line(f"speed-up, {len(subset)} PDFs / {pages} pages, best of 2 each", f"x{speedup:.2f}  (1 worker {best[1].wall:.1f} s, 2 workers {best[2].wall:.1f} s; other processes: {others} cores)")


def _against(figures: dict, ref: str, pdfs: list[Path], pages: int) -> None:
    from pipeline.bench_against import against, describe

    try:
        figures["against"] = against(ref, pdfs)
    except (subprocess.CalledProcessError, OSError, RuntimeError) as exc:  # no git, no such commit, a failing run
        detail = exc.stderr.decode(errors="replace").strip() if isinstance(exc, subprocess.CalledProcessError) else str(exc)
        line(f"pipeline now / at {ref}", f"not measured: {detail[:200]}")
        return
    line(f"pipeline now / at {ref}, 1 worker", describe(figures["against"], pages))


def _warm_up(tmp: Path) -> None:
    """Load what every run loads once (spaCy, the plugin registries, camelot), outside the timings."""
    import camelot  # noqa: F401

    from pipeline.bench_against import WARM_UP_TEXT

    note = tmp / "warm-up.txt"
    note.write_text(WARM_UP_TEXT)
    pipeline_run([note], tmp / "warm-up.duckdb", workers=1)


def _fig(timing: Timing, pages: int) -> dict:
    wall, cpu = timing.rate(pages)
    others = None if timing.others is None else round(timing.others, 2)
    return {"seconds": round(timing.wall, 2), "cpu_seconds": round(timing.cpu, 2), "pages_per_s": round(wall, 2), "pages_per_cpu_s": round(cpu, 2), "other_cores_busy": others}


def _ratios(figures: dict) -> None:
    full = figures["pipeline_1"]["pages_per_s"]
    print()
    line("pipeline / bare pdfplumber (target >= 2x)", f"x{full / figures['pdfplumber']['pages_per_s']:.2f}")
    line("bare pypdfium2 / pipeline (target <= 10x)", f"x{figures['pypdfium2']['pages_per_s'] / full:.1f}")
    if "camelot_lattice" in figures:
        line("pipeline / camelot lattice on every page", f"x{full / figures['camelot_lattice']['pages_per_s']:.2f}")
    line("speed-up 1 -> 2 workers, all pages (target >= 1.8x)", f"x{figures['speedup_2']:.2f}")
    if "speedup_2_subset" in figures:
        line("speed-up 1 -> 2 workers, subset best of 2", f"x{figures['speedup_2_subset']['speedup']:.2f}")
    line("re-run share (target < 5%)", f"{100 * figures['rerun_share']:.1f}%")


def main(argv: list[str] | None = None) -> int:
    from pipeline.cli import set_logging

    set_logging(verbose=False)  # the PDF libraries' warnings about damaged pages
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only the 6 smallest real-world PDFs")
    parser.add_argument("--no-camelot", action="store_true", help="skip the camelot lattice baseline (the slowest)")
    parser.add_argument("--ocr-pages", type=int, default=None, help="pages of the made scan OCR is timed on (default 50, 5 with --quick; 0 skips)")
    parser.add_argument("--against", metavar="COMMIT", default=None,
                        help="also time the pipeline of this earlier commit on the same PDFs, in alternating runs, and print now / then")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    parser.add_argument("--dump-mb", type=float, default=None,
                        help="size of the generated text dump whose peak memory is measured (default 50, 5 with --quick; 0: skip)")
    args = parser.parse_args(argv)
    if REALWORLD.is_dir():
        pdfs = sorted(REALWORLD.rglob("*.pdf"))
    else:
        print(f"{REALWORLD} is absent: skipping the PDF figures (put real committee PDFs there to measure them)")
        pdfs = []
    if args.quick:
        pdfs = sorted(pdfs, key=lambda p: p.stat().st_size)[:6]
    texts = sorted(RAW.glob("*.txt"))
    dump_mb = args.dump_mb if args.dump_mb is not None else (5 if args.quick else 50)
    ocr_pages = args.ocr_pages if args.ocr_pages is not None else (5 if args.quick else 50)
    figures = bench(pdfs, texts, camelot=not args.no_camelot, ocr_pages=ocr_pages, dump_mb=dump_mb, against=args.against)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
