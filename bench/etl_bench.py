"""ETL throughput and memory on a synthetic scale corpus.

The corpus is generated at bench time by deterministically recombining the
paragraphs of the real documents in data/raw; it is clearly marked synthetic
and never shipped.  Two sizes are run so a reader can see that peak memory
stays flat as the corpus grows (documents are streamed).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
OUT = ROOT / "bench" / "out"
SYNTHETIC_MARK = "【合成基准文档，仅用于性能测试，内容由真实文档段落随机重组】"


def paragraphs_by_document() -> list[list[str]]:
    docs = []
    for path in sorted(RAW.glob("*.txt")):
        paras = [p for p in path.read_text(encoding="utf-8-sig").split("\n") if p.strip()]
        docs.append(paras)
    return docs


def build_corpus(folder: Path, n_docs: int, seed: int = 20241122) -> int:
    """Write n_docs synthetic documents; return total bytes."""
    rng = random.Random(seed)
    docs = paragraphs_by_document()
    shutil.rmtree(folder, ignore_errors=True)
    total = 0
    for i in range(n_docs):
        # Keep one real document's order (so headings still lead their practices) and
        # splice in paragraphs of another: realistic structure, different content.
        base = docs[i % len(docs)]
        other = docs[rng.randrange(len(docs))]
        paras = list(base)
        for _ in range(max(1, len(base) // 4)):
            paras.insert(rng.randrange(len(paras) + 1), other[rng.randrange(len(other))])
        body = SYNTHETIC_MARK + f"（#{i}）\n" + "\n".join(paras) + "\n"
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = body.encode("utf-8")
        (sub / f"synthetic_{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_etl(corpus: Path, out: Path, workers: int) -> tuple[float, float, float, int, str]:
    """Run the ETL command; return (seconds, CPU seconds of the process tree, CPU seconds of
    its main process, peak RSS of the process tree in bytes, summary).

    CPU seconds are reported because wall-clock time on a shared machine also measures the
    other tenants: MB per CPU-second is the per-core throughput the ETL itself achieves.  The
    main process's share shows whether the one serial step (collecting and writing the
    workers' rows) keeps up; it is read at the last poll, so it misses the final instant."""
    shutil.rmtree(out, ignore_errors=True)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "etl", str(corpus), "--out", str(out), "--workers", str(workers)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    ps = psutil.Process(proc.pid)
    peak = 0
    main_cpu = 0.0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
            times = ps.cpu_times()
            main_cpu = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)   # the pool's workers are reaped by the ETL
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    summary = proc.stdout.read().strip()
    if proc.returncode != 0:
        raise SystemExit(f"ETL failed with exit code {proc.returncode}")
    return elapsed, cpu, main_cpu, peak, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, nargs="+", default=[2500, 10000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    print(f"ETL 基准：{args.workers} 个进程，合成语料（由 data/raw 段落重组）")
    print(f"{'文档数':>8} {'原文 MB':>8} {'秒':>7} {'文档/秒':>8} {'MB/秒':>7} {'MB/秒/核':>9} "
          f"{'CPU 秒':>7} {'主进程CPU秒':>10} {'MB/CPU秒':>9} {'峰值内存 MB':>11}")
    for n in args.docs:
        corpus = OUT / f"etl_corpus_{n}"
        size = build_corpus(corpus, n)
        seconds, cpu, main_cpu, peak, summary = run_etl(corpus, OUT / f"etl_parquet_{n}", args.workers)
        mb = size / 1e6
        print(f"{n:>8} {mb:>8.1f} {seconds:>7.1f} {n / seconds:>8.0f} {mb / seconds:>7.2f} "
              f"{mb / seconds / args.workers:>9.2f} {cpu:>7.1f} {main_cpu:>10.1f} {mb / cpu:>9.2f} "
              f"{peak / 1e6:>11.0f}")
        print(f"         {summary[:160]}")
    print("目标：每核 ≥ 5 MB/s；峰值内存不随语料规模增长。"
          "MB/CPU秒 = 原文 MB ÷ ETL 进程树（主进程 + 工作进程）CPU 秒，不受机器上其他负载影响。")


if __name__ == "__main__":
    main()
