"""What a meeting frame says besides who: when, how (in person, call, video, planned), where, about what.

The date is the date expression of the frame's sentence nearest its
trigger, resolved against the publication date; a sentence without one
takes the story's date (the last dated meeting before it, else a date line
at the top of the page), and only then the publication date, which the
event then says (``date_from="published"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs
import pendulum
from spacy.tokens import Doc, Token

from timeline import gazetteer, timex
from timeline.extract.parse import Parsed, Sentence, tokens
from timeline.textdate import TextDate

_CALL = re.compile(
    r"\b(?:phone|telephone|telephonic|(?<!so - )(?<!so-)"
    r"(?<!what he )(?<!what she )(?<!what they )(?<!what it )called(?!\s+for\b)(?!\s*[“\"‘'])|calls?|phoned|telephoned|by phone|teleconference|tele ?- ?talks?)\b",
    # not "the so-called two-plus-two talks", "called for Y to act", "what he called 'provocative' actions",
    # "called \"a new chapter\"": a naming; "via tele-talk"
    re.IGNORECASE,
)
_COURTESY = re.compile(  # not "received a call on Friday from X": a day, not whom one calls on
    r"\bcourtesy calls?\b|\b(?:calls?|called) on\b(?! (?:[MTWFS][a-z]+day|[A-Z][a-z]+ \d|\d|the \d|this|that))",
    re.IGNORECASE,
)
_ENVOYS_CALL = re.compile(  # an envoy's call on a host: "an introductory call from the new Ambassador X"
    r"\b(?:introductory|farewell) calls? from (?:the )?"
    r"(?:(?:new|outgoing|newly[- ]appointed|[A-Z][\w'’.-]*) ){0,5}(?:[Aa]mbassador|[Hh]igh [Cc]ommissioner|[Cc]harg[ée]|[Ee]nvoy|[Cc]onsul)"
)
_VIDEO = re.compile(  # "VTC": a video teleconference
    r"\b(?:video|virtual|virtually|videoconference|videoconferencing|video-conference|online|VTC)\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(
    r"\b(?:met|meeting|in person|visit\w*|at the|in [A-Z]|summit|sidelines|hosted|reporters|press)\b"
)
_APPROXIMATE = re.compile(
    r"\b(?:less than|more than|about|around|nearly|almost|some|roughly|over)\b", re.IGNORECASE
)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "a visit from September 10 to 16": the span's first day
_DAYS_SPANNED = re.compile(
    r"\d\s*(?:to|until|till|-|–|—)\s*\d|\d\s*(?:to|-|–|—)\s*[A-Z][a-z]+\.? \d"
)  # "10 to 16", "30 to October 2", "30 - October 2"
_SET_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|fixed|pencil+ed)\s+for\s+$", re.IGNORECASE)
_NOT_EVENT_DATE = re.compile(r"\b(?:since|until|till|by|from|through|throughout|for)\s+$", re.IGNORECASE)
TOPICS = {
    "North Korea": r"North Korea|DPRK|Pyongyang|denucleari[sz]ation",
    "Ukraine": r"Ukrain",
    "Russia": r"Russia",
    "Taiwan Strait": r"Taiwan",
    "Middle East": r"Middle East|Gaza|Israel|Hamas",
    "trade": r"\btrade\b|tariff|export control|supply chain",
    "security": r"\bsecurity\b|defen[cs]e|military",
    "South China Sea": r"South China Sea|East China Sea",
    "climate": r"climate",
    "human rights": r"human rights|Xinjiang|Uyghur|Hong Kong|Tibet",
    "economy": r"econom",
    "nuclear": r"nuclear",
}
_TOPIC_PATTERNS = {name: re.compile(pattern) for name, pattern in TOPICS.items()}


@attrs.frozen
class Written:
    """A date written in a sentence: as stored (a day, a month, ...) and the days it can mean.

    "last week" is stored as an approximate month but spans only its seven
    days, so a meeting "last week" is not the meeting "on Thursday".
    """

    date: TextDate
    first: pendulum.Date | None
    last: pendulum.Date | None


def _span(value: str | None, date: TextDate) -> tuple[pendulum.Date | None, pendulum.Date | None]:
    week = re.fullmatch(r"(\d{4})-W(\d{1,2})", value or "")
    if week:
        monday = pendulum.Date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return monday, monday.add(days=6)
    return date.first_day(), date.last_day()


_COUNTED_IN = re.compile(
    r"\bfor\s+the\s+(?:\w+\s+)?time\s+$", re.IGNORECASE
)  # not "met five times this year"
_THIS_PERIOD = re.compile(r"this (?:year|month|week)", re.IGNORECASE)
_COUNTED_FROM_ANOTHER = re.compile(r"\b(?:later|earlier)$", re.IGNORECASE)


def _day_told_before(
    found: list[tuple[int, Written]], hit: str, before: pendulum.Date | None = None
) -> pendulum.Date | None:
    """The day "four days later" counts from: the day told before it in its sentence ("On Dec 8, he
    received X and four days later, Y"), else ``before``, the day the sentences before it told; not the day
    of publication. None when neither tells one."""
    if not _COUNTED_FROM_ANOTHER.search(hit):
        return None
    if not found:
        return before
    written = found[-1][1]
    return written.first if written.date.precision == "day" else None


# Days told by the one told before them, and how many days after it: "The next day, she met Y" (+1),
# "Hours later, he called Z" (0), "the previous evening" (-1). Not "the day after the election" (the
# election's), nor "the same day as the talks" (theirs), nor "that day" alone (a quote's "that day will
# come"), nor "earlier in the day", which is the story's day more often than the day told just before.
_NARRATIVE = (
    (
        re.compile(r"\b(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)\b", re.IGNORECASE),
        1,
    ),
    (
        re.compile(
            r"\b(?:on )?(?:that|the) same day\b(?! as\b)|\b(?:hours|minutes) later\b"
            r"|^That (?:morning|afternoon|evening|night)\b",
            re.IGNORECASE,
        ),
        0,
    ),
    (
        re.compile(r"\bthe (?:previous|preceding) (?:day|morning|afternoon|evening|night)\b", re.IGNORECASE),
        -1,
    ),
)


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation: an open curly quote or an odd number of straight ones
    before it, or a closing one after it with none before (a quote whose opening mark the sentence splitter
    left on a line of its own)."""
    head, tail = text[:offset], text[offset:]
    if head.count("“") > head.count("”") or head.count('"') % 2 == 1:
        return True
    return not head.count('"') and not head.count("“") and (tail.count('"') % 2 == 1 or "”" in tail)


def _counted_at(text: str, offset: int) -> bool:
    """Whether the date at ``offset`` is one counted from another: "The next day", "two days later"."""
    return _COUNTED_AT.match(text, offset) is not None or any(
        pattern.match(text, offset) for pattern, _ in _NARRATIVE
    )


_COUNTED_AT = re.compile(r"(?:\w+ )?(?:days?|weeks?) (?:later|earlier)\b", re.IGNORECASE)


def counts_from_before(text: str) -> bool:
    """Whether a sentence tells a day by the one told before it: "The next day", "Hours later", "a day
    after"; only then is that day looked for (``sentence_dates``'s ``before``)."""
    return _COUNTING.search(text) is not None or any(pattern.search(text) for pattern, _ in _NARRATIVE)


_COUNTING = re.compile(r"\b(?:days?|weeks?) (?:later|earlier|after|before)\b", re.IGNORECASE)


def _narrative_days(
    text: str, found: list[tuple[int, Written]], before: pendulum.Date | None, *, quoted: bool
) -> list[tuple[int, Written]]:
    """The days a sentence tells by the day told before ("The next day", "Hours later"): counted from the
    sentence's own day before the phrase, else from ``before``; none when there is neither. Inside a
    quotation only when ``quoted`` ('"The next day, we sat down with X," she said' dates the meeting it
    tells; '"The following day will be decisive," he said' is no day to count another from)."""
    told: list[tuple[int, Written]] = []
    for pattern, days in _NARRATIVE:
        for hit in pattern.finditer(text):
            if not quoted and _quoted(text, hit.start()):
                continue
            earlier = [w for offset, w in found if offset < hit.start() and w.date.precision == "day"]
            base = earlier[-1].first if earlier else before
            if base is not None:
                day = base.add(days=days)
                told.append((hit.start(), Written(TextDate.from_date(day), day, day)))
    return told


_DATES = "timeline_dates"  # the key of a document's dates by their arguments in ``user_data``


def sentence_dates(
    sentence: Sentence,
    anchor: pendulum.Date | None,
    *,
    starting: bool = False,
    coming: bool = False,
    scheduled: bool = False,
    before: pendulum.Date | None = None,
    quoted: bool = True,
) -> list[tuple[int, Written]]:
    """Dates named in a sentence that can be an event's date, with their character offset in it.

    ``starting`` takes a span's first day too ("a visit from September 10 to 16"); ``coming`` reads the dates
    of a meeting still to come forward ("agreed to broker a summit in April": the next April); ``scheduled``
    takes a stay's first day and a day something is set for ("will be in Kampala from 11 to 13 March", "is
    planned for Friday"), which only a frame's date may take, and only as its trigger's (``frame_date``).
    ``before``: the day the sentences before it told, which "the next day", "a day later" count from;
    ``quoted``: whether "the next day" inside a quotation is read too.
    """
    # several stages ask the same sentence's dates with the same arguments: read once, kept with its document
    asked = (anchor, starting, coming, scheduled, before, quoted)
    kept: dict[tuple[object, ...], list[tuple[int, Written]]] = sentence.doc.user_data.setdefault(_DATES, {})
    if asked not in kept:
        kept[asked] = _sentence_dates(
            sentence, anchor, starting=starting, coming=coming, scheduled=scheduled, before=before, quoted=quoted
        )
    return list(kept[asked])  # a list of its own: a caller may change it


def _sentence_dates(
    sentence: Sentence,
    anchor: pendulum.Date | None,
    *,
    starting: bool,
    coming: bool,
    scheduled: bool,
    before: pendulum.Date | None,
    quoted: bool,
) -> list[tuple[int, Written]]:
    """``sentence_dates``, read afresh."""
    text = sentence.text
    headline = coming or (  # "X to host Y on Friday": a coming Friday
        "to" in sentence.words and any(infinitive_headline(t) for t in tokens(sentence.doc))
    )
    found: list[tuple[int, Written]] = []
    for hit in timex.find(text):
        preceding = text[max(0, hit.start - 12) : hit.start]
        if (
            _NOT_EVENT_DATE.search(preceding)
            and not _PICTURE_FROM.search(preceding)  # "shakes hands with Y in this file photo from November
            # 2022": the day of what the picture shows
            and not (_FROM.search(preceding) and (starting or (scheduled and _DAYS_SPANNED.search(hit.text))))
            and not (scheduled and _SET_FOR.search(text, max(0, hit.start - 24), hit.start))
        ):  # not "since May 3", "from May 3"
            continue
        if _ANOTHER_EVENTS_DAY.match(text, hit.end - 2 if hit.text.endswith(("'s", "’s")) else hit.end):
            continue  # "congratulated Y over Thursday's extraordinary summit": the summit's day, not this
            # one's
        named = _IN_A_NAME.match(text, hit.end) is not None and text[: hit.start].endswith("the ")
        if named and _A_NAMES_YEAR.fullmatch(hit.text):
            continue  # "during the 2018 Beijing Summit of FOCAC in September": the gathering's name, its
            # month told after it
        if text.count("(", 0, hit.start) > text.count(")", 0, hit.start) and not _BRACKETED_DAYS.fullmatch(
            text, text.rfind("(", 0, hit.start), text.find(")", hit.end) + 1 or len(text)
        ):
            continue  # "(local time; 22:30 on January 10 JST)", "(the two last met in 2023)": asides; not
            # "visit Japan (02-03 September 2019)", a bracket holding the days alone
        if _THIS_PERIOD.fullmatch(hit.text) and _COUNTED_IN.search(text, max(0, hit.start - 30), hit.start):
            continue  # "who has arrived for the fourth time this year": the period a count runs over, not the
            # day of the event
        if _QUOTED_DEIXIS.fullmatch(hit.text) and _RELEASE_QUOTED.search(text, 0, hit.start):
            continue  # "a White House release stated that, “President X called Y today": the release's day
        posted = _quoted(text, hit.start) and _POSTED.search(text, 0, hit.start)
        if _QUOTED_DEIXIS.fullmatch(hit.text) and posted:
            continue  # "X shared pictures on his X handle and said, 'Today at the Pentagon, I spoke with Y'":
            # the post's day, which the story does not tell
        clause = _clause_of(sentence.doc, hit.start) or text
        base = _day_told_before(found, hit.text, before) or anchor
        value = timex.resolve(hit.text, base, f"will {clause}" if headline else clause)
        approx = bool(_APPROXIMATE.search(text[max(0, hit.start - 20) : hit.end]))
        date = timex.to_textdate(value, approx=approx and value is not None and len(value) < 10)
        if date.known:
            first, last = _span(value, date)
            if first is not None and first == last:
                last = timex.range_end(hit.text, first) or last  # "from August 28-30": the days of a visit
            found.append((hit.start, Written(date, first, last)))
    if before is not None or found:
        found.extend(_narrative_days(text, found, before, quoted=quoted))
        found.sort(key=lambda item: item[0])
    return found


_PICTURE_FROM = re.compile(r"(?i)\b(?:photo|picture|image)s? from\s*$")
# a bracket holding a day or span of days and nothing else: "(02-03 September 2019)", "(5 July)"
_BRACKETED_DAYS = re.compile(
    r"\(\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*)?\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+\.?(?:,? \d{4})?\s*\)"
)
_POSTED = re.compile(
    r"(?i)\b(?:posted|shared|tweeted|wrote|handle|social media"
    r"|on (?:X|Twitter|Facebook|Instagram|Telegram))\b"
)
_QUOTED_DEIXIS = re.compile(r"(?i)(?:today|yesterday|tonight|this (?:morning|afternoon|evening))")
# a document quoted whole, opened in the sentence before the date: "a release stated that, “..."
_RELEASE_QUOTED = re.compile(
    r"(?i)\b(?:release|statement|readout|communiqu[eé])\b[^“”\"]{0,40}\b(?:said|says|stated|states|read|reads)"
    r"\b(?: that)?,? [“\"][^”\"]*$"
)
_REPORTING = frozenset({"say", "tell", "state", "announce", "add", "note", "report", "confirm"})
_ORDINAL_ONES = frozenset({"first", "last", "previous", "former", "latter"})


def infinitive_headline(verb: Token) -> bool:
    """Whether a verb tells what is to come, as headlines do: "Foreign Minister X to host Y on Friday".

    The small model often misses the headline's subject: "PM Orban to Hold Talks" hangs the name on the
    verb as an adverb, "Prime Minister X to hold talks" makes the verb a clause of the name.
    """
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return any(
            c.dep_ == "nsubj" or (c.i < verb.i and c.dep_ in _MISREAD_SUBJECTS and (c.is_title or c.is_upper))
            for c in verb.children
        )
    return verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "ROOT" and verb.head.tag_ == "NNP"


_MISREAD_SUBJECTS = frozenset({"npadvmod", "advmod", "compound", "nmod"})


def _reporting(trigger: Token) -> list[tuple[int, int]]:
    """Where the words of the verb reporting the trigger's clause stand: "said [in a statement Friday]"."""
    node = trigger
    while node.dep_ not in {"ccomp", "parataxis"} and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ not in {"ccomp", "parataxis"} or verb.lemma_.lower() not in _REPORTING:
        return [  # "X will visit Mexico in September to meet Y, a senior official said Friday": the parser
            # joins the saying to the clause as a verb of its own
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
            for said in node.children
            if said.dep_ == "conj" and said.i > trigger.i and said.lemma_.lower() in _REPORTING
            for c in said.children
            if c.dep_ in {"prep", "npadvmod", "advmod", "tmod"}
        ]
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in verb.children
        if c.i != node.i and c.dep_ in {"prep", "npadvmod", "advmod", "tmod"}
    ]


