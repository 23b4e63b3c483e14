"""Reading a whole name string: titles and honorifics split off (with their abbreviations),
post-nominal letters cut, initials and acronyms recognised, units built (:mod:`keys`), and the
flags and keys the matcher and the blocking use (weak, person-like, organisation, the key
without a leading place, the key without the surname's article)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

import regex

from archnorm.names import _memo, _plain
from archnorm.names import _tables as T
from archnorm.names.alternates import split_alternates
from archnorm.names.keys import (
    _ARTICLES,
    Unit,
    _group_units,
    _unit,
    deletions,
    fold,
    fold_word,
    is_place_word,
    letters_only,
    skeleton,
    squeeze,
    token_key,
    tokens,
    unit_of,
)
from archnorm.names.titles import possessive_stem, title_length


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A name split into title, units (given names then surname) and flags, with the derived
    keys computed once.

    ``acronym`` is set for an all-capitals single token ("MQM"); ``weak`` names (surname only,
    initials only, acronyms) attach to a cluster only when exactly one fits; ``joined`` is the
    key of the whole name written without spaces ("Fazlur Rehman" = "Fazl-ur-Rehman");
    ``person_like`` is false for names with organisation, place or descriptor words;
    ``unplaced`` is the joined key without a leading or trailing country for organisation
    names ("Bangladesh Awami League" / "Awami League"), ``place`` the country left out;
    ``double_surname`` when the last two units are written with a hyphen ("Mohseni-Ejei");
    ``org`` is set when a word is an
    organisation word ("Party", "League"); ``demonym_led`` when the leading word left out of
    ``unplaced`` is a demonym ("Palestinian Islamic Jihad"), which must then match exactly;
    ``bare`` is the key of the whole name's letters without the surname's article ("Mohammed
    al-Deif" and the one-unit "Mohammed Deif" have the same); ``spelled`` is the initials of
    every word, connectors too ("Harkat-ul-Mujahideen" -> "HUM", for the acronym "HuM");
    ``generic_free`` is the joined key of an organisation name without a trailing generic word
    ("Fatah Movement" -> the key of "Fatah") or without its legal form, ``legal_form`` when it
    has one ("Tata Sons Pvt Ltd" and "Tata Sons Private Limited" meet on "Tata Sons");
    ``named_after`` when a word names a place or body ("University", "Airport");
    ``reordered`` is the joined key of an organisation name "A of B" written "B A" ("High Court
    of Sindh" -> the key of "Sindh High Court"); ``alternates`` are other names the written
    name holds (an alias, a quoted nickname, a translated generic word:
    :mod:`archnorm.names.alternates`), the name itself being read without them.
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
    place: str = ""
    double_surname: bool = False
    bare: str = ""
    spelled: str = ""
    generic_free: str | None = None
    legal_form: bool = False
    named_after: bool = False
    reordered: str | None = None
    alternates: tuple[str, ...] = ()


def _weak(units: tuple[Unit, ...], acronym: str | None) -> bool:
    if acronym is not None or not units:
        return True
    if len(units) == 1:
        # "Mohammad Ali" (a compound) is not weak; a surname with its article is
        # ("Al-Dawsari"; not "Abu Alaa", a kunya)
        text = units[0].text
        return " " not in text or fold_word(text.split(" ", 1)[0]) in _SURNAME_LEADS
    return all(u.initial for u in units[:-1])


_SURNAME_LEADS = frozenset({"al", "el"})


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


def _unplaced(units: tuple[Unit, ...], org: bool) -> tuple[str | None, bool, str]:
    """The joined key of an organisation name without its leading country, region or demonym
    ("Bangladesh Awami League" -> the key of "Awami League", "Palestinian Islamic Jihad" ->
    "Islamic Jihad") or its trailing country ("Jamaat-e-Islami Bangladesh"), or None, at least
    two units remaining; whether a demonym was left out; and the place left out (folded)."""
    if len(units) < 3:
        return None, False, ""
    lead, demonym = _place_lead(units)
    rest = units[lead:]
    if not lead:
        if not org:
            return None, False, ""  # a trailing country only after an organisation's name
        trail = _place_trail(units)
        rest = units[: len(units) - trail]
        place = " ".join(fold_word(u.text) for u in units[len(rest) :])
    else:
        place = " ".join(fold_word(u.text) for u in units[:lead])
    if len(rest) == len(units) or len(rest) < 2:
        return None, False, ""
    if not demonym and not any(w in T.ORG_WORDS for u in rest for w in fold(u.text).split()):
        return None, False, ""
    return squeeze("".join(u.key for u in rest)), demonym, place


_DEMONYM_WORDS = frozenset(T.DEMONYM_PLACES)
_FINAL_HYPHEN_RE = re.compile(r"([^\W\d_]+)-([^\W\d_]+)\W*$")


def _double_surname(text: str, units: tuple[Unit, ...]) -> bool:
    """The last two name units are written joined by a hyphen ("Mohseni-Ejei", "Akbar
    Hashemi-Rafsanjani"): a double surname, which the two words alone also name."""
    if len(units) < 2:
        return False
    m = _FINAL_HYPHEN_RE.search(text)
    return m is not None and units[-2].text == m.group(1) and units[-1].text == m.group(2)


def _place_trail(units: tuple[Unit, ...]) -> int:
    """How many trailing units name a country ("Jamaat-e-Islami Bangladesh", "... Sri
    Lanka")."""
    if fold_word(units[-1].text) not in _PLACE_TAILS:
        return 0
    tail = [fold_word(u.text) for u in units[-2:]]
    if len(tail) == 2 and " ".join(tail) in T.COUNTRIES:
        return 2
    return 1 if tail[-1] in T.COUNTRIES else 0


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


@functools.lru_cache(maxsize=100_000)
def initial(word: str) -> str:
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
    return "".join(initial(w) for w in words)


_AMPERSAND_ACRONYM = regex.compile(r"[A-Z]+(?:&[A-Z]+)+")
# an acronym with the initial of a connector in lowercase: "LeT", "JuD", "HuM", "JeM"
_MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]?[A-Z]){1,3}")


