"""The corpus run on a Dask cluster (optional extra: ``pip install 'archnorm[dask]'``).

The same job as ``archnorm.Corpus.write``, with the same partition functions:

1. the input files are split into groups, one ``dask.bag`` partition each;
2. pass one is a bag *reduction*: each partition runs ``learn_partition`` over its pages, and the
   partial states are merged (``Learner.merge`` is associative) and finished into the products
   (site profiles, name index);
3. the products go into the graph once (one key, fetched once per worker: a broadcast) and pass
   two maps ``process_partition`` over every partition, writing shards with completion markers
   into the output folder (``archnorm.io.shards``), so a failed or interrupted job resumes.

::

    from dask.distributed import Client
    from archnorm.dask import run
    stats = run(["s3-mirror/crawl/"], "records/", client=Client("scheduler:8786"))

Workers must see the input paths and the output folder (a shared or network file system).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from archnorm.io.readers import ReadFormat, iter_pages, list_inputs
from archnorm.io.shards import (
    ShardResult,
    ShardState,
    merge_shards,
    remove_folder,
    shard_name,
    write_shard,
)
from archnorm.io.warc import NonHtml
from archnorm.io.writers import OutputFormat
from archnorm.io.writers import output_format as format_of_name
from archnorm.page import PageFormat
from archnorm.partition import (
    Learner,
    NameIndexLearner,
    Options,
    SiteProfileLearner,
    default_learners,
    learn_partition,
    load_authority,
    page_id,
    process_partition,
)
from archnorm.pipeline import NormalizeConfig


def _dask_bag() -> Any:
    try:
        import dask.bag as db  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise ImportError(
            "archnorm.dask needs dask: pip install 'archnorm[dask]' (dask[bag] and distributed)"
        ) from exc
    return db


def _delayed(obj: Any) -> Any:
    from dask.delayed import delayed  # noqa: PLC0415 - optional extra

    return delayed(obj, pure=True)


@dataclass(frozen=True)
class DaskStats:
    """What a Dask corpus run wrote."""

    pages: int
    records: int
    errors: int
    skipped: int
    shards: int
    partitions: int

    def summary(self) -> str:
        return (
            f"{self.pages} pages, {self.records} records, {self.errors} errors,"
            f" {self.skipped} already written, {self.shards} shards, {self.partitions} partitions"
        )


@dataclass(frozen=True)
class _Reader:
    read_format: ReadFormat
    non_html: NonHtml

    def pages(self, files: Sequence[str]) -> Iterable[Any]:
        return iter_pages(files, self.read_format, non_html=self.non_html)


def _learn_part(
    items: Iterable[tuple[int, list[str]]],
    learners: Sequence[Learner],
    options: Options,
    reader: _Reader,
) -> list[Any]:
    pages = itertools.chain.from_iterable(reader.pages(files) for _, files in items)
    return learn_partition(pages, learners, options)


def _merge_parts(parts: Iterable[list[Any]], learners: Sequence[Learner]) -> list[Any]:
    merged = [lr.start() for lr in learners]
    for part in parts:
        merged = [lr.merge(a, b) for lr, a, b in zip(learners, merged, part, strict=True)]
    return merged


@dataclass(frozen=True)
class _WriteJob:
    options: Options
    reader: _Reader
    folder: str
    fmt: OutputFormat
    chunk_size: int
    done_names: frozenset[str]


def _write_part(
    items: Iterable[tuple[int, list[str]]],
    learned: Sequence[tuple[Learner, Any]],
    job: _WriteJob,
    done_ids: frozenset[str],
) -> list[dict[str, int]]:
    options, reader, folder, fmt = job.options, job.reader, job.folder, job.fmt
    chunk_size, done_names = job.chunk_size, job.done_names
    out: list[dict[str, int]] = []
    for group, files in items:
        it = iter(reader.pages(files))
        for index in itertools.count():
            chunk = list(itertools.islice(it, chunk_size))
            if not chunk:
                break
            ids = [page_id(p) for p in chunk]
            name = shard_name(index, ids, group=group)
            if name in done_names:
                out.append({"skipped": len(chunk)})
                continue
            keep = [p for p, pid in zip(chunk, ids, strict=True) if pid not in done_ids]
            row = {"skipped": len(chunk) - len(keep)}
            if keep:
                res: ShardResult = write_shard(
                    folder, name, fmt, process_partition(keep, options=options, learned=learned)
                )
                row.update(pages=res.pages, records=res.records, errors=res.errors, shards=1)
            out.append(row)
    return out


def run(
    paths: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    client: Any = None,
    scheduler: str | None = None,
    partitions: int | None = None,
    learners: Sequence[Learner] | None = None,
    profiles: Any = None,
    name_index: Any = None,
    config: NormalizeConfig | None = None,
    format: PageFormat = "auto",
    anchor: Any = None,
    authority: object | None = None,
    read_format: ReadFormat = "auto",
    non_html: NonHtml = "error",
    chunk_size: int = 200,
    shard_format: OutputFormat | None = None,
    overwrite: bool = False,
) -> DaskStats:
    """Run the two-pass corpus job on Dask and write ``output``.

    ``output`` is a folder of shards (a name without a ``.jsonl``/``.parquet`` suffix, or an
    existing folder) or one file (staged as shards in ``OUTPUT.parts/`` and merged at the end).
    ``client``: a ``dask.distributed.Client`` (else ``scheduler``, a Dask scheduler name, or
    Dask's default).  ``partitions``: input file groups (default: one per file, at most 1000).
    ``shard_format``: the shards' format in a folder output (default JSONL).  The other options
    are ``Corpus``'s.
    """
    db = _dask_bag()
    files = list_inputs(paths)
    n = max(1, min(partitions or len(files) or 1, len(files) or 1, 1000))
    groups = _contiguous(files, n)
    bag = db.from_sequence(list(enumerate(groups)), npartitions=len(groups))
    reader = _Reader(read_format, non_html)
    authority = load_authority(authority)
    options = Options(config or NormalizeConfig(), format, anchor, authority)
    if learners is None:
        learners = default_learners(
            site_profiles=profiles is None, names=name_index is None, authority=authority
        )
    learners = list(learners)
    compute_kw: dict[str, Any] = {}
    if client is not None:
        compute_kw["scheduler"] = client
    elif scheduler is not None:
        compute_kw["scheduler"] = scheduler

    given: list[tuple[Learner, Any]] = []
    if profiles is not None:
        given.append((SiteProfileLearner(), profiles))
    if name_index is not None:
        given.append((NameIndexLearner(authority), name_index))
    products: list[Any] = []
    if learners:
        merged = bag.reduction(
            partial(_learn_part, learners=learners, options=options, reader=reader),
            partial(_merge_parts, learners=learners),
        ).compute(**compute_kw)
        products = [lr.finish(s) for lr, s in zip(learners, merged, strict=True)]
    learned = [*given, *zip(learners, products, strict=True)]

    out = Path(output)
    suffixed = out.suffix.lower() in (".jsonl", ".parquet", ".pq", ".ndjson", ".gz")
    folder_mode = out.is_dir() or not suffixed
    fmt: OutputFormat = shard_format or ("jsonl" if folder_mode else format_of_name(out))
    folder = out if folder_mode else out.with_name(out.name + ".parts")
    if overwrite:
        remove_folder(folder)
        if not folder_mode:
            out.unlink(missing_ok=True)
    options_hash = options.options_hash([lr.name for lr, _ in learned])
    state = ShardState.open(folder, fmt, options_hash)
    rows = bag.map_partitions(
        _write_part,
        _delayed(learned),
        _WriteJob(options, reader, str(folder), fmt, chunk_size, frozenset(state.done)),
        _delayed(frozenset(state.ids)),
    ).compute(**compute_kw)
    total = {k: sum(r.get(k, 0) for r in rows) for k in ("pages", "records", "errors", "skipped")}
    shards = sum(r.get("shards", 0) for r in rows)
    if not folder_mode:
        final = ShardState.open(folder, fmt, options_hash)
        merge_shards(final.shards(), out, fmt)
        remove_folder(folder)
    return DaskStats(
        total["pages"], total["records"], total["errors"], total["skipped"], shards, len(groups)
    )


def _contiguous(files: list[str], n: int) -> list[list[str]]:
    """``files`` cut into ``n`` runs of consecutive files (so shard order is input order)."""
    if not files:
        return [[]]
    size, extra = divmod(len(files), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(files[start:end])
        start = end
    return out
