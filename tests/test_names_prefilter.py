"""The name graph's pre-filter (``names/prefilter.py``) against the matcher it stands in for:
whenever it says a pair is not linked, ``compare`` returns None for that pair."""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archnorm.names.blocking import full_keys
from archnorm.names.cluster import NameGraph
from archnorm.names.match import compare
from archnorm.names.parse import parse_name
from archnorm.names.prefilter import linkable, unlinked
from archnorm.names.scores import DEFAULT_CONFIG, MatchConfig

CLUSTERS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "name_clusters.json"

WORDS = [
    "Asif", "Asef", "Ali", "Aly", "Zardari", "Zardary", "Zadari", "Khan", "Khana", "Kahn",
    "Mohammad", "Muhammad", "Abdul", "Rahman", "Rehman", "Fazl-ur-Rehman", "al-Assad", "Assad",
    "Saleh", "Salih", "Sally", "bin", "Laden", "Party", "Movement", "Fatah", "Pakistan", "Awami",
    "League", "Ltd", "Sons", "Tata", "Gen.", "Mr", "A.", "Q.", "Hashemi-Rafsanjani", "Rashid",
    "Rached", "Ghasem", "Qasem", "Jr", "II", "MQM", "Bhutto", "Butto", "Mirza", "Mirzai",
    "High", "Court", "of", "Sindh", "University", "Karachi", "Jamaat", "Jamiat", "The",
    "IIT", "Bombay", "Indian", "Institute", "Technology",
]  # fmt: skip

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

name_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
configs = st.sampled_from([DEFAULT_CONFIG, MatchConfig(surname=0.7, given=0.75, accept=0.7)])


@SETTINGS
@given(name_text, name_text, configs)
def test_unlinked_pairs_do_not_match(x: str, y: str, cfg: MatchConfig) -> None:
    a, b = parse_name(x), parse_name(y)
    if a.weak or b.weak:
        return  # the graph compares weak names with compare_weak, never with compare
    if unlinked(a, b, cfg):
        assert compare(a, b, cfg) is None


def _names() -> list[str]:
    data = json.loads(CLUSTERS.read_text(encoding="utf-8"))
    out = {s for g in data["groups"] for e in g["entities"] for s in e["spellings"]}
    # their surnames and given names shuffled, for pairs of look-alike strangers
    rng = random.Random(3)
    words = sorted(out)
    for _ in range(3000):
        a, b = rng.sample(words, 2)
        out.add(" ".join(a.split()[:-1] + b.split()[-1:]))
    return sorted(out)


def test_organisation_rules_are_compared() -> None:
    for x, y in (
        ("University of Karachi", "Karachi University"),
        ("IIT Bombay", "Indian Institute of Technology Bombay"),
    ):
        a, b = parse_name(x), parse_name(y)
        assert compare(a, b) is not None
        assert not unlinked(a, b, DEFAULT_CONFIG) and not unlinked(b, a, DEFAULT_CONFIG)


def test_linkable_keeps_every_mate_that_matches() -> None:
    """Over every block of a graph of the cluster file's names (and recombinations of them):
    what ``linkable`` drops, ``compare`` does not link, in the order the graph compares."""
    graph = NameGraph()
    graph.add(_names())
    cfg = graph.config
    dropped = 0
    for node, p in enumerate(graph.parsed):
        if (
            not p.units
            or p.weak
            or graph.reps.get((p.weak, p.acronym is not None, p.key, p.alternates)) != node
        ):
            continue
        mates = graph._mates(p, full_keys(p))
        kept = set(
            linkable(
                node, mates, parsed=graph.parsed, plains=graph.plain, names=graph.names, cfg=cfg
            )
        )
        for other in mates:
            if other in kept:
                continue
            dropped += 1
            x, y = sorted((node, other), key=lambda n: graph.names[n])
            assert compare(graph.parsed[x], graph.parsed[y], cfg) is None, (
                graph.names[x],
                graph.names[y],
            )
    assert dropped > 100  # the filter does drop pairs here
