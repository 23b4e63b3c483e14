"""Shared helpers for the body benchmarks: load aeb-dev, make dumps, score as SOURCE.md says.

Scoring (upstream Article Extraction Benchmark): tokens are ``\\w+`` matches; each text is a
multiset of token 4-gram shingles; per page precision = shared / predicted and recall = shared /
gold (multiset counts); P and R are averaged over pages (macro) and F1 is their harmonic mean.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

AEB = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "aeb-dev"
_TOKEN_RE = re.compile(r"\w+")
_BLANKS_RE = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class AebPage:
    id: str
    url: str
    html: str
    text: str
    gold: str


def load(root: Path = AEB) -> list[AebPage]:
    """All pages of aeb-dev, sorted by id; raises FileNotFoundError when the data is absent."""
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(gold):
        raw = gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes())
        html = raw.decode("utf-8", "replace")
        text = (root / "text" / f"{pid}.txt").read_text(encoding="utf-8")
        pages.append(AebPage(pid, gold[pid]["url"], html, text, gold[pid]["articleBody"]))
    return pages


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN_RE.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_pr(pred: str, gold: str) -> tuple[float, float]:
    """Precision and recall of one page (multiset shingle overlap); an empty side scores 0."""
    p, g = shingles(pred), shingles(gold)
    shared = sum((p & g).values())
    n_p, n_g = sum(p.values()), sum(g.values())
    if n_p == 0 and n_g == 0:
        return 1.0, 1.0
    precision = shared / n_p if n_p else 0.0
    recall = shared / n_g if n_g else 0.0
    return precision, recall


def score(preds: Iterable[str], golds: Iterable[str]) -> tuple[float, float, float]:
    """Macro precision and recall over pages, and the F1 of those averages."""
    pairs = [page_pr(p, g) for p, g in zip(preds, golds, strict=True)]
    if not pairs:
        return 0.0, 0.0, 0.0
    precision = sum(p for p, _ in pairs) / len(pairs)
    recall = sum(r for _, r in pairs) / len(pairs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def newline_dump(html: str) -> str:
    """A second dump style, as ``BeautifulSoup.get_text("\\n", strip=True)`` scrapers save pages:
    every text node on its own line (inline links split sentences), scripts and styles dropped."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "template", "svg"])
    body = tree.body
    if body is None:
        return ""
    lines = (ln.strip() for ln in body.text(separator="\n").split("\n"))
    return "\n".join(ln for ln in lines if ln) + "\n"


def collapse_blank_runs(text: str) -> str:
    return _BLANKS_RE.sub("\n\n", text).strip() + "\n"
