"""Hard-wrapped dumps (lynx, w3m, ``fmt``): paragraph detection and the paragraph features."""

from __future__ import annotations

import textwrap

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from archnorm._linefeatures import (
    BASE_NAMES,
    PARA_NAMES,
    TEXT_FEATURES,
    base_features,
    wrapped_paragraphs,
)
from archnorm.boilerplate import classify
from archnorm.html import parse_html
from archnorm.linemodel import load_model
from archnorm.segment import Block, split_lines

from .strategies import page_text

# synthetic article text, written for these tests
_PARAGRAPHS = (
    "The harbour board met on Tuesday evening to decide what should be done with the old "
    "grain warehouse, which has stood empty since the mill closed and which the town has "
    "tried to sell three times without finding a buyer willing to repair its roof.",
    "Several members said that the building was part of the history of the quay and that it "
    "could become a market hall, while others warned that the cost of the work would fall on "
    "the ratepayers for many years and that nobody had asked them.",
    "In the end the board agreed to ask an engineer for a report on the state of the walls "
    "and to hold a public meeting in the spring, when the figures are known and the people "
    "of the town can say what they would like to see there.",
)
_MENU = ("Home", "News", "Sport", "Weather", "Contact us", "Subscribe")


def _wrapped_page(width: int) -> str:
    parts = ["\n".join(_MENU), ""]
    for para in _PARAGRAPHS:
        parts.extend([textwrap.fill(para, width), ""])
    parts.append("Copyright 2024 Example Town News")
    return "\n".join(parts)


def _para(rows: np.ndarray, name: str) -> np.ndarray:
    return rows[:, BASE_NAMES.index(name)]


def test_wrapped_page_is_split_into_its_paragraphs() -> None:
    for width in (60, 72, 80, 100):
        blocks = split_lines(_wrapped_page(width))
        runs = wrapped_paragraphs([b.text for b in blocks], blocks)
        assert runs is not None, width
        starts, ends = runs
        got = [" ".join(b.text for b in blocks[a:z]) for a, z in zip(starts, ends, strict=True)]
        for para in _PARAGRAPHS:
            assert para in got, width


def test_unwrapped_page_has_no_paragraphs_and_copies_its_line_features() -> None:
    text = "\n".join([*_MENU, "", *_PARAGRAPHS, "Copyright 2024 Example Town News"])
    blocks = split_lines(text)
    assert wrapped_paragraphs([b.text for b in blocks], blocks) is None
    rows = base_features(blocks, html=False)
    assert not _para(rows, "para_wrapped").any()
    assert not _para(rows, "para_last").any()
    assert (_para(rows, "para_log_words") == _para(rows, "log_words")).all()
    assert (_para(rows, "para_terminal") == _para(rows, "terminal")).all()
    assert (_para(rows, "para_stop_ratio") == _para(rows, "stop_ratio")).all()


def test_paragraph_columns_describe_the_whole_paragraph() -> None:
    blocks = split_lines(_wrapped_page(70))
    rows = base_features(blocks, html=False)
    words = np.expm1(_para(rows, "log_words"))
    para_words = np.rint(np.expm1(_para(rows, "para_log_words")))
    wrapped = _para(rows, "para_wrapped") > 0.5
    assert wrapped.sum() > len(_PARAGRAPHS) * 2
    menu = len(_MENU)
    assert not wrapped[:menu].any()
    # every line of the first paragraph carries the paragraph's word count and its full stop
    first = [i for i, b in enumerate(blocks) if b.text and _PARAGRAPHS[0].find(b.text) >= 0]
    assert para_words[first].tolist() == [len(_PARAGRAPHS[0].split())] * len(first)
    assert words[first].sum() == len(_PARAGRAPHS[0].split())
    assert (_para(rows, "para_terminal")[first] == 1.0).all()
    assert _para(rows, "para_last")[first].tolist() == [0.0] * (len(first) - 1) + [1.0]


def test_html_rows_leave_the_paragraph_columns_empty() -> None:
    page = parse_html("<html><body>" + "".join(f"<p>{p}</p>" for p in _PARAGRAPHS) + "</body>")
    rows = base_features(page.blocks, html=True)
    at = BASE_NAMES.index(PARA_NAMES[0])
    assert at + len(PARA_NAMES) <= TEXT_FEATURES
    assert not rows[:, at : at + len(PARA_NAMES)].any()


def test_model_counts_a_wrapped_line_as_its_paragraph() -> None:
    blocks = split_lines(_wrapped_page(64))
    scored = load_model("text").score(blocks, html=False)
    longest = max(len(p.split()) for p in _PARAGRAPHS)
    assert scored.words.max() == longest


def test_wrapped_article_is_kept_whole_and_its_menu_goes() -> None:
    for width in (66, 78):
        blocks = split_lines(_wrapped_page(width))
        keep = [d.keep for d in classify(blocks)]
        body = " ".join(b.text for b, k in zip(blocks, keep, strict=True) if k)
        for para in _PARAGRAPHS:
            assert para in body, width
        assert not any(keep[: len(_MENU)]), width


_long_lines = st.lists(
    st.text(st.characters(codec="utf-8"), min_size=0, max_size=120), min_size=0, max_size=60
)


@given(_long_lines, st.integers(20, 120))
def test_paragraph_runs_cover_the_page_in_order(lines: list[str], width: int) -> None:
    text = "\n".join(textwrap.fill(line, width) for line in lines)
    blocks = split_lines(text)
    runs = wrapped_paragraphs([b.text for b in blocks], blocks)
    if runs is None:
        return
    starts, ends = runs
    assert starts[0] == 0 and ends[-1] == len(blocks)
    assert (starts[1:] == ends[:-1]).all() and (ends > starts).all()
    for a, z in zip(starts, ends, strict=True):  # a blank line always ends a paragraph
        assert not any(b.gap_before for b in blocks[a + 1 : z])


@given(page_text)
def test_features_are_finite_and_deterministic(text: str) -> None:
    blocks = split_lines(text)
    rows = base_features(blocks, html=False)
    assert np.isfinite(rows).all()
    assert (rows == base_features(blocks, html=False)).all()


@given(st.lists(st.sampled_from(["", " ", "word", "x" * 70, "two words " * 7]), max_size=40))
def test_blocks_made_by_hand_with_empty_texts_do_not_break_detection(texts: list[str]) -> None:
    blocks = [Block(0, len(t), t, i) for i, t in enumerate(texts)]
    rows = base_features(blocks, html=False)
    assert rows.shape == (len(texts), TEXT_FEATURES)
