"""The event log in PostgreSQL: the same lines, chain and guarantees as the files, for teams.

One table holds one row per log line: the line's exact canonical JSON (so a
copy to files and back is byte-identical) beside the columns needed to find
things fast (seq, kind, article, hash). Appends serialise on one advisory
lock taken inside the batch's transaction: a batch reads the last line,
chains onto it and commits, or leaves nothing (a killed writer's transaction
is rolled back by the server and its lock released). Readers take no locks:
each query sees a committed snapshot, and since a batch commits before the
next can take the lock, they never see a gap. Triggers refuse UPDATE,
DELETE and TRUNCATE, and check every inserted row (JSON, hash, chain,
columns, batch marker), whoever asks but the table's owner, who can
disable them: only a checkpoint kept elsewhere (``verify --since``) shows
what an owner removed.

Needs psycopg 3 (``pip install 'timeline[postgres]'``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from timeline.errors import CorruptLogError, LockTimeoutError, LogError, StaleCacheError
from timeline.model import ArticleIngested, Event, LightObservation
from timeline.chain import (
    GENESIS,
    READ_FAULTS,
    ChainChecker,
    Checkpoint,
    Record,
    VerifyReport,
    check_extends,
    envelopes,
    parse_envelope,
    to_record,
    unreadable,
)
from timeline.storage import Position

TABLE = "timeline_log"
LOCK_KEY = 0x74696D656C696E65  # "timeline" in ASCII: the advisory lock every writer takes
READ_BATCH = 2000
_OWN_ROWS = ("article-ingested", "meeting-reported", "office-observed")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    seq         bigint PRIMARY KEY CHECK (seq > 0),
    kind        text   NOT NULL,
    article     text,
    hash        text   NOT NULL,
    recorded_at text   NOT NULL,
    line        text   NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS {TABLE}_one_article
    ON {TABLE} (article) WHERE kind = 'article-ingested';
CREATE OR REPLACE FUNCTION {TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{TABLE} is append-only: % is refused', TG_OP;
END
$$;
CREATE OR REPLACE TRIGGER {TABLE}_no_rewrite BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only();
CREATE OR REPLACE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE}
    FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_append_only();
"""


