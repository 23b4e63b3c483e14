"""The page-wide line features: word hashing, the hash table, character classes, and the feature
matrix checked against the plain per-line definitions they vectorise."""

from __future__ import annotations

import math

import numpy as np
import regex
from hypothesis import given
from hypothesis import strategies as st

from archnorm import _charclass as cc
from archnorm._linecontext import context_features
from archnorm._linefeatures import BASE_NAMES, TEXT_FEATURES, base_features
from archnorm._stoplists import STOPWORDS
from archnorm._wordhash import HashTable, SpanHasher, hash_pair, hash_pairs, hash_word
from archnorm.boilerplate import BoilerplateConfig, phrase_decision, phrase_verdicts
from archnorm.segment import Block, split_lines

from .strategies import any_text, page_text

_WORD_RE = regex.compile(r"\w+")


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(0, len(t), t, i) for i, t in enumerate(lines)]


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=20))
def test_span_hashes_equal_word_hashes(words: list[str]) -> None:
    text = "".join(words)
    cps = cc.code_points(text)
    bounds = np.cumsum([0, *map(len, words)])
    got = SpanHasher(cps).spans(bounds[:-1], bounds[1:])
    assert got.tolist() == [hash_word(w) for w in words]


@given(st.lists(st.integers(1, 2**64 - 1), unique=True, max_size=300), st.data())
def test_hash_table_finds_every_key_and_nothing_else(keys: list[int], data: st.DataObject) -> None:
    table = HashTable((k, i + 1) for i, k in enumerate(keys))
    probe = np.array(keys, dtype=np.uint64)
    assert table.lookup(probe).tolist() == list(range(1, len(keys) + 1))
    others = data.draw(st.lists(st.integers(0, 2**64 - 1).filter(lambda x: x not in keys)))
    assert not table.lookup(np.array(others, dtype=np.uint64)).any()


def test_pair_hash_vectorised_equals_scalar() -> None:
    a, b = hash_word("read"), hash_word("more")
    got = hash_pairs(np.array([a], dtype=np.uint64), np.array([b], dtype=np.uint64))
    assert int(got[0]) == hash_pair(a, b)


@given(any_text)
def test_character_classes_agree_with_str_methods(text: str) -> None:
    cls = cc.classes(cc.code_points(text))
    assert len(cls) == len(text)
    for ch, bits in zip(text, cls.tolist(), strict=True):
        assert bool(bits & cc.WORD) == bool(regex.match(r"\w", ch))
        assert bool(bits & cc.SPACE) == bool(regex.match(r"\s", ch))
        assert bool(bits & cc.DIGIT) == bool(regex.match(r"\d", ch))
        assert bool(bits & cc.UPPER) == bool(regex.match(r"\p{Lu}", ch))
        assert bool(bits & cc.PUNCT) == bool(regex.match(r"[^\w\s]", ch))


_LINE = (
    st.one_of(
        st.text(st.characters(codec="utf-8", exclude_characters="\n\r"), min_size=1, max_size=60),
        st.sampled_from(
            [
                "Read more",
                "Photo: Jane Example",
                "Share on Facebook",
                "Home » World » Asia",
                "Posted 5 May 2024 at 10:30",
                "© 2024 Example Media. All rights reserved.",
                "The minister said the talks would resume on Monday, officials said.",
                "email us at desk@example.com",
            ]
        ),
    )
    .map(str.strip)
    .filter(bool)
)


@given(st.lists(_LINE, min_size=1, max_size=25))
def test_text_features_match_per_line_definitions(lines: list[str]) -> None:
    x = base_features(_blocks(lines), html=False)
    assert x.shape == (len(lines), TEXT_FEATURES)
    assert np.isfinite(x).all()
    col = {name: i for i, name in enumerate(BASE_NAMES)}
    for row, t in zip(x, lines, strict=True):
        words = [w.lower() for w in _WORD_RE.findall(t)]
        assert row[col["log_chars"]] == math.log1p(len(t))
        assert row[col["log_words"]] == math.log1p(len(words))
        if t.lower() == "".join(ch.lower() for ch in t):  # no letter that lower-cases to two
            stops = sum(w in STOPWORDS for w in words)
            assert math.isclose(row[col["log_stops"]], math.log1p(stops))
        assert row[col["colon_end"]] == float(t.endswith(":"))
        assert row[col["dup"]] == float(lines.count(t) > 1)
    by_text = dict(zip(lines, x.tolist(), strict=True))
    if "Read more" in by_text:
        assert by_text["Read more"][col["cue_readmore"]] == 1.0
    if "Photo: Jane Example" in by_text:
        assert by_text["Photo: Jane Example"][col["cue_credit"]] == 1.0
    if "Posted 5 May 2024 at 10:30" in by_text:
        assert by_text["Posted 5 May 2024 at 10:30"][col["date_like"]] == 1.0
    if "© 2024 Example Media. All rights reserved." in by_text:
        assert by_text["© 2024 Example Media. All rights reserved."][col["cue_copyright"]] == 1.0


@given(st.lists(_LINE, min_size=1, max_size=25))
def test_own_features_do_not_depend_on_neighbours(lines: list[str]) -> None:
    """A line's own (non-position, non-duplicate) features are the same wherever it stands."""
    shuffled = lines[::-1]
    a = base_features(_blocks(lines), html=False)
    b = base_features(_blocks(shuffled), html=False)[::-1]
    own = slice(0, BASE_NAMES.index("pos"))
    assert np.array_equal(a[:, own], b[:, own])


