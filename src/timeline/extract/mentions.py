"""Mentions: the people, offices and countries each sentence names, read off spaCy's parse.

A person is a PERSON entity (or capitalised words right after a title that
the model missed), trimmed of the titles, honorifics and country words the
model sometimes takes in. Around the name stand its title and its country:
before it ("Japanese Foreign Minister", "Japan's new foreign minister,",
"NATO Secretary General") or after it in apposition (", Minister of Foreign
Affairs of the Federative Republic of Brazil", ", the Indian prime minister").
An office named without a person ("Japan's new foreign minister") is kept
too: the cast may find who holds it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from timeline import gazetteer, timex
from timeline.extract import office, outlets
from timeline.extract.office import NOT_IN_NAME
from timeline.extract.normalize import ACRONYMS, Normalized
from timeline.extract.parse import span_text, tokens
from timeline.names import SUFFIXES

_ELIDED = re.compile(r"d['’][A-Z]")  # an elided particle and its name: "Cote d'Ivoire", "Giscard d'Estaing"
MONTHS_DAYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
_ROMAN = re.compile(r"[IVX]{1,4}")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@attrs.frozen
class Office:
    """A title with what stands around it: its class, status, and the country or organisation it is of."""

    title: str
    role: str
    status: str
    country: str | None
    organisation: str | None
    start: int  # article offsets of the title phrase
    end: int


@attrs.frozen
class PersonMention:
    """A person named in a sentence, with the office the text gives them there."""

    name: str  # as printed: given name first, capitals of family names undone
    start: int  # article offsets of the name
    end: int
    sentence: int  # index of the sentence in the article
    token: int  # the name's last token, in its sentence's document
    office: Office | None
    country: (
        str | None
    )  # from the name's own phrase, when it has one without a title ("the Japanese Kishida")
    possessive: bool  # "Kishida's meeting"
    family_first: bool  # written "IWAYA Takeshi": the family name in capitals first
    reference: bool = False  # not a name but a title standing for the person: "The Foreign Secretary"
    occupation: str | None = None  # a noun before the name that is no title: "correspondent Paula Wolfson"
    subject: bool = False  # the subject of its clause: "Liz Truss went to Moscow"


@attrs.frozen
class OfficeMention:
    """An office named without a person: "Japan's new foreign minister", "the Indian prime minister"."""

    office: Office
    sentence: int
    token: int  # the title's last token
    definite: bool  # "the Foreign Secretary", "Japan's foreign minister": one person, maybe named elsewhere
    subject: bool = False  # the subject of its clause: "The president of Brazil also met with X"
    country_after: str | None = None  # the country an "of" after the title names: "The President of Ghana"
    the: bool = False  # written with "the": "welcoming the Emir of Qatar", not "as foreign minister of Japan"


@attrs.frozen
class CountryMention:
    """A country named in a sentence (name, demonym or seat), with its token."""

    code: str
    sentence: int
    token: int
    start: int
    end: int


PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "into"})


_SPOKEN_TO = frozenset(
    {"speak", "talk", "write", "send", "convey", "deliver", "explain", "tell", "call", "letter", "message"}
    | {"reference", "refer", "reply", "respond", "response", "tribute", "condolence", "accord"}
)  # "a direct reference to Pakistan Prime Minister X's comments", "according to Kenya President Y"
_HEARD_FROM = frozenset({"call", "message", "letter", "invitation", "congratulation", "greeting"})


def _addressed(preposition: Token) -> bool:
    """ "spoke to Uganda Foreign Minister X", "paid a courtesy call to Indonesia President Y", "a call from
    Kenya President Z": whom one speaks to or hears from, not a place a comma left out would set off ("On
    the flight to Kenya President X told reporters", "Shipments from China President Y inspected")."""
    head = preposition.head.lemma_.lower()
    return (preposition.lower_ == "to" and head in _SPOKEN_TO) or (
        preposition.lower_ == "from" and head in _HEARD_FROM
    )


def _subject_named_at(doc: Doc | Span, start: int) -> bool:
    """Whether the name starting at ``start`` is a clause's subject ("... to China President X said")."""
    if start >= len(doc):
        return False
    token = doc[start]
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    after = token.i + 1  # the word after the name: "... President Joe Biden said", a verb with no subject
    return token.dep_ in {"nsubj", "nsubjpass"} or (
        after < len(token.doc) and token.doc[after].tag_ in {"VBD", "VBZ", "VBP", "MD"}
    )


def placed_by(preposition: Token, words: str) -> bool:
    """ "In Warsaw X ...": a country's name or seat after a preposition of place, before a name, is where; not
    a demonym ("spoke to Spanish Prime Minister X" is Spain's)."""
    return (
        preposition.lower_ in PLACE_PREPOSITIONS
        and gazetteer.country_forms().get(words.strip(), ("", "demonym"))[1] != "demonym"
    )


@functools.lru_cache(maxsize=1 << 14)
def country_of_words(words: str) -> str | None:
    """The country a few words name ("Japanese", "South Korea’s", "U.S.", "People’s Republic of China")."""
    words = words.strip().replace("’", "'")
    if not words or not (words[0].isupper() or words[1:2].isupper()):  # "eSwatini": a small letter, a capital
        return None
    return gazetteer.lookup_country(words) or _derived_demonym(words)


@functools.lru_cache(maxsize=1 << 14)  # the same entities' words come back sentence after sentence
def country_named_whole(words: str, kind: str | None = None) -> str | None:
    """The country words name whole ("Mexican", "South Korea's"), of one kind of form if asked ("demonym").

    Stricter than ``country_of_words``, which reads "Franci" of "Francis" as French.
    """
    words = words.removesuffix("'s").removesuffix("’s")
    hits = gazetteer.find_countries(words)
    if not hits or hits[0].start != 0 or hits[0].end != len(words) or kind not in {None, hits[0].kind}:
        return None
    return hits[0].code


@functools.cache
def _country_names() -> dict[str, str]:
    """One-word country names (five letters or more) by their first four letters' bucket."""
    names: dict[str, str] = {}
    for code, country in gazetteer.countries().items():
        if " " not in country.name and len(country.name) >= 5:
            names[country.name] = code
    return names


_DEMONYM_ENDINGS = ("ian", "an", "ean", "ese", "i", "ish", "ic", "ine", "n", "e")


def _derived_demonym(word: str) -> str | None:
    """ "Argentinian" -> AR, "Bahraini" -> BH: a country's name (or it less its last letter) and a demonym ending."""
    if len(word) < 6 or not word.isalpha():
        return None
    for name, code in _country_names().items():
        for stem in (name, name[:-1]):
            if word.startswith(stem) and word[len(stem) :] in _DEMONYM_ENDINGS:
                return code
    return None


@functools.lru_cache(maxsize=1 << 12)
def organisation_of_words(words: str) -> str | None:
    """The organisation a few words name ("NATO", "the European Union"), or None."""
    key = words.lower().strip()
    key = key.removeprefix("the ")
    for ending in ("'s", "’s"):
        key = key.removesuffix(ending)
    body, _, last = key.rpartition(" ")
    if body and last in _ORGANS:
        # "EU Commission", "AU Commission": the organisation's own body
        return office.ORGANISATIONS.get(key) or office.ORGANISATIONS.get(body)
    return office.ORGANISATIONS.get(key)


def _organisation_in_title(title: str) -> str | None:
    """The organisation a title names after its "of" or opens with: "High Representative of the European
    Union for Foreign Affairs", "Secretary-General of the United Nations", "European Union counterpart"."""
    if re.match(r"High Representative of the Union\b", title) or re.fullmatch(
        r"High Representative(?:\s*/\s*Vice[ -]President)?", title, re.IGNORECASE
    ):
        return "EU"  # the Union's own style for its foreign policy chief, and the title alone: the one whose
        # class is a foreign minister's (a state's or the UN's "High Representative for X" names its brief)
    opening = re.match(r"(?:[A-Z][\w'’-]* )+", title)
    if opening is not None and (found := organisation_of_words(opening.group(0))) is not None:
        return found  # the whole run of capitals: not "Arab League Council chairman", the council's
    words = opening.group(0).split() if opening is not None else []
    for end in range(len(words) - 1, 0, -1):  # "European Union High Representative": the body, then a title
        if words[end].lower() not in office.TITLE_WORDS:
            continue
        if (found := organisation_of_words(" ".join(words[:end]))) is not None:
            return found
    for match in re.finditer(r"\bof (?:the )?((?:[A-Z][\w'’-]*)(?: (?:of |of the )?[A-Z][\w'’-]*)*)", title):
        run = match.group(1)  # the whole name after "of": "European Union", "Organization of American States"
        if (found := organisation_of_words(run)) is not None:
            return found
    return None


_ORGANS = frozenset({"commission", "parliament", "secretariat"})  # an organisation's own bodies (not a
# council, whose chair may be a member state's minister: "Arab League Council chairman X")


def organisation_ending(words: str) -> str | None:
    """The organisation a phrase ends with: "the Commission of the African Union" the AU, as "the African
    Union Commission" (its executive named after it)."""
    pieces = words.split()
    found = next(
        (org for i in range(len(pieces)) if (org := organisation_of_words(" ".join(pieces[i:])))), None
    )
    if found is None and len(pieces) > 1 and pieces[-1].lower() in {"commission", "secretariat"}:
        return organisation_ending(" ".join(pieces[:-1]))
    return found


def _is_title_word(token: Token) -> bool:
    doc = token.doc
    lower = token.lower_  # (read once: most words are asked all three ways)
    return (
        (
            lower in office.TITLE_WORDS
            and not premier_as_adjective(token)
            and not _a_clock_time(token)
            and not (token.i > 0 and doc[token.i - 1].lower_ in SON_OF)  # "Hamad bin Sultan Al Mansoori"
            and not (  # "Sultan bin Saad Al X": a given name (not "Defence Secretary Ben Wallace")
                token.i + 1 < len(doc) and doc[token.i + 1].is_lower and doc[token.i + 1].lower_ in SON_OF
            )
        )
        or (
            lower == "government" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "president"
        )  # "the Spanish Government President Pedro Sánchez"
        or (
            lower == "co"
            and token.i + 2 < len(doc)
            and doc[token.i + 1].text == "-"
            and doc[token.i + 2].lower_ in office.TITLE_WORDS
        )  # "the Russian Co-Chair of the Minsk Group, X"
    )


def _a_clock_time(token: Token) -> bool:
    """ "PM" after the hour: "12:32 PM BdST", "at 3 PM" name no prime minister."""
    return (
        token.lower_ == "pm"
        and token.i > 0
        and re.fullmatch(r"\d{1,2}(?:[:.]\d{2})?", token.doc[token.i - 1].text) is not None
    )  # not "Denmark's 42nd PM"


def premier_as_adjective(token: Token) -> bool:
    """ "India's premier foreign policy conference": "premier" the adjective, first among things, no
    office."""
    if token.text != "premier":
        return False
    after = itertools.takewhile(  # "premier foreign policy and geo-economics conference"
        lambda t: t.text == "-" or (t.is_lower and (t.pos_ in {"ADJ", "NOUN", "PROPN"} or t.text == "and")),
        token.doc[token.i + 1 :],
    )
    return any(t.pos_ == "NOUN" and t.lower_ not in office.TITLE_WORDS for t in after)


def _title_word_before(doc: Doc | Span, j: int) -> bool:
    """A title word stands before ``j``, past any connectors: "Prime Minister of the | State"."""
    k = j - 1
    while k >= 0 and doc[k].lower_ in office.CONNECTORS:
        k -= 1
    return k >= 0 and _is_title_word(doc[k])


def elect_follows(doc: Doc | Span, i: int) -> bool:
    """Whether the word at ``i`` goes on as a title not yet held: "President[-elect]",
    "ambassador[-nominee]"."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in office.ELECT_WORDS


def _elect_after_a_title(doc: Doc | Span, k: int) -> bool:
    """The "elect" of "President-elect": a title goes on through it ("President-elect and Defence
    Minister")."""
    return k >= 2 and elect_follows(doc, k - 2) and _is_title_word(doc[k - 2])  # noqa: PLR2004 - title, "-"


def _cue_before(doc: Doc | Span, end: int) -> tuple[str | None, str | None, int, list[str]]:
    """Country, organisation, start token and qualifiers of the words before a title ending at ``end``."""
    qualifiers: list[str] = []
    j = end - 1
    country = organisation = None
    while j >= 0:
        word = doc[j].lower_
        if word in {"parliament", "parliamentary"} and doc[j].is_lower and doc[end].lower_ == "speaker":
            j -= 1  # "the Iraqi parliament speaker": the house's, its country's
            continue
        if _the_future(doc, j):
            break
        ranked = ranking_word(doc[j])  # "Kenya's [fifth] president", "Britain's [youngest] prime minister"
        if word in office.QUALIFIERS or word in {"-", "his", "her", "their", "its"} or ranked:
            if word in office.QUALIFIERS:
                qualifiers.append(word)
            j -= 1
            continue
        break
    if j >= 0 and doc[j].lower_ == "whose":
        return _whose_antecedent(doc, j), None, j + 1, qualifiers  # "Georgia, with whose Foreign Minister, X"
    if j >= 2 and doc[j].text == ")":  # "Republic of Korea (ROK) Foreign Minister"
        opening = next((k for k in range(j - 1, max(-1, j - 6), -1) if doc[k].text == "("), None)
        if opening is not None and opening > 0:
            j = opening - 1
    if j >= 0 and doc[j].is_punct and doc[j].text not in _POSSESSIVE and doc[j].text != ".":
        return None, None, j + 1, qualifiers  # "In Tanzania, President Obama": the comma ends the phrase
    if (
        j >= 2
        and doc[j].text in _POSSESSIVE
        and doc[j - 1].lower_ in {"department", "ministry", "office", "government", "administration"}
    ):  # "the US State Department's special envoy": the department's country
        k = j - 2
        while k >= 0 and doc[k].text[:1].isupper() and not country_of_words(doc[k].text):
            k -= 1
        if k >= 0 and country_of_words(doc[k].text):
            j = k
    if j >= 1 and doc[j].lower_ == "government" and country_of_words(doc[j - 1].text):
        j -= 1  # "Chinese Government Special Envoy X": the government's country
    if j >= 0:
        possessive = doc[j].text in _POSSESSIVE
        last = j - 1 if possessive else j
        for size in (6, 5, 4, 3, 2, 1):  # "People's Republic of China" before "Republic of China"
            first = last - size + 1
            if first < 0:
                continue
            words = span_text(doc, first, last + 1)
            code = country_of_words(words)
            org = None if code else organisation_of_words(words)
            if (code or org) and _of_something_else(doc[last]):
                break  # "close ally of Israel President Frank-Walter Steinmeier": Israel's ally, Germany's president
            if code and not possessive and first > 0 and placed_by(doc[first - 1], words):
                if not _addressed(doc[first - 1]) or _subject_named_at(doc, end):  # "spoke to Uganda
                    # Foreign Minister X": whose; not "In response to China President X said ...", a comma
                    # left out before the subject
                    break  # "In Warsaw Angela Merkel and Beata Szydlo discussed ...": where, not whose
            if code and first > 0 and gazetteer.a_region(span_text(doc, first - 1, last + 1)):
                break  # "Northern Ireland's First Minister": a region's, no country's
            if code or org:
                country, organisation = code, org
                j = first - 1
                break
    while j >= 0 and (
        (doc[j].lower_ in office.QUALIFIERS and not _the_future(doc, j))
        or (doc[j].text == "-" and j > 0 and doc[j - 1].lower_ in {"ex", "former"})
    ):  # "former British", "ex-British PM"
        if doc[j].lower_ in office.QUALIFIERS:
            qualifiers.append(doc[j].lower_)
        j -= 1
    return country, organisation, j + 1, qualifiers


_PRESIDING = frozenset({"speaker", "president", "chairman", "chairwoman", "chair", "chairperson"})
# the houses a "House of" names: "House of Representatives", "Chamber of Deputies"
_MEMBERS_HOUSES = frozenset({"representatives", "commons", "lords", "councillors", "councilors", "deputies"})
_HOUSE_QUALIFIERS = frozenset({"national", "state", "federal", "legislative"})  # "National Assembly"


def _house_ending_at(doc: Doc | Span, j: int) -> int | None:
    """The first token of a state's house whose name ends at ``j``, written with capitals before its presiding
    officer's title: "[House] Speaker", "[State Duma] Speaker", "[House of Councillors] President" (not a
    council's: "European Council President" is the Union's)."""
    if j < 0 or not doc[j].text[:1].isupper():
        return None
    if doc[j].lower_ in _MEMBERS_HOUSES and j >= 2 and doc[j - 1].lower_ == "of":  # noqa: PLR2004
        j -= 2
        if doc[j].lower_ not in office.HOUSES or not doc[j].text[:1].isupper():
            return None
    elif doc[j].lower_ not in _CHAMBERS:
        return None
    if j >= 1 and doc[j - 1].lower_ in _HOUSE_QUALIFIERS and doc[j - 1].is_title:
        j -= 1  # "National Assembly", "State Duma"
    return j


def _the_future(doc: Doc | Span, j: int) -> bool:
    """Whether "future" before a title is the noun: "the peaceful future President X envisions"."""
    return doc[j].lower_ == "future" and (doc[j].pos_ == "NOUN" or (j > 0 and doc[j - 1].pos_ == "ADJ"))


def _whose_antecedent(doc: Doc | Span, whose: int) -> str | None:
    """The country a "whose" before a title stands for, named right before it: "Georgia, with whose Foreign
    Minister, X, she also met", "Chile, whose President X"."""
    k = whose - 1
    if k >= 0 and doc[k].tag_ == "IN":
        k -= 1  # "with whose", "of whose"
    if k < 1 or doc[k].text != ",":
        return None
    for size in (4, 3, 2, 1):
        opening = k - size
        if (
            opening >= 0
            and (opening == 0 or doc[opening - 1].is_punct or doc[opening - 1].lower_ in {"in", "to", "and"})
            and (code := country_named_whole(span_text(doc, opening, k), kind="name")) is not None
        ):
            return code  # the country opens its phrase: not "Senator X of Georgia, whose", "New Mexico"
    return None


_PLACE_NOUNS = frozenset(
    {"palace", "hotel", "airport", "residence", "house", "hall", "square", "building", "castle", "compound",
     "estate", "stadium", "embassy", "mansion", "villa", "lodge", "resort"}
)  # fmt: skip


_NAMED_PLACES = frozenset(
    {"Airport", "Stadium", "Square", "Bridge", "Avenue", "Boulevard", "Highway", "Airbase"}
)


def _a_place_after(doc: Doc | Span, end: int) -> bool:
    """Whether a name is a place's, a place noun in small letters after it: "at the Bellevue presidential
    palace", "the Akasaka guest house" (not "President Bellevue's house", a possessive), or a named place's
    noun: "at Eloy Alfaro International Airport", "Kim Il Sung Square"."""
    k = end
    if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k += 1  # "presidential"
    if k < len(doc) and doc[k].lower_ in _PLACE_NOUNS and doc[k].text.islower():
        return True
    if k < len(doc) and doc[k].text in {"International", "Memorial", "National", "Presidential"}:
        k += 1  # "at President Eloy Alfaro International Airport", "the Jomo Kenyatta International Airport"
    return k < len(doc) and doc[k].text in _NAMED_PLACES


def _of_something_else(word: Token) -> bool:
    """Whether a country's word before a title is the object of "of" that hangs on a noun other than a title:
    "ally of [Israel] President X", "friend of [India] Prime Minister Y"."""
    return (
        word.dep_ == "pobj"
        and word.head.lower_ == "of"
        and word.head.head.pos_ == "NOUN"
        and word.head.head.lower_ not in office.TITLE_WORDS
        and word.head.head.lower_ not in office.HEADS
    )


def _title_run(doc: Doc | Span, start: int, stop: int) -> tuple[int, int] | None:
    """The longest run of title words in ``doc[start:stop]`` that holds a head word, trimmed of connectors."""
    while start < stop and doc[start].lower_ in office.CONNECTORS:
        start += 1
    while stop > start and doc[stop - 1].lower_ in office.CONNECTORS:
        stop -= 1
    if start >= stop or not any(doc[k].lower_ in office.HEADS for k in range(start, stop)):
        return None
    return start, stop


def _listed_with_titles_after(doc: Doc | Span, name_start: int) -> bool:
    """ "Mr. A, President of the Maldives, Ms. B, Prime Minister of Bangladesh": in a list whose names have
    their titles after them, the title before B's comma is A's."""
    end = name_start
    while end < len(doc) and (
        _a_name_word(doc[end]) or (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper())
    ):
        end += 1
    if end == name_start or not _title_follows(doc, end):
        return False
    k = name_start - 1
    while k >= 0 and doc[k].lower_.rstrip(".") in _STYLES:
        k -= 1  # "Ms."
    if k < 1 or doc[k].text != ",":
        return False
    k -= 1  # back over the title to what stands before it
    while k >= 0 and doc[k].text not in {",", ";", "(", "."}:
        if doc[k].pos_ in {"VERB", "AUX"}:
            return False  # "A, hosted the Minister for Foreign Affairs, B, and the Minister for Defence, C":
            # the title before B's comma is B's, the list's verb between
        k -= 1
    if not (k >= 1 and doc[k].text == "," and _a_name_word(doc[k - 1])):
        return False
    first = k - 1
    while first > 0 and _a_name_word(doc[first - 1]):
        first -= 1
    # not "President of Botswana A, President of Somalia, B, President of Djibouti C": A has his own title
    return not any(_is_title_word(t) for t in tokens(doc)[max(0, first - 4) : first])


_STYLES = frozenset({"mr", "ms", "mrs", "dr", "h.e", "he"})


def _subject_of_a_relative(doc: Doc | Span, name_start: int) -> bool:
    """ "The last Australian prime minister Xi met was Malcolm Turnbull", "the first leader Biden spoke with
    was": the name is the subject of a clause on the title, whose holder comes after "was"."""
    end = name_start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    ordinal = next(
        (
            t.i - doc[0].i
            for t in tokens(doc)[max(0, name_start - 6) : name_start]
            if t.lower_ in _ORDINAL_OF_A_SERIES or t.ent_type_ == "ORDINAL"
        ),
        None,
    )
    if end + 1 < len(doc) and doc[end].lemma_ == "have" and doc[end + 1].tag_ == "VBN":
        end += 1  # "the third UK prime minister Albanese has met"
    if (
        end >= len(doc)
        or ordinal is None
        or doc[end].tag_ not in {"VBD", "VBN"}
        or not all(
            t.is_lower or t.ent_type_ in {"NORP", "GPE"} for t in tokens(doc)[ordinal + 1 : name_start]
        )
    ):
        return False  # not "The first leader Prime Minister X spoke with was Y": X's own title before X
    after = end + 1 + (end + 1 < len(doc) and doc[end + 1].pos_ == "ADP")
    return (after < len(doc) and doc[after].lemma_ == "be") or (
        doc[end].lemma_.lower() in _MET_IN_A_SERIES
        and not any(
            c.dep_ in {"dobj", "prt"} or (c.dep_ == "prep" and c.lower_ in {"with", "on"})
            for c in tokens(doc)[end].children
        )
    )  # "... X met was Y"; "the third UK prime minister X has met since ...", met with no one of its own (not
    # "Japan's first female prime minister X met with Y")


_MET_IN_A_SERIES = frozenset({"meet", "host", "receive", "welcome", "call"})


_ORDINAL_OF_A_SERIES = frozenset({"last", "first", "only", "previous", "latest"})


# a seat or a style after a title and a comma: "Minister for Foreign Affairs, Senator X", "Foreign Affairs
# Minister, Ambassador Y" (the minister, styled by the post he held)
_SEAT_OR_STYLE = frozenset(
    {"Senator", "Prince", "Princess", "Sheikh", "Sheikha", "Ambassador"}
    | {"General", "Colonel", "Captain", "Admiral"}
)  # "Guinea's Transitional President, General X": a rank between the office and the name


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _a_places_end(doc: Doc | Span, start: int) -> bool:
    """Whether words start inside a place the model found that is a place whole: "York City" of "While in
    New York City, the president ..." (not "Narendra Modi" of the model's "the Republic of India Narendra
    Modi", nor "Xue Bing" of "the Horn of Africa Xue Bing")."""
    if doc[start].ent_iob_ != "I" or doc[start].ent_type_ not in _PLACES:
        return False
    return gazetteer.place_country(entity_of(doc[start]).text.removeprefix("the ")) is not None


def entity_of(token: Token) -> Span:
    """The named entity a token stands in, whole ("New Delhi" of "Delhi")."""
    doc = token.doc
    first = token.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first:end]


