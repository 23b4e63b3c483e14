"""Equality harness for speed work on the names package: the full output of two code trees
compared, case by case.

Each case runs ``cluster_names()`` (or a ``NameGraph`` / ``NameIndex``) and records every
cluster's canonical form, members, kind, authority id and links (member, rule, score):

- every split of ``benchmarks/data/name_clusters.json`` alone, and all of them together;
- seeded synthetic mention lists (``benchmarks/names.py synthetic()``) of 10k and 100k (and 1M
  with ``--big``);
- a ``NameGraph`` fed in two batches (clusters read after each), on the 100k list;
- an authority (canonical names, aliases, must-link and cannot-link pairs) over the dev split;
- ``NameIndex.resolve()`` of names never added (other splits, another seed's synthetic names)
  against an index of the dev split and a synthetic list.

    .venv/bin/python benchmarks/names_equal.py --base /tmp/base/src            # compare
    .venv/bin/python benchmarks/names_equal.py --base /tmp/base/src --big      # + 1M
    .venv/bin/python benchmarks/names_equal.py --dump out.json.gz              # this tree only

The comparison runs each tree in a child process with ``PYTHONPATH`` set to its ``src``; the
synthetic lists come from this tree's ``benchmarks/names.py`` for both.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names as bench  # noqa: E402  (benchmarks/names.py: SPLITS, synthetic, load_clusters)


def _clusters(clusters: Any) -> list[Any]:
    return [
        [
            c.canonical,
            list(c.members),
            c.kind,
            c.authority_id,
            [[ln.member, ln.rule, ln.score] for ln in c.links],
        ]
        for c in clusters
    ]


def cases(big: bool) -> dict[str, Any]:
    """Every case's output, in JSON-normal form."""
    import archnorm
    from archnorm.names.authority import Authority
    from archnorm.names.cluster import NameGraph
    from archnorm.names.index import NameIndex

    out: dict[str, Any] = {}
    for split in (*bench.SPLITS, "all"):
        names = sorted(bench.load_clusters(split))
        out[f"split:{split}"] = _clusters(archnorm.cluster_names(names))
    sizes = [10_000, 100_000] + ([1_000_000] if big else [])
    for size in sizes:
        names, _ = bench.synthetic(size)
        out[f"synthetic:{size}"] = _clusters(archnorm.cluster_names(names))
    names, _ = bench.synthetic(100_000)
    graph = NameGraph()
    graph.add(names[:40_000])
    out["incremental:first"] = _clusters(graph.cluster().clusters)
    graph.add(names[40_000:])
    out["incremental:second"] = _clusters(graph.cluster().clusters)
    # an authority over the dev split: each entity's first spelling canonical, the next two
    # aliases; a must-link and a cannot-link pair across entities
    truth = bench.load_clusters("dev")
    by_ent: dict[str, list[str]] = {}
    for name in sorted(truth):
        by_ent.setdefault(truth[name], []).append(name)
    ents = sorted(by_ent.items())
    auth = Authority.from_dict(
        {
            "entities": [
                {"id": eid, "canonical": sp[0], "aliases": sp[1:3]} for eid, sp in ents[::2]
            ],
            "must_link": [[ents[1][1][0], ents[3][1][-1]]],
            "cannot_link": [[ents[0][1][0], ents[0][1][-1]], [ents[2][1][0], ents[4][1][0]]],
        }
    )
    out["authority:dev"] = _clusters(archnorm.cluster_names(sorted(truth), authority=auth))
    index = NameIndex()
    index.add(sorted(truth))
    index.add(bench.synthetic(10_000)[0])
    unseen = sorted(bench.load_clusters("all")) + bench.synthetic(3_000, seed=99)[0]
    res = []
    for name in unseen:
        r = index.resolve(name)
        res.append(
            None if r is None else [r.member, r.canonical, r.rule, r.score, r.kind, r.authority_id]
        )
    out["index:resolve"] = res
    return json.loads(json.dumps(out))


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


def _run_tree(src: Path, big: bool, dump: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, __file__, "--dump", str(dump)] + (["--big"] if big else [])
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True)
    print(f"# {src}: {time.perf_counter() - t0:.0f} s", flush=True)
    data: dict[str, Any] = json.loads(gzip.decompress(dump.read_bytes()))
    return data


def _first_difference(a: Any, b: Any) -> str:
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return f"[{i}]: {json.dumps(x)[:300]} != {json.dumps(y)[:300]}"
        return f"lengths {len(a)} != {len(b)}"
    return f"{json.dumps(a)[:300]} != {json.dumps(b)[:300]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, help="the reference tree's src directory")
    ap.add_argument("--new", type=Path, default=HERE.parent / "src", help="this tree's src")
    ap.add_argument("--big", action="store_true", help="also the 1M synthetic list")
    ap.add_argument("--dump", type=Path, help="write this interpreter's outputs here and stop")
    ap.add_argument("--keep", type=Path, default=Path("/tmp"), help="where the dumps go")
    args = ap.parse_args()
    if args.dump is not None:
        import archnorm

        print(f"# archnorm from {Path(archnorm.__file__).parent}", flush=True)
        args.dump.write_bytes(gzip.compress(json.dumps(cases(args.big)).encode()))
        return
    if args.base is None:
        ap.error("--base or --dump")
    tag = "big" if args.big else "small"
    base = _run_tree(args.base, args.big, args.keep / f"names_equal_base_{tag}.json.gz")
    new = _run_tree(args.new, args.big, args.keep / f"names_equal_new_{tag}.json.gz")
    print("| case | clusters | base digest | new digest | equal |")
    print("|---|---|---|---|---|")
    bad = 0
    for case in sorted(set(base) | set(new)):
        x, y = base.get(case), new.get(case)
        same = x == y
        bad += not same
        n = len(x) if isinstance(x, list) else 0
        print(f"| {case} | {n:,} | {_digest(x)} | {_digest(y)} | {'yes' if same else 'NO'} |")
        if not same:
            print(f"<!-- {case}: {_first_difference(x, y)} -->")
    print(f"\n{'IDENTICAL' if not bad else f'{bad} CASES DIFFER'}: {len(base)} cases")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
