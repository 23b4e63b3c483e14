"""The HTML walk as it was before the speed work (archnorm 0.1.0, commit b402cb2): a slow,
plain reference that ``tests/test_html_speed.py`` checks ``archnorm.html.parse_html`` against
(same blocks, paths, page text and metadata candidates on generated pages).  Test-only code;
not part of the package."""

from __future__ import annotations

import re
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
    _AUTHOR_PAGE_WORD_RE,
    _COPYRIGHT_MARK_RE,
    HtmlMeta,
    _add_time,
    _collect_head,
    _copyright_line,
    _is_author_rel,
    _time_kind,
)
from archnorm.html import MAX_BLOCK_CHARS, MAX_PATH, HtmlPage
from archnorm.segment import Block

_WS_RE = regex.compile(r"\s+")
_VISIBLE_RE = regex.compile(r"[^\s\p{Cf}\p{Cc}\p{Zs}]")
_HIDDEN_STYLE_RE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
_CLASS_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_CAMEL_RE = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _may_be_author_page(href: str) -> bool:
    return _AUTHOR_PAGE_WORD_RE.search(href) is not None


def parse_html(html: str | bytes) -> HtmlPage:
    """The reference ``parse_html``."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    tree = LexborHTMLParser(html)
    meta = HtmlMeta()
    _collect_head(tree, meta)
    root = tree.body
    if root is None:
        return HtmlPage(text="", blocks=[], meta=meta)
    return _walk(root, meta)


@lru_cache(maxsize=16384)
def attr_hints(value: str) -> frozenset[str]:
    """Hints named by a class/id attribute value ("post-comments share" -> comments, share)."""
    low = value.lower()
    spaced = low if low == value else _CAMEL_RE.sub(" ", value).lower()  # most are lower case
    found: frozenset[str] = frozenset()
    for tok in _CLASS_SPLIT_RE.split(spaced):
        if tok:
            found |= _token_hints(tok)
    return found


@lru_cache(maxsize=16384)
def _token_hints(token: str) -> frozenset[str]:
    if not _ANY_HINT_RE.fullmatch(token):  # most class tokens name no hint: one regex call
        return _EMPTY
    return frozenset(hint for hint, pattern in HINT_PATTERNS if pattern.fullmatch(token))


_ANY_HINT_RE = regex.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in HINT_PATTERNS))


class _Builder:
    """Accumulates inline text into the current block and emits blocks on boundaries."""

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

    def add(self, text: str, in_link: bool) -> None:
        self.buf.append(text)
        if in_link:
            self.buf_link += len(text.strip())

    def flush(self, tag: str | None, heading: int, hints: frozenset[str], gap: bool) -> None:
        if not self.buf:
            self.gap = self.gap or gap
            return
        raw = "".join(self.buf)
        link = self.buf_link
        self.buf = []
        self.buf_link = 0
        text = " ".join(raw[: MAX_BLOCK_CHARS * 2].split())[:MAX_BLOCK_CHARS]
        # a block of invisible characters only (a lone zero-width space, as WordPress writes
        # between paragraphs) is no block: repair would empty its line
        if not text or (not text[0].isalnum() and not _VISIBLE_RE.search(text)):
            self.gap = self.gap or gap
            return
        if self.blocks:
            self.parts.append("\n")
            self.pos += 1
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        density = min(1.0, link / max(1, len(text) - text.count(" ")))
        self.paths.append(tuple(self.ids[-MAX_PATH:]))
        blocks = self.blocks  # positional: the fields in order, cheaper than keywords
        blocks.append(
            Block(start, self.pos, text, len(blocks), self.gap, tag, heading, density, hints)
        )
        self.gap = gap


def _walk(root: LexborNode, meta: HtmlMeta, *, in_footer: bool = False) -> HtmlPage:
    out = _Builder()
    # stack entries: (node, cumulative hints, own hints, block hints, block tag, heading, in_link)
    stack: list[
        tuple[LexborNode, frozenset[str], frozenset[str], frozenset[str], str | None, int, bool]
    ] = []
    cum: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()
    hints: frozenset[str] = frozenset()
    btag: str | None = None
    heading = 0
    in_link = False
    serial = 0
    node: LexborNode | None = root.child
    while node is not None:
        tag = node.tag
        descend = False
        if tag == "-text":
            text = node.text_content
            if text:
                out.add(text, in_link)
        elif tag == "footer" and not in_footer:
            _read_footer(node, meta, len(out.blocks), bool(cum & _ARTICLE_HINTS))
        elif tag and tag[0] != "-" and tag not in DROP_TAGS:
            attrs = node.attributes
            style = attrs.get("style")
            if "hidden" in attrs or (style and _HIDDEN_STYLE_RE.search(style)):
                pass
            elif tag in LINE_BREAK_TAGS:
                out.flush(btag, heading, hints, False)
            else:
                new_own = SEMANTIC_HINTS.get(tag, _EMPTY)
                cls = attrs.get("class")
                ident = attrs.get("id")
                if cls or ident:
                    extra = attr_hints(f"{cls or ''} {ident or ''}")
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
                                meta.byline_pos.append(len(out.blocks))
                rel = attrs.get("rel") if tag == "a" else None
                if (
                    rel
                    and _is_author_rel(rel)
                    and len(meta.author_links) < 8
                    and not cum & _NO_BYLINE
                ):
                    meta.author_links.append(_WS_RE.sub(" ", node.text(deep=True)).strip())
                    href = attrs.get("href")
                    if href:
                        meta.author_hrefs.append(href.strip())
                elif tag == "a" and len(meta.author_pages) < 8 and not (cum & _NO_BYLINE):
                    href = attrs.get("href")
                    if href and _may_be_author_page(href) and _AUTHOR_PAGE_RE.search(href):
                        txt = _WS_RE.sub(" ", node.text(deep=True)).strip()
                        if 0 < len(txt) < 80:
                            meta.author_pages.append(txt)
                            meta.author_page_pos.append(len(out.blocks))
                elif tag == "time" and len(meta.times) < 16 and not (cum & _NO_TIME):
                    dt = attrs.get("datetime")
                    if dt:
                        kind = _time_kind(attrs, "pubdate" in attrs)
                        _add_time(meta, dt.strip(), kind, len(out.blocks), bool(cum & _ASIDE))
                elif tag == "abbr" and cls and len(meta.times) < 16 and not (cum & _NO_TIME):
                    # hAtom: <abbr class="published" title="2020-05-17T10:00:00+02:00">
                    kind = _time_kind(attrs, False)
                    value = attrs.get("title")
                    if kind and value:
                        _add_time(meta, value.strip(), kind, len(out.blocks), bool(cum & _ASIDE))
                elif tag == "h1" and len(meta.h1) < 8:
                    meta.h1.append(_WS_RE.sub(" ", node.text(deep=True)).strip())
                    if meta.h1_pos < 0:
                        meta.h1_pos = len(out.blocks)
                if tag in CELL_TAGS:
                    out.add(" ", in_link)
                if node.child is not None:
                    stack.append((node, cum, own, hints, btag, heading, in_link))
                    if tag in BLOCK_TAGS:
                        out.flush(btag, heading, hints, True)
                        btag = tag
                        heading = _HEADING.get(tag, heading)
                    serial += 1
                    out.ids.append(serial)
                    if new_own or own:
                        cum = cum | new_own
                        hints = _block_hints(cum, own | new_own)
                        own = new_own
                    in_link = in_link or tag == "a"
                    descend = True
        if descend:
            node = node.child
            continue
        # climb: close finished elements until one has a next sibling
        while True:
            nxt = node.next if node is not None else None
            if nxt is not None:
                node = nxt
                break
            if not stack:
                node = None
                break
            parent, cum, own, p_hints, p_btag, p_heading, p_link = stack.pop()
            if parent.tag in BLOCK_TAGS:
                out.flush(btag, heading, hints, True)
            out.ids.pop()
            hints, btag, heading, in_link = p_hints, p_btag, p_heading, p_link
            node = parent
    out.flush(btag, heading, hints, True)
    return HtmlPage(text="".join(out.parts), blocks=out.blocks, meta=meta, paths=out.paths)


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
            line = _copyright_line(node.text(deep=True, separator="\n").split("\n"))
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
def _block_hints(cum: frozenset[str], near: frozenset[str]) -> frozenset[str]:
    """All ancestors' hints, plus "near:" copies of those of the element and its parent."""
    return cum | frozenset("near:" + h for h in near)
