"""The store: append-only, hash-chained, crash-safe, one writer at a time."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import store
from timeline.chain import Record, parse_envelope, to_record
from timeline.codec import record_reader
from timeline.errors import CorruptLogError, LockTimeoutError, LogError
from timeline.model import ArticleIngested, Event, Evidence, OfficeObserved
from timeline.storage import Position
from timeline.store import Log
from timeline.textdate import TextDate

from . import strategies as s

NOW = "2026-01-01T00:00:00Z"
FAST = settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])


def fresh(tmp: Path) -> Log:
    target = tmp / f"log-{len(list(tmp.iterdir()))}"
    return Log(target)


def _observed() -> OfficeObserved:
    """One office observation, to be written and then edited by hand."""
    return OfficeObserved(
        article="a" * 16,
        extractor="rules-2",
        name="Yoko Kamikawa",
        country="JP",
        role="foreign minister",
        date=TextDate(year=2024, month=7, day=28),
        evidence=Evidence(article="a" * 16, start=0, end=13, sentence="Yoko Kamikawa met Wong."),
    )


def write(log: Log, batches: list[list[Event]]) -> None:
    with log.writer() as writer:
        for batch in batches:
            writer.append(batch, recorded_at=NOW)


@FAST
@given(batches=s.batches)
def test_append_then_read_is_identity(tmp_path: Path, batches: list[list[Event]]) -> None:
    """What was appended comes back, in order, equal."""
    log = fresh(tmp_path)
    write(log, batches)
    assert list(log.events()) == [e for batch in batches for e in batch]
    assert [r.seq for r in log.records()] == list(range(1, sum(map(len, batches)) + 1))
    assert log.verify().events == sum(map(len, batches))


@FAST
@given(batches=s.batches, cut=st.integers(min_value=0))
def test_any_prefix_of_lines_verifies(tmp_path: Path, batches: list[list[Event]], cut: int) -> None:
    """The first k lines of a valid log, with the HEAD a new log starts with (event 0), form a valid log."""
    log = fresh(tmp_path)
    write(log, batches)
    lines = log.path.read_bytes().splitlines(keepends=True)
    k = cut % (len(lines) + 1)
    prefix = Log(tmp_path / f"prefix-{len(list(tmp_path.iterdir()))}")
    prefix.directory.mkdir()
    prefix.head_path.write_text(f'{{"hash":"{"0" * 64}","seq":0}}\n')
    prefix.path.write_bytes(b"".join(lines[:k]))
    report = prefix.verify()
    assert report.events <= k


@FAST
@given(batches=s.batches, where=st.integers(min_value=0), byte=st.integers(0, 255))
def test_any_single_byte_change_is_caught(
    tmp_path: Path, batches: list[list[Event]], where: int, byte: int
) -> None:
    """Changing any one byte of the log makes verify fail."""
    log = fresh(tmp_path)
    write(log, batches)
    data = bytearray(log.path.read_bytes())
    index = where % len(data)
    if data[index] == byte:
        byte = (byte + 1) % 256
    data[index] = byte
    log.path.write_bytes(bytes(data))
    with pytest.raises(CorruptLogError):
        log.verify()


@FAST
@given(batches=s.batches.filter(lambda b: sum(map(len, b)) >= 2), which=st.integers(min_value=0))
def test_deleted_line_is_caught(tmp_path: Path, batches: list[list[Event]], which: int) -> None:
    """Removing any one line makes verify fail at that position (the last one too, thanks to HEAD)."""
    log = fresh(tmp_path)
    write(log, batches)
    lines = log.path.read_bytes().splitlines(keepends=True)
    index = which % len(lines)
    del lines[index]
    log.path.write_bytes(b"".join(lines))
    with pytest.raises(CorruptLogError) as caught:
        log.verify()
    assert caught.value.line == index + 1


@FAST
@given(batches=s.batches.filter(lambda b: sum(map(len, b)) >= 2), which=st.integers(min_value=0))
def test_swapped_pair_is_caught(tmp_path: Path, batches: list[list[Event]], which: int) -> None:
    """Swapping two neighbouring lines makes verify fail, naming the first of them."""
    log = fresh(tmp_path)
    write(log, batches)
    lines = log.path.read_bytes().splitlines(keepends=True)
    i = which % (len(lines) - 1)
    lines[i], lines[i + 1] = lines[i + 1], lines[i]
    log.path.write_bytes(b"".join(lines))
    with pytest.raises(CorruptLogError) as caught:
        log.verify()
    assert caught.value.line == i + 1


@FAST
@given(batches=s.batches, keep=st.integers(min_value=0))
def test_truncation_is_caught(tmp_path: Path, batches: list[list[Event]], keep: int) -> None:
    """Cutting the file short anywhere makes verify fail."""
    log = fresh(tmp_path)
    write(log, batches)
    data = log.path.read_bytes()
    log.path.write_bytes(data[: keep % len(data)])
    with pytest.raises(CorruptLogError):
        log.verify()


def test_inserted_line_is_caught(tmp_path: Path) -> None:
    """A line copied into the middle of the log is reported at its position."""
    log = Log(tmp_path / "events")
    write(
        log,
        [[ArticleIngested(article="a" * 16, text="one")], [ArticleIngested(article="b" * 16, text="two")]],
    )
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(lines[0] + lines[0] + lines[1])
    with pytest.raises(CorruptLogError) as caught:
        log.verify()
    assert caught.value.line == 2
    assert "sequence" in caught.value.reason


def test_hand_edit_is_named(tmp_path: Path) -> None:
    """Editing a value by hand names the line and says the hash does not match."""
    log = Log(tmp_path / "events")
    write(log, [[ArticleIngested(article="a" * 16, text="Park met Blinken.")]])
    log.path.write_text(log.path.read_text().replace("Park met", "Park saw"))
    with pytest.raises(CorruptLogError, match=r"log.jsonl:1: hash does not match"):
        log.verify()


def test_torn_tail_is_moved_aside_not_dropped(tmp_path: Path) -> None:
    """A half-written batch is reported by verify, then moved to torn-1.part by the next writer."""
    log = Log(tmp_path / "events")
    write(log, [[ArticleIngested(article="a" * 16, text="one")]])
    good = log.path.read_bytes()
    with log.writer() as writer:
        writer.append(
            [ArticleIngested(article="b" * 16, text="two"), ArticleIngested(article="c" * 16, text="3")],
            recorded_at=NOW,
        )
    full = log.path.read_bytes()
    second_batch = full[len(good) :]
    # A crash in the middle of the second batch: its first line complete, the second torn.
    first_line_end = second_batch.index(b"\n") + 1
    torn = second_batch[: first_line_end + 25]
    log.path.write_bytes(good + torn)
    # The crash came before HEAD moved on: it still acknowledges line 1 only.
    first = next(iter(log.records()))
    log.head_path.write_text(f'{{"hash":"{first.hash}","seq":1}}\n')
    report = log.verify()
    assert report.events == 1
    assert report.torn_bytes == len(torn)
    assert len(list(log.events())) == 1  # readers never see a partial batch
    with log.writer() as writer:
        assert [p.name for p in writer.recovered] == ["torn-1.part"]
        writer.append([ArticleIngested(article="d" * 16, text="four")], recorded_at=NOW)
    assert (log.directory / "torn-1.part").read_bytes() == torn
    assert log.verify().events == 2


def test_lock_times_out_with_a_clear_message(tmp_path: Path) -> None:
    """A second writer waits, then fails naming the directory and what to do."""
    log = Log(tmp_path / "events")
    log.directory.mkdir()
    fd = os.open(log.directory / "lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with (
            pytest.raises(LockTimeoutError, match=r"another timeline process .* TIMELINE_LOCK_TIMEOUT"),
            log.writer(timeout=0.2),
        ):
            pass
    finally:
        os.close(fd)


def test_unwritable_directory_is_a_clear_error(tmp_path: Path) -> None:
    """A log directory under a file cannot be created: a LogError names it."""
    (tmp_path / "file").write_text("x")
    log = Log(tmp_path / "file" / "events")
    with pytest.raises(LogError, match="cannot write the log"), log.writer():
        pass


def test_article_ids_are_read_from_the_log(tmp_path: Path) -> None:
    """The ids of ingested articles can be listed without decoding every event."""
    log = Log(tmp_path / "events")
    write(
        log,
        [[ArticleIngested(article="a" * 16, text="one")], [ArticleIngested(article="b" * 16, text="two")]],
    )
    assert log.article_ids() == {"a" * 16, "b" * 16}


def test_head_follows_the_appends_and_is_exact_when_the_writer_closes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HEAD moves on within HEAD_EVERY seconds of an append and at close; verify accepts a HEAD left behind."""
    import json

    from timeline.store import Writer

    log = Log(tmp_path / "events")
    batches = [[ArticleIngested(article=f"{n:02d}" * 8, text=f"text {n}")] for n in range(3)]
    with log.writer() as writer:
        for batch in batches:
            writer.append(batch, recorded_at=NOW)
        assert json.loads(log.head_path.read_text())["seq"] == 0, (
            "three quick appends: HEAD not rewritten three times"
        )
        assert log.verify().events == 3, "a HEAD behind the log is allowed"
    assert json.loads(log.head_path.read_text())["seq"] == 3
    monkeypatch.setattr(Writer, "HEAD_EVERY", 0.0)
    with log.writer() as writer:
        writer.append([ArticleIngested(article="ab" * 8, text="more")], recorded_at=NOW)
        assert json.loads(log.head_path.read_text())["seq"] == 4
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(b"".join(lines[:-1]))
    with pytest.raises(CorruptLogError, match="removed from the end"):
        log.verify()