_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "acl"})


_A_NAMES_YEAR = re.compile(r"\d{4}")
_ANOTHER_EVENTS_DAY = re.compile(
    r"['’]s? (?:[a-z-]+ ){0,2}(?:summit|conference|forum|election|elections|vote|referendum|attack|attacks"
    r"|strike|strikes|ceremony|inauguration|parade|session|speech|address|announcement|decision|ruling|match"
    r"|game)\b"
)  # a day in the possessive, of an event not a meeting told: "Thursday's extraordinary summit", "Sunday's
# vote"


_IN_A_NAME = re.compile(
    r" (?:[A-Z][\w'’.-]*\s)*(?:Summit|Games|Olympics|Forum|Conference|Congress|Expo|Cup)\b"
)  # what a year names: "the 2018 Beijing Summit"


def _clause_of(doc: Doc, offset: int) -> str | None:
    """The words of the clause a date at ``offset`` stands in, other clauses left out: its tense is theirs.

    "X and Y, who are due to meet on Friday, spoke on Monday": Monday is read
    in the past of "spoke", Friday in the future of "are due to meet".
    """
    token = token_at(doc, offset)
    if token is None:
        return None
    head = token
    while (head.dep_ not in _CLAUSES or _a_nouns_participle(head)) and head.head.i != head.i:
        head = head.head  # "will attend a dinner hosted by X on Tuesday": a participle, no tense of its own
    subtree = list(head.subtree)  # made once: a subtree's words are walked to from the head, a Token each
    outside = _in_other_clauses(head, subtree)
    inner = [t for t in subtree if t.i not in outside]
    words = " ".join(t.text for t in inner)
    if words and _looks_forward(head):
        ahead = [t for t in token.ancestors if t.dep_ == "pcomp" and t.head.head.i == head.i]
        return "will " + " ".join(t.text for t in ahead[-1].subtree) if ahead else f"will {words}"  # "They
        # looked forward to meeting in person at the summit in June": the coming June, not the looking's
    if words and (_present_of_a_future(head) or travels_on_a_day(head)):
        return f"will {words}"  # "will meet Y when he visits Kampala on Friday": the coming Friday; "begins
        # her public duties on Monday": a schedule's
    return words or None


