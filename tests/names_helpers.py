"""Helpers shared by the names tests."""

from __future__ import annotations

from typing import Any

from archnorm import cluster_names


def together(*names: str, **options: Any) -> bool:
    """Do all ``names`` land in one cluster (``options`` go to ``cluster_names``)?"""
    return len(cluster_names(list(names), **options)) == 1


def cluster_of(name: str, names: list[str]) -> set[str]:
    """The members of the cluster that ``name`` lands in when ``names`` are clustered."""
    return next(set(c.members) for c in cluster_names(names) if name in c.members)
