

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


def test_a_figure_outside_every_case_is_the_documents_own():
    from etl.pipeline import extract_document
    text = ("东海省政法领域改革创新案例评选结果揭晓\n"
            "本次评选共收到各地申报项目156个，经专家评审产生优秀案例8个。\n"
            "一、北岭市中级人民法院：打造诉源治理新模式\n"
            "北岭市中级人民法院推动矛盾纠纷源头化解，全年诉前化解纠纷1200件，同比上升12.5%。\n"
            "二、南山县公安局：推行警网融合\n"
            "南山县公安局将警务与网格深度融合，辖区刑事警情同比下降20.3%。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert [c["agency"] for c in rows.cases] == ["北岭市中级人民法院", "南山县公安局"]
    own = [(m["value"], m["unit"]) for m in rows.metrics if m["case_id"] is None]
    assert own == [(156, "个"), (8, "个")]
    assert all(m["doc_id"] == rows.documents[0]["doc_id"] for m in rows.metrics)
    by_case = {c["case_id"]: [m["value"] for m in rows.metrics if m["case_id"] == c["case_id"]] for c in rows.cases}
    assert list(by_case.values()) == [[1200, 12.5], [-20.3]]
    assert len({m["metric_id"] for m in rows.metrics}) == len(rows.metrics)


def test_the_honours_of_units_named_only_on_a_roll_stay_with_the_report_around_them():
    from etl.pipeline import extract_document
    text = ("2016年,安康市法律援助中心全年办案2420件,全市受理法律援助案件2872件,增长18.7%。\n"
            "旬阳县司法局、白河县司法局荣获2016年度全省法律援助案件质量评查优秀单位;\n"
            "我市4个案例荣获全省优秀法律援助典型案例,承办单位分别是:汉滨区148法律服务所、镇坪县法律援助中心。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert [c["agency"] for c in rows.cases] == ["安康市法律援助中心"]
    assert rows.cases[0]["char_end"] >= text.index("镇坪县法律援助中心")
    honours = [r["text"] for r in rows.recognitions if r["case_id"] == rows.cases[0]["case_id"]]
    assert any("优秀单位" in h for h in honours)


def test_the_honours_of_a_roll_of_names_beside_no_case_are_the_documents_own():
    from etl.pipeline import extract_document
    text = ("表彰决定\n经评审,东岭县人民检察院、西岭县人民检察院、南岭县人民检察院荣获“全国模范检察院”称号。\n"
            "北岭县人民法院:创建智慧法院,荣获先进集体称号,全年审结案件3200件。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert [c["agency"] for c in rows.cases] == ["北岭县人民法院"]
    own = [r["text"] for r in rows.recognitions if r["case_id"] is None]
    assert any("全国模范检察院" in t for t in own)
    assert len({r["recognition_id"] for r in rows.recognitions}) == len(rows.recognitions)