def travels_on_a_day(verb: Token) -> bool:
    """A journey told in the simple present with its day: "travels to Warsaw on Tuesday", "heads to Tokyo on
    Friday", "begins her public duties on Monday" (a schedule), "travels today to Berlin", not "travelled",
    not "will travel" (told by ``_will``)."""
    return (
        verb.tag_ in {"VBZ", "VBP"}
        and verb.lemma_.lower() in {"travel", "head", "fly", "leave", "depart", "begin", "start"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and any(
            (c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children))
            or (c.dep_ in {"npadvmod", "advmod"} and c.lower_ in {"today", "tomorrow", "tonight"})
            for c in verb.children
        )
    )


def _looks_forward(head: Token) -> bool:
    """Whether a clause looks forward to what it dates: "They looked forward to meeting in person at the
    summit in June" (the coming June, whatever the tense of the looking)."""
    return head.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in head.children)


def _a_nouns_participle(token: Token) -> bool:
    """A past participle describing a noun, with its agent: "a dinner [hosted] by X"."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "agent" for c in token.children)
    )


_TIME_MARKS = frozenset({"when", "once", "after", "before", "while", "as", "until", "during"})


def _present_of_a_future(head: Token) -> bool:
    """A time clause in the present under a clause to come: its present is that future ("X is expected
    to meet Y when he visits Kampala on Friday")."""
    if head.dep_ != "advcl" or head.tag_ not in {"VBZ", "VBP"}:
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS for c in head.children):
        return False
    main = head.head
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "to"} for c in main.children)


def in_clause_of(doc: Doc, offset: int, verb: Token) -> bool:
    """Whether the date at ``offset`` is in the verb's own clause: under it, with no clause or "after",
    "before", "since" phrase between ("In August, X headed to Europe", not "to visit after the government
    assumed office on 22 September")."""
    token = token_at(doc, offset)
    if token is None or not any(a.i == verb.i for a in token.ancestors):
        return False
    return not _in_other_clause(token, verb)


def token_at(doc: Doc, offset: int) -> Token | None:
    """The token a character offset of the sentence falls in."""
    return next((t for t in tokens(doc) if t.idx <= offset < t.idx + len(t.text)), None)


def verb_over(token: Token | None) -> Token | None:
    """The nearest verb a token hangs on: the one a date is told with."""
    if token is None:
        return None
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def _in_other_clause(token: Token, head: Token) -> bool:
    """Whether a clause of its own stands between ``token`` and the clause ``head``.

    A phrase placing the event against another ("ahead of next week's
    meeting", "before the summit") counts as one: its "next" is no tense of
    the clause's.
    """
    for node in [token, *token.ancestors]:
        if node.i == head.i:
            return False
        if _sets_apart(node):
            return True
    return False


def _sets_apart(node: Token) -> bool:
    """Whether a word opens a clause of its own ("who are due to meet"), or a phrase placing the event
    against another ("ahead of next week's meeting")."""
    return node.dep_ in _CLAUSES or (node.lower_ in _AGAINST and node.dep_ in {"advmod", "prep"})


_AGAINST = frozenset({"ahead", "before", "after", "since", "until"})


def _in_other_clauses(head: Token, subtree: list[Token]) -> set[int]:
    """The words of the subtree that ``_in_other_clause`` would leave out of ``head``'s clause, in one walk.

    "X and Y, who are due to meet on Friday, spoke on Monday": the words of
    "who are due to meet on Friday" under "spoke". A word is out when it, or
    a word it hangs on below ``head``, opens a clause or a phrase placing
    the event against another; asking ``_in_other_clause`` of each word
    walks the same heads again for every word of a long clause.
    """
    out: dict[int, bool] = {head.i: False}
    for token in subtree:
        path = []
        node = token
        while node.i not in out:  # up to the first word already known
            path.append(node)
            node = node.head
        known = out[node.i]
        for step in reversed(path):  # down again, from the known word to this one
            known = known or _sets_apart(step)
            out[step.i] = known
    return {i for i, known in out.items() if known}


def date_line(parsed: Parsed, anchor: pendulum.Date | None) -> TextDate | None:
    """A line near the top that is a date and nothing else: the day a readout was issued."""
    for sentence in parsed.sentences[:8]:
        if not sentence.heading:
            continue
        dates = sentence_dates(sentence, anchor)
        if len(dates) > 1 and re.search(r"\d\s*(?:[-–—]|to|until)\s*\d", sentence.text):
            continue  # "05 Aug. 2019 - 08 Aug. 2019": the days of a visit, not the day the page was issued
        if dates and _line_length(sentence.text) <= _DATE_LINE:
            found = dates[0][1]
            if (
                found.date.precision != "day"
                and anchor is not None
                and found.first is not None
                and found.last is not None
                and found.first <= anchor <= found.last
            ):
                continue  # "26. oktobar 2023 15:42", a month the model cannot read: the year alone says less
                # than the page's own day
            return found.date
    return None


def dated_line_in_full(parsed: Parsed, anchor: pendulum.Date | None) -> pendulum.Date | None:
    """The day of a date line that writes its year ("LONDON, Jan. 5, 2023"): a story filed that day, whatever
    the page's header says."""
    for sentence in parsed.sentences[:8]:
        if (
            sentence.heading
            and _line_length(sentence.text) <= _DATE_LINE
            and re.search(r"\b(?:19|20)\d\d\b", sentence.text)
        ):
            dates = sentence_dates(sentence, anchor)
            if len(dates) == 1 and dates[0][1].date.precision == "day":
                return dates[0][1].first
    return None


_DATE_LINE = 40  # characters


def _line_length(text: str) -> int:
    """A date line's length, less the agency it ends on: "Addis Ababa, August 11, 2023 (Addis Walta)"."""
    return len(re.sub(r"\s*\([^()\d]{1,40}\)\s*$", "", text))  # not "(Updated March 20, 2024)"


def stated_date(title: str | None, parsed: Parsed | None) -> pendulum.Date | None:
    """A full date the page states for itself (in its title, or a date line at the top)."""
    texts = [title or ""] + ([s.text for s in parsed.sentences[:6] if s.heading] if parsed else [])
    return _first_full_date(texts)


def names_days(title: str | None) -> bool:
    """Whether a title's date is a stretch of days ("Official Visit ..., 5 to 6 July 2022")."""
    return any(re.search(r"\d\s*(?:to|-|–|—|and)\s*\d", hit.text) for hit in timex.find(title or ""))


