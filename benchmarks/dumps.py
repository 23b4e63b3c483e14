"""Body F1 on aeb-dev pages saved by several dump tools: the data set's own text (html-text),
every text node on a line (BeautifulSoup get_text style), Markdown (html2text), inscriptis, and
the text browsers lynx and w3m (``-dump`` with their default 80 columns, so paragraphs are
hard-wrapped; lynx also numbers links and lists their addresses).

    .venv/bin/python benchmarks/dumps.py            # needs the bench and train extras
    .venv/bin/python benchmarks/dumps.py --cv-only  # held-out rows only (model development)
    .venv/bin/python benchmarks/dumps.py --cache /tmp/aeb-dumps   # reuse the dumps between runs

lynx and w3m are programs, not Python packages (Debian: ``apt-get install lynx w3m``); a style
whose program is missing is skipped with a note.

Rows per dump style:

- ``archnorm normalize()``: the whole pipeline with the packaged line model (which was trained
  on aeb-dev's html-text and get_text dumps of these pages: in-sample for those two styles);
- ``archnorm normalize() CV by page``: held out, the whole ``normalize()`` (header metadata
  taken out, the settling pass that keeps a body stable when normalised again) with each page's
  fold model in place of the packaged one: what a user gets on a page never trained on;
- ``archnorm CV by page``: held out: the line model is trained, as ``train_lines.py`` trains
  it, on the pages of four folds and run (``classify()``, after repair and the Markdown or
  link-reference conversion) on the fifth; only html-text and get_text dumps are in training;
- the C4 line rule, trafilatura on the dump (each line a ``<p>``) and "keep all lines".

Metric as ../shared/data/aeb-dev/SOURCE.md (see ``_aeb.score``).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import archnorm
from _aeb import AebPage, load, newline_dump, score
from archnorm import linkrefs, markdown, segment
from archnorm.linemodel import LineModel
from archnorm.repair import repair
from body import _trafilatura_dump
from c4rule import c4_clean

FOLDS = 5
THRESHOLD: float | None = None  # None: the packaged text model's


def _html2text(html: str) -> str:
    import html2text

    h = html2text.HTML2Text()
    h.body_width = 0  # no re-wrapping: one paragraph, one line
    return h.handle(html)


def _inscriptis(html: str) -> str:
    from inscriptis import get_text

    return get_text(html)


_BROWSERS = {
    "lynx": ["lynx", "-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8"],
    "w3m": ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"],
}


def _browser(name: str) -> Callable[[AebPage], str]:
    def dump(page: AebPage) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
            f.write(page.html)
        try:
            cmd = [*_BROWSERS[name], f.name]
            run = subprocess.run(cmd, check=False, capture_output=True, timeout=60)
            return run.stdout.decode("utf-8", "replace")
        finally:
            Path(f.name).unlink()

    return dump


STYLES: dict[str, Callable[[AebPage], str]] = {
    "html-text": lambda p: p.text,
    "get_text": lambda p: newline_dump(p.html),
    "markdown": lambda p: _html2text(p.html),
    "inscriptis": lambda p: _inscriptis(p.html),
    "lynx": _browser("lynx"),
    "w3m": _browser("w3m"),
}


def _blocks(dump: str) -> list[segment.Block]:
    """The blocks the pipeline classifies for a dump (Markdown converted first, as it is)."""
    fmt = archnorm.pipeline.sniff_format(dump)
    if fmt == "markdown":
        dump = markdown.to_text(dump).text
    else:
        dump = linkrefs.strip_link_references(dump).text
    return segment.split_lines(repair(dump).text)


FOLD_OF: list[int] = []
"""The fold of each page (``--shuffle``); empty: page i is in fold ``i % FOLDS``."""


def _fold(i: int) -> int:
    return FOLD_OF[i] if FOLD_OF else i % FOLDS


def fold_models(pages: list[AebPage]) -> list[LineModel]:
    """The line model of each fold, trained as ``train_lines.py`` trains it on the other folds'
    pages (html-text and get_text dumps and clean pages)."""
    import train_lines as tl
    from archnorm.linemodel import model_from_dict

    # the packaged model's keep threshold (read from the file: its weights may be stale
    # while the features are being changed)
    threshold = THRESHOLD or json.loads(tl.OUT.read_text(encoding="utf-8"))["text"]["threshold"]
    by_src = {s: tl.build(pages, s) for s in tl.TEXT_SOURCES}
    models = []
    for k in range(FOLDS):
        train = [by_src[s][i] for s in tl.TEXT_SOURCES for i in range(len(pages)) if _fold(i) != k]
        m = tl.train(train, tl.C_BY_KIND["text"], tl.C_BY_KIND["text"])
        models.append(model_from_dict({"k": tl._model_dict(m, threshold)}, "k"))
    return models


def cv_bodies(models: list[LineModel], dumps: list[str]) -> list[str]:
    """Out-of-fold bodies: each page classified by the model of its fold."""
    from archnorm.boilerplate import classify

    out = []
    for i, dump in enumerate(dumps):
        blocks = _blocks(dump)
        dec = classify(blocks, model=models[_fold(i)])
        out.append(segment.join_blocks([b for b, d in zip(blocks, dec, strict=True) if d.keep]))
    return out


def cv_normalize_bodies(
    pages: list[AebPage], models: list[LineModel], dumps: list[str]
) -> list[str]:
    """Out-of-fold bodies of the whole ``normalize()`` (header metadata taken out, and the
    settling pass that keeps a body stable when normalised again), each page with the line
    model of its fold in place of the packaged one."""
    from archnorm import boilerplate

    names = vars(boilerplate)  # the module's globals: its load_model swapped for the fold's
    packaged = names["load_model"]
    out = []
    try:
        for i, (page, dump) in enumerate(zip(pages, dumps, strict=True)):
            model = models[_fold(i)]
            names["load_model"] = lambda _kind, m=model: m
            out.append(archnorm.normalize(dump, url=page.url).body)
    finally:
        names["load_model"] = packaged
    return out


def make_dumps(pages: list[AebPage], style: str, cache: Path | None) -> list[str]:
    """The pages saved by ``style``'s tool (read from ``cache`` when it holds them)."""
    path = None if cache is None else cache / f"{style}.pickle"
    if path is not None and path.exists():
        dumps: list[str] = pickle.loads(path.read_bytes())
        if len(dumps) == len(pages):
            return dumps
    dumps = [STYLES[style](p) for p in pages]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(dumps))
    return dumps


