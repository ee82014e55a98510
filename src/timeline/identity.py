"""Who is who across the log: the written forms of names, one printed name per person, their countries.

Owns identity across the whole log ("Iwaya Takeshi", "Takeshi Iwaya" and
"IWAYA Takeshi" are one person, printed one way): the forms each name was
written in, counted (``Forms``), the printed name they make
(``canonical_names``, merges and names set by a user applied last), the one
country the log knows for a person, and finding people by a query. Names
fold through ``names.name_key`` only.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import attrs

from timeline.model import MeetingReported, NameSet, Participant, PeopleMerged
from timeline.names import Key, name_key, written_words
from timeline.world import Observed, Slot, World

person_key = name_key  # who a written name is: the one folding of ``names``, under its old name here


@attrs.define
class Forms:
    """How each person's name was written, counted: the input of canonical names."""

    written: dict[Key, Counter[str]] = attrs.field(factory=lambda: defaultdict(Counter))
    families: dict[Key, str] = attrs.field(factory=dict)
    countries: dict[Key, str] = attrs.field(factory=dict)  # the first country seen with the name
    others: dict[Key, set[str]] = attrs.field(factory=lambda: defaultdict(set))  # any other ones
    open: set[Key] = attrs.field(factory=set)  # names some event gives without a country
    # how often each name came with each (family name, country): what ``remove`` needs to take one away
    tally: dict[Key, Counter[tuple[str | None, str | None]]] = attrs.field(
        factory=lambda: defaultdict(Counter)
    )

    def add(self, name: str, family: str | None, country: str | None) -> None:
        """Count one written form of a name, and the country it came with."""
        key = person_key(name)
        self.written[key][name] += 1
        self.tally[key][family, country] += 1
        if family:
            self.families[key] = family
        if country:
            if self.countries.setdefault(key, country) != country:
                self.others[key].add(country)
        else:
            self.open.add(key)

    def add_events(self, reports: Iterable[MeetingReported], observations: Iterable[Observed]) -> None:
        """Count every name in these meetings and observations."""
        for report in reports:
            for p in report.participants:
                self.add(p.name, p.family, p.country)
        for observation in observations:
            self.add(observation.name, observation.family, observation.country)

    def remove(self, name: str, family: str | None, country: str | None) -> bool:
        """Take away one written form that ``add`` counted (a retracted report's participant).

        The counts go down exactly; the first country seen with a name and the
        last family name are kept in log order, which the counts do not
        know. So when the name is still written with several countries and
        this form came with the first, or with several family names and this
        form came with the last, nothing is taken and False says so (the
        caller counts the log again).

        Returns:
            Whether the form was taken away.

        """
        key = person_key(name)
        tally = self.tally.get(key)
        if tally is None or tally[family, country] <= 0 or self.written[key][name] <= 0:
            return False
        left = tally.copy()
        left[family, country] -= 1
        left = +left  # the forms still written
        families = {f for f, _ in left if f}
        countries = {c for _, c in left if c}
        if (family and len(families) > 1 and family == self.families.get(key)) or (
            country and len(countries) > 1 and country == self.countries.get(key)
        ):
            return False
        self._take(key, name, left, families, countries)
        return True

    def _take(
        self,
        key: Key,
        name: str,
        left: Counter[tuple[str | None, str | None]],
        families: set[str],
        countries: set[str],
    ) -> None:
        """``remove``'s changes, once it knows them exact: the counts, and what they decide of the rest."""
        written = self.written[key]
        written[name] -= 1
        if written[name] <= 0:
            del written[name]
        if not written:  # the name is written nowhere now
            for found in (self.written, self.families, self.countries, self.others, self.tally):
                found.pop(key, None)
            self.open.discard(key)
            return
        self.tally[key] = left
        if len(families) == 1:
            self.families[key] = next(iter(families))  # the last one seen, being the only one
        elif not families:
            self.families.pop(key, None)
        if len(countries) == 1:
            self.countries[key] = next(iter(countries))
            self.others.pop(key, None)
        elif not countries:
            self.countries.pop(key, None)
            self.others.pop(key, None)
        else:  # the first country stays (it was not this form's): the rest are the others
            self.others[key] = countries - {self.countries[key]}
        if not any(c is None for _, c in left):
            self.open.discard(key)

    def remove_events(self, reports: Iterable[MeetingReported]) -> bool:
        """``remove`` every participant of these reports; False (and the forms in doubt) when one could not be."""
        return all(
            self.remove(p.name, p.family, p.country) for report in reports for p in report.participants
        )