def _posted_in(doc: Doc | Span, comma: int) -> int | None:
    """Where " in <Place>" or " to <Country>" starts that ends at a name's comma: "the Ambassador of Great
    Britain [in BiH], Matthew Field", "Ambassador of the United States [to the Republic of Guyana], X"."""
    if comma < 3 or doc[comma].text != ",":  # noqa: PLR2004 - a title, "in" and a place
        return None
    k = comma - 1
    while k > comma - 4 and doc[k].text[:1].isupper() and doc[k].pos_ in {"PROPN", "NOUN"}:
        k -= 1
    if k < comma - 1 and doc[k].lower_ == "in":
        return k
    for k in range(comma - 2, max(0, comma - 9), -1):  # "Ambassador of X to the Republic of Guyana,"
        if doc[k].lower_ == "to" and country_of_words(span_text(doc, k + 1, comma).removeprefix("the ")):
            return k
    return None


def _posted_in_bare(doc: Doc | Span, name_start: int) -> int | None:
    """Where " in <seat>" starts right before a name, no comma between: "the Deputy High Commissioner of Sri
    Lanka [in New Delhi] Niluka K": the post's place, not the holder's country."""
    for size in (1, 2, 3):
        k = name_start - size - 1
        if k > 1 and doc[k].lower_ == "in" and country_of_words(span_text(doc, k + 1, name_start)):
            return k
    return None


_ENVOY_TITLE = re.compile(r"\b(?:ambassador|envoy|high commissioner|charg[ée] d'affaires)\b", re.IGNORECASE)


def _in_a_clause_before(word: Token, name_start: int) -> bool:
    """Whether a word stands in a relative clause that ends before a name: "who is set to be inaugurated as
    the 8th President of Indonesia, [Anwar]"."""
    return any(a.dep_ == "relcl" and a.right_edge.i < name_start for a in word.ancestors)


def office_before(doc: Doc | Span, name_start: int, offsets: Normalized, base: int) -> Office | None:
    """The title written right before a name, with its country or organisation.

    "Polish Minister of Defense Antoni Macierewicz", "Japan's foreign
    minister, Yoko Kamikawa", "the President of Kenya Uhuru Kenyatta",
    "Prime Minister of the State of Israel Naftali Bennett".
    """
    if _listed_with_titles_after(doc, name_start) or _subject_of_a_relative(doc, name_start):
        return None
    if (posting := _posted_in(doc, name_start - 1) or _posted_in_bare(doc, name_start)) is not None:
        posted = office_before(doc, posting, offsets, base)
        if posted is not None and _ENVOY_TITLE.search(posted.title):
            return posted  # "the Ambassador of Great Britain in BiH, Matthew Field": the post, then the name
    for size in (3, 2, 1):  # "Deputy Prime Minister and Foreign Minister Thailand Don Pramudwinai"
        start = name_start - size
        if start >= 1 and doc[start - 1].text[:1].isupper() and _is_title_word(doc[start - 1]):
            code = country_named_whole(span_text(doc, start, name_start), "name")
            if code is not None and (titled := office_before(doc, start, offsets, base)) is not None:
                return titled if titled.country or titled.organisation else attrs.evolve(titled, country=code)
    if name_start >= 3 and doc[name_start - 1].text in _SEAT_OR_STYLE and doc[name_start - 2].text == ",":
        office_held = office_before(doc, name_start - 2, offsets, base)  # the title before the comma
        if office_held is not None and (
            office_held.role != "other" or (office_held.country and doc[name_start - 1].text != "Senator")
        ):  # "Australian Minister for Foreign Affairs, Senator Penny Wong": the office, not the seat; "the
            # Minister of State for Foreign Affairs of Saudi Arabia, Prince X": the office, not the style
            return office_held
    seat = name_start - 1  # "Australian Foreign Minister Senator Penny Wong": the office, not the seat
    if seat >= 1 and doc[seat].text == "Senator" and doc[seat - 1].lower_ in office.HEADS:
        office_held = office_before(doc, seat, offsets, base)
        if office_held is not None and office_held.role != "other":
            return office_held
    if (named := _country_dashed_before(doc, name_start)) is not None:
        return _whose(named, None, offsets.at(base + doc[name_start - 1].idx))  # ": Germany – A, Latvia – B"
    j = name_start - 1
    if j >= 1 and doc[j].text == "," and (
        _in_an_opening_phrase(doc[j - 1], doc, name_start) or _in_a_clause_before(doc[j - 1], name_start)
    ):
        return None  # "On behalf of the President of Fiji, Rabuka bestowed ...", "to X, who is set to be
        # inaugurated as the 8th President of Indonesia, Anwar said": the title is another's
    if (
        j >= 1
        and doc[j].text == ","
        and _title_before(doc, j, comma=False)
        and (
            _in_apposition(doc, name_start)
            or _country_title_before(doc, j)
            or _set_off(doc, name_start)
            or _titled_reporter(doc, j)
            or _title_opens(doc, j)  # "Deputy Prime Minister and Minister of Foreign Affairs, X has met"
        )
        and not _object_of_an_opening_clause(doc[j - 1])
        and not _plural_head(doc[j - 1])  # "roundtable with CARICOM Foreign Ministers, Mr. X": not X's title
    ):
        j -= 1  # "Japan's foreign minister, Yoko Kamikawa", "the Prime Minister of Jamaica, Andrew Holness"
    last = j - 1 if j >= 1 and doc[j].text == "," else j
    envoy = envoy_for_before(doc, j) if j >= 1 and doc[j].text == "," else None
    if envoy is not None:  # "the EU envoy for dialogue between Belgrade and Pristina, Miroslav Lajčák"
        country, organisation, first, qualifiers = _cue_before(doc, envoy)
        return _office(doc, (envoy, envoy + 1), country, organisation, qualifiers, offsets, base, first)
    long_title = _long_title_before(doc, last)
    if long_title is not None and long_title > 0 and doc[long_title - 1].lower_ in _UNDER_WORDS:
        long_title -= 1  # "Deputy Chairman of the Cabinet of Ministers X": the head's deputy
    if long_title is not None:  # "The President of the Council of Ministers, Giorgia Meloni"
        country, organisation, first, qualifiers = _cue_before(doc, long_title)
        if country is None and organisation is None and (
            doc[last].lower_ in _CHAMBERS or doc[last].lower_ in _MEMBERS_HOUSES
        ):
            country = next(  # "President of the Italian Senate", "Speaker of the Knesset"
                (c for t in tokens(doc)[long_title + 3 : last + 1] if (c := country_of_words(t.text))), None
            ) or gazetteer.place_country(span_text(doc, long_title + 3, last + 1))  # "the State Great Hural"
        return _office(doc, (long_title, last + 1), country, organisation, qualifiers, offsets, base, first)
    of_government = _of_between(doc, j)
    if (
        of_government is not None
        and of_government[1] is not None
        and (opens := _long_title_before(doc, of_government[0])) is not None
    ):  # "the President of the Council of Ministers of the Italian Republic, Giorgia Meloni": Italy's
        if opens > 0 and doc[opens - 1].lower_ in _UNDER_WORDS:
            opens -= 1  # "Deputy Chairman of the Cabinet of Ministers of Turkmenistan X": the head's deputy
        _, _, first, qualifiers = _cue_before(doc, opens)
        whole = (opens, of_government[0] + 1)
        return _office(doc, whole, of_government[1], None, qualifiers, offsets, base, first)
    listed = _portfolios_before(doc, j) if j >= 1 and doc[j].text == "," else None
    if listed is not None:
        return _listed_office(doc, listed, j, offsets, base)
    listed = (
        _portfolios_before(doc, name_start, named=True)
        if name_start >= 4 and doc[name_start - 1].text[:1].isupper()
        else None
    )
    if listed is not None:  # "Greenland's Minister of Education, Culture and Foreign Affairs Ane Lone Bagger"
        return _listed_office(doc, listed, name_start, offsets, base)
    if 0 <= j < name_start and doc[j].lower_ in {"and", "&", "or"}:
        return None  # "Mexico's president-elect and Donald Trump share a call": the title is the other's
    of_country = of_government  # the same words: "President of Kenya", read once above
    if of_country is not None:
        j, country, organisation = of_country
        if country is None and organisation is None:
            of_country = None  # only the destination was named: the country comes from before the title
    stop = j + 1
    portfolio = _portfolio_named(doc, name_start) if of_country is None and j == name_start - 1 else None
    if portfolio is not None:
        j = portfolio  # "Minister of Public Security Wang Xiaohong": the portfolio is the title's
    while j >= 0 and (
        _is_title_word(doc[j])
        or (doc[j].lower_ in office.CONNECTORS and _title_word_before(doc, j))
        or (doc[j].text == "-" and j > 0 and _is_title_word(doc[j - 1]))  # "President-elect"
        or _region_of_portfolio(doc, j)
        or (doc[j].lower_ == "and" and j > 0 and _region_of_portfolio(doc, j - 1))
        or (
            doc[j].lower_ in PORTFOLIO_ENDS and _title_word_before(doc, j)
        )  # "Foreign Affairs and Expatriates"
        or _last_portfolio(doc, j)  # "Foreign Affairs and Regional Integration"
        or _portfolio_before_title(doc, j)  # "Public Security Minister"
        or _portfolios_listed_before_title(doc, j)  # "Education, Culture, Research and Technology Minister"
        or _in_a_region_before_title(doc, j)  # "US Deputy Middle East Envoy"
    ):
        j -= 1
    j = _portfolio_after_demonym(doc, j)
    run = _title_run(doc, j + 1, stop)
    if run is None:
        return None
    run = _serving(doc, _last_title(doc, run))
    if run[0] >= 1 and doc[run[0] - 1].lower_ in office.REGION_WORDS and doc[run[0] - 1].text[:1].isupper():
        run = (run[0] - 1, run[1])  # "Kurdistan Region President X": a region's president, no state's
    if (
        doc[run[1] - 1].lower_ == "ambassador"
        and run[1] - run[0] >= 2  # noqa: PLR2004 - a title and the style
        and any(doc[m].lower_ in office.HEADS for m in range(run[0], run[1] - 1))
    ):
        run = (run[0], run[1] - 1)  # "US Trade Representative Ambassador Katherine Tai": the style goes
    if of_country is not None and (country or organisation):
        _, _, first, qualifiers = _cue_before(doc, run[0])
        return _office(doc, run, country, organisation, qualifiers, offsets, base, first)
    country, organisation, first, qualifiers = _cue_before(doc, run[0])
    if country is None and organisation is None:
        country = _colleague_before(doc, run, offsets, base)
    if country is None and organisation is None and _counterpart_before(doc, run[0]):
        # "his Colombian counterpart, President Gustavo Petro": the counterpart's country is the name's;
        # "his Croatian counterpart, Minister X": a bare title says less than the counterpart does
        country, organisation, first, qualifiers = _cue_before(doc, run[0] - 2)
        if office.title_class(doc[run[0] : run[1]].text) == "other":
            run = (run[0] - 2, run[0] - 1)
    if country is None and organisation is None and run[0] >= 2 and doc[run[0] - 1].lower_ == "and":
        earlier = _of_between(doc, run[0] - 2)  # "Deputy Prime Minister of Qatar and Minister of State ..."
        if earlier is not None and not _whole_place(doc[earlier[0] + 2 : run[0] - 1].text):
            earlier = None  # "Minister of X of Vietnam A and High Representative ... B": A's country, not B's
        if earlier is not None:
            country, organisation = earlier[1], earlier[2]
        else:  # "Saudi Crown Prince and Prime Minister X": the demonym before the first of the two titles
            k = run[0] - 2
            while k >= 0 and (
                _is_title_word(doc[k])
                or doc[k].lower_ == "party"  # "Lao Party General Secretary and President X"
                or _elect_after_a_title(doc, k)  # "Indonesian President-elect and Defence Minister X"
                or (doc[k].text == "-" and k > 0 and _is_title_word(doc[k - 1]))
            ):
                k -= 1
            cue = _cue_before(doc, k + 1) if k + 1 <= run[0] - 2 else None
            if cue is not None and not (cue[2] > 0 and doc[cue[2] - 1].lower_ in {"the", "a", "an"}):
                country, organisation = cue[
                    :2
                ]  # not "the Chinese Ambassador and Foreign Minister X": two people
    if country is None and organisation is None:
        country = _country_of_a_title_chain(doc, run[0])
    return _office(doc, run, country, organisation, qualifiers, offsets, base, first)


def _country_of_a_title_chain(doc: Doc | Span, start: int) -> str | None:
    """The demonym opening a chain of titles one person holds, set off by commas: "Bahraini Crown Prince,
    Deputy Prime Minister and Defense Minister Prince X"."""
    k = start - 1
    for _ in range(3):  # titles
        if k < 1 or doc[k].text not in {",", "and"}:
            return None
        k -= 1
        if doc[k].text == "," and doc[k + 1].text == "and":
            k -= 1  # ", and"
        end = k
        while (
            k >= 0
            and doc[k].text[:1].isupper()
            and (_is_title_word(doc[k]) or doc[k].lower_ in PORTFOLIO_ENDS)
        ):
            k -= 1
        if k == end:
            return None  # no title before the comma: a list of people, not of one person's titles
        code = country_named_whole(doc[k].text, "demonym") if k >= 0 else None
        if code is None:
            continue
        before = k - 1
        while before >= 0 and doc[before].lower_ in office.QUALIFIERS:
            before -= 1  # "the interim Afghan Foreign Minister"
        if before >= 0 and doc[before].lower_ in {"the", "a", "an", "of"}:
            return None  # "the Kenyan President, Prime Minister X and ...": a list of people
        return code
    return None


def _serving(doc: Doc | Span, run: tuple[int, int]) -> tuple[int, int]:
    """A title grown back over the office it serves: "Head of the Office of the [President] of Ukraine",
    "National Security Advisor to the [President] of the United States" are the president's staff.

    The grown title opens with a staff head ("Head", "Chief", "National Security Advisor") and holds a word of
    service ("Office", "Advisor").
    """
    k = run[0] - 1
    if (
        k >= 2
        and doc[k].text[:1].isupper()
        and country_of_words(doc[k].text)
        and (doc[k - 1].lower_ == "the" or (doc[k - 1].lower_ == "to" and k == 2))
    ):
        k -= 1  # "the press secretary of the [Russian] leader X", "Aide to [Russian] President X said"
    definite = k >= 1 and doc[k].lower_ == "the"
    if definite:
        k -= 1
    if k < 1 or doc[k].lower_ not in {"of", "to"}:
        return run
    opening = k == 1 and doc[0].lower_ in STAFF_NOUNS  # "Aide to Russian President X announced": the
    # sentence opens on the staff title, no article before it, so X holds it
    if (opening or (definite and doc[k - 1].is_lower)) and doc[k - 1].lower_ in STAFF_NOUNS:
        # not "an advisor to President X", the president himself
        start = k - 1  # "the press secretary of the Russian leader X": the leader's staff, in small letters
        while start > 0 and doc[start - 1].is_lower and doc[start - 1].pos_ in {"NOUN", "ADJ"}:
            start -= 1
        return start, run[1]
    start = k
    while (
        start > 0
        and not doc[start - 1].is_punct
        and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in office.CONNECTORS)
        and not (doc[start - 1].lower_ == "and" and doc[start].lower_ in office.STAFF_HEADS)
    ):  # not past "and" before a staff head: "Minister X and Special Assistant to the PM Y"
        start -= 1
    while start < k and doc[start].lower_ in office.CONNECTORS:
        start += 1
    secretary_to = doc[k].lower_ == "to" and any(t.lower_ == "secretary" for t in tokens(doc)[start:k])
    if not secretary_to and (
        doc[start].lower_ not in office.STAFF_HEADS
        or not any(t.lower_ in office.SERVING for t in tokens(doc)[start:k])
    ):
        return run  # not "The Office of President X said": the office speaks, X holds no title of it; but
        # "Secretary to the Prime Minister X" serves him
    if secretary_to:  # from its own "Secretary" and the title words before it, not a name before them
        start = max(t.i - doc[0].i for t in tokens(doc)[start:k] if t.lower_ == "secretary")
        while start > 0 and _is_title_word(doc[start - 1]):
            start -= 1
    return start, run[1]


_LEADERS_SERVED = ("president", "leader", "prime minister", "premier", "king", "queen", "emir", "sultan")
_SERVED = re.compile(
    rf"\b(?:to|of) (?:the )?([A-Z][\w.-]+(?: [A-Z][\w-]+)?) (?:{'|'.join(_LEADERS_SERVED)})$",
    re.IGNORECASE,
)  # the leader a staff title serves, by their country's word: "adviser to the Brazilian president"
STAFF_NOUNS = frozenset(
    {"secretary", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "assistant"}
)
_CABINET = frozenset({"foreign minister", "defence minister", "finance minister", "trade minister"})


def _serving_of(doc: Doc | Span, k: int) -> bool:
    """Whether "of" at ``k`` joins a staff title to the leader it serves: "Press Secretary [of] the
    President", "Spokesperson [of] the Prime Minister" (not "Secretary of State", "Secretary of the Security
    Council", offices of their own)."""
    if doc[k].lower_ != "of" or k < 1:
        return False
    staff = doc[k - 1].lower_
    if staff == "secretary":
        if k < 2 or doc[k - 2].lower_ != "press":  # noqa: PLR2004 - "press secretary"
            return False
    elif staff not in STAFF_NOUNS:
        return False
    served = " ".join(t.lower_ for t in tokens(doc)[k + 1 : k + 4])
    return served.removeprefix("the ").startswith(_LEADERS_SERVED)


def _colleague_before(doc: Doc | Span, run: tuple[int, int], offsets: Normalized, base: int) -> str | None:
    """The country of a cabinet colleague listed before: "Japanese Foreign Minister Takeshi Iwaya, Defense
    Minister Gen Nakatani, and ...", "Malaysia's Prime Minister A, Foreign Minister B and Defence Minister
    C". The title a cabinet portfolio, the colleague's another or the head of government, and no country
    of the name's own after it; not "German Foreign Minister X, Prime Minister Y", "..., Defense Minister Z
    of Australia". A title of no class follows any titled colleague: "Turkish Foreign Minister A, Finance
    Minister B, Communications Director C, presidential spokesman D"."""
    if run[0] < 3 or doc[run[0] - 1].text not in {",", "and"}:  # noqa: PLR2004
        return None  # (asked first: most titles follow no list, and need no class)
    mine = office.title_class(doc[run[0] : run[1]].text)
    end = run[1]
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if any(_of_place(doc, end)):
        return None  # "Defense Minister Richard Marles of Australia": his own country
    start = run[0] - 1 - (doc[run[0] - 1].text == "and" and doc[run[0] - 2].text == ",")
    while (
        start > 0
        and doc[start - 1].pos_ not in {"DET", "ADP", "PUNCT", "CCONJ", "PRON"}  # "Can Yilmaz": "Can" an AUX
        and doc[start - 1].text[:1].isupper()
        and not _is_title_word(doc[start - 1])
    ):
        start -= 1
    if start == run[0] - 1:
        return None
    before = office_before(doc, start, offsets, base)
    if before is None or before.country is None:
        return None
    if british_by_title(before):
        return None  # "External Affairs Minister A, Foreign Secretary B and NSA C": not handed on
    listed = doc[run[0] - 1].text == "," or doc[run[0] - 2].text == ","  # "A, B, and C", not "A and C"
    leader = before.role in office.LEADERS  # "President A and Chief Executive B"
    envoy = office.an_envoys(doc[run[0] : run[1]].text)  # a guest's
    if mine == "other" and (listed or leader) and not envoy:  # "Turkish Foreign Minister A, Defence Minister
        return before.country  # B, presidential spokesman C": the staff of the government listed
    if mine not in _CABINET or before.role not in {*_CABINET, "head of government"}:
        return None  # "Malaysia's Prime Minister A, Foreign Minister B": a government listed, its head first;
        # not "Japanese Foreign Minister A and Ambassador B": a guest beside her
    return before.country if mine != before.role else None


def _counterpart_before(doc: Doc | Span, title: int) -> bool:
    """Whether a title is in apposition to a counterpart by country: "his Croatian counterpart, Minister"; not
    when the counterpart is in the phrase the sentence opens with and the name is the subject after it ("With
    his Finnish counterpart, Minister Tsahkna had a phone conversation with X": two people)."""
    return (
        title >= 3
        and doc[title - 1].text == ","
        and doc[title - 2].lower_ == "counterpart"
        and country_of_words(doc[title - 3].text) is not None
        and not _in_an_opening_phrase(doc[title - 2], doc, title + 1)
        and not _object_of_an_opening_clause(doc[title - 2])  # "Welcoming his Ghanaian counterpart,
        # President X recalled": the one welcomed
    )


def _object_of_an_opening_clause(title: Token) -> bool:
    """ "Greeting the Kyrgyz President, Tokayev said": the title is whom the opening clause's verb greets.

    A title before a comma and a name is the name's own ("the Prime Minister
    of Jamaica, Andrew Holness") unless it is the object of a participle
    clause the sentence opens with; the name after the comma is the subject
    of the sentence, someone else.
    """
    verb = title.head.head if title.dep_ == "pobj" else title.head
    return (
        title.dep_ in {"dobj", "pobj"}
        and verb.tag_ in {"VBG", "VBN"}
        and verb.dep_ == "advcl"
        and verb.i < title.i
        and verb.left_edge.i == 0
    )


def _in_an_opening_phrase(title: Token, doc: Doc | Span, name_start: int) -> bool:
    """ "On behalf of the President of Fiji, Rabuka bestowed ...": the title stands in the phrase the sentence
    opens with, and the name after the comma is the subject of the verb that phrase hangs on: two people. Not
    "In a meeting with the President of Kenya, Uhuru Kenyatta, Blinken said": there the name is set off by commas."""
    phrase = next((a for a in title.ancestors if a.dep_ == "prep" and a.left_edge.i == doc[0].i), None)
    if phrase is None:  # "(It bears noting that) prior to the meeting with the Head of State, X met": the
        # phrase on "prior" opens the clause
        phrase = next((a for a in title.ancestors if a.head.pos_ in {"VERB", "AUX"}), None)
        if phrase is None or phrase.dep_ not in {"prep", "advmod"}:
            return False
        start = phrase.left_edge.i
        if not (start == doc[0].i or (doc[start - 1].dep_ == "mark" and doc[start - 1].head == phrase.head)):
            return False
    if phrase.head.pos_ not in {"VERB", "AUX"}:
        return False
    if any(a.lower_ == "as" for a in title.ancestors if a.i >= phrase.i):
        return False  # "As President of Fiji, Rabuka ...": what the subject is
    k = name_start
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and k - name_start < 4:  # noqa: PLR2004
        k += 1
    if k + 1 < len(doc) and doc[k + 1].text == ",":
        return False  # "In his meeting with the Ambassador of Sudan, Mr. X, the Minister said": set off, X's title
    return doc[k].dep_ in {"nsubj", "nsubjpass"} and doc[k].head == phrase.head


