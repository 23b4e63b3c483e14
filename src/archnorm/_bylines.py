"""Author names from one byline or author field: labels cut ("By", "Von", "Verfasst von:",
"Publié par"), dates, times and roles cut, several authors split, and junk rejected (roles such as
"Staff", buttons such as "Email the author", URLs, e-mail addresses, the publisher's own name,
phrases that are not name-shaped).

A name is *name-shaped* when it has at most ``MAX_NAME_WORDS`` words, no digits or markup
characters, and every word that starts in lower case is a name particle ("von", "de la"), unless
the whole name is one word (user names such as "jdoe" sign blog posts and forum threads).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from html import unescape as html_unescape

import regex

from archnorm._meta_tables import (
    DESK_WORDS,
    GLUED_WORDS,
    HONORIFICS,
    JUNK_AUTHOR_RE,
    MONTHS,
    NAME_PARTICLES,
    NAV_WORDS,
    POSTNOMINALS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
)

MAX_NAME_WORDS = 6
"""Longer "names" are phrases, not names."""

_WORD_RE = regex.compile(r"\w+")
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    "donnerstag|freitag|samstag|sonntag"
)
_WEEKDAY_RE = regex.compile(rf"(?:{_WEEKDAY})\.?", regex.IGNORECASE)
_GLUE_RE = regex.compile(
    # the cheap test first at each position (an upper-case letter, a digit), the lookbehind after
    r"(?=\p{Lu})(?<=\p{L})(?=(?:" + "|".join(GLUED_WORDS) + r")(?!\p{Ll}))"  # "Jane DoeUpdated"
    r"|(?=\p{Lu}\p{Ll})(?<=(?<!\p{L})(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or))"  # "ByJane Doe"
    r"|(?=\d)(?<=\p{L}\p{L})(?=\d{1,2}(?:[.:/]\d|\.?\s+\p{L}{2}))"  # "Jane Doe04 de mayo"
)
"""Where a byline's markup glued two pieces without a space; one is put back."""
_GLUED_LABEL_RE = regex.compile(r"(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)(?=\p{Lu}\p{Ll})")
_COMPOUND_ROLE_RE = regex.compile(
    r"\p{L}*(?:redakteur|korrespondent|reporter|journalist|fotograf|autor)(?:in|innen)?",
    regex.IGNORECASE,
)
_HONORIFIC_RE = regex.compile(
    r"^(?:" + "|".join(regex.escape(h) for h in HONORIFICS) + r")\.?\s+(?=\p{Lu})",
    regex.IGNORECASE,
)
_DOMAIN_RE = regex.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|org|net|info|news|online)")
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,5}")
_CAPITALISED_RE = regex.compile(r"\p{Lu}\p{Ll}+")
_PAREN_RE = regex.compile(
    r"\s*\((?![^()]*\b(?:by|von|par|por)\b)(?=[^()]*\w\s+\w)[^()\d]{3,60}\)", regex.IGNORECASE
)
"""A role or affiliation of two or more words in brackets after a name ("Jane Doe (Spokesperson,
Example AG)"); not an agency ("Jane Doe (dpa)"), nor a bracketed byline ("Page (last edited 3
May by jdoe)")."""


def unglue(text: str) -> str:
    """Put back the spaces markup lost between a byline's pieces ("ByJane DoeUpdated 3 May" ->
    "By Jane Doe Updated 3 May")."""
    return _GLUE_RE.sub(" ", text)


def unglue_label(text: str) -> str:
    """The line with a space put back after a byline label glued to a name ("ByJane Doe");
    cheaper than ``unglue`` for lines that are seldom bylines."""
    m = _GLUED_LABEL_RE.match(text)
    return text if m is None else f"{text[: m.end()]} {text[m.end() :]}"


