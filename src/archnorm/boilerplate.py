"""Classify blocks as article or boilerplate, with a reason for every removal.

The default method (``BoilerplateConfig.method = "model"``) scores every block with the learned
line classifier (``linemodel``: two logistic regressions over cheap features -- length, words,
function-word share, terminal punctuation, capitals, digits, separators, glued menus,
boilerplate phrases, position, and for HTML the tag, heading, link density and class/id hints --
then the same over the neighbours' scores, which is the context smoothing).  A block is kept when
its score reaches the model's threshold and no high-precision phrase rule vetoes it; a site
profile removes lines repeated across the site first.  Every removal gets a reason: the phrase
rule's, else the HTML hint's (comments, share, related, navigation, ...), else one from the
block's shape (link-list, short-line, no-sentence).

The rule-only method (``method="rules"``, the first version, kept for comparison and as a
fallback) works in three layers:

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

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import regex

from archnorm._phrases import (
    BREADCRUMB_SEPARATORS,
    LINE_PHRASES,
    STOPWORDS,
    TEMPERATURE,
    URL_MARKS,
)
from archnorm.linemodel import LineModel, load_model
from archnorm.record import RemovalReason
from archnorm.segment import Block, join_lines


class LineProfile(Protocol):
    """What the classifier needs from a site profile: is this line repeated across the site?"""

    def is_repeated(self, line: str) -> bool: ...


Method = Literal["model", "rules"]


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Thresholds of the line rules (defaults tuned for news pages).

    ``content_words``: a line with at least this many words and sentence punctuation is content.
    ``long_words``: a line this long is content even without punctuation.
    ``phrase_max_words``: phrase rules only apply to lines up to this many words, so an article
    sentence that happens to start with "Home" or "Search" is never taken for navigation.
    ``method``: "model" (learned line classifier, default) or "rules" (phrase and line rules
    only).  ``threshold``: keep score for the model (None = the packaged model's tuned value).
    ``phrase_veto``: a phrase rule removes a line even when the model would keep it.
    ``max_passes``: the model re-classifies the kept blocks until they all stay, at most this
    many passes in all, so that a body normalised again stays the same.
    ``max_gap_run``: a run of up to this many short lines between kept blocks stays (0: off).
    ``max_repeated_share``: when more than this share of a page's words are lines the site
    profile calls repeated, the page is a copy of another page and the profile is ignored.
    """

    method: Method = "model"
    threshold: float | None = None
    phrase_veto: bool = True
    max_repeated_share: float = 0.8
    max_gap_run: int = 12
    max_passes: int = 1
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
KEEP_SMOOTHED = Decision(True, None, "smoothing")
_REPEATED = Decision(False, "repeated-on-site", "site-profile")


@functools.cache
def _decision(reason: RemovalReason, rule: str) -> Decision:
    """One shared (immutable) Decision per reason and rule."""
    return Decision(False, reason, rule)


_STRIP_RE = regex.compile(r"^[\s\p{Pd}\p{Po}•·|>»›*#]+|[\s\p{Pd}\p{Po}•·|<«‹*#:]+$")


def _alternation(phrases: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in phrases)


def _escaped(texts: Sequence[str]) -> list[str]:
    return [regex.escape(t) for t in texts]


# Reasons whose phrases must cover the whole line (a navigation word alone on its line) versus
# those where a line starting with the phrase is enough ("Powered by WordPress").
_FULL_LINE_REASONS = ("navigation", "widget", "share", "comments")
_PREFIX_REASONS = ("advert", "related-links", "cookie-notice", "newsletter")
_ANYWHERE_REASONS = ("footer",)


def _groups(reasons: Sequence[str], keep: Callable[[str], bool], suffix: str = "") -> str:
    """Named groups, one per reason, of the reason's phrases that ``keep`` accepts."""
    groups = []
    for r in reasons:
        phrases = [p for p in LINE_PHRASES[r] if keep(p)]
        if phrases:
            groups.append(f"(?P<{r.replace('-', '_')}>{_alternation(phrases)}){suffix}")
    return "|".join(groups)


def _everything(_phrase: str) -> bool:
    return True


_FULL_RE = regex.compile(_groups(_FULL_LINE_REASONS, _everything), regex.IGNORECASE)
_PREFIX_RE = regex.compile(_groups(_PREFIX_REASONS, _everything, "\\b"), regex.IGNORECASE)
# footer phrases are plain text, found anywhere in the line but only at a word start
_ANYWHERE_RE = regex.compile(
    "|".join(
        f"(?P<{r.replace('-', '_')}>(?<!\\w)(?:{_alternation(_escaped(LINE_PHRASES[r]))}))"
        for r in _ANYWHERE_REASONS
    ),
    regex.IGNORECASE,
)
_ANYWHERE_TEXTS = tuple(p for r in _ANYWHERE_REASONS for p in LINE_PHRASES[r])
_TEMPERATURE_RE = regex.compile(rf"(?:{TEMPERATURE})(?:\s*/\s*(?:{TEMPERATURE}))?")


