"""Build a complete set of tables in a temporary folder, then swap it in.

Documents are streamed: worker processes extract a few documents at a time and
send their rows as Arrow batches, which the parent flushes to Parquet every few
hundred documents, so memory stays flat however large the corpus is.  The new
tables become visible all at once (an atomic directory exchange), so a run that
crashes or is killed leaves the previous snapshot complete and readable.
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
import traceback
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import itemgetter
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


# The reason of a file the extractor failed on: our fault, not the file's (the run says so in its exit status)
EXTRACTION_FAILED = "提取出错"


@dataclass
class RunSummary:
    documents: int = 0
    cases: int = 0
    metrics: int = 0
    recognitions: int = 0
    raw_bytes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(reason.startswith(EXTRACTION_FAILED) for _, reason in self.skipped)

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
# Files per pool task.  A worker extracts them and sends their rows as Arrow batches, so
# the parent (the one serial step) only writes: it neither unpickles millions of row
# objects nor converts them to Arrow.  Small enough that the two workers finish together.
FILES_PER_TASK = 16


@dataclass
class _FileOutcome:
    source_path: str
    size: int
    sha256: str | None = None        # of an extracted file; None when skipped
    reason: str | None = None        # why it was skipped
    counts: dict[str, int] = field(default_factory=dict)   # its rows in each of TABLES


def _extract_file(path: str, rel: str) -> tuple[_FileOutcome, DocumentRows | None]:
    if Path(path).suffix.lower() not in READABLE_SUFFIXES:
        return _FileOutcome(rel, 0, reason=f"不支持的文件类型（{Path(path).suffix or '无扩展名'}），目前只读取 .txt"), None
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return _FileOutcome(rel, 0, reason=f"无法读取文件：{exc.strerror}"), None
    try:
        rows = extract_document(raw, rel)
    except UnreadableFile as exc:
        return _FileOutcome(rel, len(raw), reason=str(exc)), None
    except Exception as exc:                # a document the extractor fails on loses itself, not the run
        traceback.print_exc()
        return _FileOutcome(rel, len(raw), reason=f"{EXTRACTION_FAILED}（{type(exc).__name__}: {exc}），已跳过，请报告此文件"), None
    counts = {name: len(getattr(rows, name)) for name in TABLES}
    return _FileOutcome(rel, len(raw), sha256=rows.sha256, counts=counts), rows


def _extract_files(jobs: list[tuple[str, str]]) -> tuple[list[_FileOutcome], dict[str, bytes]]:
    """Worker: (path, relative path) pairs -> what became of each file, and the rows of the
    extracted ones, in order, as one Arrow batch per table in the Arrow IPC format (cheaper
    to send than a pickled batch, and read back without copying)."""
    outcomes, extracted = [], []
    for path, rel in jobs:
        outcome, rows = _extract_file(path, rel)
        outcomes.append(outcome)
        if rows is not None:
            extracted.append(rows)
    batches = {}
    for name in TABLES:
        table_rows = [row for rows in extracted for row in getattr(rows, name)]
        # Column by column: from_pylist took 40x longer on the documents' whole texts.  The
        # columns are cut from one pass over the rows (each row's fields as a tuple, then
        # transposed): a pass per column fetched every row dict again, 2x slower.
        names = schema.TABLES[name].names
        columns = zip(*map(itemgetter(*names), table_rows)) if table_rows else [[] for _ in names]
        batch = pa.RecordBatch.from_pydict({n: list(c) for n, c in zip(names, columns)}, schema=schema.TABLES[name])
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, batch.schema) as stream:
            stream.write_batch(batch)
        batches[name] = sink.getvalue().to_pybytes()
    return outcomes, batches


class _TableWriters:
    """One ParquetWriter per table, fed in batches."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.pending: dict[str, list[pa.RecordBatch]] = {name: [] for name in TABLES}
        # Whole texts never repeat: dictionary-encoding them (pyarrow's default) hashes
        # megabytes only to give up; the short columns keep it.
        self.writers = {name: pq.ParquetWriter(
            folder / f"{name}.parquet", schema.TABLES[name], compression="zstd",
            use_dictionary=[f.name for f in schema.TABLES[name] if f.type != pa.large_string()])
            for name in TABLES}

    def add(self, batches: dict[str, bytes], keep: list[bool], counts: list[dict[str, int]]) -> None:
        """keep and counts: per document in the batches; a duplicate (keep False) is dropped."""
        for name in TABLES:
            batch = pa.ipc.open_stream(batches[name]).read_next_batch()
            if not all(keep):
                batch = batch.filter(pa.array(list(chain.from_iterable(
                    repeat(k, c[name]) for k, c in zip(keep, counts))), pa.bool_()))
            self.pending[name].append(batch)

    def flush(self) -> None:
        for name, batches in self.pending.items():
            if any(b.num_rows for b in batches):
                self.writers[name].write_table(pa.Table.from_batches(batches, schema=schema.TABLES[name]))
            batches.clear()

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
        tasks = [jobs[i:i + FILES_PER_TASK] for i in range(0, len(jobs), FILES_PER_TASK)]
        workers = workers or os.cpu_count() or 1
        bar = _progress(len(jobs))
        pending = 0
        with _extraction_pool(workers) as pool:
            for outcomes, batches in pool.map(_extract_files, tasks):
                keep, counts = [], []
                for o in outcomes:
                    summary.raw_bytes += o.size
                    if o.sha256 is None:
                        summary.skipped.append((o.source_path, o.reason))
                        continue
                    counts.append(o.counts)
                    keep.append(o.sha256 not in seen)
                    if not keep[-1]:
                        summary.skipped.append((o.source_path, f"与 {seen[o.sha256]} 内容相同"))
                        continue
                    seen[o.sha256] = o.source_path
                    summary.documents += 1
                    summary.cases += o.counts["cases"]
                    summary.metrics += o.counts["metrics"]
                    summary.recognitions += o.counts["recognitions"]
                    pending += 1
                writers.add(batches, keep, counts)
                if pending >= BATCH_DOCUMENTS:
                    writers.flush()
                    pending = 0
                if bar is not None:
                    bar.update(len(outcomes))
        if bar is not None:
            bar.close()
        writers.close()
        if summary.documents == 0:
            raise NothingReadable(f"{input_dir} 中没有可读取的文档（共 {len(files)} 个文件）")
        pq.write_table(pa.Table.from_pylist([{"source_path": p, "reason": r} for p, r in summary.skipped],
                                            schema=SKIPPED), tmp / "skipped_files.parquet")
        with duckdb.connect() as con:
            for name, table in scoring.score_snapshot(con, tmp).items():
                pq.write_table(table.cast(schema.TABLES[name]), tmp / f"{name}.parquet", compression="zstd",
                               row_group_size=schema.LOOKUP_ROW_GROUP_ROWS.get(name))
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


@contextmanager
def _extraction_pool(workers: int):
    """Worker processes forked from this one (they inherit its loaded modules), or this
    process itself for a single worker (easier to debug).

    ProcessPoolExecutor rather than multiprocessing.Pool: Pool's worker-handler thread
    wakes up whenever a result waits in the pipe and spins while the batches stream
    through, taking CPU from the workers."""
    if workers <= 1:
        yield _InlinePool()
        return
    # pyarrow imports pandas the first time it converts a list: once here, inherited by
    # the forked workers, instead of once in each of them
    import pandas  # noqa: F401
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"))
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)   # an error ends the run now, not after the queue


class _InlinePool:
    def map(self, fn, jobs):
        return map(fn, jobs)
