"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

from hypothesis import strategies as st

# Any Unicode text, surrogates included (scraped data has them).
any_text = st.text(st.characters(codec=None), max_size=400)

_word = st.text(st.characters(categories=("Ll", "Lu")), min_size=1, max_size=10)
_sentence = st.builds(
    lambda ws, end: " ".join(ws) + end,
    st.lists(_word, min_size=1, max_size=30),
    st.sampled_from(["", ".", "!", "?", ":", " -", " |"]),
)
_line = st.one_of(
    _sentence,
    st.sampled_from(
        [
            "Most Popular",
            "Recent Comments",
            "- Advertisement -",
            "Powered by Something",
            "HomeNewsWorldSome Headline Here",
            "By Jane Example",
            "Monday, March 3, 2025",
            "11.5 C",
            "Share this:",
            "© 2024 Example Media",
            "",
        ]
    ),
)
# Page-like text: lines of words, phrase lines and blank lines.
page_text = st.lists(_line, min_size=0, max_size=40).map("\n".join)
