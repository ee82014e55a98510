"""The cast: who is who in one article.

Mentions of one person ("Fumio Kishida", "Minister Kishida", "Kishida") become
one ``Person`` with one printed name, office and country. A country comes
from evidence in the text, in this order: the name's own phrase (demonym,
"Japan's", "of Brazil", apposition), a title only one country uses
("Secretary of State"), an office named without a person that the person
turns out to hold ("Japan's new foreign minister" ... "Yoko Kamikawa"), a
counterpart's country ("his Japanese counterpart"), and last the government
publishing the text for the officials it names without a country (a MOFA
readout's own "Minister for Foreign Affairs"). Never from where a meeting
took place.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator

import attrs
from spacy.tokens import Doc, Span, Token

from timeline import gazetteer
from timeline.extract import attributes
from timeline.extract import mentions as found
from timeline.extract import outlets
from timeline.extract.attributes import ARRIVING, token_at
from timeline.extract import office as office_words
from timeline.extract.mentions import Office, OfficeMention, PersonMention
from timeline.extract.normalize import CAPITALS
from timeline.extract.parse import REGNAL_NUMERAL, Parsed, Sentence, clause_verb, span_text, tokens
from timeline.names import SUFFIXES


@attrs.frozen
class Person:
    """One person of the article: printed name, office, country, and every mention."""

    key: int
    name: str
    family: str | None
    role: str
    title: str | None
    status: str
    country: str | None
    organisation: str | None
    mentions: tuple[PersonMention, ...]
    pronoun: str | None = None  # "he" or "she", where the text shows which: "Mr. X", "Ms. Y", "Hasina ... her"

    def mentioned_in(self, sentence: int) -> bool:
        """Whether the person is named in that sentence."""
        return any(m.sentence == sentence for m in self.mentions)


@attrs.frozen
class Cast:
    """Everyone an article names, with the offices named without a person."""

    people: tuple[Person, ...]
    offices: tuple[OfficeMention, ...]
    by_mention: dict[tuple[int, int], int]  # (sentence, token) of a mention -> person key
    # person key -> the country of a counterpart the text names only by it ("in his Indian counterpart's honour")
    counterpart_of: dict[int, str] = attrs.field(factory=dict)

    def person_at(self, sentence: int, token: int) -> Person | None:
        """The person a mention ending at that token refers to."""
        key = self.by_mention.get((sentence, token))
        return None if key is None else self.people[key]


@functools.lru_cache(maxsize=1 << 13)  # the same names are folded mention after mention
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name, folded, for telling mentions of one person apart ("al-Thani" is "Al Thani", "El
    Thani"). Within one article a name spelt otherwise is another's ("Mohamed bin Zayed", "Mohammed bin
    Hamad"): the log's key (``names.name_key``) joins spellings across articles only."""
    inner = re.sub(r"(?<=\w)['’](?=[a-z])", "", name)  # "Hu'akavameiliku" one word (not "O'Brien")
    return frozenset(
        "al" if w == "el" else w for w in re.split(r"[\s.'’-]+", _fold(inner)) if len(w) > 1 or w.isalpha()
    )


def _split_unit(name: str, others: set[str]) -> bool:
    """Whether one name's word is only a piece of another's given name of two syllables: "Sung Kim" is not
    "Kim Sung-han", whose "Sung" stands in "Sung-han" alone, its second syllable in small letters (not
    "Akufo-Addo" or "Simpson-Miller", two names joined)."""

    def units(text: str) -> tuple[set[str], list[set[str]]]:
        written = [w for w in re.split(r"[\s.'’]+", text) if w]
        pieces = [{_fold(p) for p in w.split("-")} for w in written if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", w)]
        return {_fold(w) for w in written if "-" not in w}, pieces

    def apart(words: set[str], given: list[set[str]]) -> bool:
        # "Kim Jong Un" holds all of "Jong-un": the same name
        return any(words & pair and not pair <= words for pair in given)

    own, own_given = units(name)
    for other in others:
        theirs, their_given = units(other)
        if apart(own, their_given) or apart(theirs, own_given):
            return True
    return False


def _reporters(sentence: Sentence) -> bool:
    """A byline of a news story: a heading "By X and Y" (a speech's "Remarks by X" is not one), or a line of
    a name and when it was put out: "X (@handle) Published July 04, 2024 | 06:15 PM"."""
    if not (sentence.heading or sentence.unstopped):
        return False  # (asked first: most sentences are neither)
    doc = sentence.doc
    stamped = (
        any(t.lower_ in {"published", "updated", "posted"} for t in tokens(doc))
        and any(t.like_num for t in tokens(doc))
        and (
            any(t.text.startswith("@") for t in tokens(doc))
            or not any(found._is_title_word(t) for t in tokens(doc))
        )
    )  # not "President X and President Y, published 15 November 2023", a headline
    return (
        (sentence.heading or (stamped and sentence.unstopped))
        and len(doc) <= _BYLINE
        and (doc[0].lower_ == "by" or stamped)
        and not any(
            t.pos_ in {"VERB", "AUX"} and t.lower_ not in {"published", "updated", "posted"}
                for t in tokens(doc)
        )
    )


_BYLINE = 20  # tokens


def find_mentions(parsed: Parsed) -> tuple[list[PersonMention], list[OfficeMention]]:
    """Every person and every unnamed office the article's sentences name, in text order."""
    people: list[PersonMention] = []
    offices: list[OfficeMention] = []
    for sentence in parsed.sentences:
        title = _title_line(sentence, parsed) if sentence.index else None
        byline = _name_line(parsed.sentences[sentence.index - 1], people) if title else None
        if title is not None and byline is not None and byline.office is None:
            people[people.index(byline)] = attrs.evolve(byline, office=title)
        if _reporters(sentence):
            continue  # "By Lucy Craymer and Alasdair Pal": who wrote the story, at no meeting in it
        people.extend(_people_in(sentence, parsed))
        offices.extend(_offices_in(sentence, parsed))
    people = [
        _own_country_after(_bracketed_country(m, parsed), parsed) for m in _known_names(people, parsed)
    ]
    cut = len(parsed.original.rstrip())  # "spoke with the President of Colombia, Iv": a page cut mid-word
    people = [
        m
        for m in people
        if not (  # a picture's taker: "Image: X/dpa" (not a caption "Photo: X meets Y")
            _CREDITED.search(parsed.original, max(0, m.start - 24), m.start)
            and re.match(r"\s*(?:[/|;(]|$)", parsed.original[m.end : m.end + 3])
        )
        and not (
            m.end >= cut
            and len(m.name.split()) == 1
            and any(o.name != m.name and o.name.startswith(m.name) for o in people)  # "Iván Duque" told before
        )
    ]
    titled = {(m.sentence, m.office.end) for m in people if m.office is not None}
    spans = [(m.office.start, m.office.end) for m in people if m.office is not None]
    offices = [
        o
        for o in offices
        if (o.sentence, o.office.end) not in titled  # "X was the prime minister": X's title, no one else's
        and not any(m.sentence == o.sentence and m.token == o.token for m in people)
        # not the "Chilean President" of "Chilean President-elect Gabriel Boric": part of his title
        and not any(start <= o.office.start and o.office.end < end for start, end in spans)
    ]
    return people, offices


# "... met in Berlin in December 2022Image: Kay Nietfeld/dpa": who took the picture, named after its caption
_CREDITED = re.compile(r"(?:Image|Images|Photo|Photos|Photograph|Picture|Credit)\s*:\s*$")
_NAME_PIECES = re.compile(r"\w+|[^\w\s]")


_BRACKETED_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z .'’-]{1,30})\)")


def _bracketed_country(mention: PersonMention, parsed: Parsed) -> PersonMention:
    """A name with its country in brackets after it, as lists of those present write them: "John Mahama
    (Ghana), Azali Assoumani (Comoros)"."""
    if mention.country is not None or (mention.office is not None and mention.office.country is not None):
        return mention
    bracket = _BRACKETED_AFTER.match(parsed.original, mention.end)
    code = gazetteer.lookup_country(bracket.group(1)) if bracket else None
    return mention if code is None else attrs.evolve(mention, country=code)


def _own_country_after(mention: PersonMention, parsed: Parsed) -> PersonMention:
    """A name whose own country follows it, given the title of one named before it in a list: "President of
    Kosovo A and the President B of Ukraine" (B is Ukraine's, his title not Kosovo's)."""
    office = mention.office
    if (
        office is None
        or mention.country is None
        or office.country in {None, mention.country}
        or " and " not in parsed.original[office.end : mention.start]
    ):
        return mention
    return attrs.evolve(mention, office=attrs.evolve(office, country=mention.country))


def _name_and_title(mention: PersonMention, parsed: Parsed) -> range:
    """The tokens of a name found and of up to three words before it, its title's.

    Not "Bachelet" before "and Macri", nor "Mudavadi" before "met Ahmed Attaf": a title has no verb.
    """
    doc = parsed.sentences[mention.sentence].doc
    start = mention.token - len(_NAME_PIECES.findall(mention.name)) + 1
    first = start
    while (
        first > max(0, start - 3)
        and doc[first - 1].lower_ not in {"and", "or", ",", "&", ";"}
        and doc[first - 1].pos_ not in {"VERB", "AUX"}
    ):
        first -= 1
    return range(first, mention.token + 1)


_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")  # the Arabic article a family name may be written with


def _known_names(people: list[PersonMention], parsed: Parsed) -> list[PersonMention]:
    """A family name the model did not tag where it stands alone ("Rubio, whom the Senate confirmed, met
    ..."), and a post's handle of a person named ("Pleasure to meet Prime Minister @antoniocostapm")."""
    handles = _handle_names(people) if "@" in parsed.normalized.text else []  # (most texts quote no post)
    families = {}
    for mention in people:
        words = mention.name.split()
        if len(words) >= 2:
            family = words[0] if mention.family_first else words[-1]
            if len(family) >= 3:
                families[family] = mention
            article = _ARTICLE.match(family)
            if article and len(family) - article.end() >= 3:
                families.setdefault(family[article.end() :], mention)  # "Sisi" of "Abdel Fattah al-Sisi"
            if len(words) == 2 and len(words[0]) >= 3:
                families.setdefault(words[0], mention)  # "Iwaya" of "Iwaya Takeshi", "Wang" of "Wang Yi"
            for before, particle in zip(words[2:-1], words[3:], strict=False):
                if particle in _PARTICLES and len(before) >= 4:  # noqa: PLR2004 - a name, not an initial
                    families.setdefault(before, mention)  # "Lula" of "Luiz Inácio Lula da Silva", after
                    # two given names (not "Maria" of "Ana Maria da Costa")
    firsts: dict[str, set[str]] = {}
    for mention in people:
        words = mention.name.split()
        if (len(words) >= 3 and len(words[0]) >= 4) or (len(words) > 3 and words[1] in found.SON_OF):
            firsts.setdefault(words[0], set()).add(mention.name)  # "Faisal" of "Faisal bin Farhan Al Saud",
            # "Dang" of "Dang Thi Ngoc Thinh"
    for first, names in firsts.items():
        if len(names) == 1:  # "Nguyen" of "Nguyen Xuan Phuc", when no other name here starts so
            families.setdefault(first, next(m for m in people if m.name in names))
    shorts: dict[str, set[str]] = {}
    for mention in people:
        words = mention.name.split()
        if len(words) >= 2 and len(words[0]) == 2 and words[0].isalpha():  # "Ng", "Li"
            shorts.setdefault(words[0], set()).add(mention.name)
    styled = {  # "Ng" of "Ng Eng Hen", only where a style or title stands before it: "Dr Ng", "General Li"
        first: next(m for m in people if m.name in names)
        for first, names in shorts.items()
        if len(names) == 1
    }
    acting = {  # "Abdelatty met with Kenyan President X. ... Abdelatty also met with Y": one the model named
        # as a subject once is the subject where it missed him
        m.name: m
        for m in people
        if m.subject
        and len(m.name) >= _LONG_NAME
        and " " not in m.name
        and gazetteer.lookup_country(m.name) is None
    }
    for mention in people:  # after the full names: "Foreign Minister Jaua" ... "Jaua [GPE], the ex Vice-President,"
        words = mention.name.split()
        if len(words) == 1 and mention.office is not None and len(words[0]) >= 4:
            families.setdefault(words[0], mention)
    folded = [(_fold(family), mention) for family, mention in families.items() if len(family) >= _LONG_NAME]
    taken = {(m.sentence, m.token) for m in people}
    spans = {(m.sentence, t) for m in people for t in _name_and_title(m, parsed)}
    added = []
    for sentence in parsed.sentences:
        doc = sentence.doc
        lowers = sentence.lowers
        for i, text in enumerate(sentence.texts):  # (the words' texts: no token made for most words)
            hyphened = (
                i >= 2  # noqa: PLR2004 - a name, a hyphen, this word
                and lowers[i - 1] == "-"
                and _hyphened_at(doc, i - 2)
                and (i < 3 or doc[i - 3].pos_ != "PROPN")  # noqa: PLR2004
            )
            if hyphened:  # "Gonzalez-Olaechea met": three tokens, the last stands for them
                known = families.get(span_text(doc, i - 2, i + 1))
            else:
                known = families.get(text.replace("’", "'"))
                if known is None and len(text) > _LONG_NAME:
                    known = _misspelt(doc[i], folded)
                if known is None and text[:1] == "@" and handles:
                    known = _handle_of(text, handles)  # "Pleasure to meet Prime Minister @antoniocostapm"
                if (
                    known is None
                    and text in styled
                    and (_styled(doc[i], sentence, parsed) or doc[i].dep_ in {"nsubj", "nsubjpass"})
                ):  # "Dr Ng", "General Li"; "On Saturday, Ri is scheduled to ...", the subject
                    known = styled[text]
                if known is None and text in acting and doc[i].dep_ in {"nsubj", "nsubjpass"}:
                    known = acting[text]
            if known is None:
                continue  # (most words: no set of their places built)
            token = doc[i]
            opening = doc[i - 2] if hyphened else token
            here = {(sentence.index, k) for k in range(opening.i, token.i + 1)}
            if here & taken or here & spans:
                continue
            if (
                token.pos_ not in {"PROPN", "ADJ", "NOUN", "X"}
                and (token.pos_ != "ADV" or token.is_stop)
                and not (token.pos_ == "VERB" and token.dep_ in {"nsubj", "nsubjpass"})
            ) or (token.i + 1 < len(sentence.doc) and sentence.doc[token.i + 1].pos_ == "PROPN"):
                continue  # the model may tag a rare family name as an adjective ("spoke with Amirabdollahian"),
                # an adverb ("Akhannouch greeted Sánchez") or, as a subject, a verb ("Safadi along with ...")
            added.append(
                PersonMention(
                    name=known.name if text[:1] == "@" else span_text(doc, opening.i, token.i + 1),
                    start=parsed.normalized.at(sentence.base + opening.idx),
                    end=parsed.normalized.at(sentence.base + token.idx + len(token.text) - 1) + 1,
                    sentence=sentence.index,
                    token=token.i,
                    office=None,
                    country=None,
                    possessive=token.i + 1 < len(sentence.doc)
                    and sentence.doc[token.i + 1].text in {"'s", "’s"},
                    family_first=False,
                )
            )
    return sorted([*people, *added], key=lambda m: (m.sentence, m.token))


_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di"})  # written small inside a name


def _handle_names(people: list[PersonMention]) -> list[tuple[str, PersonMention]]:
    """Each named person's name run together and folded ("antoniocosta"), and its last two words so
    ("santossilva" of "Augusto Santos Silva"): what a post's handle of them is made of."""
    runs: list[tuple[str, PersonMention]] = []
    for mention in people:
        words = [w for w in re.split(r"[\s.'’-]+", _fold(mention.name)) if w]
        if len(words) >= 2:  # noqa: PLR2004 - a given name and a family name at least
            runs.append(("".join(words), mention))
            if len(words) >= 3 and len("".join(words[-2:])) >= _LONG_NAME + 2:  # noqa: PLR2004
                runs.append(("".join(words[-2:]), mention))
    return runs


def _handle_of(handle: str, runs: list[tuple[str, PersonMention]]) -> PersonMention | None:
    """The one person a post's handle is made of: "@antoniocostapm" is Antonio Costa's, "@DrSJaishankar" S
    Jaishankar's (a handle holds the name run together, with a style or a mark around it)."""
    letters = _fold(handle[1:])
    found = {m.name: m for run, m in runs if run in letters}
    return next(iter(found.values())) if len(found) == 1 else None


def _misspelt(token: Token, families: list[tuple[str, PersonMention]]) -> PersonMention | None:
    """A long family name written one letter off, a proper noun the model took for no one: "Tomorrow Zelemsky
    and Gakharia will meet" after "President Volodymyr Zelensky". ``families`` are the long ones, folded."""
    if token.pos_ != "PROPN" or len(token.text) < _LONG_NAME + 1:
        return None
    word = _fold(token.text)
    found = [
        m for family, m in families if abs(len(word) - len(family)) <= 1 and _one_letter_apart(word, family)
    ]  # (lengths two apart or more are never one letter apart: not compared)
    return found[0] if len(found) == 1 else None


def _styled(token: Token, sentence: Sentence, parsed: Parsed) -> bool:
    """A style ("Mr", "Dr", taken out before parsing) or a title word stands right before the token."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return parsed.normalized.at(sentence.base + token.idx) in parsed.normalized.honoured or (
        before is not None and before.lower_ in office_words.TITLE_WORDS
    )


def _hyphened_at(doc: Doc, i: int) -> bool:
    """Tokens ``i`` to ``i + 2`` are one hyphened word: "Gonzalez-Olaechea", "Akufo-Addo"."""
    return (
        i >= 0
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i].is_alpha
        and doc[i + 2].is_alpha
    )


def _named(sentence: Sentence, parsed: Parsed) -> list[tuple[int, int]]:
    """The name spans of a sentence; in a title-case headline, none that opens with a common word.

    "Obama, Tanzanian President Discuss Development": in a headline every
    word is capitalised, so "Discuss Development" looks like a titled name;
    the story writes that word in small letters ("have discussed"), a name never.
    """
    doc = sentence.doc
    honoured = {at for at in parsed.normalized.honoured if sentence.start <= at < sentence.end}
    styled = honoured & parsed.normalized.styled
    spans = found.name_spans(
        doc,
        headline=sentence.heading,
        honoured=frozenset(
            t.i
            for t in tokens(doc)
            if t.text[:1].isupper() and parsed.normalized.at(sentence.base + t.idx) in honoured
        )  # an honoured word is a name's, written with a capital
        if honoured
        else frozenset(),  # most sentences follow no honorific: no map back of every word
        styled=frozenset(
            t.i for t in doc if t.text[:1].isupper() and parsed.normalized.at(sentence.base + t.idx) in styled
        )
        if styled
        else frozenset(),
    )
    if not sentence.unstopped or not found.title_case(doc):
        return spans
    small = parsed.small_words
    result = []
    told = parsed.capital_words
    for start, end in spans:
        if _written_small(doc[start].lower_, small):
            continue
        words = [  # not "of", "Al", nor "sung" of "Jae-sung", a given name's second half
            doc[k] for k in range(start, end) if len(doc[k]) > 2 and (k == start or doc[k - 1].text not in "-‐")
        ]
        if (
            sentence.index == 0
            and not any(_written_elsewhere(t.text, sentence, parsed) for t in words)
            and any(t.lower_ in small for t in words)
        ):
            continue  # "Foreign Minister Completes Successful Week Of ...": no word written again as a name,
            # some in small letters ("a week of engagements")
        cut = end
        if doc[start].lower_ in told:  # "HICHILEMA HOLDS BILATERAL TALKS": the story names Hichilema,
            cut = next(  # and never writes "Holds" as a name
                (
                    k
                    for k in range(start + 1, end)
                    if doc[k].lower_ not in told
                    and doc[k].is_alpha
                    and len(doc[k]) > 1
                    and not _misspelt_of(doc[k].lower_, told)  # "Recep Tayyib Erdogan", "Tayyip" in the story
                    and not _written_elsewhere(span_text(doc, start, k + 1), sentence, parsed)
                    and not (k + 2 < end and doc[k + 1].text in "-‐" and doc[k + 2].is_lower)
                    and not (doc[k - 1].text in "-‐" and doc[k].is_lower)
                ),  # not "Sharif" of a caption's "PM Shehbaz Sharif meets", the story's "Shehbaz Sharif"; nor
                # "Moon" of "President Moon Jae-sung on Sept 2": a given name's syllables, joined by a hyphen
                end,
            )
        result.append((start, cut))
    return result


def _misspelt_of(word: str, told: frozenset[str]) -> bool:
    """Whether a long word is one letter off one the story writes as a name: a headline's misspelling."""
    return len(word) >= _LONG_NAME and any(_one_letter_apart(word, other) for other in told)


def _written_elsewhere(word: str, sentence: Sentence, parsed: Parsed) -> bool:
    """Whether the text writes a word as a name (capitalised, or in capitals) outside the sentence.

    A headline's names recur in the story ("Stoltenberg", "PRESIDENT DUQUE:"); its other words do not, or
    only in small letters ("a week of engagements").
    """
    pattern = re.compile(rf"\b(?:{re.escape(word)}|{re.escape(word.upper())})\b")
    return len(pattern.findall(parsed.normalized.text)) > len(pattern.findall(sentence.text))


_ENDINGS = ("", "s", "es", "d", "ed", "ing", "ion", "ions")


def _written_small(word: str, small: frozenset[str]) -> bool:
    """Whether the text writes this word, or a form of it, in small letters ("Discuss": "discussed")."""
    return any(word + ending in small for ending in _ENDINGS)


def _people_in(sentence: Sentence, parsed: Parsed) -> list[PersonMention]:
    return _sides_country(_shared_country(_titled_people_in(sentence, parsed), sentence, parsed), sentence)


_SIDE_OPENING = re.compile(r"^(?:On|From|For) the ([A-Z][\w-]+(?: [A-Z][\w-]+)?) side\b")


def _sides_country(people: list[PersonMention], sentence: Sentence) -> list[PersonMention]:
    """ "On the Norwegian side, the talks were attended by Prime Minister A; Minister of Finance B": a
    sentence opening on one country's side makes its titled people of no country that country's."""
    opening = _SIDE_OPENING.match(sentence.text)
    code = found.country_of_words(opening.group(1)) if opening else None
    if code is None:
        return people
    return [
        attrs.evolve(m, office=attrs.evolve(m.office, country=code))
        if m.office is not None
        and m.office.country is None
        and m.office.organisation is None
        and m.country is None
        else m
        for m in people
    ]


def _shared_country(people: list[PersonMention], sentence: Sentence, parsed: Parsed) -> list[PersonMention]:
    """ "Norway's Foreign Minister A and Defence Minister B": the country before the first title is both's.

    A minister with no country of their own, joined by "and" straight after
    a minister of another portfolio whose title gave a country, shares that
    country. Two ministers of one portfolio are counterparts ("US Trade
    Representative Tai and Commerce Minister Goyal"), and heads are left
    alone ("U.S. President Biden and Prime Minister Kishida"), save in what
    a meeting verb takes: "called on Sri Lankan President A, Prime Minister
    B and other leaders" lists the hosts.
    """
    doc = sentence.doc
    result: list[PersonMention] = []
    for mention in people:
        office = mention.office
        before = result[-1] if result else None
        if (
            office is not None
            and office.country is None
            and office.organisation is None
            and mention.country is None
            and before is not None
            and before.office is not None
            and before.office.country is not None
            and not found.british_by_title(before.office)
            and office.title
            and (
                office.role != before.office.role  # "US Trade Representative Tai and Commerce Minister
                # Goyal": peers
                or (office.role == "other" and office.title.lower() != before.office.title.lower())
            )  # "with US Vice-President A and House Speaker B": two offices of one state, neither a peer's
        ):
            listed = (  # "met with the Vice President of Maldives, A, the Speaker of the Parliament of the
                # Maldives, B and the Minister for Foreign Affairs, C": a list of one country's officials
                len(result) >= 2  # noqa: PLR2004 - two of them before
                and not result[-2].subject
                and result[-2].office is not None
                and result[-2].office.country == before.office.country
            )
            met = _met_object(doc[before.token]) or _beside_the_visitor(doc[before.token]) or listed
            first = next(
                (t.i for t in tokens(doc) if parsed.normalized.at(sentence.base + t.idx) >= office.start),
                None,
            )
            rest = sentence.text[doc[first - 1].idx :] if first else ""
            hosts = met and re.search(r"\band other\b|\bamong others\b", rest)
            joined = (
                {"and", ","} if hosts else {"and"}
            )  # a comma only in a list of one side's ("..., and other
            # senior leaders"): "met Chinese President Xi, Prime Minister Albanese and others" names two sides
            ministers = (  # "Venezuela's Foreign Minister A and Petroleum Minister B": two portfolios of one
                # cabinet, whatever their classes
                _cabinet_member(office.title) and _cabinet_member(before.office.title)
            )
            if (
                ({office.role, before.office.role} <= _MINISTERS or met or ministers)
                and first is not None
                and _joined_next(doc, before.token, first, joined)
            ):
                mention = attrs.evolve(mention, office=attrs.evolve(office, country=before.office.country))
        result.append(mention)
    return result


def _joined_next(doc: Doc, name: int, title: int, joined: set[str]) -> bool:
    """Whether the title at ``title`` follows the name at ``name`` across one joining word: "President A
    and Foreign Minister B", or set off as an apposition is: "the President, A, and the Foreign
    Minister, B"."""
    i = title - 1
    if i > name and doc[i].lower_ == "the":
        i -= 1
    if i <= name or doc[i].lower_ not in joined:
        return False
    if doc[i].lower_ == "and" and i - 1 > name and doc[i - 1].text == ",":
        i -= 1  # the serial comma, as after a name set off by commas
    return i - 1 == name


_MINISTERS = frozenset(
    {
        "foreign minister",
        "defence minister",
        "finance minister",
        "trade minister",
        "national security adviser",
    }
)


def _beside_the_visitor(token: Token) -> bool:
    """A name joined to the subject "he" or "she", the guest the story follows: "where he and Turkmen
    President X and Foreign Minister Y will discuss ...", the hosts listed after him."""
    return token.dep_ == "conj" and token.head.lower_ in {"he", "she"} and token.head.dep_ == "nsubj"


def _met_object(token: Token) -> bool:
    """Whether a name is what a meeting verb takes: "met with Croatian President A and Prime Minister B"."""
    while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in office_words.HEADS:
        token = token.head.head  # "met with the President of Chile, A, and ...": A hung on "Chile"
        while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
            token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in {"with", "on"}:
        token = token.head
    return (
        token.dep_ in {"dobj", "prep"}
        and token.head.pos_ == "VERB"
        and token.head.lemma_.lower() in _MEETING_VERBS
        and not _between_two_sides(token.head)  # "between visiting Maldives President A and Prime Minister
        # B": the parser's object of "visiting" is the visitor, one side of the two
    ) or (
        token.dep_ == "prep"
        and token.lower_ == "with"
        and token.head.pos_ == "NOUN"
        and token.head.lemma_.lower() in {"meeting", "talk", "talks", "call", "conversation"}
    )  # "by holding meetings with US Vice-President A and House Speaker B"


def _between_two_sides(verb: Token) -> bool:
    """ "A bilateral meeting between visiting X and Y": "visiting" opens the two sides of "between" (not
    "between visiting X and Y with Z", where X and Y are one side; nor "Visiting X and Y met Z")."""
    if verb.lower_ != "visiting" or verb.head.lower_ != "between":
        return False
    meeting = verb.head.head
    visitor = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        visitor is not None
        and len(visitor.conjuncts) == 1  # two named: "A and B and C" may be two sides of three
        and not any(c.dep_ == "conj" for c in visitor.conjuncts[0].children)
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in [*meeting.children, *verb.subtree])
    )


_MEETING_VERBS = frozenset({"meet", "call", "receive", "host", "welcome", "greet", "visit"})


def _country_before(doc: Doc, noun: int) -> str | None:
    """The country named before a descriptive noun, past its small words: "Ukrainian presidential aide X",
    "Ukraine's top aide X"."""
    j = noun - 1
    while j >= max(0, noun - 3):
        word = doc[j]
        if word.text in {"'s", "’s"} and j > 0:
            return found.country_of_words(doc[j - 1].text)
        hits = gazetteer.find_countries(word.text)
        if hits and hits[0].kind == "demonym" and hits[0].end == len(word.text):
            return hits[0].code  # not "Russia hawk X", "China correspondent Y": a field, not a nationality
        if hits:
            return None
        if not (word.is_lower and word.pos_ in {"ADJ", "NOUN"}):
            return None
        j -= 1
    return None


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _country_ending_at(doc: Doc, j: int) -> str | None:
    """The country the words up to token ``j`` name, the longest first: "Zealand" is New Zealand's, "the
    People's Republic of China" is not Taiwan's. A possessive after "to" is whose: "spoke to Kenya's William
    Ruto" is no place spoken to (but "At Egypt's Sharm El-Sheikh, ..." is where)."""
    possessed = j + 1 < len(doc) and doc[j + 1].text in _POSSESSIVE_MARKS
    for size in (5, 4, 3, 2, 1):
        words = doc[max(0, j - size + 1) : j + 1]
        if j - size + 1 < 0 or any(t.is_punct for t in words) or not words[0].text[:1].isupper():
            continue  # not "Speaking about Syria, Vladimir Putin ..."
        if (
            j - size >= 0
            and found.placed_by(doc[j - size], words.text)
            and not (possessed and doc[j - size].lower_ == "to")
        ):
            continue  # "In Warsaw Angela Merkel and Beata Szydlo discussed ...": where, not whose
        country = found.country_of_words(span_text(doc, j - size + 1, j + 1))
        if country is not None:
            return country
    return None


def _title_of_the_next(title: found.Office, sentence: Sentence, parsed: Parsed, starts: set[int]) -> bool:
    """Whether a title after a name is the next name's, set off by commas: "received by the executive vice
    president, A, the new Venezuelan Foreign Minister, [B]", "Bahamas Prime Minister, A, President of the
    Dominican Republic, [B]"; or standing right before it: "With Prime Minister A, President of the European
    Commission [B] stated"."""
    doc = sentence.doc
    k = next(
        (t.i for t in tokens(doc) if parsed.normalized.at(sentence.base + t.idx) >= title.end), len(doc)
    )  # the first word past the title
    if k + 1 < len(doc) and doc[k].text == "," and k + 1 in starts:
        return True
    if k < len(doc) and doc[k].lower_ == "of":  # past "of the European Commission": the body's words
        k += 1
        while k < len(doc) and (doc[k].lower_ == "the" or (doc[k].is_title and k not in starts)):
            k += 1
        if k + 1 < len(doc) and doc[k].text == "," and k + 1 in starts:
            return True  # "A, Bahamas Prime Minister, B, President of the Dominican Republic, C": C's
    return k in starts


