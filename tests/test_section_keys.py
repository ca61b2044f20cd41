"""Canonical keys of business-case questions and cover-paper sections, from their wording."""

from __future__ import annotations

import pytest

from extractors.section_keys import question_key, report_section_key


@pytest.mark.parametrize(
    "heading, key",
    [
        ("Saving/ Income amount - £90,000 annually.", "summary"),
        ("Please describe what the proposed outcomes are:", "outcomes"),
        ("What evidence has been used to support this work?", "evidence"),
        ("Has an options and feasibility study been undertaken?", "options"),
        ("Has a feasibility study been undertaken?", "options"),
        ("What are the next steps/ actions the Council should take? Please include timescales.", "next_steps"),
        ("Could this have any effects on people with Protected Characteristics?", "equality"),
        ("What financial and non-financial benefits are there? What is the risk of dis-benefits?", "benefits"),
        ("Are there any identified risks which may impact on the potential delivery of this?", "risks"),
        ("Scope - What is within scope? What is outside of scope?", "scope"),
        ("Interdependencies with other projects", "scope"),
    ],
)
def test_question_key_from_wording(heading, key):
    assert question_key(heading) == key


def test_question_with_no_known_topic_has_no_key():
    assert question_key("Suffer from many barriers to entry into markets") is None
    assert question_key(None) is None


@pytest.mark.parametrize(
    "heading, key",
    [
        ("Background", "background"),
        ("Main Issues", "main_issues"),
        ("Alignment with Corporate Priorities", "corporate_priorities"),
        ("SIGNIFICANT IMPLICATIONS", "implications"),
        ("Source Documents", "source_documents"),
        ("Background papers", "source_documents"),
    ],
)
def test_report_section_key_from_wording(heading, key):
    assert report_section_key(heading) == key
