"""People in one article: finding officials, their titles, countries and names.

Owns the mention rules ("Japanese Foreign Minister Yoko Kamikawa", "Foreign
Minister Park Jin of South Korea", "Mr. IWAYA Takeshi, Minister for Foreign
Affairs of Japan", "his Chinese counterpart Wang Yi", "Japan's Yoshimasa
Hayashi"), the qualifiers that change what a title means (former, then-,
acting, -elect), and the grouping of every written form of a name in the
article ("Minister Iwaya", "Iwaya", "IWAYA Takeshi") into one person.
People are found from the text only; no list of people's names exists here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

import attrs

from timeline import gazetteer, timex
from timeline.text import any_phrase

_LOWER = "a-zà-öø-ÿāēīōūăĕĭŏŭ"
_CAP = rf"[A-ZÀ-ÖØ-Þ][{_LOWER}'’]*[{_LOWER}](?:-[A-Za-z][{_LOWER}]+)*"
_UPPER = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_INITIAL = r"[A-Z]\."
_PARTICLE = r"(?:de|van|von|der|den|al|el|bin|ibn|abu|arap|da|dos|du|le|la|di|del|ter|ten)"
NAME_RE = re.compile(
    rf"(?<![\w.'’-])(?:{_INITIAL} )?(?:{_CAP}|{_UPPER})(?:(?: {_INITIAL})? (?:{_PARTICLE} ){{0,2}}(?:{_CAP}|{_UPPER})){{0,7}}(?![\w-])"
)
QUALIFIERS = {
    "former": "former",
    "ex-": "former",
    "then-": "former-then",
    "then": "former-then",
    "late": "former",
    "outgoing": "holder",
    "acting": "acting",
    "interim": "acting",
    "incoming": "designate",
    "designate": "designate",
    "nominee": "designate",
    "elect": "designate",
    "new": "holder",
}

# Capitalised words that are never part of a person's name.
_NOT_NAME = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "Of",
        "And",
        "But",
        "Or",
        "As",
        "After",
        "Before",
        "During",
        "Since",
        "Until",
        "While",
        "When",
        "Where",
        "Who",
        "What",
        "Which",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "Your",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Mr.",
        "Dr.",
        "Minister",
        "Ministers",
        "Ministry",
        "Foreign",
        "Secretary",
        "Secretaries",
        "State",
        "States",
        "President",
        "Presidents",
        "Prime",
        "Premier",
        "Chancellor",
        "Vice",
        "Deputy",
        "Acting",
        "Former",
        "Then",
        "Incoming",
        "Outgoing",
        "Interim",
        "New",
        "Late",
        "Defence",
        "Defense",
        "Finance",
        "Trade",
        "Treasury",
        "National",
        "Security",
        "Adviser",
        "Advisor",
        "Ambassador",
        "Senator",
        "Governor",
        "Mayor",
        "King",
        "Queen",
        "Emperor",
        "Crown",
        "Prince",
        "Princess",
        "Sheikh",
        "Emir",
        "Sultan",
        "Honorable",
        "Excellency",
        "H.E.",
        "Affairs",
        "External",
        "Home",
        "Office",
        "Department",
        "Council",
        "Commission",
        "Committee",
        "Assembly",
        "General",
        "Summit",
        "Forum",
        "Meeting",
        "Meetings",
        "Conference",
        "Talks",
        "Dialogue",
        "Group",
        "Party",
        "Union",
        "Nations",
        "United",
        "Republic",
        "Kingdom",
        "People",
        "People's",
        "Democratic",
        "Federal",
        "Federation",
        "Central",
        "Political",
        "Bureau",
        "Communist",
        "Member",
        "Director",
        "Chief",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Staff",
        "House",
        "White",
        "Great",
        "Hall",
        "Palace",
        "Guest",
        "Guesthouse",
        "Center",
        "Centre",
        "University",
        "Institute",
        "Agency",
        "News",
        "Press",
        "Times",
        "Post",
        "Reuters",
        "Xinhua",
        "Yonhap",
        "Kyodo",
        "AP",
        "AFP",
        "Wire",
        "Desk",
        "Asia",
        "Pacific",
        "Economic",
        "Cooperation",
        "Indo-Pacific",
        "East",
        "West",
        "North",
        "South",
        "Middle",
        "Sea",
        "Seas",
        "Strait",
        "Peninsula",
        "Island",
        "Islands",
        "Region",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "G7",
        "G20",
        "Quad",
        "APEC",
        "ASEAN",
        "NATO",
        "EU",
        "UN",
        "U.N.",
        "U.S.",
        "UK",
        "US",
        "Alliance",
        "Treaty",
        "Act",
        "Law",
        "Strategy",
        "Initiative",
        "Plan",
        "Day",
        "Senate",
        "Congress",
        "Parliament",
        "Cabinet",
        "Government",
        "Administration",
        "Embassy",
        "Consulate",
        "Station",
        "Power",
        "Nuclear",
        "Mission",
        "Leaders",
        "Leader",
        "Top",
        "Diplomat",
        "Diplomats",
        "Officials",
        "Official",
        "Sources",
        "Analysts",
        "Critics",
        "Officers",
        "Statement",
        "Readout",
        "Overview",
        "Following",
        "According",
        "Additionally",
        "However",
        "Meanwhile",
        "Also",
        "Both",
        "Neither",
        "Earlier",
        "Later",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Tonight",
        "Regarding",
        "Lawmakers",
        "Republican",
        "Democrat",
        "Democrats",
        "Republicans",
        "Conservative",
        "Labour",
        "Liberal",
        "Representatives",
        "Lords",
        "Commons",
        "Security",
        "Council",
        "Olympic",
        "Olympics",
        "Games",
        "Honorable",
        "Secretary-General",
        "Commissioner",
        "Envoy",
        "Special",
        "Representative",
        "Speaker",
        "Vice-President",
        "Admiral",
        "General",
        "Army",
        "Navy",
        "Air",
        "Force",
        "Forces",
        "Military",
        "Troops",
        "Coast",
        "Guard",
        "Room",
        "Oval",
        "Capitol",
        "Hill",
        "Street",
        "Avenue",
        "Road",
        "Square",
    ]
)
_TITLE_WORDS = sorted(gazetteer.TITLES, key=len, reverse=True)
TITLE_RE = any_phrase(t for t in _TITLE_WORDS if t not in {"secretary", "minister"})  # any letter case
_TITLE = re.compile(rf"\b{any_phrase(_TITLE_WORDS)}\b")


@attrs.frozen
class Title:
    """An office as one mention gives it."""

    text: str
    role: str
    country: str | None
    status: str  # holder | acting | former | former-then | designate
    start: int


@attrs.define(eq=False)
class Person:
    """One person of an article, with every mention and title found for them."""

    tokens: tuple[str, ...]
    family_first: bool = False
    country: str | None = None
    titles: list[Title] = attrs.field(factory=list)
    mentions: list[tuple[int, int]] = attrs.field(factory=list)
    cued: bool = False
    surname_seen: bool = False
    host: bool = False
    listed: bool = False

    @property
    def key(self) -> str:
        """Accent-, case- and hyphen-insensitive key of the full name."""
        return name_key(" ".join(self.tokens))

    @property
    def family(self) -> str:
        """The family name as written."""
        return self.tokens[0] if self.family_first else self.tokens[-1]

    def family_name(self) -> str | None:
        """The family name when the text shows which it is (capitals, or a surname used alone)."""
        if len(self.tokens) < 2:
            return None
        if self.family_first:
            return _title_case(self.tokens[0])
        return _title_case(self.tokens[-1]) if self.surname_seen else None

    def display(self) -> str:
        """The name as English-language news writes it."""
        tokens = [_title_case(t) for t in self.tokens]
        if self.family_first and self.country == "JP" and len(tokens) >= 2:
            tokens = [*tokens[1:], tokens[0]]
        return " ".join(tokens)

    def best_title(self, at_start: int | None = None, near: tuple[int, int] | None = None) -> Title | None:
        """The title that says most about the office held when this text speaks.

        A title whose qualifier denies holding (former, nominee) is ignored;
        a "then-" title counts for the past meeting it qualifies
        (``at_start`` inside it). Among the rest the highest office class wins.
        """
        usable = [
            t
            for t in self.titles
            if t.status in {"holder", "acting"} or (t.status == "former-then" and at_start is not None)
        ]
        if not usable:
            return None
        order = {role: rank for rank, role in enumerate(ROLE_ORDER)}
        if near is not None:
            close = [t for t in usable if near[0] <= t.start <= near[1] and t.role != "other"]
            usable = close or usable
        return min(usable, key=lambda t: (order.get(t.role, 99), t.start))


ROLE_ORDER = (
    "head of state",
    "head of government",
    "foreign minister",
    "defence minister",
    "finance minister",
    "trade minister",
    "national security adviser",
    "other",
)


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """Order-preserving, accent-, case- and hyphen-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-‐]", "", text)
    text = re.sub(r"[.'’]", "", text)
    return " ".join(text.split())


