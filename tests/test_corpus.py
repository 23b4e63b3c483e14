"""Corpus runs: two passes with pluggable learners, workers, order, resume, dead workers.

The learners here are minimal in-test implementations of the ``Learner`` protocol, so the
two-pass mechanics are tested whatever stage modules (site profiles, name index) this build has.
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archnorm import Corpus, Page, normalize, normalize_many
from archnorm.errors import ConfigError
from archnorm.io.writers import read_records
from archnorm.partition import learn_partition, process_partition, site_key
from archnorm.record import Record

NAV = ["Home | World | Sport | Weather", "Subscribe to the Valley Post today"]
INSIDE = "Weekend edition of the Valley Post"  # a repeated line inside the article region
# Words tell pages apart (site profiles fold digits, so numbers would not).
WORDS = "harbour market library station orchard quarry meadow foundry chapel granary ferry mill"
WORDS = WORDS.split()


def make_pages(n: int, *, sites: int = 3, kill_at: int | None = None) -> list[Page]:
    """Synthetic text pages: per-site navigation lines around a unique article."""
    pages = []
    for i in range(n):
        site = f"site{i % sites}.example"
        w1 = "".join(chr(97 + (i // 26**k) % 26) for k in range(3)).title()  # unique per page
        w2 = WORDS[i % len(WORDS)]
        body = (
            f"The council of the {w1} district met on Tuesday to discuss the new bridge, and"
            f" members agreed that work on the {w2} span should start before the end of the year."
            f"\n{INSIDE}\n"
            f"Residents told the meeting that the {w1} crossing near the {w2} had been closed for"
            " months, which made the trip to the market much longer for everyone."
        )
        if kill_at == i:
            body += "\nKILL-WORKER"
        text = f"{NAV[0]}\nStory {i} from {site}\n{body}\n{NAV[1]} ({site})\n"
        pages.append(Page(data=text, url=f"https://{site}/story/{i}", name=f"page-{i}"))
    return pages


@dataclasses.dataclass(frozen=True)
class RepeatedLines:
    """In-test site profile: a line is repeated when it appears on 2+ pages of the site."""

    lines: frozenset[str]

    def is_repeated(self, line: str) -> bool:
        return line in self.lines


@dataclasses.dataclass(frozen=True)
class LineLearner:
    """In-test site-profile learner: per-site counts of lines (each page counted once)."""

    name: str = "test-lines"

    def start(self) -> dict[str, Counter[str]]:
        return {}

    def observe(self, state: dict[str, Counter[str]], page: Page, record: Record) -> Any:
        key = site_key(page) or ""
        state.setdefault(key, Counter()).update(set(record.text.split("\n")))
        return state

    def merge(self, a: dict[str, Counter[str]], b: dict[str, Counter[str]]) -> Any:
        out = {k: Counter(v) for k, v in a.items()}
        for k, v in b.items():
            out.setdefault(k, Counter()).update(v)
        return out

    def finish(self, state: dict[str, Counter[str]]) -> dict[str, RepeatedLines]:
        return {
            k: RepeatedLines(frozenset(x for x, c in v.items() if c >= 2 and x))
            for k, v in state.items()
        }

    def before(self, product: dict[str, RepeatedLines], page: Page) -> dict[str, Any]:
        prof = product.get(site_key(page) or "")
        return {} if prof is None else {"profile": prof}

    def after(self, product: Any, record: Record) -> Record:
        return record


@dataclasses.dataclass(frozen=True)
class PageCounter:
    """In-test corpus-wide learner: counts pages; pass two stamps the total on each title, so
    a partial state lost in a merge shows up on every record."""

    name: str = "test-count"

    def start(self) -> int:
        return 0

    def observe(self, state: int, page: Page, record: Record) -> int:
        return state + 1

    def merge(self, a: int, b: int) -> int:
        return a + b

    def finish(self, state: int) -> int:
        return state

    def before(self, product: int, page: Page) -> dict[str, Any]:
        return {}

    def after(self, product: int, record: Record) -> Record:
        return dataclasses.replace(record, title=f"{record.title} [{product}]")


@dataclasses.dataclass(frozen=True)
class Killer:
    """In-test learner whose pass two kills its worker process on a marked page."""

    name: str = "test-killer"

    def start(self) -> None:
        return None

    def observe(self, state: None, page: Page, record: Record) -> None:
        return None

    def merge(self, a: None, b: None) -> None:
        return None

    def finish(self, state: None) -> None:
        return None

    def before(self, product: None, page: Page) -> dict[str, Any]:
        return {}

    def after(self, product: None, record: Record) -> Record:
        if "KILL-WORKER" in record.text and multiprocessing.parent_process() is not None:
            os.kill(os.getpid(), signal.SIGKILL)
        return record


def _dicts(recs: Iterator[Record] | list[Record]) -> list[dict[str, Any]]:
    return [r.to_dict() for r in recs]


def test_two_passes_remove_lines_repeated_on_a_site() -> None:
    pages = make_pages(12)
    one_pass = list(normalize_many(pages))
    two_pass = list(Corpus(pages, learners=[LineLearner()]).records())
    assert all(INSIDE in r.body.split("\n") for r in one_pass)
    for rec in two_pass:
        assert rec.ok
        assert INSIDE not in rec.body.split("\n")
        assert any(r.reason == "repeated-on-site" and r.text == INSIDE for r in rec.removed)
        assert "council of the" in rec.body and "Residents told" in rec.body


def test_products_merge_across_chunks_and_workers() -> None:
    pages = make_pages(30)
    for workers, chunk in ((1, 7), (2, 4)):
        recs = list(
            Corpus(pages, learners=[PageCounter()], workers=workers, chunk_size=chunk).records()
        )
        assert len(recs) == 30
        assert all((r.title or "").endswith("[30]") for r in recs)


def test_partition_functions_match_normalize() -> None:
    pages = make_pages(5)
    states = learn_partition(pages[:2], [PageCounter()]) + learn_partition(
        pages[2:], [PageCounter()]
    )
    assert sum(states) == 5
    recs = list(process_partition(pages))
    assert _dicts(recs) == _dicts([normalize(p) for p in pages])


def test_workers_give_the_same_records_in_order() -> None:
    pages = make_pages(40, sites=4)
    serial = _dicts(Corpus(pages, learners=[LineLearner()], chunk_size=6).records())
    parallel = _dicts(Corpus(pages, learners=[LineLearner()], workers=2, chunk_size=6).records())
    assert parallel == serial
    unordered = _dicts(
        Corpus(pages, learners=[LineLearner()], workers=2, chunk_size=6, ordered=False).records()
    )
    assert sorted(unordered, key=lambda d: d["id"]) == sorted(serial, key=lambda d: d["id"])
    many = _dicts(normalize_many(pages, workers=2, chunk_size=5))
    assert many == _dicts(normalize_many(pages))


def test_normalize_many_rejects_per_page_options_with_workers() -> None:
    with pytest.raises(ConfigError, match="url"):
        list(normalize_many(make_pages(2), workers=2, url="https://x.example/"))


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".jsonl.gz"])
def test_write_single_file_matches_records(tmp_path: Path, suffix: str) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    pages = make_pages(25)
    out = tmp_path / f"out{suffix}"
    stats = Corpus(pages, learners=[LineLearner()], workers=2, chunk_size=4).write(out)
    assert (stats.pages, stats.records, stats.errors) == (25, 25, 0)
    assert not (tmp_path / f"out{suffix}.parts").exists()
    expected = _dicts(Corpus(pages, learners=[LineLearner()]).records())
    assert _dicts(read_records(out)) == expected


class Interrupt(Exception):
    pass


def _stop_after(shards: int) -> Any:
    def progress(stats: Any) -> None:
        if stats.phase == "write" and stats.shards >= shards:
            raise Interrupt

    return progress


@pytest.mark.parametrize("workers", [1, 2])
def test_interrupted_run_resumes_without_duplicates(tmp_path: Path, workers: int) -> None:
    pages = make_pages(40)
    out = tmp_path / "out.jsonl"
    corpus = Corpus(
        pages, learners=[PageCounter()], workers=workers, chunk_size=5, progress=_stop_after(3)
    )
    with pytest.raises(Interrupt):
        corpus.write(out)
    parts = tmp_path / "out.jsonl.parts"
    done = sorted(p.name for p in parts.glob("*.done"))
    assert len(done) >= 3 and not out.exists()
    stats = Corpus(pages, learners=[PageCounter()], workers=workers, chunk_size=5).write(out)
    # Chunks already running when the run stopped may finish after it: never fewer.
    assert stats.skipped >= 5 * len(done)
    assert stats.pages == 40 - stats.skipped
    recs = list(read_records(out))
    assert len({r.id for r in recs}) == len(recs) == 40
    assert _dicts(recs) == _dicts(Corpus(pages, learners=[PageCounter()]).records())
    again = Corpus(pages, learners=[PageCounter()], chunk_size=5).write(out)
    assert (again.pages, again.skipped) == (0, 40)
    assert len(list(read_records(out))) == 40


def test_resume_skips_records_by_id_when_chunks_move(tmp_path: Path) -> None:
    pages = make_pages(20)
    folder = tmp_path / "shards"
    folder.mkdir()
    Corpus(pages[:8], learners=[], chunk_size=4).write(folder)
    stats = Corpus(pages, learners=[], chunk_size=3).write(folder)
    assert stats.skipped == 8 and stats.pages == 12
    ids = [r.id for p in sorted(folder.glob("part-*.jsonl")) for r in read_records(p)]
    assert len(ids) == len(set(ids)) == 20


def test_resume_with_other_options_is_refused(tmp_path: Path) -> None:
    pages = make_pages(6)
    folder = tmp_path / "shards"
    folder.mkdir()
    Corpus(pages, learners=[], chunk_size=4).write(folder)
    with pytest.raises(ConfigError, match="other options"):
        Corpus(pages, learners=[], anchor="2024-01-01").write(folder)
    stats = Corpus(pages, learners=[], anchor="2024-01-01").write(folder, overwrite=True)
    assert stats.pages == 6


def test_a_worker_killed_by_a_page_costs_only_that_page(tmp_path: Path) -> None:
    pages = make_pages(30, kill_at=13)
    out = tmp_path / "out.jsonl"
    corpus = Corpus(pages, learners=[Killer()], workers=2, chunk_size=4)
    stats = corpus.write(out)
    recs = list(read_records(out))
    assert len(recs) == len({r.id for r in recs}) == 30
    bad = [r for r in recs if r.error]
    assert [r.source.name for r in bad] == ["page-13"]
    assert "worker process died" in (bad[0].error or "")
    assert stats.worker_deaths >= 2 and stats.errors == 1


def test_errors_become_records_and_the_run_goes_on(tmp_path: Path) -> None:
    pages = [*make_pages(3), Page(data=b"", name="empty"), Page(data=b"x", error="reader: boom")]
    stats = Corpus(pages, learners=[LineLearner()], workers=2, chunk_size=2).write(
        tmp_path / "o.jsonl"
    )
    assert (stats.pages, stats.records, stats.errors) == (5, 3, 2)


def test_paths_and_folder_output(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for p in make_pages(6):
        (src / f"{p.name}.txt").write_text(str(p.data), encoding="utf-8")
    folder = tmp_path / "shards"
    stats = Corpus([src], learners=[], chunk_size=4).write(str(folder) + "/")
    assert stats.shards == 2 and (folder / "run.json").exists()
    assert len(list(folder.glob("*.done"))) == 2
    marker = json.loads(sorted(folder.glob("*.done"))[0].read_text())
    assert marker["pages"] == len(marker["ids"]) == 4


@settings(max_examples=10, deadline=None)
@given(st.integers(1, 12), st.integers(1, 5), st.booleans())
def test_chunking_never_loses_or_repeats_pages(n: int, chunk: int, ordered: bool) -> None:
    pages = make_pages(n)
    recs = list(Corpus(pages, learners=[], chunk_size=chunk, ordered=ordered).records())
    assert sorted(r.id for r in recs) == sorted(normalize(p).id for p in pages)


def test_name_index_learner_links_spellings_across_pages() -> None:
    pytest.importorskip("archnorm.names", reason="the names stage is not in this build")
    from archnorm.partition import NameIndexLearner

    text = (
        "The council met on Tuesday to discuss the new bridge, and {name} said that work should"
        " start before the end of the year, according to officials.\nResidents told the meeting"
        " that the crossing had been closed for months, which made the trip longer for everyone."
    )
    spellings = ["Maria Elena Okonkwo", "Maria Elena Okonkwo", "Maria Okonkwu"]
    pages = [
        Page(data=text.format(name=n), url=f"https://s{i}.example/{i}")
        for i, n in enumerate(spellings)
    ]
    assert [m.canonical for m in normalize(pages[2]).names] == ["Maria Okonkwu"]
    for workers in (1, 2):
        recs = list(
            Corpus(pages, learners=[NameIndexLearner()], workers=workers, chunk_size=1).records()
        )
        last = recs[2].names
        assert [(m.text, m.canonical) for m in last] == [("Maria Okonkwu", "Maria Elena Okonkwo")]
        assert recs[2].body[last[0].start : last[0].end] == "Maria Okonkwu"


def test_site_profile_learner_with_the_sites_stage(tmp_path: Path) -> None:
    pytest.importorskip("archnorm.sites", reason="the site-profiles stage is not in this build")
    from archnorm.partition import SiteProfileLearner, load_site_profiles, save_site_profiles

    pages = make_pages(12)
    corpus = Corpus(pages, learners=[SiteProfileLearner()], workers=2, chunk_size=3)
    for rec in corpus.records():
        assert INSIDE not in rec.body.split("\n")
        assert any(r.reason == "repeated-on-site" for r in rec.removed)
    path = tmp_path / "profiles.json"
    save_site_profiles(corpus.learn()["site-profiles"], path)
    again = Corpus(pages, learners=[], profiles=load_site_profiles(path)).records()
    assert all(INSIDE not in r.body.split("\n") for r in again)


def test_jsonl_with_a_bad_line_in_the_middle_through_a_run(tmp_path: Path) -> None:
    lines = [json.dumps({"url": p.url, "text": p.data}) for p in make_pages(9)]
    lines.insert(4, '{"url": "https://x.example/broken", "text": "unterminated')
    src = tmp_path / "pages.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = Corpus([src], learners=[], workers=2, chunk_size=3).write(out)
    assert (stats.pages, stats.records, stats.errors) == (10, 9, 1)
    recs = list(read_records(out))
    bad = [r for r in recs if r.error]
    assert [r.source.name for r in bad] == [f"{src}:5"] and "not valid JSON" in (bad[0].error or "")
    again = Corpus([src], learners=[], workers=2, chunk_size=3).write(out)
    assert (again.pages, again.skipped) == (0, 10)
    assert len(list(read_records(out))) == 10
