"""Example tests for finding names in text (synthetic sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archnorm import Authority, find_names
from archnorm.record import NameMention

TEXT = (
    "Opposition parties met on Monday. President Asif Ali Zardari chaired the session, and "
    "Prime Minister Yousaf Raza Gilani spoke after him. Later, Mr Zardari said the Muttahida "
    "Qaumi Movement (MQM) would stay in the coalition. Interior Minister Rehman Malik and "
    "Maulana Fazlur Rehman did not attend.\n"
    "Questions remain. Dr Zulfiqar Mirza, who had clashed with the MQM, left early; Mr Mirza "
    "later told reporters that Osama bin Laden's network was not discussed."
)


def by_text(mentions: list[NameMention]) -> dict[str, NameMention]:
    return {m.text: m for m in mentions}


def test_spans_titles_and_canonicals() -> None:
    found = find_names(TEXT)
    for m in found:
        assert TEXT[m.start : m.end] == m.text
    got = by_text(found)
    assert got["Asif Ali Zardari"].title == "President"
    assert got["Yousaf Raza Gilani"].title == "Prime Minister"
    assert got["Rehman Malik"].title == "Interior Minister"
    assert got["Fazlur Rehman"].title == "Maulana"
    assert got["Zulfiqar Mirza"].title == "Dr"
    # titled surname-only mentions link to the fuller name given earlier
    assert got["Zardari"].canonical == "Asif Ali Zardari"
    assert got["Zardari"].reason == "surname-only"
    assert got["Mirza"].canonical == "Zulfiqar Mirza"
    # look-alikes in one text stay apart
    assert got["Rehman Malik"].canonical != got["Fazlur Rehman"].canonical
    # acronyms are organisations, linked to the expansion in the text
    assert got["MQM"].kind == "org"
    assert got["MQM"].canonical == "Muttahida Qaumi Movement"
    assert got["Osama bin Laden"].kind == "person"


def test_sentence_initial_words_are_not_names() -> None:
    texts = {m.text for m in find_names(TEXT)}
    assert not {"Opposition", "Questions", "Later", "Monday", "Interior Minister"} & texts
    assert not any(t.startswith(("Questions", "Later")) for t in texts)


def test_lone_capitalised_words_need_a_fuller_name() -> None:
    text = (
        "Karachi was calm. Pakistan and India talked. Later Ahmed Raza Kasuri arrived; "
        "Kasuri spoke."
    )
    got = by_text(find_names(text))
    assert "Karachi" not in got and "Pakistan" not in got
    assert got["Kasuri"].canonical == "Ahmed Raza Kasuri"


def test_title_alone_and_office_of_are_not_names() -> None:
    text = "The President of Pakistan met the Prime Minister, and General spoke."
    assert find_names(text) == []


def test_possessive_and_post_nominals_cut() -> None:
    text = "It was Altaf Hussain’s letter to Rt. Hon. Tony Blair MP that mattered."
    got = by_text(find_names(text))
    assert "Altaf Hussain" in got
    assert got["Tony Blair"].title == "Rt. Hon."


def test_authority_links_acronym_alone() -> None:
    auth = Authority.from_dict(
        {
            "entities": [
                {
                    "id": "ppp",
                    "canonical": "Pakistan Peoples Party",
                    "kind": "org",
                    "aliases": ["PPP"],
                }
            ]
        }
    )
    [m] = find_names("Leaders of the PPP met today.", authority=auth)
    assert (m.text, m.canonical, m.kind) == ("PPP", "Pakistan Peoples Party", "org")


def test_empty_and_nameless() -> None:
    assert find_names("") == []
    assert find_names("all lowercase text with no names at all.") == []


@pytest.mark.shared
def test_seed_page(shared_data: Path) -> None:
    text = (shared_data / "seed-page.txt").read_text(encoding="utf-8")
    found = find_names(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    got = by_text(found)
    assert got["Asif Zaradri"].title == "President"
    assert got["Yousaf Raza Gilliani"].title == "Prime Minister"
    assert got["Mirza"].canonical in {"Zulifqar Mirza", "Zulfiqar Mirza"}
    assert got["MQM"].kind == "org"
    assert all(m.kind != "person" for m in found if m.text in {"Downing Street", "United Kingdom"})


def test_place_phrases_are_not_people() -> None:
    text = (
        "The office moved to 12 Gulshanabad Lahore last year. Later it moved to Model Colony "
        "Karachi. Farooq Sattar Malik visited Jacobabad Sindh."
    )
    got = by_text(find_names(text))
    assert got["Gulshanabad Lahore"].kind != "person"
    assert got["Model Colony Karachi"].kind != "person"
    assert got["Farooq Sattar Malik"].kind == "person"


def test_postcode_letters_are_not_names() -> None:
    text = "Write to 9 Elm Road, Leeds LS1 2AB or Camden NW1 4RY."
    assert not any(m.text.endswith((" LS", " NW")) for m in find_names(text))


def test_lone_surname_before_the_full_name_and_reported_speaker() -> None:
    text = (
        "Gilani Says the Budget Will Pass\n"
        "Prime Minister Yousaf Raza Gilani chaired the meeting. Karachi said nothing and "
        "Pakistan said it would respond, Reuters said. Musharraf said he would return; "
        "Kasuri told reporters the same. Indians said little."
    )
    got = by_text(find_names(text))
    assert got["Gilani"].canonical == "Yousaf Raza Gilani"
    assert got["Musharraf"].kind == "person"
    assert got["Kasuri"].kind == "person"
    assert not {"Karachi", "Pakistan", "Reuters", "Indians"} & set(got)


def test_acronym_led_names_are_organisations() -> None:
    text = "The MQM-Haqiqi split from the party; BBC Urdu reported it. AQ Khan was not there."
    got = by_text(find_names(text))
    assert got["MQM-Haqiqi"].kind == "org"
    assert got["BBC Urdu"].kind == "org"
    assert got["AQ Khan"].kind != "org"  # two capitals are initials


def test_streets_and_squares_are_not_names() -> None:
    # synthetic sentences: an address is a place, not a person or an organisation
    found = [m.text for m in find_names("Marchers left Karamat Road for Qadri Square at noon.")]
    assert found == []
    text = "Nadia Lane of the Road Users Association spoke on Harbour Street."
    assert [m.text for m in find_names(text)] == ["Nadia Lane", "Road Users Association"]


def test_an_izafat_epithet_is_the_mentions_title() -> None:
    # "Sher-e-Kashmir Sheikh Abdullah": the hyphened izafat keeps the epithet in the run,
    # and the epithet is the title of the name after it
    got = [
        (m.text, m.title) for m in find_names("Sher-e-Vaikund Tariq Lantrani spoke at the rally.")
    ]
    assert got == [("Tariq Lantrani", "Sher e Vaikund")]
    got = [m.text for m in find_names("Members of Tehreek-e-Lantra Vaikund met on Friday.")]
    assert "Tehreek-e-Lantra Vaikund" in got


def test_a_spaced_e_between_names_is_and() -> None:
    # Italian and Portuguese "e": two people, not one span
    got = [m.text for m in find_names("They met Reginaldo Vaikundes e Gabriel Lantrelo on Friday.")]
    assert "Reginaldo Vaikundes" in got and "Gabriel Lantrelo" in got
