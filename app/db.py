"""The dashboard's DuckDB database: views over the current Parquet snapshot,
plus slim in-memory tables derived from it once per snapshot.

One in-memory database is shared by every session (st.cache_resource); each
query runs on its own cursor, because one DuckDB connection must not be used
from several threads at once.  The views (named after the tables of
etl/schema.py) call read_parquet, so they read the files that are in the
snapshot folder *now*.

Why the derived tables: at national scale (100k cases, 1.5M figures) re-reading
and re-aggregating the Parquet files on every page view costs 100-400 ms a query.
So when a snapshot is opened, everything but the big text columns is copied into
DuckDB memory once (case_facts, figure_facts, document_facts, ...), with the
per-case counts the leaderboards need already counted.  The big text columns
(cases.text, metrics.sentence, documents.text) stay in Parquet; queries fetch
them only for the few rows they show, by `text_row` / `sentence_row` (the row's
position in its Parquet file).  When the ETL swaps in a new snapshot (the
manifest's key changes) the derived tables are rebuilt before the next query.
"""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from etl import schema

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT_MANIFEST = "_snapshot.json"
VOCAB_DIR = ROOT / "etl" / "vocab"
DEFAULT_TIMEOUT_SECONDS = 10.0


class QueryTimeout(Exception):
    """A query ran past its time limit and was interrupted."""

    def __init__(self, seconds: float, what: str):
        super().__init__(f"{what} timed out after {seconds}s")
        self.seconds = seconds
        self.what = what


def data_dir() -> Path:
    """The snapshot folder: $REFORM_DATA_DIR, default data/parquet under the project."""
    path = Path(os.environ.get("REFORM_DATA_DIR", "data/parquet"))
    return path if path.is_absolute() else ROOT / path


def query_timeout() -> float:
    try:
        return float(os.environ.get("REFORM_QUERY_TIMEOUT", DEFAULT_TIMEOUT_SECONDS))
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS


@dataclass(frozen=True)
class Snapshot:
    folder: Path
    snapshot_id: str
    manifest: dict

    @property
    def key(self) -> str:
        """Changes whenever the ETL swaps in a new snapshot; caches are keyed on it."""
        return f"{self.folder}:{self.snapshot_id}"


def current_snapshot(folder: Path | None = None) -> Snapshot | None:
    """The manifest of the snapshot now in place, or None when there is none."""
    folder = folder or data_dir()
    path = folder / SNAPSHOT_MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        mtime = path.stat().st_mtime_ns
    except (OSError, ValueError):
        return None
    return Snapshot(folder, f"{manifest.get('snapshot_id', '')}@{mtime}", manifest)


def _sql_string(text: str) -> str:
    # DDL cannot take bound parameters; the path comes from our own config, never from a user.
    return "'" + text.replace("'", "''") + "'"


