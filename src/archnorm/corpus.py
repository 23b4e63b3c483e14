"""``Corpus``: a two-pass corpus run on this machine, streaming, parallel and resumable.

::

    corpus = Corpus(["crawl/"], workers=2)
    stats = corpus.write("records.parquet")     # pass one (learn), pass two (write)
    for record in corpus.records(): ...         # or stream records back, in input order

Pass one runs the learners (``archnorm.partition``) over chunks of pages on a process pool and
merges their partial states; pass two runs ``process_partition`` over the same chunks with the
products.  ``write`` puts each chunk's records in a shard with a completion marker
(``archnorm.io.shards``): re-running the same command after an interruption (or a killed worker)
skips what was written and completes the output without duplicates.  A single-file output
(``records.jsonl``, ``records.parquet``) is staged as shards in ``records.jsonl.parts/`` and
merged when the run completes; an output folder keeps its shards.
"""

from __future__ import annotations

import dataclasses
import errno
import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archnorm._pool import ChunkRunner
from archnorm.errors import ConfigError
from archnorm.io.readers import ReadFormat, iter_pages
from archnorm.io.shards import (
    ShardResult,
    ShardState,
    adopt_output,
    merge_shards,
    read_marker,
    remove_folder,
    shard_name,
    write_shard,
)
from archnorm.io.warc import NonHtml
from archnorm.io.writers import OutputFormat, output_format
from archnorm.page import Page, PageFormat
from archnorm.partition import (
    Learner,
    NameIndexLearner,
    Options,
    SiteProfileLearner,
    dead_worker_records,
    default_learners,
    learn_partition,
    load_authority,
    page_id,
    process_partition,
)
from archnorm.pipeline import NormalizeConfig, as_page
from archnorm.record import Record

PageSource = (
    Sequence[str | os.PathLike[str]]
    | Sequence[Page | str | bytes]
    | Callable[[], Iterable[Page | str | bytes]]
)


@dataclass
class RunStats:
    """Counts of a corpus run, updated as it goes (``progress`` callbacks receive it)."""

    pages: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    shards: int = 0
    learned_pages: int = 0
    worker_deaths: int = 0
    phase: str = "learn"
    started: float = dataclasses.field(default_factory=time.perf_counter)
    phase_started: float = dataclasses.field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        """Pages per second in the current phase."""
        done = self.learned_pages if self.phase == "learn" else self.pages
        return done / max(time.perf_counter() - self.phase_started, 1e-9)

    def enter(self, phase: str) -> None:
        self.phase = phase
        self.phase_started = time.perf_counter()

    def summary(self) -> str:
        parts = [f"{self.pages} pages", f"{self.records} records", f"{self.errors} errors"]
        if self.skipped:
            parts.append(f"{self.skipped} already written")
        if self.worker_deaths:
            parts.append(f"{self.worker_deaths} worker restarts")
        return ", ".join(parts) + f", {self.seconds:.2f} s"


Progress = Callable[[RunStats], None]


# Worker entry points: module-level so that they pickle by reference.
def _learn_chunk(state: tuple[Sequence[Learner], Options], pages: list[Page]) -> list[Any]:
    learners, options = state
    return learn_partition(pages, learners, options)


def _records_chunk(
    state: tuple[Options, Sequence[tuple[Learner, Any]]], pages: list[Page]
) -> list[Record]:
    options, learned = state
    return list(process_partition(pages, options=options, learned=learned))


def _write_chunk(
    state: tuple[Options, Sequence[tuple[Learner, Any]], str, OutputFormat],
    job: tuple[str, list[Page]],
) -> ShardResult:
    options, learned, folder, fmt = state
    name, pages = job
    return write_shard(
        folder, name, fmt, process_partition(pages, options=options, learned=learned)
    )


def _split_pages(pages: list[Page]) -> list[list[Page]]:
    return [[p] for p in pages]


def _split_job(job: tuple[str, list[Page]]) -> list[tuple[str, list[Page]]]:
    # Pieces go to their own shard names, so each completes (and resumes) on its own.
    name, pages = job
    return [(f"{name}-{i:04d}", [p]) for i, p in enumerate(pages)]


