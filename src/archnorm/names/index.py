"""An incremental corpus index of names, for two-pass pipelines.

Pass one: ``index.add(names)`` page by page (only new distinct names are compared, and only with
their block mates).  Ship the index to workers (it pickles, or goes through ``to_json``).  Pass
two: ``relink(mentions, index)`` rewrites each mention's canonical form, score and reason from the
corpus-wide clusters.  ``resolve(name)`` also answers for names never added, by matching them
against the index without changing it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from archnorm.errors import ConfigError
from archnorm.names.authority import Authority, as_authority
from archnorm.names.cluster import NameGraph
from archnorm.names.parse import parse_name
from archnorm.names.scores import Match, MatchConfig
from archnorm.record import NameCluster, NameKind, NameMention

_FORMAT = "archnorm.names.index/1"


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where a name resolves to: the cluster's canonical form, kind and authority id, and the
    rule and score that link the name to it."""

    member: str
    canonical: str
    rule: str
    score: float
    kind: NameKind = "unknown"
    authority_id: str | None = None


class NameIndex:
    """Names of a corpus, clustered incrementally.

    >>> idx = NameIndex()
    >>> idx.add(["Asif Ali Zardari", "Asif Zaradri", "Bilawal Bhutto Zardari"])
    >>> idx.resolve("Asif Zardari").canonical
    'Asif Ali Zardari'
    """

    def __init__(
        self,
        authority: Authority | str | Path | Iterable[str] | None = None,
        *,
        config: MatchConfig | None = None,
    ) -> None:
        self._graph = NameGraph(as_authority(authority), config)

    @property
    def authority(self) -> Authority | None:
        return self._graph.authority

    def __len__(self) -> int:
        return sum(1 for c in self._graph.counts if c > 0)

    def add(self, names: Iterable[str]) -> None:
        """Add name strings (repeats count towards the canonical choice)."""
        self._graph.add(names)

    def clusters(self) -> list[NameCluster]:
        """The clusters of every name added so far (computed once per batch of additions)."""
        return list(self._graph.cluster().clusters)

    def resolve(self, name: str) -> Resolution | None:
        """The cluster a name belongs to, or would join; None when it matches nothing."""
        graph = self._graph
        result = graph.cluster()
        node = graph.ids.get(name)
        if node is not None and node in result.assign:
            cluster = result.clusters[result.assign[node]]
            link = next((x for x in cluster.links if x.member == name), None)
            rule, score = (link.rule, link.score) if link else ("canonical", 1.0)
            return Resolution(
                name, cluster.canonical, rule, score, cluster.kind, cluster.authority_id
            )
        parsed = parse_name(name)
        if not parsed.units:
            return None
        if node is not None:  # an authority name never added as input
            found = [(node, Match("authority", 1.0))]
        elif parsed.weak:
            found = graph.weak_candidates(parsed)
        else:
            found = graph.full_candidates(parsed)
        best: dict[int, tuple[float, str]] = {}
        for other, m in found:
            pos = result.assign.get(other)
            if pos is None:
                pos = self._anchor_cluster(other)
            if pos is None:
                continue
            if pos not in best or m.score > best[pos][0]:
                best[pos] = (m.score, m.rule)
        if not best or (parsed.weak and len(best) > 1):
            return None
        pos = max(best, key=lambda p: (best[p][0], -p))
        score, rule = best[pos]
        if pos < 0:
            return self._authority_resolution(name, -pos - 1, rule, score)
        cluster = result.clusters[pos]
        return Resolution(name, cluster.canonical, rule, score, cluster.kind, cluster.authority_id)

    def _anchor_cluster(self, node: int) -> int | None:
        """For an authority name with no input in its cluster: a negative code for its entity."""
        ent_id = self._graph.entity.get(node)
        auth = self._graph.authority
        if ent_id is None or auth is None:
            return None
        for i, ent in enumerate(auth.entities):
            if ent.id == ent_id:
                return -i - 1
        return None

    def _authority_resolution(self, name: str, i: int, rule: str, score: float) -> Resolution:
        assert self._graph.authority is not None
        ent = self._graph.authority.entities[i]
        return Resolution(name, ent.canonical, "authority-" + rule, score, ent.kind, ent.id)

    # -- persistence --------------------------------------------------------------------------
    def to_json(self) -> str:
        """The index as JSON: authority, names with counts, and the matcher settings."""
        g = self._graph
        data: dict[str, Any] = {
            "format": _FORMAT,
            "config": _config_dict(g.config),
            "authority": g.authority.to_dict() if g.authority is not None else None,
            "names": [[n, c] for n, c in zip(g.names, g.counts, strict=True) if c > 0],
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> NameIndex:
        """Rebuild an index from :meth:`to_json` output."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"name index: not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            raise ConfigError(f"name index: expected format {_FORMAT!r}")
        auth = Authority.from_dict(data["authority"]) if data.get("authority") else None
        idx = cls(auth, config=MatchConfig(**data.get("config", {})))
        for name, count in data.get("names", ()):
            idx._graph.add([str(name)] * int(count))
        return idx

    def save(self, path: str | Path) -> None:
        """Write :meth:`to_json` to a file."""
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> NameIndex:
        """Read an index written by :meth:`save`."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"cannot read name index: {exc}", input_id=str(path)) from exc
        return cls.from_json(text)


def _config_dict(cfg: MatchConfig) -> dict[str, float]:
    return {f: getattr(cfg, f) for f in cfg.__dataclass_fields__}


def relink(mentions: Sequence[NameMention], index: NameIndex) -> tuple[NameMention, ...]:
    """Mentions with canonical, score, reason (and an unknown kind) taken from the index.

    A mention the index cannot resolve is returned unchanged.
    """
    out = []
    for m in mentions:
        res = index.resolve(m.text)
        if res is None:
            out.append(m)
            continue
        kind = res.kind if res.kind != "unknown" else m.kind
        out.append(replace(m, canonical=res.canonical, score=res.score, reason=res.rule, kind=kind))
    return tuple(out)