# Every row is checked as it goes in, by the database, whoever inserts it: its line is a JSON object with
# the envelope's keys, its columns agree with its line, its hash is the line's (SHA-256 of the line without
# its "hash" member, which the canonical form puts second, after "batch": as store.envelopes computes it),
# its prev is the hash of the row before (the genesis hash for row 1), and its batch marker continues the
# previous row's. A writer role therefore cannot commit a row that breaks the log for everyone; the table's
# owner can (ALTER TABLE ... DISABLE TRIGGER), which only a checkpoint kept elsewhere reveals.
INSERT_CHECK = r"""
CREATE OR REPLACE FUNCTION @TABLE@_check_line() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    envelope jsonb;
    keys text[];
    body text;
    cut int;
    expected_prev text := repeat('0', 64);
    before_line text;
    before_batch text[];
    here_batch text[];
    own_article text;
BEGIN
    BEGIN
        envelope := NEW.line::jsonb;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its line is not valid JSON', NEW.seq;
    END;
    IF jsonb_typeof(envelope) <> 'object' THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its line is not a JSON object', NEW.seq;
    END IF;
    SELECT array_agg(k ORDER BY k) INTO keys FROM jsonb_object_keys(envelope) AS k;
    IF NEW.kind = 'article-ingested' THEN
        own_article := envelope->'payload'->>'article';
    END IF;
    IF keys IS DISTINCT FROM ARRAY['batch', 'hash', 'id', 'kind', 'payload', 'prev', 'recorded_at', 'seq', 'version'] THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its line has the keys %, not those of an envelope', NEW.seq, keys;
    END IF;
    IF envelope->>'seq' IS DISTINCT FROM NEW.seq::text
        OR envelope->>'kind' IS DISTINCT FROM NEW.kind
        OR envelope->>'hash' IS DISTINCT FROM NEW.hash
        OR envelope->>'recorded_at' IS DISTINCT FROM NEW.recorded_at
        OR NEW.article IS DISTINCT FROM own_article
    THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its columns do not agree with its line', NEW.seq;
    END IF;
    -- the regular expressions read the line's opening only (they would copy the whole line first)
    here_batch := regexp_match(left(NEW.line, 160), '^\{"batch":\[([0-9]+),([0-9]+)\],"hash":"[0-9a-f]{64}","id":');
    IF here_batch IS NULL THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its line is not in canonical form', NEW.seq;
    END IF;
    cut := length(here_batch[1]) + length(here_batch[2]) + 13;  -- the length of {"batch":[i,n],
    body := left(NEW.line, cut) || substr(NEW.line, cut + 75);  -- the line without "hash":"<64 hex>",
    IF encode(sha256(convert_to(body, 'UTF8')), 'hex') IS DISTINCT FROM NEW.hash THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its hash is not the hash of its line', NEW.seq;
    END IF;
    IF NEW.seq > 1 THEN
        SELECT hash, left(line, 40) INTO expected_prev, before_line FROM @TABLE@ WHERE seq = NEW.seq - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION '@TABLE@: row % refused: there is no row % before it', NEW.seq, NEW.seq - 1;
        END IF;
        before_batch := regexp_match(before_line, '^\{"batch":\[([0-9]+),([0-9]+)\]');
    END IF;
    IF envelope->>'prev' IS DISTINCT FROM expected_prev THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its prev is not the hash of the row before', NEW.seq;
    END IF;
    IF NOT (here_batch[1]::bigint < here_batch[2]::bigint AND CASE
        WHEN before_batch IS NULL OR before_batch[1]::bigint = before_batch[2]::bigint - 1
            THEN here_batch[1]::bigint = 0
        ELSE here_batch[1]::bigint = before_batch[1]::bigint + 1 AND here_batch[2] = before_batch[2]
    END) THEN
        RAISE EXCEPTION '@TABLE@: row % refused: its batch marker [%, %] does not continue the row before',
            NEW.seq, here_batch[1], here_batch[2];
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS @TABLE@_check_insert ON @TABLE@;
CREATE TRIGGER @TABLE@_check_insert BEFORE INSERT ON @TABLE@
    FOR EACH ROW EXECUTE FUNCTION @TABLE@_check_line();
""".replace("@TABLE@", TABLE)


def _psycopg() -> Any:  # noqa: ANN401 - the module, imported only when a PostgreSQL log is used
    try:
        import psycopg  # noqa: PLC0415
    except ImportError as exc:
        msg = "a postgresql:// log needs psycopg 3: pip install 'timeline[postgres]'"
        raise LogError(msg) from exc
    return psycopg


def redact(url: str) -> str:
    """The URL without its password, for messages: ``user:***@host``, and ``password=***`` in the query.

    Everything before the authority's last ``@`` is taken as user and
    password, so a password holding ``@`` or ``/`` is masked whole.
    """
    scheme, sep, rest = url.partition("://")
    if not sep:
        return _PASSWORD_PARAMETER.sub(r"\1\2***", url)
    main, mark, query = rest.partition("?")
    at = main.rfind("@")
    if at >= 0:
        user, colon, _ = main[:at].partition(":")
        main = f"{user}:***@{main[at + 1 :]}" if colon else main
    query = _PASSWORD_PARAMETER.sub(r"\1\2***", query)
    return f"{scheme}://{main}{mark}{query}"


_PASSWORD_PARAMETER = re.compile(r"(^|&|\s)(password\s*=\s*)[^&\s]*", re.IGNORECASE)


def check_url(url: str) -> None:
    """Refuse a URL libpq cannot read, or reads otherwise than it looks, naming it without its password.

    Raises:
        LogError: the URL is malformed (the reason, with any password masked).

    """
    rest = url.partition("://")[2].partition("?")[0]
    userinfo = rest[: rest.rfind("@")] if "@" in rest else ""
    if "@" in userinfo or "/" in userinfo:
        msg = (
            f"{redact(url)}: the user name or password holds '@' or '/', which ends it early; write them "
            "as %40 and %2F, or keep the password out of the URL (~/.pgpass or PGPASSWORD)"
        )
        raise LogError(msg)
    psycopg = _psycopg()
    try:
        psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error as exc:
        msg = f"{redact(url)} is not a valid postgresql:// URL: {scrub(one_line(exc), url)}"
        raise LogError(msg) from exc


