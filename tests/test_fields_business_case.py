"""Business case header fields (extractors/fields/business_case.py): re-typed
synthetic forms, then the seeds against their answer keys."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from extractors.fields.business_case import extract, split_leads
from extractors.normalise import normalise_text
from extractors.readers.text import decode_text, detect_flavour
from schemas.records import Contact, Proposal
from schemas.stages import ItemText, Line

ROOT = Path(__file__).resolve().parents[1]


def item(text: str, flavour: str = "pdftotext") -> ItemText:
    lines = [Line(no=i + 1, text=t) for i, t in enumerate(text.split("\n"))]
    return ItemText(doc_id="d", item_id="d:001", kind="business_case", flavour=flavour, lines=lines)


def proposal_and_leads(it: ItemText) -> tuple[Proposal, list[Contact]]:
    records = extract(it)
    proposals = [r for r in records if isinstance(r, Proposal)]
    assert len(proposals) == 1
    return proposals[0], [r for r in records if isinstance(r, Contact)]


NEW_LAYOUT = """Business Planning: Business Case proposal

Project Title: Library Opening Hours Review

Committee:  Communities Committee and General
Purposes Committee

2022-23 Savings: -£1.2m

Brief Description of proposal: Reduce opening hours at
three branch libraries where footfall is lowest.

Staff will be redeployed to the mobile service.

Date of version: 3 March 2022 BP Reference: C/R.4.017

Business Leads / Sponsors:  Amira Haddad, Head of Libraries /
Tom Price, Director, Culture and
Heritage

1. Please describe what the proposed outcomes are:
Fewer hours, same reach. Committee: not a header field here.
"""


def test_new_layout_header_fields():
    p, _ = proposal_and_leads(item(NEW_LAYOUT))
    assert p.title == "Library Opening Hours Review"
    assert p.committee == "Communities Committee and General Purposes Committee"
    assert p.saving_fy == "2022-23"
    assert p.saving_gbp == Decimal("-1200000")
    assert p.saving_text == "-£1.2m"
    assert p.brief_description == (
        "Reduce opening hours at three branch libraries where footfall is lowest. "
        "Staff will be redeployed to the mobile service."
    )
    assert p.date_of_version.isoformat() == "2022-03-03"
    assert p.date_of_version_precision == "day"
    assert p.date_of_version_text == "3 March 2022"
    assert p.bp_reference == "C/R.4.017"
    assert p.line == 1


def test_leads_split_on_slash_with_posts_wrapping_over_lines():
    _, leads = proposal_and_leads(item(NEW_LAYOUT))
    assert [(c.role, c.name, c.post) for c in leads] == [
        ("lead", "Amira Haddad", "Head of Libraries"),
        ("lead", "Tom Price", "Director, Culture and Heritage"),
    ]
    assert all(c.line == 17 for c in leads)  # the Business Leads line


def test_labels_without_colons_and_a_short_reference_label():
    text = (
        "Project Title: Gritting Routes\n\nCommittee:   Highways\n\n2023-24 Savings -£45,500\n"
        "Brief description of Proposal Merge two rural routes.\n\n"
        "Date of version: Jan 2023 BP ref: H/R.2.002\n\nBusiness Leads / Sponsors: Lena Ortiz and Sam Webb\n\n"
        "1. Please describe what the proposed outcomes are:"
    )
    p, leads = proposal_and_leads(item(text))
    assert (p.committee, p.saving_gbp, p.bp_reference) == ("Highways", Decimal("-45500"), "H/R.2.002")
    assert p.brief_description == "Merge two rural routes."
    assert (p.date_of_version.isoformat(), p.date_of_version_precision) == ("2023-01-01", "month")
    assert [(c.name, c.post) for c in leads] == [("Lena Ortiz", None), ("Sam Webb", None)]


def test_minus_sign_after_a_colon_is_kept_even_with_a_space():
    p, _ = proposal_and_leads(item("Project Title: X\n2022-23 Saving:   - £75,000\n1. Please describe"))
    assert p.saving_gbp == Decimal("-75000")
    assert p.saving_text == "- £75,000"


OLD_LAYOUT = """ Committee Environment Committee / Audit Committee

1. Saving/ Income amount - £48,000 a year once running.

