"""The outcome of comparing two names (:class:`Match`, a rule and a score), the matcher's
thresholds (:class:`MatchConfig`) and the similarity of two keys that every rule scores with."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import Indel

CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class MatchConfig:
    """Thresholds of the matcher (similarities are normalised Indel ratios of token keys).

    surname: least similarity of surname keys; given: least similarity of a given-name pair;
    joined: least similarity of the whole names written without spaces, when the two names
    split into units differently ("Fazlur Rehman" / "Fazl-ur-Rehman"); accept: least overall
    score; middle_penalty / head_penalty / initial_score: what a missing middle name, a dropped
    compound head and an initial cost.
    """

    surname: float = 0.8
    given: float = 0.8
    joined: float = 0.9
    accept: float = 0.8
    middle_penalty: float = 0.97
    head_penalty: float = 0.95
    initial_score: float = 0.9


DEFAULT_CONFIG = MatchConfig()


@dataclass(frozen=True, slots=True)
class Match:
    """The outcome of comparing two names: ``rule`` says why, ``score`` how sure (0..1).

    ``rule == "conflict"`` (score 0) means the surnames agree but the given names do not: the two
    are different people and must not be linked through others either.
    """

    rule: str
    score: float


def similarity(a: str, b: str) -> float:
    """Normalised Indel similarity of two keys (1.0 = equal)."""
    if a == b:
        return 1.0
    return float(Indel.normalized_similarity(a, b))
