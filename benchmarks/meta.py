"""Metadata benchmark on meta-dev: archnorm beside trafilatura's extract_metadata and htmldate.

    .venv/bin/python benchmarks/meta.py [--limit N] [--misses FIELD] [--split even|odd|all]
                                        [--time-meta N] [--dump get_text|inscriptis]
                                        [--conventions]

Scoring as ../shared/data/meta-dev/SOURCE.md: per field over pages with a non-null gold value;
title strict (normalised equality) and lenient (token-set F1 >= 0.9); author strict and lenient
(token subset either way); date exact (first 10 characters).  "author, none annotated" (not
in SOURCE.md): the share of pages whose gold author is null where a system still gives one (a
desk or agency the annotators left out counts too: read it as an upper bound of wrong authors;
lower is better).  pages/s times extraction only.

``--split``: the pages sorted by ID, numbered from 0; rules are tuned on the even-numbered pages
only, and the odd-numbered ones are kept as a held-out check ("all" prints both halves and all).
``--time-meta N``: also time ``htmlmeta.html_metadata`` alone on the parsed pages (CPU time, best
of N passes; parsing not timed), the metadata stage's own cost on a busy machine.
``--conventions``: instead of meta-dev, the synthetic pages of
``tests/cases/html_meta_conventions.json`` (our own text, one page per published markup
convention for authors and dates: microdata, ``rel=author``, hCard/hAtom, ``data-author``,
vendor meta names, JSON-LD ``@graph`` references, ``<footer>`` bylines, ``<time>`` kinds, time
zones), passed or failed per convention for each system.
``--dump STYLE``: score the text path instead: each page saved as a plain-text dump first
(``get_text``: every text node on its own line, as BeautifulSoup's ``get_text("\\n")``;
``inscriptis``: inscriptis' layout-aware text), then ``normalize(format="text")``; the peers get
the same dump as a page of ``<p>`` lines (trafilatura) or as text (htmldate).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

META = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "meta-dev"
_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOKEN_RE = re.compile(r"\w+")

Pred = tuple[str | None, str | None, str | None]  # title, author, date


def decode(raw: bytes) -> str:
    """SOURCE.md: UTF-8 if valid, else the first non-UTF-8 <meta> charset, else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for m in _CHARSET_RE.finditer(raw[:50_000]):
        cs = m.group(1).decode("ascii", "replace").lower()
        if cs.replace("-", "") != "utf8":
            try:
                return raw.decode(cs, "replace")
            except LookupError:
                continue
    return raw.decode("cp1252", "replace")


def norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def tokens(s: str) -> set[str]:
    out: set[str] = set()
    for tok in _TOKEN_RE.findall(norm(s)):
        if _CJK_RE.search(tok):
            rest = _CJK_RE.sub(" ", tok).split()
            out.update(_CJK_RE.findall(tok))
            out.update(rest)
        else:
            out.add(tok)
    return out


def title_lenient(pred: str, gold: str) -> bool:
    p, g = tokens(pred), tokens(gold)
    if not p or not g:
        return False
    shared = len(p & g)
    if not shared:
        return False
    prec, rec = shared / len(p), shared / len(g)
    return 2 * prec * rec / (prec + rec) >= 0.9


def author_lenient(pred: str, gold: str) -> bool:
    p, g = tokens(pred), tokens(gold)
    return bool(p) and (g <= p or p <= g)


def _archnorm(html: str, url: str) -> Pred:
    import archnorm

    rec = archnorm.normalize(html, url=url, format="html")
    return rec.title, rec.author, rec.published


def _trafilatura(html: str, url: str) -> Pred:
    from trafilatura import extract_metadata

    doc = extract_metadata(html, default_url=url)
    if doc is None:
        return None, None, None
    return doc.title, doc.author, doc.date


def _htmldate(html: str, url: str) -> Pred:
    from htmldate import find_date

    return None, None, find_date(html, url=url)


Page = tuple[str, str, dict]  # type: ignore[type-arg]  # id, html, gold record


def _as_dump(style: str, fn: Callable[[str, str], Pred], wrap: bool) -> Callable[[str, str], Pred]:
    """``fn`` run on the page's text dump (as a page of ``<p>`` lines when ``wrap``)."""
    import html as htmllib

    from _aeb import newline_dump

    def run(html: str, url: str) -> Pred:
        if style == "inscriptis":
            from inscriptis import get_text

            dump = get_text(html)
        else:
            dump = newline_dump(html)
        if wrap:
            lines = "".join(f"<p>{htmllib.escape(ln)}</p>" for ln in dump.splitlines() if ln)
            dump = f"<html><body>{lines}</body></html>"
        return fn(dump, url)

    return run


