"""Keys for names: case and diacritic folding, the transliteration-aware token key, the blocking
skeleton, and the matching units of a name's words (:mod:`archnorm.names.parse` reads a whole
name; :mod:`archnorm.names.titles` splits titles, offices and descriptors off its front).

A *unit* is what the matcher compares: one given name, or a surname, where particles and compound
given names are glued into one unit ("bin Laden", "al-Assad", "Abdul Salam", "Zia-ul-Haq",
"Ataullah", "Mohammad Ali" when a surname follows).  The *token key* of a unit absorbs the usual
alternations of romanised Arabic, Persian and Urdu names (see :data:`_tables.ALTERNATIONS`), so
"Yousaf"/"Yusuf"/"Yousuf", "Gilani"/"Gillani", "Rehman"/"Rahman", "Hussain"/"Hussein" get equal
or near keys; the *skeleton* (consonants of the key) is coarser and is used only for blocking.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import regex
from rapidfuzz.distance import Indel, Levenshtein

from archnorm.names import _tables as T
from archnorm.names._substitutions import CONSONANT_SUBSTITUTIONS

_TOKEN_RE = regex.compile(r"[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*\.?|\d+")
_LITERAL = regex.compile(r"[a-z]+")
# literal rules run as str.replace (fast); contextual ones as compiled patterns
# stdlib re: it caches the replacement template ("\1"), which regex compiles on every call
_ALTERNATIONS: tuple[tuple[str, re.Pattern[str] | None, str], ...] = tuple(
    (p, None if _LITERAL.fullmatch(p) else re.compile(p), r) for p, r in T.ALTERNATIONS
)
_DOUBLE_RE = re.compile(r"(.)\1+")
_SKELETON_DROP = str.maketrans("", "", T.SKELETON_DROP)
_SPECIAL_FOLD = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
        "ʻ": "",
        "ʿ": "",
        "ʾ": "",
        "ʼ": "'",
        "’": "'",
        "‘": "'",
        "`": "'",
    }
)
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "az", "an", "at", "ash", "ul", "ud", "ur"})


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase, strip diacritics and map a few letters to ASCII: "Ḥusayn" -> "husayn"."""
    if text.isascii():
        return text.lower()
    text = text.translate(_SPECIAL_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return str(stripped.casefold())


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """A word folded for table lookups, without a trailing full stop: "Gen." -> "gen"."""
    return fold(word).rstrip(".")


@functools.lru_cache(maxsize=200_000)
def letters_only(text: str) -> str:
    """The folded letters of a name part, without hyphens, spaces or apostrophes."""
    return "".join(c for c in fold(text) if c.isalpha())


@functools.lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """The transliteration-aware key of one token or glued unit (folded, letters only).

    >>> token_key("Yousuf"), token_key("Yusuf"), token_key("Yousaf")
    ('iusuf', 'iusuf', 'iusaf')
    >>> token_key("Gillani") == token_key("Gilani"), token_key("Hussein") == token_key("Hussain")
    (True, True)
    """
    key = fold(token)
    if not key.isascii() and any(c.isalpha() and not c.isascii() for c in key):
        # another script (Cyrillic, Greek, Arabic, Devanagari, ...): the alternations are for
        # Latin spellings and would strip every letter, so that all such names shared the
        # empty key; its own letters, folded, are the key
        return "".join(c for c in key if c.isalpha())
    key = T.ANGLICISED.get(key, key)
    for literal, pattern, repl in _ALTERNATIONS:
        if pattern is None:
            if literal in key:
                key = key.replace(literal, repl)
        else:
            key = pattern.sub(repl, key)
    return key


def squeeze(key: str) -> str:
    """``key`` with each run of one letter written once: ``_DOUBLE_RE.sub(r"\\1", key)``, without
    the cost of a substitution when there is no run."""
    return key if _DOUBLE_RE.search(key) is None else _DOUBLE_RE.sub(r"\1", key)


@functools.lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Consonant skeleton of a token key, for blocking: "zardari" -> "zrdr"."""
    return key.translate(_SKELETON_DROP)


@functools.lru_cache(maxsize=100_000)
def deletions(skel: str) -> frozenset[str]:
    """The skeleton and its one-letter deletions (a symmetric-delete neighbourhood)."""
    out = {skel}
    if len(skel) >= 2:
        out.update(skel[:i] + skel[i + 1 :] for i in range(len(skel)))
    return frozenset(out)


_SUBSTITUTES = frozenset(CONSONANT_SUBSTITUTIONS | {(b, a) for a, b in CONSONANT_SUBSTITUTIONS})


@functools.lru_cache(maxsize=200_000)
def learned_pair(c: str, d: str) -> bool:
    """Whether one spelling of a name may put consonant ``d`` for ``c`` (a learned
    substitution, either way round)."""
    return (c, d) in _SUBSTITUTES


def learned_substitution(x: str, y: str, *, lead: bool = False) -> tuple[float, str] | None:
    """Similarity of two token keys when the consonants one writes for another are among the
    learned substitutions (:data:`_substitutions.CONSONANT_SUBSTITUTIONS`: Vilas/Bilas,
    Kadhimi/Kazimi), each costing half an edit; and ``y`` with those consonants written as in
    ``x``.  None when no learned substitution applies.  The first letter is substituted only
    with ``lead`` (the first consonant guards first given names and their blocking), and a
    substitution beside another edit is not one (a digraph written another way)."""
    if len(x) < 4 or len(y) < 4 or abs(len(x) - len(y)) > 2:
        return None
    ops = list(Levenshtein.editops(x, y))
    if not ops or len(ops) > 3:
        return None
    out = list(y)
    subs = 0
    for k, o in enumerate(ops):
        if o.tag != "replace" or (o.src_pos == 0 and not lead):
            continue
        if not learned_pair(x[o.src_pos], y[o.dest_pos]):
            continue
        if any(i != k and abs(q.src_pos - o.src_pos) <= 1 for i, q in enumerate(ops)):
            continue
        out[o.dest_pos] = x[o.src_pos]
        subs += 1
    if not subs:
        return None
    y2 = "".join(out)
    sim = 1.0 - (Indel.distance(x, y2) + subs) / (len(x) + len(y))
    return sim, y2


@dataclass(frozen=True, slots=True)
class Unit:
    """One matching unit: its text, key, key without a leading article, key without a compound
    head ("mohammad nawaz" -> "nawaz"), whether it is a bare initial, and the first consonant
    of its key skeleton (``lead``; of the tail too in ``tail_lead``), which transliteration
    variants keep: Ehsan/Ihsan/Ahsan share "s", Hassan has "h"; ``letter`` is the folded first
    letter, ``letters`` the folded letters of the text; ``headed`` is set for a unit led by a
    head that may be left out ("Muhammad Taqi", "Abdul Karim"), ``bare_head`` for a compound
    head standing alone ("Mohammed")."""

    text: str
    key: str
    core: str
    tail: str
    initial: bool
    lead: str
    tail_lead: str
    letter: str
    letters: str
    headed: bool = False
    bare_head: bool = False


def is_place_word(word: str) -> bool:
    """A folded word that names a place: a country, a city of the table, or a long word with a
    place-name ending ("Azizabad", "Jacobabad", "Rahimyar-garh")."""
    return (
        word in T.COUNTRIES
        or word in T.CITIES
        or (len(word) >= 8 and word.endswith(T.PLACE_SUFFIXES))
    )


def tokens(text: str) -> list[str]:
    """The word tokens of a name (letters with inner apostrophes; a trailing "." kept)."""
    out: list[str] = _TOKEN_RE.findall(text)  # the pattern has no capturing group
    return out


def unit_of(parts: list[str]) -> Unit:
    """The matching unit of a list of words ("bin", "Laden")."""
    return _unit(tuple(parts))


_REGNAL_VALUES = {"II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}


@functools.lru_cache(maxsize=200_000)
def _unit(parts: tuple[str, ...]) -> Unit:
    text = " ".join(parts)
    if len(parts) == 1 and parts[0] in T.REGNAL_NUMERALS:
        # "Abdullah II": a number, alike only to the same number
        num = f"#{_REGNAL_VALUES.get(parts[0], 0)}{parts[0]}"
        return Unit(text, num, num, num, False, "#", "#", "#", parts[0].lower())
    key = token_key("".join(parts))
    core = key
    first = fold(parts[0]).rstrip(".")
    if len(parts) > 1 and first in _ARTICLES:
        core = token_key("".join(parts[1:]))
    tail = core
    if len(parts) > 1 and first in T.DROPPABLE_HEADS:
        rest = parts[1:]
        if len(rest) > 1 and fold(rest[0]).rstrip(".") in _ARTICLES:
            rest = rest[1:]  # "Abd al-Rasul" -> "Rasul"
        tail = token_key("".join(rest))
    initial = len(parts) == 1 and len(parts[0].rstrip(".")) == 1
    return Unit(
        headed=len(parts) > 1 and tail != core,
        bare_head=len(parts) == 1 and first in T.COMPOUND_HEADS,
        text=text,
        key=key,
        core=core,
        tail=tail,
        initial=initial,
        lead=_lead(core),
        tail_lead=_lead(tail),
        letter=first[:1],
        letters=letters_only(text),
    )


def _lead(key: str) -> str:
    sk = skeleton(key)
    lead = sk[:1] or key[:1]
    return T.LEAD_EQUIVALENTS.get(lead, lead)


def _group_units(words: list[str]) -> list[list[str]]:
    """Glue particles and compound given names into units."""
    folded = [fold(w).rstrip(".") for w in words]
    groups: list[list[str]] = []
    i = 0
    n = len(words)
    while i < n:
        f = folded[i]
        if groups and i + 1 < n and f in T.INFIX_PARTICLES and len(groups[-1]) == 1:
            # "Zia ul Haq", "Moin ud Din": previous + particle + next are one unit
            groups[-1].extend([words[i], words[i + 1]])
            i += 2
            continue
        if (
            groups
            and i + 1 < n
            and f in _ARTICLES
            and folded[i + 1] in T.SUFFIX_ELEMENTS
            and len(groups[-1]) == 1
        ):
            # "Badr al-Din", "Nasr Allah": previous + article + element are one unit
            groups[-1].extend([words[i], words[i + 1]])
            i += 2
            continue
        if groups and f in T.SUFFIX_ELEMENTS:
            groups[-1].append(words[i])
            i += 1
            continue
        if f in T.PREFIX_PARTICLES and i + 1 < n:
            group = [words[i]]
            i += 1
            while i + 1 < n and folded[i] in T.PREFIX_PARTICLES:
                group.append(words[i])
                i += 1
            group.append(words[i])
            groups.append(group)
            i += 1
            continue
        groups.append([words[i]])
        i += 1
    # compound given names: "Mohammad Ali Jinnah" -> [Mohammad Ali][Jinnah]; two-word
    # "Mohammad Ali" stays one unit (a full name that is not given name + surname)
    out: list[list[str]] = []
    j = 0
    while j < len(groups):
        g = groups[j]
        head = fold(g[0]).rstrip(".")
        if (
            len(g) == 1
            and head in T.COMPOUND_HEADS
            and j + 1 < len(groups)
            and (j + 2 < len(groups) or len(groups) == 2)
            and not _surname_particle(groups[j + 1])
            and groups[j + 1][0] not in T.REGNAL_NUMERALS
        ):
            out.append(g + groups[j + 1])
            j += 2
            continue
        out.append(g)
        j += 1
    return out


def _surname_particle(group: list[str]) -> bool:
    """A group led by an article or a patronymic particle ("al-Sudani", "bin Rashid"): a
    surname or patronymic, never the second half of a compound given name ("Mohammed
    al-Deif" is a given name and a surname)."""
    return len(group) > 1 and fold(group[0]).rstrip(".") in _SURNAME_PARTICLES


_SURNAME_PARTICLES = _ARTICLES | {"bin", "ibn", "bint", "ben"}
