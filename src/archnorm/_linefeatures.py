"""Cheap per-block features for the line classifier (``linemodel.py``), text and HTML alike.

Stage 1 describes one block by itself (length, words, function-word share, terminal punctuation,
capitalised share, digits, separators, glued menus, boilerplate cue words, position, duplicates,
and for HTML the tag, heading level, link density and class/id hints).  Stage 2 describes its
neighbourhood through the stage-1 probabilities of the blocks around it (context smoothing,
``_linecontext.py``); both feature lists are named here.

Everything is computed page-wide with numpy, not line by line: the distinct block texts are
joined into one string; character classes come from a code-point table (``_charclass``) and are
summed per line; words are the runs of word characters, hashed all at once (``_wordhash``) and
looked up in one table that says stopword, cue word, cue-pair start or month name; dates, cue
pairs and "photo:"-style credits come from comparing neighbouring words.  No regex runs here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from archnorm import _charclass as cc
from archnorm._feature_phrases import ANYWHERE, OPENERS, PAIRS, PHRASE_NAMES
from archnorm._phrases import URL_MARKS
from archnorm._stoplists import STOPWORDS
from archnorm._wordhash import HashTable, SpanHasher, hash_pair, hash_pairs, hash_word
from archnorm.segment import Block

Array = npt.NDArray[np.float64]
K = TypeVar("K")

_TAGS = ("p", "li", "blockquote", "pre", "div", "h")
HINTS: tuple[str, ...] = (
    "comments", "share", "related", "sidebar", "advert", "navigation", "footer", "newsletter",
    "cookie", "content", "article", "main", "header", "form", "list", "table", "quote", "caption",
    "byline", "date", "tags", "title", "hidden", "link", "figure",
)  # fmt: skip

PARA_NAMES: tuple[str, ...] = (
    "para_wrapped", "para_last", "para_log_words", "para_terminal", "para_stop_ratio",
)  # fmt: skip
"""Of the hard-wrapped paragraph a line belongs to (``wrapped_paragraphs``; a line that is not
part of one is its own paragraph): in one of several lines, its last line, and the paragraph's
words, terminal punctuation and function-word share."""

BASE_NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "words_le3", "words_le8", "avg_word_len", "terminal", "colon_end",
    "stop_ratio", "log_stops", "cap_ratio", "digit_ratio", "punct_ratio", "separators",
    "glued", "url", "sentences", "comma_ratio", "starts_lower", "quote_start", "date_like",
    "pos", "pos_first", "pos_last", "dup", "in_page_repeat_share",
    *(f"cue_{n}" for n in PHRASE_NAMES),
    *PARA_NAMES,
    "html", "link_density", "link_all", "h1", "h23", "h4", *(f"tag_{t}" for t in _TAGS),
    *(f"hint_{h}" for h in HINTS), *(f"near_{h}" for h in HINTS),
)  # fmt: skip

CONTEXT_NAMES: tuple[str, ...] = (
    "logit", "p_prev", "p_next", "p_prev2", "p_next2", "p_win3", "p_win7", "p_win15",
    "p_before", "p_after", "dist_good_before", "dist_good_after", "p_max_page", "p_mean_page",
    "own_log_words", "own_terminal", "own_stop_ratio", "own_link_density", "own_heading",
    "in_best_span", "in_best_tree", "parent_ratio", "grandparent_ratio", "best_tree_share",
    "sibling_ratio", "ancestor3_ratio", "near_best_tree", "style_ratio", "style_count",
    "pos_clean", "first_clean", "last_clean", "before_clean", "after_clean",
)  # fmt: skip

_NEAR = tuple("near:" + h for h in HINTS)
TEXT_FEATURES = len(BASE_NAMES) - (6 + len(_TAGS) + 2 * len(HINTS))
"""Text rows stop before the HTML-only features (their weights would multiply zeros)."""


def _cue_table(table: dict[str, str], sep: str | None) -> dict[str, int]:
    """Cue -> bit mask of its categories (bit k = ``PHRASE_NAMES[k]``)."""
    out: dict[str, int] = {}
    for cat, cues in table.items():
        bit = 1 << PHRASE_NAMES.index(cat)
        for raw in cues.split(sep):
            cue = raw.strip()
            if cue:
                out[cue] = out.get(cue, 0) | bit
    return out


_N_PHRASES = len(PHRASE_NAMES)
_PHRASE_MASK = (1 << _N_PHRASES) - 1
_ANY_CUES = _cue_table(ANYWHERE, None)
_PAIR_CUES = _cue_table(PAIRS, "|")
_OPEN_CUES = _cue_table(OPENERS, None)
_CREDIT_BIT = 1 << PHRASE_NAMES.index("credit")
_COPYRIGHT_BIT = 1 << PHRASE_NAMES.index("copyright")
_MONTHS = (
    "jan feb mar apr may jun jul aug sep oct nov dec januar februar märz mai juni juli oktober "
    "dezember janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)

# One code per known word: bit 0 stopword, bit 1 may start a cue pair, bit 2 a month-name
# prefix, bit 3 a credit cue written with a colon ("photo:"), then the word's categories as a
# cue anywhere in a line, then as a line opener.
_STOP, _PAIR_START, _MONTH, _COLON_CUE = 1, 2, 4, 8
_ANY_SHIFT = 4
_OPEN_SHIFT = _ANY_SHIFT + _N_PHRASES


def _word_codes() -> Iterator[tuple[int, int]]:
    for w in STOPWORDS:
        yield hash_word(w), _STOP
    for pair in _PAIR_CUES:
        yield hash_word(pair.split(" ", 1)[0]), _PAIR_START
    for w, mask in _ANY_CUES.items():
        if w.endswith(":"):
            yield hash_word(w[:-1]), _COLON_CUE
        else:
            yield hash_word(w), mask << _ANY_SHIFT
    for w, mask in _OPEN_CUES.items():
        yield hash_word(w), mask << _OPEN_SHIFT


_WORDS = HashTable(_word_codes())
_PAIRS = HashTable(
    (hash_pair(*(hash_word(w) for w in pair.split(" ", 1))), mask)
    for pair, mask in _PAIR_CUES.items()
)
_MONTH_PREFIXES = HashTable((hash_word(m[:3]), 1) for m in _MONTHS.split())


@lru_cache(maxsize=4096)
def _hint_row(hints: frozenset[str]) -> tuple[float, ...]:
    return tuple(1.0 if h in hints else 0.0 for h in (*HINTS, *_NEAR))


@lru_cache(maxsize=256)
def _tag_row(tag: str, heading: int) -> tuple[float, ...]:
    return (
        1.0 if heading == 1 else 0.0,
        1.0 if heading in (2, 3) else 0.0,
        1.0 if heading >= 4 else 0.0,
        *(1.0 if tag == t or (t == "h" and heading > 0) else 0.0 for t in _TAGS),
    )


def _count_per_line(line: npt.NDArray[np.int64], n: int) -> Array:
    return np.bincount(line, minlength=n)[:n].astype(np.float64)


MAX_LINE_CHARS = 20_000
"""A longer line is described by its first ``MAX_LINE_CHARS`` characters (no prose paragraph is
that long; it bounds the work and memory a pathological line costs)."""
_CHUNK_CHARS = 1 << 20


def _text_features(texts: list[str]) -> Array:
    """Features of each distinct line text alone: columns ``BASE_NAMES[:20]`` and the cues.

    Lines are processed in chunks of about a million characters, so that memory stays bounded
    on huge pages (the arrays cost some 50 bytes a character)."""
    texts = [t if len(t) <= MAX_LINE_CHARS else t[:MAX_LINE_CHARS] for t in texts]
    chunks: list[Array] = []
    lo, size = 0, 0
    for hi, t in enumerate(texts):
        size += len(t) + 1
        if size >= _CHUNK_CHARS:
            chunks.append(_chunk_features(texts[lo : hi + 1]))
            lo, size = hi + 1, 0
    if lo < len(texts) or not chunks:
        chunks.append(_chunk_features(texts[lo:]))
    return chunks[0] if len(chunks) == 1 else np.concatenate(chunks)


def _chunk_features(texts: list[str]) -> Array:
    n = len(texts)
    joined = "\n".join(texts) + "\n"
    if joined.count("\n") != n:  # a block with a line break inside (HTML <pre>)
        texts = [t.replace("\n", " ") for t in texts]
        joined = "\n".join(texts) + "\n"
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    ends = starts + lengths  # the offsets of the "\n" separators
    cps = cc.code_points(joined)
    size = len(cps)
    cls = cc.classes(cps)
    line_of_char = np.zeros(size, dtype=np.int64)
    line_of_char[starts[1:]] = 1
    np.cumsum(line_of_char, out=line_of_char)

    # characters
    word = (cls & cc.WORD) != 0
    prev_word = np.zeros(size, dtype=bool)
    prev_word[1:] = word[:-1]
    next_cls = np.zeros(size, dtype=np.uint16)
    next_cls[:-1] = cls[1:]
    space = ((cls & cc.SPACE) != 0) & (cps != 10)
    lower = (cls & cc.LOWER) != 0
    glued = np.zeros(size, dtype=bool)
    glued[:-2] = lower[:-2] & ((cls[1:-1] & cc.UPPER) != 0) & lower[2:]
    dash_sep = np.zeros(size, dtype=bool)
    dash_sep[1:-1] = space[:-2] & ((cls[1:-1] & cc.DASH) != 0) & space[2:]
    next2_space = np.zeros(size, dtype=bool)
    next2_space[:-2] = (cls[2:] & cc.SPACE) != 0
    sentence_end = ((cls & cc.SENTENCE_END) != 0) & (
        ((next_cls & cc.SPACE) != 0) | (((next_cls & cc.CLOSER) != 0) & next2_space)
    )
    marks = np.stack(
        (
            ((cls & cc.UPPER) != 0) & ~prev_word,
            (cls & cc.DIGIT) != 0,
            (cls & cc.PUNCT) != 0,
            ((cls & cc.SEPARATOR) != 0) | dash_sep,
            glued,
            (cls & cc.COMMA) != 0,
            cps == 32,
            sentence_end,
            cps == 0xA9,  # ©
        )
    )
    counted = np.add.reduceat(marks, starts, axis=1, dtype=np.int32).astype(np.float64)
    caps, digits, punct, seps, glue, commas, spaces, sentences, copyright_sign = counted

    # words: spans of word characters, hashed, looked up in one table
    w_start = np.flatnonzero(word & ~prev_word)
    w_end = np.flatnonzero(word & ~np.append(word[1:], False)) + 1
    w_line = line_of_char[w_start]
    folded = cc.lowered(cps)
    hasher = SpanHasher(folded)
    hashes = hasher.spans(w_start, w_end)
    codes = _WORDS.lookup(hashes)
    nw = _count_per_line(w_line, n)
    stops = _count_per_line(w_line[(codes & _STOP) != 0], n)

    cues = np.zeros(n, dtype=np.int64)
    hit = np.flatnonzero(codes >> _ANY_SHIFT & _PHRASE_MASK)
    np.bitwise_or.at(cues, w_line[hit], codes[hit] >> _ANY_SHIFT & _PHRASE_MASK)
    first = np.ones(len(w_start), dtype=bool)
    first[1:] = w_line[1:] != w_line[:-1]
    hit = np.flatnonzero(first & ((codes >> _OPEN_SHIFT) != 0))
    np.bitwise_or.at(cues, w_line[hit], codes[hit] >> _OPEN_SHIFT & _PHRASE_MASK)
    same_line_next = np.zeros(len(w_start), dtype=bool)
    same_line_next[:-1] = ~first[1:]
    cand = np.flatnonzero(((codes & _PAIR_START) != 0) & same_line_next)
    if len(cand):
        masks = _PAIRS.lookup(hash_pairs(hashes[cand], hashes[cand + 1]))
        np.bitwise_or.at(cues, w_line[cand], masks)
    colon_cue = np.flatnonzero(codes & _COLON_CUE)
    colon_cue = colon_cue[cps[w_end[colon_cue]] == 58]
    cues[w_line[colon_cue]] |= _CREDIT_BIT
    cues[copyright_sign > 0] |= _COPYRIGHT_BIT

    # dates and times: "5 May 2024", "May 5", "05/05/2024", "10:30"
    date_like = np.zeros(n, dtype=np.float64)
    w_len = w_end - w_start
    numeric = _span_digits(cls, w_start, w_end) == w_len
    gap = np.append(w_start[1:] - w_end[:-1], 0)
    after = cls[w_end]  # the class of the character after each word (the last: a separator)
    nxt_num = np.append(numeric[1:] & (w_len[1:] <= 4), False) & same_line_next
    cand = np.flatnonzero(nxt_num & (gap <= 2) & (w_len >= 3))
    month = cand[_MONTH_PREFIXES.lookup(hasher.spans(w_start[cand], w_start[cand] + 3)) != 0]
    date_like[w_line[month]] = 1.0
    clock = numeric & (w_len <= 2) & (gap == 1) & (cps[w_end] == 58) & nxt_num
    clock &= np.append(w_len[1:] == 2, False)
    sep_ok = (gap == 1) & ((after & cc.DATE_SEP) != 0)
    nxt2 = np.zeros(len(numeric), dtype=bool)
    nxt2[:-2] = sep_ok[1:-1] & same_line_next[1:-1] & numeric[2:]
    date_like[w_line[clock | (numeric & (w_len <= 4) & sep_ok & nxt_num & nxt2)]] = 1.0

    chars = lengths.astype(np.float64)
    safe_nw = np.maximum(nw, 1.0)
    safe_chars = np.maximum(chars, 1.0)
    nonempty = lengths > 0
    last_at = np.maximum(ends - 1, 0)
    last_cls = np.where(nonempty, cls[last_at], 0)
    first_cls = np.where(nonempty, cls[starts], 0)
    columns = (
        np.log1p(chars),
        np.log1p(nw),
        nw <= 3,
        nw <= 8,
        np.minimum(15.0, (chars - spaces) / safe_nw),
        (last_cls & cc.TERMINAL) != 0,
        nonempty & (cps[last_at] == 58),
        stops / safe_nw,
        np.log1p(stops),
        np.minimum(1.0, caps / safe_nw),
        digits / safe_chars,
        punct / safe_chars,
        np.minimum(3.0, seps),
        np.minimum(3.0, glue),
        _url_lines(joined, starts, line_of_char),
        np.log1p(sentences),
        commas / safe_nw,
        (first_cls & cc.LOWER) != 0,
        (first_cls & cc.QUOTE) != 0,
        date_like,
    )
    out = np.empty((n, len(columns) + _N_PHRASES), dtype=np.float64)
    for j, column in enumerate(columns):
        out[:, j] = column
    out[:, len(columns) :] = (cues[:, None] >> np.arange(_N_PHRASES)) & 1
    return out


def _span_digits(
    cls: npt.NDArray[np.uint16], starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """The number of decimal digits in each span."""
    prefix = np.zeros(len(cls) + 1, dtype=np.int64)
    np.cumsum((cls & cc.DIGIT) != 0, out=prefix[1:])
    out: npt.NDArray[np.int64] = prefix[ends] - prefix[starts]
    return out


def _url_lines(
    joined: str, starts: npt.NDArray[np.int64], line_of_char: npt.NDArray[np.int64]
) -> Array:
    """1.0 for lines with an e-mail sign, "www.", "http" or a .com/.org/.net name (rare, so
    found with ``str.find``)."""
    out = np.zeros(len(starts), dtype=np.float64)
    find = joined.find
    for needle in URL_MARKS:
        at = find(needle)
        while at >= 0:
            out[line_of_char[at]] = 1.0
            at = find(needle, at + 1)
    return out


_POS_AT = BASE_NAMES.index("pos")
_CUE_AT = BASE_NAMES.index(f"cue_{PHRASE_NAMES[0]}")


class _LastPage:
    """The per-text rows of the last page featurised.  A line's own features depend on its text
    alone, so a later call on a subset of those lines (the pipeline classifying a body again to
    settle it) takes them from here.  One immutable pair, replaced whole: safe across threads."""

    entry: tuple[dict[str, int], Array] | None = None


def _own_features(texts: list[str]) -> Array:
    """``_text_features(texts)``, reusing the last page's rows when every text is among them."""
    last = _LastPage.entry
    if last is not None:
        where = last[0]
        at = [where.get(t, -1) for t in texts]
        if -1 not in at:
            return last[1][at]
    rows = _text_features(texts)
    _LastPage.entry = ({t: i for i, t in enumerate(texts)}, rows)
    return rows


