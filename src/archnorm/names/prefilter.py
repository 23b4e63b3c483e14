"""A pre-filter for the name graph: pairs that :func:`archnorm.names.match.compare` would not
link, found without calling it.

Most pairs that share a blocking key are two people whose surnames only look alike to the
blocking (a deletion neighbourhood of a consonant skeleton): at a million mentions two thirds of
the comparisons end at the surname test.  For two *plain* names (given names and a surname, no
organisation word, no place left out) ``compare`` reaches that test directly: its earlier rules
(the same key, the same joined key, the organisations' rules, a country dropped, a compound
joined) do not apply, or are checked here, so when the surnames are less alike than
``MatchConfig.surname`` requires, the answer is None.  This module restates those early exits
of ``compare``: a rule added before the surname test there must be added here too;
``tests/test_names_prefilter.py`` checks that the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from archnorm.names.match import surname_similarity
from archnorm.names.parse import ParsedName
from archnorm.names.scores import MatchConfig, similarity


def plain(p: ParsedName) -> bool:
    """Given names and a surname, no organisation word (the rules for organisations' names come
    before the surname test: an acronym and a place, "A of B", a generic word or a legal form
    left out), no place left out: ``compare`` goes straight to the surname test with such a
    name on both sides, once the compound rule (:func:`joined_alike`) is ruled out."""
    return (
        bool(p.given)
        and not p.org
        and p.generic_free is None
        and not p.legal_form
        and p.unplaced is None
        and p.reordered is None
        and not p.alternates
    )


def joined_alike(a: ParsedName, b: ParsedName, cfg: MatchConfig) -> bool:
    """``compare``'s rule for names of which one has a compound unit and the two have different
    numbers of units ("Fazlur Rehman" / "Fazl-ur-Rehman"): the whole names alike."""
    return (
        len(a.units) != len(b.units)
        and (a.compound or b.compound)
        and max(similarity(a.joined, b.joined), similarity(a.bare, b.bare)) >= cfg.joined
    )


def unlinked(a: ParsedName, b: ParsedName, cfg: MatchConfig) -> bool:
    """Whether ``compare(a, b, cfg)`` is None for a reason found without calling it: two plain
    names with different keys, not alike as compounds, whose surnames are less alike than
    ``cfg.surname``."""
    return (
        plain(a)
        and plain(b)
        and a.key != b.key
        and a.joined != b.joined
        and not joined_alike(a, b, cfg)
        and surname_similarity(a.surname, b.surname) < cfg.surname  # type: ignore[arg-type]
    )


def linkable(
    node: int,
    mates: Iterable[int],
    *,
    parsed: Sequence[ParsedName],
    plains: Sequence[bool],
    names: Sequence[str],
    cfg: MatchConfig,
) -> list[int]:
    """``mates`` without those that ``compare`` would not link to ``node`` (:func:`unlinked`,
    the two names in the order the graph compares them: by their strings); ``plains[i]`` is
    ``plain(parsed[i])``."""
    if not plains[node]:
        return list(mates)
    p = parsed[node]
    name, sur, key, joined, cut = names[node], p.surname, p.key, p.joined, cfg.surname
    compound, size = p.compound, len(p.units)
    out = []
    for other in mates:
        if plains[other]:
            q = parsed[other]
            if (
                (
                    surname_similarity(sur, q.surname)  # type: ignore[arg-type]
                    if name <= names[other]
                    else surname_similarity(q.surname, sur)  # type: ignore[arg-type]
                )
                < cut
                and q.key != key
                and q.joined != joined
                and not (
                    (compound or q.compound) and len(q.units) != size and joined_alike(p, q, cfg)
                )
            ):
                continue
        out.append(other)
    return out
