"""Where the time of the body stages goes, stage by stage, beside the C4 line rule and
trafilatura in the same run (aeb-dev, 88 pages; CPU milliseconds a page, best of ``--repeat``
passes, the passes of all rows interleaved).

    .venv/bin/python benchmarks/stages.py [--repeat N]

Text rows run on aeb-dev's plain-text dumps, HTML rows on its HTML.  "line features, all pages
at once" featurises the distinct lines of all 88 pages in one call: the cost of the numpy
feature pass with no per-call overhead, a floor for the per-page "line features" row.  The
issue's text target, 2,000 pages/s, is a budget of 0.5 ms a page for all text rows together.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from _aeb import load
from archnorm import boilerplate, html, htmlmeta, meta, segment
from archnorm._linefeatures import _text_features
from archnorm.repair import repair
from c4rule import c4_clean

Step = Callable[[], object]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pages = load()
    if not pages:
        print("../shared/data/aeb-dev not present: nothing to measure")
        return 0
    n = len(pages)
    dumps = [p.text for p in pages]
    repaired = [repair(d).text for d in dumps]
    blocks = [segment.split_lines(r) for r in repaired]
    texts = [list(dict.fromkeys(b.text for b in bl)) for bl in blocks]
    all_texts = list(dict.fromkeys(t for ts in texts for t in ts))
    decisions = [boilerplate.classify(b) for b in blocks]
    words = [[len(b.text.split()) for b in bl] for bl in blocks]
    cfg = boilerplate.BoilerplateConfig()
    parsed = [html.parse_html(p.html) for p in pages]
    h_repaired = [repair(p.text).text for p in parsed]
    rebased = [html.rebase(p, r) for p, r in zip(parsed, h_repaired, strict=True)]
    h_decisions = [boilerplate.classify(b, paths=pa) for b, pa in rebased]

    def each(fn: Callable[[int], object]) -> Step:
        return lambda: [fn(i) for i in range(n)]

    rows: list[tuple[str, str, Step]] = [
        ("text", "repair", each(lambda i: repair(dumps[i]))),
        ("text", "split into lines", each(lambda i: segment.split_lines(repaired[i]))),
        ("text", "line features", each(lambda i: _text_features(texts[i]))),
        ("text", "line features, all pages at once", lambda: _text_features(all_texts)),
        (
            "text",
            "phrase rules",
            each(lambda i: boilerplate.phrase_verdicts(texts_of(blocks[i]), words[i], cfg)),
        ),
        (
            "text",
            "classify (features + model + rules)",
            each(lambda i: boilerplate.classify(blocks[i])),
        ),
        (
            "text",
            "metadata",
            each(lambda i: meta.extract(blocks[i], decisions[i], url=pages[i].url)),
        ),
        ("text", "C4 line rule (whole job)", each(lambda i: c4_clean(dumps[i]))),
        ("html", "parse", each(lambda i: html.parse_html(pages[i].html))),
        ("html", "repair", each(lambda i: repair(parsed[i].text))),
        ("html", "blocks", each(lambda i: html.rebase(parsed[i], h_repaired[i]))),
        (
            "html",
            "classify",
            each(lambda i: boilerplate.classify(rebased[i][0], paths=rebased[i][1])),
        ),
        (
            "html",
            "metadata",
            each(
                lambda i: htmlmeta.extract(
                    parsed[i], rebased[i][0], h_decisions[i], url=pages[i].url
                )
            ),
        ),
    ]
    try:
        import trafilatura

        rows.append(
            (
                "html",
                "trafilatura extract() (whole job)",
                each(lambda i: trafilatura.extract(pages[i].html, url=pages[i].url)),
            )
        )
    except ImportError:
        print("trafilatura not installed (pip install -e '.[bench]'): its row is left out")

    best = [float("inf")] * len(rows)
    for _ in range(args.repeat):
        for k, (_inp, _name, step) in enumerate(rows):
            t0 = time.process_time()
            step()
            best[k] = min(best[k], time.process_time() - t0)
    print(
        f"aeb-dev: {n} pages, {sum(len(b) for b in blocks) / n:.0f} lines and "
        f"{sum(map(len, dumps)) / n:.0f} characters a page (text); best of {args.repeat}"
    )
    print()
    print("| input | stage | ms a page | pages/s |")
    print("|---|---|---|---|")
    for (inp, name, _step), secs in zip(rows, best, strict=True):
        ms = secs / n * 1000
        print(f"| {inp} | {name} | {ms:.3f} | {1000 / ms:,.0f} |")
    text_total = sum(
        secs
        for (inp, name, _s), secs in zip(rows, best, strict=True)
        if inp == "text"
        and name
        in ("repair", "split into lines", "classify (features + model + rules)", "metadata")
    )
    print()
    print(
        f"text body stages together (repair + split + classify + metadata): "
        f"{text_total / n * 1000:.3f} ms a page = {n / text_total:,.0f} pages/s "
        f"(target 2,000 pages/s = 0.5 ms a page)"
    )
    return 0


def texts_of(bl: list[segment.Block]) -> list[str]:
    return [b.text for b in bl]


if __name__ == "__main__":
    sys.exit(main())
