"""The PostgreSQL log defends itself: every row is checked on insert, whoever inserts it (but the owner)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.events import synthetic_events
from click.testing import CliRunner

from timeline.cli import cli
from timeline.model import ArticleIngested
from timeline.backend import open_log
from timeline.chain import GENESIS, envelopes, line_hash
from timeline.codec import dumps
from timeline.store_pg import TABLE

NOW = "2024-11-20T00:00:00Z"
ROOT = Path(__file__).resolve().parent.parent
psycopg = pytest.importorskip("psycopg")


def fill(url: str, count: int = 40, seed: int = 1) -> None:
    events = list(synthetic_events(count, seed=seed))
    with open_log(url).writer() as writer:
        for i in range(0, len(events), 7):
            writer.append(events[i : i + 7], recorded_at=NOW)


@pytest.fixture
def writer_url(postgres_url: str) -> Iterator[str]:
    """A filled log and the URL of a role that may only SELECT and INSERT (docs/team.md)."""
    fill(postgres_url)
    database = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DO $$ BEGIN CREATE ROLE timeline_writer LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
        conn.execute(f"GRANT CONNECT ON DATABASE {database} TO timeline_writer")
        conn.execute("GRANT USAGE ON SCHEMA public TO timeline_writer")
        conn.execute(f"GRANT SELECT, INSERT ON {TABLE} TO timeline_writer")
    yield postgres_url.replace("timeline@", "timeline_writer@")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"REVOKE ALL ON {TABLE} FROM timeline_writer")
        conn.execute("REVOKE ALL ON SCHEMA public FROM timeline_writer")
        conn.execute(f"REVOKE ALL ON DATABASE {database} FROM timeline_writer")


def last_row(url: str) -> tuple[int, str, str]:
    with psycopg.connect(url) as conn:
        seq, digest, line = conn.execute(f"SELECT seq, hash, line FROM {TABLE} ORDER BY seq DESC LIMIT 1").fetchone()
    return seq, digest, line


def next_row(url: str, text: str = "Zürich — 東京, «quoted» \\ \"and\" \u2028") -> tuple[object, ...]:
    """A well-made next row: one article, chained onto the last line, its hash as store.py computes it."""
    seq, digest, _ = last_row(url)
    event = ArticleIngested(article="f" * 32, text=text)
    [line], records = envelopes([event], seq=seq, prev=digest, recorded_at=NOW, path=url)
    return (seq + 1, "article-ingested", "f" * 32, records[0].hash, NOW, line)


def insert(url: str, row: tuple[object, ...]) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            f"INSERT INTO {TABLE} (seq, kind, article, hash, recorded_at, line) VALUES (%s, %s, %s, %s, %s, %s)", row
        )


def forged(row: tuple[object, ...], **changes: object) -> tuple[object, ...]:
    """The row with fields of its line changed and its hash recomputed (a careful forger)."""
    seq, kind, article, _, recorded_at, line = row
    envelope = json.loads(str(line))
    envelope.update(changes)
    envelope["hash"] = line_hash(envelope)
    return (seq, kind, article, envelope["hash"], recorded_at, dumps(envelope))


def broken_rows(url: str) -> dict[str, tuple[object, ...]]:
    good = next_row(url)
    seq, kind, article, digest, recorded_at, line = good
    return {
        "not JSON": (seq, "name-set", None, digest, recorded_at, "{oops"),
        "not an object": (seq, kind, article, digest, recorded_at, "[1, 2]"),
        "hash not of its line": (seq, kind, article, digest, recorded_at, str(line).replace("Zürich", "Zurich")),
        "hash column differs": (seq, kind, article, "0" * 64, recorded_at, line),
        "prev not the last line's": forged(good, prev="1" * 64),
        "seq leaves a gap": forged((int(seq) + 1, kind, article, digest, recorded_at, line), seq=int(seq) + 1),  # type: ignore[call-overload]
        "kind column differs": (seq, "name-set", article, digest, recorded_at, line),
        "article column differs": (seq, kind, "e" * 32, digest, recorded_at, line),
        "recorded_at column differs": (seq, kind, article, digest, "2030-01-01T00:00:00Z", line),
        "batch does not start at 0": forged(good, batch=[1, 2]),
        "extra key": forged(good, extra=1),
    }


def test_a_well_made_row_is_accepted_from_a_writer(writer_url: str) -> None:
    """A row chained as store.py chains it (non-ASCII text, escapes and all) goes in; verify agrees."""
    before = open_log(writer_url).verify().events
    insert(writer_url, next_row(writer_url))
    assert open_log(writer_url).verify().events == before + 1


@pytest.mark.parametrize(
    "fault",
    [
        "not JSON",
        "not an object",
        "hash not of its line",
        "hash column differs",
        "prev not the last line's",
        "seq leaves a gap",
        "kind column differs",
        "article column differs",
        "recorded_at column differs",
        "batch does not start at 0",
        "extra key",
    ],
)
def test_a_bad_row_from_a_writer_is_refused_by_the_database(writer_url: str, fault: str) -> None:
    """A hand-made INSERT that would break the chain fails in the database; the log stays whole for everyone."""
    before = open_log(writer_url).verify()
    with pytest.raises(psycopg.errors.RaiseException, match="timeline_log: row .* refused"):
        insert(writer_url, broken_rows(writer_url)[fault])
    after = open_log(writer_url).verify()
    assert (after.events, after.last_hash) == (before.events, before.last_hash)
    result = CliRunner().invoke(cli, ["--log", writer_url, "ingest", "-q", str(ROOT / "seeds")])
    assert result.exit_code == 0, result.stderr
    assert open_log(writer_url).verify().events > before.events


def test_the_first_row_must_start_from_genesis(postgres_url: str) -> None:
    """Into an empty table, only a line whose prev is the genesis hash goes in."""
    fill(postgres_url, 7)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_no_truncate")
        conn.execute(f"TRUNCATE {TABLE}")
        conn.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER {TABLE}_no_truncate")
    event = ArticleIngested(article="f" * 32, text="one")
    [line], records = envelopes([event], seq=0, prev="1" * 64, recorded_at=NOW, path="x")
    with pytest.raises(psycopg.errors.RaiseException, match="refused"):
        insert(postgres_url, (1, "article-ingested", "f" * 32, records[0].hash, NOW, line))
    [line], records = envelopes([event], seq=0, prev=GENESIS, recorded_at=NOW, path="x")
    insert(postgres_url, (1, "article-ingested", "f" * 32, records[0].hash, NOW, line))
    assert open_log(postgres_url).verify().events == 1


def test_the_owner_can_still_cut_the_end_and_only_a_checkpoint_tells(postgres_url: str) -> None:
    """The owner disables the triggers and deletes the last batch: verify passes, verify --since fails."""
    fill(postgres_url)
    runner = CliRunner()
    kept = runner.invoke(cli, ["--log", postgres_url, "verify"])
    assert kept.exit_code == 0, kept.stderr
    checkpoint = kept.stdout.strip()
    seq, _, line = last_row(postgres_url)
    size = json.loads(line)["batch"][1]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER USER")
        conn.execute(f"DELETE FROM {TABLE} WHERE seq > %s", (seq - size,))
        conn.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER USER")
    plain = runner.invoke(cli, ["--log", postgres_url, "verify"])
    assert plain.exit_code == 0, "the chain alone cannot see it"
    caught = runner.invoke(cli, ["--log", postgres_url, "verify", "--since", checkpoint])
    assert caught.exit_code == 1
    assert caught.stdout == ""
    assert f"holds {seq - size} events, fewer than the checkpoint's {seq}" in caught.stderr


def test_since_passes_a_longer_log_and_fails_another(postgres_url: str, tmp_path: Path) -> None:
    """--since on PostgreSQL: the same log after more appends extends it; a different log does not."""
    fill(postgres_url)
    runner = CliRunner()
    checkpoint = runner.invoke(cli, ["--log", postgres_url, "verify"]).stdout.strip()
    fill(postgres_url, 20, seed=3)
    assert runner.invoke(cli, ["--log", postgres_url, "verify", "--since", checkpoint]).exit_code == 0
    other = tmp_path / "other"
    fill(str(other), 80, seed=5)
    result = runner.invoke(cli, ["--log", str(other), "verify", "--since", checkpoint])
    assert result.exit_code == 1
    assert "rewritten or replaced" in result.stderr


def test_a_table_made_before_the_check_gets_it_when_the_owner_opens_it(postgres_url: str) -> None:
    """A log created without the insert check gets it on the owner's next write; then bad rows are refused."""
    fill(postgres_url)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"DROP TRIGGER IF EXISTS {TABLE}_check_insert ON {TABLE}")
    insert(postgres_url, next_row(postgres_url))  # without the check, anything goes in
    with open_log(postgres_url).writer():
        pass
    with psycopg.connect(postgres_url) as conn:
        names = {row[0] for row in conn.execute(f"SELECT tgname FROM pg_trigger WHERE tgrelid = '{TABLE}'::regclass")}
    assert f"{TABLE}_check_insert" in names
    with pytest.raises(psycopg.errors.RaiseException, match="refused"):
        insert(postgres_url, broken_rows(postgres_url)["not JSON"])
    assert open_log(postgres_url).verify().events > 0


