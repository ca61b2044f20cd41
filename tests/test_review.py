"""`committee-extract report`: one self-contained HTML page a reviewer can use, checked by parsing it
and by a screenshot in a real headless browser."""

from __future__ import annotations

import base64
import io
import os
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from PIL import Image

from pipeline.cli import main
from pipeline.review import DocumentReview, FailingCheck, Review, render_review
from pipeline.run import run
from tests.test_show import costs_pdf


class Page(HTMLParser):
    """What a reviewer's page holds: sections by status, failing checks, pictures, counts."""

    def __init__(self):
        super().__init__()
        self.sections: list[dict] = []
        self.checks: list[str] = []
        self.images: list[str] = []
        self.counts: dict[str, str] = {}
        self._count: str | None = None
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            self.sections.append(a)
        elif tag == "div" and a.get("class") == "check":
            self.checks.append(a.get("id"))
        elif tag == "img":
            self.images.append(a.get("src", ""))
        elif tag == "span" and a.get("class") == "count":
            self._count = a.get("data-name")
        elif tag == "script":
            self.scripts += 1

    def handle_data(self, data):
        if self._count and data.strip():
            self.counts[self._count] = data.strip()
            self._count = None


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("review")
    (folder / "costs.pdf").write_bytes(costs_pdf())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really a pdf")
    db = str(folder / "review.duckdb")
    run([str(folder / "costs.pdf"), str(folder / "broken.pdf")], db, workers=1)
    out = str(folder / "review.html")
    assert main(["report", out, "--db", db]) == 0
    return out, db


def test_the_page_has_a_section_per_document_with_its_status(report):
    page = Page()
    page.feed(open(report[0], encoding="utf-8").read())
    assert sorted(s["data-status"] for s in page.sections) == ["failed", "ok"]
    assert page.counts["documents"] == "2" and page.counts["failed"] == "1" and page.counts["failing validations"] == "1"


def test_each_failing_validation_has_an_inline_png_of_its_page_region(report):
    page = Page()
    page.feed(open(report[0], encoding="utf-8").read())
    assert len(page.checks) == 1 and page.checks[0].endswith(":v001")
    [src] = page.images
    assert src.startswith("data:image/png;base64,")
    picture = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
    assert picture.width > 200 and picture.height > 50
    assert page.scripts == 0, "self-contained and static: no scripts"


def test_text_from_documents_is_escaped_not_run():
    hostile = "<script>alert('x')</script>"
    data = Review(db_path="x.duckdb", counts={"documents": 1}, documents=[DocumentReview(
        doc_id="d", source_path=f"{hostile}.pdf", status="ok", error=None, warnings=[hostile], items=[], tables=[],
        failing=[FailingCheck(validation_id="d:001:v001", check="costs_total", expected="1", actual="2", page=1, detail=hostile)],
    )])
    html = render_review(data)
    assert hostile not in html and "&lt;script&gt;" in html


def _chromium() -> str | None:
    """Debian's chromium, installed here when it is missing and we may (root with apt-get)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], env=env, capture_output=True, timeout=900, check=True)
    except (subprocess.SubprocessError, OSError):
        return None
    return shutil.which("chromium")


def test_a_real_browser_renders_the_page_with_its_status_colours_and_picture(report, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium and it could not be installed (apt-get install chromium): screenshot not taken")
    shot = tmp_path / "review.png"
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--screenshot={shot}",
         "--window-size=1200,1400", f"file://{report[0]}"],
        capture_output=True, timeout=120, check=False,
    )
    assert shot.exists(), "chromium wrote no screenshot"
    image = Image.open(shot).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 2) for y in range(0, image.height, 2)}
    assert (46, 125, 50) in colours, "the green 'ok' badge is drawn"
    assert (198, 40, 40) in colours, "the red 'failed' badge is drawn"
    assert len(colours) > 200, "the page crop (a rendered PDF region) is drawn, not just flat colours"
