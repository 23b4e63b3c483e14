"""The partition functions of corpus runs: pass-one learners and the pass-two generator.

**Pass one** learns what only a corpus shows: each *learner* (``Learner``) folds the pages into a
small state, partial states from partitions are merged (a reduction), and the merged state is
finished into a *product*.  Two learners come with archnorm: site profiles (lines repeated
across one site's pages; ``archnorm.sites.SiteProfile``) and the name index (name clusters over
the whole corpus; ``archnorm.names.NameIndex``).  **Pass two** normalises every page with the
products: ``process_partition`` is the one partition function that every engine calls (the
local process pool here, ``archnorm.dask``, or Spark's ``mapPartitions``, see docs/scaling.md).

Memory stays flat in the number of pages: pages stream through in chunks, only a bounded number
of chunks are in flight, and only the learned products (and, when resuming, the ids of records
already written) are kept.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from archnorm.errors import ConfigError
from archnorm.page import Page, PageFormat
from archnorm.pipeline import NormalizeConfig, as_page, error_record, normalize
from archnorm.record import Record, record_id

_PROFILES_FORMAT = "archnorm.site-profiles/1"


def site_key(page: Page) -> str | None:
    """The site a page belongs to: ``page.site``, else its URL's host (without ``www.``)."""
    if page.site:
        return page.site.lower()
    if page.url:
        try:
            host = urlsplit(page.url).hostname
        except ValueError:
            return None
        if host:
            return host[4:] if host.startswith("www.") else host
    return None


class Learner(Protocol):
    """A pass-one learner: a fold over pages with a mergeable state, and how pass two uses it.

    States and products must pickle (they travel between processes and cluster workers).
    ``merge`` must be associative, so partial states can be combined in any grouping.
    """

    @property
    def name(self) -> str:
        """A short name for the product (``site-profiles``, ``name-index``)."""

    def start(self) -> Any:
        """An empty state."""

    def observe(self, state: Any, page: Page, record: Record) -> Any:
        """The state after one more page (``record`` is its pass-one normalisation)."""

    def merge(self, a: Any, b: Any) -> Any:
        """Two partial states combined."""

    def finish(self, state: Any) -> Any:
        """The product pass two uses."""

    def before(self, product: Any, page: Page) -> dict[str, Any]:
        """Extra ``normalize()`` keyword arguments for a page (e.g. ``profile=``)."""

    def after(self, product: Any, record: Record) -> Record:
        """The record, revised with the product (e.g. names relinked)."""


# -- adapters to the stage modules ------------------------------------------------------------
# Small, named functions so that the corpus run depends only on these calls.


def new_site_profile(site: str) -> Any:
    """An empty ``archnorm.sites.SiteProfile`` for ``site``."""
    sites = _stage_module("archnorm.sites", "site profiles")
    return sites.SiteProfile(site)


def site_profile_add(profile: Any, text: str) -> Any:
    """The profile with one more page's text counted."""
    profile.add(text)
    return profile


def site_profile_merge(a: Any, b: Any) -> Any:
    """Two profiles of one site combined."""
    return a.merge(b)


def save_site_profiles(profiles: Mapping[str, Any], path: str | Path) -> None:
    """Write learned site profiles to one JSON file (``{"format", "sites": {site: profile}}``)."""
    data = {
        "format": _PROFILES_FORMAT,
        "sites": {site: json.loads(prof.to_json()) for site, prof in sorted(profiles.items())},
    }
    Path(path).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def load_site_profiles(path: str | Path) -> dict[str, Any]:
    """Site profiles written by ``save_site_profiles``."""
    sites = _stage_module("archnorm.sites", "site profiles")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read site profiles: {exc}", input_id=str(path)) from exc
    if not isinstance(data, dict) or data.get("format") != _PROFILES_FORMAT:
        raise ConfigError(
            f"not a site-profiles file (expected format {_PROFILES_FORMAT!r})", input_id=str(path)
        )
    return {
        site: sites.SiteProfile.from_json(json.dumps(prof)) for site, prof in data["sites"].items()
    }


def build_name_index(counts: Mapping[str, int], authority: object | None) -> Any:
    """An ``archnorm.names.NameIndex`` over the names seen (repeats count)."""
    names = _stage_module("archnorm.names", "the name index")
    index = names.NameIndex(authority)
    for name, count in sorted(counts.items()):
        index.add([name] * count)
    return index


def relink_names(record: Record, index: Any) -> Record:
    """The record with its name mentions' canonical forms taken from the corpus index."""
    if not record.names:
        return record
    names = _stage_module("archnorm.names", "the name index")
    return dataclasses.replace(record, names=tuple(names.relink(record.names, index)))


def _stage_module(module: str, what: str) -> Any:
    import importlib  # noqa: PLC0415

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ConfigError(f"{what} need {module}, which this build of archnorm lacks") from exc


def stage_available(module: str) -> bool:
    """True when a stage module (``archnorm.sites``, ``archnorm.names``) can be imported."""
    try:
        _stage_module(module, module)
    except ConfigError:
        return False
    return True


# -- the two built-in learners ------------------------------------------------------------------


