

def test_an_examples_figures_are_counted_once_in_the_innermost_case():
    from etl.pipeline import extract_document
    text = ("全省检察建议工作新闻发布会召开\n"
            "近日,东海省人民检察院举行新闻发布会。2020年至今,全省检察机关共制发检察建议4100件,采纳率为99%。\n"
            "围绕民生问题,东海省检察机关提出检察建议476件。其中,厦门市湖里区人民检察院办理全省首例旅游养老诈骗案件,"
            "发出检察建议6份,入选最高检典型案例。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert len(rows.cases) == 2
    spans = [(m["char_start"], m["char_end"]) for m in rows.metrics]
    assert len(spans) == len(set(spans))                     # no figure twice
    example = rows.cases[1]["case_id"]
    assert [m["value"] for m in rows.metrics if m["case_id"] == example] == [6]
