"""Tests for archnorm.dates: case files, properties (hypothesis), anchors, config and limits."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import archnorm
from archnorm import DateConfig, DateMention, find_dates
from archnorm.dates._tables import (
    MONTHS_DE,
    MONTHS_EN,
    MONTHS_LOWER,
    RELATIVE_DAYS,
    RELATIVE_PHRASE_TRIGGERS,
    WEEKDAYS_DE,
    WEEKDAYS_PREFIX,
)
from archnorm.errors import ConfigError, ResourceLimitError

CASES = Path(__file__).parent / "cases"


def _load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((CASES / name).read_text(encoding="utf-8"))
    return data


def _check_spans(text: str, found: list[DateMention]) -> None:
    last_end = -1
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are out of order"
        assert m.precision in ("day", "month", "year", "decade")
        last_end = m.end


def _case_params() -> list[Any]:
    out = []
    for case in _load("dates.json"):
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
        out.append(pytest.param(case, id=case["label"], marks=marks))
    return out


@pytest.mark.parametrize("case", _case_params())
def test_case_file(case: dict[str, Any]) -> None:
    text = case["input"]
    found = find_dates(text, anchor=case["anchor"], dayfirst=case["dayfirst"])
    _check_spans(text, found)
    assert [[m.text, m.value, m.precision] for m in found] == case["expected"]


@pytest.mark.parametrize("case", _load("dates_negatives.json"), ids=lambda c: c["label"])
def test_negatives_yield_nothing(case: dict[str, Any]) -> None:
    assert find_dates(case["input"], anchor=case["anchor"]) == []


# -- properties -----------------------------------------------------------------------------------
_EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.",
         "Dec."]  # fmt: skip
_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
              "Oktober", "November", "Dezember"]  # fmt: skip
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(d: int) -> str:
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


# each renderer: (name, function of a date -> text, dayfirst argument)
_FORMATS: list[tuple[str, Any, bool | None]] = [
    ("mdy", lambda d: f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}", None),
    ("dmy", lambda d: f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}", None),
    ("weekday mdy", lambda d: f"{_WEEKDAYS[d.weekday()]}, {_EN_MONTHS[d.month - 1]} {d.day}, "
     f"{d.year}", None),
    ("ordinal dmy", lambda d: f"{_ordinal(d.day)} {_EN_MONTHS[d.month - 1]} {d.year}", None),
    ("ordinal of", lambda d: f"{_ordinal(d.day)} of {_EN_MONTHS[d.month - 1]}, {d.year}", None),
    ("abbreviated", lambda d: f"{_ABBR[d.month - 1]} {d.day}, {d.year}", None),
    ("upper", lambda d: f"{_EN_MONTHS[d.month - 1].upper()} {d.day}, {d.year}", None),
    ("dashed", lambda d: f"{d.day:02d}-{_ABBR[d.month - 1][:3]}-{d.year}", None),
    ("iso", lambda d: d.isoformat(), None),
    ("iso basic", lambda d: f"{d.year}{d.month:02d}{d.day:02d}T0930Z", None),
    ("year first", lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}", None),
    ("dotted", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}", None),
    ("slash mdy", lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}", False),
    ("slash dmy", lambda d: f"{d.day}/{d.month}/{d.year}", True),
    ("rfc 2822", lambda d: f"{_WEEKDAYS[d.weekday()][:3]}, {d.day:02d} "
     f"{_ABBR[d.month - 1][:3]} {d.year} 18:45:00 +0500", None),
    ("german", lambda d: f"{d.day}. {_DE_MONTHS[d.month - 1]} {d.year}", None),
    ("french", lambda d: f"{d.day} {_FR_MONTHS[d.month - 1]} {d.year}", None),
    ("spanish", lambda d: f"{d.day} de {_ES_MONTHS[d.month - 1]} de {d.year}", None),
]  # fmt: skip

# filler words that are not dates and do not touch a date's edges in a date-like way
_FILLER = st.lists(
    st.sampled_from(
        ["the", "council", "river", "green", "report", "said", "über", "naïve", "城市", "—", ",",
         "and", "Paris", "officials", "é", "quiet", "«", "»", "(", ")", "…", "vote", "🎉"]
    ),
    max_size=8,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    fmt=st.sampled_from(_FORMATS),
    before=_FILLER,
    after=_FILLER,
)
def test_rendered_dates_are_found_once(
    day: dt.date, fmt: tuple[str, Any, bool | None], before: str, after: str
) -> None:
    _, render, dayfirst = fmt
    rendered = render(day)
    text = f"{before} {rendered} {after}"
    found = find_dates(text, dayfirst=dayfirst)
    _check_spans(text, found)
    assert len(found) == 1, (text, found)
    (m,) = found
    assert m.value == day.isoformat()
    assert m.text == rendered
    assert m.start == len(before) + 1


_TRIGGER_WORDS = {
    *MONTHS_EN, *MONTHS_DE, *MONTHS_LOWER, *WEEKDAYS_PREFIX, *WEEKDAYS_DE, *RELATIVE_DAYS,
    *RELATIVE_PHRASE_TRIGGERS,
}  # fmt: skip
_WORD_RE = re.compile(r"[^\W\d_]+")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",))))
def test_no_digits_no_date_words_nothing(text: str) -> None:
    assert find_dates(text) == []  # without an anchor nothing word-only can resolve
    low = text.lower()
    assume(not any(w in _TRIGGER_WORDS for w in _WORD_RE.findall(low)))
    assume(not any(w in low for w in _TRIGGER_WORDS if not w.isalpha()))  # "aujourd'hui"
    assert find_dates(text, anchor="2022-05-26") == []


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from([None, "2022-05-26", "2019", "2001-09"]))
def test_any_unicode_no_crash_spans_read_back(text: str, anchor: str | None) -> None:
    for dayfirst in (None, True):
        _check_spans(text, find_dates(text, anchor=anchor, dayfirst=dayfirst))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789/-.:, T'’sZ+", max_size=2000))
def test_digits_and_separators_no_crash(text: str) -> None:
    _check_spans(text, find_dates(text, anchor="2022-05-26"))


def test_one_megabyte_of_digits_and_separators() -> None:
    rng = random.Random(4)
    text = "".join(rng.choice("0123456789/-.:, ") for _ in range(1_000_000))
    found = find_dates(text, anchor="2022-05-26")
    _check_spans(text, found)
    repeated = "12/12/" * 170_000 + "1-1-1-" * 10_000
    _check_spans(repeated, find_dates(repeated))


def test_mentions_are_idempotent_on_their_own_text() -> None:
    text = "On Sept. 14, 2008 and 18.02.2008, then 2012/04/19 and September 2001, in 1997."
    for m in find_dates(text):
        (again,) = find_dates(m.text if m.precision != "year" else f"in {m.text}")
        assert again.value == m.value


# -- anchors, options, errors ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "anchor",
    [dt.date(2022, 5, 26), dt.datetime(2022, 5, 26, 13, 5), "2022-05-26", "2022-05-26T10:00:00Z"],
)
def test_anchor_forms(anchor: object) -> None:
    (m,) = find_dates("It happened yesterday.", anchor=anchor)
    assert (m.value, m.relative) == ("2022-05-25", True)


def test_lower_precision_anchor() -> None:
    assert [m.value for m in find_dates("Last year and yesterday.", anchor="2022")] == ["2021"]
    assert [m.value for m in find_dates("The vote is on March 7.", anchor="2022-05")] == [
        "2022-03-07"
    ]


@pytest.mark.parametrize("anchor", ["2022-13-01", "yesterday", "22-05-26", 20220526, ""])
def test_invalid_anchor(anchor: object) -> None:
    with pytest.raises(ConfigError, match="anchor"):
        find_dates("today", anchor=anchor)


def test_config_and_overrides() -> None:
    text = "Built in 1066 and rebuilt in 1450."
    assert [m.value for m in find_dates(text)] == ["1066", "1450"]
    assert [m.value for m in find_dates(text, bare_year_min=1200)] == ["1450"]
    cfg = DateConfig(relative=False)
    assert find_dates("today", anchor="2022-05-26", config=cfg) == []
    with pytest.raises(ConfigError, match="unknown option"):
        find_dates("x", yearmin=3)
    with pytest.raises(ConfigError, match="year_min"):
        DateConfig(year_min=3000, year_max=2000)
    with pytest.raises(ConfigError, match="dayfirst"):
        find_dates("x", dayfirst="yes")  # type: ignore[arg-type]


def test_size_cap() -> None:
    with pytest.raises(ResourceLimitError, match="max_chars"):
        find_dates("May 5, 2020 " * 10, max_chars=50)


def test_empty_and_exports() -> None:
    assert find_dates("") == []
    assert "find_dates" in archnorm.__all__ and "DateConfig" in archnorm.__all__
    assert archnorm.__all__ == sorted(archnorm.__all__)


def test_time_of_day() -> None:
    (m,) = find_dates("Posted: Sat, 07 Jan 2012 18:45:00 +0500")
    assert m.time == "18:45:00+05:00"
    (m,) = find_dates("Kick-off May 26, 2022 at 9:30 pm.")
    assert m.time == "21:30"


def test_mentions_round_trip_through_dict() -> None:
    for m in find_dates("Between 26 and 28 July 2010, yesterday.", anchor="2022-05-26"):
        assert DateMention.from_dict(m.to_dict()) == m


def test_would_be_passive_reads_as_future() -> None:
    """ "would be unloaded by Wednesday" (reported future) resolves forward from the anchor."""
    from archnorm.dates import find_dates

    text = "The union said the first ships would be unloaded by Wednesday."
    found = find_dates(text, anchor="2025-03-03")
    assert [(d.text, d.value) for d in found] == [("Wednesday", "2025-03-05")]


def test_a_month_after_end_of_or_week_of_is_a_date() -> None:
    # synthetic sentences; the anchor's year, the tense of the clause decides past or future
    found = find_dates("The pool will stay shut until the end of August.", anchor="2025-04-08")
    assert [(d.text, d.value, d.precision) for d in found] == [("August", "2025-08", "month")]
    found = find_dates("Work began in the first week of March.", anchor="2025-04-08")
    assert [(d.text, d.value) for d in found] == [("March", "2025-03")]
    # "of" after other words is not a date cue
    assert find_dates("They marked the Ides of March.", anchor="2025-04-08") == []
    assert find_dates("The end of may be near.", anchor="2025-04-08") == []
