"""Metadata candidates out of an HTML page, for ``html.py``'s parse: the ``HtmlMeta`` record
(what ``htmlmeta.py`` chooses from), the head (meta tags, JSON-LD, ``<link rel=author>``),
microdata (``itemprop``, skipping comment and review items), and the small readers the tree
walk calls: which date a ``<time>``/``<abbr>`` gives, ``rel=author`` tokens, links to an
author's page, a footer's copyright line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from archnorm._html_tables import (
    DATA_AUTHOR_ATTRS,
    ITEM_PROPS,
    MODIFIED_CLASSES,
    NOT_ARTICLE_SCOPES,
    PUBLISHED_CLASSES,
)

_WS_RE = regex.compile(r"\s+")
MAX_SCOPE_DEPTH = 40
"""Ancestors climbed to find the item an ``itemprop=author`` belongs to."""


@dataclass(slots=True)
class HtmlMeta:
    """Metadata candidates found in the page, in document order, for ``meta.py`` to choose from.

    ``meta`` maps a lower-cased meta name/property/itemprop to its contents; ``jsonld`` holds the
    parsed JSON-LD objects (flattened out of ``@graph`` and lists); ``times`` the ``datetime`` of
    ``<time>`` elements; ``bylines`` short texts of elements whose class/id says author/byline, and
    ``author_links`` texts of ``rel=author`` links; ``author_pages`` texts of links to an author's
    page (``/author/jane-doe``, ``/autor/...``), with ``author_page_pos`` the block index each
    was seen at.

    Published-date conventions: ``published_times`` holds ``<time>`` values marked as the
    publication (``pubdate``, ``itemprop=datePublished``, hAtom class ``published``) and hAtom
    ``<abbr class="published" title="...">`` dates; ``modified_times`` those marked as a
    revision (``updated``/``modified`` class, ``itemprop=dateModified``), kept out of ``times``.
    ``time_pos`` gives the block index each of ``times`` was seen at, ``time_aside`` whether it
    stood in a sidebar, teaser list or navigation; times inside comments are not collected.
    ``author_hrefs``: the addresses of ``rel=author`` links (``<link>`` and ``<a>``);
    ``data_authors``: ``data-author``-style attribute values; ``footer_lines``: the lines of
    ``<footer>`` elements (dropped from the blocks), as (text, block index where the footer
    stood, inside an ``<article>``/``<main>``), read for metadata only.
    """

    title: str | None = None
    lang: str | None = None
    h1: list[str] = field(default_factory=list)
    h1_pos: int = -1
    meta: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    byline_pos: list[int] = field(default_factory=list)
    author_links: list[str] = field(default_factory=list)
    author_pages: list[str] = field(default_factory=list)
    author_page_pos: list[int] = field(default_factory=list)
    time_pos: list[int] = field(default_factory=list)
    time_aside: list[bool] = field(default_factory=list)
    published_times: list[str] = field(default_factory=list)
    modified_times: list[str] = field(default_factory=list)
    author_hrefs: list[str] = field(default_factory=list)
    data_authors: list[str] = field(default_factory=list)
    footer_lines: list[tuple[str, int, bool]] = field(default_factory=list)


_COPYRIGHT_MARK_RE = regex.compile(r"©|\((?i:c)\)\s*(?:19|20)\d\d|(?i:copyright)")


_NO_NAME_RE = regex.compile(r"[\W\d_]*(?:by|von|par|por)?[\W\d_]*", regex.IGNORECASE)
"""What is left of a copyright mark's text when the holder's name is in the next element."""


def _copyright_line(pieces: list[str], first: int = 0) -> str | None:
    """The copyright line among a footer's text pieces (one per text node): the first piece with
    a copyright mark, joined to the next piece when the holder's name is in the next element
    ("© 2019 <a>Jane Doe</a>").  ``first``: the pieces before it hold no mark."""
    for i in range(first, len(pieces)):
        piece = pieces[i]
        mark = _COPYRIGHT_MARK_RE.search(piece)
        if mark is None:
            continue
        line = _WS_RE.sub(" ", piece).strip()
        rest = piece[mark.end() :]
        if _NO_NAME_RE.fullmatch(rest):
            following = [p.strip() for p in pieces[i + 1 : i + 4] if p.strip()]
            line = f"{line} {following[0]}" if following else line
        return line[:COPYRIGHT_LINE_CHARS]
    return None


def copyright_line_in(text: str) -> str | None:
    """``_copyright_line(text.split("\n"))``, the first mark found by one search of the whole
    text instead of one search a piece: a mark inside a piece is a mark of the text, so no piece
    before the one where the text's first mark starts holds one."""
    mark = _COPYRIGHT_MARK_RE.search(text)
    if mark is None:
        return None
    return _copyright_line(text.split("\n"), text.count("\n", 0, mark.start()))


