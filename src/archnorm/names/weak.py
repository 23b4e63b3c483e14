"""How a weak name (a surname alone, initials and a surname, an acronym, a lone word) fits a
full name, how a short full name is continued by a longer one, and how two weak names of one
shape compare (the full-name matcher is :mod:`archnorm.names.match`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from archnorm.names import _tables as T
from archnorm.names.keys import Unit, fold, skeleton
from archnorm.names.match import _first_letter, title_key, unit_score
from archnorm.names.orgmatch import kind_word_dropped
from archnorm.names.parse import ParsedName
from archnorm.names.scores import DEFAULT_CONFIG, Match, MatchConfig, similarity


def weak_score(
    weak: ParsedName, full: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG
) -> Match | None:
    """How a weak name (surname only, initials + surname, acronym) fits a full name."""
    if weak.acronym is not None:
        if weak.acronym.isupper():
            if len(full.initials) >= 2 and full.initials == weak.acronym:
                return Match("acronym", 0.9)
            if initials_without_generic(full) == weak.acronym:
                # "ISI" / "Inter Services Intelligence Agency": the generic word left out
                return Match("acronym", 0.85)
            if (
                len(full.spelled) >= 3
                and full.spelled == weak.acronym
                and _CONNECTOR_WORD.search(full.display)
            ):
                # "TOI" for "Times of India": a connector written as a word of its own has its
                # letter in the acronym too (a particle does not: "JED" is not "Jaish-e-Dawat")
                return Match("acronym", 0.85)
        elif full.spelled == weak.acronym.upper():
            # "HuM": the lowercase letter stands for a connector ("Harkat-ul-Mujahideen")
            return Match("acronym", 0.9)
        return None
    sw, sf = weak.surname, full.surname
    if sw is not None and not weak.given and len(full.units) > 1 and full.joined == sw.key:
        # "Shivsena" / "Shiv Sena": the name written as one word
        return Match("joined", 0.95)
    if sw is not None and not weak.given and full.generic_free == sw.key:
        # "Fatah" / "Fatah Movement"
        return Match("org-word-dropped", 0.9)
    if sw is not None and not weak.given and kind_word_dropped(full) == sw.key:
        # "Rafidain" / "Rafidain Bank", "Etihad" / "Etihad Airways"
        return Match("org-word-dropped", 0.85)
    if (
        sw is not None
        and sf is not None
        and not full.given
        and not weak.given
        and sf.core != sf.key
        and sw.core == sf.core
        and not sf.headed
    ):
        # "Fatah" / "al-Fatah": the article left out
        return Match("article-dropped", 0.9)
    if sw is not None and sf is not None and not full.given and sf.headed:
        # the part after the head as a surname ("Iqbal" / "Muhammad Iqbal"); initials then
        # stand for the head ("M Rizwan" / "Mohammad Rizwan")
        sim = similarity(sw.core, sf.tail)
        if sim < cfg.joined and (sim < cfg.surname or skeleton(sw.core) != skeleton(sf.tail)):
            return None
        if not weak.given:
            return Match("surname-only", round(0.85 * sim, 4))
        head = [fold(w)[:1] for w in sf.text.split()[:-1] if fold(w) not in T.CONNECTORS]
        have = "".join(fold(u.text)[:1] for u in weak.given)
        if have == "".join(head):
            return Match("initials", round(0.5 * sim + 0.5 * cfg.initial_score, 4))
        return None
    if sw is None or sf is None or not full.given or not full.person_like:
        return None
    if led_surname(weak) and sf.core == sf.key:
        return None  # "Al Nassr" is no surname of "Amin Nasser": his has no article
    sur = similarity(sw.core, sf.core)
    if sur < cfg.surname or (sur < cfg.joined and skeleton(sw.core) != skeleton(sf.core)):
        return None
    if not weak.given:
        return Match("surname-only", round(0.85 * sur, 4))
    # initials: in order, as many as or fewer than the full name's given words, at most one of
    # those left out ("A. Q. Khan" is Abdul Qadeer Khan, not Ayub Khan)
    have = "".join(fold(u.text)[:1] for u in weak.given)
    words = [
        fold(w)[:1]
        for u in full.given
        for w in u.text.split()
        if fold(w).rstrip(".") not in T.CONNECTORS
    ]
    full_letters = "".join(words)
    if (
        len(have) > len(full_letters)
        and len(full_letters) <= 2
        and _subsequence(full_letters, have)
        and len(have) >= 3
    ):
        # three or more initials where the full name has one or two given names: every given
        # name's initial, of which the full name keeps the one or two it is called by ("B. A.
        # W. Mendis" / "Ajantha Mendis"); two initials are a given name and a father's or a
        # second name as often ("K. H. Vaghela" is not Harshad Vaghela, "A. Q. Khan" not Ayub)
        return Match(CALLED_BY, round(0.5 * sur + 0.45 * cfg.initial_score, 4))
    if len(have) > len(full_letters) or not _subsequence(have, full_letters):
        return None
    if len(full_letters) - len(have) > 1 or have[:1] != full_letters[:1]:
        return None
    return Match("initials", round(0.5 * sur + 0.5 * cfg.initial_score, 4))


def initials_of(p: ParsedName) -> str:
    """The letters of a weak name's initials before its surname ("S. A. R. Geelani" -> "SAR"),
    or "" when a given name is written out."""
    if not p.weak or not p.given or not all(u.initial for u in p.given):
        return ""
    return "".join(fold(u.text)[:1] for u in p.given).upper()


def initials_without_generic(p: ParsedName) -> str | None:
    """The initials of a name of three words or more without its generic last word ("ISI" for
    "Inter Services Intelligence Agency"), or None."""
    if len(p.initials) >= 4 and fold(p.units[-1].text) in T.GENERIC_ORG_WORDS:
        return p.initials[:-1]
    return None


_CONNECTOR_WORD = re.compile(r"\s(?:of|and|for|the|on|in|at|to|bin|ibn)\s")


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in short)


def led_surname(p: ParsedName) -> bool:
    """A weak name of one unit with its article ("Al-Dawsari", "Al Jazeera"): a surname alone,
    or an organisation's name that a longer one may continue."""
    return p.weak and len(p.units) == 1 and " " in p.units[0].text


