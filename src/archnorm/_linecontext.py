"""Stage-2 (context) features of the line classifier: each block's neighbourhood, from the
stage-1 probabilities of the blocks around it (context smoothing).

Neighbour scores (±1, ±2, windows of 3, 7, 15), the share of article-like words before and after,
the distance to the nearest confident block on each side, the best-scoring contiguous run of
blocks, and for HTML the best-scoring subtree, the article-likeness of each block's parent (with
and without the block), grandparent and great-grandparent, whether the best subtree's parent holds
it, and the article-likeness of the other blocks of the same style (tag, heading, link-list flag
and class/id hints: the paragraphs of one article share theirs, as the items of a teaser list do).
All array operations over the page (cumulative sums, ``bincount`` over the
flattened element paths); the columns are ``_linefeatures.CONTEXT_NAMES``.
"""

from __future__ import annotations

import itertools

import numpy as np

from archnorm._linefeatures import BASE_NAMES, CONTEXT_NAMES, Array


def _best_span(gains: Array) -> tuple[int, int]:
    """The contiguous run of blocks with the largest positive total gain, as [lo, hi)."""
    prefix = np.concatenate(([0.0], np.cumsum(gains)))
    low_so_far = np.minimum.accumulate(prefix[:-1])
    value = prefix[1:] - low_so_far
    hi = int(np.argmax(value))
    if value[hi] <= 0.0:
        return 0, 0
    lo = int(np.argmax(prefix[: hi + 1] == low_so_far[hi]))
    return lo, hi + 1


class _Tree:
    """Per-element sums over the blocks inside each element (``paths`` lists each block's
    enclosing element ids), as arrays indexed by element id."""

    def __init__(self, paths: list[tuple[int, ...]], gains: Array, goods: Array, sizes: Array):
        lens = np.fromiter(map(len, paths), dtype=np.int64, count=len(paths))
        ids = np.fromiter(itertools.chain.from_iterable(paths), dtype=np.int64, count=lens.sum())
        owner = np.repeat(np.arange(len(paths)), lens)
        size = int(ids.max()) + 1 if len(ids) else 1
        self.present = np.bincount(ids, minlength=size) > 0
        self.net = np.bincount(ids, weights=gains[owner], minlength=size)
        self.good = np.bincount(ids, weights=goods[owner], minlength=size)
        self.size = np.bincount(ids, weights=sizes[owner], minlength=size)
        self.ids, self.owner, self.lens = ids, owner, lens

    def best(self) -> int:
        """The element with the largest net gain (the first on ties); 0 when there is none."""
        if not self.present.any():
            return 0
        return int(np.argmax(np.where(self.present, self.net, -np.inf)))

    def rows(self, best: int, n: int, goods: Array, sizes: Array) -> Array:
        """in_best_tree, parent_ratio, grandparent_ratio, sibling_ratio (the parent without
        the block itself), ancestor3_ratio and near_best_tree (the best tree's parent holds
        the block) of each block."""
        out = np.zeros((n, 6), dtype=np.float64)
        has = self.lens > 0
        ends = np.cumsum(self.lens)
        parent = self.ids[np.maximum(ends - 1, 0)]
        grand = np.where(self.lens > 1, self.ids[np.maximum(ends - 2, 0)], parent)
        ratio = self.good / np.maximum(1e-9, self.size)
        inside = np.zeros(n, dtype=bool)
        inside[self.owner[self.ids == best]] = True
        out[:, 0] = inside & has
        out[:, 1] = np.where(has, ratio[parent], 0.0)
        out[:, 2] = np.where(has, ratio[grand], 0.0)
        great = np.where(self.lens > 2, self.ids[np.maximum(ends - 3, 0)], grand)
        out[:, 4] = np.where(has, ratio[great], 0.0)
        rest = self.size[parent] - sizes
        sib = (self.good[parent] - goods) / np.maximum(1e-9, rest)
        out[:, 3] = np.where(has & (rest > 0.5), sib, out[:, 1])
        at = np.flatnonzero(self.ids == best)
        first = int(at[0]) if len(at) else 0
        if len(at) and first > 0 and self.owner[first - 1] == self.owner[first]:
            near = np.zeros(n, dtype=bool)
            near[self.owner[self.ids == self.ids[first - 1]]] = True
            out[:, 5] = near
        else:
            out[:, 5] = inside
        return out