def _start_pattern(keep: Callable[[str], bool]) -> str:
    """The temperature, whole-line and line-start phrases as one alternation, in that order
    (the first alternative that matches names the reason)."""
    parts = [rf"(?P<temperature>(?-i:{_TEMPERATURE_RE.pattern}))\Z"] if keep(TEMPERATURE) else []
    full = _groups(_FULL_LINE_REASONS, keep)
    if full:
        parts.append(f"(?:{full})\\Z")
    prefix = _groups(_PREFIX_REASONS, keep, "\\b")
    if prefix:
        parts.append(prefix)
    return "|".join(parts) or "(?!)"


_START_RE = regex.compile(_start_pattern(_everything), regex.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def _may_start(head: str) -> bool:
    """Can a line starting with ``head`` match ``_START_RE``?  (A partial match on the first
    characters answers it; cached, so most lines skip the big alternation.)"""
    return _START_RE.match(head, partial=True) is not None


@functools.lru_cache(maxsize=1024)
def _start_re(first: str) -> regex.Pattern[str]:
    """``_START_RE`` cut down to the phrases a line starting with ``first`` can match (the
    same verdicts: an alternative that cannot match the first character cannot win), so the
    match tries a few alternatives instead of all of them."""

    def can_begin(phrase: str) -> bool:
        flags = 0 if phrase == TEMPERATURE else regex.IGNORECASE
        return regex.match(f"(?:{phrase})", first, flags, partial=True) is not None

    return regex.compile(_start_pattern(can_begin), regex.IGNORECASE)


_FULL_NAMES = frozenset(r.replace("-", "_") for r in _FULL_LINE_REASONS)
_GLUED_RE = regex.compile(r"\p{Ll}\p{Lu}")
_BREADCRUMB_SEP_RE = regex.compile(rf"\s(?:{'|'.join(_escaped(BREADCRUMB_SEPARATORS))})\s")
_URLISH_RE = regex.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b\w+\.(?:com|org|net)\b")
_WORD_RE = regex.compile(r"\w+")
_TERMINAL = r"[.!?…:;][\"'”’»)\]]*"  # sentence punctuation, then closing quotes/brackets
_TERMINAL_RE = regex.compile(_TERMINAL + "$")
_TERMINAL_PAGE_RE = regex.compile(_TERMINAL + r"(?=\n|\Z)")  # at each line's end of a page


def _reason(m: regex.Match[str]) -> RemovalReason:
    name = m.lastgroup or "boilerplate"
    reason: RemovalReason = name.replace("_", "-")  # type: ignore[assignment]
    return reason


# Substring facts about one line that tell whether the rules after the line-start match can
# fire: a footer phrase in it, a breadcrumb separator, a URL mark, how many lower-upper letter
# joins (glued menus), sentence punctuation at its end.  A plain tuple: pages make many.
_Marks = tuple[bool, bool, bool, int, bool]


def _line_marks(text: str) -> _Marks:
    low = text.lower()
    return (
        any(p in low for p in _ANYWHERE_TEXTS),
        any(mark in text for mark in BREADCRUMB_SEPARATORS),
        any(mark in text for mark in URL_MARKS),
        len(_GLUED_RE.findall(text)),
        _TERMINAL_RE.search(text) is not None,
    )


_PAGE_MARKS_MIN_LINES = 8


def _page_marks(texts: Sequence[str]) -> list[_Marks]:
    """``_line_marks`` for many lines at once: each needle is looked for once in the joined
    lines (``str.find``) and each pattern run once over them, instead of per line."""
    if len(texts) < _PAGE_MARKS_MIN_LINES:  # the page-wide set-up costs more than it saves
        return [_line_marks(t) for t in texts]
    joined = join_lines(texts)
    low = joined.text.lower() if joined is not None else ""
    if joined is None or len(low) != len(joined.text):
        # a line holding a newline, or lower-casing that changes lengths: line by line
        return [_line_marks(t) for t in texts]
    page = joined.text
    bounds = [*joined.starts[1:], len(page) + 1]
    glued = [0] * len(texts)
    for m in _GLUED_RE.finditer(page):
        glued[joined.line_at(m.start())] += 1
    terminal = [False] * len(texts)
    for m in _TERMINAL_PAGE_RE.finditer(page):
        terminal[joined.line_at(m.start())] = True

    def lines_with(hay: str, needles: Sequence[str]) -> list[bool]:
        hit = [False] * len(texts)
        for needle in needles:
            i = hay.find(needle)
            while i >= 0:
                k = joined.line_at(i)
                hit[k] = True
                i = hay.find(needle, bounds[k])
        return hit

    footer = lines_with(low, _ANYWHERE_TEXTS)
    crumb = lines_with(page, BREADCRUMB_SEPARATORS)
    url = lines_with(page, URL_MARKS)
    return list(zip(footer, crumb, url, glued, terminal, strict=True))


def phrase_decision(
    text: str, words: int, config: BoilerplateConfig, marks: _Marks | None = None
) -> Decision | None:
    """The phrase-rule verdict for one line, or None when no rule fires.  ``marks`` (from
    ``_page_marks``) saves looking for the same substrings line by line."""
    # nothing to strip when the line starts and ends with a letter or digit (no regex needed)
    core = text if text[:1].isalnum() and text[-1:].isalnum() else _STRIP_RE.sub("", text)
    if not core:
        return _decision("empty", "no-letters")
    footer, crumb, url, glued, terminal = _line_marks(text) if marks is None else marks
    if words <= config.phrase_max_words:
        # the temperature, whole-line and line-start phrases in one anchored match, in that order
        m = _start_re(core[0]).match(core) if _may_start(core[:3]) else None
        if m:
            name = m.lastgroup
            if name == "temperature":
                return _decision("widget", "temperature")
            return _decision(_reason(m), "phrase-line" if name in _FULL_NAMES else "phrase-start")
        # a footer phrase in the line is in its core too, unless stripping cut it off
        m = _ANYWHERE_RE.search(core) if footer else None
        if m:
            return _decision(_reason(m), "phrase-in-line")
    elif (core[0] == "-" or core[0].isdigit()) and _TEMPERATURE_RE.fullmatch(core):
        return _decision("widget", "temperature")
    if words <= config.glued_max_words and not terminal:
        if glued >= 2:
            return _decision("navigation", "glued-menu")
        seps = len(_BREADCRUMB_SEP_RE.findall(text)) if crumb else 0
        if seps >= 2 or (seps == 1 and core.lower().startswith("home")):
            return _decision("breadcrumb", "separators")
    if words <= 4 and url and _URLISH_RE.search(text):
        return _decision("link-list", "url-line")
    return None


def phrase_verdicts(
    texts: Sequence[str], words: Sequence[int], config: BoilerplateConfig
) -> list[Decision | None]:
    """``phrase_decision`` for every line of a page (lines too long for any rule skip the
    regex work; a line repeated on the page is looked at once; substring tests run once over
    the page's short lines, not per line)."""
    max_words = max(config.phrase_max_words, config.glued_max_words, 4)
    short: dict[str, int] = {}
    for text, w in zip(texts, words, strict=True):
        if w <= max_words and text not in short:
            short[text] = w
    if not short:
        return [None] * len(texts)
    verdict = {
        text: phrase_decision(text, w, config, marks)
        for (text, w), marks in zip(short.items(), _page_marks(list(short)), strict=True)
    }
    return [verdict[t] if w <= max_words else None for t, w in zip(texts, words, strict=True)]


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
    paths: Sequence[tuple[int, ...]] | None = None,
    model: LineModel | None = None,
) -> list[Decision]:
    """One ``Decision`` per block, in order.  Deterministic; pure.

    ``paths`` (HTML only, from ``html.parse_html``) lets the model find the subtree that holds
    the article.  ``model`` replaces the packaged line model (training and cross-validation).
    """
    cfg = config or BoilerplateConfig()
    if cfg.method == "rules":
        return classify_rules(blocks, profile=profile, config=cfg)
    decisions = _classify_model(blocks, profile, cfg, paths, model)
    # Fixed point: classify the kept blocks again (as normalising the body again would) and
    # drop what that pass drops, so that the body is stable under a second run.
    for _ in range(cfg.max_passes - 1):
        kept = [i for i, d in enumerate(decisions) if d.keep]
        if not kept:
            break
        sub_paths = None if paths is None else [paths[i] for i in kept]
        again = _classify_model([blocks[i] for i in kept], None, cfg, sub_paths, model)
        if all(d.keep for d in again):
            break
        for i, d in zip(kept, again, strict=True):
            if not d.keep:
                decisions[i] = d
    return decisions


