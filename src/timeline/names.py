"""Who a written name is: one folding of names for the whole log.

Two written names are one person's when their keys are equal: order, case,
accents, hyphens, full stops, initials, generational suffixes and the
common English short forms of given names do not count ("Lloyd J. Austin
III" and "Lloyd Austin"; "Mike Pompeo" and "Michael R. Pompeo"; "Jim
Mattis" and "James N. Mattis"; "Iwaya Takeshi" and "Takeshi Iwaya").
"""

from __future__ import annotations

import functools
import unicodedata

Key = tuple[str, ...]

# Common English short forms of given names, each with its full form. These
# are forms of the language, like demonyms, not a list of people.
SHORT_FORMS = {
    "alex": "alexander",
    "andy": "andrew",
    "ben": "benjamin",
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "chris": "christopher",
    "chuck": "charles",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "dick": "richard",
    "ed": "edward",
    "fred": "frederick",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "ken": "kenneth",
    "larry": "lawrence",
    "matt": "matthew",
    "mike": "michael",
    "nick": "nicholas",
    "pete": "peter",
    "phil": "philip",
    "rob": "robert",
    "ron": "ronald",
    "sam": "samuel",
    "steve": "steven",
    "ted": "edward",
    "tom": "thomas",
    "tony": "anthony",
    "will": "william",
}

# "Jr." and "III" after a full name; a regnal number after a single name
# ("Abdullah II", "Felipe VI") is part of who the person is, and stays.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_DROPPED = str.maketrans({".": " ", ",": " ", "'": "", "’": "", "-": "", "‐": "", "‑": ""})


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> Key:
    """Order-, case-, accent-, hyphen-, initial- and short-form-insensitive identity of a name."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().translate(_DROPPED)
    words = text.split()
    if len(words) == 1:
        return tuple(words)
    words = [w for w in words if len(w) > 1]
    if len([w for w in words if w not in SUFFIXES]) >= 2:
        words = [w for w in words if w not in SUFFIXES]
    if len(words) >= 2:
        words = [SHORT_FORMS.get(w, w) for w in words[:-1]] + words[-1:]
    return tuple(sorted(words))