def _title_case(token: str) -> str:
    if token.isupper() and len(token) > 1:
        return "-".join(part.capitalize() for part in token.split("-"))
    return token


@functools.cache
def _stop_words() -> frozenset[str]:
    return _NOT_NAME | _country_words()


@functools.cache
def _country_words() -> frozenset[str]:
    """Words of country names, demonyms and seats that are never part of a person's name.

    A word of a longer form counts only when two forms share it ("South",
    "Republic", "Islands"): "Peter" of St. Peter Port or "George" of
    St. George's are first names too.
    """
    forms = list(gazetteer.country_forms())
    shared = Counter(w for form in forms if " " in form for w in set(form.split()))
    words = {form for form in forms if " " not in form}
    words.update(w for w, n in shared.items() if n >= 2)  # noqa: PLR2004 - two forms
    return frozenset(w for w in words if not re.fullmatch(r"[A-Z]\.", w))


_WORD = re.compile(r"\S+")
_MONTH_TOKENS = frozenset(word.capitalize() for word in timex.MONTHS)


def trim_name(text: str, following: str = "") -> tuple[int, int] | None:
    """The span within ``text`` left after dropping leading and trailing non-name words.

    ``following``: the text right after ``text``; a last word that names a
    month is a name ("Theresa May", "Dong Jun on Tuesday") unless a day or
    year follows it. Words before a title inside the run ("European Council
    President Charles Michel") are not the name either.
    """
    tokens = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    stop = _stop_words()

    def stopped(word: str) -> bool:
        bare = gazetteer.without_possessive(word)  # "Japan's", not the s of "Peters"
        return word in stop or bare in stop or all(p in stop or p == "elect" for p in bare.split("-"))

    while tokens and stopped(tokens[0][2]):
        tokens.pop(0)

    def month_named(index: int) -> bool:
        return (
            tokens[index][2] in _MONTH_TOKENS
            and len(tokens) > 1
            and not re.match(r"\.?\s*\d", following)
            and tokens[index - 1][2] not in stop
        )

    while tokens and (
        (tokens[-1][2] in stop and not month_named(len(tokens) - 1)) or re.fullmatch(r"[A-Z]\.", tokens[-1][2])
    ):
        tokens.pop()
    if not tokens:
        return None
    inside = [i for i, t in enumerate(tokens) if t[2] in stop and not (i == len(tokens) - 1 and month_named(i))]
    if inside:
        tokens = tokens[inside[-1] + 1 :]  # "Council President Charles Michel": the name after the title
        if not tokens:
            return None
    return tokens[0][0], tokens[-1][1]


