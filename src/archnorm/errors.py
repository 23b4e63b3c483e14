"""The exceptions archnorm raises, all in one place.

::

    ArchnormError                      base of everything archnorm raises on purpose
    ├── InputError(ValueError)         a page or file that cannot be read or decoded
    │   └── EmptyInputError            a page with no content at all
    ├── ConfigError(ValueError)        an option, profile or authority file that is wrong
    └── ResourceLimitError             an input over a size or time cap set in the config

Every message names the input (file, line, URL or record id), what was expected, what was
received, and what to do.  In batch runs these become error records; nothing else is lost.
"""

from __future__ import annotations


class ArchnormError(Exception):
    """Base class of the errors archnorm raises on purpose."""

    def __init__(self, message: str, *, input_id: str | None = None) -> None:
        super().__init__(f"{input_id}: {message}" if input_id else message)
        self.input_id = input_id
        self.detail = message


class InputError(ArchnormError, ValueError):
    """A page or file that cannot be read, decoded or parsed."""


class EmptyInputError(InputError):
    """A page with nothing in it (zero bytes, or only whitespace)."""


class ConfigError(ArchnormError, ValueError):
    """An option, site-profile file or authority file that is not valid."""


class ResourceLimitError(ArchnormError):
    """An input over a configured size cap."""


__all__ = ["ArchnormError", "ConfigError", "EmptyInputError", "InputError", "ResourceLimitError"]