def canonical_names(
    forms: Forms, merges: Iterable[PeopleMerged] = (), renames: Iterable[NameSet] = ()
) -> dict[Key, str]:
    """One printed form per person.

    The commonest written form wins, accented over plain on a tie, printed
    without the initials it opens with ("S. Jaishankar", "L.Oyun-Erdene": a
    given name the log does not know is not printed as one letter); a Japanese
    name whose family name an article showed is printed given name first; a
    name one letter off a commoner one of the same country is that one; a
    surname alone joins the one person whose longer names contain it, when
    their countries do not differ; merges and
    names set by a user come last and win.
    """
    names: dict[Key, str] = {}
    for key, counter in forms.written.items():
        best = max(counter.items(), key=lambda kv: (kv[1], not kv[0].isascii(), kv[0]))[0]
        family = forms.families.get(key)
        if family and forms.countries.get(key) == "JP":
            given = [t for t in best.split() if person_key(t) != person_key(family)]
            best = " ".join([*given, family])
        names[key] = _without_leading_initials(best)
    _join_misspelt(forms, names)
    _join_hyphenated(forms, names)
    _join_transliterated(forms, names)
    by_token: dict[str, set[Key]] = defaultdict(set)
    for key in names:
        for token in key:
            by_token[token].add(key)
    moved: dict[str, str] = {}  # a printed name -> the longer one it now is
    for key in list(names):
        holders = set.intersection(*(by_token[t] for t in key)) if key else set()
        countries = _countries_of(forms, key)
        longer = {
            names[k]
            for k in holders
            if len(k) > len(key)
            and not Counter(key) - Counter(k)
            and not _fathers_name(key, names[k])
            and _not_other_countries(countries, _countries_of(forms, k))
            and not (_given_name_of(key, names[k]) and not countries & _countries_of(forms, k))
        }
        if len(longer) == 1:
            moved[names[key]] = longer.pop()
            names[key] = moved[names[key]]
    for key, name in names.items():  # the forms already joined to one that moved ("S Jai Shankar") follow it
        seen = {name}
        while (name := moved.get(name, name)) not in seen:  # (each move is to a longer name: no circle)
            seen.add(name)
        names[key] = name
    for merge in merges:
        target = merge.into
        for name in (*merge.names, merge.into):
            old = names.get(person_key(name))
            for key, value in list(names.items()):
                if key == person_key(name) or (old is not None and value == old):
                    names[key] = target
            names.setdefault(person_key(name), target)
    for rename in renames:
        old = names.get(person_key(rename.name), rename.name)
        for key, value in list(names.items()):
            if value == old or key == person_key(rename.name):
                names[key] = rename.to
    return names


_INITIALS = re.compile(r"^(?:[A-Z]\.\s*|[A-Z]\s+)+(?=\w\w)")  # "S. ", "S ", "L.", "K. P. " before a word


def _without_leading_initials(name: str) -> str:
    """A name without the one-letter initials it opens with: "S. Jaishankar" is printed "Jaishankar", "K. P.
    Sharma Oli" "Sharma Oli"; "Antony J. Blinken" keeps its middle initial (his given name is printed)."""
    return _INITIALS.sub("", name, count=1) or name


def _countries_of(forms: Forms, key: Key) -> set[str]:
    """Every country a name was written with."""
    first = forms.countries.get(key)
    return set() if first is None else {first, *forms.others.get(key, ())}


def _not_other_countries(one: set[str], other: set[str]) -> bool:
    """Whether two names may be one person's by their countries: King "Abdullah" of Jordan is no Kuwaiti
    "Salem Abdullah"; a name without a country may be anyone's."""
    return not one or not other or bool(one & other)


_SON_OF = frozenset({"bin", "ibn", "bint", "binti", "ben"})


