"""Title, author(s) and published date of an HTML page, chosen among the candidates ``html.py``
collected (JSON-LD, Open Graph and other meta tags, ``<time>``, ``<h1>``, bylines, the URL).

Title: the visible headline (``<h1>``) when it agrees with the page's declared title, else the
JSON-LD headline, else ``og:title``/``<title>`` with the site-name part cut off.  Author: JSON-LD
``author`` names, then author meta tags, then byline elements, each cleaned ("By", dates, roles,
e-mail, the publisher's own name rejected) and split into several names.  Date: JSON-LD
``datePublished``, then publication meta tags, then ``<time datetime>``, then a date in the URL,
then the first date written near the headline.  Every answer names its source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import unescape as html_unescape
from typing import Any

import regex

from archnorm import meta
from archnorm._meta_tables import (
    AUTHOR_META,
    DATE_META,
    JUNK_AUTHOR_RE,
    MONTHS,
    NEWS_TYPES,
    TITLE_META,
)
from archnorm.boilerplate import Decision
from archnorm.html import HtmlPage
from archnorm.meta import MetaResult
from archnorm.segment import Block

_WORD_RE = regex.compile(r"\w+")
BYLINE_WINDOW = 40
"""Blocks after the headline searched for a byline or a dateline with a name."""
_ISO_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?!\d)")
_COMPACT_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_DMY_RE = regex.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)")
_SLASH_RE = regex.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)")
_URL_DATE_RE = regex.compile(
    r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|\.html?|$)|/((?:19|20)\d\d)(\d\d)(\d\d)/"
)
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_TEXT_DATE_RE = regex.compile(
    rf"(?<!\w)(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?({_MONTH_NAME})\.?,?\s*(?:de\s+)?"
    rf"((?:19|20)\d\d)(?!\d)"
    rf"|(?<!\w)({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)
_SEP_RE = regex.compile(r"\s+(?:\||-|–|—|::|·|»|/|:)\s+")
_BY_RE = regex.compile(
    r"^(?:by|von|par|por|di|door|av|af|przez|autor(?:in|en)?|authors?|auteur|text|texte|written by|"
    r"redaktion|reporter|autore|texto|"
    r"posted by|publié par|publicado por|veröffentlicht von)\s*:?\s+",
    regex.IGNORECASE,
)
_AUTHOR_SPLIT_RE = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b)\s*")
_LABEL_RE = regex.compile(
    r"(?:by|von|author|authors|autor|autorin|autoren|auteur|auteurs|autore|text|texte|texto|"
    r"written by|redaktion|reporter)\s*:?",
    regex.IGNORECASE,
)
_DATELINE_SEP_RE = regex.compile(r"\s+(?:\||-|–|—|·|•|/|von|by|par|por)\s+|\s*\|\s*")
_NAME_RE = regex.compile(
    r"(?:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|del|la|le|di|du|v\.))*"
)
_INNER_BY_RE = regex.compile(
    r"(?:^|\s)(?:by|von|par|por|di|door|av|af|przez)\s+(?=\p{Lu})", regex.IGNORECASE
)
_CUT_RE = regex.compile(r"\s*(?:(?<!\w)\d|\||•|·|\bupdated\b|\baktualisiert\b|\bpublished\b).*$",
                        regex.IGNORECASE | regex.DOTALL)  # fmt: skip
_TRAIL_WORDS_RE = regex.compile(
    rf"(?:[\s,]+(?:on|am|le|el|den|the|at|um|{_MONTH_NAME}|monday|tuesday|wednesday|thursday|"
    rf"friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?)+$",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Chosen metadata and where each field came from (``sources``: (field, source) pairs)."""

    title: str | None
    authors: tuple[str, ...]
    published: str | None
    sources: tuple[tuple[str, str], ...]

    @property
    def author(self) -> str | None:
        return "; ".join(self.authors) if self.authors else None


def _clean(s: Any) -> str:
    return " ".join(str(s).split()) if s is not None else ""


def _articles(jsonld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in jsonld:
        types = item.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t in NEWS_TYPES for t in names):
            out.append(item)
    return out


def _tokens(s: str) -> set[str]:
    return {t.casefold() for t in _WORD_RE.findall(s)}


