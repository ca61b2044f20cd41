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


# --- role-headed blocks anywhere in the report (later_contacts) ---

from extractors.fields.report_contacts import later_contacts  # noqa: E402


def _lines(*rows, xs=None):
    return [Line(no=i + 1, text=t, page=1, cell_x=(xs[i] if xs else None)) for i, t in enumerate(rows)]


def test_a_two_column_contact_grid_at_the_end_of_a_report_gives_one_person_per_column_with_its_role():
    lines = _lines(
        "5.\tContact details", "", "Report Author\tRelevant Director", "Jo Bloggs\tSam Smith",
        "Chief Accountant\tCorporate Director Finance", "01234 567890\t01234 567891", "jo@council.gov.uk\tsam@council.gov.uk",
    )
    people = [(role, p) for _, role, p in later_contacts(lines)]
    assert people == [
        ("author", {"name": "Jo Bloggs", "post": "Chief Accountant", "phone": "01234 567890", "email": "jo@council.gov.uk"}),
        ("director", {"name": "Sam Smith", "post": "Corporate Director Finance", "phone": "01234 567891", "email": "sam@council.gov.uk"}),
    ]


def test_a_grid_row_whose_right_detail_ran_into_the_left_cell_is_split_and_a_role_heading_switches_role():
    xs = [[70, 280], [70, 280], [70], [70, 280], [280], [280], [280]]
    lines = _lines(
        "Report Authors:\tLead Directors", "Ann Lee\tBo Chan, Director of Care", "Head of Service bo@council.gov.uk",
        "ann@council.gov.uk\tCorporate Directors", "Cy Dee", "Corporate Director", "cy@council.gov.uk", xs=xs,
    )
    people = [(role, p.get("name"), p.get("email")) for _, role, p in later_contacts(lines)]
    assert people == [
        ("author", "Ann Lee", "ann@council.gov.uk"),
        ("lead", "Bo Chan", "bo@council.gov.uk"),
        ("director", "Cy Dee", "cy@council.gov.uk"),
    ]


def test_a_labelled_author_line_takes_the_contact_details_below_it():
    lines = _lines("Report Author:\tOliver Twist", "Contact Details: oliver.twist@ca.gov.uk", "", "Next part")
    assert [(role, p) for _, role, p in later_contacts(lines)] == [
        ("author", {"name": "Oliver Twist", "email": "oliver.twist@ca.gov.uk"})
    ]


def test_a_role_word_heading_body_text_is_not_a_contact_block():
    lines = _lines("Author", "The author of the strategy set out the aims.", "It was agreed in May.")
    assert later_contacts(lines) == []


def test_a_name_before_a_job_title_label_is_the_name():
    assert split_sublabels("Adam Crowther Job title: Head of City Transport") == [
        ("name", "Adam Crowther"), ("post", "Head of City Transport"),
    ]


def test_detail_labels_printed_above_their_values_in_a_grid_are_not_people():
    lines = _lines("Report Author:\tRelevant Director:", "Nick Ames\tCara Moss", "Telephone number\tTelephone number",
                   "01234 567890\t01234 567891", "Email address\tEmail address", "nick@c.gov.uk\tcara@c.gov.uk")
    assert [(role, p.get("name"), p.get("email")) for _, role, p in later_contacts(lines)] == [
        ("author", "Nick Ames", "nick@c.gov.uk"), ("director", "Cara Moss", "cara@c.gov.uk"),
    ]
