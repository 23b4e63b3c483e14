"""htmlmeta.py: title, authors and date from HTML candidates."""

from __future__ import annotations

from hypothesis import given

from archnorm import normalize
from archnorm.html import parse_html
from archnorm.htmlmeta import clean_author, html_metadata, parse_date, strip_site_name

from .strategies import any_text
from .test_html import PAGE


def test_page_metadata() -> None:
    pm = html_metadata(parse_html(PAGE), "https://www.example.com/2024/03/05/harbour")
    assert pm.title == "Harbour reopens after the storm"
    assert pm.authors == ("Jane Example", "Sam Sample")
    assert pm.published == "2024-03-05"
    assert dict(pm.sources)["published"] == "json-ld:datePublished"


def test_normalize_html_fills_metadata_and_drops_title_from_body() -> None:
    rec = normalize(PAGE, url="https://www.example.com/x", format="html")
    assert rec.source.format == "html"
    assert rec.title == "Harbour reopens after the storm"
    assert rec.published == "2024-03-05"
    assert not rec.body.startswith("Harbour reopens")
    assert "The harbour reopened on Tuesday" in rec.body
    assert "Great news for the town" not in rec.body


def test_clean_author() -> None:
    assert clean_author("By Jane Doe and John Roe | 3 May 2020") == ["Jane Doe", "John Roe"]
    assert clean_author("Posted on September 21, 2020 by Adi Example") == ["Adi Example"]
    assert clean_author("Von Anna Muster, 12.03.2021") == ["Anna Muster"]
    assert clean_author("Staff") == []
    assert clean_author("https://example.com/author/x") == []
    assert clean_author("Example Times", rejects=["Example Times"]) == []


def test_parse_date() -> None:
    assert parse_date("2019-11-19T13:03:00.000Z") == "2019-11-19"
    assert parse_date("19.11.2019, 14:00") == "2019-11-19"
    assert parse_date("November 19, 2019") == "2019-11-19"
    assert parse_date("19. November 2019") == "2019-11-19"
    assert parse_date("3 de mayo de 2022") == "2022-05-03"
    assert parse_date("2019-13-45") is None
    assert parse_date("no date") is None


def test_strip_site_name() -> None:
    assert strip_site_name("Harbour reopens after storm | Example Times", ["Example Times"]) == (
        "Harbour reopens after storm"
    )
    assert strip_site_name("Plain title", []) == "Plain title"


@given(any_text)
def test_any_text_gives_metadata_without_crash(text: str) -> None:
    pm = html_metadata(parse_html(text), None)
    assert pm.published is None or len(pm.published) == 10


def test_slashed_dates_follow_the_locale() -> None:
    assert parse_date("03/05/2022", dayfirst=True) == "2022-05-03"
    assert parse_date("03/05/2022", dayfirst=False) == "2022-03-05"
    assert parse_date("25/12/2021") == "2021-12-25"  # 25 cannot be a month
