"""Body-extraction benchmark on aeb-dev: archnorm beside trafilatura, a C4 line rule and
"keep all lines", on the plain-text dumps (two dump styles) and on the HTML, in one run.

    .venv/bin/python benchmarks/body.py [--repeat N] [--limit N]

Metric as ../shared/data/aeb-dev/SOURCE.md: \\w+ tokens, multisets of token 4-gram shingles,
macro precision and recall over pages, F1 of the two averages.  pages/s counts extraction only
(best of ``--repeat`` passes, CPU time of this single process, passes of all systems
interleaved so that load changes on a shared machine touch them alike); input dumps are made
before timing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import archnorm
from _aeb import AebPage, load, newline_dump, score
from c4rule import c4_clean

Extractor = Callable[[AebPage, str], str]


def _archnorm_text(page: AebPage, dump: str) -> str:
    return archnorm.normalize(dump, url=page.url, format="text").body


def _archnorm_html(page: AebPage, _dump: str) -> str:
    return archnorm.normalize(page.html, url=page.url, format="html").body


def _stages_html(page: AebPage, _dump: str) -> str:
    """The body stages only (parse, repair, classify, metadata), as trafilatura's extract():
    no date and name finding, no record building."""
    from archnorm import boilerplate, html, htmlmeta, segment
    from archnorm.repair import repair

    parsed = html.parse_html(page.html)
    blocks, paths = html.rebase(parsed, repair(parsed.text).text)
    decisions = boilerplate.classify(blocks, paths=paths)
    used = htmlmeta.extract(parsed, blocks, decisions, url=page.url).used
    kept = [
        b
        for i, (b, d) in enumerate(zip(blocks, decisions, strict=True))
        if d.keep and i not in used
    ]
    return segment.join_blocks(kept)


def _stages_text(page: AebPage, dump: str) -> str:
    from archnorm import boilerplate, meta, segment
    from archnorm.repair import repair

    blocks = segment.split_lines(repair(dump).text)
    decisions = boilerplate.classify(blocks)
    used = meta.extract(blocks, decisions, url=page.url).used
    kept = [
        b
        for i, (b, d) in enumerate(zip(blocks, decisions, strict=True))
        if d.keep and i not in used
    ]
    return segment.join_blocks(kept)


def _trafilatura(fast: bool) -> Extractor:
    import trafilatura

    def run(page: AebPage, _dump: str) -> str:
        return trafilatura.extract(page.html, url=page.url, fast=fast) or ""

    return run


def _trafilatura_dump(page: AebPage, dump: str) -> str:
    """trafilatura on a dump: each line wrapped in a <p> of a minimal HTML page."""
    import html as htmllib

    import trafilatura

    paras = "".join(f"<p>{htmllib.escape(ln)}</p>" for ln in dump.splitlines() if ln.strip())
    return trafilatura.extract(f"<html><body>{paras}</body></html>", url=page.url) or ""


def _keep_all(_page: AebPage, dump: str) -> str:
    return dump


def _c4(_page: AebPage, dump: str) -> str:
    return c4_clean(dump)


def run_once(fn: Extractor, pages: list[AebPage], dumps: list[str]) -> tuple[list[str], float, int]:
    """One pass of a system over the pages: outputs, CPU seconds, crashes."""
    out: list[str] = []
    crashes = 0
    t0 = time.process_time()
    for page, dump in zip(pages, dumps, strict=True):
        try:
            out.append(fn(page, dump))
        except Exception:  # a crash is a miss, counted
            crashes += 1
            out.append("")
    return out, time.process_time() - t0, crashes


def run_all(
    systems: list[tuple[str, str, Extractor, int]],
    pages: list[AebPage],
    dumps: dict[str, list[str]],
    repeat: int,
) -> list[tuple[float, float, float, float, int]]:
    """F1, P, R, pages/s (best of ``repeat`` passes, CPU time) and crashes of each system.

    The passes are interleaved (every system once, then every system again, ...), so that a
    change of load on the shared machine during the run touches all systems alike."""
    best = [float("inf")] * len(systems)
    outs: list[list[str]] = [[] for _ in systems]
    crashes = [0] * len(systems)
    for r in range(repeat):
        for k, (_name, inp, fn, reps) in enumerate(systems):
            if r >= reps:
                continue
            outs[k], secs, crashes[k] = run_once(fn, pages, dumps[inp])
            best[k] = min(best[k], secs)
    golds = [pg.gold for pg in pages]
    return [
        (*score(outs[k], golds), len(pages) / max(best[k], 1e-9), crashes[k])
        for k in range(len(systems))
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3, help="timing: best of N runs")
    ap.add_argument("--limit", type=int, default=0, help="first N pages only")
    args = ap.parse_args()
    try:
        pages = load()
    except FileNotFoundError as exc:
        print(f"aeb-dev not found ({exc}); nothing to do")
        return 1
    if args.limit:
        pages = pages[: args.limit]
    dumps = {
        "html_text": [p.text for p in pages],
        "newline": [newline_dump(p.html) for p in pages],
        "html": [""] * len(pages),
    }
    import trafilatura

    systems: list[tuple[str, str, Extractor, int]] = [
        ("archnorm normalize()", "html", _archnorm_html, args.repeat),
        ("archnorm body stages", "html", _stages_html, args.repeat),
        (f"trafilatura {trafilatura.__version__}", "html", _trafilatura(False), args.repeat),
        (f"trafilatura {trafilatura.__version__} fast", "html", _trafilatura(True), args.repeat),
        ("archnorm normalize()", "html_text", _archnorm_text, args.repeat),
        ("archnorm body stages", "html_text", _stages_text, args.repeat),
        ("trafilatura (lines as <p>)", "html_text", _trafilatura_dump, args.repeat),
        ("C4 line rule", "html_text", _c4, args.repeat),
        ("keep all lines", "html_text", _keep_all, 1),
        ("archnorm normalize()", "newline", _archnorm_text, args.repeat),
        ("archnorm body stages", "newline", _stages_text, args.repeat),
        ("trafilatura (lines as <p>)", "newline", _trafilatura_dump, args.repeat),
        ("C4 line rule", "newline", _c4, args.repeat),
        ("keep all lines", "newline", _keep_all, 1),
    ]
    print(f"aeb-dev: {len(pages)} pages; dumps: html_text = the data set's text/ (html-text")
    print("0.7.1), newline = every text node on its own line (BeautifulSoup get_text style)")
    print()
    header = f"| {'system':30s} | {'input':9s} | {'F1':>6s} | {'P':>6s} | {'R':>6s} | "
    header += f"{'pages/s':>8s} | {'F1 / traf.':>10s} | {'speed / traf.':>13s} |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    measured = run_all(systems, pages, dumps, args.repeat)
    results = [(name, inp, *m) for (name, inp, _fn, _rep), m in zip(systems, measured, strict=True)]
    ref_f1, ref_pps = results[2][2], results[2][5]  # default trafilatura on the HTML
    for name, inp, f1, p, r, pps, crashes in results:
        note = f" ({crashes} crashes)" if crashes else ""
        print(
            f"| {name + note:30s} | {inp:9s} | {f1:6.4f} | {p:6.4f} | {r:6.4f} | {pps:8.1f} | "
            f"{f1 / ref_f1:10.3f} | {pps / ref_pps:12.1f}x |"
        )
    print()
    print("Ratios are against default trafilatura on the HTML (third row), same run.")
    print("normalize() = the whole record (repair, body, metadata, dates, names); body stages =")
    print("parse/repair/classify/metadata only, the work trafilatura's extract() does.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
