"""Every string the dashboard shows, in one dictionary (Chinese first).

Pages look strings up here; nothing user-visible is written inline in a page.
Placeholders use str.format names: T["n_rows"].format(n=12).
"""

T = {
    # app chrome
    "app_title": "政法改革对标",
    "app_caption": "政法领域改革最佳实践：案例、数据与对标",
    "nav_header": "页面",
    "page_overview": "总览",
    "page_leaderboard": "排行榜",
    "page_themes": "主题地图",
    "page_case": "案例详情",
    "page_data": "数据下载",
    "page_methodology": "评分方法",
    "page_compare": "案例对比",
    "no_snapshot": "尚无数据快照（{path}）。请先运行 `make etl` 生成数据表。",
    "snapshot_caption": "数据快照 {snapshot_id}：文档 {documents} 篇，案例 {cases} 个",
    "timeout": "查询超时（超过 {seconds} 秒）已中止：{what}。请缩小筛选范围后重试。",
    "empty": "没有符合当前筛选条件的结果。可以放宽年份范围、减少机构或主题，或清空搜索词。",
    "empty_snapshot": "当前数据快照中还没有案例。",
    "open_case": "打开",
    "unknown": "未识别",

    # sidebar filters
    "filters_header": "筛选",
    "f_year": "年份",
    "f_agency": "机构",
    "f_type": "机构类型",
    "f_province": "省份",
    "f_theme": "主题",
    "f_domain": "改革领域",
    "f_q": "搜索标题和正文",
    "f_q_help": "按中文原文子串匹配，例如：调解、公益诉讼",
    "f_clear": "清空筛选",
    "f_no_years": "数据中没有年份信息",
    "f_placeholder": "全部",
    "w_bad_param": "链接参数 {key}={value} 无法识别，已忽略。",
    "w_unknown_key": "未知的链接参数 {key}，已忽略。",
    "w_bad_year": "年份参数 {value} 格式不对（应为 2024 或 2023-2024），已忽略。",
    "w_year_out_of_range": "年份 {value} 超出数据范围（{lo}–{hi}），已按数据范围截取。",
    "w_no_year_data": "数据中没有年份信息，年份参数 {value} 已忽略。",
    "w_bad_weight": "权重参数 {key}={value} 无法识别（应为 0 到 1 之间的数字），已忽略。",
    "w_zero_weights": "各项权重不能全为 0，已按等权重计算。",

    # overview
    "ov_documents": "文档",
    "ov_cases": "案例",
    "ov_agencies": "机构",
    "ov_regions": "地区",
    "ov_figures": "量化数据",
    "ov_by_year": "各年份案例数",
    "ov_by_type": "各类机构案例数",
    "ov_themes": "主要主题",
    "ov_recent": "最近收录的案例",
    "ov_no_year": "案例没有年份信息，无法按年份统计。",

    # leaderboard
    "lb_view": "排名对象",
    "lb_view_cases": "案例",
    "lb_view_agencies": "机构",
    "lb_view_regions": "地区",
    "lb_view_indicator": "单项指标",
    "lb_weights": "评分权重",
    "lb_weights_help": "拖动滑块调整各项权重，排名即时更新；权重随链接保存。",
    "lb_formula": "得分 = 100 × Σ(权重 × 分项) / Σ权重",
    "lb_no_scores": "本快照尚无评分表，暂按“量化成果数”（不同量化指标的个数）排名。",
    "lb_select_hint": "选中一行即可打开该案例。",
    "lb_indicator": "指标或数据类别",
    "lb_indicator_none": "当前筛选下没有量化数据。",
    "lb_direction": "排序方向",
    "lb_higher": "数值越大越好",
    "lb_lower": "数值越小越好",
    "lb_limit": "显示前 {n} 名",

    # score components
    "c_evidence": "量化证据",
    "c_performance": "成效",
    "c_recognition": "荣誉认可",
    "c_replication": "复制推广",

    # themes
    "th_map_theme": "地图主题",
    "th_all_themes": "全部主题",
    "th_map": "各省案例分布",
    "th_drill": "下钻到省份",
    "th_drill_none": "（不下钻）",
    "th_region_map": "{province}各地案例分布",
    "th_no_regions": "{province}的案例没有识别到市县。",
    "th_heatmap": "主题 × 省份",
    "th_type_matrix": "主题 × 机构类型",
    "th_by_year": "各年份主题案例数",
    "th_no_themes": "当前筛选下的案例没有识别到主题。",
    "th_no_provinces": "当前筛选下的案例都没有识别到省份，无法上图。",
    "th_map_fallback": "地图组件暂不可用，以柱状图代替。",
    "map_count": "案例数",
    "map_inset": "南海诸岛",
    "map_unknown_province": "未知省份：{name}",

    # case page
    "case_pick": "请选择一个案例（从排行榜或数据页打开，或在链接中加 ?case=案例编号）。",
    "case_missing": "找不到案例编号为“{case_id}”的案例。它可能来自旧的数据快照，或链接有误。",
    "case_meta": "基本信息",
    "case_figures": "量化数据",
    "case_no_figures": "该案例没有抽取到量化数据。",
    "case_text": "案例正文（高亮为抽取的数据）",
    "case_recognitions": "荣誉与推广",
    "case_no_recognitions": "该案例没有抽取到荣誉或推广信息。",
    "case_scores": "评分分项",
    "case_no_scores": "本快照尚无该案例的评分。",
    "case_percentiles": "各指标百分位（1 = 同指标案例中最好）",
    "case_source": "来源文档",
    "case_fulltext": "展开文档全文",
    "case_similar": "相似案例",
    "case_no_similar": "没有找到相似案例。",
    "case_back": "返回排行榜",

    # compare page
    "cmp_pick": "选择 2–4 个案例进行对比",
    "cmp_pick_help": "候选为当前筛选条件下评分最高的案例；链接参数 cases=编号1,编号2 可直接打开对比。",
    "cmp_need_two": "请至少选择 2 个案例（最多 4 个）。也可以在链接中写 ?cases=编号1,编号2。",
    "cmp_too_many": "最多对比 4 个案例，已只保留前 4 个。",
    "cmp_unknown": "找不到以下案例编号，已忽略：{ids}",
    "cmp_facts": "基本信息",
    "cmp_scores": "评分分项",
    "cmp_shared": "共同指标（同类指标才比较）",
    "cmp_no_shared": "所选案例没有共同的量化指标；下面列出各自的指标。",
    "cmp_own": "各案例独有的指标",
    "cmp_themes": "主题",
    "cmp_recognitions": "荣誉与推广",
    "cmp_none": "无",
    "cmp_direction": {"higher": "越高越好", "lower": "越低越好"},

    # data page
    "data_cases": "案例",
    "data_metrics": "量化数据",
    "data_documents": "文档",
    "data_shown": "显示 {n} 行（最多 {limit} 行）；下载的就是显示的这些行。",
    "data_dictionary": "数据字典",
    "dl_csv": "下载 CSV",
    "dl_xlsx": "下载 Excel",
    "dict_table": "表",
    "dict_column": "字段",
    "dict_label": "中文名",
    "dict_type": "类型",
    "dict_desc": "说明",

    # download file name parts
    "file_cases": "案例",
    "file_metrics": "数据",
    "file_documents": "文档",
    "file_leaderboard": "排行榜",
    "file_all": "全部",
}

