"""Extra author signals for ``htmlmeta.py``, read from what ``html.py`` already collected (meta
tags, JSON-LD nodes, blocks): names inside a JSON meta value (``parsely-page``), the name in an
author-page URL (``article:author`` = ``https://example.com/author/jane-doe``), a
``twitter:creator`` that is a name rather than a handle, JSON-LD ``Person`` nodes when no article
node names its author, a byline label in its own element joined to the name after it, and the
person a footer gives the copyright to.  Most yield (value, source, tier) candidates in the same
tiers as ``htmlmeta``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from collections.abc import Sequence

    from archnorm._htmlsignals import HtmlMeta
    from archnorm.segment import Block

from archnorm._bylines import byline_label, clean_author, full_name, inner_label, is_desk
from archnorm._meta_tables import AUTHOR_JSON_META, AUTHOR_URL_META, NON_ARTICLE_META_PREFIXES

__all__ = [
    "Candidate",
    "copyright_holder",
    "data_authors",
    "footer_bylines",
    "footer_texts",
    "json_meta_authors",
    "jsonld_persons",
    "label_and_name",
    "other_meta_keys",
    "rel_author_slugs",
    "twitter_creator",
    "url_authors",
    "url_slug_name",
]

Candidate = tuple[str, str, int]
"""(value, source, tier): tier 0 is declared metadata, 2 an unlabelled signal, 3 a last resort."""

MAX_JSON_META_CHARS = 20_000
"""Longest JSON meta value parsed (they are short; a huge one is not worth the time)."""
MAX_SLUG_WORDS = 4
"""Most words a name taken from an author-page URL may have."""

_AUTHOR_META_RE = regex.compile(r"(?:^|[.:_-])(?:authors?|creator)(?:[._-]?names?)?$")
_AUTHOR_PATH_RE = regex.compile(
    r"/(?:authors?|autor(?:en|es|i)?|auteurs?|autore|journalists?|reporters?|columnists?|writers?"
    r"|profiles?|people|team|redakteur(?:e|in)?|mitarbeiter)/(?P<slug>[^/?#]+)/?(?:[?#]|$)",
    regex.IGNORECASE,
)
_SLUG_RE = regex.compile(r"\p{L}{2,}(?:[-_+.]\p{L}+){1,3}")
_SLUG_SEP_RE = regex.compile(r"[-_+.]")
_HANDLE_RE = regex.compile(r"^@?[\w.]+$")


def other_meta_keys(meta: dict[str, list[str]], known: Iterable[str]) -> list[str]:
    """Meta names ending in "author"/"creator" that are not in ``known`` (site-specific schemes
    such as "vr:author"), without Twitter's (handles) and app-banner ones (the app's maker)."""
    skip = set(known)
    return sorted(
        k
        for k in meta
        if k not in skip
        and _AUTHOR_META_RE.search(k)
        and not k.startswith(NON_ARTICLE_META_PREFIXES)
    )


def _json_names(value: Any) -> list[str]:
    """Names under "author"/"authors"/"creator" keys of a parsed JSON meta value."""
    out: list[str] = []
    if not isinstance(value, dict):
        return out
    for key in ("authors", "author", "creator"):
        v = value.get(key)
        items = v if isinstance(v, list) else [v]
        for item in items[:16]:
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, dict) and isinstance(item.get("name"), str):
                out.append(item["name"])
        if out:
            break
    return out


def json_meta_authors(meta: dict[str, list[str]]) -> list[Candidate]:
    """Authors in meta tags whose content is a JSON object (``parsely-page``), as declared
    metadata (tier 0)."""
    out: list[Candidate] = []
    for key in AUTHOR_JSON_META:
        for raw in meta.get(key, []):
            text = raw.strip()
            if not text.startswith("{") or len(text) > MAX_JSON_META_CHARS:
                continue
            try:
                data = json.loads(text, strict=False)
            except ValueError:
                continue
            out += [(n, f"meta:{key}", 0) for n in _json_names(data)]
    return out


def url_slug_name(url: str) -> str | None:
    """The name in an author-page URL: ".../author/jane-doe/" -> "Jane Doe".  Only slugs of two
    to ``MAX_SLUG_WORDS`` letter-only words (numeric ids and user names are no names)."""
    m = _AUTHOR_PATH_RE.search(url)
    if m is None:
        return None
    slug = m.group("slug")
    if not _SLUG_RE.fullmatch(slug):
        return None
    words = [w for w in _SLUG_SEP_RE.split(slug) if w]
    if len(words) > MAX_SLUG_WORDS:
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)


def url_authors(meta: dict[str, list[str]]) -> list[Candidate]:
    """Names from author meta tags that hold an author-page URL rather than a name (tier 2)."""
    out: list[Candidate] = []
    for key in AUTHOR_URL_META:
        for value in meta.get(key, []):
            if value.startswith(("http", "/")):
                name = url_slug_name(value)
                if name:
                    out.append((name, f"url:{key}", 2))
    return out


def twitter_creator(meta: dict[str, list[str]]) -> list[Candidate]:
    """``twitter:creator`` when it holds a name with a space ("Jane Doe"), not a handle
    ("@jdoe"): a last resort (tier 3), since sites often put their own account there."""
    return [
        (v, "meta:twitter:creator", 3)
        for v in meta.get("twitter:creator", [])
        if " " in v.strip() and not _HANDLE_RE.match(v.strip())
    ]


def _is_type(node: dict[str, Any], name: str) -> bool:
    types = node.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == name
               for t in names)  # fmt: skip


def jsonld_persons(jsonld: list[dict[str, Any]]) -> list[Candidate]:
    """Names of top-level JSON-LD ``Person`` nodes (Yoast's @graph lists the post's author as
    one), as unlabelled signals (tier 2): used only when no article node names its author.  A
    page describing several people (a team page) gives none."""
    persons = [
        node["name"]
        for node in jsonld
        if _is_type(node, "Person") and isinstance(node.get("name"), str)
    ]
    distinct = {" ".join(p.split()).casefold() for p in persons}
    if len(distinct) != 1:
        return []
    return [(persons[0], "json-ld:Person", 2)]


def data_authors(values: Sequence[str]) -> list[Candidate]:
    """``data-author``-style attribute values, as unlabelled signals (tier 2), when they all
    name one author; several different ones are a list of teasers (none is believed)."""
    distinct = {" ".join(v.split()).casefold() for v in values}
    if len(distinct) != 1:
        return []
    return [(values[0], "data-author", 2)]


def rel_author_slugs(hrefs: Sequence[str]) -> list[Candidate]:
    """The names in the addresses ``rel=author`` links point to ("/author/jane-doe"): the link
    says the page is the author's, the slug spells the name (tier 2, after the links' texts)."""
    out: list[Candidate] = []
    for href in hrefs:
        name = url_slug_name(href)
        if name:
            out.append((name, "rel=author-href", 2))
    return out


FOOTER_BYLINE_CHARS = 120
"""Longest footer line read as a byline."""


def footer_bylines(lines: Sequence[tuple[str, int, bool]]) -> list[Candidate]:
    """Labelled bylines ("Posted by Jane Doe", "Text: Jane Doe") in ``<footer>`` elements: an
    article's footer (tier 2) names its author, a page's footer (tier 3) seldom does."""
    out: list[Candidate] = []
    for text, _pos, in_article in lines:
        if len(text) > FOOTER_BYLINE_CHARS:
            continue
        found = byline_label(text)
        if found is None and in_article:
            inner = inner_label(text)  # "Posted on 3 May 2020 by Jane Doe"
            if inner is not None:
                out.append((text[inner.end() :], "footer-byline", 2))
            continue
        if found and (found[1] or full_name(text[len(found[0]) :])):
            out.append((text, "footer-byline", 2 if in_article else 3))
    return out


def footer_texts(meta: HtmlMeta) -> list[str]:
    """The lines of a page's ``<footer>`` elements, in order."""
    return [text for text, _pos, _in_article in meta.footer_lines]


