"""CSV and Excel exports of exactly the rows a table shows.

Both formats neutralise text cells a spreadsheet would run as a formula
(=, +, -, @, tab, CR at the start) by prefixing an apostrophe; numeric columns
are left alone, so -14.92 stays the number -14.92.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import re

import numpy as np
import pandas as pd
import xlsxwriter

from app.ui_text import T, relabel

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')
# Excel refuses these in a sheet name (and names longer than 31 characters).
_UNSAFE_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]+")


def neutralise_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _flatten(value):
    """Lists (themes, warnings) become one readable cell."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "、".join(str(v) for v in value)
    return value


def export_frame(frame: pd.DataFrame, chinese_headers: bool = True) -> pd.DataFrame:
    """The frame as it is exported: lists joined, text neutralised, numbers untouched."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            continue
        if pd.api.types.is_datetime64_any_dtype(series):
            out[column] = series.dt.strftime("%Y-%m-%d").astype(object).where(series.notna(), None)
            continue
        out[column] = series.astype(object).map(_flatten).map(neutralise_cell)
    if chinese_headers:
        out = out.rename(columns=relabel(out.columns))
    return out


def to_csv_bytes(frame: pd.DataFrame, chinese_headers: bool = True) -> bytes:
    """UTF-8 with a BOM, so Excel opens the Chinese correctly."""
    # CRLF rows (as Excel writes them) also make the csv writer quote a bare CR inside a cell.
    return export_frame(frame, chinese_headers).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, sheet: str = T["file_sheet"], chinese_headers: bool = True) -> bytes:
    out = export_frame(frame, chinese_headers)
    buffer = io.BytesIO()
    # Cells are typed by hand: a string is never turned into a formula, URL or number.
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False})
    worksheet = workbook.add_worksheet(_UNSAFE_SHEET_CHARS.sub("_", sheet).strip("'")[:31] or T["file_sheet"])
    bold = workbook.add_format({"bold": True})
    for col, name in enumerate(out.columns):
        worksheet.write_string(0, col, str(name), bold)
        worksheet.set_column(col, col, min(40, max(8, len(str(name)) * 2 + 2)))
    for row, values in enumerate(out.itertuples(index=False), start=1):
        for col, value in enumerate(values):
            _write_cell(worksheet, row, col, value)
    worksheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()


def _write_cell(worksheet, row: int, col: int, value) -> None:
    if value is None or value is pd.NA or value is pd.NaT:
        return
    if isinstance(value, (bool, np.bool_)):
        worksheet.write_boolean(row, col, bool(value))
    elif isinstance(value, (int, float, np.integer, np.floating)):
        if isinstance(value, (float, np.floating)) and not math.isfinite(float(value)):
            return
        worksheet.write_number(row, col, float(value))
    elif isinstance(value, (dt.date, pd.Timestamp)):
        worksheet.write_string(row, col, value.strftime("%Y-%m-%d"))
    else:
        worksheet.write_string(row, col, str(value))


def file_name(kind: str, slug: str, ext: str) -> str:
    """案例_2023_法院.csv: what the slice is, safe on every file system."""
    parts = [p for p in (kind, slug) if p]
    stem = _UNSAFE_FILE_CHARS.sub("_", "_".join(parts)).strip("_.")[:80] or kind
    return f"{stem}.{ext}"