_LEFT_TITLE = re.compile(
    r"(?:\b(?P<q2>former|then-|then|ex-|acting|interim|incoming|outgoing|new)[ -]?)?"
    rf"\b(?P<title>{TITLE_RE}|Minister|Secretary|Ministers|Secretaries)(?P<elect>-elect| nominee| designate|-designate| pick)?"
    r"(?P<of> of (?:the )?(?P<c2>[A-Z][^,]{1,60}?))?,? (?:(?:Mr|Mrs|Ms|Dr)\.? )?$"
)
_QUALIFIER_END = re.compile(
    r"\b(?P<q1>former|then-|then|ex-|acting|interim|incoming|outgoing|new|late)[ -]?$", re.IGNORECASE
)


@attrs.frozen
class _LeftTitle:
    title: str
    status: str
    country: str | None
    start: int


_TITLE_ENDS = frozenset(re.split("[ -]", t)[-1] for t in _TITLE_WORDS) | {
    "ministers", "secretaries", "elect", "nominee", "designate", "pick"
}  # fmt: skip


def _may_end_in_title(window: str) -> bool:
    """Whether ``_LEFT_TITLE`` can match at all: a title's last word ends it, or " of " is near its end.

    Cheaper than the pattern's search, which would try every position.
    """
    if not window.endswith(" "):
        return False
    if " of " in window[-90:]:
        return True  # "Minister for Foreign Affairs of Japan, Mr. "
    words = window.split()
    if words and words[-1].rstrip(".") in {"Mr", "Mrs", "Ms", "Dr"}:
        words.pop()
    return bool(words) and re.split("[ -]", words[-1].rstrip(",").lower())[-1] in _TITLE_ENDS


