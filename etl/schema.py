"""The table contract: one home for the columns of every Parquet table.

The writer (etl.pipeline), the dashboard's query module and the tests all read
these schemas; a column is added here first.  Offsets (char_start, char_end) are
positions in the *normalised* document text (documents.text), end exclusive.
"""
import pyarrow as pa

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),          # stable hash of the raw bytes
    ("source_path", pa.string()),     # relative to the ETL's INPUT_DIR, '/'-separated
    ("title", pa.string()),
    ("publisher", pa.string()),       # who issued it (政法委, 法院…) when the text says so
    ("published_date", pa.date32()),  # from a dateline when present
    ("year", pa.int16()),             # the year the report is about
    ("script", pa.string()),          # as found: 'hans' or 'hant'
    ("encoding", pa.string()),        # detected encoding of the raw file
    ("n_chars", pa.int32()),          # length of the normalised text
    ("sha256", pa.string()),          # of the raw bytes
    ("warnings", pa.list_(pa.string())),
    ("text", pa.large_string()),      # normalised text; every offset points into it
])

CASES = pa.schema([
    ("case_id", pa.string()),         # hash of doc_id + seq + span
    ("doc_id", pa.string()),
    ("seq", pa.int16()),              # 1-based order in the document
    ("agency", pa.string()),          # full name where context allows; a place when the case is headed by one
    ("agency_key", pa.string()),      # the agency named from its own level's place: one name in every report
    ("agency_type", pa.string()),     # court | procuratorate | police | justice | committee | other
    ("province", pa.string()),
    ("city", pa.string()),
    ("county", pa.string()),
    ("adcode", pa.string()),          # 6-digit code of the most specific level resolved
    ("year", pa.int16()),
    ("title", pa.string()),
    ("summary", pa.string()),
    ("text", pa.large_string()),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
    ("themes", pa.list_(pa.string())),
    ("domain", pa.string()),          # one of the five reform domains (issue 4)
])

METRICS = pa.schema([
    ("metric_id", pa.string()),
    ("case_id", pa.string()),
    ("doc_id", pa.string()),
    ("value", pa.float64()),          # scaled to base units: 1.4万件 -> 14000
    ("unit", pa.string()),            # normalised: 件 人 人次 % 元 次 个 天 分钟 km/h …
    ("label", pa.string()),           # what is counted, a short phrase from the text
    ("kind", pa.string()),            # count | rate | money | duration | change | rank | ratio | speed | other
    ("qualifier", pa.string()),       # 余 | 超 | 近 | 约 | null
    ("period", pa.int16()),           # year the figure refers to, when stated
    ("indicator", pa.string()),       # key in etl/vocab/indicators.csv, null when none fits
    ("sentence", pa.string()),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

RECOGNITIONS = pa.schema([
    ("recognition_id", pa.string()),
    ("case_id", pa.string()),
    ("doc_id", pa.string()),
    ("level", pa.string()),           # national | provincial | municipal | other
    ("kind", pa.string()),            # award | typical_case | promotion | pilot | other
    ("issuer", pa.string()),          # as written: 最高人民法院, 最高检, 省检察院 …
    ("text", pa.string()),
    ("char_start", pa.int32()),
    ("char_end", pa.int32()),
])

# Score components per case, each in [0, 1], computed over the whole snapshot after
# the tables above are written (issue 4).  The dashboard combines them with the
# user's weights at query time: score = 100 * sum(w_i * c_i) / sum(w_i).
CASE_SCORES = pa.schema([
    ("case_id", pa.string()),
    ("evidence", pa.float64()),       # distinct indicators quantified, saturating
    ("performance", pa.float64()),    # mean direction-aware percentile over its indicators; 0 when none
    ("recognition", pa.float64()),    # highest recognition level reached
    ("replication", pa.float64()),    # how far the practice was promoted
    ("n_indicators", pa.int16()),
    ("top_recognition_level", pa.string()),
])

# A case's direction-aware percentile on each indicator it quantifies, among all
# cases that quantify the same indicator (1.0 = best).
INDICATOR_PERCENTILES = pa.schema([
    ("case_id", pa.string()),
    ("indicator", pa.string()),
    ("unit", pa.string()),            # ranked only against figures in the same unit (人 vs 人次)
    ("metric_id", pa.string()),       # the figure that stands for the case on this indicator
    ("value", pa.float64()),
    ("percentile", pa.float64()),
    ("n_cases", pa.int32()),          # how many cases share the indicator in this unit
])

TABLES = {
    "documents": DOCUMENTS,
    "cases": CASES,
    "metrics": METRICS,
    "recognitions": RECOGNITIONS,
    "case_scores": CASE_SCORES,
    "indicator_percentiles": INDICATOR_PERCENTILES,
}

# Rows per Parquet row group of the tables the dashboard reads by case straight from the
# file: sorted by case_id in small groups, a lookup of a few cases reads only their groups
# (min/max statistics) instead of the whole file.
LOOKUP_ROW_GROUP_ROWS = {"indicator_percentiles": 8192}

AGENCY_TYPES = ("court", "procuratorate", "police", "justice", "committee", "other")
METRIC_KINDS = ("count", "rate", "money", "duration", "change", "rank", "ratio", "speed", "other")
RECOGNITION_LEVELS = ("national", "provincial", "municipal", "other")
RECOGNITION_KINDS = ("award", "typical_case", "promotion", "pilot", "other")
