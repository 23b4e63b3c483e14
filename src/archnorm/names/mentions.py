"""Finding person and organisation names in running text.

A candidate is a run of capitalised words, with connectors inside ("Osama bin Laden",
"Zia-ul-Haq", "Bank of England"), or an acronym ("MQM").  Leading titles and honorifics are split
off into ``title`` (the span starts at the name), post-nominal letters ("MP") are cut, ordinary
words that are capitalised only because they start a sentence or a title-case headline are
dropped, and a lone capitalised word is kept only when it has a title, is an acronym, or links to
a fuller name in the same text (or the authority).  Spans always satisfy
``text[m.start:m.end] == m.text``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from archnorm.names import _tables as T
from archnorm.names.authority import Authority
from archnorm.names.cluster import NameGraph
from archnorm.names.index import NameIndex, Resolution
from archnorm.names.keys import (
    deletions,
    fold,
    fold_word,
    is_place_word,
    skeleton,
)
from archnorm.names.parse import parse_name
from archnorm.names.titles import IZAFAT_WORD, OFFICE_ANY, possessive_stem, title_length
from archnorm.record import NameKind, NameMention

_ff = fold_word  # short name for the hot loops

_CAP = r"\p{Lu}[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:['’](?![sS]\b)[\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+)*"
_ACRO = r"\p{Lu}{2,6}(?![\p{L}\p{M}])"
_CONN = r"(?:bin|ibn|bint|al|el|ul|ud|ur|de|van|von|da|di|of|for|and|the|e)"
# a word is whole: not the letters before a digit ("W1" in a postcode is no name)
_WORD = rf"(?>{_ACRO}|{_CAP}\.?)(?!\d)"
_SPAN_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d])(?:{_WORD})(?:(?:[ \t]+|-)(?:{_CONN}(?:[ \t]+|-))*(?:{_WORD}))*"
)
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*\.?|[\p{L}\p{M}]")
_LOWER_WORD_RE = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")
_SENTENCE_END_RE = regex.compile(r"(?:^|[.!?:;\n]|[.!?][\"'”’)\]])[\s\"'“‘(\[—–-]*$")
# words that cut a run of capitalised words: ordinary words, and reporting verbs (a headline's
# "Gilani Says ...")
_CUT_WORDS = T.COMMON_WORDS | T.REPORTING_VERBS
_ONE_WORD_RE = regex.compile(r"[^\s-]+")
_SPEAKER_RE = regex.compile(rf"[ \t]+(?:{'|'.join(sorted(T.REPORTING_VERBS))})\b")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name-like span before clustering."""

    start: int
    end: int
    text: str
    title: str | None
    kind: NameKind
    single: bool
    acronym: bool


def _sentence_initial(text: str, start: int) -> bool:
    return _SENTENCE_END_RE.search(text[max(0, start - 12) : start]) is not None


def _title_case(line: str) -> bool:
    """True when a line is written in title case (most of 4-25 words capitalised)."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 25:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= 0.7 and not line.rstrip().endswith(".")


def _split_runs(
    words: list[tuple[int, int, str]],
    ordinary: set[str],
    headline: bool,
    initial: bool,
    text: str,
) -> list[list[tuple[int, int, str]]]:
    """Cut a span at common words, at org connectors outside organisation names, and (in
    headlines and at sentence start) at words the text also uses in lowercase."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    run = runs[0]
    folded: list[str] = []  # the folded words of the current run
    for i, w in enumerate(words):
        word = w[2]
        f = _ff(word)
        upper = word.isupper()
        if word[:1].islower() and f in T.ORG_CONNECTORS:
            if T.ORG_WORDS.isdisjoint(folded) and not _izafat(words, i, text):
                run, folded = [], []
                runs.append(run)
            else:
                run.append(w)
                folded.append(f)
            continue
        if not upper and (
            f in _CUT_WORDS or ((headline or (initial and i == 0)) and f in ordinary)
        ):
            run, folded = [], []
            runs.append(run)
            continue
        if f in T.MID_SPAN_TITLES and run and not upper and not T.TITLE_WORDS.issuperset(folded):
            # "Waseem Akhtar | Member ...", not "Prime | Minister"; the words of the run that
            # begin the title go with it ("British | Prime Minister Tony Blair")
            k = _title_head(folded, f)
            moved = run[len(run) - k :] if k else []
            del run[len(run) - k :], folded[len(folded) - k :]
            run, folded = moved, [_ff(x[2]) for x in moved]
            runs.append(run)
        if len(f) > 1 and word.endswith(".") and f not in T.TITLE_FIRST_WORDS:
            # "Malik. MQM": a full stop after a word ends the sentence and the span
            run.append((w[0], w[1] - 1, word[:-1]))
            run, folded = [], []
            runs.append(run)
            continue
        run.append(w)
        folded.append(f)
    out = []
    for run in runs:
        a, b = 0, len(run)
        while a < b and run[a][2][:1].islower():
            a += 1
        while b > a and (run[b - 1][2][:1].islower() or fold(run[b - 1][2]) in T.NOT_ORG_ACRONYMS):
            b -= 1
        if a < b:
            out.append(run[a:b])
    return out