_STRONG_LABEL = (
    r"written\s+by|posted\s+by|words\s+by|reported\s+by|(?:additional\s+)?reporting\s+by|"
    r"story\s+by|text\s+by|published\s+by|"
    r"verfasst\s+von|geschrieben\s+von|eingestellt\s+von|gepostet\s+von|erstellt\s+von|"
    r"(?:ein\s+)?beitrag\s+von|veröffentlicht\s+von|publié\s+par|écrit\s+par|rédigé\s+par|"
    r"publicado\s+por|escrito\s+por|redactado\s+por|scritto\s+da|pubblicato\s+da|a\s+cura\s+di|"
    r"geplaatst\s+door|geschreven\s+door|skrevet\s+av|skrevet\s+af|skrivet\s+av|napisał[a]?"
)
_WEAK_LABEL = (
    r"by|von|par|por|di|door|av|af|przez|autor(?:[/*:_]?in(?:nen)?|en)?|authors?|auteure?s?|autore|"
    r"text|texte|"
    r"texto|redaktion|reporter|автор|текст|kirjoittaja"
)
_COLON_LABEL = r"interview|gespräch|entrevista|entretien|intervista"
"""Labels that name the author only with a colon ("Interview: Jane Doe")."""
_LABEL_RE = regex.compile(
    rf"^(?P<label>(?:{_STRONG_LABEL})\s*:?\s*|(?:{_WEAK_LABEL}|{_COLON_LABEL})\s*:\s*"
    rf"|(?:{_WEAK_LABEL})\s+)",
    regex.IGNORECASE,
)
_LABEL_ONLY_RE = regex.compile(
    rf"(?:{_STRONG_LABEL}|{_WEAK_LABEL})\s*:?|(?:{_COLON_LABEL})\s*:", regex.IGNORECASE
)
_INNER_BY_RE = regex.compile(
    rf"(?:^|\s)(?P<word>{_STRONG_LABEL}|by|von|par|por|di|door|av|af|przez)\s*:?\s+"
    r"(?-i:(?=\p{Lu}))",
    regex.IGNORECASE,
)
_SPLIT_RE = regex.compile(
    r"\s*(?:[,;&()\[\]/]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bog\b|\ben\b)\s*"
)
_PARTICLE_PREFIX_RE = regex.compile(r"^(?P<p>\w+['’-])\p{Lu}")
_CUT_RE = regex.compile(
    r"\s*(?:(?<!\w)\d|\||•|·|»|\b(?:(?:last|zuletzt)\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht"
    r"|publiziert|geschrieben|erschienen|publié|mis à jour|publicado|actualizado|pubblicato"
    r"|aggiornato)\b|\bstand\s*:|\bam\s+\d|\bon\s+\d).*$",
    regex.IGNORECASE | regex.DOTALL,
)
_TRAIL_WORDS_RE = regex.compile(
    rf"(?:[\s,/]+(?:on|am|vom|le|el|den|the|at|um|à|às|a\s+las|alle|om|kl|{_MONTH_NAME}|"
    rf"{_WEEKDAY})"
    r"\.?)+$",
    regex.IGNORECASE | regex.REVERSE,  # anchored at the end: matched from there, not tried
)  # at every space of the line (8x faster, the same matches)
_BAD_CHAR_RE = regex.compile(r"(?<!\w)\d|[*()<>→«»\[\]{}=#@|]")
_STRIP = " .:;,|-–—/"
_NOISE_RE = regex.compile(
    r"\S+@\S+\.\w+"  # e-mail address
    r"|@\w+"  # social media handle, also glued to a name ("Jane Doe@janedoe")
    r"|\S+\.[a-z]{2,6}/\S*"  # a URL without its scheme ("facebook.com/jane.doe")
    r"|[\p{So}\p{Cs}\p{Co}]"  # emoji, symbols, broken surrogates
    r"|\s[\"“„‘‚«][^\"“”„‘’‚«»]{1,20}[\"”“’‘»](?=\s)"  # a nickname in quotes
)
_ROLE_CUT_RE = regex.compile(
    r"\s+(?:[–—-]|for|at|in|from|via|with|aus|für|bei|pour|para|desde|per)\s.*$"
    r"|\s+[–—-]$",
    regex.IGNORECASE,
)
_ROLE_RE = regex.compile(r"(?<!\w)(?:" + "|".join(ROLE_WORDS) + r")s?$", regex.IGNORECASE)
_DESK_RE = regex.compile(
    r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in DESK_WORDS) + r")(?!\w)", regex.IGNORECASE
)
_OTHER_CREDIT_RE = regex.compile(
    r"[;,.]?\s*(?<!\w)(?:editing|edited|compiled|graphics?|photos?|photograph(?:s|y)?|pictures?"
    r"|illustrations?|translated|translation|fotos?|bearbeitet|übersetzt)"
    r"(?:\s+[^\s,;\d]+){0,2}?\s+(?:by|von)\b.*$",
    regex.IGNORECASE,
)
"""Credits for work other than the writing ("...; Editing by ...", "Übersetzt ins Englische
von ...") cut off the end."""
_CREDIT_RE = regex.compile(
    r"(?:fotos?|photos?|bild(?:er)?|images?|credits?|grafik|illustration|video|kamera|camera)"
    r"\s*:",
    regex.IGNORECASE,
)
_NON_WORD_RE = regex.compile(r"[\W_]+")
_HOST_PART_RE = regex.compile(r"^(?:https?://)?(?:www\.)?|\.[a-z]{2,6}/?$", regex.IGNORECASE)


