"""``normalize()`` for one page and ``normalize_many()`` for a stream of pages.

One page flows: decode -> repair -> segment (lines, or HTML blocks) -> boilerplate -> meta ->
dates -> names -> ``Record``.  Bad input raises an ``ArchnormError`` naming the page, or, with
``on_error="record"`` (what batch runs use), becomes an error record so the batch goes on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import regex

from archnorm import boilerplate, html, htmlmeta, meta, segment
from archnorm._version import __version__
from archnorm.dates import find_dates
from archnorm.errors import ArchnormError, ConfigError, InputError, ResourceLimitError
from archnorm.linkrefs import has_link_references, strip_link_references
from archnorm.markdown import looks_like_markdown
from archnorm.markdown import to_text as markdown_to_text
from archnorm.names import Authority, AuthorityLike, find_names
from archnorm.names.authority import as_authority
from archnorm.page import Page, PageFormat
from archnorm.record import Change, Provenance, Record, Removal, Source, record_id
from archnorm.repair import decode, repair
from archnorm.sites import SiteProfile, site_key

OnError = Literal["raise", "record"]
_MAX_SETTLE_PASSES = 12

_HTML_SNIFF_RE = regex.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b|<(?:p|div|br|article)\b[^>]*>",
    regex.IGNORECASE | regex.DOTALL,
)


@dataclass(frozen=True, slots=True)
class NormalizeConfig:
    """Options of a normalisation run (each stage's thresholds live in its own config).

    ``names`` / ``dates``: run those stages (turn off when only the body is wanted).
    ``max_bytes``: pages larger than this become an error record (``ResourceLimitError``) instead
    of tying up a worker; 16 MiB by default.  ``keep_text``: store the whole repaired page text in
    ``Record.text`` (needed to read removals in context; turn off to halve output size).
    """

    max_bytes: int = 16 * 1024 * 1024
    keep_text: bool = True
    stable_body: Literal["text", "always", "never"] = "text"
    """Make the body a fixed point, ``normalize(rec.body).body == rec.body`` (see ``_settle``):
    for text input ("text", the default), for HTML input too ("always"), or never.  On HTML it
    costs about 0.01 F1 on aeb-dev (the text model reads an HTML body as a different page), so
    it is off there unless asked for."""
    dates: bool = True
    """Find dates in the body (``Record.dates``), relative ones resolved against the published
    date, else the ``anchor`` argument."""
    names: bool = True
    """Find person/organisation names in the body (``Record.names``)."""
    boilerplate: boilerplate.BoilerplateConfig = dataclasses.field(
        default_factory=boilerplate.BoilerplateConfig
    )

    def options_hash(self, **extra: Any) -> str:
        """A short, stable hash of these options and any per-call ones (e.g. the anchor)."""
        payload = {"config": dataclasses.asdict(self), **{k: str(v) for k, v in extra.items()}}
        blob = json.dumps(payload, sort_keys=True, default=str).encode()
        return hashlib.sha1(blob).hexdigest()[:12]


def as_page(
    page: Page | str | bytes, *, url: str | None = None, format: PageFormat = "auto"
) -> Page:
    """Wrap str/bytes into a ``Page``; a ``Page`` passes through (``url``/``format`` fill gaps)."""
    if isinstance(page, Page):
        if (url and not page.url) or (format != "auto" and page.format == "auto"):
            return dataclasses.replace(
                page, url=page.url or url, format=page.format if format == "auto" else format
            )
        return page
    if isinstance(page, str | bytes):
        return Page(data=page, url=url, format=format)
    raise InputError(
        f"expected a Page, str or bytes, got {type(page).__name__}", input_id=url or "<argument>"
    )


def _anchor_iso(anchor: dt.date | str | None) -> str | None:
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date().isoformat()
    if isinstance(anchor, dt.date):
        return anchor.isoformat()
    if isinstance(anchor, str) and regex.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", anchor):
        return anchor
    raise ConfigError(f"anchor must be a datetime.date or an ISO date string, got {anchor!r}")


def sniff_format(text: str) -> Literal["text", "markdown", "html"]:
    """'html' when the start of the page looks like markup, 'markdown' when its head holds
    Markdown links or images (``markdown.looks_like_markdown``) and it is not a text browser's
    dump with numbered link references ("[12](BUTTON)" looks like a link), else 'text'."""
    if _HTML_SNIFF_RE.search(text[:2048]):
        return "html"
    if looks_like_markdown(text) and not has_link_references(text):
        return "markdown"
    return "text"


def normalize(
    page: Page | str | bytes,
    *,
    url: str | None = None,
    format: PageFormat = "auto",
    anchor: dt.date | str | None = None,
    authority: AuthorityLike = None,
    config: NormalizeConfig | None = None,
    profile: boilerplate.LineProfile | SiteProfile | None = None,
    on_error: OnError = "raise",
) -> Record:
    """Normalise one page (text dump or HTML, as str, bytes or ``Page``) into a ``Record``.

    ``anchor`` resolves relative dates when the page has no published date.  ``profile`` is a
    site profile (``sites.SiteProfile``) that removes lines repeated across a site.  With
    ``on_error="record"`` a bad page gives a record with ``error`` set instead of raising.
    """
    cfg = config or NormalizeConfig()
    auth = as_authority(
        authority
    )  # a bad authority file is the caller's error: raised, not recorded
    p = as_page(page, url=url, format=format)
    rid = record_id(p.data, p.url, p.warc_record_id)
    name = p.name or p.url or rid
    try:
        return _normalize(
            p,
            rid=rid,
            name=name,
            cfg=cfg,
            anchor=_anchor_iso(anchor),
            authority=auth,
            profile=profile,
        )
    except ArchnormError as exc:
        if on_error == "raise":
            raise
        return error_record(p, exc, rid=rid)
    except (RecursionError, MemoryError, ValueError, UnicodeError) as exc:
        if on_error == "raise":
            raise InputError(f"could not process the page: {exc!r}", input_id=name) from exc
        return error_record(p, exc, rid=rid)


def error_record(page: Page, exc: BaseException, *, rid: str | None = None) -> Record:
    """The record standing in for a page that failed: its id, source and the error."""
    data = page.data
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "replace"))
    return Record(
        id=rid or record_id(data, page.url, page.warc_record_id),
        url=page.url,
        source=Source(
            format="unknown",
            size=size,
            name=page.name,
            warc_record_id=page.warc_record_id,
            warc_date=page.warc_date,
        ),
        provenance=Provenance(version=__version__, options_hash=""),
        error=str(exc),
        error_type=type(exc).__name__,
    )


def _normalize(
    p: Page,
    *,
    rid: str,
    name: str,
    cfg: NormalizeConfig,
    anchor: str | None,
    authority: Authority | None,
    profile: boilerplate.LineProfile | SiteProfile | None,
) -> Record:
    if p.error:
        raise InputError(p.error, input_id=name)
    if isinstance(p.data, bytes):
        size = len(p.data)
        _check_size(size, cfg, name)
        decoded = decode(p.data, declared=p.encoding, name=name)
        raw, encoding = decoded.text, decoded.encoding
    else:
        size = len(p.data.encode("utf-8", "surrogatepass"))
        _check_size(size, cfg, name)
        raw, encoding = p.data, None
    if not raw.strip():
        raise InputError("the page has no text (empty or only whitespace)", input_id=name)
    fmt = p.format if p.format != "auto" else sniff_format(raw)

    changes: list[Change] = []
    paths = None
    parsed = None
    if fmt == "html":
        parsed = html.parse_html(raw)
        fixed = repair(parsed.text)
        text = fixed.text
        blocks, paths = html.rebase(parsed, text)
    else:
        # the markup goes first (Markdown, a text browser's link numbers); then a text dump
        converted = markdown_to_text(raw) if fmt == "markdown" else strip_link_references(raw)
        changes.extend(converted.changes)
        raw = converted.text
        fixed = repair(raw)
        text = fixed.text
        blocks = segment.split_lines(text)
    changes.extend(fixed.changes)

    if isinstance(profile, SiteProfile):
        profile = profile.for_site(site_key(p.url))
    decisions = boilerplate.classify(blocks, profile=profile, config=cfg.boilerplate, paths=paths)
    if parsed is not None:
        found = htmlmeta.extract(parsed, blocks, decisions, url=p.url)
    else:
        found = meta.extract(blocks, decisions, url=p.url)
    for i, d in found.used.items():
        decisions[i] = d
    if cfg.stable_body == "always" or (cfg.stable_body == "text" and fmt != "html"):
        _settle(blocks, decisions, cfg)
    kept = [b for b, d in zip(blocks, decisions, strict=True) if d.keep]
    removed = tuple(
        Removal(
            b.start,
            b.end,
            b.text,
            d.reason or "boilerplate",
            "meta" if i in found.used else "boilerplate",
            d.rule,
        )
        for i, (b, d) in enumerate(zip(blocks, decisions, strict=True))
        if not d.keep
    )
    body = segment.join_blocks(kept)
    published = found.published
    fields = found.fields
    dates = tuple(find_dates(body, anchor=published or anchor)) if cfg.dates else ()
    names = tuple(find_names(body, authority=authority)) if cfg.names else ()
    return Record(
        id=rid,
        url=p.url,
        source=Source(
            format=fmt,
            encoding=encoding,
            size=size,
            name=p.name,
            warc_record_id=p.warc_record_id,
            warc_date=p.warc_date,
        ),
        title=found.title,
        author="; ".join(found.authors) or None,
        authors=found.authors,
        published=published,
        body=body,
        text=text if cfg.keep_text else "",
        dates=dates,
        names=names,
        removed=removed,
        provenance=Provenance(
            version=__version__,
            options_hash=_record_options_hash(cfg, p.format, anchor, _digest(authority)),
            fields=fields,
            changes=tuple(changes),
        ),
    )


def _settle(
    blocks: list[segment.Block], decisions: list[boilerplate.Decision], cfg: NormalizeConfig
) -> None:
    """Drop what normalising the body again would drop, until nothing more goes.

    The line model reads each line in its page's context, and a body is a shorter page: without
    this, ``normalize(rec.body).body`` could lose a line that ``rec.body`` kept.  Each pass runs
    the text path (classifier and header metadata) on the body as ``normalize()`` would see it;
    lines it removes are removed here too (rule ``settle:...``), so the body is a fixed point.
    Each pass removes at least one line, so the loop ends; it is also bounded.
    """
    for _ in range(_MAX_SETTLE_PASSES):
        kept = [i for i, d in enumerate(decisions) if d.keep]
        if not kept:
            return
        sub = segment.split_lines(segment.join_blocks([blocks[i] for i in kept]))
        again = boilerplate.classify(sub, config=cfg.boilerplate)
        for j, d in meta.extract(sub, again).used.items():
            again[j] = d
        if all(d.keep for d in again):
            return
        for i, d in zip(kept, again, strict=True):
            if not d.keep:
                decisions[i] = boilerplate.Decision(False, d.reason, f"settle:{d.rule}")


@functools.lru_cache(maxsize=64)
def _record_options_hash(
    cfg: NormalizeConfig, fmt: str, anchor: str | None, authority: str | None
) -> str:
    """``cfg.options_hash`` for one page's options (the same for every page of a run, so it is
    computed once, not per page)."""
    return cfg.options_hash(format=fmt, anchor=anchor, authority=authority)


_last_digest: list[tuple[object, str]] = [(None, "")]  # one slot, read and replaced whole


def _digest(obj: object | None) -> str | None:
    """A short stable hash of an option object (e.g. an Authority) for the options hash.  The
    last object's digest is kept: option objects are immutable, and a run passes the same one
    for every page (hashing a large authority's repr per page cost more than the page)."""
    if obj is None:
        return None
    last, digest = _last_digest[0]
    if last is not obj:
        digest = hashlib.sha1(repr(obj).encode()).hexdigest()[:12]
        _last_digest[0] = (obj, digest)
    return digest


def _check_size(size: int, cfg: NormalizeConfig, name: str) -> None:
    if size > cfg.max_bytes:
        raise ResourceLimitError(
            f"the page is {size / 1e6:.1f} MB, over the {cfg.max_bytes / 1e6:.1f} MB cap;"
            " raise NormalizeConfig.max_bytes to process it",
            input_id=name,
        )


def normalize_many(
    pages: Iterable[Page | str | bytes],
    *,
    workers: int = 1,
    chunk_size: int = 200,
    ordered: bool = True,
    profiles: Any = None,
    name_index: Any = None,
    **options: Any,
) -> Iterator[Record]:
    """Normalise a stream of pages lazily; a page that fails becomes an error record.

    One pass (``archnorm.Corpus`` runs two: it learns site profiles and the name index first).
    ``workers`` > 1 spreads chunks of ``chunk_size`` pages over processes, in input order unless
    ``ordered=False``; ``profiles`` (a ``SiteProfile``) and ``name_index`` are applied as
    in the second pass of a corpus run.  ``options`` are ``normalize()``'s keyword arguments.
    """
    options["authority"] = as_authority(options.get("authority"))  # read a file once, not per page
    if workers <= 1 and profiles is None and name_index is None:
        options.setdefault("on_error", "record")
        for page in pages:
            yield normalize(page, **options)
        return
    from archnorm.corpus import Corpus  # noqa: PLC0415 - corpus builds on this module

    unsupported = set(options) - {"format", "anchor", "authority", "config", "on_error"}
    if unsupported:
        raise ConfigError(
            f"normalize_many with workers, profiles or a name index does not take"
            f" {sorted(unsupported)}; set them on each Page instead"
        )
    options.pop("on_error", None)
    corpus = Corpus(
        lambda: pages,
        learners=[],
        profiles=profiles,
        name_index=name_index,
        workers=workers,
        chunk_size=chunk_size,
        ordered=ordered,
        **options,
    )
    yield from corpus.records()
