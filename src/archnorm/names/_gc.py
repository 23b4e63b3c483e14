"""Cyclic garbage collection paused during the name graph's bulk work.

Building a graph allocates millions of small container objects that live as long as the graph
(parsed names, units, edges, block lists); the collector's generational passes walk them again
and again as the heap grows (at a million mentions, a fifth of the CPU time) and find nothing:
the graph makes no reference cycles.  :func:`paused` turns the collector off for the duration
of a call and back on after it, if it was on; reference counting frees memory as usual
meanwhile.  In a program that runs other threads, those run without the cyclic collector while
the call lasts.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def paused(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with the cyclic garbage collector off (left as found afterwards)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return wrapper