def _fathers_name(key: Key, printed: str) -> bool:
    """ "Salman" in "Mohammed bin Salman" is his father's name, not the family name of another's short form."""
    if len(key) != 1:
        return False
    words = printed.lower().replace("-", " ").split()
    return any(word in _SON_OF and name_key(after) == key for word, after in itertools.pairwise(words))


def _given_name_of(key: Key, printed: str) -> bool:
    """ "Charles" opening "Charles Michel": a first word alone, which joins the longer name only when both
    are known as one country's (a family name written first does: "Xi", "Xi Jinping", both China's), not
    King "Charles" of Australia's head of state and the European Council's Charles Michel."""
    words = printed.split()
    return len(key) == 1 and len(words) >= 2 and name_key(words[0]) == key  # noqa: PLR2004 - a longer name


def _join_misspelt(forms: Forms, names: dict[Key, str]) -> None:
    """ "Shizo Abe" is "Shinzo Abe": one word of a name one letter off, the commoner wins.

    Only words of five letters or more ("Kim Jong Un" and "Kim Jong Il" stay
    two), and only where the rarer name has no other country than the commoner's.
    Two words each one letter off, in a name of three words or more, are one
    transliteration of another ("Abdel Fattah el-Sissi", "Abdul Fattah
    el-Sisi") when both names came with one country, the same.
    """
    alike: dict[tuple[tuple[int, ...], Key], list[Key]] = defaultdict(list)
    for key in names:
        if len(key) >= 2:
            for i in range(len(key)):
                alike[(i,), key[:i] + key[i + 1 :]].append(key)
        if len(key) >= 3:
            for i, j in itertools.combinations(range(len(key)), 2):
                alike[(i, j), tuple(w for k, w in enumerate(key) if k not in {i, j})].append(key)
    for (places, _), keys in alike.items():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (-forms.written[k].total(), k))
        best = keys[0]
        for key in keys[1:]:
            country, theirs = forms.countries.get(key), forms.countries.get(best)
            if (
                (country in {None, theirs} if len(places) == 1 else country is not None and country == theirs)
                and key not in forms.others
                and best not in forms.others
                and all(_one_letter_off(key[i], best[i]) for i in places)
            ):
                names[key] = names[best]


def _join_hyphenated(forms: Forms, names: dict[Key, str]) -> None:
    """ "Gordan Grlic-Radman" is "Gordan Grlić Radman": a word hyphenated, or two; the commoner wins.

    The key drops a hyphen (so that "Cho Tae-yul" is "Cho Taeyul"), which
    leaves the hyphenated form one word fewer than the spaced one.

    Only where the two forms have no two countries between them.
    """
    split: dict[Key, list[Key]] = defaultdict(list)  # a key with two of its words joined -> that key
    for key in names:
        for i, j in itertools.permutations(range(len(key)), 2):
            rest = [w for k, w in enumerate(key) if k not in {i, j}]
            split[tuple(sorted([*rest, key[i] + key[j]]))].append(key)
    for joined, keys in split.items():
        if joined not in names:
            continue
        for key in dict.fromkeys(keys):
            one, other = sorted((joined, key), key=lambda k: (-forms.written[k].total(), k))
            if (
                len({c for k in (one, other) if (c := forms.countries.get(k)) is not None}) <= 1
                and other not in forms.others
                and one not in forms.others
            ):
                names[other] = names[one]


def _join_transliterated(forms: Forms, names: dict[Key, str]) -> None:
    """ "Subramaniam Jaisankar" is "Subrahmanyam Jaishankar": every word of a name of two or more alike
    (``_alike``), both names seen as one country's and no other's. The commoner spelling wins, then the
    fuller (a transliteration that drops letters is the looser). Words are paired by their first three
    letters."""
    alike: dict[tuple[str, tuple[str, ...]], list[Key]] = defaultdict(list)
    for key in names:
        country = forms.countries.get(key)
        if len(key) >= 2 and country is not None and key not in forms.others:  # noqa: PLR2004 - words
            alike[country, tuple(sorted(word[:3] for word in key))].append(key)
    for keys in alike.values():
        if len(keys) < 2:  # noqa: PLR2004 - a pair at least
            continue
        keys.sort(key=lambda k: (-forms.written[k].total(), -sum(map(len, k)), k))
        for i, key in enumerate(keys):
            best = next((k for k in keys[:i] if _alike_words(k, key)), None)
            if best is not None:
                names[key] = names[best]


