"""segment.join_lines: page-wide searches map every offset back to the line that holds it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archnorm.segment import join_lines
from tests.strategies import any_text


@given(st.lists(any_text, max_size=8))
def test_every_offset_maps_to_its_line(texts: list[str]) -> None:
    joined = join_lines(texts)
    if any("\n" in t for t in texts):
        assert joined is None
        return
    assert joined is not None
    assert joined.text == "\n".join(texts)
    for k, t in enumerate(texts):
        start = joined.starts[k]
        assert joined.text[start : start + len(t)] == t
        for pos in range(start, start + len(t)):
            assert joined.line_at(pos) == k
