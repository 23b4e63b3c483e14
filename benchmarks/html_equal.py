"""Equality harness for speed work on the HTML path: ``archnorm.normalize()`` on every HTML page
of aeb-dev and meta-dev, records compared in full (body, removals with reasons, title, author,
dates, names, provenance) against a saved baseline.

    .venv/bin/python benchmarks/html_equal.py --save /tmp/base.json   # on the reference code
    .venv/bin/python benchmarks/html_equal.py --check /tmp/base.json  # after a change

Also compares the intermediate ``parse_html`` output (page text, blocks, paths, metadata
candidates), so that a change caught by a later stage's tolerance is still seen.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
from pathlib import Path
from typing import Any

import archnorm
from archnorm import html

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def pages() -> list[tuple[str, str, str]]:
    """(name, url, html) of every HTML page of aeb-dev and meta-dev, sorted."""
    out = []
    for name, gold_file in (("aeb-dev", "ground-truth.json"), ("meta-dev", "gold.json")):
        root = DATA / name
        if not root.is_dir():
            continue
        gold = json.loads((root / gold_file).read_text(encoding="utf-8"))
        for pid in sorted(gold):
            raw = gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes())
            out.append((f"{name}/{pid}", gold[pid]["url"], raw.decode("utf-8", "replace")))
    return out


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted(_plain(x) for x in obj)
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    return obj


def snapshot(page_list: list[tuple[str, str, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, url, doc in page_list:
        rec = archnorm.normalize(doc, url=url, format="html")
        parsed = html.parse_html(doc)
        out[name] = {"record": rec.to_dict(), "parsed": _plain(parsed)}
    return json.loads(json.dumps(out))  # JSON-normal form: tuples as lists


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    page_list = pages()
    if not page_list:
        print("../shared/data not present: nothing to compare")
        return 0
    snap = snapshot(page_list)
    if args.save:
        args.save.write_text(json.dumps(snap, ensure_ascii=False), encoding="utf-8")
        print(f"saved {len(snap)} pages to {args.save}")
        return 0
    base = json.loads(args.check.read_text(encoding="utf-8"))
    bad = 0
    for name in sorted(set(base) | set(snap)):
        old, new = base.get(name), snap.get(name)
        if old == new:
            continue
        bad += 1
        if old is None or new is None:
            print(f"{name}: present in one run only")
            continue
        for part in ("record", "parsed"):
            for key in sorted(set(old[part]) | set(new[part])):
                if old[part].get(key) != new[part].get(key):
                    print(f"{name}: {part}.{key} differs")
    print(f"{len(snap)} pages compared, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
