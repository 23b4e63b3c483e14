"""Titles, offices and descriptors split off the front of a name.

:func:`title_length` says how many leading words of a name are not the name: an office after
its qualifier ("Kerala Chief Minister", "IDF Chief of Staff", "Saudi Crown Prince"), a
lower-case descriptor ("singer", "human rights lawyer"), a possessive place or a body's acronym
("Pakistan's", "PTI's"), then the titles and honorifics of :data:`_tables.TITLES` ("President",
"Dr", "Lt Gen (retd)"), keeping an honorific that is also a name when one name would remain
("Sheikh Hasina").  Used by :func:`archnorm.names.parse.parse_name` and the mention finder.
"""

from __future__ import annotations

import re

from archnorm.names import _tables as T
from archnorm.names.keys import _group_units, fold, fold_word, is_place_word

# a brand's name in camel case ("ThePrint", "YouTube"): a body, not a person
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_ORDINAL_RE = re.compile(r"[1-9][0-9]?(?:st|nd|rd|th)")
# an epithet joined by the Persian izafat, written as one word ("Sher-e-Kashmir")
IZAFAT_WORD = re.compile(r"[A-Z][a-z]+(?:-[ei]-[A-Z][a-z]+)+")


def title_length(words: list[str]) -> int:
    """How many leading words of ``words`` are titles and honorifics.

    At least one word is left.  An honorific that is also a given name ("Hafiz", "Sheikh",
    "Chaudhry") is split off only when two name units remain: "Hafiz Saeed" keeps it,
    "Sheikh Hasina Wajed" does not; nor when a patronymic follows it, which needs a given name
    before it ("Sultan bin Abdul Aziz Al Saud").  An office after its qualifier ("Kerala Chief
    Minister"), a lower-case descriptor ("singer") or a possessive place ("Pakistan's") is
    split off first.
    """
    office = (
        _office_length(words)
        or _descriptor_length(words)
        or _possessive_length(words)
        or _izafat_length(words)
    )
    if not office and len(words) > 1 and _ORDINAL_RE.fullmatch(words[0]) and words[1][:1].isupper():
        office = 1  # "14th Dalai Lama", "17th Karmapa": which holder of a title
    if office:
        return office + title_length(words[office:])
    n = _listed_title_length(words)
    if (
        n == 1
        and fold_word(words[0]) in T.BODY_LEADING_TITLES
        and not _NOT_AFTER_OFFICE.isdisjoint(map(fold_word, words[1:]))
    ):
        return 0  # a body's name: "General Motors", "Justice Party"
    return n