COPYRIGHT_LINE_CHARS = 200
"""A copyright line read from a footer is cut at this length."""


def _is_author_rel(rel: str) -> bool:
    """``rel`` is a space-separated token list: "author", "author external", "nofollow author"."""
    return "author" in rel.lower().split()


def _time_kind(attrs: dict[str, str | None], pubdate: bool) -> str | None:
    """ "published" or "modified" when a ``<time>``/``<abbr>`` says which date it gives (the
    ``pubdate`` attribute, ``itemprop``, the hAtom/microformats2 classes), else None."""
    prop = (attrs.get("itemprop") or "").lower()
    if pubdate or "datepublished" in prop:
        return "published"
    if "datemodified" in prop:
        return "modified"
    classes = (attrs.get("class") or "").lower().split()
    if any(c in PUBLISHED_CLASSES for c in classes):
        return "published"
    if any(c in MODIFIED_CLASSES for c in classes):
        return "modified"
    return None


def _add_time(meta: HtmlMeta, value: str, kind: str | None, pos: int, aside: bool) -> None:
    if kind == "published" and not aside:
        meta.published_times.append(value)
    elif kind == "modified":
        meta.modified_times.append(value)
    if kind != "modified":
        meta.times.append(value)
        meta.time_pos.append(pos)
        meta.time_aside.append(aside)


# a link to an author's own page: /author/jane-doe, /autoren/..., /journalist/..., ?author=12
_AUTHOR_PAGE_RE = regex.compile(
    r"(?:^|/)(?:authors?|autor(?:en|es|i)?|auteurs?|autore|journalists?|reporters?|columnists?|"
    r"writers?|byline|redakteur(?:e|in)?)/[^/?#]+/?(?:[?#]|$)|[?&]author=",
    regex.IGNORECASE,
)


_AUTHOR_PAGE_WORDS = ("aut", "journalist", "reporter", "columnist", "writer", "byline", "redakteur")


_AUTHOR_PAGE_WORD_RE = regex.compile("|".join(_AUTHOR_PAGE_WORDS), regex.IGNORECASE)


def _may_be_author_page(href: str) -> bool:
    """A cheap test before ``_AUTHOR_PAGE_RE`` (most links name no author page): one of its
    words anywhere in the address, in any case.  An ASCII address (nearly all) is lower-cased
    and searched with substring tests, several times faster than the case-insensitive regex
    and the same answer: only non-ASCII letters ("\N{LATIN SMALL LETTER LONG S}", the Kelvin
    sign, "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}") fold to ASCII ones."""
    if href.isascii():
        low = href.lower()
        for word in _AUTHOR_PAGE_WORDS:  # noqa: SIM110 (a loop: any() with a generator is slower)
            if word in low:
                return True
        return False
    return _AUTHOR_PAGE_WORD_RE.search(href) is not None