def _legal_form_at(units: tuple[Unit, ...], org: bool) -> int:
    """Where an organisation name's trailing legal form begins ("Limited", "Pvt Ltd"), or the
    number of units when it has none."""
    end = len(units)
    if org:
        while end > 1 and fold_word(units[end - 1].text) in T.LEGAL_FORMS:
            end -= 1
    return end


def _generic_free(units: tuple[Unit, ...], org: bool, end: int) -> str | None:
    """The joined key of an organisation name without a trailing generic word ("Ennahda Party",
    "Fatah Movement") or without its legal form ("Adani Power Limited", "Tata Sons Pvt Ltd"),
    or None.  ``end``: ``_legal_form_at(units, org)``."""
    if not org or len(units) < 2:
        return None
    if end == len(units):
        if fold_word(units[-1].text) not in T.GENERIC_ORG_WORDS:
            return None
        end -= 1
        if end > 1 and fold_word(units[end - 1].text) == "news":
            end -= 1  # "Fars News Agency": the news agency
    return squeeze("".join(u.key for u in units[:end]))


# an acronym with a faction's letter in brackets after a space ("CPI (M)", "PML (N)")
_SPACED_FACTION = re.compile(r"[A-Z]{2,6} \([A-Z][A-Za-z]?\)")
_ABBREVIATION_RE = re.compile(rf"\b(?:{'|'.join(sorted(T.ABBREVIATION_SPELLINGS))})\b")
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_LOWER_WORD_RE = re.compile(r"(?:^|[^\w'])[a-z]")
_POST_NAME_RE = re.compile(r"(?i)\b(?:bhai|dada|ji|sahib|saheb)\b")
_PLACE_TAILS = frozenset(w.split()[-1] for w in T.COUNTRIES)
_PLACE_HEADS = frozenset(
    w.split()[0] for w in T.COUNTRIES | T.REGIONS | T.DEMONYMS | frozenset({"all"})
)


def _expand_abbreviations(words: list[str]) -> list[str]:
    """Honorific abbreviations read as the honorific ("Ch Nisar" -> "Chaudhry Nisar"), and
    abbreviations of Muhammad before a name as the name ("Md Shahabuddin")."""
    if len(words) < 2:
        return words
    out = [T.HONORIFIC_ABBREVIATIONS.get(fold_word(w), w) if w[:1].isupper() else w for w in words]
    return [
        T.NAME_ABBREVIATIONS.get(fold_word(w), w) if w[:1].isupper() and i + 1 < len(out) else w
        for i, w in enumerate(out)
    ]


