"""Cheap per-block features for the line classifier (``linemodel.py``), text and HTML alike.

Stage 1 describes one block by itself (length, words, function-word share, terminal punctuation,
capitalised share, digits, separators, glued menus, boilerplate phrases, position, duplicates,
and for HTML the tag, heading level, link density and class/id hints).  Stage 2 describes its
neighbourhood through the stage-1 probabilities of the blocks around it (context smoothing).
Phrase patterns run once over the whole page text and are mapped to blocks by offset.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex

from archnorm._feature_phrases import ANYWHERE, OPENERS, PAIRS, PHRASE_NAMES
from archnorm._stoplists import STOPWORDS
from archnorm.segment import Block

_WORD_RE = regex.compile(r"\w+")
_IS_STOP = STOPWORDS.__contains__
_DIGIT_RE = regex.compile(r"\d")
_PUNCT_RE = regex.compile(r"[^\w\s]")
_CAP_WORD_RE = regex.compile(r"(?<!\w)\p{Lu}")
_GLUED_RE = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}")
_SEP_RE = regex.compile(r"[|»›•·>/]|\s[-–—]\s")
_URL_RE = regex.compile(r"\.(?:com|org|net)\b")
_SENT_END_RE = regex.compile(r"[.!?。！？](?:[\"'”’)\]]*)(?:\s|$)")
_TERMINAL_RE = regex.compile(r"[.!?。！？…:;\"'”’»)\]]$")
_COMMA_RE = regex.compile(r"[,，、;]")
_MONTH_DATE_RE = regex.compile(
    r"\b(?:\d{1,2}\.?\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|"
    r"märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre)\w*\.?\s+\d{1,4}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b\d{1,2}:\d{2}\b",
    regex.IGNORECASE,
)
_TAGS = ("p", "li", "td", "th", "blockquote", "pre", "div", "h")
HINTS: tuple[str, ...] = (
    "comments", "share", "related", "sidebar", "advert", "navigation", "footer", "newsletter",
    "cookie", "content", "article", "main", "header", "form", "list", "table", "quote", "caption",
    "byline", "date", "tags", "title", "hidden", "link",
)  # fmt: skip

BASE_NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "words_le3", "words_le8", "avg_word_len", "terminal", "colon_end",
    "stop_ratio", "log_stops", "cap_ratio", "digit_ratio", "punct_ratio", "separators",
    "glued", "url", "sentences", "comma_ratio", "starts_lower", "quote_start", "date_like",
    "pos", "pos_first", "pos_last", "dup", "in_page_repeat_share",
    *(f"cue_{n}" for n in PHRASE_NAMES),
    "html", "link_density", "link_all", "h1", "h23", "h4", *(f"tag_{t}" for t in _TAGS),
    *(f"hint_{h}" for h in HINTS), *(f"near_{h}" for h in HINTS),
)  # fmt: skip

CONTEXT_NAMES: tuple[str, ...] = (
    "logit", "p_prev", "p_next", "p_prev2", "p_next2", "p_win3", "p_win7", "p_win15",
    "p_before", "p_after", "dist_good_before", "dist_good_after", "p_max_page", "p_mean_page",
    "own_log_words", "own_terminal", "own_stop_ratio", "own_link_density", "own_heading",
    "in_best_span", "in_best_tree", "parent_ratio", "grandparent_ratio", "best_tree_share",
)  # fmt: skip

_NEAR = tuple("near:" + h for h in HINTS)
TEXT_FEATURES = len(BASE_NAMES) - (6 + len(_TAGS) + 2 * len(HINTS))
"""Text rows stop before the HTML-only features (their weights would multiply zeros)."""


def _cue_table(table: dict[str, str], sep: str | None) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for cat, cues in table.items():
        k = PHRASE_NAMES.index(cat)
        for raw in cues.split(sep):
            cue = raw.strip()
            if cue:
                out.setdefault(cue, []).append(k)
    return {cue: tuple(ks) for cue, ks in out.items()}


_ANY_CUES = _cue_table(ANYWHERE, None)
_PAIR_CUES = _cue_table(PAIRS, "|")
_OPEN_CUES = _cue_table(OPENERS, None)
_N_PHRASES = len(PHRASE_NAMES)
_PUNCT_CUES = {"©": PHRASE_NAMES.index("copyright")}


def _phrase_row(words: list[str], low: str) -> list[float]:
    """1.0 per cue category present in a line, from its lower-cased words (set lookups)."""
    row = [0.0] * _N_PHRASES
    if not words:
        return row
    get_any = _ANY_CUES.get
    for w in words:
        ks = get_any(w)
        if ks:
            for k in ks:
                row[k] = 1.0
    get_pair = _PAIR_CUES.get
    for a, b in itertools.pairwise(words):
        ks = get_pair(a + " " + b)
        if ks:
            for k in ks:
                row[k] = 1.0
    ks = _OPEN_CUES.get(words[0])
    if ks:
        for k in ks:
            row[k] = 1.0
    if "©" in low:
        row[_PUNCT_CUES["©"]] = 1.0
    if ":" in low:
        # "photo:", "image:" and friends are written with the colon
        for cue in _COLON_CUES:
            if cue in low:
                row[_CREDIT] = 1.0
                break
    return row


_COLON_CUES = tuple(c for c in ANYWHERE["credit"].split() if c.endswith(":"))
_CREDIT = PHRASE_NAMES.index("credit")


@lru_cache(maxsize=4096)
def _hint_row(hints: frozenset[str]) -> tuple[float, ...]:
    return tuple(1.0 if h in hints else 0.0 for h in (*HINTS, *_NEAR))


@lru_cache(maxsize=256)
def _tag_row(tag: str, is_heading: bool) -> tuple[float, ...]:
    return tuple(1.0 if tag == t or (t == "h" and is_heading) else 0.0 for t in _TAGS)


def _text_parts(t: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The features of a line's text alone (before and after the position features)."""
    chars = len(t)
    low = t.lower()
    words = _WORD_RE.findall(low)
    nw = len(words)
    stops = sum(map(_IS_STOP, words))
    caps = len(_CAP_WORD_RE.findall(t))
    digits = len(_DIGIT_RE.findall(t))
    first = t[:1]
    head = (
        math.log1p(chars),
        math.log1p(nw),
        1.0 if nw <= 3 else 0.0,
        1.0 if nw <= 8 else 0.0,
        min(15.0, (chars - t.count(" ")) / max(1, nw)),
        1.0 if _TERMINAL_RE.search(t) else 0.0,
        1.0 if t.endswith(":") else 0.0,
        stops / max(1, nw),
        math.log1p(stops),
        min(1.0, caps / max(1, nw)),
        digits / max(1, chars),
        len(_PUNCT_RE.findall(t)) / max(1, chars),
        min(3.0, float(len(_SEP_RE.findall(t)))),
        min(3.0, float(len(_GLUED_RE.findall(t)))),
        1.0 if ("@" in t or "www." in low or "http" in low or _URL_RE.search(low)) else 0.0,
        math.log1p(len(_SENT_END_RE.findall(t))),
        len(_COMMA_RE.findall(t)) / max(1, nw),
        1.0 if first.islower() else 0.0,
        1.0 if first in "\"'“‘«„" else 0.0,
        1.0 if digits and _MONTH_DATE_RE.search(t) else 0.0,
    )
    return head, tuple(_phrase_row(words, low))


