"""Property tests for the names stage (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archnorm import NameIndex, cluster_names, find_names
from archnorm.names import parse_name, token_key
from archnorm.record import NameCluster

GIVEN = [
    "Asif",
    "Yousaf",
    "Zulfiqar",
    "Altaf",
    "Shahid",
    "Bilawal",
    "Imran",
    "Nawaz",
    "Maryam",
    "Benazir",
    "Pervez",
    "Tariq",
    "Farooq",
    "Saeed",
    "Ehsan",
    "Hamid",
    "Sajid",
]
MIDDLE = ["Ali", "Raza", "Mehmood", "Ahmed", "Hussain", "Iqbal"]
SURNAMES = [
    "Zardari",
    "Gilani",
    "Mirza",
    "Hussain",
    "Qureshi",
    "Bhutto",
    "Sharif",
    "Musharraf",
    "Rehman",
    "Malik",
    "Khattak",
    "Abbasi",
    "Siddiqui",
    "Rizvi",
    "Durrani",
    "Achakzai",
    "Hekmatyar",
    "Karzai",
    "Mubarak",
    "Kazmi",
]
ALTERNATIONS = [
    ("ee", "i"),
    ("i", "ee"),
    ("oo", "u"),
    ("u", "oo"),
    ("ou", "u"),
    ("ph", "f"),
    ("f", "ph"),
    ("q", "k"),
    ("k", "q"),
    ("y", "i"),
    ("w", "v"),
    ("e", "a"),
    ("a", "e"),
    ("o", "u"),
    ("u", "o"),
]

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def person(draw: st.DrawFn) -> tuple[list[str], str]:
    given_names = [draw(st.sampled_from(GIVEN))]
    if draw(st.booleans()):
        given_names.append(draw(st.sampled_from(MIDDLE)))
    return given_names, draw(st.sampled_from(SURNAMES))


@st.composite
def variant(draw: st.DrawFn, word: str) -> str:
    """A one-letter transliteration variant: an alternation (ee/i, oo/u, ph/f, q/k, w/v, y/i,
    e/a, o/u), a doubled or undoubled letter, a dropped vowel or aspiration h."""
    kind = draw(st.sampled_from(["alt", "double", "drop"]))
    if kind == "alt":
        options = [(a, b) for a, b in ALTERNATIONS if a in word[1:]]
        if options:
            a, b = draw(st.sampled_from(options))
            pos = word.index(a, 1)
            return word[:pos] + b + word[pos + len(a) :]
    if kind == "drop":
        spots = [
            i
            for i in range(1, len(word))
            if word[i] in "aeiou" or (word[i] == "h" and word[i - 1] in "bdgjkpt")
        ]
        if spots:
            i = draw(st.sampled_from(spots))
            return word[:i] + word[i + 1 :]
    i = draw(st.integers(1, len(word) - 2))
    if word[i] == word[i + 1]:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


names_lists = st.lists(
    st.one_of(
        person().map(lambda p: " ".join([*p[0], p[1]])),
        st.sampled_from(SURNAMES),
        st.sampled_from(["MQM", "PPP", "Muttahida Qaumi Movement", "Mr Mirza", "A. Q. Khan"]),
        # honorific short forms, organisations with and without a country, faction acronyms,
        # three given names
        st.sampled_from(
            [
                "Sheikh Asif",
                "Mian Imran",
                "Mullah Zardari",
                "Syed Gilani",
                "Khawaja Sharif",
                "Pakistan Muslim League",
                "Muslim League",
                "PML-N",
                "Ali Asif Raza Zardari",
                "Abdul Tariq Malik",
            ]
        ),
    ),
    min_size=0,
    max_size=14,
)


def _partition(clusters: list[NameCluster]) -> set[tuple[str, frozenset[str]]]:
    return {(c.canonical, frozenset(c.members)) for c in clusters}


@SETTINGS
@given(names_lists, st.randoms(use_true_random=False))
def test_clustering_does_not_depend_on_order(names: list[str], rnd: object) -> None:
    shuffled = list(names)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _partition(cluster_names(names)) == _partition(cluster_names(shuffled))


@SETTINGS
@given(st.lists(st.one_of(st.text(max_size=30), names_lists.map(" ".join)), max_size=12))
def test_every_name_in_exactly_one_cluster(names: list[str]) -> None:
    clusters = cluster_names(names)
    members = [m for c in clusters for m in c.members]
    assert len(members) == len(set(members))
    named = {n for n in names if parse_name(n).units}
    assert named <= set(members)
    assert set(members) <= set(names)
    for c in clusters:
        assert {link.member for link in c.links} == set(c.members)
        assert all(0.0 <= link.score <= 1.0 for link in c.links)
        assert NameCluster.from_dict(c.to_dict()) == c


@SETTINGS
@given(person(), st.data())
def test_one_letter_surname_variant_joins(p: tuple[list[str], str], data: st.DataObject) -> None:
    given_names, surname = p
    other = data.draw(variant(surname))
    a = " ".join([*given_names, surname])
    b = " ".join([*given_names, other])
    clusters = cluster_names([a, b])
    assert len(clusters) == 1, (a, b, clusters)


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.text(max_size=20),
            st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ ", max_size=20),
            st.characters().map(str),
            st.text(alphabet="آصفعلیزرداریبلاولبھٹو ", max_size=20),
            st.text(alphabet="日本語中文한국어 ", max_size=10),
        ),
        max_size=8,
    )
)
def test_odd_names_do_not_crash(names: list[str]) -> None:
    cluster_names(names)
    idx = NameIndex()
    idx.add(names)
    for n in names:
        idx.resolve(n)
        token_key(n)


@SETTINGS
@given(names_lists, st.integers(0, 14))
def test_incremental_index_equals_batch(names: list[str], cut: int) -> None:
    idx = NameIndex()
    idx.add(names[:cut])
    idx.clusters()
    idx.add(names[cut:])
    assert _partition(idx.clusters()) == _partition(cluster_names(names))


sentence = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "the",
                "said",
                "and",
                "on",
                "President",
                "Dr",
                "Mr",
                "General",
                ".",
                ",",
                "MQM",
                "of",
                "bin",
                "al-",
                "The",
                "According",
                "\n",
                "’s",
                "(",
                ")",
                "told",
                "Karachi",
                "Sheikh",
                "Mullah",
            ]
        ),
        person().map(lambda p: " ".join([*p[0], p[1]])),
        st.sampled_from(SURNAMES),
        st.text(max_size=8),
    ),
    max_size=30,
).map(" ".join)


@SETTINGS
@given(st.one_of(sentence, st.text(max_size=200)))
def test_find_names_spans_index_the_text(text: str) -> None:
    for m in find_names(text):
        assert text[m.start : m.end] == m.text
        assert m.text and m.canonical
        assert 0.0 <= m.score <= 1.0
        if m.title:
            assert m.title not in m.text or m.title in m.text.split()[1:]


@SETTINGS
@given(sentence)
def test_find_names_is_deterministic(text: str) -> None:
    assert find_names(text) == find_names(text)


@SETTINGS
@given(sentence)
def test_dropping_lone_words_early_changes_nothing(text: str) -> None:
    """Oracle: leaving out lone words that cannot join a fuller name before clustering gives
    the same mentions as clustering every candidate."""
    from archnorm.names import mentions

    fast = find_names(text)
    original = mentions._drop_lone_words
    mentions._drop_lone_words = lambda _text, cands: cands  # type: ignore[assignment]
    try:
        slow = find_names(text)
    finally:
        mentions._drop_lone_words = original
    assert fast == slow