def test_an_appends_records_are_what_the_log_reads_back(tmp_path: Path) -> None:
    """The records an append returns (made on demand) equal the records read from the file, slices and all."""
    log = Log(tmp_path / "events")
    batch = [ArticleIngested(article=f"{n:02d}" * 8, text=f"text {n}") for n in range(4)]
    with log.writer() as writer:
        writer.append(batch[:1], recorded_at=NOW)
        records = writer.append(batch[1:], recorded_at=NOW)
    read = list(log.records())[1:]
    assert len(records) == 3
    assert list(records) == read
    assert records[-1] == read[-1]
    assert records[0:2] == read[0:2]
    with pytest.raises(IndexError):
        records[3]


def _records_from_envelopes(log: Log) -> list[Record]:
    """Each line's record as the envelope makes it (``chain``'s slow way, which names any fault)."""
    lines = log.path.read_bytes().splitlines()
    return [
        to_record(log.path, n, parse_envelope(log.path, n, line)) for n, line in enumerate(lines, start=1)
    ]


@FAST
@given(batches=s.batches)
def test_records_read_in_one_pass_are_those_the_envelope_makes(
    tmp_path: Path, batches: list[list[Event]]
) -> None:
    """The records the log reads (the common kinds in one typed pass) equal those made from each envelope."""
    log = fresh(tmp_path)
    write(log, batches)
    assert [record for record, _ in log.records_after(Position())] == _records_from_envelopes(log)