def _split_initials(words: list[str]) -> list[str]:
    """Two capitals before a name are initials ("KP Oli", "AQ Khan" -> "K. P. Oli"); three or
    four are too before a person's given names and surname ("APJ Abdul Kalam", "SWRD
    Bandaranaike"), but lead an organisation's name before an organisation word or a single
    word ("IYI Party", "BBC Urdu")."""
    if len(words) < 2:
        return words
    first = words[0]
    if not (
        2 <= len(first) <= 4
        and first.isalpha()
        and first.isupper()
        and fold(first) not in T.NOT_ORG_ACRONYMS
        and not words[1].isupper()
    ):
        return words
    if len(first) > 2:
        rest = [fold_word(w) for w in words[1:]]
        if (len(rest) < 2 and len(first) == 3) or not T.ORG_WORDS.isdisjoint(rest):
            return words
        if any(w in T.GENERATION_SUFFIXES for w in rest):
            return words
    return [*(f"{c}." for c in first), *words[1:]]


def _without_comma(name: str) -> str:
    """A name with one comma read without it: an apposition after it goes ("Imran Khan, PTI
    chairman", "Imran Khan, former prime minister"); a surname before given names is turned
    round ("Zardari, Asif Ali" -> "Asif Ali Zardari"); a legal form after it stays ("Infosys,
    Ltd."); anything else is left as written."""
    parts = name.split(",")
    if len(parts) != 2:
        return name
    before, after = tokens(parts[0]), tokens(parts[1])
    if not before or not after:
        return name
    fa = [fold_word(w) for w in after]
    if all(f in T.LEGAL_FORMS for f in fa):
        return name
    if any(f in T.OFFICE_WORDS for f in fa) or any(
        w[:1].islower() and f not in T.NAME_INNER_LOWER for w, f in zip(after, fa, strict=True)
    ):
        return parts[0].strip()
    if (
        len(before) == 1
        and len(after) <= 3
        and not before[0].isupper()
        and all(w[:1].isupper() for w in (*before, *after))
        and T.ORG_WORDS.isdisjoint((*fa, fold_word(before[0])))
        and not is_place_word(fa[-1])
    ):
        return f"{parts[1].strip()} {parts[0].strip()}"
    return name


def _placed_body(head: list[str]) -> bool:
    """Lower-case words after nothing but a place or a demonym ("Libyan" + "central bank",
    "Istanbul" + "municipality"): they name the place's body, they do not describe it."""
    return len(head) == 1 and (is_place_word(fold(head[0])) or fold(head[0]) in T.DEMONYMS)


