"""Lots, lot budgets and contracts per lot: structure, not the seed's names."""

from decimal import Decimal

from tests.pack_helpers import facts, golden_tables, item_from_text, kinds, rows, seed_item, typed

from schemas.pack_tables import Contract, Lot, LotBudget

SEED = "004_c00d3727959acbdb"

RETYPED = """The Framework will have these lots. The proposed lots are:

Lot\tLot Title\tDescriptor
1\tCarers Breaks\tShort breaks for unpaid carers
2\tBefriending\tVolunteer visiting for isolated people

3.1 The funding per lot is below, with an additional 10% for growth.

\tAnnual Scoped Contract Spend (All Commissioning Authorities)\tCouncil Contribution (Annual)\tTotal Annual Lot Budget (includes additional 10%)\tTotal Contract Term (includes additional 10%)
Lot 1 – Carers Breaks\t£100,000\t£60,000\t£110,000\t£440,000
Lot 2 – Befriending\t£50,000\t£50,000\t£55,000\t£220,000

3.2 The initial contract term will be 3 years with an option to extend for a further 1 year. The total framework budget across the whole contract term is £660,000 with the Council's commitment, based on current contract spend, £440,000.

LOT 1 – CARERS BREAKS

Provider\tContract/Grant\tAnnual Value
Hillside Trust\tRespite Nights\t£40,000.00
Hillside Trust\tDay Breaks\t£20,000.00
\tTotal Value\t£60,000

LOT 2 – BEFRIENDING

Provider\tContract/Grant\tAnnual Value
Oak Friends\tTelephone Befriending\t£50,000.00

\tTotal Value\t£50,000
--\t--------\t-----
"""


def test_retyped_pack_tables_get_their_kinds():
    assert kinds(item_from_text(RETYPED)) == ["lots", "lot_budget", "contracts", "contracts"]


def test_lots_rows_keep_number_title_and_descriptor():
    lots = rows(typed(item_from_text(RETYPED), "lots"), Lot)
    assert [(x.lot, x.title, x.descriptor) for x in lots] == [
        ("1", "Carers Breaks", "Short breaks for unpaid carers"),
        ("2", "Befriending", "Volunteer visiting for isolated people"),
    ]


def test_lot_budget_columns_found_by_header_words():
    budget = rows(typed(item_from_text(RETYPED), "lot_budget"), LotBudget)
    assert [(b.lot, b.annual_scoped_contract_spend_gbp, b.ccc_contribution_annual_gbp,
             b.total_annual_lot_budget_gbp, b.total_contract_term_gbp) for b in budget] == [
        ("1", 100000, 60000, 110000, 440000),
        ("2", 50000, 50000, 55000, 220000),
    ]


def test_lot_budget_facts_from_header_and_prose_after_the_table():
    records = typed(item_from_text(RETYPED), "lot_budget")
    assert facts(records, "uplift_pct")[0].value_text == "10%"
    assert facts(records, "term_years")[0].value_text == "4"  # 3 years + a further 1
    assert facts(records, "stated_framework_total_gbp")[0].value_gbp == 660000
    assert facts(records, "stated_ccc_commitment_gbp")[0].value_gbp == 440000


def test_contracts_total_row_is_a_fact_not_a_contract_and_lot_comes_from_heading():
    records = typed(item_from_text(RETYPED), "contracts")
    contracts = rows(records, Contract)
    assert [(c.lot, c.provider, c.contract, c.annual_value_gbp) for c in contracts] == [
        ("1", "Hillside Trust", "Respite Nights", 40000),
        ("1", "Hillside Trust", "Day Breaks", 20000),
        ("2", "Oak Friends", "Telephone Befriending", 50000),
    ]
    assert [f.value_gbp for f in facts(records, "stated_total_gbp")] == [60000, 50000]
    assert [f.value_text for f in facts(records, "lot")] == ["1", "2"]


def test_seed_lots_match_answer_key():
    key = golden_tables(SEED, "lots")[0]["rows"]
    got = rows(typed(seed_item(SEED), "lots"), Lot)
    assert [(g.lot, g.title) for g in got] == [(k["lot"], k["title"]) for k in key]
    assert all(g.descriptor.startswith(k["descriptor_starts"]) for g, k in zip(got, key))


def test_seed_lot_budget_matches_answer_key():
    table = golden_tables(SEED, "lot_budget")[0]
    records = typed(seed_item(SEED), "lot_budget")
    got = rows(records, LotBudget)
    fields = ("lot", "label", "annual_scoped_contract_spend_gbp", "ccc_contribution_annual_gbp",
              "total_annual_lot_budget_gbp", "total_contract_term_gbp")
    assert [tuple(getattr(g, f) for f in fields) for g in got] == [tuple(k[f] for f in fields) for k in table["rows"]]
    assert facts(records, "stated_framework_total_gbp")[0].value_gbp == table["stated_framework_total_gbp"]
    assert facts(records, "stated_ccc_commitment_gbp")[0].value_gbp == table["stated_ccc_commitment_gbp"]


def test_seed_contracts_match_answer_key_per_lot():
    records = typed(seed_item(SEED), "contracts")
    for table in golden_tables(SEED, "contracts"):
        lot_fact = next(f for f in facts(records, "lot") if f.value_text == table["lot"])
        got = [c for c in rows(records, Contract) if c.table_id == lot_fact.table_id]
        assert [(c.provider, c.contract, c.annual_value_gbp) for c in got] == [
            (k["provider"], k["contract"], Decimal(k["annual_value_gbp"])) for k in table["rows"]
        ]
        total = next(f for f in facts(records, "stated_total_gbp") if f.table_id == lot_fact.table_id)
        assert total.value_gbp == table["stated_total_gbp"]
