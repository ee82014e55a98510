"""Phrase alternations for regular expressions: many words or phrases, matched fast.

Owns ``any_phrase``, which turns a list of phrases into one pattern whose
alternatives share their prefixes (a tree), each letter matching either case.
Sentences, tokens and names come from spaCy (``timeline.extract``), not from
here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
