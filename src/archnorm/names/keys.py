"""Keys for names: case and diacritic folding, the transliteration-aware token key, the blocking
skeleton, and parsing a name string into matching units.

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

from archnorm.names import _tables as T

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
    for literal, pattern, repl in _ALTERNATIONS:
        if pattern is None:
            if literal in key:
                key = key.replace(literal, repl)
        else:
            key = pattern.sub(repl, key)
    return key


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


def clear_caches() -> None:
    """Empty the caches of the pure key functions."""
    fold.cache_clear()
    fold_word.cache_clear()
    letters_only.cache_clear()
    token_key.cache_clear()
    skeleton.cache_clear()
    deletions.cache_clear()
    parse_name.cache_clear()
    _unit.cache_clear()
    _initial.cache_clear()


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


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into title, units (given names then surname) and flags, with the derived
    keys computed once.

    ``acronym`` is set for an all-capitals single token ("MQM"); ``weak`` names (surname only,
    initials only, acronyms) attach to a cluster only when exactly one fits; ``joined`` is the
    key of the whole name written without spaces ("Fazlur Rehman" = "Fazl-ur-Rehman");
    ``person_like`` is false for names with organisation, place or descriptor words;
    ``unplaced`` is the joined key without a leading country for organisation names
    ("Bangladesh Awami League" / "Awami League"); ``org`` is set when a word is an
    organisation word ("Party", "League"); ``demonym_led`` when the leading word left out of
    ``unplaced`` is a demonym ("Palestinian Islamic Jihad"), which must then match exactly;
    ``bare`` is the key of the whole name's letters without the surname's article ("Mohammed
    al-Deif" and the one-unit "Mohammed Deif" have the same).
    """

    display: str
    title: str | None
    units: tuple[Unit, ...]
    acronym: str | None
    initials: str
    key: tuple[str, ...]
    joined: str
    weak: bool
    person_like: bool
    compound: bool
    surname: Unit | None
    given: tuple[Unit, ...]
    unplaced: str | None = None
    org: bool = False
    demonym_led: bool = False
    bare: str = ""


def _weak(units: tuple[Unit, ...], acronym: str | None) -> bool:
    if acronym is not None or not units:
        return True
    if len(units) == 1:
        return " " not in units[0].text  # "Mohammad Ali" (a compound) is not weak
    return all(u.initial for u in units[:-1])


def is_place_word(word: str) -> bool:
    """A folded word that names a place: a country, a city of the table, or a long word with a
    place-name ending ("Azizabad", "Jacobabad", "Rahimyar-garh")."""
    return (
        word in T.COUNTRIES
        or word in T.CITIES
        or (len(word) >= 8 and word.endswith(T.PLACE_SUFFIXES))
    )


def _acronym_led(units: tuple[Unit, ...]) -> bool:
    """A name led by an organisation's acronym: "MQM-Altaf", "BBC Urdu", "PPP Parliamentarians"
    (three letters or more: "AQ Khan", "ZA Bhutto" are initials)."""
    if len(units) < 2:
        return False
    first = units[0].text.split()[0]
    return (
        3 <= len(first) <= 6
        and first.isalpha()
        and first.isupper()
        and fold(first) not in T.NOT_ORG_ACRONYMS
    )


def _person_like(units: tuple[Unit, ...], acronym: str | None, words: list[str]) -> bool:
    """No acronym, two units or more, not led by an acronym, no organisation, thing or place
    word, no leading descriptor (``words``: the units' folded words)."""
    if acronym is not None or len(units) < 2 or _acronym_led(units):
        return False
    if words[0] in T.DESCRIPTOR_WORDS:
        return False
    return not any(w in T.ORG_WORDS or w in T.THING_WORDS or is_place_word(w) for w in words)


def _place_lead(units: tuple[Unit, ...]) -> tuple[int, bool]:
    """How many leading units name a place (a country, "All" and a country, a region), or a
    demonym; and whether it was a demonym."""
    if fold_word(units[0].text) not in _PLACE_HEADS:
        return 0, False
    heads = [fold_word(u.text) for u in units[:3]]
    if heads[0] == "all" and len(heads) > 2 and heads[1] in T.COUNTRIES:
        return 2, False  # "All India Trinamool Congress"
    if " ".join(heads[:2]) in T.COUNTRIES or " ".join(heads[:2]) in T.REGIONS:
        return 2, False
    if heads[0] in T.COUNTRIES or heads[0] in T.REGIONS:
        return 1, False
    return (1, True) if heads[0] in T.DEMONYMS else (0, False)


