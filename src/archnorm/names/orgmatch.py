"""How two organisations' names meet in another form than a person's: an acronym and a place,
the same words in another order, the last words of a longer name, a generic word or a country
left out (:func:`compare_forms`, asked by :func:`archnorm.names.match.compare` before it reads
the names as given names and a surname)."""

from __future__ import annotations

import enum
from typing import Final

from archnorm.names import _tables as T
from archnorm.names.keys import fold, is_place_word
from archnorm.names.parse import ParsedName
from archnorm.names.scores import Match, MatchConfig, similarity


class Undecided(enum.Enum):
    """The type of :data:`UNDECIDED`."""

    TOKEN = 0


UNDECIDED: Final = Undecided.TOKEN
"""What :func:`compare_forms` returns when no organisation's form decides the pair."""


def compare_forms(a: ParsedName, b: ParsedName, cfg: MatchConfig) -> Match | Undecided | None:
    """A :class:`Match` when one name is another form of the other's organisation; None when
    they are two bodies (the same name in two places: "Central Bank of Bahrain" / "... of the
    UAE"); :data:`UNDECIDED` when the reading as a person's name decides."""
    if a.org and b.org:
        if _acronym_and_place(a, b) or _acronym_and_place(b, a):
            return Match("acronym-place", 0.9)  # "IIT Bombay" / "Indian Institute of ... Bombay"
        if len(a.units) == len(b.units) and sorted(a.key) == sorted(b.key):
            return Match("reordered", 0.95)  # "Arab Joint List" / "Joint Arab List"
        if _org_tail(a, b) or _org_tail(b, a):
            return Match("org-head-dropped", 0.9)  # "Qassam Brigades" / "Izz ad-Din al-Qassam ..."
    if (a.reordered is not None and a.reordered == b.joined) or (
        b.reordered is not None and b.reordered == a.joined
    ):
        return Match("reordered", 0.95)  # "High Court of Sindh" / "Sindh High Court"
    if (
        (a.generic_free is not None and a.generic_free in _short_forms(b))
        or (b.generic_free is not None and b.generic_free in _short_forms(a))
        or (
            a.generic_free is not None
            and a.generic_free == b.generic_free
            # one word and a generic word names one organisation ("Ennahda Party" / "Ennahda
            # Movement"); longer names with another generic word are often another body
            # ("... Democratic Party" / "... Democratic Movement")
            and ((a.legal_form and b.legal_form) or len(a.units) == len(b.units) == 2)
        )
    ):
        return Match("org-word-dropped", 0.95)  # "Fatah Movement" / "al-Fatah"
    if a.unplaced is not None or b.unplaced is not None:
        # an organisation named with and without its country: "Bangladesh Awami League"
        x = a.unplaced if a.unplaced is not None else a.joined
        y = b.unplaced if b.unplaced is not None else b.joined
        if a.unplaced is not None and b.unplaced is not None:
            # the country before or after the name ("Bangladesh Jamaat-e-Islami" /
            # "Jamaat-e-Islami Bangladesh"); two countries' parties are two parties
            if a.place != b.place:
                return None  # "Central Bank of Bahrain" / "Central Bank of the UAE"
            same = x[:1] == y[:1]
            x, y = (x, y) if same and similarity(x, y) == 1.0 else (a.joined, b.joined)
        joined = similarity(x, y)
        exact = a.demonym_led or b.demonym_led  # "Indian National Congress" / "Nationalist..."
        if joined >= (1.0 if exact else cfg.joined) and (joined == 1.0 or not _word_swapped(a, b)):
            return Match("country-dropped", round(0.95 * joined, 4))
    return UNDECIDED


def glued_initials(p: ParsedName) -> str:
    """The letters of initials written together before one word and read as an organisation's
    acronym ("SAR Geelani" -> "SAR"); "" for any other name.  Whether they are a person's
    initials only a name that writes them apart can tell (:func:`initials_of`)."""
    if not p.org or len(p.units) != 2 or " " in p.units[1].text:
        return ""
    glued = p.units[0].text
    if 2 <= len(glued) <= 4 and glued.isalpha() and glued.isupper():
        return glued
    return ""


