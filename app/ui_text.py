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
    "page_methodology": "方法说明",
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
    "w_year_out_of_range": "年份 {value} 部分超出数据范围（{lo}–{hi}），已按 {year_from}–{year_to} 筛选。",
    "w_year_no_overlap": "年份 {value} 超出数据范围（{lo}–{hi}），没有这些年份的案例，年份筛选已忽略。",
    "w_no_year_data": "数据中没有年份信息，年份参数 {value} 已忽略。",
    "w_bad_weight": "权重参数 {key}={value} 无法识别（应为 0 到 1 之间的数字），已忽略。",
    "w_zero_weights": "各项权重不能全为 0，已按等权重计算。",

    # overview
    "ov_documents": "文档",
    "ov_cases": "案例",
    "ov_agencies": "机构",
    "ov_regions": "涉及地区（省/市/县）",
    "ov_regions_help": "案例识别到的最细一级行政区（省、市或区县）的个数，不同层级一并计数。",
    "ov_figures": "量化数据",
    "ov_by_year": "各年份案例数",
    "ov_by_type": "各类机构案例数",
    "ov_themes": "主要主题",
    "ov_recent": "最新报告中的案例",
    "ov_recent_caption": "按来源文档的发布日期从新到旧排列（没有日期的按报告年份）。",
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
    "lb_rollup_hint": ("按平均得分排序，并列时案例多的在前；只有一两个案例的{what}平均分波动大，"
                       "可用“最少案例数”把它们排除。“打开最佳案例”或选中一行，进入该{what}得分最高的案例。"),
    "lb_rollup_hint_unscored": ("按每个案例的平均量化成果数排序，并列时案例多的在前；可用“最少案例数”"
                                "排除案例很少的{what}。“打开最佳案例”或选中一行，进入该{what}量化成果最多的案例。"),
    "lb_min_cases": "最少案例数",
    "lb_min_cases_help": "只列出至少有这么多案例的{what}。",
    "lb_what_agencies": "机构",
    "lb_what_regions": "地区",
    "lb_open_best": "打开最佳案例",
    "lb_weights_default": "当前使用默认权重。",
    "lb_weights_custom": "当前使用自定义权重（已写入链接）。",
    "lb_weights_reset": "恢复默认权重",
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
    "th_no_regions": "{province}的案例没有识别到{level}。",
    "th_unplaced": "另有 {n} 个案例只识别到{province}一级、没有具体的{level}，不在上面的地图中。",
    "th_level_city": "地级市",
    "th_level_county": "区县",
    "th_click_hint": "点击地图上的省份即可下钻到该省。",
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
    "case_document_figures": "所在文档的总体数据",
    "case_document_figures_note": "以下数据出现在文档中所有案例之外（如评选公告的导语），属于文档本身，不计入任何案例的评分。",
    "case_text": "案例正文（高亮为抽取的数据）",
    "case_recognitions": "荣誉与推广",
    "case_no_recognitions": "该案例没有抽取到荣誉或推广信息。",
    "case_scores": "评分分项",
    "case_no_scores": "本快照尚无该案例的评分。",
    "case_percentiles": "各指标百分位（1 = 同指标案例中最好）",
    "case_source": "来源文档",
    "case_fulltext": "展开文档全文",
    "case_similar": "相似案例",
    "case_similar_caption": ("相似度 = 两个案例正文（各取前 3000 字）中共有的相邻两字组合，占两者全部两字组合的比例"
                             "（Jaccard 系数，0–1）。只在主题、机构类型或改革领域有交集的案例中比较；"
                             "相似度低于 {threshold:.2f} 的视为偶然重合，不列出。"),
    "case_weights_default": "得分按默认权重计算：{weights}。",
    "case_weights_custom": "得分按链接中的自定义权重计算：{weights}（默认：{defaults}）。",
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
    "cmp_open": "打开案例",
    "cmp_placeholder": "选择要对比的案例",
    "cmp_percentile": "百分位",

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
    "file_more": "等{n}项",
    "file_sheet": "数据",
    "file_lb_cases": "案例排行",
    "file_lb_agencies": "机构排行",
    "file_lb_regions": "地区排行",
    "file_lb_indicator": "指标排行",

    # methodology page (方法说明)
    "mt_intro": ("得分 = 100 × Σ(权重 × 分项) / Σ权重，四个分项都在 0–1 之间。默认权重如下，"
                 "可在排行榜的“评分权重”中调整。每个分项对应重庆市政法领域改革最佳实践评选的一条标准。"),
    "mt_components": "评分分项与公式",
    "mt_parameters": "参数",
    "mt_component_head": "{name}（对应“{criterion}”，默认权重 {weight}）",
    "mt_catalog": "指标目录",
    "mt_catalog_caption": ("同一指标才相互比较：调解成功率只与成功率比，办理天数只与办理天数比。"
                           "“方向”说明数值越大还是越小越好；“识别词”是在原文中认出该指标的词语（…表示中间可隔几个字）。"),
    "mt_coverage": "抽取数据的指标覆盖率",
    "mt_coverage_line": ("本快照共抽取量化数据 {n} 条，其中 {m} 条（{share:.0%}）归入了指标目录中的某个指标；"
                         "其余数据仍可在案例详情和数据下载中查看，但不参与排名。"),
    "mt_total": "合计",
    "mt_recognitions": "荣誉与推广的层级",
    "mt_domains": "五大改革领域的案例数",
    "mt_no_domain": "未归入领域",
    "mt_limits": "已知局限",
    "mt_limits_text": """
- **“创新性”没有单独计分。** 评选的五条标准中，实效性、典型性、借鉴性、操作性分别由成效、荣誉认可、复制推广、量化证据体现；“首创”“率先”等创新性表述尚未计分。
- **只比较写出来的数字。** 报告没写的成效不计入；同一指标只取一条数据：数量和金额取最大（通常是总数），比率、时长等取方向上最好的一条。
- **数值的口径不统一。** 不同报告的统计时段和范围不同（一年、五年、累计），数量类指标更多反映规模而不是效率。
- **只有一个案例写出的指标记 0.5 分**（无可比对象，不奖不罚）。
- **荣誉层级按原文措辞判断。** 直辖市（北京、天津、上海、重庆）的市级机关和“全市”按省级计；未写明层级的荣誉记为“其他”。文档开头写明的集体评选（如“十大最佳实践”“培优类入库案例”）记给文中每个案例。
- **新增一个较弱的指标可能拉低“成效”**（平均百分位），但同时提高“量化证据”；增加荣誉或把某项数据写得更好，得分不会下降。
""",
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
SCRIPTS = {"hans": "简体", "hant": "繁体"}
DIRECTIONS = T["cmp_direction"]
# The names etl/normalise.py's decode() gives an encoding (charset_normalizer may name others:
# those are shown upper-cased).
ENCODINGS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8（带 BOM）", "utf-16": "UTF-16（带 BOM）", "utf-16-le": "UTF-16 小端",
    "utf-16-be": "UTF-16 大端", "utf-32": "UTF-32", "gb18030": "GB18030（含 GBK、GB2312）", "gbk": "GBK",
    "gb2312": "GB2312", "big5": "Big5（繁体）",
}
# Arrow types of etl/schema.py, as the data dictionary names them.
DATA_TYPES = {
    "string": "文本", "large_string": "文本", "int8": "整数", "int16": "整数", "int32": "整数", "int64": "整数",
    "float": "数值", "double": "数值", "bool": "是/否", "date32[day]": "日期", "timestamp[us]": "日期时间",
    "list<item: string>": "文本列表", "list<item: large_string>": "文本列表",
}
# Parameter names in etl/vocab/score_components.csv (name=value;name=value).
PARAMETER_NAMES = {"K": "满分所需指标数 K", "single_case": "只有一个案例写出的指标", **RECOGNITION_LEVELS}