def byline_label(text: str) -> tuple[str, bool] | None:
    """The label a byline starts with and whether it is strong (a phrase such as "Written by",
    or a word with a colon, "Autor:"); a strong label may precede a lower-case user name."""
    m = _LABEL_RE.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    return label, (" " in label or label.endswith(":"))


def may_start_label(head: str) -> bool:
    """Can a text starting with ``head`` (its first characters) start with a byline label?  A
    cached partial match on its first two characters (few distinct pairs, so nearly always a
    cache hit, and most pairs rule a label out), then on the whole head."""
    return _may_start_label(head[:2]) and _may_start_label(head)


@functools.lru_cache(maxsize=65536)
def _may_start_label(head: str) -> bool:
    return _LABEL_RE.match(head, partial=True) is not None


@functools.lru_cache(maxsize=16384)
def is_label(text: str) -> bool:
    """A line that is only a byline label ("Autor:", "Written by"); cached (short lines such as
    menu entries repeat on every page of a site)."""
    return _LABEL_ONLY_RE.fullmatch(text.strip()) is not None


def squash(name: str) -> str:
    """A publisher or site name folded for comparison: "www.Example-Times.com" -> "exampletimes"."""
    return _NON_WORD_RE.sub("", _HOST_PART_RE.sub("", name.strip()).casefold())


def _tokens(s: str) -> set[str]:
    return {t.casefold() for t in _WORD_RE.findall(s)}


def same_name(a: str, b: str) -> bool:
    """Two names for the same person or organisation (most words shared, or equal once folded
    as host names are)."""
    ta, tb = _tokens(a), _tokens(b)
    if ta and tb and len(ta & tb) >= 0.8 * max(len(ta), len(tb)):
        return True
    sa, sb = squash(a), squash(b)
    return bool(sa) and sa == sb


def _particle(word: str) -> bool:
    """A lower-case name particle, alone ("von") or prefixed to a name ("al-Assad", "d'Arc")."""
    m = _PARTICLE_PREFIX_RE.match(word)
    stem = m.group("p")[:-1] if m else word
    return stem.casefold() in NAME_PARTICLES


def is_desk(name: str) -> bool:
    """A newsroom, desk, agency or company rather than a person ("Example Times Staff",
    "Redaktion Online", "Example Media GmbH")."""
    return _DESK_RE.search(name) is not None or _DOMAIN_RE.fullmatch(name) is not None


def name_shaped(name: str, *, vouched: bool = False) -> bool:
    """At most ``MAX_NAME_WORDS`` words besides particles, no digits or markup, and lower-case
    words only particles; when ``vouched`` (a declared author field or a labelled byline says
    it is a name) a short name may also have other lower-case words ("Jan de vries")."""
    words = name.split()
    if not words or _BAD_CHAR_RE.search(name):
        return False
    lower = [w for w in words if w[:1].islower()]
    loose = [w for w in lower if not _particle(w)]
    if len(words) - len(lower) + len(loose) > MAX_NAME_WORDS:
        return False
    if len(words) == 1:
        return bool(_WORD_RE.search(name))
    if len(lower) == len(words):
        return False
    return not loose or (vouched and len(words) <= 3 and not words[0][:1].islower())


