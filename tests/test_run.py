"""Orchestration: bad files are recorded and never stop a run; re-runs give the same database."""

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.run import run

SEEDS = Path(__file__).resolve().parent.parent / "data" / "raw"


def table_contents(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'").fetchall()]
        out = {}
        for name in sorted(names):
            cols = [r[0] for r in con.execute(f'DESCRIBE "{name}"').fetchall() if r[0] != "extracted_at"]
            select = ", ".join(f'"{c}"' for c in cols)
            out[name] = sorted(map(repr, con.execute(f'SELECT {select} FROM "{name}"').fetchall()))
        return out
    finally:
        con.close()


@pytest.fixture
def bad_and_good(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "legacy.txt").write_bytes("To: Highways Committee\nSaving: -£5,000 – draft\n".encode("cp1252"))
    (folder / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return folder


def statuses(db: Path) -> dict[str, tuple[str, str | None]]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source_path, status, error FROM documents").fetchall()
    con.close()
    return {Path(p).name: (s, e) for p, s, e in rows}


def test_a_folder_of_broken_files_still_extracts_every_good_one(bad_and_good, tmp_path):
    db = tmp_path / "out.duckdb"
    summary = run([bad_and_good, bad_and_good / "picture.png"], str(db))  # a file named is tried, whatever it is
    got = statuses(db)
    assert summary.documents == 6
    assert got["good.txt"][0] == "ok"
    assert got["legacy.txt"][0] == "ok"
    for name in ("empty.txt", "binary.txt", "truncated.pdf", "picture.png"):
        status, error = got[name]
        assert status == "failed" and error, name


def test_a_non_utf8_dump_is_decoded_with_a_recorded_warning(bad_and_good, tmp_path):
    db = tmp_path / "out.duckdb"
    run([bad_and_good / "legacy.txt"], str(db))
    con = duckdb.connect(str(db), read_only=True)
    encoding, warnings = con.execute("SELECT encoding, warnings FROM documents").fetchone()
    assert encoding == "cp1252" and "not valid UTF-8" in warnings


def test_running_twice_gives_the_same_database(tmp_path):
    db = tmp_path / "out.duckdb"
    run([SEEDS], str(db))
    first = table_contents(db)
    second_summary = run([SEEDS], str(db))
    assert second_summary.skipped == 5
    assert table_contents(db) == first


def test_forced_re_extraction_replaces_rows_instead_of_adding_them(tmp_path):
    db = tmp_path / "out.duckdb"
    run([SEEDS], str(db))
    first = table_contents(db)
    run([SEEDS], str(db), force=True)
    assert table_contents(db) == first


def doc_paths(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT source_path FROM documents ORDER BY source_path").fetchall()
    con.close()
    return [Path(p).name for (p,) in rows]


def test_prune_removes_documents_no_longer_among_the_inputs_and_only_with_prune(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "cover.txt")
    (folder / "note.txt").write_text("To: Highways Committee\nDate: 3 March 2024\n\n1. Purpose\nA short note.\n")
    db = tmp_path / "out.duckdb"
    run([folder], str(db))
    (folder / "note.txt").unlink()
    run([folder], str(db))
    assert doc_paths(db) == ["cover.txt", "note.txt"]
    summary = run([folder], str(db), prune=True)
    assert summary.pruned == 1 and summary.skipped == 1
    assert doc_paths(db) == ["cover.txt"]
    con = duckdb.connect(str(db), read_only=True)
    orphans = con.execute("SELECT count(*) FROM items WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    con.close()
    assert orphans == 0


def test_two_files_with_the_same_bytes_are_extracted_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "a.txt")
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "b.txt")
    seen: list[tuple[str, str]] = []
    summary = run([folder], str(tmp_path / "out.duckdb"), on_document=lambda p, s: seen.append((Path(p).name, s)))
    assert summary.ok == 1 and summary.skipped == 1
    assert ("b.txt", f"skipped (same content as {folder / 'a.txt'})") in seen


def test_an_interrupted_run_loads_whole_documents_and_the_next_run_completes_it(extracted_db, tmp_path):
    """SIGINT after the first document is loaded; the re-run gives the uninterrupted database."""
    import signal
    import subprocess
    import sys

    # One worker, so that four documents are still to come when the first is loaded; on a busy
    # machine the run may still end before the signal lands, so a run that did is tried again.
    for attempt in range(3):
        db = tmp_path / f"out{attempt}.duckdb"
        command = [sys.executable, "-m", "pipeline.cli", "extract", str(SEEDS), "--db", str(db), "--workers", "1"]
        proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        first = proc.stderr.readline()  # a document's line is printed once it is committed
        finished_first = proc.poll() is not None
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        code = proc.wait(timeout=60)
        if not (finished_first or (code == 0 and len(statuses(db)) == 5)):
            break
    assert code == 130, rest
    assert first.split()[0] in ("ok", "partial")
    interrupted = statuses(db)
    assert 1 <= len(interrupted) < 5
    summary = run([str(SEEDS)], str(db))
    assert summary.skipped == len(interrupted) and summary.ok + summary.partial == 5 - len(interrupted)
    assert table_contents(db) == table_contents(Path(extracted_db))


@pytest.fixture
def broken_pack_folder(tmp_path: Path) -> Path:
    """Good files among every kind of bad input the issue lists."""
    from tests.pdf_builders import image_only_pdf, text_pdf

    folder = tmp_path / "mixed"
    folder.mkdir()
    good_pdf = text_pdf([["Report to: Highways Committee", "Date: 3 March 2024", "1. Purpose", "To agree the plan."], ["2. Background", "Roads."]])
    (folder / "good.pdf").write_bytes(good_pdf)
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "good.txt")
    (folder / "cut.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (folder / "locked.pdf").write_bytes(text_pdf([["Confidential annex"]], encrypt="secret"))
    (folder / "scan.pdf").write_bytes(image_only_pdf())
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "noise.pdf").write_bytes(bytes((i * 37) % 256 for i in range(5000)))
    (folder / "binary.txt").write_bytes(b"\x00\x01PK" + bytes(range(256)) * 8)
    (folder / "legacy.txt").write_bytes("Subject: Parks – £5,000 saving\n".encode("cp1252"))
    (folder / "minutes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    return folder


def test_every_kind_of_bad_input_gets_a_status_and_reason_and_the_good_files_load(broken_pack_folder, tmp_path):
    db = tmp_path / "out.duckdb"
    summary = run([broken_pack_folder, broken_pack_folder / "minutes.docx"], str(db), workers=2)
    got = statuses(db)
    assert summary.documents == len(got) == 10
    for name in ("good.pdf", "good.txt", "legacy.txt"):
        assert got[name][0] in ("ok", "partial"), (name, got[name])
    reasons = {"cut.pdf": "corrupt", "locked.pdf": "encrypted", "scan.pdf": "no text layer", "empty.pdf": "empty",
               "noise.pdf": "", "binary.txt": "binary", "minutes.docx": "unsupported"}
    for name, word in reasons.items():
        status, error = got[name]
        assert status == "failed" and error and word in error, (name, got[name])
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM items WHERE doc_id IN (SELECT doc_id FROM documents WHERE source_path LIKE '%good.pdf')").fetchone()[0] >= 1
    con.close()


def test_a_100000_line_dump_is_extracted_whole(tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_text("".join("The committee noted the update.\n" if n % 7 else "\n" for n in range(100_000)))
    db = tmp_path / "out.duckdb"
    summary = run([dump], str(db))
    assert summary.ok == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT n_lines FROM documents").fetchone()[0] == 100_000
    con.close()


def test_a_document_that_timed_out_is_tried_again_on_the_next_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "cover.txt")
    db = tmp_path / "out.duckdb"
    first = run([folder], str(db), workers=1, timeout=0.001)
    assert first.failed == 1 and "timed out" in statuses(db)["cover.txt"][1]
    assert first.in_database == {"failed": 1}
    seen: list[str] = []
    second = run([folder], str(db), workers=1, on_document=lambda p, s: seen.append(s))
    assert seen == ["ok"] and second.skipped == 0
    assert second.in_database == {"ok": 1} and statuses(db)["cover.txt"] == ("ok", None)


def test_the_summary_counts_failed_and_partial_documents_of_the_whole_database(bad_and_good, tmp_path):
    db = tmp_path / "out.duckdb"
    run([bad_and_good], str(db))
    later = run([bad_and_good / "good.txt"], str(db))  # an unchanged document alone: this run has no failures
    assert later.failed == 0 and later.in_database == {"ok": 2, "failed": 3}


def test_a_folder_gives_its_pdfs_and_text_files_and_counts_the_rest_as_ignored(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "sub" / "cover.TXT")
    for name in ("Thumbs.db", "agenda.html", "minutes.docx"):
        (folder / name).write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    (folder / ".hidden.pdf").write_bytes(b"%PDF-1.7")
    summary = run([folder], str(tmp_path / "out.duckdb"))
    assert (summary.documents, summary.ok, summary.failed, summary.ignored) == (1, 1, 0, 3)
    named = run([folder / "agenda.html"], str(tmp_path / "out.duckdb"))  # named: tried, and says why it failed
    assert named.failed == 1 and "unsupported" in named.failures[0]


def document_paths(db: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT d.source_path, p.path FROM document_paths p JOIN documents d USING (doc_id) ORDER BY 2").fetchall()
    con.close()
    return [(Path(s).name, Path(p).name) for s, p in rows]


def test_a_file_with_the_same_content_as_another_is_recorded_as_its_path(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "a.txt")
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "copy of a.txt")
    summary = run([folder], str(tmp_path / "out.duckdb"))
    assert summary.same_content == 1
    assert document_paths(tmp_path / "out.duckdb") == [("a.txt", "a.txt"), ("a.txt", "copy of a.txt")]


def test_a_moved_file_updates_the_source_path_without_extracting_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", folder / "draft.txt")
    db = tmp_path / "out.duckdb"
    run([folder], str(db))
    (folder / "draft.txt").rename(folder / "final.txt")
    summary = run([folder], str(db))
    assert summary.skipped == 1
    assert document_paths(db) == [("final.txt", "final.txt")]
    assert run([folder], str(db)).skipped == 1 and document_paths(db) == [("final.txt", "final.txt")]  # and stays so


def test_a_path_whose_content_changed_belongs_to_the_new_content_only(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    paper = folder / "paper.txt"
    shutil.copy(SEEDS / "003_219f3df77203f1ee.txt", paper)
    db = tmp_path / "out.duckdb"
    run([folder], str(db))
    paper.write_text(paper.read_text() + "\nA later paragraph.\n")
    run([folder], str(db), prune=True)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM document_paths").fetchone() == (1, 1)
    con.close()


def test_an_encrypted_pdf_is_read_with_the_password_and_refused_with_a_wrong_one(tmp_path):
    from tests.pdf_builders import text_pdf

    locked = tmp_path / "locked.pdf"
    locked.write_bytes(text_pdf([["Report to: Highways Committee", "Date: 3 March 2024", "1. Purpose", "To agree the plan."]], encrypt="s3cret"))
    db = tmp_path / "out.duckdb"
    assert run([locked], str(db)).failed == 1 and "password" in statuses(db)["locked.pdf"][1]
    wrong = run([locked], str(db), password="guess")
    assert wrong.failed == 1 and "the --password given does not open it" in statuses(db)["locked.pdf"][1]
    right = run([locked], str(db), password="s3cret", workers=2)
    assert right.ok == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT n_pages FROM documents").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM items").fetchone()[0] >= 1
    con.close()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_dump_with_a_bom_gives_the_same_items_as_utf8(encoding, tmp_path):
    text = (SEEDS / "003_219f3df77203f1ee.txt").read_text(encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes(text.encode(encoding))  # Python writes the BOM for these
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "out.duckdb"
    assert run([tmp_path / "wide.txt", tmp_path / "plain.txt"], str(db)).ok == 2
    con = duckdb.connect(str(db), read_only=True)
    items = con.execute("SELECT d.encoding, list(i.title ORDER BY i.seq) FROM items i JOIN documents d USING (doc_id) GROUP BY 1 ORDER BY 1").fetchall()
    con.close()
    assert [enc for enc, _ in items] == sorted(["utf-8", encoding]) and items[0][1] == items[1][1]
