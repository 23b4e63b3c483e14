"""`find_dates`: date expressions in running text, with span, ISO value and precision.

One pass over the lower-cased text finds trigger words (month, weekday and relative words) and
digit runs; around each, the specific patterns (written dates with month words, numeric dates,
relative expressions, bare years and decades) propose candidates; each is checked (case of
month words, calendar validity, year ranges, the words around a bare number) and resolved
against the anchor.
Rejected dates block their span, so "February 30, 2020" does not fall back to a bare "2020".
Candidates are then chosen by rank (full dates before relative ones before bare years), without
overlaps, and returned sorted by start.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

from archnorm.dates import _patterns as P
from archnorm.dates._tables import MONTH_ALONE_BEFORE, MONTH_OF_BEFORE, ORDINAL_NOT_DATE_AFTER
from archnorm.dates._words import (
    cjk_date,
    day_first_language,
    day_of,
    finer,
    month_of,
    relative_value,
    time_after,
    utc_offset,
    weekday_ok,
    year_context,
)
from archnorm.dates.config import DateConfig, config_from
from archnorm.dates.resolve import (
    Anchor,
    clause_tense,
    complete_year,
    parse_anchor,
    two_digit_year,
    valid_date,
)
from archnorm.errors import ConfigError, ResourceLimitError
from archnorm.record import DateMention, Precision

_RANK_FULL = 5
_RANK_ORDINAL = 3
_RANK_RELATIVE = 2
_RANK_YEAR = 1
_BLOCK = 9

_CAPITAL_WORD_RE = re.compile(r"\s+([^\W\d_][\w'’.-]*)")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rank: int
    value: str = ""
    precision: Precision = "day"
    relative: bool = False
    time: str | None = None


class _Scan:
    """State of one `find_dates` call: the text, options and candidates found so far."""

    def __init__(self, text: str, anchor: Anchor | None, dayfirst: bool | None, cfg: DateConfig):
        self.text = text
        self.anchor = anchor
        self.dayfirst = dayfirst
        self.cfg = cfg
        self.cands: list[_Cand] = []
        self.order_votes = 0  # > 0: the text writes day before month ("23 September 2001")
        self.written_end = 0
        self.seen: set[tuple[int, int]] = set()
        low = text.lower()
        if len(low) != len(text):  # only "İ" lower-cases to two characters
            low = text.replace("\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}", "i").lower()
        self.low = low

    # -- helpers ------------------------------------------------------------------------------
    def year_ok(self, year: int) -> bool:
        return self.cfg.year_min <= year <= self.cfg.year_max

    def add_day(self, start: int, end: int, date: _dt.date, *, rel: bool, time: bool) -> None:
        clock = time_after(self.text, end) if time else None
        if clock is not None:
            end, stamp = clock
        else:
            stamp = None
        self.cands.append(_Cand(start, end, _RANK_FULL, date.isoformat(), "day", rel, stamp))

    def group(self, m: re.Match[str], name: str) -> str | None:
        """Group ``name`` of a match on the lower-cased text, read from the original text."""
        start = m.start(name)
        return None if start < 0 else self.text[start : m.end(name)]

    def block(self, start: int, end: int) -> None:
        self.cands.append(_Cand(start, end, _BLOCK))

    # -- written dates -----------------------------------------------------------------------
    def scan(self) -> None:
        """One pass over the trigger words and digit runs, dispatching to the specific checks."""
        low = self.low
        size = len(low)
        numeric: list[re.Match[str]] = []
        relative = self.anchor is not None and self.cfg.relative
        for t in P.TRIGGER_RE.finditer(low):
            s, e = t.span()
            if s and low[s - 1].isalpha():
                continue
            if t.lastgroup == "k":
                kind = P.TRIGGER_WORDS[t.group()]
                if "m" in kind and e > self.written_end:
                    # a weekday before the date is found from the month word's window
                    if month_of(self.text[s:e], has_day=True) is None:
                        continue
                    self.written(max(self.written_end, s - 50), min(size, e + 60), s)
                    if e > self.written_end and self.anchor is not None:
                        self.month_alone(s, e)
                if not relative:
                    continue
                if "u" in kind:
                    # "two days ago", "last week", "in three days": check the words around first
                    if not (
                        low.startswith((" ago", "s ago"), e)
                        or low[max(0, s - 8) : s].endswith(P.UNIT_BEFORE)
                        or " in " in low[max(0, s - 16) : s]
                    ):
                        continue
                elif (
                    ("w" in kind or "g" in kind)
                    and not self.text[s].isupper()
                    and not low[max(0, s - 8) : s].endswith(P.UNIT_BEFORE)
                ):
                    continue
                if "r" in kind or "u" in kind or "w" in kind or "g" in kind:
                    self.relative(max(0, s - 30), min(size, e + 20), s)
                continue
            n = e - s
            nxt = low[e : e + 1]
            if nxt and nxt in "/.-t" and n in (1, 2, 4, 8):
                got = P.NUMERIC_RE.match(self.text, s)
                if got:
                    numeric.append(got)
            if n == 4 and nxt and nxt in "年년 ":
                self.cjk(s)
            if (n == 4 and low[s] in "12") or (n == 2 and nxt == "s" and s and low[s - 1] in "'’"):
                self.year(s)
            elif relative and n <= 2 and low.startswith(("st", "nd", "rd", "th"), e):
                self.ordinal_day(s)
        if numeric:
            self.numeric(numeric)

    def written(self, lo: int, hi: int, trigger: int) -> None:
        pos = lo
        while pos < hi:
            m = P.WRITTEN_RE.search(self.low, pos, hi)
            if m is None or m.start() > trigger:
                return
            if self.written_match(m):
                self.written_end = pos = m.end()
            else:
                # retry just after the first word, so a shorter date inside can still match
                first = P.FIRST_WORD_RE.match(self.low, m.start())
                pos = first.end() if first else m.start() + 1

    def written_match(self, m: re.Match[str]) -> bool:
        anchor = self.anchor
        if m.group("c_m"):
            month = month_of(self.group(m, "c_m") or "", has_day=False)
            year = int(m.group("c_y"))
            if month is None:
                return False
            if not self.year_ok(year):
                return False
            start = m.start("wd") if weekday_ok(m) else m.start("c_m")
            self.cands.append(_Cand(start, m.end(), _RANK_FULL, f"{year:04d}-{month:02d}", "month"))
            return True
        dmy = m.group("a_m") is not None
        p = "a_" if dmy else "b_"
        month = month_of(self.group(m, p + "m") or "", has_day=True)
        if month is None:
            return False
        second_month = None if dmy else (self.group(m, "b_m2") or self.group(m, "b_m3"))
        month1 = month
        if second_month is not None:
            got2 = month_of(second_month, has_day=True)
            if got2 is None:
                return False
            month = got2
        day = day_of(m.group(p + "d"))
        year_text = m.group(p + "y")
        rel = year_text is None
        if year_text is not None:
            year = int(year_text)
        elif anchor is not None:
            year = complete_year(anchor, month, day)
            near = valid_date(year, month, day) if anchor.precision == "day" else None
            if near is not None and abs((near - anchor.date).days) > 45:
                # far from the anchor: let the clause's tense pick the side ("was arrested in
                # April for the March 21 call" in November is last March, not next)
                window = self.cfg.tense_window
                side = clause_tense(self.text, m.start(), m.end(), window, default=0)
                if near > anchor.date and side < 0:
                    year -= 1
                elif near < anchor.date and side > 0:
                    year += 1
        else:
            return True  # "March 7" without a year or an anchor: nothing to resolve it to
        if not self.year_ok(year):
            return False
        self.order_votes += 1 if dmy else -1
        # the first end of a range, if any
        first: tuple[int, int, _dt.date | None] | None = None
        d1 = m.group(p + "d1")
        if d1 is not None:
            m1_text = self.group(m, "a_m1") if dmy else None
            if m1_text is not None:
                got = month_of(m1_text, has_day=True)
                month1 = got if got is not None else month
            year1 = year
            if not dmy and m.group("b_y1"):
                year1 = int(m.group("b_y1"))
            elif month1 > month:
                year1 = year - 1  # "30 December - 2 January 2020"
            s1 = m.start(p + "d1") if dmy else m.start("b_m")
            e1 = m.end("a_m1") if dmy and m1_text else m.end(p + "d1")
            if not dmy and m.group("b_y1"):
                e1 = m.end("b_y1")
            first = (s1, e1, valid_date(year1, month1, day_of(d1)))
        if weekday_ok(m):
            lead = m.start("wd")
        elif first is not None:
            lead = first[0]
        elif dmy:
            lead = m.start("a_d")
        else:
            lead = m.start("b_m")
        date = valid_date(year, month, day)
        if date is None or (first is not None and first[2] is None):
            self.block(lead, m.end())
            return True
        if first is not None and first[2] is not None:
            self.cands.append(_Cand(lead, first[1], _RANK_FULL, first[2].isoformat(), "day", rel))
            second_start = m.start(p + "d")
            if not dmy and (m.group("b_m2") or m.group("b_m3")):
                second_start = m.start("b_m2") if m.group("b_m2") else m.start("b_m3")
        else:
            second_start = lead
        self.add_day(second_start, m.end(), date, rel=rel, time=True)
        return True

    def month_alone(self, s: int, e: int) -> None:
        """A month name with no day or year, after a preposition: "in June", "since March"."""
        anchor = self.anchor
        assert anchor is not None
        word = self.text[s:e]
        month = month_of(word, has_day=False)
        if month is None or P.DIGIT_AFTER_RE.match(self.text, e):
            return
        before = P.WORD_BEFORE_RE.search(self.low, max(0, s - 16), s)
        prev = before.group(1).strip(".'’-") if before else ""
        if before is None or before.end(1) < s - 1:
            return
        if prev == "of":  # "the end of August", "the first week of May"
            at = before.start(1)
            before = P.WORD_BEFORE_RE.search(self.low, max(0, at - 16), at)
            if before is None or before.end(1) < at - 1 or before.group(1) not in MONTH_OF_BEFORE:
                return
        elif prev not in MONTH_ALONE_BEFORE:
            return
        year, base = anchor.date.year, anchor.date.month
        pair = P.MONTH_PAIR_AFTER_RE.match(self.low, e)
        if pair is not None:
            year = int(pair.group("y"))
            if self.year_ok(year):
                value = f"{year:04d}-{month:02d}"
                self.cands.append(_Cand(s, e, _RANK_ORDINAL, value, "month"))
            return
        if prev == "last":
            year -= 1 if month >= base else 0
        elif prev == "next":
            year += 1 if month <= base else 0
        elif prev != "this" and anchor.precision != "year":
            if clause_tense(self.text, s, e, self.cfg.tense_window) < 0:
                year -= 1 if month > base else 0
            else:
                year += 1 if month < base else 0
        if self.year_ok(year):
            self.cands.append(_Cand(s, e, _RANK_ORDINAL, f"{year:04d}-{month:02d}", "month", True))

    def cjk(self, s: int) -> None:
        got = cjk_date(self.text, s)
        if got is not None and self.year_ok(int(got[1][:4])):
            end, value, precision = got
            if precision is None:
                self.block(s, end)
            else:
                self.cands.append(_Cand(s, end, _RANK_FULL, value, precision))

    # -- numeric dates -----------------------------------------------------------------------
    def numeric(self, matches: list[re.Match[str]]) -> None:
        order = self.numeric_order(matches)
        for m in matches:
            if m.group("iy"):
                self.iso(m)
                continue
            if m.group("by"):
                date = valid_date(int(m.group("by")), int(m.group("bm")), int(m.group("bd")))
                self.emit_machine(
                    m, date, m.group("bh"), m.group("bmi"), m.group("bs"), tz_group="btz"
                )
                continue
            if m.group("yy"):
                date = valid_date(int(m.group("yy")), int(m.group("ym")), int(m.group("yd")))
                self.emit_numeric(m, date)
                continue
            a, b, sep = int(m.group("na")), int(m.group("nb")), m.group("ns")
            ytext = m.group("ny")
            if len(ytext) == 2:
                if sep == "-" or len(m.group("na")) != 2 or len(m.group("nb")) != 2:
                    continue
                year = two_digit_year(int(ytext), self.anchor)
            else:
                year = int(ytext)
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                day, month = b, a
            else:
                first_day = order if sep == "/" or self.dayfirst is not None else True
                day, month = (a, b) if first_day else (b, a)
            self.emit_numeric(m, valid_date(year, month, day))

    def numeric_order(self, matches: list[re.Match[str]]) -> bool:
        """Day-first or month-first for ambiguous numeric dates in this text."""
        if self.dayfirst is not None:
            return self.dayfirst
        votes = 0
        for m in matches:
            if m.group("na"):
                a, b = int(m.group("na")), int(m.group("nb"))
                if a > 12 >= b:
                    votes += 1
                elif b > 12 >= a:
                    votes -= 1
        if votes:
            return votes > 0
        if self.order_votes:
            return self.order_votes > 0
        return self.cfg.default_dayfirst or day_first_language(self.low)

    def iso(self, m: re.Match[str]) -> None:
        date = valid_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        self.emit_machine(m, date, m.group("ih"), m.group("imi"), m.group("is"), tz_group="itz")

    def emit_machine(
        self, m: re.Match[str], date: _dt.date | None, hh: str | None, mi: str | None,
        ss: str | None, *, tz_group: str,
    ) -> None:  # fmt: skip
        if date is None or not self.year_ok(date.year):
            self.block(m.start(), m.end())
            return
        if hh is None or mi is None:
            self.add_day(m.start(), m.end(), date, rel=False, time=True)
            return
        if int(hh) > 23 or int(mi) > 59:
            self.block(m.start(), m.end())
            return
        stamp = f"{hh}:{mi}" + (f":{ss}" if ss else "") + utc_offset(m.group(tz_group))
        self.cands.append(
            _Cand(m.start(), m.end(), _RANK_FULL, date.isoformat(), "day", False, stamp)
        )

    def emit_numeric(self, m: re.Match[str], date: _dt.date | None) -> None:
        if date is None or not self.year_ok(date.year):
            self.block(m.start(), m.end())
            return
        self.add_day(m.start(), m.end(), date, rel=False, time=True)

    # -- relative expressions ----------------------------------------------------------------
    def relative(self, lo: int, hi: int, trigger: int) -> None:
        anchor = self.anchor
        assert anchor is not None
        for m in P.RELATIVE_RE.finditer(self.low, lo, hi):
            if not m.start() <= trigger < m.end() or m.span() in self.seen:
                continue
            self.seen.add(m.span())
            got = relative_value(m, self.text, self.low, anchor, self.cfg.tense_window)
            if got is not None:
                value, precision = got
                if finer(precision, anchor.precision):
                    continue
                self.cands.append(_Cand(m.start(), m.end(), _RANK_RELATIVE, value, precision, True))

    def ordinal_day(self, trigger: int) -> None:
        anchor = self.anchor
        if anchor is None or anchor.precision == "year":
            return
        m = P.ORDINAL_DAY_RE.search(self.low, max(0, trigger - 16), trigger + 4)
        if m is None or m.start("d") != trigger:
            return
        after = _CAPITAL_WORD_RE.match(self.text, m.end())
        if after and after.group(1).lower().rstrip(".") in ORDINAL_NOT_DATE_AFTER:
            return
        date = valid_date(anchor.date.year, anchor.date.month, int(m.group("d")))
        if date is not None:
            self.cands.append(
                _Cand(m.start("span"), m.end(), _RANK_ORDINAL, date.isoformat(), "day", True)
            )

    # -- bare years and decades --------------------------------------------------------------
    def year(self, pos: int) -> None:
        cfg = self.cfg
        if pos and self.text[pos - 1] in "'’":
            pos -= 1
        m = P.YEAR_RE.match(self.text, pos)
        if m is None:
            return
        if m.group("dec"):
            decade = int(m.group("dec"))
            if cfg.bare_year_min <= decade <= cfg.bare_year_max and decade % 10 == 0:
                self.cands.append(_Cand(m.start(), m.end(), _RANK_YEAR, f"{decade}s", "decade"))
            return
        if m.group("dec2"):
            yy = int(m.group("dec2"))
            century = 1900
            if (self.anchor is not None and 2000 + yy <= self.anchor.date.year) or (
                self.anchor is None and yy < 30
            ):
                century = 2000
            self.cands.append(_Cand(m.start(), m.end(), _RANK_YEAR, f"{century + yy}s", "decade"))
            return
        year = int(m.group("y"))
        if cfg.bare_year_min <= year <= cfg.bare_year_max and year_context(
            self.text, m, year, self.cfg
        ):
            self.cands.append(_Cand(m.start(), m.end(), _RANK_YEAR, f"{year:04d}", "year"))

    # -- choice --------------------------------------------------------------------------------
    def choose(self) -> list[DateMention]:
        chosen: list[_Cand] = []
        starts: list[int] = []  # taken spans, sorted and disjoint
        ends: list[int] = []
        for c in sorted(self.cands, key=lambda c: (-c.rank, c.start, c.start - c.end)):
            i = bisect.bisect_left(ends, c.start + 1)  # first taken span ending after c.start
            if i < len(starts) and starts[i] < c.end:
                continue
            starts.insert(i, c.start)
            ends.insert(i, c.end)
            if c.rank != _BLOCK:
                chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        text = self.text
        return [
            DateMention(
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                value=c.value,
                precision=c.precision,
                relative=c.relative,
                time=c.time,
            )
            for c in chosen
        ]


def find_dates(
    text: str,
    *,
    anchor: object = None,
    dayfirst: bool | None = None,
    config: DateConfig | None = None,
    **overrides: Any,
) -> list[DateMention]:
    """Every date expression in ``text``, sorted by start, without overlaps.

    ``anchor`` (a `datetime.date` or an ISO string, usually the page's published date) resolves
    relative expressions and completes dates without a year; without it those are skipped.
    ``dayfirst`` fixes the order of ambiguous numeric dates ("01/12/2009"); ``None`` lets the
    document decide.  Keyword ``overrides`` set `DateConfig` fields.

    >>> [(d.text, d.value) for d in find_dates("Born on May 26, 2022 in Paris.")]
    [('May 26, 2022', '2022-05-26')]
    >>> [(d.text, d.value) for d in find_dates("She left yesterday.", anchor="2022-05-26")]
    [('yesterday', '2022-05-25')]
    """
    cfg = config_from(config, overrides)
    parsed = parse_anchor(anchor)
    if dayfirst not in (None, True, False):
        raise ConfigError(f"find_dates: dayfirst must be True, False or None, got {dayfirst!r}")
    if not isinstance(text, str):
        raise ConfigError(f"find_dates: text must be str, got {type(text).__name__}")
    if len(text) > cfg.max_chars:
        raise ResourceLimitError(
            f"find_dates: text of {len(text)} characters is over max_chars={cfg.max_chars}; "
            "split it or raise max_chars"
        )
    if not text:
        return []
    scan = _Scan(text, parsed, dayfirst, cfg)
    scan.scan()
    return scan.choose()