def lead_date(parsed: Parsed) -> pendulum.Date | None:
    """The first full date, year written, in the opening sentences: a story with no date header.

    "... his arrival ceremony with President X, July 1, 2013, at ..." in a
    photo caption or the lead dates a wire story that lost its header.
    """
    return _first_full_date(s.text for s in parsed.sentences[:_LEAD_SENTENCES])


_LEAD_SENTENCES = 5


def latest_full_date(parsed: Parsed) -> pendulum.Date | None:
    """The latest full date, year written, anywhere in a story with no date header nor one in its lead: "...
    hosts Indian Minister of Defense X for talks at the Pentagon, Washington, D.C., April 11, 2022" in a photo
    caption at its foot. A story is written on or after the days it names."""
    return max(_full_dates(s.text for s in parsed.sentences), default=None)


def _first_full_date(texts: Iterable[str]) -> pendulum.Date | None:
    return next(_full_dates(texts), None)


def _full_dates(texts: Iterable[str]) -> Iterator[pendulum.Date]:
    """The days the texts write in full, year included, in order."""
    for text in texts:
        for hit in timex.find(text):
            date = timex.to_textdate(timex.resolve(hit.text, None, text))
            if date.precision == "day" and (day := date.to_date()) is not None:
                yield day


def _held_subject(held: Token, trigger: int) -> bool:
    """Whether the trigger is what is to be held: "Talks between X and Y are scheduled to be held on
    Friday", "A summit between X and Y expected to be held on Wednesday"."""
    return any(
        c.i == trigger
        for a in [held, *held.ancestors]
        for c in a.children
        if c.dep_ in {"nsubj", "nsubjpass"}
    ) or any(a.dep_ == "acl" and a.head.i == trigger for a in [held, *held.ancestors])


def _to_be_held(token: Token) -> bool:
    """ "the upcoming Summits ..., due to be held virtually on the 5th": an infinitive in the passive, of
    another event's day."""
    return token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children)


def frame_date(
    sentence: Sentence,
    trigger: int,
    anchor: pendulum.Date | None,
    reach: int | None = None,
    *,
    coming: bool = False,
    held: bool = False,
    before: pendulum.Date | None = None,
) -> Written | None:
    """The date written in the frame's sentence (up to ``reach``), nearest its trigger, finest first.

    A ``coming`` meeting reads a month or date already past forward, and then takes no past day: "X and Y
    on Friday agreed to broker a summit between A and B in April" (published on the Saturday) is April's.
    Nor a year already past, which is something else's. ``before``: the day told before the sentence, which
    "The next day" counts from (``sentence_dates``), and a meeting "a day after" which one undated is told
    (``days_apart``). ``held``: the meeting is told as held (``meetings.told_as_past``), so it takes no
    day after publication.
    """
    found = _frame_date(sentence, trigger, anchor, reach, coming=coming, before=before)
    if found is not None and (window := _in_a_visits_window(sentence, trigger, found, anchor)) is not None:
        return window
    if (
        found is not None
        and not coming
        and anchor is not None
        and found[1].first is not None
        and found[1].first > anchor
        and (
            _counted_at(sentence.text, found[0])
            or (held and not _told_with(sentence.doc, found[0], _verb_of(sentence.doc[trigger])))
        )
    ):
        found = None  # "Y had left on Tuesday. The next day, he met Z", published Friday: a day counted
        # from the wrong one, not a meeting held after the story was written; "the ministers held
        # discussions about X's visit taking place from Friday, April 1": a day after publication, in
        # another clause than the verb's, is not the day of talks told as held (one in the verb's own,
        # "met Y on March 18", is kept: a schedule written in the past)
    written = found[1] if found is not None else None
    apart = days_apart(sentence.doc, trigger)
    if apart is None:
        return written
    days, phrase = apart
    if found is None or written is None:
        counted = before if before is not None else anchor
        if coming or counted is None or (before is None and not _undated_and_past(sentence, counted)):
            return None
        day = counted  # "The Quad meeting came a day after a security meeting in which X sat down
        # with Y"; "X met A, a day after holding talks with B", no day told in the sentence: the day before
        # the story's
    else:
        start, end = phrase
        if start <= found[0] < end or written.date.precision != "day" or written.first is None:
            return written  # "a day after meeting Y on Monday": its own day
        day = written.first
    day = day.add(days=days)
    return Written(TextDate.from_date(day), day, day)


_VISITS_WINDOW = re.compile(
    r"\b(?:visit|trip|tour|stay)\b[^.;]{0,60}?\bfrom\b[^.;,]{1,40}?"
    r"(?:\b(?:to|until|till|through)\b|\s[-–—]\s)[^.;,]{1,30}"  # "from Tuesday to Friday", "from 30 - 2 May"
)


def _in_a_visits_window(
    sentence: Sentence, trigger: int, found: tuple[int, Written], anchor: pendulum.Date | None
) -> Written | None:
    """The first day of a visit's window a meeting is told within, on none of its days: "During his visit to
    Tonga from Tuesday to Friday, X also met Y" (not Friday, the window's last day, nearest the verb), as a
    visit told in a sentence before dates the meetings after it. None when the date is no window's, or the
    meeting is the visit itself."""
    offset, written = found
    if written.date.precision != "day" or sentence.doc[trigger].lemma_.lower() in _TRIP_WORDS:
        return None
    window = next((m for m in _VISITS_WINDOW.finditer(sentence.text) if m.start() <= offset < m.end()), None)
    if window is None or window.start() <= sentence.doc[trigger].idx < window.end():
        return None
    return min(
        (
            w
            for at, w in sentence_dates(sentence, anchor, starting=True)
            if window.start() <= at < window.end() and w.date.precision == "day" and w.first is not None
        ),
        key=lambda w: w.first or pendulum.Date.max,
        default=None,
    )


_TRIP_WORDS = frozenset({"visit", "trip", "tour", "stay"})


def _under_will(doc: Doc, offset: int) -> bool:
    """Whether the date at ``offset`` hangs on a verb told with "will": "he will stop in Venezuela to have
    meetings Tuesday" (the Tuesday to come; not "was scheduled to hold talks on Tuesday")."""
    token = token_at(doc, offset)
    return token is not None and any(
        c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "would"}
        for a in token.ancestors
        for c in a.children
    )  # (and the reported "would": "according to which X would receive Y on Monday", read ahead)


_ACCORDING = re.compile(r"According to [^,]{1,120},")


def _told_with(doc: Doc, offset: int, verb: Token) -> bool:
    """Whether the date at ``offset`` hangs on the verb itself, no other verb nor event with its parties
    between ("met Y on March 18"; not "met Y, and on Saturday travels to Z", "talks about a visit taking
    place from Friday", "talked about the meeting between A and B on March 24")."""
    token = token_at(doc, offset)
    if token is None:
        return False
    for node in token.ancestors:
        if node.i == verb.i:
            return True
        parties = any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in node.children)
        if node.pos_ in {"VERB", "AUX"} or (node.pos_ == "NOUN" and parties):
            return False  # another verb's, or another event's: "talked about the meeting between A and B
            # on March 24"
    return False


def _verb_of(trigger: Token) -> Token:
    """The verb a trigger is told by: itself, or the verb a meeting noun is the object of."""
    return trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head


