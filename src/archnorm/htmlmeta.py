"""Title, author(s) and published date of an HTML page, chosen among the candidates ``html.py``
collected (JSON-LD, Open Graph and other meta tags, ``<time>``, ``<h1>``, bylines, the URL).

Title: the visible headline (``<h1>``) when it agrees with the page's declared title, else the
JSON-LD headline, else ``og:title``/``<title>`` with the site-name part cut off.  Author: JSON-LD
``author`` names, then author meta tags, then byline elements, each cleaned ("By", dates, roles,
e-mail, the publisher's own name rejected) and split into several names.  Date: JSON-LD
``datePublished``, then publication meta tags, then ``<time datetime>``, then a date in the URL,
then the first date written near the headline.  Every answer names its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from archnorm import meta
from archnorm._authorsignals import (
    copyright_holder,
    data_authors,
    footer_bylines,
    footer_texts,
    json_meta_authors,
    jsonld_persons,
    label_and_name,
    other_meta_keys,
    rel_author_slugs,
    twitter_creator,
    url_authors,
    url_slug_name,
)
from archnorm._bylines import (
    byline_label,
    clean_author,
    full_name,
    inner_label,
    is_desk,
    is_label,
    same_name,
    signer,
    squash,
    unglue,
    unglue_label,
)
from archnorm._jsonld import articles, clean, is_person, nodes_by_id, resolve
from archnorm._meta_tables import AUTHOR_META, TITLE_META
from archnorm._metadate import parse_date
from archnorm._pagedate import choose_date
from archnorm.boilerplate import Decision
from archnorm.html import HtmlPage
from archnorm.meta import MetaResult
from archnorm.segment import Block

__all__ = ["PageMeta", "clean_author", "extract", "html_metadata", "parse_date", "strip_site_name"]

_WORD_RE = regex.compile(r"\w+")
BYLINE_WINDOW = 40
"""Blocks after the headline searched for a byline or a dateline with a name."""
BYLINE_BEFORE = 10
"""Blocks before the headline where a byline element still counts as near it."""
BYLINE_CLOSE = 15
"""Blocks after the headline where an unlabelled byline element is believed over a declared
author naming the publisher."""
MAX_KICKER_WORDS = 4
"""Words a kicker or section name glued before the headline in an ``<h1>`` may have."""
GLUED_WINDOW = 5
"""Blocks after the headline where a name glued before a date ("Jane Doe 04.02.2022") is read
as the author's dateline (further down such lines are comments)."""
LATE_BYLINE_CHARS = 80
"""Longest line read as a labelled byline far below the headline."""
"""JSON-LD keys under which a page's article node may be nested."""
_NAME_DATE_RE = regex.compile(r"(?P<name>\p{L}[\p{L}\p{M}'’. -]{1,40}?)\s+(?P<date>\d[^\n]{5,40})")
_AGENCY_RE = regex.compile(
    r"\p{Lu}[\p{L}\p{M} .,'’-]{1,40}?\s*"  # place
    r"\((?P<agency>[\p{L}][\p{L}/ .&-]{0,24})\)\s*[:–—-]+\s+\p{Lu}"  # (agency) - Text
)
_ASIDE_HINTS = frozenset({"related", "sidebar", "navigation", "footer", "caption"})
"""Hints of blocks whose labelled byline is not the article's (teasers, captions, widgets)."""
_SCHEME_RE = regex.compile(r"^[a-z][a-z0-9+.-]*://")
_DIGIT_RE = regex.compile(r"\d")
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})
_SEP_RE = regex.compile(r"\s+(?:\||-|–|—|::|·|»|/|:)\s+")
_DATELINE_SEP_RE = regex.compile(r"\s+(?:\||-|–|—|·|•|∙|/|von|by|par|por)\s+|\s*\|\s*")
_NAME_RE = regex.compile(
    r"(?:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|del|la|le|di|du|v\.))*"
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Chosen metadata and where each field came from (``sources``: (field, source) pairs)."""

    title: str | None
    authors: tuple[str, ...]
    published: str | None
    sources: tuple[tuple[str, str], ...]

    @property
    def author(self) -> str | None:
        return "; ".join(self.authors) if self.authors else None


@lru_cache(maxsize=1024)
def _tokens(s: str) -> frozenset[str]:
    """The case-folded words of a title part or site name (cached: a page's site names are
    compared with every part of every declared title)."""
    return frozenset(t.casefold() for t in _WORD_RE.findall(s))


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta)


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """Cut a " | Site" style part off a page title (the part naming the site, else the shorter)."""
    parts = _SEP_RE.split(title)
    if len(parts) < 2:
        return title
    names = [n for n in site_names if n]
    keep = [p for p in parts if not any(_overlap(p, n) >= 0.6 for n in names)]
    if keep and len(keep) < len(parts):
        return " - ".join(keep) if len(keep) > 1 else keep[0]
    longest = max(parts, key=len)
    return longest if len(_WORD_RE.findall(longest)) >= 3 else title


def _site_names(page: HtmlPage, url: str | None) -> list[str]:
    """Names of the site and its publisher (rejected as authors while a person is found).  A
    publisher that is a Person (a personal blog) is no reason to reject its name."""
    jsonld = page.meta.jsonld
    ids = nodes_by_id(jsonld)
    names = list(page.meta.meta.get("og:site_name", []))
    names += page.meta.meta.get("application-name", [])
    persons: list[str] = []
    for item in jsonld:
        pub = resolve(item.get("publisher"), ids)
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            (persons if is_person(pub) else names).append(clean(pub["name"]))
        if item.get("@type") in ("WebSite", "Organization", "NewsMediaOrganization"):
            names.append(clean(item.get("name")))
    if url:
        names.append(_host_label(url))
    folded = {squash(p) for p in persons}
    return [n for n in names if n and squash(n) not in folded]


def _host_label(url: str) -> str:
    """The main label of a URL's host: "https://www1.example.co.uk/x" -> "example"."""
    host = _SCHEME_RE.sub("", url.strip().lower()).split("/")[0]
    labels = [x for x in host.split(":")[0].split(".") if x]
    if len(labels) > 1:
        labels.pop()  # top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return labels[-1] if labels else ""


def choose_title(
    page: HtmlPage, url: str | None, *, site_names: list[str] | None = None
) -> tuple[str | None, str]:
    """The title and its source; ``site_names`` (``_site_names(page, url)``) when known."""
    m = page.meta
    declared: list[tuple[str, str]] = []
    for art in articles(m.jsonld):
        if isinstance(art.get("headline"), str) and clean(art["headline"]):
            declared.append((clean(art["headline"]), "json-ld:headline"))
    for key in TITLE_META:
        for value in m.meta.get(key, []):
            declared.append((clean(value), key))
    if m.title:
        declared.append((m.title, "title"))
    site = _site_names(page, url) if site_names is None else site_names
    h1s = [
        h
        for h in m.h1
        if 1 <= len(_WORD_RE.findall(h)) <= 60 and not any(same_name(h, n) for n in site)
    ]
    for h in h1s:
        for value, source in declared:
            cut = strip_site_name(value, site)
            if _kicker_before(clean(h), clean(cut)):
                return cut, source
        if any(_overlap(h, d) >= 0.8 or _overlap(d, h) >= 0.8 for d, _ in declared):
            return h, "h1"
    for value, source in declared:
        cut = strip_site_name(value, site)
        if cut:
            return cut, source
    if h1s:
        return h1s[0], "h1"
    return None, "none"


def _kicker_before(h1: str, declared: str) -> bool:
    """The ``<h1>`` is the declared title with a short kicker or section name before it, glued
    on or set off by a bar ("Local News | Headline", "KickerHeadline"): the declared title is the
    headline.  A dash or colon is not enough: "Topic: Headline" is often the headline itself."""
    if len(declared.split()) < 3 or h1 == declared or not h1.endswith(declared):
        return False
    kicker = h1[: len(h1) - len(declared)]
    if len(kicker.split()) > MAX_KICKER_WORDS or not kicker.strip():
        return False
    return kicker.rstrip().endswith("|") or not kicker[-1:].isspace()


def _names_from(value: Any, ids: dict[str, dict[str, Any]]) -> list[str]:
    """Author names from a JSON-LD author value: a string, a Person or Organization (inline or an
    ``@id`` reference), or a list of them."""
    out: list[str] = []
    todo = [value]
    steps = 0
    while todo and steps < 64:
        steps += 1
        v = resolve(todo.pop(0), ids)
        if isinstance(v, list):
            todo[0:0] = v
        elif isinstance(v, dict):
            name = v.get("name", v.get("@value"))
            if isinstance(name, (str, list, dict)):
                todo.insert(0, name)
            else:
                parts = [v.get(k) for k in ("givenName", "additionalName", "familyName")]
                full = " ".join(p for p in parts if isinstance(p, str) and p.strip())
                if not full and isinstance(v.get("url"), str):  # a Person known by its page
                    full = url_slug_name(v["url"]) or ""
                if full:
                    out.append(full)
        elif isinstance(v, str):
            # an author given as the address of their page: the name its slug spells
            slug = url_slug_name(v) if _SCHEME_RE.match(v.strip().lower()) else None
            out.append(slug or v)
    return out


def _near_headline(pos: int, h1: int, after: int) -> bool:
    """Is block ``pos`` at most ``BYLINE_BEFORE`` blocks before the headline block ``h1`` or
    ``after`` blocks after it (anywhere, when the page has no headline)?"""
    return h1 < 0 or h1 - BYLINE_BEFORE <= pos <= h1 + after


def _author_candidates(
    page: HtmlPage, h1: int, title: str | None = None
) -> list[tuple[str, str, int]]:
    """(value, source, tier) in order of trust.  Tier 0: the page's declared metadata (JSON-LD
    author or creator, author meta tags); 1: a labelled byline near the headline ("By ...");
    2: unlabelled byline elements close to the headline, microdata, rel=author links, a
    dateline with a name; 3: other byline elements (teasers, comments, author boxes)."""
    declared = _declared_candidates(page, title)
    return declared + _more_candidates(page, h1, declared)


def _declared_candidates(page: HtmlPage, title: str | None) -> list[tuple[str, str, int]]:
    """The leading, tier-0 part of ``_author_candidates``: JSON-LD, author meta tags (plain and
    JSON), microdata names, Twitter label/data pairs.  No later candidate has one of these
    sources ("json-ld:author", "meta:author", ...): ``choose_authors`` relies on it."""
    m = page.meta
    ids = nodes_by_id(m.jsonld)
    out: list[tuple[str, str, int]] = []
    # the authors of one article: the one whose headline is the page's title, else the first
    # (a page may also describe related articles)
    folded = _fold(title) if title else None
    arts = sorted(articles(m.jsonld), key=lambda a: _fold(clean(a.get("headline"))) != folded)
    for art in arts:
        for key in ("author", "creator"):
            out += [(n, f"json-ld:{key}", 0) for n in _names_from(art.get(key), ids)]
            if out:
                break
        if out:
            break
    keys = [k for k in AUTHOR_META if k != "itemprop:author"]
    out += [(v, f"meta:{k}", 0) for k in keys for v in m.meta.get(k, [])]
    out += json_meta_authors(m.meta)
    # microdata: the nested itemprop="name" of an itemprop="author" item
    out += [(v, "itemprop:author-name", 0) for v in m.meta.get("itemprop:author-name", [])]
    for n in range(1, 5):  # Yoast-style "twitter:labelN" = "Written by", "twitter:dataN" = name
        for label, data in zip(
            m.meta.get(f"twitter:label{n}", []), m.meta.get(f"twitter:data{n}", []), strict=False
        ):
            if is_label(label):
                out.append((data, f"twitter:data{n}", 0))
    return out


def _more_candidates(
    page: HtmlPage, h1: int, declared: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """The rest of ``_author_candidates``, after the ``declared`` ones."""
    m = page.meta
    out: list[tuple[str, str, int]] = []
    other = other_meta_keys(m.meta, (*AUTHOR_META, "itemprop:author-name"))
    line, date_line = _byline_line(page, h1)
    order = sorted(range(len(m.bylines)), key=lambda i: (m.byline_pos[i] < h1,
                                                         abs(m.byline_pos[i] - h1)))  # fmt: skip
    for i in order:
        pos = m.byline_pos[i]
        text = unglue(m.bylines[i]).lstrip(" ,;:|-–—·•")
        if is_label(text):  # "By" in its own element: the name follows it, in the same line
            text = label_and_name(text, page.blocks, pos)
        labelled = byline_label(text) is not None or inner_label(text) is not None
        limit = BYLINE_WINDOW if labelled else BYLINE_CLOSE
        near = _near_headline(pos, h1, limit)
        out.append((text, "byline", (1 if labelled else 2) if near else 3))
    if line:  # after the byline elements: their text is cut where the markup ends
        out.append((line, "byline-text", 1))
    out += [(v, "itemprop:author", 2) for v in m.meta.get("itemprop:author", [])]
    # other "...author" meta names (site-specific schemes) are believed less
    out += [(v, f"meta:{k}", 2) for k in other for v in m.meta[k]]
    out += [(v, "rel=author", 2) for v in m.author_links]
    out += data_authors(m.data_authors)
    out += rel_author_slugs(m.author_hrefs)
    out += footer_bylines(m.footer_lines)
    if not any(source.startswith("json-ld") for _, source, _ in (*declared, *out)):
        out += jsonld_persons(m.jsonld)
    out += url_authors(m.meta)
    # a link to an author's page near the headline reads as a byline; a far one (a list of
    # other articles, a sidebar of columnists) only as a last resort
    for text, pos in zip(m.author_pages, m.author_page_pos, strict=True):
        near = _near_headline(pos, h1, BYLINE_CLOSE)
        out.append((text, "author-page-link", 2 if near else 3))
    if date_line:
        names = _dateline_names(date_line, ())
        if names:
            out.append(("; ".join(names), "dateline", 2))
    # an agency credited in the first paragraph's dateline: "HAYWARD, Calif. (AP) — ...",
    # "Berlin (dpa) - ..."
    for block in page.blocks[max(0, h1) : max(0, h1) + BYLINE_WINDOW]:
        credit = _AGENCY_RE.match(block.text)
        if credit:
            out.append((credit.group("agency"), "dateline-agency", 3))
            break
    # a labelled byline anywhere below the headline, often at the end of the article: a strong
    # label ("Autor: ...", "Written by ..."), or a plain "By"/"Von" before a full name.  A
    # strong label inside the article (a republished piece credits its writer) is believed
    # over bylines that name only the publisher (tier 2: rejected names are passed over).
    for block in page.blocks[max(0, h1) :]:
        if len(block.text) <= LATE_BYLINE_CHARS and "comments" not in block.hints:
            found = byline_label(block.text)
            if found and (found[1] or full_name(block.text[len(found[0]) :])):
                strong = found[1] and not block.hints & _ASIDE_HINTS
                out.append((block.text, "byline-late", 2 if strong else 3))
    out += twitter_creator(m.meta)
    return out


def choose_authors(
    page: HtmlPage,
    url: str | None,
    *,
    headline: int | None = None,
    title: str | None = None,
    site_names: list[str] | None = None,
) -> tuple[tuple[str, ...], str]:
    """The most trusted candidate that yields names.  Declared and labelled authors first, then
    byline elements close to the headline, each rejecting the publisher's own name and desk
    names; then a labelled, a declared, an unlabelled close author naming the publisher (personal
    blogs, press releases: organisations do sign their pages); last, other byline elements, and
    desk names from them.  ``site_names``: ``_site_names(page, url)`` when known."""
    rejects = _site_names(page, url) if site_names is None else site_names
    h1 = page.meta.h1_pos if headline is None else headline
    # (names rejected, tiers, desk names allowed)
    passes = (
        (rejects, (0, 1), False), (rejects, (2,), False), ((), (1,), True), ((), (0,), True),
        ((), (2,), False), (rejects, (3,), False), (rejects, (2, 3), True),
    )  # fmt: skip
    memo: dict[tuple[str, bool, bool], list[str]] = {}  # passes and sources repeat values
    # the declared candidates lead the list and are all of tier 0, and no later candidate
    # shares their sources: when one of them wins the first pass, it wins over the whole list
    # too, and the bylines, the text around the headline and the rest need not be read
    declared = _declared_candidates(page, title)
    found = _pick(declared, passes[:1], rejects, memo)
    if found is None:
        candidates = declared + _more_candidates(page, h1, declared)
        found = _pick(candidates, passes, rejects, memo)
    if found is not None:
        return found
    # last: a personal site's owner, named in its copyright line (and so also its site name)
    holder = copyright_holder(page.blocks, footer_texts(page.meta))
    if holder:
        return (holder,), "copyright"
    return (), "none"


def _pick(
    candidates: Sequence[tuple[str, str, int]],
    passes: Sequence[tuple[Sequence[str], tuple[int, ...], bool]],
    rejects: Sequence[str],
    memo: dict[tuple[str, bool, bool], list[str]],
) -> tuple[tuple[str, ...], str] | None:
    """The names of the first candidate, pass by pass, that yields names (see
    ``choose_authors``), and its source; None when none does."""

    def names_in(value: str, reject: Sequence[str], vouched: bool) -> list[str]:
        key = (value, reject is rejects, vouched)
        if key not in memo:
            memo[key] = clean_author(value, reject, vouched=vouched)
        return memo[key]

    for reject, tiers, desks in passes:
        for value, source, tier in candidates:
            if tier not in tiers:
                continue
            names = names_in(value, reject, tier < 2)
            if not names or (not desks and all(is_desk(n) for n in names)):
                continue
            # several Person entries, or one author meta tag per author (Open Graph's
            # article:author is an array; citation_author repeats): collect all of them
            if source.startswith(("json-ld", "meta:")):
                names = [n for v, s, _ in candidates if s == source
                         for n in names_in(v, reject, True)]  # fmt: skip
            out: list[str] = []
            for n in names:
                if n not in out:
                    out.append(n)
            return tuple(out), source
    return None


def _byline_line(page: HtmlPage, h1: int) -> tuple[str | None, str | None]:
    """Around the headline: a "By Jane Doe" line (or an "Author" label and the name after it),
    and separately a short dateline with a name ("04.02.2022 | 13:10 | Jane Doe")."""
    h1 = max(0, h1)
    window_start = max(0, h1 - 3)
    window = page.blocks[window_start : h1 + BYLINE_WINDOW]
    by_line: str | None = None
    date_line: str | None = None
    for i, b in enumerate(window):
        t = unglue_label(b.text) if b.text[:1] in "BbVvPp" else b.text  # "ByJane Doe"
        if len(t) > 120 or "comments" in b.hints:
            continue
        if by_line is None:
            found = byline_label(t)
            dated = _DIGIT_RE.search(t) is not None
            inner = None if found or not dated or "caption" in b.hints else inner_label(t)
            if inner and parse_date(t[: inner.start()]):  # "Posted on 3 May 2020 by ..."
                by_line = t
            elif found:
                rest = t[len(found[0]) :].lstrip(" :")
                if rest[:1].isupper() or (found[1] and rest[:1].isalnum()):
                    by_line = t
            elif is_label(t) and i + 1 < len(window) and len(window[i + 1].text) < 60:
                by_line = window[i + 1].text
        if date_line is None and parse_date(t):
            if _DATELINE_SEP_RE.search(t):
                date_line = t
            elif (
                window_start + i <= h1 + GLUED_WINDOW
                and "comments" not in b.hints
                and (glued := _NAME_DATE_RE.fullmatch(t))
                and signer(glued.group("name"))
            ):
                date_line = f"{glued.group('name')} | {glued.group('date')}"
    return by_line, date_line


def _dateline_names(line: str, rejects: Iterable[str]) -> list[str]:
    parts = [p for p in _DATELINE_SEP_RE.split(line) if p and not parse_date(p)]
    for part in parts:
        if _DIGIT_RE.search(part):
            continue
        names = clean_author(part, rejects)
        if names and all(_NAME_RE.fullmatch(n) and signer(n) for n in names):
            return names
    return []


def headline_pos(page: HtmlPage, title: str | None) -> int:
    """Index of the block showing the headline: the first ``<h1>`` (or other) block whose words
    are the title's, else the first ``<h1>``; -1 if neither."""
    if title:
        folded = _fold(title)
        lo, hi = len(title) // 2, 2 * len(title) + 8
        sized = [i for i, b in enumerate(page.blocks) if lo <= len(b.text) <= hi]
        for level in (1, None):  # an <h1> showing the title first, else any block
            for i in sized:
                block = page.blocks[i]
                if (level is None or block.heading == level) and _fold(block.text) == folded:
                    return i
    return page.meta.h1_pos


def html_metadata(page: HtmlPage, url: str | None = None) -> PageMeta:
    """Title, authors and ISO published date of a parsed page, with their sources."""
    site = _site_names(page, url)
    title, t_src = choose_title(page, url, site_names=site)
    h1 = headline_pos(page, title)
    authors, a_src = choose_authors(page, url, headline=h1, title=title, site_names=site)
    published, d_src = choose_date(page, url, headline=h1)
    sources = tuple(
        (f, s)
        for f, s, v in (("title", t_src, title), ("author", a_src, authors),
                        ("published", d_src, published))
        if v
    )  # fmt: skip
    return PageMeta(title=title, authors=authors, published=published, sources=sources)


def extract(
    page: HtmlPage,
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    *,
    url: str | None = None,
) -> MetaResult:
    """Metadata of an HTML page for the pipeline: the page's own metadata first, the header
    lines (``meta.extract``) for what it lacks.  Kept header lines that repeat the title or are
    the byline are taken out of the body ("title", "byline")."""
    pm = html_metadata(page, url)
    complete = pm.title and pm.authors and pm.published
    lines = MetaResult() if complete else meta.extract(blocks, decisions, url=url)
    title = pm.title or lines.title
    authors = pm.authors or lines.authors
    published = pm.published or lines.published
    fields = dict(lines.fields)
    fields.update(dict(pm.sources))
    used: dict[int, Decision] = {}
    kept = [i for i, d in enumerate(decisions) if d.keep][:4]
    folded_title = _fold(title) if title else None
    for i in kept:
        text = blocks[i].text
        if folded_title and _fold(text) == folded_title:
            used[i] = Decision(False, "title", "html-title")
        elif meta.parse_byline(text):
            used[i] = Decision(False, "byline", "byline")
    return MetaResult(
        title=title,
        authors=tuple(authors),
        published=published,
        used=used,
        fields=tuple(sorted(fields.items())),
    )


def _fold(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))
