"""The canonical spelling and the kind of a cluster of names (:mod:`archnorm.names.cluster`
builds the clusters)."""

from __future__ import annotations

from collections.abc import Sequence

from archnorm.names.parse import ParsedName
from archnorm.names.scores import similarity
from archnorm.record import NameKind


def canonical_node(
    inputs: list[int], parsed: Sequence[ParsedName], counts: Sequence[int], names: Sequence[str]
) -> int:
    """The most complete, most frequent spelling; ties go to the spelling most like the others
    (the medoid), then to the alphabetically first."""
    if len(inputs) == 1:
        return inputs[0]

    def rank(m: int) -> tuple[bool, int, int]:
        return (parsed[m].weak, -len(parsed[m].units), -counts[m])

    top = min(rank(m) for m in inputs)
    tied = [m for m in inputs if rank(m) == top]
    if len(tied) == 1 or len(tied) * len(inputs) > 5000:
        return min(tied, key=lambda m: names[m])
    joined = [parsed[m].joined for m in inputs]

    def typical(m: int) -> tuple[float, str]:
        own = parsed[m].joined
        return (-sum(similarity(own, j) for j in joined), names[m])

    return min(tied, key=typical)


def cluster_kind(nodes: list[int], parsed: Sequence[ParsedName]) -> NameKind:
    """``org`` when a name is an acronym or has an organisation word, ``person`` when one has a
    title or is person-like, else ``unknown``."""
    person = False
    for m in nodes:
        p = parsed[m]
        if p.acronym is not None or p.org:
            return "org"
        if p.title is not None or p.person_like:
            person = True
    return "person" if person else "unknown"
