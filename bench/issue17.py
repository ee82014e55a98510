"""Issue #17's figures, every one of whole processes (CPU seconds and peak RSS as the kernel counts them).

    python -m bench.issue17 [SIZE ...]        (default: 10000 100000 1000000)

With ``BENCH_LOGS=DIR`` set, each generated log is kept in DIR (outside the
repository: 1M events are 1.1 GB) and later runs copy it instead of making it
again (generating 1M events takes a minute or more); the measurements start
from that copy, with no cache, as from a fresh log.

For each size, a synthetic log (bench/events.py, as the rest of the bench),
then, each the best of three fresh processes (peak RSS the largest seen):

- warm ``timeline country KR --format jsonl`` (nothing new since the cache
  was made) beside DuckDB (a bench-only dependency) answering the same
  question, every meeting KR took part in by date, from the log exported as
  JSON lines (``timeline export --format jsonl``): CPU ratio ours / DuckDB
  (goal <= 1.0), peak RSS ours and DuckDB's (goal: ours no higher);
- the warm view's CPU seconds (goal <= 0.15), and the first view, which
  makes the projection store from the log, against the same view with no
  cache (single run);
- full rebuild (``TIMELINE_CACHE=off timeline changes --format jsonl``) beside
  a plain ``json.loads`` loop over the log file: json.loads / rebuild
  (goal >= 0.5);
- the view after one new article, and after one new article naming an acting
  official, as a fraction of the same view with no cache (goal <= 0.05); each
  article is appended as ``timeline ingest`` appends one, the projection store
  brought up to date after (``timeline.update_store``), in a process of its
  own whose CPU seconds are shown too;
- the view after a retraction of one meeting report (a correction, appended
  without the store's update ``timeline retract`` makes after it: the view
  makes it, so the figure is the update and the view in one process), against
  the view with no cache and the view that makes the store (what a
  correction cost before the store followed it);
- the view after the revert of that retraction, a retraction of one office
  observation and one of a whole article, then each other correction the
  CLI offers (a merge of two people, a name set, an office set, a split),
  then a revert of the split, of the name set and of the merge, appended one
  after the other
  in that order as the retraction is: the view then takes it in (or makes the
  store again), against the view that makes the store, and whether it did;
- ``timeline ingest`` of one article into the log, beside into an empty log
  (goal: within 2x).

    python -m bench.issue17 --corrections [SIZE ...]

measures the corrections only (the log, the store made by a view, then a
retraction and each correction, and the view after each), to compare the
paths of the update.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs

from bench import compiled
from bench.events import synthetic_events
from bench.generate import write as write_articles
from bench.scale import RECORDED, fill
from timeline import cachefile, open_log, update_store
from timeline.codec import event_id
from timeline.model import (
    CorrectionReverted,
    EventRetracted,
    MeetingReported,
    NameSet,
    OfficeObserved,
    OfficeSet,
    PeopleMerged,
    PersonSplit,
)

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DUCKDB = """
import sys, duckdb
duckdb.sql(
    "COPY (SELECT date, kind, place, participants, countries, article "
    "FROM read_json(?, format = 'newline_delimited', union_by_name = true, sample_size = -1) "
    "WHERE type = 'meeting' AND list_contains(countries, 'KR') ORDER BY date) "
    "TO '/dev/stdout' (FORMAT json)".replace("?", repr(sys.argv[1]))
)
"""
JSON_LOOP = """
import json, sys
with open(sys.argv[1], "rb") as handle:
    for line in handle:
        json.loads(line)
