"""Real processes: SIGKILL during ingest, and two ingests racing for one log."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from timeline.model import ArticleIngested
from timeline.store import Log

ARTICLES = 40


def make_articles(folder: Path, count: int = ARTICLES, first: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        (folder / f"a{i:03d}.txt").write_text(
            f"published: 2024-11-{i % 28 + 1:02d}\n\n"
            f"SEOUL, Nov. 14 -- Foreign Minister Park Jin of South Korea met U.S. Secretary of State "
            f"Antony Blinken in Seoul on Thursday for round {i} of talks on North Korea.\n",
            encoding="utf-8",
        )
    return folder


def timeline(log: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "timeline", "--log", str(log), *args]


def article_counts(log: Log) -> Counter[str]:
    return Counter(e.article for e in log.events() if isinstance(e, ArticleIngested))


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """50 ingests killed at random moments: the log always verifies; a final ingest completes it exactly once."""
    folder = make_articles(tmp_path / "articles")
    rng = random.Random(20261122)
    log = Log(tmp_path / "events")
    killed_mid_write = 0
    for trial in range(50):
        process = subprocess.Popen(
            timeline(log.directory, "ingest", "-q", "--batch-size", "1", str(folder)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.05, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
        report = log.verify()  # never raises: a torn tail is reported, not damage
        killed_mid_write += bool(report.torn_bytes)
        counts = article_counts(log)
        assert all(n == 1 for n in counts.values()), f"trial {trial}: duplicate article"
    final = subprocess.run(
        timeline(log.directory, "ingest", str(folder)), capture_output=True, text=True, check=False
    )
    assert final.returncode == 0, final.stderr
    report = log.verify()
    assert report.torn_bytes == 0
    counts = article_counts(log)
    assert len(counts) == ARTICLES
    assert set(counts.values()) == {1}
    for aside in log.directory.glob("torn-*.part"):
        assert aside.stat().st_size > 0  # what a crash cut short is kept, not dropped


@pytest.mark.slow
def test_two_ingests_at_once_both_complete_without_interleaving(tmp_path: Path) -> None:
    """Two processes ingesting overlapping sets into one log: both finish, each article once, chain intact."""
    first = make_articles(tmp_path / "one", 30, 0)
    second = make_articles(tmp_path / "two", 30, 15)
    log = Log(tmp_path / "events")
    runs = [
        subprocess.Popen(
            timeline(log.directory, "ingest", "--batch-size", "3", str(folder)), stderr=subprocess.PIPE
        )
        for folder in (first, second)
    ]
    for process in runs:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    report = log.verify()
    counts = article_counts(log)
    assert len(counts) == 45
    assert set(counts.values()) == {1}
    assert report.events == sum(1 for _ in log.events())
