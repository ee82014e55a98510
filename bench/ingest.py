"""Whole-process figures of ``timeline ingest``: many articles with ``--jobs 1`` and ``--jobs 2``, one cold.

    python -m bench.ingest                 # 2,000 articles: a few minutes with the spaCy extractor
    python -m bench.ingest --count 500

Each figure is a fresh ``python -m timeline`` process writing a new log, timed
from outside by the wall clock: interpreter start, imports, the model load
(once per worker), reading, extraction, the appends and their fsyncs all
count. The articles are bench/generate.py's synthetic wire copy.

CPU seconds (the process's and its workers') are given beside the wall
clock. On a machine other sessions keep busy, Linux's autogroup scheduler
shares the cores between sessions, not processes: a run with two workers
then gets no more CPU than a run with one, and the wall clock cannot show
the speed-up; the CPU figures still compare (one article's CPU time is what
its wall time would be on an idle machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import compiled
from bench.generate import write as write_articles
from timeline import open_log

MODEL_LOAD = (
    "import time; start, cpu = time.perf_counter(), time.process_time(); from timeline.extract import nlp; "
    "nlp(); print(time.perf_counter() - start, time.process_time() - cpu)"
)


def timed_ingest(articles: Path | list[Path], log: Path, *, jobs: int) -> tuple[float, float]:
    """(wall-clock s, CPU s) of one ``timeline ingest -q --jobs N`` process into the new log ``log``.

    The CPU seconds are the process's and its workers' together: on a shared
    machine the wall clock also counts the neighbours, the CPU time does not.

    Raises:
        RuntimeError: the ingest failed, or the log does not hold every article.

    """
    paths = articles if isinstance(articles, list) else [articles]
    command = [sys.executable, "-m", "timeline", "--log", str(log), "ingest", "-q", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - our own command on our own files
        [*command, *map(str, paths)], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    expected = len(paths) if isinstance(articles, list) else sum(1 for _ in articles.glob("*.txt"))
    if done.returncode != 0 or len(open_log(log).article_ids()) != expected:
        msg = f"ingest --jobs {jobs} failed ({done.returncode}): {done.stderr[-2000:]}"
        raise RuntimeError(msg)
    return seconds, cpu


def model_load_seconds() -> tuple[float, float]:
    """(wall s, CPU s) to import the extractor and load the spaCy model, in a fresh process."""
    done = subprocess.run(  # noqa: S603 - our own code
        [sys.executable, "-c", MODEL_LOAD], capture_output=True, text=True, check=True
    )
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu)


def figures(count: int = 2000, rounds: int = 3) -> dict[str, float]:
    """Seconds: ``count`` articles with --jobs 1 and 2 (wall, CPU); one article and the model load (best)."""
    with tempfile.TemporaryDirectory(prefix="timeline-bench-ingest-") as folder:
        root = Path(folder)
        articles = root / "articles"
        paths = write_articles(articles, count, seed=3)
        one, one_cpu = min(timed_ingest([paths[0]], root / f"one-{turn}", jobs=1) for turn in range(rounds))
        load, load_cpu = min(model_load_seconds() for _ in range(rounds))
        serial, serial_cpu = timed_ingest(articles, root / "jobs-1", jobs=1)
        parallel, parallel_cpu = timed_ingest(articles, root / "jobs-2", jobs=2)
    return {
        "one": one,
        "one_cpu": one_cpu,
        "load": load,
        "load_cpu": load_cpu,
        "jobs1": serial,
        "jobs1_cpu": serial_cpu,
        "jobs2": parallel,
        "jobs2_cpu": parallel_cpu,
    }


def lines(count: int = 2000) -> list[str]:
    """The table's lines for these figures."""
    got = figures(count)
    speedup = got["jobs1"] / got["jobs2"]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    overhead = got["jobs2_cpu"] / got["jobs1_cpu"]
    one, one_cpu, load, load_cpu = got["one"], got["one_cpu"], got["load"], got["load_cpu"]
    return [
        f"-- timeline ingest as a whole process ({count:,} synthetic articles, {cores} cores here)",
        f"{'  one article, model load included: wall s / CPU s':<52} {one:>6.2f} / {one_cpu:.2f}  < 2",
        f"{'    of which import + model load: wall s / CPU s':<52} {load:>6.2f} / {load_cpu:.2f}",
        (
            f"{'  --jobs 1: wall s / articles per s / CPU s':<52} "
            f"{got['jobs1']:>6.1f} / {count / got['jobs1']:.1f} / {got['jobs1_cpu']:.1f}"
        ),
        (
            f"{'  --jobs 2: wall s / articles per s / CPU s':<52} "
            f"{got['jobs2']:>6.1f} / {count / got['jobs2']:.1f} / {got['jobs2_cpu']:.1f}"
        ),
        f"{'  speed-up of --jobs 2 over --jobs 1 (wall clock)':<52} {speedup:>12.2f}  >= 1.7 on 2 cores",
        f"{'  CPU of --jobs 2 / CPU of --jobs 1 (1 = no overhead)':<52} {overhead:>12.2f}",
    ]


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=2000, help="articles for the --jobs 1 / --jobs 2 runs")
    args = parser.parse_args()
    compiled()
    print("\n".join(lines(args.count)), flush=True)  # noqa: T201 - the bench's output is its table
    return 0


if __name__ == "__main__":
    sys.exit(main())
