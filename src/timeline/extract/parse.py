"""The article parsed: its sentences as spaCy documents, with their offsets in the article.

Each line of the repaired text is parsed on its own (headings, captions and
date lines are lines of their own in real pages, and the model should not
read them into the next sentence); each sentence becomes a document of its
own, so token indices are the sentence's.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from timeline import gazetteer
from timeline.extract.nlp import nlp
from timeline.extract.office import HEADS, INSTITUTIONS, NOT_IN_NAME, STAFF_HEADS
from timeline.extract.normalize import Normalized, normalize

MAX_LINE = 2_000  # characters parsed as one document; longer run-on lines are cut into pieces (see _pieces)


@attrs.frozen(eq=False)
class Sentence:
    """One sentence: its document, its offsets in the repaired text and in the article, its line."""

    index: int
    doc: Doc
    text: str  # the sentence as parsed (repaired text): its document's text, cut from its line
    base: int  # offset of the sentence in the repaired text
    start: int  # offsets in the article
    end: int
    line: int
    heading: bool  # a line with no verb and no final stop: a title, caption or date line
    unstopped: bool  # a line with no final stop, verb or not: "Obama Meets African Leaders"

    @functools.cached_property  # several stages ask every token's small letters: read once
    def lowers(self) -> tuple[str, ...]:
        """Each token's text in small letters (``Token.lower_``), in order."""
        return tuple(token.lower_ for token in tokens(self.doc))

    @functools.cached_property
    def texts(self) -> tuple[str, ...]:
        """Each token's text (``Token.text``), in order."""
        return tuple(token.text for token in tokens(self.doc))

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The sentence's words in small letters: a stage looking for a word skips a sentence without it."""
        return frozenset(self.lowers)


@attrs.frozen(eq=False)
class Parsed:
    """An article's repaired text and its sentences."""

    normalized: Normalized
    sentences: tuple[Sentence, ...]
    original: str

    @functools.cached_property
    def small_words(self) -> frozenset[str]:
        """Every word the text writes in small letters ("discussed"): words that are no names."""
        return frozenset(re.findall(r"\b[a-z][a-z'’-]*", self.normalized.text))

    @functools.cached_property
    def capital_words(self) -> frozenset[str]:
        """Every word the story's own lines (not its headings) write with a capital and then small letters, lowered."""
        return frozenset(
            word.lower()
            for sentence in self.sentences
            if not sentence.unstopped
            for word in re.findall(r"[^\W\d_][\w'’-]*", sentence.text)
            if word[0].isupper() and not word.isupper()
        )


_TOKENS = "timeline_tokens"  # the key of a document's own tuple of tokens in its ``user_data``


def tokens(doc: Doc | Span) -> tuple[Token, ...]:
    """The document's tokens, made once and kept with it (a Span's, made each time it is asked).

    Iterating a Doc or asking ``doc[i]`` makes a new Token object each time;
    the stages walk the same sentence's words again and again, so they walk
    this tuple instead.
    """
    if not isinstance(doc, Doc):
        return tuple(doc)
    found: tuple[Token, ...] | None = doc.user_data.get(_TOKENS)
    if found is None:
        found = doc.user_data[_TOKENS] = tuple(doc)
    return found


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in: itself, or the first verb above it ("held talks": "held";
    "during their meeting": the verb the phrase hangs on); the root when there is none."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


_LAYOUT = "timeline_layout"  # the key of a document's text and its words' character bounds in ``user_data``


def _layout(doc: Doc) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """The document's text, and where each of its words starts and ends in it: made once, kept with it."""
    found: tuple[str, tuple[int, ...], tuple[int, ...]] | None = doc.user_data.get(_LAYOUT)
    if found is None:
        words = tokens(doc)
        starts = tuple(word.idx for word in words)
        # a word's length is its text's (``len(Token)``), read without making the text (``Token.text``)
        ends = tuple(start + len(word) for start, word in zip(starts, words, strict=True))
        found = doc.user_data[_LAYOUT] = (doc.text, starts, ends)
    return found


def span_text(doc: Doc | Span, start: int | None, end: int | None) -> str:
    """``doc[start:end].text``, cut from the document's kept text: no Span is made.

    The rules ask the text of a few words ("is this a country's name?") tens
    of thousands of times an article set; a Span costs its slice's checks and
    its object, and joining its words' texts a string for each. The document's
    text and its words' bounds are read once (``_layout``). The same bounds as a
    slice, the same text: the words with the spaces between them, none after
    ("Prime Minister" of "Prime Minister Modi").
    """
    if not isinstance(doc, Doc):
        return doc[start:end].text  # a Span's own indices
    text, starts, ends = _layout(doc)
    if start is not None and end is not None and 0 <= start < end <= len(starts):
        return text[starts[start] : ends[end - 1]]  # most asked: words inside the sentence, no bound to read
    words = range(len(starts))[start:end]  # the slice's bounds, as a slice of the words takes them
    if not words:
        return ""
    return text[starts[words[0]] : ends[words[-1]]]