"""


def measured(
    args: list[str], env: dict[str, str] | None = None, stdin: str | None = None
) -> tuple[float, float]:
    """(CPU seconds, peak RSS MB) of one whole process, as GNU time reports them; its stdout discarded."""
    with tempfile.NamedTemporaryFile("r") as report:
        done = subprocess.run(
            ["/usr/bin/time", "-o", report.name, "-f", "%U %S %M", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
            cwd=ROOT,
            check=False,
            input=stdin,
        )
        if done.returncode != 0:
            msg = f"{args} failed: {done.stderr[-2000:]}"
            raise RuntimeError(msg)
        user, system, kilobytes = report.read().split()[-3:]
    return float(user) + float(system), int(kilobytes) / 1024


def best(args: list[str], env: dict[str, str] | None = None, rounds: int = 3) -> tuple[float, float]:
    """The least CPU of ``rounds`` runs, and the largest peak RSS seen."""
    figures = [measured(args, env) for _ in range(rounds)]
    return min(f[0] for f in figures), max(f[1] for f in figures)


def timeline(log: str, *args: str) -> list[str]:
    return [PY, "-m", "timeline", "--log", log, *args]


def append_acting(location: str, seed: int) -> None:
    """One more synthetic article whose office observation is of an acting KR official, on a day seen before."""
    log = open_log(location)
    events = list(synthetic_events(1, seed=seed))
    article = events[0].article  # type: ignore[union-attr]
    seen = next(e for e in log.events() if isinstance(e, OfficeObserved) and e.country == "KR")
    acting = attrs.evolve(seen, name="Acting Official Ahn", status="acting", article=article)
    acting = attrs.evolve(acting, evidence=attrs.evolve(acting.evidence, article=article))
    with log.writer() as writer:
        writer.append([*events, acting], recorded_at=RECORDED)
    update_store(log)  # as ``timeline ingest`` does after appending


def append_plain(location: str, seed: int) -> None:
    """One more synthetic article, appended as ``timeline ingest`` appends one, then the store updated."""
    log = open_log(location)
    with log.writer() as writer:
        writer.append(list(synthetic_events(1, seed=seed)), recorded_at=RECORDED)
    update_store(log)


def append_retraction(location: str, seed: int) -> None:  # noqa: ARG001 - the signature of ``appending``
    """A retraction of one meeting report of KR's (one with no acting official), appended; the store left behind."""
    log = open_log(location)
    report = next(
        e
        for e in log.events()
        if isinstance(e, MeetingReported)
        and "KR" in e.countries
        and all(p.status != "acting" for p in e.participants)
    )
    with log.writer() as writer:
        writer.append([EventRetracted(event=event_id(report), reason="bench")], recorded_at=RECORDED)


def append_retraction_revert(location: str, seed: int) -> None:  # noqa: ARG001 - the signature of ``appending``
    """A revert of the log's last retraction (the meeting report's), appended; the store left behind."""
    log = open_log(location)
    last = [r for r in log.records() if r.kind == EventRetracted.kind][-1]
    with log.writer() as writer:
        writer.append([CorrectionReverted(correction=last.id, reason="bench")], recorded_at=RECORDED)


def append_observation_retraction(location: str, seed: int) -> None:  # noqa: ARG001 - the signature of ``appending``
    """A retraction of one office observation of a KR official (not acting, a name written with KR only, as for
    ``append_article_retraction``), appended; the store left behind."""
    log = open_log(location)
    countries: dict[str, set[str | None]] = {}
    observations = []
    for e in log.events():
        if isinstance(e, MeetingReported):
            for p in e.participants:
                countries.setdefault(p.name, set()).add(p.country)
        elif isinstance(e, OfficeObserved):
            countries.setdefault(e.name, set()).add(e.country)
            observations.append(e)
    seen = next(o for o in observations if o.status != "acting" and countries[o.name] == {"KR"})
    with log.writer() as writer:
        writer.append([EventRetracted(event=event_id(seen), reason="bench")], recorded_at=RECORDED)


def append_article_retraction(location: str, seed: int) -> None:  # noqa: ARG001 - the signature of ``appending``
    """A retraction of a whole article with a KR meeting report, appended; the store left behind.

    Not the first such article (the meeting report retracted before is of
    it), and one whose people (none acting) are each written with one
    country only: a name written with several countries, whose first one
    this article gave, makes the store count the log again (``Forms.remove``).
    """
    log = open_log(location)
    countries: dict[str, set[str | None]] = {}
    reports = []
    for e in log.events():
        if isinstance(e, MeetingReported):
            reports.append(e)
            for p in e.participants:
                countries.setdefault(p.name, set()).add(p.country)
        elif isinstance(e, OfficeObserved):
            countries.setdefault(e.name, set()).add(e.country)
    report = [
        r
        for r in reports
        if "KR" in r.countries
        and all(p.status != "acting" and len(countries[p.name]) == 1 for p in r.participants)
    ][1]
    with log.writer() as writer:
        writer.append([EventRetracted(event=report.article, reason="bench")], recorded_at=RECORDED)


RETRACTIONS = (
    ("the revert of that retraction", "append_retraction_revert"),
    ("a retraction of one office observation", "append_observation_retraction"),
    ("a retraction of one article", "append_article_retraction"),
)
CORRECTIONS = ("merge", "set-name", "set-office", "split")


