"""htmlmeta.py: title, authors and date from HTML candidates."""

from __future__ import annotations

import datetime as dt
import json
from html import unescape as html_unescape

from hypothesis import given
from hypothesis import strategies as st

from archnorm import normalize
from archnorm._bylines import name_shaped
from archnorm._metadate import MAX_YEAR, MIN_YEAR, date_label, url_date
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


# --- authors -------------------------------------------------------------------------------


def _page(head: str, body: str, lang: str = "en") -> str:
    return f'<!doctype html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def test_json_ld_author_by_id_reference_in_a_graph() -> None:
    ld = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"Article","headline":"Tides rise early","author":{"@id":"#p1"},'
        '"datePublished":"2023-04-02T08:00:00+02:00","publisher":{"@id":"#org"}},'
        '{"@type":"Person","@id":"#p1","name":"Mara Example"},'
        '{"@type":"Organization","@id":"#org","name":"Coast Gazette"}]}</script>'
    )
    pm = html_metadata(parse_html(_page(ld, "<h1>Tides rise early</h1><p>Text.</p>")), None)
    assert pm.authors == ("Mara Example",)
    assert pm.published == "2023-04-02"


def test_json_ld_creator_and_split_name_parts() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A b c",'
        '"creator":[{"@type":"Person","givenName":"Ola","familyName":"Sample"}]}</script>'
    )
    assert html_metadata(parse_html(_page(ld, "<p>x</p>")), None).authors == ("Ola Sample",)


def test_json_ld_article_nested_in_a_web_page() -> None:
    ld = (
        '<script type="application/ld+json">{"@type":"WebPage","mainEntity":'
        '{"@type":"NewsArticle","headline":"Nested story here",'
        '"author":{"@type":"Person","name":"Ines Muster"}}}</script>'
    )
    assert html_metadata(parse_html(_page(ld, "<p>x</p>")), None).authors == ("Ines Muster",)


def test_personal_blog_publisher_is_the_author() -> None:
    head = (
        '<meta property="og:site_name" content="Kim Beispiel">'
        '<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting",'
        '"headline":"Notes on rivers","author":{"@id":"#me"},"publisher":{"@id":"#me"}},'
        '{"@type":"Person","@id":"#me","name":"Kim Beispiel"}]}</script>'
    )
    pm = html_metadata(parse_html(_page(head, "<h1>Notes on rivers</h1><p>Text.</p>")), None)
    assert pm.authors == ("Kim Beispiel",)


def test_publisher_name_loses_to_a_person_in_the_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Courier">'
        '<meta name="author" content="Valley Courier">'
    )
    body = '<h1>Bridge opens to traffic</h1><p class="byline">By Lena Probe</p><p>Text.</p>'
    pm = html_metadata(parse_html(_page(head, body)), "https://www.valleycourier.example/x")
    assert pm.authors == ("Lena Probe",)


def test_labelled_byline_naming_the_publisher_beats_a_far_author_box() -> None:
    head = '<meta property="og:site_name" content="Civic Alliance">'
    filler = "".join(f"<p>Paragraph number {i} of the article text goes on.</p>" for i in range(30))
    body = (
        "<h1>Alliance answers the minister</h1><p>12 June 2019, par Civic Alliance</p>"
        f'{filler}<div class="author">Other Group Name</div>'
    )
    pm = html_metadata(parse_html(_page(head, body, "fr")), "https://civic.example/a")
    assert pm.authors == ("Civic Alliance",)


def test_user_name_after_a_strong_label() -> None:
    body = "<h1>Ein Tag am See</h1><p>Verfasst von: seeblick42 | 31. Dezember 2008</p><p>Text.</p>"
    pm = html_metadata(parse_html(_page("", body, "de")), None)
    assert pm.authors == ("seeblick42",)
    assert pm.published == "2008-12-31"


def test_agency_in_the_first_paragraph_dateline() -> None:
    body = "<h1>Storm closes port</h1><p>HARBOURTOWN (AP) — The port closed on Monday.</p>"
    assert html_metadata(parse_html(_page("", body)), None).authors == ("AP",)


