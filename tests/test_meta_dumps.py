"""meta.py on dumps that put every text node on its own line: lone byline labels, dates written
in other languages, the headline among section labels, the URL slug."""

from __future__ import annotations

from hypothesis import given

import archnorm
from archnorm.meta import _slug_words, _written_date
from tests.strategies import any_text

_DUMP = """\
Aller au contenu
Accueil
Politique
Monde
Le conseil municipal vote le budget des écoles après un long débat
Par
Claire Martin
|
30 septembre 2018
Version imprimable
Vos réactions (11)
Le conseil municipal a voté lundi soir le budget des écoles, après un débat de quatre heures sur les cantines et les transports scolaires.
La maire a salué un compromis qui, selon elle, protège les petites écoles rurales tout en finançant la rénovation de deux collèges.
L'opposition a voté contre, estimant que les hausses de tarifs pèseraient sur les familles les plus modestes de la commune.
"""  # noqa: E501


def test_a_get_text_dump_gives_title_author_and_date() -> None:
    rec = archnorm.normalize(
        _DUMP, url="https://example.fr/politique/le-conseil-municipal-vote-le-budget-des-ecoles"
    )
    assert rec.title == "Le conseil municipal vote le budget des écoles après un long débat"
    assert rec.authors == ("Claire Martin",)
    assert rec.published == "2018-09-30"
    assert "Claire Martin" not in rec.body.split("\n")


def test_without_a_slug_the_headline_still_beats_a_nearer_section_label() -> None:
    rec = archnorm.normalize(_DUMP)
    assert rec.title == "Le conseil municipal vote le budget des écoles après un long débat"


def test_written_dates_need_a_short_line_or_a_label() -> None:
    assert _written_date("30 septembre 2018", in_body=False) == ("2018-09-30", None)
    assert _written_date("Aktualisiert am 19. Oktober 2019, 14:20 Uhr", in_body=False) == (
        "2019-10-19",
        "modified",
    )
    # a headline that names a date, and an article sentence that starts with one
    assert _written_date("Brexit talks to resume in London on 3 May 2019", in_body=False) == (
        None,
        None,
    )
    assert _written_date("Le 6 août 2019, le député a été condamné.", in_body=True) == (None, None)


def test_an_updated_date_is_the_published_date_only_when_alone() -> None:
    page = "Council approves budget for the schools\nUpdated 5 May 2021\n" + (
        "The council approved the budget on Monday after a long debate about the schools. " * 3
    )
    assert archnorm.normalize(page).published == "2021-05-05"
    page = page.replace("Updated 5 May 2021\n", "Updated 5 May 2021\n3 May 2021\n")
    assert archnorm.normalize(page).published == "2021-05-03"


def test_slug_words() -> None:
    assert _slug_words("https://x.org/news/2020/05/council-votes-school-budget.html") == {
        "council",
        "votes",
        "school",
        "budget",
    }
    assert _slug_words("https://x.org/article/123456") == frozenset()
    assert _slug_words(None) == frozenset()


@given(any_text)
def test_written_date_never_crashes(text: str) -> None:
    iso, label = _written_date(text, in_body=False)
    assert label in (None, "published", "modified")
    assert iso is None or len(iso) == 10


def test_a_date_far_from_the_header_is_found_but_its_line_stays() -> None:
    body = "The council approved the budget on Monday after a long debate about the schools.\n"
    page = "Council approves budget for the schools\n" + body * 3 + "17. Januar 2014 · 02:16\n"
    rec = archnorm.normalize(page)
    assert rec.published == "2014-01-17"
    assert rec.provenance is not None
    assert ("published", "date-line-anywhere") in rec.provenance.fields


def test_a_date_beside_a_title_after_a_separator() -> None:
    assert (
        _written_date("08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance", in_body=False)[
            0
        ]
        == "2021-11-08"
    )


def test_line_authors_reads_bylines_in_several_shapes() -> None:
    from archnorm.meta import line_authors

    assert line_authors("Por Rodrigo Mejía 04 de mayo 2022 a las 09:01 hrs.") == ("Rodrigo Mejía",)
    assert line_authors("Autoren Jana Berg und Uwe Kraft") == ("Jana Berg", "Uwe Kraft")
    assert line_authors("am 23. Januar 2020 von Lena Vogt in Allgemeines") == ("Lena Vogt",)
    assert line_authors("Frank Moser am 18. September 2019") == ("Frank Moser",)
    # prose and a place beside a date are not bylines
    assert line_authors("The talks were led by the finance minister in March 2019.") == ()
    assert line_authors("Berlin, 18. September 2019") == ()


