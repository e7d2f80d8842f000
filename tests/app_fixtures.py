"""A small hand-written snapshot for the dashboard tests.

The real corpus (data/raw) is the main fixture; this one adds what five
documents may not yet yield (scores, provinces, several years), written with
short phrases of our own and the table contract in etl/schema.py.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import schema

# (case_id, doc, agency, type, province, city, county, adcode, year, title, themes, domain, body)
CASES = [
    ("c_court_zj", "d1", "杭州市中级人民法院", "court", "浙江省", "杭州市", None, "330100", 2023,
     "诉源治理“一站式”化解", ["诉源治理", "多元解纷"], "执法司法",
     "推行诉源治理，全年化解纠纷1.4万件，调解成功率达92%，新收案件同比下降14.92%。"),
    ("c_proc_zj", "d1", "宁波市人民检察院", "procuratorate", "浙江省", "宁波市", None, "330200", 2024,
     "公益诉讼守护绿水青山", ["公益诉讼"], "执法司法",
     "办理公益诉讼案件120件，挽回损失3000万元，入选最高检典型案例。"),
    ("c_police_cq", "d2", "重庆市公安局渝中区分局", "police", "重庆市", None, "渝中区", "500103", 2023,
     "智慧警务提升见警率", ["智慧警务"], "社会治理",
     "建成智慧警务平台，警情同比下降20%，群众满意度达98%。"),
    ("c_justice_cq", "d2", "重庆市司法局", "justice", "重庆市", None, None, "500000", 2022,
     "公共法律服务进万家", ["公共法律服务", "多元解纷"], "公共服务",
     "设立法律服务站300个，提供法律咨询5万人次，调解成功率达95%。"),
    ("c_committee_cq", "d2", "重庆市委政法委", "committee", "重庆市", None, None, "500000", 2024,
     "=SUM(A1) 基层治理网格化", ["基层治理"], "社会治理",
     "推进网格化管理，化解矛盾纠纷8000件，被中央政法委推广。"),
    ("c_court_cq", "d3", "重庆市第一中级人民法院", "court", "重庆市", None, "渝北区", "500112", 2024,
     "O'Brien 式审判提速", ["智慧法院", "诉源治理"], "执法司法",
     "审理周期缩短30天，调解成功率达90%，结案率上升5%。"),
]

DOCS = {
    "d1": ("浙江政法改革案例汇编", "zhejiang.txt", "浙江省委政法委", dt.date(2024, 3, 1), 2023),
    "d2": ("重庆市政法领域改革最佳实践", "chongqing.txt", "重庆市委政法委", dt.date(2024, 7, 11), 2024),
    "d3": ("法院改革案例", "court.txt", None, None, 2024),
}

# (case_id, label, value, unit, kind, indicator, phrase in the body)
METRICS = [
    ("c_court_zj", "化解纠纷", 14000.0, "件", "count", "disputes_resolved", "1.4万件"),
    ("c_court_zj", "调解成功率", 92.0, "%", "rate", "mediation_success_rate", "92%"),
    ("c_court_zj", "新收案件", -14.92, "%", "change", "new_cases_change", "14.92%"),
    ("c_proc_zj", "公益诉讼案件", 120.0, "件", "count", None, "120件"),
    ("c_proc_zj", "挽回损失", 30000000.0, "元", "money", None, "3000万元"),
    ("c_police_cq", "警情", -20.0, "%", "change", "incidence_change", "20%"),
    ("c_police_cq", "群众满意度", 98.0, "%", "rate", None, "98%"),
    ("c_justice_cq", "法律服务站", 300.0, "个", "count", None, "300个"),
    ("c_justice_cq", "调解成功率", 95.0, "%", "rate", "mediation_success_rate", "95%"),
    ("c_committee_cq", "化解矛盾纠纷", 8000.0, "件", "count", "disputes_resolved", "8000件"),
    ("c_court_cq", "审理周期", -30.0, "天", "duration", None, "30天"),
    ("c_court_cq", "调解成功率", 90.0, "%", "rate", "mediation_success_rate", "90%"),
]

RECOGNITIONS = [
    ("c_proc_zj", "national", "typical_case", "最高检", "入选最高检典型案例"),
    ("c_committee_cq", "national", "promotion", "中央政法委", "被中央政法委推广"),
]

SCORES = {  # case_id: (evidence, performance, recognition, replication)
    "c_court_zj": (0.6, 0.5, 0.0, 0.0),
    "c_proc_zj": (0.4, 0.0, 1.0, 0.0),
    "c_police_cq": (0.4, 0.9, 0.0, 0.0),
    "c_justice_cq": (0.4, 1.0, 0.0, 0.0),
    "c_committee_cq": (0.2, 0.2, 0.0, 1.0),
    "c_court_cq": (0.4, 0.0, 0.0, 0.0),
}


def write_fixture_snapshot(out: Path) -> Path:
    """Write the six tables and _snapshot.json into `out`; returns `out`."""
    out.mkdir(parents=True, exist_ok=True)
    doc_text: dict[str, str] = {d: "" for d in DOCS}
    cases, metrics, recognitions, percentiles = [], [], [], []
    for seq, (cid, doc, agency, atype, prov, city, county, adcode, year, title, themes, domain, body) in \
            enumerate(CASES, start=1):
        head = f"{title}\n"
        start = len(doc_text[doc])
        text = head + body
        doc_text[doc] += text + "\n\n"
        cases.append(dict(case_id=cid, doc_id=doc, seq=seq, agency=agency, agency_type=atype, province=prov,
                          city=city, county=county, adcode=adcode, year=year, title=title, summary=body[:20],
                          text=text, char_start=start, char_end=start + len(text), themes=themes, domain=domain))
        for i, (mcid, label, value, unit, kind, indicator, phrase) in enumerate(METRICS):
            if mcid != cid:
                continue
            at = start + text.index(phrase)
            metrics.append(dict(metric_id=f"m{i}", case_id=cid, doc_id=doc, value=value, unit=unit, label=label,
                                kind=kind, qualifier=None, period=year, indicator=indicator, sentence=body,
                                char_start=at, char_end=at + len(phrase)))
            if indicator:
                percentiles.append(dict(case_id=cid, indicator=indicator, metric_id=f"m{i}", value=value,
                                        percentile=0.5, n_cases=2))
        for j, (rcid, level, kind, issuer, phrase) in enumerate(RECOGNITIONS):
            if rcid == cid:
                at = start + text.index(phrase)
                recognitions.append(dict(recognition_id=f"r{j}", case_id=cid, doc_id=doc, level=level, kind=kind,
                                         issuer=issuer, text=phrase, char_start=at, char_end=at + len(phrase)))
    documents = [dict(doc_id=d, source_path=path, title=title, publisher=pub, published_date=date, year=year,
                      script="hans", encoding="utf-8", n_chars=len(doc_text[d]), sha256=d * 8,
                      warnings=["示例提示"] if d == "d3" else [], text=doc_text[d])
                 for d, (title, path, pub, date, year) in DOCS.items()]
    scores = [dict(case_id=c, evidence=e, performance=p, recognition=r, replication=rp,
                   n_indicators=int(e * 5), top_recognition_level="national" if r else None)
              for c, (e, p, r, rp) in SCORES.items()]
    for name, rows in (("documents", documents), ("cases", cases), ("metrics", metrics),
                       ("recognitions", recognitions), ("case_scores", scores),
                       ("indicator_percentiles", percentiles)):
        pq.write_table(pa.Table.from_pylist(rows, schema=schema.TABLES[name]), out / f"{name}.parquet")
    (out / "_snapshot.json").write_text(json.dumps({
        "snapshot_id": "fixture", "documents": len(documents), "cases": len(cases), "metrics": len(metrics),
        "recognitions": len(recognitions), "skipped": 0}, ensure_ascii=False), encoding="utf-8")
    return out
