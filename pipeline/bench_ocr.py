"""The OCR part of `make bench`: pages per second on one core and peak memory on a scan.

The scan is made from the fixture PDFs as the tests make theirs (`tests/scan_builders`:
200 dpi, speckled, slightly skewed, image-only), repeated to `pages` pages, and
extracted by one fresh process with one worker (the OCR models run on one thread),
so its wall time, CPU time and peak RSS are the figures of one core.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
#: The target for a 50-page scan (issue 14).
PEAK_TARGET_MB = 1536

PEAK_SCRIPT = """
import resource, sys
from pipeline.engines import extract_path
doc = extract_path(sys.argv[1]).document
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, doc.status, doc.n_pages, doc.n_ocr_pages)
"""


def make_scan(pages: int, out: Path) -> Path:
    """A `pages`-page image-only scan of the fixture PDFs, written to `out`."""
    sys.path.insert(0, str(ROOT))
    import pypdfium2 as pdfium

    from tests.scan_builders import image_pdf, scanned_image
    import numpy as np

    rng = np.random.default_rng(0)
    sources = [pdfium.PdfDocument(str(p)) for p in sorted(FIXTURES.glob("*.pdf"))]
    pool = [(doc, k) for doc in sources for k in range(len(doc))]
    images = [scanned_image(pool[n % len(pool)][0][pool[n % len(pool)][1]], 200, 0.6 if n % 2 else -0.6, rng) for n in range(pages)]
    out.write_bytes(image_pdf(images, 200))
    for doc in sources:
        doc.close()
    return out


def ocr_figures(pages: int, tmp: Path) -> dict:
    """Extract a `pages`-page scan in a fresh process: OCR pages/s (wall and per CPU-second) and peak RSS."""
    scan = make_scan(pages, tmp / f"scan_{pages}.pdf")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, str(scan)], capture_output=True, text=True, cwd=ROOT, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    kb, status, n_pages, n_ocr = out.stdout.split()[-4:]
    return {"pages": int(n_pages), "ocr_pages": int(n_ocr), "status": status, "seconds": round(wall, 1),
            "cpu_seconds": round(cpu, 1), "pages_per_s": round(int(n_ocr) / wall, 3),
            "pages_per_cpu_s": round(int(n_ocr) / cpu, 3) if cpu else None, "peak_rss_mb": round(int(kb) / 1024)}


def describe(figures: dict) -> str:
    peak = figures["peak_rss_mb"]
    verdict = "under" if peak < PEAK_TARGET_MB else "OVER"
    return (f"{figures['pages_per_s']:7.3f} pages/s  ({figures['pages_per_cpu_s']} per CPU-second; {figures['seconds']} s for "
            f"{figures['ocr_pages']}/{figures['pages']} pages, {figures['status']}); peak RSS {peak} MB ({verdict} the {PEAK_TARGET_MB} MB target)")