def _systems(
    pages: list[AebPage], dumps: list[str], models: list[LineModel], *, cv_only: bool
) -> list[tuple[str, Callable[[], list[str]]]]:
    """The systems scored on one dump style: name and a function giving their bodies."""
    cv: tuple[str, Callable[[], list[str]]] = (
        "archnorm CV by page",
        lambda: cv_bodies(models, dumps),
    )
    cv_whole: tuple[str, Callable[[], list[str]]] = (
        "archnorm normalize() CV by page",
        lambda: cv_normalize_bodies(pages, models, dumps),
    )
    if cv_only:
        return [cv, cv_whole]
    return [
        cv_whole,
        (
            "archnorm normalize()",
            lambda: [
                archnorm.normalize(d, url=p.url).body for p, d in zip(pages, dumps, strict=True)
            ],
        ),
        cv,
        ("C4 line rule", lambda: [c4_clean(d) for d in dumps]),
        (
            "trafilatura (lines as <p>)",
            lambda: [_trafilatura_dump(p, d) for p, d in zip(pages, dumps, strict=True)],
        ),
        ("keep all lines", lambda: dumps),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv-only", action="store_true", help="only the held-out (CV) rows")
    ap.add_argument("--styles", default=",".join(STYLES), help="comma-separated dump styles")
    ap.add_argument("--cache", type=Path, default=None, help="folder to keep the dumps in")
    ap.add_argument(
        "--sources", default=None, help="comma-separated training sources (train_lines.py kinds)"
    )
    ap.add_argument("--threshold", type=float, default=None, help="keep threshold of the CV models")
    ap.add_argument(
        "--shuffle", type=int, default=0, help="seed: another assignment of pages to folds"
    )
    args = ap.parse_args()
    global THRESHOLD  # noqa: PLW0603 - run-wide option
    THRESHOLD = args.threshold
    if args.sources:
        import train_lines as tl

        tl.TEXT_SOURCES = tuple(args.sources.split(","))
    styles = [s for s in args.styles.split(",") if s]
    unknown = [s for s in styles if s not in STYLES]
    if unknown:
        ap.error(f"unknown dump styles {unknown}; known: {list(STYLES)}")
    try:
        pages = load()
    except FileNotFoundError as exc:
        print(f"aeb-dev not found ({exc}); nothing to do")
        return 1
    golds = [p.gold for p in pages]
    if args.shuffle:
        order = list(range(len(pages)))
        random.Random(args.shuffle).shuffle(order)
        FOLD_OF[:] = [0] * len(pages)
        for rank, i in enumerate(order):
            FOLD_OF[i] = rank % FOLDS
    models = fold_models(pages)
    print(f"aeb-dev: {len(pages)} pages; body F1 / P / R by dump style\n")
    head = f"| {'dump style':10s} | {'system':28s} | {'F1':>6s} | {'P':>6s} | {'R':>6s} |"
    print(head)
    print("|" + "|".join("-" * len(c) for c in head.split("|")[1:-1]) + "|")
    cv_f1: list[float] = []
    for style in styles:
        if style in _BROWSERS and shutil.which(_BROWSERS[style][0]) is None:
            print(f"| {style:10s} | (skipped: {_BROWSERS[style][0]} is not installed)")
            continue
        dumps = make_dumps(pages, style, args.cache)
        rows = _systems(pages, dumps, models, cv_only=args.cv_only)
        for name, bodies in rows:
            f1, p, r = score(bodies(), golds)
            if name == "archnorm CV by page":
                cv_f1.append(f1)
            print(f"| {style:10s} | {name:28s} | {f1:6.4f} | {p:6.4f} | {r:6.4f} |")
    print()
    if cv_f1:
        print(f"CV by page: mean F1 {sum(cv_f1) / len(cv_f1):.4f}, lowest {min(cv_f1):.4f}")
    print("CV by page: trained on html-text and get_text dumps (and clean pages) of the other")
    print("folds' pages; the other dump styles are never seen in training.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
