"""Words of a page as 64-bit hashes, all at once (numpy), and lookups in hashed word tables.

A word's hash is the polynomial ``sum(c[k] * B**k) mod 2**64`` over its case-folded code points.
For a whole page it comes from one cumulative sum: with ``S[i] = sum(c[j] * B**j, j < i)`` the
word ``[s, e)`` hashes to ``(S[e] - S[s]) * B**-s`` (``B`` is odd, so it has an inverse modulo
``2**64``).  Unsigned numpy arithmetic wraps modulo ``2**64``, which is exactly what is wanted.
``hash_word`` computes the same value for one string in Python, to build the tables.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]

_MOD = 1 << 64
_B = 0x9E3779B97F4A7C15  # odd
_B_INV = pow(_B, -1, _MOD)
_PAIR_MIX = 0xC2B2AE3D27D4EB4F


class _Powers:
    """B**i and B**-i for i < n, grown by doubling as pages get longer."""

    def __init__(self) -> None:
        self.up: U64 = np.ones(1, dtype=np.uint64)
        self.down: U64 = np.ones(1, dtype=np.uint64)

    def get(self, n: int) -> tuple[U64, U64]:
        if len(self.up) < n:
            size = max(n, 2 * len(self.up), 4096)
            self.up = _powers(_B, size)
            self.down = _powers(_B_INV, size)
        return self.up, self.down


def _powers(base: int, n: int) -> U64:
    out = np.full(n, base, dtype=np.uint64)
    out[0] = 1
    return np.cumprod(out, dtype=np.uint64)


_POWERS = _Powers()


def hash_word(word: str) -> int:
    """The hash of one already case-folded word (as ``SpanHasher.spans`` computes it)."""
    h, p = 0, 1
    for ch in word:
        h = (h + ord(ch) * p) % _MOD
        p = (p * _B) % _MOD
    return h


def hash_pair(first: int, second: int) -> int:
    """The hash of two consecutive words from their hashes."""
    return (first * _PAIR_MIX + second) % _MOD


def hash_pairs(first: U64, second: U64) -> U64:
    out: U64 = first * np.uint64(_PAIR_MIX) + second
    return out


class SpanHasher:
    """Hashes of spans of one text's case-folded code points (one cumulative sum, then any
    number of spans at the cost of a gather)."""

    def __init__(self, folded: npt.NDArray[np.uint32]) -> None:
        up, self._down = _POWERS.get(len(folded) + 1)
        self._prefix: U64 = np.zeros(len(folded) + 1, dtype=np.uint64)
        np.cumsum(folded.astype(np.uint64) * up[: len(folded)], out=self._prefix[1:])

    def spans(self, starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]) -> U64:
        """The hash of every span ``[starts[k], ends[k])``."""
        out: U64 = (self._prefix[ends] - self._prefix[starts]) * self._down[starts]
        return out


class HashTable:
    """A fixed table from hashes to integer codes, looked up for whole arrays at once.

    Keys go into ``2**bits`` buckets of ``_WAYS`` entries by the top bits of their hash times an
    odd constant (which mixes the low bits of short words' hashes upwards); the
    table doubles until no bucket overflows.  A lookup gathers each hash's bucket and compares
    it with the hash: a few array operations, whatever the table's size.
    """

    def __init__(self, items: Iterable[tuple[int, int]]) -> None:
        merged: dict[int, int] = {}
        for h, code in items:
            merged[h] = merged.get(h, 0) | code
        merged.pop(0, None)  # 0 marks an empty entry (a word hashing to 0 is not worth a slot)
        bits = max(2, len(merged).bit_length())
        while True:
            buckets: dict[int, list[int]] = {}
            for h in merged:
                buckets.setdefault(((h * _PAIR_MIX) % _MOD) >> (64 - bits), []).append(h)
            if all(len(b) <= _WAYS for b in buckets.values()):
                break
            bits += 1
        self._shift = np.uint64(64 - bits)
        self._keys: U64 = np.zeros((_WAYS, 1 << bits), dtype=np.uint64)
        self._codes = np.zeros((_WAYS, 1 << bits), dtype=np.int64)
        for slot, keys in buckets.items():
            for j, h in enumerate(keys):
                self._keys[j, slot] = h
                self._codes[j, slot] = merged[h]

    def lookup(self, hashes: U64) -> npt.NDArray[np.int64]:
        """The code of each hash (0 when absent)."""
        slot = (hashes * np.uint64(_PAIR_MIX)) >> self._shift
        out = np.zeros(len(hashes), dtype=np.int64)
        for keys, codes in zip(self._keys, self._codes, strict=True):
            hit = keys[slot] == hashes
            out[hit] = codes[slot[hit]]
        return out


_WAYS = 2