def _izafat(words: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether ``words[i]`` is the Persian izafat hyphened between two capitalised words
    ("Sher-e-Kashmir", "Tehreek-e-Insaf"): inside a name, not a cut (a spaced "e" is "and"
    in Italian and Portuguese names: "Santos e Murilo")."""
    return (
        words[i][2] in ("e", "i")
        and 0 < i < len(words) - 1
        and words[i - 1][1] + 1 == words[i][0]
        and words[i][1] + 1 == words[i + 1][0]
        and text[words[i][0] - 1] == "-"
        and text[words[i][1]] == "-"
        and words[i - 1][2][:1].isupper()
        and words[i + 1][2][:1].isupper()
    )


def _title_head(folded: list[str], word: str) -> int:
    """How many of the last words of ``folded`` form a title with ``word`` after them ("prime"
    + "minister", "foreign" + "secretary"); 0 when none do."""
    for k in range(min(3, len(folded)), 0, -1):
        if " ".join([*folded[-k:], word]) in T.TITLES:
            return k
    return 0


def _title_split(run: list[tuple[int, int, str]]) -> tuple[str | None, list[tuple[int, int, str]]]:
    words = [w[2] for w in run]
    if len(words) == 1 or (
        _ff(words[0]) not in T.TITLE_FIRST_WORDS
        and OFFICE_ANY.isdisjoint(_ff(w) for w in words[:-1])
        and all(w[:1].isupper() and possessive_stem(w) is None for w in words[:-1])
        and not IZAFAT_WORD.fullmatch(words[0])
    ):
        # the common case: no title, no office after a qualifier, no lower-case descriptor
        # ("Asif-aAA Asif": a hyphen keeps one in the run) and no possessive before the name
        return None, run
    n = title_length(words)
    if " ".join(_ff(w) for w in words) in T.TITLES:
        n = len(words)  # the whole run is a title ("Prime Minister")
    return (" ".join(words[:n]) if n else None), run[n:]


def _headline(text: str, start: int, memo: dict[int, bool]) -> bool:
    """True when the line around ``start`` is in title case (memoised by line start)."""
    a = text.rfind("\n", 0, start) + 1
    headline = memo.get(a)
    if headline is None:
        b = text.find("\n", a)
        headline = memo[a] = _title_case(text[a : b if b >= 0 else len(text)])
    return headline


def _one_word(
    text: str, start: int, end: int, word: str, *, ordinary: set[str], headlines: dict[int, bool]
) -> Candidate | None:
    """The candidate of a one-word span (``_split_runs`` and the checks of ``candidates`` for a
    single word, without building lists)."""
    f = _ff(word)
    upper = word.isupper()
    if not upper and (
        f in _CUT_WORDS
        or (f in ordinary and (_sentence_initial(text, start) or _headline(text, start, headlines)))
    ):
        return None
    if len(f) > 1 and word.endswith(".") and f not in T.TITLE_FIRST_WORDS:
        word = word[:-1]
        end -= 1
    if fold(word) in T.NOT_ORG_ACRONYMS or (f in T.TITLE_WORDS and f not in T.HONORIFIC_SURNAMES):
        return None
    if word.endswith(".") and not (len(word) == 2 and word[0].isupper()):
        end -= 1
        word = word[:-1]
    acronym = word.isupper() and 2 <= len(word) <= 6
    if (acronym and fold(word) in T.NOT_ORG_ACRONYMS) or len(word) < 2 or _shouted(word, [f]):
        return None
    kind: NameKind = "unknown"
    if acronym or f in T.ORG_WORDS:
        kind = "org"
    return Candidate(start, end, word, None, kind, True, acronym)


def _shouted(span: str, folded: list[str]) -> bool:
    """An all-caps phrase or word, not a name or an acronym: a shouted headline ("THIS TURNED
    OUT POORLY") holds a common word; a lone capitalised common word ("BEFORE") is longer than
    an acronym's three letters ("US", "WHO" stay)."""
    if not span.isupper():
        return False
    if len(folded) == 1:
        return len(folded[0]) > 3 and folded[0] in _CUT_WORDS
    return not _CUT_WORDS.isdisjoint(folded)


def candidates(text: str) -> list[Candidate]:
    """Name-like spans in ``text`` (before clustering and the lone-word filter)."""
    ordinary = set(_LOWER_WORD_RE.findall(text))
    out: list[Candidate] = []
    headlines: dict[int, bool] = {}
    for m in _SPAN_RE.finditer(text):
        span0 = m.group()
        start0 = m.start()
        if _ONE_WORD_RE.fullmatch(span0):
            # one word, the common case, decided here with the same steps as below
            one = _one_word(text, start0, m.end(), span0, ordinary=ordinary, headlines=headlines)
            if one is not None:
                out.append(one)
            continue
        words = [
            (start0 + w.start(), start0 + w.end(), w.group()) for w in _WORD_RE.finditer(span0)
        ]
        # the line's title case and the sentence start matter only for words the text also
        # writes in lowercase
        headline = initial = False
        if any(_ff(w[2]) in ordinary for w in words):
            headline = _headline(text, start0, headlines)
            initial = _sentence_initial(text, start0)
        for run in _split_runs(words, ordinary, headline, initial, text):
            title, rest = _title_split(run)
            if not rest or rest[0][2][:1].islower():
                continue  # a title alone, or an office "of" somewhere: no name
            folded = [_ff(w[2]) for w in rest]
            if T.TITLE_WORDS.issuperset(folded) and not (
                len(folded) == 1 and folded[0] in T.HONORIFIC_SURNAMES
            ):
                continue  # only title words ("Dr Dr", "General"), not "Mr Mirza"
            start, end = rest[0][0], rest[-1][1]
            span = text[start:end]
            if span.endswith(".") and not (len(rest[-1][2]) == 2 and rest[-1][2][0].isupper()):
                end -= 1  # a sentence full stop, not an initial ("A.")
                span = text[start:end]
            single = len(rest) == 1
            if _shouted(span, folded):
                continue
            acronym = single and span.isupper() and 2 <= len(span) <= 6
            if acronym and fold(span) in T.NOT_ORG_ACRONYMS:
                continue
            if single and len(span) < 2:
                continue
            kind: NameKind = "unknown"
            if acronym or not T.ORG_WORDS.isdisjoint(folded):
                kind = "org"
                title = None
            elif not T.THING_WORDS.isdisjoint(folded) or fold(rest[0][2]) in T.DESCRIPTOR_WORDS:
                kind = "unknown"
            elif title is not None:
                kind = "person"
            out.append(Candidate(start, end, span, title, kind, single, acronym))
    return out


def _drop_lone_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Leave out the lone words that cannot become mentions, before clustering: without a
    title or a reporting verb, a lone word is kept only when it joins a cluster with a fuller
    name, and it can only do that through a full name whose surname skeleton is within one
    letter of its own (the weak-name candidates of :class:`NameGraph`; lone words group with
    each other only at an equal skeleton, so a group shares one answer), or through a full name
    whose first name it spells.  The result is the
    same as clustering them all, at a fraction of the cost on pages full of capitalised words.
    """
    near: set[str] = set()
    firsts: set[str] = set()
    for c in cands:
        if not c.single:
            p = parse_name(c.text)
            if p.given and p.surname is not None and p.acronym is None:
                near.update(deletions(skeleton(p.surname.core)))  # initials too: "D. K. X"
                if not p.weak:
                    firsts.add(p.units[0].letters)  # a first name news may use alone
    out = []
    for c in cands:
        if c.single and not c.acronym and c.title is None:
            sur = parse_name(c.text).surname
            if (
                sur is None
                or (near.isdisjoint(deletions(skeleton(sur.core))) and sur.letters not in firsts)
            ) and not _reported_speaker(text, c):
                continue
        out.append(c)
    return out


def _reported_speaker(text: str, c: Candidate) -> bool:
    """A lone word followed by a reporting verb ("Zardari said", "Mirza told"), that is no
    place, organisation, agency, demonym or ordinary word."""
    if not _SPEAKER_RE.match(text, c.end):
        return False
    f = _ff(c.text)
    return not (
        is_place_word(f)
        or f in T.ORG_WORDS
        or f in T.NOT_SPEAKERS
        or f in T.DESCRIPTOR_WORDS
        or f.rstrip("s") in T.DESCRIPTOR_WORDS
        or f in T.THING_WORDS
    )


@functools.lru_cache(maxsize=8)
def _authority_index(authority: Authority) -> NameIndex:
    """The authority alone as an index (built once per authority; authorities are immutable)."""
    return NameIndex(authority)


def _is_address(span: str) -> bool:
    """A span of two or more words whose last word names a street or square."""
    head, _, last = span.rpartition(" ")
    return bool(head) and fold(last) in T.ADDRESS_WORDS


def find_names(text: str, *, authority: Authority | None = None) -> list[NameMention]:
    """Person and organisation mentions in ``text``, each with its canonical form.

    Canonical forms come from clustering the mentions of this text together: "President Asif
    Zaradri" and "Asif Ali Zardari" in one text both get the canonical "Asif Ali Zardari"; the
    title goes to ``.title``.  With an authority, a cluster whose members resolve to an
    authority entity takes the entity's canonical form and kind.
    """
    if not text:
        return []
    # a street or a square is a place, not a person or an organisation ("Mall Road")
    cands = [c for c in candidates(text) if not _is_address(c.text)]
    if authority is None:
        cands = _drop_lone_words(text, cands)
    graph = NameGraph(None)
    graph.add(c.text for c in cands)
    result = graph.cluster()
    resolved: dict[str, Resolution] = {}
    by_cluster: dict[int, Resolution] = {}
    if authority is not None:
        index = _authority_index(authority)
        for pos, cluster in enumerate(result.clusters):
            for member in cluster.members:
                res = index.resolve(member)
                if res is None or res.authority_id is None:
                    continue
                resolved[member] = res
                best = by_cluster.get(pos)
                if best is None or (res.score, res.canonical) > (best.score, best.canonical):
                    by_cluster[pos] = res
    mentions: list[NameMention] = []
    for c in cands:
        at = result.assign.get(graph.ids[c.text])
        if at is None:
            continue
        cluster = result.clusters[at]
        entity = by_cluster.get(at)
        cue = False
        if c.single and not c.acronym and c.title is None and entity is None:
            # a lone capitalised word is a name only when it stands for a fuller name given
            # in the text (news style: full name first, then the surname; a headline may use
            # the surname first), for an authority entity, or when a reporting verb follows
            # it ("Zardari said") and it is no place, organisation or demonym
            fuller = any(len(graph.parsed[graph.ids[m]].units) > 1 for m in cluster.members)
            cue = not fuller and _reported_speaker(text, c)
            if not fuller and not cue:
                continue
        link = next((x for x in cluster.links if x.member == c.text), None)
        score, reason = (link.score, link.rule) if link else (1.0, None)
        kind = cluster.kind
        canonical = cluster.canonical
        if entity is not None:
            canonical = entity.canonical
            kind = entity.kind if entity.kind != "unknown" else kind
            own = resolved.get(c.text)
            if own is not None:
                score, reason = own.score, own.rule
        if kind == "unknown" and c.kind != "unknown":
            kind = c.kind
        if cue and kind == "unknown":
            kind = "person"
        mentions.append(
            NameMention(
                start=c.start,
                end=c.end,
                text=c.text,
                canonical=canonical,
                kind=kind,
                score=score,
                title=c.title,
                reason=reason,
            )
        )
    return mentions