def _left_title(left: str) -> _LeftTitle | None:
    """The title right before a name: "then-Japanese Foreign Minister ", "Minister for Foreign Affairs of Japan "."""
    window = left[-120:]
    if not _may_end_in_title(window):
        return None
    position = 0
    while True:
        match = _LEFT_TITLE.search(window, position)
        if not match:
            return None
        country = gazetteer.lookup_country(match.group("c2")) if match.group("c2") else None
        if match.group("c2") is None or country is not None:
            break
        position = (
            match.start() + 1
        )  # "Secretary of State Antony Blinken and ... Minister ": try a later title
    start = len(left) - len(window) + match.start()
    prefix = left[:start]
    before, found = _country_before(prefix)
    if found is not None:
        country = country or found
        prefix = before
    qualifier = _QUALIFIER_END.search(prefix)
    status = _status(qualifier.group("q1") if qualifier else None, match.group("q2"))
    if match.group("elect"):
        status = "designate"
    return _LeftTitle(title=match.group("title"), status=status, country=country, start=start)


def _country_before(text: str) -> tuple[str, str | None]:
    """(text before it, code) of a country that ends ``text`` ("Japan's ", "U.S. ", "Republic of Korea (ROK) ")."""
    if "then-" in text or "ex-" in text or "former-" in text:
        text = re.sub(r"\b(then|ex|former)-(?=[A-Z])", r"\1 ", text)  # same length: offsets hold
    trimmed = re.sub(r"(?:\([A-Z.]+\) )?$", "", text)
    tail = trimmed[-60:]
    mentions = gazetteer.find_countries(tail)
    if not mentions:
        return text, None
    last = mentions[-1]
    rest = tail[last.end :]
    if not re.fullmatch(r"(?:['’]s?)? ", rest):
        return text, None
    cut = len(trimmed) - len(tail) + last.start
    before = re.sub(r"\bthe $", "", trimmed[:cut])
    return before, last.code


def _country_after_of(right: str) -> str | None:
    match = re.match(r" of (?:the )?", right)
    if not match:
        return None
    mentions = gazetteer.find_countries(right[: match.end() + 60])
    first = mentions[0] if mentions else None
    return first.code if first is not None and first.start == match.end() else None


_COUNTERPART = re.compile(
    r"\b(?:his|her|their|its) (?:(?P<adj>[A-Z][\w.]*(?: [A-Z][\w.]*)?(?:(?:,| and|, and) [A-Z][\w.]*(?: [A-Z][\w.]*)?)*) )?"
    r"counterparts?,? $"
)
_MEETING_OBJECT = re.compile(
    r"\b(?:met|meet|meets|meeting|talks with|dinner with|lunch with|call with|spoke with|spoke to|hosted|"
    r"received by|sat down with|called on|counterpart|between) $"
)
_HONORIFIC = re.compile(
    r"(?:\bMr|\bMrs|\bMs|\bDr|H\.E\. Mr|H\.E\.|the Honou?rable|Madam|\bPrince|\bPrincess|\bSheikh|\bSheikha|\bSir|\bDame)\.? $"
)
_NOBLE_END = re.compile(r"\b(?:Prince|Princess|Sheikh|Sheikha|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) $")
# What the words right before a name say of it. Each ends at the name, so a
# search need only start as far back as its longest form reaches.
_REPLACING = re.compile(r"\b(?:replacing|succeeding|replaces|succeeds|replaced|succeeded|taking over from) $")
_HOST = re.compile(r"\b(?:host|hosted by|hostess)$")
_LED_BY = re.compile(
    r"\b(?P<adj>[A-Z][\w.]*(?: [A-Z][\w.]*)?) (?:delegation|team|side|group)[^,;.]{0,40}\bled by (?:[\w-]+ ){0,4}$"
)
_PREDECESSOR = re.compile(r"\b(?:his|her|their|[A-Z][\w-]+['’]s) predecessor,? $")
_APPOSITIVE_END = re.compile(r",|[;:()]| (?:who|which|that|after|before|when|while|since)\b")


