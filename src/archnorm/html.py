"""HTML to blocks: parse a page with lexbor (selectolax), drop what is never article text, and
turn block elements into ``Block`` objects with layout hints, plus metadata candidates.

Why lexbor: on the aeb-dev pages it parses ~2.3x faster than lxml (717 vs 308 pages/s) and keeps
arbitrarily deep trees (lxml's libxml2 stops at 256 levels and drops the rest), see
``docs/extraction.md``.  The tree is walked iteratively (first child / next sibling / parent), so
5,000 nested ``<div>`` cost no recursion.

The page text is the blocks' texts joined by newlines; every block's ``start``/``end`` index it.
Each block carries the innermost block tag, heading level, link density and ``hints``: words
derived from the class/id attributes and semantic tags of its ancestors ("comments", "share",
"related", "sidebar", "advert", "navigation", "footer", "newsletter", "cookie", "content",
"article", "byline", ...), which the classifier in ``boilerplate.py`` uses.

Metadata candidates (``HtmlMeta``, in ``_htmlsignals.py`` with the readers of the head and of
microdata) come from the head (meta tags, JSON-LD, ``<link rel=author>``), microdata
(``itemprop``, skipping comment and review items) and the walk itself (``<time>`` and hAtom
``<abbr>`` by kind, bylines, ``rel=author`` links, author-page links).  A ``<footer>`` makes
no blocks, but an article's footer is walked into a separate ``HtmlMeta`` for its byline, times
and links, and a site footer gives its copyright line: read for metadata only, in the same parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from archnorm._html_tables import (
    BLOCK_TAGS,
    CELL_TAGS,
    DROP_TAGS,
    HINT_PATTERNS,
    LINE_BREAK_TAGS,
    SEMANTIC_HINTS,
)
from archnorm._htmlsignals import (
    _AUTHOR_PAGE_RE,
    _COPYRIGHT_MARK_RE,
    HtmlMeta,
    _add_time,
    _collect_head,
    _is_author_rel,
    _may_be_author_page,
    _time_kind,
    copyright_line_in,
)
from archnorm.segment import Block, split_lines

_WS_RE = regex.compile(r"\s+")
_VISIBLE_RE = regex.compile(r"[^\s\p{Cf}\p{Cc}\p{Zs}]")
_HIDDEN_STYLE_RE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
_CLASS_SPLIT_RE = re.compile(r"[^a-z0-9]+")  # stdlib re: twice as fast on this simple split
_CAMEL_RE = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

MAX_PATH = 64
"""Enclosing elements kept per block in ``HtmlPage.paths``."""

MAX_BLOCK_CHARS = 200_000
"""A single block's text is cut at this length (a 10 MB one-line page stays bounded)."""


@dataclass(slots=True)
class HtmlPage:
    """A parsed page: its visible text in blocks, the blocks, and metadata candidates."""

    text: str
    blocks: list[Block]
    meta: HtmlMeta
    paths: list[tuple[int, ...]] = field(default_factory=list)
    """Per block: serial numbers of its enclosing elements, outermost first (at most
    ``MAX_PATH`` innermost ones), so the classifier can find the subtree holding the article."""