@dataclass(frozen=True)
class SiteProfileLearner:
    """Learns one site profile per site (``site_key``) from the pages' repaired text."""

    name: str = "site-profiles"

    def start(self) -> dict[str, Any]:
        return {}

    def observe(self, state: dict[str, Any], page: Page, record: Record) -> dict[str, Any]:
        key = site_key(page)
        if key is not None and record.text:
            prof = state.get(key)
            state[key] = site_profile_add(
                new_site_profile(key) if prof is None else prof, record.text
            )
        return state

    def merge(self, a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
        out = dict(a)
        for key, prof in b.items():
            out[key] = prof if key not in out else site_profile_merge(out[key], prof)
        return out

    def finish(self, state: dict[str, Any]) -> dict[str, Any]:
        return state

    def before(self, product: Mapping[str, Any], page: Page) -> dict[str, Any]:
        key = site_key(page)
        prof = product.get(key) if key is not None else None
        return {} if prof is None else {"profile": prof}

    def after(self, product: Any, record: Record) -> Record:
        return record


@dataclass(frozen=True)
class NameIndexLearner:
    """Counts name mentions over the corpus; pass two relinks every mention to the clusters."""

    authority: object | None = None
    name: str = "name-index"

    def start(self) -> Counter[str]:
        return Counter()

    def observe(self, state: Counter[str], page: Page, record: Record) -> Counter[str]:
        state.update(m.text for m in record.names)
        return state

    def merge(self, a: Counter[str], b: Counter[str]) -> Counter[str]:
        return a + b

    def finish(self, state: Counter[str]) -> Any:
        return build_name_index(state, self.authority)

    def before(self, product: Any, page: Page) -> dict[str, Any]:
        return {}

    def after(self, product: Any, record: Record) -> Record:
        return relink_names(record, product)


def default_learners(
    *, site_profiles: bool = True, names: bool = True, authority: object | None = None
) -> list[Learner]:
    """The built-in learners whose stage modules this build has."""
    out: list[Learner] = []
    if site_profiles and stage_available("archnorm.sites"):
        out.append(SiteProfileLearner())
    if names and stage_available("archnorm.names"):
        out.append(NameIndexLearner(authority))
    return out


# -- the partition functions -------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """The ``normalize()`` options of a corpus run (picklable, sent to workers once)."""

    config: NormalizeConfig = dataclasses.field(default_factory=NormalizeConfig)
    format: PageFormat = "auto"
    anchor: Any = None
    authority: object | None = None

    def kwargs(self) -> dict[str, Any]:
        return {
            "config": self.config,
            "format": self.format,
            "anchor": self.anchor,
            "authority": self.authority,
            "on_error": "record",
        }

    def options_hash(self, learned: Sequence[str] = ()) -> str:
        return self.config.options_hash(
            format=self.format, anchor=self.anchor, authority=self.authority, learned=learned
        )


def learn_partition(
    pages: Iterable[Page | str | bytes], learners: Sequence[Learner], options: Options | None = None
) -> list[Any]:
    """Pass one over a partition: one partial state per learner."""
    opts = options or Options()
    states = [learner.start() for learner in learners]
    if not learners:
        return states
    for raw in pages:
        page = as_page(raw)
        rec = normalize(page, **opts.kwargs())
        if rec.error is not None:
            continue
        states = [lr.observe(s, page, rec) for lr, s in zip(learners, states, strict=True)]
    return states


def merge_states(learners: Sequence[Learner], partials: Iterable[list[Any]]) -> list[Any]:
    """Partial states of many partitions merged, learner by learner."""
    merged = [learner.start() for learner in learners]
    for part in partials:
        merged = [lr.merge(a, b) for lr, a, b in zip(learners, merged, part, strict=True)]
    return merged


def process_partition(
    pages: Iterable[Page | str | bytes],
    *,
    profiles: Mapping[str, Any] | None = None,
    name_index: Any = None,
    config: NormalizeConfig | None = None,
    options: Options | None = None,
    learned: Sequence[tuple[Learner, Any]] = (),
) -> Iterator[Record]:
    """Pass two over a partition: one record per page, in order; the one partition function.

    ``profiles`` maps a site key to its site profile, ``name_index`` is the corpus name index;
    ``learned`` pairs any other learner with its product.  A page that fails gives an error record.
    """
    opts = options or Options()
    if config is not None:
        opts = dataclasses.replace(opts, config=config)
    pairs: list[tuple[Learner, Any]] = []
    if profiles is not None:
        pairs.append((SiteProfileLearner(), profiles))
    if name_index is not None:
        pairs.append((NameIndexLearner(), name_index))
    pairs.extend(learned)
    base = opts.kwargs()
    for raw in pages:
        page = as_page(raw)
        kwargs = dict(base)
        for learner, product in pairs:
            kwargs.update(learner.before(product, page))
        rec = normalize(page, **kwargs)
        if rec.error is None:
            for learner, product in pairs:
                rec = learner.after(product, rec)
        yield rec


def page_id(page: Page | str | bytes) -> str:
    """The id the page's record will have."""
    p = as_page(page)
    return record_id(p.data, p.url)


def dead_worker_records(pages: Sequence[Page], message: str) -> list[Record]:
    """Error records for pages whose worker process died every time it tried them."""
    from archnorm.errors import ResourceLimitError  # noqa: PLC0415

    return [error_record(p, ResourceLimitError(message, input_id=p.name or p.url)) for p in pages]
