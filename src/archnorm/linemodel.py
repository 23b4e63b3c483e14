"""The learned line classifier: two or three logistic regressions over page-wide feature arrays.

Stage 1 scores each block from its own features; stage 2 re-scores it from its neighbours'
stage-1 scores (context smoothing: a short line between article lines stays, a long line inside
a link list goes); the HTML model has a stage 3, the same context features over the stage-2
scores (sharper scores make the best subtree and the style groups clearer).
There is one model for plain-text dumps and one for HTML blocks.  The
weights live in ``data/linemodel.json`` (trained by ``benchmarks/train_lines.py``, cross-validated
by page); they are loaded once, lazily.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from archnorm._linecontext import Layout, context_features
from archnorm._linefeatures import BASE_NAMES, CONTEXT_NAMES, base_features
from archnorm.errors import ConfigError
from archnorm.segment import Block

MODEL_FILE = "linemodel.json"


@dataclass(frozen=True, slots=True, eq=False)
class _Linear:
    weights: npt.NDArray[np.float64]
    bias: float

    def prob(self, rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Logistic score of each row; narrower rows (text input: no HTML features) score with
        the leading weights."""
        z = rows @ self.weights[: rows.shape[1]] + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


@dataclass(frozen=True, slots=True, eq=False)
class Scored:
    """The model's verdict on a page: keep probability and word count of each block (of the
    paragraph, for a line of a hard-wrapped paragraph)."""

    probs: npt.NDArray[np.float64]
    words: npt.NDArray[np.int64]


_I_WORDS = BASE_NAMES.index("log_words")
_I_PARA_WORDS = BASE_NAMES.index("para_log_words")


@dataclass(frozen=True, slots=True)
class LineModel:
    """A stage-1 and a stage-2 linear model (and optionally a stage 3: the context features
    again, over the stage-2 probabilities) and the keep threshold on the last probability."""

    stage1: _Linear
    stage2: _Linear
    threshold: float
    good: float
    stage3: _Linear | None = None

    def score(
        self,
        blocks: Sequence[Block],
        *,
        html: bool,
        paths: list[tuple[int, ...]] | None = None,
    ) -> Scored:
        """Probability that each block belongs to the article body, and its word count."""
        base = base_features(blocks, html=html)
        p1 = self.stage1.prob(base)
        layout = Layout(base, paths)
        ctx = context_features(base, p1, good=self.good, layout=layout)
        # a line of a hard-wrapped paragraph counts the paragraph's words (the phrase rules'
        # length limits are meant for a line that is a whole paragraph)
        words = np.rint(np.expm1(base[:, _I_WORDS if html else _I_PARA_WORDS])).astype(np.int64)
        p2 = self.stage2.prob(ctx)
        if self.stage3 is not None:
            p2 = self.stage3.prob(context_features(base, p2, good=self.good, layout=layout))
        return Scored(p2, words)


def _linear(data: dict[str, Any], names: tuple[str, ...], where: str) -> _Linear:
    got = tuple(data["features"])
    if got != names:
        raise ConfigError(
            f"{where}: model features {list(got)[:3]}... do not match this version's features "
            f"{list(names)[:3]}...; retrain with benchmarks/train_lines.py"
        )
    return _Linear(np.array(data["weights"], dtype=np.float64), float(data["bias"]))


def model_from_dict(data: dict[str, Any], kind: str) -> LineModel:
    part = data[kind]
    return LineModel(
        stage1=_linear(part["stage1"], BASE_NAMES, f"{MODEL_FILE}:{kind}.stage1"),
        stage2=_linear(part["stage2"], CONTEXT_NAMES, f"{MODEL_FILE}:{kind}.stage2"),
        threshold=float(part["threshold"]),
        good=float(part.get("good", 0.6)),
        stage3=(
            _linear(part["stage3"], CONTEXT_NAMES, f"{MODEL_FILE}:{kind}.stage3")
            if "stage3" in part
            else None
        ),
    )


@lru_cache(maxsize=2)
def load_model(kind: str) -> LineModel:
    """The packaged model for ``kind`` ("text" or "html")."""
    raw = resources.files("archnorm").joinpath("data").joinpath(MODEL_FILE).read_text("utf-8")
    return model_from_dict(json.loads(raw), kind)
