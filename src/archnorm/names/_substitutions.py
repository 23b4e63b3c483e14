"""Consonant substitutions that spellings of one name make and the token key does
not absorb (pairs of token-key letters), derived by
``benchmarks/names_substitutions.py`` from the tuned splits of the name cluster
file: each seen between spellings of at least 2 entities and
never between the names of look-alike entities.  Generated; do not edit by hand."""

from __future__ import annotations

CONSONANT_SUBSTITUTIONS: frozenset[tuple[str, str]] = frozenset(
    {
        ("b", "m"),
        ("b", "v"),
        ("c", "s"),
        ("d", "t"),
        ("g", "j"),
        ("g", "k"),
        ("j", "z"),
        ("m", "n"),
        ("s", "t"),
        ("s", "z"),
    }
)
