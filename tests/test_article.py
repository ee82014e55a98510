"""The article reader: headers, normalisation, and clear refusals."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.article import MAX_BYTES, article_id, from_bytes, normalize
from timeline.errors import ArticleError


def read(data: bytes, **options: str) -> object:
    return from_bytes(data, source_name="story.txt", **options)


def test_plain_header_lines_then_blank_line() -> None:
    """`key: value` lines ended by a blank line are the header; the rest is the body."""
    item = read(b"source: Wire\npublished: 2024-11-14\n\nBlinken met Cho.\n")
    assert item.source == "Wire"
    assert item.published == pendulum.date(2024, 11, 14)
    assert item.text == "Blinken met Cho."


def test_front_matter_header() -> None:
    """--- front matter works the same, and quotes around values are dropped."""
    item = read(b'---\ntitle: "Talks"\npublished: 2024-11-14T09:30:00+09:00\n---\nBody text.\n')
    assert item.title == "Talks"
    assert item.published == pendulum.date(2024, 11, 14)
    assert item.text == "Body text."


def test_body_starting_with_a_colon_phrase_is_not_a_header() -> None:
    """A first paragraph that only looks like `key: value` stays body text."""
    item = read(b"Update: the talks went on.\n\nMore text.\n")
    assert item.header == {}
    assert item.text.startswith("Update: the talks")


def test_options_fill_what_the_header_lacks() -> None:
    """--published/--source/--url apply only where the header is silent."""
    item = read(b"source: Header\n\nText.", published="2023-01-02", source="Option", url="https://x")
    assert item.source == "Header"
    assert item.url == "https://x"
    assert item.published == pendulum.date(2023, 1, 2)


def test_utf8_bom_is_accepted() -> None:
    """A UTF-8 byte order mark is dropped, not refused."""
    assert read(b"\xef\xbb\xbfpublished: 2024-01-02\n\nText.").published == pendulum.date(2024, 1, 2)


def test_repeated_and_unknown_keys_warn() -> None:
    """Repeated and unknown header keys are kept with a warning."""
    item = read(b"source: A\nsource: B\nmood: calm\n\nText.")
    assert item.source == "B"
    assert any("repeated" in w for w in item.warnings)
    assert any("unknown header key 'mood'" in w for w in item.warnings)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "only whitespace"),
        (b"source: A\npublished: 2024-01-01\n\n\n", "header but no article text"),
        (b"%PDF-1.7 binary", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"PK\x03\x04zip", "a ZIP archive"),
        (b"\xff\xfeT\x00e\x00", "UTF-16"),
        (b"ok\x00bad", "NUL byte"),
        (b"caf\xe9 au lait\n", "not valid UTF-8: byte 0xe9 at line 1, column 4"),
        (b"published: 2023-02-30\n\nText.", "does not exist"),
        (b"published: yesterday\n\nText.", "not ISO 8601"),
        (b"---\ntitle: x\nText without end", "never closed"),
    ],
)
def test_bad_input_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    """Each kind of bad input is refused, and the message says which file and why."""
    with pytest.raises(ArticleError, match=reason) as caught:
        read(data)
    assert str(caught.value).startswith("story.txt: ")


def test_oversized_input_names_the_limit() -> None:
    """A file over the limit is refused and the limit is named."""
    with pytest.raises(ArticleError, match="5 MiB limit"):
        read(b"a" * (MAX_BYTES + 1))


def test_id_ignores_line_endings_and_trailing_spaces() -> None:
    """The same text with CRLF endings or trailing blanks has the same id."""
    assert article_id("One.\nTwo.") == article_id("One.  \r\nTwo.\r\n\r\n")
    assert article_id("One.") != article_id("Two.")


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    """Normalising twice changes nothing."""
    assert normalize(normalize(text)) == normalize(text)


@given(st.binary(max_size=2000))
def test_reader_never_raises_anything_but_article_error(data: bytes) -> None:
    """Arbitrary bytes are either read or refused with an ArticleError."""
    try:
        read(data)
    except ArticleError:
        pass
