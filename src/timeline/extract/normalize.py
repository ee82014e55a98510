"""Text as spaCy's small model reads it best, with a map back to the article's offsets.

Owns the repairs made before parsing: honorifics that the model takes for
names or organisations ("H.E. Mr.", "The Rt Hon", "Amb."), dashes and commas
written without spaces ("(Kyodo)--Japanese", "Vieira,Minister"), and family
names in capitals ("IWAYA Takeshi", which the model does not see as a name).
Each repair is a named rule; the result keeps, for every character, where it
stood in the article, so evidence spans stay the article's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TypeVar

import attrs

from timeline import gazetteer
from timeline.extract import outlets
from timeline.extract.office import HOUSES, ORGANISATIONS, TITLE_WORDS

Pieces = tuple[tuple[int, int, str], ...]  # (start, end, replacement) in the text: a repair of several places
Repair = Callable[[re.Match[str]], str | Pieces | None]
_REPAIRS: list[tuple[re.Pattern[str], Repair, tuple[str, ...]]] = []
# capitals and letters of Latin scripts, accented ones too: datelines "HÀ NỘI", "BOGOTÁ", "SÃO PAULO"
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"  # a regular expression's character range, for the cast's datelines too
_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"


_Mend = TypeVar("_Mend", bound=Repair)


def _repair(pattern: str, flags: int = 0, *, needs: tuple[str, ...] = ()) -> Callable[[_Mend], _Mend]:
    """Register a repair: what the pattern matches is replaced by what the function returns; None leaves the
    words as they are and free for the other repairs (a match that turned out to be no case of it). A repair
    of several places in the match returns them as ``Pieces``, so that the words between keep their offsets.

    ``needs``, when given, are strings one of which every match holds, or the text its look-arounds read: a
    text with none of them is not searched. A pattern that opens on a word boundary or a look-behind is
    tried at every character, which costs more than finding a word; most texts have no case of most repairs.
    """

    def register(function: _Mend) -> _Mend:
        _REPAIRS.append((re.compile(pattern, flags), function, needs))
        return function

    return register


@_repair(
    r"(?<=[a-z]{2})[A-Z][a-z]+(?: (?:\([A-Z][a-z]+\)|[A-Z][a-z]*\.?))+(?<=[a-z])[A-Z][^\n]{0,600}?\s+MORE\b",
    needs=("MORE",),
)
def _name_card(_: re.Match[str]) -> str:
    """ "Vice President Mike PenceMichael (Mike) Richard PenceShort defends ... MORE and ...": a page's card
    of a name (the full name, then headlines, then "MORE") glued into the sentence goes."""
    return ""


@_repair(r"\b[a-z]{5,}(?=([A-Z][a-z]{2,})\b)")
def _glued_name(match: re.Match[str]) -> str | None:
    """ "... the health and food securityJaishankar also spoke to ...": a sentence run into the next on a
    page's copy, where the next opens with a name the text writes on its own elsewhere; a line is put
    between them. Not after a word that leads into a name ("withJapanese", "binSalman", "duringXi")."""
    if match.group(0) in _LEADING_WORDS:
        return None
    name = match.group(1)
    rest = match.string[: match.start()] + " " + match.string[match.end() + len(name) :]
    return match.group(0) + "\n" if re.search(rf"(?<![A-Za-z]){name}\b", rest) else None


# words after which a name goes on the sentence: no sentence ends on them
_LEADING_WORDS = frozenset(
    {
        "about", "after", "against", "along", "among", "before", "behind", "beside", "between", "during",
        "since", "under", "until", "while", "where", "which", "whose", "their", "these", "those", "within",
        "without", "towards", "through", "alongside", "including", "welcomed", "received", "thanked",
        "hosted", "called", "invited", "visited", "joined",
    }
)  # fmt: skip
_GLUED_OPENINGS = ("The", "This", "He", "She", "They", "We", "It", "His", "Her", "Their")


@_repair(rf"(?<=[a-z]{{3}})(?=(?:{'|'.join(_GLUED_OPENINGS)}) [a-z])", needs=_GLUED_OPENINGS)
def _glued_sentence(match: re.Match[str]) -> str:  # noqa: ARG001 - the place is all it needs
    """ "EAM JaishankarThe telephonic conversation took place ...": a caption run into the next sentence
    on a page's copy; a line is put between them (not "JaishankarThe" as a name)."""
    return "\n"


@_repair(
    rf"(?m)^([{CAPITALS}][{_LETTERS} .'’/-]{{1,40}}[{_LETTERS}])(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}))?"
    r"(?:, [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2}(?:, \d{4})?)?(?: \([^)\n]{1,60}\)| /[A-Za-z .-]{2,30}/)?"
    r"\s*(?:—|–|--|-)\s+(?=[A-Z\"“])"
)
def _dateline(match: re.Match[str]) -> str | None:
    """ "HONOLULU, Feb. 13 (Kyodo) -- The top diplomats ...", "WASHINGTON, Aug. 25, 2017 — Defense
    Secretary ...", "DUBAI, United Arab Emirates — U.S. President ...", "ISLAMABAD, AUG 27 /DNA/ – ...": the
    dateline becomes a line of its own.

    A place of three words after the city must be a country, and the city written in capitals: not "On
    Tuesday, Prime Minister Starmer — Britain's new leader — met ...". The city is written in capitals or
    is a place the gazetteer knows.
    """
    city, place = match.group(1), match.group(2)
    if place and len(place.split()) == 3 and not (city.isupper() and gazetteer.lookup_country(place)):
        return match.group(0)
    if not (city.isupper() or gazetteer.place_country(city) or gazetteer.lookup_country(city)):
        return None  # "Iran's Foreign Minister Mohammad- Javad Zarif": a name broken, no place
    head = re.sub(r"\s*(?:—|–|--|-)\s+$", "", match.group(0))
    return head + "\n"


@_repair(
    rf"(?m)^([{CAPITALS}][{CAPITALS} .'’/-]{{1,40}}[{CAPITALS}]|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})"
    r"(, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?:\s+(?=[A-Z\"“])"
)
def _colon_dateline(match: re.Match[str]) -> str | None:
    """ "CAIRO: Egypt said Tuesday ...", "KATHMANDU, Jan 7: Minister ...", "Abu Dhabi: Sheikh X ...": a city
    in capitals or with capitals (and its day) and a colon opening a line is a dateline.

    Not a transcript's speaker ("FOREIGN MINISTER MALCORRA: Thank you", "Blinken: Thank you"): only a place
    the gazetteer knows; the others are left to the speaker's repair.
    """
    if gazetteer.place_country(match.group(1).title()) is None:
        return None
    return match.group(1) + (match.group(2) or "") + "\n"


@_repair(
    r"(?m)^(?:\([^)\n]{1,40}\) ?)?[A-Z][A-Za-z .'’/-]{1,40}[A-Za-z](?: \[[^\]\n]{1,20}\])?, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4})"
    r",? \([A-Za-z ./-]{2,30}\)(?::| [–—-])? (?=[A-Z\"“])"
)
def _agency_dateline(match: re.Match[str]) -> str:
    """ "Tehran, Aug 26 (IANS) Iranian Foreign Minister ...", "Washington [US], April 20 (ANI): ...", "CAIRO, Oct
    29 (NNN-MENA) – Egyptian President ...", "DUSHANBE, 14.09.2023 (NIAT Khovar) – On ...", "Washington DC,
    28 June 2022 (TDI): ...", "Rome, Oct 24, (dpa/GNA) – ...": a line of its own."""
    return match.group(0).rstrip(" :–—-") + "\n"


@_repair(
    r"(?m)^[A-Z][A-Za-z .'’/-]{1,40}[A-Za-z] \[[A-Z][^\]\n]{1,20}\], [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? ?: (?=[A-Z\"“])"
)
def _country_dateline(match: re.Match[str]) -> str:
    """ "New Delhi [India], March 15 : External Affairs Minister ...": a dateline naming its country in
    brackets and its day, on a line of its own."""
    return match.group(0).rstrip(" :") + "\n"


@_repair(
    r"(?m)^[A-Z][A-Za-z .'’/-]{1,40}[A-Za-z], [A-Z][a-z]{2,8}\.? \d{1,2}, [A-Z]{2,6} ?[-–—] ?(?=[A-Z\"“])"
)
def _agency_after_dateline(match: re.Match[str]) -> str:
    """ "Accra, March 27, GNA- President ...": the dateline and the agency after it, a line of their own."""
    return match.group(0).rstrip(" -–—") + "\n"


@_repair(
    r"(?m)^([A-Z][A-Za-z .'’-]{1,40}[a-z]),? ([A-Z][a-z]{2,8}) (\d{1,2}) ?/ ?(\d{4}) ?"
    r"/[A-Z]{2,6}/ ?(?=[A-Z\"“])"
)
def _slashed_dateline(match: re.Match[str]) -> str:
    """ "Addis Ababa February 15/2023 /ENA/Deputy Prime Minister ...": the dateline with its agency between
    slashes, as "Addis Ababa, February 15, 2023", on a line of its own."""
    city, month, day, year = match.groups()
    return f"{city}, {month} {day}, {year}\n"


@_repair(r"(?m)^([A-Z][A-Z .'’/-]{1,40}[A-Z]) \(([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)\):\s+(?=[A-Z\"“])")
def _bracketed_dateline(match: re.Match[str]) -> str:
    """ "KUALA LUMPUR (May 10): At the summit ...": the dateline, as "KUALA LUMPUR, May 10", on a line of its own."""
    return f"{match.group(1)}, {match.group(2)}\n"


