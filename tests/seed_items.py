"""Items cut from the seed dumps for tests of item-level extractors, without the segmenter.

A business case runs from its "Business Planning ... Business Case" banner to the
next banner, EqIA form or investment bid; a cover paper from the title line above
its "To:" line to the next cover paper, banner or "Appendix" heading. These cut
points are read from the seeds by hand for the tests; the extractors never see them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from extractors.normalise import normalise_text
from extractors.readers.text import decode_text, detect_flavour
from schemas.stages import ItemText, LineStream

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
GOLDEN = ROOT / "tests" / "golden"
SEEDS = sorted(p.name[:-4] for p in RAW.glob("*.txt"))

_BANNER = re.compile(r"^\s*Business Planning:? Business Case proposal", re.I)
_CASE_END = re.compile(r"^\s*(?:Equality Impact Assessment|Investment Proposal Supporting Information)\s*$", re.I)
_REPORT_END = re.compile(r"^\s*Appendix\b", re.I)


def stream(seed: str) -> LineStream:
    text = decode_text((RAW / f"{seed}.txt").read_bytes()).text
    return normalise_text(seed, text, detect_flavour(text))


def golden(seed: str) -> dict:
    return json.loads((GOLDEN / f"{seed}.json").read_text(encoding="utf-8"))


def _item(s: LineStream, kind: str, start: int, end: int, seq: int) -> ItemText:
    return ItemText(
        doc_id=s.doc_id, item_id=f"{s.doc_id}:{seq:03d}", kind=kind, flavour=s.flavour, lines=s.lines[start:end]
    )


def business_cases(seed: str) -> list[ItemText]:
    """Business cases in document order; a dump without a banner is one case."""
    s = stream(seed)
    texts = [ln.text for ln in s.lines]
    starts = [i for i, t in enumerate(texts) if _BANNER.match(t)]
    if not starts:
        starts = [0]
    items = []
    for n, start in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else len(texts)
        end = next((j for j in range(start + 1, limit) if _CASE_END.match(texts[j])), limit)
        items.append(_item(s, "business_case", start, end, n + 1))
    return items


def reports(seed: str) -> list[ItemText]:
    """Cover papers in document order, each from its title line (above "To:")."""
    s = stream(seed)
    texts = [ln.text for ln in s.lines]
    tos = [i for i, t in enumerate(texts) if re.match(r"^To:\s", t)]
    starts = []
    for i in tos:
        j = i - 1
        while j > 0 and not texts[j].strip():
            j -= 1
        starts.append(j)
    items = []
    for n, start in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else len(texts)
        end = next((j for j in range(start + 2, limit) if _REPORT_END.match(texts[j]) or _BANNER.match(texts[j])), limit)
        items.append(_item(s, "committee_report", start, end, 50 + n))
    return items
