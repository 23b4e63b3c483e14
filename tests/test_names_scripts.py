"""Names written in other scripts than Latin: their keys keep their own letters, so different
names never share a key (they all had the empty key once, and a page of Russian text clustered
every capitalised word with one name)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import archnorm
from archnorm.names.keys import fold, token_key

_CYRILLIC = st.text(
    alphabet=st.characters(min_codepoint=0x430, max_codepoint=0x44F), min_size=3, max_size=8
)


def test_names_in_other_scripts_cluster_by_their_own_letters() -> None:
    clusters = archnorm.cluster_names(
        ["Владимир Путин", "Путин", "Дмитрий Медведев", "Здоровое", "Βλαντιμίρ Πούτιν", "Πούτιν"]
    )
    got = sorted(tuple(sorted(c.members)) for c in clusters)
    assert got == sorted(
        [
            ("Владимир Путин", "Путин"),
            ("Дмитрий Медведев",),
            ("Здоровое",),
            ("Βλαντιμίρ Πούτιν", "Πούτιν"),
        ]
    )


def test_a_page_in_russian_links_no_unrelated_words() -> None:
    text = (
        "Владимир Путин выступил в Москве. Здоровое питание обсуждали долго. "
        "Путин сказал, что Дмитрий Медведев прав."
    )
    for m in archnorm.find_names(text):
        if m.text == "Здоровое":
            assert m.canonical == "Здоровое"
        if m.text == "Путин":
            assert m.canonical == "Владимир Путин"


@given(_CYRILLIC, _CYRILLIC)
def test_different_cyrillic_words_have_different_keys(a: str, b: str) -> None:
    assert token_key(a) != ""
    if fold(a) != fold(b):
        assert token_key(a.capitalize()) != token_key(b.capitalize())
