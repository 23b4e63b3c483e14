"""Numbered link references of text-browser dumps (``lynx -dump`` and its kin): the markers go,
the words stay.

A text browser's dump marks every link with its number, glued to the link text ("[12]Privacy",
"investigating [53]WeWork"), and lists the addresses at the end under "References".  The
markers put a number token into every linked phrase of the article, and the list is a page of
URLs.  On aeb-dev pages dumped by lynx the text path scored F1 0.85 with them and 0.91 without
(``benchmarks/dumps.py``).

Only a page that has both (at least ``_MIN_MARKERS`` markers and a "References" list of numbered
addresses) is changed, each kind counted as a ``Change("link-references", rule, count)``:

- ``markers``: "[12]" directly before a non-space character or at the end of a line is removed;
- ``reference-list``: the "References" heading, its "Visible links:"/"Hidden links:" headings
  and its "12. https://..." lines become blank lines.

Lines stay lines.  The output holds neither markers nor a list, so converting it again changes
nothing.
"""

from __future__ import annotations

import regex

from archnorm.markdown import Converted
from archnorm.record import Change

# glued to its link text, or at a line's end (lynx wrapped the link text onto the next line)
_MARKER_RE = regex.compile(r"\[\d{1,5}\](?=\S|[ \t]*(?:\n|\Z))")
_MIN_MARKERS = 3
_LIST_SHARE = 0.8
# the list: a "References" line, then (blank lines,) link-kind headings and numbered addresses
_LIST_HEAD_RE = regex.compile(r"(?m)^[ \t]*References[ \t]*$")
# an address may hold spaces (lynx prints it unescaped) and run over onto a line of its own
_LIST_LINE_RE = regex.compile(
    r"[ \t]*(?:\d{1,5}\.[ \t]+[a-zA-Z][\w+.-]*:[^\n]*|[a-zA-Z][\w+.-]*://[^\n]*"
    r"|(?:Visible|Hidden) links:?[ \t]*)"
)


def _list_start(text: str) -> int | None:
    """Where the reference list starts: the last "References" line, when at least
    ``_LIST_SHARE`` of the non-blank lines after it are numbered addresses or link-kind headings
    (and there is at least one; an odd line such as lynx's "[USEMAP]" does not stop it)."""
    heads = list(_LIST_HEAD_RE.finditer(text))
    if not heads:
        return None
    head = heads[-1]
    rest = text[head.end() :]
    lines = [ln for ln in rest.split("\n") if ln.strip()]
    listed = sum(1 for ln in lines if _LIST_LINE_RE.fullmatch(ln))
    if not lines or listed < _LIST_SHARE * len(lines):
        return None
    return head.start()


def has_link_references(text: str) -> bool:
    """Is ``text`` a text-browser dump with numbered link markers and a reference list?"""
    if "References" not in text or "]" not in text:
        return False
    markers = sum(1 for _ in zip(range(_MIN_MARKERS), _MARKER_RE.finditer(text), strict=False))
    return markers >= _MIN_MARKERS and _list_start(text) is not None


def strip_link_references(text: str) -> Converted:
    """Remove the markers and blank the reference list (see the module docstring); a page
    without both is returned unchanged."""
    if not has_link_references(text):
        return Converted(text, ())
    start = _list_start(text)
    assert start is not None  # has_link_references checked it
    body, listed = text[:start], text[start:]
    body, markers = _MARKER_RE.subn("", body)
    blanked = "\n" * listed.count("\n")
    dropped = sum(1 for ln in listed.split("\n") if ln.strip())
    changes = (
        Change("link-references", "markers", markers),
        Change("link-references", "reference-list", dropped),
    )
    return Converted(body + blanked, changes)