def _listed_title_length(words: list[str]) -> int:
    """How many leading words are titles and honorifics of :data:`_tables.TITLES`."""
    i = 0
    while i < len(words) - 1:
        if fold_word(words[i]) not in T.TITLE_FIRST_WORDS:
            break
        for n in range(min(T.LONGEST_TITLE_WORDS, len(words) - 1 - i), 0, -1):
            cand = " ".join(fold_word(w) for w in words[i : i + n])
            if cand in T.TITLES and f"{cand} {fold(words[i + n])}" in T.COUNTRIES:
                return i  # "Sri Lanka Freedom Party": a country's name, no title
            if cand in T.TITLES:
                repeated = i > 0 and fold_word(words[i - 1]) == cand
                if (
                    cand in T.NAME_HONORIFICS
                    and not repeated  # "Sheikh Sheikh Zardari": a doubled title is a title
                    and (
                        _name_units(words[i + n :]) < 2
                        or fold_word(words[i + n]) in T.PATRONYMIC_PARTICLES
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


# the folded words that may make an office: office words, royal offices, "ex-" offices as one
# word; a name holding none before its last word has no office to split off
OFFICE_ANY = T.OFFICE_WORDS | T.ROYAL_OFFICES | frozenset(f"ex-{w}" for w in T.OFFICE_WORDS)


def _office_length(words: list[str]) -> int:
    """How many leading words are an office named with its qualifier: capitalised words (a
    place, a body, an acronym) or qualifier words, up to and including the last office word
    ("Kerala Chief Minister", "PCB Chairman", "CPI(M) general secretary"), when a
    capitalised name that is not a body's follows; 0 when there is none."""
    if len(words) < 2 or OFFICE_ANY.isdisjoint(map(fold_word, words[:-1])):
        return 0  # the common case: no office word before the last word
    if fold_word(words[-1]) in T.OFFICE_WORDS:
        return 0  # an office alone ("Chief Strategy Officer")
    last = 0
    for j in range(len(words) - 1):
        w = fold_word(words[j])
        if w.startswith("ex-"):
            w = w[3:]  # "Ex-PM"
        if (w in T.OFFICE_WORDS and (j > 0 or w not in T.QUALIFIED_OFFICES)) or (
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
    return last if _name_at(words, last) else 0


def _name_at(words: list[str], at: int) -> bool:
    """A name begins at ``words[at]`` after an office, a descriptor or a possessive: a
    capitalised word first, and the words not a body's ("Chief Minister Secretariat") nor
    initials alone ("Long-dated U.")."""
    return 0 < at < len(words) and words[at][:1].isupper() and _a_name(words[at:])


def _a_name(words: list[str]) -> bool:
    """Words that may be a person's name: not a body's, and more than initials."""
    folded = [fold_word(w) for w in words]
    return _NOT_AFTER_OFFICE.isdisjoint(folded) and any(len(f) > 1 for f in folded)


def _izafat_length(words: list[str]) -> int:
    """How many leading words are an epithet joined by the Persian izafat before a person's
    name ("Sher-e-Kashmir Sheikh Abdullah", "Madar-e-Millat Fatima Jinnah", written as one word
    or as tokens "Sher", "e", "Kashmir"): when two capitalised name units that are not a body's
    name follow; 0 otherwise ("Jamaat-e-Islami Pakistan" is a party's name)."""
    if len(words) < 3:
        return 0
    if IZAFAT_WORD.fullmatch(words[0]):
        n = 1
    else:
        n = 0
        while (
            n + 2 < len(words)
            and words[n][:1].isupper()
            and words[n + 1] in ("e", "i")
            and words[n + 2][:1].isupper()
        ):
            n += 2
        n = n + 1 if n else 0
    rest = words[n:]
    if (
        n
        and all(w[:1].isupper() for w in rest)
        and _name_units(rest) >= 2
        and _a_name(rest)
        and not all(is_place_word(fold_word(w)) for w in rest)
    ):
        return n
    return 0


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
            f = fold_word(w)
            if j == 0 and f == "the":
                continue  # "the daily Prothom Alo"
            inside = (  # "editor-in-chief": a connector between two descriptor words
                last == j and j + 1 < len(words) and words[j + 1][:1].islower()
            )
            if f != "ex" and (len(f) < 3 or f in T.NAME_INNER_LOWER) and not inside:
                break
            last = j + 1
        elif not w[:1].isupper():
            break
    # a body may follow a descriptor ("Pune-based Serum Institute of India", "market regulator
    # Sebi"), unlike an office, which a body's name holds ("Chief Minister Secretariat")
    return last if 0 < last < len(words) and words[last][:1].isupper() else 0


def possessive_stem(word: str) -> str | None:
    """The word without its possessive "'s" ("Pakistan's" -> "Pakistan"), or None."""
    return word[:-2] if word.endswith(("'s", "’s")) else None


def _place_or_title(w: str) -> bool:
    """A folded word that may stand before a royal office: a place ("Oman's"), a demonym
    ("Saudi"), "crown" or an ordinal ("Third King"); not an honorific ("Dr Sultan Al Jaber")."""
    stem = possessive_stem(w) or w
    return is_place_word(stem) or stem in T.DEMONYMS or w == "crown" or w in T.ORDINAL_WORDS


def _possessive_place(words: list[str]) -> bool:
    """A person's name led by a place in the possessive ("Pakistan's Imran Khan"); not a
    body's ("India's Ministry of External Affairs")."""
    if not _name_at(words, 1):
        return False  # a body keeps its place: "Israel's Supreme Court"
    stem = possessive_stem(fold(words[0]))
    return stem is not None and is_place_word(stem)


def _possessive_length(words: list[str]) -> int:
    """How many leading words end in a possessive that a person's name follows: a place
    ("Pakistan's Imran Khan") or a body's acronym or camel-case name ("Republic TV's Arnab
    Goswami", "ThePrint's Shekhar Gupta"); 0 when none
    does.  A body's own possessive stays ("Pakistan People's Party", "National People's
    Power")."""
    for j in range(min(len(words) - 1, 4)):
        w = words[j]
        stem = possessive_stem(w)
        if stem is not None:
            if _possessive_place(words[j:]):
                return j + 1
            rest = words[j + 1 :]
            if _descriptor_length(rest):
                return j + 1  # "Arafat's widow Suha": whose; the descriptor follows
            # a body's acronym before it, a person's name after it ("PTI's Asad Umar",
            # "Republic TV's ..."); a word's possessive is a body's own name as often
            # ("National People's Power", "People's Mujahedin of Iran")
            person = _a_name(rest) and T.ORG_CONNECTORS.isdisjoint(fold(x) for x in rest)
            body = (len(stem) >= 2 and stem.isupper()) or _CAMEL_CASE.fullmatch(stem)
            return j + 1 if body and person else 0
        if not w[:1].isupper():
            return 0
    return 0


def _name_units(words: list[str]) -> int:
    """How many name parts ``words`` hold, for deciding whether an honorific is a title: a
    glued genitive compound ("Mujib-ur-Rehman", "Zia ul Haq") stands for a given name and a
    surname."""
    groups = _group_units(words)
    return len(groups) + sum(
        1 for g in groups if any(fold_word(w) in T.INFIX_PARTICLES for w in g[1:-1])
    )


def strip_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split leading titles and honorifics off a token list; keeps at least one token."""
    n = title_length(words)
    return (" ".join(words[:n]) if n else None), words[n:]
