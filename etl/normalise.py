"""Raw bytes -> clean simplified text, one paragraph per line.

decode() finds the encoding; normalise() repairs what scrapers and PDF/HTML
exports do to these reports, so later stages see one consistent form:
simplified script, ASCII digits/%, no glued pinyin, no layout junk, no passage
pasted twice, paragraphs separated by exactly one newline.
"""
from __future__ import annotations

import codecs
import csv
import html
import re
from pathlib import Path

import numpy as np
import opencc
from charset_normalizer import from_bytes

from etl.records import NormalisedText, UnreadableFile

_T2S = opencc.OpenCC("t2s")


def _variants() -> dict[int, str]:
    with open(Path(__file__).resolve().parent / "vocab" / "char_variants.csv", encoding="utf-8", newline="") as fh:
        return str.maketrans({row["variant"]: row["standard"] for row in csv.DictReader(fh)})


_VARIANTS = _variants()
# str.translate walks every character (a dict look-up each); the variants are rare, so a
# character set finds their runs (see _FULLWIDTH_RX below for the [x][x]* form).
_VARIANT_SET = "[" + "".join(re.escape(chr(c)) for c in _VARIANTS) + "]"
_VARIANT_RX = re.compile(_VARIANT_SET + _VARIANT_SET + "*")


def _standard_variants(text: str) -> str:
    return _VARIANT_RX.sub(lambda m: m[0].translate(_VARIANTS), text)


def to_simplified(text: str) -> str:
    """Traditional -> simplified characters, with the converter every stored text went through
    (and the variant characters it leaves: 陜西 -> 陕西)."""
    return _standard_variants(_T2S.convert(text))

# ---------------------------------------------------------------- decoding

# Control characters that never occur in a text file (tab, LF, CR, FF allowed).
_CONTROL_RX = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.001


