"""Blocking keys for the name graph, and the shapes of name the clusterer treats apart.

A full name gets keys ``surname-skeleton|c`` for the skeleton of its surname and each of its
one-letter deletions (a symmetric-delete neighbourhood), crossed with the first consonant ``c``
of its first given name (of the second too when the first may be left out), plus ``J|`` and the
skeleton of the whole name written without spaces.  A :class:`Block` holds the names sharing a
key.  Weak names (a surname alone, initials, acronyms) are grouped by :func:`weak_key`; an
honorific kept before one name ("Sheikh Hasina", "Mullah Omar") is recognised by
:func:`honorific_parts`.
"""

from __future__ import annotations

import re

from archnorm.names import _tables as T
from archnorm.names.keys import Unit, deletions, fold, skeleton, unit_of
from archnorm.names.parse import ParsedName, parse_name

# a first given name whose first consonant is a French "ch" (sh): Achraf, Chérif, Hichem
_FRENCH_CH_RE = re.compile(r"[aeiouy]*ch")
# a first given name whose first consonant is an Arabic tha, which others write s: Uthman
_THA_RE = re.compile(r"[aeiouy]*th")


def _letters(p: ParsedName) -> set[str]:
    """First consonants of the first given name (of its tail too, and of the second given
    name when the first is an initial, a compound head, or the first of three given names:
    those may be left out)."""
    if not p.given:
        return {"*"}
    u = p.given[0]
    out = {u.lead, u.tail_lead}
    if u.letters[:2] == "gh" and " " not in u.text:
        out.add("k")  # Ghasem/Qasem (see match._ghain_qaf)
    if u.lead == "c" and _FRENCH_CH_RE.match(u.letters):
        out.add("s")  # Achraf/Ashraf, Chérif/Sharif (see match._french_ch)
    if u.lead == "t" and _THA_RE.match(u.letters):
        out.add("s")  # Uthman/Usman, Thabit/Sabit (see match.unit_score)
    first = fold(u.text)
    if len(p.given) > 1 and (
        u.initial or first in T.COMPOUND_HEADS or first in T.NAME_HONORIFICS or len(p.given) >= 3
    ):
        v = p.given[1]
        out.update((v.lead, v.tail_lead))
    return out


def honorific_parts(p: ParsedName) -> tuple[str, Unit] | None:
    """The honorific and the one name after it, when an honorific was kept as a name because
    one name alone would remain ("Sheikh Hasina", "Mullah Omar"; "Syed Geelani", "Mian
    Shahbaz" where the honorific is also a compound head and the two form one unit)."""
    if p.title is not None:
        return None
    if len(p.units) == 2:
        head, name = fold(p.units[0].text), p.units[1]
    elif len(p.units) == 1 and p.units[0].text.count(" ") == 1:
        first, rest = p.units[0].text.split(" ")
        head, name = fold(first), unit_of([rest])
    else:
        return None
    if head not in T.HONORIFIC_FIRST and head not in T.HONORIFIC_LAST:
        return None
    # one plain word: "al-Assad" or "bin Laden" after it is a surname, not a first name
    if name.initial or " " in name.text:
        return None
    return head, name


def honorific_short(p: ParsedName) -> bool:
    """An honorific kept as a name before one other name (see :func:`honorific_parts`)."""
    return honorific_parts(p) is not None


