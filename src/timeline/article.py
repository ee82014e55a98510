"""Reading articles as users have them: bytes in, a checked ``Article`` out.

Owns the header formats of CONTRACT.md (``---`` front matter, or ``key: value``
lines ended by a blank line), the refusals (empty, binary, not UTF-8, too
large, impossible dates) and the normalisation whose hash is the article id.
Pure: the CLI reads the files and passes the bytes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import attrs
import pendulum

from timeline.errors import ArticleError, DateError

MAX_BYTES = 5 * 1024 * 1024
KNOWN_KEYS = frozenset({"title", "source", "url", "published", "dateline", "language"})
_KEY_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,40})[ \t]*:[ \t]*(.*)")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
)


@attrs.frozen(kw_only=True)
class Article:
    """An article's normalised body, its id and what its header said."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: pendulum.Date | None = None
    dateline: str | None = None
    language: str | None = None
    filename: str | None = None
    header: dict[str, str] = attrs.field(factory=dict)
    warnings: tuple[str, ...] = ()


def normalize(text: str) -> str:
    """The canonical body: NFC, ``\\n`` line ends, no trailing spaces, no outer blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def article_id(text: str) -> str:
    """Hash of the normalised text: the same article, whatever the file, has one id."""
    return hashlib.sha256(normalize(text).encode()).hexdigest()[:32]


def from_bytes(  # noqa: PLR0913 - the header options of CONTRACT.md
    data: bytes,
    *,
    source_name: str,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    filename: str | None = None,
) -> Article:
    """Check and parse one article; options fill what the header lacks.

    Args:
        data: the file's bytes.
        source_name: how to name the input in messages (a path, or ``<stdin>``).
        published: ``--published`` from the command line.
        source: ``--source`` from the command line.
        url: ``--url`` from the command line.
        filename: the file name to remember with the article.

    Raises:
        ArticleError: the input is refused; the reason says why and what to do.

    """
    text = _decode(data, source_name)
    header, body, warnings = _split_header(text, source_name)
    body = normalize(body)
    if not body:
        reason = "has a header but no article text" if header else "contains only whitespace"
        raise ArticleError(source_name, reason)
    date_text = header.get("published") or published
    date = None
    if date_text:
        where = "--published" if "published" not in header else f"line {header_line(text, 'published')}"
        date = parse_published(date_text, source_name, where)
    return Article(
        id=article_id(body),
        text=body,
        title=header.get("title"),
        source=header.get("source") or source,
        url=header.get("url") or url,
        published=date,
        dateline=header.get("dateline"),
        language=header.get("language"),
        filename=filename,
        header=header,
        warnings=tuple(warnings),
    )


def header_line(text: str, key: str) -> int:
    """1-based line number of ``key:`` in the header (for messages)."""
    for number, line in enumerate(text.split("\n"), start=1):
        match = _KEY_LINE.fullmatch(line.strip())
        if match and match.group(1).lower() == key:
            return number
    return 1


def parse_published(value: str, source_name: str, where: str) -> pendulum.Date:
    """A publication date or date-time in ISO 8601; the date as written is kept.

    Raises:
        ArticleError: not ISO 8601, or a day that does not exist.

    """
    value = value.strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", value)
    if not match:
        msg = f"{where}: published date {value!r} is not ISO 8601; write it like 2024-11-14"
        raise ArticleError(source_name, msg)
    year, month, day = (int(g) for g in match.groups())
    try:
        date = pendulum.date(year, month, day)
    except ValueError as exc:
        msg = f"{where}: published date {value!r} does not exist ({exc})"
        raise ArticleError(source_name, msg) from exc
    if len(value) > 10:
        try:
            pendulum.parse(value, strict=True)
        except (ValueError, pendulum.parsing.exceptions.ParserError) as exc:
            msg = f"{where}: published date-time {value!r} is not valid ISO 8601 ({exc})"
            raise ArticleError(source_name, msg) from exc
    return date


def parse_user_date(value: str) -> pendulum.Date:
    """A date typed on the command line (``YYYY-MM-DD``).

    Raises:
        DateError: not such a date.

    """
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not match:
        msg = f"{value!r} is not a date; write it like 2024-11-14"
        raise DateError(msg)
    try:
        return pendulum.date(*(int(g) for g in match.groups()))
    except ValueError as exc:
        msg = f"{value!r} is not a real date ({exc})"
        raise DateError(msg) from exc


def _decode(data: bytes, source_name: str) -> str:
    if not data:
        raise ArticleError(source_name, "is empty; an article needs text")
    if len(data) > MAX_BYTES:
        size = len(data) / (1024 * 1024)
        raise ArticleError(
            source_name, f"is {size:.1f} MiB, over the {MAX_BYTES // (1024 * 1024)} MiB limit for one article"
        )
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(source_name, f"is {what}, not text; save the article as UTF-8 text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(source_name, "is UTF-16 text; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    data = data.removeprefix(b"\xef\xbb\xbf")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise ArticleError(
            source_name,
            f"contains a NUL byte at line {line} (byte {nul}): binary data or UTF-16, not UTF-8 text",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ArticleError(
            source_name,
            f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line}, column {column} "
            f"(byte offset {exc.start}); re-save the file as UTF-8",
        ) from exc
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(8, len(text) // 100):
        raise ArticleError(source_name, f"looks like binary data ({controls} control characters), not text")
    return text


def _split_header(text: str, source_name: str) -> tuple[dict[str, str], str, list[str]]:
    """(header, body, warnings)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    warnings: list[str] = []
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start].strip() == "---":
        end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() in {"---", "..."}), None)
        if end is None:
            raise ArticleError(source_name, f"line {start + 1}: front matter opened with --- is never closed")
        header = _header_pairs(lines[start + 1 : end], start + 2, source_name, warnings, strict=True)
        return header, "\n".join(lines[end + 1 :]), warnings
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    block = lines[start:end]
    pairs = [_KEY_LINE.fullmatch(line.strip()) for line in block]
    if (
        block
        and end < len(lines)
        and all(pairs)
        and any(m.group(1).lower() in KNOWN_KEYS for m in pairs if m)
    ):
        header = _header_pairs(block, start + 1, source_name, warnings, strict=False)
        return header, "\n".join(lines[end + 1 :]), warnings
    return {}, text, warnings


def _header_pairs(
    lines: list[str], first: int, source_name: str, warnings: list[str], *, strict: bool
) -> dict[str, str]:
    header: dict[str, str] = {}
    for offset, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY_LINE.fullmatch(line.strip())
        if not match:
            if strict:
                raise ArticleError(
                    source_name,
                    f"line {first + offset}: front matter line is not `key: value`: {line.strip()[:60]!r}",
                )
            continue
        key, value = match.group(1).lower(), match.group(2).strip().strip("\"'")
        if key in header:
            warnings.append(f"line {first + offset}: header key {key!r} repeated; the later value is used")
        elif key not in KNOWN_KEYS:
            warnings.append(f"line {first + offset}: unknown header key {key!r} kept but not used")
        header[key] = value
    return header
