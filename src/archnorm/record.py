"""The output types: one `Record` per page, and the mentions and provenance it carries.

Everything here is a frozen, slotted dataclass holding JSON-ready values only (str, int, float,
bool, None, tuples of those or of other record types).  ``to_dict()`` gives plain JSON data;
``from_dict()`` builds the same object back, so ``X.from_dict(x.to_dict()) == x``.

Spans (``start``/``end``) are character offsets into the text named in each type's docstring.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args

Precision = Literal["day", "month", "year", "decade"]
"""How much of a date a mention gives: "2001-09-23", "2001-09", "2001", "1990s"."""

NameKind = Literal["person", "org", "unknown"]

RemovalReason = Literal[
    "navigation",
    "breadcrumb",
    "advert",
    "widget",
    "footer",
    "related-links",
    "comments",
    "share",
    "cookie-notice",
    "copyright",
    "newsletter",
    "repeated-on-site",
    "short-line",
    "no-sentence",
    "link-list",
    "title",
    "title-repeat",
    "byline",
    "dateline",
    "boilerplate",
    "empty",
]
"""Why a block of text was left out of the body. Metadata lines (byline, dateline, title repeat)
are removed from the body but their content lives on in the record's metadata fields."""

REMOVAL_REASONS: frozenset[str] = frozenset(get_args(RemovalReason))

SourceFormat = Literal["text", "markdown", "html", "unknown"]

_T = TypeVar("_T")


