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
(cases.text, metrics.sentence, documents.text) go into a second, compressed
in-memory database (hot.case_texts, hot.figure_sentences, hot.document_texts)
keyed by `text_row` / `sentence_row` (the row's position in its Parquet file):
queries join them only for the few rows they show, in well under a millisecond,
where decoding a Parquet text column again costs 5-70 ms.  When the ETL swaps in a new snapshot (the
manifest's key changes) the derived tables are rebuilt before the next query.
"""
from __future__ import annotations

import itertools
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

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


class _Watchdog:
    """One thread that interrupts the queries running past their deadline.

    A threading.Timer per query would cost more than a point lookup takes."""

    def __init__(self):
        self._wake = threading.Condition()
        self._running: dict[int, tuple[float, object]] = {}  # token -> (deadline, cursor)
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, cursor, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        with self._wake:
            token = next(self._tokens)
            earliest = min((d for d, _ in self._running.values()), default=None)
            self._running[token] = (deadline, cursor)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="query-watchdog", daemon=True)
                self._thread.start()
            elif earliest is None or deadline < earliest:
                self._wake.notify()
        return token

    def done(self, token: int) -> None:
        # Under the lock: once this returns the cursor can no longer be interrupted.
        with self._wake:
            self._running.pop(token, None)

    def _interrupt_overdue(self, now: float) -> None:
        # A function of its own, so that the sleeping loop holds no cursor (a daemon
        # thread's references are never released at exit).
        for token in [t for t, (deadline, _) in self._running.items() if deadline <= now]:
            self._running.pop(token)[1].interrupt()

    def _loop(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                self._interrupt_overdue(now)
                earliest = min((d for d, _ in self._running.values()), default=None)
                self._wake.wait(None if earliest is None else max(earliest - now, 0.001))


_WATCHDOG = _Watchdog()


def _sql_string(text: str) -> str:
    # DDL cannot take bound parameters; the path comes from our own config, never from a user.
    return "'" + text.replace("'", "''") + "'"


# case_facts columns with few distinct values that the pages group and filter by, kept as
# ENUMs: counting 100k cases by a dictionary code is ~4x faster than by the string.  The
# values are sorted, so ORDER BY gives the same order as on the strings; results reach
# pandas as plain strings again (_plain_strings, _frame).
ENUM_COLUMNS = ("agency_type", "province", "city", "county", "domain")


def _plain_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """ENUM columns arrive from .df() as pandas categoricals; the pages expect strings."""
    for col in frame.columns:
        if isinstance(frame[col].dtype, pd.CategoricalDtype):
            frame[col] = frame[col].astype("str")
    return frame


_NULLABLE_INTS = {pa.int8(): pd.Int8Dtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype(),
                  pa.int64(): pd.Int64Dtype(), pa.uint8(): pd.UInt8Dtype(), pa.uint16(): pd.UInt16Dtype(),
                  pa.uint32(): pd.UInt32Dtype(), pa.uint64(): pd.UInt64Dtype()}


def _frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow result as DuckDB's .df() gives it (Database.table): integers with NULLs as
    nullable integers (not floats), dates as datetime64[us], ENUMs as plain strings."""
    columns = [c.cast(c.type.value_type) if pa.types.is_dictionary(c.type) else c for c in table.columns]
    table = pa.table(columns, names=table.column_names)
    frame = table.to_pandas(date_as_object=False, coerce_temporal_nanoseconds=False)
    for field, column in zip(table.schema, table.columns):
        if pa.types.is_integer(field.type) and column.null_count:
            frame[field.name] = column.to_pandas(types_mapper=_NULLABLE_INTS.get)
        elif pa.types.is_date(field.type) or pa.types.is_timestamp(field.type):
            frame[field.name] = frame[field.name].astype("datetime64[us]")
    return frame


class Database:
    """Views named after the tables in etl/schema.py, the in-memory tables derived from
    them (_derived_sql, plus the hot.* text tables) and the vocabularies the pages need.

    At 100k cases / 1.5M figures the derived tables and texts take ~410 MB of DuckDB memory
    and ~3 s to build; the dashboard server peaks at ~750 MB (bench/dashboard_bench.py)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.con = duckdb.connect(":memory:")
        self.con.execute("SET threads TO 2")
        # Compressed in-memory storage for the big text columns (see the module docstring).
        self.con.execute("ATTACH ':memory:' AS hot (COMPRESS)")
        self._lock = threading.Lock()
        self.snapshot_key: str | None = None
        self._load()

    def _parquet(self, name: str) -> Path | None:
        path = self.folder / f"{name}.parquet"
        return path if path.exists() else None

    def _manifest_stat(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.folder / SNAPSHOT_MANIFEST)
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns

    def _load(self) -> None:
        """(Re)create the views and derived tables for the snapshot in the folder now."""
        seen = self._manifest_stat()    # before reading: a swap during the load is seen next time
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
        # A second database: DuckDB writes to one database per transaction.  Sorted by row
        # position, so a lookup of one row reads one compressed block (zone maps).
        for table, source, row, column in (("figure_sentences", "metrics", "sentence_row", "sentence"),
                                           ("case_texts", "cases", "text_row", "text"),
                                           ("document_texts", "documents", "text_row", "text")):
            self.con.execute(f"""CREATE OR REPLACE TABLE hot.{table} AS
                SELECT file_row_number AS {row}, {column} FROM {self._numbered(source)} ORDER BY 1""")
        self._memo: dict = {}  # per_snapshot answers of the old snapshot are void
        self._scored = bool(self.con.execute("SELECT EXISTS (SELECT 1 FROM score_facts)").fetchone()[0])
        self.snapshot_key = snap.key if snap else None
        self._manifest_seen = seen

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
                -- (the pages rank, filter and count an agency by its key, one name in every report;
                -- the name as the report writes it in full is kept beside it)
                SELECT c.* EXCLUDE (text, file_row_number, agency, agency_key){self._enum_replace("c")},
                       coalesce(c.agency_key, c.agency) AS agency, c.agency AS agency_full,
                       c.file_row_number AS text_row,
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
                WHERE (m.indicator IS NOT NULL OR m.label IS NOT NULL)
                  AND m.case_id IS NOT NULL   -- (a document's own figure quantifies no case)
                GROUP BY 1""",
            """CREATE OR REPLACE TABLE indicator_use AS
                SELECT indicator, count(*) AS n_figures, count(DISTINCT case_id) AS n_cases
                FROM figure_facts WHERE indicator IS NOT NULL GROUP BY indicator""",
        ]

    def _enum_replace(self, alias: str) -> str:
        """` REPLACE (...)` casting case_facts' ENUM_COLUMNS to ENUMs of this snapshot's values."""
        casts = []
        for col in ENUM_COLUMNS:
            values = [row[0] for row in self.con.execute(
                f"SELECT DISTINCT {col} FROM cases WHERE {col} IS NOT NULL ORDER BY 1").fetchall()]
            if values:  # an ENUM needs at least one value
                casts.append(f"{alias}.{col}::ENUM({', '.join(map(_sql_string, values))}) AS {col}")
        return f" REPLACE ({', '.join(casts)})" if casts else ""

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
        seen = self._manifest_stat()
        if seen is not None and seen == self._manifest_seen:
            return                  # the same manifest file, unchanged: nothing to read
        snap = current_snapshot(self.folder)
        if (snap.key if snap else None) == self.snapshot_key:
            return
        with self._lock:
            snap = current_snapshot(self.folder)
            if (snap.key if snap else None) != self.snapshot_key:
                self._load()

    def has_scores(self) -> bool:
        """Whether the snapshot now in place carries benchmark scores (issue 4): older
        snapshots rank on evidence alone.  Known from its load, no query."""
        self.refresh()
        return self._scored

    def per_snapshot(self, name: str, compute):
        """A value that depends on nothing but the snapshot (and the vocabularies read with it):
        computed on first use, kept until the next snapshot is loaded."""
        self.refresh()
        memo = self._memo
        if name not in memo:
            memo[name] = compute()
        return memo[name]

    def _run(self, sql: str, params: dict | None, what: str, timeout: float | None, fetch):
        """Run one statement on a fresh cursor, `fetch(cursor, sql, params)` its result;
        interrupt it after `timeout` seconds."""
        timeout = query_timeout() if timeout is None else timeout
        self.refresh()
        cursor = self.con.cursor()
        token = _WATCHDOG.watch(cursor, timeout)
        try:
            return fetch(cursor, sql, params or {})
        except duckdb.InterruptException as exc:
            raise QueryTimeout(timeout, what or sql.split("\n", 1)[0]) from exc
        finally:
            _WATCHDOG.done(token)
            cursor.close()

    def query(self, sql: str, params: dict | None = None, *, what: str = "",
              timeout: float | None = None) -> pd.DataFrame:
        return self._run(sql, params, what, timeout,
                         lambda cursor, sql, params: _plain_strings(cursor.execute(sql, params).df()))

    def table(self, sql: str, params: dict | None = None, *, what: str = "",
              timeout: float | None = None) -> pd.DataFrame:
        """Like query(), for listings of up to thousands of rows: by way of Arrow, which
        has a higher fixed cost per result but converts many rows of text twice as fast."""
        # A relation, not execute(): Arrow from an executed statement costs an extra copy.
        return self._run(sql, params, what, timeout,
                         lambda cursor, sql, params: _frame(cursor.sql(sql, params=params).to_arrow_table()))

    def record(self, sql: str, params: dict | None = None, *, what: str = "",
               timeout: float | None = None) -> dict | None:
        """The first row as a dict, or None.  For point lookups: building a one-row
        DataFrame costs several times more than the lookup itself."""
        def first(cursor, sql, params):
            result = cursor.execute(sql, params)
            row = result.fetchone()
            return None if row is None else dict(zip((c[0] for c in result.description), row))
        return self._run(sql, params, what, timeout, first)

    def scalar(self, sql: str, params: dict | None = None, *, what: str = "", timeout: float | None = None):
        def first(cursor, sql, params):
            row = cursor.execute(sql, params).fetchone()
            return None if row is None else row[0]
        return self._run(sql, params, what, timeout, first)


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
