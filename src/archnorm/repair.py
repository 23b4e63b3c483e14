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
# (U+0085 is not a line break here: in scraped text it is nearly always a mojibake byte, e.g. the
# second byte of "Å" in UTF-8 read as latin-1, or cp1252's "…"; ftfy decides what it is.)
_LINE_SEP_RE = re.compile("\r\n?|[\u2028\u2029\x0b\x0c]")
_FORMAT_RE = re.compile("[\u00ad\u200b\ufeff]")
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\x0b\x0c\r]")
_ODD_SPACE_RE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_MULTI_SPACE_RE = re.compile(" {2,}")
_TRAILING_SPACE_RE = re.compile("(?m) +$|^ +")
_MANY_BLANK_LINES_RE = re.compile("\n{3,}")

# ftfy is thorough but slow (milliseconds a page).  It is only run on lines holding something it
# could fix: a UTF-8 lead byte read through one of the legacy code pages ftfy knows, followed by
# a continuation byte read the same way (e.g. "Ã©", "â€œ", "Ð¿", "√ß"); an HTML entity; C1
# controls, surrogates, ligatures, full-width forms, terminal escapes or replacement characters.
# tests/test_repair.py checks this gate against ftfy itself, on generated mojibake and real pages.
_MOJIBAKE_CODECS = (
    "latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257",
    "iso-8859-2", "mac-roman", "cp437",
)  # fmt: skip


def _byte_chars(codec: str, first: int, last: int) -> str:
    raw = bytes(range(first, last + 1)).decode(codec, errors="ignore")
    return "".join(sorted(set(raw)))


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_LEADS = {c: _byte_chars(c, 0xC2, 0xF4) for c in _MOJIBAKE_CODECS}
_CONTS = {c: _byte_chars(c, 0x80, 0xBF) for c in _MOJIBAKE_CODECS}
_SINGLES = "\x80-\x9f\x1b\ud800-\udfff\ufb00-\ufb06\uff01-\uff5e\uff61-\uff9f\ufffd"
# Candidates: any lead followed by any continuation (of any code page), an ampersand, or a single.
# One simple scan in C; the exact per-code-page pattern is then tried only at the (rare) hits.
_ALL_LEADS = "".join(sorted(set("".join(_LEADS.values()))))
_ALL_CONTS = "".join(sorted(set("".join(_CONTS.values()))))
# Written as one character set first (then a one-character look-behind picks the branch), so
# that re's fast set scan finds the candidates; same matches as "[leads][conts]|[&singles]".
_FTFY_HINT_START_RE = re.compile(
    f"[{''.join(re.escape(c) for c in _ALL_LEADS)}&{_SINGLES}]"
    f"(?:(?<={_char_class(_ALL_LEADS)}){_char_class(_ALL_CONTS)}|(?<=[&{_SINGLES}]))"
)
_FTFY_HINT_RE = re.compile(
    "|".join(f"{_char_class(_LEADS[c])}{_char_class(_CONTS[c])}" for c in _MOJIBAKE_CODECS)
    + "|[\u00c2\u00c3] "
    + "|&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[a-zA-Z][a-zA-Z0-9]{1,31};"
    + "|(?:amp|lt|gt|quot|nbsp|copy|reg)(?![a-zA-Z0-9]))"
    + f"|[{_SINGLES}]"
)
_MAX_FTFY_PASSES = 8
_MAX_REPAIR_PASSES = 4
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