@attrs.frozen
class Mention:
    """One place a person is named, with what the words around it say."""

    start: int
    end: int
    tokens: tuple[str, ...]
    titles: tuple[Title, ...]
    country: str | None
    cued: bool
    counterpart: bool = False
    predecessor: bool = False
    host: bool = False
    listed: bool = False


def _status(*qualifiers: str | None) -> str:
    for qualifier in qualifiers:
        if qualifier:
            return QUALIFIERS.get(qualifier.lower().rstrip(" "), "holder")
    return "holder"


def _make_title(text: str, start: int, country: str | None, status: str) -> Title:
    if re.search(r"[- ]elect$|\b(?:designate|nominee)$", text, re.IGNORECASE):
        status = "designate"
    role = gazetteer.title_class(text)
    if status == "designate":
        role = "other"
    return Title(text=" ".join(text.split()), role=role, country=country, status=status, start=start)


def _counterpart_country(left: str) -> str | None:
    """ "their Philippine counterparts, Foreign Secretary ...": the one country the counterparts are of."""
    counter = _COUNTERPART.search(left)
    if not counter:
        return None
    codes = {gazetteer.lookup_country(a) for a in re.split(r",? and |, ", counter.group("adj") or "") if a}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def mentions_in(sentence: str, offset: int) -> list[Mention]:
    """Every person mention in one sentence (offsets relative to the article)."""
    found: list[Mention] = []
    pending: list[str] = []  # "his Japanese and Chinese counterparts, A and B": A is Japanese, B Chinese
    for match in NAME_RE.finditer(sentence):
        span = trim_name(match.group(0), sentence[match.end() : match.end() + 8])
        if span is None:
            continue
        start, end = match.start() + span[0], match.start() + span[1]
        if sentence[end - 2 : end] in {"'s", "’s"}:
            end -= 2
        name = sentence[start:end]
        if gazetteer.lookup_country(name) or _is_non_name(name):
            continue
        if any(
            gazetteer.lookup_country(part)
            for token in name.split()
            if "-" in token
            for part in token.split("-")
        ):
            continue  # "Japan-China High-Level ...": a compound of countries, not a name
        left, right = sentence[max(0, start - 160) : start], sentence[end : end + 400]
        titles: list[Title] = []
        country: str | None = None
        cued = False
        counterpart = False
        left_match = _left_title(left)
        if left_match and re.search(r"\b[Aa]s (?:the )?$", left[: left_match.start]):
            left_match = None  # "As prime minister, Cameron had...": an office held at another time
        if left_match:
            title_country = left_match.country or _country_after_of(right) or _counterpart_country(left[: left_match.start])
            titles.append(_make_title(left_match.title, offset + start, title_country, left_match.status))
            country = title_country
            cued = True
        else:
            counter = (  # "his Saudi counterpart Prince Faisal"
                _COUNTERPART.search(_NOBLE_END.sub("", left)) if "counterpart" in left[-32:] else None
            )
            if counter:
                counterpart = cued = True
                adjectives = re.split(r",? and |, ", counter.group("adj") or "")
                codes = [gazetteer.lookup_country(a) for a in adjectives if a]
                pending = [c for c in codes if c]
                country = pending.pop(0) if pending else None
            elif (
                pending
                and found
                and re.fullmatch(r",? (?:and )?|, ", sentence[found[-1].end - offset : start])
            ):
                counterpart = cued = True
                country = pending.pop(0)
            elif _HONORIFIC.search(left, max(0, len(left) - 24)):
                cued = True
            if not country and left.endswith(("'s ", "’s ", "' ", "’ ")):
                _, owner = _country_before(left)
                if owner:
                    country = owner
                    cued = True
        if not cued and _MEETING_OBJECT.search(left, max(0, len(left) - 20)):
            cued = True  # "Blinken is scheduled to meet Wang Yi": the other party of a meeting
        if not cued and _REPLACING.search(left, max(0, len(left) - 24)):
            cued = True  # "..., replacing Aiko Mori": the one who held the office
        apposed = re.match(r", (?:the |a )?", right)
        if apposed and not country:
            head = gazetteer.find_countries(right[: apposed.end() + 40])
            if head and head[0].start == apposed.end() and head[0].possessive:
                country = head[0].code  # "Wang Yi, China's most senior diplomat"
                cued = True
        appositive = _appositive(right)
        if appositive:
            text, status = appositive
            title_match = _TITLE.search(text)
            if title_match:
                mentions = gazetteer.find_countries(text)
                after = [m for m in mentions if m.start >= title_match.start()] or mentions
                title_country = after[0].code if after else None
                for each in _TITLE.finditer(text):
                    if re.match(r"(?: [A-Z]\.)? [A-Z][a-z]", text[each.end() :]):
                        continue  # the title of the next name, not of this one
                    prefix = text[max(0, each.start() - 12) : each.start()].lower()
                    each_status = "former" if re.search(r"\b(former|ex-)\s*$", prefix) else status
                    titles.append(_make_title(each.group(0), offset + end, title_country, each_status))
                country = country or title_country
                cued = True
        tokens = tuple(name.split())
        bare = left.rstrip()
        host = bare != left and bool(_HOST.search(bare, max(0, len(bare) - 12)))
        cued = cued or host
        led = _LED_BY.search(left) if "led by " in left else None
        if led and not country:
            country = gazetteer.lookup_country(
                led.group("adj")
            )  # "a Ukrainian delegation led by ... Andriy Yermak"
            cued = cued or country is not None
        predecessor = "predecessor" in left[-14:] and bool(_PREDECESSOR.search(left))
        if predecessor:
            cued = counterpart = True
        found.append(
            Mention(
                start=offset + start,
                end=offset + end,
                tokens=tokens,
                titles=tuple(titles),
                country=country,
                cued=cued,
                counterpart=counterpart,
                predecessor=predecessor,
                host=host,
            )
        )
    return _list_cues(found, sentence, offset)


