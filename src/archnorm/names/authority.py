"""The name authority: known entities (id, canonical name, kind, aliases) and curator overrides
(must-link and cannot-link pairs) that win over the matcher.

Files:

* JSON: ``{"entities": [{"id": "Q1", "canonical": "Asif Ali Zardari", "kind": "person",
  "aliases": ["Zardari"]}], "must_link": [["A", "B"]], "cannot_link": [["A", "B"]]}``.
  A bare list of entities is accepted too.
* CSV with a header: ``id,canonical,kind,aliases,cannot_link`` (only ``canonical`` is required);
  ``aliases`` and ``cannot_link`` hold names separated by ``|``.  A row whose ``kind`` is
  ``must-link`` or ``cannot-link`` gives a pair instead: its ``canonical`` and ``aliases`` columns.

An entity's aliases are must-linked to its canonical name; two entities are never merged.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from archnorm.errors import ConfigError
from archnorm.record import NameKind

_KINDS = frozenset({"person", "org", "unknown"})


@dataclass(frozen=True, slots=True)
class Entity:
    """One known entity."""

    id: str
    canonical: str
    kind: NameKind = "unknown"
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "canonical": self.canonical,
            "kind": self.kind,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True, slots=True)
class Authority:
    """Known entities plus must-link and cannot-link name pairs."""

    entities: tuple[Entity, ...] = ()
    must_link: tuple[tuple[str, str], ...] = ()
    cannot_link: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        ids = [e.id for e in self.entities]
        if len(set(ids)) != len(ids):
            dup = sorted({i for i in ids if ids.count(i) > 1})
            raise ConfigError(f"authority: duplicate entity id(s) {dup}; ids must be unique")
        must = {frozenset(p) for p in self.must_link}
        both = [tuple(sorted(p)) for p in self.cannot_link if frozenset(p) in must]
        if both:
            raise ConfigError(
                f"authority: pair(s) {both} are both must-link and cannot-link; remove one"
            )

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Authority:
        """An authority of bare canonical names (ids are their positions)."""
        ents = tuple(
            Entity(id=f"A{i}", canonical=n) for i, n in enumerate(dict.fromkeys(names)) if n.strip()
        )
        return cls(entities=ents)

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "authority") -> Authority:
        """Build from JSON-like data (a mapping with ``entities`` or a bare list of entities)."""
        if isinstance(data, list):
            data = {"entities": data}
        if not isinstance(data, Mapping):
            raise ConfigError(
                f"{source}: expected an object with 'entities' or a list, got {type(data).__name__}"
            )
        ents: list[Entity] = []
        for i, item in enumerate(data.get("entities", ())):
            raw = {"canonical": item} if isinstance(item, str) else item
            if not isinstance(raw, Mapping) or not str(raw.get("canonical", "")).strip():
                raise ConfigError(f"{source}: entity #{i} has no 'canonical' name: {raw!r}")
            kind = str(raw.get("kind") or "unknown")
            if kind not in _KINDS:
                raise ConfigError(
                    f"{source}: entity #{i} kind {kind!r} is not one of {sorted(_KINDS)}"
                )
            aliases = raw.get("aliases") or ()
            if isinstance(aliases, str):
                aliases = [a for a in aliases.split("|") if a.strip()]
            ents.append(
                Entity(
                    id=str(raw.get("id") or f"A{i}"),
                    canonical=str(raw["canonical"]),
                    kind=cast(NameKind, kind),
                    aliases=tuple(str(a).strip() for a in aliases),
                )
            )
        return cls(
            entities=tuple(ents),
            must_link=_pairs(data.get("must_link"), source),
            cannot_link=_pairs(data.get("cannot_link"), source),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": [e.to_dict() for e in self.entities],
            "must_link": [list(p) for p in self.must_link],
            "cannot_link": [list(p) for p in self.cannot_link],
        }

    @classmethod
    def load(cls, path: str | Path) -> Authority:
        """Read a JSON or CSV authority file (by extension; ``.json`` else CSV)."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ConfigError(f"cannot read authority file: {exc}", input_id=str(p)) from exc
        if p.suffix.lower() == ".json":
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ConfigError(
                    f"authority file is not valid JSON: {exc}", input_id=str(p)
                ) from exc
            return cls.from_dict(data, source=str(p))
        return cls._from_csv(text, str(p))

    @classmethod
    def _from_csv(cls, text: str, source: str) -> Authority:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "canonical" not in reader.fieldnames:
            raise ConfigError(
                f"{source}: CSV needs a header with a 'canonical' column, got {reader.fieldnames}"
            )
        ents: list[dict[str, Any]] = []
        must: list[list[str]] = []
        cannot: list[list[str]] = []
        for line, row in enumerate(reader, start=2):
            kind = (row.get("kind") or "").strip().lower()
            name = (row.get("canonical") or "").strip()
            if kind in ("must-link", "cannot-link"):
                other = (row.get("aliases") or "").strip()
                if not name or not other:
                    raise ConfigError(f"{source} line {line}: a {kind} row needs two names")
                (must if kind == "must-link" else cannot).append([name, other])
                continue
            if not name:
                raise ConfigError(f"{source} line {line}: empty 'canonical'")
            ent = {
                "id": (row.get("id") or "").strip() or f"L{line}",
                "canonical": name,
                "kind": kind or "unknown",
                "aliases": row.get("aliases") or "",
            }
            ents.append(ent)
            cannot.extend(
                [name, c.strip()] for c in (row.get("cannot_link") or "").split("|") if c.strip()
            )
        return cls.from_dict(
            {"entities": ents, "must_link": must, "cannot_link": cannot}, source=source
        )


def _pairs(raw: Any, source: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for item in raw or ():
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            raise ConfigError(f"{source}: a link pair must be two names, got {item!r}")
        out.append((str(item[0]), str(item[1])))
    return tuple(out)


def as_authority(value: Authority | str | Path | Iterable[str] | None) -> Authority | None:
    """Accept an Authority, a path to a CSV/JSON file, or an iterable of canonical names."""
    if value is None or isinstance(value, Authority):
        return value
    if isinstance(value, (str, Path)):
        return Authority.load(value)
    return Authority.from_names(value)
