"""Writers: Parquet schema and round trips, output format by file name, gzipped JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archnorm import ConfigError, normalize
from archnorm.io.writers import open_writer, output_format, read_ids, read_records
from archnorm.record import (
    Change,
    DateMention,
    NameMention,
    Provenance,
    Record,
    Removal,
    Source,
)
from tests.strategies import page_text

pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) writes Parquet")
pq = pytest.importorskip("pyarrow.parquet")

_text = st.text(st.characters(codec="utf-8"), max_size=30)
_opt = st.none() | _text

records = st.builds(
    Record,
    id=st.text("0123456789abcdef", min_size=16, max_size=16),
    url=_opt,
    source=st.builds(
        Source,
        format=st.sampled_from(["text", "html", "unknown"]),
        encoding=_opt,
        size=st.integers(0, 2**40),
        name=_opt,
        warc_record_id=_opt,
        warc_date=_opt,
    ),
    title=_opt,
    author=_opt,
    authors=st.lists(_text, max_size=3).map(tuple),
    published=_opt,
    body=_text,
    text=_text,
    dates=st.lists(
        st.builds(
            DateMention,
            start=st.integers(0, 10**6),
            end=st.integers(0, 10**6),
            text=_text,
            value=_text,
            precision=st.sampled_from(["day", "month", "year", "decade"]),
            relative=st.booleans(),
            time=_opt,
        ),
        max_size=3,
    ).map(tuple),
    names=st.lists(
        st.builds(
            NameMention,
            start=st.integers(0, 10**6),
            end=st.integers(0, 10**6),
            text=_text,
            canonical=_text,
            kind=st.sampled_from(["person", "org", "unknown"]),
            score=st.floats(0, 1),
            title=_opt,
            reason=_opt,
        ),
        max_size=3,
    ).map(tuple),
    removed=st.lists(
        st.builds(
            Removal,
            start=st.integers(0, 10**6),
            end=st.integers(0, 10**6),
            text=_text,
            reason=st.sampled_from(["navigation", "advert", "footer"]),
            stage=_text,
            rule=_opt,
        ),
        max_size=3,
    ).map(tuple),
    provenance=st.none()
    | st.builds(
        Provenance,
        version=_text,
        options_hash=_text,
        fields=st.lists(st.tuples(_text, _text), max_size=3).map(tuple),
        changes=st.lists(
            st.builds(Change, stage=_text, rule=_text, count=st.integers(0, 10**6)), max_size=2
        ).map(tuple),
    ),
    error=_opt,
    error_type=_opt,
)


@settings(max_examples=40)
@given(st.lists(records, max_size=5))
def test_parquet_round_trip(tmp_path_factory: pytest.TempPathFactory, recs: list[Record]) -> None:
    path = tmp_path_factory.mktemp("pq") / "out.parquet"
    with open_writer(path) as w:  # type: ignore[attr-defined]
        for r in recs:
            w.write(r)
    assert list(read_records(path)) == recs
    assert read_ids(path) == [r.id for r in recs]


@settings(max_examples=30)
@given(page_text)
def test_parquet_round_trip_on_real_output(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    rec = normalize(text, on_error="record")
    path = tmp_path_factory.mktemp("pq") / "one.parquet"
    with open_writer(path) as w:  # type: ignore[attr-defined]
        w.write(rec)
    assert list(read_records(path)) == [rec]


def test_parquet_schema_nests_mentions(tmp_path: Path) -> None:
    rec = Record(
        id="0" * 16,
        body="On 3 March 2025 Maria Okonkwo spoke.",
        dates=(DateMention(3, 15, "3 March 2025", "2025-03-03", "day"),),
        names=(NameMention(16, 29, "Maria Okonkwo", "Maria Okonkwo", "person"),),
        provenance=Provenance("0.1", "abc", (("title", "og:title"),)),
    )
    path = tmp_path / "r.parquet"
    with open_writer(path) as w:  # type: ignore[attr-defined]
        w.write(rec)
    table = pq.read_table(path)
    dates_type = table.schema.field("dates").type
    assert pa.types.is_list(dates_type) and pa.types.is_struct(dates_type.value_type)
    assert table.column("names").to_pylist()[0][0]["canonical"] == "Maria Okonkwo"
    assert table.column("provenance").to_pylist()[0]["fields"] == [
        {"field": "title", "source": "og:title"}
    ]
    flat = table.column("dates").combine_chunks().flatten().field("value").to_pylist()
    assert flat == ["2025-03-03"]


def test_duckdb_reads_parquet_directly(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed")
    rec = Record(id="1" * 16, dates=(DateMention(0, 4, "2001", "2001", "year"),))
    path = tmp_path / "r.parquet"
    with open_writer(path) as w:  # type: ignore[attr-defined]
        w.write(rec)
    rows = duckdb.sql(f"SELECT id, unnest(dates).value AS v FROM '{path}'").fetchall()
    assert rows == [("1" * 16, "2001")]


def test_output_format_by_extension(tmp_path: Path) -> None:
    assert output_format("out.jsonl") == "jsonl"
    assert output_format("out.JSONL.gz") == "jsonl"
    assert output_format("out.parquet") == "parquet"
    assert output_format("-") == "jsonl"
    with pytest.raises(ConfigError, match=r"\.parquet"):
        output_format("out.csv")


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl.gz"
    recs = [Record(id=f"{i:016x}", body=f"body {i}") for i in range(3)]
    with open_writer(path) as w:  # type: ignore[attr-defined]
        for r in recs:
            w.write(r)
    assert path.read_bytes()[:2] == b"\x1f\x8b"
    assert list(read_records(path)) == recs
    assert (
        json.loads(__import__("gzip").decompress(path.read_bytes()).splitlines()[0])["body"]
        == "body 0"
    )
