"""repair: decoding, ftfy repair, whitespace normalisation; idempotence and the ftfy gate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archnorm.errors import EmptyInputError, InputError
from archnorm.repair import decode, repair
from tests.strategies import any_text

PNG_HEADER = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
)


@given(any_text)
def test_repair_never_crashes_and_is_idempotent(text: str) -> None:
    once = repair(text).text
    assert repair(once).text == once
    assert repair(once).changes == ()


@given(any_text)
def test_repaired_text_has_clean_whitespace(text: str) -> None:
    out = repair(text).text
    assert "\r" not in out and "\t" not in out and "  " not in out and "\n\n\n" not in out
    assert all(line == line.strip(" ") for line in out.split("\n"))


# Real words with accents and typographic punctuation; mojibake of arbitrary letter soup such as
# "àâ”“" is ambiguous even to ftfy, so sentences are built from words.
_WORDS = (
    "café", "naïve", "Zürich", "São", "Paulo", "über", "façade", "déjà", "vu", "Ærø", "smörgåsbord",
    "“quoted”", "it’s", "50 €", "–", "—", "señor", "crème", "brûlée", "Québec", "Gdańsk", "Łódź",
    "piñata", "Ångström", "the", "news", "said", "on", "Monday", "Bogotá", "Malmö", "Kraków",
)  # fmt: skip
_latin_words = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)


@given(_latin_words, st.sampled_from(["latin-1", "cp1252"]))
def test_mojibake_is_repaired(text: str, wrong: str) -> None:
    try:
        garbled = text.encode("utf-8").decode(wrong)
    except UnicodeDecodeError:
        return
    fixed = repair(garbled).text
    assert fixed == repair(text).text


def _slow_repair(text: str) -> str:
    """The obviously-right version: ftfy on every line, no gate."""
    import archnorm.repair as mod

    gate = mod._hint_lines
    mod._hint_lines = lambda t: [(0, len(t))] if t else []  # type: ignore[assignment]
    try:
        return repair(text).text
    finally:
        mod._hint_lines = gate


@given(_latin_words, st.sampled_from(["latin-1", "cp1252", "cp1251", "macroman", "cp437"]))
def test_gate_never_hides_a_fix_ftfy_would_make(text: str, wrong: str) -> None:
    """Oracle: the gated repair equals ftfy run everywhere, on generated mojibake."""
    try:
        garbled = text.encode("utf-8").decode(wrong)
    except UnicodeDecodeError:
        return
    assert repair(garbled).text == _slow_repair(garbled)


def test_gate_against_ftfy_on_real_pages(shared_data) -> None:  # type: ignore[no-untyped-def]
    for path in sorted((shared_data / "aeb-dev" / "text").glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        assert repair(text).text == _slow_repair(text), path.name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("caf\u00c3\u00a9 au lait", "café au lait"),
        ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\u009d", "“quoted”"),
        ("AT&amp;amp;T", "AT&T"),
        ("&#8220;hi&#8221;", "“hi”"),
        ("a\u00a0\u00a0b\r\nc\u200bd", "a b\ncd"),
        ("  x  \n\n\n\n y ", "x\n\ny"),
        ("e\u0301", "é"),
    ],
)
def test_repair_examples(raw: str, expected: str) -> None:
    assert repair(raw).text == expected


def test_changes_are_counted() -> None:
    out = repair("a\u00a0b\u00a0c  d\r\ne")
    rules = {c.rule: c.count for c in out.changes}
    assert rules["odd-spaces"] == 2
    assert rules["line-breaks"] == 1
    assert rules["space-runs"] == 1


def test_decode_utf8_bom_and_legacy() -> None:
    assert decode("naïve".encode()).encoding == "utf-8"
    assert decode(b"\xef\xbb\xbfhello").text == "hello"
    assert decode("hello".encode("utf-16")).text == "hello"
    cp = "Le café était très “bon”, naïve remarque sur la crème brûlée.".encode("cp1252")
    out = decode(cp)
    assert out.encoding == "cp1252"
    assert out.text.startswith("Le café")


def test_decode_uses_declared_and_meta_charset() -> None:
    body = "Grüße aus Köln".encode("latin-1")
    assert decode(body, declared="iso-8859-1").text == "Grüße aus Köln"
    page = (
        b'<html><head><meta charset="windows-1252"></head><body>'
        + "Caf\u00e9 \u201cx\u201d".encode("cp1252")
    )
    assert "Café “x”" in decode(page).text


def test_decode_rejects_empty_and_binary_with_the_name() -> None:
    with pytest.raises(EmptyInputError, match=r"page\.txt"):
        decode(b"", name="page.txt")
    with pytest.raises(InputError, match=r"image\.png.*binary"):
        decode(PNG_HEADER * 20, name="image.png")


@given(st.binary(max_size=300))
def test_decode_any_bytes_gives_text_or_a_clear_error(data: bytes) -> None:
    try:
        out = decode(data, name="x")
    except InputError as exc:
        assert "x:" in str(exc)
    else:
        assert isinstance(out.text, str)


def test_space_rules_that_expose_mojibake_get_another_pass() -> None:
    # the no-break space hid "À®" from ftfy at the line start; once it is stripped, the next
    # pass must fix what a second repair() would (idempotence)
    once = repair("\xa0À®0").text
    assert repair(once).text == once
