"""The HTML path's speed-ups give the same output as the plain code they replaced.

``parse_html`` against the pre-speed-up walk kept in ``tests/html_reference.py``, on generated
pages full of the cases the fast paths special-case (whitespace between elements, cells, line
breaks, hidden elements, footers, author links, ``<time>``); the helpers against their plain
definitions; ``choose_authors`` (which reads the declared candidates first) against the whole
candidate list.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from archnorm import html
from archnorm._html_tables import HINT_PATTERNS
from archnorm._htmlsignals import (
    _AUTHOR_PAGE_WORD_RE,
    _copyright_line,
    _may_be_author_page,
    copyright_line_in,
)
from archnorm._jsonld import nodes_by_id
from archnorm.htmlmeta import (
    _author_candidates,
    _pick,
    _site_names,
    choose_authors,
    choose_title,
    headline_pos,
)

from . import html_reference
from .strategies import any_text

# --- generated pages -------------------------------------------------------------------------

_TAGS = [
    "div", "p", "span", "a", "em", "b", "li", "ul", "td", "th", "tr", "table", "h1", "h2",
    "section", "article", "main", "header", "footer", "nav", "aside", "script", "time", "abbr",
    "br", "hr", "figure", "figcaption", "blockquote", "pre", "form", "address", "my-widget",
]  # fmt: skip
_CLASSES = [
    "", "post-content", "entry-body", "byline", "author", "comments", "share-tools", "related",
    "sidebar", "ad-slot", "menu", "footer", "newsletter", "cookie", "socialShareBar", "ArticleBody",
    "published", "updated", "date", "caption", "xYz", "by", "commentlist", "a_b-c", "Story",
]  # fmt: skip
_HREFS = [
    "/author/jane-doe", "/news/2020/x", "https://e.com/AUTHOR/Jane/", "?author=12", "/autos/x",
    "/reporters/john", "/writer", "#", "/ſtory/journaliſt/x", "/\u212aolumn",
]  # fmt: skip
_TEXTS = st.one_of(
    st.sampled_from(
        [
            " ",
            "\n  ",
            "Hello world.",
            "By Jane Doe",
            "\u200b",
            " \u00a0 ",
            "© 2020 Example",
            "5 May 2020",
            "Read more",
            "\t",
            "Posted by John Roe on 3 May 2020",
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_characters="<>&"), max_size=30),
)


def _attrs(draw: st.DrawFn, tag: str) -> str:
    parts = []
    cls = draw(st.sampled_from(_CLASSES))
    if cls:
        parts.append(f'class="{cls}"')
    if draw(st.booleans()):
        parts.append(f'id="{draw(st.sampled_from(_CLASSES))}"')
    if draw(st.integers(0, 9)) == 0:
        parts.append(draw(st.sampled_from(["hidden", 'style="display: none"', 'style="x"'])))
    if tag == "a":
        parts.append(f'href="{draw(st.sampled_from(_HREFS))}"')
        if draw(st.integers(0, 3)) == 0:
            parts.append(f'rel="{draw(st.sampled_from(["author", "nofollow Author", "me"]))}"')
    if tag in ("time", "abbr"):
        parts.append('datetime="2020-05-17" title="2020-05-17T10:00:00"')
        if draw(st.booleans()):
            parts.append("pubdate")
    return " ".join(parts)


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    children = []
    for _ in range(draw(st.integers(0, 4 if depth < 5 else 0))):
        if draw(st.booleans()):
            children.append(draw(_TEXTS))
        else:
            children.append(draw(_element(depth + 1)))
    return f"<{tag} {_attrs(draw, tag)}>{''.join(children)}</{tag}>"


_pages = st.lists(st.one_of(_element(), _TEXTS), max_size=8).map(
    lambda parts: "<html><head><title>T</title></head><body>" + "".join(parts) + "</body></html>"
)


def _same(page: str) -> None:
    new, old = html.parse_html(page), html_reference.parse_html(page)
    assert new.text == old.text
    assert new.blocks == old.blocks
    assert new.paths == old.paths
    assert new.meta == old.meta


@given(_pages)
def test_parse_html_same_as_reference(page: str) -> None:
    _same(page)


@given(any_text)
def test_parse_html_same_as_reference_on_any_text(text: str) -> None:
    _same(text)


def test_parse_html_cases() -> None:
    """Whitespace before a block's text, cell separators, line breaks, link density."""
    for page in (
        "<body><div>  \n <p> a <b>x</b> <i>y</i> </p>\n</div><table><tr><td>1</td> <td>2</td>"
        "</tr></table>x<br> <br>y<a href=/x> </a><td> </td><p><a href=/a>link</a> text</p>",
        "<body><p>\u200b</p><p> <span> </span> z</p><footer><p>By Jane</p></footer></body>",
        "<body><article><footer><p>Posted by Jane Doe</p><time datetime=2020-01-02>x</time>"
        "</footer></article><footer>© 2020 Site</footer></body>",
        # more rel=author links than are kept: the rest are read as links to author pages
        "<body>"
        + "".join(f'<a rel="author" href="/author/p{i}">Person {i}</a>' for i in range(12)),
        "<body><div class=comments><a rel=author href=/author/x>X</a><time datetime=1>t</time>"
        "</div><abbr class=published title=2020-01-01>x</abbr>" + "<h1>T</h1>" * 10,
    ):
        _same(page)
    page = html.parse_html("<body><p> <a href=/a>link</a> text</p></body>")
    assert [b.text for b in page.blocks] == ["link text"]
    assert 0 < page.blocks[0].link_density < 1


# --- helpers -----------------------------------------------------------------------------------

_SPLIT_RE = re.compile(r"[^a-z0-9]+")


