"""Organisation names with and without their legal form ("Limited", "Pvt Ltd") or a leading
"The", and places or bodies named after a person, which are not that person's name with more
names after it.  The names are invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archnorm.names import parse_name

from .names_helpers import cluster_of, together


@pytest.mark.parametrize(
    "names",
    [
        ("Zorvani Power", "Zorvani Power Limited", "Zorvani Power Ltd"),
        ("Kestrel Sons", "Kestrel Sons Pvt Ltd", "Kestrel Sons Private Limited"),
        ("Maranpur Petroleum", "Maranpur Petroleum Corporation", "Maranpur Petroleum Corp"),
        ("Daudkhel Textiles Company", "Daudkhel Textiles"),
        ("Lahorite Times", "The Lahorite Times"),
    ],
)
def test_a_legal_form_or_a_leading_the_can_be_left_out(names: tuple[str, ...]) -> None:
    assert together(*names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zorvani Power Limited", "Zorvani Steel Limited"),  # one group, two companies
        ("Kestrel Sons Ltd", "Kestrel Motors Ltd"),
        ("Maranpur Petroleum Corporation", "Maranpur Gas Corporation"),
    ],
)
def test_companies_of_one_group_stay_apart(a: str, b: str) -> None:
    assert not together(a, b)


@pytest.mark.parametrize(
    ("person", "named_after"),
    [
        ("Rustam Ali Dhanwar", "Rustam Ali Dhanwar University"),
        ("Karamat Bhai Solanki", "Karamat Bhai Solanki International Airport"),
        ("Nilofar Haidari", "Nilofar Haidari Memorial Hospital"),
    ],
)
def test_a_place_named_after_a_person_is_not_the_person(person: str, named_after: str) -> None:
    assert not together(person, named_after)


def test_a_longer_name_of_the_person_still_extends_it() -> None:
    assert together("Nilofar Haidari", "Nilofar Haidari Khan")


def test_the_display_keeps_the_article() -> None:
    assert parse_name("The Lahorite Times").display == "The Lahorite Times"
    assert parse_name("The Lahorite Times").org


_FORMS = st.lists(st.sampled_from(["Limited", "Ltd", "Pvt", "Private", "Corp", "Inc"]), max_size=3)


@given(st.sampled_from(["Zorvani", "Kestrel", "Maranpur"]), _FORMS, _FORMS)
def test_any_run_of_legal_forms_links(head: str, one: list[str], two: list[str]) -> None:
    a = " ".join([head, "Industries", *one])
    b = " ".join([head, "Industries", *two])
    assert together(a, b)


def test_three_or_four_glued_initials_before_a_persons_names() -> None:
    assert together("A. R. K. Haidari Solanki", "ARK Haidari Solanki")
    assert together("S. W. R. D. Wickremasinha", "SWRD Wickremasinha")
    # before an organisation word or one word alone, capitals lead an organisation's name
    assert parse_name("ZBC Urdu").org and not parse_name("ZBC Urdu").units[0].text.endswith(".")
    assert parse_name("QYZ Party").org
    assert not together("ARK Haidari Solanki", "ARM Haidari Solanki")


@pytest.mark.parametrize(
    "names",
    [
        ("The Morning Lantern", "Morning Lantern"),  # a leading "The", any organisation
        ("The Lantern", "Lantern"),
        ("Lantern", "Lantern newspaper"),  # what the organisation is, after its name
        ("Pamir News Agency", "Pamir"),  # a news agency by its name alone
        ("High Court of Zorvan", "Zorvan High Court"),  # "A of B" written "B A"
        ("University of Kestrelpur", "Kestrelpur University"),
        ("Municipality of Zorvan", "Zorvan Municipality"),
        ("Kestrel Fund for Lanterns", "Kestrel Lanterns Fund"),  # "A for B" written "B A"
        ("Vellkart", "Vellkart Group"),  # "Group" and "Society" are left out in use
        ("Zorvan Red Lantern", "Zorvan Red Lantern Society"),
    ],
)
def test_organisation_forms_meet(names: tuple[str, ...]) -> None:
    assert together(*names)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("High Court of Zorvan", "Zorvan Bar Council"),
        ("University of Kestrelpur", "Kestrelpur Medical University"),
        ("Bank of Zorvan", "Zorvan Development Bank"),
    ],
)
def test_reordered_names_must_hold_the_same_words(a: str, b: str) -> None:
    assert not together(a, b)


@given(st.text(alphabet="abcdefgh ofOFThe", max_size=40))
def test_a_reordered_key_is_the_key_of_some_name(text: str) -> None:
    p = parse_name(text)
    assert p.reordered is None or (p.org and p.reordered)


@pytest.mark.parametrize(
    "names",
    [
        ("Sri Lanka Kestrel Party", "SLKP"),  # "Sri" of the country is no title
        ("Times of Zorvan", "TOZ"),  # the connector's letter in the acronym
    ],
)
def test_acronyms_of_organisations(names: tuple[str, ...]) -> None:
    assert together(*names)


def test_sri_before_a_person_is_still_a_title() -> None:
    assert parse_name("Sri Kestrel Rao").title == "Sri"
    assert parse_name("Sri Lanka Kestrel Party").title is None


def test_an_acronym_may_leave_the_generic_last_word_out() -> None:
    assert together("ZSI", "Zorvan Services Intelligence Agency")
    # three letters do not stand for a two-word name and its generic word
    assert not together("ZS", "Zorvan Steel Agency")


@pytest.mark.parametrize(
    "names",
    [
        ("Zorvan National Oil Co", "Zorvan National Oil Company"),  # "Co" is a legal form
        ("Directorate of Kestrels", "Kestrels Directorate"),
        ("the ZBI", "ZBI"),  # a lowercase "the" before an acronym
        ("Kestrel SC", "Kestrel"),  # a sports club's letters
        ("Kestrel Saudi FC", "Kestrel Saudi"),
    ],
)
def test_more_organisation_forms_meet(names: tuple[str, ...]) -> None:
    assert together(*names)


def test_a_lone_sc_is_still_an_acronym() -> None:
    assert parse_name("SC").acronym == "SC"


def test_an_acronym_and_a_place_meet_the_full_name() -> None:
    names = [
        "ZIT Kestrelpur",
        "Zorvan Institute of Technology Kestrelpur",
        "ZIT Maranpur",
        "Zorvan Institute of Technology Maranpur",
    ]
    assert cluster_of("ZIT Kestrelpur", names) == {
        "ZIT Kestrelpur",
        "Zorvan Institute of Technology Kestrelpur",
    }


def test_one_name_with_two_generic_last_words_is_one_organisation() -> None:
    # news calls one party by its name with "Party" or with "Movement"; the lone name joins both
    assert together("Nur Alwatan Party", "Nur Alwatan Movement", "Nur Alwatan")
    assert not together("Nur Alwatan Party", "Nur Alhaq Movement")
    assert not together("Nur Alwatan Party", "Nur Alwatan Front")  # "Front" is not generic


def test_a_faction_letter_in_brackets_after_a_space_is_the_same_acronym() -> None:
    assert together("KPV (M)", "KPV(M)", "KPV-M")
    assert not together("KPV (M)", "KPV (N)")


def test_a_place_s_body_in_lower_case() -> None:
    # a demonym or a place before lower-case words: the place's body, not a descriptor
    assert [u.text for u in parse_name("Lahore central bank").units][-2:] == ["Central", "Bank"]
    assert together("Pakistani central bank", "Central Bank of Pakistan")
    assert together("Iran's central bank", "Central Bank of Iran")
    assert not together("Iran's central bank", "Central Bank of Pakistan")


def test_an_acronym_for_the_first_words_of_a_longer_name() -> None:
    assert together("KNU Students' Union", "Kestrel Nahyar University Students' Union")
    assert not together("KNU Students' Union", "Kestrel Nahyar University Teachers' Union")


def test_acronyms_are_their_letters() -> None:
    # q and k are one in a name's key, never in an acronym
    assert not together("KZA", "QZA")
    assert together("HuT", "HUT")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Nepal Garment Manufacturers and Exporters Association",
            "Nepal Knitwear Manufacturers and Exporters Association",
        ),
        (
            "Pakistan Cotton Growers and Ginners Association",
            "Pakistan Tobacco Growers and Ginners Association",
        ),
    ],
)
def test_one_word_for_another_is_another_body(a: str, b: str) -> None:
    # the long shared words make the whole names alike; the one other word makes two bodies
    assert not together(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zorvan Bank of Bahrain", "Zorvan Bank of the UAE"),  # two places, two bodies
        ("Qatar Zorvan Bank", "Zorvan Bank of the UAE"),
        ("Zorvan Bank of the UK", "Zorvan Bank of Bahrain"),
    ],
)
def test_one_bodys_name_in_two_places_is_two_bodies(a: str, b: str) -> None:
    assert not together(a, b)
    assert together(b, "UAE Zorvan Bank" if "UAE" in b else b + " Ltd")


def test_a_trailing_place_is_no_post_nominal() -> None:
    # "UAE" and "UK" end a body's name as places; "MP" after a person is post-nominal
    assert [u.text for u in parse_name("Zorvan Bank of the UAE").units][-1] == "UAE"
    assert [u.text for u in parse_name("Rustam Vaikundam MP").units][-1] == "Vaikundam"


def test_an_acronym_written_as_a_word_is_the_acronym() -> None:
    # "ZORPA" said as a word is written "Zorpa"; it joins the acronym and the full name
    names = ["ZORPA", "Zorpa", "Zorvan Oil Refining Power Authority"]
    assert together(*names)
    assert together("regulator Zorpa", "ZORPA")
    # a word that is no acronym's spelling stays apart, and case alone makes no acronym
    assert not together("Zorpo", "ZORPA")
    assert not together("Zorpa Vaikundam", "ZORPA")  # a person named with the word


def test_south_asian_words_for_a_body_make_an_organisation() -> None:
    # "Andolan" (movement), "Sangh", "Morcha": a body; a lone first word is no first name of it
    assert parse_name("Zorvan Bachao Andolan").org
    assert parse_name("Kestrel Mukti Morcha").org
    assert not together("Zorvan", "Zorvan Bachao Andolan")


def test_bin_has_its_letter_in_an_acronym() -> None:
    # "MBS" for "Mohammed bin Salman" is how news writes it; a hyphenated particle is not
    assert together("TBR", "Tariq bin Rustam")
    assert together("TBRSC", "Tariq bin Rustam Space Centre")
    assert not together("TBR", "Tariq bin Kestrel")


def test_bloc_and_coalition_are_left_out_in_use() -> None:
    # "bloc" in lower case was a trailing descriptor before; as a generic word it still goes
    assert together("Zorvan of Law", "Zorvan of Law Coalition", "Zorvan of Law bloc")
    assert parse_name("Zorvan Kestrel Coalition").generic_free is not None


def test_a_short_word_alone_and_one_with_its_article_are_not_alike() -> None:
    assert not together("Al Ahbam", "Ba'am")
    assert together("Al Kestrela", "Kestrela")  # the same word with and without its article


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        ("Kestrel Brigades", "Izz ad-Din al-Kestrel Brigades", True),  # a head left out
        ("Lantern Conference", "All Parties Lantern Conference", True),
        ("Democratic Party", "Liberal Democratic Party", False),  # words many names hold
        ("Pakistan Front", "Zorvan Pakistan Front", False),  # a place is no name of its own
        ("Kestrel Party", "Yeniden Kestrel Party", False),  # one word left out: a "New" as often
        ("Zorvan Joint List", "Joint Zorvan List", True),  # the same words in another order
        ("Zorvan Joint List", "Joint Kestrel List", False),
    ],
)
def test_an_organisations_last_words_and_its_words_reordered(a: str, b: str, linked: bool) -> None:
    assert together(a, b) is linked


@pytest.mark.parametrize(
    ("word", "body"),
    [
        ("Vaikundair", "Vaikundair Airways"),
        ("Lantrabank", "Lantrabank Bank"),
        ("Zorvex", "Zorvex Technologies"),
    ],
)
def test_an_organisations_own_word_alone(word: str, body: str) -> None:
    # "Rafidain" / "Rafidain Bank", "Etihad" / "Etihad Airways"
    assert together(word, body)


def test_an_organisations_own_word_of_two_bodies_stays_alone() -> None:
    names = ["Zorvex", "Zorvex Airways", "Zorvex Bank"]
    assert cluster_of("Zorvex", names) == {"Zorvex"}
