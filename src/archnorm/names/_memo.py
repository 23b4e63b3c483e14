"""Memos of the matcher's pure pair functions, keyed on the identity of their arguments.

The units of the names a graph compares are few and shared (a million mentions hold some
thirteen thousand distinct units, built once each by the cached ``keys._unit``), so the same
two units meet again and again in ``surname_similarity`` and ``unit_score``.  Hashing a unit
(a frozen dataclass of eleven fields) costs about as much as comparing two short ones, so these
memos key on ``id()`` instead, and keep the arguments in the entry: an id cannot be reused for
another object while its entry lives, so a hit is always the same objects, and the function
being pure, the same answer.  Equal units that are distinct objects only miss.  Each memo is
emptied when it reaches :data:`MAX_ENTRIES`, and by :func:`clear`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")
R = TypeVar("R")

MAX_ENTRIES = 250_000

_ALL: list[dict[Any, Any]] = []


def clear() -> None:
    """Empty every memo."""
    for cache in _ALL:
        cache.clear()


def pair(fn: Callable[[A, B], R]) -> Callable[[A, B], R]:
    """Memoise a pure function of two objects on their identities."""
    cache: dict[tuple[int, int], tuple[R, A, B]] = {}
    _ALL.append(cache)

    @functools.wraps(fn)
    def wrapper(a: A, b: B) -> R:
        key = (id(a), id(b))
        hit = cache.get(key)
        if hit is not None:
            return hit[0]
        out = fn(a, b)
        if len(cache) >= MAX_ENTRIES:
            cache.clear()
        cache[key] = (out, a, b)
        return out

    return wrapper


def pair_with(default: C) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Memoise a pure function ``fn(a, b, cfg=default, *, later=False)`` on the identities of
    ``a``, ``b`` and ``cfg`` and the value of ``later``."""

    def decorate(fn: Callable[..., R]) -> Callable[..., R]:
        cache: dict[tuple[int, int, int, bool], tuple[R, Any, Any, Any]] = {}
        _ALL.append(cache)

        @functools.wraps(fn)
        def wrapper(a: Any, b: Any, cfg: Any = default, *, later: bool = False) -> R:
            key = (id(a), id(b), id(cfg), later)
            hit = cache.get(key)
            if hit is not None:
                return hit[0]
            out = fn(a, b, cfg, later=later)
            if len(cache) >= MAX_ENTRIES:
                cache.clear()
            cache[key] = (out, a, b, cfg)
            return out

        return wrapper

    return decorate
