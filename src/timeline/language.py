"""Is an article English? The ``language`` header and a cheap look at the words; pure.

The extractor reads English only. An article in another language must be
said to be so, not silently read into nothing (or into nonsense). Two cues:

- the ``language`` header (``en``, ``en-US``, ``English``... are English;
  anything else written there is not);
- the text: English prose is full of a small set of function words ("the",
  "of", "and", "which", "would"...). Among the lowercase words of an English
  news story a quarter to a half are such words (the real and dev corpora:
  0.27 at least, and 0.14 for the least of their sentences alone); in
  French, German, Spanish, Indonesian or Czech prose almost none are (at
  most 0.04 on spaCy's example sentences in 20 languages). Capitalised
  words are left out of the count, so a list of names (or German nouns) is
  not counted against a text, and a text with too few ordinary words to
  judge is taken as English: short texts are never flagged. A text written
  mostly in another script (Cyrillic, Chinese, Arabic...) is not English.

No dependency, no model: a set lookup per word.
"""

from __future__ import annotations

import re

import attrs

# Words frequent in English prose and rare as words of other languages that
# share the Latin script: "a", "in", "on", "for", "at", "by", "do", "no",
# "was", "also", "will" and "die" are left out because French, German,
# Italian, Dutch, Scandinavian or Portuguese text uses them too.
_FUNCTION_WORDS_TEXT = """
    the of and to is was were are been be being that with this from has have had it its which who whom
    whose their they them he she his him said says would not or but after about we our you your than
    there these those into between during while when where what does did could should such other only
    any all an since although neither nor however because until against without within among through
    both each must might whether upon toward towards across before above below again further here how
    why very just then now some many much out up off down if more most
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
MIN_WORDS = 20  # ordinary (lowercase) words needed before the text is judged at all
MIN_SHARE = 0.08  # of those, the share of function words below which the text is not English
MIN_LETTERS = 20  # letters needed before the script is judged
MIN_LATIN = 0.5  # share of letters in the Latin script below which the text is not English
ENGLISH_TAGS = frozenset({"en", "eng", "english"})
UNSAID_TAGS = frozenset({"", "und"})  # no value, or ISO 639's "undetermined": the text decides

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TAG_PART = re.compile(r"[\s_()\[\],;-]+")


@attrs.frozen(kw_only=True)
class Verdict:
    """Whether an article reads as English, and if not, why (for the warning)."""

    english: bool
    reason: str = ""


def is_english_tag(tag: str) -> bool:
    """Whether a ``language`` header value names English: ``en``, ``en-US``, ``en_GB``, ``English (UK)``.

    An empty value or ``und`` (undetermined) says nothing, and is not held against the article.
    """
    parts = [part for part in _TAG_PART.split(tag.lower()) if part]
    first = parts[0] if parts else ""
    return first in ENGLISH_TAGS or first in UNSAID_TAGS


def latin_share(text: str) -> tuple[float, int]:
    """(share of letters in the Latin script, letters counted)."""
    letters = latin = 0
    for char in text:
        if char.isalpha():
            letters += 1
            code = ord(char)
            if (
                code < 0x250 or 0x1E00 <= code < 0x1F00
            ):  # Basic Latin to Latin Extended-B; Latin Extended Additional
                latin += 1
    return (latin / letters if letters else 1.0), letters


def function_word_share(text: str) -> tuple[float, int]:
    """(share of English function words among the ordinary words, ordinary words counted).

    Ordinary words are those that open with a lowercase letter, and the
    function words themselves in any case ("The" opening a sentence).
    """
    common = ordinary = 0
    for word in _WORD.findall(text):
        if word.lower() in FUNCTION_WORDS:
            common += 1
            ordinary += 1
        elif word[0].islower():
            ordinary += 1
    return (common / ordinary if ordinary else 1.0), ordinary


def judge(text: str, tag: str | None = None) -> Verdict:
    """Whether an article is English, by its ``language`` header first, then by its text.

    Args:
        text: the article's body.
        tag: its ``language`` header, when it has one.

    Returns:
        ``Verdict(english=True)``, or ``english=False`` with the reason in words.

    """
    if tag is not None and not is_english_tag(tag):
        return Verdict(english=False, reason=f"its language header says {tag!r}, not English")
    latin, letters = latin_share(text)
    if letters >= MIN_LETTERS and latin < MIN_LATIN:
        return Verdict(
            english=False,
            reason=f"its text is mostly in another script ({1 - latin:.0%} of its letters are not Latin)",
        )
    share, ordinary = function_word_share(text)
    if ordinary >= MIN_WORDS and share < MIN_SHARE:
        return Verdict(
            english=False,
            reason=f"its text does not read as English ({share:.0%} of its {ordinary} ordinary words are "
            "common English words; English prose has over 20%)",
        )
    return Verdict(english=True)


__all__ = ["FUNCTION_WORDS", "Verdict", "function_word_share", "is_english_tag", "judge", "latin_share"]