def _overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta)


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """Cut a " | Site" style part off a page title (the part naming the site, else the shorter)."""
    parts = _SEP_RE.split(title)
    if len(parts) < 2:
        return title
    names = [n for n in site_names if n]
    keep = [p for p in parts if not any(_overlap(p, n) >= 0.6 for n in names)]
    if keep and len(keep) < len(parts):
        return " - ".join(keep) if len(keep) > 1 else keep[0]
    longest = max(parts, key=len)
    return longest if len(_WORD_RE.findall(longest)) >= 3 else title


def _site_names(page: HtmlPage, url: str | None) -> list[str]:
    names = list(page.meta.meta.get("og:site_name", []))
    names += page.meta.meta.get("application-name", [])
    for item in page.meta.jsonld:
        pub = item.get("publisher")
        if isinstance(pub, dict) and pub.get("name"):
            names.append(_clean(pub["name"]))
        if item.get("@type") in ("WebSite", "Organization", "NewsMediaOrganization"):
            names.append(_clean(item.get("name")))
    if url:
        host = regex.sub(r"^https?://(?:www\.)?", "", url).split("/")[0]
        names.append(host.split(".")[0])
    return [n for n in names if n]


def choose_title(page: HtmlPage, url: str | None) -> tuple[str | None, str]:
    m = page.meta
    declared: list[tuple[str, str]] = []
    for art in _articles(m.jsonld):
        if isinstance(art.get("headline"), str) and _clean(art["headline"]):
            declared.append((_clean(art["headline"]), "json-ld:headline"))
    for key in TITLE_META:
        for value in m.meta.get(key, []):
            declared.append((_clean(value), key))
    if m.title:
        declared.append((m.title, "title"))
    site = _site_names(page, url)
    h1s = [h for h in m.h1 if 1 <= len(_WORD_RE.findall(h)) <= 60]
    for h in h1s:
        if any(_overlap(h, d) >= 0.8 or _overlap(d, h) >= 0.8 for d, _ in declared):
            return h, "h1"
    for value, source in declared:
        cut = strip_site_name(value, site)
        if cut:
            return cut, source
    if h1s:
        return h1s[0], "h1"
    return None, "none"


def _names_from(value: Any) -> list[str]:
    """Author names from a JSON-LD author value (string, Person, list of them)."""
    out: list[str] = []
    todo = [value]
    while todo:
        v = todo.pop(0)
        if isinstance(v, list):
            todo[0:0] = v
        elif isinstance(v, dict):
            name = v.get("name")
            if isinstance(name, (str, list, dict)):
                todo.insert(0, name)
        elif isinstance(v, str):
            out.append(v)
    return out


def clean_author(raw: str, rejects: Iterable[str] = ()) -> list[str]:
    """Names in a byline or author field: "By A and B | 3 May 2020" -> ["A", "B"]."""
    text = _clean(raw)
    if "&" in text and ";" in text:
        text = html_unescape(text)
    if not text or text.startswith(("http", "www.")) or len(text) > 200:
        return []
    inner = _INNER_BY_RE.search(text)
    if inner:
        text = text[inner.end() :]
    text = _BY_RE.sub("", text)
    text = _CUT_RE.sub("", text)
    text = _TRAIL_WORDS_RE.sub("", text)
    names = []
    for piece in _AUTHOR_SPLIT_RE.split(text):
        part = _BY_RE.sub("", piece.strip(" .:;,|-–—/")).strip()
        if not part or "@" in part or regex.search(r"(?<!\w)\d|[*()<>→«»\[\]{}=]", part):
            continue
        if _BY_RE.match(part + " ") or (part[:1].islower() and " " in part):
            continue
        if JUNK_AUTHOR_RE.search(part):
            continue
        if any(_overlap(part, r) >= 0.8 and _overlap(r, part) >= 0.8 for r in rejects):
            continue
        if len(_WORD_RE.findall(part)) > 6:
            continue
        names.append(part)
    seen: set[str] = set()
    out = []
    for n in names:
        if n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return out