def parse_html(html: str | bytes) -> HtmlPage:
    """Parse ``html`` into blocks and metadata candidates; never raises on malformed markup."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    tree = LexborHTMLParser(html)
    meta = HtmlMeta()
    _collect_head(tree, meta)
    root = tree.body
    if root is None:
        return HtmlPage(text="", blocks=[], meta=meta)
    return _walk(root, meta)


def rebase(page: HtmlPage, text: str) -> tuple[list[Block], list[tuple[int, ...]] | None]:
    """Blocks over ``text``, the page text after repair.  Repair keeps one line per block, so the
    blocks keep their hints with new spans; if the line count changed, plain lines are returned
    (hints lost) and no paths."""
    lines = text.split("\n")
    if len(lines) != len(page.blocks) or any(not ln.strip() for ln in lines):
        return split_lines(text), None
    out: list[Block] = []
    pos = 0
    for b, line in zip(page.blocks, lines, strict=True):
        lead = len(line) - len(line.lstrip())
        core = line.strip()
        start, end = pos + lead, pos + lead + len(core)
        tag, heading, link, hints = b.tag, b.heading, b.link_density, b.hints
        out.append(Block(start, end, core, b.index, b.gap_before, tag, heading, link, hints))
        pos += len(line) + 1
    return out, page.paths


@lru_cache(maxsize=16384)
def attr_hints(value: str) -> frozenset[str]:
    """Hints named by a class/id attribute value ("post-comments share" -> comments, share)."""
    low = value.lower()
    spaced = low if low == value else _CAMEL_RE.sub(" ", value).lower()  # most are lower case
    # an empty token (split at the ends) names no hint; most tokens name none
    found = [hints for hints in map(_token_hints, _CLASS_SPLIT_RE.split(spaced)) if hints]
    if not found:
        return _EMPTY
    return found[0] if len(found) == 1 else _EMPTY.union(*found)


@lru_cache(maxsize=16384)
def _token_hints(token: str) -> frozenset[str]:
    if not _ANY_HINT_RE.fullmatch(token):  # most class tokens name no hint: one regex call
        return _EMPTY
    return frozenset(hint for hint, pattern in HINT_PATTERNS if pattern.fullmatch(token))


_ANY_HINT_RE = regex.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in HINT_PATTERNS))


class _Builder:
    """Accumulates inline text into the current block and emits blocks on boundaries.

    The walk appends to ``buf`` itself and calls ``emit`` only when ``buf`` holds text; a
    boundary with nothing buffered only sets ``gap``.  A whitespace-only text node is not
    buffered when ``buf`` is empty: it would be stripped from the block's start anyway, and a
    buffer of whitespace makes no block."""

    __slots__ = ("blocks", "buf", "buf_link", "gap", "ids", "parts", "paths", "pos")

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.paths: list[tuple[int, ...]] = []
        self.ids: list[int] = []
        self.parts: list[str] = []
        self.buf: list[str] = []
        self.buf_link = 0
        self.pos = 0
        self.gap = True

    def emit(self, tag: str | None, heading: int, hints: frozenset[str], gap: bool) -> None:
        """The buffered text as a block (if it holds any visible character); ``buf`` emptied."""
        buf = self.buf
        raw = buf[0] if len(buf) == 1 else "".join(buf)
        link = self.buf_link
        buf.clear()
        self.buf_link = 0
        text = " ".join(raw[: MAX_BLOCK_CHARS * 2].split())[:MAX_BLOCK_CHARS]
        # a block of invisible characters only (a lone zero-width space, as WordPress writes
        # between paragraphs) is no block: repair would empty its line
        if not text or (not text[0].isalnum() and not _VISIBLE_RE.search(text)):
            self.gap = self.gap or gap
            return
        blocks = self.blocks
        if blocks:
            self.parts.append("\n")
            self.pos += 1
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        density = min(1.0, link / max(1, len(text) - text.count(" "))) if link else 0.0
        ids = self.ids
        self.paths.append(tuple(ids[-MAX_PATH:] if len(ids) > MAX_PATH else ids))
        # positional: the fields in order, cheaper than keywords
        blocks.append(
            Block(start, self.pos, text, len(blocks), self.gap, tag, heading, density, hints)
        )
        self.gap = gap


def _walk(root: LexborNode, meta: HtmlMeta, *, in_footer: bool = False) -> HtmlPage:
    out = _Builder()
    buf = out.buf  # the builder's buffer, emptied in place by ``emit``
    ids = out.ids
    blocks = out.blocks
    # stack entries: (node, is block, cumulative hints, own hints, block hints, block tag,
    # heading, in_link)
    stack: list[
        tuple[
            LexborNode, bool, frozenset[str], frozenset[str], frozenset[str], str | None, int, bool
        ]
    ] = []
    cum: frozenset[str] = _EMPTY
    own: frozenset[str] = _EMPTY
    hints: frozenset[str] = _EMPTY
    btag: str | None = None
    heading = 0
    in_link = False
    serial = 0
    node: LexborNode | None = root.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text and (buf or not text.isspace()):
                buf.append(text)
                if in_link:
                    out.buf_link += len(text.strip())
        elif tag == "footer" and not in_footer:
            _read_footer(node, meta, len(blocks), bool(cum & _ARTICLE_HINTS))
        elif tag and tag[0] != "-" and tag not in DROP_TAGS:
            attrs = node.attributes
            style = attrs.get("style")
            if "hidden" in attrs or (style and _HIDDEN_STYLE_RE.search(style)):
                pass
            elif tag in LINE_BREAK_TAGS:
                if buf:
                    out.emit(btag, heading, hints, False)
            else:
                new_own = SEMANTIC_HINTS.get(tag, _EMPTY)
                cls = attrs.get("class")
                ident = attrs.get("id")
                if cls or ident:
                    extra = attr_hints(f"{cls} {ident}" if cls and ident else cls or ident)
                    if extra:
                        new_own = new_own | extra
                        if (
                            "byline" in extra
                            and len(meta.bylines) < 16
                            and not (cum & _NO_BYLINE)
                            and not (extra & _NO_BYLINE)
                        ):
                            txt = _WS_RE.sub(" ", node.text(deep=True)).strip()
                            if 0 < len(txt) < 200:
                                meta.bylines.append(txt)
                                meta.byline_pos.append(len(blocks))
                if tag in _SPECIAL_TAGS:
                    _special(node, tag, attrs, cum, meta, pos=len(blocks))
                if buf and tag in CELL_TAGS:  # a space; none at a block's start
                    buf.append(" ")
                child = node.child
                if child is not None:
                    is_block = tag in BLOCK_TAGS
                    stack.append((node, is_block, cum, own, hints, btag, heading, in_link))
                    if is_block:
                        if buf:
                            out.emit(btag, heading, hints, True)
                        else:
                            out.gap = True
                        btag = tag
                        heading = _HEADING.get(tag, heading)
                    serial += 1
                    ids.append(serial)
                    if new_own or own:
                        cum, hints = _descend(cum, own, new_own)
                        own = new_own
                    in_link = in_link or tag == "a"
                    node = child
                    continue
        # climb: close finished elements until one has a next sibling
        while True:
            nxt = node.next
            if nxt is not None:
                node = nxt
                break
            if not stack:
                node = None
                break
            node, is_block, cum, own, p_hints, p_btag, p_heading, p_link = stack.pop()
            if is_block:
                if buf:
                    out.emit(btag, heading, hints, True)
                else:
                    out.gap = True
            ids.pop()
            hints, btag, heading, in_link = p_hints, p_btag, p_heading, p_link
    if buf:
        out.emit(btag, heading, hints, True)
    return HtmlPage(text="".join(out.parts), blocks=blocks, meta=meta, paths=out.paths)


_SPECIAL_TAGS = frozenset({"a", "time", "abbr", "h1"})
"""Tags whose element may give a metadata candidate (``_special``)."""


def _special(
    node: LexborNode,
    tag: str,
    attrs: dict[str, str | None],
    cum: frozenset[str],
    meta: HtmlMeta,
    *,
    pos: int,
) -> None:
    """Metadata candidates of an ``<a>`` (``rel=author``, a link to an author's page), a
    ``<time>``, an hAtom ``<abbr>`` and an ``<h1>``; ``pos`` is the index of the next block."""
    if tag == "a":
        if not cum.isdisjoint(_NO_BYLINE):  # no set built: most links are not in comments
            return
        rel = attrs.get("rel")
        if rel and len(meta.author_links) < 8 and _is_author_rel(rel):
            meta.author_links.append(_WS_RE.sub(" ", node.text(deep=True)).strip())
            href = attrs.get("href")
            if href:
                meta.author_hrefs.append(href.strip())
        elif len(meta.author_pages) < 8:
            href = attrs.get("href")
            if href and _may_be_author_page(href) and _AUTHOR_PAGE_RE.search(href):
                txt = _WS_RE.sub(" ", node.text(deep=True)).strip()
                if 0 < len(txt) < 80:
                    meta.author_pages.append(txt)
                    meta.author_page_pos.append(pos)
    elif tag == "time":
        if len(meta.times) < 16 and not (cum & _NO_TIME):
            dt = attrs.get("datetime")
            if dt:
                kind = _time_kind(attrs, "pubdate" in attrs)
                _add_time(meta, dt.strip(), kind, pos, bool(cum & _ASIDE))
    elif tag == "abbr":
        if attrs.get("class") and len(meta.times) < 16 and not (cum & _NO_TIME):
            # hAtom: <abbr class="published" title="2020-05-17T10:00:00+02:00">
            kind = _time_kind(attrs, False)
            value = attrs.get("title")
            if kind and value:
                _add_time(meta, value.strip(), kind, pos, bool(cum & _ASIDE))
    elif len(meta.h1) < 8:  # h1
        meta.h1.append(_WS_RE.sub(" ", node.text(deep=True)).strip())
        if meta.h1_pos < 0:
            meta.h1_pos = pos


_EMPTY: frozenset[str] = frozenset()
_NO_TIME = frozenset({"comments"})
"""Hints of the elements whose ``<time>`` is never the article's (a comment's timestamp)."""
_ASIDE = frozenset({"related", "sidebar", "navigation"})
"""Hints of the elements whose ``<time>`` seldom is the article's (teasers, a date widget)."""
_ARTICLE_HINTS = frozenset({"article", "main"})
MAX_FOOTER_LINES = 32
"""Lines of ``<footer>`` elements kept for metadata, at most."""
MAX_FOOTER_CHARS = 600
"""A longer footer (a site map of links) is not walked; only its copyright line is read."""


