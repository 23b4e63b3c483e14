"""Text to blocks: split a repaired page into lines with cheap features for the classifier.

A plain-text dump becomes one ``Block`` per non-blank line; ``html.py`` produces the same type
from HTML block elements (with tag hints filled in).  Blocks carry their span in the page text so
that removals and the body can be traced back to it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

_LINE_RE = regex.compile(r"[^\n]+")


@dataclass(slots=True)
class Block:
    """One line (text input) or block element (HTML input) of the page.

    ``start``/``end`` index the page text; ``text`` is the stripped line.  ``gap_before`` is true
    when a blank line (or a block boundary in HTML) separates it from the previous block.  The
    HTML-only hints default to neutral values for text input.
    """

    start: int
    end: int
    text: str
    index: int
    gap_before: bool = False
    tag: str | None = None
    heading: int = 0
    link_density: float = 0.0
    hints: frozenset[str] = frozenset()  # shared, immutable: half the cost of a factory


def split_lines(text: str) -> list[Block]:
    """Split ``text`` into one block per non-blank line; spans exclude surrounding whitespace."""
    blocks: list[Block] = []
    pos = 0
    gap = False  # a blank line since the last block
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            blocks.append(Block(start, start + len(stripped), stripped, len(blocks), gap))
            gap = False
        elif blocks:
            gap = True
        pos += len(raw) + 1
    return blocks


@dataclass(frozen=True, slots=True)
class JoinedLines:
    """Lines joined with newlines and the offset each starts at, for page-wide searches (one
    regex or ``str.find`` over the page) whose matches are mapped back to their lines."""

    text: str
    starts: list[int]

    def line_at(self, pos: int) -> int:
        """The index of the line holding offset ``pos`` of ``text``."""
        return bisect.bisect_right(self.starts, pos) - 1


def join_lines(texts: Sequence[str]) -> JoinedLines | None:
    """``texts`` joined with newlines, or None when one of them holds a line break (a match
    could not be told to its line)."""
    if not texts:
        return JoinedLines("", [])
    text = "\n".join(texts)
    if text.count("\n") != len(texts) - 1:
        return None
    starts = list(itertools.accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    return JoinedLines(text, starts)


def join_blocks(blocks: list[Block]) -> str:
    """Join kept blocks into a body: a blank line where the source had one, else a newline."""
    parts: list[str] = []
    for i, b in enumerate(blocks):
        if i:
            parts.append("\n\n" if b.gap_before else "\n")
        parts.append(b.text)
    return "".join(parts)