def extends(
    short: ParsedName, long_: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG
) -> Match | None:
    """``long_`` is ``short`` with more names after it ("Bilawal Bhutto" / "Bilawal Bhutto
    Zardari", "Maryam Nawaz" / "Maryam Nawaz Sharif", "Mohammed bin Salman" / "... Al Saud").
    An honorific kept as a name before the short form is the longer one's title ("Sardar Abdul
    Qayyum" / "Sardar Abdul Qayyum Khan"), and a compound given name may be grouped otherwise
    once a name follows it ("Ghulam Ali" / "Ghulam Ali Khan")."""
    if (short.weak and not led_surname(short)) or long_.weak:
        return None
    ta, tb = title_key(short), title_key(long_)
    if ta is not None and tb is not None and ta != tb:
        return None  # "Sher-e-Bangla Fazlul Huq" is not "Sheikh Fazlul Huq Moni"
    units = short_units(short, long_)
    n = len(units)
    if n == 1 and " " not in units[0].text:
        return None
    total = _aligned(units, long_.units[:n], cfg) if n < len(long_.units) else None
    k = n
    if total is None:
        regrouped = _regrouped(units, long_)
        if regrouped is None:
            return None
        k, total = regrouped, float(n)
    extra = long_.units[k:]
    if fold(extra[-1].text).rstrip(".") in T.GENERATION_SUFFIXES:
        return None  # "Habib Bourguiba Jr" is the son of "Habib Bourguiba"
    if long_.named_after and not short.named_after:
        return None  # "Jawaharlal Nehru University" is named after "Jawaharlal Nehru"
    if len(extra) > 1 and long_.person_like and not all(_particle_led(u.text) for u in extra):
        # two or more names added: an Arab chain of patronymics and a family name ("Hamad bin
        # Jassim" / "... bin Jaber Al Thani"); two plain names added are another person's
        # name that begins like it ("Amarinder Singh" / "Amarinder Singh Raja Warring")
        return None
    return None if total is None else Match("extension", round(0.9 * total / n, 4))


def short_units(short: ParsedName, long_: ParsedName | None = None) -> tuple[Unit, ...]:
    """The units of a short form that a longer name continues: without an honorific kept as a
    name before them when the longer name carries it as its title (any title when ``long_``
    is None, for looking candidates up)."""
    units = short.units
    if len(units) < 2 or short.org or fold(units[0].text) not in T.NAME_HONORIFICS:
        return units
    if long_ is not None and (long_.title is None or title_key(long_) != title_key(short)):
        return units
    rest = units[1:]
    return rest if len(rest) >= 2 or " " in rest[0].text else units


