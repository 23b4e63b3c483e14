"""The published date of an HTML page, chosen among its candidates: structured dates (JSON-LD,
publication meta tags, ``<time>``, the URL) first, checked against the date written near the
headline; without them, written dates ("published" lines first, "updated" ones last)."""

from __future__ import annotations

from collections.abc import Sequence

from archnorm._jsonld import articles
from archnorm._meta_tables import DATE_META, MODIFIED_META
from archnorm._metadate import (
    dayfirst_for,
    first_dates,
    line_date,
    machine_date,
    page_offset,
    parse_date,
    url_date,
)
from archnorm.html import HtmlPage
from archnorm.segment import Block

_REVISION_SOURCES = MODIFIED_META | {"time:modified", "json-ld:dateModified"}
"""Sources of revision dates: the first structured date only when nothing else is declared."""
_OWN_TEXT_SOURCES = frozenset({"time:modified", "time:aside"})
"""Sources whose date is no second opinion when the page's text writes it: the text near the
headline is then the revision's or the widget's own."""
_ASIDE_HINTS = frozenset({"near:navigation", "near:comments", "near:related", "near:sidebar"})
"""Blocks whose written dates are not the article's (a date widget, comments, teasers)."""
DATE_WINDOW = (5, 25)
"""Blocks before and after the headline searched for a written date."""


def _structured_dates(page: HtmlPage, url: str | None, headline: int) -> list[tuple[str, str]]:
    """Machine dates in order of trust: the article's JSON-LD ``datePublished`` (then
    ``dateCreated``, ``uploadDate``), publication meta tags, ``<time>``/``<abbr>`` marked as the
    publication (``pubdate``, hAtom ``published``), other ``<time>`` elements, a date in the URL,
    any JSON-LD ``datePublished``; last the revision dates (meta, JSON-LD ``dateModified``,
    ``<time>`` marked ``updated``).  UTC timestamps are read in the page's own offset."""
    m = page.meta
    dayfirst = dayfirst_for(m.lang)
    arts = articles(m.jsonld)
    strong: list[tuple[str, str]] = []  # (value, source)
    for art in arts:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            v = art.get(key)
            if isinstance(v, str):
                strong.append((v, f"json-ld:{key}"))
    for key in DATE_META:
        if key not in MODIFIED_META:
            strong += [(value, key) for value in m.meta.get(key, [])]
    strong += [(value, "time:published") for value in m.published_times]
    # <time> elements near the headline first, those in sidebars and teaser lists after the URL
    near = range(headline - DATE_WINDOW[0], headline + DATE_WINDOW[1]) if headline >= 0 else None
    times = sorted(
        (i for i in range(len(m.times)) if not m.time_aside[i]),
        key=lambda i: near is not None and m.time_pos[i] not in near,
    )
    strong += [(m.times[i], "time") for i in times]
    aside = [(v, "time:aside") for v, a in zip(m.times, m.time_aside, strict=True) if a]
    loose = [(v, "json-ld:datePublished") for item in m.jsonld
             if isinstance(v := item.get("datePublished"), str)]  # fmt: skip
    modified = [(value, key) for key in DATE_META if key in MODIFIED_META
                for value in m.meta.get(key, [])]  # fmt: skip
    modified += [(v, "json-ld:dateModified") for art in arts
                 if isinstance(v := art.get("dateModified"), str)]  # fmt: skip
    modified += [(value, "time:modified") for value in m.modified_times]
    offset = page_offset(value for value, _ in strong + loose + modified)

    def read(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        found = ((machine_date(v, offset=offset, dayfirst=dayfirst), src) for v, src in pairs)
        return [(iso, src) for iso, src in found if iso]

    in_url = url_date(url) if url else None
    return (
        read(strong) + ([(in_url, "url")] if in_url else []) + read(loose + aside) + read(modified)
    )


def choose_date(
    page: HtmlPage, url: str | None, *, headline: int | None = None
) -> tuple[str | None, str]:
    """The first structured date, unless the date written near the headline agrees with a later
    one (then that one: JSON-LD in UTC or a modified date can disagree with the page; not a
    ``<time>`` marked as the revision or standing in a sidebar, whose text is that element's own
    date written out).  Without
    structured dates: a date written near the headline (one labelled "published" first, one
    labelled "updated" never), a "published" line anywhere, a date in the page title, the first
    short dated line of the page, and last an "updated" date."""
    h1 = page.meta.h1_pos if headline is None else headline
    structured = _structured_dates(page, url, h1)
    dayfirst = dayfirst_for(page.meta.lang)
    h1 = max(0, h1)
    window = page.blocks[max(0, h1 - DATE_WINDOW[0]) : h1 + DATE_WINDOW[1]]
    near = [b for b in window if not (b.hints & _ASIDE_HINTS)]
    text = _written_date(near, dayfirst, 200)
    if structured:
        if text[0] and text[0] != structured[0][0]:
            for found, source in structured[1:]:
                if found == text[0] and source not in _OWN_TEXT_SOURCES:
                    return found, source + "+text"
            if structured[0][1] in _REVISION_SOURCES:  # only a revision date is declared
                return text[0], "text"
        return structured[0]
    if text[0]:
        return text[0], "text"
    anywhere = _written_date(page.blocks, dayfirst, 80)
    if anywhere[0] and anywhere[1] == "published":
        return anywhere[0], "text-published"
    titles = [page.meta.title or "", *page.meta.meta.get("og:title", [])]
    for title in titles:
        in_title = parse_date(title, dayfirst=dayfirst)
        if in_title:
            return in_title, "title"
    if anywhere[0]:
        return anywhere[0], "text-anywhere"
    modified = text[2] or anywhere[2]
    return (modified, "text-modified") if modified else (None, "none")


def _written_date(
    blocks: Sequence[Block], dayfirst: bool | None, max_len: int
) -> tuple[str | None, str | None, str | None]:
    """In short blocks: the first date labelled "published", else the first unlabelled date
    (with its label, "published" or None), and the first date labelled "updated"."""
    return first_dates(line_date(b.text, max_chars=max_len, dayfirst=dayfirst) for b in blocks)
