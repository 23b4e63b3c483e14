"""Classify blocks as article or boilerplate, with a reason for every removal.

Three layers decide, in order:

1. **Phrase rules** (``_phrases.LINE_PHRASES``): short lines that are a known template phrase
   ("Most Popular", "Powered by", "- Advertisement -", "Share on Facebook") are removed with the
   phrase's reason; glued menus ("HomeAll Articles...") and breadcrumbs ("Home » World") are
   navigation; a weather reading is a widget.  A site profile, when given, removes lines
   repeated across the site's pages ("repeated-on-site").
2. **Line rules**: a line is *content* when it reads like prose: enough words and either terminal
   punctuation or a normal share of stopwords.
3. **Smoothing**: the article region runs from the first to the last content line; short lines
   inside it stay (a letter's address block, a subheading, a list), lines outside it go
   ("short-line", "no-sentence").

The decision for each block is a ``Decision``; ``pipeline`` turns removals into ``Removal``s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import regex

from archnorm._phrases import LINE_PHRASES, STOPWORDS, TEMPERATURE
from archnorm.record import RemovalReason
from archnorm.segment import Block


class LineProfile(Protocol):
    """What the classifier needs from a site profile: is this line repeated across the site?"""

    def is_repeated(self, line: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Thresholds of the line rules (defaults tuned for news pages).

    ``content_words``: a line with at least this many words and sentence punctuation is content.
    ``long_words``: a line this long is content even without punctuation.
    ``phrase_max_words``: phrase rules only apply to lines up to this many words, so an article
    sentence that happens to start with "Home" or "Search" is never taken for navigation.
    """

    content_words: int = 10
    long_words: int = 25
    min_stopword_share: float = 0.15
    phrase_max_words: int = 8
    glued_max_words: int = 16


@dataclass(frozen=True, slots=True)
class Decision:
    """Keep or remove one block; removals carry a reason and the rule that fired."""

    keep: bool
    reason: RemovalReason | None = None
    rule: str | None = None


KEEP = Decision(True)

_STRIP_RE = regex.compile(r"^[\s\p{Pd}\p{Po}•·|>»›*#]+|[\s\p{Pd}\p{Po}•·|<«‹*#:]+$")


def _alternation(phrases: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in phrases)


# Reasons whose phrases must cover the whole line (a navigation word alone on its line) versus
# those where a line starting with the phrase is enough ("Powered by WordPress").
_FULL_LINE_REASONS = ("navigation", "widget", "share", "comments")
_PREFIX_REASONS = ("advert", "related-links", "cookie-notice", "newsletter")
_ANYWHERE_REASONS = ("footer",)

_FULL_RE = regex.compile(
    "|".join(
        f"(?P<{r.replace('-', '_')}>{_alternation(LINE_PHRASES[r])})" for r in _FULL_LINE_REASONS
    ),
    regex.IGNORECASE,
)
_PREFIX_RE = regex.compile(
    "|".join(
        f"(?P<{r.replace('-', '_')}>{_alternation(LINE_PHRASES[r])})\\b" for r in _PREFIX_REASONS
    ),
    regex.IGNORECASE,
)
_ANYWHERE_RE = regex.compile(
    "|".join(
        f"(?P<{r.replace('-', '_')}>\\b{_alternation(LINE_PHRASES[r])})" for r in _ANYWHERE_REASONS
    ),
    regex.IGNORECASE,
)
_TEMPERATURE_RE = regex.compile(rf"(?:{TEMPERATURE})(?:\s*/\s*(?:{TEMPERATURE}))?")
_GLUED_RE = regex.compile(r"\p{Ll}\p{Lu}")
_BREADCRUMB_SEP_RE = regex.compile(r"\s(?:»|›|>|→|/|\||::)\s")
_URLISH_RE = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\w+\.(?:com|org|net)\b")
_WORD_RE = regex.compile(r"\w+")
_TERMINAL_RE = regex.compile(r"[.!?…:;][\"'”’»)\]]*$")