# Columns whose cells hold codes: tables and downloads show them in Chinese (app/components.readable).
CODE_LABELS = {
    "agency_type": AGENCY_TYPES,
    "level": RECOGNITION_LEVELS,
    "top_recognition_level": RECOGNITION_LEVELS,
    "kind": {**METRIC_KINDS, **RECOGNITION_KINDS},  # the two vocabularies share only "other" (其他)
    "script": SCRIPTS,
    "encoding": ENCODINGS,
    "direction": DIRECTIONS,
}

# Column headings shown in tables and downloads, and the data dictionary's descriptions.
# Keys are the columns of etl/schema.py plus the few computed columns the queries add.
COLUMNS = {
    "doc_id": ("文档编号", "原始文件字节的稳定哈希"),
    "source_path": ("文件路径", "相对于输入目录的路径"),
    "title": ("标题", "案例或文档标题"),
    "publisher": ("发布单位", "文中写明的发布机构"),
    "published_date": ("发布日期", "电头或落款中的日期"),
    "year": ("年份", "报告所述的年份"),
    "script": ("字形", "原文所用字形：简体或繁体"),
    "encoding": ("编码", "原始文件的字符编码"),
    "n_chars": ("字数", "规范化正文的字符数"),
    "sha256": ("SHA-256", "原始文件字节的哈希"),
    "warnings": ("处理提示", "抽取时发现的问题"),
    "text": ("正文", "规范化后的正文；所有位置都指向它"),
    "case_id": ("案例编号", "文档编号、序号与位置的哈希"),
    "seq": ("序号", "案例在文档中的顺序（从 1 开始）"),
    "agency": ("机构", "实施单位全称；以地名为题的案例为该地"),
    "agency_key": ("机构（统一名）", "以本级地名称呼的机构名，各报告写法不同时归为同一机构"),
    "agency_full": ("机构全称", "报告所写的机构全称"),
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
    "indicator": ("指标", "归入的指标（指标目录中的中文名）"),
    "sentence": ("原句", "数据所在的句子"),
    "recognition_id": ("荣誉编号", "荣誉或推广记录的编号"),
    "level": ("级别", "国家级、省级、市级、其他"),
    "issuer": ("授予单位", "原文所写的授予或推广单位"),
    "evidence": ("量化证据", "量化的不同指标数（饱和）"),
    "performance": ("成效", "各指标方向感知百分位的平均"),
    "recognition": ("荣誉认可", "达到的最高荣誉级别"),
    "replication": ("复制推广", "做法被推广的范围"),
    "n_indicators": ("指标数", "量化的不同指标个数"),
    "top_recognition_level": ("最高荣誉级别", "国家级、省级、市级、其他"),
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
    "similarity": ("相似度", "正文相邻两字组合的 Jaccard 相似度（0–1）"),
    "link": ("链接", ""),
    "direction": ("方向", ""),
    "n_figures": ("数据条数", ""),
    "n_recognitions": ("荣誉条数", "荣誉或推广记录的条数"),
    "mean_results": ("平均量化成果数", "每个案例不同量化指标个数的平均"),
    "best_results": ("最多量化成果数", "单个案例不同量化指标个数的最大值"),
    "key": ("指标键", "指标目录中的英文键"),
    "name_zh": ("中文名", ""),
    "name_en": ("英文名", ""),
    "terms": ("识别词", "在原文中认出该指标的词语"),
    "n_mapped": ("归入指标条数", ""),
    "share_mapped": ("归入比例", ""),
    "component": ("评分分项", ""),
    "criterion": ("对应标准", ""),
    "default_weight": ("默认权重", ""),
    "parameters": ("参数", ""),
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
