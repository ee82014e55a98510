"""Which records of the log no longer count: extractions read again, events retracted.

The log keeps every line; the views use the latest extraction of each article
and leave out what a correction in force retracted. ``superseded`` says, for
``timeline log``, which records those are and why. Pure: records in, a map out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from timeline.chain import Record
from timeline.model import (
    ArticleReextracted,
    CorrectionReverted,
    EventRetracted,
    MeetingReported,
    OfficeObserved,
)

REEXTRACTED = "re-extracted"
RETRACTED = "retracted"


def superseded(records: Iterable[Record]) -> dict[int, str]:
    """The log positions of records that no longer count, each with why: ``re-extracted`` or ``retracted``.

    An extracted event (a meeting report, an office observation) is re-extracted
    when its article is read again later in the log; an event (or every event
    of an article) is retracted by an ``event-retracted`` not reverted since.
    """
    found: dict[int, str] = {}
    of_article: dict[str, list[int]] = defaultdict(list)  # extracted events still counting, by article
    by_id: dict[str, list[int]] = defaultdict(list)
    retractions: dict[str, str] = {}  # the retraction's id -> what it retracts
    for record in records:
        event = record.event
        by_id[record.id].append(record.seq)
        if isinstance(event, MeetingReported | OfficeObserved):
            of_article[event.article].append(record.seq)
        elif isinstance(event, ArticleReextracted):
            for seq in of_article.pop(event.article, []):
                found[seq] = REEXTRACTED
        elif isinstance(event, EventRetracted):
            retractions[record.id] = event.event
        elif isinstance(event, CorrectionReverted):
            retractions.pop(event.correction, None)
    for target in retractions.values():
        for seq in [*by_id.get(target, []), *of_article.get(target, [])]:
            found.setdefault(seq, RETRACTED)
    return found
