"""A document's rows handed from the worker that extracted them to the process that loads them
as Parquet files, not pickled objects: the loading process then never holds a copy of them
(DuckDB reads the files). The Ray engine hands over every document so, the local pool only
big ones (`local.HAND_OVER_BYTES`), whose rows run to hundreds of MB.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.engines import Extracted, extract_path, tally
from pipeline.parquet import load_files, write_result
from schemas.records import Document

#: What a worker sends back: the `documents` row, table -> file, rows per table, failed checks.
HandedOver = tuple[dict, dict[str, str], dict[str, int], int]


def extract_to_parquet(path: str, name: str, parquet_dir: str, password: str | None = None) -> HandedOver:
    """Run in a worker: one document to Parquet files under `parquet_dir`."""
    result = extract_path(path, name, password)
    files = write_result(result, parquet_dir)
    counts, failed = tally(result)
    return result.document.model_dump(), {t: str(p) for t, p in files.items()}, counts, failed


def extracted_from_files(path: Path, handed: HandedOver, remove_after_load: bool = False) -> Extracted:
    """The handed-over document, loaded from its files (then removed, where they were only a hand-over)."""
    document, files, counts, failed = handed
    row = Document(**document)
    paths = {t: Path(p) for t, p in files.items()}

    def load(con) -> None:
        load_files(con, row.doc_id, paths)
        if remove_after_load:
            for file in paths.values():
                file.unlink(missing_ok=True)

    return Extracted(path=path, document=row, counts=counts, failed_checks=failed, load=load)