def test_desk_name_only_without_a_person() -> None:
    head = '<meta name="author" content="Valley Courier Staff">'
    body = '<h1>Fair returns</h1><p class="byline">By Rui Exemplo</p><p>Text.</p>'
    assert html_metadata(parse_html(_page(head, body)), None).authors == ("Rui Exemplo",)
    alone = html_metadata(parse_html(_page(head, "<h1>Fair returns</h1><p>Text.</p>")), None)
    assert alone.authors == ("Valley Courier Staff",)


def test_clean_author_junk_and_shapes() -> None:
    assert clean_author("Jane Doe @janedoe") == ["Jane Doe"]
    assert clean_author("By Jane Doe for the Example Times") == ["Jane Doe"]
    assert clean_author("Jane Doe in Berlin and John Roe in Paris") == ["Jane Doe", "John Roe"]
    assert clean_author("TOM EXAMPLE, Auto Writer") == ["TOM EXAMPLE"]
    assert clean_author("Jane, Jane Doe") == ["Jane Doe"]
    assert clean_author("jane.doe@example.com") == []
    assert clean_author("Editorial") == []
    assert clean_author("Ursula von der Probe") == ["Ursula von der Probe"]
    assert clean_author("Ali al-Beispiel", vouched=False) == ["Ali al-Beispiel"]
    assert clean_author("Anna von Probe") == ["Anna von Probe"]  # a particle, not "von" = by
    assert clean_author("Ein Kommentar von Anna Probe") == ["Anna Probe"]
    assert clean_author("Kommentar von Anna Probe") == ["Anna Probe"]
    assert clean_author("Ursula von der Probe und Jan Muster") == [
        "Ursula von der Probe",
        "Jan Muster",
    ]
    assert clean_author("Reporting by Jane Doe; Editing by John Roe") == ["Jane Doe"]
    assert clean_author("Foto: Jane Doe") == []  # a picture credit
    assert clean_author("Jane Doe (dpa)") == ["Jane Doe", "dpa"]
    # unlabelled text must be name-shaped; a label or a declared field vouches for odd names
    assert clean_author("Article supported by a great contributor", vouched=False) == []
    assert clean_author("Mina rao", vouched=False) == []
    assert clean_author("Mina rao") == ["Mina rao"]


# --- title ---------------------------------------------------------------------------------


def test_h1_naming_the_site_is_not_the_headline() -> None:
    head = (
        '<title>Giving advice | Class Blog 08</title><meta property="og:title" '
        'content="Giving advice"><meta property="og:site_name" content="Class Blog 08">'
    )
    pm = html_metadata(parse_html(_page(head, "<h1>Class Blog 08</h1><p>Text.</p>")), None)
    assert pm.title == "Giving advice"


def test_kicker_glued_or_barred_before_the_headline_is_dropped() -> None:
    head = '<meta property="og:title" content="Why small ports matter again">'
    for h1 in ("Local News | Why small ports matter again", "AnalysisWhy small ports matter again"):
        pm = html_metadata(parse_html(_page(head, f"<h1>{h1}</h1><p>Text.</p>")), None)
        assert pm.title == "Why small ports matter again"
    # a colon or dash before it is part of the headline
    head2 = '<meta property="og:title" content="Rivers: why small ports matter again">'
    h1 = "<h1>Rivers: why small ports matter again</h1>"
    assert html_metadata(parse_html(_page(head2, h1)), None).title == (
        "Rivers: why small ports matter again"
    )


# --- dates ---------------------------------------------------------------------------------


def test_published_label_beats_updated_label() -> None:
    body = (
        "<h1>Budget passes</h1><p>Letzte Änderung: 31.10.2023</p><p>Text of the piece.</p>"
        + "".join(f"<p>More text {i}.</p>" for i in range(30))
        + "<p>Erschienen am: 01.11.2023</p>"
    )
    pm = html_metadata(parse_html(_page("", body, "de")), None)
    assert pm.published == "2023-11-01"
    assert dict(pm.sources)["published"] == "text-published"


