"""The pipeline version follows the code, so an upgrade re-extracts what older code loaded."""

import shutil
from pathlib import Path

import pipeline
import pipeline.run
from pipeline import code_digest
from pipeline.run import run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "raw"


def copy_of_the_code(to: Path) -> Path:
    for package in ("pipeline", "extractors", "schemas"):
        shutil.copytree(ROOT / package, to / package, ignore=shutil.ignore_patterns("__pycache__"))
    return to


def test_the_code_digest_is_the_same_for_the_same_code(tmp_path):
    assert code_digest(copy_of_the_code(tmp_path)) == code_digest(ROOT)


def test_the_code_digest_changes_when_an_extractor_changes(tmp_path):
    root = copy_of_the_code(tmp_path)
    before = code_digest(root)
    with (root / "extractors" / "values" / "money.py").open("a") as f:
        f.write("\n# a changed rule\n")
    assert code_digest(root) != before


def test_the_pipeline_version_carries_the_code_digest():
    assert pipeline.PIPELINE_VERSION == f"{pipeline.__version__}+{code_digest()}"


def test_a_document_loaded_by_other_code_is_extracted_again(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "paper.txt")
    db = str(tmp_path / "out.duckdb")
    assert run([folder], db).ok == 1
    assert run([folder], db).skipped == 1
    monkeypatch.setattr(pipeline.run, "PIPELINE_VERSION", "0.1.0+othercode")
    again = run([folder], db)
    assert again.ok == 1 and again.skipped == 0
