"""Write re-typed variants of the seed dumps and their answer keys (deterministic).

    .venv/bin/python -m tests.retyped.make_retyped            # writes tests/retyped/{data,golden}
    .venv/bin/python -m tests.retyped.make_retyped --out DIR  # somewhere else (the test compares)

Each seed `data/raw/NNN_<hash>.txt` and its key `tests/golden/NNN_<hash>.json`
become `data/NNN_retyped.txt` and `golden/NNN_retyped.json`: other people,
titles, council, places, e-mail domains, BP references; money x FACTOR (rounded
figures re-computed, see retype_figures.py); years + 3; RAG words permuted.
Lines, tabs, blank lines and footers stay where they were, so a variant is the
same document re-typed. Dump and key go through one `Retyper`, so they agree.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from tests.retyped.retype_figures import figure_overrides
from tests.retyped.retype_text import Retyper

ROOT = Path(__file__).resolve().parents[2]
RAW_DIR = ROOT / "data" / "raw"
GOLDEN_DIR = ROOT / "tests" / "golden"
OUT_DIR = Path(__file__).resolve().parent
FACTOR = 3

#: A `£000` header puts the bare integer cells of the next lines in thousands of pounds.
THOUSANDS_HEADER = re.compile(r"£\s?000\b")
THOUSANDS_SPAN = 16
QUESTION = re.compile(r"^\s*\d+\.\s")
TRAILING_INT = re.compile(r"(?<=\s)-?\d{1,4}(?=\s*$)")


def variant_name(source: str) -> str:
    return f"{source.split('_', 1)[0]}_retyped{Path(source).suffix}"


def retype_dump(text: str, retyper: Retyper) -> str:
    lines = retyper.text(text).split("\n")  # words may join a name across a line break, so whole text first
    left = 0
    for i, line in enumerate(lines):
        if THOUSANDS_HEADER.search(line):
            left = THOUSANDS_SPAN
            continue
        if left and QUESTION.match(line):
            left = 0
        if left:
            left -= 1
            lines[i] = thousands_line(line, retyper)
    return "\n".join(lines)


def thousands_line(line: str, retyper: Retyper) -> str:
    """Bare integers of a `£000` table: whole tab cells, or the last word of a stacked row."""
    if "\t" in line:
        return "\t".join(retyper.thousands_cell(cell) for cell in line.split("\t"))
    if line.strip().lstrip("-").isdigit():
        return retyper.thousands_cell(line)
    return TRAILING_INT.sub(lambda m: retyper.thousands_cell(m[0]), line)


def retype_key(key: dict, retyper: Retyper) -> dict:
    out = retype_value(key, retyper, parent=None)
    out["retyped_from"] = key["source"]
    out["source"] = variant_name(key["source"])
    out["same_document_as"] = [variant_name(s) for s in key.get("same_document_as", [])]
    if "same_document_as" not in key:
        del out["same_document_as"]
    return out


def retype_value(value, retyper: Retyper, parent: dict | None, name: str = ""):
    if isinstance(value, dict):
        return {k: retype_value(v, retyper, value, k) for k, v in value.items()}
    if isinstance(value, list):
        return [retype_value(v, retyper, parent, name) for v in value]
    if isinstance(value, str):
        if name == "printed" and re.fullmatch(r"-?\d+", value):  # a cell printed under `£000`
            return retyper.thousands_cell(value)
        return retyper.text(value)
    if isinstance(value, bool) or value is None:
        return value
    if is_money(name, value, parent or {}):
        return retyper.number(value)
    return value


def is_money(name: str, value, parent: dict) -> bool:
    """Which numbers of a key are pounds: `*_gbp`, cash-flow cells in £, checks' whole-pound figures."""
    if name.endswith("_gbp"):
        return True
    if name == "value" and "frequency" in parent:
        return "£" in str(parent["frequency"])
    if name in ("expected", "actual") and "holds" in parent:
        return isinstance(value, int)  # percentages are printed with decimals (51.4)
    return False


def seeds() -> list[tuple[Path, Path]]:
    pairs = []
    for key_path in sorted(GOLDEN_DIR.glob("*.json")):
        source = json.loads(key_path.read_text(encoding="utf-8"))["source"]
        pairs.append((RAW_DIR / source, key_path))
    return pairs


def make_retyper(keys: list[dict], factor: int = FACTOR) -> Retyper:
    return Retyper(factor, figure_overrides(keys, factor))


def write_variants(out_dir: Path = OUT_DIR) -> list[Path]:
    pairs = seeds()
    keys = [json.loads(k.read_text(encoding="utf-8")) for _, k in pairs]
    retyper = make_retyper(keys)
    (out_dir / "data").mkdir(parents=True, exist_ok=True)
    (out_dir / "golden").mkdir(parents=True, exist_ok=True)
    written = []
    for (dump_path, _), key in zip(pairs, keys):
        name = variant_name(key["source"])
        text = dump_path.read_bytes().decode("utf-8")
        dump_out = out_dir / "data" / name
        dump_out.write_bytes(retype_dump(text, retyper).encode("utf-8"))
        key_out = out_dir / "golden" / Path(name).with_suffix(".json").name
        key_out.write_text(json.dumps(retype_key(key, retyper), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [dump_out, key_out]
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args()
    for path in write_variants(args.out):
        print(path)


if __name__ == "__main__":
    main()
