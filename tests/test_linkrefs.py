"""linkrefs: a text browser's numbered link markers and reference list are removed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import archnorm
from archnorm.linkrefs import has_link_references, strip_link_references
from tests.strategies import any_text

_PARAGRAPH = (
    "The ferry service to the outer islands resumed on Tuesday after two weeks of repairs to"
    " the pier, the [6]harbour board said, and the first crossing left on time."
)
_DUMP = f"""\
   #[1]Valley Courier Feed

     * [2]Home
     * [3]News
     * [4]Sport

Ferry service to the islands resumes after storm repairs

   By [5]Jane Roe

   {_PARAGRAPH}

   Passengers had used a temporary boat since the storm, which [7]damaged the pier in March.

     * [8]Privacy
     * [9]Terms of use

References

   Visible links:
   1. https://example.org/feed
   2. https://example.org/
   3. https://example.org/news/
   4. https://example.org/sport/
   5. https://example.org/author/jane-roe/
   6. https://example.org/harbour board
   7. https://example.org/storm
   8. https://example.org/privacy/
   9. https://example.org/terms/
"""


def test_markers_and_list_go_lines_stay() -> None:
    out = strip_link_references(_DUMP)
    assert "[6]" not in out.text and "https://" not in out.text
    assert "the harbour board said" in out.text
    assert "     * Home" in out.text.split("\n")
    assert out.text.count("\n") == _DUMP.count("\n")
    counts = {c.rule: c.count for c in out.changes}
    assert counts == {"markers": 9, "reference-list": 11}


def test_a_page_without_a_reference_list_is_left_alone() -> None:
    text = "A study [1]found that [2]rents rose [3]sharply.\nReferences\nSmith, J. (2020). Rents."
    assert not has_link_references(text)
    assert strip_link_references(text).text == text
    assert strip_link_references(text).changes == ()


def test_normalize_strips_them_from_a_text_dump() -> None:
    rec = archnorm.normalize(_DUMP, url="https://example.org/news/ferry")
    assert rec.source is not None and rec.source.format == "text"
    assert "the harbour board said" in rec.body and "[" not in rec.body
    assert rec.title == "Ferry service to the islands resumes after storm repairs"
    assert rec.author == "Jane Roe"
    assert rec.provenance is not None
    assert any(c.stage == "link-references" for c in rec.provenance.changes)
    assert archnorm.normalize(rec.body).body == rec.body


_PIECES = st.sampled_from(
    ["[", "]", "1", "12", "References", "\n", " ", "Visible links:", ". ", "https://x.org", "a"]
)


@given(st.lists(_PIECES, max_size=50).map("".join) | any_text)
def test_idempotent_no_crash_lines_kept(text: str) -> None:
    once = strip_link_references(text)
    assert once.text.count("\n") == text.count("\n")
    again = strip_link_references(once.text)
    assert again.text == once.text and again.changes == ()


def test_a_marker_before_a_line_end_and_an_odd_line_in_the_list() -> None:
    """lynx puts the marker at a line's end when the link text wraps, and may print a line
    such as "[USEMAP]" among the addresses."""
    page = (
        "Council meets on the budget\n\n   The mayor said the plan, published by the [1]\n"
        "   finance office, was [2]final and [3]binding for the year.\n\n"
        "References\n\n   1. https://example.org/a\n   [USEMAP]\n   2. https://example.org/b\n"
        "   3. https://example.org/c\n   4. https://example.org/d\n   5. https://example.org/e\n"
    )
    out = strip_link_references(page).text
    assert "[1]" not in out and "[2]" not in out and "USEMAP" not in out
    assert "https://" not in out
    assert out.count("\n") == page.count("\n")
    assert strip_link_references(out).text == out
