"""Site profiles: lines repeated across pages of one site are boilerplate (CCNet's idea, per site).

A ``SiteProfile`` counts, per site, on how many distinct pages each *normalised* line occurs
(case folded, digits folded to 0, punctuation dropped, whitespace collapsed, so "© 2019 Foo" and
"© 2020 Foo" are one line).  Lines are stored as 64-bit hashes, so a profile holds no page text.
Build one over a corpus (or per partition and ``merge``), ``save`` it to JSON, ``load`` it in
workers; ``repeated`` then marks the lines of a page that the site repeats.

The site key is the URL's host without a leading "www." (or any key the caller passes).  Exact
duplicate pages count once, and a page whose text is nearly all "repeated" is treated as a copy of
another page, not as boilerplate (see ``repeated``).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex

from archnorm.errors import ConfigError

_DIGIT_RE = regex.compile(r"\d+")
_PUNCT_RE = regex.compile(r"[\p{P}\p{S}]+")
_SPACE_RE = regex.compile(r"\s+")
# str.split() and regex's \s agree on whitespace but for these four (not \s)
_INFO_SEPARATOR_RE = regex.compile(r"[\x1c-\x1f]")
FORMAT = "archnorm-site-profile"
VERSION = 1


def site_key(url: str | None) -> str | None:
    """The site of ``url``: its lower-cased host without "www." (None when there is no host)."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def normalize_line(line: str) -> str:
    """Fold a line for counting: casefold, digits -> 0, punctuation/symbols dropped, spaces."""
    folded = _DIGIT_RE.sub("0", line.casefold())
    folded = _PUNCT_RE.sub(" ", folded)
    return _SPACE_RE.sub(" ", folded).strip()


def line_hash(line: str) -> str:
    """Hash of the normalised line (16 hex digits); empty lines hash to ""."""
    return _hash_normalized(normalize_line(line))


def _hash_normalized(norm: str) -> str:
    if not norm:
        return ""
    return hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def line_hashes(lines: Sequence[str]) -> list[str]:
    """``line_hash`` of each line, the folding done once over the joined lines (three regex
    passes over the page instead of three per line)."""
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:  # a line with a line break inside
        return [line_hash(line) for line in lines]
    folded = _PUNCT_RE.sub(" ", _DIGIT_RE.sub("0", joined.casefold()))  # neither crosses "\n"
    parts = folded.split("\n")
    if len(parts) != len(lines):  # casefolding made a line break (it never does)
        return [line_hash(line) for line in lines]
    if _INFO_SEPARATOR_RE.search(folded):  # str.split() would take these for spaces
        return [_hash_normalized(_SPACE_RE.sub(" ", part).strip()) for part in parts]
    return [_hash_normalized(" ".join(part.split())) for part in parts]


@dataclass(frozen=True, slots=True)
class SiteLines:
    """One site's line counts: ``is_repeated(line)`` when at least ``min_pages`` pages hold it."""

    counts: Mapping[str, int]
    min_pages: int = 3

    def is_repeated(self, line: str) -> bool:
        if not self.counts:
            return False
        h = line_hash(line)
        return bool(h) and self.counts.get(h, 0) >= self.min_pages

    def are_repeated(self, lines: Sequence[str]) -> list[bool]:
        """``is_repeated`` for each line of a page, hashed page-wide (``line_hashes``)."""
        if not self.counts:
            return [False] * len(lines)
        get, least = self.counts.get, self.min_pages
        return [bool(h) and get(h, 0) >= least for h in line_hashes(lines)]