def _archnorm_text(dump: str, url: str) -> Pred:
    import archnorm

    rec = archnorm.normalize(dump, url=url, format="text")
    return rec.title, rec.author, rec.published


def predict(fn: Callable[[str, str], Pred], pages: list[Page]) -> tuple[list[Pred], float, int]:
    """Predictions for every page, the extraction time and the crash count."""
    preds: list[Pred] = []
    crashes = 0
    t0 = time.perf_counter()
    for _pid, html, gold in pages:
        try:
            preds.append(fn(html, gold["url"]))
        except Exception:
            crashes += 1
            preds.append((None, None, None))
    return preds, time.perf_counter() - t0, crashes


def score(pages: list[Page], preds: list[Pred]):  # type: ignore[no-untyped-def]
    """Per-field rates over the pages with a gold value, and the misses."""
    counts = dict.fromkeys(("title_s", "title_l", "author_s", "author_l", "date", "spurious"), 0)
    n = {"title": 0, "author": 0, "date": 0, "spurious": 0}
    misses: dict[str, list[tuple[str, str | None, str]]] = {"title": [], "author": [], "date": []}
    for (pid, _html, gold), (title, author, date) in zip(pages, preds, strict=True):
        if gold["title"]:
            n["title"] += 1
            counts["title_s"] += bool(title) and norm(title or "") == norm(gold["title"])
            counts["title_l"] += bool(title) and title_lenient(title or "", gold["title"])
            if not (title and norm(title) == norm(gold["title"])):
                misses["title"].append((pid, title, gold["title"]))
        if not gold["author"]:  # an author given where the annotators found none
            n["spurious"] += 1
            counts["spurious"] += bool(author)
        if gold["author"]:
            n["author"] += 1
            counts["author_s"] += bool(author) and norm(author or "") == norm(gold["author"])
            ok = bool(author) and author_lenient(author or "", gold["author"])
            counts["author_l"] += ok
            if not ok:
                misses["author"].append((pid, author, gold["author"]))
        if gold["date"]:
            n["date"] += 1
            ok = bool(date) and (date or "")[:10] == gold["date"]
            counts["date"] += ok
            if not ok:
                misses["date"].append((pid, date, gold["date"]))
    field = {
        "title_s": "title",
        "title_l": "title",
        "author_s": "author",
        "author_l": "author",
        "spurious": "spurious",
    }
    rates = {k: v / max(1, n[field.get(k, "date")]) for k, v in counts.items()}
    return rates, misses


def time_meta(pages: list[Page], passes: int) -> None:
    """CPU time of ``html_metadata`` alone over the parsed pages, best of ``passes``."""
    from archnorm import html, htmlmeta

    parsed = [(html.parse_html(text), gold["url"]) for _pid, text, gold in pages]
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for page, url in parsed:
            htmlmeta.html_metadata(page, url)
        best = min(best, time.process_time() - t0)
    print(
        f"htmlmeta.html_metadata: {1000 * best / max(1, len(parsed)):.2f} ms a page "
        f"(CPU, best of {passes}, {len(parsed)} parsed pages)\n"
    )


CASES = Path(__file__).resolve().parents[1] / "tests" / "cases" / "html_meta_conventions.json"