This proposal asks for a year of funding to test a repair cafe.

Date of version  Business Leads / Sponsors

2. Please describe what the proposed outcomes are?
Less waste.
"""


def test_old_layout_saving_question_dash_after_label_is_a_separator():
    p, leads = proposal_and_leads(item(OLD_LAYOUT))
    assert p.title is None
    assert p.committee == "Environment Committee / Audit Committee"
    assert p.saving_gbp == Decimal("48000")
    assert p.saving_text == "£48,000 a year once running."
    assert p.saving_fy is None
    assert (p.date_of_version, p.date_of_version_text, p.bp_reference, p.brief_description) == (None, None, None, None)
    assert leads == []


def test_old_layout_in_tab_cells():
    text = "Business Planning Business Case Proposal\n\nProject Title\tRiver Ferry Renewal\nCommittee\tTransport Committee\n\n" + OLD_LAYOUT.split("\n", 2)[2]
    p, _ = proposal_and_leads(item(text, flavour="markdown"))
    assert p.title == "River Ferry Renewal"
    assert p.committee == "Transport Committee"
    assert p.saving_gbp == Decimal("48000")


def test_split_leads_full_stop_separates_two_leads():
    assert split_leads("Ann Bo, Head of Adult Learning. Cy Dee, Finance Lead") == [
        ("Ann Bo", "Head of Adult Learning"),
        ("Cy Dee", "Finance Lead"),
    ]


def test_item_without_header_labels_gives_nothing():
    assert extract(item("Some prose.\n\n1. Please describe the outcomes")) == []
    assert extract(item("")) == []


# --- the seeds, against the answer keys -------------------------------------------------

BANNER = re.compile(r"^\s*Business Planning:?\s+Business Case proposal\s*$", re.I)
ITEM_END = re.compile(r"^\s*(?:Equality Impact Assessment|This EqIA form|Investment Proposal Supporting)", re.I)


def seed_items(stem: str) -> list[ItemText]:
    """Business cases of a seed, sliced by hand between their banners (the test's
    own segmentation, so these tests do not depend on extractors/items)."""
    path = next((ROOT / "data" / "raw").glob(f"{stem}*.txt"))
    decoded = decode_text(path.read_bytes())
    stream = normalise_text(path.stem, decoded.text, detect_flavour(decoded.text))
    lines = stream.lines
    starts = [i for i, ln in enumerate(lines) if BANNER.match(ln.text)] or [0]
    out = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        stop = next((j for j in range(start + 1, end) if ITEM_END.match(lines[j].text)), end)
        out.append(ItemText(doc_id=stream.doc_id, item_id=f"{stream.doc_id}:{n:03d}", kind="business_case",
                            flavour=stream.flavour, lines=lines[start:stop]))
    return out


def key(stem: str) -> dict:
    return json.loads(next((ROOT / "tests" / "golden").glob(f"{stem}*.json")).read_text())


@pytest.mark.parametrize("stem", ["000", "001", "002", "004"])
def test_seed_proposals_match_the_answer_key(stem):
    expected = key(stem)["proposals"]
    got = [proposal_and_leads(it) for it in seed_items(stem)]
    assert len(got) == len(expected)
    for want, (p, leads) in zip(expected, got):
        for field in ("bp_reference", "title", "committee", "saving_fy", "saving_gbp"):
            if field in want:
                value = getattr(p, field)
                assert (None if value is None else type(want[field])(value)) == want[field], field
        if "date_of_version" in want:
            assert (p.date_of_version.isoformat() if p.date_of_version else None) == want["date_of_version"]
        for field in ("saving_text", "brief_description"):
            if f"{field}_starts" in want:
                assert " ".join(getattr(p, field).split()).startswith(want[f"{field}_starts"])
        if "leads" in want:
            assert [{"name": c.name, "post": c.post} for c in leads] == (want["leads"] or [])


def test_leads_stop_at_an_unnumbered_question_heading():
    text = "Project Title: X\n\nBusiness Leads / Sponsors: Ann Bo, Head of Parks\n\nPlease describe the outcomes:\nMore trees, Fewer cars."
    _, leads = proposal_and_leads(item(text))
    assert [(c.name, c.post) for c in leads] == [("Ann Bo", "Head of Parks")]
