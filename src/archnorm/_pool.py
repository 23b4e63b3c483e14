"""Run one function over a stream of chunks on a process pool, safely.

* **Bounded**: at most ``max_inflight`` chunks are submitted or waiting to be emitted, so memory
  stays flat however long the stream is.
* **Ordered or not**: results come back in input order (``ordered=True``) or as they finish.
* **A dead worker costs a retry, never data**: when a worker process dies (killed, out of memory,
  a crash in a C extension) the pool breaks; the chunks it was running are retried on a fresh
  pool, and a chunk that breaks a pool twice is run alone, piece by piece, so that only the piece
  that kills its worker is given up (``on_dead`` turns it into a result, e.g. error records).

The function and its per-run ``state`` (learned site profiles, name index, options) are sent to
each worker once, by the pool initializer; chunks carry only their pages.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

P = TypeVar("P")
R = TypeVar("R")

Work = Callable[[Any, P], R]

_WORKER_STATE: list[Any] = []  # one slot, set once per worker process by the initializer


def _init_worker(state: Any) -> None:
    _WORKER_STATE[:] = [state]


def _call(fn: Callable[[Any, Any], Any], payload: Any) -> Any:
    return fn(_WORKER_STATE[0], payload)


def default_context() -> multiprocessing.context.BaseContext:
    """fork while the parent has a single thread (fast, and scripts need no ``__main__``
    guard); forkserver when threads run (forking them is unsafe); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


@dataclass
class _Task(Generic[P]):
    index: int
    payload: P
    attempts: int = 0


class ChunkRunner(Generic[P, R]):
    """``fn(state, payload) -> result`` over payloads, in worker processes (or inline for 1).

    ``split`` cuts a payload into smaller ones and ``combine`` joins their results; they are used
    only to isolate the piece that kills workers.  ``on_dead(payload, message)`` gives the result
    that stands in for a piece whose worker died every time.  ``recover(payload)`` returns the
    result of a payload whose work finished although its answer was lost with the pool (e.g. a
    shard written with its marker), or None to run it again.
    """

    def __init__(
        self,
        fn: Callable[[Any, P], R],
        state: Any,
        *,
        workers: int,
        on_dead: Callable[[P, str], R],
        split: Callable[[P], list[P]] | None = None,
        combine: Callable[[list[R]], R] | None = None,
        max_inflight: int | None = None,
        context: multiprocessing.context.BaseContext | None = None,
        recover: Callable[[P], R | None] | None = None,
    ) -> None:
        self.fn, self.state, self.workers = fn, state, max(1, workers)
        self.recover = recover
        self.on_dead, self.split, self.combine = on_dead, split, combine
        self.max_inflight = max_inflight or 2 * self.workers
        self.context = context or default_context()
        self.worker_deaths = 0

    def run(self, payloads: Iterable[P], *, ordered: bool = True) -> Iterator[tuple[P, R]]:
        """(payload, result) pairs, in input order when ``ordered``."""
        if self.workers == 1:
            for payload in payloads:
                yield payload, self.fn(self.state, payload)
            return
        yield from self._run_pool(iter(payloads), ordered)

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=self.context,
            initializer=_init_worker,
            initargs=(self.state,),
        )

    def _run_pool(self, source: Iterator[P], ordered: bool) -> Iterator[tuple[P, R]]:
        pool = self._new_pool(self.workers)
        inflight: dict[Future[R], _Task[P]] = {}
        buffer: dict[int, tuple[P, R]] = {}
        retry: deque[_Task[P]] = deque()
        next_out = 0
        count = 0
        exhausted = False
        try:
            while True:
                while len(inflight) + len(buffer) < self.max_inflight:
                    if retry:
                        task = retry.popleft()
                    elif not exhausted:
                        try:
                            task = _Task(count, next(source))
                        except StopIteration:
                            exhausted = True
                            continue
                        count += 1
                    else:
                        break
                    inflight[pool.submit(_call, self.fn, task.payload)] = task
                if not inflight:
                    break
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                finished: list[tuple[_Task[P], R]] = []
                broken = False
                for fut in done:
                    task = inflight.pop(fut)
                    try:
                        finished.append((task, fut.result()))
                    except BrokenProcessPool:
                        broken = True
                        inflight[fut] = task  # handled with the others below
                if broken:
                    self.worker_deaths += 1
                    pool.shutdown(wait=True, cancel_futures=True)
                    for fut, task in inflight.items():
                        if fut.done() and not fut.cancelled() and fut.exception() is None:
                            finished.append((task, fut.result()))
                            continue
                        recovered = self.recover(task.payload) if self.recover else None
                        if recovered is not None:
                            finished.append((task, recovered))
                            continue
                        task.attempts += 1
                        if task.attempts >= 2:
                            finished.append((task, self._isolated(task.payload)))
                        else:
                            retry.append(task)
                    inflight.clear()
                    pool = self._new_pool(self.workers)
                for task, result in finished:
                    if not ordered:
                        yield task.payload, result
                        continue
                    buffer[task.index] = (task.payload, result)
                while next_out in buffer:
                    yield buffer.pop(next_out)
                    next_out += 1
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        # Wait for the pool's threads to end, so that the next pool may fork again.
        pool.shutdown(wait=True)

    def _isolated(self, payload: P) -> R:
        """Run a payload that broke pools twice alone, piece by piece, in a one-worker pool."""
        pieces = self.split(payload) if self.split is not None else [payload]
        results: list[R] = []
        pool = self._new_pool(1)
        try:
            for piece in pieces:
                try:
                    results.append(pool.submit(_call, self.fn, piece).result())
                except BrokenProcessPool:
                    self.worker_deaths += 1
                    results.append(
                        self.on_dead(
                            piece,
                            "the worker process died while processing this page"
                            " (killed, out of memory or crashed); it was tried 3 times",
                        )
                    )
                    pool.shutdown(wait=True)
                    pool = self._new_pool(1)
        finally:
            pool.shutdown(wait=True)
        if self.combine is not None:
            return self.combine(results)
        return results[0]
