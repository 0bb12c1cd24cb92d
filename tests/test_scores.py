"""The extraction scores may go up, never silently down.

fixtures/scores.json records the last headline of each split (`aggregator evaluate
--split S --record`); lowering a figure there is a visible, reviewable change.
"""

from __future__ import annotations

import json

import pytest

from aggregator.cli.evaluate import extract_for_scoring
from aggregator.evaluate import evaluate_store
from tests.conftest import FIXTURES

RECORDED = json.loads((FIXTURES / "scores.json").read_text())


@pytest.mark.parametrize("split", ["dev", "test"])
def test_headline_does_not_drop_below_the_recorded_figure(split):
    report = evaluate_store(FIXTURES, split, extract_for_scoring)
    assert not report.unscored, f"pages without gold: {report.unscored}"
    assert report.headline >= RECORDED[split]["headline"] - 1e-9, (
        f"{split} headline {report.headline:.4f} < recorded {RECORDED[split]['headline']:.4f}")
