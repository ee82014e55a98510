"""Files the user names for output: what is at the path decides how it is written (output.write_output)."""

from __future__ import annotations

import os
import select
import stat
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline import output
from timeline.cli import cli
from timeline.errors import OutputError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("output") / "events"
    result = CliRunner().invoke(cli, ["--log", str(folder), "ingest", "-q", str(ROOT / "seeds")])
    assert result.exit_code == 0, result.stderr
    return folder


def html(log: Path, target: Path | str) -> Result:
    return CliRunner().invoke(cli, ["--log", str(log), "html", "-o", str(target)])


@pytest.fixture
def no_rename_over_devices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: a rename onto a device or FIFO fails the test instead of replacing it (never touch /dev/null)."""
    real_replace, real_rename = os.replace, os.rename

    def guarded(real: object) -> object:
        def move(src: object, dst: object, *args: object, **kwargs: object) -> None:
            mode = os.stat(dst).st_mode if os.path.exists(dst) else 0  # type: ignore[arg-type]  # noqa: PTH110
            if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode):
                msg = f"a rename onto the device {dst}"
                raise AssertionError(msg)
            real(src, dst, *args, **kwargs)  # type: ignore[operator]

        return move

    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "rename", guarded(real_rename))


def drain(fd: int, got: list[bytes], seconds: float = 60) -> None:
    """Read a FIFO until its writer has written something and closed it."""
    deadline = time.monotonic() + seconds
    poller = select.poll()  # not select.select: in a long test run the descriptor may be past 1024
    poller.register(fd, select.POLLIN | select.POLLHUP)
    while time.monotonic() < deadline:
        if not poller.poll(100):
            continue
        chunk = os.read(fd, 1 << 16)
        if chunk:
            got.append(chunk)
        elif got:
            return
        else:
            time.sleep(0.05)  # no writer yet


@pytest.mark.usefixtures("no_rename_over_devices")
def test_a_fifo_is_written_through_and_stays_a_fifo(log: Path, tmp_path: Path) -> None:
    """html -o FIFO: the page goes down the pipe to its reader; the FIFO is not replaced by a file."""
    fifo = tmp_path / "page.fifo"
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    got: list[bytes] = []
    reader = threading.Thread(target=drain, args=(fd, got))
    reader.start()
    try:
        result = html(log, fifo)
    finally:
        reader.join()
        os.close(fd)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    page = b"".join(got)
    assert page.lower().startswith(b"<!doctype html>")
    assert page.rstrip().endswith(b"</html>")


def test_a_fifo_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    """With no reader the write would wait for ever: refused with a clear reason, the FIFO left alone."""
    fifo = tmp_path / "page.fifo"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="nothing is reading"):
        output.write_output(fifo, "<html></html>")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.usefixtures("no_rename_over_devices")
def test_dev_null_stays_a_character_device(log: Path) -> None:
    """html -o /dev/null writes into it; it stays the character device it was."""
    result = html(log, "/dev/null")
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symlink_is_followed_and_kept(log: Path, tmp_path: Path) -> None:
    """html -o link.html: the link stays a link and the file it points to holds the new page."""
    real = tmp_path / "pages" / "real.html"
    real.parent.mkdir()
    real.write_text("stale", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    result = html(log, link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").lower().startswith("<!doctype html>")


def test_a_dangling_symlink_gets_its_target_made(tmp_path: Path) -> None:
    """A link to a file not yet there: the file is made where the link points; the link stays."""
    link = tmp_path / "link.html"
    target = tmp_path / "made.html"
    link.symlink_to(target)
    output.write_output(link, "<html></html>")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "<html></html>"


def test_a_directory_is_refused(log: Path, tmp_path: Path) -> None:
    """html -o DIR, and a link to a directory: refused, nothing written into or over it."""
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "to-folder"
    link.symlink_to(folder)
    for target in (folder, link):
        result = html(log, target)
        assert result.exit_code in {1, 2}
        assert "Traceback" not in result.stderr
        assert "directory" in result.stderr
    assert list(folder.iterdir()) == []
    assert link.is_symlink()
    with pytest.raises(OutputError, match="is a directory"):
        output.write_output(folder, "x")


def test_a_planted_temporary_name_is_not_followed(log: Path, tmp_path: Path) -> None:
    """A symlink waiting at the old fixed temporary name (.page.html.tmp) is neither written through nor moved in."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / ".page.html.tmp").symlink_to(victim)
    result = html(log, tmp_path / "page.html")
    assert result.exit_code == 0, result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "page.html").is_symlink()
    assert (tmp_path / "page.html").read_text(encoding="utf-8").lower().startswith("<!doctype html>")


def test_a_regular_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    """An existing page is replaced in one rename, keeping its permissions; no temporary file is left."""
    page = tmp_path / "page.html"
    page.write_text("old", encoding="utf-8")
    page.chmod(0o640)
    output.write_output(page, "new")
    assert page.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_a_block_device_or_socket_is_refused(tmp_path: Path) -> None:
    """Never write a page over a disk or into a socket."""
    import socket  # noqa: PLC0415

    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(OutputError, match="socket"):
            output.write_output(path, "x")
    disks = [p for p in (Path("/dev/loop0"), Path("/dev/sda"), Path("/dev/vda")) if p.exists() and p.is_block_device()]
    for disk in disks[:1]:
        with pytest.raises(OutputError, match="block device"):
            output.write_output(disk, "x")
