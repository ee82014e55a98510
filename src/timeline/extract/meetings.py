"""Meeting frames: a trigger and the people its clause makes take part.

A trigger is a meeting verb ("met", "held talks", "spoke by phone",
"received", "hosted") or a meeting noun with its parties ("a meeting with",
"Secretary Mattis' Meeting with"). Its participants are the people the
parse attaches to it without crossing into another clause (a reporting
verb's speaker, a relative clause's people stay out): subjects and their
conjuncts, objects, "with" and "between" phrases, a passive's "by"; a
pronoun or "the two leaders" stands for the people last in the story.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from timeline import gazetteer, timex
from timeline.extract import mentions as found
from timeline.extract import office
from timeline.extract.attributes import (
    HELD,
    JUDGING_VERBS,
    in_clause_of,
    infinitive_headline,
    place_between,
    token_at,
    told_before,
    travels_on_a_day,
)
from timeline.extract.cast import RECEPTIONS, Cast, Person, led_delegation, sent_by, spouse_named
from timeline.extract.mentions import PersonMention, country_of_words
from timeline.extract.parse import SAYING, Parsed, Sentence, clause_verb, span_text, tokens

MEETING_VERBS = frozenset(
    {
        "meet",
        "talk",
        "speak",
        "call",
        "phone",
        "telephone",
        "receive",
        "host",
        "confer",
        "welcome",
        "engage",
        "greet",
        "convene",
        "co-chair",
        "cochair",
        "contact",
        "interact",  # "interacted with Turkish President X on the sidelines"
        "converse",  # "conversed with UN Special Envoy X"
        "dine",  # "dined with President X"
        "din",  # the small model's lemma of "dined"
        "lunch",  # "lunched with President X"
    }
)
LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "attend",
        "join",
        "chair",
        "co-chair",
        "host",
        "make",
        "pay",
        "grant",
        "give",
        "resume",
        "enjoy",
        "share",  # "X and Y shared a videoconference call on Monday"
        "carry",  # "the Croatian PM will carry out official talks with President X"
    }
)
# "A and B have begun a meeting in London with C": a meeting under way; not "who started his visit yesterday"
_OPENING = frozenset({"begin", "start", "commence", "kick"})  # "kicked off back-to-back meetings with X"
MEETING_NOUNS = frozenset(
    {
        "meeting", "meetings", "talks", "talk", "call", "calls", "conversation", "conversations",
        "discussion", "discussions", "summit",
        "dinner", "banquet", "lunch", "luncheon", "breakfast", "consultation", "consultations", "dialogue",
        "teleconference",
        "videoconference", "session", "audience", "encounter", "bilateral", "bilaterals", "chat", "phone",
        "telephone",
        "interaction", "interactions", "negotiations", "tete", "tête",  # "a tete a tete between X and Y"
        "engagement", "engagements",  # "held his first official engagement ... with President X"
        "visit",
    }
)  # fmt: skip
_BOUNDARY = frozenset({"relcl", "ccomp", "advcl", "acl", "parataxis", "csubj", "appos"})
_PLACES = frozenset({"FAC", "GPE", "LOC"})  # named entities no one holds a title of
_SITES = frozenset({"site", "town", "city", "village", "region", "province", "island", "home", "capital"})
_TELLING = frozenset({"share", "say", "post", "tell", "write", "announce", "express", "add", "note", "tweet"})
_STYLES = frozenset({"highness", "excellency", "majesty", "holiness"})
_JOINING = frozenset({"attend", "join", "accompany"})  # "hosted the meeting, attended by X and Y"
_NEGATION = frozenset({"not", "n't", "n’t", "never", "no"})  # "haven’t": the curly apostrophe too
_BLOCKING_HEADS = frozenset(
    {
        "hope", "want", "wish", "seek", "refuse", "decline", "invite", "propose", "offer", "ask", "request",
        "urge", "consider", "cancel", "postpone", "deny", "avoid", "fail", "suggest", "welcome", "eager",
        "keen", "like", "love", "able", "unable", "possible", "try", "approach", "likely", "hopeful",
        "suppose",  # "was also supposed to meet with President X but he was diagnosed with coronavirus"
    }
)  # fmt: skip
# "likely to meet Y": a guess, not a plan (speculation is no planned meeting)
_HOPED_FOR = frozenset({"expectation", "prospect", "possibility"})  # "expectations of a talk between X and Y"
_CALLING_OFF = frozenset({"cancellation", "cancelation", "postponement"})  # "the cancellation of the meeting of X
# with Y"
_FUTURE_HEADS = frozenset(
    {"plan", "schedule", "expect", "set", "due", "slate", "slat", "prepare", "go", "agree", "intend"}
)  # "slat": the lemma the small model gives "slated" after "is"
_MODALS = frozenset({"could", "might", "may", "would", "should", "can"})
_PLURAL_SUBJECTS = frozenset(
    {"they", "both", "two", "three", "four", "leaders", "ministers", "sides", "pair"}
)


@attrs.frozen
class Frame:
    """A meeting as one sentence tells it, before the frames of one meeting are joined."""

    sentence: int
    trigger: int  # token of the trigger in the sentence's document
    people: tuple[int, ...]  # person keys, in order of mention
    future: bool
    continuation: bool  # "the two ministers discussed ...": the meeting told before
    countries: frozenset[str]  # of offices named without a person inside the frame
    unnamed_party: bool  # "The Prime Minister spoke to President Macron": one side is an office, not a name
    group_role: str | None = None  # "the foreign ministers of A, B and C": the office its members hold
    group_outside: int | None = None  # who meets the group and is no member: "Guterres met with presidents"
    announced: bool = False  # "the upcoming summit between X and Y": set, even if no date is given
    reach: int | None = None  # where its clause ends, when the parse broke it and it was read in line
    dated_at: int | None = None  # the token its date is nearest, when not the trigger: "met A on Monday and B
    # on Tuesday", each meeting dated by its own person's day
    placed: str | None = None  # the city told beside its own person, when not the trigger's: "met A in
    # Pristina on Tuesday and B in Belgrade on Wednesday"
    recalled: bool = False  # "X noted that he discussed with Y ...", told in the story of X's meeting with Z


_APPEARANCES = frozenset({"remarks", "availability", "conference", "statements", "briefing"})


def _appearance(token: Token, sentence: Sentence) -> bool:
    """A heading "Remarks With Moroccan Foreign Minister X": a joint appearance, so a meeting."""
    return (
        sentence.heading and token.lower_ in _APPEARANCES and any(c.lower_ == "with" for c in token.children)
    )


def _joint_appearance(token: Token) -> bool:
    """ "a joint news conference with Egyptian Foreign Minister X": two who appear together have met."""
    return (
        token.lower_ in {"conference", "availability", "appearance", "statement", "briefing", "presser"}
        and (
            any(c.lower_ == "joint" for c in token.children)
            or any(c.lower_ in {"press", "news"} and c.dep_ == "compound" for c in token.children)
        )
        and any(c.lower_ == "with" and _with_someone(c) for c in token.children)
    )  # "gave a press conference with Foreign Minister X" too; "a joint presser with X", in news slang


def byline(parsed: Parsed, cast: Cast) -> Person | None:
    """The person a page is by: a heading line near the top that is a name and nothing else."""
    for sentence in parsed.sentences[:10]:
        doc = sentence.doc
        if len(doc) >= 3 and doc[0].lower_ in {"remarks", "statement", "interview"} and doc[1].lower_ == "by":
            for token in tokens(doc):  # "Remarks by Michael R. Pompeo, Secretary of State"
                person = cast.person_at(sentence.index, token.i)
                if person is not None:
                    return person
        if sentence.heading and len(doc) <= 5:
            person = cast.person_at(sentence.index, len(doc) - 1)
            if person is not None and all(
                cast.person_at(sentence.index, t.i) is None for t in tokens(doc)[:-1] if t.is_punct
            ):
                return person
    return None


def _multilateral(noun: Token) -> bool:
    """ "the trilateral summit", "a three-way meeting": the story's group of three met, its people unnamed here."""
    before = " ".join(t.lower_ for t in tokens(noun.doc)[max(0, noun.i - 4) : noun.i]).replace(" - ", "-")
    return any(c.lower_ in {"trilateral", "quadrilateral"} for c in noun.children) or bool(
        re.search(r"\b(?:three|four)-way$", before)
    )


def _where_they_met(noun: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """ "the trilateral summit at Camp David in August, where A, B and C agreed to meet annually": the people
    a clause opened by "where" on the meeting's phrase names as its subjects were at it."""
    for clause in noun.subtree:
        if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            found = [cast.person_at(sentence.index, t.i) for t in [subject, *subject.conjuncts]]
            keys = list(dict.fromkeys(p.key for p in found if p is not None))
            if len(keys) >= 2:  # noqa: PLR2004 - a meeting's sides
                return keys
    return []


def _of_a_legislature(noun: Token) -> bool:
    """ "the first session of the National Assembly", "a joint session of Congress": a house sitting."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and g.lower_ in _HOUSES and not any(k.lower_ == "general" for k in g.children)
            for g in c.children
        )  # not the United Nations General Assembly, whose sessions leaders meet at
        for c in noun.children
    )


_HOUSES = frozenset(
    {"assembly", "parliament", "congress", "senate", "duma", "majlis", "knesset", "bundestag", "diet",
     "legislature", "sejm", "rada", "seimas", "saeima", "riigikogu", "storting", "riksdag", "folketing",
     "althing", "oireachtas"}
)  # fmt: skip


def _occasion(noun: Token) -> bool:
    """ "on the sidelines of the summit", "on the margins of", "ahead of the summit", "on the occasion of".

    So too a session of an assembly someone came to attend: "who is in New York to attend the 80th Session of
    the United Nations General Assembly".
    """
    if (
        noun.lower_ == "session"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() == "attend"
        and any(c.lower_ == "of" for c in noun.children)
    ):
        return True
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"at", "during"}
        and any(
            c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS and c.i != noun.i for c in noun.head.head.children
        )
    ):
        return True  # "X did not get a meeting with Y at today's summit": where the meeting was (or was not)
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            return False
        holder = node.head.head
        if holder.lower_ in {
            "sidelines",
            "sideline",
            "margins",
            "margin",
            "occasion",
            "ahead",
            "eve",
            "side",
            "run-up",
        }:
            return True
        node = holder
    return False


def _signed_by_two(verb: Token) -> bool:
    """ "A memorandum was inked by X and his Indonesian counterpart Y": two named signers, so they met."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and any(j.dep_ == "conj" and _named_one(j) for j in g.children)
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
    )


def _named_one(token: Token) -> bool:
    """A name, or "counterpart" or a title with the name beside it: "X and [his counterpart Y]", "X and [the
    visiting Peruvian envoy Y]"."""
    return token.pos_ == "PROPN" or (
        (token.lower_ == "counterpart" or token.lower_ in office.HEADS) and _name_beside(token)
    )


def _name_beside(token: Token) -> bool:
    """Whether a noun has a name in apposition: "his counterpart Y", "his longtime friend, X"."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


_LEADING = frozenset({"lead", "head", "chair", "preside", "co-preside", "copreside", "spearhead"})


def _a_joint_sitting(verb: Token, sittings: frozenset[str] = frozenset()) -> bool:
    """What two people lead together is a sitting of both sides: "led the Joint Permanent Commission",
    "chaired the joint committee", "presided over the talks", "headed their delegations at the talks"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"over", "at"} for g in c.children
    ]
    for noun in objects:
        if noun.lower_ == "delegations":  # "headed their delegations at the Joint Commission"
            return any(
                _sitting(g)
                for c in [*noun.children, *verb.children]
                if c.dep_ == "prep" and c.lower_ in {"at", "to", "in"}
                for g in c.subtree
            )
        if _sitting(noun) or noun.text in sittings:  # "spearheaded the JCBC", named in full before
            return True
    return False


def _sitting(noun: Token) -> bool:
    """A meeting, or a joint body that sits: "the talks", "the Joint Commission", "the intergovernmental
    committee"."""
    return noun.lower_ in MEETING_NOUNS or (
        noun.lower_ in _BODIES and any(c.lower_ in _JOINT for c in noun.subtree)
    )


_BODIES = frozenset({"commission", "committee", "council"})
_JOINT = frozenset({"joint", "intergovernmental", "bilateral"})
_DEFINED = re.compile(r"\b((?:(?:[A-Z][a-z]+|for|of|on|and|the) ){1,8})\(([A-Z]{2,8})\)")  # "Long Name (LN)"


def _sittings_named(parsed: Parsed) -> frozenset[str]:
    """The short names the text gives a sitting of two sides ("the 7th Joint Commission for Bilateral
    Cooperation (JCBC) held in Manila"), read in the original text (the repairs drop such asides), so that
    "X and Y spearheaded the JCBC" tells a meeting."""
    found = set()
    for long, short in _DEFINED.findall(parsed.original):
        words = set(long.lower().split())
        if words & MEETING_NOUNS or (words & _BODIES and words & _JOINT):
            found.add(short)
    return frozenset(found)


def _joint_subject(verb: Token) -> bool:
    """The verb's subject is two named people joined by "and" ("Obama and Kikwete discussed", "X and his counterpart Y")
    or "along with" ("X along with his counterpart Y signed ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in {
        "he",
        "she",
    }:  # "X said that he and Australian counterpart Y
        # discussed ...", "where he and Turkmen President Y will discuss", not "he and Chancellor Reeves
        # discussed the budget"
        return any(
            c.dep_ == "conj"
            and any(
                t.lower_ == "counterpart"
                or (t.head.lower_ in office.HEADS and gazetteer.lookup_country(t.text) is not None)
                # "he and Turkmen President Y": another country's head
                for t in c.subtree
            )
            for c in subject.children
        )
    if subject is None or not (
        subject.pos_ == "PROPN"
        or (subject.pos_ in {"NOUN", "VERB"} and subject.text[:1].isupper())
        or (subject.pos_ == "ADJ" and subject.text[:1].isupper() and country_of_words(subject.text) is None)
    ):  # "Safadi", the model's noun (or verb, or adjective: "[Herzog] and Anastasiades also discussed") at a
        # sentence's start
        return False
    joined = [c for c in subject.children if c.dep_ == "conj"]
    joined += [  # "Safadi along with his Jamaican counterpart X signed ..."
        g
        for c in subject.children
        if c.lower_ in {"along", "together"}
        for w in c.children
        if w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
    ]
    return any(
        _named_one(c) for c in joined
    )  # "Araghchi and his Saudi counterpart Faisal bin Farhan exchanged"


_JOINT_ACTS = frozenset(
    {"reaffirm", "affirm", "review", "pledge", "vow", "underscore", "stress", "emphasize", "emphasise",
     "renew"}
)  # fmt: skip  # "A and his counterpart B reaffirmed the commitments in Bogota": what two say together, where they met


def _pair_of_officials(verb: Token) -> bool:
    """The verb's subject is two officials told by their office: "The two Foreign Ministers discussed
    bilateral issues on the sidelines of ..."; not "the two countries", "both sides"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ in {"NNS", "NNPS"}
        and (subject.lower_ in {"leaders", "ministers"} or subject.lemma_.lower() in office.HEADS)
        and any(c.lower_ in {"two", "both"} for c in subject.children)
    )


def _held_somewhere(verb: Token) -> bool:
    """The verb says where: "discussed ... on the sidelines of the summit", "in Colombo", "at the palace"."""
    return any(
        c.dep_ == "prep"
        and (
            (c.lower_ == "on" and any(g.lower_ == "sidelines" for g in c.children))
            or (c.lower_ in {"in", "at"} and any(g.ent_type_ in {"GPE", "FAC"} for g in c.children))
        )
        for c in verb.children
    )


def _both_titled(verb: Token) -> bool:
    """Each of the verb's two subjects has a head of state's or minister's title: "French President X and
    Ethiopian Prime Minister Y presided over the signing" (not "X and First Lady Y witnessed the
    swearing-in")."""
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    names = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return all(
        any(t.lower_ in {"president", "minister", "king", "emir", "premier"} for t in n.subtree)
        for n in names
    )


_TRIGGER_CLASSES = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})
_GATHERINGS = frozenset({"summit", "conference", "forum", "assembly", "congress", "convention"})
_ORDERS = frozenset({"order", "instruction", "task", "mandate", "request", "wish", "intention", "readiness"})
_CALLED_PEOPLE = office.HEADS | {"colleague", "official", "head", "friend", "ally", "partner", "family"}


_NAMING_CLASSES = frozenset({"NOUN", "PROPN", "ADJ"})
_RECIPROCAL = frozenset({"meet", "speak", "talk", "confer"})  # verbs two subjects do with each other


def _beside_a_meeting_denied(token: Token) -> bool:
    """Whether a trigger's clause goes on to deny a meeting: "attended the session, but could not meet"."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in _RECIPROCAL
        and any(g.dep_ == "neg" for g in c.children)
        for c in verb.children
    )


_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "numerous", "many",
     "multiple", "dozens", "countless"}
)  # fmt: skip


def _meetings_counted(noun: Token) -> bool:
    """Whether a plural meeting noun is counted between its subjects: "A and B had three in-person meetings
    this year", "have held several meetings" (not "held meetings with A, B and C", one with each)."""
    return (
        noun.tag_ == "NNS"
        and noun.lower_ in MEETING_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in {"have", "hold"}
        and not any(c.dep_ == "det" for c in noun.children)  # not "where the two held talks", a misparse
        and any(
            c.dep_ in {"nummod", "amod"} and (c.lower_ in _COUNTS or c.text.isdigit()) for c in noun.children
        )
        and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children)
        and not any(  # "held two meetings in Sochi on Monday": sittings of one day's talks
            t.lower_.rstrip(".") in timex.WEEKDAYS or t.lower_ in {"today", "yesterday", "tomorrow"}
            for t in noun.head.subtree
        )
    )


_OCCASIONS = re.compile(
    r"\b(?:on (?:many|several|numerous|multiple|various) occasions|many times|repeatedly)\b"
)


def _on_many_occasions(token: Token) -> bool:
    """Whether the clause of a meeting word tells of many ("has held meetings with Y on many occasions",
    "have met repeatedly"): a habit, no meeting of a day."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head if token.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False  # a meeting noun hung elsewhere tells its own meeting
    if any(c.dep_ in {"npadvmod", "appos"} and c.lower_ in MEETING_NOUNS for c in verb.children):
        return False  # "have met on numerous occasions, two-plus-two meeting in February": one of them told
    told = [c for c in verb.children if c.dep_ in {"prep", "advmod", "npadvmod"}]
    return any(_OCCASIONS.search(span_text(token.doc, c.left_edge.i, c.right_edge.i + 1)) for c in told)


def _by_message(verb: Token) -> bool:
    """Whether a welcome or greeting is sent, not given in person: "welcomed X in a message on his Twitter
    account", "congratulated X in a letter"."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in {"welcome", "greet", "congratulate", "thank", "hail"}
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "on", "via", "through", "by"}
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _SENT_BY for g in c.children)
            for c in verb.children
        )
    )


_GLAD = frozenset(
    {"great", "good", "nice", "wonderful", "glad", "pleased", "delighted", "happy", "honoured", "honored",
     "pleasure", "honour", "honor", "privilege", "joy"}
)  # fmt: skip


def _glad_to_have_met(verb: Token) -> bool:
    """ "it was great to meet with Y", "it was a pleasure to welcome Y": gladness told in the past of a
    meeting had (not "it will be a pleasure to meet Y", "I am glad to meet Y next week"); a post's "Pleasure
    to meet Y today", "Delighted to meet Y", with no verb of its own: posted after the meeting."""
    if verb.dep_ not in {"xcomp", "acl", "advcl"} or not _to_infinitive(verb):
        return False
    head = verb.head
    if head.dep_ == "ROOT" and head.pos_ in {"ADJ", "NOUN"} and head.lemma_.lower() in _GLAD:
        return not any(c.dep_ in {"nsubj", "aux", "cop"} for c in head.children)  # no "I am", no "will be"
    glad: Token | None
    if head.pos_ in {"ADJ", "NOUN"}:  # "a pleasure [to meet]", "glad [to meet]"
        glad, head = head, head.head
    else:
        glad = next(
            (c for c in head.children if c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in _GLAD), None
        )
    return glad is not None and glad.lemma_.lower() in _GLAD and head.tag_ == "VBD"


_NEEDED = frozenset(
    {"important", "necessary", "essential", "vital", "crucial", "imperative", "critical", "urgent"}
)


def _a_need_to_meet(verb: Token) -> bool:
    """ "it was important to meet with Y", "it is necessary to hold talks with Y": an opinion of a need."""
    if verb.dep_ != "xcomp" or not _to_infinitive(verb):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _NEEDED for c in verb.head.children)


def _to_infinitive(verb: Token) -> bool:
    """Whether a verb is told with "to": "to meet"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_ASKING = frozenset({"write", "ask", "request", "seek", "press", "push", "lobby", "appeal", "apply"})


def _a_meeting_asked_for(noun: Token) -> bool:
    """ "X had written to India for a meeting with Y", "asked for talks with Y": a request, not the
    meeting."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in _ASKING
    )


def _many_times(verb: Token) -> bool:
    """Whether a verb is said of many times: "several times", "12 times", "on several occasions",
    "regularly" (``_OFTEN``, as a habit is told) (not "for the second time", one of them)."""
    if any(t.lower_ in {"recently", "last", "latest"} for t in verb.subtree):
        return False  # "has met X frequently, most recently in Nairobi on Monday": the last one told
    return any(
        (c.dep_ == "npadvmod" and c.lower_ == "times")
        or (c.dep_ == "advmod" and c.lower_ in _OFTEN)
        or (c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "occasions" for g in c.children))
        for c in verb.children
    )
# what one meets in the sense of fulfilling it: "met all criteria", "meet the deadline", "met its targets"
_SATISFIED = frozenset(
    {"criterion", "criteria", "requirement", "condition", "target", "standard", "goal", "expectation",
     "deadline", "need", "demand", "obligation", "commitment", "benchmark", "threshold", "objective", "cost",
     "quota", "challenge"}
)  # fmt: skip


def _may_be_a_meeting_word(token: Token, lemma: str) -> bool:
    """Whether a noun, name or adjective is a word one of ``trigger_anchor``'s rules for them takes: "talks",
    "visit", "welcome", "guard" (of honour), "hosted" (tagged an adjective); not "agreement", "Kampala".

    Most words a sentence has are nouns, names and adjectives, and each rule
    that can take one asks first for one of these words (``_MEETING_WORDS``,
    ``_MEETING_LEMMAS``); asking once spares every other rule's asking. A new
    rule taking such a word by another word adds that word there.
    """
    return token.lower_ in _MEETING_WORDS or lemma in _MEETING_LEMMAS


def _may_be_a_meeting_verb(token: Token, lemma: str) -> bool:
    """Whether a verb or an auxiliary is one ``trigger_anchor``'s rules for them can take: "met", "discussed",
    "were" ("Also present were X"), "co-chaired"; not "said", "announced", "will".

    Each rule that can take a verb asks first for its lemma (``_VERB_LEMMAS``)
    or its word (``_MEETING_WORDS``), but two: a sentence's root opened by
    "With" ("With his Egyptian counterpart, X, Y took stock", as
    ``_opens_with_a_counterpart``), and a verb taken for an object of "in" or
    "at" under "joined" ("At the meeting they were joined by X", as
    ``_joined_at_the_meeting``). A new rule taking a verb by another word adds
    that word there.
    """
    return (
        lemma in _VERB_LEMMAS
        or token.lower_ in _MEETING_WORDS
        or (token.dep_ == "ROOT" and token.doc[0].lower_ == "with")
        or (token.dep_ == "pobj" and token.head.head.lemma_.lower() in _JOINING)
    )


def trigger_anchor(token: Token, sittings: frozenset[str] = frozenset()) -> Token | None:
    """The verb a trigger's parties hang on, or the noun itself; None when the word is no meeting here."""
    pos = token.pos_  # asked by most rules below: read once
    if pos == "ADJ" and token.lower_ == "bilateral" and token.dep_ in {"dobj", "nsubj", "pobj"}:
        pos = "NOUN"  # "had a bilateral with X": the adjective stands for the meeting it qualifies
    if pos not in _TRIGGER_CLASSES:
        return None  # a determiner, preposition, pronoun, stop ...: most of a sentence, asked first
    lemma = token.lemma_.lower()
    if pos in _NAMING_CLASSES and not _may_be_a_meeting_word(token, lemma):
        return None  # "agreement", "Kampala", "bilateral ties": no rule below takes the word, asked next
    if pos not in _NAMING_CLASSES and not _may_be_a_meeting_verb(token, lemma):
        return None  # "said", "announced", "will": no rule below takes the verb
    if _beside_a_meeting_denied(token):
        return None  # "The leaders attended the UN session in September, but could not meet": not there
    if lemma == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in _SATISFIED for c in token.children):
        return None  # "Both countries have met all criteria for membership": met as fulfilled, no one met
    if lemma in _RECIPROCAL and _many_times(token):
        return None  # "X and Y have met several times", "met X 12 times from March 2023": meetings counted,
        # none of them told
    if _meetings_counted(token):
        return None  # "This year, X and Y had three in-person meetings": a count, none told
    if _on_many_occasions(token) or _by_message(token):
        return None  # "X has held meetings with Y on many occasions": none told; "X welcomed Y in a message
        # on his Twitter account": no one met
    if _a_need_to_meet(token) or _a_meeting_asked_for(token):
        return None  # "X said it was important to meet with Y", "X had written to India for a meeting with
        # Y": a need or a request, no meeting held nor set
    if token.lower_ in {"session", "sessions"} and _of_a_legislature(token):
        return None  # "since taking office at the first session of the 15th National Assembly": a house's
        # sitting, no meeting of anyone named
    if token.lower_ == "occasion":
        return token if _present_at_the_meeting(token) else None  # "X was also present on the occasion": at
        # the meeting just told
    if (
        pos == "NOUN"
        and lemma == "call"
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
        and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in token.children)
    ):
        return None  # "vocal in their call for the will of the people to be respected": an appeal
    if token.lower_ in {"interaction", "interactions", "negotiations", "engagement", "engagements"} and not (
        (token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS)
        or _it_is_the_meeting(token)
        or any(c.lower_ == "with" and _with_titled(c) for c in token.children)
    ):
        return None  # "had an interaction with X", "X and Y held negotiations in Xi'an", "after negotiations
        # with Minister X" are meetings; "the second high-level interaction under the administration", "the
        # negotiations on a trade deal" not
    if (
        token.lower_ == "talk"
        and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children)
        and not any(c.lower_ in {"with", "between"} or c.lower_ in _REMOTE for c in token.children)
    ):
        return None  # "during his talk on the New Convergence": a speech; not "his talk with X", "their phone
        # talk on Monday", nor "the Foreign Ministers' Telephone Talk"
    if pos == "VERB" and (
        (lemma in {"discuss", "agree", "sign", "gather", "exchange"} and _joint_subject(token))
        or (lemma == "discuss" and _pair_of_officials(token) and _held_somewhere(token))
        or (
            lemma in _JOINT_ACTS
            and _joint_subject(token)
            and any(_held_somewhere(t) for t in [token, *(c for c in token.children if c.dep_ == "dobj")])
        )
        or (lemma in {"sign", "ink"} and _signed_by_two(token))
        or (lemma in {"preside", "witness"} and _joint_subject(token) and _both_titled(token))
    ):
        return (
            token  # "President Obama and President Kikwete have discussed ...", "... exchanged views", "X and
        )
        # Y presided over the signing of agreements": they met
    if (
        pos == "VERB"
        and lemma in {"speak", "talk"}
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        and not any(c.dep_ in {"prep", "dative"} and c.lower_ in {"with", "to"} for c in token.children)
    ):
        return None  # "He spoke highly of the cooperation between A and B": praise, no one spoken with
    if pos == "VERB" and lemma in _LEADING and _joint_subject(token) and _a_joint_sitting(token, sittings):
        return token  # "Minister A of X and Minister B of Y led the Joint Commission held in Z"
    if (
        pos == "VERB"
        and (
            lemma in {"discuss", "confer", "consult"}
            or (lemma == "exchange" and (_views_exchanged(token) or not _has_object(token)))
        )
        and any(_with_someone(c) for c in _with_phrases(token))
    ):  # "has once again exchanged with X, his Kenyan counterpart"
        return token
    if pos == "VERB" and lemma == "raise" and _raised_with_on_a_day(token):
        return token  # "raised the issue with National Security Adviser X on Wednesday": they spoke
    if pos == "VERB" and token.dep_ == "ROOT" and _opens_with_a_counterpart(token):
        return token  # "With his Egyptian counterpart, X, Y took stock of progress": the sentence opens on
        # the one he met
    if (
        pos == "VERB"
        and (lemma == "discuss" or (lemma == "exchange" and _views_exchanged(token)))
        and any(_with_titled(c) or _with_counterpart(c) for c in _with_phrases_of_thing(token))
    ):
        # "he had discussed the crisis with his Indian counterpart, X", "exchanged views with X": the
        # "with" hung on the thing
        return token
    if (
        pos == "VERB"
        and lemma in {"sign", "ink"}
        and any(
            _with_titled(c) or _with_counterpart(c)
            for c in _with_phrases(token) + _with_phrases_of_thing(token)
        )
    ):
        return token  # "X signed agreements with his Austrian counterpart Y": the two signers met
    if pos == "VERB" and _co_chaired(token) and _people_before(token):
        return token  # "X and Y co-chaired the joint commission"
    if pos == "VERB" and lemma == "discuss" and any(_with_titled(c) for c in _with_phrases_of_aim(token)):
        return token  # "discussed ways to strengthen cooperation with Austrian President X"

    if (host := _host_during_visit(token)) is not None:
        return host  # "Minister X reiterated ... during Zimbabwean Minister Y's visit": X received Y
    if (
        pos == "VERB"
        and lemma == "visit"
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in token.children)
    ):
        obj = next(c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN")
        if obj.ent_type_ == "PERSON":
            return token  # "plans to visit Chinese Foreign Minister Wang Yi in Beijing"
    if (
        pos == "VERB"
        and lemma == "visit"
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(t.ent_type_ == "PERSON" for c in token.children if c.dep_ == "agent" for t in c.subtree)
    ):
        return token  # "he was visited in the Historic Center by the president of Chile, Gabriel Boric"
    if (
        pos == "VERB"
        and lemma == "invite"
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "agent" for c in token.children)
        and any(
            c.dep_ == "prep" and c.lower_ in {"to", "for"} and any(g.lower_ in _MEALS for g in c.children)
            for c in token.children
        )
    ):
        return token  # "X will be invited to lunch by President Y": the host's meal, set, as "hosted to"
    if (
        pos == "VERB"
        and lemma in {"sit", "catch"}
        and any(c.dep_ == "prt" and (lemma, c.lower_) in _SITTING_DOWN for c in token.children)
        and any(_with_someone(c) for c in _with_phrases(token))
    ):
        return token  # "a day before he will sit down with Moroccan Prime Minister X", "caught up with her
        # Indonesian counterpart X on the sidelines"
    if (
        pos == "VERB"
        and lemma == "spend"
        and any(c.dep_ == "dobj" and c.lower_ == "time" for c in token.children)
        and any(_with_someone(c) for c in _with_phrases(token))
    ):
        return token  # "Ramaphosa also spent time with Prime Minister X": they met
    if pos == "VERB" and lemma == "receive" and _a_thing_received(token):
        return None  # "received a letter from President X": a message, not a meeting
    if pos == "VERB" and _credentials(token):
        return token  # "presented his credentials to President X", "received the letter of credence of Y"
    if pos == "VERB" and lemma in {"visit", "come", "travel", "arrive"} and _at_the_invitation(token):
        return token  # "visited Qatar at the invitation of Sheikh Tamim": the host who invited met the guest
    if (
        (pos == "NOUN" or (pos == "PROPN" and token.lower_ == "visit"))  # "will undertake a Working Visit"
        and lemma == "visit"
        and token.dep_ == "dobj"
        and token.head.pos_ == "VERB"
        and (_at_the_invitation(token) or _at_the_invitation(token.head))
    ):
        return token.head  # "will undertake a state visit to Uganda at the invitation of President X"
    if (
        pos == "VERB"
        and lemma in {"talk", "speak", "meet"}
        and token.dep_ in {"advcl", "acl"}
        and any(
            t.lemma_.lower() in _ORDERS
            for t in [token.head, *(c for c in token.head.children if c.dep_ == "attr")]
        )
        and _to_infinitive(token)
    ):
        return None  # "This is exactly the order the president gave me yesterday, to talk with X": what one
        # is to do, no talk held (not "was in Brussels to meet X")
    if (
        pos == "VERB"
        and lemma == "host"
        and token.dep_ == "relcl"
        and token.head.lemma_.lower() in _GATHERINGS
        and any(c.dep_ == "agent" for c in token.children)
    ):
        return None  # "gathered at the summit, which was hosted by Crown Prince X": the gathering's host, no
        # meeting of his with anyone told
    if pos == "VERB" and lemma in {"speak", "talk"} and _to_the_press(token):
        return None  # "Speaking to the media, Cassis described ...": the press is no party to a meeting
    if pos == "VERB" and lemma == "speak" and _speaking_aside(token):
        return None  # "Speaking during the joint news conference, X said": X spoke to the press, met no one
    # a finite "shake" only: not "photos of X shaking hands with Y", "accused of shaking hands with Y"
    if (
        pos == "VERB"
        and lemma == "shake"
        and token.tag_ in {"VBD", "VBZ", "VBP"}
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in token.children)
        and any(_with_someone(c) for c in [*_with_phrases(token), *_with_phrases_of_thing(token)])
    ):
        return token  # a caption's "X shakes hands with Y in Rabat": they met
    if pos == "NOUN" and lemma in MEETING_VERBS and _verb_tagged_a_noun(token):
        return token  # a caption's "X hosts [NNS] Y for talks at the Pentagon, April 11, 2022"
    if pos == "VERB" and lemma in MEETING_VERBS:
        if lemma in {"call", "phone", "telephone"} and not any(
            c.dep_ in {"dobj", "prep", "prt"} or (c.dep_ == "oprd" and c.ent_type_ == "PERSON")
            for c in token.children
        ):
            return None  # "called for", "called it" are caught by their arguments below; "called
            # [oprd] President-elect X of Chile today" is a call
        if lemma == "contact" and any(
            (c.dep_ == "prep" and c.lower_ in {"by", "through", "via"})
            or (c.dep_ == "aux" and c.lemma_.lower() == "have")
            for c in token.children
        ):
            return None  # "contacted X by letter", "had contacted X through intermediaries": no call told
        if lemma in {"welcome", "engage", "contact"} and not any(
            (
                c.dep_ == "dobj"
                and (c.pos_ == "PROPN" or c.lower_ in office.HEADS or c.lower_ == "counterpart")
                and not _possessor(c)
            )
            or (
                c.dep_ == "agent"
                and (any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) or _with_titled(c))
            )  # "was welcomed by Defence Minister Kim Tae-mok", the name's end taken for a noun
            or (c.dep_ == "npadvmod" and c.i > token.i and c.ent_type_ == "PERSON" and lemma == "welcome")
            # "welcomed on Monday, at the Victoria Palace, Secretary General X": the object after the asides
            or (
                c.dep_ == "prep"
                and any(
                    a.ent_type_ == "PERSON" and _object_set_off_after_a_place(a, token)
                    for g in c.children
                    for a in g.children
                )
            )  # "welcomed on Sunday at the Baghdad Palace, Foreign Minister X": X hung on the palace
            for c in token.children
        ):
            return None  # "welcomed the agreement", "engaged in talks" are no meeting; "engaged his counterpart, X"
            # and "was welcomed by President X" are
        if lemma == "call" and any(
            (c.dep_ == "oprd" and (c.ent_type_ != "PERSON" or any(d.dep_ == "dobj" for d in token.children)))
            or (c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ in MEETING_NOUNS))
            for c in token.children
        ):  # not "called [oprd] Philippine President Duterte" (the callee misparsed),
            # but "called Putin [oprd] X"
            return None  # "called it a victory"; "called the meeting with X constructive": the meeting is the noun's
        if lemma == "call" and any(
            c.lower_ == "on"
            and c.dep_ in {"prt", "prep"}
            and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children)  # not "called for X on Monday"
            for c in token.children
        ):
            if _asked_to(token):
                return None  # "called on Prime Minister X to stop the war": an appeal, not a visit
            return token  # "called on acting President Choi": a visit
        if lemma == "call" and any(
            c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "for") for c in token.children
        ):
            return None
        if lemma == "call" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _CALLED_PEOPLE
            for c in token.children
        ):
            return None  # "called parts of A and B 'quasi-states'", "called the move a mistake": a naming;
            # not "called his counterpart", "called the leaders of A and B"
        return token
    if pos in {"NOUN", "PROPN"} and _joint_appearance(token):
        return token
    if _past_verb_as_adjective(token):
        return token
    if _welcome_given(token):
        return token.head  # "He was given a red carpet welcome by President X at the airport"
    if pos in {"VERB", "AUX"} and _participants_included(token):
        return token  # "The participating leaders included X, Y and Z": more people at the meeting just told
    if token.pos_ == "VERB" and _joined_at_the_meeting(token):
        return token  # "In their talks they will be joined by X and Y": more people at the meeting just told
    if (
        token.dep_ == "nsubjpass"
        and token.lower_ in {*MEETING_NOUNS, "event", "meetings"}
        and token.head.lemma_.lower() in _JOINING
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    ):
        return (
            token.head
        )  # "The event will also be attended by X and Y": more people at the meeting just told
    if _gathered_at(token):
        return token.head  # "The virtual meeting also gathered the foreign ministers of A and B and X"
    if pos in {"NOUN", "PROPN"} and (
        token.lower_ in MEETING_NOUNS
        or (
            token.lower_ == "calls"
            and any(c.lower_ in _CALL_KINDS for c in token.children)
        )
        or _remote_conference(token)
        or _exchange_with(token)
        or _the_event_attended(token)
    ):  # "paid courtesy calls on Presidents X and Y"; not "calls for calm"
        if _occasion(token):
            return None  # "on the sidelines of the APEC summit": where a meeting was, not the meeting
        if _visit_talked_of(token):
            return None  # "reviewing the schedule for President X's state visit to China in June": a visit
            # the talk is about, not one of the talk's day
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "during"
            and token.head.head.lemma_.lower() == "accompany"
            and not any(c.dep_ == "dobj" for c in token.head.head.children)
        ):
            return None  # "During his visit, X will be accompanied by a delegation including Y": his suite
        if _gathering_discussed(token):
            return None  # "they also discussed the conference to be held on 12-13 May and the G20 summit to
            # be held in India in September": gatherings talked of, none of the talkers' own
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in office.HEADS
            and token.lower_ not in {"talks", "meeting", "meetings"}
            and not any(c.lower_ == "between" for c in token.children)
        ):
            return None  # "President of the 78th session of the General Assembly X": a title's, no meeting
            # (not "chair of the talks between A and B")
        if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lower_ in found.ENVOYS:
            return None  # "the EU envoy for dialogue between A and B": a mission, named in a title
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in {"about", "regarding", "concerning"}
            and (token.head.lower_ != "about" or not _ones_own_meeting(token))
        ):
            return None  # "held discussions regarding President X's state visit": what was discussed (not
            # "told reporters about his meeting with Y on Tuesday": his meeting)
        if any(
            c.dep_ == "amod" and c.lower_ in {"leaked", "intercepted", "recorded", "taped"}
            for c in token.children
        ):
            return None  # "leaked conversations between X and Y were published": a recording, not a meeting
        head = token.head
        if (taking := _taking_part_in(token)) is not None:
            return taking  # "Y will also take part in the meeting", "participated in the talks"
        if (one := _one_of_the_meetings(token)) is not None:
            return one.head  # "One of the meetings was with X": the verb X hangs on
        if (chaired := _co_chaired_by(token)) is not None:
            return chaired  # "The meeting was co-chaired by A and B": the two chairs met
        if token.dep_ in {"nsubj", "nsubjpass"} and _took_place(head):
            return (
                head  # "a telephone conversation took place between X and Y"; "talks were held between ..."
            )
        if token.dep_ == "nsubj" and _together(head):
            return head  # "The meeting, held on Wednesday, brought together X and Y"
        if (
            token.dep_ in {"dobj", "attr"}
            and head.pos_ in {"VERB", "AUX"}
            and (
                head.lemma_.lower() in LIGHT_VERBS
                or _begun_with_someone(head, token)
                or (head.lemma_.lower() == "receive" and token.lemma_.lower() in _CALLS)
            )
        ):
            return head  # "held talks with X"; "received telephone calls from A, B and C": the verb's
        if (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lower_ in _AMOUNTS
            and head.head.dep_ == "dobj"
            and head.head.head.lemma_.lower() in LIGHT_VERBS
        ):
            return head.head.head  # "held a number of meetings", "a series of talks": the verb holding them
        if (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lower_ in _AMOUNTS
            and (taking := _taking_part_in(head.head)) is not None
        ):
            return taking  # "engaged in a series of bilateral meetings with A", "took part in a round of talks"
        return token
    return None


_PEERS = frozenset({"counterparts", "colleagues", "ministers", "leaders", "presidents", "premiers"})
_AMOUNTS = frozenset({"number", "series", "round", "couple", "host", "string"})


_SITTING_DOWN = frozenset({("sit", "down"), ("catch", "up")})  # a verb and its particle: "sat down with X"

_STAYS = frozenset({"visit", "trip", "tour", "stay"})


def _visit_talked_of(token: Token) -> bool:
    """A visit someone owns, that a talk is about: "the schedule for President X's state visit to China",
    "focusing on X's forthcoming visit to Russia", "agenda items for X's planned visit"."""
    if token.lemma_.lower() not in _STAYS or not any(c.dep_ == "poss" for c in token.children):
        return False
    holder = token.head.head if token.dep_ == "pobj" else None
    if holder is None:
        return False
    thing = next((c for c in holder.children if c.dep_ == "dobj"), None) if holder.pos_ == "VERB" else None
    if thing is not None and thing.lemma_.lower() in _TALKED_OF:
        holder = thing  # "reviewing the schedule [for X's visit]", the phrase hung on the verb
    preposition = token.head.lower_
    return (preposition in {"for", "about", "regarding", "of"} and holder.lemma_.lower() in _TALKED_OF) or (
        preposition == "on" and holder.lemma_.lower() == "focus"
    )


def _gathering_discussed(token: Token) -> bool:
    """A gathering yet to be held that is what a talk is about: the object (or one of the objects) of
    "discuss" or "review", with "to be held" on it."""
    node = token
    while node.dep_ == "conj" and node.head.pos_ != "VERB":
        node = node.head
    return (
        node.dep_ in {"dobj", "conj"}  # the parse may hang the second object on the verb
        and node.head.lemma_.lower() in {"discuss", "review"}
        and any(
            c.dep_ in {"acl", "relcl"}
            and c.lemma_.lower() == "hold"
            and any(g.lower_ == "be" for g in c.children)
            for c in token.children
        )
    )


_TALKED_OF = frozenset(
    {"schedule", "agenda", "item", "preparation", "plan", "arrangement", "programme", "program", "detail"}
)


def _the_event_attended(token: Token) -> bool:
    """ "The summit will take place on Aug. 9. Presidents A and B are expected to attend the event": the
    meeting just told, by another word."""
    return (
        token.lower_ == "event"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in {"attend", "join"}
    )


def _occasion_of_another(token: Token) -> bool:
    """A visit that is the occasion of a meeting its sentence tells: "X will hold talks with Y during his
    visit on 12 March" tells one meeting, not the talks and the visit."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _STAYS or token.dep_ != "pobj":
        return False
    if token.head.lower_ not in {"during", "on", "in"}:
        return False
    governing = token.head.head
    return any(
        (anchor := trigger_anchor(t)) is not None and anchor.i == governing.i
        for t in [governing, *governing.children]
        if t.i != token.i
    )


def _verb_tagged_a_noun(token: Token) -> bool:
    """A present-tense verb the tagger took for a plural noun: it still has a subject, and a name for object.

    Not "X hosts Y's memorial service", "X contacts Y's office": the object is a thing of the person's.
    """
    return (
        token.tag_ == "NNS"
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        and any(c.dep_ == "dobj" and c.i > token.i and c.pos_ == "PROPN" for c in token.children)
    )


def _possessor(token: Token) -> bool:
    """ "welcome King X's and President Y's agreement": X, taken for the object, owns the thing welcomed."""
    after = token.i + 1
    return after < len(token.doc) and token.doc[after].tag_ == "POS"


def _asked_to(verb: Token) -> bool:
    """ "called on X to stop the war": right after the one called on, what they are asked to do.

    Not a visit's purpose: "called on Hasina at her hotel to discuss ties".
    """
    called = [g for c in verb.children if c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    if not called:
        return False
    end = max(t.i for t in called[0].subtree) + 1
    clauses = [
        c for c in (*verb.children, *called[0].children) if c.dep_ in {"advcl", "xcomp", "acl", "relcl"}
    ]
    return any(
        clause.lemma_.lower() not in _PURPOSES
        and any(g.dep_ == "aux" and g.lower_ == "to" and g.i == end for g in clause.children)
        for clause in clauses
    )


# what one calls on someone to do oneself
_PURPOSES = frozenset({"discuss", "review", "talk", "exchange", "congratulate", "convey", "deliver", "brief",
                       "thank", "pay", "greet"})  # fmt: skip


_WELCOMES = frozenset({"welcome", "reception", "send-off"})
_GIVING = frozenset({"give", "accord", "extend", "offer"})


def _guard_of_honour(token: Token) -> bool:
    """ "was accorded a guard of honour by President X": a welcome by another name."""
    return token.lower_ == "guard" and any(
        c.lower_ == "of" and any(g.lower_ in {"honour", "honor"} for g in c.children) for c in token.children
    )


def _welcome_given(token: Token) -> bool:
    """ "was given a warm welcome by President X", "accorded a warm reception to the Emir", "was accorded a
    guard of honour by President X": host met guest.

    A welcome given to a decision or by a crowd names no one by "by" or "to"
    and is no meeting.
    """
    if token.lower_ not in _WELCOMES and not _guard_of_honour(token):
        return False  # (most words: read no further)
    verb = token.head
    if not (token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in _GIVING):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    linked = [
        g
        for c in [*verb.children, *token.children]
        if (passive and (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")))
        or (c.dep_ == "prep" and c.lower_ == "to" and not passive)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(g.ent_type_ == "PERSON" or g.pos_ == "PROPN" for g in linked)


_BONDS = frozenset(
    {
        "relationship",
        "relation",
        "ties",
        "tie",
        "partnership",
        "friendship",
        "link",
        "rapport",
        "dealing",
        "contact",
    }
)

_DESCRIBED = {
    "diplomat": frozenset({"foreign minister"}),
    "minister": frozenset({"foreign minister", "defence minister", "finance minister", "trade minister"}),
    "president": frozenset({"head of state"}),
    "premier": frozenset({"head of government"}),
    "chancellor": frozenset({"head of government"}),
    "king": frozenset({"head of state"}),
    "leader": office.LEADERS,
    "statesman": office.LEADERS,  # "the Angolan statesman was welcomed by ...": the country's leader
    "fm": frozenset({"foreign minister"}),
    "eam": frozenset({"foreign minister"}),  # India's External Affairs Minister
    "pm": frozenset({"head of government"}),
}


def _remote_conference(token: Token) -> bool:
    """ "had a video conference with X": a conference held over a line is a call, not a press conference."""
    return token.lower_ in {"conference", "conferences"} and any(
        c.lower_ in _REMOTE and c.dep_ in {"compound", "amod", "nmod"} for c in token.children
    )


_REMOTE = frozenset({"video", "phone", "telephone", "web", "audio"})


def _exchange_with(token: Token) -> bool:
    """ "held a fraternal exchange with X": an exchange a light verb holds with someone, not one of views."""
    return (
        token.lower_ == "exchange"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in LIGHT_VERBS
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        and any(_with_someone(c) for c in (*_with_phrases(token.head), *_with_phrases(token)))
    )


def _begun_with_someone(verb: Token, noun: Token) -> bool:
    """Whether a meeting begun is with someone: "have begun a meeting in London with their British
    counterparts", "X and Y began a telephone conversation" (two named who begin it together); not "began
    the meeting with a minute of silence for X" nor "started his visit"."""
    withs = [*_with_phrases(verb), *(c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with")]
    return (
        verb.lemma_.lower() in _OPENING
        and noun.lower_ != "visit"
        and (
            any(_with_someone(w) or any(g.lower_ == "counterparts" for g in w.children) for w in withs)
            or _two_named_subjects(verb)
        )
    )


def _two_named_subjects(verb: Token) -> bool:
    """The verb's subject names two people joined by "and", however the model joined the titled names ("US
    President X and Kremlin chief Y began a telephone conversation": "Y" the subject, "X" hung on it)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    words = list(subject.subtree)
    named = sum(t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in words)  # each name's first word
    return named >= 2 and any(t.lower_ == "and" for t in words)  # noqa: PLR2004 - two people


def _took_place(verb: Token) -> bool:
    """ "took place between X and Y", "was held with X": a verb whose meeting noun is its subject, its parties after."""
    lemma = verb.lemma_.lower()
    return (
        lemma
        in {
            "take",
            "hold",
            "occur",
            "happen",
            "be",
            "schedule",
            "plan",
            "arrange",
        }  # "meetings are scheduled with X"
        and (lemma != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))
        and any(
            c.dep_ in {"prep", "agent"} and c.lower_ in {"between", "with"}
            for c in [*verb.children, *(g for c in verb.children if c.lower_ == "place" for g in c.children)]
        )  # "took place today between X and Y": the parse may hang "between" on "place"
    )


def _dated_each(
    anchor: Token, people: list[int], sentence: Sentence, cast: Cast
) -> dict[int, tuple[int, int]]:
    """Where the people met after a verb each have a day of their own: "met A on Tuesday and B on Wednesday".

    Read in line, not from the parse, which hangs the second day and name anywhere: each name after the
    verb takes the first date after it ("met A and B on Tuesday and C on Wednesday"), and two dates differ
    at least, each written once. A name with no day of its own after it takes one told before it, when
    the two are told one then the other ("met in Pristina on Tuesday with A, and then with B in Belgrade on
    Wednesday"; "met A on Tuesday, and then in Belgrade on Wednesday with B"). The tokens of each name and
    of its date, by person; empty when the sentence is not so.
    """
    if anchor.pos_ != "VERB":
        return {}
    doc = sentence.doc
    named = [
        (t.i, p.key)
        for t in tokens(doc)[anchor.i + 1 :]
        if (p := cast.person_at(sentence.index, t.i)) is not None and p.key in people[1:]
    ]
    if len(named) < 2 or len({k for _, k in named}) != len(named):
        return {}
    dates = [e for e in doc.ents if e.label_ == "DATE" and e.start > anchor.i]
    found: dict[int, tuple[int, int]] = {}
    for n, (at, key) in enumerate(named):  # the first date after it: "met A and B on Tuesday and C on
        # Wednesday"
        span = next((e for e in dates if e.start > at), None)
        upto = named[n + 1][0] if n + 1 < len(named) else len(doc)
        then = doc[at + 1 : upto] if n == 0 else doc[named[n - 1][0] + 1 : at]
        if (span is None or span.start > upto) and _told_as_then(then):
            since = anchor.i if n == 0 else found[named[n - 1][1]][1]  # after the one before's day
            span = next((e for e in reversed(dates) if since < e.start and e.end <= at), span)  # "met on
            # Tuesday with A, and then with B on Wednesday"; "met A on Tuesday, and then on Wednesday B"
        if span is None:
            return {}
        aside = doc[at + 1 : span.start]
        if any(t.text in {",", "(", "—", "–"} for t in aside) and any(
            t.pos_ in {"VERB", "AUX"} or t.lower_ in {"who", "which", "whom", "whose"} for t in aside
        ):
            return {}  # "met X, who arrived on Monday, and Y on Tuesday": a day of X's description (not
            # "met X, Algeria's foreign minister, on Tuesday and Y on Wednesday", a title set off)
        found[key] = (at, span.start)
    told = {doc[start].text.lower() for _, start in found.values()}
    days = {start for _, start in found.values()}
    return found if len(told) == len(days) >= 2 else {}  # noqa: PLR2004 - two days


_THEN = frozenset({"then", "later", "afterwards", "subsequently"})


def _told_as_then(between: Span) -> bool:
    """Words between two parties that tell the second met after: ", and then with", "and later"."""
    return any(t.lower_ in _THEN for t in between)


def _placed_each(anchor: Token, dated: dict[int, tuple[int, int]]) -> dict[int, str]:
    """The city told in each party's own stretch of a sentence of meetings each on its day.

    "met A in Pristina on Tuesday and B in Belgrade on Wednesday": the words from the verb are cut into
    stretches, one per party holding its name and its day, each cut at the first "and" or comma after
    the one before it ends; a city told in a stretch is that party's meeting's. Empty when the names and
    days are told crossed ("met A and B on Tuesday, C on Wednesday").
    """
    doc = anchor.doc
    spans = sorted((min(at, day), max(at, day), key) for key, (at, day) in dated.items())
    if any(one[1] >= other[0] for one, other in zip(spans, spans[1:], strict=False)):
        return {}
    cuts = [anchor.i + 1]
    for one, other in zip(spans, spans[1:], strict=False):
        cuts.append(
            next((t.i for t in doc[one[1] + 1 : other[0]] if t.lower_ in {"and", ",", ";"}), other[0])
        )
    cuts.append(len(doc))
    placed = {
        key: where
        for (_, _, key), start, end in zip(spans, cuts, cuts[1:], strict=False)
        if (where := place_between(doc, start, end)) is not None
    }
    return placed if len(set(placed.values())) >= 2 else {}  # noqa: PLR2004 - told apart: two cities


def _broken_between(noun: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people of "a meeting between A and B took place" when the parse cut the list after "and".

    The small model may make B the subject of "took" and leave "and" hanging on A: the people named
    from "between" to the noun's verb are the meeting's.
    """
    between = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is None or noun.head.i <= noun.i or noun.head.pos_ not in {"VERB", "AUX"}:
        return []
    objects = [g for g in between.children if g.dep_ == "pobj"]
    if not objects or any(c.dep_ == "conj" for c in objects[0].children):
        return []  # the list whole, for the parse's own reading
    if not any(c.dep_ == "cc" for c in objects[0].children):
        return []
    doc = sentence.doc
    return list(
        dict.fromkeys(
            p.key
            for t in tokens(doc)[between.i + 1 : noun.head.i]
            if (p := cast.person_at(sentence.index, t.i)) is not None
        )
    )


def _between_parties(noun: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The two or more people a meeting noun is "between", each a named person: the meeting's own parties.

    "agreed to broker a bilateral summit between President A and President B in April": A and B meet; the
    ministers who agreed to it do not (not "a meeting between the two ministers", named elsewhere).
    """
    held = list(noun.head.children) if noun.dep_ in {"nsubj", "nsubjpass"} else []  # "a meeting will be held
    # between A and B", "talks took place between A and B"
    between = next((c for c in [*noun.children, *held] if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is None or noun.pos_ != "NOUN":
        return []
    first = next((g for g in between.children if g.dep_ == "pobj"), None)
    if first is None:
        return []
    named = [  # the names of the list, not of a clause inside it: "between A and B during April, with the
        # objective of translating ..."
        p.key
        for t in first.subtree
        if (p := cast.person_at(sentence.index, t.i)) is not None and not _in_a_clause(t, between)
    ] or _listed_after(first, sentence, cast)
    if len(set(named)) == 1:
        named += _and_after(first, sentence, cast)
    return list(dict.fromkeys(named)) if len(set(named)) >= 2 else []  # two sides or more


def _and_after(party: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The party after "and" that the parser hung elsewhere: "a meeting between A, Minister of Defence of Iran,
    and Eritrean President B took place", B read as a second subject of "took"."""
    doc = sentence.doc
    k = party.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k < len(doc) and doc[k - 1].text == "," and doc[k].lower_ != "and":
        return _listed_on(k, sentence, cast)
    if k >= len(doc) or doc[k].lower_ != "and":
        return []
    found = []
    for token in tokens(doc)[k + 1 : k + 12]:
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ";", "."}:
            break
        if (person := cast.person_at(sentence.index, token.i)) is not None:
            found.append(person.key)
    return found


def _listed_on(start: int, sentence: Sentence, cast: Cast) -> list[int]:
    """The parties a list of names goes on with after the first and its comma, up to its last after "and",
    which the parser hung elsewhere: "a summit between Egypt's President A, Jordan's King B and Palestinian
    President C is expected" (B read as a second subject). Names with their countries and titles only."""
    doc = sentence.doc
    found: list[int] = []
    last = False  # past the list's "and"
    for token in tokens(doc)[start : start + 30]:
        if token.lower_ == "and":
            last = True
        elif token.text == ",":
            if last:
                break
        elif token.pos_ not in {"PROPN", "ADJ", "PART"} and token.lower_ not in office.TITLE_WORDS:
            break
        elif (person := cast.person_at(sentence.index, token.i)) is not None:
            found.append(person.key)
    return found if last else []


def _listed_after(group: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people named in the list set off by commas after a plural noun, which the parser may hang elsewhere:
    "talks between the two countries' presidents, A of Tajikistan and B of Russia, in Dushanbe"."""
    doc = sentence.doc
    comma = group.right_edge.i + 1
    if group.tag_ != "NNS" or comma >= len(doc) or doc[comma].text != ",":
        return []
    end = next(
        (k for k in range(comma + 1, min(len(doc), comma + 20)) if doc[k].text in {",", ";", "."}), len(doc)
    )
    return [
        p.key for t in tokens(doc)[comma + 1 : end] if (p := cast.person_at(sentence.index, t.i)) is not None
    ]


def _hyphened_pair(token: Token, cast: Cast) -> tuple[list[int], str]:
    """The two a meeting noun is named after, their names joined by a hyphen, and the words so joined: "the
    Biden-Xi summit", "the Petro-Rodriguez meeting on Friday", each a name the story gives in full
    elsewhere. No one, and no words, when it is not so named."""
    if token.pos_ != "NOUN" or token.lower_ not in MEETING_NOUNS:
        return [], ""
    doc = token.doc
    k = token.i - 1
    if k < 2 or doc[k - 1].text not in {"-", "–"} or doc[k].dep_ != "compound":  # noqa: PLR2004
        return [], ""
    sides = [doc[k - 2], doc[k]]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in sides):
        return [], ""
    found = []
    for side in sides:
        named = [p.key for p in cast.people if side.lower_ in {w.lower() for w in p.name.split()}]
        if len(named) != 1:
            return [], ""
        found.append(named[0])
    return (found, span_text(doc, k - 2, k + 1)) if found[0] != found[1] else ([], "")


def _paired_offices(token: Token, cast: Cast) -> list[int]:
    """The parties of a meeting noun named by its countries and office: "the Japan-U.S. Foreign Ministers'
    Telephone Talk", "the China-Australia summit" (heads), "the India-Nepal defence ministers' talks": in
    each country, the story's one holder of that office (not a former one). None unless every country has
    exactly one."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ not in MEETING_NOUNS:
        return []
    words = span_text(token.doc, token.left_edge.i, token.i + 1)
    pair = _COUNTRY_PAIR.search(words)
    if pair is None:
        return []
    codes = [country_of_words(side.strip()) for side in re.split(r"\s*[-–]\s*", pair.group(0))]
    if len(codes) < 2 or None in codes or len(set(codes)) != len(codes):  # noqa: PLR2004 - two sides or more
        return []
    rest = words[pair.end() :].strip()
    rest = re.sub(
        r"(?i)['’]s?\b|\b(?:telephone|phone|video|summit|meeting|talks?|call|trilateral|bilateral)\b.*$",
        "",
        rest,
    )
    title = re.sub(r"(?i)ministers\b", "Minister", " ".join(rest.split()))
    roles = (
        {office.title_class(title)}
        if title
        else (
            set(office.LEADERS)
            if token.lower_ == "summit" or "summit" in words.lower()
            else set()
        )
    )
    roles.discard("other")
    if not roles:
        return []
    keys = []
    for code in codes:
        holders = [
            p.key for p in cast.people if p.country == code and p.role in roles and p.status != "former"
        ]
        if len(holders) != 1:
            return []
        keys.append(holders[0])
    return keys


# "Japan-U.S.", "U.S.-Japan", "China-Australia", "Japan-Republic of Korea" before a meeting noun
_COUNTRY_PAIR = re.compile(r"\b[A-Z][\w.]*(?: of [A-Z]\w+)?(?:\s*[-–]\s*[A-Z][\w.]*(?: of [A-Z]\w+)?)+")


def _in_a_clause(token: Token, top: Token) -> bool:
    """Whether the path up from a token to ``top`` passes a verb: the token is in a clause of its own."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        if node.i != top.i and node.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _titled_alike(subject: Token, cast: Cast, last: int | None = None) -> int | None:
    """The one person whose title is the words of a definite description: "the European Council president", or
    whose title is headed by its one noun: "the Chairperson"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    words = [t.lower_ for t in tokens(subject.doc)[subject.left_edge.i : subject.i] if t.dep_ != "det"]
    if subject.lower_ not in office.HEADS:
        return None
    phrase = " ".join([*words, subject.lower_])
    holders = [
        p.key
        for p in cast.people
        if p.title is not None
        and (p.title.lower() == phrase or (not words and p.title.lower().split(" of ")[0].strip() == phrase))
    ]  # "The Chairperson also visited ...": the one "Chairperson of the African Union Commission"
    if not holders and words and not any(country_of_words(w) for w in words):
        holders = [
            p.key
            for p in cast.people
            if p.organisation is not None
            and p.country is None
            and p.title is not None
            and p.title.lower().split(" of ")[0].split()[-1:] == [subject.lower_]
        ]  # "the Commission President stressed": the one president of a body, not of a country
    if len(holders) > 1 and last in holders and not words:
        return last  # "Later, the Speaker called on ...": of two speakers, the one the story follows
    return holders[0] if len(holders) == 1 else None


def _described(subject: Token, last: int | None, cast: Cast) -> int | None:
    """Who "the Caribbean diplomat" or "the minister" is: the last subject, when their office fits the noun.

    A definite noun of office with no name stands for the person the story
    is following ("Rodriguez held a meeting with X ... The Caribbean
    diplomat also met with Y"); a country word that is not the person's
    ("the Chinese president" after an American) names someone else.
    """
    titled = _titled_alike(subject, cast, last)
    if titled is not None:
        return titled  # "the European Council president held talks": "European Council President Michel"
    roles = _DESCRIBED.get(subject.lower_)
    diplomacy = _head_of_diplomacy(subject)
    if diplomacy is not None:
        roles = frozenset({"foreign minister"})
    if roles is None or last is None or subject.tag_ not in {"NN", "NNP"}:
        return None
    person = cast.people[last]
    if person.role not in roles:
        return None
    codes = _description_countries(subject) if diplomacy is None else diplomacy
    if any(code != person.country for code in codes):
        return None
    definite = _definite(subject)
    if not definite and person.country not in codes:
        return None  # "Georgian FM also met ...": without "the", only with the person's country written
    return person.key


def _described_objects(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """Who "the visiting Sri Lankan leader" met is: the one person of that country in that office.

    A definite noun of office with a country word and no name, met ("called
    on the visiting Sri Lankan leader", "held talks with the Chinese
    premier"), stands for the one person of the article with that country
    and an office the noun fits, or of several, for the one the story names
    at least twice as often as any other ("the visiting Sri Lankan leader",
    the prime minister the story follows, not the president named once).
    """
    return [
        key
        for token in anchor.subtree
        if token.dep_ in {"dobj", "pobj"}
        and token.i != anchor.i
        and (key := _described_noun(token, sentence, cast)) is not None
    ]


def _described_noun(token: Token, sentence: Sentence, cast: Cast) -> int | None:
    """The person a definite noun of office with a country word stands for ("the Uzbek president"), if one; a
    noun of no office class, for one of that country whose title ends in it ("the Saudi crown prince")."""
    roles = _DESCRIBED.get(token.lower_)
    counterpart = (
        token.lower_ == "counterpart"
        and any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children)
        and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].text in {",", "("})
        and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "PROPN")
    )  # "talked with his Algerian counterpart": the one of that country the story names (not "his Brunei
    # counterpart, Second Minister X", who is named there)
    if cast.person_at(sentence.index, token.i) is not None or not (
        counterpart or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        return None
    before = token.head.i - 1  # the word before "to": the parse may hang "to" on the verb
    if token.head.lower_ in {"to", "of"} and before >= 0 and token.doc[before].lower_ in found.STAFF_NOUNS:
        return None  # "adviser to the Brazilian president X": the adviser's title, the president no one met
    if counterpart:
        roles = frozenset(office.RANK) - {"other"}
    codes = _description_countries(token)
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    holders = sorted(
        (
            (len(p.mentions), p.key)
            for p in cast.people
            if p.country == code
            and (
                p.role in roles or (token.lower_ == "diplomat" and _ENVOY.search(p.title or "") is not None)
                if roles is not None
                else (p.title or "").lower().split()[-1:] == [token.lower_]
            )
            and (not counterpart or p.title is None or "counterpart" in p.title.lower())
        ),
        reverse=True,
    )
    if len(holders) == 1 or (holders and holders[0][0] >= 2 * holders[1][0]):
        return holders[0][1]  # of several, the one the story names at least twice as often
    if not holders and roles is not None and not counterpart:
        untitled = [
            p.key
            for p in cast.people
            if p.country == code
            and p.title is None
            and any(not m.possessive and m.country == code for m in p.mentions)
            and not any(m.occupation for m in p.mentions)
        ]  # "China's Xi", not "Chinese analyst Wang Wei"
        if len(untitled) == 1 and not any(p.country == code for p in cast.people if p.title is not None):
            return untitled[0]  # "China's Xi" ... "met with the Chinese President": the one person of China,
            # named with no title
    return None


_ENVOY = re.compile(r"\b(?:ambassador|envoy)\b", re.IGNORECASE)  # "the Russian diplomat": also an envoy


_DIPLOMACY = re.compile(
    r"^(?:the )?(?:foreign policy agency|foreign ministry|ministry of foreign affairs|foreign affairs ministry"
    r"|(?:\w+ )?diplomacy)\b",
    re.IGNORECASE,
)


def _head_of_diplomacy(noun: Token) -> set[str] | None:
    """The countries of "the head of the foreign policy agency of Turkey", "the head of Turkish diplomacy": a
    foreign minister told by their ministry; None when the noun is no such head."""
    if noun.lower_ not in {"head", "chief"}:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    ministry = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if ministry is None or not _DIPLOMACY.match(span_text(noun.doc, ministry.left_edge.i, ministry.i + 1)):
        return None
    return {
        code
        for t in ministry.subtree
        if (code := country_of_words(t.text)) is not None and t.ent_type_ in {"GPE", "NORP"}
    }


def _description_countries(noun: Token) -> set[str]:
    """The countries the words before a noun of office name: "the Sri Lankan leader" (Sri [compound ->]
    Lankan: the words up to the one hung on the noun), "Kuwait's FM"."""
    return {
        code
        for c in noun.children
        if c.dep_ in {"amod", "compound", "nmod", "poss"}
        and (code := country_of_words(span_text(noun.doc, c.left_edge.i, c.i + 1))) is not None
    }


def _definite(noun: Token) -> bool:
    """A noun of office for one known: "the minister", or a country's ("Kuwait's FM"), not "a minister"."""
    return any(
        (c.dep_ == "det" and c.lower_ == "the")
        or (c.dep_ == "poss" and country_of_words(span_text(noun.doc, c.left_edge.i, c.i + 1)))
        for c in noun.children
    )


_RULERS = {
    "majesty": re.compile(r"\b(?:king|queen|sultan|emperor)\b", re.IGNORECASE),
    "highness": re.compile(r"\b(?:emir|amir|sultan|crown prince|sheikh)\b", re.IGNORECASE),
}


def _styled_ruler(subject: Token, cast: Cast) -> int | None:
    """Who "His Majesty" or "His Highness" is: the one monarch of the story so titled, the most named.

    "King Abdullah received a call from X ... On Monday, His Majesty stressed
    during a phone conversation with Y": the King.
    """
    ruler = _RULERS.get(subject.lower_)
    if ruler is None or not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in subject.children):
        return None
    titled = sorted(
        ((len(p.mentions), p.key) for p in cast.people if p.title and ruler.search(p.title)), reverse=True
    )
    if len(titled) == 1 or (titled and titled[0][0] > titled[1][0]):
        return titled[0][1]
    return None


def _quoted_without_subject(verb: Token, sentence: Sentence) -> bool:
    """A quotation opening with its verb, its "I" left out: '"Had an excellent meeting with X," Y said'."""
    doc = sentence.doc
    return (
        len(doc) > 1
        and doc[0].text in _QUOTES
        and verb.i == 1
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _teller_of(noun: Token, sentence: Sentence, cast: Cast) -> Person | None:
    """Who tells of a meeting noun of no one's: the named subject of the verb of saying whose clause holds it.

    "X said the commitment was conveyed to Y during a telephone call", "X
    said talks with Y had been useful": the talks are X's, who tells them.
    """
    if (
        noun.pos_ != "NOUN"
        or noun.lower_ not in MEETING_NOUNS
        or noun.lemma_.lower() in _STAYS  # "X stated that since the visit to Japan by Y": Y's visit, not X's
        or any(c.dep_ == "poss" for c in noun.children)
    ):
        return None
    for node in noun.ancestors:
        if any(c.dep_ == "agent" for c in node.children):
            return None  # "X said the issue was raised by his minister with Y": the minister's
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SAYING | _TELLING:
            return next(
                (
                    person
                    for c in node.head.children
                    if c.dep_ == "nsubj" and (person := cast.person_at(sentence.index, c.i)) is not None
                ),
                None,
            )
        if node.dep_ in {"relcl", "advcl", "acl"}:
            return None
    return None


def _told_again(frame: Frame, each: set[tuple[int, frozenset[int]]], parsed: Parsed) -> bool:
    """Whether a quotation names again some of a group an earlier sentence split one meeting each, on no day
    of its own and in no joint meeting ("On Thursday, X, A and B held a joint meeting" is one of its own)."""
    people = frozenset(frame.people)
    doc = parsed.sentences[frame.sentence].doc
    trigger = doc[frame.trigger]
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return (
        len(people) >= 2  # noqa: PLR2004 - two of the group
        and any(t.text in _QUOTES for t in doc[: frame.trigger])  # a quotation's words, not "A and B later
        # held their own talks in Kyoto"
        and any(i < frame.sentence and people <= group for i, group in each)
        and not any(t.lower_ in {"joint", "trilateral", "together"} for t in tokens(doc))
        and not any(
            e.label_ == "DATE" and in_clause_of(doc, e.start_char, verb) for e in doc.ents
        )  # "Marcos' first bilateral meeting was with Trudeau on Sept. 6": the one told, dated
    )


def _their_talks_again(frame: Frame, each: set[tuple[int, frozenset[int]]], cast: Cast) -> bool:
    """ "X held separate phone talks with A, and B. During their talks, the sides expressed ...": "their
    talks" names no one, and stands for the calls just told one each, not a meeting of A with B."""
    people = frozenset(frame.people)
    return (
        len(people) >= 2  # noqa: PLR2004 - two of the group
        and not any(cast.people[k].mentioned_in(frame.sentence) for k in people)
        and any(i == frame.sentence - 1 and people < group for i, group in each)
    )


def _object_pronoun(anchor: Token) -> Token | None:
    """ "called on her", "met him", "spoke with him": a pronoun the meeting's verb takes for whom it met."""
    if any(
        c.dep_ in {"xcomp", "advcl"} and any(g.lower_ == "to" for g in c.children) for c in anchor.children
    ):
        return None  # "called on him to accept the deal": a demand
    for child in anchor.children:
        if child.dep_ == "dobj" and child.lower_ in {"him", "her"} and child.tag_ == "PRP":
            return child
        if child.dep_ == "prep" and (
            child.lower_ in {"with", "to", "by"}
            or (child.lower_ == "on" and (anchor.pos_ == "NOUN" or anchor.lemma_.lower() == "call"))
        ):
            for g in child.children:
                if g.dep_ == "pobj" and g.lower_ in {"him", "her"} and g.tag_ == "PRP":
                    return g
        if child.dep_ == "dobj" and child.pos_ == "NOUN":  # "paid a courtesy call on her"
            found = _object_pronoun(child)
            if found is not None:
                return found
    return None


_ANOTHERS = frozenset(
    {"previous", "last", "next", "earlier", "later", "first", "second", "third", "former", "prior", "upcoming",
     "past", "future", "other", "same", "latest", "new", "final"}
)  # fmt: skip


def _the_last_told(anchor: Token, sentence: Sentence, result: list[Frame], parsed: Parsed) -> bool:
    """Whether a meeting noun is the subject that speaks of the meeting the sentence before told: "The visit,
    which will be his first trip, is planned for April 5", "The meeting, held on Monday, focused on trade"; or
    a paragraph or two on, when the story has told that one meeting only ("X will host a meeting with Y ...
    [a paragraph of quotation] ... The meeting will take place in Washington on April 20")."""
    if not result:
        return False
    lines = sentence.line - parsed.sentences[result[-1].sentence].line
    one = len({frozenset(f.people) for f in result}) == 1
    if sentence.index - result[-1].sentence != 1 and not (one and 0 < lines <= _STORYS_ONE_REACH):
        return False
    widest = set(_widest_last(result).people)
    return (
        anchor.pos_ == "NOUN"
        and anchor.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in anchor.children)
        and not any(c.lower_ in _ANOTHERS for c in anchor.children)  # not "The previous session took place"
        and len(widest) >= 2  # noqa: PLR2004 - a meeting told, two or more at it
        # one meeting told there ("had talks with A and B" is two; "will host X for talks" one, its noun's
        # frame a part), and this sentence tells its day, no other's
        and all(set(f.people) <= widest for f in result if f.sentence == result[-1].sentence)
        and not any(
            t.i != anchor.i and t.lower_ in MEETING_NOUNS for t in tokens(sentence.doc)
        )  # "The talks followed
        and any(  # the 7 November meeting of ...": that meeting's day; not "ties between A and B, which
            not _in_anothers_clause(sentence.doc, found.start, anchor)  # established relations in 1994"
            for found in timex.find(sentence.text)
        )
    )


_STORYS_ONE_REACH = 2  # lines after the story's one meeting that "The meeting ..." may still speak of


def _in_anothers_clause(doc: Doc, offset: int, noun: Token) -> bool:
    """Whether the word at a character offset is in a relative clause on some other word than ``noun``."""
    token = token_at(doc, offset)
    return token is not None and any(a.dep_ == "relcl" and a.head.i != noun.i for a in token.ancestors)


def _widest_last(result: list[Frame]) -> Frame:
    """Of the frames the last sentence told, the one with the most people."""
    return max((f for f in result if f.sentence == result[-1].sentence), key=lambda f: len(f.people))


def _another_told(anchor: Token, sentence: Sentence, result: list[Frame]) -> bool:
    """Whether a meeting noun is "another" one of the two the sentence before told meeting, its subject, with
    a day of its own: "Earlier, another phone conversation took place on Saturday"."""
    return (
        anchor.pos_ == "NOUN"
        and anchor.dep_ in {"nsubj", "nsubjpass"}
        and any(c.lower_ == "another" for c in anchor.children)
        and anchor.head.lemma_.lower() in HELD
        and bool(result)
        and 0 < sentence.index - result[-1].sentence <= 2  # noqa: PLR2004 - the sentence before, or one more
        and len(result[-1].people) == 2  # noqa: PLR2004 - a pair
        and any(timex.find(sentence.text))  # (a day of its own)
    )


def _opened_for(token: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The subject of the clause a meeting noun's "after" or "following" opens, which its "his" stands for:
    "Following his meeting with Trump, Netanyahu met Sisi"."""
    opener = token.head
    if token.dep_ != "pobj" or opener.lower_ not in {"after", "before", "following", "since"}:
        return []
    for child in opener.head.children:
        if (
            child.dep_ in {"nsubj", "nsubjpass"}
            and child.i > token.i
            and (person := cast.person_at(sentence.index, child.i)) is not None
        ):
            return [person.key]
    return []


def _pronoun_antecedent(  # noqa: PLR0913 - the pronoun, who meets, and where to look
    pronoun: Token,
    met: int,
    sentence: Sentence,
    spots: list[tuple[int, int, int]],
    cast: Cast,
    besides: frozenset[int] = frozenset(),
) -> list[int]:
    """Whom "him" or "her" stands for: the one office holder named before it, in its sentence or the ones
    just before (a press secretary quoting them is none), of another country than several meeting them
    when theirs is known; two of them there, and it could be either ("X hosted Y. Z also met him").

    ``spots`` are (sentence, token, person) of every mention, sorted: only the sentences looked at are read.
    """
    wanted = "he" if pronoun.lower_ == "him" else "she"
    callers = (  # several calling on one: "A, B and C of India are to separately call on him"
        {c for k in {met, *besides} if (c := cast.people[k].country) is not None} if besides else set()
    )
    reach = _PRONOUN_REACH * 2 if callers else _PRONOUN_REACH  # past the callers' own compatriots
    for index in range(sentence.index, max(-1, sentence.index - reach), -1):
        stop = pronoun.i if index == sentence.index else len(sentence.doc) + 1_000_000
        named = spots[
            bisect.bisect_left(spots, (index, -1, -1)) : bisect.bisect_left(spots, (index, stop, -1))
        ]
        found = list(
            dict.fromkeys(
                key
                for _, _, key in named
                if key != met
                and key not in besides
                and (cast.people[key].role != "other" or cast.people[key].status == "designate")  # elect too
                and cast.people[key].pronoun in {None, wanted}
                and cast.people[key].country not in callers  # "A, B and C of India are to call on him": not
                # the Indian president named just before, but the guest
            )
        )
        if found:
            return found if len(found) == 1 else []
    return []


_PRONOUN_REACH = 3  # sentences


def _by_pronoun(
    pronoun: str, chosen: list[int], earlier: list[int], history: list[tuple[int, int]], here: int, cast: Cast
) -> list[int]:
    """ "She" is the last subject the text shows is a she, before one it shows nothing of.

    "Shahidul said ... She also held a meeting with X" after "Hasina ... with
    her counterpart": Hasina met X, not the spokesman quoted last.
    """
    recent = [*reversed(earlier), *(k for s, k in reversed(history) if here - s <= 6)]
    if chosen and _spokesperson(cast.people[chosen[0]]):
        # "'SFA reported for work today,' spokesperson X told reporters. He held a meeting with Y": the one
        # spoken of, not the spokesperson
        chosen = next(([k] for k in recent if not _spokesperson(cast.people[k])), chosen)
    shown = cast.people[chosen[0]].pronoun if chosen else None
    if chosen and (shown == pronoun or (shown is None and chosen[0] in earlier)):
        return chosen  # "Mudavadi ... was in Bujumbura where he met X": the one just named, if nothing says otherwise
    fitting = next((k for k in recent if cast.people[k].pronoun == pronoun), None)
    if fitting is not None:
        return [fitting]
    if chosen and cast.people[chosen[0]].pronoun not in {None, pronoun}:
        return next(([k] for k in recent if cast.people[k].pronoun is None), [])
    return chosen


def _owners(token: Token, sentence: Sentence, cast: Cast) -> set[int]:
    """The people a trigger belongs to: "X's visit"."""
    return {
        p.key
        for c in token.children
        if c.dep_ == "poss" and (p := cast.person_at(sentence.index, c.i)) is not None
    }


def _not_the_one_met(  # noqa: PLR0913 - who was chosen, whom they meet, and where to look
    chosen: list[int], met: list[int], pronoun: str, history: list[tuple[int, int]], here: int, cast: Cast
) -> list[int]:
    """ "He had lunch with Mottley", after "the party led by Mottley won": he is not the one he meets, but
    the last subject of another country the story followed (within twelve sentences), when there is one."""
    if len(chosen) != 1 or chosen[0] not in met:
        return chosen
    home = cast.people[chosen[0]].country
    for told, key in reversed(history):
        if here - told > _GUEST_REACH:
            break
        if (
            key != chosen[0]
            and (home is None or cast.people[key].country not in {None, home})
            and cast.people[key].pronoun in {None, pronoun}
        ):
            return [key]
    return chosen


_GUEST_REACH = 12  # sentences


def _spokesperson(person: Person) -> bool:
    """One who speaks for others: "spokesperson", "spokesman", "press secretary"."""
    title = (person.title or "").lower()
    return "spokes" in title or "press secretary" in title


def _caption_with(sentence: Sentence, cast: Cast) -> Frame | None:
    """A photo's caption, a line with no verb: "NZ Deputy Prime Minister X with Samoan Prime Minister Y at
    Samoa's Government House". The two named are shown meeting."""
    if "with" not in sentence.words:
        return None  # (most sentences: no word of theirs read again)
    doc = sentence.doc
    root = next((t for t in tokens(doc) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in {"VERB", "AUX"} or any(t.pos_ in {"VERB", "AUX"} for t in tokens(doc)):
        return None  # (most sentences' root is their verb: asked first)
    host = cast.person_at(sentence.index, root.i)
    guests = [
        person.key
        for w in root.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
        for named in [g, *(a for a in g.children if a.dep_ == "appos")]  # "with the Sri Lankan speaker X"
        if (person := cast.person_at(sentence.index, named.i)) is not None
    ]
    if host is None or len(guests) != 1 or host.key in guests:
        return None
    return Frame(
        sentence=sentence.index,
        trigger=root.i,
        people=(host.key, guests[0]),
        future=False,
        continuation=False,
        countries=frozenset(),
        unnamed_party=False,
    )


def _received_too(anchor: Token, sentence: Sentence, cast: Cast) -> int | None:
    """Who a passive verb joined to an earlier one receives, its subject left to the first: "X and his
    delegation arrived in Baghdad and was received by his Iraqi counterpart Y": X."""
    if (
        anchor.dep_ != "conj"
        or not any(c.dep_ == "auxpass" for c in anchor.children)
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children)
    ):
        return None
    subject = next((c for c in anchor.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    person = cast.person_at(sentence.index, subject.i) if subject is not None else None
    return person.key if person is not None else None


def _visitor_of(pronoun: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """Who "he" is in a clause on a visit by someone: "an official visit by the UN Secretary General X to
    Baghdad, in which he met top Iraqi officials": X, not the subject of the sentence; "the Qatari foreign
    minister's trip last week to Iran where he met Y": the minister the description stands for."""
    clause = pronoun.head
    if clause.dep_ != "relcl":
        return []
    visit = clause.head
    if visit.dep_ == "pobj" and visit.head.dep_ == "prep" and visit.lemma_.lower() not in _TRIPS:
        visit = visit.head.head  # "trip ... to Iran where he met": the trip the place is the end of
    if visit.lemma_.lower() not in _TRIPS:
        return []
    by = [
        person.key
        for by in visit.children
        if by.dep_ in {"prep", "agent"} and by.lower_ == "by"
        for name in by.children
        if name.dep_ == "pobj" and (person := cast.person_at(sentence.index, name.i)) is not None
    ]
    owner = [
        key for c in visit.children if c.dep_ == "poss" and (key := _owner_key(c, sentence, cast)) is not None
    ]
    return (by + owner)[:1]


_TRIPS = frozenset({"visit", "trip", "tour"})


def _owner_key(word: Token, sentence: Sentence, cast: Cast) -> int | None:
    """Who a possessor is: the person named there, else the one a description stands for."""
    person = cast.person_at(sentence.index, word.i)
    return person.key if person is not None else _described_noun(word, sentence, cast)


def _same_pronoun_again(pronoun: Token, sentence: Sentence, found: list[Frame]) -> list[int]:
    """Who a subject "he" stands for when its verb is joined to one before it whose subject is "he" too: the
    same one. "On Dec 8, he received X and four days later, he received Y", "In Paris she met X, in Brussels
    she has meetings with Y": the second is the first (not "A said he met X, while B said he had met Y",
    where each "he" is its own teller's)."""
    doc = sentence.doc
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "received X and ..., he received Y": one chain
        verb = verb.head
    before = {verb.i} if verb.i != pronoun.head.i else set()
    clause = pronoun.head  # "In Paris she met X, in Brussels she has meetings with Y": clauses spliced by a
    # comma, the parse hanging either on the other
    spliced = [c for c in clause.children if c.dep_ == "ccomp" and c.i < pronoun.i]
    if clause.dep_ in {"advcl", "ccomp", "parataxis"} and clause.head.i < pronoun.i:
        spliced.append(clause.head)
    before |= {
        c.i
        for c in spliced
        if not any(m.dep_ == "mark" for m in clause.children)  # not "..., as she met Y"
        and any(t.text == "," for t in doc[c.i : pronoun.i])
    }
    if not before:
        return []  # the pronoun's verb is joined to none before it
    for frame in reversed(found):
        if frame.sentence != sentence.index or not frame.people or frame.trigger not in before:
            continue
        trigger = doc[frame.trigger]
        if any(
            c.dep_ == "nsubj" and c.lower_ == pronoun.lower_ and c.i < pronoun.i for c in trigger.children
        ):
            return list(frame.people[:1])
    return []


def _who_met_before(
    pronoun: Token, anchor: Token, met: list[int], found: list[Frame], sentence: int, cast: Cast
) -> list[int]:
    """ "He also met Barbados Prime Minister Mottley": "also" goes on from the one who met someone in the last
    meeting told (Modi, who had met President Ali), not from the last one named ("The President himself ...")."""
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
    if not any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children) or not found:
        return []
    if found[-1].sentence >= sentence or pronoun.head.dep_ in {"advcl", "relcl", "conj"}:
        return []  # "X held a meeting with Y, who also hosted a lunch, and he also met Z": the clause's own
    last = next(f for f in found if f.sentence == found[-1].sentence)  # its first meeting, not "a dinner
    # reception hosted by the US President" told after: "X met President Y at a dinner hosted by him"
    before = last.people[0] if last.people else None
    if before is None or before in met or cast.people[before].pronoun not in {None, pronoun.lower_}:
        return []
    return [before]


def _met_just_before(chosen: list[int], found: list[Frame], here: int, cast: Cast) -> bool:
    """The pronoun's subject is the one who met someone as subject of the sentence before, and nothing
    shows whether they are a he or a she: they go on, before anyone else the text calls "he" further back.

    "Mr Austin also met Dr Ng ... Dr Ng had bilateral meetings with ... He met his counterparts from ...":
    he is Dr Ng (not "Shahidul said ... She also held a meeting", where the one before only spoke).
    """
    return (
        len(chosen) == 1
        and cast.people[chosen[0]].pronoun is None
        and any(frame.sentence == here - 1 and frame.people[:1] == (chosen[0],) for frame in found)
    )


def _main_subject(pronoun: Token, sentence: Sentence, cast: Cast) -> int | None:
    """The person subject of the main clause a subordinate or joined clause's pronoun stands in ("X ..., as he
    paid"; "X held a meeting with Y, who hosted a lunch, and he also met Z": X)."""
    clause = pronoun.head
    if clause.dep_ not in {"advcl", "relcl", "conj"}:
        return None
    root = clause
    while root.head.i != root.i:
        root = root.head
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            person = cast.person_at(sentence.index, child.i) or _subject_person(child, sentence, cast)
            if person is not None:
                return person.key
    return None


def _the_sayer(pronoun: Token, sentence: Sentence, cast: Cast) -> int | None:
    """The person who says the clause a subject pronoun stands in, speaking of himself: "X, who is here as part
    of Prime Minister Y's delegation, said that he had a good conversation with Z" (X). Not a spokesperson,
    who speaks of another ("spokesman X said he met Z")."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SAYING:
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    person = cast.person_at(sentence.index, subject.i) if subject is not None else None
    if person is None or _spokesperson(cast.people[person.key]):
        return None
    return person.key


def _subjects_before(pronoun: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people subjects of the clauses before a subject pronoun in its sentence, who it goes on with
    rather than one they met: "X opened the session after a meeting with Y, in which she said ...; later
    she held talks with Z" (she is X). Not in reported speech, where the voice may speak of either."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    if any(a.dep_ == "ccomp" for a in [pronoun.head, *pronoun.head.ancestors][:3]):
        return []  # "X met Y, and Hungarian media said he would ...", "Y's office said he": told of by
        # another's voice, who may speak of either
    return [
        person.key
        for t in tokens(sentence.doc)[: pronoun.i]
        if t.dep_ in {"nsubj", "nsubjpass"} and (person := cast.person_at(sentence.index, t.i)) is not None
    ]


_PRESS = frozenset(
    {"media", "reporters", "press", "journalists", "correspondents", "newsmen", "audience", "crowd"}
)


def _to_the_press(verb: Token) -> bool:
    """ "spoke to reporters", "talking to the media": who is spoken to is the press."""
    return any(
        c.dep_ in {"prep", "dative"}
        and c.lower_ in {"to", "with"}
        and any(g.dep_ == "pobj" and g.lower_ in _PRESS for g in c.children)
        for c in verb.children
    )


_FAMILY_TITLE = re.compile(r"prince|princess|lady|wife|consort", re.IGNORECASE)
_OTHER_BRANCH = re.compile(
    r"speaker|parliament|assembly|senate|congress|opposition|former|justice", re.IGNORECASE
)


# "on the sidelines of the summit", "met on the sidelines with"
_SIDELINES = re.compile(
    r"\b(?:on|at) the (?:sidelines?|margins?) (?:of|with)\b|\b(?:on|at) the (?:(?-i:[A-Z][\w-]*) ){1,3}(?:sidelines?|margins?)\b",
    re.IGNORECASE,
)  # "on the sidelines of the summit", "on the ASEAN Summit sidelines"
# "held bilateral talks with a host of other Heads of State" (not "bilateral relations", "bilateral ties")
_BILATERALS = re.compile(
    r"\bbilateral (?:talks|meetings?|discussions|consultations)\b|\bbilaterals\b"
    r"|\b(?:a series of|back-to-back) (?:[\w-]+ ){0,2}(?:talks|meetings?)\b",
    re.IGNORECASE,
)  # "X pushed ties in a series of back-to-back meetings with world leaders. X met A, B and C": one each
# verbs whose subject is at the meeting they take: "X hosted a meeting between A and B"
_AT_ONES_OWN = frozenset({"host", "attend", "join", "chair", "co-chair", "mediate", "convene"})
_GROUP_OCCASION = re.compile(
    r"\b(?:summit|lunch|luncheon|dinner|breakfast|session|format|retreat|Quad|trilateral|group)\b",
    re.IGNORECASE,
)
_A_GATHERING = re.compile(
    r"\b(?:summit|conference|forum|general assembly|UNGA|ministerial meeting)\b", re.IGNORECASE
)  # a gathering of many: who meets several there meets each on its side
_GROUPED = re.compile(
    r"\b(?:trilateral|three-way|four-way|quadrilateral|three countries|three nations)\b", re.IGNORECASE
)
_TOGETHER = re.compile(rf"{_GROUPED.pattern}|\b(?:joint|jointly|together|summit of)\b", re.IGNORECASE)


def _leaders_of_several(people: list[int], subject: Token | None, sentence: Sentence, cast: Cast) -> bool:
    """One person meeting leaders of several countries, in a story told on a gathering's sidelines: one each.

    "On the sideline of the summit, President X met and held talks with
    President A of South Sudan, Chairman B of Sudan, President C of Gabon
    ...": bilaterals, each its own; not in a story of a trilateral (the
    caller tells that apart), nor a group met "together".
    """
    if subject is None or (
        cast.person_at(sentence.index, subject.i) is None
        and not (
            subject.lower_ in {"he", "she"}
            and people
            and not cast.people[people[0]].mentioned_in(sentence.index)
        )
    ):
        return False  # a person, or one "he" or "she" stands for: the first of ``people``, named before
        # (not one of those listed: "He met Scholz, Macron and Tusk", the pronoun unresolved)
    if any(c.dep_ == "conj" for c in subject.children) or _TOGETHER.search(sentence.text) or len(people) < 3:
        return False
    visitor, *others = [cast.people[k] for k in people]
    countries = [p.country or p.organisation for p in others]
    known = {c for c in countries if c is not None}
    return (
        len(known) >= 2
        and len(known) == len([c for c in countries if c is not None])
        and visitor.country not in known
    )


def _one_by_one(people: list[int], cast: Cast, anchor: Token) -> frozenset[str] | None:
    """A visitor meeting three or more of one other country's officials in a list: one meeting with each.

    "Jaishankar met Prime Minister A, Foreign Minister B, opposition leader C
    and former President D": calls on each, not one meeting of five. Not a
    monarch's audience with the princes beside him, nor anyone untitled,
    nor one government's ("the Prime Minister, his deputy and the Foreign
    Minister" received him together): the hosts hold office in two branches
    or more (head of state, government, parliament or opposition). The
    hosts' one country, or None when they are not such a list. Hosts whose
    country is not known are such a list only when met in a place of one
    country ("met President A, Prime Minister B and Speaker C in
    Budapest"); elsewhere "met President A, Prime Minister B and
    Chancellor C for a summit" may be three countries' leaders.
    """
    if len(people) < 3:
        return None
    visitor, *hosts = [cast.people[k] for k in people]
    countries = frozenset(p.country for p in hosts if p.country is not None)
    if not countries and (met_in := _met_in_one_country(anchor)) is not None:
        countries = frozenset({met_in})
    heads = office.LEADERS
    one_by_one = (
        (len(hosts) >= 3 or {p.role for p in hosts} == heads)  # "meet President A and Prime Minister B"
        and len(countries) == 1
        and not any(p.organisation for p in hosts)
        and all(p.title and not _FAMILY_TITLE.search(p.title) for p in hosts)
        and (visitor.country or visitor.organisation) is not None
        and visitor.country not in countries
    )
    return countries if one_by_one and len({_branch(p) for p in hosts}) >= 2 else None


def _met_in_one_country(anchor: Token) -> str | None:
    """The country of the place a meeting verb says it was held in ("met A, B and C in Budapest"), when its
    sentence tells no gathering nor anything held together (a summit, a joint meeting, a dinner)."""
    if anchor.pos_ != "VERB" or _TOGETHER_WORDS.search(anchor.sent.text):
        return None
    places = {
        code
        for prep in anchor.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for place in prep.children
        if place.dep_ == "pobj" and place.ent_type_ == "GPE"
        and (code := gazetteer.place_country(place.text) or country_of_words(place.text)) is not None
    }
    return next(iter(places)) if len(places) == 1 else None


_TOGETHER_WORDS = re.compile(
    rf"{_TOGETHER.pattern}|{_GROUP_OCCASION.pattern}|\b(?:banquet|reception|conference|forum|sidelines)\b",
    re.IGNORECASE,
)  # held together: a joint meeting, a gathering, a meal


def _institutions_one_by_one(people: list[int], cast: Cast) -> bool:
    """A visitor meeting the heads of several institutions of one body: "X met European Council President A
    and European Parliament President B" is a meeting with each (each title names its own institution; not
    "Commission President A and Commissioner B", who may sit together)."""
    if len(people) < 3:  # the visitor and two heads
        return False
    visitor, *hosts = [cast.people[k] for k in people]
    bodies = [
        " ".join(w for w in (p.title or "").lower().split() if w not in office.HEADS | {"of", "the"})
        for p in hosts
    ]
    organisations = {p.organisation for p in hosts}
    return (
        len(organisations) == 1
        and None not in organisations
        and not any(p.country for p in hosts)
        and visitor.country is not None
        and visitor.organisation is None
        and all(bodies)
        and len(set(bodies)) == len(bodies)
    )


def _branch(person: Person) -> str:
    """Where an office sits: the head of state, parliament or the opposition, or the government."""
    if person.role == "head of state":
        return "state"
    return "other" if _OTHER_BRANCH.search(person.title or "") else "government"


_INCLUDED = re.compile(
    r"^(?:These|They|Those) (?:included|include)\b"
    r"|^Among (?:them|those|these|the(?: [\w-]+){1,4}) (?:were|was)\b"  # "Among the African dignitaries were"
)


_PRESENT = re.compile(
    r"^(?:(?:Other (?:[A-Za-z][\w-]* ){0,6}|Also |Those |Others )?(?:present|in attendance)"
    r"|In attendance|Present)"
    r"(?: (?:at|during) the (?:meeting|summit|session|talks))? (?:include[sd]?|were|are)\b"
    r"|^Those (?:who )?(?:attended|attending) the (?:meeting|talks|session) (?:include[sd]?|were)\b"
    r"|^The (?:meeting|talks|session) (?:was|is|were) (?:also )?attended by\b"
)  # "In attendance during the meeting were A, B", "Those who attended the meeting were A (Ghana), B"


_PRESENT_AFTER = re.compile(
    r"\b(?:were|was|are|is) also (?:present|in attendance)\b"
    r"|\b(?:also )?(?:attended|participated|took part)\s*[.;]?\s*$"
    r"|\b(?:were|was|are|is) (?:also )?(?:participating|taking part) in (?:these|the|this) "
    r"(?:engagements?|talks|meetings?|discussions?)\b"
    r"|\b(?:were|was) (?:also )?associated with the (?:bilateral )?(?:talks|meeting|discussions)\b"
    r"|^Among those (?:[\w'’-]+ ){1,8}(?:were|was)\b"
)  # the list before the verb: "On the occasion, A and B were also present"; "On the American side, A, B and C
# attended"; "A, along with B, are also participating in these engagements"; "Among those at the airport
# to receive X were A and B"


def _present_listed(sentence: Sentence, cast: Cast) -> list[int]:
    """The people a sentence lists as present: "Other Heads of State present include the President of
    Niger, A; B of Togo ...", "Also present were A and B"."""
    if not (_PRESENT.match(sentence.text) or _PRESENT_AFTER.search(sentence.text)):
        return []
    named = (cast.person_at(sentence.index, t.i) for t in tokens(sentence.doc))
    return list(dict.fromkeys(p.key for p in named if p is not None))


def _listed_as_included(sentence: Sentence, parsed: Parsed, cast: Cast) -> list[Frame]:
    """A meeting with each person a sentence lists as those an undirected meeting just told was with: "X
    rounded off the summit with bilateral meetings with several other leaders. These included A, B and C"."""
    if sentence.index == 0 or not _INCLUDED.match(sentence.text):
        return []
    before = parsed.sentences[sentence.index - 1]
    doc = before.doc
    root = next((t for t in tokens(doc) if t.dep_ == "ROOT"), None)
    holder = next(  # not "The Europe Today" of "- The Europe Today: Minister X held ...", a second subject
        (
            p
            for c in (root.children if root is not None else ())
            if c.dep_ == "nsubj" and (p := cast.person_at(before.index, c.i)) is not None
        ),
        None,
    )
    noun, partners = next(
        (
            (t, g)
            for t in tokens(doc)
            if t.lower_ in _PLURAL_MEETINGS
            for c in (*t.children, *(root.children if root is not None and root in t.ancestors else ()))
            if c.lower_ == "with"
            for g in c.children
            if g.tag_ == "NNS" and g.lower_ not in MEETING_NOUNS
        ),
        (None, None),
    )  # "bilateral meetings with several other leaders", "held a series of bilateral meetings on Tuesday
    # with several African foreign ministers" (the "with" hung on the verb)
    if holder is None or noun is None or partners is None:
        return []
    role = _group_role(partners)  # "several African foreign ministers": the office of each listed
    listed = [p.key for t in tokens(sentence.doc) if (p := cast.person_at(sentence.index, t.i)) is not None]
    return [
        Frame(
            sentence=before.index,
            trigger=noun.i,
            people=(holder.key, k),
            future=False,
            continuation=False,
            countries=frozenset(),
            unnamed_party=False,
            group_role=role,
        )
        for k in dict.fromkeys(listed)
        if k != holder.key
    ]


def _meetings_included(sentence: Sentence, cast: Cast) -> list[tuple[int, int]]:
    """The people a sentence lists as those plural meetings of no one's were with: "The pull-aside meetings
    with world leaders included an interaction with A, B and C", "His bilateral talks included meetings with
    A and B", "This included talks with A and B as well as C" (the visit just told); each with its
    trigger."""
    root, subject = _included_by(sentence)
    if root is None:
        return []
    doc = sentence.doc
    programme = (  # "This included talks with A and B as well as C": the visit just told, whose talks
        subject is not None
        and (subject.lower_ in {"this", "it"} or subject.lemma_.lower() in _STAYS | {"programme", "program"})
        and any(c.dep_ == "dobj" and c.lower_ in _PLURAL_MEETINGS for c in root.children)
    )
    if (
        subject is None
        or (subject.lower_ not in _PLURAL_MEETINGS and not programme)
        or any(c.dep_ == "poss" and c.lower_ not in {"his", "her", "their"} for c in subject.children)
        or cast.person_at(sentence.index, subject.i) is not None
    ):
        return []
    return [
        (root.i, p.key)
        for t in tokens(doc)[root.i + 1 :]
        if (p := cast.person_at(sentence.index, t.i)) is not None and t.dep_ != "compound"
    ]


_PLURAL_MEETINGS = frozenset({"meetings", "talks", "bilaterals", "calls", "conversations", "discussions"})


def _included_by(sentence: Sentence) -> tuple[Token | None, Token | None]:
    """The root "include" of a sentence and its subject ("The talks included ..."), or (None, None)."""
    if sentence.words.isdisjoint({"included", "include", "includes"}):
        return None, None  # (most sentences: asked first)
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != "include":
        return None, None
    return root, next((c for c in root.children if c.dep_ == "nsubj"), None)


def _included_in_the_talks(sentence: Sentence, cast: Cast) -> list[int]:
    """The people a sentence says the talks include, as their objects, not as those met ("with"): "the
    discussions will include, among others, A, B and C", "The talks also included A and B"."""
    root, subject = _included_by(sentence)
    if root is None:
        return []
    doc = sentence.doc
    if (
        subject is None
        or subject.lower_ not in _PLURAL_MEETINGS
        or any(c.dep_ == "poss" for c in subject.children)
    ):
        return []
    if any(t.lower_ == "with" for t in tokens(doc)[root.i + 1 :]):
        return []  # "The talks included meetings with A and B": those met
    return list(
        dict.fromkeys(
            p.key
            for t in tokens(doc)[root.i + 1 :]
            if (p := cast.person_at(sentence.index, t.i)) is not None and t.dep_ != "compound"
        )
    )


_EXAMPLES = re.compile(r"\b(?:such as|including|namely|in particular)\b")  # a list of some of them


def _qualified(noun: Token) -> bool:
    """Whether an adjective or a name qualifies a noun: "his [Baltic] counterparts"."""
    return any(c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "PROPN"} for c in noun.children)


def _held_separately(sentence: Sentence, cast: Cast) -> bool:
    """ "Both gatherings were held separately", "She met them separately": the meeting just told was one with each."""
    doc = sentence.doc
    return (
        not sentence.words.isdisjoint({"separately", "individually"})
        and any(
            (
                t.lower_ in {"meetings", "gatherings", "talks", "both"}
                and t.dep_ in {"nsubj", "nsubjpass", "det"}
            )
            or (t.lower_ == "them" and t.dep_ == "dobj")  # "She met them separately on the sidelines"
            for t in tokens(doc)
        )
        and not any(cast.person_at(sentence.index, t.i) for t in tokens(doc))
    )


def _speaking_aside(verb: Token) -> bool:
    """ "Speaking during the news conference, X said": a participle opening a statement, with no one spoken to."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"prep", "dative"} and c.lower_ in {"with", "to"} for c in verb.children)
        and not any(t.lower_ in {"phone", "telephone", "video", "videoconference"} for t in verb.subtree)
    )


def _with_phrases(verb: Token) -> list[Token]:
    """A verb's "with" phrases, and those of the topic it is "on" or "about": "discussed on issues with X"."""
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    topics = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"on", "about", "over"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return own + [c for t in topics for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]


def _with_phrases_of_aim(verb: Token) -> list[Token]:
    """The "with" phrases of what a verb discusses doing: "discussed ways to strengthen ties with X".

    The parser hangs the trailing "with" on the nearest verb, the aim's, though
    it tells who the discussing was with.
    """
    return [
        c
        for thing in verb.children
        if thing.dep_ == "dobj"
        for aim in thing.children
        if _aim_of(aim)
        for c in aim.subtree  # "discussed ways to strengthen cooperation in areas of common interest [with X]"
        if c.dep_ == "prep" and c.lower_ == "with"
    ]


def _with_phrases_of_thing(verb: Token) -> list[Token]:
    """The "with" phrases the parser hung on what a verb discusses: "discussed the crisis [with X]".

    Not on a meeting discussed: "discussed the phone call with President Xi with reporters".
    """
    return [
        c
        for thing in verb.children
        if thing.dep_ == "dobj" and thing.lower_ not in MEETING_NOUNS
        for c in thing.subtree
        if c.dep_ == "prep"
        and c.lower_ == "with"
        and not any(a.pos_ in {"VERB", "AUX"} or a.lower_ in MEETING_NOUNS for a in _between(c, thing))
    ]  # "discussed the conflict between A and B [with X]": hung deeper, on the thing's own words


def _between(token: Token, ancestor: Token) -> list[Token]:
    """The tokens from a token's head up to (not including) one of its ancestors."""
    found = []
    node = token.head
    while node.i != ancestor.i and node.head.i != node.i:
        found.append(node)
        node = node.head
    return found


_VIEWS = frozenset(
    {"view", "views", "opinion", "opinions", "idea", "ideas", "note", "notes", "thought", "thoughts"}
    | {"pleasantries", "courtesies"}  # "exchanged pleasantries with X at the Study Room": a word in person
)


def _views_exchanged(verb: Token) -> bool:
    """ "exchanged views with X", "exchanged pleasantries with X": a talk; not letters, messages, greetings,
    instruments or insults."""
    return any(c.dep_ == "dobj" and c.lower_ in _VIEWS for c in verb.children)


_OPENERS = frozenset({"according", "unlike", "after", "before", "following", "despite", "besides", "like"})


def _opening_phrase_end(doc: Doc) -> int | None:
    """The comma closing a phrase the sentence opens with ("According to X,", "A day after meeting X,").

    The phrase opens with a preposition or a word such as "after", or with a span of time before one
    ("A day after", "Two weeks before", "Hours after"): no name comes before it.
    """
    opener = next(
        (t for t in tokens(doc)[:_OPENER_REACH] if t.pos_ in {"ADP", "SCONJ"} or t.lower_ in _OPENERS), None
    )
    if opener is None or any(t.pos_ not in {"DET", "NUM", "NOUN"} for t in tokens(doc)[: opener.i]):
        return None
    return next((t.i for t in tokens(doc) if t.text == ","), None)


_OPENER_REACH = 3  # words: "Two days after"


def _co_chaired(verb: Token) -> bool:
    """ "co-chaired", which the tokenizer cuts into "co", "-", "chaired"."""
    doc = verb.doc
    return (
        verb.lemma_.lower() == "chair"
        and verb.i >= 2
        and doc[verb.i - 1].text == "-"
        and doc[verb.i - 2].lower_ == "co"
        and not doc[verb.i - 2].whitespace_
        and not doc[verb.i - 1].whitespace_
    )


def _co_chaired_by(noun: Token) -> Token | None:
    """The verb of "The meeting was co-chaired by A and B", whose agents are the meeting's two sides; the
    parser may hang the noun on "was", and "was" on the verb."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = noun.head
    while verb.dep_ in {"aux", "auxpass"} and verb.head.i != verb.i:
        verb = verb.head
    return verb if _co_chaired(verb) and any(c.dep_ == "agent" for c in verb.children) else None


def _people_before(verb: Token) -> bool:
    """A person is named before the verb: the parse of "co-chaired" is often broken."""
    return any(t.ent_type_ == "PERSON" for t in tokens(verb.doc)[: verb.i])


def _raised_with_on_a_day(verb: Token) -> bool:
    """ "X raised the issue with National Security Adviser Y on Wednesday": a matter raised in person with a
    titled one, on a day told; not "in a letter", "through his envoy", "many times over the years", nor "X
    was raised with Y" (brought up)."""
    children = list(verb.children)
    return (
        _has_object(verb)
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
        and any(_with_titled(c) or _with_counterpart(c) for c in _with_phrases(verb))
        and any(
            (c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children))
            or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")
            for c in children
        )
        and not any(t.lower_ in _AT_A_DISTANCE for t in verb.subtree)
    )


_AT_A_DISTANCE = frozenset({"letter", "letters", "envoy", "message", "times", "through", "via"})


def _opens_with_a_counterpart(verb: Token) -> bool:
    """ "With his Egyptian counterpart, X, Y took stock of progress": the sentence's verb, opened by a "with"
    naming the counterpart met (the parser may take "counterpart" for the subject); not "With his
    counterpart, X, absent, Y addressed the forum", where the one named is away."""
    doc = verb.doc
    opening = doc[0]
    commas = [t.i for t in tokens(doc)[: verb.i] if t.text == ","]
    return (
        opening.lower_ == "with"
        and opening.head.i == verb.i
        and any(t.lower_ == "counterpart" for t in tokens(doc)[1:5])
        and any(t.dep_ == "nsubj" for t in verb.children)
        and len(commas) >= 2  # noqa: PLR2004 - the name set off, then the subject
        and doc[commas[1] + 1].text[:1].isupper()
    )


def _has_object(verb: Token) -> bool:
    """Whether a verb has a direct object: "exchanged gifts with X" is an exchange of things."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _with_counterpart(preposition: Token) -> bool:
    """ "with his Indian counterpart, X": the one met is named in apposition to "counterpart"."""
    return any(g.dep_ == "pobj" and g.lower_ in {"counterpart", "counterparts"} for g in preposition.children)


def _aim_of(token: Token) -> bool:
    """A "to" infinitive hung on a discussed thing: "ways [to strengthen]", "steps [to expand]"."""
    return (
        token.dep_ in {"relcl", "acl"}
        and token.pos_ == "VERB"
        and _to_infinitive(token)
        and token.head.dep_ == "dobj"
        and token.head.head.lemma_.lower() == "discuss"
    )


def _with_titled(preposition: Token) -> bool:
    """A "with" whose object is a titled name or a person: "with Austrian President X", not "with Kenya"."""
    return any(
        g.dep_ == "pobj"
        and (
            any(_titled_name_word(t, g) for t in g.subtree)
            or (
                g.lower_ in office.HEADS
                and any(t.ent_type_ == "PERSON" or _name_under_of(t, g) for t in g.subtree)
            )
        )  # "with Prime Minister of Kosovo Albin Kurti", the title the head and the name under its "of"
        for g in preposition.children
    )


def _name_under_of(token: Token, title: Token) -> bool:
    """A proper noun after a title, the object of its last "of" though no place: "Minister of Foreign Affairs of
    Belarus [X]", a name the model tagged no person."""
    return (
        token.i > title.i
        and token.pos_ == "PROPN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.ent_type_ not in {"GPE", "NORP", "ORG", "LOC", "FAC"}
        and country_of_words(token.text) is None
    )


def _titled_name_word(token: Token, name: Token) -> bool:
    """A word of a titled name, at or before its head: a person's ("with Venezuelan President A B [C]", C the
    model's organisation), or the title ("with British Minister of Defence A B-C", the title a modifier)."""
    return token.i <= name.i and (
        token.ent_type_ == "PERSON"
        or (token.dep_ == "compound" and token.lower_ in office.HEADS)
        or (token.pos_ == "PROPN" and token.lower_ in office.HEADS and token.i < name.i)
    )


def _with_someone(preposition: Token) -> bool:
    """ "with X", "with the President", "with his counterpart", "with his longtime friend, X"."""
    return any(
        g.dep_ == "pobj"
        and (g.pos_ == "PROPN" or g.lower_ in office.HEADS or g.lower_ == "counterpart" or _name_beside(g))
        for g in preposition.children
    ) or _name_after_a_hung_with(preposition) is not None


def _name_after_a_hung_with(preposition: Token) -> Token | None:
    """The titled name right after a "with" the parser left without its object: "discussed with Polish
    Foreign Minister X means of ..." (the name taken for the subject of "means")."""
    if any(g.dep_ == "pobj" for g in preposition.children):
        return None
    words = preposition.doc[preposition.i + 1 : preposition.i + 7]
    at = next((k for k, t in enumerate(words) if t.ent_type_ == "PERSON"), None)
    if (
        at is None
        or not any(t.lower_ in office.HEADS for t in words[:at])
        or any((t.pos_ in {"VERB", "AUX"} and t.lower_ != "visiting") or t.is_punct for t in words[:at])
    ):  # "with visiting premier X": the word before a guest's title
        return None
    return words[at]


def _after_a_hung_with(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people ``_name_after_a_hung_with`` finds after the "with" phrases of a verb or a meeting noun."""
    if anchor.pos_ != "VERB" and anchor.lower_ not in MEETING_NOUNS:
        return []
    found = []
    for preposition in _with_phrases(anchor):
        name = _name_after_a_hung_with(preposition)
        words = [name, *tokens(sentence.doc)[name.i + 1 : preposition.i + 7]] if name is not None else []
        person = next(  # the name's words, to the one its mention stands at
            (p for t in words if t.ent_type_ == "PERSON" and (p := cast.person_at(sentence.index, t.i))), None
        )
        if person is not None:
            found.append(person.key)
    return found


def _later_joined_by(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """Those who joined the meeting's subject in a clause joined to its verb: "he had lunch with A and was
    later joined by B, C and D": the four at the lunch."""
    verb = clause_verb(anchor)
    return [
        person.key
        for joined in verb.children
        if joined.dep_ == "conj"
        and joined.lemma_.lower() == "join"
        and any(c.dep_ == "auxpass" for c in joined.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in joined.children)  # the same subject
        for agent in joined.children
        if agent.dep_ == "agent"
        for t in agent.subtree
        if (person := cast.person_at(sentence.index, t.i)) is not None
    ]


_PARTICIPATION = frozenset({"participation", "presence", "attendance"})


def _with_the_participation_of(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """Those a meeting is held "with the participation of" or "in the presence of": "a meeting between A and B
    will take place on June 1 in Chisinau, with the participation of French President C and Chancellor D"."""
    holders = [anchor]
    if anchor.dep_ in {"nsubj", "nsubjpass"}:
        holders.append(anchor.head)  # "a meeting ... will take place ..., with the participation of"
    found = []
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"with", "in"}:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in _PARTICIPATION:
                    continue
                for of in noun.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        found += [
                            person.key
                            for t in of.subtree
                            if (person := cast.person_at(sentence.index, t.i)) is not None
                            and person.key not in found
                        ]
    return found


def _people_under(anchor: Token, sentence: Sentence, cast: Cast) -> list[tuple[int, Person]]:
    """People whose path up the parse reaches the anchor without crossing a clause boundary."""
    found: list[tuple[int, Person]] = []
    for i in range(len(sentence.doc)):
        person = cast.person_at(sentence.index, i)
        if person is None:
            continue  # (most words: no one's, and not read)
        token = sentence.doc[i]
        if (
            _owner_of_someone(token)
            or _visited_place(token, person)
            or sent_by(token)
            or _deed_of(token, anchor)
            or _set_aside(token, anchor)
            or _commemorated(token)
        ):
            continue
        starts = [
            _counterparts_listing(token)
            or token,  # "with his A and B counterparts, X and Y": X and Y hang there
            _title_before_comma(
                token
            ),  # "with the President of Ethiopia, X", X hung elsewhere: the title's path
            _counterpart_just_before(token),  # "with his Malaysian counterpart Anwar Ibrahim", misparsed
            _long_title_just_before(token),  # "with Vanuatu's Minister of ... External Trade Marc Ati"
            _with_hung_on_the_verb(token, anchor),  # "recalled his meeting with X last November"
            _conjunct_read_as_subject(token, sentence, cast),  # "with A and B immediately following the
            # launch": B made the subject of "following"
            _name_word_hung_apart(token, person),  # "between Biden and López Obrador delivered": "López" the
            # conjunct, "Obrador" the subject
            _object_set_off_after_a_place(token, anchor),  # "welcomed on Sunday at the Palace, Minister X"
        ]
        if any(start is not None and _reaches(start, token, anchor, sentence, cast) for start in starts):
            found.append((token.i, person))
    return found


def _commemorated(token: Token) -> bool:
    """Whether a name is of one whose day or life is kept: "to join the celebrations of Bangabandhu X's birth
    centenary", "X's 70th birthday", "the anniversary of X's death": honoured, not met."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    kept = token.head
    if token.dep_ == "poss":
        while kept.dep_ == "compound" and kept.head.i != kept.i:
            kept = kept.head  # "X's [birth] centenary"
        return kept.lemma_.lower() in _KEPT or (
            kept.lemma_.lower() in {"birth", "death"} and kept.dep_ == "pobj" and kept.head.lower_ == "of"
        )  # "the anniversary of X's death"
    return False


_KEPT = frozenset(
    {"centenary", "centennial", "anniversary", "birthday", "jubilee", "bicentenary", "memorial"}
)  # fmt: skip


def _set_aside(token: Token, anchor: Token) -> bool:
    """Whether a name stands in a phrase that sets its meeting aside from the one told: "Besides May and
    Macron, Erdogan also met Abbas", "Apart from his interaction with President Xi, Dar also met Y", "In
    addition to his meeting with Sheikh Abdullah, Zameer held discussions with Z" (not the anchor's own
    phrase: "besides meeting Y")."""
    for node in token.ancestors:
        if node.i == anchor.i:
            return False
        if _setting_aside(node):
            return True
    return False


def _setting_aside(word: Token) -> bool:
    """ "besides", "beyond", "apart from", "aside from", "in addition to": a phrase of another meeting."""
    return (
        word.lower_ in {"besides", "beyond"}
        or (word.lower_ == "from" and word.head.lower_ in {"apart", "aside"})
        or (word.lower_ == "to" and word.head.lower_ == "addition")
    )


def _owner_set_aside(noun: Token) -> Token | None:
    """The subject of the clause a phrase setting a meeting aside opens: "Apart from his interaction with
    President Xi, Dar also met Y" (his, Dar's); "Apart from negotiations with A and B, Blinken is also to
    attend ...", talks no one else is said to hold (no article, no owner): Blinken's."""
    owned = any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in noun.children)
    bare = noun.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
    if not owned and not bare:
        return None
    phrase = next((a for a in noun.ancestors if _setting_aside(a)), None)
    verb = next((a for a in phrase.ancestors if a.pos_ in {"VERB", "AUX"}), None) if phrase else None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


_MOURNING = frozenset({"funeral", "death", "passing", "assassination", "memorial", "burial", "killing"})


def _mourned(token: Token) -> bool:
    """Whether a word is of the name of the dead one of a funeral or a death: "the funeral of former Prime
    Minister [X]", "the passing of Sheikh [Y]"."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in {"of", "for"}
        and token.head.head.lemma_.lower() in _MOURNING
    )


_RECALLING = frozenset({"recall", "remember", "mention", "recount", "cite", "describe", "hail", "praise"})


def _with_hung_on_the_verb(token: Token, anchor: Token) -> Token | None:
    """The meeting noun, for one named after a "with" the parser hung on the verb whose object the noun is:
    "Xi recalled his meeting with Quang last November" (None otherwise)."""
    preposition = token.head
    if (
        token.dep_ == "pobj"
        and preposition.lower_ == "with"
        and anchor.pos_ == "NOUN"
        and anchor.dep_ == "dobj"
        and preposition.head.i == anchor.head.i
        and anchor.head.lemma_.lower() in _RECALLING  # not "skipped his meeting with Y last year"
        and anchor.i < preposition.i
        and not any(c.lower_ == "with" for c in anchor.children)
    ):
        return anchor
    return None


def _another_meeting_by_time(node: Token) -> bool:
    """Whether a word is someone else's meeting the one told is placed before or after in time: "spoke to X
    ahead of the Secretary's dinner meeting with Y"."""
    if node.lower_ not in MEETING_NOUNS or node.dep_ not in {"pobj", "dobj"}:
        return False
    if not any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in node.children):
        return False  # not "ahead of his meeting with Y", "before talks with Y": the subject's own next one
    by = node.head
    return by.lower_ in {"before", "after", "following"} or (
        by.lower_ in {"of", "to"} and by.head.lower_ in {"ahead", "prior"}
    )


def _object_read_as_subject(node: Token, anchor: Token) -> bool:
    """ "X received on Sunday his Yemeni counterpart Y currently visiting Egypt": the guest the parser made
    the subject of the clause after him ("currently visiting"), the host's verb left with no object of its
    own, is the one received."""
    clause = node.head
    return (
        node.dep_ == "nsubj"
        and node.i > anchor.i
        and clause.tag_ == "VBG"
        and clause.dep_ in {"advcl", "acl", "ccomp"}
        and clause.head.i == anchor.i
        and anchor.lemma_.lower() in _RECEIVING
        and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in anchor.children)
        and not any(t.text in {",", ";"} for t in tokens(node.doc)[anchor.i : node.left_edge.i])
    )  # not "met with business leaders on Sunday, Prime Minister Y meanwhile visiting Paris"


_RECEIVING = RECEPTIONS | {"meet"}
_CALL_KINDS = frozenset({"courtesy", "introductory", "farewell", "phone", "telephone"})  # "paid courtesy calls"


def _object_set_off_after_a_place(name: Token, anchor: Token) -> Token | None:
    """The verb a name is the object of, when the parser hung it on the place told before it: "X welcomed on
    Sunday at the Baghdad Palace, Kuwaiti Foreign Minister Y" (the verb has no object of its own)."""
    place = name.head
    listed = name.dep_ == "conj" and not any(c.dep_ == "cc" for c in place.children)  # "the Palace, X"
    set_off = name.dep_ == "appos" or listed
    if not set_off or place.dep_ != "pobj" or place.head.dep_ != "prep" or place.head.head.i != anchor.i:
        return None
    if anchor.pos_ != "VERB" or any(c.dep_ == "dobj" for c in anchor.children):
        return None
    if place.ent_type_ not in {"GPE", "LOC", "FAC"} and place.lower_ not in {"palace", "house", "residence"}:
        return None
    return place.head if name.i > 0 and name.doc[name.left_edge.i - 1].text == "," else None


def _name_word_hung_apart(token: Token, person: Person) -> Token | None:
    """The word of a person's name right before its last, which the parser hung elsewhere: "the meeting
    between Biden and López Obrador delivered results", "López" the conjunct of "Biden", "Obrador" the
    subject of "delivered" (the model read no name there): the name's path is that word's."""
    if token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.pos_ != "PROPN" or before.head.i == token.i or token.head.i == before.i:
        return None
    return before if before.text in person.name.split()[:-1] else None


def _counterpart_just_before(token: Token) -> Token | None:
    """ "with his Malaysian counterpart Anwar Ibrahim on Monday", the name parsed as a clause of its own
    ("Anwar" a verb, "Ibrahim" its object): the counterpart the name follows, whose path is the name's."""
    doc = token.doc
    first = token
    while first.i > 0 and first.ent_iob_ == "I" and doc[first.i - 1].ent_type_ == "PERSON":
        first = doc[first.i - 1]
    if first.i == 0:
        return None
    title = doc[first.i - 1]
    if title.lower_ not in {"counterpart", "counterparts"} or any(
        t.head.i == title.i for t in tokens(doc)[first.i : token.i + 1]
    ):
        return None
    return title


def _conjunct_read_as_subject(token: Token, sentence: Sentence, cast: Cast) -> Token | None:
    """ "held calls with Foreign Minister A and Japanese Foreign Minister B immediately following the
    launch": the second of two names joined by "and", which the parser made the subject of the gerund
    after it, the "and" left hanging on the first: the first name's path is the second's."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"} or verb.i < token.i:
        return None
    before = token.left_edge.i - 1
    if before < 1:
        return None
    joint = token.doc[before]
    first = joint.head
    if (
        joint.dep_ != "cc"
        or first.i >= before
        or cast.person_at(sentence.index, first.i) is None
        or any(c.dep_ == "conj" for c in first.children)
    ):
        return None
    return first


def _visited_place(token: Token, person: Person) -> bool:
    """ "Macron also visited Lalibella, the site of ...": what is visited, named bare and told as a place, is
    one."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() == "visit"
        and person.title is None
        and person.role == "other"
        and person.organisation is None
        and any(c.dep_ == "appos" and c.lower_ in _SITES for c in token.children)
    )  # not "Retno Marsudi visited Aung San Suu Kyi in Naypyidaw"


def _accompanied(node: Token) -> bool:
    """Whether a word is the object of an active "accompany" in a clause on someone: "Y, who is accompanying
    Prime Minister X", "Y, accompanying X on his visit" (not "Y, accompanied by X": X comes along)."""
    verb = node.head
    return (
        node.dep_ == "dobj"
        and verb.lemma_.lower() == "accompany"
        and verb.dep_ in {"relcl", "acl"}
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


def _reaches(node: Token, token: Token, anchor: Token, sentence: Sentence, cast: Cast) -> bool:
    """Whether the path up from a person reaches the anchor, crossing no clause nor titled apposition."""
    titled = False  # crossed a title in apposition: "between the Leader of A, Chairman of B X and ..."
    withed = False  # came up through a "with" the person is the object of
    while node.i != anchor.i and node.head.i != node.i:
        if _accompanied(node):
            return False  # "lunch with Y, who is accompanying Prime Minister X": X is whom Y came with
        if _another_meeting_by_time(node):
            return False  # "spoke to X on Wednesday ahead of X's dinner meeting with Y": Y is at that one
        if _hosted_in_honour(node, anchor):
            node = anchor  # "attended a banquet in his honour hosted by X": the host of the meal is at it
            continue
        if _object_read_as_subject(node, anchor):
            node = anchor  # "received on Sunday his counterpart X currently visiting Egypt"
            continue
        if node.dep_ == "appos" and node.i != token.i and node.lower_ in {"counterpart", "counterparts"}:
            pass  # "the Moldovan PM X, his Moldovan counterpart Y, and the Speaker Z": all met
        elif node.dep_ == "appos" and node.i != token.i and node.lower_ in office.HEADS:
            if (
                node.head.ent_type_ not in _PLACES
                and node.head.lower_ not in _STYLES
                and not _joined_to_title(node, token, sentence, cast)
                and not any(  # "the Rwandan President [appos], B [conj], and the Ethiopian PM, C": a list
                    c.dep_ == "conj" and cast.person_at(sentence.index, c.i) is not None
                    for c in node.children
                )
                and not (  # "X, the President of Cyprus and [conj of Cyprus] Y, the Minister of ...": a list
                    token.dep_ == "conj"
                    and token.head.head.lower_ == "of"
                    and found.country_named_whole(token.head.text, "name") is not None
                )
                and _named_beside(node, sentence, cast)
                and not (  # "with President A, Speaker of the Chamber B, Acting President of the Senate C": a
                    # list of titles each holding its own name, hung in apposition to the one before
                    cast.person_at(sentence.index, node.head.i) is not None
                    and node.left_edge.i <= token.i <= node.right_edge.i
                    and _holds_the_title(token, node, sentence, cast)
                )
            ):
                titled = True
            # else "received at Bayan Palace the President of X, Y": the title the parser hung on the place
            # is the verb's object; "His Highness the Prime Minister Sheikh X": a style, not another person
        elif node.dep_ == "appos" and node.head.lower_ in _STYLES:
            pass  # "attended by His Highness the Crown Prince X and [conj] His Highness the Prime Minister Y"
        elif (
            node.dep_ == "appos"
            and node.i != token.i
            and node.head.lower_ in {"counterparts", "counterpart", "colleagues", "colleague"}
            and cast.person_at(sentence.index, node.i) is not None
        ):
            pass  # "her counterparts Chrystia Freeland of Canada and [conj] Maria Angela Holguin of
            # Colombia", "with my Danish colleague A and [conj of A] Estonian Foreign Minister B"
        elif (
            node.dep_ == "appos"
            and node.i != token.i
            and cast.person_at(sentence.index, node.i) is not None
            and cast.person_at(sentence.index, node.head.i) is not None
        ):
            pass  # "A of Malaysia, B [appos of A] of Brunei, and C [conj of B] of the Philippines": a list
        elif (
            node.dep_ == "appos"
            and node.i != token.i
            and cast.person_at(sentence.index, node.i) is not None
            and node.head.tag_ in {"NNS", "NNPS"}
        ):
            pass  # "leaders of three other countries -- A, B and C": the list the plural names goes on
        elif (
            node.dep_ == "appos"
            and node.i != token.i
            and cast.person_at(sentence.index, node.i) is not None
            and node.head.lower_ in office.HEADS
        ):
            pass  # "with the Chadian President, A [appos], the Rwandan President, B, and ...": the list goes
            # on past a title and its name
        elif (
            node.dep_ in _BOUNDARY
            and node.i != token.i
            and node.lemma_.lower() not in _JOINING
            and not _brought_together(node, anchor)
            and not _headed_by(node, anchor)
            and led_delegation(node) is None  # "received a delegation led by Ambassador X": X is at it
            and not _aim_of(
                node
            )  # "discussed ways to strengthen ties with X": the aim's "with" is the talk's
            and not _with_clause(node)  # "met Sunday with [mark] Foreign Minister X [nsubj] ... to discuss"
            and not (node.dep_ == "acl" and node.lemma_.lower() in {"present", "submit"})  # "the letter of
            # credence presented by Ambassador X": X handed it over
            and not _hosted_by(node, anchor)
        ):
            return False
        if node.lower_ == "according" and node.i != token.i:
            return False  # "According to X, in the meeting Y congratulated Z": X reports it
        if (
            node.dep_ == "pcomp"
            and node.i != token.i
            and node.head.lower_ in {"after", "before", "since"}
            and trigger_anchor(node) is None
        ):
            return False  # "paying courtesy calls on leaders after taking over power from X": X no guest
        if (
            node.dep_ == "prep"
            and node.lower_ == "between"
            and node.head.i != anchor.i
            and node.head.head.i != anchor.i  # not "X hosted a meeting between A and B": the verb's own
            and node.head.lower_ in MEETING_NOUNS
        ):
            return False  # "A and B agreed to broker a summit between C and D": C and D meet at the summit
        if (
            node.dep_ == "prep"
            and node.lower_ == "with"
            and token.head.i == node.i
            and node.head.lemma_.lower() not in _BONDS
        ):  # "talked about cooperation prospects with X": the parser hung the talk's partner low; not
            withed = True  # "spoke about his relationship with X", a bond, no partner
        if node.dep_ == "prep" and node.lower_ in {"about", "regarding", "concerning"} and not withed:
            return False  # "X and Y also spoke about the onslaught of Boko Haram": what they spoke of
        if (
            node.i == token.i
            and node.dep_ == "pobj"
            and node.head.lower_ == "to"
            and node.head.head.lower_ in office.SERVING
        ):
            return False  # "met Waltz, national security advisor to President-elect Trump": Trump is served
        if (
            node.dep_ == "pcomp"
            and node.i != token.i
            and node.pos_ == "VERB"
            and node.lemma_.lower() in MEETING_VERBS
            and node.head.lower_ in {"after", "before", "since", "following"}
        ):
            return False  # "met X on Saturday after earlier talking to Y": Y at a meeting of its own (not
            # "with Brazil's X hosting Russia's Y", the same meeting)
        if (
            node.dep_ == "pobj"
            and node.i != token.i
            and node.lemma_.lower() in MEETING_NOUNS
            and node.head.lower_ in {"after", "before", "since", "following"}
            and any(
                (c.dep_ == "prep" and c.lower_ == "with")
                or (c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
                for c in node.children
            )  # "Hours before the Rojas-Brandt meeting, X spoke with Y": the meeting's own people
        ):
            return (
                False  # "Following his meeting with Trump, Netanyahu met Sisi": Trump at a meeting of its own
            )
        if titled and node.lower_ == "between":
            titled = False
        if (
            node.dep_ == "conj"
            and node.pos_ in {"VERB", "AUX"}
            and node.i != token.i
            and node.lower_ != "visiting"
        ):
            return False  # "held a meeting with X, and then met Y": the second verb is a clause of its own;
            # "X and visiting [conj] President Y held talks" is one subject the parser took for a verb
        node = node.head
    return node.i == anchor.i and not titled


def _holds_the_title(token: Token, title: Token, sentence: Sentence, cast: Cast) -> bool:
    """Whether a name inside a title's words is the title's holder: "Speaker of the Chamber of Deputies
    [Marcel Ciolacu]", "State Minister for Foreign Affairs, Mr. [X]"; not the one an envoy serves ("a
    special envoy of the monarch and head of state King [X]"), nor the body itself ("chief executive officer
    of [Yellow Card]")."""
    person = cast.person_at(sentence.index, token.i)
    if person is None or title.lower_ in office.SERVING | {"emissary", "representative"}:
        return False
    name = next((m.name for m in person.mentions if m.sentence == sentence.index and m.token == token.i), "")
    first = token.i  # the name's first word: "Al-Jasser" is three tokens, one word
    while first > 0 and len(span_text(sentence.doc, first - 1, token.i + 1)) <= len(name):
        first -= 1
    return first > 0 and tokens(sentence.doc)[first - 1].lower_ not in {"of", "for", "to", "the"}


_PRESS_LABELS = frozenset({"question", "q", "moderator", "operator", "reporter", "journalist", "participant"})


def _in_the_first_person(token: Token, doc: Doc) -> bool:
    """A meeting noun of no one's, with its own "with", in a sentence its speaker tells in the first person:
    "it is my privilege to address you today following a bilateral meeting with X"."""
    return (
        token.pos_ == "NOUN"
        and any(c.lower_ == "with" and c.dep_ == "prep" for c in token.children)
        and not any(c.dep_ == "poss" for c in token.children)
        and not (token.dep_ in {"nsubj", "nsubjpass"} and told_before(token))
        and any(t.lower_ in {"i", "my", "we", "our"} and t.pos_ == "PRON" for t in tokens(doc))
        and not doc.text.rstrip().endswith("?")
    )  # not "I understand the meeting with X went well for our trade minister" (a meeting talked of), nor a
    # question asked; "the agreement reached at the meeting with X on the 23rd, I attended ..." is theirs


def _named_beside(title: Token, sentence: Sentence, cast: Cast) -> bool:
    """Whether a title in apposition stands beside someone named, not beside another title of its own holder:
    "Foreign Minister A, Deputy Chief of Staff B" (two people), not "the Deputy Chairman of the Cabinet of
    Ministers, Minister of Foreign Affairs of Turkmenistan X" (X's two titles)."""
    own = {t.i for t in title.subtree}
    return any(t.i not in own and cast.person_at(sentence.index, t.i) is not None for t in title.head.subtree)


def _joined_to_title(title: Token, token: Token, sentence: Sentence, cast: Cast) -> bool:
    """Whether a person is joined to another's title in apposition, as the parser hangs a second subject:
    "X, Prime Minister of A and [conj] Y, Prime Minister of B held a meeting"."""
    return (
        token.dep_ == "conj"
        and token.head.i == title.i
        and any(t.dep_ == "cc" for t in title.children)
        and cast.person_at(sentence.index, title.head.i) is not None
    )


def _together(verb: Token) -> bool:
    """ "brought together", "gathered together": a verb whose objects are the people a meeting had."""
    return verb.lemma_.lower() in {"bring", "gather", "unite"} and any(
        c.lower_ == "together" for c in verb.children
    )


def _headed_by(clause: Token, anchor: Token) -> bool:
    """ "A meeting of the two delegations was held, headed by X and Y", "talks chaired by X and Y": who
    headed the meeting was at it."""
    if clause.tag_ != "VBN" or clause.lemma_.lower() not in _LEADING:  # "co-chaired": "chaired" a token
        return False
    if not any(c.dep_ == "agent" for c in clause.children):
        return False
    meeting = anchor if anchor.lower_ in MEETING_NOUNS else next(
        (c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in MEETING_NOUNS), None
    )
    return meeting is not None and clause.head.i in {anchor.i, meeting.i}


def _brought_together(clause: Token, anchor: Token) -> bool:
    """ "during a meeting that brought together X and Y", "hosted Y, in talks in which X also took part": the
    meeting's own clause names who met."""
    if clause.dep_ != "relcl" or not (
        clause.head.i == anchor.i or clause.head.lemma_.lower() in MEETING_NOUNS
    ):
        return False
    lemma = clause.lemma_.lower()
    return (
        _together(clause)
        or lemma == "participate"
        or (lemma == "take" and any(c.lower_ == "part" and c.dep_ == "dobj" for c in clause.children))
    )


def _with_clause(clause: Token) -> bool:
    """A clause the parser opened with "with": "met Sunday with [mark] Minister X in Riyadh to discuss ...".

    The "with" is the meeting's; its subject is who was met.
    """
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children)


def _title_before_comma(name: Token) -> Token | None:
    """The title a name stands after, set off by a comma, when the parser hung the name elsewhere.

    "his meeting with the President of Ethiopia, Sahle-Work Zewde": the name
    is the title's, and meets whom the title meets.
    """
    doc = name.doc
    start = name.i
    while start > 0 and name.i - start < 5 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"):
        start -= 1
    if start < 2 or doc[start - 1].text != ",":
        return None
    title = doc[start - 2]
    if (envoy := found.envoy_for_before(doc, start - 1)) is not None:
        # "with the EU envoy for dialogue between Belgrade and Pristina, X"
        return doc[envoy]  # (the parse may hang the name below the mission: "between Belgrade and [X]")
    while title.dep_ == "conj" and title.head.i < title.i:
        title = title.head  # "Minister of International Relations and [Cooperation], X": the portfolio's head
    if title.dep_ == "pobj" and title.head.lower_ in {"of", "for"}:
        title = title.head.head  # "the President [of Ethiopia]", "the commissioner [for home affairs]"
    if (title.lower_ not in office.HEADS and title.lower_ != "counterpart") or title in name.ancestors:
        return None  # "spoke with his Chinese counterpart, Wang Yi, on Monday", the name hung on the verb too
    if title.dep_ == "pobj" and title.head.lower_ == "as":
        return None  # "during his first trip abroad as premier, Chief Cabinet Secretary X said": what one goes as
    return title


def _long_title_just_before(name: Token) -> Token | None:
    """The head of a long title a name follows with no comma, when the parser hung the name elsewhere.

    "When meeting with Vanuatu's Minister of Foreign Affairs, International
    Cooperation and External Trade Marc Ati, Wang said ...": the parse takes
    the title for whom Wang met and hangs the name on "said".
    """
    doc = name.doc
    start = name.i
    while (
        start > 0
        and name.i - start < 3  # noqa: PLR2004 - the words of a name
        and doc[start - 1].pos_ == "PROPN"
        and not _title_end(doc[start - 1])
    ):
        start -= 1
    if start == 0 or not _title_end(doc[start - 1]):
        return None
    k = start - 1
    while k > 0 and start - k < _LONG_TITLE and (doc[k].text[:1].isupper() or doc[k].lower_ in _IN_A_TITLE):
        if doc[k].lower_ in office.HEADS:
            break
        k -= 1
    title = doc[k]
    if title.lower_ not in office.HEADS or title in name.ancestors or title.dep_ not in {"pobj", "dobj"}:
        return None
    return title


_IN_A_TITLE = frozenset({"of", "for", "and", "&", ",", "the"})
_LONG_TITLE = 12  # words back from a name to its title's head


def _title_end(token: Token) -> bool:
    """Whether a word may end a title a name follows: a title's word, or a portfolio's last ("Trade")."""
    return token.lower_ in office.TITLE_WORDS or token.lower_ in found.PORTFOLIO_ENDS


def _counterparts_listing(token: Token) -> Token | None:
    """The "counterparts" a name is listed after: "with his Turkish and Georgian counterparts, X and Y".

    Only names, commas and "and" stand between; the parser often hangs such a
    list elsewhere in the sentence.
    """
    doc = token.doc
    k = token.i - 1
    while k >= 0 and token.i - k <= 30:
        word = doc[k]
        if word.lower_ in office.LISTED_PEERS:
            return word if k < token.i - 1 and doc[k + 1].text in {",", ":", "–", "—"} else None
        if not (
            word.text in {",", "and", "-"}
            or (word.pos_ in {"PROPN", "ADJ"} and word.text[:1].isupper())
            or (word.text in {":", "–", "—"} and k > 0 and doc[k - 1].lower_ in office.LISTED_PEERS)
        ):  # "three of his counterparts – Australian Prime Minister A, Timor-Leste Prime Minister B and ..."
            return None
        k -= 1
    return None


_KIN = frozenset(
    {
        "predecessor", "successor", "wife", "husband", "son", "daughter", "spokesman", "spokeswoman",
        "spokesperson", "aide", "aides", "deputy", "envoy", "adviser", "advisor", "counterpart", "chief", "father",
        "mother", "brother", "sister", "nephew", "niece", "cousin", "representative", "rival", "ally",
        "representatives", "envoys", "advisers", "advisors", "team", "officials", "delegation", "nominee",
        "nominees", "pick", "choice", "appointee",
    }
)  # fmt: skip


_THE_OTHER_SIDE = frozenset({"guest", "guests", "host", "hosts", "visitor", "visitors"})  # "X's guest, Y"


def _owner_of_someone(token: Token) -> bool:
    """ "Cho's predecessor Park Jin hosted X": Park Jin is at the meeting, not Cho, who is named for whose he was.
    So too one named for a day or a deed of their own: "spoke by phone after President X's inauguration"."""
    if token.dep_ != "poss" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(
        c.dep_ == "conj" and c.ent_type_ == "GPE" and any(g.dep_ == "case" for g in c.children)
        for c in token.children
    ):
        return False  # "Foreign Minister A and Turkey's Foreign Minister B held talks": the "'s" is Turkey's
    named_beside = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.head.children)
    if token.head.pos_ == "NOUN" and named_beside and token.head.lower_ not in _THE_OTHER_SIDE:
        return True  # "Kim's right-hand man Kim Yong Chol": the one named beside the noun is whose it is
    return token.head.lower_ in _KIN or token.head.lower_ in office.HEADS or token.head.lower_ in _OWN_DEEDS


def _deed_of(token: Token, anchor: Token) -> bool:
    """ "met on the sidelines of the inauguration of Namibia's President, X": X is named for the day of her
    own that brought them together (``_OWN_DAYS``, written with "of"), not as one who met."""
    node = token
    for _ in range(8):
        if node.i == anchor.i or node.head.i == node.i:
            return False
        if node.lower_ == "of" and node.head.lower_ in _OWN_DAYS:
            return True
        node = node.head
    return False


# The days of one's own others gather for ("the inauguration of X"): not "the Administration of the President"
_OWN_DAYS = frozenset(
    {"inauguration", "swearing", "swearing-in", "funeral", "coronation", "birthday", "enthronement"}
)

# What one is named for without being at a meeting: a day or a deed of one's own
_OWN_DEEDS = _OWN_DAYS | frozenset(
    {"election", "re-election", "reelection", "victory", "death", "resignation", "appointment", "ouster",
     "impeachment", "tariffs", "policies", "policy", "administration", "remarks", "comments", "decision",
     "assassination"}
)  # fmt: skip


def _pairs(
    people: list[int], anchor: Token, subject: Token | None, sentence: Sentence, cast: Cast
) -> list[tuple[int, int]]:
    """The pairs of a meeting with each: the first with each other one ("X met A and B separately"), or each
    of several in the subject with the one named after the verb ("A and B separately called on X", however
    the parse joined A and B)."""
    first = {
        k: min(m.token for m in cast.people[k].mentions if m.sentence == sentence.index)
        for k in people
        if cast.people[k].mentioned_in(sentence.index)
    }
    if anchor.pos_ != "VERB" and any(c.dep_ == "poss" and c.lower_ == "their" for c in anchor.children):
        met = [k for k in people if k in first and anchor.i < first[k] <= anchor.right_edge.i]
        theirs = [k for k in people if k not in met]
        if len(met) == 1 and len(theirs) >= 2:  # noqa: PLR2004 - a pair or more
            return [(k, met[0]) for k in theirs]  # "their respective meetings with President X": each with X
    if subject is None or anchor.pos_ != "VERB":
        return [(people[0], other) for other in people[1:]]
    spans = [  # the subject, and any other the parse hung on the verb ("A [nsubj] and B [nsubj] called on X")
        (c.left_edge.i, c.right_edge.i)
        for c in [subject, *anchor.children]
        if c.i == subject.i or c.dep_ in {"nsubj", "nsubjpass"}
    ]
    within = [k for k in people if k in first and any(a <= first[k] <= b for a, b in spans)]
    after = [k for k in people if k not in within and first.get(k, anchor.i + 1) > anchor.i]  # or described
    if len(within) >= 2 and len(after) == 1 and len(within) + 1 == len(people):
        return [(k, after[0]) for k in sorted(within, key=first.__getitem__)]
    return [(people[0], other) for other in people[1:]]


def _companions(anchor: Token, subject: Token | None, sentence: Sentence, cast: Cast) -> set[int]:
    """Who goes with the subject, on its side: "X, along with A and B, held a bilateral meeting with Y",
    "X, accompanied by A, met Y"."""
    joined = [
        w
        for head in (anchor, *([subject] if subject is not None else []))
        for c in head.children
        if c.lower_ in {"along", "together"}
        for w in c.children
        if w.lower_ == "with"
    ]
    joined += [
        w
        for head in (anchor, *([subject] if subject is not None else []))
        for c in head.children
        if c.dep_ in {"acl", "advcl"} and c.lemma_.lower() == "accompany"
        for w in c.children
        if w.dep_ == "agent"
    ]
    found = {
        person.key
        for w in joined
        for t in w.subtree
        if (person := cast.person_at(sentence.index, t.i)) is not None
    }
    led = [  # "Pakistan's team led by Minister A, Governor B and Secretary C held meetings with ...": A heads
        # the side, B and C go with A
        person.key
        for c in (subject.children if subject is not None else ())
        if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}
        for w in c.children
        if w.dep_ == "agent"
        for t in w.subtree
        if (person := cast.person_at(sentence.index, t.i)) is not None
    ]
    return found | set(dict.fromkeys(led[1:]))


def _calls_on(token: Token, people: list[int], cast: Cast) -> bool:
    """ "X called on Speaker A and Senate Chairman B": a call on each; not "A, B and C later called on
    Prime Minister X", several calling together, nor "called on Sultan A, Crown Prince B and Prince C",
    a ruler's audience with his house beside him."""
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() == "call"
        and any(c.lower_ == "on" for c in token.children)
        and subject is not None
        and not _several_subject(subject)
        and not any(cast.people[k].role in office.LEADERS for k in people[1:])
    )


def _people_in_phrase(phrase: Token, sentence: Sentence, cast: Cast) -> set[int]:
    """The people named in a phrase's words (its conjuncts too)."""
    return {
        person.key
        for word in (phrase, *phrase.conjuncts)
        for t in word.subtree
        if (person := cast.person_at(sentence.index, t.i)) is not None
    }


_OF_THREE = frozenset({"trilateral", "tripartite", "three-way", "joint"})  # one meeting of all those named


def _separately(anchor: Token, *, bilateral: bool = True) -> bool:
    """ "met Wong and Iwaya separately", "held separate talks with each", "met his Moroccan and Algerian
    counterparts A and B respectively": one meeting per person.

    So too one person's "bilateral" talks with several: "Abiy discussed on
    bilateral issues with Sudanese Prime Minister X, Guinean President Y and
    Ghana's President Z" is a meeting with each (unless ``bilateral`` is
    false: the people are two countries' already, and the word says so).
    """
    own = [c for c in anchor.children if c.dep_ != "conj"]
    near = [*own, *(g for c in own for g in c.children if g.dep_ != "conj")]
    if any(t.lower_ in {"separately", "separate", "individually", "each"} for t in near):
        return True
    subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or _several_subject(subject):
        return False  # "Biden, Kishida and Yoon discussed bilateral ties": one meeting of three; "A and B,
        # presidents of Cuba and Russia, respectively, discussed": one of two
    if any(t.lower_ == "respectively" for t in near):
        return not any(t.lower_ in _OF_THREE for t in [*near, *(g for t in near for g in t.children)])
        # (not "a trilateral meeting with his UAE and French counterparts, A and B, respectively": one)
    topics = [*near, *(g for t in near for g in t.children if g.dep_ == "pobj")]
    return bilateral and any(
        t.lower_ in {"bilateral", "bilaterally"} for t in [*topics, *(g for t in topics for g in t.children)]
    )


def _two_countries(people: list[int], cast: Cast) -> bool:
    """Whether everyone named is of one of two countries, each known."""
    countries = [cast.people[k].country for k in people]
    return None not in countries and len(set(countries)) == 2  # noqa: PLR2004 - two sides


def _a_series(trigger: Token) -> bool:
    """ "continued a series of bilateral consultations with A, B and C": one meeting with each."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ == "series"


def _bilateral_with_several(trigger: Token, subject: Token | None) -> bool:
    """ "took part in bilateral talks with A, B and C": two sides each time, a meeting with each.

    Not when the subject is itself several ("Biden, Kishida and Yoon held bilateral talks").
    """
    return (
        any(c.dep_ == "amod" and c.lower_ == "bilateral" for c in trigger.children)
        and subject is not None
        and not _several_subject(subject)
    )


def _phoned_several(token: Token, subject: Token | None, people: list[int], cast: Cast) -> bool:
    """ "had telephone conversations with A, President of X, B, Prime Minister of Y and C ...": a call is two
    sides, a call with each, when those called are of two countries or more (not a conference call)."""
    calls = [token, *_calls_made(token)]
    words = {  # "received telephone calls from A, B and C": the verb's object says it; "has spoken by
        # phone with A, B and C": the means
        w.lower_
        for t in calls
        for w in [
            t,
            *(c for c in t.children if c.dep_ in {"compound", "amod"}),
            *(
                g
                for c in t.children
                if c.dep_ == "prep" and c.lower_ in {"by", "over", "on"}
                for g in c.children
            ),
        ]
    }
    phoned = (token.pos_ == "VERB" and token.lemma_.lower() in {"phone", "telephone"}) or bool(
        words & {"telephone", "phone", "telephonic"}
    )
    if not phoned or words & {"conference", "video", "virtual", "conference-call"}:
        return False  # (most triggers: asked before the sentence's text is joined from its words)
    if subject is None or _several_subject(subject) or _TOGETHER.search(token.doc.text):
        return False  # not "A, together with B and C, had a telephone conversation with D": one call
    countries = {cast.people[k].country for k in people[1:]} - {None}
    return len(countries) >= 2  # noqa: PLR2004 - two countries


_CALLS = frozenset({"call", "conversation"})


def _calls_made(verb: Token) -> list[Token]:
    """The calls a verb has for its object: "received [telephone calls] from A, B and C"."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _CALLS]


_THESE_MEETINGS = re.compile(
    r"^(?:In|During|At) (?:these|those|the|both|all|all the|all these) (?:meetings|calls)\b"
    r"|^(?:The|These|Both|All the|All these) (?:meetings|calls|bilaterals|conversations) (?!with\b)"
)  # "X also met A and B. The meetings focused on ...": one each


_EACH_APART = re.compile(
    r"\b(?:each of them|with each|with them)\b[^.;]*"
    r"\b(?:separately|individually|bilaterally|one[- ]on[- ]one)\b"
    r"|\b(?:separately|individually) with (?:each|them)\b",
    re.IGNORECASE,
)  # "She also talked with each of them separately"


def _meetings_told_next(parsed: Parsed, index: int) -> bool:
    """ "X also met A, B and C. In these meetings, X reaffirmed ...", "... She also talked with each of them
    separately", "In her meetings with the officials": one of the next two sentences counts them, one
    each."""
    following = [s.text for s in parsed.sentences[index + 1 : index + 1 + _COUNTED_WITHIN]]
    if following and (_THESE_MEETINGS.match(following[0]) or _EACH_APART.search(following[0])):
        return True
    return any(_ONES_MEETINGS.match(text) for text in following)


_COUNTED_WITHIN = 2  # sentences: "X met A, B and C. During the visit views were exchanged ... In her
# meetings with the officials, X underlined ..."
_ONES_MEETINGS = re.compile(r"^(?:In|During|At) (?:his|her) (?:meetings|calls)\b")  # one person's several
# (not "their meetings", which may be a group's)


def _several_subject(subject: Token) -> bool:
    """A subject of several joined by "and", or "A, B and C" parsed as A with "B and C" beside it."""
    return any(c.dep_ == "conj" or (c.dep_ == "appos" and c.conjuncts) for c in subject.children)


def _with_each(trigger: Token) -> bool:
    """ "held a meeting with A, with B, and with C": a "with" for each, a meeting with each."""
    withs = [
        t
        for t in trigger.subtree
        if t.lower_ == "with"
        and t.dep_ in {"prep", "conj"}
        and any(_named_object(g) for g in t.children)
        and not any(g.lower_ == "present" for g in t.subtree)  # "met with A, with Ambassador B and her
        # delegation present": B at the same meeting
    ]
    # "with A, with B", "with A and with B", "with A and also with B", "with A as well as with B"
    again = [t for t in withs[1:] if t.i > 0 and t.doc[t.i - 1].lower_ in {",", "and", "also", "as"}]
    return len(withs) >= 2 and len(again) == len(withs) - 1


def _named_object(token: Token) -> bool:
    """A name met "with": "with President X", or "with Slovenian counterpart X" (the name in apposition)."""
    return token.dep_ == "pobj" and (
        token.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
    )


_COUNTED_MEETINGS = frozenset({"meeting", "bilateral", "call", "conversation", "audience"})


def _semicolon_list(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people opening each item of a list cut by semicolons after the trigger.

    "met with General A, Defence Minister of Mauritania; B, Defence Minister
    of the Central African Republic; C Defence Minister of Gambia and D ...":
    the parse hangs only the first item on the verb.
    """
    doc = sentence.doc
    cuts = [t.i for t in tokens(doc)[anchor.i + 1 :] if t.text == ";"]
    last_and = bool(cuts) and cuts[-1] + 1 < len(doc) and doc[cuts[-1] + 1].lower_ == "and"
    if not (len(cuts) >= 2 or last_and) or anchor.pos_ != "VERB":  # a list's items, the verb's: not "met X on
        return []  # Tuesday; (Reuters photo/Y)", a clause joined to another; "...; and Z" ends a list
    found = []
    with_ = next((t.i for t in tokens(doc)[anchor.i + 1 : cuts[0]] if t.lower_ == "with"), None)
    if with_ is not None and doc[with_ - 1].lower_ == "including" and any(
        t.lower_ in _AMOUNTS for t in tokens(doc)[anchor.i + 1 : with_]
    ):
        # "held a number of meetings so far including with A of Saudi Arabia; B; C": the first item too, which
        # the parse hangs on neither
        found += [
            p.key for t in tokens(doc)[with_ + 1 : cuts[0]] if (p := cast.person_at(sentence.index, t.i))
        ]
    for start, end in zip(cuts, [*cuts[1:], len(doc)], strict=True):
        words = doc[start + 1 : end]
        item = [p for t in words if (p := cast.person_at(sentence.index, t.i)) is not None]
        if not item and any(t.text[:1].isupper() and t.lower_ in office.TITLE_WORDS for t in words[:4]):
            continue  # "...; and Minister of Finance Per Aas", "; Senior Managing Director, World Bank X": a
            # name the model missed, the list goes on
        if not item and words[:1].text.lower() == "and" and not any(t.pos_ in {"VERB", "AUX"} for t in words):
            continue  # "...; and with Pakistani American businessmen": the list's end, no one named
        if (
            not item
            or any(t.pos_ in {"VERB", "AUX"} and t.is_lower for t in words)  # not "Sering", a name
            or any(t.text == "(" or t.lower_ in {"photo", "credit", "file"} for t in words)
        ):
            return []  # not a list of people: "met X; later that day she held talks with Y"; "; photo by Y"
        found += [p.key for p in item]
    return list(dict.fromkeys(found))


def _titled_list(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people of a list of titled names right after the verb, however the parser hung its items.

    "conferred with President of Botswana A, President of Somalia, B, President of Djibouti C and President
    of Sudan D": nothing between the names but titles, countries, "of", "the", "and" and commas; three
    names or more, up to the clause's end.
    """
    doc = sentence.doc
    start = anchor.i + 1
    if start < len(doc) and doc[start].lower_ == "with":
        start += 1
    if anchor.pos_ != "VERB" or start >= len(doc) or doc[start].lemma_.lower() not in office.TITLE_WORDS:
        return []  # "with President of A X, ...", "met Presidents X (A), Y (B) and Z (C)"
    found: list[int] = []
    for token in tokens(doc)[start:]:
        if token.text in {".", ";", ":"} or token.pos_ in {"VERB", "AUX"} or token.lower_ in _LIST_ENDS:
            break
        person = cast.person_at(sentence.index, token.i)
        if person is not None:
            found.append(person.key)
        elif not (
            token.pos_ == "PROPN"
            or token.is_punct
            or token.lower_ in {"and", "of", "the"}
            or token.lower_ in office.TITLE_WORDS
        ):
            return []  # something else than a list of people
    found = list(dict.fromkeys(found))
    return found if len(found) >= 3 else []  # a list, not a pair


_LIST_ENDS = frozenset({"on", "at", "in", "to", "for", "during", "who", "which", "where", "while"})


def _several(trigger: Token) -> bool:
    """ "held meetings with A, B and C", "his bilateral meetings with ...": a meeting per person, not one of all."""
    return trigger.tag_ == "NNS" and trigger.lemma_.lower() in _COUNTED_MEETINGS


def _host_during_visit(token: Token) -> Token | None:
    """The verb of whoever acts during someone's visit: "X reiterated ... during Y's visit" (X met Y)."""
    if not (
        token.lemma_.lower() == "visit"
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "during"
        and any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children)
    ):
        return None
    verb = token.head.head
    while verb.pos_ not in {"VERB", "AUX"} or verb.dep_ in {"pcomp", "xcomp"}:
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or verb.lemma_.lower() not in _TOLD_TO_A_GUEST:
        return None  # not "Zelensky condemned the deal during Kim's visit to Russia"
    return verb


# what a host says or does to a guest during their visit
_TOLD_TO_A_GUEST = frozenset(
    {
        "reiterate", "discuss", "praise", "stress", "emphasise", "emphasize", "underline", "underscore",
        "welcome", "thank", "host", "sign", "agree", "assure", "affirm", "reaffirm", "highlight", "hail",
        "congratulate", "invite", "present", "receive", "hold", "express", "confer", "award",
    }
)  # fmt: skip


def _verb_of_phrase(anchor: Token) -> Token | None:
    """The verb a meeting noun's phrase hangs on: "told X [in their first phone call]", "sat down with X [for talks]"."""
    if (
        anchor.pos_ in {"NOUN", "PROPN"}
        and anchor.dep_ == "dobj"
        and anchor.head.lemma_.lower() in JUDGING_VERBS
        and not _between_people(anchor)  # "X described the talks between the two leaders": X told of them
    ):
        return anchor.head  # "X called the meeting [with Y, hung on 'called'] constructive"
    if (
        anchor.dep_ in {"pobj", "pcomp"}
        and anchor.head.lower_ in {"in", "at", "during"}
        and anchor.head.head.pos_ == "NOUN"
        and any(c.dep_ == "prep" and c.lower_ == "by" for c in anchor.head.head.children)
    ):
        return anchor.head.head  # "Opening remarks by Foreign Minister X in meeting with Y": X spoke at it
    if anchor.pos_ not in {"NOUN", "PROPN"} or anchor.dep_ != "pobj":
        return None
    prep = anchor.head
    if (
        prep.lower_ in {"during", "at", "in"}
        and prep.head.dep_ == "ROOT"
        and prep.head.ent_type_ == "PERSON"
        and not any(t.pos_ in {"VERB", "AUX"} for t in tokens(anchor.doc))
    ):
        return prep.head  # a caption: "President X during a meeting with Chile's Y"
    if prep.lower_ == "during" and prep.head.pos_ == "NOUN":
        thing = prep.head
        while thing.dep_ == "conj" and thing.head.pos_ == "NOUN":
            thing = thing.head
        if thing.dep_ == "dobj" and thing.head.pos_ in {"VERB", "AUX"}:
            return thing.head  # "affirmed his support for X and the unity of Y [during a meeting with Z]":
            # the parser hung the time on the verb's object
    if (
        prep.lower_ in {"in", "during", "over"}
        and anchor.lemma_.lower() in {"call", "conversation"}
        and (thing := prep.head).pos_ == "NOUN"
        and thing.dep_ == "pobj"
        and thing.head.dep_ == "prep"
        and thing.head.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in thing.head.head.children)
    ):
        return thing.head.head  # "X congratulated Y on his assumption of office [in a phone call]": the
        # parser hung the call on the occasion; it is the verb's, made with its object
    if prep.lower_ not in {"in", "at", "during", "on", "over", "for"} or prep.head.pos_ not in {
        "VERB",
        "AUX",
    }:
        return None
    if prep.lower_ == "for" and not (
        any(c.lower_ == "with" and c.dep_ == "prep" for c in prep.head.children)
        or (prep.head.lemma_.lower() == "join" and any(c.dep_ == "dobj" for c in prep.head.children))
    ):
        return None  # "sat down with X for talks", "will join X for talks" are; "pushed for talks", "left for
        # talks" are not
    verb = prep.head
    if (
        prep.lower_ == "during"
        and verb.dep_ == "acl"
        and verb.head.dep_ == "dobj"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return (
            verb.head.head
        )  # "X and Y reviewed efforts to bolster ties [during a phone call]": who reviewed
    return verb


def _host_of_group(anchor: Token, sentence: int, told: list[Frame]) -> list[int]:
    """Who hosts a group's meeting told in the same clause (the host's frame hangs on the group's verb).

    "Hosted by Foreign Minister X, representatives from A, B and C attended the meeting".
    """
    doc = anchor.doc
    for frame in reversed(told):
        if frame.sentence != sentence:
            break
        trigger = doc[frame.trigger]
        if trigger.dep_ == "advcl" and trigger.head.i == anchor.i:
            return list(frame.people)
    return []


def _dated_again(
    anchor: Token, token: Token, sentence: Sentence, told: list[Frame], parsed: Parsed
) -> Frame | None:
    """The frame just told, when a sentence dates it by name: "Friday's meeting was held ahead of the summit".

    The meeting noun, with a day as its possessive, the subject of "was
    held" or "took place", in one of the two sentences after the meeting's;
    or the subject of any verb ("Tuesday's meeting could see a repeat of
    ..."), within five sentences of the one meeting of two or more the
    story has told.
    """
    noun = token if token.pos_ == "NOUN" else anchor
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"} or not told:
        return None
    held_on = any(  # "The talks, held on Tuesday, focused on energy"
        c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in {"hold", "conduct"}
        and any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in noun.children
    ) and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if held_on and noun.lower_ in MEETING_NOUNS:
        last = told[-1]
        return last if len(last.people) >= 2 and sentence.index - last.sentence <= 2 else None
    if not any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # nobody else named ("Friday's meeting of G7 ministers")
    held = noun.head  # "was held", "took place": told as done
    done = held.tag_ in {"VBD", "VBN"}
    last = told[-1]
    if len(last.people) < 2:  # noqa: PLR2004 - a meeting of two at least
        return None
    if held.lemma_.lower() not in {"hold", "take", "last", "end", "conclude"} or not done:
        # "speculation that Tuesday's meeting could see a repeat": the one meeting the story told, by its day
        return last if _named_by_its_day_again(noun, sentence, told, parsed) else None
    if any(c.dep_ in {"aux", "neg"} and c.lower_ not in {"was", "were", "had", "has"} for c in held.children):
        return None
    return last if sentence.index - last.sentence <= 2 else None


def _named_by_its_day_again(noun: Token, sentence: Sentence, told: list[Frame], parsed: Parsed) -> bool:
    """Whether "Tuesday's meeting", the subject of a verb other than "was held", is the story's one meeting.

    Only the bare noun and its weekday (not "Monday's cabinet meeting",
    "Saturday's summit in Jerusalem", "last week's talks between ..."), told
    as past or present (not "Friday's summit will address ..."), within five
    sentences of the one meeting of two or more the story told, whose own
    sentence gives no day.
    """
    day = next((c for c in noun.children if c.dep_ == "poss"), None)
    if day is None or day.lower_ not in timex.WEEKDAYS:
        return False
    if any(c.dep_ not in {"poss", "det"} for c in noun.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would"} for c in noun.head.children):
        return False
    if noun.head.lemma_.lower() in _FUTURE_HEADS:
        return False
    full = [f for f in told if len(f.people) >= 2]  # noqa: PLR2004 - a meeting of two at least
    if len({f.sentence for f in full}) != 1 or not 0 < sentence.index - full[-1].sentence <= _REACH:
        return False
    return not any(timex.find(parsed.sentences[full[-1].sentence].text))


_REACH = 5  # sentences after the meeting a later mention of its day may stand


def _recalled(anchor: Token, token: Token, people: list[int], sentence: Sentence, cast: Cast) -> bool:
    """Whether a meeting is told, undated, in what one of its people recalls: "X noted that he discussed with
    the Ukrainian President ...", "X recalled that they had met in Sochi".

    Not what others note ("The Kremlin noted that X also spoke with Y"), nor
    a meeting placed in the day's ("also", "before the talks", "on the
    sidelines", "a few hours ago").
    """
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else token.head
    done = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    if not done or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _RECOUNTING:
        return False
    teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    who = cast.person_at(sentence.index, teller.i) if teller is not None else None
    if teller is None or not (teller.lower_ in {"he", "she"} or (who is not None and who.key in people)):
        return False
    clause = sentence.doc[verb.left_edge.i : verb.right_edge.i + 1]
    return not (
        any(timex.find(clause.text))
        or any(t.ent_type_ in {"DATE", "TIME"} for t in clause)
        or any(t.lower_ in _THAT_DAY for t in clause)
    )


# words that place a meeting in the day's: "also", "on the sidelines", "before the talks", "as well"
_THAT_DAY = frozenset({"also", "sidelines", "before", "after", "during", "well", "later", "earlier"})


# what one tells of the past: not "said that he spoke to X", as often the day's call as an earlier one
_RECOUNTING = frozenset({"recall", "remember", "note"})


def _in_subject(token: Token, verb: Token) -> bool:
    """Whether a token is in the verb's subject: "During this meeting, [the two ministers] lauded ... X"."""
    return any(token in c.subtree for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def _it_is_the_meeting(noun: Token) -> bool:
    """ "It is the first face-to-face meeting between A and B, and the second engagement between C and D":
    the meeting just told, said again of its people (not "It was a meeting of minds")."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i != noun.i:
        noun = noun.head
    be = noun.head
    if noun.dep_ == "conj" and be.lemma_.lower() == "be":
        noun = next((c for c in be.children if c.dep_ == "attr"), noun)  # ", and the second engagement
        # between C and D", the parse joining it to the verb
    return (
        noun.lower_ in MEETING_NOUNS
        and noun.dep_ == "attr"
        and be.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in {"it", "this"} for c in be.children)
        and any(c.lower_ == "between" for c in noun.children)
    )


def _participants_included(verb: Token) -> bool:
    """ "The participating leaders included X, Y and Z", "Among the participants are ...", "The envoys who
    presented their credentials were (or include) X, Y and Z": who was at the meeting told."""
    if verb.lemma_.lower() == "attend":
        return _were_present(verb)  # "A and B also attended"
    if verb.lemma_.lower() == "be":
        return (
            _were_present(verb)
            or any(
                c.dep_ == "prep"
                and c.lower_ == "among"
                and any(
                    g.lower_ in {"participants", "attendees"}
                    or (g.lower_ == "those" and any(k.lower_ in {"present", "attending"} for k in g.children))
                    for g in c.children
                )  # "Among those present were A, B and C"
                for c in verb.children
            )
            or any(
                c.dep_ == "nsubj"
                and any(r.dep_ == "relcl" and r.lemma_.lower() in _TAKING_PART for r in c.children)
                for c in verb.children
            )
            or any(  # "Those heads of state meeting with the US President were: A; B; C"
                c.dep_ == "nsubj"
                and c.lower_ in GROUP_NOUNS
                and any(_meeting_of_the_group(t, c) for t in c.subtree)
                and any(a.dep_ == "attr" for a in verb.children)
                for c in verb.children
            )
        )
    if verb.lemma_.lower() != "include":
        return False
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in {"participants", "attendees"}
            or any(a.dep_ == "amod" and a.lower_ in {"participating", "attending"} for a in c.children)
            or any(_at_the_meeting(a) for a in c.children)  # "Other leaders at the banquet included X"
            or any(r.dep_ == "relcl" and r.lemma_.lower() in _TAKING_PART for r in c.children)
            or (  # "... received letters of credence from eight ambassadors. The envoys included X (A), ..."
                c.lower_ in {"envoys", "ambassadors", "delegation"}
                and any(d.dep_ == "det" and d.lower_ in {"the", "these"} for d in c.children)
            )  # "X met Y. The Lebanese delegation included Foreign Minister A, ...": at the meeting told
        )  # "The envoys who presented their letters of credence include X, Y and Z"
        for c in verb.children
    )


def _meeting_of_the_group(word: Token, group: Token) -> bool:
    """ "heads of state meeting with X": the group's own meeting, no verb between (not "the leaders who
    skipped the meeting", "who boycotted the meeting with X")."""
    if word.lemma_.lower() != "meet" and word.lower_ not in {"meeting", "meetings"}:
        return False
    node = word
    while node.i not in {group.i, node.head.i}:
        node = node.head
        if node.i != group.i and node.pos_ in {"VERB", "AUX"}:
            return False
    return node.i == group.i


def _at_the_meeting(preposition: Token) -> bool:
    """ "at the banquet", "at this meeting": the meeting just told, named again."""
    return (
        preposition.dep_ == "prep"
        and preposition.lower_ in {"at", "in"}
        and any(
            n.dep_ == "pobj"
            and n.lower_ in MEETING_NOUNS
            and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in n.children)
            for n in preposition.children
        )
    )


_TAKING_PART = frozenset({"present", "attend", "participate", "join"})


def _were_present(verb: Token) -> bool:
    """ "A, B and C were also present": people at the meeting just told, a readout's closing line (not "were
    present at the summit", "present in Geneva": somewhere else). So too "A and B were also at the table",
    "were also in attendance" and "A and B also attended", of no object."""
    if not any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in _listed_under(c)))
        for c in verb.children
    ):  # "A, B were present", "The Spanish ambassador, A, the French ambassador, B, ... were present"; not
        # "Supporters of X were present"
        return False
    if _at_the_table(verb):
        return True
    if verb.lemma_.lower() == "attend" and verb.pos_ == "VERB":
        return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children) and not any(
            c.dep_ in {"dobj", "prep", "advcl", "ccomp", "xcomp", "npadvmod"} for c in verb.children
        )
    return any(
        c.dep_ == "acomp"
        and c.lower_ == "present"
        and not any(g.dep_ in {"prep", "advcl"} for g in c.children)
        for c in verb.children
    ) and not any(c.dep_ in {"prep", "advcl"} for c in verb.children)  # not "were present as X spoke"


def _only_told(sentence: Sentence) -> bool:
    """Whether a sentence only tells how news was given or what the meeting was: "This was announced by X on
    Twitter", "The talks covered regional security", "The two leaders discussed the ceasefire"."""
    root = next((t for t in tokens(sentence.doc) if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return root.lemma_.lower() in _TOLD or (
        subject is not None
        and (
            subject.lower_ in {*MEETING_NOUNS, "meetings", "sides"}
            or any(c.lower_ == "two" for c in subject.children)
        )
    )


def _listed_in_subject(verb: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people named in a verb's subject, in order."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    return [
        person.key
        for t in _listed_under(subject)
        if (person := cast.person_at(sentence.index, t.i)) is not None
    ]


def _listed_under(head: Token) -> list[Token]:
    """The words a noun lists beside it: itself, its appositions and conjuncts, their compounds and the
    places their "to" names ("The Spanish ambassador to Venezuela, A, and ..."), not what hangs on an "of"
    ("Supporters of X", "The aides of Y")."""
    found = []
    stack = [head]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(
            c
            for c in token.children
            if c.dep_ in {"appos", "conj", "compound"}
            or (c.dep_ == "prep" and c.lower_ == "to")
            or (c.dep_ == "pobj" and token.lower_ == "to")
        )
    return sorted(found, key=lambda t: t.i)


def _at_the_table(verb: Token) -> bool:
    """ "were also at the table" (", along with ..."), "were also in attendance": at the meeting just told."""
    places = [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "along"]
    return (
        verb.lemma_.lower() == "be"
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
        and len(places) == 1
        and any(
            (places[0].lower_, n.lower_) in {("at", "table"), ("in", "attendance")}
            and not any(d.dep_ == "prep" for d in n.children)
            for n in places[0].children
            if n.dep_ == "pobj"
        )
    )


def _taking_part_in(noun: Token) -> Token | None:
    """The verb of "take part in" or "participate in" the noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    holder = noun.head.head
    if holder.lemma_.lower() in {"participate", "engage"} and holder.pos_ == "VERB":
        return holder  # "participated in the talks", "engaged in talks with X"
    if holder.lower_ == "part" and holder.dep_ == "dobj" and holder.head.lemma_.lower() == "take":
        return holder.head
    if holder.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in holder.children
    ):
        return holder  # "take [part] [in the meeting]", both hung on the verb
    return None


def _held_in_the_presence_of(token: Token) -> bool:
    """ "The meeting took place on Friday, with the participation of X, Y and Z", "in the presence of X": more
    people at the meeting just told."""
    return (
        token.lower_ in {"meeting", "talks", "discussion", "discussions", "conversation"}
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
        and not any(c.dep_ in {"prep", "acl", "relcl", "compound", "poss"} for c in token.children)
        and any(
            t.lower_ in {"participation", "presence"}
            and t.head.lower_ in {"with", "in"}
            and t.head.head.i in {token.i, token.head.i}
            for t in tokens(token.doc)
        )
    )  # not "The meeting between X and Y took place in the presence of Z", another meeting


def _gathered_at(token: Token) -> bool:
    """ "The virtual meeting also gathered X": the meeting just told, the subject of a verb gathering more
    people; not "The BRICS summit", "The Quad meeting on Friday", "The event": others, told by their names."""
    return (
        token.dep_ == "nsubj"
        and token.lower_ in {"meeting", "talks", "conference", "videoconference", "session", "call"}
        and _gathers(token.head)
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
        and all(c.dep_ in {"det", "amod", "acl", "punct"} or c.lower_ in _REMOTE for c in token.children)
    )  # (not a name's words, a day, a place: "held at the Palace" alone, a clause)


def _gathers(verb: Token) -> bool:
    """ "also gathered", "also brought together": a verb whose subject, a meeting, has more people for
    object."""
    lemma = verb.lemma_.lower()
    together = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "together" for c in verb.children)
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)  # more people: not "The
    # summit gathered A, B and C", which may tell a meeting of its own
    gathering = lemma in {"gather", "assemble"} or (lemma == "bring" and together)
    return verb.pos_ == "VERB" and also and gathering


def _attended_the_meeting(anchor: Token, token: Token) -> bool:
    """ "X, Y and Z also attended the meeting", "Y will also take part in the meeting", "The meeting also
    gathered X and Y": more people at the meeting just told, not another meeting."""
    return (
        (
            anchor.lemma_.lower() in _JOINING
            or (_gathers(anchor) and _gathered_at(token))
            or ((taking := _taking_part_in(token)) is not None and taking.i == anchor.i)
        )
        and token.i != anchor.i
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    )


def _joined_at_the_meeting(token: Token) -> bool:
    """ "In their talks they will be joined by X and Y", "At the meeting, the two were joined by X",
    "President X was joined by A and B": more people at the meeting just told, named after "by" (the token:
    the verb, or the meeting noun)."""
    verb = token.head.head if token.dep_ == "pobj" else token
    if joined_by(verb):
        return True
    return (
        verb.lemma_.lower() in _JOINING
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ in {"in", "at", "during"}
            and any(
                n.dep_ == "pobj"
                and n.lower_ in MEETING_NOUNS
                and any(
                    d.dep_ in {"det", "poss"} and d.lower_ in {"the", "this", "that", "their"}
                    for d in n.children
                )
                for n in c.children
            )
            for c in verb.children
        )
    )


def _the_meeting_told_on(sentence: Sentence) -> bool:
    """Whether a sentence goes on about the meeting just told, naming no one: "The meeting took place on the
    sidelines of the General Assembly"."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.lower_ in {"meeting", "talks"}
        and t.head.dep_ == "ROOT"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in t.children)
        for t in tokens(sentence.doc)
    ) and not any(t.ent_type_ == "PERSON" for t in tokens(sentence.doc))


def joined_by(verb: Token) -> bool:
    """ "President X was joined by Prime Minister A, Foreign Minister B ...": his side at the meeting told
    in the sentence before (the caller checks there is one); not "joined by Y in calling for ...", "on
    Monday", "later"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return (
        verb.lemma_.lower() in _JOINING
        and verb.dep_ == "ROOT"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and agent is not None
        and any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.children)
        and not any(
            (c.dep_ == "prep" and not (c.i > agent.i and c.lower_ in {"to", "of", "for"}))
            or c.dep_ in {"advcl", "xcomp", "ccomp", "npadvmod"}
            or (c.dep_ == "advmod" and c.lower_ != "also")
            for c in verb.children
        )  # a title's "to" in the list the parser hung on the verb: "..., and Special Assistant to the PM X"
    )


def _meets(verb: Token) -> bool:
    """Whether a main clause tells a meeting of its own: "..., Biden and Lula held talks in Rio"."""
    return trigger_anchor(verb) is not None or any(
        c.dep_ == "dobj" and c.lower_ in MEETING_NOUNS for c in verb.children
    )


def _went_into(anchor: Token, verb: Token) -> bool:
    """ "X and Y retired for closed-door talks", "went into talks": a meeting noun the subject's verb goes
    for or into, with no partner of its own, is the subjects' together."""
    return (
        anchor.pos_ == "NOUN"
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ in {"for", "into"}
        and anchor.head.head.i == verb.i
        and verb.lemma_.lower() in {"retire", "withdraw", "sit", "adjourn", "go", "enter", "break"}
        and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in anchor.children)
    )


def _gerund_of(anchor: Token) -> bool:
    """Whether the anchor is in a subjectless "-ing" clause, whose subject is the main clause's: "After paying
    a courtesy call on X, A and B visited ..." (not when the main clause is a meeting of its own: "After
    meeting Xi, Biden and Lula held talks")."""
    return any(
        a.tag_ == "VBG"
        and a.dep_ in {"pcomp", "advcl"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in a.children)
        for a in [anchor, *anchor.ancestors]
    )


def _present_at_the_meeting(token: Token) -> bool:
    """ "X and Y were present during the meeting", "The Russian side was represented at the meeting by X, Y",
    "X also participated in the discussions", "Also at the meeting was X": more people at the meeting just
    told."""
    return (
        token.dep_ == "pobj"
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # not "the meeting of the
        and token.head.lower_ in {"during", "at", "in", "on"}  # SCO": another gathering
        and (token.lower_ != "occasion" or token.head.head.lemma_.lower() == "present")
        and (
            token.head.head.lemma_.lower() in {"present", "represent"}
            or (  # "A group of officials, including X, also participated in the discussions"
                token.head.head.lemma_.lower() in {"participate", "join"}
                and any(c.lower_ == "also" for c in token.head.head.children)
            )
            or (  # "X was also at the meeting", "Also at the meeting was X", "X and Y were also on the call"
                (
                    (token.head.lower_ == "at" and token.lower_ in MEETING_NOUNS)
                    or (token.head.lower_ == "on" and token.lower_ in _LINES)
                )
                and token.head.head.lemma_.lower() == "be"
                and any(c.lower_ == "also" for c in token.head.head.children)
            )
            or (token.head.lower_ == "at" and _accompanying(token.head.head))  # "Accompanying the Prime
            # Minister at the meeting were A; B; and C": his side's
        )
    )


_LINES = frozenset({"call", "videoconference", "teleconference", "videocall"})  # what one is "on"


def _accompanying(verb: Token) -> bool:
    """ "Accompanying X at the meeting were ...": a "be" whose clausal subject is "accompanying"."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "csubj" and c.lemma_.lower() == "accompany" for c in verb.children
    )


def _represented_by(token: Token) -> Token | None:
    """The "by" of "The Russian side was represented at the meeting by A, B and C"."""
    if not _present_at_the_meeting(token) or token.head.head.lemma_.lower() != "represent":
        return None
    return next(  # the parse hangs it on the verb or on the meeting
        (c for c in [*token.head.head.children, *token.children] if c.lower_ == "by" and c.i > token.i), None
    )


_HOSTING = frozenset({"hold", "host", "give", "offer", "organise", "organize"})


def _hosted_by(clause: Token, anchor: Token) -> bool:
    """ "attended a dinner held by President X", "a lunch hosted by X": the host of the meal or meeting is at it."""
    return (
        clause.dep_ == "acl"
        and clause.head.i == anchor.i
        and anchor.lower_ in MEETING_NOUNS
        and clause.lemma_.lower() in _HOSTING
        and any(c.dep_ == "agent" for c in clause.children)
    )


def _hosted_in_honour(clause: Token, anchor: Token) -> bool:
    """ "attended a state banquet in his honour hosted by X": the parser hung the host's clause on the
    honour, not on the meal."""
    honour = clause.head
    return (
        clause.dep_ == "acl"
        and clause.lemma_.lower() in _HOSTING
        and any(c.dep_ == "agent" for c in clause.children)
        and honour.lower_ in {"honour", "honor"}
        and honour.dep_ == "pobj"
        and honour.head.lower_ == "in"
        and anchor.lower_ in MEETING_NOUNS
        and (
            honour.head.head.i == anchor.i or (anchor.dep_ == "dobj" and honour.head.head.i == anchor.head.i)
        )
    )


def _during_the_meeting_told(token: Token) -> bool:
    """ "A, B and C held talks with the President during the meeting": the meeting just told, its people;
    "During the calls, President A, Prime Minister B and Senior Minister C reaffirmed": the calls told."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "during"
        and token.lower_ in {"meeting", "meetings", "talks", "discussions", "call", "calls"}
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these"} for c in token.children)
        and not any(c.dep_ == "prep" for c in token.children)
    )


def _each_told_apart(people: list[int], told: list[Frame], sentence: int) -> bool:
    """Whether the people of "during the calls" were each at one of several meetings told just before, one
    meeting apiece: those meetings, told again together, not one more of them all."""
    last = [f for f in told if f.sentence in {sentence - 1, sentence}]
    return len(last) >= 2 and all(sum(k in f.people for f in last) == 1 for k in people)  # noqa: PLR2004


_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})


def _counterpart_read_as_a_verb(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """ "he met Sri Lankan Foreign Minister A and his Sri Lankan counterpart B": the parser made "counterpart"
    a verb whose subject is A; A and B are whom he met."""
    found: list[int] = []
    for clause in anchor.children:
        if clause.dep_ not in {"advcl", "conj", "ccomp"} or clause.lower_ not in _COUNTERPART_WORDS:
            continue
        for token in clause.subtree:
            if (person := cast.person_at(sentence.index, token.i)) is not None and person.key not in found:
                found.append(person.key)
    return found


def _misparsed_verb(anchor: Token) -> bool:
    """A past meeting verb the parser hung on a noun as an adjective: "Payne hosted [amod] ... Jaishankar [ROOT]"."""
    return (
        anchor.tag_ in {"VBD", "VBN"}
        and anchor.dep_ in {"amod", "compound"}
        and anchor.lemma_.lower() in MEETING_VERBS
    ) or _past_verb_as_adjective(anchor)


_PAST_FORMS = frozenset({"met", "hosted", "received", "welcomed", "greeted", "visited"})

# the words by which trigger_anchor's rules take a noun, a name or an adjective (``_may_be_a_meeting_word``):
# the meeting nouns, "occasion", a welcome or a "guard" (of honour), a past form tagged an adjective, those of
# _joint_appearance, _gathered_at, _remote_conference, _exchange_with and _the_event_attended, "calls"
_MEETING_WORDS = (
    MEETING_NOUNS
    | _WELCOMES
    | _PAST_FORMS
    | {"occasion", "guard", "event", "meetings", "calls", "exchange", "conference", "conferences"}
    | {"availability", "appearance", "statement", "briefing", "presser"}
    | {"meeting", "talks", "videoconference", "session", "call"}
)
# and by their lemma: "visit" (_host_during_visit, "undertake a visit"), a meeting verb tagged a noun
_MEETING_LEMMAS = MEETING_VERBS | {"visit"}
# the lemmas by which trigger_anchor's rules take a verb (``_may_be_a_meeting_verb``): the meeting verbs, what
# two do together (_JOINT_ACTS, _LEADING), the verbs of its rules, of _credentials ("presented his
# credentials") and of _participants_included ("included", "attended", "were"), and joining (_JOINING)
_VERB_LEMMAS = (
    MEETING_VERBS
    | _JOINT_ACTS
    | _LEADING
    | _JOINING
    | {"discuss", "agree", "sign", "ink", "gather", "exchange", "preside", "witness", "confer", "consult"}
    | {"raise", "visit", "come", "travel", "arrive", "sit", "catch", "spend", "shake", "invite"}
    | {"present", "hand", "submit", "receive", "accept"}
    | {"attend", "be", "include"}
)


def _past_verb_as_adjective(token: Token) -> bool:
    """A meeting verb's past form the model tagged an adjective inside one long noun phrase: "Prime Minister
    X [hosted]/JJ Cape Verdian Defence Minister Y for talks", the sentence's root a name."""
    return token.pos_ == "ADJ" and token.dep_ == "amod" and token.lower_ in _PAST_FORMS


_LINE_STOPS = frozenset({";", ".", "while", "after", "before", "when", "as", "but", "who", "which", "since"})


def _in_line(anchor: Token, sentence: Sentence, cast: Cast) -> tuple[list[int], int]:
    """The people of a clause the parse broke, read in line: the name just before the verb, the names after it.

    "Australian Foreign Minister Marise Payne hosted India's External Affairs
    Minister Subrahmanyam Jaishankar, Japan's Yoshimasa Hayashi and U.S.
    Secretary of State Antony Blinken for ...": up to the clause's end.
    """
    doc = sentence.doc
    before = [
        p.key
        for t in tokens(doc)[max(0, anchor.i - 12) : anchor.i]
        if (p := cast.person_at(sentence.index, t.i)) is not None
    ][-1:]
    after: list[int] = []
    end = len(doc)
    for token in tokens(doc)[anchor.i + 1 :]:
        if token.lower_ in _LINE_STOPS:
            end = token.i
            break
        person = cast.person_at(sentence.index, token.i)
        if person is not None:
            after.append(person.key)
    return list(dict.fromkeys([*before, *after])), end


def _held_object_misparsed(anchor: Token) -> Token | None:
    """The light verb whose object the parser took for another verb's subject: "he is scheduled to hold
    [no object] three-way talks [nsubj] with X focused on Y", the noun phrase read as a clause of its own."""
    if anchor.dep_ != "nsubj" or anchor.pos_ != "NOUN" or anchor.left_edge.i == 0:
        return None
    verb = anchor.doc[anchor.left_edge.i - 1]
    if (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in LIGHT_VERBS
        and verb.i < anchor.head.i
        and not any(c.dep_ in {"dobj", "attr"} for c in verb.children)
    ):
        return verb
    return None


def _broken_subject(anchor: Token) -> Token | None:
    """Who holds talks the parser read as a noun phrase: "the pair held [amod] talks [ROOT]", "He also held talk",
    "He has so held closed talks".

    The small model sometimes takes "held" before a meeting noun for an
    adjective, and the clause then has no subject; the word just before the
    verb (past any adverb) is who held them.
    """
    verb = next(
        (
            c
            for c in anchor.children
            if c.dep_ in {"amod", "compound"} and c.tag_ in {"VBD", "VBN"} and c.lemma_.lower() in LIGHT_VERBS
        ),
        None,
    )
    if verb is None and anchor.pos_ == "VERB" and anchor.dep_ == "ROOT":
        return _leading_name(anchor)
    if (
        verb is None
        and anchor.dep_ == "acl"
        and anchor.tag_ in {"VBD", "VBN"}
        and anchor.head.tag_ == "NNS"
        and anchor.i == anchor.head.i + 1
        and any(c.dep_ == "nummod" for c in anchor.head.children)
        and any(c.dep_ == "prep" and c.lower_ in {"on", "with"} for c in anchor.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in anchor.children)
    ):
        return anchor.head  # "Before the talks began, the four ministers called [acl] on Y": a finite verb
        # the parser hung on the plural before it, its subject
    if verb is None or anchor.pos_ not in {"NOUN", "PROPN"}:
        return None
    for token in reversed(verb.doc[: verb.i]):
        if token.pos_ in {"ADV", "AUX"}:  # "He has so held [amod] closed talks [ROOT]"
            continue
        return (
            token
            if token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and token.lower_ not in _NOT_HOLDERS
            else None
        )
    return None


_NOT_HOLDERS = frozenset({"it", "this", "that", "which", "what"})


def _listed_before(name: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people listed before a name with "and" or commas, past their titles: "[A] and Mongolian Prime
    Minister B held talks", where a broken parse kept only B as who held them."""
    own = cast.person_at(sentence.index, name.i)
    doc = sentence.doc
    opening = _opening_phrase_end(doc)
    found: list[int] = []
    for token in reversed(doc[: name.i]):
        person = cast.person_at(sentence.index, token.i)
        if token.i == opening:
            break  # "A day after meeting King X, A and B held talks": the opening phrase's people held none
        if person is not None:
            found.append(person.key)
        elif not (
            token.pos_ == "PROPN"
            or token.text in {"-", ",", "and"}
            or token.ent_type_ in {"NORP", "GPE"}
            or token.lower_ in office.TITLE_WORDS
            or token.lower_ in office.HEADS
        ):
            break
    return [k for k in reversed(found) if own is None or k != own.key]


def _list_head_left_out(subject: Token, sentence: Sentence, cast: Cast) -> bool:
    """Whether the parse hung a list's first name on the verb apart from the subject it heads: "Turkish
    President A [dep], Russian President B [nsubj] and Iranian President C are due to hold talks"."""
    return any(
        c.dep_ == "dep" and c.i < subject.i and cast.person_at(sentence.index, c.i) is not None
        for c in subject.head.children
    )


def _leading_name(verb: Token) -> Token | None:
    """A sentence's opening name the parser hung on its verb as a modifier: "Akhannouch [advmod] greeted X"."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return None
    first = verb.doc[0]
    if first.head is verb and first.dep_ in {"advmod", "npadvmod", "dep", "nmod"} and first.pos_ == "PROPN":
        return first
    return None


def _sent_to(node: Token) -> Token | None:
    """The one sent to meet: "sent Minister Y to meet President Z", "dispatched his envoy Y to hold talks with
    Z" (the object of the sending, not its subject)."""
    if node.dep_ not in {"xcomp", "advcl"} or not _to_infinitive(node):
        return None
    if node.head.lemma_.lower() not in _SENDING:
        return None
    sent = next(
        (
            c
            for c in node.head.children
            if c.dep_ == "dobj"
            and (c.pos_ == "PROPN" or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children))
        ),
        None,
    )  # a name, a title or "his envoy, Ambassador Y"; not "sent troops to meet ...", no one named
    if sent is None:
        return None
    return next(  # "sent Minister of Sports, Culture & Heritage, Ambassador Y to meet Z": the name the parse
        (t for t in node.doc[sent.i : node.i] if t.ent_type_ == "PERSON" and t.dep_ != "compound"),  # hung
        sent,  # apart from its title
    )


_SENDING = frozenset({"send", "dispatch", "depute"})


def _between_people(noun: Token) -> bool:
    """A meeting noun whose parties "between" names as people: "between A and B", "between the two leaders"
    (not "between the two countries")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "between"
        and any(
            g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lower_ in _PEERS | {"leaders", "heads"})
            for g in c.children
        )
        for c in noun.children
    )


def _received_by(verb: Token) -> bool:
    """A passive of no subject of its own hung on another verb: "He will meet X, before being received by
    Prime Minister Y": the one received is the subject of the verb it hangs on, Y the agent who receives."""
    return (
        verb.dep_ in {"pcomp", "advcl", "xcomp"}
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _along_with_the_subject(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """ "President X, along with Treasury Secretary Y, went for a closed-door meeting with Z": Y, who the
    parser hung on the verb, goes with the subject to the meeting."""
    verb = clause_verb(anchor)
    if verb.i == anchor.i and anchor.pos_ not in {"VERB", "AUX"}:
        return []
    found: list[int] = []
    for c in verb.children:
        if c.lower_ not in {"along", "together"} or c.i > verb.i:
            continue
        for token in (t for w in c.children if w.lower_ == "with" for t in w.subtree):
            if (person := cast.person_at(sentence.index, token.i)) is not None and person.key not in found:
                found.append(person.key)
    return found


def _met_read_as_the_subject(anchor: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """ "After meeting Chadian President X, Niger's Prime Minister Y said": the parser made X the subject of
    "said" (Y set beside him); X is whom the gerund meets."""
    subject = _time_clause_subject(anchor)
    if subject is None or subject.left_edge.i != anchor.i + 1:
        return []
    person = cast.person_at(sentence.index, subject.i)
    return [person.key] if person is not None else []


def _time_clause_subject(anchor: Token) -> Token | None:
    """The subject of the verb of the clause a gerund of time is told in: "After meeting X, Y said", "In a
    statement issued after meeting X, Y said": the subject of "said", as parsed."""
    if anchor.tag_ != "VBG" or anchor.dep_ != "pcomp" or anchor.head.lower_ not in {"after", "upon", "while"}:
        return None
    node = anchor.head.head
    for _ in range(5):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "acl":
            return next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _doer_of_a_time_clause(anchor: Token) -> Token | None:
    """The subject of the clause a gerund of time is told in: "After meeting Chadian President X, Niger's
    Prime Minister Y said ...", "In a statement issued after meeting X, Y said ...": Y met X."""
    subject = _time_clause_subject(anchor)
    if subject is not None and subject.left_edge.i == anchor.i + 1:
        # "After meeting X, Y said", parsed with X the subject and Y set beside him: Y
        return next((c for c in subject.children if c.dep_ == "appos"), None)
    return subject


def _subject_of(anchor: Token) -> Token | None:
    """The subject of the anchor, inherited from the verb it completes ("is set to meet", "arrived and met")."""
    broken = _broken_subject(anchor)
    if broken is not None:
        return broken
    owner = _talks_owner(anchor) or _on_ones_schedule(anchor)
    if owner is not None:
        return owner  # "followed up on Prime Minister X's talks with Y": X's talks, not the follower's
    speaker = _remarks_at(anchor) or _said_at_the_meeting(anchor) or _owner_set_aside(anchor)
    if speaker is not None:
        return speaker  # "X has noted A and B will not always agree, in his opening remarks at today's
        # meeting with Y": X's, the one whose remarks, not A and B, the subject of the clause told
    held = _held_object_misparsed(anchor)
    if held is not None:
        return _subject_of(held)  # "he is to hold talks with X focused on Y": "talks" parsed a subject
    clause = _holding_clause(anchor)
    if clause is not None:
        return next(c for c in clause.children if c.dep_ == "nsubj")
    doer = _doer_of_a_time_clause(anchor)
    if doer is not None:
        return doer
    node = anchor
    for _ in range(5):
        escorted = _escorted(node)
        if escorted is not None:
            return escorted  # "X accompanied President Y to receive Z": Y receives Z, X beside him
        sent = _sent_to(node)
        if sent is not None:
            return sent  # "President X sent Minister Y to meet President Z": Y meets Z, X stays home
        if _passive_joined(node):
            node = node.head  # "he held talks with X and was received by Y": he was received; Y, the
            continue  # agent, is under the verb
        subjects = [
            c
            for c in node.children
            if c.dep_ in {"nsubj", "nsubjpass"}
            or (c.dep_ == "agent" and node.tag_ == "VBN" and not _received_by(node))
        ]  # not "by" of "X spoke by phone with Y", which the parser may take for an agent
        subjects = (
            subjects
            or [  # "Visiting [csubj] Maldives President X [dobj] had talks with Y": the visitor
                g
                for c in node.children
                if c.dep_ == "csubj" and c.lower_ == "visiting"
                for g in c.children
                if g.dep_ == "dobj"
            ]
        )
        before = [c for c in subjects if c.i < node.i]
        subject = before[-1] if before else (subjects[0] if subjects else None)
        if (
            subject is not None
            and subject.lower_ == "it"
            and node is not anchor
            and node.dep_ == "ccomp"
            and node.head.lemma_.lower() in SAYING
        ):
            node = node.head  # "X said it was fantastic to welcome Y": the one who says so welcomed
            continue
        if subject is not None and _meetings_include(node):  # "her programme includes": she
            return next((c for c in subject.children if c.dep_ == "poss"), subject)
        if subject is not None:
            return subject
        if node.dep_ in {"nsubj", "nsubjpass"} and _in_talks_with_on(anchor, node):
            return node  # "Minister X in a telephone call with Y mentioned that ...": the phrase hung on the
            # subject, who called
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _PHASES:
            phase = node.head.head  # "X used the opening of a meeting with Y to ...", "at the start of talks
            node = phase.head if phase.dep_ == "dobj" else phase  # with Y, X said": the meeting is X's
            continue
        if (
            node.dep_ == "dobj"
            and node.head.lemma_.lower() not in LIGHT_VERBS | JUDGING_VERBS
            and not _meetings_include(node.head)
            and not _in_talks_with_on(anchor, node)
        ):
            break  # "for Blinken to discuss the upcoming summit between Biden and Xi": Blinken is not at it
        if node.dep_ == "dobj" and node.head.lemma_.lower() in JUDGING_VERBS and _between_people(node):
            break  # "spokesman X described the conversation between the two leaders as cordial": X told of it
        if (
            node.dep_ == "pobj"
            and node.head.lower_
            not in {
                "in",
                "at",
                "during",
                "on",
                "over",
                "for",
                "after",
            }
            and not (
                node.head.lower_ == "following"
                and (
                    node.head.head.lemma_.lower() in _TELLING
                    or (  # "X moved to formalize ties, following a meeting with Y": X's, the phrase after
                        # the clause; not "Following talks with Y, X left for Brazil", one opening it
                        any(c.dep_ == "prep" and c.lower_ == "with" for c in node.children)
                        and node.head.i > node.head.head.i
                    )
                )
            )
            and not _meeting_with(node, anchor)
        ):  # "X shared this in a post following telephone conversations with Y": X's; not "Following talks
            # with Y, X left for Brazil"
            break  # "Park highlighted the cooperation since the summit at Camp David": not his meeting
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in {"after", "before"}
            and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in node.children)
        ):
            break  # "the press secretary briefed reporters after the meeting": not at it; "after talks with
            # Y, X left" is X's
        if (
            node.dep_ == "relcl"
            and _to_infinitive(node)
            and anchor.dep_ == "pobj"
            and anchor.head.lower_ in {"at", "during"}
            and node.head.head.i != node.head.i
        ):
            node = node.head.head  # "X discussed measures to strengthen security at talks with Y": the parse
            continue  # hung the talks on the infinitive; they are the clause's, and X's
        if node.dep_ == "acl" and node.tag_ in {"VBD", "VBZ"} and _finite_verb_of(node.head, node):
            return node.head  # "Nigeria's foreign minister, X, spoke by phone with Y", "X, Jordan's foreign
            # minister, called on Y": the parser took the title or name for the sentence's root and the
            # finite verb for a clause of it
        if (
            node.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acl", "pobj", "prep", "dobj", "acomp"}
            or (node.dep_ == "advmod" and node.lower_ in {"ahead", "prior"})  # "he said ahead of hosting Y"
            or (node.dep_ in {"npadvmod", "dep"} and node.pos_ == "PROPN")  # "When meeting with ... Marc Ati,
            # Wang said": the name the parse hung on the verb, and the clause on the name
        ) and node.head.i != node.i:
            if node.dep_ == "advcl" and (told := _told_clause(node.head, node)) is not None:
                node = told  # "X and Y underscored ... while talking during a call, the White House said"
                continue
            node = node.head
            continue
        break
    return None


_SCHEDULES = frozenset({"schedule", "agenda", "programme", "program", "itinerary"})


def _on_ones_schedule(anchor: Token) -> Token | None:
    """Whose programme holds the meetings: "On Blinken's schedule are meetings with A, B and C": Blinken's."""
    if anchor.dep_ not in {"attr", "nsubj"} or anchor.head.lemma_ != "be":
        return None
    return next(
        (
            owner
            for prep in anchor.head.children
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for plan in prep.children
            if plan.dep_ == "pobj" and plan.lemma_.lower() in _SCHEDULES
            for owner in plan.children
            if owner.dep_ == "poss" and owner.pos_ == "PROPN"
        ),
        None,
    )


def _in_talks_with_on(anchor: Token, noun: Token) -> bool:
    """Whether the meeting is a phrase "in (during, at) talks with Y" the parser hung on a noun: "X affirmed
    the initiative to end the war in talks with Y": the talks are the clause's, X's, not the war's."""
    return (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in {"in", "during", "at"}
        and anchor.head.head.i == noun.i
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in anchor.children)
    )


_REMARKS = frozenset({"remark", "speech", "statement", "address", "comment"})


def _said_at_the_meeting(anchor: Token) -> Token | None:
    """The one who spoke, when a meeting set off at the end of what was said tells where he said it: "X said
    that companies will invest more in Y, during a meeting with Z", "X said that ... should be developed,
    while meeting with Z". The parser hangs the phrase on the said clause's last verb; the meeting is the
    sayer's, and of the saying's time."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ in {"during", "at"}:
        opening: Token | None = anchor.head
    elif anchor.tag_ == "VBG" and anchor.dep_ == "advcl":
        opening = next((c for c in anchor.children if c.dep_ == "mark" and c.lower_ == "while"), None)
    else:
        opening = None
    if opening is None:
        return None
    doc = anchor.doc
    root = next((a for a in anchor.ancestors if a.dep_ == "ROOT"), None)
    if (
        root is None
        or opening.i == 0
        or doc[opening.i - 1].text != ","
        or root.lemma_.lower() not in SAYING
        or root.tag_ != "VBD"
        or opening.head.i == root.i
        or not any(a.dep_ == "ccomp" and a.head.i == root.i for a in opening.ancestors)
        or not all(t.is_punct for t in doc[anchor.right_edge.i + 1 :])
    ):
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and c.i < opening.i), None)


def _remarks_at(noun: Token) -> Token | None:
    """The sentence's subject, whose remarks at a meeting "his" or "her" tells: "X has noted ..., in his
    opening remarks at today's bilateral meeting with Y"."""
    remarks = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"at", "during"} else None
    if (
        remarks is None
        or remarks.lemma_.lower() not in _REMARKS
        or not any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in remarks.children)
    ):
        return None
    for clause in (a for a in remarks.ancestors if a.pos_ in {"VERB", "AUX"}):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            return subject  # "Peskov said Erdogan, in his speech at the meeting with Y, had offered": Erdogan
        if subject is not None and subject.ent_type_ not in {"GPE", "NORP"}:
            return None  # a clause of someone else's: not the speaker's
    return None


def _talks_owner(noun: Token) -> Token | None:
    """The named owner of talks told as a thing: "followed up on Prime Minister X's talks with Y", "welcomed
    X's call with Y", "reached a partnership during the visit of Prime Minister X" (not "his talks", whose
    owner is the subject; nor "X's visit", which the subject may host)."""
    if noun.pos_ != "NOUN" or noun.lower_ not in MEETING_NOUNS:
        return None
    if noun.lemma_.lower() in _TRIPS:  # "during the visit of Prime Minister X to Mongolia": X's journey
        return next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.ent_type_ == "PERSON"
            ),
            None,
        )
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        return None  # "X held Y's first talks with Z"? the verb's subject holds them
    return next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"), None)


def _passive_joined(verb: Token) -> bool:
    """A passive verb joined to one before it, with its agent and no subject of its own: "X held talks with
    A and was received by B"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _escorted(verb: Token) -> Token | None:
    """The one accompanied to a meeting: "X accompanied President Y to receive Z" (Y, the object of
    "accompany", is who receives); None for any other verb."""
    if verb.dep_ not in {"xcomp", "advcl"} or verb.head.lemma_.lower() != "accompany":
        return None
    if not _to_infinitive(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _holding_clause(noun: Token) -> Token | None:
    """A meeting noun's own clause that holds it, with its holder as subject: "the details of a phone call
    he held on Tuesday with X", "the talks they had in Rome"."""
    if noun.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "relcl"
            and c.lemma_.lower() in LIGHT_VERBS
            and any(s.dep_ == "nsubj" and s.lower_ not in {"that", "which"} for s in c.children)
        ),
        None,
    )


def _held_between(noun: Token) -> Token | None:
    """The participle a meeting noun is held by, whose "between" or "with" names its parties: "a telephone
    call held yesterday between A and B"."""
    if noun.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.lemma_.lower() in LIGHT_VERBS
            and any(p.dep_ == "prep" and p.lower_ in {"between", "with"} for p in c.children)
        ),
        None,
    )


_PHASES = frozenset({"opening", "start", "beginning", "outset", "end", "close", "conclusion"})
_SCHEDULED = _FUTURE_HEADS - {"go", "agree"}  # "are set to meet", not "agreed to meet" (a meeting of its own)


def _completes(anchor: Token, verb: Token) -> bool:
    """Whether the anchor completes a verb of scheduling whose subject it takes: "X and Y are set to [xcomp]
    meet", "are expected to hold talks" (not "continued to meet", "promised to meet", "agreed to meet": the
    agreement is a meeting of its own)."""
    due = verb.lemma_.lower() == "be" and any(  # "X and Y are due to hold talks": "due" the acomp of "are"
        c.dep_ == "acomp" and c.lower_ in {"due", "set", "scheduled", "expected", "slated"}
        for c in verb.children
    )
    if verb.lemma_.lower() not in _SCHEDULED and not due:
        return False
    node = anchor
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
        if node.dep_ == "acomp" and due and node.head.i == verb.i:
            return True
        if node.i == verb.i:
            return True
    return False


def _finite_verb_of(head: Token, verb: Token) -> bool:
    """Whether a past or present verb the parser hung on ``head`` as a clause is the sentence's own verb.

    A title noun ("Nigeria's foreign minister, X, spoke"), or a name at the
    root with its title set off before the verb ("X, Jordan's foreign
    minister, called on Y").
    """
    if head.pos_ == "NOUN":
        return True
    return head.pos_ == "PROPN" and head.dep_ == "ROOT" and verb.i > 0 and verb.nbor(-1).text == ","


def _told_clause(verb: Token, clause: Token) -> Token | None:
    """The clause a reporting verb reports, where the parser hung a later clause of it on the verb.

    "The two officials underscored the need ... while talking during a phone
    call, the White House said": "while talking" is the officials', not the
    White House's.
    """
    if verb.lemma_.lower() not in _TELLING | {"state", "report"}:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i), None)


_SUBJECT_PRONOUNS = {
    "he": "he",
    "she": "she",
    "his": "he",
    "her": "she",
}  # "her programme includes a meeting"
_PROGRAMME = frozenset({"programme", "program", "schedule", "agenda", "itinerary"})


def _visits_programme(subject: Token) -> bool:
    """ "The itinerary of this working visit also included talks with X": a visit's programme, no one's named."""
    return (
        subject.lower_ in _PROGRAMME
        and subject.head.lemma_.lower() == "include"
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in _TRIPS for g in c.children)
            for c in subject.children
        )
    )


def _meetings_include(verb: Token) -> bool:
    """ "X's discussions included a call with Y", "her programme includes a meeting with Y": the talks or the
    plans of the subject's owner include this one."""
    return verb.lemma_.lower() == "include" and any(
        c.dep_ == "nsubj"
        and (
            (
                (c.lower_ in MEETING_NOUNS or c.lower_ in _PROGRAMME)
                and any(g.dep_ == "poss" for g in c.children)
            )
            or _visits_programme(c)
        )
        for c in verb.children
    )


def _meeting_with(node: Token, anchor: Token) -> bool:
    """ "began his visit [with a meeting with President X]": the verb's subject is at the meeting."""
    return (
        node is anchor
        and node.head.lower_ == "with"
        and node.lower_ in MEETING_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in node.children)
    )


def _is(token: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of ``words`` in any inflection (the small model lemmatises "hopes" as "hop"):
    "hopes", "hoped", "hoping"; not "likely", which is no "like", nor "hopeful", no "hope"."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    for ending in _INFLECTIONS:
        if lower.endswith(ending):
            forms |= {lower[: -len(ending)], lower[: -len(ending)] + "e"}
    return bool(forms & words)


_INFLECTIONS = ("s", "d", "es", "ed", "ing")


_HEARSAY = frozenset(
    {"accusation", "allegation", "claim", "rumour", "rumor", "speculation", "suggestion", "insinuation"}
)  # what others say of a meeting, no report of one


_BORNE_OUT = frozenset(
    {"confirm", "acknowledge", "correct", "accurate", "true", "document", "verify", "admit", "corroborate"}
)  # what makes others' word a report


def _denied(anchor: Token) -> bool:
    """A meeting verb negated outright: "X did not speak by phone with Y", "never met", "will not meet" (not
    "would not be meeting until next month", an arrangement told in the progressive, which a meeting told
    later may belie)."""
    return (
        anchor.pos_ in {"VERB", "AUX"}
        and anchor.tag_ != "VBG"
        and any(c.lower_ in _NEGATION and c.dep_ == "neg" for c in anchor.children)
    )


_MESSAGES = frozenset({"letter", "message", "cable", "note", "telegram", "tweet", "post", "statement"})
# a welcome sent, not given: "in a message on his Twitter account"
_SENT_BY = _MESSAGES | {"video", "account", "twitter", "facebook"}


def _blocked(anchor: Token) -> bool:
    """Negated, wished, refused or only possible: no meeting took place or is set."""
    if any(c.lower_ in _HYPOTHETICAL for c in anchor.children):
        return True  # "a possible meeting between Biden and Xi later in the year"
    if any(c.lower_ in _NEGATION and c.dep_ == "neg" for c in anchor.children):
        return True
    if anchor.dep_ == "pobj" and anchor.head.lower_ in {"at", "during"} and _denied(anchor.head.head):
        return True  # "she won't meet with Y at the G20 summit": the summit is where they do not meet
    if _with_no(anchor) or _none_set(anchor):
        return True  # "no talks were held with Y"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" and anchor.head.head.lemma_.lower() in _TIMES:
        return True  # "the right time for a phone conversation with Y would come soon": awaited, not set
    if (
        any(c.lower_ in _MODALS and c.dep_ == "aux" for c in anchor.children)
        and not _said_would_on(anchor)
        and not _would_during_a_visit(anchor)
        and not _would_on_a_day_opening(anchor)
    ):
        return True
    if any(c.lower_ in {"if", "whether"} and c.dep_ == "mark" for c in anchor.children):
        return True  # "To ask the Taoiseach if he met with X", "unclear whether they spoke": asked, not told
    if anchor.dep_ in {"relcl", "acl"} and any(
        a.lemma_.lower() in _MESSAGES for a in [anchor.head, *list(anchor.head.ancestors)[:3]]
    ):
        return True  # "handed over a letter from X in which he greeted Y": the letter's words, no meeting
    if _habitual(anchor) or _recurring(anchor):
        return True
    if (
        anchor.dep_ in {"acl", "ccomp"}
        and anchor.head.pos_ == "NOUN"
        and anchor.head.lemma_.lower() in _HEARSAY
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in anchor.children)
        and not any(t.lemma_.lower() in _BORNE_OUT for t in anchor.sent)
    ):
        return True  # "rejected accusations that he was meeting with the Russian diplomat": others' word (not
        # "confirmed claims that he had met X")
    if anchor.dep_ == "nsubj" and any(
        c.lower_ == "on" and any(g.lower_ == "cards" for g in c.children) for c in anchor.head.children
    ):
        return True  # "A bilateral meeting between X and Y is on the cards": only possible
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and _is(anchor.head.head, _HOPED_FOR | _CALLING_OFF):
        return True  # "expectations of a bilateral talk between X and Y were dashed"; not "expectations for
        # the talks were low, but they agreed ...", which were held
    if anchor.dep_ == "nsubjpass" and (
        anchor.head.lemma_.lower() in {"cancel", "scrap", "shelve"}
        or (anchor.head.lemma_.lower() == "call" and any(c.lower_ == "off" for c in anchor.head.children))
    ):
        return True  # "a meeting between X and Y ... has been cancelled", "the meeting was called off"
    if (
        anchor.dep_ == "nsubj"
        and anchor.head.lemma_.lower() in {"take", "happen", "go", "occur", "proceed"}
        and any(c.dep_ == "neg" for c in anchor.head.children)
    ):
        return True  # "The meeting between X and Y is not taking place", "will not go ahead"
    if (
        anchor.pos_ == "NOUN"
        and anchor.dep_ == "dobj"
        and any(c.lower_ in _NEGATION and c.dep_ == "neg" for c in anchor.head.children)
    ):
        return True  # "X did not get a meeting with Y", "did not secure talks with Y"
    node = anchor
    for _ in range(3):
        if node.head.i == node.i or (node.i != anchor.i and node.dep_ == "advcl"):
            break  # "..., X was able to speak with Y on Monday as Tokyo seeks to ...": another clause's wish
        if node.dep_ == "prep" and (
            node.lower_ in {"after", "following"}
            or (node.lower_ == "during" and anchor.lower_ in MEETING_NOUNS and anchor.lower_ != "visit")
            or (  # "In a meeting with X, Y asked him to support ...": where he asked, opening the sentence
                node.lower_ in {"in", "at"}
                and node.i == 0
                and anchor.lower_ in MEETING_NOUNS
                and anchor.lower_ != "visit"
            )
            or (  # "invited Y to visit Serbia at their meeting in Sochi": where the two were when he asked
                node.lower_ == "at"
                and anchor.lower_ in MEETING_NOUNS
                and any(c.dep_ == "poss" and c.lower_ == "their" for c in anchor.children)
            )
        ):
            break  # "talked to Y at the latter's request after her telephone conversation with Z": a time
            # told by one held, not wished; "will seek a bailout during his meeting with Y": when he seeks it
        node = node.head
        if (
            _is(node, _BLOCKING_HEADS)
            and anchor.dep_ in {"xcomp", "dobj", "ccomp", "pobj", "acomp"}
            and not _welcomed_held(node, anchor)
            and not _was_able(node)
        ):
            return True
        if any(c.lower_ in _NEGATION and c.dep_ == "neg" for c in node.children) and anchor.dep_ == "xcomp":
            return True
        if _yet_to(node):
            return True
        if node.lemma_.lower() in _NO_PLANS and _with_no(node):
            return True  # "There are no plans for X's phone call with Y", "no date for the talks"
    return False


_NO_PLANS = frozenset({"plan", "intention", "chance", "possibility", "prospect", "date", "decision"})
_MEALS = frozenset({"lunch", "luncheon", "dinner", "breakfast", "banquet", "supper"})
_TIMES = frozenset({"time", "moment"})  # "the time for talks with X has not come"


def _with_no(noun: Token) -> bool:
    """ "no plans", "no date": a noun its determiner denies."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _invitation_taken_up(anchor: Token, parsed: Parsed, index: int) -> bool:
    """Whether an invitation to meet is told as taken up in the next sentence: "X was invited to meet with Y
    in Washington. The meeting took place on Monday, September 30 at the White House"."""
    if not any(a.lemma_.lower() == "invite" and a.tag_ == "VBN" for a in anchor.ancestors):
        return False
    if index + 1 >= len(parsed.sentences):
        return False
    return any(
        noun.lower_ in MEETING_NOUNS
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
        and noun.head.lemma_.lower() in {"take", "hold", "happen", "occur"}
        and noun.head.tag_ in {"VBD", "VBN"}
        and not any(
            c.dep_ in {"aux", "neg"} and c.lower_ in {*_MODALS, "will", "not", "never"}
            for c in noun.head.children
        )
        for noun in parsed.sentences[index + 1].doc
    )


def _none_set(anchor: Token) -> bool:
    """ "X and Y will be at the summit, but no meeting has been confirmed": a clause beside denies one."""
    verb = clause_verb(anchor)
    modal = any(c.dep_ == "aux" and c.lower_ in {*_MODALS, "will"} for c in verb.children)
    if verb.lemma_.lower() != "be" and not modal:
        return False  # not "X met Y on Monday, but no meeting has been scheduled with Z": that one was held
    clauses = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return any(
        noun.lower_ in MEETING_NOUNS
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and any(d.lower_ == "no" and d.dep_ == "det" for d in noun.children)
        for clause in clauses
        for noun in clause.children
    )


def _would_during_a_visit(verb: Token) -> bool:
    """ "During the visit, the President would hold meetings with ...": a release's programme of a coming
    visit, its "would" the plan's, not a wish or a condition."""
    return (
        any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children)
        and not any(c.dep_ in {"advcl", "mark"} for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "during"
            and any(g.lemma_.lower() in _STAYS and g.dep_ == "pobj" for g in c.children)
            for c in verb.children
        )
    )


def _would_on_a_day_opening(verb: Token) -> bool:
    """ "On September 20, he would also meet X": a programme's day opening the sentence, its "would" the
    plan's (a reported schedule), not a wish or a condition."""
    return _plain_would(verb) and any(
        c.dep_ == "prep"
        and c.i == 0  # (a sentence is a document of its own)
        and c.lower_ == "on"
        and any(g.ent_type_ == "DATE" for g in c.children)
        for c in verb.children
    )


def _plain_would(verb: Token) -> bool:
    """A verb told with "would" and no condition or clause of time hung on it ("if ...", "when ..."; a
    reported "that" is none)."""
    return any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children) and not any(
        c.dep_ == "advcl" or (c.dep_ == "mark" and c.lower_ != "that") for c in verb.children
    )


_TOLD = frozenset({"say", "tell", "announce", "confirm", "know", "report", "reveal", "state"})


def _said_would_on(verb: Token) -> bool:
    """ "X said he would meet Y on Tuesday": a plan told in reported speech, set for a day; not "would meet
    Y if ...", nor an undated "would meet"."""
    reported = (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _TOLD | SAYING) or (
        verb.dep_ != "ccomp" and _according_to_which(verb)
    )  # "the organization added that X would also be meeting Y", "a statement, according to which X would"
    return (
        _plain_would(verb)
        and reported
        and (verb.dep_ != "ccomp" or verb.head.tag_ in {"VBD", "VBN"})  # "it became known that X would"
        and any(
            (c.dep_ == "prep" and c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children))
            or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE")
            for c in verb.children
        )
    )


_ACCORDING_TO_WHICH = re.compile(r"\baccording to which\s+(?:[\w.'’-]+\s+){1,6}$", re.IGNORECASE)


def _according_to_which(verb: Token) -> bool:
    """A clause a statement opens: "issued a statement, according to which X would receive Y" (however the
    parser hung it)."""
    return _ACCORDING_TO_WHICH.search(verb.doc.text[: verb.idx]) is not None


def _yet_to(verb: Token) -> bool:
    """ "X has yet to meet Y", "the two are yet to hold talks": not happened so far."""
    return (
        verb.lemma_.lower() in {"have", "be"}
        and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in verb.children)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _was_able(node: Token) -> bool:
    """ "X was finally able to speak with Y on Monday": past and not denied, it happened."""
    return (
        node.lower_ == "able"
        and node.head.lemma_.lower() == "be"
        and node.head.tag_ == "VBD"
        and not any(c.dep_ == "neg" for c in (*node.children, *node.head.children))
    )


_RECURRING = frozenset(
    {"annually", "regularly", "yearly", "periodically", "routinely", "frequently", "often", "monthly"}
)


def _recurring(anchor: Token) -> bool:
    """ "agreed to meet annually", "will hold talks every year": meetings to recur, no one meeting set (not
    "has met Y frequently, most recently in Nairobi on Monday")."""
    if any(t.lower_ == "recently" for t in anchor.subtree):
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in _RECURRING)
        or (c.dep_ == "npadvmod" and any(g.lower_ in {"every", "each"} for g in c.children))
        for c in anchor.children
    )


_OFTEN = frozenset({"regularly", "often", "frequently", "routinely", "always", "constantly", "usually"})


def _habitual(anchor: Token) -> bool:
    """ "By tradition, Finnish and Swedish prime ministers meet soon after taking office": a custom.

    A verb in the present whose subject is a bare plural noun (no article,
    no possessive, no number): any holders of an office, no one meeting. Or
    one in the present told as done often: "X talks to Y all the time".
    """
    if anchor.tag_ in {"VBP", "VBZ"} and any(
        c.lower_ in _OFTEN or (c.lower_ == "time" and any(g.lower_ == "all" for g in c.children))
        for c in anchor.children
    ):
        return True  # "Secretary X talks to his counterpart all the time", "they regularly speak"
    if anchor.tag_ != "VBP":
        return False
    subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.tag_ == "NNS"
        and not any(c.dep_ in {"det", "poss", "nummod", "conj", "appos", "prep"} for c in subject.children)
    )  # not "Foreign ministers from Japan and Korea, Kamikawa and Cho, meet in Tokyo today"


_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|s|l?ing)?|called off|calls? off|postpon(?:e|ed|es|ing)|put off|scrapped)\b",
    re.IGNORECASE,
)
_PLANNED_THINGS = re.compile(r"\b(?:visit|trip|tour|meeting|talks|summit|call)s?\b", re.IGNORECASE)


def _calls_off(parsed: Parsed) -> bool:
    """Whether the story tells of a visit or meeting called off: "X's visit to Japan has been cancelled".

    A sentence must name both the calling off and what was planned; "flights were cancelled" is not it.
    """
    return any(_CALLED_OFF.search(s.text) and _PLANNED_THINGS.search(s.text) for s in parsed.sentences)


def _was_scheduled(anchor: Token) -> bool:
    """ "was scheduled to meet", "had to visit Japan to hold talks", "was due to meet": past plans; "had
    earlier announced the meeting", "Their meeting had been expected": a meeting planned (in a story of its
    calling off, not held)."""
    if anchor.pos_ in {"NOUN", "PROPN"} and (
        (anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in _SCHEDULING | {"announce", "arrange"})
        or (anchor.dep_ in {"nsubj", "nsubjpass"} and anchor.head.lemma_.lower() in _SCHEDULING)
    ):
        return True
    verb = anchor if anchor.pos_ in {"VERB", "AUX"} else anchor.head
    for _ in range(3):
        if not _to_infinitive(verb) or verb.head.i == verb.i:
            return False
        head = verb.head
        told_past = head.tag_ == "VBD" or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in head.children
        )
        if head.dep_ == "acomp" and (
            head.head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.head.children)
        ):
            told_past = True  # "was [due] to meet", "had been [due] to visit"
        if told_past and head.lemma_.lower() in _SCHEDULING:
            return True
        verb = head  # "had to visit Japan [to hold] a meeting"
    return False


_SCHEDULING = frozenset({"schedule", "set", "due", "plan", "expect", "slate", "slat", "suppose", "have"})


def _plan_undone(anchor: Token) -> bool:
    """ "X had been due to visit Tallinn this week, but was unwell": a plan told in the past perfect and
    then crossed by "but", not carried out."""
    doc = anchor.doc
    perfect = any(
        t.lower_ == "had" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _PLANNED_ONCE
        for t in tokens(doc)[: anchor.i]
    )  # "had been due to", "had planned to"; not "had to travel to Riyadh to meet Y, but ..."
    return perfect and any(t.lower_ == "but" and t.dep_ == "cc" for t in tokens(doc)[anchor.i :])


_PLANNED_ONCE = frozenset(
    {"been", "planned", "hoped", "intended", "expected", "wanted", "scheduled", "arranged", "agreed"}
)


def _credentials(verb: Token) -> bool:
    """An envoy's credentials handed over: the envoy and the head who takes them met."""
    lemma = verb.lemma_.lower()
    if lemma not in {"present", "hand", "submit", "receive", "accept"} or not any(
        c.dep_ == "dobj" and _of_credence(c) for c in verb.children
    ):
        return False
    if lemma in {"present", "hand", "submit"}:
        return any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in verb.children)
    return lemma in {"receive", "accept"}


def _a_thing_received(verb: Token) -> bool:
    """What is received is a message or a thing, not a person or a visit: "a letter", "an invitation"."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in _THINGS_RECEIVED and not _of_credence(c)
        for c in verb.children
    ) or (  # "the support that X received from the UK": the thing the clause is of
        verb.dep_ == "relcl"
        and verb.head.lemma_.lower() in _THINGS_RECEIVED
        and not any(c.dep_ == "dobj" and c.lower_ not in {"that", "which"} for c in verb.children)
    )


_THINGS_RECEIVED = frozenset(
    {
        "letter",
        "message",
        "invitation",
        "note",
        "greeting",
        "congratulation",
        "gift",
        "award",
        "prize",
        "report",
        "support",  # "the support X received from the UK during the war": a side's, over time
        "assistance",
        "aid",
        "backing",
    }
)


def _of_credence(paper: Token) -> bool:
    """ "his credentials", "the letter of credence", a High Commissioner's "Letter of Introduction"; not any letter."""
    if paper.lower_ in {"credential", "credentials"}:
        return True
    return paper.lemma_.lower() == "letter" and any(
        g.lower_ in {"credence", "credentials", "introduction", "commission"}
        for c in paper.children
        if c.lower_ == "of"
        for g in c.children
    )


def _at_the_invitation(verb: Token) -> bool:
    """ "at the (special) invitation of President X": a named host invited the one who comes."""
    return any(
        n.lower_ == "invitation"
        and any(
            o.dep_ == "prep"
            and o.lower_ == "of"
            and any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(a.pos_ == "PROPN" for a in g.subtree))
                for g in o.children
            )  # "of President X", "of his counterpart X"
            for o in n.children
        )
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"at", "on", "upon"}
        for n in c.children
        if n.dep_ == "pobj"
    )


_TWO_PEOPLE = frozenset({"man", "woman", "official", "diplomat"})


def _between_the_two(token: Token) -> bool:
    """ "a meeting between the two presidents", "between the two men": the two the story is about, not named
    here."""
    told = token.dep_ == "pobj" and token.head.lower_ in {"during", "at", "after", "in"}  # "during a meeting
    # between the two men", not "A meeting between the two men has not been confirmed"
    return any(
        g.dep_ == "pobj"
        and g.tag_ == "NNS"
        and (
            g.lemma_.lower() in office.HEADS
            or g.lemma_.lower() in {"leader", "counterpart"}
            or (told and g.lemma_.lower() in _TWO_PEOPLE)
        )  # not "countries"
        and any(n.lower_ == "two" and n.dep_ == "nummod" for n in g.children)
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children
    )


_RELATIVES = frozenset(
    {"mother", "father", "grandfather", "grandmother", "wife", "husband", "son", "daughter", "brother",
     "sister", "uncle", "aunt", "nephew", "niece", "cousin", "spouse"}
)  # fmt: skip


def _someone_of_theirs(token: Token) -> bool:
    """A name in apposition to "her host", "his counterpart": someone the pronoun's owner met, not the owner;
    or named as a relative ("whose mother X")."""
    for node in [token, *list(token.ancestors)[:4]]:
        if node.dep_ == "appos" and any(
            c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in node.head.children
        ):
            return True
    doc = token.doc
    for k in range(token.i - 1, max(-1, token.i - 5), -1):  # "whose mother Benazir Bhutto and grandfather
        # Zulfikar Ali Bhutto were former prime ministers, is just back from New York where he held talks":
        # kin
        if doc[k].lower_ in _RELATIVES:
            return True
        if doc[k].pos_ != "PROPN":
            break
    for k in range(token.i - 1, max(1, token.i - 9), -1):  # the words, as written, when the parse lost them
        if doc[k].pos_ in {"VERB", "AUX"}:
            return False
        if doc[k].text == ",":
            return doc[k - 1].pos_ == "NOUN" and doc[k - 2].lower_ in {"his", "her"}
    return False


def _no_one(subject: Token) -> bool:
    """A subject that is a thing, not people: "developments were discussed", not "the two leaders"."""
    return (
        subject.pos_ == "NOUN"
        and subject.lower_ not in GROUP_NOUNS | _PLURAL_SUBJECTS
        and subject.lemma_.lower() not in office.HEADS
        and not any(c.lower_ in {"two", "both", "three"} for c in subject.children)
    )


def _name_as_root(doc: Doc, sentence: Sentence, cast: Cast) -> int | None:
    """The person a sentence's parse has as its root, when it has no verb there: a broken parse's subject."""
    root = next((t for t in tokens(doc) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "PROPN":
        return None
    person = cast.person_at(sentence.index, root.i)
    return person.key if person is not None else None


def _followed(history: list[tuple[int, int]], met: int) -> int | None:
    """The one a story follows: the subject it names most often (the latest of equals), not the one met.

    "PM X met A ... President A thanked PM X ... Talks with B focused on rail": X's talks, though A was
    the subject just before."""
    counts = Counter(k for _, k in history if k != met)
    if not counts:
        return None
    latest = {k: i for i, (_, k) in enumerate(history)}
    return max(counts, key=lambda k: (counts[k], latest[k]))


def _one_of_the_meetings(noun: Token) -> Token | None:
    """ "One of the meetings was with X", "Another of the talks took place with Y": the one, subject of a verb
    that says only that it was, with someone."""
    one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if (
        one is None
        or noun.lower_ not in MEETING_NOUNS
        or one.lower_ not in {"one", "another", "first", "last", "second", "third"}
        or one.dep_ not in {"nsubj", "nsubjpass"}
        or any(c.dep_ == "poss" for c in noun.children)
    ):
        return None
    return one if _happened(one.head, one) and _with_of(one.head) else None


def _meeting_was_with(noun: Token) -> bool:
    """A meeting noun, of no one's, that was or took place "with" someone: "The first meeting of the day was
    with X", "Another bilateral meeting took place with Y", "Talks with X focused on ..." (not "His meeting
    with X", "A meeting between ..."); "One of the meetings was with X"; "There were bilateral meetings with
    X"."""
    if _one_of_the_meetings(noun) is not None:
        return True
    verb = noun.head
    if (
        noun.dep_ == "attr"
        and verb.lemma_.lower() == "be"
        and any(c.dep_ == "expl" for c in verb.children)
        and noun.lower_ in MEETING_NOUNS
        and not any(c.dep_ == "poss" or c.lower_ == "between" for c in noun.children)
        and _with_of(noun)
    ):
        return True  # "There were also bilateral meetings with the president of Portugal, X"
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in MEETING_NOUNS
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and not any(c.dep_ == "poss" or c.lower_ == "between" for c in noun.children)
        and (
            (_with_of(noun) and verb.tag_ == "VBD")  # "Talks with X focused on", not "will focus on"
            or (_happened(verb, noun) and _with_of(verb))
        )
    )


def _happened(verb: Token, noun: Token) -> bool:
    """ "was", "took place", "was held": a verb that says no more of its meeting noun than that it was."""
    return (
        verb.lemma_ in {"be", "happen", "occur"}
        or (verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children))
        or (verb.lemma_ == "hold" and noun.dep_ == "nsubjpass")
    )


def _with_of(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


_STORY_REACH = 6  # sentences back to the one the story follows


def _opening_meeting_phrase(token: Token) -> bool:
    """ "In a meeting with X, ... were discussed": a meeting noun opening the sentence, whose it does not say."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in {"in", "at", "during"}
        and token.head.i == 0
        and not any(c.dep_ == "poss" for c in token.children)
    )


def _after_opening_comma(noun: Token, sentence: Sentence, cast: Cast) -> Token | None:
    """The first person named after the comma closing an opening phrase: who held the talks it opens with."""
    doc = sentence.doc
    comma = next((t.i for t in tokens(doc)[noun.i + 1 :] if t.text == ","), None)
    if comma is None:
        return None
    return next(
        (t for t in tokens(doc)[comma + 1 :] if cast.person_at(sentence.index, t.i) is not None), None
    )


def _welcomed_held(verb: Token, anchor: Token) -> bool:
    """ "Blinken welcomed the first direct meeting between X and Y": a meeting between two, welcomed, was held."""
    return (
        verb.lemma_.lower() == "welcome"
        and verb.tag_ == "VBD"
        and anchor.dep_ == "dobj"
        and anchor.head.i == verb.i
        and any(c.lower_ == "between" for c in anchor.children)
    )


_ANNOUNCED = frozenset({"upcoming", "forthcoming", "planned", "scheduled", "expected"})
_HYPOTHETICAL = frozenset(
    {"possible", "potential", "proposed", "mooted", "hoped-for", "prospective", "eventual"}
)


def _announced(token: Token) -> bool:
    """A meeting noun marked as set: "the upcoming summit", "a planned visit" (not "talks that are expected to
    culminate in a signing": what the talks are expected to bring)."""
    return token.pos_ in {"NOUN", "PROPN"} and any(
        c.lower_ in _ANNOUNCED and c.dep_ != "relcl" for c in token.children
    )


def _ones_own_meeting(noun: Token) -> bool:
    """ "his meeting with Y", "their talks": a meeting of the one speaking of it, with its other side."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children
    )


def told_as_past(trigger: Token) -> bool:
    """Whether a meeting is told as held, by a verb in the simple past or a meeting noun as its object:
    "met", "held talks" (not "will meet", nor "agreed to meet", "planned to visit", nor "talks focused on",
    where the parser may have taken a participle for the talks' verb)."""
    verb = (
        trigger
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() not in _FUTURE_HEADS
        else trigger.head
        if trigger.dep_ == "dobj"
        and trigger.lower_ in MEETING_NOUNS
        and trigger.head.lemma_.lower() in LIGHT_VERBS
        else None
    )
    if trigger.pos_ == "VERB" and _glad_to_have_met(trigger):
        return True  # "it was great to meet with Y", a post's "Pleasure to meet Y today (Tuesday)"
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and not any(  # "spoke about his upcoming meeting with Y on March 17": the meeting spoken of
            c.dep_ == "prep"
            and c.lower_ in {"about", "regarding", "on", "of"}
            and any(g.lower_ in MEETING_NOUNS and _ones_own_meeting(g) for g in c.children)
            for c in verb.children
        )
    )


def _will(verb: Token) -> bool:
    """Whether a verb takes "will" (or "'ll", "shall")."""
    return any(c.lower_ in {"will", "'ll", "shall"} and c.dep_ == "aux" for c in verb.children)


_SET_WORDS = frozenset({"due", "set", "schedule", "expect", "slate", "slat"})  # "slat": as _FUTURE_HEADS


_LATER = frozenset({"later", "tonight", "tomorrow"})


def _progressive_later(verb: Token) -> bool:
    """ "X is meeting Y later tonight", "is holding talks with Y tomorrow": a present of what is to come,
    when a time later than now is told with it."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in verb.children)
        and any(
            t.lower_ in _LATER for c in verb.children if c.dep_ in {"advmod", "npadvmod"} for t in c.subtree
        )
    )


def _expected_to(verb: Token) -> bool:
    """ "(is) expected to be held", "scheduled to take place": set to come, not told in a past ("was
    expected to be held on Monday")."""
    return (
        verb.lemma_.lower() in _SET_WORDS
        and any(c.dep_ == "xcomp" for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "had"} for c in verb.children)
    )


def _future(anchor: Token) -> bool:
    """ "will meet", "is to meet", "is scheduled to hold talks", "plans to visit", "is due in Moscow for talks",
    "said ahead of hosting Y"."""
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "of" and anchor.head.head.lower_ == "ahead":
        return True  # "he said ahead of hosting Y in Geelong on Thursday": yet to come when he spoke
    if anchor.pos_ == "NOUN" and any(c.lower_ in {"upcoming", "forthcoming"} for c in anchor.children):
        return True  # "announced forthcoming separate engagements with A and B"
    if anchor.pos_ == "NOUN" and anchor.dep_ == "ROOT" and any(c.lower_ == "likely" for c in anchor.children):
        return True  # a headline's "X-Y meeting likely on Friday": to come
    if _said_at_the_meeting(anchor) is not None:
        return False  # "X said that companies will invest more, during a meeting with Y": when he said so
    if _glad_to_have_met(anchor):
        return False  # "X said it was great to meet with Y in London on Monday": met, gladly
    if (
        anchor.dep_ in {"nsubj", "nsubjpass"}
        and anchor.head.lemma_.lower() in _SET_WORDS
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in {"take", "be"} for c in anchor.head.children)
    ):
        return True  # "The meeting between A and B was scheduled to take place at 12:30 pm": a plan, as it
        # was told (not a report that it was held)
    if _on_ones_schedule(anchor) is not None and anchor.head.tag_ in {"VBP", "VBZ"}:
        return True  # "On Blinken's schedule are meetings with A and B": a programme, yet to come
    if (
        anchor.dep_ in {"pcomp", "pobj"}
        and anchor.head.lower_ == "to"
        and anchor.head.head.lemma_.lower() == "look"
        and any(c.lower_ == "forward" for c in anchor.head.head.children)
    ):
        return True  # "I look forward to welcoming Prime Minister X", "looks forward to the visit": to come
    if anchor.dep_ == "conj" and anchor.pos_ == "NOUN" and anchor.head.pos_ == "NOUN":
        return _future(anchor.head)  # "is planning to attend a forum as well as a meeting with Y": the
        # meeting is in the plan the first noun is in
    if _would_during_a_visit(anchor):
        return True
    if travels_on_a_day(anchor):
        return True  # "Harris begins her public duties on Monday, speaking with X": a schedule's present
    if anchor.dep_ == "conj" and anchor.tag_ == "VBG" and anchor.head.tag_ == "VBG":
        return _future(anchor.head)  # "..., speaking with X and holding a meeting with Y": one schedule
    if _progressive_later(anchor):
        return True
    means = anchor.head if anchor.dep_ == "dobj" and anchor.head.tag_ == "VBG" else anchor
    if (
        means.dep_ == "pcomp"
        and means.tag_ == "VBG"
        and means.head.lower_ == "by"
        and means.head.head.pos_ == "VERB"
        and _future(means.head.head)
    ):
        return True  # "will conclude his Europe visit by holding talks with Y": the time of what it is done
        # by
    node = anchor
    for _ in range(5):  # "is due in Moscow on Friday for talks with": the word the phrase hangs on (or
        # "will be on a visit to China from September 23 for talks with")
        if node.dep_ not in {"pobj", "prep"} or node.head.i == node.i:
            break
        node = node.head
    if node.i != anchor.i and node.lemma_.lower() in _SET_WORDS:
        return True
    if (
        node.i != anchor.i
        and node.lemma_.lower() in _FUTURE_HEADS
        and any(c.lower_ in {"will", "is", "are"} and c.dep_ in {"aux", "auxpass"} for c in node.children)
    ):
        return True  # "during his visit, he is planning to attend ...": the visit the plan is for
    if node.i != anchor.i and travels_on_a_day(node):
        return True  # "X travels to Warsaw on Tuesday for discussions with Y": a journey's present, to come
    if (
        node.i != anchor.i
        and node.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in _SET_WORDS for c in node.children)
    ):
        return True  # "is due [acomp] in Kampala next week for [<- is] talks with Y"
    if (
        anchor.dep_ == "conj"
        and (
            anchor.tag_ == "VB"
            or (anchor.tag_ == "VBP" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children))
            or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in anchor.children)
        )  # "will hold talks with A, meet [VBP, the bare form misread] with B": one auxiliary; "will call on
        # A, and be hosted to dinner by B"
        and anchor.head.pos_ == "VERB"
        and _future(anchor.head)
    ):
        return (
            True  # "will travel to Uganda and meet President Y", "X to visit Uganda, meet Y": one auxiliary
        )
    if (
        anchor.dep_ == "advcl"
        and anchor.tag_ in {"VBZ", "VBP"}
        and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "once", "after", "before"}
            for c in anchor.children
        )
        and anchor.head.pos_ == "VERB"
        and _future(anchor.head)
    ):
        return True  # "is set to deliver a letter when he meets Y on Tuesday": the present of a time to come
    if (
        anchor.dep_ == "advcl"
        and anchor.tag_ == "VBG"
        and anchor.head.pos_ == "VERB"
        and _future(anchor.head)
    ):
        return True  # "will pay a visit to Zagreb on Wednesday, meeting with Y": the visit's time

    if node.i != anchor.i and _will(node):
        return True  # "will travel to Tokyo for a trilateral meeting"
    if node.i != anchor.i and infinitive_headline(node):
        return True  # "Minister X to host Y on a Working Visit to South Africa": the headline's visit to come
    agreed_there = (  # "X and Y agreed to deepen ties during their meeting": agreed at it, held
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in {"during", "at"}
        and node.head.lemma_.lower() == "agree"
    )
    if (
        node.i != anchor.i
        and node.dep_ in {"advcl", "xcomp"}
        and _to_infinitive(node)
        and (_will(node.head) or node.head.lemma_.lower() in _FUTURE_HEADS)
        and not agreed_there
    ):
        return True  # "they will move on to the State Department to join X for talks": the trip's purpose;
        # "X plans to visit Tokyo this month for a meeting with Y"
    if _will(anchor) or (anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" and _will(anchor.head)):
        return True  # "will meet"; "X's programme will also include meetings with A and B"
    if (
        anchor.pos_ == "NOUN"
        and anchor.dep_ in {"nsubj", "nsubjpass"}
        and any(c.lower_ in {"will", "would"} and c.dep_ == "aux" for c in anchor.head.children)
        and not any(c.lemma_.lower() == "have" and c.dep_ == "aux" for c in anchor.head.children)
    ):
        return True  # "The meeting between X and Y would mark the first talks since ...", "A summit between X
        # and Y will be held on Wednesday": one to come
    if anchor.dep_ == "attr" and anchor.head.lemma_.lower() == "be" and _will(anchor.head):
        return True  # "This will be the first courtesy call by X on Y"
    setting = [c for c in anchor.children if c.dep_ == "acl"]  # "a summit expected to be held"
    if anchor.dep_ in {"nsubj", "nsubjpass"}:
        setting.append(anchor.head)  # "a summit [is] expected to be held", the subject of "expected"
    if anchor.pos_ == "NOUN" and any(_expected_to(verb) for verb in setting):
        return True  # "A summit between X and Y expected to be held on Wednesday": a headline's present
    if _to_infinitive(anchor) and anchor.head.lemma_.lower() in {
        "be",
        *_FUTURE_HEADS,
    }:
        return True
    if infinitive_headline(anchor) or (anchor.dep_ == "dobj" and infinitive_headline(anchor.head)):
        return True  # "Foreign Minister X to host his Argentine counterpart Y on Friday", "X to hold talks"
    if (
        anchor.pos_ == "NOUN"
        and anchor.dep_ == "dobj"
        and _to_infinitive(anchor.head)
        and anchor.head.head.lemma_.lower() in _FUTURE_HEADS
    ):
        return True  # "agreed to broker a summit between X and Y in April", "plans to hold talks"
    if (
        anchor.dep_ in {"advcl", "xcomp"}
        and _to_infinitive(anchor)
        and (_will(anchor.head) or (anchor.head.pos_ == "VERB" and _future(anchor.head)))
    ):
        return True  # "X will travel to Buenos Aires next week to meet President Y", "is scheduled to visit
        # Korea to meet Y": a coming trip's purpose
    node = anchor.head
    return node.lemma_.lower() in _FUTURE_HEADS and any(
        c.lower_ in {"will", "is", "are"} for c in node.children
    )


def _introduced_speaker(sentence: Sentence, history: list[tuple[int, int]], cast: Cast) -> Person | None:
    """Who a quotation opening a sentence is by when no one is said to say it: the subject just before.

    "Sogavare also highlighted his visit. "I had a meeting with President Xi
    ...": Sogavare's words.
    """
    if sentence.text[:1] not in {'"', "“"} or not history or history[-1][0] != sentence.index - 1:
        return None
    return cast.people[history[-1][1]]


def _speaker_going_on(parsed: Parsed, index: int, cast: Cast) -> Person | None:
    """Who a quotation is by that a paragraph opens and nobody is said to say: the speaker of the paragraph
    before, a quotation too.

    "'We will meet the ministers,' said the EU's top diplomat X. \n 'On Belarus: yesterday I had calls
    with ...'": X goes on speaking.
    """
    sentences = parsed.sentences
    first = _line_start(sentences, index)
    said = "".join(s.text for s in sentences[first:index])
    if sentences[first].text[:1] not in {'"', "“"} or (
        first != index and said.count('"') % 2 == 0 and said.count("“") <= said.count("”")
    ):
        return None  # the paragraph is no quotation, or it closed before the sentence
    if first == 0:
        return None
    earlier = _line_start(sentences, first - 1)
    if not any(t.text in _QUOTES for s in sentences[earlier:first] for t in tokens(s.doc)):
        return None  # the paragraph before quotes no one
    return _quoted_speaker(parsed, earlier, cast)


def _line_start(sentences: tuple[Sentence, ...], index: int) -> int:
    """The first sentence of a sentence's line (its paragraph)."""
    line = sentences[index].line
    while index > 0 and sentences[index - 1].line == line:
        index -= 1
    return index


def _quoted_speaker(parsed: Parsed, index: int, cast: Cast) -> Person | None:
    """Who says a quotation that this sentence opens or goes on: '"I had a meeting with X ...," O'Connor told'.

    The person who is the subject of a verb of saying after the quotation's
    closing mark, in this sentence or one of the next two, before another
    quotation opens.
    """
    sentence = parsed.sentences[index]
    if not any(t.text in _QUOTES for t in tokens(sentence.doc)):
        return None
    for later in parsed.sentences[index : index + 3]:
        doc = later.doc
        marks = [t.i for t in tokens(doc) if t.text in _QUOTES]
        for token in tokens(doc):
            person = cast.person_at(later.index, token.i)
            if not (
                token.dep_ == "nsubj"
                and token.head.lemma_.lower() in SAYING
                and any(m < token.i for m in marks)
            ):
                continue
            if person is None:  # '"...," said Peru's foreign minister, Ana Soto': the name set off after
                person = next(
                    (
                        p
                        for c in token.children
                        if c.dep_ == "appos" and (p := cast.person_at(later.index, c.i)) is not None
                    ),
                    None,
                )
            if person is not None:
                return person
            if token.lower_ in {"he", "she"}:  # '"... I held a bilateral meeting with X," he said': the one
                return _subject_before(parsed, index, cast)  # named the subject last before the quotation
    return None


def _subject_before(parsed: Parsed, index: int, cast: Cast) -> Person | None:
    """The person last named as a subject in the few sentences before this one."""
    for earlier in reversed(parsed.sentences[max(0, index - 4) : index]):
        for token in tokens(earlier.doc):
            person = cast.person_at(earlier.index, token.i)
            if person is not None and token.dep_ in {"nsubj", "nsubjpass"}:
                return person
    return None


_QUOTES = frozenset({'"', "“", "”"})


def _speaker_label(sentence: Sentence, cast: Cast) -> Person | None:
    """The person a transcript line opens with: "SECRETARY KERRY:", "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:",
    a line of a name and its seat in brackets alone.

    Not "QUESTION:", "MODERATOR:": a line of the press's, no one's.
    """
    doc = sentence.doc
    colon = next((i for i, text in enumerate(sentence.texts[:16]) if text == ":"), None)  # (no token made)
    if colon is None and doc[-1].text == ")" and (opened := _bracket_after_a_name(doc)) is not None:
        colon = (
            opened  # "Leo Varadkar (Dublin West, Fine Gael)": a parliament's record, the member who answers
        )
    if colon is None or doc[0].lower_ in _PRESS_LABELS:
        return None
    for token in tokens(doc)[:colon]:
        person = cast.person_at(sentence.index, token.i)
        if person is not None:
            return person
    return None


def _bracket_after_a_name(doc: Doc) -> int | None:
    """Where the one bracket of a line "Name (Seat, Party)" opens, when only a name stands before it."""
    opened = next((t.i for t in tokens(doc) if t.text == "("), None)
    if opened is None or opened == 0 or not all(t.ent_type_ == "PERSON" for t in tokens(doc)[:opened]):
        return None
    return opened


def _plural_stand_in(token: Token, last: list[int], cast: Cast, named: Sequence[int] = ()) -> list[int]:
    """Whom "they", "the pair" or "the two leaders" stands for: the people last in the story.

    "The three countries' leaders last met in May, when President X hosted
    Prime Minister Y and Premier Z", after a meeting of their foreign
    ministers: the leaders are the heads the sentence names, not the
    ministers last told.
    """
    of_the_two = token.lower_ in GROUP_NOUNS and any(  # "the top diplomats of the two nations"
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(d.lower_ in {"two", "both"} for g in c.children for d in g.children)
        for c in token.children
    )
    plural = token.lower_ in _PLURAL_SUBJECTS or any(c.lower_ in _PLURAL_SUBJECTS for c in token.children)
    if not (plural or of_the_two):
        return []
    if any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ == "their") for c in token.children):
        return []  # "Lima Group's Foreign Affairs Ministers held a meeting": a group's, not the two just
        # told; "X and Y agreed that their foreign ministers, who will meet on Thursday, ...": theirs
    if any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.tag_ in {"NNS", "NNPS"} and not any(d.lower_ in _PLURAL_SUBJECTS for d in g.children)
            for g in c.children
        )
        for c in token.children
    ):
        return []  # "Leaders of Muslim countries gathered at the summit": many, not the pair just told (not
        # "the ministers of the two countries")
    if (
        len(last) <= 2
        and any(  # noqa: PLR2004 - a pair
            c.dep_ in {"compound", "nmod", "amod"}
            and (c.pos_ in {"PROPN", "NUM"} or any(ch.isdigit() for ch in c.text))
            and c.text[:1].isupper()
            and not country_of_words(c.text)
            and not (  # "The two Foreign Ministers will also hold ...", not "The Foreign Ministers of the Quad"
                c.lower_ in office.TITLE_WORDS
                and any(d.lower_ in {"two", "both"} for d in token.children)
                and not any(d.dep_ == "prep" and d.lower_ == "of" for d in token.children)
            )
            for c in token.children
        )
    ):
        return []  # "The G-20 finance ministers will meet in Venice": a body's members, not the two just told
    pair_word = token.lower_ in {"both", "two"} or any(c.lower_ in {"both", "two"} for c in token.children)
    if pair_word and len(last) != 2:  # a pair
        return []  # "both presidents are having breakfast" after three named: not all three
    heads = [k for k in named if cast.people[k].role in office.LEADERS]
    if (
        token.lower_ == "leaders"
        and len(heads) >= 2
        and any(cast.people[k].role not in office.LEADERS for k in last)
    ):
        return []
    return last


_A_GROUP = 3  # a count of people no pair ("the two") already stands for


def _counted_group(subject: Token, found: list[Frame], index: int) -> list[int] | None:
    """The people of the group a number counts, told together in this sentence or the two before: "X hosted
    A, B and C for the meeting. Before the talks began, the four ministers called on Y"."""
    counted = next(
        (
            n
            for c in subject.children
            if c.dep_ == "nummod" and c.like_num and (n := timex.NUMBERS.get(c.lower_, 0)) >= _A_GROUP
        ),
        None,
    )
    if counted is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None  # "Three Arab ministers later met": some, not those told
    return next(
        (list(f.people) for f in reversed(found) if len(f.people) == counted and index - f.sentence <= 2), []
    )  # no group of that size told just before: none, not the last two


def _named_before(token: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people its sentence names before a word, each once, in order."""
    return list(
        dict.fromkeys(
            p.key for t in sentence.doc[: token.i] if (p := cast.person_at(sentence.index, t.i)) is not None
        )
    )


def _pair_named_just_before(subject: Token, index: int, parsed: Parsed, cast: Cast) -> list[int]:
    """The two people the sentence before names, one its subject, for "the two leaders" or "both" opening
    the next: "PM A attended Prime Minister B's swearing-in on Sunday. The two leaders then held talks" (A
    and B, not a pair told earlier; not "On behalf of Prime Minister A, the minister congratulated B")."""
    if index == 0 or not (
        subject.lower_ in {"two", "both"} or any(c.lower_ in {"two", "both"} for c in subject.children)
    ):
        return []
    named = [p.key for p in cast.people if p.mentioned_in(index - 1)]
    doc = parsed.sentences[index - 1].doc
    subjects = {
        p.key
        for t in tokens(doc)
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and (p := cast.person_at(index - 1, t.i)) is not None
    }
    return named if len(named) == 2 and subjects & set(named) else []  # noqa: PLR2004 - a pair


def _pair_of_the_office(noun: Token, pair: list[int], index: int, cast: Cast) -> list[int]:
    """ "The two presidents met in April" after a foreign minister and a president were told: the last two
    presidents named before, when the pair stood for are not both of that office."""
    if len(pair) != 2 or not any(c.lower_ in {"two", "both"} for c in noun.children):  # noqa: PLR2004 - a pair
        return pair
    words = [c.text for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    role = office.title_class(" ".join([*words, noun.lemma_]))
    if role == "other" or all(cast.people[k].role == role for k in pair):
        return pair
    last_named = sorted(
        (max(m.sentence for m in p.mentions if m.sentence < index), p.key)
        for p in cast.people
        if p.role == role and any(m.sentence < index for m in p.mentions)
    )
    found = [key for _, key in last_named[-2:]]
    return found if len(found) == 2 else pair  # noqa: PLR2004 - a pair


def _recent(spots: list[tuple[int, int, int]], sentence: int, token: int, count: int) -> list[int]:
    """The last ``count`` people named before a point of the story, most recent first, each once.

    ``spots`` are (sentence, token, person) of every mention, sorted once per
    article: a pronoun looks back from its place, not through the whole cast.
    """
    found: list[int] = []
    index = bisect.bisect_left(spots, (sentence, token, -1))
    while index > 0 and len(found) < count:
        index -= 1
        if spots[index][2] not in found:
            found.append(spots[index][2])
    return found


def _antecedents(head: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """The people a relative clause hangs on: "President Joe Biden and Prime Minister Keir Starmer, who ..."."""
    nodes = [head, *(c for c in head.children if c.dep_ == "conj")]
    clause = next((c for c in head.children if c.dep_ == "relcl"), None)
    both = clause is None or (
        clause.tag_ == "VBP"
        or any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"are", "were", "have"} for c in clause.children)
        or not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in clause.children)
    )  # "A and B, who are due to meet", "A, ..., and B, ..., who met in Rome": both
    if head.dep_ == "conj" and (both or not any(c.dep_ == "appos" for c in head.children)):
        nodes.append(head.head)  # not "A, Undersecretary ..., and B, Minister of the Economy, who met Y": B's
    found = []
    for node in nodes:
        person = cast.person_at(sentence.index, node.i) or _subject_person(node, sentence, cast)
        if person is not None:
            found.append(person.key)
    return list(dict.fromkeys(found))


_FILE_PHOTO = re.compile(r"\s*(?:FILE PHOTO|File photo|FILE)\s*[:–—-]")  # a photo from the files: another day


def _a_trips_own(subject: Token) -> bool:
    """Whether a clause's subject is "that" or "which" of a visit: "an official visit that included meetings
    with A and B" (the visit's, whose goer holds them)."""
    return (
        subject.lower_ in {"that", "which"}
        and subject.head.dep_ == "relcl"
        and subject.head.head.lemma_.lower() in _TRIPS
    )


def _goer_before(token: Token, people: list[int], sentence: Sentence, cast: Cast) -> int | None:
    """The person a verb before the token has for its subject, none of those met: "Yoon took part in ...,
    meetings with A and B", "X was in Rome for an official visit that included meetings with A and B"."""
    return next(
        (
            p.key
            for t in tokens(sentence.doc)[: token.i]
            if t.dep_ == "nsubj"
            and t.head.pos_ in {"VERB", "AUX"}
            and (p := cast.person_at(sentence.index, t.i)) is not None
            and p.key not in people
        ),
        None,
    )


def frames(parsed: Parsed, cast: Cast) -> list[Frame]:
    """Every meeting frame of the article, in text order."""
    result: list[Frame] = []
    story: list[int] = []  # the people the story is about right now: the last frame's, else the last named
    last_subject: int | None = None
    history: list[tuple[int, int]] = []  # (sentence, person) of each sentence's first named subject
    pair: list[int] = []  # who "they", "the pair", "the two" stood for last
    grouped: set[int] = set()  # frames whose subject is a group ("the foreign ministers")
    sides: list[frozenset[str]] = []  # the countries of each meeting of three or more so far
    speaker = byline(parsed, cast)
    called_off = _calls_off(parsed)
    sittings = _sittings_named(parsed)
    denied: set[frozenset[int]] = set()  # the people of meetings the story says did not take place
    each: set[tuple[int, frozenset[int]]] = set()  # a sentence's people met one by one, not all at once
    in_a_group = bool(_GROUPED.search(parsed.normalized.text))  # a story of a trilateral, a three-way ...
    sidelines = bool(_SIDELINES.search(parsed.normalized.text)) and not in_a_group
    spots = sorted((m.sentence, m.token, p.key) for p in cast.people for m in p.mentions)
    voice = speaker  # who says "I" and "we": the byline, or the transcript's last speaker label
    for sentence in parsed.sentences:
        if _FILE_PHOTO.match(sentence.text):
            continue  # "FILE PHOTO: X speaks during the signing ceremony ... March 8, 2018": another day's
        doc = sentence.doc
        voice = _speaker_label(sentence, cast) or voice
        seen_anchors: set[int] = set()
        if result and _held_separately(sentence, cast) and result[-1].sentence == sentence.index - 1:
            told = result.pop()  # "X met A and B ... Both meetings were held separately": one with each
            result.extend(attrs.evolve(told, people=(told.people[0], other)) for other in told.people[1:])
            story, pair = [], []  # "the officials" after them are no one meeting's
        attending = _present_listed(sentence, cast) if result else []
        back = 2 if _PRESENT.match(sentence.text) else 1  # "A and B were also present" right after it: not
        # after "Later, X attended a church service", another event
        if attending and result[-1].sentence >= sentence.index - back and not result[-1].future:
            told = result.pop()  # "X and other Heads of State are meeting in Abuja. ... Other Heads of State
            # present include A of Niger, B of Togo": the gathering just told, with them
            result.append(attrs.evolve(told, people=tuple(dict.fromkeys((*told.people, *attending)))))
        included = _listed_as_included(sentence, parsed, cast)
        if included:  # "X held bilateral meetings with several leaders. These included A, B and C": one each
            first = included[0]
            if result and result[-1].sentence == first.sentence and result[-1].people == first.people[:1]:
                result.pop()  # the meetings told with no one named
            result.extend(included)
        followed = history[-1][1] if history else None  # the one the story follows: the last subject named,
        lone = result[-1].people if result and result[-1].sentence == sentence.index - 1 else ()
        if followed is None and len(lone) == 1:
            followed = lone[0]  # or the one a meeting told just before had alone ("Officials welcomed X on
            # Monday. This included talks with A and B")
        joining = _included_in_the_talks(sentence, cast)
        if joining and result and result[-1].sentence >= sentence.index - 3 and len(result[-1].people) > 1:
            told = result.pop()  # "X will receive Y on Wednesday. ... the discussions will include A, B and
            # C": they are at the talks told, not met one by one
            result.append(attrs.evolve(told, people=tuple(dict.fromkeys((*told.people, *joining)))))
            continue
        if followed is not None and (pulled_aside := _meetings_included(sentence, cast)):
            host = followed  # "The pull-aside meetings included an interaction with A, B and C": the one the
            # story follows met each ("the discussions will include A, B and C": to come)
            result.extend(
                Frame(
                    sentence=sentence.index,
                    trigger=trigger,
                    people=(host, key),
                    future=_will(doc[trigger]),
                    continuation=False,
                    countries=frozenset(),
                    unnamed_party=False,
                )
                for trigger, key in pulled_aside
                if key != host
            )
            continue
        captioned = _caption_with(sentence, cast)
        if captioned is not None:
            result.append(captioned)  # "X with Samoan Prime Minister Y at Samoa's Government House"
        for token in tokens(doc):
            if speaker is not None and _appearance(token, sentence):
                people = [
                    speaker.key,
                    *(p.key for _, p in _people_under(token, sentence, cast) if p is not speaker),
                ]
                result.append(
                    Frame(
                        sentence=sentence.index,
                        trigger=token.i,
                        people=tuple(dict.fromkeys(people)),
                        future=False,
                        continuation=False,
                        countries=frozenset(),
                        unnamed_party=False,
                    )
                )
                continue
            anchor = trigger_anchor(token, sittings)
            if anchor is None or anchor.i in seen_anchors or _occasion_of_another(token):
                continue
            if joined_by(anchor) and not (
                result
                and (
                    result[-1].sentence == sentence.index - 1
                    or (
                        result[-1].sentence == sentence.index - 2
                        and _the_meeting_told_on(parsed.sentences[sentence.index - 1])
                    )  # "X met Y. The meeting took place on the sidelines of ... X was accompanied by A"
                )
                and len(result[-1].people) >= 2  # noqa: PLR2004 - a meeting, not one's arrival
            ):
                continue  # "X was joined by A and B" right after a meeting told, not after his leaving
            present = _were_present(anchor)
            if present and not (
                result
                and (
                    result[-1].sentence == sentence.index - 1
                    or (
                        result[-1].sentence == sentence.index - 2
                        and sentence.line - parsed.sentences[result[-1].sentence].line <= 1
                        and _only_told(parsed.sentences[sentence.index - 1])
                    )  # "... met A on Wednesday. This was announced on Twitter. [B and C] were present."
                )
            ):
                continue  # "A and B were also present" right after a meeting told, not after a church service
            seen_anchors.add(anchor.i)
            taken_up = _invitation_taken_up(anchor, parsed, sentence.index)
            if (_blocked(anchor) and not taken_up) or (
                (called_off or _plan_undone(anchor)) and _was_scheduled(anchor)
            ):  # "X's visit has been cancelled
                # ... X was scheduled to hold meetings with A and B": none held
                if _denied(
                    anchor
                ):  # "X did not speak by phone with Y": a report elsewhere of their call is wrong
                    denied.add(frozenset(p.key for _, p in _people_under(anchor, sentence, cast)))
                continue
            people = [p.key for _, p in _people_under(anchor, sentence, cast)]
            if present:  # "The Spanish ambassador, A, the French ambassador, B, ... were
                # present": everyone the subject lists, set off as each is
                people = list(dict.fromkeys([*people, *_listed_in_subject(anchor, sentence, cast)]))
            listing = _participants_included(
                anchor
            )  # "The envoys ... were A, B, C and D": all after it, at the
            # meeting just told, whatever stands in for the subject below
            if listing:
                people += [
                    p.key
                    for t in tokens(doc)[anchor.i + 1 :]
                    if (p := cast.person_at(sentence.index, t.i)) and p.key not in people
                ]
            people += [k for k in _after_a_hung_with(anchor, sentence, cast) if k not in people]
            semicolons = _semicolon_list(anchor, sentence, cast)
            people += [k for k in semicolons if k not in people]
            people += [k for k in _titled_list(anchor, sentence, cast) if k not in people]
            reach = None
            if _misparsed_verb(anchor):
                people, reach = _in_line(anchor, sentence, cast)
            if token.i != anchor.i:  # a noun's own parties too: "held a meeting with X"
                people += [p.key for _, p in _people_under(token, sentence, cast) if p.key not in people]
            if (clause := _holding_clause(anchor)) is not None:  # "a phone call he held with X"
                people += [p.key for _, p in _people_under(clause, sentence, cast) if p.key not in people]
            if (between := _held_between(anchor)) is not None:  # "a telephone call held yesterday between
                # the Kuwaiti foreign minister and his Iraqi counterpart X"
                people += [p.key for _, p in _people_under(between, sentence, cast) if p.key not in people]
            people += [k for k in _broken_between(token, sentence, cast) if k not in people]
            people += [k for k in _paired_offices(token, cast) if k not in people]
            paired, hyphened = _hyphened_pair(token, cast)
            if paired:  # not a person "Ortega-Mora" the model found there
                people = [k for k in people if cast.people[k].name != hyphened]
                people += [k for k in paired if k not in people]
            people += [k for k in _described_objects(anchor, sentence, cast) if k not in people]
            people += [k for k in _counterpart_read_as_a_verb(anchor, sentence, cast) if k not in people]
            people += [k for k in _met_read_as_the_subject(anchor, sentence, cast) if k not in people]
            if people:  # the one met found (the subject comes below): the companion is on the subject's side
                people += [k for k in _along_with_the_subject(anchor, sentence, cast) if k not in people]
            if not people and _present_at_the_meeting(token) and token.head.head.dep_ == "acomp":
                # "Also present at the bilateral meeting were A and B": who the verb "were" names
                people = [p.key for _, p in _people_under(token.head.head.head, sentence, cast)]
            if _co_chaired(anchor) and (chairs := cast.person_at(sentence.index, anchor.i - 3)) is not None:
                listed = [*_listed_before(doc[anchor.i - 3], sentence, cast), chairs.key]
                people = list(dict.fromkeys([*listed, *people]))  # "X and Y co-chaired": the parse cut them
            verb = _verb_of_phrase(anchor)
            if verb is not None:  # "Wang told Rubio in their first phone call": the verb's parties
                # "X met Y. During the meeting, X praised Z": a meeting told before, whose parties are known
                again = (  # not "to join X for the talks": whom one joins for them is at them
                    told_before(anchor)
                    and anchor.dep_ == "pobj"
                    and anchor.head.lower_ != "for"
                    and not (anchor.lower_ in {"phone", "telephone"} and anchor.head.lower_ in {"on", "over"})
                    and bool(result)
                )  # (not "spoke on the phone with X": the means, no call told before)
                people += [
                    p.key
                    for t, p in _people_under(verb, sentence, cast)
                    if p.key not in people and (not again or _in_subject(sentence.doc[t], verb))
                ]
            subject = _subject_of(anchor)
            if subject is None and _opening_meeting_phrase(token):
                subject = _after_opening_comma(token, sentence, cast)  # "In talks with X on Tuesday, Y called
                # for calm", the parse of the main clause broken
            # '"Had an excellent meeting with X," PM Y said': the speaker's, the quotation's "I" left out
            if subject is None and _quoted_without_subject(anchor, sentence):
                quoted = _quoted_speaker(parsed, sentence.index, cast)
                if quoted is not None:
                    people = [quoted.key, *[k for k in people if k != quoted.key]]
            continuation = _attended_the_meeting(anchor, token)
            if subject is None and not people and _the_last_told(anchor, sentence, result, parsed):
                # "X will travel to meet Y next month. The visit is planned for April 5": that visit
                people, continuation = list(_widest_last(result).people), True
            elif subject is None and not people and _another_told(anchor, sentence, result):
                people = list(result[-1].people)  # "X held a call with Y on Tuesday. Earlier, another phone
                # conversation took place on Saturday": the two again, another day
            if subject is not None and cast.person_at(sentence.index, subject.i) is None:
                head_person = _subject_person(subject, sentence, cast)
                if head_person is not None:
                    if head_person.key not in people:
                        people.insert(0, head_person.key)
                    for joined_person in _joined_to_subject(subject, head_person, sentence, cast):
                        if (
                            joined_person.key not in people
                        ):  # "The Polish foreign minister X and Japanese counterpart
                            people.insert(1, joined_person.key)  # Y met": Y hangs on X, under the title noun
                elif subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
                    modified = subject.head.head  # the noun the clause is of, however deep the trigger is
                    antecedent = _antecedents(
                        modified, sentence, cast
                    )  # "Biden and Starmer, who are due to meet"
                    if not antecedent:  # "The two leaders, who met last week in Paris, ..."
                        last = pair or (
                            story if len(story) >= 2 else _recent(spots, sentence.index, subject.i, 2)
                        )
                        antecedent = _plural_stand_in(modified, last, cast)
                    people = [*[k for k in antecedent if k not in people], *people]
                elif subject.lower_ in {"i", "we"} and (
                    speaking := _quoted_speaker(parsed, sentence.index, cast)  # "'I met X,' Y told ..."
                    or voice
                    or _introduced_speaker(
                        sentence, history, cast
                    )  # "X also highlighted ... \n "I had a meeting"
                    or _speaker_going_on(parsed, sentence.index, cast)  # "'...,' said X. \n 'I had calls'"
                ):
                    people = [
                        speaking.key,
                        *[k for k in people if k != speaking.key],
                    ]  # "I held a meeting with X"
                else:
                    recent = _recent(spots, sentence.index, subject.i, 2)
                    described = _styled_ruler(subject, cast)  # "His Majesty stressed during a call with X"
                    if described is None:
                        described = _described(subject, last_subject, cast)
                    if (
                        described is None
                        and (last_subject is None or _description_countries(subject))
                        and subject.pos_ == "NOUN"
                    ):
                        # "The Turkish foreign minister talked with ...", the story's first words, or "the
                        # Russian diplomat met Serbia's Foreign Minister": the one holder of that office named
                        described = _described_noun(subject, sentence, cast)
                    if described is not None:
                        stand_in, continuation = (
                            [described],
                            False,
                        )  # "The Caribbean diplomat also met with X"
                    elif _no_one(subject) and (rooted := _name_as_root(doc, sentence, cast)) is not None:
                        stand_in, continuation = (
                            [rooted],
                            False,
                        )  # "X, who is on his first visit since assuming
                        # office met Y": the comma lost, the parse hangs all on X and takes "office" for who met
                    elif (
                        (_opening_meeting_phrase(token) or _visits_programme(subject))
                        and _no_one(subject)
                        and history
                    ):
                        stand_in, continuation = (
                            [history[-1][1]],
                            False,
                        )  # "In a meeting with X, Y were discussed"; "The itinerary of this visit included
                        # talks with X": the one the story follows
                    elif subject.i == token.i and subject.dep_ == "nsubjpass" and history and people:
                        stand_in, continuation = (
                            [history[-1][1]],
                            False,
                        )  # "X will be in Belgrade, where meetings
                        # are scheduled with Y and Z": the one the story follows
                    elif subject.lower_ in _SUBJECT_PRONOUNS:
                        here = [
                            cast.person_at(sentence.index, t.i)
                            for t in tokens(doc)[: subject.i]
                            if not _someone_of_theirs(t) and not _mourned(t)
                        ]  # not "her host, X" of "As well as spending time with her host, X, she met Y", nor
                        # "He attends the funeral of former Prime Minister X before he travels to ..."
                        earlier = [
                            p.key for p in here if p is not None
                        ]  # "When Blinken visited Beijing, he held talks"
                        main = _main_subject(subject, sentence, cast) or _the_sayer(subject, sentence, cast)
                        went_on = _subjects_before(subject, sentence, cast)
                        stand_in = (
                            [main]
                            if main is not None and main in earlier
                            else went_on[-1:]
                            or earlier[-1:]
                            or ([last_subject] if last_subject is not None else recent[:1])
                        )  # "X was accompanied by Ms Y and Ms Z as he paid calls on ...": he is X
                        same = (
                            _same_pronoun_again(subject, sentence, result)
                            or _visitor_of(subject, sentence, cast)
                            or _who_met_before(subject, anchor, people, result, sentence.index, cast)
                        )
                        if same:
                            stand_in = same  # "he received X and four days later, he received Y": not X
                        elif not _met_just_before(stand_in, result, sentence.index, cast):
                            stand_in = _by_pronoun(
                                _SUBJECT_PRONOUNS[subject.lower_],
                                stand_in,
                                earlier,
                                history,
                                sentence.index,
                                cast,
                            )
                        stand_in = _not_the_one_met(
                            stand_in,
                            [k for k in people if k not in _owners(token, sentence, cast)],
                            _SUBJECT_PRONOUNS[subject.lower_],
                            history,
                            sentence.index,
                            cast,
                        )  # "during X's visit, he is to attend a meeting with Y": X, the visit's owner,
                        # met no one there
                        continuation = False
                    else:
                        named_here = _named_before(
                            subject, sentence, cast
                        )  # "Cho last met Iwaya in Munich, when the two held talks": the two just named
                        just_named = _pair_named_just_before(subject, sentence.index, parsed, cast)
                        stand_in = _plural_stand_in(
                            subject,
                            counted
                            if (counted := _counted_group(subject, result, sentence.index)) is not None
                            else (
                                named_here
                                if len(named_here) == 2
                                else just_named or pair or (story if len(story) >= 2 else recent[:2])
                            ),
                            cast,
                            [p.key for p in cast.people if p.mentioned_in(sentence.index)],
                        )
                        stand_in = _pair_of_the_office(subject, stand_in, sentence.index, cast)
                        if (
                            len(stand_in) == 2  # noqa: PLR2004 - the two last told
                            and people
                            and not set(people) & set(stand_in)
                            and subject.lower_ == "sides"
                        ):  # "At the meeting with Chinese ambassador Y, the sides pointed out ...", after a
                            # meeting of X with another: X, who met each (the one the story names most), and Y
                            stand_in = [max(stand_in, key=lambda k: len(cast.people[k].mentions))]
                        continuation = (
                            len(stand_in) > 1 and bool(pair or story) and set(people) <= set(stand_in)
                        )  # "the two ministers discussed ...", not "they met President X": someone new is a new meeting
                        if len(stand_in) > 1:
                            pair = stand_in
                    people = [*[k for k in stand_in if k not in people], *people]
            elif subject is not None:
                subject_person = cast.person_at(sentence.index, subject.i)
                if subject_person is not None:  # first, though found under the verb: "During meetings with A,
                    # B and C, the president thanked ..." is the president's with each
                    present = _present_at_the_meeting(token)
                    joined = [  # "X, Y and other officials were present during the meeting": Y too; "After
                        # paying a courtesy call on President Z, X and Y visited ...": both paid it
                        p.key
                        for c in subject.conjuncts
                        if (
                            present
                            or (_gerund_of(anchor) and not _meets(subject.head))
                            or _completes(anchor, subject.head)  # "X and Y are set to meet next week"
                            or _went_into(anchor, subject.head)  # "X and Y retired for closed-door talks"
                        )
                        and (p := cast.person_at(sentence.index, c.i))
                    ]
                    broken = _broken_subject(anchor)
                    if (broken is not None and broken.i == subject.i) or _list_head_left_out(
                        subject, sentence, cast
                    ):  # "A and B held [amod] talks": the parse kept B; "President A, President B and
                        # President C are due to hold talks": A left out
                        joined = [*_listed_before(subject, sentence, cast), *joined]
                    joined += _listed_as_apposition(subject, sentence, cast)
                    if voice is not None and any(c.lower_ == "i" for c in subject.conjuncts):
                        joined.append(voice.key)  # "Minister Payne and I had a meeting": the speaker too
                    if subject.dep_ == "dobj" and subject.head.lemma_.lower() == "accompany":
                        joined += [  # "X accompanied President Y to receive Z": X is there too
                            p.key
                            for c in subject.head.children
                            if c.dep_ == "nsubj" and (p := cast.person_at(sentence.index, c.i)) is not None
                        ]
                    subjects_here = list(dict.fromkeys([subject_person.key, *joined]))
                    people = [*subjects_here, *[k for k in people if k not in subjects_here]]
                    continuation = continuation or present
            if subject is not None and subject.i == token.i and token.i != anchor.i:
                continuation = _attended_the_meeting(anchor, token)  # "The event will also be attended by X"
            continuation = (
                continuation
                or _present_at_the_meeting(token)
                or _during_the_meeting_told(token)
                or _joined_at_the_meeting(anchor)
                or (bool(result) and _it_is_the_meeting(token))
                or (bool(result) and _held_in_the_presence_of(token))
            )  # "The Russian side was represented at the meeting by X, Y and Z", "In their talks they will be
            # joined by X and Y": the meeting told, whoever the subject is
            if (by := _represented_by(token)) is not None:  # every one of a long list after "by", however
                people += [  # the parse hangs its titles
                    p.key
                    for t in tokens(doc)[by.i + 1 :]
                    if (p := cast.person_at(sentence.index, t.i)) is not None and p.key not in people
                ]
            if _present_at_the_meeting(token) and _accompanying(token.head.head):
                people += [  # "Accompanying X at the meeting were the Minister of Y, A; the Ambassador, B":
                    p.key  # each after the verb, however the parse hangs the semicolons' titles
                    for t in tokens(doc)[token.head.head.i + 1 :]
                    if (p := cast.person_at(sentence.index, t.i)) is not None and p.key not in people
                ]
            received = _received_too(anchor, sentence, cast)
            if received is not None and received not in people:
                people = [*people, received]  # "X and his delegation arrived ... and was received by Y"
            if continuation and token.tag_ == "NNS" and _each_told_apart(people, result, sentence.index):
                continue  # "X called on A, B and C. During the calls, A, B and C reaffirmed ...": those calls
            if (
                len(people) == 1
                and _meeting_was_with(token)
                and history
                and sentence.index - history[-1][0] <= _STORY_REACH
                and (followed := _followed(history, people[0])) is not None
            ):  # "Another bilateral meeting of the day took place with X": with the one the story follows
                people = [followed, *people]
            if voice is not None and any(
                c.lower_ in {"my", "our"} and c.dep_ == "poss" for c in token.children
            ):
                people = [
                    voice.key,
                    *[k for k in people if k != voice.key],
                ]  # "At my meeting with Mr. Wang Yi"
            elif (
                voice is not None
                and len(people) == 1
                and voice.key not in people
                and _in_the_first_person(token, doc)
            ):
                people = [
                    voice.key,
                    *people,
                ]  # "it is my privilege to address you following a meeting with X"
            theirs_named = _between_the_two(token) or any(
                c.lower_ == "their" and c.dep_ == "poss" for c in token.children
            )
            if theirs_named and len(people) < 2:  # "a meeting between the two presidents" too
                named_before = _named_before(
                    token, sentence, cast
                )  # "Zarif referred to his meeting with Kerry after their talks": the two just named
                theirs = (
                    named_before
                    if len(named_before) == 2  # noqa: PLR2004 - a pair
                    else pair or (story if len(story) >= 2 else _recent(spots, sentence.index, token.i, 2))
                )
                people = [
                    *[k for k in theirs if k not in people],
                    *people,
                ]  # "their brief discussion in New York"
            if any(c.lower_ in {"his", "her"} and c.dep_ == "poss" for c in token.children) and not (
                subject is not None
                and (owner_here := cast.person_at(sentence.index, subject.i)) is not None
                and owner_here.key in people
            ):  # not the one met: "the experience of new Kazakh FM X ..., Lavrov said at his meeting with X";
                # the clause's own subject owns it: "X told reporters at the hotel where Y stayed during her
                # visit"
                before = [
                    p.key
                    for t in tokens(doc)[: token.i]
                    if (p := cast.person_at(sentence.index, t.i)) is not None and p.key not in people
                ]
                tellers = [
                    k
                    for t in tokens(doc)[: token.i]
                    if t.dep_ == "nsubj"
                    and (p := cast.person_at(sentence.index, t.i))
                    and (k := p.key) in before
                ]
                owned = token.lemma_.lower() not in _TRIPS and any(  # "X requested a meeting with Y after his
                    # talks with Z": X, already there (not "Y, who is on her first visit": the host still
                    # wanted)
                    (p := cast.person_at(sentence.index, t.i)) is not None and p.key in people
                    for t in tokens(doc)[: token.i]
                )
                owner = [] if owned else (
                    tellers[:1]
                    or before[:1]
                    or _opened_for(token, sentence, cast)
                    or ([last_subject] if last_subject is not None else [])
                )
                people = [
                    *[k for k in owner if k not in people],
                    *people,
                ]  # "Kerry ... following his meeting with X"
            if len(people) == 1 and (teller := _teller_of(token, sentence, cast)) is not None:
                if teller.country not in {None, cast.people[people[0]].country}:
                    people = [teller.key, *people]  # "X said the commitment was conveyed to Y during a call"
            if (
                (subject is None or _a_trips_own(subject))
                and len(people) >= 2  # noqa: PLR2004 - those met, several
                and token.tag_ == "NNS"
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
                and (goer := _goer_before(token, people, sentence, cast)) is not None
            ):
                # "Yoon took part in 16 events -- 10 summits, meetings with A and B": Yoon's, one with each,
                people = [goer, *people]  # not A's with B
            countries = _unnamed_countries(anchor, sentence, cast)
            elsewhere = _counterparts_named_elsewhere(token, anchor, people, sentence, cast)
            people += [k for k in elsewhere if k not in people]  # "met his Omani counterpart", named before
            held = _bare_offices_held(token, people, sentence, cast)
            people = [
                *[k for k in held if k not in people],
                *people,
            ]  # "a meeting between the Prime Minister and X"
            unnamed = _unnamed_party(anchor, subject, sentence, cast) or _theirs_with_an_office(
                token, subject, people, result
            )
            group = _group_of_subjects(subject)
            objects = [c for c in anchor.children if c.dep_ in {"dobj", "pobj"}] + [
                g
                for head in (
                    {anchor.i: anchor, token.i: token}.values()
                    if token.lower_ in {"meeting", "meetings"}
                    else (anchor, *_calls_made(anchor))
                )  # "attended a meeting [with] the ministers of A, B and C", "held meetings [with] his
                # counterparts from A and B": the noun's "with" too (not "with business leaders from A");
                # "received calls [from] the Presidents of A, B and C"
                for c in head.children
                if c.dep_ == "prep" and (c.lower_ == "with" or (c.lower_ == "from" and head is not anchor))
                for g in c.children
                if head is anchor or (g.lower_ in _PEERS and all(k.dep_ != "compound" for k in g.children))
            ]
            group_object = (
                frozenset().union(*(_group_countries(o) for o in objects)) if objects else frozenset()
            )
            subjects = (
                [c for c in subject.head.children if c.dep_ in {"nsubj", "nsubjpass"}] if subject else []
            )
            group_role = next(
                (r for g in [*subjects, *objects] if g is not None and (r := _group_role(g)) is not None),
                None,
            )
            meets_group = group_role is not None and not any(_group_role(g) for g in subjects)
            subject_key = _subject_key(subjects, sentence, cast) if meets_group else None
            if group_object and len(group_object) >= 2 and len(people) <= 1:
                if token.lower_ == "meetings" or any(
                    t.lemma_.lower() in _CALLS and t.tag_ == "NNS" for t in [token, *_calls_made(anchor)]
                ):  # "held meetings with his counterparts from A, B and C", "received calls from the
                    # Presidents of A, B and C": one each
                    result.extend(
                        Frame(
                            sentence=sentence.index,
                            trigger=token.i,
                            people=(*people, *_counterpart_of(code, people, cast, group_role)),
                            future=_future(anchor) and not taken_up,
                            continuation=False,
                            countries=frozenset({code}),
                            unnamed_party=False,
                        )
                        for code in sorted(group_object)
                    )
                    continue
                countries = (
                    countries | group_object
                )  # "Rubio convened the foreign ministers of Australia, India and Japan"
            members = {
                code: _counterpart_of(code, people, cast, group_role) for code in sorted(group)
            } if len(group) >= 2 and len(people) == 1 and not meets_group else {}  # noqa: PLR2004
            if (
                members
                and group_role is not None
                and all(members.values())
                and not set(people) & set().union(*members.values())
            ):  # "Chinese and Russian Foreign Ministers met their local counterpart X": each minister the
                # story names met X; those who "joined" X came together ("ministers from A and B joined X")
                verbs = (anchor, *([subject.head] if subject is not None else []))
                together = any(v.lemma_.lower() in _JOINING for v in verbs)
                result.extend(
                    Frame(
                        sentence=sentence.index,
                        trigger=token.i,
                        people=(*held, *people),
                        future=_future(anchor) and not taken_up,
                        continuation=False,
                        countries=frozenset(),
                        unnamed_party=False,
                    )
                    for held in ([sum(members.values(), ())] if together else members.values())
                )
                continue
            if len(group) >= 2 and len(people) <= 1:
                people, countries, continuation = (
                    _host_of_group(anchor, sentence.index, result),
                    countries | group,
                    False,
                )  # "the top diplomats of A, B and C met"; "Hosted by X, delegates from A and B attended"
            elif (
                len(people) < 2
                and _multilateral(token)
                and (gathered := _where_they_met(token, sentence, cast))
            ):
                people = gathered  # "the trilateral summit at Camp David, where A, B and C agreed to ..."
            elif len(people) < 2 and _multilateral(token) and sides:
                people, countries = (
                    [],
                    countries | sides[-1],
                )  # "since the trilateral summit in August"
            elif not people and (dated := _dated_again(anchor, token, sentence, result, parsed)) is not None:
                people, continuation = list(dated.people), True  # "Friday's meeting was held ahead of ..."
            elif not people and not (people := _between_parties(token, sentence, cast)):
                continue  # (not "in focus of talks between the two presidents, A and B": theirs)
            if (
                len(people) == 1
                and (pronoun := _object_pronoun(anchor)) is not None
                and any(cast.person_at(sentence.index, t.i) is cast.people[people[0]] for t in tokens(doc))
            ):  # named here: not a speaker's "I spoke to him"
                # "... Jaishankar paid a courtesy call on her": the one she stands for
                people += _pronoun_antecedent(pronoun, people[0], sentence, spots, cast)
            people = list(dict.fromkeys(people))
            peers = _peers_listed(anchor, sentence, cast) if len(people) == 1 else []
            several = len(peers) >= 2  # noqa: PLR2004 - a list
            if several and not set(peers) & {p.country for p in cast.people}:
                # (none of them named elsewhere: where one is, the sentence is read as ever, with the others)
                result.extend(  # "X spoke to his counterparts from A, B and C", "his Saudi and Omani
                    Frame(  # counterparts": a talk with each, its other side unnamed
                        sentence=sentence.index,
                        trigger=token.i,
                        people=(people[0],),
                        future=_future(anchor) and not taken_up,
                        continuation=False,
                        countries=frozenset({code}),
                        unnamed_party=True,
                    )
                    for code in peers
                )
                continue
            if not people and result and result[-1].sentence == sentence.index and not result[-1].people:
                continue  # "convened for a trilateral meeting": one group, one frame
            if not people and countries and countries <= {
                c
                for f in result
                if f.sentence == sentence.index
                for k in f.people
                if (c := cast.people[k].country)
            }:
                continue  # "Chinese and Russian Foreign Ministers met X for talks": "talks", the meeting told
            parties = _between_parties(token, sentence, cast)
            if parties and token.head.lemma_.lower() in _AT_ONES_OWN:  # "X hosted a meeting between A and B":
                people = list(dict.fromkeys([*people, *parties]))  # X too
            elif parties:  # "agreed to broker a summit between A and B": A and B, not the ones who broker it
                people = parties
            people += [k for k in _with_the_participation_of(anchor, sentence, cast) if k not in people]
            people += [k for k in _later_joined_by(anchor, sentence, cast) if k not in people]
            hosts = (
                _one_by_one(people, cast, anchor) if subject is not None and not subject.conjuncts else None
            )
            two_by_two = (
                sidelines
                or (  # "X held bilateral talks with a host of Heads of State. X met A, B and C"
                    any(
                        _BILATERALS.search(parsed.sentences[k].text)
                        for k in range(max(0, sentence.index - 5), sentence.index + 1)
                    )  # (up to five sentences back: "X held bilateral meetings with world leaders ... He
                    # met A and B ... Besides them, X also met C, D and E")
                    or _A_GATHERING.search(sentence.text) is not None  # "X met with the Foreign Ministers
                    # of Ukraine, A, and Slovakia, B, in Munich, where the Security Conference is being held"
                )
                and not in_a_group
                and not _GROUP_OCCASION.search(doc[anchor.i :].text)  # not "met A, B and C at the Quad
                # summit"; but "After the final session wrapped up, X met A, B and C": one each
            )
            each_aside = two_by_two and _leaders_of_several(people, subject, sentence, cast)
            # "In the meetings, X met A, ...; B, ...; C"; "met with her counterparts such as A of Sierra
            # Leone; B of Seychelles; ..." (not "his Baltic counterparts, A, Estonia; ...", nor "met with his
            # counterparts at the meeting in Riga: A, Denmark; B, Finland; ...", a group)
            in_meetings = bool(semicolons) and (
                any(_several(t) for t in tokens(doc)[: anchor.i])
                or (
                    any(t.lower_ == "counterparts" and not _qualified(t) for t in anchor.subtree)
                    and _EXAMPLES.search(span_text(doc, anchor.i, None)) is not None
                )
            )
            if (
                unnamed
                and len(people) >= 2
                and not continuation
                and subject is not None
                and subject.pos_ != "PRON"  # not "she has meetings with A and B": one the pronoun stands for
                and all(cast.person_at(sentence.index, t.i) is None for t in subject.subtree)
                and (_several(token) or not sentence.words.isdisjoint({"separately", "individually"}))
                and not any(c.lower_ in {"joint", "trilateral", "combined"} for c in token.children)
            ) or (
                len(people) >= 2
                and not continuation
                and subject is not None
                and _separately(anchor)
                and set(people) <= _people_in_phrase(subject, sentence, cast)
                and not any(t.lower_ in {"counterpart", "counterparts"} for t in anchor.subtree)
            ):  # "The chief adviser also held meetings with A and B": the one unnamed met each, A not B; "A
                # and B held separate meetings with EU representatives": each met them on their own
                pronoun = _object_pronoun(anchor)
                called = (  # "A, B and C are to separately call on him": the one "him" stands for, each
                    _pronoun_antecedent(pronoun, people[0], sentence, spots, cast, frozenset(people))
                    if pronoun is not None
                    else []
                )
                result.extend(
                    Frame(
                        sentence=sentence.index,
                        trigger=token.i,
                        people=(k, *called),
                        future=_future(anchor) and not taken_up,
                        continuation=False,
                        countries=countries,
                        unnamed_party=not called,
                    )
                    for k in dict.fromkeys(people)
                )
                continue
            companions = _companions(anchor, subject, sentence, cast) if len(people) >= 3 else set()
            two_sides = _two_countries(people, cast) and any(
                c.dep_ == "amod" and c.lower_ == "bilateral" for c in token.children
            )  # "held bilateral talks with Nicaraguan Foreign Minister A and Presidential Advisor B": one
            # meeting of two sides (not "will meet President A and Foreign Minister B to discuss bilateral
            # cooperation", a topic)
            one_each = (
                _separately(anchor, bilateral=not two_sides)
                or _calls_on(token, people, cast)
                or (_bilateral_with_several(token, subject) and not two_sides)
                or _phoned_several(token, subject, people, cast)
                or _meetings_told_next(parsed, sentence.index)
                or _several(token)
                or _a_series(token)
                or _with_each(anchor)
                or hosts is not None
                or (subject is not None and not subject.conjuncts and _institutions_one_by_one(people, cast))
                or each_aside
                or in_meetings
            ) and len(people) - len(companions) >= 3 and not continuation
            # "met X and Y separately"; "X, along with A, held bilateral talks with Y": one meeting
            # "X met A on Tuesday and B on Wednesday": a meeting with each, on its own day
            days = _dated_each(anchor, people, sentence, cast) if len(people) >= 3 else {}
            places = _placed_each(anchor, days) if days else {}
            if one_each or days:
                each.add((sentence.index, frozenset(people)))
                for one, other in _pairs(
                    [k for k in people if k not in companions], anchor, subject, sentence, cast
                ):
                    result.append(
                        Frame(
                            sentence=sentence.index,
                            trigger=token.i,
                            people=(one, *(k for k in people if k in companions), other),
                            future=_future(anchor) and not taken_up,
                            continuation=False,
                            countries=hosts
                            if one_each and hosts is not None and cast.people[other].country is None
                            else frozenset(),
                            unnamed_party=False,
                            dated_at=days[other][1] if other in days else None,
                            placed=places.get(other),
                        )
                    )
                continue
            recalled = (
                bool(story)
                and not set(people) <= set(story)
                and not continuation
                and _recalled(anchor, token, people, sentence, cast)
            ) or (
                continuation
                and bool(result)
                and result[-1].recalled
                and result[-1].sentence == sentence.index
            )  # "... he discussed trade with X when they met in Washington": the same past meeting
            result.append(
                Frame(
                    sentence=sentence.index,
                    trigger=token.i,
                    people=tuple(dict.fromkeys(people)),
                    future=(_future(anchor) or _announced(token)) and not taken_up,
                    continuation=continuation or listing,
                    countries=countries,
                    unnamed_party=unnamed,
                    group_role=group_role,
                    group_outside=subject_key,
                    announced=_announced(token),
                    reach=reach,
                    recalled=recalled,
                )
            )
            if len(people) >= 2 and not recalled:  # (a meeting recalled is not the one "the sides" hold)
                story = list(dict.fromkeys(people))
            met = frozenset(countries) | {c for k in people if (c := cast.people[k].country)}
            if len(met) >= 3:
                sides.append(frozenset(met))
            if subject is not None and subject.lower_ in GROUP_NOUNS:
                grouped.add(len(result) - 1)  # "The Quad foreign ministers met ...: A, B and C met"
        named = [cast.person_at(sentence.index, i) for i in range(len(doc))]
        acting = [
            p for i, p in enumerate(named) if p is not None and doc[i].dep_ in {"nsubj", "nsubjpass"}
        ] or [  # "The Ethiopian Prime Minister, Abiy Ahmed, is in Ghana this week. He met ...": the title's
            p  # person, named beside it
            for t in tokens(doc)
            if t.dep_ in {"nsubj", "nsubjpass"}
            and t.lemma_.lower() in office.HEADS
            and (p := _subject_person(t, sentence, cast)) is not None
        ] or [  # "X's visit to Brazil coincides with ... On Tuesday, she met Y": the visitor
            p
            for t in tokens(doc)
            if t.dep_ == "nsubj"
            and t.lemma_.lower() in _TRIPS
            for c in t.children
            if c.dep_ == "poss" and (p := cast.person_at(sentence.index, c.i)) is not None
        ]
        if acting:
            last_subject = acting[0].key
            history.append((sentence.index, acting[0].key))
        elif any(named) and not story:
            last_subject = next(p.key for p in named if p is not None)
    result = _headed_sections(_led_by_their_delegations(result, parsed, cast), parsed, cast)
    found = _with_group([f for f in result if frozenset(f.people) not in denied], grouped)
    # "held talks with A and also with B": the sentence's other trigger ("talks") makes them no one meeting
    found = [f for f in found if (f.sentence, frozenset(f.people)) not in each]
    # "X met A and B separately ... X said: 'Good discussions with A and B'": the meetings told again
    found = [f for f in found if not _told_again(f, each, parsed) and not _their_talks_again(f, each, cast)]
    found = _roll_calls_dropped(found, cast)
    found = [g for f in found for g in _counterparts_of_no_one_named(f, cast)]
    spouses = {p.key for p in cast.people if any(_spouse(m, parsed) for m in p.mentions)}
    if not spouses:
        return found
    return [  # "Akufo-Addo and his wife Rebecca ... The two had touched down": a spouse meets no one
        attrs.evolve(f, people=tuple(k for k in f.people if k not in spouses)) for f in found
    ]


_HEADED = frozenset({"meeting", "meetings", "talks", "call", "conversation", "audience"})
_ROLL = 4  # names at least: "called on A, B, C and D", none with an office, is a roll, not four meetings


def _counterparts_of_no_one_named(frame: Frame, cast: Cast) -> list[Frame]:
    """ "The president held bilateral talks with his counterparts in Zimbabwe, A, and Mozambique, B", the
    president not named: A and B are each his counterpart, met one by one, not each other; and with no one
    named on his side, no meeting is told (the story names him with each where it does)."""
    if not frame.unnamed_party or len(frame.people) < 2:  # noqa: PLR2004 - a pair at least
        return [frame]
    counterparts = [
        any(
            m.sentence == frame.sentence and m.office is not None and "counterpart" in m.office.title.lower()
            for m in cast.people[k].mentions
        )
        for k in frame.people
    ]
    return [] if all(counterparts) else [frame]


def _unplaced(person: Person) -> bool:
    """Named with no title, no country and no body."""
    return person.title is None and person.country is None and person.organisation is None


def _roll_calls_dropped(found: list[Frame], cast: Cast) -> list[Frame]:
    """ "The President called on A, B, C, D, E and F" (a cabinet sworn in): one official with a roll of names,
    none of them given an office, a country or a body anywhere in the story, is no series of diplomatic
    meetings. Lists of counterparts name their offices ("met Prime Minister A, President B and ...")."""
    by_trigger: dict[tuple[int, int], list[Frame]] = {}
    for frame in found:
        by_trigger.setdefault((frame.sentence, frame.trigger), []).append(frame)
    rolls = set()
    for key, told in by_trigger.items():
        if len(told) < _ROLL or any(len(f.people) != 2 for f in told):  # noqa: PLR2004 - one with each
            continue
        common = set(told[0].people).intersection(*(f.people for f in told))
        others = {k for f in told for k in f.people} - common
        if len(common) == 1 and len(others) >= _ROLL and all(_unplaced(cast.people[k]) for k in others):
            rolls.add(key)
    return [f for f in found if (f.sentence, f.trigger) not in rolls] if rolls else found


def _headed_sections(result: list[Frame], parsed: Parsed, cast: Cast) -> list[Frame]:
    """A heading that names a meeting with one side only, "Meeting with Kazakh President X on Sept 1", is the
    meeting of whoever of another country the lines under it name first ("Premier Y said that ..."): a page
    of one official's meetings, each under its own heading."""
    sentences = parsed.sentences
    spots = sorted((m.sentence, m.token, p.key) for p in cast.people for m in p.mentions)
    found = []
    for frame in result:
        sentence = sentences[frame.sentence]
        if not (
            sentence.unstopped
            and len(frame.people) == 1
            and frame.trigger == 0
            and sentence.doc[0].lower_ in _HEADED
        ):
            found.append(frame)
            continue
        guest = cast.people[frame.people[0]]
        end = next(
            (s.index for s in sentences[frame.sentence + 1 :] if s.unstopped and s.line != sentence.line),
            len(sentences),
        )
        host = next(
            (
                key
                for at, _, key in spots
                if frame.sentence < at < end
                and key != guest.key
                and cast.people[key].country is not None
                and cast.people[key].country != guest.country
            ),
            None,
        )
        found.append(frame if host is None else attrs.evolve(frame, people=(host, guest.key)))
    return found


def _led_by_their_delegations(result: list[Frame], parsed: Parsed, cast: Cast) -> list[Frame]:
    """A meeting told without names, and then who led each side: "Consultations between Bangladesh and
    Thailand were held in Bangkok on Tuesday. Foreign Secretary A and his Thai counterpart B led their
    respective delegations": A and B at those consultations, as the first sentence dates and places them.

    The meeting noun is the subject of "was held" or "took place" in one of the two sentences before, and no
    frame of two or more people is told in between.
    """
    added: list[Frame] = []
    for sentence in parsed.sentences[1:]:
        if "delegation" not in sentence.text and "delegations" not in sentence.text:
            continue
        leaders = list(
            dict.fromkeys(
                p.key
                for verb in tokens(sentence.doc)
                if verb.lemma_.lower() in {"lead", "head"}
                and any(c.dep_ == "dobj" and c.lemma_.lower() == "delegation" for c in verb.children)
                for subject in verb.children
                if subject.dep_ == "nsubj"
                for t in subject.subtree  # "A and his Thai counterpart, B, led their respective delegations"
                if (p := cast.person_at(sentence.index, t.i)) is not None
            )
        )
        if len(leaders) < 2:  # noqa: PLR2004 - each side's head
            continue
        for back in (sentence.index - 1, sentence.index - 2):
            if back < 0 or any(
                back <= f.sentence <= sentence.index and len(f.people) >= 2 for f in result  # noqa: PLR2004
            ):
                break
            noun = next((t for t in tokens(parsed.sentences[back].doc) if _held_meeting_noun(t)), None)
            if noun is not None:
                chairs = [  # "... will be held today under the chairmanship of Foreign Minister X"
                    p.key
                    for c in noun.head.children
                    if c.dep_ == "prep"
                    for t in c.subtree
                    if (p := cast.person_at(back, t.i)) is not None
                ]
                host = [
                    k for k in [*(k for f in result if f.sentence == back for k in f.people), *chairs]
                    if k not in leaders
                ]
                added.append(
                    Frame(
                        sentence=back,
                        trigger=noun.i,
                        people=tuple(dict.fromkeys([*host, *leaders])),  # "X will host the talks ..."
                        future=_future(noun.head),
                        continuation=False,
                        countries=frozenset(),
                        unnamed_party=False,
                    )
                )
                break
    return sorted([*result, *added], key=lambda f: (f.sentence, f.trigger)) if added else result


def _held_meeting_noun(token: Token) -> bool:
    """A meeting noun told as held: the subject of "was held", "were held", "took place" ("The second round of
    Foreign Office Consultations ... was held")."""
    verb = token.head
    return (
        (
            token.lower_ in MEETING_NOUNS
            or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in MEETING_NOUNS for g in c.children)
                for c in token.children
            )
        )
        and token.dep_ in {"nsubj", "nsubjpass"}
        and told_as_held(verb)
    )


def told_as_held(verb: Token) -> bool:
    """Whether a verb tells its meeting noun happened: "was held", "took place", "occurred"."""
    lemma = verb.lemma_.lower()
    return lemma in {"hold", "happen", "occur"} or (
        lemma == "take" and any(c.lower_ == "place" for c in verb.children)
    )


_SPOUSES = frozenset({"wife", "husband", "spouse"})
_FIRST_SPOUSE = re.compile(r"\bfirst (?:lady|gentleman)\s+$|\bfirst\s+$", re.IGNORECASE)


def _spouse(mention: PersonMention, parsed: Parsed) -> bool:
    """ "his wife Ama", "First Lady Margaret" (named "Lady Margaret" after "First"): a spouse, no office
    holder."""
    if mention.occupation in _SPOUSES:
        return True
    if spouse_named(mention, parsed):
        return True  # "the French President and his wife, Brigitte, had received"
    before = parsed.original[max(0, mention.start - 20) : mention.start]
    return bool(_FIRST_SPOUSE.search(before)) and (
        mention.name.startswith("Lady ") or not before.rstrip().lower().endswith("first")
    )


def _with_group(found: list[Frame], grouped: set[int]) -> list[Frame]:
    """A group's frame and the next frame of its sentence are one meeting: "The ministers met ...: A, B and C met"."""
    result: list[Frame] = []
    for index, frame in enumerate(found):
        previous = index - 1
        if (
            previous in grouped
            and result
            and result[-1].sentence == frame.sentence
            and result[-1].people
            and not set(frame.people) <= set(result[-1].people)  # "... upon their first summit": no one new,
        ):  # maybe another meeting of theirs, for joining to judge
            head = result[-1]
            result[-1] = attrs.evolve(
                head,
                people=tuple(dict.fromkeys((*head.people, *frame.people))),
                countries=head.countries | frame.countries,
            )
            continue
        result.append(frame)
    return result


def _subject_person(subject: Token, sentence: Sentence, cast: Cast) -> Person | None:
    """A person inside a subject phrase: "Secretary of Defense Jim Mattis" parsed with "Secretary" as head.

    A pronoun holds no one: "He [ROOT] as well held talk with X" has the
    whole sentence under it, X too, and "he" is someone named before.
    """
    if subject.pos_ == "PRON":
        return None
    for token in subject.subtree:
        person = cast.person_at(sentence.index, token.i)
        if (
            person is not None
            and not (
                token.head.i == subject.i and _owner_of_someone(token)
            )  # not "Biden" of "Biden's envoy met Xi"
            and not _object_of_a_thing(token, subject)
            and not sent_by(token)  # not "Kishida" of "A special envoy of Prime Minister Kishida, X, called"
        ):
            return person
    return None


def _object_of_a_thing(token: Token, subject: Token) -> bool:
    """Whether a name in a subject phrase is the object of a preposition other than "of" under a noun that is
    no title: "the fight against X was discussed" (X is what is fought), not "Secretary of Defense X"."""
    node = token
    while node.i != subject.i and node.head.i != node.i:
        if (
            node.dep_ == "pobj"
            and node.head.lower_ != "of"
            and node.head.head.lemma_.lower() not in office.HEADS
        ):
            return True
        node = node.head
    return False


def _joined_to_subject(subject: Token, person: Person, sentence: Sentence, cast: Cast) -> list[Person]:
    """The people joined by "and" to the person inside a subject phrase whose head is a title noun."""
    for token in subject.subtree:
        if cast.person_at(sentence.index, token.i) is person:
            joined = [cast.person_at(sentence.index, c.i) for c in token.conjuncts]
            # "The Spanish foreign minister X and Saint Lucian Foreign Minister Y met": the parser may hang
            # the second title and name beside the first, on the title noun
            joined += [
                _subject_person(c, sentence, cast)
                for c in subject.children
                if c.dep_ == "appos"
                and c.i > token.i
                and any(t.lower_ == "and" for t in tokens(sentence.doc)[token.i + 1 : c.left_edge.i])
            ]  # joined by "and"; not "X, successor to President Y": a description, Y no party
            joined += _titled_list_after(token, subject, sentence, cast)
            return list(dict.fromkeys(p for p in joined if p is not None and p is not person))
    return []


def _titled_list_after(first: Token, subject: Token, sentence: Sentence, cast: Cast) -> list[Person]:
    """ "President of the Kyrgyz Republic A, President of Tajikistan B and President of Uzbekistan C will
    attend": titled names listed after the first, each under the last one's "of" as the parser hangs them,
    the list closed by "and"."""
    doc = sentence.doc
    end = subject.right_edge.i
    if not any(t.lower_ == "and" for t in tokens(doc)[first.i + 1 : end + 1]):
        return []
    listed = []
    for t in tokens(doc)[first.i + 1 : end + 1]:
        person = cast.person_at(sentence.index, t.i)
        if person is None or t.dep_ == "compound":
            continue
        if person.title is None or not any(a.i == subject.i for a in t.ancestors):
            return []  # an untitled name, or one outside the phrase: no list of office holders
        listed.append(person)
    return listed


def _listed_as_apposition(subject: Token, sentence: Sentence, cast: Cast) -> list[int]:
    """ "President A, Prime Minister B and President C held talks", parsed as A with "B and C" beside it."""
    found = []
    for child in subject.children:
        if child.dep_ != "appos" or cast.person_at(sentence.index, child.i) is None or not child.conjuncts:
            continue
        found += [p.key for c in (child, *child.conjuncts) if (p := cast.person_at(sentence.index, c.i))]
    return found


def _is_unnamed_office(token: Token, sentence: Sentence, cast: Cast, *, joined: bool = False) -> bool:
    """An office with no name of its own; with ``joined``, a name joined to it by "and" is another side's:
    "The Prime Minister and Taoiseach X met at Stormont"."""
    conjuncts = [c for c in token.children if c.dep_ == "conj"] if joined else []
    others = {
        t.i
        for c in token.children
        if c in conjuncts or (c.dep_ == "appos" and any(j.i < c.i for j in conjuncts))
        for t in c.subtree
    }  # "The Prime Minister and the President of Colombia, X,": the parser hangs X on the first title
    return (
        token.lower_ in office.HEADS
        and token.tag_ not in {"NNS", "NNPS"}
        and cast.person_at(sentence.index, token.i) is None
        and not any(cast.person_at(sentence.index, t.i) for t in token.subtree if t.i not in others)
    )


def _theirs_with_an_office(token: Token, subject: Token | None, people: list[int], told: list[Frame]) -> bool:
    """ "The Prime Minister spoke to X ... The leaders fondly recalled their meeting in September": the two
    told last, one of them an office with no name, are this meeting's too."""
    owners = [c.lower_ for c in token.children if c.dep_ == "poss"]
    plural = owners == ["their"] or (
        not owners and subject is not None and subject.lower_ in _PLURAL_SUBJECTS
    )  # not "the leaders reflected on President X's visit to Washington": X's own
    return (
        plural
        and len(people) == 1
        and bool(told)
        and told[-1].unnamed_party
        and list(told[-1].people) == people
    )


def _unnamed_party(anchor: Token, subject: Token | None, sentence: Sentence, cast: Cast) -> bool:
    """Whether a side of the meeting is an office without a name: "The Prime Minister", "the Secretary"."""
    if subject is not None and _is_unnamed_office(
        subject,
        sentence,
        cast,
        joined=anchor.lemma_.lower() in _RECIPROCAL
        and anchor.i == subject.head.i
        and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in anchor.children),
    ):  # "The Prime Minister and Taoiseach X met at Stormont", "The Prime Minister and the President of
        # Colombia, X, spoke this afternoon": two sides; not "The Prime Minister and Minister of Finance X
        # met business leaders", one man of two titles meeting others
        return True
    for token in anchor.subtree:
        if token.dep_ in {"pobj", "dobj"} and token.head.lower_ in {"with", "to"} | {anchor.lower_}:
            if _is_unnamed_office(token, sentence, cast):
                return True
    return False


GROUP_NOUNS = frozenset(
    {
        "diplomats",
        "ministers",
        "leaders",
        "counterparts",
        "colleagues",  # "held meetings with his colleagues from Azerbaijan and Armenia"
        "officials",
        "envoys",
        "heads",
        "presidents",
        "premiers",
        "representatives",  # "representatives from Belgium, Denmark and Finland attended the meeting"
        "delegations",
    }
)


def _group_of_subjects(subject: Token | None) -> frozenset[str]:
    """The countries of a group subject, with any country the parser split off as a second subject.

    "top diplomats from South Korea, the United States, and Japan convened":
    the parser makes "Japan" a subject of its own beside "diplomats".
    """
    if subject is None:
        return frozenset()
    siblings = [c for c in subject.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subject.head.i == subject.i:
        siblings = [subject]
    group = frozenset().union(*(_group_countries(s) for s in siblings))
    if not group:
        return group
    extra = {found_country(s.text) for s in siblings if s.ent_type_ == "GPE"}
    return group | {c for c in extra if c}


def _subject_key(subjects: list[Token], sentence: Sentence, cast: Cast) -> int | None:
    """The person a clause's subject names, if one."""
    return next(
        (
            p.key
            for s in subjects
            if (p := cast.person_at(sentence.index, s.i) or _subject_person(s, sentence, cast)) is not None
        ),
        None,
    )


def _group_role(group: Token) -> str | None:
    """ "the foreign ministers of ...", "the top diplomats", "his Quad counterparts": the office they hold, if one."""
    if group.lower_ not in GROUP_NOUNS:
        return None
    words = [c.lower_ for c in group.children if c.dep_ in {"amod", "compound"} and c.i < group.i]
    role = office.title_class(" ".join([*words, group.lemma_.lower()]))
    return None if role == "other" else role


def _group_countries(subject: Token) -> frozenset[str]:
    """ "The top diplomats of South Korea, the United States and Japan", "Japanese and Korean leaders": their countries."""
    if subject.lower_ not in GROUP_NOUNS:
        return frozenset()
    words: list[Token] = []
    for child in subject.children:
        if (child.dep_ == "prep" and child.lower_ in {"of", "from"}) or child.dep_ in {
            "amod",
            "compound",
            "nmod",
        }:
            words.extend(t for t in child.subtree)
    codes = set()
    for token in words:
        if token.ent_type_ in {"GPE", "NORP"} and token.ent_iob_ == "B":
            ent = next((e for e in token.doc.ents if e.start == token.i), None)
            code = found_country(ent.text) if ent is not None else None
            if code:
                codes.add(code)
        elif token.dep_ == "conj" and token.pos_ == "PROPN":  # "of Korea, Zimbabwe and Mozambique": the
            code = found.country_named_whole(token.text, "name")  # last one the model's organisation
            if code:
                codes.add(code)
    return frozenset(codes)


def found_country(text: str) -> str | None:
    """The country an entity's words name, without a leading article or possessive."""
    text = text.removeprefix("the ").removesuffix("'s").removesuffix("’s")
    return country_of_words(text)


def _counterparts_named_elsewhere(
    token: Token, anchor: Token, people: list[int], sentence: Sentence, cast: Cast
) -> list[int]:
    """ "X ... during the meeting with his Bangladeshi counterpart": the one Bangladeshi of X's office the story names.

    A counterpart of a country, unnamed here, is the person the text names
    elsewhere with that country and the office of the one whose counterpart
    they are, when there is exactly one such person.
    """
    if len(people) != 1:
        return []
    owner = cast.people[people[0]]
    inside = {t.i for t in anchor.subtree} | {t.i for t in token.subtree}
    found: list[int] = []
    for named in cast.offices:
        country = named.office.country
        if (
            named.sentence != sentence.index
            or named.token not in inside
            or "counterpart" not in named.office.title.lower()
            or country in {None, owner.country}
        ):
            continue
        holders = [p.key for p in cast.people if p.country == country and p.role == owner.role != "other"]
        if len(holders) == 1:
            found.append(holders[0])
    return found


def _counterpart_of(country: str, people: list[int], cast: Cast, role: str | None = None) -> tuple[int, ...]:
    """The one person of a country the story names in the office of the one who met "his counterparts from A
    and B": "... with his colleagues from Azerbaijan and Armenia" ... "Azerbaijani Foreign Minister X"; or in
    the office the group names: "calls from the Presidents of A, B and C" ... "President X of A"."""
    if len(people) != 1 or (role is None and cast.people[people[0]].role == "other"):
        return ()
    role = role or cast.people[people[0]].role
    holders = [p.key for p in cast.people if p.country == country and p.role == role and p.status == "holder"]
    return (holders[0],) if len(holders) == 1 else ()


def _bare_offices_held(token: Token, people: list[int], sentence: Sentence, cast: Cast) -> list[int]:
    """ "a bilateral meeting between the Prime Minister and President X": the story's one prime minister.

    A definite office with no country and no name, between whose parties a
    meeting noun is told, is the one person of that office the story names,
    when they are of another country than those already at it.
    """
    between = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "between"]
    if not between:
        return []
    inside = {t.i for c in between for t in c.subtree}
    met = {c for k in people if (c := cast.people[k].country)}
    found: list[int] = []
    for named in cast.offices:
        office = named.office
        if (
            named.sentence != sentence.index
            or named.token not in inside
            or not named.definite
            or office.country is not None
            or office.organisation is not None
            or office.role == "other"
            or "counterpart" in office.title.lower()
        ):
            continue
        holders = [p.key for p in cast.people if p.role == office.role and p.country not in met]
        if len(holders) == 1:
            found.append(holders[0])
    return found


def _unnamed_countries(anchor: Token, sentence: Sentence, cast: Cast) -> frozenset[str]:
    """Countries of offices named without a person under the trigger: "met the Japanese foreign minister"."""
    codes = set()
    inside = {t.i for t in anchor.subtree}
    for unnamed in cast.offices:
        if unnamed.sentence == sentence.index and unnamed.token in inside and unnamed.office.country:
            codes.add(unnamed.office.country)
    for token in anchor.subtree:  # "received a call from the Saudi side", "talks with a Saudi delegation"
        if (
            token.lower_ in _SIDES
            and token.dep_ == "pobj"
            and token.head.lower_ in {"with", "from"}
            and cast.person_at(sentence.index, token.i) is None
        ):
            codes.update(
                code
                for c in token.children
                if c.dep_ in {"amod", "compound"} and (code := country_of_words(c.text)) is not None
            )
    for token in anchor.children:  # "Islamabad hosted Iranian President X": the host, a state named by its
        # name or seat
        if (
            token.dep_ == "nsubj"
            and anchor.lemma_.lower() in {"host", "receive", "welcome"}
            and token.ent_type_ == "GPE"
            and cast.person_at(sentence.index, token.i) is None
            and _a_guest_received(anchor, sentence, cast)
            and (code := gazetteer.place_country(found.entity_of(token).text)) is not None
        ):
            codes.add(code)
    for token in anchor.children:  # "The Italian ministers met their German counterparts, A and B"
        if (
            token.dep_ == "nsubj"
            and token.tag_ in {"NNS", "NNPS"}
            and (token.lemma_.lower() in office.TITLE_WORDS or token.lower_ in _SIDES_OF_MANY)
            and token.lemma_.lower() not in {"executive", "leader"}
            and cast.person_at(sentence.index, token.i) is None
            and not any(t.lower_ in _NO_STATES or "-" in t.text for t in token.lefts)
        ):  # not "Chinese business leaders", "opposition ministers", "Korean-American officials"
            codes.update(
                code
                for c in token.children
                if c.dep_ in {"amod", "compound", "nmod"} and (code := country_of_words(c.text)) is not None
            )
    return frozenset(codes)


_COUNTERPARTS = frozenset({"counterparts", "colleagues"})
_ONE_OF_SEVERAL = re.compile(r"\b(?:trilateral|multilateral|joint|three-way|quadrilateral)\b", re.IGNORECASE)


def _peers_listed(anchor: Token, sentence: Sentence, cast: Cast) -> list[str]:
    """The countries of unnamed counterparts met or called, in order: "spoke to his counterparts from the US,
    Russia and Oman", "held talks with his Saudi and Omani counterparts"; none when any is named or any word
    of the list is no country, nor for one meeting of them all ("trilateral talks with his American and
    Japanese counterparts")."""
    if _ONE_OF_SEVERAL.search(sentence.text):
        return []
    for token in anchor.subtree:
        if (
            token.lower_ not in _COUNTERPARTS
            or token.dep_ not in {"pobj", "dobj"}
            or not (token.head.lower_ in {"with", "to"} or token.head.i == anchor.i)
            or cast.person_at(sentence.index, token.i) is not None
            or any(c.dep_ == "appos" for c in token.children)  # ", A and B": named
        ):
            continue
        after = [
            g for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "of"} for g in c.children
        ]
        before = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
        first = next(iter(after or before), None)
        if first is None:
            return []
        words = sorted([first, *first.conjuncts], key=lambda w: w.i)
        codes = [
            found.country_of_words(found.entity_of(w).text) or found.country_of_words(w.text) for w in words
        ]
        if None in codes or len(set(codes)) != len(codes):
            return []
        return [c for c in codes if c is not None]
    return []


def _a_guest_received(verb: Token, sentence: Sentence, cast: Cast) -> bool:
    """Whether a verb of receiving has a person for its object, received once: "hosted Iranian President X
    on Saturday"; not "received X's request", "has hosted Hamas leader X for years"."""
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if guest is None or any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lemma_ in _SPANS for g in c.children)
        for c in verb.children
    ):
        return False
    guests = [guest, *(c for c in guest.children if c.dep_ in {"conj", "appos"})]
    return any(  # "hosted the Ukrainian president, X", "received X's envoy and then Emir Y"
        cast.person_at(sentence.index, g.i) is not None and not any(c.dep_ == "case" for c in g.children)
        for g in guests
    )


_SPANS = frozenset({"year", "decade", "month", "week", "time"})  # "has hosted X for years": a stay


_SIDES_OF_MANY = frozenset({"officials", "delegations", "diplomats"})
# words before a group's title that make it no state's side
_NO_STATES = frozenset(
    {
        "business", "industry", "opposition", "religious", "former", "ex", "community", "diaspora", "civil",
        "party", "rebel", "tribal", "student", "youth", "exiled", "dissident", "church", "union", "shadow",
    }
)  # fmt: skip


_SIDES = frozenset({"side", "official", "delegation", "leadership", "government"})  # one country's, unnamed
