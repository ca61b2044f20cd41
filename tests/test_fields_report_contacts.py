"""Contact blocks of cover papers, re-typed with other names."""

from extractors.fields.report_contacts import contact_records, read_contacts, split_sublabels
from schemas.stages import ItemText, Line


def block(*texts):
    return [(Line(no=i + 1, text=t), t) for i, t in enumerate(texts)]


def people(*texts):
    return [person for _, person in read_contacts(block(*texts), "officer")]


def test_name_and_post_on_one_line_are_two_fields():
    assert split_sublabels("Name: Lena Ford Post: Project Officer") == [("name", "Lena Ford"), ("post", "Project Officer")]


def test_a_line_that_does_not_start_with_a_sublabel_is_not_split():
    assert split_sublabels("The Post: office") == []


def test_labelled_block_gives_one_person_with_all_fields():
    assert people("Name: Lena Ford", "Post: Project Officer", "Email: lena.ford@example.gov.uk", "Tel: 01632 960123") == [
        {"name": "Lena Ford", "post": "Project Officer", "email": "lena.ford@example.gov.uk", "phone": "01632 960123"}
    ]


def test_a_repeated_name_label_starts_a_second_person():
    found = people("Name: Lena Ford", "Email: l@example.gov.uk", "", "Name: Raj Patel", "Email: r@example.gov.uk")
    assert [p["name"] for p in found] == ["Lena Ford", "Raj Patel"]
    assert found[1]["email"] == "r@example.gov.uk"


def test_a_post_wrapped_onto_the_next_line_is_joined():
    found = people("Name: Lena Ford", "Post: Head of Learning Disability", "Partnership Services", "Tel: 01632 960123")
    assert found[0]["post"] == "Head of Learning Disability Partnership Services"


def test_an_unlabelled_contact_line_is_read_by_shape():
    found = people("Lena Ford, Head of Libraries, 01632 960123, lena.ford@example.gov.uk")
    assert found == [
        {"name": "Lena Ford", "post": "Head of Libraries", "phone": "01632 960123", "email": "lena.ford@example.gov.uk"}
    ]


def test_the_block_stops_where_numbered_paragraphs_begin():
    found = people("Name: Lena Ford", "1. Background", "Name: Not A Contact")
    assert [p["name"] for p in found] == ["Lena Ford"]


def test_contact_records_number_people_in_order_and_keep_roles():
    item = ItemText(doc_id="d", item_id="d:001", kind="committee_report", flavour="markdown", lines=[])
    rows = contact_records(item, [("officer", block("Name: A Person")), ("member", block("Names: Councillor B and C"))])
    assert [(r.seq, r.role, r.name, r.line) for r in rows] == [(1, "officer", "A Person", 1), (2, "member", "Councillor B and C", 1)]