def _collect_head(tree: LexborHTMLParser, meta: HtmlMeta) -> None:
    html_node = tree.css_first("html")
    if html_node is not None:
        lang = html_node.attributes.get("lang")
        if lang:
            meta.lang = lang.strip().lower() or None
    title = tree.css_first("title")
    if title is not None:
        meta.title = _WS_RE.sub(" ", title.text()).strip() or None
    for node in tree.css('meta, link[rel~="author" i]'):
        attrs = node.attributes
        if node.tag == "link":  # <link rel="author" href="/author/jane-doe">
            href = attrs.get("href")
            if href and len(meta.author_hrefs) < 8:
                meta.author_hrefs.append(href.strip())
            continue
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            if key.lower() in ITEM_PROPS and attrs.get("itemprop") and _in_comment_item(node):
                continue  # <meta itemprop="datePublished"> of a comment or review item
            meta.meta.setdefault(key.strip().lower(), []).append(content.strip())
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        _flatten_jsonld(data, meta.jsonld)
    for node in tree.css(_ITEMPROP_OR_DATA_AUTHOR):
        attrs = node.attributes
        for key in DATA_AUTHOR_ATTRS:
            value = attrs.get(key)
            if value and value.strip() and len(meta.data_authors) < 16:
                meta.data_authors.append(_WS_RE.sub(" ", value).strip())
        # microdata: itemprop on visible elements (author name, headline, datePublished)
        props = (attrs.get("itemprop") or "").lower().split()  # a token list: "author creator"
        if ("author" in props or "datepublished" in props) and _in_comment_item(node):
            continue  # a commenter or reviewer and their date, not the article's
        for prop in props:
            if prop not in ("author", "headline", "datepublished", "name") or node.tag == "meta":
                continue
            value = attrs.get("content") or attrs.get("datetime")
            if not value:
                value = _WS_RE.sub(" ", node.text(deep=True)).strip()
            if value and len(value) < 300:
                meta.meta.setdefault("itemprop:" + prop, []).append(value)
            if prop == "author" and "itemprop:author-name" not in meta.meta:
                name = _microdata_name(node)
                if name:
                    meta.meta["itemprop:author-name"] = [name]


_ITEMPROP_OR_DATA_AUTHOR = ", ".join(["[itemprop]", *(f"[{a}]" for a in DATA_AUTHOR_ATTRS)])


def _in_comment_item(node: LexborNode) -> bool:
    """Does the microdata item an ``itemprop`` belongs to (its nearest ``itemscope`` ancestor)
    describe a comment, a review or a forum answer?"""
    scope = node.parent
    for _ in range(MAX_SCOPE_DEPTH):
        if scope is None:
            return False
        attrs = scope.attributes
        if "itemscope" in attrs:
            kind = (attrs.get("itemtype") or "").rsplit("/", 1)[-1].lower()
            return kind.startswith(NOT_ARTICLE_SCOPES)
        scope = scope.parent
    return False


def _microdata_name(node: LexborNode) -> str | None:
    """The name of a microdata ``itemprop="author"`` item: its nested ``itemprop="name"`` (text
    or ``content``), else the ``givenName``/``familyName`` parts; None when it nests neither (its
    text may then hold a label and a date as well as the name)."""
    parts: list[str] = []
    for key in ("name", "givenName", "familyName"):
        sub = node.css_first(f'[itemprop~="{key}" i]')
        if sub is None:
            continue
        value = sub.attributes.get("content") or sub.text(deep=True)
        value = _WS_RE.sub(" ", value or "").strip()
        if value and key == "name":
            return value if len(value) < 120 else None
        if value:
            parts.append(value)
    joined = " ".join(parts)
    return joined if 0 < len(joined) < 120 else None


def _flatten_jsonld(data: Any, out: list[dict[str, Any]]) -> None:
    todo = [data]
    while todo and len(out) < 64:
        item = todo.pop(0)
        if isinstance(item, list):
            todo[0:0] = item
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                todo[0:0] = graph
            if "@type" in item:
                out.append(item)
