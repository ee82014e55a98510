"""Article text -> domain events (and problems); no network, no clock, no files.

The public face of the extractor: ``extract`` and the name of the rules that
made an event (``EXTRACTOR``). ``nlp`` is the loaded spaCy pipeline, one per
process. The stages, in order: ``parse`` (spaCy over the repaired text),
``cast`` (who is who), ``meetings`` (frames), ``attributes`` and
``pipeline`` (meetings joined, events made).
"""

from __future__ import annotations

import os

from timeline.extract.nlp import nlp

if os.environ.get("TIMELINE_EXTRACTOR") == "legacy":
    from timeline.extract.legacy import EXTRACTOR, extract
else:
    from timeline.extract.pipeline import EXTRACTOR, extract

__all__ = ["EXTRACTOR", "extract", "nlp"]
