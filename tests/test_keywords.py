"""The keyword automaton finds what the trie regex finds: the longest keyword at each
position, left to right, never overlapping."""
import re
from pathlib import Path

from etl import domains, places, themes
from etl.keywords import keyword_finder, keyword_pattern, keyword_starts

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def _both(words, text):
    return keyword_finder(words)(text), re.findall(keyword_pattern(words), text)


def test_longest_keyword_at_each_position_without_overlap():
    words = ["法院", "人民法院", "院", "人民", "民法", "调解", "调解员"]
    found, by_regex = _both(words, "市人民法院调解员到院调解,民法典")
    assert found == by_regex == ["人民法院", "调解员", "院", "调解", "民法"]


def test_the_vocabularies_scan_the_reports_as_the_regex_does():
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(RAW.glob("*.txt"))]
    assert texts
    for words in (themes.load_vocabulary().weights, domains._vocab()[2]):
        for text in texts:
            found, by_regex = _both(words, text)
            assert found == by_regex


def test_keyword_starts_are_where_the_regex_matches_start():
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(RAW.glob("*.txt"))]
    rx = re.compile(keyword_pattern(places.AGENCY_WORDS, look_ahead=False))
    for text in texts + ["市人民法院\ud800中级人民法院"]:
        assert keyword_starts(places.AGENCY_WORDS)(text) == [m.start() for m in rx.finditer(text)]


def test_a_lone_surrogate_does_not_stop_the_scan():
    assert keyword_finder(["法院"])("法院\ud800法院") == ["法院", "法院"]


def test_no_words_find_nothing():
    assert keyword_finder([])("人民法院") == []
