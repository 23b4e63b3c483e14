"""Read HTML (and plain-text) responses out of WARC / WARC.gz files, with FastWARC.

FastWARC was chosen over warcio by measurement (``benchmarks/corpus.py``: about twice as fast at
reading the same WARC.gz).  Each ``response`` (or ``resource``) record with an HTML or text
payload becomes a ``Page``: ``url`` is the WARC-Target-URI, ``encoding`` the charset of the HTTP
Content-Type header, ``warc_record_id`` and ``warc_date`` go into the record's provenance, and
``name`` is ``file@offset`` so that a message points at the record.

Damaged archives never stop a run and never lose the records that can still be read:

* a record whose ``WARC-Block-Digest`` does not match its block (a wrong Content-Length, a
  corrupted payload) becomes an error page;
* unreadable data (a broken header, a bad gzip member) becomes one error page naming the byte
  offset, and reading resumes at the next record (the next ``WARC/1.x`` line, or the next gzip
  member);
* a file that ends in the middle of a record (a truncated download) ends with an error page that
  says so;
* responses that are neither HTML nor text (PDF, images, scripts) become error pages (or are
  skipped with ``non_html="skip"``); redirects and non-response records are skipped.
"""

from __future__ import annotations

import mmap
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import regex

from archnorm.page import Page, PageFormat

NonHtml = Literal["error", "skip"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+xhtml"})
_TEXT_TYPES = frozenset({"text/plain"})
_MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_LINE_RE = regex.compile(rb"(?:^|\n)WARC/1\.[01]\r?\n")
_CONTENT_LENGTH_RE = regex.compile(rb"\r?\nContent-Length:[ \t]*(\d+)", regex.IGNORECASE)
_MAX_RESYNCS = 10_000


def is_warc_path(path: Path) -> bool:
    """True for ``*.warc``, ``*.warc.gz`` (and ``.arc``-less WARC names such as ``*.warc.gzip``)."""
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz", ".warc.gzip"))


def _fastwarc() -> Any:
    try:
        from fastwarc import warc  # noqa: PLC0415 - optional extra
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "reading WARC files needs FastWARC: pip install 'archnorm[warc]'"
        ) from exc
    return warc


def read_warc(
    path: str | Path, *, non_html: NonHtml = "error", verify: bool = True
) -> Iterator[Page]:
    """Pages from the HTML/text responses of one WARC or WARC.gz file, in file order."""
    p = Path(path)
    name = str(p)
    try:
        fh = p.open("rb")
    except OSError as exc:
        yield Page(data=b"", name=name, error=f"cannot read WARC file: {exc.strerror or exc}")
        return
    with fh:
        size = p.stat().st_size
        if size == 0:
            yield Page(data=b"", name=name, error="the WARC file is empty (0 bytes)")
            return
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            yield from _Scan(fh, mm, name, size, non_html=non_html, verify=verify).pages()