def _alike_words(one: Key, other: Key) -> bool:
    """Two names whose words, paired in order of their first three letters, are each the same or alike."""
    ones = sorted(one, key=lambda w: (w[:3], w))
    others = sorted(other, key=lambda w: (w[:3], w))
    return len(ones) == len(others) and all(a == b or _alike(a, b) for a, b in zip(ones, others, strict=True))


def _alike(a: str, b: str) -> bool:
    """One word written two ways: one letter off (``_one_letter_off``), or two off in words of ten letters
    or more ("Subramaniam", "Subrahmanyam"); not a word and a longer one it opens ("Martin", "Martinez";
    "Williams", "Williamson": other names)."""
    if _one_letter_off(a, b):
        return True
    return min(len(a), len(b)) >= 10 and _edits(a, b) <= 2  # noqa: PLR2004 - letters, edits


def _edits(a: str, b: str) -> int:
    """The fewest letters added, dropped or changed that make one word the other (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def _one_letter_off(a: str, b: str) -> bool:
    """One letter added, dropped or changed, in words of five letters or more; or one letter doubled in
    words of four or more ("Sisi", "Sissi")."""
    if abs(len(a) - len(b)) > 1 or a == b or min(len(a), len(b)) < 4:  # noqa: PLR2004 - letters
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 4 and len(long) == 5:  # noqa: PLR2004 - a doubled letter only
        return any(long[k] == long[k + 1] and long[:k] + long[k + 1 :] == short for k in range(4))
    if min(len(a), len(b)) < 5:  # noqa: PLR2004 - letters
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


FORMS: Slot[Forms] = Slot("forms")  # the name forms a fold counted, kept when it keeps its observations


def known_countries(forms: Forms, names: dict[Key, str]) -> dict[str, str]:
    """Each person the log knows with exactly one country, by printed name.

    A person is every name form printed as one name; the countries are those
    their meetings and office observations give, after corrections. Two
    different countries make the person ambiguous, and they get none.
    """
    seen: dict[str, str | None] = {}  # None: more than one
    for key, country in forms.countries.items():
        person = names.get(key)
        if person is None:
            continue
        if key in forms.others or seen.get(person, country) != country:
            seen[person] = None
        else:
            seen[person] = country
    return {person: country for person, country in seen.items() if country is not None}


def find_people(world: World, query: str) -> list[str]:
    """People whose name matches ``query`` ("iwaya", "Takeshi Iwaya", "melanie joly"), best first."""
    wanted = person_key(query)
    names = world.people()
    exact = [n for n in names if person_key(n) == wanted]
    if exact:
        return exact
    return [
        n
        for n in names
        if set(wanted) <= set(person_key(n))
        or all(any(w in t for t in written_words(n)) for w in written_words(query))
    ]


class Printed(dict[str, str]):
    """``world.name`` of each written name, remembered for one pass over many reports (and countries)."""

    def __init__(self, world: World) -> None:
        super().__init__()
        self._name = world.name
        self._countries = world.known_countries

    def __missing__(self, written: str) -> str:
        printed = self[written] = self._name(written)
        return printed

    def country(self, written: str) -> str | None:
        """The one country the log knows for the person so written."""
        return self._countries.get(self[written]) if self._countries else None

    def filled(self, participants: tuple[Participant, ...]) -> set[str]:
        """The countries the log fills in for participants the report gives none."""
        return {c for p in participants if p.country is None and (c := self.country(p.name))}

    def untitled(self, reports: Iterable[MeetingReported]) -> set[tuple[str, str]]:
        """(country, person) of the participants whose office class the log may fill in."""
        return {
            (country, self[p.name])
            for report in reports
            if report.date.known
            for p in report.participants
            if p.role == "other" and p.title is None and (country := p.country or self.country(p.name))
        }