def days_apart(doc: Doc, trigger: int) -> tuple[int, tuple[int, int]] | None:
    """How many days a meeting told in "a day after" or "two days before" phrase is from the clause it hangs
    on, and the phrase's characters: "held talks on Tuesday, a day after flying to Florida to have dinner
    with X" (the dinner: -1), "Two days before meeting Xi, Biden spoke with Y" (+2). None outside one."""
    token = doc[trigger]
    for holder in [token, *token.ancestors]:
        words = [holder] if holder.lower_ in {"after", "before"} and holder.dep_ == "prep" else []
        words += [c for c in holder.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        for word in words:
            days = (
                _measured_days(word)
                if word.dep_ == "prep"
                else _measured_days(word) or _measured_days(holder)
            )
            if days is not None:
                over = word if word.dep_ == "prep" else holder
                phrase = (over.left_edge.idx, over.right_edge.idx + len(over.right_edge.text))
                return (-days if word.lower_ == "after" else days), phrase
    return None


def _undated_and_past(sentence: Sentence, anchor: pendulum.Date) -> bool:
    """Whether a sentence tells no date and its main verb is in the simple past ("X met A, a day after ..."),
    so that a day counted from it counts from the story's."""
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    return root is not None and root.tag_ == "VBD" and not sentence_dates(sentence, anchor)


def _measured_days(word: Token) -> int | None:
    """The days "a day", "two days", "a week" under "after" or "before" (or the verb of their clause: "a day
    after he had dinner") measure; None without one."""
    measures = [*word.children]
    if word.dep_ == "prep" and word.head.dep_ in {"npadvmod", "appos"}:
        measures.append(word.head)  # "met X on Tuesday, [a day] after holding talks with Y": the measure
        # the parse hangs "after" on (or sets beside the name before it: "met X, a day after ...")
    for measure in measures:
        if measure.dep_ not in {"npadvmod", "appos"} or measure.lemma_.lower() not in _DAYS_IN:
            continue
        count = next((c for c in measure.children if c.dep_ in {"nummod", "det"}), None)
        written = count.lower_ if count is not None else ""
        number = (
            int(written) if written.isdigit() else (0 if written in _VAGUE else timex.NUMBERS.get(written, 0))
        )
        return number * _DAYS_IN[measure.lemma_.lower()] or None
    return None


_DAYS_IN = {"day": 1, "week": 7}
_VAGUE = frozenset({"several", "few"})  # "several days after": no count of days to move by


_RESTATED = re.compile(r"(?i)(?:today|yesterday|tonight|this (?:morning|afternoon|evening)),? (?:on )?$")


def _deixis_restated(text: str, dates: list[tuple[int, Written]]) -> list[tuple[int, Written]]:
    """ "met the ministers today, on 15 June": the day written out after "today" is the one meant (a page's
    date may be the next day's)."""
    restated = {
        offset
        for offset, _ in dates
        for other, _ in dates
        if other > offset and _RESTATED.match(text[offset:other])
    }
    return [(offset, written) for offset, written in dates if offset not in restated]


def _frame_date(
    sentence: Sentence,
    trigger: int,
    anchor: pendulum.Date | None,
    reach: int | None,
    *,
    coming: bool,
    before: pendulum.Date | None,
) -> tuple[int, Written] | None:
    dates = _deixis_restated(sentence.text, sentence_dates(sentence, anchor, scheduled=True, before=before))
    if coming and anchor is not None:
        past = {offset for offset, written in dates if written.last is not None and written.last < anchor}
        ahead = {  # "in April", read as the April to come; not "Friday", the day the agreement was made
            offset: written
            for offset, written in sentence_dates(
                sentence, anchor, coming=True, scheduled=True, before=before
            )
            if offset in past
            and (
                not _WEEKDAY.match(sentence.text, offset)
                or _under_will(sentence.doc, offset)
                or not any(t.pos_ in {"VERB", "AUX"} for t in tokens(sentence.doc))  # a headline's "X-Y
                # meeting likely on Friday": no verb of another time
            )
        }
        if ahead:  # a date read forward stands for the meeting; the past days are others' (not "was
            # scheduled to hold talks on Tuesday", its one day)
            dates = [
                (offset, ahead.get(offset, written))
                for offset, written in dates
                if offset not in past or offset in ahead
            ]
        dates = [  # "are expected to reaffirm the relations, elevated to a partnership in 2011": no year past
            (offset, written)
            for offset, written in dates
            if not (written.date.precision == "year" and written.last is not None and written.last < anchor)
        ]
    if reach is not None and reach < len(sentence.doc):
        dates = [d for d in dates if d[0] < sentence.doc[reach].idx]
    if not dates:
        return None
    doc = sentence.doc
    at = doc[trigger].idx
    others = [  # clauses of their own the trigger is not in: "X and Y, who are due to meet on Friday, spoke on Monday"
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in tokens(doc)
        if t.dep_ in _CLAUSES
        and not (t.left_edge.i <= trigger <= t.right_edge.i)
        and not _telling_of(t, trigger)
    ]
    told = _reporting(doc[trigger])  # "'... have met in person,' the spokesman said in a statement Friday"
    source = _ACCORDING.match(sentence.text)
    if (
        source is not None
        and source.end() <= at
        and any(offset >= source.end() and not any(a <= offset < b for a, b in others) for offset, _ in dates)
    ):
        told.append((0, source.end()))  # "According to the KCNA on Sunday, Kim met Song on Saturday": the
        # report's day, however the parser hung it, when the sentence gives the meeting one of its own
    told += [  # "will meet X for the second time, the first was in May": the first meeting's month
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for a in tokens(doc)[trigger].ancestors
        if any(g.dep_ == "nsubj" and g.lower_ in _ORDINAL_ONES for g in a.children)
        for c in a.children
        if c.dep_ in {"prep", "npadvmod"} and not (c.left_edge.i <= trigger <= c.right_edge.i)
    ]
    told += [  # "briefed him on the Summits, due to be held on the 5th": the other event's day
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in tokens(doc)
        if _to_be_held(t)
        and not (t.left_edge.i <= trigger <= t.right_edge.i)
        and not _held_subject(t, trigger)
    ]
    told += [  # "due to meet President-elect Y, who takes office in January": the person's, not the meeting's
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in tokens(doc)
        if t.dep_ == "relcl"
        and (t.head.ent_type_ == "PERSON" or any(c.lower_ in {"who", "whose"} for c in t.children))
        and t.lemma_.lower() not in ARRIVING | {"visit"}  # "met Y, who arrived in Tokyo on Tuesday": the
        # guest's coming; "a dinner hosted by the president, who visited on February 2"
        and not (t.left_edge.i <= trigger <= t.right_edge.i)
    ]
    since = [  # "since his swearing in on 20 May" (a phrase), "since he was sworn in on 20 May" (a clause)
        t if t.dep_ == "prep" else t.head
            for t in tokens(doc) if t.lower_ == "since" and t.dep_ in {"prep", "mark"}
    ]
    since += [  # "will meet X ahead of next month's forum": the forum's month
        t
        for t in tokens(doc)
        if t.lower_ == "ahead" and any(c.lower_ == "of" and c.dep_ == "prep" for c in t.children)
    ]
    since += [  # "Following the country's part in the Assembly last week, X was invited to meet Y": the
        # Assembly's week
        t
        for t in tokens(doc)
        if t.lower_ == "following" and t.dep_ in {"prep", "advcl"}
    ]
    told += [  # "the first call by X on Y since ... 20 May": the swearing in's day, not the meeting's
        (t.left_edge.idx, end.idx + len(end.text))
        for t in since
        if not (t.left_edge.i <= trigger <= t.right_edge.i)
        for end in [_phrases_run_on(doc, t.right_edge)]
    ]
    told += [  # "will have talks with Y to prepare for a summit in 2019": the summit's year
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in tokens(doc)
        if t.lemma_.lower() == "prepare"
        and t.dep_ in {"advcl", "xcomp", "acl"}
        and not (t.left_edge.i <= trigger <= t.right_edge.i)
    ]
    dates = [d for d in dates if not any(start <= d[0] < end for start, end in told)]
    whose = next(  # "X, who has previously had calls with A and B, on Thursday confirmed ...": the
        # person's past, told in their clause, whose day is not the main clause's
        (
            a
            for a in tokens(doc)[trigger].ancestors
            if a.dep_ == "relcl" and any(c.lower_ in {"who", "whom"} for c in a.children)
        ),
        None,
    )
    if whose is not None:
        start, end = whose.left_edge.idx, whose.right_edge.idx + len(whose.right_edge.text)
        dates = [d for d in dates if start <= d[0] < end]
    dates = [
        d
        for d in dates
        if not _year_of_a_thing(doc, d[0], trigger)
        and not _day_of_a_thing(doc, d[0], trigger)
        and not _day_of_an_event(doc, d[0], trigger)
        and not _day_a_thing_was_done(doc, d[0], trigger)
        and not _since_doing(doc, d[0], trigger)
        and not (
            _NOT_EVENT_DATE.search(sentence.text, max(0, d[0] - 12), d[0])
            and not _of_the_trigger(doc, d[0], trigger)
        )
    ]  # "is planned for Friday", "will be in Kampala from 11 to 13 March, where he will meet": the meeting's;
    # not "discussed the elections set for March 12", "ahead of the fair running from 11 to 13 March"
    if not dates:
        return None
    verb = doc[trigger]
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "will travel to Italy tomorrow and hold a private meeting with Y on Friday": the
        # day of the verb holding the meeting, not the journey's
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    own = (
        {t.idx for t in verb.subtree if t.i not in joined} if verb.pos_ in {"VERB", "AUX"} else set()
    )  # "met A on Wednesday evening and called on B on Thursday morning": each verb's own day first
    telling = [  # "a follow-up to the meeting they held in Lima on Feb. 16": the clause telling its day
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
            for t in tokens(doc) if _telling_of(t, trigger)
    ]
    dates.sort(
        key=lambda d: (
            not any(start <= d[0] < end for start, end in telling),
            any(start <= d[0] < end for start, end in others),
            bool(own) and d[0] not in own,
            d[1].date.precision != "day",
            abs(d[0] - at),
        )
    )
    held_when = telling  # "The meeting, held on Monday afternoon, focused on trade"
    if (
        told_before(doc[trigger])
        and not any(start <= dates[0][0] < end for start, end in held_when)
        and (
            any(start <= dates[0][0] < end for start, end in others)
            or not _in_clause_of(doc[trigger], dates[0][0])
        )
    ):
        return (
            None  # "At the meeting, they committed to the plan agreed upon in October": not the meeting's day
        )
    described = [  # "met X of Croatia, which will assume the EU Presidency in the first half of 2020"
        (t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
        for t in tokens(doc)
        if t.dep_ == "relcl"
        and t.i > trigger
        and not (t.left_edge.i <= trigger <= t.right_edge.i)
        and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in t.children)
        and not any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in tokens(doc)[trigger].children
        )
    ]  # (not "met X, who arrived in Tokyo on Monday": the visit's day is the meeting's)
    if any(start <= dates[0][0] < end for start, end in described):
        return None  # a participant's description, not the meeting's day
    if in_a_description(doc, dates[0][0], trigger):
        return None
    return dates[0]