def one_line(exc: BaseException) -> str:
    """A driver's message in one line: its first, where libpq adds hints below."""
    text = str(exc).strip()
    return text.splitlines()[0].strip() if text else type(exc).__name__


def scrub(text: str, url: str) -> str:
    """``text`` with the URL and its password masked wherever they appear."""
    text = text.replace(url, redact(url))
    secrets = set()
    with contextlib.suppress(Exception):  # a URL libpq cannot read has no password of its to mask
        secrets.add(_psycopg().conninfo.conninfo_to_dict(url).get("password") or "")
    rest = url.partition("://")[2].partition("?")[0]
    if "@" in rest:
        secrets.add(rest[: rest.rfind("@")].partition(":")[2])
    secrets.update(m.group(3) for m in _QUERY_PASSWORD.finditer(url.partition("?")[2]))
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


_QUERY_PASSWORD = re.compile(r"(^|&)(password=)([^&]*)", re.IGNORECASE)


class PostgresLog:
    """An event log in a PostgreSQL database, named by a ``postgresql://`` URL."""

    def __init__(self, url: str) -> None:
        """Name the database; nothing is created until the first append."""
        self.url = url

    @property
    def location(self) -> str:
        """Where the log is, for messages (no password)."""
        return redact(self.url)

    def _connect(self, **kwargs: Any) -> Any:  # noqa: ANN401 - a psycopg connection
        check_url(self.url)
        psycopg = _psycopg()
        try:
            return psycopg.connect(self.url, connect_timeout=10, **kwargs)
        except psycopg.Error as exc:
            reason = scrub(
                str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__, self.url
            )
            msg = f"cannot connect to {self.location}: {reason}"
            raise LogError(msg) from exc

    @contextlib.contextmanager
    def _reading(self) -> Iterator[Any]:
        psycopg = _psycopg()
        with self._connect() as conn:
            try:
                yield conn
            except psycopg.errors.UndefinedTable:
                conn.rollback()
                return
            except psycopg.Error as exc:
                msg = f"cannot read {self.location}: {scrub(one_line(exc), self.url)}"
                raise LogError(msg) from exc

    def exists(self) -> bool:
        """Whether any event was ever appended here."""
        with self._reading() as conn:
            row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (TABLE,)).fetchone()
            if not row[0]:
                return False
            return conn.execute(f"SELECT EXISTS (SELECT 1 FROM {TABLE})").fetchone()[0]  # type: ignore[no-any-return]
        return False

    # -- reading -----------------------------------------------------------

    def _rows(self, after: int = 0) -> Iterator[tuple[int, str]]:
        """(seq, line) in seq order, streamed through a server-side cursor."""
        with self._reading() as conn:
            if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (TABLE,)).fetchone()[0]:
                return
            with conn.cursor(name="timeline_read") as cursor:
                cursor.itersize = READ_BATCH
                cursor.execute(f"SELECT seq, line FROM {TABLE} WHERE seq > %s ORDER BY seq", (after,))
                yield from cursor

    def raw_lines(self) -> Iterator[bytes]:
        """The exact bytes of every line, in log order (for ``copy``)."""
        for _, line in self._rows():
            yield line.encode()

    def records(self) -> Iterator[Record]:
        """Every record, in log order (streams)."""
        for seq, line in self._rows():
            yield to_record(self.location, seq, parse_envelope(self.location, seq, line.encode()))

    def events(self) -> Iterator[Event]:
        """Every event, in log order."""
        for record in self.records():
            yield record.event

    def fold_events(self) -> Iterator[Event | LightObservation]:
        """``events``, read as a rebuild reads the file log: office observations light, articles without text."""
        from timeline.codec import line_reader  # noqa: PLC0415 - the converter only when events are read

        read = line_reader(light=True)
        for seq, line in self._rows():
            raw = line.encode()
            try:
                yield read(raw)[2]
            except READ_FAULTS as exc:
                raise unreadable(self.location, seq, raw, exc) from exc

    def records_after(self, position: Position) -> Iterator[tuple[Record, Position]]:
        """Records after ``position`` (whose record must still be there with its hash), each with its position."""
        seq = position.seq
        if seq:
            with self._reading() as conn:
                row = conn.execute(f"SELECT hash FROM {TABLE} WHERE seq = %s", (seq,)).fetchone()
            if row is None or row[0] != position.hash:
                raise StaleCacheError(self.location, seq)
        for number, line in self._rows(after=seq):
            record = to_record(self.location, number, parse_envelope(self.location, number, line.encode()))
            yield record, Position(record.seq, record.hash)

    def fold_events_after(
        self, position: Position
    ) -> Iterator[tuple[str, Event | LightObservation, Position | None]]:
        """``records_after``'s ids, events and positions (the events whole, as a rebuild takes them)."""
        for record, after in self.records_after(position):
            yield record.id, record.event, after

    def fold_events_naming(self, names: set[str]) -> Iterator[tuple[str, Event | LightObservation]]:
        """Every event's id and event (``fold_events_after``): a superset of those ``names`` names."""
        for event_id, event, _ in self.fold_events_after(Position()):
            yield event_id, event

    def article_ids(self) -> set[str]:
        """Ids of the articles in the log."""
        with self._reading() as conn:
            if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (TABLE,)).fetchone()[0]:
                return set()
            rows = conn.execute(f"SELECT article FROM {TABLE} WHERE kind = 'article-ingested'")
            return {row[0] for row in rows}
        return set()

    def verify(self, since: Checkpoint | None = None) -> VerifyReport:
        """Check every line as the file log does: canonical bytes, schema, sequence, batches, chain.

        Also checks that each row's columns agree with its line, and that the
        log extends the checkpoint ``since`` when one is given. A batch is one
        transaction, so an unfinished batch is damage here, not a crash.
        """
        checker = ChainChecker(self.location, watch=since.events if since else 0)
        with self._reading() as conn:
            if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (TABLE,)).fetchone()[0]:
                if since is not None:
                    check_extends(self.location, since, 0, None)
                return VerifyReport(events=0, last_hash=GENESIS)
            with conn.cursor(name="timeline_verify") as cursor:
                cursor.itersize = READ_BATCH
                cursor.execute(
                    f"SELECT seq, kind, article, hash, recorded_at, line FROM {TABLE} ORDER BY seq"
                )
                for seq, kind, article, digest, recorded_at, line in cursor:
                    record = checker.check(seq, line.encode())
                    own = getattr(record.event, "article", None) if kind == "article-ingested" else None
                    if (record.kind, record.hash, record.recorded_at, own) != (
                        kind,
                        digest,
                        recorded_at,
                        article,
                    ):
                        raise CorruptLogError(self.location, seq, "the row's columns do not match its line")
        if checker.open_batch is not None:
            raise CorruptLogError(self.location, checker.seq, "the last batch is unfinished")
        if since is not None:
            check_extends(self.location, since, checker.seq, checker.watched)
        return VerifyReport(events=checker.seq, last_hash=checker.prev)

    # -- writing -----------------------------------------------------------

    @contextlib.contextmanager
    def writer(self, *, timeout: float = 30.0) -> Iterator[PostgresWriter]:
        """A writer on one connection; each append takes the lock for its own transaction."""
        conn = self._connect()
        try:
            writer = PostgresWriter(self, conn, timeout)
            writer.ensure_schema()
            yield writer
        finally:
            conn.close()