# Non-Latin scripts, whose legacy code pages charset-normalizer tells apart well: its guess
# stands.  (Central European Latin text is caught by the share test: its cp1252 decoding is full
# of "¿³±¶" and fails it.)  For Western text it often picks a look-alike code page (cp775,
# cp1250 for French), so cp1252, by far the most common legacy encoding of Western news, is
# preferred when its decoding reads as Western text.
_NON_WESTERN = frozenset(
    [
        "Russian",
        "Ukrainian",
        "Bulgarian",
        "Kazakh",
        "Serbian",
        "Macedonian",
        "Belarusian",
        "Greek",
        "Hebrew",
        "Arabic",
        "Farsi",
        "Persian",
        "Thai",
        "Turkish",
        "Chinese",
        "Japanese",
        "Korean",
        "Vietnamese",
        "Hindi",
    ]
)
_WESTERN_NON_ASCII = frozenset(
    "éèêëàâäáãåçñóòôöõúùûüíìîïÿßæœøÉÈÊÀÂÄÁÇÑÓÔÖÚÜÍÎÆŒØ“”‘’–—…€£«»°·§©®™\u00a0"
)


def _western_share(text: str) -> float:
    high = [c for c in text if c > "\x7f"]
    return sum(c in _WESTERN_NON_ASCII for c in high) / len(high) if high else 1.0


def _detect(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for non-UTF-8 input

    sample = data[:200_000]
    results = list(from_bytes(sample))
    best = results[0] if results else None
    if best is None or best.language not in _NON_WESTERN:
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        if western is not None and _western_share(western[:200_000]) >= 0.9:
            return Decoded(western, "cp1252")
    if best is None:
        return None
    enc = codecs.lookup(best.encoding).name
    try:
        return Decoded(data.decode(enc), enc)
    except UnicodeDecodeError:
        return Decoded(data.decode(enc, errors="replace"), enc + "-replace")


def repair(text: str) -> Repaired:
    """Repair mojibake and entities (ftfy), normalise to NFC, clean whitespace and controls.

    Lines are kept (only line-break characters are unified to ``\\n``); spaces inside a line are
    collapsed; lines are stripped; three or more newlines become two.  Each kind of change is
    counted in ``changes``.  Idempotent: removing a control character can expose mojibake that
    ftfy could not see past it ("\\x8dÎ\\x91"), so a pass in which ftfy or the control-character
    rule fired is followed by another, up to a small bound.
    """
    counts: dict[str, int] = {}
    for _ in range(_MAX_REPAIR_PASSES):
        text, again = _repair_pass(text, counts)
        if not again:
            break
    return Repaired(text, tuple(Change("repair", rule, n) for rule, n in counts.items()))


_EXPOSING_RULES = frozenset({"ftfy", "control-chars", "format-chars", "nfc"})
_SPACE_RULES = frozenset({"line-breaks", "odd-spaces", "space-runs", "edge-spaces", "blank-lines"})


def _repair_pass(text: str, counts: dict[str, int]) -> tuple[str, bool]:
    """One pass of every rule; returns the text and whether another pass may change it."""
    fired: set[str] = set()

    def sub(rule: str, pattern: re.Pattern[str], repl: str, s: str) -> str:
        out, n = pattern.subn(repl, s)
        if n:
            counts[rule] = counts.get(rule, 0) + n
            fired.add(rule)
        return out

    odd = _ODD_CHAR_RE.search(text) is not None
    if odd:
        text = sub("line-breaks", _LINE_SEP_RE, "\n", text)
    fixed = _ftfy_fixed_point(text)
    if fixed != text:
        counts["ftfy"] = counts.get("ftfy", 0) + _count_diff_lines(text, fixed)
        fired.add("ftfy")
        text = fixed
        odd = _ODD_CHAR_RE.search(text) is not None  # ftfy may add or remove odd characters
    if odd:
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
        counts["nfc"] = counts.get("nfc", 0) + 1
        fired.add("nfc")
    stripped = text.strip("\n")
    if stripped != text:
        counts["edge-newlines"] = counts.get("edge-newlines", 0) + 1
        text = stripped
    # Another pass when a rule may have exposed mojibake ftfy could not see: a removed control
    # character, or whitespace rules that changed a line ftfy may still fix ("\xa0À®0": the
    # no-break space kept ftfy from reading "À®" at the line start).
    again = bool(fired & _EXPOSING_RULES) or (bool(fired & _SPACE_RULES) and needs_ftfy(text))
    return text, again


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
