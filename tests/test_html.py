"""html.py: blocks, spans, hints, metadata candidates, and bad input (deep, malformed, huge)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archnorm import normalize
from archnorm.html import MAX_BLOCK_CHARS, attr_hints, parse_html, rebase

from .strategies import any_text

PAGE = """<!doctype html><html lang="en"><head><title>Harbour reopens | Example Times</title>
<meta property="og:title" content="Harbour reopens after the storm">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Jane Example">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Harbour reopens after the storm","datePublished":"2024-03-05",
"author":[{"@type":"Person","name":"Jane Example"},{"@type":"Person","name":"Sam Sample"}]}
</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<div class="site-header"><a href="/">Example Times</a></div>
<article class="story"><h1>Harbour reopens after the storm</h1>
<p class="byline">By Jane Example</p><time datetime="2024-03-05">5 March</time>
<p>The harbour reopened on Tuesday after a week of repairs, the port authority said.</p>
<p>Fishing boats returned in the <a href="/x">early morning</a>, and the ferry resumes today.</p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
</article>
<aside><h3>Most popular</h3><ul><li><a href="/1">Other story</a></li></ul></aside>
<div id="comments"><p>Great news for the town, finally!</p></div>
<footer>© 2024 Example Times</footer></body></html>"""


def test_blocks_hints_and_meta() -> None:
    page = parse_html(PAGE)
    texts = [b.text for b in page.blocks]
    assert "Home" not in texts  # <nav> dropped
    assert not any("color:red" in t for t in texts)  # <style> dropped
    assert "© 2024 Example Times" not in texts  # <footer> dropped
    para = next(b for b in page.blocks if b.text.startswith("Fishing boats"))
    assert 0 < para.link_density < 0.5
    assert "article" in para.hints
    h1 = next(b for b in page.blocks if b.text == "Harbour reopens after the storm")
    assert h1.heading == 1
    share = next(b for b in page.blocks if b.text == "Facebook Twitter")
    assert "share" in share.hints and share.link_density == 1.0
    comment = next(b for b in page.blocks if b.text.startswith("Great news"))
    assert "comments" in comment.hints
    m = page.meta
    assert m.title == "Harbour reopens | Example Times"
    assert m.lang == "en"
    assert m.h1 == ["Harbour reopens after the storm"]
    assert m.meta["author"] == ["Jane Example"]
    assert m.times == ["2024-03-05"]
    assert m.jsonld[0]["@type"] == "NewsArticle"
    assert len(page.paths) == len(page.blocks)


def test_spans_index_the_page_text() -> None:
    page = parse_html(PAGE)
    for b in page.blocks:
        assert page.text[b.start : b.end] == b.text
    assert page.text == "\n".join(b.text for b in page.blocks)


def test_attr_hints() -> None:
    assert attr_hints("post-comments") >= {"comments"}
    assert "share" in attr_hints("socialShareBar")
    assert "advert" in attr_hints("ad-slot")
    assert attr_hints("entry-content") >= {"content"}
    assert attr_hints("headroom") == frozenset() or "advert" not in attr_hints("headroom")


def test_deep_nesting_does_not_recurse() -> None:
    deep = "<div>" * 5000 + "<p>Deep text is still found.</p>" + "</div>" * 5000
    page = parse_html(deep)
    assert [b.text for b in page.blocks] == ["Deep text is still found."]
    rec = normalize(deep, format="html")
    assert rec.ok


def test_malformed_html() -> None:
    for bad in (
        "<p>unclosed <b>bold <i>both</p></div></span>",
        "<html><body><<<>>> <p a='1' b=>x</p",
        "</html></body><p>after end</p>",
        "<table><tr><td>cell<p>para</table>",
        "\x00<p>\x00nul\x00</p>",
        "<script>never closed",
    ):
        page = parse_html(bad)
        for b in page.blocks:
            assert page.text[b.start : b.end] == b.text
        assert normalize(bad, format="html", on_error="record").ok


def test_huge_single_line_is_bounded() -> None:
    line = "All work and no play makes a dull page. "
    html = "<p>" + line * (10_000_000 // len(line)) + "</p>"
    page = parse_html(html)
    assert len(page.blocks) == 1
    assert len(page.blocks[0].text) <= MAX_BLOCK_CHARS


def test_rebase_keeps_hints_when_lines_line_up() -> None:
    page = parse_html(PAGE)
    blocks, paths = rebase(page, page.text)
    assert [b.hints for b in blocks] == [b.hints for b in page.blocks]
    assert paths == page.paths
    plain, none = rebase(page, page.text + "\nextra line")
    assert none is None and plain[-1].text == "extra line"


@given(any_text)
def test_any_text_parses_with_consistent_spans(text: str) -> None:
    page = parse_html(text)
    for b in page.blocks:
        assert page.text[b.start : b.end] == b.text
        assert b.text == b.text.strip() and b.text


@given(
    st.lists(
        st.sampled_from(
            [
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<a>",
                "</a>",
                "x y",
                "<br>",
                "<li>",
                "<nav>",
                "</nav>",
                "<h2>",
                "</h2>",
                "<td>",
            ]
        ),
        max_size=60,
    )
)
def test_random_tag_soup_is_deterministic(parts: list[str]) -> None:
    html = "".join(parts)
    a, b = parse_html(html), parse_html(html)
    assert a.text == b.text
    assert [x.hints for x in a.blocks] == [x.hints for x in b.blocks]


def test_html_page_without_article_gives_empty_body_with_reasons() -> None:
    html = (
        "<html><body><div class='menu'><a href='/'>Home</a> <a href='/a'>World</a></div>"
        "<ul><li><a href='/1'>Login</a></li><li><a href='/2'>Contact</a></li></ul>"
        "<div class='footer-links'>Imprint | Privacy</div></body></html>"
    )
    rec = normalize(html, format="html")
    assert rec.ok and rec.body == ""
    assert rec.removed and all(r.reason for r in rec.removed)


def test_invisible_blocks_are_not_blocks_so_repair_keeps_the_structure() -> None:
    """A paragraph holding only a zero-width space (WordPress writes them) must not become a
    block: repair would empty its line and the page would lose its HTML structure."""
    from archnorm.html import parse_html, rebase
    from archnorm.repair import repair

    page = (
        "<html><body><article><h1>Harbour plan approved</h1><p>\u200b</p>"
        "<p>The council approved the harbour plan on Monday after a long debate.</p>"
        "<p>\u2060\u00ad</p><p>Work on the new quay is due to start next spring.</p>"
        "</article></body></html>"
    )
    parsed = parse_html(page)
    assert parsed.blocks[0].text == "Harbour plan approved"
    assert len(parsed.blocks) == 3
    blocks, paths = rebase(parsed, repair(parsed.text).text)
    assert paths is not None and all(b.tag for b in blocks)


def test_figure_and_figcaption_blocks_carry_the_figure_hint() -> None:
    page = parse_html(
        "<body><article><p>A paragraph of the story.</p><figure><p>Inside a figure</p>"
        "<figcaption>A caption under a photo</figcaption></figure><p>After it.</p></article>"
    )
    hints = {b.text: b.hints for b in page.blocks}
    assert "figure" in hints["Inside a figure"]
    assert "figure" in hints["A caption under a photo"]
    assert "figure" not in hints["A paragraph of the story."]
    assert "figure" not in hints["After it."]
