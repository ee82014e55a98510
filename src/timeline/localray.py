"""A Ray started on this machine for one backfill, every process of which ends with that backfill.

``ray.init()`` with no cluster starts Ray's processes under the driver and
has the kernel kill its GCS and raylet when the driver dies. The raylet's two
helpers, the dashboard agent and the runtime-env agent, are the raylet's
children: a driver killed with SIGKILL leaves them orphaned, and each spends
a minute or more trying to tell the dead GCS before it exits.

So ``backfill`` with no cluster named starts Ray in a keeper, a process in a
session of its own (``python -m timeline.localray``): the keeper calls
``ray.init()``, writes the address on its stdout, then reads its stdin, a pipe
from the driver. The pipe closes when the driver ends, cleanly or killed; the
keeper then kills its process group, which is that Ray's processes and nothing
else (Ray's workers, in groups of their own, end with their raylet). The
session of its own also keeps Ray out of the terminal's foreground group, so
Ctrl-C reaches the driver alone, which finishes its batch and stops Ray.

Ray is imported by the keeper only; the driver connects to the address.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import ClusterError

AUTH_MODE = "RAY_AUTH_MODE"
_ADDRESS = "address "
_FAILED = "failed "


@contextlib.contextmanager
def started() -> Iterator[str]:
    """Ray started on this machine (every core), for the block; yields its GCS address.

    When the block ends, or this process dies however, every process of that
    Ray is killed.

    Raises:
        ClusterError: Ray could not be started.

    """
    # Ray's ray.init() turns token authentication on for a Ray it starts, in its
    # own environment; the keeper and this process must agree, so it is set here.
    os.environ.setdefault(AUTH_MODE, "token")
    keeper = subprocess.Popen(
        [sys.executable, "-m", "timeline.localray"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert keeper.stdin is not None
    assert keeper.stdout is not None
    try:
        yield _address(keeper.stdout)
    finally:
        keeper.stdin.close()  # the keeper's cue: it kills Ray, and itself with it
        keeper.wait()


def _address(lines: Iterable[str]) -> str:
    """The address the keeper gives, or why Ray did not start (lines of Ray's own before it are passed over).

    Raises:
        ClusterError: the keeper said it failed, or ended without a word.

    """
    reason = "the keeper process ended before Ray was up"
    for line in lines:
        if line.startswith(_ADDRESS):
            return line.removeprefix(_ADDRESS).strip()
        if line.startswith(_FAILED):
            reason = line.removeprefix(_FAILED).strip()
            break
    msg = f"cannot start Ray on this machine: {reason}"
    raise ClusterError(msg)


def keep() -> None:
    """The keeper: start Ray, say where it is, and kill its process group when stdin closes."""
    try:
        ray = importlib.import_module("ray")
        ray.init(address="local", include_dashboard=False, logging_level="warning", log_to_driver=False)
        said = _ADDRESS + str(ray.get_runtime_context().gcs_address)
    except Exception as exc:  # noqa: BLE001 - whatever stopped Ray is told to the driver, in one line
        said = _FAILED + f"{type(exc).__name__}: {exc}".replace("\n", " ")
    sys.stdout.write(said + "\n")
    sys.stdout.flush()
    with Path(os.devnull).open("w") as sink:  # nobody reads the pipe now: Ray must never block on it
        os.dup2(sink.fileno(), sys.stdout.fileno())
    sys.stdin.buffer.read()  # returns when the driver closes the pipe or dies
    os.killpg(0, signal.SIGKILL)


if __name__ == "__main__":
    keep()
