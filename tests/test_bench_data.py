"""The dashboard benchmark's synthetic snapshot keeps the table contract, so `make bench`
measures the tables the ETL writes (a column added to etl/schema.py must reach it too)."""
from __future__ import annotations

from bench.synthetic import synthetic_tables
from etl import schema


def test_the_synthetic_snapshot_has_every_table_of_the_contract_with_its_columns():
    tables = synthetic_tables(n_cases=200, n_figures=1000)
    for name, table in tables.items():
        if name in schema.TABLES:
            assert table.schema.equals(schema.TABLES[name]), name
    assert {"documents", "cases", "metrics"} <= set(tables)
    cases = tables["cases"].to_pydict()
    assert len(cases["case_id"]) == 200 and all(cases["agency_key"])