def _unplaced(units: tuple[Unit, ...]) -> tuple[str | None, bool]:
    """The joined key of an organisation name without its leading country, region or demonym
    ("Bangladesh Awami League" -> the key of "Awami League", "Palestinian Islamic Jihad" ->
    "Islamic Jihad"), or None, at least two units remaining; and whether a demonym was left
    out."""
    if len(units) < 3:
        return None, False
    lead, demonym = _place_lead(units)
    rest = units[lead:]
    if not lead or len(rest) < 2:
        return None, False
    if not demonym and not any(w in T.ORG_WORDS for u in rest for w in fold(u.text).split()):
        return None, False
    return _DOUBLE_RE.sub(r"\1", "".join(u.key for u in rest)), demonym


def _bare(units: tuple[Unit, ...], joined: str) -> str:
    """The key of a name's letters written together, without its surname's article (the
    one unit's key for a one-unit name; ``joined`` when the surname has no article)."""
    if len(units) <= 1:
        return units[0].key if units else ""
    last = units[-1]
    if last.core == last.key:
        return joined
    parts = last.text.split()
    if len(parts) < 2 or fold_word(parts[0]) not in _ARTICLES:
        return joined
    return token_key("".join(u.letters for u in units[:-1]) + letters_only("".join(parts[1:])))


def tokens(text: str) -> list[str]:
    """The word tokens of a name (letters with inner apostrophes; a trailing "." kept)."""
    return [m.group() for m in _TOKEN_RE.finditer(text)]


def title_length(words: list[str]) -> int:
    """How many leading words of ``words`` are titles and honorifics.

    At least one word is left.  An honorific that is also a given name ("Hafiz", "Sheikh",
    "Chaudhry") is split off only when two name units remain: "Hafiz Saeed" keeps it,
    "Sheikh Hasina Wajed" does not.
    """
    i = 0
    while i < len(words) - 1:
        if fold(words[i]).rstrip(".") not in T.TITLE_FIRST_WORDS:
            break
        for n in range(min(T.LONGEST_TITLE_WORDS, len(words) - 1 - i), 0, -1):
            cand = " ".join(fold(w).rstrip(".") for w in words[i : i + n])
            if cand in T.TITLES:
                if cand in T.NAME_HONORIFICS and _name_units(words[i + n :]) < 2:
                    return i
                i += n
                break
        else:
            break
    return i


def _name_units(words: list[str]) -> int:
    """How many name parts ``words`` hold, for deciding whether an honorific is a title: a
    glued genitive compound ("Mujib-ur-Rehman", "Zia ul Haq") stands for a given name and a
    surname."""
    groups = _group_units(words)
    return len(groups) + sum(
        1 for g in groups if any(fold(w).rstrip(".") in T.INFIX_PARTICLES for w in g[1:-1])
    )


