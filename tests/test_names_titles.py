"""Titles on short forms: a retirement marker after a military title is no given name, and a
short form that fits several clusters joins the one whose full names carry its title.  The
names are invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archnorm.names import parse_name
from archnorm.names.match import title_key
from archnorm.names.titles import title_length

from .names_helpers import cluster_of, together


@pytest.mark.parametrize(
    "name",
    [
        "Lt-Gen (retd) Tariq Mehranvi",
        "Lt Gen (Retd.) Tariq Mehranvi",
        "Maj Gen (r) Tariq Mehranvi",
        "Lt Gen retired Tariq Mehranvi",
    ],
)
def test_a_retirement_marker_after_a_title_is_not_a_name(name: str) -> None:
    p = parse_name(name)
    assert [u.text for u in p.units] == ["Tariq", "Mehranvi"]
    assert together(name, "Tariq Mehranvi", "General Tariq Mehranvi")


def test_an_initial_after_a_title_is_kept_without_brackets() -> None:
    # "Gen R Mehranvi" is General R. Mehranvi, not a retired General Mehranvi
    assert [u.text for u in parse_name("Gen R Mehranvi").units] == ["R", "Mehranvi"]


FAMILY = [
    "Marshal Qadir Jan Sadozai",
    "Qadir Jan Sadozai",
    "Mohammad Qadir Jan Sadozai",
    "Hamid Sadozai",
    "Hamid Khan Sadozai",
]


def test_a_titled_surname_joins_the_one_cluster_with_that_title() -> None:
    # "Sadozai" alone fits both men; "Marshal Sadozai" only the marshal
    assert cluster_of("Marshal Sadozai", [*FAMILY, "Marshal Sadozai"]) == {
        "Marshal Qadir Jan Sadozai",
        "Qadir Jan Sadozai",
        "Mohammad Qadir Jan Sadozai",
        "Marshal Sadozai",
    }


def test_an_abbreviated_title_is_the_same_title() -> None:
    names = ["General Qadir Jan Sadozai", "Hamid Khan Sadozai", "Gen. Sadozai"]
    assert cluster_of("Gen. Sadozai", names) == {"General Qadir Jan Sadozai", "Gen. Sadozai"}


def test_a_title_both_clusters_carry_decides_nothing() -> None:
    names = ["President Qadir Jan Sadozai", "President Hamid Khan Sadozai", "President Sadozai"]
    assert cluster_of("President Sadozai", names) == {"President Sadozai"}


def test_an_untitled_surname_still_fits_nobody_when_two_clusters_fit() -> None:
    assert cluster_of("Sadozai", [*FAMILY, "Sadozai"]) == {"Sadozai"}


@pytest.mark.parametrize(
    ("a", "b"),
    [("Gen. Ali Tarar", "General Ali Tarar"), ("Pt Ravi Tarar", "Pandit Ravi Tarar")],
)
def test_title_keys_read_abbreviations_as_the_title(a: str, b: str) -> None:
    assert title_key(parse_name(a)) == title_key(parse_name(b)) is not None


@given(st.text(max_size=40))
def test_title_key_never_crashes(text: str) -> None:
    key = title_key(parse_name(text))
    assert key is None or (key and key == key.strip())


@pytest.mark.parametrize(
    ("name", "title", "rest"),
    [
        ("Kestrelabad Chief Minister Rustam Vaikundam", "Kestrelabad Chief Minister", "Rustam"),
        ("PZB Chairman Rustam Vaikundam", "PZB Chairman", "Rustam"),
        ("Lahorite Congress MP Rustam Vaikundam", "Lahorite Congress MP", "Rustam"),
        ("KPV general secretary Rustam Vaikundam", "KPV general secretary", "Rustam"),
        ("former Deputy Chief Minister Rustam Vaikundam", "former Deputy Chief Minister", "Rustam"),
        ("MLA Rustam Vaikundam", "MLA", "Rustam"),
        ("Awami Kestrel President Sheikh Nurjahan", "Awami Kestrel President", "Sheikh"),
    ],
)
def test_an_office_after_its_qualifier_is_a_title(name: str, title: str, rest: str) -> None:
    p = parse_name(name)
    assert p.title == title
    assert p.units[0].text == rest


def test_an_office_title_joins_the_person() -> None:
    names = [
        "Rustam Vaikundam",
        "Kestrelabad Chief Minister Rustam Vaikundam",
        "PZB Chairman Rustam Vaikundam",
        "Zorvani Group chairman Arjun Zorvani",
        "Zorvani Group",
    ]
    assert cluster_of("Rustam Vaikundam", names) == set(names[:3])
    # the body the office belongs to is not the person
    assert cluster_of("Zorvani Group", names) == {"Zorvani Group"}


@pytest.mark.parametrize(
    "name",
    [
        "Chief Minister Secretariat",  # a body after the office: its old reading stays
        "Kestrel Workers Party",
        "Minister of Kestrel Rustam Vaikundam",  # "of": the office is not followed by a name
    ],
)
def test_no_office_title_before_a_body_or_a_lowercase_word(name: str) -> None:
    p = parse_name(name)
    assert p.title in (None, "Chief Minister", "Minister")


@given(
    st.lists(
        st.sampled_from(
            [
                "Kerala",
                "Chief",
                "Minister",
                "MP",
                "general",
                "secretary",
                "Rustam",
                "Vaikundam",
                "of",
                "Party",
                "X.",
            ]
        ),
        max_size=8,
    )
)
def test_an_office_title_always_leaves_a_word(words: list[str]) -> None:
    n = title_length(words)
    assert 0 <= n < max(len(words), 1)


def test_an_office_alone_or_two_word_office_is_read_whole() -> None:
    assert parse_name("Chief Executive Rustam Vaikundam").title == "Chief Executive"
    # nothing after the office: no title is split off it
    assert parse_name("Chief Strategy Officer").title is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("PM Vaikundam", "PM"),
        ("Ex-PM Rustam Vaikundam", "Ex PM"),
        ("Kestrelabad PM Rustam Vaikundam", "Kestrelabad PM"),
        ("Saudi Crown Prince Tariq bin Nahyar", "Saudi Crown Prince"),
        ("Jordan King Tariq", "Jordan King"),
        ("Pakistan's Rustam Vaikundam", "Pakistan's"),
    ],
)
def test_pm_royal_offices_after_a_place_and_a_possessive_place(name: str, title: str) -> None:
    assert parse_name(name).title == title


@pytest.mark.parametrize(
    "name",
    [
        "Rustam Sultan Vaikundam",  # a royal word inside a name is a name
        "Tariq Luther King",
        "Prince Tariq",  # an honorific kept as a name when one name follows (as before)
        "Kestrel People's Party",  # a possessive that is no place
    ],
)
def test_royal_words_inside_names_are_names(name: str) -> None:
    assert parse_name(name).title is None


def test_pm_and_a_possessive_place_join_the_person() -> None:
    assert together("PM Vaikundam", "Rustam Vaikundam", "Pakistan's Rustam Vaikundam")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("singer Rustam Vaikundam", "singer"),
        ("human rights lawyer Rustam Vaikundam", "human rights lawyer"),
        ("Lahorite Times editor Rustam Vaikundam", "Lahorite Times editor"),
        ("ex-KPL boss Rustam Vaikundam", "ex KPL boss"),
        ("the daily Kestrel Khabar", "the daily"),
        ("Cardinal Rustam Vaikundam", "Cardinal"),
        ("Wg Cdr Rustam Vaikundam", "Wg Cdr"),
    ],
)
def test_a_lowercase_descriptor_before_a_name_is_a_title(name: str, title: str) -> None:
    assert parse_name(name).title == title


@pytest.mark.parametrize(
    "name",
    [
        "Tariq bin Nahyar",
        "Nasir ud Din Vaikundam",
        "Rustam Alirza oglu Vaikundam",  # a patronymic marker is part of the name
        "Board of Control for Kestrel in Lahorite",
        "Kestrel ve Lahorite Partisi",
    ],
)
def test_connectors_and_particles_are_no_descriptors(name: str) -> None:
    assert parse_name(name).title is None


def test_a_described_person_joins_the_person() -> None:
    assert together("singer Rustam Vaikundam", "Rustam Vaikundam", "Vaikundam")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Kestrel Chief of Staff Rustam Vaikundam", "Kestrel Chief of Staff"),
        ("Inspector General of Police Rustam Vaikundam", "Inspector General of Police"),
        ("Lahorite Secretary of State Rustam Vaikundam", "Lahorite Secretary of State"),
        ("Attorney General Rustam Vaikundam", "Attorney General"),
        ("Rear Adm. Rustam Vaikundam", "Rear Adm."),
    ],
)
def test_offices_with_of_and_ranks(name: str, title: str) -> None:
    assert parse_name(name).title == title


@pytest.mark.parametrize(
    ("name", "units"),
    [
        ("Vaikundam, Rustam Ali", ["Rustam", "Ali", "Vaikundam"]),  # surname first
        ("Vaikundam, R. A.", ["R.", "A.", "Vaikundam"]),
        ("Rustam Vaikundam, KPV chairman", ["Rustam", "Vaikundam"]),  # an apposition
        ("Rustam Vaikundam, former minister", ["Rustam", "Vaikundam"]),
        ("Kestrel Sons, Ltd.", ["Kestrel", "Sons", "Ltd."]),  # a legal form stays
        ("Lahorite, Pakistan", ["Lahorite", "Pakistan"]),  # a place is not a given name
        (
            "Kestrel Institute of Technology, Maranpur",
            ["Kestrel", "Institute", "Technology", "Maranpur"],
        ),
    ],
)
def test_a_name_with_one_comma(name: str, units: list[str]) -> None:
    assert [u.text for u in parse_name(name).units] == units


def test_a_surname_first_form_joins_the_person() -> None:
    assert together("Vaikundam, Rustam Ali", "Rustam Ali Vaikundam", "Rustam Vaikundam")


@pytest.mark.parametrize(
    ("name", "units"),
    [
        ("Kestrel Khabar daily", ["Kestrel", "Khabar"]),
        ("Zorvan spy agency", ["Zorvan"]),
        ("Zorvan Bet security service", ["Zorvan", "Bet"]),
        ("Nahyar network", ["Nahyar", "network"]),  # one organisation word is the name's own
        ("Rahmat ullah", ["Rahmat ullah"]),  # an element of a compound
    ],
)
def test_trailing_lowercase_descriptors(name: str, units: list[str]) -> None:
    assert [u.text for u in parse_name(name).units] == units


@given(st.text(alphabet=st.sampled_from("Ab ,.'-x"), max_size=30))
def test_commas_never_crash(text: str) -> None:
    parse_name(text)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Kestrel Air co-founder Rustam Vaikundam", "Kestrel Air co founder"),
        ("Republic KTV's Rustam Vaikundam", "Republic KTV's"),
        ("KPV's Rustam Vaikundam", "KPV's"),
    ],
)
def test_co_offices_and_a_body_acronym_s_person(name: str, title: str) -> None:
    assert parse_name(name).title == title


@pytest.mark.parametrize(
    "name",
    ["National People's Power", "People's Mujahedin of Kestrelistan", "Kestrel People's Party"],
)
def test_a_body_s_own_possessive_stays(name: str) -> None:
    assert parse_name(name).title is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Grand Mufti Rustam Vaikundam", "Grand Mufti"),
        ("Subedar Rustam Vaikundam", "Subedar"),
        ("Sant Rustam Singh Vaikundam", "Sant"),
        ("His Holiness Rustam Vaikundam", "His Holiness"),
        ("Dasho Rustam Vaikundam", "Dasho"),
        ("Sahabzada Rustam Vaikundam", "Sahabzada"),  # Sahibzada spelt another way
        ("14th Kestrel Lama", "14th"),  # which holder of a title
        ("Third King Rustam Vaikundam", "Third King"),
    ],
)
def test_religious_military_and_royal_titles_and_ordinals(name: str, title: str) -> None:
    assert parse_name(name).title == title


def test_an_ordinal_joins_the_title_holder_and_first_is_no_ordinal_of_a_bank() -> None:
    assert together("14th Kestrel Lama", "Kestrel Lama", "His Holiness the Kestrel Lama")
    assert not together("First Zorvan Bank", "Zorvan Bank")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rustam Vaikundam junior", "Rustam Vaikundam senior"),
        ("Rustam Vaikundam jnr", "Rustam Vaikundam Sr"),
    ],
)
def test_father_and_son_stay_apart_in_lower_case_too(a: str, b: str) -> None:
    assert not together(a, b)
    assert together(a, a.replace("junior", "Jr").replace("jnr", "Jr."))


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("editor-in-chief Rustam Vaikundam", "editor in chief"),  # a connector inside
        ("Zorvan-based Kestrel Institute of Lanterns", "Zorvan based"),  # a body may follow
        ("market regulator Zorpa", "market regulator"),
        ("LanternPost's Rustam Vaikundam", "LanternPost's"),  # a camel-case brand's
    ],
)
def test_descriptors_before_bodies_and_brands_possessives(name: str, title: str) -> None:
    assert parse_name(name).title == title


def test_a_word_in_the_possessive_is_still_a_name_of_its_own() -> None:
    # not camel case: a person's or a body's own possessive
    assert parse_name("Rustam's Kestrel Vaikundam").title is None


def test_a_kings_short_form_is_not_a_person_other_titles_call_otherwise() -> None:
    names = ["Sheikh Tariq al-Rustam al-Vaikundi", "Tariq al-Rustam al-Vaikundi", "King Tariq"]
    assert cluster_of("King Tariq", names) == {"King Tariq"}
    # a cluster with no title, or with the king's, still takes it
    assert together("King Tariq", "Tariq Bir Rustam Vaikundi")
    assert together("King Tariq", "King Tariq bin Rustam", "Tariq bin Rustam")


def test_mk_is_an_office_only_after_a_qualifier() -> None:
    assert parse_name("Kestrel MK Rustam Vaikundam").title == "Kestrel MK"
    assert parse_name("MK Vaikundam").title is None  # initials as often
    assert parse_name("Coptic Pope Rustam II").title == "Coptic Pope"


def test_a_possessive_person_and_a_descriptor_are_a_title() -> None:
    assert parse_name("Vaikundi's widow Luha").title == "Vaikundi's widow"
    names = ["Luha Vaikundi", "Louha Vaikundi", "Vaikundi's widow Luha"]
    # the lone first name spells one of the person's spellings, which share a key
    assert together(*names)


@pytest.mark.parametrize(
    "name",
    ["General Kestrel Motors", "Justice Party", "General Directorate of Zorvan Intelligence"],
)
def test_a_title_word_leading_a_bodys_name_is_its_name(name: str) -> None:
    # "General Motors" is no general called Motors; "Justice Party" no judge
    p = parse_name(name)
    assert p.title is None and p.units[0].text == name.split(maxsplit=1)[0]


def test_sheikh_before_a_surname_when_no_first_name_fits() -> None:
    # "Sheikh" stands before a first name; when no person has it so, a surname spelt exactly
    assert together("Sheikh Vaikundi", "Tariq al-Vaikundi")
    assert not together("Sheikh Vaikunda", "Tariq al-Vaikundi")  # not a spelling merely alike
    # "Khawaja" before a last name never turns to a first name
    assert not together("Khawaja Tariq", "Tariq Rustam Vaikundi")


def test_a_kings_or_sheikhs_name_on_a_body_keeps_the_title_for_its_acronym() -> None:
    assert together("KTUZ", "King Tariq University of Zorvan")
    assert together("SRKH", "Sheikh Rustam Kestrel Hospital")
    assert parse_name("King Tariq").title is None  # a person's short form is as before


def test_qari_stands_before_a_first_name() -> None:
    assert together("Qari Lantrauddin", "Lantrauddin Vaikundi", "Qari Lantrauddin Vaikundi")


@pytest.mark.parametrize(
    ("glued", "hyphenated"),
    [
        ("Khawaja Lantruddin", "Khawaja Lantr-ud-Din"),
        ("Makhdoom Vaikunuddin", "Makhdoom Vaikun-ud-Din"),
        ("Syed Lantrullah", "Syed Lantr-ul-Lah"),
    ],
)
def test_an_honorific_before_a_compound_written_glued_or_hyphenated(
    glued: str, hyphenated: str
) -> None:
    # one word after the honorific keeps it a name; the hyphenated compound counts as a given
    # name and a surname, which makes it a title: one person either way
    assert parse_name(glued).title is None and parse_name(hyphenated).title is not None
    assert together(glued, hyphenated)
    # another honorific is another person, and another compound another name
    assert not together("Khawaja Lantruddin", "Mufti Lantr-ud-Din")
    assert not together("Khawaja Lantruddin", "Khawaja Vaikun-ud-Din")


def test_baba_and_peer_are_honorifics() -> None:
    # "Baba" before a saint's or a guru's name, "Peer" for Pir: split off before two names,
    # kept as a name before one ("Baba Lantrani" may be a given name and a surname)
    assert together("Baba Fariduddin Vaikundi", "Fariduddin Vaikundi")
    assert together("Peer Tariq Vaikundi", "Pir Tariq Vaikundi", "Tariq Vaikundi")
    assert parse_name("Baba Lantrani").title is None
    assert parse_name("Baba Fariduddin Vaikundi").title == "Baba"


def test_pirzada_and_maharshi_are_titles() -> None:
    assert together("Pirzada Tariq Vaikundi", "Peerzada Tariq Vaikundi", "Tariq Vaikundi")
    assert together("Maharshi Tariq Vaikundi", "Gurudev Tariq Vaikundi", "Tariq Vaikundi")
    assert parse_name("Pirzada Vaikundi").title is None  # a name before one name


@pytest.mark.parametrize(
    "epithet", ["Sher-e-Vaikund", "Sher e Vaikund", "Madar-i-Lantra", "Fakhr-e-Vaikund-e-Azam"]
)
def test_an_izafat_epithet_before_a_persons_name_is_a_title(epithet: str) -> None:
    p = parse_name(f"{epithet} Tariq Lantrani")
    assert p.title is not None and [u.text for u in p.units] == ["Tariq", "Lantrani"]
    assert together(f"{epithet} Tariq Lantrani", "Tariq Lantrani")


@pytest.mark.parametrize(
    "name", ["Jamaat-e-Vaikund Pakistan", "Majlis-e-Lantrul Vaikundeen", "Tehreek-e-Lantra"]
)
def test_an_izafat_bodys_name_keeps_its_words(name: str) -> None:
    assert parse_name(name).title is None


def test_an_extension_keeps_the_short_forms_title() -> None:
    # "Sher-e-Bangla Fazlul Huq" is not continued by "Sheikh Fazlul Huq Moni"
    assert not together("Sher-e-Vaikund Tariq Lantrani", "Sheikh Tariq Lantrani Moni")
    assert together("Sheikh Tariq Lantrani", "Sheikh Tariq Lantrani Moni")


def test_mullah_before_a_first_name_that_a_titled_fuller_name_continues() -> None:
    # "Mullah Omar" is read as a surname after Mullah; when no surname fits, a fuller name
    # that the same honorific leads ("Mullah Obaidullah" / "Mullah Obaidullah Akhund")
    assert together("Mullah Lantrullah", "Mullah Lantrullah Vaikund")
    assert not together("Mullah Lantrullah", "Lantrullah Vaikund")  # without the honorific
    assert not together("Khawaja Tariq", "Tariq Rustam Vaikundi")
