"""A document extracted item by item (`extract_parts`): the same rows as all at once, with only
what the document checks read kept to the end."""

from __future__ import annotations

from pathlib import Path

from pipeline.extract import (
    document_check_reads,
    extract_document,
    extract_item,
    extract_parts,
    item_record,
    item_text,
    read_stream,
    registered_checks,
)
from pipeline.ingest import ingest
from extractors.segment import segment_pack
from schemas.records import Validation

SEEDS = sorted((Path(__file__).resolve().parent.parent / "data" / "raw").glob("*.txt"))


def _items_and_records(path: Path):
    stream = read_stream(ingest(path))
    items = [item_text(stream, span) for span in segment_pack(stream)]
    records = []
    for seq, item in enumerate(items, start=1):
        records.append(item_record(item, seq))
        records.extend(extract_item(item)[0])
    return items, records


def test_each_document_check_given_only_the_records_it_declares_gives_the_same_validations():
    checks = registered_checks("document")
    assert document_check_reads() is not None  # every registered document check says what it reads
    found = 0
    for path in SEEDS:
        items, records = _items_and_records(path)
        for check in checks:
            reads = check.reads()
            everything = check.run(items, records)
            only_read = check.run(items, [r for r in records if isinstance(r, reads)])
            assert [v.model_dump() for v in only_read] == [v.model_dump() for v in everything], (path.name, check.name)
            found += len(everything)
    assert found > 0  # the seeds give the document checks something to check


def test_each_item_comes_as_one_part_and_the_documents_row_comes_last():
    src = ingest(SEEDS[0])
    parts = list(extract_parts(src))
    items = [r for part in parts for r in part.records if r.__table__ == "items"]
    assert len(parts) == len(items) + 1
    assert all(p.document is None for p in parts[:-1]) and parts[-1].document.doc_id == src.doc_id
    assert all(p.records[0].__table__ == "items" for p in parts[:-1])


def test_validations_are_numbered_across_parts_as_in_one_document():
    whole = extract_document(ingest(SEEDS[0]))
    ids = [r.validation_id for r in whole.records if isinstance(r, Validation)]
    assert ids and len(ids) == len(set(ids))
    for item_id in {i.rsplit(":v", 1)[0] for i in ids}:
        mine = sorted(int(i.rsplit(":v", 1)[1]) for i in ids if i.startswith(item_id + ":v"))
        assert mine == list(range(1, len(mine) + 1))  # v001, v002, ... with no gap or repeat