@_repair(r"(?m)^([A-Z][\w'’.&]*(?: [A-Z][\w'’.&]*){0,4}) [–—-] ([A-Z]{3,}[A-Z ]{0,20}) [–—-] (?=[A-Z\"“])")
def _outlets_credit(match: re.Match[str]) -> str | None:
    """ "Ammon News - AMONNEWS - His Majesty King Abdullah II and ...": an outlet the table knows, and its
    name again in capitals, before the lead; they go. Not "Reuters - WASHINGTON - ", a dateline."""
    if outlets.of_source(match.group(1)) is None or gazetteer.place_country(match.group(2).title()):
        return None
    return "" if gazetteer.lookup_country(match.group(2).title()) is None else None


@_repair(r"(?m)^([A-Z][A-Z .'’-]{1,40}[A-Z]) \(([^()\n]{2,80}\d[^()\n]{0,20})\) ?[:–—-] ?(?=[A-Z\"“])")
def _outlets_dateline(match: re.Match[str]) -> str | None:
    """ "JEDDAH (UrduPoint / Pakistan Point News - 28th Mar, 2023 ) :His Royal Highness ...": the city in
    capitals is the dateline, a line of its own; the outlets and the day in brackets name no country of the
    story's. Only a place the gazetteer knows."""
    if gazetteer.place_country(match.group(1).title()) is None:
        return None
    return match.group(1) + "\n"


@_repair(r"(?m)^\([A-Z][A-Za-z]+(?:- ?| - )[A-Z][\w .&'-]{1,40}\) (?=[A-Z\"“])")
def _source_tag(match: re.Match[str]) -> str:
    """ "(MENAFN- Swissinfo) Swiss Foreign Minister ...": the aggregator's tag is a line of its own."""
    return match.group(0).rstrip() + "\n"


@_repair(
    r"(?m)^\((?:[A-Z][\w.&'’-]+ ){0,3}(?:Guardian|Times|News|Herald|Post|Express|Tribune|Gleaner|Observer|"
    r"Mail|Star|Sun|Telegraph|Standard|Nation|Chronicle|Independent|Gazette|Daily)\) (?=[A-Z\"“])",
    needs=(") ",),
)
def _papers_credit(match: re.Match[str]) -> str:
    """ "(Trinidad Guardian) Prime Minister X and Y agreed ...": the paper a story is taken from, credited at
    its start, is a line of its own (the model read "Guardian" as a person of the meeting)."""
    return match.group(0).rstrip() + "\n"


@_repair(rf"(?m)^([{CAPITALS}][{CAPITALS} .'’-]{{1,40}}[{CAPITALS}])\. [A-Z]{{3,20}}(?: [–—-])? (?=[A-Z\"“])")
def _stop_dateline(match: re.Match[str]) -> str | None:
    """ "ASTANA. KAZINFORM Head of State X plans ...": the city in capitals and a full stop, then the agency
    in capitals, open the lead: a line of its own (the agency had become a person, "Kazinform Head"). Only
    a place the gazetteer knows."""
    if gazetteer.place_country(match.group(1).title()) is None:
        return None
    return match.group(1) + "\n"


@_repair(
    r" ?[\[(](?:UPDATED?(?: \d{1,2})?|VIDEO|PHOTOS?|WATCH|LIVE|EXCLUSIVE|BREAKING)[\])]",
    needs=("UPDATE", "VIDEO", "PHOTO", "WATCH", "LIVE", "EXCLUSIVE", "BREAKING"),
)
def _editorial_tag(_: re.Match[str]) -> str:
    """ "... receives NATO deputy secretary general [UPDATE]", "(PHOTOS)": an editor's tag on a headline or
    a paragraph tells of the page, not the story (it had become a person, "Update")."""
    return ""


@_repair(r"(?m)\s+[–-]\s+(?:Ảnh|Photo)\s+\d{1,2}\.?[ \t]*$", needs=("Ảnh", "Photo"))
def _photo_number(_: re.Match[str]) -> str:
    """ "PM X holds phone talks with Chinese counterpart - Ảnh 1.": the number a page gives its photo at the
    end of the caption ("Ảnh", photo, on Vietnamese pages) is no name of the counterpart."""
    return "."


@_repair(r"\b(?:Story|Key|Article) Highlights\b:? ?", needs=("Highlights",))
def _highlights_label(_: re.Match[str]) -> str:
    """ "... Convention Centre. Story Highlights Prime Minister X today held ...": a page's label for the
    story's summary is no name (it had become a person meeting the guest)."""
    return "\n"


_NAME_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z.’' -]{0,40}[A-Z][a-z]+)\) [A-Z][a-z]")


@_repair(r"\((?=[A-Z][A-Za-z.’' -]{0,40}[A-Z][a-z]+\) [A-Z][a-z])")
def _opening_insert(_: re.Match[str]) -> str:
    """ "conversation with (US President Barack) Obama": the editor's words of a quotation, read as the
    text's; the brackets go, so that the title and the name are one."""
    return ""


@_repair(r"(?<=[a-z])\)(?= [A-Z][a-z])", needs=(")",))
def _closing_insert(match: re.Match[str]) -> str | None:
    """The closing bracket of ``_opening_insert``'s."""
    opening = match.string.rfind("(", max(0, match.start() - 45), match.start())
    if opening < 0 or _NAME_IN_BRACKETS.match(match.string, opening) is None:
        return None
    return ""


@_repair(r"\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\) (?=([A-Z][a-z]+))", needs=(") ",))
def _bracketed_country(match: re.Match[str]) -> str | None:
    """ "We will host (Turkmen) President X": a country an editor put in brackets before a title is the
    title's; the brackets go."""
    if gazetteer.lookup_country(match.group(1)) is None or match.group(2).lower() not in TITLE_WORDS:
        return None
    return f"{match.group(1)} "


@_repair(
    r"(?m)^(?:During|At|In) (?:the|his|her|a) (?:meeting|talks|conversation|audience)s? with [^,.;\n]{3,90}?"
    r"(?= the (?:Head of State|President|Prime Minister|Premier|King|Emir|Chancellor|Minister)\b"
    r" [a-z]+(?:ed|s)\b)",
    needs=(" with ",),
)
def _opening_phrase_comma(match: re.Match[str]) -> Pieces:
    """ "During the meeting with Russian ambassador X the Head of State noted ...": the comma that ends the
    opening phrase, so that the model does not hang the subject on the name as its title."""
    return ((match.end(), match.end(), ","),)


@_repair(r"\./\.(?=\s|$)", needs=("./.",))
def _end_mark(_: re.Match[str]) -> str:
    """ "... Minister Khairy Jamaluddin./.": the mark a news agency closes its story with is a full stop (the
    model read "Jamaluddin./." as no name)."""
    return ".  "


@_repair(r"(?<=[a-z])\.(?=\()", needs=(".(",))
def _stop_before_bracket(_: re.Match[str]) -> str:
    """ "Minister S Jaishankar.(Photo | Twitter)": a full stop glued to the bracket after it ends the name."""
    return ". "


@_repair(r"(?:(?<=\bon X)|(?<=\bvia X))(?=\.)", needs=("X.",))
def _platform_x(_: re.Match[str]) -> str:
    """ "said in a post on X. He also met Y": the platform's name is no initial of "X. He", a name."""
    return " "


@_repair(r"\s+[—–]\s+(?=[^\n()]{1,60} \(@\w{1,30}\) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b)", needs=("(@",))
def _post_signature(_: re.Match[str]) -> str:
    """ "... at the embassy. pic.twitter.com/Zx9 — Turkish MFA (@MFATurkiye) August 23, 2023": the line an
    embedded post closes with (who posted it, when) is no part of the post's last sentence, where the
    poster's name had joined the meeting."""
    return ".\n"


@_repair(
    r"(?<![\w'‘])[A-Z][a-z]{1,20} ([A-Z][a-z]{1,20}[a-rt-z])['’](?= [A-Z][a-z])", needs=("' ", "’ ")
)
def _letter_mark(match: re.Match[str]) -> Pieces:
    """ "Prime Minister Mohammed Shia' Al Sudani": an apostrophe closing a word of a name is a transliterated
    letter (the model cut the name in two at it), not a quotation's end ("called it 'Hope' Then")."""
    return ((match.end(1), match.end(1) + 1, ""),)


@_repair(r"(?<![\w#])#(?=[A-Z][a-z])", needs=("#",))
def _hashtag(_: re.Match[str]) -> str:
    """ "met the leadership of the #Iraqi #Turkmen Front (#ITF) in #Baghdad": a post's hashtags are its
    words (the model read "#Turkmen Front" as no organisation, and "Front" became a person)."""
    return ""


@_repair(r"(?<=[A-Za-z])[`´](?=s\b)", needs=("`", "´"))
def _grave_apostrophe(_: re.Match[str]) -> str:
    """ "Tanzania`s President": a grave accent typed for the apostrophe of a possessive."""
    return "'"


