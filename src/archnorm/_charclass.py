"""Character classes as bit masks over code points, for page-wide feature arrays (numpy).

``classes(code_points(text))`` gives one ``uint16`` per character of ``text``: the bits say
whether it is a word character (as ``regex``'s ``\\w``: letters, marks, decimal and letter
numbers, connector punctuation, joiners), an upper- or lower-case letter, a decimal digit,
whitespace, punctuation (``[^\\w\\s]``), or one of the small sets the line features count
(breadcrumb separators, dashes, commas, sentence-final marks, opening quotes).  The table for
the Basic Multilingual Plane is built once, on first use; the rare characters above it are
classified one by one.  ``lowered`` folds case the same way, for hashing words.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt
import regex

WORD = 1 << 0
UPPER = 1 << 1
LOWER = 1 << 2
DIGIT = 1 << 3
SPACE = 1 << 4
PUNCT = 1 << 5
SEPARATOR = 1 << 6  # breadcrumb and menu separators: | » › • · > /
DASH = 1 << 7  # - – —
COMMA = 1 << 8  # , ， 、 ;
TERMINAL = 1 << 9  # a line ending in one of these reads as finished
QUOTE = 1 << 10  # opening quotation marks
SENTENCE_END = 1 << 11  # . ! ? 。 ！ ？
CLOSER = 1 << 12  # closing quotes and brackets after a sentence end
DATE_SEP = 1 << 13  # . / - between the numbers of a date

_SETS = (
    (SEPARATOR, "|»›•·>/"),
    (DASH, "-–—"),
    (COMMA, ",，、;"),
    (TERMINAL, ".!?。！？…:;\"'”’»)]"),
    (QUOTE, "\"'“‘«„"),
    (SENTENCE_END, ".!?。！？"),
    (CLOSER, "\"'”’)]"),
    (DATE_SEP, "./-"),
)

Classes = npt.NDArray[np.uint16]


# the classes as the regex module defines them, so that these counts agree with regexes elsewhere
_REGEX_CLASSES = (
    (WORD, r"\w"),
    (UPPER, r"\p{Lu}"),
    (LOWER, r"\p{Ll}"),
    (DIGIT, r"\d"),
    (SPACE, r"\s"),
)


def _fill(table: Classes, text: str, offsets: npt.NDArray[np.int64]) -> None:
    """Set the class bits of the characters of ``text`` at ``table[offsets]``."""
    for bit, pattern in _PATTERNS:
        at = [m.start() for m in pattern.finditer(text)]
        table[offsets[at]] |= bit
    plain = offsets[(table[offsets] & (WORD | SPACE)) == 0]
    table[plain] |= PUNCT


_PATTERNS = tuple((bit, regex.compile(p)) for bit, p in _REGEX_CLASSES) + tuple(
    (bit, regex.compile("[" + regex.escape(members) + "]")) for bit, members in _SETS
)


@lru_cache(maxsize=1)
def _bmp_table() -> Classes:
    table = np.zeros(0x10000, dtype=np.uint16)
    plane = _plane()
    for bit, pattern in _PATTERNS:
        # every character of the plane occurs once, so the matched characters are the offsets
        table[code_points("".join(pattern.findall(plane)))] |= bit
    table[(table & (WORD | SPACE)) == 0] |= PUNCT
    return table


@lru_cache(maxsize=1)
def _plane() -> str:
    """Every code point of the Basic Multilingual Plane, in order."""
    return "".join(map(chr, range(0x10000)))


def _lower(c: int) -> int:
    low = chr(c).lower()
    return ord(low) if len(low) == 1 else c


@lru_cache(maxsize=1)
def _lower_table() -> npt.NDArray[np.uint32]:
    # one str.lower over the whole plane, in blocks of 256: the rare block whose lower-case
    # form changes length (U+0130 becomes two characters) is done character by character
    plane = _plane()
    table: npt.NDArray[np.uint32] = np.arange(0x10000, dtype=np.uint32)
    for lo in range(0, 0x10000, 256):
        low = plane[lo : lo + 256].lower()
        if len(low) == 256:
            table[lo : lo + 256] = code_points(low)
        else:
            table[lo : lo + 256] = [_lower(c) for c in range(lo, lo + 256)]
    return table


def lowered(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """Code points case-folded one by one (``str.lower`` where it keeps one character)."""
    out = _lower_table()[np.minimum(cps, 0xFFFF)]
    big = np.flatnonzero(cps > 0xFFFF)
    for i in big.tolist():
        out[i] = _lower(int(cps[i]))
    return out


def code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` as an array (one element per character)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def classes(cps: npt.NDArray[np.uint32]) -> Classes:
    """The class bits of each code point."""
    table = _bmp_table()
    out = table[np.minimum(cps, 0xFFFF)]
    big = np.flatnonzero(cps > 0xFFFF)
    if len(big):
        out[big] = 0
        _fill(out, "".join(chr(int(c)) for c in cps[big]), big)
    return out
