"""Raw bytes -> clean simplified text (etl.normalise)."""
from pathlib import Path

import pytest

from etl.normalise import decode, normalise
from etl.records import UnreadableFile

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def raw_text(prefix: str) -> str:
    return next(RAW.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def normalised(prefix: str):
    return normalise(raw_text(prefix))


# A paragraph of a real report (002), used to write files in other encodings.
PARAGRAPH = raw_text("002").split("\n")[3]


# ---------------------------------------------------------------- decode

@pytest.mark.parametrize("encoding, reported", [
    ("gbk", "gb18030"),
    ("gb18030", "gb18030"),
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),          # with BOM
    ("utf-16-le", "utf-16-le"),    # without BOM
    ("utf-16-be", "utf-16-be"),
])
def test_decode_detects_encoding(tmp_path, encoding, reported):
    path = tmp_path / f"report.{encoding}.txt"
    path.write_bytes(PARAGRAPH.encode(encoding))
    text, name = decode(path.read_bytes())
    assert (text, name) == (PARAGRAPH, reported)


def test_decode_falls_back_to_charset_detection_for_big5(tmp_path):
    paragraph = "重慶市政法領域改革最佳實踐評選活動發佈儀式現場,十個優秀範例從各單位申報的改革範例中脫穎而出。" * 3
    path = tmp_path / "big5.txt"
    path.write_bytes(paragraph.encode("big5"))
    text, _ = decode(path.read_bytes())
    assert text == paragraph


