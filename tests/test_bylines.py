"""_bylines.py and _authorsignals.py: author cleaning rules and the extra author signals, on
synthetic bylines and pages."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archnorm._authorsignals import (
    copyright_holder,
    json_meta_authors,
    jsonld_persons,
    label_and_name,
    other_meta_keys,
    twitter_creator,
    url_authors,
    url_slug_name,
)
from archnorm._bylines import clean_author, is_desk
from archnorm._meta_tables import AUTHOR_META
from archnorm.html import parse_html
from archnorm.htmlmeta import html_metadata
from archnorm.segment import split_lines

from .strategies import any_text


def _page(head: str, body: str) -> str:
    return f'<!doctype html><html lang="en"><head>{head}</head><body>{body}</body></html>'


def _authors(head: str, body: str) -> tuple[str, ...]:
    return html_metadata(parse_html(_page(head, body)), "https://news.example.org/a/b").authors


# -- cleaning ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("By Jane ExampleUpdated 2010 GMT March 14, 2021", ["Jane Example"]),
        ("by Ola Sample-RoeLast updated 04 Jun 2020", ["Ola Sample-Roe"]),
        ("Jane ExampleNovember 6, 2023", ["Jane Example"]),
        ("Por Rui Exemplo04 de mayo 2022 a las 09:01", ["Rui Exemplo"]),
        ("ByJane Example", ["Jane Example"]),
        ("Geschrieben vonAnna Probe", ["Anna Probe"]),
    ],
)
def test_glued_markup_pieces_are_split(raw: str, want: list[str]) -> None:
    assert clean_author(raw, vouched=False) == want


def test_handles_and_scheme_less_urls_are_noise() -> None:
    assert clean_author("Jane Example@janeexample") == ["Jane Example"]
    assert clean_author("social.example.com/jane.example") == []
    assert clean_author("Jane Example social.example.com/janeex") == ["Jane Example"]


def test_date_labels_and_trailing_words_are_cut() -> None:
    assert clean_author("Anna Probe Stand: 05. Februar 2020", vouched=False) == ["Anna Probe"]
    assert clean_author("Publié par Jeanne Exemple à 08:00") == ["Jeanne Exemple"]


def test_titles_degrees_and_roles() -> None:
    assert clean_author("Herr Max Probe") == ["Max Probe"]
    assert clean_author("Dr. Anna Probe") == ["Dr. Anna Probe"]  # academic titles stay
    assert clean_author("Jane Example, PhD") == ["Jane Example"]
    assert clean_author("Jane Example, MS, RD") == ["Jane Example"]
    assert clean_author("Max Probe Chefredakteur", vouched=False) == ["Max Probe"]
    assert clean_author("Jane Example Senior Staff Writer", vouched=False) == ["Jane Example"]
    assert clean_author("Chefredakteurin") == []
    # a desk keeps its "Staff": it is no person's name followed by a title
    assert clean_author("Valley Courier Staff", vouched=False) == ["Valley Courier Staff"]
    assert clean_author("Jane Senior") == ["Jane Senior"]  # two words always stay


def test_author_box_button_words() -> None:
    assert clean_author("Max Probe Kontakt", vouched=False) == ["Max Probe"]
    assert clean_author("Max Probe Weitere Beiträge", vouched=False) == ["Max Probe"]
    assert clean_author("Alle Artikel", vouched=False) == []
    assert clean_author("weiter", vouched=False) == []


def test_picture_credits_are_rejected_whole() -> None:
    assert clean_author("(Image: Jane Example, Example Agency)", vouched=False) == []
    assert clean_author("Foto: Max Probe") == []


def test_lone_months_weekdays_and_short_words_need_a_label() -> None:
    assert clean_author("Jan", vouched=False) == []
    assert clean_author("Friday", vouched=False) == []
    assert clean_author("AP", vouched=False) == ["AP"]
    assert clean_author("Jan") == ["Jan"]  # a declared field or a label vouches for it


def test_persons_before_desks_and_acronyms() -> None:
    assert clean_author("Jane Example, CNN") == ["Jane Example"]
    assert clean_author("Jane Example / Valley Courier Staff") == ["Jane Example"]
    assert clean_author("Jane Example und Max Probe") == ["Jane Example", "Max Probe"]
    assert clean_author("AFP") == ["AFP"]


def test_bare_domains_are_desks() -> None:
    assert is_desk("example.de")
    assert is_desk("Example-News.com")
    assert not is_desk("Jane Example")


# -- signals -----------------------------------------------------------------------------------


def test_url_slug_names() -> None:
    assert url_slug_name("https://news.example.org/author/jane-example/") == "Jane Example"
    assert url_slug_name("/autoren/max_probe") == "Max Probe"
    assert url_slug_name("https://news.example.org/author/12345/") is None
    assert url_slug_name("https://news.example.org/author/jdoe/") is None  # one word: a login
    assert url_slug_name("https://social.example/janeexample") is None
    got = url_authors({"article:author": ["https://news.example.org/author/jane-example"]})
    assert got == [("Jane Example", "url:article:author", 2)]
    assert url_authors({"article:author": ["Jane Example"]}) == []


def test_json_meta_authors() -> None:
    page = json.dumps({"title": "Tides", "authors": ["Jane Example", "Max Probe"]})
    got = json_meta_authors({"parsely-page": [page]})
    assert [n for n, _, _ in got] == ["Jane Example", "Max Probe"]
    assert json_meta_authors({"parsely-page": ["{not json"]}) == []
    assert json_meta_authors({"parsely-page": ['{"author": {"name": "Ola Sample"}}']}) == [
        ("Ola Sample", "meta:parsely-page", 0)
    ]


def test_twitter_creator_is_a_name_not_a_handle() -> None:
    assert twitter_creator({"twitter:creator": ["@janeexample"]}) == []
    assert twitter_creator({"twitter:creator": ["Jane Example"]}) == [
        ("Jane Example", "meta:twitter:creator", 3)
    ]


def test_other_meta_keys_skip_app_banners_and_twitter() -> None:
    meta = {"vr:author": ["x"], "smartbanner:author": ["x"], "twitter:creator": ["x"], "author": []}
    assert other_meta_keys(meta, AUTHOR_META) == ["vr:author"]


def test_jsonld_persons_only_one_person() -> None:
    one = [{"@type": "Person", "name": "Jane Example"}, {"@type": "WebSite", "name": "Gazette"}]
    assert jsonld_persons(one) == [("Jane Example", "json-ld:Person", 2)]
    two = [{"@type": "Person", "name": "Jane Example"}, {"@type": "Person", "name": "Max Probe"}]
    assert jsonld_persons(two) == []


def test_label_and_name() -> None:
    blocks = split_lines("Headline\nBy\nJane Example\nText of the story.")
    assert label_and_name("By", blocks, 1) == "By Jane Example"
    blocks = split_lines("Headline\nBy Jane Example\nText of the story.")
    assert label_and_name("By", blocks, 1) == "By Jane Example"
    assert label_and_name("By", blocks, 99) == "By"


# -- on pages ----------------------------------------------------------------------------------


def test_person_node_in_graph_without_article_author() -> None:
    ld = (
        '<script type="application/ld+json">{"@graph":['
        '{"@type":"BlogPosting","headline":"Tides rise early"},'
        '{"@type":"Person","name":"Ola Sample"}]}</script>'
    )
    assert _authors(ld, "<h1>Tides rise early</h1><p>Text.</p>") == ("Ola Sample",)


def test_author_meta_with_an_author_page_url() -> None:
    head = '<meta property="article:author" content="https://news.example.org/author/ola-sample">'
    assert _authors(head, "<h1>Tides rise early</h1><p>Text.</p>") == ("Ola Sample",)


def test_parsely_page_meta() -> None:
    head = """<meta name="parsely-page" content='{"authors": ["Ola Sample"]}'>"""
    assert _authors(head, "<h1>Tides rise early</h1><p>Text.</p>") == ("Ola Sample",)


def test_byline_label_in_its_own_element() -> None:
    body = (
        '<h1>Tides rise early</h1><div class="byline"><span class="byline">Von</span></div>'
        "<div><a href='/x'>Anna Probe</a></div><p>Text of the story goes here.</p>"
    )
    assert _authors("", body) == ("Anna Probe",)


def test_twitter_creator_is_a_last_resort() -> None:
    head = '<meta name="twitter:creator" content="Ola Sample">'
    assert _authors(head, "<h1>Tides rise early</h1><p>Text.</p>") == ("Ola Sample",)
    body = '<h1>Tides rise early</h1><p class="byline">By Jane Example</p><p>Text.</p>'
    assert _authors(head, body) == ("Jane Example",)


def test_json_ld_name_as_a_value_object() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tides rise early",'
        '"author":{"@type":"Person","name":{"@value":"Ola Sample"}}}</script>'
    )
    assert _authors(ld, "<h1>Tides rise early</h1><p>Text.</p>") == ("Ola Sample",)


# -- properties --------------------------------------------------------------------------------


@given(any_text)
def test_signals_never_crash(text: str) -> None:
    meta = {k: [text] for k in ("parsely-page", "article:author", "twitter:creator", "author")}
    for found in (json_meta_authors(meta), url_authors(meta), twitter_creator(meta)):
        assert all(isinstance(v, str) and isinstance(t, int) for v, _, t in found)
    slug = url_slug_name(text)
    assert slug is None or 2 <= len(slug.split()) <= 4
    assert label_and_name("By", split_lines(text), 0).startswith("By")


_PIECES = st.sampled_from(
    ["Jane", "Example", "JaneUpdated", "ExampleNovember", "ByJane", "Doe04", "de", "mayo", "PhD",
     ",", "Herr", "Kontakt", "Chefredakteur", "Staff", "Writer", "@x", "Jan", "CNN", "/", "und",
     "example.de", "Stand:", "5.", "à", "Weitere", "Beiträge", "Senior", "Max", "Probe"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=10).map(" ".join), st.booleans())
def test_cleaning_is_idempotent(raw: str, vouched: bool) -> None:
    for name in clean_author(raw, vouched=vouched):
        assert clean_author(name) == [name]


def test_text_path_shares_the_cleaning() -> None:
    from archnorm.meta import parse_byline, split_authors

    assert split_authors("Jane Example, Staff Writer") == ("Jane Example",)
    assert split_authors("Jane ExampleUpdated 3 May 2024") == ("Jane Example",)
    assert split_authors("Jane Example, PhD") == ("Jane Example",)
    assert split_authors("Staff") == ()
    # an organisation signing as written still counts in a text dump
    assert parse_byline("By the Example Parents' Association") == (
        "the Example Parents' Association",
    )


def test_roles_in_brackets_are_cut_agencies_stay() -> None:
    assert clean_author("Redaktion: Max Probe (Pressesprecher des Vereins)") == ["Max Probe"]
    assert clean_author("Jane Example (dpa)") == ["Jane Example", "dpa"]
    got = clean_author("Guide (last edited 2020-01-02 by JaneExample)", vouched=False)
    assert got == ["JaneExample"]


def test_interview_label_needs_a_colon() -> None:
    assert clean_author("Interview: Jane Example", vouched=False) == ["Jane Example"]
    assert clean_author("Interview Jane Example", vouched=False) == ["Interview Jane Example"]


def test_navigation_words_are_no_names() -> None:
    assert clean_author("View Comments", vouched=False) == []
    assert clean_author("Accueil", vouched=False) == []


def test_glued_by_label_in_a_line_after_the_headline() -> None:
    body = "<h1>Tides rise early</h1><div><span>By</span><a href='/x'>Jane Example</a></div>"
    assert _authors("", body + "<p>Text of the story goes on here.</p>") == ("Jane Example",)


def test_dateline_names_one_capitalised_word_is_a_place_or_section() -> None:
    body = "<h1>Tides rise early</h1><p>Home | 03.05.2021</p><p>Text of the story goes on.</p>"
    assert _authors("", body) == ()
    body = "<h1>Tides rise early</h1><p>Ola Sample | 03.05.2021</p><p>Text of the story.</p>"
    assert _authors("", body) == ("Ola Sample",)
    body = "<h1>Tides rise early</h1><p>03.05.2021 ∙ Valley Radio</p><p>Text of the story.</p>"
    assert _authors("", body) == ("Valley Radio",)


def test_copyright_holder() -> None:
    def holder(text: str) -> str | None:
        return copyright_holder(split_lines(f"Story text.\n{text}\nPowered by Blog"))

    assert holder("Copyright (c) 2012- Ola Sample. All rights reserved.") == "Ola Sample"
    assert holder("(Licence) 2006-2008 by Jane Example") == "Jane Example"
    assert holder("© 2024 Jane Example") == "Jane Example"
    assert holder("© 2024 All Rights Reserved") is None
    assert holder("Some text about 2020 and Jane Example") is None


def test_copyright_owner_is_the_last_resort_author() -> None:
    # (html.py drops <footer> elements; many sites' footers are plain <div>s)
    foot = '<div id="bottom"><p>Copyright (c) 2012- Ola Sample. All rights reserved.</p></div>'
    page = "<h1>Tides rise early</h1><p>Text of the story goes on here.</p>" + foot
    pm = html_metadata(parse_html(_page("", page)), "https://olasample.example/blog/tides")
    assert pm.authors == ("Ola Sample",)
    assert dict(pm.sources)["author"] == "copyright"
    firm = page.replace("Ola Sample", "Example Media GmbH")
    assert _authors("", firm) == ()
    signed = page.replace("</h1>", "</h1><p>By Jane Roe</p>")
    assert _authors("", signed) == ("Jane Roe",)


@given(any_text)
def test_copyright_holder_never_crashes(text: str) -> None:
    found = copyright_holder(split_lines(text))
    assert found is None or found in text


def test_other_credits_gender_labels_and_slashed_dates() -> None:
    assert clean_author("Photograph by Ola Sample, Example Trust", vouched=False) == []
    assert clean_author("Übersetzt ins (en) von Ola Sample") == []
    assert clean_author("Jane Example; Photographs by Ola Sample") == ["Jane Example"]
    # a wiki's "last edited <date> by" is the byline, not an editing credit
    assert clean_author("Guide (last edited 2020-01-02 10:00 by JaneEx)", vouched=False) == [
        "JaneEx"
    ]
    assert clean_author("AUTOR/IN Max Probe", vouched=False) == ["Max Probe"]
    assert clean_author("Autor*in: Max Probe", vouched=False) == ["Max Probe"]
    assert clean_author("Von Anna Probe Vom 3. Februar 2022") == ["Anna Probe"]
    assert clean_author("By Jane Example/June 12, 2020 9:49 am") == ["Jane Example"]


def test_a_name_written_twice_in_a_row_is_one_name() -> None:
    assert clean_author("Kathrin Roe Kathrin Roe") == ["Kathrin Roe"]
    assert clean_author("By Jane Doe Jane Doe") == ["Jane Doe"]
    assert clean_author("Ali Ali") == ["Ali Ali"]
