"""Title, author(s) and published date from a page's header lines.

Works on the blocks and the boilerplate decisions: the header is everything before the article's
first kept block (plus its first few lines).  In it:

* a **byline** gives the authors (``line_authors``): a labelled line in the main news languages
  ("By Jane Doe", "Von ...", "Por Jane Doe 04 de mayo 2022", "Autoren A und B"), a lone label
  with the name on the next line (dumps that put every text node on a line), a dated line with a
  label inside ("am 23. Januar 2020 von Jane Doe"), a name beside a date or just above a
  dateline; names are cleaned as on the HTML path (``_bylines.clean_author``);
* a **dateline** gives the published date: a line that is essentially a date, in any of the main
  news languages (``_metadate.parse_date``), or a short labelled one ("Aktualisiert am ...");
  "published" lines win, "updated" ones count only alone, and a date after the title wins over
  one above it (pages often show today's date in their top bar);
* the **title** is the best title-like line above the byline/dateline/body (a few words, no
  sentence punctuation at the end, not navigation): near that start, of headline length, and
  sharing words with the URL's slug when there is one.  A site-name suffix (" | Site", or
  " - Site" when it names the URL's site) is cut.

Lines used for metadata are removed from the body with reasons "title", "byline", "dateline".
Without a byline or dateline in the header, one further down the page gives the value, but its
line stays in the body.  Every value says where it came from (``fields``), for the record's
provenance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from archnorm._bylines import (
    byline_label,
    clean_author,
    full_name,
    inner_label,
    is_desk,
    is_label,
    may_start_label,
)
from archnorm._meta_tables import MONTHS
from archnorm._metadate import YEAR_RE as _YEAR_HINT_RE  # every date line names a year
from archnorm._metadate import date_label, line_date, parse_date, url_date
from archnorm.boilerplate import Decision
from archnorm.dates.resolve import valid_date
from archnorm.segment import Block, join_lines

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_DATE_LINE_RES = (
    regex.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}", regex.IGNORECASE),
    regex.compile(rf"{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}{_TIME}", regex.IGNORECASE),
    regex.compile(rf"{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?:[T ][\d:.+Z-]*)?"),
)
_DATE_PREFIX_RE = regex.compile(
    r"^(?:published|posted|updated|last updated|date|on|veröffentlicht|publicado|publié)"
    r"\s*(?:on|am|el|le)?\s*:?\s*",
    regex.IGNORECASE,
)
_BYLINE_RE = regex.compile(
    r"^(?:by|written by|posted by|words by|author:?|reported by|von|por|par|di|door)"
    r"\s+(?P<names>.+)$",
    regex.IGNORECASE,
)
_POSTED_BY_RE = regex.compile(
    r"^(?:posted|published|written|updated)?\s*(?:on\s+)?(?P<date>.{6,40}?),?"
    r"\s+by\s+(?P<names>.+)$",
    regex.IGNORECASE,
)
_AUTHOR_JUNK_RE = regex.compile(
    r"\s+[|•·]\s+.*$"
    r"|(?:\s*[|•·,:;–—-]\s*|\s+)(?:updated|published|posted|on|am|el|le)\b.*$"
    r"|\s*\d{1,2}[:.]\d\d.*$|[\s:–—|,;-]+$",
    regex.IGNORECASE,
)
_AUTHOR_SPLIT_RE = regex.compile(r"\s*(?:,|;|\band\b|\bund\b|\by\b|\bet\b|&)\s*", regex.IGNORECASE)
_NOT_AUTHOR_RE = regex.compile(
    r"^(?:staff|admin|editor|editorial|news desk|email the author|the author|agencies"
    r"|reuters|ap|afp)$",
    regex.IGNORECASE,
)
_NAME_TOKEN_RE = regex.compile(r"\p{Lu}[\p{L}.'’-]*")
_TITLE_SUFFIX_RE = regex.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
_HOST_RE = regex.compile(r"(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/]*@)?([^/:?#]+)", regex.IGNORECASE)
_HOST_NOISE = frozenset({"www", "m", "com", "org", "net", "co", "uk", "de", "news", "amp"})
_WORD_RE = regex.compile(r"\w+")
_TERMINAL_RE = regex.compile(r"[.!?][\"'”’)]*$")
_HEADER_LOOKAHEAD = 3
_TRAILING_DATE_MAX_HEAD = 5  # capitalised words before a trailing date
_HEAD_WORD_RE = regex.compile(r"\p{Lu}[\p{L}.'’-]*,?|[|·•–—-]")
_HEADER_MAX_LINES = 300  # lines above the body looked at (bounded work on huge pages)
_NAME_LINE_MAX_CHARS = 60
_ANYWHERE_MAX_LINES = 1000
_BYLINE_LOOKAHEAD = 40  # body lines after the first kept one searched for a byline
_BYLINE_MAX_CHARS = 160
_BYLINE_MAX_WORDS = 14
_LABEL_HEAD_CHARS = 8  # characters of a line that tell whether it can start with a label
_GLUED_YEAR_RE = regex.compile(  # a year, then straight away the day of the next date
    r"(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}(?:\.\s*|\s+)(?:\p{L}|\d{1,2}\.))"
)
_DATE_SEP_RE = regex.compile(r"\s+[|·•∙–—]\s+")
_CONNECTOR_MAX_CHARS = 3  # "am", "|", "on", "le" between a name and its date
# a suffix or an initial ending a name line is no sentence end ("Perry Doe Jr.", "Jane B.")
_NAME_END_RE = regex.compile(r"(?:\s(?:Jr|Sr|\p{Lu})\.)+$")
# labels that are prepositions ("By", "Von"): any name may follow, unlike after "Author"
_BY_WORDS = frozenset(("by", "von", "par", "por", "di", "da", "door", "av", "af", "przez", "od"))
_LABEL_CONNECTOR_MAX_CHARS = 24  # "Stand:", "Veröffentlicht am" between a name and its date
_TITLE_WINDOW = 40  # lines above the byline/dateline/body searched for the headline
_TITLE_DISTANCE = 8  # lines over which nearness to that start halves a candidate's score
_TITLE_MIN_WORDS = 4  # a headline's usual least length
_SLUG_WEIGHT = 3.0
_SLUG_SPLIT_RE = regex.compile(r"[-_+]+")
_DATE_LINE_MAX_CHARS = 80
# words besides the date's numbers: in an unlabelled date line above the body, in one among the
# body's first lines, and in a labelled one ("Article mis à jour le 7 janvier 2020.")
_DATE_LINE_MAX_WORDS = 3
_BODY_DATE_MAX_WORDS = 1
_LABELLED_DATE_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class MetaResult:
    """Metadata found, the blocks it came from, and where each value came from."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    used: dict[int, Decision] = field(default_factory=dict)
    fields: tuple[tuple[str, str], ...] = ()


