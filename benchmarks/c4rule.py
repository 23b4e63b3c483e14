"""The C4 line heuristics (Raffel et al. 2020, TFDS ``c4_utils.clean_page``) as a baseline.

Line rules: keep a line only if it ends in a terminal mark (. ? ! or a closing quote), has at
least 3 words, has no word longer than 1,000 characters, does not mention "javascript", and is
not a policy/cookie notice; citation markers like "[1]" are removed.  Page rules: a page with
"lorem ipsum" or a curly bracket is dropped, and so is a page left with fewer than 3 sentences
(here: 3 kept lines).  A dropped page gives an empty text.
"""

from __future__ import annotations

import re

_END_MARKS = (".", "?", "!", '"', "”", "’", "'")
_CITATION_RE = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
_POLICY = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
MIN_WORDS_PER_LINE = 3
MIN_SENTENCES = 3
MAX_WORD_LENGTH = 1000


def c4_clean(text: str, *, page_rules: bool = True) -> str:
    lower = text.lower()
    if page_rules and ("lorem ipsum" in lower or "{" in text):
        return ""
    kept = []
    for raw in text.split("\n"):
        line = _CITATION_RE.sub("", raw.strip())
        if not line.endswith(_END_MARKS):
            continue
        words = line.split()
        if len(words) < MIN_WORDS_PER_LINE:
            continue
        if any(len(w) > MAX_WORD_LENGTH for w in words):
            continue
        low = line.lower()
        if "javascript" in low or any(p in low for p in _POLICY):
            continue
        kept.append(line)
    if page_rules and len(kept) < MIN_SENTENCES:
        return ""
    return "\n".join(kept)
