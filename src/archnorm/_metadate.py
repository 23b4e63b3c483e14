"""Published dates for page metadata: one date string (machine or written) to ISO, dates in URL
paths, and the "published" / "updated" labels that say which date a line gives.

``parse_date`` reads the first date in a short string: ISO and compact machine forms
("2019-11-19T13:03Z", "2019/11/19", "20191119"), numeric day-first forms ("19.11.2019"), slashed
forms ordered by locale, CJK forms ("2019年11月19日"), and written forms with month names in the
main languages of news ("19. November 2019", "November 19, 2019", "3 de mayo de 2022",
"15 августа 2016").  Only real calendar days between ``MIN_YEAR`` and ``MAX_YEAR`` are returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

import regex

from archnorm._meta_tables import MODIFIED_LABELS, MONTHS, PUBLISHED_LABELS
from archnorm.dates.resolve import valid_date

MIN_YEAR = 1990
MAX_YEAR = 2099
"""Publication years believed (older or later numbers are not page dates)."""

_YEAR = r"(?:19|20)\d\d"
YEAR_RE = regex.compile(_YEAR)
"""A four-digit year of the believed range: every date form has one, so a line without one
skips the date patterns."""
_YEAR_RE = YEAR_RE
_STAMP_RE = regex.compile(
    rf"(?<!\d)(?P<y>{_YEAR})-(?P<mo>\d\d)-(?P<d>\d\d)[T ](?P<h>\d\d):(?P<mi>\d\d)"
    r"(?::\d\d(?:[.,]\d+)?)?\s*(?P<tz>Z|[+-]\d\d(?::?\d\d)?(?!\d))?"
)
"""An ISO 8601 timestamp with its time and, if given, its UTC offset ("Z", "+02:00", "-0500")."""
_ISO_RE = regex.compile(rf"(?<!\d)({_YEAR})[-/.](\d\d?)[-/.](\d\d?)(?!\d)")
_COMPACT_RE = regex.compile(rf"(?<!\d)({_YEAR})(\d\d)(\d\d)(?!\d)")
_DMY_RE = regex.compile(rf"(?<!\d)(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?({_YEAR})(?!\d)")
_SLASH_RE = regex.compile(rf"(?<!\d)(\d{{1,2}})[/-](\d{{1,2}})[/-]({_YEAR})(?!\d)")
_CJK_RE = regex.compile(rf"({_YEAR})\s*[年년]\s*(\d{{1,2}})\s*[月월]\s*(\d{{1,2}})\s*[日일]?")
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_TEXT_DATE_RE = regex.compile(
    rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?({_MONTH_NAME})(?!\w)\.?,?\s*"
    rf"(?:de\s+)?({_YEAR})(?!\d)"
    rf"|(?<!\w)({_MONTH_NAME})(?!\w)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})(?!\d)",
    regex.IGNORECASE,
)
_URL_DATE_RE = regex.compile(
    rf"/({_YEAR})[/-](\d{{1,2}})[/-](\d{{1,2}})(?:/|[-_]|\.html?|$)"
    rf"|/({_YEAR})(\d\d)(\d\d)(?:/|[-_])"
    rf"|(?<=/[^/?#]*[-_])({_YEAR})-(\d\d)-(\d\d)(?:/|[-_.]|$)"  # "/news/slug-2021-07-14.html"
)


def _label_re(labels: tuple[str, ...]) -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in sorted(labels, key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{words})(?!\w)", regex.IGNORECASE)


_PUBLISHED_RE = _label_re(PUBLISHED_LABELS)
_MODIFIED_RE = _label_re(MODIFIED_LABELS)


def iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar day in the believed year range, else None."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    day_ = valid_date(year, month, day)
    return None if day_ is None else day_.isoformat()


def parse_date(value: str, *, dayfirst: bool | None = None) -> str | None:
    """ISO date (YYYY-MM-DD) from a machine or written date, or None.

    ``dayfirst`` orders slashed dates ("03/05/2022"): True day first, False month first, None
    month first unless the first number cannot be a month.
    """
    value = value.strip()
    if not value or _YEAR_RE.search(value) is None:  # every form has a four-digit year
        return None
    for rx, given in ((_ISO_RE, "ymd"), (_COMPACT_RE, "ymd"), (_DMY_RE, "dmy"),
                      (_SLASH_RE, "slash"), (_CJK_RE, "ymd")):  # fmt: skip
        mt = rx.search(value)
        if mt:
            a, b, c = mt.group(1), mt.group(2), mt.group(3)
            order = given
            if given == "slash":
                first_is_day = dayfirst if dayfirst is not None else int(a) > 12
                order = "dmy" if first_is_day else "mdy"
            y, mo, d = (a, b, c) if order == "ymd" else (c, b, a) if order == "dmy" else (c, a, b)
            found = iso(int(y), int(mo), int(d))
            if found:
                return found
    mt = _TEXT_DATE_RE.search(value)
    if mt:
        if mt.group(1):
            d, mon, y = mt.group(1), mt.group(2), mt.group(3)
        else:
            mon, d, y = mt.group(4), mt.group(5), mt.group(6)
        month = MONTHS.get(mon.casefold().rstrip("."))
        if month:
            return iso(int(y), month, int(d))
    return None


def utc_offset(value: str) -> int | None:
    """The UTC offset in minutes a timestamp declares ("...T10:00:00+02:00" -> 120, "...Z" -> 0),
    or None when it gives no time or no offset."""
    mt = _STAMP_RE.search(value)
    if mt is None or mt.group("tz") is None:
        return None
    tz = mt.group("tz")
    if tz == "Z":
        return 0
    digits = tz[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
    return -minutes if tz[0] == "-" else minutes


def machine_date(
    value: str, *, offset: int | None = None, dayfirst: bool | None = None
) -> str | None:
    """ISO date of a machine date.  A timestamp given in UTC ("Z", "+00:00") is moved to
    ``offset`` minutes east of UTC when the page declares its local offset elsewhere: the
    publication day is the publisher's ("2020-05-17T23:30:00Z" is 18 May in Berlin)."""
    if offset:
        mt = _STAMP_RE.search(value)
        if mt is not None and utc_offset(value) == 0:
            try:
                stamp = datetime(
                    int(mt.group("y")), int(mt.group("mo")), int(mt.group("d")),
                    int(mt.group("h")), int(mt.group("mi")),
                )  # fmt: skip
            except ValueError:
                return parse_date(value, dayfirst=dayfirst)
            day = (stamp + timedelta(minutes=offset)).date()
            return iso(day.year, day.month, day.day)
    return parse_date(value, dayfirst=dayfirst)