@FAST
@given(batches=s.batches)
def test_the_events_a_store_rebuild_reads_are_the_folds_with_the_records_ids_and_positions(
    tmp_path: Path, batches: list[list[Event]]
) -> None:
    """``fold_events_after`` gives what ``fold_events`` gives, each with its record's id and position."""
    log = fresh(tmp_path)
    write(log, batches)
    found = list(log.fold_events_after(Position()))
    records = list(log.records_after(Position()))
    assert [event for _, event, _ in found] == list(log.fold_events())
    at_batch_ends = [(r.id, after if r.batch[0] == r.batch[1] - 1 else None) for r, after in records]
    assert [(event_id, after) for event_id, _, after in found] == at_batch_ends
    ends = [index for index, (_, _, after) in enumerate(found) if after is not None]
    if len(ends) > 1:
        middle = ends[len(ends) // 2]
        assert list(log.fold_events_after(found[middle][2])) == found[middle + 1 :]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("edit", "replacement"),
    [
        ('"seq":1,', '"seq":true,'),  # a bool is an int to the envelope's check
        ('"batch":[0,1]', '"batch":[1,1]'),  # a marker out of range
        ('"version":1', '"version":7'),  # newer than this program
        ('"prev":', '"mood":"sunny","prev":'),  # a key the envelope does not have
        ('"country":"JP"', '"country":"jp"'),  # a value the event refuses
        ('"start":0', '"start":0.5'),  # a value of another type
    ],
)
def test_an_odd_line_reads_as_the_envelope_reads_it(tmp_path: Path, edit: str, replacement: str) -> None:
    """A line the one-pass reader does not take is read as before: the same record, or the same fault
    named."""
    log = Log(tmp_path / "events")
    write(log, [[_observed()]])
    text = log.path.read_text()
    assert edit in text
    log.path.write_text(text.replace(edit, replacement))
    assert record_reader()(log.path.read_bytes()) is None
    try:
        expected = _records_from_envelopes(log)
    except CorruptLogError as exc:
        message = str(exc)
    else:
        assert [record for record, _ in log.records_after(Position())] == expected
        return
    with pytest.raises(CorruptLogError) as raised:
        list(log.records_after(Position()))
    assert str(raised.value) == message


@pytest.mark.parametrize("read", ["events", "fold_events"])
def test_a_value_no_event_may_hold_is_named_by_every_read(tmp_path: Path, read: str) -> None:
    """A country code edited into lowercase is refused, with the line and the field, light observations too."""
    log = Log(tmp_path / "events")
    write(log, [[_observed()]])
    log.path.write_text(log.path.read_text().replace('"country":"JP"', '"country":"jp"'))
    with pytest.raises(CorruptLogError, match=r"log.jsonl:1: .*country"):
        list(getattr(log, read)())