# Titles whose words the title-word rules do not join: Italy's and Spain's heads of government, "the
# Chilean head of State, Michelle Bachelet", and the heads of a council that heads a state for a time ("the
# Chairman of the Sovereign Council, Abdel Fattah al-Burhan").
_LONG_TITLES = (
    "president of the council of ministers",
    "chairman of the council of ministers",
    "chairman of the cabinet of ministers",
    "president of the government",
    "head of state",
    "head of government",
    *(
        f"{head} of the {council} council"
        for head in office.COUNCIL_HEADS
        for council in office.RULING_COUNCILS
    ),
)


_LONG_TITLES_BY_LAST = {
    last: [title.split() for title in _LONG_TITLES if title.split()[-1] == last]
    for last in {title.split()[-1] for title in _LONG_TITLES}
}  # each long title's words, by its last word: the only ones a token can end


def envoy_for_before(doc: Doc | Span, comma: int) -> int | None:
    """The envoy a name's comma closes the mission of: "the EU envoy for dialogue between Belgrade and
    Pristina, X", "the UN Special Representative for the Sahel, Y": the head word's token."""
    k = comma - 1
    while k >= 2 and comma - k <= _MISSION_REACH:  # noqa: PLR2004 - "envoy", "for"
        token = doc[k]
        if token.pos_ in {"VERB", "AUX", "PRON"} or token.ent_type_ == "PERSON" or token.text in {",", ";"}:
            return None
        if token.lower_ == "for" and doc[k - 1].lower_ in ENVOYS:
            return k - 1
        k -= 1
    return None


ENVOYS = frozenset({"envoy", "representative", "coordinator", "rapporteur", "mediator", "negotiator"})
_MISSION_REACH = 8  # words from the comma back to "for"


def _portfolio_after_demonym(doc: Doc | Span, j: int) -> int:
    """Where a title's start goes back to past capitalised portfolio words joined by "and" that a demonym
    opens: "Greek [Shipping and Island] Policy Minister" (``j`` the word before the title's words)."""
    k = j
    joined = {"and", "&"}
    while k >= 1 and j - k < _PORTFOLIO_REACH and (doc[k].is_title or doc[k].lower_ in joined):
        if doc[k].lower_ != "and" and (
            country_named_whole(doc[k].text, "demonym") or doc[k].ent_type_ == "PERSON"
        ):
            break
        k -= 1
    if k < j and organisation_ending(span_text(doc, max(0, k - 3), j + 1)) is not None:
        return j  # "Organization of American States Secretary-General": a body's name, no portfolio
    words = doc[k + 1 : j + 1]
    if (
        k < j
        and any(t.lower_ == "and" for t in words[1:-1])
        and words[0].lower_ != "and"
        and country_named_whole(doc[k].text, "demonym")
    ):
        return k
    if (  # "Chinese [Public Security] Minister", "China's [Health] Minister": one portfolio, no "and"
        k < j
        and any(t.lower_ in {"minister", "secretary"} for t in tokens(doc)[j + 1 : j + 4])
        and all(_portfolio_word(t) and t.ent_type_ not in {"PERSON", "GPE"} for t in words)
        and (
            country_named_whole(doc[k].text, "demonym")
            or (doc[k].text in _POSSESSIVE and k >= 1 and country_named_whole(doc[k - 1].text, "name"))
        )
    ):
        return k if doc[k].text not in _POSSESSIVE else k - 1
    return j


def _portfolio_before_title(doc: Doc | Span, j: int) -> bool:
    """Whether ``j`` is a capitalised portfolio word before a title's or another portfolio's word: "[Public]
    Security Minister", "[Health] Minister"."""
    return (
        doc[j].lower_ in office.PORTFOLIOS
        and doc[j].text[:1].isupper()
        and j + 1 < len(doc)
        and (_is_title_word(doc[j + 1]) or doc[j + 1].lower_ in office.PORTFOLIOS)
    )


def _portfolios_listed_before_title(doc: Doc | Span, j: int) -> bool:
    """Whether ``j`` is a capitalised portfolio word, or the comma or "and" between two, of a list before a
    title's portfolio word: "[Education], Culture, Research and Technology Minister"."""
    if j + 1 >= len(doc):
        return False
    if doc[j].text in {",", "&"} or doc[j].lower_ == "and":
        return j > 0 and _a_portfolio_word(doc[j - 1]) and _a_portfolio_word(doc[j + 1])
    return _a_portfolio_word(doc[j]) and (doc[j + 1].text in {",", "&"} or doc[j + 1].lower_ == "and")


def _a_portfolio_word(token: Token) -> bool:
    return token.lower_ in office.PORTFOLIOS and token.text[:1].isupper()


def _portfolio_words_before(doc: Doc | Span, start: int) -> bool:
    """Whether only portfolio words stand between "of" or "for" after a head word and ``start``: "Minister
    for [Road and] Transport", not "Minister for Climate [Change]" (a word no portfolio's list holds)."""
    k = start - 1
    while k >= 1 and (_of_a_portfolio(doc[k]) or doc[k].lower_ in {"and", "&", ","}):
        k -= 1
    return k >= 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in office.HEADS


def _after_a_portfolio(doc: Doc | Span, start: int) -> bool:
    """Whether a name follows a portfolio of several words that ends a minister's title: "Minister of Foreign
    Affairs, Migration and Tunisians Abroad [Othman Jerandi]" (the model tags no person there)."""
    if start < 4 or doc[start - 1].lower_ not in PORTFOLIO_ENDS:  # noqa: PLR2004 - a head, "of", a word
        return False
    k = start - 1
    while k >= 1 and start - k <= _LONG_PORTFOLIO and (
        doc[k].text[:1].isupper() or doc[k].lower_ in {"and", "&", ","}
    ):
        if doc[k].lower_ in {"of", "for"}:
            break
        k -= 1
    return doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in office.HEADS


_LONG_PORTFOLIO = 10  # words back from a portfolio's last word to its "of"


def _of_a_portfolio(token: Token) -> bool:
    """A word a portfolio is written with: a listed portfolio's word or a title's ("Public", "Security")."""
    return token.lower_ in office.PORTFOLIOS or _is_title_word(token)


def _portfolio_named(doc: Doc | Span, name_start: int) -> int | None:
    """The head word of "Minister of Public Security [Wang Xiaohong]", "Minister for Health and Social Care
    [X]": capitalised words of a portfolio between "of" or "for" after a head and the name (not a country's:
    "President of Kenya [Uhuru Kenyatta]", which the country's rules read)."""
    k = name_start - 1
    while k >= 1 and name_start - k <= _PORTFOLIO_REACH and doc[k].lower_ not in {"of", "for"}:
        if not ((_portfolio_word(doc[k]) and _of_a_portfolio(doc[k])) or doc[k].lower_ in {"and", "&"}):
            return None  # not "Minister for Climate [Change] and Energy X", a word no portfolio's list holds
        k -= 1
    if not (1 <= k < name_start - 1 and doc[k].lower_ in {"of", "for"} and doc[k - 1].lower_ in office.HEADS):
        return None
    words = doc[k + 1 : name_start]
    if words[0].lower_ in {"and", "&"} or words[-1].lower_ in {"and", "&"}:
        return None
    if gazetteer.lookup_country(words.text) or organisation_of_words(words.text):
        return None
    return k - 1


def _long_title_before(doc: Doc | Span, end: int) -> int | None:
    """Where one of the long titles ending at token ``end`` starts, if one does."""
    if end < 0:
        return None
    for words in _LONG_TITLES_BY_LAST.get(doc[end].lower_, ()):
        start = end - len(words) + 1
        if start >= 0 and [t.lower_ for t in tokens(doc)[start : end + 1]] == words:
            return start
    house = end
    if end >= 2 and doc[end].lower_ in _MEMBERS and _of_a_house(doc, end):
        house = end - 2  # "Speaker of the House of Representatives X"
    council = doc[house].lower_ == "council"  # "Speaker of the Shura Council": a house only a speaker heads
    if (doc[house].lower_ in _CHAMBERS or council) and doc[house].text[:1].isupper():
        # "President of the Italian Senate X", "Speaker of the National Assembly X": the house's head, the
        # house of the country a demonym in it names
        k = house - 1
        while (
            k >= 0
            and house - k <= _HOUSE_WORDS
            and doc[k].text[:1].isupper()
            and doc[k].lower_ not in office.HEADS
        ):
            k -= 1  # "Italian", "National", "People's"
        headed = k >= 2 and (  # noqa: PLR2004 - the head word, "of", "the"
            doc[k - 2].lower_ == "speaker" if council else doc[k - 2].lower_ in _HOUSE_HEADS
        )
        if headed and (doc[k - 1].lower_, doc[k].lower_) == ("of", "the"):
            return k - 2
    return None


def _of_a_house(doc: Doc | Span, i: int) -> bool:
    """Whether the word at ``i`` ends a house's name: "House of [Representatives]"."""
    return doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in office.HOUSES


_MEMBERS_PLURAL = frozenset({"MPs", "MEPs", "MLAs", "MPPs", "TDs", "MNAs"})  # "met ... and [Riigikogu] MPs"
_MEMBERS = frozenset({"representatives", "commons", "lords", "councillors", "delegates", "deputies"})
_HOUSE_WORDS = 3  # the capitalised words a house's name may have before its noun
_HOUSE_HEADS = frozenset({"president", "speaker", "chairman", "chairperson", "chairwoman", "chair"})


def _portfolios_before(doc: Doc | Span, comma: int, *, named: bool = False) -> int | None:
    """Where "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates," starts, ending at ``comma``.

    A ministry of several portfolios, listed with commas and "and": the
    head word, "of" or "for", then capitalised words, commas and "and" only.
    """
    k = comma - 1
    commas = 0
    while k >= 1 and comma - k < 16:
        token = doc[k]
        if token.lower_ in {"of", "for"} and doc[k - 1].lower_ in office.HEADS:
            first = next((t.i for t in tokens(doc)[k + 1 : comma + 1] if t.text == ","), comma)
            if gazetteer.lookup_country(span_text(doc, k + 1, first).removeprefix("the ")):
                return None  # "the President of Kenya, Uhuru Kenyatta, Blinken said": a country, no portfolio
            return k - 1 if commas else None
        if token.text == ",":
            commas += 1
        elif not (
            token.text[:1].isupper()
            or token.lower_ in {"and", "&", "the"}
            or (token.lower_ == "for" and doc[k - 1].lower_ == "state")
        ):  # "Secretary of State for Foreign, Commonwealth and Development Affairs": the head's "of" further
            return None
        elif (
            named
            and (token.lower_ in office.HEADS or token.ent_type_ in {"PERSON", "NORP", "GPE"})
            and token.lower_ not in PORTFOLIO_ENDS  # "and Moroccans Abroad": the model's person or nation
            and not (token.ent_type_ == "NORP" and k + 1 < len(doc) and doc[k + 1].lower_ in PORTFOLIO_ENDS)
            and not (
                token.ent_type_ == "GPE"
                and gazetteer.place_country(token.text) is None
                and country_of_words(token.text) is None
            )  # "Foreign Affairs, [Migration] and Tunisians Abroad": the model's place, no place at all
        ):
            return None  # before a name: "Secretary of State Antony Blinken, and Japanese Foreign Minister" is two
        k -= 1
    return None


def _listed_office(doc: Doc | Span, head: int, comma: int, offsets: Normalized, base: int) -> Office:
    """The office of a ministry of several portfolios; a demonym among them is its country ("Moroccan Expatriates")."""
    portfolios = span_text(doc, head + 2, comma)
    country, organisation, first, qualifiers = _cue_before(doc, head)
    if country is None and organisation is None:  # "Moroccan Expatriates", "Mauritanians Abroad"
        words = [w.removesuffix("s") if w.endswith("ns") else w for w in portfolios.split()]
        country = next((hit.code for hit in gazetteer.find_countries(" ".join(words))), None)
    first_portfolio = re.split(r",| and ", portfolios)[0]
    office_here = _office(doc, (head, head + 2), country, organisation, qualifiers, offsets, base, first)
    under = f"{doc[head - 1].text} " if head > 0 and doc[head - 1].lower_ in _UNDER_WORDS else ""
    title = f"{under}{doc[head].text} {doc[head + 1].text} {first_portfolio.strip()}"  # "Vice President for
    # MCT, International Finance Corporation": no president
    whole = f"{under}{doc[head].text} {doc[head + 1].text} {portfolios.strip()}"
    if office.title_class(title) == "other" != office.title_class(whole):
        title = whole  # "Minister of Education, Culture and Foreign Affairs": the foreign minister
    return attrs.evolve(office_here, title=title, role=office.title_class(title))


_UNDER_WORDS = frozenset({"vice", "deputy", "assistant", "associate"})


def _region_of_portfolio(doc: Doc | Span, j: int) -> bool:
    """A region in a portfolio: "East Asian" of "Assistant Secretary of State for East Asian and Pacific
    Affairs"; a field: "Expatriates" of "Minister of Foreign and Expatriates Affairs"."""
    if not (doc[j].is_title and doc[j].is_alpha):
        return False
    opening = next((t.i for t in reversed(doc[max(0, j - 5) : j]) if t.lower_ in {"for", "of"}), None)
    after = doc[j + 1 : j + 6]
    end = next((t.i for t in after if t.lower_ == "affairs"), None)
    return (
        opening is not None
        and end is not None
        and all(t.is_title or t.lower_ == "and" for t in tokens(doc)[j + 1 : end])
        and all(
            (t.is_title and t.ent_type_ != "PERSON") or t.lower_ == "and"
                for t in tokens(doc)[opening + 1 : j]
        )  # not "Secretary of State Antony Blinken and Indian External Affairs Minister": another's title
    )


def _last_title(doc: Doc | Span, run: tuple[int, int]) -> tuple[int, int]:
    """ "Prime Minister and President Kenyatta": of two titles joined by "and", the one at the name.

    Two ministerial titles are one person's offices: "Fijian Prime Minister
    and Minister for Foreign Affairs Sitiveni Rabuka", "Deputy Prime Minister
    and Finance Minister Taro Aso" (the title's class is the higher office).
    """
    for k in range(run[1] - 1, run[0], -1):
        if doc[k].lower_ == "and" and any(doc[m].lower_ in office.HEADS for m in range(k + 1, run[1])):
            if any(doc[m].lower_ in office.HEADS for m in range(run[0], k)):
                if _ministerial(doc[run[0] : k]) and _ministerial(doc[k + 1 : run[1]]):
                    return run
                return k + 1, run[1]
    return run


def _ministerial(words: Span) -> bool:
    """A minister's, secretary's or adviser's title, not a president's, king's, secretary-general's or other
    head's."""
    heads = {t.lower_ for t in words if t.lower_ in office.HEADS}
    general = any(t.lower_ == "general" and t.i > 0 and t.nbor(-1).lower_ == "secretary" for t in words)
    return bool(heads) and heads <= {"minister", "secretary", "adviser", "advisor"} and not general


_SENT = frozenset({"representative", "envoy", "ambassador", "nuncio", "coordinator", "negotiator"})


_OFFICE_HEADS = frozenset({"president", "minister", "secretary", "chancellor", "premier"})


_A_BODY = office.SOCIETIES  # bodies whose presidents and chairs head no state: "the Peruvian Society of ..."


def _classed_title_ends_at(doc: Doc | Span, end: int) -> bool:
    """A minister's or secretary's title of a class ends at ``end``: "Secretary of National Defence"."""
    return any(
        doc[head].lower_ in {"minister", "secretary"}
        and doc[head + 1].lower_ in {"for", "of"}
        and office.title_class(span_text(doc, head, end + 1)) != "other"
        for head in range(end - 1, max(-1, end - 5), -1)
    )


def _classed_portfolio_ends_at(doc: Doc | Span, end: int) -> bool:
    """A minister's title of a portfolio with a class ends at ``end``, whatever its words: "Minister for
    Europe and Foreign Affairs" (of the French Republic)."""
    for head in range(end - 1, max(-1, end - 7), -1):
        if doc[head].lower_ in {"minister", "secretary"} and doc[head + 1].lower_ in {"for", "of"}:
            portfolio = tokens(doc)[head + 2 : end + 1]
            return (
                any(t.lower_ == "and" for t in portfolio)
                and not any(t.lower_ in _STATE_FORMS - {"and"} for t in portfolio)  # not "of the Republic"
                and office.title_class(span_text(doc, head, end + 1)) != "other"
            )
    return False


def _of_between(doc: Doc | Span, j: int) -> tuple[int, str | None, str | None] | None:
    """ "President of Kenya", "of the State of Israel," or "counterpart from Ecuador," ending at ``j``.

    Returns where the title ends, and the country or organisation.
    """
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].lower_ in _OFFICE_HEADS and all(
        t.lower_ != "and" for t in tokens(doc)[max(0, j - 7) : j]
    ):
        return None  # "representatives of U.S. President Joe Biden": the title ends the run, not the country
        # (not a style after the country, "of Pakistan Senator X", nor a second title, "of Malaysia and PKR
        # President X")
    aside = _bracketed_between(doc, max(0, j - 16), j)  # "Speaker of the Shura Council (consultative
    # assembly) of the Kingdom of Saudi Arabia": the words in brackets no part of the title's run
    last = j
    while last in aside:
        last -= 1  # "the Secretary-General of the United Nations (UN), X": the acronym after the name goes
    for k in range(j, max(-1, j - 8 - len(aside)), -1):
        if k in aside:
            continue
        if doc[k].lower_ == "of" and k - 1 in aside:
            before = k - 1
            while before in aside:
                before -= 1
            if (_long_title_before(doc, before) is not None or _classed_title_ends_at(doc, before)) and (
                code := _country_in(span_text(doc, k + 1, j + 1))
            ):
                return before, code, None  # "Speaker of the Shura Council (consultative assembly) of ...",
                # "Secretary of National Defence (Defence Minister) of the Philippines"
        if (
            doc[k].lower_ in {"of", "for", "from"}
            and k > 0
            and (
                _head_ends_at(doc, k - 1)
                or (doc[k].lower_ == "of" and _classed_portfolio_ends_at(doc, k - 1))
                or (
                    doc[k].lower_ == "of"
                    and _long_title_before(doc, k - 1) is not None
                    and _country_in(span_text(doc, k + 1, j + 1)) is not None
                )
            )  # "President of the Council of Ministers of the Italian Republic": Italy's
        ):
            words = span_text(doc, k + 1, last + 1)
            if k == j - 7 and country_of_words(words.removeprefix("the ")) is None:  # noqa: PLR2004 - seven
                continue  # words: only a state's whole name, "of the Democratic People's Republic of Korea"
            regions = [part.removeprefix("the ") for part in re.split(r",? and |, ", words)]
            if doc[k].lower_ == "for" and all(part in gazetteer.WORLD_REGIONS for part in regions):
                return k - 1, None, None  # "Minister for Europe and America, X": the world's parts
            if doc[k].lower_ == "for" and doc[k - 1].lower_ in _SENT and _country_in(words):
                return (
                    k - 1,
                    None,
                    None,
                )  # "Special Representative for Afghanistan": sent there, not from there
            if doc[j].lower_ in office.NATIONALS_ABROAD and doc[k].lower_ in {"of", "for"}:
                return None  # "Minister of Foreign Affairs and Senegalese Abroad": its nationals abroad, a
                # portfolio (the country comes from the title's own words)
            org = organisation_ending(words)
            if org is None and _A_BODY.search(words):
                return None  # "President of the Peruvian Society of International Law": a society's, and
                # the end of its name no one's
            code = None if org else _country_in(words)
            if code or org:
                return k - 1, code, org
            if doc[k].lower_ == "of" and words.lower() in {f"the {noun}" for noun in _STATE_NOUNS}:
                return k - 1, None, None  # "President of the Republic Sauli Niinistö": the state unnamed
            if doc[k].lower_ == "of" and doc[k - 1].lower_ == "speaker" and doc[j].lower_ in office.HOUSES:
                return k - 1, None, None  # "Speaker of the National Assembly X": a house of no country named
            portfolio = doc[k + 1 : j + 1]
            if (
                doc[k].lower_ == "for"
                and all(t.is_alpha for t in portfolio)
                and office.title_class(f"minister for {portfolio.text}")
                == "other"  # not "for Foreign Affairs"
            ):
                return (
                    k - 1,
                    None,
                    None,
                )  # "Minister for Climate Change, Simon Watts": a portfolio no class has
            return None
        if (
            k > 0
            and doc[k - 1].lower_ in office.HEADS
            and (doc[k].lower_ == "to" or (doc[k].lower_ == "in" and doc[k - 1].lower_ in _SENT))
        ):
            words = span_text(doc, k + 1, j + 1)
            if (
                organisation_of_words(words)
                or _country_in(words)
                or _countries_listed(words)
                or words.removeprefix("the ") in gazetteer.WORLD_REGIONS
            ):
                return (
                    k - 1,
                    None,
                    None,
                )  # "U.S. Ambassador to the United Nations Kelly Craft", "Jordan's Ambassador in Riyadh X",
                # "Indonesian Ambassador to Papua New Guinea and Solomon Islands X": sent to, not from; "US
                # Special Envoy to the Horn of Africa X": to a part of the world
        if doc[k].lower_ == "to" and k > 0 and _country_in(span_text(doc, k + 1, j + 1)):
            # "Ambassador of Canada to Mongolia Catherine Ivkoff": from the country after "of", sent to the
            # one after "to"
            sent_from = _of_between(doc, k - 1)
            return sent_from if sent_from is not None and (sent_from[1] or sent_from[2]) else None
        if not (
            doc[k].text[:1].isupper()
            or doc[k].lower_ in {"the", "of", "and"}
            or doc[k].text == "-"
            or (doc[k].text in {"'s", "’s"} and k > 0 and doc[k - 1].lower_ == "people")
            or _ELIDED.match(doc[k].text)
        ):
            return None  # "and" for "counterpart from Bosnia and Herzegovina, Elmedin Konaković"; "-" for
            # "President of Guinea-Bissau Umaro Embalo"; "'s" for "of the People's Republic of China";
            # "Minister of Cote d'Ivoire, X"
    return None


def _bracketed_between(doc: Doc | Span, start: int, end: int) -> set[int]:
    """The tokens from ``start`` to ``end`` that stand in brackets, the brackets with them."""
    inside: set[int] = set()
    opened: int | None = None
    for k in range(start, end + 1):
        if doc[k].text == "(":
            opened = k
        elif doc[k].text == ")" and opened is not None:
            inside.update(range(opened, k + 1))
            opened = None
    return inside


def _head_ends_at(doc: Doc | Span, end: int) -> bool:
    """A title with a head word ends at ``end``: "President", "Minister of Defense", "the Presidents" of a
    list (not "the State"), "President-elect"."""
    k = end
    if k >= 2 and elect_follows(doc, k - 2):  # noqa: PLR2004 - a title, a hyphen
        k -= 2
    while k >= 0 and (
        doc[k].lower_ in office.TITLE_WORDS
        or doc[k].lower_ in office.CONNECTORS
        or _plural_head(doc[k])
        or (doc[k].text == "-" and k > 0 and doc[k - 1].lower_ in office.TITLE_WORDS)  # "Secretary-General"
    ):
        if doc[k].lower_ in office.HEADS or _plural_head(doc[k]):
            return True
        k -= 1
    return False


