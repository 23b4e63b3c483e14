"""Turn paths into a stream of ``Page`` objects.

A path is a file, a folder (walked recursively, in sorted order), or ``-`` for standard input.
A ``.jsonl`` file (or ``format="jsonl"``) holds one page per line: a JSON object with a ``text``
or ``html`` field and optional ``url``, ``id`` and ``site``.  ``*.warc`` / ``*.warc.gz`` files
give their HTML and text responses (``archnorm.io.warc``).  Any other ``*.gz`` file is
decompressed and read by its inner name (``page.html.gz``, ``export.jsonl.gz``).  Anything that
cannot be read becomes a ``Page`` with ``error`` set, so the run goes on and the summary counts it.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from archnorm.io.warc import NonHtml, is_warc_path, read_warc
from archnorm.page import Page, PageFormat

ReadFormat = Literal["auto", "text", "markdown", "html", "jsonl"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_SKIP_NAMES = frozenset({".DS_Store", "Thumbs.db"})


def iter_pages(
    paths: Iterable[str | os.PathLike[str]],
    format: ReadFormat = "auto",
    *,
    non_html: NonHtml = "error",
) -> Iterator[Page]:
    """Pages from files, folders (recursive) and ``-`` (stdin), lazily, in a stable order.

    ``non_html``: what to do with WARC responses that are neither HTML nor text (PDF, images):
    an error page each (``"error"``, the default) or nothing (``"skip"``).
    """
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", format)
            continue
        p = Path(path)
        if p.is_dir():
            yield from _walk(p, format, non_html)
        elif p.exists():
            yield from _read_file(p, format, non_html)
        else:
            yield Page(data=b"", name=path, error=f"no such file or folder: {path}")


def list_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files ``iter_pages`` would read, in its order (folders expanded; missing paths kept,
    so that reading them reports the problem)."""
    out: list[str] = []
    for raw in paths:
        path = os.fspath(raw)
        p = Path(path)
        if path != "-" and p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                out.extend(
                    str(Path(root) / n)
                    for n in sorted(files)
                    if n not in _SKIP_NAMES and not n.startswith(".")
                )
        else:
            out.append(path)
    return out


def _walk(folder: Path, format: ReadFormat, non_html: NonHtml = "error") -> Iterator[Page]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        while errors:  # a sub-folder that could not be listed: report it, walk on
            exc = errors.pop(0)
            yield Page(
                data=b"",
                name=str(exc.filename or folder),
                error=f"cannot list folder: {exc.strerror or exc}",
            )
        dirs.sort()
        for name in sorted(files):
            if name in _SKIP_NAMES or name.startswith("."):
                continue
            yield from _read_file(Path(root) / name, format, non_html)
    for exc in errors:
        yield Page(
            data=b"",
            name=str(exc.filename or folder),
            error=f"cannot list folder: {exc.strerror or exc}",
        )


def _inner_suffix(path: Path) -> str:
    """The suffix that says what a file holds: ``.html`` for ``page.html.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _page_format(path: Path, format: ReadFormat) -> PageFormat:
    if format in ("text", "markdown", "html"):
        return format
    suffix = _inner_suffix(path)
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "markdown" if suffix in _MARKDOWN_SUFFIXES else "auto"


def _read_file(path: Path, format: ReadFormat, non_html: NonHtml = "error") -> Iterator[Page]:
    name = str(path)
    if format in ("auto", "html") and is_warc_path(path):
        yield from read_warc(path, non_html=non_html)
        return
    gz = path.suffix.lower() == ".gz"
    is_jsonl = format == "jsonl" or (format == "auto" and _inner_suffix(path) in _JSONL_SUFFIXES)
    try:
        if is_jsonl:
            opener = gzip.open if gz else Path.open
            with opener(path, "rb") as fh:
                yield from read_jsonl(fh, name)
            return
        data = path.read_bytes()
        if gz:
            data = gzip.decompress(data)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield Page(data=b"", name=name, error=f"cannot decompress (truncated or not gzip?): {exc}")
        return
    except OSError as exc:
        yield Page(data=b"", name=name, error=f"cannot read file: {exc.strerror or exc}")
        return
    yield Page(data=data, name=name, format=_page_format(path, format))


def _read_stream(stream: BinaryIO, name: str, format: ReadFormat) -> Iterator[Page]:
    if format == "jsonl":
        yield from read_jsonl(stream, name)
        return
    data = stream.read()
    yield Page(data=data, name=name, format="auto" if format == "auto" else format)


def read_jsonl(stream: Iterable[bytes], name: str) -> Iterator[Page]:
    """One ``Page`` per non-blank JSONL line; a bad line becomes an error page named file:line."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Page(data=line, name=where, error=f"line is not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield Page(
                data=line, name=where, error=f"expected a JSON object, got {type(obj).__name__}"
            )
            continue
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        site = obj.get("site") if isinstance(obj.get("site"), str) else None
        pid = obj.get("id")
        label = f"{where} (id {pid})" if isinstance(pid, str | int) else where
        if isinstance(obj.get("html"), str):
            yield Page(data=obj["html"], url=url, name=label, format="html", site=site)
        elif isinstance(obj.get("text"), str):
            yield Page(data=obj["text"], url=url, name=label, format="text", site=site)
        else:
            yield Page(
                data=line,
                url=url,
                name=label,
                error='expected a "text" or "html" string field in the JSON object',
            )