class _Scan:
    """One pass over a WARC file, resynchronising after damage."""

    def __init__(
        self, fh: Any, mm: mmap.mmap, name: str, size: int, *, non_html: NonHtml, verify: bool
    ) -> None:
        self.fh, self.mm, self.name, self.size = fh, mm, name, size
        self.gzip = mm[:3] == _GZIP_MAGIC
        self.non_html, self.verify = non_html, verify
        self.last_pos = -1  # stream offset of the last record read
        self.seen = 0
        self.reported: set[int] = set()  # offsets of records already given as error pages

    def pages(self) -> Iterator[Page]:
        warc = _fastwarc()
        start = 0
        for _ in range(_MAX_RESYNCS):
            self.fh.seek(start)
            try:
                for rec in warc.ArchiveIterator(
                    self.fh, parse_http=False, auto_decode="none", verify_digests=False
                ):
                    self.last_pos = int(rec.stream_pos)
                    self.seen += 1
                    page = self._page(rec, warc)
                    if page is not None and page.error:
                        self.reported.add(self.last_pos)
                    if page is not None:
                        yield page
            except (OSError, ValueError) as exc:
                where = max(self.last_pos, start)
                nxt = self._next_record_start(where + 1)
                skipped = (
                    f"skipped to the next record at byte {nxt}" if nxt >= 0 else "no record follows"
                )
                yield _error_page(
                    f"{self.name}@{where}:damaged",
                    f"unreadable WARC data after byte {where} ({exc}); {skipped}",
                )
                if nxt < 0:
                    return
                start = nxt
                self.last_pos = nxt - 1
                continue
            break
        tail = self._tail_problem()
        if tail and max(self.last_pos, 0) not in self.reported:
            yield _error_page(f"{self.name}@{max(self.last_pos, 0)}", tail)
        elif self.seen == 0:
            yield _error_page(self.name, "no WARC records found (not a WARC file?)")

    def _page(self, rec: Any, warc: Any) -> Page | None:
        rtype = rec.record_type
        if rtype not in (warc.WarcRecordType.response, warc.WarcRecordType.resource):
            return None
        headers = rec.headers
        pos = int(rec.stream_pos)
        where = f"{self.name}@{pos}"
        common: dict[str, Any] = {
            "url": headers.get("WARC-Target-URI") or None,
            "warc_record_id": headers.get("WARC-Record-ID") or None,
            "warc_date": headers.get("WARC-Date") or None,
        }
        if not self.gzip:
            head_end = self.mm.find(b"\r\n\r\n", pos)
            if head_end < 0 or head_end + 4 + int(rec.content_length) > self.size:
                return _error_page(
                    where,
                    f"the record is cut short: its Content-Length ({rec.content_length})"
                    " runs past the end of the file (truncated WARC?)",
                    **common,
                )
        if (
            self.verify
            and headers.get("WARC-Block-Digest")
            and not rec.verify_block_digest(consume=False)
        ):
            return _error_page(
                where,
                "the record's block does not match its WARC-Block-Digest"
                " (wrong Content-Length or corrupted data); skipped",
                **common,
            )
        if rtype == warc.WarcRecordType.response:
            if not _is_http(headers):
                return None  # e.g. dns: responses
            try:
                rec.parse_http(auto_decode="all")
            except (OSError, ValueError) as exc:
                return _error_page(where, f"cannot parse the HTTP response ({exc})", **common)
            if rec.http_headers is None:
                msg = "the record has no readable HTTP headers (truncated or damaged record?)"
                return _error_page(where, msg, **common)
            status = rec.http_headers.status_code
            if status is not None and 300 <= int(status) < 400:
                return None  # redirects carry no page
            ctype = (rec.http_content_type or "").lower() or None
            charset = rec.http_charset or None
        else:
            ctype, charset = _split_content_type(headers.get("Content-Type") or "")
        fmt = _format_of(ctype)
        if fmt is None:
            if self.non_html == "skip":
                return None
            msg = f"the response is {ctype}, not HTML or text; skipped"
            return _error_page(where, msg, **common)
        data = rec.reader.read()
        return Page(data=data, name=where, format=fmt, encoding=charset, **common)

    def _next_record_start(self, offset: int) -> int:
        """Byte offset of the next plausible record start at or after ``offset``, or -1."""
        if offset >= self.size:
            return -1
        if self.gzip:
            return self.mm.find(_GZIP_MAGIC, offset)
        m = _WARC_LINE_RE.search(self.mm, offset)
        if m is None:
            return -1
        return m.start() + (1 if self.mm[m.start() : m.start() + 1] == b"\n" else 0)

    def _tail_problem(self) -> str | None:
        """A message when the file ends in the middle of a record (or in data no record holds)."""
        start = max(self.last_pos, 0)
        if self.gzip:
            return self._gzip_tail(start)
        if self.last_pos < 0:
            return None
        head_end = self.mm.find(b"\r\n\r\n", start)
        m = _CONTENT_LENGTH_RE.search(self.mm, start, head_end if head_end >= 0 else self.size)
        if head_end < 0 or m is None:
            return f"the file ends inside a record header after byte {start} (truncated WARC?)"
        end = head_end + 4 + int(m.group(1))
        if end > self.size:
            return None  # already reported on the record itself
        rest = bytes(self.mm[end : end + 4096]).strip()
        if rest:
            return f"unreadable data after the last record, from byte {end} (damaged WARC?)"
        return None

    def _gzip_tail(self, start: int) -> str | None:
        """Walk the gzip members after the last record read; each must be complete."""
        pos = start
        while pos < self.size:
            head = bytes(self.mm[pos : pos + 3])
            if not _GZIP_MAGIC.startswith(head) and head != _GZIP_MAGIC:
                if bytes(self.mm[pos : pos + 4096]).strip(b"\x00 \r\n"):
                    return f"unreadable data after byte {pos} (not a gzip member)"
                return None
            d = zlib.decompressobj(wbits=31)
            at = pos
            try:
                while not d.eof and at < self.size:
                    block = self.mm[at : at + (1 << 20)]
                    d.decompress(block, 0)
                    at += len(block) - len(d.unused_data)
            except zlib.error as exc:
                return f"damaged gzip data in the member at byte {pos} ({exc})"
            if not d.eof:
                return (
                    f"the file ends in the middle of the gzip member at byte {pos}:"
                    " truncated WARC.gz; the records before it were read"
                )
            pos = at
        return None


def _error_page(name: str, message: str, **fields: Any) -> Page:
    """An error page; its data is its name, so that each one gets its own record id."""
    return Page(data=name.encode("utf-8", "replace"), name=name, error=message, **fields)


def _is_http(headers: Any) -> bool:
    ctype = (headers.get("Content-Type") or "").lower()
    uri = (headers.get("WARC-Target-URI") or "").lower()
    return "application/http" in ctype or uri.startswith(("http:", "https:"))


def _split_content_type(value: str) -> tuple[str | None, str | None]:
    parts = [x.strip() for x in value.split(";")]
    ctype = parts[0].lower() or None
    charset = None
    for part in parts[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return ctype, charset


def _format_of(ctype: str | None) -> PageFormat | None:
    if ctype is None:
        return "auto"
    if ctype in _HTML_TYPES:
        return "html"
    if ctype in _MARKDOWN_TYPES:
        return "markdown"
    if ctype in _TEXT_TYPES:
        return "text"
    return None