def _a_subject(token: Token) -> bool:
    """A clause's subject, or one joined to it: "X and his Bahraini counterpart, Y [appos of the conj], have
    highlighted"."""
    for _ in range(4):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if token.dep_ not in {"appos", "conj"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def _titled_people_in(sentence: Sentence, parsed: Parsed) -> list[PersonMention]:
    doc = sentence.doc
    result: list[PersonMention] = []
    spans = _named(sentence, parsed)
    starts = {start for start, _ in spans}
    for start, end in spans:
        before = (
            found.office_before(doc, start, parsed.normalized, sentence.base)
            or found.office_of_a_list(doc, start, parsed.normalized, sentence.base)
            or found.office_of_paired_lists(doc, start, parsed.normalized, sentence.base)
        )
        if before is not None and before.title.lower().startswith("office ") and before.title.endswith("-"):
            continue  # "held at the Office of the President- Shital Niwas-": a house's name, set off
            # (not "The Office of President X said": X's office)
        after = found.office_after(doc, end, parsed.normalized, sentence.base)
        if (
            before is not None
            and after is not None
            and after.title
            and any(m.office is not None and m.office.start == before.start for m in result)
        ):
            before = None  # "A, the Minister of X of South Africa and Ambassador B, Minister of Foreign
            # Affairs of Nigeria": A's title before B, B's own after
        if (
            before is not None
            and after is not None
            and after.title
            and after.role not in office_words.LEADERS
            and before.title == "Sultan"
            and before.country is None
            and start > 0
            and doc[start - 1].text == "Sultan"
        ):
            start, before = start - 1, None  # "Sultan Mohammed Al Shamsi, Assistant Minister of ...": a given
            # name, his title the one after it (not "Sultan Haitham bin Tarik, the Sultan of Oman")
        office = before or (after if after and after.title else None)
        higher = (
            before
            and after
            and office_words.RANK[after.role] > office_words.RANK[before.role]
            and not _title_of_the_next(after, sentence, parsed, starts)
        )
        if before and after and after.title and higher:
            office = after  # "Prince Mohammed bin Salman, Crown Prince and Prime Minister": the higher office
        if office is None:
            office = found.office_predicate(doc, end, parsed.normalized, sentence.base)
        elif before is not None and after is None:
            told = found.office_predicate(doc, end, parsed.normalized, sentence.base)
            if told is not None and office_words.RANK[told.role] > office_words.RANK[before.role]:
                office = told  # "Crown Prince X, who is also the Prime Minister of Saudi Arabia": the higher
        if (
            before
            and after
            and not (after.title and higher)
            and before.country is None
            and before.organisation is None
            and after.country
        ):  # not "Senator X, Minister of Foreign Affairs of Australia": the higher office, its country
            office = attrs.evolve(before, country=after.country)  # "President Macron of France"
        elif before and after and not after.title and after.organisation and before.organisation is None:
            # "President X of the European Parliament": the organisation's office, no state's (a High
            # Representative of the EU keeps hers)
            leader = before.role in office_words.LEADERS
            office = attrs.evolve(
                before, organisation=after.organisation, country=None, role="other" if leader else before.role
            )
        country = after.country if after and not after.title else None
        if (
            before is None
            and office is not None
            and office.country is None
            and office.organisation is None
            and start > 0
            and (owner := _country_ending_at(doc, start - 1 - (doc[start - 1].text in _POSSESSIVE_MARKS)))
        ):  # "Japan's X, the foreign minister,": the office after the name, the country before it
            office = attrs.evolve(office, country=owner)
        if office is None and country is None and start > 0:
            # "the Japanese Kishida", "South African Cyril Ramaphosa", "New Zealand's Chris Hipkins"
            possessed = doc[start - 1].text in _POSSESSIVE_MARKS
            country = _country_ending_at(doc, start - 2 if possessed else start - 1)
        if office is None and country is None and (noun := found.counterpart_set_off(doc, start)) is not None:
            in_step = _countries_before_peers(doc, noun.i)  # "his UAE and French counterparts, A and B": the
            # first the first's (the others', ``_listed_counterparts``)
            country = in_step[0] if len(in_step) > 1 else _counterparts_country(noun)  # "his Indonesian
            # counterpart, Retno Marsudi"
        family_first = parsed.normalized.at(sentence.base + doc[start].idx) in parsed.normalized.family_first
        occupation = None
        if office is None and start > 0 and doc[start - 1].tag_ == "NN" and doc[start - 1].is_lower:
            occupation = (
                doc[start - 1].lower_ if doc[start - 1].lower_ not in office_words.TITLE_WORDS else None
            )
            if occupation is not None and country is None:
                country = _country_before(doc, start - 1)
        if office is not None and office.status == "holder" and _deposed(doc[end - 1]):
            office = attrs.evolve(office, status="former")  # "the junta that toppled President X": no more
        result.append(
            PersonMention(
                name=found.printed_name(doc, start, end),
                start=parsed.normalized.at(sentence.base + doc[start].idx),
                end=parsed.normalized.at(sentence.base + doc[end - 1].idx + len(doc[end - 1].text) - 1) + 1,
                sentence=sentence.index,
                token=end - 1,
                office=office,
                country=country,
                possessive=end < len(doc) and doc[end].text in {"'s", "’s", "'", "’"},
                family_first=family_first,
                occupation=occupation,
                subject=_a_subject(doc[end - 1])
                or (office is not None and _under_a_subject_title(doc[end - 1])),
            )
        )
    return result


_DEPOSING = frozenset({"topple", "oust", "overthrow", "depose", "unseat"})


def _deposed(name: Token) -> bool:
    """Whether a name, or the title it stands in apposition to, is what a verb of deposing acts on: "toppled
    Mali's elected president, X", "ousted President Y"; the office is theirs no more."""
    node = name.head if name.dep_ == "appos" else name
    verb = node.head
    return (
        node.dep_ in {"dobj", "nsubjpass"}
        and verb.lemma_.lower() in _DEPOSING
        and verb.tag_ in {"VBD", "VBN"}  # not "plans to topple President X": still his
    )


def _under_a_subject_title(token: Token) -> bool:
    """A name the parse hung under its own title's "of", the title the subject: "the Minister of Foreign
    Affairs of Lithuania [X] met with Y"."""
    for _ in range(6):
        if token.dep_ not in {"pobj", "prep", "compound"} or token.head.i >= token.i:
            return False
        token = token.head
        if token.lower_ in office_words.HEADS:
            return token.dep_ in {"nsubj", "nsubjpass"}
    return False


def _counterparts_country(noun: Token) -> str | None:
    """The country a counterpart is said to be of: "his Indonesian counterpart", "her Thai counterparts"."""
    return next(
        (
            code
            for c in noun.children
            if c.dep_ in {"amod", "compound", "nmod"} and (code := found.country_of_words(c.text))
        ),
        None,
    )


def _title_line(sentence: Sentence, parsed: Parsed) -> Office | None:
    """A heading line that is a title and nothing else ("Secretary of State"), as an office."""
    doc = sentence.doc
    if not sentence.heading or not all(
        t.lower_ in office_words.TITLE_WORDS or t.lower_ in office_words.CONNECTORS for t in tokens(doc)
    ):
        return None
    return found.office_before(doc, len(doc), parsed.normalized, sentence.base)


def _name_line(sentence: Sentence, mentions: list[PersonMention]) -> PersonMention | None:
    """The person a heading line names and nothing else: a byline ("John Kerry")."""
    here = [m for m in mentions if m.sentence == sentence.index]
    if (
        sentence.heading
        and len(here) == 1
        and here[0].token == len(sentence.doc) - 1
        and len(sentence.doc) <= 5
    ):
        return here[0]
    return None


_BARE_HEADS = frozenset(
    {
        "minister",
        "secretary",
        "president",
        "chancellor",
        "premier",
        "counterpart",
        "taoiseach",
        "king",
        "queen",
        "emir",
        "sultan",
        "prince",  # "the crown prince received ...": only one so titled (a bare head)
        "princess",
        "chief",  # "the UN chief met X": the body's head named before (a body's chief only)
        "head",  # "The NATO head is accompanied by": as "chief"
        "monarch",  # "the Jordanian monarch spoke to ..."
        "pm",  # "The Italian PM assured ...", not "at 3 PM"
        "fm",
        "speaker",  # "the Iraqi parliament speaker"; not "the speaker said" of a talk
        "ambassador",  # "the ambassador-nominee met X": the one named ambassador before
    }
)


_BODY_HEADS = frozenset({"chief", "head"})  # of a body only: "the UN chief", "the NATO head"
_OF_OR_OWN = frozenset({"of", "'s", "’s"})


def _head_of(doc: Doc, i: int) -> bool:
    """ "Head of State", "head of government" at ``i``."""
    return (
        i + 2 < len(doc)
        and doc[i].lower_ == "head"
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in {"state", "government"}
    )


def _offices_in(sentence: Sentence, parsed: Parsed) -> list[OfficeMention]:
    """Offices named without a name: "The Foreign Secretary", "Japan's new foreign minister", "the Indian prime minister"."""
    doc = sentence.doc
    lowers = sentence.lowers
    result = []
    ends: list[int] = []
    for i, lower in enumerate(lowers):
        if lower == "head" and _head_of(doc, i):
            ends.append(i + 2)  # "the Head of State": a long title, its last word "State"
            continue
        if lower not in _BARE_HEADS or doc[i].tag_ in {"NNS", "NNPS"} or found.premier_as_adjective(doc[i]):
            continue  # not "India's premier foreign policy conference"
        if lower in {"pm", "fm"} and not (
            i > 0
            and doc[i].text.isupper()
            and (doc[i - 1].lower_ in {"the", "its", "his", "her"} or doc[i - 1].ent_type_ in {"NORP", "GPE"})
        ):
            continue  # "The Italian PM", "the PM"; not "at 3:30 PM", nor the radio "Capital FM"
        if lower == "speaker" and not (
            i > 0
            and (
                doc[i - 1].ent_type_ in {"NORP", "GPE"}
                or doc[i - 1].lower_ in {"parliament", "parliamentary", "house", "assembly", "senate"}
                or doc[i - 1].lower_ in office_words.NAMED_HOUSES  # "the Israeli Knesset Speaker"
            )
        ):
            continue  # "the Iraqi parliament speaker"; not "the keynote speaker", nor "the Speaker" (of two,
            # the meeting's subject: ``meetings``)
        end = i  # the title's last word: "secretary of state"
        while end + 1 < len(doc) and (
            lowers[end + 1] in office_words.TITLE_WORDS
            or (
                lowers[end + 1] in office_words.CONNECTORS
                and end + 2 < len(doc)
                and lowers[end + 2] in office_words.TITLE_WORDS
                and not _two_parties(doc[end])  # "between the Prime Minister and President X": two
                and not (lowers[end] in _ROYALS and lowers[end + 2] in _ROYALS)  # "the King and Queen": two
            )
        ):
            end += 1
        if found.elect_follows(doc, end):
            end += 2  # "the President-elect", "the ambassador-nominee": the title, marked as one to come
        if lower in {"prince", "princess"} and i + 1 < len(doc) and lowers[i + 1] == "of":
            continue  # "the Prince of Wales": a title of its own, not the prince named before
        if lower in _BODY_HEADS and (end != i or (i + 1 < len(doc) and lowers[i + 1] in _OF_OR_OWN)):
            continue  # "Chief Advisor", "the chief of staff": the title goes on, no body's chief; "the UN
            # chief's envoy": another
        if not ends or ends[-1] != end:
            ends.append(end)
    for i in ends:
        token = doc[i]
        if i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].pos_ == "PROPN":
            continue  # a name follows
        if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].text[:1].isupper():
            continue  # "foreign minister, Yoko Kamikawa": the person's own title
        if i + 2 in ends and found.elect_follows(doc, i):
            continue  # "President-elect": the title goes on, read at its end
        office = found.office_before(doc, i + 1, parsed.normalized, sentence.base)
        if office is None and i >= 2 and doc[i - 1].text == "-" and lowers[i] in office_words.ELECT_WORDS:
            office = found.office_before(doc, i - 1, parsed.normalized, sentence.base)  # "ambassador-nominee"
            if office is not None:
                last = parsed.normalized.at(sentence.base + doc[i].idx + len(doc[i]) - 1) + 1
                office = attrs.evolve(office, status="designate", role="other", end=last)
        head_of_a_body = office is None and lowers[i] == "head" and i > 0
        if head_of_a_body and (body := found.organisation_of_words(doc[i - 1].text)) is not None:
            at = sentence.base + doc[i - 1].idx  # "The NATO head": no title word, but a body's head as well
            office = Office(
                title="head",
                role="other",
                status="holder",
                country=None,
                organisation=body,
                start=parsed.normalized.at(at),
                end=parsed.normalized.at(sentence.base + doc[i].idx + 3) + 1,
            )
        if office is None or (lowers[i] in _BODY_HEADS and office.organisation is None):
            continue  # a chief of a body only: "the UN chief", not "the army chief", "Chief Advisor"
        first = i
        while first > 0 and (
            doc[first - 1].lower_ in office_words.TITLE_WORDS
            or (doc[first - 1].lower_ in office_words.CONNECTORS and doc[first - 1].lower_ != "the")
            or doc[first - 1].lower_ in office_words.QUALIFIERS
            or found.country_of_words(doc[first - 1].text)
            or doc[first - 1].text in {"'s", "’s", "-"}
            or (lowers[i] in _BODY_HEADS and found.organisation_of_words(doc[first - 1].text))
            or (lowers[i] == "speaker" and doc[first - 1].lower_ in office_words.NAMED_HOUSES)
        ):
            first -= 1
        if lowers[i] in _BODY_HEADS and _NOT_THE_HOLDER.intersection(lowers[max(first - 1, 0) : i]):
            continue  # "the former NATO chief", "the next NATO chief": not the one named
        if office.country is None and office.organisation is None and lowers[i] == "speaker":
            words = (found.country_of_words(doc[k].text) for k in range(first, i))
            office = attrs.evolve(office, country=next((c for c in words if c), None))  # "the Israeli
            # Knesset Speaker": Israel's, past the house's name
        determiner = doc[first - 1].lower_ if first > 0 else ""
        if (
            determiner == "the"
            and first >= 3
            and doc[first - 2].lower_ == "to"
            and doc[first - 3].text[:1].isupper()
        ):
            continue  # "the Minister Delegate to the Cameroonian Minister of External Relations, X":
            # the one a title serves, no one the text names
        if doc[i].dep_ == "poss" and doc[i].head.lower_ in office_words.TITLE_WORDS:
            continue  # "The Russian President's special envoy X": the one his title serves, not at the meeting
        if _in_a_named_ones_clause(doc[i]):
            continue  # "Prabowo, who is set to be inaugurated as the 8th President of Indonesia, ...": his
        country_after = _country_after_of(doc, i)
        opening = country_after is not None and _opening_title_of_a_country(doc, first, i)
        definite = (
            determiner in {"the", "as"}
            or opening
            or (office.country is not None and determiner not in {"a", "an"})
            or (  # "As part of his visit, Raksha Mantri will co-chair": a bare title, its one holder
                (first == 0 or doc[first - 1].is_punct)
                and doc[i].text[:1].isupper()
                and i + 1 < len(doc)
                and doc[i + 1].pos_ in {"AUX", "VERB"}
            )
        )
        result.append(
            OfficeMention(
                office=office,
                sentence=sentence.index,
                token=i,
                definite=definite and determiner not in {"his", "her", "their", "its"},
                subject=token.dep_ in {"nsubj", "nsubjpass"},
                country_after=country_after,
                the=determiner == "the" or opening,
            )
        )
    return result


def _opening_title_of_a_country(doc: Doc, first: int, head: int) -> bool:
    """Whether a title (of a country, the caller has read) opens its sentence with no article, as a
    headline's or a lead's does: "President of Botswana yesterday held a telephone conversation with ...":
    the one holder, as "the" would say."""
    return (
        (first == 0 or doc[first - 1].text in {"-", "–", "—", ":"})
        and doc[head].text[:1].isupper()
        and doc[head].dep_ in {"nsubj", "nsubjpass"}
        and not any(c.dep_ == "appos" for c in doc[head].subtree)  # not "President of the Spanish government,
        # Pedro Sanchez, left": named in apposition
    )


def _in_a_named_ones_clause(title: Token) -> bool:
    """Whether a title stands in a relative clause on a person's name: "X, who is set to be inaugurated as
    the 8th President of Indonesia": the office the clause tells of is X's, no one else's to take."""
    return any(
        a.dep_ == "relcl"
        and a.head.pos_ == "PROPN"
        and (a.head.ent_type_ == "PERSON" or any(c.lower_ in {"who", "whom", "whose"} for c in a.children))
        for a in title.ancestors
    )


def _country_after_of(doc: Doc, title: int) -> str | None:
    """The country an "of" after a title names whole: "President of Ghana", "of the Republic of Ghana"."""
    start = title + 2
    if start >= len(doc) or doc[title + 1].lower_ != "of":
        return None
    if doc[start].lower_ == "the":
        start += 1
    for size in (5, 4, 3, 2, 1):  # "the People's Republic of China": five words
        words = doc[start : start + size]
        if len(words) == size and not any(t.is_punct for t in words):
            country = found.country_of_words(words.text)
            if country is not None:
                return country
    return None


_ROYALS = frozenset({"king", "queen", "prince", "princess", "emperor", "empress"})  # a couple, each a title


def _two_parties(title: Token) -> bool:
    """A title "between" takes, another party joined to it: "between the Prime Minister and President X"."""
    return (
        title.dep_ == "pobj"
        and title.head.lower_ == "between"
        and any(c.dep_ == "conj" for c in title.children)
    )


def _resolve_titles(
    groups: list[list[PersonMention]],
    offices: list[OfficeMention],
    government: str | None = None,
    home: str | None = None,
    parsed: Parsed | None = None,
) -> tuple[list[list[PersonMention]], list[OfficeMention]]:
    """ "Liz Truss went to Moscow ... The Foreign Secretary spent two hours in talks": a definite title names a person.

    The title goes to the person most recently named before it (within a few
    sentences) who holds that office already, else to the most recent one
    who holds none and whose country does not contradict it.
    """
    groups = [list(g) for g in groups]
    left = []
    for mention in offices:
        office = mention.office
        if (
            office.country is None
            and mention.country_after is not None
            and any(_country_of(g) == mention.country_after for g in groups)
        ):
            office = attrs.evolve(office, country=mention.country_after)  # "The new President of Ghana paid
            # a visit": Ghana's, when the story names someone of Ghana; else the one named last, as ever
        if (
            government
            and office.country not in {None, government}
            and office.country == office_words.title_country(office.title)
        ):
            office = attrs.evolve(office, country=None)  # Chile's "the Secretary of State" is its own
        if (
            mention.the
            and office.organisation
            and office.title.lower().split()[-1] in _BODY_HEADS  # (not "the UN envoy": another of the body)
            and (chosen := _body_head_named(mention, groups)) is not None
        ):
            groups[chosen].append(_standing_for(groups[chosen][0], mention, office))
            continue  # "UN Secretary-General X arrived ... The UN chief met Y": X
        if not mention.definite or office.organisation or "counterpart" in office.title.lower():
            left.append(mention)
            continue
        bare = office.role == "other"  # "the Secretary": only someone already so titled

        guest = parsed is not None and _visiting_title(mention, parsed)

        def before(m: PersonMention, at: OfficeMention = mention) -> bool:
            if (m.sentence, m.token) >= (at.sentence, at.token):
                return False
            same = m.office is not None and m.office.title.lower() == at.office.title.lower()
            far = guest and parsed is not None and _a_visitor(m, parsed)  # "the guest minister": the one
            # received, however far back; else "King Abdullah ... [ten paragraphs] ... the King"
            return same or far or at.sentence - m.sentence <= 5

        recent = sorted(
            (
                (max((m.sentence, m.token) for m in g if before(m)), index)
                for index, g in enumerate(groups)
                if any(before(m) for m in g)
            ),
            reverse=True,
        )
        if guest and parsed is not None:
            visitors = [
                (at, i) for at, i in recent if any(_a_visitor(m, parsed) for m in groups[i] if before(m))
            ]
            recent = visitors or recent  # "X arrived in Seoul and held talks with Y. The visiting premier": X
        if bare and mention.subject and office.title.lower() not in {"prince", "princess"}:
            # "Jaishankar later talked to Brazil's Foreign Minister X ... The minister also spoke to Y": a
            # subject described bare goes on from the last subject before the last one named ("the prince"
            # is the one named so last: "Blinken also met Prince Faisal. The prince later ...")
            recent = sorted(recent, key=lambda r: not _last_named_as_subject(groups[r[1]], before))
        chosen = None
        # "The Prime Minister hosted New Zealand Prime Minister X" (after a heading "PM meeting with Prime
        # Minister X"): one named in the title's own sentence with that title is someone else
        recent = [
            (at, i)
            for at, i in recent
            if not any(
                m.sentence == mention.sentence
                and not m.reference
                and m.office is not None
                and m.office.title.lower() == office.title.lower()
                for m in groups[i]
            )
        ]
        alike = [index for _, index in recent if _titled_alike(_best_office(groups[index]), office)]
        for _, index in recent:
            held = _best_office(groups[index])
            country = next((m.office.country for m in groups[index] if m.office and m.office.country), None)
            if held is not None and held.status == "former" and office.status != "former":
                continue  # "the funeral of former Prime Minister X ... The Prime Minister will leave": not X
            if alike and index not in alike and not bare:
                continue  # "Prime Minister A met Chancellor B ... the Prime Minister": A, of the same words
            if bare:
                if (
                    (
                        (held is not None and _title_within(office.title, held.title))
                        or (parsed is not None and _titled_first(groups[index], office.title, parsed))
                    )
                    and office.country in {None, country}  # "New Zealand's Minister" is no Fijian's title
                ):
                    chosen = index
                    break
                continue
            if held is not None and held.role == office.role and (office.country in {None, country}):
                chosen = index
                break
            if (
                held is not None
                and "counterpart" in held.title.lower()
                and office.country is not None
                and country == office.country
                and not any(m.sentence == mention.sentence for m in groups[index])  # "On behalf of the
                and _a_peers_office(index, office, groups)
            ):  # President of Fiji, Rabuka bestowed": another; "his Bahraini counterpart, X ... the Bahraini
                # Foreign Minister congratulated": X, whose
                chosen = index  # office the description now names
                break
            if (
                held is not None
                and held.role == office.role
                and country is None
                and home in {None, office.country}  # a home paper's bare leader is its own country's
                and mention.subject  # not "will also meet with the president of Nigeria", someone unnamed
                and mention.the  # not "Turkmen president also attends ... as a special guest", another
                and _only_open_holder(index, office, groups, [i for _, i in recent])
            ):  # "President Lula ... President of Argentina X ... the Brazilian president will": the one
                chosen = index  # holder of the office whose country is open, the country nobody else's
                break
        if chosen is not None and office.country is None and not bare:
            # "the King" in a story of King Abdullah that names King Salman once: the story's own king
            holders = [  # or one titled by its bare head: "Minister Malcorra" ... "the Foreign Minister"
                i
                for _, i in recent
                if (h := _best_office(groups[i])) is not None
                and _holds(h, office)
                and (not alike or i in alike or _bare_head(h))  # not "Chancellor B" for "the Prime Minister"
            ]
            # named so far: not "At the invitation of President A, President B will visit ... the President
            # would meet A" (A named again after)
            told = {i: sum(before(m) for m in groups[i]) for i in holders}
            most = max(told.values())
            if told.get(chosen, 0) < most and sum(n == most for n in told.values()) == 1:
                chosen = next(i for i in holders if told[i] == most)
        if chosen is None and not bare:
            beside = {m.sentence for m in offices if m.office.title.lower() == office.title.lower()}
            for _, index in recent:
                if any(m.sentence in beside for m in groups[index]):
                    continue  # "The Foreign Secretary met Simon Coveney": the title is someone else
                if any(m.office and m.office.role not in {"other", office.role} for m in groups[index]):
                    continue  # named elsewhere in another office: "the Prime Minister" is not the foreign minister
                if any(m.occupation for m in groups[index]):
                    continue  # "correspondent Paula Wolfson reports ... the prime minister": not her
                if not any(m.subject for m in groups[index] if before(m)):
                    continue  # "... Hina Rabbani Khar and SAPM Tariq Fatemi attended. ... Iranian President": a list's last name is no one's title
                held = _best_office(groups[index])
                country = next((c for m in groups[index] for c in (m.country,) if c), None)
                if held is None and (office.country is None or country in {None, office.country}):
                    chosen = index
                    break
        if chosen is None and not bare and mention.the and (office.country or mention.country_after) is not None:
            office = attrs.evolve(office, country=office.country or mention.country_after)
            chosen = _named_next(mention, office, groups, offices)
        if chosen is None:
            left.append(mention)
            continue
        held = _best_office(groups[chosen])
        if held is not None and _country_of_its_words(office, held.title, held.role):
            office = attrs.evolve(office, country=None)
        groups[chosen].append(_standing_for(groups[chosen][0], mention, office))
    return groups, left


def _a_peers_office(index: int, office: Office, groups: list[list[PersonMention]]) -> bool:
    """Whether one named as a counterpart may hold ``office``: the office of the one whose counterpart they
    are, when the sentence names that one in an office. "X, Iran's foreign minister, spoke with his Omani
    counterpart Y ... greetings to Oman's sultan": Y is no sultan."""
    told = {
        m.sentence for m in groups[index] if m.office is not None and "counterpart" in m.office.title.lower()
    }
    peers = {
        m.office.role
        for i, group in enumerate(groups)
        if i != index
        for m in group
        if m.sentence in told and m.office is not None and m.office.role != "other"
    }
    return not peers or office.role in peers


def _other_top_office(office: Office, group: list[PersonMention]) -> bool:
    """Whether one named by a single word with a head's title is someone else than a group that holds the
    other top office: "Sultan Ibrahim" (the King) is not "Prime Minister Anwar Ibrahim", whose last name is
    his father's."""
    held = _best_office(group)
    heads = {"head of state", "head of government"}
    return (
        held is not None
        and office.role in heads
        and held.role in heads
        and held.role != office.role
        and office.status == held.status == "holder"
        and not set(office.title.lower().split()) & set(held.title.lower().split())
    )


def _title_within(title: str, held: str) -> bool:
    """Whether a title's words are all among a held title's: "the Knesset Speaker" of "the Speaker of the
    Israeli Knesset", "the Secretary" of "Secretary of State"."""
    words = title.lower().split()
    return title.lower() in held.lower() or (len(words) > 1 and set(words) <= set(held.lower().split()))


def _standing_for(person: PersonMention, mention: OfficeMention, office: Office) -> PersonMention:
    """The person a title names, as a mention of them where the title stands."""
    return attrs.evolve(
        person,
        sentence=mention.sentence,
        token=mention.token,
        office=office,
        country=None,
        possessive=False,
        reference=True,
    )


_NOT_THE_HOLDER = frozenset({"former", "ex", "next", "incoming", "outgoing", "new", "future", "acting"})
# the titles of a body's head: not a deputy's, an envoy's, a spokesperson's, a commissioner's
_HEADS_OF_BODIES = frozenset(
    {"secretary-general", "secretary general", "director-general", "director general", "president",
     "managing director", "chairperson", "chairman", "chair", "high representative"}
)  # fmt: skip


def _body_head_named(mention: OfficeMention, groups: list[list[PersonMention]]) -> int | None:
    """The one person of a body named up to five sentences before its head's title without a name:
    "UN Secretary-General Antonio Guterres arrived in Kyiv ... The UN chief met Zelensky"; "the NATO chief",
    "the EU foreign policy chief"."""
    at = (mention.sentence, mention.token)
    policy = "foreign policy" in mention.office.title.lower()  # "the EU foreign policy chief": its High
    # Representative, not the Commission's President
    heads = [
        i
        for i, group in enumerate(groups)
        if any(
            m.office is not None
            and m.office.organisation == mention.office.organisation
            and (title := m.office.title.lower()) in _HEADS_OF_BODIES
            and (not policy or title == "high representative")
            and (m.sentence, m.token) < at
            and mention.sentence - m.sentence <= 5  # noqa: PLR2004 - the reach of a title standing for a name
            for m in group
        )
    ]
    return heads[0] if len(heads) == 1 else None


def _titled_first(group: list[PersonMention], title: str, parsed: Parsed) -> bool:
    """A title the person holds before the one kept, joined to it by "and", or right before the name: "Deputy
    Crown Prince and Minister of Defense Mohammed bin Salman" ... "the deputy crown prince's meeting with X";
    "Prince Khalid bin Salman, the defense minister" ... "The prince then met X"."""
    first = f"{title.lower()} and"
    before = [
        parsed.original[max(0, m.office.start - len(first) - 2) : m.office.start] for m in group if m.office
    ]
    named = [parsed.original[max(0, m.start - len(title) - 2) : m.start] for m in group if not m.reference]
    return any(words.lower().rstrip().endswith(first) for words in before) or any(
        words.lower().rstrip().endswith(title.lower()) for words in named
    )


def _visiting_title(mention: OfficeMention, parsed: Parsed) -> bool:
    """ "the visiting premier", "the visiting Finnish leader", "the guest minister": a title of the guest."""
    token = parsed.sentences[mention.sentence].doc[mention.token]
    return any(c.lower_ in {"visiting", "guest"} for c in token.children)


_ARRIVALS = ARRIVING | {"visit", "fly", "tour", "reach"}  # a guest's coming, told of the guest
RECEPTIONS = frozenset({"receive", "welcome", "host", "greet"})


def _a_visitor(mention: PersonMention, parsed: Parsed) -> bool:
    """Whether a mention tells its person as the one who came: "X arrived in Seoul", "Y received X", "X was
    welcomed by Y", "The Foreign Minister of Oman, X, was welcomed"."""
    token = parsed.sentences[mention.sentence].doc[mention.token]
    if token.dep_ == "appos":
        token = token.head
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in RECEPTIONS:
        return True
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return any(v.lemma_.lower() in _ARRIVALS for v in verbs if v.pos_ == "VERB")
    return token.dep_ == "dobj" and token.head.lemma_.lower() in RECEPTIONS


def _titled_alike(held: Office | None, office: Office) -> bool:
    """Whether someone's title is a definite title's own words, of its class and country: "Prime Minister
    Hale" for "the Prime Minister", where "Chancellor Vogt" is of the class only."""
    return (
        held is not None
        and held.role == office.role
        and held.title.lower() == office.title.lower()
        and office.country in {None, held.country}
    )


def _other_style(title: str, other: str) -> bool:
    """Whether two titles of one class are two styles of it: "PM" and "Chancellor", "Premier" and "Prime
    Minister" (a head of government styled as few countries style theirs, and another)."""
    styles = gazetteer.GOVERNMENT_STYLES
    return styles.get(title.lower()) != styles.get(other.lower())  # "Chancellor", "Federal Chancellor": one


def _named_next(
    mention: OfficeMention, office: Office, groups: list[list[PersonMention]], offices: list[OfficeMention]
) -> int | None:
    """The one person named first within the next two sentences, in the office a country's description told
    just before, or untitled as the subject of their sentence: "welcoming the Emir of Qatar to Downing Street
    ... Sheikh Tamim said". Not when someone in that office was named before it. When another office is the
    subject of the description's sentence, the untitled one named next as an object: "Azerbaijan's president
    received the Turkish defence minister. X welcomed Y": Y (X is the president)."""
    at = (mention.sentence, mention.token)
    object_told = not mention.subject and any(
        other.subject and other.sentence == mention.sentence and other is not mention for other in offices
    )
    if any(
        (held := _best_office(group)) is not None
        and held.role == office.role
        and min((m.sentence, m.token) for m in group) < at
        for group in groups
    ):
        return None  # "PNG Prime Minister X arrived ... The PNG Prime Minister was hosted by Prime Minister Y"
    later = [
        index
        for index, group in enumerate(groups)
        if (first := min((m.sentence, m.token) for m in group)) > at
        and first[0] - mention.sentence <= 2  # noqa: PLR2004 - the next two sentences
        and (
            (held := _best_office(group)) is None
            and min(group, key=lambda m: (m.sentence, m.token)).subject != object_told
            or (
                held is not None
                and held.role == office.role
                and not _other_style(held.title, office.title)
                and (office.country is None or gazetteer.title_fits(held.title, office.country))
            )  # not "PM Meloni" for "the German Chancellor", nor "President X" for "the Moroccan King"
        )
        and _country_of(group) in {None, office.country}
    ]
    if len(later) > 1:  # of several, the one of the country: "Foreign Minister, X, received a telephone call
        # from the Foreign Minister of Iran, Y"; else those of the nearest sentence ("X welcomed Y. Y was
        # accompanied by commanders, including Adm. Z": Y)
        ours = [i for i in later if _country_of(groups[i]) == office.country]
        nearest = min(min(m.sentence for m in groups[i]) for i in later)
        later = ours or [i for i in later if min(m.sentence for m in groups[i]) == nearest]
    return later[0] if len(later) == 1 else None


def _country_of_its_words(office: Office, title: str | None, role: str) -> bool:
    """Whether an office's country is only the one its title's words name, for someone of its class whose
    own title names none: "Foreign Minister X ... the Secretary of State" is Chile's as well (Washington's
    title is another's too)."""
    return (
        title is not None
        and role == office.role
        and office_words.title_country(title) is None
        and office.country == office_words.title_country(office.title)
    )


def _only_open_holder(
    index: int, office: Office, groups: list[list[PersonMention]], recent: list[int]
) -> bool:
    """Whether the group is the only one named before in the title's office without a country, and nobody
    holds the title's country."""

    open_holders = [
        i
        for i in recent
        if (held := _best_office(groups[i])) is not None
        and held.role == office.role
        and _country_of(groups[i]) is None
    ]
    return open_holders == [index] and not any(_country_of(g) == office.country for g in groups)


def _country_of(group: list[PersonMention]) -> str | None:
    """The country a person's mentions give, by an office's or the name's own."""
    return next((m.office.country for m in group if m.office and m.office.country), None) or next(
        (m.country for m in group if m.country), None
    )


