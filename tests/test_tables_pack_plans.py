"""Action log, agenda plan, training plan and glossary: the tables where a blank
first cell means "same as above" or "none", not a wrapped cell."""

import datetime as dt

from tests.pack_helpers import facts, golden_tables, item_from_text, rows, seed_item, typed

from schemas.pack_tables import ActionLogEntry, AgendaPlanEntry, GlossaryEntry, TrainingSession

SEED = "004_c00d3727959acbdb"

ACTION_LOG = """This is the updated action log as at 3 March 2021

Meeting 14 January 2021

Minute No.\tReport Title\tAction to be taken by\tAction\tComments\tStatus\tReview Date
17.\tHome Care Review\tJo Bloggs\tCirculate the review.\tSent on 2 Feb.\tClosed\t
18.\tDay Centres\tSam Smith\tReport back on usage.\tDue in spring.\tOngoing\t12/04/21
"""

AGENDA_PLAN = """Published on 2nd March 2021

Committee date\tAgenda item\tLead officer\tReference if key decision\tDeadline for reports\tAgenda despatch date
11/03/21\tHome Care Tender\tA Jones\t2021/010\t26/02/21\t03/03/21
\tCarers Strategy\tB Khan\tNot applicable

Committee date\tAgenda item\tLead officer\tReference if key decision\tDeadline for reports\tAgenda despatch date
\tLibraries Update\tC Wu\tNot applicable\tCirculate via email
08/04/21 (Provisional Date)\t\t\t\t26/03/21\t31/03/21
13/05/21\tAnnual Report\tD Roy\tNot applicable\t30/04/21\t05/05/21

To be programmed:

• Respite review - A Jones
• Transport policy B Khan
"""

TRAINING = """Training Plan 2021/22

Suggested Dates\tTimings\tTopic\tPresenter\tLocation\tAudience\tNotes
Member Seminar 9 June 21\t\tHousing Options\tPat Doe\tCounty Hall\tAll Members\tBooked
Member Seminar 7 or 14 July 21\t\tSafeguarding\tLee Fox\tCounty Hall\tAll Members

Suggested Dates\tTimings\tTopic\tPresenter\tLocation\tAudience\tNotes
On request\t\tDementia Care\tKim Ray\t\tAll Members
\t\tAutism Services\tMo Ali

Reserve Committee dates for 2021/22

3 June 21
16 September 21
"""

GLOSSARY = """GLOSSARY

Abbreviation/Term\tName\tDescription
HEALTH TERMS
GP\tGeneral Practitioner\tA family doctor.
A&E\tAccident and Emergency\tThe hospital department that treats urgent
\t\tinjuries.

Abbreviation/Term\tName\tDescription
\t\tand illness without an appointment.
COUNCIL TEAMS
OT\tOccupational Therapy\tHelps people stay independent.
"""


def test_action_log_meeting_date_from_heading_and_as_at_fact():
    records = typed(item_from_text(ACTION_LOG), "action_log")
    log = rows(records, ActionLogEntry)
    assert [(e.meeting_date, e.minute_no, e.owner, e.status, e.review_date) for e in log] == [
        (dt.date(2021, 1, 14), "17.", "Jo Bloggs", "Closed", None),
        (dt.date(2021, 1, 14), "18.", "Sam Smith", "Ongoing", dt.date(2021, 4, 12)),
    ]
    assert facts(records, "as_at")[0].value_date == dt.date(2021, 3, 3)


def test_agenda_plan_carries_committee_date_across_repeated_headers():
    records = typed(item_from_text(AGENDA_PLAN), "agenda_plan")
    plan = rows(records, AgendaPlanEntry)
    assert [(p.committee_date, p.committee_date_text, p.agenda_item, p.key_decision_ref) for p in plan] == [
        (dt.date(2021, 3, 11), "11/03/21", "Home Care Tender", "2021/010"),
        (dt.date(2021, 3, 11), None, "Carers Strategy", "Not applicable"),
        (dt.date(2021, 3, 11), None, "Libraries Update", "Not applicable"),
        (dt.date(2021, 4, 8), "08/04/21 (Provisional Date)", None, None),
        (dt.date(2021, 5, 13), "13/05/21", "Annual Report", "Not applicable"),
    ]
    assert (plan[2].deadline, plan[2].deadline_text) == (None, "Circulate via email")
    assert plan[1].deadline is None and plan[0].despatch == dt.date(2021, 3, 3)
    assert facts(records, "published")[0].value_date == dt.date(2021, 3, 2)
    assert [f.value_text for f in facts(records, "to_be_programmed")] == ["Respite review - A Jones", "Transport policy B Khan"]