def office_of_a_list(doc: Doc | Span, name_start: int, offsets: Normalized, base: int) -> Office | None:
    """The title a list of names is set off after, in the plural: "talks between the two countries' presidents,
    A of Tajikistan and B of Russia": each is a president (the country each's own "of")."""
    k = name_start - 1
    while k >= 1 and name_start - k < 16:  # noqa: PLR2004 - a list of two or three names with their countries
        token = doc[k]
        if token.text == "," and _plural_head(doc[k - 1]):
            if k == name_start - 1 and not _listed_on(doc, name_start):
                return None  # "roundtable with CARICOM Foreign Ministers, Sullivan proposed": one, no list
            return _plural_office(doc, k - 1, None, offsets, base)  # "foreign [ministers]"
        if _plural_head(token) and k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and _listed_on(doc, k + 1):
            return _plural_office(doc, k, None, offsets, base)  # "the meeting between presidents A and B"
        if (
            token.lower_ == "of"
            and _plural_head(doc[k - 1])
            and doc[name_start - 1].text == ","
            and (country := country_named_whole(span_text(doc, k + 1, name_start - 1))) is not None
        ):  # "with presidents of Djibouti, A, B of Tunisia and C of Estonia": A, the country told first
            return _plural_office(doc, k - 1, country, offsets, base)
        if not (
            token.text == ","
            or token.lower_ in {"of", "and", "the"}
            or token.pos_ == "PROPN"
            or token.ent_type_ in {"GPE", "NORP", "PERSON"}
        ):
            return None
        k -= 1
    return None


_OF_THE = frozenset({"exchequer", "treasury", "interior"})  # the portfolios a title names after "of the"


def _of_the_portfolio(doc: Doc | Span, k: int, stop: int) -> bool:
    """Whether ``k`` is the "of" or "the" before one of those portfolios: "Chancellor [of the] Exchequer"."""
    if doc[k].lower_ == "of":
        return k + 2 < stop and doc[k + 1].lower_ == "the" and doc[k + 2].lower_ in _OF_THE
    return (
        doc[k].lower_ == "the" and k + 1 < stop and doc[k - 1].lower_ == "of" and doc[k + 1].lower_ in _OF_THE
    )


def _listed_on(doc: Doc | Span, name_start: int) -> bool:
    """Whether the names from ``name_start`` make a list: an "and" or a comma before any verb."""
    for token in tokens(doc)[name_start + 1 : name_start + 16]:
        if token.pos_ in {"VERB", "AUX"}:
            return False
        if token.lower_ in {"and", "&"} or token.text == ",":
            return True
    return False


def countries_in_order(  # noqa: PLR0913 - the words, where, how to read a name, and how far
    doc: Doc | Span,
    start: int,
    end: int,
    lookup: Callable[[str], str | None],
    *,
    skipping: bool = False,
    widest: int = 3,
) -> tuple[list[str], int]:
    """The countries named one after another from ``start`` up to ``end`` ("Armenia and Georgia", "Australian
    and New Zealand": names of one to ``widest`` words, joined by "and" and commas), and where the reading
    stopped: at the first word that names none, or past it when ``skipping``."""
    found: list[str] = []
    i = start
    while i < end:
        if doc[i].lower_ in {"and", ","}:
            i += 1
            continue
        width, code = next(
            (
                (n, c)
                for n in range(widest, 0, -1)
                if i + n <= end and (c := lookup(span_text(doc, i, i + n))) is not None
            ),
            (1, None),
        )
        if code is None and not skipping:
            break
        if code is not None:
            found.append(code)
        i += width
    return found, i


def office_of_paired_lists(doc: Doc | Span, name_start: int, offsets: Normalized, base: int) -> Office | None:
    """The title a list of names follows in the plural, "of" as many countries in the same order: "The Prime
    Ministers of Armenia and Georgia Nikol Pashinyan and Irakli Garibashvili held talks": each name the
    country of its place in the list."""
    k = name_start - 1
    while k >= 1 and name_start - k < 20 and doc[k].lower_ != "of":  # noqa: PLR2004 - two or three of each
        if not (doc[k].pos_ == "PROPN" or doc[k].lower_ in {"and", ","}):
            return None
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    plural = (
        _plural_head(doc[k - 1])
        or (  # "Prime Ministers", tagged a proper noun in the singular
            doc[k - 1].text.endswith("s") and doc[k - 1].lower_[:-1] in office.HEADS
        )
    )
    if not plural:
        return None
    countries, i = countries_in_order(doc, k + 1, name_start, country_named_whole)
    names: list[int] = []
    for j in range(i, len(doc)):
        if doc[j].lower_ in {"and", ","}:
            continue
        if doc[j].pos_ != "PROPN":
            break
        if j == i or doc[j - 1].lower_ in {"and", ","}:
            names.append(j)
    if len(countries) < 2 or len(names) != len(countries) or name_start not in names:  # noqa: PLR2004
        return None
    return _plural_office(
        doc, k - 1, countries[names.index(name_start)], offsets, base
    )  # "Prime [Ministers]"


def _plural_office(
    doc: Doc | Span, head: int, country: str | None, offsets: Normalized, base: int
) -> Office | None:
    """The office one of a list holds, from the plural title it follows ("foreign [ministers]"): its title in
    the singular, with the title words before its head; none for a title no class places."""
    first = head
    while first > 0 and doc[first - 1].lower_ in office.TITLE_WORDS:
        first -= 1
    title = " ".join([*(t.text for t in tokens(doc)[first:head]), doc[head].text.removesuffix("s")])
    role = office.title_class(title)
    if role == "other":
        return None
    return Office(
        title=title,
        role=role,
        status="holder",
        country=country,
        organisation=None,
        start=offsets.at(base + doc[first].idx),
        end=offsets.at(base + doc[head].idx + len(doc[head].text)),
    )


def _plural_head(token: Token) -> bool:
    """ "Presidents", "Ministers": a head word in the plural, of a list of holders."""
    return token.tag_ in {"NNS", "NNPS"} and token.lower_.removesuffix("s") in office.HEADS


def _whole_place(words: str) -> bool:
    """Whether the words are a country's or an organisation's name and nothing more: "Qatar", "the State of
    Israel", not "Vietnam Bui Thanh Son"."""
    return bool(country_of_words(words.removeprefix("the ").strip()) or organisation_of_words(words))


def british_by_title(held: Office) -> bool:
    """Whether an office is Britain's only by its title's words ("Foreign Secretary"), which other governments
    use too: a country not to hand on to the next name of a list."""
    return held.country == "GB" and office.title_country(held.title) == "GB"


def _countries_listed(words: str) -> bool:
    """Whether words are two or more countries' names and nothing else: "Papua New Guinea and Solomon
    Islands", "Fiji, Tonga and Tuvalu"."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", words.strip())
    return len(parts) >= 2 and all(_country_in(part) for part in parts)  # noqa: PLR2004 - a list's two


def _country_in(words: str) -> str | None:
    """The country a phrase such as "the State of Israel" or "the Federative Republic of Brazil" names (not
    a body of it: "the Peruvian Society of International Law")."""
    if _A_BODY.search(words):
        return None
    code = country_of_words(words.removeprefix("the ").strip())
    if code:
        return code
    found = gazetteer.find_countries(words)
    return found[-1].code if len(found) >= 1 and len({f.code for f in found}) == 1 else None


_CLOSING_QUOTES = frozenset({"»", "”", ",»", ",”"})


def office_after(doc: Doc | Span, name_end: int, offsets: Normalized, base: int) -> Office | None:
    """A title in apposition after a name: ", Minister of Foreign Affairs of Brazil", ", Japan's foreign minister".

    In a long apposition (", Member of the Political Bureau ... and Minister
    of Foreign Affairs of the People's Republic of China,") the highest
    office named wins.
    """
    if any(t.text in _CLOSING_QUOTES for t in tokens(doc)[name_end : name_end + 2]):
        return None  # "«You have been missed, dear Lula,» the German leader said": the quote's end
    j = _past_aside(doc, name_end)
    if j + 1 < len(doc) and doc[j].lower_ == "of" and not _a_countrys_thing(doc, j + 1):
        country, organisation = _of_place(doc, j)
        if country or organisation:  # "President Macron of France", "President X of the European Parliament"
            return _whose(country, organisation, offsets.at(base + doc[j].idx))
    if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "of":
        end = next((t.i for t in tokens(doc)[j + 2 :] if t.is_punct or t.lower_ == "and"), len(doc))
        named = country_named_whole(span_text(doc, j + 2, end).removeprefix("the "), "name")
        if named is not None:
            return _whose(named, None, offsets.at(base + doc[j].idx))  # "These are A, of Chile and B, of the
            # Czech Republic": a listed envoy's country
    if (
        j + 1 < len(doc)
        and doc[j].lower_ == "from"
        and (named := _country_set_off(doc, j + 1, kind="name")) is not None
    ):
        return _whose(named, None, offsets.at(base + doc[j].idx))  # "his counterpart, X from Sao Tome and
        # Principe": a country's name whole, not "spoke with X from Washington"
    if j + 1 < len(doc) and doc[j].text in _DASHES and (named := _country_set_off(doc, j + 1)) is not None:
        return _whose(named, None, offsets.at(base + doc[j].idx))  # "include A – Cuba, B – Angola"
    if j < len(doc) and _listed_title(doc, j):
        j -= 1  # "Mr Sering Modou Njie Defence Minister of Gambia; Dr X ...": a list's title, no comma
    elif j >= len(doc) or doc[j].text not in {",", "("}:
        return None
    elif (named := _country_set_off(doc, j + 1)) is not None:
        # "Minister Pevkur, Estonia; Minister Sprūds, Latvia": a readout's list of ministers
        return _whose(named, None, offsets.at(base + doc[j].idx))
    j += 1
    lead = j + 1 if j < len(doc) and doc[j].lower_ in {"and", "or"} else j
    if lead < len(doc) and doc[lead].lower_ == "with":
        return None  # "the presidents of Argentina, X, and with the president of Guyana, Y": Y's title
    if lead < len(doc) and _aside_of_circumstance(doc, lead):
        return None  # "X, at the talks with the Thai premier, said": the premier is the other one
    stop = j
    while (
        stop < len(doc)
        and (
            doc[stop].text not in {",", ")", ";", ".", "--", "—", ":"}
            or _another_title(doc, stop)
            or _portfolio_goes_on(doc, stop)
        )
        and (
            doc[stop].pos_ not in {"VERB", "AUX"} or doc[stop].lower_ in office.QUALIFIERS
        )  # ", was received by the Prime Minister": no apposition; ", acting Prime Minister" is one
        and stop - j < 40
    ):
        stop += 1
    if (
        (lead > j or _last_named(doc, stop + 1))
        and stop + 1 < len(doc)
        and doc[stop].text == ","
        and doc[stop + 1].ent_type_ == "PERSON"
    ):
        return None  # "The President of the Republic, X, and the President of the French Republic, Y": the
        # title after "and" is the next name's; a caption's "X (left), Prime Minister, Y.": Y's, who ends it
    if (
        _subject_of_the_verb_after(doc, j, stop)
        or _plural_verb_after(doc, stop)
        or (_OPENING_COMPANY.match(span_text(doc, None, j)) and stop < len(doc) and doc[stop].pos_ == "VERB")
        or (_OPENING_SOURCE.match(doc[:j].text) and stop < len(doc) and doc[stop].pos_ in {"VERB", "AUX"})
    ):
        return None  # "at a press conference with Prime Minister X, the Commission President stressed";
        # a headline's "President X, U.S. President discuss ...": two who do it, the verb's agreement tells;
        # "Accompanied by Minister X, the Georgian Prime Minister also on Monday met": the title the
        # next clause's subject, no apposition
    best: Office | None = None
    k = j
    while k < stop:
        if doc[k].lower_ == "to" or _serving_of(doc, k):
            break  # ", Diplomatic Adviser to UAE President", ", Press Secretary of the President of the
            # Russian Federation": the title after "to" (or a staff title's "of") is the one served's
        if doc[k].lower_ == "with" and best is None:
            break  # "X, converses with Prime Minister of Japan Y": the title after "with" is the one met's
        if _another_named(doc, k):
            break  # "X, Prime Minister of Hungary and Y, President of Serbia": the title after Y is Y's
        office_here = _apposition_title(doc, k, stop, offsets, base)
        if office_here is None:
            k += 1
            continue
        found, end = office_here
        if j < k <= j + 2 and all(t.lower_ in office.TITLE_WORDS for t in tokens(doc)[j:k]):
            # ", Deputy United States Secretary of State": the rank before the country is the title's
            title = f"{span_text(doc, j, k)} {found.title}"
            found = attrs.evolve(found, title=title, role=office.title_class(title))
        if end < len(doc) and doc[end].text in _POSSESSIVE:
            break  # ", Undersecretary of State at the Prime Minister's Office": the title of the one served
        if _name_after_title(doc, end, stop) or _item_before_a_name(doc, j, stop):
            return None  # "..., Peter Maurer, Emir of Qatar Tamim bin Hamad": the title of the name after it
        if best is None or (office.RANK[found.role], found.country is not None) > (
            office.RANK[best.role],
            best.country is not None,
        ):
            best = found
        k = max(end, k + 1)
    named_after = _country_after(doc, stop) if best is not None and best.organisation is None else None
    if best is not None and named_after is not None and named_after != best.country:
        # "Cardinal Pietro Parolin, Secretary of State, Holy See": the state named after the title, not the
        # one the title alone would say
        role = office.title_class(best.title)
        if role in office.LEADERS and not gazetteer.title_fits_named(best.title, named_after):
            role = "other"
        if best.title.lower() == "secretary of state" and named_after != "US":
            role = "other"  # the Holy See's Secretary of State heads its government, not its diplomacy
        best = attrs.evolve(best, country=named_after, role=role)
    if best is not None and best.country is None and best.organisation is None:
        body = _BODY_OF_A_PEOPLE.search(best.title)
        if body and (code := country_named_whole(body.group(1), "demonym")) is not None:
            best = attrs.evolve(best, country=code)  # ", speaker of the Spanish Congress of Deputies"
    if best is not None and best.country is None and best.organisation is None:
        party = _PARTY_OF.search(span_text(doc, j, stop))
        words = party.group(1).split() if party is not None else []
        code = next(
            (c for n in range(len(words), 0, -1) if (c := country_named_whole(" ".join(words[:n])))), None
        )
        if code is not None:
            best = attrs.evolve(best, country=code)  # ", director of the Office of the Foreign Affairs
            # Commission of the Communist Party of China (CPC) Central Committee": the party's country
    if best is not None and best.country is None and best.organisation is None and best.role != "other":
        country = _portfolios_then_country(doc, stop)
        if country is not None:  # "Minister of Foreign Affairs, International Trade and Worship of Argentina"
            best = attrs.evolve(best, country=country)
    return best


_OPENING_COMPANY = re.compile(
    r"^\W*(?:Accompanied by|Joined by|Flanked by|Along with|Together with|Alongside)\b", re.IGNORECASE
)  # a sentence opened by who goes with its subject
_OPENING_SOURCE = re.compile(r"^\W*According to\b", re.IGNORECASE)  # "According to X, the Minister is
# expected to meet ...": who tells, then the clause's subject


def _another_named(doc: Doc | Span, k: int) -> bool:
    """Whether "and" at ``k`` brings in another person by name, past their styles: "and Aleksandar Vucic",
    "and Senator the Honourable Dr. Amery Browne" (not "and Minister of Defence")."""
    if doc[k].lower_ != "and":
        return False
    j = k + 1
    while j < len(doc) and (doc[j].lower_.rstrip(".") in _STYLES | _STYLE_WORDS or doc[j].text == "."):
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].lower_ not in office.TITLE_WORDS


_STYLE_WORDS = frozenset(
    {"the", "honourable", "honorable", "hon", "senator", "right", "rt", "excellency", "his", "her"}
)  # a name's styles before it: "and Senator the Honourable Dr. Amery Browne"


def _aside_of_circumstance(doc: Doc | Span, lead: int) -> bool:
    """The words set off after a name are a preposition and a meeting, not "as" or "of" a title: "X, in the
    meeting with the Italian prime minister, asked", "X, during his call with ...".

    An apposition is a noun phrase; a capacity is "as" ("X, as foreign minister,"), which stays.
    """
    word = doc[lead]
    if word.tag_ != "IN" or word.lower_ in {"as", "of", "from"}:
        return False
    if any(t.lower_ in {"as", "capacity"} for t in tokens(doc)[lead : lead + 6]):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _EVENT_NOUNS for c in word.children)
    # an event: not "X, at the time Poland's foreign minister,", "X, since 2022 the Polish foreign minister,"


_EVENT_NOUNS = frozenset(
    {"meeting", "talk", "talks", "call", "conversation", "discussion", "visit", "session", "summit",
     "audience"}
)  # fmt: skip


_BODY_OF_A_PEOPLE = re.compile(
    r"\bof the ([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Parliament|Congress|Senate|National Assembly|Assembly|"
    r"Chamber|House|Government|Cabinet|Armed Forces|Army|Navy|Air Force)\b"
)  # "Speaker of the Spanish Congress", "Chief of the Ghanaian Army": the demonym is the country


_PARTY_OF = re.compile(r"\bParty of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")  # "Communist Party of
# China", "Communist Party of Vietnam": a state's ruling party, named by the state


def _subject_of_the_verb_after(doc: Doc | Span, start: int, stop: int) -> bool:
    """The words from ``start`` to ``stop`` hold the subject of the verb at ``stop``: ", the Commission
    President [stressed]", "Accompanied by Minister X, the Georgian Prime Minister also on Monday [met]"."""
    return (
        0 < stop < len(doc)
        and doc[stop].pos_ in {"VERB", "AUX"}
        and any(
            doc[k].dep_ in {"nsubj", "nsubjpass"} and doc[k].head.i == doc[stop].i for k in range(start, stop)
        )
    )


def _plural_verb_after(doc: Doc | Span, stop: int) -> bool:
    """The sentence's verb right after a title, in the form two subjects take: "President X, U.S. President
    [discuss] ..." (not "X, chairman of the league, to [discuss]")."""
    return (
        stop < len(doc)
        and doc[stop].pos_ == "VERB"
        and doc[stop].tag_ in {"VB", "VBP"}
        and doc[stop].dep_ == "ROOT"
        and not any(c.dep_ == "aux" for c in doc[stop].children)
    )


def _whose(country: str | None, organisation: str | None, at: int) -> Office:
    """No title, only whose the name is: a country's or a body's, said after it."""
    return Office(
        title="", role="other", status="holder", country=country, organisation=organisation, start=at, end=at
    )


_DASHES = frozenset({"–", "—", "-", "--"})


def _country_dashed_before(doc: Doc | Span, name_start: int) -> str | None:
    """A country's name alone, then a dash, before a name, opening a list's item: "spoke with the foreign
    ministers: Germany – A and Lithuania – B"."""
    if name_start < 2 or doc[name_start - 1].text not in _DASHES:
        return None
    for size in (4, 3, 2, 1):
        start = name_start - 1 - size
        if start < 0 or (start > 0 and doc[start - 1].text not in {":", ",", ";", "and"}):
            continue
        code = country_named_whole(span_text(doc, start, name_start - 1))
        if code is not None:
            return code
    return None


def _country_set_off(doc: Doc | Span, start: int, kind: str | None = None) -> str | None:
    """A country's name alone after a name's comma, closing a list's item: ", Estonia;", ", Lithuania at the
    Pentagon" (not ", Estonia's defence minister", a title)."""
    for size in (4, 3, 2, 1):
        end = start + size
        if end > len(doc):
            continue
        if end < len(doc) and doc[end].text not in {";", ",", ".", "(", ")"} and doc[end].pos_ != "ADP":
            continue
        code = country_named_whole(span_text(doc, start, end), kind)
        if code is not None:
            return code
    return None


def _item_before_a_name(doc: Doc | Span, start: int, comma: int) -> bool:
    """Whether "the <title>," is a list's item before the name it is the title of, a name with no title after.

    "received by his host Magufuli, the Zambian High Commissioner to Tanzania,
    Grace Mujuma, and senior officials": the High Commissioner is Mujuma.
    """
    k = comma + 1
    if k >= len(doc) or start >= comma:
        return False  # the apposition runs to the sentence's end: no name after it
    anded = doc[start].lower_ in {"and", "or"}
    if anded:
        start += 1  # "..., the chairman of the parliament, B, and the Prime Minister of Lithuania, C."
    if (doc[start].lower_ != "the" and not anded) or doc[comma].text != "," or not _a_name_word(doc[k]):
        return False  # "..., A, and Prime Minister of Kosovo, B": a new item, "the" or not
    end = k
    while end < len(doc) and _a_name_word(doc[end]):
        end += 1
    if end >= len(doc) or doc[end].text in {".", ";"} or doc[end].lower_ in {"and", "or"}:
        return True
    return doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in {"and", "or"}


def _a_name_word(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or _name_goes_on(token)


def _another_title(doc: Doc | Span, comma: int) -> bool:
    """A long apposition goes on past its comma: ", Member of the Political Bureau ..., Director of the Office
    ..., and Minister of Foreign Affairs of the People's Republic of China"."""
    k = comma + 1
    if k < len(doc) and doc[k].lower_ == "and":
        k += 1
    return (
        doc[comma].text == ","
        and k + 1 < len(doc)
        and doc[k].text[:1].isupper()
        and doc[k].lower_ in office.HEADS | {"member", "director"}
        and doc[k + 1].lower_ in {"of", "for"}
    )


def _portfolio_end(doc: Doc | Span, start: int, end: int, stop: int) -> int:
    """Where a minister's title ends past portfolios that are no title words, when they give it a class:
    ", Minister of Small Business, Export Promotion and International Trade," is a trade minister."""
    if (
        end >= stop
        or doc[end - 1].lower_ not in {"minister", "secretary"}
        or doc[end].lower_ not in {"of", "for"}
    ):
        return end
    m = end + 1
    while m < stop and (
        doc[m].text[:1].isupper()
        or doc[m].lower_ in {"and", "&"}
        or (doc[m].text == "," and _portfolio_goes_on(doc, m))
    ):
        m += 1
    while m > end + 1 and (doc[m - 1].text == "," or doc[m - 1].lower_ in {"and", "&"}):
        m -= 1
    if (
        m == end + 1
        or gazetteer.find_countries(
            span_text(doc, end + 1, m)
        )  # "Prime Minister of Japan": the country, not a portfolio
        or office.title_class(span_text(doc, start, m)) == "other"
    ):
        return end
    return m


def _portfolio_goes_on(doc: Doc | Span, comma: int) -> bool:
    """A title's portfolios listed past a comma: "Minister of Small Business, Export Promotion and
    International Trade" (capitalised words up to the next stop, with an "and" among them)."""
    if doc[comma].text != ",":
        return False
    words = []
    for token in tokens(doc)[comma + 1 : comma + 9]:
        if token.is_punct:
            break
        words.append(token)
    return (
        len(words) >= 3  # noqa: PLR2004 - a portfolio, "and", a portfolio
        and any(t.lower_ == "and" for t in words[1:-1])
        and all(t.lower_ in {"and", "&"} or t.text[:1].isupper() for t in words)
        and not any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in words)
    )


def _portfolios_to_a_title(doc: Doc | Span, end: int) -> bool:
    """Whether a list of capitalised portfolios from ``end`` runs on to a title's head word: ", Culture,
    Research and Technology Minister"."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for token in tokens(doc)[end + 1 : end + 12]:
        if token.lower_ in office.HEADS and token.text[:1].isupper():
            return True
        if not (token.text in {",", "&"} or token.lower_ == "and" or token.text[:1].isupper()):
            return False
        if token.ent_type_ == "PERSON":
            return False
    return False


def _listed_title(doc: Doc | Span, j: int) -> bool:
    """Whether a title "... of <country>" follows a name with no comma, up to the end of a list's item.

    "In the meetings he met Mr A Defence Minister of Gambia; Dr B Defence
    Minister of Ethiopia and Mrs C ...": the list's titles after their names.
    """
    if not (doc[j].text[:1].isupper() and doc[j].lower_ in office.TITLE_WORDS):
        return False
    end = next(
        (k for k in range(j, min(len(doc), j + 12)) if doc[k].text in {";", ",", ".", "and"}),
        min(len(doc), j + 12),
    )
    words = list(doc[j:end])
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    return (
        of is not None
        and of > 0
        and all(t.text[:1].isupper() for t in words[:of])
        and any(t.lower_ in office.HEADS for t in words[:of])
        and any(t.text == ";" for t in tokens(doc)[max(0, j - 20) : min(len(doc), end + 1)])
    )


def _past_aside(doc: Doc | Span, end: int) -> int:
    """Where the words after a name go on, past an aside in brackets that holds no title.

    "Narendra Modi (Bharatiya Janata Party, conservative), the Prime
    Minister of India": the party aside hides the apposition after it.
    """
    if end >= len(doc) or doc[end].text != "(":
        return end
    close = next((k for k in range(end + 1, min(len(doc), end + 16)) if doc[k].text == ")"), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].text != ",":
        return end
    if any(t.lower_ in office.HEADS for t in tokens(doc)[end + 1 : close]):
        return end  # "(Prime Minister)": the aside is the title
    return close + 1


def _last_named(doc: Doc | Span, start: int) -> bool:
    """Whether a person's name starts at ``start`` and ends the sentence: "..., Prime Minister, Sitiveni
    Rabuka." (not "..., Celso Amorim, Special Adviser")."""
    if start >= len(doc) or doc[start].ent_type_ != "PERSON":
        return False
    end = start
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    return end >= len(doc) or doc[end].text in {".", "[", "("}


def _name_after_title(doc: Doc | Span, end: int, stop: int) -> bool:
    """Whether a name follows a title's end, past its "of Qatar": "Emir of Qatar [Tamim bin Hamad]",
    "Ambassador in Riyadh [Haitham Abu Alfoul]"."""
    n = end
    if n < stop and doc[n].lower_ in {"of", "in", "to"}:
        place = n + 1
        while place < stop and (country_of_words(doc[place].text) or doc[place].ent_type_ == "GPE"):
            place += 1
        if place == n + 1:
            return False  # "of the International Committee ...": no country, the title goes on
        n = place
    return n < stop and _name_goes_on(doc[n])


def _country_after(doc: Doc | Span, comma: int) -> str | None:
    """A country named alone after a title's comma, ending the apposition: ", Secretary of State, Holy See"."""
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    for size in (4, 3, 2, 1):
        end = comma + 1 + size
        if end > len(doc) or (end < len(doc) and doc[end].text not in {",", ".", ";", ")", "and"}):
            continue
        code = country_of_words(span_text(doc, comma + 1, end))
        if code is not None:
            return code
    return None


def _portfolios_then_country(doc: Doc | Span, comma: int) -> str | None:
    """The country closing a list of portfolios after a title: ", International Trade and Worship of Argentina"."""
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    for k in range(comma + 1, min(len(doc), comma + 12)):
        word = doc[k]
        if word.lower_ == "of" and k + 1 < len(doc):
            rest = [t for t in tokens(doc)[k + 1 : k + 5] if t.text not in {",", ".", ";", ")"}]
            end = next((i for i, t in enumerate(doc[k + 1 : k + 6]) if t.text in {",", ".", ";", ")"}), None)
            words = span_text(doc, k + 1, k + 1 + end) if end is not None else " ".join(t.text for t in rest)
            return _country_in(words)
        if not (word.is_title or word.lower_ in {"and", "&", ","}):
            return None
    return None


_APPOSITION_ENDS = frozenset({"who", "and", "which", "whose", "said", "says"})


_COPULAS = frozenset({"be", "become", "remain"})
_NAMED_AS = frozenset({"appoint", "name", "elect", "nominate", "swear", "choose", "pick", "install"})
_NAMINGS = frozenset({"appointment", "nomination", "election", "naming", "designation"})


def _predicates(doc: Doc | Span, name_end: int) -> list[Token]:
    """What the clause says its subject is or was made: the "minister" of "X became foreign minister"."""
    head = doc[name_end - 1]
    clause = _who_clause(head)
    if (
        clause is None
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in _NAMED_AS
        and head.head.tag_ in {"VBD", "VBZ", "VBN"}
    ):
        return _named_as(head.head) + _named_as(head)  # "The President appointed X as foreign minister",
        # "appointed X to the post of foreign minister" (the post hung on X); not "proposed appointing X as
        # defence minister", not yet done
    if (
        clause is None
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lemma_.lower() in _NAMINGS
    ):
        return _named_as(head.head.head)  # "announced the appointment of X as ambassador to Japan"
    if (
        clause is None
        and head.dep_ == "poss"
        and head.head.lemma_.lower() in _POSTS
        and not any(c.lower_ in _BYGONE for c in head.head.children)
    ):
        return [g for c in head.head.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        # "X's job as Defence Secretary": the post X holds (not "X's former role as ...")
    if clause is None and head.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = clause if clause is not None else head.head
    lemma = verb.lemma_.lower()
    if lemma in _COPULAS:
        return [c for c in verb.children if c.dep_ in {"attr", "oprd", "acomp"} and c.i > verb.i]
    if lemma in _NAMED_AS:
        if head.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children):
            return []  # "Johnson appointed X as Chancellor": the one he named holds it, not he
        targets = [c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj"} and c.i > verb.i]
        return targets + _named_as(verb)
    return [
        t
        for clause in verb.children
        if clause.dep_ == "advcl" and _by_pronoun(clause)
        for t in _named_as(clause)
    ]


_POSTS = frozenset({"job", "role", "post", "position"})
_BYGONE = frozenset({"former", "previous", "old", "earlier", "past"})


def _who_clause(name: Token) -> Token | None:
    """The clause of "X, who became foreign minister in September,", "X, who was appointed defence minister":
    a relative clause on the name whose subject is "who". After "A and B, who has been elected ...", the
    clause the parse hangs on A is B's, the name right before it."""
    holders = [name, name.head] if name.dep_ == "conj" and name.head.i < name.i else [name]
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "relcl"
            and c.i > name.i
            and (c.lemma_.lower() in _COPULAS or c.lemma_.lower() in _NAMED_AS)
            and any(g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ == "who" for g in c.children)
            and not any(k.dep_ == "conj" and name.i < k.i < c.i for k in name.children)  # the later one's
        ),
        None,
    )


