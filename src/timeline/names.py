"""Who a written name is: one folding of names for the whole log.

Two written names are one person's when their keys are equal: order, case,
accents, hyphens, full stops, initials, generational suffixes, the
common English short forms of given names and the common spellings of
Arabic names and their article do not count ("Lloyd J. Austin III" and
"Lloyd Austin"; "Mike Pompeo" and "Michael R. Pompeo"; "Jim Mattis" and
"James N. Mattis"; "Iwaya Takeshi" and "Takeshi Iwaya"; "Mohammed Yunus"
and "Muhammad Yunus"; "Abdel Fattah el-Sisi" and "Abdel Fattah Al Sisi").
"""

from __future__ import annotations

import functools
import re
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

# Spellings of one Arabic (or Slavic) name in the Latin alphabet, each with the one form keyed: forms of
# the language's transliteration, like the short forms above, not a list of people.
TRANSLITERATIONS = {
    **dict.fromkeys(
        ["mohammed", "mohamed", "mohammad", "mohamad", "muhammed", "muhamad", "mohd"], "muhammad"
    ),
    "ahmed": "ahmad",
    **dict.fromkeys(["abdel", "abdal"], "abdul"),
    "hasan": "hassan",
    **dict.fromkeys(["hussain", "husain", "husein"], "hussein"),
    "mahmud": "mahmoud",
    "mostafa": "mustafa",
    **dict.fromkeys(["youssef", "yousef", "yusef", "youssouf"], "yusuf"),
    # one Slavic given name in its Ukrainian and its Russian romanisation, as Kyiv and Moscow write it:
    # "Volodymyr Zelenskyy" is TASS's "Vladimir Zelensky"
    "volodymyr": "vladimir",
    **dict.fromkeys(["oleksandr", "olexandr", "aleksandr", "alexandr"], "alexander"),
    **dict.fromkeys(["oleksiy", "oleksii", "oleksij", "aleksei", "aleksey", "alexei", "alexey"], "alexei"),
    **dict.fromkeys(["serhiy", "serhii", "sergiy", "sergii"], "sergei"),
    "mykola": "nikolai",
    **dict.fromkeys(["andriy", "andrii"], "andrei"),
    "dmytro": "dmitry",
    "mykhailo": "mikhail",
}
# The Arabic article within a name, written "al-", "el-", "Al " or run on: "Abdel Fattah el-Sisi" and
# "Abdel Fattah Al Sisi" are one name. Not a first word written without a hyphen ("Al Gore").
_ARTICLE = re.compile(r"(?:^|(?<=\s))(?:al|el)[-‐‑](?=\w)|(?<=\s)(?:al|el)\s+(?=\w)")

# How transliterations of one Slavic name end, written to one ending: "Zelensky", "Zelenskyy",
# "Zelenskiy" and "Zelenskyi"; "Dmitry" and "Dmitri"; "Sergey" and "Sergei"; "Mariya", "Yuliia" and
# "Maria", "Yulia". Endings of the language's romanisations, like the Arabic spellings above.
_ENDING = re.compile(r"(?<=[^aeiouy])[iy]+$|(?<=e)y$|(?<=[^aeiouy])i[iy]a$")


def _one_ending(word: str) -> str:
    if len(word) < 4:  # "Ky", "Ly", "Yi": too short to be a romanisation's ending
        return word
    return _ENDING.sub(lambda m: "ia" if m.group().endswith("a") else "i", word)


# "Jr." and "III" after a full name; a regnal number after a single name
# ("Abdullah II", "Felipe VI") is part of who the person is, and stays.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_DROPPED = str.maketrans({".": " ", ",": " ", "'": "", "’": "", "-": "", "‐": "", "‑": ""})


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> Key:
    """Order-, case-, accent-, hyphen-, initial-, short-form- and ending-insensitive identity of a name."""
    return tuple(sorted(_one_ending(w) for w in written_words(name)))


@functools.lru_cache(maxsize=1 << 16)
def written_words(name: str) -> Key:
    """The words of a name as ``name_key`` folds them, in their order, before their endings are: what a
    search for part of a word ("Anto" in "Antony") looks in."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = _ARTICLE.sub("", text).translate(_DROPPED).split()
    words = [TRANSLITERATIONS.get(w, w) for w in words]
    if len(words) == 1:
        return tuple(words)
    words = [w for w in words if len(w) > 1]
    if len([w for w in words if w not in SUFFIXES]) >= 2:
        words = [w for w in words if w not in SUFFIXES]
    if len(words) >= 2:
        words = [SHORT_FORMS.get(w, w) for w in words[:-1]] + words[-1:]
    return tuple(words)