def decode(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise UnreadableFile with a Chinese reason."""
    if not raw.strip():
        raise UnreadableFile("文件为空")
    text, encoding = _decode_fast(raw)
    if text is None:
        if b"\x00" in raw:
            raise UnreadableFile("文件含二进制内容(NUL 字节),不是文本文件")
        best = from_bytes(raw).best()
        if best is None or not _looks_like_text(str(best)):
            raise UnreadableFile("无法识别文件编码(不是 UTF-8、GB18030/GBK 或 UTF-16 文本)")
        text, encoding = str(best), best.encoding
    if not text.strip():
        raise UnreadableFile("文件为空")
    if len(_CONTROL_RX.findall(text)) > max(2, _MAX_CONTROL_SHARE * len(text)):
        raise UnreadableFile("文件含大量控制字符,疑似二进制文件")
    return text, encoding


def _decode_fast(raw: bytes) -> tuple[str | None, str | None]:
    # BOMs first: they are unambiguous (UTF-32 before UTF-16: FF FE 00 00 starts both).
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                      (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError as exc:
                raise UnreadableFile(f"文件声明为 {name} 编码但内容无法按该编码解读") from exc
    if b"\x00" in raw:                       # NULs: UTF-16 without BOM, or binary
        return _try_utf16(raw)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # GB18030 is a superset of GBK and GB2312: one name for the whole family.
        text = raw.decode("gb18030")
        if _looks_like_text(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    return _try_utf16(raw)


def _try_utf16(raw: bytes) -> tuple[str | None, str | None]:
    if len(raw) % 2:
        return None, None
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, name
    return None, None


# Frequent Han characters: real Chinese prose is mostly made of them, while bytes decoded
# with the wrong codec scatter over all 20,000+ CJK code points.
_COMMON_HAN = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从"
    "业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又"
    "么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位"
    "入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放"
    "决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受"
    "联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
    "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复"
    "容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值"
    "号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参"
    "红细引听该铁价严检察司审判案诉讼纠纷调解矛盾服务群众改革创新机制推进建设治理监督执法"
    # the same frequent characters in traditional script, for Big5/UTF-16 traditional files
    "這個們來時國會說為對發與頭實業體點關問開數長機現經從過還區裡劃動議權條區務調審議決處產結當")
HAN_RX = re.compile(r"[\u3400-\u9fff]")      # a Chinese character (also read by the pipeline)
_COMMON_HAN_RX = re.compile(f"[{_COMMON_HAN}]")
_PRINTABLE_RX = re.compile(r"[\x20-\x7e\t\n\r\u3000-\u303f\uff00-\uffef\u2000-\u206f\u3400-\u9fff]")


def _looks_like_text(text: str) -> bool:
    sample = text[:3000]
    if not sample.strip():
        return False
    if len(_PRINTABLE_RX.findall(sample)) < 0.9 * len(sample):
        return False
    n_han = len(HAN_RX.findall(sample))
    return n_han < 20 or len(_COMMON_HAN_RX.findall(sample)) >= 0.3 * n_han


# ---------------------------------------------------------------- normalising

# Invisible characters scrapers leave behind; NBSP and the ideographic space are spaces.
_INVISIBLE = {0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x00AD: None,
              0x00A0: " ", 0x3000: " ", 0x2028: "\n", 0x2029: "\n", 0x0C: "\n", 0x0B: "\n"}
# Full-width ASCII letters and digits -> ASCII; %, /, + are always numeric or technical.
_FULLWIDTH = {**{0xFF10 + i: 0x30 + i for i in range(10)},
              **{0xFF21 + i: 0x41 + i for i in range(26)},
              **{0xFF41 + i: 0x61 + i for i in range(26)},
              ord("％"): "%", ord("‰"): "‰", ord("／"): "/", ord("＋"): "+"}
# str.translate walks every character; these find the rare runs that need it.  Written
# [x][x]* rather than [x]+: a pattern that starts with a character set lets `re` skip
# ahead to the next candidate in a tight C loop (3x faster on text that has none).
_INVISIBLE_SET = "[" + "".join(map(chr, _INVISIBLE)) + "]"
_INVISIBLE_RX = re.compile(_INVISIBLE_SET + _INVISIBLE_SET + "*")
_FULLWIDTH_SET = "[" + "".join(re.escape(chr(c)) for c in _FULLWIDTH) + "]"
_FULLWIDTH_RX = re.compile(_FULLWIDTH_SET + _FULLWIDTH_SET + "*")
# Full-width separators only become ASCII between digits (１２．５ -> 12.5, 1：1.104 -> 1:1.104);
# in prose ．：－ stay as they are.
# One pattern per separator, the separator first: `re` skips ahead to a literal first
# character in a tight loop but tests a character set at every position (4x slower).
# Each pass sees the digits as they were, so the passes give what one pass over [．：－] gave.
_DIGIT_SEPARATOR_RXS = tuple((sep, re.compile(f"{sep}(?<=\\d{sep})(?=\\d)"), ascii_sep)
                             for sep, ascii_sep in {"．": ".", "：": ":", "－": "-"}.items())
# a scraper's stray comma doubling the text's own mark (成立公司,,选择…, 法院,、检察院, 逃走,。)
_DOUBLED_COMMA_RX = re.compile(r"[,，]+(?=[,，、。；;！？!?])")
# Typing slip seen in reports: 同比增长46.8.% (a stray point before the per-cent sign).
_STRAY_POINT_RX = re.compile(r"(\d)\.%")

# …and the digits of a per-cent: "占全局 5 5 %" is 55 % (one digit a group, a space between)
# (the digit first, the look-behind after it: `re` then skips ahead to the next digit, 3x faster)
_SPACED_PERCENT_RX = re.compile(r"\d(?<![\d.]\d)(?: \d){1,3}(?= ?%)")
# What every spaced per-cent holds; a space first, so most texts (none) cost a fast skip.
_SPACED_DIGITS_RX = re.compile(r" (?<=\d )\d")

# PDF and web exports space out dates: "2018 年11 月12 日", 《2025 年度…》.
# (spaces first, so the regex engine skips ahead to them; the digit is checked behind)
_DIGIT_SPACE_DATE_RX = re.compile(r"[ \u3000]+(?<=\d[ \u3000])(?=[年月日])")
# Scraped text glues pinyin after a character or a word (up to 24 letters): 領(lǐng)域, 萬(wàn)人次, 中心(zhōngxīn).
# Tone-marked syllables go wherever they are; toneless ones only right after a Han character.
# Some scrapers also add a space after the pinyin: 東(dong) 方; it goes with it.
_PINYIN_RX = re.compile(
    r"[(（]\s*([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,24})\s*[)）]( (?=[\u3400-\u9fff]))?")
# Mojibake ate the opening bracket of a pinyin tail: 當?shù)… (the ? stands for the lost 地().
_PINYIN_LOST_OPEN_RX = re.compile(r"(?<=[?\ufffd])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}[)）]")
_TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ")
_TONELESS = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ", "aaaaeeeeiiiioooouuuuüüüünnn")
_TONELESS_SYLLABLE_RX = re.compile(
    r"(?:[bpmfdtnlgkhjqxryw]|[zcs]h?)?"
    r"(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|"
    r"o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|ü|üe)")
# a word's pinyin: syllables only (zhōngxīn, tōngdiànhuà, guǎngxīzhuàngzúzìzhìqū)
_PINYIN_WORD_RX = re.compile(f"(?:{_TONELESS_SYLLABLE_RX.pattern}){{2,12}}")

_LINE_SPACE_RX = re.compile(r"[ \t]+")
# HTML exports flatten <p> into spaces: "…人心。 一、突出稳进增效" is a paragraph break.
# (a space or a tab first, one pattern each: they are rare in Chinese text, sentence ends are
# not, and `re` skips ahead to a literal far faster than to a character set)
_INLINE_BREAK_RXS = tuple((gap, re.compile(f"{gap}(?<=[。！？!?]{gap})[ \\t]*(?=\\S)")) for gap in " \t")
# A newspaper byline run into its article: "□某县委常委、政法委书记 洪某 在全党…".
_RUN_IN_BYLINE_RX = re.compile(r"^(□\s*[^\s。，,；;]{4,40}\s+[\u4e00-\u9fff]{2,4}) (?=[^\s]{10})")
# A numbered heading run into its body: "一、突出稳进增效,构建法律监督新格局 高质效办好…".
_RUN_IN_HEADING_RX = re.compile(
    r"^((?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])[^。！？\s]{2,40}) (?=\S)")
# A photo's caption run into the entry under it: "(某某【资料图】) 市高法院: 标题 …".
# (a caption holds words: not a date in brackets, ( 2024-05-20 ) 来源:…)
_RUN_IN_CAPTION_RX = re.compile(r"^([(（](?=[^()（）]*[\u4e00-\u9fff]{2})[^()（）。]{2,40}[)）])[ \t]+(?=[^\s]{2,14}[:：])")
# Layout junk: table rules, lone separators, and page furniture of web and PDF exports.
_JUNK_LINE_RX = re.compile(
    r"^(?:[|｜\-—–_=*·•~#\s]+"
    r"|第\s*\d+\s*页(?:\s*/?\s*共\s*\d+\s*页)?|-\s*\d+\s*-|共\s*\d+\s*页"
    r"|返回顶部|打印本页|关闭窗口|【?打印】?|【?关闭】?|上一篇.*|下一篇.*|分享到[:：]?.*"
    r"|【?字[体号][:：]?\s*[大中小\s|]+】?|扫一扫.*手机.*)$")
_EDGE_BARS = "|｜ "
# First characters the junk and run-in heading patterns can start with: most lines
# are skipped by one set look-up instead of a regex call.
_JUNK_FIRST = frozenset("|｜-—–_=*·•~#第共返打关【上下分字扫") | frozenset(" \t\n\r\f\v\u3000")
_RUN_IN_FIRST = frozenset("一二三四五六七八九十(（")

# Broken lines (PDF column layout): a paragraph ending mid-sentence continues on the next.
_ENDS_MID_SENTENCE = set("，,、（(“《")
_SENTENCE_FINAL = set("。！？!?；;：:”’）)】」』》…")
# (list numbers have one or two digits: "349 份报告" or "100.5万件" open no item)
_LIST_MARKER_RX = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．\s])")
_MIN_BROKEN_LINE = 25
# "机构:标题" / "某镇:标题": a short label, a colon, and one heading's worth of text
_RUN_IN_LABEL_RX = re.compile(r"^[^，,。；;：:]{2,12}[：:][^：:。；;>/|»]+$")   # not a breadcrumb trail
_MAX_HEADING = 45
_PUNCTUATION_RX = re.compile(r"[，,。；;：:、！？!?]")

# A paragraph this long seen twice is a pasted-twice passage, not a coincidence.
_MIN_DUPLICATE_CHARS = 40
_HANT_SHARE = 0.02


def normalise(text: str) -> NormalisedText:
    warnings: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text or "&" in text:
        text = _strip_html(text)
    if "![" in text:                        # a page saved as Markdown: its images are no text
        text = _MARKDOWN_IMAGE_RX.sub("", text)
    text = _INVISIBLE_RX.sub(lambda m: m[0].translate(_INVISIBLE), text)
    text = _PINYIN_RX.sub(_drop_pinyin, text)
    if "?" in text or "\ufffd" in text:
        text = _PINYIN_LOST_OPEN_RX.sub(lambda m: "" if _TONE_MARKS.intersection(m[0]) else m[0], text)
    simplified = _T2S.convert(text)
    script = "hant" if _is_traditional(text, simplified) else "hans"
    simplified = _standard_variants(simplified)   # (a variant alone makes no traditional script)
    text = _FULLWIDTH_RX.sub(lambda m: m[0].translate(_FULLWIDTH), simplified)
    text = _DOUBLED_COMMA_RX.sub("", text)
    for sep, rx, ascii_sep in _DIGIT_SEPARATOR_RXS:
        if sep in text:
            text = rx.sub(ascii_sep, text)
    if ".%" in text:
        text = _STRAY_POINT_RX.sub(r"\1%", text)
    if "%" in text and _SPACED_DIGITS_RX.search(text):
        text = _SPACED_PERCENT_RX.sub(lambda m: m[0].replace(" ", ""), text)
    if " 年" in text or " 月" in text or " 日" in text:
        text = _DIGIT_SPACE_DATE_RX.sub("", text)
    for gap, rx in _INLINE_BREAK_RXS:
        if gap in text:
            text = rx.sub("\n", text)

    # Spaces are collapsed over the whole text at once ([ \t]+ never spans a line); a
    # text without tabs or double spaces has nothing to collapse.
    if "\t" in text or "  " in text:
        text = _LINE_SPACE_RX.sub(" ", text)
    paragraphs = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or (line[0] in _JUNK_FIRST and _JUNK_LINE_RX.match(line)):
            continue
        if ('="' in line or "/>" in line) and _is_markup(line):
            continue
        line = line.strip(_EDGE_BARS)
        if not line:
            continue
        if line[0] in _RUN_IN_FIRST:
            line = _RUN_IN_CAPTION_RX.sub("\\1\n", line)
            paragraphs.extend(_RUN_IN_HEADING_RX.sub("\\1\n", line).split("\n"))
        elif line[0] == "□":
            paragraphs.extend(_RUN_IN_BYLINE_RX.sub("\\1\n", line).split("\n"))
        else:
            paragraphs.append(line)
    paragraphs = _join_broken_lines(paragraphs)
    paragraphs, n_runs = _drop_repeated_passages(paragraphs)
    if n_runs:
        warnings.append(f"删除重复段落 {n_runs} 处")
    return NormalisedText(text="\n".join(paragraphs), script=script, warnings=tuple(warnings))


# A page saved as .txt with its markup: scripts and styles go, block tags end a
# paragraph, inline tags vanish, entities (&nbsp; &#8220;) become their characters.
_HTML_DROP_RX = re.compile(r"<(script|style|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_HTML_BLOCK_RX = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote)\b[^<>]*>", re.I)
_HTML_TAG_RX = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_HTML_ENTITY_RX = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def _strip_html(text: str) -> str:
    if _HTML_TAG_RX.search(text):
        text = _HTML_DROP_RX.sub("", text)
        text = _HTML_BLOCK_RX.sub("\n", text)
        text = _HTML_TAG_RX.sub("", text)
    if _HTML_ENTITY_RX.search(text):
        text = _HTML_ENTITY_RX.sub(lambda m: html.unescape(m[0]), text).replace("\xa0", " ")
    return text


_MARKDOWN_IMAGE_RX = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")


# A scraper's left-over HTML: onload="this.removeAttribute('width');" />
def _is_markup(line: str) -> bool:
    """A line that is mostly markup (attributes, tags) rather than prose."""
    return len(HAN_RX.findall(line)) * 3 < len(line)


def _drop_pinyin(m: re.Match) -> str:
    syllable = m[1]
    if _TONE_MARKS.intersection(syllable) and (len(syllable) <= 6 or _PINYIN_WORD_RX.fullmatch(
            syllable.lower().translate(_TONELESS))):
        return ""                           # (a long one must read as syllables: not an English word)
    after_han = m.start() > 0 and "\u3400" <= m.string[m.start() - 1] <= "\u9fff"
    # a lone vowel in brackets is more likely a list label, 条款(a), than pinyin
    # (a word's toneless pinyin, (online), could be English: one syllable only)
    if after_han and 1 < len(syllable) <= 6 and _TONELESS_SYLLABLE_RX.fullmatch(syllable):
        return ""
    return m[0]


def _is_traditional(original: str, simplified: str) -> bool:
    if original == simplified:
        return False
    # t2s maps character for character almost always; a length change counts as changes too.
    # Compared as arrays of code points (same count as zip + !=, without a Python loop).
    a = np.frombuffer(original.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(simplified.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = min(len(a), len(b))
    changed = int(np.count_nonzero(a[:n] != b[:n])) + abs(len(original) - len(simplified))
    return changed > _HANT_SHARE * max(1, len(original)) and changed >= 5


def _join_broken_lines(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for para in paragraphs:
        if out and _continues(out[-1], para):
            out[-1] += para
        else:
            out.append(para)
    return out


def _continues(prev: str, para: str) -> bool:
    """True when `para` is the rest of `prev`, cut by a PDF line/column break."""
    last = prev[-1]
    if len(prev) <= _MAX_HEADING and last not in _SENTENCE_FINAL and _RUN_IN_LABEL_RX.match(prev):
        # "区公安分局:依托网安…推动基层警务实战 / 转型升级": a heading's wrapped tail joins
        # it; the body below it never does
        # (a plain run of words: not a byline "陆某(某局局长)" under a "关键词:" line)
        return (len(para) < _MIN_BROKEN_LINE and not _LIST_MARKER_RX.match(para)
                and not any(c in para for c in ":：。；;(（【[ "))   # (nor a section label: 【关键词】)
    mid_sentence = last in _ENDS_MID_SENTENCE
    if not mid_sentence and (len(prev) < _MIN_BROKEN_LINE or last in _SENTENCE_FINAL):
        return False                        # most paragraphs: no regex needed to say no
    if _LIST_MARKER_RX.match(para):
        return False
    if mid_sentence:
        return True
    # A long line with sentence punctuation inside that stops on a plain character was cut;
    # headings (short, or ending in a quote or bracket) are left alone, and so is a short
    # unpunctuated line after it: a name or a byline (熊毅 / 江苏省南京市人民检察院).
    return (len(prev) >= _MIN_BROKEN_LINE and last not in _SENTENCE_FINAL
            and ("，" in prev or "," in prev or "。" in prev)
            # an item heading "(一)强化引领" stays apart; an item that already holds a
            # sentence ("(一)高位统筹,夯实根基。市人大制定《常州") was cut
            and (not _LIST_MARKER_RX.match(prev) or "。" in prev) and para[0] not in "“《(（【"
            and not (len(para) < _MIN_BROKEN_LINE and not _PUNCTUATION_RX.search(para)))


def _drop_repeated_passages(paragraphs: list[str]) -> tuple[list[str], int]:
    """Drop the second copy of a long paragraph, and of the short ones pasted with it."""
    first_seen: dict[str, int] = {}
    dropped: set[int] = set()
    for i, para in enumerate(paragraphs):
        if len(para) < _MIN_DUPLICATE_CHARS:
            continue
        j = first_seen.setdefault(para, i)
        if j == i:
            continue
        dropped.add(i)
        # Extend over neighbours that repeat the neighbours of the first copy.
        for step in (-1, 1):
            a, b = j + step, i + step
            while 0 <= a < len(paragraphs) and 0 <= b < len(paragraphs) and a != i and b != j \
                    and paragraphs[a] == paragraphs[b] and b not in dropped:
                dropped.add(b)
                a, b = a + step, b + step
    runs = sum(1 for i in dropped if i - 1 not in dropped)
    return [p for i, p in enumerate(paragraphs) if i not in dropped], runs
