"""markdown: Markdown dumps to plain text; sniffing; the pipeline reads them as text dumps."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import given
from hypothesis import strategies as st

import archnorm
from archnorm.markdown import looks_like_markdown, to_text
from archnorm.pipeline import sniff_format
from tests.strategies import any_text

_PAGE = """\
[ Harbour Gazette ](/)

  * [Home](/)
  * [News](/news/)
  * [Sport](/sport/)
  * [Contact](/contact/ "Write to us")

# Dock workers end their strike after two weeks

[Jane Roe](/author/jane-roe/ "Posts by Jane Roe") March 3, 2024

![](https://example.org/img/dock.jpg?w=600)

Dock workers at the northern harbour returned to work on Monday after **two weeks** on strike,
ending a dispute over night shifts that had _stranded_ dozens of ships, the union said.

The agreement, signed late on Sunday, raises night pay by 12 per cent and limits shifts to
[ten hours](https://example.org/deal "The deal"), according to a copy seen by the paper.

1\\. The port authority said cargo would move normally by the end of the week.

  * [Privacy](/privacy/)
  * [Terms of use](/terms/)

[1]: https://example.org/ref
"""


def test_links_images_headings_and_emphasis_go_words_stay() -> None:
    out = to_text(_PAGE)
    assert "](" not in out.text and "![" not in out.text and "**" not in out.text
    assert "Dock workers end their strike after two weeks" in out.text.split("\n")
    assert "  * Home" in out.text.split("\n")
    assert "limits shifts to\nten hours, according" in out.text
    assert "Jane Roe March 3, 2024" in out.text
    assert "1. The port authority" in out.text
    assert "https://example.org/ref" not in out.text
    assert out.text.count("\n") == _PAGE.count("\n")  # lines stay lines
    rules = {c.rule: c.count for c in out.changes}
    assert rules["links"] == 9 and rules["images"] == 1 and rules["headings"] == 1
    assert rules["link-definitions"] == 1 and rules["escapes"] == 1 and rules["emphasis"] == 4
    assert all(c.stage == "markdown" for c in out.changes)


def test_plain_lines_that_only_look_like_markdown_stay() -> None:
    for line in (
        "[Update]: The council said the vote would be held on Friday.",
        "snake_case_names and 5 * 3 = 15",
        "#hashtag at the start",
        "Escaped \\*stars\\* and \\[brackets\\](stay)",
    ):
        assert to_text(line).text == line


def test_sniffing_needs_several_links() -> None:
    assert looks_like_markdown(_PAGE)
    assert sniff_format(_PAGE) == "markdown"
    assert sniff_format("One [link](https://example.org) in a plain dump.\nMore text.") == "text"
    assert sniff_format("<html><body><p>[a](b) [c](d) [e](f)</p></body></html>") == "html"


def test_normalize_reads_markdown_as_a_text_dump() -> None:
    rec = archnorm.normalize(_PAGE, url="https://example.org/news/dock-strike")
    assert rec.source is not None and rec.source.format == "markdown"
    assert rec.body.startswith("Dock workers at the northern harbour returned to work")
    assert "ten hours" in rec.body and "](" not in rec.body
    assert rec.title == "Dock workers end their strike after two weeks"
    assert "Privacy" not in rec.body
    assert rec.provenance is not None
    assert any(c.stage == "markdown" and c.rule == "links" for c in rec.provenance.changes)
    # the body is plain text now: normalising it again keeps it
    assert archnorm.normalize(rec.body).body == rec.body


def test_format_can_be_forced() -> None:
    plain = archnorm.normalize(_PAGE, format="text")
    assert plain.source is not None and plain.source.format == "text"
    assert "](" in plain.text


_MD_PIECES = st.sampled_from(
    ["[", "]", "(", ")", "!", "*", "_", "#", "\\", " ", "\n", "a", "Bc", "x.org", ":", '"', "-"]
)
markdownish = st.lists(_MD_PIECES, max_size=60).map("".join)


@given(markdownish | any_text)
def test_conversion_is_idempotent_and_keeps_lines(text: str) -> None:
    once = to_text(text)
    assert once.text.count("\n") == text.count("\n")
    again = to_text(once.text)
    assert again.text == once.text and again.changes == ()


@given(st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=1, max_size=6))
def test_link_text_words_survive(words: list[str]) -> None:
    label = " ".join(words)
    out = to_text(f"See [{label}](https://example.org/{words[0]}) and **{label}**.").text
    assert regex.findall(r"\w+", out) == ["See", *words, "and", *words]


def test_md_files_are_read_as_markdown(tmp_path: Path) -> None:
    from archnorm.io.readers import iter_pages

    (tmp_path / "a.md").write_text(_PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Plain text.", encoding="utf-8")
    formats = {Path(p.name or "").name: p.format for p in iter_pages([tmp_path])}
    assert formats == {"a.md": "markdown", "b.txt": "auto"}


def test_a_name_beside_a_date_is_a_dateline_not_a_title() -> None:
    from archnorm.meta import parse_trailing_date

    assert parse_trailing_date("Jane Roe March 3, 2024") == "2024-03-03"
    assert parse_trailing_date("Reuters 18 November 2019 11:03 PM") == "2019-11-18"
    assert parse_trailing_date("Elections to be held on March 3, 2024") is None
    assert parse_trailing_date("March 3, 2024") is None  # a date line alone: parse_date_line's
    assert parse_trailing_date("Jane Roe wrote this") is None


@given(any_text)
def test_trailing_date_never_crashes(text: str) -> None:
    from archnorm.meta import parse_trailing_date

    iso = parse_trailing_date(text)
    assert iso is None or regex.fullmatch(r"\d{4}-\d\d-\d\d", iso)


def test_escaped_brackets_inside_link_and_image_text() -> None:
    # html2text escapes brackets of an alt text; CommonMark reads them as text of the image
    img = "![\\[https://example.org/v/clip_160x90.jpg\\]](https://example.org/v/clip.jpg)"
    line = f"  * [ {img} ](/v/1)"
    out = to_text(line + "\nSee [the \\[full\\] report](/r) here.\n").text
    assert out.split("\n")[0].strip() == "*"
    assert out.split("\n")[1] == "See the \\[full\\] report here."
    assert to_text(out).text == out