_PIECE_END = re.compile(r"[.!?;][\"”’')]*\s+")


def _pieces(line: str) -> list[tuple[int, str]]:
    """A long line in pieces of at most ``MAX_LINE`` characters, cut after a sentence's end where there is one.

    Copying a sentence out of its document costs the document's length, so a
    run-on line of a million characters parsed whole would be quadratic.
    """
    found = []
    start = 0
    while len(line) - start > MAX_LINE:
        window = line[start : start + MAX_LINE]
        ends = [m.end() for m in _PIECE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > MAX_LINE // 4 else MAX_LINE
        found.append((start, line[start : start + cut].rstrip()))
        start += cut
    found.append((start, line[start:]))
    return [(at, piece) for at, piece in found if piece.strip()]


def _lines(text: str) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            found.extend((offset + lead + at, piece) for at, piece in _pieces(stripped))
        offset += len(line) + 1
    return found


_AGENCY_LAST = re.compile(
    r"\d \([A-Za-z .-]{2,30}\)$"  # "Samarkand, 15 September 2022 (TDI)": a date line
    r"|\([^()]*\b(?:19|20)\d\d\)$"  # "Meetings held by X with Y (Paris, 6 November 2017)": a title
)


def parse(text: str) -> Parsed:
    """The article's sentences, parsed by spaCy, line by line.

    Inside ``ahead(texts)`` a text of that batch comes from one spaCy pass
    over the whole batch, made on the first call for any of them.
    """
    for batch in reversed(_BATCHES):
        if (found := batch.take(text)) is not None:
            return found
    [parsed] = parse_all([text])
    return parsed


def parse_all(texts: Sequence[str]) -> list[Parsed]:
    """Several articles parsed in one spaCy pass over all their lines: the same sentences as one by one.

    spaCy's fixed cost is per batch of documents; an article's few lines
    are a small batch, so articles read together share it.
    """
    normalized = [normalize(text) for text in texts]
    lines = [_lines(item.text) for item in normalized]
    docs = iter(nlp().pipe(line for article_lines in lines for _, line in article_lines))
    return [
        _sentences(text, item, article_lines, [next(docs) for _ in article_lines])
        for text, item, article_lines in zip(texts, normalized, lines, strict=True)
    ]


@attrs.define
class _Batch:
    """Texts announced by ``ahead``: parsed together when the first of them is asked for."""

    texts: list[str]
    parsed: dict[str, list[Parsed]] | None = None
    failed: bool = False

    def take(self, text: str) -> Parsed | None:
        """This text's parse, made with the whole batch's; None when it is not in the batch, or used up.

        When the batch cannot be parsed as a whole, each text is parsed on its
        own, so only the text that fails raises.
        """
        if self.failed or text not in self.texts:
            return None
        if self.parsed is None:
            try:
                together = parse_all(self.texts)
            except Exception:  # noqa: BLE001 - which text failed shows when each is parsed alone
                self.failed = True
                return None
            self.parsed = {}
            for each, parsed in zip(self.texts, together, strict=True):
                self.parsed.setdefault(each, []).append(parsed)
        found = self.parsed.get(text)
        return found.pop(0) if found else None


_BATCHES: list[_Batch] = []  # the batches announced by ``ahead`` and not yet closed, innermost last


@contextlib.contextmanager
def ahead(texts: Iterable[str]) -> Iterator[None]:
    """Announce the articles about to be parsed, so that they are parsed in one spaCy pass.

    ``ingest`` reads its articles in chunks; inside this block, ``parse`` of
    any text of the chunk parses the whole chunk the first time and hands out
    the parses after. Nothing is parsed for a text never asked for, and
    nothing stays parsed after the block.
    """
    batch = _Batch(list(texts))
    _BATCHES.append(batch)
    try:
        yield
    finally:
        _BATCHES.remove(batch)


def _sentences(text: str, normalized: Normalized, lines: list[tuple[int, str]], docs: list[Doc]) -> Parsed:
    """One article's sentences, from the documents spaCy made of its lines."""
    sentences: list[Sentence] = []
    for number, ((offset, line), doc) in enumerate(zip(lines, docs, strict=True)):
        if _MODAL.search(line):
            _verbs_taken_for_nouns(doc)
        if '"' in line or "”" in line or "'s " in line or "’s " in line:
            _tellers_misread(doc)
        if ", " in line:
            _titled_misread(doc)
        _doers_misread(doc, normalized.text)
        if _REGNAL_NUMBER.search(line):
            _regnal_misread(doc)
        if _INITIAL_AND_NAME.search(line):
            _initialled_misread(doc)
        unstopped = not re.search(r"[.!?:;\"”’)]$", line) or bool(_AGENCY_LAST.search(line))
        heading = unstopped and not any(t.pos_ in {"VERB", "AUX"} for t in doc)
        for sent in doc.sents:
            # a Doc's and a Span's text join their tokens' texts anew each time they are asked; spaCy keeps
            # every character of the line, so the line's own characters are cut instead
            said = line[sent.start_char : sent.end_char]
            if not said.strip():
                continue
            base = offset + sent.start_char
            whole = sent.start == 0 and sent.end == len(doc)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    # a line of one sentence is its document already: only longer lines' sentences are copied
                    doc=doc if whole else sent.as_doc(),
                    # a copied sentence's document keeps its last word's space
                    text=line if whole else said + sent[-1].whitespace_,
                    base=base,
                    start=normalized.at(base),
                    end=normalized.at(base + len(said) - 1) + 1,
                    line=number,
                    heading=heading,
                    unstopped=unstopped,
                )
            )
    return Parsed(normalized=normalized, sentences=tuple(sentences), original=text)