@_repair(
    r"(?<=['’]s )Amir\b|(?<=\bthe )Amir\b|(?<=\bThe )Amir\b|\bAmir(?= Sheikh\b)"
    r"|^Amir(?=(?:,\s|\s+(?:and|&)\s)(?!an?\s|the\s|who\s)[^\n.]{0,80}$)"
    r"|^Amir(?= (?:[Mm]eets|[Rr]eceives|[Hh]olds|[Hh]osts|[Cc]alls|[Pp]hones|[Ww]elcomes|[Cc]ongratulates)"
    r"\b)",
    re.MULTILINE,
    needs=("Amir",),
)
def _amir(_: re.Match[str]) -> str:
    """ "Kuwait's Amir Sheikh Meshal", "the Amir", a headline's "Amir, British PM hold talks", "Amir meets
    leader of ...": the Gulf's spelling of the title Emir (not the given name, which a family name
    follows)."""
    return "Emir"


_NAME = r"(?:[A-Z][\w'’.-]+ ){0,3}[A-Z][\w'’-]+(?: of (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?"
_STATE = r"(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"  # "Slovakia", "the United States"


_STYLES_IN_A_NAME = frozenset({"prince", "princess", "sheikh", "sheikha", "general", "king", "queen", "emir"})


@_repair(
    r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) "
    r"((?:Foreign |Defen[cs]e |Prime |Finance |Trade )?(?:Ministers?|Presidents?)) "
    rf"({_NAME}) and (?={_NAME}\b)",
    needs=("Minister", "President"),
)
def _demonyms_in_step(match: re.Match[str]) -> str | None:
    """ "Armenian and Azerbaijani Foreign Ministers A and B": each name its own title, with its demonym in
    the order written."""
    first, second, titles, name = match.groups()
    if not all(
        (hits := gazetteer.find_countries(word)) and hits[0].kind == "demonym" and hits[0].end == len(word)
        for word in (first, second)
    ):
        return None
    title = titles.removesuffix("s")  # "Foreign Minister A and B", a title the source left singular too
    return f"{first} {title} {name} and {second} {title} "


@_repair(
    rf"\b(Presidents|Premiers|Kings|Chancellors|Secretaries|Senators|"
    rf"(?:(?:Prime|Foreign|Defen[cs]e|Finance|Trade) )?Ministers) "
    rf"({_NAME})((?:, {_NAME})?,? and )(?={_NAME}\b)",
    needs=("Presidents ", "Premiers ", "Kings ", "Chancellors ", "Ministers ", "Secretaries ", "Senators "),
)
def _plural_title(match: re.Match[str]) -> str:
    """ "Presidents Filipe Nyusi of Mozambique and Emmerson Mnangagwa", "Secretaries A and B": each name gets
    the title, in the singular."""
    title = match.group(1)[:-3] + "y" if match.group(1).endswith("ies") else match.group(1)[:-1]
    names = [match.group(2), *re.findall(rf", ({_NAME})", match.group(3))]
    following = re.match(rf"{_NAME}", match.string[match.end() :])
    if following and any(
        w.lower() in TITLE_WORDS and w.lower() not in _STYLES_IN_A_NAME for w in following.group(0).split()
    ):
        return ", ".join(f"{title} {name}" for name in names) + " and "  # "... and Security Adviser X": the
        # last one titled on its own
    return ", ".join(f"{title} {name}" for name in names) + f" and {title} "


@_repair(
    rf"\b(?:[Tt]he )?((?:Foreign |Defen[cs]e |Prime |Finance |Trade )?(?:Ministers|Presidents)) of "
    rf"({_STATE}), ({_NAME}), and ({_STATE}), (?={_NAME}\b)",
    needs=("Ministers of ", "Presidents of "),
)
def _plural_title_of(match: re.Match[str]) -> str:
    """ "the Foreign Ministers of Ukraine, Pavlo Klimkin, and Slovakia, Miroslav Lajčák": a title each."""
    title, first, name, second = match.group(1)[:-1], match.group(2), match.group(3), match.group(4)
    if not (gazetteer.find_countries(first) and gazetteer.find_countries(second)):
        return match.group(0)
    return f"the {title} of {first}, {name}, and the {title} of {second}, "


@_repair(
    r"\b(?:[Tt]he )?((?:Foreign |Defen[cs]e |Prime )?(?:Ministers|Presidents)) of "
    r"((?:the )?(?:[A-Z][\w'’-]+ ){2,5})and ((?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,4})\b",
    needs=("Ministers of ", "Presidents of "),
)
def _plural_title_of_unpunctuated(match: re.Match[str]) -> str:
    """ "Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon": a title each, before each name."""
    title = match.group(1)[:-1]
    parts = []
    for words in (match.group(2).strip(), match.group(3)):
        hits = gazetteer.find_countries(words)
        lead = len(words) - len(words.removeprefix("the "))
        if not hits or hits[0].start != lead or len(words[hits[0].end :].split()) < 1:
            return match.group(0)
        parts.append(f"{words[:lead]}{words[lead : hits[0].end]}'s {title} {words[hits[0].end :].strip()}")
    return " and ".join(parts)


@_repair(r" \((?:also |better |commonly )?(?:known as|called|formerly|aka) [^()\n]{1,60}\)(?=[ ,.;:])")
def _known_as_aside(_: re.Match[str]) -> str:
    """Another name in brackets goes, and the title meets its holder.

    "the president of the Sahrawi Arab Democratic Republic (also known as
    Western Sahara), Brahim Ghali".
    """
    return ""


@_repair(
    r",? (?:may|May) (?:God|Allah) (?:[a-z]+ ){1,2}(?:Him|him|Her|her)(?:,|(?=[.;]))", needs=("God", "Allah")
)
def _blessing(_: re.Match[str]) -> str:
    """A blessing after a monarch's title goes, and the title meets its verb.

    "His Majesty King Mohammed VI, may God assist Him, received, today ...":
    the formula of a royal court's statements.
    """
    return ""


@_repair(r"\b([Cc]hief|[Cc]ommander)-(of|in)-([Ss]taff|[Cc]hief)\b", needs=("-of-", "-in-"))
def _hyphenated_title(match: re.Match[str]) -> str:
    """ "Ukrainian presidential chief-of-staff Andriy Yermak": the title's words apart, as titles are read."""
    return " ".join(match.groups())


@_repair(r"(?<=[A-Za-z] and )([A-Z][a-z]+) abroad(?=, [A-Z])", needs=(" abroad,",))
def _abroad_in_a_title(match: re.Match[str]) -> str | None:
    """ "Minister of Foreign Affairs, African Cooperation and Moroccans abroad, Nasser Bourita": the
    ministry's last portfolio, its citizens abroad, written with the capital of a title's word."""
    people = match.group(1)
    if not (gazetteer.lookup_country(people) or gazetteer.lookup_country(people.removesuffix("s"))):
        return None
    return f"{people} Abroad"


@_repair(r"(?<=[a-z] )opposite number(s?)\b", needs=("opposite number",))
def _opposite_number(match: re.Match[str]) -> str:
    """ "held talks with his French opposite number Emmanuel Macron": his counterpart, in our word."""
    return f"counterpart{match.group(1)}"


@_repair(r"\b([A-Z][a-z]+) \(([A-Z][A-Za-z]{1,14})\)(?= [a-z]+ )", needs=(") ",))
def _party_after_a_name(match: re.Match[str]) -> str | None:
    """ "Prime Minister of Estonia Kristen Michal (Reform) made his first two official phone calls": a
    party's name or letters in brackets after a name go, so that the name ends where it should; not a
    country's name, which may be the holder's, nor a word the text writes again, a name the story goes on
    to use ("President Joko Widodo (Jokowi) received ... President Jokowi")."""
    word = match.group(2)
    again = re.search(rf"(?<![\w(-]){word}(?![\w)-])", match.string)  # written as a word of its own again,
    if (
        gazetteer.lookup_country(word) is not None
        or word.lower() in ORGANISATIONS  # "of the European Union (EU) for Foreign Affairs"
        or again is not None  # not "the Reform-SDE coalition"
    ):
        return None
    return match.group(1)


@_repair(
    r"\b(?:[Hh]ead|[Cc]hief) of the Pentagon\b|\bPentagon (?:chief|head)\b(?! (?:of|spokes|[a-z]))",
    needs=("Pentagon",),
)
def _pentagon_chief(_: re.Match[str]) -> str:
    """ "the new head of the Pentagon, Pete Hegseth", "Pentagon chief X": the US defence secretary."""
    return "US Secretary of Defense"


@_repair(
    r"\b(?:[Hh]ead|[Cc]hief) of the (?:((?:[A-Z][a-z]+ )?)(Foreign|Defen[cs]e|Finance) Ministry\b"
    r"|Ministry of (Foreign Affairs|Defen[cs]e|Finance)\b(?!['’]))",
    needs=("Ministry",),
)
def _head_of_a_ministry(match: re.Match[str]) -> str:
    """ "The head of the Polish Foreign Ministry will also meet with ...", "the head of the Ministry of
    Foreign Affairs of Ukraine, X": its minister."""
    if match.group(3):
        return f"Minister of {match.group(3)}"
    return f"{match.group(1)}{match.group(2)} Minister"


@_repair(r"\b([A-Z][a-z]{2,20} (?:II|III|IV|VI|VII|VIII))and\b", needs=("Iand",))
def _glued_regnal_number(match: re.Match[str]) -> Pieces:
    """ "King Charles IIIand French President Emmanuel Macron": a monarch's number run into the next word on
    a page's copy gets its space (the model read "Charles IIIand" as one person)."""
    return ((match.end(1), match.end(1), " "),)


@_repair(r"\bPremier of (?:the )?(?:Chinese )?State Council\b(?! of\b)", needs=("State Council",))
def _state_councils_premier(_: re.Match[str]) -> str:
    """ "Premier of the State Council Li Qiang": China's premier, by the body only China's premier heads (the
    model read the body's name into the name)."""
    return "Chinese Premier"