def page_offset(values: Iterable[str]) -> int | None:
    """The first non-zero UTC offset among a page's timestamps (its local time zone), or None
    when none declares one, or when a "UTC" stamp shows the same wall-clock time as a stamp
    with an offset (the page writes local times with a wrong "Z": nothing is moved)."""
    offset: int | None = None
    utc_walls: set[str] = set()
    local_walls: set[str] = set()
    for value in values:
        found = utc_offset(value)
        if found is None:
            continue
        mt = _STAMP_RE.search(value)
        wall = mt.group(0)[:16].replace(" ", "T") if mt else value
        (local_walls if found else utc_walls).add(wall)
        if found and offset is None:
            offset = found
    return None if utc_walls & local_walls else offset


def url_date(url: str) -> str | None:
    """The date in a URL path ("/2020/05/17/slug", "/20200517/", "/news/slug-2020-05-17.html"),
    or None."""
    mt = _URL_DATE_RE.search(url)
    if mt is None:
        return None
    y, mo, d = (int(x) for x in mt.groups() if x)
    return iso(y, mo, d)


def dayfirst_for(lang: str | None) -> bool | None:
    """Slashed dates are month first in US English, day first in most other locales."""
    if not lang:
        return None
    if lang.startswith("en"):
        return False if lang in ("en-us", "en_us") else None
    return True


def line_date(
    text: str, *, max_chars: int, dayfirst: bool | None = None
) -> tuple[str | None, str | None]:
    """The date a short line gives (ISO) and its label, "published", "modified" or None; (None,
    None) for a line longer than ``max_chars`` or without a date.  Lines without a year are
    skipped before any date pattern is tried."""
    if len(text) > max_chars or YEAR_RE.search(text) is None:
        return None, None
    found = parse_date(text, dayfirst=dayfirst)
    return (found, date_label(text)) if found else (None, None)


def first_dates(
    dated: Iterable[tuple[str | None, str | None]],
) -> tuple[str | None, str | None, str | None]:
    """Over (date, label) pairs in page order (``line_date``'s): the first date labelled
    "published" (with that label; the pairs after it are not read), else the first unlabelled
    one (label None); and the first date labelled "modified" seen before that point."""
    first: str | None = None
    modified: str | None = None
    for found, label in dated:
        if found is None:
            continue
        if label == "published":
            return found, label, modified
        if label == "modified":
            modified = modified or found
        elif first is None:
            first = found
    return first, None, modified


def date_label(line: str) -> str | None:
    """ "published" or "modified" when the line labels its date so (the first label wins)."""
    pub = _PUBLISHED_RE.search(line)
    mod = _MODIFIED_RE.search(line)
    if pub and (mod is None or pub.start() < mod.start()):
        return "published"
    return "modified" if mod else None