def conventions() -> int:
    """Each synthetic convention page through archnorm, trafilatura and htmldate; a table of
    which system gets which case (author: lenient, date: exact)."""
    data = json.loads(CASES.read_text(encoding="utf-8"))
    cases = []
    for c in data["cases"]:
        body = c["body"].replace("{text}", data["filler"])
        html = data["template"].replace("{lang}", c["lang"]).replace("{head}", c["head"])
        cases.append(
            (c["label"], c["field"], c["url"], html.replace("{body}", body), c["expected"])
        )
    import htmldate
    import trafilatura

    systems = [("archnorm", _archnorm), (f"trafilatura {trafilatura.__version__}", _trafilatura),
               (f"htmldate {htmldate.__version__}", _htmldate)]  # fmt: skip
    print(f"synthetic convention pages: {len(cases)} ({CASES.name})\n")
    print(f"| {'field':6s} | {'convention':48s} | archnorm | trafilatura | htmldate |")
    print(f"|{'-' * 8}|{'-' * 50}|----------|-------------|----------|")
    totals = {name: {"author": 0, "date": 0} for name, _ in systems}
    n = {"author": 0, "date": 0}
    for label, field, url, html, expected in cases:
        n[field] += 1
        cells = []
        for name, fn in systems:
            if field == "author" and name.startswith("htmldate"):
                cells.append("-")
                continue
            try:
                _title, author, date = fn(html, url)
            except Exception:
                author = date = None
            if field == "author":
                ok = bool(author) and author_lenient(author or "", expected)
            else:
                ok = (date or "")[:10] == expected
            totals[name][field] += ok
            cells.append("yes" if ok else "no")
        print(f"| {field:6s} | {label[:48]:48s} | {cells[0]:>8s} | {cells[1]:>11s} | "
              f"{cells[2]:>8s} |")  # fmt: skip
    print()
    for name, _ in systems:
        t = totals[name]
        author = "-" if name.startswith("htmldate") else f"{t['author']}/{n['author']}"
        print(f"{name}: author {author}, date {t['date']}/{n['date']}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--misses", choices=("title", "author", "date"), default=None)
    ap.add_argument("--split", choices=("even", "odd", "all"), default="all")
    ap.add_argument("--time-meta", type=int, default=0, metavar="N")
    ap.add_argument("--dump", choices=("get_text", "inscriptis"), default=None)
    ap.add_argument("--conventions", action="store_true")
    args = ap.parse_args()
    if args.conventions:
        return conventions()
    if not (META / "gold.json").exists():
        print(f"meta-dev not found at {META}; nothing to do")
        return 1
    gold = json.loads((META / "gold.json").read_text(encoding="utf-8"))
    pages: list[Page] = []
    for pid in sorted(gold):
        raw = gzip.decompress((META / "html" / f"{pid}.html.gz").read_bytes())
        pages.append((pid, decode(raw), gold[pid]))
    index = {p[0]: i for i, p in enumerate(pages)}
    if args.split != "all":
        pages = [p for p in pages if index[p[0]] % 2 == (args.split == "odd")]
    if args.limit:
        pages = pages[: args.limit]
    if args.time_meta:
        time_meta(pages, args.time_meta)
    import htmldate
    import trafilatura

    systems: list[tuple[str, Callable[[str, str], Pred]]] = [
        ("archnorm", _archnorm),
        (f"trafilatura {trafilatura.__version__} extract_metadata", _trafilatura),
        (f"htmldate {htmldate.__version__} find_date", _htmldate),
    ]
    if args.dump:
        print(f"text path: every page as a {args.dump} dump first\n")
        systems = [
            ("archnorm (text dump)", _as_dump(args.dump, _archnorm_text, wrap=False)),
            (f"{systems[1][0]} (<p> lines)", _as_dump(args.dump, _trafilatura, wrap=True)),
            (f"{systems[2][0]} (<p> lines)", _as_dump(args.dump, _htmldate, wrap=True)),
        ]
    runs = [(name, *predict(fn, pages)) for name, fn in systems]
    subsets = [(args.split, pages)]
    if args.split == "all":
        subsets = [
            ("even (tuned)", [p for p in pages if index[p[0]] % 2 == 0]),
            ("odd (held out)", [p for p in pages if index[p[0]] % 2 == 1]),
            ("all", pages),
        ]
    position = {p[0]: i for i, p in enumerate(pages)}
    for label, sub in subsets:
        print(
            f"meta-dev {label}: {len(sub)} pages (title {sum(1 for p in sub if p[2]['title'])}, "
            f"author {sum(1 for p in sub if p[2]['author'])}, "
            f"date {sum(1 for p in sub if p[2]['date'])})"
        )
        print()
        head = (
            f"| {'system':42s} | title strict | title lenient | author strict | author lenient "
            f"| author, none annotated | date | pages/s | crashes |"
        )
        print(head)
        print("|" + "|".join("-" * len(c) for c in head.split("|")[1:-1]) + "|")
        rows = []
        for name, preds, elapsed, crashes in runs:
            mine = [preds[position[p[0]]] for p in sub]
            row, misses = score(sub, mine)
            rows.append(row)
            skip = name.startswith("htmldate")

            def pct(key: str, row: dict = row, skip: bool = skip) -> str:  # type: ignore[type-arg]
                return "-" if skip and key != "date" else f"{100 * row[key]:.1f} %"

            print(
                f"| {name:42s} | {pct('title_s'):>12s} | {pct('title_l'):>13s} | "
                f"{pct('author_s'):>13s} | {pct('author_l'):>14s} | {pct('spurious'):>22s} | "
                f"{pct('date'):>4s} | "
                f"{len(pages) / elapsed:7.1f} | {crashes:7d} |"
            )
            if args.misses and name == "archnorm" and label == subsets[-1][0]:
                for pid, pred, want in misses[args.misses]:
                    print(f"   miss {pid[:8]} pred={pred!r} gold={want!r}", file=sys.stderr)
        a, t = rows[0], rows[1]
        print()
        print(
            f"archnorm / trafilatura: speed {runs[1][2] / runs[0][2]:.1f}x; title strict "
            f"{100 * (a['title_s'] - t['title_s']):+.1f} points, author lenient "
            f"{100 * (a['author_l'] - t['author_l']):+.1f}, "
            f"date {100 * (a['date'] - t['date']):+.1f}"
        )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