def append_correction(location: str, which: int) -> None:
    """One correction of officials (``CORRECTIONS[which]``), appended as ``timeline`` appends one; the store
    left behind, as for the retraction.

    Two KR foreign ministers merged (into the first's name); a KR head of
    government's name set; a JP defence minister's office set (the same
    country, another title: JP, as the full run's acting official is KR's,
    and an acting day in the country makes the store follow an office set
    by a rebuild; a name seen with JP only, as one with two countries does
    too); a KR official split out of one article.
    """
    log = open_log(location)
    people: dict[tuple[str | None, str], list[str]] = {}  # (country, role) -> officials, in log order
    countries: dict[str, set[str | None]] = {}  # name -> the countries it came with
    first_article: dict[str, str] = {}
    for event in log.events():
        if isinstance(event, MeetingReported):
            for p in event.participants:
                countries.setdefault(p.name, set()).add(p.country)
                if p.name not in people.setdefault((p.country, p.role), []):
                    people[(p.country, p.role)].append(p.name)
                    first_article.setdefault(p.name, event.article)
    kind = CORRECTIONS[which]
    correction: object
    if kind == "merge":
        one, other = people[("KR", "foreign minister")][:2]
        correction = PeopleMerged(names=(one, other), into=one, reason="bench")
    elif kind == "set-name":
        correction = NameSet(name=people[("KR", "head of government")][0], to="Bench Renamed", reason="bench")
    elif kind == "set-office":
        name = next(n for n in people[("JP", "defence minister")] if countries[n] == {"JP"})
        correction = OfficeSet(
            name=name, role="defence minister", country="JP", title="Minister of Defense", reason="bench"
        )
    else:
        name = people[("KR", "foreign minister")][-1]
        correction = PersonSplit(
            name=name, article=first_article[name], as_name="Bench Split", reason="bench"
        )
    with log.writer() as writer:
        writer.append([correction], recorded_at=RECORDED)  # type: ignore[list-item]


REVERTED = ("split", "set-name", "merge")  # reverted in this order after ``CORRECTIONS``
_KIND_OF = {
    "merge": PeopleMerged.kind,
    "set-name": NameSet.kind,
    "set-office": OfficeSet.kind,
    "split": PersonSplit.kind,
}


def append_revert(location: str, which: int) -> None:
    """A revert of the log's last correction of the kind ``REVERTED[which]`` names, appended; the store left
    behind, as for the retraction."""
    log = open_log(location)
    last = [r for r in log.records() if r.kind == _KIND_OF[REVERTED[which]]][-1]
    with log.writer() as writer:
        writer.append([CorrectionReverted(correction=last.id, reason="bench")], recorded_at=RECORDED)


def schema_version(location: str) -> int:
    """The projection store's schema version: a rebuild drops and makes its tables (the version moves), an
    update of its rows leaves it."""
    with contextlib.closing(sqlite3.connect(cachefile.beside(Path(location)))) as db:
        version: int = db.execute("PRAGMA schema_version").fetchone()[0]
    return version


def corrections(location: str, made: float, *, retraction: bool = False) -> list[str]:
    """The view after each of ``RETRACTIONS`` then ``CORRECTIONS`` in turn (after a retraction of a meeting
    report first, with ``retraction``: the first of ``RETRACTIONS`` reverts the log's last retraction),
    against ``made`` (the view that makes the store)."""
    view = timeline(location, "country", "KR", "--format", "jsonl")
    out = []
    steps = [("a retraction of one meeting report", appending("append_retraction", location, 0))] * retraction
    steps += [(kind, appending(what, location, 0)) for kind, what in RETRACTIONS]
    steps += [
        (kind, appending("append_correction", location, which)) for which, kind in enumerate(CORRECTIONS)
    ]
    steps += [
        (f"a revert of the {kind}", appending("append_revert", location, which))
        for which, kind in enumerate(REVERTED)
    ]
    for kind, append in steps:
        measured(append)
        before = schema_version(location)
        seconds, rss = measured(view)
        how = "store made again" if schema_version(location) != before else "updated"
        out.append(
            f"  after {kind} (appended, no store update): {seconds:.3f} CPU s, {rss:.0f} MB ="
            f" {seconds / made:.3f} of the view that makes the store ({how})"
        )
    return out


def corrections_only(size: int, folder: Path) -> list[str]:
    """``--corrections``: the log, the view that makes the store, then ``corrections``."""
    location = str(folder / "events")
    written = filled(folder / "events", size)
    made, _ = measured(timeline(location, "country", "KR", "--format", "jsonl"))
    return [
        f"-- {written:,} events; the view that makes the store: {made:.2f} CPU s",
        *corrections(location, made, retraction=True),
    ]


def appending(what: str, location: str, seed: int) -> list[str]:
    """A whole process appending one article and updating the store (``append_plain``, ``append_acting``)."""
    return [PY, "-c", f"from bench.issue17 import {what}; {what}({location!r}, {seed})"]


def filled(location: Path, size: int) -> int:
    """A synthetic log of about ``size`` events at ``location``; how many. Copied from ``BENCH_LOGS`` when kept there."""
    keep = os.environ.get("BENCH_LOGS")
    if not keep:
        return fill(str(location), size)[0]
    kept = Path(keep) / f"log{size}"
    if not (kept / "count").exists():
        shutil.rmtree(kept, ignore_errors=True)
        written, _ = fill(str(kept / "events"), size)
        (kept / "count").write_text(str(written))
    shutil.copytree(kept / "events", location, ignore=shutil.ignore_patterns("cache"))
    return int((kept / "count").read_text())


