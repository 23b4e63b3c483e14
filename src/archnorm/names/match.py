"""Pairwise matching of parsed names under guards, with a rule name and a score for every link.

Two full names are one entity when their surnames are alike (token keys similar) and their given
names are compatible: the same up to spelling, an initial, a dropped compound head ("Mohammad"
Nawaz Sharif), or one missing middle name.  Different given names keep people apart even when the
surnames agree ("Bilawal Bhutto Zardari" / "Asif Ali Zardari"); such pairs are reported as
*conflicts* so that the clusterer never chains them together through a third name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from archnorm.names import _memo
from archnorm.names import _tables as T
from archnorm.names.keys import (
    Unit,
    fold,
    learned_pair,
    learned_substitution,
    skeleton,
    token_key,
    unit_of,
)
from archnorm.names.orgmatch import UNDECIDED, compare_forms, glued_initials
from archnorm.names.parse import ParsedName, parse_name
from archnorm.names.scores import (
    CONFLICT,
    DEFAULT_CONFIG,
    Match,
    MatchConfig,
    similarity,
)

_VOWELS = frozenset("aeiou")


@_memo.pair
def surname_similarity(a: Unit, b: Unit) -> float:
    """Similarity of two surnames' keys (without a leading article).

    Spellings of four or more letters that differ only in one vowel before a consonant count
    as alike as ``MatchConfig.surname`` requires at least (0.8): the unstressed vowel of a
    closing syllable is written either way (Saleh/Salih, Rashed/Rashid, Malek/Malik), which the
    plain ratio punishes more in a short key than in a long one.  A final vowel is not such an
    alternation (Rana/Rani).
    """
    if a.headed and b.headed:
        # "Abdul Karim" / "Abdul Rahim": the parts after the heads decide
        a, b = _tail_unit(a), _tail_unit(b)
    sim = similarity(a.core, b.core)
    if sim >= 0.8:
        return 0.0 if _final_consonant_added(a.core, b.core) else sim
    if a.headed != b.headed:
        # a surname led by a head that is left out in use ("Abdul Gayoom" / "Gayoom")
        x, y = (a.tail, b.core) if a.headed else (a.core, b.tail)
        tails = similarity(x, y)
        if tails >= 0.8:
            return tails * 0.95
    if _ghain_qaf(a.letters, b.letters):
        # Persian writes qaf and ghain alike: Ghaani/Qaani, Ghalibaf/Qalibaf
        gh, other = (a, b) if a.letters[:1] == "g" else (b, a)
        sim = max(sim, similarity("k" + gh.core[1:], other.core))
        if sim >= 0.8:
            return sim
    learned = learned_substitution(a.core, b.core) if sim >= _LEARNED_FLOOR else None
    if learned is not None and learned[0] >= 0.8:
        return learned[0]  # Muralidaran/Muralitharan, Kadhimi/Kazimi
    x, y = a.letters, b.letters
    if _french_ch(x, y):
        # Mechichi/Meshishi, Ghannouchi/Ghannushi: French ch for shin
        sim = max(sim, similarity(a.core.replace("ch", "sh"), b.core.replace("ch", "sh")))
        if sim >= 0.8:
            return sim
    if len(x) != len(y) or len(x) < 4:
        return sim
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if (
        len(diff) == 1
        and diff[0] < len(x) - 1
        and x[diff[0]] in _VOWELS
        and y[diff[0]] in _VOWELS
        and x[diff[0] + 1] not in _VOWELS
        # the first letter only as the hamza with kasra, i or e (Imam/Emam, Islami/Eslami)
        and (diff[0] > 0 or {x[0], y[0]} == {"e", "i"})
    ):
        return 0.8
    return sim


# a learned substitution costs half an edit: keys less alike than this without it do not reach
# the thresholds with it (one substitution in a four-letter key is 0.75 plain, 0.875 learned)
_LEARNED_FLOOR = 0.65


def _learned_may_help(x: str, y: str, best: float, cfg: MatchConfig) -> bool:
    """Whether a learned substitution could change the outcome of a given-name pair: below the
    threshold but near it, or at it with a consonant changed (which would reject it)."""
    if best >= 1.0 or x == y or abs(len(x) - len(y)) > 2:
        return False
    if best >= cfg.given:
        return _consonant_changed(x, y)
    # ``best`` is the plain similarity when the first consonants agree
    return (best if best > 0.0 else similarity(x, y)) >= _LEARNED_FLOOR


def _first_letter(u: Unit) -> str:
    return u.letter


def _kasra_variant(x: str, y: str) -> bool:
    """Two spellings of four or more letters that differ only in e/i before a consonant, not
    at the end: the short vowel of a closing syllable that Arabic names write either way
    (Adel/Adil, Saleh/Salih, Sadeq/Sadiq, Khaled/Khalid); a/i is no such pair (Hamad/Hamid)."""
    if len(x) != len(y) or len(x) < 4:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) != 1:
        return False
    i = diff[0]
    return 0 < i < len(x) - 1 and {x[i], y[i]} == {"e", "i"} and x[i + 1] not in _VOWELS


def _glued_compound(headed: Unit, single: Unit, cfg: MatchConfig) -> float | None:
    """A one-word given name that begins with the head of a compound given name is that compound
    written as one word only when the rest agrees with the compound's tail ("Abdulaziz" /
    "Abdul Aziz"); "Abdullah" is not "Abdul Wali", however much of it the shared head makes
    alike.  None when the word does not begin with the head."""
    if " " in single.text:
        return None
    head = token_key(headed.text.split()[0])
    core = single.core
    if len(core) <= len(head) or not core.startswith(head):
        return None
    sim = similarity(core[len(head) :], headed.tail)
    return sim if sim >= cfg.given else 0.0


def _feminine_of(x: str, y: str) -> bool:
    """``y`` is the feminine form of the Arabic given name ``x``: ``x`` (four letters or
    more, ending in a consonant after i or e) with "a" or "ah" after it (Aleem/Aleema,
    Jamil/Jamila, Nasir/Nasirah).  After an a the final a is the Indic vowel written or not
    (Digvijay/Digvijaya, Kumar/Kumara): one name."""
    return (
        len(x) >= 4
        and x[-1] not in _VOWELS
        and x[-1] != "h"
        and x[-2] in "ie"
        and y.startswith(x)
        and y[len(x) :] in ("a", "ah")
    )


def _initial_vowel_variant(x: str, y: str) -> bool:
    """Two given-name keys of four or more letters that differ only in their first letter, a
    vowel in both: the hamza with kasra written i or e (Issam/Essam, Ihab/Ehab, Imad/Emad,
    Ismail/Esmail), which a short key punishes (0.75).  The rest must be the same (not
    Iqbal/Akbar)."""
    return (
        len(x) >= 4
        and len(x) == len(y)
        and x[0] != y[0]
        and x[0] in _VOWELS
        and y[0] in _VOWELS
        and x[1:] == y[1:]
    )


def _onset_added(x: str, y: str) -> bool:
    """``x`` begins with a vowel and ``y`` with a consonant other than h, y, w (which
    transliterations add or drop), and ``y`` is not ``x`` without its first vowels
    (Ibrahim / Brahim, Ismail / Smail are one name; Ahmet / Mehmet are two)."""
    if not x or not y or x[0] not in _VOWELS or y[0] in _VOWELS or y[0] in "hyw":
        return False
    return token_key(x.lstrip("aeiou")) != token_key(y)


_GU_RE = re.compile(r"gu(?=[ie])")
# a compound's second element glued on with the linking u ("-ullah", "-uddin"); not "-allah",
# "al-Din" or "-eddin" ("Nasrallah", "Nasr al-Din" are not "Nasr")
_SUFFIX_RE = re.compile(r"(?:ullah|ulla|uddin|udin|uddeen|udeen|ulhaq|ulhaque|ulhuq)$")


def _suffix_dropped(long_: Unit, short: Unit) -> bool:
    """``long_`` is the given name ``short`` with a compound's second element glued on with
    the linking u (Attaullah / Atta, Ataullah / Atta, Sirajuddin / Siraj, Moeen Uddin /
    Moeen, Aisam-ul-Haq / Aisam)."""
    m = _SUFFIX_RE.search(long_.letters)
    return (
        m is not None
        and len(short.core) >= 3
        and m.start() >= 3
        and token_key(long_.letters[: m.start()]) == short.core
    )


def _spelled_together(p: ParsedName) -> str:
    """The key of the whole name's letters written as one word: a word's last letter keyed
    inside a word ("Ahmadreza" / "Ahmad Reza": the final d of "Ahmad" alone is keyed as t)."""
    return token_key("".join(u.letters for u in p.units))


def _after_particle(u: Unit) -> Unit | None:
    """The unit without its leading patronymic particle ("bint Khalid" -> "Khalid"), or None."""
    words = u.text.split()
    if len(words) >= 2 and fold(words[0]) in T.PATRONYMIC_PARTICLES:
        return unit_of(words[1:])
    return None


def _french_ch(x: str, y: str) -> bool:
    """One given name writes ch where the other writes sh."""
    if "ch" in x:
        return "sh" in y and "ch" not in y
    return "ch" in y and "sh" in x


def _ghain_qaf(x: str, y: str) -> bool:
    """One spelling starts with gh, the other with q: the Persian merger of ghain and qaf."""
    return (x[:2] == "gh" and y[:1] == "q") or (y[:2] == "gh" and x[:1] == "q")


def _tail_unit(u: Unit) -> Unit:
    return unit_of(u.text.split()[1:])


def _final_consonant_added(x: str, y: str) -> bool:
    """One short key is the other with a consonant after its final vowel: two names, not two
    spellings (Sami / Samir, Zaki / Zakir, Atta / Atef: "ata" / "ataf"); a final h is silent
    and a final n a nasal vowel's (Bhuiya / Bhuiyan)."""
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return (
        len(long_) == len(short) + 1
        and 3 <= len(short) <= 4
        and long_.startswith(short)
        and short[-1] in _VOWELS
        and long_[-1] not in _VOWELS
        and long_[-1] not in "hn"
    )


