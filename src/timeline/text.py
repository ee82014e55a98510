"""Splitting article text into paragraphs and sentences, keeping character offsets.

Owns the abbreviation rules (``U.S.``, ``Nov.``, ``Mr.``, initials such as
``S. Jaishankar``) that keep a full stop from ending a sentence, and the
recognition of headlines and datelines ("WASHINGTON, Nov. 14 —").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "sen", "rep",
        "gov", "pres", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "h.e", "a.m",
        "p.m", "d.c", "s", "n", "rev", "hon", "ft", "mt", "approx", "dept", "govt", "u.s.a", "r.o.k",
    }
)  # fmt: skip
_SPLIT = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])")
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z .'’/-]{1,40}[A-Z])(?:, (?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?(?: \([^)]{1,60}\))?\s*(?:—|–|--|-|:)\s+"
)


@attrs.frozen
class Sentence:
    """A sentence with its offsets in the article text and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False


@attrs.frozen
class Dateline:
    """The reporter's place (and maybe date) opening a wire story."""

    city: str
    date: str | None
    start: int
    end: int
    region: str | None = None


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of the first body paragraph, or a city alone on a line."""
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and re.fullmatch(r"[A-Z][A-Z .'’/-]{2,40}", stripped) and len(stripped.split()) <= 4:
            return Dateline(city=stripped.title(), date=None, start=offset, end=offset + len(line))
        if stripped and not is_heading(stripped):
            match = _DATELINE.match(line)
            if match and len(match.group("city").split()) <= 4:
                return Dateline(
                    city=match.group("city").title(),
                    date=match.group("date"),
                    start=offset,
                    end=offset + match.end(),
                    region=match.group("region"),
                )
            return None
        offset += len(line) + 1
    return None


def is_heading(line: str) -> bool:
    """A headline or section title: short and without a closing full stop."""
    stripped = line.strip()
    if not stripped:
        return False
    if re.search(r"[.!?:;][\"”’')\]]*$", stripped):
        return False
    return len(stripped.split()) <= 25


def sentences(text: str) -> Iterator[Sentence]:
    """Every sentence of the text, paragraph by paragraph, with offsets."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            heading = is_heading(line)
            for start, end in _split(line):
                chunk = line[start:end]
                lead = len(chunk) - len(chunk.lstrip())
                trail = len(chunk.rstrip())
                if trail > lead:
                    yield Sentence(
                        start=offset + start + lead,
                        end=offset + start + trail,
                        text=chunk[lead:trail],
                        paragraph=number,
                        heading=heading,
                    )
        offset += len(line) + 1


def _split(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SPLIT.finditer(line):
        before = line[max(start, match.start() - 24) : match.start() + 1]  # the last word is all we need
        word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", before)
        if word and line[match.start()] == ".":
            token = word.group(1).lower()
            if (
                token in ABBREVIATIONS
                or re.fullmatch(r"[a-z]", token)
                or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
            ):
                continue
        end = match.end()
        yield start, end
        start = end
    if start < len(line):
        yield start, len(line)


_Tree = dict[str, "_Tree"]  # pattern of one character -> what may follow it; "" ends a phrase


def _char_pattern(char: str, *, hyphens: bool) -> str:
    if char == " ":
        return "[ -]" if hyphens else " "
    return f"[{char}{char.upper()}]" if char.isalpha() else re.escape(char)


def any_phrase(phrases: Iterable[str], *, hyphens: bool = True) -> str:
    """A regular expression matching any of ``phrases``, longest first, any letter case.

    The phrases are folded into a tree of shared prefixes, and each letter is
    a class of its two cases (``[mM]``) rather than a case-insensitive flag:
    Python's engine then rejects a position on its first character instead
    of trying every phrase there, several times faster over long text. A
    space in a phrase also matches a hyphen ("vice president",
    "vice-president") unless ``hyphens`` is false; runs of white space count as one space and are
    stripped from the ends. Wrap it in ``(?-i:...)`` inside a case-insensitive
    pattern to keep that speed.
    """
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for char in " ".join(phrase.split()).lower():
            node = node.setdefault(_char_pattern(char, hyphens=hyphens), {})
        node[""] = {}

    def branches(node: _Tree) -> str:
        paths = [token + branches(rest) for token, rest in sorted(node.items()) if token]
        if not paths:
            return ""
        joined = paths[0] if len(paths) == 1 else f"(?:{'|'.join(paths)})"
        if "" in node:  # a phrase ends here: a longer one is tried first, greedily
            return f"{joined}?" if len(paths) > 1 else f"(?:{joined})?"
        return joined

    return f"(?:{branches(tree)})"
