"""Word-level checks for the dates stage: case rules for month words, the context of a bare
year, relative expressions, and small value formatters.  Pure functions over text and matches."""

from __future__ import annotations

import datetime as _dt
import re

from archnorm.dates import _patterns as P
from archnorm.dates._tables import (
    COUNT_NOUNS,
    DAY_FIRST_LANGUAGE_WORDS,
    ENGLISH_WORDS,
    MONTHS_DE,
    MONTHS_EN,
    MONTHS_LOWER,
    NOT_YEAR_BEFORE,
    NUMBER_WORDS,
    RELATIVE_DAYS,
    RELATIVE_PHRASES,
    S_WORDS_OK,
    WEEKDAY_DE_BEFORE,
    WEEKDAY_NOT_AFTER,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
    YEAR_AFTER,
    YEAR_BEFORE,
)
from archnorm.dates.config import DateConfig
from archnorm.dates.resolve import (
    Anchor,
    add_days,
    add_months,
    clause_tense,
    valid_date,
    weekday_date,
)
from archnorm.record import Precision

_DIGITS_RE = re.compile(r"\d+")


def year_context(text: str, m: re.Match[str], year: int, cfg: DateConfig) -> bool:
    """Whether the bare 4-digit number ``m`` reads as a year from the words around it."""
    start, end = m.start(), m.end()
    lo = max(0, start - 24)
    before = P.WORD_BEFORE_RE.search(text, lo, start)
    prev = before.group(1) if before else ""
    prev_key = prev.lower().strip(".'’-")
    gap = text[before.end(1) : start] if before else text[lo:start]
    after = P.WORD_AFTER_RE.match(text, end, min(len(text), end + 24))
    nxt = after.group(1) if after else ""
    nxt_key = nxt.lower().rstrip(".")
    if nxt_key in COUNT_NOUNS or plural(nxt, gap_after=text[end : end + 1]):
        return False
    if nxt_key in YEAR_AFTER or text.startswith(("'s", "’s"), end):
        return True
    if "©" in gap or prev_key in ("copyright", "c"):
        return True
    if gap.endswith("(") and text.startswith(")", end):
        return True
    if prev_key in NOT_YEAR_BEFORE or gap.strip() in ("$", "€", "£", "#"):
        return False
    if P.YEAR_PAIR_BEFORE_RE.search(text, max(0, start - 16), start) or (
        P.YEAR_PAIR_AFTER_RE.match(text, end)
    ):
        return True  # one of a pair: "2010–2015", "between 2010 and 2015"
    if prev_key in YEAR_BEFORE and gap.strip() in ("", ",", "(", "'", "’"):
        return True
    if not (cfg.loose_year_min <= year <= cfg.loose_year_max):
        return False
    if prev and prev[0].isdigit():
        return False
    if nxt[:1].isdigit() and text[end : end + 1] == " ":
        return False
    if nxt[:1].isupper() and prev_key in ("at", "to", "from", "near", "on"):
        return False  # an address: "at 2015 Kingsway"
    # "1600 Pennsylvania Avenue"
    return not (nxt[:1].isupper() and P.STREET_AFTER_RE.match(text, end))


def relative_value(
    m: re.Match[str], text: str, low: str, anchor: Anchor, window: int
) -> tuple[str, Precision] | None:
    """The value of a relative expression matched by `RELATIVE_RE` on ``low``."""
    base = anchor.date
    if m.group("word"):
        return day_value(add_days(base, RELATIVE_DAYS[norm(m.group("word"))]))
    if m.group("dd"):
        return day_value(add_days(base, -2 if m.group("dd").lower().startswith("b") else 2))
    if m.group("night"):
        return day_value(add_days(base, -1 if m.group("night").lower().startswith("l") else 0))
    if m.group("n") or m.group("fn"):
        sign = -1 if m.group("n") else 1
        n = count_of(m.group("n") or m.group("fn"))
        unit = (m.group("unit") or m.group("funit")).lower()
        return shift(base, unit, sign * n)
    if m.group("phrase"):
        unit, step = RELATIVE_PHRASES[norm(m.group("phrase")).replace("’", "'")]
        return shift(base, unit, step)
    if m.group("rel"):
        rel = m.group("rel").lower()
        if m.group("rwd"):
            wd = WEEKDAYS_EN[m.group("rwd").lower()]
            if rel in ("last", "past"):
                return day_value(weekday_date(base, wd, -1, strict=True))
            if rel in ("next", "coming"):
                return day_value(weekday_date(base, wd, 1, strict=True))
            side = clause_tense(text, m.start(), m.end(), window)
            return day_value(weekday_date(base, wd, side, strict=False))
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        return shift(base, m.group("runit").lower(), step)
    if m.group("dewd"):
        word = text[m.start("dewd") : m.end("dewd")] or ""
        before = P.WORD_BEFORE_RE.search(low, max(0, m.start() - 16), m.start())
        prev = before.group(1) if before else ""
        if not word[:1].isupper() or prev not in WEEKDAY_DE_BEFORE:
            return None
        wd = WEEKDAYS_DE[next(k for k in WEEKDAYS_DE if word.lower().startswith(k))]
        if prev in ("letzten", "vergangenen"):
            return day_value(weekday_date(base, wd, -1, strict=True))
        if prev in ("kommenden", "nächsten"):
            return day_value(weekday_date(base, wd, 1, strict=True))
        side = clause_tense(text, m.start(), m.end(), window)
        return day_value(weekday_date(base, wd, side, strict=False))
    word = text[m.start("wd") : m.end("wd")] or ""
    if not word[:1].isupper():
        return None
    before = P.WORD_BEFORE_RE.search(low, max(0, m.start() - 16), m.start())
    if before and before.group(1) in WEEKDAY_NOT_AFTER:
        return None  # "Black Friday", "Super Tuesday"
    side = clause_tense(text, m.start(), m.end(), window)
    return day_value(weekday_date(base, WEEKDAYS_EN[word.lower()], side, strict=False))


