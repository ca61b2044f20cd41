"""Cover-paper fields of the seed covers, compared with the hand-written answer keys."""

import json
import re
from pathlib import Path

import pytest

from extractors.fields.committee_report import extract
from extractors.normalise import normalise_text
from extractors.readers.text import decode_text, detect_flavour
from schemas.records import Contact, Recommendation, Report
from schemas.reports_extra import OutcomeItem
from schemas.stages import ItemText

ROOT = Path(__file__).resolve().parent.parent


def seed_covers(seed: str) -> list[ItemText]:
    """Each cover paper of a seed dump, cut by hand-chosen rule for the test: from the
    heading above a `To:` line to the heading of the next one (the extractor never sees this)."""
    text = decode_text((ROOT / "data" / "raw" / f"{seed}.txt").read_bytes()).text
    stream = normalise_text(seed, text, detect_flavour(text))
    lines = stream.lines
    starts = []
    for i, ln in enumerate(lines):
        if ln.text.startswith("To:"):
            j = i - 1
            while j > 0 and not lines[j].text.strip():
                j -= 1
            starts.append(j)
    return [
        ItemText(doc_id=seed, item_id=f"{seed}:{n:03d}", kind="committee_report", flavour=stream.flavour,
                 lines=lines[s : starts[n + 1] if n + 1 < len(starts) else len(lines)])
        for n, s in enumerate(starts)
    ]


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def key_reports():
    for seed in ("003_219f3df77203f1ee", "004_c00d3727959acbdb"):
        key = json.loads((ROOT / "tests" / "golden" / f"{seed}.json").read_text(encoding="utf-8"))
        covers = seed_covers(seed)
        assert len(covers) == len(key["reports"])
        for cover, expected in zip(covers, key["reports"]):
            name = re.sub(r"\W+", "_", expected["title"])[:30]
            yield pytest.param(cover, expected, id=f"{seed[:3]}-{name}")


@pytest.mark.parametrize("cover,expected", list(key_reports()))
def test_seed_cover_matches_answer_key(cover, expected):
    out = extract(cover)
    report = next(r for r in out if isinstance(r, Report))
    recs = [r for r in out if isinstance(r, Recommendation)]
    contacts = {c.role: c for c in out if isinstance(c, Contact)}
    items = [o for o in out if isinstance(o, OutcomeItem)]
    assert report.title == expected["title"]
    assert report.to_body == expected["to"]
    assert report.meeting_date.isoformat() == expected["meeting_date"]
    assert report.meeting_date_text == expected["meeting_date_text"]
    assert report.from_text == expected["from"]
    assert report.electoral_divisions == expected["electoral_divisions"]
    assert report.forward_plan_ref == expected["forward_plan_ref"]
    assert report.key_decision is expected["key_decision"]
    assert squash(report.outcome).startswith(expected["outcome_starts"])
    assert len(recs) == len(expected["recommendations_starts"])
    for rec, start in zip(recs, expected["recommendations_starts"]):
        assert squash(rec.text).startswith(start)
    for rec, want in zip(recs, expected.get("recommendations", [])):
        assert rec.label == want["label"]
        assert squash(rec.text).startswith(want["text_starts"])
    officer = contacts["officer"]
    assert (officer.name, officer.post, officer.email, officer.phone) == tuple(
        expected["officer"][k] for k in ("name", "post", "email", "phone")
    )
    member = contacts["member"]
    if "member" in expected:
        assert (member.name, member.post, member.email, member.phone) == tuple(
            expected["member"][k] for k in ("name", "post", "email", "phone")
        )
    if "member_contacts" in expected:
        assert (member.name, member.post, member.email, member.phone) == tuple(
            expected["member_contacts"][k] for k in ("names", "post", "email", "phone")
        )
    if "outcome_items_starts" in expected:
        assert len(items) == len(expected["outcome_items_starts"])
        for got, start in zip(items, expected["outcome_items_starts"]):
            assert squash(got.text).startswith(start)


def test_section_75_sub_items_hang_under_their_lettered_heads():
    """004 lines 437-441: a) with i., b) with i. and ii."""
    cover = seed_covers("004_c00d3727959acbdb")[1]
    recs = [r for r in extract(cover) if isinstance(r, Recommendation)]
    assert [(r.label, r.parent_label, r.line) for r in recs] == [
        ("a", None, 437), ("i", "a", 438), ("b", None, 439), ("i", "b", 440), ("ii", "b", 441)
    ]