@given(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=40))
def test_context_features_shape_and_range(probs: list[float]) -> None:
    base = np.zeros((len(probs), TEXT_FEATURES))
    ctx = context_features(base, np.array(probs))
    assert ctx.shape[0] == len(probs)
    assert np.isfinite(ctx).all()


@given(page_text)
def test_batched_phrase_verdicts_equal_per_line_rules(text: str) -> None:
    cfg = BoilerplateConfig()
    lines = [b.text for b in split_lines(text)]
    words = [len(_WORD_RE.findall(t)) for t in lines]
    want = [
        phrase_decision(t, w, cfg) if w <= 16 else None for t, w in zip(lines, words, strict=True)
    ]
    assert phrase_verdicts(lines, words, cfg) == want


@given(st.lists(_LINE, min_size=1, max_size=25), st.integers(1, 200))
def test_chunked_features_equal_one_pass(lines: list[str], chunk: int) -> None:
    """Huge pages are featurised in chunks of lines; the result must not depend on the cut."""
    import archnorm._linefeatures as lf

    whole = lf._text_features(lines)
    saved = lf._CHUNK_CHARS
    try:
        lf._CHUNK_CHARS = chunk
        assert np.array_equal(lf._text_features(lines), whole)
    finally:
        lf._CHUNK_CHARS = saved


def test_overlong_line_is_described_by_its_head() -> None:
    from archnorm._linefeatures import MAX_LINE_CHARS, _text_features

    head = "The council met on Monday and the vote was close. " * (MAX_LINE_CHARS // 40)
    x = _text_features([head + "tail " * 1000, head[:MAX_LINE_CHARS]])
    assert np.array_equal(x[0], x[1])


def _reference_phrase_decision(text: str, words: int, cfg: BoilerplateConfig) -> object:
    """The phrase rules written plainly, one regex after another (what the fast paths in
    ``phrase_decision`` must reproduce)."""
    from archnorm import boilerplate as bp

    core = bp._STRIP_RE.sub("", text)
    if not core:
        return ("empty", "no-letters")
    if bp._TEMPERATURE_RE.fullmatch(core):
        return ("widget", "temperature")
    if words <= cfg.phrase_max_words:
        for pattern, rule, how in (
            (bp._FULL_RE, "phrase-line", "fullmatch"),
            (bp._PREFIX_RE, "phrase-start", "match"),
            (bp._ANYWHERE_RE, "phrase-in-line", "search"),
        ):
            m = getattr(pattern, how)(core)
            if m:
                return (bp._reason(m), rule)
    if words <= cfg.glued_max_words and not bp._TERMINAL_RE.search(text):
        if len(bp._GLUED_RE.findall(text)) >= 2:
            return ("navigation", "glued-menu")
        seps = len(bp._BREADCRUMB_SEP_RE.findall(text))
        if seps >= 2 or (seps == 1 and core.lower().startswith("home")):
            return ("breadcrumb", "separators")
    if words <= 4 and bp._URLISH_RE.search(text):
        return ("link-list", "url-line")
    return None


_PHRASE_LINE = (
    st.one_of(
        _LINE,
        st.sampled_from(
            [
                "- Advertisement -",
                "12 °C",
                "-3 C / 27 F",
                "Most Popular Stories",
                "Sponsored content",
                "Comments (12)",
                "» Read more",
                "Terms of use | Privacy policy",
                "Home › News › Local",
                "www.example.com",
                "HomeNewsSportWeather",
                "Powered by WordPress",
                "***",
            ]
        ),
        st.text(st.sampled_from("ab AB-»|/.:©12°Cc(){}"), min_size=1, max_size=20),
    )
    .map(str.strip)
    .filter(bool)
)


@given(_PHRASE_LINE, st.integers(0, 20))
def test_phrase_decision_equals_plain_rules(line: str, words: int) -> None:
    cfg = BoilerplateConfig()
    got = phrase_decision(line, words, cfg)
    want = _reference_phrase_decision(line, words, cfg)
    assert (None if got is None else (got.reason, got.rule)) == want


@given(st.lists(_PHRASE_LINE | st.sampled_from(["İstanbul Home » News", "a\nb"]), max_size=30))
def test_page_level_phrase_marks_equal_line_by_line(lines: list[str]) -> None:
    """``phrase_verdicts`` looks for substrings once per page (the lines joined); verdicts
    must equal the line-by-line rules, also when a line holds a newline or lower-casing
    changes a length (both fall back to line by line)."""
    cfg = BoilerplateConfig()
    words = [len(_WORD_RE.findall(t)) for t in lines]
    want = [
        phrase_decision(t, w, cfg) if w <= 16 else None for t, w in zip(lines, words, strict=True)
    ]
    assert phrase_verdicts(lines, words, cfg) == want


def test_second_call_on_a_subset_reuses_rows_and_equals_fresh() -> None:
    import archnorm._linefeatures as lf

    lines = ["Home | News", "The council met on Monday.", "Read more", "By Jane Roe"]
    first = lf._own_features(lines)
    again = lf._own_features([lines[1], lines[3]])
    fresh = lf._text_features([lines[1], lines[3]])
    assert np.array_equal(again, fresh)
    assert np.array_equal(again, first[[1, 3]])
