"""The dashboard's DuckDB database: views over the current Parquet snapshot.

One in-memory database is shared by every session (st.cache_resource); each
query runs on its own cursor, because one DuckDB connection must not be used
from several threads at once.  The views call read_parquet, so every query
reads the files that are in the snapshot folder *now*: when the ETL swaps in a
new snapshot, the next query sees it without a restart.
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
    """Views named after the tables in etl/schema.py, plus the vocabularies the pages need."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.con = duckdb.connect(":memory:")
        self.con.execute("SET threads TO 2")
        for name, table_schema in schema.TABLES.items():
            path = folder / f"{name}.parquet"
            if path.exists():
                self.con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_sql_string(str(path))})")
            else:  # an older snapshot without this table: an empty table keeps every query valid
                self.con.register(f"_empty_{name}", table_schema.empty_table())
                self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM _empty_{name}")
                self.con.unregister(f"_empty_{name}")
        self._create_vocab_views()

    def _create_vocab_views(self) -> None:
        """indicator_vocab(key, name_zh, direction) from etl/vocab/indicators.csv (empty if unusable)."""
        path = VOCAB_DIR / "indicators.csv"
        empty = ("CREATE OR REPLACE VIEW indicator_vocab AS SELECT NULL::VARCHAR AS key, "
                 "NULL::VARCHAR AS name_zh, NULL::VARCHAR AS direction LIMIT 0")
        self.con.execute(empty)
        if path.exists():
            try:
                self.con.execute("CREATE OR REPLACE VIEW indicator_vocab AS SELECT key, name_zh, direction "
                                 f"FROM read_csv({_sql_string(str(path))}, header = true, all_varchar = true)")
                self.con.execute("SELECT * FROM indicator_vocab LIMIT 1").fetchall()
            except duckdb.Error:  # a vocabulary mid-edit must not take the dashboard down
                self.con.execute(empty)

    def query(self, sql: str, params: dict | None = None, *, what: str = "",
              timeout: float | None = None) -> pd.DataFrame:
        """Run one statement on a fresh cursor; interrupt it after `timeout` seconds."""
        timeout = query_timeout() if timeout is None else timeout
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

    @st.cache_resource(show_spinner=False, max_entries=4)
    def _database(folder: str, snapshot_key: str) -> Database:
        # Keyed on the snapshot too: a new snapshot may bring a table the old one lacked.
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
