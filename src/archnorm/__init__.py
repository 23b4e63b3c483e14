"""archnorm: scraped news pages in, clean normalised records out.

This module only re-exports the public API; see docs/ for the guide.
"""

from archnorm._version import __version__
from archnorm.corpus import Corpus
from archnorm.dates import DateConfig, find_dates
from archnorm.errors import (
    ArchnormError,
    ConfigError,
    EmptyInputError,
    InputError,
    ResourceLimitError,
)
from archnorm.names import Authority, NameIndex, cluster_names, find_names
from archnorm.page import Page
from archnorm.pipeline import NormalizeConfig, normalize, normalize_many
from archnorm.record import (
    Change,
    DateMention,
    NameCluster,
    NameLink,
    NameMention,
    Provenance,
    Record,
    Removal,
    Source,
)

__all__ = [
    "ArchnormError",
    "Authority",
    "Change",
    "ConfigError",
    "Corpus",
    "DateConfig",
    "DateMention",
    "EmptyInputError",
    "InputError",
    "NameCluster",
    "NameIndex",
    "NameLink",
    "NameMention",
    "NormalizeConfig",
    "Page",
    "Provenance",
    "Record",
    "Removal",
    "ResourceLimitError",
    "Source",
    "__version__",
    "cluster_names",
    "find_dates",
    "find_names",
    "normalize",
    "normalize_many",
]