def norm(word: str) -> str:
    return " ".join(word.lower().split())


def month_of(word: str, *, has_day: bool) -> int | None:
    """The month of a month word, if its case allows it to be one here."""
    key = word.rstrip(".").lower()
    capital = word[:1].isupper()
    if key in MONTHS_EN or key in MONTHS_DE:
        if not capital and key not in MONTHS_LOWER:
            return None
        return MONTHS_EN.get(key) or MONTHS_DE.get(key) or MONTHS_LOWER[key]
    if key in MONTHS_LOWER:
        if key == "mars" and capital and not has_day:
            return None  # the planet, not French March
        return MONTHS_LOWER[key]
    return None


def weekday_ok(m: re.Match[str]) -> bool:
    """A weekday before a date belongs to it unless a full stop ends a full name ("Monday.")."""
    wd = m.group("wd")
    return wd is not None and not (wd.endswith(".") and len(wd) > 6)


def day_of(text: str) -> int:
    m = _DIGITS_RE.match(text)
    return int(m.group()) if m else 0


def count_of(word: str) -> int:
    key = norm(word)
    return int(key) if key.isdigit() else NUMBER_WORDS.get(key, 1)


def utc_offset(tz: str | None) -> str:
    if not tz:
        return ""
    tz = tz.upper().removeprefix("UTC").removeprefix("GMT")
    if tz in ("", "Z"):
        return "+00:00"
    digits = tz[1:].replace(":", "")
    return f"{tz[0]}{digits[:2]}:{digits[2:4] or '00'}"


def day_value(date: _dt.date | None) -> tuple[str, Precision] | None:
    return None if date is None else (date.isoformat(), "day")


def shift(base: _dt.date, unit: str, n: int) -> tuple[str, Precision] | None:
    if unit == "day":
        return day_value(add_days(base, n))
    if unit == "week":
        return day_value(add_days(base, 7 * n))
    if unit == "month":
        year, month = add_months(base.year, base.month, n)
        return (f"{year:04d}-{month:02d}", "month") if 1 <= year <= 9999 else None
    year = base.year + n * (10 if unit == "decade" else 1)
    return (f"{year:04d}", "year") if 1 <= year <= 9999 else None


_PRECISION_ORDER = {"year": 0, "month": 1, "day": 2, "decade": -1}


def finer(precision: str, anchor_precision: str) -> bool:
    return _PRECISION_ORDER[precision] > _PRECISION_ORDER[anchor_precision]


def plural(word: str, *, gap_after: str) -> bool:
    """A lower-case plural noun right after a number: "runs", "votes", "dollars"."""
    if gap_after != " " or len(word) < 4 or not word.islower():
        return False
    key = word.rstrip(".")
    return key.endswith("s") and not key.endswith(("ss", "us", "is")) and key not in S_WORDS_OK


def time_after(text: str, pos: int) -> tuple[int, str] | None:
    """A time of day right after a date at ``pos``: its end and "HH:MM[:SS][+HH:MM]"."""
    m = P.TIME_AFTER_RE.match(text, pos)
    if not m or (m.group("mi") is None and m.group("ap") is None):
        return None
    hour = int(m.group("h"))
    if m.group("ap"):
        if hour == 0 or hour > 12:
            return None
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    stamp = f"{hour:02d}:{m.group('mi') or '00'}"
    if m.group("s"):
        stamp += f":{m.group('s')}"
    return m.end(), stamp + utc_offset(m.group("tz"))


def day_first_language(low: str) -> bool:
    """Whether the (lower-cased) text reads as German, French, Spanish, Italian or Dutch more
    than English, by counting common short words in its first 20,000 characters; those
    languages write numeric dates day first."""
    foreign = english = 0
    for word in P.FUNCTION_WORD_RE.findall(low, 0, 20_000):
        if word in DAY_FIRST_LANGUAGE_WORDS:
            foreign += 1
        elif word in ENGLISH_WORDS:
            english += 1
    return foreign > english


def cjk_date(text: str, pos: int) -> tuple[int, str, Precision | None] | None:
    """An East Asian date at ``pos`` ("2012年11月06日"): its end, value and precision; the
    precision is None for an impossible date (whose span should block other readings)."""
    m = P.CJK_RE.match(text, pos)
    if m is None:
        return None
    year = int(m.group("y"))
    if m.group("d"):
        date = valid_date(year, int(m.group("m")), int(m.group("d")))
        if date is None:
            return m.end(), f"{year:04d}", None
        return m.end(), date.isoformat(), "day"
    if m.group("m") and 1 <= int(m.group("m")) <= 12:
        return m.end(), f"{year:04d}-{int(m.group('m')):02d}", "month"
    year_end = text.index("年" if "年" in text[m.end("y") : m.end("y") + 2] else "년", m.end("y"))
    return year_end + 1, f"{year:04d}", "year"
