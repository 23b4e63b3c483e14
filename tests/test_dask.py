"""archnorm.dask on a LocalCluster with two workers: the same records as the local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archnorm import Corpus
from archnorm.io.writers import read_records
from tests.test_corpus import LineLearner, PageCounter, make_pages

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


def _write_inputs(folder: Path, n: int) -> None:
    folder.mkdir()
    for i, page in enumerate(make_pages(n, sites=5)):
        sub = folder / f"batch{i // 50:02d}"
        sub.mkdir(exist_ok=True)
        line = json.dumps({"url": page.url, "text": page.data})
        (sub / f"{i:04d}.jsonl").write_text(line + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


def test_dask_run_writes_the_same_records_as_the_local_run(tmp_path: Path, client: object) -> None:
    from archnorm.dask import run

    src = tmp_path / "in"
    _write_inputs(src, 300)
    learners = [LineLearner(), PageCounter()]
    stats = run(
        [src],
        tmp_path / "dask.jsonl",
        client=client,
        learners=learners,
        partitions=6,
        chunk_size=40,
    )
    assert (stats.pages, stats.records, stats.errors, stats.partitions) == (300, 300, 0, 6)
    Corpus([src], learners=learners, chunk_size=40).write(tmp_path / "local.jsonl")
    dask_recs = [r.to_dict() for r in read_records(tmp_path / "dask.jsonl")]
    local_recs = [r.to_dict() for r in read_records(tmp_path / "local.jsonl")]
    assert dask_recs == local_recs
    assert all(r["title"].endswith("[300]") for r in dask_recs)  # the reduction saw every page
    assert any(x["reason"] == "repeated-on-site" for r in dask_recs for x in r["removed"])


def test_dask_run_resumes_a_shard_folder(tmp_path: Path, client: object) -> None:
    from archnorm.dask import run

    src = tmp_path / "in"
    _write_inputs(src, 60)
    out = tmp_path / "shards"
    first = run([src], out, client=client, learners=[], partitions=3, chunk_size=10)
    assert first.pages == 60 and first.shards == 6
    victim = sorted(out.glob("part-*.done"))[2]
    victim.unlink()  # as if the worker writing this shard had died before its marker
    again = run([src], out, client=client, learners=[], partitions=3, chunk_size=10)
    assert (again.pages, again.skipped, again.shards) == (10, 50, 1)
    ids = [r.id for p in sorted(out.glob("part-*.jsonl")) for r in read_records(p)]
    assert len(ids) == len(set(ids)) == 60