def test_stand_is_the_date_line_and_agrees_with_a_later_structured_date() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Zug fällt aus",'
        '"datePublished":"2023-11-06T23:30:00Z"}</script>'
        '<meta name="dc.date" content="2023-11-07">'
    )
    body = "<h1>Zug fällt aus</h1><p>Stand: 07.11.2023, 07:30 Uhr</p><p>Text.</p>"
    assert html_metadata(parse_html(_page(head, body, "de")), None).published == "2023-11-07"


def test_date_in_the_page_title_as_a_fallback() -> None:
    head = "<title>08.11.2021 | Workshop on archives: Example Portal</title>"
    pm = html_metadata(parse_html(_page(head, "<h1>Workshop on archives</h1>", "de")), None)
    assert pm.published == "2021-11-08"


def test_meta_dates_follow_the_page_locale() -> None:
    head = '<meta property="article:published_time" content="10/05/2022 05:22 pm">'
    pm = html_metadata(parse_html(_page(head, "<h1>Titular de prueba</h1>", "es")), None)
    assert pm.published == "2022-05-10"


def test_parse_date_more_forms() -> None:
    assert parse_date("15 августа 2016, 13:43") == "2016-08-15"
    assert parse_date("19. helmikuuta 2019") == "2019-02-19"
    assert parse_date("2022/05/10 17:36:11") == "2022-05-10"
    assert parse_date("2020年6月4日") == "2020-06-04"
    assert parse_date("31.02.2020") is None  # not a calendar day
    assert parse_date("1 March 1850") is None  # outside the believed years


# --- properties ----------------------------------------------------------------------------

_LD_KEYS = st.sampled_from(
    ["@type", "@id", "@graph", "name", "author", "creator", "headline", "datePublished",
     "publisher", "mainEntity", "hasPart", "givenName", "familyName"]
)  # fmt: skip
_LD_TYPES = st.sampled_from(["NewsArticle", "Person", "Organization", "WebPage", "schema:Article"])
_json_ld = st.recursive(
    st.none() | st.booleans() | st.integers() | any_text | _LD_TYPES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_LD_KEYS, inner, max_size=5),
    max_leaves=12,
)
_TAGS = st.sampled_from(["p", "div", "h1", "span", "time", "a", "address", "li"])
_ATTRS = st.sampled_from(
    ["", ' class="byline"', ' class="author"', ' rel="author"', ' itemprop="author"',
     ' datetime="2021-03-04"', ' class="comments"', ' class="caption"']
)  # fmt: skip
_element = st.builds(lambda t, a, x: f"<{t}{a}>{x}</{t}>", _TAGS, _ATTRS, any_text)
_meta_tag = st.builds(
    lambda k, v: f'<meta name="{k}" content="{v}">',
    st.sampled_from(["author", "article:published_time", "og:title", "og:site_name", "byl",
                     "vr:author", "twitter:label1", "twitter:data1", "date"]),
    any_text.map(lambda s: s.replace('"', "")),
)  # fmt: skip
_html_page = st.builds(
    lambda metas, ld, els: _page(
        "".join(metas) + f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        "".join(els),
    ),
    st.lists(_meta_tag, max_size=4),
    _json_ld,
    st.lists(_element, max_size=12),
)


def _valid_iso(value: str) -> bool:
    day = dt.date.fromisoformat(value)
    return MIN_YEAR <= day.year <= MAX_YEAR and day.isoformat() == value


@given(any_text, st.sampled_from([True, False, None]))
def test_parse_date_gives_a_real_day_or_none(text: str, dayfirst: bool | None) -> None:
    found = parse_date(text, dayfirst=dayfirst)
    assert found is None or _valid_iso(found)
    assert parse_date(text, dayfirst=dayfirst) == found  # deterministic


@given(st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31)))
def test_parse_date_round_trips(day: dt.date) -> None:
    iso = day.isoformat()
    de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"][day.month - 1]  # fmt: skip
    en = day.strftime("%B")
    assert parse_date(iso) == iso
    assert parse_date(f"{iso}T10:00:00+02:00") == iso
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == iso
    assert parse_date(f"Am {day.day}. {de} {day.year} um 10 Uhr") == iso
    assert parse_date(f"Published {en} {day.day}, {day.year}") == iso
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year}", dayfirst=True) == iso
    assert parse_date(f"{day.month:02d}/{day.day:02d}/{day.year}", dayfirst=False) == iso
    path = f"https://example.com/news/{day.year}/{day.month:02d}/{day.day:02d}/slug"
    assert url_date(path) == iso


