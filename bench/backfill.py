"""Whole-process figures of ``timeline backfill`` on a local Ray, beside ``ingest --jobs 2`` and ``--jobs 1``.

    python -m bench.backfill                          # memory at 1,000 and 4,000; 2,000 compared
    python -m bench.backfill --count 20000 --memory 10000,40000

Each figure is one fresh ``python -m timeline`` process writing a new file
log, timed from outside by the wall clock: interpreter start, imports, Ray's
start (for backfill), the model loads, reading, extraction and the appends
all count. Memory is sampled every 0.2 s over the whole process tree (the
command, its workers and, for backfill, Ray's own processes: GCS, raylet,
agents): the peak of the tree's summed PSS (shared pages counted once,
divided among the processes sharing them) and the peak RSS of the command's
own process (the driver, which reads the archive and appends). CPU seconds
are the tree's, read from /proc as the processes run.

The writer's ceiling: the events ``ingest`` made of the articles, appended
again into a new file log and into a new PostgreSQL database (bench/
pgserver.py), in batches of 200 articles as backfill appends them; and the
driver's own work per article (read the file, parse the header, hash the
text, judge the language), timed in this process. Together they bound what
one backfill driver can take in, whatever the number of workers.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench.generate import write as write_articles
from timeline import open_log
from timeline.model import ArticleIngested, Event

BATCH = 200  # articles per append: backfill's and ingest's default
SAMPLE = 0.2  # seconds between memory samples


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rpartition(")")[2].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        tree.setdefault(parent, []).append(int(stat.parent.name))
    return tree


def _tree(root: int) -> list[int]:
    children, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _kib(path: str, key: str) -> int:
    try:
        with Path(path).open(encoding="ascii") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return 0
    return 0


def _cpu(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


class Sampler(threading.Thread):
    """Peak summed PSS of a process tree, peak RSS of its root, and the tree's CPU seconds, sampled."""

    def __init__(self, root: int) -> None:
        """Watch the tree under ``root``."""
        super().__init__(daemon=True)
        self.root = root
        self.peak_pss = 0  # KiB
        self.peak_root_rss = 0  # KiB
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        """Sample until stopped."""
        while not self.stop.is_set():
            pids = _tree(self.root)
            self.peak_pss = max(self.peak_pss, sum(_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids))
            self.peak_root_rss = max(self.peak_root_rss, _kib(f"/proc/{self.root}/status", "VmRSS:"))
            for pid in pids:
                self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu(pid))
            self.stop.wait(SAMPLE)


def timed(command: list[str], log: Path) -> dict[str, float]:
    """Run one command to its end: wall s, tree CPU s, peak tree PSS and driver RSS (MB), articles logged.

    Raises:
        RuntimeError: the command failed.

    """
    env = {**os.environ, "TIMELINE_LOG": str(log)}
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # noqa: S603
    sampler = Sampler(process.pid)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if process.returncode != 0:
        msg = f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[-2000:]}"
        raise RuntimeError(msg)
    return {
        "seconds": seconds,
        "cpu": sum(sampler.cpu.values()),
        "pss": sampler.peak_pss / 1024,
        "rss": sampler.peak_root_rss / 1024,
        "articles": len(open_log(log).article_ids()),
    }


def backfill(articles: Path, log: Path, report: Path) -> dict[str, float]:
    """One ``timeline backfill`` process on a Ray it starts on this machine."""
    command = [sys.executable, "-m", "timeline", "backfill", str(articles), "-q", "--report", str(report)]
    return timed(command, log)


def ingest(articles: Path, log: Path, jobs: int) -> dict[str, float]:
    """One ``timeline ingest --jobs N`` process."""
    return timed([sys.executable, "-m", "timeline", "ingest", "-q", "--jobs", str(jobs), str(articles)], log)


def _row(name: str, count: int, got: dict[str, float]) -> str:
    return (
        f"  {name:<22} {got['seconds']:>8.1f} {count / got['seconds']:>10.1f} {got['cpu']:>8.1f} "
        f"{count / got['cpu']:>9.1f} {got['pss']:>9.0f} {got['rss']:>9.0f}"
    )


HEADER = (
    f"  {'':<22} {'wall s':>8} {'articles/s':>10} {'CPU s':>8} {'art/CPU s':>9} "
    f"{'tree MB':>9} {'driver MB':>9}"
)


def comparison(count: int, folder: Path) -> list[str]:
    """Lines: backfill, ingest --jobs 2, ingest --jobs 1 over ``count`` articles."""
    articles = folder / "articles"
    write_articles(articles, count, seed=5)
    lines = [
        f"-- {count:,} generated articles, one run each, whole processes, {os.cpu_count()} cores",
        HEADER,
    ]
    runs = {}
    for name, run in (
        (
            "backfill (local Ray)",
            lambda: backfill(articles, folder / "log-backfill", folder / "report.jsonl"),
        ),
        ("ingest --jobs 2", lambda: ingest(articles, folder / "log-jobs2", 2)),
        ("ingest --jobs 1", lambda: ingest(articles, folder / "log-jobs1", 1)),
    ):
        runs[name] = got = run()
        if got["articles"] != count:
            msg = f"{name}: {got['articles']} of {count} articles in the log"
            raise RuntimeError(msg)
        lines.append(_row(name, count, got))
        print(lines[-1], flush=True)  # noqa: T201 - progress of a long bench
    ratio = runs["backfill (local Ray)"]["seconds"] / runs["ingest --jobs 2"]["seconds"]
    lines.append(f"  backfill wall time / ingest --jobs 2 wall time: {ratio:.2f}  (goal <= 1.15)")
    return lines


