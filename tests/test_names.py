"""Example tests for the names stage: matching under guards, particles, authority, index."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import archnorm
from archnorm import Authority, NameIndex, cluster_names
from archnorm.errors import ConfigError
from archnorm.names import parse_name, relink, token_key
from archnorm.names.keys import skeleton
from archnorm.names.match import compare
from archnorm.names.scores import CONFLICT
from archnorm.record import NameMention

from .names_helpers import together


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Asif Zaradri", "Asif Ali Zardari"),
        ("Yousaf Raza Gilliani", "Yousaf Raza Gilani"),
        ("Zulifqar Mirza", "Zulfiqar Mirza"),
        ("Altaf Hussain", "Altaf Hussein"),
        ("Osama bin Laden", "Usama bin Ladin"),
        ("Bashar al-Assad", "Bashar Assad"),
        ("Fazlur Rehman", "Fazl-ur-Rehman"),
        ("Muhammad Nawaz Sharif", "Nawaz Sharif"),
        ("Shehbaz Sharif", "Shahbaz Sharif"),
        ("Pervez Musharraf", "Parvez Musharaf"),
        ("Ehsan Iqbal", "Ahsan Iqbal"),
    ],
)
def test_variants_link(a: str, b: str) -> None:
    assert together(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zulifqar Mirza", "Zulfikar Ali Bhutto"),
        ("Altaf Hussain", "Saddam Hussein"),
        ("Bilawal Bhutto Zardari", "Asif Ali Zardari"),
        ("Shah Mehmood Qureshi", "Shahid Qureshi"),
        ("Rehman Malik", "Fazlur Rehman"),
        ("Wajid Kazmi", "Sajid Kazmi"),
        ("Ehsan Iqbal", "Hassan Iqbal"),
        ("Mohammed bin Salman", "Mohammed bin Zayed"),
    ],
)
def test_look_alikes_stay_apart(a: str, b: str) -> None:
    assert not together(a, b)


def test_no_chaining_through_a_short_form() -> None:
    names = ["Asif Ali Zardari", "Asif Hussain Zardari", "Asif Zardari"]
    clusters = cluster_names(names)
    full = next(c for c in clusters if "Asif Ali Zardari" in c.members)
    assert "Asif Hussain Zardari" not in full.members


def test_conflict_is_reported() -> None:
    m = compare(parse_name("Asif Ali Zardari"), parse_name("Asif Hussain Zardari"))
    assert m is not None and m.rule == CONFLICT


def test_transliteration_key_families() -> None:
    # each pair differs by one alternation family and has the same key
    pairs = [
        ("Shareef", "Sharif"),  # ee/i
        ("Mehmood", "Mehmud"),  # oo/u
        ("Yousuf", "Yusuf"),  # ou/u
        ("Mustapha", "Mustafa"),  # ph/f
        ("Qasim", "Kasim"),  # q/k
        ("Gillani", "Gilani"),  # doubled letters
        ("Bhutto", "Butto"),  # aspiration h
        ("Rehman", "Reman"),  # silent h
        ("Yasir", "Iasir"),  # y/i
        ("Nawaz", "Navaz"),  # w/v
        ("Ahmed", "Ahmad"),  # short vowel e/a
        ("Hussein", "Hussain"),  # ei/ai
    ]
    for a, b in pairs:
        assert token_key(a) == token_key(b), (a, b)
    assert skeleton(token_key("Zardari")) == skeleton(token_key("Zaradri"))


def test_particles_and_compounds_are_units() -> None:
    assert [u.text for u in parse_name("Osama bin Laden").units] == ["Osama", "bin Laden"]
    assert [u.text for u in parse_name("Bashar al-Assad").units] == ["Bashar", "al Assad"]
    assert len(parse_name("Abdul Salam").units) == 1
    assert len(parse_name("Mohammad Ali").units) == 1
    assert [u.text for u in parse_name("Mohammad Ali Jinnah").units] == ["Mohammad Ali", "Jinnah"]
    assert len(parse_name("Moin-ud-Din").units) == 1
    assert [u.text for u in parse_name("Rahmat Ullah Khan").units] == ["Rahmat Ullah", "Khan"]
    assert not parse_name("Mohammad Ali").weak


def test_titles_split_off() -> None:
    p = parse_name("Prime Minister Yousaf Raza Gilani")
    assert p.title == "Prime Minister"
    assert p.display == "Yousaf Raza Gilani"
    # an honorific that is also a name stays when it would leave one unit
    assert parse_name("Hafiz Saeed").title is None
    assert parse_name("Syed Yousaf Raza Gilani").title == "Syed"


def test_canonical_is_most_complete_frequent() -> None:
    names = ["Asif Zardari"] * 5 + ["Asif Ali Zardari"] * 2 + ["Asif Ali Zaradari"]
    [c] = cluster_names(names)
    assert c.canonical == "Asif Ali Zardari"
    assert set(c.members) == {"Asif Zardari", "Asif Ali Zardari", "Asif Ali Zaradari"}
    rules = {link.member: link for link in c.links}
    assert rules["Asif Ali Zardari"].rule == "canonical"
    assert 0 < rules["Asif Zardari"].score <= 1
    assert "missing-middle" in rules["Asif Zardari"].rule


def test_surname_only_attaches_when_unambiguous() -> None:
    one = cluster_names(["Zulfiqar Mirza", "Mirza"])
    assert len(one) == 1 and one[0].links[0].rule in {"surname-only", "canonical"}
    two = cluster_names(["Asif Ali Zardari", "Bilawal Bhutto Zardari", "Zardari"])
    assert len(two) == 3  # ambiguous: stays alone


def test_extension_links_short_form() -> None:
    assert together("Bilawal Bhutto", "Bilawal Bhutto Zardari")
    assert together("Maryam Nawaz", "Maryam Nawaz Sharif")


def test_initials() -> None:
    clusters = cluster_names(["Abdul Qadeer Khan", "Ayub Khan", "A. Q. Khan"])
    aq = next(c for c in clusters if "A. Q. Khan" in c.members)
    assert "Abdul Qadeer Khan" in aq.members and "Ayub Khan" not in aq.members


def test_acronym_links_through_initials_and_authority() -> None:
    assert together("MQM", "Muttahida Qaumi Movement")
    auth = Authority.from_dict(
        {
            "entities": [
                {
                    "id": "isi",
                    "canonical": "Inter-Services Intelligence",
                    "kind": "org",
                    "aliases": ["ISI"],
                }
            ]
        }
    )
    [c] = cluster_names(["ISI"], authority=auth)
    assert c.canonical == "Inter-Services Intelligence"
    assert c.authority_id == "isi" and c.kind == "org"


def test_authority_canonical_and_cannot_link(tmp_path: Path) -> None:
    path = tmp_path / "auth.json"
    path.write_text(
        json.dumps(
            {
                "entities": [
                    {"id": "z1", "canonical": "Asif Ali Zardari", "kind": "person"},
                ],
                "cannot_link": [["Asif Zardari", "Asif Ali Zardari"]],
            }
        ),
        encoding="utf-8",
    )
    names = ["Asif Zaradri", "Asif Ali Zardari", "Asif Zardari"]
    clusters = cluster_names(names, authority=path)
    owner = {m: c for c in clusters for m in c.members}
    assert owner["Asif Ali Zardari"].canonical == "Asif Ali Zardari"
    assert owner["Asif Ali Zardari"].authority_id == "z1"
    assert owner["Asif Zardari"] is not owner["Asif Ali Zardari"]


def test_must_link_and_cannot_link_override_matcher(tmp_path: Path) -> None:
    path = tmp_path / "auth.csv"
    path.write_text(
        "id,canonical,kind,aliases,cannot_link\n"
        "a1,Altaf Hussain,person,Bhai,\n"
        ",Pir Pagara,must-link,Shah Mardan Shah,\n"
        ",Zulfiqar Mirza,cannot-link,Zulifqar Mirza,\n",
        encoding="utf-8",
    )
    clusters = cluster_names(["Bhai", "Altaf Hussain"], authority=path)
    assert len(clusters) == 1 and clusters[0].canonical == "Altaf Hussain"
    [c] = cluster_names(["Pir Pagara", "Shah Mardan Shah"], authority=path)
    assert {link.rule for link in c.links} == {"canonical", "must-link"}
    assert not together("Zulfiqar Mirza", "Zulifqar Mirza", authority=path)
    assert together("Zulfiqar Mirza", "Zulifqar Mirza")


def test_two_authority_entities_never_merge() -> None:
    auth = Authority.from_names(["Zulfiqar Mirza", "Zulfikar Mirza Junior"])
    clusters = cluster_names(["Zulfiqar Mirza", "Zulfikar Mirza Junior"], authority=auth)
    assert len(clusters) == 2


def test_authority_as_iterable_of_names() -> None:
    [c] = cluster_names(["Yousaf Raza Gilliani"], authority=["Yousaf Raza Gilani"])
    assert c.canonical == "Yousaf Raza Gilani"


def test_bad_authority_files(tmp_path: Path) -> None:
    bad = tmp_path / "a.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"a\.json"):
        Authority.load(bad)
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("name\nX\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="canonical"):
        Authority.load(csv_path)
    with pytest.raises(ConfigError):
        Authority.from_dict({"must_link": [["A", "B"]], "cannot_link": [["B", "A"]]})
    with pytest.raises(ConfigError, match="kind"):
        Authority.from_dict([{"canonical": "X", "kind": "planet"}])


def test_index_incremental_resolve_and_round_trips() -> None:
    idx = NameIndex(["Asif Ali Zardari"])
    idx.add(["Asif Zaradri", "Bilawal Bhutto Zardari"])
    idx.add(["Yousaf Raza Gilani", "Yousaf Raza Gilliani"])
    res = idx.resolve("Asif Zardari")  # never added
    assert res is not None and res.canonical == "Asif Ali Zardari" and res.authority_id
    assert idx.resolve("Zardari") is None  # ambiguous
    assert idx.resolve("Completely Different") is None
    before = [c.to_dict() for c in idx.clusters()]
    again = NameIndex.from_json(idx.to_json())
    assert [c.to_dict() for c in again.clusters()] == before
    copy = pickle.loads(pickle.dumps(idx))
    assert [c.to_dict() for c in copy.clusters()] == before


def test_index_matches_batch_clustering() -> None:
    names = [
        "Asif Zaradri",
        "Asif Ali Zardari",
        "Altaf Hussain",
        "Saddam Hussein",
        "Mirza",
        "Zulfiqar Mirza",
        "Zulifqar Mirza",
    ]
    idx = NameIndex()
    for n in names:
        idx.add([n])
    assert [c.to_dict() for c in idx.clusters()] == [c.to_dict() for c in cluster_names(names)]


def test_index_save_load(tmp_path: Path) -> None:
    idx = NameIndex()
    idx.add(["Nawaz Sharif", "Mian Nawaz Sharif"])
    idx.save(tmp_path / "idx.json")
    assert NameIndex.load(tmp_path / "idx.json").resolve("Nawaz Shareef") is not None
    with pytest.raises(ConfigError):
        NameIndex.from_json("[]")


def test_relink_rewrites_canonical() -> None:
    idx = NameIndex()
    idx.add(["Asif Ali Zardari", "Asif Ali Zardari", "Asif Zaradri"])
    m = NameMention(start=0, end=12, text="Asif Zaradri", canonical="Asif Zaradri")
    other = NameMention(start=20, end=25, text="Nobody", canonical="Nobody")
    out = relink([m, other], idx)
    assert out[0].canonical == "Asif Ali Zardari" and out[0].reason and out[0].score < 1
    assert out[1] == other


def test_public_exports() -> None:
    for name in ("cluster_names", "find_names", "Authority", "NameIndex"):
        assert name in archnorm.__all__
    assert archnorm.__all__ == sorted(archnorm.__all__)