def test_training_plan_dates_are_not_carried_and_alternatives_have_no_date():
    records = typed(item_from_text(TRAINING), "training_plan")
    plan = rows(records, TrainingSession)
    assert [(t.date_text, t.date, t.topic) for t in plan] == [
        ("Member Seminar 9 June 21", dt.date(2021, 6, 9), "Housing Options"),
        ("Member Seminar 7 or 14 July 21", None, "Safeguarding"),
        ("On request", None, "Dementia Care"),
        (None, None, "Autism Services"),
    ]
    assert [f.value_date for f in facts(records, "reserve_dates")] == [dt.date(2021, 6, 3), dt.date(2021, 9, 16)]


def test_glossary_group_rows_are_headings_and_page_break_tail_joins_entry():
    entries = rows(typed(item_from_text(GLOSSARY), "glossary"), GlossaryEntry)
    assert [(e.group, e.abbreviation, e.name) for e in entries] == [
        ("HEALTH TERMS", "GP", "General Practitioner"),
        ("HEALTH TERMS", "A&E", "Accident and Emergency"),
        ("COUNCIL TEAMS", "OT", "Occupational Therapy"),
    ]
    assert entries[1].description == (
        "The hospital department that treats urgent injuries. and illness without an appointment."
    )


def test_seed_action_log_matches_answer_key():
    table = golden_tables(SEED, "action_log")[0]
    records = typed(seed_item(SEED), "action_log")
    got = rows(records, ActionLogEntry)
    assert len(got) == len(table["rows"])
    for g, k in zip(got, table["rows"]):
        assert (g.meeting_date.isoformat(), g.minute_no, g.report_title, g.owner, g.status, g.review_date) == (
            k["meeting_date"], k["minute_no"], k["report_title"], k["owner"], k["status"], k["review_date"])
        assert g.action.startswith(k["action_starts"]) and g.comments.startswith(k["comments_starts"])
    assert facts(records, "as_at")[0].value_date.isoformat() == table["as_at"]


def _iso(d):
    return d.isoformat() if d else None


def test_seed_agenda_plan_matches_answer_key():
    table = golden_tables(SEED, "agenda_plan")[0]
    records = typed(seed_item(SEED), "agenda_plan")
    got = rows(records, AgendaPlanEntry)
    assert len(got) == len(table["rows"])
    for g, k in zip(got, table["rows"]):
        assert (_iso(g.committee_date), g.committee_date_text, g.agenda_item, g.lead_officer, g.key_decision_ref,
                _iso(g.deadline), _iso(g.despatch)) == (
            k["committee_date"], k["committee_date_text"], k["agenda_item"], k["lead_officer"],
            k["key_decision_ref"], k["deadline"], k["despatch"])
        for text_key in ("deadline_text", "despatch_text"):
            if text_key in k:
                assert getattr(g, text_key) == k[text_key]
    assert facts(records, "published")[0].value_date.isoformat() == table["published"]
    assert [f.value_text for f in facts(records, "to_be_programmed")] == table["to_be_programmed"]


def test_seed_training_plan_matches_answer_key():
    table = golden_tables(SEED, "training_plan")[0]
    records = typed(seed_item(SEED), "training_plan")
    got = rows(records, TrainingSession)
    assert len(got) == len(table["rows"])
    for g, k in zip(got, table["rows"]):
        for key, value in k.items():
            actual = _iso(g.date) if key == "date" else getattr(g, key)
            assert actual == value, (k["topic"], key)
    assert [f.value_text for f in facts(records, "reserve_dates")] == table["reserve_dates_text"]
    assert [f.value_date.isoformat() for f in facts(records, "reserve_dates")] == table["reserve_dates"]


def test_seed_glossary_matches_answer_key():
    key = golden_tables(SEED, "glossary")[0]["rows"]
    got = rows(typed(seed_item(SEED), "glossary"), GlossaryEntry)
    assert [(g.group, g.abbreviation, g.name) for g in got] == [(k["group"], k["abbreviation"], k["name"]) for k in key]
    assert all(g.description.startswith(k["description_starts"]) for g, k in zip(got, key))
    assert got[10].description.endswith("unable to no longer consent to their care or treatment.")
