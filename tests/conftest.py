"""Shared test set-up: one hypothesis profile, and the path to ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "archnorm",
    max_examples=int(os.environ.get("ARCHNORM_HYPOTHESIS_EXAMPLES", "150")),
    deadline=None,  # machines are shared and noisy: no timing in unit tests
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),  # reproducible in CI, exploratory locally
)
settings.load_profile("archnorm")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip: a user's clone has no shared data."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present: the shared dev data sits beside the project checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_page(shared_data: Path) -> bytes:
    path = shared_data / "seed-page.txt"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    return path.read_bytes()
