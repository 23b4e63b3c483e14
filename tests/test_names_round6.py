"""Tests for the sixth-round rules, each with names that must link and a look-alike that must
stay apart: honorifics of origin before a name (Mirza, Qazi), honorific suffixes (-dada,
-saheb), abbreviations of Muhammad, faction letters in parentheses, regnal numbers after a
compound head, person names continued by two plain names, learned consonant substitutions,
surnames led by a droppable head, one-word and two-word spellings of a name, and the first of
three given names.  The names are invented for these tests (shapes of the region's names)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archnorm import cluster_names
from archnorm.names import parse_name
from archnorm.names._substitutions import CONSONANT_SUBSTITUTIONS
from archnorm.names.keys import learned_substitution
from archnorm.names.match import compare
from archnorm.names.mentions import find_names
from archnorm.names.scores import CONFLICT, similarity

from .names_helpers import together

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


LINKED = [
    ("Mirza Tariq Baig", "Tariq Baig"),  # an honorific of origin before a name
    ("Qazi Hamid Nasir", "Hamid Nasir"),
    ("Kazi Rafiq Alam", "Rafiq Alam"),
    ("Sunil Dada Jadhav", "Sunil Jadhav"),  # honorific after a given name
    ("Sunildada Jadhav", "Sunil Jadhav"),  # glued
    ("Vasantsaheb Kale", "Vasant Kale"),
    ("Md Rafiqul Alam", "Mohammad Rafiqul Alam"),  # abbreviation of Muhammad
    ("Mohd Nasir Uddin", "Muhammad Nasir Uddin"),
    ("JK(L)", "JK-L"),  # faction letter in parentheses
    ("Ram Bilas Yadav", "Ram Vilas Yadav"),  # b/v in a later given name
    ("Imran Muralidaran", "Imran Muralitharan"),  # d/t in a surname
    ("Harun Abdul Qayoom", "Harun Qayoom"),  # a surname led by Abdul
    ("Zahir Abd al-Wahid Hamdan", "Zahir Wahid Hamdan"),  # Abd al- before the tail
]

APART = [
    ("Karan Singh", "Karan Singh Raja Bedi"),  # two plain names added: another person
    ("Tariq Ali Shah Naqvi", "Ali Shah Naqvi"),  # a first given name of its own
    ("King Hamid VI", "King Hamid II"),  # regnal numbers
    ("King Mohammed VI", "King Mohammed II"),  # after a compound head too
    ("Sunil Jadhav", "Anil Jadhav"),  # different given names with a shared surname
    ("Nadir Khan", "Bashir Khan"),
]


@pytest.mark.parametrize(("a", "b"), LINKED)
def test_linked(a: str, b: str) -> None:
    assert together(a, b), (a, b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_apart(a: str, b: str) -> None:
    assert not together(a, b), (a, b)


def test_honorific_surname_alone_is_a_name() -> None:
    text = "Dr Faisal Mirza spoke first. Later Mr Mirza left, and Qazi Hamid Nasir arrived."
    got = {m.text: m for m in find_names(text)}
    assert "Mirza" in got and got["Mirza"].title == "Mr"
    assert got["Hamid Nasir"].title == "Qazi"


def test_doubled_title_is_a_title() -> None:
    p = parse_name("Sheikh Sheikh Rashid Ahmed")
    assert p.title == "Sheikh Sheikh"
    assert [u.text for u in p.units] == ["Rashid", "Ahmed"]


def test_arab_chain_still_extends() -> None:
    # two particle-led names added: a chain of patronymics and a family name
    assert together("Hamad bin Faris", "Hamad bin Faris bin Sultan Al Marri")


def test_head_dropped_variant_is_no_conflict() -> None:
    m = compare(parse_name("Mohammad Yunus Kakar"), parse_name("Younis Kakar"))
    assert m is not None and m.rule != CONFLICT


def test_one_word_and_two_words() -> None:
    assert together("Jan Sena", "Jansena")


def test_substitutions_table_shape() -> None:
    for a, b in CONSONANT_SUBSTITUTIONS:
        assert a < b and len(a) == len(b) == 1 and a not in "aiu" and b not in "aiu"


def test_learned_substitution_first_letter_guard() -> None:
    assert learned_substitution("bilas", "vilas") is None  # the first consonant: not by default
    got = learned_substitution("bilas", "vilas", lead=True)
    assert got is not None and got[1] == "bilas"
    got = learned_substitution("muralidaran", "muralitaran")
    assert got is not None and got[0] > similarity("muralidaran", "muralitaran")


_KEYS = st.text(alphabet="abdghijkmnrstuvz", min_size=0, max_size=12)


@SETTINGS
@given(_KEYS, _KEYS, st.booleans())
def test_learned_substitution_bounds(x: str, y: str, lead: bool) -> None:
    got = learned_substitution(x, y, lead=lead)
    if got is None:
        return
    sim, rewritten = got
    assert 0.0 <= sim <= 1.0
    assert len(rewritten) == len(y)
    assert sim >= similarity(x, y) - 1e-9  # half an edit never costs more than a whole one


_WORDS = "Md Mohd Mirza Qazi Dada dada saheb Abdul Abd al bin Singh Raja Ram Vilas Bilas Jadhav"
_NAME_WORDS = st.sampled_from(
    [*_WORDS.split(), "Kale", "VI", "II", "JK(L)", "(U)", "Qayoom", "King"]
)


@SETTINGS
@given(st.lists(st.one_of(_NAME_WORDS, st.text(max_size=6)), min_size=0, max_size=5))
def test_new_shapes_do_not_crash(words: list[str]) -> None:
    name = " ".join(words)
    p = parse_name(name)
    if p.units and not p.weak:
        assert compare(p, p) is not None
    clusters = cluster_names([name, name.upper(), name.lower()])
    assert sum(len(c.members) for c in clusters) == len({name, name.upper(), name.lower()})


_VARIANTS = [
    "Ram Vilas Yadav",
    "Ram Bilas Yadav",
    "Mirza Tariq Baig",
    "Tariq Baig",
    "Md Rafiqul Alam",
    "Mohammad Rafiqul Alam",
    "Karan Singh",
    "Karan Singh Raja Bedi",
    "Harun Abdul Qayoom",
    "Harun Qayoom",
    "Jan Sena",
    "Jansena",
    "Tariq Ali Shah Naqvi",
    "Ali Shah Naqvi",
    "Syed Ali Naqvi",
]


@SETTINGS
@given(st.permutations(_VARIANTS))
def test_order_independent(names: list[str]) -> None:
    def shape(ns: list[str]) -> set[frozenset[str]]:
        return {frozenset(c.members) for c in cluster_names(ns)}

    assert shape(list(names)) == shape(_VARIANTS)