@dataclass
class SiteProfile:
    """Per-site counts of pages per normalised line.

    ``min_pages``: a line is repeated when at least this many distinct pages of the site hold it;
    ``max_page_share``: if more than this share of a page's words would be removed as repeated,
    the page is taken for a copy of another page and nothing is marked.
    """

    min_pages: int = 3
    max_page_share: float = 0.8
    pages: Counter[str] = field(default_factory=Counter)
    lines: dict[str, Counter[str]] = field(default_factory=dict)
    _seen: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def add_page(self, site: str | None, lines: Iterable[str]) -> None:
        """Count one page's lines for ``site`` (exact duplicate pages are counted once)."""
        if not site:
            return
        hashes = {h for h in line_hashes(list(lines)) if h}
        if not hashes:
            return
        page_id = hashlib.blake2b("\n".join(sorted(hashes)).encode(), digest_size=8).hexdigest()
        seen = self._seen.setdefault(site, set())
        if page_id in seen:
            return
        seen.add(page_id)
        self.pages[site] += 1
        self.lines.setdefault(site, Counter()).update(hashes)

    def count(self, site: str | None, line: str) -> int:
        """On how many pages of ``site`` the line (normalised) occurs."""
        if not site or site not in self.lines:
            return 0
        h = line_hash(line)
        return self.lines[site].get(h, 0) if h else 0

    def repeated(self, site: str | None, lines: list[str]) -> list[bool]:
        """For each line of one page: is it repeated on other pages of ``site``?

        A line is counted on the page itself too when the page was part of the profile, so the
        threshold is ``min_pages`` pages including this one.
        """
        out = [False] * len(lines)
        counts = self.lines.get(site or "")
        if not counts:
            return out
        total = 0
        hit = 0
        for i, (line, h) in enumerate(zip(lines, line_hashes(lines), strict=True)):
            words = len(line.split())
            total += words
            if h and counts.get(h, 0) >= self.min_pages:
                out[i] = True
                hit += words
        if total and hit / total > self.max_page_share:
            return [False] * len(lines)
        return out

    def for_site(self, site: str | None) -> SiteLines:
        """The profile of one site, as ``boilerplate.classify`` uses it (``is_repeated``)."""
        return SiteLines(self.lines.get(site or "", Counter()), self.min_pages)

    def merge(self, other: SiteProfile) -> SiteProfile:
        """A new profile with both profiles' counts (for per-partition build and reduce)."""
        merged = SiteProfile(min_pages=self.min_pages, max_page_share=self.max_page_share)
        merged.pages = self.pages + other.pages
        for src in (self, other):
            for site, counts in src.lines.items():
                merged.lines.setdefault(site, Counter()).update(counts)
            for site, seen in src._seen.items():
                merged._seen.setdefault(site, set()).update(seen)
        return merged

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "min_pages": self.min_pages,
            "max_page_share": self.max_page_share,
            "sites": {
                site: {
                    "pages": self.pages[site],
                    "lines": dict(sorted(self.lines.get(site, Counter()).items())),
                }
                for site in sorted(self.pages)
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "site profile") -> SiteProfile:
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ConfigError(
                f"{source}: expected format {FORMAT!r} version {VERSION}, got "
                f"{data.get('format')!r} version {data.get('version')!r}; rebuild the profile"
            )
        prof = cls(
            min_pages=int(data.get("min_pages", 3)),
            max_page_share=float(data.get("max_page_share", 0.8)),
        )
        for site, entry in dict(data.get("sites", {})).items():
            prof.pages[site] = int(entry["pages"])
            prof.lines[site] = Counter({str(k): int(v) for k, v in entry["lines"].items()})
        return prof

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path}: cannot read site profile ({exc})") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a JSON object, got {type(data).__name__}")
        return cls.from_dict(data, source=str(path))

    @classmethod
    def build(
        cls,
        pages: Iterable[tuple[str | None, str]],
        *,
        min_pages: int = 3,
        max_page_share: float = 0.8,
    ) -> SiteProfile:
        """Profile from (site key or URL, page text) pairs; a key with "/" is read as a URL."""
        prof = cls(min_pages=min_pages, max_page_share=max_page_share)
        for key, text in pages:
            site = site_key(key) if key and ("/" in key or ":" in key) else key
            prof.add_page(site, text.splitlines())
        return prof