def choose_authors(page: HtmlPage, url: str | None) -> tuple[tuple[str, ...], str]:
    m = page.meta
    rejects = _site_names(page, url)
    candidates: list[tuple[str, str]] = []
    for art in _articles(m.jsonld):
        for name in _names_from(art.get("author")):
            candidates.append((name, "json-ld:author"))
        if candidates:
            break
    for key in AUTHOR_META:
        for value in m.meta.get(key, []):
            candidates.append((value, key))
    for label, data in zip(
        m.meta.get("twitter:label1", []), m.meta.get("twitter:data1", []), strict=False
    ):
        if _LABEL_RE.fullmatch(label) or _BY_RE.match(label + " "):
            candidates.append((regex.sub(r"\s@\S+", "", data), "twitter:data1"))
    line, date_line = _byline_line(page)
    if line:
        candidates.append((line, "byline-text"))
    # byline elements, nearest after the headline first
    h1 = max(0, m.h1_pos)
    order = sorted(
        range(len(m.bylines)),
        key=lambda i: (m.byline_pos[i] < h1, abs(m.byline_pos[i] - h1)),
    )
    for i in order:
        candidates.append((m.bylines[i], "byline"))
    for value in m.author_links:
        candidates.append((value, "rel=author"))
    best: list[str] = []
    if date_line:
        names = _dateline_names(date_line, rejects)
        if names:
            candidates.append(("; ".join(names), "dateline"))
    best_source = "none"
    # first pass rejects the publisher's own name; when nothing else is found, a structured
    # source naming the publisher is believed (organisations do sign their pages)
    for reject in (rejects, ()):
        for value, source in candidates:
            if not reject and not source.startswith(("json-ld", "author", "dc.", "itemprop")):
                continue
            names = clean_author(value, reject)
            if names:
                if source == "json-ld:author":
                    # several Person entries: collect all of them
                    names = [
                        n for v, s in candidates if s == source for n in clean_author(v, reject)
                    ]
                best, best_source = names, source
                break
        if best:
            break
    out: list[str] = []
    for n in best:
        if n not in out:
            out.append(n)
    return tuple(out), best_source


def _byline_line(page: HtmlPage) -> tuple[str | None, str | None]:
    """Around the headline: a "By Jane Doe" line (or an "Author" label and the name after it),
    and separately a short dateline with a name ("04.02.2022 | 13:10 | Jane Doe")."""
    h1 = max(0, page.meta.h1_pos)
    window = page.blocks[max(0, h1 - 3) : h1 + BYLINE_WINDOW]
    by_line: str | None = None
    date_line: str | None = None
    for i, b in enumerate(window):
        t = b.text
        if len(t) > 120:
            continue
        if by_line is None:
            if _BY_RE.match(t) and _BY_RE.sub("", t)[:1].isupper():
                by_line = t
            elif _LABEL_RE.fullmatch(t) and i + 1 < len(window) and len(window[i + 1].text) < 60:
                by_line = window[i + 1].text
        if date_line is None and parse_date(t) and _DATELINE_SEP_RE.search(t):
            date_line = t
    return by_line, date_line


def _dateline_names(line: str, rejects: Iterable[str]) -> list[str]:
    parts = [p for p in _DATELINE_SEP_RE.split(line) if p and not parse_date(p)]
    for part in parts:
        if regex.search(r"\d", part):
            continue
        names = clean_author(part, rejects)
        if names and all(_NAME_RE.fullmatch(n) for n in names):
            return names
    return []


def parse_date(value: str, *, dayfirst: bool | None = None) -> str | None:
    """ISO date (YYYY-MM-DD) from a machine or written date, or None.

    ``dayfirst`` orders slashed dates ("03/05/2022"): True day first, False month first, None
    month first unless the first number cannot be a month.
    """
    value = value.strip()
    for rx, given in ((_ISO_RE, "ymd"), (_COMPACT_RE, "ymd"), (_DMY_RE, "dmy"),
                      (_SLASH_RE, "slash")):  # fmt: skip
        mt = rx.search(value)
        if mt:
            a, b, c = mt.group(1), mt.group(2), mt.group(3)
            order = given
            if given == "slash":
                first_is_day = dayfirst if dayfirst is not None else int(a) > 12
                order = "dmy" if first_is_day else "mdy"
            y, mo, d = (a, b, c) if order == "ymd" else (c, b, a) if order == "dmy" else (c, a, b)
            iso = _iso(int(y), int(mo), int(d))
            if iso:
                return iso
    mt = _TEXT_DATE_RE.search(value)
    if mt:
        if mt.group(1):
            d, mon, y = mt.group(1), mt.group(2), mt.group(3)
        else:
            mon, d, y = mt.group(4), mt.group(5), mt.group(6)
        month = MONTHS.get(mon.casefold().rstrip("."))
        if month:
            return _iso(int(y), month, int(d))
    return None