def _named_as(verb: Token) -> list[Token]:
    """The office of "sworn in as president": the object of the verb's "as"; or of "appointed X to the post
    of foreign minister": the post's."""
    named = [g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return named + [
        office
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for post in c.children
        if post.dep_ == "pobj" and post.lemma_.lower() in {"post", "position", "office", "role", "portfolio"}
        for of in post.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for office in of.children
        if office.dep_ == "pobj"
    ]


def _by_pronoun(clause: Token) -> bool:
    """A clause of naming whose subject is "he" or "she": "X convened ..., hours after he was sworn in as Y"."""
    return clause.lemma_.lower() in _NAMED_AS and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"he", "she"} for c in clause.children
    )


def office_predicate(doc: Doc | Span, name_end: int, offsets: Normalized, base: int) -> Office | None:
    """A title the clause gives its subject: "X will be the next foreign minister", "X became president".

    Also "X was appointed (as) defence minister" and "X, who was sworn in as
    president". A future ("will be", "is to become") makes the office
    designate; "was the foreign minister" makes it former.
    """
    verb = _who_clause(doc[name_end - 1]) or doc[name_end - 1].head
    for target in _predicates(doc, name_end):
        if target.head.head.dep_ == "advcl":
            verb = target.head.head  # "..., hours after he was sworn in as Y": that clause's tense
        lemma = verb.lemma_.lower()
        start = target.left_edge.i
        found = _apposition_title(doc, start, target.right_edge.i + 1, offsets, base)
        if found is None:
            continue
        title = found[0]
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        if auxiliaries & {
            "will",
            "shall",
        }:  # "the next", "the incoming" are designate by their qualifier already
            return attrs.evolve(title, status="designate")
        if verb.lower_ == "of" and verb.head.lemma_.lower() in _NAMINGS - {"appointment", "designation"}:
            return attrs.evolve(title, status="designate")  # "the election of X as President": elect
        if lemma == "be" and verb.tag_ == "VBD" and title.status == "holder":
            return attrs.evolve(title, status="former")
        return title
    return None


def _apposition_title(
    doc: Doc | Span, j: int, stop: int, offsets: Normalized, base: int
) -> tuple[Office, int] | None:
    """A title starting at ``j`` (after an optional country and qualifiers), and where it ends."""
    start = j
    while j < stop and doc[j].lower_ in {"the", "a", "an", "and"}:
        j += 1
    country = organisation = None
    if j + 1 < stop and doc[j].lower_ in {"country", "nation"} and doc[j + 1].text in _POSSESSIVE:
        told = gazetteer.find_countries(span_text(doc, 0, j))
        country = told[-1].code if told else None  # "The South Korean government announced the appointment
        j += 2  # of X as the country's new ambassador": the country the sentence named last
    qualifiers: list[str] = []
    # a country or organisation before the title: ", Japan's foreign minister", ", Democratic Republic of
    # the Congo's foreign minister"
    for size in (6, 5, 4, 3, 2, 1):
        if j + size > stop:
            continue
        span = doc[j : j + size]
        code = country_of_words(span.text)
        org = None if code else organisation_of_words(span.text)
        if code or org:
            country, organisation = code, org
            j += size
            if j < len(doc) and doc[j].text in _POSSESSIVE:
                j += 1
            break
    while j < stop and (doc[j].lower_ in office.QUALIFIERS or ranking_word(doc[j])):
        if doc[j].lower_ in office.QUALIFIERS:
            qualifiers.append(doc[j].lower_)
        elif (
            doc[j].lower_ == "first"
            and j > 0
            and doc[j - 1].lower_ in {"the", "'s", "’s"}  # ", Guinea's first president": the founding one
            and j + 1 < stop
            and doc[j + 1].lower_ == "president"
        ):
            qualifiers.append("former")  # ", the first president of Lithuania following its 1990
            # independence": the founding president, before the one in office
        j += 1
    if j >= stop or not _is_title_word(doc[j]):
        return None
    k = j
    while k < stop and (
        _is_title_word(doc[k])
        or (
            doc[k].lower_ in office.CONNECTORS
            and k + 1 < stop
            and _is_title_word(doc[k + 1])
            and not _another_named(doc, k)  # not "Prime Minister and Senator Amery Browne, Minister of ..."
        )
        or (doc[k].text == "-" and k > j and k + 1 < stop and _is_title_word(doc[k + 1]))  # "Vice-President"
        or _of_the_portfolio(doc, k, stop)  # "Chancellor of the Exchequer"
    ):
        k += 1
    k = _portfolio_end(doc, j, k, stop)
    run = _title_run(doc, j, k)
    if run is None:
        return None
    if (
        k < len(doc)
        and doc[k].text[:1].isupper()
        and doc[k].pos_ == "PROPN"
        and not country_of_words(doc[k].text)
    ):
        return None  # ", U.S. Secretary of State Antony Blinken": the next person's title, not an apposition
    institution = _institution_after(doc, run[1], stop)
    if institution is not None:  # ", President of the National Assembly of Lao PDR": the assembly's office
        words = span_text(doc, run[1] + 1, institution)
        house = doc[institution - 1].text in gazetteer.LEGISLATURE_NAMES  # "of the Israeli Knesset"
        inside = {hit.code for hit in gazetteer.find_countries(words) if hit.possessive or house}
        if country is None and len(inside) == 1:
            country = next(iter(inside))  # ", president of Germany's Bundestag": Germany's house
        run, k = (run[0], institution), institution
    if country is None and organisation is None and not (
        run[1] < len(doc) and doc[run[1]].lower_ == "to" and office.an_envoys(span_text(doc, run[0], run[1]))
    ):  # not ", the ambassador to Japan": the country he is sent to
        country, organisation = _of_place(doc, run[1])
    opening = start > 0 and doc[start - 1].text in {",", "("}
    if (
        opening
        and k < len(doc)
        and doc[k].lower_ not in _APPOSITION_ENDS
        and not doc[k].is_punct
        and (
            doc[k].text[:1].isupper() or doc[k].lower_ in {"of", "for", "to"}
        )  # not "..., X's Minister after the meeting"
    ):
        after = k
        if doc[k].lower_ in {"of", "for", "to"}:
            while after < len(doc) and not doc[after].is_punct and after - k <= 8:
                after += 1
        if after < len(doc) and after == k:
            return None  # "Obama, Tanzanian President Discuss ...": a list in a headline, not an apposition
    del start
    return _office(doc, run, country, organisation, qualifiers, offsets, base, run[0]), k


_SEX = frozenset({"female", "woman", "male"})


def ranking_word(token: Token) -> bool:
    """A word ranking the holder among the office's holders: "Britain's [youngest] prime minister", "its
    [first] [female] president"; not a qualifier of the office itself."""
    return token.tag_ == "JJS" or token.ent_type_ == "ORDINAL" or token.lower_ in _SEX


def _institution_after(doc: Doc | Span, of: int, stop: int) -> int | None:
    """Where "of the National Assembly" after a title ends: the title is the institution's, not the state's."""
    if of >= stop or doc[of].lower_ != "of":
        return None
    k = of + 1
    while k < stop and (doc[k].lower_ == "the" or doc[k].text[:1].isupper() or doc[k].text in _POSSESSIVE):
        if office.INSTITUTIONS.fullmatch(doc[k].lower_) or doc[k].text in gazetteer.LEGISLATURE_NAMES:
            return k + 1  # "of the National Assembly", "of Germany's Bundestag"
        k += 1
    return None


# The words of a state's formal name before its short one.
_STATE_FORMS = frozenset(
    "the of republic kingdom commonwealth federal federative democratic people's islamic state socialist "
    "grand duchy principality sultanate union plurinational bolivarian hashemite cooperative co-operative "
    "independent united arab royal".split()
)  # "royal": "of the Royal Thai Army", "of the Royal Moroccan Armed Forces"


def _a_countrys_thing(doc: Doc | Span, k: int) -> bool:
    """Whether the words from ``k`` are a country's possessive: "assured President Lungu of [Zimbabwe's]
    support": the country's support, after the name, no title's "of"."""
    hits = gazetteer.find_countries(span_text(doc, k, min(len(doc), k + 4)))
    return bool(hits) and hits[0].start == 0 and hits[0].possessive


def _of_place(doc: Doc | Span, j: int) -> tuple[str | None, str | None]:
    """ "of the Federative Republic of Brazil", "of NATO", "of Japan" after a title."""
    if j >= len(doc) or doc[j].lower_ not in {"of", "for", "to"}:
        return None, None
    stop = j + 1
    while (
        stop < len(doc)
        and stop - j <= 8
        and (not doc[stop].is_punct or _inner_hyphen(doc, stop))  # "of Guinea-Bissau"
        and doc[stop].pos_ not in {"VERB", "AUX"}
    ):
        stop += 1
    words = span_text(doc, j + 1, stop).replace("’", "'")  # "of the People’s Republic of China"
    org = organisation_of_words(words)
    if org is None and (joined := next((t.i for t in tokens(doc)[j + 1 : stop] if t.lower_ == "and"), None)):
        org = organisation_of_words(span_text(doc, j + 1, joined))  # "of the European Commission and Janez X"
    if org:
        return None, org
    if _A_BODY.search(words):
        return None, None  # "President of the Peruvian Society of International Law": no state's
    found = gazetteer.find_countries(words)
    if found and all(w in _STATE_FORMS for w in words[: found[0].start].lower().split()):
        return found[0].code, None  # "of the Commonwealth of Australia", "of the Hashemite Kingdom of Jordan"
    code = country_of_words(words.removeprefix("the ").strip())
    if code is None and (last := words.rfind(" of ")) > 0:
        code = country_named_whole(words[last + 4 :].strip())  # "of Regional Agencies and Mechanisms of
        # Mexico": a long title's last words, a country's name whole
    return code, None


def _inner_hyphen(doc: Doc | Span, i: int) -> bool:
    """Token ``i`` is a hyphen inside a word: "Guinea-Bissau", "Timor-Leste"."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


_VENUES = frozenset({"palace", "hotel", "residence", "hall"})  # a meeting's place before a guest's title


def _institution_before(doc: Doc | Span, start: int) -> tuple[str, int]:
    """The body a title is of, written before it, and its first token: "[Senate] President", "[Supreme Federal
    Court] President"."""
    k = start
    while (
        k > 0
        and doc[k - 1].text[:1].isupper()
        and doc[k - 1].pos_ in {"PROPN", "NOUN", "ADJ"}
        and doc[k - 1].lower_ not in _VENUES  # "received at Al Shati Palace Democratic Party Senator X"
        and start - k < 4
    ):
        k -= 1
    words = span_text(doc, k, start)
    if office.INSTITUTIONS.search(words.lower()):
        return words, k
    house = _house_ending_at(doc, start - 1) if doc[start].lower_ in _PRESIDING else None
    if house is None:
        return "", start
    k = house - next(
        (n for n in (3, 2, 1) if house >= n and country_of_words(span_text(doc, house - n, house))), 0
    )
    return span_text(doc, k, start), k  # "US [House] Speaker", "Russian [State Duma] Speaker", "Japanese
    # [House of Councillors] President": the house, and the country before it


def _leaders_own(doc: Doc | Span, start: int) -> str | None:
    """The country of the leader whose staff a title before ``start`` is, written as a possessive: "the
    Moroccan King's [special envoy]", "the Russian President's [aide]", "the Indian Prime Minister's"."""
    if start < 3 or doc[start - 1].text not in {"'s", "’s"}:  # noqa: PLR2004 - a country, a leader, "'s"
        return None
    leader = next(  # "Prime Minister" (two words) or "King", and a country's word before it
        (
            n
            for n in (2, 1)
            if start > n + 1 and span_text(doc, start - 1 - n, start - 1).lower() in _LEADERS_SERVED
        ),
        None,
    )
    return country_of_words(doc[start - 2 - leader].text) if leader is not None else None


def _office(  # noqa: PLR0913 - the parts of one office
    doc: Doc | Span,
    run: tuple[int, int],
    country: str | None,
    organisation: str | None,
    qualifiers: list[str],
    offsets: Normalized,
    base: int,
    first: int,
) -> Office:
    while run[1] - run[0] > 1 and doc[run[0]].lower_ in office.QUALIFIERS:
        qualifiers.append(doc[run[0]].lower_)  # "acting President": the qualifier is no part of the title
        run = (run[0] + 1, run[1])
    if (
        run[1] - run[0] == 2  # noqa: PLR2004 - "first" and the title
        and doc[run[0]].text == "first"
        and doc[run[0] + 1].lower_ == "president"
        and run[0] > 0
        and doc[run[0] - 1].lower_ in {"the", "'s", "’s"}  # "Guinea's first president X" too
    ):
        qualifiers.append("former")  # "the first President of Kazakhstan X": the founding president, before
        run = (run[0] + 1, run[1])  # the one in office (not "First Vice President", a title of its own)
    title_span = doc[run[0] : run[1]]
    title = title_span.text
    held_by, opening = _institution_before(doc, run[0])
    if held_by:
        first = min(first, opening)  # the title's words begin with the body's
        words = held_by.split()
        lead = next((n for n in (3, 2, 1) if n < len(words) and country_of_words(" ".join(words[:n]))), 0)
        if lead:
            if country is None and organisation is None:
                country = country_of_words(" ".join(words[:lead]))  # "Lebanese Parliament Speaker": Lebanon's
            held_by = " ".join(words[lead:])
        title = f"{held_by} {title}"  # "Senate President", "Supreme Federal Court President": not the state's
    if 1 <= first < run[0] and doc[first - 1].lower_ in _UNDER_WORDS and doc[first - 1].text[:1].isupper():
        first -= 1  # "Deputy United States Secretary of State X": the rank before the country is the title's
        title = f"{doc[first].text} {title}"
    if title.lower().startswith("union ") and country is None and organisation is None:
        if run[0] >= 1 and (body := organisation_of_words(f"{doc[run[0] - 1].text} Union")) is not None:
            organisation, first = body, min(first, run[0] - 1)  # "the African Union chief X": the AU's
            title = f"{doc[run[0] - 1].text} {title}"
        else:
            country = "IN"  # "Union Home Minister X": India's government
    if country is None and organisation is None and (served := _SERVED.search(title)) is not None:
        country = country_of_words(served.group(1))  # "press secretary of the Russian leader": Russia's staff
    if country is None and organisation is None:
        country = _leaders_own(doc, run[0])  # "the Moroccan King's special envoy": Morocco's
    if country is None and organisation is None:
        organisation = _organisation_in_title(title)  # "High Representative of the European Union for ..."
    departmental = (  # "The Secretary of State for Northern Ireland, X": a British department's head, not
        # the American Secretary of State (Britain's foreign one is "for Foreign, Commonwealth ... Affairs")
        title.lower() == "secretary of state"
        and run[1] + 1 < len(doc)
        and doc[run[1]].lower_ == "for"
        and doc[run[1] + 1].text[:1].isupper()
        and doc[run[1] + 1].lower_ not in {"foreign", "state"}
    )
    if departmental and country is None and organisation is None:
        country = "GB"
    country = country or (None if organisation else office.title_country(title))
    role = "other" if departmental else office.title_class(title)
    if role in office.LEADERS and country and not gazetteer.title_fits_named(title, country):
        role = "other"
    if role in office.LEADERS and organisation:
        role = "other"  # "the President of the European Commission": an organisation's, no state's
    if country is not None and gazetteer.foreign_ministers_chancellor(title, country):
        role = "foreign minister"  # "Chilean Chancellor Roberto Ampuero": the Canciller
    if country == "US" and title.lower() == "state secretary":
        role = "foreign minister"  # "US State Secretary Mike Pompeo": elsewhere a junior minister's title
    if country not in {None, "US"} and title.lower() == "secretary of state":
        role = "other"  # "Kazakh Secretary of State X": a post at home, not the foreign minister's (Britain's
        # names its portfolio: "Secretary of State for Foreign Affairs")
    if (
        title.lower() == "leader"
        and country
        and not organisation
        and not _a_communitys(doc, first, run[0])
        and not _leads_a_body(doc, run[1])
    ):
        role = gazetteer.leader_role(
            country
        )  # "Kazakh Leader Kassym-Jomart Tokayev", "the leader of Finland"; not "Turkish Cypriot leader X",
        # a community's
    if title.lower() == "supreme leader" and country == "KP":
        role = "head of state"  # North Korea's leader, whose state has no president (Iran's has: its own)
    if country is None and organisation is None and re.search(r"\bnuncio\b", title, re.IGNORECASE):
        country = "VA"  # "Apostolic Nuncio to Chile X": the Holy See's ambassador, wherever posted
    start = doc[first].idx if first < run[0] else title_span.start_char
    return Office(
        title=" ".join(title.split()),
        role=role,
        status=office.status_of(qualifiers, title),
        country=country,
        organisation=organisation,
        start=offsets.at(base + start),
        end=offsets.at(base + title_span.end_char),
    )


_BODIES_LED = frozenset(
    {"council", "party", "movement", "front", "alliance", "coalition", "bloc", "organization", "organisation",
     "congress", "league", "group", "current", "association"}
)  # fmt: skip


