"""Markdown dumps to plain text: the markup goes, the words stay, so the text path reads the page
like any other dump.

Many scrapers save pages as Markdown (html2text, "reader" services, crawlers that feed language
models).  Link targets and image syntax make a menu line long and wordy ("* [Privacy](/privacy/)")
and put URL tokens into article lines, which the line classifier and the body both suffer from:
on aeb-dev pages saved by html2text the text path scored F1 0.65 on the Markdown and 0.91 on this
module's output (``benchmarks/dumps.py``).

What changes, each kind counted as a ``Change("markdown", rule, count)``:

- ``images``: ``![alt](src)`` and ``![alt][ref]`` are removed (alt text is not article text);
- ``links``: ``[text](target "title")`` and ``[text][ref]`` become ``text``;
- ``link-definitions``: a ``[ref]: target`` line becomes blank;
- ``headings``: the marks of ``## Heading`` go;
- ``emphasis``: ``**``/``__`` and single ``*``/``_`` around words go (not inside words);
- ``escapes``: backslash escapes of characters that cannot make syntax again (``1\\.``,
  ``\\-``, ``\\!``) are undone; escaped ``*``, ``_``, brackets, parentheses, ``#`` and
  backslashes stay escaped, so that the output holds no Markdown a second conversion would read.

Lines stay lines (no line is joined or split), list bullets and quote marks stay (the phrase
rules strip them).  The rules run until nothing changes (nested links and emphasis take more
than one pass; every rule deletes characters, so this ends), bounded at ``_MAX_PASSES``:
converting the output again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from archnorm.record import Change

# a link target: no spaces, balanced parentheses one level deep, an optional "title"
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)"
_REF = r"\[[^\[\]\n]*\]"
# link or image text: no bare bracket, but escaped ones ("![\[photo\]](src)", as html2text
# writes an alt text that holds brackets) are text, as in CommonMark
_TEXT = r"(?:[^\[\]\n\\]|\\.)*"
_IMAGE_RE = regex.compile(rf"(?<!\\)!\[{_TEXT}\](?:{_TARGET}|{_REF})")
_LINK_RE = regex.compile(rf"(?<!\\)\[(?P<text>{_TEXT})\](?:{_TARGET}|{_REF})")
# "[1]: https://example.org/a "Title"": the target must look like an address, so that a plain
# line such as "[Update]: The council said ..." stays
_DEFINITION_RE = regex.compile(
    r"(?m)^[ \t]{0,3}\[[^\[\]\n]+\]:[ \t]*<?(?:[a-zA-Z][\w+.-]*:|/|\#|www\.)\S*"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$"
)
_HEADING_RE = regex.compile(r"(?m)^([ \t]{0,3})#{1,6}(?:[ \t]+|$)")
_EMPHASIS_RE = regex.compile(
    r"(?<!\\)(?:\*\*|__)|(?<![\w*\\])[*_](?=[^\s*_])|(?<=[^\s*_\\])[*_](?![\w*])"
)
_ESCAPE_RE = regex.compile(r"\\([`{}+\-.!>|])")
_MAX_PASSES = 16

# what makes a page Markdown rather than plain text: inline links or images (a plain dump
# almost never has "[text](target)"), counted in the page's head
_SNIFF_RE = regex.compile(rf"\[[^\[\]\n]*\]{_TARGET}")
_SNIFF_CHARS = 65536
_SNIFF_MIN_LINKS = 3


@dataclass(frozen=True, slots=True)
class Converted:
    """The plain text of a Markdown page and the counted changes."""

    text: str
    changes: tuple[Change, ...]


def looks_like_markdown(text: str) -> bool:
    """Does the head of ``text`` hold enough Markdown links or images to read it as Markdown?"""
    head = text[:_SNIFF_CHARS]
    if "](" not in head:
        return False
    for found, _ in enumerate(_SNIFF_RE.finditer(head), start=1):
        if found >= _SNIFF_MIN_LINKS:
            return True
    return False


def to_text(text: str) -> Converted:
    """Markdown ``text`` to plain text, line for line (see the module docstring)."""
    counts: dict[str, int] = {}

    def sub(rule: str, pattern: regex.Pattern[str], repl: str, s: str) -> str:
        out, n = pattern.subn(repl, s)
        if n:
            counts[rule] = counts.get(rule, 0) + n
        return out

    for _ in range(_MAX_PASSES):
        before = text
        if "[" in text:
            text = sub("images", _IMAGE_RE, "", text)
            text = sub("links", _LINK_RE, r"\g<text>", text)
            text = sub("link-definitions", _DEFINITION_RE, "", text)
        if "#" in text:
            text = sub("headings", _HEADING_RE, r"\1", text)
        if "*" in text or "_" in text:
            text = sub("emphasis", _EMPHASIS_RE, "", text)
        if "\\" in text:
            text = sub("escapes", _ESCAPE_RE, r"\1", text)
        if text == before:
            break
    return Converted(text, tuple(Change("markdown", rule, n) for rule, n in counts.items()))
