"""Bytes to clean text: decoding, mojibake and entity repair, Unicode and whitespace normalisation.

``decode`` turns bytes into ``str`` (BOM, then strict UTF-8, then a declared charset, then
charset-normalizer's detection for legacy encodings such as cp1252 and latin-1) and says which
encoding it used.  ``repair`` runs ftfy, NFC and whitespace/control-character clean-up, and counts
each kind of change so the record can say what was rewritten.  Both are pure functions and
``repair(repair(x).text).text == repair(x).text``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import ftfy
import regex

from archnorm.errors import EmptyInputError, InputError
from archnorm.record import Change

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes that almost never occur in text: NUL and the C0 controls other than tab/newline/CR/FF/ESC.
_BINARY_BYTES_RE = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET_RE = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.IGNORECASE
)

# Whitespace and control characters, each rule named for the change it counts.  These simple
# character classes use the standard library's ``re``: on them it scans about 3x faster than
# ``regex``, and a page is scanned once by ``_ODD_CHAR_RE`` before any rule runs.
_ODD_CHAR_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\t\u00a0\u00ad\u1680\u2000-\u200b\u2028\u2029"
    "\u202f\u205f\u3000\ufeff]"
)
_LINE_SEP_RE = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_FORMAT_RE = re.compile("[\u00ad\u200b\ufeff]")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\x0b\x0c\r]")
_ODD_SPACE_RE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE_RE = re.compile(" {2,}")
_TRAILING_SPACE_RE = re.compile("(?m) +$|^ +")
_MANY_BLANK_LINES_RE = re.compile("\n{3,}")

# ftfy is thorough but slow (milliseconds a page).  It is only run when the text holds something
# it could fix: a UTF-8 lead character read as latin-1/cp1252 or cp1251 followed by a character a
# continuation byte turns into; an HTML entity; C1 controls, surrogates, ligatures, full-width
# forms, terminal escapes or replacement characters.  A one-class scan finds candidate positions,
# the full pattern is tried only there.  tests/test_repair.py checks this gate against ftfy itself.
_CP1252_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_SINGLES = "\x80-\x9f\x1b\ud800-\udfff\ufb00-\ufb06\uff01-\uff5e\uff61-\uff9f\ufffd"
_CYRILLIC_LEADS = "\u0420\u0421\u0432\u0440\u0441"
_FTFY_HINT_START_RE = re.compile(f"[\u00c2-\u00f4{_CYRILLIC_LEADS}&{_SINGLES}]")
_FTFY_HINT_RE = re.compile(
    f"[\u00c2-\u00f4][{_CP1252_CONT}]|[\u00c2\u00c3] "
    f"|[{_CYRILLIC_LEADS}][\u0402-\u045f{_CP1252_CONT}\u2116]"
    "|&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};"
    "|(?:amp|lt|gt|quot|nbsp|copy|reg)(?![a-zA-Z0-9]))"
    f"|[{_SINGLES}]"
)
_MAX_FTFY_PASSES = 8
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=True,
    normalization="NFC",
    explain=False,
    fix_line_breaks=False,  # counted separately below
    uncurl_quotes=False,  # typographic quotes are the publisher's text, not damage
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text of some bytes and the encoding that produced it."""

    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class Repaired:
    """Repaired text and the counted changes that led to it."""

    text: str
    changes: tuple[Change, ...]


def looks_binary(data: bytes) -> bool:
    """True when the first 4 KB hold control bytes that text never has (images, archives...)."""
    head = data[:4096]
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False  # UTF-16/32 text is full of NULs
    hits = len(_BINARY_BYTES_RE.findall(head))
    return hits > max(2, len(head) // 100)


def decode(data: bytes, *, declared: str | None = None, name: str | None = None) -> Decoded:
    """Decode page bytes to text.

    Order: a byte-order mark; strict UTF-8; the ``declared`` charset (HTTP header) or a
    ``<meta charset>`` in the first 4 KB; charset-normalizer's best guess; cp1252 with
    replacement as the last resort (noted as ``cp1252-replace``).  Raises ``EmptyInputError`` for
    zero bytes and ``InputError`` for binary data, naming ``name``.
    """
    if not data:
        raise EmptyInputError("the page is empty (0 bytes)", input_id=name)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        raise InputError(
            "looks like binary data (control bytes in the first 4 KB), not a text or HTML page;"
            " pass text, HTML, JSONL or WARC input",
            input_id=name,
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    m = _META_CHARSET_RE.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "replace"))
    for enc in candidates:
        try:
            codec = codecs.lookup(enc).name
        except LookupError:
            continue
        if codec in {"utf-8", "ascii"}:
            continue  # already failed as UTF-8; a wrong declaration is common
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            continue
    guess = _detect(data)
    if guess is not None:
        return guess
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252-replace")


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # imported lazily: not needed for UTF-8 input

    results = list(from_bytes(data[:200_000]))
    if not results:
        return None
    best = results[0]
    enc = codecs.lookup(best.encoding).name
    # The detector often ties Western single-byte code pages; on news pages cp1252 is by far the
    # most common of them, so it wins a tie.
    for r in results:
        tied = r.chaos <= best.chaos + 0.01 and r.coherence >= best.coherence - 0.01
        if tied and codecs.lookup(r.encoding).name == "cp1252":
            enc = "cp1252"
            break
    try:
        return Decoded(data.decode(enc), enc)
    except UnicodeDecodeError:
        return Decoded(data.decode(enc, errors="replace"), enc + "-replace")