def _holds(held: Office, office: Office) -> bool:
    """Whether a person's office is the one a definite title names, or its bare head ("Minister")."""
    return held.role == office.role or (
        _bare_head(held) and office.title.lower().endswith(held.title.lower())
    )


def _bare_head(held: Office) -> bool:
    """Whether a title is a bare head, of no class: "Minister Malcorra"."""
    return held.role == "other" and held.title.lower() in {"minister", "secretary"}


_GOVERNMENT_BODY = re.compile(
    r"\b(?:Ministry|Ministries|Department|Office|Government|Cabinet|Embassy|Secretariat|Presidency|MOFA|Kremlin|"
    r"White House|State House|[EÉ]lys[eé]e|Prime Minister|President|Global Affairs)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)  # asked twice an article (cast, pipeline), of a few outlets
def source_country(source: str | None) -> str | None:
    """The government publishing a text, from its header's ``source`` ("MOFA Japan", "U.S. Department of State").

    Only a source naming a government body speaks for a government: "Voice
    of America" or "Korea News Gazette" name a country but are news.
    """
    if not source:
        return None
    named = {hit.code for hit in gazetteer.find_countries(source)}
    if re.search(
        r"\bgov\.uk\b|\bForeign(?:,| and) Commonwealth|\bPrime Minister's Office|Downing Street",
        source,
        re.IGNORECASE,
    ) and named <= {"GB"}:
        return "GB"  # not "Israeli Prime Minister's Office"
    if not _GOVERNMENT_BODY.search(source):
        return None  # a newspaper, wire or broadcaster speaks for no government, whatever country it names
    hits = gazetteer.find_countries(source)
    return hits[0].code if hits else None


# Country-code domains sold to all comers ("io", "tv", "ai"): they say nothing of where a page is from.
_OPEN_DOMAINS = frozenset(
    "io co tv me ly fm ai cc ws to gg la am nu tk im sh ac ag vc sc gl ms cx fo lc bz mu".split()
)


def wire_copy(source: str | None) -> bool:
    """Whether the header names a wire the outlet took the text from: "Sunday Vision (Prensa Latina)".

    A paper's own story names its country's officials bare wherever its
    dateline is ("SHANGHAI -- Prime Minister Holness" in a Jamaican paper);
    wire copy it reprints speaks from the wire's desk, and its dateline is
    the better guide. A government body in brackets is no wire.
    """
    return any(not _GOVERNMENT_BODY.search(text) and _a_wire(text) for text in outlets.named_inside(source))


def _a_wire(text: str) -> bool:
    """Whether words in a header's brackets name a news outlet: a known one, an agency's letters ("FBC",
    "NNN-MENA"), or words of the trade; not a section of the outlet's own site ("Global Nation")."""
    words = text.strip()
    return (
        outlets.table().by_name.get(" ".join(words.split()).casefold()) is not None
        or outlets.table().by_name.get(words) is not None
        or bool(re.fullmatch(r"[A-Z][A-Z0-9&./ -]{1,15}", words))
        or bool(_WIRE_WORDS.search(words))
    )


_WIRE_WORDS = re.compile(
    r"\b(?:agency|news|press|wire|service|times|post|herald|daily|tribune|reuters|xinhua|bernama|kyodo|yonhap|"
    r"tass|antara|pti|ians|ani)\b",
    re.IGNORECASE,
)


def outlet_country(source: str | None) -> str | None:
    """The country a news outlet names itself by ("Cyprus Mail", "The Sun (Nigeria)", "Tashkent Times").

    Such a paper names its own officials bare ("President Nicos
    Anastasiades") and gives foreign ones their country.
    """
    hits = gazetteer.find_countries(source or "")
    return hits[0].code if len({h.code for h in hits}) == 1 else None


def url_country(url: str | None) -> str | None:
    """The country of a page's country-code domain: "fbcnews.com.fj" Fiji, "bbc.co.uk" Britain."""
    if not url:
        return None
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    label = host.rsplit(".", 1)[-1]
    if len(label) != 2 or label in _OPEN_DOMAINS:
        return None
    code = "GB" if label == "uk" else label.upper()
    return code if code in gazetteer.countries() else None


def build(parsed: Parsed, source: str | None, url: str | None = None, title: str | None = None) -> Cast:
    """Group the mentions into people and give each an office and a country."""
    mentions, offices = find_mentions(parsed)
    groups: list[list[PersonMention]] = []
    word_sets: list[frozenset[str]] = []
    names: list[set[str]] = []  # each group's distinct written names, asked of every mention after it
    holdings: list[set[_Holding]] = []  # and the offices they hold by family name (``_holding``)
    aliases = _aliases(parsed.normalized.text)
    spoused = {(m.sentence, m.token) for m in mentions if spouse_named(m, parsed)}  # "First Lady X": once
    for mention in mentions:
        words = name_tokens(mention.name)
        words = aliases.get(words, words)  # "Prachanda" of "Pushpa Kamal Dahal 'Prachanda'"
        if not words:
            continue
        if (rank := _RANK_FIRST.match(mention.name)) and not any(
            words <= known or known <= words for known in word_sets
        ):
            rest = name_tokens(mention.name[rank.end() :])
            if rest and any(rest <= known for known in word_sets):
                words = rest  # "Gen Prayut said" after "Gen. Prayut Chan-ocha": the rank, and the man named
        # "bin Salman and Blinken": the son named by his father's name, as the news names him
        patronym = parsed.original[max(0, mention.start - 4) : mention.start].lower() == "bin "
        holding = _holding(mention)
        given = _given_after_style(mention.name)
        candidates = [
            i
            for i in range(len(groups) - 1, -1, -1)
            if (
                ((words <= word_sets[i] or word_sets[i] <= words) and not _split_unit(mention.name, names[i]))
                or _initialled(words, word_sets[i])
                or _one_holder(holding, holdings[i])
                or (given is not None and any(_father_named(n) and _given_of(n) == given for n in names[i]))
            )  # "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed Al Nahyan", whose style was dropped
            and (patronym or not _in_lineage(mention.name, names[i]) or _opens(mention.name, names[i]))
            and not _spouse_beside(mention, groups[i], spoused)
        ] or [  # spelt alike, when no one is spelt the same ("Mohamud" is Hassan Sheikh Mohamud's, not
            # Mohamed Abdullahi Mohamed's)
            i
            for i in range(len(groups) - 1, -1, -1)
            if _transliterated(mention.name, names[i], titled=_titled_otherwise(mention, groups[i]))
            and (patronym or not _in_lineage(mention.name, names[i]))
            and not _regnal(groups[i])
        ]
        if patronym:  # the son's, whose name has the word after "bin": not King "Salman bin Abdulaziz"
            candidates = [i for i in candidates if any(_father_of(mention.name, other) for other in names[i])]
        if len(words) == 1 and mention.office is not None:
            candidates = [i for i in candidates if not _other_top_office(mention.office, groups[i])]
        match = candidates[0] if candidates else None
        if len(candidates) > 1 and mention.office is not None:
            # "Obama" after "Barack Obama" and "first lady Michelle Obama": the one who holds that office
            fitting = [
                i
                for i in candidates
                if (held := _best_office(groups[i])) and held.role == mention.office.role
            ]
            titled = [i for i in candidates if _best_office(groups[i]) is not None]
            match = (fitting or titled or candidates)[0]
        elif len(candidates) > 1:
            # "met with Lula" after "President Luiz Inácio Lula da Silva" and "his wife, Janja Lula da Silva":
            # a bare name is the office holder's before anyone else's
            holders = [i for i in candidates if (held := _best_office(groups[i])) and held.role != "other"]
            match = (holders or candidates)[0]
        if match is None:
            groups.append([mention])
            word_sets.append(words)
            names.append({mention.name})
            holdings.append({holding} if holding else set())
        else:
            groups[match].append(mention)
            if not patronym:  # "bin Salman" is the son's, by his father's name: no name of the father's in
                names[match].add(mention.name)  # the group, or the son named again is his own forebear
            if holding is not None:
                holdings[match].add(holding)
            word_sets[match] = (
                word_sets[match] | words
                if len(words) > 1 and len(word_sets[match]) > 1
                else (words if len(words) > len(word_sets[match]) else word_sets[match])
            )
    government = source_country(source)
    dateline = dateline_country(parsed) or tagged_country(title)
    if dateline is not None and _told_from_afar(parsed, dateline):
        dateline = None  # "CAIRO (AP) — Tunisia's president met ... in Tripoli": a bureau's, no story's place
    outlet = outlet_country(source)
    local = outlets.home_country(source, url) or url_country(url) or outlet
    carried = outlets.wire_of(source)
    reprinted = (
        (wire_copy(source) or (dateline is not None and _wire_in_dateline(parsed)))
        and not (carried is not None and carried.home is not None and carried.home == local)
    ) or (carried is None and _abroad(local, dateline, mentions, parsed))  # "Malay Mail (Bernama)" from
    # Jakarta: the country's own agency names its officials bare anywhere
    papers = carried.home if carried is not None and carried.kind in {"newspaper", "broadcaster"} else None
    # "Voice of Vienna (Hürriyet Daily News)": a paper's story carried elsewhere names the paper's own bare
    foreign_copy = (
        reprinted
        and carried is not None
        and carried.kind == "agency"
        and local is not None
        and carried.home != local
        and not outlet
    )  # "Kazinform (Kyodo)": another country's agency's copy names no official of the carrier's country bare
    # (a paper named by its country, "Daily Finland (Xinhua)", does)
    home = (
        government
        or (local if local and not reprinted else None)
        or dateline
        or papers
        or (None if foreign_copy else local)
    )
    if home is None and (wire := carried) is not None:
        # a government's release reprinted ("Devdiscourse (PIB)") speaks for it; a national agency's copy
        # ("Emirates 24|7 (WAM)") names its own bare in a story whose headline names its country ("UAE and US
        # Presidents discuss ..."), not in its foreign desk's ("(IANS)" from Seoul)
        named = {hit.code for hit in gazetteer.find_countries(title or "")}
        home = wire.country if wire.kind == "government" or wire.country in named else None
    groups = [
        group for group in groups if not _an_outlet(group, parsed) and not _the_source(group, source)
    ]  # before titles go to names
    groups, offices = _resolve_titles(groups, offices, government, home, parsed)
    groups = [group for group in groups if not _a_place(group, parsed) and not _a_family(group, groups)]
    headings = frozenset(s.index for s in parsed.sentences if s.heading or s.unstopped)  # (a headline again)
    people = [_person(index, group, headings) for index, group in enumerate(groups)]
    people = _listed_in_step(_titled_after_in_step(_respectively_of(people, parsed), parsed), parsed)
    people = _offices_held(people, offices)  # the lists' countries before a home paper's default
    people = _whitehall_abroad(people, parsed, home)
    people = _beside_a_named_twin(people, parsed)
    people = _title_of_a_country_unnamed(people, parsed)
    people = _pair_named_after_offices(people, offices, parsed)
    people = _headline_countries(people, title)  # the headline's word for the name itself first
    people = _leaders_named(people, parsed)  # the article's own word before the home's default
    people = _a_list_of_one_country(people, parsed)
    people = _in_the_order_of_places(people, parsed)
    people = _a_side_represented(people, parsed)
    people = _a_side_led(people, parsed)
    people = _senders(people, parsed)
    people = _envoys_sent(people, parsed)
    people = _ministry_voice(people, parsed)
    people = _conveyed_to(people, parsed)
    people = _the_countrys(people, parsed)
    # a paper's own story filed from abroad ("Canberra: ..." in an Indonesian paper) is still the paper's: its
    # officials named bare are its country's, the others' are told by place
    abroad = dateline is not None and home == local and home != dateline
    # and one that opens on the dateline's own official ("Kuala Lumpur (VNA) - Malaysia's Prime Minister X
    # announced a reshuffle") is that country's story: its officials named bare are not the paper's
    theirs = abroad and _opens_on(people, dateline)
    wide = government is None and not theirs and ((dateline is not None and not abroad) or home == outlet)
    people = _home_officials(
        people,
        home,
        parsed,
        dateline=wide,
        paper=home == local and not wide,
        outlet=wide and dateline is None,
        abroad=theirs,
        readout=government is not None and government == home,
    )
    if foreign_copy and carried is not None and carried.home is not None:
        people = _agencys_own(people, carried.home, parsed)
    people = _of_the_republic(people, government or (local if local and not reprinted else None), parsed)
    people = _home_speaker(people, government, parsed, source)
    people = _department_heads(people, government, source)
    people = _counterparts(people, parsed)
    people = _counterparts_from(people, parsed)
    people = _described_holders(people, parsed)
    people = _delegation_leaders(people, parsed)
    people = _hosts_of_the_visit(people, parsed)
    people = _gathering_hosts(people, parsed, dateline)
    people = _aides(people, parsed)
    people = _companions(people, parsed)
    people = _styled_heads(people, parsed)
    people = _monarchs(people, parsed)
    people = _relatives(people, parsed)
    people = _of_one_house(people)
    people = _envoys_of_the_named(people, parsed)
    agency = carried.home if carried is not None and carried.kind == "agency" else None
    own = local if local is not None else agency
    if reprinted and dateline is not None and home == dateline and own is not None:
        people = _desks_own(people, own, home, parsed)
    people = _civil_servants(people, parsed, home if wide else None, local) if government != "GB" else people
    people = _sworn_in_later(people, parsed)
    people = [_printed(p) for p in people]
    people = _pronouns(people, parsed)
    by_mention = {(m.sentence, m.token): p.key for p in people for m in p.mentions}
    return Cast(
        people=tuple(people),
        offices=tuple(offices),
        by_mention=by_mention,
        counterpart_of=_unnamed_counterparts(parsed, by_mention),
    )


_SPOUSE_BEFORE = re.compile(r"\b(?:first (?:lady|gentleman)|wife|husband|spouse),?\s+$", re.IGNORECASE)


def spouse_named(mention: PersonMention, parsed: Parsed) -> bool:
    """Whether a mention is styled as someone's spouse: "First Lady Melania Trump", "his wife, Rebecca"."""
    return bool(_SPOUSE_BEFORE.search(parsed.original[max(0, mention.start - 20) : mention.start]))


def _spouse_beside(mention: PersonMention, group: list[PersonMention], spoused: set[tuple[int, int]]) -> bool:
    """Whether a mention and a group are an office holder and their spouse, who share a family name:
    "President Trump and First Lady Melania Trump" are two. ``spoused``: the mentions styled as spouses."""
    def spouse(m: PersonMention) -> bool:
        return (m.sentence, m.token) in spoused

    if spouse(mention):
        return any(m.office is not None and not spouse(m) for m in group)
    return mention.office is not None and any(spouse(m) for m in group)


def _sworn_in_later(people: list[Person], parsed: Parsed) -> list[Person]:
    """A new leader whose inauguration is still to come holds the office only as its designate: "Boric will be
    present at the inauguration ceremony of Argentina's new president, Javier Milei, on December 10" (not
    "attended the inauguration of the new president", nor a president sworn in again)."""
    result = []
    for person in people:
        if person.role in office_words.LEADERS and person.status == "holder" and any(
            _inauguration_to_come(parsed.sentences[m.sentence].doc[m.token]) for m in person.mentions
        ):
            person = attrs.evolve(person, role="other", status="designate")  # noqa: PLW2901 - the person, now
        result.append(person)
    return result


def _inauguration_to_come(name: Token) -> bool:
    """ "will be present at the inauguration ceremony of Argentina's new president, X": X's inauguration."""
    title = name.head if name.dep_ == "appos" else name
    new = any(c.lower_ == "new" for c in title.children)
    if not (new and title.dep_ == "pobj" and title.head.lower_ == "of"):
        return False
    event = title.head.head
    if event.lower_ not in {"inauguration", "ceremony", "investiture", "swearing"}:
        return False
    verb = clause_verb(event)
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "’ll"} for c in verb.children)


_STYLE_BEFORE = re.compile(
    r"\b(?:(?P<he>Mr|Sir|Lord|King|Prince|Sultan|Emir|Sheikh)|(?P<she>Ms|Mrs|Madam|Mme|Dame|Queen|Princess|Sheikha|Lady))"
    r"\.?\s+$"
)
_HE = frozenset({"he", "his", "him", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})


def _pronouns(people: list[Person], parsed: Parsed) -> list[Person]:
    """Whether each person is "he" or "she", where the text shows it and shows nothing else.

    A style before the name in the article ("Mr. Kono", "Ms. Sisulu"), or
    the pronouns after them of sentences with them as the subject and no one
    else named ("Mahathir said his government will ..."; not "Hasina urged
    him", whose "him" is someone else).
    """
    result = []
    for person in people:
        he = she = 0
        for mention in person.mentions:
            style = _STYLE_BEFORE.search(parsed.original[max(0, mention.start - 12) : mention.start])
            if style:
                he, she = he + bool(style.group("he")), she + bool(style.group("she"))
            doc = parsed.sentences[mention.sentence].doc
            alone = not any(other is not person and other.mentioned_in(mention.sentence) for other in people)
            if alone and not mention.reference and doc[mention.token].dep_ in {"nsubj", "nsubjpass"}:
                words = [
                    t.lower_
                        for t in tokens(doc)[mention.token + 1 :] if t.dep_ in {"poss", "nsubj", "nsubjpass"}
                ]  # "Mahathir also said his government will ...", not "Hasina urged him"
                he += any(w in _HE for w in words)
                she += any(w in _SHE for w in words)
            if doc[mention.token].dep_ == "nsubj":
                owner = _counterpart_owner(
                    doc[mention.token].head
                )  # "X discussed ... with her counterpart Y"
                he, she = he + (owner in _HE), she + (owner in _SHE)
        pronoun = "he" if he and not she else "she" if she and not he else None
        result.append(attrs.evolve(person, pronoun=pronoun) if pronoun else person)
    return result


def _counterpart_owner(verb: Token) -> str:
    """The pronoun owning a "counterpart" the verb's clause names: "her" of "met with her Malaysian counterpart"."""
    for token in verb.subtree:
        if token.lower_ in {"counterpart", "counterparts"}:
            node = token
            for _ in range(4):
                if node.head.i == verb.i:
                    return next((c.lower_ for c in token.children if c.dep_ == "poss"), "")
                node = node.head
    return ""


_RANK_FIRST = re.compile(r"(?:Gen|Lt|Col|Maj|Brig|Adm|Capt)\.? (?=[A-Z])")
_ALIAS = re.compile(
    r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){1,3})(?: ['‘\"“](?P<quoted>[A-Z][a-z]{2,})['’\"”]"
    r"|,? (?:alias|aka|popularly known as|also known as|better known as) ['‘\"“]?(?P<known>[A-Z][a-z]{2,})"
    r"| \((?P<bracketed>[A-Z][a-z]{2,})\))"
)


def _aliases(text: str) -> dict[frozenset[str], frozenset[str]]:
    """A nickname the text gives a name, and that name: "Pushpa Kamal Dahal 'Prachanda'", "Joko Widodo, popularly
    known as Jokowi", "Joko Widodo (Jokowi)"; the nickname alone later is the same person."""
    aliases: dict[frozenset[str], frozenset[str]] = {}
    for match in _ALIAS.finditer(text):
        alias = match.group("quoted") or match.group("known") or match.group("bracketed")
        if match.group("bracketed") and (
            found.country_of_words(alias)
            or gazetteer.place_country(alias)
            or alias.lower() in found.MONTHS_DAYS
            or outlets.table().by_name.get(alias) is not None
        ):
            continue  # "Joko Widodo (Jokowi)" is his nickname; "Ana Ruiz (Peru)", "(Reuters)" are not
        words = [
            w
            for w in match.group("name").split()
            if w.lower() not in office_words.TITLE_WORDS and not found.country_of_words(w)
        ]
        if words:  # "Nepal Prime Minister Pushpa Kamal Dahal 'Prachanda'": the name, not its title
            aliases.setdefault(name_tokens(alias), name_tokens(" ".join(words)))
    return aliases


def _unnamed_counterparts(parsed: Parsed, by_mention: dict[tuple[int, int], int]) -> dict[int, str]:
    """Whose counterpart of which country the text names without a name: "Hamid will host a banquet in his
    Indian counterpart's honour" (Hamid's counterpart, met elsewhere in the story, is India's)."""
    owners: dict[int, str] = {}
    for sentence in parsed.sentences:
        if "counterpart" not in sentence.words and "counterparts" not in sentence.words:
            continue  # (most sentences: their words not read one by one)
        for token in tokens(sentence.doc):
            if token.lower_ not in {"counterpart", "counterparts"}:
                continue
            if not any(c.lower_ in {"his", "her"} and c.dep_ == "poss" for c in token.children):
                continue
            if any(c.dep_ == "appos" for c in token.children) or any(
                (sentence.index, k) in by_mention
                for k in range(token.i + 1, min(token.i + 5, len(sentence.doc)))
            ):
                continue  # "his Indian counterpart, Ram Nath Kovind": the cast gives him India already
            demonyms = [
                found.country_of_words(c.text) for c in token.children if c.dep_ in {"amod", "compound"}
            ]
            country = next((c for c in demonyms if c), None)
            subjects = [
                by_mention[(sentence.index, t.i)]
                for t in tokens(sentence.doc)
                if t.dep_ in {"nsubj", "nsubjpass"} and (sentence.index, t.i) in by_mention
            ]
            if country is not None and len(subjects) == 1:
                owners.setdefault(subjects[0], country)
    return owners


def _a_place(group: list[PersonMention], parsed: Parsed) -> bool:
    """A place the model took for a person, never titled or given a country.

    "Labuan Bajo (VNA) - ...": a town of two words the gazetteer knows; "a
    ceremony held in Rashtrapati Bhavan": a name only ever "in" or "at".
    """
    if any(m.office is not None or m.country is not None for m in group):
        return False
    longest = max((m.name for m in group), key=len)
    if (
        len(longest.split()) >= 2
        and gazetteer.place_country(longest) is not None
        and all(m.name in longest for m in group)
    ):
        return True
    return all(_where(parsed.sentences[m.sentence].doc[m.token]) for m in group)


_OUTLET_NOUN = re.compile(
    r"\b(?:newspaper|daily|paper|broadcaster|magazine|weekly|tabloid|outlet|agency|channel|website|radio)\s+"
    r"(?:[A-Z][a-z]{0,3}\s+)?$",  # "newspaper La [Tercera]"
    re.IGNORECASE,
)


def _an_outlet(group: list[PersonMention], parsed: Parsed) -> bool:
    """ "the Chilean newspaper La Tercera reported", "According to La Tercera", "..., Prensa Latina
    reported": a news outlet the model took for a person, never titled, named once at least after what it
    is, or by a known outlet's name."""
    if any(m.office is not None for m in group):
        return False
    if all(outlets.named(m.name) is not None for m in group):
        return True  # "..., Prensa Latina reported": a news agency's name, never titled
    return any(_OUTLET_NOUN.search(parsed.original[max(0, m.start - 20) : m.start]) for m in group)


def _the_source(group: list[PersonMention], source: str | None) -> bool:
    """A name that is the publisher's own, as its header gives it: "TASHKENT. KAZINFORM ...", "Kazinform
    correspondent reports" in a Kazinform story."""
    if not source:
        return False
    own = {_fold(part).strip() for part in re.split(r"[()/]", source) if part.strip()}
    return all(_fold(m.name) in own for m in group)  # not "Sheikh Sabah al-Ahmad ... Sabah" in the Sabah


def _a_family(group: list[PersonMention], groups: list[list[PersonMention]]) -> bool:
    """ "The Obamas received a warm welcome": a family named by the plural of someone's family name."""
    names = {m.name for m in group}
    if len(names) != 1 or " " in (name := next(iter(names))) or not name.endswith("s"):
        return False
    return any(
        m.name.split()[-1] == name[:-1] for other in groups if other is not group for m in other if " " in m.name
    )


def _where(name: Token) -> bool:
    """A name "in" or "at" which something is: "held in Rashtrapati Bhavan", "at Jubilee House"; a place's
    by the noun it names: "in Kumamoto city", "the Italian cities of Bari and Matera"."""
    if name.dep_ == "conj" and name.head.i != name.i:  # "will travel to Berlin, Paris, Bari and Matera"
        first = name.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        return _where(first) or (
            first.dep_ == "pobj"
            and first.head.lower_ in {"to", "in", "at"}
            and gazetteer.place_country(first.text) is not None
            and not any(hit.kind == "name" for hit in gazetteer.find_countries(first.text))
        )  # a city, not a country: "from Japan and South Korea, A and B"
    return (
        (name.dep_ == "pobj" and name.head.lower_ in {"in", "at", "inside", "outside"})
        or (name.dep_ == "compound" and name.head.lower_ in _PLACE_NOUNS)
        or (name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in _PLACE_NOUNS)
    )


_PLACE_NOUNS = frozenset(
    {"city", "cities", "town", "towns", "province", "provinces", "prefecture", "county", "district"}
    | {"village"}
)


# Britain's titles that other governments give their senior civil servants: India's, Pakistan's or
# Nepal's Foreign Secretary is the ministry's permanent head, not its minister.
_WHITEHALL = frozenset(
    {"foreign secretary", "defence secretary", "home secretary", "finance secretary", "commerce secretary"}
)
_SECRETARIATS = frozenset({"IN", "PK", "NP", "BD", "LK", "BT", "MV", "GY"})


def _whitehall(title: str | None) -> bool:
    """A title of ``_WHITEHALL``'s, maybe with more after it: "Foreign Secretary (Senior Secretary)"."""
    return (title or "").lower().startswith(tuple(_WHITEHALL))


_ENTOURAGE = re.compile(r"\baccompan|\bdelegation\b|\bentourage\b|\bretinue\b", re.IGNORECASE)


def _whitehall_abroad(people: list[Person], parsed: Parsed, home: str | None) -> list[Person]:
    """A Whitehall title in the suite of a leader, in a story told from another country, is the home's (the
    title alone would make its holder Britain's): "President Ali was accompanied by ... Foreign Secretary,
    Robert X" in a Guyanese paper, "a delegation likely to include External Affairs Minister A, Foreign
    Secretary B" in an Indian agency's story; not where the words name Britain, nor "held talks with Foreign
    Secretary X"."""
    if home is None or home == "GB" or not any(p.country == "GB" and _whitehall(p.title) for p in people):
        return people
    british = {s.index for s in parsed.sentences if any(hit.code == "GB" for hit in countries_in(s.text))}
    suite = {s.index for s in parsed.sentences if _ENTOURAGE.search(s.text)}

    def homes_own(person: Person) -> bool:  # in the home's leader's suite, in words that do not name Britain
        sentences = {m.sentence for m in person.mentions}
        return sentences <= suite and not sentences & british

    role = "other" if home in _SECRETARIATS else None
    return [
        attrs.evolve(
            p,
            country=home,
            role=role or p.role,
            mentions=tuple(
                attrs.evolve(m, office=attrs.evolve(m.office, country=home, role=role or m.office.role))
                if m.office is not None and m.office.country == "GB" and _whitehall(m.office.title)
                else m
                for m in p.mentions
            ),
        )
        if p.country == "GB" and _whitehall(p.title) and homes_own(p)
        else p
        for p in people
    ]


def _civil_servants(
    people: list[Person], parsed: Parsed, home: str | None = None, paper: str | None = None
) -> list[Person]:
    """A "Foreign Secretary" of India, Pakistan, Bangladesh, Nepal or Sri Lanka is the ministry's civil
    servant, and one in a story about South Asia that never names Britain is no British minister, and
    no minister; nor is their counterpart. Under a dateline ("NEW DELHI: Foreign secretary X and his Nepal
    counterpart Y") they are the dateline's ``home``, as its officials named bare are; one told visiting
    another such country is the ``paper``'s own, the country of the outlet telling it."""
    british = None
    result = []
    demoted: list[int] = []
    own = 0  # servants whose country the story gives
    for person in people:
        if person.country in _SECRETARIATS and _whitehall(person.title):
            person = attrs.evolve(person, role="other")  # "Bangladesh Foreign Secretary X": the ministry's head
            own += 1
        elif person.country == "GB" and (person.title or "").lower() in _WHITEHALL:
            if british is None:
                named = {hit.code for s in parsed.sentences for hit in countries_in(s.text)}
                british = "GB" in named or not (named | {home}) & _SECRETARIATS
            if not british:
                mentions = tuple(
                    attrs.evolve(m, office=attrs.evolve(m.office, country=None, role="other"))
                    if m.office is not None and m.office.title.lower() in _WHITEHALL
                    else m
                    for m in person.mentions
                )
                person = attrs.evolve(person, country=None, role="other", mentions=mentions)
                demoted.append(person.key)
        result.append(person)
    listed = {key: _listed_after(key, result, parsed) for key in demoted}
    result = [  # "External Affairs Minister A, Foreign Secretary B and other officials were present": A's
        attrs.evolve(p, country=listed[p.key]) if listed.get(p.key) else p for p in result
    ]
    demoted = [key for key in demoted if not listed[key]]
    if home is not None and home != "GB" and len(demoted) == 1 and not own:  # one: the dateline's, not two countries'
        result = [
            attrs.evolve(p, country=home)
            if p.key == demoted[0] and not _a_home_counterparts(p, home, result)  # "X met his Bangladesh
            else p  # counterpart Y" under DHAKA
            for p in result
        ]
    elif paper in _SECRETARIATS and len(demoted) == 1:
        result = [  # "Foreign Secretary X paid an official visit to Nepal", in an Indian paper: the paper's
            attrs.evolve(p, country=paper)
            if p.key == demoted[0]
            and p.country is None
            and any(_visiting(p, there, result, parsed) for there in _SECRETARIATS - {paper})
            else p
            for p in result
        ]
    servants = {
        m.sentence for p in result if p.role == "other" and _whitehall(p.title) for m in p.mentions
    }
    ministers = {
        m.sentence
        for p in result
        if p.role == "foreign minister" and (p.title or "").lower() != "counterpart"
        for m in p.mentions
    }
    return [  # "Foreign secretary X and his Nepal counterpart Y": Y no more a minister than X
        attrs.evolve(p, role="other")
        if (p.title or "").lower() == "counterpart"
        and p.role == "foreign minister"
        and p.mentions[0].sentence in servants - ministers
        else p
        for p in result
    ]


def _listed_after(key: int, people: list[Person], parsed: Parsed) -> str | None:
    """The South Asian country of the official a civil servant is first listed right after, the servant's
    title opening the next item: "External Affairs Minister A, [Foreign Secretary B] and other officials"."""
    servant = next(p for p in people if p.key == key)
    mention = servant.mentions[0]
    if mention.office is None:
        return None
    sentence = parsed.sentences[mention.sentence]
    doc = sentence.doc
    opening = mention.office.start
    first = next((t.i for t in tokens(doc) if parsed.normalized.at(sentence.base + t.idx) >= opening), None)
    if first is None or first < 2 or doc[first - 1].text not in {",", "and"}:  # noqa: PLR2004 - a list's
        return None
    return next(
        (
            p.country
            for p in people
            if p.key != key
            and p.country in _SECRETARIATS
            and any(m.sentence == mention.sentence and m.token == first - 2 for m in p.mentions)
        ),
        None,
    )


def _regnal(group: list[PersonMention]) -> bool:
    """A one-word name a pope or a monarch reigns by ("Pope Francis", "King Charles"): a given name, no family
    name another is spelt one letter off from ("Guillermo Francos" is not Francis)."""
    return all(len(m.name.split()) == 1 for m in group) and any(
        m.office is not None and m.office.title.lower().split()[:1] in ([w] for w in _REGNAL) for m in group
    )


_REGNAL = frozenset({"pope", "king", "queen", "emperor", "empress", "sultan", "emir", "pontiff"})


def _initialled(words: frozenset[str], known: frozenset[str]) -> bool:
    """ "E. Rinkevics" of "Edgars Rinkevics": a given name written by its initial, the family name whole."""
    letters = {w for w in words if len(w) == 1}
    rest = words - letters
    return (
        bool(letters)
        and bool(rest)
        and rest <= known
        and all(any(k.startswith(letter) for k in known - rest if len(k) > 1) for letter in letters)
    )


def _transliterated(name: str, written: set[str], *, titled: bool = False) -> bool:
    """ "Sergei Lavrov" and "Sergey Viktorovich Lavrov": one family name, given names spelt alike; "Zelensky"
    and "Volodymyr Zelenskyy", "Jaisankar" and "Subrahmanyam Jaishankar": a long family name one letter apart.

    ``written`` are a group's distinct written names (a long text repeats them: asked of each, not of every
    mention, a mention's look stays short).
    """
    words = _without_styles(name.split())
    for other in written:
        theirs = _without_styles(other.split())
        if len(words) >= 2 and len(theirs) >= 2:
            if (
                theirs[-1] == words[-1]
                and theirs[0][:4].lower() == words[0][:4].lower()
                and not _otherwise_between(words, theirs)
            ):
                return True
        if (
            theirs
            and words
            and not titled  # "Hussain, the Pakistani ambassador" is not Foreign Minister Fuad Hussein
            and (len(words) == 1 or len(theirs) == 1 or _fold(words[0]) == _fold(theirs[0]))
            and _one_letter_apart(_fold(words[-1]), _fold(theirs[-1]))
        ):
            return True
        if (
            len(words) == len(theirs) == 2  # noqa: PLR2004 - a given name and a family name
            and _fold(words[-1]) == _fold(theirs[-1])
            and _one_letter_apart(_fold(words[0]), _fold(theirs[0]))
            and not titled
        ):
            return True  # "Efgars Rinkevics" of "Edgars Rinkevics": a given name mistyped
        if (
            len(words) == len(theirs) == 2  # noqa: PLR2004 - a given name and a family name
            and all(_one_letter_apart(_fold(a), _fold(b)) for a, b in zip(words, theirs, strict=True))
        ):
            return True  # "Anthony Alabanese" in a caption, "Anthoney Albanese" in the story: each word a
            # long one mistyped, no two people's names (whatever their titles here)
    return False


def _otherwise_between(words: list[str], theirs: list[str]) -> bool:
    """Whether two names that open and close alike tell different words between: "Sabah Al Khalid Al Sabah"
    and "Sabah Al Ahmad Al Jaber Al Sabah" are two of one family (not "Sergei Lavrov" and "Sergey
    Viktorovich Lavrov": one tells nothing between; nor two spellings a letter apart)."""
    mine, other = (
        {_fold(w) for w in name[1:-1]} - found.SON_OF - {"al", "el"} for name in (words, theirs)
    )
    return (
        bool(mine)
        and bool(other)
        and mine.isdisjoint(other)
        and not any(_one_letter_apart(a, b) for a in mine for b in other if len(a) >= _LONG_NAME)
    )  # "Bruno Rodrigues Parrilla" and "Bruno Rodriguez Parrilla": one man, a letter mistyped


def _titled_otherwise(mention: PersonMention, group: list[PersonMention]) -> bool:
    """Whether a mention has a title the group's holder does not, or another country: "Hussain, the
    Pakistani ambassador" is not Foreign Minister Fuad Hussein; "President Khurelsuk" is President
    Khurelsukh, one letter dropped."""
    if mention.office is None:
        return False
    held = _best_office(group)
    mine = mention.country or mention.office.country
    theirs = {c for m in group if (c := m.country or (m.office.country if m.office else None))}
    return (
        held is None
        or held.role == "other"
        or held.role != mention.office.role
        or (mine is not None and bool(theirs) and mine not in theirs)  # "Foreign Minister A Kowalski of
        # Poland held talks with Foreign Minister A Kowalsky of Slovakia": two
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """Two long words one letter added, dropped or changed apart ("malstrom", "malmstrom"), or a double
    letter moved ("ouatarra", "ouattara")."""
    if a == b or min(len(a), len(b)) < _LONG_NAME:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(map(str.__ne__, a, b)) == 1 or _undoubled(a) == _undoubled(b)  # "ouatarra", "ouattara"
    short, long = (a, b) if len(a) < len(b) else (b, a)
    at = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))  # the first apart
    return long[at + 1 :] == short[at:]