def memory(sizes: list[int], folder: Path) -> list[str]:
    """Lines: backfill's peak memory at each archive size (flat is the goal)."""
    lines = ["-- backfill's memory against the archive's size (one run each)", HEADER]
    for size in sizes:
        articles = folder / f"articles-{size}"
        write_articles(articles, size, seed=11)
        got = backfill(articles, folder / f"log-{size}", folder / f"report-{size}.jsonl")
        lines.append(_row(f"{size:,} articles", size, got))
        print(lines[-1], flush=True)  # noqa: T201
    return lines


def writer_ceiling(log: Path, articles: Path) -> list[str]:
    """Lines: appends per second into files and PostgreSQL, and the driver's reading per article."""
    events = list(open_log(log).events())
    batches = _article_batches(events)
    count = sum(1 for e in events if isinstance(e, ArticleIngested))
    lines = [f"-- the single writer: {count:,} articles, {len(events):,} events, batches of {BATCH} articles"]
    with tempfile.TemporaryDirectory(prefix="timeline-bench-append-") as folder:
        seconds = _append_all(str(Path(folder) / "events"), batches)
    lines.append(
        f"  append into files: {len(events) / seconds:,.0f} events/s = {count / seconds:,.0f} articles/s"
    )
    pg = _append_postgres(batches)
    if pg is None:
        lines.append("  append into PostgreSQL: no PostgreSQL server binaries here")
    else:
        lines.append(
            f"  append into PostgreSQL: {len(events) / pg:,.0f} events/s = {count / pg:,.0f} articles/s"
        )
    lines.append(
        f"  driver reading (file, header, id, language), articles/s: {_driver_reading(articles):,.0f}"
    )
    return lines


def _article_batches(events: list[Event]) -> list[list[Event]]:
    batches: list[list[Event]] = [[]]
    seen = 0
    for event in events:
        if isinstance(event, ArticleIngested):
            if seen and seen % BATCH == 0:
                batches.append([])
            seen += 1
        batches[-1].append(event)
    return batches


def _append_all(location: str, batches: list[list[Event]]) -> float:
    log = open_log(location)
    start = time.perf_counter()
    for batch in batches:  # one writer per batch, as the pipeline takes the lock per batch
        with log.writer() as writer:
            writer.append(batch, recorded_at="2026-01-01T00:00:00Z")
    return time.perf_counter() - start


def _append_postgres(batches: list[list[Event]]) -> float | None:
    from bench import pgserver  # noqa: PLC0415

    try:
        with pgserver.running_server() as base:
            url = pgserver.create_database(base, f"bench_{uuid.uuid4().hex[:8]}")
            return _append_all(url, batches)
    except (pgserver.NoPostgresError, subprocess.CalledProcessError, OSError):
        return None


def _driver_reading(articles: Path) -> float:
    """Articles per second the driver reads and checks before extraction (as ingestion does per input)."""
    from timeline import article, ingestion  # noqa: PLC0415

    paths = sorted(articles.glob("*.txt"))[:2000]
    start = time.perf_counter()
    for path in paths:
        data = ingestion.read(path)
        assert isinstance(data, bytes)
        item = article.from_bytes(data, source_name=str(path), filename=path.name)
        ingestion.oddities(item, None)
        ingestion.not_english(item)
    return len(paths) / (time.perf_counter() - start)


def main() -> int:
    """Print the figures, each line as it is measured."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--count", type=int, default=2000, help="articles for the three-way comparison (0: none)"
    )
    parser.add_argument(
        "--memory", default="1000,4000", help="archive sizes for backfill's memory ('': none)"
    )
    args = parser.parse_args()
    sizes = [int(size) for size in args.memory.split(",") if size.strip()]
    with tempfile.TemporaryDirectory(prefix="timeline-bench-backfill-") as name:
        folder = Path(name)
        lines = memory(sizes, folder) if sizes else []
        if args.count:
            lines += comparison(args.count, folder)
        log, articles = (
            (folder / f"log-{sizes[-1]}", folder / f"articles-{sizes[-1]}")
            if sizes
            else (folder / "log-jobs1", folder / "articles")
        )
        if sizes or args.count:
            lines += writer_ceiling(log, articles)
    print("\n".join(lines), flush=True)  # noqa: T201 - the bench's output is its table
    return 0


if __name__ == "__main__":
    sys.exit(main())
