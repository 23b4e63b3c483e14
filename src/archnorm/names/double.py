"""Double surnames: a two-word name that is a person's hyphenated surname written alone.

Iranian and some Arab surnames are two words, written with a hyphen or a space ("Mohseni-Ejei",
"Hashemi Rafsanjani", "Bagheri Kani"); news then names the person by the two words alone.  Two
words alone are a given name and a surname as often ("Nawaz Sharif" is not "Maryam Nawaz
Sharif"), so the reading needs evidence: the hyphen, in the short name itself or in a fuller name
whose last two words they are.  The short name then joins the one cluster with a fuller name
that ends in those two words, and none when two do (a father and a son).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from archnorm.names.keys import skeleton
from archnorm.names.match import surname_similarity
from archnorm.names.parse import ParsedName
from archnorm.names.scores import DEFAULT_CONFIG, MatchConfig


def double_surname_pairs(
    flagged: Sequence[int],
    parsed: Sequence[ParsedName],
    surnames: Mapping[str, Sequence[int]],
    cfg: MatchConfig = DEFAULT_CONFIG,
) -> dict[int, set[int]]:
    """For each two-word name that may be a double surname written alone, the fuller names
    (three units or more, person-like) that end in its two words.

    ``flagged`` are the names written with a hyphen between their last two words; ``surnames``
    indexes names with given names by their surname's skeleton (and its one-letter
    deletions; names with the key of one already indexed are not).  A short name counts when it
    is flagged itself, or when a flagged fuller name ends in its two words."""
    out: dict[int, set[int]] = {}
    seen: set[int] = set()
    for node in flagged:
        p = parsed[node]
        if len(p.units) == 2 and not p.weak and p.acronym is None:
            shorts = [node]
        elif len(p.units) >= 3 and p.person_like:
            shorts = [
                s for s in _pool(p, surnames) if _is_short(parsed[s]) and _ends(p, parsed[s], cfg)
            ]
        else:
            continue
        for s in shorts:
            if s in seen:
                continue
            seen.add(s)
            short = parsed[s]
            longs = {
                f
                for f in _pool(short, surnames)
                if len(parsed[f].units) >= 3
                and parsed[f].person_like
                and _ends(parsed[f], short, cfg)
            }
            out[s] = longs  # the hyphen, in it or in a fuller name it ends, is the evidence
    return out


def _pool(p: ParsedName, surnames: Mapping[str, Sequence[int]]) -> Sequence[int]:
    assert p.surname is not None
    return surnames.get(skeleton(p.surname.core), ())


def _is_short(p: ParsedName) -> bool:
    return len(p.units) == 2 and not p.weak and p.acronym is None


def _ends(long_: ParsedName, short: ParsedName, cfg: MatchConfig) -> bool:
    """``long_``'s last two units are ``short``'s two."""
    return all(
        surname_similarity(x, y) >= cfg.surname
        for x, y in zip(long_.units[-2:], short.units, strict=True)
    )


@dataclass(frozen=True, slots=True)
class JoinOps:
    """The clusterer's union-find: ``find`` a root, whether two roots are ``allowed`` to
    join (no conflict, no cannot-link), ``union`` two roots; ``names`` orders nodes."""

    find: Callable[[int], int]
    allowed: Callable[[int, int], bool]
    union: Callable[[int, int], None]
    names: Sequence[str]


def join_double_surnames(
    pairs: Mapping[int, set[int]],
    parsed: Sequence[ParsedName],
    groups: Mapping[int, Sequence[int]],
    ops: JoinOps,
) -> list[tuple[float, str, int, int]]:
    """Join each short name of ``pairs`` to the one cluster its fuller names are in, when its
    own cluster holds no longer name (it already belongs to a person) and exactly one cluster
    fits; the links made, as edges."""
    find, names = ops.find, ops.names
    eligible = [
        s
        for s in sorted(pairs, key=lambda s: names[s])
        if all(len(parsed[m].units) <= 2 for m in groups.get(find(s), (s,)))
    ]
    made = []
    for s in eligible:
        rs = find(s)
        options = {find(f) for f in pairs[s]} - {rs}
        if len(options) != 1:
            continue
        target = options.pop()
        if ops.allowed(rs, target):
            f = min((f for f in pairs[s] if find(f) == target), key=lambda f: names[f])
            ops.union(target, rs)
            made.append((0.85, "double-surname", f, s))
    return made