@_repair(
    r"\b[Hh]ead of the ([A-Z][a-z]+ )?Government\b(?!['’]| (?:Office|House|Delegation|Press|Secretariat|"
    r"Department|Agency|Commission|Council|Information|Communication|Spokes)|-)",
    needs=("Government",),
)
def _head_of_the_government(match: re.Match[str]) -> str | None:
    """ "the Head of the Estonian Government, X", "Head of the Government of Estonia X": a head of
    government, so titled where the premier is not always styled Prime Minister (not "the head of the
    Government Office" or "of the Government's delegation", heads of a body or a mission)."""
    demonym = match.group(1) or ""
    hits = gazetteer.find_countries(demonym.strip()) if demonym else []
    if demonym and not (hits and hits[0].kind == "demonym"):
        return None
    return f"{demonym}Head of Government"


@_repair(
    r"\b(met|meets|received|receives|hosted|hosts|discussed|visited), among (?:others|other things),"
    r"(?= [\w\"“])",
    needs=("among other",),
)
def _aside_among_others(match: re.Match[str]) -> str:
    """ "who met, among others, US Treasury Secretary X": the aside goes, the verb meets its object again (the
    model hangs a name set off so on the one before)."""
    return match.group(1)


@_repair(
    r"(?<=[a-z]) [-–](?=[A-Z])((?:[^\n\-–—]|(?<=[A-Za-z])-(?=[A-Za-z])){2,120}?[a-z])[-–](?=[,.;:]| )",
    needs=(" -", " –"),
)
def _names_between_dashes(match: re.Match[str]) -> Pieces:
    """ "with his Brazilian and Paraguayan colleagues -Carlos França and Julio César Arriola-, a statement
    said": dashes written against the words they set off, as commas (the model reads the first dash and
    name as one word). The closing dash goes before a stop or comma, and is a comma before a word."""
    end = match.end()
    closing = "" if match.string[end : end + 1] in {",", ".", ";", ":"} else ","
    return ((match.start(), match.start() + 2, ", "), (end - 1, end, closing))