class Database:
    """Views named after the tables in etl/schema.py, the in-memory tables derived from
    them (_derived_sql, plus hot.figure_sentences) and the vocabularies the pages need.

    At 100k cases / 1.5M figures the derived tables take ~320 MB of DuckDB memory and
    ~2.5 s to build; the dashboard server peaks at ~670 MB (bench/dashboard_bench.py)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.con = duckdb.connect(":memory:")
        self.con.execute("SET threads TO 2")
        # Compressed in-memory storage for the figures' sentences: fetched for any 100-5000 rows
        # a page shows in ~10 ms, where decoding the Parquet column again costs 30-70 ms.
        self.con.execute("ATTACH ':memory:' AS hot (COMPRESS)")
        self._lock = threading.Lock()
        self.snapshot_key: str | None = None
        self._load()

    def _parquet(self, name: str) -> Path | None:
        path = self.folder / f"{name}.parquet"
        return path if path.exists() else None

    def _load(self) -> None:
        """(Re)create the views and derived tables for the snapshot in the folder now."""
        snap = current_snapshot(self.folder)
        for name, table_schema in schema.TABLES.items():
            path = self._parquet(name)
            self.con.execute(f"DROP VIEW IF EXISTS {name}")
            self.con.execute(f"DROP TABLE IF EXISTS {name}")
            if path is not None:
                self.con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_sql_string(str(path))})")
            else:  # an older snapshot without this table: an empty table keeps every query valid
                self.con.register(f"_empty_{name}", table_schema.empty_table())
                self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM _empty_{name}")
                self.con.unregister(f"_empty_{name}")
        for name in ("cases", "metrics", "documents"):  # their big text, read by row position
            self.con.execute(f"CREATE OR REPLACE VIEW {name}_numbered AS SELECT * FROM {self._numbered(name)}")
        self._create_vocab_views()
        # One transaction: a query on another cursor sees the old tables or the new ones, never a mix.
        self.con.execute("BEGIN TRANSACTION")
        try:
            for statement in self._derived_sql():
                self.con.execute(statement)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        # A second database: DuckDB writes to one database per transaction.
        self.con.execute(f"""CREATE OR REPLACE TABLE hot.figure_sentences AS
            SELECT file_row_number AS sentence_row, sentence FROM {self._numbered("metrics")}""")
        self.snapshot_key = snap.key if snap else None

    def _numbered(self, name: str) -> str:
        """FROM-clause for a table with its Parquet row position as `file_row_number`."""
        path = self._parquet(name)
        if path is None:
            return f"(SELECT *, NULL::BIGINT AS file_row_number FROM {name})"
        return f"read_parquet({_sql_string(str(path))}, file_row_number = true)"

    def _derived_sql(self) -> list[str]:
        return [
            # Figures without their sentence.  Sorted by indicator so that
            # one indicator's figures sit together and the scan skips the rest (zone maps).
            # case_row (the case's text_row) is an integer join key: joining 1.5M figures to a few
            # hundred cases on it costs a few ms, on the case_id string ~60 ms.
            f"""CREATE OR REPLACE TABLE figure_facts AS
                SELECT m.* EXCLUDE (sentence, doc_id, file_row_number), m.file_row_number AS sentence_row,
                       c.case_row
                FROM {self._numbered("metrics")} m
                LEFT JOIN (SELECT case_id, min(file_row_number) AS case_row FROM {self._numbered("cases")}
                           GROUP BY case_id) c ON c.case_id = m.case_id
                ORDER BY m.indicator NULLS LAST, m.label, m.case_id""",
            # Cases without their text, with what the leaderboards and counts need per case.
            f"""CREATE OR REPLACE TABLE case_facts AS
                WITH per_case AS (
                    SELECT case_id, count(*) AS n_figures,
                           count(DISTINCT coalesce(indicator, label || '|' || coalesce(unit, ''))) AS n_results
                    FROM figure_facts GROUP BY case_id)
                SELECT c.* EXCLUDE (text, file_row_number), c.file_row_number AS text_row,
                       coalesce(p.n_figures, 0) AS n_figures, coalesce(p.n_results, 0) AS n_results,
                       -- The data page's two table orders as integers: sorting thousands of rows
                       -- on them is cheap, on the Chinese strings they stand for it is not.
                       row_number() OVER (ORDER BY c.year DESC NULLS LAST, c.province, c.agency, c.doc_id,
                                          c.seq, c.case_id) AS case_list_order,
                       row_number() OVER (ORDER BY c.year DESC NULLS LAST, c.doc_id, c.seq,
                                          c.case_id) AS figure_list_order
                FROM {self._numbered("cases")} c LEFT JOIN per_case p ON p.case_id = c.case_id""",
            "CREATE INDEX case_facts_id ON case_facts (case_id)",
            f"""CREATE OR REPLACE TABLE document_facts AS
                SELECT * EXCLUDE (text, file_row_number), file_row_number AS text_row
                FROM {self._numbered("documents")}""",
            "CREATE INDEX document_facts_id ON document_facts (doc_id)",
            # Small tables without big text: wholly in memory, under their own names.
            "CREATE OR REPLACE TABLE score_facts AS SELECT * FROM case_scores",
            "CREATE INDEX score_facts_id ON score_facts (case_id)",
            "CREATE OR REPLACE TABLE recognition_facts AS SELECT * FROM recognitions",
            "CREATE INDEX recognition_facts_id ON recognition_facts (case_id)",
            # The indicator picker without filters: what the whole snapshot quantifies, counted once.
            """CREATE OR REPLACE TABLE result_key_totals AS
                SELECT CASE WHEN m.indicator IS NOT NULL THEN 'ind:' || m.indicator
                            ELSE 'lu:' || m.label || '|' || coalesce(m.unit, '') END AS key,
                       min(coalesce(v.name_zh, m.indicator, m.label) || '（' || coalesce(m.unit, '') || '）') AS label,
                       count(DISTINCT m.case_id) AS n_cases
                FROM figure_facts m LEFT JOIN indicator_vocab v ON v.key = m.indicator
                WHERE m.indicator IS NOT NULL OR m.label IS NOT NULL
                GROUP BY 1""",
            """CREATE OR REPLACE TABLE indicator_use AS
                SELECT indicator, count(*) AS n_figures, count(DISTINCT case_id) AS n_cases
                FROM figure_facts WHERE indicator IS NOT NULL GROUP BY indicator""",
        ]

    def _create_vocab_views(self) -> None:
        """indicator_vocab(key, name_zh, direction) from etl/vocab/indicators.csv (empty if unusable).

        A table, read when the snapshot is opened: the figures were mapped with it."""
        path = VOCAB_DIR / "indicators.csv"
        empty = ("CREATE OR REPLACE TABLE indicator_vocab AS SELECT NULL::VARCHAR AS key, "
                 "NULL::VARCHAR AS name_zh, NULL::VARCHAR AS direction LIMIT 0")
        if path.exists():
            try:
                self.con.execute("CREATE OR REPLACE TABLE indicator_vocab AS SELECT key, name_zh, direction "
                                 f"FROM read_csv({_sql_string(str(path))}, header = true, all_varchar = true)")
                return
            except duckdb.Error:  # a vocabulary mid-edit must not take the dashboard down
                pass
        self.con.execute(empty)

    def refresh(self) -> None:
        """Rebuild the derived tables when the ETL has swapped in a new snapshot since they were built."""
        snap = current_snapshot(self.folder)
        if (snap.key if snap else None) == self.snapshot_key:
            return
        with self._lock:
            snap = current_snapshot(self.folder)
            if (snap.key if snap else None) != self.snapshot_key:
                self._load()

    def query(self, sql: str, params: dict | None = None, *, what: str = "",
              timeout: float | None = None) -> pd.DataFrame:
        """Run one statement on a fresh cursor; interrupt it after `timeout` seconds."""
        timeout = query_timeout() if timeout is None else timeout
        self.refresh()
        cursor = self.con.cursor()
        timer = threading.Timer(timeout, cursor.interrupt)
        timer.daemon = True
        timer.start()
        try:
            return cursor.execute(sql, params or {}).df()
        except duckdb.InterruptException as exc:
            raise QueryTimeout(timeout, what or sql.split("\n", 1)[0]) from exc
        finally:
            timer.cancel()
            cursor.close()

    def scalar(self, sql: str, params: dict | None = None, **kw):
        frame = self.query(sql, params, **kw)
        return None if frame.empty else frame.iat[0, 0]


def open_database(folder: Path | None = None) -> Database:
    return Database(folder or data_dir())


# --- Streamlit side: one Database per snapshot folder for the whole server ------------

def get_database() -> Database:
    import streamlit as st

    # One entry: each Database holds its snapshot's derived tables in memory, and an old
    # snapshot's must be let go (sessions still running on it keep their reference).
    @st.cache_resource(show_spinner=False, max_entries=1)
    def _database(folder: str, snapshot_key: str) -> Database:
        # Keyed on the snapshot too: a fresh Database builds fresh derived tables.
        return Database(Path(folder))

    snap = current_snapshot()
    return _database(str(data_dir()), snap.key if snap else "")


def guarded(fn, *args, default=None, **kwargs):
    """Run a query function for a page; on timeout say so on the page and go on rendering."""
    import streamlit as st

    from app.ui_text import T
    try:
        return fn(*args, **kwargs)
    except QueryTimeout as exc:
        st.warning(T["timeout"].format(seconds=f"{exc.seconds:g}", what=exc.what))
        return default
