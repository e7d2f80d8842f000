"""Many keywords -> one fast scan (themes, domains and agency words use it).

`keyword_finder` gives the keywords in a text, left to right, the longest at each position,
never overlapping, from an Aho-Corasick automaton (ahocorasick_rs: Rust's aho-corasick).  It
is what themes and domains scan every case with: ~1.5x faster than the regex below in the
pipeline (~3x on a text alone).

`keyword_starts` gives where those keywords start, for callers that need positions (agency
words): ~2.5x faster than the bare trie regex below on a whole report.

`keyword_pattern` gives the same matches as a regex (the tests check the automaton against
it).  `re` tries a pattern at every position of the text and an alternation branch
by branch, so a flat alternation of a few hundred words is slow (~10 MB/s).  The pattern
built here

* is a character trie: one branch per first character, optional greedy tails, so the
  longest keyword starting at a position wins (优化法治化营商环境 is read whole), exactly
  as the longest-first flat alternation would;
* starts with a look-ahead on the first two characters, which skips the positions where
  no keyword starts (most of them) at the cost of one character-set test;
* splits the first characters into GROUPS groups, each behind its own look-ahead, so a
  position that passes tries a fraction of the first-level branches (`re` tests every
  branch of an alternation even after the matching one has failed deeper).

Keywords that share a first character stay in one group, so the matches are those of
the single trie.  The theme vocabulary scans at ~60 MB/s this way (~30 without groups).

A few dozen words scan faster as the bare trie (look_ahead=False): a pattern that starts
with a plain alternation lets `re` skip ahead to their first characters.

`finditer_at` runs a regex whose every match starts with one of a few rare characters only
where they are: `re` tests a pattern that starts with a character set at every position,
str.find jumps from one of those characters to the next several times faster.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

import ahocorasick_rs

GROUPS = 5
_SURROGATE_RX = re.compile("[\ud800-\udfff]")


def keyword_finder(words) -> Callable[[str], list[str]]:
    """findall for `words`: the keywords in a text, as keyword_pattern's regex finds them."""
    return _scanner(_automaton(words).find_matches_as_strings)


def keyword_starts(words) -> Callable[[str], list[int]]:
    """Where the keywords keyword_finder finds in a text start (character offsets)."""
    find = _scanner(_automaton(words).find_matches_as_indexes)

    def starts(text: str) -> list[int]:
        return [start for _, start, _ in find(text)]
    return starts


def _automaton(words) -> ahocorasick_rs.AhoCorasick:
    # (the library's own choice of automaton: the full DFA is faster alone but, large,
    # slower amid the other stages, which push its table out of the CPU caches)
    return ahocorasick_rs.AhoCorasick(sorted(set(w for w in words if w)),
                                      matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def _scanner(find: Callable[[str], list]) -> Callable[[str], list]:
    def scan(text: str) -> list:
        try:
            return find(text)
        except UnicodeEncodeError:          # a lone surrogate has no UTF-8 for Rust; no keyword holds one
            return find(_SURROGATE_RX.sub("\ufffd", text))   # (one character for one: offsets hold)
    return scan


def keyword_pattern(words, look_ahead: bool = True) -> str:
    """Regex source matching any of `words`, longest first; findall gives the words."""
    words = sorted(set(w for w in words if w))
    if not words:
        return "(?!)"
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not look_ahead:
        return _branch(trie)
    firsts = sorted(ch for ch in trie if ch)
    size = -(-len(firsts) // GROUPS)
    groups = [firsts[i:i + size] for i in range(0, len(firsts), size)]
    two_chars = all(len(w) >= 2 for w in words)
    parts = [_look_ahead(group, {c2 for c in group for c2 in trie[c] if c2} if two_chars else None)
             + _branch({c: trie[c] for c in group}) for group in groups]
    head = _look_ahead(firsts, {w[1] for w in words} if two_chars else None)
    return head + (parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")")


def _look_ahead(first: list[str], second: set[str] | None) -> str:
    out = f"(?=[{re.escape(''.join(first))}]"
    if second:
        out += f"[{re.escape(''.join(sorted(second)))}]"
    return out + ")"


def _branch(node: dict) -> str:
    alts = [re.escape(ch) + _branch(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def finditer_at(rx: re.Pattern, firsts: str, text: str, start: int, end: int) -> Iterator[re.Match]:
    """rx.finditer(text, start, end), for a pattern that never matches empty and whose every
    match starts with one of the characters `firsts`: rx is tried at each of them in turn,
    past the end of the last match, as finditer would (its look-behinds see the same text)."""
    at = []
    for c in firsts:
        i = text.find(c, start, end)
        while i >= 0:
            at.append(i)
            i = text.find(c, i + 1, end)
    if len(firsts) > 1:
        at.sort()
    after = start
    for i in at:
        if i >= after:
            m = rx.match(text, i, end)
            if m:
                yield m
                after = m.end()
