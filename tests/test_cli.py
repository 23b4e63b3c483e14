"""The archnorm command: inputs of every kind, error records, summary and exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from archnorm import __version__
from archnorm.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"


def _records(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_recursive_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(EXAMPLES), "-o", str(out)]) == 0
    recs = _records(out)
    n_files = sum(1 for p in EXAMPLES.rglob("*") if p.is_file())
    assert len(recs) == n_files
    assert all(r["error"] is None and r["body"] for r in recs)
    err = capsys.readouterr().err
    assert f"{n_files} pages, {n_files} records, 0 errors" in err


def test_bad_inputs_become_error_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes((EXAMPLES / "river-bridge.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 50)
    (folder / "broken-link.txt").symlink_to(folder / "does-not-exist")
    (folder / "legacy.txt").write_bytes("Le café était très “bon”, dit-il mardi.".encode("cp1252"))
    pages = folder / "pages.jsonl"
    good = (EXAMPLES / "harbour-strike.txt").read_text(encoding="utf-8")
    pages.write_text(
        json.dumps({"text": good, "url": "https://example.test/a"})
        + "\n"
        + "{not json\n"
        + json.dumps({"title": "no text field"})
        + "\n"
        + json.dumps({"html": "<p>" + good.replace("\n", "</p><p>") + "</p>"})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["normalize", str(folder), str(tmp_path / "missing.txt"), "-o", str(out)]) == 0
    recs = _records(out)
    by_name = {r["source"]["name"]: r for r in recs}
    errors = [r for r in recs if r["error"]]
    assert len(recs) == 10
    assert len(errors) == 6
    assert "empty" in by_name[str(folder / "empty.txt")]["error"]
    assert "binary" in by_name[str(folder / "image.png")]["error"]
    assert "cannot read" in by_name[str(folder / "broken-link.txt")]["error"]
    assert "not valid JSON" in by_name[f"{pages}:2"]["error"]
    assert '"text" or "html"' in by_name[f"{pages}:3"]["error"]
    assert "no such file" in by_name[str(tmp_path / "missing.txt")]["error"]
    assert by_name[str(folder / "legacy.txt")]["source"]["encoding"] == "cp1252"
    assert by_name[f"{pages}:1"]["url"] == "https://example.test/a"
    assert by_name[f"{pages}:4"]["source"]["format"] == "html"
    assert all(r["id"] for r in recs)
    assert "10 pages, 4 records, 6 errors" in capsys.readouterr().err


def test_nothing_processed_exits_nonzero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["normalize", str(empty), "-o", str(tmp_path / "o.jsonl")]) == 1


def test_stdin_and_stdout() -> None:
    data = (EXAMPLES / "river-bridge.txt").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "archnorm.cli", "normalize", "-"],
        input=data,
        capture_output=True,
        check=True,
    )
    rec = json.loads(proc.stdout)
    assert rec["title"] == "River Bridge Reopens After Two-Year Repair"
    assert b"1 pages, 1 records, 0 errors" in proc.stderr


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["normalize", "--help"])
    assert "examples:" in capsys.readouterr().out


def test_unwritable_output_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["normalize", str(EXAMPLES), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")])
    assert code == 2
    assert "cannot write" in capsys.readouterr().err
