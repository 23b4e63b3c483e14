"""Helpers written for speed against the plain code they stand in for (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from archnorm.names import _memo
from archnorm.names.keys import _DOUBLE_RE, _TOKEN_RE, squeeze, tokens, unit_of
from archnorm.names.match import surname_similarity, unit_score
from archnorm.names.scores import DEFAULT_CONFIG, MatchConfig

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="aabbeeiillnnoossz- .'’", max_size=30),
)
words = st.sampled_from(
    ["Asif", "Asef", "Mohammad", "Muhammed", "Rached", "Rashid", "Ghasem", "Qasem", "A.",
     "Abdul Karim", "Abdul Rahim", "al-Assad", "Assad", "Saleh", "Salih", "Vilas", "Bilas"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(texts)
def test_squeeze_is_the_substitution(s: str) -> None:
    assert squeeze(s) == _DOUBLE_RE.sub(r"\1", s)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tokens_are_the_matches(s: str) -> None:
    assert tokens(s) == [m.group() for m in _TOKEN_RE.finditer(s)]


@settings(max_examples=200, deadline=None)
@given(words, words, st.booleans(), st.sampled_from([DEFAULT_CONFIG, MatchConfig(given=0.7)]))
def test_memoised_scores_are_the_functions(x: str, y: str, later: bool, cfg: MatchConfig) -> None:
    a, b = unit_of(x.split()), unit_of(y.split())
    first = (unit_score(a, b, cfg, later=later), surname_similarity(a, b))
    again = (unit_score(a, b, cfg, later=later), surname_similarity(a, b))  # from the memo
    _memo.clear()
    plain = (
        unit_score.__wrapped__(a, b, cfg, later=later),  # type: ignore[attr-defined]
        surname_similarity.__wrapped__(a, b),  # type: ignore[attr-defined]
    )
    assert first == again == plain