def _consonant_changed(x: str, y: str) -> bool:
    """Two given-name keys where a consonant of one is put for another consonant (Muneeb/Mujib:
    "mnb"/"mjb"); spellings of one name change vowels, add or drop a consonant
    (Tejashwi/Tejasvi), and typos swap letters (Ashraf/Asrhaf), none of which puts one
    consonant for another; g and j count as one (jim written g: Gebran/Jebran, Nagib/Najib).
    The consonants are compared as sets."""
    sx, sy = skeleton(x), skeleton(y)
    if sx == sy:
        return False
    cx, cy = set(sx.replace("g", "j")), set(sy.replace("g", "j"))
    return bool(cx - cy) and bool(cy - cx)


def _genitive_head(u: Unit) -> str | None:
    words = u.text.split()
    if len(words) >= 4 and fold(words[0]).rstrip(".") in T.COMPOUND_HEADS:
        words = words[1:]  # "Muhammad Zia-ul-Haq": the compound after the head
    if len(words) >= 3 and fold(words[1]) in T.INFIX_PARTICLES:
        return skeleton(token_key(words[0]))
    return None


def _genitive_heads_agree(a: Unit, b: Unit) -> bool:
    """Two genitive compounds ("Mujib-ur-Rahman", "Muneeb-ur-Rehman") are one name only when
    the consonants of their first parts agree (Mujib/Mujeeb, Fazl/Fazal); the rest of the
    compound is shared by many names."""
    x, y = _genitive_head(a), _genitive_head(b)
    return x is None or y is None or x == y