WRAP_WIDTHS = (30, 200)
"""Hard-wrapped dumps (text browsers, ``fmt``, e-mail) have a line width in this range."""
WRAP_SHARE = 0.35
"""... and at least this share of their lines of 30 characters or more end within
``_WRAP_SLACK`` columns of it (unwrapped dumps: a few per cent; lynx and w3m: a half or more),
or 15 % when at most 1 % of the lines are longer than the width (a short article in a long
menu)."""
_WRAP_SLACK = 12


def wrapped_paragraphs(
    texts: list[str], blocks: Sequence[Block]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]] | None:
    """The paragraphs of a hard-wrapped page as runs of lines [start, end), or None when the
    page is not hard-wrapped.

    The page's width is the 98th percentile of its line lengths; a line is continued by the
    next one (no blank line between) when the next line's first word would not have fitted
    after it, as a wrapping program decides."""
    n = len(texts)
    if n < 3:
        return None
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    k = int(0.98 * (n - 1))
    width = int(np.partition(lengths, k)[k])
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    long = max(1, int(np.count_nonzero(lengths >= 30)))
    near = np.count_nonzero((lengths >= width - _WRAP_SLACK) & (lengths <= width))
    over = np.count_nonzero(lengths > width + 4)
    # many lines end near the width; or fewer, but then (almost) none passes it
    if near < WRAP_SHARE * long and (near < max(3, 0.15 * long) or over > 0.01 * n):
        return None
    gap = np.fromiter((b.gap_before for b in blocks), dtype=bool, count=n)
    # line i continues line i - 1 when i's first word would not have fitted after i - 1; only
    # lines that would not have fitted whole need their first word measured
    limit = width - _WRAP_SLACK // 4
    cand = np.flatnonzero(~gap[1:] & (lengths[:-1] + 1 + lengths[1:] > limit)) + 1
    first = np.fromiter(
        (len((texts[i].split(None, 1) or [""])[0]) for i in cand.tolist()),
        dtype=np.int64,
        count=len(cand),
    )
    joined = np.zeros(n, dtype=bool)
    joined[cand] = lengths[cand - 1] + 1 + first > limit
    if not joined.any():
        return None
    starts = np.flatnonzero(~joined)
    return starts, np.append(starts[1:], n)


