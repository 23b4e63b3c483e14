"""docs/record.schema.json describes what the pipeline really writes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

from archnorm import Page, normalize
from archnorm.record import REMOVAL_REASONS
from tests.strategies import page_text

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _check(record_dict: dict) -> None:  # type: ignore[type-arg]
    VALIDATOR.validate(json.loads(json.dumps(record_dict)))
    for r in record_dict["removed"]:
        assert r["reason"] in REMOVAL_REASONS


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (ROOT / "examples" / "pages").rglob("*") if p.is_file()),
    ids=lambda p: p.name,
)
def test_examples_match_schema(path: Path) -> None:
    _check(normalize(path.read_bytes()).to_dict())


def test_seed_page_and_error_records_match_schema(seed_page: bytes) -> None:
    _check(normalize(seed_page).to_dict())
    _check(normalize(Page(data=b"", name="empty"), on_error="record").to_dict())


@given(page_text)
def test_any_output_matches_schema(text: str) -> None:
    _check(normalize(text, on_error="record").to_dict())


def test_schema_rejects_a_wrong_record() -> None:
    bad = normalize((ROOT / "examples" / "pages" / "river-bridge.txt").read_bytes()).to_dict()
    bad["published"] = "26 May 2022"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(bad)