def _leads_a_body(doc: Doc | Span, after: int) -> bool:
    """Whether "of" after a title "leader" names a body before its country: "leader of the Islamic Supreme
    Council of Iraq" leads a party, not Iraq."""
    if after >= len(doc) or doc[after].lower_ != "of":
        return False
    for token in tokens(doc)[after + 1 : after + 9]:
        if token.lower_ in _BODIES_LED:
            return True
        if country_of_words(token.text) or token.is_punct:
            return False
    return False


def _a_communitys(doc: Doc | Span, first: int, title: int) -> bool:
    """Whether the words before a title are two peoples' words, a community's: "Turkish Cypriot leader",
    "Bosnian Serb leader", "Kosovo Serb leader" lead no state."""
    words = [t for t in tokens(doc)[max(0, first - 1) : title] if t.is_alpha]
    return len(words) >= 2 and all(  # noqa: PLR2004 - a people and the one within it
        country_named_whole(t.text, "demonym") or country_named_whole(t.text, "name") for t in words[-2:]
    )


# Ranks before a name, military and the Church's: no part of it, though no office either.
_RANKS = frozenset(
    "colonel lieutenant major admiral brigadier marshal commodore captain "  # military
    "cardinal archbishop bishop monsignor "  # the Church's
    "ayatollah grand hojatoleslam hojjatoleslam hojatolislam hujjatoleslam hujjatoeslam hujjatulislam".split()
)  # a Shia cleric's: "Ayatollah Ali Khamenei", "Grand Ayatollah Ali al-Sistani", "Hojatoleslam X"

_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+['’][^\W\d_]+")  # "Hu’akavameiliku", "O'Connor"


_STATE_NOUNS = frozenset({"republic", "kingdom", "federation", "confederation", "principality", "nation"})
PORTFOLIO_ENDS = frozenset(
    {
        "abroad",
        "affairs",
        "cooperation",
        "expatriates",
        "integration",
        "logistics",  # "Minister of Defence and Armed Forces Logistics"
        "relations",
        "peoples",
        "trade",
        "veterans",  # "Minister of Defence and Military Veterans"
        "worship",
    }
)  # "Minister for Pacific [Peoples] Dr X", "... and External [Trade] Marc Ati": the portfolio's last word,
# then the name


_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth"}
)  # fmt: skip


def _a_thing_with_an_article(ent: Span) -> bool:
    """One word after "the" and a word in small letters: "to the new Zim!", a country's nickname; no one is
    named so (not "the late X", "the then Minister")."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent.start >= 2
        and doc[ent.start - 2].lower_ == "the"
        and doc[ent.start - 1].is_lower
        and doc[ent.start - 1].pos_ == "ADJ"
        and doc[ent.start - 1].lower_ not in {"late", "then", "former", "incumbent", "outgoing"}
    )


def _split_at_commas(ents: Sequence[Span]) -> list[Span]:
    """The model's names, one per part of an entity a comma splits: "After meeting with [Ánh Xuân, Harris]
    had talks" names two people; but "Ferdinand Marcos, Jr." is one."""
    parts: list[Span] = []
    for ent in ents:
        start = ent.start
        for token in ent:
            following = token.nbor() if token.i + 1 < ent.end else None
            if (
                token.text == ","
                and following is not None
                and following.text[:1].isupper()
                and following.lower_.rstrip(".") not in SUFFIXES
                and token.i > start
            ):
                parts.append(Span(ent.doc, start, token.i, label=ent.label))
                start = token.i + 1
        parts.append(ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label))
    return parts


# A headline's verbs, written with a capital like the names around them: "Ghanaian President Calls Buhari",
# "President X Wraps Up Visit"
HEADLINE_VERBS = frozenset(
    "calls meets receives hosts holds phones visits welcomes greets tells urges thanks congratulates "
    "invites says asks talks speaks discusses briefs wraps concludes arrives departs begins pays chairs "
    "condemns decries attends addresses signs opens leaves returns hails lauds slams vows pledges "
    "backs".split()
)


def _clean_name(span: Span) -> tuple[int, int] | None:
    """The token range of the name itself inside an entity: titles, country words and possessives cut."""
    start, end = span.start, span.end
    doc = span.doc
    for back, n in (
        (1, 2),
        (1, 1),
        (2, 1),
    ):  # "the Kingdom of Saudi [Arabia Mohammed bin Salman]": an entity cut inside a country's name;
        # "of French [Polynesia]", "of Trinidad and [Tobago]": the entity is all of the name's end, no one
        if start >= back and start + n <= end and country_of_words(span_text(doc, start - back, start + n)):
            start += n
            break
    while start < end:
        word = doc[start]
        lower = word.lower_
        if (
            _is_title_word(word)
            or lower in _RANKS  # "Colonel General Zakir Hasanov"
            or lower in _ORDINALS  # "Zambia's [Fourth] Republican President X": the holder's rank
            or lower in office.QUALIFIERS
            or lower in office.CONNECTORS
            or lower in _STATE_NOUNS  # "President of [the Republic Sauli Niinistö]"
            or lower in PORTFOLIO_ENDS  # "Minister of ... and Moroccans [Abroad Nasser Bourita]"
            or word.is_punct
            or organisation_of_words(word.text)
            or lower in {"commission", "secretariat", "member"}  # "[African Union] Commission Moussa
            # Faki", "Cabinet [Member Prince Turki]"
            or (
                word.i == 0 and word.tag_ == "VBG" and end - start >= 2  # noqa: PLR2004 - not "Sterling X"
            )
            # "[Receiving Khamchen], who ...", "[Welcoming Lula] in Brasilia, ...": a clause's verb opening it
            or (_opens(word) and lower in _OPENING_VERBS and end - start >= 3)  # noqa: PLR2004 - a verb and
            # a name of two words: '"Met HE Ms. Maria Elisabetta Alberti Casellati, President-Italian Senate",
            # Birla said in a tweet', the honorifics gone
            or (lower in _MEMBERS and word.i >= 2 and _of_a_house(doc, word.i))
            # "the House of [Representatives Puan Maharani]": the house's name ends
        ):
            start += 1
            continue
        size = (
            next(  # "South Africa Naledi Pandor", "Saudi Arabia's Mohammed bin Salman": the country goes
                (
                    n
                    for n in (3, 2, 1)
                    if start + n <= end  # "[French Polynesia]" whole, not "French" and a name "Polynesia"
                    and country_of_words(written := span_text(doc, start, start + n))
                    and (
                        gazetteer.form_kind(written) != "seat"  # "Santiago Peña": a given name, not Chile's
                        # capital; "[Abu Dhabi] Crown Prince X": the title's country; "[Riigikogu] MPs", a
                        # parliament, no one's name
                        or written in gazetteer.LEGISLATURE_NAMES
                        or (start + n < end and _is_title_word(doc[start + n]))
                    )
                ),
                0,
            )
            or next(  # "the [African Union Commission Moussa Faki Mahamat]": the organisation goes
                (
                    n
                    for n in (4, 3, 2)
                    if start + n < end and organisation_of_words(span_text(doc, start, start + n))
                ),
                0,
            )
            or next(  # "President of the [Asian Development Bank Masatsugu Asakawa]": a body, then the name;
                # "[Organization Deemah Al-Yahya]" of "the Digital Cooperation Organization Deemah Al-Yahya":
                # a run cut after a portfolio's word ("Cooperation"); "the Latvian [Parliament Zanda]
                # Kalnina": a run cut before the model's person, the name's end
                (
                    n
                    for n in (4, 3, 2, 1)
                    if (
                        start + n + 2 <= end
                        or (
                            start + n + 1 == end
                            and _a_persons_start(doc, end)
                            and doc[start + n].pos_ == "PROPN"  # the model's body may run on into it:
                            # "[the National Assembly Marzouq] Ali Al-Ghanem"
                            and not _is_title_word(doc[start + n])
                            and not country_of_words(doc[start + n].text)
                            and doc[start + n].lower_ not in _RANKED_STYLES | MONTHS_DAYS  # "Committee
                            # [Sheikh] Joaan"
                        )
                    )
                    and doc[start + n - 1].lower_ in _BODY_ENDS
                    and all(t.is_title for t in tokens(doc)[start : start + n + 2])
                    and (  # "the [Sejm Szymon Holownia]"; not "with Duma Gideon Boko", his given name
                        n > 1
                        or doc[start].lower_ not in office.NAMED_HOUSES
                        or (start > 0 and doc[start - 1].lower_ == "the")
                    )
                ),
                0,
            )
        )
        if not size:
            break
        start += size
    while end > start and (
        doc[end - 1].text in _POSSESSIVE
        or (doc[end - 1].is_punct and doc[end - 1].text != ".")
        or doc[end - 1].lower_ in office.HEADS  # "[BNP] Chairperson and former Prime Minister X": a title
        or (doc[end - 1].lower_ in HEADLINE_VERBS and end - start >= 3)  # noqa: PLR2004 - "President
        # [Akufo-Addo Wraps] Up Visit": a headline's verb, the entity running on
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in {"ADP", "DET", "CCONJ", "SCONJ"})  # "[Leo Varadkar
        # at]" of "met Taoiseach Leo Varadkar at Stormont", the model's entity running on
    ):
        prefixed = end - start >= 4 and doc[end - 2].text == "-"  # noqa: PLR2004 - a name, prefix, verb
        if doc[end - 1].lower_ in HEADLINE_VERBS and prefixed:
            end -= 2  # "[Li Qiang Co-chairs] the Meeting": the verb's prefix too
        end -= 1
    if end - start == 1 and doc[start].text.isupper() and len(doc[start].text) <= 4:  # noqa: PLR2004
        return None  # "BNP" of "BNP Chairperson": a party's letters, no name
    while (
        end - start > 1
        and end < len(doc)
        and doc[end].lower_ in office.TITLE_WORDS
        and country_of_words(doc[end - 1].text)
        and not any(end - n >= start and country_of_words(span_text(doc, end - n, end)) for n in (2, 3))
    ):  # not "Papua New [Guinea]", which is no name at all
        end -= 1  # "Hun Sen Cambodian [Prime Minister] Meets ...": a headline's demonym before the title
    if (
        end - start >= 4  # noqa: PLR2004 - the style, a given name, "bin" and the father's
        and doc[start].lower_ in {"sheikh", "sheikha", "shaikh", "sheik"}
        and any(t.lower_ in {"bin", "bint", "ibn"} for t in tokens(doc)[start + 1 : end])
    ):
        start += 1  # "Sheikh Tamim bin Hamad Al Thani": the style goes; not "Sheikh Hasina", her name
    if start >= end or doc[start].lower_ in HEADLINE_VERBS:
        return None  # "Japan Prime Minister [Condemns North] Korean Missile Launch": a headline's verb
    text = span_text(doc, start, end)
    if not any(c.isupper() for c in text[:1]) or NOT_IN_NAME.search(text) or text in _MEMBERS_PLURAL:
        return None
    words = [t.lower_ for t in tokens(doc)[start:end] if t.is_alpha or _APOSTROPHE_WORD.fullmatch(t.text)]
    if not words or all(w in MONTHS_DAYS for w in words):
        return None
    if len(words) == 1 and text.upper() in ACRONYMS:
        return None  # "Apec talks in Bangkok": a body's acronym written as a word
    if country_of_words(text) or organisation_of_words(text) or office.INSTITUTIONS.fullmatch(words[-1]):
        return None  # "Assembly" of "President of the National Assembly" is no name
    if text.endswith("s") and country_named_whole(text[:-1], "demonym"):
        return None  # "Papua New Guineans", "Kenyans": a people, not a person (not "Francis")
    if (
        end - start >= 2  # noqa: PLR2004 - two words
        and gazetteer.form_kind(doc[end - 1].text) == "name"
        and not (start >= 1 and _titled_just_before(doc, start))
    ):
        return None  # "in Kurumba Maldives, the President's office said": a place in a country, no one; not
        # "the Prime Minister of Portugal, Luis Montenegro", a title's holder
    return start, end


def _a_persons_start(doc: Doc, k: int) -> bool:
    """Whether the model's person opens at ``k``."""
    return k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"


def _titled_just_before(doc: Doc | Span, start: int) -> bool:
    """A title right before a name, or a title's country and a comma: "Prime Minister [X]", "the Prime Minister
    of Portugal, [X]"."""
    before = doc[start - 1]
    if before.lower_ in office.TITLE_WORDS or before.lower_ in office.HEADS:
        return True
    return (
        before.text == ","
        and start >= 2  # noqa: PLR2004 - the comma and the word before it
        and (doc[start - 2].lower_ in office.HEADS or country_of_words(doc[start - 2].text) is not None)
    )


def _title_follows(doc: Doc | Span, end: int) -> bool:
    """ ", Minister of Foreign Affairs", ", Japan's foreign minister", "(Prime Minister)", ", her Polish
    counterpart" after ``end``."""
    if end >= len(doc) or doc[end].text not in {",", "("}:
        return False
    k = end + 1
    while k < min(len(doc), end + 11):  # ", Democratic Republic of the Congo's foreign minister"
        word = doc[k].lower_
        if word in office.HEADS or (word == "counterpart" and k > end + 1 and doc[end + 1].lower_ in _OWNERS):
            return not _holder_named_after(doc, k)
        if word == "head" and k + 1 < len(doc) and doc[k + 1].lower_ == "of" and doc[end + 1].lower_ == "the":
            return True  # ", the head of the Federal Department of Foreign Affairs"
        named = next(
            (n for n in (4, 3, 2) if k + n <= len(doc) and country_of_words(span_text(doc, k, k + n))), 0
        )
        if named:
            k += named  # ", Saint Lucia's defence minister", the model's person
            continue
        if k == end + 1 and doc[k].pos_ == "PROPN" and k + 1 < len(doc) and doc[k + 1].lower_ in {"'s", "’s"}:
            k += 2  # ", Abe's top security adviser": whose adviser
            continue
        if not (
            word in office.TITLE_WORDS
            or word in office.CONNECTORS
            or word in office.QUALIFIERS
            or word in {"a", "an", "'s", "’s", "top", "chief", "senior", "security"}
            or (k == end + 1 and word in _OWNERS)
            or country_of_words(doc[k].text)
            or doc[k].ent_type_ in {"GPE", "NORP"}  # "South" of ", South Africa's foreign minister"
        ):
            return False
        k += 1
    return False


_OWNERS = frozenset({"his", "her", "their"})


def _holder_named_after(doc: Doc | Span, head: int) -> bool:
    """Whether the title whose head word is at ``head`` goes on to its own holder's name: "between Israel and
    Hamas, Egyptian Foreign Minister [Sameh Shoukry] held talks", the title of the name after it, not of the
    word before its comma."""
    k = head + 1
    while k < len(doc) and (doc[k].lower_ in office.TITLE_WORDS or doc[k].lower_ in office.HEADS):
        k += 1
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].pos_ == "PROPN"


def _country_title_before(doc: Doc | Span, comma: int) -> bool:
    """ "South Sudanese President, Salva Kiir have ...": a country's title, a comma, then its holder."""
    k = comma
    while k > 0 and (
        _is_title_word(doc[k - 1])
        or (k >= 2 and doc[k - 1].lower_ in {"of", "for", "and"} and _is_title_word(doc[k - 2]))
    ):  # "United States Secretary of State, Antony Blinken": the title's "of" too; "Ethiopia's Deputy Prime
        # Minister and Foreign Minister, X": two titles one holds
        k -= 1
    if k == comma:
        return False
    if doc[k].text[:1].islower():  # "As prime minister, Cameron had denounced ...": no country's title; but
        # "Italy's premier, Giorgia Meloni held talks": the country's own, written before it
        return k >= 2 and doc[k - 1].lower_ in {"'s", "’s"} and country_of_words(doc[k - 2].text) is not None
    return any(k - n >= 0 and country_of_words(span_text(doc, k - n, k)) for n in (1, 2, 3))


_SAYING = frozenset({"say", "tell", "state", "add", "note", "stress", "explain", "announce", "reveal"})


def _titled_reporter(doc: Doc | Span, comma: int) -> bool:
    """ "X is committed to ties with Y, the country's Minister of Z, Mr A has said": a title set off by
    commas after the statement, and the name after it the one who says it (not "As prime minister, Cameron
    had denounced ...")."""
    first = doc[0].i  # a span's tokens keep their document's indices
    top = doc[comma - 1]
    while top.lower_ not in office.HEADS and first <= top.head.i < first + comma and top.head.i != top.i:
        top = top.head  # "Cooperation" of "the Minister of International Relations and Cooperation"
    name = doc[comma + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    opening = top.left_edge.i - first
    return (
        top.lower_ in office.HEADS
        and opening >= 1
        and doc[opening - 1].text == ","
        and name.dep_ == "nsubj"
        and name.head.i > name.i
        and name.head.lemma_.lower() in _SAYING
    )


def _set_off(doc: Doc | Span, start: int) -> bool:
    """ "The President of the Council of Ministers, Giorgia Meloni, visited ...": the name between two commas."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return end > start and end < len(doc) and doc[end].text == ","


def _in_apposition(doc: Doc | Span, start: int) -> bool:
    """The name starting at ``start`` stands beside a noun: "the Prime Minister of Jamaica, Andrew Holness".

    Not "As prime minister, Cameron had denounced ...", where the name is the clause's subject.
    """
    for token in tokens(doc)[start : start + 5]:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return False
        if token.is_punct or token.dep_ != "compound":
            return True
    return True


def _title_opens(doc: Doc | Span, comma: int) -> bool:
    """Whether the title before a name's comma opens the sentence (past a dateline's dash), no verb in it:
    "Chairman of the Presidency of Bosnia and Herzegovina, X spoke with ...", the subject's title (not "As
    prime minister, X had denounced")."""
    first = max((k + 1 for k in range(comma) if doc[k].text in {"-", "–", "—", ":"}), default=0)
    if first < comma and doc[first].lower_ == "the":
        first += 1  # "– The President of the Republic, X received ..."
    return (
        first < comma
        and doc[first].lower_ in office.TITLE_WORDS
        and doc[first].text[:1].isupper()
        and not any(
            t.pos_ in {"VERB", "AUX", "PRON"}
            or t.ent_type_ == "PERSON"
            or (t.tag_ in {"NNS", "NNPS"} and t.lower_ not in PORTFOLIO_ENDS)
            for t in tokens(doc)[first:comma]
        )
    )  # not "Foreign ministers from A and B, X and Y, meet": a list's titles (but a portfolio's "Affairs");
    # not "Foreign Minister X and his Indonesian counterpart, Y": a name and another's title


def _title_before(doc: Doc | Span, start: int, *, comma: bool = True) -> bool:
    """A title with a head word ends right before ``start`` ("Minister of Defense Antoni ...").

    Or before a comma there ("the Prime Minister of Jamaica, Andrew Holness").
    """
    j = start - 1
    if comma and j >= 1 and doc[j].text == ",":
        return _title_before(doc, j, comma=False) and (_in_apposition(doc, start) or _title_opens(doc, j))
    between = _of_between(doc, j)
    if between is not None:
        j = between[0]
        if between[1] is not None and _long_title_before(doc, j) is not None:
            return True  # "President of the Senate of Netherlands Jan Anthonie Bruijn"
    if _head_of_state_ends_at(doc, j):
        return True  # "Kazakh Head of State Kassym-Jomart Tokayev"
    while j >= 0 and (
        doc[j].lower_ in office.TITLE_WORDS
        or doc[j].lower_ in office.CONNECTORS
        or (doc[j].text == "-" and j > 0 and doc[j - 1].lower_ in office.TITLE_WORDS)  # "president-elect"
        or _region_of_portfolio(doc, j)  # "Minister of Foreign and Expatriates Affairs"
        or (between is not None and _plural_head(doc[j]))  # "the Presidents of Kyrgyzstan [X] and ..."
        or _last_portfolio(doc, j)  # "Minister for Foreign Affairs and Regional Integration [X]"
    ):
        if doc[j].lower_ in office.HEADS or _plural_head(doc[j]):
            return True
        j -= 1
    return False


def _last_portfolio(doc: Doc | Span, j: int) -> bool:
    """Whether ``j`` is a last portfolio's end ("Regional Integration", "East African Cooperation") after
    "and" or a title word: "Minister for Foreign Affairs and Regional Integration"."""
    k = j
    while doc[k].lower_ not in PORTFOLIO_ENDS:  # "[Regional] Integration", "[East] African Cooperation"
        if k - j >= 2 or k + 1 >= len(doc) or not _portfolio_word(doc[k], doc[k + 1]):  # noqa: PLR2004
            return False
        k += 1
    first = k
    while (  # "Regional [Integration]", "East African [Cooperation]"
        first - 1 >= 0
        and k - first < 2  # noqa: PLR2004 - two words before the portfolio's last
        and _portfolio_word(doc[first - 1], doc[first])
    ):
        first -= 1
    return first >= 1 and (doc[first - 1].lower_ in office.CONNECTORS or _is_title_word(doc[first - 1]))


def _portfolio_word(token: Token, following: Token | None = None) -> bool:
    """A capitalised word of a portfolio, not a country's: "Regional", "East", not "[Indian] External
    Affairs"; but the nationals a ministry serves abroad are its portfolio: "and [Senegalese] Abroad"."""
    return (
        token.text[:1].isupper()
        and token.lower_ not in office.CONNECTORS
        and (
            not country_of_words(token.text)
            or (following is not None and following.lower_ in office.NATIONALS_ABROAD)
        )
    )


def _head_of_state_ends_at(doc: Doc | Span, j: int) -> bool:
    """ "Head of State" or "Head of Government" ends at ``j``: a title, though "head" alone heads none."""
    return (
        j >= 2
        and doc[j].lower_ in {"state", "government"}
        and doc[j - 1].lower_ == "of"
        and doc[j - 2].lower_ == "head"
    )


def _in_portfolio(doc: Doc, start: int) -> bool:
    """Whether words starting at ``start`` go on a minister's portfolio: "Minister of Energy and [Mines]"."""
    after = start + 1
    while after < len(doc) and after - start < 3 and doc[after].text[:1].isupper():  # noqa: PLR2004
        after += 1  # "Former [Combatants] and Veterans": an item of words
    after += after < len(doc) and doc[after].text == ","  # "Peace, and"
    listed = (  # "Minister of Foreign Affairs, [Migration] and Tunisians Abroad": one word of a list going on
        doc[start - 1].text == ","
        and after + 1 < len(doc)
        and doc[after].lower_ in {"and", "&"}
        and doc[after + 1].text[:1].isupper()  # not "the Minister of Defence, Prabowo, and the Minister ..."
        and doc[after + 1].lower_ not in office.HEADS
    )
    if start < 2 or (doc[start - 1].lower_ not in {"for", "of", "and", "&"} and not listed):
        return False  # "Minister for Information and Broadcasting [Anurag Thakur]": the name after it
    k = start - 1
    while k >= 1 and start - k <= _PORTFOLIO_REACH and doc[k].lower_ not in {"for", "of"}:
        if doc[k].lower_ not in {"and", "&", ","} and not doc[k].text[:1].isupper():
            return False  # "Minister of Science, Technology and Innovation [Khairy Jamaluddin]": commas too
        k -= 1
    return (
        k >= 1
        and doc[k].lower_ in {"for", "of"}
        and not (listed and country_named_whole(span_text(doc, k + 1, start - 1), "name"))  # "the President
        # of Chile, [Marta Ruiz], and Foreign Minister X": a country's title set off before its holder's name
        and (
            doc[k - 1].lower_ in office.HEADS
            or (  # "Minister of State for Information and Broadcasting"
                k >= 3  # noqa: PLR2004 - "Minister of State"
                and doc[k - 1].lower_ == "state"
                and doc[k - 2].lower_ == "of"
                and doc[k - 3].lower_ in office.HEADS
            )
        )
    )