def base_features(blocks: Sequence[Block], *, html: bool) -> list[list[float]]:
    """Stage-1 feature vectors (order of ``BASE_NAMES``) for the blocks of one page; for text
    input only the first ``TEXT_FEATURES`` (the rest would be zeros)."""
    n = len(blocks)
    if n == 0:
        return []
    counts = Counter(b.text for b in blocks)
    cache: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {}
    rows: list[list[float]] = []
    for i, b in enumerate(blocks):
        t = b.text
        parts = cache.get(t)
        if parts is None:
            parts = cache[t] = _text_parts(t)
        pos = i / max(1, n - 1)
        row = [
            *parts[0],
            pos,
            1.0 if pos < 0.1 else 0.0,
            1.0 if pos > 0.9 else 0.0,
            1.0 if counts[t] > 1 else 0.0,
            0.0,
            *parts[1],
        ]
        if html:
            tag = b.tag or ""
            heading = b.heading
            row.extend(
                (
                    1.0,
                    b.link_density,
                    1.0 if b.link_density > 0.9 else 0.0,
                    1.0 if heading == 1 else 0.0,
                    1.0 if heading in (2, 3) else 0.0,
                    1.0 if heading >= 4 else 0.0,
                )
            )
            row.extend(_tag_row(tag, heading > 0))
            row.extend(_hint_row(b.hints))
        rows.append(row)
    repeated = sum(1 for c in counts.values() if c > 1) / max(1, len(counts))
    rep_index = BASE_NAMES.index("in_page_repeat_share")
    for row in rows:
        row[rep_index] = repeated
    return rows


def _window_mean(prefix: list[float], i: int, radius: int, n: int) -> float:
    lo, hi = max(0, i - radius), min(n, i + radius + 1)
    return (prefix[hi] - prefix[lo]) / (hi - lo)


def _best_span(gains: list[float]) -> tuple[int, int]:
    """The contiguous run of blocks with the largest total gain (Kadane), as [lo, hi)."""
    best, best_lo, best_hi = 0.0, 0, 0
    cur, lo = 0.0, 0
    for i, g in enumerate(gains):
        if cur <= 0.0:
            cur, lo = g, i
        else:
            cur += g
        if cur > best:
            best, best_lo, best_hi = cur, lo, i + 1
    return best_lo, best_hi