_PLACE_WORDS = r"(?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_NAME_WORDS = r"(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+"
_PAIRS = re.compile(rf"({_PLACE_WORDS}), ({_NAME_WORDS})")
_PLURAL_TITLES = {
    "counterparts": "counterpart",
    "presidents": "President",
    "prime ministers": "Prime Minister",
    "foreign ministers": "Foreign Minister",
    "defence ministers": "Defence Minister",
    "defense ministers": "Defense Minister",
    "leaders": "leader",
}


@_repair(
    r"\b(counterparts|[Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters|[Dd]efen[cs]e [Mm]inisters|"
    rf"leaders) (?:of|from|in) ((?:{_PLACE_WORDS}, {_NAME_WORDS}[,;] )+and {_PLACE_WORDS}, {_NAME_WORDS})\b",
    needs=(", and ", "; and "),
)
def _pairs_of_country_and_name(match: re.Match[str]) -> Pieces | None:
    """ "with his counterparts in Zimbabwe, X, and Mozambique, Y", "with the Presidents of Peru, X; and
    Canada, Y": each name is its country's. Written out as "his Zimbabwean counterpart X and Mozambican
    counterpart Y", "the Peruvian President X and Canadian President Y", a list the model reads (it read
    "Mozambique, Filipe Nyusi" as one body). Every place must be a country with a demonym, and no name one."""
    pairs = list(_PAIRS.finditer(match.string, match.start(2), match.end(2)))
    codes = [gazetteer.lookup_country(pair.group(1)) for pair in pairs]
    demonyms = [gazetteer.countries()[code].demonyms[:1] if code else () for code in codes]
    if len(pairs) < 2 or not all(demonyms) or any(  # noqa: PLR2004 - a list of two or more
        gazetteer.lookup_country(pair.group(2)) is not None for pair in pairs
    ):
        return None
    title = _PLURAL_TITLES[match.group(1).lower()]
    ends = [match.start(), *(pair.end(2) for pair in pairs[:-1])]  # the names stay where they are
    return tuple(
        (end, pair.start(2), f"{'' if number == 0 else joint}{demonym[0]} {title} ")
        for number, (end, pair, demonym) in enumerate(zip(ends, pairs, demonyms, strict=True))
        for joint in [" and " if number == len(pairs) - 1 else ", "]
    )


@_repair(r"\b(?:Raksha|Videsh) Mantri\b", needs=(" Mantri",))
def _hindi_title(match: re.Match[str]) -> str:
    """ "Raksha Mantri Rajnath Singh": India's releases title their ministers in Hindi; the office in English.

    Not "Pradhan Mantri", which opens the names of schemes ("Pradhan Mantri Awas Yojana") far more often.
    """
    return "Defence Minister" if match.group(0).startswith("Raksha") else "External Affairs Minister"


@_repair(r"\b(?:Lyonchhen|Druk Gyalpo)\b", needs=("Lyonchhen", "Druk Gyalpo"))
def _bhutans_titles(match: re.Match[str]) -> str:
    """ "Mr. Lyonchhen (Dr.) Lotay Tshering", "The Druk Gyalpo of Bhutan": Bhutan's prime minister and king,
    by the titles in Dzongkha its neighbours' releases keep."""
    return "Prime Minister" if match.group(0) == "Lyonchhen" else "King"


@_repair(
    r"\b(Secretary|President|Chairman|Minister|General|leader|chief|Mr|Comrade) To"
    r"(?= [A-Z][a-z]+\b)(?! (?:Visit|Meet|Host|Attend|Travel|Hold|Lead|Join|Address|Discuss|Sign|Be|Seek)\b)",
    needs=(" To ",),
)
def _vietnamese_to(match: re.Match[str]) -> str:
    """ "General Secretary To Lam met ...": the Vietnamese name "Tô" written without its accent, after a
    title, no preposition (which a title is not followed by with a capital)."""
    return f"{match.group(1)} Tô"


@_repair(r"(?<![\w.])Ma\.(?= [A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z])", needs=("Ma. ",))
def _maria_abbreviated(_: re.Match[str]) -> str:
    """ "Secretary Ma. Theresa Lazaro": the Philippine press's "Ma." for Maria, no name of its own."""
    return "Maria"


@_repair(r"\bSec ?Def\b", needs=("SecDef", "Sec Def"))
def _secdef(_: re.Match[str]) -> str:
    """ "we discussed with Sec Def (Austin)": the U.S. Secretary of Defense, as his staff writes him."""
    return "Secretary of Defense"


@_repair(r"\bHR/VP\b|(?<!EU )\bHigh Representative/Vice[- ]President\b", needs=("HR/VP", "/Vice"))
def _high_representative(match: re.Match[str]) -> str:
    """ "HR/VP Borrell will meet ...", "High Representative/Vice President Josep Borrell": the EU's foreign
    policy chief, who is also a Vice-President of the Commission, as the EU's service writes the two; read
    as the higher office, the EU named, whose officer he is."""
    return "EU High Representative"


@_repair(r"\bEAM(?= (?:Dr\.? |Shri )?[A-Z][a-z])", needs=("EAM",))
def _external_affairs_abbreviated(_: re.Match[str]) -> str:
    """ "EAM Jaishankar had also met ...": India's External Affairs Minister, as its press abbreviates him."""
    return "External Affairs Minister"


@_repair(
    r"\bNSA(?= (?:Dr\.? |Shri )?"
    r"(?!(?:Director|Chief|Head|Deputy|Official|Officer|General|Counsel|Gen|Spokes\w*)\b)[A-Z][a-z])",
    needs=("NSA",),
)
def _security_adviser_abbreviated(_: re.Match[str]) -> str:
    """ "raised it with NSA Ajit Doval": a National Security Adviser, as the press of several countries
    abbreviates him before his name (not the agency's "NSA Director X")."""
    return "National Security Adviser"


@_repair(r"\bDFA Secretary(?= [A-Z])(?! General)", needs=("DFA",))
def _foreign_affairs_department(_: re.Match[str]) -> str:
    """ "DFA Secretary Enrique Manalo": the Secretary heading the Department of Foreign Affairs, a foreign
    minister, as the Philippine press writes him."""
    return "Foreign Affairs Secretary"


@_repair(r"(?m)^[A-Z][A-Z.'’ -]+, [A-Z][A-Z.'’,&() -]+(?=:)")
def _speaker_label(match: re.Match[str]) -> str:
    """ "JAMES MARAPE, PRIME MINISTER OF PAPUA NEW GUINEA: We just concluded ...": a transcript's speaker in
    capitals, written as names and titles are (acronyms stay: "US", "PNG")."""

    def word(m: re.Match[str]) -> str:
        text = m.group(0)
        if text in ACRONYMS or not re.search(r"[AEIOUY]", text):
            return text
        return text.lower() if text in {"OF", "THE", "AND", "FOR", "TO"} else text.capitalize()

    return re.sub(r"[A-Z]+", word, match.group(0))


@_repair(
    r"(?m)^(?=[A-Z.'’ -]*\b(?:RT|HON|MR|MRS|MS|DR|MINISTER|SECRETARY|PRESIDENT|PRIME|AMBASSADOR|SENATOR"
    r"|SPEAKER)\b)[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)+(?=:)"
)
def _titled_speaker_label(match: re.Match[str]) -> str | None:
    """ "RT HON WINSTON PETERS: I'd like to welcome ...", "MINISTER PAYNE: Thank you": a transcript's speaker
    in capitals with a style or title and no comma, written as names and titles are. Not a heading ("SUMMARY
    OF REMARKS BY PRIME MINISTER X:", "PRESIDENT AND PRIME MINISTER MEET:"): a label of a few words, none a
    joining one."""
    words = match.group(0).split()
    if len(words) > 6 or _JOINING_WORDS.intersection(words):  # noqa: PLR2004 - a style, a title, a name
        return None
    return _speaker_label(match)


_JOINING_WORDS = frozenset({"OF", "BY", "AND", "FOR", "TO", "WITH", "THE", "ON", "IN", "AT", "MEET", "MEETS"})


@_repair(r"(?m)^(?:Tags|TAGS|Topics|TOPICS|Related [Tt]opics|Keywords)\b:? *[A-Z#][^\n]*(?<![.!?])$")
def _tag_line(_: re.Match[str]) -> str:
    """ "Tags Joe Biden Karine Jean-Pierre Rishi Sunak": a page's list of tags, names run together, is no text."""
    return ""


@_repair(
    r"\b(will|would|to) ((?:next|this) (?:week|month)|on [A-Z][a-z]+day|tomorrow) (host)\b", needs=(" host",)
)
def _time_before_host(match: re.Match[str]) -> str:
    """ "will next week host President X": the model reads "host" there as a noun; the verb goes first ("will
    host next week President X"), the same letters."""
    return f"{match.group(1)} {match.group(3)} {match.group(2)}"


@_repair(r"\bPresident of the (Spanish )?Government\b", needs=("President of the ",))
def _spanish_premier(match: re.Match[str]) -> str:
    """ "Pedro Sánchez, President of the Government of the Kingdom of Spain": Spain's prime minister, as
    English news titles him; the words a title is made of here are no name ("Government")."""
    return f"{match.group(1) or ''}Prime Minister"


@_repair(
    r"\b(received|welcomed|hosted|met),(?= (?:today|yesterday|on|at|in)\b)",
    needs=("received,", "welcomed,", "hosted,", "met,"),
)
def _comma_after_verb(match: re.Match[str]) -> str:
    """ "King Mohammed VI received, today at the Royal Palace in Rabat, Mr. X": the verb meets its adverbs."""
    return match.group(1)


@_repair(r"(?<=\S)(?:--|—|–)(?=\S)", needs=("--", "—", "–"))
def _spaced_dash(_: re.Match[str]) -> str:
    """ "(Kyodo)--Japanese Foreign Minister": a dash between words becomes a spaced one."""
    return " -- "


@_repair(r"\b([1-3]?\d) (st|nd|rd|th)\b(?= ?(?:[.,;]|of\b|[A-Z][a-z]+\b|\d{4}\b|$))", re.MULTILINE)
def _split_ordinal(match: re.Match[str]) -> str:
    """ "on 4 th ." (a page's raised "th" copied with a space): the ordinal day written whole."""
    return match.group(1) + match.group(2)


@_repair(r"(?<=[a-z]): (?=with (?:[A-Z]|the\b))", needs=(": with",))
def _colon_before_with(_: re.Match[str]) -> str:
    """ "held a series of bilateral meetings: with President X, ...": the list goes with the meetings, as
    if no colon stood between."""
    return " "


@_repair(r"(?<=[a-z]) ?,(?=[A-Z][a-z])")
def _spaced_comma(_: re.Match[str]) -> str:
    """ "Mauro Vieira,Minister of Foreign Affairs", "X ,Ghana's Minister": a comma in its place."""
    return ", "


@_repair(r" \([A-Z][A-Za-z]{1,8}\)(?= [A-Z][a-z])")
def _acronym_after_title(match: re.Match[str]) -> str | None:
    """ "Minister of Defense (Menhan) Prabowo Subianto", "the Parliament (Shura) Speaker, X": the office's or
    house's short name in brackets inside the title goes, so the title stands whole before its holder."""
    before = re.search(r"(\w+)$", match.string[max(0, match.start() - 40) : match.start()])
    after = re.match(r" (\w+)", match.string[match.end() : match.end() + 40])
    if before is not None and before.group(1).lower() in TITLE_WORDS | _PORTFOLIO_WORDS:
        return ""
    house = before is not None and before.group(1).lower() in HOUSES
    if house and after is not None and after.group(1).lower() in TITLE_WORDS:
        return ""
    return None


_PORTFOLIO_WORDS = frozenset({"defense", "defence", "finance", "trade", "interior", "economy", "agriculture"})


@_repair(r"(?<=[a-z] [A-Z])\.(?=[A-Z][a-z])")
def _glued_initial(_: re.Match[str]) -> str:
    """ "the Iraqi Prime Minister, Muhammad S.Al-Sudani": a middle initial run on to the family name gets its
    space back."""
    return ". "


@_repair(r"(?<=[a-z]{3})\.(?=[A-Z][a-z]+ )")
def _glued_stop(_: re.Match[str]) -> str:
    """ "... future-oriented ties.According to the ministry, ...": a page that lost the space after its
    stops runs its sentences together."""
    return ". "


@_repair(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?=\d)", needs=("day",))
def _glued_weekday(match: re.Match[str]) -> str:
    """ "received his counterpart on Tuesday26/12/2023": a weekday run on to its date gets its space back."""
    return f"{match.group(0)} "


@_repair(r"\b(Affairs|Defense|Defence|Foreign|Finance|Trade|State) Sec\.(?= [A-Z])", needs=(" Sec.",))
def _secretary_abbreviated(match: re.Match[str]) -> str:
    """ "Philippine Foreign Affairs Sec. Enrique Manalo": the title written out, so its stop ends no sentence."""
    return f"{match.group(1)} Secretary"


@_repair(r"\b(Affairs|Defen[cs]e|Foreign|Finance|Trade|Prime|Deputy) Minster\b", needs=(" Minster",))
def _minister_misspelt(match: re.Match[str]) -> str:
    """ "Australian Foreign Affairs Minster, Penny Wong": a minister, not a cathedral."""
    return f"{match.group(1)} Minister"


@_repair(r"\b([A-Z][a-z]*[a-rt-z])['’](?= (?:[Aa]l|[Ee]l)-[A-Z])", needs=("l-",))
def _transliterated_ayn(match: re.Match[str]) -> str:
    """ "Prime Minister Mohammed Shia' al-Sudani": an apostrophe for a letter ending a given name, which the
    model reads as the end of a name (a plural possessive, "ministers' ", ends in s)."""
    return match.group(1)


@_repair(r"(?<=[A-Za-z.] )['‘ʻ](?=[A-Z][a-z]+\b(?!['’]))", needs=(" '", " ‘", " ʻ"))
def _okina(match: re.Match[str]) -> str | None:
    """ "Tonga's PM, Hon. Dr 'Aisake Eke", "Crown Prince Tupouto'a 'Ulukalala": the glottal stop of a
    Polynesian name, typed as an apostrophe, opens no quotation; the model reads the name whole without it.
    A quotation ("called the talks 'Historic' and ...") closes before its sentence ends, and stays."""
    before = match.string[max(0, match.start() - 40) : match.start()].split()
    if not before or not before[-1][:1].isupper():
        return None  # "said 'President X met ...": a quotation opens after a word of the sentence
    rest = match.string[match.end() : match.end() + 200]
    ending = re.search(r"[.!?](?:\s|$)|\n", rest)
    if re.search(r"[\w.,!?]['’](?![\w])", rest[: ending.start() if ending else len(rest)]):
        return None
    return ""


@_repair(r"\b([A-Z][a-z]+)- (?=([A-Z][a-z]+)\b)", needs=("- ",))
def _name_hyphen(match: re.Match[str]) -> str | None:
    """ "Ahmad Nasser Al-Mohammad Al- Sabah", "Mohammad- Javad Zarif": a space typed after the hyphen inside a
    name (not "Lomuro- Minister of Cabinet Affairs", a dash before a title)."""
    if match.group(2).lower() in TITLE_WORDS:
        return None
    return f"{match.group(1)}-"


@_repair(r"\b([A-Z][a-z]+) [\"“][A-Z][a-z]+[\"”](?= [A-Z][a-z])", needs=(' "', " “"))
def _quoted_nickname(match: re.Match[str]) -> str:
    """'President Ferdinand "Bongbong" Marcos Jr.': the nickname in quotes goes, and the name is whole."""
    return match.group(1)


@_repair(r"(?<=[a-z]), (?=(?:Jr|Sr)\.?(?![\w.]))", needs=(", Jr", ", Sr"))
def _generation_comma(_: re.Match[str]) -> str:
    """ "President Joseph R. Biden, Jr. called X": the generation is the name's, not a subject of its own."""
    return " "


@_repair(
    r"\b(?:Prime|Foreign|Defen[cs]e|Finance|Trade|prime|foreign|defen[cs]e|finance|trade) Min(?:s|is)ter\b"
)
def _misspelt_minister(match: re.Match[str]) -> str:
    """ "visiting British Prime Minster Theresa May": the title's common misspellings."""
    first, second = match.group(0).split(" ", 1)
    return f"{first} {second[0]}inister"


@_repair(
    r"(?:(?<=Secretary)|(?<=Minister)), (?=(?:[A-Z][a-z]+,? (?:and |& )?){1,3}Affairs\b(?! (?:Minister|Secretary)))"
    r"|(?<=\b[Mm]inister) (?:in charge of|responsible for) (?=[A-Za-z])",
    needs=("Affairs", " in charge of ", " responsible for "),
)
def _for_the_portfolio(_: re.Match[str]) -> str:
    """A title's portfolio written another way is "for" it.

    "Cabinet Secretary, Foreign and Diaspora Affairs of Kenya", "Oman's
    minister in charge of foreign affairs", "Minister Responsible for
    Foreign Affairs".
    """
    return " for "


@_repair(r"(?<=[a-z'’]) \([A-Z]{2,6}\)(?=[ ,.;:])", needs=(" (",))
def _acronym_aside(match: re.Match[str]) -> str:
    """An acronym in brackets goes; a country's or a union's stays.

    "Department of National Defense (DND) Secretary Delfin Lorenzana", "the
    ASEAN Foreign Ministers' Meeting (AMM) and" (the model takes some for a
    person); "the European Union (EU) for Foreign Affairs" keeps its EU.
    """
    acronym = match.group(0).strip(" ()")
    if re.match(r" [A-Z][a-z]", match.string[match.end() : match.end() + 3]):
        return ""  # "United Nations (UN) Secretary-General, X": the title meets its organisation
    return match.group(0) if gazetteer.find_countries(acronym) or acronym.lower() in ORGANISATIONS else ""


@_repair(r"\b([A-Z][a-z]{2,})(?=[A-Z][a-z]{2,})")
def _glued_country(match: re.Match[str]) -> str:
    """ "President of the Federative Republic of BrazilLuiz Inacio Lula da Silva": a lost space back after a
    country's name (not "McDonald", "AstraZeneca": no country's)."""
    word = match.group(1)
    return f"{word} " if gazetteer.lookup_country(word) else word


@_repair(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? & (?:the )?[A-Z][a-z]+\b", needs=("&",))
def _ampersand_country(match: re.Match[str]) -> str:
    """ "the Prime Minister of Trinidad & Tobago, X": a country's "and" written out, as the parse knows it."""
    written = match.group(0).replace(" & ", " and ")
    return written if gazetteer.lookup_country(written) else match.group(0)


@_repair(
    r"(?<=[a-zß-öø-ÿ]{3})(?=(?:Defen[cs]e|Foreign|Prime|President|Minister|Secretary|Chancellor|Vice)\b)"
)
def _glued_title(_: re.Match[str]) -> str:
    """ "Foreign Minister Frank-Walter SteinmeierDefence Minister Ursula von der Leyen", "President of Finland
    Sauli NiinistöPrime minister Sanna Marin": a lost comma back."""
    return ", "


@_repair(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=[0-3]?\d\b)",
    needs=tuple(f".{digit}" for digit in range(10)),
)
def _month_point_day(match: re.Match[str]) -> str:
    """ "met on Sept.24 in Tbilisi": a month's short form run into its day, which the model reads as one word;
    a space back."""
    return match.group(0) + " "


_HONORIFIC = (
    r"(?:H\.\s?E\.?|HE(?= (?:Mr|Mrs|Ms|Dr|Sheikh|Sheikha|Prince|[A-Z][a-z]+ [A-Z]))|"  # "HE Antony Blinken"
    r"H E(?= [A-Z])|H H(?= [A-Z])|"  # "H E Sheikh Khalifa", "H H Sheikh Tamim" (a Gulf paper's, no points)
    r"(?:[Tt]he )?(?:First|Second) (?:Lady|Gentleman)(?= [A-Z])|"  # a spouse's style, no office
    r"His Excellency|Her Excellency|Their Excellencies|[Tt]he Rt\.? Hon\.?|Rt\.? Hon\.?|"
    r"(?:[Tt]he )?Most Hon(?:ou?rable|\.)?|"  # Jamaica's prime minister ("The Most Hon Andrew Holness")
    r"His Majesty|Her Majesty|Their Majesties|His Royal Highness|Her Royal Highness|His Highness|Her Highness|"
    r"H\.R\.H\.?|HRH|H\.H\.|HH|"
    r"(?:H\.M\.|HM)(?= (?:King|Queen|Sultan|Emperor|Emir|Amir|Crown Prince)\b)|"  # "HM King Abdullah II" (not
    # "HM Treasury", "HM Government": Britain's departments)
    r"the Honou?rable|The Honou?rable|Honou?rable|(?<=, )honou?rable|Hon\.|[Tt]he Hon\.?|Hon['’]ble|"
    r"(?<=[Tt]he Speaker )Hon(?= [A-Z][\w'’-]+ [A-Z])|(?<=, )Hon(?= [A-Z][\w'’-]+ [A-Z])|"  # "The Speaker
    # Hon Milton Dick", ", Hon Milton Dick": the style without its point (not "Hon Sui Sen", a family name)
    r"Amb\.?|Eng\.|Engr\.?|Monsignor|Msgr\.?|"
    r"Acad\.|Academician(?= [A-Z][\w'’-]+ [A-Z])|Assoc\. Prof\.?|"  # "Prime Minister Acad. Nikolai Denkov"
    r"(?:Lt\.?|Maj\.?|Brig\.?) Gen\.|(?<!Attorney )(?<!Surgeon )(?<!Inspector )Gen\.|Col\.|Capt\.|"
    r"(?:Lt|Maj|Brig) Gen(?= [A-Z])|(?:Gen|Col)(?= [A-Z][\w'’-]+ [A-Z])|"  # a Ugandan or British paper's
    # ranks, no points: "Lt Gen Samuel Okiding", "Gen Jeje Odongo"; not "Gen Nakatani", a given name
    r"(?<!the )(?:Rear |Vice )?Admiral|(?<!the )(?:Lieutenant|Major|Brigadier) General|"
    r"Air (?:Chief )?Marshal|"
    r"Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Madam(?:e)?(?= [A-Z][\w'’-]+ [A-Z])|Dr\.?|Prof\.?|"
    r"Professor(?= [A-Z][\w'’-]+ [A-Z]| (?:[A-Z]\.){1,3} ?[A-Z][a-z])|"  # before a full name ("Professor
    # G.L. Peiris"); "Professor X" alone stays a title
    r"(?:Sir|Dame)(?= [A-Z][\w'’-]+ [A-Z][a-z])|"  # a knight's style before a full name: "Sir Peter Crane"
    r"(?:Lord|Baroness)(?= (?!(?:Chancellor|Mayor|Speaker|President|Privy|Chief|High|Provost|Lieutenant|"
    r"Advocate|Justice|Protector)\b)[A-Z][\w'’-]+\b(?! of\b))|"  # a peer's style before the family name:
    # "Foreign Secretary Lord Cameron" is the Cameron named elsewhere (not "Lord Chancellor X", a title, nor
    # "Lord Ahmad of Wimbledon", a peer's whole name)
    r"(?:Datuk|Dato['’]?) Seri (?:Utama|Panglima|Diraja)|"  # "Dato' Seri Utama Mohamad Hasan"
    r"Datuk Seri|Dato['’]? Seri|Dato['’]? Sri|Datuk|Dato['’]?|Tan Sri|Puan Sri|Tun|Toh Puan|"  # Malaysia
    r"Shri|Smt\.?|"  # India's
    r"Comrade(?= [A-Z][\w'’-]+ [A-Z])|"  # a party's style before a full name: "Comrade Li Keqiang"
    r"Pengiran Muda(?: Mahkota)?|Pengiran Anak(?: Puteri)?|"  # Brunei's princes and princesses
    r"Afioga|Susuga|"  # Samoa's
    r"Ratu(?= [A-Z][\w'’-]+ [A-Z])|"  # Fiji's chiefly style before a full name ("Ratu Inoke Kubuabola")
    r"Samdech(?: Akka Moha Sena Padei)?(?: Techo)?|Lok Chumteav)"  # Cambodia's
)


_STYLE_LAST = re.compile(r"\b(?:Mr|Mrs|Ms|Mme|Dr|Prof)\.?\s*$")


@_repair(r"(?m)(?:^|(?<=[.!?]\s))([A-Z]{3,}(?: [A-Z]{3,})?)(['’]S)(?= [A-Z]?[a-z])", needs=("'S", "’S"))
def _capitalised_countrys(match: re.Match[str]) -> str | None:
    """ "ZIMBABWE'S Special Envoy, Ambassador X, met ...": a paper's lead set in capitals on its first word,
    a country's possessive; written as the story writes the country elsewhere."""
    words = match.group(1).title()
    if gazetteer.lookup_country(words) is None:
        return None
    return words + match.group(2).lower()


@_repair(
    r"(?<=[a-z]) with (?:special |particular )?responsibilit(?:y|ies) for (?:the )?[A-Z][\w'’-]*"
    r"(?:(?: and| of| for| the|,| &)* [A-Z][\w'’-]*)*(?=, [A-Z])",
    needs=("responsibilit",),
)
def _responsibility_for(match: re.Match[str]) -> str | None:
    """ "The Minister for Foreign Affairs and Trade with responsibility for Brexit, Simon Coveney": a brief
    the title carries goes, so that the title stands by its name ("Brexit" was a person, the minister none);
    only after a title's capitalised word."""
    before = match.string[max(0, match.start() - 40) : match.start()].split()
    return "" if before and before[-1][:1].isupper() else None


@_repair(
    rf"(?<![\w.-]){_HONORIFIC}(?:\s+{_HONORIFIC})*"
    r"(?:\s+(?=[A-Z@]|['‘ʻ][A-Z][a-z])"  # a glottal stop may open the name: "Dr 'Aisake Eke"
    r"|(?:(?<=\bDr\.)|(?<=\bMr\.)|(?<=\bMs\.)|(?<=\bMrs\.))(?=[A-Z][a-z]+ [A-Z]))"
)
def _honorific(_: re.Match[str]) -> str:
    """ "H.E. Mr. Fumio Kishida", "HE Antony Blinken" (a Gulf agency's), "The Rt Hon Dominic Raab", "His
    Majesty King Abdullah II", "Datuk Seri Anwar Ibrahim", "Dato Erywan Yusof", "Shri Narendra Modi", "Hon'ble
    Prime Minister X", "Dr.Shirin Sharmin Chaudhury" (no space after the point): honorifics go."""
    return ""


@_repair(
    r"(?<=\bthe )(?:sisterly|brotherly|friendly|fraternal) (?=[A-Z])",
    needs=("sisterly", "brotherly", "friendly", "fraternal"),
)
def _epithet(_: re.Match[str]) -> str:
    """ "President of the sisterly State of Palestine X", "the brotherly Kingdom of Bahrain": an agency's
    epithet for a friendly state goes, so that the state's name and the title are whole."""
    return ""


@_repair(r" ?\[[A-Z][\w.'’ -]{1,60}/[A-Z][\w.'’ -]{1,40}\](?=[ \t]*(?:\n|$))", needs=("/",))
def _credit_in_brackets(_: re.Match[str]) -> str:
    """ "X meets Y in Doha on November 22, 2022 [Amiri Diwan of the State of Qatar/Anadolu Agency]": a photo's
    credit closing its caption, the one who took it and the agency, goes (its words had become a person)."""
    return ""


@_repair(
    r"(?<=[a-z])(?:, (?:(?:far|second from|2nd from|third from) )?(?:left|right|center|centre),"
    r"| \((?:(?:far|second from|2nd from) )?(?:L\.?|R\.?|left|right|center|centre)\))",
    needs=("left", "right", "center", "centre", "L)", "R)", "L.)", "R.)"),
)
def _caption_side(match: re.Match[str]) -> str:
    """ "John Kerry, left, speaks ...", "X (R) shakes hands with Y": where in the photo, not the sentence.

    Only after a name ("moved left, right, and centre" keeps its words).
    """
    before = match.string[: match.start()].rsplit(None, 1)
    return "" if before and before[-1][:1].isupper() else match.group(0)


@_repair(
    r"\b(Force|Forces|Council|Ministry|Agency|Service|Commission|Authority|Office|Committee|Guard) "
    r"\([A-Z][\w-]+\)(?=, )",
    needs=("), ",),
)
def _body_aside(match: re.Match[str]) -> str:
    """ "Minister of Interior and Commander of the Internal Security Force (Lekhwiya), H E Sheikh X": a body's
    other name in brackets between the title and its comma goes, so the title reaches the name."""
    return match.group(1)


_TITLE_WORDS = (
    r"(?:Minister|Secretary|President|Prime|Foreign|Deputy|State|Vice|Ambassador|General|Chairman|Director)"
)


@_repair(
    rf"\b(?:H\.E\. )?(?:Mr|Ms|Mrs|Madam)\.? ([A-Z][\w'’-]+), "
    rf"((?:(?!{_TITLE_WORDS}\b)[A-Z][\w'’-]+ |(?:bin|bint|ibn|al|el|de|da|van|von) ){{0,3}}"
    rf"(?!{_TITLE_WORDS}\b)[A-Z][\w'’-]+)(?=, (?:[A-Z][a-z]+ )*{_TITLE_WORDS}\b)",
    needs=("Mr", "Ms", "Madam"),
)
def _family_comma_given(match: re.Match[str]) -> str:
    """ "Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs": "Sergey Viktorovich Lavrov, Minister ..."."""
    return f"{match.group(2)} {match.group(1)}"


@_repair(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
def _spaces(_: re.Match[str]) -> str:
    """ "Foreign Affairs  Ane Lone Bagger": a run of spaces inside a line is one (the model makes a token of it)."""
    return " "


@_repair(
    r"\b(?<=published under the )(\d{4} to \d{4}) ([A-Z][a-z]+) (?:Conservative|Labour) government\b",
    needs=("published under the ",),
)
def _government_of(match: re.Match[str]) -> str:
    """ "published under the 2019 to 2022 Johnson Conservative government" (a GOV.UK page's note): the
    government of Prime Minister Johnson, whom the page calls "the Prime Minister"."""
    return f"{match.group(1)} government of Prime Minister {match.group(2)}"


@_repair(
    r"\b(?:(?<=\b(?:his|her|its|and) )|(?<=\bwith ))([A-Z][a-z]+) colleague(s?)\b", needs=(" colleague",)
)
def _colleague(match: re.Match[str]) -> str:
    """ "his Moldovan colleague Nicu Popescu", "with Iranian Foreign Minister A and Turkish colleague B": a
    minister's foreign colleague is his counterpart (not "his cabinet colleague")."""
    if not gazetteer.find_countries(match.group(1)):
        return match.group(0)
    return f"{match.group(1)} counterpart{match.group(2)}"


@_repair(
    r"\b(?:[Tt]he )?[Hh]ead of ((?:the )?[A-Z][\w.-]+) diplomacy\b"
    r"|(?<!\b[Aa] )\b[Tt]op ((?:[A-Z][\w.-]+ )?)diplomat\b(?!s| (?:in|for|at|to|on)\b)"
    r"|(?<!\b[Aa] )\b[Cc]hief diplomat\b(?!s| (?:in|for|at|to|on)\b)"
    r"|\b([A-Z][\w.-]+) diplomacy chief\b",
    needs=("diploma",),  # "diplomacy", "diplomat"
)
def _top_diplomat(match: re.Match[str]) -> str:
    """A country's top diplomat is its foreign minister.

    "Radosław Sikorski, the head of Polish diplomacy", "Russia's top
    diplomat Sergei Lavrov", "top U.S. diplomat Antony Blinken", "Turkish
    diplomacy chief Mevlut Cavusoglu"; the top diplomats of several
    countries are a group, read where meetings are.
    """
    whose = match.group(1) or match.group(3) or (match.group(2) or "").strip() or None
    if whose is not None and not (gazetteer.find_countries(whose) or whose.rstrip(".") == "EU"):
        return match.group(0)  # "head of Catalan diplomacy", "the top Kremlin diplomat": no country's
    if whose is not None:
        the = match.group(0)[: len("the ")] if match.group(0).lower().startswith("the ") else ""
        return f"{the}{whose} Foreign Minister"
    return f"{match.group(2) or ''}Foreign Minister"


@_repair(r"(?<=[a-z]),? (?:MP|MEP|QC|KC)\b(?! [A-Z])", needs=(" MP", " MEP", " QC", " KC"))
def _member_of_parliament(_: re.Match[str]) -> str:
    """ "Dominic Raab MP", "Anthony Albanese, MP, Prime Minister": the letters after a name go."""
    return ""


@_repair(r"(?<![\w.])(?:[A-Z]|Kh|Ts|Ch|Sh|Zh)\.(?=[A-Z][a-z]{2,})")
def _initial_run_on(match: re.Match[str]) -> str:
    """ "Mongolian President B.Batbayar", "President of Mongolia Kh.Battulga": an initial written against the
    name (Mongolia's way of writing a father's name, one letter or a Cyrillic letter's two) gets its space, so
    the model reads a name; a two-letter initial loses its point, which the model would read as a sentence's
    end."""
    initial = match.group(0).removesuffix(".")
    return f"{initial}. " if len(initial) == 1 else f"{initial} "


@_repair(r"\[(?=[A-Z][^\[\]\n]{0,100}\])", needs=("[",))
def _opening_bracket(_: re.Match[str]) -> str:
    """ "my Polish [Minister of Foreign Affairs, X]", "My colleague [Vice-President A] B": words an editor
    put in square brackets are read as the sentence's own; the brackets go (their closing one below)."""
    return ""


@_repair(r"(?<=[\w.])\]", needs=("[",))
def _closing_bracket(match: re.Match[str]) -> str | None:
    """The closing bracket of words an editor put in: the line's last "[" before it opens on a capital."""
    text, end = match.string, match.start()
    opening = text.rfind("[", text.rfind("\n", 0, end) + 1, end)
    if opening < 0 or "]" in text[opening:end] or not text[opening + 1 : opening + 2].isupper():
        return None
    return ""


@_repair(r"(?<=[^\n])\n(?=[^\n])")
def _hard_wrap(match: re.Match[str]) -> str:
    """A line break inside a hard-wrapped paragraph is a space.

    "... a meeting in Baku with his\nTurkish and Georgian counterparts": wire
    copy wrapped at a fixed width. Headlines, captions and lists keep their
    lines. Repairs all match the text as it came, so none sees a joined line.
    """
    at, text = match.start(), match.string
    runs_on = (
        at in _wrap_points(text)
        or _MID_SENTENCE.search(text, max(0, at - 12), at) is not None
        or (text[at + 1 : at + 2].islower() and text[at - 1 : at].isalpha())  # "The Ministers will also\n
        # discuss regional issues": no sentence opens in small letters
    )
    return " " if runs_on else "\n"


@_repair(r"(?<=[^\n])\n\n(?=[^\n])")
def _double_spaced_wrap(match: re.Match[str]) -> str | None:
    """A blank line between the lines of a paragraph wrapped at a width and double-spaced is a space:
    "... received and held a\n\nmeeting at State House Entebbe with his South Sudan counterpart, Mr.\n\nSalva
    Kiir." (a page that put a blank line after every line of the wire's copy)."""
    return " " if match.start() in _double_spaced_points(match.string) else None


@functools.lru_cache(maxsize=4)
def _double_spaced_points(text: str) -> frozenset[int]:
    """The offsets of the blank lines inside a double-spaced wrapped paragraph: runs of one-line paragraphs
    that read as the lines of one wrapped paragraph (``_wrapped``)."""
    points: set[int] = set()
    lines: list[str] = []
    ends: list[int] = []  # where each line's blank line begins
    offset = 0
    for paragraph in [*text.split("\n\n"), "\n"]:  # a last one of two lines ends the last run
        if "\n" in paragraph or not paragraph:
            first = 0
            for run in _runs_of_lines(lines):  # cut as a paragraph's lines are
                if len(run) > 2 and _wrapped(run):  # noqa: PLR2004 - a wrap needs lines enough to show
                    points.update(ends[first : first + len(run) - 1])
                first += len(run)
            lines, ends = [], []
        else:
            lines.append(paragraph)
            ends.append(offset + len(paragraph))
        offset += len(paragraph) + 2
    return frozenset(points)


# a line that stops on a word no sentence or heading ends on: "Peters will host Minister Wang for a\nbilateral
# meeting", the rest of a wrapped paragraph of lines too short to show their width
_MID_SENTENCE = re.compile(r"(?<![\w'’-])(?:a|an|the|of|for|to|with|and|by|from|his|her|their|its)$")


@functools.lru_cache(maxsize=4)
def _wrap_points(text: str) -> frozenset[int]:
    """The offsets of the line breaks inside the text's hard-wrapped paragraphs, the text read once."""
    points: set[int] = set()
    offset = 0
    for paragraph in text.split("\n\n"):
        position = offset
        for lines in _runs_of_lines(paragraph.split("\n")):
            if len(lines) > 2 and _wrapped(lines):  # noqa: PLR2004 - a wrap needs lines enough to show
                for line in lines[:-1]:
                    points.add(position + len(line))
                    position += len(line) + 1
                position += len(lines[-1]) + 1
            else:
                position += sum(len(line) + 1 for line in lines)
        offset += len(paragraph) + 2
    return frozenset(points)


_SHORT_LINE = 40


def _runs_of_lines(lines: list[str]) -> list[list[str]]:
    """A paragraph's lines in runs each ended by a short line: a page whose blank lines were lost ("ID :",
    "81597", a headline, a dateline, then the story wrapped at a width) holds its wrapped story in a run of
    its own."""
    runs: list[list[str]] = [[]]
    for line in lines:
        runs[-1].append(line)
        if len(line) < _SHORT_LINE:
            runs.append([])
    return [run for run in runs if run]


def _wrapped(lines: list[str]) -> bool:
    """Whether a paragraph's lines were wrapped at a width: the lines that stop mid-sentence (half of those
    before the last at least) are of about one length, and one line at least runs on in small letters."""
    body = lines[:-1]
    open_ended = [len(line) for line in body if not _CLOSED.search(line)]
    if len(open_ended) < 2 or 2 * len(open_ended) < len(body) or max(len(line) for line in body) > 95:
        return False  # a paragraph's last line, closed, may be short: "Burchuladze."
    runs_on = any(after[:1].islower() for after in lines[1:])
    return runs_on and min(open_ended) >= 40 and max(open_ended) - min(open_ended) <= 30


_CLOSED = re.compile(r"[.!?:\"”’)]\s*$")


_CAPS_FAMILY = re.compile(
    r"\b([A-Z]{2,})(?:-([A-Z]{2,}))? (?=[A-Z][a-z])"
    r"|(?<=[a-z] )(?<![Tt]he )(?<!\bof )(?<!\bat )(?<!\bin )(?<!\bon )(?<!\bfor )(?<!\bfrom )(?<!\bto )"
    r"(?<!\bduring )([A-Z]{3,})\b(?![.'’-]?[A-Z])"
)  # not after "the": "the MEA said" is an acronym; nor after a word of place or time: "the sidelines of
# CHOGM"
ACRONYMS = frozenset(
    [
        "CEO",  # a company's or a body's head: "president and CEO of the Center for ..."
        "NATO",
        "ASEAN",
        "APEC",
        "OSCE",
        "OECD",
        "UN",
        "EU",
        "US",
        "USA",
        "UK",
        "UAE",
        "ROK",
        "DPRK",
        "PRC",
        "AU",
        "WHO",
        "IMF",
        "CNN",
        "BBC",
        "NHK",
        "TV",
        "VOA",
        "AP",
        "AFP",
        "MOFA",
        "NSC",
        "DOD",
        "PM",
        "FM",
        "EAM",
        "NSA",
        "DFA",
        "GMT",
        "JST",
        "OPEC",
        "BRICS",
        "SCO",
        "CSTO",
        "ECOWAS",
        "SADC",
        "IAEA",
        "WTO",
        "ICC",
        "PLA",
    ]
)


_NOT_A_NAME_BEFORE = re.compile(r"(?:\d[.:]\d\d|\b[ap]\.?m\.?|\b[Tt]he|\d(?:st|nd|rd|th))\s+$")


def _caps_family(match: re.Match[str]) -> str:
    """ "IWAYA Takeshi", "PARK Jin": a family name in capitals is written as a name."""
    word = match.group(0)
    if any(part in ACRONYMS or part in outlets.table().by_name for part in re.findall(r"[A-Z]+", word)):
        return word  # "NATO", "Speaking to ANI, ...": an acronym, an outlet's
    if len(word.strip()) <= 3 and word.strip().lower() in TITLE_WORDS:  # noqa: PLR2004 - letters, no word
        return word  # "MEP Victor X", "CEO Y": a title's letters, not a family name
    if _NOT_A_NAME_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return word  # "at 11.30 pm IST": a time zone; "the 18th IISS Manama Dialogue": an acronym
    following = re.match(r"[A-Za-z-]+", match.string[match.end() :])
    if following and following.group(0).lower() in TITLE_WORDS:
        return word  # "UNDP Administrator X", "ECOWAS Commission President Y": a body's name before a title
    first = word.split()[0]
    if (
        not re.search(r"[AEIOUY]", first)
        or (
            len(first) == 2  # noqa: PLR2004
            and not re.fullmatch(r"[^AEIOU][AEIOUY]|NG", first)
            and re.match(r"[A-Z][a-z'’-]+ [A-Z][a-z]", match.string[match.end() :])
        )
        or re.fullmatch(r"[IVX]+", word.strip().split()[-1])
    ):
        return word  # "JD Vance", "AK Abdul Momen" (two names after): initials; not "LI Qiang", "OH Joon",
        # "AN Myong-hun"; "Charles III": a numeral
    return re.sub(r"[A-Z]{2,}", lambda m: m.group(0).capitalize(), word)


@attrs.frozen
class Normalized:
    """The repaired text and, for each of its characters, the offset it came from in the article."""

    text: str
    origin: tuple[int, ...]
    family_first: frozenset[int]  # article offsets of family names written in capitals before the given name
    honoured: frozenset[int] = frozenset()  # article offsets of the words an honorific stood before
    styled: frozenset[int] = frozenset()  # those of them a person's style stood before: "Mr", "Dr", "Prof"

    def at(self, offset: int) -> int:
        """The article offset of a character of the repaired text (its end maps to the article's end)."""
        if offset >= len(self.origin):
            return self.origin[-1] + 1 if self.origin else 0
        return self.origin[offset]


def normalize(text: str) -> Normalized:
    """The article text repaired for parsing, with the map back to its offsets."""
    pieces: list[tuple[int, int, str]] = []
    honoured: set[int] = set()
    styled: set[int] = set()
    for pattern, repair, needs in _REPAIRS:
        if needs and not any(word in text for word in needs):
            continue  # no match possible: none of the words every match holds
        for m in pattern.finditer(text):
            replacement = repair(m)
            if replacement is None:
                continue  # no case of this repair: the words are left to the others
            if isinstance(replacement, tuple):
                pieces.extend(replacement)  # the words between the places it mends keep their offsets
                continue
            pieces.append((m.start(), m.end(), replacement))
            if repair is _honorific:
                honoured.add(m.end())  # "The Honourable Hu'akavameiliku met ...": a person, titled or not
                if _STYLE_LAST.search(m.group(0)):
                    styled.add(m.end())  # "Prof Okafor": one word after it is a name too
    family_first: set[int] = set()
    for match in _CAPS_FAMILY.finditer(text):
        fixed = _caps_family(match)
        if fixed != match.group(0):
            pieces.append((match.start(), match.end(), fixed))
            if match.group(1):
                family_first.add(match.start())
    pieces.sort(key=lambda piece: (piece[0], -piece[1]))
    out: list[str] = []
    origin: list[int] = []
    position = 0
    for start, end, replacement in pieces:
        if start < position:
            continue  # overlaps an earlier repair
        out.append(text[position:start])
        origin.extend(range(position, start))
        out.append(replacement)
        if len(replacement) == end - start:
            origin.extend(range(start, end))
        else:
            origin.extend([start] * len(replacement))
        position = end
    out.append(text[position:])
    origin.extend(range(position, len(text)))
    return Normalized(
        text="".join(out),
        origin=tuple(origin),
        family_first=frozenset(family_first),
        honoured=frozenset(honoured),
        styled=frozenset(styled),
    )
