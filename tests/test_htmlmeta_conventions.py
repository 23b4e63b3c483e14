"""htmlmeta.py: authors and published dates from published markup conventions (microdata,
``rel=author``, hCard/hAtom, ``data-author``, Dublin Core and vendor meta names, JSON-LD
``@graph`` references, ``<footer>`` bylines, ``<time>`` marked as the publication or a revision,
UTC timestamps read in the page's offset), each on a small synthetic page of our own text.

The cases are data (``tests/cases/html_meta_conventions.json``: label, convention, field, url,
lang, head and body fragments, expected value); ``benchmarks/meta.py --conventions`` scores the
same pages for archnorm and the peers.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archnorm._authorsignals import (
    copyright_holder,
    data_authors,
    footer_bylines,
    rel_author_slugs,
)
from archnorm._htmlsignals import COPYRIGHT_LINE_CHARS, _copyright_line
from archnorm._jsonld import nodes_by_id
from archnorm._metadate import (
    MAX_YEAR,
    MIN_YEAR,
    first_dates,
    line_date,
    machine_date,
    page_offset,
    parse_date,
    url_date,
    utc_offset,
)
from archnorm.html import parse_html
from archnorm.htmlmeta import html_metadata

from .strategies import any_text

CASES_FILE = Path(__file__).parent / "cases" / "html_meta_conventions.json"
_DATA = json.loads(CASES_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Case:
    label: str
    convention: str
    field: str
    url: str
    lang: str
    head: str
    body: str
    expected: str

    @property
    def html(self) -> str:
        return page(self.body.replace("{text}", _DATA["filler"]), head=self.head, lang=self.lang)


def page(body: str, *, head: str = "", lang: str = "en") -> str:
    """A whole page around a body fragment, from the cases file's template."""
    template: str = _DATA["template"]
    return template.replace("{lang}", lang).replace("{head}", head).replace("{body}", body)


CASES = [Case(**c) for c in _DATA["cases"]]


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_convention(case: Case) -> None:
    pm = html_metadata(parse_html(case.html), case.url)
    if case.field == "author":
        assert pm.author == case.expected, dict(pm.sources)
    else:
        assert pm.published == case.expected, dict(pm.sources)


def test_footer_is_read_for_metadata_but_not_kept_as_body() -> None:
    html = page(
        "<article><h1>Ferry timetable changes in spring</h1>"
        "<p>The ferry company publishes a new timetable with two extra crossings a day.</p>"
        '<footer class="entry-footer">Posted by Hanna Kowalczyk in Transport</footer>'
        "</article><footer><p>© 2020 Example Local News</p></footer>"
    )
    parsed = parse_html(html)
    assert all("Hanna" not in b.text and "©" not in b.text for b in parsed.blocks)
    lines = parsed.meta.footer_lines
    assert [(t, inside) for t, _pos, inside in lines] == [
        ("Posted by Hanna Kowalczyk in Transport", True),
        ("© 2020 Example Local News", False),
    ]


def test_huge_footer_is_skipped() -> None:
    links = "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(400))
    parsed = parse_html(page(f"<p>Body text.</p><footer><ul>{links}</ul></footer>"))
    assert parsed.meta.footer_lines == []


def test_nested_footers_are_read_once() -> None:
    html = page(
        "<article><footer><p>Outer line</p><footer><p>Inner</p></footer></footer></article>"
    )
    assert [t for t, _, _ in parse_html(html).meta.footer_lines] == ["Outer line"]


def test_time_kinds() -> None:
    html = page(
        '<time class="updated" datetime="2021-02-03">3 Feb</time>'
        '<time pubdate datetime="2021-01-05">5 Jan</time>'
        '<time datetime="2021-01-07">7 Jan</time>'
        '<abbr class="published" title="2021-01-04T09:00:00+01:00">4 Jan</abbr>'
        '<abbr class="initialism" title="North Atlantic">NA</abbr>'
    )
    m = parse_html(html).meta
    assert m.modified_times == ["2021-02-03"]
    assert m.published_times == ["2021-01-05", "2021-01-04T09:00:00+01:00"]
    assert m.times == ["2021-01-05", "2021-01-07", "2021-01-04T09:00:00+01:00"]


def test_utc_offset() -> None:
    assert utc_offset("2021-03-04T23:30:00Z") == 0
    assert utc_offset("2021-03-04T23:30:00+00:00") == 0
    assert utc_offset("2021-03-05T00:30:00+01:00") == 60
    assert utc_offset("2021-03-04T18:30:00-0530") == -330
    assert utc_offset("2021-03-04T23:30:00") is None
    assert utc_offset("2021-03-04") is None
    assert utc_offset("4 March 2021") is None