def test_a_connection_lost_mid_ingest_says_how_much_went_in(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server drops the connection before the third batch: one Error line saying 4 of 8 went in; a re-run adds the rest."""
    from timeline import ingestion as ingest  # noqa: PLC0415
    from timeline.store_pg import PostgresWriter  # noqa: PLC0415

    from .test_ingest import recording, write_articles  # noqa: PLC0415

    write_articles(tmp_path / "in", 8)
    monkeypatch.setattr(ingest, "extract", recording)
    calls = []
    real_insert = PostgresWriter._insert  # noqa: SLF001

    def dropping(self: PostgresWriter, lines: list[str], records: object) -> None:
        calls.append(1)
        if len(calls) == 3:  # the server goes away in the middle of the third batch's transaction
            with psycopg.connect(postgres_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (self.conn.info.backend_pid,))
        real_insert(self, lines, records)  # type: ignore[arg-type]

    monkeypatch.setattr(PostgresWriter, "_insert", dropping)
    command = ["--log", postgres_url, "ingest", "-q", "--jobs", "1", "--batch-size", "2", str(tmp_path / "in")]
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: could not append to {postgres_url}: ")
    assert "4 of 8 articles were added before this" in lines[0]
    assert "run the same ingest again" in lines[0]
    assert len(open_log(postgres_url).article_ids()) == 4
    monkeypatch.setattr(PostgresWriter, "_insert", real_insert)
    again = CliRunner().invoke(cli, command)
    assert again.exit_code == 0, again.stderr
    assert len(open_log(postgres_url).article_ids()) == 8
    assert open_log(postgres_url).verify().events == 8