def _tupled(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


_F = TypeVar("_F", bound="_Flat")


class _Flat:
    """Base of the record types whose fields are JSON values or tuples of such types:
    ``to_dict`` / ``from_dict`` by field name (unknown fields rejected)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls: type[_F], data: Mapping[str, Any]) -> _F:
        return cls(**_fields_of(cls, data))


@dataclass(frozen=True, slots=True)
class DateMention(_Flat):
    """A date expression found in a text; ``text == source[start:end]``.

    ``value`` is ISO at the given precision ("2001-09-23", "2001-09", "2001") or a decade ("1990s").
    ``relative`` is true when the value was resolved against an anchor ("yesterday", "on Tuesday",
    "March 7" without a year).  ``time`` is "HH:MM" (with ":SS" and a UTC offset when given).
    """

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    relative: bool = False
    time: str | None = None


@dataclass(frozen=True, slots=True)
class NameMention(_Flat):
    """A person or organisation name in the body; ``text == body[start:end]``.

    ``title`` holds an honorific or office split off the name ("President", "Dr"), and is not part
    of ``text``.  ``canonical`` is the cluster's canonical form, ``score`` how sure the link is
    (1.0 for an exact or authority match), ``reason`` which rule linked it.
    """

    start: int
    end: int
    text: str
    canonical: str
    kind: NameKind = "unknown"
    score: float = 1.0
    title: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class NameLink(_Flat):
    """Why ``member`` joined a cluster: the rule and its similarity score."""

    member: str
    rule: str
    score: float


@dataclass(frozen=True, slots=True)
class NameCluster(_Flat):
    """One entity: its canonical form and every spelling seen for it."""

    canonical: str
    members: tuple[str, ...]
    kind: NameKind = "unknown"
    links: tuple[NameLink, ...] = ()
    authority_id: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NameCluster:
        values = _fields_of(cls, data)
        values["links"] = tuple(NameLink.from_dict(x) for x in values.get("links", ()))
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Removal(_Flat):
    """A span of the repaired text left out of the body, and why.

    ``text == record.text[start:end]``.  ``stage`` is the module that decided ("boilerplate",
    "sites", "meta", "html"); ``rule`` names the rule inside it.
    """

    start: int
    end: int
    text: str
    reason: RemovalReason
    stage: str = "boilerplate"
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Change(_Flat):
    """A counted rewrite made by a stage (e.g. repair fixed 3 mojibake sequences)."""

    stage: str
    rule: str
    count: int


@dataclass(frozen=True, slots=True)
class Source(_Flat):
    """What came in: format, how the bytes were decoded, and where they came from."""

    format: SourceFormat = "unknown"
    encoding: str | None = None
    size: int = 0
    name: str | None = None
    warc_record_id: str | None = None
    warc_date: str | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    """How the record was made: library version, a hash of the options, and where each metadata
    field came from (``fields`` pairs a field name with its source, e.g. ("title", "og:title")).
    No wall-clock time: re-running gives byte-identical output."""

    version: str
    options_hash: str
    fields: tuple[tuple[str, str], ...] = ()
    changes: tuple[Change, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "options_hash": self.options_hash,
            "fields": [list(pair) for pair in self.fields],
            "changes": [c.to_dict() for c in self.changes],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Provenance:
        return cls(
            version=data["version"],
            options_hash=data["options_hash"],
            fields=tuple((str(a), str(b)) for a, b in data.get("fields", ())),
            changes=tuple(Change.from_dict(c) for c in data.get("changes", ())),
        )


@dataclass(frozen=True, slots=True)
class Record:
    """One normalised page.

    ``text`` is the whole page after repair (for HTML, its visible text in blocks); ``body`` is the
    article, made of whole lines of ``text`` in their order.  ``removed`` spans index ``text``;
    ``dates`` and ``names`` spans index ``body``.  A page that could not be processed gives a record
    with ``error`` set (and ``error_type``), empty text, and its id, so a batch never loses it.
    """

    id: str
    url: str | None = None
    source: Source = field(default_factory=Source)
    title: str | None = None
    author: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    body: str = ""
    text: str = ""
    dates: tuple[DateMention, ...] = ()
    names: tuple[NameMention, ...] = ()
    removed: tuple[Removal, ...] = ()
    provenance: Provenance | None = None
    error: str | None = None
    error_type: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source.to_dict(),
            "title": self.title,
            "author": self.author,
            "authors": list(self.authors),
            "published": self.published,
            "body": self.body,
            "text": self.text,
            "dates": [d.to_dict() for d in self.dates],
            "names": [n.to_dict() for n in self.names],
            "removed": [r.to_dict() for r in self.removed],
            "provenance": None if self.provenance is None else self.provenance.to_dict(),
            "error": self.error,
            "error_type": self.error_type,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Record:
        prov = data.get("provenance")
        return cls(
            id=data["id"],
            url=data.get("url"),
            source=Source.from_dict(data.get("source") or {}),
            title=data.get("title"),
            author=data.get("author"),
            authors=tuple(data.get("authors") or ()),
            published=data.get("published"),
            body=data.get("body", ""),
            text=data.get("text", ""),
            dates=tuple(DateMention.from_dict(d) for d in data.get("dates") or ()),
            names=tuple(NameMention.from_dict(n) for n in data.get("names") or ()),
            removed=tuple(Removal.from_dict(r) for r in data.get("removed") or ()),
            provenance=None if prov is None else Provenance.from_dict(prov),
            error=data.get("error"),
            error_type=data.get("error_type"),
        )


def record_id(data: bytes | str, url: str | None = None, capture: str | None = None) -> str:
    """A stable id: sha1 of the URL when there is one, else of the source bytes (first 16 hex).

    ``capture`` (a WARC record id) tells captures of one URL apart, so that two crawls of a page
    in one archive are two records, not one.
    """
    if url:
        key = b"url:" + url.encode("utf-8", "surrogatepass")
        if capture:
            key += b"@" + capture.encode("utf-8", "surrogatepass")
    else:
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        key = b"bytes:" + raw
    return hashlib.sha1(key).hexdigest()[:16]


def _as_dict(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, tuple):
            value = [v.to_dict() if hasattr(v, "to_dict") else v for v in value]
        out[name] = value
    return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """The field names of a record type, in order, looked up once per type
    (``dataclasses.fields`` costs microseconds a call, and a record holds hundreds of removals
    and mentions)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _fields_of(cls: type[_T], data: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(data).difference(_field_names(cls))
    if unknown:
        raise TypeError(f"{cls.__name__}.from_dict: unknown field(s) {sorted(unknown)}")
    return {k: _tupled(v) for k, v in data.items()}
