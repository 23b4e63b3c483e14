"""Sharded output with a completion marker per shard, so that an interrupted run resumes.

An output folder holds ``part-NNNNN-DIGEST.jsonl`` (or ``.parquet``) files.  ``NNNNN`` is the
chunk's place in the input and ``DIGEST`` a hash of its pages' record ids, so the same input
gives the same shard names.  A shard is written to a temporary name and renamed when complete;
then its marker ``part-NNNNN-DIGEST.done`` (JSON: counts and the shard's record ids) is written
the same way.  A shard without a marker is incomplete and is written again; shards with markers
are skipped, and their record ids are skipped wherever they turn up in the input, so a resumed
run never writes a record twice.  ``run.json`` holds the options hash: resuming with other
options is refused.

Reading shards in name order gives the records in input order; ``merge_shards`` writes them into
one JSONL or Parquet file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archnorm.errors import ConfigError
from archnorm.io.writers import OutputFormat, open_writer, read_ids
from archnorm.record import Record

_RUN_FILE = "run.json"
_EXT = {"jsonl": ".jsonl", "parquet": ".parquet"}


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What writing one shard produced (also what its marker says)."""

    name: str
    pages: int
    records: int
    errors: int
    ids: tuple[str, ...] = ()
    skipped: int = 0
    """Pages of the chunk left out because an earlier run already wrote their records."""


def shard_name(index: int, page_ids: Sequence[str], *, group: int | None = None) -> str:
    """``part-NNNNN-DIGEST``: the chunk's place in the input and a hash of its page ids
    (``part-GGGGG-NNNNN-DIGEST`` for chunk ``index`` of input group ``group``)."""
    digest = hashlib.sha1("\n".join(page_ids).encode()).hexdigest()[:8]
    place = f"{index:05d}" if group is None else f"{group:05d}-{index:05d}"
    return f"part-{place}-{digest}"


@dataclass
class ShardState:
    """What an output folder already holds: completed shard names and their record ids."""

    folder: Path
    format: OutputFormat
    done: dict[str, ShardResult] = field(default_factory=dict)
    ids: set[str] = field(default_factory=set)

    @classmethod
    def open(cls, folder: str | Path, format: OutputFormat, options_hash: str) -> ShardState:
        """Create the folder or read its markers; clear leftovers of interrupted writes."""
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        run_file = path / _RUN_FILE
        run = {"format": format, "options_hash": options_hash}
        if run_file.exists():
            old = json.loads(run_file.read_text(encoding="utf-8"))
            if old != run:
                raise ConfigError(
                    f"the output was started with other options ({old}, now {run}); use another"
                    " output, or --overwrite to start again",
                    input_id=str(path),
                )
        else:
            _atomic_write(run_file, json.dumps(run))
        state = cls(path, format)
        for tmp in path.glob("*.tmp"):
            tmp.unlink(missing_ok=True)
        for marker in sorted(path.glob("*.done")):
            data = json.loads(marker.read_text(encoding="utf-8"))
            shard = path / (marker.stem + _EXT[format])
            if not shard.exists():
                marker.unlink()
                continue
            result = ShardResult(
                name=marker.stem,
                pages=int(data["pages"]),
                records=int(data["records"]),
                errors=int(data["errors"]),
                ids=tuple(data["ids"]),
            )
            state.done[result.name] = result
            state.ids.update(result.ids)
        return state

    def shards(self) -> list[Path]:
        """Completed shard files, in name (= input) order."""
        return [self.folder / (name + _EXT[self.format]) for name in sorted(self.done)]


def read_marker(folder: str | Path, name: str, format: OutputFormat) -> ShardResult | None:
    """The result a completed shard's marker records, or None when the shard is not complete."""
    path = Path(folder)
    marker = path / (name + ".done")
    if not marker.exists() or not (path / (name + _EXT[format])).exists():
        return None
    data = json.loads(marker.read_text(encoding="utf-8"))
    return ShardResult(
        name, int(data["pages"]), int(data["records"]), int(data["errors"]), tuple(data["ids"])
    )


def write_shard(
    folder: str | Path, name: str, format: OutputFormat, records: Iterable[Record]
) -> ShardResult:
    """Write records to ``name`` in ``folder`` (temporary file, rename), then its marker."""
    path = Path(folder)
    final = path / (name + _EXT[format])
    tmp = path / (name + _EXT[format] + ".tmp")
    ids: list[str] = []
    errors = 0
    writer = open_writer(tmp, format)
    try:
        for rec in records:
            writer.write(rec)
            ids.append(rec.id)
            errors += rec.error is not None
    finally:
        writer.close()
    tmp.replace(final)
    result = ShardResult(name, len(ids), len(ids) - errors, errors, tuple(ids))
    marker = {"pages": result.pages, "records": result.records, "errors": errors, "ids": ids}
    _atomic_write(path / (name + ".done"), json.dumps(marker))
    return result


def merge_shards(shards: Sequence[Path], output: str | Path, format: OutputFormat) -> int:
    """Concatenate shards (in the given order) into one output file; returns the record count."""
    out = Path(output)
    tmp = out.with_name(out.name + ".tmp")
    count = 0
    if format == "parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

        from archnorm.io.parquet import ParquetWriter  # noqa: PLC0415 - optional extra

        with ParquetWriter(tmp) as writer:
            for shard in shards:
                writer.write_table(pq.read_table(str(shard)))
            count = writer.count
    else:
        gz = out.name.lower().endswith(".gz")
        opener: Any = __import__("gzip").open if gz else open
        with opener(tmp, "wb") as fh:
            for shard in shards:
                with shard.open("rb") as src:
                    shutil.copyfileobj(src, fh)
        count = sum(len(read_ids(s)) for s in shards) if shards else 0
    tmp.replace(out)
    return count


def adopt_output(output: Path, folder: Path, format: OutputFormat) -> None:
    """Move a finished single-file output into the shard folder as a completed shard, so that
    re-running with the same output skips the records it holds."""
    ids = read_ids(output)
    name = "part--prior"  # sorts before every part-NNNNN shard
    target = folder / (name + _EXT[format])
    if format == "jsonl" and output.name.lower().endswith(".gz"):
        import gzip  # noqa: PLC0415

        with gzip.open(output, "rb") as src, target.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        output.unlink()
    else:
        shutil.move(str(output), target)
    marker = {"pages": len(ids), "records": len(ids), "errors": 0, "ids": ids}
    _atomic_write(folder / (name + ".done"), json.dumps(marker))


def iter_shard_records(state: ShardState) -> Iterator[Record]:
    """Every record of the completed shards, in input order."""
    from archnorm.io.writers import read_records  # noqa: PLC0415

    for shard in state.shards():
        yield from read_records(shard)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def remove_folder(folder: Path) -> None:
    """Remove a shard folder after its shards were merged."""
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(folder)