_LONG_NAME = 6  # letters: "Ahmed" and "Ahmad" are two names


def _undoubled(word: str) -> str:
    """A word with each run of one letter written once: "ouatara" of "ouattara" and "ouatarra"."""
    return re.sub(r"(.)\1+", r"\1", word)


_Holding = tuple[str, str, str, str | None]  # family name, office class, initial, country


def _holding(mention: PersonMention) -> _Holding | None:
    """The office a mention holds by family name, for ``_one_holder``: none for a former or untitled one."""
    office = mention.office
    family = family_name(mention.name)
    if office is None or office.role == "other" or office.status == "former" or family is None:
        return None
    return family, office.role, _fold(mention.name)[:1], office.country


def _one_holder(mine: _Holding | None, held: set[_Holding]) -> bool:
    """ "President Joe Biden" and "President Joseph R. Biden, Jr.": one family name in one office (``mine``, a
    mention's ``_holding``) is one person, however the given name is written, when it starts with the same
    letter (not Prime Ministers Nawaz and Shehbaz Sharif)."""
    return mine is not None and any(
        theirs[:3] == mine[:3] and (mine[3] is None or theirs[3] is None or mine[3] == theirs[3])
        for theirs in held
    )


def family_name(name: str) -> str | None:
    """The last word of a name written given name first, a generation after it left out ("Biden, Jr.")."""
    words = [w for w in _fold(name).replace(",", " ").split() if w.rstrip(".") not in SUFFIXES]
    return words[-1] if len(words) >= 2 else None


_NASAB = frozenset({"bin", "ibn", "bint"})  # written small: "Ben Wallace" is a given name


def _has_nasab(words: list[str]) -> bool:
    """Whether a name's words hold a "bin" of a lineage (``_nasab_at``)."""
    return any(_nasab_at(words, i) for i in range(len(words)))


