"""The names stage: find person and organisation mentions, link spelling variants to one
canonical form, keep look-alikes apart, at corpus scale.

Modules: ``mentions`` (spans in text, titles split off), ``keys`` (folding, transliteration key,
blocking skeleton, units), ``parse`` (reading a whole name), ``match`` (pairwise guards and
scores), ``cluster`` (clustering, canonical choice), ``blocking`` (blocking keys and blocks),
``authority`` (known entities and curator overrides), ``index`` (incremental corpus index and
relinking), ``_tables`` (word lists and rules).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from archnorm.names import cluster as _cluster
from archnorm.names import mentions as _mentions
from archnorm.names.authority import Authority, Entity, as_authority
from archnorm.names.index import NameIndex, Resolution, relink
from archnorm.names.keys import token_key
from archnorm.names.parse import clear_caches, parse_name
from archnorm.names.scores import MatchConfig
from archnorm.record import NameCluster, NameMention

AuthorityLike = Authority | str | Path | Iterable[str] | None


def cluster_names(
    names: Iterable[str],
    *,
    authority: AuthorityLike = None,
    config: MatchConfig | None = None,
) -> list[NameCluster]:
    """Group name strings that refer to one entity; every input name is in exactly one cluster.

    ``authority`` is an :class:`Authority`, a path to a CSV/JSON authority file, or an iterable of
    canonical names.  Each cluster's canonical form is the authority's when linked, else the most
    complete, most frequent spelling; ``links`` say which rule joined each member, with a score.

    >>> [c.canonical for c in cluster_names(["Asif Zaradri", "Asif Ali Zardari"])]
    ['Asif Ali Zardari']
    """
    return _cluster.cluster_names(names, authority=as_authority(authority), config=config)


def find_names(text: str, *, authority: AuthorityLike = None) -> list[NameMention]:
    """Person and organisation mentions in ``text`` with canonical forms (``text[m.start:m.end]
    == m.text``; titles and honorifics are in ``m.title``, outside the span)."""
    return _mentions.find_names(text, authority=as_authority(authority))


__all__ = [
    "Authority",
    "AuthorityLike",
    "Entity",
    "MatchConfig",
    "NameIndex",
    "Resolution",
    "clear_caches",
    "cluster_names",
    "find_names",
    "parse_name",
    "relink",
    "token_key",
]
