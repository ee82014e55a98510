"""Backfill: a large archive read on Ray, appended to the log by one writer, as ``ingest`` appends.

Owns what ``timeline backfill`` adds to ``ingest``:

- the archive, streamed: a directory tree (``*.txt`` and ``*.md`` as
  ``ingest`` reads them, ``*.txt.gz`` and ``*.md.gz`` too, and JSON-lines
  files ``*.jsonl`` / ``*.jsonl.gz`` of ``{text, published, source, url,
  title}`` records), a glob, or one JSON-lines file; it is walked once to
  count it and once to read it, and never held whole;
- extraction on Ray: one actor per CPU of the cluster, each with the spaCy
  pipeline loaded once, fed chunks of articles with a bounded number in
  flight (the writer's pace is the backpressure); an actor that dies is
  restarted by Ray, and the articles it held are read again one at a time,
  so only an article that kills its worker fails;
- a report of what failed, one JSON line per article (input, reason).

Everything else is ``ingestion.run_inputs``, the pipeline of ``ingest``:
articles the log already holds are skipped before extraction (their ids from
the log's index), the rest are appended in input order, whole batches under
the log's lock, each article once; so a run killed at any moment and started
again completes the archive with nothing lost or doubled.

Ray is optional (``pip install 'timeline[cluster]'``) and loaded only here.
"""

from __future__ import annotations

import contextlib
import glob
import gzip
import importlib
import importlib.util
import io
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import attrs
import pendulum

from timeline import article, ingestion, localray
from timeline.article import Article
from timeline.errors import ArticleError, ClusterError
from timeline.ingestion import Note, Options, Source, Summary
from timeline.storage import EventLog

CHUNK_ARTICLES = 16  # articles per Ray task: a few tens of milliseconds of work, far above a task's cost
IN_FLIGHT_PER_WORKER = 3  # chunks queued per actor: it never waits for the driver, memory stays bounded
ALONE_TRIES = 2  # an article read alone fails when its worker died this many times reading it
RESTART_WAIT = 300.0  # seconds to wait for Ray to restart a dead worker before the backfill stops
WINDOW = 512  # inputs held behind an unfinished chunk before a part-filled chunk is sent
ARTICLE_SUFFIXES = (".txt", ".md")
GZIP_ARTICLE_SUFFIXES = (".txt.gz", ".md.gz")
RECORD_SUFFIXES = (".jsonl", ".jsonl.gz")
RECORD_KEYS = ("text", "published", "source", "url", "title")
_GLOB_CHARACTERS = frozenset("*?[")


@attrs.frozen(kw_only=True)
class Settings:
    """How a backfill runs, besides the archive and the log."""

    address: str | None = None  # None: RAY_ADDRESS when set, else a Ray started on this machine
    workers: int | None = None  # None: one per CPU of the cluster
    batch_size: int = ingestion.BATCH_ARTICLES
    timeout: float = 30.0
    today: pendulum.Date | None = None