def strip_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split leading titles and honorifics off a token list; keeps at least one token."""
    n = title_length(words)
    return (" ".join(words[:n]) if n else None), words[n:]


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
        tail = token_key("".join(parts[1:]))
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


@functools.lru_cache(maxsize=100_000)
def _initial(word: str) -> str:
    """A word's capital initial, or "" for connectors and articles; an article written with a
    capital counts ("Al-Qaeda in the Arabian Peninsula" is AQAP)."""
    f = fold(word).rstrip(".")
    if f in _ARTICLES and word[:1].isupper():
        return word[0]
    return "" if f in T.CONNECTORS or f in _ARTICLES else word[0].upper()


def _initials(words: list[str]) -> str:
    """The initials of a name: of its capitalised words when it has any ("in", "e", "i" inside
    an organisation's name do not count: "Islamic State of Iraq and the Levant" is ISIL)."""
    if any(w[:1].isupper() for w in words):
        words = [w for w in words if not w[:1].islower()]
    return "".join(_initial(w) for w in words)


_AMPERSAND_ACRONYM = regex.compile(r"[A-Z]+(?:&[A-Z]+)+")


_ABBREVIATION_RE = re.compile(r"\b(?:Ch|CH|Kh|KH)\b")
_LOWER_WORD_RE = re.compile(r"(?:^|[^\w'])[a-z]")
_POST_NAME_RE = re.compile(r"(?i)\b(?:bhai|ji|sahib|saheb)\b")
_PLACE_HEADS = frozenset(
    w.split()[0] for w in T.COUNTRIES | T.REGIONS | T.DEMONYMS | frozenset({"all"})
)


def _expand_abbreviations(words: list[str]) -> list[str]:
    """Honorific abbreviations read as the honorific ("Ch Nisar" -> "Chaudhry Nisar")."""
    if len(words) < 2:
        return words
    return [T.HONORIFIC_ABBREVIATIONS.get(fold_word(w), w) if w[:1].isupper() else w for w in words]


def _split_initials(words: list[str]) -> list[str]:
    """Two capitals before a name are initials ("KP Oli", "AQ Khan" -> "K. P. Oli"); three or
    more lead an organisation's name ("BBC Urdu")."""
    if len(words) < 2:
        return words
    first = words[0]
    if (
        len(first) == 2
        and first.isalpha()
        and first.isupper()
        and fold(first) not in T.NOT_ORG_ACRONYMS
        and not words[1].isupper()
    ):
        return [f"{first[0]}.", f"{first[1]}.", *words[1:]]
    return words


@functools.lru_cache(maxsize=500_000)
def parse_name(name: str) -> ParsedName:
    """Parse a name string: title split off, units built, acronym detected.

    >>> p = parse_name("President Asif Ali Zardari")
    >>> p.title, [u.text for u in p.units]
    ('President', ['Asif', 'Ali', 'Zardari'])
    """
    stripped = name.strip()
    # "R&AW" is the acronym RAW
    ampersand = "&" in stripped and _AMPERSAND_ACRONYM.fullmatch(stripped)
    words = [stripped.replace("&", "")] if ampersand else tokens(name)
    shown = words
    if _ABBREVIATION_RE.search(name):
        words = _expand_abbreviations(words)
    n = title_length(words)
    title = " ".join(shown[:n]) if n else None
    words, shown = words[n:], shown[n:]
    while (
        len(words) > 1
        and fold(words[-1]) in T.NOT_ORG_ACRONYMS
        and words[-1].isupper()
        and words[-1] not in T.REGNAL_NUMERALS
    ):
        words, shown = words[:-1], shown[:-1]  # post-nominal letters: "Tony Blair MP"
    display = " ".join(shown)
    words = _split_initials(words)
    acronym = None
    if len(words) == 1 and 2 <= len(words[0]) <= 6 and words[0].isupper():
        acronym = words[0]
    elif (
        len(words) == 2
        and 2 <= len(words[0]) <= 6
        and len(words[1]) <= 2
        and display.isupper()
        and f"{words[0]}-{words[1]}" in name
    ):
        # an acronym with a faction letter: "PML-N", "MQM-P", "JUI-F"
        display = f"{words[0]}-{words[1]}"
        acronym = words[0] + words[1]
        words = [acronym]
    initials = (
        _initials(words) if _LOWER_WORD_RE.search(name) else "".join(_initial(w) for w in words)
    )
    units: tuple[Unit, ...] = ()
    if words and acronym is None:
        kept = [w for w in words if fold(w) not in T.ORG_CONNECTORS or not w[:1].islower()]
        if len(kept) > 2 and _POST_NAME_RE.search(name):
            # "Amit Bhai Shah": an honorific after a given name, inside the name
            kept = (
                [kept[0]]
                + [w for w in kept[1:-1] if fold_word(w) not in T.POST_NAME_HONORIFICS]
                + [kept[-1]]
            )
        units = tuple(unit_of(g) for g in _group_units(kept or words))
    elif acronym is not None:
        units = (unit_of(words),)
    words = [fold_word(w) for u in units for w in u.text.split()]
    joined = _DOUBLE_RE.sub(r"\1", "".join(u.key for u in units))
    unplaced, demonym_led = _unplaced(units) if acronym is None else (None, False)
    return ParsedName(
        display=display,
        title=title,
        units=units,
        acronym=acronym,
        initials=initials,
        key=tuple(u.key for u in units),
        joined=joined,
        weak=_weak(units, acronym),
        person_like=_person_like(units, acronym, words),
        compound=any(" " in u.text for u in units),
        surname=units[-1] if units else None,
        given=units[:-1],
        unplaced=unplaced,
        demonym_led=demonym_led,
        bare=_bare(units, joined),
        org=not T.ORG_WORDS.isdisjoint(words) or _acronym_led(units),
    )