def _trailing_descriptor(word: str) -> bool:
    """A lower-case word after a name that describes it ("security service", "daily"), not a
    particle or an element of a compound ("ullah")."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word.islower()
        and word not in T.NAME_INNER_LOWER
        and word not in T.SUFFIX_ELEMENTS
        and word not in T.GENERATION_SUFFIXES  # "Enamul Haque junior" is not "... senior"
    )


def _retired(word: str, name: str) -> bool:
    """A retirement marker after a title: "retd", "retired", or "r" in brackets ("Gen (r)";
    "Gen R Sharif" keeps its initial)."""
    marker = fold_word(word)
    if marker == "r":
        return "(" in name
    return marker in T.RETIRED_MARKERS


@functools.lru_cache(maxsize=500_000)
def parse_name(name: str) -> ParsedName:
    """Parse a name string: title split off, units built, acronym detected.

    >>> p = parse_name("President Asif Ali Zardari")
    >>> p.title, [u.text for u in p.units]
    ('President', ['Asif', 'Ali', 'Zardari'])
    """
    primary, alternates = split_alternates(name)
    split = primary.split()
    plain = _plain.plain_reading(split)
    p = _parse_plain(split, *plain) if plain is not None else _parse_full(primary)
    return dataclasses.replace(p, alternates=alternates) if alternates else p


def _parse_full(name: str) -> ParsedName:
    """:func:`parse_name` of any name, step by step (:func:`_parse_plain` is its shortcut for
    plain names)."""
    stripped = name.strip()
    if "," in stripped:
        name = stripped = _without_comma(stripped)
    if stripped.endswith(")") and _SPACED_FACTION.fullmatch(stripped):
        name = stripped = stripped.replace(" ", "")  # "CPI (M)" is written "CPI(M)"
    # "R&AW" is the acronym RAW
    ampersand = "&" in stripped and _AMPERSAND_ACRONYM.fullmatch(stripped)
    words = [stripped.replace("&", "")] if ampersand else tokens(name)
    if len(words) > 2 and words[0].isdigit() and words[1] in _ORDINAL_ENDINGS:
        words = [words[0] + words[1], *words[2:]]  # "14th Dalai Lama": one word, a title
    shown = words
    if _ABBREVIATION_RE.search(name):
        words = _expand_abbreviations(words)
    n = title_length(words)
    title = " ".join(shown[:n]) if n else None
    words, shown = words[n:], shown[n:]
    stem = possessive_stem(words[0]) if len(words) > 1 else None
    if stem is not None and is_place_word(fold(stem)):
        words = [stem, *words[1:]]  # "Iran's Guardian Council": the place's body
    if n and len(words) > 1 and _retired(words[0], stripped):
        words, shown = words[1:], shown[1:]  # "Lt Gen (retd) Asad Durrani"
    while (
        len(words) > 1
        and (fold(words[-1]) in T.NOT_ORG_ACRONYMS or fold(words[-1]) in T.CLUB_SUFFIXES)
        and words[-1].isupper()
        and words[-1] not in T.REGNAL_NUMERALS
        and not is_place_word(fold(words[-1]))  # "Central Bank of the UAE": a place
    ):
        words, shown = words[:-1], shown[:-1]  # post-nominal letters: "Tony Blair MP"
    k = 0
    while k < len(words) - 1 and _trailing_descriptor(words[-1 - k]):
        k += 1
    if k and _placed_body(words[:-k]):
        # "Libyan central bank", "Iran's central bank": a place's body in lower case
        words = [*words[:-k], *(w.capitalize() for w in words[-k:])]
    elif k and words[-1 - k][:1].isupper() and not (k == 1 and fold(words[-1]) in T.ORG_WORDS):
        # "Shin Bet security service", "Prothom Alo daily"; one organisation word is the
        # name's own, written in lower case ("Haqqani network")
        words, shown = words[:-k], shown[:-k]
    if len(words) > 2 and words[-1][:1] in "JjSs":
        # "Junior" and "Jr." are one suffix: the son is told apart from the father by it
        gen = T.GENERATION_SUFFIXES.get(fold_word(words[-1]))
        if gen is not None:
            words = [*words[:-1], gen]
    display = " ".join(shown)
    if len(words) > 1 and words[0] in ("The", "the"):
        words = words[1:]  # "The Hindustan Times" is "Hindustan Times" (shown as written)
    words = _split_initials(words)
    acronym = None
    if len(words) == 1 and (
        (2 <= len(words[0]) <= 6 and words[0].isupper()) or _MIXED_ACRONYM.fullmatch(words[0])
    ):
        acronym = words[0]
    elif (
        len(words) == 2
        and 2 <= len(words[0]) <= 6
        and len(words[1]) <= 2
        and display.isupper()
        and (f"{words[0]}-{words[1]}" in name or f"{words[0]}({words[1]})" in name)
    ):
        # an acronym with a faction letter: "PML-N", "MQM-P", "JUI-F", "JD(U)"
        display = f"{words[0]}-{words[1]}"
        acronym = words[0] + words[1]
        words = [acronym]
    lowercase = _LOWER_WORD_RE.search(name) is not None
    initials = _initials(words) if lowercase else "".join(initial(w) for w in words)
    units: tuple[Unit, ...] = ()
    kept: list[str] = []
    if words and acronym is None:
        kept = [w for w in words if fold(w) not in T.ORG_CONNECTORS or not w[:1].islower()]
        if len(kept) > 2 and _POST_NAME_RE.search(name):
            # "Amit Bhai Shah": an honorific after a given name, inside the name
            kept = (
                [kept[0]]
                + [w for w in kept[1:-1] if fold_word(w) not in T.POST_NAME_HONORIFICS]
                + [kept[-1]]
            )
        kept = kept or words
        units = tuple(unit_of(g) for g in _group_units(kept))
    elif acronym is not None:
        units = (unit_of(words),)
    raw = words
    # every word's initial, connectors too: differs from ``initials`` only with lowercase words
    spelled = "".join(w[:1] for w in words).upper() if lowercase and acronym is None else initials
    words = [fold_word(w) for u in units for w in u.text.split()]
    joined = squeeze("".join(u.key for u in units))
    org = (
        not T.ORG_WORDS.isdisjoint(words)
        or _acronym_led(units)
        or (len(words) > 1 and words[-1] in T.LEGAL_FORMS)
    )
    demonym_first = False
    if org and kept and not _DEMONYM_WORDS.isdisjoint(words):
        # "Kurdish Democratic Party" is "Kurdistan Democratic Party"
        demonym_first = words[0] in _DEMONYM_WORDS
        units = tuple(
            unit_of(g) for g in _group_units([T.DEMONYM_PLACES.get(fold_word(w), w) for w in kept])
        )
        words = [fold_word(w) for u in units for w in u.text.split()]
        joined = squeeze("".join(u.key for u in units))
    unplaced, demonym_led, place = _unplaced(units, org) if acronym is None else (None, False, "")
    demonym_led = demonym_led or (unplaced is not None and demonym_first)
    legal_at = _legal_form_at(units, org) if acronym is None else len(units)
    reordered = (
        _reordered(raw) if org and acronym is None and ("of" in raw or "for" in raw) else None
    )
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
        place=place,
        double_surname="-" in stripped and _double_surname(stripped, units),
        bare=_bare(units, joined),
        org=org,
        spelled=spelled,
        generic_free=_generic_free(units, org, legal_at) if acronym is None else None,
        legal_form=legal_at < len(units),
        named_after=not T.NAMED_AFTER_WORDS.isdisjoint(words),
        reordered=reordered,
    )


def _parse_plain(split: list[str], n: int, read: list[_plain.PlainWord]) -> ParsedName:
    """:func:`parse_name` of a plain name (:func:`_plain.plain_reading`): ``n`` title words,
    then no acronym, connector, particle, compound or organisation word; each word one unit."""
    words = split[n:] if n else split
    units = tuple(r[0] for r in read)
    key = tuple(u.key for u in units)
    joined = squeeze("".join(key))
    initials = "".join(w[0] for w in words)
    unplaced, demonym_led, place = _unplaced(units, False)
    return ParsedName(
        display=" ".join(words),
        title=" ".join(split[:n]) if n else None,
        units=units,
        acronym=None,
        initials=initials,
        key=key,
        joined=joined,
        weak=len(units) == 1,
        person_like=len(units) >= 2 and not read[0][2] and not any(r[1] for r in read),
        compound=False,
        surname=units[-1],
        given=units[:-1],
        unplaced=unplaced,
        demonym_led=demonym_led,
        place=place,
        double_surname=False,
        bare=_bare(units, joined),
        org=False,
        spelled=initials,
        generic_free=None,
        legal_form=False,
        named_after=False,
        reordered=None,
    )


def _reordered(words: list[str]) -> str | None:
    """The joined key of an organisation name "A of B" or "A for B" written "B A", when B is
    one or two words ("High Court of Sindh" / "Sindh High Court", "University of Karachi",
    "Saudi Fund for Development" / "Saudi Development Fund"), or None."""
    at = words.index("of" if "of" in words else "for")
    after = [w for w in words[at + 1 :] if w != "the"]
    if at == 0 or not 1 <= len(after) <= 2 or "of" in after or "for" in after:
        return None
    units = tuple(unit_of(g) for g in _group_units(after + words[:at]))
    return squeeze("".join(u.key for u in units))


def clear_caches() -> None:
    """Empty the caches of the pure key and parsing functions."""
    fold.cache_clear()
    fold_word.cache_clear()
    letters_only.cache_clear()
    token_key.cache_clear()
    skeleton.cache_clear()
    deletions.cache_clear()
    _unit.cache_clear()
    parse_name.cache_clear()
    initial.cache_clear()
    _plain.clear_cache()
    _memo.clear()