def _acronym_and_place(short: ParsedName, long_: ParsedName) -> bool:
    """``short`` is an acronym and more words, ``long_`` the words the acronym stands for and
    those words ("IIT Bombay" / "Indian Institute of Technology Bombay", "JNU Students' Union" /
    "Jawaharlal Nehru University Students' Union")."""
    k = len(short.units) - 1
    if k < 1 or len(long_.units) < k + 2:
        return False
    acronym = short.units[0].text
    return (
        acronym.isupper()
        and len(acronym) >= 2
        and all(x.key == y.key for x, y in zip(short.units[1:], long_.units[-k:], strict=True))
        and long_.initials == acronym + long_.initials[-k:]
    )


def _org_tail(short: ParsedName, long_: ParsedName) -> bool:
    """``short`` is the last words of ``long_``, an organisation word last and a word of its
    own before it ("Qassam Brigades" / "Izz ad-Din al-Qassam Brigades", "Hurriyat Conference" /
    "All Parties Hurriyat Conference"); not when
    the words kept are words many bodies' names hold ("Democratic Party" / "Liberal Democratic
    Party"), nor when a word left out tells bodies apart ("First Zorvan Bank", "Islamic Jihad
    Movement")."""
    k = len(short.units)
    if k < 2 or len(long_.units) <= k:
        return False
    if any(x.core != y.core for x, y in zip(short.units, long_.units[-k:], strict=True)):
        return False
    words = [fold(u.text.split()[-1]) for u in short.units[:-1]]
    dropped = [fold(w) for u in long_.units[:-k] for w in u.text.split()]
    return (
        fold(short.units[-1].text) in T.ORG_WORDS
        and any(_own_word(w) for w in words)
        # the words left out tell no bodies apart ("First Abu Dhabi Bank", "Islamic Jihad"), and
        # are more than one word: one is a "New" in some language as often ("Yeniden Refah")
        and len(dropped) >= 2
        and not any(w in T.ORDINAL_WORDS or not _own_word(w) for w in dropped)
    )


def _own_word(w: str) -> bool:
    """A folded word of an organisation's name that is its own: not a word many bodies' names
    hold, an organisation word or a place."""
    return w not in T.ORG_NAME_WORDS and w not in T.ORG_WORDS and not is_place_word(w)


def _word_swapped(a: ParsedName, b: ParsedName) -> bool:
    """Two names of as many words where one word is another word, not another spelling:
    "Bangladesh Garment Manufacturers and Exporters Association" / "... Knitwear ...".
    A long shared tail makes the whole strings alike; the bodies are two."""
    return len(a.units) == len(b.units) and any(
        similarity(u.key, v.key) < _OTHER_WORD
        and not ((u.initial or v.initial) and u.letter == v.letter)  # "(Q)" / "Quaid-e-Azam"
        for u, v in zip(a.units, b.units, strict=True)
    )


# below this, two words in one place are two words ("knitvar" / "garmant": 0.43)
_OTHER_WORD = 0.5


def kind_word_dropped(p: ParsedName) -> str | None:
    """The key of an organisation's one own word before the word that says what kind of body
    it is ("Rafidain" of "Rafidain Bank"), which news uses alone; None for other names."""
    if not p.org or len(p.units) != 2 or p.generic_free is not None:
        return None
    first, kind = p.units
    if fold(kind.text) not in T.ORG_WORDS or " " in first.text or first.initial:
        return None
    return first.key


def _short_forms(p: ParsedName) -> tuple[str, ...]:
    """The keys an organisation's name without its generic last word may equal: the name's
    own, and without its article ("al-Fatah" for "Fatah Movement")."""
    if len(p.units) == 1:
        return (p.joined, p.units[0].core)
    return (p.joined, p.bare)
