"""Stages and orchestration: from input files to a checked DuckDB database."""

import hashlib
from pathlib import Path

__version__ = "0.1.0"


def code_digest(root: Path = Path(__file__).resolve().parents[1]) -> str:
    """A digest of the source of the stages, extractors and schemas. It is part of the
    pipeline version, so a document loaded by other code is extracted again: an upgrade
    never leaves rows made by the old rules behind a 'skipped'."""
    digest = hashlib.sha256()
    for package in ("pipeline", "extractors", "schemas"):
        for path in sorted(p for p in (root / package).rglob("*") if p.suffix in (".py", ".sql")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = f"{__version__}+{code_digest()}"