class Corpus:
    """A corpus run over pages: paths (files, folders, JSONL, WARC; strings are paths), a list
    of ``Page`` objects or bytes, or a function returning a fresh iterable of pages (a two-pass
    run reads its input twice, so a one-shot iterator must come wrapped in a function and with
    ``learners=[]``).

    ``learners``: pass-one learners (default: site profiles and the name index, when this build
    has them); ``profiles`` / ``name_index``: products given instead of learned (e.g. loaded
    with ``--site-profiles load``); ``workers``: processes (1 runs in this process);
    ``chunk_size``: pages per chunk and per output shard; ``ordered``: ``records()`` in input
    order (else as chunks finish).
    """

    def __init__(
        self,
        source: PageSource,
        *,
        read_format: ReadFormat = "auto",
        non_html: NonHtml = "error",
        learners: Sequence[Learner] | None = None,
        profiles: Any = None,
        name_index: Any = None,
        config: NormalizeConfig | None = None,
        format: PageFormat = "auto",
        anchor: Any = None,
        authority: object | None = None,
        workers: int = 1,
        chunk_size: int = 200,
        ordered: bool = True,
        progress: Progress | None = None,
    ) -> None:
        if chunk_size < 1:
            raise ConfigError(f"chunk_size must be at least 1, got {chunk_size}")
        self.source = source
        self.read_format: ReadFormat = read_format
        self.non_html: NonHtml = non_html
        authority = load_authority(authority)
        if learners is None:
            learners = default_learners(
                site_profiles=profiles is None, names=name_index is None, authority=authority
            )
        self.learners = list(learners)
        self.given: list[tuple[Learner, Any]] = []
        if profiles is not None:
            self.given.append((SiteProfileLearner(), profiles))
        if name_index is not None:
            self.given.append((NameIndexLearner(authority), name_index))
        self.options = Options(config or NormalizeConfig(), format, anchor, authority)
        self.workers = max(1, workers)
        self.chunk_size = chunk_size
        self.ordered = ordered
        self.progress = progress
        self.stats = RunStats()
        self._learned: list[tuple[Learner, Any]] | None = None if self.learners else []

    # -- input ------------------------------------------------------------------------------
    def pages(self) -> Iterator[Page]:
        """A fresh pass over the input pages."""
        src = self.source
        if callable(src):
            yield from (as_page(p) for p in src())
        elif isinstance(src, (str, os.PathLike)):
            yield from iter_pages([src], self.read_format, non_html=self.non_html)
        elif all(isinstance(x, (str, os.PathLike)) for x in src):
            paths: list[str | os.PathLike[str]] = list(src)  # type: ignore[arg-type]
            yield from iter_pages(paths, self.read_format, non_html=self.non_html)
        else:
            yield from (as_page(p) for p in src)  # type: ignore[arg-type]

    def _chunks(self) -> Iterator[list[Page]]:
        it = self.pages()
        while chunk := list(itertools.islice(it, self.chunk_size)):
            yield chunk

    def _runner(
        self, fn: Callable[[Any, Any], Any], state: Any, **kw: Any
    ) -> ChunkRunner[Any, Any]:
        return ChunkRunner(fn, state, workers=self.workers, **kw)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.stats)

    # -- pass one ---------------------------------------------------------------------------
    def learn(self) -> dict[str, Any]:
        """Run pass one (once) and return the products by learner name."""
        if self._learned is None:
            self.stats.enter("learn")
            runner = self._runner(
                _learn_chunk,
                (self.learners, self.options),
                on_dead=lambda pages, msg: [lr.start() for lr in self.learners],
                split=_split_pages,
                combine=self._merge_many,
            )
            merged = [lr.start() for lr in self.learners]
            for pages, part in runner.run(self._chunks(), ordered=False):
                merged = self._merge(merged, part)
                self.stats.learned_pages += len(pages)
                self._tick()
            self.stats.worker_deaths += runner.worker_deaths
            products = [lr.finish(s) for lr, s in zip(self.learners, merged, strict=True)]
            self._learned = list(zip(self.learners, products, strict=True))
        return {lr.name: product for lr, product in [*self.given, *self._learned]}

    def _merge(self, a: list[Any], b: list[Any]) -> list[Any]:
        return [lr.merge(x, y) for lr, x, y in zip(self.learners, a, b, strict=True)]

    def _merge_many(self, parts: list[list[Any]]) -> list[Any]:
        merged = [lr.start() for lr in self.learners]
        for part in parts:
            merged = self._merge(merged, part)
        return merged

    def _pass_two_state(self) -> list[tuple[Learner, Any]]:
        self.learn()
        assert self._learned is not None
        return [*self.given, *self._learned]

    def _count(self, records: Iterable[Record]) -> None:
        for rec in records:
            self.stats.pages += 1
            if rec.error is None:
                self.stats.records += 1
            else:
                self.stats.errors += 1

    # -- pass two ---------------------------------------------------------------------------
    def records(self) -> Iterator[Record]:
        """Pass two, streamed back: one record per page (in input order when ``ordered``)."""
        learned = self._pass_two_state()
        self.stats.enter("write")
        runner = self._runner(
            _records_chunk,
            (self.options, learned),
            on_dead=dead_worker_records,
            split=_split_pages,
            combine=lambda parts: [r for part in parts for r in part],
        )
        for _, recs in runner.run(self._chunks(), ordered=self.ordered):
            self._count(recs)
            self._tick()
            yield from recs
        self.stats.worker_deaths += runner.worker_deaths

    def write(
        self,
        output: str | os.PathLike[str],
        *,
        format: OutputFormat | None = None,
        overwrite: bool = False,
    ) -> RunStats:
        """Write every page's record to ``output``: a ``.jsonl`` / ``.jsonl.gz`` / ``.parquet``
        file, or a folder of shards (an existing folder, or a name ending in ``/``).

        Resumes what an earlier run with the same output left (unless ``overwrite``).
        """
        out = Path(output)
        folder_mode = out.is_dir() or str(output).endswith(("/", os.sep))
        if folder_mode:
            fmt: OutputFormat = format or "jsonl"
            folder = out
        else:
            fmt = format or output_format(out)
            folder = out.with_name(out.name + ".parts")
            if not out.parent.is_dir():
                raise FileNotFoundError(errno.ENOENT, "no such folder", str(out.parent))
        if overwrite:
            remove_folder(folder) if not folder_mode else _clear_shards(folder)
            if not folder_mode:
                out.unlink(missing_ok=True)
        learned = self._pass_two_state()
        names = [lr.name for lr, _ in learned]
        options_hash = self.options.options_hash(names)
        adopt = not folder_mode and out.exists() and not folder.exists()
        state = ShardState.open(folder, fmt, options_hash)
        if adopt:
            adopt_output(out, folder, fmt)
            state = ShardState.open(folder, fmt, options_hash)
        self.stats.enter("write")
        runner = self._runner(
            _write_chunk,
            (self.options, learned, str(folder), fmt),
            on_dead=lambda job, msg: write_shard(
                folder, job[0], fmt, dead_worker_records(job[1], msg)
            ),
            split=_split_job,
            combine=_combine_shards,
            recover=lambda job: read_marker(folder, job[0], fmt),
        )
        for _, result in runner.run(self._jobs(state), ordered=False):
            self.stats.pages += result.pages
            self.stats.records += result.records
            self.stats.errors += result.errors
            self.stats.shards += 1
            self._tick()
        self.stats.worker_deaths += runner.worker_deaths
        if not folder_mode:
            final = ShardState.open(folder, fmt, options_hash)
            merge_shards(final.shards(), out, fmt)
            remove_folder(folder)
        return self.stats

    def _jobs(self, state: ShardState) -> Iterator[tuple[str, list[Page]]]:
        for index, chunk in enumerate(self._chunks()):
            ids = [page_id(p) for p in chunk]
            name = shard_name(index, ids)
            if name in state.done:
                self.stats.skipped += len(chunk)
                continue
            keep = [p for p, pid in zip(chunk, ids, strict=True) if pid not in state.ids]
            self.stats.skipped += len(chunk) - len(keep)
            if keep:
                yield name, keep


def _combine_shards(parts: list[ShardResult]) -> ShardResult:
    return ShardResult(
        name=parts[0].name if parts else "",
        pages=sum(p.pages for p in parts),
        records=sum(p.records for p in parts),
        errors=sum(p.errors for p in parts),
    )


def _clear_shards(folder: Path) -> None:
    for pattern in ("part-*", "run.json"):
        for path in folder.glob(pattern):
            path.unlink()