ARRIVING = frozenset(
    {"arrive", "come", "travel", "land"}
)  # a guest's coming, the day of the meetings it brings


HELD = frozenset(
    {"hold", "take", "happen", "occur"}
)  # "was held", "took place", "happened": a meeting's being


_HELD_OR_SET = HELD | {"conduct", "schedule", "plan", "set", "expect"}  # "a summit expected to be held on X"


def _phrases_run_on(doc: Doc, last: Token) -> Token:
    """The last word of the phrases that run on after ``last`` to the clause's end, no comma, verb or "and"
    between: "since his re-election [in the Lok Sabha elections in May]", whose "in May" the parse hangs on
    the meeting noun."""
    end = last.i
    while (
        end + 1 < len(doc)
        and not doc[end + 1].is_punct
        and doc[end + 1].pos_ not in {"VERB", "AUX", "CCONJ"}
        and doc[end + 1].lower_ not in {"when", "where", "while", "after", "before", "as"}
    ):
        end += 1
    return tokens(doc)[end]


def _telling_of(clause: Token, trigger: int) -> bool:
    """Whether a clause hangs on the meeting noun and tells where or when it was held: "The meeting, held on
    Monday", "the talks, which took place on Friday"."""
    if clause.dep_ not in {"acl", "relcl"} or clause.lemma_.lower() not in _HELD_OR_SET:
        return False
    if clause.head.i == trigger:
        return True
    meeting = tokens(clause.doc)[trigger]
    return (  # "the agreements reached at the meeting between A and B held on February 17": the parse hung
        # "held" on the agreements, but it follows the meeting's own phrase
        meeting.pos_ == "NOUN"
        and clause.left_edge.i == meeting.right_edge.i + 1
        and clause.head.left_edge.i <= trigger < clause.i
        and any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in meeting.children)
    )


def in_a_description(doc: Doc, offset: int, trigger: int | None = None) -> bool:
    """A date in a relative clause telling a past of a person's or a thing's own, the trigger (if any)
    outside it: "Rubio, whom the Senate confirmed on Monday, met X" (his confirmation's day); "the working
    group which collapsed after the coup of 2006" (the group's). Only such a past (``_OWN_PASTS``): "met X,
    who arrived in Tokyo on Monday", "who began a visit on Monday", "who was in Berlin on Monday" give the
    meeting's day, and so does "the summit, which opened on Monday"."""
    token = token_at(doc, offset)
    if token is None:
        return False
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return (
        clause is not None
        and not (trigger is not None and clause.left_edge.i <= trigger <= clause.right_edge.i)
        and clause.lemma_.lower() in _OWN_PASTS
    )


# What happens to a person or a thing on a day of its own: taking or leaving office, being born, a body or
# a tie made or ended.
_OWN_PASTS = frozenset(
    {"confirm", "elect", "appoint", "swear", "name", "nominate", "bear", "assume", "resign", "die", "succeed",
     "replace", "win", "lose", "inaugurate", "collapse", "elevate", "upgrade", "sign", "establish", "found",
     "create", "form", "launch", "adopt", "ratify", "expire", "dissolve", "suspend", "sever", "break"}
)  # fmt: skip


WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # a weekday's name, for patterns reading one
_WEEKDAY = re.compile(rf"(?:on |last |this |next )?{WEEKDAY_NAME}\b", re.IGNORECASE)


def _year_of_a_thing(doc: Doc, offset: int, trigger: int) -> bool:
    """A bare year written before a noun other than the trigger: that thing's year, not the meeting's.

    "At their morning meeting, X and Y reaffirmed ties under the 2019 enhanced Agreement": the agreement's
    year. Not "the 2019 talks between X and Y" (the trigger's own), nor "met in 2019".
    """
    year = next((t for t in tokens(doc) if t.idx == offset), None)
    if year is None or not (year.like_num and len(year.text) == 4):  # a year's four digits
        return False
    head = year.head
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i and head.i != trigger:
        head = head.head  # "the 2019 G20 [compound] summit": the summit's year
    return (
        year.dep_ in {"nummod", "compound", "amod", "npadvmod"}
        and head.i != trigger
        and head.lower_ not in _GATHERING_NOUNS  # "met at the 2023 BRICS summit", "at their 2023 retreat"
        and head.i > year.i
        and head.pos_ in {"NOUN", "PROPN"}
        and year.i > 0
        and doc[year.i - 1].lower_ in {"the", "a", "an", "its", "their", "his", "her", "this", "that"}
    )


def _of_the_trigger(doc: Doc, offset: int, trigger: int) -> bool:
    """Whether the verb a date hangs on is the trigger's, one the trigger hangs on ("A meeting between X and
    Y is planned [<- meeting] for Friday") or one telling the trigger's time ("The meeting, set for
    Saturday")."""
    verb = verb_over(next((t for t in tokens(doc) if t.idx == offset), None))
    if verb is None:
        return False
    return (
        verb.i == trigger
        or any(a.i == verb.i for a in tokens(doc)[trigger].ancestors)
        or (_telling_of(verb, trigger) and not _replaced(verb))
    )


_REPLACING = frozenset({"delay", "postpone", "move", "reschedule", "push", "bring", "cancel", "shift"})


def _replaced(clause: Token) -> bool:
    """Whether a clause telling a meeting's time tells one since replaced: "The meeting, originally set for
    Sunday, was moved to Tuesday", "first scheduled for May", "set for Monday but delayed by a day"."""
    return any(
        t.lower_ in {"originally", "initially", "first", "previously", "earlier"}
        or t.lemma_.lower() in _REPLACING
        or (t.dep_ == "aux" and t.lower_ == "had")
        for t in clause.subtree
    )


