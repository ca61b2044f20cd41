"""Ingest: read a file's bytes, hash them and say what format they are."""

from __future__ import annotations

import hashlib
from pathlib import Path

from schemas.stages import SourceFile

TEXT_SUFFIXES = {".txt", ".text", ".md"}


def sniff_format(data: bytes, path: str) -> str:
    """`pdf` from the magic bytes, `text` for text suffixes, else `unknown`."""
    if data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if Path(path).suffix.lower() == ".pdf":
        return "pdf"  # a damaged PDF: the reader will say what is wrong with it
    if Path(path).suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return "unknown"


def ingest(path: str | Path) -> SourceFile:
    data = Path(path).read_bytes()
    return SourceFile(
        path=str(path),
        doc_id=hashlib.sha256(data).hexdigest()[:16],
        source_format=sniff_format(data, str(path)),
        data=data,
    )


def list_inputs(paths: list[str | Path]) -> list[Path]:
    """Files named and the files under folders named, sorted, hidden files skipped."""
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            found.add(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return sorted(found)