LABEL_NAME_CHARS = 80
"""Longest line read as a byline label's line or the name line after it."""


def label_and_name(label: str, blocks: Sequence[Block], pos: int) -> str:
    """A byline split over elements ("<span>By</span> <a>Jane Doe</a>"): the line holding the
    label when it goes on after it, else the label joined to the next short line; the label
    alone when neither is there."""
    for i in (pos, pos + 1):
        if not 0 <= i < len(blocks) or len(blocks[i].text) > LABEL_NAME_CHARS:
            continue
        text = blocks[i].text.strip()
        found = byline_label(text)
        if found and len(text) > len(found[0]):
            return text
        if found is None and i > pos and text:
            return f"{label} {text}"
    return label


COPYRIGHT_BLOCKS = 25
"""Blocks at the end of a page searched for a copyright line."""
COPYRIGHT_CHARS = 160
"""Longest line read as a copyright line."""
_NAME = r"\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*)){1,3}"
_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?"
_COPYRIGHT_RE = regex.compile(
    rf"(?:©|\((?i:c)\)|(?i:copyright))(?:\s*(?:©|\((?i:c)\)))?\s*(?:{_YEARS}\s*)?"
    rf"(?:(?i:by)\s+)?(?P<name>{_NAME})"
    rf"|{_YEARS}\s+(?i:by)\s+(?P<name2>{_NAME})"
)
_NOT_HOLDER_RE = regex.compile(
    r"\b(?:all|rights|reserved|alle|rechte|vorbehalten|tous|droits|todos|derechos)\b",
    regex.IGNORECASE,
)


def copyright_holder(blocks: Sequence[Block], footer: Sequence[str] = ()) -> str | None:
    """The person a page's footer gives the copyright to ("© 2012-2020 Jane Example", "2006-2008
    by Jane Example"): on personal sites and blogs the author, when nothing else names one.
    Only a person: a full name that cleaning keeps as it is, not a company or desk.  The last
    ``COPYRIGHT_BLOCKS`` lines of ``blocks`` and then ``footer`` (the lines of ``<footer>``
    elements, which are not blocks) are read, last first."""
    lines = [b.text for b in blocks[-COPYRIGHT_BLOCKS:]] + list(footer[-COPYRIGHT_BLOCKS:])
    for text in reversed(lines):
        if len(text) > COPYRIGHT_CHARS:
            continue
        m = _COPYRIGHT_RE.search(text)
        if m is None:
            continue
        name = str(m.group("name") or m.group("name2"))
        # the words after the name belong to it when they make it a company ("... AG", "e. V.")
        after = " ".join(text[m.end() :].split()[:2]).replace(". ", ".")
        if _NOT_HOLDER_RE.search(name) or not full_name(name) or is_desk(f"{name} {after}"):
            continue
        if clean_author(name) == [name]:
            return name
    return None