@given(any_text)
def test_url_date_and_labels_never_crash(text: str) -> None:
    found = url_date(text)
    assert found is None or _valid_iso(found)
    assert date_label(text) in (None, "published", "modified")


@given(any_text, st.lists(any_text, max_size=3), st.booleans())
def test_clean_author_names_come_from_the_input(
    raw: str, rejects: list[str], vouched: bool
) -> None:
    names = clean_author(raw, rejects, vouched=vouched)
    assert names == clean_author(raw, rejects, vouched=vouched)  # deterministic
    source = html_unescape(" ".join(raw.split())).casefold()
    for name in names:
        assert name and name == name.strip()
        assert all(word.casefold() in source for word in name.split())
        assert name_shaped(name, vouched=True)
    assert len({n.casefold() for n in names}) == len(names)


@given(_html_page)
def test_html_metadata_on_html_like_pages(html: str) -> None:
    page = parse_html(html)
    pm = html_metadata(page, "https://news.example.org/2021/03/04/story")
    assert pm.published is None or _valid_iso(pm.published)
    assert pm.title is None or (isinstance(pm.title, str) and pm.title)
    assert all(isinstance(a, str) and a for a in pm.authors)
    assert html_metadata(page, "https://news.example.org/2021/03/04/story") == pm


_BYLINE_WORDS = st.sampled_from(
    ["Jane", "Doe", "von", "der", "by", "Von", "and", "Staff", "Writer", "jdoe", "12", "|", ",",
     "(AP)", "Ali", "al-Beispiel", "Posted", "on", "May", "3", "2020", "The", "Times", "für",
     "@x", "Redaktion", "de", "la", "Text:", "–"]
)  # fmt: skip


@given(st.lists(_BYLINE_WORDS, max_size=9).map(" ".join), st.booleans())
def test_clean_author_is_idempotent(raw: str, vouched: bool) -> None:
    for name in clean_author(raw, vouched=vouched):
        assert clean_author(name) == [name]


def test_bad_pages_give_metadata_without_crash() -> None:
    deep = _page("", "<div>" * 5000 + '<p class="byline">By Jane Example</p>' + "</div>" * 5000)
    assert html_metadata(parse_html(deep), None).authors == ("Jane Example",)
    huge = _page("<title>Long page</title>", "<p>" + "word 2021-03-04 " * 50_000 + "</p>")
    pm = html_metadata(parse_html(huge), "not a url")
    assert pm.title == "Long page"
    broken = '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author"'
    assert html_metadata(parse_html(broken), None).authors == ()


def test_author_page_link_near_headline_is_a_byline() -> None:
    from archnorm import normalize

    page = (
        "<html><head><title>Harbour plan approved - Example Gazette</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Harbour plan approved</h1>"
        "<div class='meta'><a href='https://news.example.org/author/jane-roe/'>Jane Roe</a></div>"
        "<p>The council approved the harbour plan on Monday after a long debate about costs.</p>"
        "<p>Work on the new quay is due to start next spring, the mayor said.</p></article>"
        "<aside><a href='/author/john-poe/'>John Poe</a> writes about gardens.</aside>"
        "</body></html>"
    )
    rec = normalize(page, url="https://news.example.org/2024/05/harbour", format="html")
    assert rec.author == "Jane Roe"


def test_author_page_link_pattern() -> None:
    from archnorm._htmlsignals import _AUTHOR_PAGE_RE

    for href in ("/author/jane-roe", "https://x.org/autoren/max-muster/", "/columnists/ann?x=1",
                 "/index.php?author=12"):  # fmt: skip
        assert _AUTHOR_PAGE_RE.search(href), href
    for href in ("/authors", "/2024/05/author-of-the-year-award", "/news/writers-strike-ends"):
        assert not _AUTHOR_PAGE_RE.search(href), href