SAYING = frozenset(
    {"say", "tell", "add", "note", "stress", "explain", "state", "insist", "emphasise", "emphasize"}
)  # the verbs of one who speaks


def _tellers_misread(doc: Doc) -> None:
    """A name the model took for a work's title or a body is a person's, when it says something.

    "\"We have discussed our ties,\" Mevlut Cavusoglu said": after the closing
    mark the model reads "Mevlut Cavusoglu" as a WORK_OF_ART; "Turkey's Mevlut
    Cavusoglu said he discussed": as an ORG. The subject of a verb of saying,
    in capitalised proper nouns, after a closing mark or a country's "'s", and
    no word of a body among them, is the one who said it.
    """

    def teller(ent: Span) -> bool:
        return (
            ent.label_ in {"WORK_OF_ART", "ORG"}
            and _proper_name_shaped(ent)
            and ent.root.dep_ == "nsubj"
            and ent.root.head.lemma_ in SAYING
            and ent.start > 0
            and (
                (ent.label_ == "WORK_OF_ART" and doc[ent.start - 1].text in {'"', "”", ","})
                or (
                    ent.label_ == "ORG"
                    and ent.start >= 2  # noqa: PLR2004 - a country and its "'s"
                    and doc[ent.start - 1].lower_ in {"'s", "’s"}
                    and gazetteer.lookup_country(doc[ent.start - 2].text) is not None
                    and _no_body_named(ent)  # "Turkey's Foreign Ministry said": a body
                )
            )
        )

    _persons_where(doc, teller)


_DEEDS = frozenset(
    {"attend", "meet", "visit", "hold", "receive", "travel", "arrive", "pay", "host", "welcome", "leave"}
)  # what an official does in the news, told of a name the model may read as a body's


def _doers_misread(doc: Doc, text: str) -> None:
    """A name the model took for a body is a person's, when it attends, meets or travels and the story
    writes its last word alone again: "Mevlüt Çavuşoğlu will attend the inauguration ... Çavuşoğlu will
    also meet X" (the model reads "Mevlüt Çavuşoğlu" as an ORG). Two to four capitalised proper nouns, no
    word of a body or a country among them, the subject of one of those verbs, or the one met "with"."""

    def doer(ent: Span) -> bool:
        root = ent.root
        return (
            ent.label_ == "ORG"
            and _proper_name_shaped(ent)
            and (
                (root.dep_ == "nsubj" and root.head.lemma_.lower() in _DEEDS)
                or (  # "Radev met with Klaus Iohannis in the capital ... Iohannis called the meeting"
                    root.dep_ == "pobj"
                    and root.head.lower_ == "with"
                    and root.head.head.lemma_.lower()
                    in {"meet", "talk", "confer", "discussion", "meeting", "conversation"}
                )  # "held a discussion with Hanna Serwaa Tetteh, ... Demeke briefed Tetteh"
            )
            and len(re.findall(rf"\b{re.escape(ent[-1].text)}\b", text)) > 1
            and _no_body_named(ent)
        )

    if any(ent.label_ == "ORG" for ent in doc.ents):
        _persons_where(doc, doer)


def _titled_misread(doc: Doc) -> None:
    """A name the model took for a body is a person's, when a title in small letters is set off after it.

    "Mikhail Mishustin met Saida Mirziyoyeva, aide to the president of
    Uzbekistan": the model reads "Saida Mirziyoyeva" as an ORG. Capitalised
    proper nouns, no word of a body or a country among them, with an office's
    head word written small in apposition ("aide", "minister", "adviser"), are
    the one who holds it.
    """

    def titled(ent: Span) -> bool:
        return (
            ent.label_ == "ORG"
            and _proper_name_shaped(ent)
            and any(
                c.dep_ == "appos" and c.is_lower and (c.lower_ in HEADS or c.lower_ in STAFF_HEADS)
                for c in ent.root.children
            )
            and _no_body_named(ent)
        )

    _persons_where(doc, titled)


