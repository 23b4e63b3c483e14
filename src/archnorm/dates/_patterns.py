"""Compiled regular expressions for the dates stage, built once from named fragments.

Every pattern is linear: quantifiers sit on character classes or on fixed alternations, never
on a group that itself repeats, so no input makes them backtrack badly (a test feeds 1 MB of
digits and separators).  Case rules for month and weekday words are checked in code, so the
patterns are case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from archnorm.dates._tables import (
    MONTH_ABBREVIATIONS,
    MONTHS_DE,
    MONTHS_EN,
    MONTHS_LOWER,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    RELATIVE_PHRASE_TRIGGERS,
    RELATIVE_PHRASES,
    STREET_WORDS,
    WEEKDAY_DE_PARTS,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
    WEEKDAYS_PREFIX,
)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored as a trie so that each position tries only
    the branches that start with its character (much faster than a flat alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [_piece(ch) + _trie(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and not ends:
        return body
    return body + ("?" if ends else "")


def _piece(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


_MONTH_WORDS = {**MONTHS_EN, **MONTHS_DE, **MONTHS_LOWER}
_MONTH = (
    rf"(?:(?:{_alternation(MONTH_ABBREVIATIONS)})(?![\w])\.?"
    rf"|(?:{_alternation(set(_MONTH_WORDS) - MONTH_ABBREVIATIONS)})(?![\w]))"
)
_WEEKDAY_PREFIX = rf"(?:{_alternation(WEEKDAYS_PREFIX)})(?![\w])\.?"
_WEEKDAY = rf"(?:{_alternation(WEEKDAYS_EN)})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th|er|e|º|°|\.(?!\d))"
_ORD_EN = r"(?:st|nd|rd|th)"
_YEAR = r"\d{4}(?!\d)"
# a number must not continue a longer number, an amount or an identifier
_LB = r"(?<![\w$€£¥#@+/\\])(?<!\d[.,:-])"
_RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|till|through|thru|bis|au|al|y|et|und|a)\s+)"

# Written dates with a month word.  One match may carry a range: the first end (d1 [m1]) and
# the second (d/m), sharing month and year.  Day-first (DMY) and month-first (MDY) forms.
WRITTEN_RE = re.compile(
    rf"""
    (?:(?<!\w)(?P<wd>{_WEEKDAY_PREFIX}),?\s+)?
    (?:
      {_LB}
      (?:(?P<a_d1>{_DAY}{_ORD}?)(?:\s*(?:of\s+|de\s+)?(?P<a_m1>{_MONTH}))?{_RANGE_SEP})?
      (?P<a_d>{_DAY}{_ORD}?)(?:\s+of|\s+de|\s+del)?(?:\s+|\s*[-/.]\s*)
      (?P<a_m>{_MONTH})
      (?:(?:\s*,\s*|\s*[-/]\s*|\s+)(?:de\s+|del\s+|of\s+)?(?P<a_y>{_YEAR}))?
    |
      (?<!\w)(?P<b_m>{_MONTH})\s*
      (?:(?P<b_d1>{_DAY}{_ORD_EN}?)(?![\w])
         (?:,?\s*(?P<b_y1>{_YEAR}){_RANGE_SEP}(?P<b_m2>{_MONTH})\s*
         | {_RANGE_SEP}(?:(?P<b_m3>{_MONTH})\s*)?))?
      (?P<b_d>{_DAY}{_ORD_EN}?)(?![\w.]\d|[\d\w])(?!\s*(?:of\s+|de\s+)?{_MONTH})
      (?:(?:\s*,\s*|\s+)(?P<b_y>{_YEAR}))?
    |
      (?<!\w)(?P<c_m>{_MONTH})(?:\s*,\s*|\s*[-/]\s*|\s+)(?:of\s+|de\s+)?(?P<c_y>{_YEAR})
    )
    """,
    re.VERBOSE,
)

# Numeric and machine dates.
NUMERIC_RE = re.compile(
    r"""
    (?<![\w.,:/+-])
    (?:
      (?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})
        (?:T(?P<ih>\d{2}):?(?P<imi>\d{2})(?::?(?P<is>\d{2})(?:[.,]\d+)?)?
           (?P<itz>Z|[+-]\d{2}(?::?\d{2})?)?)?
    | (?P<by>\d{4})(?P<bm>\d{2})(?P<bd>\d{2})T(?P<bh>\d{2})(?P<bmi>\d{2})(?P<bs>\d{2})?
        (?P<btz>Z|[+-]\d{4})?
    | (?P<yy>\d{4})(?P<ys>[/.])(?P<ym>\d{1,2})(?P=ys)(?P<yd>\d{1,2})
    | (?P<na>\d{1,2})(?P<ns>[/.-])(?P<nb>\d{1,2})(?P=ns)(?P<ny>\d{4}|\d{2})
    )
    (?![\w%°]|[.,:/-]\d)
    """,
    re.VERBOSE,
)

# A time right after a date: "18:45:00 +0500", ", 9:30 a.m. GMT", " at 10am".
TIME_AFTER_RE = re.compile(
    r"""
    (?:\s*,?\s*(?:at\s+|um\s+|à\s+|a\s+las\s+|-\s*)?|T)
    (?P<h>[01]?\d|2[0-3])
    (?:(?::|h)(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?
    (?:\s*(?P<ap>[ap])\.?\s?m\b\.?)?
    (?:\s*(?P<tz>Z(?![\w])|(?:UTC|GMT)?[+-]\d{2}:?\d{2}(?!\d)|UTC|GMT))?
    (?![\w:])
    """,
    re.VERBOSE | re.IGNORECASE,
)

_NUM = rf"(?:\d{{1,3}}|{_alternation(NUMBER_WORDS)})"
RELATIVE_RE = re.compile(
    rf"""
    (?<![\w'’])
    (?:
      (?P<word>{_alternation(RELATIVE_DAYS)})
    | (?P<phrase>{_alternation(RELATIVE_PHRASES)})
    | the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow)
    | (?P<night>last\s+night|this\s+(?:morning|afternoon|evening))
    | (?P<n>{_NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+ago
    | in\s+(?P<fn>{_NUM})\s+(?P<funit>day|week|month|year)s?(?=\s+time|\s*[.,;]|\s+from\s+now)
    | (?P<rel>last|next|this|coming|past)\s+(?P<runit>week|month|year|(?P<rwd>{_WEEKDAY}))
    | (?P<wd>{_WEEKDAY})
    | (?P<dewd>{_alternation(w + part for w in WEEKDAYS_DE for part in WEEKDAY_DE_PARTS)})
    )
    (?![\w-]|['’](?!s\b))
    """,
    re.VERBOSE,
)

# bare years and decades: context is checked in code
YEAR_RE = re.compile(
    r"""
    (?<![\w$€£¥#@+/\\'’])(?:(?<!-)|(?<=\d{4}-))(?<!\d[.,:])
    (?:
      (?P<dec>\d{3}0)['’]?s
    | ['’](?P<dec2>\d0)s
    | (?P<y>\d{4})
    )
    (?![\w%°]|['’](?!s\b)|[.,:/]\d|-(?!\d{4}(?!\d)|\d\d(?!\d))|\s?%)
    """,
    re.VERBOSE,
)

# "on the 21st": a day of the anchor's month
ORDINAL_DAY_RE = re.compile(
    rf"""
    (?<![\w])(?:on|by|until|till|from|since|before|after|and|to|through)\s+
    (?P<span>the\s+(?P<d>{_DAY})(?:st|nd|rd|th))(?![\w])
    """,
    re.VERBOSE,
)

# words around a weekday that tell the tense of the clause
FUTURE_CUE = (
    r"(?:will|shall|would|to|['’]ll)\s+be\s+[a-z]+ed|(?:expected|forecast|predicted|likely|poised)\s+to|"
    r"expects?|forecasts?|until|till|may|might|will|won['’]t|['’]ll|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|"
    r"going|planning|poised)\s+to|plans?\s+to|intends?\s+to|to\s+be\s+held|scheduled|upcoming|"
    r"next|coming|would\s+(?!have\b)[a-z]+|aims?\s+to|hopes?\s+to|starting|onward|"
    r"wird|werden|soll|sollen|geplant|kommenden?|nächsten?|va|vont|sera|será|serán"
)
PAST_CUE = (
    r"since|said|says|told|was|were|had|did|last|ago|earlier|spent|led|met|held|took|gave|went|came|"
    r"made|began|saw|won|lost|left|sent|kept|found|fell|rose|struck|brought|bought|caught|"
    r"fought|thought|wrote|spoke|broke|chose|drove|flew|grew|knew|threw|ran|stood|became|"
    r"hat|hatte|haben|hatten|war|waren|wurde|wurden|sagte|teilte|erklärte|"
    r"(?-i:[a-z]{2,}ed|ge[a-zäöü]{2,}t)"
)
TENSE_RE = re.compile(
    rf"(?<![\w'’])(?:(?P<future>{FUTURE_CUE})|(?P<past>{PAST_CUE}))(?![\w])", re.IGNORECASE
)
CLAUSE_BREAK_RE = re.compile(r"[.!?;\n]\s|\s(?:and|but|while|whereas|und|aber|mais|pero)\s")
WORD_BEFORE_RE = re.compile(r"([\w.'’-]+)\W{0,3}\Z")
WORD_AFTER_RE = re.compile(r"\W{0,2}?\s*([\w.'’]+)")

TRIGGER_WORDS: dict[str, str] = {
    **dict.fromkeys(_MONTH_WORDS, "m"),
    **dict.fromkeys([*RELATIVE_DAYS, "ago", *RELATIVE_PHRASE_TRIGGERS], "r"),
    **dict.fromkeys(
        ["night", "morning", "afternoon", "evening", "day", "days", "week", "weeks", "month",
         "months", "year", "years", "decades"],
        "u",
    ),
}  # fmt: skip
for _w in WEEKDAYS_PREFIX:
    TRIGGER_WORDS[_w] = TRIGGER_WORDS.get(_w, "") + ("w" if _w in WEEKDAYS_EN else "p")
for _w in WEEKDAYS_DE:
    for _part in WEEKDAY_DE_PARTS:
        TRIGGER_WORDS[_w + _part] = TRIGGER_WORDS.get(_w + _part, "") + "g"
# One pass over the lower-cased text finds every place a date could be: a keyword or a run of
# digits.  The specific patterns above then run only in small windows around these.
# (a leading \b lets the engine skip the inside of words quickly; 3x faster than without)
TRIGGER_RE = re.compile(rf"\b(?:(?P<k>{_alternation(TRIGGER_WORDS)})(?![^\W\d_])|(?P<d>\d+))")


# East Asian dates: "2012年11月06日", "2012년 11월 06일"
CJK_RE = re.compile(
    r"(?P<y>\d{4})\s?[年년]\s?(?:(?P<m>\d{1,2})\s?[月월]\s?(?:(?P<d>\d{1,2})\s?[日일])?)?"
)
# a second year right before or after this one: "2010–2015", "1995-2023", "2010 and 2015"
_PAIR = r"(?:\s?[-–—/]\s?|\s+(?:and|or|to|und|bis|et|y|through)\s+)"
YEAR_PAIR_BEFORE_RE = re.compile(rf"(?<![\d.,])\d{{4}}{_PAIR}\Z")
YEAR_PAIR_AFTER_RE = re.compile(rf"{_PAIR}\d{{4}}(?![\d.,]\d)")
STREET_AFTER_RE = re.compile(
    rf"(?:\s+[A-Z][\w'’.-]*){{1,3}}?\s+(?:{_alternation(w.title() for w in STREET_WORDS)})\b"
)

# a lone month sharing the year of the next one: "in June and July 2014"
MONTH_PAIR_AFTER_RE = re.compile(
    rf"\s*(?:and|or|to|through|until|und|bis|et|y|[-–—/])\s*{_MONTH}\s*,?\s*(?P<y>\d{{4}})(?!\d)"
)

FUNCTION_WORD_RE = re.compile(r"\b[^\W\d_]{1,6}\b")
FIRST_WORD_RE = re.compile(r"\w+|.", re.DOTALL)
DIGIT_AFTER_RE = re.compile(r"\.?\s*\d")
UNIT_BEFORE = ("last ", "next ", "this ", "past ", "coming ")