def _classify_model(
    blocks: Sequence[Block],
    profile: LineProfile | None,
    cfg: BoilerplateConfig,
    paths: Sequence[tuple[int, ...]] | None,
    model: LineModel | None = None,
) -> list[Decision]:
    n = len(blocks)
    if n == 0:
        return []
    is_html = any(b.tag is not None for b in blocks)
    if model is None:
        model = load_model("html" if is_html else "text")
    scored = model.score(blocks, html=is_html, paths=None if paths is None else list(paths))
    probs = scored.probs.tolist()
    word_counts = scored.words.tolist()
    threshold = model.threshold if cfg.threshold is None else cfg.threshold
    repeated = _repeated(blocks, profile, cfg)
    verdicts = phrase_verdicts([b.text for b in blocks], word_counts, cfg)
    out: list[Decision] = []
    for i, b in enumerate(blocks):
        verdict = verdicts[i]
        if repeated[i]:
            out.append(_REPEATED)
        elif probs[i] >= threshold and (verdict is None or not cfg.phrase_veto):
            out.append(KEEP)
        elif verdict is not None:
            out.append(verdict)
        else:
            out.append(_decision(_shape_reason(b, word_counts[i], cfg), "line-model"))
    if cfg.max_gap_run:
        _fill_gaps(out, cfg.max_gap_run)
    # no article: not one kept block reads like a sentence of prose -> empty body, with reasons
    if not any(d.keep and w >= cfg.content_words for w, d in zip(word_counts, out, strict=True)):
        for i, (b, d) in enumerate(zip(blocks, out, strict=True)):
            if d.keep:
                out[i] = Decision(False, _shape_reason(b, word_counts[i], cfg), "no-article")
    return out


