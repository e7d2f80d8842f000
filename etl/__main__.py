"""`python -m etl INPUT_DIR --out OUT_DIR`: build the Parquet snapshot."""
import argparse
import sys
from pathlib import Path

from etl.snapshot import NothingReadable, build_snapshot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description="把政法改革案例文档抽取为 Parquet 表")
    parser.add_argument("input_dir", type=Path, help="原始文档目录（递归读取）")
    parser.add_argument("--out", type=Path, required=True, help="输出目录，写入 documents/cases/metrics 等 Parquet 表")
    parser.add_argument("--workers", type=int, default=None, help="并行进程数（默认：CPU 核数）")
    args = parser.parse_args(argv)
    if not args.input_dir.is_dir():
        print(f"错误：输入目录不存在：{args.input_dir}", file=sys.stderr)
        return 2
    try:
        summary = build_snapshot(args.input_dir, args.out, workers=args.workers)
    except NothingReadable as exc:
        print(f"错误：{exc}；原有数据未改动。", file=sys.stderr)
        return 2
    print(summary.line())
    if summary.failed:
        # the tables are written without them; a non-zero status lets scripts notice our error
        print(f"错误：{summary.failed} 个文档提取出错（错误信息见上），已跳过；其余文档已写入。", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