def test_a_byline_below_the_first_body_lines_still_gives_the_author() -> None:
    para = "The council approved the budget on Monday after a long debate about the schools.\n"
    page = "Council approves budget for the schools\n" + para * 4 + "By Jane Roe\n" + para
    rec = archnorm.normalize(page)
    assert rec.authors == ("Jane Roe",)
    assert rec.provenance is not None
    assert ("author", "byline-anywhere") in rec.provenance.fields


@given(any_text)
def test_line_authors_never_crashes(text: str) -> None:
    from archnorm.meta import line_authors

    assert all(isinstance(n, str) and n for n in line_authors(text))


_PARA = (
    "The council approved the budget on Monday after a long debate about the schools and the "
    "roads of the district.\n"
)
_HEAD = "Home\nNews\nLocal\nCouncil approves budget for the schools\n"


def test_a_name_suffix_does_not_read_as_a_sentence_end() -> None:
    rec = archnorm.normalize(_HEAD + "By\nPerry Roe Jr.\n" + _PARA * 4)
    assert rec.authors == ("Perry Roe Jr",)


def test_a_name_over_a_bare_label_above_the_date() -> None:
    rec = archnorm.normalize(_HEAD + "Jane Roe\nStand:\n05. Februar 2020\n" + _PARA * 4)
    assert rec.authors == ("Jane Roe",)
    assert rec.published == "2020-02-05"


def test_dated_teasers_are_no_bylines() -> None:
    teasers = "4 May 2021\nPolice Reform Moves Ahead\n9 July 2020\nStay Informed\n"
    rec = archnorm.normalize(_HEAD + _PARA * 4 + teasers + _PARA)
    assert rec.authors == ()


def test_a_menu_label_over_a_menu_entry_is_no_byline() -> None:
    rec = archnorm.normalize("Autoren\nService\n" + _HEAD + _PARA * 4)
    assert rec.authors == ()
    rec = archnorm.normalize("By\nlupa\n" + _HEAD + _PARA * 4)
    assert rec.authors == ("lupa",)


def test_a_byline_label_and_name_in_the_first_body_lines() -> None:
    page = _HEAD + _PARA * 4 + "Por\nRodrigo Roe\n" + _PARA
    rec = archnorm.normalize(page)
    assert rec.authors == ("Rodrigo Roe",)


def test_a_name_beside_a_date_in_the_first_body_lines() -> None:
    page = _HEAD + _PARA * 4 + "Jane Roe\n27.04.2020 - 18:50 Uhr\n" + _PARA
    rec = archnorm.normalize(page)
    assert rec.authors == ("Jane Roe",)


def test_a_place_or_section_beside_a_date_is_no_author() -> None:
    page = _HEAD + "Berlin\n27.04.2020\n" + _PARA * 4 + "Sports Results\n3 Comments\n" + _PARA
    rec = archnorm.normalize(page)
    assert rec.authors == ()


def test_a_year_glued_to_the_next_date_is_read() -> None:
    from archnorm.meta import unglue_years

    line = "Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion"
    assert (
        unglue_years(line) == "Veröffentlicht am 19. Dezember 2022 19. Dezember 2022 von Redaktion"
    )
    assert unglue_years("20221219 and in 2019 15 people") == "20221219 and in 2019 15 people"
    rec = archnorm.normalize(_HEAD + "Published on 19. Juni 201619. Juni 2016\n" + _PARA * 4)
    assert rec.published == "2016-06-19"


def test_the_url_date_when_the_page_gives_none() -> None:
    page = _HEAD + _PARA * 4
    assert archnorm.normalize(page).published is None
    rec = archnorm.normalize(page, url="https://blog.example/2016/06/19/council-approves-budget/")
    assert rec.published == "2016-06-19"
    assert rec.provenance is not None
    assert ("published", "url") in rec.provenance.fields
    dated = archnorm.normalize(
        _HEAD + "3 May 2021\n" + _PARA * 4, url="https://x.example/2016/06/19/a"
    )
    assert dated.published == "2021-05-03"
