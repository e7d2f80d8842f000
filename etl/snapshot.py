"""Build a complete set of tables in a temporary folder, then swap it in.

Documents are streamed: workers extract one document at a time and the rows
are flushed to Parquet in batches, so memory stays flat however large the
corpus is.  The new tables become visible all at once (an atomic directory
exchange), so a run that crashes or is killed leaves the previous snapshot
complete and readable.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import json
import multiprocessing as mp
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from etl import schema, scoring
from etl.pipeline import DocumentRows, extract_document
from etl.records import UnreadableFile

# `.txt` now; other formats come later and plug in here.
READABLE_SUFFIXES = {".txt"}
BATCH_DOCUMENTS = 500
SNAPSHOT_MANIFEST = "_snapshot.json"
SKIPPED = pa.schema([("source_path", pa.string()), ("reason", pa.string())])


@dataclass
class RunSummary:
    documents: int = 0
    cases: int = 0
    metrics: int = 0
    recognitions: int = 0
    raw_bytes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        text = (f"读取文档 {self.documents} 篇，案例 {self.cases} 个，数据 {self.metrics} 条，"
                f"荣誉/推广 {self.recognitions} 条，跳过文件 {len(self.skipped)} 个")
        if self.skipped:
            text += "：" + "；".join(f"{p}（{r}）" for p, r in self.skipped[:20])
            if len(self.skipped) > 20:
                text += f"；另有 {len(self.skipped) - 20} 个见 skipped_files.parquet"
        return text


class NothingReadable(Exception):
    """No document in the input could be read; str(exc) is the user's message."""


def list_inputs(input_dir: Path) -> list[Path]:
    """Every file under input_dir, sorted so runs are deterministic."""
    return sorted(p for p in input_dir.rglob("*") if p.is_file() and not p.name.startswith("."))


TABLES = ("documents", "cases", "metrics", "recognitions")


@dataclass
class _Columns:
    """One document's rows as columns in schema order.  Workers send this instead of the
    row dicts: it pickles smaller, and the parent appends columns and builds Arrow arrays
    from them without turning rows into columns itself (the parent is the one serial step)."""
    sha256: str
    tables: dict[str, tuple[list, ...]]

    def count(self, name: str) -> int:
        return len(self.tables[name][0])


# A case's text is the slice [char_start, char_end) of its document's text: it is not sent
# (that would double the text the parent unpickles) but cut again in the parent.
_DOC_TEXT = schema.TABLES["documents"].names.index("text")
_CASE_TEXT, _CASE_START, _CASE_END = (schema.TABLES["cases"].names.index(c) for c in ("text", "char_start", "char_end"))


def _as_columns(rows: DocumentRows) -> _Columns:
    tables = {name: tuple([row.get(col) for row in getattr(rows, name)] for col in schema.TABLES[name].names)
              for name in TABLES}
    tables["cases"][_CASE_TEXT].clear()
    return _Columns(rows.sha256, tables)


def _case_texts(rows: _Columns) -> list[str]:
    doc_text = rows.tables["documents"][_DOC_TEXT][0]
    cases = rows.tables["cases"]
    return [doc_text[a:z] for a, z in zip(cases[_CASE_START], cases[_CASE_END])]


def _extract_file(job: tuple[str, str]) -> tuple[str, int, _Columns | str]:
    """Worker: (path, relative path) -> (relative path, size, rows or skip reason)."""
    path, rel = job
    if Path(path).suffix.lower() not in READABLE_SUFFIXES:
        return rel, 0, f"不支持的文件类型（{Path(path).suffix or '无扩展名'}），目前只读取 .txt"
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return rel, 0, f"无法读取文件：{exc.strerror}"
    try:
        return rel, len(raw), _as_columns(extract_document(raw, rel))
    except UnreadableFile as exc:
        return rel, len(raw), str(exc)


