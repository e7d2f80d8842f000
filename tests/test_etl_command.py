"""The `python -m etl INPUT_DIR --out OUT_DIR` command on the real corpus."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from etl import schema

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
CORPUS_FILES = sorted(p.name for p in RAW.glob("*.txt"))


def run_etl(input_dir: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "etl", str(input_dir), "--out", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def rows(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / f"{table}.parquet").to_pylist()


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    out = tmp_path_factory.mktemp("etl") / "parquet"
    result = run_etl(RAW, out)
    assert result.returncode == 0, result.stderr
    return out, result


def test_writes_every_table_with_the_contract_schema(snapshot):
    out, _ = snapshot
    for name, expected in schema.TABLES.items():
        assert pq.read_schema(out / f"{name}.parquet").remove_metadata() == expected, name


def test_tables_read_by_case_are_sorted_by_case_in_small_row_groups(snapshot):
    # the dashboard reads these straight from the file for a few cases at a time
    out, _ = snapshot
    for name, rows in schema.LOOKUP_ROW_GROUP_ROWS.items():
        meta = pq.ParquetFile(out / f"{name}.parquet").metadata
        assert all(meta.row_group(i).num_rows <= rows for i in range(meta.num_row_groups))
        case_ids = pq.read_table(out / f"{name}.parquet", columns=["case_id"]).column("case_id").to_pylist()
        assert case_ids and case_ids == sorted(case_ids)


def test_reads_every_corpus_document_once(snapshot):
    out, _ = snapshot
    assert sorted(r["source_path"] for r in rows(out, "documents")) == CORPUS_FILES


def test_summary_line_counts_documents_cases_and_figures(snapshot):
    out, result = snapshot
    n_cases = len(rows(out, "cases"))
    n_metrics = len(rows(out, "metrics"))
    assert f"读取文档 {len(CORPUS_FILES)} 篇" in result.stdout
    assert f"案例 {n_cases} 个" in result.stdout
    assert f"数据 {n_metrics} 条" in result.stdout
    assert "跳过文件 0 个" in result.stdout


def test_every_case_and_figure_points_into_its_document(snapshot):
    out, _ = snapshot
    con = duckdb.connect()
    bad = con.execute(f"""
        SELECT count(*) FROM '{out}/cases.parquet' c JOIN '{out}/documents.parquet' d USING (doc_id)
        WHERE substr(d.text, c.char_start + 1, c.char_end - c.char_start) <> c.text
    """).fetchone()[0]
    assert bad == 0
    outside = con.execute(f"""
        SELECT count(*) FROM '{out}/metrics.parquet' m JOIN '{out}/cases.parquet' c USING (case_id)
        WHERE m.char_start < c.char_start OR m.char_end > c.char_end OR m.char_start >= m.char_end
    """).fetchone()[0]
    assert outside == 0


def test_rerun_gives_the_same_rows_and_ids(snapshot, tmp_path):
    out, _ = snapshot
    again = tmp_path / "again"
    assert run_etl(RAW, again, "--workers", "1").returncode == 0
    for table in ("documents", "cases", "metrics", "recognitions", "case_scores", "indicator_percentiles"):
        assert rows(again, table) == rows(out, table), table


def test_unreadable_files_are_skipped_with_a_reason(tmp_path):
    src = tmp_path / "in"
    (src / "nested").mkdir(parents=True)
    shutil.copy(RAW / CORPUS_FILES[0], src / "nested" / "good.txt")
    shutil.copy(RAW / CORPUS_FILES[0], src / "copy_of_good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "report.pdf").write_bytes(b"%PDF-1.4")
    (src / "links.txt").write_text("http://example.org/a.html\nhttps://example.org/b.html\n", encoding="utf-8")
    result = run_etl(src, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "读取文档 1 篇" in result.stdout
    skipped = {r["source_path"]: r["reason"] for r in rows(tmp_path / "out", "skipped_files")}
    # files are read in sorted order, so the later copy is the duplicate
    assert set(skipped) == {"empty.txt", "binary.txt", "report.pdf", "links.txt", "nested/good.txt"}
    assert "中文" in skipped["links.txt"]
    assert skipped["nested/good.txt"] == "与 copy_of_good.txt 内容相同"
    assert "pdf" in skipped["report.pdf"]
    assert all(reason for reason in skipped.values())
    assert [r["source_path"] for r in rows(tmp_path / "out", "documents")] == ["copy_of_good.txt"]


def test_nothing_readable_fails_and_keeps_the_old_tables(snapshot, tmp_path):
    out = tmp_path / "parquet"
    shutil.copytree(snapshot[0], out)
    before = (out / "_snapshot.json").read_text(encoding="utf-8")
    src = tmp_path / "junk"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    result = run_etl(src, out)
    assert result.returncode != 0
    assert "没有可读取的文档" in result.stderr
    assert (out / "_snapshot.json").read_text(encoding="utf-8") == before
    assert len(rows(out, "documents")) == len(CORPUS_FILES)


def test_missing_input_dir_is_a_clear_error(tmp_path):
    result = run_etl(tmp_path / "nope", tmp_path / "out")
    assert result.returncode == 2
    assert "输入目录不存在" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_killed_run_leaves_the_previous_tables_complete(snapshot, tmp_path):
    out = tmp_path / "parquet"
    shutil.copytree(snapshot[0], out)
    before = {name: rows(out, name) for name in ("documents", "cases", "metrics")}
    big = tmp_path / "big"
    for i in range(400):  # enough work that the run is still going when it is killed
        sub = big / f"{i:03d}"
        sub.mkdir(parents=True)
        for name in CORPUS_FILES:
            (sub / name).write_bytes((RAW / name).read_bytes() + f"\n{i}".encode())
    proc = subprocess.Popen([sys.executable, "-m", "etl", str(big), "--out", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and not list(tmp_path.glob(".parquet.tmp-*/documents.parquet")):
        time.sleep(0.02)
    assert list(tmp_path.glob(".parquet.tmp-*")), "the run never started writing"
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert json.loads((out / "_snapshot.json").read_text(encoding="utf-8"))["documents"] == len(CORPUS_FILES)
    for name, expected in before.items():
        assert rows(out, name) == expected


def test_a_document_the_extractor_fails_on_is_skipped_and_the_run_goes_on(tmp_path, monkeypatch):
    from etl import snapshot as snapshot_module
    real = snapshot_module.extract_document

    def failing(raw: bytes, rel: str):
        if rel == "bad.txt":
            raise IndexError("no such group")
        return real(raw, rel)

    monkeypatch.setattr(snapshot_module, "extract_document", failing)
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(RAW / CORPUS_FILES[0], src / "bad.txt")
    shutil.copy(RAW / CORPUS_FILES[1], src / "good.txt")
    summary = snapshot_module.build_snapshot(src, tmp_path / "out", workers=1)
    skipped = {r["source_path"]: r["reason"] for r in rows(tmp_path / "out", "skipped_files")}
    assert "IndexError" in skipped["bad.txt"]
    assert [r["source_path"] for r in rows(tmp_path / "out", "documents")] == ["good.txt"]
    assert summary.failed == 1
