"""A corpus of hostile and odd article inputs, each with the outcome the CLI must give.

``refused``: exit 1, one ``Error: <file>: <reason>`` line containing ``expect``,
nothing appended. ``accepted``: exit 0 and the article is in the log; ``expect``
(when given) must appear in the warnings on stderr.
"""

from __future__ import annotations

import gzip
import io
import zipfile

import attrs

BODY = b"U.S. Secretary of State Antony Blinken met Japanese Foreign Minister Takeshi Iwaya on Thursday.\n"
HEADER = b"published: 2024-11-14\n\n"


@attrs.frozen
class Case:
    """One kind of input and what must happen to it."""

    name: str
    data: bytes
    outcome: str  # "refused" | "accepted"
    expect: str = ""


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", BODY)
    return buffer.getvalue()


CASES: tuple[Case, ...] = (
    Case("empty", b"", "refused", "is empty"),
    Case("whitespace-only", b"   \t  \n  ", "refused", "only whitespace"),
    Case("newlines-only", b"\n\n\n\n", "refused", "only whitespace"),
    Case("png-image", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "refused", "a PNG image"),
    Case("jpeg-image", b"\xff\xd8\xff\xe0" + bytes(64), "refused", "a JPEG image"),
    Case("gif-image", b"GIF89a" + bytes(64), "refused", "a GIF image"),
    Case("pdf-document", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "refused", "a PDF document"),
    Case("zip-archive", _zip(), "refused", "a ZIP archive"),
    Case("gzip-data", gzip.compress(BODY), "refused", "gzip-compressed"),
    Case("elf-executable", b"\x7fELF\x02\x01\x01" + bytes(64), "refused", "an executable"),
    Case("invalid-utf8-start", b"\xff\xfe\xfd" + BODY, "refused", "UTF-16"),
    Case(
        "invalid-utf8-start-byte", b"\xc3" + BODY, "refused", "not valid UTF-8: byte 0xc3 at line 1, column 1"
    ),
    Case("invalid-utf8-middle", HEADER + b"Caf\xe9 diplomacy.\n" + BODY, "refused", "line 3, column 4"),
    Case("invalid-utf8-end", HEADER + BODY + b"\xe2\x82", "refused", "not valid UTF-8"),
    Case(
        "latin1-file",
        "published: 2024-11-14\n\nMélanie Joly a rencontré Blinken.\n".encode("latin-1"),
        "refused",
        "re-save the file as UTF-8",
    ),
    Case("utf16-le-bom", b"\xff\xfe" + (HEADER + BODY).decode().encode("utf-16-le"), "refused", "UTF-16"),
    Case("utf16-be-bom", b"\xfe\xff" + (HEADER + BODY).decode().encode("utf-16-be"), "refused", "UTF-16"),
    Case("utf16-no-bom", (HEADER + BODY).decode().encode("utf-16-le"), "refused", "NUL byte"),
    Case("nul-byte", HEADER + b"Blinken\x00met Iwaya.\n", "refused", "NUL byte at line 3"),
    Case("binary-noise", bytes((i * 37 + 11) % 32 for i in range(2000)), "refused", "binary"),
    Case("oversized-single-line", b"a" * (5 * 1024 * 1024 + 1), "refused", "over the 5 MiB limit"),
    Case(
        "header-without-body",
        b"title: Talks\npublished: 2024-11-14\n\n",
        "refused",
        "header but no article text",
    ),
    Case(
        "front-matter-unclosed",
        b"---\ntitle: Talks\npublished: 2024-11-14\n" + BODY,
        "refused",
        "never closed",
    ),
    Case("front-matter-empty-body", b"---\ntitle: Talks\n---\n\n", "refused", "header but no article text"),
    Case(
        "front-matter-not-key-value", b"---\njust some words\n---\n" + BODY, "refused", "is not `key: value`"
    ),
    Case("impossible-date", b"published: 2023-02-30\n\n" + BODY, "refused", "does not exist"),
    Case("impossible-month", b"published: 2024-13-01\n\n" + BODY, "refused", "does not exist"),
    Case("unparseable-date", b"published: last Tuesday\n\n" + BODY, "refused", "not ISO 8601"),
    Case("bad-datetime", b"published: 2024-11-14T25:99:00\n\n" + BODY, "refused", "not valid ISO 8601"),
    Case("utf8-bom", b"\xef\xbb\xbf" + HEADER + BODY, "accepted"),
    Case("crlf-line-endings", (HEADER + BODY).replace(b"\n", b"\r\n"), "accepted"),
    Case("cr-only-line-endings", (HEADER + BODY).replace(b"\n", b"\r"), "accepted"),
    Case("unknown-header-key", b"mood: tense\n" + HEADER + BODY, "accepted", "unknown header key 'mood'"),
    Case("repeated-header-key", b"source: A\nsource: B\n" + HEADER + BODY, "accepted", "repeated"),
    Case("far-future-date", b"published: 2999-01-01\n\n" + BODY, "accepted", "in the future"),
    Case("before-1900-date", b"published: 1815-06-18\n\n" + BODY, "accepted", "before 1900"),
    Case("datetime-with-zone", b"published: 2024-11-14T23:30:00-05:00\n\n" + BODY, "accepted"),
    Case("no-published-date", BODY, "accepted", "no published date"),
    Case("html-markup", HEADER + b"<html><body><p>" + BODY + b"</p></body></html>\n", "accepted", "markup"),
    Case(
        "markdown-markup",
        HEADER + b"# Talks\n\n**U.S.** Secretary of State _Antony Blinken_ met Takeshi Iwaya.\n",
        "accepted",
    ),
    Case(
        "right-to-left-text",
        HEADER + "التقى وزير الخارجية الأمريكي أنتوني بلينكن بنظيره الياباني.\n".encode(),
        "accepted",
    ),
    Case(
        "emoji-in-names",
        HEADER + "Foreign Minister Park 🇰🇷 Jin met Antony Blinken 😀 on Thursday.\n".encode(),
        "accepted",
    ),
    Case(
        "control-characters-in-names",
        HEADER + b"Foreign Minister Park\x07 Jin met Antony\x1b[31m Blinken.\n",
        "accepted",
    ),
    Case(
        "script-in-names",
        HEADER
        + b"Foreign Minister <script>alert(1)</script> Park Jin met U.S. Secretary of State Antony Blinken on Thursday.\n",
        "accepted",
    ),
    Case(
        "formula-in-names",
        HEADER
        + b'Foreign Minister =HYPERLINK("http://x") Park met U.S. Secretary of State Antony Blinken on Thursday.\n',
        "accepted",
    ),
    Case(
        "zero-width-and-nbsp",
        HEADER + "Antony\u200b Blinken met\u00a0Takeshi Iwaya on Thursday.\n".encode(),
        "accepted",
    ),
    # 200 KB in one line: 100 pieces for the parse stage. Whether time grows with length alone is the
    # benchmark's question (bench/__main__.py, real text at 0.5 and 2 MB), not a unit test's.
    Case("long-single-line", HEADER + (b"Blinken met Iwaya and Park. " * 7000), "accepted"),
    Case("long-run-of-titles", HEADER + b"Foreign Minister " * 4000 + BODY, "accepted"),
    Case("long-run-of-capitals", HEADER + b"Alpha Beta Gamma Delta " * 5000 + BODY, "accepted"),
    Case("nested-quotes", HEADER + b'"' * 3000 + b"'" * 3000 + BODY, "accepted"),
    Case("abbreviation-storm", HEADER + b"U.S. U.N. Nov. Oct. Mr. Dr. S. " * 3000 + BODY, "accepted"),
)