def parse_date_line(text: str) -> str | None:
    """ISO date of a line that is essentially one date ("Thursday, May 26, 2022"), else None."""
    if _YEAR_HINT_RE.search(text) is None:
        return None
    core = _DATE_PREFIX_RE.sub("", text.strip(" |•·-–—"))
    for pattern in _DATE_LINE_RES:
        m = pattern.fullmatch(core)
        if m is None:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else _MONTHS[g["mon"][:3].lower()]
        day, year = int(g["day"]), int(g["year"])
        date = valid_date(year, month, day)
        return None if date is None else date.isoformat()
    return None


def parse_trailing_date(text: str) -> str | None:
    """ISO date of a short line of a few capitalised words and then a date ("Jane Roe March 3,
    2024", "Reuters 18 November 2019 11:03 PM": an author link beside a timestamp, as dumps
    flatten it), else None.  The words before the date must all be capitalised, so a headline
    that ends in a date ("Elections to be held on March 3, 2024") is not one."""
    if _YEAR_HINT_RE.search(text) is None:
        return None
    words = text.split()
    for k in range(1, min(_TRAILING_DATE_MAX_HEAD, len(words) - 2) + 1):
        if not _HEAD_WORD_RE.fullmatch(words[k - 1]):
            return None
        iso = parse_date_line(" ".join(words[k:]))
        if iso is not None:
            return iso
    return None


def parse_byline(text: str) -> tuple[str, ...]:
    """Author names from a byline, junk removed and several authors split; () if not a byline."""
    m = _BYLINE_RE.match(text.strip())
    if m is None or len(_WORD_RE.findall(text)) > 14:
        return ()
    return split_authors(m.group("names"))


def parse_dated_byline(text: str) -> tuple[str | None, tuple[str, ...]]:
    """A "Posted on 14 August 2024 by A and B" line: its date (ISO) and authors."""
    if _YEAR_HINT_RE.search(text) is None:
        return None, ()
    m = _POSTED_BY_RE.match(text.strip())
    if m is None or len(_WORD_RE.findall(text)) > 20:
        return None, ()
    iso = parse_date_line(m.group("date"))
    if iso is None:
        return None, ()
    return iso, split_authors(m.group("names"))


