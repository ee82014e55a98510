"""Soak: ingest many synthetic articles in batches while a second process kills the ingester at random.

    python -m bench.soak --articles 20000 --batch 500

Then one last uninterrupted ingest; the log must verify and hold each article
exactly once. Prints one line of results (kept in docs/reliability.md).
"""

from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.generate import write
from timeline.model import ArticleIngested
from timeline import EventLog, open_log


def _ingest(log: EventLog, *args: str) -> list[str]:
    return [sys.executable, "-m", "timeline", "--log", log.location, "ingest", "-q", *args]


def main() -> int:
    """Run the soak and report."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--batch", type=int, default=500, help="articles per ingest call")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = write(root / "articles", args.articles)
        log = open_log(root / "events")
        kills = calls = 0
        start = time.perf_counter()
        for first in range(0, len(paths), args.batch):
            chunk = [str(p) for p in paths[first : first + args.batch]]
            calls += 1
            process = subprocess.Popen(
                _ingest(log, "--batch-size", "50", *chunk),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0.2, 2.0))
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    kills += 1
            process.wait()
            log.verify()
        final = subprocess.run(
            _ingest(log, str(root / "articles")),
            capture_output=True,
            text=True,
            check=False,
        )
        report = log.verify()
        counts = Counter(e.article for e in log.events() if isinstance(e, ArticleIngested))
        elapsed = time.perf_counter() - start
        ok = final.returncode == 0 and len(counts) == args.articles and set(counts.values()) == {1}
        aside = len(list(log.directory.glob("torn-*.part")))
        print(
            f"soak: {args.articles} articles, {calls} ingest calls, {kills} killed, {aside} torn writes moved aside, "
            f"{report.events} events, each article once: {ok}, {elapsed:.0f}s"
        )
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