def _day_of_a_thing(doc: Doc, offset: int, trigger: int) -> bool:
    """A date in the possessive, of a noun other than the trigger: that thing's day, not the meeting's.

    "X and Y discussed trade and Thursday's referendum": the referendum's day.
    Not "Monday's talks between X and Y" (the trigger's own), nor "at last
    week's summit, X met Y" (the gathering the meeting was at), nor "met X
    on Monday's holiday" (a day the meeting was on).
    """
    token = next((t for t in tokens(doc) if t.idx == offset), None)
    if token is None:
        return False
    while token.dep_ in {"amod", "compound", "nummod", "det"} and token.head.i > token.i:
        token = token.head  # "last [amod] week's": the week
    possessed = token.head
    return (
        token.dep_ == "poss"
        and any(c.dep_ == "case" for c in token.children)
        and possessed.i != trigger
        and possessed.lower_ not in _GATHERING_NOUNS
        and possessed.pos_ in {"NOUN", "PROPN"}
        and not (possessed.dep_ == "pobj" and possessed.head.head.i == trigger)  # "met X on Monday's holiday"
    )


def _day_a_thing_was_done(doc: Doc, offset: int, trigger: int) -> bool:
    """A date in a past participle's clause on a noun other than the trigger: "the deal with Damascus made
    on March 10", "the agreement signed on 2 May": the day that thing was done, not the meeting's."""
    token = token_at(doc, offset)
    if token is None:
        return False
    clause = next((a for a in token.ancestors if a.dep_ == "acl" and a.tag_ == "VBN"), None)
    return (
        clause is not None
        and clause.head.i != trigger
        and clause.head.lower_ not in _GATHERING_NOUNS  # not "the meeting held on Monday"
        and not clause.left_edge.i <= trigger <= clause.right_edge.i  # "made by A and B at their May 21
        # summit": the clause tells of the meeting itself
        and not _telling_of(clause, trigger)  # "the accords reached at the meeting of A and B held on May 2"
    )


def _since_doing(doc: Doc, offset: int, trigger: int) -> bool:
    """A date in what a time is counted from: "the first foreign official she hosted since taking office in
    July": the day office was taken, not the meeting's."""
    token = token_at(doc, offset)
    if token is None:
        return False
    gerunds = (a for a in token.ancestors if a.tag_ == "VBG" and a.dep_ == "pcomp")
    since = next((a for a in gerunds if a.head.lower_ == "since"), None)
    return since is not None and not since.left_edge.i <= trigger <= since.right_edge.i


def _day_of_an_event(doc: Doc, offset: int, trigger: int) -> bool:
    """A date hung on a noun of something that happened, other than the trigger: that event's day.

    "In his call to X, Y extended condolences over the terrorist incident in
    Dera Ismail Khan on July 21": the incident's day, not the call's. Not a
    gathering the meeting was at, nor a noun the trigger hangs on.
    """
    token = next((t for t in tokens(doc) if t.idx == offset), None)
    if token is None:
        return False
    while token.dep_ in {"compound", "nummod", "amod", "nmod"} and token.head.i != token.i:
        token = token.head  # "July [compound] 21"; "Milei's Dec. [nmod] 10 inauguration": the noun itself
    if token.pos_ == "NOUN" and token.lemma_.lower() in _EVENTS and token.i != trigger:
        noun = token
    elif token.dep_ != "pobj" or token.head.lower_ not in {"on", "in"}:
        return False
    elif _right_after_an_event(token.head, trigger):
        return True
    else:
        noun = token.head.head
    if (
        noun.pos_ == "VERB"
        and noun.lemma_.lower() in _KEPT_DAYS
        and noun.head.i != trigger
        and not any(c.dep_ == "nsubj" for c in noun.children)  # a participle, no one's deed
    ):
        return True  # "felicitations on the 97th Republic Day of Turkey – celebrated on October 29"
    if (
        noun.lemma_.lower() in JOURNEYS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"for", "about", "regarding", "of"}
        and noun.head.head.pos_ == "NOUN"
        and noun.i != trigger
        and not any(a.i == noun.i for a in tokens(doc)[trigger].ancestors)
    ):
        return True  # "discussed agenda items for President X's planned visit to the White House in July":
        # the visit's month, a thing talked of, not the day of the talk
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head.head  # "incident [in Dera Ismail Khan] on July 21"
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _EVENTS
        and noun.i != trigger
        and not any(a.i == noun.i for a in tokens(doc)[trigger].ancestors)
    )


def _right_after_an_event(preposition: Token, trigger: int) -> bool:
    """A date's phrase written right after the phrase of an event, whatever the parser hung it on:
    "expressing condolences for the terrorist attack in Bamako on September 17th" (hung on "expressing")."""
    if preposition.i == 0:
        return False
    node = preposition.doc[preposition.i - 1]
    above = {a.i for a in preposition.doc[trigger].ancestors} | {trigger}
    while node.right_edge.i == preposition.i - 1:
        if node.pos_ == "NOUN" and node.lemma_.lower() in _EVENTS and node.i not in above:
            # not "had a phone call after the inauguration in January": an event the meeting is timed by
            return not (node.dep_ == "pobj" and node.head.lower_ in _TIMED_BY)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_TIMED_BY = frozenset({"after", "following", "before", "since", "during", "amid"})
_KEPT_DAYS = frozenset({"celebrate", "observe", "mark", "commemorate"})  # a day kept, told by its date
JOURNEYS = frozenset({"visit", "trip", "tour", "journey"})

# Things that happen on a day of their own, whose dates are no meeting's.
_EVENTS = frozenset(
    {"incident", "attack", "attacks", "bombing", "blast", "explosion", "earthquake", "flood", "crash",
     "election", "elections", "vote", "referendum", "coup", "killing", "shooting", "accident", "disaster",
     "fire", "storm", "cyclone", "hurricane", "tragedy", "massacre", "strike", "loss", "death", "deaths",
     "ouster", "overthrow", "takeover", "uprising", "invasion", "inauguration", "resignation",
     "assassination", "funeral", "independence"}
)  # fmt: skip


_GATHERING_NOUNS = frozenset(
    {
        "summit",
        "meeting",
        "talks",
        "retreat",
        "session",
        "conference",
        "forum",
        "visit",
        "dialogue",
        "gathering",
    }
)


def _in_clause_of(trigger: Token, offset: int) -> bool:
    """Whether a date at ``offset`` stands in the clause the trigger is told in.

    "As the Hasina-Modi meeting set the tone, X yesterday called on Y": the
    meeting's clause is the one of "set", and yesterday is the call's.
    """
    clause = next((t for t in trigger.ancestors if t.dep_ in _CLAUSES), None)
    if clause is None:
        return True
    return clause.left_edge.idx <= offset < clause.right_edge.idx + len(clause.right_edge.text)


def told_before(token: Token) -> bool:
    """ "the meeting", "this meeting", "these talks": a meeting noun for one already told."""
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"} for c in token.children
    )


# Verbs that judge a meeting named as their object ("X called the meeting with Y constructive"): the
# meeting is the noun's, the verb's subject was at it, and "called" is no phone call.
JUDGING_VERBS = frozenset({"call", "describe", "term", "hail", "characterize", "characterise"})


def says_phone(text: str) -> bool:
    """Whether a sentence says a call was by phone ("by phone", "telephoned"), not only a call or that people
    spoke."""
    return _PHONE.search(text) is not None


_PHONE = re.compile(r"\b(?:phone|telephone|telephonic|phoned|telephoned|tele ?- ?talks?)\b", re.IGNORECASE)