def test_machine_date_moves_utc_only() -> None:
    assert machine_date("2021-03-04T23:30:00Z", offset=60) == "2021-03-05"
    assert machine_date("2021-03-04T23:30:00Z", offset=None) == "2021-03-04"
    assert machine_date("2021-03-04T02:30:00.000Z", offset=-300) == "2021-03-03"
    # a timestamp in its own offset is already local; a date without a time has no instant
    assert machine_date("2021-03-04T23:30:00-05:00", offset=60) == "2021-03-04"
    assert machine_date("2021-03-04", offset=60) == "2021-03-04"
    assert machine_date("2021-12-31T23:30:00Z", offset=120) == "2022-01-01"
    assert page_offset(["2021-03-04T23:30:00Z", "2021-03-05T00:30:00+01:00"]) == 60
    assert page_offset(["2021-03-04T23:30:00Z", "2021-03-04"]) is None
    # the same wall-clock time once with "Z" and once with an offset: the "Z" is wrong
    assert page_offset(["2021-03-04T23:30:00Z", "2021-03-04T23:30:00+01:00"]) is None
    assert page_offset(["2021-03-04 23:30:00Z", "2021-03-04T23:30+01:00"]) is None


def test_signal_helpers() -> None:
    assert data_authors(["Priya Raman", "priya  raman"]) == [("Priya Raman", "data-author", 2)]
    assert data_authors(["Priya Raman", "Tom Field"]) == []
    assert data_authors([]) == []
    assert rel_author_slugs(["/author/oskar-lindqvist/", "/author/12345"]) == [
        ("Oskar Lindqvist", "rel=author-href", 2)
    ]
    assert footer_bylines([("Posted by Jo Example", 3, True)]) == [
        ("Posted by Jo Example", "footer-byline", 2)
    ]
    assert footer_bylines([("By Jo Example", 3, False)]) == [("By Jo Example", "footer-byline", 3)]
    assert footer_bylines([("Filed under News", 3, True)]) == []


def test_nodes_by_id_indexes_nested_nodes() -> None:
    person = {"@type": "Person", "@id": "#p1", "name": "Lea Marsh"}
    graph = [
        {"@type": "WebPage", "@id": "#page", "about": {"@type": "Thing", "mentions": [person]}}
    ]
    ids = nodes_by_id(graph)
    assert ids["#p1"] is person
    assert "#page" in ids
    deep: dict[str, object] = {"@id": "#deep", "@type": "Thing"}
    for _ in range(500):  # bounded: a deep nest is cut off, never a crash
        deep = {"@type": "Thing", "part": deep}
    nodes_by_id([deep])  # type: ignore[list-item]


@given(any_text, st.integers(-14 * 60, 14 * 60) | st.none())
def test_machine_date_never_crashes(text: str, offset: int | None) -> None:
    found = machine_date(text, offset=offset)
    if offset is None or utc_offset(text) != 0:
        assert found == parse_date(text)
    if found is not None:
        assert dt.date.fromisoformat(found)


@given(
    st.datetimes(dt.datetime(MIN_YEAR, 1, 2), dt.datetime(MAX_YEAR, 12, 30)),
    st.integers(-12 * 60, 14 * 60).filter(bool),
)
def test_machine_date_round_trip(stamp: dt.datetime, offset: int) -> None:
    """A UTC timestamp read in an offset gives the local calendar day of the same instant."""
    tz = dt.timezone(dt.timedelta(minutes=offset))
    utc = stamp.replace(second=0, microsecond=0, tzinfo=dt.UTC)
    written = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert machine_date(written, offset=offset) == utc.astimezone(tz).date().isoformat()
    local = utc.astimezone(tz).isoformat()
    assert utc_offset(local) == offset
    assert machine_date(local, offset=offset) == utc.astimezone(tz).date().isoformat()


@given(any_text)
def test_footer_and_microdata_pages_never_crash(text: str) -> None:
    for html in (
        f"<footer>{text}</footer>",
        f'<div itemprop="author" itemscope>{text}<span itemprop="name">{text}</span></div>',
        f'<abbr class="published" title="{text}">x</abbr><time class="updated" datetime="{text}">',
        f'<a rel="author" href="{text}">{text}</a><div data-author="{text}"></div>',
    ):
        pm = html_metadata(parse_html(page(html)), "https://example.org/x")
        assert pm.published is None or dt.date.fromisoformat(pm.published)


def test_line_date_and_first_dates() -> None:
    assert line_date("Published 3 May 2020", max_chars=80) == ("2020-05-03", "published")
    assert line_date("Updated: 2020-06-01", max_chars=80) == ("2020-06-01", "modified")
    assert line_date("3 May 2020", max_chars=80) == ("2020-05-03", None)
    assert line_date("3 May 2020", max_chars=5) == (None, None)
    assert line_date("Published in May", max_chars=80) == (None, None)
    pairs = [(None, None), ("2020-06-01", "modified"), ("2020-05-03", None), ("2020-05-01", None)]
    assert first_dates(pairs) == ("2020-05-03", None, "2020-06-01")
    assert first_dates([*pairs, ("2019-01-02", "published")]) == (
        "2019-01-02",
        "published",
        "2020-06-01",
    )
    assert first_dates([]) == (None, None, None)