def _tree_scores(
    paths: list[tuple[int, ...]], gains: list[float], goods: list[float], sizes: list[float]
) -> tuple[dict[int, float], dict[int, float], dict[int, float]]:
    net: dict[int, float] = {}
    good: dict[int, float] = {}
    size: dict[int, float] = {}
    for path, g, gw, sz in zip(paths, gains, goods, sizes, strict=True):
        for c in path:
            net[c] = net.get(c, 0.0) + g
            good[c] = good.get(c, 0.0) + gw
            size[c] = size.get(c, 0.0) + sz
    return net, good, size


def context_features(
    base: list[list[float]],
    probs: list[float],
    *,
    good: float = 0.6,
    paths: list[tuple[int, ...]] | None = None,
) -> list[list[float]]:
    """Stage-2 feature vectors (order of ``CONTEXT_NAMES``) from stage-1 probabilities.

    ``paths`` (HTML only) gives each block's enclosing elements, so that the subtree with the most
    article-like words can be found.
    """
    n = len(probs)
    if n == 0:
        return []
    i_words0 = BASE_NAMES.index("log_words")
    sizes = [math.exp(b[i_words0]) for b in base]  # words + 1
    gains = [(p - 0.5) * sz for p, sz in zip(probs, sizes, strict=True)]
    span_lo, span_hi = _best_span(gains)
    goods = [p * sz for p, sz in zip(probs, sizes, strict=True)]
    total_good = sum(goods)
    best_tree: int | None = None
    net: dict[int, float] = {}
    good_w: dict[int, float] = {}
    size_w: dict[int, float] = {}
    if paths is not None and len(paths) == n:
        net, good_w, size_w = _tree_scores(paths, gains, goods, sizes)
        if net:
            best_tree = max(net, key=lambda c: (net[c], -c))
    best_share = good_w.get(best_tree, 0.0) / max(1e-9, total_good) if best_tree else 0.0
    prefix = [0.0]
    for p in probs:
        prefix.append(prefix[-1] + p)
    total = prefix[-1]
    p_max = max(probs)
    # distance (in blocks) to the nearest confidently good block on each side
    last_good = -(10**9)
    dist_before = [0.0] * n
    for i, p in enumerate(probs):
        dist_before[i] = float(i - last_good)
        if p >= good:
            last_good = i
    next_good = 10**9
    dist_after = [0.0] * n
    for i in range(n - 1, -1, -1):
        dist_after[i] = float(next_good - i)
        if probs[i] >= good:
            next_good = i
    i_words = BASE_NAMES.index("log_words")
    i_term = BASE_NAMES.index("terminal")
    i_stop = BASE_NAMES.index("stop_ratio")
    i_link = BASE_NAMES.index("link_density")
    i_h1, i_h23, i_h4 = (BASE_NAMES.index(x) for x in ("h1", "h23", "h4"))
    html = bool(base) and len(base[0]) == len(BASE_NAMES)
    rows: list[list[float]] = []
    for i, p in enumerate(probs):
        q = min(max(p, 1e-6), 1 - 1e-6)
        b = base[i]
        rows.append(
            [
                math.log(q / (1 - q)),
                probs[i - 1] if i > 0 else 0.0,
                probs[i + 1] if i + 1 < n else 0.0,
                probs[i - 2] if i > 1 else 0.0,
                probs[i + 2] if i + 2 < n else 0.0,
                _window_mean(prefix, i, 3, n),
                _window_mean(prefix, i, 7, n),
                _window_mean(prefix, i, 15, n),
                prefix[i] / max(1.0, total),
                (total - prefix[i + 1]) / max(1.0, total),
                math.log1p(min(dist_before[i], 1000.0)),
                math.log1p(min(dist_after[i], 1000.0)),
                p_max,
                total / n,
                b[i_words],
                b[i_term],
                b[i_stop],
                b[i_link] if html else 0.0,
                b[i_h1] + b[i_h23] + b[i_h4] if html else 0.0,
                1.0 if span_lo <= i < span_hi else 0.0,
                *_tree_row(
                    paths[i] if paths is not None and best_tree else (), best_tree, good_w, size_w
                ),
                best_share,
            ]
        )
    return rows


def _tree_row(
    path: tuple[int, ...], best: int | None, good_w: dict[int, float], size_w: dict[int, float]
) -> tuple[float, float, float]:
    if not path:
        return 0.0, 0.0, 0.0
    parent = path[-1]
    grand = path[-2] if len(path) > 1 else parent
    return (
        1.0 if best in path else 0.0,
        good_w[parent] / max(1e-9, size_w[parent]),
        good_w[grand] / max(1e-9, size_w[grand]),
    )