_PARA_AT = BASE_NAMES.index(PARA_NAMES[0])
_I_LOG_WORDS = BASE_NAMES.index("log_words")
_I_LOG_STOPS = BASE_NAMES.index("log_stops")
_I_TERMINAL = BASE_NAMES.index("terminal")
_I_STOP_RATIO = BASE_NAMES.index("stop_ratio")


def _paragraph_columns(out: Array, blocks: Sequence[Block]) -> None:
    """Fill the ``PARA_NAMES`` columns of a text page's rows (the other columns filled)."""
    at = _PARA_AT
    out[:, at + 2] = out[:, _I_LOG_WORDS]
    out[:, at + 3] = out[:, _I_TERMINAL]
    out[:, at + 4] = out[:, _I_STOP_RATIO]
    runs = wrapped_paragraphs([b.text for b in blocks], blocks)
    if runs is None:
        return
    starts, ends = runs
    multi = (ends - starts) > 1
    starts, ends = starts[multi], ends[multi]
    if not len(starts):
        return
    sizes = ends - starts
    g = np.repeat(np.arange(len(starts)), sizes)
    lines = np.repeat(starts - np.cumsum(np.append(0, sizes[:-1])), sizes) + np.arange(len(g))
    words = np.expm1(out[lines, _I_LOG_WORDS])
    stops = np.expm1(out[lines, _I_LOG_STOPS])
    g_words = np.bincount(g, weights=words, minlength=len(starts))
    g_stops = np.bincount(g, weights=stops, minlength=len(starts))
    out[lines, at] = 1.0
    out[ends - 1, at + 1] = 1.0
    out[lines, at + 2] = np.log1p(g_words[g])
    out[lines, at + 3] = out[ends - 1, _I_TERMINAL][g]
    out[lines, at + 4] = (g_stops / np.maximum(g_words, 1.0))[g]


