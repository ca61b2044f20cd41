"""The pipeline's CPU per page against an earlier commit of this project, on the same PDFs.

    python -m pipeline.bench --against 5150d70     # part of `make bench` (BENCH_BASELINE)

The commit's tree is taken out of git into a temporary folder (`git archive`: the working
copy is not touched) and both pipelines extract the same PDFs, one worker, in this
project's environment. Each run is a fresh process that first extracts a short note (so
that imports, spaCy and camelot are loaded outside the timing) and then times `run()` by
its own CPU seconds. The runs alternate (earlier, now, now, earlier, ...) and the least
disturbed run of each side counts: on a shared machine one run drifts by 10-20 %, so a
single pair cannot tell +10 % from +20 %; the ratio of every round and their median are
printed beside it (a burst of load during one side's best run moves the best-of ratio;
the median of rounds, each a pair run back to back, moves less).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from statistics import median
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What a warm-up extracts before any timing (the bench's own runs use it too).
WARM_UP_TEXT = "Report to: Highways Committee\nDate: 3 March 2024\n\n1. Purpose\nTo agree the plan for £5,000.\n"

DRIVER = """
import resource, sys, time
tree, db, warm_up, paths = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
sys.path.insert(0, tree)
import pipeline
if not pipeline.__file__.startswith(tree):
    sys.exit(f"imported {pipeline.__file__}, not the tree in {tree}")
from pathlib import Path
from pipeline.run import run
note = Path(db).with_suffix(".txt")
note.write_text(warm_up)
run([str(note)], db + ".warm", workers=1)
usage = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
cpu, wall = usage(), time.perf_counter()
summary = run(paths, db, workers=1)
print(usage() - cpu, time.perf_counter() - wall, summary.documents, summary.ok)
"""


def tree_of(ref: str, dest: Path) -> Path:
    """The files of commit `ref` in `dest` (raises CalledProcessError where git or the ref is missing)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def timed_run(tree: Path, pdfs: list[Path], db: Path) -> tuple[float, float, str]:
    """(CPU seconds, wall seconds, 'documents/ok') of one extraction by the pipeline in `tree`."""
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    done = subprocess.run([sys.executable, "-c", DRIVER, str(tree), str(db), WARM_UP_TEXT, *map(str, pdfs)],
                          capture_output=True, text=True, cwd=tree)
    if done.returncode:
        raise RuntimeError(f"the pipeline in {tree} failed: {done.stderr.strip()[-400:]}")
    cpu, wall, documents, ok = done.stdout.split()[-4:]
    return float(cpu), float(wall), f"{ok}/{documents}"


def against(ref: str, pdfs: list[Path], rounds: int = 3) -> dict:
    """CPU of this tree and of commit `ref` on `pdfs`, in alternating rounds."""
    with tempfile.TemporaryDirectory(prefix="bench-against-") as tmp:
        earlier = tree_of(ref, Path(tmp) / "earlier")
        sides = {"earlier": earlier, "now": ROOT}
        runs: dict[str, list[tuple[float, float, str]]] = {"earlier": [], "now": []}
        for n in range(rounds):
            order = ("earlier", "now") if n % 2 == 0 else ("now", "earlier")
            for side in order:
                runs[side].append(timed_run(sides[side], pdfs, Path(tmp) / f"{side}{n}.duckdb"))
    best = {side: min(cpu for cpu, _, _ in got) for side, got in runs.items()}
    return {
        "ref": ref,
        "rounds": rounds,
        "cpu_seconds": {side: [round(cpu, 3) for cpu, _, _ in got] for side, got in runs.items()},
        "documents_ok": {side: got[0][2] for side, got in runs.items()},
        "ratio_best": round(best["now"] / best["earlier"], 3),
        "ratio_rounds": [round(a[0] / b[0], 3) for a, b in zip(runs["now"], runs["earlier"])],
        "ratio_median": round(median(a[0] / b[0] for a, b in zip(runs["now"], runs["earlier"])), 3),
    }


def describe(figures: dict, pages: int) -> str:
    best = figures["ratio_best"]
    rounds = " ".join(f"x{r:.2f}" for r in figures["ratio_rounds"])
    earlier, now = min(figures["cpu_seconds"]["earlier"]), min(figures["cpu_seconds"]["now"])
    return (f"x{best:.3f} CPU per page ({1000 * now / pages:.0f} ms now, {1000 * earlier / pages:.0f} ms at {figures['ref']};"
            f" best of {figures['rounds']} each; rounds {rounds}, median x{figures['ratio_median']:.2f})")