def split_authors(raw: str) -> tuple[str, ...]:
    """Clean an author string ("Jane Doe | Staff Reporter", "A, B and C") into names."""
    raw = _AUTHOR_JUNK_RE.sub("", raw).strip()
    # the cleaning shared with the HTML path (junk, roles, glued dates) first; when it finds no
    # person, the byline's parts as written ("By the Example Parents' Association")
    cleaned = clean_author(raw)
    names: list[str] = []
    for part in cleaned or _AUTHOR_SPLIT_RE.split(raw):
        name = part.strip(" .:-–—|")
        if not name or _NOT_AUTHOR_RE.match(name):
            continue
        tokens = name.split()
        if not 1 <= len(tokens) <= 5 or not _NAME_TOKEN_RE.match(tokens[-1]):
            continue
        names.append(name)
    return tuple(names)


def clean_title(text: str, url: str | None = None) -> str:
    """Cut a site-name suffix when the rest is still a title: after " | ", or after " - " when
    the suffix names the site of ``url`` ("... - WSJ" on wsj.com).  A dash alone proves nothing
    ("Spying on Pakistan – Offer to UK PM"), so without a URL match it stays."""
    m = _TITLE_SUFFIX_RE.search(text)
    if m is None or len(_WORD_RE.findall(text[: m.start()])) < 3:
        return text.strip()
    suffix = m.group().strip(" |–—-")
    if "|" in m.group() or _names_site(suffix, url):
        return text[: m.start()].strip()
    return text.strip()


def _names_site(suffix: str, url: str | None) -> bool:
    host = _HOST_RE.match(url or "")
    if host is None:
        return False
    labels = [x for x in host.group(1).lower().split(".") if x not in _HOST_NOISE]
    folded = regex.sub(r"[\W_]+", "", suffix.lower())
    return bool(folded) and any(
        folded in label or label in folded for label in labels if len(label) > 1
    )


def _title_like(text: str, words: list[str]) -> bool:
    """Headline-shaped: 2 to 25 words (``words``: those of ``text``), two of them lettered, no
    sentence end."""
    if not 2 <= len(words) <= 25 or _TERMINAL_RE.search(text):
        return False
    return sum(1 for w in words if len(w) > 1 and not w.isdigit()) >= 2


