"""One measurement in a fresh process, so peak memory (RSS) belongs to it alone.

    python -m bench.child WHAT LOG

WHAT is one of: json (a plain ``json.loads`` loop over the log file), rebuild
(fold every event into the projections and render ``changes``), view (the
same view through the cache), verify, export (every record as JSON lines, to
nowhere). Prints one JSON object: seconds, events, peak RSS in MB.
"""

from __future__ import annotations

import cProfile
import io
import json
import pstats
import resource
import sys
import time
from pathlib import Path

from timeline import build, open_log, views, world_of


def measure(what: str, location: str) -> dict[str, float]:
    """Run one stage over the log at ``location`` and time it."""
    log = open_log(location)
    start = time.perf_counter()
    events = 0
    if what == "json":
        with (Path(location) / "log.jsonl").open("rb") as handle:
            for line in handle:
                json.loads(line)
                events += 1
    elif what == "rebuild":
        world = build(log.fold_events())
        events = sum(1 for _ in views.changes(world, "table"))
    elif what == "view":
        world = world_of(log)
        events = sum(1 for _ in views.changes(world, "table"))
    elif what == "verify":
        events = log.verify().events
    elif what == "export":
        world = world_of(log)
        for _ in views.export_jsonl(log.events(), world):
            events += 1
    else:
        msg = f"unknown measurement {what!r}"
        raise SystemExit(msg)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "events": events, "rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """This process's own peak RSS: VmHWM, which starts afresh at exec.

    ``ru_maxrss`` does not: Linux carries it over from the parent that
    forked this process, so a child of a large parent would report the
    parent's size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def profile(location: str, top: int = 14) -> str:
    """Where a full rebuild spends its time: cProfile's functions by time spent in them, the largest first."""
    log = open_log(location)
    profiler = cProfile.Profile()
    profiler.enable()
    build(log.fold_events())
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


if __name__ == "__main__":
    if sys.argv[1] == "profile":
        print(profile(sys.argv[2]))
    else:
        print(json.dumps(measure(sys.argv[1], sys.argv[2])))