@given(st.lists(any_text, max_size=6), st.integers(0, 200))
def test_first_dates_oracle(lines: list[str], max_chars: int) -> None:
    """``first_dates`` over ``line_date`` against an obviously-right reading of the same lines."""
    pairs = [line_date(t, max_chars=max_chars) for t in lines]
    dated = [(d, lab) for d, lab in pairs if d is not None]
    published = [d for d, lab in dated if lab == "published"]
    if published:
        cut = next(i for i, (_d, lab) in enumerate(dated) if lab == "published")
        before = [d for d, lab in dated[:cut] if lab == "modified"]
        want = (published[0], "published", before[0] if before else None)
    else:
        plain = [d for d, lab in dated if lab is None]
        mods = [d for d, lab in dated if lab == "modified"]
        want = (plain[0] if plain else None, None, mods[0] if mods else None)
    assert first_dates(iter(pairs)) == want
    for found, _label in pairs:
        assert found is None or dt.date.fromisoformat(found)


def test_copyright_line_from_a_site_footer() -> None:
    assert (
        _copyright_line(["Home", "© 2019 ", "Ada Whitfield", "Imprint"]) == "© 2019 Ada Whitfield"
    )
    assert _copyright_line(["Copyright 2020 by", "Jo Roe"]) == "Copyright 2020 by Jo Roe"
    assert _copyright_line(["(c) 2020 Jo Roe. All rights reserved."]) == (
        "(c) 2020 Jo Roe. All rights reserved."
    )
    assert _copyright_line(["About", "Contact"]) is None
    # a company is no person: the words after the name make it one
    assert (
        copyright_holder([], ["© 2021 Example Energie Nord AG. Alle Rechte vorbehalten."]) is None
    )
    assert copyright_holder([], ["© 1999-2021 Beispiel Dienst e. V."]) is None
    assert copyright_holder([], ["© 2021 Ada Whitfield. All rights reserved."]) == "Ada Whitfield"


@given(st.lists(any_text, max_size=5))
def test_copyright_line_never_crashes(pieces: list[str]) -> None:
    line = _copyright_line(pieces)
    assert line is None or len(line) <= COPYRIGHT_LINE_CHARS


def test_url_date_in_slug() -> None:
    assert url_date("https://a.example/news/slug-2021-07-14.html") == "2021-07-14"
    assert url_date("https://a.example/news/slug_2021-07-14/") == "2021-07-14"
    assert url_date("https://a.example/x?d=2021-07-14") is None  # a query is no path
    assert url_date("https://a.example/p/covid-19-2021-13-40") is None


def test_rel_author_in_comments_is_not_collected() -> None:
    html = page(
        '<div class="comments"><a rel="author" href="/author/sam-crank">Sam Crank</a></div>'
    )
    m = parse_html(html).meta
    assert m.author_links == [] and m.author_hrefs == []


def test_deeply_nested_footers_and_many_footers() -> None:
    nested = "<article><footer>" * 3000 + "Posted by Jo Roe" + "</footer></article>" * 3000
    parsed = parse_html(page(nested))
    assert len(parsed.meta.footer_lines) <= 1
    many = "".join(f"<article><footer>© 2020 Jo Roe {i}</footer></article>" for i in range(3000))
    parsed = parse_html(page(many))
    assert len(parsed.meta.footer_lines) <= 32


_FRAGMENT = st.sampled_from(
    [
        "<article>",
        "</article>",
        "<footer>",
        "</footer>",
        '<div class="comments">',
        '<div class="sidebar">',
        "</div>",
        "<p>Some text here.</p>",
        '<time datetime="2020-01-02">2 Jan</time>',
        '<time class="updated" datetime="2020-02-03">x</time>',
        '<time pubdate datetime="2020-01-01T23:00:00Z">x</time>',
        '<abbr class="published" title="2019-05-06">x</abbr>',
        '<span class="byline">By Jane Doe</span>',
        '<a rel="author" href="/author/jo-roe">Jo Roe</a>',
        '<a href="/autor/max-muster">Max Muster</a>',
        "<p>© 2020 Jane Doe</p>",
        '<span data-author="Jane Doe"></span>',
        '<div itemprop="author" itemscope><span itemprop="name">Jane Doe</span></div>',
    ]
)


@given(st.lists(_FRAGMENT, max_size=30))
def test_collected_metadata_lists_stay_parallel(fragments: list[str]) -> None:
    """Whatever the nesting, the position lists run beside their values, the kinds partition the
    times, footer lines are never blocks, and metadata choice never fails."""
    parsed = parse_html(page("".join(fragments)))
    m = parsed.meta
    assert len(m.times) == len(m.time_pos) == len(m.time_aside)
    assert len(m.bylines) == len(m.byline_pos)
    assert len(m.author_pages) == len(m.author_page_pos)
    assert "2020-02-03" not in m.times  # a revision time is only in modified_times
    assert all(t in m.times for t in m.published_times)
    assert len(m.footer_lines) <= 32
    assert all(0 <= pos <= len(parsed.blocks) for _t, pos, _a in m.footer_lines)
    pm = html_metadata(parsed, "https://example.org/x")
    assert pm.published is None or dt.date.fromisoformat(pm.published)
