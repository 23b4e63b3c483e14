"""`DateConfig`: the options of the dates stage, with their defaults documented once."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from archnorm.errors import ConfigError


@dataclass(frozen=True, slots=True)
class DateConfig:
    """Options for `find_dates`.

    - ``year_min`` / ``year_max``: years accepted in full dates ("5 May 1450" is kept).
    - ``bare_year_min`` / ``bare_year_max``: a lone 4-digit number with a year cue before it
      ("in 1066", "since 2001") is a year in this range.
    - ``loose_year_min`` / ``loose_year_max``: a lone 4-digit number with no cue ("1997 was
      hot") is a year only in this narrower range, and only if nothing marks it as a count, an
      amount or part of a name.
    - ``relative``: resolve "yesterday", "last month", "on Tuesday" against the anchor.
    - ``default_dayfirst``: order of slash dates ("01/12/2009") when neither the caller nor the
      document decides (dot dates such as "18.02.2008" are day-first unless told otherwise).
    - ``tense_window``: characters searched on each side of a lone weekday for tense cues.
    - ``max_chars``: longest text accepted (a `ResourceLimitError` beyond it).
    """

    year_min: int = 1000
    year_max: int = 2199
    bare_year_min: int = 1000
    bare_year_max: int = 2150
    loose_year_min: int = 1900
    loose_year_max: int = 2099
    relative: bool = True
    default_dayfirst: bool = False
    tense_window: int = 80
    max_chars: int = 50_000_000

    def __post_init__(self) -> None:
        for low, high in (
            ("year_min", "year_max"),
            ("bare_year_min", "bare_year_max"),
            ("loose_year_min", "loose_year_max"),
        ):
            a, b = getattr(self, low), getattr(self, high)
            if not (isinstance(a, int) and isinstance(b, int) and 1 <= a <= b <= 9999):
                raise ConfigError(
                    f"DateConfig: {low}={a!r} and {high}={b!r} must be integers with "
                    f"1 <= {low} <= {high} <= 9999"
                )
        if self.tense_window < 0 or self.max_chars < 0:
            raise ConfigError(
                f"DateConfig: tense_window={self.tense_window!r} and "
                f"max_chars={self.max_chars!r} must not be negative"
            )


_FIELDS = frozenset(f.name for f in dataclasses.fields(DateConfig))


def config_from(config: DateConfig | None, overrides: dict[str, Any]) -> DateConfig:
    """The config to use: ``config`` (or the defaults) with keyword overrides applied."""
    if config is not None and not isinstance(config, DateConfig):
        raise ConfigError(f"find_dates: config must be a DateConfig, got {type(config).__name__}")
    base = config or _DEFAULT
    if not overrides:
        return base
    unknown = sorted(set(overrides) - _FIELDS)
    if unknown:
        raise ConfigError(
            f"find_dates: unknown option(s) {unknown}; valid options are {sorted(_FIELDS)}"
        )
    return dataclasses.replace(base, **overrides)


_DEFAULT = DateConfig()