def repair(text: str) -> Repaired:
    """Repair mojibake and entities (ftfy), normalise to NFC, clean whitespace and controls.

    Lines are kept (only line-break characters are unified to ``\\n``); spaces inside a line are
    collapsed; lines are stripped; three or more newlines become two.  Each kind of change is
    counted once per occurrence in ``changes``.
    """
    changes: list[Change] = []

    def sub(rule: str, pattern: re.Pattern[str], repl: str, s: str) -> str:
        out, n = pattern.subn(repl, s)
        if n:
            changes.append(Change("repair", rule, n))
        return out

    if _ODD_CHAR_RE.search(text):
        text = sub("line-breaks", _LINE_SEP_RE, "\n", text)
    fixed = _ftfy_fixed_point(text)
    if fixed != text:
        changes.append(Change("repair", "ftfy", _count_diff_lines(text, fixed)))
        text = fixed
    if _ODD_CHAR_RE.search(text):
        text = sub("format-chars", _FORMAT_RE, "", text)
        text = sub("control-chars", _CONTROL_RE, "", text)
        text = sub("odd-spaces", _ODD_SPACE_RE, " ", text)
    if "  " in text:
        text = sub("space-runs", _MULTI_SPACE_RE, " ", text)
    if " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
        text = sub("edge-spaces", _TRAILING_SPACE_RE, "", text)
    if "\n\n\n" in text:
        text = sub("blank-lines", _MANY_BLANK_LINES_RE, "\n\n", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        changes.append(Change("repair", "nfc", 1))
    stripped = text.strip("\n")
    if stripped != text:
        changes.append(Change("repair", "edge-newlines", 1))
        text = stripped
    return Repaired(text, tuple(changes))


def needs_ftfy(text: str) -> bool:
    """Could ftfy change anything here?  A cheap scan for the characters its fixes start from."""
    return bool(_hint_lines(text))


def _hint_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines holding something ftfy could fix, in order, without repeats."""
    spans: list[tuple[int, int]] = []
    match = _FTFY_HINT_RE.match
    for m in _FTFY_HINT_START_RE.finditer(text):
        pos = m.start()
        if (spans and pos < spans[-1][1]) or not match(text, pos):
            continue
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        spans.append((start, len(text) if end < 0 else end))
    return spans


def _ftfy_fixed_point(text: str) -> str:
    """ftfy on the lines that need it, until nothing changes.

    Only lines with a hint are passed to ftfy (it works line by line anyway), which keeps clean
    pages at the cost of one scan.  Double-escaped entities ("&amp;amp;") and doubly encoded
    mojibake need more than one pass, and one pass would make ``repair`` not idempotent.
    """
    for _ in range(_MAX_FTFY_PASSES):
        spans = _hint_lines(text)
        if not spans:
            break
        parts: list[str] = []
        prev = 0
        for start, end in spans:
            parts.append(text[prev:start])
            parts.append(ftfy.fix_text(text[start:end], _FTFY_CONFIG))
            prev = end
        parts.append(text[prev:])
        fixed = "".join(parts)
        if fixed == text:
            break
        text = fixed
    return text


def _count_diff_lines(before: str, after: str) -> int:
    """How many lines ftfy changed (a cheap, stable count of its fixes)."""
    a, b = before.split("\n"), after.split("\n")
    if len(a) != len(b):
        return max(1, abs(len(a) - len(b)))
    return sum(1 for x, y in zip(a, b, strict=True) if x != y)


def repair_bytes(data: bytes, *, declared: str | None = None, name: str | None = None) -> Repaired:
    """``decode`` then ``repair``; the decoding is not counted as a change."""
    return repair(decode(data, declared=declared, name=name).text)
