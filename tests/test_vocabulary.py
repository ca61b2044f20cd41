"""The label vocabulary: labels as printed become patterns readers can use."""

import re

from extractors.vocabulary import label_regex, labels, pattern, vocabulary


def test_every_field_of_the_vocabulary_is_a_list_of_labels():
    for section, fields in vocabulary().items():
        for field, found in fields.items():
            assert all(isinstance(label, str) and label.strip() for label in found), (section, field)


def test_a_label_matches_whatever_its_case_spacing_and_plural_suffix():
    rx = re.compile(label_regex("Electoral division"), re.I)
    assert rx.fullmatch("ELECTORAL  DIVISION(s)")
    assert rx.fullmatch("Electoral\ndivision")
    assert not rx.fullmatch("Electoral")


def test_a_regex_label_is_taken_as_written():
    assert label_regex("re:Wards?") == "Wards?"


def test_the_longest_label_is_tried_first():
    rx = re.compile(f"^(?:{pattern('report', 'subject')})", re.I)
    assert rx.match("Report title: Workplace levy").group(0) == "Report title"


def test_a_field_without_labels_matches_nothing():
    assert labels("report", "no such field") == ()
    assert not re.search(pattern("report", "no such field"), "anything at all")


def test_cover_labels_of_three_council_templates_are_in_the_vocabulary():
    # Printed on Cambridgeshire, Kent, Bristol and West of England covers (DOMAIN.md's table).
    printed = {"to": ["To", "REPORT TO", "COMMITTEE"], "subject": ["Subject", "TITLE", "REPORT TITLE"],
               "electoral_divisions": ["Electoral division(s)", "Ward(s)"], "key_decision": ["Key decision"]}
    for field, texts in printed.items():
        rx = re.compile(f"^(?:{pattern('report', field)})$", re.I)
        assert all(rx.match(t) for t in texts), field
