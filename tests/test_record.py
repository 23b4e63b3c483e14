"""Record types: JSON round trips, stable ids, and the public API surface."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

import archnorm
from archnorm.record import (
    REMOVAL_REASONS,
    Change,
    DateMention,
    NameCluster,
    NameLink,
    NameMention,
    Provenance,
    Record,
    Removal,
    Source,
    record_id,
)

_text = st.text(max_size=30)
_opt = st.none() | _text
dates = st.builds(
    DateMention,
    st.integers(0, 99),
    st.integers(0, 99),
    _text,
    _text,
    st.sampled_from(["day", "month", "year", "decade"]),
    st.booleans(),
    _opt,
)
names = st.builds(
    NameMention,
    st.integers(0, 99),
    st.integers(0, 99),
    _text,
    _text,
    st.sampled_from(["person", "org", "unknown"]),
    st.floats(0, 1),
    _opt,
    _opt,
)
removals = st.builds(
    Removal,
    st.integers(0, 99),
    st.integers(0, 99),
    _text,
    st.sampled_from(sorted(REMOVAL_REASONS)),
    _text,
    _opt,
)
provenances = st.builds(
    Provenance,
    _text,
    _text,
    st.lists(st.tuples(_text, _text), max_size=3).map(tuple),
    st.lists(st.builds(Change, _text, _text, st.integers(0, 9)), max_size=3).map(tuple),
)
sources = st.builds(
    Source,
    st.sampled_from(["text", "html", "unknown"]),
    _opt,
    st.integers(0, 10**9),
    _opt,
    _opt,
    _opt,
)
records = st.builds(
    Record,
    id=_text,
    url=_opt,
    source=sources,
    title=_opt,
    author=_opt,
    authors=st.lists(_text, max_size=3).map(tuple),
    published=_opt,
    body=_text,
    text=_text,
    dates=st.lists(dates, max_size=3).map(tuple),
    names=st.lists(names, max_size=3).map(tuple),
    removed=st.lists(removals, max_size=3).map(tuple),
    provenance=st.none() | provenances,
    error=_opt,
    error_type=_opt,
)


@given(records)
def test_record_round_trips_through_json(rec: Record) -> None:
    data = json.loads(json.dumps(rec.to_dict()))
    assert Record.from_dict(data) == rec


@given(
    st.builds(
        NameCluster,
        _text,
        st.lists(_text, max_size=4).map(tuple),
        st.sampled_from(["person", "org", "unknown"]),
        st.lists(st.builds(NameLink, _text, _text, st.floats(0, 1)), max_size=3).map(tuple),
        _opt,
    )
)
def test_name_cluster_round_trips(cluster: NameCluster) -> None:
    assert NameCluster.from_dict(json.loads(json.dumps(cluster.to_dict()))) == cluster


def test_from_dict_rejects_unknown_fields() -> None:
    data = DateMention(0, 4, "1997", "1997", "year").to_dict()
    data["bogus"] = 1
    try:
        DateMention.from_dict(data)
    except TypeError as exc:
        assert "bogus" in str(exc)
    else:
        raise AssertionError("unknown field accepted")


def test_record_id_is_stable_and_prefers_url() -> None:
    assert record_id(b"abc") == record_id("abc")
    assert record_id(b"abc") != record_id(b"abd")
    assert record_id(b"abc", "https://x.test/a") == record_id(b"other", "https://x.test/a")
    assert len(record_id(b"abc")) == 16


def test_all_matches_public_names() -> None:
    public = {n for n in dir(archnorm) if not n.startswith("_") and n != "annotations"}
    modules = {n for n in public if type(getattr(archnorm, n)).__name__ == "module"}
    assert sorted(archnorm.__all__) == archnorm.__all__
    assert set(archnorm.__all__) - {"__version__"} == public - modules


def test_record_id_tells_captures_of_one_url_apart() -> None:
    url = "https://x.test/a"
    first = record_id(b"v1", url, "<urn:uuid:1>")
    assert first == record_id(b"v1 changed", url, "<urn:uuid:1>")
    assert first != record_id(b"v2", url, "<urn:uuid:2>")
    assert record_id(b"v1", url) == record_id(b"other", url)