@pytest.mark.parametrize("raw, reason", [
    (b"", "文件为空"),
    (b"  \r\n\t", "文件为空"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "二进制"),
    (bytes(range(1, 32)) * 40, "控制字符"),
])
def test_decode_rejects_unreadable_files_with_a_chinese_reason(raw, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode(raw)


# ---------------------------------------------------------------- pinyin, script, width

@pytest.mark.parametrize("raw, clean", [
    ("政法領(lǐng)域改革", "政法领域改革"),
    ("重慶市東(dong)部", "重庆市东部"),
    ("惠及1.8萬(wàn)人次", "惠及1.8万人次"),
    ("全國(guó)首創(chuàng)", "全国首创"),
    ("東(dong) 方風來,社會(hui) 長期穩定", "东方风来,社会长期稳定"),
    ("《办法(试行)》", "《办法(试行)》"),
    ("（一）健全机制", "（一）健全机制"),
    ("中韩(盐城)产业园", "中韩(盐城)产业园"),
    ("上线政务服务平台(APP)", "上线政务服务平台(APP)"),
    ("开发移动端(app)应用", "开发移动端(app)应用"),
    ("镇里的综治(zōngzhì)大厅", "镇里的综治大厅"),      # a word's pinyin
    ("他拨出电话(diànhuà)求助", "他拨出电话求助"),
    ("搭建线上(online)平台", "搭建线上(online)平台"),             # toneless and long: may be English
])
def test_glued_pinyin_is_dropped_and_real_parentheses_kept(raw, clean):
    assert normalise(raw).text == clean


@pytest.mark.parametrize("raw, clean", [
    ("出台《2025 年度平安建设措施》", "出台《2025年度平安建设措施》"),
    ("2019 年3 月5 日召开", "2019年3月5日召开"),
    ("受理30 件", "受理30 件"),                     # only dates lose the space
])
def test_spaced_out_dates_are_closed_up(raw, clean):
    assert normalise(raw).text == clean


@pytest.mark.parametrize("raw, clean", [
    ("警务常量占全局 5 5 % 以上", "警务常量占全局 55 % 以上"),
    ("矛盾纠纷警情下降 3 7 %", "矛盾纠纷警情下降 37 %"),
    ("矛盾纠纷警情下降 3 7%", "矛盾纠纷警情下降 37%"),
    ("同比下降 40 %", "同比下降 40 %"),
    ("第1 2 3批 30%", "第1 2 3批 30%"),           # spaced digits before no per-cent stay apart
])
def test_the_spaced_out_digits_of_a_per_cent_are_closed_up(raw, clean):
    assert normalise(raw).text == clean


@pytest.mark.parametrize("raw, clean", [
    ("成立公司,,选择退休老人作为诈骗对象", "成立公司,选择退休老人作为诈骗对象"),
    ("抽调法院,、检察院,、公安局等单位", "抽调法院、检察院、公安局等单位"),
    ("公司工作人员集体逃走,。", "公司工作人员集体逃走。"),
    ("下设综合组，、打击组", "下设综合组、打击组"),
    ("追赃挽损1,000余万元,同比上升7%", "追赃挽损1,000余万元,同比上升7%"),   # (the text's own commas stay)
])
def test_a_scrapers_stray_comma_doubling_a_mark_is_dropped(raw, clean):
    assert normalise(raw).text == clean


def test_pinyin_whose_bracket_was_lost_to_mojibake_is_dropped():
    assert normalise("當?shù)成功調解").text == "当?成功调解"
    assert normalise("是否?ok) 继续").text == "是否?ok) 继续"        # no tone mark: not pinyin


def test_left_over_html_markup_lines_are_dropped():
    raw = "onload=\"this.removeAttribute('width');\" />\n筑牢平安建设基础\n全市化解纠纷3200件。"
    assert normalise(raw).text == "筑牢平安建设基础\n全市化解纠纷3200件。"


def test_traditional_text_is_simplified_and_marked_hant():
    result = normalised("001")
    assert result.script == "hant"
    assert "重庆市政法领域改革最佳实践评选活动发布仪式" in result.text
    assert "(lǐng)" not in result.text and "領" not in result.text


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_simplified_documents_are_marked_hans(prefix):
    assert normalised(prefix).script == "hans"


@pytest.mark.parametrize("raw, clean", [
    ("受理案件１２３件", "受理案件123件"),
    ("成功率达９９．４２％", "成功率达99.42%"),
    ("案件比１：１.１０４", "案件比1:1.104"),
    ("车速４７．５ｋｍ／ｈ", "车速47.5km/h"),
    ("同比增长46.8.%", "同比增长46.8%"),
    ("一、坚持，推进；落实：“枫桥经验”。", "一、坚持，推进；落实：“枫桥经验”。"),
])
def test_fullwidth_forms_that_carry_numbers_become_ascii(raw, clean):
    assert normalise(raw).text == clean


# ---------------------------------------------------------------- layout

def test_pipe_lines_and_edge_bars_are_layout_junk():
    raw = "|\n法治调研\n|\n|\n党组书记、检察长 |\n( 2025-03-31 ) 稿件来源: 法治日报 |\n|"
    assert normalise(raw).text == "法治调研\n党组书记、检察长\n( 2025-03-31 ) 稿件来源: 法治日报"


def test_page_furniture_lines_are_dropped():
    raw = "正文第一段。\n第 2 页 / 共 5 页\n- 3 -\n——————\n返回顶部\n正文第二段。"
    assert normalise(raw).text == "正文第一段。\n正文第二段。"


def test_paragraphs_are_one_per_line_without_blank_lines():
    raw = "\r\n\r\n标题\r\n\r\n\r\n\r\n第一段。  \r\n\t第二段。\r\n\r\n"
    assert normalise(raw).text == "标题\n第一段。\n第二段。"


def test_paragraphs_flattened_into_spaces_are_split_again():
    raw = "助力社会稳健前行。 一、突出稳进增效,构建法律监督新格局 高质效办好每一个案件。"
    assert normalise(raw).text == "助力社会稳健前行。\n一、突出稳进增效,构建法律监督新格局\n高质效办好每一个案件。"


def test_a_photos_caption_run_into_the_entry_under_it_is_its_own_line():
    raw = "(“流动法庭”进社区【资料图】) 市高法院: “流动法庭”进社区 为方便群众诉讼,流动法庭驶入社区。"
    assert normalise(raw).text.split("\n")[:2] == ["(“流动法庭”进社区【资料图】)", "市高法院: “流动法庭”进社区 为方便群众诉讼,流动法庭驶入社区。"]
    # (a date in brackets is no caption: the source line after it stays on its line)
    dated = "( 2025-03-31 ) 稿件来源: 法治日报"
    assert normalise(dated).text == dated


def test_title_with_a_space_is_not_split():
    assert normalise("党建和业务深度融合 推动全市检察工作创新发展").text == "党建和业务深度融合 推动全市检察工作创新发展"


def test_lines_broken_mid_sentence_by_pdf_layout_are_joined():
    text = normalised("000").text
    assert "构建“1+N”一体履职机制、“大数据+”穿透审查机制以及“检察+”联动协作机制" in text
    assert "实现全省居民身份证、居住证" in text


def test_a_byline_after_a_cut_line_is_not_joined():
    raw = "国之大者,为国为民。检察机关要有全球意识和战略眼光,要树牢大局意识\n熊毅\n江苏省南京市人民检察院"
    assert normalise(raw).text.split("\n")[1:] == ["熊毅", "江苏省南京市人民检察院"]


def test_headings_are_not_joined_to_their_body():
    lines = normalised("000").text.split("\n")
    assert "盐城市中级人民法院" in lines
    assert "探索知识产权纠纷多元解纷“盐城模式”" in lines
    # nor a case's section label to the labelled title above it
    text = normalise("典型案例一:东岭县人民检察院督促保护古桥行政公益诉讼案\n【关键词】\n行政公益诉讼 文物保护\n").text
    assert text.split("\n")[:2] == ["典型案例一:东岭县人民检察院督促保护古桥行政公益诉讼案", "【关键词】"]


# ---------------------------------------------------------------- pasted twice

def test_passage_pasted_twice_is_kept_once_with_a_warning():
    result = normalised("004")
    assert result.warnings == ("删除重复段落 1 处",)
    assert result.text.count("建立健全司法办案质效提升机制") == 1
    assert "推动法律监督与社会治理效能双提升" in result.text   # the header between the copies stays


def test_run_of_paragraphs_pasted_twice_is_collapsed():
    first = "该院建立一体化监督机制，强化内部协同，实现线索移送、案件会商、协同办案无缝衔接。"
    second = "健全案件质量全流程管理体系，深入分析研判重点案件类型、办案领域和业务态势。"
    raw = "\n".join(["标题", first, "小标题", second, "作者", first, "小标题", second, "结尾。"])
    result = normalise(raw)
    assert result.text == "\n".join(["标题", first, "小标题", second, "作者", "结尾。"])
    assert result.warnings == ("删除重复段落 1 处",)


def test_short_repeated_lines_are_not_duplicates():
    raw = "专家点评\n甲说得好。\n专家点评\n乙说得好。"
    result = normalise(raw)
    assert result.text == raw and result.warnings == ()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_documents_without_repeats_have_no_warning(prefix):
    assert normalised(prefix).warnings == ()


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_normalising_twice_changes_nothing(prefix):
    once = normalised(prefix).text
    assert normalise(once).text == once


def test_a_run_in_heading_takes_its_wrapped_tail_but_never_the_body_or_a_byline():
    text = ("区公安分局:依托网安构建合成作战机制,推动基层警务实战\n转型升级\n"
            "区法院:创建“党建+N”工作模式,助推法院工作高质量发展\n"
            "紧扣司法为民、公正司法工作主线,创新“党建+N”工作模式,全力推进党建工作与其他工作深度融合。\n"
            "关键词:司法行政法治\n陆某(上海市司法局党委书记、局长)\n")
    assert normalise(text).text.split("\n") == [
        "区公安分局:依托网安构建合成作战机制,推动基层警务实战转型升级",
        "区法院:创建“党建+N”工作模式,助推法院工作高质量发展",
        "紧扣司法为民、公正司法工作主线,创新“党建+N”工作模式,全力推进党建工作与其他工作深度融合。",
        "关键词:司法行政法治", "陆某(上海市司法局党委书记、局长)"]


def test_markup_in_a_saved_page_is_stripped():
    page = ("<html><head><title>x</title><style>p{color:red}</style></head><body>"
            "<h1>某市司法局推行&ldquo;枫桥式&rdquo;调解</h1><p>全年化解纠纷<b>2.1万件</b>，"
            "成功率98.6%。</p><script>var a = 1 < 2;</script><p>下一段&nbsp;内容。<br/>另起一行。</p></body></html>")
    lines = normalise(page).text.split("\n")
    assert lines == ["某市司法局推行“枫桥式”调解", "全年化解纠纷2.1万件，成功率98.6%。", "下一段 内容。", "另起一行。"]


def test_angle_brackets_of_prose_are_not_markup():
    text = "案件数<5件的地区占比下降。A&B两组对比。"
    assert normalise(text).text == "案件数<5件的地区占比下降。A&B两组对比。"


def test_a_list_item_cut_by_a_pdf_column_is_joined_but_an_item_heading_is_not():
    text = ("(一)高位统筹,夯实制度根基。市人大常委会制定《常州\n市优化营商环境条例》,首次以立法确立平等保护原则。\n"
            "二、整合协调,形成“多元化+体系化”人民调解新模式,积极构建矛盾联合化解的新格局\n"
            "对于复杂疑难矛盾纠纷,单靠调委会或调解员不足以有效解决。\n"
            "破产案件平均周期压缩至 180 天,较全国均值快 30%。市检察院完成\n349 份法治体检报告,提出风险建议 810 条。\n")
    assert normalise(text).text.split("\n") == [
        "(一)高位统筹,夯实制度根基。市人大常委会制定《常州市优化营商环境条例》,首次以立法确立平等保护原则。",
        "二、整合协调,形成“多元化+体系化”人民调解新模式,积极构建矛盾联合化解的新格局",
        "对于复杂疑难矛盾纠纷,单靠调委会或调解员不足以有效解决。",
        "破产案件平均周期压缩至 180 天,较全国均值快 30%。市检察院完成349 份法治体检报告,提出风险建议 810 条。"]


def test_a_newspaper_byline_run_into_its_article_is_its_own_line():
    raw = "奋力推进新时代政法工作高质量发展\n□某某县委常委、政法委书记 王某 在全党全国各族人民迈上新征程的关键时刻召开党的二十大。\n"
    lines = normalise(raw).text.split("\n")
    assert lines[1] == "□某某县委常委、政法委书记 王某"
    assert lines[2].startswith("在全党全国各族人民")


@pytest.mark.parametrize("raw, expected", [("滁州市瑯琊区司法局", "滁州市琅琊区司法局"), ("陜西省第一批", "陕西省第一批")])
def test_variant_characters_opencc_leaves_take_the_standard_form(raw, expected):
    assert normalise(raw).text == expected


def test_a_markdown_pages_images_are_no_text():
    text = normalise("![]() |\n面对电诈犯罪多发态势,某县公安局持续发力。\n如图![现场](http://example.org/a.jpg)所示").text
    assert text == "面对电诈犯罪多发态势,某县公安局持续发力。\n如图所示"
