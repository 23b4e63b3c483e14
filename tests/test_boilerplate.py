"""boilerplate.py: the learned classifier's decisions, reasons, smoothing and bad input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archnorm import normalize
from archnorm.boilerplate import BoilerplateConfig, Decision, classify, phrase_decision
from archnorm.record import REMOVAL_REASONS
from archnorm.segment import split_lines

from .strategies import any_text, page_text

ARTICLE = """Home
News
Sport
Search

Council approves the new river bridge after a long debate

The town council voted on Tuesday to build a new bridge over the river, ending a debate that
had gone on for more than ten years and divided the town.
Supporters said the crossing would cut the drive to the hospital by twenty minutes.
Permanent address:
12 Mill Lane
Riverton
Opponents, who had gathered outside the hall, said the cost was far too high for a small town.
Work is due to start in the spring and should take about two years, the mayor said.

Share this:
Facebook
Twitter
Most Popular
Another story about something else
© 2024 Riverton Courier. All rights reserved.
"""


def test_article_kept_and_boilerplate_removed_with_reasons() -> None:
    blocks = split_lines(ARTICLE)
    decisions = classify(blocks)
    kept = [b.text for b, d in zip(blocks, decisions, strict=True) if d.keep]
    assert any(t.startswith("The town council voted") for t in kept)
    assert any(t.startswith("Work is due to start") for t in kept)
    # the short address lines between article lines stay (context smoothing)
    assert "12 Mill Lane" in kept
    removed = {b.text: d for b, d in zip(blocks, decisions, strict=True) if not d.keep}
    for line in (
        "Home",
        "Share this:",
        "Most Popular",
        "© 2024 Riverton Courier. All rights reserved.",
    ):
        assert line in removed
        assert removed[line].reason in REMOVAL_REASONS


def test_rules_method_still_available() -> None:
    blocks = split_lines(ARTICLE)
    decisions = classify(blocks, config=BoilerplateConfig(method="rules"))
    assert len(decisions) == len(blocks)


def test_no_article_gives_empty_body_with_reasons() -> None:
    menu = "Home\nNews\nSport\nWeather\nContact us\nLogin\n© 2024 Example"
    rec = normalize(menu)
    assert rec.body == ""
    assert len(rec.removed) == 7 and all(r.reason in REMOVAL_REASONS for r in rec.removed)


def test_language_without_stoplist() -> None:
    # Swahili has no stoplist: other features decide, no crash
    text = (
        "Habari\nMichezo\n\nSerikali imetangaza mpango mpya wa kujenga barabara katika mkoa wa"
        " pwani, na kazi itaanza mwezi ujao.\nWakazi wengi wamesema kwamba barabara hiyo"
        " itasaidia biashara na usafiri wa kila siku.\n© 2024 Gazeti"
    )
    rec = normalize(text)
    assert rec.ok
    assert "Serikali imetangaza" in rec.body


def test_ten_megabyte_page_of_one_line_repeated() -> None:
    line = "The same line again and again, on and on.\n"
    rec = normalize(line * (10_000_000 // len(line)), on_error="record")
    assert rec.ok or rec.error_type == "ResourceLimitError"


@given(page_text)
def test_decisions_deterministic_one_per_block_with_reasons(text: str) -> None:
    blocks = split_lines(text)
    a, b = classify(blocks), classify(blocks)
    assert a == b and len(a) == len(blocks)
    for d in a:
        assert isinstance(d, Decision)
        assert d.keep or d.reason in REMOVAL_REASONS


@given(st.one_of(any_text, page_text))
def test_output_lines_are_input_lines_in_order(text: str) -> None:
    rec = normalize(text, on_error="record")
    if not rec.ok:
        return
    lines = rec.text.split("\n")
    pos = 0
    for line in (x for x in rec.body.split("\n") if x):
        pos = lines.index(line, pos) + 1
    for r in rec.removed:
        assert rec.text[r.start : r.end] == r.text and r.reason in REMOVAL_REASONS


def test_a_lone_advert_label_is_an_advert_but_advertising_prose_is_not() -> None:
    cfg = BoilerplateConfig()
    for line in ("Advert", "- Adverts -", "Advertisement"):
        d = phrase_decision(line, len(line.split()), cfg)
        assert d is not None and d.reason == "advert", line
    assert phrase_decision("Advertising revenue fell", 3, cfg) is None


def test_footer_phrase_only_at_a_word_start() -> None:
    cfg = BoilerplateConfig()
    for line in ("© 2024 Example Media", "Copyright Example", "About us", "(c) 2020 Example"):
        d = phrase_decision(line, len(line.split()), cfg)
        assert d is not None and d.reason == "footer", line
    # inside a word it is not the phrase (the word-start guard used to cover only the first
    # footer phrase of the alternation)
    assert phrase_decision("Exprivacy Plus", 2, cfg) is None