def one_size(size: int, folder: Path, article: Path) -> list[str]:
    location = str(folder / "events")
    written = filled(folder / "events", size)
    out = [f"-- {written:,} events ({(folder / 'events' / 'log.jsonl').stat().st_size / 1e6:,.0f} MB)"]
    exported = folder / "export.jsonl"
    with exported.open("w") as handle:
        subprocess.run(timeline(location, "export", "--format", "jsonl"), stdout=handle, check=True, cwd=ROOT)
    view = timeline(location, "country", "KR", "--format", "jsonl")
    uncached = {"TIMELINE_CACHE": "off"}
    shutil.rmtree(
        folder / "events" / "cache", ignore_errors=True
    )  # the export made one: it is made again here
    made, made_rss = measured(view)  # the projection store made from the log (as after a re-extraction)
    warm = best(view)
    duck = best([PY, "-c", DUCKDB, str(exported)])
    loop = best([PY, "-c", JSON_LOOP, str(folder / "events" / "log.jsonl")])
    rebuild = best(timeline(location, "changes", "--format", "jsonl"), uncached)
    view_rebuild = best(view, uncached)
    plain_append = measured(appending("append_plain", location, size + 1))[0]
    after, after_rss = measured(view)
    acting_append = measured(appending("append_acting", location, size + 2))[0]
    acting, acting_rss = measured(view)
    retract_append = measured(appending("append_retraction", location, 0))[0]
    retracted, retracted_rss = measured(view)
    corrected = corrections(location, made)
    into_log = best(timeline(location, "ingest", "-q", str(article)), rounds=1)  # a second time adds nothing
    with tempfile.TemporaryDirectory() as empty:
        into_empty = best(timeline(str(Path(empty) / "events"), "ingest", "-q", str(article)), rounds=1)
    out += [
        f"  warm country KR jsonl: {warm[0]:.3f} CPU s, {warm[1]:.0f} MB   (goal <= 0.15 CPU s)",
        f"  DuckDB, same question on the export: {duck[0]:.3f} CPU s, {duck[1]:.0f} MB",
        f"  ours / DuckDB CPU: {warm[0] / duck[0]:.2f} (goal <= 1.0); peak RSS ours {warm[1]:.0f} vs {duck[1]:.0f} MB",
        f"  json.loads loop {loop[0]:.2f} CPU s; full rebuild {rebuild[0]:.2f} CPU s, {rebuild[1]:.0f} MB;"
        f" ratio {loop[0] / rebuild[0]:.2f} (goal >= 0.5)",
        f"  the view with no cache (a rebuild): {view_rebuild[0]:.2f} CPU s, {view_rebuild[1]:.0f} MB",
        f"  the view that makes the projection store: {made:.2f} CPU s, {made_rss:.0f} MB ="
        f" {made / view_rebuild[0]:.1f}x the view with no cache",
        f"  after one new article: {after:.3f} CPU s, {after_rss:.0f} MB = {after / view_rebuild[0]:.3f} of a rebuild"
        " (goal <= 0.05)",
        f"  after one naming an acting official: {acting:.3f} CPU s, {acting_rss:.0f} MB ="
        f" {acting / view_rebuild[0]:.3f} of a rebuild (goal <= 0.05)",
        f"  the appends before them, each with the store's update as ingest does it (whole processes, no"
        f" extraction; the second also reads the log for an official to copy): {plain_append:.2f} and"
        f" {acting_append:.2f} CPU s",
        f"  after a retraction of one meeting report (appended in {retract_append:.2f} CPU s, no store update):"
        f" {retracted:.3f} CPU s, {retracted_rss:.0f} MB = {retracted / view_rebuild[0]:.3f} of a rebuild,"
        f" {retracted / made:.3f} of the view that makes the store",
        *corrected,
        f"  ingest one article: into this log {into_log[0]:.2f} CPU s, into an empty one {into_empty[0]:.2f}:"
        f" {into_log[0] / into_empty[0]:.2f}x (goal <= 2)",
    ]
    return out


def main() -> None:
    compiled()
    args = sys.argv[1:]
    only_corrections = "--corrections" in args
    sizes = [int(a) for a in args if a != "--corrections"] or [10_000, 100_000, 1_000_000]
    with tempfile.TemporaryDirectory() as scratch:
        article = write_articles(Path(scratch) / "articles", 1, seed=99)[0]
        for size in sizes:
            folder = Path(tempfile.mkdtemp(prefix="timeline-issue17-"))
            try:
                found = (
                    corrections_only(size, folder) if only_corrections else one_size(size, folder, article)
                )
                print("\n".join(found), flush=True)
            finally:
                shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