def _reason(m: regex.Match[str]) -> RemovalReason:
    name = m.lastgroup or "boilerplate"
    reason: RemovalReason = name.replace("_", "-")  # type: ignore[assignment]
    return reason


def phrase_decision(text: str, words: int, config: BoilerplateConfig) -> Decision | None:
    """The phrase-rule verdict for one line, or None when no rule fires."""
    core = _STRIP_RE.sub("", text)
    if not core:
        return Decision(False, "empty", "no-letters")
    if _TEMPERATURE_RE.fullmatch(core):
        return Decision(False, "widget", "temperature")
    if words <= config.phrase_max_words:
        m = _FULL_RE.fullmatch(core)
        if m:
            return Decision(False, _reason(m), "phrase-line")
        m = _PREFIX_RE.match(core)
        if m:
            return Decision(False, _reason(m), "phrase-start")
        m = _ANYWHERE_RE.search(core)
        if m:
            return Decision(False, _reason(m), "phrase-in-line")
    if words <= config.glued_max_words and not _TERMINAL_RE.search(text):
        if len(_GLUED_RE.findall(text)) >= 2:
            return Decision(False, "navigation", "glued-menu")
        seps = len(_BREADCRUMB_SEP_RE.findall(text))
        if seps >= 2 or (seps == 1 and core.lower().startswith("home")):
            return Decision(False, "breadcrumb", "separators")
    if words <= 4 and _URLISH_RE.search(text):
        return Decision(False, "link-list", "url-line")
    return None


def is_content(text: str, words: int, config: BoilerplateConfig) -> bool:
    """Does this line read like article prose?"""
    if words >= config.long_words:
        return True
    if words < config.content_words:
        return False
    tokens = _WORD_RE.findall(text.lower())
    share = sum(1 for t in tokens if t in STOPWORDS) / len(tokens)
    return bool(_TERMINAL_RE.search(text)) or share >= config.min_stopword_share


def _sentence_like(text: str, min_words: int) -> bool:
    return bool(_TERMINAL_RE.search(text)) and len(_WORD_RE.findall(text)) >= min_words


def classify(
    blocks: Sequence[Block],
    *,
    profile: LineProfile | None = None,
    config: BoilerplateConfig | None = None,
) -> list[Decision]:
    """One ``Decision`` per block, in order.  Deterministic; pure."""
    cfg = config or BoilerplateConfig()
    n = len(blocks)
    decisions: list[Decision | None] = [None] * n
    content = [False] * n
    for i, b in enumerate(blocks):
        words = len(_WORD_RE.findall(b.text))
        if profile is not None and profile.is_repeated(b.text):
            decisions[i] = Decision(False, "repeated-on-site", "site-profile")
            continue
        verdict = phrase_decision(b.text, words, cfg)
        if verdict is not None:
            decisions[i] = verdict
            continue
        content[i] = is_content(b.text, words, cfg)

    first = next((i for i in range(n) if content[i]), None)
    if first is None:
        return [d or Decision(False, "no-sentence", "no-article") for d in decisions]
    last = next(i for i in range(n - 1, -1, -1) if content[i])
    # Edges: a closing sentence just after the last content line ("Results are due on Monday.")
    # belongs to the article, as does a standfirst sentence just before the first.
    while last + 1 < n and decisions[last + 1] is None and _sentence_like(blocks[last + 1].text, 3):
        last += 1
    while first > 0 and decisions[first - 1] is None and _sentence_like(blocks[first - 1].text, 6):
        first -= 1
    out: list[Decision] = []
    for i, d in enumerate(decisions):
        if d is not None:
            out.append(d)
        elif first <= i <= last or content[i]:
            out.append(KEEP)
        else:
            words = len(_WORD_RE.findall(blocks[i].text))
            reason: RemovalReason = "short-line" if words < cfg.content_words else "no-sentence"
            out.append(Decision(False, reason, "outside-article"))
    return out