@_memo.pair_with(DEFAULT_CONFIG)
def unit_score(
    a: Unit, b: Unit, cfg: MatchConfig = DEFAULT_CONFIG, *, later: bool = False
) -> tuple[float, str]:
    """Similarity of two given-name units and the rule that gave it ("" for plain); ``later``
    for given names after the first, whose first consonant may be a learned substitution
    (Ram Vilas / Ram Bilas): only the first given name's is a guard."""
    if a.initial or b.initial:
        if _first_letter(a) == _first_letter(b):
            return cfg.initial_score, "initial"
        return 0.0, ""
    grown = len(b.letters) - len(a.letters)
    if (0 < grown <= 2 and _feminine_of(a.letters, b.letters)) or (
        -2 <= grown < 0 and _feminine_of(b.letters, a.letters)
    ):
        return 0.0, ""  # Aleem / Aleema, Rashid / Rashida: a man's and a woman's name
    one_word = " " not in a.text and " " not in b.text  # the spelling rules for one word each
    if one_word and (_onset_added(a.letters, b.letters) or _onset_added(b.letters, a.letters)):
        return 0.0, ""  # Ahmet / Mehmet: a consonant before the vowel makes another name
    if one_word and _french_ch(a.letters, b.letters):
        # French spellings write shin ch (Rached/Rashid, Hichem/Hisham): compared as sh
        ch, other = (a, b) if "ch" in a.letters else (b, a)
        return unit_score(unit_of([ch.letters.replace("ch", "sh")]), other, cfg)
    if ("th" in a.letters) != ("th" in b.letters):
        # Arabic tha is th in Arabic romanisation and s in Persian, Urdu and Turkish (Uthman /
        # Usman / Osman, Haitham / Haisam): the th spelling read with s, where that spells the other
        th, other = (a, b) if "th" in a.letters else (b, a)
        if "s" in other.letters:
            words = [w.replace("th", "s").replace("Th", "S") for w in th.text.split()]
            sin = unit_score(unit_of(words), other, cfg, later=later)
            if sin[0] == 1.0:  # the same key: "Thamer" / "Samir" stay two names
                return sin
    if one_word and ("gu" in a.letters or "gu" in b.letters):
        # French spellings write a hard g before i/e as gu (Naguib/Najib, Guirguis/Girgis)
        x, y = (_GU_RE.sub("g", u.letters) for u in (a, b))
        if (x, y) != (a.letters, b.letters):
            return unit_score(unit_of([x.capitalize()]), unit_of([y.capitalize()]), cfg)
    if _suffix_dropped(a, b) or _suffix_dropped(b, a):
        return cfg.middle_penalty, "suffix-dropped"  # Attaullah / Atta, Naqeebullah / Naqeeb
    pa, pb = _after_particle(a), _after_particle(b)
    if (pa is None) != (pb is None):
        # "Lubna bint Khalid" / "Lubna Khalid": the father's name with and without "bin"
        s, _ = unit_score(pa or a, pb or b, cfg, later=later)
        if s >= cfg.given:
            return s * cfg.middle_penalty, "particle-dropped"

    if a.headed and b.headed:
        # two compound given names with a head ("Muhammad Taqi" / "Muhammad Rafi"): the
        # parts after the heads decide
        if a.tail_lead != b.tail_lead:
            return 0.0, ""
        return similarity(a.tail, b.tail), ""
    if (a.bare_head and b.headed) or (b.bare_head and a.headed):
        # "Mohammed" / "Mohammed Shia": the second given name left out
        head, whole = (a, b) if a.bare_head else (b, a)
        if head.key == token_key(whole.text.split()[0]):
            return cfg.middle_penalty, "missing-middle"
    if a.headed != b.headed:
        glued = _glued_compound(a, b, cfg) if a.headed else _glued_compound(b, a, cfg)
        if glued is not None:
            return glued, ""
    # variants keep the first consonant (Ehsan/Ihsan; not Ehsan/Hassan, Wajid/Sajid)
    best = similarity(a.core, b.core) if a.lead == b.lead else 0.0
    if a.lead == b.lead and best < cfg.given:
        x, y = a.core, b.core
        if x[:1] != y[:1] and {x[:1], y[:1]} == {"g", "j"}:
            best = max(best, similarity(x[1:], y[1:]))  # Gibran/Jebran: the lead is one
        if _kasra_variant(a.letters, b.letters) or (
            a.core[1:] == b.core[1:] and _initial_vowel_variant(a.core, b.core)
        ):
            best = max(best, cfg.given)
    elif one_word and _ghain_qaf(a.letters, b.letters):
        # Persian writes qaf and ghain alike: Ghasem/Qasem, Ghodsi/Qodsi (not g/k: Gamal/Kamal)
        gh, other = (a, b) if a.letters[:1] == "g" else (b, a)
        return unit_score(unit_of(["Q" + gh.text[2:]]), other, cfg)
    if (a.lead == b.lead or later) and _learned_may_help(a.core, b.core, best, cfg):
        # consonants put for one another as spellings of one name do (Vilas/Bilas)
        learned = learned_substitution(a.core, b.core, lead=later)
        if (
            learned is not None
            and learned[0] >= cfg.given
            and not _consonant_changed(a.core, learned[1])
        ):
            return learned[0], "learned-substitution"
    if cfg.given <= best < 1.0 and (
        _consonant_changed(a.core, b.core) or _final_consonant_added(a.core, b.core)
    ):
        best = 0.0
    rule = ""
    if best < 1.0 and (a.tail != a.core or b.tail != b.core):
        alt = max(
            similarity(a.tail, b.tail) if a.tail_lead == b.tail_lead else 0.0,
            similarity(a.tail, b.core) if a.tail_lead == b.lead else 0.0,
            similarity(a.core, b.tail) if a.lead == b.tail_lead else 0.0,
        )
        # a variant after the head left out is as alike as the threshold at least
        # ("Mohammad Yunus" / "Younis"), never a conflict
        alt = max(alt * cfg.head_penalty, cfg.given) if alt >= cfg.given else alt
        if alt > best:
            best, rule = alt, "head-dropped"
    return best, rule


