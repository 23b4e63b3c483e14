"""Write records out: JSONL (one record per line, keys in a stable order) or Parquet.

``open_writer(path)`` picks the format from the file name: ``.jsonl`` / ``.ndjson`` (also with
``.gz``) give JSONL, ``.parquet`` / ``.pq`` give Parquet (``archnorm.io.parquet``), ``-`` is JSONL
on stdout.  ``read_records`` / ``read_ids`` read either back (used to resume runs).
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Literal, Protocol, TypeVar

from archnorm.errors import ConfigError
from archnorm.record import Record

OutputFormat = Literal["jsonl", "parquet"]
_W = TypeVar("_W", bound="ClosingWriter")

_FORMATS: dict[str, OutputFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}


class RecordWriter(Protocol):
    """What the corpus run needs from a writer."""

    count: int

    def write(self, record: Record) -> None: ...

    def close(self) -> None: ...


class ClosingWriter:
    """Base of the writers: a context manager that closes the writer on exit."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self: _W) -> _W:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def output_format(path: str | Path) -> OutputFormat:
    """The output format a file name asks for (``-`` is JSONL); a ``ConfigError`` otherwise."""
    name = str(path)
    if name == "-":
        return "jsonl"
    suffixes = [x.lower() for x in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    fmt = _FORMATS.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        raise ConfigError(
            f"cannot tell the output format from the name {name!r}: use a .jsonl, .jsonl.gz or"
            " .parquet file name"
        )
    return fmt


def open_writer(path: str | Path, format: OutputFormat | None = None) -> RecordWriter:
    """A writer for ``path`` in ``format`` (by default from the file name)."""
    fmt = format or output_format(path)
    if fmt == "parquet":
        from archnorm.io.parquet import ParquetWriter  # noqa: PLC0415 - optional extra

        return ParquetWriter(path)
    return JsonlWriter(path)


def read_records(path: str | Path) -> Iterator[Record]:
    """Records from a JSONL (optionally gzipped) or Parquet file, by its name."""
    if output_format(path) == "parquet":
        from archnorm.io.parquet import read_parquet  # noqa: PLC0415 - optional extra

        yield from read_parquet(path)
        return
    with _open_text(path) as fh:
        for line in fh:
            if line.strip():
                yield Record.from_dict(json.loads(line))


def read_ids(path: str | Path) -> list[str]:
    """The record ids in a JSONL or Parquet output file, in order."""
    if output_format(path) == "parquet":
        import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

        return [str(x) for x in pq.read_table(str(path), columns=["id"]).column("id").to_pylist()]
    with _open_text(path) as fh:
        return [json.loads(line)["id"] for line in fh if line.strip()]


def _open_text(path: str | Path) -> IO[str]:
    """A JSONL file for reading, gunzipped when its name ends in ``.gz``."""
    if str(path).lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return Path(path).open(encoding="utf-8")


def dumps(record: Record) -> str:
    """One JSON line for a record (no trailing newline); same record, same bytes."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))


class JsonlWriter(ClosingWriter):
    """Write records to a JSONL file (gzipped when the name ends in ``.gz``; stdout for ``-``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._fh: IO[str]
        if self.path == "-":
            self._fh = sys.stdout
        elif self.path.lower().endswith(".gz"):
            self._fh = gzip.open(self.path, "wt", encoding="utf-8")  # noqa: SIM115 - closed by close()
        else:
            self._fh = Path(path).open("w", encoding="utf-8")  # noqa: SIM115 - closed by close()
        self.count = 0

    def write(self, record: Record) -> None:
        self._fh.write(dumps(record))
        self._fh.write("\n")
        self.count += 1

    def close(self) -> None:
        if self._fh is sys.stdout:
            self._fh.flush()
        else:
            self._fh.close()