_GAP_REASONS = frozenset({"short-line", "no-sentence"})


def _fill_gaps(decisions: list[Decision], max_run: int) -> None:
    """Context smoothing: a run of at most ``max_run`` plain short lines (no phrase or hint
    reason) between two kept blocks is part of the article (an address block, a list)."""
    n = len(decisions)
    i = 0
    while i < n:
        if decisions[i].keep:
            i += 1
            continue
        j = i
        while j < n and not decisions[j].keep:
            j += 1
        if (
            i > 0
            and j < n
            and j - i <= max_run
            and all(d.rule == "line-model" and d.reason in _GAP_REASONS for d in decisions[i:j])
        ):
            for k in range(i, j):
                decisions[k] = KEEP_SMOOTHED
        i = j


def _repeated(
    blocks: Sequence[Block], profile: LineProfile | None, cfg: BoilerplateConfig
) -> list[bool]:
    """Lines the site repeats; none when nearly the whole page is "repeated" (a copied page)."""
    if profile is None:
        return [False] * len(blocks)
    texts = [b.text for b in blocks]
    # a profile may answer for the whole page at once (``sites.SiteLines.are_repeated``)
    many: Callable[[Sequence[str]], list[bool]] | None = getattr(profile, "are_repeated", None)
    marks = many(texts) if many is not None else [profile.is_repeated(t) for t in texts]
    total = sum(len(b.text.split()) for b in blocks)
    hit = sum(len(b.text.split()) for b, m in zip(blocks, marks, strict=True) if m)
    if total and hit / total > cfg.max_repeated_share:
        return [False] * len(blocks)
    return marks


_HINT_REASONS: tuple[tuple[str, RemovalReason], ...] = (
    ("near:comments", "comments"),
    ("near:share", "share"),
    ("near:advert", "advert"),
    ("near:cookie", "cookie-notice"),
    ("near:newsletter", "newsletter"),
    ("near:related", "related-links"),
    ("near:navigation", "navigation"),
    ("near:footer", "footer"),
    ("near:sidebar", "widget"),
    ("comments", "comments"),
    ("share", "share"),
    ("advert", "advert"),
    ("cookie", "cookie-notice"),
    ("newsletter", "newsletter"),
    ("related", "related-links"),
    ("navigation", "navigation"),
    ("footer", "footer"),
    ("sidebar", "widget"),
)


def _shape_reason(b: Block, words: int, cfg: BoilerplateConfig) -> RemovalReason:
    """Why a block the model rejected goes: its HTML hint, else its shape."""
    if b.hints:
        reason = _hint_reason(b.hints)
        if reason is not None:
            return reason
    if b.link_density > 0.5:
        return "link-list"
    return "short-line" if words < cfg.content_words else "no-sentence"


@functools.lru_cache(maxsize=4096)
def _hint_reason(hints: frozenset[str]) -> RemovalReason | None:
    for hint, reason in _HINT_REASONS:
        if hint in hints:
            return reason
    return None


def classify_rules(
    blocks: Sequence[Block],
    *,
    profile: LineProfile | None = None,
    config: BoilerplateConfig | None = None,
) -> list[Decision]:
    """The rule-only classifier (phrases, line rules, article region).  Deterministic; pure."""
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
