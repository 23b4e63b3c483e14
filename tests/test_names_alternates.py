"""Names that hold another name: an alias, a quoted nickname, an Arabic generic word that
English news translates.  The names are invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archnorm.names import parse_name
from archnorm.names.alternates import split_alternates

from .names_helpers import cluster_of, together


@pytest.mark.parametrize(
    ("name", "read", "alternates"),
    [
        ("Rustam Vaikundam alias Kestrel Bhai", "Rustam Vaikundam", ("Kestrel Bhai",)),
        ("Rustam Vaikundam aka Kestrel", "Rustam Vaikundam", ("Kestrel",)),
        ("Yusuf 'Kobo' Vaikundam", "Yusuf Vaikundam", ("Kobo Vaikundam",)),
        ("Yusuf “Kobo” Vaikundam", "Yusuf Vaikundam", ("Kobo Vaikundam",)),
        ("Rustam Vaikundam 'Kestrel'", "Rustam Vaikundam", ("Kestrel",)),
        ("Jabhat al-Zorvan", "Jabhat al-Zorvan", ("al-Zorvan Front",)),
        ("Hizb al-Kestrel", "Hizb al-Kestrel", ("al-Kestrel Party",)),
        ("Tanzim Lantern al-Din", "Tanzim Lantern al-Din", ("Lantern al-Din Organization",)),
        ("Ali Goma'a", "Ali Goma'a", ()),  # an apostrophe inside a word is no quote
        ("Rustam Vaikundam", "Rustam Vaikundam", ()),
    ],
)
def test_split_alternates(name: str, read: str, alternates: tuple[str, ...]) -> None:
    assert split_alternates(name) == (read, alternates)


@pytest.mark.parametrize(
    "names",
    [
        ("Yusuf 'Kobo' Vaikundam", "Kobo Vaikundam", "Yusuf Vaikundam"),
        ("Rustam Vaikundam alias Kestrel Bhai", "Rustam Vaikundam", "Kestrel Bhai"),
        ("Jabhat al-Zorvan", "Zorvan Front", "al-Zorvan Front"),
        ("Hizb al-Kestrel", "Kestrel Party"),
        ("Tanzim Lantern al-Din", "Lantern al-Din"),
        ("Harakat Lantern al-Din", "Lantern al-Din Movement"),
    ],
)
def test_a_name_meets_the_names_it_holds(names: tuple[str, ...]) -> None:
    assert together(*names)


def test_a_quoted_one_word_nickname_takes_the_lone_word() -> None:
    names = ["Rustam Vaikundam 'Kestrel'", "Rustam Vaikundam", "Comrade Kestrel"]
    assert cluster_of("Comrade Kestrel", names) == set(names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hizb al-Kestrel", "Kestrel Front"),  # the translated word must be the same
        ("Jabhat al-Zorvan", "Zorvan Party"),
        ("Yusuf 'Kobo' Vaikundam", "Tariq Vaikundam"),  # neither name nor nickname
    ],
)
def test_the_names_held_keep_look_alikes_apart(a: str, b: str) -> None:
    assert not together(a, b)


def test_a_name_with_a_nickname_is_not_the_same_key_as_the_name_alone() -> None:
    # the graph lets one name stand for all names of its key; the nickname must still count
    assert together("Yusuf Vaikundam", "Yusuf 'Kobo' Vaikundam", "Kobo Vaikundam")
    assert together("Kobo Vaikundam", "Yusuf Vaikundam", "Yusuf 'Kobo' Vaikundam")


@given(st.text(max_size=40))
def test_split_alternates_never_crashes_and_reads_some_of_the_name(text: str) -> None:
    read, alternates = split_alternates(text)
    assert len(read) <= len(text)
    assert all(a.strip() for a in alternates)
    parse_name(text)  # and the parse with them never crashes


@given(
    st.lists(
        st.sampled_from(["Rustam", "Yusuf", "Vaikundam", "al-Din", "Kobo"]), min_size=1, max_size=4
    ),
    st.sampled_from(["'", '"', "‘", "“"]),
)
def test_a_quoted_word_is_never_in_the_name_read(words: list[str], quote: str) -> None:
    close = {"'": "'", '"': '"', "‘": "’", "“": "”"}[quote]
    name = " ".join([*words[:1], f"{quote}Kestrel{close}", *words[1:]])
    read, alternates = split_alternates(name)
    assert "Kestrel" not in read
    assert alternates and alternates[0].startswith("Kestrel")