def full_name(text: str) -> bool:
    """Two to four capitalised words, strictly name-shaped ("Jane Doe", not "Berlin")."""
    words = text.strip(" .").split()
    return 2 <= len(words) <= 4 and name_shaped(" ".join(words)) and words[-1][:1].isupper()


def signer(name: str) -> bool:
    """A name written beside a date ("Jane Doe 04.02.2022", "jdoe 04.02.2022"): two or more
    words, or one that is not a capitalised word (a single "Berlin" or "Home" is a place or a
    section, not an author)."""
    words = name.split()
    if not name_shaped(name) or not 1 <= len(words) <= 3:
        return False
    return len(words) > 1 or not _CAPITALISED_RE.fullmatch(name)


def _strip_labels(text: str) -> str:
    """The text without the byline labels it starts with ("Text: Von Jane" -> "Jane")."""
    while (m := _LABEL_RE.match(text)) and m.end() > 0:
        text = text[m.end() :]
    return text


def inner_label(text: str) -> regex.Match[str] | None:
    """A byline label inside the text ("Posted on 3 May 2020 by ...", "Ein Kommentar von ...").
    A particle after a single word and before a single surname (with its own particles) is part
    of a name ("Anna von Probe", "Ursula von der Probe"), not a label ("Kommentar von Jane Doe")."""
    for m in _INNER_BY_RE.finditer(text):
        before = text[: m.start("word")].split()
        if (
            m.group("word").casefold() in NAME_PARTICLES
            and len(before) == 1
            and before[0][-1:].isalpha()
        ):
            after = [w for w in text[m.end() :].split() if w.casefold() not in NAME_PARTICLES]
            if len(after) <= 1 or not after[1][:1].isupper():
                continue
        return m
    return None


def _tail_word(word: str) -> bool:
    """A job title or a button word: cut off the end of a name."""
    w = word.casefold().strip(".,:")
    return (
        w in NAV_WORDS
        or _ROLE_RE.fullmatch(w) is not None
        or _COMPOUND_ROLE_RE.fullmatch(w) is not None
    )


def _trim_tail(part: str) -> str:
    """A name without the job title or link words that follow it in an author box ("Jane Doe
    Senior Writer", "Jane Doe Kontakt"), as long as two words stay.  A word such as "Staff"
    goes only with the title after it ("Valley Courier Staff" is a desk, not a name)."""
    words = part.split()
    n = len(words)
    while n > 2 and _tail_word(words[n - 1]):
        n -= 1
    while len(words) > n > 2 and words[n - 1].casefold() in TITLE_MODIFIERS:
        n -= 1
    return part if n == len(words) else " ".join(words[:n])


def _clean_part(piece: str) -> str:
    """One name candidate without labels, a courtesy title, trailing date words, a role after a
    dash or preposition and a trailing job title, repeated until nothing changes (so cleaning a
    name again keeps it)."""
    part = piece.strip(_STRIP)
    for _ in range(4):
        before = part
        part = _TRAIL_WORDS_RE.sub("", _strip_labels(part)).strip(_STRIP)
        part = _HONORIFIC_RE.sub("", part)
        cut = " ".join(_ROLE_CUT_RE.sub("", part).split()).strip(_STRIP)
        if len(cut.split()) >= 2:  # "Jane Doe for Example News", not "Now in the app"
            part = cut
        part = _trim_tail(part).strip(_STRIP)
        part = _undoubled(part)
        if part == before:
            break
    return part