class _TableWriters:
    """One ParquetWriter per table, fed in batches."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.buffers: dict[str, tuple[list, ...]] = {
            name: tuple([] for _ in schema.TABLES[name].names) for name in TABLES}
        self.writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", schema.TABLES[name], compression="zstd")
                        for name in self.buffers}

    def add(self, rows: _Columns) -> None:
        for name, buf in self.buffers.items():
            for column, values in zip(buf, rows.tables[name]):
                column.extend(values)
        self.buffers["cases"][_CASE_TEXT].extend(_case_texts(rows))

    def flush(self) -> None:
        for name, buf in self.buffers.items():
            if buf[0]:
                table_schema = schema.TABLES[name]
                self.writers[name].write_table(pa.Table.from_arrays(
                    [pa.array(column, type=f.type) for column, f in zip(buf, table_schema)], schema=table_schema))
                for column in buf:
                    column.clear()

    def close(self) -> None:
        self.flush()
        for w in self.writers.values():
            w.close()


def _exchange(new: Path, current: Path) -> None:
    """Atomically put `new` at `current`; the old snapshot ends up at `new`."""
    if not current.exists():
        os.rename(new, current)
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    at_fdcwd, rename_exchange = -100, 2
    if renameat2 is not None and renameat2(at_fdcwd, bytes(new), at_fdcwd, bytes(current), rename_exchange) == 0:
        return
    # No renameat2 (not Linux, or an old kernel/filesystem): two renames leave a
    # moment without tables, never a mixed set.
    aside = current.with_name(current.name + ".old")
    shutil.rmtree(aside, ignore_errors=True)
    os.rename(current, aside)
    os.rename(new, current)
    os.rename(aside, new)


def _progress(total: int):
    if sys.stderr.isatty():
        from tqdm import tqdm
        return tqdm(total=total, unit="篇", desc="抽取", file=sys.stderr)
    return None


def build_snapshot(input_dir: Path, out_dir: Path, workers: int | None = None) -> RunSummary:
    input_dir, out_dir = input_dir.resolve(), out_dir.resolve()
    files = list_inputs(input_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):  # left by a killed run
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    summary = RunSummary()
    try:
        writers = _TableWriters(tmp)
        seen: dict[str, str] = {}
        jobs = [(str(p), p.relative_to(input_dir).as_posix()) for p in files]
        workers = workers or os.cpu_count() or 1
        bar = _progress(len(jobs))
        pending = 0
        with mp.get_context("fork").Pool(workers) if workers > 1 else _InlinePool() as pool:
            for rel, size, result in pool.imap(_extract_file, jobs, chunksize=8):
                summary.raw_bytes += size
                if isinstance(result, str):
                    summary.skipped.append((rel, result))
                elif result.sha256 in seen:
                    summary.skipped.append((rel, f"与 {seen[result.sha256]} 内容相同"))
                else:
                    seen[result.sha256] = rel
                    writers.add(result)
                    summary.documents += 1
                    summary.cases += result.count("cases")
                    summary.metrics += result.count("metrics")
                    summary.recognitions += result.count("recognitions")
                    pending += 1
                    if pending >= BATCH_DOCUMENTS:
                        writers.flush()
                        pending = 0
                if bar is not None:
                    bar.update(1)
        if bar is not None:
            bar.close()
        writers.close()
        if summary.documents == 0:
            raise NothingReadable(f"{input_dir} 中没有可读取的文档（共 {len(files)} 个文件）")
        pq.write_table(pa.Table.from_pylist([{"source_path": p, "reason": r} for p, r in summary.skipped],
                                            schema=SKIPPED), tmp / "skipped_files.parquet")
        with duckdb.connect() as con:
            for name, table in scoring.score_snapshot(con, tmp).items():
                pq.write_table(table.cast(schema.TABLES[name]), tmp / f"{name}.parquet", compression="zstd")
        (tmp / SNAPSHOT_MANIFEST).write_text(json.dumps({
            "snapshot_id": dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ"),
            "input_dir": str(input_dir),
            "documents": summary.documents, "cases": summary.cases, "metrics": summary.metrics,
            "recognitions": summary.recognitions, "skipped": len(summary.skipped),
        }, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.chmod(0o755)  # mkdtemp makes it private; the dashboard may run as another user
        _exchange(tmp, out_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary


class _InlinePool:
    """Same interface as multiprocessing.Pool for a single worker (easier to debug)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def imap(self, fn, jobs, chunksize=1):
        return map(fn, jobs)
