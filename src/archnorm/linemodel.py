"""The learned line classifier: two logistic regressions evaluated in pure Python.

Stage 1 scores each block from its own features; stage 2 re-scores it from its neighbours'
stage-1 scores (context smoothing: a short line between article lines stays, a long line inside
a link list goes).  There is one model pair for plain-text dumps and one for HTML blocks.  The
weights live in ``data/linemodel.json`` (trained by ``benchmarks/train_lines.py``, cross-validated
by page); they are loaded once, lazily.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import mul
from typing import Any

from archnorm._linefeatures import BASE_NAMES, CONTEXT_NAMES, base_features, context_features
from archnorm.errors import ConfigError
from archnorm.segment import Block

MODEL_FILE = "linemodel.json"


@dataclass(frozen=True, slots=True)
class _Linear:
    weights: tuple[float, ...]
    bias: float

    def prob(self, row: list[float]) -> float:
        """Logistic score; a shorter row (text input: no HTML features) scores its prefix."""
        z = self.bias + sum(map(mul, self.weights, row))
        if z < -35:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class LineModel:
    """A stage-1 and a stage-2 linear model and the keep threshold on the stage-2 probability."""

    stage1: _Linear
    stage2: _Linear
    threshold: float
    good: float

    def score(
        self,
        blocks: Sequence[Block],
        *,
        html: bool,
        paths: list[tuple[int, ...]] | None = None,
    ) -> list[float]:
        """Probability that each block belongs to the article body."""
        base = base_features(blocks, html=html)
        p1 = [self.stage1.prob(r) for r in base]
        ctx = context_features(base, p1, good=self.good, paths=paths)
        return [self.stage2.prob(r) for r in ctx]


def _linear(data: dict[str, Any], names: tuple[str, ...], where: str) -> _Linear:
    got = tuple(data["features"])
    if got != names:
        raise ConfigError(
            f"{where}: model features {list(got)[:3]}... do not match this version's features "
            f"{list(names)[:3]}...; retrain with benchmarks/train_lines.py"
        )
    return _Linear(tuple(float(w) for w in data["weights"]), float(data["bias"]))


def model_from_dict(data: dict[str, Any], kind: str) -> LineModel:
    part = data[kind]
    return LineModel(
        stage1=_linear(part["stage1"], BASE_NAMES, f"{MODEL_FILE}:{kind}.stage1"),
        stage2=_linear(part["stage2"], CONTEXT_NAMES, f"{MODEL_FILE}:{kind}.stage2"),
        threshold=float(part["threshold"]),
        good=float(part.get("good", 0.6)),
    )


@lru_cache(maxsize=2)
def load_model(kind: str) -> LineModel:
    """The packaged model for ``kind`` ("text" or "html")."""
    raw = resources.files("archnorm").joinpath("data").joinpath(MODEL_FILE).read_text("utf-8")
    return model_from_dict(json.loads(raw), kind)
