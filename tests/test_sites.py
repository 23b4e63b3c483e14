"""sites.py: normalised line counts per site, repeated lines, merge, JSON round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from archnorm import normalize
from archnorm.errors import ConfigError
from archnorm.sites import SiteProfile, line_hash, line_hashes, normalize_line, site_key

from .strategies import any_text

NAV = ["Home", "World", "Sport", "© 2023 Valley News. All rights reserved."]


def _pages(n: int) -> list[tuple[str, str]]:
    towns = ["Ash", "Birch", "Cedar", "Deal", "Elm", "Fir", "Gorse", "Hazel", "Ivy", "Juniper"]
    out = []
    for i in range(n):
        town = towns[i % len(towns)]
        body = [f"Story about {town} tells of a council vote held there.", f"{town} said so."]
        footer = [*NAV[:3], NAV[3].replace("2023", str(2000 + i))]
        out.append((f"https://www.valley.example/news/{i}", "\n".join(NAV[:3] + body + footer)))
    return out


def test_site_key() -> None:
    assert site_key("https://www.Example.com/a/b?c=1") == "example.com"
    assert site_key("http://news.example.co.uk") == "news.example.co.uk"
    assert site_key("example.org/path") == "example.org"
    assert site_key(None) is None and site_key("") is None


def test_normalize_line_folds_case_digits_punctuation() -> None:
    assert normalize_line("© 2019 Foo, Inc.") == normalize_line("(c) 2020 FOO Inc")[2:]
    assert normalize_line("Page 3 of 12") == normalize_line("page 10 of 99")
    assert line_hash("  ") == ""


def test_repeated_lines_found_and_article_kept() -> None:
    prof = SiteProfile.build(_pages(5))
    site = "valley.example"
    assert prof.pages[site] == 5
    lines = _pages(6)[5][1].split("\n")
    marks = prof.repeated(site, lines)
    assert marks[:3] == [True, True, True]
    assert marks[-1] is True  # the copyright line with another year
    assert not any(marks[3:5])  # the story lines are new
    assert prof.repeated("other.example", lines) == [False] * len(lines)


def test_duplicate_pages_count_once_and_copies_are_not_wiped() -> None:
    page = _pages(1)[0]
    prof = SiteProfile.build([page] * 10)
    assert prof.pages["valley.example"] == 1
    # a page that is all "repeated" is a copy, not boilerplate
    prof2 = SiteProfile.build(_pages(5), min_pages=1)
    lines = _pages(1)[0][1].split("\n")
    assert prof2.repeated("valley.example", lines) == [False] * len(lines)


def test_merge_equals_building_at_once(tmp_path: Path) -> None:
    pages = _pages(8)
    whole = SiteProfile.build(pages)
    parts = SiteProfile.build(pages[:3]).merge(SiteProfile.build(pages[3:]))
    assert parts.to_dict() == whole.to_dict()
    path = tmp_path / "profile.json"
    parts.save(path)
    assert SiteProfile.load(path).to_dict() == whole.to_dict()


def test_bad_profile_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "something-else"}')
    with pytest.raises(ConfigError, match=r"bad\.json"):
        SiteProfile.load(path)
    path.write_text("not json")
    with pytest.raises(ConfigError):
        SiteProfile.load(path)


def test_profile_in_normalize_removes_repeated_lines() -> None:
    prof = SiteProfile.build(_pages(5))
    url, text = _pages(7)[6]
    rec = normalize(text, url=url, profile=prof)
    reasons = {r.text: r.reason for r in rec.removed}
    assert reasons.get("World") == "repeated-on-site"
    assert "Story about Gorse" in rec.body


@given(st.lists(any_text, max_size=5))
def test_round_trip_any_lines(lines: list[str]) -> None:
    prof = SiteProfile.build([("x.example", "\n".join(lines))] * 3)
    again = SiteProfile.from_dict(prof.to_dict())
    assert again.to_dict() == prof.to_dict()
    assert len(prof.repeated("x.example", lines)) == len(lines)


@given(st.lists(any_text, max_size=8))
def test_page_wide_hashes_equal_line_by_line(lines: list[str]) -> None:
    """``line_hashes`` folds the joined page once; it must give each line's own hash (lines
    holding a line break included: they are hashed one by one)."""
    assert line_hashes(lines) == [line_hash(line) for line in lines]
    site = SiteProfile.build([("s", "\n".join(lines))] * 3).for_site("s")
    assert site.are_repeated(lines) == [site.is_repeated(line) for line in lines]


def test_page_wide_hashes_on_odd_characters() -> None:
    lines = ["Ǆ ß İ ﬁ", "a\u2028b", "\x1c x \x85 y", "  ", "12 -- 2024!", "ΣΑΣ", ""]
    assert line_hashes(lines) == [line_hash(line) for line in lines]


def test_str_split_whitespace_is_regex_whitespace_plus_info_separators() -> None:
    """``line_hashes`` relies on it: str.split() splits where ``\\s`` matches, and also at
    U+001C..U+001F, which it checks for."""
    space = regex.compile(r"\s")
    odd = [
        hex(c)
        for c in range(0x110000)
        if chr(c).isspace() != (space.match(chr(c)) is not None or 0x1C <= c <= 0x1F)
    ]
    assert odd == []