def _regrouped(units: tuple[Unit, ...], long_: ParsedName) -> int | None:
    """How many leading units of ``long_`` hold the words of ``units`` grouped otherwise
    ("Ghulam", "Ali" / "Ghulam Ali"), the same keys written together; None when none do or
    the longer name adds nothing."""
    joined = "".join(u.key for u in units)
    acc = ""
    for k, u in enumerate(long_.units[:-1], start=1):
        acc += u.key
        if acc == joined:
            return k if k != len(units) else None
        if len(acc) >= len(joined):
            return None
    return None


def _aligned(xs: tuple[Unit, ...], ys: tuple[Unit, ...], cfg: MatchConfig) -> float | None:
    """The sum of the unit scores of two equally long runs of units, or None when a pair
    scores under ``cfg.given``."""
    scores = []
    for x, y in zip(xs, ys, strict=True):
        s, _ = unit_score(x, y, cfg)
        if s < cfg.given:
            return None
        scores.append(s)
    return sum(scores)


def leading_left_out(p: ParsedName) -> int:
    """How many leading units of a person's full name news may leave out and still name them:
    its initials ("Y. S. Jagan Mohan Reddy" -> "Jagan Mohan Reddy") or a first name that is an
    element of a compound name as often, before two or more names ("Ahmed Shuja Pasha" ->
    "Shuja Pasha", :data:`_tables.DROPPABLE_LEAD`); 0 when there are none or the rest would
    not be a full name.  Any other leading given name is never left out this way: "Nawaz
    Sharif" is the father of "Maryam Nawaz Sharif", "Kamal Jumblatt" of "Walid Kamal
    Jumblatt"."""
    units = p.units
    if p.weak or not p.person_like or p.named_after or len(units) < 2:
        return 0
    k = 0
    while k < len(units) - 1 and units[k].initial:
        k += 1
    if k == 0 and fold(units[0].text) in T.DROPPABLE_LEAD:
        k = 1
    if k == 0:
        return 0
    rest = units[k:]
    if len(rest) >= 2 or " " in rest[0].text:
        return k
    return 0


def ends(short: ParsedName, long_: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG) -> Match | None:
    """``long_`` is ``short`` with initials or a droppable first name before it ("Revanth
    Reddy" / "A. Revanth Reddy", "Gaid Salah" / "Ahmed Gaid Salah"); the caller joins them
    only when exactly one cluster ends so."""
    k = leading_left_out(long_)
    if k == 0 or len(long_.units) - k != len(short.units) or not short.person_like:
        return None
    if fold(long_.units[-1].text).rstrip(".") in T.GENERATION_SUFFIXES:
        return None
    total = _aligned(short.units, long_.units[k:], cfg)
    n = len(short.units)
    return None if total is None else Match("lead-dropped", round(0.85 * total / n, 4))


COMPOUND_SURNAME = "compound-surname"


def compound_surname(p: ParsedName) -> Unit | None:
    """A person's surname that is a compound of a head and a name, which news uses alone
    ("Abdel Ghaffar" for "Khaled Abdel Ghaffar", "Abu Akleh" for "Shireen Abu Akleh"); None
    for any other name."""
    if p.weak or not p.person_like or p.named_after or len(p.units) < 2:
        return None
    last = p.units[-1]
    words = last.text.split()
    if len(words) != 2 or fold(words[0]).rstrip(".") not in _SURNAME_HEADS:
        return None
    return last


# heads of a compound surname ("Abdel Ghaffar", "Abu Akleh"): "servant of" and "father of"
_SURNAME_HEADS = T.ABD_HEADS | {"abu", "abou"}


def called_by_surname(
    short: ParsedName, long_: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG
) -> Match | None:
    """``short`` is ``long_``'s compound surname written alone ("Abdel Ghaffar" / "Khaled Abdel
    Ghaffar"); the caller joins them only when exactly one cluster is called so."""
    if short.org or len(short.units) != 1 or " " not in short.units[0].text:
        return None
    sur = compound_surname(long_)
    if sur is None or sur.key != short.units[0].key:
        return None
    return Match(COMPOUND_SURNAME, 0.85)