REGNAL_NUMERAL = r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})"  # a monarch's number: "II" to "XVIII"
_REGNAL_NUMBER = re.compile(rf"\b{REGNAL_NUMERAL}\b")


def _regnal_misread(doc: Doc) -> None:
    """A monarch's name and number the model took for a body is a person's, when a person is joined to it.

    "Felipe VI and Queen Letizia were received": the model reads "Felipe VI"
    as an ORG. A capitalised name and a regnal number, no word of a body or a
    country among them, joined by "and" to a person named, is one.
    """
    people = {token.i for ent in doc.ents if ent.label_ == "PERSON" for token in ent}

    def regnal(ent: Span) -> bool:
        return (
            ent.label_ != "PERSON"
            and 2 <= len(ent) <= 3  # noqa: PLR2004 - a name or two and the number
            and _REGNAL_NUMBER.fullmatch(ent[-1].text) is not None
            and all(token.pos_ == "PROPN" and token.is_title for token in ent[:-1])
            and _no_body_named(ent)
            and any(
                other.i in people
                for other in (*ent.root.conjuncts, *(c for c in ent.root.children if c.dep_ == "conj"))
            )
        )

    _persons_where(doc, regnal)


_INITIAL_AND_NAME = re.compile(r"\b[A-Z]\. ?[A-Z][a-zà-ž]")


def _initialled_misread(doc: Doc) -> None:
    """A given name's initial and a family name the model took for a body is a person's: "During his visit,
    E. Rinkevics met with ...", "S. Jaishankar met" (read as an ORG); not a body's name after initials ("J.
    P. Morgan Chase"): one or two initials, then one capitalised word, and no body's or country's word."""

    def initialled(ent: Span) -> bool:
        initials = [t for t in ent[:-1] if re.fullmatch(r"[A-Z]\.", t.text)]
        return (
            ent.label_ == "ORG"
            and 2 <= len(ent) <= 3  # noqa: PLR2004 - one or two initials and the family name
            and len(initials) == len(ent) - 1
            and ent[-1].pos_ == "PROPN"
            and ent[-1].text[:1].isupper()
            and ent[-1].text[1:].islower()
            and _no_body_named(ent)
        )

    _persons_where(doc, initialled)


def _proper_name_shaped(ent: Span) -> bool:
    """Two to four capitalised proper nouns: a given name and a family name, or a few more; a hyphen may join
    two of them ("Kassym-Jomart Tokayev")."""
    words = [token for token in ent if token.text != "-"]
    joined = all(
        0 < token.i - ent.start < len(ent) - 1 and not token.nbor(-1).whitespace_ and not token.whitespace_
        for token in ent
        if token.text == "-"
    )
    sized = 2 <= len(words) <= 4  # noqa: PLR2004 - two to four words
    return sized and joined and all(token.pos_ == "PROPN" and token.is_title for token in words)


def _no_body_named(ent: Span) -> bool:
    """No word of a body, an institution or a country among an entity's words."""
    return (
        not NOT_IN_NAME.search(ent.text)
        and not INSTITUTIONS.search(ent.text.lower())
        and not any(gazetteer.lookup_country(token.text) for token in ent)
    )


def _persons_where(doc: Doc, misread: Callable[[Span], bool]) -> None:
    """Relabel as PERSON the document's entities a test finds to be misread people."""
    ents = list(doc.ents)
    changed = [number for number, ent in enumerate(ents) if misread(ent)]
    for number in changed:
        ents[number] = Span(doc, ents[number].start, ents[number].end, label="PERSON")
    if changed:
        doc.ents = ents


_MODAL = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|ought|need|dare)\b"
    r"|\bwon['’]t\b|['’](?:ll|d)\b",
    re.IGNORECASE,
)  # the words the tagger tags MD: a line with none has no noun a modal hangs on


def _verbs_taken_for_nouns(doc: Doc) -> None:
    """A noun that a modal hangs on is the verb the parse made it the head of a clause for.

    "President Zuma will this morning host Zimbabwe's President": the
    tagger read "morning host" as a noun, the parser still gave it "will"
    and a subject; it is tagged a verb again (base form), so the stages
    that read verbs see it. Only the tag and part of speech change.
    """
    for modal in doc:
        if modal.tag_ == "MD" and modal.dep_ == "aux" and (token := modal.head).pos_ == "NOUN":
            token.pos_ = "VERB"
            token.tag_ = "VB"
