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


def new_site_profile() -> Any:
    """An empty ``archnorm.sites.SiteProfile`` (it holds the line counts of every site)."""
    sites = _stage_module("archnorm.sites", "site profiles")
    return sites.SiteProfile()


def site_profile_add(profile: Any, site: str, text: str) -> Any:
    """The profile with one more page of ``site`` counted."""
    profile.add_page(site, text.split("\n"))
    return profile


def site_profile_merge(a: Any, b: Any) -> Any:
    """Two partial profiles combined (per-partition build, then reduce)."""
    return a.merge(b)


def profile_for(profiles: Any, site: str | None) -> Any:
    """What ``normalize(profile=...)`` takes for one site (an object with ``is_repeated``):
    ``SiteProfile.for_site(site)``, or the entry of a plain mapping of site -> profile."""
    if site is None or profiles is None:
        return None
    if hasattr(profiles, "for_site"):
        return profiles.for_site(site)
    if isinstance(profiles, Mapping):
        return profiles.get(site)
    return None


def save_site_profiles(profiles: Any, path: str | Path) -> None:
    """Write learned site profiles to a JSON file (``SiteProfile.save``)."""
    profiles.save(path)


def load_site_profiles(path: str | Path) -> Any:
    """Site profiles written by ``save_site_profiles`` (``SiteProfile.load``)."""
    sites = _stage_module("archnorm.sites", "site profiles")
    return sites.SiteProfile.load(path)


def load_authority(authority: object | None) -> object | None:
    """An ``Authority`` read once (a path or a list of names becomes one), for every page."""
    if authority is None or not stage_available("archnorm.names"):
        return authority
    names = _stage_module("archnorm.names", "authority files")
    return names.authority.as_authority(authority)  # type: ignore[no-any-return]


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
    """Learns the site profiles (``archnorm.sites.SiteProfile``) from the pages' repaired text;
    pass two gives each page its own site's profile."""

    name: str = "site-profiles"

    def start(self) -> Any:
        return None  # built on first use, so the learner pickles without the stage module

    def observe(self, state: Any, page: Page, record: Record) -> Any:
        key = site_key(page)
        if key is None or not record.text:
            return state
        return site_profile_add(new_site_profile() if state is None else state, key, record.text)

    def merge(self, a: Any, b: Any) -> Any:
        if a is None or b is None:
            return b if a is None else a
        return site_profile_merge(a, b)

    def finish(self, state: Any) -> Any:
        return state

    def before(self, product: Any, page: Page) -> dict[str, Any]:
        prof = profile_for(product, site_key(page))
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
    profiles: Any = None,
    name_index: Any = None,
    config: NormalizeConfig | None = None,
    options: Options | None = None,
    learned: Sequence[tuple[Learner, Any]] = (),
) -> Iterator[Record]:
    """Pass two over a partition: one record per page, in order; the one partition function.

    ``profiles`` is a ``SiteProfile`` (or a mapping of site key -> profile), ``name_index`` the
    corpus name index;
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
    return record_id(p.data, p.url, p.warc_record_id)


def dead_worker_records(pages: Sequence[Page], message: str) -> list[Record]:
    """Error records for pages whose worker process died every time it tried them."""
    from archnorm.errors import ResourceLimitError  # noqa: PLC0415

    return [error_record(p, ResourceLimitError(message, input_id=p.name or p.url)) for p in pages]
