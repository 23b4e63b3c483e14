"""Calendar arithmetic for the dates stage: the anchor, relative offsets, completed years.

Pure functions over `datetime.date`; nothing here looks at text except `clause_tense`, which
reads the words around a lone weekday to decide whether it lies before or after the anchor.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Literal

from archnorm.dates._patterns import CLAUSE_BREAK_RE, TENSE_RE
from archnorm.errors import ConfigError

AnchorPrecision = Literal["day", "month", "year"]

_ANCHOR_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\w:.+-]*)?")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The date relative expressions are resolved against, and how much of it is known."""

    date: _dt.date
    precision: AnchorPrecision


def parse_anchor(anchor: object) -> Anchor | None:
    """``None``, a `date`, a `datetime` or an ISO string ("2022-05-26", "2022-05", "2022")."""
    if anchor is None:
        return None
    if isinstance(anchor, _dt.datetime):
        return Anchor(anchor.date(), "day")
    if isinstance(anchor, _dt.date):
        return Anchor(anchor, "day")
    if isinstance(anchor, str):
        m = _ANCHOR_RE.fullmatch(anchor.strip())
        if m:
            year, month, day = m.group(1), m.group(2), m.group(3)
            try:
                if day:
                    return Anchor(_dt.date(int(year), int(month), int(day)), "day")
                if month:
                    return Anchor(_dt.date(int(year), int(month), 1), "month")
                return Anchor(_dt.date(int(year), 1, 1), "year")
            except ValueError:
                pass
        raise ConfigError(
            f"find_dates: anchor {anchor!r} is not an ISO date; expected 'YYYY-MM-DD', "
            "'YYYY-MM' or 'YYYY' (or a datetime.date)"
        )
    raise ConfigError(
        f"find_dates: anchor must be a datetime.date or an ISO string, got "
        f"{type(anchor).__name__} {anchor!r}"
    )


def valid_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_days(day: _dt.date, delta: int) -> _dt.date | None:
    try:
        return day + _dt.timedelta(days=delta)
    except OverflowError:
        return None


def complete_year(anchor: Anchor, month: int, day: int | None) -> int:
    """The year of "March 7" (no year given): the one that puts it nearest the anchor."""
    year = anchor.date.year
    if anchor.precision == "year":
        return year
    diff = month - anchor.date.month
    if diff > 6:
        return year - 1
    if diff < -6:
        return year + 1
    return year


def two_digit_year(yy: int, anchor: Anchor | None) -> int:
    """ "09" -> 2009; a year over ten years after the anchor goes to the previous century."""
    limit = anchor.date.year + 10 if anchor else 2049
    year = 2000 + yy
    return year if year <= limit else year - 100


def weekday_date(
    anchor: _dt.date, weekday: int, direction: Literal[-1, 0, 1], *, strict: bool
) -> _dt.date | None:
    """The ``weekday`` nearest the anchor on the side ``direction`` gives (-1 past, 1 future).

    ``strict`` excludes the anchor day itself ("last Tuesday" said on a Tuesday).
    """
    if direction >= 0:
        delta = (weekday - anchor.weekday()) % 7
        if strict and delta == 0:
            delta = 7
    else:
        delta = -((anchor.weekday() - weekday) % 7)
        if strict and delta == 0:
            delta = -7
    return add_days(anchor, delta)


def clause_tense(
    text: str, start: int, end: int, window: int, *, default: Literal[-1, 0, 1] = -1
) -> Literal[-1, 0, 1]:
    """-1 when the clause around ``text[start:end]`` speaks of the past, 1 of the future.

    The nearest tense cue wins ("said on Tuesday" past, "will march on Sunday" future); with no
    cue ``default`` is returned (the past, as news mostly reports what happened).
    """
    lo = max(0, start - window)
    hi = min(len(text), end + window)
    before = text[lo:start]
    breaks = list(CLAUSE_BREAK_RE.finditer(before))
    if breaks:
        lo += breaks[-1].end()
    after = CLAUSE_BREAK_RE.search(text, end, hi)
    if after:
        hi = after.start()
    best: tuple[int, int] | None = None
    for m in TENSE_RE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        # cues before the weekday read a little stronger ("said on Tuesday that it will ...")
        if m.end() > start:
            distance += 10
        side = 1 if m.group("future") else -1
        if best is None or distance < best[0]:
            best = (distance, side)
    if best is None:
        return default
    return 1 if best[1] == 1 else -1
