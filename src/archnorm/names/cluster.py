"""Blocking, clustering and canonical choice.

:class:`NameGraph` holds the distinct names seen, compares each new name only with the names that
share a blocking key with it (keys: the surname's consonant skeleton and its one-letter deletions,
crossed with the first consonant of the first given name; plus the skeleton of the whole name
written without spaces: :mod:`archnorm.names.blocking`), and keeps the links and conflicts
it found.  Clustering is a union-find
over those links in order of score (ties broken by the names, so the result does not depend on
input order), that never joins two groups holding a conflicting pair, a cannot-link pair or two
different authority entities.  Weak names (a surname alone, initials, acronyms) then join a
cluster only when exactly one cluster fits them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Indel

from archnorm.names import _gc
from archnorm.names import _tables as T
from archnorm.names.authority import Authority
from archnorm.names.blocking import (
    Block,
    always_compared,
    full_keys,
    honorific_parts,
    honorific_short,
    joined_key,
    weak_key,
)
from archnorm.names.canonical import canonical_node, cluster_kind
from archnorm.names.double import JoinOps, double_surname_pairs, join_double_surnames
from archnorm.names.keys import Unit, deletions, fold, skeleton
from archnorm.names.match import compare, title_key, unit_score
from archnorm.names.orgmatch import glued_initials, kind_word_dropped
from archnorm.names.parse import ParsedName, parse_name
from archnorm.names.prefilter import linkable, plain
from archnorm.names.scores import CONFLICT, DEFAULT_CONFIG, Match, MatchConfig, similarity
from archnorm.names.weak import (
    COMPOUND_SURNAME,
    EXACT_SURNAME,
    called_by_surname,
    compare_weak,
    compound_surname,
    ends,
    exact_fit,
    exact_surname,
    extends,
    initials_in_order,
    initials_of,
    initials_without_generic,
    leading_left_out,
    led_surname,
    one_lineage,
    short_units,
    weak_score,
)
from archnorm.record import NameCluster, NameLink

Edge = tuple[float, str, int, int]

# words many names begin with: never taken alone for one person's first name
_NOT_FIRST_NAMES = T.COMPOUND_HEADS | T.NAME_HONORIFICS


@dataclass(slots=True)
class Clustering:
    """The result of one clustering run: node -> cluster position, and the clusters."""

    assign: dict[int, int]
    clusters: list[NameCluster]
    links: dict[int, tuple[str, float]]


# a lone word that may be an acronym written as a word: "Sebi", "Nadra", "Suparco"
_ACRONYM_WORD = re.compile(r"[A-Z][a-z]{2,7}")


class NameGraph:
    """Distinct names, their blocks, and the links found between them (incremental)."""

    def __init__(self, authority: Authority | None = None, config: MatchConfig | None = None):
        self.authority = authority
        self.config = config or DEFAULT_CONFIG
        self.names: list[str] = []
        self.parsed: list[ParsedName] = []
        self.plain: list[bool] = []  # prefilter.plain of each parsed name
        self.counts: list[int] = []
        self.ids: dict[str, int] = {}
        self.entity: dict[int, str] = {}
        self.blocks: dict[str, Block] = {}
        self.weak_blocks: dict[str, list[int]] = defaultdict(list)
        self.surnames: dict[str, list[int]] = defaultdict(list)
        self.initialled: dict[str, list[int]] = defaultdict(list)  # "D. K. Shivakumar"
        self.glued: list[int] = []  # "SAR Geelani": initials glued, read as an acronym
        self.nicknames: dict[str, list[int]] = defaultdict(list)  # "Hisila Yami 'Parvati'"
        self.acronyms_upper: dict[str, list[int]] = defaultdict(list)  # "SEBI"
        self._fits: dict[int, frozenset[int]] = {}  # _exact_fits, for one clustering run
        self.acronym_words: dict[str, list[int]] = defaultdict(list)  # "Sebi"
        self.initials: dict[str, list[int]] = defaultdict(list)
        self.prefixes: dict[str, list[int]] = defaultdict(list)
        self.firsts: dict[str, list[int]] = defaultdict(list)
        self.short_forms: dict[str, list[int]] = defaultdict(list)
        self.lead_dropped: dict[str, list[int]] = defaultdict(list)
        self.honorific_nodes: list[int] = []
        self.double_surnames: list[int] = []
        self.reps: dict[tuple[bool, bool, tuple[str, ...], tuple[str, ...]], int] = {}
        self.single: dict[tuple[bool, str], int] = {}
        self.edges: list[Edge] = []
        self.conflicts: list[tuple[int, int]] = []
        self.must: list[Edge] = []
        self._result: Clustering | None = None
        self._title_index: dict[str, list[int]] | None = None
        if authority is not None:
            self._add_authority(authority)

    # -- building -------------------------------------------------------------------------
    def _add_authority(self, auth: Authority) -> None:
        for ent in auth.entities:
            c = self._node(ent.canonical)
            self.entity[c] = ent.id
            for alias in ent.aliases:
                a = self._node(alias)
                self.entity.setdefault(a, ent.id)
                self.must.append((1.0, "authority-alias", c, a))
        for x, y in auth.must_link:
            self.must.append((1.0, "must-link", self._node(x), self._node(y)))
        for x, y in auth.cannot_link:
            self.conflicts.append((self._node(x), self._node(y)))

    @_gc.paused
    def add(self, names: Iterable[str]) -> None:
        """Count the names; new distinct names are compared with their block mates."""
        counted = Counter(n for n in names if isinstance(n, str))
        for name in sorted(counted):
            node = self.ids.get(name)
            if node is None:
                node = self._node(name)
            self.counts[node] += counted[name]
        self._result = None

    def _node(self, name: str) -> int:
        node = self.ids.get(name)
        if node is not None:
            return node
        node = len(self.names)
        self.ids[name] = node
        self.names.append(name)
        p = parse_name(name)
        self.parsed.append(p)
        self.plain.append(plain(p))
        self.counts.append(0)
        self._result = None
        self._title_index = None
        if not p.units:
            return node
        if p.double_surname:
            self.double_surnames.append(node)
        # an acronym is its letters, not a transliteration key ("KIA" is not "QIA")
        rep_key = (
            p.weak,
            p.acronym is not None,
            (p.acronym.upper(),) if p.acronym else p.key,
            p.alternates,  # "Yaakov 'Kobi' Shabtai" does not stand for "Yaakov Shabtai"
        )
        if len(p.units) == 1 and p.acronym is None:
            # a one-word name written as a compound ("Ansarullah" / "Ansar Allah")
            other = self.single.get((not p.weak, p.key[0]))
            if other is not None:
                a, b = (node, other) if name <= self.names[other] else (other, node)
                self.edges.append((1.0, "same-key", a, b))
            self.single.setdefault((p.weak, p.key[0]), node)
        rep = self.reps.get(rep_key)
        if rep is not None:
            # same key as a name already compared: link to it, and let it stand for both
            a, b = (node, rep) if name <= self.names[rep] else (rep, node)
            self.edges.append((1.0, "same-key", a, b))
            if (
                not p.weak
                and len(p.units) >= 2
                and p.units[0].letters != self.parsed[rep].units[0].letters
                and not honorific_short(p)
            ):
                # a lone first name must spell one of the person's first names ("Suha" beside
                # "Souha Arafat" and "Suha Arafat", which share a key): each spelling counts
                self.firsts[skeleton(p.units[0].core)].append(node)
            return node
        self.reps[rep_key] = node
        if p.weak:
            wblock = self.weak_blocks[weak_key(p)]
            for other in wblock:
                self._link(node, other, weak=True)
            wblock.append(node)
            if p.given and p.surname is not None and p.acronym is None:
                self.initialled[p.surname.key].append(node)
            self._link_acronym_as_word(node, p)
            return node
        keys = full_keys(p)
        mates = self._mates(p, keys)
        for other in linkable(
            node, mates, parsed=self.parsed, plains=self.plain, names=self.names, cfg=self.config
        ):
            self._link(node, other, weak=False)
        for key in keys:
            block = self.blocks.get(key)
            if block is None:
                block = self.blocks[key] = Block()
            block.add(node, p)
        if p.given:
            assert p.surname is not None
            for d in deletions(skeleton(p.surname.core)):
                self.surnames[d].append(node)
        elif p.units[0].headed and p.acronym is None:
            # "Muhammad Iqbal" written alone is also a name with that surname: a lone
            # "Iqbal" beside it and "Ahsan Iqbal" fits both
            for d in deletions(skeleton(p.units[0].tail)):
                self.surnames[d].append(node)
        if glued_initials(p):
            self.glued.append(node)
        if len(p.initials) >= 2:
            self.initials[p.initials].append(node)
            short = initials_without_generic(p)
            if short is not None:
                self.initials[short].append(node)  # "ISI" for "... Agency"
        for alternate in p.alternates:
            nick = parse_name(alternate)
            if nick.weak and not nick.given and nick.acronym is None and nick.surname is not None:
                # "Hisila Yami 'Parvati'": a lone "Parvati" is her
                self.nicknames[nick.surname.key].append(node)
        if p.spelled != p.initials and len(p.spelled) >= 3:
            self.initials[p.spelled].append(node)
        if p.generic_free is not None or (not p.given and p.units[0].core != p.units[0].key):
            self._index_org_forms(node, p)
        own = kind_word_dropped(p)
        if own is not None:
            self.short_forms[own].append(node)  # "Rafidain" for "Rafidain Bank"
        skels = [skeleton(u.core) for u in p.units]
        for j in range(1, len(skels)):
            if j >= 2 or " " in p.units[0].text:
                self.prefixes["|".join(skels[:j])].append(node)
            if any(" " in u.text for u in p.units[:j]):
                # a compound given name that a short form writes as two units ("Ghulam Ali"
                # / "Ghulam Ali Khan"): the words written together
                self.prefixes["W|" + "".join(skels[:j])].append(node)
        lead = leading_left_out(p)
        if lead:
            self.lead_dropped["|".join(skels[lead:])].append(node)
        if compound_surname(p) is not None:
            self.lead_dropped["C|" + skels[-1]].append(node)  # "Abdel Ghaffar" alone
        if len(skels) <= 2 and honorific_short(p):
            self.honorific_nodes.append(node)
        elif len(skels) >= 2:
            self.firsts[skels[0]].append(node)
        return node

    def _index_org_forms(self, node: int, p: ParsedName) -> None:
        """Short forms a lone word may stand for: "Fatah Movement" and "al-Fatah" for "Fatah"."""
        if p.generic_free is not None:
            self.short_forms[p.generic_free].append(node)
        if not p.given and p.surname is not None and p.surname.core != p.surname.key:
            self.short_forms[p.surname.core].append(node)

    def extension_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Longer names that continue a full name ("Bilawal Bhutto" -> "... Zardari")."""
        keys = ["|".join(skeleton(u.core) for u in p.units)]
        if len(p.units) >= 2:  # one unit is grouped as the longer name groups it
            units = short_units(p)
            skels = [skeleton(u.core) for u in units]
            keys.append("W|" + "".join(skels))  # "Ghulam", "Ali" / "Ghulam Ali Khan"
            if len(units) < len(p.units):
                keys.append("|".join(skels))  # "Sardar Abdul Qayyum" / "Sardar ... Khan"
        return self._longer(p, self.prefixes, extends, keys)

    def lead_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Longer names that add initials or a droppable first name before a full name
        ("Revanth Reddy" -> "A. Revanth Reddy", "Gaid Salah" -> "Ahmed Gaid Salah")."""
        if p.weak or (len(p.units) == 1 and " " not in p.units[0].text):
            return []
        found = self._longer(p, self.lead_dropped, ends)
        if len(p.units) == 1:  # "Abdel Ghaffar" alone
            found += self._longer(
                p, self.lead_dropped, called_by_surname, ["C|" + skeleton(p.units[0].core)]
            )
        return found

    def _longer(
        self,
        p: ParsedName,
        index: dict[str, list[int]],
        fits: Callable[[ParsedName, ParsedName, MatchConfig], Match | None],
        keys: list[str] | None = None,
    ) -> list[tuple[int, Match]]:
        """The names filed in ``index`` under ``keys`` (by default ``p``'s units' skeletons)
        that ``fits`` accepts, each name tried once."""
        if keys is None:
            keys = ["|".join(skeleton(u.core) for u in p.units)]
        out = []
        seen: set[int] = set()
        for key in keys:
            for other in index.get(key, ()):
                if other in seen:
                    continue
                seen.add(other)
                m = fits(p, self.parsed[other], self.config)
                if m is not None:
                    out.append((other, m))
        return out

    def honorific_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Full names that an honorific kept before one name stands for: those that begin with
        that name ("Sheikh Hasina" -> "Hasina Wajed") or, after an honorific that precedes last
        names as often, those with that surname ("Mullah Omar" -> "Mohammad Omar")."""
        parts = honorific_parts(p)
        if parts is None:
            return []
        head, name = parts
        last = head in T.HONORIFIC_LAST
        # "Mullah Omar": the fuller names with that surname; "Sheikh Hasina": with that first
        # name, and when none fits, a surname ("Sheikh Sudais" / "Abdul Rahman al-Sudais")
        out = self._honorific_fits(name, last=last)
        if out:
            return out
        if last:
            # not the other way after Mullah, Khawaja, Syed: "Khawaja Asif" is not Asif Ali
            # Zardari, though no Asif is his surname here; but it is a fuller name that the
            # same honorific leads ("Mullah Obaidullah" / "Mullah Obaidullah Akhund")
            own = title_key(p)
            return [
                (f, m)
                for f, m in self._honorific_fits(name, last=False)
                if title_key(self.parsed[f]) == own
            ]
        # a surname spelt the same: the less likely reading ("Sheikh Sudais")
        return [
            (f, m) for f, m in self._honorific_fits(name, last=True) if m.score >= EXACT_SURNAME
        ]

    def _honorific_fits(self, name: Unit, *, last: bool) -> list[tuple[int, Match]]:
        """The full names whose surname (``last``) or first given name the one name after an
        honorific spells."""
        out = []
        if last:
            pool: set[int] = set()
            for d in deletions(skeleton(name.core)):
                pool.update(self.surnames.get(d, ()))
            cfg = self.config
            for other in sorted(pool):
                full = self.parsed[other]
                sur = full.surname
                if sur is None or not full.person_like or honorific_short(full):
                    continue
                sim = similarity(name.core, sur.core)
                if sim >= cfg.joined or (
                    sim >= cfg.surname and skeleton(name.core) == skeleton(sur.core)
                ):
                    out.append((other, Match("honorific-surname", round(0.85 * sim, 4))))
            return out
        for other in self.firsts.get(skeleton(name.core), ()):
            score, _ = unit_score(name, self.parsed[other].units[0], self.config)
            if score >= self.config.given:
                out.append((other, Match("honorific-extension", round(0.85 * score, 4))))
        return out

    def _link(self, x: int, y: int, *, weak: bool) -> None:
        a, b = (x, y) if self.names[x] <= self.names[y] else (y, x)
        pa, pb = self.parsed[a], self.parsed[b]
        m = compare_weak(pa, pb, self.config) if weak else compare(pa, pb, self.config)
        if m is None:
            return
        if m.rule == CONFLICT:
            self.conflicts.append((a, b))
        else:
            self.edges.append((m.score, m.rule, a, b))
        self._result = None

    # -- candidates for weak names and for resolving unseen names -----------------------------
    def weak_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Full names that a weak name fits, with the match."""
        pool: set[int] = set()
        if p.acronym is not None:
            pool.update(self.initials.get(p.acronym.upper(), ()))
        elif p.surname is not None:
            for d in deletions(skeleton(p.surname.core)):
                pool.update(self.surnames.get(d, ()))
            if not p.given:
                pool.update(self.short_forms.get(p.surname.key, ()))
                pool.update(self.short_forms.get(p.surname.core, ()))
                # the name written in two words ("Shivsena" / "Shiv Sena"): its whole-name block
                block = self.blocks.get(joined_key(p.surname.key))
                if block is not None:
                    pool.update(block.ids)
        out = []
        for f in sorted(pool):
            m = weak_score(p, self.parsed[f], self.config)
            if m is not None:
                out.append((f, m))
        return out

    def _surname_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """The full names a weak name fits, and the names of initials and the surname it
        spells (weak themselves: often all there is of a person, and another person beside a
        full name with that surname)."""
        return self.weak_candidates(p) + self.initialled_candidates(p) + self.nickname_candidates(p)

    def _surnames_of_others(self, a: int, b: int) -> bool:
        """Two surnames alone, alike, each spelling exactly the surname of other full names
        ("Baraka" beside Nizar Baraka, "Barrak" beside Musallam al-Barrak): two people's."""
        pa, pb = self.parsed[a], self.parsed[b]
        if not (pa.weak and pb.weak) or pa.given or pb.given or pa.acronym or pb.acronym:
            return False
        fa, fb = self._exact_fits(a), self._exact_fits(b)
        return bool(fa) and bool(fb) and fa.isdisjoint(fb)

    def _exact_fits(self, node: int) -> frozenset[int]:
        """The full names whose surname a surname alone spells exactly (kept per node for one
        clustering run)."""
        fits = self._fits.get(node)
        if fits is None:
            fits = self._fits[node] = frozenset(
                f for f, m in self.weak_candidates(self.parsed[node]) if exact_fit(m.rule, m.score)
            )
        return fits

    def _link_acronym_as_word(self, node: int, p: ParsedName) -> None:
        """Link an acronym and a lone word that writes it as a word ("SEBI" / "Sebi", "NADRA"
        / "Nadra": news often does so for acronyms said as words)."""
        if p.acronym is not None:
            if not p.acronym.isupper():
                return
            letters, mine, theirs = p.acronym, self.acronyms_upper, self.acronym_words
        elif p.given or p.surname is None or not _ACRONYM_WORD.fullmatch(p.surname.text):
            return
        else:
            letters, mine, theirs = p.surname.text.upper(), self.acronym_words, self.acronyms_upper
        for other in theirs.get(letters, ()):
            a, b = (node, other) if self.names[node] <= self.names[other] else (other, node)
            self.edges.append((0.9, "acronym-as-word", a, b))
        mine[letters].append(node)

    def nickname_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Full names holding a one-word nickname in quotes that a lone word spells."""
        return self._spelt_alone(p, self.nicknames, "nickname")

    def initialled_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Names of initials and a surname that a surname alone spells exactly."""
        return self._spelt_alone(p, self.initialled, "surname-only")

    def _spelt_alone(
        self, p: ParsedName, index: dict[str, list[int]], rule: str
    ) -> list[tuple[int, Match]]:
        """The names filed in ``index`` under the key of ``p``, a word alone (no given name,
        no acronym), each an exact fit under ``rule``."""
        if p.given or p.acronym is not None or p.surname is None:
            return []
        return [(f, Match(rule, EXACT_SURNAME)) for f in index.get(p.surname.key, ())]

    def first_name_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Full names of people whose first name a lone word spells (not a compound head or an
        honorific, which many names begin with)."""
        if p.acronym is not None or p.given or len(p.units) != 1 or p.surname is None:
            return []
        word = p.surname
        if " " in word.text or fold(word.text) in _NOT_FIRST_NAMES:
            return []
        out = []
        for other in self.firsts.get(skeleton(word.core), ()):
            full = self.parsed[other]
            # spelt the same: keys are too lossy for one word alone ("Dawn" / "Don")
            if full.person_like and full.given and full.units[0].letters == word.letters:
                out.append((other, Match("first-name-only", 0.8)))
        return out

    def _mates(self, p: ParsedName, keys: Iterable[str]) -> list[int]:
        """Names sharing a block with ``p`` that may match it (sorted, each once)."""
        seen: set[int] = set()
        cutoff = self.config.given
        everyone = not p.given or always_compared(p)
        for key in keys:
            block = self.blocks.get(key)
            if block is None:
                continue
            if everyone or key.startswith(("J|", "A|")):
                seen.update(block.ids)
                continue
            seen.update(block.special)
            if len(block.cores) <= 4:
                seen.update(block.ids_plain)
            elif block.cores:
                hits = process.extract(
                    p.given[0].core,
                    block.distinct,
                    scorer=Indel.normalized_similarity,
                    score_cutoff=cutoff,
                    limit=None,
                )
                by_core = block.by_core
                for h in hits:
                    seen.update(by_core[h[0]])
        return list(seen)  # comparison order does not matter: links are sorted when clustering

    def full_candidates(self, p: ParsedName) -> list[tuple[int, Match]]:
        """Existing names that a full name matches (without adding it)."""
        out = []
        for other in self._mates(p, full_keys(p)):
            m = compare(p, self.parsed[other], self.config)
            if m is not None and m.rule != CONFLICT:
                out.append((other, m))
        return out

    # -- clustering ---------------------------------------------------------------------------
    @_gc.paused
    def cluster(self) -> Clustering:
        """Cluster all names seen (cached until the next add)."""
        if self._result is None:
            self._result = self._cluster()
        return self._result

    def _cluster(self) -> Clustering:
        self._fits.clear()
        n = len(self.names)
        parent = list(range(n))
        enemies: dict[int, list[int]] = defaultdict(list)
        for a, b in self.conflicts:
            enemies[a].append(b)
            enemies[b].append(a)
        entity = dict(self.entity)
        has_full = [not p.weak for p in self.parsed]
        used: list[Edge] = []

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def allowed(ra: int, rb: int) -> bool:
            ea, eb = entity.get(ra), entity.get(rb)
            if ea is not None and eb is not None and ea != eb:
                return False
            small, other = (
                (ra, rb) if len(enemies.get(ra, ())) <= len(enemies.get(rb, ())) else (rb, ra)
            )
            return all(find(e) != other for e in enemies.get(small, ()))

        def union(ra: int, rb: int) -> None:
            if len(enemies.get(ra, ())) < len(enemies.get(rb, ())):
                ra, rb = rb, ra
            parent[rb] = ra
            if rb in enemies:
                enemies[ra].extend(enemies.pop(rb))
            if rb in entity and ra not in entity:
                entity[ra] = entity[rb]
            has_full[ra] = has_full[ra] or has_full[rb]

        for edge in self.must:
            ra, rb = find(edge[2]), find(edge[3])
            if ra != rb:
                union(ra, rb)
            used.append(edge)
        names = self.names
        for edge in sorted(self.edges, key=lambda e: (-e[0], names[e[2]], names[e[3]])):
            ra, rb = find(edge[2]), find(edge[3])
            if edge[1] == "fuzzy" and self._surnames_of_others(edge[2], edge[3]):
                continue
            if ra != rb and allowed(ra, rb):
                union(ra, rb)
            used.append(edge)
        # short full names join the one cluster that continues them, if exactly one does; then
        # the one that adds initials or a droppable first name before them; then honorific
        # short forms, once the full names they may stand for have joined up
        groups: dict[int, list[int]] = defaultdict(list)
        for node in range(n):
            groups[find(node)].append(node)
        for g in self.glued:
            # initials written together, read as an acronym before a word, and the same initials
            # written apart ("SAR Geelani" / "S. A. R. Geelani"): one weak name, placed as one
            if len(groups.get(g, ())) != 1:
                continue
            letters = glued_initials(self.parsed[g])
            for w in self.initialled.get(self.parsed[g].units[1].key, ()):
                rw = find(w)
                if not has_full[rw] and letters == initials_of(self.parsed[w]) and allowed(rw, g):
                    union(rw, g)
                    has_full[find(g)] = False
                    used.append((0.95, "initials-glued", g, w))
                    break
        groups = _regroup(groups, find)
        for pass_kind in ("extension", "lead", "honorific"):
            honorific_pass = pass_kind == "honorific"
            if pass_kind != "extension":
                groups = _regroup(groups, find)  # after the passes before
            roots = {find(s) for s in self.honorific_nodes} if honorific_pass else set(groups)
            plans = []
            for root in sorted(roots, key=lambda r: names[r]):
                ext: dict[int, Edge] = {}
                # an honorific short form extends only a group of such short forms
                if honorific_pass and not all(
                    self.parsed[s].weak or honorific_short(self.parsed[s]) for s in groups[root]
                ):
                    continue
                for s in groups[root]:
                    p = self.parsed[s]
                    if p.weak and not (pass_kind == "extension" and led_surname(p)):
                        continue
                    found = (
                        self.honorific_candidates(p)
                        if honorific_pass
                        else self.lead_candidates(p)
                        if pass_kind == "lead"
                        else self.extension_candidates(p)
                    )
                    for f, m in found:
                        rf = find(f)
                        if (
                            pass_kind == "lead"
                            and m.rule != COMPOUND_SURNAME
                            and self._called_by_lead(f, groups.get(rf, ()))
                        ):
                            continue
                        if rf != root and (rf not in ext or m.score > ext[rf][0]):
                            ext[rf] = (m.score, m.rule, f, s)
                options = [r for r in ext if allowed(r, root)]
                if honorific_pass and self._regnal(groups[root]):
                    # "King Fahad" is a king: not a person whom other titles call otherwise
                    # ("Sheikh Fahad al-Ahmad al-Sabah")
                    options = [r for r in options if self._titled_so(groups[r], groups[root])]
                if len(options) > 1 and honorific_pass:
                    options = self._same_title(options, groups[root], find)
                if len(options) == 1:
                    plans.append(ext[options[0]])
                elif (
                    options
                    and pass_kind == "extension"
                    and len({ext[r][3] for r in options}) == 1
                    and one_lineage(
                        self.parsed[ext[options[0]][3]],
                        [self.parsed[ext[r][2]] for r in options],
                        self.config,
                    )
                ):
                    # fuller names that add patronymics or a family name and agree with one
                    # another ("Bandar bin Sultan bin Abdulaziz", "Bandar bin Sultan Al Saud")
                    plans.extend(ext[r] for r in sorted(options, key=lambda r: names[r]))
            for edge in plans:
                ra, rb = find(edge[2]), find(edge[3])
                if ra != rb and allowed(ra, rb):
                    union(ra, rb)
                    used.append(edge)
        # weak names: join the one cluster that fits, if exactly one does
        groups = _regroup(groups, find)
        if self.double_surnames:
            # a double surname written alone ("Mohseni Ejei"): the one cluster it ends
            used.extend(
                join_double_surnames(
                    double_surname_pairs(
                        self.double_surnames, self.parsed, self.surnames, self.config
                    ),
                    self.parsed,
                    groups,
                    JoinOps(find, allowed, union, names),
                )
            )
            groups = _regroup(groups, find)
        # names with initials first: they join their full names before a surname alone,
        # which may stand for either, is placed ("T. N. Seshan" before "Seshan")
        weak_roots = sorted(
            (r for r in groups if not has_full[r]),
            key=lambda r: (not any(self.parsed[m].given for m in groups[r]), names[r]),
        )
        for root in weak_roots:
            best: dict[int, Edge] = {}
            # the full names it fits as a surname, initials or acronym, and the names of
            # initials and that surname ("Shivakumar" / "D. K. Shivakumar", the way South
            # Indian names are written: the only candidates that are weak themselves, so
            # their cluster need hold no full name); when there are none, a lone word may be
            # a first name that news uses alone ("Kanimozhi")
            for candidates in (self._surname_candidates, self.first_name_candidates):
                for w in groups[root]:
                    if not self.parsed[w].weak:
                        continue  # "SAR Geelani", placed by "S. A. R. Geelani"
                    for f, m in candidates(self.parsed[w]):
                        rf = find(f)
                        if (has_full[rf] or (self.parsed[f].weak and rf != find(root))) and (
                            rf not in best or m.score > best[rf][0]
                        ):
                            best[rf] = (m.score, m.rule, f, w)
                if best:
                    break
            options = [r for r in best if allowed(r, find(root))]
            if len(options) > 1:
                options = exact_surname(initials_in_order(options, best), best)
            if len(options) > 1:
                options = self._same_title(options, groups[root], find)
            if len(options) == 1:
                target = options[0]
                union(target, find(root))
                used.append(best[target])
        return self._collect(find, used)

    def _called_by_lead(self, long_: int, members: Iterable[int]) -> bool:
        """Whether the cluster of a name with a droppable first name also calls the person by
        that first name and the surname alone ("Ali Dbeibah" beside "Ali Ibrahim Dbeibah"): then
        it is the person's own first name, and the name after it a father's ("Ibrahim Dbeibah"
        is another man).  Initials never are."""
        p = self.parsed[long_]
        first = p.units[0]
        if first.initial or p.surname is None:
            return False
        wanted = (first.key, p.surname.key)
        return any(self.parsed[m].key == wanted for m in members)

    def _regnal(self, short: list[int]) -> bool:
        """Whether every name of a group of honorific short forms is a royal office before one
        name ("King Fahad", "Emir Tamim"): a ruler's regnal name."""
        return all(
            (parts := honorific_parts(self.parsed[s])) is not None and parts[0] in T.ROYAL_OFFICES
            for s in short
        )

    def _titled_so(self, members: list[int], short: list[int]) -> bool:
        """Whether a cluster's full names carry no title, or the short forms' title."""
        wanted = {title_key(self.parsed[s]) for s in short}
        titles = {title_key(self.parsed[m]) for m in members if self.parsed[m].title is not None}
        return not titles or not titles.isdisjoint(wanted)

    def _same_title(
        self, options: list[int], short: list[int], find: Callable[[int], int]
    ) -> list[int]:
        """Of several clusters a short form fits, the one whose full names carry the short
        form's title ("Marshal Fahim" -> "Marshal Mohammad Qasim Fahim", "Pandit Nehru" ->
        "Pt Jawaharlal Nehru"), when exactly one does; else all of them."""
        titles = {t for s in short if (t := title_key(self.parsed[s])) is not None}
        if not titles:
            return options
        wanted = set(options)
        hits = set()
        for node in self._titled(titles):
            r = find(node)
            if r in wanted and not self.parsed[node].weak:
                hits.add(r)
        return [r for r in options if r in hits] if len(hits) == 1 else options

    def _titled(self, titles: set[str]) -> list[int]:
        if self._title_index is None:
            index: dict[str, list[int]] = defaultdict(list)
            for node, p in enumerate(self.parsed):
                t = title_key(p)
                if t is not None:
                    index[t].append(node)
            self._title_index = index
        return [node for t in sorted(titles) for node in self._title_index.get(t, ())]

    def _collect(self, find: Callable[[int], int], used: list[Edge]) -> Clustering:
        members: dict[int, list[int]] = defaultdict(list)
        for node in range(len(self.names)):
            members[find(node)].append(node)
        link: dict[int, tuple[str, float]] = {}
        for score, rule, a, b in used:
            if find(a) != find(b):
                continue
            for x in (a, b):
                if x not in link or score > link[x][1]:
                    link[x] = (rule, score)
        ent_by_id = {e.id: e for e in self.authority.entities} if self.authority else {}
        clusters: list[NameCluster] = []
        assign: dict[int, int] = {}
        for root in sorted(members, key=lambda r: min(self.names[m] for m in members[r])):
            nodes = members[root]
            inputs = sorted(
                (m for m in nodes if self.counts[m] > 0),
                key=lambda m: (-self.counts[m], self.names[m]),
            )
            if not inputs:
                continue
            ent_ids = sorted({self.entity[m] for m in nodes if m in self.entity})
            ent = ent_by_id.get(ent_ids[0]) if ent_ids else None
            if ent is not None:
                canonical = ent.canonical
            else:
                best = canonical_node(inputs, self.parsed, self.counts, self.names)
                canonical = self.parsed[best].display or self.names[best]
            links = []
            for m in inputs:
                if self.parsed[m].display == canonical or self.names[m] == canonical:
                    links.append(NameLink(self.names[m], "canonical", 1.0))
                else:
                    rule, score = link.get(m, ("canonical", 1.0))
                    links.append(NameLink(self.names[m], rule, score))
            kind = cluster_kind(nodes, self.parsed)
            if ent is not None and ent.kind != "unknown":
                kind = ent.kind
            for m in nodes:
                assign[m] = len(clusters)
            clusters.append(
                NameCluster(
                    canonical=canonical,
                    members=tuple(self.names[m] for m in inputs),
                    kind=kind,
                    links=tuple(links),
                    authority_id=ent.id if ent is not None else None,
                )
            )
        return Clustering(assign=assign, clusters=clusters, links=link)


def _regroup(groups: dict[int, list[int]], find: Callable[[int], int]) -> dict[int, list[int]]:
    """The groups after unions: each old group's members under its root now."""
    merged: dict[int, list[int]] = defaultdict(list)
    for root, members in groups.items():
        merged[find(root)].extend(members)
    return merged


def cluster_names(
    names: Iterable[str],
    *,
    authority: Authority | None = None,
    config: MatchConfig | None = None,
) -> list[NameCluster]:
    """Cluster name strings; see :func:`archnorm.names.cluster_names` for the public entry."""
    graph = NameGraph(authority, config)
    graph.add(names)
    return graph.cluster().clusters
