"""The input type: one page as a reader found it, before any processing.

Readers in ``archnorm.io`` yield ``Page`` objects; ``normalize()`` also accepts plain ``str`` and
``bytes`` and wraps them.  ``data`` is kept as the reader got it (bytes when undecoded) so that
decoding, and its provenance, happen in one place (``repair.decode``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PageFormat = Literal["auto", "text", "markdown", "html"]


@dataclass(frozen=True, slots=True)
class Page:
    """One page to normalise.

    ``name`` says where it came from (a path, "file.jsonl:17", a WARC record id) and is used in
    error messages.  ``site`` overrides the site key (by default the URL's host) used for site
    profiles.  ``encoding`` is a declared charset (HTTP header) to try first.
    """

    data: bytes | str
    url: str | None = None
    name: str | None = None
    format: PageFormat = "auto"
    encoding: str | None = None
    site: str | None = None
    warc_record_id: str | None = None
    warc_date: str | None = None
    error: str | None = None
    """Set by a reader that could not produce the page's data; normalize() turns it into an
    error record carrying this message."""