def full_keys(p: ParsedName) -> set[str]:
    """Blocking keys of a full name."""
    sur = p.surname
    assert sur is not None
    letters = _letters(p)
    keys = {f"{d}|{g}" for d in deletions(skeleton(sur.core)) for g in letters}
    if p.given and sur.headed:
        # a surname led by a head left out in use meets the surname without it ("Maumoon
        # Abdul Gayoom" / "Maumoon Gayoom")
        keys.update(f"{d}|{g}" for d in deletions(skeleton(sur.tail)) for g in letters)
    if not p.given and sur.tail != sur.core:
        # a compound single unit also meets the same name without its head, and names with
        # its head as a given name ("Mohammad Khatami" / "Seyed Mohammad Khatami")
        tail = skeleton(sur.tail)
        keys.update(f"{d}|*" for d in deletions(tail))
        if " " not in sur.text[sur.text.index(" ") + 1 :]:
            keys.add(f"{tail}|{sur.lead}")
    if len(p.given) == 1 and fold(p.given[0].text) in T.NAME_HONORIFICS:
        # an honorific kept as a given name meets the one-unit reading of the same name
        # ("Khawaja Nazimuddin" / "Khawaja Nazim-ud-Din", where the compound made it a title)
        keys.update(f"{d}|*" for d in deletions(skeleton(sur.core)))
    keys.add(joined_key(p.joined))
    if p.org and len(p.units) >= 2:
        # an acronym and a place meet the words the acronym stands for and that place ("IIT
        # Bombay" / "Indian Institute of Technology Bombay")
        head = p.units[0].text
        if head.isupper() and " " not in head:
            # "JNU Students' Union": the acronym and the initials of the words after it
            acronym = head + "".join(u.text[:1].upper() for u in p.units[1:-1])
        else:
            acronym = p.initials[:-1] if len(p.units) >= 3 else ""
        if len(acronym) >= 2:
            keys.add(f"A|{acronym}|{skeleton(sur.core)}")
        # "Qassam Brigades" / "Izz ad-Din al-Qassam Brigades": the last two words; "Arab Joint
        # List" / "Joint Arab List": the words in any order
        keys.add("T|" + skeleton(p.units[-2].core) + "|" + skeleton(p.units[-1].core))
        keys.add("S|" + "|".join(sorted(p.key)))
    if p.reordered is not None:
        keys.add(joined_key(p.reordered))
    if sur.core != sur.key:
        # the whole name without the surname's article meets the same name written without
        # it as one unit ("Mohammed al-Deif" / "Mohammed Deif")
        keys.add(joined_key(p.bare if p.given else sur.core))
    if p.unplaced is not None:
        keys.add(joined_key(p.unplaced))
    if p.generic_free is not None:
        keys.add(joined_key(p.generic_free))
    for alternate in p.alternates:
        other = parse_name(alternate)
        if not other.weak:
            keys |= full_keys(other)  # "Yaakov 'Kobi' Shabtai" meets "Kobi Shabtai"
    return keys


def joined_key(joined: str) -> str:
    """The whole-name block key: the skeleton with t and d as one, because a word-final d is
    devoiced in a token key ("Mohamed" -> "muhamat") but not inside a glued one ("Mohamed
    El Baradei" / "Mohamed ElBaradei")."""
    return "J|" + skeleton(joined).replace("t", "d")


def weak_key(p: ParsedName) -> str:
    """Blocking key of a weak name, grouping weak names of one shape."""
    if p.acronym is not None:
        return "A|" + p.acronym.upper()
    sur = p.surname
    core = sur.core if sur is not None else ""
    initials = "".join(fold(u.text)[:1] for u in p.given)
    return f"W|{initials}|{skeleton(core)}"


def always_compared(p: ParsedName) -> bool:
    """Names whose first given name may be skipped or shortened in a match (an initial, a
    compound head, the first of three given names, no given name): always compared, not
    pre-filtered."""
    if not p.given:
        return True
    u = p.given[0]
    return u.initial or u.tail != u.core or len(p.given) >= 3


class Block:
    """The names sharing one blocking key: all ids, and (for the pre-filter) the first given
    name of the ordinary ones beside the ids of the special ones; ``by_core`` groups the
    ordinary ones by that first given name's core (in the order ``distinct`` lists the cores),
    so that the pre-filter compares each core once."""

    __slots__ = ("by_core", "cores", "distinct", "ids", "ids_plain", "special")

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.ids_plain: list[int] = []
        self.cores: list[str] = []
        self.special: list[int] = []
        self.by_core: dict[str, list[int]] = {}
        self.distinct: list[str] = []

    def add(self, node: int, p: ParsedName) -> None:
        self.ids.append(node)
        if always_compared(p):
            self.special.append(node)
        else:
            self.ids_plain.append(node)
            core = p.given[0].core
            self.cores.append(core)
            same = self.by_core.get(core)
            if same is None:
                self.by_core[core] = [node]
                self.distinct.append(core)
            else:
                same.append(node)