def _style_rows(base: Array, goods: Array, sizes: Array, p: Array) -> Array:
    """style_ratio: the article-likeness of the other blocks with the same tag and hints (the
    block's own score when it has none); style_count: log of how many blocks share them."""
    # the 0/1 style columns packed into bits, 64 to a key, so that ``unique`` compares integers
    bits = np.packbits(base[:, _I_STYLE:] > 0.5, axis=1)
    width = -(-bits.shape[1] // 8) * 8
    packed = np.zeros((len(p), width), dtype=np.uint8)
    packed[:, : bits.shape[1]] = bits
    keys = packed.view(np.uint64)
    if keys.shape[1] == 1:
        _, group = np.unique(keys[:, 0], return_inverse=True)
    else:
        _, group = np.unique(keys, axis=0, return_inverse=True)
        group = group.ravel()
    good = np.bincount(group, weights=goods)[group] - goods
    size = np.bincount(group, weights=sizes)[group] - sizes
    count = np.bincount(group)[group]
    out = np.empty((len(p), 2), dtype=np.float64)
    out[:, 0] = np.where(size > 0.5, good / np.maximum(size, 1e-9), p)
    out[:, 1] = np.log(count)
    return out


def _shift(a: Array, k: int) -> Array:
    """``a`` moved ``k`` places later (k > 0: the previous blocks' values), zero-filled."""
    out = np.zeros_like(a)
    if k > 0:
        out[k:] = a[:-k]
    else:
        out[:k] = a[-k:]
    return out


def _window_mean(prefix: Array, radius: int, n: int) -> Array:
    idx = np.arange(n)
    lo = np.maximum(0, idx - radius)
    hi = np.minimum(n, idx + radius + 1)
    out: Array = (prefix[hi] - prefix[lo]) / (hi - lo)
    return out


def context_features(
    base: Array,
    probs: Array,
    *,
    good: float = 0.6,
    paths: list[tuple[int, ...]] | None = None,
) -> Array:
    """Stage-2 feature matrix (columns in ``CONTEXT_NAMES`` order) from stage-1 probabilities.

    ``paths`` (HTML only) gives each block's enclosing elements, so that the subtree with the most
    article-like words can be found.
    """
    n = len(probs)
    if n == 0:
        return np.zeros((0, len(CONTEXT_NAMES)), dtype=np.float64)
    p = np.asarray(probs, dtype=np.float64)
    sizes = np.exp(base[:, _I_WORDS])  # words + 1
    gains = (p - 0.5) * sizes
    span_lo, span_hi = _best_span(gains)
    goods = p * sizes
    total_good = float(goods.sum())
    html = base.shape[1] == len(BASE_NAMES)
    idx = np.arange(n)
    out = np.zeros((n, len(CONTEXT_NAMES)), dtype=np.float64)
    q = np.clip(p, 1e-6, 1 - 1e-6)
    out[:, 0] = np.log(q / (1 - q))
    out[:, 1] = _shift(p, 1)
    out[:, 2] = _shift(p, -1)
    out[:, 3] = _shift(p, 2)
    out[:, 4] = _shift(p, -2)
    prefix = np.concatenate(([0.0], np.cumsum(p)))
    out[:, 5] = _window_mean(prefix, 3, n)
    out[:, 6] = _window_mean(prefix, 7, n)
    out[:, 7] = _window_mean(prefix, 15, n)
    total = prefix[-1]
    out[:, 8] = prefix[:-1] / max(1.0, total)
    out[:, 9] = (total - prefix[1:]) / max(1.0, total)
    # distance (in blocks) to the nearest confidently good block on each side
    is_good = p >= good
    last_good = np.maximum.accumulate(np.where(is_good, idx, -(10**9)))
    before = idx - np.concatenate(([-(10**9)], last_good[:-1]))
    next_good = np.minimum.accumulate(np.where(is_good, idx, 10**9)[::-1])[::-1]
    after = np.concatenate((next_good[1:], [10**9])) - idx
    out[:, 10] = np.log1p(np.minimum(before, 1000.0))
    out[:, 11] = np.log1p(np.minimum(after, 1000.0))
    out[:, 12] = p.max()
    out[:, 13] = total / n
    out[:, 14] = base[:, _I_WORDS]
    out[:, 15] = base[:, _I_TERM]
    out[:, 16] = base[:, _I_STOP]
    if html:
        out[:, 17] = base[:, _I_LINK]
        out[:, 18] = base[:, _I_H1] + base[:, _I_H23] + base[:, _I_H4]
    out[span_lo:span_hi, 19] = 1.0
    if html and paths is not None and len(paths) == n:
        tree = _Tree(paths, gains, goods, sizes)
        best = tree.best()
        if best:
            rows = tree.rows(best, n, goods, sizes)
            out[:, 20:23] = rows[:, :3]
            out[:, 23] = tree.good[best] / max(1e-9, total_good)
            out[:, 24:27] = rows[:, 3:]
    if html:
        out[:, 27:29] = _style_rows(base, goods, sizes, p)
    return out


_I_WORDS = BASE_NAMES.index("log_words")
_I_TERM = BASE_NAMES.index("terminal")
_I_STOP = BASE_NAMES.index("stop_ratio")
_I_LINK = BASE_NAMES.index("link_density")
_I_STYLE = BASE_NAMES.index("link_all")  # link-list flag, tag, heading, hints: its style
_I_H1, _I_H23, _I_H4 = (BASE_NAMES.index(x) for x in ("h1", "h23", "h4"))
