"""Benchmark runner: prints one table of figures measured in this run.

    python -m bench                 # about two minutes: logs of 10k and 50k events
    python -m bench --full          # adds a log of 1M events (several minutes)
    python -m bench --write         # also writes docs/performance.md

Figures are rates from one run on this machine; compare ratios within a run,
not numbers across machines. Each stage over a large log runs in a fresh
process (bench/child.py) so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

from bench import compiled, extraction, scale
from timeline import article
from timeline.extract import extract

ROOT = Path(__file__).resolve().parent.parent


ADVERSARIAL = {
    "run of titles": "Foreign Minister ",
    "run of capitalised words": "Alpha Beta Gamma Delta ",
    "abbreviation storm": "U.S. U.N. Nov. Oct. Mr. Dr. S. ",
    "nested quotes": "\"'(\"'",
    "run-on sentence": "Blinken met Iwaya and Park, and ",
}


def adversarial_rates(size: int = 64 * 1024) -> list[tuple[str, float, float]]:
    """(name, seconds per MB at ``size``, time ratio of 4x the text to 1x): linear text scores near 4."""
    rows = []
    for name, unit in ADVERSARIAL.items():
        timings = []
        for factor in (1, 4):
            text = unit * (size * factor // len(unit))
            item = article.Article(id="ab" * 16, text=text, published=None)
            start = time.perf_counter()
            extract(item)
            timings.append(time.perf_counter() - start)
        megabytes = size / (1024 * 1024)
        rows.append((name, timings[0] / megabytes, timings[1] / max(timings[0], 1e-9)))
    return rows


REAL = ROOT.parent / "shared" / "corpus" / "real"


def real_text_rates(size: int = 512 * 1024) -> tuple[float, float] | None:
    """Seconds per MB of real news text at ``size``, and the time ratio of 4x the text (2 MB) to 1x.

    The texts of the real corpus joined and repeated: real sentences, names
    and titles, at sizes far beyond any article; None without the corpus.
    """
    paths = sorted(REAL.glob("*.txt"))
    if not paths:
        return None
    body = "\n\n".join(article.from_bytes(p.read_bytes(), source_name=p.name).text for p in paths)
    timings = []
    for factor in (1, 4):
        text = (body * (size * factor // len(body) + 1))[: size * factor]
        item = article.Article(id="cd" * 16, text=text, published=None)
        start = time.process_time()
        extract(item)
        timings.append(time.process_time() - start)
    return timings[0] / (size / (1024 * 1024)), timings[1] / max(timings[0], 1e-9)


def main() -> int:
    """Run the benchmarks and print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="extraction rounds beside bare spaCy")
    parser.add_argument("--full", action="store_true", help="add the 1M-event log (several minutes)")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL figures")
    parser.add_argument("--no-browser", action="store_true", help="skip the HTML page load figure")
    parser.add_argument(
        "--write", action="store_true", help="also write docs/performance.md with the figures"
    )
    args = parser.parse_args()
    compiled()
    lines = [
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}",
        "",
        f"{'figure':<52} {'value':>12}  goal",
        *extraction.lines(args.rounds),
    ]
    for name, per_mb, ratio in adversarial_rates():
        lines.append(
            f"{'adversarial: ' + name + ', s/MB':<52} {per_mb:>12.2f}  x4 text -> x{ratio:.1f} time (linear: 4)"
        )
    real = real_text_rates()
    if real is not None:
        lines.append(
            f"{'real news text, 0.5 MB and 2 MB, CPU s/MB':<52} {real[0]:>12.2f}  x4 text -> x{real[1]:.1f} time (linear: 4)"
        )
    print("\n".join(lines), flush=True)
    sizes = [10_000, 100_000, 1_000_000] if args.full else [10_000, 50_000]
    more = scale.run(sizes, postgres_too=not args.no_postgres, browser=not args.no_browser)
    lines += ["", *more]
    if args.write:
        command = "python -m bench --write" + (" --full" if args.full else "")
        (ROOT / "docs" / "performance.md").write_text(
            "# Performance\n\n"
            f"Measured with `{command}` on {time.strftime('%Y-%m-%d')}; figures from one run on one "
            "machine (a shared, noisy one), so compare ratios within the run, not numbers across "
            "machines. Synthetic logs come from `bench/events.py` (articles of wire-copy size with "
            "meetings and office observations, invented names); each stage over a log runs in a "
            "fresh process, and RSS is that process's peak.\n\n```\n"
            + "\n".join(lines)
            + "\n```\n\n"
            + scale.NOTES,
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