def compare_given(
    a: Sequence[Unit],
    b: Sequence[Unit],
    cfg: MatchConfig = DEFAULT_CONFIG,
    *,
    any_first: bool = False,
) -> tuple[float, set[str]] | None:
    """Align two given-name lists; None when they are not compatible.

    The first given names must agree; the rest must agree in order, with at most one name of the
    longer list left out.  ``any_first`` (organisations' names): any first word of three may be
    left out ("Directorate for Inter-Services Intelligence").
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return None
    if len(long_) - len(short) > 1:
        return _compare_given_many(short, long_, cfg)
    first, rule = unit_score(short[0], long_[0], cfg)
    if first < cfg.given:
        lead = long_[0]
        honorific = fold(lead.text) in T.NAME_HONORIFICS
        if len(long_) > len(short) and (
            lead.initial
            or fold(lead.text) in T.COMPOUND_HEADS
            or honorific
            or (
                len(short) >= 2
                and len(long_) == len(short) + 1
                and (any_first or fold(lead.text) in T.DROPPABLE_FIRST)
            )
        ):
            # a leading initial or compound head left out ("A. Rehman Malik" / "Rehman
            # Malik"), or the first element of a compound given name when two given names
            # follow in order ("Ali Akbar Hashemi Rafsanjani" / "Akbar Hashemi Rafsanjani");
            # one given name alone after a dropped first name is a patronymic as often
            # ("Maryam Nawaz Sharif" / "Nawaz Sharif"), so it does not count
            rest = compare_given(short, long_[1:], cfg, any_first=any_first)
            if rest is None:
                return None
            if honorific:
                # an honorific kept as a given name ("Seyed Mohammad Khatami", "Mullah
                # Mohammad Yaqoob": one compound unit after it kept it) is no name: no cost;
                # what follows it is then the whole given name, nothing left out ("Seyed
                # Mohammad Khatami" is not "Mohammad Reza Khatami")
                if "missing-middle" in rest[1]:
                    return None
                return rest[0], rest[1] | {"honorific-dropped"}
            return rest[0] * cfg.middle_penalty, rest[1] | {"missing-first"}
        return None
    rules = {rule} if rule else set()
    rest_short = short[1:]
    if rule == "initial" and not rest_short and any(not u.initial for u in long_[1:]):
        # "Asim Malik" / "A. Rehman Malik": one initial is all they share, and the other's own
        # given name is left out: nothing says they are one
        return None
    candidates = [tuple(long_[1:])] if len(long_) == len(short) else []
    if len(long_) > len(short):
        candidates = [(*long_[1:k], *long_[k + 1 :]) for k in range(1, len(long_))]
    best: tuple[float, set[str]] | None = None
    for rest_long in candidates:
        scores = [first]
        extra = set(rules)
        for x, y in zip(rest_short, rest_long, strict=False):
            s, r = unit_score(x, y, cfg, later=True)
            if s < cfg.given:
                break
            scores.append(s)
            if r:
                extra.add(r)
        else:
            total = sum(scores) / len(scores)
            if len(long_) > len(short):
                total *= cfg.middle_penalty
                extra.add("missing-middle")
            if best is None or total > best[0]:
                best = (total, extra)
    return best


def _compare_given_many(
    short: Sequence[Unit], long_: Sequence[Unit], cfg: MatchConfig
) -> tuple[float, set[str]] | None:
    """Two or more given names left out of the longer list: the first given names agree and
    the others of the shorter list agree in order with names of the longer one ("Asif Khosa"
    / "Asif Saeed Khan Khosa", "Sirimavo Bandaranaike" / "Sirimavo R. D. Bandaranaike");
    each name left out costs ``middle_penalty``."""
    first, rule = unit_score(short[0], long_[0], cfg)
    if first < cfg.given:
        return None
    scores = [first]
    rules = {rule, "missing-middle"} - {""}
    by_initial = rule == "initial"
    j = 1
    for x in short[1:]:
        while j < len(long_):
            s, r = unit_score(x, long_[j], cfg)
            j += 1
            if s >= cfg.given:
                scores.append(s)
                if r:
                    rules.add(r)
                break
            if by_initial and not long_[j - 1].initial:
                return None
        else:
            return None
    if by_initial and any(not u.initial for u in long_[j:]):
        # "Narasimha Rao" / "N. T. Rama Rao": the one full name met only an initial, and the
        # other's own full given name is left out: nothing says they are one
        return None
    total = sum(scores) / len(scores) * cfg.middle_penalty ** (len(long_) - len(short))
    return total, rules


def compare(a: ParsedName, b: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG) -> Match | None:
    """Compare two names that are not weak; a :class:`Match`, a conflict, or None (unrelated).

    A name that holds another (``ParsedName.alternates``: "Yaakov 'Kobi' Shabtai", "Jabhat
    al-Nusra") also matches what that other name matches, even where the name as read
    conflicts ("Yaakov Shabtai" / "Kobi Shabtai")."""
    m = _compare(a, b, cfg)
    if (a.alternates or b.alternates) and (m is None or m.rule == CONFLICT):
        return _compare_alternates(a, b, cfg) or m
    return m


def _compare_alternates(a: ParsedName, b: ParsedName, cfg: MatchConfig) -> Match | None:
    """The best match of ``a`` or its alternates with ``b`` or its alternates (not the two
    names as read), under the rule "alternate+" and the rule that matched."""
    xs = [a, *(parse_name(t) for t in a.alternates)]
    ys = [b, *(parse_name(t) for t in b.alternates)]
    best: Match | None = None
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if (i or j) and not x.weak and not y.weak:
                m = _compare(x, y, cfg)
                if m is not None and m.rule != CONFLICT and (best is None or m.score > best.score):
                    best = Match(f"alternate+{m.rule}", m.score)
    return best


def _compare(a: ParsedName, b: ParsedName, cfg: MatchConfig) -> Match | None:
    """:func:`compare` of the two names as read."""
    if not a.units or not b.units:
        return None
    if a.key == b.key:
        return Match("same-key", 1.0)
    if _never_alike(a.key, b.key):
        return None
    if a.joined == b.joined:
        return Match("joined", 1.0)
    if (
        len(a.units) != len(b.units)
        and a.surname is not None
        and b.surname is not None
        and a.surname.key == b.surname.key  # so the pre-filter, which drops only pairs of
        and _spelled_together(a) == _spelled_together(b)  # unlike surnames, need not know it
    ):
        return Match("joined", 1.0)  # "Ahmadreza Radan" / "Ahmad Reza Radan"
    forms = compare_forms(a, b, cfg)
    if forms is not UNDECIDED:
        return forms
    sa, sb = a.surname, b.surname
    assert sa is not None and sb is not None
    ga, gb = a.given, b.given
    if len(a.units) != len(b.units) and (a.compound or b.compound):
        joined = max(similarity(a.joined, b.joined), similarity(a.bare, b.bare))
        if joined >= cfg.joined:
            return Match("joined-fuzzy", round(joined, 4))
    sur = surname_similarity(sa, sb)
    if not ga and not gb:
        # two single units: alike as a whole, or once a compound head is left out
        # ("Muhammad Zia-ul-Haq" / "Zia-ul-Haq")
        whole = similarity(sa.key, sb.key)
        if (
            sa.headed
            and sb.headed
            and token_key(sa.text.split()[0]) == token_key(sb.text.split()[0])
        ):
            # "Mohammad Yousaf" / "Mohammed Dief": one head, the names after it decide
            ta, tb = _tail_unit(sa), _tail_unit(sb)
            same_lead = (
                sa.tail_lead == sb.tail_lead
                or _ghain_qaf(ta.letters, tb.letters)
                or _learned_lead(ta.core, tb.core)  # "Mohammed Gaddafi" / "... Qadhafi"
            )
            tails = surname_similarity(sa, sb) if same_lead else 0.0
            whole = max(tails, cfg.joined) if tails >= cfg.surname else tails
        if whole < cfg.joined and _initial_vowel_variant(sa.key, sb.key):
            whole = cfg.joined  # Ijaz-ul-Haq / Ejaz-ul-Haq: the hamza with kasra, i or e
        if whole >= cfg.joined and _genitive_heads_agree(sa, sb):
            return Match("fuzzy", round(whole, 4))
        if sa.tail != sa.core or sb.tail != sb.core:
            tails = similarity(sa.tail, sb.tail) * cfg.head_penalty
            if tails >= cfg.joined * cfg.head_penalty:
                return Match("fuzzy+head-dropped", round(tails, 4))
        return None
    if not ga or not gb:
        lone = ga or gb
        if (
            len(lone) == 1
            and fold(lone[0].text) in T.NAME_HONORIFICS
            and not _other_titles(a, b)
            and similarity(sa.key, sb.key) >= cfg.joined
        ):
            # an honorific kept as a given name before one word, and the same name glued from
            # a genitive compound that made the honorific a title ("Khawaja Nazimuddin" /
            # "Khawaja Nazim-ud-Din")
            return Match("fuzzy+honorific-dropped", round(similarity(sa.key, sb.key), 4))
        # one side is a compound single unit ("Mohammad Khatami"), the other given + surname
        return compare_split(a if not ga else b, b if not ga else a, cfg)
    if sur < cfg.surname or (sur < 1.0 and not _surname_leads_agree(sa, sb)):
        return None
    given = compare_given(ga, gb, cfg, any_first=not (a.person_like and b.person_like))
    if given is None:
        short, long_ = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        if _unsure_reading(ga, gb) or glued_initials(a) or glued_initials(b):
            return None  # "TKM Vaikundi" may be a person's initials: no conflict
        if unit_score(short[0], long_[0], cfg)[0] >= cfg.given or len(short) == len(long_):
            return Match(CONFLICT, 0.0)
        return None
    gscore, rules = given
    if "honorific-dropped" in rules and _other_titles(a, b):
        return None
    score = 0.5 * sur + 0.5 * gscore
    if score < cfg.accept:
        return None
    base = "translit" if sur == 1.0 and gscore == 1.0 else "fuzzy"
    rule = "+".join([base, *sorted(rules)])
    return Match(rule, round(score, 4))


_NEVER_ALIKE_WORDS = frozenset(w for pair in T.NEVER_ALIKE for w in pair)


def _surname_leads_agree(a: Unit, b: Unit) -> bool:
    """Two surnames whose keys differ only in the first letter begin with two vowels or with
    consonants one spelling puts for the other (a learned substitution: Gaddafi / Kaddafi), or
    are two names however alike the rest: "Kahlon" / "Ya'alon" ("kalun" / "ialun")."""
    x, y = a.core, b.core
    if not _only_first_differs(x, y) or {x[0], y[0]} <= _VOWELS:
        return True  # two vowels: the hamza's (Elahi / Ilahi, Erakat / Urayqat)
    return learned_pair(x[0], y[0])


def _learned_lead(x: str, y: str) -> bool:
    """Two keys that differ only in a first consonant one spelling puts for the other (a
    learned substitution: Gaddafi / Qadhafi)."""
    return len(x) > 1 and _only_first_differs(x, y) and learned_pair(x[0], y[0])


def _only_first_differs(x: str, y: str) -> bool:
    """Two keys of one length that differ in their first letter only."""
    return len(x) == len(y) and x[:1] != y[:1] and x[1:] == y[1:]


def _never_alike(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """One name holds a word the other holds a look-alike of instead (Jamaat / Jamiat)."""
    if _NEVER_ALIKE_WORDS.isdisjoint(x) or _NEVER_ALIKE_WORDS.isdisjoint(y):
        return False
    for u, v in T.NEVER_ALIKE:
        if (u in x and v in y and v not in x and u not in y) or (
            v in x and u in y and u not in x and v not in y
        ):
            return True
    return False


def _unsure_reading(a: Sequence[Unit], b: Sequence[Unit]) -> bool:
    """Given names that disagree only in how a name was cut, not in what it says: a first name
    glued to the next ("Aliakbar" / "Ali").  Such pairs are not linked, nor kept apart."""
    x, y = a[0].letters, b[0].letters
    return x != y and (x.startswith(y) or y.startswith(x)) and abs(len(x) - len(y)) >= 3


def split_reading(p: ParsedName) -> tuple[Unit, Unit] | None:
    """A one-unit name of a compound head and one word read as a given name and a surname
    ("Mohammad Khatami" -> "Mohammad", "Khatami"), or None."""
    if p.given or len(p.units) != 1 or p.acronym is not None or not p.units[0].headed:
        return None
    return _split_units(p.units[0].text)


@functools.lru_cache(maxsize=100_000)
def _split_units(text: str) -> tuple[Unit, Unit] | None:
    words = text.split()
    if len(words) != 2 or fold(words[0]).rstrip(".") not in T.COMPOUND_HEADS:
        return None
    return unit_of(words[:1]), unit_of(words[1:])


def compare_split(
    single: ParsedName, full: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG
) -> Match | None:
    """A one-unit compound name ("Mohammad Ghalibaf", kept whole because "Mohammad Ali" alone is
    one name) against a name with given names, read as a given name and a surname: "Mohammad
    Ghalibaf" / "Mohammad Bagher Ghalibaf" (the second given name left out), "Mohammad Yaqoob"
    / "Mullah Mohammad Yaqoob".  Never a conflict: the one-unit reading may be the right one."""
    split = split_reading(single)
    if split is None or full.surname is None or not full.person_like:
        return None
    head, rest = split
    sur = surname_similarity(rest, full.surname)
    if sur < cfg.surname:
        return None
    given = compare_given((head,), full.given, cfg)
    if given is None or "missing-middle" in given[1]:
        # "Mohammad Khatami" is not "Mohammad Reza Khatami": the head is a whole given name
        return None
    gscore, rules = given
    if "honorific-dropped" in rules and _other_titles(single, full):
        return None
    score = 0.5 * sur + 0.5 * gscore
    if score < cfg.accept:
        return None
    base = "translit" if sur == 1.0 and gscore == 1.0 else "fuzzy"
    return Match("+".join([base, "compound-split", *sorted(rules)]), round(score, 4))


def _honorific(p: ParsedName) -> str | None:
    """The title, or the honorific kept as a first given name, of a name (folded)."""
    if p.title is not None:
        return fold(p.title).rstrip(".")
    if p.given and fold(p.given[0].text) in T.NAME_HONORIFICS:
        return fold(p.given[0].text)
    return None


def title_key(p: ParsedName) -> str | None:
    """The title or honorific of a name, abbreviations and spellings read as one ("Gen." and
    "General", "Pt" and "Pandit", "Sheikh" and "Shaikh"), or None."""
    t = _honorific(p)
    if t is None:
        return None
    t = t.replace(".", "").replace("-", " ")
    return T.TITLE_SAME.get(t, t)


def _other_titles(a: ParsedName, b: ParsedName) -> bool:
    """Both names carry an honorific and they differ ("Hafiz Muhammad Saeed" / "Mufti
    Mohammad Sayeed"): when one of them was read as a given name and left out, two people who
    share a name are told apart by it."""
    x, y = _honorific(a), _honorific(b)
    return x is not None and y is not None and x != y
