"""Sentences a dump cut into one line per text node (``get_text("\\n")``): fragment paragraphs."""

from __future__ import annotations

import numpy as np
from hypothesis import given

from archnorm._linefeatures import (
    BASE_NAMES,
    PARA_NAMES,
    _text_features,
    base_features,
    fragment_paragraphs,
    wrapped_paragraphs,
)
from archnorm.segment import Block, split_lines

from .strategies import page_text

_AT = BASE_NAMES.index(PARA_NAMES[0])

# synthetic, written for these tests: one sentence cut at its links, as get_text saves it
_CUT = (
    "The council voted on Tuesday to reopen the",
    "Old Quay Bridge",
    ", according to the minutes published by",
    "The Harbour Gazette",
    "and read out at the meeting.",
)
_LONG = (
    "The next meeting will be held in the town hall in March, when the engineer's report on "
    "the bridge is expected, and members of the public may ask questions of the council."
)


def _joins(blocks: list[Block]) -> np.ndarray:
    """Each line's join bits, as ``base_features`` passes them."""
    texts = [b.text for b in blocks]
    uniq = list(dict.fromkeys(texts))
    rows = _text_features(uniq)
    at = {t: i for i, t in enumerate(uniq)}
    return rows[[at[t] for t in texts], -1] if texts else np.zeros(0)


def _runs(lines: list[str]) -> list[tuple[int, int]] | None:
    blocks = split_lines("\n".join(lines) + "\n")
    out = base_features(blocks, html=False)
    runs = fragment_paragraphs(blocks, out, _joins(blocks))
    if runs is None:
        return None
    return [(int(a), int(b)) for a, b in zip(*runs, strict=True) if b - a > 1]


def test_a_cut_sentence_is_one_paragraph() -> None:
    page = ["Home", "News", "Sport", *_CUT, "Contact us"]
    assert _runs(page) == [(3, 8)]


def test_paragraph_columns_count_the_whole_sentence() -> None:
    lines = ["Home", *_CUT, _LONG, _LONG + " " + _LONG]
    blocks = split_lines("\n".join(lines) + "\n")
    assert wrapped_paragraphs(lines, blocks) is None  # not hard-wrapped: fragments are read
    out = base_features(blocks, html=False)
    assert out[0, _AT] == 0.0  # the menu line is its own paragraph
    cut = slice(1, 1 + len(_CUT))
    assert np.all(out[cut, _AT] == 1.0)
    words = sum(len(t.split()) for t in _CUT)
    assert np.allclose(np.expm1(out[cut, _AT + 2]), words, atol=len(_CUT))
    assert np.all(out[cut, _AT + 3] == 1.0)  # the sentence ends with a full stop
    assert out[len(_CUT), _AT + 1] == 1.0 and not np.any(out[1 : len(_CUT), _AT + 1])


def test_menus_and_sentences_stay_apart() -> None:
    # capitalised menu items, terminal punctuation, list bullets and blank lines end a run
    assert _runs(["Home", "News", "Sport", "Weather"]) is None
    assert _runs(["The vote was close.", "the council said", "Sport"]) is None
    assert _runs(["Special reports", "o Back to the main menu", "o Dear Town"]) is None
    assert _runs(["The minutes were read by the", "", "Harbour Master"]) is None


@given(page_text)
def test_runs_cover_the_page_in_order(text: str) -> None:
    blocks = split_lines(text)
    out = base_features(blocks, html=False)
    runs = fragment_paragraphs(blocks, out, _joins(blocks))
    if runs is None:
        return
    starts, ends = runs
    texts = [b.text for b in blocks]
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        for i in range(a + 1, b):  # a joined line never follows a blank line or a finished one
            assert not blocks[i].gap_before and texts[i] and texts[i - 1]
    assert starts[0] == 0 and ends[-1] == len(blocks)
    assert np.all(starts[1:] == ends[:-1]) and np.all(ends > starts)