def _read_footer(node: LexborNode, meta: HtmlMeta, pos: int, in_article: bool) -> None:
    """A ``<footer>`` is never body text, but an article's footer often holds its byline ("Posted
    by Jane Doe on ...", an hCard, a ``<time>``) and a site's footer its copyright line: its lines
    and metadata candidates are collected, its blocks are not kept."""
    if len(meta.footer_lines) >= MAX_FOOTER_LINES or node.child is None:
        return
    raw = node.text(deep=True)
    if not in_article or len(raw) > MAX_FOOTER_CHARS:  # a site footer: its copyright line
        if _COPYRIGHT_MARK_RE.search(raw) is not None:
            line = copyright_line_in(node.text(deep=True, separator="\n"))
            if line:
                meta.footer_lines.append((line, pos, in_article))
        return
    if not raw.strip():
        return
    sub = HtmlMeta()
    part = _walk(node, sub, in_footer=True)
    room = MAX_FOOTER_LINES - len(meta.footer_lines)
    meta.footer_lines += [(b.text, pos, in_article) for b in part.blocks[:room]]
    meta.bylines += sub.bylines[: max(0, 16 - len(meta.bylines))]
    meta.byline_pos += [pos] * (len(meta.bylines) - len(meta.byline_pos))
    meta.author_links += sub.author_links
    meta.author_hrefs += sub.author_hrefs
    meta.author_pages += sub.author_pages
    meta.author_page_pos += [pos] * len(sub.author_pages)
    meta.times += sub.times
    meta.time_pos += [pos] * len(sub.times)
    meta.time_aside += sub.time_aside
    meta.published_times += sub.published_times
    meta.modified_times += sub.modified_times


_NO_BYLINE = frozenset({"comments", "form"})


@lru_cache(maxsize=16384)
def _descend(
    cum: frozenset[str], own: frozenset[str], new_own: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """Entering an element with hints ``new_own`` under ancestors' hints ``cum`` (``own``: its
    parent's own hints): the new cumulative hints, and the block hints: all ancestors' hints
    plus "near:" copies of those of the element and its parent."""
    new_cum = cum | new_own
    return new_cum, new_cum | frozenset("near:" + h for h in own | new_own)