def _undoubled(part: str) -> str:
    """A name of two or more words written twice in a row, once ("Jane Doe Jane Doe": a link's
    image text and its text, run together; "Ali Ali" stays)."""
    words = part.split()
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _not_a_name(part: str, vouched: bool) -> bool:
    """Parts that are name-shaped yet no name: degrees ("PhD"), button words ("Alle Artikel"),
    and without a label or declared field also a lone month or weekday ("Jan", "Aug")."""
    words = part.split()
    if part.casefold().replace(".", "") in POSTNOMINALS:
        return True
    if all(w.casefold() in NAV_WORDS or _particle(w) for w in words):
        return True
    if vouched or len(words) > 1:
        return False
    bare = part.rstrip(".").casefold()
    return bare in MONTHS or _WEEKDAY_RE.fullmatch(bare) is not None


def _persons_first(names: list[str]) -> list[str]:
    """When a byline names a person beside a desk, site or agency acronym ("Jane Doe, CNN",
    "Jane Doe / Example Times Staff"), the person only."""
    persons = [n for n in names if len(n.split()) > 1 and not is_desk(n)]
    if not persons:
        return names
    return [n for n in names if not is_desk(n) and not _ACRONYM_RE.fullmatch(n)]


def _drop_noise(text: str) -> str:
    """``text`` without e-mail addresses, handles, URLs, symbols and nicknames (``_NOISE_RE``)
    and credits for other work (``_OTHER_CREDIT_RE``); each pattern runs only when the line
    holds a character or word it needs (most names hold none)."""
    if not text.isascii() or "@" in text or "/" in text or '"' in text:
        text = _NOISE_RE.sub(" ", text)
    low = text.lower()
    if " by" in low or " von" in low:
        text = _OTHER_CREDIT_RE.sub("", text)
    return text


def clean_author(raw: str, rejects: Iterable[str] = (), *, vouched: bool = True) -> list[str]:
    """Names in a byline or author field: "By A and B | 3 May 2020" -> ["A", "B"].

    ``rejects``: names that are not authors here (the site, the publisher).  ``vouched``: the
    text is declared to be an author (a meta field, JSON-LD) or carries a byline label; without
    it names must be strictly name-shaped."""
    text = " ".join(raw.split())
    if "&" in text and ";" in text:
        text = html_unescape(text)
    if not text or text.startswith(("http", "www.")) or len(text) > 200:
        return []
    text = " ".join(unglue(_drop_noise(text)).split())  # noise first: dropping it can glue
    if _CREDIT_RE.match(text.lstrip("([ ")):  # "(Image: Jane Doe, Example Agency)"
        return []
    if _PAREN_RE.search(text) and _PAREN_RE.sub("", text).strip(_STRIP):  # "Jane Doe (Reporter)"
        text = " ".join(_PAREN_RE.sub(" ", text).split())
    inner = found = inner_label(text)
    while found:  # the last label wins: "Posted on 3 May by Jane" -> "Jane"
        text = text[found.end() :]
        found = inner_label(text)
    vouched = vouched or inner is not None or _LABEL_RE.match(text) is not None
    text = _strip_labels(text)
    text = _CUT_RE.sub("", text)
    text = _TRAIL_WORDS_RE.sub("", text)
    rejects = [r for r in rejects if r]
    out: list[str] = []
    for piece in _SPLIT_RE.split(text):
        part = _clean_part(piece)
        if not part or not name_shaped(part, vouched=vouched) or _not_a_name(part, vouched):
            continue
        if is_label(part) or JUNK_AUTHOR_RE.search(part) or _ROLE_RE.search(part):
            continue
        if _CREDIT_RE.match(part):  # "Foto: Jane Doe" credits a picture, not the text
            continue
        if not vouched and part.split()[0].casefold() == "the":  # "The Russian", not a person
            continue
        if any(same_name(part, r) for r in rejects):
            continue
        out.append(part)
    out = _persons_first(out)
    # one entry per person: drop repeats and names contained in a fuller one ("Jane", "Jane Doe")
    folded = [f" {p.casefold()} " for p in out]
    return [
        p
        for i, p in enumerate(out)
        if not any(
            (folded[i] in f and folded[i] != f) or (folded[i] == f and j < i)
            for j, f in enumerate(folded)
        )
    ]