_PORTFOLIO_REACH = 5  # words back to the "of" or "for" after the minister's title


def _a_family_alone(doc: Doc, start: int, end: int) -> bool:
    """One word a person's style stood before is a family name when no noun goes on after it and no country
    is written so: "Prof [Yunus] held talks", "said Dr [Jaishankar]" (not "the Dr. [Pepper] executives")."""
    return (
        end - start == 1
        and (end >= len(doc) or doc[end].pos_ not in {"NOUN", "PROPN"})
        and (
            doc[start].ent_type_ == "PERSON"
            or doc[start].dep_ in {"nsubj", "nsubjpass", "dobj"}
            or (doc[start].dep_ == "pobj" and doc[start].head.lower_ != "of")
        )
        and gazetteer.lookup_country(doc[start].text) is None
    )  # not "executives of Dr Pepper", "met the leaders of Mr Price, a retail chain"


def _honoured_words(doc: Doc, honoured: frozenset[int], taken: set[int]) -> list[tuple[int, int]]:
    """Capitalised words an honorific stood before, up to the first that is not: a name, whatever its tag.

    "The Honourable Hu’akavameiliku met ...": the model takes the word for a noun.
    """
    runs = []
    for start in sorted(honoured):
        if start in taken or start >= len(doc) or doc[start].pos_ == "PROPN":
            continue  # a proper noun is the other rules' to take or leave
        if not doc[start].text[:1].isupper():
            continue
        end = start
        while end < len(doc) and end not in taken and doc[end].text[:1].isupper() and not doc[end].is_punct:
            end += 1
        runs.append((start, end))
    return runs


def _proper_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns outside any name found so far.

    Every word of every sentence is looked at here, most more than once: the
    document's kept tokens are read (``tokens``), no new Token made each time.
    """
    words = tokens(doc)
    runs = []
    i = 0
    while i < len(words):
        if i in taken or words[i].pos_ != "PROPN" or not words[i].text[:1].isupper():
            i += 1
            continue
        end = i
        while (
            end < len(words)
            and end not in taken
            and (end == i or words[end].lower_ not in MONTHS_DAYS)  # "counterpart Sheikh Hasina Wednesday"
            and (end == i or words[end - 1].lower_ not in PORTFOLIO_ENDS)  # "... and Regional Integration
            # [Shirley Ayorkor Botchwey]": a portfolio ends the title, the name begins
            and (
                (words[end].pos_ == "PROPN" and words[end].text[:1].isupper())
                or (
                    words[end].text == "-"
                    and end + 1 < len(words)
                    and (
                        words[end + 1].pos_ == "PROPN"
                        or (not words[end].whitespace_ and words[end + 1].is_alpha)
                    )
                )
                or (
                    words[end - 1].text == "-" and not words[end - 1].whitespace_ and words[end].is_alpha
                )  # "Cho Tae-yul": the part after a name's hyphen, in small letters
                or (end > i and words[end].pos_ == "PROPN" and _ELIDED.match(words[end].text))
                # "Cote d'Ivoire", "Valéry Giscard d'Estaing": an elided particle and its name
                or (
                    end > i
                    and (words[end].text in SON_OF or words[end].text in _PARTICLES)
                    and end + 1 < len(words)
                    and _after_particle(words[end + 1])
                )  # "Halbi bin Mohammad Yussof", "Staffan de Mistura"
            )
        ):
            end += 1
        runs.append((i, end))
        i = end
    return runs


def _listed_with_a_name(doc: Doc, span: tuple[int, int], taken: set[int]) -> bool:
    """A run of two words or more joined in a list to a name found, its country in brackets after it: "met
    Presidents A (Djibouti), [Faustin Archange Touadera] (Central African Republic) and ..." (a firm, for
    the model); or its country's possessive before it, or "of" its country after it, as the name it is
    joined to: "met separately with Brunei's A and Algeria's [Ramtane Lamamra]", "with A of Djibouti, [Beji
    Caid Essebsi] of Tunisia and ..."."""
    start, end = span
    root = doc[end - 1]
    after_plural = (
        start > 0
        and doc[start - 1].tag_ in {"NNS", "NNPS"}
        and doc[start - 1].lemma_.lower() in office.TITLE_WORDS
        and office.title_class(doc[start - 1].lemma_) != "other"
    )  # "met Presidents [A] (Mali)", not "met Senators [A] (Georgia)"
    joined = root.dep_ == "conj" and root.head.i in taken and doc[end - 1].lower_ not in _FIRM_ENDS
    return (
        end - start >= 2
        and (  # two words or more
            (
                (joined or after_plural)  # "met Presidents [A] (Mali), ..."
                and end + 2 < len(doc)
                and doc[end].text == "("
                and any(
                    country_of_words(span_text(doc, end + 1, k))
                        for k in range(end + 2, min(end + 6, len(doc)))
                )
            )
            or (joined and _countrys_before(doc, start))  # "met Brunei's A and Algeria's [Ramtane Lamamra]"
            or (
                joined and _of_a_country_after(doc, end)
            )  # "with A of Djibouti, [Beji Caid Essebsi] of Tunisia"
        )
    )


def _of_a_country_after(doc: Doc, end: int) -> bool:
    """ "of Tunisia" (and nothing more of the phrase) right after ``end``."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    k = end + 1 + (doc[end + 1].lower_ == "the")
    return any(
        k + n <= len(doc)
        and country_of_words(span_text(doc, k, k + n))
        and (k + n == len(doc) or not doc[k + n].text[:1].isupper())
        for n in (1, 2, 3, 4)
    )


# Last words of a firm's or a body's name: "Siemens Energy", "Toyota Motor", "Standard Bank".
# the last words of bodies' names, never of a person's: "Economic Community", "African Union"
_INSTITUTIONS = frozenset(
    {"community", "union", "commission", "council", "organisation", "organization", "assembly", "nations",
     "league", "alliance", "association", "committee", "parliament", "court", "fund", "secretariat",
     "agency", "ministry", "department", "federation", "conference", "forum", "bloc", "board"}
)  # fmt: skip
# "the Chairman of the State Duma V. Volodin", "the President of the European Parliament Roberta Metsola":
# the house, then the name
_BODY_ENDS = office.NAMED_HOUSES | frozenset(
    {"bank", "fund", "corporation", "organization", "organisation", "institute", "foundation", "parliament",
     "assembly", "senate", "congress", "administration", "ministry", "office", "committee", "council",
     "commission", "government", "agency", "service", "department", "secretariat", "directorate",
     "authority", "presidency", "cabinet"}
)  # fmt: skip
_FIRM_ENDS = frozenset(
    {"energy", "motor", "motors", "bank", "group", "holdings", "airlines", "airways", "corp", "corporation",
     "company", "inc", "ltd", "limited", "industries", "telecom", "oil", "gas", "petroleum", "steel",
     "systems", "technologies", "electric", "electronics", "pharma", "capital", "partners", "auto"}
)  # fmt: skip


def _countrys_before(doc: Doc, start: int) -> bool:
    """A country's possessive ends right before ``start``: "Algeria's", "the United Arab Emirates'"."""
    return (
        start >= 2  # noqa: PLR2004 - the country and its "'s"
        and doc[start - 1].text in _POSSESSIVE
        and any(
            start - 1 - n >= 0 and country_of_words(span_text(doc, start - 1 - n, start - 1))
                for n in (1, 2, 3, 4)
        )
    )