def _choose_title(
    blocks: Sequence[Block],
    decisions: Sequence[Decision],
    used: dict[int, Decision],
    start: int,
    url: str | None,
) -> int | None:
    """The headline among the title-like lines above ``start`` (the byline, dateline or body):
    near it, of headline length (a lone "Share" or "La pétition" is a section label), and
    sharing words with the URL's slug when it has one ("/brothel-catering-to-politicians")."""
    slug = _slug_words(url)
    best, best_score = None, 0.0
    for i in range(start - 1, max(-1, start - 1 - _TITLE_WINDOW), -1):
        d = decisions[i]
        if i in used or (not d.keep and d.reason not in ("short-line", "no-sentence")):
            continue
        text = blocks[i].text
        all_words = _WORD_RE.findall(text)
        if not _title_like(text, all_words):
            continue
        words = {w.casefold() for w in all_words}
        score = 1.0 / (1.0 + (start - 1 - i) / _TITLE_DISTANCE)
        if len(all_words) >= _TITLE_MIN_WORDS:
            score += 1.0
        if text.endswith(":"):  # a label ("Artikel von:", "Bloggern gefällt das:")
            score -= 1.0
        if slug:
            score += _SLUG_WEIGHT * len(words & slug) / len(words)
        if score > best_score:
            best, best_score = i, score
    return best


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL path's slug (its longest segment of three or more words joined by
    hyphens or underscores), folded; empty when there is none."""
    if not url:
        return frozenset()
    path = _HOST_RE.sub("", url, count=1).split("?")[0].split("#")[0]
    best: list[str] = []
    for segment in path.split("/"):
        words = [w for w in _SLUG_SPLIT_RE.split(segment.rsplit(".", 1)[0]) if w]
        if len(words) >= 3 and len(words) > len(best):
            best = words
    return frozenset(w.casefold() for w in best if not w.isdigit())


def _connector(text: str) -> bool:
    """A line between a byline's name and its date that gives neither: "am", "|", "on", or a
    bare label ("Stand:", "Published", "Veröffentlicht am")."""
    if len(text) <= _CONNECTOR_MAX_CHARS:
        return True
    if len(text) > _LABEL_CONNECTOR_MAX_CHARS or any(c.isdigit() for c in text):
        return False
    return (text.endswith(":") and len(text.split()) <= 2) or date_label(text) is not None


def _name_above(blocks: Sequence[Block], j: int, used: dict[int, Decision]) -> int:
    """The index of a person's name line above the date line ``j``, over connector lines, at
    most three lines up; -1 when there is none, or when a date line two lines from ``j`` makes
    it a list of dated teasers ("date, headline, date").  (A name below a dateline was tried:
    on meta-dev dumps it found one author and five headlines or labels.)"""
    k = j - 1
    while k >= 0 and k not in used and _connector(blocks[k].text):
        k -= 1
    if k < 0 or k in used or j - k > 3:
        return -1
    name = blocks[k].text
    if not full_name(name) or is_desk(name):
        return -1
    for m in (j - 2, j + 2):
        text = blocks[m].text if 0 <= m < len(blocks) else ""
        if _YEAR_HINT_RE.search(text) and _line_date(text) is not None:
            return -1
    return k


def _name_by_date(
    blocks: Sequence[Block], datelines: list[int], used: dict[int, Decision]
) -> tuple[str, ...]:
    """A person's name on the line above a dateline (over a connector line such as "am", "|",
    "on" or "Stand:"), marked used; () when there is none."""
    for j in sorted(datelines):
        k = _name_above(blocks, j, used)
        if k >= 0:
            used[k] = Decision(False, "byline", "name-by-date")
            return (blocks[k].text.strip(" ."),)
    return ()


def line_authors(text: str, *, has_year: bool | None = None) -> tuple[str, ...]:
    """Authors named by one line: a byline ("By ...", "Autoren ...", "Por Jane Roe 04 de mayo
    2022"), a dated line with a byline label inside ("am 23. Januar 2020 von Jane Roe"), or a
    person's name beside a date ("Jane Roe am 18. September 2019"); () for other lines.
    ``has_year``: whether the line holds a year, when the caller knows (``_year_lines``)."""
    if len(text) > _BYLINE_MAX_CHARS:
        return ()
    # its labels include every label ``parse_byline`` knows; most lines start with none
    label = byline_label(text) if may_start_label(text[:_LABEL_HEAD_CHARS]) else None
    if label is not None:
        found = parse_byline(text)
        if found:
            return found
        if len(_WORD_RE.findall(text)) <= _BYLINE_MAX_WORDS:
            found = split_authors(text.strip()[len(label[0]) :])
            if found:
                return found
    if has_year is None:
        has_year = _YEAR_HINT_RE.search(text) is not None
    if not has_year or parse_date(text) is None:
        return ()
    inner = inner_label(text)
    if inner is not None:
        return tuple(clean_author(text[inner.end() :]))
    names = clean_author(text, vouched=False)
    if len(names) == 1 and full_name(names[0]) and text.startswith(names[0]):
        return (names[0],)
    return ()


def _byline_anywhere(
    blocks: Sequence[Block], years: Sequence[bool]
) -> tuple[tuple[str, ...], str | None]:
    """The authors of the first line that names them (``line_authors``), or of a lone byline
    label and the name below it, or of a person's name beside a date line, and the date that
    line gives, if any; ((), None) when no line names authors.  ``years``:
    ``_year_lines(blocks)``."""
    for i, (b, has_year) in enumerate(zip(blocks, years, strict=True)):
        found = line_authors(b.text, has_year=has_year)
        if found:
            return found, parse_date(b.text) if has_year else None
        found = _label_then_name(blocks, i)
        if found:
            return found, None
        if has_year and (iso := _line_date(b.text)) is not None:
            k = _name_above(blocks, i, {})
            if k >= 0:
                return (blocks[k].text.strip(" ."),), iso
    return (), None


def _line_date(text: str) -> str | None:
    """The date of a line that is a date (with at most a label or a time), else None."""
    text = unglue_years(text)
    return parse_date_line(text) or _written_date(text, in_body=False)[0]


def unglue_years(text: str) -> str:
    """A space put back between a year and the day of a second date written right after it
    ("19. Dezember 202219. Dezember 2022": a published and an updated date whose markup gave
    no space between them)."""
    return _GLUED_YEAR_RE.sub(" ", text) if len(text) <= _DATE_LINE_MAX_CHARS else text


def _year_lines(blocks: Sequence[Block]) -> list[bool]:
    """Which blocks hold a year (``_YEAR_HINT_RE``, which every date parser here needs): one
    search over the joined lines instead of one per line."""
    texts = [b.text for b in blocks]
    joined = join_lines(texts)
    if joined is None:  # a block with a line break inside
        return [_YEAR_HINT_RE.search(t) is not None for t in texts]
    out = [False] * len(texts)
    for m in _YEAR_HINT_RE.finditer(joined.text):
        out[joined.line_at(m.start())] = True
    return out


def _date_anywhere(blocks: Sequence[Block], years: Sequence[bool]) -> str | None:
    """The first short line of the page that gives a date labelled "published", else the first
    unlabelled one, else the first "updated" one (lines far down a long page are not read)."""
    found: dict[str | None, str] = {}
    for b, has_year in zip(blocks[:_ANYWHERE_MAX_LINES], years, strict=False):
        if not has_year or len(b.text) > _DATE_LINE_MAX_CHARS:
            continue
        iso, label = _written_date(unglue_years(b.text), in_body=False)
        if iso is not None:
            if label == "published":
                return iso
            found.setdefault(label, iso)
    return found.get(None) or found.get("modified")


def _label_then_name(blocks: Sequence[Block], i: int) -> tuple[str, ...]:
    """Authors when line ``i`` is a byline label alone ("By", "Von", "Autor:") and the next line
    is the name; () otherwise.  A noun label without a colon may be a menu entry ("Autoren",
    "Redaktion" over "Service"), so the name must then be a person's full name; after "By",
    "Von" or "Por" any name goes ("lupa", "Newsdesk")."""
    label = blocks[i].text
    if i + 1 >= len(blocks) or len(label) > 12 or not is_label(label):
        return ()
    name = blocks[i + 1].text
    if (
        len(name) > _NAME_LINE_MAX_CHARS
        or name.endswith(":")  # another label ("Auteur :" over "Auteur(s) :")
        or _TERMINAL_RE.search(_NAME_END_RE.sub("", name))
        or not (label.endswith(":") or label.strip(" :").casefold() in _BY_WORDS or full_name(name))
    ):
        return ()
    return tuple(clean_author(name))


def _written_date(text: str, *, in_body: bool) -> tuple[str | None, str | None]:
    """The date of a short line that gives one in words, in any of the main news languages
    ("30 septembre 2018", "Aktualisiert am 19. Oktober 2019, 14:20 Uhr"), and its label
    ("published", "modified" or None); (None, None) for other lines.  Besides the date, the
    line holds a label or at most a few words, so a headline that names a date is no dateline;
    in the body's first lines only a very short line counts."""
    iso, label = line_date(text, max_chars=_DATE_LINE_MAX_CHARS)
    if iso is None:
        return None, None
    if label is None and _DATE_SEP_RE.search(text):  # "08.11.2021 | Online-Fachtag ..."
        parts = [p for p in _DATE_SEP_RE.split(text) if _YEAR_HINT_RE.search(p)]
        text = parts[0] if len(parts) == 1 else text
    others = _other_words(text)
    if label is not None:
        limit = _LABELLED_DATE_MAX_WORDS
    elif others > 1 and _TERMINAL_RE.search(text):
        return None, None
    else:
        limit = _BODY_DATE_MAX_WORDS if in_body else _DATE_LINE_MAX_WORDS
    return (iso, label) if others <= limit else (None, None)


def _other_words(text: str) -> int:
    """Words of a date line that are not part of a date: not numbers or times, not month names,
    not short lower-case links ("de", "am", "at", "hrs")."""
    return sum(
        1
        for w in _WORD_RE.findall(text)
        if not any(c.isdigit() for c in w)
        and w.casefold() not in MONTHS
        and not (len(w) <= 3 and w.islower())
    )


def extract(
    blocks: Sequence[Block], decisions: Sequence[Decision], *, url: str | None = None
) -> MetaResult:
    """Find title, authors and published date in the header of a classified page."""
    kept = [i for i, d in enumerate(decisions) if d.keep]
    first_kept = kept[0] if kept else len(blocks)
    # The header: every line above the body, and the body's first few kept lines that are not
    # metadata themselves (counted so, normalising a body again looks at the same lines).
    header: list[int] = []
    used: dict[int, Decision] = {}
    authors: tuple[str, ...] = ()
    dates: list[tuple[int, str]] = []  # unlabelled datelines
    published_lines: list[tuple[int, str]] = []  # "Published 3 May 2020": these win
    modified: list[tuple[int, str]] = []  # "updated ..." lines: the published date only if alone
    by_label = {None: dates, "published": published_lines, "modified": modified}
    body_lines = 0
    years = _year_lines(blocks)
    for i in [*range(max(0, first_kept - _HEADER_MAX_LINES), first_kept), *kept]:
        if i >= first_kept and body_lines >= _HEADER_LOOKAHEAD:
            break
        header.append(i)
        if i in used:  # the name line after a lone byline label
            continue
        text = blocks[i].text
        if years[i]:
            text = unglue_years(text)
        found = _label_then_name(blocks, i)
        if found:  # "By" / "Jane Roe": a dump that puts every text node on its own line
            authors = authors or found
            used[i] = used[i + 1] = Decision(False, "byline", "byline-label")
            continue
        has_year = years[i]  # every date parser needs a year
        iso, found = parse_dated_byline(text) if has_year else (None, ())
        if iso is not None and found:
            authors = authors or found
            dates.append((i, iso))
            used[i] = Decision(False, "byline", "dated-byline")
            continue
        found = line_authors(text, has_year=has_year)
        if found:  # every byline in the header leaves the body; the first gives the authors
            authors = authors or found
            iso = parse_date(text) if has_year else None
            if iso is not None:  # "Por Jane Roe 04 de mayo 2022", "Jane Roe am 18. Mai 2019"
                by_label[date_label(text)].append((i, iso))
            used[i] = Decision(False, "byline", "byline" if iso is None else "dated-byline")
            continue
        if not has_year:
            if i >= first_kept:
                body_lines += 1
            continue
        iso = parse_date_line(text)
        if iso is not None:
            by_label[date_label(text)].append((i, iso))
            used[i] = Decision(False, "dateline", "date-line")
            continue
        iso = parse_trailing_date(text)
        if iso is not None:
            dates.append((i, iso))
            used[i] = Decision(False, "dateline", "trailing-date")
            continue
        iso, label = _written_date(text, in_body=i >= first_kept)
        if iso is not None:
            by_label[label].append((i, iso))
            used[i] = Decision(False, "dateline", "written-date")
        elif i >= first_kept:
            body_lines += 1

    # Title: the nearest title-like line above the body, skipping byline and dateline lines.
    # When the byline/dateline sits inside the body's first lines, the headline is above it even
    # if the classifier kept it ("Headline" / "Written by ..." / "Updated: ..." / article).
    in_body = [i for i in used if i >= first_kept]
    start = min(in_body) if in_body else first_kept
    title_idx = _choose_title(blocks, decisions, used, start, url)
    fields: list[tuple[str, str]] = []
    title = None
    if title_idx is not None:
        title = clean_title(blocks[title_idx].text, url)
        used[title_idx] = Decision(False, "title", "title-line")
        fields.append(("title", "header-line"))
        # The same headline repeated lower down (page title line + on-page headline).
        for j in header:
            if j > title_idx and j not in used and clean_title(blocks[j].text, url) == title:
                used[j] = Decision(False, "title-repeat", "title-line")

    if not authors:  # "Jane Roe" / "am" / "18. September 2019": a name just above a dateline
        datelines = [i for i, _ in published_lines + dates + modified]
        authors = _name_by_date(blocks, datelines, used)
    byline_far = False
    far_date = None
    if not authors:  # a byline further down (its line stays where it is)
        authors, far_date = _byline_anywhere(
            blocks[first_kept : first_kept + _BYLINE_LOOKAHEAD],
            years[first_kept : first_kept + _BYLINE_LOOKAHEAD],
        )
        byline_far = bool(authors)
    published = None
    dates = published_lines or dates or modified
    if dates:
        after = [iso for i, iso in dates if title_idx is None or i > title_idx]
        published = after[0] if after else dates[0][1]
        fields.append(("published", "dateline" if after else "page-header-date"))
    elif far_date:  # the byline further down gave a date too
        published = far_date
        fields.append(("published", "byline-anywhere"))
    else:  # no dateline in the header: a short date line anywhere (its line stays where it is)
        published = _date_anywhere(blocks, years)
        if published:
            fields.append(("published", "date-line-anywhere"))
        elif url and (published := url_date(url)) is not None:  # "/2016/06/19/slug"
            fields.append(("published", "url"))
    if authors:
        fields.append(("author", "byline-anywhere" if byline_far else "byline"))
    return MetaResult(title, authors, published, used, tuple(fields))
