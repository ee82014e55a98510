"""Article text -> domain events (and problems); no network, no clock, no files.

Owns the meeting rules: trigger words and what blocks them (hopes, denials,
occasions such as "on the sidelines of the APEC summit"), who takes part in
each (subjects, objects, pronouns, "separately", "counterparts from X, Y and
Z"), the kind (in person, call, video, planned), the date (the nearest date
expression in the clause, else the story's running date, resolved against the
publication date), the place and the topics; and one record per meeting when
several sentences describe it. Every official mention also becomes an office
observation. People and their titles are found by ``people``; dates by
``timex``.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs
import pendulum

from timeline import gazetteer, people, text, timex
from timeline.article import Article
from timeline.model import ArticleIngested, Event, Evidence, MeetingReported, OfficeObserved, Participant
from timeline.people import Person
from timeline.textdate import TextDate

EXTRACTOR = "rules-2"

_TRIGGER = re.compile(
    r"\b(?P<t>"
    r"(?:held|hold|holds|holding|had|have) (?:[\w'’-]+ ){0,3}?(?:talks|meetings?|discussions?|(?:phone |video |telephone )?calls?|"
    r"(?:video )?summits?|dialogue|conversations?|consultations|dinner|lunch)|"
    r"received(?= (?:[A-Z]|the visiting\b))|receives(?= (?:[A-Z]|the visiting\b))|"
    + "(?-i:"
    + text.any_phrase(
        """met, meet, meets, meeting, meetings, talks, talked, convened, convenes, gathered, spoke, speak,
        speaks, phone call, telephone call, video call, video summit, video conference, videoconference,
        virtual meeting, virtual summit, call, calls, called on, call on, courtesy call, working lunch,
        working dinner, working breakfast, dinner, lunch, summit, summits, sat down with, sit down with,
        hosted, hosts, host, dialogue, discussion, discussions, received by, was received, were received,
        conversation, encounter, session, sessions, trilateral, bilateral, gathering""".split(",")
    )
    + r"))\b",
    re.IGNORECASE,
)
_JOIN = re.compile(
    r"\b(?:chaired|attended|took part|take part|participated|joined (?:the|them|him|her)|"
    r"(?:were|was) (?:also )?(?:at the table|present))\b",
    re.IGNORECASE,
)
_NOT_A_MEETING = re.compile(
    r"\b(?:(?-i:"
    + text.any_phrase(
        """did not, didn't, does not, doesn't, do not, don't, won't, will not, would not, never, no plan to,
        no plans to, refused to, declined to, rule out, ruled out, rules out, hope to, hoped to, hopes to,
        hoping to, hope for, hopes for, want to, wants to, wanted to, could, might, possible, seek to,
        seeks to, seeking to, sought to, would like to, wish to, wishes to, eager to, keen to, in hope of,
        in hopes of, possibility, canceled, cancelled, called off, postponed, scrapped, rather than,
        instead of, earliest, convenient time, mutually convenient, any such""".split(",")
    )
    + r")|invit\w+)\b"
    r"|(?-i:\bmay\b)(?! \d)",  # the modal, not the month ("May 21") nor a name ("Theresa May")
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:will|'ll|(?:is|are|['’]s|['’]re) (?:also |still |now |then )?(?:due|set|scheduled|expected|slated|to)|"
    r"plans? to|planning to|set for|scheduled for|upcoming|to be held|next week|due to)\b",
    re.IGNORECASE,
)
_CALL = re.compile(r"\b(?:phone|telephone|called|calls?\b(?! on)|by phone|spoke by|phoned)", re.IGNORECASE)
_VIDEO = re.compile(r"\b(?:video|virtual|videoconference|online summit)", re.IGNORECASE)
_OCCASION = re.compile(
    r"\b(?:sidelines?|margins?|margin|on the occasion|ahead) of (?:the |a |an )?[^,;]{0,80}$", re.IGNORECASE
)
_RELATIVE_END = re.compile(r", |[;.]")
_NOUNS = frozenset(
    {
        "meeting", "meetings", "talks", "summit", "summits", "session", "sessions", "discussion", "discussions",
        "dialogue", "conversation", "encounter", "call", "calls", "trilateral", "bilateral", "dinner", "lunch",
        "phone call", "telephone call", "video call", "video summit", "video conference", "videoconference",
        "virtual meeting", "virtual summit", "courtesy call", "working lunch", "working dinner", "working breakfast",
        "gathering",
    }
)  # fmt: skip
_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b|\beach\b", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:they|the two|the pair|the three|the four|both|the ministers|the leaders|the diplomats|the two sides|"
    r"the two ministers|the three ministers|the four ministers|the two top diplomats|the two leaders|their|"
    r"the trio|all three|all four)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(  # every form opens with a literal character, which the engine can skip to
    r"; | — | -- |, (?=(?:who|whom|which|whose|where|when|while|after|before|as|although|though|but|since)\b)|"
    r" (?<=\w )(?=(?:after|before|while|although|though|since|where|when)\b)| (?<=\w )(?=as (?:they|he|she|it|the)\b)",
    re.IGNORECASE,
)
# "Lammy met Han Zheng, and on Saturday travels to Shanghai": a day that opens a coordinated clause
_AND_ON_DAY = re.compile(
    r", and (?:then |later )?(?=on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^;]*"
)
_INTRO = re.compile(
    r"^(?:Before|After|Following|Ahead of|Meeting|In a meeting|In an? \w+ meeting|At|During|On|Upon|When|While|"
    r"Straight after|Later|Earlier|Prior to|Speaking)\b[^,]{0,120}, ",
)
_SINCE = re.compile(r"\b(?:since|first (?:\w+ ){0,4}in|for the first time in)\b", re.IGNORECASE)
_RELATIVE_DAY = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|\d+) days? (?P<dir>after|before|earlier|later)\b"
    r"|\b(?P<same>(?:later|earlier) (?:that|the same) day|that day|the same day|the previous day|the day before|"
    r"the next day|the following day)\b",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"\b(?:foreign ministers|top diplomats|ministers|leaders|counterparts|diplomats|officials) "
    r"(?:from|of) (?:the )?(?P<list>[^;.]{3,160})",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b"
    + text.any_phrase(
        """in, at, visited, visiting, visit to, trip to, travel to, travels to, travelled to, traveled to, flew to,
        flies to, flying to""".split(",")
    )
    + r" (?:the )?(?P<place>(?:[A-Z][\w'’.-]+)(?: (?:[A-Z][\w'’.-]+|(?:de|la|le|du|al)\b)){0,3})"
)
_REGION = re.compile(
    r"\b(?:Indo-Pacific|Asia|Europe|Africa|Middle East|Pacific|Atlantic|Arctic|Gulf|Caribbean|Americas|Balkans|"
    r"Sahel|Peninsula|Strait|Sea|Ocean|Region|Zone|Territory|Territories|Parliament|Congress|Senate|House|"
    r"Washington's|Beijing's|Office|Summit|Assembly|Conference|Forum|Department|Ministry)\b"
)
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
_LIST_GAP = re.compile(r",? (?:and )?(?:(?:[A-Z][\w.-]*|of|the|for) ){0,5}")  # titles may come between
_BETWEEN_AND = re.compile(r"\b(?:between|among)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?\s+and\s+(?:the\s+)?$")
_HE_AND = re.compile(r"\b(?:he|she) and $")
_COUNTRY_GAP = re.compile(r",? (?:and )?(?:the )?")
_GIVES_OFFICE = re.compile(
    r"\b"
    + text.any_phrase(
        """sworn in, appointed, named, confirmed, installed, elected, took office, became, serves, serving,
        returned, took over, came back""".split(",")
    )
)
_TOPIC_PATTERNS = {name: re.compile(pattern) for name, pattern in TOPICS.items()}
_ANY_TOPIC = re.compile("|".join(TOPICS.values()))  # one search before the twelve


@attrs.define
class _Candidate:
    """A meeting as one clause describes it, before merging."""

    people: list[Person]
    countries: set[str]
    date: TextDate | None
    date_from: str
    kind: str
    place: str | None
    venue: str | None
    sentence: text.Sentence
    trigger: tuple[int, int]
    anaphoric: bool
    join: bool = False
    start_date: bool = False
    subject: list[Person] = attrs.field(factory=list)
    arity: int | None = None


@attrs.define
class _Meeting:
    people: list[Person]
    countries: set[str]
    unnamed: set[str]
    date: TextDate | None
    date_from: str
    kind: str
    place: str | None
    venue: str | None
    sentences: list[text.Sentence]
    evidence: tuple[int, int]
    main: bool


def extract(article: Article) -> tuple[list[Event], list[str]]:
    """The events one article reports, and the problems met while reading it.

    Returns:
        The ``ArticleIngested`` event first, then meetings, then office
        observations; and human-readable problems (never raised).

    """
    ingested = ArticleIngested(
        **attrs.asdict(article, recurse=False, filter=lambda a, _: a.name not in {"id", "warnings"}),
        article=article.id,
    )
    reader = _Reader(article)
    meetings = _attendance(reader.meetings())
    observations = reader.observations()
    return [ingested, *meetings, *observations], reader.problems


def _attendance(meetings: list[MeetingReported]) -> list[MeetingReported]:
    """Who else attended a grouping's meeting: the members' officials met there one-on-one.

    "Joly opened the G7 ministerial sessions after a one-on-one meeting with
    U.S. Secretary of State Marco Rubio": on the day of a meeting of a
    grouping with a fixed membership, a two-person in-person meeting (at the
    same place, or at none named) between one of its participants and an
    official of a member country in the same office class puts that official
    at the grouping's meeting too, unless that country is already there in
    that office.
    """
    found = list(meetings)
    for index, meeting in enumerate(found):
        if meeting.meeting_kind != "in-person" or meeting.date.precision != "day":
            continue
        members = gazetteer.grouping_members(" ".join(filter(None, (meeting.venue, meeting.evidence.sentence))))
        if not members:
            continue
        present = {p.name for p in meeting.participants}
        seats = {(p.country, p.role) for p in meeting.participants}
        added: list[Participant] = []
        for other in meetings:
            if (
                other is meeting
                or other.meeting_kind != "in-person"
                or other.date != meeting.date
                or len(other.participants) != 2  # noqa: PLR2004 - one-on-one
                or (other.place and meeting.place and other.place != meeting.place)
            ):
                continue
            shared = [p for p in other.participants if p.name in present]
            guest = [p for p in other.participants if p.name not in present]
            if len(shared) != 1 or len(guest) != 1:
                continue
            person = guest[0]
            if (
                person.country in members
                and person.role != "other"
                and person.role == shared[0].role
                and (person.country, person.role) not in seats
            ):
                added.append(person)
                seats.add((person.country, person.role))
        if added:
            found[index] = attrs.evolve(
                meeting,
                participants=(*meeting.participants, *added),
                countries=tuple(sorted({*meeting.countries, *(p.country for p in added if p.country)})),
            )
    return found


class _Reader:
    """Reads one article: sentences, people, then meetings and observations."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.anchor = article.published
        self.problems: list[str] = []
        if self.anchor is None:
            self.problems.append("no published date: dates relative to it stay unresolved")
        self.dateline = text.find_dateline(self.text)
        self.anchor = self._story_day()
        self.home: str | None = None
        if self.dateline:
            self.home = gazetteer.place_country(self.dateline.city.split("/")[0]) or (
                gazetteer.place_country(self.dateline.region) if self.dateline.region else None
            )
        self.sentences = list(text.sentences(self.text))
        mentions: list[people.Mention] = []
        for sentence in self.sentences:
            body_start = 0
            if self.dateline and sentence.start <= self.dateline.end <= sentence.end:
                body_start = self.dateline.end - sentence.start
            mentions.extend(
                m
                for m in people.mentions_in(sentence.text, sentence.start)
                if m.start >= sentence.start + body_start
            )
        self.people = people.group(mentions, self.text)
        self.possessors = {m.end for m in mentions if self.text[m.end : m.end + 2] in {"'s", "’s"}}
        self.holes: list[tuple[int, int]] = []
        self.seen_at: dict[tuple[int, int], TextDate] = {}
        self.since_dates: dict[tuple[int, int], int] = {}
        self.only_officials = False
        self.groups_by_country: dict[str, str] | None = None
        self.clause_at = 0  # where the clause being read starts in its sentence  # (sentence, date offset) -> offset of its "since"
        self._resolve_title_references()
        self._resolve_country_titles()
        self._resolve_as_titles()
        self._resolve_group_roles()
        self._resolve_counterparts(mentions)
        for person in self.people:
            if person.country is None:
                person.country = self._country_of(person)
        self._resolve_parallel_lists()
        self._resolve_group_roles()  # again: some people only now have a country to match a group by

    def _resolve_parallel_lists(self) -> None:
        """Titled people without a country, listed in step with a list of countries or of people.

        "ties between Seoul, Tokyo and Washington since the summit where
        President Yoon Suk Yeol, Prime Minister Fumio Kishida and President Joe
        Biden agreed...": the n-th person is of the n-th country. "Blinken and
        Park discussed the commitments made by President Biden and President
        Yoon": the n-th of the first pair's countries, unless a meeting word
        stands between the two lists (then they are the two sides of it).
        """
        spots = sorted(((s, e, p) for p in self.people for s, e in p.mentions), key=lambda spot: spot[:2])
        starts = [spot[0] for spot in spots]
        for sentence in self.sentences:
            here = spots[bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)]
            runs = self._listed_runs(sentence, here)
            lists: list[tuple[int, list[str]]] | None = None  # (end, codes) of the sentence's country lists
            for index, run in enumerate(runs):
                lost = [p for _, p in run if p.country is None]
                if not lost or len(run) < 2 or not all(p.titles for p in lost):  # noqa: PLR2004 - a list
                    continue
                if lists is None:
                    lists = self._country_lists(sentence)
                codes = next((codes for end, codes in reversed(lists) if end <= run[0][0]), None)
                codes = codes or _countries_of_a_list_before(sentence, runs[max(0, index - 4) : index], run)
                if codes is None or len(codes) != len(run) or len(set(codes)) != len(codes):
                    continue
                if any(
                    p.country not in {None, code} or not _fits(p, code) for (_, p), code in zip(run, codes, strict=True)
                ):
                    continue  # the lists do not run in step
                for (_, person), code in zip(run, codes, strict=True):
                    person.country = code

    def _listed_runs(
        self, sentence: text.Sentence, spots: list[tuple[int, int, Person]]
    ) -> list[list[tuple[int, Person]]]:
        """The people of a sentence in runs joined by commas and "and" (titles between allowed), in order."""
        runs: list[list[tuple[int, Person]]] = []
        members: set[int] = set()  # ids of the last run's people
        last_end = -1
        for start, end, person in spots:
            gap = self.text[last_end:start] if last_end >= 0 else ""
            if runs and id(person) not in members and _LIST_GAP.fullmatch(gap):
                runs[-1].append((start, person))
            elif runs and (pronoun := _HE_AND.search(self.text, max(sentence.start, start - 8), start)):
                runs.append([(pronoun.start(), runs[0][0][1]), (start, person)])  # "Blinken said he and Lammy"
                members = {id(runs[0][0][1])}
            else:
                runs.append([(start, person)])
                members = set()
            members.add(id(person))
            last_end = end
        return runs

    def _country_lists(self, sentence: text.Sentence) -> list[tuple[int, list[str]]]:
        """(end offset, codes) of each list of three or more countries in the sentence, in order.

        Two are too often the two sides of a story that the people named
        after them are not of ("talks between Washington and Beijing stalled
        after President Lai and Premier Cho ...").
        """
        runs: list[list[gazetteer.CountryMention]] = []
        for mention in gazetteer.find_countries(sentence.text):
            gap = sentence.text[runs[-1][-1].end : mention.start] if runs else ""
            if runs and _COUNTRY_GAP.fullmatch(gap):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        return [(sentence.start + r[-1].end, [m.code for m in r]) for r in runs if len(r) >= 3]  # noqa: PLR2004

    def _story_day(self) -> pendulum.Date | None:
        """The day relative dates count from: the dateline's, when it is a day or three before publication.

        "WASHINGTON, Jan. 3 -- ... spoke today" published on the 4th: today is the 3rd.
        """
        published = self.article.published
        if published is None or self.dateline is None or not self.dateline.date:
            return published
        day = timex.to_textdate(timex.resolve(self.dateline.date, published, "")).to_date()
        if day is not None and published.subtract(days=3) <= day < published:
            return day
        return published

    # -- people ----------------------------------------------------------------

    def _country_of(self, person: Person) -> str | None:
        for title in person.titles:
            if title.country:
                return title.country
        for title in person.titles:
            country = gazetteer.TITLE_COUNTRY.get(" ".join(title.text.lower().split()))
            if country:
                return country
        if person.host and self.home and _fits(person, self.home):
            return self.home  # "with host Melanie Joly" in a story from Quebec
        if not person.titles:
            return None
        first = min(person.titles, key=lambda t: t.start if t.start >= 0 else 1 << 30)
        sentence = next((s for s in self.sentences if s.start <= first.start < s.end), None)
        if sentence is not None:
            free = self._free_countries(sentence)
            if len(free) == 1 and _fits(person, next(iter(free))):
                return free.pop()
        roles = {gazetteer.title_class(t.text) for t in person.titles} & _MINISTERS  # a nominee's too
        if self.home and roles and not roles & gazetteer.own_title_roles(self.home):
            # "Foreign Minister Cho", bare, in a Seoul-datelined story: the home minister; not in
            # Honolulu, where that minister is the Secretary of State
            return self.home
        return None

    def _free_countries(self, sentence: text.Sentence) -> set[str]:
        """Countries a sentence names that are not someone's title, nationality or a destination."""
        taken = [(s, e) for p in self.people for s, e in p.mentions]
        found: set[str] = set()
        for mention in gazetteer.find_countries(sentence.text):
            start = sentence.start + mention.start
            after = sentence.text[mention.end : mention.end + 40]
            if mention.possessive:
                after = "'s" + after
            before = sentence.text[max(0, mention.start - 12) : mention.start]
            if re.search(r"\b(?:in|to|from|at|into|visit|visited|toward|towards|of)\s+(?:the\s+)?$", before):
                continue
            if _BETWEEN_AND.search(sentence.text, max(0, mention.start - 60), mention.start):
                continue  # "talks between Washington and Beijing stalled": a side, not the one acting
            if (
                re.match(r"['’]?s?\s+(?:[A-Z][\w.-]*\s+){0,4}(?:[A-Z][\w-]+)", after)
                or re.match(r"[^.;]{0,30}\bcounterparts?\b", after)
                or not re.match(
                    r"['’]s\b|\s+(?:said|says|has|have|had|is|was|will|would|wants|\w+ed)\b", after
                )
            ):
                continue  # "Japanese Foreign Minister ...", "Chinese counterpart": someone else's
            if any(s <= start < e for s, e in taken):
                continue
            found.add(mention.code)
        return found

    def _resolve_counterparts(self, mentions: list[people.Mention]) -> None:
        """ "X and his Chinese counterpart Wang Yi": both hold the same office, whoever's title says it."""
        for mention in mentions:
            if not mention.counterpart:
                continue
            person = people.person_at(self.people, mention.start)
            if person is None or person.best_title():
                continue
            sentence = next(s for s in self.sentences if s.start <= mention.start < s.end)
            if mention.predecessor:
                owner_match = re.search(
                    r"([A-Z][\w-]+)['’]s predecessor,? $", self.text[sentence.start : mention.start]
                )
                owner_person = (
                    people.person_at(self.people, sentence.start + owner_match.start(1))
                    if owner_match
                    else None
                )
                title = owner_person.best_title() if owner_person else None
                if title is not None:
                    person.titles.append(
                        people.Title(
                            text=title.text,
                            role=title.role,
                            country=title.country or (owner_person.country if owner_person else None),
                            status="former-then",
                            start=mention.start,
                        )
                    )
                    person.country = (
                        person.country or title.country or (owner_person.country if owner_person else None)
                    )
                continue
            before = [p for p in self._people_in(sentence.start, mention.start) if p is not person]
            owner = before[-1] if before else None
            if len(before) >= 2 and re.search(  # noqa: PLR2004
                r"\b(?:his|her)\s+(?:[\w-]+\s+)?counterparts?,?\s*$", self.text[sentence.start : mention.start]
            ):
                owner = before[0]  # "Baerbock met Modi before holding talks with her counterpart": the subject's
            source = owner if owner is not None and owner.best_title() else None
            if source is None and owner is not None and owner.titles:
                continue  # the owner's office is not known now ("a former defense minister"): neither is the counterpart's
            if source is None:
                titled = [p for p in before if p.best_title() is not None]
                source = titled[-1] if titled else self._last_titled_before(mention.start, person)
            if source is None:
                continue
            title = source.best_title()
            if title is None:
                continue
            shared = attrs.evolve(title, status="holder", start=mention.start)
            person.titles.append(attrs.evolve(shared, country=mention.country))
            if owner is not None and not owner.best_title():
                owner.titles.append(attrs.evolve(shared, country=owner.country))

    def _last_titled_before(self, offset: int, exclude: Person) -> Person | None:
        best: tuple[int, Person] | None = None
        for person in self.people:
            if person is exclude or person.best_title() is None:
                continue
            for start, _ in person.mentions:
                if start < offset and (best is None or start > best[0]):
                    best = (start, person)
        return best[1] if best else None

    def _resolve_title_references(self) -> None:
        """ "The Foreign Secretary spent two hours...": a title standing for the one person who fits."""
        pattern = re.compile(
            r"\b[Tt]he (?P<former>former |then-|ex-)?(?P<title>Foreign Secretary|Secretary of State|Foreign Minister|"
            r"Prime Minister|President|Chancellor|Premier|Defen[cs]e Secretary|Defen[cs]e Minister|Secretary|Minister|"
            r"(?<=former )(?i:president|prime minister|foreign secretary|secretary of state|foreign minister))\b"
            r"(?!,? [A-Z][a-z]+ [A-Z])"
            r"(?! (?:of|for|[A-Z]))"
        )
        for sentence in self.sentences:
            for match in pattern.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(s <= start < e for p in self.people for s, e in p.mentions):
                    continue
                words = match.group("title").lower()
                former = bool(match.group("former"))
                holders = [
                    p
                    for p in self.people
                    if any(
                        t.text.lower().endswith(words) or t.text.lower().startswith(words + " ")
                        for t in p.titles
                    )
                ]
                if len(holders) == 1 and not former:
                    holders[0].mentions.append((start, end))
                    continue
                if (holders and not former) or (words in {"secretary", "minister"}):
                    continue
                untitled = [
                    p for p in self.people if not p.titles and p.mentions and p.mentions[0][0] < start
                ]
                if not untitled or (words == "president" and not former):
                    continue
                # "the Foreign Secretary" is the first untitled person; "the former president", the latest one
                if former:
                    target = max(untitled, key=lambda p: max(m for m, _ in p.mentions if m < start))
                else:
                    target = min(untitled, key=lambda p: p.mentions[0][0])
                country = gazetteer.TITLE_COUNTRY.get(words) or (None if former else self.home)
                target.titles.append(
                    people.Title(
                        text=("former " if former else "") + match.group("title"),
                        role=gazetteer.title_class(match.group("title")),
                        country=country,
                        status="former" if former else "holder",
                        start=start,
                    )
                )
                target.mentions.append((start, end))

    def _resolve_country_titles(self) -> None:
        """ "Australia's foreign minister sat down with...": a nameless title naming one person."""
        pattern = re.compile(rf"\b(?P<title>{people.TITLE_RE})\b(?![ ,]+(?:[A-Z]\.? )?[A-Z][a-z])")
        for sentence in self.sentences:
            for match in pattern.finditer(sentence.text):
                window = max(0, match.start() - 80)
                head, code = people._country_before(sentence.text[window : match.start()])  # noqa: SLF001
                if code is None:
                    continue
                head = sentence.text[:window] + head
                start, end = sentence.start + len(head), sentence.start + match.end()
                if any(s <= start < e or start <= s < end for p in self.people for s, e in p.mentions):
                    continue
                role = gazetteer.title_class(match.group("title"))
                if role == "other":
                    continue
                holders = [
                    p for p in self.people if p.country == code and any(t.role == role for t in p.titles)
                ]
                if len(holders) == 1:
                    holders[0].mentions.append((start, end))
                    continue
                if holders:
                    continue
                untitled = [
                    p for p in self.people if not p.titles and p.country in {None, code} and p.mentions
                ]
                untitled = [p for p in untitled if min(m for m, _ in p.mentions) < start]
                here = [p for p in self._people_in(sentence.start, start) if p in untitled]
                if here:
                    untitled = here[-1:]
                elif not re.search(r"(?:^|[,;] )(?:[A-Z]\w+ \w+, )?(?:the )?$", head):
                    continue  # "... with Mark Carney being sworn in as Canada's prime minister": someone unnamed here
                if len(untitled) == 1 or (untitled and untitled[0].country == code):
                    target = untitled[0]
                    target.titles.append(
                        people.Title(
                            text=match.group("title"), role=role, country=code, status="holder", start=start
                        )
                    )
                    target.country = target.country or code
                    target.mentions.append((start, end))

    def _resolve_as_titles(self) -> None:
        """ "Rubio ... after he was sworn in as U.S. secretary of state": a title given by a verb."""
        pattern = re.compile(
            r"\b(?:(?i:he|she|who)\b[^.;]{0,30}?\b(?i:sworn in|appointed|named|confirmed|installed|elected|took office|"
            r"became|serves|serving)(?: as)?|(?i:returned|was appointed|was named|took over|came back)\b[^.;]{0,40}? as|"
            # "Takeshi Iwaya was appointed foreign minister on Tuesday"
            r"(?<=[a-z] )(?:was|has been|had been|is) (?i:appointed|named|sworn in as|confirmed as|elected|installed as))"
            r" (?:the )?(?:new )?(?:(?P<country>[A-Z][\w.]*(?: [A-Z]\w+)?)['’]?s? )?"
            rf"(?P<title>{people.TITLE_RE})\b",
        )
        for sentence in self.sentences:
            if not _GIVES_OFFICE.search(sentence.text):
                continue  # none of the verbs that the pattern needs: skip its slower search
            for match in pattern.finditer(sentence.text):
                subject = self._people_in(sentence.start, sentence.start + match.start())
                if not subject:
                    continue
                person = subject[0] if not match.group(0).lower().startswith("who") else subject[-1]
                if any(t.status in {"holder", "acting"} and t.role != "other" for t in person.titles):
                    continue
                country = (
                    gazetteer.lookup_country(match.group("country") or "") if match.group("country") else None
                )
                person.titles.append(
                    people.Title(
                        text=match.group("title"),
                        role=gazetteer.title_class(match.group("title")),
                        country=country,
                        status="holder",
                        start=sentence.start + match.start(),
                    )
                )
                person.country = person.country or country
                replaced = re.search(
                    r"^[^.;]{0,80}?,? (?:replacing|succeeding|who replaces|who succeeds|taking over from) ",
                    sentence.text[match.end() :],
                )
                if replaced:  # "..., replacing Yoko Kamikawa": she held that office until now
                    at = sentence.start + match.end() + replaced.end()
                    former = next((p for p in self._people_in(at, at + 60) if p is not person), None)
                    if former is not None and not any(t.role == gazetteer.title_class(match.group("title")) for t in former.titles):
                        former.titles.append(
                            people.Title(
                                text=match.group("title"),
                                role=gazetteer.title_class(match.group("title")),
                                country=country or person.country,
                                status="former",
                                start=at,
                            )
                        )
                        former.country = former.country or country or person.country

    def _groups_by_country(self) -> dict[str, str]:
        """Country -> the office its officials hold in a group phrase ("foreign ministers of A, B and C")."""
        groups: dict[str, str] = {}
        for match in _GROUP_TITLES.finditer(self.text):
            role = gazetteer.title_class(re.sub(r"s$", "", match.group("title")))
            if role == "other":
                continue
            listed = match.group("list")
            members = next(
                (
                    codes
                    for name, codes in gazetteer.GROUPINGS.items()
                    if re.match(rf"(?:the )?{re.escape(name)}\b", listed)
                ),
                (),
            )
            for code in [*_country_list(listed), *members]:
                groups.setdefault(code, match.group("title"))
        return groups

    def _resolve_group_roles(self) -> None:
        """ "The foreign ministers of Australia, India and Japan met... Japan's Yoko Kamikawa": her office."""
        if self.groups_by_country is None:
            self.groups_by_country = self._groups_by_country()
        groups = self.groups_by_country
        for person in self.people:
            if person.titles or person.country not in groups:
                continue
            title = re.sub(r"s$", "", groups[person.country])
            person.titles.append(
                people.Title(
                    text=title,
                    role=gazetteer.title_class(title),
                    country=person.country,
                    status="holder",
                    start=-1,
                )
            )

    def _people_in(self, start: int, end: int) -> list[Person]:
        """People acting between two offsets, in order of first mention there.

        A possessor ("Cho's predecessor") does not act, and neither does anyone
        inside a relative clause cut out of the stretch (``self.holes``).
        """
        found: list[tuple[int, Person]] = []
        holes = [(a, b) for a, b in self.holes if not (a <= start < b)]
        for person in self.people:
            if self.only_officials and not _official(person):
                continue
            spots = [
                s
                for s, e in person.mentions
                if start <= s < end and e not in self.possessors and not any(a <= s < b for a, b in holes)
            ]
            if spots:
                found.append((min(spots), person))
        return [p for _, p in sorted(found, key=lambda x: x[0])]

    # -- meetings --------------------------------------------------------------

    def meetings(self) -> list[MeetingReported]:
        """The article's meetings, one record each, among officials only."""
        self.only_officials = True
        candidates: list[_Candidate] = []
        self.last_people: list[Person] = []
        self.groups: list[list[Person]] = []
        running = self._dateline_date()
        self.running = running
        for sentence in self.sentences:
            if sentence.heading:
                continue
            for candidate in self._candidates(sentence):
                candidates.append(candidate)
                if len(candidate.people) >= 2 and not candidate.join:
                    self.last_people = candidate.people
                    if candidate.subject and len(candidate.subject) >= 2:
                        self.groups.append(candidate.subject)
        merged = self._merge(candidates)
        self._two_sides(merged)
        return [
            self._to_event(m)
            for m in merged
            if len(m.people) >= 2 or (m.people and m.unnamed) or (not m.people and len(m.countries) >= 2)
        ]

    def _two_sides(self, meetings: list[_Meeting]) -> None:
        """In a story between two countries, an official without one, met one-on-one by a peer of one side, is of the other.

        Peers: both leaders (heads of state or government), or both in one
        office class; a minister calling on a prime minister is as likely to
        be calling on their own.

        "Lammy met Wang Yi in Beijing ... Prime Minister Keir Starmer spoke by
        phone with Chinese President Xi Jinping": Starmer is British.
        """
        main = next((m for m in meetings if m.main), None)
        sides = {p.country for p in main.people if p.country} if main else set()
        if len(sides) != 2 or main is None or main.countries != sides:  # noqa: PLR2004 - two sides
            return
        for meeting in meetings:
            if len(meeting.people) != 2:  # noqa: PLR2004 - one-on-one
                continue
            known = [p for p in meeting.people if p.country]
            stateless = [p for p in meeting.people if p.country is None and p.titles]
            if len(known) == 1 and len(stateless) == 1 and known[0].country in sides and _peers(known[0], stateless[0]):
                other = next(iter(sides - {known[0].country}))
                stateless[0].country = other
                meeting.countries.add(other)

    def _dateline_date(self) -> TextDate | None:
        """The story's own date: the first day the lead paragraph names, else the dateline's."""
        lead = next((s for s in self.sentences if not s.heading), None)
        if lead is not None:
            skip = self.dateline.end - lead.start if self.dateline and lead.start <= self.dateline.end else 0
            for item in timex.find(lead.text):
                if item.start < skip:
                    continue
                date = timex.to_textdate(timex.resolve(item.text, self.anchor, lead.text))
                if date.precision == "day":
                    return date
        if self.dateline and self.dateline.date:
            value = timex.resolve(self.dateline.date, self.anchor, "")
            return timex.to_textdate(value) if value else None
        return None

    def _clauses(self, sentence: text.Sentence) -> list[tuple[int, int, bool]]:
        """(start, end, is_intro) offsets in the sentence of its clauses.

        A relative clause (", who ...,") is a clause of its own and a hole in
        the clause around it, which goes on after it ("Rubio, whom the Senate
        confirmed on Monday, met ...": Rubio met).
        """
        body = sentence.text
        bounds: list[tuple[int, int, bool]] = []
        start = 0
        if self.dateline and sentence.start <= self.dateline.end <= sentence.end:
            start = self.dateline.end - sentence.start
        intro = _INTRO.match(body[start:])
        if intro and intro.end() < len(body) - start:
            bounds.append((start, start + intro.end() - 2, True))
            start += intro.end()
        skip_until = start
        for match in _CLAUSE_BREAK.finditer(body, start):
            if match.start() < skip_until:
                continue
            if re.match(r"(?:who|whom|which|whose)\b", body[match.end() :]) and match.group(0).startswith(
                ","
            ):
                close = match.end()
                while True:
                    close = body.find(", ", close + 1)
                    if close < 0 or not re.match(r", (?:and |or )?(?:the )?[A-Z]", body[close:]):
                        break
                if close < 0:
                    close = len(body)
                bounds.append((match.end(), close, False))
                self.holes.append((sentence.start + match.start(), sentence.start + close))
                skip_until = close + 1
                continue
            if match.start() > start:
                bounds.append((start, match.start(), False))
            start = skip_until = match.end()
        if start < len(body):
            bounds.append((start, len(body), False))
        return sorted(bounds, key=lambda b: (b[0], -b[1]))

    def _candidates(self, sentence: text.Sentence) -> list[_Candidate]:  # noqa: C901, PLR0912
        body = sentence.text
        clauses = self._clauses(sentence)  # also marks the sentence's relative clauses for later sentences
        if not _TRIGGER.search(body) and not _JOIN.search(body):
            return []
        main_people: list[Person] = []
        for c_start, c_end, is_intro in clauses:
            if not is_intro:
                main_people = self._people_in(sentence.start + c_start, sentence.start + c_end)
                break
        dates = self._dates(sentence)
        found: list[_Candidate] = []
        for c_start, c_end, is_intro in clauses:
            clause = body[c_start:c_end]
            self.clause_at = c_start
            holes = [
                (a - sentence.start - c_start, b - sentence.start - c_start)
                for a, b in self.holes
                if sentence.start <= a < sentence.end and not (a <= sentence.start + c_start < b)
            ]
            triggers = _fuse(
                [
                    m
                    for m in _TRIGGER.finditer(clause)
                    if self._real_trigger(clause, m) and not any(a <= m.start() < b for a, b in holes)
                ],
                clause,
            )
            join = _JOIN.search(clause)
            if not triggers and not join:
                continue
            if _NOT_A_MEETING.search(clause):
                continue
            if join and not triggers:
                everyone = self._people_in(sentence.start, sentence.end)
                found.append(
                    self._candidate(
                        sentence,
                        (c_start + join.start(), c_start + join.end()),
                        everyone,
                        set(),
                        dates,
                        clause,
                        join=True,
                    )
                )
                continue
            first = triggers[0]
            before = clause[: first.start()]
            subject = self._people_in(sentence.start + c_start, sentence.start + c_start + first.start())
            subject_countries: set[str] = set()
            if not subject:
                subject_countries = self._group_countries(before)
            if not subject and not subject_countries and re.match(r"\s*(?:who|whom)\b", clause):
                subject = self._antecedents(sentence, sentence.start + c_start)
                head = body[:c_start].rstrip(", ")
                if not subject and re.search(_PLURAL_SUBJECT.pattern + r"(?:\s+\w+)?$", head, re.IGNORECASE):
                    # "The two leaders, who met last week in Paris, ...": the group the story is about
                    subject = self._group_subject(sentence, count=_count(head), kind=_group_kind(head))
            first_clause = (c_start, c_end, is_intro) == next(c for c in clauses if not c[2]) or is_intro
            pronoun = re.search(r"\b(?:he|she)\b", before, re.IGNORECASE)
            if pronoun and subject and not first_clause and main_people and main_people[0] not in subject:
                subject = [
                    main_people[0],
                    *subject,
                ]  # "..., where he and Mike Waltz met": he is the main subject
            elif pronoun and subject and first_clause and re.match(r"\s*(?:he|she) and\b", before, re.IGNORECASE):
                # "She and Peters last met in Wellington": she is the story's last subject
                earlier = [p for p in self._singular_subject(sentence, main_people, pronoun=True) if p not in subject]
                subject = [*earlier[:1], *subject]
            if not subject and not subject_countries:
                if _PLURAL_SUBJECT.search(before):
                    subject = self._group_subject(
                        sentence,
                        count=_count(before),
                        kind=_group_kind(before),
                        sides=bool(re.search(r"\bsides\b", before, re.IGNORECASE)),
                    )
                elif pronoun and not first_clause and main_people:
                    subject = main_people[:1]
                elif (
                    pronoun
                    and not is_intro
                    and clauses[0][2]
                    and self._people_in(sentence.start + clauses[0][0], sentence.start + clauses[0][1])
                ):
                    subject = self._people_in(sentence.start + clauses[0][0], sentence.start + clauses[0][1])[
                        :1
                    ]
                elif pronoun:
                    subject = self._singular_subject(sentence, main_people, pronoun=True)
                elif not is_intro and len(main_people) >= 2 and re.match(  # noqa: PLR2004 - a pair or more
                    r"\s*(?:after|following|during)\s+(?:talks|meetings?|discussions)\b", clause, re.IGNORECASE
                ):
                    subject = list(main_people)  # "X and Y signed a pact on Thursday after talks in Pyongyang"
                elif is_intro or re.match(
                    r"\s*(?:after|before|while|when|since|upon|following)\s+(?:\w+ing|a|an|the|their|his|her)\b",
                    clause,
                    re.IGNORECASE,
                ):
                    subject = self._singular_subject(sentence, main_people)
            shared: list[Person] = []
            for index, trigger in enumerate(triggers):
                seg_start = trigger.start()
                seg_end = triggers[index + 1].start() if index + 1 < len(triggers) else len(clause)
                segment = clause[seg_start:seg_end]
                objects = [
                    p
                    for p in self._people_in(
                        sentence.start + c_start + seg_start, sentence.start + c_start + seg_end
                    )
                    if p not in subject
                ]
                if index + 1 < len(triggers) and triggers[index + 1].group("t").lower() not in _NOUNS:
                    # people right before the next verb are its subject, not this trigger's objects
                    tail = self._people_in(
                        sentence.start + c_start + trigger.end(), sentence.start + c_start + seg_end
                    )
                    gap = clause[trigger.end() : seg_end]
                    if re.search(r"\b(?:which|whom?|where)\b", gap):
                        objects = [p for p in objects if p not in tail]
                if re.search(r"\bboth\b|\beach\b", segment) and objects:
                    shared = objects
                countries = self._group_countries(segment) if not objects else set()
                span = (c_start + trigger.start(), c_start + trigger.end())
                word = trigger.group("t").lower()
                noun = word in _NOUNS and not (
                    trigger.start() == 0 and re.match(r"\s+with\b", clause[trigger.end() :])
                )
                attended = noun and re.search(
                    r"\b(?:chaired|co-chaired|attended|took part in|participated in|joined|opened|closed|wrapped up)\s+((?:[\w'’-]+\s+){0,3})$",
                    clause[: trigger.start()],
                    re.IGNORECASE,
                )
                if attended and re.match(r"(?:a|an|another)\s", attended.group(1), re.IGNORECASE):
                    continue  # "co-chaired a meeting of the coalition": some other meeting, not the story's
                if attended:
                    everyone = self._people_in(sentence.start + c_start, sentence.start + c_end)
                    found.append(self._candidate(sentence, span, everyone, set(), dates, clause, join=True))
                    continue
                if noun:
                    owner = self._possessor(clause, trigger, sentence, c_start)
                    link = re.match(
                        r"[^;]{0,40}?\b(with|between|among|attended by|involving|joined by)\b"
                        + (r"|\s+(?P<on>on)\b" if word.endswith("call") else ""),  # "paid a courtesy call on X"
                        segment[len(trigger.group(0)) :],
                    )
                    linked = bool(link)
                    participants = [*owner, *(objects if linked else [])]
                    if link and (link.group(1) == "with" or link.groupdict().get("on")) and not owner:
                        participants = [*subject, *participants]
                    if (
                        not participants
                        and len(subject) >= 2  # noqa: PLR2004 - a pair or more
                        and re.search(r"\b(?:during|at|over|after|following)\s+(?:the |a |an )?(?:[a-z-]+\s+)?$", clause[: trigger.start()])
                    ):
                        participants = list(subject)  # "X and Y agreed ..., during talks held in Rio"
                    group_ref = re.search(
                        r"\b(?:their|the two|the three|the four|the (?:leaders|ministers|pair|two sides|diplomats)['’]s?|both sides['’]?)\s+(?:[\w-]+\s+){0,2}$",
                        clause[: trigger.start()],
                        re.IGNORECASE,
                    )
                    if group_ref and not participants:
                        participants = self._group_subject(
                            sentence,
                            sentence.start + c_start + trigger.start(),
                            count=_count(group_ref.group(0)),
                        )
                        seg_offset = c_start + seg_start
                        own_date = any(
                            self._owner(body, d[0]) == self._owner(body, seg_offset, trigger=True)
                            for d in dates
                        )
                        own_place = re.match(
                            r"[\w ]{0,20}?\b(?:during|at|in) (?:the )?[A-Z]", segment[len(trigger.group(0)) :]
                        )
                        counted = re.search(
                            r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$",
                            clause[: trigger.start()],
                            re.IGNORECASE,
                        )  # "..., their second conversation this year": the meeting just told, counted
                        if counted or (not (own_date or own_place) and not re.search(
                            r"\b(?:met|held|had)\b", clause[: trigger.start()]
                        )):
                            cand = self._candidate(
                                sentence, span, participants, set(), [], clause, anaphoric=True
                            )
                            found.append(cand)
                            continue
                    if is_intro and linked and not owner and not subject:
                        participants = [*self._singular_subject(sentence, main_people), *participants]
                    if link and re.search(r"\band with\b", segment) and len(objects) > 1:
                        for each in objects:
                            found.append(
                                self._candidate(
                                    sentence,
                                    span,
                                    [*participants[: len(participants) - len(objects)], each],
                                    set(),
                                    dates,
                                    clause,
                                )
                            )
                        continue
                    anaphoric = not participants and not countries
                    found.append(
                        self._candidate(
                            sentence,
                            span,
                            participants,
                            countries if not participants else set(),
                            dates,
                            clause,
                            anaphoric=anaphoric,
                        )
                    )
                    arity = re.search(
                        r"\b(trilateral|three-way|bilateral|two-way)\b",
                        clause[max(0, trigger.start() - 30) : trigger.end()],
                        re.IGNORECASE,
                    )
                    if (
                        anaphoric
                        and arity
                        and re.match(r"\s+(?:at|in) [A-Z]", segment[len(trigger.group(0)) :])
                    ):
                        found[-1].arity = 3 if arity.group(1).lower() in {"trilateral", "three-way"} else 2
                    continue
                if (_SEPARATELY.search(segment) or re.search(r"\band with\b", segment)) and len(objects) > 1:
                    for each in objects:
                        found.append(self._candidate(sentence, span, [*subject, each], set(), dates, clause))
                    continue
                if countries and re.search(r"\bmeetings\b", clause, re.IGNORECASE):
                    for code in sorted(countries):
                        found.append(self._candidate(sentence, span, list(subject), {code}, dates, clause))
                    continue
                local = subject
                if index > 0:
                    gap = clause[triggers[index - 1].end() : trigger.start()]
                    between = self._people_in(
                        sentence.start + c_start + triggers[index - 1].end(),
                        sentence.start + c_start + trigger.start(),
                    )
                    if between and re.search(r"\b(?:in|at|during) which\b|\bwhere\b|\bwhen\b", gap):
                        local = between
                participants = list(dict.fromkeys([*local, *objects]))
                found.append(
                    self._candidate(
                        sentence, span, participants, countries | subject_countries, dates, clause
                    )
                )
                found[-1].subject = list(local)
            if shared:
                for cand in found:
                    if (
                        cand.sentence is sentence
                        and not cand.join
                        and (not cand.people or set(cand.people) <= set(shared))
                    ):
                        cand.people = list(dict.fromkeys([*cand.people, *shared]))
                        cand.anaphoric = False
        return found

    def _possessor(
        self, clause: str, trigger: re.Match[str], sentence: text.Sentence, c_start: int
    ) -> list[Person]:
        """ "Blinken's dialogue", "the Biden-Xi summit": people named right before a meeting noun."""
        before = clause[max(0, trigger.start() - 40) : trigger.start()]
        owner = re.search(r"([A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}$", before)
        if not owner:
            return []
        start = sentence.start + c_start + trigger.start() - len(before) + owner.start(1)
        person = people.person_at(self.people, start)
        return [person] if person else []

    @functools.lru_cache(maxsize=64)  # noqa: B019 - a reader lives for one article
    def _relative_spans(self, body: str) -> tuple[tuple[int, int], ...]:
        """Where the sentence's relative clauses (", who ...,") run."""
        spans = []
        for match in re.finditer(r", (?:who|whom|which|whose)\b", body):
            end = _RELATIVE_END.search(body, match.end())
            spans.append((match.start(), end.start() if end else len(body)))
        return tuple(spans)

    def _owner(self, body: str, offset: int, *, trigger: bool = False) -> tuple[int, int]:
        """The trigger a date at ``offset`` belongs to: the nearest one, measured from its nearer end.

        With ``trigger``, the span of the trigger found at ``offset`` itself.
        """
        spans = self._trigger_spans(body)
        if not spans:
            return (-1, -1)
        if trigger:
            return min(spans, key=lambda sp: abs(sp[0] - offset))
        return min(
            spans,
            key=lambda sp: offset - sp[1] if offset >= sp[1] else sp[0] - offset if offset < sp[0] else 0,
        )

    @functools.lru_cache(maxsize=64)  # noqa: B019 - a reader lives for one article
    def _day_clauses(self, body: str) -> tuple[tuple[int, int], ...]:
        """Where ", and on Saturday ..." clauses run in a sentence (found once per sentence)."""
        return tuple((m.start(), m.end()) for m in _AND_ON_DAY.finditer(body))

    @functools.lru_cache(maxsize=64)  # noqa: B019 - a reader lives for one article
    def _trigger_spans(self, body: str) -> tuple[tuple[int, int], ...]:
        found = _fuse([m for m in _TRIGGER.finditer(body) if self._real_trigger(body, m)], body)
        return tuple((m.start(), m.end()) for m in found)

    def _real_trigger(self, clause: str, match: re.Match[str]) -> bool:
        word = match.group("t").lower()
        after = clause[match.end() : match.end() + 30]
        before = clause[max(0, match.start() - 200) : match.start()]
        if word in {"meet", "met", "meets"} and re.match(
            r"\s+(?:the |its |their |his |her )?(?:\w+ )?(?:needs?|demands?|targets?|deadlines?|goals?|requirements?|"
            r"expectations?|obligations?|criteria|standards?|costs?)\b",
            after,
        ):
            return False
        if word in {"summits", "meetings", "talks", "sessions", "calls"} and re.search(
            r"\b(?:two|three|four|five|several|multiple|many|\d+)\s+(?!(?:\w+ )?(?:days|hours|weeks|rounds) of)"
            r"(?:[\w'’-]+\s+){0,2}$",
            before,
            re.IGNORECASE,
        ):
            return False  # "two leaders' summits last year": a summary of meetings told one by one
        if word in {"talked", "talks"} and re.match(r"\s+(?:about|of)\b", after):
            return False
        if word in {"call", "calls"} and re.match(r"\s+(?:for|on\b(?! \w+ (?:in|at)))", after):
            return False
        if word == "called on" and re.match(
            r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+ to\b)", after
        ):
            return False
        if word in {"host", "hosts"} and re.match(r"\s+(?:of|country|nation|city)\b", after):
            return False
        if word in {
            "session",
            "sessions",
            "summit",
            "summits",
            "meeting",
            "talks",
            "dialogue",
        } and _OCCASION.search(before):
            return False
        if word in {"meeting", "meetings", "summit", "talks"} and re.search(
            r"\b(?:leaders'|next|future)\s+$", before, re.IGNORECASE
        ):
            return False
        if re.search(
            r"\b(?:first|last|previous|second|third|fourth)\s+(?:\w+\s+){0,3}$", before, re.IGNORECASE
        ) and (re.match(r"[^,;]{0,40}\bsince\b", clause[match.end() :])):
            return False
        return not (word in {"host"} and re.search(r"\b(?:to|will|would)\s+$", before))

    def _anaphoric(self, clause: str, trigger: re.Match[str]) -> bool:
        before = clause[max(0, trigger.start() - 40) : trigger.start()]
        return bool(
            re.search(
                r"\b(?:the|this|that|their|these|its|his|her)\s+(?:[\w'’\"-]+\s+){0,2}$",
                before,
                re.IGNORECASE,
            )
        ) and (
            trigger.group("t").lower()
            in {
                "meeting",
                "talks",
                "discussions",
                "discussion",
                "session",
                "sessions",
                "summit",
                "encounter",
                "conversation",
                "call",
                "dialogue",
                "trilateral",
                "bilateral",
                "meetings",
            }
        )

    def _singular_subject(
        self, sentence: text.Sentence, main_people: list[Person], *, pronoun: bool = False
    ) -> list[Person]:
        """The one doing the meeting when the clause does not name them: "Before meeting Cho, Blinken..."."""
        if main_people and not pronoun:
            return main_people[:1]
        for earlier in reversed([s for s in self.sentences if s.end <= sentence.start and not s.heading]):
            named = self._people_in(earlier.start, earlier.end)
            if named:
                return named[:1]
        return main_people[:1]

    def _antecedents(self, sentence: text.Sentence, clause_start: int) -> list[Person]:
        """ "... to President Joe Biden and Prime Minister Keir Starmer, who are due to meet": the list before who."""
        before = [p for p in self._people_in(sentence.start, clause_start)]
        if not before:
            return []
        chain = [before[-1]]
        for person in reversed(before[:-1]):
            end = max(e for s, e in person.mentions if s < clause_start)
            nxt = min(s for s, _ in chain[0].mentions if s >= end)
            if re.fullmatch(r"(?:,|,? and) (?:[\w.'’-]+ ){0,5}", self.text[end:nxt]):  # a list: a comma or "and"
                chain.insert(0, person)
            else:
                break
        return chain

    def _group_subject(
        self,
        sentence: text.Sentence,
        before: int | None = None,
        count: int | None = None,
        kind: frozenset[str] | None = None,
        *,
        sides: bool = False,
    ) -> list[Person]:
        """ "they", "the two", "their": people just named in this sentence, else the last group's.

        ``kind``: the office classes the phrase names ("the leaders": heads of
        state or government), which every member of the group must hold.
        ``sides``: "the two sides": each member of another country.
        """

        def fits(group: list[Person]) -> bool:
            countries = [p.country for p in group]
            return (
                (count is None or len(group) == count)
                and (kind is None or all(any(t.role in kind for t in p.titles) for p in group))
                and (not sides or (None not in countries and len(set(countries)) == len(countries)))
            )

        if before is not None:
            here = self._antecedents(sentence, before)
            if len(here) < 2:
                here = self._people_in(sentence.start, before)
            if len(here) >= 2 and fits(here):
                return here
        named = self._people_in(sentence.start, before if before is not None else sentence.end)
        if kind is not None and len(named) >= 2 and fits(named):
            return named  # "The three countries' leaders last met ..., when A hosted B and C"
        if len(named) == 1:  # "The meeting with Wang was the first since the two spoke": Wang's pair
            for group in reversed(self.groups):
                if named[0] in group and fits(group):
                    return list(group)
        fitting = [group for group in reversed(self.groups) if fits(group)]
        if fitting:  # the story's protagonists, named most often each, before a pair met in passing; else the latest
            protagonists = max(fitting, key=_salience)
            return list(protagonists)
        if kind is not None:
            # "The two leaders previously met": a group with one of them at least ("North Korean leader Kim")
            for group in reversed(self.groups):
                if (count is None or len(group) == count) and any(any(t.role in kind for t in p.titles) for p in group):
                    return list(group)
            return []
        earlier = [s for s in self.sentences if s.end <= sentence.start and not s.heading]
        for back in range(1, 5):
            if len(earlier) < back:
                break
            crowd = self._people_in(earlier[-back].start, sentence.start)
            if len(crowd) >= 2:
                return crowd
        return []

    def _offset(self, person: Person, sentence: text.Sentence) -> int:
        return min(
            (s for s, _ in person.mentions if sentence.start <= s < sentence.end), default=sentence.end
        )

    def _group_countries(self, segment: str) -> set[str]:
        """ "foreign ministers of Australia, India and Japan": the countries of the list, in order."""
        match = _GROUP.search(segment)
        if not match:
            return set()
        return set(_country_list(match.group("list")))

    def _dates(self, sentence: text.Sentence) -> list[tuple[int, TextDate, bool]]:
        """(offset in sentence, date, is a start date) of every usable date expression."""
        found: list[tuple[int, TextDate, bool]] = []
        body = sentence.text
        skip_to = 0
        if self.dateline and sentence.start <= self.dateline.end <= sentence.end:
            skip_to = self.dateline.end - sentence.start
        for item in timex.find(body):
            if item.start < skip_to:
                continue
            before = body[max(0, item.start - 40) : item.start]
            since = re.search(r"\bsince\s+((?:[\w'’-]+\s+){0,6})$", before, re.IGNORECASE)
            first = since and re.search(
                r"\bfirst\b[^,;]{0,40}$", body[: item.start - len(since.group(0))], re.IGNORECASE
            )
            if _SINCE.search(before[-12:]) or (
                since
                and (
                    first
                    or re.search(r"\b(?:took|became|assumed|joined|was|were|began|\w+ed)\b", since.group(1))
                )
            ):  # "since he took office in May": the start of a tenure, not the date of a meeting ...
                if since:
                    # ... unless the meeting is told in the same clause: "since he took office last month
                    # and held an introductory call"
                    self.since_dates[(sentence.start, item.start)] = item.start - len(since.group(0))
                else:
                    continue
            if re.search(
                r"\b(?:said|says|told (?:\w+ ){0,2}|announced|reported|added|stated|confirmed)\s*(?:on\s+)?$",
                before,
            ):
                continue  # "the ministry said Thursday": when it was said, not when anyone met
            if re.match(
                r"\s*(?:['’]s\s+)?(?:intercontinental|ballistic|missile|launch|attack|test|strike|election)",
                body[item.end :],
            ):
                continue
            value = timex.resolve(item.text, self.anchor, body)
            hedge = r"\b(?:about|around|less than|more than|nearly|almost|some|roughly|just over|just under|over)\s+"
            approx = bool(re.search(hedge + "$", before) or re.match(hedge, item.text, re.IGNORECASE))
            date = timex.to_textdate(value, approx=approx)
            if date.known:
                is_start = bool(
                    re.search(
                        r"\b(?:began|begin|opened|started|start)\b",
                        body[max(0, item.start - 50) : item.start],
                    )
                )
                found.append((item.start, date, is_start))
        for match in _RELATIVE_DAY.finditer(body) if "day" in body.lower() else ():  # every form says "day"
            base = self.running
            if base is None or base.to_date() is None:
                continue
            day = base.to_date()
            assert day is not None
            if match.group("same"):
                same = match.group("same").lower()
                shift = (
                    -1
                    if "previous" in same or "before" in same
                    else 1
                    if "next" in same or "following" in same
                    else 0
                )
                prior = [d for off, d, _ in found if off < match.start()]
                if prior and shift == 0:
                    found.append((match.start(), prior[-1], False))
                    continue
            else:
                amount = timex._number(match.group("n"))  # noqa: SLF001 - shared number words
                shift = -amount if match.group("dir").lower() in {"earlier", "after"} else amount
            found.append((match.start(), TextDate.from_date(day.add(days=shift)), False))
        return sorted(found, key=lambda x: x[0])

    def _candidate(  # noqa: PLR0913
        self,
        sentence: text.Sentence,
        span: tuple[int, int],
        participants: list[Person],
        countries: set[str],
        dates: list[tuple[int, TextDate, bool]],
        clause: str,
        *,
        anaphoric: bool = False,
        join: bool = False,
        clause_at: int | None = None,
    ) -> _Candidate:
        """A candidate meeting; each date of the sentence belongs to the trigger nearest to it.

        Only a bounded window around the trigger is read for kind, place and
        venue, so a run-on sentence costs time in proportion to its length.
        """
        body = sentence.text
        clause_start = clause_at if clause_at is not None else self.clause_at
        holes = [
            (a - sentence.start, b - sentence.start)
            for a, b in self.holes
            if sentence.start <= a < sentence.end
        ]
        others = [
            (a, b) for a, b in self._day_clauses(body) if not a <= span[0] < b
        ]  # clauses of another day: their day and place are not this meeting's
        dates = [d for d in dates if not any(a <= d[0] < b for a, b in others)]
        in_clause = [
            d
            for d in dates
            if clause_start <= d[0] < clause_start + len(clause)
            and not any(a <= d[0] < b and not a <= span[0] < b for a, b in holes)
        ]
        relative = self._relative_spans(body)
        outside = [d for d in dates if not any(start <= d[0] < end for start, end in relative)]
        pool = in_clause or outside
        pool = [d for d in pool if self.since_dates.get((sentence.start, d[0]), -1) < span[0]]
        own = [d for d in pool if self._owner(body, d[0]) == self._owner(body, span[0], trigger=True)]
        pool = own or pool
        stop_at = re.compile(r"[,;.]").search(body, span[1])
        trailing = [d for d in pool if span[1] <= d[0] < (stop_at.start() if stop_at else len(body))]
        pool = trailing or pool  # "during talks held in Rio last month": the phrase's own date first
        date: TextDate | None = None
        date_from = "text"
        start_date = False
        if pool:
            rank = {"day": 0, "month": 1, "year": 2, "unknown": 3}

            def distance(d: tuple[int, TextDate, bool]) -> int:
                return d[0] - span[1] if d[0] >= span[1] else span[0] - d[0]

            # a start date first ("began on Tuesday"), then the most precise, then the nearest
            offset, date, start_date = min(pool, key=lambda d: (not d[2], rank[d[1].precision], distance(d)))
        kind = "in-person"
        window = body[max(0, span[0] - 30) : span[1] + 30]
        if _VIDEO.search(window) and not re.search(
            r"in-person|face-to-face", body[max(0, span[0] - 15) : span[1]]
        ):
            kind = "video"
        elif _CALL.search(body[max(0, span[0] - 25) : span[1] + 15] + _by_phone(body[span[1] : span[1] + 60])) and not re.search(
            r"courtesy call|\bcall(?:ed|s)? on\b(?! (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
            body[max(0, span[0] - 25) : span[1] + 25],
        ):
            kind = "call"
        near = max(max(clause_start, 0), span[0] - 200)
        if _PLANNED.search(body[near : span[1] + 30]):
            kind = "planned"
        stop = min([a for a, _ in others if a >= span[1]], default=len(body))
        around = body[max(0, span[0] - 300) : min(stop, span[1] + 300)]
        clause_near = body[near : min(stop, max(clause_start, 0) + len(clause), span[1] + 300)]
        place = self._place(clause_near) or self._place(around)
        if place is None and self.dateline and re.search(r"\bhere\b", body[span[0] : span[1] + 80]):
            place = _city_name(self.dateline.city)  # "held talks ... here on Tuesday": where the story was filed
        venue_match = re.search(
            r"\b(?:sidelines?|margins?) of (?:the )?([^,;]{3,80}?)(?: in [A-Z]|,|;|$)", around
        )
        if len(participants) >= 2 and not join:
            self.groups.append(list(dict.fromkeys(participants)))
        return _Candidate(
            people=list(dict.fromkeys(participants)),
            countries=countries,
            date=date,
            date_from=date_from,
            kind=kind,
            place=place,
            venue=venue_match.group(1).strip() if venue_match else None,
            sentence=sentence,
            trigger=span,
            anaphoric=anaphoric,
            join=join,
            start_date=start_date,
        )

    @functools.lru_cache(maxsize=64)  # noqa: B019 - a reader lives for one article
    def _topics(self, sentence: str) -> frozenset[str]:
        """The topics one sentence names; several meetings share a sentence."""
        if not _ANY_TOPIC.search(sentence):
            return frozenset()
        return frozenset(name for name, pattern in _TOPIC_PATTERNS.items() if pattern.search(sentence))

    def _place(self, clause: str) -> str | None:
        for match in _PLACE.finditer(clause):
            place = match.group("place").rstrip(".,")
            words = place.split()
            while words and (
                words[-1]
                in {"on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
                or words[-1].lower() in timex.MONTHS
            ):
                words.pop()
            place = " ".join(words)
            if not place or place in {"The", "A"}:
                continue
            capital = _capital_named(place, clause[match.end() :])
            if capital:
                return capital
            code = gazetteer.lookup_country(place)
            if code and gazetteer.country_forms().get(place, ("", ""))[1] != "seat":
                continue
            if any(
                w
                in {
                    "Department",
                    "Ministry",
                    "House",
                    "Guesthouse",
                    "Guest",
                    "Hall",
                    "Center",
                    "Centre",
                    "Office",
                    "Palace",
                }
                for w in words
            ):
                continue
            if _REGION.search(place) or re.match(r"(?:the )?(?:U\.N\.|UN|G7|G20|APEC|ASEAN|NATO)", place):
                continue
            if words[0].lower() in timex.MONTHS or words[0] in {"January", "March", "May"}:
                continue
            if any(place in " ".join(p.tokens) for p in self.people):
                continue
            return place
        return None

    def _merge(self, candidates: list[_Candidate]) -> list[_Meeting]:
        meetings: list[_Meeting] = []
        main: _Meeting | None = None
        for cand in candidates:
            cand_countries = {p.country for p in cand.people if p.country} | cand.countries
            if cand.join:
                target = main or (meetings[-1] if meetings else None)

                if target is None:
                    main = self._new_meeting(cand, list(cand.people), cand_countries, main=True)
                    meetings.append(main)
                    continue
                for person in cand.people:
                    if person not in target.people:
                        target.people.append(person)
                target.countries |= {p.country for p in cand.people if p.country}
                target.sentences.append(cand.sentence)
                if cand.date is not None and (cand.start_date or target.date is None):
                    target.date, target.date_from = cand.date, cand.date_from
                target.place = target.place or cand.place
                continue
            if (
                cand.arity
                and main is not None
                and len(main.countries) == cand.arity
                and cand.date is not None
            ):
                if main.date is None or not _dates_overlap(cand.date, main.date):
                    # "the trilateral summit at Camp David in August": the same three countries, another meeting
                    meetings.append(
                        self._new_meeting(cand, [], set(main.countries), unnamed=set(main.countries))
                    )
                    continue
            if len(cand.people) <= 1 and not cand.countries:
                cand.anaphoric = True
            if main is None and not cand.people and cand.anaphoric and self._group_phrase(cand.sentence):
                main = self._new_meeting(cand, [], set(), main=True)
                meetings.append(main)
                continue
            if not cand.people and not cand.countries:
                if cand.anaphoric and main is not None:
                    main.sentences.append(cand.sentence)
                    if cand.date and (cand.start_date or _refines(cand.date, main.date)):
                        main.date, main.date_from = cand.date, cand.date_from
                    continue
                if cand.anaphoric:
                    continue
            target = None
            # "their discussions", "the talks": the story's own meeting first, then the latest one
            order = (
                [main, *reversed(meetings)]
                if cand.anaphoric and main is not None
                else list(reversed(meetings))
            )
            for meeting in order:
                if meeting is not None and self._compatible(meeting, cand, cand_countries):
                    target = meeting
                    break
            if target is None and cand.anaphoric and (main is not None or len(cand.people) < 2):
                continue  # a reference to a meeting already told, or to none at all
            if target is None:
                date = cand.date
                date_from = cand.date_from
                if date is None and cand.kind == "planned":
                    planned = [m for m in meetings if m.kind == "planned" and m.date is not None]
                    if planned:
                        date, date_from = planned[-1].date, "story"
                elif date is None and (not cand.anaphoric or main is None) and self.running is not None:
                    date, date_from = self.running, "story"
                meeting = self._new_meeting(
                    cand,
                    list(cand.people),
                    cand_countries,
                    unnamed=set(cand.countries) - {p.country for p in cand.people if p.country},
                    main=main is None,
                    dated=(date, date_from),
                )
                meetings.append(meeting)
                if main is None:
                    main = meeting
                if (
                    cand.date is not None
                    and cand.kind != "planned"
                    and (self.running is None or main is meeting)
                ):
                    self.running = cand.date
                continue
            stateless = [p for p in cand.people if p.country is None and p not in target.people]
            left = target.unnamed - {p.country for p in cand.people if p.country}
            if len(stateless) == 1 and len(left) == 1:
                stateless[0].country = next(iter(left))
            for person in cand.people:
                if person not in target.people:
                    target.people.append(person)
            target.countries |= {p.country for p in cand.people if p.country} | cand.countries
            target.unnamed -= {p.country for p in cand.people if p.country}
            if cand.date is not None and (
                target.date is None
                or cand.start_date
                or target.date_from != "text"
                or _refines(cand.date, target.date)
            ):
                target.date, target.date_from = cand.date, cand.date_from
            target.place = target.place or cand.place
            target.sentences.append(cand.sentence)
        return meetings

    def _new_meeting(
        self,
        cand: _Candidate,
        people_: list[Person],
        countries: set[str],
        *,
        unnamed: set[str] | None = None,
        main: bool = False,
        dated: tuple[TextDate | None, str] | None = None,
    ) -> _Meeting:
        """A meeting begun by a candidate; the story's main one falls back on the story's date.

        ``dated`` gives the date already worked out by the caller.
        """
        date, date_from = dated or (cand.date, cand.date_from)
        if dated is None and date is None and main and self.running is not None:
            date, date_from = self.running, "story"
        return _Meeting(
            people=people_,
            countries=countries,
            unnamed=unnamed or set(),
            date=date,
            date_from=date_from,
            kind=cand.kind,
            place=cand.place,
            venue=cand.venue,
            sentences=[cand.sentence],
            evidence=(cand.sentence.start + cand.trigger[0], cand.sentence.start + cand.trigger[1]),
            main=main,
        )

    @functools.lru_cache(maxsize=64)  # noqa: B019 - a reader lives for one article; asked once per meeting
    def _group_phrase(self, sentence: text.Sentence) -> bool:
        return bool(_GROUP_PHRASE.search(sentence.text))  # "Foreign ministers of the G7 ..."

    def _compatible(self, meeting: _Meeting, cand: _Candidate, cand_countries: set[str]) -> bool:
        if (meeting.kind == "planned") != (cand.kind == "planned"):
            return False
        if not cand.anaphoric and cand.kind != meeting.kind:
            return False  # a call and an in-person meeting between the same people are two meetings
        if cand.date is not None and meeting.date is not None and not _dates_overlap(cand.date, meeting.date):
            return False
        if (
            cand.date is not None
            and meeting.date is not None
            and cand.date.precision != meeting.date.precision
            and any(a <= cand.sentence.start + cand.trigger[0] < b for a, b in self.holes)
        ):
            return False  # "The two leaders, who met last week in Paris, ...": an earlier meeting, told in passing
        mine, theirs = set(meeting.people), set(cand.people)
        if mine < theirs and meeting.sentences[0] is cand.sentence and len(mine) >= 2:
            return True  # "Cho met Iwaya in Munich, when the two held three-way talks with Rubio"
        if theirs <= mine:
            if cand_countries == meeting.countries:
                return True
            return bool(cand.anaphoric and cand_countries <= meeting.countries)
        if not mine <= theirs:
            return False
        added = theirs - mine
        open_slots = set(meeting.unnamed)
        stateless = [p for p in added if p.country is None]
        filled = {p.country for p in added if p.country}
        if not filled <= open_slots:
            return False
        left = open_slots - filled - {p.country for p in cand.people if p.country}
        if stateless and len(stateless) != len(left):
            return False
        return (cand_countries | left) == meeting.countries

    def _host(self, meeting: _Meeting) -> None:
        """The one participant without a country, met where the meeting took place, is of that country.

        Unless that country is there already: then only a head of state or
        government, where no one of that country holds such an office.
        """
        if meeting.kind in {"call", "video"}:
            return  # a call is not held anywhere in particular
        place = meeting.place or self._story_place(meeting)
        host = gazetteer.place_country(place) if place else None
        if host is None:
            return
        stateless = [p for p in meeting.people if p.country is None]
        if len(stateless) != 1:
            return
        person = stateless[0]
        present = [p for p in meeting.people if p.country == host]
        leader = {t.role for t in person.titles} & _LEADERS
        if not _fits(person, host):
            return  # "President X" in London is not British
        if not present or (leader and not any(_LEADERS & {t.role for t in p.titles} for p in present)):
            # "the four ministers called on Prime Minister Scott Morrison" in Melbourne: the host's
            # leader, beside the host's foreign minister
            person.country = host
            meeting.countries.add(host)

    def _story_place(self, meeting: _Meeting) -> str | None:
        """Where the story is, when the meeting's own sentences do not say: the last place named before."""
        first = meeting.sentences[0]
        for sentence in reversed([s for s in self.sentences if s.start <= first.start and not s.heading]):
            place = self._place(sentence.text)
            if place:
                return place
        return None

    def _to_event(self, meeting: _Meeting) -> MeetingReported:
        self._host(meeting)
        if meeting.kind != "planned" and meeting.date is not None and self.anchor is not None:
            first = meeting.date.first_day()
            if first is not None and first > self.anchor:
                meeting.kind = "planned"  # dated after the story was published: it has not happened yet
        if meeting.kind != "planned" and meeting.date is not None:
            for person in meeting.people:
                for sentence in meeting.sentences:
                    self.seen_at.setdefault((id(person), sentence.start), meeting.date)
        participants = []
        start = meeting.sentences[0].start
        for person in meeting.people:
            near = next(
                (
                    (s.start, s.end)
                    for s in meeting.sentences
                    if any(s.start <= m < s.end for m, _ in person.mentions)
                ),
                None,
            )
            title = person.best_title(at_start=start, near=near)
            participants.append(
                Participant(
                    name=person.display(),
                    family=person.family_name(),
                    country=person.country,
                    role=title.role if title else "other",
                    title=title.text if title else None,
                    status="acting" if title and title.status == "acting" else "holder",
                )
            )
        sentence = meeting.sentences[0]
        named = set().union(*(self._topics(s.text) for s in meeting.sentences))
        topics = [name for name in TOPICS if name in named]
        date = meeting.date or TextDate.unknown()
        return MeetingReported(
            article=self.article.id,
            extractor=EXTRACTOR,
            date=date,
            date_from=meeting.date_from if date.known else "none",
            meeting_kind=meeting.kind,
            place=meeting.place,
            venue=meeting.venue,
            participants=tuple(participants),
            countries=tuple(sorted(meeting.countries)),
            topics=tuple(topics),
            evidence=Evidence(
                article=self.article.id, start=sentence.start, end=sentence.end, sentence=sentence.text
            ),
        )

    # -- office observations --------------------------------------------------

    def observations(self) -> list[OfficeObserved]:
        """Every title seen on a person, dated by the meeting it was seen in, else by publication.

        A "then-" title seen in a past meeting says the person held the office
        at that meeting's date; seen anywhere else it says they no longer do.
        """
        found: list[OfficeObserved] = []
        published = TextDate.from_date(article_day) if (article_day := self.article.published) else TextDate.unknown()
        for person in self.people:
            seen: set[tuple[str, str, str | None]] = set()
            for title in person.titles:
                if (
                    title.role == "other"
                    and title.status == "holder"
                    and title.text.lower() in {"minister", "secretary"}
                ):
                    continue
                sentence = next((s for s in self.sentences if s.start <= title.start <= s.end), None)
                if sentence is None:
                    continue
                date = self.seen_at.get((id(person), sentence.start))
                status = title.status
                if status == "former-then":
                    status = "holder" if date is not None else "former"
                if date is None or not date.known:
                    date = published
                key = (title.role, status, date.to_str())
                if key in seen:
                    continue
                seen.add(key)
                found.append(
                    OfficeObserved(
                        article=self.article.id,
                        extractor=EXTRACTOR,
                        name=person.display(),
                        family=person.family_name(),
                        country=title.country or person.country,
                        role=title.role,
                        title=title.text,
                        status=status,
                        date=date,
                        evidence=Evidence(
                            article=self.article.id,
                            start=sentence.start,
                            end=sentence.end,
                            sentence=sentence.text,
                        ),
                    )
                )
        return found


_HOST_VERBS = re.compile(
    r"(?:held|hold|holds|holding|had|have|hosted|hosts|host|convened|convenes|chaired|co-chaired|attended|joined)",
    re.IGNORECASE,
)


class _Fused:
    """A verb and the meeting noun it governs ("hosted the ... Meeting"), read as one trigger."""

    def __init__(self, verb: re.Match[str], noun: re.Match[str]) -> None:
        self._verb, self._noun = verb, noun

    def start(self) -> int:
        return self._verb.start()

    def end(self) -> int:
        return self._noun.end()

    def group(self, name: int | str = 0) -> str:
        return self._verb.group(0) if name == "t" else self._verb.string[self.start() : self.end()]


def _fuse(triggers: list[re.Match[str]], clause: str) -> list[re.Match[str]]:
    fused: list[re.Match[str]] = []
    index = 0
    while index < len(triggers):
        current = triggers[index]
        last = index
        while (
            last + 1 < len(triggers)
            and (
                _HOST_VERBS.fullmatch(current.group("t"))
                or last > index
                or (
                    current.group("t").lower() in _NOUNS
                    and re.fullmatch(
                        r"\s+(?:[\w'’-]+\s+){0,1}", clause[current.end() : triggers[last + 1].start()]
                    )
                )
            )
            and triggers[last + 1].group("t").lower() in _NOUNS
            and re.fullmatch(r"[^,;]{0,60}", clause[triggers[last].end() : triggers[last + 1].start()])
            and not re.search(r"\b(?:with|and)\b", clause[triggers[last].end() : triggers[last + 1].start()])
        ):
            last += 1
        if last > index:
            fused.append(_Fused(current, triggers[last]))  # type: ignore[arg-type]
        else:
            fused.append(current)
        index = last + 1
    return fused


def _country_list(text: str) -> list[str]:
    """The countries of a coordination at the start of ``text``: "Australia, India and Japan earlier..."."""
    codes: list[str] = []
    position = 0
    for found in gazetteer.find_countries(text):
        gap = text[position : found.start]
        if codes and not re.fullmatch(r",? (?:and |or )?(?:the )?|, ", gap):
            break
        if not codes and gap.strip(" ,") and not re.fullmatch(r"(?:the )?", gap):
            break
        if found.code not in codes:
            codes.append(found.code)
        position = found.end
    return codes


_COUNTS = {"two": 2, "pair": 2, "both": 2, "three": 3, "trio": 3, "four": 4}


def _count(text: str) -> int | None:
    found = re.findall(r"\b(two|pair|both|three|trio|four)\b", text, re.IGNORECASE)
    return _COUNTS[found[0].lower()] if found else None


_GROUP_TITLES = re.compile(
    rf"\b(?P<title>(?-i:{people.TITLE_RE})s) (?:of|from) (?:the )?(?P<list>[^;.]{{3,160}})",
    re.IGNORECASE,
)
_GROUP_PHRASE = re.compile(
    r"\b(?:foreign ministers|ministers|leaders|top diplomats) (?:of|from)\b", re.IGNORECASE
)


_LEADERS = frozenset({"head of state", "head of government"})


def _peers(one: Person, other: Person) -> bool:
    """Both leaders, or both holding titles of one office class."""
    mine = {t.role for t in one.titles} - {"other"}
    theirs = {t.role for t in other.titles} - {"other"}
    return bool(mine & theirs) or (bool(mine & _LEADERS) and bool(theirs & _LEADERS))
_MINISTERS = frozenset({"foreign minister", "defence minister", "finance minister", "trade minister"})


def _group_kind(phrase: str) -> frozenset[str] | None:
    """The office classes a plural subject names: "the leaders", "the foreign ministers", or none."""
    if re.search(r"\bleaders\b", phrase, re.IGNORECASE):
        return _LEADERS
    if re.search(r"\b(?:ministers|diplomats|top diplomats)\b", phrase, re.IGNORECASE):
        return _MINISTERS
    return None


def _capital_named(demonym: str, after: str) -> str | None:
    """ "in the Lao capital": Vientiane."""
    if not re.match(r"\s+capital\b", after):
        return None
    code = gazetteer.lookup_country(demonym)
    country = gazetteer.countries().get(code) if code else None
    return country.seats[0] if country is not None and country.seats else None


def _by_phone(after: str) -> str:
    """ "spoke with Xi by telephone": the manner phrase after the trigger's object, up to the clause's end."""
    match = re.match(r"[^,;.]*?\b(by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone)\b", after)
    return f" {match.group(1)}" if match else ""


def _city_name(city: str) -> str:
    """A dateline's city as a place name: "MOSCOW" -> "Moscow", "Washington" as it is."""
    return city.title() if city.isupper() else city


def _countries_of_a_list_before(
    sentence: text.Sentence, earlier: list[list[tuple[int, Person]]], run: list[tuple[int, Person]]
) -> list[str] | None:
    """The countries of the latest of ``earlier`` lists as long as ``run``, all of known countries.

    Not when a meeting word stands between the two: then they are its two sides.
    """
    for other in reversed(earlier):
        if len(other) != len(run) or not all(p.country for _, p in other):
            continue
        if _TRIGGER.search(sentence.text, other[-1][0] - sentence.start, run[0][0] - sentence.start):
            continue
        return [p.country for _, p in other if p.country is not None]
    return None


def _salience(group: list[Person]) -> float:
    """How often the story names each member of a group, on average."""
    return sum(len(p.mentions) for p in group) / len(group)


def _fits(person: Person, country: str) -> bool:
    """Whether every title of the person can be an office of ``country`` (no President of a monarchy)."""
    return all(gazetteer.title_fits(t.text, country) for t in person.titles)


def _official(person: Person) -> bool:
    """Someone the text presents as holding or having held a public role, not a private person."""
    return bool(person.titles) or person.country is not None or person.host or person.listed


def _refines(new: TextDate, old: TextDate | None) -> bool:
    """Whether ``new`` says more precisely what ``old`` says ("Saturday" within "this weekend")."""
    if old is None:
        return True
    rank = {"unknown": 0, "year": 1, "month": 2, "day": 3}
    more = rank[new.precision] > rank[old.precision] or (old.approx and not new.approx)
    return more and _dates_overlap(new, old)


def _dates_overlap(a: TextDate, b: TextDate) -> bool:
    a0, a1, b0, b1 = a.first_day(), a.last_day(), b.first_day(), b.last_day()
    if None in (a0, a1, b0, b1):
        return True
    assert a0 and a1 and b0 and b1
    return a0 <= b1 and b0 <= a1
