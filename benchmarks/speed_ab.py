"""A/B speed of the HTML path: this checkout against an earlier commit, beside trafilatura,
interleaved page by page in one process (aeb-dev, 88 pages).

    .venv/bin/python benchmarks/speed_ab.py [--base REF] [--repeat N]

The earlier commit's ``src/archnorm`` is exported (``git archive``) into a temporary folder and
imported as the package ``archnorm_base``.  For every page the systems run one after the other,
in an order that rotates from page to page, so that a change of load on a shared machine touches
all of them alike; CPU seconds of this process are summed per system over a pass, and the best of
``--repeat`` passes is kept.  "body stages" is the work ``benchmarks/body.py`` times under that
name (parse, repair, classify, metadata; as trafilatura's ``extract()``), "normalize()" the whole
record.  Then the five HTML stages of ``benchmarks/stages.py`` (parse, repair, blocks, classify,
metadata), per page for each side, the two sides alternating.  A speed benchmark only: both
sides must give the same bodies (checked).
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from _aeb import AebPage, load

REPO = Path(__file__).resolve().parents[1]


def import_base(ref: str, into: Path) -> ModuleType:
    """``src/archnorm`` at ``ref``, importable as ``archnorm_base``."""
    raw = subprocess.run(
        ["git", "-C", str(REPO), "archive", ref, "src/archnorm"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(into, filter="data")
    pkg = into / "src" / "archnorm"
    word = re.compile(r"\barchnorm\b")
    for path in pkg.rglob("*.py"):
        path.write_text(word.sub("archnorm_base", path.read_text("utf-8")), "utf-8")
    pkg.rename(into / "archnorm_base")
    sys.path.insert(0, str(into))
    return importlib.import_module("archnorm_base")


def body_stages(pkg: str) -> Callable[[AebPage], str]:
    """``benchmarks/body.py``'s body stages, with the modules of package ``pkg``."""
    mod = {n: importlib.import_module(f"{pkg}.{n}") for n in ("boilerplate", "html", "segment")}
    htmlmeta = importlib.import_module(f"{pkg}.htmlmeta")
    repair = importlib.import_module(f"{pkg}.repair").repair

    def run(page: AebPage) -> str:
        parsed = mod["html"].parse_html(page.html)
        blocks, paths = mod["html"].rebase(parsed, repair(parsed.text).text)
        decisions = mod["boilerplate"].classify(blocks, paths=paths)
        used = htmlmeta.extract(parsed, blocks, decisions, url=page.url).used
        kept = [
            b
            for i, (b, d) in enumerate(zip(blocks, decisions, strict=True))
            if d.keep and i not in used
        ]
        return str(mod["segment"].join_blocks(kept))

    return run


STAGES = ("parse", "repair", "blocks", "classify", "metadata")


def stage_steps(pkg: str) -> Callable[[AebPage], list[float]]:
    """CPU seconds of each of ``STAGES`` on one page, with the modules of package ``pkg`` (the
    rows of ``benchmarks/stages.py``)."""
    mod = {n: importlib.import_module(f"{pkg}.{n}") for n in ("boilerplate", "html", "htmlmeta")}
    repair = importlib.import_module(f"{pkg}.repair").repair
    clock = time.process_time

    def run(page: AebPage) -> list[float]:
        t0 = clock()
        parsed = mod["html"].parse_html(page.html)
        t1 = clock()
        text = repair(parsed.text).text
        t2 = clock()
        blocks, paths = mod["html"].rebase(parsed, text)
        t3 = clock()
        decisions = mod["boilerplate"].classify(blocks, paths=paths)
        t4 = clock()
        mod["htmlmeta"].extract(parsed, blocks, decisions, url=page.url)
        t5 = clock()
        return [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]

    return run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="main", help="git ref to compare with (default: main)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    try:
        pages = load()
    except FileNotFoundError as exc:
        print(f"aeb-dev not found ({exc}); nothing to do")
        return 1
    import trafilatura

    import archnorm

    with tempfile.TemporaryDirectory() as tmp:
        base = import_base(args.base, Path(tmp))
        systems: list[tuple[str, Callable[[AebPage], Any]]] = [
            (f"body stages, {args.base}", body_stages("archnorm_base")),
            ("body stages, this checkout", body_stages("archnorm")),
            (
                f"normalize(), {args.base}",
                lambda p: base.normalize(p.html, url=p.url, format="html").body,
            ),
            (
                "normalize(), this checkout",
                lambda p: archnorm.normalize(p.html, url=p.url, format="html").body,
            ),
            (
                f"trafilatura {trafilatura.__version__}",
                lambda p: trafilatura.extract(p.html, url=p.url) or "",
            ),
        ]
        k = len(systems)
        best = [float("inf")] * k
        outs: list[list[str]] = [[] for _ in systems]
        steppers = [stage_steps("archnorm_base"), stage_steps("archnorm")]
        best_stages = [[float("inf")] * len(STAGES) for _ in steppers]
        for _ in range(args.repeat):
            spent = [0.0] * k
            spent_stages = [[0.0] * len(STAGES) for _ in steppers]
            outs = [[] for _ in systems]
            for i, page in enumerate(pages):
                for j in range(k):
                    s = (i + j) % k  # the order rotates from page to page
                    t0 = time.process_time()
                    outs[s].append(systems[s][1](page))
                    spent[s] += time.process_time() - t0
                for j in range(2):
                    side = (i + j) % 2
                    for st, secs in enumerate(steppers[side](page)):
                        spent_stages[side][st] += secs
            best = [min(b, s) for b, s in zip(best, spent, strict=True)]
            for side in range(2):
                best_stages[side] = [
                    min(b, s) for b, s in zip(best_stages[side], spent_stages[side], strict=True)
                ]
    if outs[0] != outs[1] or outs[2] != outs[3]:
        print("warning: the two checkouts gave different bodies")
    ref = len(pages) / best[-1]
    print(f"aeb-dev: {len(pages)} pages, best of {args.repeat} passes, interleaved page by page")
    print()
    print("| system | ms a page | pages/s | speed / trafilatura |")
    print("|---|---|---|---|")
    for (name, _fn), secs in zip(systems, best, strict=True):
        pps = len(pages) / secs
        print(f"| {name} | {secs / len(pages) * 1000:.2f} | {pps:.1f} | {pps / ref:.2f}x |")
    print()
    print(f"| stage (ms a page) | {args.base} | this checkout | change |")
    print("|---|---|---|---|")
    for st, name in enumerate(STAGES):
        a, b = (best_stages[side][st] / len(pages) * 1000 for side in range(2))
        print(f"| {name} | {a:.3f} | {b:.3f} | {(b - a) / a:+.0%} |")
    a, b = (sum(best_stages[side]) / len(pages) * 1000 for side in range(2))
    print(f"| all five | {a:.3f} | {b:.3f} | {(b - a) / a:+.0%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
