"""Derive the consonant substitutions that spellings of one name make and the token key does not
absorb, from the tuned splits of ``benchmarks/data/name_clusters.json``.

For every entity, every pair of its spellings is parsed; their matching units (given names in
order, surnames) are aligned on their token keys, and each single consonant written for another
(``b``/``v`` in Bilas/Vilas, ``z``/``j`` in Zia/Jia) is counted once per entity.  The same count
over pairs of *different* entities of one look-alike family (units one such substitution apart)
is the evidence against.  A pair is kept when it was seen in at least ``--min-entities``
entities and never between look-alikes; the kept pairs are written to
``src/archnorm/names/_substitutions.py`` with ``--write`` (else printed).

    python benchmarks/names_substitutions.py              # print the table
    python benchmarks/names_substitutions.py --write      # regenerate the module
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from archnorm.names.keys import Unit
from archnorm.names.parse import parse_name

HERE = Path(__file__).resolve().parent
CLUSTERS = HERE / "data" / "name_clusters.json"
MODULE = HERE.parent / "src" / "archnorm" / "names" / "_substitutions.py"
# splits that have been read and tuned on: never a split that is still held out (round ten
# read heldout31 to heldout34 and heldout36 to heldout40 too, after this table was derived)
TUNED = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 27)))
VOWELS = frozenset("aiu")  # token keys write every vowel as a, i or u


def _units(name: str) -> tuple[Unit, ...]:
    p = parse_name(name)
    return p.units if p.acronym is None else ()


def _aligned(a: Sequence[Unit], b: Sequence[Unit]) -> list[tuple[str, str]]:
    """Unit keys of two spellings paired: surnames, then given names in order when the counts
    agree (else each given name of the shorter with its most alike in the longer)."""
    if not a or not b:
        return []
    pairs = [(a[-1].core, b[-1].core)]
    ga, gb = a[:-1], b[:-1]
    if len(ga) == len(gb):
        pairs += [(x.core, y.core) for x, y in zip(ga, gb, strict=True)]
    else:
        short, long_ = (ga, gb) if len(ga) < len(gb) else (gb, ga)
        for x in short:
            y = max(long_, key=lambda u, x=x: Levenshtein.normalized_similarity(x.core, u.core))
            pairs.append((x.core, y.core))
    return pairs


def substitutions(x: str, y: str) -> list[tuple[str, str]]:
    """The consonant-for-consonant replacements of an alignment of two keys that are otherwise
    alike (at most two edits besides), each as a sorted pair."""
    if x == y or min(len(x), len(y)) < 4:
        return []
    ops = list(Levenshtein.editops(x, y))
    if len(ops) > 2:
        return []
    # a replacement beside another edit is a digraph written another way (s / ch), not a
    # consonant put for another
    reps = [
        (x[o.src_pos], y[o.dest_pos])
        for k, o in enumerate(ops)
        if o.tag == "replace"
        and not any(i != k and abs(q.src_pos - o.src_pos) <= 1 for i, q in enumerate(ops))
    ]
    return [
        (min(c, d), max(c, d)) for c, d in reps if c not in VOWELS and d not in VOWELS and c != d
    ]


def derive(min_entities: int) -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], int]]:
    data = json.loads(CLUSTERS.read_text(encoding="utf-8"))
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    against: dict[tuple[str, str], int] = defaultdict(int)
    for g in data["groups"]:
        if g["split"] not in TUNED:
            continue
        ents = [(e["id"], [_units(s) for s in e["spellings"]]) for e in g["entities"]]
        for eid, spellings in ents:
            for i in range(len(spellings)):
                for j in range(i + 1, len(spellings)):
                    for x, y in _aligned(spellings[i], spellings[j]):
                        for pair in substitutions(x, y):
                            seen[pair].add(eid)
        for i in range(len(ents)):
            for j in range(i + 1, len(ents)):
                for a in ents[i][1]:
                    for b in ents[j][1]:
                        if len(a) != len(b):
                            continue
                        # two look-alikes whose names are one substitution apart, all else equal
                        diff = [(x, y) for x, y in _aligned(a, b) if x != y]
                        if len(diff) == 1 and Levenshtein.distance(*diff[0]) == 1:
                            for pair in substitutions(*diff[0]):
                                against[pair] += 1
    return seen, against


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-entities", type=int, default=2)
    ap.add_argument("--write", action="store_true", help=f"regenerate {MODULE.name}")
    args = ap.parse_args()
    seen, against = derive(args.min_entities)
    print("| pair | entities | look-alike pairs against | kept |")
    print("|---|---|---|---|")
    kept = []
    for pair, ents in sorted(seen.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        ok = len(ents) >= args.min_entities and against.get(pair, 0) == 0
        if ok:
            kept.append(pair)
        mark = "yes" if ok else ""
        print(f"| {pair[0]}/{pair[1]} | {len(ents)} | {against.get(pair, 0)} | {mark} |")
    if args.write:
        body = "\n".join(f'        ("{a}", "{b}"),' for a, b in sorted(kept))
        doc = (
            '"""Consonant substitutions that spellings of one name make and the token key does\n'
            "not absorb (pairs of token-key letters), derived by\n"
            "``benchmarks/names_substitutions.py`` from the tuned splits of the name cluster\n"
            f"file: each seen between spellings of at least {args.min_entities} entities and\n"
            "never between the names of look-alike entities.  Generated; do not edit by"
            ' hand."""\n\n'
        )
        MODULE.write_text(
            doc + "from __future__ import annotations\n\n"
            "CONSONANT_SUBSTITUTIONS: frozenset[tuple[str, str]] = frozenset(\n"
            "    {\n" + body + "\n    }\n)\n",
            encoding="utf-8",
        )
        print(f"\nwrote {MODULE}")


if __name__ == "__main__":
    main()
