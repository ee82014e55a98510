"""The HTML timeline: its data against a golden file, and the page itself in headless Chromium.

The browser is Debian's ``chromium`` (``.ci/run`` installs it), driven by
Playwright. Every page is opened from a file, as a user who was mailed it
would; the page's Content-Security-Policy forbids any network request.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pendulum
import pytest
from bench.events import synthetic_events
from click.testing import CliRunner
from PIL import Image

from timeline import page
from timeline.cli import cli
from timeline.model import ArticleIngested, Evidence, MeetingReported, OfficeObserved, Participant
from timeline.project import World, build
from timeline.selection import flagged
from timeline.store import Log
from timeline.textdate import TextDate

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"\'&'


@pytest.fixture(scope="module")
def seeds_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    log = tmp_path_factory.mktemp("seeds") / "events"
    result = CliRunner().invoke(cli, ["--log", str(log), "ingest", "-q", str(ROOT / "seeds")])
    assert result.exit_code == 0, result.stderr
    return build(Log(log).events())


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does)")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


class Opened:
    """A page opened in the browser, with what its console said and any request it tried."""

    def __init__(self, browser: object, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
        self.page.on("console", lambda m: m.type in {"error", "warning"} and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: r.url.startswith("file:") or self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def count(self, selector: str) -> int:
        return int(self.page.locator(selector).count())


def write_page(tmp_path: Path, world: World, name: str = "page.html", **kwargs: object) -> Path:
    path = tmp_path / name
    path.write_text(page.render_page(page.page_data(world, **kwargs)), encoding="utf-8")  # type: ignore[arg-type]
    return path


def embedded_data(text: str) -> dict[str, object]:
    found = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', text, re.DOTALL)
    assert found, "the page carries its data in one script element"
    return json.loads(found.group(1))  # type: ignore[no-any-return]


# -- data ------------------------------------------------------------------------------------


def test_page_data_of_the_seeds_matches_the_golden_file(seeds_world: World, golden: object) -> None:
    data = page.page_data(seeds_world)
    golden(GOLDEN / "seeds_page.json", json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")  # type: ignore[operator]


def test_the_page_carries_exactly_its_data(seeds_world: World) -> None:
    data = page.page_data(seeds_world)
    assert embedded_data(page.render_page(data)) == json.loads(json.dumps(data))


def test_the_embedded_data_cannot_close_its_script_element() -> None:
    text = page.data_json({"name": "</script><script>alert(1)</script>", "amp": "a & b", "line": "\u2028"})
    for unsafe in ("<", ">", "&", "\u2028"):
        assert unsafe not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script>"


def test_a_month_date_spans_its_month_and_keeps_its_precision() -> None:
    span = page._span(TextDate(year=2024, month=2, approx=True))  # noqa: SLF001 - the rule under test
    assert span["end"] - span["start"] == 28  # 1 to 29 February 2024
    assert span["precision"] == "month"
    assert span["approx"] is True


def test_filters_keep_only_what_was_asked(seeds_world: World) -> None:
    everything = page.page_data(seeds_world)
    canada = page.page_data(seeds_world, selection=page.Selection(countries=frozenset({"CA"})))
    assert 0 < len(canada["meetings"]) < len(everything["meetings"])
    assert all("CA" in m["countries"] for m in canada["meetings"])
    assert {t["country"] for t in canada["tenures"]} == {"CA"}
    recent = page.page_data(seeds_world, selection=page.Selection(since=pendulum.date(2024, 1, 1)))
    assert all(m["date"]["end"] >= page._days(pendulum.date(2024, 1, 1)) for m in recent["meetings"])  # noqa: SLF001
    assert len(recent["meetings"]) < len(everything["meetings"])
    by_official = page.page_data(seeds_world, lanes="official")
    people = {name for m in seeds_world.meetings if m.date.known for name in m.people}
    assert {lane["key"] for lane in by_official["lane_names"]} == people | {"(no official named)"}


def test_a_link_to_a_source_is_only_ever_http() -> None:
    world = hostile_world(url="javascript:alert(1)")
    assert all(a["url"] is None for a in page.page_data(world)["articles"].values())


# -- the page in a browser -------------------------------------------------------------------


def test_the_seeds_page_loads_and_draws_one_mark_per_meeting_and_one_bar_per_tenure(
    browser: object, seeds_world: World, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    opened = Opened(browser, write_page(tmp_path, seeds_world))
    dated = [m for m in seeds_world.meetings if m.date.known]
    assert opened.errors == []
    assert opened.requests == []
    assert opened.count("g.meeting") == len(dated) > 0
    assert opened.count("g.tenure") == len(seeds_world.tenures) > 0
    assert opened.count("g.change") == len(flagged(seeds_world.changes))
    assert opened.count("#source-list li") == len(seeds_world.articles)
    assert opened.page.evaluate("document.body.dataset.aggregated") == "false"
    planned = sum(1 for m in dated if m.kind == "planned")
    assert opened.count("g.meeting.planned") == planned
    opened.page.locator("g.meeting").last.click()
    details = opened.page.inner_text("#details")
    assert "Evidence" in details
    assert any(r.evidence.sentence.split()[0] in details for m in dated for r in m.reports)
    shot = opened.page.screenshot(full_page=True)
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50, "the screenshot is blank"
    blue = sum(count for count, rgb in colours if rgb[2] > 180 and rgb[0] < 60)
    assert blue > 100, "no meeting marks were painted"
    if request.config.getoption("--update-golden"):
        (ROOT / "docs" / "timeline.png").write_bytes(shot)


def hostile_world(url: str = "https://example.org/a?x=1&y=<2>") -> World:
    article = "ab" * 32
    sentence = f"Minister {HOSTILE} met Minister O'Brien in {HOSTILE}."
    evidence = Evidence(article=article, start=0, end=len(sentence), sentence=sentence)
    date = TextDate(year=2024, month=3, day=5)
    events = [
        ArticleIngested(
            article=article, text=sentence, title=HOSTILE, source=HOSTILE, url=url, published=pendulum.date(2024, 3, 6)
        ),
        MeetingReported(
            article=article,
            extractor="test",
            date=date,
            meeting_kind="in-person",
            place=HOSTILE,
            venue=HOSTILE,
            participants=(
                Participant(name=HOSTILE, country="US", role="foreign minister", title=HOSTILE),
                Participant(name="Sean O'Brien", country="IE", role="foreign minister", title='"Minister"'),
            ),
            countries=("IE", "US"),
            topics=(HOSTILE,),
            evidence=evidence,
        ),
        OfficeObserved(
            article=article,
            extractor="test",
            name=HOSTILE,
            country="US",
            role="foreign minister",
            title=HOSTILE,
            date=date,
            evidence=evidence,
        ),
    ]
    return build(events)


def test_hostile_names_and_sentences_are_shown_as_text_and_run_nothing(browser: object, tmp_path: Path) -> None:
    opened = Opened(browser, write_page(tmp_path, hostile_world()))
    for selector in ("g.meeting", "g.tenure"):
        opened.page.locator(selector).first.click()
        assert HOSTILE in opened.page.inner_text("#details")
    assert opened.page.locator("#details a").first.get_attribute("href") == "https://example.org/a?x=1&y=<2>"
    opened.page.click("#sources summary")  # the list of sources opens on demand
    assert HOSTILE in opened.page.inner_text("#source-list")
    assert opened.page.evaluate("window.__pwned") is None
    assert opened.page.locator("#details script, #details img, #source-list img").count() == 0
    assert opened.dialogs == []
    assert opened.requests == [], "an <img src=x> from an article must not be fetched"


def test_a_hostile_title_option_is_text(browser: object, tmp_path: Path) -> None:
    path = tmp_path / "titled.html"
    path.write_text(page.render_page(page.page_data(hostile_world()), title=HOSTILE), encoding="utf-8")
    opened = Opened(browser, path)
    assert opened.page.inner_text("#title") == HOSTILE
    assert opened.page.evaluate("window.__pwned") is None


def test_ten_thousand_events_load_aggregated_and_zoom_in_to_marks(browser: object, tmp_path: Path) -> None:
    world = build(synthetic_events(10_000))
    opened = Opened(browser, write_page(tmp_path, world, name="big.html"))
    assert opened.errors == []
    assert opened.count("g.meeting") == len(world.meetings) > 2000
    visible = "Array.from(document.querySelectorAll('g.meeting')).filter(g => g.style.display !== 'none').length"
    state = "document.body.dataset.aggregated"
    assert opened.page.evaluate(state) == "true", "zoomed out, thousands of meetings are shown as density"
    assert opened.page.evaluate(visible) == 0
    assert opened.count("#density rect.cell") > 0
    for _ in range(12):
        if opened.page.evaluate(state) == "false":
            break
        opened.page.click("#zoom-in")
        opened.page.wait_for_timeout(50)
    assert opened.page.evaluate(state) == "false", "zoomed in, each meeting is a mark again"
    assert 0 < opened.page.evaluate(visible) < len(world.meetings)
    assert opened.count("#density rect.cell") == 0
    opened.page.click("#zoom-fit")
    opened.page.wait_for_timeout(100)
    assert opened.page.evaluate(state) == "true"
    assert opened.errors == []


# -- the command -----------------------------------------------------------------------------


def test_the_html_command_writes_a_page_and_reports_it(tmp_path: Path) -> None:
    log = tmp_path / "events"
    runner = CliRunner()
    assert runner.invoke(cli, ["--log", str(log), "ingest", "-q", str(ROOT / "seeds")]).exit_code == 0
    out = tmp_path / "t.html"
    result = runner.invoke(cli, ["--log", str(log), "html", "-o", str(out), "--country", "South Korea"])
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(r".*t\.html: \d+ meetings, \d+ tenures, \d+ flagged changes\n", result.stderr)
    data = embedded_data(out.read_text(encoding="utf-8"))
    assert all("KR" in m["countries"] for m in data["meetings"])  # type: ignore[index, union-attr]
    piped = runner.invoke(cli, ["--log", str(log), "html", "-o", "-", "--official", "blinken"])
    assert piped.exit_code == 0
    assert piped.stdout.startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--official", "nobody-at-all"], "nobody called 'nobody-at-all'"),
        (["--country", "Atlantis"], "no country called 'Atlantis'"),
        (["--since", "2024-02-01", "--until", "2024-01-01"], "--until must not be before --since"),
        (["--lanes", "city"], "'city' is not one of"),
    ],
)
def test_the_html_command_explains_bad_options(tmp_path: Path, args: list[str], message: str) -> None:
    log = tmp_path / "events"
    runner = CliRunner()
    assert runner.invoke(cli, ["--log", str(log), "ingest", "-q", str(ROOT / "seeds")]).exit_code == 0
    result = runner.invoke(cli, ["--log", str(log), "html", "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "x.html").exists()
