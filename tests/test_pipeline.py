"""normalize(): end to end on the seed page and the shipped examples, bad input, and properties."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given

import archnorm
from archnorm import NormalizeConfig, Page, normalize, normalize_many
from archnorm.errors import ArchnormError, EmptyInputError, InputError, ResourceLimitError
from archnorm.record import REMOVAL_REASONS, Record
from tests.strategies import any_text, page_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(32)) * 40


def _body_lines_in_order(rec: Record) -> bool:
    lines = rec.text.split("\n")
    pos = 0
    for line in (x for x in rec.body.split("\n") if x):
        try:
            pos = lines.index(line, pos) + 1
        except ValueError:
            return False
    return True


def test_seed_page(seed_page: bytes) -> None:
    rec = normalize(seed_page)
    assert rec.title == "MQM Caught Spying on Pakistan – Offer to UK PM"
    assert rec.author == "Dr Shahid Qureshi"
    assert rec.published == "2022-05-26"
    assert dict(rec.provenance.fields)["published"] == "page-header-date"  # type: ignore[union-attr]
    assert rec.body.startswith("MQM caught spying red-handed")
    # The letter's address block (short lines inside the article) stays.
    for line in ("Permanent address:", "494 Azizaabad Karachi", "10 Downing Street", "London W1"):
        assert line in rec.body.split("\n")
    reasons = {r.text: r.reason for r in rec.removed}
    assert reasons["11.5 C"] == "widget"
    assert reasons["- Advertisment -"] == "advert"
    assert reasons["Most Popular"] == "related-links"
    assert reasons["Recent Comments"] == "comments"
    assert reasons["WP2Social Auto Publish Powered By : XYZScripts.com"] == "footer"
    assert reasons["HomeAll ArticlesMQM Caught Spying on Pakistan - Offer to UK PM"] == "navigation"
    assert "Most Popular" not in rec.body


def test_seed_page_nothing_silently_lost(seed_page: bytes) -> None:
    rec = normalize(seed_page)
    lines = [x for x in rec.text.split("\n") if x]
    kept = set(rec.body.split("\n"))
    removed = {r.text for r in rec.removed}
    assert all(line in kept or line in removed for line in lines)
    for r in rec.removed:
        assert rec.text[r.start : r.end] == r.text


@pytest.mark.parametrize(
    "path", sorted(p for p in EXAMPLES.rglob("*") if p.is_file()), ids=lambda p: p.name
)
def test_examples_have_title_author_date_and_body(path: Path) -> None:
    rec = normalize(path.read_bytes(), format="html" if path.suffix == ".html" else "auto")
    assert rec.ok
    assert rec.title and rec.author and rec.body
    assert len(rec.body) > 200
    assert _body_lines_in_order(rec)
    for phrase in ("Powered by", "Advertisement", "All rights reserved", "Most Popular"):
        assert phrase not in rec.body


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("election-count.txt", "Provincial election count delayed in three districts"),
        ("harbour-strike.txt", "Dock workers end week-long strike at Port Kessing"),
        ("site-valley/page-a.txt", "Allotment waiting list closes after record demand"),
        ("site-valley/page-b.txt", "Swimming pool to close for summer repairs"),
    ],
)
def test_example_titles(name: str, title: str) -> None:
    # The headline is found above a byline/dateline even when the line model kept it in the
    # body, and a tagline above the dateline ("Your town, your news") is not taken for it.
    rec = normalize((EXAMPLES / name).read_bytes())
    assert rec.title == title
    assert title not in rec.body.split("\n")


def test_examples_text_metadata() -> None:
    rec = normalize((EXAMPLES / "harbour-strike.txt").read_bytes())
    assert rec.authors == ("Tomas Lindqvist", "Aisha Rahman")
    assert rec.published == "2024-08-14"
    rec = normalize((EXAMPLES / "river-bridge.txt").read_bytes())
    assert rec.author == "Maria Okonkwo"
    assert rec.published == "2025-03-03"
    assert "Mayor Daniel Rees cut the ribbon" in rec.body


def test_output_is_byte_identical_on_rerun() -> None:
    data = (EXAMPLES / "river-bridge.txt").read_bytes()
    a = json.dumps(normalize(data).to_dict())
    b = json.dumps(normalize(data).to_dict())
    assert a == b


def test_options_hash_changes_with_options() -> None:
    data = (EXAMPLES / "river-bridge.txt").read_bytes()
    a = normalize(data).provenance
    b = normalize(data, config=NormalizeConfig(keep_text=False)).provenance
    assert a is not None and b is not None and a.options_hash != b.options_hash
    assert a.version == archnorm.__version__


# Bad input: each gives a clear error naming the input, or an error record in batch mode.
@pytest.mark.parametrize(
    ("data", "exc", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"   \n\n ", InputError, "no text"),
        (PNG, InputError, "binary"),
    ],
)
def test_bad_input_raises_named_error(data: bytes, exc: type[Exception], words: str) -> None:
    with pytest.raises(exc, match=words) as info:
        normalize(Page(data=data, name="bad-page.bin"))
    assert "bad-page.bin" in str(info.value)
    assert isinstance(info.value, ArchnormError)


def test_oversized_page_is_an_error_record() -> None:
    cfg = NormalizeConfig(max_bytes=1000)
    rec = normalize(Page(data=b"x" * 2000, name="huge.txt"), config=cfg, on_error="record")
    assert rec.error_type == "ResourceLimitError"
    assert "huge.txt" in (rec.error or "") and "max_bytes" in (rec.error or "")
    with pytest.raises(ResourceLimitError):
        normalize(Page(data=b"x" * 2000, name="huge.txt"), config=cfg)


def test_twenty_megabyte_single_line_is_an_error_record_not_a_hang() -> None:
    rec = normalize(Page(data=b"word " * 4_200_000, name="one-line.txt"), on_error="record")
    assert rec.error_type == "ResourceLimitError"
    assert rec.id and "one-line.txt" in (rec.error or "")


def test_invalid_utf8_is_decoded_and_noted() -> None:
    data = "Le ministre a déclaré mardi que la réforme était “nécessaire”.".encode("cp1252")
    rec = normalize(data)
    assert rec.ok and rec.source.encoding == "cp1252"
    assert "déclaré" in rec.text


def test_batch_goes_on_after_bad_pages() -> None:
    pages = [b"", PNG, (EXAMPLES / "river-bridge.txt").read_bytes(), Page(data=b"", error="boom")]
    recs = list(normalize_many(pages))
    assert [r.ok for r in recs] == [False, False, True, False]
    assert all(r.id for r in recs)
    assert (recs[3].error or "").endswith(": boom")


def test_bad_anchor_is_a_config_error() -> None:
    with pytest.raises(archnorm.ConfigError, match="anchor"):
        normalize("some text", anchor="last tuesday")


def test_html_input_is_detected() -> None:
    rec = normalize((EXAMPLES / "html" / "museum-reopening.html").read_bytes())
    assert rec.source.format == "html"
    assert "<p>" not in rec.body and "font-family" not in rec.text
    assert "£11 million" in rec.body


# Properties
@given(any_text)
def test_normalize_never_crashes_on_any_text(text: str) -> None:
    rec = normalize(text, on_error="record")
    assert rec.id
    if rec.ok:
        assert _body_lines_in_order(rec)


@given(page_text)
def test_removals_point_at_the_text_and_have_reasons(text: str) -> None:
    rec = normalize(text, on_error="record")
    for r in rec.removed:
        assert rec.text[r.start : r.end] == r.text
        assert r.reason in REMOVAL_REASONS
    assert _body_lines_in_order(rec)


@given(page_text)
def test_normalizing_the_body_again_keeps_it(text: str) -> None:
    # The line model reads lines in context and a body is a shorter page; the pipeline settles
    # the body to a fixed point (NormalizeConfig.stable_body), so a second run keeps it whole.
    rec = normalize(text, on_error="record")
    if not rec.ok or not rec.body:
        return
    assert normalize(rec.body).body == rec.body


def test_a_clean_article_keeps_its_lines() -> None:
    body = normalize((EXAMPLES / "river-bridge.txt").read_bytes()).body
    assert normalize(body).body == body
    assert normalize(normalize(body).body).body == body


@given(page_text)
def test_record_round_trip_on_real_output(text: str) -> None:
    rec = normalize(text, on_error="record")
    assert Record.from_dict(json.loads(json.dumps(rec.to_dict()))) == rec


def test_keep_text_off_drops_text_only() -> None:
    data = (EXAMPLES / "river-bridge.txt").read_bytes()
    full = normalize(data)
    slim = normalize(data, config=NormalizeConfig(keep_text=False))
    assert slim.text == "" and slim.body == full.body
    assert dataclasses.replace(slim, text=full.text, provenance=full.provenance) == full


def test_names_in_the_record_index_the_body(seed_page: bytes) -> None:
    rec = normalize(seed_page)
    assert rec.names
    for m in rec.names:
        assert rec.body[m.start : m.end] == m.text
    by_text = {m.text: m for m in rec.names}
    assert by_text["Asif Zaradri"].title == "President"
    assert by_text["Altaf Hussain"].kind == "person"
    assert "Saddam Hussein" not in {m.canonical for m in rec.names}


def test_authority_links_names_and_changes_the_options_hash() -> None:
    text = (
        "Opposition leader Yusuf Raza Gillani spoke on Monday in the provincial capital "
        "about the delayed count, and said every vote would be counted in time."
    )
    plain = normalize(text)
    linked = normalize(text, authority=["Yousaf Raza Gilani"])
    assert {m.canonical for m in linked.names} >= {"Yousaf Raza Gilani"}
    assert plain.provenance and linked.provenance
    assert plain.provenance.options_hash != linked.provenance.options_hash


def test_options_hash_follows_the_authority_content_not_the_object() -> None:
    """The per-run hash is cached (the last authority's digest is kept): equal authorities give
    the same hash, a different one a different hash, whatever the call order."""
    from archnorm.names import Authority

    text = "Mayor Ali Khan opened the bridge on Monday and said it was built on time."
    a1 = Authority.from_names(["Ali Khan"])
    a2 = Authority.from_names(["Ali Khan"])
    b = Authority.from_names(["Yousaf Raza Gilani"])
    hashes = [
        (normalize(text, authority=x).provenance or pytest.fail("no provenance")).options_hash
        for x in (a1, b, a1, a2, None, b)
    ]
    assert hashes[0] == hashes[2] == hashes[3]
    assert hashes[1] == hashes[5] != hashes[0]
    assert len(set(hashes)) == 3


def test_stages_can_be_switched_off() -> None:
    rec = normalize(
        (EXAMPLES / "election-count.txt").read_bytes(), config=NormalizeConfig(names=False)
    )
    assert rec.names == () and rec.body


def test_dates_in_the_record_index_the_body_and_use_the_published_date() -> None:
    rec = normalize((EXAMPLES / "election-count.txt").read_bytes())
    assert rec.published == "2023-10-22"
    for d in rec.dates:
        assert rec.body[d.start : d.end] == d.text
    values = {d.text: d.value for d in rec.dates}
    assert values["25 October"] == "2023-10-25"  # year completed from the published date
    assert values["2008"] == "2008"


def test_seed_page_letter_dates(seed_page: bytes) -> None:
    rec = normalize(seed_page)
    assert {d.value for d in rec.dates} >= {"2001-09-23", "2001-09-26"}


def test_html_body_is_a_fixed_point_when_asked() -> None:
    cfg = NormalizeConfig(stable_body="always")
    rec = normalize((EXAMPLES / "html" / "museum-reopening.html").read_bytes(), config=cfg)
    assert rec.body and normalize(rec.body, config=cfg).body == rec.body
