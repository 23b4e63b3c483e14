"""Keys for names: case and diacritic folding, the transliteration-aware token key, the blocking
skeleton, and the matching units of a name's words (:mod:`archnorm.names.parse` reads a whole
name).

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
        if (x[o.src_pos], y[o.dest_pos]) not in _SUBSTITUTES:
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


def title_length(words: list[str]) -> int:
    """How many leading words of ``words`` are titles and honorifics.

    At least one word is left.  An honorific that is also a given name ("Hafiz", "Sheikh",
    "Chaudhry") is split off only when two name units remain: "Hafiz Saeed" keeps it,
    "Sheikh Hasina Wajed" does not; nor when a patronymic follows it, which needs a given name
    before it ("Sultan bin Abdul Aziz Al Saud").  An office after its qualifier ("Kerala Chief
    Minister"), a lower-case descriptor ("singer") or a possessive place ("Pakistan's") is
    split off first.
    """
    office = _office_length(words) or _descriptor_length(words) or _possessive_length(words)
    if office:
        return office + title_length(words[office:])
    return _listed_title_length(words)


def _listed_title_length(words: list[str]) -> int:
    """How many leading words are titles and honorifics of :data:`_tables.TITLES`."""
    i = 0
    while i < len(words) - 1:
        if fold(words[i]).rstrip(".") not in T.TITLE_FIRST_WORDS:
            break
        for n in range(min(T.LONGEST_TITLE_WORDS, len(words) - 1 - i), 0, -1):
            cand = " ".join(fold(w).rstrip(".") for w in words[i : i + n])
            if cand in T.TITLES and f"{cand} {fold(words[i + n])}" in T.COUNTRIES:
                return i  # "Sri Lanka Freedom Party": a country's name, no title
            if cand in T.TITLES:
                repeated = i > 0 and fold(words[i - 1]).rstrip(".") == cand
                if (
                    cand in T.NAME_HONORIFICS
                    and not repeated  # "Sheikh Sheikh Zardari": a doubled title is a title
                    and (
                        _name_units(words[i + n :]) < 2
                        or fold(words[i + n]).rstrip(".") in T.PATRONYMIC_PARTICLES
                    )
                ):
                    return i
                i += n
                break
        else:
            break
    return i


# words that make what follows an office the name of a body, not a person ("Chief Minister
# Secretariat", "President House")
_NOT_AFTER_OFFICE = (
    T.ORG_WORDS | T.GENERIC_ORG_WORDS | T.LEGAL_FORMS | T.NAMED_AFTER_WORDS | T.ADDRESS_WORDS
)


# the words that may make an office: office words, royal offices, "ex-" offices as one word
_OFFICE_ANY = T.OFFICE_WORDS | T.ROYAL_OFFICES | frozenset(f"ex-{w}" for w in T.OFFICE_WORDS)


def _office_length(words: list[str]) -> int:
    """How many leading words are an office named with its qualifier: capitalised words (a
    place, a body, an acronym) or qualifier words, up to and including the last office word
    ("Kerala Chief Minister", "PCB Chairman", "CPI(M) general secretary"), when a
    capitalised name that is not a body's follows; 0 when there is none."""
    if len(words) < 2 or _OFFICE_ANY.isdisjoint(map(fold_word, words[:-1])):
        return 0  # the common case: no office word before the last word
    if fold_word(words[-1]) in T.OFFICE_WORDS:
        return 0  # an office alone ("Chief Strategy Officer")
    last = 0
    for j in range(len(words) - 1):
        w = fold_word(words[j])
        if w.startswith("ex-"):
            w = w[3:]  # "Ex-PM"
        if w in T.OFFICE_WORDS or (
            # a royal office after nothing but places, demonyms or "crown"
            w in T.ROYAL_OFFICES and j > 0 and all(_place_or_title(fold_word(x)) for x in words[:j])
        ):
            last = j + 1
        elif not (words[j][:1].isupper() or w in T.OFFICE_QUALIFIERS or (w == "of" and j > 0)):
            break  # "of" goes on to an office after it ("IDF Chief of Staff")
    if last and not words[last][:1].isupper():
        # a listed title with "of" begins at the last office word ("US Secretary of State")
        n = _listed_title_length(words[last - 1 :])
        last = last - 1 + n if n > 1 else 0
    if not last or not words[last][:1].isupper():
        return 0
    return last if _a_name(words[last:]) else 0


def _a_name(words: list[str]) -> bool:
    """Words after an office or a descriptor that may be a name: not a body's ("Chief
    Minister Secretariat"), and more than initials ("Long-dated U.")."""
    folded = [fold(w).rstrip(".") for w in words]
    return _NOT_AFTER_OFFICE.isdisjoint(folded) and any(len(f) > 1 for f in folded)


def _descriptor_length(words: list[str]) -> int:
    """How many leading words describe the person before the name: up to the last lower-case
    word that is no connector or particle of a name ("singer Ali Zafar", "human rights lawyer
    Asma Jahangir", "Daily Star editor Mahfuz Anam", "ex-IPL boss ..."), when a capitalised
    name that is not a body's follows; 0 when there is none."""
    if all(w[:1].isupper() for w in words):
        return 0  # the common case: no lower-case word
    last = 0
    for j in range(len(words) - 1):
        w = words[j]
        if w[:1].islower():
            f = fold(w).rstrip(".")
            if j == 0 and f == "the":
                continue  # "the daily Prothom Alo"
            if f != "ex" and (len(f) < 3 or f in T.NAME_INNER_LOWER):
                break
            last = j + 1
        elif not w[:1].isupper():
            break
    if not last or not words[last][:1].isupper():
        return 0
    return last if _a_name(words[last:]) else 0


def _place_or_title(w: str) -> bool:
    """A folded word that may stand before a royal office: a place ("Oman's"), a demonym
    ("Saudi") or "crown" (not an honorific: "Dr Sultan Al Jaber")."""
    stem = w[:-2] if w.endswith(("'s", "’s")) else w
    return is_place_word(stem) or stem in T.DEMONYMS or w == "crown"


def _possessive_place(words: list[str]) -> bool:
    """A person's name led by a place in the possessive ("Pakistan's Imran Khan"); not a
    body's ("India's Ministry of External Affairs")."""
    if len(words) < 2 or not words[1][:1].isupper() or not _a_name(words[1:]):
        return False  # a body keeps its place: "Israel's Supreme Court"
    w = fold(words[0])
    return w.endswith(("'s", "’s")) and is_place_word(w[:-2])


def _possessive_length(words: list[str]) -> int:
    """How many leading words end in a possessive that a person's name follows: a place
    ("Pakistan's Imran Khan") or a body's acronym ("Republic TV's Arnab Goswami"); 0 when none
    does.  A body's own possessive stays ("Pakistan People's Party", "National People's
    Power")."""
    for j in range(min(len(words) - 1, 4)):
        w = words[j]
        if w.endswith(("'s", "’s")):
            if _possessive_place(words[j:]):
                return j + 1
            rest = words[j + 1 :]
            # a body's acronym before it, a person's name after it ("PTI's Asad Umar",
            # "Republic TV's ..."); a word's possessive is a body's own name as often
            # ("National People's Power", "People's Mujahedin of Iran")
            stem = w[:-2]
            person = _a_name(rest) and T.ORG_CONNECTORS.isdisjoint(fold(x) for x in rest)
            return j + 1 if len(stem) >= 2 and stem.isupper() and person else 0
        if not w[:1].isupper():
            return 0
    return 0


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
