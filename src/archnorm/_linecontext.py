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
import numpy.typing as npt

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


class Layout:
    """What the context features need from a page that does not depend on the scores: block
    sizes, the element tree (``paths`` flattened) and the style groups.  Computed once a page
    and shared by stage 2 and stage 3."""

    __slots__ = (
        "count", "grand", "great", "group", "has", "html", "ids", "lens", "n", "nodes",
        "owner", "parent", "present", "sizes", "style_size", "tree_size", "windows",
    )  # fmt: skip

    def __init__(self, base: Array, paths: list[tuple[int, ...]] | None) -> None:
        n = self.n = base.shape[0]
        self.sizes = np.exp(base[:, _I_WORDS])  # words + 1
        self.html = base.shape[1] == len(BASE_NAMES)
        # the windows of 3, 7 and 15 blocks around each block, as prefix-sum bounds
        idx = np.arange(n)
        radii = np.array([[3], [7], [15]])
        lo = np.maximum(0, idx - radii)
        hi = np.minimum(n, idx + radii + 1)
        self.windows = (lo, hi, (hi - lo).astype(np.float64))
        self.ids: npt.NDArray[np.int64] | None = None
        if self.html and paths is not None and len(paths) == n and n:
            lens = np.fromiter(map(len, paths), dtype=np.int64, count=n)
            ids = np.fromiter(
                itertools.chain.from_iterable(paths), dtype=np.int64, count=lens.sum()
            )
            self.ids, self.lens = ids, lens
            self.owner = np.repeat(np.arange(n), lens)
            self.nodes = int(ids.max()) + 1 if len(ids) else 1
            self.present = np.bincount(ids, minlength=self.nodes) > 0
            self.tree_size = self.tree_sum(self.sizes)
            self.has = lens > 0
            ends = np.cumsum(lens)
            self.parent = ids[np.maximum(ends - 1, 0)]
            self.grand = np.where(lens > 1, ids[np.maximum(ends - 2, 0)], self.parent)
            self.great = np.where(lens > 2, ids[np.maximum(ends - 3, 0)], self.grand)
        if self.html and n:
            # the 0/1 style columns packed into bits, 64 to a key: ``unique`` compares integers
            bits = np.packbits(base[:, _I_STYLE:] > 0.5, axis=1)
            packed = np.zeros((n, -(-bits.shape[1] // 8) * 8), dtype=np.uint8)
            packed[:, : bits.shape[1]] = bits
            keys = packed.view(np.uint64)
            if keys.shape[1] == 1:
                group = np.unique(keys[:, 0], return_inverse=True)[1]
            else:
                group = np.unique(keys, axis=0, return_inverse=True)[1].ravel()
            self.group = group
            self.count = np.bincount(group)[group]
            self.style_size = np.bincount(group, weights=self.sizes)[group] - self.sizes

    def tree_sum(self, values: Array) -> Array:
        """Per element id: the sum of ``values`` over the blocks inside it."""
        assert self.ids is not None
        out: Array = np.bincount(self.ids, weights=values[self.owner], minlength=self.nodes).astype(
            np.float64, copy=False
        )
        return out

    def tree_rows(self, p: Array, goods: Array, gains: Array) -> tuple[Array, float] | None:
        """in_best_tree, parent_ratio, grandparent_ratio, sibling_ratio (the parent without
        the block itself), ancestor3_ratio and near_best_tree (the best subtree's parent holds
        the block) of each block, and the best subtree's share of the good words; None when
        the page has no tree."""
        if self.ids is None or not self.present.any():
            return None
        net = self.tree_sum(gains)
        best = int(np.argmax(np.where(self.present, net, -np.inf)))
        if not best:
            return None
        ids, owner, has, n = self.ids, self.owner, self.has, self.n
        good = self.tree_sum(goods)
        ratio = good / np.maximum(1e-9, self.tree_size)
        out = np.zeros((n, 6), dtype=np.float64)
        inside = np.zeros(n, dtype=bool)
        inside[owner[ids == best]] = True
        out[:, 0] = inside & has
        out[:, 1] = np.where(has, ratio[self.parent], 0.0)
        out[:, 2] = np.where(has, ratio[self.grand], 0.0)
        rest = self.tree_size[self.parent] - self.sizes
        sib = (good[self.parent] - goods) / np.maximum(1e-9, rest)
        out[:, 3] = np.where(has & (rest > 0.5), sib, out[:, 1])
        out[:, 4] = np.where(has, ratio[self.great], 0.0)
        at = np.flatnonzero(ids == best)
        first = int(at[0])
        if first > 0 and owner[first - 1] == owner[first]:
            near = np.zeros(n, dtype=bool)
            near[owner[ids == ids[first - 1]]] = True
            out[:, 5] = near
        else:
            out[:, 5] = inside
        return out, float(good[best] / max(1e-9, float(goods.sum())))

    def style_rows(self, p: Array, goods: Array) -> Array:
        """style_ratio: the article-likeness of the other blocks of the same style (the
        block's own score when it has none); style_count: log of how many blocks share it."""
        good = np.bincount(self.group, weights=goods)[self.group] - goods
        out = np.empty((self.n, 2), dtype=np.float64)
        size = self.style_size
        out[:, 0] = np.where(size > 0.5, good / np.maximum(size, 1e-9), p)
        out[:, 1] = np.log(self.count)
        return out


def _shift(a: Array, k: int) -> Array:
    """``a`` moved ``k`` places later (k > 0: the previous blocks' values), zero-filled."""
    out = np.zeros_like(a)
    if k > 0:
        out[k:] = a[:-k]
    else:
        out[:k] = a[-k:]
    return out


def context_features(
    base: Array,
    probs: Array,
    *,
    good: float = 0.6,
    paths: list[tuple[int, ...]] | None = None,
    layout: Layout | None = None,
) -> Array:
    """Stage-2 feature matrix (columns in ``CONTEXT_NAMES`` order) from stage-1 probabilities.

    ``paths`` (HTML only) gives each block's enclosing elements, so that the subtree with the most
    article-like words can be found.  ``layout``: ``Layout(base, paths)``, when the caller
    computes the features for several score vectors of one page.
    """
    n = len(probs)
    if n == 0:
        return np.zeros((0, len(CONTEXT_NAMES)), dtype=np.float64)
    if layout is None:
        layout = Layout(base, paths)
    p = np.asarray(probs, dtype=np.float64)
    sizes = layout.sizes
    gains = (p - 0.5) * sizes
    span_lo, span_hi = _best_span(gains)
    goods = p * sizes
    html = layout.html
    idx = np.arange(n)
    out = np.zeros((n, len(CONTEXT_NAMES)), dtype=np.float64)
    q = np.clip(p, 1e-6, 1 - 1e-6)
    out[:, 0] = np.log(q / (1 - q))
    out[:, 1] = _shift(p, 1)
    out[:, 2] = _shift(p, -1)
    out[:, 3] = _shift(p, 2)
    out[:, 4] = _shift(p, -2)
    prefix = np.concatenate(([0.0], np.cumsum(p)))
    lo, hi, width = layout.windows
    out[:, 5:8] = ((prefix[hi] - prefix[lo]) / width).T
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
    # the page-position columns scaled by how article-like the whole page reads: the last lines
    # of a raw page are its footer, of an already clean page (a body) its article
    out[:, 29:32] = base[:, _I_POS : _I_POS + 3] * out[:, 13:14]
    out[:, 32:34] = out[:, 8:10] * out[:, 13:14]
    if html:
        tree = layout.tree_rows(p, goods, gains)
        if tree is not None:
            rows, share = tree
            out[:, 20:23] = rows[:, :3]
            out[:, 23] = share
            out[:, 24:27] = rows[:, 3:]
        out[:, 27:29] = layout.style_rows(p, goods)
    return out


_I_WORDS = BASE_NAMES.index("log_words")
_I_POS = BASE_NAMES.index("pos")  # pos, pos_first, pos_last
_I_TERM = BASE_NAMES.index("terminal")
_I_STOP = BASE_NAMES.index("stop_ratio")
_I_LINK = BASE_NAMES.index("link_density")
_I_STYLE = BASE_NAMES.index("link_all")  # link-list flag, tag, heading, hints: its style
_I_H1, _I_H23, _I_H4 = (BASE_NAMES.index(x) for x in ("h1", "h23", "h4"))