def base_features(blocks: Sequence[Block], *, html: bool) -> Array:
    """Stage-1 feature matrix (columns in ``BASE_NAMES`` order, one row per block); for text
    input only the first ``TEXT_FEATURES`` columns (the rest would be zeros)."""
    n = len(blocks)
    width = len(BASE_NAMES) if html else TEXT_FEATURES
    if n == 0:
        return np.zeros((0, width), dtype=np.float64)
    index: dict[str, int] = {}
    inv = np.fromiter(
        (index.setdefault(b.text, len(index)) for b in blocks), dtype=np.int64, count=n
    )
    counts = np.bincount(inv)
    own = _own_features(list(index))[inv]
    out = np.zeros((n, width), dtype=np.float64)
    out[:, :_POS_AT] = own[:, :_POS_AT]
    pos = np.arange(n, dtype=np.float64) / max(1, n - 1)
    out[:, _POS_AT] = pos
    out[:, _POS_AT + 1] = pos < 0.1
    out[:, _POS_AT + 2] = pos > 0.9
    out[:, _POS_AT + 3] = counts[inv] > 1
    out[:, _POS_AT + 4] = float(np.count_nonzero(counts > 1)) / len(counts)
    out[:, _CUE_AT : _CUE_AT + _N_PHRASES] = own[:, _POS_AT:]
    if not html:
        _paragraph_columns(out, blocks)
    if html:
        at = TEXT_FEATURES
        out[:, at] = 1.0
        link = np.fromiter((b.link_density for b in blocks), dtype=np.float64, count=n)
        out[:, at + 1] = link
        out[:, at + 2] = link > 0.9
        out[:, at + 3 : at + 6 + len(_TAGS)] = _rows(
            ((b.tag or "", b.heading) for b in blocks), n, lambda k: _tag_row(*k)
        )
        out[:, at + 6 + len(_TAGS) :] = _rows((b.hints for b in blocks), n, _hint_row)
    return out


def _rows(keys: Iterator[K], n: int, row: Callable[[K], tuple[float, ...]]) -> Array:
    """One row per key, the distinct keys' rows computed once."""
    index: dict[K, int] = {}
    inv = np.fromiter((index.setdefault(k, len(index)) for k in keys), dtype=np.int64, count=n)
    table = np.array([row(k) for k in index], dtype=np.float64)
    out: Array = table[inv]
    return out
