"""The words of a plain name, read once per distinct word.

Most names in a corpus are *plain*: capitalised ASCII words ("Asif Ali Zardari"), none of them a
particle, connector, compound head (but the last), abbreviation, suffix or organisation word,
after leading titles written in ASCII letters ("Dr.", "Prime Minister").  For such a name every
step of :func:`archnorm.names.parse.parse_name` between the title and the flags is the identity
(no acronym, no connector, one unit a word), so the parse reduces to looking up each word's
unit and flags.  :func:`plain_reading` does that lookup, caching per distinct word (a million
mentions hold about eleven thousand), and returns None for any name that needs the full
reading.  A test checks the shortcut against the full reading
(``tests/test_names_speed_plain.py``).
"""

from __future__ import annotations

import functools

from archnorm.names import _tables as T
from archnorm.names.keys import _ARTICLES, Unit, _unit, is_place_word
from archnorm.names.titles import title_length

# A word that changes the reading of a name wherever it stands: it is a connector, a particle,
# an element of a compound or an organisation word, or is expanded, cut or replaced.
_SPECIAL: frozenset[str] = (
    T.CONNECTORS
    | T.ORG_CONNECTORS
    | T.PREFIX_PARTICLES
    | T.PATRONYMIC_PARTICLES
    | T.INFIX_PARTICLES
    | T.SUFFIX_ELEMENTS
    | _ARTICLES
    | T.POST_NAME_HONORIFICS
    | frozenset({"bhai", "dada", "ji", "sahib", "saheb"})  # parse._POST_NAME_RE
    | frozenset(T.GENERATION_SUFFIXES)
    | frozenset(T.HONORIFIC_ABBREVIATIONS)
    | frozenset(T.NAME_ABBREVIATIONS)
    | T.RETIRED_MARKERS
    | T.ORG_WORDS
    | T.LEGAL_FORMS
    | T.NAMED_AFTER_WORDS
    | frozenset({"the", "of", "all"})
    | T.OFFICE_WORDS  # an office after its qualifier is a title ("Kerala Chief Minister")
    | T.ROYAL_OFFICES
)

# A plain word's reading: its unit; whether it keeps the name from being a person's (an
# organisation, thing or place word); whether it is a descriptor (which does when first); and
# whether it may lead a title (then the title is read), and whether it may not stand before the
# last word (a compound head, glued to the word after it).
PlainWord = tuple[Unit, bool, bool, bool, bool]


@functools.lru_cache(maxsize=200_000)
def plain_word(word: str) -> PlainWord | None:
    """The reading of one plain word (capitalised ASCII letters, at least two, not a special
    word), or None."""
    if not (
        len(word) >= 2
        and word.isascii()
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
    ):
        return None
    f = word.lower()
    if f in _SPECIAL or word in T.REGNAL_NUMERALS:
        return None
    return (
        _unit((word,)),
        f in T.THING_WORDS or is_place_word(f),
        f in T.DESCRIPTOR_WORDS,
        f in T.TITLE_FIRST_WORDS,
        f in T.COMPOUND_HEADS or f in T.DROPPABLE_HEADS,
    )


@functools.lru_cache(maxsize=50_000)
def _title_word(word: str) -> bool:
    """A word that may be read as part of a title here: ASCII letters and an optional full
    stop ("Dr.", "Gen", "Minister"), so that ``str.split`` and ``keys.tokens`` agree on it;
    not an abbreviation expanded before titles are read."""
    bare = word[:-1] if word.endswith(".") else word
    return bare.isascii() and bare.isalpha() and bare not in T.ABBREVIATION_SPELLINGS


def plain_reading(words: list[str]) -> tuple[int, list[PlainWord]] | None:
    """For a name's words (``str.split()`` of it): how many lead titles, and the readings of
    the words after them, when the name is plain; else None."""
    if not words:
        return None
    read = list(map(plain_word, words))
    n = 0
    first = read[0]
    if first is None or first[3]:
        # a title may lead: every word up to the last unreadable one must be in it
        last = max((i for i, r in enumerate(read) if r is None), default=-1)
        if not all(_title_word(w) for w in words[: last + 1]):
            return None
        n = title_length(words)
        if n <= last:
            return None
    elif None in read:
        return None
    rest: list[PlainWord] = read[n:]  # type: ignore[assignment]  # None ruled out above
    if any(r[4] for r in rest[:-1]):
        return None
    return n, rest


def clear_cache() -> None:
    """Empty the per-word caches."""
    plain_word.cache_clear()
    _title_word.cache_clear()