AGENCY_TYPES = {
    "court": "法院",
    "procuratorate": "检察院",
    "police": "公安",
    "justice": "司法行政",
    "committee": "政法委",
    "other": "其他",
}

METRIC_KINDS = {
    "count": "数量", "rate": "比率", "money": "金额", "duration": "时长", "change": "增减",
    "rank": "排名", "ratio": "倍数", "speed": "速度", "other": "其他",
}

RECOGNITION_LEVELS = {"national": "国家级", "provincial": "省级", "municipal": "市级", "other": "其他"}
RECOGNITION_KINDS = {"award": "获奖", "typical_case": "典型案例", "promotion": "推广", "pilot": "试点", "other": "其他"}

# Column headings shown in tables and downloads, and the data dictionary's descriptions.
# Keys are the columns of etl/schema.py plus the few computed columns the queries add.
COLUMNS = {
    "doc_id": ("文档编号", "原始文件字节的稳定哈希"),
    "source_path": ("文件路径", "相对于输入目录的路径"),
    "title": ("标题", "案例或文档标题"),
    "publisher": ("发布单位", "文中写明的发布机构"),
    "published_date": ("发布日期", "电头或落款中的日期"),
    "year": ("年份", "报告所述的年份"),
    "script": ("字形", "hans 简体 / hant 繁体（原文所用）"),
    "encoding": ("编码", "原始文件的字符编码"),
    "n_chars": ("字数", "规范化正文的字符数"),
    "sha256": ("SHA-256", "原始文件字节的哈希"),
    "warnings": ("处理提示", "抽取时发现的问题"),
    "text": ("正文", "规范化后的正文；所有位置都指向它"),
    "case_id": ("案例编号", "文档编号、序号与位置的哈希"),
    "seq": ("序号", "案例在文档中的顺序（从 1 开始）"),
    "agency": ("机构", "实施单位全称；以地名为题的案例为该地"),
    "agency_type": ("机构类型", "法院、检察院、公安、司法行政、政法委、其他"),
    "province": ("省份", "所在省级行政区"),
    "city": ("城市", "所在地级行政区"),
    "county": ("区县", "所在县级行政区"),
    "adcode": ("行政区划代码", "已识别到的最细一级的 6 位代码"),
    "summary": ("摘要", "案例开头的概述"),
    "char_start": ("起始位置", "在文档正文中的起始字符位置"),
    "char_end": ("结束位置", "在文档正文中的结束字符位置（不含）"),
    "themes": ("主题", "改革主题标签"),
    "domain": ("改革领域", "五大政法改革领域之一"),
    "metric_id": ("数据编号", "量化数据的编号"),
    "value": ("数值", "换算到基本单位的数值，如 1.4万件 记为 14000"),
    "unit": ("单位", "规范化单位：件、人、%、元……"),
    "label": ("统计对象", "原文中被计数的事项"),
    "kind": ("类别", "数量、比率、金额、时长等"),
    "qualifier": ("修饰", "余、超、近、约"),
    "period": ("数据年份", "数据所指的年份"),
    "indicator": ("指标", "指标词表中的指标键"),
    "sentence": ("原句", "数据所在的句子"),
    "recognition_id": ("荣誉编号", "荣誉或推广记录的编号"),
    "level": ("级别", "国家级、省级、市级、其他"),
    "issuer": ("授予单位", "原文所写的授予或推广单位"),
    "evidence": ("量化证据", "量化的不同指标数（饱和）"),
    "performance": ("成效", "各指标方向感知百分位的平均"),
    "recognition": ("荣誉认可", "达到的最高荣誉级别"),
    "replication": ("复制推广", "做法被推广的范围"),
    "n_indicators": ("指标数", "量化的不同指标个数"),
    "top_recognition_level": ("最高荣誉级别", "national / provincial / municipal"),
    "percentile": ("百分位", "在同一指标的案例中的位置（1 = 最好）"),
    "n_cases": ("案例数", "共享该指标的案例数"),
    # computed by the queries
    "score": ("得分", "按所选权重合成的 0–100 分"),
    "n_results": ("量化成果数", "不同量化指标（或统计对象+单位）的个数"),
    "rank": ("名次", ""),
    "mean_score": ("平均得分", ""),
    "best_score": ("最高得分", ""),
    "best_case": ("最佳案例", ""),
    "region": ("地区", ""),
    "n": ("案例数", ""),
    "similarity": ("相似度", "字符二元组的 Jaccard 相似度"),
    "link": ("链接", ""),
    "direction": ("方向", ""),
    "n_figures": ("数据条数", ""),
}

TABLE_NAMES = {
    "documents": "文档表", "cases": "案例表", "metrics": "量化数据表", "recognitions": "荣誉推广表",
    "case_scores": "评分分项表", "indicator_percentiles": "指标百分位表",
}


def column_label(name: str) -> str:
    return COLUMNS.get(name, (name, ""))[0]


def relabel(columns) -> dict[str, str]:
    """{column: Chinese heading} for DataFrame.rename."""
    return {c: column_label(c) for c in columns}