def _list_cues(found: list[Mention], sentence: str, offset: int) -> list[Mention]:
    """ "Joe Biden, Narendra Modi, Scott Morrison and Yoshihide Suga, then Japan's prime minister": a list of people.

    Names side by side with a cued one (title, counterpart...) are people too.
    """
    changed = True
    while changed:
        changed = False
        for index in range(len(found) - 1):
            left, right = found[index], found[index + 1]
            gap = sentence[left.end - offset : right.start - offset]
            if left.cued == right.cued or not re.fullmatch(r",? (?:and )?", gap):
                continue
            found[index] = attrs.evolve(left, cued=True, listed=True)
            found[index + 1] = attrs.evolve(right, cued=True, listed=True)
            changed = True
    return found


def _appositive(right: str) -> tuple[str, str] | None:
    """The title phrase after a name: ", Minister for Foreign Affairs of Japan", ", who became ..."."""
    who = re.match(
        r",? (?:who|, who) (?:became|is|was|has been|had been|serves as|took office as|was appointed)"
        r" (?:the )?(?:new )?(.{0,80})",
        right,
    )
    if who:
        return _cut(who.group(1)), "holder"
    if not right.startswith(", "):
        return None
    text = _cut(right[2:])
    words = text.split()
    if not words or len(words) > 30:
        return None
    if not re.match(
        r"(?:the|a|an|his|her|their|its|former|then-?|ex-|acting|interim|now|currently|also|[A-Z])", words[0]
    ):
        return None  # ", on the first trip to China by a U.S. secretary of state": not an apposition
    title = _TITLE.search(text)
    if not title:
        return None
    rest = text[title.end() :]
    if re.match(r"(?: [A-Z]\.)? [A-Z][a-zA-Z]", rest):
        return None  # "..., India's External Affairs Minister S. Jaishankar": the next person's title
    if re.match(r"\s*(?:said|says|told|added|confirmed|announced)\b", right[2 + title.end() :]):
        return None  # "did not meet Johnson, a spokesman said": who said it, not who Johnson is
    first = words[0].lower()
    status = "holder"
    if first in {"former", "ex-", "then-", "then"}:
        status = "former" if first != "then" and first != "then-" else "former-then"
    if re.match(r"(?:the )?(?:acting|interim)\b", text, re.IGNORECASE):
        status = "acting"
    return text, status


