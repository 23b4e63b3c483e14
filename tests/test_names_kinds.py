"""Mention kinds: a company or institution suffix makes an organisation, not a person."""

from __future__ import annotations

import archnorm


def test_company_and_institution_words_make_organisations() -> None:
    text = (
        "Jane Roe, founder of Ceres Robotics Inc, spoke at the Vox Media conference; "
        "the Keck Observatory agreed, Example Airlines did not."
    )
    kinds = {m.text: m.kind for m in archnorm.find_names(text)}
    assert kinds["Jane Roe"] == "person"
    assert kinds["Ceres Robotics Inc"] == "org"
    assert kinds["Vox Media"] == "org"
    assert kinds["Keck Observatory"] == "org"
    assert kinds["Example Airlines"] == "org"


def test_shouted_phrases_are_no_names_but_acronyms_stay() -> None:
    text = "THIS TURNED OUT BADLY\n\nBEFORE the vote, the MQM and the WHO met Jane Roe."
    got = {m.text for m in archnorm.find_names(text)}
    assert "THIS TURNED OUT BADLY" not in got
    assert "BEFORE" not in got
    assert {"MQM", "WHO", "Jane Roe"} <= got