def test_article_ids_come_from_the_index_and_survive_its_loss(tmp_path: Path) -> None:
    """The writer indexes each batch's articles; a deleted, damaged or stale index gives the same ids."""
    log = Log(tmp_path / "events")
    ids = [f"{n:032x}" for n in range(6)]
    with log.writer() as writer:
        for article in ids[:4]:
            writer.append([ArticleIngested(article=article, text="t")], recorded_at="2024-01-01T00:00:00Z")
    assert log.index_path.exists()
    assert len(log.index_path.read_text().splitlines()) == 4
    assert log.article_ids() == set(ids[:4])
    log.index_path.write_text("not an index\n")
    assert log.article_ids() == set(ids[:4])
    log.index_path.unlink()
    assert log.article_ids() == set(ids[:4])
    with log.writer() as writer:  # no index: the next append makes it anew, whole
        writer.append([ArticleIngested(article=ids[4], text="t")], recorded_at="2024-01-01T00:00:00Z")
    assert len(log.index_path.read_text().splitlines()) == 1
    saved = log.index_path.read_bytes()
    with log.writer() as writer:
        writer.append([ArticleIngested(article=ids[5], text="t")], recorded_at="2024-01-01T00:00:00Z")
    log.index_path.write_bytes(saved)  # an index behind the log: what it lacks is read from the log
    assert log.article_ids() == set(ids)


@FAST
@given(batches=s.batches, data=st.data(), run=st.sampled_from([1, 90, 700, 1 << 16]))
def test_events_naming_some_ids_are_those_a_whole_read_finds(
    tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]], data: st.DataObject, run: int
) -> None:
    """``fold_events_naming`` yields, of complete batches, each event with an id or article named and each
    re-extraction, as ``fold_events_after`` reads them; it skips the lines of a half-written batch. Whatever
    the size of the runs of lines it searches at once (a line each with 1): a run holding no name is passed
    over, but not while a line found waits for the end of its batch."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "_RUN", run)  # bytes searched at once
        _check_events_naming(tmp_path_factory, batches, data)


def _check_events_naming(
    tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]], data: st.DataObject
) -> None:
    from timeline.model import ArticleReextracted  # noqa: PLC0415

    log = fresh(tmp_path_factory.mktemp("log"))
    articles = sorted({e.article for batch in batches for e in batch if hasattr(e, "article")})
    again = [ArticleReextracted(article=a, extractor="test-2") for a in articles[:1]]
    write(log, [*batches, *[again] * data.draw(st.booleans())])
    whole = [(i, e) for i, e, _ in log.fold_events_after(Position())]
    names = set(data.draw(st.lists(st.sampled_from([i for i, _ in whole]), max_size=3)))
    names |= set(data.draw(st.lists(st.sampled_from(["0" * 32, *articles]), max_size=2)))
    expected = [
        (i, e)
        for i, e in whole
        if i in names or getattr(e, "article", None) in names or isinstance(e, ArticleReextracted)
    ]
    found = list(log.fold_events_naming(names))
    assert [
        f for f in found if f in expected
    ] == expected  # others may come too (a line naming an id elsewhere)
    half = log.path.read_bytes()
    named = _observed()  # of article "aaa...", which is named
    other = attrs.evolve(named, article="c" * 16, evidence=attrs.evolve(named.evidence, article="c" * 16))
    write(log, [[named, other, named]])
    lines = log.path.read_bytes()[len(half) :].splitlines(keepends=True)
    wanted = {*names, named.article}
    expected = [
        (i, e)
        for i, e in whole
        if i in wanted or getattr(e, "article", None) in wanted or isinstance(e, ArticleReextracted)
    ]
    for cut in (
        b"".join(lines[:2]),  # a batch of three, two lines written, not the last
        b"".join(lines[:2]) + lines[2][:20],  # the last line torn in its batch marker
        b"".join(lines[:2]) + lines[2][:-2],  # the last line torn before its end
    ):
        log.path.write_bytes(half + cut)
        found = list(log.fold_events_naming(wanted))
        assert all(f in whole for f in found)  # none of the half batch
        assert [f for f in found if f in expected] == expected  # all of the batches before it
    log.path.write_bytes(half + b"".join(lines))  # the whole batch: its two lines of that article come
    assert [f for f in log.fold_events_naming({named.article}) if f[1] == named] == [
        (i, e) for i, e, _ in log.fold_events_after(Position()) if e == named
    ]