def _iso(y: int, mo: int, d: int) -> str | None:
    if 1990 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _structured_dates(page: HtmlPage, url: str | None) -> list[tuple[str, str]]:
    m = page.meta
    out: list[tuple[str, str]] = []
    for art in _articles(m.jsonld):
        for key in ("datePublished", "dateCreated", "uploadDate"):
            v = art.get(key)
            if isinstance(v, str):
                iso = parse_date(v)
                if iso:
                    out.append((iso, f"json-ld:{key}"))
    for key in DATE_META:
        for value in m.meta.get(key, []):
            iso = parse_date(value)
            if iso:
                out.append((iso, key))
    for value in m.times:
        iso = parse_date(value)
        if iso:
            out.append((iso, "time"))
    if url:
        mt = _URL_DATE_RE.search(url)
        if mt:
            g = [x for x in mt.groups() if x]
            iso = _iso(int(g[0]), int(g[1]), int(g[2]))
            if iso:
                out.append((iso, "url"))
    for item in m.jsonld:
        v = item.get("datePublished")
        if isinstance(v, str):
            iso = parse_date(v)
            if iso:
                out.append((iso, "json-ld:datePublished"))
    return out


def choose_date(page: HtmlPage, url: str | None) -> tuple[str | None, str]:
    """The first structured date, unless the date written near the headline agrees with a later
    one (then that one: JSON-LD in UTC or a modified date can disagree with the page)."""
    structured = _structured_dates(page, url)
    text = _date_near_title(page.blocks, page.meta.h1_pos, page.meta.lang)
    if structured:
        if text and text != structured[0][0]:
            for iso, source in structured[1:]:
                if iso == text:
                    return iso, source + "+text"
        return structured[0]
    if text:
        return text, "text"
    # last resort: the first short line of the page that is mostly a date ("Stand: 25.01.2022")
    for b in page.blocks:
        found = (
            parse_date(b.text, dayfirst=_dayfirst(page.meta.lang)) if len(b.text) <= 80 else None
        )
        if found:
            return found, "text-anywhere"
    return None, "none"


def _dayfirst(lang: str | None) -> bool | None:
    """Slashed dates are month first in US English, day first in most other locales."""
    if not lang:
        return None
    if lang.startswith("en"):
        return False if lang in ("en-us", "en_us") else None
    return True


def _date_near_title(blocks: list[Block], h1_pos: int, lang: str | None = None) -> str | None:
    dayfirst = _dayfirst(lang)
    start = h1_pos if h1_pos >= 0 else 0
    for b in blocks[max(0, start - 5) : start + 25]:
        if len(b.text) <= 200:
            iso = parse_date(b.text, dayfirst=dayfirst)
            if iso:
                return iso
    return None


def html_metadata(page: HtmlPage, url: str | None = None) -> PageMeta:
    """Title, authors and ISO published date of a parsed page, with their sources."""
    title, t_src = choose_title(page, url)
    authors, a_src = choose_authors(page, url)
    published, d_src = choose_date(page, url)
    sources = tuple(
        (f, s)
        for f, s, v in (("title", t_src, title), ("author", a_src, authors),
                        ("published", d_src, published))
        if v
    )  # fmt: skip
    return PageMeta(title=title, authors=authors, published=published, sources=sources)


def extract(
    page: HtmlPage,
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    *,
    url: str | None = None,
) -> MetaResult:
    """Metadata of an HTML page for the pipeline: the page's own metadata first, the header
    lines (``meta.extract``) for what it lacks.  Kept header lines that repeat the title or are
    the byline are taken out of the body ("title", "byline")."""
    pm = html_metadata(page, url)
    complete = pm.title and pm.authors and pm.published
    lines = MetaResult() if complete else meta.extract(blocks, decisions, url=url)
    title = pm.title or lines.title
    authors = pm.authors or lines.authors
    published = pm.published or lines.published
    fields = dict(lines.fields)
    fields.update(dict(pm.sources))
    used: dict[int, Decision] = {}
    kept = [i for i, d in enumerate(decisions) if d.keep][:4]
    folded_title = _fold(title) if title else None
    for i in kept:
        text = blocks[i].text
        if folded_title and _fold(text) == folded_title:
            used[i] = Decision(False, "title", "html-title")
        elif meta.parse_byline(text):
            used[i] = Decision(False, "byline", "byline")
    return MetaResult(
        title=title,
        authors=tuple(authors),
        published=published,
        used=used,
        fields=tuple(sorted(fields.items())),
    )


def _fold(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))
