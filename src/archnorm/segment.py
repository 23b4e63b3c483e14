"""Text to blocks: split a repaired page into lines with cheap features for the classifier.

A plain-text dump becomes one ``Block`` per non-blank line; ``html.py`` produces the same type
from HTML block elements (with tag hints filled in).  Blocks carry their span in the page text so
that removals and the body can be traced back to it.
"""

from __future__ import annotations

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


def join_blocks(blocks: list[Block]) -> str:
    """Join kept blocks into a body: a blank line where the source had one, else a newline."""
    parts: list[str] = []
    for i, b in enumerate(blocks):
        if i:
            parts.append("\n\n" if b.gap_before else "\n")
        parts.append(b.text)
    return "".join(parts)
