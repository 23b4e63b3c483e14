"""Records as Parquet (pyarrow): one row per record, mentions as nested lists of structs.

The schema (``SCHEMA``) mirrors ``Record.to_dict()`` field for field, so DuckDB
(``SELECT unnest(dates) FROM 'records.parquet'``), pandas (``pd.read_parquet``) and Spark read it
directly.  One change makes it friendlier to query: ``provenance.fields`` pairs become structs
``{field, source}`` instead of two-element lists.  ``read_parquet`` turns rows back into
``Record`` objects, so a round trip gives the same records.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from archnorm.io.writers import ClosingWriter
from archnorm.record import Record


def _pa() -> Any:
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional extra
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError("Parquet output needs pyarrow: pip install 'archnorm[parquet]'") from exc
    return pa


def _schema() -> Any:
    pa = _pa()
    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    source = pa.struct(
        [
            ("format", s),
            ("encoding", s),
            ("size", i),
            ("name", s),
            ("warc_record_id", s),
            ("warc_date", s),
        ]
    )
    date = pa.struct(
        [
            ("start", i),
            ("end", i),
            ("text", s),
            ("value", s),
            ("precision", s),
            ("relative", b),
            ("time", s),
        ]
    )
    name = pa.struct(
        [
            ("start", i),
            ("end", i),
            ("text", s),
            ("canonical", s),
            ("kind", s),
            ("score", f),
            ("title", s),
            ("reason", s),
        ]
    )
    removal = pa.struct(
        [("start", i), ("end", i), ("text", s), ("reason", s), ("stage", s), ("rule", s)]
    )
    change = pa.struct([("stage", s), ("rule", s), ("count", i)])
    provenance = pa.struct(
        [
            ("version", s),
            ("options_hash", s),
            ("fields", pa.list_(pa.struct([("field", s), ("source", s)]))),
            ("changes", pa.list_(change)),
        ]
    )
    return pa.schema(
        [
            ("id", s),
            ("url", s),
            ("source", source),
            ("title", s),
            ("author", s),
            ("authors", pa.list_(s)),
            ("published", s),
            ("body", s),
            ("text", s),
            ("dates", pa.list_(date)),
            ("names", pa.list_(name)),
            ("removed", pa.list_(removal)),
            ("provenance", provenance),
            ("error", s),
            ("error_type", s),
        ]
    )


def schema() -> Any:
    """The ``pyarrow.Schema`` of record tables."""
    return _schema()


def to_row(record: Record) -> dict[str, Any]:
    """A record as a row of ``schema()`` (``to_dict()`` with provenance fields as structs)."""
    row = record.to_dict()
    prov = row["provenance"]
    if prov is not None:
        prov["fields"] = [{"field": a, "source": b} for a, b in prov["fields"]]
    return row


def from_row(row: dict[str, Any]) -> Record:
    """The record a row of ``schema()`` holds."""
    prov = row.get("provenance")
    if prov is not None:
        prov = dict(prov)
        prov["fields"] = [[x["field"], x["source"]] for x in prov.get("fields") or ()]
        row = {**row, "provenance": prov}
    return Record.from_dict(row)


def to_table(records: list[Record]) -> Any:
    """A ``pyarrow.Table`` of records."""
    return _pa().Table.from_pylist([to_row(r) for r in records], schema=_schema())


def read_parquet(path: str | Path) -> Iterator[Record]:
    """Records from a Parquet file written by ``ParquetWriter``, batch by batch."""
    import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

    pf = pq.ParquetFile(str(path))
    for batch in pf.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            yield from_row(row)


class ParquetWriter(ClosingWriter):
    """Write records to one Parquet file in row groups of ``batch_size`` records."""

    def __init__(self, path: str | Path, *, batch_size: int = 1000, compression: str = "zstd"):
        import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

        if str(path) == "-":
            raise ValueError("Parquet output needs a file name, not - (stdout)")
        self.path = str(path)
        self.batch_size = batch_size
        self._buffer: list[Record] = []
        self._writer = pq.ParquetWriter(self.path, _schema(), compression=compression)
        self.count = 0

    def write(self, record: Record) -> None:
        self._buffer.append(record)
        self.count += 1
        if len(self._buffer) >= self.batch_size:
            self._flush()

    def write_table(self, table: Any) -> None:
        """Append a table of ``schema()`` rows (e.g. a shard read back) as-is."""
        self._flush()
        self._writer.write_table(table)
        self.count += table.num_rows

    def _flush(self) -> None:
        if self._buffer:
            self._writer.write_table(to_table(self._buffer))
            self._buffer = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
