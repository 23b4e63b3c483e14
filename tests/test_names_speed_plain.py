"""The plain-name shortcut of ``parse_name`` against the full reading it stands in for
(hypothesis oracle): every name, plain or not, parses to the same ``ParsedName``."""

from __future__ import annotations

import dataclasses

from hypothesis import example, given
from hypothesis import strategies as st

from archnorm.names import _plain
from archnorm.names import _tables as T
from archnorm.names.alternates import split_alternates
from archnorm.names.parse import ParsedName, _parse_full, parse_name

# every word a table gives a role, so that the shortcut meets each one
_TABLE_WORDS = sorted(
    {
        w
        for group in (
            T.TITLES,
            T.NAME_HONORIFICS,
            T.CONNECTORS,
            T.ORG_CONNECTORS,
            T.PREFIX_PARTICLES,
            T.PATRONYMIC_PARTICLES,
            T.INFIX_PARTICLES,
            T.SUFFIX_ELEMENTS,
            T.COMPOUND_HEADS,
            T.DROPPABLE_HEADS,
            T.DROPPABLE_LEAD,
            T.POST_NAME_HONORIFICS,
            T.CLUB_SUFFIXES,
            T.NOT_ORG_ACRONYMS,
            T.GENERATION_SUFFIXES,
            T.HONORIFIC_ABBREVIATIONS,
            T.NAME_ABBREVIATIONS,
            T.RETIRED_MARKERS,
            T.ORG_WORDS,
            T.LEGAL_FORMS,
            T.GENERIC_ORG_WORDS,
            T.NAMED_AFTER_WORDS,
            T.THING_WORDS,
            T.DESCRIPTOR_WORDS,
            T.DEMONYMS,
            T.DEMONYM_PLACES,
            T.COUNTRIES,
            T.REGIONS,
            T.CITIES,
            T.COMMON_WORDS,
            T.OFFICE_WORDS,
            T.OFFICE_QUALIFIERS,
            T.ROYAL_OFFICES,
            T.NAME_INNER_LOWER,
        )
        for phrase in group
        for w in phrase.split()
    }
)
_NAMES = ["Asif", "Ali", "Zardari", "Yousaf", "Gilani", "Hussain", "Jacobabad", "Rahimyar", "Ro"]


def _cased(word: str, how: int) -> str:
    return [word.capitalize(), word.lower(), word.upper(), word.capitalize() + "."][how]


words = st.one_of(
    st.builds(_cased, st.sampled_from(_TABLE_WORDS), st.integers(0, 3)),
    st.builds(_cased, st.sampled_from(_NAMES), st.integers(0, 3)),
    st.from_regex(r"[A-Z][a-z]{0,8}", fullmatch=True),
    st.sampled_from(["II", "VIII", "A.", "K", "R&AW", "(retd)", "(r)", "Mohseni-Ejei", "Ḥusayn"]),
)
separators = st.sampled_from([" ", " ", " ", "  ", "-", "\t", "\u00a0", ", "])


@st.composite
def names(draw: st.DrawFn) -> str:
    parts = draw(st.lists(words, min_size=1, max_size=6))
    out = parts[0]
    for p in parts[1:]:
        out += draw(separators) + p
    return out


@example("President Asif Ali Zardari")
@example("Prime Minister Yousaf Raza Gilani")
@example("Dr. Mohammad Ali Khan")
@example("Mian Nawaz")
@example("Khan Sahib Ali Khan")
@example("Ch Nisar Ali")
@example("Gen Retd Asad Durrani")
@example("Pakistani Hindu Council")
@example("Sri Lanka Muslim")
@example("Abdullah II")
@example("Habib Bourguiba Jr")
@example("Ali Jacobabad Khan")
@example("The Tariq Ali")
@example("Kerala Chief Minister Pinarayi Vijayan")  # an office after its qualifier
@example("Congress Mp Gaurav Gogoi")
@example("Saudi Crown Prince Tariq Nahyar")
@example("Jordan King Tariq")
@example("Tanzeem A")  # an Arabic generic head: the name holds an alternate ("A Organization")
@given(names())
def test_plain_shortcut_is_the_full_reading(name: str) -> None:
    assert parse_name(name) == _full_reading(name)


@given(st.text(max_size=30))
def test_plain_shortcut_on_any_text(name: str) -> None:
    assert parse_name(name) == _full_reading(name)


def _full_reading(name: str) -> ParsedName:
    """The full reading of a name, with the other names it holds (names/alternates.py)."""
    primary, alternates = split_alternates(name)
    p = _parse_full(primary)
    return dataclasses.replace(p, alternates=alternates) if alternates else p


def test_plain_shortcut_is_taken() -> None:
    """The shortcut reads plain names and titled ones, and leaves the rest to the full
    reading."""
    assert _plain.plain_reading(["Asif", "Ali", "Zardari"]) is not None
    titled = _plain.plain_reading(["Prime", "Minister", "Yousaf", "Gilani"])
    assert titled is not None and titled[0] == 2
    others = ("Zia ul Haq", "Muttahida Qaumi Movement", "Mohammad Ali Jinnah", "MQM", "al-Assad")
    for name in others:
        assert _plain.plain_reading(name.split()) is None


@given(
    st.lists(st.sampled_from(["Kerala", "Saudi", "Lahore", "Tariq", "Congress"]), max_size=2),
    st.sampled_from(sorted(T.OFFICE_WORDS | T.ROYAL_OFFICES)),
    st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3),
)
def test_plain_shortcut_reads_offices_after_qualifiers(
    before: list[str], office: str, after: list[str]
) -> None:
    name = " ".join([*before, office.capitalize(), *after])
    assert parse_name(name) == _parse_full(name)
