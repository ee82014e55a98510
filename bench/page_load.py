"""How long the HTML page takes to open in headless Chromium, by number of events.

    python -m bench.page_load [--events 10000]

Needs the test extras (Playwright) and Debian's chromium. The time is from
navigation to the script's "ready" mark: the data parsed and every mark laid out.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.events import synthetic_events
from timeline import page
from timeline import build

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def load_seconds(events: int, repeats: int = 3) -> tuple[float, int, int]:
    """(best seconds to ready, meetings drawn, bytes of HTML) for a page of ``events`` events."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - a test extra, needed only here

    world = build(synthetic_events(events))
    text = page.render_page(page.page_data(world))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(text, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            best = float("inf")
            for _ in range(repeats):
                tab = browser.new_page(viewport={"width": 1366, "height": 768})
                start = time.perf_counter()
                tab.goto(path.as_uri())
                tab.wait_for_selector("body[data-ready=true]", timeout=60_000)
                best = min(best, time.perf_counter() - start)
                tab.close()
            browser.close()
    return best, len(world.meetings), len(text.encode())


def main() -> None:
    """Print the figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    seconds, meetings, size = load_seconds(args.events)
    print(f"{args.events} events, {meetings} meetings, {size / 1e6:.1f} MB of HTML: ready in {seconds:.2f} s")


if __name__ == "__main__":
    main()