def _cut(text: str) -> str:
    end = _APPOSITIVE_END.search(text)
    return text[: end.start()] if end else text


def _is_non_name(name: str) -> bool:
    tokens = name.split()
    return all(t in _NOT_NAME or t.rstrip("'’s") in _NOT_NAME for t in tokens)


def group(mentions: list[Mention], text: str) -> list[Person]:
    """Group an article's mentions into people: full names first, then surnames."""
    people: list[Person] = []
    by_key: dict[str, Person] = {}
    full = [m for m in mentions if len(m.tokens) >= 2]
    single = [m for m in mentions if len(m.tokens) == 1]
    recurring = {name_key(m.tokens[0]) for m in single}
    for mention in full:
        key = name_key(
            " ".join(t for t in mention.tokens if not re.fullmatch(r"[A-Z]\.", t) or t == mention.tokens[0])
        )
        person = by_key.get(key) or _match_person(people, mention.tokens)
        if person is None:
            if not mention.cued and not ({name_key(t) for t in mention.tokens} & recurring):
                continue
            person = Person(tokens=_clean_tokens(mention.tokens))
            people.append(person)
            by_key[key] = person
        _absorb(person, mention)
        if len(mention.tokens) > len(person.tokens) and not any(t.endswith(".") for t in mention.tokens[:1]):
            person.tokens = _clean_tokens(mention.tokens)
    for mention in single:
        person = _match_person(people, mention.tokens)
        if person is None:
            if not mention.titles:
                continue
            person = Person(tokens=mention.tokens)
            people.append(person)
        elif len(person.tokens) >= 2 and name_key(mention.tokens[0]) == name_key(person.tokens[0]):
            person.family_first = True
        elif len(person.tokens) >= 2 and name_key(mention.tokens[0]) == name_key(person.tokens[-1]):
            person.surname_seen = True
        _absorb(person, mention)
    for person in people:
        if (
            any(t.isupper() and t.replace("-", "").isalpha() and len(t) > 1 for t in person.tokens[:1])
            and len(person.tokens) >= 2
        ):
            person.family_first = True
    del text
    return people


def _clean_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a middle initial ("Antony J. Blinken") but keep a leading one ("S. Jaishankar")."""
    return tuple(t for i, t in enumerate(tokens) if i == 0 or not re.fullmatch(r"[A-Z]\.", t))


def _match_person(people: list[Person], tokens: tuple[str, ...]) -> Person | None:
    keys = [name_key(t) for t in tokens if not re.fullmatch(r"[A-Z]\.", t)]
    if not keys:
        return None
    if len(keys) == 1:
        family = [p for p in people if name_key(p.family) == keys[0]]
        if len(family) == 1:
            return family[0]
        anywhere = [p for p in people if keys[0] in {name_key(t) for t in p.tokens}]
        if anywhere:
            return anywhere[0] if len(anywhere) == 1 or family == [] else family[-1]
        return None
    for person in people:
        mine = {name_key(t) for t in person.tokens if not re.fullmatch(r"[A-Z]\.", t)}
        if set(keys) <= mine or mine <= set(keys):
            return person
        if "".join(sorted(keys)) == "".join(sorted(mine)):
            return person
    return None


def _absorb(person: Person, mention: Mention) -> None:
    person.mentions.append((mention.start, mention.end))
    person.titles.extend(mention.titles)
    person.cued = person.cued or mention.cued
    person.host = person.host or mention.host
    person.listed = person.listed or mention.listed
    if mention.country and not person.country:
        person.country = mention.country


def person_at(people: list[Person], start: int) -> Person | None:
    """The person mentioned at character ``start``."""
    for person in people:
        if any(s == start for s, _ in person.mentions):
            return person
    return None
