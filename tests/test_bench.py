"""The benchmark runner's stages work on a small log (figures are the runner's business, not the tests')."""

from __future__ import annotations

import math

import pytest
from bench import child, scale


@pytest.fixture(scope="module")
def small_log(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("bench") / "events")
    written, seconds = scale.fill(location, 300)
    assert written >= 300
    assert seconds > 0
    return location


@pytest.mark.parametrize("what", ["json", "rebuild", "view", "verify", "export"])
def test_every_stage_runs_and_counts(small_log: str, what: str) -> None:
    figure = child.measure(what, small_log)
    assert figure["events"] > 0
    assert figure["seconds"] > 0
    assert figure["rss_mb"] > 10


def test_the_view_after_one_new_article_sees_it(small_log: str) -> None:
    before = child.measure("verify", small_log)["events"]
    scale.append_one_article(small_log, seed=4)
    assert child.measure("verify", small_log)["events"] > before
    assert child.measure("view", small_log)["events"] > 0


def test_slope_of_linear_growth_is_one() -> None:
    assert math.isclose(scale.slope([(10, 1.0), (1000, 100.0)]), 1.0)
    assert math.isclose(scale.slope([(10, 1.0), (1000, 1.0)]), 0.0)