def title_case(doc: Doc) -> bool:
    """Most of a line's longer words capitalised, as a headline writes them: "Obama Meets African Leaders"."""
    words = [t for t in tokens(doc) if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


def _inside_a_body(doc: Doc, start: int, end: int) -> bool:
    """Words the model reads as inside a body's name, begun before them in words no title and going on
    after them: "the National [Coalition] of Syrian [Revolution] and Opposition Forces" (not "[President]
    Macron", a title the model took in, nor a name ending the model's body)."""
    first = doc[start]
    if first.ent_type_ != "ORG" or any(
        doc[k].ent_type_ != "ORG" or doc[k].ent_iob_ == "B" for k in range(start + 1, end)
    ):
        return False
    opening = start
    while opening > 0 and doc[opening].ent_iob_ == "I":
        opening -= 1
    return (
        opening < start
        and end < len(doc)
        and doc[end].ent_iob_ == "I"  # the body's name goes on after them: a name the model took in ends it
        and not any(doc[k].lower_ in office.HEADS for k in range(opening, start))
    )


def _initials(token: Token) -> bool:
    """Two or three capitals standing for given names ("KP", "MK"), not a title, country or body ("PM",
    "US")."""
    return (
        token.is_alpha
        and token.is_upper
        and 2 <= len(token.text) <= 3  # noqa: PLR2004 - initials, not a word
        and not _is_title_word(token)
        and country_of_words(token.text) is None
        and organisation_of_words(token.text) is None
    )


def name_spans(
    doc: Doc,
    *,
    headline: bool = False,
    honoured: frozenset[int] = frozenset(),
    styled: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Token ranges of the people a sentence names.

    PERSON entities; and capitalised proper nouns that a title stands
    before ("Minister Vieira") or after in apposition ("Mauro Vieira,
    Minister of Foreign Affairs"), whatever label the model gave them.
    """
    found: list[tuple[int, int]] = []
    taken: set[int] = set()
    for ent in _split_at_commas(doc.ents):
        firm = ent.start > 0 and doc[ent.start - 1].lower_ in _FIRMS  # "oil and gas company Eni": no one
        if (
            ent.label_ != "PERSON"
            or _common_noun(ent)
            or firm
            or _where(ent)
            or _a_city_in_its_country(ent)
            or _a_plural_in_a_portfolio(ent)
            or _a_peoples_name(doc, ent.start, ent.end)
            or _qualifies_a_body(doc, ent.end)
            or _an_outlet(ent)
            or _bracketed_after_a_name(doc, ent)
            or (len(ent) >= 2 and country_named_whole(ent.text))  # "of [Cote d'Ivoire], X": a state's name
            or _a_style_of_something(doc, ent)
            or _a_schools_place(doc, ent)
            or (ent.start >= 2 and doc[ent.start - 1].text == "The")  # "members of The Elders": a body's name
            or _a_thing_with_an_article(ent)
            or _a_days_name(doc, ent)
            or _listed_with_a_thing(ent)
        ):
            continue
        first = ent.start
        while first > 0 and doc[ent.start].text in _PARTICLES and _given_name(doc[first - 1]):
            first -= 1  # "Sheikh Tahnoon [bin Zayed Al Nahyan]": the given name the model left out
        while (
            first >= 3
            and doc[first - 2].lower_ in SON_OF
            and _given_name(doc[first - 1])
            and _given_name(doc[first - 3])
        ):
            first -= 3  # "Bovi bin Doschin [Al Malbaisnem]": the names and "bin" the model left out
        cleaned = _clean_name(doc[first : ent.end])
        if cleaned and (
            doc[cleaned[0] : cleaned[1]].text in gazetteer.WORLD_REGIONS or _quoted(doc, *cleaned)
        ):
            continue  # "the Summit of the Americas": a part of the world; the camp "Notting Hill"
        if cleaned and not taken.intersection(range(*cleaned)):  # not again inside a name grown before it
            start, end = cleaned
            if (
                start >= 2
                and _name_goes_on(doc[start - 1])
                and doc[start - 1].dep_ == "compound"
                and start <= doc[start - 1].head.i < end
                and (
                    doc[start - 2].lower_ in _BEFORE_A_NAME
                    or (  # "Secretary of Defense [Lloyd] J. Austin III": the entity opened on the initial
                        re.fullmatch(r"[A-Z]\.", doc[start].text) is not None
                        and doc[start - 2].text[:1].isupper()
                        and doc[start - 2].lower_ in _TITLES_LAST_WORDS
                    )
                )
            ):
                start -= 1  # "... Foreign Affairs Ane Lone Bagger" where the entity starts at "Lone"; "met
                # Presidents Ismael [Omar Guelleh]"; "his Nepal counterpart [Bharat] Raj Paudyal"
            elif (
                start >= 2
                and end - start >= 2
                and _name_goes_on(doc[start - 1])
                and doc[start - 1].dep_ == "compound"
                and start <= doc[start - 1].head.i < end
                and doc[start - 2].pos_ in {"VERB", "ADP", "CCONJ"}
                and doc[start - 2].is_lower
                and doc[start - 1].ent_iob_ != "B"  # (not a word the model's name opened with, cut off)
                and doc[start - 1].lower_ not in office.PORTFOLIOS
                and doc[start - 1].is_alpha
                and doc[start - 1].lower_ not in _RANKED_STYLES  # "Sheikh [Tahnoon ...]": a style, no name
                and not NOT_IN_NAME.search(doc[start - 1].text)  # "Head of [Government] Aziz Akhannouch"
            ):
                start -= 1  # "The envoys included Farid [Ouahid Dahmane] (Algeria)": a given name the model
                # left out, after a word no name goes on from
            if (
                start >= 2
                and _initials(doc[start - 1])
                and (_is_title_word(doc[start - 2]) or _title_before(doc, start - 1))
            ):
                start -= 1  # "Nepal PM [KP] Sharma Oli": the initials the model left in the title, or
                # took for a place after a title's comma ("Prime Minister of Nepal, [KP] Sharma Oli")
            if (
                end - start >= 3  # noqa: PLR2004 - a place and a name of two words
                and start >= 2
                and doc[start - 1].lower_ == "of"
                and _is_title_word(doc[start - 2])
                and (gazetteer.place_country(doc[start].text) or country_named_whole(doc[start].text))
            ):
                start += 1  # "President of [Zanzibar] Hussein Mwinyi": the place of the title, in the entity
                taken.add(start - 1)  # and no name of its own
            while (
                end - start >= 2  # noqa: PLR2004 - a portfolio's word and a name
                and (
                    doc[start].lower_ in office.PORTFOLIOS
                    or (doc[start].lower_ in {"and", "&"} and doc[start + 1].lower_ in office.PORTFOLIOS)
                )
                and _in_portfolio(doc, start)
            ):
                taken.add(start)  # "Minister of [Agriculture] Jonas Miller": the portfolio, in the entity
                start += 1
            if end - start == 1 and doc[start].lower_ in office.PORTFOLIOS and _in_portfolio(doc, start):
                taken.add(start)
                continue  # "Minister for Road and Transport [Development], X": no name left
            while end < len(doc):
                if _name_goes_on(doc[end]) or _family_name_taken_for_a_body(doc, end):
                    end += 1  # "President Yoon Suk Yeol" where the entity stops at "Suk"
                elif (
                    doc[end].text in _PARTICLES
                    and end + 1 < len(doc)
                    and (_after_particle(doc[end + 1]) or doc[end + 1].text in _PARTICLES)
                ):
                    end += 1  # "Daniel arap Moi", "Ursula von der Leyen"
                elif doc[end - 1].text in _PARTICLES and _after_particle(doc[end]):
                    end += 1
                elif (
                    (doc[end].text.lower() in _PARTICLES or doc[end].text.lower() in _ARTICLES_ASSIMILATED)
                    and end + 2 < len(doc)
                    and doc[end + 1].text == "-"
                    and not doc[end].whitespace_
                    and not doc[end + 1].whitespace_
                    and _after_particle(doc[end + 2])
                ):
                    end += 3  # "Abdel-Fattah el-Sissi" where the entity stops before "el"; "Ahmed ash-Sharaa"
                elif (
                    doc[end].text == "-"
                    and not doc[end - 1].whitespace_
                    and not doc[end].whitespace_
                    and end + 1 < len(doc)
                    and doc[end + 1].is_alpha
                ):
                    end += 2  # "Choi Sang-mok" where the entity stops at "Sang"
                else:
                    break
            if (
                NOT_IN_NAME.search(span_text(doc, start, end))
                or _a_calendar_word(doc[start:end])
                or _a_place_after(doc, end)
            ):
                taken.update(range(start, end))
                continue  # "the Prime Minister Mahinda Rajapaksa Trophy": a name grown into a thing's, no one
            found.append((start, end))
            taken.update(range(start, end))
    if headline and title_case(doc):
        return _no_plural_nouns(_joined(sorted(found), doc), doc)  # a title-case headline: the model's names
    for run_start, end in _proper_runs(doc, taken):
        start = _past_a_place(doc, run_start, end, taken)
        # "Special Envoy to the Horn of Africa Xue Bing": the title stands before the place
        envoy = start != run_start and any(
            _is_title_word(doc[k]) for k in range(max(0, run_start - 5), run_start)
        )
        named = _after_demonym(doc, start, end)
        if named is not None:
            found.append(named)
            taken.update(range(*named))
            continue
        cleaned = _past_a_regions_title(doc, _clean_name(doc[start:end]))
        if (
            cleaned is None
            or any(doc[k].ent_type_ == "DATE" for k in range(*cleaned))
            or _a_calendar_word(doc[cleaned[0] : cleaned[1]])
            or _an_outlet(doc[cleaned[0] : cleaned[1]])
            or _a_places_end(doc, cleaned[0])
        ):
            continue
        envoy = envoy or (
            cleaned[0] > start
            and doc[cleaned[0] - 1].lower_ in _BODY_ENDS
            and any(_is_title_word(doc[k]) for k in range(max(0, run_start - 5), run_start))
        )  # "President of the Asian Development Bank Masatsugu Asakawa": the title stands before the body
        if any(doc[k].ent_type_ == "NORP" for k in range(*cleaned)) and not (
            (
                cleaned[0] > 0
                and doc[cleaned[0] - 1].text[:1].isupper()
                and _title_before(doc, cleaned[0], comma=False)
            )
            or (cleaned[1] - cleaned[0] >= 2 and _title_follows(doc, cleaned[1]))  # noqa: PLR2004 - two words
            or (cleaned[0] > 0 and doc[cleaned[0] - 1].lower_ in {"counterpart", "counterparts"})
        ):
            continue  # a people, unless a title stands right before it or after a name of two words or
            # more in apposition: "President Han [NORP] Seok-yul", "Han [NORP] Young-mok, Costa Rica's
            # President", "his Bhutanese counterpart Sonam [NORP] Dorji" (not "met Kurds, Iraq's president")
        if doc[cleaned[0] : cleaned[1]].text in gazetteer.WORLD_REGIONS or _quoted(doc, *cleaned):
            continue  # "the Executive Director for the Americas": a part of the world
        # "the Hon. Penny Wong": an honorific stood before a name of two words or more, none a title (not
        # "the Hon. [Members] of Parliament", "the Hon. [Lord Mayor]", "the Dr. [Pepper] executives"), and
        # not before a title of a name found ("His Highness [Sheikh] Mohamed bin Zayed")
        honour = (
            cleaned[0] in honoured
            and cleaned[1] not in taken
            and (
                cleaned[1] - cleaned[0] > 1  # two words
                or (cleaned[0] in styled and _a_family_alone(doc, *cleaned))
            )
            and not any(_is_title_word(doc[k]) or doc[k].lower_ in _RANKS for k in range(*cleaned))
        )
        if (
            cleaned[1] - cleaned[0] == 1
            and doc[cleaned[0]].lower_ in office.PORTFOLIOS
            and _portfolios_to_a_title(doc, cleaned[1])
        ):
            continue  # "Indonesia's [Education], Culture, Research and Technology Minister X": a portfolio
        if cleaned[0] > 0 and doc[cleaned[0] - 1].lower_ in _DETERMINERS and not honour:
            continue  # "President of the Government", "During this Audience, the President": none takes one
        titled = honour or (
            cleaned[0] > 0
            and (
                envoy
                or _title_before(doc, cleaned[0])
                or doc[cleaned[0] - 1].lower_ == "counterparts"
                or _after_counterpart_from(doc, cleaned[0])
                or _after_a_portfolio(doc, cleaned[0])
                or _long_title_before(doc, cleaned[0] - 1) is not None  # "Speaker of the House of
                # Representatives [Puan Maharani]", the house's name the model's organisation's
                or (
                    doc[cleaned[0] - 1].text == ","
                    and cleaned[1] - cleaned[0] >= 2  # noqa: PLR2004 - a given name and a family name
                    and envoy_for_before(doc, cleaned[0] - 1) is not None
                )  # "the EU's special representative for dialogue between A and B, [Miroslav Lajčak]"
            )
        )  # "her counterparts Chrystia [GPE] Freeland of Canada and ..."
        if doc[cleaned[1] - 1].lower_ in _INSTITUTIONS:
            continue  # "Chair of the Economic [Community] of West African States": a body's name ends so, no one's
        if _inside_a_body(doc, *cleaned) or _a_schools_place(doc, doc[cleaned[0] : cleaned[1]]):
            continue  # "President of the National [Coalition] of Syrian [Revolution] and Opposition Forces";
            # "at the University of [Fribourg], Foreign Minister X received": no one in apposition
        if (
            cleaned[1] - cleaned[0] == 1
            and cleaned[0] > 0
            and cleaned[1] < len(doc)
            and _is_title_word(doc[cleaned[0] - 1])
            and _is_title_word(doc[cleaned[1]])
        ):
            continue  # "Chief [Pentagon] Spokesman Sean Parnell": a word inside a title, no one's name
        if (
            cleaned[1] < len(doc)
            and _is_title_word(doc[cleaned[1]])
            and all(_of_a_portfolio(doc[k]) for k in range(*cleaned))
        ):
            continue  # "State Councillor and [Public Security] Minister X": a portfolio, no one
        if _in_portfolio(doc, cleaned[0]):  # "Minister of [Agriculture Ana Vik]": the model's person
            k = cleaned[0]  # holds the portfolio
            while k < cleaned[1] and (
                doc[k].lower_ in office.PORTFOLIOS
                or doc[k].lower_ in office.TITLE_WORDS
                or doc[k].lower_ in {"and", "&"}
            ):  # "of [Public Security] Wang Hong"
                k += 1
            if k == cleaned[1]:
                continue  # "Minister of Solid [Minerals Development], X": all of it the portfolio's
            if (
                k > cleaned[0]
                and doc[k - 1].lower_ not in {"and", "&"}
                and (cleaned[1] - k >= 2 or doc[k].ent_type_ == "PERSON")  # noqa: PLR2004 - two words
                and _portfolio_words_before(doc, cleaned[0])
            ):  # not "Minister for Climate [Change] and Energy X", a word of the portfolio left alone
                cleaned, titled = (k, cleaned[1]), True
        if _in_portfolio(doc, cleaned[0]) and not any(doc[k].ent_type_ == "PERSON" for k in range(*cleaned)):
            short = cleaned[1] - cleaned[0] < 3  # noqa: PLR2004 - a portfolio's last word and a name of two
            if short or (cleaned[1] < len(doc) and doc[cleaned[1]].text == ","):
                continue  # "Minister for [Information] and Broadcasting X", "Minister of Energy and [Mines]",
                # "of Solid [Minerals Development], X": a portfolio, the name after its comma
            # "... for Information and [Broadcasting] Ana Vik": the name after the portfolio, the title's
            cleaned, titled = (cleaned[0] + 1, cleaned[1]), True
        if any(
            ent.label_ == "GPE"
            and ent.start < cleaned[1]
            and cleaned[0] < ent.end
            and gazetteer.lookup_country(ent.text)
            for ent in doc.ents
        ):
            continue  # "the Kingdom of Saudi [Arabia]": a piece of a country's name is no name
        if _in_a_countrys_name(doc, *cleaned):
            continue  # "Minister of Foreign Affairs of [Bosnia] and Herzegovina X"
        place = any(doc[k].ent_type_ in {"GPE", "LOC"} for k in range(*cleaned)) and not _a_countrys_own(
            doc, *cleaned
        )  # not "Canada's Trudeau", the model's place
        follows = _title_follows(doc, cleaned[1])
        if place and (not (titled or follows) or gazetteer.place_country(doc[cleaned[0] : cleaned[1]].text)):
            continue  # "President Buhari", "Sameh Shoukry, Egypt's foreign minister" tagged as places are
            # still people; "in Paris" is not
        if (
            titled
            or follows
            or any(t.lower_ in office.HEADS for t in _predicates(doc, cleaned[1]))
            or _listed_with_a_name(doc, cleaned, taken)
            or _met_unlabelled(doc, *cleaned)
            or _with_own_counterpart(doc, cleaned[1])
            or _a_countrys_own(doc, *cleaned)
        ):
            found.append(cleaned)
            taken.update(range(*cleaned))
    for start, end in _honoured_words(doc, honoured, taken):
        cleaned = _clean_name(doc[start:end])
        if cleaned is not None:
            found.append(cleaned)
            taken.update(range(*cleaned))
    return _no_plural_nouns(_joined(sorted(found), doc), doc)


def _in_a_countrys_name(doc: Doc, start: int, end: int) -> bool:
    """Whether words are a piece of a longer country name around them: "[Bosnia] and Herzegovina",
    "Trinidad and [Tobago]"."""
    return any(
        country_named_whole(span_text(doc, a, b), "name")
        for a in range(max(0, start - 2), start + 1)
        for b in range(end, min(len(doc), end + 2) + 1)
        if (a, b) != (start, end) and "and" in span_text(doc, a, b).split()
    )


def _a_countrys_own(doc: Doc, start: int, end: int) -> bool:
    """Whether words are a name a country's possessive stands before, as the clause's subject or object or
    in a list of them: "Argentina's Fernandez flew to Colonia", "the US' Biden" (not "Argentina's Congress",
    a body's, nor a place)."""
    return (
        start >= 2
        and doc[start - 1].text in _POSSESSIVE
        and country_named_whole(doc[start - 2].text) is not None  # "Canada's", "the US'"
        and (doc[end - 1].dep_ in _ARGUMENTS or doc[end - 1].dep_ == "nmod")
        and all(
            doc[k].ent_type_ in {"", "PERSON"}
            or (doc[k].ent_type_ == "GPE" and gazetteer.place_country(doc[k].text) is None)
            for k in range(start, end)
        )  # "met with Canada's Trudeau, Australia's Albanese and India's Modi", the model's places
        and not any(
            doc[k].lower_ in office.TITLE_WORDS or doc[k].lower_ in _INSTITUTIONS for k in range(start, end)
        )
        and not any(word.startswith(doc[start].lower_) for word in _TITLES_CUT)  # "talks with Egypt's Presid"
    )


_TITLES_CUT = frozenset({"president", "minister", "prime", "premier", "chancellor", "secretary", "foreign"})


def _with_own_counterpart(doc: Doc, end: int) -> bool:
    """Whether words are followed by "and his (her) ... counterpart": "Karki and his Danish counterpart Lars
    Berg will meet": one who has a counterpart holds an office."""
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].lower_ not in {"his", "her"}:
        return False
    return any(t.lower_ == "counterpart" for t in tokens(doc)[end + 2 : end + 5])


# months ("May" apart: Theresa May) and whole weekdays ("Sun" may be a family name)
_CALENDAR = frozenset(timex.MONTHS.keys() - {"may"} | {w for w in timex.WEEKDAYS if w.endswith("day")})


def _a_calendar_word(span: Span) -> bool:
    """ "received Iranian foreign minister in Oct 2017": a month or a weekday alone is no name."""
    return len(span) == 1 and span[0].lower_.rstrip(".") in _CALENDAR


def _bracketed_after_a_name(doc: Doc, ent: Span) -> bool:
    """One word in brackets right after a person's name: a party or a short name, no one else: "Foreign
    Minister Pekka Haavisto (Vihr) has talked ...", "Mohammed bin Salman (MBS)"."""
    return (
        len(ent) == 1
        and ent.start >= 2  # noqa: PLR2004 - a name and the bracket
        and ent.end < len(doc)
        and doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
        and doc[ent.start - 2].ent_type_ == "PERSON"
    )


def _past_a_place(doc: Doc, start: int, end: int, taken: set[int] | None = None) -> int:
    """Where a run of capitalised words goes on past the place it opens with: "Special Envoy to the Horn of
    [Africa] Xue Bing", one place to the model; a name of two words at least after it. Or a name listed with
    one found: "The Prime Ministers of Armenia and [Georgia] Nikol Pashinyan and Irakli Gharibashvili". A
    city opens such a run only after a post's title: "Ambassador to Beijing X" (not "Abu Dhabi National
    Oil Co.")."""
    if end - start < 3:  # noqa: PLR2004 - a place's word and a name's two
        return start  # (most runs: no span of their words built)
    posted = (
        start >= 2  # noqa: PLR2004 - a title and its preposition
        and doc[start - 1].lower_ in {"to", "in"}
        and _is_title_word(doc[start - 2])
    )
    for n in (3, 2, 1):
        rest = doc[start + n : end]
        if len(rest) < 2:  # noqa: PLR2004 - a given name and a family name
            continue  # (asked first: no place's words joined)
        words = span_text(doc, start, start + n)
        if (
            (
                country_named_whole(words)
                or words in gazetteer.WORLD_REGIONS
                or (posted and gazetteer.place_country(words))
            )
            and (
                all(
                    t.ent_type_ in {"LOC", "GPE", "PERSON"}
                    or (posted and t.ent_type_ == "ORG" and t.lower_ not in _FIRM_WORDS)
                    for t in rest
                )  # the place's entity ran on ("Ambassador to [Beijing Ashok K Kantha]", one body to it)
                or any(c.dep_ == "conj" and c.i in (taken or set()) for c in rest[-1].children)
            )
            and not NOT_IN_NAME.search(rest.text)
        ):
            return start + n
    return start


def _in_a_region_before_title(doc: Doc | Span, j: int) -> bool:
    """Whether ``j`` is a word of a part of the world a title's word follows: "Deputy [Middle East] Envoy"."""
    return any(
        _region_before_title(doc, first, first + size)
        for size in (1, 2, 3)
        for first in range(max(0, j - size + 1), j + 1)
    )


def _region_before_title(doc: Doc | Span, first: int, last: int) -> bool:
    """Whether the words from ``first`` to ``last`` name a part of the world and a title's word follows them,
    not the end of a country's name ("South [Africa] President", "United States of [America] Ambassador")."""
    return (
        last < len(doc)
        and _is_title_word(doc[last])
        and span_text(doc, first, last) in gazetteer.WORLD_REGIONS
        and not any(country_of_words(span_text(doc, k, last)) for k in range(max(0, first - 4), first))
    )


def _past_a_regions_title(doc: Doc, cleaned: tuple[int, int] | None) -> tuple[int, int] | None:
    """A run that opens with a part of the world and a title goes on to the name: "US Deputy [Middle East
    Envoy] Morgan Ortagus" (a name of two words at least after the title)."""
    if cleaned is None:
        return None
    start, end = cleaned
    for n in (3, 2, 1):
        k = start + n
        if k < end and _region_before_title(doc, start, k):
            while k < end and _is_title_word(doc[k]):
                k += 1
            return (k, end) if end - k >= 2 else cleaned  # noqa: PLR2004 - a given name and a family name
    return cleaned


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_MEETS = frozenset({"meet", "receive", "host", "phone", "telephone"})
_MET_WITH = frozenset({"meet", "talk", "speak", "talks", "meeting", "call", "conversation", "discussion"})


def _met_unlabelled(doc: Doc, start: int, end: int) -> bool:
    """A full name the model gave no label, the one met: "Stubb met Volodymyr Zelenskiy in Kyiv", "held
    talks with Sirojiddin Muhriddin", "spoke to Volodymyr Zelenskyy"; two capitalised words or more, none a
    title's or a body's. After a country's possessive the model's body or facility is such a name too
    ("spoke to Nigeria's Bola Adeyemi"), unless a word of it is a firm's ("India's Tata Sons")."""
    words = doc[start:end]
    root = doc[end - 1]
    owned = (
        _countrys_before(doc, start)
        and not any(t.lower_ in _FIRM_WORDS for t in words)
        and outlets.table().by_name.get(words.text.casefold()) is None  # not "Qatar's Al Jazeera"
    )
    labels = {"", "PERSON", "ORG", "FAC"} if owned else {"", "PERSON"}
    if (
        len(words) < 2  # noqa: PLR2004 - a given name and a family name
        or any(t.ent_type_ not in labels or not t.is_title or t.pos_ != "PROPN" for t in words)
        or any(_is_title_word(t) or t.lower_ in _INSTITUTIONS for t in words)
        or root.tag_ == "NNPS"  # "received Open Letters from seven envoys": things
        or any(t.head.i != end - 1 for t in words[:-1])
    ):
        return False
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _MEETS
    return root.dep_ == "pobj" and (
        (root.head.lower_ == "with" and root.head.head.lemma_.lower() in _MET_WITH)
        or (root.head.lower_ == "to" and root.head.head.lemma_.lower() in {"speak", "talk"})
    )  # "spoke to Volodymyr Zelenskyy"


def _after_demonym(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A full name after a people's name, in a run the model tagged the people's: "South African [Cyril
    Ramaphosa] met ...", "talks with Ghanaian [Nana Akufo-Addo]"; the name itself has no label but a person's.

    Not "British Airways", "the French Open" (the model's organisation, event), nor a name of one word.
    """
    k = start
    while k < end and doc[k].ent_type_ == "NORP":
        k += 1
    if k == start or end - k < 2 or doc[end - 1].dep_ not in _ARGUMENTS:
        return None
    first = start
    while first > 0 and doc[first - 1].ent_type_ == "NORP":
        first -= 1  # "South" of "South African", tagged an adjective
    if country_of_words(span_text(doc, first, k)) is None:
        return None
    if any(doc[m].ent_type_ not in {"", "PERSON"} for m in range(k, end)):
        return None
    return _clean_name(doc[k:end])


_BODIES = frozenset(
    {"administration", "government", "regime", "cabinet", "campaign", "camp", "era", "presidency",
     "doctrine", "program", "programme", "initiative", "foundation", "team", "aide",
     "residence", "mansion", "villa", "estate", "ranch", "compound", "ger", "format", "process"}
)  # fmt: skip


def _a_schools_place(doc: Doc, ent: Span) -> bool:
    """ "at the University of [Fribourg]", "the Institute of [Kanagawa]": the place a school is named by."""
    return (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "of"
        and doc[ent.start - 2].lower_ in {"university", "college", "institute", "academy", "school"}
    )


def _a_style_of_something(doc: Doc, ent: Span) -> bool:
    """ "between the [Founder of Peace] and National Unity - Leader of the Nation, President X": after "the",
    words joined by "of" are a style or a title, no one's name."""
    first = ent.start + (doc[ent.start].lower_ == "the")  # the model's entity may hold the article
    return (
        first > 0
        and doc[first - 1].lower_ == "the"
        and any(t.lower_ == "of" for t in tokens(doc)[first + 1 : ent.end - 1])
    )


def _where(span: Span) -> bool:
    """ "received X at Rashtrapati Bhavan": a bare name right after "at" is the place, no one (a person there
    has a title or an "'s": "at President X's invitation")."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "at"
        and span.root.dep_ == "pobj"
        and span.root.head.i == span.start - 1
    )


_MODIFIERS = frozenset({"ADJ", "PROPN"})


def _a_plural_in_a_portfolio(span: Span) -> bool:
    """ "the minister of National Defence, Former [Combatants] and Veterans of the Fatherland, X": one plural
    word the model took for a person, an item of a minister's portfolio."""
    doc = span.doc
    if len(span) != 1 or span[0].tag_ != "NNPS":
        return False
    k = span.start
    while k > 0 and span.start - k < 2 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ in _MODIFIERS:
        k -= 1
    return _in_portfolio(doc, k)


def _a_city_in_its_country(span: Span) -> bool:
    """ "who was visiting [Busan] in the Republic of Korea", "arrived in [Aqaba], Jordan": a city the
    gazetteer knows, its own country written right after it, is the place, no one."""
    doc = span.doc
    home = gazetteer.place_country(span.text)
    if home is None or span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"in", ","}:
        return False
    k = span.end + 1 + (doc[span.end + 1].lower_ == "the")
    return any(
        country_of_words(span_text(doc, k, k + n)) == home for n in (1, 2, 3, 4) if k + n <= len(doc)
    )


def _an_outlet(span: Span) -> bool:
    """ "Speaking to ANI", "told AFP": a news outlet's acronym, no one."""
    return len(span) == 1 and span.text.isupper() and outlets.table().by_name.get(span.text) is not None


def _qualifies_a_body(doc: Doc, end: int) -> bool:
    """ "the Trump administration", "the Mandela Washington Fellows programs": a name that only says whose
    government, programme or team the noun after it is names no one who acts."""
    token = doc[end - 1]
    while token.dep_ == "compound" and token.head.i > token.i:  # through "Washington Fellows" to "programs"
        token = token.head
        if token.pos_ == "NOUN":
            return token.lemma_.lower() in _BODIES
    return False


def _a_peoples_name(doc: Doc, start: int, end: int) -> bool:
    """An entity that is, or begins, a country's or people's name: "[Papua New] Guinean Defence Minister"."""
    return any(
        end + extra <= len(doc) and country_named_whole(span_text(doc, start, end + extra))
            for extra in (0, 1, 2)
    )


def counterpart_set_off(doc: Doc | Span, start: int) -> Token | None:
    """The "counterpart" a name starting at ``start`` is set off after: "his Indonesian counterpart, Retno
    Marsudi have reaffirmed" (which the model took for a body's, and the parse broke off)."""
    if start < 2 or doc[start - 1].text != ",":  # noqa: PLR2004 - a word and a comma before
        return None
    return doc[start - 2] if doc[start - 2].lower_ in {"counterpart", "counterparts"} else None


def _after_counterpart_from(doc: Doc, start: int) -> bool:
    """A name set off after "my counterpart from Timor Leste," or "his Indonesian counterpart," (the model
    knows neither name)."""
    if counterpart_set_off(doc, start) is not None:
        return True
    if start < 4 or doc[start - 1].text != ",":  # noqa: PLR2004
        return False
    before = doc[max(0, start - 6) : start - 1]
    return any(t.lower_ in {"counterpart", "counterparts"} for t in before) and any(
        t.lower_ in {"from", "of"} for t in before
    )


_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
_PARTICLES = frozenset(
    [
        "arap",
        "von",
        "van",
        "der",
        "den",
        "de",
        "da",
        "dos",
        "das",
        "du",
        "del",
        "della",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "bint",
        "ter",
        "ten",
        "di",
        "zu",
    ]
)


# the Arabic article as it sounds before some consonants, hyphened to the name: "a-Sisi", "ash-Sharaa"
_ARTICLES_ASSIMILATED = frozenset({"a", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ul"})


def _a_days_name(doc: Doc, ent: Span) -> bool:
    """ "their secret Valentine's Day meeting": the name a day is called after, "X's Day", is no one at it."""
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text in _POSSESSIVE
        and doc[ent.end + 1].text in {"Day", "Eve"}
    )


def _listed_with_a_thing(ent: Span) -> bool:
    """ "the fight against the crisis and Brexit were on the agenda": one word the model calls a person,
    joined by "and" to a common noun that names no one (not "met X and officials"), is a thing."""
    if len(ent) != 1:
        return False
    word = ent.root
    joined = [word.head] if word.dep_ == "conj" else []
    joined += [c for c in word.children if c.dep_ == "conj"]
    return any(
        other.pos_ == "NOUN"
        and other.is_lower
        and other.lemma_.lower() not in _PEOPLE_NOUNS
        for other in joined
    )


# the nouns of people a name may be listed with: "met X and officials", "X and his wife", "X and the minister"
_PEOPLE_NOUNS = office.TITLE_WORDS | STAFF_NOUNS | frozenset(
    {"official", "delegation", "member", "team", "wife", "husband", "spouse", "diplomat", "counterpart",
     "people", "citizen", "guest", "host", "colleague", "partner", "family", "child", "son", "daughter",
     "officer", "group", "party", "entourage", "staff", "expert", "businessman", "businessmen", "student",
     "journalist", "reporter", "lawmaker", "legislator"}
)


def _common_noun(ent: Span) -> bool:
    """ "the upcoming extraordinary Summits on ...": one word the model calls a person and a common noun,
    with an article, is no one."""
    return (
        len(ent) == 1
        and (ent.root.pos_ == "NOUN" or ent.root.lower_.removesuffix("s") in _GATHERINGS)
        and any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in ent.root.children)
    )


_FIRMS = frozenset(
    {"company", "firm", "giant", "carrier", "airline", "operator", "producer", "maker", "conglomerate"}
)
_FIRM_WORDS = _FIRM_ENDS | frozenset(
    {"sons", "heavy", "co", "export", "power", "airport", "airports", "railways", "media", "news",
     "executives"}
)  # fmt: skip
# words of a firm's name, not of a person's: "India's Tata Sons", "Japan's Toyota Motor executives"
_GATHERINGS = frozenset({"summit", "meeting", "conference", "forum", "session", "dialogue", "talk"})


SON_OF = frozenset({"bin", "ibn", "bint", "ben"})  # "Faisal bin Farhan"


def _given_name(token: Token) -> bool:
    """A word that may be a given name before a "bin" the model began a name with: "Tahnoon"."""
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in office.TITLE_WORDS
        and not country_of_words(token.text)
    )


def _after_particle(token: Token) -> bool:
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and (
            token.lower_ not in office.TITLE_WORDS
            or (token.i > 0 and token.doc[token.i - 1].lower_ in SON_OF)  # "bint Bandar bin [Sultan]": a
        )  # father's given name, whatever else the word is
        and not (country_of_words(token.text))
    )


_BEFORE_A_NAME = frozenset({"affairs", "minister", "secretary", "president", "presidents", "counterpart"})
_TITLES_LAST_WORDS = office.TITLE_WORDS | office.PORTFOLIOS | {"defense", "defence", "state"}  # "Secretary of
# Defense X", "Secretary of State Y"
_RANKED_STYLES = frozenset(
    {"sheikh", "sheikha", "sayyid", "prince", "princess", "king", "queen", "emir", "amir", "sultan", "dr",
     "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "madam"}
)  # fmt: skip


def _name_goes_on(token: Token) -> bool:
    if token.lower_ in _CREDITS and token.i + 1 < len(token.doc) and token.nbor().text == ":":
        return False  # "Fiji Foreign Minister Ratu Inoke Kubuabola Photo: supp": a caption's credit after it
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in HEADLINE_VERBS:
        return False  # "Li Qiang [Co]-chairs the Meeting": a headline verb's prefix
    return token.lower_ not in MONTHS_DAYS and token.lower_ not in HEADLINE_VERBS and (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.lower_ not in office.TITLE_WORDS
        and (
            token.ent_type_ not in {"GPE", "NORP", "DATE", "ORG", "LOC", "FAC"}
            or (token.ent_type_ in {"GPE", "LOC", "NORP"} and gazetteer.place_country(token.text) is None)
        )  # "Shah Mahmood Qureshi [GPE]", "[Bharat NORP] Raj Paudyal": a place or people the model made up
        # is a name going on
        and not country_of_words(token.text)
    )


def _opens(word: Token) -> bool:
    """Whether a word opens its sentence, or its quotation at the sentence's start."""
    return word.i == 0 or (word.i == 1 and word.doc[0].text in _QUOTES)


_CHAMBERS = (office.HOUSES - {"council", "chamber"}) | office.NAMED_HOUSES  # (a council may lead a state)


# the past verbs a post or a caption opens with, its writer the subject left out: no given name
_OPENING_VERBS = frozenset({"met", "received", "welcomed", "hosted", "congratulated", "thanked", "called"})
_CREDITS = frozenset(
    {"photo", "photos", "image", "images", "picture", "pictures", "file", "credit", "source"}
)


def _family_name_taken_for_a_body(doc: Doc | Span, k: int) -> bool:
    """A one-word organisation the model made of the word right after a person's name, which no body is
    called: "Foreign Minister [Regis Onanga] [Ndiaye ORG], and ...", the family name."""
    token = doc[k]
    return (
        k > 0
        and token.ent_type_ == "ORG"
        and token.ent_iob_ == "B"
        and (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")
        and doc[k - 1].ent_type_ == "PERSON"
        and token.pos_ == "PROPN"
        and token.is_title
        and not token.is_upper
        and organisation_of_words(token.text) is None
        and not NOT_IN_NAME.search(token.text)
        and not country_of_words(token.text)
    )


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """A name in quotation marks of its own: a camp, a ship or an operation ("Notting Hill"), no person."""
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].text not in _QUOTES and doc[k].text[:1].isupper():
        k -= 1
    if k < 0 or doc[k].text not in _QUOTES:
        return False
    j = end
    while j < len(doc) and j - end < 3 and doc[j].text not in _QUOTES and doc[j].text[:1].isupper():
        j += 1
    return j < len(doc) and doc[j].text in _QUOTES


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


_PLURAL_NOUNS = frozenset(
    {"missions", "embassies", "officials", "diplomats", "members", "delegations", "governments", "countries",
     "nations", "states", "parties", "staff", "chiefs", "heads", "envoys", "leaders"}
)  # fmt: skip


_OFFICES_AND_BODIES = office.TITLE_WORDS | _INSTITUTIONS


def _no_plural_nouns(spans: list[tuple[int, int]], doc: Doc) -> list[tuple[int, int]]:
    """No name is one plural noun of offices or bodies: "PM meets Ambassadors, Chiefs of Vietnamese
    Representative Missions abroad" names no "Ambassadors" and no "Missions"."""
    return [
        (start, end)
        for start, end in spans
        if end - start != 1
        or not (
            doc[start].lower_ in _PLURAL_NOUNS
            or (doc[start].lower_.endswith("s") and doc[start].lower_[:-1] in _OFFICES_AND_BODIES)
        )
    ]


def _joined(spans: list[tuple[int, int]], doc: Doc) -> list[tuple[int, int]]:
    """Names that touch are one name: "Antony" + "J. Blinken"."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            result
            and result[-1][1] == start
            and doc[start].ent_type_ == "PERSON"
            and doc[start].ent_iob_ == "B"
            and all(doc[k].ent_type_ in {"GPE", "LOC"} for k in range(*result[-1]))
            and (
                result[-1][1] - result[-1][0] >= 2  # noqa: PLR2004 - a place of two words or more
                or doc[result[-1][0] : result[-1][1]].text in gazetteer.WORLD_REGIONS
                or gazetteer.place_country(doc[result[-1][0]].text) is not None
            )  # not "[Antony] [John Blinken]", a given name the model took for a place
        ):
            result[-1] = (start, end)  # "Minister of State for the Middle East and [North Africa] [James
            # Cleverly]": a place of the portfolio, then the name the model tells apart from it
        elif result and result[-1][1] == start and doc[start - 1].text not in {",", "and"}:
            result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
    return result


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def printed_name(doc: Doc, start: int, end: int) -> str:
    """The name as written, capitals of family names undone ("IWAYA" -> "Iwaya"), roman numerals kept, and a
    dash glued to its end gone ("Dr. Martin Elia Lomuro- Minister of Cabinet Affairs")."""
    words = span_text(doc, start, end).replace("’", "'").split()
    words = [
        w
        if _ROMAN.fullmatch(w) or len(w) <= 2 or _INITIALS.fullmatch(w)
        else (w.capitalize() if w.isupper() else w)
        for w in words  # "K.P." stays initials
    ]
    return " ".join(words).removesuffix("'s").removesuffix("'").rstrip("-")
