"""Article text -> domain events (and problems); no network, no clock, no files.

The public face of the extractor: ``extract`` and the name of the rules that
made an event (``EXTRACTOR``). ``nlp`` is the loaded spaCy pipeline, one per
process. The stages, in order: ``normalize`` and ``parse`` (spaCy over the
repaired text), ``mentions`` and ``cast`` (who is who), ``meetings``
(frames), ``attributes`` and ``pipeline`` (meetings joined, events made).
"""

from __future__ import annotations

from timeline.extract.nlp import nlp
from timeline.extract.pipeline import EXTRACTOR, extract

__all__ = ["EXTRACTOR", "extract", "nlp"]