def _particle_led(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and fold(words[0]).rstrip(".") in _CHAIN_PARTICLES


_CHAIN_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ben", "abu", "ould"})
_FAMILY_PARTICLES = frozenset({"al", "el"})


def _lineage(short: ParsedName, long_: ParsedName) -> tuple[list[str], str | None] | None:
    """What ``long_`` adds to ``short`` when it is a chain of patronymics and then at most a
    family name ("bin Sultan bin Abdulaziz Al Saud"): the patronymics' keys, in order, and the
    family name's key; None for anything else."""
    patronymics: list[str] = []
    family: str | None = None
    for u in long_.units[len(short.units) :]:
        if family is not None:
            return None  # a family name closes the chain
        lead = fold(u.text.split()[0]).rstrip(".")
        if " " in u.text and lead in T.PATRONYMIC_PARTICLES:
            patronymics.append(u.key)
        elif " " in u.text and lead in _FAMILY_PARTICLES:
            family = u.core
        else:
            return None
    return patronymics, family


def one_lineage(
    short: ParsedName, longs: list[ParsedName], cfg: MatchConfig = DEFAULT_CONFIG
) -> bool:
    """Whether longer names that each continue ``short`` with patronymics or a family name say
    the same thing ("Bandar bin Sultan" + "bin Abdulaziz" and + "Al Saud": one man's fuller
    names): their chains of patronymics agree as far as each goes, and their family names, where
    given, are one.  Two different fathers or families are two people ("Khalid bin Sultan Al
    Saud" / "Khalid bin Sultan Al Qasimi")."""
    chains = []
    families = []
    for long_ in longs:
        got = _lineage(short, long_)
        if got is None:
            return False
        chains.append(got[0])
        if got[1] is not None:
            families.append(got[1])
    if any(similarity(x, y) < cfg.surname for x in families for y in families):
        return False
    return all(
        similarity(x, y) >= cfg.given
        for a in chains
        for b in chains
        for x, y in zip(a, b, strict=False)
    )


def compare_weak(a: ParsedName, b: ParsedName, cfg: MatchConfig = DEFAULT_CONFIG) -> Match | None:
    """Compare two weak names of the same shape (two surnames alone, two acronyms, ...)."""
    if a.acronym is not None or b.acronym is not None:
        # an acronym is its letters ("KIA" is not "QIA"; "HuM" is "HUM")
        ax, bx = a.acronym, b.acronym
        return Match("same-key", 1.0) if ax and bx and ax.upper() == bx.upper() else None
    if a.key == b.key:
        return Match("same-key", 1.0)
    if len(a.units) != len(b.units):
        return None
    sa, sb = a.surname, b.surname
    if sa is None or sb is None:
        return None
    if (
        not a.given
        and led_surname(a) != led_surname(b)
        and min(len(sa.core), len(sb.core)) < 5
        and sa.core != sb.core
    ):
        return None  # a short word, one with its article: "Al Ahram" is not "Ra'am"
    sur = similarity(sa.core, sb.core)
    if sur < max(cfg.surname, 0.85):
        return None
    for x, y in zip(a.given, b.given, strict=True):
        if _first_letter(x) != _first_letter(y):
            return None
    return Match("fuzzy", round(sur, 4))


def exact_surname(options: list[int], best: Mapping[int, tuple[float, str, int, int]]) -> list[int]:
    """Of several clusters a surname alone fits, the one whose surname it spells exactly
    (the same key) when every other fits only as a variant ("Salami" beside Hossein Salami
    and Mohammad Eslami); two exact fits ("Zardari" beside Asif and Bilawal) stay two."""
    exact = [r for r in options if exact_fit(best[r][1], best[r][0])]
    return exact if len(exact) == 1 else options


def exact_fit(rule: str, score: float) -> bool:
    """A surname alone that spells the full name's surname exactly (the same key)."""
    return rule == "surname-only" and score >= EXACT_SURNAME


def initials_in_order(
    options: list[int], best: Mapping[int, tuple[float, str, int, int]]
) -> list[int]:
    """Of several clusters a name of initials fits, those it fits initial for given name
    ("A. Q. Khan" / "Abdul Qadeer Khan") over those whose one or two given names it holds
    among more initials ("Ayub Khan"); only those when there are no others."""
    in_order = [r for r in options if best[r][1] != CALLED_BY]
    return in_order or options


# a name with more initials than the full name has given names ("B. A. W. Mendis" / "Ajantha
# Mendis"): the full name keeps the one or two it is called by
CALLED_BY = "initials-called-by"

# the score of a surname alone whose key equals the full name's surname key (0.85 x 1.0)
EXACT_SURNAME = 0.85