class PostgresWriter:
    """Appends batches, one transaction and one advisory lock each (made by ``PostgresLog.writer``)."""

    def __init__(self, log: PostgresLog, conn: Any, timeout: float) -> None:  # noqa: ANN401
        """Keep the connection; no lock is held between appends."""
        self.log = log
        self.conn = conn
        self.timeout = timeout
        self.recovered: list[str] = []  # a transaction leaves nothing to recover

    def ensure_schema(self) -> None:
        """Create the table, index and triggers when missing (needs CREATE on the schema then only).

        A table made before rows were checked on insert gets that check
        when its owner opens it for writing (others cannot add triggers).
        """
        psycopg = _psycopg()
        try:
            with self.conn.transaction():
                if self.conn.execute("SELECT to_regclass(%s) IS NOT NULL", (TABLE,)).fetchone()[0]:
                    if self._needs_insert_check():
                        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                        if self._needs_insert_check():
                            self.conn.execute(INSERT_CHECK)
                    return
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                self.conn.execute(SCHEMA)
                self.conn.execute(INSERT_CHECK)
        except psycopg.Error as exc:
            msg = (
                f"cannot create the log's table in {self.log.location}: {scrub(one_line(exc), self.log.url)}"
            )
            raise LogError(msg) from exc

    def _needs_insert_check(self) -> bool:
        """Whether the table lacks the insert check and this role owns it (so may add it)."""
        row = self.conn.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = c.oid AND tgname = %s)"
            " AND pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = to_regclass(%s)",
            (f"{TABLE}_check_insert", TABLE),
        ).fetchone()
        return bool(row and row[0])

    def append(self, events: Iterable[Event], *, recorded_at: str) -> Sequence[Record]:
        """Append events as one batch in one transaction; articles already in the log are left out.

        Two writers may extract the same article at once; the one that comes
        second finds it under the lock and drops that article's events.
        """
        psycopg = _psycopg()
        events = list(events)
        if not events:
            return []
        try:
            with self.conn.transaction():
                self.conn.execute(f"SET LOCAL lock_timeout = '{int(self.timeout * 1000)}ms'")
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                events = self._unknown(events)
                if not events:
                    return []
                last = self.conn.execute(
                    f"SELECT seq, hash FROM {TABLE} ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                seq, prev = last or (0, GENESIS)
                lines, records = envelopes(
                    events, seq=seq, prev=prev, recorded_at=recorded_at, path=self.log.location
                )
                self._insert(lines, records)
        except psycopg.errors.LockNotAvailable as exc:
            msg = (
                f"another timeline process has been writing to {self.log.location} for {self.timeout:g}s; "
                "wait for it to finish, or raise TIMELINE_LOCK_TIMEOUT"
            )
            raise LockTimeoutError(msg) from exc
        except psycopg.Error as exc:
            msg = f"could not append to {self.log.location}: {scrub(one_line(exc), self.log.url)}"
            raise LogError(msg) from exc
        return records

    def append_lines(self, lines: Iterable[bytes]) -> int:
        """Append lines exactly as they are, into an empty log, in one transaction (for ``copy``).

        Every line is checked as ``verify`` would before it is written; a bad
        line or an unfinished last batch rolls the whole copy back.
        """
        psycopg = _psycopg()
        checker = ChainChecker(self.log.location)
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
                if self.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {TABLE})").fetchone()[0]:
                    msg = f"{self.log.location} already holds events; copy needs an empty log"
                    raise LogError(msg)
                columns = "seq, kind, article, hash, recorded_at, line"
                with (
                    self.conn.cursor() as cursor,
                    cursor.copy(f"COPY {TABLE} ({columns}) FROM STDIN") as copy,
                ):
                    for number, raw in enumerate(lines, start=1):
                        record = checker.check(number, raw)
                        copy.write_row(_row(record, raw.decode()))
                if checker.open_batch is not None:
                    msg = f"the lines to copy end inside a batch at event {checker.seq}"
                    raise LogError(msg)
        except psycopg.Error as exc:
            msg = f"could not copy into {self.log.location}: {scrub(one_line(exc), self.log.url)}"
            raise LogError(msg) from exc
        return checker.seq

    def _unknown(self, events: list[Event]) -> list[Event]:
        articles = [e.article for e in events if isinstance(e, ArticleIngested)]
        if not articles:
            return events
        rows = self.conn.execute(
            f"SELECT article FROM {TABLE} WHERE kind = 'article-ingested' AND article = ANY(%s)", (articles,)
        )
        known = {row[0] for row in rows}
        if not known:
            return events
        return [e for e in events if not (e.kind in _OWN_ROWS and getattr(e, "article", None) in known)]

    def _insert(self, lines: list[str], records: Sequence[Record]) -> None:
        columns = "seq, kind, article, hash, recorded_at, line"
        with self.conn.cursor() as cursor, cursor.copy(f"COPY {TABLE} ({columns}) FROM STDIN") as copy:
            for line, record in zip(lines, records, strict=True):
                copy.write_row(_row(record, line))


def _row(record: Record, line: str) -> tuple[object, ...]:
    article = record.event.article if isinstance(record.event, ArticleIngested) else None
    return (record.seq, record.kind, article, record.hash, record.recorded_at, line)