def kind_of(doc: Doc, trigger: int, heading_text: str = "") -> str:
    """in-person, call or video, from the words of the trigger's clause."""
    token = doc[trigger]
    if token.dep_ in {"conj", "advcl", "pcomp"} and token.pos_ in {"VERB", "AUX"}:
        words = " ".join(
            t.text for t in token.subtree
        )  # "called on X and was hosted to breakfast by Y"; "the
        # call came a day after X received Y": the clause of its own says how X met Y
    elif token.dep_ == "dobj" and token.head.lemma_.lower() in JUDGING_VERBS:
        words = " ".join(t.text for t in token.subtree)  # "called the meeting constructive": no phone call
    elif token.head.i != token.i:
        words = " ".join(t.text for t in token.head.subtree)
    else:
        words = token.sent.text
    words = f"{token.sent.text} {heading_text}" if len(words) < 3 else f"{words} {token.text}"
    if (
        token.pos_ == "VERB"
        and token.lemma_.lower() == "call"
        and any(
            c.lower_ == "on"
            and c.i > token.i
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)
            for c in token.children
        )
        and not any(
            c.dep_ == "dobj" or (c.dep_ == "oprd" and c.ent_type_ == "PERSON") for c in token.children
        )
    ):
        return "in-person"  # "called on Prime Minister Kishida": a visit (not "X called Y on Sunday", "on his
        # birthday": one called)
    if _VIDEO.search(words):
        return "video"
    if (_COURTESY.search(words) or _ENVOYS_CALL.search(words)) and not re.search(
        r"\b(?:phone|telephone)\b", words, re.IGNORECASE
    ):
        return "in-person"  # "who paid him a courtesy call at State House": a visit
    if _CALL.search(words) or token.lemma_.lower() in {"call", "phone", "telephone", "contact"}:
        return "call"  # "contacted President-elect X to congratulate him": no one travels to congratulate
    if (
        token.lemma_.lower() == "speak"
        and any(
            (
                c.dep_ == "prep"
                and c.lower_ in {"to", "with"}
                and not any(g.lower_ == "voice" for g in c.children)
            )
            or (c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children))
            or (
                c.dep_ == "advmod" and c.lower_ == "last"
            )  # "Both leaders last spoke on Dec 2": their last call
            for c in token.children
        )  # not "spoke with one voice": agreed, wherever they met
        and not _IN_PERSON.search(_without_other_times(token))
        and not (
            any(c.lower_ == "also" and c.dep_ == "advmod" for c in token.children)
            and any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in token.children)
        )  # "X and Y also spoke about Z": more of the meeting just told; not "X also spoke with Y", a call
    ):
        # "The Prime Minister spoke to President Macron", "X and Y spoke on Monday": a readout's word for a
        # call; not "both leaders spoke on a number of areas"
        return "call"
    return "in-person"


def _without_other_times(verb: Token) -> str:
    """The verb's sentence without the phrases that place it before or after another event: "Hours before the
    A-B meeting, X spoke with Y" says nothing of how X and Y spoke."""
    other = {
        t.i
        for c in verb.children
        if c.dep_ in {"prep", "npadvmod", "advcl"}
        for p in [c, *c.children]
        if p.dep_ == "prep" and p.lower_ in {"before", "after", "since", "following"}
        for t in p.subtree
    }
    return " ".join(t.text for t in verb.sent if t.i not in other)


SAYING = frozenset({"say", "tell", "announce", "state", "report", "confirm"})  # what a teller does
_GOING = frozenset({"visit", "trip", "travel", "journey", "fly", "go", "come"})


def place_of(doc: Doc, trigger: int) -> str | None:
    """The city or named site a meeting was at: by the trigger first, else anywhere in its sentence.

    "met in Lima on Thursday", "held talks with X in Beijing", "on the
    sidelines of the APEC summit in San Francisco", "the summit at Camp
    David"; "in Japan" names no city.
    """
    token = doc[trigger]
    near = [c for holder in (token, token.head) for c in holder.children]
    near = [  # "a follow-up to the meeting they held in Buenos Aires": the clause telling where, first
        *(c for clause in token.children if _telling_of(clause, trigger) for c in clause.children),
        *near,
    ]
    close = {c.i for c in near}  # (made once: the sentence's every word is asked whether it is near)
    preps = [*near, *(t for t in tokens(doc) if t.i not in close)]
    holders = [token, token.head, *(c for c in near if c.dep_ == "dobj")]
    if token.head.dep_ == "prep":  # "will travel to Tokyo this weekend for [prep] a trilateral meeting"
        holders.append(token.head.head)
    journey = [c for holder in holders for c in holder.children]
    own = {c.i for c in near} | {c.i for c in journey}
    where = _place_where(token)
    for prep in [
        *(p for p in preps if p.lower_ in {"in", "at"} and p.head.lemma_.lower() not in SAYING),
        *(p for p in journey if p.lower_ == "to" and p.head.lemma_.lower() in _GOING),  # its own clause's
    ]:
        if prep.dep_ != "prep" or (prep.i not in own and _of_an_earlier_meeting(prep.head)):
            continue
        if days_apart(doc, prep.i) is not None and days_apart(doc, trigger) is None:
            continue  # "met A on Tuesday, a day after holding talks in Jerusalem with B": the talks' place
        if where is not None and prep.i not in own:
            return where  # "landed in Ezeiza from Rome, where X held meetings with Y": the clause's place
        named = _site_of(prep)
        if named is not None:
            return named
    return _place_where(token)


def place_between(doc: Doc, start: int, end: int) -> str | None:
    """The first city or site told "in" or "at" from token ``start`` up to ``end``: a stretch of one party's.

    "met A in Pristina on Tuesday and B in Belgrade on Wednesday": Belgrade is told in B's stretch.
    """
    return next(
        (
            named
            for prep in doc[start:end]
            if prep.lower_ in {"in", "at"} and (named := _site_of(prep)) is not None
        ),
        None,
    )


def _site_of(prep: Token) -> str | None:
    """The city or named site a preposition's object names: "in Lima", "at Camp David"; not "in Japan"."""
    if prep.dep_ != "prep":
        return None
    for obj in map(_named_in, prep.children):
        if obj.dep_ != "pobj" or (obj.ent_type_ not in {"GPE", "LOC", "FAC", "ORG"} and obj.pos_ != "PROPN"):
            continue
        others = {t.i for c in obj.children if c.dep_ in {"appos", "conj"} for t in c.subtree}
        name = " ".join(
            t.text
            for t in obj.subtree
            if t.ent_type_ == obj.ent_type_ and t.dep_ != "det" and t.pos_ == "PROPN" and t.i not in others
        )  # (its own words: not "Jordan" of "in Aqaba, Jordan", nor "Crete" of "in Istanbul and Crete")
        if not name or gazetteer.country_forms().get(name, ("", ""))[1] in {"name", "demonym"}:
            continue  # "in Japan" names no city; "in Lima", a capital, does
        if obj.ent_type_ == "FAC" or (
            obj.ent_type_ != "ORG" and (gazetteer.place_country(name) or _beside_its_country(obj))
        ):
            return name
        if obj.ent_type_ == "ORG" and name.split()[0] in {"Camp", "Fort"}:
            return name
    return None


def _beside_its_country(place: Token) -> bool:
    """A place the gazetteer does not know, written with its country after it: "in Aqaba, Jordan"."""
    doc = place.doc
    after = place.right_edge.i + 1

    return (
        place.ent_type_ in {"GPE", "LOC"}
        and after + 1 < len(doc)
        and doc[after].text == ","
        and gazetteer.form_kind(doc[after + 1].text) == "name"
    ) or any(c.dep_ == "appos" and gazetteer.form_kind(c.text) == "name" for c in place.children)


_SETTLEMENTS = frozenset({"city", "town", "village", "capital"})


def _named_in(obj: Token) -> Token:
    """The place a settlement noun names after "of": "in the city of [Tashkent]"; any other word itself."""
    if obj.lower_ in _SETTLEMENTS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                named = [c for c in prep.children if c.dep_ == "pobj"]
                if named:
                    return named[0]
    return obj


def _of_an_earlier_meeting(noun: Token) -> bool:
    """ "since the recent Squad meeting [in Hawaii]": the place is that earlier meeting's."""
    return noun.lower_ in {"meeting", "talks", "summit"} and any(
        c.lower_ in {"recent", "last", "previous", "earlier", "first"} for c in noun.children
    )


def _place_where(token: Token) -> str | None:
    """The city a "where" clause holding the trigger tells of: "flies on to Tokyo, where he is scheduled to meet Y"."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
            place = node.head
            name = " ".join(  # the place's own words, not the clause's ("Rome, where Milei [GPE] held")
                t.text
                for t in place.subtree
                if t.i <= place.i and t.ent_type_ == place.ent_type_ and t.pos_ == "PROPN"
            )
            if place.ent_type_ in {"GPE", "LOC", "FAC"} and name and gazetteer.place_country(name):
                if gazetteer.country_forms().get(name, ("", ""))[1] not in {"name", "demonym"}:
                    return name
            return None
        if node.head.i == node.i:
            break
        node = node.head
    return None


def topics_of(texts: list[str]) -> tuple[str, ...]:
    """The topics the meeting's sentences name, in the fixed order of ``TOPICS``."""
    joined = " ".join(texts)
    return tuple(name for name, pattern in _TOPIC_PATTERNS.items() if pattern.search(joined))