def _nasab_at(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` of a name is "bin" of a lineage: written small, or capitalised past the first
    word ("Yusuf Bin Alawi Bin Abdullah", as Gulf papers write it; a name's first word may be a given one)."""
    return words[i].lower() in _NASAB and (words[i].islower() or i > 0)


def _in_lineage(name: str, group: set[str]) -> bool:  # the group's distinct written names
    """A father named in a son's name is not the son: "Mohamed bin Zayed" and "Hamdan bin Mohamed bin Zayed"
    are two people, and "Sheikh Mohamed" is the first, whose given name his is; "Mohamed bin Zayed" and
    "Mohammed bin Hamad", two fathers' sons, are two people however alike their given names (not "bin
    Abdulrahman" and "bin Abdul Rahman", one father spelt two ways)."""
    father = _father_named(name)
    return any(
        _father_of(name, other)
        or _father_of(other, name)
        or (
            father is not None
            and (theirs := _father_named(other)) is not None
            and not (father.startswith(theirs) or theirs.startswith(father))
        )
        for other in group
    )


def _opens(name: str, group: set[str]) -> bool:
    """ "Yusuf bin Alawi" of "Yusuf bin Alawi bin Abdullah": a name of a lineage that opens a longer name of
    the group, given name first, is that name cut short (a son's name opens with his own given name, not
    his father's)."""
    words = [w.lower() for w in name.split()]
    return (
        len(words) >= 3  # noqa: PLR2004 - a given name, "bin" and a father's name
        and _has_nasab(name.split())
        and any([w.lower() for w in other.split()[: len(words)]] == words for other in group if other != name)
    )


def _father_named(name: str) -> str | None:
    """The father a name names ("Mohamed bin Zayed": zayed), or None."""
    words = name.split()
    return next((words[i + 1].lower() for i in range(len(words) - 1) if _nasab_at(words, i)), None)


def _father_of(short: str, long: str) -> bool:
    """Whether the short name's given name stands in the long one only after "bin": a forebear's."""
    given = _without_styles(short.split())
    words = long.split()
    if not given or not _has_nasab(words):
        return False
    at = [i for i, w in enumerate(words) if w.lower() == given[0].lower()]
    return bool(at) and all(i > 0 and _nasab_at(words, i - 1) for i in at)


def _given_after_style(name: str) -> frozenset[str] | None:
    """The words of a name after its leading style ("Sheikh Abdullah": abdullah); None if it has none."""
    words = name.split()
    rest = _without_styles(words)
    return name_tokens(" ".join(rest)) if rest and len(rest) < len(words) else None


def _given_of(name: str) -> frozenset[str]:
    """The words of a name's first word after its style: "Khalid bin Rashid Al Mansoori": khalid."""
    words = _without_styles(name.split())
    return name_tokens(words[0]) if words else frozenset()


def _without_styles(words: list[str]) -> list[str]:
    """A name's words after a leading style: "Sheikh Meshal Al-Sabah" and "Sheikh Sabah ... Al-Sabah" are two."""
    return words[1:] if words and words[0].lower() in _FAMILY_STYLES else words


def _best_office(group: list[PersonMention]) -> Office | None:
    offices = [m.office for m in group if m.office is not None and m.office.status != "former"]
    if not offices:
        offices = [m.office for m in group if m.office is not None]
    if not offices:
        return None
    if any(
        o.role == "foreign minister" for o in offices
    ):  # "Foreign Minister Ampuero" ... "Chancellor Ampuero":
        offices = [  # the Canciller of Spanish-speaking America, no head of government
            o for o in offices if not gazetteer.foreign_ministers_chancellor(o.title, o.country)
        ] or offices
    titled = [o for o in offices if o.title.lower() != "leader"]
    if any(o.role != "other" for o in titled):  # "talks with Kyrgyz leader X" ... "FM of Kyrgyzstan X": the
        offices = titled  # word for any head of a country says less than a title of a kept class does
    full = [o.title.lower() for o in offices if len(o.title.split()) > 1]
    offices = (
        [  # "President Meloni" is short for "the President of the Council of Ministers", Italy's premier
            o
            for o in offices
            if " " in o.title or not any(t.startswith(o.title.lower() + " of ") for t in full)
        ]
        or offices
    )
    return max(
        offices,
        key=lambda o: (office_words.RANK[o.role], o.country is not None, o.title[:1].isupper(), len(o.title)),
    )  # "PM Imran Khan" ... "welcomed by the premier": the style written before the name


_CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "chairman-in-office"})


def _person(key: int, group: list[PersonMention], headings: frozenset[int] = frozenset()) -> Person:
    longest = max(
        group, key=lambda m: (len(m.name.split()), m.sentence not in headings and not m.reference, -m.start)
    )  # the story's own spelling before a caption's: "Sergey Lavrov" of the text, not "Sergei" of the photo
    # (nor a title's, which stands for the name as first written)
    office = _best_office(group)
    countries = Counter(
        c for m in group for c in ((m.office.country if m.office else None), m.country) if c is not None
    )
    country = (
        office.country
        if office and office.country
        else (countries.most_common(1)[0][0] if countries else None)
    )
    organisation = next(
        (
            m.office.organisation
            for m in group
            if m.office
            and m.office.organisation
            and not (  # "Prime Minister X ... the new Chair for the Pacific Islands Forum": a leader chairing
                # a body of states in turn stays his state's
                office is not None
                and office.organisation is None
                and office.role != "other"
                and m.office.title.lower().split()[0] in _CHAIRS
            )
        ),
        None,
    )
    role = office.role if office else "other"
    if organisation and not (office and office.country):
        country = None
        if office is not None and office.organisation is None and role in office_words.LEADERS:
            role = "other"  # "the President of the European Council, Donald Tusk ... President Tusk": the EU's
    name = longest.name
    words = name.split()
    if (
        len(words) >= 3  # noqa: PLR2004 - the style, a given name and a family name
        and words[0] == "Hon"
        and any(m.name.split()[-1:] == words[-1:] and "Hon" not in m.name.split() for m in group)
    ):
        name = " ".join(words[1:])  # "Prime Minister Hon James Marape ... Marape": the style written without
        # its point, where the story calls him by the last name (not "Hon Sui Sen", called "Mr Hon")
    return Person(
        key=key,
        name=name,
        family=None,
        role=role,
        title=office.title if office else None,
        status=office.status if office else "holder",
        country=country,
        organisation=organisation,
        mentions=tuple(group),
    )


def _counterparts(people: list[Person], parsed: Parsed) -> list[Person]:
    """Titles that name another's office: counterparts, predecessors and successors.

    "his Japanese counterpart, Yoko Kamikawa" holds the other side's office;
    "his Japanese and Chinese counterparts, Iwaya Takeshi and Wang Yi" the
    same, in step with the countries; "Cho's predecessor Park Jin" held
    Cho's office in Cho's country, and holds it no more.
    """
    people = _listed_counterparts(people, parsed)
    people = _listed_by_country(people, parsed)
    people = _listed_in_brackets(people, parsed)
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    result = []
    for person in people:
        title = (person.title or "").lower()
        if not title and person.role == "other" and _named_as_counterpart(person, parsed):
            title = "counterpart"  # "her counterparts Chrystia Freeland of Canada and Maria Angela Holguin of ..."
        portfolio = _counterparts_portfolio(person.title or "") if "counterpart" in title else None
        if portfolio is not None and person.role == "other":
            # "his Information and National Orientation counterpart, X": a colleague of that portfolio;
            # "his Rwandan Finance and Economic Planning counterpart": the portfolio's class
            person = attrs.evolve(person, role=office_words.title_class(portfolio))
        elif "counterpart" in title and person.role == "other":
            others = [
                p
                for p in people
                if p is not person
                and p.role != "other"
                and any(p.mentioned_in(m.sentence) for m in person.mentions)
                and not (p.country and p.country == person.country)  # a counterpart is another country's
                and not _met_beside(p, person, parsed)  # "with his counterpart X and also with President Y"
            ]
            if _in_subject(
                person, parsed
            ):  # "A, B as well as Defense Minister C and his counterpart, X": C's
                others = sorted(others, key=lambda p: _words_before(p, person))
            partner = _conjoined_owner(person, others, parsed)
            if partner is not None:  # "the engagement between Collins and her counterpart, X": Collins's
                others = [partner]
            titled_here = any(  # "Technology Minister A signed an agreement with her Cypriot counterpart X":
                # A's office, of no class we keep, not one told before
                p is not person
                and p.role == "other"
                and p.title
                and not (p.country and p.country == person.country)
                and any(p.mentioned_in(m.sentence) for m in person.mentions[:1])
                for p in people
            )
            others = others or ([] if titled_here else _subject_before(person, people, parsed))
            if others:
                person = attrs.evolve(person, role=others[0].role, title=person.title)
            elif not titled_here and (role := _unnamed_owners_office(person, parsed)) is not None:
                person = attrs.evolve(person, role=role, title=person.title)
            elif not titled_here and (followed := _story_subject(person, people, parsed)):
                person = attrs.evolve(person, role=followed[0].role, title=person.title)
        elif person.role == "other" and (replacer := _replacer(person, parsed, by_mention)) is not None:
            person = attrs.evolve(
                person,
                role=replacer.role,
                title=replacer.title,
                country=person.country or replacer.country,
                status="former",
            )
        elif title in {"predecessor", "successor"}:
            owner = _possessor(person, parsed, by_mention)
            if owner is not None and owner.role != "other":
                person = attrs.evolve(
                    person,
                    role=owner.role,
                    title=owner.title,
                    country=person.country or owner.country,
                    status="former" if title == "predecessor" else person.status,
                )
        result.append(person)
    return result


def _counterparts_portfolio(title: str) -> str | None:
    """The portfolio a counterpart's title names, if any, as a minister's title: "Defence minister" of "his
    defence counterpart", "Nigerian Trade and Investment minister", "National Orientation minister" of "his
    Information and National Orientation counterpart"; none of "his Japanese counterpart", "his new
    counterpart" or "his Saudi counterpart Prince X" (no portfolio word)."""
    words = [w for w in title.split() if w.lower() not in {"counterpart", "counterparts"}]
    portfolio = " ".join([*words, "minister"])
    if office_words.title_class(portfolio) == "other" and not any(
        w.lower() in office_words.PORTFOLIOS for w in words
    ):
        return None
    return portfolio


_COUNTERPARTS_REACH = 3  # sentences after "his counterparts from A and B" in which they are named


def _counterparts_from(people: list[Person], parsed: Parsed) -> list[Person]:
    """Counterparts told by their countries, then named: "Kuwait's FM met his counterparts from Brunei and
    Algeria. ... met separately with Brunei's A and Algeria's B": A and B hold his office; "Wang told his
    Russian counterpart ... Wang was speaking at a meeting with Sergei Lavrov": Lavrov holds Wang's."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[str, tuple[str, int]] = {}  # country -> (office, sentence told)
    one: tuple[str, str, int] | None = None  # one counterpart told unnamed: (country, office, sentence)
    for sentence in parsed.sentences:
        if "counterpart" not in sentence.text.lower():
            continue
        for token in tokens(sentence.doc):
            if token.lower_ not in {"counterparts", "counterpart"} or not any(
                c.lower_ in {"his", "her"} and c.dep_ == "poss" for c in token.children
            ):
                continue
            codes = [
                code
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for t in c.subtree
                if t.dep_ in {"pobj", "conj"} and (code := found.country_of_words(t.text)) is not None
            ]
            if token.lower_ == "counterpart":  # "X told his Russian counterpart on Monday. ... a meeting with
                # Y": Y, the one of that country named after, holds X's office (not one named with it)
                named = any(by_mention.get((sentence.index, t.i)) for t in token.subtree if t.i != token.i)
                codes = [] if named else codes or [
                    code
                    for c in token.children
                    if c.dep_ in {"amod", "compound"} and (code := found.country_of_words(c.text)) is not None
                ]
            subject = _clause_subject(token)
            if subject is None or not codes:
                continue
            owner = by_mention.get((sentence.index, subject.i))
            role = owner.role if owner is not None else _title_role(subject)
            if role is not None and role != "other":
                given.update({code: (role, sentence.index) for code in codes})
                said_to = token.dep_ == "dobj" and token.head.lemma_.lower() in _TOLD_TO
                if token.lower_ == "counterpart" and said_to:
                    one = (codes[0], role, sentence.index)  # "told his Russian counterpart", not "met his"
    if not given:
        return people
    if one is not None:  # the one named next, bare and of no country, is the counterpart told unnamed
        code, role, told = one
        bare = [
            p
            for p in people
            if p.country is None
            and p.organisation is None
            and p.title is None
            and 0 < p.mentions[0].sentence - told <= _COUNTERPARTS_REACH
            and "also" not in parsed.sentences[p.mentions[0].sentence].words  # "X also met Y": another
        ]
        if len(bare) == 1:
            people = [attrs.evolve(p, country=code) if p is bare[0] else p for p in people]
    return [
        attrs.evolve(p, role=given[p.country][0])
        if p.role == "other"
        and p.title is None
        and p.country in given
        and 0 < p.mentions[0].sentence - given[p.country][1] <= _COUNTERPARTS_REACH
        else p
        for p in people
    ]


_TOLD_TO = frozenset({"tell", "assure", "inform", "urge", "warn", "remind"})  # words said to a counterpart


def _described_holders(people: list[Person], parsed: Parsed) -> list[Person]:
    """An office told by a country's description, named by no one, is held by that country's one titled
    person whose title the office classes do not place: "The Foreign Secretary met Tánaiste Simon Coveney
    ... The Foreign Secretary and the Irish Foreign Minister discussed": Coveney is Ireland's foreign
    minister. A description is definite ("the Irish Foreign Minister") or a headline's; not when someone of
    that country holds the office, nor when two of that country could. So is a holder of that office whose
    country the text leaves open, when the descriptions leave one country's seat open and no one else is
    unplaced: "Foreign Minister Motegi" of "the Japan-U.S. Foreign Ministers' Telephone Talk", whose U.S.
    seat Secretary of State Blinken fills."""
    named = {(m.sentence, t) for p in people for m in p.mentions for t in range(m.token, m.token + 4)}
    told: dict[str, set[str]] = {}  # country -> offices its descriptions name
    where: dict[tuple[str, str], set[int]] = {}  # and the sentences naming each
    led: set[str] = set()  # countries "the Vietnamese leader" describes: a head, of state or of government
    for sentence in parsed.sentences:
        if "leader" in sentence.words:
            led |= _leader_described(sentence)
        if not _HEAD_WORDS.search(sentence.text):
            continue  # (no office named: its words are not read)
        for i, lower in enumerate(sentence.lowers):
            if lower not in office_words.HEADS:
                continue
            token = sentence.doc[i]
            if (
                token.pos_ not in {"NOUN", "PROPN"}
                or any(c.dep_ == "case" for c in token.children)  # "the Russian President's envoy": of one
                # not at the meeting
                or (sentence.index, token.i) in named
                or (sentence.index, token.i + 1) in named
                or not (sentence.heading or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children))
            ):
                continue
            words = [t for t in tokens(sentence.doc)[token.left_edge.i : token.i + 1] if t.dep_ != "det"]
            codes = {code for t in words if (code := found.country_of_words(t.text)) is not None}
            codes |= _of_a_country(token)  # "the Emir of Qatar"
            if (unheld := _told_unheld(token, words)) is not None:
                if unheld == "designate" and len(codes) == 1:  # "the designated U.S. president": a country,
                    where.setdefault((next(iter(codes)), "other"), set()).add(sentence.index)  # no office
                continue
            title = " ".join(t.text for t in words if found.country_of_words(t.text) is None)
            role = office_words.title_class(title) if title else "other"
            if len(codes) == 1 and role != "other":
                code = codes.pop()
                told.setdefault(code, set()).add(role)
                where.setdefault((code, role), set()).add(sentence.index)
        # (the pattern, tried at every capital letter, only where its one fixed word is)
        pairs = _PAIRED_TITLES.finditer(sentence.text) if "Ministers" in sentence.text else iter(())
        for pair in pairs:  # "the Japan-U.S. Foreign Ministers' Telephone Talk"
            role = office_words.title_class(pair.group(2)[:-1])
            sides = [found.country_of_words(side) for side in re.split(r"\s*[-–]\s*", pair.group(1))]
            paired = {code for code in sides if code is not None}
            if role != "other" and len(paired) == len(sides) >= 2:  # noqa: PLR2004 - two sides or more
                for code in paired:
                    told.setdefault(code, set()).add(role)
                    where.setdefault((code, role), set()).add(sentence.index)
    if not where and not led:
        return people
    held = {(p.country, p.role) for p in people}
    heads = office_words.LEADERS
    for code in led - {c for c, role in held if role in heads}:  # no head of that country named
        for role in heads:
            told.setdefault(code, set()).add(role)
    result = []
    for person in people:
        mine = {m.sentence for m in person.mentions}
        roles = {  # not a description beside their own name: "On behalf of the President of Fiji, Rabuka ..."
            r
            for r in told.get(person.country or "", set()) - {r for c, r in held if c == person.country}
            if where.get((person.country or "", r), set()) - mine
        }
        fellows = [p for p in people if p.country == person.country and p.role == "other" and p.title]
        if (
            person.role == "other"
            and person.title
            and not office_words.outside_the_cabinet(person.title)  # an envoy, a mayor: not the office told
            and len(roles) == 1
            and fellows == [person]
        ):
            person = attrs.evolve(person, role=roles.pop())
        elif person.country is None and person.organisation is None and person.role != "other":
            open_seats = [c for c, roles in told.items() if person.role in roles and (c, person.role) not in held]
            if person.role in heads and len(open_seats) > 1:  # a led country's head seat gives way
                open_seats = [c for c in open_seats if c not in led] or open_seats
            unplaced = [p for p in people if p.country is None and p.organisation is None and p.role == person.role]
            if (
                len(open_seats) == 1
                and unplaced == [person]
                and (person.title is None or gazetteer.title_fits(person.title, open_seats[0]))
            ):  # "Foreign Minister Motegi" of Japan's; not "President X" for "the Moroccan King's envoy"
                person = attrs.evolve(person, country=open_seats[0])
        elif (seat := _described_just_after(person, people, where, held, parsed)) is not None:
            person = attrs.evolve(person, country=seat[0], role=seat[1])  # noqa: PLW2901 - the person, placed
        result.append(person)
    return result


def _told_unheld(head: Token, words: list[Token]) -> str | None:
    """How a description tells an office not (or not yet) held, or None: "the former Irish Foreign Minister"
    (former), "the designated U.S. president", "the U.S. president-elect" (designate)."""
    if found.elect_follows(head.doc, head.i):
        return "designate"
    statuses = {
        "designate" if t.lower_ == "designated" else office_words.QUALIFIERS.get(t.lower_) for t in words
    }
    return next((status for status in ("former", "designate", "acting") if status in statuses), None)


def _leader_described(sentence: Sentence) -> set[str]:
    """The country a definite "leader" of one country describes: "Lim briefed the Vietnamese leader on ...",
    "the Ghanaian leader said"; not "the opposition leader", nor "leaders" of several."""
    codes: set[str] = set()
    for token in tokens(sentence.doc):
        if token.lower_ != "leader" or token.pos_ != "NOUN":
            continue
        before = [t for t in tokens(sentence.doc)[token.left_edge.i : token.i] if t.dep_ != "det"]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or len(before) != 1:
            continue
        if (code := found.country_of_words(before[0].text)) is not None:
            codes.add(code)
    return codes


def _described_just_after(
    person: Person,
    people: list[Person],
    where: dict[tuple[str, str], set[int]],
    held: set[tuple[str | None, str]],
    parsed: Parsed,
) -> tuple[str, str] | None:
    """The one open seat a description names in the sentence right after the one untitled person of no country
    named there: "Meloni and Zelensky touch base. The Italian PM had a telephone conversation with the
    Ukrainian President": Zelensky is Ukraine's president."""
    if person.country is not None or person.organisation is not None or person.title is not None:
        return None
    if not any(parsed.sentences[m.sentence].doc[m.token].ent_type_ == "PERSON" for m in person.mentions):
        return None  # a person by the model's word too: not "Media and [Publicity], Chief X"
    untitled = [p for p in people if p.country is None and p.organisation is None and p.title is None]
    seats = [
        seat
        for seat, sentences in where.items()
        if seat not in held
        and any(
            i - 1 in {m.sentence for m in person.mentions}
            and [p for p in untitled if any(m.sentence == i - 1 for m in p.mentions)] == [person]
            for i in sentences
        )
    ]
    return seats[0] if len(seats) == 1 else None


def _of_a_country(head: Token) -> set[str]:
    """The country an office's head word is "of": "the Emir [of Qatar]", "the President [of the Republic of
    Kenya]"."""
    return {
        code
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for place in prep.children
        if place.dep_ == "pobj"
        and (code := found.country_of_words(" ".join(t.text for t in place.subtree if t.dep_ != "det")))
        is not None
    }


_HEAD_WORDS = re.compile(  # a first letter looked at first: else every word is tried at every letter
    r"\b(?=[" + re.escape("".join(sorted({head[0] for head in office_words.HEADS}))) + r"])"
    r"(?:" + "|".join(map(re.escape, sorted(office_words.HEADS))) + r")s?\b",
    re.IGNORECASE,
)
# "Japan-U.S. Foreign Ministers'", "India-Nepal Defence Ministers'": the offices of two countries' holders
_PAIRED_TITLES = re.compile(
    r"\b([A-Z][\w.]*(?:\s*[-–]\s*[A-Z][\w.]*)+)\s+((?:[A-Z][a-z]+ )*Ministers)['’]"
)


def _unnamed_owners_office(person: Person, parsed: Parsed) -> str | None:
    """The office of a counterpart's owner named by title alone, the subject of the verb it is met by:
    "Kuwait's FM received his Rwanda counterpart X", "The Kuwaiti top diplomat met his counterpart X"."""
    mention = person.mentions[0]
    subject = _clause_subject(parsed.sentences[mention.sentence].doc[mention.token])
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or subject.ent_type_ == "PERSON":
        return None
    return _title_role(subject)


def _clause_subject(token: Token) -> Token | None:
    """The subject of the verb a word hangs under: "Kuwait's FM" of "Kuwait's FM received his counterpart X"."""
    verb = clause_verb(token)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _title_role(noun: Token) -> str | None:
    """The office a noun of office names with the words before it: "Kuwaiti top diplomat", then "top
    diplomat", then "diplomat"; None when no reading names one."""
    doc = noun.doc
    words = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
    if any(t.lower_ in _UNDER for t in tokens(doc)[noun.left_edge.i : noun.i]):
        return None  # "Vice President [Dang ...] held talks with her counterpart X": no head of state's
    for first in [*words, noun]:
        role = office_words.title_class(span_text(doc, first.i, noun.i + 1))
        if role != "other":
            return role
    return None


_UNDER = frozenset({"vice", "deputy", "assistant", "under"})  # words making a title a lesser office


def _in_subject(person: Person, parsed: Parsed) -> bool:
    """Whether a counterpart is named in a list that is a clause's subject: "A and his counterpart X held
    talks"."""
    for mention in person.mentions:
        node = parsed.sentences[mention.sentence].doc[mention.token]
        while node.dep_ in {"conj", "appos", "compound"} and node.head.i != node.i:
            node = node.head
        if node.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return False


def _words_before(other: Person, person: Person) -> int:
    """How few words before ``person`` is called a counterpart ``other`` is named in that sentence (a large
    number if never)."""
    titled = [
        m for m in person.mentions if m.office is not None and "counterpart" in (m.office.title or "").lower()
    ]
    return min(
        (
            mine.token - theirs.token
            for mine in titled or person.mentions
            for theirs in other.mentions
            if theirs.sentence == mine.sentence and theirs.token < mine.token
        ),
        default=1_000_000,
    )


def _objects_of(token: Token) -> Token | None:
    """The word a name is the object of, through lists and prepositions ("with A and also with B": "held").

    None for a name in a subject ("X and his counterpart, Y, held talks"), or not met "with".
    """
    node = token
    met_with = False  # only people met "with": "a meeting between A and B" pairs them as counterparts
    for _ in range(8):
        if node.dep_ in {"nsubj", "nsubjpass"}:
            return None
        if node.dep_ not in {"pobj", "dobj", "conj", "appos", "prep", "compound"} or node.head.i == node.i:
            break
        met_with = met_with or node.lower_ == "with"
        node = node.head
    return node if met_with else None


def _met_beside(other: Person, person: Person, parsed: Parsed) -> bool:
    """Whether two people are met side by side, objects of one verb: neither is the other's counterpart."""
    for mention in person.mentions:
        doc = parsed.sentences[mention.sentence].doc
        here = _objects_of(doc[mention.token])
        if here is None:
            continue
        for theirs in other.mentions:
            owner = any(  # "shows X and his Japanese counterpart, Y": X is whose counterpart Y is
                t.lower_ in {"counterpart", "counterparts"} and t.dep_ == "conj" and t.head.i == theirs.token
                for t in tokens(doc)
            )
            if theirs.sentence == mention.sentence and not owner and _objects_of(doc[theirs.token]) == here:
                return True
    return False


def _subject_before(person: Person, people: list[Person], parsed: Parsed) -> list[Person]:
    """Whose counterpart "he" (or a quotation's "I") meets: the office holder named as a subject just before.

    "Lavrov arrived in Belgrade from Ljubljana. During the visit, he had
    held talks with Slovenian counterpart Karl Erjavec".
    """
    first = min(m.sentence for m in person.mentions)
    doc = parsed.sentences[first].doc
    pronouns = {t.lower_ for t in tokens(doc) if t.dep_ in {"nsubj", "nsubjpass"}}
    if not pronouns & {"he", "she", "i"}:
        return []  # "The French foreign minister held talks with his German counterpart": not the last named
    # a quotation's "I" ('"I held a bilateral meeting with my counterpart from Laos, X," he said') may be a
    # few sentences from the one who says it
    reach = 4 if "i" in pronouns else 2
    for index in range(first - 1, first - 1 - reach, -1):
        if index < 0:
            break
        subjects = [
            p
            for p in people
            if p is not person
            and p.role != "other"
            and not (p.country and p.country == person.country)
            and any(
                m.sentence == index and parsed.sentences[index].doc[m.token].dep_ in {"nsubj", "nsubjpass"}
                for m in p.mentions
            )
        ]
        if subjects:
            return subjects[:1]
    return []


def _conjoined_owner(person: Person, others: list[Person], parsed: Parsed) -> Person | None:
    """Whose "her counterpart" is when the two are joined by "and": "between Collins and her counterpart,
    Richard Marles", "Peters and his Australian counterpart Penny Wong": the one named just before."""
    for mention in person.mentions:
        doc = parsed.sentences[mention.sentence].doc
        noun = next(
            (
                t
                for t in tokens(doc)[max(0, mention.token - 5) : mention.token]
                if t.lower_ in {"counterpart", "counterparts"}
                and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in t.children)
            ),
            None,
        )
        if noun is None or noun.dep_ != "conj":
            continue
        at = (mention.sentence, noun.head.i)
        return next((p for p in others for m in p.mentions if (m.sentence, m.token) == at), None)
    return None


def _story_subject(person: Person, people: list[Person], parsed: Parsed) -> list[Person]:
    """Whose "his Turkish counterpart, X" is when no office holder stands near: the office holder the story
    told as a subject last before it ("Algerian Foreign Minister A held bilateral meetings ... With his
    Turkish counterpart, X, the two ministers exchanged views"); none when two were told so last. Not for "The
    French foreign minister held talks with his German counterpart": that clause's subject owns it."""
    mention = person.mentions[0]
    doc = parsed.sentences[mention.sentence].doc
    if not any(t.lower_ in {"his", "her"} for t in tokens(doc)[max(0, mention.token - 6) : mention.token]):
        return []
    latest = {
        p.key: max(
            (
                m.sentence
                for m in p.mentions
                if m.sentence < mention.sentence
                and parsed.sentences[m.sentence].doc[m.token].dep_ in {"nsubj", "nsubjpass"}
            ),
            default=-1,
        )
        for p in people
        if p is not person and p.role != "other" and not (p.country and p.country == person.country)
    }
    last = max(latest.values(), default=-1)
    told = [p for p in people if last >= 0 and latest.get(p.key) == last]
    return told if len(told) == 1 else []


def _named_as_counterpart(person: Person, parsed: Parsed) -> bool:
    """Whether a name hangs, through a list, on "counterparts": "her counterparts A of Canada and B of Colombia"."""
    for mention in person.mentions:
        doc = parsed.sentences[mention.sentence].doc
        first = mention.token
        while first > 0 and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if found.counterpart_set_off(doc, first) is not None:
            return True  # "his Indonesian counterpart, Retno Marsudi have reaffirmed": the parse broke it off
        token = doc[mention.token]
        lead = token
        while lead.dep_ == "conj" and lead.head.i < lead.i:
            lead = lead.head
        if lead is not token and (peers := found.counterpart_set_off(doc, lead.left_edge.i)) is not None:
            return peers.lower_ == "counterparts"  # "his UAE and French counterparts, A and B": B too
        listed = False  # through a list: "counterparts A and B" are two; "his counterpart, A and B", one
        for _ in range(5):
            if token.head.lower_ in {"counterpart", "counterparts"} and token.dep_ in {
                "appos",
                "conj",
                "compound",
            }:
                return token.head.lower_ == "counterparts" or not (
                    listed
                    or token.dep_ == "conj"
                    or any(t.ent_type_ == "PERSON" for t in tokens(doc)[token.head.i + 1 : first])
                )  # "his X counterpart, A and the Special Adviser ..., B": one counterpart, named first
            if token.dep_ not in {"conj", "appos", "pobj", "prep"} or token.head.i == token.i:
                break
            listed = listed or token.dep_ == "conj"
            token = token.head
    return False


_REPLACING = frozenset({"replace", "succeed"})


def _replacer(person: Person, parsed: Parsed, by_mention: dict[tuple[int, int], Person]) -> Person | None:
    """Who took a person's office: "X was appointed foreign minister, replacing Y" (Y held it)."""
    for mention in person.mentions:
        token = parsed.sentences[mention.sentence].doc[mention.token]
        verb = token.head
        if token.dep_ != "dobj" or verb.lemma_.lower() not in _REPLACING:
            continue
        clause = verb.head if verb.dep_ in {"advcl", "xcomp", "acl", "conj"} else verb
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            replacer = by_mention.get((mention.sentence, subject.i))
            if replacer is not None and replacer is not person and replacer.role != "other":
                return replacer
    return None


def _possessor(person: Person, parsed: Parsed, by_mention: dict[tuple[int, int], Person]) -> Person | None:
    """Whose "predecessor" a person is: "Cho's predecessor Park Jin"."""
    for mention in person.mentions:
        if mention.office is None:
            continue
        doc = parsed.sentences[mention.sentence].doc
        for token in tokens(doc):
            if token.lower_ in {"predecessor", "successor"} and token.i < mention.token:
                owner = next((c for c in token.children if c.dep_ == "poss"), None)
                if owner is not None and (mention.sentence, owner.i) in by_mention:
                    return by_mention[(mention.sentence, owner.i)]
    return None


def _interleaved(span: Span, sentence: int, by_mention: dict[tuple[int, int], Person]) -> dict[int, str]:
    """Names each after its country, "Indonesia, A, and Malaysia, B": each name's country, when two or more
    countries each come right before one name (empty otherwise)."""
    paired: dict[int, str] = {}
    country = None
    for t in span:
        if t.text in {",", "and"} or (t.lower_ == "the" and country is None):
            continue
        if (code := found.country_of_words(t.text)) is not None and t.ent_type_ != "PERSON":
            if country is not None:
                return {}  # two countries in a row: not one each
            country = code
            continue
        person = by_mention.get((sentence, t.i))
        if person is not None and country is not None:
            paired[person.key] = country
            country = None
            continue
        if t.pos_ == "PROPN" and country is not None:
            continue  # the given names before the name's last word, where its mention stands
        break
    codes = list(paired.values())
    return paired if len(paired) >= 2 and len(set(codes)) == len(codes) else {}  # noqa: PLR2004 - a list


def _countries_before_peers(doc: Doc, peers: int) -> list[str]:
    """The countries written before "counterparts", after the owner's word: "his Australian and New Zealand
    counterparts", "her Sri Lankan and Indian counterparts", "with Moroccan and Algerian counterparts"
    (names of one to three words, read in order, whatever the parse made of them; not "in Baku with his
    Turkish and ...": Baku is before "his")."""
    start = next(
        (k + 1 for k in range(peers - 1, max(-1, peers - 9), -1) if doc[k].lower_ in _OWNERS), None
    )
    if start is None:
        return []
    return found.countries_in_order(doc, start, peers, found.country_of_words, skipping=True)[0]


_OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "the", "with"})  # "with" leads the others
# met, owned by no word: "met with Moroccan and Algerian counterparts A and B respectively"


def _listed_counterparts(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "his Japanese and Chinese counterparts, Iwaya Takeshi and Wang Yi": countries in step with names."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, str] = {}
    roles: dict[int, str] = {}
    for sentence in parsed.sentences:
        if sentence.words.isdisjoint(office_words.LISTED_PEERS):
            continue
        doc = sentence.doc
        for token in tokens(doc):
            if token.lower_ not in office_words.LISTED_PEERS:
                continue
            codes = _countries_before_peers(doc, token.i)
            named_before = [
                by_mention[(sentence.index, t.i)]
                for t in tokens(doc)[: token.i]
                if (sentence.index, t.i) in by_mention
            ]
            owner = named_before[0] if named_before else None  # whose counterparts they are: the first named
            after = token.i + 1
            if (
                not codes and after < len(doc) and doc[after].lower_ in {"from", "of"}
            ):  # "his peers from A and B, X
                while after + 1 < len(doc):  # and Y"
                    if doc[after + 1].lower_ in {"and", "the"}:
                        after += 1
                        continue
                    ahead = after + 1
                    sized = ((n, found.country_of_words(span_text(doc, ahead, ahead + n))) for n in (3, 2, 1))
                    size, code = next(((n, c) for n, c in sized if c), (0, None))  # "South Korea": two words
                    if code is None:
                        break
                    codes.append(code)
                    after += size
                after += 1
            listed = [
                by_mention[(sentence.index, t.i)]
                for t in tokens(doc)[after : token.i + 14]
                if (sentence.index, t.i) in by_mention
            ]
            named = list(dict.fromkeys(p.key for p in listed))
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"from", "of"}:
                paired = _interleaved(doc[token.i + 2 : token.i + 24], sentence.index, by_mention)
                if paired:  # "her counterparts from Indonesia, A, and Malaysia, B": each his country's, in
                    given.update(paired)  # the office of the one whose counterparts they are
                    if owner is not None and owner.role != "other":
                        roles.update(dict.fromkeys(paired, owner.role))
                    continue
            if len(codes) == 1 and len(named) == 1 and doc[token.i + 1].lower_ in {"from", "of"}:
                given[named[0]] = codes[0]  # "with my counterpart from Timor-Leste, X"
            if len(codes) == 1 and len(named) >= 2:  # noqa: PLR2004 - two or more
                # "Japanese Foreign Minister A, Defense Minister B, and their Australian counterparts, C and
                # D":
                # both Australia's, each in the office of the one named in step before; only the names listed
                # right after "counterparts", up to one with a title of its own ("... counterparts Wong and
                # Marles and President Marcos": not Marcos)
                listing = []
                aside = _asides(doc[after : token.i + 24])  # brackets may close past the names
                for t in tokens(doc)[after : token.i + 14]:
                    if t.text in {",", "and"} or (sentence.index, t.i) in by_mention or t.i in aside:
                        if (sentence.index, t.i) in by_mention:
                            listing.append(by_mention[(sentence.index, t.i)].key)
                        continue
                    if t.pos_ != "PROPN" or t.lower_ in office_words.TITLE_WORDS:
                        break
                listing = list(dict.fromkeys(listing))
                if aside:  # "counterparts, A (Foreign) and B (Defence), and C": those with their brackets
                    bracketed = {
                        by_mention[(sentence.index, k - 1)].key
                        for k in aside
                        if doc[k].text == "(" and (sentence.index, k - 1) in by_mention
                    }
                    listing = [key for key in listing if key in bracketed]
                given.update(dict.fromkeys(listing, codes[0]))
                owners = list(
                    dict.fromkeys(
                        by_mention[(sentence.index, t.i)].key
                        for t in tokens(doc)[: token.i]
                        if (sentence.index, t.i) in by_mention
                    )
                )
                offices = {p.key: p.role for p in people}
                if len(owners) == len(listing) and len({offices[o] for o in owners}) == len(owners):
                    # each in the office of the one named in step before, as news lists them
                    roles.update(
                        {k: offices[o] for k, o in zip(listing, owners, strict=True) if offices[o] != "other"}
                    )
            if len(codes) >= 2 and len(named) == len(codes):
                for key, code in zip(named, codes, strict=True):
                    given[key] = code
                if owner is not None and owner.role != "other":
                    roles.update(dict.fromkeys(named, owner.role))  # "his ... counterparts": his office
            from_ = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"from", "of"}
            paired = _countries_before_names(doc, token.i + 2, sentence.index, by_mention) if from_ else {}
            if len(paired) >= 2:  # noqa: PLR2004 - a list
                # "his counterparts from the UAE, A; Bahrain, B; and Somalia C": each of the country before
                # the name, in the office of the one whose counterparts they are
                given.update(paired)
                if owner is not None and owner.role != "other":
                    roles.update(dict.fromkeys(paired, owner.role))
            longer = [  # a readout's list runs long: "Minister A, Estonia; Minister B, Latvia; and ..."
                by_mention[(sentence.index, t.i)]
                for t in tokens(doc)[after : token.i + 30]
                if (sentence.index, t.i) in by_mention
            ]
            countries = {p.key: p.country for p in longer}
            if not codes and len(countries) >= 2 and all(countries.values()):  # noqa: PLR2004 - several
                # "his Baltic counterparts, Minister A, Estonia; Minister B, Latvia": each of a country said
                # beside the name, in the office of the one whose counterparts they are
                if owner is not None and owner.role != "other" and owner.key not in countries:
                    given.update({k: c for k, c in countries.items() if c is not None})
                    roles.update(dict.fromkeys(countries, owner.role))
    if not given:
        return people
    return [
        attrs.evolve(p, country=given[p.key], role=roles.get(p.key, p.role) if p.role == "other" else p.role)
        if p.key in given
        and (
            p.country in {None, given[p.key]}
            or _titles_country_alone(p, parsed)
        )
        else p
        for p in people
    ]


def _countries_before_names(
    doc: Doc, start: int, sentence: int, by_mention: dict[tuple[int, int], Person]
) -> dict[int, str]:
    """The people of a list cut by semicolons, each part a country and one name after it ("the UAE, A;
    Bahrain, B; Libya C; and Somalia D"), with their countries; nothing unless every part is so."""
    parts: list[list[Token]] = [[]]
    for t in tokens(doc)[start:]:
        if t.text == ";":
            parts.append([])
        elif t.text == "." or t.dep_ == "ROOT":
            break
        else:
            parts[-1].append(t)
    paired: dict[int, str] = {}
    if len(parts) < 2:  # noqa: PLR2004 - a list
        return paired
    for part in parts:
        named = [k for k, t in enumerate(part) if (sentence, t.i) in by_mention]
        people = list(dict.fromkeys(by_mention[(sentence, part[k].i)].key for k in named))
        words = [t.text for t in part[: named[0]] if t.lower_ not in {"and", "the", ","}] if named else []
        code = next(  # the country's words open the part, the name's follow
            (c for n in range(len(words), 0, -1) if (c := found.country_named_whole(" ".join(words[:n])))),
            None,
        )
        if len(people) != 1 or code is None:
            return {}
        paired[people[0]] = code
    return paired


def _asides(span: Span) -> set[int]:
    """The tokens of the short brackets right after a name in a list, with the brackets: "C (Foreign
    Secretary) and D (Defense Secretary)"."""
    inside: set[int] = set()
    opened: int | None = None
    for t in span:
        if t.text == "(" and t.i > span.start and t.nbor(-1).pos_ == "PROPN":
            opened = t.i
        elif t.text == ")" and opened is not None:
            if t.i - opened <= 6:  # noqa: PLR2004 - a title's few words, not a clause
                inside.update(range(opened, t.i + 1))
            opened = None
    return inside


def _listed_by_country(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "The presidents of Bolivia, Luis Arce and Peru, Pedro Castillo": each country with the name after;
    "Ministers of Foreign Affairs of Kyrgyzstan X and Tajikistan Y", "Heads of the Ministry of Foreign Affairs
    of ...": each its country's foreign minister."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, tuple[str, str]] = {}
    for sentence in parsed.sentences:
        if sentence.words.isdisjoint(_PLURAL_HEADS):
            continue  # (no plural title: its words are not read)
        doc = sentence.doc
        for token in tokens(doc)[:-1]:
            plural = (token.tag_ in {"NNS", "NNPS"} or token.lower_.endswith("s")) and (
                token.lower_ in _PLURAL_TITLES or token.lower_ == "heads"
            )  # (the model may tag "Ministers" a singular proper noun)
            if not plural:
                continue
            start = token.i + 2
            words = [c.lower_ for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
            one = token.lemma_.lower()
            if one == token.lower_:
                one = one.removesuffix("s")  # "Prime Ministers", a proper noun the model leaves plural
            role = office_words.title_class(" ".join([*words, one]))
            if doc[token.i + 1].lower_ != "of":
                if token.lower_ != "heads" and doc[token.i + 1].text[:1].isupper():
                    given.update(_each_of_a_country(doc, token.i + 1, sentence.index, by_mention, role))
                continue
            portfolio = _PORTFOLIO_OF.match(span_text(doc, start, None))
            if portfolio is not None:  # "Ministers of Foreign Affairs of Kyrgyzstan X and Tajikistan Y"
                role = (
                    "foreign minister"
                    if token.lower_ == "heads"
                    else office_words.title_class(f"minister of {portfolio.group(1).lower()}")
                )
                start = next(
                    (t.i for t in tokens(doc)[start:] if t.idx >= doc[start].idx + portfolio.end()), start
                )
            elif token.lower_ == "heads":
                continue
            pairs = _countries_in_step(doc[start : start + 22], sentence.index, by_mention)
            given.update({key: (code, role) for code, key in pairs})
    return _given(people, given)


def _each_of_a_country(
    doc: Doc, first: int, sentence: int, by_mention: dict[tuple[int, int], Person], role: str
) -> dict[int, tuple[str, str]]:
    """ "Presidents A of Kyrgyzstan, B of Tajikistan and C of Uzbekistan arrived": the plural title is each
    one's, of the country named after their name; the list ends at its first word in small letters other
    than "of" and "and"."""
    given: dict[int, tuple[str, str]] = {}
    words = tokens(doc)
    k = first
    while k < len(words) - 2 and (
        words[k].text[:1].isupper() or words[k].lower_ in {"of", "and", "the"} or words[k].is_punct
    ):
        person = by_mention.get((sentence, k))
        if (
            person is not None
            and words[k + 1].lower_ == "of"
            and (code := found.country_of_words(words[k + 2].text)) is not None
        ):
            given[person.key] = (code, role)
        k += 1
    return given


def _given(people: list[Person], given: dict[int, tuple[str, str]]) -> list[Person]:
    """People with the country and office class a list gave them (the class only where they had none), unless
    they are of another country already."""
    if not given:
        return people
    return [
        attrs.evolve(p, country=given[p.key][0], role=given[p.key][1] if p.role == "other" else p.role)
        if p.key in given and p.country in {None, given[p.key][0]}
        else p
        for p in people
    ]


def _listed_in_step(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "The Peruvian and Bolivian presidents, A and B, respectively, met": the demonyms before a plural title
    and the names set off after it (or right after it), in the same order. ("The ministers of Chile and
    Argentina, A and B" is ``_listed_by_country``'s.)"""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, tuple[str, str]] = {}
    for sentence, title in _plural_titles(parsed):
        countries = _countries_of_a_plural(title)
        if len(countries) < 2:  # a pair at least
            continue
        names = _names_set_off(sentence, title.i + 1, by_mention) or _names_set_off(
            sentence, title.i, by_mention, bare=True
        )  # "The Peruvian and Bolivian presidents A and B met": the names right after the title
        if len(names) != len(countries):
            continue
        words = [
            c.lower_
            for c in title.children
            if c.dep_ in {"amod", "compound"} and c.i < title.i and found.country_of_words(c.text) is None
        ]
        role = office_words.title_class(" ".join([*words, _singular(title)]))
        given.update({key: (code, role) for code, key in zip(countries, names, strict=True)})
    return _given(people, given)


def _plural_titles(parsed: Parsed) -> Iterator[tuple[Sentence, Token]]:
    """Each plural title of the article ("presidents", "ministers"), with its sentence."""
    for sentence in parsed.sentences:
        if sentence.words.isdisjoint(_PLURAL_TITLES):
            continue
        for title in tokens(sentence.doc):
            if title.tag_ in {"NNS", "NNPS"} and title.lower_ in _PLURAL_TITLES:
                yield sentence, title


def _respectively_of(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "Prime Minister A, Prime Minister B and Prime Minister C of St Vincent and the Grenadines, Grenada and
    St. Lucia respectively": the names before "of" and the countries after it, in the same order."""
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if "respectively" not in sentence.words:
            continue
        doc = sentence.doc
        for end in (t.i for t in tokens(doc) if t.lower_ == "respectively"):
            of = next((k for k in range(end - 1, max(0, end - 20), -1) if doc[k].lower_ == "of"), None)
            if of is None:
                continue
            countries, i = found.countries_in_order(
                doc, of + 1, end, lambda words: found.country_named_whole(words, "name"), widest=5
            )  # "of St Vincent and the Grenadines, Grenada and St. Lucia"
            if i != end or len(countries) < 2:  # noqa: PLR2004 - a pair at least
                continue
            named = sorted(
                (m.token, p.key)
                for p in people
                for m in p.mentions
                if m.sentence == sentence.index and m.token < of
            )
            if len(named) < len(countries) or named[-1][0] != of - 1:
                continue  # the last name right before "of"
            given.update(zip((key for _, key in named[-len(countries) :]), countries, strict=True))
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _titled_after_in_step(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "A and B, presidents of Cuba and Russia, respectively, held talks": the plural title set off after the
    names, its countries in the same order; read before any office named nearby is given to them."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, tuple[str, str]] = {}
    for sentence, title in _plural_titles(parsed):
        countries = _countries_after_a_plural(title)
        names = _names_before(sentence, title.i - 1, by_mention)
        if len(countries) >= 2 and len(names) == len(countries):  # noqa: PLR2004 - a pair at least
            role = office_words.title_class(_singular(title))
            given.update({key: (code, role) for code, key in zip(countries, names, strict=True)})
    return _given(people, given)


def _countries_after_a_plural(title: Token) -> list[str]:
    """The countries an "of" after a plural title names, in order: "presidents of Cuba and Russia"."""
    of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if first is None:
        return []
    codes = [found.country_of_words(w.text) for w in sorted([first, *first.conjuncts], key=lambda w: w.i)]
    if None in codes or len(set(codes)) != len(codes):
        return []
    return [c for c in codes if c is not None]


def _names_before(sentence: Sentence, end: int, by_mention: dict[tuple[int, int], Person]) -> list[int]:
    """The people named one after another up to the comma at ``end``, from the sentence's start or a comma:
    "A and B, presidents of ..."; none when other words stand among them."""
    doc = sentence.doc
    if end < 1 or doc[end].text != ",":
        return []
    keys: list[int] = []
    for token in reversed(tokens(doc)[:end]):
        person = by_mention.get((sentence.index, token.i))
        if person is not None:
            if not keys or keys[-1] != person.key:
                keys.append(person.key)
        elif token.text == "," and keys:
            break
        elif token.lower_ != "and" and token.ent_type_ != "PERSON":
            if token.pos_ in {"ADP", "VERB", "AUX"}:
                break
            return []
    return keys[::-1]


def _countries_of_a_plural(title: Token) -> list[str]:
    """The countries whose words stand before a plural title, in order: "The Peruvian and Bolivian
    presidents"."""
    first = next((c for c in title.children if c.dep_ in {"amod", "compound"} and c.i < title.i), None)
    if first is None or found.country_of_words(first.text) is None:
        return []
    codes = [found.country_of_words(w.text) for w in sorted([first, *first.conjuncts], key=lambda w: w.i)]
    if None in codes or len(set(codes)) != len(codes):
        return []
    return [c for c in codes if c is not None]


_SET_OFF = frozenset({",", "and", "respectively"})


def _names_set_off(
    sentence: Sentence, start: int, by_mention: dict[tuple[int, int], Person], *, bare: bool = False
) -> list[int]:
    """The people named one after another from a comma at ``start`` (or, ``bare``, the word there) up to the
    clause's verb or the comma after them, nothing else between them: ", A and B, respectively, met"; none
    when other words stand among them."""
    doc = sentence.doc
    if start >= len(doc) or (doc[start].text != "," and not bare):
        return []
    keys: list[int] = []
    for token in tokens(doc)[start + 1 :]:
        if token.pos_ in {"VERB", "AUX"}:
            break
        person = by_mention.get((sentence.index, token.i))
        if person is not None:
            if not keys or keys[-1] != person.key:
                keys.append(person.key)
        elif token.lower_ not in _SET_OFF and not (token.pos_ == "PROPN" and token.ent_type_ == "PERSON"):
            if keys and doc[token.i - 1].text == ",":
                break  # ", A and B, who met on Friday": the names are set off
            return []
    return keys


# a portfolio after a plural title and before its countries: "Ministers of Foreign Affairs of ...", "Heads of
# the Ministry of Foreign Affairs of ..." (a ministry's heads: its ministers)
_PORTFOLIO_OF = re.compile(
    r"(?:the (?:Ministry|Ministries) of )?(Foreign Affairs|Defen[cs]e|Finance|Trade|Economy)\s+of\s+"
)


def _singular(plural: Token) -> str:
    """A plural title in the singular, as the office words know it: "Presidents" (the model's lemma of a proper
    noun is the word itself), "Secretaries"."""
    lemma = plural.lemma_.lower()
    if lemma != plural.lower_:
        return lemma
    return lemma[:-3] + "y" if lemma.endswith("ies") else lemma.removesuffix("s")


_SENT = frozenset({"behalf", "greetings", "greeting", "message", "messages", "letter", "wishes", "regards"})


def sent_by(token: Token) -> bool:
    """Whether a name sends what another conveys: "conveyed greetings on behalf of President X", "the greetings
    of King X and Crown Prince Y", "a message from X": X is not at the meeting."""
    if _principal_of_an_envoy(token):
        return True
    head = token
    for _ in range(8):  # "the greetings of Custodian of the Two Holy Mosques King X and Crown Prince Y"
        if head.dep_ == "pobj" and head.head.lower_ in {"of", "from"}:
            if head.head.head.lower_ in _SENT:
                return True
            head = head.head.head
        elif head.dep_ in {"compound", "flat", "conj", "appos"} and head.head.i != head.i:
            head = head.head
        else:
            return False
    return False


def _principal_of_an_envoy(token: Token) -> bool:
    """ "a reception for Special Envoy of Japanese Prime Minister X and former Prime Minister Y", "A special
    envoy of the Japanese Prime Minister X, Y, paid a call": X sent the envoy and is not there (the name after
    "and" is another's: the envoy's)."""
    doc = token.doc
    k = token.i - 1
    while (
        k >= 0
        and token.i - k <= 8
        and doc[k].lower_ != "of"
        and (doc[k].text[:1].isupper() or doc[k].lower_ == "the")
    ):
        k -= 1  # back over the name and its title: "(the) Japanese Prime Minister Kishida"
    return k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lemma_.lower() in {"envoy", "emissary"}


def _senders(people: list[Person], parsed: Parsed) -> list[Person]:
    """Whoever sends what someone of a country conveys is of that country: "X conveyed greetings on behalf of
    President Y", "Prince Faisal conveyed the greetings of King Salman and Crown Prince Y"."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if not _SENDING.search(sentence.text):
            continue
        for token in tokens(sentence.doc):
            sender = by_mention.get((sentence.index, token.i))
            if sender is None or sender.country is not None or sender.organisation or not sent_by(token):
                continue
            verb = clause_verb(token)
            conveyors = {
                p.country
                for c in verb.children
                if c.dep_ == "nsubj"
                for t in c.subtree
                if (p := by_mention.get((sentence.index, t.i))) is not None
                and p.country
                and (p.title or "").lower() not in _WHITEHALL  # (Britain's, or a civil servant's: not known yet)
            }
            if len(conveyors) == 1:
                given[sender.key] = conveyors.pop()
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _envoys_sent(people: list[Person], parsed: Parsed) -> list[Person]:
    """One a head of a country sends abroad is of that country: "Kenyan President X on Tuesday sent Interior
    Cabinet Secretary Y to Somalia", "Peru sent the Prime Minister, Y, because ..."."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if sentence.words.isdisjoint({"sent", "dispatched", "sends", "dispatches"}):
            continue
        for verb in tokens(sentence.doc):
            if verb.lemma_.lower() not in {"send", "dispatch"} or verb.pos_ != "VERB":
                continue
            senders = {
                country
                for c in verb.children
                if c.dep_ == "nsubj" and (country := _sender(c, by_mention, sentence))
            }
            if len(senders) != 1:
                continue
            code = next(iter(senders))
            for c in verb.children:
                if c.dep_ != "dobj":
                    continue
                for sent in (c, *(a for a in c.children if a.dep_ == "appos")):
                    envoy = by_mention.get((sentence.index, sent.i))
                    if (
                        envoy is not None
                        and envoy.country is None
                        and envoy.organisation is None
                        and (envoy.title is not None or _person_sends(verb, by_mention, sentence))
                    ):  # a country sends an official, not "Russia sent X [a prisoner] to Ankara"
                        given[envoy.key] = code
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _person_sends(verb: Token, by_mention: dict[tuple[int, int], Person], sentence: Sentence) -> bool:
    """Whether the one who sends is a person named, not a country."""
    return any(c.dep_ == "nsubj" and (sentence.index, c.i) in by_mention for c in verb.children)


def _sender(subject: Token, by_mention: dict[tuple[int, int], Person], sentence: Sentence) -> str | None:
    """The country of whoever sends: a person's, or the country itself ("Peru sent the Prime Minister, X")."""
    if (person := by_mention.get((sentence.index, subject.i))) is not None:
        return person.country
    return _country_ending_at(sentence.doc, subject.i) if subject.ent_type_ == "GPE" else None


def _conveyed_to(people: list[Person], parsed: Parsed) -> list[Person]:
    """Who a visitor is asked to carry a message to is of the visitor's country: "X asked Rubio to convey the
    congratulations of Vietnam's leaders to President Donald J. Trump" (not the paper's own president)."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if "convey" not in sentence.text:
            continue
        for verb in tokens(sentence.doc):
            if verb.lemma_.lower() != "convey" or verb.dep_ != "xcomp":
                continue
            carrier = next(
                (
                    p
                    for c in verb.head.children
                    if c.dep_ == "dobj" and (p := by_mention.get((sentence.index, c.i))) is not None
                ),
                None,
            )
            if carrier is None or carrier.country is None:
                continue
            for to in (c for c in verb.children if c.dep_ in {"dative", "prep"} and c.lower_ == "to"):
                for t in to.subtree:
                    person = by_mention.get((sentence.index, t.i))
                    if person is not None and person.country is None and person.organisation is None:
                        given[person.key] = carrier.country
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


_MINISTRY_SAID = re.compile(
    r"(?P<owner>(?:\b[A-Z][\w.'-]*\s){0,3}?[A-Z][\w.-]*)(?:'s|’s)?\s+"
    r"(?P<portfolio>foreign|defen[cs]e|finance)\s+ministry(?:\s+(?:said|says|announced|stated|reported))",
    re.IGNORECASE,
)
def _ministry_voice(people: list[Person], parsed: Parsed) -> list[Person]:
    """A minister of no country in a sentence a country's ministry of that portfolio tells is its own:
    "Foreign Minister X and his Japanese counterpart Y have held talks, Seoul's foreign ministry said"."""
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if "ministry" not in sentence.words:
            continue
        for said in _MINISTRY_SAID.finditer(sentence.text):
            owner = said.group("owner")
            hits = [h for h in countries_in(owner) if h.end == len(owner)]
            if len(hits) != 1:
                continue
            role = office_words.title_class(f"{said.group('portfolio').lower()} minister")
            for p in people:
                if (
                    p.country is None
                    and p.organisation is None
                    and p.role == role
                    and any(m.sentence == sentence.index for m in p.mentions)
                ):
                    given[p.key] = hits[0].code
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


_SENDING = re.compile(r"\b(?:behalf|greetings?|message|letter|wishes|regards)\b", re.IGNORECASE)


def _a_list_of_one_country(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "Mr. A, Deputy Speaker of the Maldives; Dr. B, Minister of Foreign Affairs; Mr. C, Minister of Defence;
    and Mr. D, Minister of Home Security, held talks with the President": officials listed with their titles
    between semicolons, one of them placed, are all of that one country."""
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if sentence.text.count(";") < 2:  # noqa: PLR2004 - a list of three or more
            continue
        listed = [
            p
            for p in people
            if any(m.sentence == sentence.index and m.office is not None and not m.reference for m in p.mentions)
        ]
        placed = {p.country for p in listed if p.country}
        if len(listed) < 3 or len(placed) != 1:  # noqa: PLR2004 - a list of three or more
            continue
        code = placed.pop()
        given.update((p.key, code) for p in listed if p.country is None and p.organisation is None)
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _in_the_order_of_places(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "ties between Seoul, Tokyo and Washington since the summit where President A, Prime Minister B and
    President C agreed ...": a sentence with a list of three or more countries and as many titled officials
    pairs them off in order, where each title is one that place's country uses and no one is known to be of
    another: B is Japan's."""
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        named = sorted(
            {
                (m.token, p.key): p
                for p in people
                for m in p.mentions
                if m.sentence == sentence.index and not m.reference
            }.items()
        )
        in_order = [p for _, p in named]
        if len(in_order) < 3 or len({p.key for p in in_order}) != len(in_order):  # noqa: PLR2004 - a list
            continue
        if not _a_list_of_names([token for (token, _), _ in named], sentence):
            continue  # "President A, who moved away from predecessor B's approach, gave C the job of ...
            # Panama, Belize and Honduras": names strewn over a sentence are no list
        places = _listed_countries(sentence.text)
        if places is None or len(places) != len(in_order):
            continue
        pairs = list(zip(in_order, places, strict=True))
        if not all(
            p.country in {None, code} and p.title is not None and gazetteer.title_fits(p.title, code)
            for p, code in pairs
        ):
            continue
        given.update((p.key, code) for p, code in pairs if p.country is None and p.organisation is None)
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _a_list_of_names(ends: list[int], sentence: Sentence) -> bool:
    """Whether names ending at these tokens make one list: nothing between them but titles, names, "and",
    "of", "the" and commas ("President A, Prime Minister B and President C")."""
    doc = sentence.doc
    return all(
        t.is_punct
        or t.lower_ in {"and", "of", "the"}
        or t.lower_ in office_words.TITLE_WORDS
        or t.pos_ == "PROPN"
        for before, after in itertools.pairwise(ends)
        for t in tokens(doc)[before + 1 : after]
    )


def _listed_countries(text: str) -> list[str] | None:
    """The countries of the one list of three or more country words a sentence has ("Seoul, Tokyo and
    Washington"), in order; None for none or two such lists, or a country twice."""
    hits = gazetteer.find_countries(text)
    runs: list[list[gazetteer.CountryMention]] = []
    for hit in hits:
        if runs and re.fullmatch(r"\s*(?:,|and|, and)\s*(?:the\s+)?", text[runs[-1][-1].end : hit.start]):
            runs[-1].append(hit)
        else:
            runs.append([hit])
    lists = [run for run in runs if len(run) >= 3]  # noqa: PLR2004 - a list, not a pair
    if len(lists) != 1:
        return None
    codes = [hit.code for hit in lists[0]]
    return codes if len(set(codes)) == len(codes) else None


def _listed_in_brackets(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "met Presidents A (Djibouti), B (Central African Republic) and C (Mali)": each name's country in the
    brackets after it, and the office a plural title before the list names (for those it names none).

    "attended by Peruvian Ministers A (Foreign Affairs), B (Economy and Finance)": each name's portfolio in
    the brackets, the country the title's demonym names.
    """
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    given: dict[int, tuple[str, str | None]] = {}
    for sentence in parsed.sentences:
        if "(" not in sentence.words or sentence.words.isdisjoint(_PLURAL_TITLES | _ENVOYS):
            continue  # no plural title, or no brackets after a name: nothing given
        doc = sentence.doc
        role = None  # the office of a plural title the list runs on from
        home = None  # and the country it names: "Peruvian Ministers"
        for token in tokens(doc):
            if token.tag_ in {"NNS", "NNPS"} and token.lower_ in _ENVOYS:
                role, home = "envoy", None  # "The envoys included A (Algeria), B (Hungary)": each of his own
                continue
            if token.tag_ in {"NNS", "NNPS", "NNP"} and token.lower_ in _PLURAL_TITLES:
                before = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
                before += [  # "Peruvian [compound -> the name] Ministers [compound -> the name]"
                    t for t in tokens(doc)[max(0, token.i - 2) : token.i] if t.head.i == token.head.i
                ]
                words = list(dict.fromkeys(t.text for t in sorted(before, key=lambda t: t.i)))
                role = office_words.title_class(" ".join([*words, _singular(token)]).lower())
                ministers = token.lower_ == "ministers" and words
                home = found.country_of_words(" ".join(words)) if ministers else None
                continue
            person = by_mention.get((sentence.index, token.i))
            if (token.pos_ in {"VERB", "AUX"} or token.text in {".", ";"}) and not (
                role == "envoy" and token.lemma_.lower() in {"include", "be"}
            ):  # (the envoys' list goes on past "included", "were")
                role, home = None, None
            if person is None or (role in {None, "other"} and home is None):
                continue  # only after "Presidents", "Foreign Ministers": not "Senators X (Georgia)"
            close = next(
                (k for k in range(token.i + 2, min(token.i + 7, len(doc))) if doc[k].text == ")"), None
            )
            if token.i + 1 < len(doc) and doc[token.i + 1].text == "(" and close is not None:
                inner = span_text(doc, token.i + 2, close)
                code = found.country_of_words(inner)
                if code is not None and role == "envoy":
                    given[person.key] = (code, None)
                elif code is not None and role not in {None, "other"}:
                    given[person.key] = (code, role)
                elif code is None and home is not None:
                    given[person.key] = (home, office_words.title_class(f"minister of {inner.lower()}"))
    if not given:
        return people
    result = []
    for p in people:
        if p.key in given and p.country in {None, given[p.key][0]}:
            code, role = given[p.key]
            p = attrs.evolve(p, country=code, role=role if p.role == "other" and role is not None else p.role)
        result.append(p)
    return result


def _countries_in_step(
    span: Span, sentence: int, by_mention: dict[tuple[int, int], Person]
) -> list[tuple[str, int]]:
    """Countries and names up to the clause's verb, each name with its country: none unless every name has
    one and there are two pairs at least.

    "Bolivia, Luis Arce and Peru, Pedro Castillo" pairs Bolivia with Arce (the country, a comma, the name);
    "Djibouti, A, B of Tunisia and C of Estonia" pairs B with Tunisia (the name, "of", the country).
    """
    doc = span.doc
    items: list[tuple[str, str | int, int, int]] = []  # kind, country or person key, first and last token
    for t in span:
        if t.pos_ in {"VERB", "AUX"}:
            break
        person = by_mention.get((sentence, t.i))
        if person is not None:
            if not items or items[-1][1] != person.key:
                first = t.i
                while (
                    first > span.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound"
                ):
                    first -= 1  # the name's first word: "[Ismail] Omar Guelleh"
                items.append(("name", person.key, first, t.i))
        elif t.ent_iob_ == "B" and t.ent_type_ in {"GPE", "NORP"}:  # "Tajikistan", tagged a people's
            ent = next((e for e in doc.ents if e.start == t.i), None)
            code = found.country_of_words(ent.text) if ent is not None else None
            if code is not None and ent is not None and gazetteer.form_kind(ent.text) != "demonym":
                items.append(("country", code, ent.start, ent.end - 1))
        elif (
            t.pos_ == "PROPN"
            and (code := found.country_of_words(t.text)) is not None
            and gazetteer.form_kind(t.text) == "name"
        ):  # "Kazakhstan", tagged part of an organisation's name or nothing
            items.append(("country", code, t.i, t.i))
    pairs: list[tuple[str, int]] = []
    names = 0
    for index, (kind, key, first, last) in enumerate(items):
        if kind != "name":
            continue
        names += 1
        after = items[index + 1] if index + 1 < len(items) else None
        before = items[index - 1] if index > 0 else None
        if after is not None and after[0] == "country" and doc[last + 1 : after[2]].text in {"of", "of the"}:
            pairs.append((str(after[1]), int(key)))
        elif before is not None and before[0] == "country" and _name_follows(doc[before[3] + 1 : first]):
            pairs.append((str(before[1]), int(key)))
    if len(pairs) < 2 or len(pairs) != names:  # noqa: PLR2004 - two pairs
        return []
    return pairs


def _name_follows(gap: Span) -> bool:
    """Whether the words between a country and a name's last words are nothing, a comma, or the name's
    first words the parse hung elsewhere ("Uzbekistan [Bakhtiyor] Saidov", "Bakhtiyor" a conjunct)."""
    return gap.text in {",", ""} or (
        len(gap) <= 2  # noqa: PLR2004 - a given name or two
        and all(w.pos_ == "PROPN" and found.country_of_words(w.text) is None for w in gap)
    )


_PLURAL_TITLES = frozenset({"presidents", "ministers", "premiers", "leaders", "chancellors", "secretaries"})
_PLURAL_HEADS = _PLURAL_TITLES | {"heads"}  # a sentence without one of them lists no one by country
_ENVOYS = frozenset({"envoys", "ambassadors"})


def _beside_a_named_twin(people: list[Person], parsed: Parsed) -> list[Person]:
    """A title one country uses alone ("Defense Secretary"), written bare in the sentence that writes the same
    title with that country ("Defense Secretary A and United States Defense Secretary B met"), is another
    country's: the story names the country only to tell the two apart."""
    said = {
        (m.sentence, m.office.title.lower())
        for p in people
        for m in p.mentions
        if m.office is not None
        and p.country is not None
        and p.country == office_words.title_country(m.office.title)
        and _country_written(m.office, parsed)
    }
    result = []
    for person in people:
        titled = [(m.sentence, m.office) for m in person.mentions if m.office is not None]
        if _titles_country_alone(person, parsed) and any(
            (sentence, office.title.lower()) in said for sentence, office in titled
        ):  # the same title: not "Foreign Secretary A ... met US Secretary of State B", two of one class
            person = attrs.evolve(person, country=None)  # noqa: PLW2901 - the person, unsaid
        result.append(person)
    return result


def _title_of_a_country_unnamed(people: list[Person], parsed: Parsed) -> list[Person]:
    """A title one country uses alone ("Treasury Secretary"), joined by "and" to another country's holder of
    the same class titled bare ("met Finance Minister A and Treasury Secretary B" of a Sri Lankan story), is
    of A's country's service, not the United States' office: its class was that country's use of it, so it
    goes too (not "Chinese Foreign Minister A and Secretary of State B", each side's own title)."""
    result = []
    for person in people:
        if _titles_country_alone(person, parsed) and any(
            parsed.original[o.end : m.office.start].strip() == "and"
            for m in person.mentions
            if m.office is not None
            for other in people
            if other.key != person.key
            and other.role == person.role
            and other.country not in {None, person.country}
            for o in other.mentions
            if o.sentence == m.sentence
            and o.end <= m.office.start
            and o.office is not None
            and not _country_written(o.office, parsed)
        ):
            person = attrs.evolve(person, country=None, role="other")  # noqa: PLW2901 - the person, unsaid
        result.append(person)
    return result


def _titles_country_alone(person: Person, parsed: Parsed) -> bool:
    """Whether a person's country is only the one a title alone names, never written: "John Healey (Defense
    Secretary)" is Washington's only until the story says whose he is."""
    titled = [m.office for m in person.mentions if m.office is not None]
    return (
        person.country is not None
        and person.country == _country_of(list(person.mentions))
        and not any(m.country for m in person.mentions)
        and all(
            office.country is not None
            and office.country == office_words.title_country(office.title)
            and not _country_written(office, parsed)
            for office in titled
        )
    )


def _country_written(office: Office, parsed: Parsed) -> bool:
    """Whether the words of an office name its country: "United States Defense Secretary", not "Defense
    Secretary"."""
    return bool(gazetteer.find_countries(parsed.original[office.start : office.end]))


def _offices_held(people: list[Person], offices: list[OfficeMention]) -> list[Person]:
    """A person without a country who holds an office named nearby with one: they are its holder.

    "Park held talks with Japan's new foreign minister ... Park and his new
    counterpart, Yoko Kamikawa": Kamikawa is Japan's foreign minister.
    """
    result = []
    taken = {(p.country, p.role) for p in people if p.country}

    def near(person: Person) -> list[Office]:
        if person.country is not None or person.organisation is not None or not person.mentions:
            return []
        first = person.mentions[0].sentence
        return [
            o.office
            for o in offices
            if abs(o.sentence - first) <= 2
            and o.definite  # not "the first visit by a Turkish Foreign Minister to Ghana"
            and o.office.role != "other"
            and (
                o.office.role == person.role
                or "counterpart" in (person.title or "").lower()
                or (  # "Turkey's foreign minister will pay visits ... X will attend": the lede's office,
                    # the next sentence's subject named with no title
                    person.title is None
                    and o.subject
                    and o.sentence == first - 1
                    and person.mentions[0].subject
                )
            )
            and o.office.country is not None
            and not any(m.sentence == o.sentence for m in person.mentions)  # "The PNG Prime Minister was
            # hosted by Prime Minister X": someone else than X
            and not _country_of_its_words(o.office, person.title, person.role)
            and not (person.title and _other_style(person.title, o.office.title))  # "PM X", no chancellor
        ]

    # more open holders of an office than offices of it with a country: "President Biden met President Lula.
    # The Brazilian president also met X" is no one's to guess (not "the Fijian and the PNG prime ministers")
    nearby = {p.key: near(p) for p in people}
    holders = Counter(role for found_near in nearby.values() for role in {o.role for o in found_near})
    named = {(o.office.country, o.office.role) for o in offices if o.office.country}
    seats = Counter(role for _, role in named)
    for person in people:
        if nearby[person.key]:
            fitting = [
                o
                for o in nearby[person.key]
                if (o.country, o.role) not in taken and holders[o.role] <= seats[o.role]
            ]
            codes = {o.country for o in fitting}
            if len(codes) == 1:
                held = fitting[0]
                role = person.role if person.role != "other" else held.role
                person = attrs.evolve(
                    person, country=held.country, role=role, title=person.title or held.title
                )
                if held.country:  # one holder: "PNG Prime Minister X ... The PNG Prime Minister was hosted by
                    taken.add((held.country, role))  # Prime Minister Y": not Y too
        result.append(person)
    return result


def _pair_named_after_offices(
    people: list[Person], offices: list[OfficeMention], parsed: Parsed
) -> list[Person]:
    """Two offices told first, their holders named after: "The Turkish foreign minister talked with his
    Algerian counterpart on the phone ... Hakan Fidan and Ahmed Attaf discussed bilateral relations": the
    first named holds the first office, the second the counterpart's, in its country.

    Only when the two are named together as the subject of a sentence just after that tells no day of its
    own, with no title nor country of their own, first named there."""
    given: dict[int, tuple[str | None, str]] = {}
    for told in offices:
        counterpart = next(
            (
                o
                for o in offices
                if o.sentence == told.sentence
                and o.token > told.token
                and "counterpart" in o.office.title.lower()
                and o.office.country not in {None, told.office.country}
            ),
            None,
        )
        if (
            counterpart is None
            or not told.subject
            or not told.definite
            or told.office.country is None
            or told.office.role == "other"
        ):
            continue
        for index in (told.sentence + 1, told.sentence + 2):
            if index >= len(parsed.sentences) or any(
                t.ent_type_ == "DATE" for t in parsed.sentences[index].doc
            ):
                continue  # "X and Y met in Ankara last month": another meeting, not the exchange told
            named = [
                (min(m.token for m in p.mentions if m.sentence == index), p)
                for p in people
                if min(n.sentence for n in p.mentions) == index
                and any(m.sentence == index and m.subject for m in p.mentions)
            ]
            if len(named) == 2 and all(  # noqa: PLR2004 - the two sides
                p.country is None and p.organisation is None and p.title is None for _, p in named
            ):
                (_, first), (_, second) = sorted(named, key=lambda item: item[0])
                given[first.key] = (told.office.country, told.office.role)
                given[second.key] = (counterpart.office.country, told.office.role)
                break
    return [
        attrs.evolve(p, country=given[p.key][0], role=given[p.key][1]) if p.key in given else p
        for p in people
    ]


_HOUSE = re.compile(r"\b(?:Al|al|Aal) ?[-‐]?([A-Z][\w'’]+)$")  # "Al-Thani", "Al Sabah" (not "bin X": a
# father's name, no house)


def _of_one_house(people: list[Person]) -> list[Person]:
    """One of a ruling house named with its family name ("Al-Thani", "Al Sabah") and no country is of the
    country of the others of that house the story places, when they are of one: "HE Deputy Prime Minister
    and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman Al-Thani" beside the Amir Tamim bin
    Hamad Al-Thani of Qatar."""
    houses: dict[str, set[str]] = {}
    for person in people:
        found_house = _HOUSE.search(person.name)
        if found_house is not None and len(person.name.split()) >= 3 and person.country:  # noqa: PLR2004
            houses.setdefault(found_house.group(1).lower(), set()).add(person.country)
    if not houses:
        return people
    result = []
    for person in people:
        found_house = _HOUSE.search(person.name)
        if (
            found_house is not None
            and person.country is None
            and person.organisation is None
            and len(person.name.split()) >= 3  # noqa: PLR2004 - a given name, a father's, the house
            and len(codes := houses.get(found_house.group(1).lower(), set())) == 1
        ):
            person = attrs.evolve(person, country=next(iter(codes)))
        result.append(person)
    return result


def _leaders_named(people: list[Person], parsed: Parsed) -> list[Person]:
    """A head without a country, and "the Greek leader" told beside them: that leader is the head.

    "Prime Minister Kyriakos Mitsotakis greeted Turkish President Erdogan ...
    for talks with the Greek leader": a leader is a head of state or
    government, and when one country's leader is told in the sentence of a
    head who has no country, that country has no other head of that kind in
    the article and none of its heads is named in the leader's sentence, the
    head is that country's; not one named there as a counterpart, the leader's other side.
    """
    told = [
        (sentence.index, code)
        for sentence in parsed.sentences
        if "leader" in sentence.text.lower()  # (the words of a sentence without it are not read)
        for token in tokens(sentence.doc)
        if token.lower_ == "leader"
        and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)  # "met Mozambique
        # leader, President X": the leader is the one named beside, not someone the sentence names elsewhere
        for code in _leader_country(token)
    ]
    if not told:
        return people
    taken = {(p.country, p.role) for p in people if p.country}
    leaders = [p for p in people if p.role in office_words.LEADERS and p.country]
    beside = {(m.sentence, p.country) for p in leaders for m in p.mentions}
    told = [
        (sentence, code) for sentence, code in told if (sentence, code) not in beside
    ]  # "Modi, the Indian leader"
    result = []
    for person in people:
        if person.country is None and person.organisation is None and person.role in office_words.LEADERS:
            near = {
                code
                for sentence, code in told
                if any(
                    m.sentence == sentence and not (m.office and "counterpart" in m.office.title.lower())
                    for m in person.mentions
                )  # not "the Vietnamese leader held talks with his counterpart X": the leader's other side
                and (code, person.role) not in taken
                and not any(c == code for c, r in taken if r in office_words.LEADERS)  # "the Chinese leader"
                # beside President Xi of China is Xi, no prime minister named there
            }
            if len(near) == 1:
                person = attrs.evolve(person, country=near.pop())
        result.append(person)
    return result


def _headline_countries(people: list[Person], title: str | None) -> list[Person]:
    """A person the body names without a country whom the headline names with one: "... Meeting with President
    López Obrador of Mexico", "Mexican President López Obrador to visit ..."."""
    if not title:
        return people
    described = _headline_offices(title)
    result = []
    for person in people:
        if person.country is None and person.organisation is None and person.title is None:
            # "Chinese foreign minister meets Russia's Lavrov": Lavrov's, whom the body names bare
            words = [w for w in reversed(person.name.split()) if len(w) > 3]
            owned = next((c for w in words if (c := _headline_owner(w, title, direct=True))), None)
            if owned is not None:
                person = attrs.evolve(person, country=owned)
        elif person.country is None and person.organisation is None and person.title is not None:
            found = next(  # "Equatorial Guinea leader Obiang meets ..." of Teodoro Obiang Nguema Mbasogo
                (c for w in reversed(person.name.split()) if len(w) > 3 and (c := _headline_country(w, title))), None
            )
            unplaced = [
                p for p in people if p.country is None and p.organisation is None and p.role == person.role
            ]
            seats = described.get(person.role, set()) - {p.country for p in people if p.role == person.role}
            named = any(re.search(rf"\b{re.escape(w)}\b", title) for w in person.name.split() if len(w) > 2)
            if found is None and len(seats) == 1 and unplaced == [person] and not named:
                found = next(iter(seats))  # "Turkish president, US secretary of state meet"; not "Visited by
                # Australian Defense Minister, Defense Minister Prabowo holds ...": Prabowo is named there
            if found is not None and gazetteer.title_fits(person.title, found):
                person = attrs.evolve(person, country=found)
        result.append(person)
    return result


def _headline_offices(title: str) -> dict[str, set[str]]:
    """The offices a headline names by a country and a title, no name: "Turkish president, US secretary of state
    meet in Ankara" -> head of state: Turkey's, foreign minister: America's."""
    described: dict[str, set[str]] = {}
    hits = gazetteer.find_countries(title)
    for hit in hits:
        if hit.kind not in {"demonym", "name"} or (hit.kind == "name" and not hit.possessive):
            continue
        joined = [hit]  # "Vietnamese, Singaporean Foreign Ministers hold talks": both countries' ministers
        for other in hits:
            between = title[joined[-1].end : other.start]
            if other.start > joined[-1].end and re.fullmatch(r"\s*(?:,|and|&)\s*", between):
                joined.append(other)
        if any(other.kind != "demonym" for other in joined[1:]):
            joined = [hit]
        words = re.match(
            r"(?:'s|’s)?\s*([A-Za-z -]{2,40}?)(?=[,;:]|\s+(?:and|meets?|holds?|to|in|on|talks?)\b|$)",
            title[joined[-1].end :],
        )
        if words is None or not all(
            w.lower() in office_words.TITLE_WORDS or w.lower() == "of" for w in words.group(1).split()
        ):
            continue  # "US President Biden meets Xi": a named one's title, not an office alone
        role = office_words.title_class(words.group(1).strip())
        if role != "other" and (len(joined) == 1 or words.group(1).strip().endswith("s")):
            described.setdefault(role, set()).add(hit.code)
    return described


_CAPITALISED = r"[A-Z][\w'’.-]*"


def _headline_owner(family: str, title: str, *, direct: bool = False) -> str | None:
    """The country whose possessive a headline writes before a family name: "Barre Meets With Poland's
    Nowak", "France's Macron meets with Poland's Tusk and Duda" (not, ``direct``, "Germany's Scholz and
    Macron meet" for Macron)."""
    if family not in title:
        return None
    name = re.escape(family)
    place = rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})"
    both = "" if direct else rf"(?:{_CAPITALISED} (?:and|&) )?"
    for owner in re.finditer(rf"\b{place}(?:'s|’s) {both}{name}\b", title):
        words = owner.group(1).split()
        shortest = (found.country_named_whole(" ".join(words[n:]), "name") for n in range(len(words)))
        code = next((c for c in shortest if c), None)
        if code is not None:
            return code
    return None


def _headline_country(family: str, title: str) -> str | None:
    """The country a headline gives a family name: "X of Mexico" after it, a demonym before its title. Not a
    country that owns what follows: "assures Ruto of China's support"."""
    if family not in title:
        return None  # most names: no pattern of theirs to make and search
    name = re.escape(family)
    place = rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,3}})"
    unowned = r"(?<!'s)(?<!’s)(?![\w'’])"  # "of China's support": China's support, not the person's country
    after = re.search(rf"\b{name}\b(?:'s|’s)? of (?:the )?{place}{unowned}", title) or re.search(
        rf"\b{name}\b(?: {_CAPITALISED}){{0,2}}, (?:{_CAPITALISED} ){{1,4}}of (?:the )?"
        rf"(?:(?:Republic|Kingdom|State) of (?:the )?)?{place}",
        title,
    )  # "... with H.E. Mr. Julius Maada Bio, President of the Republic of Sierra Leone"
    if after is not None:
        words = after.group(1).split()
        longest = (found.country_named_whole(" ".join(words[:n])) for n in range(len(words), 0, -1))
        code = next((c for c in longest if c), None)
        if code is not None:
            return code
    code = _headline_owner(family, title)
    if code is not None:
        return code
    demonym = rf"({_CAPITALISED}(?: {_CAPITALISED})?)"  # then the title's words, the given names, the family
    before = re.search(rf"\b{demonym} (?:[A-Z][a-z]+ ){{1,3}}(?:{_CAPITALISED} ){{0,3}}{name}\b", title)
    if before is None:  # "Equatorial Guinea leader Obiang meets ...": a title in small letters, office words only
        before = next(
            (
                m
                for m in re.finditer(rf"\b{demonym} ((?:[a-z]+ ){{1,3}}){name}\b", title)
                if all(w in office_words.TITLE_WORDS or w == "leader" for w in m.group(2).split())
            ),
            None,
        )
    if before is None or any(
        w.lower() in found.HEADLINE_VERBS for w in before.group(0)[len(before.group(1)) :].split()[:-1]
    ):  # not "Ghanaian President Calls Buhari": the demonym is the caller's
        return None
    words = before.group(1)
    return found.country_named_whole(words) or found.country_named_whole(words.split()[0])




def _leader_country(leader: Token) -> list[str]:
    """The country of "the Greek leader", "Greece's leader", "the leader of Greece"; none of "the party's leader"."""
    words = [c for c in leader.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < leader.i]
    words += [
        g
        for c in leader.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    codes = [code for w in words if (code := found.country_of_words(w.text)) is not None]
    return codes[:1]


_DEPARTMENT = re.compile(
    r"\b(?:Department|Ministry|Secretary|Minister) (?:of|for) (?:the )?((?:[A-Z][a-z]+|and|,| )+?)"
    r"(?:\s*\(|$|,| of )"
)


def _department_heads(people: list[Person], government: str | None, source: str | None) -> list[Person]:
    """In a department's release, its bare "Secretary" or "Minister" heads it: "Secretary Mattis" at Defense.

    "U.S. Department of Defense": a defence minister; "U.S. Department of
    State": a foreign minister; "Ministry of Foreign Affairs" (of Ukraine): likewise.
    """
    if government is None or not source:
        return people
    department = _DEPARTMENT.search(source)  # its head's title is the department's "Secretary of State"
    role = office_words.title_class(f"Secretary of {department.group(1).strip()}") if department else "other"
    if role == "other" or any(p.role == role and p.country == government for p in people):
        return people  # one head: in Japan's foreign ministry's release of its minister's words, "Secretary
        # Blinken" is another's
    return [
        attrs.evolve(person, role=role, country=person.country or government)
        if person.role == "other"
        and (person.title or "").lower() in {"secretary", "minister"}
        and person.country in {None, government}
        else person
        for person in people
    ]


def _opening_people(parsed: Parsed, people: list[Person]) -> set[int]:
    """Keys of the people the story opens with: subjects of its first two sentences, and its first named person."""
    body = [s for s in parsed.sentences if not s.heading and not _DATELINE.match(s.text)][:2]
    keys: set[int] = set()
    for sentence in body:
        subjects = {t.i for t in tokens(sentence.doc) if t.dep_ in {"nsubj", "nsubjpass"}}
        named = sorted(
            (m.token, p.key)
            for p in people
            for m in p.mentions
            if m.sentence == sentence.index and not m.reference
        )
        keys.update(key for token, key in named if token in subjects)
        if sentence is body[0] and named:
            keys.add(named[0][1])
    first = sorted((m.sentence, m.token, p.key) for p in people for m in p.mentions if m.sentence < 6)
    if first:
        keys.add(
            first[0][2]
        )  # the page's first named person: a press conference's speaker, a readout's principal
    return keys


def _beside_foreigners_only(person: Person, home: str, people: list[Person]) -> bool:
    """Whether a sentence giving the person a title names (or refers to: "the Ghanaian President") another
    country's official and none of the home's."""
    for mention in person.mentions:
        if mention.office is None or mention.reference:
            continue
        countries = {
            p.country
            for p in people
            if p.key != person.key and p.country is not None
            for m in p.mentions
            if m.sentence == mention.sentence
        }
        if countries and home not in countries:
            return True
    return False


def _opens_on(people: list[Person], country: str | None) -> bool:
    """Whether the first official the story names, titled, is of that country by its own words."""
    titled = [p for p in people if p.title is not None and p.mentions]
    if not titled or country is None:
        return False
    first = min(titled, key=lambda p: min((m.sentence, m.token) for m in p.mentions))
    return first.country == country


def _home_officials(
    people: list[Person],
    home: str | None,
    parsed: Parsed,
    *,
    dateline: bool,
    paper: bool = False,
    outlet: bool = False,
    abroad: bool = False,
    readout: bool = False,
) -> list[Person]:
    """Officials the story opens with, titled without a country, are the home government's.

    "Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with ..."
    in a MOFA readout; "SEOUL -- Foreign Minister Cho Tae-yul will travel
    ..." under a Seoul dateline. Others named later without a country stay
    without one: a foreign "President Karimov" in a State Department text is
    not American. Under a dateline (wire copy, not a government's release)
    every official titled without a country, in a title that country uses,
    is the dateline's: "KYIV -- ... held talks with Foreign Minister Andrii
    Sybiha"; "TOKYO -- ... received by Premier Li Qiang" is not (Japan has
    no premier). Two such officials in one office under a dateline ("Prime
    Minister Harini Amarasuriya" and "PM Narendra Modi" under NEW DELHI)
    cannot both be its: neither is made so, unless the story opens with one.
    A home paper's story names its country's officials bare, but also
    foreign ones: such an official is the paper's country's only where the
    sentences naming them name that country more than any other whose seat
    of that office is open ("paper"). A paper named by its country with no
    dateline ("outlet") is read as a dateline, except for an official whose
    sentences name only another country with that seat open. A paper's story
    filed from abroad that opens on the dateline's own official ("Kuala Lumpur
    (VNA) - Malaysia's Prime Minister X announced a reshuffle. Defence
    Minister Y is now ...") does not open on the paper's officials
    ("abroad"): only the sentences naming them say whose. A government's
    release tells of its own side's meetings: an official it titles without a
    country beside another country's, with none of its own in the sentence, is
    its own ("readout": "Receiving the Minister of Foreign Affairs, X, the
    Ghanaian President hailed ..." from Algiers).
    """
    if home is None:
        return people
    seats = {p.role for p in people if p.country == home}
    opening = _opening_people(parsed, people)
    bare = [p.role for p in people if _bare_official(p)]
    result = []
    for person in people:
        if (
            _bare_official(person)
            and person.title is not None
            and (person.role != "other" or _home_style(person.title, home) or _cabinet_member(person.title))
            and person.role not in seats
            and (
                (person.key in opening and not abroad)
                or (
                    dateline
                    and (
                        (bare.count(person.role) == 1 and not (outlet and _seated_elsewhere(person, home, people, parsed)))
                        or _papers_own(person, home, people, parsed, headings=False)
                    )
                )  # two bare presidents under SEOUL: the one whose sentences name Korea
                or (paper and bare.count(person.role) == 1 and _papers_own(person, home, people, parsed))
                or (
                    readout and bare.count(person.role) == 1 and _beside_foreigners_only(person, home, people)
                )
            )
            and gazetteer.title_fits(person.title, home)
            and not _visiting(person, home, people, parsed)
            and not _met_abroad(person, home, parsed)
            and not _hosted_by_home(person, home, people, parsed)
            and not _a_home_counterparts(person, home, people)
        ):
            person = attrs.evolve(person, country=home)
            seats.add(person.role)
        result.append(person)
    return result


_THE_COUNTRYS = re.compile(r"\b(?:the|that) (?:country|nation|kingdom|republic)['’]s\s+$", re.IGNORECASE)


def _the_countrys(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "visited Russia, where he met with President X and the country's Foreign Minister Y": Y is of the
    country the sentence first names as a place gone to before the title, and so is X, a bare official named
    between the two; "that country's" is the one named last."""
    given: dict[int, str] = {}
    for person in people:
        if person.country is not None or person.organisation is not None:
            continue
        for mention in person.mentions:
            if mention.office is None:
                continue
            sentence = parsed.sentences[mention.sentence]
            if not (said := _THE_COUNTRYS.search(parsed.original[sentence.start : mention.office.start])):
                continue
            named = [
                h
                for h in countries_in(sentence.text)
                if sentence.start + h.end <= mention.office.start and _a_place_gone_to(sentence, h)
            ]
            if not named:
                continue
            # "On his visit to Beijing, after a stop in Japan, ... the country's": Beijing; "visited South
            # Africa and met President X, and was in Angola to meet that country's Y": Angola, the one just
            # named, and each bare official named after a place and before the next is that place's
            that = said.group(0).lower().startswith("that")
            places = named if that else named[:1]
            given[person.key] = places[-1].code
            for number, place in enumerate(places):
                end = sentence.start + places[number + 1].start if number + 1 < len(places) else mention.start
                for other in people:
                    if _bare_official(other) and any(
                        m.sentence == mention.sentence and sentence.start + place.end <= m.start < end
                        for m in other.mentions
                    ):
                        given.setdefault(other.key, place.code)
            break
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _a_place_gone_to(sentence: Sentence, hit: gazetteer.CountryMention) -> bool:
    """Whether a country named is where someone goes or is: "visited Russia", "his visit to Slovakia", "in
    Moldova"; not "Chinese Premier X", "arrived from Israel", "Russia's invasion of Ukraine"."""
    root = _country_word(sentence, hit)
    if root is None:
        return False
    return (root.dep_ == "pobj" and root.head.lower_ in {"in", "to", "at"}) or (
        root.dep_ == "dobj" and root.head.lemma_.lower() in {"visit", "tour"}
    )


def _last_named_as_subject(group: list[PersonMention], before: Callable[[PersonMention], bool]) -> bool:
    """Whether a person's last mention before a description is a clause's subject."""
    earlier = [m for m in group if before(m)]
    return bool(earlier) and max(earlier, key=lambda m: (m.sentence, m.token)).subject


def _agencys_own(people: list[Person], agency: str, parsed: Parsed) -> list[Person]:
    """Officials a foreign agency's copy names bare, in a title of the agency's country, whose sentences name
    that country more than any other whose seat is open: "Kazinform (Kyodo)": "Prime Minister Sanae Takaichi
    ... affirmed close Japan-U.S. cooperation" is Japan's; "(IANS)": "Yoon meets Ishiba in Lima" names no
    India."""
    return [
        attrs.evolve(p, country=agency)
        if _bare_official(p)
        and p.title is not None
        and p.role != "other"
        and gazetteer.title_fits(p.title, agency)
        and _papers_own(p, agency, people, parsed)
        else p
        for p in people
    ]


def _of_the_republic(people: list[Person], government: str | None, parsed: Parsed) -> list[Person]:
    """ "the President of the Republic, Sebastián Piñera" in a government's own release: its own president,
    the republic it speaks for (not "the President of the Republic of Peru, X", whose country is said)."""
    if government is None:
        return people
    return [
        attrs.evolve(person, country=government)
        if person.country is None
        and person.organisation is None
        and any(
            m.office is not None
            and re.search(r"\bof the Republic\s*,?\s*$", parsed.original[m.office.start : m.start])
            for m in person.mentions
        )
        and not _met_abroad(person, government, parsed)  # not "during her visit to Peru, received by the
        # President of the Republic, X": the host's
        else person
        for person in people
    ]


def _desks_own(people: list[Person], own: str, home: str, parsed: Parsed) -> list[Person]:
    """Wire copy filed from abroad: an official named bare in a seat the dateline's country has filled with
    another, or told as a visitor to it, is the wire's own country's. "Kathmandu: Prime Minister X ... a day
    after meeting Nepal's Prime Minister Y", "Kathmandu: Foreign Secretary X ... paid an official visit to
    Nepal", from an Indian agency: X is India's. Not one named beside a third country: "MOSCOW - ... In
    Tajikistan, he will have talks with President X" in a Pakistani paper is Tajikistan's."""
    if own == home:
        return people
    filled = {p.role for p in people if p.country == home and p.role != "other"}
    taken = {p.role for p in people if p.country == own}
    result = []
    for person in people:
        if (
            _bare_official(person)
            and person.title is not None
            and (person.role in filled or _visiting(person, home, people, parsed))
            and person.role not in taken
            and gazetteer.title_fits(person.title, own)
            and not any(
                hit.code not in {own, home}
                for m in person.mentions
                for hit in countries_in(parsed.sentences[m.sentence].text)
            )
        ):
            person = attrs.evolve(person, country=own)
            taken.add(person.role)
        result.append(person)
    return result


_SERVANTS = found.STAFF_NOUNS | {"envoy", "emissary", "representative", "ambassador", "negotiator"}


def _envoys_of_the_named(people: list[Person], parsed: Parsed) -> list[Person]:
    """One named as a person's envoy or aide is of that person's country: "President Donald Trump's special
    envoy to Syria, Ambassador Thomas Barrack", "Trump's envoy Steve Witkoff": the United States'."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    result = []
    for person in people:
        if person.country is None and person.organisation is None:
            for mention in person.mentions:
                token = parsed.sentences[mention.sentence].doc[mention.token]
                noun = token.head if token.dep_ in {"appos", "compound"} else None
                if noun is None or noun.lemma_.lower() not in _SERVANTS:
                    continue
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                served = by_mention.get((mention.sentence, owner.i)) if owner is not None else None
                if served is not None and served.key != person.key and served.country is not None:
                    person = attrs.evolve(person, country=served.country)
                    break
        result.append(person)
    return result


def _bare_official(person: Person) -> bool:
    """One titled with no country or organisation said: a seat a story's setting may fill."""
    return person.country is None and person.organisation is None and person.title is not None


_COMING_TO = re.compile(
    r"\b(?:(?:(?:his|her|their|an?|the)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|journey)|arriv(?:ed|es|ing)|came|comes"
    r"|travel(?:s|led|ed)?)\b(?!\s+(?:back|home)\b)[^.;]{0,20}\b(?:to|in)|visit(?:ed|s|ing)?)\s+(?:the\s+)?$"
)  # "his first state visit to China", "on a one-day official visit to Sri Lanka", "arrived in China", "the first
# trip to China by a U.S. secretary", "when Blinken visited Beijing"; not "President Xi's state visit to
# Japan", nor "arrived back in Hanoi", one's coming home


_GOING_TO = re.compile(
    r"\b(?:(?:to|will|would|shall)\s+(?:[\w-]+\s+)?(?:visit|arrive\s+in)|travel\s+to)\s+(?:the\s+)?$"
)  # "will visit Sri Lanka", "is scheduled to visit Japan", "will arrive in Astana": a visit to come


_TO_COME = re.compile(
    r"^(?:(?:\s+and\s+[^.;,]{1,40}?)?\s+to\s+(?:(?:pay\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}visit(?:\s+to)?"
    r"|come\s+to|travel\s+to)|['’]s\s+(?:(?!return\b|home\b)[\w-]+\s+){0,3}(?:visit|trip|journey)\s+to"
    r"|\s+(?:arrived|arrives|landed|lands)\b(?!\s+(?:back|home)\b)[^.;]{0,60}?\s(?:in|at)"
    r"|\s+(?:is|was|will\s+be|has\s+been)\s+on\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\s+to"
    r"|\s+(?:paid|pays|is\s+paying|will\s+pay)\s+(?:an?|his|her)\s+(?:[\w-]+\s+){0,3}visit\s+to"
    r"|['’]s\s+arrival\s+in)"
    r"\s+(?:the\s+)?$"
)  # "invited President Xi Jinping and Wang to visit South Korea", "... to pay a state visit to Japan"; one's
# own: "President Lopez Obrador's planned visit to the White House" (not a "return trip", one home); "PM
# Modi is on a State visit to Sri Lanka", "PM Modi's arrival in Sri Lanka";
# "President X arrived Thursday afternoon at the President's Residence in Jerusalem", in a Jerusalem paper


def _a_home_counterparts(person: Person, home: str, people: list[Person]) -> bool:
    """Whether the person's counterpart is the home's: "DHAKA - Foreign Secretary X met his Bangladesh
    counterpart Y" makes X no Bangladeshi."""
    return home in countries_of_counterparts_alone(person, people)


def countries_of_counterparts_alone(person: Person, people: list[Person]) -> set[str]:
    """The countries of those named as the person's counterpart in a sentence naming the two of them and no
    one else (not "X received Y, a day after Z held talks with his Bangladeshi counterpart W": W is Z's)."""
    return {
        other.country
        for other in people
        if other.key != person.key
        and other.country is not None
        and "counterpart" in (other.title or "").lower()
        and any(
            person.mentioned_in(m.sentence)
            and sum(1 for p in people if p.mentioned_in(m.sentence)) == 2  # noqa: PLR2004 - the two alone
            for m in other.mentions
        )
    }


def _visiting(person: Person, home: str, people: list[Person], parsed: Parsed) -> bool:
    """Whether a sentence naming the person, and no one else, tells of a coming to the home country: "BEIJING
    - President Cyril Ramaphosa says he hopes his first state visit to China will ...": a guest, not
    Beijing's. Not "President Xi received X, who is on a visit to China": the visit is the other's. Nor is
    one invited to come ("extended invitations for President Xi Jinping to visit South Korea"), whoever else
    the sentence names."""
    if _comes_home(person, home, parsed):
        return False  # "President X has returned to Manila following ... \n X arrived in Manila": home again
    others = {m.sentence for p in people if p.key != person.key for m in p.mentions}
    for index in {m.sentence for m in person.mentions} - others:
        text = parsed.sentences[index].text
        if any(hit.code == home and _COMING_TO.search(text[: hit.start]) for hit in countries_in(text)):
            return True
    for mention in person.mentions:
        end = _offset_in(mention, parsed, end=True)
        text = parsed.sentences[mention.sentence].text
        if end is not None and any(
            hit.code == home
            and not hit.possessive  # "Kishida's visit to Japan's disaster areas": a journey at home
            and hit.start > end
            and (
                _TO_COME.match(text[end : hit.start])
                or (_HERE_FOR.match(text[end : hit.start]) and text[hit.end :].startswith(" for "))
            )
            for hit in countries_in(text)
        ):
            return True
    return False


def _comes_home(person: Person, home: str, parsed: Parsed) -> bool:
    """Whether the person is said to have come home: "President X has returned to Manila following his
    meeting with ..." in a Philippine paper. The person the subject of the return, told as done, and no visit
    in the sentence ("X returned to Manila on Tuesday for his second visit", "Y's return to Manila",
    "will return to Kenya next year" are a guest's)."""
    for mention in person.mentions:
        sentence = parsed.sentences[mention.sentence]
        subject = sentence.doc[mention.token]
        verb = subject.head
        if subject.dep_ != "nsubj" or _A_VISIT.search(sentence.text):
            continue
        back = verb.lemma_.lower() == "return" or (
            verb.lemma_.lower() in {"fly", "come", "arrive"}
            and any(c.lower_ == "back" for c in verb.children)
        )
        done = verb.tag_ in {"VBD", "VBN", "VBZ"} and not any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "to", "shall"} for c in verb.children
        )
        if back and done and any(
            hit.code == home and _RETURNING.search(sentence.text[: hit.start])
            for hit in countries_in(sentence.text)
        ):
            return True
    return False


_A_VISIT = re.compile(r"\b(?:visit|trip|tour)\b|\bfor the (?:first|second|third) time\b", re.IGNORECASE)
_RETURNING = re.compile(
    r"\b(?:return(?:s|ed|ing)?|(?:came|comes|coming|flew|flies|arrived|arrives|is|was)\s+back)\s+(?:home\s+)?"
    r"(?:to|in)\s+(?:the\s+)?$"
)  # "returned to Manila", "flew back to Seoul", "arrived back in Hanoi": coming home


_HERE_FOR = re.compile(
    r"^,?\s+who\s+(?:is|was|has been|had been)\s+in\s+(?:[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?,\s+)?$"
)
# "Modi, who was in Osaka, Japan for the G20 Summit, held ...": there for a gathering, a guest


_GATHERING = re.compile(
    r"\b(?:summit|conference|forum|ministerial|ministers[’']? meeting|general assembly|assembly|congress"
    r"|games|olympics|nato|g-?7|g-?20|asean|brics|sco|apec|cop\d*|davos)\b",
    re.IGNORECASE,
)  # a visit to attend a gathering of many: those met there are of many countries
_POSTED = re.compile(
    r"\b(?:ambassador|envoy|consul|charg|attach|representative|delegate|spokes|press|correspondent)",
    re.IGNORECASE,
)  # who speaks or stands for a country abroad, as likely the visitor's as the host's
_IN_COMPANY = re.compile(r"\baccompan|\bdelegation\b|\balong with\b|\bentourage\b", re.IGNORECASE)


def _hosts_of_the_visit(people: list[Person], parsed: Parsed) -> list[Person]:
    """Officials the visitor of the story meets there, titled without a country, are the visited country's.

    "Foreign Minister X is on a working visit to Japan ... X also met Minister
    of Defense Y": Y is Japan's. Only where the story tells of visits to one
    country, by someone of another; only one named in a sentence after the
    visitor does something there, after the visit is told, in a title the
    country has and a seat of it still open there; not one who came with the
    visitor ("accompanied by", "the delegation"), nor a gathering's officer.
    """
    visit = _the_storys_visit(people, parsed)
    if visit is None:
        return people
    index, visited, visitor = visit
    acting = _where_the_visitor_acts(visitor, index, people, parsed)
    journeys = _journeys_to_others(parsed, {visited, visitor.country})
    seats = {p.role for p in people if p.country == visited and p.role != "other" and p.status == "holder"}
    result = []
    for person in people:
        if (
            _bare_official(person)
            and person.title is not None
            and not _POSTED.search(person.title)
            and (person.role not in seats or person.status != "holder")  # a former one holds no seat
            and any(
                m.sentence in acting and (_offset_in(m, parsed) or 0) > acting[m.sentence]
                for m in person.mentions
            )
            and min(m.sentence for m in person.mentions) >= index
            and gazetteer.title_fits(person.title, visited)
            and not any(_IN_COMPANY.search(parsed.sentences[m.sentence].text) for m in person.mentions)
            and not any(_GATHERING.search(_text_before(m, parsed)) for m in person.mentions)  # "Forum
            # Secretary General X": the gathering's own officer
            and not _on_another_journey(person, journeys, parsed)
            and visited not in own_journeys(person, parsed)  # "he hoped X could visit China": no host
            and not any(_made_a_visit(m, parsed) for m in person.mentions)
        ):
            person = attrs.evolve(person, country=visited)
            if person.role != "other" and person.status == "holder":
                seats.add(person.role)
        result.append(person)
    return result


def _made_a_visit(mention: PersonMention, parsed: Parsed) -> bool:
    """Whether the mention is of one who made a visit: "the State Visit by President X in May", "President
    X's trip", a guest of his own, no host."""
    doc = parsed.sentences[mention.sentence].doc
    token = doc[mention.token]
    visits = attributes.JOURNEYS
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        by = token.head  # the visit right before "by" too: the parser hangs "by" on the verb at times
        return by.head.lemma_.lower() in visits or (by.i > 0 and doc[by.i - 1].lemma_.lower() in visits)
    return token.dep_ == "poss" and token.head.lemma_.lower() in visits


# "with host X", "the summit's host, Prime Minister X": the word before a name, its title between; not
# "co-host", "talk show host"
_HOST_BEFORE = re.compile(
    r"(?:(?:^|[,;(]|\b(?:with|and|by|as|said|says))\s+"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Ss]ummit['’]s|[Mm]eeting['’]s) )host,? (?:[A-Z][\w.]* ){0,3}$"
)
_HELD_MEETING = re.compile(
    r"\b(?:meeting|summit|talks|conference|ministerial|gathering|forum)s?\b", re.IGNORECASE
)


def _gathering_hosts(people: list[Person], parsed: Parsed, dateline: str | None) -> list[Person]:
    """One called a gathering's host, of no country told, is of the country the sentence holds it in.

    "Foreign ministers of the Group of Seven ended their meeting in Quebec's Charlevoix region, with host
    Melanie Joly insisting ..." makes Joly Canada's, and, with no title of her own, one of the foreign
    ministers the sentence's subject gathers. The place is where the sentence holds the gathering ("their
    meeting in Quebec", "the summit in Tianjin"), or the date line's for the story's lead, one country only
    and no seat of international bodies (Brussels' summit host may be the Union's); not where the host
    was ("The summit's host was in Paris for talks"). A title the country does not use rules it out.
    """
    lead = next((s.index for s in parsed.sentences if not s.heading), None)
    result = []
    for person in people:
        if person.country is None and person.organisation is None:
            for mention in person.mentions:
                sentence = parsed.sentences[mention.sentence]
                if not _HOST_BEFORE.search(_text_before(mention, parsed)) or not _HELD_MEETING.search(
                    sentence.text
                ):
                    continue
                held = _places_held(sentence, mention.token)
                if dateline is not None and mention.sentence == lead:
                    held.add(dateline)
                if len(held) == 1 and (person.title is None or gazetteer.title_fits(person.title, *held)):
                    gathered = _gathered_office(sentence) if person.title is None else None
                    person = attrs.evolve(  # noqa: PLW2901 - placed
                        person, country=next(iter(held)), role=gathered or person.role
                    )
                    break
        result.append(person)
    return result


def plural_office(token: Token) -> str | None:
    """The office class of a plural title, if it has one: "Foreign ministers" (not "foreign secretaries",
    civil servants in many states)."""
    if token.lower_ != "ministers":
        return None
    words = [t.text for t in token.lefts if t.dep_ in {"compound", "amod"}]
    role = office_words.title_class(" ".join([*words, "minister"]))
    return None if role == "other" else role


def _gathered_office(sentence: Sentence) -> str | None:
    """The office class of the plural title that is the sentence's subject: "Foreign ministers of the G7
    ended their meeting"; not "Leaders met in Baku, while their foreign ministers held talks"."""
    classes = {
        role
        for token in tokens(sentence.doc)
        if token.tag_ == "NNS"
        and token.dep_ == "nsubj"
        and token.head.dep_ == "ROOT"
        and (role := plural_office(token)) is not None
    }
    return next(iter(classes)) if len(classes) == 1 else None


_HOLDING = frozenset(
    {"meet", "gather", "convene", "assemble", "open", "close", "end", "hold", "begin", "start"}
)  # what a gathering's people do where it is held


def _places_held(sentence: Sentence, host: int) -> set[str]:
    """The countries of the places a sentence holds a gathering in or at: "ended their meeting in Quebec's
    Charlevoix region", "the summit in Tianjin", "Leaders met in Baku"; not where one is ("X was in Paris"),
    nor a seat of international bodies."""
    doc = sentence.doc
    found = set()
    for prep in tokens(doc):
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
            continue
        holder = prep.head
        gathering = (
            holder.pos_ in {"NOUN", "PROPN"} and _HELD_MEETING.fullmatch(holder.text) is not None
        ) or (
            holder.pos_ == "VERB"
            and holder.lemma_.lower() in _HOLDING
            and not any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i <= host <= c.right_edge.i for c in holder.children
            )
        )
        if not gathering:
            continue
        for place in doc.ents:
            if place.label_ in {"GPE", "LOC"} and prep.i < place.start and place.end - 1 <= prep.right_edge.i:
                name = gazetteer.without_possessive(place.text)
                if name in gazetteer.ORGANISATION_SEATS:
                    return set()
                if (code := gazetteer.place_country(name) or gazetteer.lookup_country(name)) is not None:
                    found.add(code)
    return found


def _journeys_to_others(parsed: Parsed, sides: set[str | None]) -> dict[int, int]:
    """For each paragraph telling a journey to a country of neither side, its first sentence doing so:
    "In August, X headed to Europe with visits to Berlin, Paris and Rome" (not "Li, who made a trip to
    Argentina last year, met Y": a journey in the background)."""
    found: dict[int, int] = {}
    for sentence in parsed.sentences:
        if sentence.line not in found and any(
            hit.code not in sides
            and _JOURNEY_BEFORE.search(sentence.text[: hit.start])
            and not _in_a_relative_clause(sentence, hit.start)
            for hit in countries_in(sentence.text)
        ):
            found[sentence.line] = sentence.index
    return found


def _on_another_journey(person: Person, journeys: dict[int, int], parsed: Parsed) -> bool:
    """Whether the person is named in a paragraph that tells, up to there, a journey to a third country
    (``_journeys_to_others``): "... with visits to Berlin, Paris and Rome. He met French President A and
    consulted with Foreign Minister B": B is met on that journey, not the story's visit's host."""
    return any(
        journeys.get(parsed.sentences[m.sentence].line, m.sentence + 1) <= m.sentence for m in person.mentions
    )


_JOURNEY_BEFORE = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trips?|tours?|travel(?:s|led|ed|ling)?|head(?:s|ed)|went|flew)\b[^.;]{0,60}$"
)  # "with visits to Berlin, Paris and Rome", "headed to Europe, stopping in Rome": a journey's places


def _the_storys_visit(people: list[Person], parsed: Parsed) -> tuple[int, str, Person] | None:
    """The sentence telling the story's visit, the country visited and the visitor: the one country the story
    tells a coming to ("is on a working visit to Japan", "will visit Sri Lanka"), not in a relative clause
    ("X, who visited France last week, met Y in Riyadh"), nor a gathering's ("visited Brussels to take part
    in the NATO meeting"); the one person of another country named before it there."""
    told = [
        (index, hit.code, hit.start)
        for index, sentence in enumerate(parsed.sentences)
        for hit in countries_in(sentence.text)
        if (_COMING_TO.search(sentence.text[: hit.start]) or _GOING_TO.search(sentence.text[: hit.start]))
        and not _in_a_relative_clause(sentence, hit.start)
    ]
    if len({code for _, code, _ in told}) != 1:
        return None
    index, visited, at = told[0]
    visitors = [
        p
        for p in people
        if p.country not in {None, visited}
        and any(m.sentence == index and (_offset_in(m, parsed) or 0) < at for m in p.mentions)
    ]
    if len(visitors) != 1 or any(
        _GATHERING.search(parsed.sentences[i].text)
        for i in {index, *(s.index for s in parsed.sentences if s.heading)}
    ):
        return None
    return index, visited, visitors[0]


def _where_the_visitor_acts(
    visitor: Person, index: int, people: list[Person], parsed: Parsed
) -> dict[int, int]:
    """The sentences from the visit's on where the visitor does something, or has it, and where in each: "X
    also met", "X's programme includes" (not "X's trip"), "The visiting leader also met", "He will call on"
    while no one else has been the subject since."""
    acting = {
        m.sentence: _offset_in(m, parsed) or 0
        for m in visitor.mentions
        if m.sentence >= index
        and (
            m.subject
            or (
                m.possessive
                and not re.match(r"\W*s?\s+(?:\w+\s+)?(?:visit|trip|tour|journey)", parsed.original[m.end :])
            )
        )
    }
    subjects = {m.sentence: p.key for p in people for m in p.mentions if m.subject}
    last = visitor.key
    for sentence in parsed.sentences[index + 1 :]:
        last = subjects.get(sentence.index, last)
        standing = next(
            (
                t
                for t in tokens(sentence.doc)
                if (t.lower_ == "visiting" and t.head.dep_ == "nsubj")
                or (t.lower_ in {"he", "she"} and t.dep_ == "nsubj" and t.head.dep_ == "ROOT")
            ),
            None,
        )
        if standing is not None and sentence.index not in acting and last == visitor.key:
            acting[sentence.index] = standing.idx
    return acting


_AIDE_OF = re.compile(
    r"^,\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?([A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}"
    r"(?:adviser|advisor|aide|spokes(?:man|woman|person)|envoy|chief of staff)\b"
)  # "X, Mr Abe's top security adviser,"


_AIDE_BEFORE = re.compile(
    r"\b([A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}(?:adviser|advisor|aide|spokes(?:man|woman|person)|envoy|"
    r"emissary)\s*,?\s+(?:(?:Ambassador|Dr|Mr|Ms|Mrs|Minister|Comrade)\.?\s+)*$",
    re.IGNORECASE,
)  # "PRESIDENT Mnangagwa's Special Envoy, Ambassador X"


def _aides(people: list[Person], parsed: Parsed) -> list[Person]:
    """One set off as someone's adviser, aide, spokesman or envoy is of that one's country: "Mr Shotaro
    Yachi, Mr Abe's top security adviser, also had a call with ...": Japan's, as Abe is; so is one named
    after the title: "President Mnangagwa's Special Envoy, Ambassador X"."""
    result = []
    for person in people:
        if person.country is None and person.organisation is None:
            for mention in person.mentions:
                after = parsed.original[mention.end : mention.end + 80]
                before = parsed.original[max(0, mention.start - 80) : mention.start]
                served = _AIDE_OF.match(after) or _AIDE_BEFORE.search(before)
                owners = (
                    [p for p in people if p.key != person.key and served.group(1) in p.name.split()]
                    if served
                    else []
                )
                if len(owners) == 1 and owners[0].country is not None:
                    person = attrs.evolve(person, country=owners[0].country)
                    break
        result.append(person)
    return result


def _companions(people: list[Person], parsed: Parsed) -> list[Person]:
    """Those one was joined or accompanied by are of that one's country: "President X was joined by Prime
    Minister A and Foreign Minister B", "The Emir was accompanied by Foreign Minister C"."""
    by_mention = {(m.sentence, m.token): p for p in people for m in p.mentions}
    result = []
    for person in people:
        styled = person.country is not None and person.country == office_words.title_country(
            person.title or ""
        )  # a country only the title's style gave
        if (person.country is None or styled) and person.organisation is None and _a_ministers(person):
            codes = set()
            for mention in person.mentions:
                token = parsed.sentences[mention.sentence].doc[mention.token]
                while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
                    token = token.head  # "... by A and B": B through A
                if token.dep_ != "pobj" or token.head.dep_ != "agent":
                    continue
                verb = token.head.head
                subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                host = by_mention.get((mention.sentence, subject.i)) if subject is not None else None
                if verb.lemma_.lower() in {"join", "accompany"} and host is not None and host.country:
                    codes.add(host.country)
            if len(codes) == 1:  # "Lopez Obrador was joined by Foreign Secretary X": Mexico's, not the
                # country that style alone would name
                person = attrs.evolve(person, country=codes.pop())
        result.append(person)
    return result


def _a_ministers(person: Person) -> bool:
    """Whether one has no title or a minister's, an aide's or an heir's, who travel with their leader; not a
    president, king, governor, mayor or senator met along the way."""
    return person.title is None or bool(_TRAVELLING_WITH.search(person.title.lower()))


_TRAVELLING_WITH = re.compile(
    r"\b(?:minister|premier|secretary|adviser|advisor|chief of staff|crown prince|ambassador)\b"
)


def _styled_heads(people: list[Person], parsed: Parsed) -> list[Person]:
    """A head of government styled as few countries style theirs, with no country said, is of the one of them
    the story names: "Chancellor Angela Merkel met French President Macron", in a story naming Germany or
    Berlin, is Germany's; "Taoiseach X" is Ireland's. Not where the story names none or several of them, nor
    a "Premier", which English writes of many heads of government."""
    named: set[str] | None = None  # the story's countries, read only for such a head
    result = []
    for person in people:
        title = (person.title or "").lower()
        styles = gazetteer.GOVERNMENT_STYLES.get(title) if title != "premier" else None  # any head, loosely
        if (
            styles
            and person.country is None
            and person.organisation is None
            and person.role == "head of government"
        ):
            if named is None:
                named = {hit.code for sentence in parsed.sentences for hit in countries_in(sentence.text)}
            fitting = styles if len(styles) == 1 else styles & named
            if len(fitting) == 1:
                person = attrs.evolve(person, country=next(iter(fitting)))
        result.append(person)
    return result


def _monarchs(people: list[Person], parsed: Parsed) -> list[Person]:
    """Who of a royal house reigns. Monaco's and Liechtenstein's princes head their states ("the Prince of
    Monaco, Albert II"; not a "Crown Prince" or "Hereditary Prince"); a queen named beside a king is his
    consort ("King Felipe and Queen Letizia met ...", "Felipe VI and Queen Letizia were received"), not one
    a king succeeds ("King Charles III ... the late Queen Elizabeth II")."""
    result = []
    for person in people:
        title = person.title or ""
        if title == "Prince" and person.country in _REIGNING_PRINCES and person.role == "other":
            person = attrs.evolve(person, role="head of state")
        elif (
            re.match(r"Queen\b", title)
            and person.role == "head of state"
            and any(_KING_AND_QUEEN.search(parsed.sentences[m.sentence].text) for m in person.mentions)
        ):
            person = attrs.evolve(person, role="other")
        crowned = re.match(r"(?:King|Queen)\b", title)
        if person.role == "head of state" and person.country in _REALMS and crowned:
            person = attrs.evolve(person, country="GB")  # a New Zealand paper's "King Charles": the realms
            # share Britain's monarch, whose country the log keeps
        result.append(person)
    return result


# the realms whose monarch is Britain's
_REALMS = frozenset("CA AU NZ JM AG BS BZ GD PG KN LC VC SB TV".split())


_RELATIVE_BEFORE = re.compile(
    r"\b(?:his|her) (?:elder |eldest |younger |youngest )?"
    r"(?:wife|husband|spouse|daughter|son|mother|father|brother|sister),?\s+$",
    re.IGNORECASE,
)  # "his daughter Laura", "her elder sister Hasina"


def _relatives(people: list[Person], parsed: Parsed) -> list[Person]:
    """One named as "his daughter" or "her husband" is of the country of the one named just before in the
    sentence, whose relative they are: "received by the head of State, Sergio Mattarella and his daughter
    Laura" (Italian, whatever the guests are)."""
    result = []
    for person in people:
        if person.country is None and person.organisation is None:
            for mention in person.mentions:
                if not _RELATIVE_BEFORE.search(parsed.original[max(0, mention.start - 24) : mention.start]):
                    continue
                before = [
                    (m.token, p)
                    for p in people
                    if p.key != person.key
                    for m in p.mentions
                    if m.sentence == mention.sentence and m.token < mention.token
                ]
                if before and (owner := max(before, key=lambda b: b[0])[1]).country is not None:
                    person = attrs.evolve(person, country=owner.country)
                    break
        result.append(person)
    return result


_REIGNING_PRINCES = frozenset({"MC", "LI"})
_KING_AND_QUEEN = re.compile(
    rf"\b(?:King(?: [A-Z][\w-]+){{0,2}}|[A-Z][\w-]+ {REGNAL_NUMERAL})"
    r",? and (?:his wife,? )?(?:[A-Z][\w-]+['’]s )?Queen\b"
)  # "Britain's King Charles III and Britain's Queen Camilla"


def _in_a_relative_clause(sentence: Sentence, at: int) -> bool:
    """Whether the word at a character offset of a sentence is told in a relative clause: "X, who visited
    France last week, met Y in Riyadh" tells of another journey than the story's."""
    token = token_at(sentence.doc, at)
    return token is not None and any(a.dep_ == "relcl" for a in [token, *token.ancestors])


def _text_before(mention: PersonMention, parsed: Parsed) -> str:
    """The few words written before a mention's name: its title's, as a rule."""
    return parsed.original[max(0, mention.start - 40) : mention.start]


def _offset_in(mention: PersonMention, parsed: Parsed, *, end: bool = False) -> int | None:
    """Where a mention's last token starts (or, with ``end``, ends) in its sentence's text."""
    doc = parsed.sentences[mention.sentence].doc
    if mention.token >= len(doc):
        return None
    token = doc[mention.token]
    return token.idx + len(token) if end else token.idx


_HOSTED_BY = re.compile(r"\b(?:hosted|received|welcomed|greeted|invited)\s+by\b", re.IGNORECASE)


def _hosted_by_home(person: Person, home: str, people: list[Person], parsed: Parsed) -> bool:
    """Whether a sentence tells the person hosted by one of the home country: "BERLIN - President Herzog became
    the first foreign leader to be hosted by new German Chancellor Merz": a guest, not Berlin's. Not when
    the person is told going abroad: "Nairobi - President X arrived in Kigali, Rwanda ... was received by
    Cabinet Secretary Y", the home's minister there before him."""
    if own_journeys(person, parsed) - {home}:
        return False
    hosts = [m for p in people if p.key != person.key and p.country == home for m in p.mentions]
    for mention in person.mentions:
        after = _offset_in(mention, parsed)
        for host in (m for m in hosts if m.sentence == mention.sentence):
            at = _offset_in(host, parsed)
            if (
                after is not None
                and at is not None
                and at > after
                and _HOSTED_BY.search(parsed.sentences[mention.sentence].text, after, at)
            ):
                return True
    return False


_GOING = attributes.ARRIVING | {"fly", "visit"}  # verbs of one's own going


def own_journeys(person: Person, parsed: Parsed) -> set[str]:
    """The countries the person goes to as the subject of a verb of going: "President X arrived in Kigali,
    Rwanda" (not "X, who visited Germany on Friday, was received by ...", a journey told by the way, nor
    "Xi welcomed Luxon on his visit to China", the guest's)."""
    found = set()
    for mention in person.mentions:
        sentence = parsed.sentences[mention.sentence]
        token = sentence.doc[mention.token]
        verb = token.head
        while verb.lemma_.lower() not in _GOING:  # "X would be able to visit China", "X plans to travel to"
            deeper = next((c for c in verb.children if c.dep_ in {"xcomp", "acomp"}), None)
            if deeper is None:
                break
            verb = deeper
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in _GOING or verb.dep_ == "relcl":
            continue
        for hit in countries_in(sentence.text):
            span = sentence.doc.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and hit.kind != "demonym" and verb in span.root.ancestors:
                found.add(hit.code)
    return found


def _met_abroad(person: Person, home: str, parsed: Parsed) -> bool:
    """Whether every sentence giving the person a title tells of someone's visit to another country: "Kwatra,
    who is on a two-day visit to Nepal, also met President X, Prime Minister Y" under a New Delhi dateline: X
    and Y are the hosts abroad, not New Delhi's (a bare family name later, which may be another's, says
    nothing of it; the traveller, the subject, is not met: "After a trip to Germany, President X flew
    back")."""
    titled = [m for m in person.mentions if m.office is not None and not m.reference]
    if titled and all(m.subject for m in titled):
        return False  # the traveller: "After a two-day visit to Germany, Prime Minister X flew back"
    met = [m for m in titled if not m.subject] or person.mentions
    own = [m for m in met if _own_visit_told(m, parsed) or _who_came(m, parsed)]  # "President X with Y during
    # his visit to Qatar", "Receiving the Minister, X, who arrived in Accra ..."
    return not own and all(
        any(
            hit.code != home and hit.kind != "demonym" and _COMING_TO.search(text[: hit.start])
            for hit in countries_in(text)
        )  # not "X and visiting Finnish President Y agreed ...": a guest's demonym, no visit to Finland
        for text in {_where_met(m, parsed) for m in met}
    )


def _where_met(mention: PersonMention, parsed: Parsed) -> str:
    """The words that tell where a person was met: the sentence; and the one before it when this one goes on
    from it ("... will travel to Timor-Leste, where she will meet President X. She will also meet with
    Minister Y")."""
    text = parsed.sentences[mention.sentence].text
    if mention.sentence > 0 and (
        re.match(r"(?:She|He|They)\b[^.,;]{0,30}\balso\b", text) or _DURING_IT.match(text)
    ):  # "... paid an official visit to Timor-Leste. During the visit, he called on President X": there
        return f"{parsed.sentences[mention.sentence - 1].text} {text}"
    return text


_DURING_IT = re.compile(
    r"(?:During (?:the|his|her|this)(?: [\w-]+-day)? (?:visit|trip|stay|tour)|While there)\b"
)  # a sentence going on from a visit told before it


_NAME_WORDS = 5


def _own_visit_told(mention: PersonMention, parsed: Parsed) -> bool:
    """A caption's first person, of whom it tells "his visit to": "President X with Y during his visit to
    Qatar earlier this month" (X the traveller)."""
    sentence = parsed.sentences[mention.sentence]
    first = min((t.i for t in tokens(sentence.doc) if t.ent_type_ == "PERSON"), default=None)
    return (
        first is not None
        and 0 <= mention.token - first < _NAME_WORDS  # the name's own words: it opens the caption
        and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in tokens(sentence.doc))
        and re.search(r"\b(?:his|her) (?:\w+ )?(?:visit|trip|tour) to\b", sentence.text) is not None
    )


_WHO_CAME = re.compile(
    r",?\s+who\s+(?:(?:is|was|has|had|had been|has been)\s+)?"
    r"(?:arrived|came|travell?ed|visited|(?:on|paying)\s+an?\b)"
)


def _who_came(mention: PersonMention, parsed: Parsed) -> bool:
    """Whether a relative clause on the name tells its own coming: "the Minister, X, who arrived in Accra"."""
    end = _offset_in(mention, parsed, end=True)
    return end is not None and _WHO_CAME.match(parsed.sentences[mention.sentence].text, end) is not None


def _cabinet_member(title: str) -> bool:
    """A minister of a portfolio the office classes do not place: "Minister of Commerce", "Prime Cabinet
    Secretary", not an ambassador, an envoy or a deputy."""
    lowered = title.lower()
    return bool(re.search(r"\bminister\b|\bcabinet secretary\b", lowered)) and not re.search(
        r"\b(?:ambassador|envoy|deputy|vice|assistant|state|commissioner|former)\b", lowered
    )


def _home_style(title: str, home: str) -> bool:
    """ "His Highness the Crown Prince Sheikh X" in a Kuwaiti agency's story: a monarchy's heir, its own; "Party
    General Secretary X" in a Vietnamese broadcaster's: the ruling party's leader, its own; "Vice President X"
    opening the White House's: its deputy leader."""
    lowered = title.lower()
    return (
        (lowered.endswith("crown prince") and home in gazetteer.MONARCHIES)
        or (
            lowered.startswith("party ")
            and lowered.endswith(("general secretary", "secretary general", "chairman"))
        )
        or bool(_DEPUTY_LEADER.fullmatch(lowered))
        or bool(_SERVICE_CHIEF.fullmatch(lowered))
    )


# a state's commander, as its paper titles him bare: "Chief of Army Staff Gen X held a meeting with President
# Y as he arrived in Kabul", in a Pakistani paper
_SERVICE_CHIEF = re.compile(
    r"(?:chief of (?:the )?(?:army|naval|air|defen[cs]e|general|joint) staff|(?:army|navy|air force) chief"
    r"|chairman of (?:the )?joint chiefs of staff)"
)


_DEPUTY_LEADER = re.compile(r"(?:vice|deputy)[- ](?:president|prime minister|premier)")  # "Readout of Vice
# President Biden's Meeting with ...", in the White House's own release: its own


@functools.lru_cache(maxsize=1024)
def countries_in(text: str) -> tuple[gazetteer.CountryMention, ...]:
    """A sentence's countries, found once: the cast and every meeting ask again of the sentences naming people."""
    return tuple(gazetteer.find_countries(text))


def story_countries(parsed: Parsed, people: Cast | None = None) -> Counter[str]:
    """How often the article names each country (names, demonyms, capitals), headings left out; not a country
    talked about ("spoke with X about Syria", "On Syria, ...", "the civil war in Syria"), which is no side,
    nor the family name of someone the article names ("Montenegro's first visit", Luís Montenegro's)."""
    names = surnames(people.people) if people is not None else frozenset()
    return Counter(
        hit.code
        for sentence in parsed.sentences
        if not sentence.heading
        for hit in _sides_in(sentence.text, names)
    )


def surnames(people: tuple[Person, ...] | list[Person]) -> frozenset[str]:
    """The family names of people named in full that are also a country's name: "Luís Montenegro"."""
    return frozenset(
        last
        for person in people
        if len(words := person.name.split()) >= 2  # noqa: PLR2004 - a given name and a family name
        and gazetteer.lookup_country(last := words[-1]) is not None
    )


def _sides_in(text: str, names: frozenset[str] = frozenset()) -> list[gazetteer.CountryMention]:
    """The countries a sentence names that may be someone's side, not those it names as what was talked
    about ("spoke with X about Syria", "On Syria, ...", "the civil war in Syria"), nor one's own ("Cambodia's
    plans"), nor someone's family name among ``names``."""
    return [
        hit
        for hit in countries_in(text)
        if (
            hit.kind == "demonym"
            or hit.possessive  # "talked about Cambodia's plans": its own, whose seat it may be
            or not _TALKED_ABOUT.search(text, max(0, hit.start - 30), hit.start)
        )
        and _POSSESSIVE_END.sub("", text[hit.start : hit.end]) not in names
    ]


_POSSESSIVE_END = re.compile(r"['’]s?$")


_TALKED_ABOUT = re.compile(
    r"(?:\b(?i:about|regarding|concerning|on|for)|\b(?:issues|topics|matters):|\b(?:part|parts|region) of"
    r"|\b(?:situation|war|conflict|crisis|peace|solution|settlement|developments|stability) in)"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]+,? and (?:the\s+)?)?$"
)  # "about Syria", "On Syria", "focused on Syria and Ukraine", "issues: Syria and Iraq", "peace in Ukraine"


def countries_beside(person: Person, parsed: Parsed) -> set[str]:
    """The countries named in the sentences that name a person."""
    return set(countries_counted_beside(person, parsed))


def countries_counted_beside(person: Person, parsed: Parsed, *, headings: bool = True) -> Counter[str]:
    """How often the sentences naming a person name each country (headings too, unless told otherwise), not
    as what was talked about."""
    return Counter(
        hit.code
        for sentence in {m.sentence for m in person.mentions}
        if headings or not parsed.sentences[sentence].heading
        for hit in _sides_in(parsed.sentences[sentence].text, surnames([person]))
    )


def _papers_own(
    person: Person, home: str, people: list[Person], parsed: Parsed, *, headings: bool = True
) -> bool:
    """Whether the sentences naming a person name the paper's country more than any other whose seat is open.

    "He is expected to meet President Irfaan Ali to review the Guyana-Suriname
    dialogue", Suriname's president named before: Guyana's. "An invitation to
    host Manele in New Zealand", Solomon Islands named as often: neither.
    """
    counts = countries_counted_beside(person, parsed, headings=headings)
    mine = {m.sentence for m in person.mentions if headings or not parsed.sentences[m.sentence].heading}
    beside: set[str] = set()  # the countries of those beside them, plainly written
    for other in people:  # "Malaysian Defence Minister X called on Prime Minister Y": X's country, not Y's
        if other.key != person.key:
            for mention in other.mentions:
                code = mention.country or (mention.office.country if mention.office else None)
                if code and mention.sentence in mine:
                    beside.add(code)
                    if counts[code]:
                        counts[code] -= 1
    visitors = bool(beside) and home not in beside  # only guests beside them, none of the paper's own
    taken = {p.country for p in people if p.key != person.key and p.role == person.role and p.country}
    rivals = [
        code
        for code, n in counts.items()
        if code != home
        and code not in taken
        and n >= counts[home]
        and (person.title is None or gazetteer.title_fits(person.title, code))  # the US has no Prime Minister
    ]
    # "Beninese Foreign Minister X called on Foreign Minister Y" in a Qatari paper: the host named bare
    # beside a plainly foreign guest is the paper's; not "President Obama met President Karimov" in a
    # State Department text, where no one beside Karimov is plainly foreign to it, nor a bare host beside
    # the paper's own minister ("India's External Affairs Minister X called on Prime Minister Y")
    return not rivals and (counts[home] > 0 or visitors)


def _seated_elsewhere(person: Person, home: str, people: list[Person], parsed: Parsed) -> bool:
    """Whether the sentences naming a person name another country whose seat of their office is open, and
    never the paper's: "PM Mottley attended a dinner held by President X ... of her visit in Georgetown", in
    a Barbadian paper: Guyana's president."""
    counts = countries_counted_beside(person, parsed, headings=False)
    mine = {m.sentence for m in person.mentions}
    for other in people:  # not the countries of those named beside them
        if other.key != person.key:
            for mention in other.mentions:
                code = mention.country or (mention.office.country if mention.office else None)
                if code and mention.sentence in mine and counts[code]:
                    counts[code] -= 1
    for index in mine:  # "Yun will hold phone talks with his Chinese counterpart": the other side's
        counts.subtract(_counterparts_countries(parsed.sentences[index]))
        counts.subtract(_topics_countries(parsed.sentences[index]))
    taken = {p.country for p in people if p.key != person.key and p.role == person.role and p.country}
    return counts[home] == 0 and any(
        n > 0 and code != home and code not in taken and gazetteer.title_fits(person.title or "", code)
        for code, n in counts.items()
    )


def _a_side_represented(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "The Russian side was represented at the meeting by A, B, C ...": everyone named after "by" is of the
    side's country, whatever their title."""
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if "represented" not in sentence.words:
            continue  # (most sentences: their tokens not read)
        doc = sentence.doc
        verb = next((t for t in tokens(doc) if t.lemma_.lower() == "represent" and t.dep_ == "ROOT"), None)
        if verb is None or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        side = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if side is None or side.lower_ not in {"side", "delegation"}:
            continue
        code = next(
            (found.country_of_words(c.text) for c in side.children if c.dep_ in {"amod", "compound"}), None
        )
        by = next((t for t in tokens(doc)[verb.i + 1 :] if t.lower_ == "by"), None)
        if code is None or by is None:
            continue
        given.update(
            (p.key, code)
            for p in people
            if p.country is None
            and p.organisation is None
            and any(m.sentence == sentence.index and m.token > by.i for m in p.mentions)
        )
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


_SIDE_NOUNS = frozenset({"side", "delegation", "team", "delegations", "teams", "representation"})


def _a_side_led(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "Pakistan's economic team led by Finance Minister A, Governor B and Finance Secretary C held ...":
    everyone named after "led by" is of the side's country, whatever their title."""
    given: dict[int, str] = {}
    for sentence in parsed.sentences:
        if sentence.words.isdisjoint({"led", "headed"}) or sentence.words.isdisjoint(_SIDE_NOUNS):
            continue  # (most sentences: their tokens not read)
        for verb in tokens(sentence.doc):
            if verb.lower_ not in {"led", "headed"}:
                continue
            if verb.dep_ == "acl" and verb.head.lower_ in _SIDE_NOUNS:
                side: Token | None = verb.head  # "Pakistan's team led by A"
            else:  # "The Saudi representation was led by A", "The Kingdom of Saudi Arabia representation ..."
                side = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ == "nsubjpass" and any(t.lower_ in _SIDE_NOUNS for t in c.subtree)
                    ),
                    None,
                )
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            if side is not None and by is not None and (code := _side_country(side)) is not None:
                given.update(_led_by(people, sentence.index, by, code))
    return [attrs.evolve(p, country=given[p.key]) if p.key in given else p for p in people]


def _side_country(side: Token) -> str | None:
    """The country of a side: "Pakistan's team", "the Saudi delegation", "the delegation from the People's
    Republic of China"; "The Kingdom of Saudi Arabia representation", where the parser heads it with the
    country's own word."""
    if side.lower_ not in _SIDE_NOUNS:
        words = " ".join(t.text for t in side.subtree if t.lower_ not in _SIDE_NOUNS and t.dep_ != "det")
        return found.country_of_words(words)
    return next(
        (
            code
            for c in side.children
            if c.dep_ in {"amod", "compound", "poss"} and (code := found.country_of_words(c.text)) is not None
        ),
        None,
    ) or next(
        (
            code
            for c in side.children
            if c.dep_ == "prep" and c.lower_ in {"from", "of"}
            for g in c.children
            if g.dep_ == "pobj"
            and (code := found.country_of_words(_phrase(g).removeprefix("the "))) is not None
        ),
        None,
    )


def _phrase(token: Token) -> str:
    """The words a token heads, as written: "the People's Republic of China"."""
    return span_text(token.doc, token.left_edge.i, token.right_edge.i + 1)


def _led_by(people: list[Person], sentence: int, by: Token, code: str) -> dict[int, str]:
    """The people "led by" names, of the side's country: "led by A, B and C", not "A, who met D"."""
    aside = {
        g.i
        for t in by.subtree
        if t.dep_ in {"relcl", "acl"} or (t.dep_ == "appos" and t.pos_ != "PROPN")
        for g in t.subtree
    }
    inside = {t.i for t in by.subtree} - aside
    if not any(c.dep_ == "pobj" for c in by.children):  # "led by Speaker X began ...": the parser made X the
        # subject of the verb after; the proper nouns right after "by" are the name
        doc = by.doc
        k = by.i + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            inside.add(k)
            k += 1
    return {
        p.key: code
        for p in people
        if p.country is None
        and p.organisation is None
        and any(m.sentence == sentence and m.token in inside for m in p.mentions)
    }


def _counterparts_countries(sentence: Sentence) -> Counter[str]:
    """The countries a sentence names as someone's counterpart's ("his Chinese counterpart", "her counterpart
    from Peru"): the other side of whoever it is about, never their own."""
    return _countries_counted(sentence, _of_a_counterpart)


def _of_a_counterpart(word: Token) -> bool:
    head = word.head if word.dep_ in {"amod", "compound", "nmod", "poss"} else None
    if word.dep_ == "pobj" and word.head.lower_ == "from":
        head = word.head.head
    return head is not None and head.lower_ in {"counterpart", "counterparts"}


def _topics_countries(sentence: Sentence) -> Counter[str]:
    """The countries a sentence names in what is talked of ("speculation over discussions regarding the
    Cambodian border situation"): a subject, not anyone's seat."""
    return _countries_counted(sentence, _in_a_topic)


def _in_a_topic(word: Token) -> bool:
    """ "the Cambodian border situation" after "regarding"; not "Rwanda's role", often the official's own
    country."""
    return word.dep_ in {"amod", "compound", "nmod"} and any(
        t.dep_ == "prep" and t.lower_ in _ABOUT for t in word.ancestors
    )


def _countries_counted(sentence: Sentence, test: Callable[[Token], bool]) -> Counter[str]:
    """How often a sentence names each country in words the test passes."""
    return Counter(
        hit.code
        for hit in countries_in(sentence.text)
        if (word := _country_word(sentence, hit)) is not None and test(word)
    )


def _country_word(sentence: Sentence, hit: gazetteer.CountryMention) -> Token | None:
    """The token heading the words that name a country in a sentence's parse."""
    span = sentence.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    return None if span is None else span.root


_ABOUT = frozenset({"regarding", "concerning", "about", "over"})  # not "on": "paid a call on the Minister"


_DATELINE = re.compile(
    rf"^([{CAPITALS}][{CAPITALS} .'’/-]{{1,40}}[{CAPITALS}])(?:,|\s*\(|\s*$)"
)  # "HÀ NỘI" too; "WASHINGTON (AP)"


_DATELINE_CREDIT = re.compile(
    rf"^([{CAPITALS}][{CAPITALS} .'’/-]{{1,40}}[{CAPITALS}]),? \([^()]{{0,80}}\b(?:19|20)\d\d\)"
)  # a dateline in capitals and its credit with the date in brackets, the story run on after them


_CITY_AND_COUNTRY = re.compile(
    r"([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2}), ([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}):\s"
)  # "Doha, Qatar: ..."


_CITY_AND_AGENCY = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), [A-Z][A-Za-z]+[A-Z] ?[–—-]{1,2} ")
# three capitals or more: an agency ("MINA", "APP"), not a state's or province's code ("London, ON –")


def dateline_country(parsed: Parsed) -> str | None:
    """The country of a text's dateline city ("SEOUL, March 20 (Asia wire)"), where it has one, or the country
    it names in brackets ("New Delhi [India], March 15"). A dateline in capitals may come below a page's
    furniture (a date, "Logo", the headline, a caption): "KATHMANDU:" as the sixth line."""
    for number, sentence in enumerate(parsed.sentences[:_DATELINE_REACH]):
        placed = _CITY_AND_COUNTRY.match(sentence.text) if number < _DATELINE_FIRST else None
        if (
            placed
            and (code := gazetteer.lookup_country(placed.group(2))) is not None
            and gazetteer.place_country(placed.group(1)) == code
        ):
            return code  # "Doha, Qatar: Minister of Interior ...": the city and its country open the story
        credited = _CITY_AND_AGENCY.match(sentence.text) if number < _DATELINE_FIRST else None
        if credited and (code := gazetteer.place_country(credited.group(1))) is not None:
            return code  # "Jakarta, MINA – Indonesian President ...": the city and the agency open the story
        if len(sentence.text) > 60:  # noqa: PLR2004 - a dateline's length at most
            credit = _DATELINE_CREDIT.match(sentence.text) if number < _DATELINE_FIRST else None
            if credit and (code := gazetteer.place_country(credit.group(1).title())) is not None:
                return code  # "ABU DHABI, (UrduPoint / WAM - 02nd May, 2021) His Highness ...": run on
            continue
        match = _DATELINE.match(sentence.text)
        if match and number < _DATELINE_FIRST:
            return gazetteer.place_country(match.group(1).title())
        if (
            match
            and sentence.text.strip() == match.group(1)
            and (code := gazetteer.place_country(match.group(1).title())) is not None
        ):
            return code  # past the first lines, only a city the gazetteer knows, alone on its line
            # ("KATHMANDU:"), not a wire's foreign desk ("VIENNA, November 23. /TASS/.")
        if number >= _DATELINE_FIRST:
            continue
        city = _CITY_LINE.match(sentence.text)
        if city and found.organisation_of_words(sentence.text[city.end() :].strip(" ,()")) is not None:
            continue  # "New York, UN": a readout from an international body's seat, no country's story
        if (
            city
            and (sentence.heading or re.search(r"\d|\(", sentence.text))
            and (code := gazetteer.place_country(city.group(1))) is not None
        ):
            return code  # "Addis Ababa, February 11, 2019 (FBC)", "Dar es Salaam": a line of its own
        bracketed = _BRACKETED_COUNTRY.match(sentence.text)
        if bracketed and sentence.heading:
            return gazetteer.lookup_country(bracketed.group(1))
    return None


def dateline_seat(parsed: Parsed) -> bool:
    """Whether the story opens on a city whose news is mostly its international bodies' ("BRUSSELS, March 3
    (Reuters) -", "GENEVA (AP) —"): an official there whom the text gives no country may be a body's."""
    return any(
        (match := _DATELINE.match(sentence.text)) is not None and match.group(1).title() in _BODIES_CITIES
        for sentence in parsed.sentences[:_DATELINE_FIRST]
    )


_BODIES_CITIES = frozenset({"Brussels", "Strasbourg", "Geneva", "The Hague"})  # the EU's, NATO's, the UN's


def _abroad(local: str | None, dateline: str | None, mentions: list[PersonMention], parsed: Parsed) -> bool:
    """Whether an outlet's story speaks from its dateline's country, not the outlet's: "JEDDAH (Pakistan Point
    News) ... Crown Prince and Prime Minister X ... a phone call to President Y of China", in a story naming
    Saudi Arabia and never Pakistan.

    Only when someone named with a third country's office is in it: "KAMPALA - President X held talks with
    President Y" in a Kenyan paper may be its own president abroad, named bare as its own are.
    """
    if local is None or dateline is None or local == dateline:
        return False
    named = story_countries(parsed)
    stated = {m.office.country for m in mentions if m.office is not None and m.office.country} | {
        m.country for m in mentions if m.country
    }
    return named[local] == 0 and named[dateline] >= 2 and bool(stated - {local, dateline})  # noqa: PLR2004


def _wire_in_dateline(parsed: Parsed) -> bool:
    """Whether the text's dateline credits a wire: "WASHINGTON (AP) -- ..." is wire copy, whoever prints
    it."""
    for sentence in parsed.sentences[:3]:
        if len(sentence.text) <= 60 and _DATELINE.match(sentence.text):  # noqa: PLR2004 - a dateline's length
            return any(_a_wire(inner) for inner in re.findall(r"\(([^()]*)\)", sentence.text))
    return False


def _told_from_afar(parsed: Parsed, code: str) -> bool:
    """Whether the story's first sentence of its own, under the dateline, tells of a meeting in another
    country's city, and the story never names the dateline's country: "CAIRO (AP) — Tunisia's president met
    Wednesday with Libya's newly appointed government officials in Tripoli" (not "TOKYO -- Foreign Minister
    X ... agreed in Beijing", a Japanese minister's trip)."""
    lead = next((s for s in parsed.sentences[:_DATELINE_REACH] if not s.heading and len(s.text) > 60), None)
    if lead is None or not any(t.lemma_.lower() in _MET for t in tokens(lead.doc)):
        return False
    places = {
        found_in
        for hit in _IN_A_CITY.finditer(lead.text)
        if (found_in := gazetteer.place_country(hit.group(1))) is not None
    }
    if not places or code in places:
        return False
    return not any(  # the dateline's country is no party: the story never names it (past the dateline)
        hit.code == code
        for sentence in parsed.sentences
        for hit in countries_in(sentence.text)
        if not ((line := _DATELINE.match(sentence.text)) and hit.start < line.end())
    )


_IN_A_CITY = re.compile(r"\bin ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_MET = frozenset({"meet", "talk", "hold", "receive", "visit"})
_DATELINE_FIRST = 3  # sentences: where a dateline of any form stands
_DATELINE_REACH = 8  # sentences: a dateline's deepest place under a page's furniture, in capitals


# a city on a line of its own: "Dar es Salaam", "Addis Ababa, February 11", "Kuala Lumpur (VNA)"
_CITY_LINE = re.compile(r"^([A-Z][a-z]+(?: (?:[A-Z][a-z]+|es|de|al|el))*)(?:,|\s*\(|\s*$)")
_BRACKETED_COUNTRY = re.compile(r"^[A-Z][A-Za-z .'’/-]{1,40} \[([A-Z][A-Za-z .]{1,20})\], ")


def _delegation_leaders(people: list[Person], parsed: Parsed) -> list[Person]:
    """ "a Ukrainian delegation led by presidential chief of staff Andriy Yermak": he is Ukraine's."""
    result = []
    for person in people:
        if person.organisation is None and not any(m.country for m in person.mentions):
            passive = {
                code
                for m in person.mentions
                if (code := _delegation_country(parsed.sentences[m.sentence].doc[m.token])) is not None
            }
            active = {
                code
                for m in person.mentions
                if (code := _delegation_headed(parsed.sentences[m.sentence].doc[m.token])) is not None
            }  # "while Foreign Secretary X headed the delegation of Bangladesh": said of the person outright
            if len(active) == 1:
                person = attrs.evolve(person, country=active.pop())
            elif len(passive) == 1 and person.country is None:
                person = attrs.evolve(person, country=passive.pop())
        result.append(person)
    return result


def _delegation_headed(name: Token) -> str | None:
    """The country of the delegation a name is the subject of leading: "X headed the delegation of
    Bangladesh", "X led the Bangladeshi delegation"."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in {"lead", "head"}:
        return None
    delegation = next((d for d in verb.children if d.dep_ == "dobj" and d.lower_ in _DELEGATIONS), None)
    return None if delegation is None else _country_of_delegation(delegation)


_DELEGATIONS = frozenset({"delegation", "team", "mission"})
# "a delegation of U.S. lawmakers led by Senator X": the delegation's (not "protests by lawmakers led by X")
_DELEGATES = frozenset({"lawmakers", "legislators", "parliamentarians", "senators", "members"})


def led_delegation(verb: Token) -> Token | None:
    """The delegation a participle "led"/"headed" is of: "a delegation led by", "a delegation from Y [led by]".

    The parser may hang the participle on the country the delegation is from.
    """
    if verb.dep_ != "acl" or verb.lemma_.lower() not in {"lead", "head"}:
        return None
    for delegation in (verb.head, verb.head.head.head):
        if delegation.lower_ in _DELEGATIONS:
            return delegation
    group = verb.head
    if group.lower_ in _DELEGATES and any(a.lower_ in _DELEGATIONS for a in list(group.ancestors)[:4]):
        return verb.head
    return None


def _delegation_country(name: Token) -> str | None:
    """The country of the delegation a name leads or is of: "a Ukrainian delegation led by X", "a delegation
    from Y led by X", "a Russian delegation including Foreign Minister X"."""
    member = name
    while member.dep_ == "conj" and member.head.i != member.i:
        member = member.head  # "including A and B"
    if (
        member.dep_ == "pobj"
        and member.head.lower_ in {"including", "comprising"}
        and member.head.head.lower_ in _DELEGATIONS
    ):
        return _country_of_delegation(member.head.head)  # "a Russian delegation including Foreign Minister X"
    while member.dep_ in {"conj", "appos", "compound"} and member.head.i != member.i:
        member = member.head  # "included Foreign Minister, A, Director General B, and advisors C and D"
    subject = next((c for c in member.head.children if c.dep_ == "nsubj"), None)
    if (
        member.dep_ == "dobj"
        and member.head.lemma_.lower() == "include"
        and subject is not None
        and subject.lower_ in _DELEGATIONS
    ):
        return _country_of_delegation(subject)  # "The Lebanese delegation included Foreign Minister X"
    verb = name
    for _ in range(5):  # "led by presidential chief of staff Andriy Yermak": up to the verb
        if verb.head.i == verb.i or led_delegation(verb) is not None:
            break
        verb = verb.head
    delegation = led_delegation(verb)
    return None if delegation is None else _country_of_delegation(delegation)


def _country_of_delegation(delegation: Token) -> str | None:
    """The one country a delegation's words name: "a Ukrainian delegation", "the delegation of Bangladesh",
    "a delegation from the DR Congo", "a delegation of U.S. lawmakers"."""
    words = [c.text for c in delegation.children if c.dep_ in {"amod", "compound", "nmod"}]
    words += [
        " ".join(t.text for t in g.subtree if t.dep_ != "det" and t.i <= g.i)  # "from the DR Congo [led by]"
        for c in delegation.children
        if c.dep_ == "prep" and c.lower_ in {"from", "of"}  # "members of U.S. Congress [led by]"
        for g in c.children
    ]
    words += [  # "a delegation of U.S. [compound] lawmakers led by"
        w.text
        for c in delegation.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        for w in g.children
        if w.dep_ in {"amod", "compound"}
    ]
    codes = {code for w in words if (code := found.country_of_words(w)) is not None}
    return codes.pop() if len(codes) == 1 else None


_TAG = re.compile(r"^([^\W\d_][\w .'’-]{2,30}): \S")


def tagged_country(title: str | None) -> str | None:
    """The country a title is filed under: "Rwanda: Kagame Receives Envoy From Tshisekedi" (an aggregator's tag).

    Read as a dateline is: the story is told from there.
    """
    match = _TAG.match(title or "")
    if match is None:
        return None
    return gazetteer.lookup_country(match.group(1))


# Seats of an office whose releases speak for that office ("source: Kremlin"): its class and title.
PRINCIPAL_SEATS = {
    "kremlin": ("head of state", "President"),
    "white house": ("head of state", "President"),
    "elysee": ("head of state", "President"),
    "élysée": ("head of state", "President"),
    "blue house": ("head of state", "President"),
    "downing street": ("head of government", "Prime Minister"),
    "prime minister's office": ("head of government", "Prime Minister"),
    "kantei": ("head of government", "Prime Minister"),
}


def _principal(source: str | None) -> tuple[str, str] | None:
    """The office a release's source speaks for, when it names its seat: "Kremlin" -> the President."""
    key = (source or "").lower()
    return next((office for seat, office in PRINCIPAL_SEATS.items() if seat in key), None)


def _home_speaker(
    people: list[Person], home: str | None, parsed: Parsed, source: str | None = None
) -> list[Person]:
    """A government's own readout opens with its principal, untitled: "Vladimir Putin had a telephone conversation with ...".

    The person is the publishing government's; when the source is the seat
    of an office (the Kremlin, Downing Street), the person holds it.
    """
    if home is None:
        return people
    principal = _principal(source)
    first = next((s for s in parsed.sentences if not s.heading), None)
    if first is None:
        return people
    subjects = {t.i for t in tokens(first.doc) if t.dep_ in {"nsubj", "nsubjpass"}}
    result = []
    for person in people:
        opening = any(m.sentence == first.index and m.token in subjects for m in person.mentions)
        if opening and person.title is None and person.country is None and person.organisation is None:
            person = attrs.evolve(person, country=home)
            if principal is not None and gazetteer.title_fits(principal[1], home):
                person = attrs.evolve(person, role=principal[0], title=principal[1])
                principal = None  # one principal a release
        result.append(person)
    return result


_FAMILY_STYLES = frozenset({"sheikh", "sheikha", "shaikh", "shaikha"})  # a Gulf ruling family's members'
_GULF = frozenset({"AE", "BH", "KW", "OM", "QA", "SA"})
_GULF_STYLES = {  # the styles of the Gulf monarchies' ruling families, and where each is one
    **dict.fromkeys(_FAMILY_STYLES, _GULF),
    "sayyid": frozenset({"OM"}),
}
_PATRONYMIC = re.compile(r"\w+(?:ovich|evich|ovna|evna|ichna)", re.IGNORECASE)


def _romanized(words: list[str], country: str | None) -> list[str]:
    """A name in the romanization its country's own English usage settled on, where the news spells it
    several ways: a Ukrainian family name in "-skyy" ("Zelensky", "Zelenskiy", "Zelenskyi" are "Zelenskyy"),
    the Russian given name Sergei as "Sergey" (as Russia's foreign ministry writes it)."""
    if len(words) < 2:  # noqa: PLR2004 - a given name and a family name
        return words
    given = "Sergey" if country == "RU" and words[0] == "Sergei" else words[0]
    return [given, *words[1:-1], _romanized_family(words[-1], country)]


def _romanized_family(word: str, country: str | None) -> str:
    """A family name as ``_romanized`` prints it: "Zelensky", said alone, is Volodymyr Zelenskyy's."""
    return _UKRAINIAN_SKY.sub("skyy", word) if country == "UA" else word


_UKRAINIAN_SKY = re.compile(r"(?<=[a-z])sk(?:y|i|iy|yi|yj|ij)$")


def _printed(person: Person) -> Person:
    """Given name first for the Japanese written family-first; family first kept where English news keeps it.

    A patronymic goes ("Sergey Viktorovich Lavrov" is printed "Sergey Lavrov", "Ruslan Kazakbaev
    Aitbaevich" "Ruslan Kazakbaev"), as English news prints it; so does the style of a Gulf monarchy's
    ruling families ("Sheikh Mohamed" of the UAE is Mohamed, "Sayyid Badr bin Hamad" of Oman Badr bin
    Hamad), not a word of a name elsewhere (Bangladesh's "Sheikh Hasina").
    """
    words = person.name.split()
    if len(words) >= 2 and person.country in _GULF_STYLES.get(words[0].lower(), ()):  # noqa: PLR2004
        words = words[1:]
    if len(words) >= 3:
        last = [] if _PATRONYMIC.fullmatch(words[-1]) else words[-1:]  # "Ruslan Kazakbaev Aitbaevich"
        words = [words[0], *(w for w in words[1:-1] if not _PATRONYMIC.fullmatch(w)), *last]
    words = _romanized(words, person.country)
    longest = max(person.mentions, key=lambda m: (len(m.name.split()), -m.start))
    family = None
    if len(words) >= 2:
        if longest.family_first:
            family = words[0]
            if person.country == "JP":  # English news writes Japanese names given name first
                words = [*words[1:], words[0]]
        else:
            single = {
                _romanized_family(m.name, person.country) for m in person.mentions if len(m.name.split()) == 1
            }
            family = words[-1] if words[-1] in single else None
    return attrs.evolve(person, name=" ".join(words), family=family)
