"""The command line over corpora: workers, Parquet, resume after a kill, dates/names helpers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import archnorm
from archnorm.cli import main
from archnorm.io.writers import read_records
from tests.test_corpus import make_pages


def _inputs(folder: Path, n: int) -> Path:
    folder.mkdir()
    with (folder / "pages.jsonl").open("w", encoding="utf-8") as fh:
        for p in make_pages(n):
            fh.write(json.dumps({"url": p.url, "text": p.data}) + "\n")
    return folder


def test_workers_and_parquet_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("pyarrow")
    src = _inputs(tmp_path / "in", 30)
    out = tmp_path / "out.parquet"
    assert main(["normalize", str(src), "-o", str(out), "--workers", "2", "--chunk-size", "7"]) == 0
    err = capsys.readouterr().err
    assert "30 pages, 30 records, 0 errors" in err and str(out) in err
    assert len(list(read_records(out))) == 30
    assert main(["normalize", str(src), "-o", str(out)]) == 0
    assert "30 already written" in capsys.readouterr().err
    assert main(["normalize", str(src), "-o", str(out), "--overwrite", "--no-learn"]) == 0
    assert "30 pages, 30 records" in capsys.readouterr().err


def test_unknown_output_extension_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _inputs(tmp_path / "in", 2)
    assert main(["normalize", str(src), "-o", str(tmp_path / "out.csv")]) == 2
    assert ".parquet" in capsys.readouterr().err


def test_progress_line_shows_pages_per_second(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _inputs(tmp_path / "in", 2)
    from archnorm.cli import Progress
    from archnorm.corpus import RunStats

    stream = __import__("io").StringIO()
    progress = Progress(stream, enabled=True)
    progress.start -= 5
    stats = RunStats(pages=50, errors=1)
    stats.enter("write")
    stats.pages = 50
    progress.update(stats)
    assert "writing: 50 pages, 1 errors" in stream.getvalue() and "pages/s" in stream.getvalue()
    assert src.exists()


def test_killed_run_resumes_without_duplicates(tmp_path: Path) -> None:
    """Kill the whole command (main process and workers) mid-run, then run it again."""
    src = _inputs(tmp_path / "in", 240)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "archnorm.cli", "normalize", str(src), "-o", str(out)]
    cmd += ["--workers", "2", "--chunk-size", "10", "--no-learn"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, start_new_session=True)
    parts = tmp_path / "out.jsonl.parts"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(parts.glob("*.done"))) < 3:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list(parts.glob("*.done")))
    assert 3 <= done < 24, "the run should be stopped mid-way"
    assert not out.exists()
    rerun = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert "already written" in rerun.stderr
    recs = list(read_records(out))
    assert len(recs) == len({r.id for r in recs}) == 240
    assert [r.url for r in recs] == [p.url for p in make_pages(240)]


def test_a_worker_killed_from_outside_is_retried(tmp_path: Path) -> None:
    psutil = pytest.importorskip("psutil")
    src = _inputs(tmp_path / "in", 240)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "archnorm.cli", "normalize", str(src), "-o", str(out)]
    cmd += ["--workers", "2", "--chunk-size", "10", "--no-learn"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    parts = tmp_path / "out.jsonl.parts"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(parts.glob("*.done")):
        time.sleep(0.02)
    children = psutil.Process(proc.pid).children()
    workers = [c for c in children if "python" in c.name().lower()]
    assert workers, "the run should have worker processes"
    workers[0].kill()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "worker restarts" in err
    recs = list(read_records(out))
    assert len(recs) == len({r.id for r in recs}) == 240
    assert not any(r.error for r in recs)


def test_site_profiles_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _inputs(tmp_path / "in", 6)
    profiles = tmp_path / "profiles.json"
    args = ["normalize", str(src), "-o", str(tmp_path / "o.jsonl"), "--site-profiles"]
    code = main([*args, "save", str(profiles)])
    if not hasattr(__import__("archnorm.partition").partition, "stage_available") or not (
        __import__("archnorm.partition").partition.stage_available("archnorm.sites")
    ):
        assert code == 2 and "site profiles" in capsys.readouterr().err
        return
    assert code == 0 and profiles.exists()
    assert main([*args, "load", str(profiles), "--overwrite"]) == 0


def test_dates_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    if not hasattr(archnorm, "find_dates"):
        assert main(["dates", "3 March 2025"]) == 2
        assert "find_dates" in capsys.readouterr().err
        pytest.skip("archnorm.find_dates is not in this build yet (issue 4)")
    assert main(["dates", "The bridge opened on 3 March 2025.", "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert any(r["value"] == "2025-03-03" for r in rows)


def test_names_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Maria Okonkwo\nMaria Okonkwo\nDaniel Rees\n", encoding="utf-8")
    if not hasattr(archnorm, "cluster_names"):
        assert main(["names", str(names)]) == 2
        assert "cluster_names" in capsys.readouterr().err
        pytest.skip("archnorm.cluster_names is not in this build yet (issue 5)")
    assert main(["names", str(names), "--json"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(r["canonical"] for r in rows) == ["Daniel Rees", "Maria Okonkwo"]
