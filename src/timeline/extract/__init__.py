"""Article text -> domain events (and problems); no network, no clock, no files.

The public face of the extractor: ``extract`` and the name of the rules that
made an event (``EXTRACTOR``). ``nlp`` is the loaded spaCy pipeline, one per
process.
"""

from __future__ import annotations

from timeline.extract.legacy import EXTRACTOR, extract
from timeline.extract.nlp import nlp

__all__ = ["EXTRACTOR", "extract", "nlp"]