def run(  # noqa: PLR0913 - the log, the archive, and the caller's hooks
    log: EventLog,
    sources: Sequence[str | Path],
    *,
    settings: Settings,
    now: Callable[[], str],
    tell: Callable[[Note], None],
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Read an archive on Ray and append its articles to the log (``timeline backfill``).

    Args:
        log: the event log to append to.
        sources: directories, globs, JSON-lines files (gzip or not), article files.
        settings: the cluster, the workers, the batch size, the lock timeout, today.
        now: the record time of the next batch.
        tell: receives every note (errors: an article refused or failed), in archive order.
        progress: called after each article is dealt with.

    Returns:
        The counts, as ``ingest``'s; ``interrupted`` when Ctrl-C stopped it.

    Raises:
        ClusterError: Ray is not installed, or the cluster cannot be reached.
        TimelineError: the log cannot be locked, read or written.

    """
    total = sum(1 for _ in inputs(sources, count_only=True))
    options = Options(batch_size=settings.batch_size, timeout=settings.timeout, today=settings.today)
    with _cluster(settings.address) as ray, _Actors(ray, settings.workers) as actors:
        return ingestion.run_inputs(
            log,
            inputs(sources),
            total=total,
            resolver=actors.resolve,
            options=options,
            now=now,
            tell=tell,
            progress=progress,
        )


# -- the archive ---------------------------------------------------------------------------------


def inputs(sources: Iterable[str | Path], *, count_only: bool = False) -> Iterator[tuple[str, Source]]:
    """Every article of the archive, in a stable order: (name, file | article | refusal).

    A directory gives its files sorted as ``ingest`` sorts them (by path
    components); a glob gives its matches sorted; a JSON-lines file gives its
    records in order, each named ``path:line``. With ``count_only`` the
    records are counted, not parsed (each yields a None source).
    """
    for given in sources:
        text = str(given)
        path = Path(text)
        if not path.exists() and _GLOB_CHARACTERS & set(text):
            matches = sorted(glob.glob(text, recursive=True))  # noqa: PTH207 - a pattern the user typed
            if not matches:
                yield text, ArticleError(text, "the pattern matches no file")
            for match in matches:
                yield from _inputs_of(Path(match), count_only=count_only)
        elif path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from _inputs_of(file, count_only=count_only)
            if not found:
                yield (
                    text,
                    ArticleError(text, "directory holds no articles (*.txt, *.md, *.jsonl, gzipped or not)"),
                )
        else:
            yield from _inputs_of(path, count_only=count_only)


def _walk(directory: Path) -> Iterator[Path]:
    """The archive's files below ``directory``, depth first, each folder's entries sorted by name.

    That is the order of ``sorted(directory.rglob(...))`` (paths compare by
    their components), without holding every name at once.
    """
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):  # a link to a folder above would never end
            yield from _walk(path)
        elif entry.is_file() and _kind(path) is not None:
            yield path


def _kind(path: Path) -> str | None:
    name = path.name
    if name.endswith(RECORD_SUFFIXES):
        return "records"
    if name.endswith(GZIP_ARTICLE_SUFFIXES):
        return "gzip"
    if path.suffix in ARTICLE_SUFFIXES:
        return "article"
    return None


def _inputs_of(path: Path, *, count_only: bool) -> Iterator[tuple[str, Source]]:
    kind = _kind(path)
    if kind == "records":
        yield from _records(path, count_only=count_only)
    elif kind == "gzip" and not count_only:
        yield str(path), _gzip_article(path)
    else:  # a plain file (or anything named explicitly): read and refused, or not, as ingest does
        yield str(path), None if count_only else path


def _gzip_article(path: Path) -> Article | ArticleError:
    """A gzipped article file, read as ``ingest`` reads an article file."""
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(article.MAX_BYTES + 1)
    except (OSError, EOFError) as exc:
        return ArticleError(str(path), f"cannot be read as gzip ({exc})")
    if len(data) > article.MAX_BYTES:
        return ArticleError(
            str(path), f"holds more than the {article.MAX_BYTES // 1048576} MiB limit for one article"
        )
    name = path.name.removesuffix(".gz")
    try:
        return article.from_bytes(data, source_name=str(path), filename=name)
    except ArticleError as exc:
        return exc


def _records(path: Path, *, count_only: bool) -> Iterator[tuple[str, Source]]:
    """The records of a JSON-lines file (gzip when it ends in .gz), one article each; blank lines skipped."""
    try:
        handle: io.BufferedIOBase = gzip.open(path, "rb") if path.name.endswith(".gz") else path.open("rb")  # noqa: SIM115
    except OSError as exc:
        yield str(path), ArticleError(str(path), f"cannot be read ({exc.strerror})")
        return
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                name = f"{path}:{number}"
                yield name, None if count_only else from_record(line, name, path.name)
        except (OSError, EOFError) as exc:  # a truncated or damaged gzip stream: what came before stays
            yield (
                f"{path}:{number + 1}",
                ArticleError(f"{path}:{number + 1}", f"cannot be read further ({exc})"),
            )


def from_record(line: bytes, name: str, filename: str) -> Article | ArticleError:  # noqa: PLR0911 - a refusal each
    """One JSON-lines record ``{text, published, source, url, title}`` as an article, or why it is refused.

    The text is the article's body (no header is looked for in it), so its id
    is the id the same body has when ingested from a file.
    """
    if len(line) > article.MAX_BYTES:
        return ArticleError(name, f"is over the {article.MAX_BYTES // 1048576} MiB limit for one article")
    try:
        record = json.loads(line)
    except ValueError as exc:
        return ArticleError(name, f"is not JSON ({exc})")
    if not isinstance(record, dict):
        return ArticleError(name, f"is not a JSON object but {type(record).__name__}")
    fields = {key: record.get(key) for key in RECORD_KEYS}
    wrong = [key for key, value in fields.items() if not isinstance(value, str | None)]
    if wrong or not isinstance(fields["text"], str):
        return ArticleError(
            name, f'needs "text" as a string, and {", ".join(RECORD_KEYS[1:])} as strings or null'
        )
    body = article.normalize(fields["text"])
    if not body:
        return ArticleError(name, '"text" is empty')
    try:
        published = (
            article.parse_published(fields["published"], name, "published") if fields["published"] else None
        )
    except ArticleError as exc:
        return exc
    header = {key: value for key, value in fields.items() if key != "text" and value is not None}
    return Article(
        id=article.article_id(body),
        text=body,
        title=fields["title"],
        source=fields["source"],
        url=fields["url"],
        published=published,
        filename=filename,
        header=header,
    )


# -- the report ----------------------------------------------------------------------------------


class Report:
    """The report file: one JSON line per article that failed or was refused (``input``, ``reason``).

    Made new by each run (a run reads again what failed before); written as
    failures come, so a run that is killed keeps what it found.
    """

    def __init__(self, path: Path) -> None:
        """Start the report (empty until something fails).

        Raises:
            OSError: the file cannot be written.

        """
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = path.open("w", encoding="utf-8")
        self.count = 0

    def add(self, note: Note) -> None:
        """Write one failure (notes other than errors are not failures, and are left out)."""
        if note.level != "error":
            return
        entry = {"input": note.name, "reason": note.message}
        if note.detail:
            entry["traceback"] = note.detail
        self.handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.handle.flush()
        self.count += 1

    def close(self) -> None:
        """Close the file."""
        self.handle.close()


# -- Ray -----------------------------------------------------------------------------------------


def _ray() -> Any:  # noqa: ANN401 - the module, imported only when a backfill runs
    _installed()
    return importlib.import_module("ray")


def _installed() -> None:
    """Check that Ray is installed, without importing it.

    Raises:
        ClusterError: it is not.

    """
    if importlib.util.find_spec("ray") is None:
        msg = "backfill needs Ray: pip install 'timeline[cluster]'"
        raise ClusterError(msg)


@contextlib.contextmanager
def _cluster(address: str | None) -> Iterator[Any]:
    """Ray, connected: to ``address``, else RAY_ADDRESS, else a Ray started here (and stopped after).

    A Ray the caller connected already is used as it is, and left running. A
    Ray started here is ``localray``'s, whose processes all end with this one
    (``ray.init()`` would rather join a Ray that ``ray start`` left on this
    machine, anyone's; ``--address auto`` still asks for that). It is started
    before Ray is imported here, as Ray reads its authentication mode once, on
    import.
    """
    _installed()
    address = address or os.environ.get("RAY_ADDRESS") or None
    with contextlib.ExitStack() as stack:
        if address is None and not _connected():
            address = stack.enter_context(localray.started())
        ray = _ray()
        if ray.is_initialized():
            yield ray
            return
        assert address is not None
        _connect(ray, address)
        stack.callback(ray.shutdown)
        yield ray


def _connected() -> bool:
    """Whether this process is connected to a Ray already (without importing Ray when it is not)."""
    ray = sys.modules.get("ray")
    return ray is not None and bool(ray.is_initialized())


def _connect(ray: Any, address: str) -> None:  # noqa: ANN401 - the ray module
    """Connect to the cluster at ``address`` (``ray://`` through Ray Client, else the GCS).

    Raises:
        ClusterError: it cannot be reached.

    """
    for attempt in range(1, _CLIENT_ATTEMPTS + 1):
        try:
            ray.init(address=address, logging_level="warning", log_to_driver=False)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            late = address.startswith("ray://") and _server_late(str(exc))
            if late and attempt < _CLIENT_ATTEMPTS:
                time.sleep(_CLIENT_PAUSE * attempt)  # one server per client: on a busy head, late
                continue
            msg = f"cannot reach the Ray cluster at {address}: {exc}{_auth_hint(address, os.environ)}"
            raise ClusterError(msg) from exc
        return


# Ray Client's head starts a server process for each client that connects; on a loaded head it may
# not be up in time, and the connection fails with one of these although the cluster is there: the
# server did not answer, or the head looked at it while it was still a zombie of an earlier start
# (psutil's ZombieProcess raised inside the head's ``start_specific_server``).
_CLIENT_SERVER_LATE = ("Starting Ray client server failed", "start_specific_server")
_CLIENT_ATTEMPTS = 3
_CLIENT_PAUSE = 2.0  # seconds, times the attempt's number


def _server_late(message: str) -> bool:
    """Whether a failed Ray Client connection is the head's server for this client not up in time."""
    return any(sign in message for sign in _CLIENT_SERVER_LATE)


def _auth_hint(address: str, environ: Mapping[str, str]) -> str:
    """What a failed Ray Client connection may lack: Ray's token, which it sends only when told to.

    A cluster started by ``ray start`` asks for a token by default; Ray Client
    sends none, and only times out, unless RAY_AUTH_MODE=token is set.
    """
    if not address.startswith("ray://") or environ.get(localray.AUTH_MODE, "").lower() == "token":
        return ""
    return (
        f" (if the cluster uses token authentication, Ray's default, set {localray.AUTH_MODE}=token"
        " and give its token in RAY_AUTH_TOKEN or ~/.ray/auth_token)"
    )


class Reader:
    """A Ray actor: the extractor with its spaCy pipeline, loaded once, reading chunks of articles."""

    def __init__(self) -> None:
        """Load the pipeline now, so every worker loads it at once, before the first chunk comes."""
        from timeline.extract import nlp  # noqa: PLC0415 - spaCy in the workers only

        nlp()

    def pid(self) -> int:
        """The worker's process id (the tests kill it)."""
        return os.getpid()

    def extract(self, items: list[Article]) -> list[Any]:
        """Each article extracted, or its failure with the traceback: ``ingestion.outcome``."""
        return [ingestion.outcome(item) for item in items]


@attrs.define
class _Chunk:
    slots: list[Any]  # ingestion's slots, in order
    ref: Any  # the Ray object reference of the result
    future: Any  # the same, as a concurrent future (done() is cheap)
    actor: int


class _Actors:
    """Reader actors (one per CPU, or ``workers``), and the order-keeping resolver over them."""

    def __init__(self, ray: Any, workers: int | None) -> None:  # noqa: ANN401 - the ray module
        self.ray = ray
        self.count = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.actors: list[Any] = []
        self.busy: list[int] = []

    def __enter__(self) -> Self:
        """The pool, with no actor yet: they start with the first article to extract."""
        return self

    def _start(self) -> None:
        """Start the actors (their model loads begin at once, in parallel).

        Only when an article needs extracting: a run that finds every article
        in the log already never loads a model.
        """
        if not self.actors:
            remote = self.ray.remote(num_cpus=1, max_restarts=-1, max_task_retries=0)(Reader)
            self.actors = [remote.remote() for _ in range(self.count)]
            self.busy = [0] * self.count

    def __exit__(self, *_: object) -> None:
        """Stop the actors (Ray would when the driver ends; a driver that goes on frees their CPUs now)."""
        for actor in self.actors:
            with contextlib.suppress(Exception):
                self.ray.kill(actor)
        self.actors = []

    def _submit(self, slots: list[Any]) -> _Chunk:
        self._start()
        actor = min(range(self.count), key=self.busy.__getitem__)
        ref = self.actors[actor].extract.remote([slot.item for slot in slots])
        self.busy[actor] += 1
        return _Chunk(slots, ref, ref.future(), actor)

    def resolve(self, slots: Iterator[Any]) -> Generator[Any, None, None]:
        """The slots in their order, each waiting one extracted by an actor."""
        window: deque[Any] = deque()  # every slot not yet given back, in order
        filling: list[Any] = []
        flight: deque[_Chunk] = deque()
        for slot in slots:
            window.append(slot)
            if slot.waiting:
                filling.append(slot)
            if filling and (len(filling) >= CHUNK_ARTICLES or len(window) > WINDOW):
                flight.append(self._submit(filling))
                filling = []
            while flight and (flight[0].future.done() or len(flight) > IN_FLIGHT_PER_WORKER * self.count):
                self._settle(flight.popleft())
            yield from _ready(window)
        if filling:
            flight.append(self._submit(filling))
        while flight:
            self._settle(flight.popleft())
            yield from _ready(window)

    def _settle(self, chunk: _Chunk) -> None:
        """Wait for a chunk; when its actor died (or the result cannot come back), read its articles alone."""
        self.busy[chunk.actor] -= 1
        try:
            outcomes = self.ray.get(chunk.ref)
        except self.ray.exceptions.RayError:
            outcomes = [self._alone(slot.item) for slot in chunk.slots]
        for slot, result in zip(chunk.slots, outcomes, strict=True):
            slot.outcome = result

    def _alone(self, item: Article) -> Any:  # noqa: ANN401 - ingestion's outcome
        """One article in a task of its own, tried ``ALONE_TRIES`` times: an actor dying each time died of it.

        Each try goes to an actor that has just answered (one that died of
        something else is waited for until Ray has restarted it).
        """
        failure: BaseException | None = None
        for _ in range(ALONE_TRIES):
            actor = min(range(self.count), key=self.busy.__getitem__)
            self._alive(actor)
            try:
                [result] = self.ray.get(self.actors[actor].extract.remote([item]))
            except self.ray.exceptions.RayError as exc:
                failure = exc
                continue
            return result
        assert failure is not None
        return ingestion.worker_died(failure)

    def _alive(self, actor: int) -> None:
        """Wait for the actor to answer (Ray restarts a dead one, model and all), ``RESTART_WAIT`` s at most.

        Raises:
            ClusterError: it did not answer in time.

        """
        deadline = time.monotonic() + RESTART_WAIT
        while True:
            try:
                self.ray.get(self.actors[actor].pid.remote(), timeout=RESTART_WAIT)
            except self.ray.exceptions.RayError as exc:
                if time.monotonic() > deadline:
                    msg = f"a Ray worker was not back {RESTART_WAIT:g} s after it died: {exc}"
                    raise ClusterError(msg) from exc
                time.sleep(0.2)
            else:
                return


def _ready(window: deque[Any]) -> Iterator[Any]:
    while window and not window[0].waiting:
        yield window.popleft()


__all__ = ["Reader", "Report", "Settings", "from_record", "inputs", "run"]