def _attr_hints_plain(value: str) -> frozenset[str]:
    """attr_hints by its definition: camelCase split, lower case, tokens, full matches."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value).lower()
    return frozenset(
        hint
        for tok in _SPLIT_RE.split(spaced)
        if tok
        for hint, pattern in HINT_PATTERNS
        if pattern.fullmatch(tok)
    )


_class_text = st.one_of(
    any_text,
    st.lists(st.sampled_from([*_CLASSES, "-", " ", "_", "2", "Nav", "AD"]), max_size=6).map(
        "".join
    ),
)


@given(_class_text, _class_text)
def test_attr_hints(a: str, b: str) -> None:
    assert html.attr_hints(a) == _attr_hints_plain(a)
    # the walk looks up "class id" as one value, or one of them alone when the other is absent
    assert html.attr_hints(f"{a} {b}") == html.attr_hints(a) | html.attr_hints(b)
    assert html.attr_hints(f"{a} ") == html.attr_hints(a) == html.attr_hints(f" {a}")


_href = st.one_of(
    any_text,
    st.lists(st.sampled_from([*_HREFS, "AUT", "Journalist", "x", "\u0130", "\u017f", "/"])).map(
        "".join
    ),
)


@given(_href)
def test_author_page_prefilter(href: str) -> None:
    assert _may_be_author_page(href) == (_AUTHOR_PAGE_WORD_RE.search(href) is not None)


_footer_text = st.one_of(
    any_text,
    st.lists(
        st.sampled_from(["\n", " ", "©", "(c)", "(C) ", "2019", "Copyright", "by", "Jo Roe", "x"])
    ).map("".join),
)


@given(_footer_text)
def test_copyright_line_in(text: str) -> None:
    assert copyright_line_in(text) == _copyright_line(text.split("\n"))


def _nodes_by_id_plain(jsonld: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    todo: list[Any] = list(jsonld)
    seen = 0
    while todo and seen < 256:
        seen += 1
        node = todo.pop(0)
        if isinstance(node, list):
            todo += node
        elif isinstance(node, dict):
            key = node.get("@id")
            if isinstance(key, str) and len(node) > 1 and key not in out:
                out[key] = node
            todo += [v for v in node.values() if isinstance(v, (dict, list))]
    return out


_json = st.recursive(
    st.one_of(st.none(), st.integers(), st.sampled_from(["a", "#x", "#y"])),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["@id", "name", "author", "x"]), inner, max_size=4),
    ),
    max_leaves=60,
)


@given(st.lists(_json, max_size=5))
def test_nodes_by_id(jsonld: list[Any]) -> None:
    assert nodes_by_id(jsonld) == _nodes_by_id_plain(jsonld)


# --- choose_authors ------------------------------------------------------------------------------

_PASSES_ORDER = ((0, 1), (2,), (1,), (0,), (2,), (3,), (2, 3))


def _choose_authors_whole(page: html.HtmlPage, url: str | None) -> tuple[tuple[str, ...], str]:
    """choose_authors over the whole candidate list (no declared-first short cut)."""
    title, _ = choose_title(page, url)
    h1 = headline_pos(page, title)
    rejects = _site_names(page, url)
    passes = (
        (rejects, (0, 1), False), (rejects, (2,), False), ((), (1,), True), ((), (0,), True),
        ((), (2,), False), (rejects, (3,), False), (rejects, (2, 3), True),
    )  # fmt: skip
    found = _pick(_author_candidates(page, h1, title), passes, rejects, {})
    return found if found is not None else choose_authors(page, url, headline=h1, title=title)


_HEADS = st.lists(
    st.sampled_from(
        [
            '<meta name="author" content="Jane Doe">',
            '<meta name="author" content="Example News">',
            '<meta property="article:author" content="John Roe">',
            '<meta property="og:site_name" content="Example News">',
            '<meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Ann Lee">',
            '<meta name="parsely-page" content=\'{"authors": ["Kim Park"]}\'>',
            '<meta name="vr:author" content="Max Mustermann">',
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A title '
            'here now", "author": {"@type": "Person", "name": "Jane Doe"}}</script>',
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '[{"@id": "#p"}], "@graph": [{"@id": "#p", "@type": "Person", "name": "Sam Poe"}]}'
            "</script>",
            '<script type="application/ld+json">{"@type": "Person", "name": "Staff"}</script>',
        ]
    ),
    max_size=4,
)
_BODIES = st.lists(
    st.sampled_from(
        [
            "<h1>A title here now</h1>",
            '<p class="byline">By Jane Doe</p>',
            '<div class="author">Example News</div>',
            "<p>By Example News Staff</p>",
            "<p>HAYWARD, Calif. (AP) — The city said so on Monday.</p>",
            '<a rel="author" href="/author/jane-doe">Jane Doe</a>',
            '<a href="/author/kim-park">Kim Park</a>',
            "<p>Some long article text that goes on for a while, as articles do.</p>",
            "<p>Autor: Max Mustermann</p>",
            "<footer>© 2020 Jane Doe</footer>",
        ]
    ),
    max_size=6,
)


@given(_HEADS, _BODIES, st.sampled_from([None, "https://www.example-news.com/author/x/2020/a"]))
def test_choose_authors_same_as_whole_list(heads: list[str], bodies: list[str], url: Any) -> None:
    page = html.parse_html(
        f"<html><head><title>A title here now | Example News</title>{''.join(heads)}</head>"
        f"<body>{''.join(bodies)}</body></html>"
    )
    title, _ = choose_title(page, url)
    got = choose_authors(page, url, headline=headline_pos(page, title), title=title)
    assert got == _choose_authors_whole(page, url)
